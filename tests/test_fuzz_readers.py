"""Every reader of files from outside, fed what Hypothesis makes up: HSDS JSON, the spreadsheet as CSV and XLSX, the
HSDS tables with datapackage.json, conversation templates, the config file and the letterhead logo.

The property is the same for each: the reader gives its result, or problems / a DeskError that say in one sentence
what is wrong; never another exception. The number of examples comes from the Hypothesis profile (tests/conftest.py).
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from tests.support import png_image
from wsp_desk.config import load_config
from wsp_desk.errors import ConfigError, DeskError
from wsp_desk.interop import hsds_csv, hsds_json, spreadsheet
from wsp_desk.interop.report import Parsed
from wsp_desk.services.letterhead import check_logo
from wsp_desk.templates.loader import load_file

# Text with what breaks readers: control characters, quotes, separators, formula starts, bidi controls, non-BMP.
TEXT = st.text(
    st.one_of(
        st.sampled_from(list("\x00\x07\t\n\r\"';,=+-@|{}[]:#&*!%\\\u202e\u2066\ufeff")),
        st.characters(codec="utf-8"),
    ),
    max_size=30,
)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT, st.integers(-(10**30), 10**30)
)
JSON = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(TEXT, children, max_size=4)),
    max_leaves=30,
)
HSDS_KEYS = st.sampled_from(
    [
        "id", "name", "services", "organization", "organization_id", "status", "service", "location",
        "service_at_locations", "locations", "addresses", "phones", "contacts", "schedules", "attributes",
        "taxonomy_term", "metadata", "languages", "minimum_age", "opens_at", "byday", "freq", "contents", "number",
        "assured_date", "valid_from", "latitude", "extension", "code", "taxonomy", "value", "email", "url",
    ]
)  # fmt: skip
# Objects shaped like HSDS, with the wrong types and values in its own fields.
HSDS = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(HSDS_KEYS, children, max_size=6)),
    max_leaves=40,
)


def no_surprise(parsed: Parsed) -> None:
    """Every problem reads as a sentence (its template fills in)."""
    for problem in parsed.problems:
        assert str(problem)


@given(document=HSDS)
def test_hsds_json_of_any_shape(document: Any) -> None:
    no_surprise(hsds_json.read(json.dumps(document).encode(), "fuzz.json"))


@given(data=st.binary(max_size=200) | TEXT.map(str.encode))
def test_hsds_json_of_any_bytes(data: bytes) -> None:
    no_surprise(hsds_json.read(data, "fuzz.json"))


def _cells(draw: st.DrawFn) -> list[list[str]]:
    columns = draw(st.lists(st.sampled_from(spreadsheet.COLUMNS), min_size=1, max_size=8, unique=True))
    rows = draw(st.lists(st.lists(TEXT, min_size=len(columns), max_size=len(columns)), max_size=4))
    return [list(columns), *rows]


@st.composite
def sheets(draw: st.DrawFn) -> list[list[str]]:
    return _cells(draw)


@given(table=sheets(), separator=st.sampled_from([";", ","]))
def test_spreadsheet_csv_with_any_cells(table: list[list[str]], separator: str) -> None:
    text = "\r\n".join(separator.join(f'"{cell}"' if i % 2 else cell for i, cell in enumerate(row)) for row in table)
    no_surprise(spreadsheet.read_csv(text.encode(), "fuzz.csv", (), ()))


@given(table=sheets(), value=SCALARS | st.dates() | st.datetimes())
def test_spreadsheet_xlsx_with_any_cells(table: list[list[str]], value: Any) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in table:
        # What XML cannot hold openpyxl refuses to write; a program that writes it anyway is below (damaged bytes).
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    if len(table) > 1:
        sheet.cell(2, 1, ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    no_surprise(spreadsheet.read_xlsx(buffer.getvalue(), "fuzz.xlsx", (), ()))


@pytest.fixture(scope="module")
def small_workbook() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(spreadsheet.COLUMNS[:6]))
    sheet.append(["s1", "o1", "Organisatie", "gemeente", "Dienst", "Andere"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@given(data=st.data())
def test_a_damaged_xlsx(small_workbook: bytes, data: st.DataObject) -> None:
    """Bytes changed or cut off, or a member of the zip replaced by any XML-like text."""
    content = bytearray(small_workbook)
    for _ in range(data.draw(st.integers(1, 8))):
        content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
    no_surprise(spreadsheet.read_xlsx(bytes(content), "fuzz.xlsx", (), ()))
    no_surprise(
        spreadsheet.read_xlsx(small_workbook[: data.draw(st.integers(0, len(small_workbook)))], "f.xlsx", (), ())
    )
    member = data.draw(st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"]))
    xml = data.draw(st.sampled_from(['<?xml version="1.0"?>', "<!DOCTYPE x [<!ENTITY a 'b'>]>", ""])) + data.draw(
        st.text(st.sampled_from(list("<>/=\"' &;abcrowv1!-[]")), max_size=60)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(small_workbook)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            target.writestr(item, xml if item.filename == member else source.read(item))
    no_surprise(spreadsheet.read_xlsx(buffer.getvalue(), "fuzz.xlsx", (), ()))


@given(
    tables=st.dictionaries(st.sampled_from(sorted(hsds_csv.TABLES)), st.lists(st.lists(TEXT, max_size=6), max_size=4))
)
def test_hsds_tables_with_any_rows(
    tmp_path_factory: pytest.TempPathFactory, tables: dict[str, list[list[str]]]
) -> None:
    folder = tmp_path_factory.mktemp("tables")
    (folder / "organizations.csv").write_text("id,name\r\n", encoding="utf-8")
    (folder / "datapackage.json").write_text("{}", encoding="utf-8")
    for name, rows in tables.items():
        columns = hsds_csv.TABLES[name]
        lines = [",".join(columns)] + [",".join(json.dumps(cell) for cell in row) for row in rows]
        (folder / name).write_text("\r\n".join(lines), encoding="utf-8", errors="surrogatepass")
    no_surprise(hsds_csv.read(folder))


@given(
    template=st.dictionaries(
        st.sampled_from(["id", "version", "title", "visitor_kinds", "sections", "questions", "options", "show_if"]),
        JSON,
        max_size=6,
    )
    | JSON
)
def test_a_template_of_any_shape(tmp_path_factory: pytest.TempPathFactory, template: Any) -> None:
    path = tmp_path_factory.mktemp("templates") / "fuzz.yaml"
    path.write_text(yaml.safe_dump(template, allow_unicode=True), encoding="utf-8")
    loaded, problems = load_file(path)
    assert (loaded is None) == bool(problems) and all(str(problem) for problem in problems)


@given(text=st.text(st.sampled_from(list("&*!<>abc:- \n[]{}'\"|#%@\t")), max_size=120))
def test_a_template_of_any_yaml_text(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("templates") / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    loaded, problems = load_file(path)
    assert (loaded is None) == bool(problems)


@given(
    text=st.text(st.sampled_from(list("[]{}=\"'.,# \nabc0123456789_-+:tTzZ")), max_size=120)
    | st.dictionaries(st.sampled_from(["database", "desk", "url", "workstation", "x"]), JSON, max_size=3).map(
        lambda value: "\n".join(f"{key} = {json.dumps(item)}" for key, item in value.items())
    )
)
def test_a_config_file_of_any_text(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("config") / "config.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_config(config_path=path)
    except ConfigError as error:
        assert str(path) in error.message


@given(data=st.data())
def test_a_logo_of_any_bytes(data: st.DataObject) -> None:
    """A real PNG with bytes changed (the declared size among them), or cut off."""
    content = bytearray(png_image(data.draw(st.integers(1, 40)), data.draw(st.integers(1, 40))))
    for _ in range(data.draw(st.integers(0, 6))):
        content[data.draw(st.integers(8, len(content) - 1))] = data.draw(st.integers(0, 255))
    content = content[: data.draw(st.integers(0, len(content)))]
    try:
        check_logo(bytes(content))
    except DeskError as error:
        assert error.message
