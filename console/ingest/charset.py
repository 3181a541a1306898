"""Bytes → text for feed documents, deciding the character encoding once for every parser.

Order: a byte-order mark (or the UTF-16/32 pattern of "<?"), then UTF-8 if the bytes are valid
UTF-8 (a non-UTF-8 text that happens to be valid UTF-8 is vanishingly rare, while servers that
declare Latin-1 or GB2312 for UTF-8 content are common), then the HTTP charset, then the XML
declaration, then UTF-8 with replacement characters. Declared single-byte and CJK charsets are
read through their common supersets (Latin-1 → Windows-1252, GB2312 → GB18030, Big5 → Big5-HKSCS),
as browsers do. The XML parsers then always receive UTF-8 without a conflicting declaration."""

import codecs
import re
from dataclasses import dataclass, field

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# "<?" or "<" then a letter, in each wide encoding, for documents without a byte-order mark.
_WIDE = (
    (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"),
)
_SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030",
    "big5": "big5hkscs", "euc_kr": "cp949", "shift_jis": "cp932", "iso8859-9": "cp1254", "tis-620": "cp874",
}
_XML_DECL = re.compile(rb"^\s*<\?xml\b[^>]{0,200}\?>")
_DECL_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)


@dataclass
class Decoded:
    text: str
    encoding: str
    data: bytes                     # UTF-8, with no declaration that says otherwise
    warnings: list[str] = field(default_factory=list)


def codec(name: str | None) -> str | None:
    """Python's codec for a declared charset name (through its superset), or None if unknown."""
    if not name:
        return None
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSETS.get(canonical, canonical)


def http_charset(headers: dict[str, str]) -> str | None:
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "") or ""
    m = _HTTP_CHARSET.search(ctype)
    return m.group(1) if m else None


def declared_charset(head: bytes) -> str | None:
    m = _XML_DECL.match(head)
    if not m:
        return None
    enc = _DECL_ENCODING.search(m.group(0))
    return enc.group(1).decode("ascii") if enc else None


def _sniff_wide(body: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, len(bom)
    for pattern, name in _WIDE:
        if body.startswith(pattern):
            return name, 0
    return None, 0


def decode(body: bytes, headers: dict[str, str]) -> Decoded:
    wide, skip = _sniff_wide(body)
    if wide:
        text = body[skip:].decode(wide, errors="replace")
        return Decoded(text, wide, _without_declaration(text).encode())
    declared_xml = declared_charset(body[:300])
    declared_http = http_charset(headers)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        warnings = []
        lie = next((d for d in (declared_http, declared_xml) if d and codec(d) not in ("utf-8", None)), None)
        if lie and not body.isascii():
            warnings.append(f"charset: declared {lie} but the content is UTF-8, read as UTF-8")
        decl_ok = codec(declared_xml) in ("utf-8", None) or body.isascii()
        return Decoded(text, "utf-8", body if decl_ok else _without_declaration(text).encode(), warnings)
    for name in (declared_http, declared_xml):
        enc = codec(name)
        if enc and not enc.startswith("utf"):   # wide encodings were sniffed above; UTF-8 was tried
            try:
                text = body.decode(enc)
            except (UnicodeDecodeError, LookupError):
                continue
            return Decoded(text, enc, _without_declaration(text).encode())
    text = body.decode("utf-8", errors="replace")
    return Decoded(text, "utf-8", text.encode(),
                   [f"charset: not valid {declared_http or declared_xml or 'UTF-8'}; "
                    "undecodable bytes replaced"])


def _without_declaration(text: str) -> str:
    """Drop the XML declaration: the text is re-encoded as UTF-8, which is also the default."""
    if "<?xml" in text[:300]:
        return re.sub(r"^\s*<\?xml\b[^>]{0,200}\?>", "", text, count=1)
    return text
