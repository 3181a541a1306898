"""The analysis of new mentions, and which part of it runs where.

- Text scoring (`TextScorer`): language family, sentiment, cues, category, watch-term matches,
  severity with its reasons (text, reach, author reach, rating, watch term), level and cluster key.
  It needs no database, only a `ScoringContext` (the enabled watch terms, the severity levels and the
  source's reach), so it runs in the parser processes, in parallel, next to parsing:
  `score_entries` fills `Entry.scores` there (ingest/parsepool.py).
- `Analyzer.score`, on the writer thread before it takes the write lock, takes those scores when they were
  made with the context that holds now (an operator may edit a watch term or the levels while a
  feed is parsed), and scores the other rows itself with the same `TextScorer`: the results are
  the same wherever a mention was scored. No SQL per mention.
- `Analyzer.before_insert` / `after_insert` / `after_poll`, on the writer thread: what needs the
  database (clusters and velocity before the rows go in, so a new mention is inserted with its
  velocity instead of rewritten after; spike and critical-mention alerts; source-dark alerts).

Heavy resources (lexicons, VADER) are built once per process, when first needed."""

import math
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlite_utils import Database

from console.analysis import alerts, clusters, levels, sentiment, severity, spikes, watchterms
from console.analysis.categories import asks, categorise
from console.analysis.lexicons import scanner, weights
from console.analysis.text import fold, has_han, words
from console.store.jsontext import strings_json
from console.timeutil import utcnow

KANA = re.compile(r"[\u3040-\u30ff]")
SCORE_BATCH = 200   # entries scored stage by stage at once in a parser process
COLUMNS = ("sentiment", "sentiment_method", "category", "severity", "level", "positive", "negative", "reasons",
           "matched_terms", "cluster_key")


def language(lang: str | None, folded: str) -> str | None:
    """The scorer for a mention: its declared language, or Chinese for undeclared Han text
    (without kana, which would make it Japanese). Anything else stays unscored."""
    fam = sentiment.family(lang)
    if fam is None and not lang and has_han(folded) and not KANA.search(folded):
        return "zh"
    return fam


@dataclass(frozen=True)
class ScoringContext:
    """What text scoring needs from the workspace: small, picklable, comparable."""
    terms: tuple[tuple[str, str], ...]   # enabled watch terms: (query, kind)
    levels: levels.Levels
    reach: str | None                    # the source's reach (sources.reach)


class TextScorer:
    """Scores mention texts for one set of watch terms and levels (see the module docstring)."""

    def __init__(self, terms: tuple[tuple[str, str], ...], thresholds: levels.Levels):
        self.scanner = scanner()
        sentiment.vader()
        cfg = weights()["sentiment"]
        self.negative_below, self.positive_above = cfg["negative_below"], cfg["positive_above"]
        self.clearly_positive, self.cue_weight_min = cfg["clearly_positive"], cfg["cue_weight_min"]
        self.question_damping = cfg["question_damping"]
        self.levels = thresholds
        self.matcher = watchterms.Matcher([{"query": q, "kind": k} for q, k in terms])
        self._watch_reasons: dict[tuple, severity.Reason | None] = {}

    def score(self, items: list[dict], reach: str | None) -> list[dict]:
        """The analysis columns (COLUMNS) of each item (a dict with title, text, lang, and
        optionally author_followers and rating). Each stage runs over the whole batch in turn,
        which is a quarter faster than mention by mention: VADER's code and ours each stay in
        the CPU's caches."""
        fixed = [r for r in (severity.reach_reason({"reach": reach}),) if r]
        texts = [watchterms.mention_text(item.get("title"), item.get("text")) for item in items]
        folds = list(map(fold, texts))
        word_lists = list(map(words, folds))
        scan = self.scanner.scan
        evidence = [sentiment.read(scan(f, ws)) for f, ws in zip(folds, word_lists, strict=True)]
        families = [language(item.get("lang"), f) for item, f in zip(items, folds, strict=True)]
        english = [sentiment.english(t) if fam == "en" else None for t, fam in zip(texts, families, strict=True)]
        if self.matcher.terms:
            matched = list(map(self.matcher.matched, folds, word_lists))
        else:
            matched = [[] for _ in items]
        return [self._finish(item, fixed, *prepared)
                for item, *prepared in zip(items, texts, folds, word_lists, evidence, families, english, matched,
                                           strict=True)]

    def _finish(self, item: dict, fixed: list[severity.Reason], raw: str, folded: str, ws: list[str],
                ev: sentiment.Evidence, family: str | None, english: float | None, matched: list[str]) -> dict:
        if ev.cues and asks(raw, ev):
            ev.cue_weight *= self.question_damping  # "Can I cancel my flight?" asks, it does not complain
        s, method, _ = sentiment.score(raw, family, ev, english)
        complains = ev.cue_weight >= self.cue_weight_min
        if s is None:
            negative, positive = complains, False
        else:
            negative = s < self.negative_below or (complains and s < self.clearly_positive)
            positive = not negative and s > self.positive_above
        category = categorise(ev, raw, positive, negative, complains)
        reasons = [r for r in (severity.sentiment_reason(s, method), *severity.cue_reasons(ev.cues, s), *fixed,
                               severity.followers_reason(item.get("author_followers")),
                               severity.rating_reason(item.get("rating")), self._watch_reason(matched)) if r]
        sev, level, reasons = severity.finalize(reasons, positive, self.levels)
        return {"sentiment": s, "sentiment_method": method, "category": category, "severity": sev, "level": level,
                "positive": int(positive), "negative": int(negative), "reasons": severity.reasons_json_text(reasons),
                "matched_terms": strings_json(matched), "cluster_key": clusters.key(matched, category, ev, ws, folded)}

    def _watch_reason(self, matched: list[str]) -> severity.Reason | None:
        if not matched:
            return None
        key = tuple(matched)
        if key not in self._watch_reasons:
            self._watch_reasons[key] = severity.watch_reason(matched, self.matcher.kinds)
        return self._watch_reasons[key]


