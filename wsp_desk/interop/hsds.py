"""The one mapping between the directory and Open Referral HSDS 3.0 objects, used by the JSON and the CSV format.

Desk fields go into HSDS's own places where they fit: the last verification of a service is its `assured_date`,
municipalities are `service_areas`, and need tags, visitor kinds, partner kinds and the verification state are
`attributes` whose taxonomy terms belong to the desk's taxonomies (`wsp-desk-…`). So an export stays valid HSDS,
and an export imported again gives the same directory. Child objects get ids derived from their parent's, so the
same directory always exports the same way.

Reading is lenient where HSDS is rich (fields and tables the desk does not keep are left out) and strict where the
desk relies on the data (types, phone numbers, e-mail addresses, need codes): every problem is reported with its
place in the file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError
from pydantic_core import PydanticCustomError

from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.report import Origins, Parsed, Place
from wsp_desk.services.directory import (
    AddressData,
    ContactData,
    DocumentData,
    LanguageData,
    LocationData,
    OrganizationData,
    OrganizationRecord,
    PhoneData,
    RecordState,
    ScheduleData,
    ServiceData,
    ServiceRecord,
)
from wsp_desk.services.taxonomy import need_term

NEEDS = "wsp-desk-needs"
VISITOR_KINDS = "wsp-desk-visitor-kinds"
PARTNER_KINDS = "wsp-desk-partner-kinds"
RECORD = "wsp-desk-record"  # to_verify, archived, verified_on (organisations), how_to_refer (services), closed
_TRUE = "true"
_IDS = uuid.UUID("6f1e0a52-8d4b-4c35-9a43-0b9e6c2f7d10")

# Field names of the desk that HSDS calls otherwise, for pointing at a refused field in the file.
ORGANIZATION_NAMES = {"partner_kind": "attributes"}
SERVICE_NAMES = {
    "need_codes": "attributes",
    "visitor_kinds": "attributes",
    "how_to_refer": "attributes",
    "municipalities": "service_areas",
    "location_ids": "service_at_locations",
}


# Fields by which a location or a taxonomy (term), which also have a name, differ from an organisation.
_NOT_ORGANIZATION = frozenset({"location_type", "code", "version", "term_uri", "taxonomy", "taxonomy_id"})


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_IDS, "/".join(parts)))


# --- writing ------------------------------------------------------------------------------------------------------


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
    attributes = [_attribute(record_id, RECORD, "to_verify", _TRUE if state.to_verify else "false")]
    if state.archived:
        attributes.append(_attribute(record_id, RECORD, "archived", _TRUE))
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
            "attributes": [_attribute(schedule_id, RECORD, "closed", _TRUE)] if schedule.closed else [],
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


# --- reading ------------------------------------------------------------------------------------------------------


class _Object(BaseModel):
    """Types of the HSDS fields the desk reads; other fields are left out."""

    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=False)


class _Term(_Object):
    code: str | None = None
    taxonomy: str | None = None
    taxonomy_detail: dict[str, Any] | None = None


class _Attribute(_Object):
    value: str | None = None
    taxonomy_term: dict[str, Any] | None = None


class _Phone(_Object):
    number: str
    extension: int | str | None = None
    type: str | None = None
    description: str | None = None


class _Contact(_Object):
    name: str | None = None
    title: str | None = None
    department: str | None = None
    email: str | None = None
    phones: list[Any] = []


class _Address(_Object):
    attention: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    address_type: str | None = None


class _Location(_Object):
    id: str
    location_type: str | None = None
    url: str | None = None
    name: str | None = None
    description: str | None = None
    transportation: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    addresses: list[Any] = []


def _time_text(value: Any) -> Any:
    """A time of day comes as text ("09:00"): pydantic would read a number as seconds and give it a time zone."""
    if value is not None and not isinstance(value, str | time):
        raise PydanticCustomError("time_type", "Input should be a valid time")
    return value


_TimeOfDay = Annotated[time | None, BeforeValidator(_time_text)]


class _Schedule(_Object):
    valid_from: date | None = None
    valid_to: date | None = None
    freq: str | None = None
    byday: str | None = None
    bymonthday: str | None = None
    opens_at: _TimeOfDay = None
    closes_at: _TimeOfDay = None
    description: str | None = None
    attributes: list[Any] = []


class _Language(_Object):
    name: str | None = None
    code: str | None = None
    note: str | None = None


class _Document(_Object):
    document: str | None = None
    uri: str | None = None


class _Area(_Object):
    name: str | None = None


class _ServiceAtLocation(_Object):
    location_id: str | None = None
    location: dict[str, Any] | None = None


class _Service(_Object):
    id: str
    organization_id: str | None = None
    name: str
    alternate_name: str | None = None
    description: str | None = None
    url: str | None = None
    email: str | None = None
    status: str | None = None
    interpretation_services: str | None = None
    application_process: str | None = None
    fees_description: str | None = None
    fees: str | None = None
    eligibility_description: str | None = None
    minimum_age: int | None = None
    maximum_age: int | None = None
    assured_date: date | None = None
    alert: str | None = None
    organization: dict[str, Any] | None = None
    phones: list[Any] = []
    schedules: list[Any] = []
    service_areas: list[Any] = []
    service_at_locations: list[Any] = []
    languages: list[Any] = []
    required_documents: list[Any] = []
    contacts: list[Any] = []
    attributes: list[Any] = []


class _Organization(_Object):
    id: str
    name: str
    alternate_name: str | None = None
    description: str | None = None
    email: str | None = None
    website: str | None = None
    legal_status: str | None = None
    contacts: list[Any] = []
    phones: list[Any] = []
    locations: list[Any] = []
    attributes: list[Any] = []
    services: list[Any] = []


M = TypeVar("M", bound=_Object)
T = TypeVar("T")


def _text(value: str | None) -> str:
    return value or ""


@dataclass
class _Pending:
    """An organisation read so far: its locations are completed from its services' locations at the end."""

    record: OrganizationRecord
    places: dict[str, Place]
    locations: dict[str, tuple[LocationData, Place]]


