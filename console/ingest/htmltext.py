"""HTML fragments from feeds → plain text and the links they carry.

Feeds send HTML as text; the store keeps plain text only (nothing downstream ever renders markup).
A handful of C-speed regular expressions do it, each linear in the input: script/style/comment
content is dropped, block tags become line breaks, every other tag (img included) disappears,
entities are decoded once, whitespace is folded. Tag-soup never breaks this: an unclosed tag is
left as literal text, which is harmless in a plain-text store."""

import html
import re

MAX_LINKS = 20
MAX_LINK_LEN = 2000

# Elements whose content is not text for a reader (an unclosed one drops everything after it).
_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|iframe|object|svg|math|head|select)\b.*?</\1\s*>"
    r"|<(?:script|style|noscript|template|iframe|object|svg|math|head|select)\b.*"
    r"|<!--.*?(?:-->|\Z)", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\Z)", re.S)
_BLOCK = re.compile(
    r"<(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|thead|tbody|blockquote|pre|hr|section|article|header|"
    r"footer|aside|nav|figure|figcaption|address|details|summary)\b[^<>]*>"
    r"|</(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|aside|nav|figure|"
    r"figcaption|address|details|summary)\s*>", re.I)
_CELL = re.compile(r"</?t[dh]\b[^<>]*>", re.I)
# [^<>] rather than [^>]: a '<' that never closes costs one scan to the next '<', never to the end.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<[!?][^<>]*>")
_BREAK_RUN = re.compile("\x00[ \x00]*")
_HREF = re.compile(r"""<a\s[^<>]*?\bhref\s*=\s*(?:"([^"<>]{0,2000})"|'([^'<>]{0,2000})'|([^\s"'<>]{1,2000}))""", re.I)


def fold(text: str) -> str:
    """Runs of spaces become one space; line breaks are kept, one per paragraph."""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    # Line breaks become a NUL word so that one split/join folds everything else at C speed.
    marked = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n").replace("\n", " \x00 ")
    return _BREAK_RUN.sub("\n", " ".join(marked.split()).replace(" \x00", "\x00")).strip("\x00\n ")


def fold_line(text: str) -> str:
    """For one-line fields (titles, authors): every run of whitespace becomes one space."""
    return " ".join(text.split())


def to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: no tags, entities decoded, whitespace folded."""
    if "<" in fragment:
        fragment = _INVISIBLE.sub(" ", fragment)
        if "<![" in fragment:
            fragment = _CDATA.sub(r"\1", fragment)
        fragment = _BLOCK.sub("\n", fragment)
        fragment = _CELL.sub(" ", fragment)
        fragment = _TAG.sub("", fragment)
    if "&" in fragment:
        fragment = html.unescape(fragment)
    return fold(fragment)


def links(fragment: str) -> list[str]:
    """The href of every <a> in the fragment, decoded, in order, without repeats (at most MAX_LINKS)."""
    if "href" not in fragment and "HREF" not in fragment:
        return []
    found: list[str] = []
    for m in _HREF.finditer(fragment):
        href = html.unescape(m.group(1) or m.group(2) or m.group(3) or "").strip()
        if href and len(href) <= MAX_LINK_LEN and href not in found:
            found.append(href)
            if len(found) >= MAX_LINKS:
                break
    return found
