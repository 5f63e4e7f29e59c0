"""The bar above a conversation: "Next visitor" (F5), "Choose from the queue" (Shift+F5), how many wait (for this
guide), and the room the guide receives in. The number waiting follows the queue while the bar shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.desk_room import RoomChooser
from wsp_desk.gui.queue_watcher import QueueWatcher
from wsp_desk.services.locations import LocationView
from wsp_desk.services.queue_views import QueueEntry


class CallBar(QWidget):
    """Runs `next_visitor` and `choose_visitor` from its buttons and shortcuts."""

    def __init__(
        self,
        context: DeskContext,
        actor: Actor,
        location: LocationView | None,
        serves: tuple[VisitorKind, ...],
        parent: QWidget | None = None,
        *,
        next_visitor: Callable[[], object],
        choose_visitor: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._location = location
        self._serves = serves
        self._waiting: dict[int, QueueEntry] = {}
        self.next_action = shortcut_action(
            self,
            self.tr("Ne&xt visitor"),
            next_visitor,
            "F5",
            self.tr("Call the visitor whose turn it is to your room"),
        )
        self.choose_action = shortcut_action(
            self,
            self.tr("Choose from the &queue…"),
            choose_visitor,
            "Shift+F5",
            self.tr("Call one waiting visitor of your choice"),
        )
        self.addActions([self.next_action, self.choose_action])

        self.next_button = QPushButton(self)
        self.next_button.setText(self.next_action.text())
        self.next_button.setToolTip(self.next_action.toolTip())
        self.next_button.clicked.connect(self.next_action.trigger)
        big = QFont(self.next_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.next_button.setFont(big)
        self.next_button.setMinimumHeight(self.next_button.fontMetrics().height() * 2)
        self.next_button.setMinimumWidth(self.next_button.fontMetrics().horizontalAdvance(self.next_button.text()) + 48)
        self.choose_button = QPushButton(self.choose_action.text(), self)
        self.choose_button.setToolTip(self.choose_action.toolTip())
        self.choose_button.clicked.connect(self.choose_action.trigger)
        self.waiting_label = QLabel(self)
        self.room: RoomChooser | None = None
        if location is not None:
            self.room = RoomChooser(context, location.id, self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.next_button)
        layout.addWidget(self.choose_button)
        layout.addSpacing(12)
        layout.addWidget(self.waiting_label)
        layout.addStretch(1)
        if self.room is not None:
            room_label = QLabel(self.tr("&Your room:"), self)
            room_label.setBuddy(self.room)
            layout.addWidget(room_label)
            layout.addWidget(self.room)

        self.watcher = QueueWatcher(context.queue_views, context.clock, self)
        self.watcher.changed.connect(self._queue_changed)
        self.watcher.day_changed.connect(self._load_waiting)

    def room_id(self) -> int | None:
        return self.room.room_id() if self.room is not None else None

    def set_can_call(self, can_call: bool) -> None:
        for action, button in ((self.next_action, self.next_button), (self.choose_action, self.choose_button)):
            action.setEnabled(can_call)
            button.setEnabled(can_call)

    def called(self, entry: QueueEntry) -> None:
        """A visitor this desk called is no longer waiting, before the next poll says so."""
        self._waiting[entry.id] = entry
        self._show_waiting()

    def _load_waiting(self) -> None:
        if self._location is None:
            return
        try:
            self.watcher.start()
            entries = self._context.queue_views.today(self._actor, self._location.id)
        except DeskError:
            self.waiting_label.clear()
            return
        self._waiting = {entry.id: entry for entry in entries}
        self._show_waiting()

    def _queue_changed(self, since: int) -> None:
        if self._location is None:
            return
        try:
            _, entries = self._context.queue_views.changes_since(self._actor, self._location.id, since)
        except DeskError:
            self.watcher.token = since
            return
        self._waiting.update((entry.id, entry) for entry in entries)
        self._show_waiting()

    def _show_waiting(self) -> None:
        waiting = [entry for entry in self._waiting.values() if entry.status == VisitStatus.WAITING]
        if self._serves:
            mine = sum(1 for entry in waiting if entry.visitor_kind in self._serves)
            text = self.tr("Waiting: {count} (for you: {mine})").format(count=len(waiting), mine=mine)
        else:
            text = self.tr("Waiting: {count}").format(count=len(waiting))
        self.waiting_label.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_waiting()

    def hideEvent(self, event: QHideEvent) -> None:
        self.watcher.stop()
        super().hideEvent(event)
