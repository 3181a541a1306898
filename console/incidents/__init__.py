"""Incidents and crisis mode: opening, working and closing an incident (its timeline, notes,
responses and response clocks), and crisis mode with its surge polling and checklist run.

May import: playbook (the activation checklist), store and the leaf modules. Never Qt, ingest
or analysis."""
