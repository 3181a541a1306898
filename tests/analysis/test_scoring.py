"""Sentiment per language, categories, and severity that adds up to its reasons."""

import json

import pytest

from console.analysis import watchterms
from console.analysis.lexicons import CATEGORY_IDS, scanner, weights
from console.analysis.sentiment import family


def scored(feed, text, lang="en", **kw) -> dict:
    feed.post([feed.entry(text, lang=lang, **kw)])
    m = feed.mentions()[-1]
    m["reasons"] = json.loads(m["reasons"])
    return m


@pytest.mark.parametrize("text,lang,sign", [
    ("my flight was cancelled and nobody called back", "en", -1),   # polite words, a complaint
    ("Acme kettle exploded and burned my hand", "en", -1),           # VADER alone calls this positive
    ("Thanks for the quick refund, great service!", "en", +1),        # a cue does not sink clear praise
    ("no problems at all, never late", "en", +1),                    # negated cues are no complaint
    ("水壺用了兩天就壞了", "zh_TW", -1),
    ("不好吃，也不新鲜", "zh_CN", -1),                                  # negated praise is negative
    ("没有问题，很满意", "zh_CN", +1),                                  # negated problem is not
    ("东西不错，推荐", "zh_CN", +1),                                    # 不错 is one positive word
    ("快递三天都没到", "zh_CN", -1),
    ("Дуже задоволений покупкою", "uk", +1),
    ("Не рекомендую, жахлива якість", "uk", -1),
    ("Без проблем, все чудово", "uk", +1),
    ("Посилка досі не прийшла", "uk", -1),
])
def test_sentiment_sign(feed, text, lang, sign):
    m = scored(feed, text, lang)
    assert m["sentiment"] * sign > 0.05, (text, m["sentiment"])
    assert bool(m["negative"]) is (sign < 0)


@pytest.mark.parametrize("lang,method", [("en", "vader+cues"), ("zh_TW", "zh-lexicon+cues"),
                                         ("zh_CN", "zh-lexicon+cues"), ("uk", "uk-lexicon+cues")])
def test_methods_per_language(feed, lang, method):
    assert scored(feed, "Acme", lang)["sentiment_method"] == method


@pytest.mark.parametrize("lang", ["fr", "de", "ru", "ja", "", None])
def test_other_languages_are_unscored_never_zero(feed, lang):
    m = scored(feed, "Acme c'est nul, je suis très déçu", lang)
    assert m["sentiment"] is None and m["sentiment_method"] == "unscored"
    assert not any(r["factor"].endswith("sentiment") for r in m["reasons"])


def test_undeclared_chinese_text_is_scored_as_chinese_but_japanese_is_not(feed):
    assert scored(feed, "质量太差了", None)["sentiment_method"] == "zh-lexicon+cues"
    assert scored(feed, "品質が悪いです", None)["sentiment_method"] == "unscored"


def test_unscored_mentions_still_carry_cues(feed):
    m = scored(feed, "Acme kettle exploded, lawsuit coming", "fr")
    assert m["negative"] and m["category"] in ("legal", "product_defect")
    assert any(r["factor"] == "risk term" for r in m["reasons"])


def test_language_families():
    assert [family(x) for x in ("en", "en_GB", "zh_TW", "zh-Hant", "uk", "ru", None)] == \
        ["en", "en", "zh", "zh", "uk", None, None]


@pytest.mark.parametrize("text,lang,category", [
    ("Is Acme hacked? weird posts on their page", "en", "hacked_account"),
    ("Someone is impersonating Acme support", "en", "hacked_account"),
    ("Charged twice and still no refund", "en", "billing_refund"),
    ("The app is down again, can't log in", "en", "outage"),
    ("I will sue Acme, my lawyer is on it", "en", "legal"),
    ("Boycott Acme after that offensive ad", "en", "backlash"),
    ("The cashier yelled at my mother", "en", "employee_misconduct"),
    ("Is it true Acme uses expired meat? heard a rumour", "en", "rumour"),
    ("Order still hasn't arrived after two weeks", "en", "delivery_delay"),
    ("Support never answered my emails", "en", "service"),
    ("The handle broke on day two", "en", "product_defect"),
    ("Love it, thank you Acme!", "en", "praise"),
    ("Does the kettle come in blue?", "en", "question"),
    ("Acme opens a new store in Kyiv", "en", "other"),
    ("官方帳號被盜了", "zh_TW", "hacked_account"),
    ("外卖超时一个小时", "zh_CN", "delivery_delay"),
    ("已经打12315投诉,准备起诉", "zh_CN", "legal"),
    ("请问周末营业吗", "zh_CN", "question"),
    ("吃完拉肚子,食物中毒了", "zh_CN", "product_defect"),
    ("З картки списали двічі, поверніть кошти", "uk", "billing_refund"),
    ("Сайт не працює, не можу увійти", "uk", "outage"),
    ("Дякую, все чудово", "uk", "praise"),
])
def test_categories(feed, text, lang, category):
    assert scored(feed, text, lang)["category"] == category


def test_category_ids_are_the_agreed_ones():
    assert set(CATEGORY_IDS) == {"product_defect", "service", "delivery_delay", "billing_refund", "rumour",
                                 "employee_misconduct", "hacked_account", "backlash", "outage", "legal", "praise",
                                 "question", "other"}
    used = {e.category for e in list(scanner().phrases.values()) + list(scanner().han.values()) if e.category}
    assert used <= set(CATEGORY_IDS)


