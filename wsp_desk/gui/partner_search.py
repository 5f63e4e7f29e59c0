"""Finding a partner: a search field that searches as you type, filters, and the results with why each matches.

`PartnerSearchWidget` is the Partners page's left half and is embedded in the conversation page. It emits
`current_changed(service_id)` while the selection moves through the results and `service_chosen(service_id)` on Enter
or a double click. Keyboard: type, Down moves into the results (Up on the first row comes back), Enter chooses; Enter
in the search field chooses the selected (or first) result.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.domain.taxonomy import need_terms
from wsp_desk.errors import DeskError
from wsp_desk.gui import translations
from wsp_desk.gui.colours import show_as_error
from wsp_desk.gui.labels import visitor_kind_label
from wsp_desk.gui.messages import error_text
from wsp_desk.gui.models.partner_models import SERVICE_ID_ROLE, SearchResultsModel
from wsp_desk.gui.models.record_model import SORT_ROLE
from wsp_desk.services.directory_search import SearchFilters, SearchHit

# Typing waits this long for the next key before searching again; the first key searches at once.
DEBOUNCE_MS = 150
RESULT_LIMIT = 50


class PartnerSearchWidget(QWidget):
    """Search the partner directory. Preset the filters with `set_filters`, read the hits with `hits()`."""

    service_chosen = Signal(str)
    current_changed = Signal(str)  # "" when nothing is selected
    searched = Signal()  # the results show the current text and filters

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory_search = context.directory_search
        self._clock = context.clock
        self._actor = actor
        self._current = ""
        self._pending = False
        self._searched_once = False
        self._updating = False

        self.search_field = QLineEdit(self)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("A need, a partner, a contact person: for example schulden"))
        self.search_field.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_field)

        self.need_filter = QComboBox(self)
        self.need_filter.addItem(self.tr("All needs"), None)
        language = translations.current_language()
        for term in need_terms():
            self.need_filter.addItem(term.label(language), term.code)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("All visitors"), None)
        for kind in VisitorKind:
            self.kind_filter.addItem(visitor_kind_label(kind), kind.value)
        self.municipality_filter = QComboBox(self)
        self.municipality_filter.addItem(self.tr("Whole region"), None)
        for municipality in MUNICIPALITIES:
            self.municipality_filter.addItem(municipality, municipality)
        self.language_filter = QComboBox(self)
        self.language_filter.addItem(self.tr("All languages"), None)
        self.open_now = QCheckBox(self.tr("&Open now"), self)
        for combo in (self.need_filter, self.kind_filter, self.municipality_filter, self.language_filter):
            # Narrow enough for a small window; the popup shows the whole labels.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.open_now.toggled.connect(self._filters_changed)

        self.model = SearchResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.results = QTableView(self)
        self.results.setAccessibleName(self.tr("Partners found"))
        self.results.setModel(self.proxy)
        self.results.setSortingEnabled(True)
        self.results.horizontalHeader().setSortIndicatorClearable(True)  # a third click: best first again
        self.results.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        # Long names wrap onto a second line rather than being cut off; the short columns fit their text.
        self.results.setWordWrap(True)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (SearchResultsModel.OPENING, SearchResultsModel.CHECK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.results.installEventFilter(self)
        self.results.activated.connect(self._activated)
        self.results.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.results.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.count_label = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        show_as_error(self.problem, bold=True)
        self.problem.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._debounced)
        self.search_field.textChanged.connect(self._text_changed)
        # Ctrl+F back to the search field; a page that wants it from further away disables this one for its own.
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)

        self._build_layout(search_label)

    def _build_layout(self, search_label: QLabel) -> None:
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.open_now)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Need:"), self.need_filter),
                (self.tr("&Visitor:"), self.kind_filter),
                (self.tr("&Municipality:"), self.municipality_filter),
                (self.tr("&Language:"), self.language_filter),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
            filters.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count_label)

    # --- the public side ----------------------------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        return SearchFilters(
            need_code=self.need_filter.currentData(),
            visitor_kind=self.kind_filter.currentData(),
            municipality=self.municipality_filter.currentData(),
            language=self.language_filter.currentData(),
            open_now=self.open_now.isChecked(),
        )

    def set_filters(self, filters: SearchFilters) -> None:
        """Preset the filters (for example from a visitor's registration) and search at once."""
        self._load_languages()
        widgets = (self.need_filter, self.kind_filter, self.municipality_filter, self.language_filter, self.open_now)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            _choose(self.need_filter, filters.need_code)
            _choose(self.kind_filter, filters.visitor_kind)
            _choose(self.municipality_filter, filters.municipality)
            _choose(self.language_filter, filters.language)
            self.open_now.setChecked(filters.open_now)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.refresh()

    def text(self) -> str:
        return self.search_field.text()

    def set_text(self, text: str) -> None:
        """Put `text` in the search field and search at once."""
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Search again now, for example after the directory changed."""
        self._timer.stop()
        self._pending = False
        self._run()

    def hits(self) -> list[SearchHit]:
        """The hits in the order shown."""
        source_rows = (self.proxy.mapToSource(self.proxy.index(row, 0)).row() for row in range(self.proxy.rowCount()))
        return [self.model.hit(row) for row in source_rows]

    def current_service_id(self) -> str | None:
        rows = self.results.selectionModel().selectedRows()
        return rows[0].data(SERVICE_ID_ROLE) if rows else None

    def select_service(self, service_id: str) -> bool:
        """Select the result of `service_id`, if it is among the results."""
        row = self.model.row_of(service_id)
        if row is None:
            return False
        self._select(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # --- searching ----------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._searched_once:
            self.refresh()

    def _text_changed(self) -> None:
        if self._timer.isActive():
            self._pending = True  # searched a moment ago: wait for the typing to pause
            return
        self._run()
        self._timer.start()

    def _debounced(self) -> None:
        if self._pending:
            self._pending = False
            self._run()
            self._timer.start()

    def _filters_changed(self) -> None:
        self.refresh()

    def _load_languages(self) -> None:
        """Fill the language filter once with the languages the directory's services speak."""
        if self.language_filter.count() > 1:
            return
        try:
            languages = self._directory_search.languages(self._actor)
        except DeskError:
            return  # the search says what is wrong
        self.language_filter.blockSignals(True)
        for language in languages:
            name = language.name or language.code
            self.language_filter.addItem(
                f"{name} ({language.code})" if language.name and language.code else name, language.code or name
            )
        self.language_filter.blockSignals(False)

    def _run(self) -> None:
        self._searched_once = True
        self._load_languages()
        try:
            hits = self._directory_search.search(self._actor, self.text(), self.filters(), limit=RESULT_LIMIT)
        except DeskError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        self.problem.hide()
        self._updating = True  # the selection comes back below: tell about it once
        try:
            self.model.set_hits(hits, self._clock.now())
            if not (self._current and self.select_service(self._current)):
                self._select(self.proxy.index(0, 0))
        finally:
            self._updating = False
        self._show_count(len(hits))
        self._selection_changed()
        self.searched.emit()

    def _show_count(self, count: int) -> None:
        if count == 0:
            self.count_label.setText(self.tr("No partners found. Try fewer or other words, or fewer filters."))
        elif count >= RESULT_LIMIT:
            self.count_label.setText(
                self.tr("The first {count} partners found; type more to narrow it down.").format(count=count)
            )
        else:
            self.count_label.setText(self.tr("Partners found: {count}").format(count=count))

    # --- the results --------------------------------------------------------------------------------------------

    def _select(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.results.selectionModel().clear()
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.results.selectionModel().setCurrentIndex(index, flags)
        self.results.scrollTo(index)

    def _selection_changed(self) -> None:
        if self._updating:
            return
        current = self.current_service_id() or ""
        if current != self._current:
            self._current = current
            self.current_changed.emit(current)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.service_chosen.emit(index.data(SERVICE_ID_ROLE))

    def _choose_current(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        rows = self.results.selectionModel().selectedRows()
        self._activated(rows[0] if rows else self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_field:
            if key == Qt.Key.Key_Down and self.proxy.rowCount():
                if not self.results.selectionModel().selectedRows():
                    self._select(self.proxy.index(0, 0))
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._pending or self._timer.isActive():
                    self.refresh()  # what was typed last, not what was found a moment ago
                self._choose_current()
                return True
        elif watched is self.results and key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.search_field.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)


def _choose(combo: QComboBox, value: str | None) -> None:
    """Select the item whose data is `value`; a value the combo does not offer yet is added."""
    if value is None:
        combo.setCurrentIndex(0)
        return
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
