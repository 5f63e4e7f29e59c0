"""The audit trail: what it records, and that tampering shows — on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import delete, select, update

from tests.support import GOOD_PASSWORD
from wsp_desk.db.models import AuditEvent
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import AuthenticationFailed, PermissionDenied


def _some_history(desk: DeskContext, coordinator: Actor) -> list[int]:
    for _ in range(3):
        desk.auth.logout(coordinator)
    with desk.database.read() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def test_events_name_action_object_result_origin_actor_and_time(desk: DeskContext, coordinator: Actor) -> None:
    event = desk.audit.recent(coordinator, limit=1)[0]
    assert event.action == "login"
    assert event.object_type == "user"
    assert event.object_id == str(coordinator.user_id)
    assert event.actor_id == coordinator.user_id
    assert event.actor_name == "coordinator"
    assert event.workstation == "test-desk"
    assert event.at == desk.clock.now()


def test_passwords_never_reach_the_trail(desk: DeskContext, coordinator: Actor) -> None:
    with pytest.raises(AuthenticationFailed):
        desk.auth.login("coordinator", "a-wrong-secret-attempt")
    with desk.database.read() as session:
        for event in session.scalars(select(AuditEvent)):
            text = " ".join(str(value) for value in vars(event).values())
            assert GOOD_PASSWORD not in text and "a-wrong-secret-attempt" not in text


def test_an_intact_trail_verifies(desk: DeskContext, coordinator: Actor) -> None:
    ids = _some_history(desk, coordinator)
    report = desk.audit.verify()
    assert report.intact and report.checked == len(ids)


def test_a_changed_row_is_found(desk: DeskContext, coordinator: Actor) -> None:
    ids = _some_history(desk, coordinator)
    with desk.database.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == ids[2]).values(actor_name="someone-else"))
    report = desk.audit.verify()
    assert report.first_broken_id == ids[2]
    assert "changed" in report.problem


def test_a_removed_row_is_found(desk: DeskContext, coordinator: Actor) -> None:
    ids = _some_history(desk, coordinator)
    with desk.database.write() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.id == ids[1]))
    report = desk.audit.verify()
    assert report.first_broken_id == ids[2]
    assert "missing" in report.problem


def test_concurrent_desks_keep_one_chain(desk: DeskContext, coordinator: Actor) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda _: desk.auth.logout(coordinator), range(40)))
    report = desk.audit.verify()
    assert report.intact and report.checked >= 40


def test_reading_others_events_needs_the_audit_right(desk: DeskContext, guide: Actor) -> None:
    assert desk.audit.recent(guide, username="gids")
    with pytest.raises(PermissionDenied):
        desk.audit.recent(guide)
    with pytest.raises(PermissionDenied):
        desk.audit.recent(guide, username="coordinator")
