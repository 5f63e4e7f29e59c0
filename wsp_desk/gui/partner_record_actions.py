"""What can be done with the partner record a panel shows: report incorrect information (everyone); edit,
verify, archive or restore, read the history, add a service or an organisation (a coordinator)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import OrganizationRecord, RecordKind, RecordState, ServiceRecord
from wsp_desk.domain.permissions import Action, Actor, allowed
from wsp_desk.errors import DeskError
from wsp_desk.gui import prompts
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.messages import show_error
from wsp_desk.gui.pages.partners.change_history_dialog import ChangeHistoryDialog
from wsp_desk.gui.pages.partners.note_dialog import NoteDialog, report_dialog
from wsp_desk.gui.pages.partners.organization_dialog import OrganizationDialog
from wsp_desk.gui.pages.partners.service_dialog import ServiceDialog


class RecordActions(QObject):
    """The actions work while the focus is in `panel`, which also parents their dialogs.

    `done(notice)` follows a change to the record shown (the panel reads it again and shows the notice, "" for
    none); `created(kind, record_id)` follows a new record.
    """

    done = Signal(str)
    created = Signal(str, str)

    def __init__(self, panel: QWidget, context: DeskContext, actor: Actor) -> None:
        super().__init__(panel)
        self._panel = panel
        self._directory = context.directory
        self._reports = context.directory_reports
        self._actor = actor
        self._kind: RecordKind | None = None
        self._service: ServiceRecord | None = None
        self._organization: OrganizationRecord | None = None
        self.report_action = self._action(
            self.tr("&Report incorrect information…"),
            self.report,
            "Ctrl+Shift+R",
            self.tr("Tell the coordinator what is not correct in this record"),
        )
        self._on_record = [self.report_action]
        self.edit_action: QAction | None = None
        self.verify_action: QAction | None = None
        self.archive_action: QAction | None = None
        self.history_action: QAction | None = None
        self.new_service_action: QAction | None = None
        self.new_organization_action: QAction | None = None
        if allowed(actor.role, Action.EDIT_DIRECTORY):
            self.edit_action = self._action(self.tr("Ed&it…"), self.edit, "F2", self.tr("Change this record"))
            self.verify_action = self._action(
                self.tr("Veri&fy"),
                self.verify,
                "Ctrl+Shift+V",
                self.tr("Confirm that this information is correct today"),
            )
            self.archive_action = self._action(
                self.tr("Arc&hive…"), self.archive, "", self.tr("Hide this record from the search; its history stays")
            )
            self.history_action = self._action(
                self.tr("Histor&y…"), self.history, "Ctrl+H", self.tr("Who changed what, and when")
            )
            self.new_service_action = self._action(
                self.tr("New servi&ce…"), self.new_service, "", self.tr("Add a service to this organisation")
            )
            self.new_organization_action = self._action(
                self.tr("New or&ganisation…"), self.new_organization, "Ctrl+Shift+N", ""
            )
            self._on_record += [self.edit_action, self.verify_action, self.archive_action, self.history_action]

    def _action(self, text: str, slot: Callable[[], object], keys: str, tooltip: str) -> QAction:
        action = shortcut_action(self, text, slot, keys, tooltip, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._panel.addAction(action)
        return action

    def on_record(self) -> list[QAction]:
        """The actions about the record shown, for the panel's tool bar (adding an organisation is not one)."""
        return [*self._on_record, *([self.new_service_action] if self.new_service_action else [])]

    def set_record(
        self, kind: RecordKind | None, service: ServiceRecord | None, organization: OrganizationRecord | None
    ) -> None:
        """The record the panel shows now (None: none), with its organisation."""
        self._kind, self._service, self._organization = kind, service, organization
        has_record = kind is not None
        for action in self._on_record:
            action.setEnabled(has_record)
        if self.new_service_action is not None:
            is_organization = self._kind == RecordKind.ORGANIZATION
            self.new_service_action.setEnabled(is_organization)
            self.new_service_action.setVisible(is_organization)
        if self.archive_action is not None:
            archived = self._state().archived if has_record else False
            self.archive_action.setText(self.tr("Rest&ore") if archived else self.tr("Arc&hive…"))

    def _record(self) -> ServiceRecord | OrganizationRecord | None:
        return self._service if self._kind == RecordKind.SERVICE else self._organization

    def _state(self) -> RecordState:
        record = self._record()
        assert record is not None
        return record.state

    def _version(self) -> int:
        record = self._record()
        assert record is not None
        return record.version

    def _name(self) -> str:
        record = self._record()
        return record.data.name if record is not None else ""

    def report(self) -> NoteDialog | None:
        current = self.current()
        if current is None:
            return None
        name = self._name()
        dialog = report_dialog(self._panel, name)
        sent: list[bool] = []

        def save() -> None:
            self._reports.report(self._actor, current[0], current[1], dialog.note())
            sent.append(True)

        thanks = self.tr("Thank you. The coordinator will check {name}.").format(name=name)
        dialog.finished.connect(lambda _result: self.done.emit(thanks) if sent else None)
        dialog.open_with(save)
        return dialog

    def edit(self) -> FormDialog | None:
        """Edit the record as it is now; the save names this version, so a change by someone else meanwhile is
        refused (the dialog says so and closes) and the panel shows the newer version."""
        current = self.current()
        if current is None:
            return None
        try:
            if current[0] == RecordKind.SERVICE:
                dialog: FormDialog = self._service_editor(current[1])
            else:
                dialog = self._organization_editor(current[1])
        except DeskError as error:
            show_error(self._panel, error)
            self.done.emit("")
            return None
        dialog.finished.connect(lambda _result: self.done.emit(""))
        return dialog

    def _service_editor(self, service_id: str) -> ServiceDialog:
        service = self._directory.service(self._actor, service_id)
        organization = self._directory.organization(self._actor, service.organization_id)
        dialog = ServiceDialog(self._panel, organization, service)
        dialog.open_with(
            lambda: self._directory.update_service(self._actor, service.id, service.version, dialog.data())
        )
        return dialog

    def _organization_editor(self, organization_id: str) -> OrganizationDialog:
        organization = self._directory.organization(self._actor, organization_id)
        dialog = OrganizationDialog(self._panel, organization)
        dialog.open_with(
            lambda: self._directory.update_organization(
                self._actor, organization.id, organization.version, dialog.data()
            )
        )
        return dialog

    def verify(self) -> None:
        current = self.current()
        if current is None:
            return
        try:
            self._directory.verify(self._actor, current[0], current[1], self._version())
        except DeskError as error:
            show_error(self._panel, error)
            self.done.emit("")
            return
        self.done.emit(self.tr("Verified: {name} is confirmed as correct today.").format(name=self._name()))

    def archive(self) -> None:
        current = self.current()
        if current is None:
            return
        archived = self._state().archived
        name = self._name()
        if not archived:
            question = (
                self.tr("Archive {name} and its services? They disappear from the search; their history stays.")
                if current[0] == RecordKind.ORGANIZATION
                else self.tr("Archive {name}? It disappears from the search; its history stays.")
            )
            if not prompts.confirm(self._panel, self.tr("Archive"), question.format(name=name)):
                return
        try:
            self._directory.set_archived(self._actor, current[0], current[1], self._version(), not archived)
        except DeskError as error:
            show_error(self._panel, error)
            self.done.emit("")
            return
        self.done.emit(
            self.tr("{name} is back in the search.").format(name=name)
            if archived
            else self.tr("{name} is archived.").format(name=name)
        )

    def history(self) -> ChangeHistoryDialog | None:
        current = self.current()
        if current is None:
            return None
        try:
            changes = self._directory.history(self._actor, *current)
        except DeskError as error:
            show_error(self._panel, error)
            return None
        dialog = ChangeHistoryDialog(self._panel, self._name(), changes)
        dialog.open()
        return dialog

    def new_service(self) -> ServiceDialog | None:
        organization = self._organization
        if self._kind != RecordKind.ORGANIZATION or organization is None:
            return None
        dialog = ServiceDialog(self._panel, organization)
        saved: list[ServiceRecord] = []
        dialog.finished.connect(lambda _result: self._created(RecordKind.SERVICE, saved))
        dialog.open_with(
            lambda: saved.append(self._directory.create_service(self._actor, organization.id, dialog.data()))
        )
        return dialog

    def new_organization(self) -> OrganizationDialog:
        dialog = OrganizationDialog(self._panel)
        saved: list[OrganizationRecord] = []
        dialog.finished.connect(lambda _result: self._created(RecordKind.ORGANIZATION, saved))
        dialog.open_with(lambda: saved.append(self._directory.create_organization(self._actor, dialog.data())))
        return dialog

    def _created(self, kind: RecordKind, saved: list[ServiceRecord] | list[OrganizationRecord]) -> None:
        if saved:
            self.created.emit(kind, saved[0].id)

    def current(self) -> tuple[RecordKind, str] | None:
        record = self._record()
        return (self._kind, record.id) if self._kind is not None and record is not None else None
