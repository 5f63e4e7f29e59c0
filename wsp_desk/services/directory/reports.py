"""Reports of incorrect directory information, and the coordinator's to-do list of records to check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import DirectoryReport, Organization, Service
from wsp_desk.domain.directory import Fact, RecordKind, Trust, missing_facts, record_trust, verification_due
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.validation import limit_text
from wsp_desk.errors import ConflictError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.directory.mapping import (
    ORGANIZATION_LOAD,
    SERVICE_LOAD,
    load_organization,
    load_service,
    organization_data,
    service_data,
    user_names,
)


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
    """A record for the coordinator to check: flagged `to_verify`, or verified too long ago (`trust` says which),
    with the facts it still lacks. `partner` is the organisation's name (the record's own for an organisation)."""

    kind: RecordKind
    record_id: str
    name: str
    version: int
    to_verify: bool
    last_verified_on: date | None
    trust: Trust
    partner: str = ""
    missing: tuple[Fact, ...] = ()


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
        """Records to verify (flagged, never verified, or verified over a year ago), partner by partner with the
        oldest verification first, each with the facts it lacks; and the open reports."""
        require(actor, Action.EDIT_DIRECTORY)
        today = desk_day(self._clock.now())
        due = verification_due(today)
        items: list[TodoItem] = []
        with self._database.read() as session:
            # Every organisation: its services fall back on its facts.
            organizations = session.scalars(
                select(Organization).options(*ORGANIZATION_LOAD).where(Organization.archived.is_(False))
            ).all()
            partners = {organization.id: organization_data(organization) for organization in organizations}
            services = session.scalars(
                select(Service)
                .join(Service.organization)
                .options(*SERVICE_LOAD)
                .where(Service.archived.is_(False), Organization.archived.is_(False), _service_to_check(due))
            )
            for organization in organizations:
                data = partners[organization.id]
                item = _item(RecordKind.ORGANIZATION, organization, today, data.name, missing_facts(data))
                if item.trust is not Trust.VERIFIED:
                    items.append(item)
            for service in services:
                partner = partners[service.organization_id]
                missing = missing_facts(partner, service_data(service))
                items.append(_item(RecordKind.SERVICE, service, today, partner.name, missing))
            open_reports = session.scalars(
                select(DirectoryReport).where(DirectoryReport.resolved_at.is_(None)).order_by(DirectoryReport.id)
            )
            reports = _report_entries(session, list(open_reports))
        items.sort(
            key=lambda item: (
                item.last_verified_on or date.min,
                item.partner.casefold(),
                item.kind != RecordKind.ORGANIZATION,
                item.name.casefold(),
            )
        )
        return Todo(items, reports)


def _service_to_check(due: date) -> ColumnElement[bool]:
    """Trust.TO_VERIFY or Trust.OVERDUE, as record_trust decides it, in SQL: the services are many."""
    return Service.to_verify.is_(True) | Service.last_verified_on.is_(None) | (Service.last_verified_on < due)


def _item(
    kind: RecordKind, record: Organization | Service, today: date, partner: str, missing: tuple[Fact, ...]
) -> TodoItem:
    trust = record_trust(record.to_verify, record.last_verified_on, today)
    return TodoItem(
        kind, record.id, record.name, record.version, record.to_verify, record.last_verified_on, trust, partner, missing
    )


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
