"""Starting the desk: first run or login, then the main window.

Startup is kept lean (a benchmark measures the time to the login dialog): heavy modules are imported when needed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from wsp_desk.errors import DeskError
from wsp_desk.gui import crash, prompts, translations
from wsp_desk.gui.login_dialog import LoginDialog
from wsp_desk.gui.messages import error_text
from wsp_desk.gui.qapp import create_qapplication

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from wsp_desk.clock import Clock
    from wsp_desk.config import DeskConfig
    from wsp_desk.desk import DeskContext
    from wsp_desk.domain.permissions import Actor
    from wsp_desk.services.locations import LocationView


class DeskApplication(QObject):
    """The way through the desk: first run → login → (new password) → main window, and back to login.

    `window` is the one window open at a time. `finished` is emitted when the person quits.
    """

    login_window_shown = Signal()
    ready = Signal()
    finished = Signal()

    def __init__(
        self, qapp: QApplication, config: DeskConfig, clock: Clock, *, idle_timeout_ms: int | None = None
    ) -> None:
        super().__init__(qapp)
        self._qapp = qapp
        self._config = config
        self._clock = clock
        self._idle_timeout_ms = idle_timeout_ms
        self.context: DeskContext | None = None
        self.failed = False
        self.window: QWidget | None = None
        self._translators: list[QTranslator] = []
        self._restore_excepthook: Callable[[], None] | None = None

    def start(self) -> None:
        """Show the login window at once, then open the database (the person can type meanwhile).

        `ready` follows when the desk is open; when it cannot open, a message says why, `failed` is set and
        `finished` is emitted.
        """
        self._translators = translations.install(self._qapp)
        self._restore_excepthook = crash.install()
        login = self._show_login()
        login.first_painted.connect(lambda: QTimer.singleShot(0, self, self._open_database))

    def _open_database(self) -> None:
        from wsp_desk.desk import open_desk  # SQLAlchemy and friends load here, after the first frame

        try:
            self.context, _ = open_desk(self._config.database_url, self._config.workstation, self._clock)
        except DeskError as error:
            self.failed = True
            prompts.alert(None, error_text(error))
            self.finished.emit()
            return
        if not self.context.users.has_users():
            self._show_first_run()
        elif isinstance(self.window, LoginDialog):
            self.window.attach(self.context)
        self.ready.emit()

    def close(self) -> None:
        """Close the window and the database and put back what start() changed in the application."""
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()
        if self._restore_excepthook is not None:
            self._restore_excepthook()
            self._restore_excepthook = None
        translations.uninstall(self._qapp, self._translators)
        self._translators = []
        if self.context is not None:
            self.context.close()
            self.context = None

    def _show(self, window: QWidget) -> None:
        previous, self.window = self.window, window
        window.show()
        if previous is not None:
            previous.close()
            previous.deleteLater()

    def _finish(self, window: QWidget) -> None:
        if window is self.window:  # not when it was closed to make way for the next one
            self.finished.emit()

    def _show_first_run(self) -> None:
        from wsp_desk.gui.first_run_dialog import FirstRunDialog

        assert self.context is not None
        dialog = FirstRunDialog(self.context)
        dialog.accepted.connect(lambda: self._show_login(dialog.username))
        dialog.rejected.connect(lambda: self._finish(dialog))
        self._show(dialog)

    def _show_login(self, username: str = "") -> LoginDialog:
        dialog = LoginDialog(self.context, username)
        dialog.logged_in.connect(self._logged_in)
        dialog.rejected.connect(lambda: self._finish(dialog))
        dialog.first_painted.connect(self.login_window_shown)
        self._show(dialog)
        return dialog

    def _logged_in(self, actor: Actor, location: LocationView | None) -> None:
        from wsp_desk.gui.change_password_dialog import ChangePasswordDialog

        assert self.context is not None
        if not self.context.auth.must_change_password(actor):
            self._show_main_window(actor, location)
            return
        dialog = ChangePasswordDialog(self.context, actor, forced=True)
        dialog.accepted.connect(lambda: self._show_main_window(actor, location))
        dialog.rejected.connect(lambda: self._log_out(actor))
        self._show(dialog)

    def _log_out(self, actor: Actor) -> None:
        assert self.context is not None
        self.context.auth.logout(actor)
        self._show_login()

    def _show_main_window(self, actor: Actor, location: LocationView | None) -> None:
        from wsp_desk.gui.main_window import MainWindow

        assert self.context is not None
        window = MainWindow(self.context, actor, location, idle_timeout_ms=self._idle_timeout_ms)
        window.switch_user_requested.connect(self._show_login)  # closing the window records the logout
        window.closed.connect(lambda: self._finish(window))
        self._show(window)


def run(config: DeskConfig, clock: Clock) -> int:
    """The desk for `wsp-desk` without a command; returns the exit code."""
    app = create_qapplication(sys.argv[:1])
    desk = DeskApplication(app, config, clock)
    desk.finished.connect(app.quit)
    try:
        desk.start()
        code = app.exec()
    except Exception as error:  # the log gets the details, the person a dialog that names the log
        crash.handle_exception(type(error), error, error.__traceback__)
        return 1
    finally:
        desk.close()
    return 1 if desk.failed else code
