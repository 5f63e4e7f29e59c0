"""Adding or editing an organisation: a Designer form (ui/) with a tab per group of fields; its phones, contacts and
locations are small tables."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from wsp_desk.domain.directory import AddressData, LocationData, OrganizationData, OrganizationRecord, PartnerKind
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_organization_dialog import Ui_OrganizationDialog
from wsp_desk.gui.labels import partner_kind_label
from wsp_desk.gui.models.rows_model import EditColumn
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
        self.ui.phones.configure(self.tr("Phone numbers"), phone_columns(), new_phone)
        self.ui.contacts.configure(self.tr("Contact persons"), contact_columns(), new_contact)
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
        self.ui.phones.set_rows(phone_rows(data.phones))
        self.ui.contacts.set_rows(contact_rows(data.contacts))
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
            phones=read_phones(self.ui.phones, self.errors, "phones"),
            contacts=read_contacts(self.ui.contacts, self.errors),
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