@lru_cache(maxsize=4)
def text_scorer(terms: tuple[tuple[str, str], ...], thresholds: levels.Levels) -> TextScorer:
    """One scorer per process for each set of terms and levels in use (they rarely change)."""
    return TextScorer(terms, thresholds)


def preload() -> None:
    """Build the lexicons and VADER now (a parser fork server does, so its processes share them)."""
    scanner()
    sentiment.vader()
    fold("水壺")   # loads OpenCC's Traditional-to-Simplified table


def score_entries(entries: Iterable, context: ScoringContext, skip: frozenset[str] = frozenset(),
                  until: float = math.inf) -> None:
    """Set `scores` on parsed entries (console.ingest.model.Entry), except those whose dedupe key
    is in `skip` (stored at the feed's last poll by this poller: their scores would be dropped).
    Past `until` (time.monotonic) the rest stay unscored: the writer scores them, so a huge feed
    never runs into the parse deadline because of scoring."""
    todo = [e for e in entries if e.dedupe_key not in skip]
    scorer = text_scorer(context.terms, context.levels)
    for i in range(0, len(todo), SCORE_BATCH):
        if time.monotonic() > until:
            return
        batch = todo[i:i + SCORE_BATCH]
        items = [{"title": e.title, "text": e.text, "lang": e.lang, "author_followers": e.author_followers,
                  "rating": e.rating} for e in batch]
        for e, s in zip(batch, scorer.score(items, context.reach), strict=True):
            e.scores = s


class Analyzer:
    """The analysis hook of the writer (see the module docstring for which part runs where)."""

    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow):
        self.db = db
        self.now = now
        self.baselines: dict = {}   # spike baselines per term, reused for a few minutes
        self._signature = None
        self.terms: tuple[tuple[str, str], ...] = ()
        self.levels = levels.defaults()
        self._rescored: list[int] = []   # stored members re-scored by before_insert, for after_insert
        self.refresh()

    def refresh(self) -> None:
        """Read the watch terms (when they changed) and levels as they are now (writer thread)."""
        sig = watchterms.signature(self.db)
        if sig != self._signature:
            self.terms = tuple((t["query"], t["kind"]) for t in watchterms.load(self.db) if t["enabled"])
            self._signature = sig
        self.levels = levels.load(self.db)

    def inputs(self, db: Database) -> tuple:
        """What scores depend on besides the mention: the watch terms and the level thresholds. The
        writer scores before it takes the write lock and scores again if these changed meanwhile."""
        return watchterms.signature(db), levels.load(db)

    def context(self, source: dict) -> ScoringContext:
        """What the parser processes score a source's entries with: as of the last refresh."""
        return ScoringContext(self.terms, self.levels, source.get("reach"))

    def score(self, rows: list[dict], source: dict, scores: list[dict | None] | None = None,
              scored_with: ScoringContext | None = None) -> None:
        """Fill the analysis columns of new mention rows in place (before they are inserted):
        from `scores` (made in a parser process with `scored_with`) while that is still the
        workspace's context, else by scoring them here."""
        self.refresh()
        context = self.context(source)
        todo = rows
        if scores is not None and scored_with == context:
            todo = []
            for row, s in zip(rows, scores, strict=True):
                if s is None:
                    todo.append(row)
                else:
                    row.update(s)
        if todo:
            for row, s in zip(todo, text_scorer(self.terms, self.levels).score(todo, context.reach), strict=True):
                row.update(s)

    def before_insert(self, db: Database, rows: list[dict]) -> None:
        """Velocity: the new rows' (in place) and their clusters' stored members' (in the database)."""
        self._rescored = clusters.update_velocity(db, rows)

    def after_insert(self, db: Database, new_ids: list[int]) -> list[int]:
        """Detect spikes and critical mentions (among the new and the re-scored); return new alert ids."""
        rescored, self._rescored = self._rescored, []
        if not new_ids:
            return []
        now = self.now()
        raised = spikes.check(db, now, new_ids, self.baselines)
        raised += alerts.critical_mentions(db, now, sorted(set(new_ids) | set(rescored)))
        return raised

    def after_poll(self, db: Database) -> list[int]:
        """Checks that look at sources rather than mentions ("source went dark"); return new alert ids."""
        return alerts.source_dark(db, self.now())
