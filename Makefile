# The two commands of the README: `make run` and `make test`. Each does all set-up itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench screenshot translations system-deps clean bundle bundle-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

system-deps:
	@bash scripts/system-deps.sh

run: system-deps $(VENV)/.installed
	$(BIN)/cica-desktop  # with no file: an untitled copy of the bundled Chinese sample

# The lint step first (ruff, mypy --strict on the whole package): CI fails on either.
test: system-deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check cica_desktop tests bench packaging scripts setup.py
	$(BIN)/mypy

# bench/run.py starts the other benchmarks itself (gui, form_scale, signing).
bench: system-deps $(VENV)/.installed-test
	$(BIN)/python bench/run.py

# docs/screenshot.png and one picture per part in out/screenshots (needs Debian's xvfb).
screenshot: system-deps $(VENV)/.installed
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python scripts/screenshots.py out/screenshots --docs

# Extract the interface's strings into the .ts files, then compile the .qm files we ship.
# The sources of interface strings, and one translation file per interface language.
TRANSLATED_SOURCES = cica_desktop/ui/*.py cica_desktop/verification.py cica_desktop/revisions.py \
	cica_desktop/findings.py cica_desktop/compose/kinds.py cica_desktop/app/preview_client.py
TRANSLATION_LOCALES = fr es ru zh_CN ar

translations: $(VENV)/.installed
	for locale in $(TRANSLATION_LOCALES); do \
		$(BIN)/pyside6-lupdate -no-obsolete $(TRANSLATED_SOURCES) \
			-ts resources/translations/cica_desktop_$$locale.ts && \
		$(BIN)/pyside6-lrelease resources/translations/cica_desktop_$$locale.ts \
			-qm resources/translations/cica_desktop_$$locale.qm || exit 1; \
	done

# The standalone application (docs/BUNDLE.md): dist/cica-desktop/, one folder made by
# PyInstaller in a venv of its own from the INSTALLED package (not the editable one), then
# its smoke test. Not part of `make test` (minutes of CI time).
BUNDLE_VENV := build/bundle-venv
BUNDLE_BIN  := $(BUNDLE_VENV)/bin

$(BUNDLE_BIN)/pyinstaller:
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_BIN)/python -m pip install --quiet --upgrade pip
	$(BUNDLE_BIN)/pip install --quiet 'pyinstaller>=6.10,<7'

bundle: system-deps $(BUNDLE_BIN)/pyinstaller
	$(BUNDLE_BIN)/pip install --quiet --upgrade .
	$(BUNDLE_BIN)/pip install --quiet --force-reinstall --no-deps .
	# Run from the venv's folder: with the checkout as the current folder, PyInstaller would
	# import cica_desktop from it (the spec refuses that) instead of the installed copy.
	cd $(BUNDLE_VENV) && bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath $(CURDIR)/dist --workpath $(CURDIR)/build/pyinstaller \
		$(CURDIR)/packaging/cica-desktop.spec
	$(MAKE) bundle-test

# From another folder (/): build every sample, check, sign, verify, the window offscreen.
bundle-test: $(BUNDLE_BIN)/pyinstaller
	cd / && $(abspath $(BUNDLE_BIN))/python $(CURDIR)/packaging/smoke_test.py \
		--bundle $(CURDIR)/dist/cica-desktop

clean:
	rm -rf $(VENV) out build dist *.egg-info
