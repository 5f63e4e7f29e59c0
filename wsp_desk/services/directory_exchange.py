"""Importing and exporting the partner directory as files: the one import path and the one export path.

An import is all or nothing: every problem of the file is reported (by file, place and field) and nothing is
written unless there are none.
"""

from __future__ import annotations

from importlib.resources import as_file
from pathlib import Path

from wsp_desk.domain.directory import RecordKind
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.errors import ValidationFailed
from wsp_desk.interop import files
from wsp_desk.interop.files import Format, detect_format
from wsp_desk.interop.report import ImportFailed, ImportProblem, ImportResult, Origins, Parsed
from wsp_desk.resource_files import resource
from wsp_desk.services.directory import BundleImport, DirectoryService
from wsp_desk.services.directory.bundle import InvalidBundle

# The partner kinds of the municipal letter in Haaglanden, every record to be verified, with only the contact
# details an official source confirms, each with that source in its metadata.
SEED = ("directory", "haaglanden.hsds.json")


def read_file(directory: DirectoryService, actor: Actor, path: Path, fmt: Format | None = None) -> Parsed:
    """The records of a file, with where each came from, or the problems found in it."""
    fmt = fmt or detect_format(path)
    if not fmt.completes_known_records:
        return files.read(path, fmt)
    known = directory.organizations(actor, include_archived=True), directory.services(actor, include_archived=True)
    return files.read(path, fmt, *known)


def import_file(
    directory: DirectoryService,
    importer: BundleImport,
    actor: Actor,
    path: Path,
    fmt: Format | None = None,
    *,
    keep_edited: bool = False,
) -> ImportResult:
    """Add or update the file's records, all or nothing (ImportFailed lists every problem); with `keep_edited`,
    records someone at the desk changed stay as they are."""
    require(actor, Action.EDIT_DIRECTORY)
    parsed = read_file(directory, actor, path, fmt)
    if parsed.problems:
        raise ImportFailed(parsed.problems, parsed.more_problems)
    try:
        summary = importer.import_records(actor, parsed.organizations, parsed.services, keep_edited=keep_edited)
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
    files.write(path, fmt, organizations, services)
    return len(services)


def import_seed(directory: DirectoryService, importer: BundleImport, actor: Actor) -> ImportResult:
    """The shipped directory of Haaglanden, through the same import as any file. Into a directory that holds an
    earlier seed it adds the new records and brings the seed's own records up to date by id (a record keeps its id
    when the seed renames it, as its placeholders became real organisations); a record someone at the desk has
    edited, verified or imported stays as they left it."""
    with as_file(resource(*SEED)) as path:
        return import_file(directory, importer, actor, path, Format.HSDS_JSON, keep_edited=True)
