"""Source builders: from what a community manager knows (a search, a hashtag, an app id) to a
plain feed URL they can read, copy and check before adding it. Pure functions: no network.

Each builder is described by data (its fields, the reach it suggests), so the window builds its
form from BUILDERS and the tests call the same functions."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from console.errors import UsageError

# Google News wants a language, a country and an edition id; Chinese editions name the script.
_NEWS_EDITIONS = {
    "zh-TW": ("zh-TW", "TW", "TW:zh-Hant"),
    "zh-HK": ("zh-HK", "HK", "HK:zh-Hant"),
    "zh-CN": ("zh-CN", "CN", "CN:zh-Hans"),
    "uk-UA": ("uk", "UA", "UA:uk"),
}
_LOCALE = re.compile(r"^([a-z]{2,3})[-_]([A-Za-z]{2})$")
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$")
_SUBREDDIT = re.compile(r"^[A-Za-z0-9_]{2,21}$")
_MASTODON_USER = re.compile(r"^[A-Za-z0-9_]{1,30}$")
_APP_URL_ID = re.compile(r"/id(\d{5,12})(?:[/?#]|$)")
_APP_URL_COUNTRY = re.compile(r"apps\.apple\.com/([a-z]{2})/")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(?!\d)", re.I)  # "host:8080/feed" has a port, not a scheme
_ALERTS_PATH = re.compile(r"^/alerts/feeds/\d+/\d+$")


def _required(value: str, what: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise UsageError(f"{what} cannot be empty")
    return value


def google_news(query: str, locale: str = "en-US") -> str:
    """Google News search RSS for `query` in one edition, e.g. locale en-US, zh-TW, uk-UA."""
    query = _required(query, "the search")
    m = _LOCALE.match((locale or "").strip())
    if not m:
        raise UsageError(f"not a locale: {locale!r} (use language-COUNTRY, e.g. en-US, zh-TW, uk-UA)")
    lang, country = m.group(1).lower(), m.group(2).upper()
    hl, gl, ceid = _NEWS_EDITIONS.get(f"{lang}-{country}", (f"{lang}-{country}", country, f"{country}:{lang}"))
    return "https://news.google.com/rss/search?" + urlencode({"q": query, "hl": hl, "gl": gl, "ceid": ceid})


def reddit_search(query: str, subreddit: str = "") -> str:
    """Reddit search RSS, newest first; within one subreddit when given (with or without r/)."""
    query = _required(query, "the search")
    sub = (subreddit or "").strip().removeprefix("/").removeprefix("r/").strip("/")
    if not sub:
        return "https://www.reddit.com/search.rss?" + urlencode({"q": query, "sort": "new"})
    if not _SUBREDDIT.match(sub):
        raise UsageError(f"not a subreddit name: {subreddit!r}")
    return f"https://www.reddit.com/r/{sub}/search.rss?" + urlencode({"q": query, "restrict_sr": "on", "sort": "new"})


def _host(value: str, what: str) -> str:
    host = _required(value, what).lower()
    if "://" in host:
        host = urlsplit(host).hostname or ""
    host = host.strip("/")
    if not _HOST.match(host):
        raise UsageError(f"not a server name: {value!r} (e.g. mastodon.social)")
    return host


def mastodon_hashtag(instance: str, hashtag: str) -> str:
    """A Mastodon server's public posts with a hashtag."""
    host = _host(instance, "the Mastodon server")
    tag = _required(hashtag, "the hashtag").lstrip("#")
    if not tag or not all(c.isalnum() or c == "_" for c in tag):
        raise UsageError(f"not a hashtag: {hashtag!r} (letters, digits and _ only)")
    return f"https://{host}/tags/{quote(tag)}.rss"


def mastodon_account(account: str, instance: str = "") -> str:
    """A Mastodon account's public posts: @user@server, or a user name and a server."""
    parts = _required(account, "the account").lstrip("@").split("@")
    if len(parts) == 2:
        user, host = parts[0], _host(parts[1], "the Mastodon server")
    elif len(parts) == 1:
        user, host = parts[0], _host(instance, "the Mastodon server")
    else:
        raise UsageError(f"not a Mastodon account: {account!r} (e.g. @acme@mastodon.social)")
    if not _MASTODON_USER.match(user):
        raise UsageError(f"not a Mastodon user name: {user!r}")
    return f"https://{host}/@{user}.rss"


