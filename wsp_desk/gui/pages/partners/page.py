"""Partners: find the right partner for a visitor, and (coordinators) keep the directory correct.

The search is on the left, the chosen partner in full on the right. A coordinator has a second tab, the to-do list:
records to verify (oldest first, partner by partner, each with the facts it still lacks) and reports of incorrect
information, each shown beside the list, where it is verified, edited or archived; opening a record to verify opens
its edit dialog to complete it, and a report is resolved with a note.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Action, Actor, allowed
from wsp_desk.errors import DeskError
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.messages import show_error
from wsp_desk.gui.models.partner_models import ReportsModel, TodoModel, TodoRow
from wsp_desk.gui.pages.partners.note_dialog import NoteDialog, resolve_dialog
from wsp_desk.gui.partner_detail import PartnerDetail
from wsp_desk.gui.partner_search import PartnerSearchWidget
from wsp_desk.gui.record_table import RecordTable
from wsp_desk.services.directory.reports import ReportEntry, Todo


class _Splitter(QSplitter):
    """A splitter as narrow as its parts that may not be pushed aside (QSplitter counts every part)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        kept = [part for n in range(self.count()) if not self.isCollapsible(n) and (part := self.widget(n)) is not None]
        width = sum(widget.minimumSizeHint().width() for widget in kept) + self.handleWidth() * (self.count() - 1)
        return QSize(min(hint.width(), width), hint.height())


def _splitter(parent: QWidget, left: QWidget, right: QWidget) -> QSplitter:
    splitter = _Splitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(left)
    splitter.addWidget(right)
    # In a narrow window the details may be pushed aside; the list stays.
    splitter.setCollapsible(0, False)
    splitter.setStretchFactor(0, 11)
    splitter.setStretchFactor(1, 9)
    splitter.setSizes([1100, 900])  # in proportion, whatever the width
    return splitter


class FindTab(QWidget):
    """The search and the chosen partner beside it. Enter on a result moves into the details."""

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = PartnerSearchWidget(context, actor, self)
        self.detail = PartnerDetail(context, actor, self)
        self._following = True
        self.search.current_changed.connect(self._current_changed)
        self.search.service_chosen.connect(self._chosen)
        self.detail.changed.connect(self._directory_changed)
        self.addActions(self.detail.actions())  # their keys work from the results too
        self.search.find_shortcut.setEnabled(False)  # this one reaches the search from the details too
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search.focus_search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_splitter(self, self.search, self.detail))

    def _directory_changed(self) -> None:
        """Search again for the change; the record just changed stays in view (also when it leaves the results,
        archived, so that it can be restored)."""
        self._following = False
        try:
            self.search.refresh()
        finally:
            self._following = True

    def _current_changed(self, service_id: str) -> None:
        if not self._following:
            return
        if service_id:
            self.detail.show_service(service_id)
        elif self.detail.service_record() is not None:
            self.detail.clear()  # an organisation opened through a link stays

    def _chosen(self, service_id: str) -> None:
        if self.detail.current() != ("service", service_id):
            self.detail.show_service(service_id)
        self.detail.focus_content()


