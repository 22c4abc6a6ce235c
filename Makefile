# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv if missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXAMPLE := resources/examples/north-korean-troops-russia.timeline.json

.PHONY: run test lint bench clean bundle install-desktop fuzz images translations

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-run the install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	@touch $@ $(VENV)/.installed $(VENV)/.installed-bundle

$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	@$(BIN)/python scripts/check_qt_libs.py
	$(BIN)/timeline-app $(EXAMPLE)

# ruff over everything; mypy over timeline_app/core (files and strictness: [tool.mypy]).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/python -m mypy

test: lint
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 $(BIN)/python -m pytest -q

# The window's translations: .ts sources updated from the code's tr() calls, then compiled
# to the .qm files the package ships (PySide6's lupdate and lrelease; scripts/translations.py).
translations: $(VENV)/.installed
	$(BIN)/python scripts/translations.py

# The README's pictures of the example, drawn by the program itself (look at them after).
images: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/timeline-app export $(EXAMPLE) -o docs/images/seed.png
	QT_QPA_PLATFORM=offscreen $(BIN)/timeline-app export $(EXAMPLE) --said -o docs/images/said.png

# A one-folder build without Python needed: dist/timeline-app/timeline-app (see build.spec).
bundle: $(VENV)/.installed-bundle
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	@du -sh dist/timeline-app

# Menu entry, icon, metainfo and the *.timeline.json type for the current user (no root).
install-desktop: $(VENV)/.installed
	bash scripts/install_desktop.sh

# The loader fuzzing of `make test` (about a minute) for longer: FUZZ_SECONDS=3600 make fuzz.
FUZZ_SECONDS ?= 600
fuzz: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/fuzz.py --seconds $(FUZZ_SECONDS)

bench: $(VENV)/.installed
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench.py --shapes
	$(BIN)/python scripts/bench.py --startup

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache .hypothesis *.egg-info
