"""Ingest: feeds into mentions. Sources and their addresses, fetching, decoding and parsing
(RSS, Atom, JSON Feed, app-store reviews), normalising, storing through the writer, and the
poller that schedules it all and hands each batch to analysis.

May import: analysis (the poller scores what it stores), store and the leaf modules. Never Qt,
incidents or the playbook: crisis mode's surge polling is read through store settings."""
