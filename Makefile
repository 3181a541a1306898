# The README's two commands: `make run` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test bench package system-deps lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# Qt's offscreen platform, CJK fonts for the binder, poppler for PDF checks (installed only when root and missing).
system-deps:
	@sh packaging/system-deps.sh

run: $(STAMP)
	$(VENV)/bin/crisis-console --demo

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -s -q -p no:randomly --timeout=1500 -o addopts=""

lint: $(STAMP)
	$(VENV)/bin/ruff check console tests

package: $(STAMP) system-deps
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean packaging/crisis-console.spec
	QT_QPA_PLATFORM=offscreen dist/crisis-console/crisis-console self-test

clean:
	rm -rf build dist
