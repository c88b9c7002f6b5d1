# The verbs of Welfare Desk. Only Python 3.11 is needed: the rest goes into .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench clean forms translations

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11) and "Serve Python 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/welfare-desk

# Designer forms in ui/ become Python in welfare_desk/gui/forms/ (a test checks they match).
forms: $(STAMP)
	for form in ui/*.ui; do \
		$(BIN)/pyside6-uic "$$form" -o welfare_desk/gui/forms/$$(basename "$$form" .ui)_ui.py; \
	done

# Collects the strings to translate into resources/translations/*.ts, then compiles .qm.
TS := resources/translations/welfare_desk_it.ts resources/translations/welfare_desk_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find welfare_desk/gui -name '*.py' -not -path '*/forms/*' | sort) ui/*.ui -ts $(TS)
	for ts in $(TS); do $(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm"; done

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: lint
	$(BIN)/pytest -n auto

bench: $(STAMP)
	$(BIN)/pytest tests/perf -p no:cacheprovider -s -q -o addopts=""

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
