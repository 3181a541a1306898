"""Watch terms: what the operator listens for (brand, product, person, competitor, risk).

Query syntax: words, "quoted phrases", AND, OR, NOT (upper case) and parentheses; words side by side
mean AND; NOT binds tighter than AND, AND tighter than OR. Matching is on folded text (case, width,
Latin accents and Traditional/Simplified Chinese ignored). Latin and Cyrillic words match whole
words (Acme does not match Acmeville, but does match Acme's); a term with Chinese characters
matches as a substring, since Chinese has no spaces between words.

Adding, editing or removing a term re-applies it to the stored mentions in the same transaction
(matched_terms, and the watch-term reason of their severity), and is audited."""

import json
import re

from sqlite_utils import Database

from console.analysis import levels, severity
from console.analysis.text import fold, has_han, words
from console.errors import UsageError
from console.store import audit
from console.store.rows import as_dicts
from console.store.transaction import write
from console.timeutil import now_iso

KINDS = ("brand", "product", "person", "competitor", "risk")
OPERATORS = ("AND", "OR", "NOT")
_TOKEN = re.compile(r'\s*(?:"([^"]*)("?)|(\()|(\))|([^\s()"]+))')
BATCH = 5000


class QueryError(UsageError):
    pass


class MentionWords:
    """One mention's folded text and words, prepared once for every term."""
    __slots__ = ("folded", "words")

    def __init__(self, folded: str, words: set):
        self.folded, self.words = folded, words

    @classmethod
    def of(cls, folded: str, ws: list[str] | None = None) -> "MentionWords":
        ws = words(folded) if ws is None else ws
        parts = set(ws)
        if "'" in folded:
            for w in ws:
                if "'" in w:  # Acme's -> acme, s
                    parts.update(w.split("'"))
        return cls(folded, parts)


# --- the query tree -----------------------------------------------------------------------------
class Leaf:
    __slots__ = ("text", "words", "_word", "_han", "_regex")

    def __init__(self, text: str):
        folded = fold(text).strip()
        ws = words(folded)
        if not folded or (not ws and not has_han(folded)):
            raise QueryError(f"empty or punctuation-only term {text!r} in the query")
        self.text = text
        self.words = () if has_han(folded) else tuple(ws)   # a mention it matches has these words
        self._word = ws[0] if len(ws) == 1 and ws[0] == folded else None
        self._han = re.sub(r"\s+", "", folded) if has_han(folded) else None
        self._regex = None
        if self._word is None and self._han is None:
            # a phrase or a word with inner punctuation (t-mobile): the words in order, anything
            # that is not a letter between them, whole words at both ends
            sep = r"[^0-9a-z\u00df-\u024f\u0400-\u04ff]+"
            self._regex = re.compile(r"(?<![\w])" + sep.join(map(re.escape, ws)) + r"(?![\w])")

    def match(self, ctx: MentionWords) -> bool:
        if self._word is not None:
            return self._word in ctx.words
        if self._han is not None:
            return self._han in ctx.folded.replace(" ", "") if " " in self._han else self._han in ctx.folded
        return self._regex.search(ctx.folded) is not None


class Not:
    __slots__ = ("node",)

    def __init__(self, node):
        self.node = node

    def match(self, ctx: MentionWords) -> bool:
        return not self.node.match(ctx)


class AllOf:
    """Terms joined by AND (or side by side): matches when every one of its nodes does."""
    __slots__ = ("nodes",)

    def __init__(self, nodes):
        self.nodes = nodes

    def match(self, ctx: MentionWords) -> bool:
        return all(n.match(ctx) for n in self.nodes)


class AnyOf:
    """Terms joined by OR: matches when one of its nodes does."""
    __slots__ = ("nodes",)

    def __init__(self, nodes):
        self.nodes = nodes

    def match(self, ctx: MentionWords) -> bool:
        return any(n.match(ctx) for n in self.nodes)


