"""Handovers to follow up as a table, overdue ones first and marked, and the status history of one handover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.domain.enums import ReferralStatus
from wsp_desk.gui import colours, translations
from wsp_desk.gui.labels import (
    consent_label,
    format_datetime,
    format_short_day,
    referral_note_label,
    referral_status_label,
)
from wsp_desk.gui.models.record_model import Column, RecordModel
from wsp_desk.services.referrals import ReferralEventView, ReferralView, consent_text

_Index = QModelIndex | QPersistentModelIndex
_STATUS_ORDER = {status: number for number, status in enumerate(ReferralStatus)}


def partner_text(referral: ReferralView) -> str:
    if referral.service_name == referral.organization_name:
        return referral.organization_name
    return f"{referral.organization_name} — {referral.service_name}"


class ReferralsModel(RecordModel):
    """Rows are `ReferralView`s. A follow-up that is overdue gets a red cell, a "!" and a tooltip; one due today an
    amber cell and the word "today": the colour is never the only cue. Closed handovers are drawn greyed."""

    PARTNER_COLUMN = 2
    FOLLOW_UP_COLUMN = 5
    CONSENT_COLUMN = 6

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        self._clock = clock
        super().__init__(parent)

    def columns(self) -> list[Column]:
        return [
            # The reference the partner quotes on the phone; the ticket is only unique within its day.
            Column(self.tr("Reference"), lambda r: r.reference, lambda r: f"{r.id:012d}"),
            Column(self.tr("Ticket"), lambda r: r.ticket, lambda r: f"{r.created_at.isoformat()} {r.id:012d}"),
            Column(self.tr("Partner"), partner_text),
            Column(self.tr("Status"), lambda r: referral_status_label(r.status), lambda r: _STATUS_ORDER[r.status]),
            Column(self.tr("Follows up"), lambda r: r.follow_up_by),
            Column(self.tr("Follow-up date"), self._follow_up_text, self._follow_up_key),
            Column(self.tr("Consent"), self._consent_text),
            Column(self.tr("Created"), lambda r: format_datetime(r.created_at), lambda r: r.created_at.isoformat()),
        ]

    def referrals(self) -> list[ReferralView]:
        return list(self._records)

    # --- showing --------------------------------------------------------------------------------------------------

    def _due_today(self, referral: ReferralView) -> bool:
        return referral.open and referral.follow_up_on == desk_day(self._clock.now())

    def _follow_up_text(self, referral: ReferralView) -> str:
        day = format_short_day(referral.follow_up_on)
        if referral.overdue:
            return self.tr("! {date}, overdue").format(date=day)
        if self._due_today(referral):
            return self.tr("{date}, today").format(date=day)
        return day

    @staticmethod
    def _follow_up_key(referral: ReferralView) -> str:
        """Overdue first, then the open ones by date, then the closed ones."""
        group = 0 if referral.overdue else 1 if referral.open else 2
        return f"{group} {referral.follow_up_on.isoformat()} {referral.id:012d}"

    def _consent_text(self, referral: ReferralView) -> str:
        consent = referral.consent
        return consent_label(consent is not None, consent is not None and not consent.active)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        referral: ReferralView = self._records[index.row()]
        if index.column() == self.FOLLOW_UP_COLUMN:
            due = 2 if referral.overdue else 1 if self._due_today(referral) else 0
            if role == Qt.ItemDataRole.BackgroundRole and due:
                return colours.RED if due == 2 else colours.AMBER
            if role == Qt.ItemDataRole.ForegroundRole and due:
                return colours.ON_SIGNAL
            if role == Qt.ItemDataRole.ToolTipRole and due:
                if due == 2:
                    return self.tr("Overdue: the follow-up was due on {date}").format(
                        date=format_short_day(referral.follow_up_on)
                    )
                return self.tr("The follow-up is due today")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(referral, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not referral.open:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return super().data(index, role)

    def _tooltip(self, referral: ReferralView, column: int) -> str | None:
        if column == self.PARTNER_COLUMN:
            contact = referral.contact_name and self.tr("Contact: {name}").format(name=referral.contact_name)
            return "\n".join(line for line in (partner_text(referral), contact, referral.reason) if line)
        if column == self.CONSENT_COLUMN and referral.consent is not None:
            consent = referral.consent
            text = consent_text()
            language = translations.current_language()
            items = ", ".join(text.item_label(item, language) for item in consent.items)
            given = self.tr("Given on {moment}, recorded by {name}: {items}").format(
                moment=format_datetime(consent.given_at), name=consent.recorded_by, items=items
            )
            if consent.withdrawn_at is None:
                return given
            withdrawn = self.tr("Withdrawn on {moment}, recorded by {name}").format(
                moment=format_datetime(consent.withdrawn_at), name=consent.withdrawn_by
            )
            return f"{given}\n{withdrawn}"
        return None


class ReferralHistoryModel(RecordModel):
    """The events of one handover: when, who, from → to, and the note."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda e: format_datetime(e.at), lambda e: e.at.isoformat()),
            Column(self.tr("By"), lambda e: e.actor_name),
            Column(self.tr("Change"), self._change),
            Column(self.tr("Note"), lambda e: referral_note_label(e.note)),
        ]

    @staticmethod
    def _change(event: ReferralEventView) -> str:
        if event.from_status is None or event.from_status == event.to_status:
            return referral_status_label(event.to_status)
        return f"{referral_status_label(event.from_status)} → {referral_status_label(event.to_status)}"
