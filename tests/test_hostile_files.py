"""Crafted hostile and broken files, each refused in one sentence within limits: bombs, devices, pipes, nesting, huge
numbers, wrong types, and texts that no database or spreadsheet should take. The big ones are made here at run time.
"""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from tests.support import png_image, run_cli
from wsp_desk.config import load_config
from wsp_desk.db.models import Role
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import OrganizationData, OrganizationRecord, ServiceData, ServiceRecord
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ConfigError, ValidationFailed
from wsp_desk.interop import files
from wsp_desk.interop.files import Format
from wsp_desk.interop.report import ImportFailed
from wsp_desk.services.directory.bundle import InvalidBundle
from wsp_desk.services.directory_exchange import import_file
from wsp_desk.services.letterhead import check_logo
from wsp_desk.services.queue import Registration
from wsp_desk.templates.loader import load_file

# Each refusal must come this quickly (the 2-million-row workbook took 297 s before it ran out of memory).
SECONDS = 10

SERVICE = {"id": "s1", "name": "Dienst", "status": "active"}
ORGANIZATION = {"id": "o1", "name": "Organisatie", "services": [SERVICE]}


def problems_of(path: Path, fmt: Format | None = None) -> list[str]:
    started = time.monotonic()
    parsed = files.read(path, fmt or files.detect_format(path))
    assert time.monotonic() - started < SECONDS
    return [str(problem) for problem in parsed.problems]


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_member(xlsx: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one member of its zip replaced."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, content if item.filename == name else source.read(item))
    return buffer.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
SHEET_START = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10))
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
    b'<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
    b'<c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>'
)


