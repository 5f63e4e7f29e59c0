"""Writing directory records as HSDS 3.0 objects, the same directory always the same way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from wsp_desk.domain.directory import (
    ContactData,
    LocationData,
    MetadataData,
    OrganizationRecord,
    PhoneData,
    RecordState,
    ScheduleData,
    ServiceRecord,
)
from wsp_desk.domain.taxonomy import need_term
from wsp_desk.interop.hsds.vocabulary import NEEDS, PARTNER_KINDS, RECORD, TRUE, VISITOR_KINDS, derived_id


def _compact(values: dict[str, Any], *required: str) -> dict[str, Any]:
    """Leave out empty values (HSDS has no nulls, and "" is no valid e-mail or URI), except required fields."""
    return {key: value for key, value in values.items() if key in required or value not in (None, "", [], {})}


def _attribute(link_id: str, taxonomy: str, code: str, value: str = "", name: str = "") -> dict[str, Any]:
    return _compact(
        {
            "id": derived_id(link_id, "attribute", taxonomy, code),
            "link_id": link_id,
            "value": value,
            "taxonomy_term": {
                "id": derived_id(taxonomy, code),
                "code": code,
                "name": name or code,
                "description": name or code,
                "taxonomy": taxonomy,
            },
        }
    )


def _state_attributes(record_id: str, state: RecordState, assured_elsewhere: bool) -> list[dict[str, Any]]:
    attributes = [_attribute(record_id, RECORD, "to_verify", TRUE if state.to_verify else "false")]
    if state.archived:
        attributes.append(_attribute(record_id, RECORD, "archived", TRUE))
    if state.last_verified_on and not assured_elsewhere:
        attributes.append(_attribute(record_id, RECORD, "verified_on", state.last_verified_on.isoformat()))
    return attributes


def _phone(owner_id: str, index: int, phone: PhoneData) -> dict[str, Any]:
    return _compact(
        {
            "id": derived_id(owner_id, "phone", str(index)),
            "number": phone.number,
            "extension": int(phone.extension) if phone.extension else None,
            "type": phone.type,
            "description": phone.description,
        },
        "number",
    )


def _contact(owner_id: str, index: int, contact: ContactData) -> dict[str, Any]:
    contact_id = derived_id(owner_id, "contact", str(index))
    return _compact(
        {
            "id": contact_id,
            "name": contact.name,
            "title": contact.title,
            "department": contact.department,
            "email": contact.email,
            "phones": [_phone(contact_id, i, phone) for i, phone in enumerate(contact.phones)],
        }
    )


def _location(location: LocationData) -> dict[str, Any]:
    return _compact(
        {
            "id": location.id,
            "location_type": location.location_type,
            "url": location.url,
            "name": location.name,
            "description": location.description,
            "transportation": location.transportation,
            "latitude": location.latitude,
            "longitude": location.longitude,
            "addresses": [
                _compact(
                    {
                        "id": derived_id(location.id, "address", str(i)),
                        "attention": a.attention,
                        "address_1": a.address_1,
                        "address_2": a.address_2,
                        "city": a.city,
                        "region": a.region,
                        "state_province": a.state_province,
                        "postal_code": a.postal_code,
                        "country": a.country,
                        "address_type": a.address_type,
                    },
                    "address_1",
                    "city",
                    "state_province",
                    "postal_code",
                    "country",
                    "address_type",
                )
                for i, a in enumerate(location.addresses)
            ],
        },
        "location_type",
    )


def _metadata(record_id: str, kind: str, entries: Sequence[MetadataData]) -> list[dict[str, Any]]:
    """HSDS requires every field of a metadata entry: an unknown one is written empty."""
    return [
        {
            "id": derived_id(record_id, "metadata", str(index)),
            "resource_id": record_id,
            "resource_type": entry.resource_type or kind,
            "last_action_date": entry.last_action_date,
            "last_action_type": entry.last_action_type,
            "field_name": entry.field_name,
            "previous_value": entry.previous_value,
            "replacement_value": entry.replacement_value,
            "updated_by": entry.updated_by,
        }
        for index, entry in enumerate(entries)
    ]


def _schedule(service_id: str, index: int, schedule: ScheduleData) -> dict[str, Any]:
    schedule_id = derived_id(service_id, "schedule", str(index))
    return _compact(
        {
            "id": schedule_id,
            "valid_from": schedule.valid_from.isoformat() if schedule.valid_from else None,
            "valid_to": schedule.valid_to.isoformat() if schedule.valid_to else None,
            "freq": None if schedule.closed else "WEEKLY",
            "byday": ",".join(schedule.byday),
            "opens_at": schedule.opens_at.isoformat() if schedule.opens_at else None,
            "closes_at": schedule.closes_at.isoformat() if schedule.closes_at else None,
            "description": schedule.description,
            "attributes": [_attribute(schedule_id, RECORD, "closed", TRUE)] if schedule.closed else [],
        }
    )


def service_to_hsds(record: ServiceRecord) -> dict[str, Any]:
    """An HSDS service (without its organisation) as nested in an organisation."""
    data, sid = record.data, record.id
    attributes = [
        _attribute(sid, NEEDS, code, name=term.label_nl if (term := need_term(code)) else code)
        for code in data.need_codes
    ]
    attributes += [_attribute(sid, VISITOR_KINDS, kind) for kind in data.visitor_kinds]
    if data.how_to_refer:
        attributes.append(_attribute(sid, RECORD, "how_to_refer", data.how_to_refer))
    attributes += _state_attributes(sid, record.state, assured_elsewhere=True)
    return _compact(
        {
            "id": sid,
            "organization_id": record.organization_id,
            "name": data.name,
            "alternate_name": data.alternate_name,
            "description": data.description,
            "url": data.url,
            "email": data.email,
            "status": data.status,
            "interpretation_services": data.interpretation_services,
            "application_process": data.application_process,
            "fees_description": data.fees_description,
            "eligibility_description": data.eligibility_description,
            "minimum_age": data.minimum_age,
            "maximum_age": data.maximum_age,
            "assured_date": record.state.last_verified_on.isoformat() if record.state.last_verified_on else None,
            "alert": data.alert,
            "last_modified": record.updated_at.isoformat() if record.updated_at else None,
            "phones": [_phone(sid, i, phone) for i, phone in enumerate(data.phones)],
            "schedules": [_schedule(sid, i, schedule) for i, schedule in enumerate(data.schedules)],
            "service_areas": [
                {"id": derived_id(sid, "service_area", name), "name": name} for name in data.municipalities
            ],
            "service_at_locations": [
                {"id": derived_id(sid, "service_at_location", location_id), "location_id": location_id}
                for location_id in data.location_ids
            ],
            "languages": [
                _compact(
                    {
                        "id": derived_id(sid, "language", str(i)),
                        "name": lang.name,
                        "code": lang.code,
                        "note": lang.note,
                    }
                )
                for i, lang in enumerate(data.languages)
            ],
            "required_documents": [
                _compact({"id": derived_id(sid, "required_document", str(i)), "document": doc.document, "uri": doc.uri})
                for i, doc in enumerate(data.required_documents)
            ],
            "contacts": [_contact(sid, i, contact) for i, contact in enumerate(data.contacts)],
            "attributes": attributes,
            "metadata": _metadata(sid, "service", data.metadata),
        },
        "status",
    )


def organization_to_hsds(record: OrganizationRecord, services: Iterable[ServiceRecord]) -> dict[str, Any]:
    """An HSDS organisation with its locations and services nested ("organization_full")."""
    data, oid = record.data, record.id
    attributes = [_attribute(oid, PARTNER_KINDS, data.partner_kind)] if data.partner_kind else []
    attributes += _state_attributes(oid, record.state, assured_elsewhere=False)
    return _compact(
        {
            "id": oid,
            "name": data.name,
            "alternate_name": data.alternate_name,
            "description": data.description,
            "email": data.email,
            "website": data.website,
            "legal_status": data.legal_status,
            "contacts": [_contact(oid, i, contact) for i, contact in enumerate(data.contacts)],
            "phones": [_phone(oid, i, phone) for i, phone in enumerate(data.phones)],
            "locations": [_location(location) for location in data.locations],
            "attributes": attributes,
            "metadata": _metadata(oid, "organization", data.metadata),
            "services": [service_to_hsds(service) for service in services],
        },
        "description",
    )


def directory_to_hsds(
    organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]
) -> list[dict[str, Any]]:
    by_organization: dict[str, list[ServiceRecord]] = {}
    for service in services:
        by_organization.setdefault(service.organization_id, []).append(service)
    return [organization_to_hsds(org, by_organization.get(org.id, [])) for org in organizations]
