"""parse_feed: bytes and response headers in, a ParsedFeed out. Pure: no file, no network, no clock
other than "now" for rejecting dates in the future; the poller runs it in worker processes under
a deadline.

Route: JSON (JSON Feed, App Store reviews) by its first character; XML through the lxml fast
path when the document is plain RSS 2.0 or Atom, else through feedparser. A document lxml
rejects is repaired when the damage is known and harmless (characters XML forbids, NUL bytes,
junk before the first tag or after the root element) and parsed again; what is still broken goes
to feedparser's loose parser, which recovers what it can, with a "malformed" warning."""

import re
from datetime import datetime

from lxml import etree

from console.ingest import charset, fallback, fastpath, jsonfeed, normalise
from console.ingest.model import FeedError, ParsedFeed

MAX_ENTRIES = 5000

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_FIRST_ELEMENT = re.compile(r"<([A-Za-z_][\w:.-]*)")


def parse_feed(body: bytes, headers: dict[str, str], url: str, *, max_entries: int = MAX_ENTRIES,
               now: datetime | None = None) -> ParsedFeed:
    """Parse one fetched document. Raises FeedError (not_a_feed, malformed, too_large)."""
    if not body.strip():
        raise FeedError("not_a_feed", "not a feed: the document is empty")
    doc = charset.decode(body, headers)
    head = doc.text[:1024].lstrip("\ufeff \t\r\n")
    if head[:1] in ("{", "["):
        kind, title, raws, warnings = jsonfeed.parse(doc.text)
    elif "<" in head:
        kind, title, raws, warnings = _xml(doc)
    else:
        raise FeedError("not_a_feed", "not a feed: the document is neither XML nor JSON")
    if kind == "atom" and any(raw.rating is not None for raw in raws):
        kind = "appstore-atom"
    entries, notes = normalise.finish(raws, max_entries, base_url=url, now=now)
    title = normalise.plain(title, False, normalise.TITLE_CAP, one_line=True)[0]
    return ParsedFeed(kind=kind, title=title, entries=entries, warnings=doc.warnings + warnings + notes)


def _xml(doc: charset.Decoded):
    try:
        kind, title, raws = fastpath.parse(doc.data)
        return kind, title, raws, []
    except fastpath.NotFast:
        return fallback.parse(doc.text, None)
    except etree.ParseError as e:
        error = str(e)
    text, fixes = repair(doc.text)
    if text != doc.text:
        try:
            kind, title, raws = fastpath.parse(text.encode("utf-8"))
            return kind, title, raws, fixes
        except (fastpath.NotFast, etree.ParseError):
            pass
    kind, title, raws, warnings = fallback.parse(text, error)
    return kind, title, raws, fixes + warnings


def repair(text: str) -> tuple[str, list[str]]:
    """Undo the usual, harmless damage: characters XML forbids, junk around the root element."""
    fixes = []
    cleaned = _INVALID_XML.sub("", text)
    if len(cleaned) != len(text):
        fixes.append(f"invalid_chars: removed {len(text) - len(cleaned)} characters that XML does not allow")
    start = cleaned.find("<")
    if start > 0:
        if cleaned[:start].strip():
            fixes.append("leading_garbage: ignored text before the first tag")
        cleaned = cleaned[start:]
    root = _FIRST_ELEMENT.search(cleaned)
    if root:
        end = cleaned.rfind("</" + root.group(1))
        close = cleaned.find(">", end) if end >= 0 else -1
        if close >= 0 and cleaned[close + 1:].strip():
            fixes.append("trailing_garbage: ignored data after the end of the document")
            cleaned = cleaned[:close + 1]
    return cleaned, fixes
