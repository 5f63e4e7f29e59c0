"""Sample partner-directory records shared by the directory, search and interop tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from wsp_desk.desk import DeskContext
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
    ScheduleData,
    ServiceData,
    ServiceRecord,
)
from wsp_desk.domain.permissions import Actor

WEEKDAYS_9_TO_5 = ScheduleData(("MO", "TU", "WE", "TH", "FR"), time(9), time(17))

SCHULDHULP_ORG = OrganizationData(
    name="Gemeente Rijswijk",
    description="Werk, inkomen en schuldhulp voor inwoners van Rijswijk.",
    website="https://www.rijswijk.nl",
    partner_kind="municipality",
    phones=(PhoneData("14 070"),),
    locations=(
        LocationData(
            name="Gemeentehuis",
            addresses=(AddressData("Bogaardplein 15", "Rijswijk", "2284dp"),),
        ),
    ),
    metadata=(MetadataData("website", updated_by="https://www.rijswijk.nl/contact", last_action_date="2026-01"),),
)

SCHULDHULP = ServiceData(
    name="Schuldhulpverlening Rijswijk",
    description="Hulp bij schulden en betalingsachterstanden. Samen maken we een plan.",
    eligibility_description="Inwoners van Rijswijk met geldzorgen.",
    how_to_refer="Maak samen met de bezoeker een afspraak via het contactformulier.",
    need_codes=("debts_money",),
    visitor_kinds=("job_seeker", "employed"),
    municipalities=("Rijswijk",),
    contacts=(ContactData("Jan de Vries", "Schuldhulpverlener", email="j.devries@example.nl"),),
    schedules=(WEEKDAYS_9_TO_5, ScheduleData(valid_from=date(2026, 12, 24), valid_to=date(2027, 1, 1), closed=True)),
    languages=(LanguageData("nl", "Nederlands"), LanguageData("en", "Engels")),
    required_documents=(DocumentData("Een geldig identiteitsbewijs"),),
    metadata=(
        MetadataData("schedules", updated_by="https://www.rijswijk.nl/schulden", last_action_date="2026-02-03"),
        MetadataData("name", "update", "2025", "Corrie", "Schuldhulp", "Schuldhulpverlening Rijswijk"),
    ),
)

COOPERATIE_ORG = OrganizationData(name="Coöperatie Werkcafé Delft", partner_kind="other")
COOPERATIE = ServiceData(
    name="Werkcafé",
    description="Een kop koffie in het café en hulp bij je cv en solliciteren.",
    need_codes=("work_finding",),
    visitor_kinds=("job_seeker",),
    municipalities=("Delft",),
    schedules=(ScheduleData(("WE",), time(13), time(16)),),
)

EMPLOYER_ORG = OrganizationData(name="WSP Rijswijk", partner_kind="employer_service_point")
EMPLOYER_DESK = ServiceData(
    name="Werkgeversdienstverlening",
    description="Advies over personeel, loonkostensubsidie en de no-riskpolis.",
    need_codes=("recruiting", "subsidies_arrangements"),
    visitor_kinds=("employer",),
)


def add(
    desk: DeskContext, actor: Actor, organization: OrganizationData, *services: ServiceData
) -> tuple[OrganizationRecord, list[ServiceRecord]]:
    """Create an organisation with services; the services are at the organisation's first location, if any."""
    org = desk.directory.create_organization(actor, organization)
    location_ids = tuple(location.id for location in org.data.locations[:1])
    created = [
        desk.directory.create_service(actor, org.id, service if service.location_ids else _at(service, location_ids))
        for service in services
    ]
    return org, created


def _at(service: ServiceData, location_ids: tuple[str, ...]) -> ServiceData:
    return replace(service, location_ids=location_ids)


def sample_directory(desk: DeskContext, actor: Actor) -> dict[str, ServiceRecord]:
    """Three organisations with one service each, by service name."""
    services: dict[str, ServiceRecord] = {}
    for organization, service in (
        (SCHULDHULP_ORG, SCHULDHULP),
        (COOPERATIE_ORG, COOPERATIE),
        (EMPLOYER_ORG, EMPLOYER_DESK),
    ):
        _, (record,) = add(desk, actor, organization, service)
        services[record.data.name] = record
    return services