def _tokens(query: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    query = query.rstrip()
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if m is None:  # only a lone quote can fail to match
            raise QueryError(f"unexpected character at position {pos + 1} of the query")
        phrase, closed, lpar, rpar, word = m.groups()
        if phrase is not None:
            if not closed:
                raise QueryError("unterminated quote in the query")
            out.append(("term", phrase))
        elif lpar:
            out.append(("(", "("))
        elif rpar:
            out.append((")", ")"))
        elif word in OPERATORS:
            out.append((word, word))
        else:
            out.append(("term", word))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, tokens):
        self.t, self.i = tokens, 0

    def peek(self):
        return self.t[self.i][0] if self.i < len(self.t) else None

    def take(self):
        tok = self.t[self.i]
        self.i += 1
        return tok

    def parse(self):
        if not self.t:
            raise QueryError("the query is empty")
        node = self.or_()
        if self.i < len(self.t):
            raise QueryError(f"unexpected {self.t[self.i][1]!r} in the query")
        return node

    def or_(self):
        nodes = [self.and_()]
        while self.peek() == "OR":
            self.take()
            nodes.append(self.and_())
        return nodes[0] if len(nodes) == 1 else AnyOf(nodes)

    def and_(self):
        nodes = [self.not_()]
        while self.peek() in ("AND", "NOT", "term", "("):
            if self.peek() == "AND":
                self.take()
            nodes.append(self.not_())
        return nodes[0] if len(nodes) == 1 else AllOf(nodes)

    def not_(self):
        if self.peek() == "NOT":
            self.take()
            return Not(self.not_())
        return self.atom()

    def atom(self):
        kind = self.peek()
        if kind is None:
            raise QueryError("the query ends where a term was expected")
        if kind == "(":
            self.take()
            node = self.or_()
            if self.peek() != ")":
                raise QueryError("missing closing parenthesis in the query")
            self.take()
            return node
        if kind == "term":
            return Leaf(self.take()[1])
        raise QueryError(f"{self.take()[1]!r} where a term was expected in the query")


def parse(query: str):
    """The query's tree; QueryError (a usage error, one line) when it cannot be read."""
    node = _Parser(_tokens(query)).parse()
    if node.match(MentionWords.of("")):
        raise QueryError("the query matches every mention (it needs a term that is not negated)")
    return node


# --- matching many terms ------------------------------------------------------------------------
class Matcher:
    """All enabled watch terms, compiled once. A mention is only tested against the terms that share
    a word with it (a phrase needs its words too), or that have a Chinese leaf when it is not ASCII:
    a query is never true when none of its leaves is (parse refuses such queries)."""

    def __init__(self, terms: list[dict]):
        self.terms = []   # (query, tree, its words, whether it needs the text)
        for t in terms:
            if t.get("enabled", 1):
                node = parse(t["query"])
                leaves = list(_leaves(node))
                self.terms.append((t["query"], node, frozenset(w for x in leaves for w in x.words),
                                   any(x._han is not None for x in leaves)))
        self.words = frozenset().union(*(t[2] for t in self.terms))
        self.kinds = {t["query"]: t["kind"] for t in terms if t.get("enabled", 1)}

    def matched(self, folded: str, ws: list[str]) -> list[str]:
        """The queries matching a mention, from its folded text and its words."""
        found = self.words.intersection(ws)
        if "'" in folded:   # Acme's -> acme, s
            found |= self.words.intersection([p for w in ws if "'" in w for p in w.split("'")])
        ctx = MentionWords(folded, found)
        han = not folded.isascii()
        return [q for q, node, term_words, has_han_leaf in self.terms
                if ((han and has_han_leaf) or not term_words.isdisjoint(found)) and node.match(ctx)]


def _leaves(node):
    if isinstance(node, Leaf):
        yield node
    elif isinstance(node, Not):
        yield from _leaves(node.node)
    else:
        for n in node.nodes:
            yield from _leaves(n)


def load(db: Database) -> list[dict]:
    return as_dicts(db.execute("SELECT id, query, kind, enabled, created_at FROM watch_terms ORDER BY id"))


def signature(db: Database) -> str:
    """Changes whenever a term is added, edited or removed (cheap: one short query)."""
    row = db.execute("SELECT count(*), group_concat(id || ':' || kind || ':' || enabled || ':' || query, '|') "
                     "FROM watch_terms").fetchone()
    return f"{row[0]}/{row[1]}"


def mention_text(title: str | None, text: str | None) -> str:
    """The text analysed for a mention: title and body, without repeating a title that is just
    the start of the body (as in most RSS items)."""
    t, x = (title or "").strip(), (text or "").strip()
    if not t:
        return x
    if not x:
        return t
    head = t[:30].rstrip(".…")
    if x.startswith(head) or t in x:
        return x
    return f"{t}. {x}"


# --- operator actions ---------------------------------------------------------------------------
def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UsageError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    return kind


