"""Routing rules as workspace data: the first matching rule names a mention's queue, new mentions are
routed as a real poll stores them (a loopback feed), and every stored mention is re-routed when the
rules change."""

import json

import pytest
from helpers import faultserver
from helpers.faultserver import FaultServer
from incident_seed import add_mention, add_source

from console.analysis import routing as rules
from console.errors import UsageError
from console.store import audit, mentions, queues


@pytest.fixture
def server():
    s = FaultServer()
    yield s
    s.close()


def queue_of(db) -> dict[int, str]:
    return {m["id"]: m["queue"] for m in mentions.query(db, limit=1000)}


def test_the_first_matching_rule_wins_and_removing_a_queue_re_routes(db):
    src = add_source(db)
    defect = add_mention(db, src, "defect, critical", level="critical", category="product_defect")
    lawsuit = add_mention(db, src, "lawsuit, critical", level="critical", category="legal", lang="en")
    loud = add_mention(db, src, "loud, high", level="high", category="service")
    calm = add_mention(db, src, "calm, low", level="low", category="service")
    rules.add(db, "safety", min_level="critical", categories=["product_defect"])
    rules.add(db, "legal", categories=["legal"])
    rules.add(db, "pr", min_level="high")
    assert queue_of(db) == {defect: "safety", lawsuit: "legal", loud: "pr", calm: "default"}
    assert [(r["queue"], r["min_level"], r["categories"]) for r in rules.listing(db)] == [
        ("safety", "critical", ["product_defect"]), ("legal", None, ["legal"]), ("pr", "high", [])]
    assert queues.queues(db) == [("safety", 1), ("legal", 1), ("pr", 1), ("default", 1)]
    assert rules.remove(db, "safety")["moved"] == 1
    assert queue_of(db)[defect] == "pr"
    assert sorted(m["id"] for m in mentions.query(db, queue="pr")) == sorted([loud, defect])
    assert [a["action"] for a in audit.rows(db)][:4] == ["route.remove", "route.add", "route.add", "route.add"]


def test_languages_narrow_a_rule(db):
    src = add_source(db)
    zh = add_mention(db, src, "中文", level="high", lang="zh")
    en = add_mention(db, src, "english", level="high", lang="en")
    rules.add(db, "greater-china", languages=["zh"])
    assert queue_of(db) == {zh: "greater-china", en: "default"}


@pytest.mark.parametrize("kw, words", [({"min_level": "urgent"}, "critical, high, medium, low"),
                                       ({"categories": ["weather"]}, "hacked_account"),
                                       ({"queue": " "}, "1 to 40 characters")])
def test_bad_rules_are_refused_naming_what_is_allowed(db, kw, words):
    with pytest.raises(UsageError, match=words):
        rules.add(db, kw.pop("queue", "pr"), **kw)
    assert rules.listing(db) == []


def test_removing_an_unknown_queue_names_the_known_ones(db):
    rules.add(db, "pr", min_level="high")
    with pytest.raises(UsageError, match="the queues are: pr"):
        rules.remove(db, "legal")


def test_a_poll_routes_new_mentions_and_the_command_line_shows_queues(cli, server):
    cli("route", "add", "pr", "--min-level", "low")            # every scored mention is at least low
    assert [r["queue"] for r in json.loads(cli("route", "list", "--json").stdout)] == ["pr"]
    url = server.feed("/f.xml", faultserver.rss("F", faultserver.items(1, 4)))
    cli("feeds", "add", url, "--internal")
    cli("poll", "--once")
    listed = json.loads(cli("mentions", "--json").stdout)
    assert len(listed) == 4 and {m["queue"] for m in listed} == {"pr"}
    assert len(json.loads(cli("mentions", "--queue", "pr", "--json").stdout)) == 4
    assert "4 mentions re-routed" in cli("route", "remove", "pr").stdout
    assert json.loads(cli("mentions", "--queue", "pr", "--json").stdout) == []
    r = cli("route", "add", "pr", "--min-level", "urgent", check=False)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
