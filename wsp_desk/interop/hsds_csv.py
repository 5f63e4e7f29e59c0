"""HSDS 3.0 tabular: one CSV file per HSDS table in a folder, described by datapackage.json.

The tables are the flat form of the same nested objects the JSON format holds: writing flattens the export's
objects into rows with their parent's id; reading puts the rows back together by those ids and hands them to the
same HSDS reader, which points at a refused field by file and row.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wsp_desk.domain.directory import OrganizationRecord, ServiceRecord
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.hsds.reader import HsdsReader
from wsp_desk.interop.hsds.writer import directory_to_hsds
from wsp_desk.interop.report import Parsed, Place
from wsp_desk.interop.textfile import csv_rows, decode, read_file

# The HSDS tables the desk reads and writes, with their columns in the order of the official example.
TABLES: dict[str, tuple[str, ...]] = {
    "organizations.csv": (
        "id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id",
        "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id",
    ),
    "services.csv": (
        "id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email", "status",
        "interpretation_services", "application_process", "fees_description", "wait_time", "fees", "accreditations",
        "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses",
        "alert", "last_modified",
    ),
    "locations.csv": (
        "id", "location_type", "url", "organization_id", "name", "alternate_name", "description", "transportation",
        "latitude", "longitude", "external_identifier", "external_identifier_type",
    ),
    "addresses.csv": (
        "id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province",
        "postal_code", "country", "address_type",
    ),
    "service_at_location.csv": ("id", "service_id", "location_id", "description"),
    "contacts.csv": (
        "id", "organization_id", "service_id", "service_at_location_id", "location_id", "name", "title",
        "department", "email",
    ),
    "phones.csv": (
        "id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id", "number",
        "extension", "type", "description",
    ),
    "schedules.csv": (
        "id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "timezone",
        "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description",
        "opens_at", "closes_at", "schedule_link", "attending_type", "notes",
    ),
    "languages.csv": ("id", "service_id", "location_id", "phone_id", "name", "code", "note"),
    "required_documents.csv": ("id", "service_id", "document", "uri"),
    "service_areas.csv": ("id", "service_id", "name", "description", "extent", "extent_type", "uri"),
    "attributes.csv": ("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"),
    "taxonomy_terms.csv": (
        "id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri",
    ),
    "metadata.csv": (
        "id", "resource_id", "resource_type", "last_action_date", "last_action_type", "field_name", "previous_value",
        "replacement_value", "updated_by",
    ),
}  # fmt: skip
_FILE = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "address": "addresses.csv",
    "service_at_location": "service_at_location.csv",
    "contact": "contacts.csv",
    "phone": "phones.csv",
    "schedule": "schedules.csv",
    "language": "languages.csv",
    "required_document": "required_documents.csv",
    "service_area": "service_areas.csv",
    "attribute": "attributes.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "metadata": "metadata.csv",
}
# (object, nested list) → (kind of its items, the column naming the parent), as the JSON nests them.
_NESTED: dict[tuple[str, str], tuple[str, str]] = {
    ("organization", "services"): ("service", "organization_id"),
    ("organization", "locations"): ("location", "organization_id"),
    ("organization", "contacts"): ("contact", "organization_id"),
    ("organization", "phones"): ("phone", "organization_id"),
    ("organization", "attributes"): ("attribute", "link_id"),
    ("organization", "metadata"): ("metadata", "resource_id"),
    ("service", "contacts"): ("contact", "service_id"),
    ("service", "phones"): ("phone", "service_id"),
    ("service", "schedules"): ("schedule", "service_id"),
    ("service", "languages"): ("language", "service_id"),
    ("service", "required_documents"): ("required_document", "service_id"),
    ("service", "service_areas"): ("service_area", "service_id"),
    ("service", "service_at_locations"): ("service_at_location", "service_id"),
    ("service", "attributes"): ("attribute", "link_id"),
    ("service", "metadata"): ("metadata", "resource_id"),
    ("location", "addresses"): ("address", "location_id"),
    ("contact", "phones"): ("phone", "contact_id"),
    ("schedule", "attributes"): ("attribute", "link_id"),
}
# Where a row belongs when it names several parents: the first one found in the files.
_PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "phone": (("contact_id", "contact"), ("service_id", "service"), ("organization_id", "organization")),
    "contact": (("service_id", "service"), ("organization_id", "organization")),
    "location": (("organization_id", "organization"),),
    "address": (("location_id", "location"),),
    "schedule": (("service_id", "service"),),
    "language": (("service_id", "service"),),
    "required_document": (("service_id", "service"),),
    "service_area": (("service_id", "service"),),
    "service_at_location": (("service_id", "service"),),
    "metadata": (("resource_id", "service"), ("resource_id", "organization")),
}
# Rows that may belong to what the desk does not keep: without a parent here they are left out without a warning.
_QUIET_ORPHANS = {
    "location",  # it may still be reached from a service at it
    "metadata",  # the desk keeps metadata of organisations and services only
}
_NUMBERS = {
    "minimum_age": "integer",
    "maximum_age": "integer",
    "extension": "number",
    "latitude": "number",
    "longitude": "number",
}


# --- writing ------------------------------------------------------------------------------------------------------


def write(folder: Path, organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]) -> None:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    terms: dict[str, dict[str, Any]] = {}

    def flatten(kind: str, obj: dict[str, Any], parent: dict[str, Any]) -> None:
        row = {key: value for key, value in obj.items() if not isinstance(value, list | dict)} | parent
        term = obj.get("taxonomy_term")
        if term is not None:
            row["taxonomy_term_id"] = term["id"]
            terms[term["id"]] = term
        rows[_FILE[kind]].append(row)
        for (owner, key), (child, column) in _NESTED.items():
            if owner == kind:
                link = {column: obj["id"]} | ({"link_entity": kind} if child == "attribute" else {})
                for item in obj.get(key, []):
                    flatten(child, item, link)

    for organization in directory_to_hsds(organizations, services):
        flatten("organization", organization, {})
    rows["taxonomy_terms.csv"] = list(terms.values())
    folder.mkdir(parents=True, exist_ok=True)
    for name, columns in TABLES.items():
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows[name])
        (folder / name).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    package = {
        "name": "wsp-desk-directory",
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": name.removesuffix(".csv"),
                "path": name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": [{"name": c, "type": _NUMBERS.get(c, "string")} for c in columns]},
            }
            for name, columns in TABLES.items()
        ],
    }
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")


# --- reading ------------------------------------------------------------------------------------------------------


def read(folder: Path) -> Parsed:
    """The tables of a folder put back together. datapackage.json is not needed: tables go by their HSDS names."""
    parsed = Parsed()
    # A table that is no ordinary file is refused when read.
    if not folder.is_dir() or not any((folder / name).exists() for name in ("organizations.csv", "services.csv")):
        parsed.problem(
            Place(folder.name),
            "",
            QT_TRANSLATE_NOOP("DeskError", "No HSDS tables found: the folder needs organizations.csv or services.csv."),
        )
        return parsed
    for extra in sorted(p.name for p in folder.glob("*.csv") if p.name not in TABLES):
        parsed.warnings.append(f"{extra}: this HSDS table is not kept by WSP Desk and was left out")
    objects: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in _FILE}
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _FILE}
    places: dict[int, Place] = {}
    for kind, name in _FILE.items():
        path = folder / name
        if not path.exists():
            continue
        data = read_file(path, parsed)
        text = decode(data, name, parsed) if data is not None else None
        for place, values in csv_rows(text or "", name, parsed):
            # An empty cell is a missing value.
            obj: dict[str, Any] = {key: value for key, value in values.items() if key and value != ""}
            places[id(obj)] = place
            rows[kind].append(obj)
            if "id" in obj:
                objects[kind].setdefault(obj["id"], obj)
    if parsed.problems:
        return parsed

    for attribute in rows["attribute"]:
        term = objects["taxonomy_term"].get(attribute.get("taxonomy_term_id", ""))
        if term is not None:
            attribute["taxonomy_term"] = term
        entity = attribute.get("link_entity")
        owners = [entity] if isinstance(entity, str) and entity in objects else list(objects)
        target = next(
            (objects[k][attribute["link_id"]] for k in owners if attribute.get("link_id") in objects[k]), None
        )
        if target is not None:
            target.setdefault("attributes", []).append(attribute)
    for link in rows["service_at_location"]:
        location = objects["location"].get(link.get("location_id", ""))
        if location is not None:
            link["location"] = location
    nested_key = {(child, owner): key for (owner, key), (child, _) in _NESTED.items()}
    orphans = []
    for kind, parents in _PARENTS.items():
        for obj in rows[kind]:
            parent = next(
                (
                    (owner, objects[owner][obj[column]])
                    for column, owner in parents
                    if obj.get(column) in objects[owner]
                ),
                None,
            )
            if parent is not None:
                parent[1].setdefault(nested_key[(kind, parent[0])], []).append(obj)
            elif kind not in _QUIET_ORPHANS:
                place = places[id(obj)]
                parsed.warnings.append(f"{place.file}, {place.where}: refers to nothing in these files; left out")
    for service in rows["service"]:
        owner = objects["organization"].get(service.get("organization_id", ""))
        if owner is not None:
            owner.setdefault("services", []).append(service)
        else:
            orphans.append(service)

    reader = HsdsReader(parsed, places)
    for organization in rows["organization"]:
        reader.organization(organization, places[id(organization)])
    for service in orphans:  # their organisation may be in the directory already
        reader.service(service, places[id(service)], None)
    return reader.finish()
