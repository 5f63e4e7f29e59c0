"""Today's queue of a location as a table, with the waiting time counting live, and a visit's history."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from wsp_desk.clock import Clock
from wsp_desk.dates import clock_time
from wsp_desk.domain.enums import VisitorKind, VisitStatus
from wsp_desk.gui import colours
from wsp_desk.gui.labels import (
    format_minutes,
    need_category_label,
    visit_note_label,
    visit_status_label,
    visitor_kind_label,
)
from wsp_desk.gui.models.record_model import Column, RecordFilter, RecordModel
from wsp_desk.services.queue_views import QueueEntry, VisitHistoryEntry

_Index = QModelIndex | QPersistentModelIndex
_STATUS_ORDER = {status: number for number, status in enumerate(VisitStatus)}


class QueueModel(RecordModel):
    """Rows are `QueueEntry`s in arrival order; changed visits are updated in place, new ones appended.

    Waiting times past the warning or alert limit get a colour, a marker ("!" or "!!") and a tooltip, so the colour
    is never the only cue. `refresh_waiting_times()` (every second) changes only that column.
    """

    WAITING_COLUMN = 3

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        self._clock = clock
        self._warning = timedelta(minutes=15)
        self._alert = timedelta(minutes=30)
        super().__init__(parent)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Ticket"), lambda entry: entry.ticket, lambda entry: entry.arrived_at.isoformat()),
            Column(self.tr("Kind"), lambda entry: visitor_kind_label(entry.visitor_kind)),
            # The question category, or the question in the visitor's words while no category was chosen.
            Column(self.tr("Question"), lambda entry: need_category_label(entry.category_code) or entry.question),
            Column(self.tr("Waiting"), self._waiting_text, self._waiting_seconds),
            Column(self.tr("Status"), lambda entry: visit_status_label(entry.status), self._status_rank),
            Column(self.tr("Guide"), lambda entry: entry.guide_name),
            Column(self.tr("Room"), lambda entry: entry.room_name),
            Column(self.tr("Particulars"), self._particulars),
        ]

    # --- changing -----------------------------------------------------------------------------------------------

    def set_limits(self, warning_minutes: int, alert_minutes: int) -> None:
        self._warning, self._alert = timedelta(minutes=warning_minutes), timedelta(minutes=alert_minutes)
        self.refresh_waiting_times()

    def entries(self) -> list[QueueEntry]:
        return list(self._records)

    def update_entries(self, entries: Iterable[QueueEntry]) -> None:
        """Put changed visits in place and append new ones; the other rows (and the selection) stay."""
        for entry in entries:
            row = self.row_of(entry.id)
            if row is None:
                self.beginInsertRows(QModelIndex(), len(self._records), len(self._records))
                self._records.append(entry)
                self.endInsertRows()
            elif entry != self._records[row]:
                self._records[row] = entry
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_waiting_times(self) -> None:
        if self._records:
            self.dataChanged.emit(
                self.index(0, self.WAITING_COLUMN), self.index(len(self._records) - 1, self.WAITING_COLUMN)
            )

    # --- showing ------------------------------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry: QueueEntry = self._records[index.row()]
        if index.column() == self.WAITING_COLUMN:
            level = self._level(entry)
            if role == Qt.ItemDataRole.BackgroundRole and level:
                return colours.RED if level == 2 else colours.AMBER
            if role == Qt.ItemDataRole.ForegroundRole and level:
                return colours.ON_SIGNAL
            if role == Qt.ItemDataRole.ToolTipRole and level:
                limit = self._alert if level == 2 else self._warning
                return self.tr("Waiting longer than {minutes} minutes").format(minutes=int(limit.total_seconds() // 60))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, index.column())
        return super().data(index, role)

    def _waiting(self, entry: QueueEntry) -> timedelta:
        return entry.waiting_time(self._clock.now())

    def _level(self, entry: QueueEntry) -> int:
        """0 fine, 1 past the warning limit, 2 past the alert limit; only for those still waiting."""
        if entry.status != VisitStatus.WAITING:
            return 0
        waited = self._waiting(entry)
        return 2 if waited >= self._alert else 1 if waited >= self._warning else 0

    def _waiting_text(self, entry: QueueEntry) -> str:
        marker = ("", "! ", "!! ")[self._level(entry)]
        return marker + format_minutes(self._waiting(entry))

    def _waiting_seconds(self, entry: QueueEntry) -> int:
        return int(self._waiting(entry).total_seconds())

    @staticmethod
    def _status_rank(entry: QueueEntry) -> int:
        return _STATUS_ORDER[entry.status]

    def _particulars(self, entry: QueueEntry) -> str:
        parts = []
        if entry.urgent:
            parts.append(self.tr("Urgent"))
        if entry.has_appointment:
            parts.append(self.tr("Appointment"))
        if entry.needs_interpreter:
            parts.append(self.tr("Interpreter ({language})").format(language=entry.interpreter_language))
        if entry.accessibility_need:
            parts.append(self.tr("Accessibility"))
        if entry.wants_callback:
            parts.append(self.tr("Call back"))
        if entry.end_reason and entry.status in (VisitStatus.LEFT, VisitStatus.NOT_SERVED):
            parts.append(entry.end_reason)
        return ", ".join(parts)

    def _tooltip(self, entry: QueueEntry, column: int) -> str | None:
        """The ticket's tooltip says who it is and what they ask; the others show the whole text of the cell."""
        if column == 0:
            lines = [entry.name_or_initials, entry.company_name, entry.question]
            return "\n".join(line for line in lines if line) or None
        return self._columns[column].text(entry) or None


class QueueFilter(RecordFilter):
    """Shows the visits with one of `statuses` (None: all) and of one visitor kind (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[VisitStatus] | None = None
        self._kind: VisitorKind | None = None

    def set_statuses(self, statuses: frozenset[VisitStatus] | None) -> None:
        self.beginFilterChange()
        self._statuses = statuses
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: VisitorKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QueueModel)
        entry = model.record(source_row)
        if self._statuses is not None and entry.status not in self._statuses:
            return False
        if self._kind is not None and entry.visitor_kind != self._kind:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class HistoryModel(RecordModel):
    """The status changes of one visit: when, who, from → to, guide and room, and the note."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda event: clock_time(event.at), lambda event: event.at.isoformat()),
            Column(self.tr("By"), lambda event: event.actor_name),
            Column(self.tr("Change"), self._change),
            Column(self.tr("Guide"), lambda event: event.guide_name),
            Column(self.tr("Room"), lambda event: event.room_name),
            Column(self.tr("Note"), lambda event: visit_note_label(event.note)),
        ]

    @staticmethod
    def _change(event: VisitHistoryEntry) -> str:
        if event.from_status is None or event.from_status == event.to_status:
            return visit_status_label(event.to_status)
        return f"{visit_status_label(event.from_status)} → {visit_status_label(event.to_status)}"
