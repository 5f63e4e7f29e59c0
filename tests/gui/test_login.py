"""First run and login: the dialogs on a fresh database with a fake clock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from tests.support import GOOD_PASSWORD, FakeClock
from wsp_desk.db.models import LocationKind, Role
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import AuthenticationFailed
from wsp_desk.gui import preferences
from wsp_desk.gui.first_run_dialog import FirstRunDialog
from wsp_desk.gui.login_dialog import LoginDialog
from wsp_desk.gui.messages import RetryCountdown, error_text
from wsp_desk.services.auth import LockoutPolicy
from wsp_desk.services.locations import LocationInput


def _first_run(qtbot: QtBot, desk: DeskContext) -> FirstRunDialog:
    dialog = FirstRunDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(dialog: FirstRunDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _fill_first_run(dialog: FirstRunDialog, password: str, repeat: str | None = None) -> None:
    dialog.ui.username.setText("corrie")
    dialog.ui.displayName.setText("Corrie Coördinator")
    dialog.ui.password.setText(password)
    dialog.ui.passwordRepeat.setText(password if repeat is None else repeat)
    _ok(dialog)


def _later(dialog: FirstRunDialog) -> QPushButton:
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)


def test_first_run_creates_the_first_coordinator_then_asks_for_the_contact_block(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = _first_run(qtbot, desk)
    _fill_first_run(dialog, GOOD_PASSWORD)
    actor = desk.auth.login("corrie", GOOD_PASSWORD)
    assert (actor.role, actor.display_name) == (Role.COORDINATOR, "Corrie Coördinator")
    assert dialog.ui.steps.currentWidget() is dialog.ui.contactPage
    assert dialog.ui.password.text() == ""
    assert _later(dialog).text() == "Fill in &later"
    fields = dialog.ui.contactFields.ui
    assert fields.name.text() == "Werkcentrum Haaglanden — WSP Rijswijk"
    assert dialog.focusWidget() is fields.address

    fields.address.setPlainText("Voorbeeldstraat 1\n1234 AB Voorbeeld")
    fields.phone.setText("070 123 4567")
    fields.email.setText("werkcentrum@example.nl")
    fields.openingHours.setPlainText("ma t/m vr 9:00–17:00")
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    assert dialog.username == "corrie"
    head = desk.letterhead.current()
    assert (head.phone, head.opening_hours) == ("070 123 4567", "ma t/m vr 9:00–17:00")
    assert desk.letterhead.missing_contact() == ()
    changes = [event for event in desk.audit.recent(actor, username="corrie") if event.action == "setting_change"]
    assert len(changes) == 1


def test_first_run_shows_a_wrong_contact_detail_next_to_the_field(qtbot: QtBot, desk: DeskContext) -> None:
    dialog = _first_run(qtbot, desk)
    _fill_first_run(dialog, GOOD_PASSWORD)
    fields = dialog.ui.contactFields.ui
    fields.phone.setText("12")
    _ok(dialog)
    assert dialog.isVisible()
    assert fields.phoneError.isVisible() and "is not a valid phone number" in fields.phoneError.text()
    assert dialog.focusWidget() is fields.phone
    assert desk.letterhead.missing_contact() == ("address", "phone", "email", "opening_hours")


@pytest.mark.parametrize("leave", ["later", "escape"])
def test_first_run_may_leave_the_contact_block_for_later(qtbot: QtBot, desk: DeskContext, leave: str) -> None:
    dialog = _first_run(qtbot, desk)
    _fill_first_run(dialog, GOOD_PASSWORD)
    dialog.ui.contactFields.ui.phone.setText("070 123 4567")
    with qtbot.waitSignal(dialog.accepted):
        if leave == "later":
            _later(dialog).click()
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.username == "corrie"
    assert desk.letterhead.missing_contact() == ("address", "phone", "email", "opening_hours")


def test_first_run_shows_a_weak_password_next_to_the_field(qtbot: QtBot, desk: DeskContext) -> None:
    dialog = _first_run(qtbot, desk)
    _fill_first_run(dialog, "kort")
    assert dialog.isVisible()
    assert dialog.ui.passwordError.isVisible()
    assert dialog.ui.passwordError.text() == "A password needs at least 12 characters."
    assert dialog.focusWidget() is dialog.ui.password
    assert not desk.users.has_users()


def test_first_run_asks_for_the_same_password_twice(qtbot: QtBot, desk: DeskContext) -> None:
    dialog = _first_run(qtbot, desk)
    _fill_first_run(dialog, GOOD_PASSWORD, repeat=GOOD_PASSWORD + "!")
    assert dialog.ui.passwordRepeatError.isVisible()
    assert not desk.users.has_users()


def _login_dialog(qtbot: QtBot, desk: DeskContext) -> LoginDialog:
    dialog = LoginDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture(autouse=True)
def quick_countdown(monkeypatch: pytest.MonkeyPatch) -> None:
    """The countdown on the button ticks in milliseconds here; the service's waits follow the fake clock."""
    monkeypatch.setattr(RetryCountdown, "interval_ms", 1)


