"""Conversations: started from the queue, saved as typed, needs from answers, an outcome, audited openings."""

from __future__ import annotations

import pytest

from tests.support import FakeClock, make_actor
from wsp_desk.db.models import Conversation, ConversationOutcome, Role, VisitorKind, VisitStatus
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError, PermissionDenied, ValidationFailed
from wsp_desk.services.queue import Registration


@pytest.fixture
def called(desk: DeskContext, receptionist: Actor, guide: Actor) -> int:
    """A job seeker registered and called by the guide."""
    location = desk.locations.list_locations()[0].id
    visit = desk.queue.register(receptionist, location, Registration(VisitorKind.JOB_SEEKER, "work_finding"))
    desk.queue.call(guide, visit.id)
    return visit.id


def test_begin_starts_the_conversation_along_the_template_for_the_kind(
    desk: DeskContext, guide: Actor, called: int
) -> None:
    conversation = desk.conversations.begin(guide, called)
    assert conversation.template.id == "werkzoekende-orientatie"
    assert desk.queue_views.entry(guide, called).status == VisitStatus.IN_CONVERSATION
    assert desk.conversations.begin(guide, called).id == conversation.id  # reopening, not a second one


def test_answers_give_needs_and_the_guide_adjusts_them(desk: DeskContext, guide: Actor, called: int) -> None:
    conversation = desk.conversations.begin(guide, called)
    saved = desk.conversations.save(
        guide, conversation.id, answers={"werk_nu": "geen_werk", "schulden": True, "verhaal": "Ik zoek werk"}
    )
    assert saved.needs == ["debts_money", "work_finding"]
    saved = desk.conversations.save(
        guide,
        conversation.id,
        needs_added=["language_digital"],
        needs_removed=["debts_money"],
        need_in_own_words="Ik wil werk in de zorg",
        notes="Heeft een diploma verzorgende.",
        municipality="Rijswijk",
    )
    assert saved.needs == ["language_digital", "work_finding"]
    reopened = desk.conversations.open(guide, conversation.id)
    assert reopened.answers["verhaal"] == "Ik zoek werk"
    assert (reopened.notes, reopened.municipality) == ("Heeft een diploma verzorgende.", "Rijswijk")


@pytest.mark.parametrize(
    "answers", [{"no_such_question": "x"}, {"werk_nu": "misschien"}, {"schulden": "ja"}, {"zeker": 11}]
)
def test_answers_that_do_not_fit_are_refused(
    desk: DeskContext, guide: Actor, called: int, answers: dict[str, object]
) -> None:
    conversation = desk.conversations.begin(guide, called)
    with pytest.raises(ValidationFailed):
        desk.conversations.save(guide, conversation.id, answers=answers)


def test_a_municipality_is_one_of_the_region_or_another(desk: DeskContext, guide: Actor, called: int) -> None:
    conversation = desk.conversations.begin(guide, called)
    assert desk.conversations.save(guide, conversation.id, municipality="anders").municipality == "anders"
    with pytest.raises(ValidationFailed):
        desk.conversations.save(guide, conversation.id, municipality="Atlantis")
    assert desk.conversations.open(guide, conversation.id).municipality == "anders"


def test_the_template_snapshot_keeps_old_conversations_readable(desk: DeskContext, guide: Actor, called: int) -> None:
    conversation = desk.conversations.begin(guide, called)
    with desk.database.write() as session:
        stored = session.get_one(Conversation, conversation.id)
        snapshot = dict(stored.template_snapshot)
        snapshot["title"] = {"nl": "Een oudere versie"}
        stored.template_snapshot = snapshot
    assert desk.conversations.open(guide, conversation.id).template.title.nl == "Een oudere versie"


def test_changing_the_template_keeps_shared_answers(desk: DeskContext, guide: Actor, called: int) -> None:
    conversation = desk.conversations.begin(guide, called)
    desk.conversations.save(guide, conversation.id, answers={"verhaal": "Mijn contract stopt", "uren": "tot_16"})
    changed = desk.conversations.change_template(guide, conversation.id, "werkende-loopbaan")
    assert changed.template.id == "werkende-loopbaan"
    assert changed.answers == {"verhaal": "Mijn contract stopt"}


