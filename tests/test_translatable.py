"""Every string a person reads in the window reaches the translators: `make translations` (lupdate) only sees a
literal string inside tr()/translate()/QT_TRANSLATE_NOOP. So the window never translates an f-string or a sum of
strings, never shows an f-string or a sum with English words directly, and every table of labels it translates
by key holds strings lupdate collected (else they stay English in every language)."""

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "console" / "ui"
TRANSLATE = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}
SHOWN = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "addItem", "addAction", "setStatusTip",
         "showMessage", "setTitle", "setLabelText", "QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox",
         "QTableWidgetItem", "item", "setHorizontalHeaderLabels", "drawText"}
WORD = re.compile(r"[A-Za-z]{2,}")


def _name(func) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _built_with_words(node) -> bool:
    """An f-string or a + of strings that holds an English word of its own."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and WORD.search(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return any(_built_with_words(x) or (isinstance(x, ast.Constant) and isinstance(x.value, str)
                                            and WORD.search(x.value)) for x in (node.left, node.right))
    return False


def _modules():
    for path in sorted(UI.rglob("*.py")):
        yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))


def _text_argument(call: ast.Call):
    """The text a translate call translates (tr("x"), translate("Ctx", "x")); None for other calls."""
    name = _name(call.func)
    if name not in TRANSLATE or len(call.args) <= TRANSLATE[name]:
        return None
    if name == "translate" and not (call.args and isinstance(call.args[0], ast.Constant)
                                    and isinstance(call.args[0].value, str)):
        return None  # QPainter.translate(x, y) and the like
    return call.args[TRANSLATE[name]]


def test_nothing_translated_is_built_from_pieces():
    bad = []
    for path, tree in _modules():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            text = _text_argument(call)
            if text is not None and isinstance(text, ast.JoinedStr | ast.BinOp):
                bad.append(f"{path}:{call.lineno}: {ast.unparse(call)[:90]}")
    assert not bad, "lupdate cannot see a translated text built from pieces; use %1 and i18n.fill:\n" + "\n".join(bad)


def test_no_english_words_are_shown_from_an_f_string():
    bad = []
    for path, tree in _modules():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n.func) in SHOWN):
            bad += [f"{path}:{call.lineno}: {ast.unparse(a)[:90]}" for a in call.args if _built_with_words(a)]
    assert not bad, "words shown to a person must go through tr():\n" + "\n".join(bad)


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> set[str]:
    """The source strings lupdate collects today."""
    ts = tmp_path_factory.mktemp("lupdate") / "crisis-console_xx.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    r = subprocess.run([str(lupdate), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "console/ui", "console/sentences.py", "-ts", str(ts)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}


def _tables(tree) -> dict[str, list[str]]:
    """Module-level dicts of plain strings: NAME -> its values."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            values = [v.value for v in node.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
            if values:
                out[node.targets[0].id] = values
    return out


def test_every_label_translated_by_key_is_collected(collected):
    missing = []
    for path, tree in _modules():
        tables = _tables(tree)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            text = _text_argument(call)
            table = None
            if isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute) and text.func.attr == "get":
                table = text.func.value
            elif isinstance(text, ast.Subscript):
                table = text.value
            if isinstance(table, ast.Name) and table.id in tables:
                missing += [f"{path}:{call.lineno}: {table.id} {v!r}" for v in tables[table.id] if v not in collected]
    assert not missing, "labels translated by key that lupdate never collects (mark them QT_TRANSLATE_NOOP):\n" \
                        + "\n".join(missing)


def test_no_english_month_or_day_name_is_written():
    """Dates in the window come from QLocale, in documents as numbers: never strftime's English %b, %B, %a, %A."""
    named = re.compile(r"%[-#]?[bBaA]\b|:%[dbBaAYHM ]*%[bBaA]")
    bad = [f"{p.relative_to(ROOT)}:{n}: {line.strip()[:90]}" for p in sorted((ROOT / "console").rglob("*.py"))
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if ("strftime" in line or "{" in line) and named.search(line)]
    assert not bad, "\n".join(bad)
