"""The partner directory's records as plain data, and the one canonical order of their parts.

`OrganizationData` and `ServiceData` are what a form edits and what an import brings; `OrganizationRecord` and
`ServiceRecord` add the identity, version and verification state. Child parts (contacts, phones, schedules,
languages, documents, addresses) are values of their record, kept in one canonical order so that the same data
always reads and exports the same way.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

# A verified record is due for another check after this long.
VERIFY_EVERY = timedelta(days=365)
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
OFFERED = "active"  # the one status under which a guide may offer a service to a visitor
PHONE_TYPES = ("voice", "cell", "text", "fax", "video", "pager", "textphone")
ADDRESS_TYPES = ("physical", "postal", "virtual")
# The last_action_type of a fact taken from a public page: updated_by is the page's address, last_action_date the
# date the page shows (as precise as it shows it: 2019-06-11, 2024-08 or 2024; empty when it shows none).
FROM_SOURCE = "source"


class RecordKind(enum.StrEnum):
    ORGANIZATION = "organization"
    SERVICE = "service"


class PartnerKind(enum.StrEnum):
    """What kind of partner an organisation is, as the municipal letter names them."""

    MUNICIPALITY = "municipality"
    EMPLOYER_SERVICE_POINT = "employer_service_point"
    UWV = "uwv"
    EDUCATION = "education"
    SBB = "sbb"
    LEARNING_WORK_DESK = "learning_work_desk"
    SOCIAL_ENTERPRISE = "social_enterprise"
    SOCIAL_PARTNER = "social_partner"
    DEBT_HELP = "debt_help"
    LANGUAGE = "language"
    HEALTH = "health"
    CHILDCARE = "childcare"
    OTHER = "other"


@dataclass(frozen=True)
class PhoneData:
    number: str
    extension: str = ""
    type: str = "voice"
    description: str = ""


@dataclass(frozen=True)
class ContactData:
    name: str = ""
    title: str = ""
    department: str = ""
    email: str = ""
    phones: tuple[PhoneData, ...] = ()


@dataclass(frozen=True)
class ScheduleData:
    """A weekly block (days, opens, closes; optionally only from/to a date) or, with `closed`, a closure of whole
    days from `valid_from` through `valid_to` (open-ended when empty)."""

    byday: tuple[str, ...] = ()
    opens_at: time | None = None
    closes_at: time | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    closed: bool = False
    description: str = ""


@dataclass(frozen=True)
class LanguageData:
    code: str = ""
    name: str = ""
    note: str = ""


@dataclass(frozen=True)
class DocumentData:
    document: str
    uri: str = ""


@dataclass(frozen=True)
class AddressData:
    address_1: str
    city: str
    postal_code: str = ""
    address_2: str = ""
    attention: str = ""
    region: str = ""
    state_province: str = ""
    country: str = "NL"
    address_type: str = "physical"


@dataclass(frozen=True)
class LocationData:
    """Where an organisation receives people; its services refer to it by id."""

    id: str = ""
    name: str = ""
    description: str = ""
    transportation: str = ""
    url: str = ""
    latitude: float | None = None
    longitude: float | None = None
    location_type: str = "physical"
    addresses: tuple[AddressData, ...] = ()


@dataclass(frozen=True)
class MetadataData:
    """Where one field of a record comes from, or who changed it (HSDS `metadata`). `field_name` is the record's
    field (website, phones, locations, schedules…); `resource_type` the HSDS object it is about, empty for the
    record itself."""

    field_name: str
    last_action_type: str = FROM_SOURCE
    last_action_date: str = ""
    updated_by: str = ""
    previous_value: str = ""
    replacement_value: str = ""
    resource_type: str = ""


@dataclass(frozen=True)
class OrganizationData:
    name: str
    description: str = ""
    alternate_name: str = ""
    email: str = ""
    website: str = ""
    legal_status: str = ""
    partner_kind: str = ""
    contacts: tuple[ContactData, ...] = ()
    phones: tuple[PhoneData, ...] = ()
    locations: tuple[LocationData, ...] = ()
    metadata: tuple[MetadataData, ...] = ()


@dataclass(frozen=True)
class ServiceData:
    name: str
    description: str = ""
    alternate_name: str = ""
    url: str = ""
    email: str = ""
    status: str = "active"
    eligibility_description: str = ""
    application_process: str = ""
    how_to_refer: str = ""
    fees_description: str = ""
    interpretation_services: str = ""
    alert: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    need_codes: tuple[str, ...] = ()
    # Empty means every kind of visitor, every municipality of the region.
    visitor_kinds: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    contacts: tuple[ContactData, ...] = ()
    phones: tuple[PhoneData, ...] = ()
    schedules: tuple[ScheduleData, ...] = ()
    languages: tuple[LanguageData, ...] = ()
    required_documents: tuple[DocumentData, ...] = ()
    location_ids: tuple[str, ...] = ()
    metadata: tuple[MetadataData, ...] = ()


D = TypeVar("D", OrganizationData, ServiceData)


def current_metadata(old: D, new: D) -> tuple[MetadataData, ...]:
    """The metadata of `new` that still describes it: an entry carried over from `old` (an edit keeps the record's
    metadata) is dropped when its field changed, for the change is no longer what the source says."""
    kept = set(old.metadata)
    return tuple(
        entry
        for entry in new.metadata
        if entry not in kept
        or not hasattr(new, entry.field_name)
        or getattr(old, entry.field_name) == getattr(new, entry.field_name)
    )


class Fact(enum.StrEnum):
    """A fact a guide needs to refer a visitor, in the order a coordinator completes a record."""

    ADDRESS = "address"
    PHONE = "phone"
    EMAIL = "email"
    OPENING_HOURS = "opening_hours"
    CONTACT_PERSON = "contact_person"
    WEBSITE = "website"


def missing_facts(organization: OrganizationData, service: ServiceData | None = None) -> tuple[Fact, ...]:
    """What an organisation, or a service with the organisation it falls back on, still lacks. Opening hours are a
    service's own; an organisation has none."""
    contacts = organization.contacts + (service.contacts if service else ())
    has = {
        Fact.ADDRESS: any(location.addresses for location in organization.locations),
        Fact.PHONE: bool(organization.phones or (service and service.phones) or any(c.phones for c in contacts)),
        Fact.EMAIL: bool(organization.email or (service and service.email) or any(c.email for c in contacts)),
        Fact.OPENING_HOURS: service is None or bool(service.schedules),
        Fact.CONTACT_PERSON: any(contact.name for contact in contacts),
        Fact.WEBSITE: bool(organization.website or (service and service.url)),
    }
    return tuple(fact for fact in Fact if not has[fact])