# --- HSDS JSON ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "more than 32 levels deep"),
        ('{"a": ' + "[" * 32 + "]" * 32 + "}", "more than 32 levels deep"),
        ('{"id": "o1", "name": "O", "year_incorporated": ' + "9" * 5000 + "}", "more than 20 digits"),
        ('{"id": "o1", "name": "O", "legal_status": 1e999999}', "field legal_status: Expected text"),
        ('{"service": {"id": "s", "name": "S", "organization_id": "o"}, "service_at_locations": 5}', ""),
    ],
    ids=["nested 100,000 deep", "nested 33 deep", "5,000 digits", "infinite number", "links beside a service"],
)
def test_a_broken_json_file_gives_one_sentence(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(content, encoding="utf-8")
    found = problems_of(path)
    assert all(expected in problem for problem in found)


@pytest.mark.parametrize(
    ("service", "field"),
    [
        ({"service_at_locations": 5}, "service_at_locations: Expected a list."),
        ({"phones": {"number": "070"}}, "phones: Expected a list."),
        ({"name": 5}, "field name: Expected text."),
        ({"minimum_age": "veel"}, "field minimum_age: Expected a whole number."),
        ({"schedules": [{"opens_at": 900, "byday": "MO"}]}, "field opens_at: Expected a time like 09:00."),
    ],
)
def test_wrong_types_are_named(tmp_path: Path, service: dict[str, object], field: str) -> None:
    nested = {"service": {**SERVICE, "organization_id": "o1", **service}, "location": {"id": "l1"}}
    for document in ({**ORGANIZATION, "services": [{**SERVICE, **service}]}, nested):
        found = problems_of(write_json(tmp_path / "wrong.json", document))
        assert any(field in problem for problem in found), found


def test_a_million_problems_are_counted_not_listed(tmp_path: Path) -> None:
    parsed = files.read(write_json(tmp_path / "many.json", [5] * 1_000_000), Format.HSDS_JSON)
    failed = ImportFailed(parsed.problems, parsed.more_problems)
    assert failed.message == "The file has 1000000 problems; nothing was imported."
    assert len(failed.problems) == 101 and str(failed.problems[-1]) == "many.json: …and 999900 more problems."


# --- devices, pipes and sizes ---------------------------------------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no room on disk."""
    with path.open("wb") as file:
        file.truncate(size)
    return path


NOT_ORDINARY = "This is not an ordinary file (a folder, device or pipe cannot be read)."


@pytest.mark.parametrize("fmt", list(Format))
def test_a_pipe_is_refused_without_waiting(fifo: Path, fmt: Format) -> None:
    if fmt == Format.HSDS_CSV:
        fifo = fifo.rename(fifo.parent / "organizations.csv")
    assert any(NOT_ORDINARY in problem for problem in problems_of(fifo, fmt))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    assert problems_of(link) == [f"zero.json: {NOT_ORDINARY}"]
    assert problems_of(Path("/dev/zero"), Format.XLSX) == [f"zero: {NOT_ORDINARY}"]


@pytest.mark.parametrize("name", ["big.json", "big.csv", "big.xlsx", "services.csv"])
def test_a_file_too_large_is_refused_before_reading(tmp_path: Path, name: str) -> None:
    path = sparse(tmp_path / name, 21_000_000)
    if name == "services.csv":
        (tmp_path / "organizations.csv").write_text("id,name\r\n", encoding="utf-8")
    assert f"{name}: The file is larger than 20 MB." in problems_of(path)


# --- the spreadsheet ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sheet",
    [SHEET_START + b"<sheetData><row><c", LAUGHS, EXTERNAL],
    ids=["malformed", "billion laughs", "external entity"],
)
def test_a_workbook_with_bad_xml_is_refused(tmp_path: Path, sheet: bytes) -> None:
    assert openpyxl.DEFUSEDXML, "openpyxl parses with defusedxml"
    path = tmp_path / "bad.xlsx"
    path.write_bytes(with_member(workbook([["Dienst"], ["Een"]]), SHEET, sheet))
    assert problems_of(path) == ["bad.xlsx: This is not a readable XLSX workbook (or it is damaged)."]


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(with_member(workbook([["Dienst"]]), SHEET, SHEET_START + b" " * 25_000_000 + b"</worksheet>"))
    assert path.stat().st_size < 600_000  # as small as the 592 KB workbook of 2 million rows
    assert problems_of(path) == ["bomb.xlsx: The workbook unpacks to more than 20 MB."]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (2_000_000, "The workbook unpacks to more than 20 MB."),
        (50_000, "The file has more than 10,000 rows; split it into smaller files."),
    ],
)
def test_millions_of_rows_stop_at_the_maximum(tmp_path: Path, count: int, expected: str) -> None:
    rows = b"<row><c><v>1</v></c></row>" * count
    sheet = SHEET_START + b"<sheetData>" + rows + b"</sheetData></worksheet>"
    path = tmp_path / "rows.xlsx"
    path.write_bytes(with_member(workbook([["Dienst"]]), SHEET, sheet))
    assert path.stat().st_size < 600_000  # as small as the 592 KB workbook of 2 million rows
    assert problems_of(path) == [f"rows.xlsx: {expected}"]


def test_a_sheet_that_claims_every_column_is_read_to_its_own(tmp_path: Path) -> None:
    sheet = (
        SHEET_START + b'<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Dienst'
        b'</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Een</t></is></c></row></sheetData></worksheet>'
    )
    path = tmp_path / "wide.xlsx"
    path.write_bytes(with_member(workbook([["Dienst"]]), SHEET, sheet))
    assert problems_of(path) == ["wide.xlsx, row 2, field Organisatie: This field is required."]


def test_a_csv_file_of_too_many_rows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("Dienst;Organisatie\r\n" + "a;b\r\n" * 10_001, encoding="utf-8")
    assert problems_of(path) == ["rows.csv: The file has more than 10,000 rows; split it into smaller files."]


# --- what the database stores alike on SQLite and PostgreSQL -------------------------------------------------------


def refused(desk: DeskContext, actor: Actor, path: Path) -> list[str]:
    with pytest.raises(ImportFailed) as failed:
        import_file(desk.directory, desk.directory_import, actor, path)
    assert desk.directory.organizations(actor, include_archived=True) == []
    return [str(problem) for problem in failed.value.problems]


