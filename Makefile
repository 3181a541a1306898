# The README's two commands: `make run` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test bench soak package system-deps lint clean translations translations-qm bytecode

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# The project's bytecode, as an installed copy has it (pip and PyInstaller compile it; this checkout
# is an editable install, and PYTHONDONTWRITEBYTECODE may be set): each command starts ~0.1 s sooner.
# Only what changed is compiled again; a read-only checkout simply goes without.
bytecode:
	-@$(PY) -m compileall -q console > /dev/null

# Qt's offscreen platform, CJK fonts for the binder, poppler for PDF checks (installed only when root and missing).
system-deps:
	@sh packaging/system-deps.sh

run: $(STAMP) translations-qm bytecode
	$(VENV)/bin/crisis-console --demo

# The import contracts (pyproject.toml, [tool.importlinter]) first: a broken layer fails in a second.
test: $(STAMP) system-deps translations-qm bytecode
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP) bytecode
	@sh packaging/system-deps.sh newsboat
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -s -q --timeout=1500 -o addopts="" -o python_files="bench_*.py"

# kill -9, 1,000 times (SOAK_CYCLES=N for another count), over the poller, command-line and playbook writes.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks/soak_kill.py -s -q --timeout=3600 -o addopts="" \
		-o python_files="soak_*.py" -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check console tests
	$(VENV)/bin/lint-imports

# The installed executable (onedir, dist/crisis-console/): built, then its own self-test runs.
package: $(STAMP) system-deps translations-qm
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN packaging/crisis-console.spec
	QT_QPA_PLATFORM=offscreen dist/crisis-console/crisis-console self-test

# Interface translations (Qt Linguist). `make translations` refreshes the committed .ts sources
# from the window's code (new strings arrive unfinished; vanished ones are dropped); the .qm the
# window loads are built from them and never committed.
TS := $(wildcard resources/translations/crisis-console_*.ts)
QM := $(TS:.ts=.qm)

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete -source-language en \
		console/ui console/sentences.py -ts $(TS)

translations-qm: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf build dist $(QM)
