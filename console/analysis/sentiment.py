"""Sentiment in four languages, honest about the rest.

- English: VADER's compound score (its lexicon plus a few brand-complaint words from
  vader_additions.toml).
- Chinese (both scripts, folded to Simplified) and Ukrainian: our curated lexicons, scored the way
  VADER scores English: word valences, negators flip and damp the next sentiment word, intensifiers
  scale it, a "but" makes what follows count more, and the sum is squashed into -1..1.
- Then, for all three, complaint and risk cues push the score down: polite words about a failure
  ("my flight was cancelled and nobody called back") are a complaint whatever the adjectives say.
  Scores are combined as evidence in tanh space, so a strong positive survives one weak cue and a
  neutral text with a cue turns clearly negative.
- Any other language: no score at all (None, method "unscored"), never a fake 0.0."""

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from string import punctuation as PUNCTUATION

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from console.analysis.lexicons import Hit, vader_additions, weights

VADER_ALPHA = 15.0  # VADER's own normalisation constant: x / sqrt(x^2 + alpha)
LONG_TEXT = 300     # characters; longer English texts are scored sentence by sentence
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(slots=True)
class Evidence:
    """What a scan of one text found, after negation: the inputs of sentiment, category and severity."""
    valence: float = 0.0                             # summed lexicon valence (Chinese, Ukrainian)
    valence_words: int = 0
    cues: list[Hit] = field(default_factory=list)    # complaint and risk cues that are not negated
    hints: list[Hit] = field(default_factory=list)   # category hints
    cue_weight: float = 0.0                          # summed weight of the cues, less that of resolutions


@lru_cache(maxsize=1)
def _contrast() -> tuple[float, float]:
    cfg = weights()["sentiment"]
    return cfg["contrast_before"], cfg["contrast_after"]


def read(hits: list[Hit], scope_words: int = 2, scope_chars: int = 3) -> Evidence:
    """Apply negators, intensifiers and contrast words to a scan's hits (which are in text order
    per script: alphabetic words first, then Han runs)."""
    ev = Evidence()
    contrast_before, contrast_after = _contrast()
    resolved = 0.0     # the weight of the fixes the text reports
    neg_end = neg_run = boost_end = boost_run = None
    boost = 1.0
    before: list[float] = []   # valences before the last contrast word ("but"), and after it
    after: list[float] = []
    for h in hits:
        e, run, start = h.entry, h.run, h.start
        negated = (neg_end is not None and neg_run == run
                   and 0 <= start - neg_end <= (scope_chars if run >= 0 else scope_words))
        v = e.valence
        if v is not None:
            if boost_end is not None and boost_run == run and 0 <= start - boost_end <= 1:
                v *= boost
            if negated:
                v *= -0.75 if v > 0 else -0.4   # "not good" is bad; "not bad" is only mildly good
            after.append(v)
        kind = e.kind
        if kind is not None:
            if kind == "hint":
                ev.hints.append(h)
            elif kind == "resolution":
                if not negated:  # "thanks for fixing my line", not "still haven't fixed my line"
                    ev.hints.append(h)
                    resolved += e.weight
            elif kind == "expected":
                if negated:  # "didn't arrive", "没收到", "не відповідають"
                    h.negated = True
                    ev.cues.append(h)
            elif not negated:  # a complaint or risk, unless "no problem", "没有问题", "без проблем"
                ev.cues.append(h)
        if e.negator:
            neg_end, neg_run = h.end, run
        elif v is not None or kind is not None:
            neg_end = None  # a negator reaches the first word it can qualify, not past it
        if e.intensity != 1.0:
            boost_end, boost_run, boost = h.end, run, e.intensity
        if e.contrast:   # what came before and what follows a "but" weigh as weights.toml says
            before = [x * contrast_before for x in before + after]
            after = []
    if before:
        ev.valence = sum(before) + contrast_after * sum(after)
    elif after:
        ev.valence = sum(after)
    ev.valence_words = len(before) + len(after)
    if resolved:   # a mention about a problem that was fixed complains of nothing but risks, and reads better
        ev.cues = [h for h in ev.cues if h.entry.kind == "risk"]
    if ev.cues or resolved:
        ev.cue_weight = sum(h.entry.weight for h in ev.cues) - resolved
    return ev


def squash(x: float) -> float:
    return x / math.sqrt(x * x + VADER_ALPHA)