@pytest.mark.parametrize(
    ("organization", "expected"),
    [
        ({"id": "o" * 65}, "$[0], field id: An id has 1 to 64 characters."),
        ({"services": [{**SERVICE, "id": "s" * 65}]}, "$[0].services[0], field id: An id has 1 to 64 characters."),
        ({"name": "Nul\x00"}, "field name: This text holds an invisible control character (U+0000); remove it."),
        ({"description": "Bel\x07"}, "field description: This text holds an invisible control character (U+0007)"),
        ({"name": "Kwaad \u202egpj.exe"}, "field name: This text holds an invisible control character (U+202E)"),
        ({"name": "Twee\nregels"}, "field name: This text holds an invisible control character (U+000A)"),
        ({"services": [{**SERVICE, "languages": [{"code": "nl-" + "x" * 20}]}]}, "is not a language code"),
    ],
    ids=["long organisation id", "long service id", "NUL", "BEL", "override", "line break in a name", "long code"],
)
def test_what_a_database_cannot_store_is_refused_on_both(
    desk: DeskContext, coordinator: Actor, tmp_path: Path, organization: dict[str, object], expected: str
) -> None:
    path = write_json(tmp_path / "d.json", [{**ORGANIZATION, **organization}])
    found = refused(desk, coordinator, path)
    assert any(expected in problem for problem in found), found


def test_a_description_keeps_its_lines(desk: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    import_file(
        desk.directory,
        desk.directory_import,
        coordinator,
        write_json(tmp_path / "d.json", [{**ORGANIZATION, "description": "Een\r\nTwee\tdrie"}]),
    )
    assert desk.directory.organizations(coordinator)[0].data.description == "Een\nTwee\tdrie"


@pytest.mark.parametrize("text", ["Nul\x00", "Bel\x07", "\u202eabc", "Twee\nregels"])
def test_visitors_and_colleagues_names_are_checked_alike(desk: DeskContext, coordinator: Actor, text: str) -> None:
    location = desk.locations.list_locations()[0].id
    if "\n" in text:  # a colleague's name is one line: its line breaks become spaces
        added = desk.users.add_user(coordinator, "nieuw", f"Naam {text}", Role.GUIDE, "een lang wachtwoord 1")
        assert added.display_name == "Naam Twee regels"
    else:
        with pytest.raises(ValidationFailed, match="control character") as raised:
            desk.users.add_user(coordinator, "nieuw", f"Naam {text}", Role.GUIDE, "een lang wachtwoord 1")
        assert raised.value.field == "display_name"
    with pytest.raises(ValidationFailed, match="control character") as raised:
        desk.queue.register(coordinator, location, Registration(VisitorKind.JOB_SEEKER, name_or_initials=f"J. {text}"))
    assert raised.value.field == "name_or_initials"


@pytest.mark.parametrize("text", ["Nul\x00", "Bel\x07", "\u2066abc"])
def test_conversation_notes_are_checked_alike(desk: DeskContext, coordinator: Actor, guide: Actor, text: str) -> None:
    location = desk.locations.list_locations()[0].id
    visit = desk.queue.register(coordinator, location, Registration(VisitorKind.JOB_SEEKER, "work_finding"))
    desk.queue.call(guide, visit.id)
    conversation = desk.conversations.begin(guide, visit.id)
    with pytest.raises(ValidationFailed, match="control character") as raised:
        desk.conversations.save(guide, conversation.id, notes=f"Notitie {text}")
    assert raised.value.field == "notes"
    assert desk.conversations.save(guide, conversation.id, notes="Regel 1\r\nRegel 2").notes == "Regel 1\nRegel 2"


def test_more_services_than_a_database_takes_parameters_are_checked(desk: DeskContext, coordinator: Actor) -> None:
    """PostgreSQL takes at most 65,535 parameters in a statement, SQLite 32,766."""
    services = [ServiceRecord(f"s{n}", f"o{n}", ServiceData(name="Dienst")) for n in range(66_000)]
    with pytest.raises(InvalidBundle) as invalid:
        desk.directory_import.import_records(coordinator, [OrganizationRecord("o", OrganizationData("O"))], services)
    assert len(invalid.value.problems) == 66_000
    assert invalid.value.problems[0].error.message == "There is no organisation with id o0."


# --- templates, the config file, the logo ---------------------------------------------------------------------------


def template_problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    template, problems = load_file(path)
    assert template is None and time.monotonic() - started < SECONDS
    return [problem.message for problem in problems]


LAUGHING_YAML = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 10)}]\n" for n in range(9)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LAUGHING_YAML, "not valid YAML: aliases (*name) are not allowed in a template; write the part out"),
        ("id: " + "[" * 20_000 + "]" * 20_000, "not valid YAML: nested more than 16 levels deep"),
        ("sections:\n" + "- {}\n" * 2000, "…and 5956 more problems"),
    ],
    ids=["aliases to 10^10 questions", "nested 20,000 deep", "thousands of problems"],
)
def test_a_hostile_template_is_refused(tmp_path: Path, text: str, expected: str) -> None:
    problems = template_problems(tmp_path, text)
    assert problems[-1] == expected and len(problems) <= 51


