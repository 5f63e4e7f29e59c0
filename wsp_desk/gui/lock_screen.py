"""What a locked desk shows: whose desk it is and a password field. Nothing about visitors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import AuthenticationFailed
from wsp_desk.gui.forms.ui_lock_screen import Ui_LockScreen
from wsp_desk.gui.messages import InlineErrors, RetryCountdown


class LockScreen(QWidget):
    """Emits `unlocked` after the right password of the person who locked it, or `switch_user_requested`."""

    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self._context = context
        self._actor = actor
        title_font = QFont(self.ui.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.title.setFont(title_font)
        self.ui.title.setText(self.tr("Locked — {name}").format(name=actor.display_name))
        self._countdown = RetryCountdown(self.ui.unlock)
        self._errors = InlineErrors({}, self.ui.error)
        self.ui.unlock.clicked.connect(self._unlock)
        self.ui.password.returnPressed.connect(self._unlock)
        self.ui.switchUser.clicked.connect(self.switch_user_requested)

    def reset(self) -> None:
        self.ui.password.clear()
        self._errors.clear()
        self.ui.password.setFocus()

    def _unlock(self) -> None:
        if not self.ui.unlock.isEnabled():  # Enter in the field while the service asks to wait
            return
        try:
            self._context.auth.unlock(self._actor, self.ui.password.text())
        except AuthenticationFailed as failure:
            self.ui.password.clear()
            self._errors.show(failure)
            if failure.retry_after_seconds:
                self._countdown.start(failure.retry_after_seconds)
            return
        self.reset()
        self.unlocked.emit()
