"""Writing plain directory records onto ORM rows, with the change history: the one path of edits and imports.

Every change lands in RecordChange (who, when, field, old → new) in the same transaction as the change itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import Delete, delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from wsp_desk.db.models import (
    Address,
    Contact,
    Language,
    NeedTag,
    Organization,
    PartnerLocation,
    Phone,
    RecordChange,
    RecordMetadata,
    RequiredDocument,
    Schedule,
    Service,
    ServiceAtLocation,
    new_uuid,
)
from wsp_desk.domain.directory import (
    ContactData,
    LocationData,
    MetadataData,
    OrganizationData,
    PhoneData,
    RecordKind,
    RecordState,
    ServiceData,
    current_metadata,
)
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.directory.mapping import organization_data, service_data


def _describe(value: object) -> str:
    """One readable line (or one line per item) for the change history."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return "\n".join(_describe(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        parts = (_describe(getattr(value, f.name)) for f in fields(value))
        return " | ".join(part.replace("\n", ", ") for part in parts if part)
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def snapshot(data: OrganizationData | ServiceData, state: RecordState) -> dict[str, str]:
    values = {f.name: _describe(getattr(data, f.name)) for f in fields(data)}
    values.update({f.name: _describe(getattr(state, f.name)) for f in fields(state)})
    return values


