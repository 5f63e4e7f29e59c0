"""Warm handovers: consent, the referral, its letter, and the follow-up until the partner has taken over.

Consent is asked item by item after the guide read the versioned consent text; nothing is shared without it, and
it can be withdrawn in one action. A letter is rendered once and stored with its hash, so every reprint is the same
document. Every status change of a referral is a ReferralEvent.
"""

from __future__ import annotations

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
    Referral,
    ReferralEvent,
    ReferralStatus,
    Service,
    User,
    Visit,
)
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.references import referral_reference
from wsp_desk.domain.validation import limit_text
from wsp_desk.errors import DeskError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.letters import referral_letter
from wsp_desk.resource_files import resource
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.directory import DirectoryService
from wsp_desk.services.referral_letters import ReferralLetterService, held_values, referral_gone

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
CONSENT_ITEMS = ("name", "contact", "question", "interpreter", "accessibility", "notes")
FOLLOW_UP_WORKING_DAYS = 5
# The longest texts a handover takes; the letter renders every one of them at its longest.
MAX_SHARED_NOTES = 4000
MAX_HANDOVER_TEXT = 2000
MAX_CONTACT_NAME = 255
LETTER_LANGUAGES = referral_letter.LANGUAGES


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
    reference: str
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


class ReferralService:
    """Handovers and their follow-up; their letters are ReferralLetterService's."""

    def __init__(
        self,
        database: Database,
        clock: Clock,
        audit: AuditLog,
        directory: DirectoryService,
        letters: ReferralLetterService,
    ) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
        self._directory = directory
        self._letters = letters

    # --- the handover -----------------------------------------------------------------------------------------

    def prepare(self, actor: Actor, conversation_id: int, handover: Handover) -> ReferralView:
        """Record a handover from a conversation, with the consent as given (or none)."""
        require(actor, Action.MANAGE_REFERRALS)
        service = self._directory.service(actor, handover.service_id)  # refuses an unknown service
        if service.data.status != "active":
            raise ValidationFailed(
                "service",
                QT_TRANSLATE_NOOP("DeskError", "{service} takes no visitors now; choose another partner."),
                service=service.data.name,
            )
        data = _cleaned(handover)
        now = self._clock.now()
        _check_follow_up(data.follow_up_on, desk_day(now))
        with self._database.write() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This conversation no longer exists."))
            visit = session.get_one(Visit, conversation.visit_id)
            held = held_values(visit, conversation)
            _check_held(data.consent_items, shareable_items(visit, conversation))
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
                    # As the visitor heard them: a later correction of the visit does not reach the partner.
                    shared_values={item: value for item, value in held.items() if item in data.consent_items},
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

    def shareable(self, actor: Actor, conversation_id: int) -> dict[str, str]:
        """What each consent item would share from this conversation's visit, as the letter prints it; an item the
        visit holds nothing for is left out. The notes are not among them: they are typed at the handover."""
        require(actor, Action.MANAGE_REFERRALS)
        with self._database.read() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This conversation no longer exists."))
            return held_values(session.get_one(Visit, conversation.visit_id), conversation)

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
        # From now on a reprint says that nothing is shared any more, and carries no sheet for the partner.
        self._letters.reissue(actor, referral_id)
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

    # --- helpers ----------------------------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, referral_id: int) -> Referral:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise referral_gone()
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
        reference=referral_reference(referral.id, desk_day(referral.created_at)),
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


def shareable_items(visit: Visit, conversation: Conversation | None) -> frozenset[str]:
    """The consent items this visit holds data for: a visitor cannot agree to share what the desk does not have.
    Notes are typed at the handover itself, so they can always be shared."""
    return frozenset(held_values(visit, conversation)) | {"notes"}


def _check_held(items: frozenset[str], held: frozenset[str]) -> None:
    missing = sorted(items - held, key=CONSENT_ITEMS.index)
    if missing:
        raise ValidationFailed(
            "consent",
            QT_TRANSLATE_NOOP("DeskError", "'{item}' cannot be shared: this visit holds nothing for it."),
            item=missing[0],
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
    notes = (
        limit_text(handover.shared_notes, MAX_SHARED_NOTES, "shared_notes") if "notes" in handover.consent_items else ""
    )
    if "notes" in handover.consent_items and not notes:
        raise ValidationFailed(
            "shared_notes", QT_TRANSLATE_NOOP("DeskError", "Write the notes the visitor agreed to share.")
        )
    return Handover(
        service_id=handover.service_id,
        contact_name=limit_text(handover.contact_name, MAX_CONTACT_NAME, "contact_name"),
        reason=limit_text(handover.reason, MAX_HANDOVER_TEXT, "reason"),
        next_step=limit_text(handover.next_step, MAX_HANDOVER_TEXT, "next_step"),
        appointment_at=handover.appointment_at,
        what_to_bring=limit_text(handover.what_to_bring, MAX_HANDOVER_TEXT, "what_to_bring"),
        follow_up_by_id=handover.follow_up_by_id,
        follow_up_on=handover.follow_up_on,
        language=handover.language,
        consent_items=handover.consent_items,
        shared_notes=notes,
    )
