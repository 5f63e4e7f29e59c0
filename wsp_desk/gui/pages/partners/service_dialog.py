"""Adding or editing a service: a Designer form (ui/) with a tab per group of fields; checklists for whom and where it
is for, and small tables for documents, languages, phones, contacts and opening hours."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QSpinBox, QWidget

from wsp_desk.dates import door_time
from wsp_desk.domain.directory import (
    SERVICE_STATUSES,
    WEEKDAYS,
    DocumentData,
    LanguageData,
    LocationData,
    OrganizationRecord,
    ScheduleData,
    ServiceData,
    ServiceRecord,
)
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.domain.taxonomy import need_terms
from wsp_desk.errors import ValidationFailed
from wsp_desk.gui import translations
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_service_dialog import Ui_ServiceDialog
from wsp_desk.gui.labels import service_status_label, short_weekday, visitor_kind_label
from wsp_desk.gui.models.rows_model import CHECK, EditColumn
from wsp_desk.gui.pages.partners.edit_lists import (
    PathErrors,
    contact_columns,
    contact_rows,
    new_contact,
    new_phone,
    phone_columns,
    phone_rows,
    read_contacts,
    read_phones,
)
from wsp_desk.i18n import QT_TRANSLATE_NOOP

_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
_DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")
_VALUE = Qt.ItemDataRole.UserRole


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
        self.ui.phones.configure(self.tr("Phone numbers"), phone_columns(), new_phone)
        self.ui.contacts.configure(self.tr("Contact persons"), contact_columns(), new_contact)
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
        self.ui.phones.set_rows(phone_rows(data.phones))
        self.ui.contacts.set_rows(contact_rows(data.contacts))
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
            phones=read_phones(self.ui.phones, self.errors, "phones"),
            contacts=read_contacts(self.ui.contacts, self.errors),
            schedules=self._schedules(),
            location_ids=_checked(self.ui.locations),
        )


def _location_label(location: LocationData) -> str:
    if not location.addresses:
        return location.name or location.id
    address = location.addresses[0]
    where = ", ".join(part for part in (address.address_1, address.city) if part)
    return f"{location.name} ({where})" if location.name else where
