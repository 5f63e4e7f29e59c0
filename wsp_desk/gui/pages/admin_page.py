"""Beheer: the coordinator manages users, locations and their rooms, the desk-wide settings and the letterhead.

Every change goes through a service (which checks the permission again); afterwards only the affected table is
reloaded and its selection kept. Each tab loads its data when it is shown, so it is fresh when the page comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import prompts
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.messages import InlineErrors, show_error
from wsp_desk.gui.models.locations_model import LocationsModel, RoomsModel
from wsp_desk.gui.models.users_model import UsersModel
from wsp_desk.gui.pages.admin_dialogs import LocationDialog, ResetPasswordDialog, RoomDialog, UserDialog
from wsp_desk.gui.pages.letterhead_tab import LetterheadTab
from wsp_desk.gui.record_table import RecordTable
from wsp_desk.services.locations import LocationView, RoomView
from wsp_desk.services.settings import ALL_SETTINGS, IntSetting, SettingSpec
from wsp_desk.services.users import UserView


def _open(dialog: FormDialog, save: Callable[[], object], reload: Callable[[object], None]) -> None:
    """Open `dialog`; when it closes, reload and select the record `save` returned (or keep the selection)."""
    saved: list[object] = []
    dialog.finished.connect(lambda _result: reload(getattr(saved[0], "id", None) if saved else None))
    dialog.open_with(lambda: saved.append(save()))


class UsersTab(QWidget):
    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = context.users
        self._actor = actor
        self.table = RecordTable(UsersModel(self), lambda: self._users.list_users(actor), self.tr("Users"), self)
        self.search = self.table.add_search(self.tr("&Search:"))
        self.show_disabled = self.table.add_show_inactive(self.tr("Show &disabled users"))
        self.table.add_action(self.tr("&Add user…"), self.add_user, QKeySequence.StandardKey.New, needs_record=False)
        edit = self.table.add_action(self.tr("&Edit…"), self.edit_user, "F2", self.tr("Change the name or the role"))
        self.table.add_action(self.tr("&Reset password…"), self.reset_password, "Ctrl+R")
        self.toggle_action = self.table.add_action(
            self.tr("&Disable"),
            self.toggle_active,
            "Ctrl+D",
            self.tr("People with a history at the desk are disabled, not deleted, so what they did stays traceable"),
        )
        self.table.set_default_action(edit)
        self.table.current_changed.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def showEvent(self, event: QShowEvent) -> None:
        self.table.reload()
        super().showEvent(event)

    def _current_changed(self) -> None:
        user = self.table.current()
        self.toggle_action.setText(self.tr("&Enable") if user is not None and not user.active else self.tr("&Disable"))

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self, None)
        _open(
            dialog,
            lambda: self._users.add_user(
                self._actor, dialog.username(), dialog.display_name(), dialog.role(), dialog.password()
            ),
            self.table.reload,
        )
        return dialog

    def edit_user(self) -> UserDialog:
        user: UserView = self.table.chosen()
        dialog = UserDialog(self, user)
        _open(
            dialog,
            lambda: self._users.update_user(
                self._actor,
                user.id,
                user.version,
                display_name=dialog.display_name(),
                role=dialog.role(),
                serves_kinds=dialog.serves_kinds(),
            ),
            self.table.reload,
        )
        return dialog

    def reset_password(self) -> ResetPasswordDialog:
        user: UserView = self.table.chosen()
        dialog = ResetPasswordDialog(self, user)
        _open(dialog, lambda: self._users.reset_password(self._actor, user.id, dialog.password()), self.table.reload)
        return dialog

    def toggle_active(self) -> None:
        user: UserView = self.table.chosen()
        if user.active:
            title = self.tr("Disable account")
            question = self.tr("Disable the account of {name}? They can no longer log in; their history stays.")
        else:
            title = self.tr("Enable account")
            question = self.tr("Enable the account of {name}? They can log in again.")
        if not prompts.confirm(self, title, question.format(name=user.display_name)):
            return
        try:
            self._users.set_active(self._actor, user.id, not user.active)
        except DeskError as error:
            show_error(self, error)
        self.table.reload()


class LocationsTab(QWidget):
    """The locations above, the rooms of the selected location below."""

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._locations = context.locations
        self._actor = actor

        self.locations = RecordTable(LocationsModel(self), self._locations.list_locations, self.tr("Locations"), self)
        self.locations.add_action(
            self.tr("&Add location…"), self.add_location, QKeySequence.StandardKey.New, needs_record=False
        )
        edit = self.locations.add_action(self.tr("&Edit…"), self.edit_location, "F2")
        self.location_toggle = self.locations.add_action(
            self.tr("&Deactivate"),
            self.toggle_location,
            "Ctrl+D",
            self.tr("Locations with visits are deactivated, not deleted; a deactivated location takes no visitors"),
        )
        self.locations.set_default_action(edit)

        self.rooms = RecordTable(RoomsModel(self), self._rooms_of_location, self.tr("Rooms"), self)
        self.add_room_action = self.rooms.add_action(
            self.tr("&Add room…"), self.add_room, QKeySequence.StandardKey.New, needs_record=False
        )
        rename = self.rooms.add_action(self.tr("Re&name…"), self.rename_room, "F2")
        self.room_toggle = self.rooms.add_action(self.tr("&Deactivate"), self.toggle_room, "Ctrl+D")
        self.rooms.set_default_action(rename)

        self.locations.current_changed.connect(self._location_changed)
        self.rooms.current_changed.connect(self._room_changed)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.locations)
        splitter.addWidget(self.rooms)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        self.locations.reload()
        super().showEvent(event)

    def _rooms_of_location(self) -> list[RoomView]:
        location = self.locations.current()
        return list(location.rooms) if location is not None else []

    def _location_changed(self) -> None:
        location: LocationView | None = self.locations.current()
        active = location is None or location.active
        self.location_toggle.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))
        self.add_room_action.setEnabled(location is not None)
        self.rooms.set_title(
            self.tr("Rooms of {location}").format(location=location.name) if location else self.tr("Rooms")
        )
        self.rooms.reload()

    def _room_changed(self) -> None:
        room: RoomView | None = self.rooms.current()
        active = room is None or room.active
        self.room_toggle.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))

    def _reload_rooms(self, room_id: object) -> None:
        """Rooms come with their location: reload the locations, which reloads the rooms; then select `room_id`."""
        self.locations.reload()
        if room_id is not None:
            self.rooms.select(room_id)

    def add_location(self) -> LocationDialog:
        dialog = LocationDialog(self, self._today())
        _open(dialog, lambda: self._locations.add_location(self._actor, dialog.data()), self.locations.reload)
        return dialog

    def edit_location(self) -> LocationDialog:
        location: LocationView = self.locations.chosen()
        dialog = LocationDialog(self, self._today(), location)
        _open(
            dialog,
            lambda: self._locations.update_location(self._actor, location.id, location.version, dialog.data()),
            self.locations.reload,
        )
        return dialog

    def toggle_location(self) -> None:
        location: LocationView = self.locations.chosen()
        if location.active:
            title = self.tr("Deactivate location")
            question = self.tr("Deactivate {name}? Desks can no longer work there; its history stays.")
        else:
            title = self.tr("Activate location")
            question = self.tr("Activate {name}? Desks can work there again.")
        if not prompts.confirm(self, title, question.format(name=location.name)):
            return
        try:
            self._locations.set_location_active(self._actor, location.id, location.version, not location.active)
        except DeskError as error:
            show_error(self, error)
        self.locations.reload()

    def add_room(self) -> RoomDialog:
        location: LocationView = self.locations.chosen()
        dialog = RoomDialog(self)
        _open(dialog, lambda: self._locations.add_room(self._actor, location.id, dialog.name()), self._reload_rooms)
        return dialog

    def rename_room(self) -> RoomDialog:
        room: RoomView = self.rooms.chosen()
        dialog = RoomDialog(self, room)
        _open(
            dialog,
            lambda: self._locations.update_room(self._actor, room.id, room.version, dialog.name(), room.active),
            self._reload_rooms,
        )
        return dialog

    def toggle_room(self) -> None:
        room: RoomView = self.rooms.chosen()
        try:
            self._locations.update_room(self._actor, room.id, room.version, room.name, not room.active)
        except DeskError as error:
            show_error(self, error)
        self._reload_rooms(None)

    def _today(self) -> date:
        return self._context.clock.now().astimezone().date()


class _SettingField:
    """The input of one desk-wide setting: a spin box within the declared bounds, or one letter."""

    def __init__(self, spec: SettingSpec, parent: QWidget) -> None:
        self.spec = spec
        self.editor: QSpinBox | QLineEdit
        if isinstance(spec, IntSetting):
            self.editor = QSpinBox(parent)
            self.editor.setRange(spec.minimum, spec.maximum)
        else:
            self.editor = QLineEdit(parent)
            self.editor.setMaxLength(1)
            self.editor.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]?"), self.editor))
            self.editor.setMaximumWidth(self.editor.fontMetrics().averageCharWidth() * 8)

    def value(self) -> int | str:
        return self.editor.value() if isinstance(self.editor, QSpinBox) else self.editor.text().upper()

    def set_value(self, value: int | str) -> None:
        if isinstance(self.editor, QSpinBox):
            self.editor.setValue(int(value))
        else:
            self.editor.setText(str(value))


class SettingsTab(QWidget):
    """The desk-wide settings, each with its declared bounds; Save stores the ones that changed."""

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = context.settings
        self._actor = actor
        self.fields = {spec.key: _SettingField(spec, self) for spec in ALL_SETTINGS}
        errors: dict[str, tuple[QWidget, QLabel]] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for field in self.fields.values():
            label = QLabel(QCoreApplication.translate("Settings", field.spec.label) + ":", self)
            label.setBuddy(field.editor)
            error = QLabel(self)
            box = QVBoxLayout()
            box.addWidget(field.editor)
            box.addWidget(error)
            form.addRow(label, box)
            errors[field.spec.key] = (field.editor, error)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        general_error = QLabel(self)
        self.errors = InlineErrors(errors, general_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general_error)
        layout.addLayout(buttons)
        layout.addStretch()

    def showEvent(self, event: QShowEvent) -> None:
        self.errors.clear()
        self.status.clear()
        try:
            self._show_stored_values()
        except DeskError as error:
            self.errors.show(error)
        super().showEvent(event)

    def _show_stored_values(self) -> None:
        for field in self.fields.values():
            field.set_value(self._settings.get(field.spec))

    def save(self) -> None:
        self.errors.clear()
        self.status.clear()
        try:
            for field in self.fields.values():
                if field.value() != self._settings.get(field.spec):
                    self._settings.set(self._actor, field.spec, field.value())
            self._show_stored_values()
        except DeskError as error:
            self.errors.show(error)
            return
        self.status.setText(self.tr("Saved."))


class AdminPage(QWidget):
    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users_tab = UsersTab(context, actor)
        self.locations_tab = LocationsTab(context, actor)
        self.settings_tab = SettingsTab(context, actor)
        self.letterhead_tab = LetterheadTab(context, actor)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.users_tab, self.tr("&Users"))
        self.tabs.addTab(self.locations_tab, self.tr("&Locations"))
        self.tabs.addTab(self.settings_tab, self.tr("Se&ttings"))
        self.tabs.addTab(self.letterhead_tab, self.tr("Letter&head"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
