"""Imported only by the parser fork server (multiprocessing's preload), never by the poller
itself: it loads the parser, its language models and the text scoring's lexicons and VADER once,
so every parser process forked from the server starts warm and shares those pages with its
siblings instead of loading its own."""

from console.analysis import pipeline
from console.ingest import language, parse  # noqa: F401 - importing is the point

language.preload()
pipeline.preload()
