"""Warm handovers: consent, the referral, its letter, and the follow-up until the partner has taken over.

Consent is asked item by item after the guide read the versioned consent text; nothing is shared without it, and
it can be withdrawn in one action. A letter is rendered once and stored with its hash, so every reprint is the same
document. Every status change of a referral is a ReferralEvent.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from wsp_desk.clock import Clock
from wsp_desk.dates import add_working_days, desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import (
    Consent,
    Conversation,
    Letter,
    Referral,
    ReferralEvent,
    ReferralStatus,
    Service,
    Setting,
    User,
    Visit,
)
from wsp_desk.domain.opening_hours import opening_week
from wsp_desk.errors import DeskError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.letters import referral_letter
from wsp_desk.resource_files import resource
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.directory import DirectoryService, ServiceRecord
from wsp_desk.services.permissions import Action, Actor, require
from wsp_desk.services.validation import (
    format_phone,
    limit_text,
    normalise_email,
    normalise_phone,
    normalise_url,
)

R = ReferralStatus
ALLOWED: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    R.PREPARED: frozenset({R.HANDED_OVER, R.CANCELLED}),
    R.HANDED_OVER: frozenset({R.CONTACT_MADE, R.COMPLETED, R.DECLINED, R.NOT_REACHED, R.CANCELLED}),
    R.CONTACT_MADE: frozenset({R.COMPLETED, R.DECLINED, R.NOT_REACHED, R.CANCELLED}),
    R.NOT_REACHED: frozenset({R.CONTACT_MADE, R.COMPLETED, R.DECLINED, R.CANCELLED}),
    R.COMPLETED: frozenset(),
    R.DECLINED: frozenset(),
    R.CANCELLED: frozenset(),
}
OPEN = frozenset({R.PREPARED, R.HANDED_OVER, R.CONTACT_MADE, R.NOT_REACHED})
CONSENT_ITEMS = ("name", "contact", "question", "notes")
FOLLOW_UP_WORKING_DAYS = 5
LETTER_LANGUAGES = referral_letter.LANGUAGES
LETTERHEAD_KEY = "letterhead"
DEFAULT_LETTERHEAD = referral_letter.Letterhead("Werkcentrum Haaglanden — WSP Rijswijk")
MAX_LOGO_BYTES = 1_000_000


@dataclass(frozen=True)
class ConsentText:
    version: str
    text: dict[str, str]
    items: dict[str, dict[str, str]]

    def read_aloud(self, language: str, organization: str) -> str:
        return self.text.get(language, self.text["nl"]).format(organization=organization)

    def item_label(self, item: str, language: str) -> str:
        labels = self.items[item]
        return labels.get(language, labels["nl"])


@cache
def consent_text() -> ConsentText:
    data: dict[str, Any] = yaml.safe_load(resource("consent", "consent.yaml").read_text(encoding="utf-8"))
    return ConsentText(str(data["version"]), dict(data["text"]), {k: dict(v) for k, v in data["items"].items()})


@dataclass(frozen=True)
class Handover:
    """What the guide fills in for one handover. No consent items means: nothing is shared."""

    service_id: str
    contact_name: str = ""
    reason: str = ""
    next_step: str = ""
    appointment_at: datetime | None = None
    what_to_bring: str = ""
    follow_up_by_id: int | None = None
    follow_up_on: date | None = None
    language: str = "nl"
    consent_items: frozenset[str] = field(default_factory=frozenset)
    shared_notes: str = ""


@dataclass(frozen=True)
class ConsentView:
    id: int
    text_version: str
    items: tuple[str, ...]
    shared_notes: str
    given_at: datetime
    recorded_by: str
    withdrawn_at: datetime | None
    withdrawn_by: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class ReferralView:
    id: int
    version: int
    visit_id: int
    ticket: str
    location_id: int
    conversation_id: int | None
    service_id: str
    service_name: str
    organization_name: str
    contact_name: str
    reason: str
    next_step: str
    appointment_at: datetime | None
    what_to_bring: str
    follow_up_by_id: int
    follow_up_by: str
    follow_up_on: date
    language: str
    status: ReferralStatus
    created_by: str
    created_at: datetime
    consent: ConsentView | None
    overdue: bool

    @property
    def open(self) -> bool:
        return self.status in OPEN


@dataclass(frozen=True)
class ReferralEventView:
    at: datetime
    actor_name: str
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    note: str


@dataclass(frozen=True)
class StoredLetter:
    id: int
    referral_id: int
    language: str
    created_at: datetime
    pdf: bytes
    sha256: str


class ReferralService:
    def __init__(self, database: Database, clock: Clock, audit: AuditLog, directory: DirectoryService) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
        self._directory = directory

    # --- the handover -----------------------------------------------------------------------------------------

    def prepare(self, actor: Actor, conversation_id: int, handover: Handover) -> ReferralView:
        """Record a handover from a conversation, with the consent as given (or none)."""
        require(actor, Action.MANAGE_REFERRALS)
        service = self._directory.service(actor, handover.service_id)  # refuses an unknown service
        data = _cleaned(handover)
        now = self._clock.now()
        _check_follow_up(data.follow_up_on, desk_day(now))
        with self._database.write() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This conversation no longer exists."))
            follow_up_by = data.follow_up_by_id or actor.user_id
            guide = session.get(User, follow_up_by) if follow_up_by is not None else None
            if guide is None or not guide.active:
                raise ValidationFailed(
                    "follow_up_by", QT_TRANSLATE_NOOP("DeskError", "Choose who follows up this handover.")
                )
            consent = None
            if data.consent_items:
                assert actor.user_id is not None
                consent = Consent(
                    visit_id=conversation.visit_id,
                    text_version=consent_text().version,
                    items=sorted(data.consent_items),
                    shared_notes=data.shared_notes,
                    method="verbal",
                    given_at=now,
                    recorded_by_id=actor.user_id,
                )
                session.add(consent)
                session.flush()
            assert actor.user_id is not None
            referral = Referral(
                visit_id=conversation.visit_id,
                conversation_id=conversation_id,
                service_id=service.id,
                contact_name=data.contact_name,
                reason=data.reason,
                next_step=data.next_step,
                appointment_at=data.appointment_at,
                what_to_bring=data.what_to_bring,
                follow_up_by_id=guide.id,
                follow_up_on=data.follow_up_on or add_working_days(desk_day(now), FOLLOW_UP_WORKING_DAYS),
                language=data.language,
                consent_id=consent.id if consent else None,
                status=R.PREPARED,
                created_by_id=actor.user_id,
                created_at=now,
            )
            session.add(referral)
            session.flush()
            session.add(ReferralEvent(referral_id=referral.id, at=now, actor_id=actor.user_id, to_status=R.PREPARED))
            self._audit.record(
                session,
                "referral_create",
                actor=actor,
                object_type="referral",
                object_id=referral.id,
                detail=f"service={service.id}",
            )
            if consent is not None:
                self._audit.record(
                    session,
                    "consent_given",
                    actor=actor,
                    object_type="consent",
                    object_id=consent.id,
                    detail="items=" + ",".join(consent.items),
                )
            session.flush()
            return self._view(session, referral.id)

    def letter(self, actor: Actor, referral_id: int) -> StoredLetter:
        """The referral's letter: rendered and stored the first time, the same bytes every time after."""
        require(actor, Action.MANAGE_REFERRALS)
        stored = self._current_letter(referral_id)
        return stored if stored is not None else self._store_letter(actor, referral_id)

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
        """The newest stored letter, as printed; callers check the permission (`letter` is the way in).

        A referral gets a second letter only when consent is withdrawn; the first stays kept, for the record.
        """
        with self._database.read() as session:
            newest = select(Letter).where(Letter.referral_id == referral_id).order_by(Letter.id.desc()).limit(1)
            row = session.scalar(newest)
            return _stored(row) if row is not None else None

    def letter_content(self, actor: Actor, referral_id: int) -> referral_letter.LetterContent:
        """Everything the letter says, gathered from the referral, the visit, the conversation and the directory."""
        require(actor, Action.MANAGE_REFERRALS)
        with self._database.read() as session:
            referral = session.get(Referral, referral_id)
            if referral is None:
                raise _gone()
            visit = session.get_one(Visit, referral.visit_id)
            conversation = session.get(Conversation, referral.conversation_id) if referral.conversation_id else None
            guide = session.get_one(User, referral.follow_up_by_id)
            consent = referral.consent
            question = (conversation.need_in_own_words if conversation else "") or visit.question
            shared = None
            withdrawn_on = desk_day(consent.withdrawn_at) if consent and consent.withdrawn_at else None
            if consent is not None and consent.withdrawn_at is None:
                items = set(consent.items)
                shared = referral_letter.Consent(
                    desk_day(consent.given_at),
                    consent.text_version,
                    referral_letter.SharedItems(
                        name=visit.name_or_initials if "name" in items and visit.name_or_initials else None,
                        contact=(format_phone(visit.callback_phone) or visit.callback_email or None)
                        if "contact" in items
                        else None,
                        question=question or None if "question" in items else None,
                        notes=consent.shared_notes or None if "notes" in items else None,
                    ),
                )
            service = self._directory.service(actor, referral.service_id)
            organization = self._directory.organization(actor, service.organization_id)
            created_on = desk_day(referral.created_at)
            return referral_letter.LetterContent(
                language=referral.language,
                letter_date=created_on,
                letterhead=self.letterhead(),
                partner=_partner(
                    service, organization.data.website, referral.contact_name, referral.language, created_on
                ),
                guide_name=guide.display_name,
                follow_up_on=referral.follow_up_on,
                visitor_name=visit.name_or_initials,
                question=question,
                reason=referral.reason,
                next_step=referral.next_step,
                appointment=referral.appointment_at,
                what_to_bring=tuple(
                    line.strip("-• ").strip() for line in referral.what_to_bring.splitlines() if line.strip()
                ),
                consent=shared,
                consent_withdrawn_on=withdrawn_on,
            )

    # --- follow-up --------------------------------------------------------------------------------------------

    def set_status(
        self, actor: Actor, referral_id: int, status: ReferralStatus, note: str = "", follow_up_on: date | None = None
    ) -> ReferralView:
        require(actor, Action.MANAGE_REFERRALS)
        note = limit_text(note, 1000, "note")
        if status == R.DECLINED and not note:
            raise ValidationFailed(
                "note", QT_TRANSLATE_NOOP("DeskError", "Say why the partner declined this handover.")
            )
        with self._database.write() as session:
            referral = self._load(session, referral_id)
            if status not in ALLOWED[referral.status]:
                raise DeskError(
                    QT_TRANSLATE_NOOP("DeskError", "This handover cannot take that step now; reload to see its state.")
                )
            session.add(
                ReferralEvent(
                    referral_id=referral.id,
                    at=self._clock.now(),
                    actor_id=actor.user_id,
                    from_status=referral.status,
                    to_status=status,
                    note=note,
                )
            )
            referral.status = status
            if follow_up_on is not None:
                _check_follow_up(follow_up_on, desk_day(self._clock.now()))
                referral.follow_up_on = follow_up_on
            self._audit.record(
                session,
                "referral_status",
                actor=actor,
                object_type="referral",
                object_id=referral.id,
                detail=f"to={status}",
            )
            session.flush()
            return self._view(session, referral.id)

    def withdraw_consent(self, actor: Actor, referral_id: int, note: str = "") -> ReferralView:
        """The visitor takes back their consent: recorded like the consent itself, in one action."""
        require(actor, Action.MANAGE_REFERRALS)
        with self._database.write() as session:
            referral = self._load(session, referral_id)
            consent = referral.consent
            if consent is None or consent.withdrawn_at is not None:
                raise DeskError(QT_TRANSLATE_NOOP("DeskError", "There is no consent to withdraw for this handover."))
            consent.withdrawn_at = self._clock.now()
            consent.withdrawn_by_id = actor.user_id
            session.add(
                ReferralEvent(
                    referral_id=referral.id,
                    at=consent.withdrawn_at,
                    actor_id=actor.user_id,
                    from_status=referral.status,
                    to_status=referral.status,
                    note=limit_text(note, 1000, "note") or "consent withdrawn",
                )
            )
            self._audit.record(session, "consent_withdrawn", actor=actor, object_type="consent", object_id=consent.id)
        if self._current_letter(referral_id) is not None:
            # From now on a reprint says that nothing is shared any more, and carries no sheet for the partner.
            self._store_letter(actor, referral_id)
        return self.referral(actor, referral_id)

    def referrals(
        self,
        actor: Actor,
        *,
        mine: bool = False,
        location_id: int | None = None,
        include_closed: bool = False,
    ) -> list[ReferralView]:
        """Handovers to follow up: overdue ones first, then by follow-up date."""
        require(actor, Action.MANAGE_REFERRALS)
        query = select(Referral.id).join(Visit, Visit.id == Referral.visit_id)
        if mine:
            query = query.where(Referral.follow_up_by_id == actor.user_id)
        if location_id is not None:
            query = query.where(Visit.location_id == location_id)
        if not include_closed:
            query = query.where(Referral.status.in_(list(OPEN)))
        with self._database.read() as session:
            views = self._views(session, list(session.scalars(query)))
        return sorted(views, key=lambda view: (not view.overdue, not view.open, view.follow_up_on, view.id))

    def for_conversation(self, actor: Actor, conversation_id: int) -> list[ReferralView]:
        require(actor, Action.MANAGE_REFERRALS)
        with self._database.read() as session:
            ids = session.scalars(
                select(Referral.id).where(Referral.conversation_id == conversation_id).order_by(Referral.id)
            )
            return self._views(session, list(ids))

    def referral(self, actor: Actor, referral_id: int) -> ReferralView:
        require(actor, Action.MANAGE_REFERRALS)
        with self._database.read() as session:
            self._load(session, referral_id)
            return self._view(session, referral_id)

    def due_count(self, actor: Actor) -> int:
        """How many of this guide's follow-ups are due today or overdue."""
        require(actor, Action.MANAGE_REFERRALS)
        with self._database.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(Referral)
                    .where(
                        Referral.follow_up_by_id == actor.user_id,
                        Referral.status.in_(list(OPEN)),
                        Referral.follow_up_on <= desk_day(self._clock.now()),
                    )
                )
                or 0
            )

    def history(self, actor: Actor, referral_id: int) -> list[ReferralEventView]:
        require(actor, Action.MANAGE_REFERRALS)
        who = aliased(User)
        query = (
            select(ReferralEvent, who.display_name)
            .outerjoin(who, who.id == ReferralEvent.actor_id)
            .where(ReferralEvent.referral_id == referral_id)
            .order_by(ReferralEvent.id)
        )
        with self._database.read() as session:
            return [
                ReferralEventView(event.at, name or "", event.from_status, event.to_status, event.note)
                for event, name in session.execute(query)
            ]

    # --- letterhead -------------------------------------------------------------------------------------------

    def letterhead(self) -> referral_letter.Letterhead:
        with self._database.read() as session:
            row = session.get(Setting, LETTERHEAD_KEY)
        if row is None or not isinstance(row.value, dict):
            return DEFAULT_LETTERHEAD
        value = row.value
        logo = base64.b64decode(value["logo_png"]) if value.get("logo_png") else None
        return referral_letter.Letterhead(
            name=value.get("name") or DEFAULT_LETTERHEAD.name,
            address=value.get("address", ""),
            phone=value.get("phone", ""),
            website=value.get("website", ""),
            email=value.get("email", ""),
            logo_png=logo,
        )

    def set_letterhead(self, actor: Actor, head: referral_letter.Letterhead) -> referral_letter.Letterhead:
        require(actor, Action.MANAGE_SETTINGS)
        name = limit_text(head.name, 160, "name")
        if not name:
            raise ValidationFailed("name", QT_TRANSLATE_NOOP("DeskError", "The letterhead needs a name."))
        logo = head.logo_png
        if logo is not None and (len(logo) > MAX_LOGO_BYTES or not logo.startswith(b"\x89PNG\r\n\x1a\n")):
            raise ValidationFailed(
                "logo", QT_TRANSLATE_NOOP("DeskError", "The logo must be a PNG image of at most 1 MB.")
            )
        value = {
            "name": name,
            "address": limit_text(head.address, 300, "address"),
            "phone": format_phone(normalise_phone(head.phone)),
            "website": normalise_url(head.website, "website"),
            "email": normalise_email(head.email),
            "logo_png": base64.b64encode(logo).decode() if logo else "",
        }
        with self._database.write() as session:
            row = session.get(Setting, LETTERHEAD_KEY)
            if row is None:
                row = Setting(key=LETTERHEAD_KEY)
                session.add(row)
            row.value = value
            row.updated_at = self._clock.now()
            row.updated_by_id = actor.user_id
            self._audit.record(session, "setting_change", actor=actor, object_type="setting", object_id=LETTERHEAD_KEY)
        return self.letterhead()

    # --- helpers ----------------------------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, referral_id: int) -> Referral:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise _gone()
        return referral

    def _view(self, session: Session, referral_id: int) -> ReferralView:
        return self._views(session, [referral_id])[0]

    def _views(self, session: Session, referral_ids: list[int]) -> list[ReferralView]:
        if not referral_ids:
            return []
        names: dict[int, str] = {user_id: name for user_id, name in session.execute(select(User.id, User.display_name))}
        today = desk_day(self._clock.now())
        rows = session.execute(
            select(Referral, Visit)
            .join(Visit, Visit.id == Referral.visit_id)
            .options(selectinload(Referral.service).selectinload(Service.organization), selectinload(Referral.consent))
            .where(Referral.id.in_(referral_ids))
        )
        views = {referral.id: _referral_view(referral, visit, names, today) for referral, visit in rows}
        return [views[referral_id] for referral_id in referral_ids]


