"""Fast checks of what the installed executable ships (the data lists in packaging/crisis-console.spec)
against the code and the installed libraries. The real frozen build is slow and runs in `make package`
and ../shared/acceptance/package.py, not here."""

import ast
import configparser
import importlib.util
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "crisis-console.spec"
PLUGINS = Path(PySide6.__file__).parent / "Qt" / "plugins"
# What a desktop start, the screenshots, printing and the window icon load.
PLUGINS_NEEDED = ["platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                  "printsupport/libcupsprintersupport.so", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                  "platformthemes/libqxdgdesktopportal.so"]


def spec_lists() -> dict:
    """The spec's top-level constants written as literals (its data lists), read without PyInstaller."""
    out = {}
    for node in ast.parse(SPEC.read_text()).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass   # computed at build time
    return out


LISTS = spec_lists()


def imported_modules() -> set[str]:
    """Every absolute module name console/ imports, at the top or inside a function."""
    names = set()
    for path in (ROOT / "console").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def is_dropped(plugin: str) -> bool:
    return any(plugin == d or plugin.startswith(d + "/") for d in LISTS["QT_PLUGINS_DROPPED"])


def test_the_lists_are_plain_data():
    assert {"DATA_PACKAGES", "CODE_PACKAGES", "QT_EXCLUDES", "OTHER_EXCLUDES", "QT_PLUGINS_DROPPED",
            "KEEP_LIBRARIES", "STRIPPED"} <= LISTS.keys()


def test_no_qt_module_the_code_uses_is_left_out():
    used = {".".join(n.split(".")[:2]) for n in imported_modules() if n.startswith("PySide6.Qt")}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"} <= used
    assert not used & set(LISTS["QT_EXCLUDES"])


def test_no_other_module_the_code_uses_is_left_out():
    tops = {n.split(".")[0] for n in imported_modules()}
    assert not tops & {e.split(".")[0] for e in LISTS["OTHER_EXCLUDES"]}


def test_every_data_package_is_used_and_has_data_files():
    tops = {n.split(".")[0] for n in imported_modules()}
    for pkg in LISTS["DATA_PACKAGES"]:
        assert pkg in tops, f"{pkg} ships its data but nothing imports it"
        folder = Path(importlib.util.find_spec(pkg).origin).parent
        data = [p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc", ".so", ".typed")]
        assert data, f"{pkg} has no data files to ship"


def test_modules_imported_by_name_are_collected():
    from console.cli import COMMANDS
    from console.ingest.parsepool import WARM_MODULE

    for name in [*COMMANDS, WARM_MODULE]:
        assert name.split(".")[0] in LISTS["CODE_PACKAGES"]
        assert importlib.util.find_spec(name) is not None, name


def test_dropped_plugins_exist_and_the_needed_ones_stay():
    for plugin in LISTS["QT_PLUGINS_DROPPED"]:
        assert (PLUGINS / plugin).exists(), f"stale entry: PySide6 has no plugin {plugin}"
    for plugin in PLUGINS_NEEDED:
        assert (PLUGINS / plugin).exists()
        assert not is_dropped(plugin), f"{plugin} is needed"


def test_qt_has_its_own_strings_in_every_interface_language():
    from console.ui import i18n

    folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    for lang in set(i18n.LANGUAGES) - {i18n.SOURCE_LANGUAGE}:
        assert (folder / f"qtbase_{lang}.qm").exists(), lang


def test_only_the_interpreter_and_brotli_are_stripped():
    # A wheel's vendored libraries (numpy.libs/...) are patched by auditwheel and break when stripped.
    assert not any(".libs" in s or s.startswith(("numpy", "PySide6")) for s in LISTS["STRIPPED"])


def test_desktop_entry_starts_the_executable_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "crisis-console.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "crisis-console" and d["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / f"{d['Icon']}.svg").exists()
    assert d["Categories"].endswith(";") and d["Keywords"].endswith(";")


def test_the_frozen_entry_point_runs_the_command_line():
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "entry.py"), "--version"],
                       capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert r.returncode == 0 and r.stdout.startswith("crisis-console "), r.stderr


def test_the_document_templates_ship_with_the_resources():
    # The binder and the review are rendered from templates under resources/, which the spec ships whole.
    from console.reports.rendering import environment

    spec = SPEC.read_text()
    assert 'datas = [(str(ROOT / "resources"), "resources")]' in spec
    folder = Path(environment().loader.searchpath[0])
    assert folder.is_relative_to(ROOT / "resources")
    templates = sorted(p.name for p in folder.glob("*.j2"))
    assert {"document.html.j2", "binder.html.j2", "review.html.j2"} <= set(templates)
