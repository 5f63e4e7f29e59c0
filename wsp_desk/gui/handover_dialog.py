"""The warm handover (ui/handover_dialog.ui): to which partner and whom, why, the next step, what to bring, who
follows up and when, the letter's language, and the visitor's consent item by item.

Everything is filled in from the conversation and the chosen service, except the consent: the guide reads the
consent text aloud and ticks only what the visitor agrees to; nothing is ticked beforehand. OK records the handover
through the referral service, and `open_handover` then shows the letter.

Keyboard: every input has a mnemonic, Tab follows the form, Space ticks, Enter (Ctrl+Enter inside a text box) makes
the letter, Esc cancels. Enter in the search box goes on to the list of partners instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from wsp_desk.dates import DESK_TIMEZONE, add_working_days, desk_day
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import ServiceRecord
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import translations
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from wsp_desk.gui.labels import letter_language_label, referral_status_label
from wsp_desk.gui.messages import show_error
from wsp_desk.services.conversations import ConversationView
from wsp_desk.services.referrals import (
    CONSENT_ITEMS,
    FOLLOW_UP_WORKING_DAYS,
    LETTER_LANGUAGES,
    Handover,
    ReferralView,
    consent_text,
)
from wsp_desk.services.users import Guide

SEARCH_LIMIT = 25
_SHOWN_CHARACTERS = 70  # of a long value beside a consent item; the tooltip has all of it
_APPOINTMENT_TIME = time(10, 0)
_CONSENT_TEXT_WIDTH = 460


@dataclass(frozen=True)
class HandoverFacts:
    """What the dialog starts from: the conversation, colleagues, partners, earlier handovers of this conversation,
    the desk's day, and what the visit holds to share."""

    conversation: ConversationView
    guides: list[Guide]
    suggestions: list[ServiceRecord]
    earlier: list[ReferralView]
    today: date
    # What each consent item would share; an item the visit holds nothing for is missing.
    shareable: dict[str, str]

    @classmethod
    def load(cls, context: DeskContext, actor: Actor, conversation_id: int) -> HandoverFacts:
        conversation = context.conversations.open(actor, conversation_id)
        hits = context.directory_search.suggest(
            actor, conversation.needs, conversation.visitor_kind.value, conversation.municipality or None
        )
        return cls(
            conversation,
            context.users.guides(actor),
            [hit.service for hit in hits],
            context.referrals.for_conversation(actor, conversation_id),
            desk_day(context.clock.now()),
            context.referrals.shareable(actor, conversation_id),
        )


