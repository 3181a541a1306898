"""The post-crisis review's "most influential authors" puts the authors the team labelled first,
with their labels, in the review's language."""

import time

from helpers.author_feeds import campaign, history, rss

from console.reports import review_figures
from console.workspace import Workspace


def test_a_labelled_journalist_leads_the_most_influential_authors(cc, server, tmp_path):
    now = time.time()
    posts = history(now) + campaign(12, now=now) + [("dana", now - 900, "Dana Whitfield", "Acme kettles under review")]
    cc("watch", "add", "Acme", "--kind", "brand")
    cc("feeds", "add", server.feed("/s.xml", rss("Social", posts)), "--internal", "--name", "Social")
    cc("poll", "--once", "--all", "--json")
    dana = next(a for a in cc("authors", "list", "--order", "recent", "--limit", "100", "--json")
                if a["name"] == "Dana Whitfield")
    cc("authors", "label", dana["id"], "journalist")
    [alert] = [a for a in cc("alerts", "--json") if a["kind"] == "coordinated"]
    iid = cc("incident", "open", "Boycott", "--from-alert", alert["id"], "--json")["id"]
    ws = Workspace(cc.folder)
    try:
        authors = review_figures.gather(ws.db, iid)["authors"]
    finally:
        ws.close()
    assert (authors[0]["author"], authors[0]["labels"]) == ("Dana Whitfield", ["journalist"])
    assert all(a["labels"] == [] for a in authors[1:])
    for lang, shown in (("en", "<b>Dana Whitfield</b> (journalist)"), ("zh_TW", "<b>Dana Whitfield</b> (記者)")):
        cc("report", iid, tmp_path / f"review-{lang}.html", "--lang", lang)
        assert shown in (tmp_path / f"review-{lang}.html").read_text(encoding="utf-8")
