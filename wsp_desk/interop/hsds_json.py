"""HSDS 3.0 JSON: an organisation or service, a list of them, or a page ({"contents": [...]}), as the official
examples; written as one page of full organisations with their services nested."""

from __future__ import annotations

import json
from collections.abc import Sequence

from wsp_desk.domain.directory import OrganizationRecord, ServiceRecord
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.hsds.reader import HsdsReader
from wsp_desk.interop.hsds.writer import directory_to_hsds
from wsp_desk.interop.report import Parsed, Place
from wsp_desk.interop.textfile import decode


def read(data: bytes, file: str) -> Parsed:
    parsed = Parsed()
    text = decode(data, file, parsed)
    if text is None:
        return parsed
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        parsed.problem(
            Place(file, f"line {error.lineno}, column {error.colno}"),
            "",
            QT_TRANSLATE_NOOP("DeskError", "This is not valid JSON: {detail}."),
            detail=error.msg,
        )
        return parsed
    reader = HsdsReader(parsed)
    reader.document(document, Place(file, "$"))
    return reader.finish()


def write(organizations: Sequence[OrganizationRecord], services: Sequence[ServiceRecord]) -> bytes:
    contents = directory_to_hsds(organizations, services)
    page = {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }
    return json.dumps(page, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
