# quotesvc development tasks. `make check` is what CI runs (.ci/run): lint, types, every test.
PYTHON ?= python
SRC = quotesvc quotesvc_tools tests scripts

.PHONY: install-dev lint format types test test-fast test-all check bench eval

install-dev:            ## the venv's test and lint tools (torch first: the CPU build, see README)
	$(PYTHON) -m pip install -e ".[test]"

lint:                   ## ruff: lint rules and formatting
	$(PYTHON) -m ruff check $(SRC)
	$(PYTHON) -m ruff format --check $(SRC)

format:                 ## apply ruff's formatting and safe fixes
	$(PYTHON) -m ruff format $(SRC)
	$(PYTHON) -m ruff check --fix $(SRC)

types:                  ## mypy on the runtime package
	$(PYTHON) -m mypy

test:                   ## the test suite (slow tests skipped)
	$(PYTHON) -m pytest -q

test-fast:              ## only the tests that need no model
	$(PYTHON) -m pytest -q -m "not model"

test-all:               ## every test, the tiny training run included
	$(PYTHON) -m pytest -q --run-slow

check: lint types test-all

bench:                  ## speed: Stanza alone vs quotesvc, on the GUM news articles and the seed article
	$(PYTHON) -m quotesvc_tools.bench

eval:                   ## accuracy on ../shared/eval
	$(PYTHON) scripts/evaluate_quotes.py
