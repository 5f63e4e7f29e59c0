"""The guide's conversation with a visitor: along a template, saved as it is typed, ending in an outcome.

A conversation keeps a snapshot of its template, so it reads the same after the template changes. Only guides and
coordinators read conversations, and every opening is an audit event (the notes never are: audit lines hold no
note texts). The need tags follow from the answers; the guide may add or remove tags by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Conversation, ConversationOutcome, Visit, VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.region import MUNICIPALITIES, OTHER_MUNICIPALITY
from wsp_desk.domain.taxonomy import need_term
from wsp_desk.domain.validation import limit_text
from wsp_desk.errors import DeskError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.queue import QueueService
from wsp_desk.templates.loader import TemplateLibrary
from wsp_desk.templates.schema import ConversationTemplate

MAX_NOTES = 20_000
MAX_ANSWER = 4_000


@dataclass(frozen=True)
class ConversationView:
    id: int
    version: int
    visit_id: int
    ticket: str
    visitor_kind: VisitorKind
    guide_id: int
    template: ConversationTemplate
    answers: dict[str, Any]
    notes: str
    need_in_own_words: str
    municipality: str
    needs_added: tuple[str, ...]
    needs_removed: tuple[str, ...]
    outcome: ConversationOutcome | None
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None

    @property
    def derived_needs(self) -> set[str]:
        return self.template.derived_needs(self.answers)

    @property
    def needs(self) -> list[str]:
        """The support need as tags: what the answers say, plus the guide's own additions, minus removals."""
        return sorted((self.derived_needs | set(self.needs_added)) - set(self.needs_removed))

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


class ConversationService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        audit: AuditLog,
        queue: QueueService,
        library: Callable[[], TemplateLibrary],
    ) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
        self._queue = queue
        self._library = library

    def templates_for(self, kind: VisitorKind) -> list[ConversationTemplate]:
        return self._library().for_kind(kind)

    # --- opening ----------------------------------------------------------------------------------------------

    def begin(self, actor: Actor, visit_id: int, template_id: str | None = None) -> ConversationView:
        """Start the conversation with a called visitor (or reopen the one already going on)."""
        require(actor, Action.HOLD_CONVERSATION)
        # One transaction: the visit moves into conversation only together with the conversation it gets.
        with self._database.write() as session:
            # The visit's lock makes two desks beginning at once take turns: the second finds the first's.
            visit = session.scalar(select(Visit).where(Visit.id == visit_id).with_for_update())
            if visit is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This visit no longer exists."))
            ongoing = session.scalar(
                select(Conversation).where(Conversation.visit_id == visit_id, Conversation.finished_at.is_(None))
            )
            if ongoing is not None:
                return self._opened(session, actor, ongoing, visit)
            template = self._choose(visit.visitor_kind, template_id)
            if visit.status == VisitStatus.CALLED:
                self._queue.start_conversation_in(session, actor, visit_id)
            elif visit.status != VisitStatus.IN_CONVERSATION:
                raise DeskError(
                    QT_TRANSLATE_NOOP("DeskError", "Call this visitor first; then the conversation can start.")
                )
            now = self._clock.now()
            if visit.guide_id != actor.user_id:
                raise DeskError(
                    QT_TRANSLATE_NOOP("DeskError", "Ticket {ticket} is with another guide."), ticket=visit.ticket
                )
            assert actor.user_id is not None
            conversation = Conversation(
                visit_id=visit_id,
                guide_id=actor.user_id,
                template_id=template.id,
                template_version=template.version,
                template_snapshot=template.snapshot(),
                answers={},
                needs_added=[],
                needs_removed=[],
                need_codes=[],
                started_at=now,
                updated_at=now,
            )
            session.add(conversation)
            session.flush()
            self._audit.record(
                session, "conversation_start", actor=actor, object_type="conversation", object_id=conversation.id
            )
            return _view(conversation, visit)

    def open(self, actor: Actor, conversation_id: int) -> ConversationView:
        """Read a conversation; every opening is written to the audit trail."""
        require(actor, Action.READ_CONVERSATIONS)
        with self._database.write() as session:
            conversation, visit = self._load(session, conversation_id)
            return self._opened(session, actor, conversation, visit)

    def _opened(self, session: Session, actor: Actor, conversation: Conversation, visit: Visit) -> ConversationView:
        self._audit.record(
            session, "conversation_open", actor=actor, object_type="conversation", object_id=conversation.id
        )
        return _view(conversation, visit)

    def ongoing(self, actor: Actor) -> ConversationView | None:
        """The actor's conversation that is not finished yet, e.g. after the app was closed mid-conversation."""
        require(actor, Action.HOLD_CONVERSATION)
        with self._database.read() as session:
            found = session.scalar(
                select(Conversation.id)
                .where(Conversation.guide_id == actor.user_id, Conversation.finished_at.is_(None))
                .order_by(Conversation.started_at.desc())
                .limit(1)
            )
        return None if found is None else self.open(actor, found)

    # --- during the conversation ------------------------------------------------------------------------------

    def save(
        self,
        actor: Actor,
        conversation_id: int,
        *,
        answers: dict[str, Any] | None = None,
        notes: str | None = None,
        need_in_own_words: str | None = None,
        municipality: str | None = None,
        needs_added: list[str] | None = None,
        needs_removed: list[str] | None = None,
    ) -> ConversationView:
        """Store what the guide typed so far (called as they type); only what is given changes."""
        require(actor, Action.HOLD_CONVERSATION)
        with self._database.write() as session:
            conversation, visit = self._load(session, conversation_id)
            self._check_writable(actor, conversation)
            template = ConversationTemplate.model_validate(conversation.template_snapshot)
            if answers is not None:
                conversation.answers = _checked_answers(template, answers)
            if notes is not None:
                conversation.notes = limit_text(notes, MAX_NOTES, "notes")
            if need_in_own_words is not None:
                conversation.need_in_own_words = limit_text(need_in_own_words, MAX_ANSWER, "need_in_own_words")
            if municipality is not None:
                conversation.municipality = _checked_municipality(municipality)
            if needs_added is not None:
                conversation.needs_added = _checked_needs(needs_added)
            if needs_removed is not None:
                conversation.needs_removed = _checked_needs(needs_removed)
            conversation.updated_at = self._clock.now()
            view = _view(conversation, visit)
            conversation.need_codes = view.needs
            return view

    def change_template(self, actor: Actor, conversation_id: int, template_id: str) -> ConversationView:
        """Continue along another template; answers to questions it shares (same id, still valid) are kept."""
        require(actor, Action.HOLD_CONVERSATION)
        with self._database.write() as session:
            conversation, visit = self._load(session, conversation_id)
            self._check_writable(actor, conversation)
            template = self._choose(visit.visitor_kind, template_id)
            conversation.answers = template.kept_answers(conversation.answers)
            conversation.template_id = template.id
            conversation.template_version = template.version
            conversation.template_snapshot = template.snapshot()
            conversation.updated_at = self._clock.now()
            view = _view(conversation, visit)
            conversation.need_codes = view.needs
            return view

    def finish(self, actor: Actor, conversation_id: int, outcome: ConversationOutcome) -> ConversationView:
        """Record the outcome and move the visit accordingly (done, or left when the visitor went away), in one
        transaction: either both happen or neither."""
        require(actor, Action.HOLD_CONVERSATION)
        with self._database.write() as session:
            conversation, visit = self._load(session, conversation_id, lock=True)
            self._check_writable(actor, conversation)
            if visit.status in (VisitStatus.CALLED, VisitStatus.IN_CONVERSATION):
                if outcome == ConversationOutcome.VISITOR_LEFT:
                    self._queue.mark_left_in(session, actor, visit.id, "left during the conversation")
                else:
                    self._queue.finish_in(session, actor, visit.id, note=f"outcome: {outcome}")
            conversation.outcome = outcome
            conversation.finished_at = conversation.updated_at = self._clock.now()
            self._audit.record(
                session,
                "conversation_finish",
                actor=actor,
                object_type="conversation",
                object_id=conversation_id,
                detail=f"outcome={outcome}",
            )
        return self.open(actor, conversation_id)

    # --- helpers ----------------------------------------------------------------------------------------------

    def _choose(self, kind: VisitorKind, template_id: str | None) -> ConversationTemplate:
        library = self._library()
        template = library.get(template_id) if template_id else next(iter(library.for_kind(kind)), None)
        if template is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "There is no conversation template for this visitor."))
        return template

    @staticmethod
    def _load(session: Session, conversation_id: int, *, lock: bool = False) -> tuple[Conversation, Visit]:
        # Finishing locks the conversation, so that of two desks finishing at once the second sees it finished.
        conversation = session.get(Conversation, conversation_id, with_for_update=lock)
        if conversation is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This conversation no longer exists."))
        return conversation, session.get_one(Visit, conversation.visit_id)

    @staticmethod
    def _check_writable(actor: Actor, conversation: Conversation) -> None:
        if conversation.finished_at is not None:
            raise DeskError(QT_TRANSLATE_NOOP("DeskError", "This conversation is finished and can no longer change."))
        if conversation.guide_id != actor.user_id:
            raise DeskError(QT_TRANSLATE_NOOP("DeskError", "Only the guide of this conversation can change it."))


