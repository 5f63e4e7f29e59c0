"""The way through the desk: start, first run, login, a forced new password, the main window, switching users."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.support import MessageBoxes
from tests.support import GOOD_PASSWORD, FakeClock
from wsp_desk.config import DeskConfig
from wsp_desk.db.engine import parse_url
from wsp_desk.db.models import Role
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ConfigError
from wsp_desk.gui import crash
from wsp_desk.gui.app import DeskApplication
from wsp_desk.gui.change_password_dialog import ChangePasswordDialog
from wsp_desk.gui.first_run_dialog import FirstRunDialog
from wsp_desk.gui.login_dialog import LoginDialog
from wsp_desk.gui.main_window import MainWindow
from wsp_desk.gui.messages import error_text

NEW_PASSWORD = "Stroopwafels-bij-de-koffie-42"

MakeDesk = Callable[..., DeskApplication]


@pytest.fixture
def make_desk(qapp: QApplication, sqlite_url: str, clock: FakeClock) -> Iterator[MakeDesk]:
    started: list[DeskApplication] = []

    def make(url: str = sqlite_url) -> DeskApplication:
        desk_app = DeskApplication(qapp, DeskConfig(url, "test-desk"), clock, idle_timeout_ms=3_600_000)
        started.append(desk_app)
        return desk_app

    yield make
    for desk_app in started:
        desk_app.close()


def _visible_windows() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def _ok(dialog: FirstRunDialog | LoginDialog | ChangePasswordDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _start(qtbot: QtBot, desk_app: DeskApplication) -> None:
    """Start and wait until the database is open behind the login window."""
    with qtbot.waitSignal(desk_app.ready):
        desk_app.start()


def _log_in(qtbot: QtBot, desk_app: DeskApplication, username: str, password: str = GOOD_PASSWORD) -> None:
    dialog = desk_app.window
    assert isinstance(dialog, LoginDialog)
    dialog.ui.username.setText(username)
    dialog.ui.password.setText(password)
    with qtbot.waitSignal(dialog.logged_in):
        _ok(dialog)


def test_a_new_database_asks_for_the_first_coordinator_and_contact_block_then_for_the_login(
    qtbot: QtBot, make_desk: MakeDesk
) -> None:
    desk_app = make_desk()
    _start(qtbot, desk_app)
    dialog = desk_app.window
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.isVisible()
    dialog.ui.username.setText("corrie")
    dialog.ui.displayName.setText("Corrie Coördinator")
    dialog.ui.password.setText(GOOD_PASSWORD)
    dialog.ui.passwordRepeat.setText(GOOD_PASSWORD)
    _ok(dialog)
    assert dialog.ui.steps.currentWidget() is dialog.ui.contactPage  # the contact block may wait
    with qtbot.waitSignal(desk_app.login_window_shown):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    login = desk_app.window
    assert isinstance(login, LoginDialog)
    assert _visible_windows() == [login]
    assert login.ui.username.text() == "corrie"


def test_login_opens_the_main_window(qtbot: QtBot, make_desk: MakeDesk, coordinator: Actor) -> None:
    desk_app = make_desk()
    with qtbot.waitSignal(desk_app.login_window_shown):
        _start(qtbot, desk_app)
    _log_in(qtbot, desk_app, "coordinator")
    window = desk_app.window
    assert isinstance(window, MainWindow)
    assert window.isVisible()
    assert window.actor.username == "coordinator"
    assert window.location is not None


def test_switch_user_logs_out_and_goes_back_to_the_login(
    qtbot: QtBot, make_desk: MakeDesk, desk: DeskContext, coordinator: Actor, receptionist: Actor
) -> None:
    desk_app = make_desk()
    _start(qtbot, desk_app)
    _log_in(qtbot, desk_app, "balie")
    window = desk_app.window
    assert isinstance(window, MainWindow)
    with qtbot.waitSignal(desk_app.login_window_shown), qtbot.assertNotEmitted(desk_app.finished):
        window.switch_user_action.trigger()
    assert isinstance(desk_app.window, LoginDialog)
    assert _visible_windows() == [desk_app.window]
    balie_events = [event.action for event in desk.audit.recent(coordinator, username="balie")]
    assert balie_events[:2] == ["logout", "login"]


def test_a_password_set_by_the_coordinator_is_changed_right_after_login(
    qtbot: QtBot, make_desk: MakeDesk, desk: DeskContext, coordinator: Actor
) -> None:
    desk.users.add_user(coordinator, "nieuw", "Nieuwe Collega", Role.GUIDE, GOOD_PASSWORD)
    desk_app = make_desk()
    _start(qtbot, desk_app)
    _log_in(qtbot, desk_app, "nieuw")
    dialog = desk_app.window
    assert isinstance(dialog, ChangePasswordDialog)
    dialog.ui.currentPassword.setText(GOOD_PASSWORD)
    dialog.ui.newPassword.setText(NEW_PASSWORD)
    dialog.ui.passwordRepeat.setText(NEW_PASSWORD)
    _ok(dialog)
    assert isinstance(desk_app.window, MainWindow)
    assert not desk.auth.must_change_password(desk_app.window.actor)


def test_not_choosing_a_new_password_logs_out(
    qtbot: QtBot, make_desk: MakeDesk, desk: DeskContext, coordinator: Actor
) -> None:
    desk.users.add_user(coordinator, "nieuw", "Nieuwe Collega", Role.GUIDE, GOOD_PASSWORD)
    desk_app = make_desk()
    _start(qtbot, desk_app)
    _log_in(qtbot, desk_app, "nieuw")
    with qtbot.waitSignal(desk_app.login_window_shown):
        desk_app.window.reject()
    assert isinstance(desk_app.window, LoginDialog)
    assert desk.audit.recent(coordinator, username="nieuw")[0].action == "logout"


def test_cancelling_the_login_or_closing_the_main_window_finishes(
    qtbot: QtBot, make_desk: MakeDesk, coordinator: Actor
) -> None:
    desk_app = make_desk()
    _start(qtbot, desk_app)
    with qtbot.waitSignal(desk_app.finished):
        desk_app.window.reject()

    desk_app = make_desk()
    _start(qtbot, desk_app)
    _log_in(qtbot, desk_app, "coordinator")
    with qtbot.waitSignal(desk_app.finished):
        desk_app.window.close()


def test_a_database_that_cannot_be_opened_is_explained_in_a_message(
    qtbot: QtBot, make_desk: MakeDesk, boxes: MessageBoxes
) -> None:
    desk_app = make_desk("mysql://dbserver/wsp")
    with qtbot.waitSignal(desk_app.finished):
        desk_app.start()
    assert desk_app.failed
    with pytest.raises(ConfigError) as expected:
        parse_url("mysql://dbserver/wsp")
    assert boxes.alerts == [error_text(expected.value)]


def test_the_crash_hook_is_installed_while_the_desk_runs(qtbot: QtBot, make_desk: MakeDesk, coordinator: Actor) -> None:
    previous = sys.excepthook
    desk_app = make_desk()
    _start(qtbot, desk_app)
    assert sys.excepthook is crash.handle_exception
    desk_app.close()
    assert sys.excepthook is previous


def test_a_cold_start_reaches_the_login_window(sqlite_url: str, coordinator: Actor) -> None:
    """What the start-up benchmark does, in a fresh process: start, wait for the login window, quit."""
    script = textwrap.dedent(
        f"""
        import sys
        from wsp_desk.config import DeskConfig
        from tests.support import FakeClock
        from wsp_desk.gui.app import DeskApplication
        from wsp_desk.gui.qapp import create_qapplication

        app = create_qapplication(sys.argv[:1])
        desk = DeskApplication(app, DeskConfig({sqlite_url!r}, "test-desk"), FakeClock())
        loaded_at_login = []
        desk.login_window_shown.connect(lambda: loaded_at_login.extend(sorted(sys.modules)))
        desk.login_window_shown.connect(app.quit)
        desk.start()
        code = app.exec()
        desk.close()
        # The login window comes before the database layer and the main window are even imported.
        too_early = {{"sqlalchemy", "wsp_desk.desk", "wsp_desk.gui.main_window"}} & set(loaded_at_login)
        sys.exit(f"imported before the login window: {{sorted(too_early)}}" if too_early else code)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
