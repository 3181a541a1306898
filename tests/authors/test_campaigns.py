"""Coordinated campaigns against organic storms, from real feeds on loopback: thirty new accounts
posting one sentence raise one `coordinated` alert (and its later copies join it); established
authors complaining in their own words at the same time raise none."""

import time

from helpers.author_feeds import ESTABLISHED, campaign, history, organic, rss

from console.analysis.lexicons import weights
from console.authors.campaigns import shape
from console.incidents import alert_view


def serve(server, posts):
    return server.feed("/social.xml", rss("Social search", posts), conditional=False)


def coordinated(cc):
    return [a for a in cc("alerts", "--json") if a["kind"] == "coordinated"]


def test_a_campaign_raises_one_alert_and_the_organic_storm_none(cc, server):
    now = time.time()
    posts = history(now) + organic(now) + campaign(30, now=now)
    cc("watch", "add", "Acme", "--kind", "brand")
    cc("feeds", "add", serve(server, posts), "--internal", "--name", "Social search")
    cc("poll", "--once", "--all", "--json")
    [alert] = coordinated(cc)
    assert {a["name"] for a in alert["authors"]} == {f"fresh_voice_{i}" for i in range(30)}
    assert all(a["new"] for a in alert["authors"]) and alert["current"] == 30 and alert["term"] == "Acme"
    assert not {a["name"] for a in alert["authors"]} & set(ESTABLISHED)
    assert alert["details"]["text"] == "Acme kettles explode, boycott Acme now!!" and len(alert["mentions"]) == 30
    assert alert["details"]["new_authors"] == 30 and alert["window_s"] == weights()["coordinated"]["window_s"]
    assert alert_view.describe(alert) == "Coordinated campaign about “Acme”: 30 authors posted the same text in 30 min: “Acme kettles explode, boycott Acme now!!”"
    assert alert["text"] == alert_view.describe(alert)
    inc = cc("incident", "open", "Kettle boycott", "--from-alert", alert["id"], "--json")
    assert inc["mention_count"] == 30

    serve(server, posts + campaign(3, start=30, now=now + 120) + [("later-1", now - 5, ESTABLISHED[0], "Acme toaster is fine")])
    cc("poll", "--once", "--all", "--json")
    [grown] = coordinated(cc)                      # the campaign goes on: its copies join the alert
    assert grown["id"] == alert["id"] and grown["current"] == 33 and len(grown["mentions"]) == 33
    assert {a["name"] for a in grown["authors"]} >= {"fresh_voice_30", "fresh_voice_32"}


def test_an_organic_storm_alone_raises_no_coordinated_alert(cc, server):
    now = time.time()
    cc("watch", "add", "Acme", "--kind", "brand")
    cc("feeds", "add", serve(server, history(now) + organic(now)), "--internal")
    cc("poll", "--once", "--all", "--json")
    assert coordinated(cc) == []


def test_established_authors_posting_one_text_are_not_a_campaign(cc, server):
    """The same sentence from known people (a quote going round) is not coordinated by new accounts."""
    now = time.time()
    quote = [(f"q-{i}", now - 300 + i, name, "Acme kettles explode, boycott Acme now") for i, name in enumerate(ESTABLISHED)]
    cc("watch", "add", "Acme", "--kind", "brand")
    cc("feeds", "add", serve(server, history(now) + quote), "--internal")
    cc("poll", "--once", "--all", "--json")
    assert coordinated(cc) == []


def test_copies_fold_to_one_text():
    texts = ["Acme kettles explode, boycott Acme now!!", "ACME KETTLES EXPLODE, BOYCOTT ACME NOW!!!",
             "acme kettles explode. boycott acme now! https://bit.example/7 @newsdesk",
             "Ａｃｍｅ kettles explode, boycott Ａｃｍｅ now！！", "Acme kettles explode,boycott Acme now www.x.example/a"]
    assert {shape(t) for t in texts} == {"acme kettles explode boycott acme now"}
    assert shape("Acme kettles explode, boycott Acme later") != shape(texts[0])
