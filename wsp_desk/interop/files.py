"""The directory's file formats: which one a file is, and reading or writing plain records in any of them."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

from wsp_desk.domain.directory import OrganizationRecord, ServiceRecord
from wsp_desk.errors import DeskError
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop import hsds_csv, hsds_json, spreadsheet
from wsp_desk.interop.report import Parsed
from wsp_desk.interop.textfile import read_file


class Format(enum.StrEnum):
    HSDS_JSON = "hsds-json"
    HSDS_CSV = "hsds-csv"  # a folder of HSDS tables with datapackage.json
    XLSX = "xlsx"  # one row per service, Dutch column names
    CSV = "csv"  # the same as a CSV file

    @property
    def completes_known_records(self) -> bool:
        """A spreadsheet names organisations only: the rest of a known one comes from the directory."""
        return self in (Format.XLSX, Format.CSV)


def detect_format(path: Path) -> Format:
    """The format of a file or folder to import, from its name and, where that says nothing, its first bytes."""
    if path.is_dir() or path.name == "datapackage.json" or path.name in hsds_csv.TABLES:
        return Format.HSDS_CSV
    suffix = path.suffix.lower()
    if suffix == ".json":
        return Format.HSDS_JSON
    if suffix in (".xlsx", ".xlsm"):
        return Format.XLSX
    if suffix == ".csv" or not path.is_file():  # what is no ordinary file is refused when read, never opened here
        return Format.CSV
    with path.open("rb") as file:
        start = file.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"{", b"[")):
        return Format.HSDS_JSON
    return Format.XLSX if start.startswith(b"PK\x03\x04") else Format.CSV


def read(
    path: Path,
    fmt: Format,
    known_organizations: Sequence[OrganizationRecord] = (),
    known_services: Sequence[ServiceRecord] = (),
) -> Parsed:
    """The records of a file, with where each came from, or the problems found in it (the known records matter
    only to a format that `completes_known_records`)."""
    if fmt == Format.HSDS_CSV:
        return hsds_csv.read(path if path.is_dir() else path.parent)
    parsed = Parsed()
    data = read_file(path, parsed)
    if data is None:
        return parsed
    if fmt == Format.HSDS_JSON:
        return hsds_json.read(data, path.name)
    if fmt == Format.XLSX:
        return spreadsheet.read_xlsx(data, path.name, known_organizations, known_services)
    return spreadsheet.read_csv(data, path.name, known_organizations, known_services)


def write(
    path: Path, fmt: Format, organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]
) -> None:
    try:
        if fmt == Format.HSDS_CSV:
            hsds_csv.write(path, organizations, services)
        elif fmt == Format.HSDS_JSON:
            path.write_bytes(hsds_json.write(organizations, services))
        elif fmt == Format.XLSX:
            path.write_bytes(spreadsheet.write_xlsx(organizations, services))
        else:
            path.write_bytes(spreadsheet.write_csv(organizations, services))
    except OSError as error:
        raise DeskError(
            QT_TRANSLATE_NOOP("DeskError", "{path} cannot be written ({reason})."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
