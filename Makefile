# Everyday tasks; the README's quick start uses the same commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
UI_FILES := $(wildcard ui/*.ui)
FORMS := $(patsubst ui/%.ui,wsp_desk/gui/forms/ui_%.py,$(UI_FILES))
TS_FILES := resources/translations/wsp_desk_nl.ts
# Formatted with ruff format: all the Python files (the generated forms are excluded in pyproject.toml).
FORMATTED := .

# Extra pytest arguments for `make test`, e.g. PYTEST_ARGS="-n 2" to run on two processes.
PYTEST_ARGS ?=

.PHONY: run test test-at lint forms translations update-translations bench screenshots install install-test clean

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

# Prints the coverage of the package; a bare `pytest` stays quick.
test: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest --cov --cov-report=term:skip-covered $(PYTEST_ARGS)

# The suite again with the system clock set to another date (make test-at DATE=2028-02-29), so that a test which
# reads the real date instead of the fake clock fails. Needs faketime (Debian package faketime).
test-at: install-test
	QT_QPA_PLATFORM=offscreen faketime '$(DATE) 10:00:00' $(BIN)/pytest -p no:cacheprovider $(PYTEST_ARGS)

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
screenshots: install-test
	$(BIN)/python docs/screenshots/render.py

bench: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf build dist *.egg-info resources/translations/*.qm
