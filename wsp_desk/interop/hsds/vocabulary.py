"""The desk's words in HSDS 3.0: its own taxonomies, the HSDS names of desk fields, and the stable derived ids."""

from __future__ import annotations

import uuid

NEEDS = "wsp-desk-needs"
VISITOR_KINDS = "wsp-desk-visitor-kinds"
PARTNER_KINDS = "wsp-desk-partner-kinds"
RECORD = "wsp-desk-record"  # to_verify, archived, verified_on (organisations), how_to_refer (services), closed
TRUE = "true"
_IDS = uuid.UUID("6f1e0a52-8d4b-4c35-9a43-0b9e6c2f7d10")

# Field names of the desk that HSDS calls otherwise, for pointing at a refused field in the file.
ORGANIZATION_NAMES = {"partner_kind": "attributes"}
SERVICE_NAMES = {
    "need_codes": "attributes",
    "visitor_kinds": "attributes",
    "how_to_refer": "attributes",
    "municipalities": "service_areas",
    "location_ids": "service_at_locations",
}


# Fields by which a location or a taxonomy (term), which also have a name, differ from an organisation.
NOT_ORGANIZATION = frozenset({"location_type", "code", "version", "term_uri", "taxonomy", "taxonomy_id"})


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_IDS, "/".join(parts)))
