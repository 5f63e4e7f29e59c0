"""Importing a bundle of directory records: all or nothing, every problem reported by list, position and field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Organization, PartnerLocation, RecordChange, Service
from wsp_desk.domain.directory import ImportSummary, OrganizationRecord, RecordKind, ServiceRecord
from wsp_desk.domain.directory_checks import check_organization, check_service, duplicate_id
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.validation import check_id
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.directory.mapping import (
    ORGANIZATION_LOAD,
    SERVICE_LOAD,
    chunks,
    organization_data,
    record_state,
    service_data,
    stored_records,
)
from wsp_desk.services.directory.writer import RecordWriter, snapshot


@dataclass(frozen=True)
class BundleProblem:
    """A refusal of one record of an import: which list (`kind`), its position there, and the field's problem."""

    kind: RecordKind
    index: int
    error: ValidationFailed


class InvalidBundle(Exception):
    """An import with problems; nothing was written. The file import says where each problem is in the file."""

    def __init__(self, problems: list[BundleProblem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


class BundleImport:
    """The one way records from outside enter the directory: every file import writes through it."""

    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    def import_records(
        self,
        actor: Actor,
        organizations: Sequence[OrganizationRecord],
        services: Sequence[ServiceRecord],
        *,
        keep_edited: bool = False,
    ) -> ImportSummary:
        """Add or update records by id, all or nothing: with any problem nothing is written (InvalidBundle).

        The imported verification state is taken over; records the file does not name stay as they are. With
        `keep_edited`, so do the records someone at the desk has changed (their history names a user): an edit, a
        verification or an import of theirs is not undone.
        """
        require(actor, Action.EDIT_DIRECTORY)
        problems: list[BundleProblem] = []
        clean_organizations = [
            self._checked(RecordKind.ORGANIZATION, index, check_organization(record.data), record, problems)
            for index, record in enumerate(organizations)
        ]
        clean_services = [
            self._checked(RecordKind.SERVICE, index, check_service(record.data), record, problems)
            for index, record in enumerate(services)
        ]
        with self._database.write() as session:
            self._check_bundle(session, clean_organizations, clean_services, problems)
            if problems:
                raise InvalidBundle(problems)
            writer = RecordWriter(session, actor, self._clock.now())
            counts = {"added": 0, "updated": 0, "unchanged": 0, "kept": 0}
            stored_organizations = stored_records(
                session, Organization, ORGANIZATION_LOAD, [r.id for r in clean_organizations]
            )
            stored_services = stored_records(session, Service, SERVICE_LOAD, [r.id for r in clean_services])
            edited = (
                self._edited_at_the_desk(session, [*stored_organizations, *stored_services]) if keep_edited else set()
            )
            for org_record in clean_organizations:
                if org_record.id in edited:
                    counts["kept"] += 1
                    continue
                organization = stored_organizations.get(org_record.id)
                before = None
                if organization is None:
                    organization = Organization(id=org_record.id)
                else:
                    before = snapshot(organization_data(organization), record_state(organization))
                changed = writer.organization(organization, org_record.data, org_record.state, before)
                counts["added" if before is None else "updated" if changed else "unchanged"] += 1
            for service_record in clean_services:
                if service_record.id in edited:
                    counts["kept"] += 1
                    continue
                service = stored_services.get(service_record.id)
                before = None
                if service is None:
                    service = Service(id=service_record.id, organization_id=service_record.organization_id)
                else:
                    before = snapshot(service_data(service), record_state(service))
                    service.organization_id = service_record.organization_id
                changed = writer.service(service, service_record.data, service_record.state, before)
                counts["added" if before is None else "updated" if changed else "unchanged"] += 1
            summary = ImportSummary(**counts)
            self._audit.record(
                session,
                "directory_import",
                actor=actor,
                detail=f"added {summary.added}, updated {summary.updated}, unchanged {summary.unchanged}, "
                f"kept {summary.kept}",
            )
            return summary

    @staticmethod
    def _edited_at_the_desk(session: Session, record_ids: Sequence[str]) -> set[str]:
        """The records among `record_ids` whose change history names a user (set-up and the command line name none)."""
        edited: set[str] = set()
        for chunk in chunks(record_ids):
            edited.update(
                session.scalars(
                    select(RecordChange.object_id).where(
                        RecordChange.object_id.in_(chunk), RecordChange.actor_id.is_not(None)
                    )
                )
            )
        return edited

    @staticmethod
    def _checked(
        kind: RecordKind,
        index: int,
        result: tuple[Any, list[ValidationFailed]],
        record: Any,
        problems: list[BundleProblem],
    ) -> Any:
        cleaned, found = result
        problems.extend(BundleProblem(kind, index, error) for error in found)
        return replace(record, data=cleaned)

    @staticmethod
    def _check_bundle(
        session: Session,
        organizations: Sequence[OrganizationRecord],
        services: Sequence[ServiceRecord],
        problems: list[BundleProblem],
    ) -> None:
        """Rules across records: ids every database stores alike, unique ids, a known organisation for each service,
        locations that exist."""
        if not _ids_fit(organizations, services, problems):
            return  # the database is asked about valid ids only
        location_owner: dict[str, str] = {}
        seen: set[str] = set()
        for index, organization in enumerate(organizations):
            if organization.id in seen:
                problems.append(BundleProblem(RecordKind.ORGANIZATION, index, duplicate_id("id", organization.id)))
            seen.add(organization.id)
            for position, location in enumerate(organization.data.locations):
                if not location.id or location_owner.setdefault(location.id, organization.id) != organization.id:
                    problems.append(
                        BundleProblem(
                            RecordKind.ORGANIZATION, index, duplicate_id(f"locations[{position}].id", location.id)
                        )
                    )
        known_organizations = seen.union(
            *(
                session.scalars(select(Organization.id).where(Organization.id.in_(chunk)))
                for chunk in chunks({s.organization_id for s in services})
            )
        )
        wanted = {location_id for service in services for location_id in service.data.location_ids}
        stored_locations = {
            location_id: owner
            for chunk in chunks(wanted - location_owner.keys())
            for location_id, owner in session.execute(
                select(PartnerLocation.id, PartnerLocation.organization_id).where(PartnerLocation.id.in_(chunk))
            )
        }
        seen = set()
        for index, service in enumerate(services):
            if service.id in seen:
                problems.append(BundleProblem(RecordKind.SERVICE, index, duplicate_id("id", service.id)))
            seen.add(service.id)
            if service.organization_id not in known_organizations:
                problems.append(
                    BundleProblem(
                        RecordKind.SERVICE,
                        index,
                        ValidationFailed(
                            "organization_id",
                            QT_TRANSLATE_NOOP("DeskError", "There is no organisation with id {id}."),
                            id=service.organization_id,
                        ),
                    )
                )
            for location_id in service.data.location_ids:
                if location_id not in location_owner and location_id not in stored_locations:
                    problems.append(
                        BundleProblem(
                            RecordKind.SERVICE,
                            index,
                            ValidationFailed(
                                "location_ids",
                                QT_TRANSLATE_NOOP("DeskError", "There is no location with id {id}."),
                                id=location_id,
                            ),
                        )
                    )


def _ids_fit(
    organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord], problems: list[BundleProblem]
) -> bool:
    """Whether every id the records have or name is one the database can store (check_id); the others are
    problems."""
    before = len(problems)

    def check(kind: RecordKind, index: int, value: str, field: str) -> None:
        try:
            check_id(value, field)
        except ValidationFailed as error:
            problems.append(BundleProblem(kind, index, error))

    for index, organization in enumerate(organizations):
        check(RecordKind.ORGANIZATION, index, organization.id, "id")
        for position, location in enumerate(organization.data.locations):
            check(RecordKind.ORGANIZATION, index, location.id, f"locations[{position}].id")
    for index, service in enumerate(services):
        check(RecordKind.SERVICE, index, service.id, "id")
        check(RecordKind.SERVICE, index, service.organization_id, "organization_id")
        for location_id in service.data.location_ids:
            check(RecordKind.SERVICE, index, location_id, "location_ids")
    return len(problems) == before
