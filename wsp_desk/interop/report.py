"""What an import found wrong, said by file, place in the file (row or JSON path) and field.

A problem stops the whole import (nothing is written); a warning names something the desk left out, such as an
HSDS table it does not keep. Messages are English templates with named fields, like every DeskError, so the GUI can
translate them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from wsp_desk.domain.directory import ImportSummary, OrganizationRecord, ServiceRecord
from wsp_desk.errors import DeskError, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Place:
    """Where something stands: a file, and a row ("row 3") or a JSON path ("$.contents[0].services[1]")."""

    file: str
    where: str = ""

    def child(self, key: str, index: int | None = None) -> Place:
        """The place of a nested JSON object."""
        return Place(self.file, f"{self.where}.{key}" + ("" if index is None else f"[{index}]"))


@dataclass(frozen=True)
class ImportProblem:
    place: Place
    field: str
    template: str
    fields: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)

    def __str__(self) -> str:
        where = ", ".join(
            part for part in (self.place.file, self.place.where, self.field and f"field {self.field}") if part
        )
        return f"{where}: {self.message}"


# More problems than this are counted, not listed: a broken file of thousands of rows would bury the first ones.
MAX_PROBLEMS = 100


class ImportFailed(DeskError):
    """The file has problems; nothing was imported. `problems` lists the first ones, and then how many more there
    are (`more` of them were not even kept while reading); `count` is all of them."""

    def __init__(self, problems: list[ImportProblem], more: int = 0) -> None:
        self.count = len(problems) + more
        self.problems = problems[:MAX_PROBLEMS]
        if self.count > len(self.problems):
            self.problems.append(
                ImportProblem(
                    Place(problems[0].place.file),
                    "",
                    QT_TRANSLATE_NOOP("DeskError", "…and {count} more problems."),
                    {"count": self.count - len(self.problems)},
                )
            )
        super().__init__(
            QT_TRANSLATE_NOOP("DeskError", "The file has {count} problems; nothing was imported."), count=self.count
        )


@dataclass(frozen=True)
class ImportResult:
    summary: ImportSummary
    warnings: list[str]


@dataclass
class Origins:
    """Where the parts of one imported record came from, to point a refusal of a field at the file.

    `places` maps a field path of the record's data ("", "contacts[0]", "contacts[0].phones[1]") to the place of
    that part; `names` gives the file's own name of a field where it differs from the dataclass's."""

    places: dict[str, Place]
    names: Mapping[str, str] = field(default_factory=dict)

    def locate(self, field_path: str) -> tuple[Place, str]:
        best = ""
        for key in self.places:
            if len(key) > len(best) and field_path.startswith(key + "."):
                best = key
        rest = field_path[len(best) + 1 :] if best else field_path
        return self.places[best], self.names.get(rest.split("[")[0], rest)


@dataclass
class Parsed:
    """Records read from a file with where each came from, or the problems that stopped reading."""

    organizations: list[OrganizationRecord] = field(default_factory=list)
    services: list[ServiceRecord] = field(default_factory=list)
    organization_origins: list[Origins] = field(default_factory=list)
    service_origins: list[Origins] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    more_problems: int = 0  # found after the first MAX_PROBLEMS, and only counted
    warnings: list[str] = field(default_factory=list)

    def _add(self, problem: ImportProblem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more_problems += 1

    def problem(self, place: Place, field_name: str, template: str, **values: Any) -> None:
        self._add(ImportProblem(place, field_name, template, values))

    def refused(self, place: Place, error: ValidationFailed, field_name: str | None = None) -> None:
        self._add(ImportProblem(place, field_name or error.field, error.template, error.fields))

    def invalid(self, place: Place, error: ValidationError, prefix: str = "") -> None:
        """Pydantic's findings about one object, each at its field."""
        for found in error.errors(include_url=False):
            field_name = ".".join(str(part) for part in found["loc"])
            template = _TYPE_MESSAGES.get(found["type"])
            if template is None:
                self.problem(place, prefix + field_name, "{detail}", detail=found["msg"])
            else:
                self.problem(place, prefix + field_name, template)


_TYPE_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("DeskError", "This field is required."),
    "string_type": QT_TRANSLATE_NOOP("DeskError", "Expected text."),
    "int_type": QT_TRANSLATE_NOOP("DeskError", "Expected a whole number."),
    "int_parsing": QT_TRANSLATE_NOOP("DeskError", "Expected a whole number."),
    "int_from_float": QT_TRANSLATE_NOOP("DeskError", "Expected a whole number."),
    "float_type": QT_TRANSLATE_NOOP("DeskError", "Expected a number."),
    "float_parsing": QT_TRANSLATE_NOOP("DeskError", "Expected a number."),
    "finite_number": QT_TRANSLATE_NOOP("DeskError", "Expected a number."),
    "date_type": QT_TRANSLATE_NOOP("DeskError", "Expected a date like 2026-01-31."),
    "date_parsing": QT_TRANSLATE_NOOP("DeskError", "Expected a date like 2026-01-31."),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP("DeskError", "Expected a date like 2026-01-31."),
    "date_from_datetime_inexact": QT_TRANSLATE_NOOP("DeskError", "Expected a date like 2026-01-31."),
    "time_type": QT_TRANSLATE_NOOP("DeskError", "Expected a time like 09:00."),
    "time_parsing": QT_TRANSLATE_NOOP("DeskError", "Expected a time like 09:00."),
    "list_type": QT_TRANSLATE_NOOP("DeskError", "Expected a list."),
    "dict_type": QT_TRANSLATE_NOOP("DeskError", "Expected an object."),
    "model_type": QT_TRANSLATE_NOOP("DeskError", "Expected an object."),
}
