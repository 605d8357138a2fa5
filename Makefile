# The two commands of the README: `make run` and `make test`.
# Both create .venv when it is missing and install the project with its test extra.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := resources/examples/eva-pizza.journey

.PHONY: run test lint bench clean install-desktop translations dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/journeydesk $(EXAMPLE)

# Two GUI lanes: offscreen (everything but tests/display), then a real X server (Xvfb), whose
# tests are skipped with the reason when Xvfb is not installed.
test: $(STAMP)
	$(BIN)/python -m pytest
	JOURNEYDESK_TEST_LANE=display $(BIN)/python -m pytest tests/display

# Style, types (pyright, 0 errors), the layer contracts (import-linter, in pyproject.toml) and
# translations that match the sources and are complete.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pyright
	$(BIN)/lint-imports
	$(BIN)/python packaging/translations.py check

# Extract every tr() into resources/translations/*.ts (pyside6-lupdate), fill the English plural
# forms, and compile the .qm files the app loads (committed, so running needs no Qt tools).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py all

bench: $(STAMP)
	$(BIN)/python bench/bench_storage.py
	$(BIN)/python bench/bench_canvas.py
	$(BIN)/python bench/bench_find.py
	$(BIN)/python bench/bench_poster.py
	$(BIN)/python bench/bench_cli.py

# The launcher, icon and file type for this user (Linux desktops): .journey files then open in
# JourneyDesk from the file manager. Uses the journeydesk command on the PATH (pip install .).
APP_ID := io.github.journeydesk.journeydesk
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
install-desktop:
	install -Dm644 packaging/$(APP_ID).desktop $(DATA_HOME)/applications/$(APP_ID).desktop
	install -Dm644 resources/icons/journeydesk.svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	for size in 16 24 32 48 64 128 256 512; do \
		install -Dm644 resources/icons/png/journeydesk-$$size.png \
			$(DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/$(APP_ID).png; \
	done
	install -Dm644 packaging/$(APP_ID).mime.xml $(DATA_HOME)/mime/packages/$(APP_ID).xml
	install -Dm644 packaging/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	-update-mime-database $(DATA_HOME)/mime
	-update-desktop-database $(DATA_HOME)/applications

# The frozen one-folder app, dist/JourneyDesk/ (PyInstaller; build/ holds its work files), with
# the executables journeydesk and journeydesk-gui; see packaging/README.md. Check it with
# `$(BIN)/python packaging/smoke_dist.py`.
PYINSTALLER_OK := import sys, PyInstaller as p; \
	sys.exit([int(n) for n in p.__version__.split(".")[:2]] < [6, 10])
dist: $(STAMP)
	$(BIN)/python -c '$(PYINSTALLER_OK)' 2>/dev/null \
		|| $(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build packaging/journeydesk.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
