# Everyday tasks; the README's quick start uses the same commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
UI_FILES := $(wildcard ui/*.ui)
FORMS := $(patsubst ui/%.ui,wsp_desk/gui/forms/ui_%.py,$(UI_FILES))
TS_FILES := resources/translations/wsp_desk_nl.ts
# Formatted with ruff format: all the code and its tests (the generated forms are excluded in pyproject.toml).
FORMATTED := wsp_desk tests

.PHONY: run test lint forms translations update-translations bench screenshots install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(MAKE) translations

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	$(MAKE) translations

run: install
	$(BIN)/wsp-desk

test: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check $(FORMATTED)
	$(BIN)/mypy
	$(BIN)/lint-imports

forms: $(FORMS)

wsp_desk/gui/forms/ui_%.py: ui/%.ui
	$(BIN)/pyside6-uic $< -o $@

# Collect new tr() strings into the Dutch .ts (then translate them in Qt Linguist); without line numbers, so the
# committed .ts changes only where a text does.
update-translations:
	$(BIN)/pyside6-lupdate -extensions py,ui -no-obsolete -locations none wsp_desk ui -ts $(TS_FILES)

translations:
	$(BIN)/python -m wsp_desk.gui.translations build

# The README's pictures, from a demo desk in the Dutch UI (needs pdftoppm from poppler-utils).
screenshots: install
	$(BIN)/python docs/screenshots/render.py

bench: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf build dist *.egg-info resources/translations/*.qm
