"""The Balie page, driven as a receptionist and a guide would: the keyboard, the queue and its actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.gui.support import MessageBoxes, alt, focused, press, type_text
from tests.support import FakeClock, make_actor
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import Role, VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import preferences, printing
from wsp_desk.gui.display_window import DisplayWindow
from wsp_desk.gui.main_window import MainWindow
from wsp_desk.gui.pages.reception.dialogs import TicketOnScreen
from wsp_desk.gui.pages.reception.page import ReceptionPage
from wsp_desk.services.locations import LocationView
from wsp_desk.services.queue import Registration

S = VisitStatus


@pytest.fixture
def room(desk: DeskContext, coordinator: Actor, location: LocationView) -> int:
    room = desk.locations.add_room(coordinator, location.id, "Spreekkamer 1").id
    preferences.ROOM.set(room)
    return room


def open_page(qtbot: QtBot, desk: DeskContext, actor: Actor, location: LocationView) -> ReceptionPage:
    page = ReceptionPage(desk, actor, location)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(
    qtbot: QtBot, desk: DeskContext, receptionist: Actor, location: LocationView, boxes: MessageBoxes
) -> ReceptionPage:
    return open_page(qtbot, desk, receptionist, location)


@pytest.fixture
def guide_page(
    qtbot: QtBot, desk: DeskContext, guide: Actor, location: LocationView, room: int, boxes: MessageBoxes
) -> ReceptionPage:
    return open_page(qtbot, desk, guide, location)


def select(page: ReceptionPage, ticket: str) -> None:
    entry = next(entry for entry in page.model.entries() if entry.ticket == ticket)
    page.table.select(entry.id)
    assert page.table.current() == entry


def status(page: ReceptionPage, ticket: str) -> VisitStatus:
    return next(entry.status for entry in page.model.entries() if entry.ticket == ticket)


def register(desk: DeskContext, actor: Actor, location: LocationView, **fields: object) -> str:
    data = Registration(**{"visitor_kind": VisitorKind.JOB_SEEKER, **fields})  # type: ignore[arg-type]
    return desk.queue.register(actor, location.id, data).ticket


# --- registering with the keyboard --------------------------------------------------------------------------------


def test_three_visitors_by_keyboard_then_a_guide_calls_and_the_screen_shows_ticket_and_room(
    qtbot: QtBot,
    desk: DeskContext,
    receptionist: Actor,
    guide_page: ReceptionPage,
    location: LocationView,
    boxes: MessageBoxes,
) -> None:
    page = open_page(qtbot, desk, receptionist, location)
    form = page.form.ui
    assert focused() is form.jobSeeker

    # A job seeker: Tab to the category, typing picks it, then the question and a first name; Enter registers.
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.category
    type_text(qtbot, "Werk")
    assert form.category.currentData() == "work_finding"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Zoekt werk in de zorg")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Aylin")
    press(qtbot, Qt.Key.Key_Return)
    assert page.ticket_number.text() == "RW-001"
    assert page.ticket_details.text() == "Job seeker, registered at 09:30"
    assert focused() is form.jobSeeker
    assert (form.question.text(), form.name.text(), form.category.currentIndex()) == ("", "", 0)

    # An employer: Alt+3, then the company and the KvK number by their mnemonics (shown for employers only).
    assert not form.companyName.isVisible()
    alt(qtbot, Qt.Key.Key_3)
    qtbot.waitUntil(form.employer.isChecked)
    assert form.companyName.isVisible()
    alt(qtbot, Qt.Key.Key_M)
    type_text(qtbot, "Bakkerij Van Dam")
    alt(qtbot, Qt.Key.Key_K)
    type_text(qtbot, "1234 5678")
    press(qtbot, Qt.Key.Key_Return)
    assert page.ticket_number.text() == "RG-002"

    # A working person who needs an interpreter and wants to be called back.
    alt(qtbot, Qt.Key.Key_2)
    qtbot.waitUntil(form.employed.isChecked)
    assert not form.interpreterLanguage.isEnabled()
    alt(qtbot, Qt.Key.Key_I)
    qtbot.waitUntil(form.interpreterLanguage.isEnabled)
    alt(qtbot, Qt.Key.Key_L)
    type_text(qtbot, "Arabisch")
    assert not form.callbackPhone.isVisible()
    alt(qtbot, Qt.Key.Key_B)
    qtbot.waitUntil(form.callbackPhone.isVisible)
    alt(qtbot, Qt.Key.Key_H)
    type_text(qtbot, "070 123 4567")
    press(qtbot, Qt.Key.Key_Return)
    assert page.ticket_number.text() == "RB-003"

    entries = desk.queue_views.today(receptionist, location.id)
    assert [(e.ticket, e.visitor_kind, e.category_code) for e in entries] == [
        ("RW-001", VisitorKind.JOB_SEEKER, "work_finding"),
        ("RG-002", VisitorKind.EMPLOYER, None),
        ("RB-003", VisitorKind.EMPLOYED, None),
    ]
    assert entries[1].company_name == "Bakkerij Van Dam" and entries[2].interpreter_language == "Arabisch"
    assert entries[2].wants_callback
    assert page.counts_label.text() == "Waiting: 3   In conversation: 0   Done: 0"

    # The guide calls the next visitor with F5, to the room this desk remembers.
    guide_page.activateWindow()
    qtbot.waitUntil(guide_page.isActiveWindow)
    guide_page.watcher.poll()
    qtbot.keyClick(guide_page.table.view, Qt.Key.Key_F5)
    assert guide_page.notice.text() == "RW-001 is called to Spreekkamer 1."
    assert guide_page.table.current().ticket == "RW-001"

    display = DisplayWindow(desk.queue_views, desk.clock, location.id)
    qtbot.addWidget(display)
    texts = [label.text() for label in display.findChildren(QLabel)]
    assert "RW-001" in texts and "→\N{NO-BREAK SPACE}Spreekkamer 1" in texts
    assert "People waiting: 2" in texts
    assert not [text for text in texts if "Aylin" in text or "Bakkerij" in text or "zorg" in text]

    page.watcher.poll()  # the reception sees the call too
    assert status(page, "RW-001") == S.CALLED


def test_refused_input_is_shown_next_to_its_field_and_nothing_is_lost(
    qtbot: QtBot, page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView
) -> None:
    form = page.form.ui
    form.employer.setChecked(True)
    form.companyName.setText("Bakkerij Van Dam")
    form.kvkNumber.setText("1234")
    form.wantsCallback.setChecked(True)
    form.callbackPhone.setText("12345")
    form.callbackEmail.setText("piet@")
    form.question.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert form.kvkNumberError.isVisible()
    assert form.kvkNumberError.text() == "A KvK number has exactly 8 digits, for example 12345678."
    assert focused() is form.kvkNumber

    form.kvkNumber.setText("12345678")
    press(qtbot, Qt.Key.Key_Return)
    assert not form.kvkNumberError.isVisible()
    assert form.callbackPhoneError.text().startswith("'12345' is not a valid phone number.")
    assert focused() is form.callbackPhone

    form.callbackPhone.setText("070 123 4567")
    press(qtbot, Qt.Key.Key_Return)
    assert form.callbackEmailError.text() == "'piet@' is not a valid e-mail address. Example: naam@voorbeeld.nl."
    assert form.callbackEmailError.isVisible() and focused() is form.callbackEmail
    # Below its own field, and everything typed is still there.
    error_top = form.callbackEmailError.mapTo(page, form.callbackEmailError.rect().topLeft()).y()
    field_bottom = form.callbackEmail.mapTo(page, form.callbackEmail.rect().bottomLeft()).y()
    assert 0 <= error_top - field_bottom < 20
    assert (form.companyName.text(), form.kvkNumber.text(), form.callbackPhone.text()) == (
        "Bakkerij Van Dam",
        "12345678",
        "070 123 4567",
    )
    assert desk.queue_views.today(receptionist, location.id) == []
    assert page.ticket_number.text() == ""


def test_the_form_offers_the_categories_of_the_kind_of_visitor(page: ReceptionPage) -> None:
    form = page.form.ui
    codes = [form.category.itemData(index) for index in range(form.category.count())]
    assert codes[0] is None and "recruiting" not in codes
    form.category.setCurrentIndex(codes.index("work_finding"))
    form.employer.setChecked(True)
    employer_codes = [form.category.itemData(index) for index in range(form.category.count())]
    assert "recruiting" in employer_codes
    assert form.category.currentData() == "work_finding"  # still fits, so it stays chosen


def test_a_ticket_prints_on_the_printer_and_the_choice_to_print_each_is_remembered(
    qtbot: QtBot, page: ReceptionPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "ticket.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(printing, "default_printer", pdf_printer)
    page.print_after.setChecked(True)
    assert preferences.PRINT_AFTER_REGISTERING.get()
    page.form.ui.question.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert output.read_bytes().startswith(b"%PDF")
    assert page.notice.text() == "Ticket RW-001 printed."
    box = PdfReader(output).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (80, 90)

    output.unlink()
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # from the form, for the selected visit
    assert output.is_file()


@pytest.fixture
def no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinter", staticmethod(QPrinterInfo))


def test_without_a_printer_the_ticket_can_be_shown_on_screen_for_the_visitor(
    qtbot: QtBot, page: ReceptionPage, boxes: MessageBoxes, no_printer: None
) -> None:
    page.form.ui.question.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    boxes.choice = 0
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    shown = page.findChild(TicketOnScreen)
    assert boxes.warnings == []
    text, detail, choices = boxes.offers[-1]
    assert text == "Ticket RW-001 cannot be printed: show it on screen for the visitor, or save it as a PDF."
    assert detail == "No printer is set up on this computer. Ask your administrator to add one."
    assert choices == ("&Show on screen", "&Save as PDF…")
    assert shown is not None
    qtbot.waitExposed(shown)
    assert shown.number.text() == "RW-001"
    assert shown.number.fontMetrics().horizontalAdvance("RW-001") <= shown.width()
    assert shown.number.font().pixelSize() >= 100
    assert page.notice.text() == "Ticket RW-001 is shown on screen."
    shown.reject()


def test_without_a_printer_the_ticket_can_be_saved_as_a_pdf(
    qtbot: QtBot, page: ReceptionPage, boxes: MessageBoxes, no_printer: None, tmp_path: Path
) -> None:
    page.print_after.setChecked(True)
    boxes.choice = 1
    boxes.path = str(tmp_path / "ticket.pdf")
    page.form.ui.question.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # registers, and offers instead of printing
    assert len(boxes.offers) == 1 and boxes.warnings == []
    assert "RW-001" in PdfReader(boxes.path).pages[0].extract_text()
    assert page.notice.text() == f"Ticket RW-001 is saved as {boxes.path}."

    boxes.choice = None  # Close: nothing else happens
    page.queue_actions.print_ticket()
    assert len(boxes.offers) == 2 and page.notice.text() == f"Ticket RW-001 is saved as {boxes.path}."


def test_a_damaged_document_is_refused_with_a_sentence() -> None:
    with pytest.raises(DeskError, match="cannot be printed"):
        printing.print_pdf(b"%PDF-1.4 not really", QPrinter())


# --- the live queue --------------------------------------------------------------------------------------------------


def test_a_change_at_another_desk_shows_at_the_next_poll_without_a_reload(
    qtbot: QtBot, page: ReceptionPage, desk: DeskContext, guide: Actor, location: LocationView, clock: FakeClock
) -> None:
    other_desk = make_actor(desk, "balie2", Role.RECEPTIONIST)
    ticket = register(desk, other_desk, location)
    assert page.model.rowCount() == 0
    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.model.rowsInserted):
        page.watcher.poll()
    assert page.proxy.index(0, 0).data() == ticket
    assert page.counts_label.text() == "Waiting: 1   In conversation: 0   Done: 0"

    visit = page.model.record(0).id
    desk.queue.call(guide, visit)
    desk.queue.start_conversation(guide, visit)
    clock.advance(minutes=12)
    desk.queue.finish(guide, visit)
    page.watcher.poll()
    assert status(page, ticket) == S.DONE
    assert page.proxy.rowCount() == 0  # open visits only
    page.show_filter.setCurrentIndex(page.show_filter.findText("Finished"))
    assert page.proxy.rowCount() == 1
    assert page.counts_label.text() == "Waiting: 0   In conversation: 0   Done: 1"
    register(desk, other_desk, location)
    page.watcher.poll()
    assert page.estimate_label.text() == "A new visitor waits about 12 min."


def test_a_receptionist_gets_no_guide_actions(page: ReceptionPage) -> None:
    assert not hasattr(page, "call_next_action")
    assert page.room is None
    menu_texts = [action.text() for action in page.table.view.actions()]
    assert "&Park" in menu_texts and "&Return to queue" in menu_texts
    assert not [text for text in menu_texts if "Call" in text or "Finish" in text]


# --- the actions on a visit ------------------------------------------------------------------------------------------


def test_called_again_until_a_no_show(
    guide_page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView
) -> None:
    page = guide_page
    register(desk, receptionist, location)
    page.watcher.poll()
    select(page, "RW-001")
    assert page.queue_actions.call_action.isEnabled() and not page.queue_actions.recall_action.isEnabled()
    page.queue_actions.call_action.trigger()
    assert status(page, "RW-001") == S.CALLED
    assert page.queue_actions.recall_action.isEnabled() and page.queue_actions.start_action.isEnabled()
    page.queue_actions.recall_action.trigger()
    page.queue_actions.recall_action.trigger()
    assert page.notice.text() == "RW-001 is called to Spreekkamer 1."
    page.show_filter.setCurrentIndex(page.show_filter.findText("All of today"))
    select(page, "RW-001")
    page.queue_actions.recall_action.trigger()  # the fourth call: the limit is three
    assert status(page, "RW-001") == S.NO_SHOW
    assert page.notice.text() == "RW-001 did not come after 3 calls and is marked as a no-show."


def test_start_finish_return_park_and_undo(
    guide_page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView
) -> None:
    page = guide_page
    register(desk, receptionist, location)
    page.queue_actions.call_next_action.trigger()
    page.queue_actions.start_action.trigger()
    assert status(page, "RW-001") == S.IN_CONVERSATION and page.queue_actions.finish_action.isEnabled()
    page.queue_actions.return_action.trigger()
    assert status(page, "RW-001") == S.WAITING
    select(page, "RW-001")
    page.queue_actions.park_action.trigger()
    assert status(page, "RW-001") == S.PARKED
    select(page, "RW-001")
    page.queue_actions.undo_action.trigger()
    assert status(page, "RW-001") == S.WAITING
    page.queue_actions.call_next_action.trigger()
    page.queue_actions.start_action.trigger()
    page.queue_actions.finish_action.trigger()
    assert status(page, "RW-001") == S.DONE
    page.queue_actions.call_next_action.trigger()
    assert page.notice.text() == "Nobody is waiting now."


def test_a_refusal_is_a_message_not_a_traceback(
    guide_page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView, boxes: MessageBoxes
) -> None:
    register(desk, receptionist, location)
    guide_page.watcher.poll()
    select(guide_page, "RW-001")
    desk.queue.cancel(receptionist, guide_page.table.current().id)  # another desk, before this one sees it
    guide_page.queue_actions.call_action.trigger()
    assert boxes.warnings == ["Ticket RW-001 is no longer waiting; another desk took it."]


def test_transfer_to_another_guide_and_room(
    qtbot: QtBot,
    guide_page: ReceptionPage,
    desk: DeskContext,
    coordinator: Actor,
    receptionist: Actor,
    location: LocationView,
) -> None:
    other = make_actor(desk, "gids2", Role.GUIDE)
    desk.locations.add_room(coordinator, location.id, "Werkgeversplein")
    register(desk, receptionist, location)
    guide_page.queue_actions.call_next_action.trigger()
    dialog = guide_page.queue_actions.transfer()
    assert dialog is not None
    assert dialog.ui.guide.currentText() == "Gids" and dialog.ui.room.currentText() == "Spreekkamer 1"
    dialog.ui.guide.setCurrentIndex(dialog.ui.guide.findText("Gids2"))
    dialog.ui.room.setCurrentIndex(dialog.ui.room.findText("Werkgeversplein"))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    entry = guide_page.model.entries()[0]
    assert (entry.guide_id, entry.room_name, entry.status) == (other.user_id, "Werkgeversplein", S.CALLED)


def test_mark_as_left_asks_the_reason(
    page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView, boxes: MessageBoxes
) -> None:
    register(desk, receptionist, location)
    page.watcher.poll()
    select(page, "RW-001")
    boxes.text = None
    page.queue_actions.left_action.trigger()
    assert status(page, "RW-001") == S.WAITING  # cancelled: nothing changed
    boxes.text = "Kon niet langer wachten"
    page.queue_actions.left_action.trigger()
    entry = page.model.entries()[0]
    assert (entry.status, entry.end_reason) == (S.LEFT, "Kon niet langer wachten")
    assert boxes.prompts[0][0] == "Why did RW-001 leave? For example: could not wait any longer."


def test_cancel_asks_first(
    page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView, boxes: MessageBoxes
) -> None:
    register(desk, receptionist, location)
    page.watcher.poll()
    select(page, "RW-001")
    boxes.answer = False
    page.queue_actions.cancel_action.trigger()
    assert status(page, "RW-001") == S.WAITING
    boxes.answer = True
    page.queue_actions.cancel_action.trigger()
    assert status(page, "RW-001") == S.CANCELLED


def test_correcting_a_registration_and_a_conflict_with_another_desk(
    qtbot: QtBot,
    page: ReceptionPage,
    desk: DeskContext,
    receptionist: Actor,
    location: LocationView,
    boxes: MessageBoxes,
) -> None:
    register(
        desk,
        receptionist,
        location,
        visitor_kind=VisitorKind.EMPLOYER,
        kvk_number="12345678",
        callback_email="info@bakkerij.nl",
    )
    page.watcher.poll()
    select(page, "RG-001")
    dialog = page.queue_actions.correct()
    assert dialog is not None
    form = dialog.form.ui
    assert form.employer.isChecked() and form.kvkNumber.text() == "12345678"
    assert form.wantsCallback.isChecked() and form.callbackEmail.text() == "info@bakkerij.nl"
    form.urgent.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(form.question, Qt.Key.Key_Return)  # Enter saves here too
    entry = page.model.entries()[0]
    assert entry.urgent and entry.visitor_kind == VisitorKind.EMPLOYER
    assert desk.queue.registration(receptionist, entry.id)[0].callback_email == "info@bakkerij.nl"

    select(page, "RG-001")
    dialog = page.queue_actions.correct()
    assert dialog is not None
    stale = desk.queue.registration(receptionist, entry.id)
    desk.queue.correct(receptionist, entry.id, stale[1], Registration(VisitorKind.OTHER))  # another desk
    dialog.form.ui.hasAppointment.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert boxes.warnings == [
        "Someone else changed this record while you were editing it. "
        "Your changes were not saved; reopen the record to see the new version."
    ]
    page.watcher.poll()
    assert page.model.entries()[0].visitor_kind == VisitorKind.OTHER


def test_the_history_dialog_lists_every_change(
    guide_page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView
) -> None:
    register(desk, receptionist, location)
    guide_page.queue_actions.call_next_action.trigger()
    guide_page.queue_actions.park_action.trigger()
    select_all = guide_page.show_filter.findText("All of today")
    guide_page.show_filter.setCurrentIndex(select_all)
    select(guide_page, "RW-001")
    dialog = guide_page.queue_actions.history()
    assert dialog is not None
    assert dialog.windowTitle() == "History of RW-001"
    model = dialog.model
    assert [[model.index(row, column).data() for column in range(1, 5)] for row in range(model.rowCount())] == [
        ["Balie", "Waiting", "", ""],
        ["Gids", "Waiting → Called", "Gids", "Spreekkamer 1"],
        ["Gids", "Called → Parked", "", ""],
    ]
    assert model.index(0, 0).data() == "09:30"


def test_closing_the_day_shows_the_summary(
    guide_page: ReceptionPage, desk: DeskContext, receptionist: Actor, location: LocationView, boxes: MessageBoxes
) -> None:
    register(desk, receptionist, location)
    register(desk, receptionist, location, visitor_kind=VisitorKind.EMPLOYER)
    guide_page.queue_actions.call_next_action.trigger()
    guide_page.queue_actions.start_action.trigger()
    guide_page.queue_actions.finish_action.trigger()
    boxes.text = "Balie gesloten"
    dialog = guide_page.queue_actions.close_day()
    assert dialog is not None
    assert boxes.prompts[-1][1] == "Reception closed"  # the suggested reason
    assert dialog.text.toPlainText().splitlines() == [
        "Visits on 30 November 2026: 2",  # the date in the UI language, as everywhere on screen
        "  Done: 1",
        "  Not served: 1",
        "",
        "Closed as not served just now: 1",
        "",
        "Not served:",
        "  RG-002  Employer: Balie gesloten",
    ]
    assert status(guide_page, "RG-002") == S.NOT_SERVED


# --- the main window -------------------------------------------------------------------------------------------------


def test_the_main_window_opens_the_waiting_room_screen(
    qtbot: QtBot, desk: DeskContext, receptionist: Actor, location: LocationView
) -> None:
    window = MainWindow(desk, receptionist, location, idle_timeout_ms=3_600_000, chime=lambda: None)
    qtbot.addWidget(window)
    window.show()

    def menus() -> list[str]:
        return [action.text() for action in window.menuBar().actions()]

    qtbot.waitUntil(lambda: "&View" in menus())
    assert menus() == ["&Desk", "&Go to", "&View"]
    view = window.menuBar().actions()[2].menu()
    view.actions()[0].trigger()
    displays = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, DisplayWindow)]
    assert len(displays) == 1 and displays[0].isVisible()  # one monitor: a window beside the desk
    page = window.pages.widget(0)
    assert isinstance(page, ReceptionPage)
    displays[0].close()
    qtbot.waitUntil(lambda: page._display is None)


def test_without_an_open_location_the_page_says_so(qtbot: QtBot, desk: DeskContext, receptionist: Actor) -> None:
    window = MainWindow(desk, receptionist, None, idle_timeout_ms=3_600_000)
    qtbot.addWidget(window)
    page = window.pages.widget(0)
    assert isinstance(page, QLabel) and page.text().startswith("No location is open today")
