"""Printable documents: the crisis binder (the whole playbook on paper) and the post-crisis
review of one incident, as self-contained HTML; console.ui.printing typesets them as PDF.

May import: incidents, playbook, analysis and the leaf modules. Never Qt (the PDF is made in
console.ui), never drills."""
