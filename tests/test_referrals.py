"""Warm handovers: consent item by item, the stored letter, status steps with history, follow-up, withdrawal."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from tests.directory_data import sample_directory
from tests.support import FakeClock
from wsp_desk.db.models import Letter, ReferralStatus, VisitorKind
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError, PermissionDenied, ValidationFailed
from wsp_desk.services.conversations import MAX_ANSWER
from wsp_desk.services.queue import Registration
from wsp_desk.services.referrals import (
    CONSENT_ITEMS,
    MAX_CONTACT_NAME,
    MAX_HANDOVER_TEXT,
    MAX_SHARED_NOTES,
    Handover,
    consent_text,
)

S = ReferralStatus


@pytest.fixture
def conversation(desk: DeskContext, receptionist: Actor, guide: Actor) -> int:
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
    desk.conversations.save(guide, started.id, need_in_own_words="Ik heb schulden en zoek werk.")
    return started.id


@pytest.fixture
def service_id(desk: DeskContext, coordinator: Actor) -> str:
    return sample_directory(desk, coordinator)["Schuldhulpverlening Rijswijk"].id


def test_a_handover_without_consent_shares_nothing(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str, clock: FakeClock
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(service_id, reason="Hulp bij schulden"))
    assert referral.consent is None and referral.status == S.PREPARED
    assert referral.follow_up_by == "Gids"
    assert referral.follow_up_on == date(2026, 12, 7)  # five working days after Monday 30 November
    pages = PdfReader(io.BytesIO(desk.letters.letter(guide, referral.id).pdf)).pages
    assert len(pages) == 1
    assert "Wij hebben niets over u gedeeld" in pages[0].extract_text().replace("\n", " ")


def test_consent_is_recorded_item_by_item_and_the_sheet_shows_exactly_those(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str
) -> None:
    referral = desk.referrals.prepare(
        guide,
        conversation,
        Handover(
            service_id,
            reason="Hulp bij schulden",
            consent_items=frozenset({"name", "notes"}),
            shared_notes="Heeft al een budgetplan gemaakt.",
        ),
    )
    assert referral.consent is not None
    assert referral.consent.items == ("name", "notes")
    assert referral.consent.text_version == consent_text().version
    assert referral.consent.recorded_by == "Gids"
    sheet = PdfReader(io.BytesIO(desk.letters.letter(guide, referral.id).pdf)).pages[1].extract_text()
    assert "Şükrü Öztürk" in sheet and "Heeft al een budgetplan gemaakt." in sheet
    assert "06 12345678" not in sheet and "Ik heb schulden en zoek werk." not in sheet


def test_the_partner_gets_the_values_the_visitor_agreed_to_not_a_later_correction(
    desk: DeskContext, receptionist: Actor, guide: Actor, conversation: int, service_id: str
) -> None:
    referral = desk.referrals.prepare(
        guide, conversation, Handover(service_id, consent_items=frozenset({"name", "contact"}))
    )
    registration, version = desk.queue.registration(receptionist, referral.visit_id)
    desk.queue.correct(
        receptionist,
        referral.visit_id,
        version,
        replace(registration, name_or_initials="Iemand Anders", callback_phone="06 87654321"),
    )
    sheet = PdfReader(io.BytesIO(desk.letters.letter(guide, referral.id).pdf)).pages[1].extract_text()
    assert "Şükrü Öztürk" in sheet and "06 12345678" in sheet
    assert "Iemand Anders" not in sheet and "06 87654321" not in sheet


def test_the_letter_is_stored_and_every_reprint_is_identical(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str, clock: FakeClock
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(service_id))
    first = desk.letters.letter(guide, referral.id)
    clock.advance(days=3)
    again = desk.letters.letter(guide, referral.id)
    assert again.pdf == first.pdf and again.sha256 == first.sha256 and again.id == first.id


def test_letter_content_comes_from_the_directory_and_the_conversation(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(service_id, language="en"))
    content = desk.letters.letter_content(guide, referral.id)
    assert content.partner.organization == "Gemeente Rijswijk"
    assert content.partner.address_lines == ("Bogaardplein 15", "2284 DP Rijswijk")
    assert content.partner.opening_hours[0] == "Mon–Fri 9:00–17:00"
    assert content.partner.website == "https://www.rijswijk.nl"
    assert content.shared is None  # nothing agreed: not even the question is printed
    assert content.reference == referral.reference == "WC-2026-00001"
    assert content.guide.name == "Gids" and content.visitor_reachable_by == "phone"
    assert content.language == "en"


@pytest.mark.parametrize(
    ("handover", "field"),
    [
        ({"language": "fy"}, "language"),
        ({"consent_items": frozenset({"bsn"})}, "consent"),
        ({"consent_items": frozenset({"notes"})}, "shared_notes"),
        ({"reason": "x" * 2001}, "reason"),
    ],
)
def test_bad_handover_input_names_the_field(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str, handover: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.prepare(guide, conversation, Handover(service_id, **handover))  # type: ignore[arg-type]
    assert refused.value.field == field


def test_status_steps_are_events_and_declining_needs_a_reason(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(service_id))
    desk.referrals.set_status(guide, referral.id, S.HANDED_OVER)
    desk.referrals.set_status(guide, referral.id, S.NOT_REACHED, "Voicemail")
    with pytest.raises(ValidationFailed):
        desk.referrals.set_status(guide, referral.id, S.DECLINED)
    desk.referrals.set_status(guide, referral.id, S.CONTACT_MADE, "Gesproken met Jan")
    done = desk.referrals.set_status(guide, referral.id, S.COMPLETED)
    assert done.status == S.COMPLETED and not done.open
    with pytest.raises(DeskError):
        desk.referrals.set_status(guide, referral.id, S.CANCELLED)
    history = desk.referrals.history(guide, referral.id)
    assert [(h.from_status, h.to_status, h.note) for h in history] == [
        (None, S.PREPARED, ""),
        (S.PREPARED, S.HANDED_OVER, ""),
        (S.HANDED_OVER, S.NOT_REACHED, "Voicemail"),
        (S.NOT_REACHED, S.CONTACT_MADE, "Gesproken met Jan"),
        (S.CONTACT_MADE, S.COMPLETED, ""),
    ]
    assert {h.actor_name for h in history} == {"Gids"}


def test_no_handover_to_a_service_that_takes_no_visitors(
    desk: DeskContext, guide: Actor, coordinator: Actor, conversation: int, service_id: str
) -> None:
    record = desk.directory.service(coordinator, service_id)
    desk.directory.update_service(coordinator, service_id, record.version, replace(record.data, status="inactive"))
    with pytest.raises(ValidationFailed, match="takes no visitors") as refused:
        desk.referrals.prepare(guide, conversation, Handover(service_id))
    assert refused.value.field == "service"


@pytest.mark.parametrize("item", ["interpreter", "accessibility"])
def test_a_visitor_cannot_agree_to_share_what_the_visit_does_not_hold(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str, item: str
) -> None:
    with pytest.raises(ValidationFailed, match="holds nothing") as refused:
        desk.referrals.prepare(guide, conversation, Handover(service_id, consent_items=frozenset({"name", item})))
    assert refused.value.field == "consent"
    assert desk.referrals.for_conversation(guide, conversation) == []


def test_consent_is_withdrawn_in_one_action_and_recorded(
    desk: DeskContext, guide: Actor, coordinator: Actor, conversation: int, service_id: str
) -> None:
    referral = desk.referrals.prepare(
        guide, conversation, Handover(service_id, consent_items=frozenset({"name", "contact"}))
    )
    withdrawn = desk.referrals.withdraw_consent(guide, referral.id)
    assert withdrawn.consent is not None and not withdrawn.consent.active
    assert withdrawn.consent.withdrawn_by == "Gids"
    assert desk.referrals.history(guide, referral.id)[-1].note == "consent withdrawn"
    with pytest.raises(DeskError, match="no consent"):
        desk.referrals.withdraw_consent(guide, referral.id)
    # The first letter is made after the withdrawal: instead of the sheet, the notice for the partner.
    _visitor, notice = PdfReader(io.BytesIO(desk.letters.letter(guide, referral.id).pdf)).pages
    assert "toestemming ingetrokken" in notice.extract_text()
    actions = [event.action for event in desk.audit.recent(coordinator)]
    assert "consent_withdrawn" in actions and "consent_given" in actions


def test_overdue_follow_ups_come_first_and_are_counted(
    desk: DeskContext, guide: Actor, coordinator: Actor, conversation: int, service_id: str, clock: FakeClock
) -> None:
    later = desk.referrals.prepare(guide, conversation, Handover(service_id, follow_up_on=date(2026, 12, 14)))
    soon = desk.referrals.prepare(guide, conversation, Handover(service_id, follow_up_on=date(2026, 12, 2)))
    closed = desk.referrals.prepare(guide, conversation, Handover(service_id))
    desk.referrals.set_status(guide, closed.id, S.CANCELLED, "Vergissing")
    assert desk.referrals.due_count(guide) == 0
    clock.advance(days=3)  # Thursday 3 December: `soon` is overdue
    listed = desk.referrals.referrals(guide, mine=True)
    assert [view.id for view in listed] == [soon.id, later.id]
    assert listed[0].overdue and not listed[1].overdue
    assert desk.referrals.due_count(guide) == 1
    assert desk.referrals.due_count(coordinator) == 0
    assert [v.id for v in desk.referrals.referrals(guide, include_closed=True)][-1] == closed.id
    assert desk.referrals.referrals(coordinator, mine=True) == []


def test_receptionists_do_not_make_handovers(
    desk: DeskContext, receptionist: Actor, conversation: int, service_id: str
) -> None:
    with pytest.raises(PermissionDenied):
        desk.referrals.prepare(receptionist, conversation, Handover(service_id))


def test_only_those_who_make_handovers_read_a_stored_letter(
    desk: DeskContext, receptionist: Actor, guide: Actor, coordinator: Actor, conversation: int, service_id: str
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(service_id))
    stored = desk.letters.letter(guide, referral.id)
    audited = len(desk.audit.recent(coordinator))
    with pytest.raises(PermissionDenied):
        desk.letters.letter(receptionist, referral.id)
    assert len(desk.audit.recent(coordinator)) == audited  # refused before anything was read or rendered
    assert desk.letters.letter(coordinator, referral.id) == stored


def test_after_withdrawal_a_reprint_shares_nothing_and_the_first_letter_is_kept(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str, clock: FakeClock
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(service_id, consent_items=frozenset({"name"})))
    first = desk.letters.letter(guide, referral.id)
    assert len(PdfReader(io.BytesIO(first.pdf)).pages) == 2
    clock.advance(days=1)
    desk.referrals.withdraw_consent(guide, referral.id)
    current = desk.letters.letter(guide, referral.id)
    pages = PdfReader(io.BytesIO(current.pdf)).pages
    assert len(pages) == 2 and current.id != first.id
    assert "Op 1 december 2026 heeft u uw toestemming ingetrokken" in pages[0].extract_text().replace("\n", " ")
    assert "Şükrü" not in pages[1].extract_text()  # the notice for the partner names no visitor
    assert desk.letters.letter(guide, referral.id).pdf == current.pdf  # reprints identical again
    with desk.database.read() as session:
        assert session.get_one(Letter, first.id).pdf == first.pdf  # kept, for the record


def test_a_follow_up_date_in_the_past_is_refused(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.prepare(guide, conversation, Handover(service_id, follow_up_on=date(2026, 11, 27)))
    assert refused.value.field == "follow_up_on"


def test_the_shared_phone_number_reads_as_dialled(
    desk: DeskContext, guide: Actor, conversation: int, service_id: str
) -> None:
    referral = desk.referrals.prepare(guide, conversation, Handover(service_id, consent_items=frozenset({"contact"})))
    content = desk.letters.letter_content(guide, referral.id)
    assert content.consent is not None and content.consent.shared.contact == "06 12345678"


def _text(length: int, end: str) -> str:
    """Everyday words up to `length` characters, ending in `end` so a test can see that the whole text arrived."""
    words = "Zij zoekt werk in de zorg en wil eerst haar rijbewijs halen. "
    body = (words * (length // len(words) + 1))[: length - len(end)]
    return body + end


def test_the_letter_renders_every_text_at_the_longest_the_desk_accepts(
    desk: DeskContext, receptionist: Actor, guide: Actor, service_id: str
) -> None:
    location = desk.locations.list_locations()[0].id
    name = _text(120, "Einde-naam")
    visit = desk.queue.register(
        receptionist,
        location,
        Registration(
            VisitorKind.JOB_SEEKER,
            "work_finding",
            name_or_initials=name,
            callback_phone="06 12345678",
            needs_interpreter=True,
            interpreter_language="Tigrinya",
            accessibility_need=True,
        ),
    )
    desk.queue.call(guide, visit.id)
    started = desk.conversations.begin(guide, visit.id)
    desk.conversations.save(guide, started.id, need_in_own_words=_text(MAX_ANSWER, "Einde-vraag"))
    bring = "\n".join(f"Document {number:02d}" for number in range(1, MAX_HANDOVER_TEXT // 12))
    referral = desk.referrals.prepare(
        guide,
        started.id,
        Handover(
            service_id,
            contact_name=_text(MAX_CONTACT_NAME, "Einde-contact"),
            reason=_text(MAX_HANDOVER_TEXT, "Einde-reden"),
            next_step=_text(MAX_HANDOVER_TEXT, "Einde-stap"),
            what_to_bring=bring[:MAX_HANDOVER_TEXT],
            consent_items=frozenset(CONSENT_ITEMS),
            shared_notes=_text(MAX_SHARED_NOTES, "Einde-notities"),
        ),
    )
    pages = PdfReader(io.BytesIO(desk.letters.letter(guide, referral.id).pdf)).pages
    text = " ".join(page.extract_text() for page in pages)
    for end in ("Einde-naam", "Einde-vraag", "Einde-contact", "Einde-reden", "Einde-stap", "Einde-notities"):
        assert end in text, end  # nothing was cut off or lost between pages
    assert "Document 01" in text and bring[:MAX_HANDOVER_TEXT].splitlines()[-1] in text


def test_the_guide_is_warned_before_printing_a_character_no_font_has(
    desk: DeskContext, receptionist: Actor, guide: Actor, service_id: str
) -> None:
    location = desk.locations.list_locations()[0].id
    visit = desk.queue.register(
        receptionist, location, Registration(VisitorKind.JOB_SEEKER, "work_finding", name_or_initials="Tenzin ཀ")
    )
    desk.queue.call(guide, visit.id)
    started = desk.conversations.begin(guide, visit.id)
    referral = desk.referrals.prepare(guide, started.id, Handover(service_id, consent_items=frozenset({"name"})))
    warnings = desk.letters.warnings(guide, referral.id)
    (missing,) = [warning for warning in warnings if warning.characters]
    assert missing.characters == "ཀ" and "No font of the letter can print" in missing.template
