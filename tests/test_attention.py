"""The "needs attention" order, the other orders and the counters above the wall, on a real
workspace, from the core and from the command line."""

import json

from incident_seed import add_mention, add_source

from console.analysis.severity import reach_weight_sql
from console.store import attention, mentions
from console.workspace import Workspace


def seeded(db) -> dict:
    src = add_source(db)
    return {
        "old_crit": add_mention(db, src, "old critical", minutes_ago=300, level="critical"),
        "new_low": add_mention(db, src, "newest low", minutes_ago=1, level="low"),
        "done_crit": add_mention(db, src, "handled critical", minutes_ago=0, level="critical", status="resolved"),
        "high": add_mention(db, src, "high, assigned", minutes_ago=50, level="high", assignee="Lee Chen"),
        "new_crit": add_mention(db, src, "newer critical", minutes_ago=100, level="critical", status="acknowledged"),
        "hidden_low": add_mention(db, src, "hidden low", minutes_ago=2, level="low", status="hidden"),
    }


def ids(rows):
    return [m["id"] for m in rows]


def test_attention_puts_unhandled_first_then_the_most_severe_then_the_newest(db):
    m = seeded(db)
    assert ids(mentions.query(db, order="attention")) == [m["new_crit"], m["old_crit"], m["high"], m["new_low"],
                                                          m["done_crit"], m["hidden_low"]]


def test_without_an_order_the_listing_stays_newest_first_and_every_order_lists_the_same_mentions(db):
    m = seeded(db)
    assert ids(mentions.query(db)) == [m["done_crit"], m["new_low"], m["hidden_low"], m["high"], m["new_crit"],
                                       m["old_crit"]]
    every = sorted(m.values())
    for order in attention.ORDERS:
        assert sorted(ids(mentions.query(db, order=order))) == every


def test_reach_puts_known_followers_first_then_the_source_weight(db):
    news = add_source(db, url="http://127.0.0.1:9/news.xml", reach="news")
    forum = add_source(db, url="http://127.0.0.1:9/forum.xml", reach="forum")
    small = add_mention(db, forum, "small author", author_followers=120)
    big = add_mention(db, forum, "big author", author_followers=50_000, minutes_ago=60)
    on_news = add_mention(db, news, "on the news", minutes_ago=30)
    on_forum = add_mention(db, forum, "on a forum")
    assert ids(mentions.query(db, order="reach", reach_sql=reach_weight_sql())) == [big, small, on_news, on_forum]


def test_severity_orders_by_score(db):
    src = add_source(db)
    low = add_mention(db, src, "low", level="low")
    crit = add_mention(db, src, "critical", level="critical", minutes_ago=90)
    mid = add_mention(db, src, "medium", level="medium", minutes_ago=5)
    assert ids(mentions.query(db, order="severity")) == [crit, mid, low]


def test_the_summary_counts_unhandled_per_level_unassigned_and_awaiting(db):
    seeded(db)
    assert attention.summary(db) == {"unhandled": {"critical": 2, "high": 1, "medium": 0, "low": 1},
                                     "unassigned": 3, "awaiting_approval": 0}


def test_the_command_line_orders_counts_and_refuses_an_unknown_order_in_one_line(cli_in_process):
    cli = cli_in_process
    ws = Workspace(cli.folder)
    m = seeded(ws.db)
    ws.close()
    listed = json.loads(cli("mentions", "--order", "attention", "--json").stdout)
    assert listed[0]["id"] == m["new_crit"] and listed[-1]["id"] == m["hidden_low"]
    summary = json.loads(cli("mentions", "summary", "--json").stdout)
    assert summary["unhandled"]["critical"] == 2 and summary["unassigned"] == 3
    assert "2 critical" in cli("mentions", "summary").stdout
    r = cli("mentions", "--order", "bogus", check=False)
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0
    assert "attention, time, severity, reach" in r.stderr