def _checked_answers(template: ConversationTemplate, answers: dict[str, Any]) -> dict[str, Any]:
    checked: dict[str, Any] = {}
    for key, value in answers.items():
        if not template.fits(key, value):
            raise ValidationFailed(
                key, QT_TRANSLATE_NOOP("DeskError", "This answer does not fit the question; it was not saved.")
            )
        checked[key] = limit_text(value, MAX_ANSWER, key) if isinstance(value, str) else value
    return checked


def _checked_municipality(municipality: str) -> str:
    if municipality not in ("", OTHER_MUNICIPALITY, *MUNICIPALITIES):
        raise ValidationFailed(
            "municipality", QT_TRANSLATE_NOOP("DeskError", "Choose one of the region's municipalities, or another.")
        )
    return municipality


def _checked_needs(codes: list[str]) -> list[str]:
    unknown = [code for code in codes if need_term(code) is None]
    if unknown:
        raise ValidationFailed(
            "needs", QT_TRANSLATE_NOOP("DeskError", "'{code}' is not a need of the taxonomy."), code=unknown[0]
        )
    return sorted(set(codes))


def _view(conversation: Conversation, visit: Visit) -> ConversationView:
    return ConversationView(
        id=conversation.id,
        version=conversation.version,
        visit_id=visit.id,
        ticket=visit.ticket,
        visitor_kind=visit.visitor_kind,
        guide_id=conversation.guide_id,
        template=ConversationTemplate.model_validate(conversation.template_snapshot),
        answers=dict(conversation.answers),
        notes=conversation.notes,
        need_in_own_words=conversation.need_in_own_words,
        municipality=conversation.municipality,
        needs_added=tuple(conversation.needs_added),
        needs_removed=tuple(conversation.needs_removed),
        outcome=conversation.outcome,
        started_at=conversation.started_at,
        updated_at=conversation.updated_at,
        finished_at=conversation.finished_at,
    )
