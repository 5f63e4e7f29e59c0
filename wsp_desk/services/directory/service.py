"""Reading and keeping the partner directory: organisations and their services, kept by coordinators and read by
everyone at the desk.

An edit replaces a record's child parts as a whole; it names the version it started from, and a newer version in the
database refuses it (ConflictError). Every change lands in the change history and the audit trail in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Organization, PartnerLocation, RecordChange, Service, ServiceAtLocation, new_uuid
from wsp_desk.domain.directory import (
    OrganizationData,
    OrganizationRecord,
    RecordKind,
    RecordState,
    ServiceData,
    ServiceRecord,
)
from wsp_desk.domain.directory_checks import check_organization, check_service, duplicate_id
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.directory.mapping import (
    ORGANIZATION_LOAD,
    SERVICE_LOAD,
    load_organization,
    load_service,
    organization_data,
    organization_record,
    record_state,
    service_data,
    service_record,
    user_names,
)
from wsp_desk.services.directory.writer import RecordWriter, snapshot

T = TypeVar("T")


@dataclass(frozen=True)
class ChangeEntry:
    at: datetime
    actor_name: str
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class DirectoryChanges:
    """What changed after a revision: ids of changed organisations and services, and the new revision."""

    revision: int
    organization_ids: frozenset[str]
    service_ids: frozenset[str]


class DirectoryService:
    """Reading and upkeep of the records; reports and the to-do list are DirectoryReports', imports BundleImport's."""

    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    # --- reading ------------------------------------------------------------------------------------------------

    def organizations(self, actor: Actor, include_archived: bool = False) -> list[OrganizationRecord]:
        require(actor, Action.READ_DIRECTORY)
        query = select(Organization).options(*ORGANIZATION_LOAD).order_by(Organization.name, Organization.id)
        if not include_archived:
            query = query.where(Organization.archived.is_(False))
        with self._database.read() as session:
            names = user_names(session)
            return [organization_record(row, names) for row in session.scalars(query)]

    def organization(self, actor: Actor, organization_id: str) -> OrganizationRecord:
        require(actor, Action.READ_DIRECTORY)
        with self._database.read() as session:
            return organization_record(load_organization(session, organization_id), user_names(session))

    def services(
        self,
        actor: Actor,
        include_archived: bool = False,
        organization_id: str | None = None,
        ids: Iterable[str] | None = None,
    ) -> list[ServiceRecord]:
        """Services by name; archived ones (or those of an archived organisation) only when asked."""
        require(actor, Action.READ_DIRECTORY)
        query = (
            select(Service)
            .join(Service.organization)
            .options(*SERVICE_LOAD)
            .order_by(Service.name, Service.id)
            .execution_options(populate_existing=True)
        )
        if not include_archived:
            query = query.where(Service.archived.is_(False), Organization.archived.is_(False))
        if organization_id is not None:
            query = query.where(Service.organization_id == organization_id)
        if ids is not None:
            query = query.where(Service.id.in_(list(ids)))
        with self._database.read() as session:
            names = user_names(session)
            return [service_record(row, names) for row in session.scalars(query)]

    def service(self, actor: Actor, service_id: str) -> ServiceRecord:
        require(actor, Action.READ_DIRECTORY)
        with self._database.read() as session:
            return service_record(load_service(session, service_id), user_names(session))

    def history(self, actor: Actor, kind: RecordKind, record_id: str) -> list[ChangeEntry]:
        """Every change of a record, newest first."""
        require(actor, Action.READ_DIRECTORY)
        query = (
            select(RecordChange)
            .where(RecordChange.object_type == kind.value, RecordChange.object_id == record_id)
            .order_by(RecordChange.id.desc())
        )
        with self._database.read() as session:
            names = user_names(session)
            return [
                ChangeEntry(row.at, names.get(row.actor_id, ""), row.field, row.old_value, row.new_value)
                for row in session.scalars(query)
            ]

    def is_empty(self) -> bool:
        with self._database.read() as session:
            return session.scalar(select(Organization.id).limit(1)) is None

    def revision(self) -> int:
        """Grows with every change of the directory: compare it to know whether a copy is still current."""
        with self._database.read() as session:
            return session.scalar(select(func.max(RecordChange.id))) or 0

    def changes_since(self, revision: int) -> DirectoryChanges:
        query = select(RecordChange.id, RecordChange.object_type, RecordChange.object_id).where(
            RecordChange.id > revision
        )
        organizations: set[str] = set()
        services: set[str] = set()
        latest = revision
        with self._database.read() as session:
            for change_id, kind, record_id in session.execute(query):
                latest = max(latest, change_id)
                (organizations if kind == RecordKind.ORGANIZATION else services).add(record_id)
        return DirectoryChanges(latest, frozenset(organizations), frozenset(services))

    # --- upkeep -------------------------------------------------------------------------------------------------

    def create_organization(self, actor: Actor, data: OrganizationData) -> OrganizationRecord:
        require(actor, Action.EDIT_DIRECTORY)
        cleaned = _valid(check_organization(data))
        with self._database.write() as session:
            self._check_locations_free(session, cleaned, None)
            organization = Organization(id=new_uuid())
            RecordWriter(session, actor, self._clock.now()).organization(organization, cleaned, RecordState(), None)
            self._audit_change(session, actor, "directory_create", RecordKind.ORGANIZATION, organization.id)
            return self._reload_organization(session, organization.id)

    def update_organization(
        self, actor: Actor, organization_id: str, expected_version: int, data: OrganizationData
    ) -> OrganizationRecord:
        require(actor, Action.EDIT_DIRECTORY)
        cleaned = _valid(check_organization(data))
        with self._database.write() as session:
            organization = load_organization(session, organization_id, expected_version)
            self._check_locations_free(session, cleaned, organization_id)
            self._check_locations_unused(session, organization, cleaned)
            before = snapshot(organization_data(organization), record_state(organization))
            writer = RecordWriter(session, actor, self._clock.now())
            if writer.organization(organization, cleaned, record_state(organization), before):
                self._audit_change(session, actor, "directory_update", RecordKind.ORGANIZATION, organization_id)
            return self._reload_organization(session, organization_id)

    def create_service(self, actor: Actor, organization_id: str, data: ServiceData) -> ServiceRecord:
        require(actor, Action.EDIT_DIRECTORY)
        cleaned = _valid(check_service(data))
        with self._database.write() as session:
            load_organization(session, organization_id)
            self._check_service_locations(session, organization_id, cleaned)
            service = Service(id=new_uuid(), organization_id=organization_id)
            RecordWriter(session, actor, self._clock.now()).service(service, cleaned, RecordState(), None)
            self._audit_change(session, actor, "directory_create", RecordKind.SERVICE, service.id)
            return self._reload_service(session, service.id)

    def update_service(self, actor: Actor, service_id: str, expected_version: int, data: ServiceData) -> ServiceRecord:
        require(actor, Action.EDIT_DIRECTORY)
        cleaned = _valid(check_service(data))
        with self._database.write() as session:
            service = load_service(session, service_id, expected_version)
            self._check_service_locations(session, service.organization_id, cleaned)
            before = snapshot(service_data(service), record_state(service))
            if RecordWriter(session, actor, self._clock.now()).service(service, cleaned, record_state(service), before):
                self._audit_change(session, actor, "directory_update", RecordKind.SERVICE, service_id)
            return self._reload_service(session, service_id)

    def set_archived(
        self, actor: Actor, kind: RecordKind, record_id: str, expected_version: int, archived: bool = True
    ) -> int:
        """Archive a record (hidden from search and lists, kept for the referrals that name it), or bring it back.

        Returns the record's new version."""
        return self._change_state(
            actor,
            kind,
            record_id,
            expected_version,
            action="directory_archive" if archived else "directory_restore",
            change=lambda state: replace(state, archived=archived),
        )

    def verify(self, actor: Actor, kind: RecordKind, record_id: str, expected_version: int) -> int:
        """The coordinator confirms the record is correct today. Returns the record's new version."""
        today = desk_day(self._clock.now())
        return self._change_state(
            actor,
            kind,
            record_id,
            expected_version,
            action="directory_verify",
            change=lambda state: replace(state, to_verify=False, last_verified_on=today),
        )

    def _change_state(
        self,
        actor: Actor,
        kind: RecordKind,
        record_id: str,
        expected_version: int,
        *,
        action: str,
        change: Callable[[RecordState], RecordState],
    ) -> int:
        require(actor, Action.EDIT_DIRECTORY)
        with self._database.write() as session:
            writer = RecordWriter(session, actor, self._clock.now(), verifying=action == "directory_verify")
            record: Organization | Service
            if kind == RecordKind.ORGANIZATION:
                record = load_organization(session, record_id, expected_version)
                organization = organization_data(record)
                state = record_state(record)
                changed = writer.organization(record, organization, change(state), snapshot(organization, state))
            else:
                record = load_service(session, record_id, expected_version)
                service = service_data(record)
                state = record_state(record)
                changed = writer.service(record, service, change(state), snapshot(service, state))
            if changed:
                self._audit_change(session, actor, action, kind, record_id)
            session.flush()
            return record.version

    # --- helpers --------------------------------------------------------------------------------------------------

    @staticmethod
    def _check_locations_free(session: Session, data: OrganizationData, organization_id: str | None) -> None:
        """A location id given in an edit must be new or already this organisation's."""
        ids = [location.id for location in data.locations if location.id]
        owners = session.execute(
            select(PartnerLocation.id, PartnerLocation.organization_id).where(PartnerLocation.id.in_(ids))
        )
        for location_id, owner in owners:
            if owner != organization_id:
                raise duplicate_id("locations", location_id)

    @staticmethod
    def _check_locations_unused(session: Session, organization: Organization, data: OrganizationData) -> None:
        """A location that services still use cannot be removed: move those services first."""
        kept = {location.id for location in data.locations}
        removed = [location.id for location in organization.locations if location.id not in kept]
        in_use = session.scalar(
            select(Service.name)
            .join(ServiceAtLocation)
            .where(ServiceAtLocation.location_id.in_(removed), Service.archived.is_(False))
            .limit(1)
        )
        if in_use is not None:
            raise ValidationFailed(
                "locations",
                QT_TRANSLATE_NOOP("DeskError", "The service {service} is still at this location."),
                service=in_use,
            )

    @staticmethod
    def _check_service_locations(session: Session, organization_id: str, data: ServiceData) -> None:
        found = set(
            session.scalars(
                select(PartnerLocation.id).where(
                    PartnerLocation.id.in_(data.location_ids), PartnerLocation.organization_id == organization_id
                )
            )
        )
        for location_id in data.location_ids:
            if location_id not in found:
                raise ValidationFailed(
                    "location_ids",
                    QT_TRANSLATE_NOOP("DeskError", "Choose a location of the service's own organisation."),
                )

    def _audit_change(self, session: Session, actor: Actor, action: str, kind: RecordKind, record_id: str) -> None:
        self._audit.record(session, action, actor=actor, object_type=kind.value, object_id=record_id)

    @staticmethod
    def _reload_organization(session: Session, organization_id: str) -> OrganizationRecord:
        session.flush()
        session.expire_all()
        return organization_record(load_organization(session, organization_id), user_names(session))

    @staticmethod
    def _reload_service(session: Session, service_id: str) -> ServiceRecord:
        session.flush()
        session.expire_all()
        return service_record(load_service(session, service_id), user_names(session))


def _valid(result: tuple[T, list[ValidationFailed]]) -> T:
    cleaned, problems = result
    if problems:
        raise problems[0]
    return cleaned
