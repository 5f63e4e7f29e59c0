"""One partner record in full: a service (what it offers, for whom, how to refer, what to bring, opening hours,
addresses, contacts) or an organisation (its contacts, locations and services).

Everyone may report incorrect information; a coordinator also edits, verifies, archives and reads the history. A
warning says when a record is still to verify or was last verified over a year ago. Phone numbers, e-mail addresses
and addresses have a copy button; websites open in the browser.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.dates import desk_day
from wsp_desk.db.enums import VisitorKind
from wsp_desk.errors import DeskError
from wsp_desk.gui import prompts, translations
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.colours import error_colour
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.labels import (
    format_datetime,
    format_day,
    need_label,
    opening_label,
    partner_kind_label,
    phone_type_label,
    service_status_label,
    verification_label,
    visitor_kind_label,
)
from wsp_desk.gui.messages import error_text, show_error
from wsp_desk.gui.pages.partner_dialogs import (
    ChangeHistoryDialog,
    NoteDialog,
    OrganizationDialog,
    ServiceDialog,
    report_dialog,
)
from wsp_desk.services.context import DeskContext
from wsp_desk.services.directory import (
    VERIFY_EVERY,
    AddressData,
    ContactData,
    LocationData,
    OrganizationRecord,
    PhoneData,
    RecordKind,
    RecordState,
    ServiceRecord,
)
from wsp_desk.services.opening_hours import Opening, describe_week, opening_state
from wsp_desk.services.permissions import Action, Actor, allowed
from wsp_desk.services.validation import format_phone

_LINK_SERVICE, _LINK_ORGANIZATION = "service:", "organization:"


def _address_lines(address: AddressData) -> list[str]:
    place = " ".join(part for part in (address.postal_code, address.city) if part)
    return [line for line in (address.attention, address.address_1, address.address_2, place) if line]


class _Content(QWidget):
    """The record's sections, built once per record shown."""

    def __init__(self, detail: PartnerDetail) -> None:
        super().__init__()
        self._detail = detail
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 8, 0)
        self.layout_.setSpacing(4)

    def finish(self) -> None:
        """Show the sections, built whole first: the scroll area sizes them once, with every line in place."""
        self.layout_.addStretch()
        self._detail.scroll.setWidget(self)  # the previous content is deleted

    def heading(self, text: str) -> None:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        self.layout_.addWidget(label)

    def text(self, text: str, *, caption: str = "", dim: bool = False) -> QLabel:
        shown = html.escape(text).replace("\n", "<br>")
        label = QLabel(f"<b>{html.escape(caption)}</b> {shown}" if caption else shown, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if dim:
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.layout_.addWidget(label)
        return label

    def link(self, text: str, href: str, *, caption: str = "") -> QLabel:
        prefix = f"<b>{html.escape(caption)}</b> " if caption else ""
        label = QLabel(f'{prefix}<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>', self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        if href.startswith((_LINK_SERVICE, _LINK_ORGANIZATION)):
            label.linkActivated.connect(self._detail.open_link)
        else:
            label.setOpenExternalLinks(True)
        self.layout_.addWidget(label)
        return label

    def copyable(self, text: str, copy: str, *, caption: str = "", href: str = "") -> None:
        """A line with a button that copies `copy` (a phone number, an address) to the clipboard."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        holder = QWidget(self)
        holder.setLayout(row)
        if href:
            label = QLabel(
                (f"<b>{html.escape(caption)}</b> " if caption else "")
                + f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>',
                holder,
            )
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        else:
            shown = html.escape(text).replace("\n", "<br>")
            label = QLabel((f"<b>{html.escape(caption)}</b> " if caption else "") + shown, holder)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setTextFormat(Qt.TextFormat.RichText)  # one line: a number or an address reads best unbroken
        button = QToolButton(holder)
        button.setText(self.tr("Copy"))
        button.setToolTip(self.tr("Copy {text} to the clipboard").format(text=copy.replace("\n", ", ")))
        button.setAccessibleName(button.toolTip())
        button.setAutoRaise(False)
        button.clicked.connect(lambda: self._detail.copy(copy))
        row.addWidget(label)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch()
        self.layout_.addWidget(holder)

    def phone(self, phone: PhoneData, caption: str = "") -> None:
        shown = format_phone(phone.number)
        if phone.extension:
            shown += " " + self.tr("ext. {extension}").format(extension=phone.extension)
        details = [phone_type_label(phone.type)] if phone.type != "voice" else []
        details += [phone.description] if phone.description else []
        shown += f" ({', '.join(details)})" if details else ""
        self.copyable(shown, format_phone(phone.number), caption=caption)

    def email(self, address: str, caption: str) -> None:
        self.copyable(address, address, caption=caption, href=f"mailto:{address}")


class PartnerDetail(QWidget):
    """Shows one record; `changed` tells that the directory changed through this panel (an edit, a check, a
    report), so lists and searches can catch up."""

    changed = Signal()

    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = context.directory
        self._clock = context.clock
        self._actor = actor
        self.may_edit = allowed(actor.role, Action.EDIT_DIRECTORY)
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
        self.banner = self._banner("#fff1c2", "#5c4400", "#e0b000")
        self.alert = self._banner("#e3ecfb", "#123a7a", "#7a9fd6")
        self.opening = QLabel(self)
        bold = self.opening.font()
        bold.setBold(True)
        self.opening.setFont(bold)
        self.notice = QLabel(self)  # what the last action did
        self.notice.setWordWrap(True)

        self.report_action = self._action(
            self.tr("&Report incorrect information…"),
            self.report,
            "Ctrl+Shift+R",
            self.tr("Tell the coordinator what is not correct in this record"),
        )
        self.record_actions = [self.report_action]
        self.edit_action: QAction | None = None
        self.verify_action: QAction | None = None
        self.archive_action: QAction | None = None
        self.history_action: QAction | None = None
        self.new_service_action: QAction | None = None
        self.new_organization_action: QAction | None = None
        if self.may_edit:
            self.edit_action = self._action(self.tr("Ed&it…"), self.edit, "F2", self.tr("Change this record"))
            self.verify_action = self._action(
                self.tr("Veri&fy"),
                self.verify,
                "Ctrl+Shift+V",
                self.tr("Confirm that this information is correct today"),
            )
            self.archive_action = self._action(
                self.tr("Arc&hive…"), self.archive, "", self.tr("Hide this record from the search; its history stays")
            )
            self.history_action = self._action(
                self.tr("Histor&y…"), self.history, "Ctrl+H", self.tr("Who changed what, and when")
            )
            self.new_service_action = self._action(
                self.tr("New servi&ce…"), self.new_service, "", self.tr("Add a service to this organisation")
            )
            self.new_organization_action = self._action(
                self.tr("New or&ganisation…"), self.new_organization, "Ctrl+Shift+N", ""
            )
            self.record_actions += [self.edit_action, self.verify_action, self.archive_action, self.history_action]
        # A tool bar: in a narrow window the actions that do not fit move behind its » button.
        self.toolbar = QToolBar(self.tr("Partner actions"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 3px 8px; margin-right: 4px;"
            " background: palette(button); } QToolButton:disabled { color: palette(mid); }"
        )
        # Adding an organisation is not about the record shown: the page offers that action elsewhere.
        for action in (*self.record_actions, self.new_service_action):
            if action is not None:
                self.toolbar.addAction(action)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Partner details"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content = _Content(self)

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
        layout.addWidget(self.scroll, 1)
        self.clear()

    def _banner(self, background: str, foreground: str, border: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border: 1px solid {border};"
            " border-radius: 4px; padding: 6px; }"
        )
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.hide()
        return label

    def _action(self, text: str, slot: Callable[[], object], keys: str, tooltip: str) -> QAction:
        action = shortcut_action(self, text, slot, keys, tooltip, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

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
        self._update_actions()

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
        self._update_actions()

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
        self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_link(self, href: str) -> None:
        if href.startswith(_LINK_SERVICE):
            self.show_service(href.removeprefix(_LINK_SERVICE))
        elif href.startswith(_LINK_ORGANIZATION):
            self.show_organization(href.removeprefix(_LINK_ORGANIZATION))

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notice.setText(self.tr("Copied: {text}").format(text=text.replace("\n", ", ")))

    def _new_content(self) -> _Content:
        self.content = _Content(self)
        return self.content

    def _today(self) -> date:
        return desk_day(self._clock.now())

    def _show_state(self, state: RecordState, verified_by: str) -> None:
        """The warning banner about how far to trust the record."""
        if state.archived:
            self.banner.setText(self.tr("<b>Archived.</b> This record is hidden from the search."))
        elif state.to_verify or state.last_verified_on is None:
            self.banner.setText(
                self.tr(
                    "<b>To verify.</b> No coordinator has confirmed this information yet. Check it with the partner "
                    "before you refer a visitor."
                )
            )
        elif state.last_verified_on < self._today() - VERIFY_EVERY:
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

    def _verified_line(self, content: _Content, state: RecordState, verified_by: str, updated: object) -> None:
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
        href = html.escape(f"{_LINK_ORGANIZATION}{organization.id}", quote=True)
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
        styles = {Opening.OPEN: "color: #1e7b34", Opening.UNKNOWN: "font-weight: normal"}
        self.opening.setStyleSheet(styles.get(state.opening, ""))
        self.opening.show()

        content = self._new_content()
        content.heading(self.tr("What it offers"))
        content.text(data.description or self.tr("No description yet."), dim=not data.description)

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

        content.heading(self.tr("How to refer"))
        content.text(data.how_to_refer or self.tr("Not described yet."), dim=not data.how_to_refer)
        if data.application_process:
            content.text(data.application_process, caption=self.tr("The visitor applies:"))
        if data.fees_description:
            content.text(data.fees_description, caption=self.tr("Costs:"))
        if data.interpretation_services:
            content.text(data.interpretation_services, caption=self.tr("Interpreters:"))

        if data.required_documents:
            content.heading(self.tr("What to bring"))
            for document in data.required_documents:
                if document.uri:
                    content.link("• " + document.document, document.uri)
                else:
                    content.text("• " + document.document)

        content.heading(self.tr("Opening hours"))
        self._hours(content, service)

        content.heading(self.tr("Address"))
        locations = service.locations or organization.data.locations
        if not locations:
            content.text(self.tr("No address recorded."), dim=True)
        self._locations(content, locations, of_organization=not service.locations)

        content.heading(self.tr("Contact"))
        self._contact(content, data.phones, data.email, data.url, data.contacts)
        if not (data.phones or data.email or data.url or data.contacts):
            content.text(self.tr("No contact details for this service: see the organisation below."), dim=True)

        content.heading(self.tr("Organisation"))
        content.link(organization.data.name, f"{_LINK_ORGANIZATION}{organization.id}")
        self._contact(content, organization.data.phones, organization.data.email, organization.data.website, ())
        self._verified_line(content, service.state, service.last_verified_by, service.updated_at)
        content.finish()

    def _ages(self, minimum: int | None, maximum: int | None) -> str:
        if minimum is not None and maximum is not None:
            return self.tr("{minimum} to {maximum} years").format(minimum=minimum, maximum=maximum)
        if minimum is not None:
            return self.tr("{minimum} years and older").format(minimum=minimum)
        if maximum is not None:
            return self.tr("up to {maximum} years").format(maximum=maximum)
        return ""

    def _hours(self, content: _Content, service: ServiceRecord) -> None:
        schedules = service.data.schedules
        if not schedules:
            content.text(self.tr("No opening hours recorded."), dim=True)
            return
        lines = describe_week(schedules, self._today(), translations.current_language())
        for line in lines or [self.tr("Not open this week.")]:
            content.text(line)
        for note in dict.fromkeys(s.description for s in schedules if s.description):
            content.text(note, dim=True)

    def _locations(self, content: _Content, locations: tuple[LocationData, ...], *, of_organization: bool) -> None:
        for location in locations:
            name = location.name
            if of_organization and name:
                name = self.tr("{name} (the organisation's)").format(name=name)
            if not location.addresses:
                content.text(name or self.tr("(no address)"))
            for address in location.addresses:
                lines = _address_lines(address)
                content.copyable(", ".join(lines), "\n".join(lines), caption=f"{name}:" if name else "")
            if location.transportation:
                content.text(location.transportation, dim=True)
            if location.url:
                content.link(location.url, location.url)

    def _contact(
        self,
        content: _Content,
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
        content.heading(self.tr("Services"))
        if not services:
            content.text(self.tr("No services recorded."), dim=True)
        today = self._today()
        for service in services:
            marks = [verification_label(service.state.to_verify, service.state.last_verified_on, today)]
            if service.state.archived:
                marks = [self.tr("archived")]
            label = content.link(service.data.name, f"{_LINK_SERVICE}{service.id}")
            if any(marks):
                label.setText(label.text() + f" <i>({html.escape(', '.join(m for m in marks if m))})</i>")
        content.heading(self.tr("Contact"))
        self._contact(content, data.phones, data.email, data.website, data.contacts)
        if not (data.phones or data.email or data.website or data.contacts):
            content.text(self.tr("No contact details recorded."), dim=True)
        content.heading(self.tr("Locations"))
        if not data.locations:
            content.text(self.tr("No locations recorded."), dim=True)
        self._locations(content, data.locations, of_organization=False)
        self._verified_line(content, organization.state, organization.last_verified_by, organization.updated_at)
        content.finish()

    # --- actions --------------------------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        has_record = self._kind is not None
        for action in self.record_actions:
            action.setEnabled(has_record)
        if self.new_service_action is not None:
            is_organization = self._kind == RecordKind.ORGANIZATION
            self.new_service_action.setEnabled(is_organization)
            self.new_service_action.setVisible(is_organization)
        if self.archive_action is not None:
            archived = self._state().archived if has_record else False
            self.archive_action.setText(self.tr("Rest&ore") if archived else self.tr("Arc&hive…"))

    def _state(self) -> RecordState:
        record = self._service if self._kind == RecordKind.SERVICE else self._organization
        assert record is not None
        return record.state

    def _version(self) -> int:
        record = self._service if self._kind == RecordKind.SERVICE else self._organization
        assert record is not None
        return record.version

    def _name(self) -> str:
        record = self._service if self._kind == RecordKind.SERVICE else self._organization
        return record.data.name if record is not None else ""

    def _after_change(self, notice: str = "") -> None:
        self.reload()
        if notice:
            self.notice.setText(notice)
        self.changed.emit()

    def report(self) -> NoteDialog | None:
        current = self.current()
        if current is None:
            return None
        name = self._name()
        dialog = report_dialog(self, name)
        sent: list[bool] = []

        def save() -> None:
            self._directory.report(self._actor, current[0], current[1], dialog.note())
            sent.append(True)

        thanks = self.tr("Thank you. The coordinator will check {name}.").format(name=name)
        dialog.finished.connect(lambda _result: self._after_change(thanks) if sent else None)
        dialog.open_with(save)
        return dialog

    def edit(self) -> FormDialog | None:
        """Edit the record as it is now; the save names this version, so a change by someone else meanwhile is
        refused (the dialog says so and closes) and the panel shows the newer version."""
        current = self.current()
        if current is None:
            return None
        try:
            if current[0] == RecordKind.SERVICE:
                dialog: FormDialog = self._service_editor(current[1])
            else:
                dialog = self._organization_editor(current[1])
        except DeskError as error:
            show_error(self, error)
            self._after_change()
            return None
        dialog.finished.connect(lambda _result: self._after_change())
        return dialog

    def _service_editor(self, service_id: str) -> ServiceDialog:
        service = self._directory.service(self._actor, service_id)
        organization = self._directory.organization(self._actor, service.organization_id)
        dialog = ServiceDialog(self, organization, service)
        dialog.open_with(
            lambda: self._directory.update_service(self._actor, service.id, service.version, dialog.data())
        )
        return dialog

    def _organization_editor(self, organization_id: str) -> OrganizationDialog:
        organization = self._directory.organization(self._actor, organization_id)
        dialog = OrganizationDialog(self, organization)
        dialog.open_with(
            lambda: self._directory.update_organization(
                self._actor, organization.id, organization.version, dialog.data()
            )
        )
        return dialog

    def verify(self) -> None:
        current = self.current()
        if current is None:
            return
        try:
            self._directory.verify(self._actor, current[0], current[1], self._version())
        except DeskError as error:
            show_error(self, error)
            self._after_change()
            return
        self._after_change(self.tr("Verified: {name} is confirmed as correct today.").format(name=self._name()))

    def archive(self) -> None:
        current = self.current()
        if current is None:
            return
        archived = self._state().archived
        name = self._name()
        if not archived:
            question = (
                self.tr("Archive {name} and its services? They disappear from the search; their history stays.")
                if current[0] == RecordKind.ORGANIZATION
                else self.tr("Archive {name}? It disappears from the search; its history stays.")
            )
            if not prompts.confirm(self, self.tr("Archive"), question.format(name=name)):
                return
        try:
            self._directory.set_archived(self._actor, current[0], current[1], self._version(), not archived)
        except DeskError as error:
            show_error(self, error)
            self._after_change()
            return
        self._after_change(
            self.tr("{name} is back in the search.").format(name=name)
            if archived
            else self.tr("{name} is archived.").format(name=name)
        )

    def history(self) -> ChangeHistoryDialog | None:
        current = self.current()
        if current is None:
            return None
        try:
            changes = self._directory.history(self._actor, *current)
        except DeskError as error:
            show_error(self, error)
            return None
        dialog = ChangeHistoryDialog(self, self._name(), changes)
        dialog.open()
        return dialog

    def new_service(self) -> ServiceDialog | None:
        organization = self._organization
        if self._kind != RecordKind.ORGANIZATION or organization is None:
            return None
        dialog = ServiceDialog(self, organization)
        saved: list[ServiceRecord] = []
        dialog.finished.connect(lambda _result: self._created(RecordKind.SERVICE, saved))
        dialog.open_with(
            lambda: saved.append(self._directory.create_service(self._actor, organization.id, dialog.data()))
        )
        return dialog

    def new_organization(self) -> OrganizationDialog:
        dialog = OrganizationDialog(self)
        saved: list[OrganizationRecord] = []
        dialog.finished.connect(lambda _result: self._created(RecordKind.ORGANIZATION, saved))
        dialog.open_with(lambda: saved.append(self._directory.create_organization(self._actor, dialog.data())))
        return dialog

    def _created(self, kind: RecordKind, saved: list[ServiceRecord] | list[OrganizationRecord]) -> None:
        if not saved:
            return
        self.show_record(kind, saved[0].id)
        self.notice.setText(self.tr("Added. A new record stays to verify until you verify it."))
        self.changed.emit()
