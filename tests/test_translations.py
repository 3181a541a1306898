"""Every shipped interface language is complete: its .ts (Qt Linguist) holds exactly the strings the
window's code and the core's sentences (console/sentences.py) ask for (what `make translations` would extract today), each one finished, with the
plural forms its language needs and the same placeholders as the English."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from console.resources import resource
from console.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLURAL_FORMS = {"zh_TW": 1, "zh_CN": 1, "uk": 3}     # Qt's numerus forms per language
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%(?:n|L?\d|[vmp])|\{[a-z_]+\}")


def ts_path(lang: str) -> Path:
    return resource("translations", f"{i18n.CATALOG}_{lang}.ts")


def messages(path: Path) -> dict:
    """(context, source, comment) → the <translation> element."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.iter("message"):
            out[(ctx.findtext("name"), m.findtext("source"), m.findtext("comment") or "")] = m.find("translation")
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set:
    """The strings the code asks for today, extracted the way `make translations` does."""
    ts = tmp_path_factory.mktemp("lupdate") / f"{i18n.CATALOG}_xx.ts"
    r = subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "console/ui", "console/sentences.py", "-ts", str(ts)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return set(messages(ts))


def test_the_shipped_languages_are_the_ones_the_setting_offers():
    shipped = {p.stem.removeprefix(f"{i18n.CATALOG}_") for p in resource("translations").glob("*.ts")}
    assert shipped == set(TRANSLATED) == set(PLURAL_FORMS)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_the_code_asks_for_is_there_and_nothing_else(lang, extracted):
    have = set(messages(ts_path(lang)))
    missing, stale = extracted - have, have - extracted
    assert not missing, f"{len(missing)} strings not in {lang} (run `make translations`, then translate): " \
                        f"{sorted(missing)[:5]}"
    assert not stale, f"{len(stale)} strings the code no longer has: {sorted(stale)[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_is_finished_with_the_same_placeholders(lang):
    problems = []
    for (ctx, source, _), t in messages(ts_path(lang)).items():
        forms = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{ctx}: {source!r} is not translated")
        elif t.find("numerusform") is not None and len(forms) != PLURAL_FORMS[lang]:
            problems.append(f"{ctx}: {source!r} has {len(forms)} plural forms, {lang} needs {PLURAL_FORMS[lang]}")
        else:
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            problems += [f"{ctx}: {source!r} → {f!r} changes the placeholders {wanted}"
                         for f in forms if sorted(set(PLACEHOLDER.findall(f))) != wanted]
    assert not problems, "\n".join(problems[:20])
