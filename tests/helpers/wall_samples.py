"""Mentions written straight into a workspace with their analysis filled in, for the window's
tests, screenshots and benchmarks: `realistic()` a few hundred in four languages, `bulk()` a
million, fast (one transaction, texts drawn from a small pool), `bulk_copy()` the same million
in a shared workspace."""

import json
import random
from datetime import UTC, datetime, timedelta

from console.store.schema import has_cjk_sql
from console.store.transaction import write
from console.timeutil import to_iso

SOURCES = [("https://news.example.com/acme.rss", "Daily Tech News", "news"),
           ("https://www.reddit.com/r/kitchen/search.rss?q=acme", "r/kitchen", "forum"),
           ("https://mastodon.example/tags/acme.rss", "#acme on Mastodon", "social"),
           ("https://apps.example.com/reviews/acme-home.json", "Acme Home app reviews", "review"),
           ("https://forum.example.com.tw/acme.xml", "家電討論區", "forum"),
           ("https://weibo.example.cn/acme.rss", "微博 Acme", "social"),
           ("https://ua.example.com/acme.rss", "Техно UA", "news")]

# (lang, title, text, category, sentiment, level hint)
TEXTS = [
    ("en", "Acme kettle exploded on my counter", "My Acme kettle exploded this morning while boiling water. Glass "
     "everywhere, my kid was in the kitchen. Photo attached. This is dangerous.", "product_defect", -0.86, "critical"),
    ("en", "Arrived broken and support never answered", "Ordered the Acme air fryer two weeks ago, it arrived broken "
     "and support never answered my three emails. I want a refund.", "service", -0.71, "high"),
    ("en", "Still waiting for my refund from Acme", "Returned the blender a month ago and the refund has not arrived. "
     "Every call ends with 'please wait 5-7 business days'.", "billing_refund", -0.55, "medium"),
    ("en", "Loving the new Acme kettle", "Loving the new Acme kettle, boils in two minutes and the matte finish looks "
     "great. Best kitchen buy this year.", "praise", 0.82, "low"),
    ("en", "Is Acme hacked?", "Is Acme hacked? Their account just posted a crypto giveaway link. Don't click it.",
     "hacked_account", -0.42, "high"),
    ("en", "Acme app keeps logging me out", "The Acme Home app keeps logging me out whenever I schedule the kettle. "
     "Annoying but not the end of the world.", "outage", -0.31, "low"),
    ("en", "Rumour: Acme recalls all kettles?", "Saw a post saying Acme is recalling every kettle sold since 2024. "
     "Can anyone confirm? Nothing on their site.", "rumour", -0.2, "medium"),
    ("en", "Question about the Acme warranty", "Does the Acme warranty cover limescale damage? Manual is unclear.",
     "question", 0.0, "low"),
    ("zh_TW", "Acme 的水壺用了兩天就壞了", "我買的Acme的水壺用了兩天就壞了，客服也不回覆，太失望了，要求退款。", "product_defect",
     -0.74, "high"),
    ("zh_TW", "Acme 新品很好用", "Acme 新品很好用，煮水很快，外型也很漂亮，推薦給大家。", "praise", 0.77, "low"),
    ("zh_TW", "Acme 門市店員態度很差", "今天去 Acme 門市，店員態度很差，問問題還被翻白眼。", "employee_misconduct", -0.63, "medium"),
    ("zh_CN", "Acme的快递三天都没到", "Acme的快递三天都没到，客服电话一直占线，订单页面也不更新。", "delivery_delay", -0.58,
     "medium"),
    ("zh_CN", "Acme 新耳机音质很好", "Acme 新耳机音质很好，降噪效果也不错，续航比宣传的还长。", "praise", 0.8, "low"),
    ("zh_CN", "网传 Acme 水壶爆炸，是真的吗", "网传 Acme 水壶在厨房爆炸，有图有真相，官方至今没有回应。", "rumour", -0.66, "critical"),
    ("uk", "Чайник Acme прийшов зламаним", "Чайник Acme прийшло зламаним, підтримка мовчить уже тиждень.", "service",
     -0.69, "high"),
    ("uk", "Дуже задоволений покупкою Acme", "Дуже задоволений покупкою Acme: чайник тихий і швидкий.", "praise", 0.74,
     "low"),
    ("uk", "Acme затримує повернення коштів", "Acme затримує повернення коштів за мікрохвильовку вже місяць.",
     "billing_refund", -0.52, "medium"),
]
# Authors write in their own language, as they do: a Chinese name under an English post would put
# that post in the CJK index, which real feeds rarely do.
AUTHORS = {"en": ["dana_k", "Mike R.", "TechWatch", "kitchen_fan_88", "reviewer42", "@journalist", "Consumer Desk",
                  "anon1234", "Sam Lee"],
           "zh_TW": ["王小明", "林怡君", "家電達人"], "zh_CN": ["李娜", "张伟", "数码控"], "uk": ["Олена П.", "Тарас К."]}
