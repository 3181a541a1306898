"""Offline language detection: the script decides first, py3langid only what the script cannot.

A script front is both faster and more reliable on short texts than any n-gram model: Han
characters are Chinese (unless kana say Japanese), Hangul is Korean, and Cyrillic with the letters
і ї є ґ is Ukrainian. Chinese is split into Traditional (zh_TW) and Simplified (zh_CN) with OpenCC:
the characters that change under a Traditional→Simplified conversion are Traditional-only, those
that change the other way are Simplified-only, and the larger count wins. Everything else goes to
py3langid (ISO 639-1 codes), on a bounded prefix of the text."""

import re
from functools import cache

SAMPLE = 300   # characters looked at: plenty for a language, and py3langid's cost grows with length
MIN_LETTERS = 3   # below this any guess is noise ("ok", "x")

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_BELARUSIAN = re.compile(r"[ўЎ]")
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier():
    # Imported here: loading the model takes about half a second, paid once per process.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


@cache
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def preload() -> None:
    """Load the models now (for example before forking workers, so they share them)."""
    _identifier()
    _converters()


def chinese_variant(text: str) -> str:
    han = "".join(_HAN.findall(text))
    to_simplified, to_traditional = _converters()
    traditional_only = sum(a != b for a, b in zip(han, to_simplified.convert(han), strict=False))
    simplified_only = sum(a != b for a, b in zip(han, to_traditional.convert(han), strict=False))
    return "zh_TW" if traditional_only > simplified_only else "zh_CN"


def detect(text: str) -> str | None:
    """The language of `text` (en, zh_TW, zh_CN, uk, or another ISO 639-1 code); None for too few letters."""
    sample = text[:SAMPLE]
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return None
    han = len(_HAN.findall(sample))
    if han:
        kana = len(_KANA.findall(sample))
        if kana:
            return "ja"
        # A Han character carries about a word: "Acme 新品很好用" is Chinese, "I love 水壺 kettles" is not.
        if han * 3 >= len(_LATIN.findall(sample)):
            return chinese_variant(sample)
    hangul = len(_HANGUL.findall(sample))
    if hangul * 2 >= letters:
        return "ko"
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic * 2 >= letters and _UKRAINIAN.search(sample) and not _BELARUSIAN.search(sample):
        return "uk"
    lang, _score = _identifier().classify(sample)
    if lang == "zh":   # n-gram guess without Han characters in the sample: trust the script instead
        return None
    return lang
