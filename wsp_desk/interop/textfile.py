"""Reading text files from outside: UTF-8 or a clear refusal, and CSV rows that match their header."""

from __future__ import annotations

import csv
import io

from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.report import Parsed, Place

# A directory file larger than this is a mistake, not a directory.
MAX_FILE_BYTES = 100 * 1024 * 1024


def decode(data: bytes, file: str, parsed: Parsed) -> str | None:
    """The text of a UTF-8 file (with or without byte-order mark); None, with a problem, otherwise."""
    if len(data) > MAX_FILE_BYTES:
        parsed.problem(
            Place(file),
            "",
            QT_TRANSLATE_NOOP("DeskError", "The file is larger than {megabytes} MB."),
            megabytes=MAX_FILE_BYTES // (1024 * 1024),
        )
        return None
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
    try:
        rows = list(reader)
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
