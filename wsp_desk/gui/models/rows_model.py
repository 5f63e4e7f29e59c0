"""An editable table of small rows (a record's phones, contacts, opening hours): text cells, check boxes and choices.

A row is a dict from column key to value (str, or bool for a check box). Keys that no column shows travel along
untouched, so a dialog can keep what it does not edit (an id, the original value) in the row itself. A cell can carry
a problem: it is drawn in the error colour and says the problem in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from wsp_desk.gui.colours import error_background

_Index = QModelIndex | QPersistentModelIndex

TEXT, CHECK, CHOICE = "text", "check", "choice"


@dataclass(frozen=True)
class EditColumn:
    key: str
    header: str
    kind: str = TEXT
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) of a CHOICE column
    # Where a service's field path below the row points into this column ("phones.number" for
    # "contacts[0].phones[1].number"); the column's own key always does.
    error_keys: tuple[str, ...] = ()
    tooltip: str = ""
    width: int = 0  # in average characters; 0: as wide as the header

    def matches(self, key: str) -> bool:
        return key == self.key or key in self.error_keys


class EditableRowsModel(QAbstractTableModel):
    def __init__(
        self, columns: list[EditColumn], new_row: Callable[[], dict[str, Any]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._new_row = new_row
        self._rows: list[dict[str, Any]] = []
        self._problems: dict[tuple[int, int], str] = {}

    # --- rows ---------------------------------------------------------------------------------------------------

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self._problems.clear()
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def is_blank(self, row: int) -> bool:
        """Nothing typed or ticked in the row's cells (a row added and left empty)."""
        values = self._rows[row]
        return not any(
            values.get(c.key) if c.kind == CHECK else str(values.get(c.key, "")).strip()
            for c in self.columns
            if c.kind != CHOICE
        )

    def insertRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or not 0 <= row <= len(self._rows) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, self._new_row())
        self._problems.clear()
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self._problems.clear()
        self.endRemoveRows()
        return True

    # --- problems -----------------------------------------------------------------------------------------------

    def column_of(self, key: str) -> int:
        """The column a field path below the row points to; 0 when no column claims it."""
        return next((n for n, column in enumerate(self.columns) if column.matches(key)), 0)

    def set_problem(self, row: int, column: int, text: str) -> None:
        self.clear_problems()
        self._problems[(row, column)] = text
        index = self.index(row, column)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def clear_problems(self) -> None:
        cells = list(self._problems)
        self._problems.clear()
        for row, column in cells:
            if row < len(self._rows):
                index = self.index(row, column)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    # --- Qt's side ----------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.key, False if column.kind == CHECK else "")
        problem = self._problems.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == CHECK:
                return None
            if column.kind == CHOICE:
                return dict(column.choices).get(value, value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            return None if column.kind == CHECK else value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == CHECK:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or column.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return error_background()
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.kind == CHECK and role == Qt.ItemDataRole.CheckStateRole:
            stored: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column.kind != CHECK and role == Qt.ItemDataRole.EditRole:
            stored = "" if value is None else str(value)
        else:
            return False
        self._rows[index.row()][column.key] = stored
        self._problems.pop((index.row(), index.column()), None)
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].tooltip or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None
