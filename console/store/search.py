"""A search as a person types it (the wall's search box, `mentions --search`), turned into a
safe full-text query, and the cheaper of two ways to run it.

Words must all appear; "quoted phrases" match as phrases; a word ending in * matches as a
prefix (asked for, not implied: a prefix of a common word is the one query that cannot be
probed row by row cheaply). Nothing typed reaches FTS5 syntax unquoted, so an operator
character in a mention (a quote, a bracket, NEAR, AND) cannot break the query. Text that holds
no word to look for, or is not text at all, is refused with a UsageError (see `required`).

Chinese has no spaces, so the `unicode61` index of m001 sees a whole clause as one token and
cannot find a word inside it ("Acme的快递" is one token). Words holding CJK characters go to the
`mentions_cjk` trigram index instead (migration m040_wall_cjk_search), which holds every mention
with CJK text; words of one or two CJK characters, too short for trigrams, are matched with
LIKE. Latin words are looked up in both indexes, so "Acme" is found glued to Chinese too."""

import re
from dataclasses import dataclass

from console.errors import UsageError
from console.store.vocabulary import CJK_RANGES

_HAS_CJK = re.compile(f"[{CJK_RANGES}]")
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
# What probing one row costs against collecting one match, per index (CPU, 1M mentions of
# ~400 bytes: unicode61 ~14 µs against ~2.3 µs; trigram ~80 µs against ~1.3 µs). Decides
# between the two query shapes below.
FTS_PROBE_COST = 6
CJK_LANGS = ("zh", "zh_TW", "zh_CN", "ja", "ko")     # as console.ingest.language names them
CJK_PROBE_COST = 60


def has_cjk(text: str) -> bool:
    return bool(_HAS_CJK.search(text))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class ParsedSearch:
    fts: str = ""                  # the Latin words, for mentions_fts
    prefix: bool = False           # one of them is a prefix (word*)
    fts_in_cjk: str = ""           # the same words, for mentions_cjk ("" when one is under three characters)
    cjk: str = ""                  # the CJK words, for mentions_cjk
    short: tuple = ()              # CJK words under three characters, matched with LIKE
    terms: tuple = ()              # every word as (text, phrase, prefix, cjk): PostgreSQL's search

    def __bool__(self) -> bool:
        return bool(self.fts or self.cjk or self.short)


def parse(text: str) -> ParsedSearch:
    """The words of `text`; an empty ParsedSearch when it holds none (the wall then shows
    everything). Raises UsageError for text SQLite cannot store (a lone surrogate, from
    bytes that were not UTF-8)."""
    try:
        (text or "").encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError("the search is not valid text (it holds bytes that are not UTF-8)") from None
    # FTS5 reads a query up to its first NUL: one inside quotes would leave them unterminated.
    text = (text or "").replace("\0", " ")
    words, latin, cjk, short, terms = [], [], [], [], []
    prefix = False
    found = [(m.group(1) is not None, (m.group(1) if m.group(1) is not None else m.group(2)).strip())
             for m in _TOKEN.finditer(text)]
    found = [(phrase, t) for phrase, t in found if t.strip('"')]
    for phrase, token in found:
        token = token if phrase else token.strip('"')
        if has_cjk(token):
            (cjk if len(token) >= 3 else short).append(token)
            terms.append((token, phrase, False, True))
        else:
            star = not phrase and len(token) > 1 and token.endswith("*")
            token = token.rstrip("*") if star else token
            if not token:
                continue
            words.append(_quote(token) + ("*" if star else ""))
            prefix = prefix or star
            latin.append(token)
            terms.append((token, phrase, star, False))
    in_cjk = " AND ".join(_quote(t) for t in latin) if all(len(t) >= 3 for t in latin) else ""
    return ParsedSearch(" AND ".join(words), prefix, in_cjk, " AND ".join(_quote(t) for t in cjk), tuple(short),
                        tuple(terms))


def required(text: str) -> ParsedSearch:
    """A search that must find something to look for (the command line's `--search`): the words
    of `text`, or a UsageError that says why there are none."""
    parsed = parse(text)
    if not parsed:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise UsageError(f"nothing to search for in {shown!r}: give words, a \"quoted phrase\" or a prefix*")
    return parsed


