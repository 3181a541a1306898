"""Generated feeds for benchmarks and equivalence tests, deterministic from their number.

`bench_feed(n)`: the issue's benchmark shape, RSS or Atom, 50 entries with 200-800-character
bodies carrying some HTML, in English, Traditional and Simplified Chinese, Ukrainian, German
and Spanish.
`variety_feed(n)`: small RSS 2.0 / Atom documents that combine the field forms real feeds use
(CDATA or escaped HTML, entities, permalink guids, missing fields, many date forms, author
forms, relative links, extension elements), for checking the fast path against feedparser."""

import random
from email.utils import formatdate
from html import escape

SENTENCES = {
    "en": ["The new kettle from Acme boils water in under two minutes and looks great on the counter.",
           "Customer support took three days to answer my question about the warranty.",
           "My order arrived with a cracked lid, and the replacement is still not here.",
           "Honestly the best air fryer I have owned, crispy fries with almost no oil.",
           "The app keeps logging me out whenever I try to schedule the kettle.",
           "Shipping was fast but the box was damaged and the manual was missing."],
    "zh_TW": ["這款水壺的設計很漂亮,燒水速度也很快。", "客服三天都沒有回覆我的保固問題,非常失望。",
              "收到的時候蓋子已經裂開了,換貨到現在還沒寄來。", "氣炸鍋很好用,薯條幾乎不用油就很酥脆。",
              "應用程式一直把我登出,根本沒辦法設定預約。"],
    "zh_CN": ["这款水壶的设计很漂亮,烧水速度也很快。", "客服三天都没有回复我的保修问题,非常失望。",
              "收到的时候盖子已经裂开了,换货到现在还没寄来。", "空气炸锅很好用,薯条几乎不用油就很酥脆。",
              "应用程序一直把我登出,根本没办法设置预约。"],
    "uk": ["Новий чайник від Acme закипає менш ніж за дві хвилини і гарно виглядає.",
           "Служба підтримки відповідала на моє питання про гарантію три дні.",
           "Замовлення прийшло з тріснутою кришкою, а заміни досі немає.",
           "Чесно, найкраща аерофритюрниця, яку я мав, хрусткі картопельки майже без олії."],
    "de": ["Der neue Wasserkocher von Acme kocht das Wasser in weniger als zwei Minuten.",
           "Der Kundendienst hat drei Tage gebraucht, um meine Frage zur Garantie zu beantworten.",
           "Meine Bestellung kam mit einem gesprungenen Deckel an und der Ersatz fehlt noch immer."],
    "es": ["La nueva tetera de Acme hierve el agua en menos de dos minutos y queda muy bien.",
           "El servicio de atención tardó tres días en responder a mi pregunta sobre la garantía.",
           "Mi pedido llegó con la tapa rota y el reemplazo todavía no ha llegado."],
}
LANGS = list(SENTENCES)
BOOT = 1_790_000_000   # 2026-09-21: entries are dated before any test's "now"


def _body(rng: random.Random, lang: str) -> tuple[str, str]:
    """(HTML body of 200-800 characters, its plain sentences)."""
    target = rng.randint(200, 800)
    parts, plain = [], []
    while sum(len(p) for p in parts) < target:
        s = rng.choice(SENTENCES[lang])
        plain.append(s)
        style = rng.random()
        if style < 0.15:
            parts.append(f'<p>{escape(s)} <a href="https://example.test/p/{rng.randint(1, 999)}">more</a></p>')
        elif style < 0.25:
            parts.append(f'<p><b>{escape(s)}</b><img src="https://tracker.example.test/pixel.gif"></p>')
        elif style < 0.35:
            parts.append(f"<p>{escape(s)} &amp; &quot;so on&quot;</p>")
        else:
            parts.append(f"<p>{escape(s)}</p>")
    return "".join(parts), " ".join(plain)


