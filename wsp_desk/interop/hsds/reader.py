"""Reading HSDS 3.0 objects into directory records, every problem reported with its place in the file.

Lenient where HSDS is rich (fields and tables the desk does not keep are left out), strict where the desk relies on
the data (types, phone numbers, e-mail addresses, need codes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from pydantic import ValidationError

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
)
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.hsds.schema import (
    HsdsAddress,
    HsdsArea,
    HsdsAttribute,
    HsdsContact,
    HsdsDocument,
    HsdsLanguage,
    HsdsLocation,
    HsdsMetadata,
    HsdsObject,
    HsdsOrganization,
    HsdsPhone,
    HsdsSchedule,
    HsdsService,
    HsdsServiceAtLocation,
    HsdsTerm,
)
from wsp_desk.interop.hsds.vocabulary import (
    NEEDS,
    NOT_ORGANIZATION,
    ORGANIZATION_NAMES,
    PARTNER_KINDS,
    RECORD,
    SERVICE_NAMES,
    TRUE,
    VISITOR_KINDS,
)
from wsp_desk.interop.report import Origins, Parsed, Place

M = TypeVar("M", bound=HsdsObject)
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
        elif "name" in obj and not obj.keys() & NOT_ORGANIZATION:
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
        # The location nested beside the service is where the service is given (a list of links that is none is
        # left as it is, for the service's check to refuse).
        links = service.get("service_at_locations", [])
        if isinstance(obj.get("location"), dict) and isinstance(links, list):
            links = [*links, {"location": obj["location"]}]
            self._places.setdefault(id(obj["location"]), place.child("location"))
        self.service({**service, "service_at_locations": links}, place.child("service"), None)

    # --- organisations ------------------------------------------------------------------------------------------

    def organization(self, obj: Any, place: Place) -> str | None:
        model = self._model(HsdsOrganization, obj, place)
        if model is None:
            return None
        if model.id in self._organizations:  # the same organisation nested in several services
            return model.id
        terms = self._terms(model.attributes, place)
        state = self._state(terms, place, None)
        contacts = self._each(model.contacts, "contacts", place, HsdsContact, self._contact)
        phones = self._each(model.phones, "phones", place, HsdsPhone, self._phone)
        metadata = self._each(model.metadata, "metadata", place, HsdsMetadata, self._metadata("organization"))
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
            metadata=tuple(entry for entry, _ in metadata),
        )
        places = (
            {"": place} | _indexed("contacts", contacts) | _indexed("phones", phones) | _indexed("metadata", metadata)
        )
        pending = _Pending(OrganizationRecord(model.id, data, state), places, {})
        self._organizations[model.id] = pending
        for location, location_place in self._each(model.locations, "locations", place, HsdsLocation, self._location):
            pending.locations.setdefault(location.id, (location, location_place))
        for index, service in enumerate(model.services):
            self.service(service, self.place(service, place.child("services", index)), model.id)
        return model.id

    def _location(self, model: HsdsLocation, place: Place) -> LocationData:
        addresses = self._each(model.addresses, "addresses", place, HsdsAddress, self._address)
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
    def _address(model: HsdsAddress, place: Place) -> AddressData:
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
        model = self._model(HsdsService, obj, place)
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
        contacts = self._each(model.contacts, "contacts", place, HsdsContact, self._contact)
        phones = self._each(model.phones, "phones", place, HsdsPhone, self._phone)
        schedules = self._each(model.schedules, "schedules", place, HsdsSchedule, self._schedule)
        languages = self._each(
            model.languages,
            "languages",
            place,
            HsdsLanguage,
            lambda m, _: LanguageData(_text(m.code), _text(m.name), _text(m.note)),
        )
        documents = self._each(
            model.required_documents,
            "required_documents",
            place,
            HsdsDocument,
            lambda m, _: DocumentData(_text(m.document), _text(m.uri)),
        )
        areas = self._each(model.service_areas, "service_areas", place, HsdsArea, lambda m, _: m.name or None)
        links = self._each(model.service_at_locations, "service_at_locations", place, HsdsServiceAtLocation, self._link)
        metadata = self._each(model.metadata, "metadata", place, HsdsMetadata, self._metadata("service"))
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
            metadata=tuple(entry for entry, _ in metadata),
        )
        places = (
            {"": place}
            | _indexed("contacts", contacts)
            | _indexed("phones", phones)
            | _indexed("schedules", schedules)
            | _indexed("languages", languages)
            | _indexed("required_documents", documents)
            | _indexed("metadata", metadata)
        )
        record = ServiceRecord(model.id, organization_id, data, self._state(terms, place, model.assured_date))
        self._services[model.id] = (record, Origins(places, SERVICE_NAMES))

    def _link(self, model: HsdsServiceAtLocation, place: Place) -> tuple[str, tuple[LocationData, Place] | None] | None:
        if model.location is not None:
            location_place = self.place(model.location, place.child("location"))
            location = self._model(HsdsLocation, model.location, location_place)
            if location is None:
                return None
            return location.id, (self._location(location, location_place), location_place)
        if model.location_id:
            return model.location_id, None
        self.parsed.problem(place, "location_id", QT_TRANSLATE_NOOP("DeskError", "This field is required."))
        return None

    def _contact(self, model: HsdsContact, place: Place) -> ContactData:
        phones = self._each(model.phones, "phones", place, HsdsPhone, self._phone)
        return ContactData(
            _text(model.name),
            _text(model.title),
            _text(model.department),
            _text(model.email),
            tuple(phone for phone, _ in phones),
        )

    @staticmethod
    def _metadata(kind: str) -> Callable[[HsdsMetadata, Place], MetadataData]:
        """The metadata of an organisation or service (`kind`): about the record itself unless it names another
        resource type."""
        return lambda model, _: MetadataData(
            field_name=_text(model.field_name),
            last_action_type=_text(model.last_action_type),
            last_action_date=_text(model.last_action_date),
            updated_by=_text(model.updated_by),
            previous_value=_text(model.previous_value),
            replacement_value=_text(model.replacement_value),
            resource_type="" if model.resource_type == kind else _text(model.resource_type),
        )

    @staticmethod
    def _phone(model: HsdsPhone, place: Place) -> PhoneData:
        return PhoneData(
            # Some files quote the number inside the text ("\"+44 1234 234567\"").
            model.number.strip().strip('"').strip(),
            "" if model.extension is None else str(model.extension),
            _text(model.type),
            _text(model.description),
        )

    def _schedule(self, model: HsdsSchedule, place: Place) -> ScheduleData | None:
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
        for attribute, attribute_place in self._each(attributes, "attributes", place, HsdsAttribute, lambda m, _: m):
            if attribute.taxonomy_term is None:
                continue
            term = self._model(HsdsTerm, attribute.taxonomy_term, attribute_place.child("taxonomy_term"))
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
            to_verify=values.get("to_verify", TRUE) != "false",
            last_verified_on=verified_on,
            archived=values.get("archived") == TRUE,
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