def _get(db: Database, term_id) -> dict:
    try:
        term_id = int(term_id)
    except (TypeError, ValueError):
        raise UsageError(f"not a watch-term id: {term_id!r}") from None
    for t in load(db):
        if t["id"] == term_id:
            return t
    raise UsageError(f"no watch term with id {term_id}")


def _refuse_duplicate(db: Database, query: str, except_id: int | None = None) -> None:
    for t in load(db):
        if t["query"] == query and t["id"] != except_id:
            raise UsageError(f"already watching {query!r} (term {t['id']})")


def add(db: Database, query: str, kind: str) -> dict:
    query = query.strip()
    parse(query)
    _check_kind(kind)
    with write(db):
        _refuse_duplicate(db, query)
        cur = db.execute("INSERT INTO watch_terms (query, kind, enabled, created_at) VALUES (?, ?, 1, ?)",
                         [query, kind, now_iso()])
        term_id = cur.lastrowid
        n = reapply(db, old=None, new=query)
        audit.record(db, "watch.add", "watch_term", term_id, {"query": query, "kind": kind, "matched": n})
    return {"id": term_id, "query": query, "kind": kind, "matched": n}


def remove(db: Database, term_id) -> dict:
    with write(db):
        t = _get(db, term_id)
        db.execute("DELETE FROM watch_terms WHERE id = ?", [t["id"]])
        n = reapply(db, old=t["query"], new=None)
        audit.record(db, "watch.remove", "watch_term", t["id"], {"query": t["query"], "kind": t["kind"], "unmatched": n})
    return {**t, "unmatched": n}


def edit(db: Database, term_id, query: str | None = None, kind: str | None = None) -> dict:
    if query is None and kind is None:
        raise UsageError("nothing to change: give --query and/or --kind")
    if query is not None:
        query = query.strip()
        parse(query)
    if kind is not None:
        _check_kind(kind)
    with write(db):
        t = _get(db, term_id)
        new_query, new_kind = query or t["query"], kind or t["kind"]
        _refuse_duplicate(db, new_query, t["id"])
        db.execute("UPDATE watch_terms SET query = ?, kind = ? WHERE id = ?", [new_query, new_kind, t["id"]])
        n = reapply(db, old=t["query"], new=new_query, kind_changed=new_kind != t["kind"])
        audit.record(db, "watch.edit", "watch_term", t["id"],
                     {"from": {"query": t["query"], "kind": t["kind"]}, "to": {"query": new_query, "kind": new_kind},
                      "matched": n})
    return {"id": t["id"], "query": new_query, "kind": new_kind, "matched": n}


def reapply(db: Database, old: str | None, new: str | None, kind_changed: bool = False) -> int:
    """Bring stored mentions up to date after term `old` became `new` (either may be None; both the
    same when only its kind changed). Returns how many mentions match `new` (or matched `old` when
    removing). Only rows whose terms or watch-term reason change are written, in batches."""
    kinds = {t["query"]: t["kind"] for t in load(db) if t["enabled"]}
    node = parse(new) if new is not None else None
    sql = "SELECT id, title, text, matched_terms, reasons, positive FROM mentions"
    params: list = []
    if node is None or (old == new):  # only mentions that carried the old term can change
        sql += " WHERE EXISTS (SELECT 1 FROM json_each(mentions.matched_terms) WHERE value = ?)"
        params.append(old)
    count, updates, thresholds = 0, [], levels.load(db)
    cur = db.conn.execute(sql, params)
    while rows := cur.fetchmany(BATCH):
        for mid, title, text, matched_json, reasons_json, positive in rows:
            before = json.loads(matched_json) if matched_json else []
            after = [q for q in before if q != old and q != new]
            if node is not None and (old == new or node.match(MentionWords.of(fold(mention_text(title, text))))):
                after.append(new)
            count += (new in after) if node is not None else (old in before)
            if set(after) == set(before) and not (kind_changed and new in after):
                continue
            sev, level, reasons = severity.rescore(reasons_json, severity.WATCH_TERM,
                                                   severity.watch_reason(after, kinds), bool(positive), thresholds)
            updates.append((json.dumps(after, ensure_ascii=False), sev, level, reasons, mid))
    for i in range(0, len(updates), BATCH):
        db.conn.executemany("UPDATE mentions SET matched_terms = ?, severity = ?, level = ?, reasons = ? WHERE id = ?",
                            updates[i:i + BATCH])
    return count