SEVERITY = {"critical": (82, 97), "high": (61, 79), "medium": (36, 59), "low": (3, 34)}
STATUSES = ["new"] * 8 + ["acknowledged"] * 3 + ["in_progress"] * 2 + ["responded", "resolved", "resolved"]
TEAM = [None, None, None, "Dana", "Lee", "Olena"]


def add_sources(db) -> list[int]:
    ids = []
    with write(db):
        for url, name, reach in SOURCES:
            row = db.execute("SELECT id FROM sources WHERE url = ?", [url]).fetchone()
            if row:
                ids.append(row[0])
                continue
            ids.append(db.execute("INSERT INTO sources (url, name, reach, added_at) VALUES (?, ?, ?, ?)",
                                  [url, name, reach, "2026-01-01T00:00:00Z"]).lastrowid)
        for term, kind in (("Acme", "brand"), ("kettle", "product"), ('"food poisoning" OR recall', "risk")):
            if not db.execute("SELECT 1 FROM watch_terms WHERE query = ?", [term]).fetchone():
                db.execute("INSERT INTO watch_terms (query, kind, created_at) VALUES (?, ?, ?)",
                           [term, kind, "2026-01-01T00:00:00Z"])
    return ids


def _reasons(level, sentiment, severity, author, text) -> list[dict]:
    neg = max(0, round(-sentiment * 40)) if sentiment < 0 else 0
    out = [{"factor": "negative sentiment" if sentiment < 0 else "positive sentiment",
            "points": neg if sentiment < 0 else 0, "evidence": f"sentiment {sentiment:+.2f}"}]
    rest = severity - neg
    if rest > 0:
        out.append({"factor": "complaint cue", "points": min(rest, 30), "evidence": text[:40]})
        rest -= min(rest, 30)
    if rest > 0:
        out.append({"factor": "author reach", "points": rest, "evidence": f"{author}: 12,400 followers"})
    elif rest < 0:
        out.append({"factor": "praise", "points": rest, "evidence": "positive wording"})
    return out


def realistic(db, n: int = 300, seed: int = 7, now: datetime | None = None) -> list[int]:
    """`n` mentions over the last three days, newest first in time, with analysis and some triage."""
    rnd = random.Random(seed)
    now = now or datetime.now(UTC).replace(microsecond=0)
    sources = add_sources(db)
    ids = []
    with write(db):
        for i in range(n):
            lang, title, text, category, sentiment, level = TEXTS[i % len(TEXTS)]
            sentiment = max(-1.0, min(1.0, sentiment + rnd.uniform(-0.08, 0.08)))
            lo, hi = SEVERITY[level]
            severity = rnd.randint(lo, hi)
            author = rnd.choice(AUTHORS[lang])
            t = to_iso(now - timedelta(minutes=i * 13 + rnd.randint(0, 9)))
            terms = ["Acme"] + (["kettle"] if "kettle" in text.lower() or "水壺" in text or "чайник" in text.lower()
                                else [])
            status = rnd.choice(STATUSES) if i > 6 else "new"
            src = sources[{"en": rnd.choice([0, 1, 2, 3]), "zh_TW": 4, "zh_CN": 5, "uk": 6}[lang]]
            ids.append(db.execute(
                "INSERT INTO mentions (source_id, dedupe_key, guid, url, title, text, author, author_followers, "
                "published, first_seen, sort_time, lang, sentiment, sentiment_method, category, severity, level, "
                "positive, negative, reasons, matched_terms, status, assignee, tags) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [src, f"sample-{seed}-{i}", f"g{i}", f"https://example.com/post/{i}", title, text, author,
                 rnd.choice([None, 120, 1500, 12400, 250000]), t, t, t, lang, round(sentiment, 3), "vader",
                 category, severity, level, int(sentiment >= 0.3), int(sentiment <= -0.3),
                 json.dumps(_reasons(level, sentiment, severity, author, text), ensure_ascii=False),
                 json.dumps(terms), status, rnd.choice(TEAM) if status != "new" else None,
                 json.dumps(["refund"] if category == "billing_refund" else [])]).lastrowid)
    return ids


COLUMNS = ("source_id", "dedupe_key", "title", "text", "author", "published", "first_seen", "sort_time", "lang",
           "sentiment", "category", "severity", "level", "reasons", "matched_terms")
