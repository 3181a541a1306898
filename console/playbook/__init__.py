"""The offline crisis playbook: checklists, response templates and their placeholders, the tone
guide and the crisis team's contacts, kept in its own database (`playbook.db`) so that it opens
when the workspace cannot.

May import: store (the write door, audit, db) and the leaf modules. Never Qt, ingest, analysis
or incidents."""
