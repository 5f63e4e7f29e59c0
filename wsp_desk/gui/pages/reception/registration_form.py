"""The registration of a walk-in (ui/registration_form.ui), made to be filled in without the mouse.

Alt+1 … Alt+4 (or the arrow keys) choose the kind of visitor, every other input has a mnemonic, and Enter in any
input submits: the inputs pass Enter on to this widget, which emits `submitted`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.taxonomy import categories_for
from wsp_desk.domain.validation import format_phone
from wsp_desk.gui.forms.ui_registration_form import Ui_RegistrationForm
from wsp_desk.gui.labels import need_category_label, visitor_kind_label
from wsp_desk.gui.messages import InlineErrors
from wsp_desk.services.queue import Registration

# Rows of the question form that only employers fill in.
_COMPANY_ROW, _KVK_ROW = 3, 4


class RegistrationForm(QWidget):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_RegistrationForm()
        ui.setupUi(self)
        self._kinds = {
            VisitorKind.JOB_SEEKER: ui.jobSeeker,
            VisitorKind.EMPLOYED: ui.employed,
            VisitorKind.EMPLOYER: ui.employer,
            VisitorKind.OTHER: ui.otherKind,
        }
        for number, (kind, button) in enumerate(self._kinds.items(), start=1):
            button.setText(f"&{number}  {visitor_kind_label(kind)}")
            button.toggled.connect(self._kind_toggled)
        ui.needsInterpreter.toggled.connect(ui.interpreterLanguage.setEnabled)
        ui.needsInterpreter.toggled.connect(ui.interpreterLanguageLabel.setEnabled)
        ui.wantsCallback.toggled.connect(self._show_callback_fields)
        self.errors = InlineErrors(
            {
                "category_code": (ui.category, ui.categoryError),
                "question": (ui.question, ui.questionError),
                "name_or_initials": (ui.name, ui.nameError),
                "company_name": (ui.companyName, ui.companyNameError),
                "kvk_number": (ui.kvkNumber, ui.kvkNumberError),
                "interpreter_language": (ui.interpreterLanguage, ui.interpreterLanguageError),
                "callback_phone": (ui.callbackPhone, ui.callbackPhoneError),
                "callback_email": (ui.callbackEmail, ui.callbackEmailError),
            },
            ui.formError,
        )
        self.clear()

    def kind(self) -> VisitorKind:
        return next(kind for kind, button in self._kinds.items() if button.isChecked())

    def registration(self) -> Registration:
        ui = self.ui
        callback = ui.wantsCallback.isChecked()
        return Registration(
            visitor_kind=self.kind(),
            category_code=ui.category.currentData(),
            question=ui.question.text(),
            name_or_initials=ui.name.text(),
            company_name=ui.companyName.text(),
            kvk_number=ui.kvkNumber.text(),
            needs_interpreter=ui.needsInterpreter.isChecked(),
            interpreter_language=ui.interpreterLanguage.text(),
            accessibility_need=ui.accessibilityNeed.isChecked(),
            has_appointment=ui.hasAppointment.isChecked(),
            urgent=ui.urgent.isChecked(),
            callback_phone=ui.callbackPhone.text() if callback else "",
            callback_email=ui.callbackEmail.text() if callback else "",
        )

    def set_registration(self, data: Registration) -> None:
        ui = self.ui
        self._kinds[data.visitor_kind].setChecked(True)
        self._kind_changed()
        ui.category.setCurrentIndex(max(ui.category.findData(data.category_code), 0))
        texts = {
            ui.question: data.question,
            ui.name: data.name_or_initials,
            ui.companyName: data.company_name,
            ui.kvkNumber: data.kvk_number,
            ui.interpreterLanguage: data.interpreter_language,
            ui.callbackPhone: format_phone(data.callback_phone),
            ui.callbackEmail: data.callback_email,
        }
        for line, text in texts.items():
            line.setText(text)
        flags = {
            ui.needsInterpreter: data.needs_interpreter,
            ui.accessibilityNeed: data.accessibility_need,
            ui.hasAppointment: data.has_appointment,
            ui.urgent: data.urgent,
            ui.wantsCallback: bool(data.callback_phone or data.callback_email),
        }
        for box, checked in flags.items():
            box.setChecked(checked)

    def clear(self) -> None:
        """Empty the form for the next visitor: a job seeker (the most common), nothing else filled in."""
        self.errors.clear()
        for line in self.findChildren(QLineEdit):
            line.clear()
        for box in self.findChildren(QCheckBox):
            box.setChecked(False)
        self._kinds[VisitorKind.JOB_SEEKER].setChecked(True)
        self._kind_changed()
        self.ui.category.setCurrentIndex(0)
        self.ui.interpreterLanguage.setEnabled(False)
        self.ui.interpreterLanguageLabel.setEnabled(False)
        self._show_callback_fields(False)

    def focus_first(self) -> None:
        self._kinds[self.kind()].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def _kind_toggled(self, checked: bool) -> None:
        if checked:  # the button that was unchecked says so too
            self._kind_changed()

    def _kind_changed(self) -> None:
        """Offer the question categories of this kind of visitor (keeping the chosen one if it fits)."""
        kind = self.kind()
        combo = self.ui.category
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("(not chosen)"), None)
        for term in categories_for(kind):
            combo.addItem(need_category_label(term.code), term.code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        employer = kind == VisitorKind.EMPLOYER
        self.ui.questionForm.setRowVisible(_COMPANY_ROW, employer)
        self.ui.questionForm.setRowVisible(_KVK_ROW, employer)

    def _show_callback_fields(self, show: bool) -> None:
        for row in range(self.ui.callbackForm.rowCount()):
            self.ui.callbackForm.setRowVisible(row, show)
