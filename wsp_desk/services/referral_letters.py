"""The letter of a warm handover: what it says, gathered from the referral, the visit, the conversation and the
directory; rendered once and stored with its hash, so every reprint is the same document."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Conversation, Letter, Referral, User, Visit
from wsp_desk.domain.directory import OrganizationData, ServiceRecord, Trust
from wsp_desk.domain.opening_hours import opening_week
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.references import referral_reference
from wsp_desk.domain.validation import format_phone
from wsp_desk.errors import NotFound
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.letters import referral_letter
from wsp_desk.letters.scripts import unprintable
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.directory import DirectoryService
from wsp_desk.services.letterhead import LetterheadService


@dataclass(frozen=True)
class StoredLetter:
    id: int
    referral_id: int
    language: str
    created_at: datetime
    pdf: bytes
    sha256: str


class ReferralLetterService:
    """The letters of the handovers: each rendered once and kept, so a reprint is the same document."""

    def __init__(
        self,
        database: Database,
        clock: Clock,
        audit: AuditLog,
        directory: DirectoryService,
        letterhead: LetterheadService,
    ) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
        self._directory = directory
        self._letterhead = letterhead

    def letter(self, actor: Actor, referral_id: int) -> StoredLetter:
        """The referral's letter: rendered and stored the first time, the same bytes every time after."""
        require(actor, Action.MANAGE_REFERRALS)
        stored = self._current_letter(referral_id)
        return stored if stored is not None else self._store_letter(actor, referral_id)

    def reissue(self, actor: Actor, referral_id: int) -> None:
        """After the consent changed: a letter already printed gets a new version that says what is shared now.

        A referral whose letter was never printed stays without one until it is asked for.
        """
        require(actor, Action.MANAGE_REFERRALS)
        if self._current_letter(referral_id) is not None:
            self._store_letter(actor, referral_id)

    def _store_letter(self, actor: Actor, referral_id: int) -> StoredLetter:
        content = self.letter_content(actor, referral_id)
        pdf = referral_letter.render_referral_letter(content)
        with self._database.write() as session:
            row = Letter(
                referral_id=referral_id,
                created_at=self._clock.now(),
                created_by_id=actor.user_id,
                language=content.language,
                pdf=pdf,
                sha256=hashlib.sha256(pdf).hexdigest(),
            )
            session.add(row)
            session.flush()
            self._audit.record(session, "letter_create", actor=actor, object_type="referral", object_id=referral_id)
            return _stored(row)

    def _current_letter(self, referral_id: int) -> StoredLetter | None:
        """The newest stored letter, as printed; callers check the permission.

        A referral gets a second letter only when consent is withdrawn (`reissue`); the first stays kept, for the
        record.
        """
        with self._database.read() as session:
            newest = select(Letter).where(Letter.referral_id == referral_id).order_by(Letter.id.desc()).limit(1)
            row = session.scalar(newest)
            return _stored(row) if row is not None else None

    def letter_content(self, actor: Actor, referral_id: int) -> referral_letter.LetterContent:
        """Everything the letter says, gathered from the referral, the visit, the conversation and the directory."""
        return self._gathered(actor, referral_id)[0]

    def _gathered(self, actor: Actor, referral_id: int) -> tuple[referral_letter.LetterContent, ServiceRecord]:
        """The letter's content, and the partner's service it was gathered from."""
        require(actor, Action.MANAGE_REFERRALS)
        with self._database.read() as session:
            referral = session.get(Referral, referral_id)
            if referral is None:
                raise referral_gone()
            visit = session.get_one(Visit, referral.visit_id)
            conversation = session.get(Conversation, referral.conversation_id) if referral.conversation_id else None
            guide = session.get_one(User, referral.follow_up_by_id)
            consent = referral.consent
            shared = None
            if consent is not None:
                items = set(consent.items)
                # Consents from before the values were kept share the visit's values as they are now.
                values = consent.shared_values or held_values(visit, conversation)
                shared = referral_letter.Consent(
                    given_on=desk_day(consent.given_at),
                    text_version=consent.text_version,
                    shared=referral_letter.SharedItems(
                        **{
                            item: values.get(item)
                            for item in ("name", "contact", "question", "interpreter")
                            if item in items
                        },
                        accessibility="accessibility" in items and "accessibility" in values,
                        notes=consent.shared_notes or None if "notes" in items else None,
                    ),
                    withdrawn_on=desk_day(consent.withdrawn_at) if consent.withdrawn_at else None,
                )
            service = self._directory.service(actor, referral.service_id)
            organization = self._directory.organization(actor, service.organization_id)
            created_on = desk_day(referral.created_at)
            content = referral_letter.LetterContent(
                language=referral.language,
                # A letter made again after a withdrawal is dated the day it says so.
                letter_date=shared.withdrawn_on if shared and shared.withdrawn_on else created_on,
                reference=referral_reference(referral.id, created_on),
                handed_over_on=created_on,
                letterhead=self._letterhead.current(),
                partner=_partner(service, organization.data, referral.contact_name, referral.language, created_on),
                guide=referral_letter.Guide(
                    guide.display_name, phone=format_phone(guide.work_phone), email=guide.work_email
                ),
                follow_up_on=referral.follow_up_on,
                visitor_name=visit.name_or_initials,
                visitor_reachable_by="phone" if visit.callback_phone else "email" if visit.callback_email else "",
                reason=referral.reason,
                next_step=referral.next_step,
                appointment=referral.appointment_at,
                what_to_bring=tuple(
                    line.strip("-• ").strip() for line in referral.what_to_bring.splitlines() if line.strip()
                ),
                consent=shared,
            )
            return content, service

    def warnings(self, actor: Actor, referral_id: int) -> list[LetterWarning]:
        """What the guide should know before the letter leaves the desk: facts the visitor will miss, a partner
        record nobody confirmed, characters no font of the letter can print."""
        content, service = self._gathered(actor, referral_id)
        partner = content.partner
        found: list[LetterWarning] = []
        if not partner.address_lines:
            found.append(
                LetterWarning(
                    QT_TRANSLATE_NOOP("LetterWarning", "The letter has no address of {organization}."),
                    partner.organization,
                )
            )
        if not partner.phone:
            found.append(
                LetterWarning(
                    QT_TRANSLATE_NOOP("LetterWarning", "The letter has no phone number of {organization}."),
                    partner.organization,
                )
            )
        if service.state.trust(desk_day(self._clock.now())) != Trust.VERIFIED:
            found.append(
                LetterWarning(
                    QT_TRANSLATE_NOOP(
                        "LetterWarning",
                        "The details of {organization} are not confirmed: check them with the visitor before printing.",
                    ),
                    partner.organization,
                )
            )
        if self._letterhead.missing_contact():
            found.append(
                LetterWarning(
                    QT_TRANSLATE_NOOP(
                        "LetterWarning",
                        "The werkcentrum's contact details are incomplete; a coordinator can complete them in Beheer.",
                    ),
                    partner.organization,
                )
            )
        characters = unprintable(content.printed_text())
        if characters:
            found.append(
                LetterWarning(
                    QT_TRANSLATE_NOOP(
                        "LetterWarning",
                        "No font of the letter can print {characters}: they show as \ufffd. Write them out on the "
                        "letter by hand, or change the text.",
                    ),
                    partner.organization,
                    characters,
                )
            )
        return found


