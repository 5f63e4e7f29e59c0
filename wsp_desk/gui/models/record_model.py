"""A read-only table of the records a service returns (with an `id`, and an `active` flag if they have one)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

SORT_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    # Sorting by the shown text is wrong for dates and numbers; they give a sortable key instead.
    sort_key: Callable[[Any], str | int] | None = None


def active_column() -> Column:
    yes, no = QCoreApplication.translate("RecordModel", "Yes"), QCoreApplication.translate("RecordModel", "No")
    return Column(QCoreApplication.translate("RecordModel", "Active"), lambda record: yes if record.active else no)


class RecordModel(QAbstractTableModel):
    """Rows are records, columns are `Column`s; inactive records are drawn in the disabled text colour."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = self.columns()
        self._records: list[Any] = []

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def set_records(self, records: Iterable[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: object) -> int | None:
        return next((row for row, record in enumerate(self._records) if record.id == record_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(record, "active", True):
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None


class RecordFilter(QSortFilterProxyModel):
    """Sorts by each column's sort key, matches a search text in any column, and can hide inactive records."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_inactive = True
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RecordModel)
        if not self._show_inactive and not getattr(model.record(source_row), "active", True):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