def test_severity_is_the_sum_of_its_reasons_and_levels_follow(feed, db):
    watchterms.add(db, "Acme", "brand")
    watchterms.add(db, '"food poisoning" OR exploded', "risk")
    texts = ["Acme kettle exploded, burned my hand, dangerous, recall now, lawsuit, food poisoning, hacked",
             "Loving the new Acme kettle, best purchase ever, thank you!", "Acme", "Acme order late"]
    feed.post([feed.entry(t, author_followers=2_000_000, rating=1) for t in texts])
    levels = weights()["severity"]["levels"]
    for m in feed.mentions():
        reasons = json.loads(m["reasons"])
        assert m["severity"] == max(0, min(100, sum(r["points"] for r in reasons)))
        assert sum(r["points"] for r in reasons) == m["severity"]   # the clamp is itself a reason
        assert all(isinstance(r["points"], int) and r["evidence"] for r in reasons)
        expected = ("critical" if m["severity"] >= levels["critical"] else "high" if m["severity"] >= levels["high"]
                    else "medium" if m["severity"] >= levels["medium"] else "low")
        assert m["level"] == expected
    worst, happy = feed.mentions()[0], feed.mentions()[1]
    assert worst["severity"] == 100 and any(r["factor"] == "clamp" for r in json.loads(worst["reasons"]))
    assert happy["positive"] and happy["level"] == "low"   # reach, followers and 1 star cannot lift praise


def test_factors_rank_as_the_seeds_say(db, make_feed):
    news = make_feed("http://127.0.0.1:9/news.xml", reach="news")
    review = make_feed("http://127.0.0.1:9/reviews.xml", reach="review")
    text = "My Acme order arrived broken"
    news.post([news.entry(text)])
    review.post([review.entry(text), review.entry(text, author_followers=50_000), review.entry(text, rating=1),
                 review.entry(text, rating=5)])
    n, r, big, one, five = [m["severity"] for m in news.mentions()]  # read after the cluster stopped growing
    assert n > r                      # news > review site
    assert big > r                    # an influencer weighs more
    assert one > r > five             # star ratings
    watchterms.add(db, "broken", "risk")
    watchterms.add(db, "order", "brand")
    reasons = json.loads(news.mentions()[0]["reasons"])
    assert [x["evidence"] for x in reasons if x["factor"] == "watch term"] == ["broken (risk)"]  # the heaviest kind


def test_a_growing_cluster_updates_its_members(feed, clock):
    feed.post([feed.entry("Acme kettle exploded in my kitchen #1")])
    first = feed.mentions()[0]
    assert not any(r["factor"] == "velocity" for r in json.loads(first["reasons"]))
    for i in range(8):
        clock.advance(minutes=1)
        feed.post([feed.entry(f"Acme kettle exploded in my kitchen #{i + 2}")])
    first = feed.mentions()[0]
    velocity = [r for r in json.loads(first["reasons"]) if r["factor"] == "velocity"]
    assert velocity == [{"factor": "velocity", "points": 15, "evidence": "8 similar within 30 min"}]
    assert first["severity"] == sum(r["points"] for r in json.loads(first["reasons"]))
    clock.advance(hours=2)  # a lone mention long after: a cluster of one again
    feed.post([feed.entry("Acme kettle exploded in my kitchen #last")])
    late = feed.mentions()[-1]
    assert first["cluster_key"] == late["cluster_key"]
    assert not any(r["factor"] == "velocity" for r in json.loads(late["reasons"]))
    assert feed.mentions()[0]["reasons"] == first["reasons"]  # old members keep what they had


def test_broken_order_ranks_above_praise(feed):
    broken = scored(feed, "Our order from Acme arrived broken and support never answered")
    happy = scored(feed, "Loving the new Acme kettle, great design")
    assert broken["level"] in ("high", "critical") and happy["level"] == "low" and happy["positive"]


@pytest.mark.parametrize("text,lang", [
    ("thanks for replacing my broken charger so fast", "en"),
    ("got my refund within a day, impressed", "en"),
    ("屏幕坏了，客服换了新的，问题已解决，谢谢", "zh_CN"),
    ("Зарядка була зламана, але замінили за день, дякую", "uk"),
])
def test_a_reported_fix_is_not_a_complaint(feed, text, lang):
    m = scored(feed, text, lang)
    assert not m["negative"] and m["category"] == "praise", m
    assert not any(r["factor"] == "complaint" for r in m["reasons"])


def test_a_fix_still_to_come_is_a_complaint(feed):
    m = scored(feed, "still haven't fixed my broken line, fix it please")
    assert m["negative"] and m["category"] != "praise"


@pytest.mark.parametrize("text,category", [
    ("great, another outage. thanks @ConnectTel", "outage"),        # sarcasm: the outage names the problem
    ("yeah right, 'your call is important to us'", "other"),       # sarcasm alone names none
    ("still waiting for my refund, it's been 6 weeks", "billing_refund"),
    ("where is my order?? ordered on the 2nd", "delivery_delay"),  # a question that reports a failure
])
def test_sarcasm_waiting_and_failure_questions_are_complaints(feed, text, category):
    m = scored(feed, text)
    assert m["negative"] and m["category"] == category, m