@pytest.mark.parametrize(
    ("outcome", "status"),
    [(ConversationOutcome.ANSWERED, VisitStatus.DONE), (ConversationOutcome.VISITOR_LEFT, VisitStatus.LEFT)],
)
def test_finishing_records_the_outcome_and_the_visit_follows(
    desk: DeskContext, guide: Actor, called: int, outcome: ConversationOutcome, status: VisitStatus
) -> None:
    conversation = desk.conversations.begin(guide, called)
    finished = desk.conversations.finish(guide, conversation.id, outcome)
    assert finished.outcome == outcome and finished.finished
    assert desk.queue_views.entry(guide, called).status == status
    with pytest.raises(DeskError, match="finished"):
        desk.conversations.save(guide, conversation.id, notes="too late")


def test_an_unfinished_conversation_is_found_again_after_a_restart(
    desk: DeskContext, guide: Actor, called: int
) -> None:
    conversation = desk.conversations.begin(guide, called)
    desk.conversations.save(guide, conversation.id, answers={"werk_nu": "ziek"})
    again = desk.conversations.ongoing(guide)
    assert again is not None and again.id == conversation.id and again.answers == {"werk_nu": "ziek"}


def test_only_guides_and_coordinators_read_and_every_opening_is_audited(
    desk: DeskContext, guide: Actor, receptionist: Actor, coordinator: Actor, called: int, clock: FakeClock
) -> None:
    conversation = desk.conversations.begin(guide, called)
    desk.conversations.save(guide, conversation.id, notes="Vertrouwelijk: schulden bij de bank")
    with pytest.raises(PermissionDenied):
        desk.conversations.open(receptionist, conversation.id)
    desk.conversations.open(coordinator, conversation.id)
    events = [(e.action, e.actor_name) for e in desk.audit.recent(coordinator) if e.object_type == "conversation"]
    assert events[:2] == [("conversation_open", "coordinator"), ("conversation_start", "gids")]
    everything = " ".join(f"{e.detail} {e.object_id}" for e in desk.audit.recent(coordinator))
    assert "schulden" not in everything


def test_another_guide_cannot_write_in_someone_elses_conversation(desk: DeskContext, guide: Actor, called: int) -> None:
    conversation = desk.conversations.begin(guide, called)
    other = make_actor(desk, "gids2", Role.GUIDE)
    with pytest.raises(DeskError, match="Only the guide"):
        desk.conversations.save(other, conversation.id, notes="x")


def test_a_visitor_must_be_called_before_the_conversation(desk: DeskContext, receptionist: Actor, guide: Actor) -> None:
    location = desk.locations.list_locations()[0].id
    visit = desk.queue.register(receptionist, location, Registration(VisitorKind.EMPLOYER))
    with pytest.raises(DeskError, match="Call this visitor first"):
        desk.conversations.begin(guide, visit.id)


class _Crash(Exception):
    """A failure injected where begin and finish used to commit their first step."""


def _crash_at(desk: DeskContext, monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    record = desk.audit.record

    def failing(session: object, what: str, **kwargs: object) -> None:
        if what == action:
            raise _Crash(what)
        record(session, what, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(desk.audit, "record", failing)


def test_a_failure_while_beginning_leaves_the_visit_called(
    desk: DeskContext, guide: Actor, called: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_at(desk, monkeypatch, "conversation_start")
    with pytest.raises(_Crash):
        desk.conversations.begin(guide, called)
    assert desk.queue_views.entry(guide, called).status == VisitStatus.CALLED
    with desk.database.read() as session:
        assert session.query(Conversation).count() == 0
    monkeypatch.undo()
    assert desk.conversations.begin(guide, called).visit_id == called


def test_a_failure_while_finishing_leaves_the_conversation_going_on(
    desk: DeskContext, guide: Actor, called: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversation = desk.conversations.begin(guide, called)
    _crash_at(desk, monkeypatch, "conversation_finish")
    for outcome in (ConversationOutcome.ANSWERED, ConversationOutcome.VISITOR_LEFT):
        with pytest.raises(_Crash):
            desk.conversations.finish(guide, conversation.id, outcome)
        assert desk.queue_views.entry(guide, called).status == VisitStatus.IN_CONVERSATION
        assert not desk.conversations.open(guide, conversation.id).finished
    monkeypatch.undo()
    assert desk.conversations.finish(guide, conversation.id, ConversationOutcome.ANSWERED).finished
    assert desk.queue_views.entry(guide, called).status == VisitStatus.DONE