def appstore_reviews(app: str, country: str = "us") -> str:
    """Apple App Store customer reviews (JSON), newest first, by app id or the app's store link."""
    app = _required(app, "the app id")
    country = (country or "").strip().lower()
    if not app.isdigit():
        m = _APP_URL_ID.search(app)
        if not m:
            raise UsageError(f"not an App Store app id or link: {app!r} (e.g. 284882215)")
        from_link = _APP_URL_COUNTRY.search(app)
        country = country or (from_link.group(1) if from_link else "")
        app = m.group(1)
    country = country or "us"
    if not re.fullmatch(r"[a-z]{2}", country):
        raise UsageError(f"not a two-letter country code: {country!r} (e.g. us, tw, ua)")
    return f"https://itunes.apple.com/{country}/rss/customerreviews/page=1/id={app}/sortby=mostrecent/json"


def google_alerts(url: str) -> str:
    """A Google Alerts feed, as pasted from the alert's RSS icon."""
    parts = urlsplit(_required(url, "the Google Alerts feed address"))
    if parts.scheme not in ("http", "https") or parts.hostname not in ("www.google.com", "google.com") \
            or not _ALERTS_PATH.match(parts.path):
        raise UsageError("not a Google Alerts feed address (it looks like https://www.google.com/alerts/feeds/…/…)")
    return urlunsplit(("https", "www.google.com", parts.path, "", ""))


def any_feed(url: str) -> str:
    """Any RSS, Atom or JSON Feed address (http or https), or a local feed file (file:// or a
    path; adding the source checks that the file exists)."""
    url = _required(url, "the feed address")
    if url.startswith(("/", "~", "file:")) or re.match(r"^[A-Za-z]:\\", url):
        return url
    parts = urlsplit(url if _SCHEME.match(url) else "https://" + url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UsageError(f"only http(s) addresses and local files can be feeds, not {parts.scheme}:")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise UsageError(f"not a feed address: {url!r}") from None
    if not parts.hostname:
        raise UsageError(f"not a feed address: {url!r}")
    return urlunsplit(parts)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    placeholder: str = ""
    default: str = ""


@dataclass(frozen=True)
class Builder:
    key: str
    label: str
    build: Callable[..., str]
    fields: tuple[Field, ...]
    reach: str          # the reach a source of this kind suggests (sources.reach)
    hint: str = ""

    def url(self, values: dict[str, str]) -> str:
        return self.build(**{f.key: values.get(f.key, f.default) for f in self.fields})


BUILDERS = (
    Builder("google_news", "Google News search", google_news,
            (Field("query", "Search", '"Acme" kettle'), Field("locale", "Edition", "en-US", "en-US")), "news",
            "Headlines from Google News that match the search, in one edition."),
    Builder("reddit", "Reddit search", reddit_search,
            (Field("query", "Search", "Acme kettle"), Field("subreddit", "Subreddit (optional)", "r/kettles")),
            "forum", "New Reddit posts that match the search."),
    Builder("mastodon_tag", "Mastodon hashtag", mastodon_hashtag,
            (Field("instance", "Server", "mastodon.social"), Field("hashtag", "Hashtag", "#acme")), "social",
            "Public posts with the hashtag, as one Mastodon server sees them."),
    Builder("mastodon_account", "Mastodon account", mastodon_account,
            (Field("account", "Account", "@acme@mastodon.social"), Field("instance", "Server (if not in the account)")),
            "social", "Public posts of one account."),
    Builder("appstore", "App Store reviews", appstore_reviews,
            (Field("app", "App id or store link", "284882215"), Field("country", "Country", "us", "us")), "review",
            "Newest customer reviews of an iPhone or iPad app in one country's store."),
    Builder("google_alerts", "Google Alerts (paste)", google_alerts,
            (Field("url", "Alert's feed address", "https://www.google.com/alerts/feeds/…/…"),), "news",
            "Create the alert with 'Deliver to: RSS feed', then paste the feed's address."),
    Builder("any", "Any feed address", any_feed,
            (Field("url", "Address", "https://example.com/feed.xml"),), "social",
            "Any RSS, Atom or JSON Feed."),
)
BY_KEY = {b.key: b for b in BUILDERS}
