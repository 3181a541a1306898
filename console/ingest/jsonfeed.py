"""JSON documents: JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1), which feedparser 6 cannot
read, and the App Store review feeds (console.ingest.appstore).

Limits: the document size (MAX_BYTES), the nesting depth (the decoder refuses anything nested
deeper than Python's recursion limit, about 1,000 levels, with an error instead of a crash), and
types: only the fields we use are read, only when they have the type the format promises;
anything else is skipped and counted, never guessed at."""

import json

from console.ingest import appstore
from console.ingest.model import FeedError
from console.ingest.normalise import RawEntry

MAX_BYTES = 16 * 1024 * 1024
VERSION_PREFIXES = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def load(text: str) -> object:
    if len(text) > MAX_BYTES:
        raise FeedError("too_large", f"JSON document too large ({len(text)} characters, limit {MAX_BYTES})")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise FeedError("malformed", "JSON nested too deeply") from None
    except ValueError as e:
        raise FeedError("malformed", f"invalid JSON: {str(e)[:200]}") from None


def parse(text: str) -> tuple[str, str, list[RawEntry], list[str]]:
    """(kind, feed title, raw entries, warnings) of a JSON document."""
    doc = load(text)
    if not isinstance(doc, dict):
        raise FeedError("not_a_feed", "not a feed: a JSON document that is neither a JSON Feed nor a review feed")
    version = doc.get("version")
    if isinstance(version, str) and version.startswith(VERSION_PREFIXES):
        return _jsonfeed(doc, [])
    if isinstance(doc.get("feed"), dict):
        return appstore.parse_json(doc["feed"])
    if isinstance(doc.get("items"), list):
        return _jsonfeed(doc, ["jsonfeed: no version declared, read as JSON Feed"])
    raise FeedError("not_a_feed", "not a feed: a JSON document that is neither a JSON Feed nor a review feed")


def string(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _jsonfeed(doc: dict, warnings: list[str]) -> tuple[str, str, list[RawEntry], list[str]]:
    items = doc.get("items")
    if items is None:
        items = []
    if not isinstance(items, list):
        raise FeedError("malformed", "JSON Feed 'items' is not a list")
    raws = []
    skipped = 0
    for item in items:
        if isinstance(item, dict):
            raws.append(_item(item))
        else:
            skipped += 1
    if skipped:
        warnings.append(f"bad_items: {skipped} items are not JSON objects (skipped)")
    return "jsonfeed", string(doc.get("title")) or "", raws, warnings


def _author(item: dict) -> str | None:
    authors = item.get("authors")
    candidates = authors if isinstance(authors, list) else []
    candidates = [*candidates, item.get("author")]   # JSON Feed 1.0 had one "author"
    for person in candidates:
        if isinstance(person, dict) and string(person.get("name")):
            return person["name"]
    return None


def _item(item: dict) -> RawEntry:
    ident = item.get("id")
    if isinstance(ident, int | float) and not isinstance(ident, bool):
        ident = str(ident)   # 1.0 feeds sometimes use numbers; the spec says string
    html = string(item.get("content_html"))
    text = html if html is not None else string(item.get("content_text")) or string(item.get("summary")) or ""
    return RawEntry(
        title=string(item.get("title")) or "",
        title_html=False,
        text=text,
        text_html=html is not None,
        link=string(item.get("url")) or string(item.get("external_url")),
        guid=string(ident),
        dates=(string(item.get("date_published")) or "", string(item.get("date_modified")) or ""),
        author=_author(item),
    )
