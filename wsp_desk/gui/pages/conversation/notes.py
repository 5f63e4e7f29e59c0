"""The middle column of a conversation: the question in the visitor's own words, and the guide's notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from wsp_desk.gui.pages.conversation.panels import heading


class NotesPanel(QWidget):
    """`changed(part)` names the conversation's part that was typed in: "need_in_own_words" or "notes"."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_words = QPlainTextEdit(self)
        self.own_words.setTabChangesFocus(True)
        self.own_words.setPlaceholderText(self.tr("“I want to …”"))
        self.own_words.setFixedHeight(self.own_words.fontMetrics().lineSpacing() * 3 + 14)
        self.own_words.textChanged.connect(lambda: self.changed.emit("need_in_own_words"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Anything worth remembering: agreements, names, what to check."))
        self.notes.textChanged.connect(lambda: self.changed.emit("notes"))

        own_words_label = heading(self.tr("The question in the visitor's own &words"), self)
        own_words_label.setBuddy(self.own_words)
        notes_label = heading(self.tr("&Notes"), self)
        notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(own_words_label)
        layout.addWidget(self.own_words)
        layout.addSpacing(8)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)

    def show_texts(self, own_words: str, notes: str) -> None:
        self.own_words.setPlainText(own_words)
        self.notes.setPlainText(notes)
