"""The dialogs of the Partners page: editing an organisation or a service, a note (a report of incorrect
information, or how one was resolved), and a record's change history.

The edit dialogs are Designer forms (ui/) with a tab per group of fields; lists (phones, contacts, opening hours…)
are small tables. A refusal of the directory service names its field as a path ("contacts[0].email"): the dialog
opens the tab and marks the cell it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.dates import door_time
from wsp_desk.domain.directory import (
    PHONE_TYPES,
    SERVICE_STATUSES,
    WEEKDAYS,
    AddressData,
    ContactData,
    DocumentData,
    LanguageData,
    LocationData,
    OrganizationData,
    OrganizationRecord,
    PartnerKind,
    PhoneData,
    ScheduleData,
    ServiceData,
    ServiceRecord,
)
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.domain.taxonomy import need_terms
from wsp_desk.domain.validation import format_phone
from wsp_desk.errors import ValidationFailed
from wsp_desk.gui import translations
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_note_dialog import Ui_NoteDialog
from wsp_desk.gui.forms.ui_organization_dialog import Ui_OrganizationDialog
from wsp_desk.gui.forms.ui_service_dialog import Ui_ServiceDialog
from wsp_desk.gui.labels import (
    partner_kind_label,
    phone_type_label,
    service_status_label,
    short_weekday,
    visitor_kind_label,
)
from wsp_desk.gui.list_editor import ListEditor
from wsp_desk.gui.messages import InlineErrors
from wsp_desk.gui.models.partner_models import ChangesModel
from wsp_desk.gui.models.rows_model import CHECK, CHOICE, EditColumn
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.directory.service import ChangeEntry

_PATH = re.compile(r"^(?P<list>\w+)(?:\[(?P<index>\d+)\])?\.?(?P<rest>.*)$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
_DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")
_VALUE = Qt.ItemDataRole.UserRole


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


# --- small helpers ------------------------------------------------------------------------------------------------


def _fill_checklist(view: QListView, items: Iterable[tuple[str, str]], checked: Iterable[str]) -> None:
    """Check boxes in a list: (value, label) items, those in `checked` ticked."""
    wanted = set(checked)
    model = QStandardItemModel(view)
    for value, label in items:
        item = QStandardItem(label)
        item.setData(value, _VALUE)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked)
        model.appendRow(item)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def _checked(view: QListView) -> tuple[str, ...]:
    model = view.model()
    assert isinstance(model, QStandardItemModel)
    return tuple(
        model.item(row).data(_VALUE)
        for row in range(model.rowCount())
        if model.item(row).checkState() == Qt.CheckState.Checked
    )


def _set_age(box: QSpinBox, age: int | None) -> None:
    box.setValue(-1 if age is None else age)


def _age(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


def _time_text(value: time | None) -> str:
    return door_time(value) if value else ""


def _date_text(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else ""


def _parse_time(text: str, field: str) -> time | None:
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match and int(match[1]) < 24 and int(match[2] or 0) < 60:
        return time(int(match[1]), int(match[2] or 0))
    raise ValidationFailed(
        field, QT_TRANSLATE_NOOP("DeskError", "'{value}' is not a time. Example: 09:00."), value=text
    )


def _parse_date(text: str, field: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationFailed(
        field, QT_TRANSLATE_NOOP("DeskError", "'{value}' is not a date. Example: 31-12-2026."), value=text
    )


def _phones_text(phones: Sequence[PhoneData]) -> str:
    return ", ".join(format_phone(phone.number) for phone in phones)


def _parse_phones(text: str, known: Sequence[PhoneData]) -> tuple[PhoneData, ...]:
    """Phone numbers separated by commas; a number shown unchanged keeps what the table does not show (its
    extension, kind and note)."""
    by_text = {format_phone(phone.number): phone for phone in known} | {phone.number: phone for phone in known}
    return tuple(by_text.get(part.strip()) or PhoneData(part.strip()) for part in text.split(",") if part.strip())


def _phone_columns() -> list[EditColumn]:
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


def _phone_rows(phones: Sequence[PhoneData]) -> list[dict[str, Any]]:
    return [
        {"number": format_phone(p.number), "extension": p.extension, "type": p.type, "description": p.description}
        for p in phones
    ]


def _phones(editor: ListEditor, errors: PathErrors, name: str) -> tuple[PhoneData, ...]:
    entries = editor.entries()
    errors.set_rows(name, [row for row, _ in entries])
    return tuple(
        PhoneData(values["number"], values["extension"], values["type"] or "voice", values["description"])
        for _, values in entries
    )


def _contact_columns() -> list[EditColumn]:
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


def _contact_rows(contacts: Sequence[ContactData]) -> list[dict[str, Any]]:
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


def _contacts(editor: ListEditor, errors: PathErrors) -> tuple[ContactData, ...]:
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


def _new_phone() -> dict[str, Any]:
    return {"number": "", "extension": "", "type": "voice", "description": ""}


def _new_contact() -> dict[str, Any]:
    return {"name": "", "title": "", "department": "", "email": "", "phones": ""}


# --- the organisation ----------------------------------------------------------------------------------------------


class OrganizationDialog(FormDialog):
    errors: PathErrors
    """Add an organisation (`record` None) or edit one; what the form does not show is kept as it was."""

    def __init__(self, parent: QWidget | None, record: OrganizationRecord | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganizationDialog()
        self.ui.setupUi(self)
        self._original = record.data if record else OrganizationData(name="")
        data = self._original
        self.ui.partnerKind.addItem(self.tr("(not set)"), "")
        for kind in PartnerKind:
            self.ui.partnerKind.addItem(partner_kind_label(kind.value), kind.value)
        self.ui.phones.configure(self.tr("Phone numbers"), _phone_columns(), _new_phone)
        self.ui.contacts.configure(self.tr("Contact persons"), _contact_columns(), _new_contact)
        self.ui.locations.configure(self.tr("Locations"), self._location_columns(), self._new_location)
        for editor in (self.ui.phones, self.ui.contacts, self.ui.locations):
            editor.setFocusProxy(editor.view)
        self.errors = PathErrors(
            {
                "name": (self.ui.name, self.ui.nameError),
                "alternate_name": (self.ui.alternateName, self.ui.alternateNameError),
                "partner_kind": (self.ui.partnerKind, self.ui.partnerKindError),
                "description": (self.ui.description, self.ui.descriptionError),
                "website": (self.ui.website, self.ui.websiteError),
                "email": (self.ui.email, self.ui.emailError),
                "legal_status": (self.ui.legalStatus, self.ui.legalStatusError),
            },
            self.ui.formError,
            self.ui.tabs,
            {"phones": self.ui.phones, "contacts": self.ui.contacts, "locations": self.ui.locations},
        )
        if record is None:
            self.setWindowTitle(self.tr("New organisation"))
        else:
            self.setWindowTitle(self.tr("Edit organisation {name}").format(name=data.name))
        self.ui.name.setText(data.name)
        self.ui.alternateName.setText(data.alternate_name)
        index = self.ui.partnerKind.findData(data.partner_kind)
        if index < 0:  # a kind this version does not know: keep it
            self.ui.partnerKind.addItem(data.partner_kind, data.partner_kind)
            index = self.ui.partnerKind.count() - 1
        self.ui.partnerKind.setCurrentIndex(index)
        self.ui.description.setPlainText(data.description)
        self.ui.website.setText(data.website)
        self.ui.email.setText(data.email)
        self.ui.legalStatus.setText(data.legal_status)
        self.ui.phones.set_rows(_phone_rows(data.phones))
        self.ui.contacts.set_rows(_contact_rows(data.contacts))
        self.ui.locations.set_rows(
            [
                {
                    "name": location.name,
                    "address_1": location.addresses[0].address_1 if location.addresses else "",
                    "postal_code": location.addresses[0].postal_code if location.addresses else "",
                    "city": location.addresses[0].city if location.addresses else "",
                    "description": location.description,
                    "_original": location,
                }
                for location in data.locations
            ]
        )
        self.ui.tabs.setCurrentIndex(0)
        self.ui.name.setFocus()

    def _location_columns(self) -> list[EditColumn]:
        return [
            EditColumn("name", self.tr("Name"), error_keys=("url", "location_type", "id")),
            EditColumn("address_1", self.tr("Street and number"), error_keys=("addresses.address_1",), width=24),
            EditColumn("postal_code", self.tr("Postcode"), error_keys=("addresses.postal_code",)),
            EditColumn("city", self.tr("Place"), error_keys=("addresses.city", "addresses.country")),
            EditColumn("description", self.tr("Description"), error_keys=("transportation",)),
        ]

    @staticmethod
    def _new_location() -> dict[str, Any]:
        return {"name": "", "address_1": "", "postal_code": "", "city": "", "description": ""}

    def data(self) -> OrganizationData:
        return replace(
            self._original,
            name=self.ui.name.text(),
            alternate_name=self.ui.alternateName.text(),
            partner_kind=self.ui.partnerKind.currentData(),
            description=self.ui.description.toPlainText(),
            website=self.ui.website.text(),
            email=self.ui.email.text(),
            legal_status=self.ui.legalStatus.text(),
            phones=_phones(self.ui.phones, self.errors, "phones"),
            contacts=_contacts(self.ui.contacts, self.errors),
            locations=self._locations(),
        )

    def _locations(self) -> tuple[LocationData, ...]:
        entries = self.ui.locations.entries()
        self.errors.set_rows("locations", [row for row, _ in entries])
        locations = []
        for _, values in entries:
            original: LocationData = values.get("_original") or LocationData()
            typed = (values["address_1"], values["postal_code"], values["city"])
            addresses = original.addresses[1:]
            if any(part.strip() for part in typed):
                first = original.addresses[0] if original.addresses else AddressData("", "")
                address = replace(first, address_1=typed[0], postal_code=typed[1], city=typed[2])
                addresses = (address, *addresses)
            locations.append(
                replace(original, name=values["name"], description=values["description"], addresses=addresses)
            )
        return tuple(locations)


# --- the service ---------------------------------------------------------------------------------------------------


class ServiceDialog(FormDialog):
    errors: PathErrors
    """Add a service to `organization` (`record` None) or edit one; what the form does not show is kept."""

    def __init__(
        self, parent: QWidget | None, organization: OrganizationRecord, record: ServiceRecord | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ServiceDialog()
        self.ui.setupUi(self)
        self._original = record.data if record else ServiceData(name="")
        data = self._original
        language = translations.current_language()
        owner = organization.data.name
        if record is None:
            self.setWindowTitle(self.tr("New service"))
            self.ui.intro.setText(self.tr("A new service of {organization}.").format(organization=owner))
        else:
            self.setWindowTitle(self.tr("Edit service {name}").format(name=data.name))
            self.ui.intro.setText(self.tr("A service of {organization}.").format(organization=owner))

        for status in SERVICE_STATUSES:
            self.ui.status.addItem(service_status_label(status), status)
        self.ui.status.setCurrentIndex(max(self.ui.status.findData(data.status), 0))
        _fill_checklist(
            self.ui.visitorKinds, ((kind.value, visitor_kind_label(kind)) for kind in VisitorKind), data.visitor_kinds
        )
        extra = [m for m in data.municipalities if m not in MUNICIPALITIES]
        _fill_checklist(self.ui.municipalities, ((m, m) for m in (*MUNICIPALITIES, *extra)), data.municipalities)
        _fill_checklist(self.ui.needs, ((term.code, term.label(language)) for term in need_terms()), data.need_codes)
        _fill_checklist(
            self.ui.locations,
            ((location.id, _location_label(location)) for location in organization.data.locations),
            data.location_ids,
        )
        self.ui.requiredDocuments.configure(
            self.tr("What to bring"),
            [EditColumn("document", self.tr("Document"), width=40), EditColumn("uri", self.tr("Link"))],
            lambda: {"document": "", "uri": ""},
        )
        self.ui.languages.configure(
            self.tr("Languages"),
            [
                EditColumn("code", self.tr("Code"), tooltip=self.tr("For example nl, en, ar, tr, pl")),
                EditColumn("name", self.tr("Language")),
                EditColumn("note", self.tr("Note")),
            ],
            lambda: {"code": "", "name": "", "note": ""},
        )
        self.ui.phones.configure(self.tr("Phone numbers"), _phone_columns(), _new_phone)
        self.ui.contacts.configure(self.tr("Contact persons"), _contact_columns(), _new_contact)
        self.ui.schedules.configure(self.tr("Opening hours"), self._schedule_columns(), self._new_schedule)
        for editor in (
            self.ui.requiredDocuments,
            self.ui.languages,
            self.ui.phones,
            self.ui.contacts,
            self.ui.schedules,
        ):
            editor.setFocusProxy(editor.view)

        self.errors = PathErrors(
            {
                "name": (self.ui.name, self.ui.nameError),
                "alternate_name": (self.ui.alternateName, self.ui.alternateNameError),
                "status": (self.ui.status, self.ui.statusError),
                "description": (self.ui.description, self.ui.descriptionError),
                "alert": (self.ui.alert, self.ui.alertError),
                "url": (self.ui.url, self.ui.urlError),
                "email": (self.ui.email, self.ui.emailError),
                "eligibility_description": (self.ui.eligibility, self.ui.eligibilityError),
                "visitor_kinds": (self.ui.visitorKinds, self.ui.visitorKindsError),
                "municipalities": (self.ui.municipalities, self.ui.municipalitiesError),
                "need_codes": (self.ui.needs, self.ui.needsError),
                "minimum_age": (self.ui.minimumAge, self.ui.minimumAgeError),
                "maximum_age": (self.ui.maximumAge, self.ui.maximumAgeError),
                "how_to_refer": (self.ui.howToRefer, self.ui.howToReferError),
                "application_process": (self.ui.applicationProcess, self.ui.applicationProcessError),
                "fees_description": (self.ui.fees, self.ui.feesError),
                "interpretation_services": (self.ui.interpretation, self.ui.interpretationError),
                "location_ids": (self.ui.locations, self.ui.locationsError),
            },
            self.ui.formError,
            self.ui.tabs,
            {
                "required_documents": self.ui.requiredDocuments,
                "languages": self.ui.languages,
                "phones": self.ui.phones,
                "contacts": self.ui.contacts,
                "schedules": self.ui.schedules,
            },
        )

        self.ui.name.setText(data.name)
        self.ui.alternateName.setText(data.alternate_name)
        self.ui.description.setPlainText(data.description)
        self.ui.alert.setText(data.alert)
        self.ui.url.setText(data.url)
        self.ui.email.setText(data.email)
        self.ui.eligibility.setPlainText(data.eligibility_description)
        _set_age(self.ui.minimumAge, data.minimum_age)
        _set_age(self.ui.maximumAge, data.maximum_age)
        self.ui.howToRefer.setPlainText(data.how_to_refer)
        self.ui.applicationProcess.setPlainText(data.application_process)
        self.ui.fees.setText(data.fees_description)
        self.ui.interpretation.setText(data.interpretation_services)
        self.ui.requiredDocuments.set_rows([{"document": d.document, "uri": d.uri} for d in data.required_documents])
        self.ui.languages.set_rows([{"code": x.code, "name": x.name, "note": x.note} for x in data.languages])
        self.ui.phones.set_rows(_phone_rows(data.phones))
        self.ui.contacts.set_rows(_contact_rows(data.contacts))
        self.ui.schedules.set_rows([self._schedule_row(s) for s in data.schedules])
        self.ui.tabs.setCurrentIndex(0)
        self.ui.name.setFocus()

    # --- opening hours --------------------------------------------------------------------------------------------

    def _schedule_columns(self) -> list[EditColumn]:
        days = [
            EditColumn(day, short_weekday(number), CHECK, error_keys=("byday",) if number == 0 else ())
            for number, day in enumerate(WEEKDAYS)
        ]
        return [
            *days,
            EditColumn("opens", self.tr("Opens"), error_keys=("opens_at",), tooltip=self.tr("For example 9:00")),
            EditColumn("closes", self.tr("Closes"), error_keys=("closes_at",), tooltip=self.tr("For example 17:00")),
            EditColumn("from", self.tr("From"), error_keys=("valid_from",), tooltip=self.tr("For example 24-12-2026")),
            EditColumn(
                "through", self.tr("Through"), error_keys=("valid_to",), tooltip=self.tr("For example 1-1-2027")
            ),
            EditColumn("closed", self.tr("Closed"), CHECK, tooltip=self.tr("Closed on these dates (holidays)")),
            EditColumn("description", self.tr("Note")),
        ]

    @staticmethod
    def _new_schedule() -> dict[str, Any]:
        return {day: False for day in WEEKDAYS} | {
            "opens": "",
            "closes": "",
            "from": "",
            "through": "",
            "closed": False,
            "description": "",
        }

    @staticmethod
    def _schedule_row(schedule: ScheduleData) -> dict[str, Any]:
        return {day: day in schedule.byday for day in WEEKDAYS} | {
            "opens": _time_text(schedule.opens_at),
            "closes": _time_text(schedule.closes_at),
            "from": _date_text(schedule.valid_from),
            "through": _date_text(schedule.valid_to),
            "closed": schedule.closed,
            "description": schedule.description,
        }

    def _schedules(self) -> tuple[ScheduleData, ...]:
        entries = self.ui.schedules.entries()
        self.errors.set_rows("schedules", [row for row, _ in entries])
        schedules = []
        for index, (_, values) in enumerate(entries):
            at = f"schedules[{index}]."
            schedules.append(
                ScheduleData(
                    byday=tuple(day for day in WEEKDAYS if values[day]),
                    opens_at=_parse_time(values["opens"], at + "opens_at"),
                    closes_at=_parse_time(values["closes"], at + "closes_at"),
                    valid_from=_parse_date(values["from"], at + "valid_from"),
                    valid_to=_parse_date(values["through"], at + "valid_to"),
                    closed=bool(values["closed"]),
                    description=values["description"],
                )
            )
        return tuple(schedules)

    # --- the data -------------------------------------------------------------------------------------------------

    def data(self) -> ServiceData:
        documents = self.ui.requiredDocuments.entries()
        self.errors.set_rows("required_documents", [row for row, _ in documents])
        languages = self.ui.languages.entries()
        self.errors.set_rows("languages", [row for row, _ in languages])
        return replace(
            self._original,
            name=self.ui.name.text(),
            alternate_name=self.ui.alternateName.text(),
            status=self.ui.status.currentData(),
            description=self.ui.description.toPlainText(),
            alert=self.ui.alert.text(),
            url=self.ui.url.text(),
            email=self.ui.email.text(),
            eligibility_description=self.ui.eligibility.toPlainText(),
            visitor_kinds=_checked(self.ui.visitorKinds),
            municipalities=_checked(self.ui.municipalities),
            need_codes=_checked(self.ui.needs),
            minimum_age=_age(self.ui.minimumAge),
            maximum_age=_age(self.ui.maximumAge),
            how_to_refer=self.ui.howToRefer.toPlainText(),
            application_process=self.ui.applicationProcess.toPlainText(),
            fees_description=self.ui.fees.text(),
            interpretation_services=self.ui.interpretation.text(),
            required_documents=tuple(DocumentData(v["document"], v["uri"]) for _, v in documents),
            languages=tuple(LanguageData(v["code"], v["name"], v["note"]) for _, v in languages),
            phones=_phones(self.ui.phones, self.errors, "phones"),
            contacts=_contacts(self.ui.contacts, self.errors),
            schedules=self._schedules(),
            location_ids=_checked(self.ui.locations),
        )


def _location_label(location: LocationData) -> str:
    if not location.addresses:
        return location.name or location.id
    address = location.addresses[0]
    where = ", ".join(part for part in (address.address_1, address.city) if part)
    return f"{location.name} ({where})" if location.name else where


# --- notes and history ----------------------------------------------------------------------------------------------


class NoteDialog(FormDialog):
    """A few sentences for the coordinator: what is incorrect in a record, or how a report was resolved."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, label: str, field: str) -> None:
        super().__init__(parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.noteLabel.setText(label)
        self.set_error_fields({field: (self.ui.note, self.ui.noteError)}, self.ui.formError)
        self.ui.note.setFocus()

    def note(self) -> str:
        return self.ui.note.toPlainText()


def report_dialog(parent: QWidget | None, record_name: str) -> NoteDialog:
    return NoteDialog(
        parent,
        QCoreApplication.translate("NoteDialog", "Report incorrect information"),
        QCoreApplication.translate(
            "NoteDialog",
            "What is not correct about {name}? For example a phone number that no longer works, other opening hours, "
            "or a service that stopped. The coordinator checks it.",
        ).format(name=record_name),
        QCoreApplication.translate("NoteDialog", "&What is wrong:"),
        "description",
    )


def resolve_dialog(parent: QWidget | None, record_name: str, description: str) -> NoteDialog:
    return NoteDialog(
        parent,
        QCoreApplication.translate("NoteDialog", "Resolve report"),
        QCoreApplication.translate("NoteDialog", "Report about {name}: “{description}”").format(
            name=record_name, description=description
        ),
        QCoreApplication.translate("NoteDialog", "&What was done (optional):"),
        "resolution",
    )


class ChangeHistoryDialog(QDialog):
    """Every change of one record: when, who, which field, old and new value."""

    def __init__(self, parent: QWidget | None, name: str, changes: list[ChangeEntry]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("History of {name}").format(name=name))
        self.model = ChangesModel(self)
        self.model.set_records(changes)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.windowTitle())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No changes recorded."), self)
        self.empty.setVisible(not changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.view.setCurrentIndex(self.model.index(0, 0) if changes else QModelIndex())
