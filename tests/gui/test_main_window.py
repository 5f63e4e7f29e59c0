"""The main window: pages per role, the idle lock, settings and remembered geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.support import MessageBoxes
from tests.support import GOOD_PASSWORD, FakeClock
from wsp_desk.db.models import AuditResult, Role
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui import preferences, translations
from wsp_desk.gui.main_window import MainWindow
from wsp_desk.gui.messages import RetryCountdown
from wsp_desk.gui.pages.account_page import AccountPage
from wsp_desk.gui.pages.reception.page import ReceptionPage
from wsp_desk.gui.settings_dialog import SettingsDialog


def _window(qtbot: QtBot, desk: DeskContext, actor: Actor, idle_timeout_ms: int = 3_600_000) -> MainWindow:
    location = desk.locations.list_locations()[0]
    window = MainWindow(desk, actor, location, idle_timeout_ms=idle_timeout_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def _page_titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _actions(desk: DeskContext, coordinator: Actor, username: str) -> list[tuple[str, AuditResult]]:
    return [(event.action, event.result) for event in reversed(desk.audit.recent(coordinator, username=username))]


def test_a_receptionist_sees_no_administration(qtbot: QtBot, desk: DeskContext, receptionist: Actor) -> None:
    window = _window(qtbot, desk, receptionist)
    assert _page_titles(window) == ["Reception", "Partners", "Account"]
    assert isinstance(window.pages.currentWidget(), ReceptionPage)
    window.navigation.setCurrentRow(2)
    assert isinstance(window.pages.currentWidget(), AccountPage)


def test_a_coordinator_sees_administration(qtbot: QtBot, desk: DeskContext, coordinator: Actor) -> None:
    admin_page = pytest.importorskip("wsp_desk.gui.pages.admin_page")
    window = _window(qtbot, desk, coordinator)
    titles = _page_titles(window)
    assert titles == ["Reception", "Conversation", "Partners", "Handovers", "Administration", "Account"]
    assert isinstance(window.pages.widget(titles.index("Administration")), admin_page.AdminPage)
    window.navigation.setCurrentRow(titles.index("Account"))
    assert isinstance(window.pages.currentWidget(), AccountPage)


def test_the_status_bar_names_location_and_person(qtbot: QtBot, desk: DeskContext, guide: Actor) -> None:
    window = _window(qtbot, desk, guide)
    assert window.location_label.text() == "Location: WSP Rijswijk (Inhouse)"
    assert window.user_label.text() == "Gids (Guide)"


def test_an_idle_desk_locks_and_only_the_right_password_unlocks_it(
    qtbot: QtBot,
    desk: DeskContext,
    coordinator: Actor,
    guide: Actor,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(RetryCountdown, "interval_ms", 1)
    window = _window(qtbot, desk, guide, idle_timeout_ms=50)
    qtbot.waitUntil(lambda: window.locked)
    assert not window.pages.isVisible()
    assert not window.navigation.isVisible()
    assert window.lock_screen.ui.title.text() == "Locked — Gids"
    assert not window.lock_action.isEnabled()

    window.lock_screen.ui.password.setText("not the password")
    window.lock_screen.ui.unlock.click()
    assert window.locked
    assert window.lock_screen.ui.error.isVisible()

    clock.advance(seconds=1)  # past the wait after a failure, for the service …
    qtbot.waitUntil(window.lock_screen.ui.unlock.isEnabled)  # … and for the countdown on the button
    with qtbot.waitSignal(window.lock_screen.unlocked):
        window.lock_screen.ui.password.setText(GOOD_PASSWORD)
        window.lock_screen.ui.unlock.click()
    assert not window.locked
    assert window.pages.isVisible()
    assert window.lock_action.isEnabled()
    assert _actions(desk, coordinator, "gids")[-3:] == [
        ("screen_lock", AuditResult.SUCCESS),
        ("unlock", AuditResult.FAILURE),
        ("unlock", AuditResult.SUCCESS),
    ]
    qtbot.waitUntil(lambda: window.locked)  # and the watch starts again


def test_locking_closes_open_dialogs(qtbot: QtBot, desk: DeskContext, receptionist: Actor) -> None:
    window = _window(qtbot, desk, receptionist)
    dialog = QDialog(window)
    dialog.open()
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    with qtbot.waitSignal(dialog.rejected):
        window.lock_action.trigger()
    assert window.locked
    assert not dialog.isVisible()


def test_switch_user_from_the_lock_screen(qtbot: QtBot, desk: DeskContext, receptionist: Actor) -> None:
    window = _window(qtbot, desk, receptionist)
    window.lock("manual")
    with qtbot.waitSignal(window.switch_user_requested):
        window.lock_screen.ui.switchUser.click()


def test_closing_records_the_logout_once(
    qtbot: QtBot, desk: DeskContext, coordinator: Actor, receptionist: Actor
) -> None:
    window = _window(qtbot, desk, receptionist)
    with qtbot.waitSignal(window.closed):
        window.close()
    window.close()
    assert [action for action, _ in _actions(desk, coordinator, "balie")].count("logout") == 1


def test_the_window_comes_back_where_it_was(qtbot: QtBot, desk: DeskContext, receptionist: Actor) -> None:
    window = _window(qtbot, desk, receptionist)
    window.resize(700, 500)  # within the offscreen screen: restoring keeps a window on its screen
    window.close()
    assert QSettings().contains(preferences.MAIN_WINDOW_GEOMETRY.key)
    again = _window(qtbot, desk, receptionist)
    assert again.size() == QSize(700, 500)


def test_the_language_choice_is_stored(qtbot: QtBot, desk: DeskContext, receptionist: Actor) -> None:
    window = _window(qtbot, desk, receptionist)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog.isVisible()
    assert dialog.ui.language.currentData() == "nl"
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    dialog.accept()
    assert QSettings().value(preferences.LANGUAGE.key) == "en"
    assert translations.current_language() == "en"


@pytest.mark.parametrize("change", ["disable", "new role"])
def test_a_changed_or_disabled_account_is_logged_out(
    qtbot: QtBot, desk: DeskContext, coordinator: Actor, guide: Actor, boxes: MessageBoxes, change: str
) -> None:
    window = _window(qtbot, desk, guide)
    with qtbot.assertNotEmitted(window.switch_user_requested):
        window.check_rights()
    if change == "disable":
        desk.users.set_active(coordinator, guide.user_id or 0, False)
    else:
        version = next(user.version for user in desk.users.list_users(coordinator) if user.id == guide.user_id)
        desk.users.update_user(coordinator, guide.user_id or 0, version, display_name="Gids", role=Role.RECEPTIONIST)
    with qtbot.waitSignal(window.switch_user_requested):
        window.check_rights()
    assert len(boxes.told) == 1
