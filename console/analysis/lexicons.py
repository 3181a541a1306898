"""The curated word lists under resources/analysis/, loaded once per process into one scanner.

A scan finds, in folded text, every listed phrase of any language at once (cues and category hints
for English, Chinese and Ukrainian; sentiment words, negators, intensifiers and contrast words for
Chinese and Ukrainian), so a mis-detected language still gets its complaint cues.

- Alphabetic scripts are matched on whole words, longest phrase first. An entry ending in `*` is a
  stem: `cancel*` matches cancelled, cancels, cancellation; `зламан*` matches зламаним, зламана.
- Chinese has no spaces, so a Han run is matched by longest substring at each position; neutral
  "blocker" entries (差不多, 不错 as a whole) stop a shorter entry from matching inside them. The
  entries are compiled into one Aho-Corasick automaton (ahocorasick_rs) that walks the text in
  compiled code: its leftmost-longest, non-overlapping matches are exactly that scan, and as the
  entries are all Han characters, no match crosses the end of a run."""

import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from ahocorasick_rs import AhoCorasick, MatchKind

from console.analysis.text import HAN, HAN_RUN, fold, words
from console.resources import resource

MIN_STEM = 3          # shorter stems would match unrelated words
CACHE_LIMIT = 200_000  # token -> key cache entries before it is cleared


@dataclass(slots=True)
class Entry:
    phrase: str                    # as written in the data file (shown as evidence)
    valence: float | None = None   # sentiment words (Chinese and Ukrainian), VADER's -4..+4 scale
    category: str | None = None    # cues and hints
    kind: str | None = None        # complaint, risk, expected (a complaint when negated), hint (a vote)
                                   # or resolution (a fix: the complaints it names are over)
    weight: float = 0.0
    negator: bool = False
    intensity: float = 1.0         # > 1 strengthens, < 1 softens the next sentiment word
    contrast: bool = False         # "but": what follows outweighs what precedes
    # derived once the data is loaded (see settle)
    role: bool = False             # any of the above; an entry without one only blocks shorter matches
    shown: str = ""                # the phrase as evidence (without the stem's *)
    factor: str = "complaint"      # the severity factor of a cue: "complaint" or "risk term"
    points: float = 0.0            # a cue's severity points before scaling: weight x category weight

    def settle(self, severity: dict) -> None:
        self.role = bool(self.valence is not None or self.kind or self.negator or self.contrast
                         or self.intensity != 1.0)
        self.shown = self.phrase.replace("*", "")
        self.factor = "risk term" if self.kind == "risk" else "complaint"
        self.points = self.weight * severity["cue_points"] * severity["category"].get(self.category, 1.0)


@dataclass(slots=True)
class Hit:
    start: int   # token index (alphabetic scripts) or character offset in the Han run
    end: int
    entry: Entry
    run: int     # which Han run (-1 for alphabetic words): scopes never cross runs
    negated: bool = False  # an expected event under a negator ("never arrived")


def _merge(a: Entry, b: Entry) -> Entry:
    """Two phrases that read the same (a word and the stem covering it): one entry, unless they disagree."""
    clash = ((a.valence is not None and b.valence is not None and a.valence != b.valence)
             or (a.kind and b.kind) or (a.intensity != 1.0 and b.intensity != 1.0))
    if clash:
        raise ValueError(f"analysis data: {a.phrase!r} and {b.phrase!r} match the same words but say different things")
    if b.valence is not None:
        a.valence = b.valence
    if b.kind:
        a.category, a.kind, a.weight = b.category, b.kind, b.weight
    a.negator = a.negator or b.negator
    a.contrast = a.contrast or b.contrast
    if b.intensity != 1.0:
        a.intensity = b.intensity
    return a


def _split_weight(item: str, default: float) -> tuple[str, float]:
    phrase, sep, w = item.rpartition("|")
    return (phrase, float(w)) if sep else (item, default)


class _Keys(dict):
    """word -> dictionary key (or None), computed on first sight of a word."""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, word: str) -> str | None:
        k = self[word] = self.compute(word)
        return k


