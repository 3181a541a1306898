"""Sources: adding, listing, enabling and disabling feeds, and OPML import/export.

Every change is one transaction holding the change and its audit row. Removing a source only
disables it: its mentions stay. A loopback, private or link-local address is refused when it is
added unless the operator says the feed is internal (the poller checks resolved addresses again
on every fetch). OPML is parsed without loading a DTD or expanding entities: a file that declares
entities is refused whole.
"""

from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree
from sqlite_utils import Database

from console import APP_NAME
from console.errors import UsageError
from console.files import read_user_file, user_path, write_user_file
from console.ingest.addresses import RefusedAddress, check_literal, file_url, is_local, local_path
from console.store import audit
from console.store.rows import as_dict, as_dicts
from console.store.transaction import write
from console.timeutil import now_iso

DEFAULT_INTERVAL_S = 900
MIN_INTERVAL_S = 60
MAX_INTERVAL_S = 7 * 86400
REACHES = ("news", "authority", "social", "forum", "review")
OPML_NS = "urn:x-crisis-console:opml:1"   # our per-source settings travel as attributes in this namespace
# An OPML file is a list of feeds: far more than anyone polls is refused rather than half-imported.
OPML_MAX_BYTES = 2 * 1024 * 1024
OPML_MAX_FEEDS = 1000
SYSTEM_FOLDERS = ("proc", "sys", "dev")  # the kernel's and devices' files: never a source, whatever the flags
PUBLIC_FIELDS = ("id", "url", "name", "kind", "reach", "enabled", "priority", "internal", "interval_s", "added_at",
                 "last_polled", "last_success", "last_status", "last_error_category", "last_error_message",
                 "last_warning", "rekeyed_at", "consecutive_failures", "next_poll", "retry_after")
BOOLEAN_FIELDS = ("enabled", "priority", "internal")


@dataclass
class ImportResult:
    added: list[dict] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (url, why)


def canonical_url(text: str, internal: bool = False) -> str:
    """The URL to store for what the operator typed: a feed URL, a file:// URL or a path to a file.
    Raises UsageError with the reason when it cannot be a source."""
    text = (text or "").strip()
    if not text:
        raise UsageError("a feed address cannot be empty")
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError as e:  # an unclosed [IPv6 literal, a bad port
        raise UsageError(f"not a feed address: {text[:200]} ({e})") from None
    if parts.scheme == "file" or not parts.scheme or len(parts.scheme) == 1:  # a path (or C:\ on Windows)
        path = local_path(text) if parts.scheme == "file" else user_path(text)
        try:
            real = path.resolve()
            regular = real.is_file()
        except (OSError, RuntimeError, ValueError):
            real, regular = path, False
        if real.parts[1:2] and real.parts[1] in SYSTEM_FOLDERS:
            raise UsageError(f"{path} is in /{real.parts[1]}, which holds the system's files, never a feed")
        if not regular:
            raise UsageError(f"{path} is not an existing feed file (for a web feed give its full http(s):// address)")
        return file_url(path)
    if parts.scheme not in ("http", "https") or not host:
        raise UsageError(f"not a feed address: {text[:200]} (use an http(s) URL, a file:// URL or a path)")
    if not internal:
        if host == "localhost" or host.endswith(".localhost"):
            raise UsageError(f"{host} is this machine; add the feed with --internal if that is intended")
        try:
            check_literal(host, internal=False)
        except RefusedAddress as e:
            raise UsageError(str(e)) from None
    return text


def checked_interval(value) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise UsageError(f"the interval must be a whole number of seconds, not {value!r}") from None
    if not MIN_INTERVAL_S <= n <= MAX_INTERVAL_S:
        raise UsageError(f"the interval must be between {MIN_INTERVAL_S} s and {MAX_INTERVAL_S} s (got {n})")
    return n


def _row(db: Database, source_id) -> dict:
    try:
        source_id = int(source_id)
    except (TypeError, ValueError):
        raise UsageError(f"not a feed id: {source_id!r}") from None
    row = as_dict(db.execute("SELECT * FROM sources WHERE id = ?", [source_id]))
    if row is None:
        raise UsageError(f"no feed with id {source_id}")
    return row


def public(row: dict) -> dict:
    out = {k: row.get(k) for k in PUBLIC_FIELDS}
    for k in BOOLEAN_FIELDS:
        out[k] = bool(out[k])
    if "mentions" in row:
        out["mentions"] = row["mentions"]
    return out


def get(db: Database, source_id) -> dict:
    return public(_row(db, source_id))


def list_sources(db: Database) -> list[dict]:
    cur = db.execute("""SELECT s.*, (SELECT count(*) FROM mentions m WHERE m.source_id = s.id) AS mentions
                        FROM sources s ORDER BY s.id""")
    return [public(r) for r in as_dicts(cur)]


