"""The append-only audit trail (BIO2 8.15): action, object, result, origin, actor, time — never secrets or notes.

Each event stores the hash of the event before it and its own hash over its fields, so `verify()` finds a row that was
changed or removed. Events are written inside the caller's transaction, so a change and its audit line land together.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import AuditEvent, AuditResult
from wsp_desk.domain.permissions import Action, Actor, require

GENESIS_HASH = "0" * 64
_PG_AUDIT_LOCK = 0x5753_4155


def event_hash(event: AuditEvent) -> str:
    fields = [
        event.prev_hash,
        event.at.isoformat(timespec="microseconds"),
        event.actor_id,
        event.actor_name,
        event.action,
        event.object_type,
        event.object_id,
        str(event.result),
        event.workstation,
        event.detail,
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class AuditEventView:
    """One event as a reader of the trail sees it (the chain hashes stay with `verify()`)."""

    id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    object_type: str
    object_id: str
    result: AuditResult
    workstation: str
    detail: str


def _event_view(event: AuditEvent) -> AuditEventView:
    return AuditEventView(
        id=event.id,
        at=event.at,
        actor_id=event.actor_id,
        actor_name=event.actor_name,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        result=event.result,
        workstation=event.workstation,
        detail=event.detail,
    )


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    first_broken_id: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


class AuditLog:
    def __init__(self, database: Database, clock: Clock, workstation: str) -> None:
        self._database = database
        self._clock = clock
        self._workstation = workstation

    def record(
        self,
        session: Session,
        action: str,
        *,
        actor: Actor | None = None,
        actor_name: str = "",
        object_type: str = "",
        object_id: str | int = "",
        result: AuditResult = AuditResult.SUCCESS,
        detail: str = "",
    ) -> None:
        """Append an event within `session`'s write transaction."""
        if session.get_bind().dialect.name == "postgresql":
            # Desks append one at a time, so the chain never forks.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
        previous = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
        event = AuditEvent(
            at=self._clock.now(),
            actor_id=actor.user_id if actor else None,
            actor_name=actor.username if actor else actor_name,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            result=result,
            workstation=(actor.workstation if actor else self._workstation)[:255],
            detail=detail[:500],
            prev_hash=previous or GENESIS_HASH,
        )
        event.hash = event_hash(event)
        session.add(event)
        session.flush()

    def recent(self, actor: Actor, limit: int = 200, username: str | None = None) -> list[AuditEventView]:
        """The newest events, optionally of one user; reading the trail needs READ_AUDIT, except one's own."""
        if username != actor.username:
            require(actor, Action.READ_AUDIT)
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        if username is not None:
            query = query.where(AuditEvent.actor_name == username)
        with self._database.read() as session:
            return [_event_view(event) for event in session.scalars(query)]

    def verify(self) -> VerifyReport:
        """Walk the whole chain; report the first event that was changed, or follows a removed one."""
        previous_hash = GENESIS_HASH
        previous_id = 0
        checked = 0
        query = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=1000)
        with self._database.read() as session, closing(session.scalars(query)) as rows:
            for event in rows:
                if event.prev_hash != previous_hash:
                    return VerifyReport(
                        checked, event.id, f"the event before #{event.id} (after #{previous_id}) is missing or changed"
                    )
                if event_hash(event) != event.hash:
                    return VerifyReport(checked, event.id, f"event #{event.id} was changed")
                previous_hash, previous_id = event.hash, event.id
                checked += 1
        return VerifyReport(checked)
