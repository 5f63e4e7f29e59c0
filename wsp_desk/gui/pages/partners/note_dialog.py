"""A note about a partner record: a report of incorrect information, or how one was resolved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_note_dialog import Ui_NoteDialog


class NoteDialog(FormDialog):
    """A few sentences for the coordinator: what is incorrect in a record, or how a report was resolved."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, label: str, field: str) -> None:
        super().__init__(parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.noteLabel.setText(label)
        self.set_error_fields({field: (self.ui.note, self.ui.noteError)}, self.ui.formError)
        self.ui.note.setFocus()

    def note(self) -> str:
        return self.ui.note.toPlainText()


def report_dialog(parent: QWidget | None, record_name: str) -> NoteDialog:
    return NoteDialog(
        parent,
        QCoreApplication.translate("NoteDialog", "Report incorrect information"),
        QCoreApplication.translate(
            "NoteDialog",
            "What is not correct about {name}? For example a phone number that no longer works, other opening hours, "
            "or a service that stopped. The coordinator checks it.",
        ).format(name=record_name),
        QCoreApplication.translate("NoteDialog", "&What is wrong:"),
        "description",
    )


def resolve_dialog(parent: QWidget | None, record_name: str, description: str) -> NoteDialog:
    return NoteDialog(
        parent,
        QCoreApplication.translate("NoteDialog", "Resolve report"),
        QCoreApplication.translate("NoteDialog", "Report about {name}: “{description}”").format(
            name=record_name, description=description
        ),
        QCoreApplication.translate("NoteDialog", "&What was done (optional):"),
        "resolution",
    )
