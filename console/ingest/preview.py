"""A test fetch: what a feed would bring, without storing anything. The sources manager runs it
in a child process (`crisis-console test-feed URL --json`), so a hostile feed that takes forever
to parse costs the window nothing and is simply killed at its deadline."""

import asyncio
from dataclasses import replace

from console.ingest.sources import canonical_url

PREVIEW_DEADLINE_S = 20.0
PREVIEW_ENTRIES = 20


def preview(url_or_path: str, *, internal: bool = False, limit: int = PREVIEW_ENTRIES, resolver=None) -> dict:
    """Fetch and parse once. Raises UsageError for an address that cannot be a source and
    FeedError (with its category) for a feed that cannot be used."""
    # Here, not at the top: the network stack and the parser take a third of a second to load,
    # which every other command would pay (the command line imports this module to list test-feed).
    from console.ingest.fetch import Fetcher, Limits
    from console.ingest.parse import parse_feed

    url = canonical_url(url_or_path, internal)

    async def go():
        async with Fetcher(replace(Limits(), deadline_s=PREVIEW_DEADLINE_S), resolver=resolver) as f:
            return await f.fetch(url, internal=internal)

    fetched = asyncio.run(go())
    parsed = parse_feed(fetched.body, fetched.headers, fetched.url)
    return {
        "url": url, "final_url": fetched.url, "kind": parsed.kind, "title": parsed.title,
        "count": len(parsed.entries), "warnings": parsed.warnings,
        "entries": [{"title": e.title, "text": e.text[:300], "author": e.author, "published": e.published,
                     "url": e.url, "rating": e.rating, "lang": e.lang} for e in parsed.entries[:limit]],
    }
