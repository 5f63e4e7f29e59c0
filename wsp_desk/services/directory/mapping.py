"""Between the directory's ORM rows and its plain records: loading options, loaders and the conversions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from wsp_desk.db.models import (
    Contact,
    Organization,
    PartnerLocation,
    Phone,
    RecordMetadata,
    Service,
    ServiceAtLocation,
    User,
)
from wsp_desk.domain.directory import (
    AddressData,
    ContactData,
    DocumentData,
    LanguageData,
    LocationData,
    MetadataData,
    OrganizationData,
    OrganizationRecord,
    PhoneData,
    RecordState,
    ScheduleData,
    ServiceData,
    ServiceRecord,
    address_order,
    contact_order,
    document_order,
    language_order,
    location_order,
    metadata_order,
    phone_order,
    schedule_order,
)
from wsp_desk.errors import ConflictError, NotFound
from wsp_desk.i18n import QT_TRANSLATE_NOOP


def _phone_data(phone: Phone) -> PhoneData:
    return PhoneData(phone.number, phone.extension, phone.type, phone.description)


def _contact_data(contact: Contact) -> ContactData:
    return ContactData(contact.name, contact.title, contact.department, contact.email, _sorted_phones(contact.phones))


def _sorted_phones(phones: Iterable[Phone]) -> tuple[PhoneData, ...]:
    return tuple(sorted((_phone_data(p) for p in phones), key=phone_order))


def _sorted_contacts(contacts: Iterable[Contact]) -> tuple[ContactData, ...]:
    return tuple(sorted((_contact_data(c) for c in contacts), key=contact_order))


def _sorted_metadata(entries: Iterable[RecordMetadata]) -> tuple[MetadataData, ...]:
    return tuple(
        sorted(
            (
                MetadataData(
                    e.field_name,
                    e.last_action_type,
                    e.last_action_date,
                    e.updated_by,
                    e.previous_value,
                    e.replacement_value,
                    e.resource_type,
                )
                for e in entries
            ),
            key=metadata_order,
        )
    )


def location_data(location: PartnerLocation) -> LocationData:
    addresses = (
        AddressData(
            a.address_1,
            a.city,
            a.postal_code,
            a.address_2,
            a.attention,
            a.region,
            a.state_province,
            a.country,
            a.address_type,
        )
        for a in location.addresses
    )
    return LocationData(
        location.id,
        location.name,
        location.description,
        location.transportation,
        location.url,
        location.latitude,
        location.longitude,
        location.location_type,
        tuple(sorted(addresses, key=address_order)),
    )


def organization_data(organization: Organization) -> OrganizationData:
    return OrganizationData(
        name=organization.name,
        description=organization.description,
        alternate_name=organization.alternate_name,
        email=organization.email,
        website=organization.website,
        legal_status=organization.legal_status,
        partner_kind=organization.partner_kind,
        contacts=_sorted_contacts(organization.contacts),
        phones=_sorted_phones(organization.phones),
        locations=tuple(
            sorted(
                (location_data(location) for location in organization.locations),
                key=location_order,
            )
        ),
        metadata=_sorted_metadata(organization.metadata_entries),
    )


def service_data(service: Service) -> ServiceData:
    schedules = (
        ScheduleData(
            tuple(day for day in s.byday.split(",") if day),
            s.opens_at,
            s.closes_at,
            s.valid_from,
            s.valid_to,
            s.closed,
            s.description,
        )
        for s in service.schedules
    )
    return ServiceData(
        name=service.name,
        description=service.description,
        alternate_name=service.alternate_name,
        url=service.url,
        email=service.email,
        status=service.status,
        eligibility_description=service.eligibility_description,
        application_process=service.application_process,
        how_to_refer=service.how_to_refer,
        fees_description=service.fees_description,
        interpretation_services=service.interpretation_services,
        alert=service.alert,
        minimum_age=service.minimum_age,
        maximum_age=service.maximum_age,
        need_codes=tuple(sorted(tag.code for tag in service.need_tags)),
        visitor_kinds=tuple(sorted(service.visitor_kinds)),
        municipalities=tuple(sorted(service.municipalities)),
        contacts=_sorted_contacts(service.contacts),
        phones=_sorted_phones(service.phones),
        schedules=tuple(sorted(schedules, key=schedule_order)),
        languages=tuple(
            sorted(
                (LanguageData(lang.code, lang.name, lang.note) for lang in service.languages),
                key=language_order,
            )
        ),
        required_documents=tuple(
            sorted(
                (DocumentData(doc.document, doc.uri) for doc in service.required_documents),
                key=document_order,
            )
        ),
        location_ids=tuple(sorted(link.location_id for link in service.service_at_locations)),
        metadata=_sorted_metadata(service.metadata_entries),
    )


def record_state(record: Organization | Service) -> RecordState:
    return RecordState(record.to_verify, record.last_verified_on, record.archived)


ORGANIZATION_LOAD = (
    selectinload(Organization.contacts).selectinload(Contact.phones),
    selectinload(Organization.phones),
    selectinload(Organization.locations).selectinload(PartnerLocation.addresses),
    selectinload(Organization.metadata_entries),
)
SERVICE_LOAD = (
    selectinload(Service.organization),
    selectinload(Service.need_tags),
    selectinload(Service.contacts).selectinload(Contact.phones),
    selectinload(Service.phones),
    selectinload(Service.schedules),
    selectinload(Service.languages),
    selectinload(Service.required_documents),
    selectinload(Service.metadata_entries),
    selectinload(Service.service_at_locations)
    .selectinload(ServiceAtLocation.location)
    .selectinload(PartnerLocation.addresses),
)


M = TypeVar("M", Organization, Service)


def chunks(ids: Collection[str]) -> Iterator[list[str]]:
    """`ids` in lists short enough for an IN clause on every database (PostgreSQL takes at most 65,535 parameters
    in one statement, SQLite 32,766)."""
    values = list(ids)
    for start in range(0, len(values), 1000):
        yield values[start : start + 1000]


def stored_records(session: Session, model: type[M], load: Sequence[Any], ids: Sequence[str]) -> dict[str, M]:
    """The stored records among `ids`, with what a comparison reads loaded."""
    found: dict[str, M] = {}
    for chunk in chunks(ids):
        query = select(model).options(*load).where(model.id.in_(chunk))
        found.update((record.id, record) for record in session.scalars(query))
    return found


def user_names(session: Session) -> dict[int | None, str]:
    return {user_id: name for user_id, name in session.execute(select(User.id, User.display_name))}


def load_organization(session: Session, organization_id: str, expected_version: int | None = None) -> Organization:
    organization = session.scalar(
        select(Organization)
        .options(*ORGANIZATION_LOAD)
        .where(Organization.id == organization_id)
        .execution_options(populate_existing=True)
    )
    if organization is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This organisation is not in the directory."))
    if expected_version is not None and organization.version != expected_version:
        raise ConflictError()
    return organization


def load_service(session: Session, service_id: str, expected_version: int | None = None) -> Service:
    service = session.scalar(
        select(Service).options(*SERVICE_LOAD).where(Service.id == service_id).execution_options(populate_existing=True)
    )
    if service is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This service is not in the directory."))
    if expected_version is not None and service.version != expected_version:
        raise ConflictError()
    return service


def organization_record(organization: Organization, names: dict[int | None, str]) -> OrganizationRecord:
    return OrganizationRecord(
        organization.id,
        organization_data(organization),
        record_state(organization),
        organization.version,
        names.get(organization.last_verified_by_id, ""),
        organization.updated_at,
    )


def service_record(service: Service, names: dict[int | None, str]) -> ServiceRecord:
    locations = sorted((location_data(link.location) for link in service.service_at_locations), key=lambda loc: loc.id)
    return ServiceRecord(
        service.id,
        service.organization_id,
        service_data(service),
        record_state(service),
        service.version,
        service.organization.name,
        tuple(locations),
        names.get(service.last_verified_by_id, ""),
        service.updated_at,
    )
