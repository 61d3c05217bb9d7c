# The two commands of the README: `make run` and `make test`. Each does all set-up itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := resources/samples/a-62-232.zh.json

.PHONY: run test lint bench system-deps clean

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
	$(BIN)/cica-desktop $(SAMPLE)

test: system-deps $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check cica_desktop tests bench
	$(BIN)/mypy

bench: system-deps $(VENV)/.installed-test
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out build *.egg-info