@dataclass(frozen=True)
class LetterWarning:
    """A sentence to show the guide: a translatable template with {organization} and {characters}."""

    template: str
    organization: str
    characters: str = ""


def held_values(visit: Visit, conversation: Conversation | None) -> dict[str, str]:
    """What each consent item would share from this visit, as the letter prints it; items without data are left out.

    The notes are not among them: they are typed at the handover itself."""
    phone = format_phone(visit.callback_phone) if visit.callback_phone else ""
    values = {
        "name": visit.name_or_initials,
        "contact": phone or visit.callback_email,
        "question": (conversation.need_in_own_words if conversation else "") or visit.question,
        "interpreter": visit.interpreter_language if visit.needs_interpreter else "",  # registration asks which
        "accessibility": "yes" if visit.accessibility_need else "",
    }
    return {item: value for item, value in values.items() if value}


def _partner(
    service: ServiceRecord, organization: OrganizationData, contact_name: str, language: str, on: date
) -> referral_letter.Partner:
    data = service.data
    # Where to go: a visiting address, never a postal one (a Postbus takes letters, not visitors).
    addresses = [
        address
        for location in service.locations
        for address in location.addresses
        if address.address_type == "physical"
    ]
    address_lines = tuple(
        line
        for address in addresses[:1]
        for line in (address.address_1, address.address_2, f"{address.postal_code} {address.city}".strip())
        if line
    )
    phone = format_phone(next((phone.number for phone in (*data.phones, *organization.phones)), ""))
    return referral_letter.Partner(
        organization=service.organization_name,
        service=data.name,
        contact_name=contact_name,
        address_lines=address_lines,
        opening_hours=referral_letter.opening_lines(opening_week(data.schedules, on), language),
        phone=phone,
        email=data.email or organization.email,
        website=data.url or organization.website,
        how_to_get_there=next(
            (location.transportation for location in service.locations if location.transportation), ""
        ),
    )


def _stored(row: Letter) -> StoredLetter:
    return StoredLetter(row.id, row.referral_id, row.language, row.created_at, row.pdf, row.sha256)


def referral_gone() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("DeskError", "This handover no longer exists."))
