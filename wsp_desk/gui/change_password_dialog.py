"""A person changes their own password: when they like, or right after logging in when the account asks for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from wsp_desk.gui.messages import InlineErrors, password_hint


class ChangePasswordDialog(QDialog):
    """Accepted once the new password is saved. `forced`: the account must get a new password before work starts."""

    def __init__(
        self, context: DeskContext, actor: Actor, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._context = context
        self._actor = actor
        if forced:
            self.ui.intro.setText(
                self.tr("Your password was set by a coordinator. Choose your own password before you start.")
            )
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Log &out"))
        else:
            self.ui.intro.setText(self.tr("Choose a new password for your account {name}.").format(name=actor.username))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Change password"))
        self.ui.buttons.accepted.connect(self._change)
        self.ui.passwordHint.setText(password_hint())
        self._errors = InlineErrors(
            {
                "current_password": (self.ui.currentPassword, self.ui.currentPasswordError),
                "password": (self.ui.newPassword, self.ui.newPasswordError),
                "repeat": (self.ui.passwordRepeat, self.ui.passwordRepeatError),
            },
            self.ui.error,
        )
        self.ui.currentPassword.setFocus()

    def _change(self) -> None:
        new_password = self.ui.newPassword.text()
        if new_password != self.ui.passwordRepeat.text():
            self._errors.show_text("repeat", self.tr("The two new passwords differ."))
            return
        try:
            self._context.auth.change_own_password(self._actor, self.ui.currentPassword.text(), new_password)
        except DeskError as error:
            self._errors.show(error)
            return
        self.accept()
