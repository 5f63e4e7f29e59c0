"""Reports of incorrect directory information, and the coordinator's to-do list of records to check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import DirectoryReport, Organization, Service
from wsp_desk.domain.directory import RecordKind, Trust, record_trust, verification_due
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.validation import limit_text
from wsp_desk.errors import ConflictError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.directory.mapping import load_organization, load_service, user_names


@dataclass(frozen=True)
class ReportEntry:
    id: int
    kind: RecordKind
    record_id: str
    record_name: str
    reported_at: datetime
    reported_by: str
    description: str
    resolved_at: datetime | None = None
    resolved_by: str = ""
    resolution: str = ""


@dataclass(frozen=True)
class TodoItem:
    """A record for the coordinator to check: flagged `to_verify`, or verified too long ago (`trust` says which)."""

    kind: RecordKind
    record_id: str
    name: str
    version: int
    to_verify: bool
    last_verified_on: date | None
    trust: Trust


@dataclass(frozen=True)
class Todo:
    to_verify: list[TodoItem]
    reports: list[ReportEntry]


class DirectoryReports:
    """Where anyone reports a wrong directory record and the coordinator follows up on the records to check."""

    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    def report(self, actor: Actor, kind: RecordKind, record_id: str, description: str) -> ReportEntry:
        """Anyone at the desk may say that a record holds incorrect information."""
        require(actor, Action.READ_DIRECTORY)
        text = limit_text(description, 2000, "description")
        if not text:
            raise ValidationFailed(
                "description", QT_TRANSLATE_NOOP("DeskError", "Say what is incorrect, so the coordinator can fix it.")
            )
        with self._database.write() as session:
            (load_organization if kind == RecordKind.ORGANIZATION else load_service)(session, record_id)
            report = DirectoryReport(
                object_type=kind.value,
                object_id=record_id,
                reported_at=self._clock.now(),
                reported_by_id=actor.user_id,
                description=text,
            )
            session.add(report)
            session.flush()
            self._audit.record(session, "directory_report", actor=actor, object_type=kind.value, object_id=record_id)
            return _report_entries(session, [report])[0]

    def resolve_report(self, actor: Actor, report_id: int, resolution: str) -> ReportEntry:
        require(actor, Action.EDIT_DIRECTORY)
        text = limit_text(resolution, 2000, "resolution")
        with self._database.write() as session:
            report = session.get(DirectoryReport, report_id)
            if report is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This report no longer exists."))
            if report.resolved_at is not None:
                raise ConflictError()
            report.resolved_at = self._clock.now()
            report.resolved_by_id = actor.user_id
            report.resolution = text
            session.flush()
            self._audit.record(
                session, "directory_report_resolve", actor=actor, object_type="directory_report", object_id=report_id
            )
            return _report_entries(session, [report])[0]

    def reports(self, actor: Actor, kind: RecordKind, record_id: str) -> list[ReportEntry]:
        """All reports about one record, newest first."""
        require(actor, Action.READ_DIRECTORY)
        query = (
            select(DirectoryReport)
            .where(DirectoryReport.object_type == kind.value, DirectoryReport.object_id == record_id)
            .order_by(DirectoryReport.id.desc())
        )
        with self._database.read() as session:
            return _report_entries(session, list(session.scalars(query)))

    def todo(self, actor: Actor) -> Todo:
        """Records to verify (flagged, never verified, or verified over a year ago; oldest first) and open reports."""
        require(actor, Action.EDIT_DIRECTORY)
        today = desk_day(self._clock.now())
        due = verification_due(today)
        items: list[TodoItem] = []
        with self._database.read() as session:
            for kind, model in ((RecordKind.ORGANIZATION, Organization), (RecordKind.SERVICE, Service)):
                query = select(model.id, model.name, model.version, model.to_verify, model.last_verified_on).where(
                    model.archived.is_(False),
                    # Trust.TO_VERIFY or Trust.OVERDUE, as record_trust decides it, in SQL.
                    model.to_verify.is_(True) | model.last_verified_on.is_(None) | (model.last_verified_on < due),
                )
                for record_id, name, version, to_verify, verified_on in session.execute(query):
                    trust = record_trust(to_verify, verified_on, today)
                    items.append(TodoItem(kind, record_id, name, version, to_verify, verified_on, trust))
            open_reports = session.scalars(
                select(DirectoryReport).where(DirectoryReport.resolved_at.is_(None)).order_by(DirectoryReport.id)
            )
            reports = _report_entries(session, list(open_reports))
        items.sort(
            key=lambda item: (item.last_verified_on or date.min, item.kind != RecordKind.ORGANIZATION, item.name)
        )
        return Todo(items, reports)


def _report_entries(session: Session, reports: Sequence[DirectoryReport]) -> list[ReportEntry]:
    names = user_names(session)
    record_names: dict[tuple[str, str], str] = {}
    for kind, model in ((RecordKind.ORGANIZATION, Organization), (RecordKind.SERVICE, Service)):
        ids = [r.object_id for r in reports if r.object_type == kind.value]
        if ids:
            for record_id, name in session.execute(select(model.id, model.name).where(model.id.in_(ids))):
                record_names[(kind.value, record_id)] = name
    return [
        ReportEntry(
            report.id,
            RecordKind(report.object_type),
            report.object_id,
            record_names.get((report.object_type, report.object_id), ""),
            report.reported_at,
            names.get(report.reported_by_id, ""),
            report.description,
            report.resolved_at,
            names.get(report.resolved_by_id, ""),
            report.resolution,
        )
        for report in reports
    ]
