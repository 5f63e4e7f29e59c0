"""One partner record in full: a service (what it offers, for whom, how to refer, what to bring, opening hours,
addresses, contacts) or an organisation (its contacts, locations and services).

A warning says when a record is still to verify or was last verified over a year ago. Phone numbers, e-mail
addresses and addresses have a copy button; websites open in the browser. What can be done with the record (report,
edit, verify, archive, history) is in partner_record_actions; the lines of its sections are built by partner_sections.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.dates import desk_day
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import (
    AddressData,
    ContactData,
    LocationData,
    MetadataData,
    OrganizationRecord,
    PhoneData,
    RecordKind,
    RecordState,
    ServiceRecord,
    Trust,
)
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.opening_hours import Opening, opening_state, opening_week
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import colours
from wsp_desk.gui.colours import error_colour
from wsp_desk.gui.labels import (
    format_datetime,
    format_day,
    need_label,
    opening_label,
    opening_week_lines,
    partner_kind_label,
    service_status_label,
    verification_label,
    visitor_kind_label,
)
from wsp_desk.gui.messages import error_text
from wsp_desk.gui.partner_record_actions import RecordActions
from wsp_desk.gui.partner_sections import LINK_ORGANIZATION, LINK_SERVICE, RecordSections

# The record fields each section shows, for the sources written under them; the sources of other fields go under
# the verification.
_OFFER = frozenset({"name", "alternate_name", "description", "status", "alert"})
_FOR_WHOM = frozenset(
    {"eligibility_description", "visitor_kinds", "municipalities", "minimum_age", "maximum_age", "languages"}
)
_REFER = frozenset({"how_to_refer", "application_process", "fees_description", "interpretation_services"})
_HOURS = frozenset({"schedules"})
_PLACES = frozenset({"locations", "location_ids"})
_CONTACT = frozenset({"phones", "email", "url", "website", "contacts"})


def _address_lines(address: AddressData) -> list[str]:
    place = " ".join(part for part in (address.postal_code, address.city) if part)
    return [line for line in (address.attention, address.address_1, address.address_2, place) if line]


class PartnerDetail(QWidget):
    """Shows one record; `changed` tells that the directory changed through this panel (an edit, a check, a
    report), so lists and searches can catch up."""

    changed = Signal()

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = context.directory
        self._clock = context.clock
        self._actor = actor
        self._kind: RecordKind | None = None
        self._record_id = ""
        self._service: ServiceRecord | None = None
        self._organization: OrganizationRecord | None = None

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.subtitle.linkActivated.connect(self.open_link)
        self.banner = self._banner(colours.notice_banner(self.palette()))
        self.alert = self._banner(colours.info_banner(self.palette()))
        self.opening = QLabel(self)
        bold = self.opening.font()
        bold.setBold(True)
        self.opening.setFont(bold)
        self.notice = QLabel(self)  # what the last action did
        self.notice.setWordWrap(True)

        self.record_actions = RecordActions(self, context, actor)
        self.record_actions.done.connect(self._after_change)
        self.record_actions.created.connect(self._created)
        # A tool bar: in a narrow window the actions that do not fit move behind its » button.
        self.toolbar = QToolBar(self.tr("Partner actions"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 3px 8px; margin-right: 4px;"
            " background: palette(button); } QToolButton:disabled { color: palette(mid); }"
        )
        # Adding an organisation is not about the record shown: the page offers that action elsewhere.
        for action in self.record_actions.on_record():
            self.toolbar.addAction(action)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Partner details"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content = RecordSections(self.scroll_area, self.open_link, self.copy)

        header = QVBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        header.addWidget(self.banner)
        header.addWidget(self.alert)
        header.addWidget(self.opening)
        header.addWidget(self.toolbar)
        header.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addWidget(self.scroll_area, 1)
        self.clear()

    def _banner(self, banner: colours.Banner) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet(banner.style_sheet())
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.hide()
        return label

    # --- what is shown --------------------------------------------------------------------------------------------

    def current(self) -> tuple[RecordKind, str] | None:
        return (self._kind, self._record_id) if self._kind is not None else None

    def service_record(self) -> ServiceRecord | None:
        return self._service if self._kind == RecordKind.SERVICE else None

    def organization_record(self) -> OrganizationRecord | None:
        return self._organization

    def clear(self, text: str = "") -> None:
        self._kind, self._record_id, self._service, self._organization = None, "", None, None
        self.title.setText(self.tr("No partner chosen"))
        self.subtitle.setText(text or self.tr("Choose a partner in the list to see what it offers and how to refer."))
        for label in (self.banner, self.alert, self.opening):
            label.hide()
        self.notice.clear()
        self._new_content().finish()
        self.record_actions.set_record(self._kind, self._service, self._organization)

    def show_service(self, service_id: str) -> None:
        self.show_record(RecordKind.SERVICE, service_id)

    def show_organization(self, organization_id: str) -> None:
        self.show_record(RecordKind.ORGANIZATION, organization_id)

    def show_record(self, kind: RecordKind, record_id: str) -> None:
        if (kind, record_id) != self.current():
            self.notice.clear()
        try:
            if kind == RecordKind.SERVICE:
                service = self._directory.service(self._actor, record_id)
                organization = self._directory.organization(self._actor, service.organization_id)
                self._kind, self._record_id = kind, record_id
                self._service, self._organization = service, organization
                self._show_service(service, organization)
            else:
                organization = self._directory.organization(self._actor, record_id)
                services = self._directory.services(self._actor, include_archived=True, organization_id=record_id)
                self._kind, self._record_id = kind, record_id
                self._service, self._organization = None, organization
                self._show_organization(organization, services)
        except DeskError as error:
            self.clear(error_text(error))
            return
        self.record_actions.set_record(self._kind, self._service, self._organization)

    def reload(self) -> None:
        current = self.current()
        if current is not None:
            self.show_record(*current)

    def text(self) -> str:
        """Everything the panel says, as plain text (for a test, or a screen reader's overview)."""
        parts = []
        for label in [self.title, self.subtitle, self.banner, self.alert, self.opening, self.notice]:
            if label.isVisibleTo(self) and label.text():
                parts.append(label.text())
        parts += [label.text() for label in self.content.findChildren(QLabel) if label.text()]
        document = QTextDocument()
        plain = []
        for part in parts:
            document.setHtml(part)
            plain.append(document.toPlainText())
        return "\n".join(plain)

    def focus_content(self) -> None:
        self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_link(self, href: str) -> None:
        if href.startswith(LINK_SERVICE):
            self.show_service(href.removeprefix(LINK_SERVICE))
        elif href.startswith(LINK_ORGANIZATION):
            self.show_organization(href.removeprefix(LINK_ORGANIZATION))

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notice.setText(self.tr("Copied: {text}").format(text=text.replace("\n", ", ")))

    def _new_content(self) -> RecordSections:
        self.content = RecordSections(self.scroll_area, self.open_link, self.copy)
        return self.content

    def _today(self) -> date:
        return desk_day(self._clock.now())

    def _show_state(self, state: RecordState, verified_by: str) -> None:
        """The warning banner about how far to trust the record."""
        if state.archived:
            self.banner.setText(self.tr("<b>Archived.</b> This record is hidden from the search."))
        elif (trust := state.trust(self._today())) is Trust.TO_VERIFY:
            self.banner.setText(
                self.tr(
                    "<b>To verify.</b> No coordinator has confirmed this information yet. Check it with the partner "
                    "before you refer a visitor."
                )
            )
        elif trust is Trust.OVERDUE and state.last_verified_on is not None:
            self.banner.setText(
                self.tr(
                    "<b>Not verified for over 12 months</b> (last on {day}). Check it with the partner before you "
                    "refer a visitor."
                ).format(day=format_day(state.last_verified_on))
            )
        else:
            self.banner.hide()
            return
        self.banner.show()

    def _verified_line(self, content: RecordSections, state: RecordState, verified_by: str, updated: object) -> None:
        if state.last_verified_on is None:
            line = self.tr("Never verified by a coordinator.")
        elif verified_by:
            line = self.tr("Last verified on {day} by {name}.").format(
                day=format_day(state.last_verified_on), name=verified_by
            )
        else:
            line = self.tr("Last verified on {day}.").format(day=format_day(state.last_verified_on))
        content.heading(self.tr("Verification"))
        content.text(line)
        if updated is not None:
            content.text(self.tr("Last changed: {moment}").format(moment=format_datetime(updated)), dim=True)  # type: ignore[arg-type]

    # --- a service ------------------------------------------------------------------------------------------------

    def _show_service(self, service: ServiceRecord, organization: OrganizationRecord) -> None:
        data = service.data
        self.title.setText(data.name)
        href = html.escape(f"{LINK_ORGANIZATION}{organization.id}", quote=True)
        parts = [f'<a href="{href}">{html.escape(organization.data.name)}</a>']
        if organization.data.partner_kind:
            parts.append(html.escape(partner_kind_label(organization.data.partner_kind)))
        if data.status != "active":
            colour = error_colour(self.palette()).name()
            parts.append(f'<span style="color:{colour}"><b>{html.escape(service_status_label(data.status))}</b></span>')
        self.subtitle.setText(" · ".join(parts))
        self._show_state(service.state, service.last_verified_by)
        self.alert.setText(html.escape(data.alert))
        self.alert.setVisible(bool(data.alert))
        state = opening_state(data.schedules, self._clock.now())
        self.opening.setText(opening_label(state, self._today()))
        styles = {
            Opening.OPEN: f"color: {colours.ok_colour(self.palette()).name()}",
            Opening.UNKNOWN: "font-weight: normal",
        }
        self.opening.setStyleSheet(styles.get(state.opening, ""))
        self.opening.show()

        content = self._new_content()
        content.heading(self.tr("What it offers"))
        content.text(data.description or self.tr("No description yet."), dim=not data.description)
        self._sources(content, data.metadata, _OFFER)

        content.heading(self.tr("For whom"))
        if data.eligibility_description:
            content.text(data.eligibility_description)
        kinds = [visitor_kind_label(kind) for kind in VisitorKind if kind.value in data.visitor_kinds]
        kinds += [kind for kind in data.visitor_kinds if kind not in set(VisitorKind)]
        content.text(", ".join(kinds) or self.tr("everyone"), caption=self.tr("Visitors:"))
        content.text(", ".join(data.municipalities) or self.tr("the whole region"), caption=self.tr("Municipalities:"))
        ages = self._ages(data.minimum_age, data.maximum_age)
        if ages:
            content.text(ages, caption=self.tr("Age:"))
        if data.languages:
            spoken = [lang.name or lang.code for lang in data.languages]
            content.text(", ".join(spoken), caption=self.tr("Languages:"))
        if data.need_codes:
            content.text(", ".join(need_label(code) for code in data.need_codes), caption=self.tr("Needs:"))
        self._sources(content, data.metadata, _FOR_WHOM)

        content.heading(self.tr("How to refer"))
        content.text(data.how_to_refer or self.tr("Not described yet."), dim=not data.how_to_refer)
        if data.application_process:
            content.text(data.application_process, caption=self.tr("The visitor applies:"))
        if data.fees_description:
            content.text(data.fees_description, caption=self.tr("Costs:"))
        if data.interpretation_services:
            content.text(data.interpretation_services, caption=self.tr("Interpreters:"))
        self._sources(content, data.metadata, _REFER)

        if data.required_documents:
            content.heading(self.tr("What to bring"))
            for document in data.required_documents:
                if document.uri:
                    content.link("• " + document.document, document.uri)
                else:
                    content.text("• " + document.document)

        content.heading(self.tr("Opening hours"))
        self._hours(content, service)
        self._sources(content, data.metadata, _HOURS)

        content.heading(self.tr("Address"))
        locations = service.locations or organization.data.locations
        if not locations:
            content.text(self.tr("No address recorded."), dim=True)
        self._locations(content, locations, of_organization=not service.locations)
        self._sources(content, data.metadata if service.locations else organization.data.metadata, _PLACES)

        content.heading(self.tr("Contact"))
        self._contact(content, data.phones, data.email, data.url, data.contacts)
        if not (data.phones or data.email or data.url or data.contacts):
            content.text(self.tr("No contact details for this service: see the organisation below."), dim=True)
        self._sources(content, data.metadata, _CONTACT)

        content.heading(self.tr("Organisation"))
        content.link(organization.data.name, f"{LINK_ORGANIZATION}{organization.id}")
        self._contact(content, organization.data.phones, organization.data.email, organization.data.website, ())
        self._sources(content, organization.data.metadata, _CONTACT - {"contacts"})
        self._verified_line(content, service.state, service.last_verified_by, service.updated_at)
        self._sources(content, data.metadata, _OFFER | _FOR_WHOM | _REFER | _HOURS | _PLACES | _CONTACT, shown=False)
        content.finish()

    @staticmethod
    def _sources(
        content: RecordSections, metadata: tuple[MetadataData, ...], fields: frozenset[str], *, shown: bool = True
    ) -> None:
        """Where the facts of `fields` come from (or, not `shown`, those of every other field), once per source."""
        entries = [entry for entry in metadata if (entry.field_name in fields) == shown]
        for entry in {(e.last_action_type, e.updated_by, e.last_action_date): e for e in entries}.values():
            content.source(entry)

    def _ages(self, minimum: int | None, maximum: int | None) -> str:
        if minimum is not None and maximum is not None:
            return self.tr("{minimum} to {maximum} years").format(minimum=minimum, maximum=maximum)
        if minimum is not None:
            return self.tr("{minimum} years and older").format(minimum=minimum)
        if maximum is not None:
            return self.tr("up to {maximum} years").format(maximum=maximum)
        return ""

    def _hours(self, content: RecordSections, service: ServiceRecord) -> None:
        schedules = service.data.schedules
        if not schedules:
            content.text(self.tr("No opening hours recorded."), dim=True)
            return
        lines = opening_week_lines(opening_week(schedules, self._today()))
        for line in lines or [self.tr("Not open this week.")]:
            content.text(line)
        for note in dict.fromkeys(s.description for s in schedules if s.description):
            content.text(note, dim=True)

    def _locations(
        self, content: RecordSections, locations: tuple[LocationData, ...], *, of_organization: bool
    ) -> None:
        for location in locations:
            name = location.name
            if of_organization and name:
                name = self.tr("{name} (the organisation's)").format(name=name)
            if not location.addresses:
                content.text(name or self.tr("(no address)"))
            for address in location.addresses:
                lines = _address_lines(address)
                content.copyable(", ".join(lines), "\n".join(lines), caption=f"{name}:" if name else "")
            if location.description:
                content.text(location.description)
            if location.transportation:
                content.text(location.transportation, dim=True)
            if location.url:
                content.link(location.url, location.url)

    def _contact(
        self,
        content: RecordSections,
        phones: tuple[PhoneData, ...],
        email: str,
        website: str,
        contacts: tuple[ContactData, ...],
    ) -> None:
        for phone in phones:
            content.phone(phone, self.tr("Phone:"))
        if email:
            content.email(email, self.tr("E-mail:"))
        if website:
            content.link(website, website, caption=self.tr("Website:"))
        for contact in contacts:
            who = ", ".join(part for part in (contact.title, contact.department) if part)
            content.text(f"({who})" if contact.name and who else "" if contact.name else who, caption=contact.name)
            for phone in contact.phones:
                content.phone(phone, self.tr("Phone:"))
            if contact.email:
                content.email(contact.email, self.tr("E-mail:"))

    # --- an organisation ------------------------------------------------------------------------------------------

    def _show_organization(self, organization: OrganizationRecord, services: list[ServiceRecord]) -> None:
        data = organization.data
        self.title.setText(data.name)
        kind = partner_kind_label(data.partner_kind) if data.partner_kind else ""
        self.subtitle.setText(html.escape(" · ".join(p for p in (self.tr("Organisation"), kind) if p)))
        self._show_state(organization.state, organization.last_verified_by)
        self.alert.hide()
        self.opening.hide()
        content = self._new_content()
        if data.alternate_name:
            content.text(data.alternate_name, caption=self.tr("Also known as:"))
        content.heading(self.tr("About"))
        content.text(data.description or self.tr("No description yet."), dim=not data.description)
        self._sources(content, data.metadata, _OFFER)
        content.heading(self.tr("Services"))
        if not services:
            content.text(self.tr("No services recorded."), dim=True)
        today = self._today()
        for service in services:
            marks = [verification_label(service.state.trust(today))]
            if service.state.archived:
                marks = [self.tr("archived")]
            label = content.link(service.data.name, f"{LINK_SERVICE}{service.id}")
            if any(marks):
                label.setText(label.text() + f" <i>({html.escape(', '.join(m for m in marks if m))})</i>")
        content.heading(self.tr("Contact"))
        self._contact(content, data.phones, data.email, data.website, data.contacts)
        if not (data.phones or data.email or data.website or data.contacts):
            content.text(self.tr("No contact details recorded."), dim=True)
        self._sources(content, data.metadata, _CONTACT)
        content.heading(self.tr("Locations"))
        if not data.locations:
            content.text(self.tr("No locations recorded."), dim=True)
        self._locations(content, data.locations, of_organization=False)
        self._sources(content, data.metadata, _PLACES)
        self._verified_line(content, organization.state, organization.last_verified_by, organization.updated_at)
        self._sources(content, data.metadata, _OFFER | _CONTACT | _PLACES, shown=False)
        content.finish()

    # --- after an action ------------------------------------------------------------------------------------------

    def _after_change(self, notice: str = "") -> None:
        self.reload()
        if notice:
            self.notice.setText(notice)
        self.changed.emit()

    def _created(self, kind: str, record_id: str) -> None:
        self.show_record(RecordKind(kind), record_id)
        self.notice.setText(self.tr("Added. A new record stays to verify until you verify it."))
        self.changed.emit()
