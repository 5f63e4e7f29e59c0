"""Eight desks at once: processes that register and call visitors on the same database, on both backends."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from tests.support import FAST_HASHER, FakeClock, make_actor
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Role, Visit, VisitEvent, VisitorKind, VisitStatus
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
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
