"""The partner directory: organisations and their services, kept by coordinators and read by everyone at the desk.

Records travel as plain data: `OrganizationData` and `ServiceData` are what a form edits and what an import brings;
`OrganizationRecord` and `ServiceRecord` add the identity, version and verification state. Child rows (contacts,
phones, schedules, languages, documents, addresses) are values of their record: an edit replaces them as a whole,
and they are kept in one canonical order so that the same data always reads and exports the same way.

Every change lands in RecordChange (who, when, field, old → new) and the audit trail in the same transaction; an edit
names the version it started from, and a newer version in the database refuses it (ConflictError).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Delete, delete, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import (
    Address,
    Contact,
    DirectoryReport,
    Language,
    NeedTag,
    Organization,
    PartnerLocation,
    Phone,
    RecordChange,
    RequiredDocument,
    Schedule,
    Service,
    ServiceAtLocation,
    User,
    VisitorKind,
    new_uuid,
)
from wsp_desk.errors import ConflictError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.permissions import Action, Actor, require
from wsp_desk.services.taxonomy import need_term
from wsp_desk.services.validation import (
    limit_text,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_url,
)

T = TypeVar("T")

# A verified record is due for another check after this long.
VERIFY_EVERY = timedelta(days=365)
LONG_TEXT = 10_000
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
PHONE_TYPES = ("voice", "cell", "text", "fax", "video", "pager", "textphone")
ADDRESS_TYPES = ("physical", "postal", "virtual")
MUNICIPALITIES = ("Den Haag", "Delft", "Rijswijk", "Westland", "Midden-Delfland")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_EXTENSION = re.compile(r"^\d{0,16}$")


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


# --- plain data ---------------------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class RecordState:
    """How far to trust a record: `to_verify` until a coordinator confirms it; archived records are hidden."""

    to_verify: bool = True
    last_verified_on: date | None = None
    archived: bool = False


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
class ChangeEntry:
    at: datetime
    actor_name: str
    field: str
    old_value: str
    new_value: str


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
    """A record for the coordinator to check: flagged `to_verify`, or verified too long ago (`overdue`)."""

    kind: RecordKind
    record_id: str
    name: str
    version: int
    to_verify: bool
    last_verified_on: date | None
    overdue: bool


@dataclass(frozen=True)
class Todo:
    to_verify: list[TodoItem]
    reports: list[ReportEntry]


@dataclass(frozen=True)
class DirectoryChanges:
    """What changed after a revision: ids of changed organisations and services, and the new revision."""

    revision: int
    organization_ids: frozenset[str]
    service_ids: frozenset[str]


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class BundleProblem:
    """A refusal of one record of an import: which list (`kind`), its position there, and the field's problem."""

    kind: RecordKind
    index: int
    error: ValidationFailed


