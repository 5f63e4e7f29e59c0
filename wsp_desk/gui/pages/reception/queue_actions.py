"""The Balie's queue steps on the selected visit, and the day close.

Every step is a button, a shortcut and a context-menu entry of the queue table, offered only to the roles the queue
service lets take it (and refused underneath all the same), and enabled while the domain's queue steps allow it for
the selected visit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Action, Actor, allowed
from wsp_desk.domain.queue_steps import UNDO_WINDOW, QueueStep, queue_steps
from wsp_desk.errors import DeskError
from wsp_desk.gui import prompts
from wsp_desk.gui.desk_room import active_rooms
from wsp_desk.gui.messages import error_text, show_error
from wsp_desk.gui.pages.reception.dialogs import (
    CorrectionDialog,
    DaySummaryDialog,
    HistoryDialog,
    TicketOnScreen,
    TransferDialog,
)
from wsp_desk.gui.record_table import RecordTable
from wsp_desk.services.locations import LocationView
from wsp_desk.services.queue_views import QueueEntry

S = VisitStatus


class QueueActions(QObject):
    """The actions live on `table` and parent their dialogs and messages on `page`; `notice` tells the person acting
    what a step did. The room called to and the kinds called come from `room_id` and `serves` at the moment of
    calling.

    `changed(entries)` follows every step with the visits it changed, for the page to show at once; `day_closed`
    follows the day close, before its summary opens.
    """

    changed = Signal(list)
    day_closed = Signal()

    def __init__(
        self,
        page: QWidget,
        table: RecordTable,
        context: DeskContext,
        actor: Actor,
        location: LocationView,
        *,
        notice: QLabel,
        room_id: Callable[[], int | None],
        serves: Callable[[], tuple[VisitorKind, ...]],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._table = table
        self._context = context
        self._queue = context.queue
        self._views = context.queue_views
        self._actor = actor
        self._location = location
        self._notice = notice
        self._room_id = room_id
        self._serves = serves
        self._entry_actions: list[tuple[QAction, Callable[[QueueEntry], bool]]] = []
        self._build()

    def _may(self, action: Action) -> bool:
        return allowed(self._actor.role, action)

    def _add(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str,
        enabled_for: Callable[[QueueEntry], bool],
        tooltip: str = "",
    ) -> QAction:
        """A queue action on the selected visit, enabled while `enabled_for` holds for it."""
        action = self._table.add_action(text, slot, shortcut, tooltip)
        self._entry_actions.append((action, enabled_for))
        return action

    def _build(self) -> None:
        def may(step: QueueStep) -> Callable[[QueueEntry], bool]:
            return lambda entry: step in queue_steps(entry.status, entry.guide_id, self._actor)

        if self._may(Action.CALL_VISITOR):
            self.call_next_action = self._table.add_action(
                self.tr("Call &next"),
                self.call_next,
                "F5",
                self.tr("Call the visitor whose turn it is to your room"),
                needs_record=False,
            )
            self._page.addAction(self.call_next_action)  # from anywhere on the page
            self.call_action = self._add(
                self.tr("&Call this visitor"), self.call_selected, "Shift+F5", may(QueueStep.CALL)
            )
            self.recall_action = self._add(
                self.tr("Call a&gain"),
                self.recall,
                "F6",
                may(QueueStep.RECALL),
                self.tr("Not there? After the last call the ticket becomes a no-show"),
            )
            self.start_action = self._add(
                self.tr("&Start conversation"), self.start_conversation, "F7", may(QueueStep.START)
            )
            self.finish_action = self._add(self.tr("&Finish"), self.finish, "F8", may(QueueStep.FINISH))
            self.transfer_action = self._add(self.tr("&Transfer…"), self.transfer, "Ctrl+T", may(QueueStep.TRANSFER))
        self.return_action = self._add(
            self.tr("&Return to queue"),
            self.return_to_queue,
            "Ctrl+R",
            may(QueueStep.RETURN),
            self.tr("Back to waiting, in their original place"),
        )
        self.park_action = self._add(
            self.tr("&Park"),
            self.park,
            "Ctrl+Shift+P",
            may(QueueStep.PARK),
            self.tr("Out of the queue for a while, for example to fetch a document"),
        )
        self.left_action = self._add(self.tr("Mark as &left…"), self.mark_left, "Ctrl+Shift+L", may(QueueStep.LEAVE))
        self.correct_action = self._add(
            self.tr("C&orrect…"),
            self.correct,
            "F2",
            may(QueueStep.CORRECT),
            self.tr("Change what was registered"),
        )
        self.cancel_action = self._add(
            self.tr("Ca&ncel…"),
            self.cancel,
            "Ctrl+Delete",
            may(QueueStep.CANCEL),
            self.tr("Take back a registration made by mistake"),
        )
        self.undo_action = self._add(
            self.tr("&Undo"),
            self.undo,
            QKeySequence(QKeySequence.StandardKey.Undo).toString(),
            may(QueueStep.UNDO),
            self.tr("Take back the last change of this visit (within {minutes} minutes)").format(
                minutes=int(UNDO_WINDOW.total_seconds() // 60)
            ),
        )
        self.history_action = self._add(self.tr("&History…"), self.history, "Ctrl+H", lambda _entry: True)
        self.print_action = self._add(self.tr("&Print ticket"), self.print_ticket, "Ctrl+P", lambda _entry: True)
        self._page.addAction(self.print_action)  # right after registering, while the focus is in the form
        self.close_day_action = self._table.add_action(
            self.tr("Close the &day…"),
            self.close_day,
            "Ctrl+Shift+E",
            self.tr("Close everyone still open as not served and show the day summary"),
            needs_record=False,
        )
        self._table.set_default_action(self.correct_action)
        self._table.current_changed.connect(self.update)

    # --- the steps ------------------------------------------------------------------------------------------

    def _selected(self) -> QueueEntry:
        entry: QueueEntry = self._table.chosen()  # the actions are enabled only with a selected visit
        return entry

    def _change(self, change: Callable[[], QueueEntry]) -> QueueEntry | None:
        """Make a change through the queue service and show it at once; a refusal becomes a message."""
        try:
            entry = change()
        except DeskError as error:
            show_error(self._page, error)
            return None
        self._apply([entry])
        return entry

    def _called(self, entry: QueueEntry | None) -> None:
        if entry is not None:
            where = entry.room_name or self.tr("the desk")
            self._notice.setText(self.tr("{ticket} is called to {room}.").format(ticket=entry.ticket, room=where))

    def call_next(self) -> None:
        try:
            entry = self._queue.call_next(self._actor, self._location.id, self._room_id(), self._serves())
        except DeskError as error:
            show_error(self._page, error)
            return
        if entry is None:
            self._notice.setText(self.tr("Nobody is waiting now."))
            return
        self._apply([entry])
        self._table.select(entry.id)
        self._called(entry)

    def call_selected(self) -> None:
        entry = self._selected()
        self._called(self._change(lambda: self._queue.call(self._actor, entry.id, self._room_id())))

    def recall(self) -> None:
        entry = self._change(lambda: self._queue.recall(self._actor, self._selected().id))
        if entry is not None and entry.status == S.NO_SHOW:
            self._notice.setText(
                self.tr("{ticket} did not come after {calls} calls and is marked as a no-show.").format(
                    ticket=entry.ticket, calls=entry.call_count
                )
            )
        else:
            self._called(entry)

    def start_conversation(self) -> None:
        self._change(lambda: self._queue.start_conversation(self._actor, self._selected().id))

    def finish(self) -> None:
        self._change(lambda: self._queue.finish(self._actor, self._selected().id))

    def return_to_queue(self) -> None:
        self._change(lambda: self._queue.return_to_queue(self._actor, self._selected().id))

    def park(self) -> None:
        self._change(lambda: self._queue.park(self._actor, self._selected().id))

    def transfer(self) -> TransferDialog | None:
        entry = self._selected()
        try:
            guides = self._context.users.guides(self._actor)
        except DeskError as error:
            show_error(self._page, error)
            return None
        dialog = TransferDialog(self._page, entry, guides, active_rooms(self._context, self._location.id))
        dialog.open_with(
            lambda: self._apply([self._queue.transfer(self._actor, entry.id, dialog.guide_id(), dialog.room_id())])
        )
        return dialog

    def mark_left(self) -> None:
        entry = self._selected()
        reason = prompts.ask_text(
            self._page,
            self.tr("Visitor left"),
            self.tr("Why did {ticket} leave? For example: could not wait any longer.").format(ticket=entry.ticket),
        )
        if reason is not None:
            self._change(lambda: self._queue.mark_left(self._actor, entry.id, reason))

    def correct(self) -> CorrectionDialog | None:
        entry = self._selected()
        try:
            data, version = self._queue.registration(self._actor, entry.id)
        except DeskError as error:
            show_error(self._page, error)
            return None
        dialog = CorrectionDialog(self._page, entry.ticket, data)
        dialog.open_with(
            lambda: self._apply([self._queue.correct(self._actor, entry.id, version, dialog.registration())])
        )
        return dialog

    def cancel(self) -> None:
        entry = self._selected()
        if prompts.confirm(
            self._page,
            self.tr("Cancel registration"),
            self.tr("Cancel ticket {ticket}? Only for a registration made by mistake; it stays in the history.").format(
                ticket=entry.ticket
            ),
        ):
            self._change(lambda: self._queue.cancel(self._actor, entry.id))

    def undo(self) -> None:
        self._change(lambda: self._queue.undo_last(self._actor, self._selected().id))

    def history(self) -> HistoryDialog | None:
        entry = self._selected()
        try:
            events = self._views.history(self._actor, entry.id)
        except DeskError as error:
            show_error(self._page, error)
            return None
        dialog = HistoryDialog(self._page, entry.ticket, events)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_ticket(self) -> None:
        self.print_entry(self._selected())

    def print_entry(self, entry: QueueEntry) -> None:
        """Print the ticket; without a printer that works, offer to show it on screen or save it instead."""
        # Imported here: reportlab and QtPdf load when the first ticket is printed, not when the desk starts.
        from wsp_desk.gui import printing
        from wsp_desk.letters.ticket import render_ticket

        pdf = render_ticket(entry.ticket, entry.arrived_at, self._location.name)
        try:
            printing.print_pdf(pdf, printing.default_printer(), entry.ticket)
        except DeskError as error:
            self._instead_of_printing(entry, pdf, error)
            return
        self._notice.setText(self.tr("Ticket {ticket} printed.").format(ticket=entry.ticket))

    def _instead_of_printing(self, entry: QueueEntry, pdf: bytes, problem: DeskError) -> None:
        choice = prompts.choose(
            self._page,
            self.tr(
                "Ticket {ticket} cannot be printed: show it on screen for the visitor, or save it as a PDF."
            ).format(ticket=entry.ticket),
            error_text(problem),
            (self.tr("&Show on screen"), self.tr("&Save as PDF…")),
        )
        if choice == 0:
            dialog = TicketOnScreen(self._page, entry, self._location.name)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self._notice.setText(self.tr("Ticket {ticket} is shown on screen.").format(ticket=entry.ticket))
        elif choice == 1:
            self._save_ticket(entry, pdf)

    def _save_ticket(self, entry: QueueEntry, pdf: bytes) -> None:
        suggested = self.tr("ticket-{ticket}.pdf").format(ticket=entry.ticket)
        path = prompts.file_to_save(
            self._page, self.tr("Save the ticket as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            Path(path).write_bytes(pdf)
        except OSError as error:
            prompts.warn(
                self._page,
                self.tr("The ticket could not be saved as {path}: {problem}").format(path=path, problem=error.strerror),
            )
            return
        self._notice.setText(self.tr("Ticket {ticket} is saved as {path}.").format(ticket=entry.ticket, path=path))

    def close_day(self) -> DaySummaryDialog | None:
        reason = prompts.ask_text(
            self._page,
            self.tr("Close the day"),
            self.tr("Everyone still waiting, called or parked is closed as not served. Why?"),
            self.tr("Reception closed"),
        )
        if reason is None:
            return None
        try:
            closed = self._queue.close_day(self._actor, self._location.id, reason)
            summary = self._views.day_summary(self._actor, self._location.id)
        except DeskError as error:
            show_error(self._page, error)
            return None
        self.day_closed.emit()
        dialog = DaySummaryDialog(self._page, summary, closed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def update(self) -> None:
        """Enable the steps the selected visit allows."""
        entry = self._table.current()
        for action, enabled_for in self._entry_actions:
            action.setEnabled(entry is not None and enabled_for(entry))

    def _apply(self, entries: list[QueueEntry]) -> None:
        self.changed.emit(entries)
