"""A small editable table with Add and Remove, for the lists of a directory record (phones, contacts, hours…).

Used in the Designer forms as a promoted QWidget; the dialog gives it its columns with `configure`. Keys: Insert
adds a row, Ctrl+Delete removes the selected one, F2 or typing edits a cell, Space ticks a check box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.colours import show_as_error
from wsp_desk.gui.models.rows_model import CHECK, CHOICE, EditableRowsModel, EditColumn

_Index = QModelIndex | QPersistentModelIndex


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the cells of a choice column."""

    def __init__(self, model: EditableRowsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = self._model.columns[index.column()]
        if column.kind != CHOICE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in column.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ListEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EditableRowsModel([], dict, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setWordWrap(False)  # one line per row; a long cell shows whole while it is edited
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, to the buttons and the next input
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setItemDelegate(_ChoiceDelegate(self.model, self.view))

        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add a row (Insert)"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected row (Ctrl+Delete)"))
        self.remove_button.clicked.connect(self.remove_row)
        for text, keys, slot in (
            (self.tr("Add"), QKeySequence(Qt.Key.Key_Insert), self.add_row),
            (self.tr("Remove"), QKeySequence("Ctrl+Delete"), self.remove_row),
        ):
            self.view.addAction(shortcut_action(self.view, text, slot, keys, context=Qt.ShortcutContext.WidgetShortcut))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        show_as_error(self.error)
        self.error.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def configure(self, name: str, columns: list[EditColumn], new_row: Callable[[], dict[str, Any]] = dict) -> None:
        """Give the editor its columns; `name` is what a screen reader calls the table."""
        self.view.setAccessibleName(name)
        self.model = EditableRowsModel(columns, new_row, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_ChoiceDelegate(self.model, self.view))
        header = self.view.horizontalHeader()
        for number, column in enumerate(columns):
            if column.kind == CHECK:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                wanted = column.width * self.view.fontMetrics().averageCharWidth()
                self.view.setColumnWidth(number, max(header.sectionSizeHint(number), 110, wanted))
        header.setStretchLastSection(columns[-1].kind != CHECK if columns else True)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.clear_error()

    def rows(self) -> list[dict[str, Any]]:
        return self.model.rows()

    def entries(self) -> list[tuple[int, dict[str, Any]]]:
        """The rows that hold something, with their row number (rows added and left empty do not count)."""
        self._commit_open_editor()
        return [(row, values) for row, values in enumerate(self.model.rows()) if not self.model.is_blank(row)]

    def add_row(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        first = next((n for n, c in enumerate(self.model.columns) if c.kind != CHECK), 0)
        index = self.model.index(row, first)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def remove_row(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)
            self.clear_error()

    def show_error(self, row: int, key: str, text: str) -> None:
        """Point at the cell a problem is about (the row's first cell when the key names no column)."""
        self.error.setText(text)
        self.error.show()
        self.view.setAccessibleDescription(text)
        if 0 <= row < self.model.rowCount():
            column = self.model.column_of(key)
            self.model.set_problem(row, column, text)
            index = self.model.index(row, column)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.view.setAccessibleDescription("")
        self.model.clear_problems()

    def _commit_open_editor(self) -> None:
        """A cell still being typed in counts (focus leaving the cell commits it too; a shortcut may not)."""
        if self.view.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.view.isAncestorOf(editor):
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
