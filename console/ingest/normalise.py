"""From what a format parser found (RawEntry: strings as the feed sent them) to what the store keeps
(Entry: plain, capped, dated in UTC, keyed for dedupe, with its language).

Every format (the RSS/Atom fast path, feedparser, JSON Feed, App Store JSON) ends here, so the
same feed content gives the same Entry whichever parser read it. Caps are applied to the raw
input before any work that grows faster than its length."""

import hashlib
import io
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urljoin
from xml.sax.saxutils import escape

import feedparser

from console.ingest import htmltext, language
from console.ingest.model import Entry
from console.timeutil import to_iso

TITLE_CAP = 1_000
TEXT_CAP = 20_000
AUTHOR_CAP = 200
GUID_CAP = 1_000
URL_CAP = 2_000
RAW_FACTOR = 10        # raw input kept before conversion: markup rarely makes text 10x longer
MIN_YEAR = 1990        # older dates are clock or template bugs (1970-01-01), not mentions
FUTURE_SLACK = timedelta(days=1)   # later than now + this: impossible, so it cannot pin an entry to the top
UNSAFE_SCHEMES = ("javascript:", "data:", "file:", "vbscript:")

# C0 and C1 controls except tab, newline and carriage return (folded later), lone surrogates
# (JSON can carry them; SQLite cannot store them), and the two non-characters.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# Bounded parts (RFC 5321 lengths): no input can make the search backtrack more than a little.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_RATING = re.compile(r"\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?:/\s*(\d+(?:\.\d*)?))?\s*(?:stars?)?\s*", re.I)


@dataclass(slots=True)
class RawEntry:
    """One entry as a format parser found it: strings as sent, nothing cleaned yet."""

    title: str = ""
    title_html: bool = False
    text: str = ""
    text_html: bool = True
    link: str | None = None
    guid: str | None = None
    dates: tuple[str, ...] = ()   # candidates, most preferred first (published, then updated)
    author: str | None = None
    rating: object = None         # whatever the feed put there: "4", "5/5", -3, NaN ...


def strip_controls(text: str) -> str:
    # isprintable() is a C-speed "nothing to do" for most titles, links and names.
    return text if text.isprintable() else _CONTROLS.sub("", text)


def truncation_marker(original_len: int) -> str:
    return f"…[truncated, {original_len} characters]"


def cap(text: str, limit: int, original_len: int | None = None) -> tuple[str, int | None]:
    """`text` cut to `limit` characters with a marker; the original length, or None when not cut."""
    original = original_len if original_len is not None else len(text)
    if original <= limit and len(text) <= limit:
        return text, None
    return text[:limit] + truncation_marker(original), original


def plain(value: str | None, is_html: bool, limit: int, one_line: bool) -> tuple[str, int | None, list[str]]:
    """Plain text of a field, capped: (text, original length when capped, links found in its markup)."""
    if not value:
        return "", None, []
    budget = limit * RAW_FACTOR
    dropped = max(0, len(value) - budget)
    if dropped:   # bound the work: what is past the budget is counted, not converted
        value = value[:budget]
    value = strip_controls(value)
    found: list[str] = []
    if is_html:
        found = htmltext.links(value)
        value = htmltext.to_text(value)
        if one_line:
            value = htmltext.fold_line(value)
    else:
        value = htmltext.fold_line(value) if one_line else htmltext.fold(value)
    text, original = cap(value, limit, len(value) + dropped if dropped else None)
    return text, original, found


def clean_guid(value: str | None) -> str | None:
    if not value:
        return None
    return strip_controls(value[:GUID_CAP * 2]).strip()[:GUID_CAP] or None


def clean_url(value: str | None, base: str | None = None) -> str | None:
    """A link as text, capped; a relative one is resolved against the feed's own address."""
    if not value:
        return None
    value = strip_controls(value[:URL_CAP * 2]).strip()
    if value and base and not _SCHEME.match(value) and base.startswith(("http://", "https://", "file:")):
        try:
            value = urljoin(base, value)
        except ValueError:
            pass
    return value[:URL_CAP] or None


