"""The werkcentrum's name and contact block as every handover letter prints it (ui/contact_fields.ui).

One form for the two places that ask for it: the first start and Beheer → Briefhoofd.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from wsp_desk.gui.forms.ui_contact_fields import Ui_ContactFields
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.letters.referral_letter import Letterhead

# The parts of the contact block, as the banner names them when they are empty.
_PART_NAMES = {
    "address": QT_TRANSLATE_NOOP("ContactFields", "address"),
    "phone": QT_TRANSLATE_NOOP("ContactFields", "phone"),
    "email": QT_TRANSLATE_NOOP("ContactFields", "e-mail"),
    "opening_hours": QT_TRANSLATE_NOOP("ContactFields", "opening hours"),
}


def missing_contact_text(missing: Sequence[str]) -> str:
    """One sentence naming the parts of the contact block (LetterheadService.missing_contact) letters lack."""
    parts = ", ".join(QCoreApplication.translate("ContactFields", _PART_NAMES[part]) for part in missing)
    return QCoreApplication.translate(
        "ContactFields", "Letters still lack: {parts}. Visitors need them to ask the werkcentrum a question."
    ).format(parts=parts)


def _fit_lines(edit: QPlainTextEdit, lines: int) -> None:
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 8)


class ContactFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ContactFields()
        ui.setupUi(self)
        _fit_lines(ui.address, 3)
        _fit_lines(ui.openingHours, 4)

    def show_letterhead(self, head: Letterhead) -> None:
        ui = self.ui
        ui.name.setText(head.name)
        ui.address.setPlainText(head.address)
        ui.phone.setText(head.phone)
        ui.email.setText(head.email)
        ui.openingHours.setPlainText(head.opening_hours)
        ui.website.setText(head.website)

    def letterhead(self, head: Letterhead) -> Letterhead:
        """`head` with what is typed here; its logo stays."""
        ui = self.ui
        return dataclasses.replace(
            head,
            name=ui.name.text().strip(),
            address=ui.address.toPlainText().strip(),
            phone=ui.phone.text().strip(),
            email=ui.email.text().strip(),
            opening_hours=ui.openingHours.toPlainText().strip(),
            website=ui.website.text().strip(),
        )

    def error_places(self) -> dict[str, tuple[QWidget, QLabel]]:
        """Where InlineErrors shows a problem with each field of the letterhead service."""
        ui = self.ui
        return {
            "name": (ui.name, ui.nameError),
            "address": (ui.address, ui.addressError),
            "phone": (ui.phone, ui.phoneError),
            "email": (ui.email, ui.emailError),
            "opening_hours": (ui.openingHours, ui.openingHoursError),
            "website": (ui.website, ui.websiteError),
        }
