"""Text normalisation shared by watch terms, lexicons and cues, so a query, a lexicon entry and a
mention are folded the same way: NFKC (full-width letters become ASCII), casefold, accents stripped
from Latin letters (café = cafe; Ukrainian й and ї are letters, not accents, and are kept), and
Traditional Chinese folded to Simplified (水壺 = 水壶), so one lexicon serves both scripts."""

import re
import unicodedata
from functools import lru_cache

import opencc

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Words of alphabetic scripts (Latin with accents, Cyrillic), with inner apostrophes (don't, п'ять).
WORD = re.compile(r"[0-9a-z\u00df-\u024f\u0400-\u04ff]+(?:'[0-9a-z\u00df-\u024f\u0400-\u04ff]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _latin_accent_table() -> dict[int, str]:
    table = {ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'", ord("`"): "'"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
        if base and base != chr(cp):
            table[cp] = base
    return table


_ACCENTS = _latin_accent_table()
# The characters _ACCENTS changes: most texts have none, and translate() looks up every character.
_ACCENTED = re.compile("[" + re.escape("".join(map(chr, sorted(_ACCENTS)))) + "]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """The comparable form of `text` (see the module docstring)."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold()
    if _ACCENTED.search(folded):
        folded = folded.translate(_ACCENTS)
    if HAN.search(folded):
        folded = _t2s().convert(folded)
    return folded


def words(folded: str) -> list[str]:
    """The alphabetic words of folded text (CJK runs are handled by substring matching instead)."""
    return WORD.findall(folded)


def has_han(folded: str) -> bool:
    return HAN.search(folded) is not None