def _referral_view(referral: Referral, visit: Visit, names: dict[int, str], today: date) -> ReferralView:
    consent = referral.consent
    return ReferralView(
        id=referral.id,
        version=referral.version,
        visit_id=visit.id,
        ticket=visit.ticket,
        location_id=visit.location_id,
        conversation_id=referral.conversation_id,
        service_id=referral.service_id,
        service_name=referral.service.name,
        organization_name=referral.service.organization.name,
        contact_name=referral.contact_name,
        reason=referral.reason,
        next_step=referral.next_step,
        appointment_at=referral.appointment_at,
        what_to_bring=referral.what_to_bring,
        follow_up_by_id=referral.follow_up_by_id,
        follow_up_by=names.get(referral.follow_up_by_id, ""),
        follow_up_on=referral.follow_up_on,
        language=referral.language,
        status=referral.status,
        created_by=names.get(referral.created_by_id, ""),
        created_at=referral.created_at,
        consent=(
            ConsentView(
                consent.id,
                consent.text_version,
                tuple(consent.items),
                consent.shared_notes,
                consent.given_at,
                names.get(consent.recorded_by_id, ""),
                consent.withdrawn_at,
                names.get(consent.withdrawn_by_id, "") if consent.withdrawn_by_id else "",
            )
            if consent is not None
            else None
        ),
        overdue=referral.status in OPEN and referral.follow_up_on < today,
    )


