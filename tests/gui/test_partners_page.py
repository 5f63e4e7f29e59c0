"""The Partners page: searching as you type, filters, a partner's details, reports, and the coordinator's upkeep."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.directory_data import sample_directory
from tests.gui.support import MessageBoxes, press_ok, type_search
from tests.support import FakeClock
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import RecordKind, ServiceRecord
from wsp_desk.domain.opening_hours import Closure, DaysOpen, OpeningWeek
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ConflictError
from wsp_desk.gui import translations
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.labels import format_day, opening_week_lines
from wsp_desk.gui.messages import error_text
from wsp_desk.gui.models.partner_models import SearchResultsModel
from wsp_desk.gui.pages.partners.page import PartnersPage
from wsp_desk.gui.partner_search import PartnerSearchWidget
from wsp_desk.gui.record_table import RecordTable

TIMEOUT = 5000


@pytest.fixture
def services(desk: DeskContext, coordinator: Actor) -> dict[str, ServiceRecord]:
    return sample_directory(desk, coordinator)


def open_page(qtbot: QtBot, desk: DeskContext, actor: Actor) -> PartnersPage:
    page = PartnersPage(desk, actor)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(
    qtbot: QtBot, desk: DeskContext, coordinator: Actor, services: dict[str, ServiceRecord], boxes: MessageBoxes
) -> PartnersPage:
    return open_page(qtbot, desk, coordinator)


def names(search: PartnerSearchWidget) -> list[str]:
    return [hit.service.data.name for hit in search.hits()]


def column(search: PartnerSearchWidget, number: int) -> list[str]:
    proxy = search.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def weekday(day: date) -> str:
    return QLocale().dayName(day.isoweekday())


def visible_buttons(widget: QWidget) -> list[str]:
    return [button.text().replace("&", "") for button in widget.findChildren(QToolButton) if button.isVisible()]


def table_rows(table: RecordTable, number: int) -> list[str]:
    proxy = table.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


# --- models ---------------------------------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(
    qtmodeltester, desk: DeskContext, coordinator: Actor, guide: Actor, services: dict[str, ServiceRecord]
) -> None:
    from wsp_desk.gui.models.partner_models import ChangesModel, ReportsModel, TodoModel, TodoRow
    from wsp_desk.gui.models.rows_model import CHECK, EditableRowsModel, EditColumn

    service = services["Werkcafé"]
    desk.directory_reports.report(guide, RecordKind.SERVICE, service.id, "Het café is verhuisd.")
    todo = desk.directory_reports.todo(coordinator)
    to_verify = TodoModel()
    to_verify.set_records([TodoRow(item) for item in todo.to_verify])
    qtmodeltester.check(to_verify)
    reports = ReportsModel()
    reports.set_records(todo.reports)
    qtmodeltester.check(reports)
    changes = ChangesModel()
    changes.set_records(desk.directory.history(guide, RecordKind.SERVICE, service.id))
    qtmodeltester.check(changes)
    rows = EditableRowsModel([EditColumn("name", "Name"), EditColumn("closed", "Closed", CHECK)], dict)
    rows.set_rows([{"name": "a", "closed": True}, {"name": "b", "closed": False}])
    qtmodeltester.check(rows)


# --- finding --------------------------------------------------------------------------------------------------------


def test_enter_on_a_result_moves_into_its_details(
    qtbot: QtBot, page: PartnersPage, services: dict[str, ServiceRecord]
) -> None:
    search = page.search
    search.focus_search()
    qtbot.keyClicks(search.search_field, "werk")
    qtbot.waitUntil(lambda: len(names(search)) == 2, timeout=TIMEOUT)
    qtbot.keyClick(search.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(search.results, Qt.Key.Key_Down)
    second = names(search)[1]
    assert page.detail.title.text() == second, "the details follow the selection"
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert page.detail.current() == (RecordKind.SERVICE, services[second].id)
    assert page.detail.scroll_area.hasFocus()
    search.results.setFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_F2)  # the details' keys work from the results too
    dialog = page.detail.findChild(FormDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    page.detail.focus_content()
    qtbot.keyClick(page.detail.scroll_area, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.search_field.hasFocus()
    search.results.setFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.search_field.hasFocus()


# --- details --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "nl",
            [
                "ma–vr 9:00–17:00",
                "gesloten van 24 december 2026 tot en met 1 januari 2027",
                "gesloten vanaf 1 februari 2027",
            ],
        ),
        ("en", ["Mon–Fri 9:00–17:00", "closed from 24 December 2026 to 1 January 2027", "closed from 1 February 2027"]),
    ],
)
def test_the_week_of_opening_hours_reads_in_the_ui_language(
    qapp: QApplication, language: str, lines: list[str]
) -> None:
    week = OpeningWeek(
        (DaysOpen(0, 4, ((time(9), time(17)),)),),
        (Closure(date(2026, 12, 24), date(2027, 1, 1)), Closure(date(2027, 2, 1))),
    )
    installed = translations.install(qapp, language)
    try:
        assert opening_week_lines(week) == lines
    finally:
        translations.uninstall(qapp, installed)


def test_a_service_in_full_with_the_to_verify_warning(
    qtbot: QtBot, page: PartnersPage, services: dict[str, ServiceRecord]
) -> None:
    search = page.search
    type_search(qtbot, search, "schuldhulp")
    qtbot.waitUntil(lambda: page.detail.title.text() == "Schuldhulpverlening Rijswijk", timeout=TIMEOUT)
    text = page.detail.text()
    for expected in (
        "Gemeente Rijswijk",
        "Hulp bij schulden en betalingsachterstanden",  # what it offers
        "Inwoners van Rijswijk met geldzorgen.",  # for whom
        "Visitors: Job seeker, Employed",
        "Municipalities: Rijswijk",
        "Maak samen met de bezoeker een afspraak",  # how to refer
        "• Een geldig identiteitsbewijs",  # what to bring
        "Open now, closes at 17:00",
        "Mon–Fri 9:00–17:00",
        "closed from 24 December 2026 to 1 January 2027",
        "Gemeentehuis: Bogaardplein 15, 2284 DP Rijswijk",
        "Jan de Vries (Schuldhulpverlener)",
        "j.devries@example.nl",
        "Website: https://www.rijswijk.nl",
        "Source: rijswijk.nl (seen 3 February 2026)",  # under the opening hours
        "Source: rijswijk.nl (seen January 2026)",  # under the organisation's website
        "Changed by Corrie (2025)",  # a field the sections do not show, under the verification
        "Never verified by a coordinator.",
    ):
        assert expected in text, expected
    assert page.detail.banner.isVisible()
    assert page.detail.banner.text().startswith("<b>To verify.</b>")


def test_copy_buttons_put_the_value_on_the_clipboard(qtbot: QtBot, page: PartnersPage) -> None:
    search = page.search
    type_search(qtbot, search, "schuldhulp")
    qtbot.waitUntil(lambda: page.detail.title.text() == "Schuldhulpverlening Rijswijk", timeout=TIMEOUT)
    copy = next(b for b in page.detail.content.findChildren(QToolButton) if "14 070" in b.accessibleName())
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "14 070"
    assert page.detail.notice.text() == "Copied: 14 070"


def test_opening_states_in_words(
    qtbot: QtBot, page: PartnersPage, clock: FakeClock, services: dict[str, ServiceRecord]
) -> None:
    detail = page.detail
    detail.show_service(services["Schuldhulpverlening Rijswijk"].id)
    assert detail.opening.text() == "Open now, closes at 17:00"
    clock.current = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)  # 18:00 on Monday
    detail.reload()
    assert detail.opening.text() == "Opens tomorrow at 9:00"
    clock.current = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)  # Saturday
    detail.reload()
    assert detail.opening.text() == f"Opens on {weekday(date(2026, 12, 7))} at 9:00"
    clock.current = datetime(2026, 12, 28, 12, 0, tzinfo=UTC)  # in the Christmas closure
    detail.reload()
    assert detail.opening.text() == f"Closed until {weekday(date(2027, 1, 4))} 4 January at 9:00"
    detail.show_service(services["Werkgeversdienstverlening"].id)
    assert detail.opening.text() == "Opening hours unknown"


def test_an_organisation_through_its_link(qtbot: QtBot, page: PartnersPage, services: dict[str, ServiceRecord]) -> None:
    detail = page.detail
    cafe = services["Werkcafé"]
    detail.show_service(cafe.id)
    detail.subtitle.linkActivated.emit(f"organization:{cafe.organization_id}")
    assert detail.current() == (RecordKind.ORGANIZATION, cafe.organization_id)
    assert detail.title.text() == "Coöperatie Werkcafé Delft"
    assert "Werkcafé (To verify)" in detail.text()
    detail.open_link(f"service:{cafe.id}")
    assert detail.current() == (RecordKind.SERVICE, cafe.id)


# --- reports and the to-do list -------------------------------------------------------------------------------------


def test_a_guide_reports_incorrect_information_and_the_coordinator_resolves_it(
    qtbot: QtBot,
    desk: DeskContext,
    guide: Actor,
    coordinator: Actor,
    services: dict[str, ServiceRecord],
    boxes: MessageBoxes,
) -> None:
    guide_page = open_page(qtbot, desk, guide)
    cafe = services["Werkcafé"]
    guide_page.detail.show_service(cafe.id)
    dialog = guide_page.detail.record_actions.report()
    assert dialog is not None
    press_ok(dialog)  # nothing said yet
    assert dialog.isVisible()
    assert dialog.ui.noteError.text() == "Say what is incorrect, so the coordinator can fix it."
    dialog.ui.note.setPlainText("Het café is verhuisd naar de bibliotheek.")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert guide_page.detail.notice.text() == "Thank you. The coordinator will check Werkcafé."

    page = open_page(qtbot, desk, coordinator)
    assert page.tabs is not None and page.todo_tab is not None
    assert "1 reports" in page.tabs.tabText(1)
    page.tabs.setCurrentWidget(page.todo_tab)
    reports = page.todo_tab.reports
    assert table_rows(reports, 3) == ["Het café is verhuisd naar de bibliotheek."]
    assert table_rows(reports, 2) == ["Service: Werkcafé"]
    assert table_rows(reports, 1) == ["Gids"]
    reports.select(reports.model.record(0).id)
    assert page.todo_tab.detail.current() == (RecordKind.SERVICE, cafe.id)

    resolve = page.todo_tab.resolve()
    assert resolve is not None
    resolve.ui.note.setPlainText("Adres aangepast.")
    press_ok(resolve)
    assert table_rows(reports, 3) == []
    assert desk.directory_reports.reports(coordinator, RecordKind.SERVICE, cafe.id)[0].resolution == "Adres aangepast."


def test_the_list_says_what_a_record_lacks_and_completing_it_opens_its_edit_dialog(
    qtbot: QtBot, page: PartnersPage
) -> None:
    todo = page.todo_tab
    assert page.tabs is not None and todo is not None
    page.tabs.setCurrentWidget(todo)
    table = todo.to_verify
    assert table_rows(table, 0) == [
        "Coöperatie Werkcafé Delft", "Werkcafé", "Gemeente Rijswijk", "Schuldhulpverlening Rijswijk", "WSP Rijswijk",
        "Werkgeversdienstverlening",
    ]  # fmt: skip
    lacks = dict(zip(table_rows(table, 0), table_rows(table, 2), strict=True))
    assert lacks["Werkgeversdienstverlening"] == "address, phone, e-mail, opening hours, contact person, website"
    assert lacks["Gemeente Rijswijk"] == "e-mail, contact person"
    row = next(r for r in range(table.model.rowCount()) if table.model.record(r).item.name == "Gemeente Rijswijk")
    table.select(table.model.record(row).id)
    dialog = todo._open_item()
    assert dialog is not None and dialog.isVisible()
    assert dialog.data().name == "Gemeente Rijswijk"
    dialog.reject()


def test_verifying_takes_a_record_off_the_list(
    qtbot: QtBot, page: PartnersPage, desk: DeskContext, coordinator: Actor, clock: FakeClock
) -> None:
    todo = page.todo_tab
    assert page.tabs is not None and todo is not None
    page.tabs.setCurrentWidget(todo)
    table = todo.to_verify
    assert "Schuldhulpverlening Rijswijk" in table_rows(table, 0)
    assert set(table_rows(table, 4)) == {"never"}
    row = next(r for r in range(table.model.rowCount()) if table.model.record(r).item.name.startswith("Schuld"))
    table.select(table.model.record(row).id)
    assert todo.detail.title.text() == "Schuldhulpverlening Rijswijk"
    assert todo.detail.record_actions.verify_action is not None
    todo.detail.record_actions.verify_action.trigger()
    assert "Schuldhulpverlening Rijswijk" not in table_rows(table, 0)
    assert todo.detail.notice.text() == "Verified: Schuldhulpverlening Rijswijk is confirmed as correct today."
    assert not todo.detail.banner.isVisible()
    verified = format_day(date(2026, 11, 30))
    assert f"Last verified on {verified} by Corrie Coördinator." in todo.detail.text()
    assert "5 to verify" in page.tabs.tabText(1)

    clock.advance(days=400)  # a year and more later it is due again
    todo.reload()
    assert "Over 12 months ago" in table_rows(table, 3)
    page.tabs.setCurrentWidget(page.find_tab)
    type_search(qtbot, page.search, "schuldhulp")
    qtbot.waitUntil(lambda: column(page.search, SearchResultsModel.CHECK) == ["Over 12 months ago"], timeout=TIMEOUT)
    assert page.detail.banner.text().startswith(f"<b>Not verified for over 12 months</b> (last on {verified})")


# --- upkeep ---------------------------------------------------------------------------------------------------------


def test_an_edit_is_saved_and_kept_in_the_history(
    qtbot: QtBot, page: PartnersPage, desk: DeskContext, coordinator: Actor, services: dict[str, ServiceRecord]
) -> None:
    cafe = services["Werkcafé"]
    page.detail.show_service(cafe.id)
    dialog = page.detail.record_actions.edit()
    assert dialog is not None
    dialog.ui.name.setText("Banencafé")
    dialog.ui.schedules.add_row()
    model = dialog.ui.schedules.model
    row = model.rowCount() - 1
    model.setData(model.index(row, 4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)  # Friday
    model.setData(model.index(row, 7), "10:00")
    model.setData(model.index(row, 8), "12.30")
    press_ok(dialog)
    assert not dialog.isVisible()
    stored = desk.directory.service(coordinator, cafe.id)
    assert stored.data.name == "Banencafé"
    assert [s.byday for s in stored.data.schedules] == [("WE",), ("FR",)]
    assert page.detail.title.text() == "Banencafé"
    qtbot.waitUntil(lambda: "Banencafé" in names(page.search), timeout=TIMEOUT)

    history = page.detail.record_actions.history()
    assert history is not None
    changed = {history.model.index(r, 2).data(): r for r in range(history.model.rowCount())}
    assert history.model.index(changed["Name"], 3).data() == "Werkcafé"
    assert history.model.index(changed["Name"], 4).data() == "Banencafé"
    assert history.model.index(changed["Name"], 1).data() == "Corrie Coördinator"
    assert "Opening hours" in changed
    history.close()


def test_a_bad_phone_number_is_shown_at_its_cell(
    qtbot: QtBot, page: PartnersPage, desk: DeskContext, coordinator: Actor, services: dict[str, ServiceRecord]
) -> None:
    debt = services["Schuldhulpverlening Rijswijk"]
    page.detail.show_service(debt.id)
    dialog = page.detail.record_actions.edit()
    assert dialog is not None
    phones = dialog.ui.phones
    phones.add_row()
    phones.model.setData(phones.model.index(0, 0), "12345")
    press_ok(dialog)
    assert dialog.isVisible(), "nothing saved"
    assert dialog.ui.tabs.currentWidget() is dialog.ui.contactTab
    assert phones.error.text() == "'12345' is not a valid phone number. Example: 070 123 4567 or +32 2 555 12 34."
    assert dialog.ui.formError.text().startswith("Phone numbers, row 1: '12345'")
    assert phones.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert phones.view.currentIndex().row() == 0

    phones.model.setData(phones.model.index(0, 0), "070 123 4567")
    contacts = dialog.ui.contacts
    contacts.model.setData(contacts.model.index(0, 4), "070 123 4567, 99")  # the contact's second number
    press_ok(dialog)
    assert dialog.isVisible()
    assert contacts.model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.ui.formError.text().startswith("Contact persons, row 1: '99'")

    contacts.model.setData(contacts.model.index(0, 4), "070 123 4567")
    dialog.ui.tabs.setCurrentIndex(0)
    dialog.ui.email.setText("schuldhulp@")
    press_ok(dialog)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.generalTab
    assert dialog.ui.emailError.text().startswith("'schuldhulp@' is not a valid e-mail address.")
    assert desk.directory.service(coordinator, debt.id).version == debt.version


def test_a_wrong_opening_time_is_shown_at_its_row(qtbot: QtBot, page: PartnersPage, services: dict) -> None:
    page.detail.show_service(services["Werkcafé"].id)
    dialog = page.detail.record_actions.edit()
    assert dialog is not None
    schedules = dialog.ui.schedules
    schedules.model.setData(schedules.model.index(0, 8), "15u")  # closes
    press_ok(dialog)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.hoursTab
    assert schedules.error.text() == "'15u' is not a time. Example: 09:00."
    assert schedules.model.index(0, 8).data(Qt.ItemDataRole.BackgroundRole) is not None
    schedules.model.setData(schedules.model.index(0, 8), "12:00")
    schedules.model.setData(schedules.model.index(0, 7), "13:00")
    press_ok(dialog)
    assert schedules.error.text() == "The closing time comes before the opening time."
    assert schedules.model.index(0, 8).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_a_postcode_problem_points_at_the_location_row(
    qtbot: QtBot, page: PartnersPage, services: dict[str, ServiceRecord]
) -> None:
    page.detail.show_organization(services["Schuldhulpverlening Rijswijk"].organization_id)
    dialog = page.detail.record_actions.edit()
    assert dialog is not None
    locations = dialog.ui.locations
    assert locations.model.index(0, 1).data() == "Bogaardplein 15"
    locations.model.setData(locations.model.index(0, 2), "0000 XX")
    press_ok(dialog)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.locationsTab
    assert locations.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert locations.error.text() == "'0000 XX' is not a Dutch postcode. Example: 2288 GK."


def test_a_concurrent_edit_is_refused_and_nothing_is_overwritten(
    qtbot: QtBot,
    page: PartnersPage,
    desk: DeskContext,
    coordinator: Actor,
    services: dict[str, ServiceRecord],
    boxes: MessageBoxes,
) -> None:
    cafe = services["Werkcafé"]
    page.detail.show_service(cafe.id)
    dialog = page.detail.record_actions.edit()
    assert dialog is not None
    dialog.ui.name.setText("Mijn naam")
    # Meanwhile another coordinator changes the description at another desk.
    elsewhere = desk.directory.service(coordinator, cafe.id)
    desk.directory.update_service(
        coordinator, cafe.id, elsewhere.version, replace(elsewhere.data, description="Elders gewijzigd.")
    )
    press_ok(dialog)
    assert boxes.warnings == [error_text(ConflictError())]
    assert not dialog.isVisible()
    stored = desk.directory.service(coordinator, cafe.id)
    assert (stored.data.name, stored.data.description) == ("Werkcafé", "Elders gewijzigd.")
    assert "Elders gewijzigd." in page.detail.text(), "the panel shows the newer version"


def test_verify_after_someone_else_changed_it_is_refused(
    qtbot: QtBot,
    page: PartnersPage,
    desk: DeskContext,
    coordinator: Actor,
    services: dict[str, ServiceRecord],
    boxes: MessageBoxes,
) -> None:
    cafe = services["Werkcafé"]
    page.detail.show_service(cafe.id)
    desk.directory.update_service(coordinator, cafe.id, cafe.version, replace(cafe.data, description="Nieuw."))
    assert page.detail.record_actions.verify_action is not None
    page.detail.record_actions.verify_action.trigger()
    assert boxes.warnings == [error_text(ConflictError())]
    assert desk.directory.service(coordinator, cafe.id).state.to_verify
    assert "Nieuw." in page.detail.text()


def test_archive_and_restore(
    qtbot: QtBot, page: PartnersPage, desk: DeskContext, services: dict[str, ServiceRecord], boxes: MessageBoxes
) -> None:
    qtbot.waitUntil(lambda: len(names(page.search)) == 3, timeout=TIMEOUT)
    cafe = services["Werkcafé"]
    page.search.select_service(cafe.id)
    assert page.detail.record_actions.archive_action is not None
    boxes.answer = False
    page.detail.record_actions.archive_action.trigger()
    assert len(names(page.search)) == 3
    boxes.answer = True
    page.detail.record_actions.archive_action.trigger()
    assert boxes.questions[-1] == "Archive Werkcafé? It disappears from the search; its history stays."
    assert "Werkcafé" not in names(page.search)
    assert page.detail.banner.text().startswith("<b>Archived.</b>")
    page.detail.record_actions.archive_action.trigger()  # now "Restore"
    assert "Werkcafé" in names(page.search)


def test_a_new_organisation_and_its_first_service(
    qtbot: QtBot, page: PartnersPage, desk: DeskContext, coordinator: Actor
) -> None:
    detail = page.detail
    assert (
        detail.record_actions.new_organization_action is not None
        and detail.record_actions.new_service_action is not None
    )
    organization_dialog = detail.record_actions.new_organization()
    organization_dialog.ui.name.setText("Stichting Present")
    organization_dialog.ui.partnerKind.setCurrentIndex(organization_dialog.ui.partnerKind.findData("other"))
    organization_dialog.ui.locations.add_row()
    model = organization_dialog.ui.locations.model
    for number, value in enumerate(("Buurthuis", "Steenvoordelaan 1", "2284 EA", "Rijswijk")):
        model.setData(model.index(0, number), value)
    press_ok(organization_dialog)
    assert detail.title.text() == "Stichting Present"
    assert detail.record_actions.new_service_action.isEnabled()
    service_dialog = detail.record_actions.new_service()
    assert service_dialog is not None
    service_dialog.ui.name.setText("Klussen voor buren")
    locations = service_dialog.ui.locations.model()
    locations.item(0).setCheckState(Qt.CheckState.Checked)
    press_ok(service_dialog)
    assert detail.title.text() == "Klussen voor buren"
    assert "Buurthuis: Steenvoordelaan 1, 2284 EA Rijswijk" in detail.text()
    assert detail.banner.isVisible(), "a new record is to verify"
    type_search(qtbot, page.search, "klussen")
    qtbot.waitUntil(lambda: names(page.search) == ["Klussen voor buren"], timeout=TIMEOUT)


# --- who may do what ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["guide", "receptionist"])
def test_guides_and_receptionists_see_no_upkeep(
    qtbot: QtBot, request: pytest.FixtureRequest, desk: DeskContext, services: dict[str, ServiceRecord], role: str
) -> None:
    actor: Actor = request.getfixturevalue(role)
    page = open_page(qtbot, desk, actor)
    assert page.tabs is None and page.todo_tab is None
    page.detail.show_service(services["Werkcafé"].id)
    assert visible_buttons(page.detail) == ["Report incorrect information"]
    assert page.detail.record_actions.edit_action is None and page.detail.record_actions.verify_action is None