def _insert(db: Database, url: str, name, interval_s: int, priority: bool, internal: bool, reach: str,
            enabled: bool = True, via: str = "command") -> dict:
    existing = db.execute("SELECT id FROM sources WHERE url = ?", [url]).fetchone()
    if existing:
        raise UsageError(f"{url} is already feed {existing[0]}")
    name = (name or "").strip() or None
    kind = "file" if is_local(url) else None
    sid = db.execute(
        "INSERT INTO sources (url, name, kind, reach, interval_s, priority, internal, enabled, added_at) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        [url, name, kind, reach, interval_s, int(priority), int(internal), int(enabled), now_iso()]).lastrowid
    audit.record(db, "source.add", "source", sid, {"url": url, "name": name, "interval_s": interval_s,
                                                   "priority": bool(priority), "internal": bool(internal),
                                                   "reach": reach, "enabled": bool(enabled), "via": via})
    return get(db, sid)


def add(db: Database, url_or_path: str, *, name: str | None = None, interval_s=DEFAULT_INTERVAL_S,
        priority: bool = False, internal: bool = False, reach: str = "social") -> dict:
    url = canonical_url(url_or_path, internal)
    if reach not in REACHES:
        raise UsageError(f"unknown reach {reach!r}; use one of: {', '.join(REACHES)}")
    with write(db):
        return _insert(db, url, name, checked_interval(interval_s), priority, internal, reach)


def apply_change(db: Database, source_id, action: str, **values) -> dict:
    """Set some of a feed's columns and write the audit row, in one transaction; returns the feed."""
    with write(db):
        before = _row(db, source_id)
        sets = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"UPDATE sources SET {sets} WHERE id = ?", [*values.values(), before["id"]])
        audit.record(db, action, "source", before["id"],
                     {"url": before["url"], **{k: {"from": before[k], "to": v} for k, v in values.items()}})
        return get(db, before["id"])


def enable(db: Database, source_id) -> dict:
    # A re-enabled feed is polled at the next pass and starts with a clean slate of failures.
    return apply_change(db, source_id, "source.enable", enabled=1, next_poll=None, consecutive_failures=0)


def disable(db: Database, source_id) -> dict:
    return apply_change(db, source_id, "source.disable", enabled=0)


def remove(db: Database, source_id) -> dict:
    """Stop polling a feed. Its mentions are kept (mentions are never deleted)."""
    return apply_change(db, source_id, "source.remove", enabled=0)


def _read_opml(path: Path) -> etree._Element:
    data = read_user_file(path, OPML_MAX_BYTES, "OPML file")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise UsageError(f"{path} is not readable OPML: {e}") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise UsageError(f"{path} declares XML entities; refused (OPML files have no need for them)")
    if root.tag != "opml":
        raise UsageError(f"{path} is not OPML (its root element is <{root.tag}>)")
    return root


def _flag(value, default: bool) -> bool:
    return default if value is None else value.strip().lower() in ("1", "true", "yes")


def import_opml(db: Database, path: str | Path, *, allow_internal: bool = False,
                allow_files: bool = False) -> ImportResult:
    """Add every feed outline of an OPML file (nested folders included) in one transaction;
    feeds already present and addresses that cannot be sources are skipped with the reason.

    A file cannot grant itself trust: its cc:internal flag counts only with `allow_internal`, and
    outlines naming local files only with `allow_files` (the person importing says so)."""
    path = Path(path)
    root = _read_opml(path)
    outlines = [o for o in root.iter("outline") if o.get("xmlUrl") or o.get("xmlurl")]
    if len(outlines) > OPML_MAX_FEEDS:
        raise UsageError(f"{path} lists {len(outlines)} feeds, more than {OPML_MAX_FEEDS}; refused")
    result = ImportResult()
    q = f"{{{OPML_NS}}}"
    with write(db):
        for o in outlines:
            raw = o.get("xmlUrl") or o.get("xmlurl")
            internal = allow_internal and _flag(o.get(q + "internal"), False)
            try:
                if not allow_files and _names_file(raw):
                    raise UsageError("a local file; import with --allow-files to add file outlines")
                url = canonical_url(raw, internal)
                reach = o.get(q + "reach") or "social"
                if reach not in REACHES:
                    reach = "social"
                interval = checked_interval(o.get(q + "interval") or DEFAULT_INTERVAL_S)
                name = o.get("title") or o.get("text")
                added = _insert(db, url, None if name == raw else name, interval,
                                _flag(o.get(q + "priority"), False), internal, reach,
                                enabled=_flag(o.get(q + "enabled"), True), via=f"opml:{path.name}")
            except UsageError as e:
                claimed = not allow_internal and _flag(o.get(q + "internal"), False)
                result.skipped.append((raw, f"{e} (the file marks it internal: import with --allow-internal "
                                            "to honour that)" if claimed else str(e)))
                continue
            result.added.append(added)
    return result


def _names_file(raw: str) -> bool:
    try:
        scheme = urlsplit(raw.strip()).scheme
    except ValueError:
        return False
    return scheme == "file" or not scheme or len(scheme) == 1


def export_opml(db: Database, path: str | Path) -> int:
    """Write every source as OPML 2.0; our settings ride along as cc:* attributes."""
    path = Path(path)
    opml = etree.Element("opml", version="2.0", nsmap={"cc": OPML_NS})
    head = etree.SubElement(opml, "head")
    etree.SubElement(head, "title").text = f"{APP_NAME} feeds"
    etree.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    body = etree.SubElement(opml, "body")
    rows = list_sources(db)
    q = f"{{{OPML_NS}}}"
    for s in rows:
        title = s["name"] or s["url"]
        o = etree.SubElement(body, "outline", type="rss", text=title, title=title, xmlUrl=s["url"])
        o.set(q + "interval", str(s["interval_s"]))
        o.set(q + "priority", "1" if s["priority"] else "0")
        o.set(q + "internal", "1" if s["internal"] else "0")
        o.set(q + "enabled", "1" if s["enabled"] else "0")
        o.set(q + "reach", s["reach"] or "social")
    data = etree.tostring(opml, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    write_user_file(path, data)
    return len(rows)
