"""The field checks of directory records: each record as it will be stored, with every rule it breaks.

Every refusal is collected instead of stopping at the first, so that an import can report them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from wsp_desk.domain.directory import (
    ADDRESS_TYPES,
    PHONE_TYPES,
    SERVICE_STATUSES,
    WEEKDAYS,
    AddressData,
    ContactData,
    DocumentData,
    LanguageData,
    LocationData,
    MetadataData,
    OrganizationData,
    PartnerKind,
    PhoneData,
    ScheduleData,
    ServiceData,
    address_order,
    contact_order,
    document_order,
    language_order,
    location_order,
    metadata_order,
    phone_order,
    schedule_order,
)
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.taxonomy import need_term
from wsp_desk.domain.validation import limit_text, normalise_email, normalise_phone, normalise_postcode, normalise_url
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP

LONG_TEXT = 10_000
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_EXTENSION = re.compile(r"^\d{0,16}$")
# A day, or only its month or year when a page shows no more (ISO 8601 reduced precision).
_ACTION_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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

    def text(self, value: str, maximum: int, field_name: str, *, required: bool = False, name: bool = False) -> str:
        """A text, checked by `limit_text`; a `name` is one line."""
        cleaned = self.normalised(
            lambda text, field: limit_text(text, maximum, field, one_line=name), value, field_name
        ).strip()
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
    return tuple(sorted(set(cleaned), key=phone_order))


def _contacts(check: _Check, contacts: Iterable[ContactData], prefix: str) -> tuple[ContactData, ...]:
    cleaned = []
    for index, contact in enumerate(contacts):
        at = f"{prefix}[{index}]."
        item = ContactData(
            check.text(contact.name, 255, at + "name", name=True),
            check.text(contact.title, 255, at + "title"),
            check.text(contact.department, 255, at + "department"),
            check.normalised(normalise_email, contact.email, at + "email"),
            _phones(check, contact.phones, at + "phones"),
        )
        if not (item.name or item.department or item.email or item.phones):
            check.fail(at + "name", QT_TRANSLATE_NOOP("DeskError", "A contact needs a name, department or e-mail."))
        cleaned.append(item)
    return tuple(sorted(cleaned, key=contact_order))


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
    return tuple(sorted(set(cleaned), key=schedule_order))


def _languages(check: _Check, languages: Iterable[LanguageData]) -> tuple[LanguageData, ...]:
    cleaned = []
    for index, language in enumerate(languages):
        at = f"languages[{index}]."
        code = language.code.strip()
        if code and (len(code) > 16 or not _LANGUAGE_CODE.match(code)):  # as stored
            check.fail(
                at + "code",
                QT_TRANSLATE_NOOP("DeskError", "'{code}' is not a language code. Example: nl, en, ar."),
                code=code,
            )
        item = LanguageData(code, check.text(language.name, 120, at + "name"), check.text(language.note, 2000, at))
        if not (item.code or item.name):
            check.fail(at + "name", QT_TRANSLATE_NOOP("DeskError", "A language needs a code or a name."))
        cleaned.append(item)
    return tuple(sorted(set(cleaned), key=language_order))


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
    return tuple(sorted(set(cleaned), key=address_order))


def _locations(check: _Check, locations: Iterable[LocationData]) -> tuple[LocationData, ...]:
    cleaned = []
    for index, location in enumerate(locations):
        at = f"locations[{index}]."
        cleaned.append(
            LocationData(
                location.id.strip(),
                check.text(location.name, 255, at + "name", name=True),
                check.text(location.description, LONG_TEXT, at + "description"),
                check.text(location.transportation, LONG_TEXT, at + "transportation"),
                check.normalised(normalise_url, location.url, at + "url"),
                location.latitude,
                location.longitude,
                check.choice(location.location_type.strip() or "physical", ADDRESS_TYPES, at + "location_type"),
                _addresses(check, location.addresses, at + "addresses"),
            )
        )
    return tuple(sorted(cleaned, key=location_order))


def _action_date(check: _Check, value: str, field_name: str) -> str:
    text = value.strip()
    match = _ACTION_DATE.match(text)
    if text and (match is None or not _is_date(*match.groups())):
        check.fail(field_name, QT_TRANSLATE_NOOP("DeskError", "Expected a date like 2026-01-31, 2026-01 or 2026."))
    return text


def _is_date(year: str, month: str | None, day: str | None) -> bool:
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _metadata(check: _Check, entries: Iterable[MetadataData]) -> tuple[MetadataData, ...]:
    cleaned = []
    for index, entry in enumerate(entries):
        at = f"metadata[{index}]."
        cleaned.append(
            MetadataData(
                check.text(entry.field_name, 80, at + "field_name", required=True),
                check.text(entry.last_action_type, 40, at + "last_action_type"),
                _action_date(check, entry.last_action_date, at + "last_action_date"),
                check.text(entry.updated_by, 500, at + "updated_by"),
                check.text(entry.previous_value, LONG_TEXT, at + "previous_value"),
                check.text(entry.replacement_value, LONG_TEXT, at + "replacement_value"),
                check.text(entry.resource_type, 40, at + "resource_type"),
            )
        )
    return tuple(sorted(set(cleaned), key=metadata_order))


def check_organization(data: OrganizationData) -> tuple[OrganizationData, list[ValidationFailed]]:
    """The organisation as it will be stored, and every rule it breaks (field names as in the dataclass)."""
    check = _Check()
    kind = data.partner_kind.strip()
    if kind:
        check.choice(kind, [k.value for k in PartnerKind], "partner_kind")
    cleaned = OrganizationData(
        name=check.text(data.name, 255, "name", required=True, name=True),
        description=check.text(data.description, LONG_TEXT, "description"),
        alternate_name=check.text(data.alternate_name, 255, "alternate_name", name=True),
        email=check.normalised(normalise_email, data.email, "email"),
        website=check.normalised(normalise_url, data.website, "website"),
        legal_status=check.text(data.legal_status, 120, "legal_status"),
        partner_kind=kind,
        contacts=_contacts(check, data.contacts, "contacts"),
        phones=_phones(check, data.phones, "phones"),
        locations=_locations(check, data.locations),
        metadata=_metadata(check, data.metadata),
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
        name=check.text(data.name, 255, "name", required=True, name=True),
        description=check.text(data.description, LONG_TEXT, "description"),
        alternate_name=check.text(data.alternate_name, 255, "alternate_name", name=True),
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
                key=document_order,
            )
        ),
        location_ids=tuple(sorted(_distinct(data.location_ids))),
        metadata=_metadata(check, data.metadata),
    )
    return cleaned, check.problems


def duplicate_id(field_name: str, value: str) -> ValidationFailed:
    return ValidationFailed(
        field_name,
        QT_TRANSLATE_NOOP("DeskError", "The id '{id}' is used twice or belongs to another record."),
        id=value,
    )
