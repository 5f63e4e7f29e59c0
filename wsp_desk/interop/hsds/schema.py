"""The pydantic shapes of the HSDS 3.0 objects the desk reads: lenient about what it does not keep."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError


class HsdsObject(BaseModel):
    """Types of the HSDS fields the desk reads; other fields are left out."""

    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=False)


class HsdsTerm(HsdsObject):
    code: str | None = None
    taxonomy: str | None = None
    taxonomy_detail: dict[str, Any] | None = None


class HsdsAttribute(HsdsObject):
    value: str | None = None
    taxonomy_term: dict[str, Any] | None = None


class HsdsPhone(HsdsObject):
    number: str
    extension: int | str | None = None
    type: str | None = None
    description: str | None = None


class HsdsContact(HsdsObject):
    name: str | None = None
    title: str | None = None
    department: str | None = None
    email: str | None = None
    phones: list[Any] = []


class HsdsAddress(HsdsObject):
    attention: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    address_type: str | None = None


# 1e999 reads as infinity, which no JSON export could write again.
_Coordinate = Annotated[float | None, Field(allow_inf_nan=False)]


class HsdsLocation(HsdsObject):
    id: str
    location_type: str | None = None
    url: str | None = None
    name: str | None = None
    description: str | None = None
    transportation: str | None = None
    latitude: _Coordinate = None
    longitude: _Coordinate = None
    addresses: list[Any] = []


def _time_text(value: Any) -> Any:
    """A time of day comes as text ("09:00"): pydantic would read a number as seconds and give it a time zone."""
    if value is not None and not isinstance(value, str | time):
        raise PydanticCustomError("time_type", "Input should be a valid time")
    return value


_TimeOfDay = Annotated[time | None, BeforeValidator(_time_text)]


class HsdsSchedule(HsdsObject):
    valid_from: date | None = None
    valid_to: date | None = None
    freq: str | None = None
    byday: str | None = None
    bymonthday: str | None = None
    opens_at: _TimeOfDay = None
    closes_at: _TimeOfDay = None
    description: str | None = None
    attributes: list[Any] = []


class HsdsLanguage(HsdsObject):
    name: str | None = None
    code: str | None = None
    note: str | None = None


class HsdsDocument(HsdsObject):
    document: str | None = None
    uri: str | None = None


class HsdsArea(HsdsObject):
    name: str | None = None


class HsdsMetadata(HsdsObject):
    resource_type: str | None = None
    last_action_date: str | None = None
    last_action_type: str | None = None
    field_name: str | None = None
    previous_value: str | None = None
    replacement_value: str | None = None
    updated_by: str | None = None


class HsdsServiceAtLocation(HsdsObject):
    location_id: str | None = None
    location: dict[str, Any] | None = None


class HsdsService(HsdsObject):
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
    metadata: list[Any] = []


class HsdsOrganization(HsdsObject):
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
    metadata: list[Any] = []
    services: list[Any] = []
