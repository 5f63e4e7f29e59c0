"""Queue rules: registration, numbering, calling order, statuses and history — on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.support import FakeClock, make_actor
from wsp_desk.db.models import Role, VisitorKind, VisitStatus
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.queue_steps import QueueStep, queue_steps
from wsp_desk.errors import ConflictError, DeskError, PermissionDenied, ValidationFailed
from wsp_desk.services.queue import Registration
from wsp_desk.services.settings import TICKET_LETTER_EMPLOYER
from wsp_desk.services.users import Guide

S = VisitStatus
JOB_SEEKER = Registration(VisitorKind.JOB_SEEKER, "work_finding")


@pytest.fixture
def location_id(desk: DeskContext) -> int:
    return desk.locations.list_locations()[0].id


def register(desk: DeskContext, actor: Actor, location_id: int, **fields: object) -> int:
    data = Registration(**{"visitor_kind": VisitorKind.JOB_SEEKER, **fields})  # type: ignore[arg-type]
    return desk.queue.register(actor, location_id, data).id


def test_tickets_count_per_location_per_day_with_kind_letters(
    desk: DeskContext, receptionist: Actor, coordinator: Actor, location_id: int, clock: FakeClock
) -> None:
    first = desk.queue.register(receptionist, location_id, JOB_SEEKER)
    employer = desk.queue.register(receptionist, location_id, Registration(VisitorKind.EMPLOYER, "recruiting"))
    assert (first.ticket, employer.ticket) == ("RW-001", "RG-002")

    desk.settings.set(coordinator, TICKET_LETTER_EMPLOYER, "E")
    assert desk.queue.register(receptionist, location_id, Registration(VisitorKind.EMPLOYER)).ticket == "RE-003"

    clock.advance(days=1)
    assert desk.queue.register(receptionist, location_id, JOB_SEEKER).ticket == "RW-001"


def test_the_day_follows_the_desk_clock_not_utc(
    desk: DeskContext, receptionist: Actor, location_id: int, clock: FakeClock
) -> None:
    desk.queue.register(receptionist, location_id, JOB_SEEKER)
    clock.current = clock.current.replace(hour=23, minute=30)  # 00:30 in Amsterdam: a new day at the desk
    assert desk.queue.register(receptionist, location_id, JOB_SEEKER).ticket == "RW-001"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"callback_phone": "12345"}, "callback_phone"),
        ({"callback_email": "piet@"}, "callback_email"),
        ({"visitor_kind": VisitorKind.EMPLOYER, "kvk_number": "1234567"}, "kvk_number"),
        ({"needs_interpreter": True}, "interpreter_language"),
        ({"category_code": "recruiting"}, "category_code"),
        ({"category_code": "no_such_need"}, "category_code"),
        ({"question": "x" * 501}, "question"),
    ],
)
def test_bad_registration_input_names_the_field_and_saves_nothing(
    desk: DeskContext, receptionist: Actor, location_id: int, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register(desk, receptionist, location_id, **fields)
    assert refused.value.field == field
    assert desk.queue_views.today(receptionist, location_id) == []


def test_contact_details_are_normalised_and_employer_fields_kept_for_employers_only(
    desk: DeskContext, receptionist: Actor, location_id: int
) -> None:
    visit_id = register(
        desk,
        receptionist,
        location_id,
        company_name="Bakkerij Öztürk",
        kvk_number="1234 5678",
        callback_phone="06 1234 5678",
    )
    entry = desk.queue_views.entry(receptionist, visit_id)
    assert entry.company_name == "" and entry.wants_callback
    employer = register(
        desk,
        receptionist,
        location_id,
        visitor_kind=VisitorKind.EMPLOYER,
        company_name="Bakkerij Öztürk",
        kvk_number="1234 5678",
    )
    assert desk.queue_views.entry(receptionist, employer).company_name == "Bakkerij Öztürk"


def test_priority_goes_first_until_someone_waited_past_the_limit(
    desk: DeskContext, receptionist: Actor, guide: Actor, coordinator: Actor, location_id: int, clock: FakeClock
) -> None:
    other_guide = make_actor(desk, "gids2", Role.GUIDE)
    early = register(desk, receptionist, location_id)
    clock.advance(minutes=5)
    appointment = register(desk, receptionist, location_id, has_appointment=True)
    assert desk.queue.call_next(guide, location_id).id == appointment  # type: ignore[union-attr]

    clock.advance(minutes=1)
    urgent = register(desk, receptionist, location_id, urgent=True)
    clock.advance(minutes=20)  # `early` has now waited 26 minutes, past the 20-minute limit
    assert desk.queue.call_next(other_guide, location_id).id == early  # type: ignore[union-attr]
    desk.queue.return_to_queue(other_guide, early)
    assert desk.queue.call_next(other_guide, location_id).id == early  # type: ignore[union-attr]
    assert urgent


def test_call_next_only_for_the_kinds_a_guide_serves(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    register(desk, receptionist, location_id)
    employer = register(desk, receptionist, location_id, visitor_kind=VisitorKind.EMPLOYER)
    called = desk.queue.call_next(guide, location_id, kinds=[VisitorKind.EMPLOYER])
    assert called is not None and called.id == employer
    assert desk.queue.call_next(make_actor(desk, "g3", Role.GUIDE), location_id, kinds=[VisitorKind.EMPLOYER]) is None


def test_a_guide_has_one_visitor_at_a_time(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    first = register(desk, receptionist, location_id)
    second = register(desk, receptionist, location_id)
    desk.queue.call_next(guide, location_id)
    with pytest.raises(DeskError, match="already helping a visitor"):
        desk.queue.call(guide, second)
    desk.queue.start_conversation(guide, first)
    desk.queue.finish(guide, first)
    assert desk.queue.call(guide, second).status == S.CALLED


def test_a_called_visitor_cannot_be_called_by_another_desk(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    visit = register(desk, receptionist, location_id)
    desk.queue.call(guide, visit)
    with pytest.raises(DeskError, match="no longer waiting"):
        desk.queue.call(make_actor(desk, "gids2", Role.GUIDE), visit)


def test_no_show_after_the_configured_calls(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    visit = register(desk, receptionist, location_id)
    desk.queue.call(guide, visit)
    assert desk.queue.recall(guide, visit).call_count == 2
    assert desk.queue.recall(guide, visit).call_count == 3
    entry = desk.queue.recall(guide, visit)
    assert entry.status == S.NO_SHOW and entry.ended_at is not None


def test_a_full_visit_and_its_history(
    desk: DeskContext, receptionist: Actor, guide: Actor, coordinator: Actor, location_id: int, clock: FakeClock
) -> None:
    room = desk.locations.add_room(coordinator, location_id, "Spreekkamer 2")
    visit = register(desk, receptionist, location_id, name_or_initials="A.B.")
    clock.advance(minutes=7)
    called = desk.queue.call_next(guide, location_id, room_id=room.id)
    assert called is not None and called.room_name == "Spreekkamer 2" and called.guide_name == "Gids"
    assert called.waiting_time(clock.now()) == timedelta(minutes=7)
    desk.queue.start_conversation(guide, visit)
    clock.advance(minutes=20)
    done = desk.queue.finish(guide, visit)
    assert done.status == S.DONE

    history = desk.queue_views.history(receptionist, visit)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, S.WAITING),
        (S.WAITING, S.CALLED),
        (S.CALLED, S.IN_CONVERSATION),
        (S.IN_CONVERSATION, S.DONE),
    ]
    assert [h.actor_name for h in history] == ["Balie", "Gids", "Gids", "Gids"]
    with pytest.raises(DeskError):
        desk.queue.return_to_queue(guide, visit)


def test_return_park_transfer_left_cancel(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    other = make_actor(desk, "gids2", Role.GUIDE)
    visit = register(desk, receptionist, location_id)
    arrived = desk.queue_views.entry(receptionist, visit).arrived_at
    desk.queue.call(guide, visit)
    back = desk.queue.return_to_queue(guide, visit, "wrong room")
    assert back.status == S.WAITING and back.guide_id is None and back.arrived_at == arrived
    assert desk.queue.park(receptionist, visit, "fetching ID").status == S.PARKED
    assert desk.queue.call_next(guide, location_id) is None
    desk.queue.return_to_queue(guide, visit)
    desk.queue.call(guide, visit)
    moved = desk.queue.transfer(guide, visit, other.user_id or 0, None)
    assert moved.guide_id == other.user_id and moved.status == S.CALLED
    with pytest.raises(ValidationFailed):
        desk.queue.mark_left(receptionist, visit, "  ")
    assert desk.queue.mark_left(receptionist, visit, "had to pick up a child").end_reason == "had to pick up a child"

    mistake = register(desk, receptionist, location_id)
    assert desk.queue.cancel(receptionist, mistake).status == S.CANCELLED


def _closed_visit(desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, status: VisitStatus) -> int:
    """A visit that ended in `status`, the way the desk ends one."""
    visit = register(desk, receptionist, location_id)
    if status == S.DONE:
        desk.queue.call(guide, visit)
        desk.queue.start_conversation(guide, visit)
        desk.queue.finish(guide, visit)
    elif status == S.NO_SHOW:
        desk.queue.call(guide, visit)
        while desk.queue.recall(guide, visit).status != S.NO_SHOW:
            pass
    elif status == S.LEFT:
        desk.queue.mark_left(receptionist, visit, "could not wait")
    elif status == S.NOT_SERVED:
        desk.queue.close_day(receptionist, location_id, "closed early")
    else:
        desk.queue.cancel(receptionist, visit)
    assert desk.queue_views.entry(receptionist, visit).status == status
    return visit


@pytest.mark.parametrize("status", [S.DONE, S.NO_SHOW, S.LEFT, S.NOT_SERVED, S.CANCELLED])
def test_a_closed_visit_takes_no_further_step(
    desk: DeskContext, receptionist: Actor, guide: Actor, coordinator: Actor, location_id: int, status: VisitStatus
) -> None:
    visit = _closed_visit(desk, receptionist, guide, location_id, status)
    steps: list[Callable[[], object]] = [
        lambda: desk.queue.call(guide, visit),
        lambda: desk.queue.recall(guide, visit),
        lambda: desk.queue.start_conversation(guide, visit),
        lambda: desk.queue.finish(guide, visit),
        lambda: desk.queue.transfer(guide, visit, coordinator.user_id or 0, None),
        lambda: desk.queue.return_to_queue(receptionist, visit),
        lambda: desk.queue.park(receptionist, visit),
        lambda: desk.queue.mark_left(receptionist, visit, "gone"),
        lambda: desk.queue.cancel(receptionist, visit),
    ]
    for step in steps:
        with pytest.raises(DeskError) as refused:
            step()
        assert not isinstance(refused.value, PermissionDenied), "refused for the visit, not for the person"
    assert desk.queue.call_next(guide, location_id) is None
    assert desk.queue_views.entry(receptionist, visit).status == status


def test_the_steps_a_screen_offers_are_the_steps_the_queue_accepts(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    other = make_actor(desk, "gids2", Role.GUIDE)
    visit = register(desk, receptionist, location_id)

    def offered(actor: Actor) -> frozenset[QueueStep]:
        entry = desk.queue_views.entry(actor, visit)
        return queue_steps(entry.status, entry.guide_id, actor)

    assert QueueStep.TRANSFER not in offered(guide)  # a waiting visitor is called, not transferred
    with pytest.raises(DeskError, match="not possible"):
        desk.queue.transfer(guide, visit, other.user_id or 0, None)
    assert QueueStep.CALL in offered(guide) and QueueStep.CALL not in offered(receptionist)

    desk.queue.call(guide, visit)
    assert {QueueStep.RECALL, QueueStep.START, QueueStep.TRANSFER} <= offered(guide)
    assert not {QueueStep.RECALL, QueueStep.START} & offered(other)  # another guide's visitor
    with pytest.raises(DeskError, match="with another guide"):
        desk.queue.start_conversation(other, visit)
    assert QueueStep.FINISH not in offered(guide)
    with pytest.raises(DeskError, match="not possible"):
        desk.queue.finish(guide, visit)

    desk.queue.start_conversation(guide, visit)
    assert QueueStep.FINISH in offered(guide) and QueueStep.START not in offered(guide)
    assert desk.queue.finish(guide, visit).status == S.DONE
    assert offered(guide) == {QueueStep.UNDO}


def test_the_visitor_a_guide_called_at_the_reception_comes_first(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, clock: FakeClock
) -> None:
    first = register(desk, receptionist, location_id)
    clock.advance(minutes=1)
    second = register(desk, receptionist, location_id)
    desk.queue.call(guide, second)  # on the Balie page
    resumed = desk.queue.resume_or_call_next(guide, location_id)
    assert resumed is not None and resumed.id == second
    assert desk.queue_views.entry(receptionist, first).status == S.WAITING  # nobody else was called meanwhile
    desk.queue.start_conversation(guide, second)
    assert desk.queue.resume_or_call_next(guide, location_id).id == second  # type: ignore[union-attr]
    desk.queue.finish(guide, second)
    called = desk.queue.resume_or_call_next(guide, location_id)
    assert called is not None and called.id == first and called.status == S.CALLED
    with pytest.raises(PermissionDenied):
        desk.queue.resume_or_call_next(receptionist, location_id)


def test_undo_takes_back_the_last_change(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, clock: FakeClock
) -> None:
    visit = register(desk, receptionist, location_id)
    with pytest.raises(DeskError, match="no recent change"):
        desk.queue.undo_last(receptionist, visit)
    desk.queue.call(guide, visit)
    desk.queue.mark_left(receptionist, visit, "walked out")
    restored = desk.queue.undo_last(receptionist, visit)
    assert restored.status == S.CALLED and restored.guide_id == guide.user_id and restored.ended_at is None
    assert desk.queue_views.history(receptionist, visit)[-1].note == "undo"

    clock.advance(minutes=31)
    desk.queue.mark_left(receptionist, visit, "walked out")
    clock.advance(minutes=31)
    with pytest.raises(DeskError, match="no recent change"):
        desk.queue.undo_last(receptionist, visit)


def test_correcting_a_registration_keeps_the_status_and_checks_the_version(
    desk: DeskContext, receptionist: Actor, location_id: int
) -> None:
    entry = desk.queue.register(receptionist, location_id, JOB_SEEKER)
    corrected = desk.queue.correct(
        receptionist, entry.id, entry.version, Registration(VisitorKind.EMPLOYED, "career_development")
    )
    assert corrected.visitor_kind == VisitorKind.EMPLOYED and corrected.status == S.WAITING
    assert corrected.ticket == entry.ticket
    with pytest.raises(ConflictError):
        desk.queue.correct(receptionist, entry.id, entry.version, JOB_SEEKER)


def test_end_of_day_closes_open_visits_as_not_served(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    waiting = register(desk, receptionist, location_id)
    served = register(desk, receptionist, location_id)
    desk.queue.call(guide, served)
    desk.queue.start_conversation(guide, served)
    desk.queue.finish(guide, served)
    assert desk.queue.close_day(receptionist, location_id, "desk closed at 17:00") == 1
    summary = desk.queue_views.day_summary(receptionist, location_id)
    assert summary.by_status == {S.NOT_SERVED: 1, S.DONE: 1}
    assert [entry.id for entry in summary.not_served] == [waiting]
    assert summary.not_served[0].end_reason == "desk closed at 17:00"


def test_changes_since_returns_only_what_changed(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    first = register(desk, receptionist, location_id)
    register(desk, receptionist, location_id)
    token = desk.queue_views.latest_event_id()
    assert desk.queue_views.changes_since(receptionist, location_id, token) == (token, [])
    desk.queue.call(guide, first)
    new_token, changed = desk.queue_views.changes_since(receptionist, location_id, token)
    assert new_token > token and [entry.id for entry in changed] == [first]


def test_waiting_room_display_shows_tickets_and_rooms_only(
    desk: DeskContext, receptionist: Actor, guide: Actor, coordinator: Actor, location_id: int
) -> None:
    room = desk.locations.add_room(coordinator, location_id, "Kamer 1")
    register(desk, receptionist, location_id, name_or_initials="Şükrü Öztürk")
    register(desk, receptionist, location_id)
    desk.queue.call_next(guide, location_id, room_id=room.id)
    state = desk.queue_views.display_state(location_id)
    assert state.waiting_count == 1
    assert [(c.ticket, c.room_name) for c in state.called] == [("RW-001", "Kamer 1")]
    assert "Öztürk" not in repr(state)


def test_estimated_wait_learns_from_todays_conversations(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, clock: FakeClock
) -> None:
    assert desk.queue_views.estimated_wait(desk.queue_views.today(receptionist, location_id)) is None
    visit = register(desk, receptionist, location_id)
    desk.queue.call(guide, visit)
    desk.queue.start_conversation(guide, visit)
    clock.advance(minutes=12)
    desk.queue.finish(guide, visit)
    register(desk, receptionist, location_id)
    register(desk, receptionist, location_id)
    estimate = desk.queue_views.estimated_wait(desk.queue_views.today(receptionist, location_id))
    assert estimate == timedelta(minutes=24)


def test_receptionists_register_but_do_not_call(desk: DeskContext, receptionist: Actor, location_id: int) -> None:
    visit = register(desk, receptionist, location_id)
    with pytest.raises(PermissionDenied):
        desk.queue.call(receptionist, visit)
    with pytest.raises(PermissionDenied):
        desk.queue.call_next(receptionist, location_id)


def test_the_reception_brings_a_parked_visitor_back(desk: DeskContext, receptionist: Actor, location_id: int) -> None:
    visit = register(desk, receptionist, location_id)
    desk.queue.park(receptionist, visit, "fetching ID")
    assert desk.queue.return_to_queue(receptionist, visit).status == S.WAITING


def test_a_correction_starts_from_everything_that_was_registered(
    desk: DeskContext, receptionist: Actor, location_id: int
) -> None:
    registered = Registration(
        VisitorKind.EMPLOYER,
        "recruiting",
        company_name="Bakkerij Van Dam",
        kvk_number="1234 5678",
        callback_phone="070 123 4567",
        callback_email="info@bakkerij.nl",
    )
    entry = desk.queue.register(receptionist, location_id, registered)
    data, version = desk.queue.registration(receptionist, entry.id)
    assert data == registered.cleaned() and version == entry.version
    corrected = desk.queue.correct(receptionist, entry.id, version, replace(data, urgent=True))
    assert corrected.urgent and desk.queue.registration(receptionist, entry.id)[0].callback_phone == "+31701234567"


def test_guides_to_hand_a_visitor_to(desk: DeskContext, receptionist: Actor, guide: Actor) -> None:
    make_actor(desk, "balie2", Role.RECEPTIONIST)
    assert [g.display_name for g in desk.users.guides(receptionist)] == ["Corrie Coördinator", "Gids"]
    assert desk.users.guides(receptionist)[1] == Guide(guide.user_id, "Gids", ())
