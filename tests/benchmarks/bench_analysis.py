"""Analysis throughput: short mentions in four languages, all factors (sentiment, cues, category,
watch terms, severity with reasons, cluster key), one core, no SQL in the hot path. Timed in
process CPU time, so other work on a shared machine does not count against it."""

import time

from console.analysis import watchterms
from console.analysis.pipeline import Analyzer

TEXTS = [
    ("Our order from Acme arrived broken and support never answered", "en"),
    ("Loving the new Acme kettle, great design", "en"),
    ("Acme refund still missing after three weeks", "en"),
    ("@AcmeAir flight delayed 3 hours and nobody at the gate", "en"),
    ("Is Acme hacked? weird posts on their page", "en"),
    ("Thanks Acme, quick delivery and friendly staff", "en"),
    ("Acme 的水壺用了兩天就壞了,客服也不回覆", "zh_TW"),
    ("Acme 的快递三天都没到,客服电话也打不通", "zh_CN"),
    ("Замовлення Acme прийшло зламаним, підтримка мовчить", "uk"),
    ("Acme c'est vraiment nul, livraison en retard", "fr"),
]


def test_analysis_mentions_per_s(workspace):
    db = workspace.db
    for q, kind in [("Acme", "brand"), ("kettle OR 水壶", "product"), ('"food poisoning" OR recall OR exploded', "risk"),
                    ("Zenith", "competitor")]:
        watchterms.add(db, q, kind)
    analyzer = Analyzer(db)
    source = {"reach": "social"}
    n = 40_000
    rows = [{"title": "", "text": f"{t} #{i}", "lang": lang} for i in range(n // len(TEXTS))
            for t, lang in TEXTS]
    analyzer.score(rows[:500], source)  # warm the caches as a running poller would be
    t0 = time.process_time()
    for i in range(0, len(rows), 500):
        analyzer.score(rows[i:i + 500], source)
    rate = len(rows) / (time.process_time() - t0)
    print(f"\nBENCH analysis_mentions_per_s {rate:.0f} mentions/s")
    assert all(r["level"] for r in rows)
