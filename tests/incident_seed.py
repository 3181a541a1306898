"""Rows written straight into a real workspace database, for tests of the parts that read
mentions and alerts (incidents, crisis mode, alerts, charts) without running a poll."""

import json
from datetime import timedelta

from console.timeutil import to_iso, utcnow


def add_source(db, url="http://127.0.0.1:9/feed.xml", name="Test feed", **extra) -> int:
    row = {"url": url, "name": name, "added_at": to_iso(utcnow()), **extra}
    return db["sources"].insert(row).last_pk


def add_mention(db, source_id, title, *, text="", minutes_ago=0, level="low", sentiment=0.0, terms=(),
                author="someone", **extra) -> int:
    at = to_iso(utcnow() - timedelta(minutes=minutes_ago))
    row = {"source_id": source_id, "dedupe_key": f"t:{title}:{minutes_ago}:{extra.get('url', '')}", "title": title,
           "text": text or title, "author": author, "first_seen": at, "sort_time": at, "published": at,
           "level": level, "severity": {"low": 10, "medium": 40, "high": 70, "critical": 90}.get(level, 0),
           "sentiment": sentiment, "negative": int(sentiment < -0.05), "positive": int(sentiment > 0.05),
           "matched_terms": json.dumps(list(terms)), "reasons": json.dumps([]), **extra}
    return db["mentions"].insert(row).last_pk


def add_alert(db, mention_ids, *, kind="spike", term="Acme", baseline=1.0, current=40.0, sigma=0.8,
              window_s=1800, minutes_ago=2, **extra) -> int:
    row = {"kind": kind, "term": term, "baseline": baseline, "current": current, "sigma": sigma,
           "window_s": window_s, "raised_at": to_iso(utcnow() - timedelta(minutes=minutes_ago)),
           "mentions": json.dumps(list(mention_ids)), **extra}
    return db["alerts"].insert(row).last_pk


def storm(db, n=12, term="Acme"):
    """A feed, a few calm mentions, a burst of angry ones about `term`, and the spike alert on them."""
    src = add_source(db)
    for i in range(3):
        add_mention(db, src, f"{term} delivery a bit late, order {i}", minutes_ago=600 + i * 60, terms=[term])
    ids = [add_mention(db, src, f"{term} kettle exploded #{i}", minutes_ago=25 - i, level="critical" if i % 3 == 0
                       else "high", sentiment=-0.8, terms=[term]) for i in range(n)]
    details = {"k": 3.0, "sensitivity": "normal", "threshold": 3.4, "baseline_windows": 335, "min_count": 5,
               "z": round((n - 1.0) / 0.8, 2)}
    return src, ids, add_alert(db, ids, term=term, current=float(n), details=json.dumps(details))
