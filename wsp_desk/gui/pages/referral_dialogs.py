"""The dialogs of the Overdrachten page: the next step of a handover, and its history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QWidget,
)

from wsp_desk.domain.enums import ReferralStatus
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_referral_status_dialog import Ui_ReferralStatusDialog
from wsp_desk.gui.history_dialog import RecordHistoryDialog
from wsp_desk.gui.labels import referral_status_label
from wsp_desk.gui.models.referrals_model import ReferralHistoryModel, partner_text
from wsp_desk.services.referrals import ALLOWED, ReferralEventView, ReferralView

# The steps offered first: how a handover usually goes on.
_ORDER = (
    ReferralStatus.HANDED_OVER,
    ReferralStatus.CONTACT_MADE,
    ReferralStatus.COMPLETED,
    ReferralStatus.NOT_REACHED,
    ReferralStatus.DECLINED,
    ReferralStatus.CANCELLED,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReferralStatusDialog(FormDialog):
    """The steps a handover may take now, a note (required when the partner declined) and a new follow-up date."""

    def __init__(self, parent: QWidget | None, referral: ReferralView, today: date) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ReferralStatusDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Next step of {ticket}").format(ticket=referral.ticket))
        ui.intro.setText(
            self.tr("Handover of {ticket} to {partner}. Now: {status}.").format(
                ticket=referral.ticket, partner=partner_text(referral), status=referral_status_label(referral.status)
            )
        )
        for status in _ORDER:
            if status in ALLOWED[referral.status]:
                ui.status.addItem(referral_status_label(status), status)
        ui.status.currentIndexChanged.connect(self._status_changed)
        ui.followUpOn.setMinimumDate(_qdate(min(today, referral.follow_up_on)))
        ui.followUpOn.setDate(_qdate(max(today, referral.follow_up_on)))
        ui.note.setFixedHeight(ui.note.fontMetrics().lineSpacing() * 4 + 2 * ui.note.frameWidth() + 8)
        self.set_error_fields({"note": (ui.note, ui.noteError)}, ui.formError)
        self._status_changed()
        ui.status.setFocus()

    def _status_changed(self) -> None:
        if self.status() == ReferralStatus.DECLINED:
            hint = self.tr("Required: say why the partner declined.")
        else:
            hint = self.tr("For example: who you spoke to, and what was agreed.")
        self.ui.noteHint.setText(hint)

    def status(self) -> ReferralStatus:
        return ReferralStatus(self.ui.status.currentData())

    def note(self) -> str:
        return self.ui.note.toPlainText().strip()

    def follow_up_on(self) -> date | None:
        if not self.ui.changeFollowUp.isChecked():
            return None
        chosen = self.ui.followUpOn.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class ReferralHistoryDialog(RecordHistoryDialog):
    """Every step of one handover: when, by whom, from → to, and the note."""

    def __init__(self, parent: QWidget | None, referral: ReferralView, events: list[ReferralEventView]) -> None:
        model = ReferralHistoryModel()
        model.set_records(events)
        title = QCoreApplication.translate(
            "ReferralHistoryDialog", "History of the handover of {ticket} to {partner}"
        ).format(ticket=referral.ticket, partner=referral.organization_name)
        super().__init__(parent, title, model)