def _check_follow_up(day: date | None, today: date) -> None:
    if day is not None and day < today:
        raise ValidationFailed(
            "follow_up_on", QT_TRANSLATE_NOOP("DeskError", "The follow-up date has passed; choose today or later.")
        )


def _cleaned(handover: Handover) -> Handover:
    if handover.language not in LETTER_LANGUAGES:
        raise ValidationFailed("language", QT_TRANSLATE_NOOP("DeskError", "Choose Dutch or English for the letter."))
    unknown = handover.consent_items - set(CONSENT_ITEMS)
    if unknown:
        raise ValidationFailed(
            "consent", QT_TRANSLATE_NOOP("DeskError", "'{item}' cannot be shared."), item=sorted(unknown)[0]
        )
    notes = limit_text(handover.shared_notes, 4000, "shared_notes") if "notes" in handover.consent_items else ""
    if "notes" in handover.consent_items and not notes:
        raise ValidationFailed(
            "shared_notes", QT_TRANSLATE_NOOP("DeskError", "Write the notes the visitor agreed to share.")
        )
    return Handover(
        service_id=handover.service_id,
        contact_name=limit_text(handover.contact_name, 255, "contact_name"),
        reason=limit_text(handover.reason, 2000, "reason"),
        next_step=limit_text(handover.next_step, 2000, "next_step"),
        appointment_at=handover.appointment_at,
        what_to_bring=limit_text(handover.what_to_bring, 2000, "what_to_bring"),
        follow_up_by_id=handover.follow_up_by_id,
        follow_up_on=handover.follow_up_on,
        language=handover.language,
        consent_items=handover.consent_items,
        shared_notes=notes,
    )


def _partner(
    service: ServiceRecord, website: str, contact_name: str, language: str, on: date
) -> referral_letter.Partner:
    data = service.data
    addresses = [address for location in service.locations for address in location.addresses]
    address_lines = tuple(
        line
        for address in addresses[:1]
        for line in (address.address_1, address.address_2, f"{address.postal_code} {address.city}".strip())
        if line
    )
    phone = next((phone.number for phone in data.phones), "")
    return referral_letter.Partner(
        organization=service.organization_name,
        service=data.name,
        contact_name=contact_name,
        address_lines=address_lines,
        opening_hours=referral_letter.opening_lines(opening_week(data.schedules, on), language),
        phone=phone,
        website=data.url or website,
        how_to_get_there=next(
            (location.transportation for location in service.locations if location.transportation), ""
        ),
    )


def _stored(row: Letter) -> StoredLetter:
    return StoredLetter(row.id, row.referral_id, row.language, row.created_at, row.pdf, row.sha256)


def _gone() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("DeskError", "This handover no longer exists."))
