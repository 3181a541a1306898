"""Chinese is written with full-width punctuation: every shipped Chinese string (the playbooks, the review's
words, the interface catalogues) has no half-width , : ; ? ! beside a Chinese character, and each script keeps
its own quotation marks (「」 in Traditional, “” in Simplified). Placeholders, addresses and the watch-term
query syntax (whose parentheses and quotes are typed as they are) are left aside."""

import re
import tomllib
import xml.etree.ElementTree as ET

import pytest

from console.resources import resource

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20"
HALF = re.compile(f"[{CJK}][,:;?!]|[,:;?!][{CJK}]")
HAN = re.compile("[\u4e00-\u9fff]")
QUERY = re.compile(r"\b(AND|OR|NOT)\b")
WRONG_QUOTES = {"zh_TW": re.compile("[“”]"), "zh_CN": re.compile("[「」]")}


def _strings(x, key=""):
    if isinstance(x, str):
        yield key, x
    items = x.items() if isinstance(x, dict) else enumerate(x) if isinstance(x, list) else []
    for k, v in items:
        yield from _strings(v, f"{key}.{k}" if key else str(k))


def shipped_chinese(lang: str):
    """(where, text) for every Chinese string shipped in `lang`."""
    with open(resource("playbooks", f"{lang}.toml"), "rb") as f:
        yield from ((f"playbooks/{lang}.toml {k}", s) for k, s in _strings(tomllib.load(f)))
    with open(resource("reports", "review.toml"), "rb") as f:
        yield from ((f"review.toml {lang}.{k}", s) for k, s in _strings(tomllib.load(f)[lang]))
    root = ET.parse(resource("translations", f"crisis-console_{lang}.ts")).getroot()
    for m in root.iter("message"):
        t = m.find("translation")
        forms = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
        yield from ((f"crisis-console_{lang}.ts {m.findtext('source')!r}", s) for s in forms)


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN"])
def test_chinese_uses_full_width_punctuation(lang):
    bad = []
    for where, text in shipped_chinese(lang):
        if not HAN.search(text) or QUERY.search(text):
            continue
        plain = re.sub(r"\{[^{}]*\}|%[nL]?\d?|https?://\S+", " ", text)
        bad += [f"{where}: …{plain[max(0, m.start() - 6):m.end() + 6]}…" for m in HALF.finditer(plain)]
        bad += [f"{where}: quotation marks {m.group()}" for m in WRONG_QUOTES[lang].finditer(plain)]
    assert not bad, f"{len(bad)} half-width marks or foreign quotes in {lang}:\n" + "\n".join(bad[:20])


def test_the_check_finds_half_width_marks():
    assert HALF.search("危機:負評") and HALF.search("?若") and not HALF.search("危機：負評")
