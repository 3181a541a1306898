"""Offline language detection: the script decides first, py3langid only what the script cannot.

A script front is both faster and more reliable on short texts than any n-gram model: Han
characters are Chinese (unless kana say Japanese), Hangul is Korean, and Cyrillic with the letters
і ї є ґ is Ukrainian. Chinese is split into Traditional (zh_TW) and Simplified (zh_CN) with OpenCC:
the characters that change under a Traditional→Simplified conversion are Traditional-only, those
that change the other way are Simplified-only, and the larger count wins. ASCII text made of
English function words that no other major language uses ("the", "and", "with", "would" ...) is
English; everything else goes to py3langid (ISO 639-1 codes), on a bounded prefix of the text."""

import hashlib
import io
import re
import shutil
from functools import cache
from operator import ne
from pathlib import Path

from console import APP_ID
from console.files import write_atomically

SAMPLE = 100   # characters looked at: plenty for a language, and py3langid's cost grows with length
HAN_SAMPLE = 60   # Han characters compared for Traditional/Simplified
MIN_LETTERS = 3   # below this any guess is noise ("ok", "x")
MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
CACHE_FORMAT = 1   # part of the cache folder's name: raise it when the arrays kept change

# Runs rather than single characters: counting is sum(map(len, findall)), a few matches per text.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]+")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_BELARUSIAN = re.compile(r"[ўЎ]")
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z']+")
# Frequent English words that are not words in other Latin-script languages ("in", "is", "was",
# "to", "my", "for" are, in German, Dutch, Polish or Danish); two of them in a sentence say English.
ENGLISH = frozenset(
    "the and you that with this they your what would there their about why when were have from been not are "
    "it's i'm don't can't didn't doesn't isn't won't".split())
_ASCII_LETTERS = re.compile(rf"[A-Za-z](?:[^A-Za-z]*[A-Za-z]){{{MIN_LETTERS - 1}}}")
# py3langid's candidates, narrowed to widely written languages with ISO 639-1 codes: on short
# posts the full set of 130 confuses English with Afrikaans or Icelandic far more often than
# it finds a real Icelandic post.
LANGUAGES = (
    "en de fr es it pt nl sv da no fi pl cs sk hu ro ru uk be bg sr hr sl el tr ar he fa ur hi bn ta th vi id ms "
    "tl ja ko zh ca eu gl et lv lt sq hy ka az kk sw"
).split()


@cache
def _identifier():
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    m = _narrowed_model()
    # The tables stay memory-mapped from the cache: the scores' table as a plain ndarray view
    # (np.memmap's own indexing runs Python code), the DFA's as memoryviews, which py3langid's
    # byte walk indexes with one C lookup per byte, as it does its own stdlib arrays.
    return LanguageIdentifier(m["ptc"].view(np.ndarray), m["pc"], m["classes"].tolist(), memoryview(m["nextmove"]),
                              m["out_feat"].tolist(), tk_row=memoryview(m["nextmove_row"]))


def _narrowed_model() -> dict:
    """py3langid's model narrowed to LANGUAGES, as arrays. The shipped file is LZMA-compressed
    float16 for every language it knows: unpacking it takes most of a second, paid by every poll
    before its parsers start. So the narrowed float32 tables are kept uncompressed in the user's
    cache folder, made on first use (about 60 MB), and memory-mapped: loading costs nothing and
    the parser processes share the pages. A cache that cannot be read, or is not whole, is made
    again; one that cannot be written costs only the time. (float32 because numpy multiplies
    float16 without BLAS: scoring is ~3x faster.)"""
    folder = _model_cache_folder()
    try:
        model = _cached_model(folder)
        if model is not None:
            return model
    except Exception:  # noqa: BLE001 - any damage (truncated, empty, foreign) means: make it again
        pass
    model = _narrow_shipped_model()
    try:
        _write_cache(folder, model)
    except Exception:  # noqa: BLE001 - a read-only or odd home: made in memory at each start
        pass
    return model


