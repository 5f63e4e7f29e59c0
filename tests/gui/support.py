"""Test doubles and helpers shared by the GUI tests: the keyboard, dialogs and the person at the message boxes."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from wsp_desk.gui import prompts
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.partner_search import PartnerSearchWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def type_search(qtbot: QtBot, search: PartnerSearchWidget, text: str) -> None:
    search.search_field.clear()
    qtbot.keyClicks(search.search_field, text)


def press_ok(dialog: FormDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


@dataclass
class MessageBoxes:
    """Stands in for the person at the boxes of `wsp_desk.gui.prompts`: records what they said, answers as told."""

    warnings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    answer: bool = True  # Yes
    text: str | None = None  # typed into an input box; None: Cancel
    prompts: list[tuple[str, str]] = field(default_factory=list)
    path: str = ""  # chosen in a file dialog; "": Cancel
    choice: int | None = None  # the way on chosen in a choice box; None: Close
    offers: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)

    def confirm(self, _parent: QWidget | None, _title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answer

    def warn(self, _parent: QWidget | None, text: str, _title: str = "") -> None:
        self.warnings.append(text)

    def alert(self, _parent: QWidget | None, text: str) -> None:
        self.alerts.append(text)

    def inform(self, _parent: QWidget | None, text: str) -> None:
        self.told.append(text)

    def ask_text(self, _parent: QWidget | None, _title: str, label: str, text: str = "") -> str | None:
        self.prompts.append((label, text))
        return self.text

    def choose(self, _parent: QWidget | None, text: str, detail: str, choices: tuple[str, ...]) -> int | None:
        self.offers.append((text, detail, choices))
        return self.choice

    def file_to_open(self, _parent: QWidget | None, _title: str, _file_filter: str) -> str:
        return self.path

    def file_to_save(self, _parent: QWidget | None, _title: str, _suggested: str, _file_filter: str) -> str:
        return self.path

    def answer_instead_of_the_person(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Replace every prompt for the rest of the test."""
        for name in ("confirm", "warn", "alert", "inform", "choose", "ask_text", "file_to_open", "file_to_save"):
            monkeypatch.setattr(prompts, name, getattr(self, name))
