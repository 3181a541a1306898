"""Source builders: the exact feed URL each produces, and a clear refusal of bad input. No network."""

from urllib.parse import parse_qs, urlsplit

import pytest

from console.errors import UsageError
from console.ingest import builders as b


def query_of(url):
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.mark.parametrize("locale, hl, gl, ceid", [
    ("en-US", "en-US", "US", "US:en"),
    ("en_gb", "en-GB", "GB", "GB:en"),
    ("zh-TW", "zh-TW", "TW", "TW:zh-Hant"),
    ("zh-CN", "zh-CN", "CN", "CN:zh-Hans"),
    ("uk-UA", "uk", "UA", "UA:uk"),
])
def test_google_news_editions(locale, hl, gl, ceid):
    url = b.google_news('"Acme"  kettle & more', locale)
    assert url.startswith("https://news.google.com/rss/search?")
    assert query_of(url) == {"q": '"Acme" kettle & more', "hl": hl, "gl": gl, "ceid": ceid}


def test_google_news_encodes_non_latin_queries():
    url = b.google_news("愛克美 水壺", "zh-TW")
    assert "q=%E6%84%9B%E5%85%8B%E7%BE%8E+%E6%B0%B4%E5%A3%BA" in url


def test_reddit_search_site_wide_and_in_a_subreddit():
    assert b.reddit_search("acme kettle") == "https://www.reddit.com/search.rss?q=acme+kettle&sort=new"
    assert b.reddit_search("acme", "r/Kettles/") == \
        "https://www.reddit.com/r/Kettles/search.rss?q=acme&restrict_sr=on&sort=new"


def test_mastodon_hashtag_and_account():
    assert b.mastodon_hashtag("https://Mastodon.Social/", "#AcmeFail") == "https://mastodon.social/tags/AcmeFail.rss"
    assert b.mastodon_hashtag("mastodon.social", "чайник") == \
        "https://mastodon.social/tags/%D1%87%D0%B0%D0%B9%D0%BD%D0%B8%D0%BA.rss"
    assert b.mastodon_account("@acme@mastodon.social") == "https://mastodon.social/@acme.rss"
    assert b.mastodon_account("acme", "fosstodon.org") == "https://fosstodon.org/@acme.rss"


def test_appstore_by_id_or_by_store_link():
    assert b.appstore_reviews("284882215", "TW") == \
        "https://itunes.apple.com/tw/rss/customerreviews/page=1/id=284882215/sortby=mostrecent/json"
    assert b.appstore_reviews("https://apps.apple.com/ua/app/some-app/id1234567890?l=uk", "") == \
        "https://itunes.apple.com/ua/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json"


def test_google_alerts_is_normalised():
    assert b.google_alerts(" http://google.com/alerts/feeds/0123/4567?x=1 ") == \
        "https://www.google.com/alerts/feeds/0123/4567"


def test_any_feed_passes_local_files_on_to_the_source_checks():
    assert b.any_feed("/srv/feeds/demo.xml") == "/srv/feeds/demo.xml"
    assert b.any_feed("file:///srv/feeds/demo.xml") == "file:///srv/feeds/demo.xml"


def test_any_feed_adds_https_when_no_scheme():
    assert b.any_feed("example.com/feed.xml") == "https://example.com/feed.xml"
    assert b.any_feed("http://127.0.0.1:8080/rss") == "http://127.0.0.1:8080/rss"


@pytest.mark.parametrize("call, said", [
    (lambda: b.google_news("  ", "en-US"), "the search cannot be empty"),
    (lambda: b.google_news("acme", "english"), "not a locale"),
    (lambda: b.reddit_search("acme", "no spaces allowed"), "not a subreddit name"),
    (lambda: b.mastodon_hashtag("not a host", "acme"), "not a server name"),
    (lambda: b.mastodon_hashtag("mastodon.social", "acme/../x"), "not a hashtag"),
    (lambda: b.mastodon_account("acme"), "the Mastodon server cannot be empty"),
    (lambda: b.mastodon_account("a@b@c"), "not a Mastodon account"),
    (lambda: b.appstore_reviews("my app"), "not an App Store app id or link"),
    (lambda: b.appstore_reviews("284882215", "usa"), "two-letter country code"),
    (lambda: b.google_alerts("https://evil.example/alerts/feeds/1/2"), "not a Google Alerts feed address"),
    (lambda: b.any_feed("javascript:alert(1)"), "only http"),
    (lambda: b.any_feed("data:text/html,<b>x</b>"), "only http"),
])
def test_bad_input_is_refused_with_a_clear_message(call, said):
    with pytest.raises(UsageError, match=said):
        call()


def test_every_builder_builds_from_its_form_fields():
    samples = {"google_news": {"query": "acme"}, "reddit": {"query": "acme"},
               "mastodon_tag": {"instance": "mastodon.social", "hashtag": "acme"},
               "mastodon_account": {"account": "@acme@mastodon.social"}, "appstore": {"app": "284882215"},
               "google_alerts": {"url": "https://www.google.com/alerts/feeds/1/2"},
               "any": {"url": "https://example.com/feed"}}
    assert set(samples) == set(b.BY_KEY)
    for key, values in samples.items():
        url = b.BY_KEY[key].url(values)
        assert urlsplit(url).scheme == "https" and urlsplit(url).hostname, key


def test_a_host_with_a_port_is_not_mistaken_for_a_scheme():
    assert b.any_feed("localhost:8080/feed") == "https://localhost:8080/feed"
    with pytest.raises(UsageError, match="not a feed address"):
        b.any_feed("https://example.com:port/feed")
