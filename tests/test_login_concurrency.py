"""Logins at many desks at once, in real processes: parallel guesses count one by one, and one account may log in
at two desks together."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from multiprocessing.synchronize import Barrier

from sqlalchemy import func, select

from tests.support import FAST_HASHER, GOOD_PASSWORD, FakeClock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import AuditEvent, AuditResult
from wsp_desk.desk import DeskContext
from wsp_desk.errors import AuthenticationFailed
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.auth import AuthService, LockoutPolicy

DESKS = 8
TRIES_PER_DESK = 5


def _log_in_together(url: str, start: Barrier, password: str, outcomes: multiprocessing.Queue[str]) -> None:
    database = Database.connect(url)
    clock = FakeClock()  # the same instant at every desk: no delay runs out during the storm
    auth = AuthService(database, clock, AuditLog(database, clock, "desk"), "desk", hasher=FAST_HASHER)
    start.wait()
    for _ in range(TRIES_PER_DESK):
        try:
            auth.login("coordinator", password)
            outcomes.put("logged in")
        except AuthenticationFailed as failure:
            outcomes.put("refused" if failure.refused else "checked and wrong")
        except Exception as error:  # any other outcome is what this test looks for
            outcomes.put(f"error: {type(error).__name__}: {error}")
    database.dispose()


def _storm(url: str, password: str) -> Counter[str]:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(DESKS)
    outcomes: multiprocessing.Queue[str] = context.Queue()
    desks = [context.Process(target=_log_in_together, args=(url, start, password, outcomes)) for _ in range(DESKS)]
    for desk in desks:
        desk.start()
    said = Counter(outcomes.get(timeout=120) for _ in range(DESKS * TRIES_PER_DESK))
    for desk in desks:
        desk.join(timeout=60)
    return said


def _counted_failures(database: Database) -> int:
    with database.read() as session:
        return (
            session.scalar(
                select(func.count()).where(AuditEvent.action == "login", AuditEvent.result == AuditResult.FAILURE)
            )
            or 0
        )


def test_parallel_guesses_are_counted_one_by_one(desk: DeskContext, db_url: str) -> None:
    desk.users.create_first_coordinator("coordinator", "Corrie Coördinator", GOOD_PASSWORD)
    said = _storm(db_url, "not the password at all")
    counted = _counted_failures(desk.database)
    print(f"{DESKS} desks × {TRIES_PER_DESK} wrong passwords at once: {dict(said)}, counted as failures {counted}")
    assert set(said) <= {"refused", "checked and wrong"}, said
    assert said["checked and wrong"] == counted <= LockoutPolicy().max_failures


def test_one_account_logs_in_at_several_desks_at_once(desk: DeskContext, db_url: str) -> None:
    desk.users.create_first_coordinator("coordinator", "Corrie Coördinator", GOOD_PASSWORD)
    said = _storm(db_url, GOOD_PASSWORD)
    print(f"{DESKS} desks × {TRIES_PER_DESK} logins of one account at once: {dict(said)}")
    assert said == {"logged in": DESKS * TRIES_PER_DESK}
