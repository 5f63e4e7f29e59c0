"""The Gesprek page, driven as a guide would: calling, answering by keyboard, autosave, needs, partners, finishing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from tests.gui.support import MessageBoxes, alt, focused, press, type_text
from tests.support import FakeClock, make_actor
from wsp_desk.desk import DeskContext, seed_directory
from wsp_desk.domain.enums import ConversationOutcome, Role, VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import StorageError
from wsp_desk.gui import preferences
from wsp_desk.gui.main_window import MainWindow, pages_for
from wsp_desk.gui.pages.conversation.autosave import MAX_DELAY_MS
from wsp_desk.gui.pages.conversation.dialogs import ChooseVisitorDialog, PartnerSearchDialog
from wsp_desk.gui.pages.conversation.form import DateInput, ScaleInput
from wsp_desk.gui.pages.conversation.page import ConversationPage
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.locations import LocationView
from wsp_desk.services.queue import Registration
from wsp_desk.services.queue_views import QueueEntry


@pytest.fixture
def room(desk: DeskContext, coordinator: Actor, location: LocationView) -> int:
    room = desk.locations.add_room(coordinator, location.id, "Spreekkamer 2").id
    preferences.ROOM.set(room)
    return room


@pytest.fixture
def directory(desk: DeskContext) -> None:
    seed_directory(desk)  # the shipped directory of Haaglanden


@pytest.fixture
def job_seeker(desk: DeskContext, receptionist: Actor, location: LocationView) -> QueueEntry:
    registration = Registration(
        VisitorKind.JOB_SEEKER,
        "work_finding",
        question="Ik zoek werk in de zorg",
        needs_interpreter=True,
        interpreter_language="Arabisch",
    )
    return desk.queue.register(receptionist, location.id, registration)


def open_page(qtbot: QtBot, desk: DeskContext, actor: Actor, location: LocationView | None) -> ConversationPage:
    page = ConversationPage(desk, actor, location)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(
    qtbot: QtBot,
    desk: DeskContext,
    guide: Actor,
    location: LocationView,
    room: int,
    directory: None,
    boxes: MessageBoxes,
) -> Iterator[ConversationPage]:
    yield open_page(qtbot, desk, guide, location)


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def focused_text() -> str:
    widget = focused()
    return widget.text() if isinstance(widget, (QRadioButton, QCheckBox)) else widget.accessibleName()


def suggested(page: ConversationPage) -> list[str]:
    """The names of the suggested partners, best first."""
    items = (page.suggestions.list.item(row) for row in range(page.suggestions.list.count()))
    return [item.text().split("\n")[0] for item in items]


def saved(page: ConversationPage) -> bool:
    return not page.autosave.pending and page.header.save_status.text().startswith("Saved")


# --- calling and the whole conversation by keyboard -------------------------------------------------------------


def test_a_guide_calls_answers_by_keyboard_and_finds_it_all_back_after_a_restart(
    qtbot: QtBot,
    page: ConversationPage,
    desk: DeskContext,
    guide: Actor,
    location: LocationView,
    job_seeker: QueueEntry,
) -> None:
    assert page.stack.currentWidget() is page.idle
    press(qtbot, Qt.Key.Key_F5)  # Next visitor
    assert page.conversation is not None
    assert page.header.ticket_label.text() == job_seeker.ticket
    assert "Ik zoek werk in de zorg" in page.header.question_label.text()
    assert "Arabisch" in page.header.flags_label.text()
    assert desk.queue_views.entry(guide, job_seeker.id).status == VisitStatus.IN_CONVERSATION
    assert desk.queue_views.entry(guide, job_seeker.id).room_name == "Spreekkamer 2"
    assert page.header.template_choice.currentData() == "werkzoekende-orientatie"

    # Section 1: the focus starts on the first question.
    assert focused_text() == "Nee, ik heb geen werk"
    assert not page.form.rows["hoe_lang"].isVisible()
    press(qtbot, Qt.Key.Key_Space)
    assert page.form.rows["hoe_lang"].isVisible()  # shown because there is no work
    tab(qtbot)
    assert focused_text() == "Korter dan 3 maanden"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # bijstand
    tab(qtbot)
    assert isinstance(focused(), QPlainTextEdit)
    type_text(qtbot, "Mijn contract in het ziekenhuis is gestopt.")
    tab(qtbot)
    press(qtbot, Qt.Key.Key_Space)  # "Next section"

    # Section 2.
    assert page.form.currentIndex() == 1
    assert isinstance(focused(), QLineEdit)
    type_text(qtbot, "Zorg")
    tab(qtbot, 2)  # past the work experience
    press(qtbot, Qt.Key.Key_Space)  # up to 16 hours
    tab(qtbot)
    for _ in range(7):
        press(qtbot, Qt.Key.Key_Up)  # the scale, from "—" to 7
    assert page.form.rows["zeker"].input.value() == 7

    # Section 3, straight from the keyboard.
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.form.currentIndex() == 2
    assert focused_text() == "Yes"
    press(qtbot, Qt.Key.Key_Space)  # Dutch is sometimes hard
    tab(qtbot, 3)
    press(qtbot, Qt.Key.Key_Space)  # money worries
    assert page.form.rows["schulden"].input.value() is True

    # Section 4 with Alt+4: several kinds of help.
    alt(qtbot, Qt.Key.Key_4)
    assert page.form.currentIndex() == 3
    page.form.focus_first_question()
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    press(qtbot, Qt.Key.Key_Space)
    assert page.form.rows["hulp"].input.value() == ["solliciteren", "opleiding"]

    # The need in the visitor's own words, the notes and the municipality, by their mnemonics.
    alt(qtbot, Qt.Key.Key_W)
    type_text(qtbot, "Ik wil weer in de zorg werken")
    alt(qtbot, Qt.Key.Key_N)
    type_text(qtbot, "Diploma verpleegkunde")
    alt(qtbot, Qt.Key.Key_M)
    type_text(qtbot, "R")
    assert page.header.municipality.currentData() == "Rijswijk"

    expected_needs = [
        "career_development", "debts_money", "income_benefits", "language_digital", "training", "work_finding"
    ]  # fmt: skip
    qtbot.waitUntil(lambda: page.needs.needs() == expected_needs)
    qtbot.waitUntil(lambda: "Schuldhulpverlening Rijswijk" in suggested(page))
    qtbot.waitUntil(lambda: saved(page))

    stored = desk.conversations.open(guide, page.conversation.id)
    assert stored.answers == {
        "werk_nu": "geen_werk",
        "hoe_lang": "lang",
        "inkomen": "bijstand",
        "verhaal": "Mijn contract in het ziekenhuis is gestopt.",
        "soort_werk": "Zorg",
        "uren": "tot_16",
        "zeker": 7,
        "taal": True,
        "schulden": True,
        "hulp": ["solliciteren", "opleiding"],
    }
    assert stored.needs == expected_needs
    assert (stored.need_in_own_words, stored.notes, stored.municipality) == (
        "Ik wil weer in de zorg werken",
        "Diploma verpleegkunde",
        "Rijswijk",
    )

    # Mid-conversation the page closes (a restart); the last keystrokes are saved on the way out.
    alt(qtbot, Qt.Key.Key_N)
    type_text(qtbot, ", nog niet gewaardeerd")
    page.close()
    again = open_page(qtbot, desk, guide, location)
    assert again.conversation is not None and again.conversation.id == stored.id
    assert again.form.answers() == stored.answers
    assert again.notes_panel.notes.toPlainText() == "Diploma verpleegkunde, nog niet gewaardeerd"
    assert again.notes_panel.own_words.toPlainText() == "Ik wil weer in de zorg werken"
    assert again.header.municipality.currentData() == "Rijswijk"
    assert again.needs.needs() == stored.needs
    assert again.form.rows["hoe_lang"].isVisibleTo(again.form)
    assert not again.call_bar.next_action.isEnabled()  # one visitor at a time

    # Finishing: F8, the outcome by its number, Enter.
    press(qtbot, Qt.Key.Key_F8)
    dialog = again.outcome_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    alt(qtbot, Qt.Key.Key_3)  # follow-up appointment at the desk
    qtbot.waitUntil(lambda: dialog.outcome() == ConversationOutcome.FOLLOW_UP_APPOINTMENT)  # an animated click
    with qtbot.waitSignal(again.finished):
        press(qtbot, Qt.Key.Key_Return)
    assert desk.queue_views.entry(guide, job_seeker.id).status == VisitStatus.DONE
    assert desk.conversations.open(guide, stored.id).outcome == ConversationOutcome.FOLLOW_UP_APPOINTMENT
    assert again.stack.currentWidget() is again.idle
    assert again.call_bar.next_action.isEnabled()
    assert "finished" in again.idle.text()


def test_nobody_waiting_is_said_plainly(qtbot: QtBot, page: ConversationPage) -> None:
    page.call_bar.next_action.trigger()
    assert page.conversation is None
    assert "Nobody is waiting now." in page.idle.text()


def test_a_visitor_called_on_the_balie_page_is_taken_first(
    qtbot: QtBot,
    page: ConversationPage,
    desk: DeskContext,
    guide: Actor,
    receptionist: Actor,
    location: LocationView,
    job_seeker: QueueEntry,
) -> None:
    later = desk.queue.register(receptionist, location.id, Registration(VisitorKind.EMPLOYER, "recruiting"))
    desk.queue.call(guide, later.id)
    page.call_bar.next_action.trigger()
    assert page.conversation is not None and page.conversation.visit_id == later.id
    assert page.header.template_choice.currentData() == "werkgever-personeelsvraag"


def test_the_guide_chooses_a_visitor_from_the_waiting_list(
    qtbot: QtBot,
    page: ConversationPage,
    desk: DeskContext,
    guide: Actor,
    receptionist: Actor,
    location: LocationView,
    job_seeker: QueueEntry,
) -> None:
    other = desk.queue.register(receptionist, location.id, Registration(VisitorKind.EMPLOYED, "career_development"))
    qtbot.waitUntil(lambda: page.call_bar.waiting_label.text() == "Waiting: 2")
    press(qtbot, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    dialog = page.findChild(ChooseVisitorDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.proxy.rowCount() == 2
    assert focused() is dialog.view
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.conversation is not None)
    assert page.conversation.visit_id == other.id
    assert page.header.template_choice.currentData() == "werkende-loopbaan"
    assert desk.queue_views.entry(guide, job_seeker.id).status == VisitStatus.WAITING


# --- the form -----------------------------------------------------------------------------------------------------


def test_questions_show_and_hide_with_the_answers_and_hidden_answers_give_no_needs(
    qtbot: QtBot, page: ConversationPage, job_seeker: QueueEntry
) -> None:
    page.call_bar.next_action.trigger()
    rows = page.form.rows
    assert not rows["hoe_lang"].isVisible()
    rows["werk_nu"].input.set_value("geen_werk")
    assert rows["hoe_lang"].isVisible()
    rows["hoe_lang"].input.set_value("lang")
    assert "career_development" in page.needs.needs()
    rows["werk_nu"].input.set_value("te_weinig_uren")
    assert not rows["hoe_lang"].isVisible()
    assert "career_development" not in page.needs.needs()
    rows["werk_nu"].input.set_value("geen_werk")
    assert rows["hoe_lang"].isVisible() and rows["hoe_lang"].input.value() == "lang"  # the answer came back


def test_a_date_and_a_scale_can_stay_unanswered(
    qtbot: QtBot,
    page: ConversationPage,
    desk: DeskContext,
    receptionist: Actor,
    guide: Actor,
    location: LocationView,
    clock: FakeClock,
) -> None:
    visit = desk.queue.register(receptionist, location.id, Registration(VisitorKind.EMPLOYED, "career_development"))
    page.call_bar.next_action.trigger()
    assert page.conversation is not None and page.conversation.visit_id == visit.id
    rows = page.form.rows
    date_row, scale_row = rows["einddatum"], rows["tevreden"]
    assert isinstance(scale_row.input, ScaleInput)
    assert date_row.input.value() is None and scale_row.input.value() is None
    assert scale_row.input.spin.text() == "—"
    assert not date_row.isVisible()
    rows["zorgen"].input.set_value(True)  # worried about the job: when does it end?
    assert date_row.isVisible()
    date_input = date_row.input
    assert isinstance(date_input, DateInput)
    date_input.known.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert date_input.value() == clock.now().date().isoformat()
    press(qtbot, Qt.Key.Key_Space)
    assert date_input.value() is None
    qtbot.waitUntil(lambda: saved(page))
    assert date_row.question.id not in desk.conversations.open(guide, page.conversation.id).answers


def test_another_template_keeps_the_shared_answers_after_asking(
    qtbot: QtBot, page: ConversationPage, desk: DeskContext, guide: Actor, job_seeker: QueueEntry, boxes: MessageBoxes
) -> None:
    page.call_bar.next_action.trigger()
    page.form.rows["verhaal"].input.set_value("Mijn contract stopt")
    page.form.rows["uren"].input.set_value("tot_16")
    index = page.header.template_choice.findData("korte-informatievraag")
    boxes.answer = False
    page.header.template_choice.activated.emit(index)
    assert boxes.questions and page.conversation.template.id == "werkzoekende-orientatie"
    assert page.header.template_choice.currentData() == "werkzoekende-orientatie"
    boxes.answer = True
    page.header.template_choice.setCurrentIndex(index)
    page.header.template_choice.activated.emit(index)
    assert page.conversation.template.id == "korte-informatievraag"
    assert set(page.form.rows) == {q.id for q in page.conversation.template.questions()}
    assert desk.conversations.open(guide, page.conversation.id).template.id == "korte-informatievraag"


# --- saving -------------------------------------------------------------------------------------------------------


def test_typing_is_saved_within_a_second(
    qtbot: QtBot, page: ConversationPage, desk: DeskContext, guide: Actor, job_seeker: QueueEntry
) -> None:
    page.call_bar.next_action.trigger()
    page.notes_panel.notes.setFocus()
    type_text(qtbot, "Eerst")
    assert page.autosave.pending == {"notes"}
    qtbot.waitUntil(lambda: saved(page), timeout=MAX_DELAY_MS + 1500)
    assert desk.conversations.open(guide, page.conversation.id).notes == "Eerst"
    assert page.header.save_status.text() == "Saved 09:30"


def test_leaving_a_text_box_saves_at_once(
    qtbot: QtBot, page: ConversationPage, desk: DeskContext, guide: Actor, job_seeker: QueueEntry
) -> None:
    page.call_bar.next_action.trigger()
    alt(qtbot, Qt.Key.Key_W)
    type_text(qtbot, "Werk in de zorg")
    tab(qtbot)
    assert not page.autosave.pending
    assert desk.conversations.open(guide, page.conversation.id).need_in_own_words == "Werk in de zorg"


def test_a_failed_save_keeps_the_text_says_why_and_saves_later(
    qtbot: QtBot,
    page: ConversationPage,
    desk: DeskContext,
    guide: Actor,
    job_seeker: QueueEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.call_bar.next_action.trigger()
    real_save = desk.conversations.save

    def broken(*_args: object, **_kwargs: object) -> None:
        raise StorageError(QT_TRANSLATE_NOOP("DeskError", "The database cannot be reached."))

    monkeypatch.setattr(desk.conversations, "save", broken)
    page.notes_panel.notes.setFocus()
    type_text(qtbot, "Belangrijk")
    qtbot.waitUntil(lambda: page.header.save_status.text().startswith("Saving failed"))
    assert page.header.save_status.text() == "Saving failed"
    assert page.header.save_status.toolTip().startswith("Saving failed: The database cannot be reached.")
    assert page.notes_panel.notes.toPlainText() == "Belangrijk"
    assert page.autosave.pending == {"notes"}

    monkeypatch.setattr(desk.conversations, "save", real_save)
    type_text(qtbot, "!")
    qtbot.waitUntil(lambda: saved(page))
    assert desk.conversations.open(guide, page.conversation.id).notes == "Belangrijk!"


def test_a_window_with_unsaved_text_closes_only_when_the_guide_agrees(
    qtbot: QtBot,
    page: ConversationPage,
    desk: DeskContext,
    job_seeker: QueueEntry,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.call_bar.next_action.trigger()
    monkeypatch.setattr(desk.conversations, "save", lambda *_a, **_k: (_ for _ in ()).throw(StorageError("Gone.")))
    page.notes_panel.notes.setFocus()
    type_text(qtbot, "Niet kwijtraken")
    boxes.answer = False
    assert not page.close()
    assert page.isVisible() and boxes.questions
    boxes.answer = True
    assert page.close()


# --- needs and partners --------------------------------------------------------------------------------------------


def test_the_guide_adds_and_removes_needs_and_the_suggestions_follow(
    qtbot: QtBot, page: ConversationPage, desk: DeskContext, guide: Actor, job_seeker: QueueEntry
) -> None:
    page.call_bar.next_action.trigger()
    assert page.suggestions.list.count() == 0
    page.form.rows["schulden"].input.set_value(True)
    assert page.needs.needs() == ["debts_money"]
    qtbot.waitUntil(lambda: page.suggestions.list.count() > 0)
    page.needs.list.setFocus()
    page.needs.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Space)  # unchecks "debts and money"
    assert page.needs.needs() == []
    qtbot.waitUntil(lambda: not page.suggestions.list.isVisible())
    page.needs.add("language_digital")
    assert page.needs.needs() == ["language_digital"]
    qtbot.waitUntil(lambda: saved(page))
    stored = desk.conversations.open(guide, page.conversation.id)
    assert (stored.needs_added, stored.needs_removed, stored.needs) == (
        ("language_digital",),
        ("debts_money",),
        ["language_digital"],
    )
    qtbot.waitUntil(lambda: page.suggestions.list.count() > 0)
    first = page.suggestions.list.item(0).text()
    assert "Fits:" in first and "To verify" in first


def test_the_add_a_need_menu_offers_what_suits_the_visitor(page: ConversationPage, job_seeker: QueueEntry) -> None:
    page.call_bar.next_action.trigger()
    page.needs.add_menu.aboutToShow.emit()
    offered = [action.text() for action in page.needs.add_menu.actions()]
    assert "Schulden en geldzorgen" in offered
    assert "Personeel werven" not in offered  # an employer's need


def test_the_handover_is_asked_with_the_chosen_partner(
    qtbot: QtBot, page: ConversationPage, desk: DeskContext, guide: Actor, job_seeker: QueueEntry
) -> None:
    page.call_bar.next_action.trigger()
    conversation_id = page.conversation.id
    with qtbot.waitSignal(page.handover_requested) as blocker:
        page.suggestions.handover_button.click()
    assert blocker.args == [conversation_id, ""]  # no partner chosen yet

    page.form.rows["schulden"].input.set_value(True)
    page.header.municipality.setCurrentIndex(page.header.municipality.findData("Rijswijk"))
    page.update_suggestions()
    page.suggestions.list.setFocus()
    page.suggestions.list.setCurrentRow(0)
    chosen = page.suggestions.selected_service_id()
    assert suggested(page)[0] in page.suggestions.summary.text()
    assert "How to refer" in page.suggestions.summary.text()
    with qtbot.waitSignal(page.handover_requested) as blocker:
        alt(qtbot, Qt.Key.Key_H)
    assert blocker.args == [conversation_id, chosen]

    dialog = page.finish()
    assert dialog is not None
    dialog.buttons[ConversationOutcome.HANDOVER].setChecked(True)
    with qtbot.waitSignal(page.handover_requested) as blocker:
        dialog.accept()
    assert blocker.args == [conversation_id, chosen]
    assert desk.queue_views.entry(guide, job_seeker.id).status == VisitStatus.DONE


def test_visitor_left_closes_the_visit_as_left(
    qtbot: QtBot, page: ConversationPage, desk: DeskContext, guide: Actor, job_seeker: QueueEntry
) -> None:
    page.call_bar.next_action.trigger()
    dialog = page.finish()
    assert dialog is not None
    assert not dialog.box.button(dialog.box.StandardButton.Ok).isEnabled()  # an outcome first
    dialog.buttons[ConversationOutcome.VISITOR_LEFT].setChecked(True)
    dialog.accept()
    assert desk.queue_views.entry(guide, job_seeker.id).status == VisitStatus.LEFT


# --- the main window ----------------------------------------------------------------------------------------------


def test_only_guides_and_coordinators_have_the_page(
    desk: DeskContext, guide: Actor, receptionist: Actor, coordinator: Actor
) -> None:
    titles = lambda actor: [page.title for page in pages_for(actor)]  # noqa: E731
    assert "Conversation" in titles(guide) and "Conversation" in titles(coordinator)
    assert "Conversation" not in titles(receptionist)


def test_closing_the_window_saves_the_last_keystrokes(
    qtbot: QtBot,
    desk: DeskContext,
    guide: Actor,
    location: LocationView,
    room: int,
    job_seeker: QueueEntry,
    boxes: MessageBoxes,
) -> None:
    window = MainWindow(desk, guide, location)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = next(row for row, page in enumerate(pages_for(guide)) if page.title == "Conversation")
    window.navigation.setCurrentRow(row)
    page = window.pages.currentWidget()
    assert isinstance(page, ConversationPage)
    page.call_bar.next_action.trigger()
    page.notes_panel.notes.setFocus()
    type_text(qtbot, "Belt morgen terug")
    assert page.autosave.pending
    window.close()
    ongoing = desk.conversations.ongoing(guide)
    assert ongoing is not None and ongoing.notes == "Belt morgen terug"


def test_another_guide_s_conversation_does_not_come_back_here(
    qtbot: QtBot,
    page: ConversationPage,
    desk: DeskContext,
    coordinator: Actor,
    location: LocationView,
    job_seeker: QueueEntry,
) -> None:
    page.call_bar.next_action.trigger()
    other = make_actor(desk, "gids2", Role.GUIDE)
    assert desk.conversations.ongoing(other) is None
    second = open_page(qtbot, desk, other, location)
    assert second.conversation is None


def test_a_partner_found_by_searching_is_chosen_for_the_handover(
    qtbot: QtBot, page: ConversationPage, job_seeker: QueueEntry
) -> None:
    page.call_bar.next_action.trigger()
    page.suggestions.search_button.setFocus()
    alt(qtbot, Qt.Key.Key_R)  # Search a partner
    dialog = None

    def opened() -> bool:
        nonlocal dialog
        dialog = page.findChild(PartnerSearchDialog)
        return dialog is not None and dialog.isActiveWindow()

    qtbot.waitUntil(opened)
    assert dialog is not None
    assert dialog.search.filters().visitor_kind == "job_seeker"  # preset for this visitor
    type_text(qtbot, "taalhuis")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.suggestions.selected_service_id()))
    assert suggested(page)[0].startswith("Hulp bij taal")
    assert "Found by searching" in page.suggestions.list.item(0).text()
    with qtbot.waitSignal(page.handover_requested) as blocker:
        page.suggestions.handover_button.click()
    assert blocker.args[1] == page.suggestions.selected_service_id()
