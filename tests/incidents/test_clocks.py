"""Response clocks and durations: pure functions, checked at the edges of each deadline."""

from datetime import timedelta

from console.incidents import clocks
from console.timeutil import from_iso, to_iso

T0 = "2026-11-23T10:00:00Z"


def at(seconds):
    return from_iso(T0) + timedelta(seconds=seconds)


def states(first_response, now_s):
    resp = to_iso(at(first_response)) if first_response is not None else None
    return {c.key: (c.state, c.remaining_s, c.overdue_s) for c in clocks.response_clocks(T0, resp, at(now_s))}


def test_running_clocks_count_down():
    assert states(None, 600) == {"golden_hour": ("running", 3000, 0), "day": ("running", 85800, 0)}
    assert states(None, 3600)["golden_hour"] == ("running", 0, 0)


def test_missed_golden_hour_still_running_day():
    assert states(None, 3601) == {"golden_hour": ("missed", 0, 1), "day": ("running", 82799, 0)}


def test_a_response_stops_the_clocks():
    assert states(1800, 90000) == {"golden_hour": ("met", 0, 0), "day": ("met", 0, 0)}
    assert states(7200, 90000) == {"golden_hour": ("missed", 0, 3600), "day": ("met", 0, 0)}


def test_deadlines_are_detection_plus_span():
    cs = clocks.response_clocks(T0, None, at(0))
    assert [c.deadline for c in cs] == ["2026-11-23T11:00:00Z", "2026-11-24T10:00:00Z"]


def test_metrics_measure_from_detection():
    inc = {"detected_at": T0, "opened_at": to_iso(at(95)), "crisis_started_at": to_iso(at(300)),
           "first_response_at": to_iso(at(1500)), "closed_at": None}
    assert clocks.metrics(inc) == {"time_to_crisis_mode_s": 95, "time_to_first_response_s": 1500,
                                   "time_to_close_s": None}


def test_format_duration():
    assert [clocks.format_duration(s) for s in (0, 42, 725, 11229, 97629)] == \
        ["0:00", "0:42", "12:05", "3:07:09", "1d 03:07:09"]