def test_a_template_that_is_a_pipe_is_refused(fifo: Path) -> None:
    template, problems = load_file(fifo)
    assert template is None and [problem.message for problem in problems] == [NOT_ORDINARY]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda path: path.write_text("[desk]\nworkstation = " + "[" * 5000 + "]" * 5000), "it is nested too deeply"),
        (lambda path: path.write_text("[desk]\nworkstation = " + "9" * 5000), "a number in it is too long"),
        (lambda path: sparse(path, 2_000_000), "The file is larger than 1 MB."),
        (os.mkfifo, NOT_ORDINARY),
    ],
    ids=["nested", "5,000 digits", "too large", "pipe"],
)
def test_a_hostile_config_file_is_one_sentence(tmp_path: Path, make: Callable[[Path], object], expected: str) -> None:
    path = tmp_path / "config.toml"
    make(path)
    with pytest.raises(ConfigError) as error:
        load_config(config_path=path)
    assert error.value.message == f"The configuration file {path} cannot be used ({expected})."


def png_declaring(width: int, height: int) -> bytes:
    """A valid small PNG whose header claims another size (a decompression bomb declares billions of pixels)."""
    import struct
    import zlib

    png = bytearray(png_image(1, 1))
    png[16:24] = struct.pack(">II", width, height)
    png[29:33] = struct.pack(">I", zlib.crc32(bytes(png[12:29])))
    return bytes(png)


@pytest.mark.parametrize(
    "logo", [png_declaring(100_000, 100_000), png_declaring(4001, 10), png_image(2, 2)[:40], b"\x89PNG\r\n\x1a\n"]
)
def test_a_logo_bomb_or_a_broken_logo_is_refused_before_decoding(logo: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(ValidationFailed, match="at most 1 MB and 4000 × 4000 pixels"):
        check_logo(logo)
    assert time.monotonic() - started < 1


def test_a_logo_that_is_a_pipe_cannot_hang_the_letterhead_page(fifo: Path) -> None:
    from wsp_desk.outside_files import FileRefused, read_bytes

    with pytest.raises(FileRefused, match="not an ordinary file"):
        read_bytes(fifo, 1_000_000)


# --- the command line -----------------------------------------------------------------------------------------------


def test_the_command_line_says_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    assert run_cli(capsys, "--database", url, "init")[0] == 0
    code, _, err = run_cli(capsys, "--database", url, "letter", "--referral", str(10**23), "-o", str(tmp_path / "x"))
    assert code == 2 and f"argument --referral: a number from 1 to 2147483647, not {10**23}" in err
    code, _, err = run_cli(
        capsys, "--database", url, "partners", "export", "--format", "xlsx", str(tmp_path / "missing" / "out.xlsx")
    )
    assert code == 1
    assert err == f"wsp-desk: {tmp_path / 'missing' / 'out.xlsx'} cannot be written (No such file or directory).\n"
    assert "Traceback" not in err
