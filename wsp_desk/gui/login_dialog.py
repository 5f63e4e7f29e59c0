"""Logging in at the desk: who works here now, and at which location."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wsp_desk.errors import AuthenticationFailed
from wsp_desk.gui import preferences
from wsp_desk.gui.forms.ui_login_dialog import Ui_LoginDialog
from wsp_desk.gui.messages import InlineErrors, RetryCountdown

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from wsp_desk.desk import DeskContext
    from wsp_desk.services.locations import LocationView


class LoginDialog(QDialog):
    """Closes after a correct login and then emits `logged_in(actor, location)`; the location may be None.

    At a cold start it is shown before the database is open (`context` None), so the person can start typing;
    `attach()` hands it the open desk and enables logging in.
    """

    logged_in = Signal(object, object)
    first_painted = Signal()

    def __init__(self, context: DeskContext | None = None, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._context = context
        self._painted = False
        title_font = QFont(self.ui.appTitle.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.ui.appTitle.setFont(title_font)
        self._log_in_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._log_in_button.setText(self.tr("&Log in"))
        self.ui.buttons.accepted.connect(self._log_in)
        self._countdown = RetryCountdown(self._log_in_button)
        self._errors = InlineErrors({}, self.ui.error)
        self._locations: list[LocationView] = []
        if context is None:
            self.ui.database.setText(self.tr("Opening the database…"))
            self._log_in_button.setEnabled(False)
            self.ui.location.setEnabled(False)
        else:
            self.attach(context)
        self.ui.username.setText(username)
        (self.ui.password if username else self.ui.username).setFocus()

    def attach(self, context: DeskContext) -> None:
        self._context = context
        self.ui.database.setText(self._describe_database(context.database.engine.url))
        self._locations = self._fill_locations()
        self._log_in_button.setEnabled(True)

    def _describe_database(self, url: URL) -> str:
        # Where the data lives, so a misconfigured desk shows at once; never the password.
        from wsp_desk.db.engine import sqlite_path

        path = sqlite_path(url)
        if url.get_backend_name() == "sqlite":
            return self.tr("Database: SQLite file {path}").format(path=path or self.tr("in memory"))
        return self.tr("Database: PostgreSQL server {host}, database {name}").format(
            host=url.host or "localhost", name=url.database or ""
        )

    def _fill_locations(self) -> list[LocationView]:
        from wsp_desk.dates import desk_day

        assert self._context is not None
        locations = self._context.locations.open_locations(desk_day(self._context.clock.now()))
        combo = self.ui.location
        if not locations:
            combo.addItem(self.tr("No location is open today"))
            combo.setEnabled(False)
            return []
        combo.setEnabled(True)
        for location in locations:
            combo.addItem(location.name)
        remembered = preferences.LOCATION.get()
        for index, location in enumerate(locations):
            if location.id == remembered:
                combo.setCurrentIndex(index)
        return locations

    def _log_in(self) -> None:
        username = self.ui.username.text()
        if not username.strip():
            self._errors.show_text("", self.tr("Enter your user name."))
            self.ui.username.setFocus()
            return
        if self._context is None:  # still opening the database; the button is disabled until then
            return
        try:
            actor = self._context.auth.login(username, self.ui.password.text())
        except AuthenticationFailed as failure:
            self.ui.password.clear()
            self._errors.show(failure)
            self.ui.password.setFocus()
            if failure.retry_after_seconds:
                self._countdown.start(failure.retry_after_seconds)
            return
        self.ui.password.clear()
        location = self._locations[self.ui.location.currentIndex()] if self._locations else None
        if location is not None:
            preferences.LOCATION.set(location.id)
        self.accept()  # closed first, so whoever takes over finds no open login dialog
        self.logged_in.emit(actor, location)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued, so whoever listens (the start-up benchmark quits) acts after this frame reached the screen.
            QTimer.singleShot(0, self, self.first_painted.emit)
