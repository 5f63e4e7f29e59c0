"""Importing and exporting the partner directory as files: the formats, the one import path, the one export path.

An import is all or nothing: every problem of the file is reported (by file, place and field) and nothing is
written unless there are none.
"""

from __future__ import annotations

import enum
from importlib.resources import as_file
from pathlib import Path

from wsp_desk.domain.directory import RecordKind
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop import hsds_csv, hsds_json, spreadsheet
from wsp_desk.interop.report import ImportFailed, ImportProblem, ImportResult, Origins, Parsed, Place
from wsp_desk.resource_files import resource
from wsp_desk.services.directory import DirectoryService
from wsp_desk.services.directory.bundle import InvalidBundle

# The partner kinds of the municipal letter in Haaglanden, every record to be verified, no invented contact details.
SEED = ("directory", "haaglanden.hsds.json")


class Format(enum.StrEnum):
    HSDS_JSON = "hsds-json"
    HSDS_CSV = "hsds-csv"  # a folder of HSDS tables with datapackage.json
    XLSX = "xlsx"  # one row per service, Dutch column names
    CSV = "csv"  # the same as a CSV file


def detect_format(path: Path) -> Format:
    """The format of a file or folder to import, from its name and, where that says nothing, its first bytes."""
    if path.is_dir() or path.name == "datapackage.json" or path.name in hsds_csv.TABLES:
        return Format.HSDS_CSV
    suffix = path.suffix.lower()
    if suffix == ".json":
        return Format.HSDS_JSON
    if suffix in (".xlsx", ".xlsm"):
        return Format.XLSX
    if suffix == ".csv":
        return Format.CSV
    with path.open("rb") as file:
        start = file.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"{", b"[")):
        return Format.HSDS_JSON
    return Format.XLSX if start.startswith(b"PK\x03\x04") else Format.CSV


def read_file(directory: DirectoryService, actor: Actor, path: Path, fmt: Format | None = None) -> Parsed:
    """The records of a file, with where each came from, or the problems found in it."""
    fmt = fmt or detect_format(path)
    if fmt == Format.HSDS_CSV:
        return hsds_csv.read(path if path.is_dir() else path.parent)
    try:
        data = path.read_bytes()
    except OSError as error:
        parsed = Parsed()
        parsed.problem(
            Place(path.name),
            "",
            QT_TRANSLATE_NOOP("DeskError", "The file cannot be read ({reason})."),
            reason=error.strerror or str(error),
        )
        return parsed
    if fmt == Format.HSDS_JSON:
        return hsds_json.read(data, path.name)
    # The spreadsheet names organisations only: the rest of a known one stays as it is.
    known = directory.organizations(actor, include_archived=True), directory.services(actor, include_archived=True)
    if fmt == Format.XLSX:
        return spreadsheet.read_xlsx(data, path.name, *known)
    return spreadsheet.read_csv(data, path.name, *known)


def import_file(directory: DirectoryService, actor: Actor, path: Path, fmt: Format | None = None) -> ImportResult:
    """Add or update the file's records, all or nothing (ImportFailed lists every problem)."""
    require(actor, Action.EDIT_DIRECTORY)
    parsed = read_file(directory, actor, path, fmt)
    if parsed.problems:
        raise ImportFailed(parsed.problems)
    try:
        summary = directory.import_records(actor, parsed.organizations, parsed.services)
    except InvalidBundle as invalid:
        origins = {RecordKind.ORGANIZATION: parsed.organization_origins, RecordKind.SERVICE: parsed.service_origins}
        raise ImportFailed(
            [_located(origins[problem.kind][problem.index], problem.error) for problem in invalid.problems]
        ) from None
    return ImportResult(summary, parsed.warnings)


def _located(origins: Origins, error: ValidationFailed) -> ImportProblem:
    place, field = origins.locate(error.field)
    return ImportProblem(place, field, error.template, error.fields)


def export_file(directory: DirectoryService, actor: Actor, path: Path, fmt: Format) -> int:
    """Write the whole directory, archived records included; returns the number of services."""
    organizations = directory.organizations(actor, include_archived=True)
    services = directory.services(actor, include_archived=True)
    if fmt == Format.HSDS_CSV:
        hsds_csv.write(path, organizations, services)
    elif fmt == Format.HSDS_JSON:
        path.write_bytes(hsds_json.write(organizations, services))
    elif fmt == Format.XLSX:
        path.write_bytes(spreadsheet.write_xlsx(organizations, services))
    else:
        path.write_bytes(spreadsheet.write_csv(organizations, services))
    return len(services)


def import_seed(directory: DirectoryService, actor: Actor) -> ImportResult:
    """The shipped directory of Haaglanden, through the same import as any file."""
    with as_file(resource(*SEED)) as path:
        return import_file(directory, actor, path, Format.HSDS_JSON)