def with_cues(base: float, cue_weight: float) -> float:
    """Combine a lexical score with complaint/risk evidence: subtract in tanh space (a resolution
    makes the weight negative, and lifts the score)."""
    if not cue_weight:
        return base
    scale = weights()["sentiment"]["cue_strength"]
    b = max(-0.999, min(0.999, base))
    return math.tanh(math.atanh(b) - scale * cue_weight)


class _WholeText(str):
    """A text that iterates as one piece: see _Vader."""
    __slots__ = ()

    def __iter__(self):
        yield str(self)


class _Vader(SentimentIntensityAnalyzer):
    """VADER, with the same scores for less work (tests/analysis/test_fast_paths.py compares it
    with plain VADER):
    - polarity_scores first rewrites the text one character at a time (a Python step and a
      string copy per character, a third of its time on a sentence), replacing the characters
      that are emoji by their descriptions. A text with no such character is handed over as one
      piece (_WholeText): that loop then takes one step and yields the same text.
    - Its negation and idiom checks lower-case every word of the sentence, up to three times for
      each sentiment word, to read the three words before it (and two after): they are handed
      just those words, with the index moved to match."""

    def __init__(self):
        super().__init__()
        self.emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)

    def polarity_scores(self, text):
        if isinstance(text, str) and text not in self.emojis and self.emoji_chars.isdisjoint(text):
            text = _WholeText(text)
        return super().polarity_scores(text)

    @staticmethod
    def _negation_check(valence, words_and_emoticons, start_i, i):
        first = max(0, i - 3)   # it reads words i-3 .. i-1
        return SentimentIntensityAnalyzer._negation_check(valence, words_and_emoticons[first:i + 1], start_i, i - first)

    @staticmethod
    def _special_idioms_check(valence, words_and_emoticons, i):
        first = max(0, i - 3)   # it reads words i-3 .. i+2, and whether i+1 and i+2 exist
        return SentimentIntensityAnalyzer._special_idioms_check(valence, words_and_emoticons[first:i + 3], i - first)


@lru_cache(maxsize=1)
def vader() -> SentimentIntensityAnalyzer:
    """Built once per process: loading the lexicon costs ~100 ms."""
    a = _Vader()
    a.lexicon.update(vader_additions())
    return a


@lru_cache(maxsize=256)
def family(lang: str | None) -> str | None:
    """The scorer for a language code: en, zh (zh_TW, zh_CN, zh-Hant...), uk, or None (unscored)."""
    if not lang:
        return None
    code = lang.lower().replace("-", "_")
    if code == "en" or code.startswith("en_"):
        return "en"
    if code == "zh" or code.startswith("zh_"):
        return "zh"
    if code == "uk" or code.startswith("uk_"):
        return "uk"
    return None


METHODS = {"en": "vader+cues", "zh": "zh-lexicon+cues", "uk": "uk-lexicon+cues"}


def english(text: str) -> float:
    """VADER's compound score; for a text longer than LONG_TEXT, the mean of its sentences' scores,
    as VADER's documentation advises for paragraphs (VADER's time grows with the square of a
    text's length: a 400-character post costs ten short ones)."""
    if len(text) > LONG_TEXT:
        sentences = [x for x in SENTENCE_END.split(text) if not x.isspace()]
        if len(sentences) > 1:
            return round(math.fsum(map(_vader_compound, sentences)) / len(sentences), 4)
    return _vader_compound(text)


def _vader_compound(text: str) -> float:
    """A text with no word of VADER's lexicon and no emoji (which VADER reads as words) scores
    exactly 0 in VADER, so it is not run: its tokens are the text's whitespace-separated parts,
    lower-cased, with or without their surrounding punctuation."""
    a = vader()
    lexicon = a.lexicon.keys()
    if text.isascii() or a.emojis.keys().isdisjoint(text):
        parts = text.lower().split()
        if lexicon.isdisjoint(parts) and lexicon.isdisjoint([p.strip(PUNCTUATION) for p in parts]):
            return 0.0
    return a.polarity_scores(text)["compound"]


def score(raw_text: str, lang_family: str | None, ev: Evidence,
          english_score: float | None = None) -> tuple[float | None, str, float | None]:
    """(sentiment, method, lexical score before cues) for one text (`english_score`: its VADER
    score when already known)."""
    if lang_family is None:
        return None, "unscored", None
    if lang_family == "en":
        base = english(raw_text) if english_score is None else english_score
    else:
        base = squash(ev.valence)
    return round(with_cues(base, ev.cue_weight), 4), METHODS[lang_family], base
