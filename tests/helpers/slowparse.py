"""Parse functions that misbehave on cue, to prove the parser pool's deadline and crash handling
(the real parser is used for every other body)."""

import os
import time

from console.ingest.parse import parse_feed


def parse(body: bytes, headers: dict, url: str, *, max_entries: int):
    if body.startswith(b"SLOW"):
        time.sleep(60)
    if body.startswith(b"CRASH"):
        os._exit(3)
    return parse_feed(body, headers, url, max_entries=max_entries)