class Scanner:
    def __init__(self):
        self.han: dict[str, Entry] = {}
        self.han_automaton: AhoCorasick | None = None
        self.han_entries: list[Entry] = []     # by the automaton's pattern index
        self.phrases: dict[tuple[str, ...], Entry] = {}
        self.single: dict[str, Entry] = {}     # one-word phrases by their key
        self.prefixes: set[tuple[str, ...]] = set()   # every start of 2+ words of a phrase of 2+ words
        self.first_words: set[str] = set()             # the first words of those phrases
        self.exact: set[str] = set()
        self.stems: set[str] = set()
        self.stem_lengths: tuple[int, ...] = ()
        self._keys = _Keys(self._compute_key)

    # building ---------------------------------------------------------------------------------------
    def entry(self, phrase: str) -> Entry:
        """The entry for `phrase`, created on first use (a phrase may be a cue and a sentiment word)."""
        folded = fold(phrase.strip())
        if not folded:
            raise ValueError(f"empty phrase in the analysis data: {phrase!r}")
        if HAN_RUN.fullmatch(folded):
            e = self.han.get(folded)
            if e is None:
                e = self.han[folded] = Entry(phrase)
            return e
        parts = folded.split()
        key = []
        for p in parts:
            if p.endswith("*"):
                stem = p[:-1]
                if len(stem) < MIN_STEM or words(stem) != [stem]:
                    raise ValueError(f"stem too short or not a word in the analysis data: {phrase!r}")
                self.stems.add(stem)
                key.append(p)
            else:
                if words(p) != [p]:
                    raise ValueError(f"phrase mixes scripts or punctuation in the analysis data: {phrase!r}")
                self.exact.add(p)
                key.append(p)
        k = tuple(key)
        e = self.phrases.get(k)
        if e is None:
            e = self.phrases[k] = Entry(phrase)
        return e

    def finish(self) -> None:
        # A word covered by a stem is always read as that stem ("working" as work*), so every phrase
        # is re-keyed the way scan() will key the text; entries that then coincide are merged.
        self.exact = {w for w in self.exact if not self._stem_of(w)}
        self.stem_lengths = tuple(sorted({len(s) for s in self.stems}, reverse=True))
        self._keys.clear()
        phrases: dict[tuple[str, ...], Entry] = {}
        for k, e in self.phrases.items():
            k = tuple(w if w.endswith("*") else self.key(w) for w in k)
            phrases[k] = _merge(phrases[k], e) if k in phrases else e
        self.phrases = phrases
        self.single = {k[0]: e for k, e in phrases.items() if len(k) == 1}
        self.prefixes = {k[:n] for k in phrases for n in range(2, len(k) + 1)}
        self.first_words = {k[0] for k in phrases if len(k) > 1}
        if self.han:
            self.han_automaton = AhoCorasick(list(self.han), matchkind=MatchKind.LeftmostLongest)
            self.han_entries = list(self.han.values())
        for e in (*self.han.values(), *phrases.values()):
            e.settle(weights()["severity"])
        self._keys.clear()

    def _stem_of(self, word: str) -> str | None:
        for L in range(len(word), MIN_STEM - 1, -1):
            if word[:L] in self.stems:
                return word[:L]
        return None

    # scanning ---------------------------------------------------------------------------------------
    def _compute_key(self, word: str) -> str | None:
        n = len(word)
        for L in self.stem_lengths:
            if L <= n and word[:L] in self.stems:
                return word[:L] + "*"
        return word if word in self.exact else None

    def key(self, word: str) -> str | None:
        """A word's dictionary key: its longest listed stem plus '*', else itself if listed."""
        return self._keys[word]

    def scan(self, folded: str, ws: list[str] | None = None) -> list[Hit]:
        """Every listed phrase in `folded` (text from text.fold; `ws` its words, if already split)."""
        hits: list[Hit] = []
        if ws is None:
            ws = words(folded)
        if ws:
            if len(self._keys) > CACHE_LIMIT:
                self._keys.clear()
            keys = list(map(self._keys.__getitem__, ws))
            single, prefixes, phrases, first_words = self.single, self.prefixes, self.phrases, self.first_words
            n, end = len(keys), 0
            for i in compress(count(), keys):   # the listed words only: most words are not
                if i < end:
                    continue                     # inside a phrase found before
                k = keys[i]
                e, L = single.get(k), 1
                j = i + 2 if k in first_words else n + 1
                while j <= n and (run := tuple(keys[i:j])) in prefixes:   # the longest phrase wins
                    if run in phrases:
                        e, L = phrases[run], j - i
                    j += 1
                if e is not None:
                    hits.append(Hit(i, i + L, e, -1))
                    end = i + L
        if self.han_automaton is not None and not folded.isascii() and HAN.search(folded):   # a C scan, cheaper than the call
            found = self.han_automaton.find_matches_as_indexes(folded)
            if found:
                runs = [m.start() for m in HAN_RUN.finditer(folded)]
                for i, start, end in found:
                    e = self.han_entries[i]
                    if e.role:   # a blocker (no role) still consumes its characters
                        r = bisect_right(runs, start) - 1
                        hits.append(Hit(start - runs[r], end - runs[r], e, r))
        return hits


