"""The Beheer page: users, locations and rooms, and the desk-wide settings, driven as a coordinator would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox

from tests.gui.support import MessageBoxes, press_ok
from tests.support import GOOD_PASSWORD
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import LocationKind, Role, VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ConflictError
from wsp_desk.gui.messages import error_text
from wsp_desk.gui.models.locations_model import LocationsModel, RoomsModel
from wsp_desk.gui.models.users_model import UsersModel
from wsp_desk.gui.pages.admin_dialogs import UserDialog
from wsp_desk.gui.pages.admin_page import AdminPage
from wsp_desk.gui.record_table import RecordTable
from wsp_desk.services.locations import LocationInput
from wsp_desk.services.settings import IDLE_LOCK_MINUTES, TICKET_LETTER_EMPLOYER

NEW_PASSWORD = "Fietsen-langs-de-Vliet-42"


@pytest.fixture
def page(qtbot, desk: DeskContext, coordinator: Actor, boxes: MessageBoxes) -> AdminPage:
    page = AdminPage(desk, coordinator)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def rows(table: RecordTable, column: int = 0) -> list[str]:
    proxy = table.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select(table: RecordTable, text: str) -> None:
    record = next(table.model.record(row) for row in range(table.model.rowCount()) if text in rows_of(table, row))
    table.select(record.id)
    assert table.current() is not None


def rows_of(table: RecordTable, row: int) -> list[str]:
    return [table.model.index(row, column).data() for column in range(table.model.columnCount())]


def user(desk: DeskContext, actor: Actor, username: str):  # type: ignore[no-untyped-def]
    return next(u for u in desk.users.list_users(actor) if u.username == username)


# --- models ---------------------------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    users = UsersModel()
    users.set_records(desk.users.list_users(coordinator))
    qtmodeltester.check(users)
    inhouse = desk.locations.list_locations()[0]
    desk.locations.add_room(coordinator, inhouse.id, "Spreekkamer 1")
    desk.locations.add_location(
        coordinator,
        LocationInput("Pop-up Station", LocationKind.POPUP, "S", "", "Rijswijk", date(2026, 12, 1), date(2026, 12, 19)),
    )
    locations = LocationsModel()
    locations.set_records(desk.locations.list_locations())
    qtmodeltester.check(locations)
    rooms = RoomsModel()
    rooms.set_records(desk.locations.list_locations()[-1].rooms)
    qtmodeltester.check(rooms)


def test_tables_show_users_and_locations(page: AdminPage, guide: Actor) -> None:
    page.users_tab.table.reload()
    assert rows(page.users_tab.table) == ["coordinator", "gids"]
    assert rows(page.users_tab.table, 2) == ["Coordinator", "Guide"]
    assert rows(page.users_tab.table, 4)[0] != "never"  # the coordinator logged in
    page.tabs.setCurrentWidget(page.locations_tab)
    assert rows(page.locations_tab.locations, 1) == ["Inhouse"]
    assert rows(page.locations_tab.locations, 4) == ["always"]


def test_search_and_show_disabled(page: AdminPage, desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    desk.users.set_active(coordinator, guide.user_id, False)
    table = page.users_tab.table
    table.reload()
    assert rows(table) == ["coordinator"]
    page.users_tab.show_disabled.setChecked(True)
    assert rows(table) == ["coordinator", "gids"]
    page.users_tab.search.setText("GID")
    assert rows(table) == ["gids"]


# --- users ----------------------------------------------------------------------------------------------------------


def fill_new_user(dialog, username: str, password: str, repeat: str | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.username.setText(username)
    dialog.ui.displayName.setText("Jan Jansen")
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData(Role.RECEPTIONIST))
    dialog.ui.password.setText(password)
    dialog.ui.passwordRepeat.setText(password if repeat is None else repeat)


def test_add_user(page: AdminPage, desk: DeskContext, coordinator: Actor) -> None:
    dialog = page.users_tab.add_user()
    assert dialog.isVisible()
    fill_new_user(dialog, "J.Jansen", GOOD_PASSWORD)
    press_ok(dialog)
    assert not dialog.isVisible()
    added = user(desk, coordinator, "j.jansen")
    assert (added.display_name, added.role, added.must_change_password) == ("Jan Jansen", Role.RECEPTIONIST, True)
    assert page.users_tab.table.current().id == added.id


@pytest.mark.parametrize(
    ("username", "password", "repeat", "field", "message"),
    [
        ("jan", "kort", None, "password", "A password needs at least 12 characters."),
        ("jan", GOOD_PASSWORD, GOOD_PASSWORD + "!", "password", "The two passwords differ."),
        ("coordinator", GOOD_PASSWORD, None, "username", "The user name coordinator is already taken."),
        ("x", GOOD_PASSWORD, None, "username", "A user name has 2 to 64 characters"),
    ],
)
def test_add_user_refusal_is_shown_at_the_field(
    page: AdminPage,
    desk: DeskContext,
    coordinator: Actor,
    boxes: MessageBoxes,
    username: str,
    password: str,
    repeat: str | None,
    field: str,
    message: str,
) -> None:
    dialog = page.users_tab.add_user()
    fill_new_user(dialog, username, password, repeat)
    press_ok(dialog)
    assert dialog.isVisible()
    error_label = dialog.ui.passwordError if field == "password" else dialog.ui.usernameError
    assert error_label.isVisible()
    assert error_label.text().startswith(message)
    assert not dialog.ui.formError.isVisible()
    assert boxes.warnings == []
    assert [u.username for u in desk.users.list_users(coordinator)] == ["coordinator"]


def test_change_role_keeps_the_selection(page: AdminPage, desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    table = page.users_tab.table
    table.reload()
    select(table, "gids")
    dialog = page.users_tab.edit_user()
    assert dialog.ui.username.isReadOnly()
    assert dialog.ui.passwordGroup.isHidden()
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData(Role.COORDINATOR))
    dialog.ui.displayName.setText("Gijs Gids")
    press_ok(dialog)
    changed = user(desk, coordinator, "gids")
    assert (changed.role, changed.display_name) == (Role.COORDINATOR, "Gijs Gids")
    assert table.current().id == changed.id
    assert table.current().role == Role.COORDINATOR
    assert rows(table, 2) == ["Coordinator", "Coordinator"]


def test_a_guide_is_set_to_call_only_some_kinds_of_visitor(
    page: AdminPage, desk: DeskContext, coordinator: Actor, guide: Actor, receptionist: Actor
) -> None:
    table = page.users_tab.table
    table.reload()
    select(table, "balie")
    dialog = page.users_tab.edit_user()
    assert dialog.ui.servesKinds.isHidden()  # receptionists call nobody
    dialog.reject()
    select(table, "gids")
    dialog = page.users_tab.edit_user()
    assert not dialog.ui.servesKinds.isHidden()
    boxes = {box.text(): box for box in dialog.ui.servesKinds.findChildren(QCheckBox)}
    assert list(boxes) == ["Job seeker", "Employed", "Employer", "Other"]
    boxes["Employer"].setChecked(True)
    press_ok(dialog)
    assert user(desk, coordinator, "gids").serves_kinds == (VisitorKind.EMPLOYER,)


def test_reset_password(page: AdminPage, desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    page.users_tab.table.reload()
    select(page.users_tab.table, "gids")
    dialog = page.users_tab.reset_password()
    dialog.ui.password.setText(NEW_PASSWORD)
    dialog.ui.passwordRepeat.setText(NEW_PASSWORD)
    press_ok(dialog)
    assert not dialog.isVisible()
    actor = desk.auth.login("gids", NEW_PASSWORD)
    assert desk.auth.must_change_password(actor)


def test_disable_and_enable_after_confirming(
    page: AdminPage, desk: DeskContext, coordinator: Actor, guide: Actor, boxes: MessageBoxes
) -> None:
    tab = page.users_tab
    tab.table.reload()
    select(tab.table, "gids")
    assert tab.toggle_action.text() == "&Disable"
    assert "not deleted" in tab.toggle_action.toolTip()

    boxes.answer = False
    tab.toggle_action.trigger()
    assert user(desk, coordinator, "gids").active

    boxes.answer = True
    tab.toggle_action.trigger()
    assert not user(desk, coordinator, "gids").active
    assert rows(tab.table) == ["coordinator"]  # disabled users are hidden until asked for

    tab.show_disabled.setChecked(True)
    select(tab.table, "gids")
    assert tab.toggle_action.text() == "&Enable"
    tab.toggle_action.trigger()
    assert user(desk, coordinator, "gids").active
    assert len(boxes.questions) == 3
    assert boxes.warnings == []


def test_cannot_disable_yourself(page: AdminPage, desk: DeskContext, coordinator: Actor, boxes: MessageBoxes) -> None:
    select(page.users_tab.table, "coordinator")
    page.users_tab.toggle_action.trigger()
    assert boxes.warnings == ["You cannot disable your own account."]
    assert user(desk, coordinator, "coordinator").active


def test_the_last_coordinator_keeps_the_role(page: AdminPage, desk: DeskContext, coordinator: Actor) -> None:
    select(page.users_tab.table, "coordinator")
    dialog = page.users_tab.edit_user()
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData(Role.GUIDE))
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.formError.text() == "There must always be one active coordinator; appoint another one first."
    assert user(desk, coordinator, "coordinator").role == Role.COORDINATOR


def test_concurrent_user_edit_is_refused(
    page: AdminPage, desk: DeskContext, coordinator: Actor, guide: Actor, boxes: MessageBoxes
) -> None:
    page.users_tab.table.reload()
    select(page.users_tab.table, "gids")
    dialog = page.users_tab.edit_user()
    dialog.ui.displayName.setText("Mine")
    other = user(desk, coordinator, "gids")
    desk.users.update_user(coordinator, other.id, other.version, display_name="Theirs", role=Role.GUIDE)
    press_ok(dialog)
    assert boxes.warnings == [error_text(ConflictError())]
    assert not dialog.isVisible()
    assert user(desk, coordinator, "gids").display_name == "Theirs"
    assert rows(page.users_tab.table, 1) == ["Corrie Coördinator", "Theirs"]  # reloaded to the new version


def test_a_guide_is_refused_by_the_service(qtbot, desk: DeskContext, guide: Actor, boxes: MessageBoxes) -> None:
    page = AdminPage(desk, guide)
    qtbot.addWidget(page)
    page.show()
    assert boxes.warnings == ["You are not allowed to do this."]
    assert rows(page.users_tab.table) == []


def test_every_action_has_a_key_and_a_menu_entry(page: AdminPage) -> None:
    tables = (page.users_tab.table, page.locations_tab.locations, page.locations_tab.rooms)
    for table in tables:
        assert table.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        for action in table.view.actions():
            assert not action.shortcut().isEmpty(), action.text()
            assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert [a.text() for a in page.users_tab.table.view.actions()] == [
        "&Add user…",
        "&Edit…",
        "&Reset password…",
        "&Disable",
    ]
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Users",
        "&Locations",
        "Se&ttings",
        "Letter&head",
    ]


def test_keyboard_opens_the_dialogs(page: AdminPage, qtbot, guide: Actor) -> None:
    table = page.users_tab.table
    table.reload()
    select(table, "gids")
    qtbot.waitActive(page)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    edit = [d for d in page.users_tab.findChildren(UserDialog) if d.isVisible()]
    assert len(edit) == 1 and edit[0].ui.username.text() == "gids"
    qtbot.keyClick(edit[0], Qt.Key.Key_Escape)
    assert not edit[0].isVisible()

    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    added = [d for d in page.users_tab.findChildren(UserDialog) if d.isVisible()]
    assert len(added) == 1 and added[0].ui.username.text() == ""


# --- locations and rooms --------------------------------------------------------------------------------------------


def set_dates(dialog, starts: date | None, ends: date | None) -> None:  # type: ignore[no-untyped-def]
    ui = dialog.ui
    for edit, check, value in ((ui.startsOn, ui.noStart, starts), (ui.endsOn, ui.noEnd, ends)):
        check.setChecked(value is None)
        if value is not None:
            edit.setDate(QDate(value.year, value.month, value.day))


def open_location_dialog(page: AdminPage, name: str, prefix: str, starts: date | None, ends: date | None):  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.locations_tab)
    dialog = page.locations_tab.add_location()
    dialog.ui.name.setText(name)
    dialog.ui.ticketPrefix.setText(prefix)
    dialog.ui.municipality.setText("Rijswijk")
    set_dates(dialog, starts, ends)
    return dialog


def test_add_popup_location(page: AdminPage, desk: DeskContext) -> None:
    dialog = open_location_dialog(page, "Pop-up In de Bogaard", "pop", date(2026, 12, 1), date(2026, 12, 24))
    assert dialog.ui.kind.currentData() == LocationKind.POPUP
    press_ok(dialog)
    added = desk.locations.list_locations()[-1]
    assert (added.name, added.kind, added.ticket_prefix) == ("Pop-up In de Bogaard", LocationKind.POPUP, "POP")
    assert (added.starts_on, added.ends_on) == (date(2026, 12, 1), date(2026, 12, 24))
    assert page.locations_tab.locations.current().id == added.id
    assert page.locations_tab.rooms.model.rowCount() == 0


@pytest.mark.parametrize(
    ("starts", "ends", "prefix", "field", "message"),
    [
        (date(2026, 12, 24), date(2026, 12, 1), "POP", "endsOnError", "The end date comes before the start date."),
        (None, date(2026, 12, 1), "POP", "startsOnError", "A pop-up location needs a start and an end date."),
        (
            date(2026, 12, 1),
            date(2026, 12, 24),
            "R",
            "ticketPrefixError",
            "Another active location already uses the prefix R.",
        ),
    ],
)
def test_location_refusal_is_shown_at_the_field(
    page: AdminPage, desk: DeskContext, starts: date | None, ends: date | None, prefix: str, field: str, message: str
) -> None:
    dialog = open_location_dialog(page, "Pop-up Station", prefix, starts, ends)
    press_ok(dialog)
    assert dialog.isVisible()
    assert getattr(dialog.ui, field).text() == message
    assert len(desk.locations.list_locations()) == 1


def test_inhouse_location_without_dates_and_deactivate(
    page: AdminPage, desk: DeskContext, coordinator: Actor, boxes: MessageBoxes
) -> None:
    tab = page.locations_tab
    page.tabs.setCurrentWidget(tab)
    dialog = tab.edit_location()
    assert dialog.ui.noStart.isChecked() and not dialog.ui.startsOn.isEnabled()
    dialog.ui.address.setText("Steenvoordelaan 370")
    press_ok(dialog)
    inhouse = desk.locations.list_locations()[0]
    assert (inhouse.address, inhouse.starts_on, inhouse.ends_on) == ("Steenvoordelaan 370", None, None)

    tab.location_toggle.trigger()
    assert not desk.locations.list_locations()[0].active
    assert tab.location_toggle.text() == "&Activate"
    assert tab.locations.current().id == inhouse.id


def test_concurrent_location_edit_is_refused(
    page: AdminPage, desk: DeskContext, coordinator: Actor, boxes: MessageBoxes
) -> None:
    page.tabs.setCurrentWidget(page.locations_tab)
    dialog = page.locations_tab.edit_location()
    dialog.ui.municipality.setText("Den Haag")
    inhouse = desk.locations.list_locations()[0]
    desk.locations.update_location(
        coordinator, inhouse.id, inhouse.version, LocationInput(inhouse.name, inhouse.kind, "W", municipality="Delft")
    )
    press_ok(dialog)
    assert boxes.warnings == [error_text(ConflictError())]
    assert not dialog.isVisible()
    after = desk.locations.list_locations()[0]
    assert (after.ticket_prefix, after.municipality) == ("W", "Delft")


def test_rooms_add_rename_and_deactivate(page: AdminPage, desk: DeskContext) -> None:
    tab = page.locations_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.rooms.view.accessibleName() == "Rooms of WSP Rijswijk (Inhouse)"
    dialog = tab.add_room()
    dialog.ui.name.setText("Spreekkamer 1")
    press_ok(dialog)
    assert rows(tab.rooms) == ["Spreekkamer 1"]
    assert tab.rooms.current().name == "Spreekkamer 1"

    dialog = tab.add_room()
    dialog.ui.name.setText("spreekkamer 1")
    press_ok(dialog)
    assert dialog.ui.nameError.text() == "This location already has a room named spreekkamer 1."
    dialog.ui.name.setText("Spreekkamer 2")
    press_ok(dialog)
    assert rows(tab.rooms) == ["Spreekkamer 1", "Spreekkamer 2"]

    select(tab.rooms, "Spreekkamer 1")
    dialog = tab.rename_room()
    assert dialog.ui.name.text() == "Spreekkamer 1"
    dialog.ui.name.setText("Gesprekskamer")
    press_ok(dialog)
    assert rows(tab.rooms) == ["Gesprekskamer", "Spreekkamer 2"]
    assert tab.rooms.current().name == "Gesprekskamer"

    tab.room_toggle.trigger()
    assert tab.rooms.current().active is False
    assert tab.room_toggle.text() == "&Activate"
    assert [room.active for room in desk.locations.list_locations()[0].rooms] == [False, True]


# --- settings -------------------------------------------------------------------------------------------------------


def test_idle_lock_setting_is_saved(page: AdminPage, desk: DeskContext) -> None:
    page.tabs.setCurrentWidget(page.settings_tab)
    editor = page.settings_tab.fields[IDLE_LOCK_MINUTES.key].editor
    assert (editor.minimum(), editor.maximum(), editor.value()) == (1, 60, IDLE_LOCK_MINUTES.default)
    editor.setValue(12)
    page.settings_tab.save_button.click()
    assert desk.settings.get(IDLE_LOCK_MINUTES) == 12
    assert page.settings_tab.status.text() == "Saved."


def test_a_ticket_letter_is_saved_as_a_capital(page: AdminPage, desk: DeskContext) -> None:
    page.tabs.setCurrentWidget(page.settings_tab)
    editor = page.settings_tab.fields[TICKET_LETTER_EMPLOYER.key].editor
    assert editor.text() == TICKET_LETTER_EMPLOYER.default
    editor.setText("k")
    page.settings_tab.save_button.click()
    assert desk.settings.get(TICKET_LETTER_EMPLOYER) == "K"
    assert editor.text() == "K"


# --- the letterhead -------------------------------------------------------------------------------------------------


def test_the_letterhead_is_saved(page: AdminPage, desk: DeskContext, tmp_path: Path, boxes: MessageBoxes) -> None:
    page.tabs.setCurrentWidget(page.letterhead_tab)
    tab = page.letterhead_tab
    fields = tab.ui.contactFields.ui
    assert fields.name.text() == "Werkcentrum Haaglanden — WSP Rijswijk"
    assert tab.ui.logo.text() == "No logo" and not tab.ui.removeLogo.isEnabled()

    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#005a8c"))
    assert image.save(str(logo))
    boxes.path = str(logo)
    tab.ui.chooseLogo.click()
    assert tab.ui.logo.pixmap() is not None and not tab.ui.logo.pixmap().isNull()

    fields.name.setText("Werkcentrum Haaglanden")
    fields.address.setPlainText("Voorbeeldstraat 1\n1234 AB Voorbeeld")
    fields.phone.setText("070 123 4567")
    fields.website.setText("werkcentrum.example.nl")
    fields.email.setText("niet-een-adres")
    tab.ui.save.click()
    assert fields.emailError.isVisible()
    assert desk.letterhead.current().name == "Werkcentrum Haaglanden — WSP Rijswijk"  # nothing saved

    fields.email.setText("werkcentrum@example.nl")
    tab.ui.save.click()
    assert tab.ui.status.text() == "Saved. New letters get this letterhead."
    head = desk.letterhead.current()
    assert head.name == "Werkcentrum Haaglanden"
    assert head.address == "Voorbeeldstraat 1\n1234 AB Voorbeeld"
    assert head.email == "werkcentrum@example.nl"
    assert head.logo_png == logo.read_bytes()
    assert fields.website.text() == head.website  # as the service stored it

    tab.ui.removeLogo.click()
    tab.ui.save.click()
    assert desk.letterhead.current().logo_png is None


def test_the_banner_names_what_letters_lack_until_the_contact_block_is_complete(page: AdminPage) -> None:
    page.tabs.setCurrentWidget(page.letterhead_tab)
    tab = page.letterhead_tab
    fields = tab.ui.contactFields.ui
    assert tab.ui.missingBanner.isVisible()
    assert tab.ui.missingBanner.text() == (
        "Letters still lack: address, phone, e-mail, opening hours."
        " Visitors need them to ask the werkcentrum a question."
    )

    fields.phone.setText("070 123 4567")
    fields.openingHours.setPlainText("ma t/m vr " + "9:00–17:00 " * 6)
    tab.ui.save.click()
    assert fields.openingHoursError.isVisible()
    assert fields.openingHoursError.text() == "A line is too long: at most 60 characters."
    assert tab.focusWidget() is fields.openingHours

    fields.openingHours.setPlainText("ma t/m vr 9:00–17:00")
    tab.ui.save.click()
    assert tab.ui.missingBanner.text().startswith("Letters still lack: address, e-mail.")

    fields.address.setPlainText("Voorbeeldstraat 1\n1234 AB Voorbeeld")
    fields.email.setText("werkcentrum@example.nl")
    tab.ui.save.click()
    assert not tab.ui.missingBanner.isVisible()


def test_every_letterhead_field_has_a_label_that_moves_the_focus_to_it(page: AdminPage) -> None:
    fields = page.letterhead_tab.ui.contactFields.ui
    for name in ("name", "address", "phone", "email", "openingHours", "website"):
        label = getattr(fields, f"{name}Label")
        assert label.buddy() is getattr(fields, name) and "&" in label.text()
