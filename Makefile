# Two commands do all the set-up (README, "Bắt đầu nhanh"):
#   make demo   — create .venv, install kehoach, run it on examples/
#   make test   — create .venv, install kehoach with its test tools, lint and run every test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
OUT ?= out
TODAY ?= 2023-06-15

.PHONY: setup demo test lint docs clean bench gallery

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("kehoach cần Python ≥ 3.11") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	cd examples && ../$(BIN)/kehoach validate

lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench

test: lint
	PYTHONWARNDEFAULTENCODING=1 $(BIN)/python -X warn_default_encoding -W error::EncodingWarning -m pytest

docs: $(STAMP)
	$(BIN)/python tools/schema_src.py
	$(BIN)/kehoach checks --format md > docs/checks.md

bench: $(STAMP)
	$(BIN)/python bench/run.py --files 1000

clean:
	rm -rf $(VENV) $(OUT) build dist .pytest_cache .ruff_cache
