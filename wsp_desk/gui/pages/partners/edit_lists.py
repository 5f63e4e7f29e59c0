"""What the organisation and service dialogs share: a refusal shown at the list cell it is about, and the phone
and contact tables.

The directory service names a field as a path ("contacts[0].email"): the dialog opens the tab and marks the cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from wsp_desk.domain.directory import PHONE_TYPES, ContactData, PhoneData
from wsp_desk.domain.validation import format_phone
from wsp_desk.gui.labels import phone_type_label
from wsp_desk.gui.list_editor import ListEditor
from wsp_desk.gui.messages import InlineErrors
from wsp_desk.gui.models.rows_model import CHOICE, EditColumn
from wsp_desk.i18n import QT_TRANSLATE_NOOP

_PATH = re.compile(r"^(?P<list>\w+)(?:\[(?P<index>\d+)\])?\.?(?P<rest>.*)$")


# --- showing problems at their input ------------------------------------------------------------------------------


class PathErrors(InlineErrors):
    """InlineErrors that also point into the dialog's lists: "contacts[0].email" marks the e-mail cell of the first
    contact. The tab holding the input opens first. A list's rows may differ from the data's items (rows left empty
    are skipped), so the dialog says which row each item came from with `set_rows`."""

    def __init__(
        self,
        fields: Mapping[str, tuple[QWidget, QLabel]],
        general: QLabel,
        tabs: QTabWidget,
        lists: Mapping[str, ListEditor],
    ) -> None:
        self._tabs = tabs
        self._lists = dict(lists)
        self._rows: dict[str, list[int]] = {}
        super().__init__(fields, general)

    def set_rows(self, name: str, rows: list[int]) -> None:
        self._rows[name] = rows

    def clear(self) -> None:
        super().clear()
        for editor in getattr(self, "_lists", {}).values():
            editor.clear_error()

    def show_text(self, field: str, text: str) -> None:
        match = _PATH.match(field)
        if field not in self._fields and match is not None and match["list"] in self._lists:
            self.clear()
            editor = self._lists[match["list"]]
            rows = self._rows.get(match["list"], [])
            index = int(match["index"]) if match["index"] is not None else -1
            row = rows[index] if 0 <= index < len(rows) else index
            self._open_tab_of(editor)
            where = editor.view.accessibleName()
            self._general.setText(
                _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "{list}, row {row}: {problem}")).format(
                    list=where, row=row + 1, problem=text
                )
                if row >= 0
                else f"{where}: {text}"
            )
            self._general.show()
            editor.show_error(row, re.sub(r"\[\d+\]", "", match["rest"]).strip("."), text)
            return
        widget = self._fields.get(field, (None, None))[0]
        if widget is not None:
            self._open_tab_of(widget)
        super().show_text(field, text)

    def _open_tab_of(self, widget: QWidget) -> None:
        for number in range(self._tabs.count()):
            tab = self._tabs.widget(number)
            if tab is not None and tab.isAncestorOf(widget):
                self._tabs.setCurrentIndex(number)
                return


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartnerDialogs", text)


# --- the phone and contact tables ---------------------------------------------------------------------------------


def _phones_text(phones: Sequence[PhoneData]) -> str:
    return ", ".join(format_phone(phone.number) for phone in phones)


def _parse_phones(text: str, known: Sequence[PhoneData]) -> tuple[PhoneData, ...]:
    """Phone numbers separated by commas; a number shown unchanged keeps what the table does not show (its
    extension, kind and note)."""
    by_text = {format_phone(phone.number): phone for phone in known} | {phone.number: phone for phone in known}
    return tuple(by_text.get(part.strip()) or PhoneData(part.strip()) for part in text.split(",") if part.strip())


def phone_columns() -> list[EditColumn]:
    return [
        EditColumn("number", _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Number")), width=16),
        EditColumn("extension", _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Extension"))),
        EditColumn(
            "type",
            _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Kind")),
            CHOICE,
            tuple((kind, phone_type_label(kind)) for kind in PHONE_TYPES),
        ),
        EditColumn(
            "description",
            _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Note")),
            tooltip=_tr(QT_TRANSLATE_NOOP("PartnerDialogs", "For example: only in the morning")),
        ),
    ]


def phone_rows(phones: Sequence[PhoneData]) -> list[dict[str, Any]]:
    return [
        {"number": format_phone(p.number), "extension": p.extension, "type": p.type, "description": p.description}
        for p in phones
    ]


def read_phones(editor: ListEditor, errors: PathErrors, name: str) -> tuple[PhoneData, ...]:
    entries = editor.entries()
    errors.set_rows(name, [row for row, _ in entries])
    return tuple(
        PhoneData(values["number"], values["extension"], values["type"] or "voice", values["description"])
        for _, values in entries
    )


def contact_columns() -> list[EditColumn]:
    return [
        EditColumn("name", _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Name"))),
        EditColumn("title", _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Job title")), width=18),
        EditColumn("department", _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Department"))),
        EditColumn("email", _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "E-mail")), width=24),
        EditColumn(
            "phones",
            _tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Phone numbers")),
            error_keys=("phones.number", "phones.extension", "phones.type", "phones.description"),
            tooltip=_tr(QT_TRANSLATE_NOOP("PartnerDialogs", "Several numbers: separate them with a comma")),
        ),
    ]


def contact_rows(contacts: Sequence[ContactData]) -> list[dict[str, Any]]:
    return [
        {
            "name": c.name,
            "title": c.title,
            "department": c.department,
            "email": c.email,
            "phones": _phones_text(c.phones),
            "_phones": c.phones,
        }
        for c in contacts
    ]


def read_contacts(editor: ListEditor, errors: PathErrors) -> tuple[ContactData, ...]:
    entries = editor.entries()
    errors.set_rows("contacts", [row for row, _ in entries])
    return tuple(
        ContactData(
            values["name"],
            values["title"],
            values["department"],
            values["email"],
            _parse_phones(values["phones"], values.get("_phones", ())),
        )
        for _, values in entries
    )


def new_phone() -> dict[str, Any]:
    return {"number": "", "extension": "", "type": "voice", "description": ""}


def new_contact() -> dict[str, Any]:
    return {"name": "", "title": "", "department": "", "email": "", "phones": ""}