def _shortened(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SHOWN_CHARACTERS else line[: _SHOWN_CHARACTERS - 1].rstrip() + "…"


def _reserve_height(label: QLabel) -> None:
    """A wrapped label does not ask for the height its text needs; reserve it, so nothing is cut off."""
    label.setMinimumHeight(label.heightForWidth(_CONSENT_TEXT_WIDTH))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def partner_name(organization: str, service: str) -> str:
    """How a partner service is named in lists: "Gemeente Rijswijk — Schuldhulpverlening Rijswijk"."""
    return f"{organization} — {service}" if service != organization else organization


class HandoverDialog(FormDialog):
    """Emits `prepared(ReferralView)` once the handover is recorded."""

    prepared = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        context: DeskContext,
        actor: Actor,
        facts: HandoverFacts,
        service_id: str = "",
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._facts = facts
        self._services: dict[str, ServiceRecord] = {record.id: record for record in facts.suggestions}
        self._prefilled: dict[QPlainTextEdit, str] = {}
        self._prefilled_contact = ""
        self.referral: ReferralView | None = None
        self.ui = ui = Ui_HandoverDialog()
        ui.setupUi(self)
        conversation = facts.conversation
        self.setWindowTitle(self.tr("Warm handover of {ticket}").format(ticket=conversation.ticket))
        ui.intro.setText(
            self.tr(
                "Hand {ticket} over to a partner. You stay responsible until the partner has taken over. "
                "Fill in the handover, then read the consent text aloud."
            ).format(ticket=conversation.ticket)
        )
        self._show_earlier(facts.earlier)
        self._consent_boxes: dict[str, QCheckBox] = {
            "name": ui.consentName,
            "contact": ui.consentContact,
            "question": ui.consentQuestion,
            "interpreter": ui.consentInterpreter,
            "accessibility": ui.consentAccessibility,
            "notes": ui.consentNotes,
        }
        assert tuple(self._consent_boxes) == CONSENT_ITEMS
        self._build_inputs()
        self.set_error_fields(
            {
                "service": (ui.service, ui.serviceError),
                "contact_name": (ui.contact, ui.contactError),
                "reason": (ui.reason, ui.reasonError),
                "next_step": (ui.nextStep, ui.nextStepError),
                "what_to_bring": (ui.whatToBring, ui.whatToBringError),
                "follow_up_by": (ui.followUpBy, ui.followUpByError),
                "language": (ui.language, ui.languageError),
                "consent": (ui.consentName, ui.consentError),
                "shared_notes": (ui.sharedNotes, ui.sharedNotesError),
            },
            ui.formError,
        )
        self._fill_services(facts.suggestions, service_id)
        if service_id and service_id not in self._services:
            self._add_service(service_id)
        self._language_changed()
        self._consent_changed()
        (ui.contact if ui.service.currentIndex() >= 0 else ui.serviceSearch).setFocus()

    # --- building -----------------------------------------------------------------------------------------------

    def _build_inputs(self) -> None:
        ui = self.ui
        lines = ui.reason.fontMetrics().lineSpacing()
        for edit, rows in ((ui.reason, 3), (ui.nextStep, 3), (ui.whatToBring, 4), (ui.sharedNotes, 5)):
            edit.setFixedHeight(lines * rows + 2 * edit.frameWidth() + 8)
        ui.serviceHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui.service.setPlaceholderText(self.tr("No partner found: search above"))
        ui.serviceSearch.installEventFilter(self)
        ui.serviceSearch.textChanged.connect(self._search)
        ui.service.currentIndexChanged.connect(self._service_changed)

        today = self._facts.today
        appointment_day = add_working_days(today, 1)
        ui.appointmentAt.setMinimumDate(_qdate(today))
        ui.appointmentAt.setDateTime(
            QDateTime(_qdate(appointment_day), QTime(_APPOINTMENT_TIME.hour, _APPOINTMENT_TIME.minute))
        )
        ui.followUpOn.setMinimumDate(_qdate(today))
        ui.followUpOn.setDate(_qdate(add_working_days(today, FOLLOW_UP_WORKING_DAYS)))
        for guide in self._facts.guides:
            ui.followUpBy.addItem(guide.display_name, guide.id)
        ui.followUpBy.setCurrentIndex(max(ui.followUpBy.findData(self._actor.user_id), 0))
        for language in LETTER_LANGUAGES:
            ui.language.addItem(letter_language_label(language), language)
        ui.language.currentIndexChanged.connect(self._language_changed)

        big = ui.consentText.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        ui.consentText.setFont(big)
        for label in (ui.consentText, ui.consentSummary):
            label.setMinimumWidth(_CONSENT_TEXT_WIDTH)
        ui.consentText.setBackgroundRole(QPalette.ColorRole.Base)
        ui.consentText.setAutoFillBackground(True)
        for box in self._consent_boxes.values():
            box.setChecked(False)  # never ticked beforehand
            box.toggled.connect(self._consent_changed)
        ui.sharedNotes.clear()
        summary = ui.consentSummary.font()
        summary.setBold(True)
        ui.consentSummary.setFont(summary)

        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Prepare letter"))
        ok.setToolTip(self.tr("Records the handover and shows the letter (Enter, or Ctrl+Enter in a text box)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def _show_earlier(self, earlier: list[ReferralView]) -> None:
        if not earlier:
            self.ui.earlier.hide()
            return
        names = "; ".join(
            f"{partner_name(view.organization_name, view.service_name)} ({referral_status_label(view.status)})"
            for view in earlier
        )
        self.ui.earlier.setText(self.tr("Handed over from this conversation before: {partners}").format(partners=names))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search box chooses from the list of partners; it does not make the letter yet.
        if (
            watched is self.ui.serviceSearch
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.ui.service.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    # --- the partner ----------------------------------------------------------------------------------------------

    def _fill_services(self, records: Iterable[ServiceRecord], select_id: str = "") -> None:
        combo = self.ui.service
        keep = select_id or self.service_id()
        combo.blockSignals(True)
        combo.clear()
        for record in records:
            self._services[record.id] = record
            combo.addItem(partner_name(record.organization_name, record.data.name), record.id)
            combo.setItemData(combo.count() - 1, record.data.description, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(index if index >= 0 else min(combo.count() - 1, 0))
        combo.blockSignals(False)
        self._service_changed()

    def _add_service(self, service_id: str) -> None:
        """The partner chosen on the conversation page, when it is not among the suggestions."""
        try:
            record = self._context.directory.service(self._actor, service_id)
        except DeskError as error:
            self.errors.show(error)
            return
        self._services[record.id] = record
        self.ui.service.insertItem(0, partner_name(record.organization_name, record.data.name), record.id)
        self.ui.service.setCurrentIndex(0)

    def _search(self, text: str) -> None:
        if not text.strip():
            self._fill_services(self._facts.suggestions)
            return
        try:
            hits = self._context.directory_search.search(self._actor, text, limit=SEARCH_LIMIT)
        except DeskError as error:
            self.errors.show(error)
            return
        self._fill_services(hit.service for hit in hits)

    def service(self) -> ServiceRecord | None:
        return self._services.get(self.service_id())

    def service_id(self) -> str:
        return str(self.ui.service.currentData() or "")

    def _service_changed(self) -> None:
        ui = self.ui
        record = self.service()
        data = record.data if record is not None else None
        hint = data.how_to_refer if data is not None else ""
        ui.serviceHint.setText(self.tr("How to refer: {text}").format(text=hint) if hint else "")
        ui.serviceHint.setVisible(bool(hint))
        # Contacts, reason and documents follow the partner, unless the guide wrote their own.
        contacts = data.contacts if data is not None else ()
        typed = ui.contact.currentText()
        ui.contact.clear()
        for contact in contacts:
            if contact.name:
                ui.contact.addItem(contact.name)
                detail = ", ".join(part for part in (contact.title, contact.department) if part)
                ui.contact.setItemData(ui.contact.count() - 1, detail, Qt.ItemDataRole.ToolTipRole)
        if typed and typed != self._prefilled_contact:
            ui.contact.setEditText(typed)
        else:
            self._prefilled_contact = ui.contact.itemText(0) if ui.contact.count() else ""
            ui.contact.setEditText(self._prefilled_contact)
        self._prefill(ui.reason, data.description if data is not None else "")
        documents = data.required_documents if data is not None else ()
        self._prefill(ui.whatToBring, "\n".join(document.document for document in documents))
        self._language_changed()

    def _prefill(self, edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() == self._prefilled.get(edit, ""):
            edit.setPlainText(text)
            self._prefilled[edit] = text

    # --- consent ----------------------------------------------------------------------------------------------

    def language(self) -> str:
        return str(self.ui.language.currentData())

    def _organization(self) -> str:
        record = self.service()
        return record.organization_name if record is not None else self.tr("the partner")

    def _language_changed(self) -> None:
        """The consent text and its items are read to the visitor in the letter's language."""
        text = consent_text()
        language = self.language()
        self.ui.consentText.setText(text.read_aloud(language, self._organization()))
        _reserve_height(self.ui.consentText)
        self.ui.consentVersion.setText(self.tr("Consent text, version {version}").format(version=text.version))
        held = self._facts.shareable
        for item, box in self._consent_boxes.items():
            label = text.item_label(item, language)
            value = held.get(item)
            if item == "notes":  # typed below once ticked
                box.setText(label)
            elif value is None:
                box.setText(self.tr("{item} (not known at the desk)").format(item=label))
                box.setToolTip(self.tr("There is nothing to share for this item."))
            elif item == "accessibility":  # a need, not a value: the label says it all
                box.setText(label)
            else:
                box.setText(f"{label}: {_shortened(value)}")
                box.setToolTip(value)
            box.setEnabled(item == "notes" or value is not None)
        self._consent_changed()

    def consent_items(self) -> frozenset[str]:
        return frozenset(item for item, box in self._consent_boxes.items() if box.isChecked() and box.isEnabled())

    def _consent_changed(self) -> None:
        ui = self.ui
        notes = ui.consentNotes.isChecked()
        ui.sharedNotesLabel.setVisible(notes)
        ui.sharedNotes.setVisible(notes)
        items = self.consent_items()
        if not items:
            ui.consentSummary.setText(self.tr("No consent: the letter is for the visitor only, and nothing is shared."))
        else:
            text = consent_text()
            language = translations.current_language()
            labels = ", ".join(text.item_label(item, language).lower() for item in CONSENT_ITEMS if item in items)
            ui.consentSummary.setText(
                self.tr("Shared with {organization}: {items}. The letter gets a second page for the partner.").format(
                    organization=self._organization(), items=labels
                )
            )
        _reserve_height(ui.consentSummary)

    # --- saving ---------------------------------------------------------------------------------------------------

    def appointment_at(self) -> datetime | None:
        """The appointment on the desk's wall clock, when one was made."""
        if not self.ui.appointmentMade.isChecked():
            return None
        chosen = self.ui.appointmentAt.dateTime()
        day, moment = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute(), tzinfo=DESK_TIMEZONE)

    def handover(self) -> Handover:
        ui = self.ui
        chosen = ui.followUpOn.date()
        items = self.consent_items()
        return Handover(
            service_id=self.service_id(),
            contact_name=ui.contact.currentText().strip(),
            reason=ui.reason.toPlainText().strip(),
            next_step=ui.nextStep.toPlainText().strip(),
            appointment_at=self.appointment_at(),
            what_to_bring=ui.whatToBring.toPlainText().strip(),
            follow_up_by_id=ui.followUpBy.currentData(),
            follow_up_on=date(chosen.year(), chosen.month(), chosen.day()),
            language=self.language(),
            consent_items=items,
            shared_notes=ui.sharedNotes.toPlainText().strip() if "notes" in items else "",
        )

    def check(self) -> bool:
        if not self.service_id():
            self.errors.show_text("service", self.tr("Choose the partner to hand the visitor over to."))
            return False
        return True

    def prepare(self) -> None:
        """Record the handover (FormDialog's save: a refused rule stays in the dialog, next to its input)."""
        self.referral = self._context.referrals.prepare(self._actor, self._facts.conversation.id, self.handover())

    def accept(self) -> None:
        super().accept()
        if self.result() == self.DialogCode.Accepted and self.referral is not None:
            self.prepared.emit(self.referral)


def open_handover(
    parent: QWidget, context: DeskContext, actor: Actor, conversation_id: int, service_id: str = ""
) -> HandoverDialog | None:
    """Open the handover dialog for a conversation; once it is recorded, the letter's preview opens."""
    from wsp_desk.gui.letter_preview import open_letter  # QtPdf loads with the first letter, not at start

    try:
        facts = HandoverFacts.load(context, actor, conversation_id)
    except DeskError as error:
        show_error(parent, error)
        return None
    dialog = HandoverDialog(parent, context, actor, facts, service_id)
    dialog.prepared.connect(lambda referral: open_letter(parent, context, actor, referral.id))
    dialog.open_with(dialog.prepare)
    return dialog
