"""The demo workspace: feed files dated relative to now, sources and watch terms added once,
safe to prepare again at every start, and a real poll stores a few hundred live mentions."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from console.demo import FEEDS_FOLDER, load_spec, prepare_demo
from console.ingest.parse import parse_feed
from console.workspace import Workspace

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def parsed(ws: Workspace, now: datetime) -> dict[str, list]:
    return {p.name: parse_feed(p.read_bytes(), {}, p.as_uri(), now=now).entries
            for p in sorted((ws.folder / FEEDS_FOLDER).iterdir())}


def test_the_demo_has_every_kind_of_source_and_watch_term(workspace):
    prepare_demo(workspace, NOW)
    db = workspace.db
    reaches = {r[0] for r in db.execute("SELECT reach FROM sources")}
    assert reaches == {"news", "social", "forum", "review"}
    assert {r[0] for r in db.execute("SELECT kind FROM watch_terms")} == {"brand", "product", "risk", "competitor"}
    feeds = parsed(workspace, NOW)
    entries = [e for es in feeds.values() for e in es]
    assert 200 <= len(entries) <= 500
    assert {e.lang for e in entries} >= {"en", "zh_TW", "zh_CN", "uk"}
    reviews = feeds["reviews-app.json"]
    assert reviews and all(e.rating in (1, 2, 3, 4, 5) for e in reviews)
    assert all(e.published and e.published <= "2026-11-20T12:00:00Z" for e in entries)


def test_a_crisis_builds_up_over_the_last_hours(workspace):
    prepare_demo(workspace, NOW)
    entries = [e for es in parsed(workspace, NOW).values() for e in es]
    risky = [e for e in entries if any(w in f"{e.title} {e.text}".lower()
                                       for w in ("overheat", "melted", "burn", "過熱", "过热", "燙傷", "烫伤", "опік"))]
    last_hour = [e for e in risky if e.published >= "2026-11-20T11:00:00Z"]
    hours_2_to_6 = [e for e in risky if "2026-11-20T06:00:00Z" <= e.published < "2026-11-20T10:00:00Z"]
    before = [e for e in risky if e.published < "2026-11-20T06:00:00Z"]
    assert len(risky) >= 25 and not before
    assert len(last_hour) > len(hours_2_to_6) / 4   # the last hour is the busiest hour


def test_preparing_again_keeps_entries_and_adds_the_new_slots(workspace):
    prepare_demo(workspace, NOW)
    first = {e.dedupe_key: e.published for es in parsed(workspace, NOW).values() for e in es}
    counts = [workspace.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sources", "watch_terms")]
    later = NOW + timedelta(hours=3)
    prepare_demo(workspace, later)
    second = {e.dedupe_key: e.published for es in parsed(workspace, later).values() for e in es}
    assert [workspace.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sources", "watch_terms")] == counts
    window_start = (later - timedelta(hours=load_spec()["window_hours"])).strftime("%Y-%m-%dT%H:%M:%SZ")
    kept = {k: v for k, v in first.items() if v >= window_start}
    assert kept.items() <= second.items()   # same id, same date
    assert any(v > "2026-11-20T12:00:00Z" for v in second.values())


def test_a_day_old_crisis_starts_again(workspace):
    prepare_demo(workspace, NOW)
    day_later = NOW + timedelta(hours=30)
    prepare_demo(workspace, day_later)
    started = workspace.db.execute("SELECT value FROM settings WHERE key = 'demo.crisis_started'").fetchone()[0]
    assert started == "2026-11-21T12:00:00Z"
    crisis = [e for es in parsed(workspace, day_later).values() for e in es if "crisis" in (e.guid or "")]
    assert crisis and all(e.published >= started for e in crisis)


@pytest.mark.slow
def test_demo_flag_opens_a_polled_demo_workspace(tmp_path):
    # --demo lives in the platform's data folder: point it at a temporary one.
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")

    def run(*args):
        r = subprocess.run([sys.executable, "-m", "console", "--demo", *args], capture_output=True, text=True,
                           timeout=120, env=env)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    report = run("poll", "--once", "--all", "--json")
    assert [s["status"] for s in report["sources"]] == ["ok"] * 6
    assert sum(s["new"] for s in report["sources"]) >= 200
    mentions = run("mentions", "--json", "--limit", "1000")
    assert {m["lang"] for m in mentions} >= {"en", "zh_TW", "zh_CN", "uk"}
    again = run("poll", "--once", "--all", "--json")
    assert len(again["sources"]) == 6 and all(s["status"] in ("ok", "unchanged") for s in again["sources"])


def test_the_demo_has_a_crisis_team_and_never_replaces_the_users_own(workspace):
    from console.playbook.store import PlaybookStore
    from console.playbook.team import on_call

    prepare_demo(workspace, NOW)
    prepare_demo(workspace, NOW + timedelta(hours=1))          # a second start adds nobody twice
    store = PlaybookStore.open(workspace.folder)
    team = on_call(store)
    assert [p["role"] for p in team[:2]] == ["Crisis lead", "Spokesperson"] and len(team) == len(load_spec()["team"])
    assert all(p["phone"].startswith("+1 202 555 01") for p in team)
    for person in store.contacts():
        store.remove_contact(person["id"])
    store.add_contact("crisis_lead", "Our own lead")
    store.add_contact("crisis_lead", "Their backup")
    store.close()
    prepare_demo(workspace, NOW + timedelta(hours=2))
    store = PlaybookStore.open(workspace.folder)
    assert [(p["role"], p["name"]) for p in on_call(store)] == [("Crisis lead", "Our own lead"),
                                                                ("Crisis lead", "Their backup")]
    store.close()