def is_unsafe_url(url: str | None) -> bool:
    return bool(url) and url.lower().lstrip().startswith(UNSAFE_SCHEMES)


def display_author(raw: str | None) -> str | None:
    """A name to show: "jo@example.org (Jo)" and "Jo <jo@example.org>" give "Jo"; a bare address stays."""
    if not raw:
        return None
    value = htmltext.fold_line(strip_controls(raw[:AUTHOR_CAP * 2]))
    m = _EMAIL.search(value) if "@" in value else None
    if m:
        rest = (value[:m.start()] + value[m.end():]).replace("()", "").replace("<>", "").strip()
        rest = rest.removeprefix("(").removesuffix(")").strip()
        value = rest or m.group(0)
    if not value:
        return None
    return cap(value, AUTHOR_CAP, len(raw) if len(raw) > AUTHOR_CAP * 2 else None)[0]


def parse_date(text: str) -> datetime | None:
    """A feed date in UTC, or None. RFC 3339 and RFC 822 dates, nearly all there are, are read by the
    standard library; feedparser reads the rest (its many historical formats)."""
    text = text.strip()[:100]
    if not text:
        return None
    iso = text[0].isdigit() and "-" in text[:5]
    try:
        dt = datetime.fromisoformat(text) if iso else parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError, OverflowError):
        dt = None
    if dt is None or (dt.tzinfo is None and not iso):
        # Not read, or read without its zone: none was given (UTC), or one unknown here ("+02:00").
        dt = _feedparser_date(text) or dt
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


_XML = {"content-type": "application/xml; charset=utf-8"}


@lru_cache(maxsize=1024)
def _feedparser_date(text: str) -> datetime | None:
    # feedparser offers its date parser only through parse(): the text goes in as the date of a
    # one-line Atom document. Slow (~0.4 ms), so only for the few dates the standard library cannot read.
    doc = f"<feed xmlns='http://www.w3.org/2005/Atom'><updated>{escape(text)}</updated></feed>"
    parsed = feedparser.parse(io.BytesIO(doc.encode("utf-8", errors="replace")), response_headers=_XML,
                              sanitize_html=False, resolve_relative_uris=False).feed.get("updated_parsed")
    try:
        return datetime(*parsed[:6], tzinfo=UTC) if parsed else None
    except ValueError:
        return None


def plausible_date(candidates: tuple[str, ...], now: datetime) -> tuple[str | None, bool]:
    """(UTC ISO of the first candidate that parses, or None; whether a date was given but impossible)."""
    given = False
    for raw in candidates:
        if not raw or not raw.strip():
            continue
        given = True
        dt = parse_date(raw)
        if dt is not None and dt.year >= MIN_YEAR and dt <= now + FUTURE_SLACK:
            return to_iso(dt), False
    return None, given


def parse_rating(value: object) -> tuple[int | None, bool]:
    """A 1-5 star rating: (stars or None, whether a value was given but unusable). "4", 4.0, "5/5",
    "8/10" and "4 stars" are read; anything else (0, -3, 7, NaN, "great") is dropped, never guessed."""
    if value is None or value == "" or isinstance(value, bool):
        return None, False
    if isinstance(value, int | float):
        number = float(value)
    else:
        m = _RATING.fullmatch(str(value)[:40])
        if not m:
            return None, True
        number = float(m.group(1))
        if m.group(2):
            scale = float(m.group(2))
            if scale <= 0:
                return None, True
            number = number / scale * 5
    if math.isnan(number) or not 1 <= number <= 5:
        return None, True
    return int(number + 0.5), False


def content_hash(title: str, text: str) -> str:
    return hashlib.blake2b(f"{title}\n{text}".encode(), digest_size=16).hexdigest()


def dedupe_key(guid: str | None, url: str | None, published: str | None, digest: str) -> str:
    if guid:
        return "g:" + guid
    if url and published:
        return f"ld:{url}|{published}"
    if url:
        return "l:" + url
    return "h:" + digest


