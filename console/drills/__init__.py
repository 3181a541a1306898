"""Drills: rehearsing a crisis. A scenario (resources/drills/) is replayed into the workspace
through the real ingest, analysis and incident code, with every row it creates marked as a drill.

May import: incidents, playbook, ingest, analysis, store and the leaf modules. Never Qt."""