class InvalidBundle(Exception):
    """An import with problems; nothing was written. The interop layer says where each problem is in the file."""

    def __init__(self, problems: list[BundleProblem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


# --- validation -------------------------------------------------------------------------------------------------


class _Check:
    """Collects every refusal instead of stopping at the first, so an import can report them all."""

    def __init__(self) -> None:
        self.problems: list[ValidationFailed] = []

    def normalised(self, normalise: Callable[[str, str], str], value: str, field_name: str) -> str:
        """`value` through one of the validation module's normalisers, or as it was when refused."""
        try:
            return normalise(value, field_name)
        except ValidationFailed as error:
            self.problems.append(error)
            return value

    def fail(self, field_name: str, template: str, **values: Any) -> None:
        self.problems.append(ValidationFailed(field_name, template, **values))

    def text(self, value: str, maximum: int, field_name: str, *, required: bool = False) -> str:
        cleaned = self.normalised(lambda text, name: limit_text(text, maximum, name), value, field_name).strip()
        if required and not cleaned:
            self.fail(field_name, QT_TRANSLATE_NOOP("DeskError", "This field is required."))
        return cleaned

    def choice(self, value: str, choices: Sequence[str], field_name: str) -> str:
        if value not in choices:
            self.fail(
                field_name,
                QT_TRANSLATE_NOOP("DeskError", "'{value}' is not one of: {choices}."),
                value=value,
                choices=", ".join(choices),
            )
        return value


def _phones(check: _Check, phones: Iterable[PhoneData], prefix: str) -> tuple[PhoneData, ...]:
    cleaned = []
    for index, phone in enumerate(phones):
        at = f"{prefix}[{index}]."
        number = check.normalised(normalise_phone, phone.number, at + "number")
        if not number:
            check.fail(at + "number", QT_TRANSLATE_NOOP("DeskError", "This field is required."))
        extension = phone.extension.strip()
        if not _EXTENSION.match(extension):
            check.fail(at + "extension", QT_TRANSLATE_NOOP("DeskError", "An extension has digits only."))
        cleaned.append(
            PhoneData(
                number,
                extension,
                check.choice(phone.type.strip() or "voice", PHONE_TYPES, at + "type"),
                check.text(phone.description, LONG_TEXT, at + "description"),
            )
        )
    return tuple(sorted(set(cleaned), key=lambda p: (p.type, p.number, p.extension, p.description)))


def _contacts(check: _Check, contacts: Iterable[ContactData], prefix: str) -> tuple[ContactData, ...]:
    cleaned = []
    for index, contact in enumerate(contacts):
        at = f"{prefix}[{index}]."
        item = ContactData(
            check.text(contact.name, 255, at + "name"),
            check.text(contact.title, 255, at + "title"),
            check.text(contact.department, 255, at + "department"),
            check.normalised(normalise_email, contact.email, at + "email"),
            _phones(check, contact.phones, at + "phones"),
        )
        if not (item.name or item.department or item.email or item.phones):
            check.fail(at + "name", QT_TRANSLATE_NOOP("DeskError", "A contact needs a name, department or e-mail."))
        cleaned.append(item)
    return tuple(sorted(cleaned, key=lambda c: (c.name.casefold(), c.department, c.title, c.email)))


def _schedule_key(schedule: ScheduleData) -> tuple[Any, ...]:
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


def _schedules(check: _Check, schedules: Iterable[ScheduleData]) -> tuple[ScheduleData, ...]:
    cleaned = []
    for index, schedule in enumerate(schedules):
        at = f"schedules[{index}]."
        days = tuple(dict.fromkeys(day.strip().upper() for day in schedule.byday if day.strip()))
        for day in days:
            check.choice(day, WEEKDAYS, at + "byday")
        days = tuple(sorted(days, key=lambda d: WEEKDAYS.index(d) if d in WEEKDAYS else 7))
        if schedule.valid_from and schedule.valid_to and schedule.valid_to < schedule.valid_from:
            check.fail(at + "valid_to", QT_TRANSLATE_NOOP("DeskError", "The end date comes before the start date."))
        if schedule.closed:
            if schedule.valid_from is None:
                check.fail(at + "valid_from", QT_TRANSLATE_NOOP("DeskError", "A closure needs a first day."))
            item = ScheduleData(
                (), None, None, schedule.valid_from, schedule.valid_to, True, check.text(schedule.description, 2000, at)
            )
        else:
            if not days:
                check.fail(at + "byday", QT_TRANSLATE_NOOP("DeskError", "Choose the days of the week."))
            if schedule.opens_at is None or schedule.closes_at is None:
                check.fail(at + "opens_at", QT_TRANSLATE_NOOP("DeskError", "Enter an opening and a closing time."))
            elif schedule.closes_at <= schedule.opens_at:
                check.fail(
                    at + "closes_at", QT_TRANSLATE_NOOP("DeskError", "The closing time comes before the opening time.")
                )
            item = ScheduleData(
                days,
                schedule.opens_at,
                schedule.closes_at,
                schedule.valid_from,
                schedule.valid_to,
                False,
                check.text(schedule.description, 2000, at + "description"),
            )
        cleaned.append(item)
    return tuple(sorted(set(cleaned), key=_schedule_key))


def _languages(check: _Check, languages: Iterable[LanguageData]) -> tuple[LanguageData, ...]:
    cleaned = []
    for index, language in enumerate(languages):
        at = f"languages[{index}]."
        code = language.code.strip()
        if code and not _LANGUAGE_CODE.match(code):
            check.fail(
                at + "code",
                QT_TRANSLATE_NOOP("DeskError", "'{code}' is not a language code. Example: nl, en, ar."),
                code=code,
            )
        item = LanguageData(code, check.text(language.name, 120, at + "name"), check.text(language.note, 2000, at))
        if not (item.code or item.name):
            check.fail(at + "name", QT_TRANSLATE_NOOP("DeskError", "A language needs a code or a name."))
        cleaned.append(item)
    return tuple(sorted(set(cleaned), key=lambda lang: (lang.code, lang.name, lang.note)))


def _addresses(check: _Check, addresses: Iterable[AddressData], prefix: str) -> tuple[AddressData, ...]:
    cleaned = []
    for index, address in enumerate(addresses):
        at = f"{prefix}[{index}]."
        country = address.country.strip().upper() or "NL"
        if not _COUNTRY.match(country):
            check.fail(at + "country", QT_TRANSLATE_NOOP("DeskError", "A country is a two-letter code, like NL."))
        postal_code = (
            check.normalised(normalise_postcode, address.postal_code, at + "postal_code")
            if country == "NL"
            else check.text(address.postal_code, 16, at + "postal_code")
        )
        cleaned.append(
            AddressData(
                check.text(address.address_1, 255, at + "address_1", required=True),
                check.text(address.city, 120, at + "city", required=True),
                postal_code,
                check.text(address.address_2, 255, at + "address_2"),
                check.text(address.attention, 255, at + "attention"),
                check.text(address.region, 120, at + "region"),
                check.text(address.state_province, 120, at + "state_province"),
                country,
                check.choice(address.address_type.strip() or "physical", ADDRESS_TYPES, at + "address_type"),
            )
        )
    return tuple(sorted(set(cleaned), key=lambda a: (a.address_type, a.city, a.address_1, a.postal_code)))


def _locations(check: _Check, locations: Iterable[LocationData]) -> tuple[LocationData, ...]:
    cleaned = []
    for index, location in enumerate(locations):
        at = f"locations[{index}]."
        cleaned.append(
            LocationData(
                location.id.strip(),
                check.text(location.name, 255, at + "name"),
                check.text(location.description, LONG_TEXT, at + "description"),
                check.text(location.transportation, LONG_TEXT, at + "transportation"),
                check.normalised(normalise_url, location.url, at + "url"),
                location.latitude,
                location.longitude,
                check.choice(location.location_type.strip() or "physical", ADDRESS_TYPES, at + "location_type"),
                _addresses(check, location.addresses, at + "addresses"),
            )
        )
    return tuple(sorted(cleaned, key=lambda loc: (loc.name.casefold(), loc.id)))


def check_organization(data: OrganizationData) -> tuple[OrganizationData, list[ValidationFailed]]:
    """The organisation as it will be stored, and every rule it breaks (field names as in the dataclass)."""
    check = _Check()
    kind = data.partner_kind.strip()
    if kind:
        check.choice(kind, [k.value for k in PartnerKind], "partner_kind")
    cleaned = OrganizationData(
        name=check.text(data.name, 255, "name", required=True),
        description=check.text(data.description, LONG_TEXT, "description"),
        alternate_name=check.text(data.alternate_name, 255, "alternate_name"),
        email=check.normalised(normalise_email, data.email, "email"),
        website=check.normalised(normalise_url, data.website, "website"),
        legal_status=check.text(data.legal_status, 120, "legal_status"),
        partner_kind=kind,
        contacts=_contacts(check, data.contacts, "contacts"),
        phones=_phones(check, data.phones, "phones"),
        locations=_locations(check, data.locations),
    )
    return cleaned, check.problems


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value.strip() for value in values if value.strip()))


