"""The small modal boxes that ask the person something (a file too) or tell them one thing, each written once.

Widgets call these functions through the module (`prompts.confirm(...)`), so that a test answers in the person's
place by replacing the function, never Qt's own statics.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes or No, with No the default: asked before a step that drops work or cannot be undone."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, text: str, title: str = "") -> None:
    """A problem that has no input to point at; the title is the application's name unless given."""
    QMessageBox.warning(parent, title or QGuiApplication.applicationDisplayName(), text)


def alert(parent: QWidget | None, text: str) -> None:
    """A problem that stops what the person started, such as a database that cannot open."""
    QMessageBox.critical(parent, QGuiApplication.applicationDisplayName(), text)


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QGuiApplication.applicationDisplayName(), text)


def choose(parent: QWidget | None, text: str, detail: str, choices: tuple[str, ...]) -> int | None:
    """One of a few ways on (the first is the default), with Close beside them; None when the person closes."""
    box = QMessageBox(QMessageBox.Icon.Information, QGuiApplication.applicationDisplayName(), text, parent=parent)
    box.setInformativeText(detail)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(buttons[0])
    box.exec()
    return next((index for index, button in enumerate(buttons) if button is box.clickedButton()), None)


def file_to_open(parent: QWidget | None, title: str, file_filter: str) -> str:
    """The path of a file to read; "" when the person cancels."""
    path, _chosen_filter = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path


def file_to_save(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """The path to write a file to; "" when the person cancels."""
    path, _chosen_filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text, such as a reason (`text` filled in to start with); None when the person cancels."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return text if ok else None
