"""The walk-in queue: registration, ticket numbers, calling, and every status change as a VisitEvent.

Rules the queue keeps on every backend:
- a ticket number is unique per location and day, also when desks register at the same moment;
- "call next" hands a visitor to exactly one desk (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: BEGIN IMMEDIATE);
- a guide has at most one visitor at a time, and a visitor at most one guide;
- statuses only move along the queue rules of wsp_desk.domain.queue_steps; each move is a VisitEvent (who, when,
  from, to), so desks can follow the queue by polling the newest event id instead of reloading everything.

The changes stay together in one module (about 500 lines): every step shares the row lock, the rule check, the
event it records and the one-visitor-per-guide check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Location, Room, User, Visit, VisitEvent, VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.queue_steps import ACTIVE, OPEN, OWN_STEPS, UNDO_WINDOW, QueueStep, may_move, queue_steps
from wsp_desk.domain.taxonomy import need_term
from wsp_desk.domain.tickets import ticket_number
from wsp_desk.domain.validation import limit_text, normalise_email, normalise_kvk, normalise_phone
from wsp_desk.errors import ConflictError, DeskError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services import settings as desk_settings
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.queue_views import QueueEntry, queue_entries, visit_gone
from wsp_desk.services.settings import SettingsService

S = VisitStatus
_PG_TICKET_LOCK_CLASS = 0x5754


@dataclass(frozen=True)
class Registration:
    """What the receptionist records of a walk-in. Only the visitor kind is required."""

    visitor_kind: VisitorKind
    category_code: str | None = None
    question: str = ""
    name_or_initials: str = ""
    company_name: str = ""
    kvk_number: str = ""
    needs_interpreter: bool = False
    interpreter_language: str = ""
    accessibility_need: bool = False
    has_appointment: bool = False
    urgent: bool = False
    callback_phone: str = ""
    callback_email: str = ""

    def cleaned(self) -> Registration:
        if self.category_code is not None:
            term = need_term(self.category_code)
            if term is None or not term.suits(self.visitor_kind):
                raise ValidationFailed(
                    "category_code", QT_TRANSLATE_NOOP("DeskError", "Choose a question category from the list.")
                )
        employer = self.visitor_kind == VisitorKind.EMPLOYER
        if self.needs_interpreter and not self.interpreter_language.strip():
            raise ValidationFailed(
                "interpreter_language",
                QT_TRANSLATE_NOOP("DeskError", "Which language does the interpreter need to speak?"),
            )
        return replace(
            self,
            question=limit_text(self.question, 500, "question"),
            name_or_initials=limit_text(self.name_or_initials, 120, "name_or_initials", one_line=True),
            company_name=limit_text(self.company_name, 200, "company_name", one_line=True) if employer else "",
            kvk_number=normalise_kvk(self.kvk_number) if employer else "",
            interpreter_language=(
                limit_text(self.interpreter_language, 60, "interpreter_language", one_line=True)
                if self.needs_interpreter
                else ""
            ),
            callback_phone=normalise_phone(self.callback_phone, "callback_phone"),
            callback_email=normalise_email(self.callback_email, "callback_email"),
        )


class QueueService:
    """The queue's changes, each checked against the queue rules and recorded as a VisitEvent; the reading is
    QueueViews'."""

    def __init__(self, database: Database, clock: Clock, audit: AuditLog, settings: SettingsService) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
        self._settings = settings

    def registration(self, actor: Actor, visit_id: int) -> tuple[Registration, int]:
        """What was registered of a visit (contact details included) and its version, for a correction."""
        require(actor, Action.REGISTER_VISIT)
        with self._database.read() as session:
            visit = self._load(session, visit_id, None)
            data = Registration(**{field.name: getattr(visit, field.name) for field in fields(Registration)})
            return data, visit.version

    # --- registration -----------------------------------------------------------------------------------------

    def register(self, actor: Actor, location_id: int, registration: Registration) -> QueueEntry:
        require(actor, Action.REGISTER_VISIT)
        data = registration.cleaned()
        now = self._clock.now()
        day = desk_day(now)
        letter = self._settings.get(_TICKET_LETTERS[data.visitor_kind])
        with self._database.write() as session:
            location = session.get(Location, location_id)
            if location is None or not location.active:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This location is not open for visitors."))
            if session.get_bind().dialect.name == "postgresql":
                # Desks number one at a time per location; SQLite's BEGIN IMMEDIATE already serialises.
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:class_id, :location_id)"),
                    {"class_id": _PG_TICKET_LOCK_CLASS, "location_id": location_id},
                )
            last = session.scalar(
                select(func.max(Visit.ticket_seq)).where(Visit.location_id == location_id, Visit.ticket_day == day)
            )
            sequence = int(last or 0) + 1
            visit = Visit(
                location_id=location_id,
                ticket_day=day,
                ticket_seq=sequence,
                ticket=ticket_number(location.ticket_prefix, letter, sequence),
                arrived_at=now,
                status=S.WAITING,
                call_count=0,
                registered_by_id=actor.user_id,
                **_registration_fields(data),
            )
            session.add(visit)
            session.flush()
            session.add(VisitEvent(visit_id=visit.id, at=now, actor_id=actor.user_id, to_status=S.WAITING))
            session.flush()
            return queue_entries(session, Visit.id == visit.id)[0]

    def correct(self, actor: Actor, visit_id: int, expected_version: int, registration: Registration) -> QueueEntry:
        """Change what was registered; the status stays, the correction is in the history."""
        require(actor, Action.REGISTER_VISIT)
        data = registration.cleaned()
        with self._database.write() as session:
            visit = self._load(session, visit_id, expected_version)
            if QueueStep.CORRECT not in queue_steps(visit.status, visit.guide_id, actor):
                raise DeskError(QT_TRANSLATE_NOOP("DeskError", "This visit is closed and can no longer be changed."))
            for field, value in _registration_fields(data).items():
                setattr(visit, field, value)
            self._event(session, actor, visit, visit.status, note="corrected")
            return self._entry_of(session, visit)

    def mark_left(self, actor: Actor, visit_id: int, reason: str) -> QueueEntry:
        require(actor, Action.REGISTER_VISIT)
        with self._database.write() as session:
            return self.mark_left_in(session, actor, visit_id, reason)

    def mark_left_in(self, session: Session, actor: Actor, visit_id: int, reason: str) -> QueueEntry:
        """mark_left inside the caller's transaction (a conversation that ends so)."""
        reason = limit_text(reason, 200, "reason")
        if not reason:
            raise ValidationFailed("reason", QT_TRANSLATE_NOOP("DeskError", "Say briefly why the visitor left."))
        return self._move(session, actor, visit_id, QueueStep.LEAVE, S.LEFT, note=reason, end_reason=reason)

    def cancel(self, actor: Actor, visit_id: int) -> QueueEntry:
        """A registration made by mistake: it leaves the queue but stays in the history."""
        require(actor, Action.REGISTER_VISIT)
        with self._database.write() as session:
            return self._move(
                session,
                actor,
                visit_id,
                QueueStep.CANCEL,
                S.CANCELLED,
                note="registered by mistake",
                end_reason="cancelled",
            )

    def undo_last(self, actor: Actor, visit_id: int) -> QueueEntry:
        """Take back the last status change of a visit, within UNDO_WINDOW, as a new event."""
        require(actor, Action.REGISTER_VISIT)
        now = self._clock.now()
        with self._database.write() as session:
            visit = self._load(session, visit_id, None, lock=True)
            status_changes = (
                select(VisitEvent)
                .where(
                    VisitEvent.visit_id == visit_id,
                    VisitEvent.from_status.is_(None) | (VisitEvent.from_status != VisitEvent.to_status),
                )
                .order_by(VisitEvent.id.desc())
                .limit(2)
            )
            events = list(session.scalars(status_changes))
            if len(events) < 2 or now - events[0].at > UNDO_WINDOW:
                raise DeskError(QT_TRANSLATE_NOOP("DeskError", "There is no recent change of this visit to undo."))
            last, before = events
            previous = last.from_status
            assert previous is not None
            if previous in ACTIVE and before.guide_id is not None:
                self._check_guide_free(session, actor, before.guide_id, visit.id)
            if last.to_status == S.CALLED:
                visit.call_count = max(visit.call_count - 1, 0)
            visit.status = previous
            visit.guide_id, visit.room_id = before.guide_id, before.room_id
            if previous in OPEN:
                visit.ended_at, visit.end_reason = None, ""
            if previous in (S.WAITING, S.PARKED):
                visit.called_at = visit.started_at = None
            self._event(session, actor, visit, previous, from_status=last.to_status, note="undo")
            return self._entry_of(session, visit)

    # --- calling ----------------------------------------------------------------------------------------------

    def _priority_order(self, now: datetime) -> tuple[object, ...]:
        """Priority (appointment, urgent) before arrival — until someone has waited past the limit."""
        limit = timedelta(minutes=self._settings.get(desk_settings.PRIORITY_LIMIT_MINUTES))
        rank = case(
            (Visit.arrived_at <= now - limit, 0),
            ((Visit.has_appointment | Visit.urgent), 1),
            else_=2,
        )
        return (rank, Visit.arrived_at, Visit.id)

    def call_next(
        self,
        actor: Actor,
        location_id: int,
        room_id: int | None = None,
        kinds: Sequence[VisitorKind] = (),
    ) -> QueueEntry | None:
        """Hand the next waiting visitor to this guide; None when nobody (of these kinds) is waiting."""
        require(actor, Action.CALL_VISITOR)
        now = self._clock.now()
        query = (
            select(Visit)
            .where(
                Visit.location_id == location_id,
                Visit.ticket_day == desk_day(now),
                Visit.status == S.WAITING,
            )
            .order_by(*self._priority_order(now))  # type: ignore[arg-type]
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        if kinds:
            query = query.where(Visit.visitor_kind.in_(list(kinds)))
        with self._database.write() as session:
            assert actor.user_id is not None
            self._check_guide_free(session, actor, actor.user_id, None)
            visit = session.scalar(query)
            if visit is None:
                return None
            self._call(session, actor, visit, room_id, now)
            return self._entry_of(session, visit)

    def resume_or_call_next(
        self,
        actor: Actor,
        location_id: int,
        room_id: int | None = None,
        kinds: Sequence[VisitorKind] = (),
    ) -> QueueEntry | None:
        """The visitor this guide has already called (at the reception desk, say) comes first; else call_next."""
        require(actor, Action.CALL_VISITOR)
        with self._database.read() as session:
            mine = queue_entries(
                session,
                Visit.location_id == location_id,
                Visit.ticket_day == desk_day(self._clock.now()),
                Visit.guide_id == actor.user_id,
                Visit.status.in_(list(ACTIVE)),
                order=True,
            )
        if mine:
            return mine[0]
        return self.call_next(actor, location_id, room_id, kinds)

    def call(self, actor: Actor, visit_id: int, room_id: int | None = None) -> QueueEntry:
        """Call one chosen waiting visitor."""
        require(actor, Action.CALL_VISITOR)
        with self._database.write() as session:
            assert actor.user_id is not None
            visit = self._load(session, visit_id, None, lock=True)
            if QueueStep.CALL not in queue_steps(visit.status, visit.guide_id, actor):
                raise DeskError(
                    QT_TRANSLATE_NOOP("DeskError", "Ticket {ticket} is no longer waiting; another desk took it."),
                    ticket=visit.ticket,
                )
            self._check_guide_free(session, actor, actor.user_id, None)
            self._call(session, actor, visit, room_id, self._clock.now())
            return self._entry_of(session, visit)

    def _call(self, session: Session, actor: Actor, visit: Visit, room_id: int | None, now: datetime) -> None:
        if room_id is not None and session.get(Room, room_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This room no longer exists."))
        visit.guide_id, visit.room_id = actor.user_id, room_id
        visit.call_count += 1
        visit.called_at = now
        self._transition(session, actor, visit, S.CALLED)

    def recall(self, actor: Actor, visit_id: int) -> QueueEntry:
        """Call the same ticket again; after the configured number of calls it becomes a no-show."""
        require(actor, Action.CALL_VISITOR)
        limit = self._settings.get(desk_settings.NO_SHOW_AFTER_CALLS)
        with self._database.write() as session:
            visit = self._load(session, visit_id, None, lock=True)
            self._check_step(actor, visit, QueueStep.RECALL)
            if visit.call_count >= limit:
                visit.ended_at, visit.end_reason = self._clock.now(), "no-show"
                self._transition(session, actor, visit, S.NO_SHOW, note=f"not present after {visit.call_count} calls")
            else:
                visit.call_count += 1
                visit.called_at = self._clock.now()
                self._transition(session, actor, visit, S.CALLED, note="recall")
            return self._entry_of(session, visit)

    def start_conversation(self, actor: Actor, visit_id: int) -> QueueEntry:
        require(actor, Action.CALL_VISITOR)
        with self._database.write() as session:
            return self.start_conversation_in(session, actor, visit_id)

    def start_conversation_in(self, session: Session, actor: Actor, visit_id: int) -> QueueEntry:
        """start_conversation inside the caller's transaction, which also creates the conversation."""
        visit = self._load(session, visit_id, None, lock=True)
        self._check_step(actor, visit, QueueStep.START)
        visit.started_at = self._clock.now()
        self._transition(session, actor, visit, S.IN_CONVERSATION)
        return self._entry_of(session, visit)

    def finish(self, actor: Actor, visit_id: int, note: str = "") -> QueueEntry:
        require(actor, Action.CALL_VISITOR)
        with self._database.write() as session:
            return self.finish_in(session, actor, visit_id, note)

    def finish_in(self, session: Session, actor: Actor, visit_id: int, note: str = "") -> QueueEntry:
        """finish inside the caller's transaction, which also records the conversation's outcome."""
        visit = self._load(session, visit_id, None, lock=True)
        self._check_step(actor, visit, QueueStep.FINISH)
        visit.ended_at = self._clock.now()
        self._transition(session, actor, visit, S.DONE, note=note[:300])
        return self._entry_of(session, visit)

    def return_to_queue(self, actor: Actor, visit_id: int, note: str = "") -> QueueEntry:
        """Back to waiting, keeping the original arrival time (they don't lose their place).

        Whoever may park a visitor may bring them back: the reception parks and returns as often as a guide.
        """
        require(actor, Action.VIEW_QUEUE)
        with self._database.write() as session:
            return self._move(session, actor, visit_id, QueueStep.RETURN, S.WAITING, note=note, release_guide=True)

    def park(self, actor: Actor, visit_id: int, note: str = "") -> QueueEntry:
        """Out of the queue for a while (e.g. fetching a document); return_to_queue brings them back."""
        require(actor, Action.VIEW_QUEUE)
        with self._database.write() as session:
            return self._move(session, actor, visit_id, QueueStep.PARK, S.PARKED, note=note, release_guide=True)

    def transfer(self, actor: Actor, visit_id: int, guide_id: int, room_id: int | None) -> QueueEntry:
        """Hand a called visitor, or one in conversation, to another guide or room."""
        require(actor, Action.CALL_VISITOR)
        with self._database.write() as session:
            visit = self._load(session, visit_id, None, lock=True)
            self._check_step(actor, visit, QueueStep.TRANSFER)
            guide = session.get(User, guide_id)
            if guide is None or not guide.active:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This user no longer exists."))
            if guide_id != visit.guide_id:
                self._check_guide_free(session, actor, guide_id, visit.id)
            visit.guide_id, visit.room_id = guide_id, room_id
            visit.called_at = self._clock.now()
            self._transition(session, actor, visit, S.CALLED, note="transferred")
            return self._entry_of(session, visit)

    def close_day(self, actor: Actor, location_id: int, reason: str, day: date | None = None) -> int:
        """End of day: whoever is still open is closed as not served, with the reason; returns how many."""
        require(actor, Action.REGISTER_VISIT)
        reason = limit_text(reason, 200, "reason")
        if not reason:
            raise ValidationFailed(
                "reason", QT_TRANSLATE_NOOP("DeskError", "Say briefly why these visitors were not served.")
            )
        day = day or desk_day(self._clock.now())
        with self._database.write() as session:
            open_visits = list(
                session.scalars(
                    select(Visit)
                    .where(
                        Visit.location_id == location_id,
                        Visit.ticket_day <= day,
                        Visit.status.in_([S.WAITING, S.CALLED, S.PARKED]),
                    )
                    .with_for_update()
                )
            )
            for visit in open_visits:
                visit.ended_at, visit.end_reason = self._clock.now(), reason
                visit.guide_id = None
                self._transition(session, actor, visit, S.NOT_SERVED, note=reason)
            if open_visits:
                self._audit.record(
                    session,
                    "queue_close_day",
                    actor=actor,
                    object_type="location",
                    object_id=location_id,
                    detail=f"{len(open_visits)} not served",
                )
            return len(open_visits)

    # --- helpers ----------------------------------------------------------------------------------------------

    def _move(
        self,
        session: Session,
        actor: Actor,
        visit_id: int,
        step: QueueStep,
        status: VisitStatus,
        *,
        note: str = "",
        end_reason: str = "",
        release_guide: bool = False,
    ) -> QueueEntry:
        visit = self._load(session, visit_id, None, lock=True)
        self._check_step(actor, visit, step)
        if release_guide:
            visit.guide_id = visit.room_id = None
        if status not in OPEN:
            visit.ended_at, visit.end_reason = self._clock.now(), end_reason
        self._transition(session, actor, visit, status, note=note[:300])
        return self._entry_of(session, visit)

    def _transition(self, session: Session, actor: Actor, visit: Visit, status: VisitStatus, note: str = "") -> None:
        if not may_move(visit.status, status):
            raise _not_allowed(visit)
        previous = visit.status
        visit.status = status
        self._event(session, actor, visit, status, from_status=previous, note=note)

    def _event(
        self,
        session: Session,
        actor: Actor,
        visit: Visit,
        status: VisitStatus,
        *,
        from_status: VisitStatus | None = None,
        note: str = "",
    ) -> None:
        session.add(
            VisitEvent(
                visit_id=visit.id,
                at=self._clock.now(),
                actor_id=actor.user_id,
                from_status=from_status or visit.status,
                to_status=status,
                guide_id=visit.guide_id,
                room_id=visit.room_id,
                note=note,
            )
        )
        session.flush()

    @staticmethod
    def _load(session: Session, visit_id: int, expected_version: int | None, *, lock: bool = False) -> Visit:
        query = select(Visit).where(Visit.id == visit_id)
        # A locked row is read afresh: the caller's transaction may have loaded it before it waited for the lock.
        locked = query.with_for_update().execution_options(populate_existing=True)
        visit = session.scalar(locked if lock else query)
        if visit is None:
            raise visit_gone()
        if expected_version is not None and visit.version != expected_version:
            raise ConflictError()
        return visit

    @staticmethod
    def _check_step(actor: Actor, visit: Visit, step: QueueStep) -> None:
        if step in queue_steps(visit.status, visit.guide_id, actor):
            return
        if step in OWN_STEPS and visit.guide_id != actor.user_id:
            raise DeskError(
                QT_TRANSLATE_NOOP("DeskError", "Ticket {ticket} is with another guide."), ticket=visit.ticket
            )
        raise _not_allowed(visit)

    @staticmethod
    def _check_guide_free(session: Session, actor: Actor, guide_id: int, except_visit: int | None) -> None:
        # The guide's own row is the lock: two desks of one guide check and take a visitor one after the other
        # (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises every write).
        session.execute(select(User.id).where(User.id == guide_id).with_for_update())
        query = select(Visit.ticket).where(Visit.guide_id == guide_id, Visit.status.in_(list(ACTIVE)))
        if except_visit is not None:
            query = query.where(Visit.id != except_visit)
        busy = session.scalar(query.limit(1))
        if busy is None:
            return
        if guide_id == actor.user_id:
            raise DeskError(
                QT_TRANSLATE_NOOP(
                    "DeskError",
                    "You are already helping a visitor (ticket {ticket}), perhaps at another desk. "
                    "Finish or return that visit first.",
                ),
                ticket=busy,
            )
        raise DeskError(
            QT_TRANSLATE_NOOP(
                "DeskError", "Ticket {ticket} is still with this guide. Finish or return that visit first."
            ),
            ticket=busy,
        )

    def _entry_of(self, session: Session, visit: Visit) -> QueueEntry:
        session.flush()
        return queue_entries(session, Visit.id == visit.id)[0]


_TICKET_LETTERS = {
    VisitorKind.JOB_SEEKER: desk_settings.TICKET_LETTER_JOB_SEEKER,
    VisitorKind.EMPLOYED: desk_settings.TICKET_LETTER_EMPLOYED,
    VisitorKind.EMPLOYER: desk_settings.TICKET_LETTER_EMPLOYER,
    VisitorKind.OTHER: desk_settings.TICKET_LETTER_OTHER,
}


def _registration_fields(data: Registration) -> dict[str, object]:
    return {
        "visitor_kind": data.visitor_kind,
        "category_code": data.category_code,
        "question": data.question,
        "name_or_initials": data.name_or_initials,
        "company_name": data.company_name,
        "kvk_number": data.kvk_number,
        "needs_interpreter": data.needs_interpreter,
        "interpreter_language": data.interpreter_language,
        "accessibility_need": data.accessibility_need,
        "has_appointment": data.has_appointment,
        "urgent": data.urgent,
        "callback_phone": data.callback_phone,
        "callback_email": data.callback_email,
    }


def _not_allowed(visit: Visit) -> DeskError:
    return DeskError(
        QT_TRANSLATE_NOOP(
            "DeskError", "This step is not possible for ticket {ticket} now; another desk may have changed it."
        ),
        ticket=visit.ticket,
    )
