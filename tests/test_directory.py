"""The partner directory: upkeep, validation, optimistic locking, history, verification, reports and the to-do list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from tests.directory_data import EMPLOYER_DESK, EMPLOYER_ORG, SCHULDHULP, SCHULDHULP_ORG, add, sample_directory
from tests.support import FakeClock
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import (
    VERIFY_EVERY,
    AddressData,
    ContactData,
    Fact,
    LocationData,
    MetadataData,
    OrganizationData,
    OrganizationRecord,
    PhoneData,
    RecordKind,
    RecordState,
    ScheduleData,
    ServiceData,
    ServiceRecord,
    Trust,
    record_trust,
)
from wsp_desk.domain.directory_checks import check_service
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ConflictError, PermissionDenied, ValidationFailed
from wsp_desk.services.directory.bundle import InvalidBundle


def test_create_and_read_back_normalised(desk: DeskContext, coordinator: Actor) -> None:
    organization, (service,) = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    assert organization.version == 1 and organization.state == RecordState(to_verify=True)
    assert organization.data.phones == (PhoneData("+3114070"),)
    (location,) = organization.data.locations
    assert location.addresses[0].postal_code == "2284 DP"
    assert service.organization_name == "Gemeente Rijswijk"
    assert service.data.visitor_kinds == ("employed", "job_seeker")
    assert service.locations == (location,)
    assert desk.directory.service(coordinator, service.id) == service
    assert [o.data.name for o in desk.directory.organizations(coordinator)] == ["Gemeente Rijswijk"]
    assert desk.directory.services(coordinator, organization_id=organization.id) == [service]


def test_update_replaces_children_and_notes_each_field(desk: DeskContext, coordinator: Actor) -> None:
    _, (service,) = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    changed = replace(
        service.data,
        name="Schuldhulp Rijswijk",
        contacts=(ContactData("Fatima El Amrani", phones=(PhoneData("070 123 4567"),)),),
        schedules=(ScheduleData(("MO",), time(9), time(12)),),
    )
    updated = desk.directory.update_service(coordinator, service.id, service.version, changed)
    assert updated.version == service.version + 1
    assert updated.data.contacts == (ContactData("Fatima El Amrani", phones=(PhoneData("+31701234567"),)),)
    assert updated.data.schedules == (ScheduleData(("MO",), time(9), time(12)),)
    history = desk.directory.history(coordinator, RecordKind.SERVICE, service.id)
    fields = {entry.field: entry for entry in history}
    assert set(fields) == {"name", "contacts", "schedules", "metadata", "record"}, "the sources of both went"
    assert fields["metadata"].new_value == ""
    assert fields["name"].old_value == "Schuldhulpverlening Rijswijk"
    assert fields["name"].new_value == "Schuldhulp Rijswijk"
    assert fields["contacts"].new_value == "Fatima El Amrani | +31701234567 | voice"
    assert fields["name"].actor_name == "Corrie Coördinator"


def test_saving_the_same_data_changes_nothing(desk: DeskContext, coordinator: Actor) -> None:
    _, (service,) = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    again = desk.directory.update_service(coordinator, service.id, service.version, service.data)
    assert again.version == service.version
    assert len(desk.directory.history(coordinator, RecordKind.SERVICE, service.id)) == 1


def test_a_stale_version_is_refused_and_nothing_is_overwritten(desk: DeskContext, coordinator: Actor) -> None:
    _, (service,) = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    desk.directory.update_service(coordinator, service.id, service.version, replace(service.data, alert="Verhuisd"))
    with pytest.raises(ConflictError):
        desk.directory.update_service(coordinator, service.id, service.version, replace(service.data, name="Oud"))
    with pytest.raises(ConflictError):
        desk.directory.verify(coordinator, RecordKind.SERVICE, service.id, service.version)
    current = desk.directory.service(coordinator, service.id)
    assert (current.data.name, current.data.alert) == ("Schuldhulpverlening Rijswijk", "Verhuisd")


def test_an_edit_of_a_location_bumps_the_organisation(desk: DeskContext, coordinator: Actor) -> None:
    organization, _ = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    (location,) = organization.data.locations
    moved = replace(location, addresses=(AddressData("Nieuwe Weg 1", "Rijswijk", "2281 AB"),))
    updated = desk.directory.update_organization(
        coordinator, organization.id, organization.version, replace(organization.data, locations=(moved,))
    )
    assert updated.version == organization.version + 1
    assert updated.data.locations[0].addresses[0].address_1 == "Nieuwe Weg 1"
    assert desk.directory.services(coordinator)[0].locations[0].addresses[0].address_1 == "Nieuwe Weg 1"


def test_a_location_in_use_cannot_be_removed(desk: DeskContext, coordinator: Actor) -> None:
    organization, _ = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    with pytest.raises(ValidationFailed) as refused:
        desk.directory.update_organization(
            coordinator, organization.id, organization.version, replace(organization.data, locations=())
        )
    assert refused.value.field == "locations"


def test_a_service_may_only_use_its_own_organisations_locations(desk: DeskContext, coordinator: Actor) -> None:
    organization, _ = add(desk, coordinator, SCHULDHULP_ORG)
    other, _ = add(desk, coordinator, EMPLOYER_ORG)
    location_id = organization.data.locations[0].id
    with pytest.raises(ValidationFailed) as refused:
        desk.directory.create_service(coordinator, other.id, replace(EMPLOYER_DESK, location_ids=(location_id,)))
    assert refused.value.field == "location_ids"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ServiceData(name=" "), "name"),
        (ServiceData(name="x" * 256), "name"),
        (ServiceData(name="A", email="geen-mail"), "email"),
        (ServiceData(name="A", url="niet een adres"), "url"),
        (ServiceData(name="A", need_codes=("no_such_need",)), "need_codes"),
        (ServiceData(name="A", visitor_kinds=("alien",)), "visitor_kinds"),
        (ServiceData(name="A", status="busy"), "status"),
        (ServiceData(name="A", minimum_age=30, maximum_age=20), "maximum_age"),
        (ServiceData(name="A", phones=(PhoneData("12"),)), "phones[0].number"),
        (ServiceData(name="A", contacts=(ContactData("B", email="x@"),)), "contacts[0].email"),
        (
            ServiceData(name="A", contacts=(ContactData("B", phones=(PhoneData("abc"),)),)),
            "contacts[0].phones[0].number",
        ),
        (ServiceData(name="A", schedules=(ScheduleData(("MO",), time(17), time(9)),)), "schedules[0].closes_at"),
        (ServiceData(name="A", schedules=(ScheduleData(("XX",), time(9), time(17)),)), "schedules[0].byday"),
        (ServiceData(name="A", schedules=(ScheduleData(closed=True),)), "schedules[0].valid_from"),
        (ServiceData(name="A", description="x" * 10_001), "description"),
    ],
)
def test_invalid_service_data_names_the_field(
    desk: DeskContext, coordinator: Actor, data: ServiceData, field: str
) -> None:
    organization, _ = add(desk, coordinator, EMPLOYER_ORG)
    with pytest.raises(ValidationFailed) as refused:
        desk.directory.create_service(coordinator, organization.id, data)
    assert refused.value.field == field
    assert desk.directory.services(coordinator) == []


def test_every_problem_is_reported_at_once() -> None:
    _, problems = check_service(ServiceData(name="", email="x", phones=(PhoneData("1"), PhoneData("2"))))
    assert [p.field for p in problems] == ["name", "email", "phones[0].number", "phones[1].number"]


def test_an_edit_drops_the_source_of_the_field_it_changes(desk: DeskContext, coordinator: Actor) -> None:
    services = sample_directory(desk, coordinator)
    debt = services["Schuldhulpverlening Rijswijk"]
    assert {entry.field_name for entry in debt.data.metadata} == {"name", "schedules"}
    edited = replace(debt.data, schedules=(ScheduleData(("MO",), time(9), time(12)),), description="Anders.")
    saved = desk.directory.update_service(coordinator, debt.id, debt.version, edited)
    assert [entry.field_name for entry in saved.data.metadata] == ["name"], "the source no longer says this"
    assert "schedules" in {change.field for change in desk.directory.history(coordinator, RecordKind.SERVICE, debt.id)}


@pytest.mark.parametrize(
    ("day", "valid"), [("2026-01-31", True), ("2026-01", True), ("2026", True), ("", True), ("2026-02-30", False),
                       ("31-01-2026", False), ("2026-13", False)]
)  # fmt: skip
def test_a_metadata_date_is_as_precise_as_known(day: str, valid: bool) -> None:
    _, problems = check_service(ServiceData(name="X", metadata=(MetadataData("url", last_action_date=day),)))
    assert [p.field for p in problems] == ([] if valid else ["metadata[0].last_action_date"])


def test_invalid_postcode_of_a_dutch_address(desk: DeskContext, coordinator: Actor) -> None:
    data = OrganizationData(
        name="X", locations=(LocationData(addresses=(AddressData("Straat 1", "Delft", "0123 AB"),)),)
    )
    with pytest.raises(ValidationFailed) as refused:
        desk.directory.create_organization(coordinator, data)
    assert refused.value.field == "locations[0].addresses[0].postal_code"
    foreign = OrganizationData(
        name="X", locations=(LocationData(addresses=(AddressData("Rue 1", "Brussel", "1000", country="BE"),)),)
    )
    assert desk.directory.create_organization(coordinator, foreign).data.locations[0].addresses[0].postal_code == "1000"


def test_verify_archive_and_restore(desk: DeskContext, coordinator: Actor, clock: FakeClock) -> None:
    organization, (service,) = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    version = desk.directory.verify(coordinator, RecordKind.SERVICE, service.id, service.version)
    verified = desk.directory.service(coordinator, service.id)
    assert verified.version == version
    assert verified.state == RecordState(to_verify=False, last_verified_on=date(2026, 11, 30))
    assert verified.last_verified_by == "Corrie Coördinator"

    version = desk.directory.set_archived(coordinator, RecordKind.SERVICE, service.id, version)
    assert desk.directory.services(coordinator) == []
    assert desk.directory.services(coordinator, include_archived=True)[0].state.archived
    desk.directory.set_archived(coordinator, RecordKind.SERVICE, service.id, version, archived=False)
    assert len(desk.directory.services(coordinator)) == 1

    desk.directory.set_archived(coordinator, RecordKind.ORGANIZATION, organization.id, organization.version)
    assert desk.directory.organizations(coordinator) == []
    assert desk.directory.services(coordinator) == [], "services of an archived organisation are hidden too"


def test_todo_lists_unverified_and_outdated_records_oldest_first(
    desk: DeskContext, coordinator: Actor, clock: FakeClock
) -> None:
    services = sample_directory(desk, coordinator)
    old = services["Werkcafé"]
    desk.directory.verify(coordinator, RecordKind.SERVICE, old.id, old.version)
    clock.advance(days=200)
    for record in desk.directory.organizations(coordinator):
        desk.directory.verify(coordinator, RecordKind.ORGANIZATION, record.id, record.version)
    recent = services["Werkgeversdienstverlening"]
    desk.directory.verify(coordinator, RecordKind.SERVICE, recent.id, recent.version)
    clock.advance(days=200)  # the first verification is now over a year old

    todo = desk.directory_reports.todo(coordinator)
    assert [(item.name, item.trust) for item in todo.to_verify] == [
        ("Schuldhulpverlening Rijswijk", Trust.TO_VERIFY),
        ("Werkcafé", Trust.OVERDUE),
    ]


def test_todo_lists_what_each_record_lacks_partner_by_partner(desk: DeskContext, coordinator: Actor) -> None:
    sample_directory(desk, coordinator)
    todo = desk.directory_reports.todo(coordinator)
    assert [(item.partner, item.kind, item.name, item.missing) for item in todo.to_verify] == [
        ("Coöperatie Werkcafé Delft", RecordKind.ORGANIZATION, "Coöperatie Werkcafé Delft",
         (Fact.ADDRESS, Fact.PHONE, Fact.EMAIL, Fact.CONTACT_PERSON, Fact.WEBSITE)),
        ("Coöperatie Werkcafé Delft", RecordKind.SERVICE, "Werkcafé",
         (Fact.ADDRESS, Fact.PHONE, Fact.EMAIL, Fact.CONTACT_PERSON, Fact.WEBSITE)),
        ("Gemeente Rijswijk", RecordKind.ORGANIZATION, "Gemeente Rijswijk", (Fact.EMAIL, Fact.CONTACT_PERSON)),
        # The service has what its organisation lacks: a contact person with an e-mail address.
        ("Gemeente Rijswijk", RecordKind.SERVICE, "Schuldhulpverlening Rijswijk", ()),
        ("WSP Rijswijk", RecordKind.ORGANIZATION, "WSP Rijswijk",
         (Fact.ADDRESS, Fact.PHONE, Fact.EMAIL, Fact.CONTACT_PERSON, Fact.WEBSITE)),
        ("WSP Rijswijk", RecordKind.SERVICE, "Werkgeversdienstverlening",
         (Fact.ADDRESS, Fact.PHONE, Fact.EMAIL, Fact.OPENING_HOURS, Fact.CONTACT_PERSON, Fact.WEBSITE)),
    ]  # fmt: skip


def test_reports_by_anyone_resolved_by_the_coordinator(
    desk: DeskContext, coordinator: Actor, receptionist: Actor, guide: Actor
) -> None:
    service = sample_directory(desk, coordinator)["Werkcafé"]
    report = desk.directory_reports.report(
        receptionist, RecordKind.SERVICE, service.id, "Het werkcafé is nu op donderdag."
    )
    assert (report.record_name, report.reported_by) == ("Werkcafé", "Balie")
    with pytest.raises(ValidationFailed):
        desk.directory_reports.report(guide, RecordKind.SERVICE, service.id, "  ")
    assert [r.id for r in desk.directory_reports.todo(coordinator).reports] == [report.id]
    with pytest.raises(PermissionDenied):
        desk.directory_reports.resolve_report(guide, report.id, "Aangepast")

    resolved = desk.directory_reports.resolve_report(coordinator, report.id, "Tijden aangepast")
    assert resolved.resolved_by == "Corrie Coördinator" and resolved.resolution == "Tijden aangepast"
    assert desk.directory_reports.todo(coordinator).reports == []
    assert desk.directory_reports.reports(guide, RecordKind.SERVICE, service.id) == [resolved]
    with pytest.raises(ConflictError):
        desk.directory_reports.resolve_report(coordinator, report.id, "Nog eens")


def test_permissions(desk: DeskContext, coordinator: Actor, guide: Actor, receptionist: Actor) -> None:
    services = sample_directory(desk, coordinator)
    service = services["Werkcafé"]
    for reader in (guide, receptionist):
        assert len(desk.directory.services(reader)) == 3
        assert desk.directory.history(reader, RecordKind.SERVICE, service.id)
    refused = [
        lambda: desk.directory.create_organization(guide, OrganizationData(name="X")),
        lambda: desk.directory.create_service(guide, service.organization_id, ServiceData(name="X")),
        lambda: desk.directory.update_service(guide, service.id, service.version, service.data),
        lambda: desk.directory.verify(guide, RecordKind.SERVICE, service.id, service.version),
        lambda: desk.directory.set_archived(receptionist, RecordKind.SERVICE, service.id, service.version),
        lambda: desk.directory_reports.todo(guide),
        lambda: desk.directory_import.import_records(guide, [], []),
    ]
    for call in refused:
        with pytest.raises(PermissionDenied):
            call()


def test_changes_are_audited(desk: DeskContext, coordinator: Actor) -> None:
    _, (service,) = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    desk.directory.verify(coordinator, RecordKind.SERVICE, service.id, service.version)
    actions = [event.action for event in desk.audit.recent(coordinator)]
    assert actions[:3] == ["directory_verify", "directory_create", "directory_create"]
    assert desk.audit.verify().intact


def test_revision_tells_what_changed(desk: DeskContext, coordinator: Actor) -> None:
    start = desk.directory.revision()
    organization, (service,) = add(desk, coordinator, SCHULDHULP_ORG, SCHULDHULP)
    changes = desk.directory.changes_since(start)
    assert changes.revision == desk.directory.revision() > start
    assert changes.organization_ids == {organization.id} and changes.service_ids == {service.id}
    assert desk.directory.changes_since(changes.revision).service_ids == frozenset()


def test_import_is_all_or_nothing(desk: DeskContext, coordinator: Actor) -> None:
    organization = OrganizationRecord("3f0e1bde-0000-4000-8000-000000000001", OrganizationData(name="Org"))
    good = ServiceRecord("3f0e1bde-0000-4000-8000-000000000002", organization.id, ServiceData(name="Goed"))
    bad = ServiceRecord("3f0e1bde-0000-4000-8000-000000000003", "nobody", ServiceData(name="", email="x"))
    with pytest.raises(InvalidBundle) as refused:
        desk.directory_import.import_records(coordinator, [organization], [good, bad, good])
    assert [(p.index, p.error.field) for p in refused.value.problems] == [
        (1, "name"),
        (1, "email"),
        (1, "organization_id"),
        (2, "id"),
    ]
    assert desk.directory.is_empty()

    summary = desk.directory_import.import_records(coordinator, [organization], [good])
    assert (summary.added, summary.updated, summary.unchanged) == (2, 0, 0)
    summary = desk.directory_import.import_records(
        coordinator, [organization], [replace(good, state=RecordState(False, date(2026, 1, 5)))]
    )
    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 1)
    stored = desk.directory.service(coordinator, good.id)
    assert stored.state == RecordState(False, date(2026, 1, 5))
    assert stored.last_verified_by == "", "an imported verification names no verifier"


def test_a_record_is_trusted_for_a_year_after_a_coordinator_verified_it() -> None:
    today = date(2026, 11, 30)
    assert record_trust(True, today, today) is Trust.TO_VERIFY  # flagged again after a report
    assert record_trust(False, None, today) is Trust.TO_VERIFY
    assert record_trust(False, today - VERIFY_EVERY, today) is Trust.VERIFIED
    assert record_trust(False, today - VERIFY_EVERY - timedelta(days=1), today) is Trust.OVERDUE
    assert RecordState(to_verify=False, last_verified_on=today).trust(today) is Trust.VERIFIED
