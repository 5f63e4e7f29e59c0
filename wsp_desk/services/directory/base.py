"""What every part of the directory service holds: the database, the clock and the audit trail."""

from __future__ import annotations

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.services.audit import AuditLog


class DirectoryParts:
    """The collaborators the parts of DirectoryService share, given once through its constructor."""

    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
