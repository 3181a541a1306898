"""The core/UI line is a check that can fail: every module outside console.ui imports with
PySide6 made unimportable."""

import subprocess
import sys

PROBE = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 blocked")
sys.meta_path.insert(0, Block())
import console
bad = []
for m in pkgutil.walk_packages(console.__path__, "console."):
    if m.name.startswith("console.ui") or m.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(m.name)
    except ImportError as e:
        bad.append(f"{m.name}: {e}")
print("\n".join(bad))
"""


def test_core_imports_without_qt():
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""


def test_probe_detects_a_core_module_that_imports_qt(tmp_path):
    # The probe itself must be able to fail: a stand-in core module that imports Qt is reported.
    pkg = tmp_path / "console"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "leaky.py").write_text("import PySide6.QtCore\n")
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, cwd=tmp_path,
                       env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert "console.leaky" in r.stdout


def test_the_window_starts_without_the_migration_machinery():
    """The wall's first page is on screen before sqlite-utils (and the numpy it loads, about a
    third of the start) is imported: the start path checks the schema with plain sqlite3."""
    code = ("import sys, console.cli, console.ui.app, console.ui.main_window\n"
            "print(sorted(m for m in ('sqlite_utils', 'numpy', 'lxml', 'aiohttp', 'psycopg') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_a_triage_command_loads_neither_the_network_stack_nor_the_feed_parser(tmp_path):
    """Every command's parser is built at start, so a command module's imports are paid by all of
    them: a triage command must not wait for the network stack and the feed parser (a third of a
    second), which only polling and test-feed use."""
    code = ("import sys\nfrom console.cli import main\n"
            "main(['--workspace', sys.argv[1], 'mentions', '--limit', '1'])\n"
            "print(sorted(m for m in ('aiohttp', 'feedparser', 'console.ingest.parse') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ws")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"
