"""Test doubles shared by the GUI tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox


@dataclass
class MessageBoxes:
    """Stands in for the blocking message boxes and input dialogs: records what they said, answers as told."""

    warnings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    text: str | None = None  # typed into an input dialog; None: Cancel
    prompts: list[tuple[str, str]] = field(default_factory=list)
