"""The fast path for well-formed RSS 2.0 and Atom 1.0: lxml, with entities, DTDs and the network
switched off, reads the fields we keep, about 50 times faster than feedparser.

It only takes documents it fully understands and declines (NotFast) everything else: a DOCTYPE,
RSS 1.0/0.90, markup inside a field, Atom xhtml content, xml:base, and any element feedparser
would read into a title, text, link, id, date or author that this module does not read itself.
feedparser then parses the whole document. tests/ingest/test_parse_equivalence.py checks on a
corpus that both give the same entries."""

from feedparser.mixin import _FeedParserMixin
from lxml import etree

from console.ingest.normalise import RAW_FACTOR, TITLE_CAP, RawEntry

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC = "{http://purl.org/dc/elements/1.1/}"
DC_CREATOR, DC_DATE = DC + "creator", DC + "date"
IM_RATING = "{http://itunes.apple.com/rss}rating"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"

# Local names that feedparser maps onto the fields we keep, in any namespace: an element with one
# of these names that we do not read ourselves sends the document to feedparser.
SENSITIVE = frozenset({
    "title", "link", "description", "summary", "content", "encoded", "author", "creator", "date", "pubdate",
    "published", "updated", "modified", "issued", "created", "id", "guid", "name", "email", "contributor",
    "subtitle", "info", "body", "fullitem", "abstract", "managingeditor", "webmaster", "source", "item", "entry",
})
RSS_IGNORED = frozenset({"category", "comments", "enclosure"})
ATOM_IGNORED = frozenset({ATOM + "category", ATOM + "rights"})
# Named like our fields but read by feedparser into fields of their own (media_content ...).
MEDIA_OWN = frozenset(ns + local for ns in ("{http://search.yahoo.com/mrss/}", "{http://search.yahoo.com/mrss}")
                      for local in ("content", "thumbnail"))
TITLE_SCAN = TITLE_CAP * RAW_FACTOR   # a 10 MB title is not scanned whole to decide whether it is HTML
HTML_TYPES = frozenset({"html", "text/html"})
TEXT_TYPES = frozenset({"text", "text/plain"})


class NotFast(Exception):
    """The document needs the general parser."""


# feedparser's own rule for whether an RSS title is HTML or plain text, so both paths decide alike.
_looks_like_html = _FeedParserMixin.looks_like_html


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           collect_ids=False)


def parse(data: bytes) -> tuple[str, str, list[RawEntry]]:
    """(kind, feed title, raw entries) of a UTF-8 document; raises NotFast or etree.XMLSyntaxError."""
    head = data[:4096].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise NotFast("DOCTYPE")
    root = etree.fromstring(data, _parser())
    if root.getroottree().docinfo.doctype or root.get(XML_BASE) is not None:
        raise NotFast("DOCTYPE or xml:base")
    if root.tag == "rss":
        return _rss(root)
    if root.tag == ATOM + "feed":
        return _atom(root)
    raise NotFast(f"root element {root.tag!r}")


def _check_unknown(el) -> None:
    """An element we skip: it must not be (or contain) one that feedparser would read as ours."""
    for sub in el.iter() if len(el) else (el,):
        tag = sub.tag
        if isinstance(tag, str) and tag.rpartition("}")[2].lower() in SENSITIVE and tag not in MEDIA_OWN:
            raise NotFast(f"element {tag!r}")


def _leaf_text(el) -> str:
    # xml:base on a leaf changes nothing we keep: relative links inside content are not resolved.
    if len(el):
        raise NotFast(f"markup inside {el.tag!r}")
    return el.text or ""


def _rss(root) -> tuple[str, str, list[RawEntry]]:
    channel = None
    for child in root:
        if child.tag == "channel" and channel is None:
            channel = child
        elif isinstance(child.tag, str):
            _check_unknown(child)
    if channel is None or channel.get(XML_BASE) is not None:
        raise NotFast("no channel")
    title = ""
    raws = []
    for child in channel:
        tag = child.tag
        if tag == "item":
            raws.append(_rss_item(child))
        elif tag == "title":
            title = child.text or ""
    return "rss", title, raws