@dataclass(frozen=True)
class SearchPlan:
    """A parsed search and, for each index, whether its matches are dense enough that walking
    the wall's own order and probing the index row by row finds a page sooner than collecting
    every match first."""
    parsed: ParsedSearch
    fts_dense: bool = False
    cjk_dense: bool = False
    glued: str = "sparse"          # the Latin words in the trigram index too: "", "sparse" or "dense"
    after_id: int | None = None    # only mentions stored after this id (collecting reads just their part)
    postgres: bool = False         # a shared workspace's: pg_shape, whatever the shapes above say
    collect: bool = False          # PostgreSQL: its matches collected first (see pg_collects)

    def sql(self) -> tuple[str, list]:
        if self.postgres:
            return pg_shape(self.parsed, self.collect, self.after_id)
        parts, params = [], []
        p = self.parsed
        after = self.after_id

        def match(table, dense, expr):
            params.extend([expr] if dense or after is None else [expr, after])
            return _match(table, dense, after is not None)

        if p.fts:
            latin = match("mentions_fts", self.fts_dense, p.fts)
            if p.fts_in_cjk and self.glued:
                # Probing the trigram index costs more: when probing, probe only rows in a CJK language.
                alt = match("mentions_cjk", self.glued == "dense", p.fts_in_cjk)
                if self.glued == "dense":
                    alt = f"(m.lang IN ({','.join(repr(c) for c in CJK_LANGS)}) AND {alt})"
                latin = f"({latin} OR {alt})"
            parts.append(latin)
        if p.cjk:
            parts.append(match("mentions_cjk", self.cjk_dense, p.cjk))
        for token in self.parsed.short:
            parts.append(r"(m.title LIKE ? ESCAPE '\' OR m.text LIKE ? ESCAPE '\' OR m.author LIKE ? ESCAPE '\')")
            params.extend([_like(token)] * 3)
        return " AND ".join(parts), params


def _match(table: str, dense: bool, after: bool = False) -> str:
    if dense:
        return f"EXISTS (SELECT 1 FROM {table} WHERE {table}.rowid = m.id AND {table} MATCH ?)"
    return f"m.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?{' AND rowid > ?' if after else ''})"


def dense_from(total: int, page: int, probe_cost: int) -> int:
    """How many matches make probing row by row the cheaper shape: collecting costs ~matches,
    probing ~probe_cost × the rows walked to fill a page (page × total / matches)."""
    return int((probe_cost * page * max(total, 1)) ** 0.5) + 1


def is_dense(matches: int, total: int, page: int, probe_cost: int = FTS_PROBE_COST) -> bool:
    return matches >= dense_from(total, page, probe_cost)


# PostgreSQL (team mode): the mention's `search_words` tsvector for words, phrases and prefixes,
# and its pg_trgm index for CJK text (any substring; under three characters the index cannot
# help and the same LIKE reads every row, as on SQLite). A Latin word glued to Chinese is found
# by the trigram index too, as mentions_cjk finds it on SQLite.
PG_TEXT = "(m.title || ' ' || m.text || ' ' || coalesce(m.author, ''))"
# Below this share of the mentions (as the planner estimates the matches), a search's matches are
# collected first. A word the planner has no statistics on is estimated at half the rarest
# frequency it tracks (at most 0.5%), whether it is in 0.4% of the mentions or in none; walking
# the wall's order for a word nobody wrote reads every mention (about 1 s at a million), while
# collecting a 1% word costs ~11 µs a match (~110 ms).
PG_COLLECT_SHARE = 0.01


def pg_sql(parsed: ParsedSearch) -> tuple[str, list]:
    """`parsed` as a PostgreSQL condition on mentions `m` (every word must match) and its values."""
    parts, params = [], []
    for token, phrase, prefix, cjk in parsed.terms:
        if cjk:
            parts.append(f"{PG_TEXT} LIKE ? ESCAPE '\\'")
            params.append(_like(token))
            continue
        if prefix:
            words = "m.search_words @@ to_tsquery('simple', quote_literal(?) || ':*')"
        else:
            words = f"m.search_words @@ {'phraseto_tsquery' if phrase else 'plainto_tsquery'}('simple', ?)"
        params.append(token)
        if len(token) >= 3 and not prefix:
            words = f"({words} OR (m.lang IN ({','.join(repr(c) for c in CJK_LANGS)}) AND {PG_TEXT} ILIKE ? ESCAPE '\\'))"
            params.append(_like(token))
        parts.append(words)
    return " AND ".join(parts), params


def pg_collects(db, parsed: ParsedSearch) -> bool:
    """Which of two shapes finds a page of `parsed` sooner. A frequent word: the condition as it
    is, and the planner walks the order's index testing each mention (a page in milliseconds). A
    rare one (or one nobody wrote): its matches collected by the indexes first, then sorted; the
    planner would walk for an estimate it cannot trust. Decided on that estimate (EXPLAIN reads
    no mention)."""
    sql, params = pg_sql(parsed)
    estimate = db.execute("EXPLAIN (FORMAT JSON) SELECT 1 FROM mentions m WHERE " + sql,
                          params).fetchone()[0][0]["Plan"]["Plan Rows"]
    total = db.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0]
    return estimate < total * PG_COLLECT_SHARE


def pg_shape(parsed: ParsedSearch, collect: bool, after_id: int | None = None) -> tuple[str, list]:
    """`pg_sql` over the mentions stored after `after_id` (all when None), its matches collected
    first when `collect` (only the new ones then)."""
    sql, params = pg_sql(parsed)
    if after_id is not None:
        sql, params = f"m.id > ? AND {sql}", [after_id, *params]
    if collect:
        sql = f"m.id = ANY(ARRAY(SELECT m.id FROM mentions m WHERE {sql}))"
    return sql, params
