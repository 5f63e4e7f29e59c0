"""Eight desks at once: processes that register and call visitors on the same database, on both backends."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from tests.support import FAST_HASHER, FakeClock, make_actor
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Role, Visit, VisitEvent, VisitorKind, VisitStatus
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.queue_steps import ACTIVE
from wsp_desk.errors import DeskError
from wsp_desk.services.queue import Registration

DESKS = 8
ROUNDS = 30


@dataclass(frozen=True)
class DeskResult:
    registered: list[int]
    served: list[int]
    errors: list[str]


def _desk(url: str, actor: Actor, location_id: int) -> DeskResult:
    """One desk: register a visitor, then call the next one and serve them; repeat."""
    database = Database.connect(url)
    desk = DeskContext.create(database, FakeClock(), actor.workstation, hasher=FAST_HASHER)
    registered: list[int] = []
    served: list[int] = []
    errors: list[str] = []
    kinds = list(VisitorKind)
    try:
        for round_ in range(ROUNDS):
            try:
                data = Registration(kinds[round_ % len(kinds)], urgent=round_ % 7 == 0)
                registered.append(desk.queue.register(actor, location_id, data).id)
                called = desk.queue.call_next(actor, location_id)
                if called is not None:
                    desk.queue.start_conversation(actor, called.id)
                    desk.queue.finish(actor, called.id)
                    served.append(called.id)
            except Exception as error:  # every error is a finding: report it, don't stop the desk
                errors.append(f"{type(error).__name__}: {error}")
    finally:
        database.dispose()
    return DeskResult(registered, served, errors)


def test_eight_desks_never_call_a_visitor_twice_or_lose_one(desk: DeskContext, db_url: str) -> None:
    location_id = desk.locations.list_locations()[0].id
    actors = [make_actor(desk, f"desk{number}", Role.GUIDE) for number in range(DESKS)]
    with multiprocessing.get_context("spawn").Pool(DESKS) as pool:
        results = pool.starmap(_desk, [(db_url, actor, location_id) for actor in actors])

    assert [error for result in results for error in result.errors] == []
    registered = [visit for result in results for visit in result.registered]
    served = [visit for result in results for visit in result.served]
    assert len(registered) == DESKS * ROUNDS
    assert len(served) == len(set(served)), "a visitor was served by two desks"

    with desk.database.read() as session:
        tickets = list(session.scalars(select(Visit.ticket)))
        statuses = Counter(session.scalars(select(Visit.status)))
        calls_per_visit = session.execute(
            select(VisitEvent.visit_id, func.count())
            .where(VisitEvent.to_status == VisitStatus.CALLED)
            .group_by(VisitEvent.visit_id)
        ).all()
    assert len(tickets) == len(set(tickets)) == DESKS * ROUNDS
    assert max(count for _, count in calls_per_visit) == 1
    assert statuses[VisitStatus.DONE] == len(served)
    assert statuses[VisitStatus.DONE] + statuses[VisitStatus.WAITING] == DESKS * ROUNDS


GUIDE_DESKS = 4
GUIDE_ROUNDS = 40


@dataclass(frozen=True)
class GuideDeskResult:
    held: list[int]
    refused: int
    errors: list[str]


def _guide_desk(url: str, actor: Actor, location_id: int) -> GuideDeskResult:
    """One of the desks where the same guide is logged in: call the next visitor, serve them; repeat."""
    database = Database.connect(url)
    desk = DeskContext.create(database, FakeClock(), actor.workstation, hasher=FAST_HASHER)
    held: list[int] = []
    refused = 0
    errors: list[str] = []
    try:
        for _ in range(GUIDE_ROUNDS):
            try:
                called = desk.queue.call_next(actor, location_id)
                if called is not None:
                    held.append(called.id)
                    desk.queue.start_conversation(actor, called.id)
                    desk.queue.finish(actor, called.id)
            except DeskError as error:
                if "already helping a visitor" not in error.message:
                    errors.append(f"{type(error).__name__}: {error}")
                refused += 1
            except Exception as error:  # a raw database error is a finding
                errors.append(f"{type(error).__name__}: {error}")
    finally:
        database.dispose()
    return GuideDeskResult(held, refused, errors)


def test_one_guide_at_several_desks_holds_one_visitor_at_a_time(desk: DeskContext, db_url: str) -> None:
    location_id = desk.locations.list_locations()[0].id
    guide = make_actor(desk, "gids", Role.GUIDE)
    receptionist = make_actor(desk, "balie", Role.RECEPTIONIST)
    for _ in range(GUIDE_DESKS * GUIDE_ROUNDS):
        desk.queue.register(receptionist, location_id, Registration(VisitorKind.JOB_SEEKER))
    actors = [replace(guide, workstation=f"balie-{number}") for number in range(GUIDE_DESKS)]
    with multiprocessing.get_context("spawn").Pool(GUIDE_DESKS) as pool:
        results = pool.starmap(_guide_desk, [(db_url, actor, location_id) for actor in actors])

    # Replay the guide's events in commit order: at no moment may two of their visits be called or in conversation.
    with desk.database.read() as session:
        events = session.execute(
            select(VisitEvent.visit_id, VisitEvent.to_status)
            .where(VisitEvent.from_status.is_not(None))
            .order_by(VisitEvent.id)
        ).all()
    held_now: set[int] = set()
    double = 0
    for visit_id, status in events:
        if status in ACTIVE:
            held_now.add(visit_id)
        else:
            held_now.discard(visit_id)
        double += len(held_now) > 1
    held = [visit for result in results for visit in result.held]
    errors = [error for result in results for error in result.errors]
    refused = sum(result.refused for result in results)
    print(
        f"one guide at {GUIDE_DESKS} desks: {GUIDE_DESKS * GUIDE_ROUNDS} rounds, {len(held)} visitors served, "
        f"{refused} calls refused, double {double}, errors {len(errors)}"
    )
    assert errors == []
    assert double == 0
    assert len(held) == len(set(held)) and held
