"""A table of records with its actions as buttons, shortcuts and a context menu; reloads keep the selection."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.errors import DeskError
from wsp_desk.gui.actions import Keys, shortcut_action
from wsp_desk.gui.messages import show_error
from wsp_desk.gui.models.record_model import RecordFilter, RecordModel


class RecordTable(QWidget):
    """`load` returns the records; actions that need a record are enabled only while one is selected."""

    current_changed = Signal()

    def __init__(
        self,
        model: RecordModel,
        load: Callable[[], Iterable[Any]],
        title: str,
        parent: QWidget | None = None,
        *,
        proxy: RecordFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._load = load
        self._record_actions: list[QAction] = []
        self.proxy = proxy if proxy is not None else RecordFilter(self)
        self.proxy.setParent(self)
        self.proxy.setSourceModel(model)

        self.view = QTableView(self)
        self.view.setAccessibleName(title)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self._heading = QLabel(title, self)
        self._heading.setBuddy(self.view)
        self._heading.setStyleSheet("font-weight: bold")
        self._filters = QHBoxLayout()
        self._filters.setContentsMargins(0, 0, 0, 0)
        self._filters.addStretch()  # the filters stay together on the left
        self._buttons = QVBoxLayout()
        self._buttons.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(self._buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addLayout(self._filters)
        layout.addLayout(body)

    def set_title(self, title: str) -> None:
        self._heading.setText(title)
        self.view.setAccessibleName(title)

    # --- building ------------------------------------------------------------------------------------------------

    def add_action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: Keys = "",
        tooltip: str = "",
        *,
        needs_record: bool = True,
    ) -> QAction:
        """A button, a shortcut (while the focus is in this table or its filters) and a context-menu entry."""
        action = shortcut_action(
            self, text, slot, shortcut, tooltip, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.addAction(action)
        self.view.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(button.fontMetrics().averageCharWidth() * 20)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        if needs_record:
            self._record_actions.append(action)
            action.setEnabled(False)
        return action

    def set_default_action(self, action: QAction) -> None:
        """Enter or a double click on a row runs `action`."""
        self.view.activated.connect(lambda _index: action.trigger() if action.isEnabled() else None)

    def add_search(self, label: str) -> QLineEdit:
        search = QLineEdit(self)
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self._search)
        caption = QLabel(label, self)
        caption.setBuddy(search)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        self._add_to_filters(caption)
        self._add_to_filters(search, 1)
        return search

    def add_filter(self, label: str, widget: QWidget) -> None:
        """A labelled input in the filter row above the table (the proxy does the filtering)."""
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self._add_to_filters(caption)
        self._add_to_filters(widget)

    def add_show_inactive(self, label: str) -> QCheckBox:
        """A check box that shows inactive records; they are hidden until it is checked."""
        box = QCheckBox(label, self)
        box.toggled.connect(self._show_inactive)
        self.proxy.set_show_inactive(False)
        self._add_to_filters(box)
        return box

    def add_filter_box(self, label: str) -> QCheckBox:
        """A check box in the filter row above the table (its owner does the filtering)."""
        box = QCheckBox(label, self)
        self._add_to_filters(box)
        return box

    def _add_to_filters(self, widget: QWidget, stretch: int = 0) -> None:
        self._filters.insertWidget(self._filters.count() - 1, widget, stretch)

    # --- using ---------------------------------------------------------------------------------------------------

    def chosen(self) -> Any:
        """The selected record, for an action that is offered only while a record is selected."""
        record = self.current()
        assert record is not None
        return record

    def current(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def reload(self, select_id: object = None) -> None:
        """Load the records again; select `select_id`, else keep the selected record, else select the first row."""
        if select_id is None:
            current = self.current()
            select_id = current.id if current is not None else None
        try:
            records = self._load()
        except DeskError as error:
            show_error(self, error)
            return
        self.model.set_records(records)
        self.select(select_id)

    def select(self, record_id: object) -> None:
        """Select the record with `record_id`; when it is missing or filtered out, the first row."""
        row = self.model.row_of(record_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self._selection_changed()

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._selection_changed()

    def _show_inactive(self, show: bool) -> None:
        self.proxy.set_show_inactive(show)
        self._selection_changed()

    def _selection_changed(self) -> None:
        has_record = self.current() is not None
        for action in self._record_actions:
            action.setEnabled(has_record)
        self.current_changed.emit()
