"""Table models of the partner directory: search results, the coordinator's to-do list and a record's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from wsp_desk.dates import desk_day
from wsp_desk.domain.directory import OFFERED, RecordKind
from wsp_desk.domain.opening_hours import opening_state
from wsp_desk.gui.colours import warning_colour
from wsp_desk.gui.labels import (
    directory_field_label,
    facts_label,
    format_datetime,
    format_day,
    opening_short_label,
    reason_label,
    record_kind_label,
    service_status_label,
    verification_label,
)
from wsp_desk.gui.models.record_model import SORT_ROLE, Column, RecordModel
from wsp_desk.services.directory.reports import ReportEntry, TodoItem
from wsp_desk.services.directory.service import ChangeEntry
from wsp_desk.services.directory_search import MatchReason, SearchHit

SERVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def reasons_text(reasons: tuple[MatchReason, ...]) -> str:
    """Why a hit matches, in a few words: "name, need: Debts and money worries"."""
    return ", ".join(dict.fromkeys(reason_label(r.kind.value, r.text, r.need_code) for r in reasons))


@dataclass(frozen=True)
class _Row:
    hit: SearchHit
    reasons: str
    opening: str
    check: str


class SearchResultsModel(QAbstractTableModel):
    """The hits of a search, best first. A proxy may sort them by a column; unsorted, they are in the search's order."""

    SERVICE, ORGANIZATION, REASONS, OPENING, CHECK = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._headers = [
            self.tr("Service"),
            self.tr("Organisation"),
            self.tr("Why it matches"),
            self.tr("Open"),
            self.tr("Verified"),
        ]

    def set_hits(self, hits: list[SearchHit], now: datetime) -> None:
        today = desk_day(now)
        self.beginResetModel()
        self._rows = [
            _Row(
                hit,
                reasons_text(hit.reasons),
                opening_short_label(opening_state(hit.service.data.schedules, now), today)
                if hit.service.data.status == OFFERED
                else service_status_label(hit.service.data.status),
                verification_label(hit.service.state.trust(today), short=True),
            )
            for hit in hits
        ]
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._rows[row].hit

    def hits(self) -> list[SearchHit]:
        return [row.hit for row in self._rows]

    def row_of(self, service_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.hit.service.id == service_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._text(row, column).casefold()
        if role == SERVICE_ID_ROLE:
            return row.hit.service.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == self.SERVICE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == self.CHECK and row.check) or (column == self.OPENING and row.hit.service.data.status != OFFERED)
        ):
            return warning_colour()
        return None

    def _text(self, row: _Row, column: int) -> str:
        service = row.hit.service
        return (
            service.data.name,
            service.organization_name,
            row.reasons,
            row.opening,
            row.check,
        )[column]

    def _tooltip(self, row: _Row, column: int) -> str | None:
        if column == self.REASONS and row.reasons:
            return self.tr("Found by: {reasons}").format(reasons=row.reasons)
        if column == self.CHECK and row.check:
            verified = row.hit.service.state.last_verified_on
            if verified is None:
                return self.tr("No coordinator has confirmed this information yet: check it with the partner.")
            return self.tr("Last verified on {day}: check it with the partner.").format(day=format_day(verified))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


@dataclass(frozen=True)
class TodoRow:
    """A to-do item with the `id` a RecordTable selects by."""

    item: TodoItem

    @property
    def id(self) -> str:
        return f"{self.item.kind.value}:{self.item.record_id}"


class TodoModel(RecordModel):
    """Records to verify, with the facts they lack: by name in the list's own order (oldest verification first,
    never verified before all, then partner by partner, the organisation before its services)."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda row: row.item.name, self._list_order),
            Column(self.tr("Kind"), lambda row: record_kind_label(row.item.kind.value)),
            Column(self.tr("Missing"), lambda row: facts_label(row.item.missing)),
            Column(self.tr("Why"), lambda row: verification_label(row.item.trust, short=True)),
            Column(self.tr("Last verified"), self._verified, self._list_order),
        ]

    def _verified(self, row: TodoRow) -> str:
        verified = row.item.last_verified_on
        return format_day(verified) if verified else self.tr("never")

    @staticmethod
    def _list_order(row: TodoRow) -> str:
        item = row.item
        verified = item.last_verified_on.isoformat() if item.last_verified_on else "0000"
        return f"{verified} {item.partner.casefold()} {item.kind != RecordKind.ORGANIZATION:d} {item.name.casefold()}"


class ReportsModel(RecordModel):
    """Open reports of incorrect information, oldest first."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Reported"), lambda r: format_datetime(r.reported_at), lambda r: r.reported_at.isoformat()),
            Column(self.tr("By"), lambda r: r.reported_by),
            Column(
                self.tr("About"),
                lambda r: f"{record_kind_label(r.kind.value)}: {r.record_name or r.record_id}",
            ),
            Column(self.tr("What is wrong"), lambda r: " ".join(r.description.split())),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            report: ReportEntry = self.record(index.row())
            return report.description
        return super().data(index, role)


class ChangesModel(RecordModel):
    """A record's change history, newest first: when, who, which field, old → new."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda c: format_datetime(c.at), lambda c: c.at.isoformat()),
            Column(self.tr("Who"), lambda c: c.actor_name or self.tr("(import or set-up)")),
            Column(self.tr("Field"), lambda c: directory_field_label(c.field)),
            Column(self.tr("Old value"), lambda c: self._value(c, c.old_value)),
            Column(self.tr("New value"), lambda c: self._value(c, c.new_value)),
        ]

    def _value(self, change: ChangeEntry, value: str) -> str:
        if change.field == "record" and value == "created":
            return self.tr("created")
        if change.field in ("to_verify", "archived") and value in ("yes", "no"):
            return self.tr("yes") if value == "yes" else self.tr("no")
        return value
