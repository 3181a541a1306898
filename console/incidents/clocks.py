"""Response clocks and incident metrics: pure arithmetic on the incident's timestamps, so the
window can tick them every second without touching the database.

The seeds' two deadlines: the golden hour (the first hours matter most) and the golden
24 hours (a first public response within a day, even "we know, we are investigating")."""

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from console.timeutil import from_iso, to_iso

GOLDEN_HOUR_S = 3600
DAY_S = 24 * 3600
DEADLINES = (("golden_hour", "Golden hour", GOLDEN_HOUR_S), ("day", "24 hours", DAY_S))


@dataclass(frozen=True)
class Clock:
    key: str
    label: str
    deadline: str          # UTC ISO
    state: str             # running (no response yet, time left), met, missed
    remaining_s: int       # seconds left while running; 0 once met or missed
    overdue_s: int         # how late the first response is (or, with none, how far past the deadline)

    def as_dict(self) -> dict:
        return asdict(self)


def _seconds(later: datetime, earlier: datetime) -> int:
    return int((later - earlier).total_seconds())


def response_clocks(detected_at: str, first_response_at: str | None, now: datetime) -> list[Clock]:
    detected = from_iso(detected_at)
    responded = from_iso(first_response_at)
    clocks = []
    for key, label, span in DEADLINES:
        deadline = detected + timedelta(seconds=span)
        if responded is not None:
            state = "met" if responded <= deadline else "missed"
            clocks.append(Clock(key, label, to_iso(deadline), state, 0, max(0, _seconds(responded, deadline))))
        elif now <= deadline:
            clocks.append(Clock(key, label, to_iso(deadline), "running", _seconds(deadline, now), 0))
        else:
            clocks.append(Clock(key, label, to_iso(deadline), "missed", 0, _seconds(now, deadline)))
    return clocks


def since_detection_s(detected_at: str, now: datetime) -> int:
    return max(0, _seconds(now, from_iso(detected_at)))


def _between(start: str | None, end: str | None) -> int | None:
    a, b = from_iso(start), from_iso(end)
    return None if a is None or b is None else max(0, _seconds(b, a))


def metrics(incident: dict) -> dict:
    """Seconds from detection to each milestone (None until it happens).

    Opening the incident is the activation: the command line opens one in a single step, and
    the window's crisis mode opens it and turns crisis mode on in the same transaction."""
    detected = incident["detected_at"]
    activated = min(t for t in (incident["opened_at"], incident.get("crisis_started_at")) if t)
    return {
        "time_to_crisis_mode_s": _between(detected, activated),
        "time_to_first_response_s": _between(detected, incident.get("first_response_at")),
        "time_to_close_s": _between(detected, incident.get("closed_at")),
    }


def format_duration(seconds: int) -> str:
    """A clock face: 0:42, 12:05, 3:07:09, 2d 03:07:09."""
    seconds = abs(int(seconds))
    days, rest = divmod(seconds, DAY_S)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    if days:
        return f"{days}d {h:02d}:{m:02d}:{s:02d}"
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
