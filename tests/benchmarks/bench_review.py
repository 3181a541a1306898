"""The post-crisis review of a big incident: 100,000 mentions gathered in one incident, over two
weeks, in a workspace of 300,000. The figures are aggregate queries, so this measures SQLite,
not Python; then the HTML and the A4 PDF of the same review. Timed in process CPU time, so other
work on a shared machine does not count against it."""

import json
import random
import time
from datetime import timedelta

from console.incidents import operations
from console.playbook.store import PlaybookStore
from console.reports.review import Review
from console.reports.review_figures import gather
from console.timeutil import to_iso, utcnow

TOTAL = 300_000
IN_INCIDENT = 100_000
CATEGORIES = ["product_defect", "service", "delivery_delay", "billing_refund", "question", "praise", "other"]
LEVELS = ["critical", "high", "medium", "low"]


def _fill(db) -> None:
    rng = random.Random(7)
    now = utcnow()
    db["sources"].insert({"url": "http://127.0.0.1:9/feed.xml", "name": "Bench", "added_at": to_iso(now)})
    rows = []
    for i in range(TOTAL):
        at = to_iso(now - timedelta(seconds=rng.randrange(30 * 86400)))
        rows.append((1, f"k{i}", f"Acme mention {i}", f"Acme kettle text {i}", f"@author{rng.randrange(5000)}",
                     rng.choice([None, None, rng.randrange(100_000)]), at, at, rng.choice(["en", "zh_TW", "uk"]),
                     rng.choice(CATEGORIES), rng.choice(LEVELS), rng.randrange(100), int(rng.random() < 0.6),
                     json.dumps(["Acme"] if rng.random() < 0.5 else [])))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO mentions (source_id, dedupe_key, title, text, author, author_followers, first_seen, sort_time, "
            "lang, category, level, severity, negative, matched_terms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    iid = operations.open_incident(db, "Bench storm", terms=["Acme"])
    with db.atomic():
        db.conn.executemany("INSERT INTO incident_mentions (incident_id, mention_id, added_at) VALUES (?,?,?)",
                            [(iid, m, to_iso(now)) for m in rng.sample(range(1, TOTAL + 1), IN_INCIDENT)])
        db.execute("UPDATE incidents SET detected_at = ? WHERE id = ?", [to_iso(now - timedelta(days=14)), iid])
    return iid


def test_review_of_a_big_incident(workspace, qapp):
    from console.ui.printing import html_to_pdf

    db = workspace.db
    iid = _fill(db)
    store = PlaybookStore.open(workspace.folder)
    try:
        t0 = time.process_time()
        fig = gather(db, iid, store)
        t1 = time.process_time()
        rev = Review(fig, store.playbook("en"), to_iso(utcnow()))
        html = rev.html()
        t2 = time.process_time()
        pdf = html_to_pdf(html, "en", rev.footer(), "Page {n} of {total}", rev.title())
        t3 = time.process_time()
    finally:
        store.close()
    print(f"BENCH review_figures_100k_s {t1 - t0:.2f} s")
    print(f"BENCH review_html_100k_ms {(t2 - t1) * 1000:.0f} ms")
    print(f"BENCH review_pdf_100k_s {t3 - t2:.2f} s")
    assert fig["incident"]["mention_count"] == IN_INCIDENT
    assert fig["totals"]["mentions"] >= IN_INCIDENT
    assert pdf.startswith(b"%PDF") and len(pdf) > 3000
