"""The first start of an empty database, in two steps: the first coordinator account, then the werkcentrum's contact
block that every letter prints (which may wait: Beheer then shows what is missing)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from wsp_desk.gui.messages import InlineErrors, password_hint


class FirstRunDialog(QDialog):
    """Accepted once the coordinator exists and the contact block is saved or left for later; `username` then holds
    their user name."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FirstRunDialog()
        ui.setupUi(self)
        self._context = context
        self._actor: Actor | None = None  # the new coordinator, logged in while the contact block is asked
        self.username = ""
        self._ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Create account"))
        ui.buttons.accepted.connect(self._next)
        ui.passwordHint.setText(password_hint())
        self._errors = InlineErrors(
            {
                "username": (ui.username, ui.usernameError),
                "display_name": (ui.displayName, ui.displayNameError),
                "password": (ui.password, ui.passwordError),
                "repeat": (ui.passwordRepeat, ui.passwordRepeatError),
                **ui.contactFields.error_places(),
            },
            ui.error,
        )
        ui.steps.setCurrentWidget(ui.accountPage)
        ui.username.setFocus()

    def _next(self) -> None:
        if self._actor is None:
            self._create()
        else:
            self._save_contact()

    def _create(self) -> None:
        ui = self.ui
        password = ui.password.text()
        if password != ui.passwordRepeat.text():
            self._errors.show_text("repeat", self.tr("The two passwords differ."))
            return
        try:
            user = self._context.users.create_first_coordinator(ui.username.text(), ui.displayName.text(), password)
            self._actor = self._context.auth.login(user.username, password)
        except DeskError as error:
            self._errors.show(error)
            return
        self.username = user.username
        ui.password.clear()
        ui.passwordRepeat.clear()
        self._errors.clear()
        ui.contactFields.show_letterhead(self._context.letterhead.current())
        ui.steps.setCurrentWidget(ui.contactPage)
        self.setWindowTitle(self.tr("The werkcentrum's contact details"))
        self._ok.setText(self.tr("&Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fill in &later"))
        ui.contactFields.ui.address.setFocus()

    def _save_contact(self) -> None:
        assert self._actor is not None
        head = self.ui.contactFields.letterhead(self._context.letterhead.current())
        try:
            self._context.letterhead.save(self._actor, head)
        except DeskError as error:
            self._errors.show(error)
            return
        self._done()

    def reject(self) -> None:
        """Cancel before the account exists closes the desk; after, the contact block is left for later."""
        if self._actor is None:
            super().reject()
        else:
            self._done()

    def _done(self) -> None:
        assert self._actor is not None
        self._context.auth.logout(self._actor)  # the login window follows, as after every first start
        self.accept()