@dataclass(slots=True)
class _Keyed:
    raw: RawEntry
    guid: str | None
    url: str | None
    published: str | None


class Stats:
    """Counts that become the feed's warnings."""

    def __init__(self):
        self.bad_dates = 0
        self.bad_ratings = 0
        self.duplicates = 0
        self.unsafe_links = 0
        self.capped_from = 0

    def warnings(self, kept: int) -> list[str]:
        out = []
        if self.capped_from:
            out.append(f"capped: kept the newest {kept} of {self.capped_from} entries")
        if self.duplicates:
            out.append(f"duplicates: {self.duplicates} entries repeat an earlier entry's id (the first was kept)")
        if self.bad_dates:
            out.append(f"bad_dates: {self.bad_dates} entries have impossible dates (stored without a date)")
        if self.bad_ratings:
            out.append(f"bad_ratings: {self.bad_ratings} ratings are not 1-5 stars (stored without a rating)")
        if self.unsafe_links:
            out.append(f"unsafe_links: {self.unsafe_links} entries link to javascript:, data: or file: URLs "
                       "(kept as text, never opened)")
        return out


def _newest(keyed: list[_Keyed], limit: int) -> list[_Keyed]:
    """The `limit` newest entries, in feed order; undated entries count as older than dated ones,
    and among equals the earlier in the feed wins (feeds list their newest first)."""
    order = sorted(range(len(keyed)), key=lambda i: (keyed[i].published is not None, keyed[i].published or "", -i),
                   reverse=True)
    keep = sorted(order[:limit])
    return [keyed[i] for i in keep]


def finish(raws: list[RawEntry], max_entries: int, base_url: str | None = None,
           now: datetime | None = None) -> tuple[list[Entry], list[str]]:
    """Clean, date, dedupe (first wins), cap (newest `max_entries`) and describe a feed's entries."""
    now = now or datetime.now(UTC)
    stats = Stats()
    seen: set[str] = set()
    keyed: list[_Keyed] = []
    for raw in raws:
        guid = clean_guid(raw.guid)
        url = clean_url(raw.link, base_url)
        published, impossible = plausible_date(raw.dates, now)
        stats.bad_dates += impossible
        # Entries keyed by guid or link are deduplicated here, before the cap; content-keyed ones below.
        early = dedupe_key(guid, url, published, "") if guid or url else None
        if early in seen:
            stats.duplicates += 1
            continue
        if early:
            seen.add(early)
        keyed.append(_Keyed(raw, guid, url, published))
    if len(keyed) > max_entries:
        stats.capped_from = len(keyed)
        keyed = _newest(keyed, max_entries)
    entries = []
    for k in keyed:
        entry = _entry(k, stats)
        if entry.dedupe_key.startswith("h:"):
            if entry.dedupe_key in seen:
                stats.duplicates += 1
                continue
            seen.add(entry.dedupe_key)
        entries.append(entry)
    return entries, stats.warnings(len(entries))


def _entry(k: _Keyed, stats: Stats) -> Entry:
    raw = k.raw
    title, title_len, _ = plain(raw.title, raw.title_html, TITLE_CAP, one_line=True)
    text, text_len, found = plain(raw.text, raw.text_html, TEXT_CAP, one_line=False)
    rating, bad_rating = parse_rating(raw.rating)
    stats.bad_ratings += bad_rating
    stats.unsafe_links += is_unsafe_url(k.url)
    digest = content_hash(title, text)
    return Entry(
        dedupe_key=dedupe_key(k.guid, k.url, k.published, digest),
        title=title,
        text=text,
        guid=k.guid,
        url=k.url,
        author=display_author(raw.author),
        published=k.published,
        lang=language.detect(f"{title}\n{text[:language.SAMPLE]}" if title else text),
        rating=rating,
        links=[link for link in found if link.lower().startswith(("http://", "https://"))],
        content_hash=digest,
        title_len=title_len,
        text_len=text_len,
    )
