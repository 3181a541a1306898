"""`test-feed`: what a feed would bring, fetched and parsed once, nothing stored."""

from console.cli.validate import bounded_int
from console.errors import ConsoleError
from console.ingest.model import FeedError
from console.ingest.preview import PREVIEW_ENTRIES, preview


def register(sub) -> None:
    p = sub.add_parser("test-feed", help="fetch and parse a feed once and show what it would bring (stores nothing)")
    p.add_argument("url", help="a feed URL, a file:// URL or a path to a feed file")
    p.add_argument("--internal", action="store_true", help="the feed is on this machine or the local network")
    p.add_argument("--limit", type=bounded_int(0, 10_000), default=PREVIEW_ENTRIES, help="entries to show")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_test_feed)


def cmd_test_feed(ctx) -> int:
    a = ctx.args
    try:
        result = preview(a.url, internal=a.internal, limit=max(0, a.limit))
    except FeedError as e:
        if a.json:
            ctx.print_json({"ok": False, "category": e.category, "message": e.message})
            return 1
        raise ConsoleError(f"{e.category}: {e.message}") from None
    if a.json:
        ctx.print_json({"ok": True, **result})
        return 0
    print(f"{result['kind']} feed “{result['title']}”: {result['count']} entries")
    for w in result["warnings"]:
        print(f"  warning: {w}")
    for e in result["entries"]:
        print(f"  {e['published'] or '(no date)':<20}  {e['title'] or e['text'][:80]}")
    return 0
