"""Times are stored as ISO 8601 UTC text ('2026-11-23T14:05:09Z'): sortable, readable, portable."""

from datetime import UTC, datetime

FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def now_iso() -> str:
    return utcnow().strftime(FORMAT)


def to_iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime(FORMAT)


def from_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def epoch_to_iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime(FORMAT)
