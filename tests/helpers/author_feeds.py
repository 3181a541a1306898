"""Feeds with authors for the author and campaign tests: RSS 2.0 with dc:creator, dated relative
to now, and the stories they tell (a repeat complainer, a coordinated campaign, an organic storm)."""

import time
from email.utils import formatdate
from xml.sax.saxutils import escape

import pytest

from helpers.faultserver import FaultServer

DAY = 86400
ESTABLISHED = [f"{n}.{s}" for n in ("ann", "bob", "cy", "dot") for s in ("lee", "moss", "park")]
CAMPAIGN_SHAPES = ["Acme kettles explode, boycott Acme now!!", "ACME KETTLES EXPLODE, BOYCOTT ACME NOW!!!",
                   "acme kettles explode. boycott acme now! https://bit.example/x1 @newsdesk",
                   "Ａｃｍｅ kettles explode, boycott Ａｃｍｅ now！！"]
ORGANIC = ["Still waiting for my Acme parcel, tracking has not moved since Monday",
           "Acme said delivery Tuesday and it is Friday now", "Is anyone else's Acme order stuck in processing?",
           "My Acme delivery was rescheduled twice without a word", "The Acme courier marked it delivered but nothing came",
           "Acme support says high volume every time I ask about my order", "Two weeks for a toaster, Acme shipping is slow",
           "Acme delayed my delivery again with no new date", "Paid for Acme express shipping and it is late anyway",
           "Cancelled my Acme order after ten days without dispatch", "Acme keeps moving my delivery date back",
           "Gave up waiting for the Acme blender and bought one elsewhere"]


@pytest.fixture(name="server")
def server_fixture():
    """A loopback feed server (import this fixture into a test module or conftest)."""
    s = FaultServer()
    yield s
    s.close()


def rss(title: str, items: list[tuple]) -> str:
    """items: (guid, unix time, author, text)."""
    body = "".join(f'<item><guid isPermaLink="false">{g}</guid><title>{escape(t[:70])}</title>'
                   f"<description>{escape(t)}</description><dc:creator>{escape(a)}</dc:creator>"
                   f"<pubDate>{formatdate(ts, usegmt=True)}</pubDate><link>http://example.test/{g}</link></item>"
                   for g, ts, a, t in items)
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{title}</title><link>http://example.test/</link><description>d</description>{body}"
            "</channel></rss>")


def history(now: float | None = None) -> list[tuple]:
    """A week of everyday posts by the established authors, three days each."""
    now = now or time.time()
    return [(f"hist-{i}-{d}", now - d * DAY - i * 600, name, f"Picked up an Acme toaster on day {d}, it is fine ({name})")
            for i, name in enumerate(ESTABLISHED) for d in (2, 4, 6)]


def campaign(n: int, start: int = 0, now: float | None = None) -> list[tuple]:
    """n brand-new accounts posting one sentence in copies that differ only by case, width,
    punctuation, links and handles, within the last ten minutes."""
    now = now or time.time()
    return [(f"camp-{i}", now - 600 + i * 10, f"fresh_voice_{i}", CAMPAIGN_SHAPES[i % len(CAMPAIGN_SHAPES)])
            for i in range(start, start + n)]


def organic(now: float | None = None) -> list[tuple]:
    """The established authors complaining in their own words within the last half hour."""
    now = now or time.time()
    return [(f"org-{i}", now - 1500 + i * 100, ESTABLISHED[i], text) for i, text in enumerate(ORGANIC)]
