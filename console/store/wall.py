"""The wall's reads: pages, live refreshes, counts and what the filter menus offer. The window
runs them on its read and count lanes, never on the GUI thread.

Pages are fetched by keyset over the sort key, the time and the id, so page N costs what page 1
costs and nothing is ever read in full. New mentions are found by id above a watermark (ids only
grow: mentions are never deleted), whatever their time, so a late-dated mention is not missed."""

import json
import threading
from dataclasses import dataclass, replace
from datetime import datetime

from console.store import attention, mentions, search
from console.store.db import connect_reader
from console.store.engine import POSTGRES, engine_of
from console.store.transaction import snapshot
from console.store.wall_filter import WallFilter

PAGE = 200
# A search's first page is looked for among its newest matches by id first (see
# WallStore.recent_first_page): this many pages' worth of them.
RECENT_PAGES = 5
HEADLINE_CHARS = 400   # lists never hold a 1 MB title: they show the start and elide it
STATUS_RANK = "CASE m.status WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1 WHEN 'in_progress' THEN 2 " \
              "WHEN 'responded' THEN 3 WHEN 'resolved' THEN 4 WHEN 'ignored' THEN 5 ELSE 6 END"
HEADLINE = f"substr(CASE WHEN m.title <> '' THEN m.title ELSE m.text END, 1, {HEADLINE_CHARS})"

# Sort keys by wall column, NULL-free so that row-value comparisons (the keyset) never meet a NULL.
SORT_KEYS = {
    "time": None,
    "severity": "COALESCE(m.severity, -1)",
    "source": "COALESCE(s.name, s.url)",
    "author": "COALESCE(m.author, '')",
    "headline": HEADLINE,
    "sentiment": "COALESCE(m.sentiment, -9)",
    "category": "COALESCE(m.category, '')",
    "status": STATUS_RANK,
    "assignee": "COALESCE(m.assignee, '')",
    # The orders of console.store.attention: needs attention (the wall's default), by reach (the sources'
    # weights come from the analysis: use_reach_weights).
    "attention": attention.sort_key("attention"),
    "reach": attention.sort_key("reach"),
}


def use_reach_weights(reach_sql: str) -> None:
    """The reach order with the sources' reach weights (console.analysis.severity.reach_weight_sql)."""
    SORT_KEYS["reach"] = attention.sort_key("reach", reach_sql)
FIELDS = ("id", "sort_time", "level", "severity", "source", "author", "headline", "sentiment", "category",
          "status", "assignee", "positive", "negative", "url", "reasons", "matched_terms", "lang", "tags", "author_labels")
SELECT = (f"SELECT m.id, m.sort_time, m.level, m.severity, COALESCE(s.name, s.url), m.author, {HEADLINE}, "
          "m.sentiment, m.category, m.status, m.assignee, m.positive, m.negative, m.url, m.reasons, "
          "m.matched_terms, m.lang, m.tags, (SELECT json_group_array(label) FROM author_labels l "
          "WHERE l.author_id = m.author_id AND m.author_id IS NOT NULL)")
FROM = " FROM mentions m JOIN sources s ON s.id = m.source_id"


@dataclass(frozen=True)
class Sort:
    column: str = "time"
    descending: bool = True

    def key_sql(self) -> str:
        key = SORT_KEYS[self.column]
        return "(m.sort_time, m.id)" if key is None else f"({key}, m.sort_time, m.id)"

    def order_sql(self) -> str:
        d = " DESC" if self.descending else ""
        key = SORT_KEYS[self.column]
        cols = ["m.sort_time", "m.id"] if key is None else [key, "m.sort_time", "m.id"]
        return " ORDER BY " + ", ".join(c + d for c in cols)

    def after_sql(self) -> str:
        """The rows after a key. The leading key is also bounded on its own: SQLite then seeks in an
        index on it (the attention order's) instead of scanning from the top of the wall."""
        op = "<" if self.descending else ">"
        key = SORT_KEYS[self.column]
        lead = f"{key} {op}= ? AND " if key is not None else ""
        return f"{lead}{self.key_sql()} {op} ({','.join('?' * self.key_len)})"

    def after_params(self, after: tuple) -> list:
        return ([after[0]] if SORT_KEYS[self.column] is not None else []) + list(after)

    @property
    def key_len(self) -> int:
        return 2 if SORT_KEYS[self.column] is None else 3


class WallRow:
    """One mention as the wall shows it: the list fields only, the long text cut at the source.

    The fields live in one plain tuple, read through properties named after FIELDS. The cycle
    collector stops tracking a tuple of plain values, so each row costs its full passes (which
    hold the GUI thread: ~30 ms for 20,000 rows kept as twenty slots each) three references."""
    __slots__ = ("values", "key", "cells")

    def __init__(self, values, key):
        self.values = (*values, local_time(values[1]))
        self.key = tuple(key)
        self.cells = None      # the wall's texts for this row, made on first display

    @property
    def reason_list(self) -> list[dict]:
        return _json_list(self.reasons)

    @property
    def term_list(self) -> list[str]:
        return _json_list(self.matched_terms)

    @property
    def author_label_list(self) -> list[str]:
        return _json_list(self.author_labels)