class HsdsReader:
    """Turns HSDS objects (parsed JSON, or CSV rows assembled into the same shape) into directory records.

    `places` gives the place of objects that do not sit at a JSON path of their parent (the rows of a CSV file).
    """

    def __init__(self, parsed: Parsed, places: dict[int, Place] | None = None) -> None:
        self.parsed = parsed
        self._places = places or {}
        self._organizations: dict[str, _Pending] = {}
        self._services: dict[str, tuple[ServiceRecord, Origins]] = {}

    def place(self, obj: object, default: Place) -> Place:
        return self._places.get(id(obj), default)

    def _model(self, model: type[M], obj: Any, place: Place) -> M | None:
        try:
            return model.model_validate(obj)
        except ValidationError as error:
            self.parsed.invalid(place, error)
            return None

    def _each(
        self, items: list[Any], key: str, parent: Place, model: type[M], build: Callable[[M, Place], T | None]
    ) -> list[tuple[T, Place]]:
        found = []
        for index, item in enumerate(items):
            place = self.place(item, parent.child(key, index))
            parsed = self._model(model, item, place)
            built = build(parsed, place) if parsed is not None else None
            if built is not None:
                found.append((built, place))
        return found

    # --- documents ----------------------------------------------------------------------------------------------

    def document(self, data: Any, place: Place) -> None:
        """A single object, a list, or a page ({"contents": [...]}) of organisations, services or services at
        locations."""
        if isinstance(data, dict) and isinstance(data.get("contents"), list):
            data, place = data["contents"], place.child("contents")
        if isinstance(data, list):
            for index, item in enumerate(data):
                self.any_object(item, Place(place.file, f"{place.where}[{index}]"))
        else:
            self.any_object(data, place)

    def any_object(self, obj: Any, place: Place) -> None:
        if not isinstance(obj, dict):
            self.parsed.problem(place, "", QT_TRANSLATE_NOOP("DeskError", "Expected an object."))
        elif "status" in obj or "organization" in obj or "organization_id" in obj:
            self.service(obj, place, None)
        elif "name" in obj and not obj.keys() & _NOT_ORGANIZATION:
            self.organization(obj, place)
        elif "service" in obj:
            self._service_at_location(obj, place)
        else:
            self.parsed.problem(
                place,
                "",
                QT_TRANSLATE_NOOP("DeskError", "This is not an HSDS organization, service or service_at_location."),
            )

    def _service_at_location(self, obj: dict[str, Any], place: Place) -> None:
        service = obj["service"]
        if not isinstance(service, dict):
            self.parsed.problem(place, "service", QT_TRANSLATE_NOOP("DeskError", "Expected an object."))
            return
        # The location nested beside the service is where the service is given.
        links = [*service.get("service_at_locations", [])]
        if isinstance(obj.get("location"), dict):
            links.append({"location": obj["location"]})
            self._places.setdefault(id(obj["location"]), place.child("location"))
        self.service({**service, "service_at_locations": links}, place.child("service"), None)

    # --- organisations ------------------------------------------------------------------------------------------

    def organization(self, obj: Any, place: Place) -> str | None:
        model = self._model(_Organization, obj, place)
        if model is None:
            return None
        if model.id in self._organizations:  # the same organisation nested in several services
            return model.id
        terms = self._terms(model.attributes, place)
        state = self._state(terms, place, None)
        contacts = self._each(model.contacts, "contacts", place, _Contact, self._contact)
        phones = self._each(model.phones, "phones", place, _Phone, self._phone)
        data = OrganizationData(
            name=model.name,
            description=_text(model.description),
            alternate_name=_text(model.alternate_name),
            email=_text(model.email),
            website=_text(model.website),
            legal_status=_text(model.legal_status),
            partner_kind=next((code for taxonomy, code, _ in terms if taxonomy == PARTNER_KINDS), ""),
            contacts=tuple(contact for contact, _ in contacts),
            phones=tuple(phone for phone, _ in phones),
        )
        places = {"": place} | _indexed("contacts", contacts) | _indexed("phones", phones)
        pending = _Pending(OrganizationRecord(model.id, data, state), places, {})
        self._organizations[model.id] = pending
        for location, location_place in self._each(model.locations, "locations", place, _Location, self._location):
            pending.locations.setdefault(location.id, (location, location_place))
        for index, service in enumerate(model.services):
            self.service(service, self.place(service, place.child("services", index)), model.id)
        return model.id

    def _location(self, model: _Location, place: Place) -> LocationData:
        addresses = self._each(model.addresses, "addresses", place, _Address, self._address)
        return LocationData(
            id=model.id,
            name=_text(model.name),
            description=_text(model.description),
            transportation=_text(model.transportation),
            url=_text(model.url),
            latitude=model.latitude,
            longitude=model.longitude,
            location_type=_text(model.location_type),
            addresses=tuple(address for address, _ in addresses),
        )

    @staticmethod
    def _address(model: _Address, place: Place) -> AddressData:
        return AddressData(
            address_1=_text(model.address_1),
            city=_text(model.city),
            postal_code=_text(model.postal_code),
            address_2=_text(model.address_2),
            attention=_text(model.attention),
            region=_text(model.region),
            state_province=_text(model.state_province),
            country=_text(model.country),
            address_type=_text(model.address_type),
        )

    # --- services -----------------------------------------------------------------------------------------------

    def service(self, obj: Any, place: Place, organization_id: str | None) -> None:
        model = self._model(_Service, obj, place)
        if model is None or model.id in self._services:
            return
        if model.organization is not None:
            organization_id = self.organization(
                model.organization, self.place(model.organization, place.child("organization"))
            )
            if organization_id is None:
                return
        organization_id = organization_id or model.organization_id
        if not organization_id:
            self.parsed.problem(
                place, "organization", QT_TRANSLATE_NOOP("DeskError", "A service needs the organisation that gives it.")
            )
            return
        terms = self._terms(model.attributes, place)
        contacts = self._each(model.contacts, "contacts", place, _Contact, self._contact)
        phones = self._each(model.phones, "phones", place, _Phone, self._phone)
        schedules = self._each(model.schedules, "schedules", place, _Schedule, self._schedule)
        languages = self._each(
            model.languages,
            "languages",
            place,
            _Language,
            lambda m, _: LanguageData(_text(m.code), _text(m.name), _text(m.note)),
        )
        documents = self._each(
            model.required_documents,
            "required_documents",
            place,
            _Document,
            lambda m, _: DocumentData(_text(m.document), _text(m.uri)),
        )
        areas = self._each(model.service_areas, "service_areas", place, _Area, lambda m, _: m.name or None)
        links = self._each(model.service_at_locations, "service_at_locations", place, _ServiceAtLocation, self._link)
        pending = self._organizations.get(organization_id)
        location_ids = []
        for (location_id, location), _ in links:
            location_ids.append(location_id)
            if location is not None and pending is not None:
                pending.locations.setdefault(location_id, location)
        data = ServiceData(
            name=model.name,
            description=_text(model.description),
            alternate_name=_text(model.alternate_name),
            url=_text(model.url),
            email=_text(model.email),
            status=_text(model.status),
            eligibility_description=_text(model.eligibility_description),
            application_process=_text(model.application_process),
            how_to_refer=next(
                (value for taxonomy, code, value in terms if (taxonomy, code) == (RECORD, "how_to_refer")), ""
            ),
            fees_description=_text(model.fees_description or model.fees),
            interpretation_services=_text(model.interpretation_services),
            alert=_text(model.alert),
            minimum_age=model.minimum_age,
            maximum_age=model.maximum_age,
            need_codes=tuple(code for taxonomy, code, _ in terms if taxonomy == NEEDS),
            visitor_kinds=tuple(code for taxonomy, code, _ in terms if taxonomy == VISITOR_KINDS),
            municipalities=tuple(name for name, _ in areas),
            contacts=tuple(contact for contact, _ in contacts),
            phones=tuple(phone for phone, _ in phones),
            schedules=tuple(schedule for schedule, _ in schedules),
            languages=tuple(language for language, _ in languages),
            required_documents=tuple(document for document, _ in documents),
            location_ids=tuple(location_ids),
        )
        places = (
            {"": place}
            | _indexed("contacts", contacts)
            | _indexed("phones", phones)
            | _indexed("schedules", schedules)
            | _indexed("languages", languages)
            | _indexed("required_documents", documents)
        )
        record = ServiceRecord(model.id, organization_id, data, self._state(terms, place, model.assured_date))
        self._services[model.id] = (record, Origins(places, SERVICE_NAMES))

    def _link(self, model: _ServiceAtLocation, place: Place) -> tuple[str, tuple[LocationData, Place] | None] | None:
        if model.location is not None:
            location_place = self.place(model.location, place.child("location"))
            location = self._model(_Location, model.location, location_place)
            if location is None:
                return None
            return location.id, (self._location(location, location_place), location_place)
        if model.location_id:
            return model.location_id, None
        self.parsed.problem(place, "location_id", QT_TRANSLATE_NOOP("DeskError", "This field is required."))
        return None

    def _contact(self, model: _Contact, place: Place) -> ContactData:
        phones = self._each(model.phones, "phones", place, _Phone, self._phone)
        return ContactData(
            _text(model.name),
            _text(model.title),
            _text(model.department),
            _text(model.email),
            tuple(phone for phone, _ in phones),
        )

    @staticmethod
    def _phone(model: _Phone, place: Place) -> PhoneData:
        return PhoneData(
            # Some files quote the number inside the text ("\"+44 1234 234567\"").
            model.number.strip().strip('"').strip(),
            "" if model.extension is None else str(model.extension),
            _text(model.type),
            _text(model.description),
        )

    def _schedule(self, model: _Schedule, place: Place) -> ScheduleData | None:
        closed = any(
            (taxonomy, code) == (RECORD, "closed") for taxonomy, code, _ in self._terms(model.attributes, place)
        )
        if not closed and (model.freq not in (None, "", "WEEKLY") or model.bymonthday or not model.byday):
            self.parsed.warnings.append(
                f"{place.file}, {place.where}: only weekly opening hours are kept; this schedule was left out"
            )
            return None
        return ScheduleData(
            byday=tuple(day.strip() for day in (model.byday or "").split(",") if day.strip()),
            opens_at=model.opens_at,
            closes_at=model.closes_at,
            valid_from=model.valid_from,
            valid_to=model.valid_to,
            closed=closed,
            description=_text(model.description),
        )

    # --- attributes ---------------------------------------------------------------------------------------------

    def _terms(self, attributes: list[Any], place: Place) -> list[tuple[str, str, str]]:
        """(taxonomy, code, value) of the attributes whose taxonomy is the desk's."""
        found = []
        for attribute, attribute_place in self._each(attributes, "attributes", place, _Attribute, lambda m, _: m):
            if attribute.taxonomy_term is None:
                continue
            term = self._model(_Term, attribute.taxonomy_term, attribute_place.child("taxonomy_term"))
            if term is None:
                continue
            taxonomy = term.taxonomy or _text((term.taxonomy_detail or {}).get("name"))
            if taxonomy.startswith("wsp-desk-") and term.code:
                found.append((taxonomy, term.code, _text(attribute.value)))
        return found

    def _state(self, terms: list[tuple[str, str, str]], place: Place, assured: date | None) -> RecordState:
        values = {code: value for taxonomy, code, value in terms if taxonomy == RECORD}
        verified_on = assured
        if "verified_on" in values:
            try:
                verified_on = date.fromisoformat(values["verified_on"])
            except ValueError:
                self.parsed.problem(
                    place, "attributes", QT_TRANSLATE_NOOP("DeskError", "Expected a date like 2026-01-31.")
                )
        # A record from elsewhere is to be verified, unless the file says it was.
        return RecordState(
            to_verify=values.get("to_verify", _TRUE) != "false",
            last_verified_on=verified_on,
            archived=values.get("archived") == _TRUE,
        )

    # --- the result ---------------------------------------------------------------------------------------------

    def finish(self) -> Parsed:
        for pending in self._organizations.values():
            locations = list(pending.locations.values())
            data = replace(pending.record.data, locations=tuple(location for location, _ in locations))
            self.parsed.organizations.append(replace(pending.record, data=data))
            places = pending.places | _indexed("locations", locations)
            self.parsed.organization_origins.append(Origins(places, ORGANIZATION_NAMES))
        for record, origins in self._services.values():
            self.parsed.services.append(record)
            self.parsed.service_origins.append(origins)
        return self.parsed


def _indexed(key: str, items: Sequence[tuple[Any, Place]]) -> dict[str, Place]:
    return {f"{key}[{index}]": place for index, (_, place) in enumerate(items)}
