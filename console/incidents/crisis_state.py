"""Crisis mode's state, kept in the workspace's settings (console.store.settings) so the window,
the command line and the poller process all see the same thing: the incident crisis mode is on
for, and surge polling, which polls priority feeds at a shorter interval until a set time (still
with conditional GET and Retry-After). Surge is bounded, so a crisis mode nobody turned off does
not poll hard forever."""

import re
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.errors import UsageError
from console.incidents import timeline
from console.store import settings
from console.timeutil import to_iso, utcnow

SURGE_INTERVAL_S = settings.SURGE_INTERVAL_S
SURGE_SPAN = timedelta(hours=24)
PAGE_URL_KEY = "crisis_page_url"   # the public crisis-centre page's address, for replies and the window


def active_incident(db: Database) -> int | None:
    return settings.crisis_incident(db)


def surge_until(db: Database, now: datetime | None = None) -> str | None:
    """When surge polling ends, or None when it is off or already over (at `now`, default: now)."""
    surge = settings.surge_polling(db, now or utcnow())
    return to_iso(surge.until) if surge else None


def start(db: Database, incident_id: int) -> str:
    """Mark crisis mode on and start surge polling; call inside the action's transaction."""
    until = utcnow() + SURGE_SPAN
    settings.start_crisis(db, incident_id, until, SURGE_INTERVAL_S)
    return to_iso(until)


def end(db: Database) -> int | None:
    """Turn crisis mode and surge polling off (audited on the incident); call inside a transaction."""
    incident_id = active_incident(db)
    settings.end_crisis(db)
    if incident_id is not None:
        timeline.record_audited(db, incident_id, "crisis_off", "crisis.off", timeline.said("event.crisis_off"))
    return incident_id


def page_url(db: Database) -> str | None:
    return settings.crisis_page_url(db)


def set_page_url(db: Database, url: str) -> str:
    """Keep the crisis-centre page's address (audited); replies link to it."""
    url = (url or "").strip()
    if not re.fullmatch(r"https?://\S+", url):
        raise UsageError(f"the crisis page address must start with http:// or https://, not {url!r}")
    settings.put_audited(db, settings.CRISIS_PAGE_URL, url, "crisis.page_url", page_url)
    return url
