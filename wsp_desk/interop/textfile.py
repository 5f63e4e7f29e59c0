"""Reading text files from outside: UTF-8 or a clear refusal, and CSV rows that match their header."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.report import Parsed, Place
from wsp_desk.outside_files import MEGABYTE, FileRefused, read_bytes

# A directory file larger than this is a mistake, not a directory (the shipped one of Haaglanden is 0.2 MB); what it
# holds unpacked, for a workbook.
MAX_FILE_BYTES = 20 * MEGABYTE
# More rows than this is no directory either: reading stops there instead of running out of memory.
MAX_ROWS = 10_000


def read_file(path: Path, parsed: Parsed, name: str | None = None) -> bytes | None:
    """The bytes of a directory file, or None with a problem (not an ordinary file, too large, unreadable)."""
    try:
        return read_bytes(path, MAX_FILE_BYTES)
    except FileRefused as refused:
        parsed.problem(Place(name or path.name), "", refused.template, **refused.fields)
        return None


def decode(data: bytes, file: str, parsed: Parsed) -> str | None:
    """The text of a UTF-8 file (with or without byte-order mark); None, with a problem, otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        parsed.problem(
            Place(file, f"line {line}"),
            "",
            QT_TRANSLATE_NOOP(
                "DeskError", "The file is not UTF-8 text (byte {byte} at position {position}). Save it as UTF-8."
            ),
            byte=f"0x{data[error.start]:02x}",
            position=error.start,
        )
        return None


def csv_rows(text: str, file: str, parsed: Parsed, delimiter: str = ",") -> list[tuple[Place, dict[str, str]]]:
    """The rows of a CSV text by column name, each with its place ("row 2" is the first row after the header).

    A row with more or fewer values than the header is a problem (a file cut off halfway ends like that)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for values in reader:
            if len(rows) > MAX_ROWS:
                too_many_rows(parsed, file)
                return []
            rows.append(values)
    except csv.Error as error:
        parsed.problem(Place(file, f"row {reader.line_num}"), "", "{detail}", detail=str(error))
        return []
    if not rows:
        return []
    header = [name.strip() for name in rows[0]]
    found = []
    for number, values in enumerate(rows[1:], start=2):
        place = Place(file, f"row {number}")
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            parsed.problem(
                place,
                "",
                QT_TRANSLATE_NOOP("DeskError", "This row has {found} values; the header has {expected}."),
                found=len(values),
                expected=len(header),
            )
            continue
        found.append((place, dict(zip(header, values, strict=True))))
    return found


def too_many_rows(parsed: Parsed, file: str) -> None:
    parsed.problem(
        Place(file),
        "",
        QT_TRANSLATE_NOOP("DeskError", "The file has more than {maximum} rows; split it into smaller files."),
        maximum=f"{MAX_ROWS:,}",
    )
