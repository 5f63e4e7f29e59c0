"""Test doubles and helpers shared by the GUI tests."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWidget

from wsp_desk.gui import prompts


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

    def answer_instead_of_the_person(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Replace every prompt for the rest of the test."""
        for name in ("confirm", "warn", "alert", "inform", "ask_text"):
            monkeypatch.setattr(prompts, name, getattr(self, name))
