"""The warm handover, driven by keyboard as a guide would: from a finished conversation to a printed letter."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.directory_data import sample_directory
from tests.gui.support import MessageBoxes, focused, press
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import RecordKind
from wsp_desk.domain.enums import ConversationOutcome, ReferralStatus, VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui import letter_preview
from wsp_desk.gui.handover_dialog import HandoverDialog, open_handover
from wsp_desk.gui.letter_preview import LetterPreview, open_letter
from wsp_desk.gui.main_window import MainWindow
from wsp_desk.gui.pages.conversation.page import ConversationPage
from wsp_desk.services.queue import Registration
from wsp_desk.services.referrals import Handover, consent_text

S = ReferralStatus


@pytest.fixture
def services(desk: DeskContext, coordinator: Actor) -> dict[str, str]:
    return {name: record.id for name, record in sample_directory(desk, coordinator).items()}


@pytest.fixture
def conversation(desk: DeskContext, receptionist: Actor, guide: Actor, services: dict[str, str]) -> int:
    """A finished conversation with a job seeker from Rijswijk with debts, who left a name and a phone number."""
    location = desk.locations.list_locations()[0].id
    visit = desk.queue.register(
        receptionist,
        location,
        Registration(
            VisitorKind.JOB_SEEKER, "debts_money", name_or_initials="Şükrü Öztürk", callback_phone="06 12345678"
        ),
    )
    desk.queue.call(guide, visit.id)
    started = desk.conversations.begin(guide, visit.id)
    desk.conversations.save(
        guide,
        started.id,
        need_in_own_words="Ik heb schulden en zoek werk.",
        municipality="Rijswijk",
        needs_added=["debts_money"],
    )
    desk.conversations.finish(guide, started.id, ConversationOutcome.HANDOVER)
    return started.id


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The page the dialogs open from."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


@pytest.fixture
def pdf_printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The print dialog answers with a printer that writes a PDF file; returns the file's path."""
    output = tmp_path / "printed.pdf"

    def choose(_parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(letter_preview, "choose_printer", choose)
    return output


def open_dialog(qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int) -> HandoverDialog:
    dialog = open_handover(parent, desk, guide, conversation)
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def preview_of(qtbot: QtBot, parent: QWidget) -> LetterPreview:
    qtbot.waitUntil(lambda: parent.findChild(LetterPreview) is not None)
    preview = parent.findChild(LetterPreview)
    assert isinstance(preview, LetterPreview)
    return preview


def page_count(path: Path) -> int:
    """The pages of a printed PDF (printing paints each page as an image: there is no text to read back)."""
    return len(PdfReader(path).pages)


def letter_pages(desk: DeskContext, guide: Actor, referral_id: int) -> list[str]:
    """The text of each page of the stored letter."""
    pdf = desk.letters.letter(guide, referral_id).pdf
    return [page.extract_text().replace("\n", " ") for page in PdfReader(io.BytesIO(pdf)).pages]


def consent_boxes(dialog: HandoverDialog) -> list[bool]:
    ui = dialog.ui
    return [box.isChecked() for box in (ui.consentName, ui.consentContact, ui.consentQuestion, ui.consentNotes)]


# --- filled in beforehand, consent never ------------------------------------------------------------------------------


def test_the_dialog_is_filled_in_from_the_conversation_and_the_service_but_nothing_is_ticked(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    ui = dialog.ui
    assert ui.service.currentText() == "Gemeente Rijswijk — Schuldhulpverlening Rijswijk"  # the suggestion
    assert ui.serviceHint.text() == "How to refer: Maak samen met de bezoeker een afspraak via het contactformulier."
    assert ui.contact.currentText() == "Jan de Vries"
    assert ui.reason.toPlainText() == "Hulp bij schulden en betalingsachterstanden. Samen maken we een plan."
    assert ui.whatToBring.toPlainText() == "Een geldig identiteitsbewijs"
    assert ui.followUpBy.currentText() == "Gids"
    assert ui.followUpOn.date().toPython() == date(2026, 12, 7)  # five working days after Monday 30 November
    assert not ui.appointmentMade.isChecked() and not ui.appointmentAt.isEnabled()
    assert ui.language.currentText() == "Nederlands"

    assert consent_boxes(dialog) == [False, False, False, False]
    assert ui.sharedNotes.isHidden() and ui.sharedNotes.toPlainText() == ""
    assert ui.consentText.text() == consent_text().read_aloud("nl", "Gemeente Rijswijk")
    assert ui.consentVersion.text() == f"Consent text, version {consent_text().version}"
    assert ui.consentName.text() == "Uw naam: Şükrü Öztürk"
    assert ui.consentContact.text() == "Uw telefoonnummer of e-mailadres: 06 12345678"
    assert ui.consentQuestion.text() == "Uw vraag in uw eigen woorden: Ik heb schulden en zoek werk."
    assert ui.consentSummary.text() == "No consent: the letter is for the visitor only, and nothing is shared."


def test_the_consent_is_read_in_the_letters_language(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    assert dialog.ui.consentText.text() == consent_text().read_aloud("en", "Gemeente Rijswijk")
    assert dialog.ui.consentName.text() == "Your name: Şükrü Öztürk"
    dialog.ui.consentName.setChecked(True)
    # The summary is for the guide: in the language of the desk (Dutch item names, the source text untranslated).
    assert dialog.ui.consentSummary.text() == (
        "Shared with Gemeente Rijswijk: uw naam. The letter gets a second page for the partner."
    )


def test_an_item_the_desk_does_not_know_cannot_be_ticked(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, receptionist: Actor, guide: Actor, services: dict[str, str]
) -> None:
    visit = desk.queue.register(receptionist, desk.locations.list_locations()[0].id, Registration(VisitorKind.OTHER))
    desk.queue.call(guide, visit.id)
    started = desk.conversations.begin(guide, visit.id)
    dialog = open_handover(parent, desk, guide, started.id, services["Werkcafé"])
    assert dialog is not None
    assert dialog.ui.service.currentText() == "Coöperatie Werkcafé Delft — Werkcafé"  # chosen, though not suggested
    assert not dialog.ui.consentName.isEnabled() and not dialog.ui.consentContact.isEnabled()
    assert dialog.ui.consentNotes.isEnabled()


# --- by keyboard, from the conversation to the printed letter ---------------------------------------------------------


def test_from_a_finished_conversation_to_a_printed_letter_by_keyboard(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int, pdf_printer: Path
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    assert focused() is dialog.ui.contact
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.ui.nextStep
    qtbot.keyClicks(focused(), "U belt maandag met Jan de Vries.")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the mnemonic ticks "appointment made"
    qtbot.waitUntil(dialog.ui.appointmentMade.isChecked)
    assert dialog.ui.appointmentAt.isEnabled()

    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the consent: its first item
    assert focused() is dialog.ui.consentName
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # not the phone number
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.consentNotes
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.ui.sharedNotes.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.sharedNotes
    qtbot.keyClicks(focused(), "Heeft al een budgetplan gemaakt.")
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert consent_boxes(dialog) == [True, False, True, True]
    press(qtbot, Qt.Key.Key_Return)

    preview = preview_of(qtbot, parent)
    assert not dialog.isVisible()
    referral = preview.referral
    assert referral.status == S.PREPARED
    assert referral.consent is not None and referral.consent.items == ("name", "notes", "question")
    assert referral.next_step == "U belt maandag met Jan de Vries."
    assert referral.contact_name == "Jan de Vries" and referral.appointment_at is not None
    assert preview.document.pageCount() == 2 and preview.pages_label.text() == "2 pages"
    assert preview.view.document() is preview.document

    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    assert focused() is preview.print_button
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(preview.notice.isVisible)  # a button's shortcut clicks it after a moment
    assert page_count(pdf_printer) == 2
    letter = letter_pages(desk, guide, referral.id)
    assert "Schuldhulpverlening Rijswijk" in letter[0] and "U belt maandag met Jan de Vries." in letter[0]
    assert "Şükrü Öztürk" in letter[1] and "Heeft al een budgetplan gemaakt." in letter[1]
    assert "06 12345678" not in letter[1]
    assert desk.referrals.referral(guide, referral.id).status == S.HANDED_OVER
    assert preview.notice.text() == "The letter is printed. The handover is now marked as handed over."
    press(qtbot, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_without_consent_the_letter_has_one_page_and_ctrl_enter_makes_it(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int, pdf_printer: Path
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.ui.reason
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    preview = preview_of(qtbot, parent)
    assert preview.referral.consent is None
    assert preview.document.pageCount() == 1
    assert preview.about.text() == (
        "No consent: the letter is for the visitor only. Nothing is shared with Gemeente Rijswijk."
    )
    preview.print_button.click()
    assert page_count(pdf_printer) == 1
    assert "Wij hebben niets over u gedeeld" in letter_pages(desk, guide, preview.referral.id)[0]


def test_escape_cancels_and_records_nothing(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert desk.referrals.for_conversation(guide, conversation) == []
    assert parent.findChild(LetterPreview) is None


def test_enter_in_the_search_goes_to_the_partners_and_does_not_make_the_letter(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focused(), "werkcafe")
    assert [dialog.ui.service.itemText(i) for i in range(dialog.ui.service.count())] == [
        "Coöperatie Werkcafé Delft — Werkcafé"
    ]
    assert dialog.ui.contact.currentText() == ""  # the Werkcafé names nobody
    assert dialog.ui.reason.toPlainText().startswith("Een kop koffie")  # not edited, so it follows the partner
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and focused() is dialog.ui.service
    dialog.ui.serviceSearch.clear()
    assert dialog.ui.service.currentText() == "Gemeente Rijswijk — Schuldhulpverlening Rijswijk"


def test_what_the_guide_wrote_stays_when_the_partner_changes(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    dialog.ui.reason.setPlainText("Zij helpen u met een plan.")
    dialog.ui.contact.setEditText("Mevrouw Bakker")
    dialog.ui.serviceSearch.setText("werkcafe")
    assert dialog.ui.reason.toPlainText() == "Zij helpen u met een plan."
    assert dialog.ui.contact.currentText() == "Mevrouw Bakker"


# --- refused input, at its field --------------------------------------------------------------------------------------


def test_refused_input_is_shown_at_its_field_and_the_dialog_stays(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    dialog.ui.consentNotes.setChecked(True)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.ui.sharedNotesError.text() == "Write the notes the visitor agreed to share."
    assert focused() is dialog.ui.sharedNotes
    dialog.ui.consentNotes.setChecked(False)
    dialog.ui.reason.setPlainText("x" * 2001)
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.reasonError.isVisible()
    assert not dialog.ui.sharedNotesError.isVisible()
    assert desk.referrals.for_conversation(guide, conversation) == []


def test_a_partner_must_be_chosen(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int
) -> None:
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    dialog.ui.serviceSearch.setText("nergens te vinden")
    assert dialog.ui.service.currentIndex() == -1
    dialog.accept()
    assert dialog.ui.serviceError.text() == "Choose the partner to hand the visitor over to."


def test_one_conversation_may_hand_over_to_several_partners(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int, services: dict[str, str]
) -> None:
    desk.referrals.prepare(guide, conversation, Handover(services["Werkcafé"]))
    dialog = open_dialog(qtbot, parent, desk, guide, conversation)
    assert dialog.ui.earlier.text() == (
        "Handed over from this conversation before: Coöperatie Werkcafé Delft — Werkcafé (Prepared)"
    )
    dialog.accept()
    preview_of(qtbot, parent)
    assert len(desk.referrals.for_conversation(guide, conversation)) == 2


def test_the_conversation_pages_request_opens_the_handover_dialog(
    qtbot: QtBot, desk: DeskContext, guide: Actor, conversation: int, services: dict[str, str]
) -> None:
    window = MainWindow(desk, guide, desk.locations.list_locations()[0], idle_timeout_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    page = next(
        window.pages.widget(row)
        for row in range(window.pages.count())
        if isinstance(window.pages.widget(row), ConversationPage)
    )
    page.handover_requested.emit(conversation, services["Werkcafé"])
    dialog = page.findChild(HandoverDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.service.currentText() == "Coöperatie Werkcafé Delft — Werkcafé"
    dialog.accept()
    preview_of(qtbot, page)
    assert [view.service_name for view in desk.referrals.for_conversation(guide, conversation)] == ["Werkcafé"]


# --- the preview ------------------------------------------------------------------------------------------------------


def test_saving_writes_the_stored_letter_and_counts_as_handed_over(
    qtbot: QtBot,
    parent: QWidget,
    desk: DeskContext,
    guide: Actor,
    conversation: int,
    services: dict[str, str],
    tmp_path: Path,
    boxes: MessageBoxes,
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(services["Schuldhulpverlening Rijswijk"]))
    target = tmp_path / "brief.pdf"
    boxes.path = str(target)
    preview = open_letter(parent, desk, guide, referral.id)
    assert preview is not None
    preview.save_button.click()
    assert target.read_bytes() == desk.letters.letter(guide, referral.id).pdf
    assert desk.referrals.referral(guide, referral.id).status == S.HANDED_OVER


def test_zoom_starts_from_the_width_and_goes_back_to_it(
    qtbot: QtBot, parent: QWidget, desk: DeskContext, guide: Actor, conversation: int, services: dict[str, str]
) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    referral = desk.referrals.prepare(guide, conversation, Handover(services["Schuldhulpverlening Rijswijk"]))
    preview = open_letter(parent, desk, guide, referral.id)
    assert preview is not None
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.zoom_in_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = preview.view.zoomFactor()
    preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(bigger / 1.25)
    preview.fit_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_after_withdrawal_the_letter_again_has_no_sheet_for_the_partner(
    qtbot: QtBot,
    parent: QWidget,
    desk: DeskContext,
    guide: Actor,
    conversation: int,
    services: dict[str, str],
    pdf_printer: Path,
) -> None:
    referral = desk.referrals.prepare(
        guide,
        conversation,
        Handover(services["Schuldhulpverlening Rijswijk"], consent_items=frozenset({"name"})),
    )
    desk.letters.letter(guide, referral.id)
    desk.referrals.set_status(guide, referral.id, S.HANDED_OVER)
    desk.referrals.withdraw_consent(guide, referral.id)
    preview = open_letter(parent, desk, guide, referral.id)
    assert preview is not None
    assert preview.document.pageCount() == 2  # a new letter: the visitor's page and the notice for the partner
    assert preview.save_button.isEnabled()
    assert "withdrew their consent" in preview.about.text()
    preview.print_button.click()
    assert page_count(pdf_printer) == 2
    assert preview.notice.text() == "The letter is printed."


def test_the_preview_says_what_the_letter_lacks_before_it_is_printed(
    qtbot: QtBot,
    parent: QWidget,
    desk: DeskContext,
    guide: Actor,
    coordinator: Actor,
    conversation: int,
    services: dict[str, str],
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(services["Schuldhulpverlening Rijswijk"]))
    preview = open_letter(parent, desk, guide, referral.id)
    assert preview is not None
    assert not preview.warnings.isHidden()
    text = preview.warnings.text()
    assert "The details of Gemeente Rijswijk are not confirmed" in text  # the sample partner is still to verify
    assert "contact details are incomplete" in text  # the letterhead has no phone, e-mail or hours yet
    assert "Letter WC-2026-00001 for RW-001" in preview.windowTitle()
    preview.reject()
    record = desk.directory.service(coordinator, services["Schuldhulpverlening Rijswijk"])
    desk.directory.verify(coordinator, RecordKind.SERVICE, record.id, record.version)
    desk.letterhead.save(
        coordinator,
        replace(
            desk.letterhead.current(),
            address="Voorbeeldstraat 1, 9999 ZZ Voorbeeld",
            phone="070 000 0000",
            email="werkcentrum@example.org",
            opening_hours="ma t/m vr 9:00–17:00",
        ),
    )
    again = open_letter(parent, desk, guide, referral.id)
    assert again is not None
    assert "not confirmed" not in again.warnings.text() and "incomplete" not in again.warnings.text()