def _load_toml(name: str) -> dict:
    with open(resource("analysis", name), "rb") as f:
        return tomllib.load(f)


CATEGORY_IDS = ("product_defect", "service", "delivery_delay", "billing_refund", "rumour", "employee_misconduct",
                "hacked_account", "backlash", "outage", "legal", "praise", "question", "other")
LANGS = ("en", "zh", "uk")
CUE_KINDS = ("complaint", "risk", "expected", "hint", "resolution")


def _load_cues(sc: Scanner) -> None:
    data = _load_toml("cues.toml")
    for category, kinds in data.items():
        if category not in CATEGORY_IDS:
            raise ValueError(f"cues.toml: unknown category {category!r}")
        for kind, table in kinds.items():
            if kind not in CUE_KINDS:
                raise ValueError(f"cues.toml: [{category}.{kind}] is not one of {', '.join(CUE_KINDS)}")
            default = float(table.get("weight", 1.0))
            for lang in LANGS:
                for item in table.get(lang, []):
                    phrase, w = _split_weight(item, default)
                    e = sc.entry(phrase)
                    if e.kind is not None:
                        raise ValueError(f"cues.toml: {phrase!r} is listed twice ({e.category}.{e.kind}, {category}.{kind})")
                    e.category, e.kind, e.weight = category, kind, w


def _load_sentiment(sc: Scanner, name: str) -> None:
    data = _load_toml(name)
    for phrase, v in data.get("words", {}).items():
        sc.entry(phrase).valence = float(v)
    for phrase in data.get("negators", {}).get("words", []):
        sc.entry(phrase).negator = True
    for phrase, v in data.get("intensifiers", {}).items():
        sc.entry(phrase).intensity = float(v)
    for phrase in data.get("contrast", {}).get("words", []):
        sc.entry(phrase).contrast = True
    for phrase in data.get("neutral", {}).get("words", []):
        sc.entry(phrase)  # a blocker: exists, so longer matches win, and carries nothing


@lru_cache(maxsize=1)
def scanner() -> Scanner:
    """The process-wide scanner (built once: the data is read-only while the program runs)."""
    sc = Scanner()
    _load_cues(sc)
    for name in ("sentiment_zh.toml", "sentiment_uk.toml", "negation_en.toml"):
        _load_sentiment(sc, name)
    sc.finish()
    return sc


@lru_cache(maxsize=1)
def weights() -> dict:
    """Severity, alert and sentiment-combination weights (resources/analysis/weights.toml)."""
    return _load_toml("weights.toml")


@lru_cache(maxsize=1)
def vader_additions() -> dict[str, float]:
    return {fold(k): float(v) for k, v in _load_toml("vader_additions.toml").get("words", {}).items()}
