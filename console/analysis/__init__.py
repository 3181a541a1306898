"""Analysis: what a stored mention means. Sentiment, category, severity and level, clusters,
spikes and the alerts they raise, and watch terms, all scored on plain text with no I/O of its own.

May import: console.store (audit, settings) and the leaf modules (errors, timeutil, resources).
Never Qt, and nothing above it: ingest calls it, it never calls ingest."""