def bench_feed(n: int, entries: int = 50) -> tuple[bytes, str]:
    """(document, content type) of benchmark feed `n`: even numbers RSS 2.0, odd numbers Atom."""
    rng = random.Random(n)
    items = []
    for i in range(entries):
        lang = LANGS[(n + i) % len(LANGS)]
        body, _ = _body(rng, lang)
        title = escape(rng.choice(SENTENCES[lang])[:60])
        ts = BOOT + n * 600 + i * 60
        link = f"https://news.example.test/{n}/{i}"
        if n % 2 == 0:
            items.append(f"<item><title>{title}</title><link>{link}</link><guid>urn:bench:{n}:{i}</guid>"
                         f"<pubDate>{formatdate(ts, usegmt=True)}</pubDate><author>u{i}@example.test (User {i})</author>"
                         f"<description><![CDATA[{body}]]></description></item>")
        else:
            items.append(f'<entry><title>{title}</title><link href="{link}"/><id>urn:bench:{n}:{i}</id>'
                         f"<updated>{_iso(ts)}</updated><author><name>User {i}</name></author>"
                         f'<content type="html">{escape(body)}</content></entry>')
    if n % 2 == 0:
        doc = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench {n}</title>'
               f"<link>https://news.example.test/</link><description>d</description>{''.join(items)}</channel></rss>")
        return doc.encode(), "application/rss+xml; charset=utf-8"
    doc = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bench {n}</title>'
           f"<id>urn:bench:{n}</id><updated>{_iso(BOOT)}</updated>{''.join(items)}</feed>")
    return doc.encode(), "application/atom+xml; charset=utf-8"