def _field(i: int) -> property:
    return property(lambda row: row.values[i])


for _i, _name in enumerate((*FIELDS, "local_time")):
    setattr(WallRow, _name, _field(_i))


def _probing(plan):
    """The search checked row by row: the shape for a handful of known rows (new ones, shown ones)."""
    if plan is None:
        return None
    return replace(plan, fts_dense=True, cjk_dense=True, glued=plan.glued and "dense")


def _json_list(text):
    try:
        v = json.loads(text) if text else []
    except ValueError:
        return []
    return v if isinstance(v, list) else []


def local_time(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except (AttributeError, ValueError):
        return None


@dataclass
class Page:
    rows: list
    max_id: int
    complete: bool       # no more rows after these


class WallStore:
    """Read-only queries. Each thread that calls in gets its own connection (the window's read
    lane and its count lane), so a slow count never holds up a page. `path`: the workspace's
    database file, or a shared workspace's URL."""

    def __init__(self, path, page: int = PAGE):
        self.path = path
        self.page_size = page
        self._plans: dict = {}
        self._local = threading.local()
        self._conns: list = []
        self._lock = threading.Lock()

    @property
    def conn(self):
        """This thread's connection (a sqlite3 one, or console.store.pg's), opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect_reader(self.path)
            with self._lock:
                self._conns.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection (call once the lanes are shut down)."""
        with self._lock:
            for conn in self._conns:
                conn.close()
            self._conns.clear()

    def _select(self, sort: Sort) -> str:
        key = SORT_KEYS[sort.column]
        return SELECT + (f", {key}" if key is not None else "") + FROM

    def _rows(self, sql: str, params: list, sort: Sort) -> list[WallRow]:
        out = []
        extra = SORT_KEYS[sort.column] is not None
        for r in self.conn.execute(sql, params):
            values = r[:len(FIELDS)]
            key = (r[len(FIELDS)], r[1], r[0]) if extra else (r[1], r[0])
            out.append(WallRow(values, key))
        return out

    def plan(self, flt: WallFilter) -> search.SearchPlan | None:
        """The search's query shape for each index, from how many mentions it matches (counted
        only up to where the answer is clear, so a word in every mention costs no more than a rare one)."""
        parsed = search.parse(flt.search)
        if not parsed:
            return None
        cached = self._plans.get(parsed)
        if cached:
            return cached
        if engine_of(self.conn) == POSTGRES:   # the planner chooses between its indexes, unless the word is rare
            plan = self._plans[parsed] = search.SearchPlan(parsed, postgres=True,
                                                           collect=search.pg_collects(self.conn, parsed))
            return plan
        total = self.max_id() or 1

        def matches(table, expr, enough):
            sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT {enough})"
            return self.conn.execute(sql, [expr]).fetchone()[0] if expr else 0

        fts_from = search.dense_from(total, self.page_size, search.FTS_PROBE_COST)
        cjk_from = search.dense_from(total, self.page_size, search.CJK_PROBE_COST)
        glued = matches("mentions_cjk", parsed.fts_in_cjk, fts_from)
        latin = matches("mentions_fts", parsed.fts, fts_from) + glued
        plan = search.SearchPlan(
            parsed,
            fts_dense=not parsed.prefix and latin >= fts_from,
            cjk_dense=matches("mentions_cjk", parsed.cjk, cjk_from) >= cjk_from,
            glued="" if not glued else "dense" if glued >= fts_from else "sparse")
        self._plans[parsed] = plan
        return plan

    def max_id(self) -> int:
        return self.conn.execute("SELECT max(id) FROM mentions").fetchone()[0] or 0

    def page(self, flt: WallFilter, sort: Sort, after: tuple | None = None) -> Page:
        """One page in the wall's order, after the row whose key is `after` (None: the first)."""
        if after is None and sort == Sort() and flt.search:
            found = self.recent_first_page(flt)
            if found is not None:
                return found
        where, params = flt.where(self.plan(flt))
        if after is not None:
            where += " AND " + sort.after_sql()
            params = params + sort.after_params(after)
        sql = self._select(sort) + " WHERE " + where + sort.order_sql() + f" LIMIT {self.page_size}"
        with snapshot(self.conn):
            rows = self._rows(sql, params, sort)
            top = self.max_id()
        return Page(rows, top, len(rows) < self.page_size)

    def recent_first_page(self, flt: WallFilter) -> Page | None:
        """The first page of a search in the newest-first order, found among its newest matches.

        A crisis word can be in one mention in ten of a million: collecting every match, or
        probing the index row by row down the wall, costs a few hundred milliseconds. FTS5 hands
        out matches newest id first for next to nothing, and ids follow time closely (a mention's
        time is never after it was stored). So the page is sought among the newest matches only,
        and kept when it is provably the same: full, and every older mention (any mention, not
        only a match) sorts after its last row. None when that cannot be shown (the caller then
        runs the search over everything)."""
        full = self.plan(flt)
        # The plan's own query shapes, collecting among the newest only. A "dense" glued part (Latin
        # words found inside Chinese text) is probed in CJK-language mentions alone, a different
        # row set from collecting it: that plan keeps its own query. FTS5's order is SQLite's alone.
        if full is None or full.glued == "dense" or full.postgres:
            return None
        parsed = full.parsed
        table, expr = ("mentions_fts", parsed.fts) if parsed.fts else ("mentions_cjk", parsed.cjk)
        if not expr:
            return None
        with snapshot(self.conn):
            nth = self.conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC "
                                    f"LIMIT 1 OFFSET {RECENT_PAGES * self.page_size - 1}", [expr]).fetchone()
            if nth is None:      # few matches: collecting them all is cheap anyway
                return None
            floor = nth[0]
            plan = replace(full, fts_dense=False, cjk_dense=False, after_id=floor - 1)
            where, params = flt.where(plan)
            sort = Sort()
            rows = self._rows(self._select(sort) + " WHERE " + where + sort.order_sql() + f" LIMIT {self.page_size}",
                              params, sort)
            if len(rows) < self.page_size:
                return None
            older = self.conn.execute("SELECT sort_time, id FROM mentions WHERE id < ? "
                                      "ORDER BY sort_time DESC, id DESC LIMIT 1", [floor]).fetchone()
            if older is not None and tuple(older) > rows[-1].key:
                return None
            return Page(rows, self.max_id(), False)

    def newer_than(self, flt: WallFilter, sort: Sort, max_id: int, limit: int) -> Page:
        """Mentions stored after `max_id` that pass the filter, in the wall's order (at most
        `limit`: `complete` is False when there are more)."""
        plan = self.plan(flt)
        if plan is not None:     # the search's matches among the new mentions only
            plan = replace(plan, fts_dense=False, cjk_dense=False, glued=plan.glued and "sparse", after_id=max_id)
        where, params = flt.where(plan)
        # `m.id IN (...)` rather than `m.id > ?`: otherwise SQLite walks the whole sort index to skip sorting.
        sql = (self._select(sort) + " WHERE m.id IN (SELECT id FROM mentions WHERE id > ?) AND " + where
               + sort.order_sql() + f" LIMIT {int(limit) + 1}")
        with snapshot(self.conn):
            rows = self._rows(sql, [max_id, *params], sort)
            top = self.max_id()
        return Page(rows[:limit], top, len(rows) <= limit)

    def current(self, flt: WallFilter, sort: Sort, ids: list[int]) -> tuple[list[WallRow], set[int]]:
        """The present state of rows already shown, and which of them no longer pass the filter."""
        if not ids:
            return [], set()
        where, params = flt.where(_probing(self.plan(flt)))
        marks = ",".join("?" * len(ids))
        key = SORT_KEYS[sort.column]
        sql = (SELECT + (f", {key}" if key is not None else ", NULL") + f", ({where})" + FROM +
               f" WHERE m.id IN ({marks})")
        rows, gone = [], set()
        for r in self.conn.execute(sql, [*params, *ids]):
            values = r[:len(FIELDS)]
            if not r[-1]:
                gone.add(r[0])
                continue
            key_values = (r[len(FIELDS)], r[1], r[0]) if key is not None else (r[1], r[0])
            rows.append(WallRow(values, key_values))
        found = {r.id for r in rows} | gone
        gone |= {i for i in ids if i not in found}
        return rows, gone

    def count(self, flt: WallFilter) -> int:
        plan = self.plan(flt)
        if plan is not None:   # a count reads every match anyway: collecting them beats probing every row
            plan = replace(plan, fts_dense=False, cjk_dense=False, glued=plan.glued and "sparse")
        where, params = flt.where(plan)
        return self.conn.execute("SELECT count(*) FROM mentions m WHERE " + where, params).fetchone()[0]

    def mention(self, mention_id: int) -> dict:
        """Everything about one mention, for the detail pane (full text included)."""
        return mentions.get(self.conn, mention_id)

    def choices(self) -> dict:
        """What the filter menus offer: the sources, and the categories, languages and watch
        terms that occur."""
        c = self.conn
        return {
            "sources": [(r[0], r[1]) for r in c.execute(
                "SELECT id, COALESCE(name, url) FROM sources ORDER BY lower(COALESCE(name, url))")],
            "categories": [r[0] for r in c.execute(
                "SELECT DISTINCT category FROM mentions WHERE category IS NOT NULL ORDER BY 1")],
            "langs": [r[0] for r in c.execute("SELECT DISTINCT lang FROM mentions WHERE lang IS NOT NULL ORDER BY 1")],
            "terms": [r[0] for r in c.execute("SELECT query FROM watch_terms ORDER BY lower(query)")],
        }


def is_empty(conn) -> bool:
    """Nothing in the workspace yet, no feed, no watch term, no mention: the wall then offers a start."""
    return not conn.execute("SELECT EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM watch_terms) "
                            "OR EXISTS (SELECT 1 FROM mentions)").fetchone()[0]
