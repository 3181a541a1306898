"""Imported only by the parser fork server (multiprocessing's preload), never by the poller
itself: it loads the parser and its language models once, so every parser process forked from
the server starts warm and shares those pages with its siblings instead of loading its own."""

from console.ingest import language, parse  # noqa: F401 - importing is the point

language.preload()
