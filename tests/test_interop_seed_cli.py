"""The shipped directory of Haaglanden, and `wsp-desk partners import|export`."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.support import FakeClock, run_cli
from wsp_desk.desk import DeskContext, open_desk
from wsp_desk.domain.directory import FROM_SOURCE, MetadataData, OrganizationData, ServiceData
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.services.directory_exchange import import_seed


def test_the_seed_is_all_to_verify_and_ships_contact_details_only_with_their_source(
    desk: DeskContext, coordinator: Actor
) -> None:
    result = import_seed(desk.directory, desk.directory_import, coordinator)
    assert result.warnings == []
    organizations = desk.directory.organizations(coordinator)
    services = desk.directory.services(coordinator)
    assert result.summary.added == len(organizations) + len(services)
    for record in (*organizations, *services):
        assert record.state.to_verify and record.state.last_verified_on is None
    for organization in organizations:
        data = organization.data
        assert_sourced(data.name, data.metadata, phones=data.phones, email=data.email, website=data.website,
                       contacts=data.contacts, locations=[loc for loc in data.locations if loc.addresses])  # fmt: skip
    for service in services:
        data = service.data
        assert_sourced(data.name, data.metadata, phones=data.phones, email=data.email, url=data.url,
                       contacts=data.contacts, schedules=data.schedules)  # fmt: skip
        assert data.description and data.how_to_refer and data.need_codes, data.name
    names = {organization.data.name for organization in organizations}
    for expected in ("UWV", "Leerwerkloket Haaglanden", "ROC Mondriaan", "Haeghe Groep", "Patijnenburg", "DSW",
                     "Combiwerk", "Taalhuis (bibliotheek)", "FNV", "CNV", "VNO-NCW West", "MKB Den Haag",
                     "BBR"):  # fmt: skip
        assert expected in names
    assert not [name for name in names | {s.data.name for s in services} if "bevestigen" in name], "no placeholders"
    assert {f"Gemeente {place} – Werk en Inkomen" for place in MUNICIPALITIES} <= names
    for place in MUNICIPALITIES:
        suggestions = desk.directory_search.suggest(coordinator, ["debts_money"], "job_seeker", place)
        assert suggestions[0].service.data.name == f"Schuldhulpverlening {place}"


def assert_sourced(name: str, metadata: tuple[MetadataData, ...], **facts: object) -> None:
    """Every contact fact a record ships has a source: a web page in its metadata, about that field."""
    sourced = {entry.field_name for entry in metadata if entry.last_action_type == FROM_SOURCE}
    for entry in metadata:
        assert entry.updated_by.startswith("https://"), (name, entry)
    for field, value in facts.items():
        if value:
            assert field in sourced, f"{name}: {field} without a source"


def test_the_seed_offers_dsw_no_more(desk: DeskContext, coordinator: Actor) -> None:
    import_seed(desk.directory, desk.directory_import, coordinator)
    dsw = next(s for s in desk.directory.services(coordinator) if s.organization_name == "DSW")
    assert dsw.data.status == "inactive" and "opgeheven" in dsw.data.alert
    suggested = desk.directory_search.suggest(coordinator, ["health_disability"], "job_seeker", "Rijswijk")
    assert suggested and dsw.id not in {hit.service.id for hit in suggested}
    found = desk.directory_search.search(coordinator, "werken met begeleiding")
    assert found[-1].service.id == dsw.id, "found, after every service that is offered"


# Words that address the reader as "je": the directory says "u" throughout.
_INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie|jezelf)\b", re.IGNORECASE)


def test_the_seed_says_u_not_je(desk: DeskContext, coordinator: Actor) -> None:
    import_seed(desk.directory, desk.directory_import, coordinator)
    texts = [
        text
        for record in (*desk.directory.organizations(coordinator), *desk.directory.services(coordinator))
        for text in _texts(record.data)
    ]
    assert len(texts) > 100
    assert [text for text in texts if _INFORMAL.search(text)] == []


def _texts(data: OrganizationData | ServiceData) -> list[str]:
    found = [data.name, data.description]
    if isinstance(data, ServiceData):
        found += [data.eligibility_description, data.how_to_refer, data.application_process, data.alert]
        found += [document.document for document in data.required_documents]
        found += [schedule.description for schedule in data.schedules]
    found += [phone.description for phone in data.phones]
    found += [location.description for location in getattr(data, "locations", ())]
    return [text for text in found if text]


def test_the_seed_updates_an_earlier_one_and_keeps_what_the_desk_changed(desk: DeskContext, coordinator: Actor) -> None:
    """An earlier seed had placeholders, since filled in under the same ids; a record a coordinator edited stays."""
    setup = replace(coordinator, user_id=None)  # the first start imports as nobody in particular
    import_seed(desk.directory, desk.directory_import, setup)
    union = next(o for o in desk.directory.organizations(coordinator) if o.data.name == "FNV")
    placeholder = replace(union, data=replace(union.data, name="Vakbond (naam nog te bevestigen)", metadata=()))
    desk.directory_import.import_records(setup, [placeholder], [])  # as the earlier seed left it
    westland = next(s for s in desk.directory.services(coordinator) if s.data.name == "Werk en inkomen Westland")
    edited = replace(westland.data, email="werk@example.nl")
    desk.directory.update_service(coordinator, westland.id, westland.version, edited)

    result = import_seed(desk.directory, desk.directory_import, setup)
    assert (result.summary.added, result.summary.updated, result.summary.kept) == (0, 1, 1)
    assert desk.directory.organization(coordinator, union.id).data.name == "FNV"
    assert desk.directory.service(coordinator, westland.id).data.email == "werk@example.nl"


def test_a_first_start_loads_the_seed_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    context, _ = open_desk(url, "test-desk", FakeClock())
    try:
        assert not context.directory.is_empty()
        revision = context.directory.revision()
    finally:
        context.close()
    context, _ = open_desk(url, "test-desk", FakeClock())
    try:
        assert context.directory.revision() == revision
    finally:
        context.close()


def test_export_and_import_on_the_command_line(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "--database", db_url, "init")[0] == 0  # the first start loads the seed; export only reads
    export = ("--database", db_url, "partners", "export", "--format")
    code, out, err = run_cli(capsys, *export, "hsds-json", str(tmp_path / "a.json"))
    assert (code, err) == (0, "") and out.startswith("Exported 31 services")
    for fmt, target in (("hsds-csv", "tables"), ("xlsx", "a.xlsx"), ("csv", "a.csv")):
        assert run_cli(capsys, *export, fmt, str(tmp_path / target))[0] == 0
    for source in ("a.json", "tables", "a.xlsx", "a.csv"):
        code, out, err = run_cli(capsys, "--database", db_url, "partners", "import", str(tmp_path / source))
        assert (code, err) == (0, "")
        assert out.endswith("0 added, 0 updated, 53 unchanged.\n"), "the first start loaded the seed"


def test_a_bad_file_exits_1_with_one_line_per_problem(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "a", "name": "", "email": "x"}, {"id": "b", "name": 3}]', encoding="utf-8")
    code, out, err = run_cli(capsys, "--database", db_url, "partners", "import", str(bad))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "bad.json, $[1], field name: Expected text.",
        "wsp-desk: 1 problem(s) in " + str(bad) + "; nothing was imported",
    ]
    code, _, err = run_cli(capsys, "--database", db_url, "partners", "import", str(tmp_path / "missing.json"))
    assert code == 1 and "no such file" in err


@pytest.mark.parametrize(
    "argv",
    [["partners"], ["partners", "export", "x"], ["partners", "export", "--format", "pdf", "x"], ["partners", "nope"]],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run_cli(capsys, *argv)[0] == 2
