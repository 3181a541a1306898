"""Replaying a drill scenario into a workspace, through the same path a poll takes: entries are
normalised by the ingest code, stored by the writer (one transaction per batch) and scored by the
real analyzer, which raises the alerts. Every mention and every alert the drill creates is marked
`drill = 1` inside the transaction that writes it, so drill data is never unmarked, not even for
a moment; the wall, the alerts and the incidents opened from them show the mark.

Time: the live part plays `speed` times faster than real time, and each mention is dated by the
scenario's clock, which runs at that speed and reaches the real time when the replay ends. The
spacing of the scenario is kept, so the spike detector sees the storm against its history as it
would on the day, and alerts are raised minutes (not hours) before the team takes over. The
history is stored first, in one batch per channel, dated before the live part."""

import re
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.analysis import watchterms
from console.analysis.pipeline import Analyzer
from console.drills.scenario import Planned, Scenario, plan
from console.errors import UsageError
from console.incidents import alert_view
from console.ingest import sources
from console.ingest.normalise import RawEntry, finish
from console.ingest.writer import store_entries
from console.store import audit
from console.store.transaction import write
from console.timeutil import to_iso, utcnow

SCHEME = "drill:"   # drill sources: never polled (disabled), never a network address
PLAIN_TERM = re.compile(r"^[\w][\w .&'-]*$")


class DrillAnalyzer:
    """The real analyzer, with everything it scores or raises marked as a drill."""

    def __init__(self, inner: Analyzer):
        self.inner = inner

    def inputs(self, db: Database) -> tuple:
        return self.inner.inputs(db)

    def score(self, rows: list[dict], source: dict, scores=None, scored_with=None) -> None:
        self.inner.score(rows, source, scores, scored_with)
        for row in rows:
            row["drill"] = 1

    def before_insert(self, db: Database, rows: list[dict]) -> None:
        self.inner.before_insert(db, rows)

    def after_insert(self, db: Database, new_ids: list[int]) -> list[int]:
        raised = self.inner.after_insert(db, new_ids)
        if raised:
            db.execute("UPDATE alerts SET drill = 1 WHERE id IN (SELECT value FROM json_each(?))",
                       [_ids_json(raised)])
        return raised


def workspace_brand(db: Database) -> str | None:
    """The workspace's first brand watch term, if it is a plain name the drill texts can carry."""
    for t in watchterms.load(db):
        name = t["query"].strip().strip('"').strip()
        if t["kind"] == "brand" and t["enabled"] and PLAIN_TERM.match(name):
            return name
    return None


def drill_sources(db: Database, s: Scenario, run_id: int) -> dict[str, dict]:
    """One disabled source per channel of the scenario (kept across runs: a source is never removed)."""
    out = {}
    with write(db):
        for c in s.channels:
            url = f"{SCHEME}{s.id}/{c.id}"
            row = db.execute("SELECT id FROM sources WHERE url = ?", [url]).fetchone()
            if row is None:
                sid = db.execute("INSERT INTO sources (url, name, kind, reach, enabled, added_at) "
                                 "VALUES (?, ?, 'drill', ?, 0, ?)", [url, f"DRILL · {c.name}", c.reach,
                                                                     to_iso(utcnow())]).lastrowid
                audit.record(db, "drill.source", "source", sid, {"url": url, "reach": c.reach, "run": run_id})
            else:
                sid = row[0]
            out[c.id] = sources.get(db, sid)
    return out


def entries(items: list[Planned], start: datetime, run_id: int, scenario_id: str) -> list:
    """The ingest's own Entry values for planned mentions (plain text, language, keys, dates)."""
    raws = [RawEntry(title=m.title, title_html=False, text=m.text, text_html=False,
                     guid=f"urn:crisis-console:drill:{scenario_id}:{run_id}:{m.at_s}:{i}",
                     dates=(to_iso(start + timedelta(seconds=m.at_s)),), author=m.author, rating=m.rating)
            for i, m in enumerate(items)]
    out, _ = finish(raws, len(raws), now=start + timedelta(seconds=max(m.at_s for m in items)))
    for e, m in zip(out, items, strict=True):
        e.author_followers = m.followers
    return out