def check_service(data: ServiceData) -> tuple[ServiceData, list[ValidationFailed]]:
    """The service as it will be stored, and every rule it breaks (field names as in the dataclass)."""
    check = _Check()
    for name in ("minimum_age", "maximum_age"):
        age = getattr(data, name)
        if age is not None and not 0 <= age <= 120:
            check.fail(name, QT_TRANSLATE_NOOP("DeskError", "An age is a number from 0 to 120."))
    if data.minimum_age is not None and data.maximum_age is not None and data.maximum_age < data.minimum_age:
        check.fail("maximum_age", QT_TRANSLATE_NOOP("DeskError", "The maximum age is below the minimum age."))
    need_codes = _distinct(data.need_codes)
    for code in need_codes:
        if need_term(code) is None:
            check.fail("need_codes", QT_TRANSLATE_NOOP("DeskError", "'{code}' is not a known need."), code=code)
    visitor_kinds = _distinct(data.visitor_kinds)
    for kind in visitor_kinds:
        check.choice(kind, [k.value for k in VisitorKind], "visitor_kinds")
    municipalities = _distinct(" ".join(m.split()) for m in data.municipalities)
    for municipality in municipalities:
        check.text(municipality, 255, "municipalities")
    cleaned = ServiceData(
        name=check.text(data.name, 255, "name", required=True),
        description=check.text(data.description, LONG_TEXT, "description"),
        alternate_name=check.text(data.alternate_name, 255, "alternate_name"),
        url=check.normalised(normalise_url, data.url, "url"),
        email=check.normalised(normalise_email, data.email, "email"),
        status=check.choice(data.status.strip() or "active", SERVICE_STATUSES, "status"),
        eligibility_description=check.text(data.eligibility_description, LONG_TEXT, "eligibility_description"),
        application_process=check.text(data.application_process, LONG_TEXT, "application_process"),
        how_to_refer=check.text(data.how_to_refer, LONG_TEXT, "how_to_refer"),
        fees_description=check.text(data.fees_description, LONG_TEXT, "fees_description"),
        interpretation_services=check.text(data.interpretation_services, LONG_TEXT, "interpretation_services"),
        alert=check.text(data.alert, LONG_TEXT, "alert"),
        minimum_age=data.minimum_age,
        maximum_age=data.maximum_age,
        need_codes=tuple(sorted(need_codes)),
        visitor_kinds=tuple(sorted(visitor_kinds)),
        municipalities=tuple(sorted(municipalities)),
        contacts=_contacts(check, data.contacts, "contacts"),
        phones=_phones(check, data.phones, "phones"),
        schedules=_schedules(check, data.schedules),
        languages=_languages(check, data.languages),
        required_documents=tuple(
            sorted(
                {
                    DocumentData(
                        check.text(doc.document, 2000, f"required_documents[{index}].document", required=True),
                        check.normalised(normalise_url, doc.uri, f"required_documents[{index}].uri"),
                    )
                    for index, doc in enumerate(data.required_documents)
                },
                key=lambda d: (d.document.casefold(), d.uri),
            )
        ),
        location_ids=tuple(sorted(_distinct(data.location_ids))),
    )
    return cleaned, check.problems


