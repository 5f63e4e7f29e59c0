"""The committed form modules are what pyside6-uic makes of ui/*.ui, and every input in a form has a label."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
FORMS = ROOT / "wsp_desk" / "gui" / "forms"
INPUTS = {"QLineEdit", "QComboBox", "QSpinBox", "QDateEdit", "QPlainTextEdit", "QTextEdit", "QListView", "QTableView"}


def _without_version(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("## Created by:")]


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda path: path.name)
def test_form_module_is_in_sync_with_its_ui_file(ui_file: Path, tmp_path: Path) -> None:
    generated = tmp_path / "form.py"
    uic = Path(sys.executable).with_name("pyside6-uic")
    subprocess.run([str(uic), str(ui_file), "-o", str(generated)], check=True)
    committed = FORMS / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"{committed.name} is missing: run make forms"
    assert _without_version(committed) == _without_version(generated), f"{committed.name} is stale: run make forms"


def test_every_form_module_has_its_ui_file() -> None:
    stems = {ui_file.stem for ui_file in UI_FILES}
    orphans = [form.name for form in FORMS.glob("ui_*.py") if form.stem.removeprefix("ui_") not in stems]
    assert not orphans


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda path: path.name)
def test_every_input_has_a_label_or_an_accessible_name(ui_file: Path) -> None:
    tree = ElementTree.parse(ui_file)
    buddies = {cstring.text for prop in tree.iter("property") if prop.get("name") == "buddy" for cstring in prop}
    unlabelled = [
        widget.get("name")
        for widget in tree.iter("widget")
        if widget.get("class") in INPUTS
        and widget.get("name") not in buddies
        and not any(prop.get("name") == "accessibleName" for prop in widget.findall("property"))
    ]
    assert not unlabelled
