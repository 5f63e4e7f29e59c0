"""Import and export of the directory: the official HSDS examples, schema-valid exports, round trips, clear
refusals that write nothing."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from tests.directory_data import sample_directory
from tests.support import directory_snapshot
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import RecordKind, ScheduleData
from wsp_desk.domain.permissions import Actor
from wsp_desk.interop.files import Format, detect_format
from wsp_desk.interop.report import ImportFailed
from wsp_desk.services.directory_exchange import export_file, import_file, import_seed

HSDS = Path(__file__).resolve().parents[1].parent / "shared" / "hsds"
needs_hsds = pytest.mark.skipif(
    not HSDS.is_dir(), reason=f"the official HSDS schemas and examples are not at {HSDS} (a checkout outside CI)"
)


@pytest.fixture
def filled(desk: DeskContext, coordinator: Actor) -> DeskContext:
    services = sample_directory(desk, coordinator)
    debt = services["Schuldhulpverlening Rijswijk"]
    desk.directory.verify(coordinator, RecordKind.SERVICE, debt.id, debt.version)
    cafe = services["Werkcafé"]
    desk.directory.set_archived(coordinator, RecordKind.SERVICE, cafe.id, cafe.version)
    return desk


@needs_hsds
@pytest.mark.parametrize(
    "name",
    ["organization_full.json", "organization_list.json", "service_full.json", "service_list.json",
     "service_at_location_full.json", "service_at_location_list.json", "csv"],
)  # fmt: skip
def test_the_official_examples_import(desk: DeskContext, coordinator: Actor, name: str) -> None:
    result = import_file(desk.directory, desk.directory_import, coordinator, HSDS / "examples" / name)
    organization = desk.directory.organizations(coordinator)[0]
    assert organization.data.name == "Example Organization Inc."
    assert organization.state.to_verify, "a record from elsewhere is to be verified"
    if name != "organization_list.json":
        service = desk.directory.services(coordinator)[0]
        assert service.data.name == "Community Counselling"
        assert service.state.last_verified_on is not None and service.state.last_verified_on.year == 2005
        assert result.summary.added == 2
    if name.endswith("full.json") or name == "csv":
        service = desk.directory.services(coordinator)[0]
        # The tables give the phone to the contact it names; the JSON nests it in both.
        assert (service.data.phones or service.data.contacts[0].phones)[0].number == "+441234234567"
        assert service.data.languages[0].code == "ur"
        assert service.locations[0].addresses[0].city == "MyCity"
        assert any("weekly" in warning for warning in result.warnings)


@needs_hsds
def test_the_json_export_is_valid_hsds(filled: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    export_file(filled.directory, coordinator, tmp_path / "out.json", Format.HSDS_JSON)
    page = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert page["total_items"] == 3
    schema = json.loads((HSDS / "schema" / "compiled" / "organization.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for organization in page["contents"]:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(organization)]
        assert errors == []


@needs_hsds
def test_the_shipped_directory_exports_as_valid_hsds_with_its_sources(
    desk: DeskContext, coordinator: Actor, tmp_path: Path
) -> None:
    import_seed(desk.directory, desk.directory_import, coordinator)
    export_file(desk.directory, coordinator, tmp_path / "seed.json", Format.HSDS_JSON)
    page = json.loads((tmp_path / "seed.json").read_text(encoding="utf-8"))
    schema = json.loads((HSDS / "schema" / "compiled" / "organization.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = [
        f"{o['name']} {list(e.absolute_path)}: {e.message}" for o in page["contents"] for e in validator.iter_errors(o)
    ]
    assert errors == []
    westland = next(o for o in page["contents"] if o["name"].startswith("Gemeente Westland"))
    assert {
        "resource_id": westland["id"],
        "resource_type": "organization",
        "last_action_type": "source",
        "field_name": "website",
        "previous_value": "https://www.westland.nl",
        "replacement_value": "https://www.gemeentewestland.nl",
    }.items() <= next(m for m in westland["metadata"] if m["field_name"] == "website").items()
    export_file(desk.directory, coordinator, tmp_path / "tables", Format.HSDS_CSV)
    header = (tmp_path / "tables" / "metadata.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == (HSDS / "examples" / "csv" / "metadata.csv").read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("fmt", [Format.HSDS_JSON, Format.HSDS_CSV])
def test_export_then_import_gives_the_same_directory(
    filled: DeskContext, coordinator: Actor, tmp_path: Path, fmt: Format
) -> None:
    before = directory_snapshot(filled, coordinator)
    target = tmp_path / ("tables" if fmt == Format.HSDS_CSV else "directory.json")
    assert export_file(filled.directory, coordinator, target, fmt) == 3
    assert detect_format(target) == fmt

    again = import_file(filled.directory, filled.directory_import, coordinator, target)
    assert (again.summary.added, again.summary.updated) == (0, 0), "the same file changes nothing"

    with filled.database.write() as session:  # an empty directory
        for table in ("record_metadata", "service_at_location", "service_need_tag", "phone", "contact", "schedule",
                      "language", "required_document", "address", "service", "partner_location",
                      "organization"):  # fmt: skip
            session.execute(text(f"DELETE FROM {table}"))
    result = import_file(filled.directory, filled.directory_import, coordinator, target)
    assert result.summary.added == 6
    assert directory_snapshot(filled, coordinator) == before


def test_the_spreadsheet_round_trip(filled: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    before = directory_snapshot(filled, coordinator)
    for fmt, name in ((Format.XLSX, "sheet.xlsx"), (Format.CSV, "sheet.csv")):
        export_file(filled.directory, coordinator, tmp_path / name, fmt)
        assert detect_format(tmp_path / name) == fmt
        result = import_file(filled.directory, filled.directory_import, coordinator, tmp_path / name)
        assert (result.summary.added, result.summary.updated) == (0, 0)
    assert directory_snapshot(filled, coordinator) == before
    sheet = load_workbook(tmp_path / "sheet.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[1]]
    debt = {header[i]: cell.value for i, cell in enumerate(sheet[3])}
    assert debt["Dienst"] == "Schuldhulpverlening Rijswijk"
    assert debt["Behoeften"] == "Schulden en geldzorgen"
    assert debt["Openingstijden"] == "ma-vr 09:00-17:00\ngesloten van 2026-12-24 t/m 2027-01-01"
    assert debt["Bezoekers"] == "werkende\nwerkzoekende"
    assert debt["Te controleren"] == "nee"


def test_a_coordinator_adds_services_in_a_spreadsheet(desk: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    sheet = tmp_path / "nieuw.csv"
    sheet.write_text(
        "Organisatie;Soort partner;Dienst;Behoeften;Bezoekers;Gemeenten;Openingstijden;Telefoon\n"
        "Bibliotheek Rijswijk;taal;Taalhuis;Taal en digitale vaardigheden;werkzoekende;Rijswijk;"
        '"di,do 10:00-12:00\nzo 12:00-16:00";070 123 4567\n'
        "Bibliotheek Rijswijk;taal;Digicafé;language_digital;;;;\n",
        encoding="utf-8",
    )
    result = import_file(desk.directory, desk.directory_import, coordinator, sheet)
    assert result.summary.added == 3
    (organization,) = desk.directory.organizations(coordinator)
    assert organization.data.partner_kind == "language"
    taalhuis = next(s for s in desk.directory.services(coordinator) if s.data.name == "Taalhuis")
    assert taalhuis.data.schedules[0].byday == ("TU", "TH")
    assert taalhuis.data.schedules[1] == ScheduleData(("SU",), time(12), time(16))
    assert taalhuis.data.phones[0].number == "+31701234567"
    assert taalhuis.state.to_verify
    # The same sheet again updates instead of adding.
    assert import_file(desk.directory, desk.directory_import, coordinator, sheet).summary.added == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"id": "x", "name": "Org", "services": [{"id": "s", "name": 5, "status": "active"}]}',
         "services[0], field name: Expected text."),
        (b'{"id": "x", "name": "Org", "email": "nope"}', "directory.json, $, field email: 'nope' is not a valid"),
        (b'{"id": "x", "name": "Org", "phones": [{"number": "12"}]}', "$.phones[0], field number: '12' is not a valid"),
        (b'[{"id": "x", "name": "Org", "services": [{"id": "s", "name": "S", "status": "active", "attributes": '
         b'[{"taxonomy_term": {"code": "wonen", "taxonomy": "wsp-desk-needs"}}]}]}]',
         "$[0].services[0], field attributes: 'wonen' is not a known need."),
        (b'{"id": "x", "name": "Org", "locations": [{"id": "l", "location_type": "physical", "addresses": '
         b'[{"address_1": "Straat 1", "city": "Delft", "postal_code": "12345"}]}]}',
         "$.locations[0], field addresses[0].postal_code: '12345' is not a Dutch postcode"),
        (b'{"id": "x", "name": "' + b"x" * 300 + b'"}', "field name: This text is too long: at most 255"),
        (b'{"id": "x", "na', "directory.json, line 1, column 13: This is not valid JSON"),
        (b'{"id": "x", "name": "Caf\xe9"}', "line 1: The file is not UTF-8 text (byte 0xe9 at position 24)"),
        (b'{"id": "x"}', "This is not an HSDS organization, service or service_at_location."),
        (b'{"id": "s", "name": "S", "status": "active", "organization_id": "elders"}',
         "field organization_id: There is no organisation with id elders."),
    ],
)  # fmt: skip
def test_bad_json_is_refused_clearly_and_nothing_is_written(
    desk: DeskContext, coordinator: Actor, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "directory.json"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as refused:
        import_file(desk.directory, desk.directory_import, coordinator, path)
    assert any(expected in str(problem) for problem in refused.value.problems), [str(p) for p in refused.value.problems]
    assert desk.directory.is_empty()


def test_bad_tables_are_refused_by_file_and_row(filled: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    before = directory_snapshot(filled, coordinator)
    export_file(filled.directory, coordinator, tmp_path / "t", Format.HSDS_CSV)
    phones = tmp_path / "t" / "phones.csv"
    phones.write_text(phones.read_text(encoding="utf-8") + "p1,,,,,,0000,,voice,\n", encoding="utf-8")
    contacts = tmp_path / "t" / "contacts.csv"
    lines = contacts.read_text(encoding="utf-8").splitlines()
    contacts.write_text("\n".join([*lines, lines[1].replace("example.nl", "example")]) + "\n", encoding="utf-8")
    services = tmp_path / "t" / "services.csv"
    services.write_text(services.read_text(encoding="utf-8")[:-40], encoding="utf-8")  # cut off halfway a row
    with pytest.raises(ImportFailed) as refused:
        import_file(filled.directory, filled.directory_import, coordinator, tmp_path / "t" / "datapackage.json")
    messages = [str(problem) for problem in refused.value.problems]
    assert any(m.startswith("services.csv, row 4: This row has") for m in messages), messages
    assert directory_snapshot(filled, coordinator) == before


def test_a_number_for_an_opening_time_is_refused_at_its_field(
    filled: DeskContext, coordinator: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "directory.json"
    export_file(filled.directory, coordinator, path, Format.HSDS_JSON)
    document = json.loads(path.read_text(encoding="utf-8"))
    service = next(s for o in document["contents"] for s in o["services"] if s["schedules"])
    service["schedules"][0]["opens_at"] = 0  # pydantic alone would read seconds since midnight, in UTC
    path.write_text(json.dumps(document), encoding="utf-8")
    before = directory_snapshot(filled, coordinator)
    with pytest.raises(ImportFailed) as refused:
        import_file(filled.directory, filled.directory_import, coordinator, path)
    assert [problem.field for problem in refused.value.problems] == ["opens_at"]
    assert "Expected a time like 09:00." in str(refused.value.problems[0])
    assert directory_snapshot(filled, coordinator) == before


def test_a_broken_workbook_is_refused(desk: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFailed) as refused:
        import_file(desk.directory, desk.directory_import, coordinator, path)
    assert "not a readable XLSX workbook" in str(refused.value.problems[0])


def test_a_guide_may_export_but_not_import(filled: DeskContext, guide: Actor, tmp_path: Path) -> None:
    export_file(filled.directory, guide, tmp_path / "out.json", Format.HSDS_JSON)
    with pytest.raises(Exception, match="not allowed"):
        import_file(filled.directory, filled.directory_import, guide, tmp_path / "out.json")


def test_an_import_keeps_the_records_it_does_not_name(filled: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    export_file(filled.directory, coordinator, tmp_path / "out.json", Format.HSDS_JSON)
    page = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    page["contents"] = page["contents"][:1]
    page["contents"][0]["name"] = "Andere naam"
    (tmp_path / "one.json").write_text(json.dumps(page), encoding="utf-8")
    result = import_file(filled.directory, filled.directory_import, coordinator, tmp_path / "one.json")
    assert result.summary.updated == 1
    names = [o.data.name for o in filled.directory.organizations(coordinator)]
    assert "Andere naam" in names and len(names) == 3