def _rss_item(item) -> RawEntry:
    if item.get(XML_BASE) is not None:
        raise NotFast("xml:base")
    title = link = guid = description = content = author = pub_date = dc_date = None
    permalink = True
    for child in item:
        tag = child.tag
        if not isinstance(tag, str):
            continue   # comments and processing instructions
        if tag == "title":
            title = _plain_leaf(child)
        elif tag == "link":
            link = _plain_leaf(child)
        elif tag == "guid":
            guid = _leaf_text(child).strip()
            permalink = all(v == "true" for k, v in child.items() if k.lower() == "ispermalink")
        elif tag == "description":
            description = _plain_leaf(child)
        elif tag == CONTENT_ENCODED:
            content = _plain_leaf(child) if content is None else content
        elif tag == "pubDate":
            pub_date = _leaf_text(child)
        elif tag == DC_DATE:
            dc_date = _leaf_text(child)
        elif tag == "author" or tag == DC_CREATOR:
            author = _plain_leaf(child)
        elif tag not in RSS_IGNORED:
            _check_unknown(child)
    title = (title or "").strip()
    return RawEntry(
        title=title,
        title_html=_looks_like_html(title[:TITLE_SCAN]),
        text=(content if content is not None else description or "").strip(),
        text_html=True,
        link=(link or "").strip() or (guid if permalink and guid else None),
        guid=guid or None,
        dates=(pub_date or "", dc_date or ""),
        author=(author or "").strip() or None,
    )


def _plain_leaf(el) -> str:
    """A leaf element's text; any attribute (type, mode, base ...) means feedparser may read it otherwise."""
    if len(el.attrib):
        raise NotFast(f"attributes on {el.tag!r}")
    return _leaf_text(el)


def _atom(root) -> tuple[str, str, list[RawEntry]]:
    title = ""
    raws = []
    for child in root:
        tag = child.tag
        if tag == ATOM + "entry":
            raws.append(_atom_entry(child))
        elif tag == ATOM + "title":
            title = child.text or ""
    return "atom", title, raws


def _typed(el) -> tuple[str, bool]:
    """(text, is HTML) of an Atom text construct; xhtml, out-of-line or base64 content is declined."""
    kind = el.get("type", "text").lower()
    if el.get("src") is not None or el.get("mode") is not None or (kind not in HTML_TYPES and kind not in TEXT_TYPES):
        raise NotFast(f"Atom {kind} content")
    return _leaf_text(el).strip(), kind in HTML_TYPES


def _atom_entry(entry) -> RawEntry:
    if entry.get(XML_BASE) is not None:
        raise NotFast("xml:base")
    raw = RawEntry(text_html=False)
    link = guid = published = updated = summary = content = None
    for child in entry:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == ATOM + "title":
            raw.title, raw.title_html = _typed(child)
        elif tag == ATOM + "link":
            if child.get("href") is None or len(child) or child.get(XML_BASE) is not None:
                raise NotFast("Atom link without href")
            rel = child.get("rel", "alternate")
            kind = child.get("type", "application/atom+xml" if rel == "self" else "text/html").lower()
            if rel == "alternate" and kind in ("text/html", "application/xhtml+xml", "html", "xhtml"):
                link = child.get("href").strip()
        elif tag == ATOM + "id":
            guid = _leaf_text(child).strip()
        elif tag == ATOM + "published":
            published = _leaf_text(child)
        elif tag == ATOM + "updated":
            updated = _leaf_text(child)
        elif tag == ATOM + "author":
            raw.author = _atom_person(child)
        elif tag == ATOM + "content":
            content = _typed(child) if content is None else content
        elif tag == ATOM + "summary":
            summary = _typed(child)
        elif tag == IM_RATING:
            raw.rating = _leaf_text(child).strip()
        elif tag not in ATOM_IGNORED:
            _check_unknown(child)
    raw.text, raw.text_html = content or summary or ("", False)
    raw.link = link or guid or None   # feedparser: an Atom id stands in for a missing link
    raw.guid = guid or None
    raw.dates = (published or "", updated or "")
    return raw


def _atom_person(el) -> str | None:
    name = email = None
    for child in el:
        tag = child.tag
        if tag == ATOM + "name":
            name = _leaf_text(child).strip()
        elif tag == ATOM + "email":
            email = _leaf_text(child).strip()
        elif tag != ATOM + "uri" and isinstance(tag, str):
            _check_unknown(child)
    return name or email or None
