"""The general parser: feedparser, for every XML document the fast path declines (RSS 1.0/0.9x,
unusual markup, DTDs, malformed XML that its loose parser can still recover).

feedparser only ever receives a byte stream of UTF-8 and a content type: never a URL, path or
the original headers, so it opens no file and makes no request. Before it sees the document,
a DOCTYPE is removed (its entities are never expanded: references to them stay unresolved) and
author-like fields are cut short, because feedparser's author regex is quadratic (a 64 KB author
takes seconds, feedparser#562)."""

import io
import re

import feedparser

from console.ingest.model import FeedError
from console.ingest.normalise import RawEntry

HEADERS = {"content-type": "application/xml; charset=utf-8"}
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
AUTHOR_PRECAP = 500   # characters: enough for any real name, linear for feedparser's regex
# Harmless for the entries: the declared encoding was already applied, or the type is just odd.
BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

_DOCTYPE = re.compile(r"<!DOCTYPE\b(?:[^\[>]|\[.*?\]\s*(?=>))*>", re.I | re.S)
_AUTHOR_RUN = re.compile(
    r"(<(?:[\w.-]+:)?(?:author|creator|name|email|managingEditor|webMaster|publisher|contributor)\b[^<>]*>"
    rf"(?:<!\[CDATA\[)?)([^<\]]{{{AUTHOR_PRECAP + 1},}})", re.I)


def _kind(version: str) -> str:
    if version.startswith("atom"):
        return "atom"
    if version in ("rss090", "rss10"):
        return "rdf"
    return "cdf" if version == "cdf" else "rss"


def prepare(text: str) -> tuple[str, list[str]]:
    """The document as feedparser may see it, and what was changed."""
    warnings = []
    head = text[:65536]
    if "<!" in head and _DOCTYPE.search(head):
        if "<!ENTITY" in head.upper():
            warnings.append("dtd_ignored: entity declarations were not expanded")
        text = _DOCTYPE.sub("", head, count=1) + text[65536:]
    if len(text) > AUTHOR_PRECAP:
        text = _AUTHOR_RUN.sub(lambda m: m.group(1) + m.group(2)[:AUTHOR_PRECAP], text)
    return text, warnings


def parse(text: str, after_error: str | None) -> tuple[str, str, list[RawEntry], list[str]]:
    """(kind, feed title, raw entries, warnings); `after_error` is why the fast path failed, if it did."""
    text, warnings = prepare(text)
    result = feedparser.parse(io.BytesIO(text.encode("utf-8", errors="replace")), response_headers=HEADERS,
                              sanitize_html=False, resolve_relative_uris=False)
    version = result.get("version") or ""
    if not version and not result.entries:
        raise FeedError("not_a_feed", "not a feed: no RSS, Atom or JSON Feed document found")
    entries = result.entries
    if result.get("bozo") and not isinstance(result.get("bozo_exception"), BENIGN):
        if entries and _ends_inside_an_entry(text):
            # A cut transfer: the last entry is incomplete, and storing it would duplicate it
            # under another key once the whole feed arrives.
            entries = entries[:-1]
            warnings.append("truncated: the document ends inside an entry, which was dropped")
        why = after_error or str(result.get("bozo_exception") or "not well-formed")
        warnings.append(f"malformed: recovered {len(entries)} entries from broken XML ({why[:200]})")
    raws = [_raw(e) for e in entries]
    title = dict.get(result.feed, "title") or ""
    return _kind(version), title, raws, warnings


def _ends_inside_an_entry(text: str) -> bool:
    tail = text[-65536:]
    return any(tail.rfind(f"<{tag}") > tail.rfind(f"</{tag}>") for tag in ("item", "entry"))


def _detail(entry, key: str) -> tuple[str, bool]:
    detail = dict.get(entry, key + "_detail") or {}
    return dict.get(entry, key) or "", detail.get("type") in HTML_TYPES


def _raw(e) -> RawEntry:
    # dict.get: FeedParserDict's own lookup maps some keys onto others (updated → published).
    contents = dict.get(e, "content") or []
    if contents:
        text, text_html = contents[0].get("value") or "", contents[0].get("type") in HTML_TYPES
    else:
        text, text_html = _detail(e, "summary")
    title, title_html = _detail(e, "title")
    detail = dict.get(e, "author_detail") or {}
    return RawEntry(
        title=title,
        title_html=title_html,
        text=text,
        text_html=text_html,
        link=dict.get(e, "link") or None,
        guid=dict.get(e, "id") or None,
        dates=(dict.get(e, "published") or "", dict.get(e, "updated") or ""),
        author=detail.get("name") or detail.get("email") or dict.get(e, "author") or None,
        rating=dict.get(e, "im_rating"),
    )
