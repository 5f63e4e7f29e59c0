"""The Account page: who you are, your password, your recent logins."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.support import GOOD_PASSWORD, FakeClock
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui.change_password_dialog import ChangePasswordDialog
from wsp_desk.gui.labels import format_datetime
from wsp_desk.gui.pages.account_page import AccountPage

NEW_PASSWORD = "Een-nieuwe-fiets-op-de-Haagweg-3"


def _page(qtbot: QtBot, desk: DeskContext, actor: Actor) -> AccountPage:
    page = AccountPage(desk, actor)
    qtbot.addWidget(page)
    page.show()
    return page


def _column(page: AccountPage, column: int) -> list[str]:
    model = page.logins
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_page_lists_only_the_persons_own_login_events(
    qtbot: QtBot, qtmodeltester, desk: DeskContext, receptionist: Actor, clock: FakeClock
) -> None:
    desk.auth.record_lock(receptionist, "manual")
    desk.auth.unlock(receptionist, GOOD_PASSWORD)
    page = _page(qtbot, desk, receptionist)
    qtmodeltester.check(page.logins)
    assert _column(page, 1) == ["Screen unlocked", "Screen locked", "Log in"]
    assert _column(page, 2) == ["Succeeded"] * 3
    assert _column(page, 3) == ["test-desk"] * 3
    assert _column(page, 0) == [format_datetime(clock.now())] * 3


def test_changing_the_password_shows_rule_breaks_inline_and_then_saves(
    qtbot: QtBot, desk: DeskContext, receptionist: Actor
) -> None:
    page = _page(qtbot, desk, receptionist)
    page.change_password_button.click()
    dialog = page.findChild(ChangePasswordDialog)
    assert dialog.isVisible()
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.ui.currentPassword.setText("not the password")
    dialog.ui.newPassword.setText(NEW_PASSWORD)
    dialog.ui.passwordRepeat.setText(NEW_PASSWORD)
    ok.click()
    assert dialog.ui.currentPasswordError.text() == "The current password is not correct."

    dialog.ui.currentPassword.setText(GOOD_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    assert desk.auth.login("balie", NEW_PASSWORD).username == "balie"
    assert "Password changed" in _column(page, 1)


def test_a_guide_sets_the_work_phone_and_e_mail_that_partners_reach_them_on(
    qtbot: QtBot, desk: DeskContext, guide: Actor
) -> None:
    page = _page(qtbot, desk, guide)
    page.work_phone.setText("0701234567")
    page.work_email.setText("geen-adres")
    page.save_contact_button.click()
    assert page.work_email_error.isVisible() and not page.contact_saved.text()
    page.work_email.setText("gids@example.org")
    page.save_contact_button.click()
    assert page.contact_saved.text() == "Saved." and not page.work_email_error.isVisible()
    assert page.work_phone.text() == "070 123 4567"  # shown as dialled
    assert guide.user_id is not None
    stored = desk.users.account(guide, guide.user_id)
    assert (stored.work_phone, stored.work_email) == ("+31701234567", "gids@example.org")
