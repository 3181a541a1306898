"""The health of the feeds and of the poller, as people see it: each feed's state and last error in
words (the sources manager), the poller's last word about itself and the feeds in error (the
window's status bar). Light on purpose: the window imports it at start, before the feed stack."""

from console.store import settings
from console.timeutil import from_iso

ERROR_WORDS = {
    "timeout": "Timed out",
    "network": "Could not connect",
    "tls": "Secure connection failed",
    "http": "The server refused",
    "redirects": "Too many redirects",
    "refused_address": "Address refused",
    "bad_url": "Not a web address",
    "not_a_feed": "Not a feed",
    "malformed": "Malformed feed",
    "too_large": "Too large",
    "parse_failed": "Could not be read",
    "parse_timeout": "Took too long to read",
    "offline": "No network",
    "file": "File unreadable",
}


def error_words(category: str | None, message: str | None) -> str:
    if not category and not message:
        return ""
    words = ERROR_WORDS.get(category or "", (category or "Error").replace("_", " ").capitalize())
    return f"{words}: {message}" if message else words


def ago(iso: str | None, now) -> str:
    t = from_iso(iso)
    if t is None:
        return "never"
    s = int((now - t).total_seconds())
    if s < 0:
        return in_(iso, now)
    for unit, span in (("d", 86400), ("h", 3600), ("min", 60)):
        if s >= span:
            return f"{s // span} {unit} ago"
    return "just now"


def in_(iso: str | None, now) -> str:
    t = from_iso(iso)
    if t is None:
        return "at the next pass"
    s = int((t - now).total_seconds())
    if s <= 0:
        return "due now"
    for unit, span in (("d", 86400), ("h", 3600), ("min", 60)):
        if s >= span:
            return f"in {s // span} {unit}"
    return f"in {s} s"


def state(src: dict, now) -> tuple[str, str]:
    """(key, words): disabled, waiting (a server asked us to wait), failing, ok, new."""
    if not src["enabled"]:
        return "disabled", "Disabled"
    wait = from_iso(src.get("retry_after"))
    if wait and wait > now:
        return "waiting", f"Server asked to wait ({in_(src['retry_after'], now)})"
    if src.get("consecutive_failures"):
        n = src["consecutive_failures"]
        return "failing", f"Failing ({n} time{'s' if n != 1 else ''} in a row)"
    if src.get("last_success"):
        return "ok", "OK"
    return "new", "Not polled yet"


def poller_state(db) -> dict:
    """What the poller last said about itself, and the enabled feeds' health."""
    state = settings.poller_state(db)
    feeds, failing, last = db.execute(
        "SELECT count(*), count(*) FILTER (WHERE consecutive_failures > 0), max(last_polled) FROM sources WHERE enabled = 1"
    ).fetchone()
    return {"offline": state.offline, "last_pass": state.last_pass or last,
            "feeds": feeds, "failing": failing}


def failing_feeds(db) -> list[tuple]:
    """The enabled feeds that failed their last polls, worst first: (name, error category,
    error message, failures in a row)."""
    return db.execute("SELECT COALESCE(name, url), last_error_category, last_error_message, "
                      "consecutive_failures FROM sources WHERE enabled = 1 AND consecutive_failures > 0 "
                      "ORDER BY consecutive_failures DESC").fetchall()