def _valid(result: tuple[T, list[ValidationFailed]]) -> T:
    cleaned, problems = result
    if problems:
        raise problems[0]
    return cleaned


# --- between the ORM and plain data -----------------------------------------------------------------------------


def _phone_data(phone: Phone) -> PhoneData:
    return PhoneData(phone.number, phone.extension, phone.type, phone.description)


def _contact_data(contact: Contact) -> ContactData:
    return ContactData(contact.name, contact.title, contact.department, contact.email, _sorted_phones(contact.phones))


def _sorted_phones(phones: Iterable[Phone]) -> tuple[PhoneData, ...]:
    return tuple(sorted((_phone_data(p) for p in phones), key=lambda p: (p.type, p.number, p.extension, p.description)))


def _sorted_contacts(contacts: Iterable[Contact]) -> tuple[ContactData, ...]:
    return tuple(
        sorted((_contact_data(c) for c in contacts), key=lambda c: (c.name.casefold(), c.department, c.title, c.email))
    )


def _location_data(location: PartnerLocation) -> LocationData:
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
        tuple(sorted(addresses, key=lambda a: (a.address_type, a.city, a.address_1, a.postal_code))),
    )


def _organization_data(organization: Organization) -> OrganizationData:
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
                (_location_data(location) for location in organization.locations),
                key=lambda loc: (loc.name.casefold(), loc.id),
            )
        ),
    )


def _service_data(service: Service) -> ServiceData:
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
        schedules=tuple(sorted(schedules, key=_schedule_key)),
        languages=tuple(
            sorted(
                (LanguageData(lang.code, lang.name, lang.note) for lang in service.languages),
                key=lambda lang: (lang.code, lang.name, lang.note),
            )
        ),
        required_documents=tuple(
            sorted(
                (DocumentData(doc.document, doc.uri) for doc in service.required_documents),
                key=lambda d: (d.document.casefold(), d.uri),
            )
        ),
        location_ids=tuple(sorted(link.location_id for link in service.service_at_locations)),
    )


def _state(record: Organization | Service) -> RecordState:
    return RecordState(record.to_verify, record.last_verified_on, record.archived)


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


def _snapshot(data: OrganizationData | ServiceData, state: RecordState) -> dict[str, str]:
    values = {f.name: _describe(getattr(data, f.name)) for f in fields(data)}
    values.update({f.name: _describe(getattr(state, f.name)) for f in fields(state)})
    return values


