"""HSDS 3.0 JSON: an organisation or service, a list of them, or a page ({"contents": [...]}), as the official
examples; written as one page of full organisations with their services nested."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from wsp_desk.domain.directory import OrganizationRecord, ServiceRecord
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.interop.hsds.reader import HsdsReader
from wsp_desk.interop.hsds.writer import directory_to_hsds
from wsp_desk.interop.report import Parsed, Place
from wsp_desk.interop.textfile import decode

# HSDS nests an organisation's services' contacts' phones a few levels deep; far deeper is no directory, and would
# exhaust Python's stack on the way.
MAX_DEPTH = 32
# More digits than any age, extension or coordinate has; Python refuses to read whole numbers of over 4,300 digits.
MAX_DIGITS = 20


class _TooLong(ValueError):
    pass


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _TooLong(text)
    return int(text)


def _too_deep(document: Any) -> bool:
    pending = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            pending.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
    return False


def read(data: bytes, file: str) -> Parsed:
    parsed = Parsed()
    text = decode(data, file, parsed)
    if text is None:
        return parsed
    place = Place(file)
    template = QT_TRANSLATE_NOOP("DeskError", "The file nests objects or lists more than {maximum} levels deep.")
    fields: dict[str, Any] = {"maximum": MAX_DEPTH}
    try:
        document = json.loads(text, parse_int=_whole_number)
        if not _too_deep(document):
            reader = HsdsReader(parsed)
            reader.document(document, Place(file, "$"))
            return reader.finish()
    except json.JSONDecodeError as error:
        place = Place(file, f"line {error.lineno}, column {error.colno}")
        template, fields = QT_TRANSLATE_NOOP("DeskError", "This is not valid JSON: {detail}."), {"detail": error.msg}
    except _TooLong:
        template = QT_TRANSLATE_NOOP("DeskError", "A number in the file has more than {maximum} digits.")
        fields = {"maximum": MAX_DIGITS}
    except RecursionError:
        pass  # nested too deep for the parser itself
    parsed.problem(place, "", template, **fields)
    return parsed


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
