"""Balie: register a walk-in in seconds, keep today's queue, call and hand over visitors, close the day.

The left side registers: Enter in any input registers, the form clears for the next visitor and the ticket number
shows large. The right side is the queue of this location, kept live by a QueueWatcher that updates only the visits
another desk changed; its steps and the day close are the QueueActions beside this page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.dates import clock_time
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Action, Actor, allowed
from wsp_desk.domain.queue_steps import OPEN
from wsp_desk.errors import DeskError
from wsp_desk.gui import preferences
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.chime import Chime, SoundFactory
from wsp_desk.gui.colours import show_as_error
from wsp_desk.gui.desk_room import RoomChooser, served_kinds
from wsp_desk.gui.labels import format_minutes, visitor_kind_label
from wsp_desk.gui.messages import error_text
from wsp_desk.gui.models.queue_model import QueueFilter, QueueModel
from wsp_desk.gui.page_context import PageContext
from wsp_desk.gui.pages.reception.queue_actions import QueueActions
from wsp_desk.gui.pages.reception.registration_form import RegistrationForm
from wsp_desk.gui.queue_watcher import QueueWatcher
from wsp_desk.gui.record_table import RecordTable
from wsp_desk.services.locations import LocationView
from wsp_desk.services.queue_views import QueueEntry
from wsp_desk.services.settings import WAIT_ALERT_MINUTES, WAIT_WARNING_MINUTES

if TYPE_CHECKING:
    from wsp_desk.gui.display_window import DisplayWindow

S = VisitStatus


def reception_page(context: PageContext) -> QWidget:
    """The Balie page of the main window, or a notice where no location is open."""
    if context.location is None:
        notice = QLabel(
            QCoreApplication.translate(
                "ReceptionPage", "No location is open today, so there is no queue. Log in at an open location."
            )
        )
        notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return notice
    return ReceptionPage(context.desk, context.actor, context.location, chime=context.chime)


class ReceptionPage(QWidget):
    def __init__(
        self,
        context: DeskContext,
        actor: Actor,
        location: LocationView,
        parent: QWidget | None = None,
        *,
        chime: SoundFactory = Chime.create,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._chime = chime
        self._queue = context.queue
        self._views = context.queue_views
        self._actor = actor
        self.location = location
        self._display: DisplayWindow | None = None

        self.form = RegistrationForm(self)
        self.form.submitted.connect(self.register)
        self.register_button = QPushButton(self.tr("&Register"), self)
        self.register_button.setToolTip(self.tr("Enter in any field registers too"))
        self.register_button.clicked.connect(self.register)
        self.print_after = QCheckBox(self.tr("Print a ticket a&fter registering"), self)
        self.print_after.setChecked(preferences.PRINT_AFTER_REGISTERING.get())
        self.print_after.toggled.connect(preferences.PRINT_AFTER_REGISTERING.set)
        self.ticket_number = QLabel("", self)
        self.ticket_details = QLabel(self.tr("No visitor registered yet at this desk."), self)
        self.ticket_details.setWordWrap(True)

        self.model = QueueModel(context.clock, self)
        self.proxy = QueueFilter(self)
        self.table = RecordTable(
            self.model,
            lambda: self._views.today(actor, location.id),
            self.tr("Queue &today"),
            self,
            proxy=self.proxy,
        )
        self.show_filter = QComboBox(self)
        for text, statuses in (
            (self.tr("Open visits"), OPEN),
            (self.tr("Waiting"), frozenset({S.WAITING})),
            (self.tr("Finished"), frozenset(S) - OPEN),
            (self.tr("All of today"), None),
        ):
            self.show_filter.addItem(text, statuses)
        self.show_filter.currentIndexChanged.connect(lambda: self.proxy.set_statuses(self.show_filter.currentData()))
        self.proxy.set_statuses(OPEN)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in VisitorKind:
            self.kind_filter.addItem(visitor_kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(lambda: self.proxy.set_kind(self.kind_filter.currentData()))
        self.table.add_filter(self.tr("Sho&w:"), self.show_filter)
        self.table.add_filter(self.tr("Vi&sitors:"), self.kind_filter)
        self.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # The question and the particulars share the room that is left (their tooltips have all of it), so the
        # queue fits the page without scrolling sideways; the other columns fit their text.
        header = self.table.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.view.setWordWrap(False)

        self.counts_label = QLabel(self)
        self.counts_label.setStyleSheet("font-weight: bold")
        self.estimate_label = QLabel(self)
        self.estimate_label.setWordWrap(True)
        self.notice = QLabel(self)  # what the last action did, for the person who did it
        self.notice.setWordWrap(True)
        self.problem = QLabel(self)  # the queue cannot be kept up to date
        self.problem.setWordWrap(True)
        show_as_error(self.problem, bold=True)
        self.problem.hide()

        self.room: RoomChooser | None = None
        self._serves: tuple[VisitorKind, ...] = ()
        self._build_actions()
        self._build_layout()

        self.watcher = QueueWatcher(self._views, context.clock, self)
        self.watcher.changed.connect(self._apply_changes)
        self.watcher.day_changed.connect(self.reload)
        self.watcher.failed.connect(self._show_problem)
        self.watcher.recovered.connect(self.problem.hide)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.refresh_waiting_times)
        self._ticker.start()
        self.reload()
        self.form.focus_first()

    # --- building -----------------------------------------------------------------------------------------------

    def _may(self, action: Action) -> bool:
        return allowed(self._actor.role, action)

    def _build_actions(self) -> None:
        self.queue_actions = QueueActions(
            self,
            self.table,
            self._context,
            self._actor,
            self.location,
            notice=self.notice,
            room_id=self.room_id,
            serves=lambda: self._serves,
        )
        self.queue_actions.changed.connect(self._apply)
        self.queue_actions.day_closed.connect(self.reload)
        self.open_display_action = shortcut_action(
            self, self.tr("Open &waiting-room screen"), self.open_display, "Ctrl+Shift+D"
        )
        self._view_menu = QMenu(self.tr("&View"), self)
        self._view_menu.addAction(self.open_display_action)

    def _build_layout(self) -> None:
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3.2)
        big.setBold(True)
        self.ticket_number.setFont(big)
        self.ticket_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = QLabel(self.tr("Ticket of the last visitor"), self)
        ticket_panel = QFrame(self)
        ticket_panel.setFrameShape(QFrame.Shape.StyledPanel)
        ticket_layout = QVBoxLayout(ticket_panel)
        ticket_layout.addWidget(caption)
        ticket_layout.addWidget(self.ticket_number)
        ticket_layout.addWidget(self.ticket_details)
        ticket_tools = QHBoxLayout()
        print_button = QToolButton(self)
        print_button.setDefaultAction(self.queue_actions.print_action)
        ticket_tools.addWidget(print_button)
        ticket_tools.addWidget(self.print_after, 1)
        ticket_layout.addLayout(ticket_tools)

        register_box = QGroupBox(self.tr("New visitor"), self)
        register_layout = QVBoxLayout(register_box)
        register_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        register_layout.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(register_box)
        left.addWidget(ticket_panel)
        left.addStretch(1)

        header = QHBoxLayout()
        header.addWidget(self.counts_label)
        header.addSpacing(24)
        header.addWidget(self.estimate_label, 1)
        if self._may(Action.CALL_VISITOR):
            header.addLayout(self._room_chooser())
        right = QVBoxLayout()
        right.addLayout(header)
        right.addWidget(self.problem)
        right.addWidget(self.table, 1)
        right.addWidget(self.notice)

        content = QWidget(self)
        layout = QHBoxLayout(content)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)
        register_box.setFixedWidth(max(register_box.sizeHint().width(), 420))
        ticket_panel.setFixedWidth(register_box.width())
        # In a small window the page scrolls rather than keeping the window large.
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _room_chooser(self) -> QHBoxLayout:
        """Where this desk's guide receives visitors (remembered per PC), and the kinds they call."""
        self.room = RoomChooser(self._context, self.location.id, self)
        label = QLabel(self.tr("&Your room:"), self)
        label.setBuddy(self.room)
        row = QHBoxLayout()
        self._serves = served_kinds(self._context, self._actor)
        if self._serves:
            kinds = ", ".join(visitor_kind_label(kind) for kind in self._serves)
            row.addWidget(QLabel(self.tr("You call: {kinds}").format(kinds=kinds), self))
        row.addWidget(label)
        row.addWidget(self.room)
        return row

    def room_id(self) -> int | None:
        return None if self.room is None else self.room.room_id()

    # --- keeping the queue up to date ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Load today's queue in full: at the start and when the desk day turns over."""
        try:
            self.watcher.start()
            settings = self._context.settings
            self.model.set_limits(settings.get(WAIT_WARNING_MINUTES), settings.get(WAIT_ALERT_MINUTES))
        except DeskError as error:
            self._show_problem(error)
        self.table.reload()
        self._entries_changed()

    def _apply_changes(self, since: int) -> None:
        try:
            _, entries = self._views.changes_since(self._actor, self.location.id, since)
        except DeskError as error:
            self.watcher.token = since  # the next poll offers the same changes again
            self._show_problem(error)
            return
        self._apply(entries)

    def _apply(self, entries: list[QueueEntry]) -> None:
        self.model.update_entries(entries)
        self._entries_changed()

    def _entries_changed(self) -> None:
        entries = self.model.entries()
        counts = self._views.counts(entries)
        self.counts_label.setText(
            self.tr("Waiting: {waiting}   In conversation: {talking}   Done: {done}").format(
                waiting=counts.waiting, talking=counts.in_conversation, done=counts.done
            )
        )
        estimate = self._views.estimated_wait(entries)
        self.estimate_label.setText(
            self.tr("A new visitor waits about {time}.").format(time=format_minutes(estimate))
            if estimate is not None
            else self.tr("No waiting-time estimate yet: no conversation has finished today.")
        )
        self.queue_actions.update()

    def _show_problem(self, error: DeskError) -> None:
        self.problem.setText(self.tr("The queue is not up to date. {problem}").format(problem=error_text(error)))
        self.problem.show()

    # --- registering --------------------------------------------------------------------------------------------

    def register(self) -> None:
        self.form.errors.clear()
        try:
            entry = self._queue.register(self._actor, self.location.id, self.form.registration())
        except DeskError as error:
            self.form.errors.show(error)  # next to its field; what was typed stays
            return
        self._apply([entry])
        self.ticket_number.setText(entry.ticket)
        self.ticket_details.setText(
            self.tr("{kind}, registered at {time}").format(
                kind=visitor_kind_label(entry.visitor_kind), time=clock_time(entry.arrived_at)
            )
        )
        self.form.clear()
        self.form.focus_first()
        self.table.select(entry.id)
        if self.print_after.isChecked():
            self.queue_actions.print_entry(entry)

    # --- the waiting-room screen --------------------------------------------------------------------------------

    def menus(self) -> list[QMenu]:
        """The View menu for the window's menu bar: "Open waiting-room screen"."""
        return [self._view_menu]

    def open_display(self) -> DisplayWindow:
        """On a second monitor, full screen; on a single monitor as a window beside the desk."""
        from wsp_desk.gui.display_window import DisplayWindow

        if self._display is not None:
            self._display.raise_()  # open already: bring it forward
            return self._display
        display = DisplayWindow(self._views, self._context.clock, self.location.id, self._chime(), self)
        display.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        display.destroyed.connect(self._display_closed)
        self._display = display
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            display.setScreen(screens[1])
            display.setGeometry(screens[1].geometry())
            display.showFullScreen()
        else:
            display.resize(960, 540)
            display.show()
        return display

    def _display_closed(self) -> None:
        self._display = None