INSERT = f"INSERT INTO mentions ({', '.join(COLUMNS)}) VALUES ({','.join('?' * len(COLUMNS))})"


def _pool(sources: list[int], seed: int) -> list[tuple]:
    """64 analysed mentions to draw from: (title, text, author, lang, sentiment, category, severity, level,
    reasons, source id)."""
    rnd = random.Random(seed)
    pool = []
    for k in range(64):
        lang, title, text, category, sentiment, level = TEXTS[k % len(TEXTS)]
        lo, hi = SEVERITY[level]
        sev = rnd.randint(lo, hi)
        author = AUTHORS[lang][k % len(AUTHORS[lang])]
        src = sources[{"en": k % 4, "zh_TW": 4, "zh_CN": 5, "uk": 6}[lang]]
        pool.append((title, f"{text} #{k}", author, lang, sentiment, category, sev, level,
                     json.dumps(_reasons(level, sentiment, sev, author, text), ensure_ascii=False), src))
    return pool


def _row(p: tuple, key: str, t: str) -> tuple:
    title, text, author, lang, sentiment, category, sev, level, reasons, src = p
    return (src, key, title, text, author, t, t, t, lang, sentiment, category, sev, level, reasons, '["Acme"]')


def bulk_rows(db, n: int, *, start: datetime | None = None, seed: int = 1):
    """The values (in COLUMNS' order) of `n` mentions one second apart up to `start` (default now),
    the sources added first: the million-mention corpus of the benchmarks, on either engine."""
    pool = _pool(add_sources(db), seed)
    start = start or datetime.now(UTC).replace(microsecond=0)
    base = int(start.timestamp()) - n
    return (_row(pool[(i * 7919) % 64], f"b{seed}-{i}", to_iso(datetime.fromtimestamp(base + i, UTC)))
            for i in range(n))


def bulk(db, n: int, *, start: datetime | None = None, seed: int = 1) -> None:
    """`n` mentions (bulk_rows) in a SQLite workspace. Fast: the full-text indexes are built once
    at the end rather than row by row (their triggers are set aside meanwhile and put back
    exactly as they were), about four times less work for a million rows."""
    rows = bulk_rows(db, n, start=start, seed=seed)
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'mentions' "
                          "AND (sql LIKE '%mentions_fts%' OR sql LIKE '%mentions_cjk%')").fetchall()
    first = (db.execute("SELECT max(id) FROM mentions").fetchone()[0] or 0) + 1
    with db.atomic():
        for name, _sql in triggers:
            db.execute(f"DROP TRIGGER {name}")
        db.conn.executemany(INSERT, rows)
        db.execute("INSERT INTO mentions_fts (rowid, title, text, author) "
                   "SELECT id, title, text, author FROM mentions WHERE id >= ?", [first])
        db.execute("INSERT INTO mentions_cjk (rowid, title, text, author) "
                   f"SELECT id, title, text, author FROM mentions m WHERE id >= ? AND {has_cjk_sql('m')}", [first])
        for _name, sql in triggers:
            db.execute(sql)


def bulk_copy(db, n: int, *, seed: int = 1) -> None:
    """`n` mentions (bulk_rows) in a shared workspace (PostgreSQL), by COPY in one transaction. The
    mentions' own indexes are set aside and built again at the end, exactly as they were, and the
    follow trigger rests meanwhile (a million notifications for nobody): minutes less work."""
    rows = bulk_rows(db, n, seed=seed)
    raw = db.conn.raw
    indexes = raw.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'mentions' "
                          "AND indexname NOT IN (SELECT conname FROM pg_constraint)").fetchall()
    with write(db):
        raw.execute("SET LOCAL maintenance_work_mem = '256MB'")
        raw.execute("ALTER TABLE mentions DISABLE TRIGGER mentions_notify_ai")
        for name, _sql in indexes:
            raw.execute(f"DROP INDEX {name}")
        with raw.cursor().copy(f"COPY mentions ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        for _name, sql in indexes:
            raw.execute(sql)
        raw.execute("ALTER TABLE mentions ENABLE TRIGGER mentions_notify_ai")
    raw.execute("VACUUM ANALYZE mentions")


def live_rows(conn, seed: int = 3):
    """Endless makers of new mentions (call one with the time it is stored at), for a writer
    process standing in for the poller."""
    sources = [r[0] for r in conn.execute("SELECT id FROM sources ORDER BY id")]
    pool = _pool(sources, seed)
    i = 0
    while True:
        p, key = pool[i % 64], f"live-{seed}-{i}-{random.random()}"
        yield lambda now, p=p, key=key: _row(p, key, to_iso(now))
        i += 1