def _iso(ts: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---- variety for the fast path / feedparser equivalence check ----

RSS_DATES = ["Mon, 21 Sep 2026 10:00:00 GMT", "Mon, 21 Sep 2026 10:00:00 +0200", "21 Sep 2026 10:00 -0500",
             "Mon, 21 Sep 2026 10:00:00 EST", "Mon, 21 Sep 26 10:00:00 GMT", "2026-09-21T10:00:00Z",
             "Tue, 31 Feb 2026 10:00:00 GMT", "sometime last week", ""]
ATOM_DATES = ["2026-09-21T10:00:00Z", "2026-09-21T10:00:00.123+05:30", "2026-09-21T10:00:00-08:00", "2026-09-21",
              "2026-09-21T10:00:00", "not a date", ""]
TITLES = ["Plain title", "Fish &amp; chips", "&lt;b&gt;Bold&lt;/b&gt; news", "Use &lt;iostream&gt; in C++",
          "AT&amp;T &amp; friends", "Zeichen: äöü ß", "水壺過熱 燙傷", "Чайник перегрівається", "  spaced   title  ",
          "&amp;lt;escaped twice&amp;gt;", "Caf&#233; &#x263A;", ""]
AUTHORS_RSS = ["jo@example.test (Jo Bloggs)", "Jo Bloggs <jo@example.test>", "jo@example.test", "Jo Bloggs",
               "(Jo)", ""]


def _text(rng: random.Random) -> str:
    lang = rng.choice(LANGS)
    body, plain = _body(rng, lang)
    return rng.choice([body, plain, body.replace("<p>", "<div>").replace("</p>", "</div><br/>"),
                       "<script>alert(1)</script>" + body + "<style>p{}</style>", ""])


def _rss_item(rng: random.Random, n: int, i: int) -> str:
    parts = []
    title = rng.choice(TITLES)
    if rng.random() < 0.9:
        parts.append(f"<title>{title}</title>")
    link = rng.choice([f"https://example.test/{n}/{i}", f"/rel/{n}/{i}", f"https://example.test/{n}/{i}?a=1&amp;b=2",
                       "javascript:alert(1)", None])
    guid = rng.choice([f"urn:v:{n}:{i}", f"https://example.test/g/{n}/{i}", None])
    order = rng.random() < 0.5
    if link is not None and order:
        parts.append(f"<link>{link}</link>")
    if guid is not None:
        perma = rng.choice(["", ' isPermaLink="false"', ' isPermaLink="true"'])
        parts.append(f"<guid{perma}>{guid}</guid>")
    if link is not None and not order:
        parts.append(f"<link>{link}</link>")
    date = rng.choice(RSS_DATES)
    if date:
        parts.append(rng.choice([f"<pubDate>{date}</pubDate>", f"<dc:date>{date}</dc:date>"]))
    author = rng.choice(AUTHORS_RSS)
    if author:
        parts.append(rng.choice([f"<author>{escape(author)}</author>", f"<dc:creator>{escape(author)}</dc:creator>"]))
    text = _text(rng)
    form = rng.random()
    if form < 0.4:
        parts.append(f"<description><![CDATA[{text}]]></description>")
    elif form < 0.7:
        parts.append(f"<description>{escape(text)}</description>")
    elif form < 0.85:
        parts.append(f"<description>{escape(text[:80])}</description><content:encoded><![CDATA[{text}]]></content:encoded>")
    if rng.random() < 0.3:
        parts.append('<category>News</category><comments>https://example.test/c</comments>'
                     '<enclosure url="https://example.test/a.mp3" length="1" type="audio/mpeg"/>'
                     '<media:thumbnail url="https://example.test/t.jpg"/><slash:comments>3</slash:comments>')
    if rng.random() < 0.2:
        rng.shuffle(parts)
    return "<item>" + "".join(parts) + "</item>"


def _atom_entry(rng: random.Random, n: int, i: int) -> str:
    parts = []
    kind = rng.choice(["", ' type="text"', ' type="html"'])
    title = rng.choice(TITLES)
    parts.append(f"<title{kind}>{title}</title>")
    for _ in range(rng.choice([0, 1, 1, 2])):
        rel = rng.choice(["", ' rel="alternate"', ' rel="self"', ' rel="enclosure"', ' rel="alternate" type="text/html"'])
        parts.append(f'<link{rel} href="https://example.test/{n}/{i}/{rng.randint(1, 9)}"/>')
    if rng.random() < 0.9:
        parts.append(f"<id>{rng.choice([f'urn:v:{n}:{i}', f'https://example.test/id/{n}/{i}'])}</id>")
    for element in rng.sample(["published", "updated"], rng.choice([0, 1, 2])):
        parts.append(f"<{element}>{rng.choice(ATOM_DATES)}</{element}>")
    who = rng.choice(["<name>Jo Bloggs</name>", "<name>Jo</name><email>jo@example.test</email>",
                      "<email>jo@example.test</email>", "<name>Jo</name><uri>https://jo.example.test/</uri>", None])
    if who:
        parts.append(f"<author>{who}</author>")
    text = _text(rng)
    kind = rng.choice(["", ' type="text"', ' type="html"'])
    form = rng.random()
    if form < 0.5:
        parts.append(f"<content{kind}>{escape(text)}</content>")
    elif form < 0.8:
        parts.append(f"<summary{kind}>{escape(text)}</summary>")
    elif form < 0.9:
        parts.append(f'<summary>{escape(text[:60])}</summary><content type="html">{escape(text)}</content>')
    if rng.random() < 0.2:
        parts.append('<category term="news"/><rights>CC</rights><!-- a comment -->')
    if rng.random() < 0.15:
        parts.append(f"<im:rating>{rng.choice(['1', '5', '3', '5/5', '-3', '7', 'NaN'])}</im:rating>")
    return "<entry>" + "".join(parts) + "</entry>"


def variety_feed(n: int, entries: int = 12) -> bytes:
    rng = random.Random(1000 + n)
    if n % 2 == 0:
        items = "".join(_rss_item(rng, n, i) for i in range(entries))
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                'xmlns:media="http://search.yahoo.com/mrss/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">'
                f"<channel><title>Variety {n}</title><link>https://example.test/</link>{items}</channel></rss>").encode()
    items = "".join(_atom_entry(rng, n, i) for i in range(entries))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
            f'xmlns:im="http://itunes.apple.com/rss"><title>Variety {n}</title><id>urn:v:{n}</id>{items}</feed>').encode()