class RecordWriter:
    """Writes plain data onto ORM rows within one write session: the one path of edits and imports alike."""

    def __init__(self, session: Session, actor: Actor | None, now: datetime, *, verifying: bool = False) -> None:
        self.session = session
        self.actor_id = actor.user_id if actor else None
        self.now = now
        # Only a coordinator's "verify" names a verifier; an imported date of verification names nobody.
        self.verifier_id = self.actor_id if verifying else None
        self._need_tags: dict[str, NeedTag] | None = None

    def note(self, kind: RecordKind, record_id: str, changes: dict[str, tuple[str, str]]) -> None:
        self.session.add_all(
            RecordChange(
                object_type=kind.value,
                object_id=record_id,
                at=self.now,
                actor_id=self.actor_id,
                field=name,
                old_value=old,
                new_value=new,
            )
            for name, (old, new) in changes.items()
        )

    @staticmethod
    def diff(before: dict[str, str] | None, after: dict[str, str]) -> dict[str, tuple[str, str]]:
        if before is None:
            return {"record": ("", "created")}
        return {name: (before[name], value) for name, value in after.items() if before[name] != value}

    def _add_phones(self, phones: Iterable[PhoneData], **owner: str) -> None:
        self.session.add_all(
            Phone(number=p.number, extension=p.extension, type=p.type, description=p.description, **owner)
            for p in phones
        )

    def _add_contacts(self, contacts: Iterable[ContactData], **owner: str) -> None:
        for item in contacts:
            contact = Contact(
                id=new_uuid(), name=item.name, title=item.title, department=item.department, email=item.email, **owner
            )
            self.session.add(contact)
            self._add_phones(item.phones, contact_id=contact.id)

    @staticmethod
    def _contact_rows(**owner: str | None) -> tuple[Delete, Delete]:
        contact_ids = select(Contact.id).filter_by(**owner)
        return delete(Phone).where(Phone.contact_id.in_(contact_ids)), delete(Contact).filter_by(**owner)

    def _clear(self, fresh: bool, *statements: Delete) -> None:
        """Remove the child rows about to be replaced (a new record has none: no need to ask)."""
        if not fresh:
            for statement in statements:
                self.session.execute(statement)

    def _add_metadata(self, entries: Iterable[MetadataData], **owner: str) -> None:
        self.session.add_all(
            RecordMetadata(**{f.name: getattr(entry, f.name) for f in fields(entry)}, **owner) for entry in entries
        )

    def organization(
        self, organization: Organization, data: OrganizationData, state: RecordState, before: dict[str, str] | None
    ) -> bool:
        old = organization_data(organization) if before is not None else OrganizationData(name="")
        data = replace(data, metadata=current_metadata(old, data))
        changes = self.diff(before, snapshot(data, state))
        if not changes:
            return False
        for name in ("name", "description", "alternate_name", "email", "website", "legal_status", "partner_kind"):
            setattr(organization, name, getattr(data, name))
        self._state(organization, state)
        self.session.add(organization)
        # Its own contacts and phones know it by id only: it must be stored before them.
        self.session.flush()
        fresh = before is None
        owner = {"organization_id": organization.id}
        if old.contacts != data.contacts:
            self._clear(fresh, *self._contact_rows(organization_id=organization.id, service_id=None))
            self._add_contacts(data.contacts, **owner)
        if old.phones != data.phones:
            self._clear(
                fresh,
                delete(Phone).where(
                    Phone.organization_id == organization.id, Phone.service_id.is_(None), Phone.contact_id.is_(None)
                ),
            )
            self._add_phones(data.phones, **owner)
        if old.locations != data.locations:
            self._locations(organization, old.locations, data.locations)
        if old.metadata != data.metadata:
            self._clear(
                fresh,
                delete(RecordMetadata).where(
                    RecordMetadata.organization_id == organization.id, RecordMetadata.service_id.is_(None)
                ),
            )
            self._add_metadata(data.metadata, **owner)
        self.note(RecordKind.ORGANIZATION, organization.id, changes)
        return True

    def _locations(self, organization: Organization, old: Sequence[LocationData], new: Sequence[LocationData]) -> None:
        kept = {location.id for location in new if location.id}
        for location in old:
            if location.id not in kept:
                self.session.execute(delete(ServiceAtLocation).where(ServiceAtLocation.location_id == location.id))
                self.session.execute(delete(Address).where(Address.location_id == location.id))
                self.session.execute(delete(PartnerLocation).where(PartnerLocation.id == location.id))
        current = {location.id: location for location in old}
        for item in new:
            if item.id and current.get(item.id) == item:
                continue
            stored = item.id in current
            row = (
                self.session.get_one(PartnerLocation, item.id) if stored else PartnerLocation(id=item.id or new_uuid())
            )
            row.organization_id = organization.id
            for name in ("name", "description", "transportation", "url", "latitude", "longitude", "location_type"):
                setattr(row, name, getattr(item, name))
            self.session.add(row)
            self._clear(not stored, delete(Address).where(Address.location_id == row.id))
            self.session.add_all(
                Address(location_id=row.id, **{f.name: getattr(a, f.name) for f in fields(a)}) for a in item.addresses
            )

    def service(self, service: Service, data: ServiceData, state: RecordState, before: dict[str, str] | None) -> bool:
        old = service_data(service) if before is not None else ServiceData(name="")
        data = replace(data, metadata=current_metadata(old, data))
        changes = self.diff(before, snapshot(data, state))
        if not changes:
            return False
        # Looked up before the row changes: a query would flush it early and bump its version twice.
        need_tags = [self._need_tag(code) for code in data.need_codes]
        for name in (
            "name",
            "description",
            "alternate_name",
            "url",
            "email",
            "status",
            "eligibility_description",
            "application_process",
            "how_to_refer",
            "fees_description",
            "interpretation_services",
            "alert",
            "minimum_age",
            "maximum_age",
        ):
            setattr(service, name, getattr(data, name))
        service.municipalities = list(data.municipalities)
        service.visitor_kinds = list(data.visitor_kinds)
        service.need_tags = need_tags
        self._state(service, state)
        self.session.add(service)
        fresh = before is None
        owner = {"service_id": service.id}
        if old.contacts != data.contacts:
            self._clear(fresh, *self._contact_rows(service_id=service.id))
            self._add_contacts(data.contacts, **owner)
        if old.phones != data.phones:
            self._clear(fresh, delete(Phone).where(Phone.service_id == service.id))
            self._add_phones(data.phones, **owner)
        if old.schedules != data.schedules:
            self._clear(fresh, delete(Schedule).where(Schedule.service_id == service.id))
            self.session.add_all(
                Schedule(
                    byday=",".join(s.byday),
                    opens_at=s.opens_at,
                    closes_at=s.closes_at,
                    valid_from=s.valid_from,
                    valid_to=s.valid_to,
                    closed=s.closed,
                    description=s.description,
                    **owner,
                )
                for s in data.schedules
            )
        if old.languages != data.languages:
            self._clear(fresh, delete(Language).where(Language.service_id == service.id))
            self.session.add_all(Language(code=x.code, name=x.name, note=x.note, **owner) for x in data.languages)
        if old.required_documents != data.required_documents:
            self._clear(fresh, delete(RequiredDocument).where(RequiredDocument.service_id == service.id))
            self.session.add_all(
                RequiredDocument(document=d.document, uri=d.uri, **owner) for d in data.required_documents
            )
        if old.location_ids != data.location_ids:
            self._clear(fresh, delete(ServiceAtLocation).where(ServiceAtLocation.service_id == service.id))
            self.session.add_all(
                ServiceAtLocation(location_id=location_id, **owner) for location_id in data.location_ids
            )
        if old.metadata != data.metadata:
            self._clear(fresh, delete(RecordMetadata).where(RecordMetadata.service_id == service.id))
            self._add_metadata(data.metadata, **owner)
        self.note(RecordKind.SERVICE, service.id, changes)
        return True

    def _state(self, record: Organization | Service, state: RecordState) -> None:
        record.to_verify = state.to_verify
        record.archived = state.archived
        if record.last_verified_on != state.last_verified_on:
            record.last_verified_on = state.last_verified_on
            record.last_verified_by_id = self.verifier_id if state.last_verified_on else None
        # Touching the row makes the version check and bump happen also when only child rows changed.
        record.updated_at = self.now
        flag_modified(record, "updated_at")

    def _need_tag(self, code: str) -> NeedTag:
        if self._need_tags is None:
            self._need_tags = {tag.code: tag for tag in self.session.scalars(select(NeedTag))}
        tag = self._need_tags.get(code)
        if tag is None:  # the taxonomy file knows it but the table was not synced yet
            raise ValidationFailed(
                "need_codes", QT_TRANSLATE_NOOP("DeskError", "'{code}' is not a known need."), code=code
            )
        return tag
