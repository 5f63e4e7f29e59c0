"""Overdrachten: the warm handovers to follow up until the partner has taken over.

Overdue follow-ups come first and are marked. Each action is a button, a shortcut and a context-menu entry: the next
step of a handover (with a note, and a new follow-up date if needed), withdrawing the visitor's consent, the letter
again (the same document as first printed) and the history. The list is loaded again whenever the page is shown and
after every action; `changed` then tells the main window that the number of due follow-ups may differ.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from wsp_desk.dates import desk_day
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import Role
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import prompts
from wsp_desk.gui.labels import referral_status_label
from wsp_desk.gui.messages import error_text, show_error
from wsp_desk.gui.models.referrals_model import ReferralsModel
from wsp_desk.gui.pages.referral_dialogs import ReferralHistoryDialog, ReferralStatusDialog
from wsp_desk.gui.record_table import RecordTable
from wsp_desk.services.referrals import ALLOWED, ReferralView

if TYPE_CHECKING:  # the preview loads QtPdf when the first letter is shown, not with the page
    from wsp_desk.gui.letter_preview import LetterPreview


class ReferralsPage(QWidget):
    changed = Signal()

    def __init__(
        self, context: DeskContext, actor: Actor, location_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._referrals = context.referrals
        self._actor = actor
        self._location_id = location_id
        self._record_actions: list[tuple[QAction, Callable[[ReferralView], bool]]] = []

        self.model = ReferralsModel(context.clock, self)
        self.table = RecordTable(self.model, self._load, self.tr("&Handovers to follow up"), self)
        self.mine = self.table.add_filter_box(self.tr("Only &my handovers"))
        self.mine.setToolTip(self.tr("The handovers you follow up"))
        self.mine.setChecked(actor.role == Role.GUIDE)
        self.here = self.table.add_filter_box(self.tr("This l&ocation only"))
        self.here.setChecked(location_id is not None)
        self.here.setEnabled(location_id is not None)
        self.closed = self.table.add_filter_box(self.tr("Show &closed"))
        self.closed.setToolTip(self.tr("Also the handovers that were taken over, declined or cancelled"))
        for box in (self.mine, self.here, self.closed):
            box.toggled.connect(lambda _on: self.reload())
        self.table.view.sortByColumn(ReferralsModel.FOLLOW_UP_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.view.setWordWrap(False)
        # The partner takes the room that is left (its tooltip has all of it); the other columns fit their text.
        header = self.table.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ReferralsModel.PARTNER_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.status_action = self._add(
            self.tr("Change &status…"),
            self.change_status,
            "F2",
            lambda r: bool(ALLOWED[r.status]),
            self.tr("The next step: handed over, contact made, taken over, declined, not reached, cancelled"),
        )
        self.withdraw_action = self._add(
            self.tr("&Withdraw consent…"),
            self.withdraw_consent,
            "Ctrl+Shift+T",
            lambda r: r.consent is not None and r.consent.active,
            self.tr("The visitor takes back their consent to share their details"),
        )
        self.letter_action = self._add(
            self.tr("Show &letter…"),
            self.show_letter,
            "Ctrl+P",
            lambda _r: True,
            self.tr("The letter as first printed, to print again"),
        )
        self.history_action = self._add(self.tr("H&istory…"), self.show_history, "Ctrl+H", lambda _r: True)
        self.refresh_action = self.table.add_action(self.tr("&Refresh"), self.reload, "F5", needs_record=False)
        self.table.set_default_action(self.status_action)
        self.table.current_changed.connect(self._update_actions)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.notice = QLabel(self)  # what the last action did
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)

    def _add(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str,
        enabled_for: Callable[[ReferralView], bool],
        tooltip: str = "",
    ) -> QAction:
        action = self.table.add_action(text, slot, shortcut, tooltip)
        self._record_actions.append((action, enabled_for))
        return action

    # --- loading --------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def _load(self) -> list[ReferralView]:
        return self._referrals.referrals(
            self._actor,
            mine=self.mine.isChecked(),
            location_id=self._location_id if self.here.isChecked() else None,
            include_closed=self.closed.isChecked(),
        )

    def reload(self, select_id: int | None = None) -> None:
        self.table.reload(select_id)
        try:
            due = self._referrals.due_count(self._actor)
        except DeskError as error:
            self.summary.setText(error_text(error))
            return
        self.summary.setText(
            self.tr("Nothing of yours is due: no follow-up for today or before.")
            if due == 0
            else self.tr("Your follow-ups due today or overdue: {count}.").format(count=due)
        )
        self._update_actions()

    def _update_actions(self) -> None:
        referral = self.table.current()
        for action, enabled_for in self._record_actions:
            action.setEnabled(referral is not None and enabled_for(referral))

    def _selected(self) -> ReferralView:
        referral: ReferralView = self.table.chosen()  # the actions are enabled only with a selected handover
        return referral

    def _done(self, referral_id: int, message: str = "") -> None:
        """After an action: load the list again, keep the handover selected, and say what happened."""
        self.reload(referral_id)
        if message:
            self.notice.setText(message)
        self.changed.emit()

    # --- actions --------------------------------------------------------------------------------------------------

    def change_status(self) -> ReferralStatusDialog:
        referral = self._selected()
        dialog = ReferralStatusDialog(self, referral, desk_day(self._context.clock.now()))
        saved: list[ReferralView] = []
        dialog.finished.connect(lambda _result: self._status_saved(referral, saved))
        dialog.open_with(
            lambda: saved.append(
                self._referrals.set_status(
                    self._actor, referral.id, dialog.status(), dialog.note(), dialog.follow_up_on()
                )
            )
        )
        return dialog

    def _status_saved(self, referral: ReferralView, saved: list[ReferralView]) -> None:
        if not saved:
            self.reload(referral.id)
            return
        status = referral_status_label(saved[0].status)
        self._done(referral.id, self.tr("{ticket} is now: {status}.").format(ticket=referral.ticket, status=status))

    def withdraw_consent(self) -> None:
        referral = self._selected()
        if not prompts.confirm(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Withdraw the consent of {ticket}? From now on nothing of theirs may be shared with {organization}, "
                "and the sheet for the partner is no longer printed. The withdrawal is recorded."
            ).format(ticket=referral.ticket, organization=referral.organization_name),
        ):
            return
        try:
            self._referrals.withdraw_consent(self._actor, referral.id)
        except DeskError as error:
            show_error(self, error)
            self.reload(referral.id)
            return
        self._done(
            referral.id,
            self.tr("The consent of {ticket} is withdrawn. Tell {organization} that they may no longer use it.").format(
                ticket=referral.ticket, organization=referral.organization_name
            ),
        )

    def show_letter(self) -> LetterPreview | None:
        from wsp_desk.gui.letter_preview import open_letter

        referral = self._selected()
        preview = open_letter(self, self._context, self._actor, referral.id)
        if preview is not None:
            preview.status_changed.connect(lambda _view: self._done(referral.id))
        return preview

    def show_history(self) -> ReferralHistoryDialog | None:
        referral = self._selected()
        try:
            events = self._referrals.history(self._actor, referral.id)
        except DeskError as error:
            show_error(self, error)
            return None
        dialog = ReferralHistoryDialog(self, referral, events)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
