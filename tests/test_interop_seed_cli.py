"""The shipped directory of Haaglanden, and `wsp-desk partners import|export`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import FakeClock, run_cli
from wsp_desk.desk import DeskContext, open_desk
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.services.directory_exchange import import_seed


def test_the_seed_is_all_to_verify_and_invents_no_contact_details(desk: DeskContext, coordinator: Actor) -> None:
    result = import_seed(desk.directory, desk.directory_import, coordinator)
    assert result.warnings == []
    organizations = desk.directory.organizations(coordinator)
    services = desk.directory.services(coordinator)
    assert result.summary.added == len(organizations) + len(services)
    for record in (*organizations, *services):
        assert record.state.to_verify and record.state.last_verified_on is None
    for organization in organizations:
        data = organization.data
        assert not data.email and not data.phones and not data.contacts and not data.locations, data.name
    for service in services:
        data = service.data
        assert not data.email and not data.phones and not data.contacts and not data.location_ids, data.name
        assert data.description and data.how_to_refer and data.need_codes, data.name
    names = {organization.data.name for organization in organizations}
    for expected in ("UWV", "Leerwerkloket Haaglanden", "ROC Mondriaan", "Haeghe Groep", "Patijnenburg", "DSW",
                     "Combiwerk", "Taalhuis (bibliotheek)"):  # fmt: skip
        assert expected in names
    assert {f"Gemeente {place} – Werk en Inkomen" for place in MUNICIPALITIES} <= names
    for place in MUNICIPALITIES:
        suggestions = desk.directory_search.suggest(coordinator, ["debts_money"], "job_seeker", place)
        assert suggestions[0].service.data.name == f"Schuldhulpverlening {place}"


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
    export = ("--database", db_url, "partners", "export", "--format")
    code, out, err = run_cli(capsys, *export, "hsds-json", str(tmp_path / "a.json"))
    assert (code, err) == (0, "") and out.startswith("Exported 28 services")
    for fmt, target in (("hsds-csv", "tables"), ("xlsx", "a.xlsx"), ("csv", "a.csv")):
        assert run_cli(capsys, *export, fmt, str(tmp_path / target))[0] == 0
    for source in ("a.json", "tables", "a.xlsx", "a.csv"):
        code, out, err = run_cli(capsys, "--database", db_url, "partners", "import", str(tmp_path / source))
        assert (code, err) == (0, "")
        assert out.endswith("0 added, 0 updated, 47 unchanged.\n"), "the first start loaded the seed"


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
