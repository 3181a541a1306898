"""The analysis hook that ingestion calls inside the writer's transaction.

score() fills the analysis columns of new rows before they are inserted (no SQL per mention);
after_insert() updates the clusters the new mentions joined and raises spike and critical-mention
alerts; after_poll() raises source-dark alerts. Heavy resources (lexicons, VADER) are built once
per process."""

import json
import re
from collections.abc import Callable
from datetime import datetime

from sqlite_utils import Database

from console.analysis import alerts, clusters, levels, sentiment, severity, spikes, watchterms
from console.analysis.categories import asks, categorise
from console.analysis.lexicons import scanner, weights
from console.analysis.text import fold, has_han, words
from console.timeutil import utcnow

KANA = re.compile(r"[\u3040-\u30ff]")
_quote = json.encoder.encode_basestring  # C: a str as a JSON string literal


def strings_json(items: list[str]) -> str:
    return "[" + ", ".join(map(_quote, items)) + "]"


def language(lang: str | None, folded: str) -> str | None:
    """The scorer for a mention: its declared language, or Chinese for undeclared Han text
    (without kana, which would make it Japanese). Anything else stays unscored."""
    fam = sentiment.family(lang)
    if fam is None and not lang and has_han(folded) and not KANA.search(folded):
        return "zh"
    return fam


class Analyzer:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow):
        self.db = db
        self.now = now
        self.scanner = scanner()
        sentiment.vader()
        cfg = weights()["sentiment"]
        self.negative_below, self.positive_above = cfg["negative_below"], cfg["positive_above"]
        self.clearly_positive, self.cue_weight_min = cfg["clearly_positive"], cfg["cue_weight_min"]
        self.question_damping = cfg["question_damping"]
        self.baselines: dict = {}   # spike baselines per term, reused for a few minutes
        self._signature = None
        self._refresh_terms()

    def _refresh_terms(self) -> None:
        sig = watchterms.signature(self.db)
        if sig != self._signature:
            self.matcher = watchterms.Matcher(watchterms.load(self.db))
            self._watch_reasons: dict[tuple, severity.Reason | None] = {}
            self._signature = sig

    def inputs(self, db: Database) -> tuple:
        """What scores depend on besides the mention: the watch terms and the level thresholds. The
        writer scores before it takes the write lock and scores again if these changed meanwhile."""
        return watchterms.signature(db), levels.load(db)

    def score(self, rows: list[dict], source: dict) -> None:
        """Fill the analysis columns of new mention rows in place (before they are inserted).
        Each stage runs over the whole batch in turn, which is a quarter faster than mention by
        mention: VADER's code and ours each stay in the CPU's caches."""
        self._refresh_terms()
        self.levels = levels.load(self.db)      # the workspace's thresholds, as they are now
        fixed = [r for r in (severity.reach_reason(source),) if r]
        texts = [watchterms.mention_text(row.get("title"), row.get("text")) for row in rows]
        folds = list(map(fold, texts))
        word_lists = list(map(words, folds))
        scan = self.scanner.scan
        evidence = [sentiment.read(scan(f, ws)) for f, ws in zip(folds, word_lists, strict=True)]
        families = [language(row.get("lang"), f) for row, f in zip(rows, folds, strict=True)]
        english = [sentiment.english(t) if fam == "en" else None for t, fam in zip(texts, families, strict=True)]
        if self.matcher.terms:
            matched = list(map(self.matcher.matched, folds, word_lists))
        else:
            matched = [[] for _ in rows]
        for row, *prepared in zip(rows, texts, folds, word_lists, evidence, families, english, matched, strict=True):
            self._finish(row, fixed, *prepared)

    def _finish(self, row: dict, fixed: list[severity.Reason], raw: str, folded: str, ws: list[str],
                ev: sentiment.Evidence, family: str | None, english: float | None, matched: list[str]) -> None:
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
                               severity.followers_reason(row.get("author_followers")),
                               severity.rating_reason(row.get("rating")), self._watch_reason(matched)) if r]
        sev, level, reasons = severity.finalize(reasons, positive, self.levels)
        row.update(sentiment=s, sentiment_method=method, category=category, severity=sev, level=level,
                   positive=int(positive), negative=int(negative), reasons=severity.reasons_json_text(reasons),
                   matched_terms=strings_json(matched),
                   cluster_key=clusters.key(matched, category, ev, ws, folded))

    def _watch_reason(self, matched: list[str]) -> severity.Reason | None:
        if not matched:
            return None
        key = tuple(matched)
        if key not in self._watch_reasons:
            self._watch_reasons[key] = severity.watch_reason(matched, self.matcher.kinds)
        return self._watch_reasons[key]

    def after_insert(self, db: Database, new_ids: list[int]) -> list[int]:
        """Update clusters and velocity, detect spikes and critical mentions; return new alert ids."""
        if not new_ids:
            return []
        now = self.now()
        rescored = clusters.update_velocity(db, new_ids)
        raised = spikes.check(db, now, new_ids, self.baselines)
        raised += alerts.critical_mentions(db, now, sorted(set(new_ids) | set(rescored)))
        return raised

    def after_poll(self, db: Database) -> list[int]:
        """Checks that look at sources rather than mentions ("source went dark"); return new alert ids."""
        return alerts.source_dark(db, self.now())