class Replay:
    """One run of a scenario. `on_alert(alert)` is told of each alert as it is raised."""

    def __init__(self, db: Database, s: Scenario, speed: float, brand: str | None = None,
                 on_alert: Callable[[dict], None] | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        if not speed > 0:
            raise UsageError("--speed must be a number above 0 (60 plays an hour in a minute)")
        self.db, self.s, self.speed = db, s, float(speed)
        self.brand = brand or workspace_brand(db) or s.brand
        self.on_alert = on_alert or (lambda alert: None)
        self.clock, self.sleep = clock, sleep
        self.start = self.sim_now = utcnow()
        self.run_id = 0
        self.analyzer = DrillAnalyzer(Analyzer(db, now=lambda: self.sim_now))

    def run(self) -> dict:
        s, db = self.s, self.db
        real_start = utcnow()
        live_s = s.duration_min * 60
        # The scenario clock reaches the real time when the replay ends, live_s / speed from now.
        self.start = self.sim_now = real_start + timedelta(seconds=live_s / self.speed - live_s)
        with write(db):
            self.run_id = audit.record(db, "drill.start", "drill", s.id, {
                "speed": self.speed, "brand": self.brand, "scenario_start": to_iso(self.start)})
        srcs = drill_sources(db, s, self.run_id)
        planned = plan(s, self.brand)
        history, live = [m for m in planned if m.at_s < 0], [m for m in planned if m.at_s >= 0]
        alerts: list[dict] = []
        stored_history = []
        for channel in srcs:   # the hours before: one batch per channel, as a first poll would bring them
            batch = [m for m in history if m.channel == channel]
            if batch:
                stored_history += self._store(srcs[channel], batch, alerts)
        stored_live = []
        began = self.clock()
        for at_s, channel, batch in _batches(live):
            wait = began + at_s / self.speed - self.clock()
            if wait > 0:
                self.sleep(wait)
            self.sim_now = self.start + timedelta(seconds=at_s)
            stored_live += self._store(srcs[channel], batch, alerts)
        finished = utcnow()
        summary = self._summary(real_start, finished, stored_history, stored_live, alerts)
        with write(db):
            audit.record(db, "drill.finish", "drill", s.id, {"run": self.run_id, "mentions": summary["mentions"],
                                                             "alerts": [a["id"] for a in alerts]})
        return summary

    def _store(self, source: dict, batch: list[Planned], alerts: list[dict]) -> list[int]:
        out = store_entries(self.db, source, entries(batch, self.start, self.run_id, self.s.id), self.analyzer,
                            now=to_iso(self.sim_now))
        for alert_id in out.alerts:
            alert = alert_view.get(self.db, alert_id)
            minute = round((self.sim_now - self.start).total_seconds() / 60, 1)
            alerts.append({"id": alert_id, "kind": alert["kind"], "term": alert.get("term"),
                           "raised_at": alert["raised_at"], "minute": minute, "text": alert_view.describe(alert)})
            self.on_alert(alerts[-1])
        return out.new_ids

    def _summary(self, real_start: datetime, finished: datetime, history: list[int], live: list[int],
                 alerts: list[dict]) -> dict:
        stored = history + live
        rows = self.db.execute("SELECT m.lang, m.level, s.name FROM mentions m JOIN sources s ON s.id = m.source_id "
                               "WHERE m.id IN (SELECT value FROM json_each(?))", [_ids_json(stored)]).fetchall()
        return {
            "scenario": self.s.id, "title": self.s.title, "run": self.run_id, "brand": self.brand,
            "speed": self.speed, "scenario_start": to_iso(self.start), "started_at": to_iso(real_start),
            "finished_at": to_iso(finished), "seconds": round((finished - real_start).total_seconds(), 1),
            "mentions": len(stored), "history_mentions": len(history), "live_mentions": len(live),
            "by_language": dict(Counter(r[0] or "unknown" for r in rows).most_common()),
            "by_level": dict(Counter(r[1] or "unscored" for r in rows).most_common()),
            "by_source": dict(Counter(r[2] for r in rows).most_common()),
            "alerts": alerts,
            "injects": [{"at": to_iso(finished + timedelta(minutes=i.after_min)), "after_min": i.after_min,
                         "text": i.text.replace("{brand}", self.brand)} for i in self.s.injects or []],
        }


def _ids_json(ids: list[int]) -> str:
    return "[" + ",".join(map(str, ids)) + "]"


def _batches(live: list[Planned]):
    """(second, channel, mentions): what one channel brings at one moment, in time order."""
    out: dict[tuple[int, str], list[Planned]] = {}
    for m in live:
        out.setdefault((m.at_s, m.channel), []).append(m)
    return [(at, ch, batch) for (at, ch), batch in sorted(out.items())]
