"""What every part of the directory service holds: the database, the clock and the audit trail."""

from __future__ import annotations

from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.domain.directory import RecordKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.services.audit import AuditLog


class DirectoryParts:
    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    def _audit_change(self, session: Session, actor: Actor, action: str, kind: RecordKind, record_id: str) -> None:
        self._audit.record(session, action, actor=actor, object_type=kind.value, object_id=record_id)
