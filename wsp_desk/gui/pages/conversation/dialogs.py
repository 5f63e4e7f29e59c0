"""The dialogs of the Gesprek page: how the conversation ended, choosing a visitor from the waiting list, and
searching the directory for a partner.

They are built in code: their content comes from data (the outcomes, today's queue) or is a widget of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.clock import Clock
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import ConversationOutcome
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.queue_steps import QueueStep, queue_steps
from wsp_desk.gui.labels import outcome_label
from wsp_desk.gui.models.queue_model import QueueFilter, QueueModel
from wsp_desk.gui.partner_search import PartnerSearchWidget
from wsp_desk.services.directory_search import SearchFilters, SearchHit
from wsp_desk.services.queue_views import QueueEntry


class OutcomeDialog(QDialog):
    """How did the conversation end? One choice (arrows, or Alt+number), then Enter."""

    def __init__(self, parent: QWidget | None, ticket: str, suggested: ConversationOutcome | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finish the conversation with {ticket}").format(ticket=ticket))
        intro = QLabel(self.tr("How did the conversation end?"), self)
        self.group = QButtonGroup(self)
        self.buttons: dict[ConversationOutcome, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for number, outcome in enumerate(ConversationOutcome, start=1):
            button = QRadioButton(f"&{number}  {outcome_label(outcome)}", self)
            self.group.addButton(button)
            self.buttons[outcome] = button
            layout.addWidget(button)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Finish"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addSpacing(8)
        layout.addWidget(self.box)
        self.group.buttonToggled.connect(self._update)
        if suggested is not None:
            self.buttons[suggested].setChecked(True)
        self._update()
        (self.buttons[suggested] if suggested is not None else self.buttons[ConversationOutcome.ANSWERED]).setFocus()

    def outcome(self) -> ConversationOutcome | None:
        return next((outcome for outcome, button in self.buttons.items() if button.isChecked()), None)

    def _update(self) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.outcome() is not None)


class ChooseVisitorDialog(QDialog):
    """The visitors waiting now; Enter or a double click calls the chosen one."""

    def __init__(self, parent: QWidget | None, clock: Clock, actor: Actor, entries: list[QueueEntry]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a waiting visitor"))
        self.model = QueueModel(clock, self)
        self.model.set_records(
            [entry for entry in entries if QueueStep.CALL in queue_steps(entry.status, entry.guide_id, actor)]
        )
        self.proxy: QSortFilterProxyModel = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Waiting visitors"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column in (4, 5, 6):  # status, guide, room: the same for everyone waiting
            self.view.hideColumn(column)
        self.view.doubleClicked.connect(lambda _index: self.accept())  # Enter is the OK button's
        caption = QLabel(self.tr("&Waiting now, in order of arrival:"), self)
        caption.setBuddy(self.view)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.call_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.call_button.setText(self.tr("&Call this visitor"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(box)
        self.resize(760, 420)
        if self.proxy.rowCount():
            self.view.selectRow(0)
        self.call_button.setEnabled(self.proxy.rowCount() > 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> QueueEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        entry: QueueEntry = self.model.record(self.proxy.mapToSource(rows[0]).row())
        return entry


class PartnerSearchDialog(QDialog):
    """The directory's search, preset for this visitor; Enter or a double click on a result chooses it."""

    def __init__(self, parent: QWidget | None, context: DeskContext, actor: Actor, filters: SearchFilters) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search a partner"))
        self.search = PartnerSearchWidget(context, actor, self)
        self.search.set_filters(filters)
        self._chosen_id = ""
        self.search.service_chosen.connect(self._service_chosen)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.choose_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.choose_button.setText(self.tr("&Choose this partner"))
        self.choose_button.setAutoDefault(False)  # Enter belongs to the search: it chooses the selected result
        self.choose_button.setDefault(False)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search, 1)
        layout.addWidget(box)
        self.resize(900, 560)
        self.search.focus_search()

    def _service_chosen(self, service_id: str) -> None:
        self._chosen_id = service_id
        self.accept()

    def chosen(self) -> SearchHit | None:
        service_id = self._chosen_id or self.search.current_service_id()
        return next((hit for hit in self.search.hits() if hit.service.id == service_id), None)