def _cached_model(folder: Path) -> dict | None:
    import numpy as np

    m = {k: np.load(folder / f"{k}.npy", mmap_mode="r", allow_pickle=False) for k in MODEL_ARRAYS}
    whole = (set(m["classes"].tolist()) == set(LANGUAGES) and m["ptc"].dtype == np.float32
             and m["ptc"].shape[1] == len(m["pc"]) == len(m["classes"])
             and len(m["nextmove"]) % 256 == 0 and len(m["nextmove_row"]) == len(m["out_feat"]))
    return m if whole else None


def _write_cache(folder: Path, model: dict) -> None:
    """Each array written whole or not at all; caches of other versions are removed."""
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    for k in MODEL_ARRAYS:
        buffer = io.BytesIO()
        np.save(buffer, model[k], allow_pickle=False)
        write_atomically(folder / f"{k}.npy", buffer.getvalue())
    for old in folder.parent.glob("langid-*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)


def _model_cache_folder() -> Path:
    import platformdirs
    from py3langid import __version__

    key = hashlib.sha256(" ".join([str(CACHE_FORMAT), __version__, *LANGUAGES]).encode()).hexdigest()[:16]
    return platformdirs.user_cache_path(APP_ID, appauthor=False) / f"langid-{key}"


def _narrow_shipped_model() -> dict:
    """The shipped model narrowed by py3langid itself (set_languages), as the arrays we keep."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(LANGUAGES)
    return {"ptc": np.ascontiguousarray(ident.nb_ptc, dtype=np.float32), "pc": np.asarray(ident.nb_pc),
            "classes": np.array(ident.nb_classes),
            "nextmove": np.frombuffer(ident.tk_nextmove, dtype=ident.tk_nextmove.typecode),
            "nextmove_row": np.frombuffer(ident.tk_row, dtype=ident.tk_row.typecode),
            "out_feat": np.asarray(ident.tk_output, dtype=np.int32)}


@cache
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def preload() -> None:
    """Load the models now (for example before forking workers, so they share them)."""
    _identifier()
    _converters()


def _count(pattern: re.Pattern, text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def chinese_variant(text: str) -> str:
    han = "".join(_HAN.findall(text))[:HAN_SAMPLE]
    to_simplified, to_traditional = _converters()
    traditional_only = sum(map(ne, han, to_simplified.convert(han)))
    if not traditional_only:   # nothing Traditional-only: Simplified whatever the other count says
        return "zh_CN"
    simplified_only = sum(map(ne, han, to_traditional.convert(han)))
    return "zh_TW" if traditional_only > simplified_only else "zh_CN"


def detect(text: str) -> str | None:
    """The language of `text` (en, zh_TW, zh_CN, uk, or another ISO 639-1 code); None for too few letters."""
    sample = text[:SAMPLE]
    if sample.isascii():   # the common case needs no script counting
        if not _ASCII_LETTERS.search(sample):
            return None
        words = _ASCII_WORD.findall(sample.lower())
        hits = sum(w in ENGLISH for w in words)
        if hits >= 2 and hits * 7 >= len(words):
            return "en"
        return _identifier().classify(sample)[0]
    han = _count(_HAN, sample)
    if han:
        if _KANA.search(sample):
            return "ja"
        # A Han character carries about a word: "Acme 新品很好用" is Chinese, "I love 水壺 kettles" is not.
        if han * 3 >= _count(_LATIN, sample):
            return chinese_variant(sample)
    letters = _count(_LETTERS, sample)
    if letters < MIN_LETTERS:
        return None
    if _count(_HANGUL, sample) * 2 >= letters:
        return "ko"
    if _UKRAINIAN.search(sample) and not _BELARUSIAN.search(sample) and _count(_CYRILLIC, sample) * 2 >= letters:
        return "uk"
    lang = _identifier().classify(sample)[0]
    return None if lang == "zh" else lang   # an n-gram "zh" without Han characters: trust the script