class TodoTab(QWidget):
    """The coordinator's to-do list: records to verify and open reports; the selected one shown beside them.
    `reloaded` follows every reload of the lists."""

    reloaded = Signal()

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = context.directory_reports
        self._actor = actor
        self._todo = Todo([], [])
        self._reloading = False

        self.to_verify_model = TodoModel(self)
        self.to_verify = RecordTable(
            self.to_verify_model,
            lambda: [TodoRow(item) for item in self._todo.to_verify],
            self.tr("To verify (oldest first)"),
            self,
        )
        beside = self.tr("Show the record beside the list (Enter)")
        open_item = self.to_verify.add_action(
            self.tr("Com&plete…"), self._open_item, "", self.tr("Edit the record to add what it lacks (Enter)")
        )
        self.to_verify.set_default_action(open_item)
        self.reports = RecordTable(ReportsModel(self), lambda: self._todo.reports, self.tr("Reports"), self)
        open_report = self.reports.add_action(self.tr("Op&en"), self._open_report, "", beside)
        self.resolve_action = self.reports.add_action(
            self.tr("Re&solve…"),
            self.resolve,
            "Ctrl+Return",
            self.tr("Say what was done; the report leaves the list"),
        )
        self.reports.set_default_action(open_report)
        self.to_verify.current_changed.connect(self._item_selected)
        self.reports.current_changed.connect(self._report_selected)

        self.detail = PartnerDetail(context, actor, self)
        self.detail.changed.connect(self.reload)
        self.addActions(self.detail.actions())  # their keys work from the lists too
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.setChildrenCollapsible(False)
        lists.addWidget(self.to_verify)
        lists.addWidget(self.reports)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_splitter(self, lists, self.detail))

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        if self.detail.current() is None:
            self._item_selected()  # the oldest record to verify, to start with
        super().showEvent(event)

    def reload(self) -> None:
        try:
            self._todo = self._reports.todo(self._actor)
        except DeskError as error:
            show_error(self, error)
            return
        # The record beside the lists stays (with what was just done to it); a click shows the next one.
        self._reloading = True
        try:
            self.to_verify.reload()
            self.reports.reload()
        finally:
            self._reloading = False
        self.reloaded.emit()

    def counts(self) -> tuple[int, int]:
        return len(self._todo.to_verify), len(self._todo.reports)

    def _item_selected(self) -> None:
        row: TodoRow | None = self.to_verify.current()
        if row is not None and not self._reloading:
            self.detail.show_record(row.item.kind, row.item.record_id)

    def _report_selected(self) -> None:
        report: ReportEntry | None = self.reports.current()
        if report is not None and not self._reloading:
            self.detail.show_record(report.kind, report.record_id)

    def _open_item(self) -> FormDialog | None:
        row: TodoRow | None = self.to_verify.current()
        if row is None:
            return None
        self.detail.show_record(row.item.kind, row.item.record_id)
        return self.detail.record_actions.edit()

    def _open_report(self) -> None:
        report: ReportEntry | None = self.reports.current()
        if report is not None:
            self.detail.show_record(report.kind, report.record_id)
            self.detail.focus_content()

    def resolve(self) -> NoteDialog | None:
        report: ReportEntry | None = self.reports.current()
        if report is None:
            return None
        dialog = resolve_dialog(self, report.record_name or report.record_id, report.description)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open_with(lambda: self._reports.resolve_report(self._actor, report.id, dialog.note()))
        return dialog


class PartnersPage(QWidget):
    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_tab = FindTab(context, actor, self)
        self.search = self.find_tab.search
        self.detail = self.find_tab.detail
        self.todo_tab: TodoTab | None = None
        layout = QVBoxLayout(self)
        if not allowed(actor.role, Action.EDIT_DIRECTORY):
            layout.addWidget(self.find_tab)
            self.tabs = None
            return
        self.todo_tab = TodoTab(context, actor, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.find_tab, self.tr("Find &partners"))
        self.tabs.addTab(self.todo_tab, self.tr("&To do"))
        self.tabs.currentChanged.connect(self._tab_changed)
        if self.detail.record_actions.new_organization_action is not None:
            new_organization = QToolButton(self.tabs)
            new_organization.setDefaultAction(self.detail.record_actions.new_organization_action)
            new_organization.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.tabs.setCornerWidget(new_organization, Qt.Corner.TopRightCorner)
        self.todo_tab.detail.changed.connect(self.search.refresh)
        self.todo_tab.reloaded.connect(self._update_todo_title)
        self.detail.changed.connect(self.todo_tab.reload)
        layout.addWidget(self.tabs)
        self.todo_tab.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs is not None and self.tabs.widget(index) is self.find_tab:
            self.search.refresh()
            self.detail.reload()

    def _update_todo_title(self) -> None:
        if self.tabs is None or self.todo_tab is None:
            return
        to_verify, reports = self.todo_tab.counts()
        self.tabs.setTabText(
            1, self.tr("&To do ({to_verify} to verify, {reports} reports)").format(to_verify=to_verify, reports=reports)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs is None or self.tabs.currentWidget() is self.find_tab:
            self.search.focus_search()