def _try(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    """Type a name and password and press Log in, once the button counts down no more."""
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(button.isEnabled)
    dialog.ui.username.setText(username)
    dialog.ui.password.setText(password)
    button.click()


def test_login_emits_the_actor_and_location(qtbot: QtBot, desk: DeskContext, coordinator: Actor) -> None:
    dialog = _login_dialog(qtbot, desk)
    with qtbot.waitSignal(dialog.logged_in) as logged_in:
        _try(qtbot, dialog, "Coordinator ", GOOD_PASSWORD)
    actor, location = logged_in.args
    assert actor.username == "coordinator"
    assert location.kind == LocationKind.INHOUSE
    assert not dialog.isVisible()
    assert dialog.ui.password.text() == ""
    assert preferences.LOCATION.get() == location.id


def test_login_failure_says_the_same_for_a_wrong_password_and_an_unknown_name(
    qtbot: QtBot, desk: DeskContext, coordinator: Actor
) -> None:
    dialog = _login_dialog(qtbot, desk)
    with qtbot.assertNotEmitted(dialog.logged_in):
        _try(qtbot, dialog, "coordinator", "not the password")
        wrong_password = dialog.ui.error.text()
        _try(qtbot, dialog, "nobody", "not the password")
        unknown_name = dialog.ui.error.text()
    assert wrong_password == unknown_name == error_text(AuthenticationFailed())
    assert dialog.ui.error.isVisible()
    assert dialog.ui.password.text() == ""


def test_a_failure_disables_login_for_the_growing_delay(
    qtbot: QtBot, desk: DeskContext, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RetryCountdown, "interval_ms", 10)
    dialog = _login_dialog(qtbot, desk)
    log_in = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _try(qtbot, dialog, "coordinator", "not the password")
    assert dialog.ui.error.text() == error_text(AuthenticationFailed())
    assert not log_in.isEnabled()
    assert log_in.text() == "Wait 1 s"
    qtbot.waitUntil(log_in.isEnabled)
    assert log_in.text() == "&Log in"
    # The fake clock stood still, so the service still refuses: the message now says to wait.
    _try(qtbot, dialog, "coordinator", GOOD_PASSWORD)
    assert dialog.ui.error.text() == error_text(AuthenticationFailed(1, refused=True))


def test_repeated_failures_lock_the_name_out(
    qtbot: QtBot, desk: DeskContext, coordinator: Actor, clock: FakeClock
) -> None:
    policy = LockoutPolicy()
    dialog = _login_dialog(qtbot, desk)
    log_in = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.assertNotEmitted(dialog.logged_in):
        for _ in range(policy.max_failures):
            clock.advance(seconds=policy.max_delay_seconds)
            _try(qtbot, dialog, "coordinator", "not the password")
        clock.advance(seconds=policy.max_delay_seconds)
        _try(qtbot, dialog, "coordinator", GOOD_PASSWORD)
    wait = int(policy.lockout.total_seconds()) - policy.max_delay_seconds
    assert dialog.ui.error.text() == error_text(AuthenticationFailed(wait, refused=True))
    assert not log_in.isEnabled()
    assert log_in.text() == f"Wait {wait} s"


def test_login_offers_the_open_locations_and_remembers_the_choice(
    qtbot: QtBot, desk: DeskContext, coordinator: Actor
) -> None:
    popup = desk.locations.add_location(
        coordinator,
        LocationInput(
            "Pop-up In de Bogaard", LocationKind.POPUP, "BOG", starts_on=date(2026, 11, 1), ends_on=date(2026, 12, 31)
        ),
    )
    desk.locations.add_location(
        coordinator,
        LocationInput("Pop-up Station", LocationKind.POPUP, "ST", starts_on=date(2027, 1, 1), ends_on=date(2027, 2, 1)),
    )
    dialog = _login_dialog(qtbot, desk)
    names = [dialog.ui.location.itemText(row) for row in range(dialog.ui.location.count())]
    assert sorted(names) == ["Pop-up In de Bogaard", "WSP Rijswijk (Inhouse)"]
    dialog.ui.location.setCurrentIndex(names.index("Pop-up In de Bogaard"))
    with qtbot.waitSignal(dialog.logged_in) as logged_in:
        _try(qtbot, dialog, "coordinator", GOOD_PASSWORD)
    assert logged_in.args[1].id == popup.id

    again = _login_dialog(qtbot, desk)
    assert again.ui.location.currentText() == "Pop-up In de Bogaard"


def test_login_names_the_database_but_never_its_password(qtbot: QtBot, desk: DeskContext) -> None:
    dialog = _login_dialog(qtbot, desk)
    assert dialog.ui.database.text().startswith("Database: SQLite file ")
    assert str(make_url(desk.database.engine.url).database) in dialog.ui.database.text()
    described = dialog._describe_database(make_url("postgresql+psycopg://wsp:geheim@dbserver/wspdesk"))
    assert described == "Database: PostgreSQL server dbserver, database wspdesk"