class Trust(enum.StrEnum):
    """How far a guide can rely on a record without checking it with the partner first."""

    VERIFIED = "verified"  # a coordinator confirmed it within VERIFY_EVERY
    TO_VERIFY = "to_verify"  # flagged, or never confirmed
    OVERDUE = "overdue"  # confirmed longer than VERIFY_EVERY ago


def record_trust(to_verify: bool, last_verified_on: date | None, today: date) -> Trust:
    if to_verify or last_verified_on is None:
        return Trust.TO_VERIFY
    if last_verified_on < verification_due(today):
        return Trust.OVERDUE
    return Trust.VERIFIED


def verification_due(today: date) -> date:
    """A record last verified before this day is overdue for a check."""
    return today - VERIFY_EVERY


@dataclass(frozen=True)
class RecordState:
    """How far to trust a record: `to_verify` until a coordinator confirms it; archived records are hidden."""

    to_verify: bool = True
    last_verified_on: date | None = None
    archived: bool = False

    def trust(self, today: date) -> Trust:
        return record_trust(self.to_verify, self.last_verified_on, today)


@dataclass(frozen=True)
class OrganizationRecord:
    """An organisation as stored (version > 0) or as brought by an import (version 0)."""

    id: str
    data: OrganizationData
    state: RecordState = RecordState()
    version: int = 0
    last_verified_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ServiceRecord:
    """A service as stored (version > 0) or as brought by an import (version 0); `locations` are the resolved
    `data.location_ids` of stored records."""

    id: str
    organization_id: str
    data: ServiceData
    state: RecordState = RecordState()
    version: int = 0
    organization_name: str = ""
    locations: tuple[LocationData, ...] = ()
    last_verified_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ImportSummary:
    """`kept`: records left as someone at the desk changed them (only an import that keeps those counts them)."""

    added: int
    updated: int
    unchanged: int
    kept: int = 0


# --- the canonical order ------------------------------------------------------------------------------------------


def phone_order(phone: PhoneData) -> tuple[str, ...]:
    return (phone.type, phone.number, phone.extension, phone.description)


def contact_order(contact: ContactData) -> tuple[str, ...]:
    return (contact.name.casefold(), contact.department, contact.title, contact.email)


def schedule_order(schedule: ScheduleData) -> tuple[Any, ...]:
    first_day = min((WEEKDAYS.index(day) for day in schedule.byday if day in WEEKDAYS), default=7)
    return (
        schedule.closed,
        schedule.valid_from or date.min,
        first_day,
        schedule.opens_at or time.min,
        schedule.byday,
        schedule.closes_at or time.min,
        schedule.valid_to or date.max,
        schedule.description,
    )


def language_order(language: LanguageData) -> tuple[str, ...]:
    return (language.code, language.name, language.note)


def document_order(document: DocumentData) -> tuple[str, ...]:
    return (document.document.casefold(), document.uri)


def address_order(address: AddressData) -> tuple[str, ...]:
    return (address.address_type, address.city, address.address_1, address.postal_code)


def location_order(location: LocationData) -> tuple[str, ...]:
    return (location.name.casefold(), location.id)


def metadata_order(entry: MetadataData) -> tuple[str, ...]:
    return (
        entry.field_name,
        entry.resource_type,
        entry.last_action_date,
        entry.last_action_type,
        entry.updated_by,
        entry.previous_value,
        entry.replacement_value,
    )
