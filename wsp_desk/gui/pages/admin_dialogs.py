"""The coordinator's dialogs for users, locations and rooms (Designer forms in ui/)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QWidget

from wsp_desk.domain.enums import LocationKind, Role, VisitorKind
from wsp_desk.domain.permissions import Action, allowed
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_location_dialog import Ui_LocationDialog
from wsp_desk.gui.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from wsp_desk.gui.forms.ui_room_dialog import Ui_RoomDialog
from wsp_desk.gui.forms.ui_user_dialog import Ui_UserDialog
from wsp_desk.gui.labels import location_kind_label, role_label, visitor_kind_label
from wsp_desk.services.auth import MIN_PASSWORD_LENGTH
from wsp_desk.services.locations import LocationInput, LocationView, RoomView
from wsp_desk.services.users import UserView


def _password_hint() -> str:
    return QCoreApplication.translate("PasswordFields", "At least {length} characters.").format(
        length=MIN_PASSWORD_LENGTH
    )


def _passwords_match(dialog: FormDialog, first: QLineEdit, second: QLineEdit) -> bool:
    """The password is typed twice; the dialog does not save while the two differ."""
    if first.text() == second.text():
        return True
    dialog.errors.show_text("password", QCoreApplication.translate("PasswordFields", "The two passwords differ."))
    return False


class UserDialog(FormDialog):
    """Add a user (`user` None: name, role and a first password) or edit one (name and role)."""

    def __init__(self, parent: QWidget | None, user: UserView | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        for role in Role:
            self.ui.role.addItem(role_label(role), role)
        self._kinds = {kind: QCheckBox(visitor_kind_label(kind), self.ui.servesKinds) for kind in VisitorKind}
        for box in self._kinds.values():
            self.ui.servesKindsLayout.addWidget(box)
        self.ui.servesKindsLayout.addStretch()
        self.ui.role.currentIndexChanged.connect(self._show_serves_kinds)
        self.ui.passwordHint.setText(
            _password_hint() + " " + self.tr("The person chooses their own password at the first login.")
        )
        self.set_error_fields(
            {
                "username": (self.ui.username, self.ui.usernameError),
                "display_name": (self.ui.displayName, self.ui.displayNameError),
                "password": (self.ui.password, self.ui.passwordError),
            },
            self.ui.formError,
        )
        if user is None:
            self.setWindowTitle(self.tr("Add user"))
            self.ui.role.setCurrentIndex(self.ui.role.findData(Role.GUIDE))
        else:
            self.setWindowTitle(self.tr("Edit user {name}").format(name=user.username))
            self.ui.username.setText(user.username)
            self.ui.username.setReadOnly(True)
            self.ui.displayName.setText(user.display_name)
            self.ui.role.setCurrentIndex(self.ui.role.findData(user.role))
            for kind, box in self._kinds.items():
                box.setChecked(kind in user.serves_kinds)
            self.ui.passwordGroup.hide()
            self.ui.displayName.setFocus()
        self._show_serves_kinds()

    def username(self) -> str:
        return self.ui.username.text()

    def display_name(self) -> str:
        return self.ui.displayName.text()

    def role(self) -> Role:
        return Role(self.ui.role.currentData())

    def serves_kinds(self) -> list[VisitorKind]:
        """The kinds "Call next" takes for this person; none ticked means any."""
        return [kind for kind, box in self._kinds.items() if box.isChecked()]

    def _show_serves_kinds(self) -> None:
        calls = allowed(self.role(), Action.CALL_VISITOR)
        self.ui.servesKindsLabel.setVisible(calls)
        self.ui.servesKinds.setVisible(calls)

    def password(self) -> str:
        return self.ui.password.text()

    def check(self) -> bool:
        return self.ui.passwordGroup.isHidden() or _passwords_match(self, self.ui.password, self.ui.passwordRepeat)


class ResetPasswordDialog(FormDialog):
    def __init__(self, parent: QWidget | None, user: UserView) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Reset password of {name}").format(name=user.username))
        self.ui.intro.setText(
            self.tr("Choose a new password for {name}. They must change it when they next log in.").format(
                name=user.display_name
            )
        )
        self.ui.passwordHint.setText(_password_hint())
        self.set_error_fields({"password": (self.ui.password, self.ui.passwordError)}, self.ui.formError)

    def password(self) -> str:
        return self.ui.password.text()

    def check(self) -> bool:
        return _passwords_match(self, self.ui.password, self.ui.passwordRepeat)


class LocationDialog(FormDialog):
    """Add a location (`location` None; a pop-up from `today` by default) or edit one."""

    def __init__(self, parent: QWidget | None, today: date, location: LocationView | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LocationDialog()
        self.ui.setupUi(self)
        for kind in LocationKind:
            self.ui.kind.addItem(location_kind_label(kind), kind)
        self.set_error_fields(
            {
                "name": (self.ui.name, self.ui.nameError),
                "ticket_prefix": (self.ui.ticketPrefix, self.ui.ticketPrefixError),
                "address": (self.ui.address, self.ui.addressError),
                "starts_on": (self.ui.startsOn, self.ui.startsOnError),
                "ends_on": (self.ui.endsOn, self.ui.endsOnError),
            },
            self.ui.formError,
        )
        if location is None:
            self.setWindowTitle(self.tr("Add location"))
            self.ui.kind.setCurrentIndex(self.ui.kind.findData(LocationKind.POPUP))
            starts_on: date | None = today
            ends_on: date | None = today
        else:
            self.setWindowTitle(self.tr("Edit location {name}").format(name=location.name))
            self.ui.name.setText(location.name)
            self.ui.kind.setCurrentIndex(self.ui.kind.findData(location.kind))
            self.ui.ticketPrefix.setText(location.ticket_prefix)
            self.ui.address.setText(location.address)
            self.ui.municipality.setText(location.municipality)
            starts_on, ends_on = location.starts_on, location.ends_on
        _set_date(self.ui.startsOn, self.ui.noStart, starts_on, today)
        _set_date(self.ui.endsOn, self.ui.noEnd, ends_on, today)

    def data(self) -> LocationInput:
        return LocationInput(
            name=self.ui.name.text(),
            kind=LocationKind(self.ui.kind.currentData()),
            ticket_prefix=self.ui.ticketPrefix.text(),
            address=self.ui.address.text(),
            municipality=self.ui.municipality.text(),
            starts_on=_get_date(self.ui.startsOn, self.ui.noStart),
            ends_on=_get_date(self.ui.endsOn, self.ui.noEnd),
        )


def _set_date(edit: QDateEdit, no_date: QCheckBox, value: date | None, today: date) -> None:
    shown = value or today
    edit.setDate(QDate(shown.year, shown.month, shown.day))
    no_date.setChecked(value is None)


def _get_date(edit: QDateEdit, no_date: QCheckBox) -> date | None:
    if no_date.isChecked():
        return None
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class RoomDialog(FormDialog):
    def __init__(self, parent: QWidget | None, room: RoomView | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RoomDialog()
        self.ui.setupUi(self)
        self.set_error_fields({"room": (self.ui.name, self.ui.nameError)}, self.ui.formError)
        if room is None:
            self.setWindowTitle(self.tr("Add room"))
        else:
            self.setWindowTitle(self.tr("Rename room {name}").format(name=room.name))
            self.ui.name.setText(room.name)

    def name(self) -> str:
        return self.ui.name.text()