_ORGANIZATION_LOAD = (
    selectinload(Organization.contacts).selectinload(Contact.phones),
    selectinload(Organization.phones),
    selectinload(Organization.locations).selectinload(PartnerLocation.addresses),
)
_SERVICE_LOAD = (
    selectinload(Service.organization),
    selectinload(Service.need_tags),
    selectinload(Service.contacts).selectinload(Contact.phones),
    selectinload(Service.phones),
    selectinload(Service.schedules),
    selectinload(Service.languages),
    selectinload(Service.required_documents),
    selectinload(Service.service_at_locations)
    .selectinload(ServiceAtLocation.location)
    .selectinload(PartnerLocation.addresses),
)


class _Writer:
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

    def organization(
        self, organization: Organization, data: OrganizationData, state: RecordState, before: dict[str, str] | None
    ) -> bool:
        changes = self.diff(before, _snapshot(data, state))
        if not changes:
            return False
        old = _organization_data(organization) if before is not None else OrganizationData(name="", locations=())
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
        changes = self.diff(before, _snapshot(data, state))
        if not changes:
            return False
        old = _service_data(service) if before is not None else ServiceData(name="")
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


# --- the service ------------------------------------------------------------------------------------------------


class DirectoryService:
    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    # --- reading ------------------------------------------------------------------------------------------------

    def organizations(self, actor: Actor, include_archived: bool = False) -> list[OrganizationRecord]:
        require(actor, Action.READ_DIRECTORY)
        query = select(Organization).options(*_ORGANIZATION_LOAD).order_by(Organization.name, Organization.id)
        if not include_archived:
            query = query.where(Organization.archived.is_(False))
        with self._database.read() as session:
            names = _user_names(session)
            return [_organization_record(row, names) for row in session.scalars(query)]

    def organization(self, actor: Actor, organization_id: str) -> OrganizationRecord:
        require(actor, Action.READ_DIRECTORY)
        with self._database.read() as session:
            return _organization_record(_load_organization(session, organization_id), _user_names(session))

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
            .options(*_SERVICE_LOAD)
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
            names = _user_names(session)
            return [_service_record(row, names) for row in session.scalars(query)]

    def service(self, actor: Actor, service_id: str) -> ServiceRecord:
        require(actor, Action.READ_DIRECTORY)
        with self._database.read() as session:
            return _service_record(_load_service(session, service_id), _user_names(session))

    def history(self, actor: Actor, kind: RecordKind, record_id: str) -> list[ChangeEntry]:
        """Every change of a record, newest first."""
        require(actor, Action.READ_DIRECTORY)
        query = (
            select(RecordChange)
            .where(RecordChange.object_type == kind.value, RecordChange.object_id == record_id)
            .order_by(RecordChange.id.desc())
        )
        with self._database.read() as session:
            names = _user_names(session)
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
            _Writer(session, actor, self._clock.now()).organization(organization, cleaned, RecordState(), None)
            self._audit_change(session, actor, "directory_create", RecordKind.ORGANIZATION, organization.id)
            return self._reload_organization(session, organization.id)

    def update_organization(
        self, actor: Actor, organization_id: str, expected_version: int, data: OrganizationData
    ) -> OrganizationRecord:
        require(actor, Action.EDIT_DIRECTORY)
        cleaned = _valid(check_organization(data))
        with self._database.write() as session:
            organization = _load_organization(session, organization_id, expected_version)
            self._check_locations_free(session, cleaned, organization_id)
            self._check_locations_unused(session, organization, cleaned)
            before = _snapshot(_organization_data(organization), _state(organization))
            writer = _Writer(session, actor, self._clock.now())
            if writer.organization(organization, cleaned, _state(organization), before):
                self._audit_change(session, actor, "directory_update", RecordKind.ORGANIZATION, organization_id)
            return self._reload_organization(session, organization_id)

    def create_service(self, actor: Actor, organization_id: str, data: ServiceData) -> ServiceRecord:
        require(actor, Action.EDIT_DIRECTORY)
        cleaned = _valid(check_service(data))
        with self._database.write() as session:
            _load_organization(session, organization_id)
            self._check_service_locations(session, organization_id, cleaned)
            service = Service(id=new_uuid(), organization_id=organization_id)
            _Writer(session, actor, self._clock.now()).service(service, cleaned, RecordState(), None)
            self._audit_change(session, actor, "directory_create", RecordKind.SERVICE, service.id)
            return self._reload_service(session, service.id)

    def update_service(self, actor: Actor, service_id: str, expected_version: int, data: ServiceData) -> ServiceRecord:
        require(actor, Action.EDIT_DIRECTORY)
        cleaned = _valid(check_service(data))
        with self._database.write() as session:
            service = _load_service(session, service_id, expected_version)
            self._check_service_locations(session, service.organization_id, cleaned)
            before = _snapshot(_service_data(service), _state(service))
            if _Writer(session, actor, self._clock.now()).service(service, cleaned, _state(service), before):
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
            writer = _Writer(session, actor, self._clock.now(), verifying=action == "directory_verify")
            record: Organization | Service
            if kind == RecordKind.ORGANIZATION:
                record = _load_organization(session, record_id, expected_version)
                organization_data = _organization_data(record)
                state = _state(record)
                changed = writer.organization(
                    record, organization_data, change(state), _snapshot(organization_data, state)
                )
            else:
                record = _load_service(session, record_id, expected_version)
                service_data = _service_data(record)
                state = _state(record)
                changed = writer.service(record, service_data, change(state), _snapshot(service_data, state))
            if changed:
                self._audit_change(session, actor, action, kind, record_id)
            session.flush()
            return record.version

    # --- reports and the coordinator's to-do list ---------------------------------------------------------------

    def report(self, actor: Actor, kind: RecordKind, record_id: str, description: str) -> ReportEntry:
        """Anyone at the desk may say that a record holds incorrect information."""
        require(actor, Action.READ_DIRECTORY)
        text = limit_text(description, 2000, "description")
        if not text:
            raise ValidationFailed(
                "description", QT_TRANSLATE_NOOP("DeskError", "Say what is incorrect, so the coordinator can fix it.")
            )
        with self._database.write() as session:
            (_load_organization if kind == RecordKind.ORGANIZATION else _load_service)(session, record_id)
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
        due = desk_day(self._clock.now()) - VERIFY_EVERY
        items: list[TodoItem] = []
        with self._database.read() as session:
            for kind, model in ((RecordKind.ORGANIZATION, Organization), (RecordKind.SERVICE, Service)):
                query = select(model.id, model.name, model.version, model.to_verify, model.last_verified_on).where(
                    model.archived.is_(False),
                    model.to_verify.is_(True) | model.last_verified_on.is_(None) | (model.last_verified_on < due),
                )
                for record_id, name, version, to_verify, verified_on in session.execute(query):
                    overdue = verified_on is not None and verified_on < due
                    items.append(TodoItem(kind, record_id, name, version, to_verify, verified_on, overdue))
            open_reports = session.scalars(
                select(DirectoryReport).where(DirectoryReport.resolved_at.is_(None)).order_by(DirectoryReport.id)
            )
            reports = _report_entries(session, list(open_reports))
        items.sort(
            key=lambda item: (item.last_verified_on or date.min, item.kind != RecordKind.ORGANIZATION, item.name)
        )
        return Todo(items, reports)

    # --- import ---------------------------------------------------------------------------------------------------

    def import_records(
        self, actor: Actor, organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]
    ) -> ImportSummary:
        """Add or update records by id, all or nothing: with any problem nothing is written (InvalidBundle).

        The imported verification state is taken over; records the file does not name stay as they are.
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
            writer = _Writer(session, actor, self._clock.now())
            counts = {"added": 0, "updated": 0, "unchanged": 0}
            stored_organizations = _stored(
                session, Organization, _ORGANIZATION_LOAD, [r.id for r in clean_organizations]
            )
            stored_services = _stored(session, Service, _SERVICE_LOAD, [r.id for r in clean_services])
            for org_record in clean_organizations:
                organization = stored_organizations.get(org_record.id)
                before = None
                if organization is None:
                    organization = Organization(id=org_record.id)
                else:
                    before = _snapshot(_organization_data(organization), _state(organization))
                changed = writer.organization(organization, org_record.data, org_record.state, before)
                counts["added" if before is None else "updated" if changed else "unchanged"] += 1
            for service_record in clean_services:
                service = stored_services.get(service_record.id)
                before = None
                if service is None:
                    service = Service(id=service_record.id, organization_id=service_record.organization_id)
                else:
                    before = _snapshot(_service_data(service), _state(service))
                    service.organization_id = service_record.organization_id
                changed = writer.service(service, service_record.data, service_record.state, before)
                counts["added" if before is None else "updated" if changed else "unchanged"] += 1
            summary = ImportSummary(**counts)
            self._audit.record(
                session,
                "directory_import",
                actor=actor,
                detail=f"added {summary.added}, updated {summary.updated}, unchanged {summary.unchanged}",
            )
            return summary

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
        """Rules across records: unique ids, a known organisation for each service, locations that exist."""
        location_owner: dict[str, str] = {}
        seen: set[str] = set()
        for index, organization in enumerate(organizations):
            if organization.id in seen:
                problems.append(BundleProblem(RecordKind.ORGANIZATION, index, _duplicate("id", organization.id)))
            seen.add(organization.id)
            for position, location in enumerate(organization.data.locations):
                if not location.id or location_owner.setdefault(location.id, organization.id) != organization.id:
                    problems.append(
                        BundleProblem(
                            RecordKind.ORGANIZATION, index, _duplicate(f"locations[{position}].id", location.id)
                        )
                    )
        known_organizations = seen | set(
            session.scalars(select(Organization.id).where(Organization.id.in_([s.organization_id for s in services])))
        )
        wanted = {location_id for service in services for location_id in service.data.location_ids}
        stored_locations = {
            location_id: owner
            for location_id, owner in session.execute(
                select(PartnerLocation.id, PartnerLocation.organization_id).where(
                    PartnerLocation.id.in_(wanted - location_owner.keys())
                )
            )
        }
        seen = set()
        for index, service in enumerate(services):
            if service.id in seen:
                problems.append(BundleProblem(RecordKind.SERVICE, index, _duplicate("id", service.id)))
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
                raise _duplicate("locations", location_id)

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
        return _organization_record(_load_organization(session, organization_id), _user_names(session))

    @staticmethod
    def _reload_service(session: Session, service_id: str) -> ServiceRecord:
        session.flush()
        session.expire_all()
        return _service_record(_load_service(session, service_id), _user_names(session))


M = TypeVar("M", Organization, Service)


def _stored(session: Session, model: type[M], load: Sequence[Any], ids: Sequence[str]) -> dict[str, M]:
    """The stored records among `ids`, with what a comparison reads loaded, in chunks that every database accepts."""
    found: dict[str, M] = {}
    for start in range(0, len(ids), 1000):
        query = select(model).options(*load).where(model.id.in_(ids[start : start + 1000]))
        found.update((record.id, record) for record in session.scalars(query))
    return found


def _duplicate(field_name: str, value: str) -> ValidationFailed:
    return ValidationFailed(
        field_name,
        QT_TRANSLATE_NOOP("DeskError", "The id '{id}' is used twice or belongs to another record."),
        id=value,
    )


def _user_names(session: Session) -> dict[int | None, str]:
    return {user_id: name for user_id, name in session.execute(select(User.id, User.display_name))}


def _load_organization(session: Session, organization_id: str, expected_version: int | None = None) -> Organization:
    organization = session.scalar(
        select(Organization)
        .options(*_ORGANIZATION_LOAD)
        .where(Organization.id == organization_id)
        .execution_options(populate_existing=True)
    )
    if organization is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This organisation is not in the directory."))
    if expected_version is not None and organization.version != expected_version:
        raise ConflictError()
    return organization


def _load_service(session: Session, service_id: str, expected_version: int | None = None) -> Service:
    service = session.scalar(
        select(Service)
        .options(*_SERVICE_LOAD)
        .where(Service.id == service_id)
        .execution_options(populate_existing=True)
    )
    if service is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This service is not in the directory."))
    if expected_version is not None and service.version != expected_version:
        raise ConflictError()
    return service


def _organization_record(organization: Organization, names: dict[int | None, str]) -> OrganizationRecord:
    return OrganizationRecord(
        organization.id,
        _organization_data(organization),
        _state(organization),
        organization.version,
        names.get(organization.last_verified_by_id, ""),
        organization.updated_at,
    )


def _service_record(service: Service, names: dict[int | None, str]) -> ServiceRecord:
    locations = sorted((_location_data(link.location) for link in service.service_at_locations), key=lambda loc: loc.id)
    return ServiceRecord(
        service.id,
        service.organization_id,
        _service_data(service),
        _state(service),
        service.version,
        service.organization.name,
        tuple(locations),
        names.get(service.last_verified_by_id, ""),
        service.updated_at,
    )


def _report_entries(session: Session, reports: Sequence[DirectoryReport]) -> list[ReportEntry]:
    names = _user_names(session)
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
