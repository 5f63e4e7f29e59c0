"""Test doubles shared by the GUI tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox


@dataclass
class MessageBoxes:
    """Stands in for QMessageBox: records warnings, answers questions with `answer`."""

    warnings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
