"""The first start of an empty database: making the first coordinator account."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.errors import DeskError
from wsp_desk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from wsp_desk.gui.messages import InlineErrors, password_hint


class FirstRunDialog(QDialog):
    """Accepted once the coordinator exists; `username` then holds their user name."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._context = context
        self.username = ""
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create account"))
        self.ui.buttons.accepted.connect(self._create)
        self.ui.passwordHint.setText(password_hint())
        self._errors = InlineErrors(
            {
                "username": (self.ui.username, self.ui.usernameError),
                "display_name": (self.ui.displayName, self.ui.displayNameError),
                "password": (self.ui.password, self.ui.passwordError),
                "repeat": (self.ui.passwordRepeat, self.ui.passwordRepeatError),
            },
            self.ui.error,
        )
        self.ui.username.setFocus()

    def _create(self) -> None:
        password = self.ui.password.text()
        if password != self.ui.passwordRepeat.text():
            self._errors.show_text("repeat", self.tr("The two passwords differ."))
            return
        try:
            user = self._context.users.create_first_coordinator(
                self.ui.username.text(), self.ui.displayName.text(), password
            )
        except DeskError as error:
            self._errors.show(error)
            return
        self.username = user.username
        self.accept()
