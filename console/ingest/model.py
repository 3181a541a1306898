"""What parsing hands to storage: plain, normalised, picklable values (parsing runs in worker
processes and its results cross a process boundary)."""

from dataclasses import dataclass, field


@dataclass
class Entry:
    dedupe_key: str            # "g:<guid>", else "ld:<link>|<date>", else "l:<link>", else "h:<content hash>"
    title: str                 # plain text, capped
    text: str                  # plain text, capped
    guid: str | None = None
    url: str | None = None     # the entry's link (any scheme; only http/https are ever opened)
    author: str | None = None
    author_followers: int | None = None
    published: str | None = None   # UTC ISO 8601, None when missing or impossible
    lang: str | None = None        # en, zh_TW, zh_CN, uk, or another ISO code
    rating: int | None = None      # 1-5 for review feeds
    links: list[str] = field(default_factory=list)
    content_hash: str = ""
    title_len: int | None = None   # original length when the title was capped
    text_len: int | None = None    # original length when the text was capped
    scores: dict | None = None     # analysis columns, when a parser process scored the entry (analysis/pipeline.py)


@dataclass
class ParsedFeed:
    kind: str                      # rss, atom, rdf, jsonfeed, appstore-json, appstore-atom
    title: str = ""
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)   # e.g. "malformed: recovered 3 items"
    scored_with: object = None     # the analysis.pipeline.ScoringContext its entries' scores were made with, if any


class FeedError(Exception):
    """A feed that could not be used. `category` is a short machine word (not_a_feed, malformed,
    too_large, timeout, http, refused_address, network, tls, ...); the message is one readable line."""

    def __init__(self, category: str, message: str):
        super().__init__(message)
        self.category = category
        self.message = message
