"""The read side of the walk-in queue: what desks and the waiting-room screen show, and the day's figures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Location, Room, User, Visit, VisitEvent, VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.queue_steps import ACTIVE, OPEN
from wsp_desk.errors import NotFound
from wsp_desk.i18n import QT_TRANSLATE_NOOP

S = VisitStatus


@dataclass(frozen=True)
class QueueEntry:
    """One visit as a desk shows it in the queue."""

    id: int
    version: int
    ticket: str
    visitor_kind: VisitorKind
    category_code: str | None
    question: str
    name_or_initials: str
    company_name: str
    status: VisitStatus
    arrived_at: datetime
    called_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    call_count: int
    guide_id: int | None
    guide_name: str
    room_name: str
    needs_interpreter: bool
    interpreter_language: str
    accessibility_need: bool
    has_appointment: bool
    urgent: bool
    wants_callback: bool
    end_reason: str

    @property
    def priority(self) -> bool:
        return self.has_appointment or self.urgent

    def waiting_time(self, now: datetime) -> timedelta:
        """How long they have waited so far, or waited in all once called or gone."""
        until = self.called_at if self.status not in (S.WAITING, S.PARKED) and self.called_at else now
        if self.status not in OPEN and self.called_at is None and self.ended_at is not None:
            until = self.ended_at
        return max(until - self.arrived_at, timedelta(0))


@dataclass(frozen=True)
class VisitHistoryEntry:
    at: datetime
    actor_name: str
    from_status: VisitStatus | None
    to_status: VisitStatus
    guide_name: str
    room_name: str
    note: str


@dataclass(frozen=True)
class CalledTicket:
    """What the waiting-room screen may show: never a name."""

    ticket: str
    room_name: str
    called_at: datetime


@dataclass(frozen=True)
class DisplayState:
    location_name: str
    called: list[CalledTicket]
    waiting_count: int


@dataclass(frozen=True)
class QueueCounts:
    waiting: int
    in_conversation: int
    done: int


@dataclass(frozen=True)
class DaySummary:
    day: date
    by_status: dict[VisitStatus, int]
    not_served: list[QueueEntry]


class QueueViews:
    """Read-only queries of the queue; the changes are QueueService's."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._database = database
        self._clock = clock

    def today(self, actor: Actor, location_id: int) -> list[QueueEntry]:
        """Today's visits at a location, in arrival order."""
        require(actor, Action.VIEW_QUEUE)
        day = desk_day(self._clock.now())
        with self._database.read() as session:
            return queue_entries(session, Visit.location_id == location_id, Visit.ticket_day == day, order=True)

    def latest_event_id(self) -> int:
        """A cheap token that changes whenever any desk changes any visit (one index lookup)."""
        with self._database.read() as session:
            return int(session.scalar(select(func.max(VisitEvent.id))) or 0)

    def changes_since(self, actor: Actor, location_id: int, event_id: int) -> tuple[int, list[QueueEntry]]:
        """The visits of today at `location_id` changed after `event_id`, and the new token."""
        require(actor, Action.VIEW_QUEUE)
        with self._database.read() as session:
            latest = int(session.scalar(select(func.max(VisitEvent.id))) or 0)
            if latest <= event_id:
                return latest, []
            changed = select(VisitEvent.visit_id).where(VisitEvent.id > event_id, VisitEvent.id <= latest)
            day = desk_day(self._clock.now())
            return latest, queue_entries(
                session, Visit.id.in_(changed), Visit.location_id == location_id, Visit.ticket_day == day
            )

    def entry(self, actor: Actor, visit_id: int) -> QueueEntry:
        require(actor, Action.VIEW_QUEUE)
        with self._database.read() as session:
            entries = queue_entries(session, Visit.id == visit_id)
        if not entries:
            raise visit_gone()
        return entries[0]

    def history(self, actor: Actor, visit_id: int) -> list[VisitHistoryEntry]:
        require(actor, Action.VIEW_QUEUE)
        user, guide, room = aliased(User), aliased(User), aliased(Room)
        query = (
            select(VisitEvent, user.display_name, guide.display_name, room.name)
            .outerjoin(user, user.id == VisitEvent.actor_id)
            .outerjoin(guide, guide.id == VisitEvent.guide_id)
            .outerjoin(room, room.id == VisitEvent.room_id)
            .where(VisitEvent.visit_id == visit_id)
            .order_by(VisitEvent.id)
        )
        with self._database.read() as session:
            return [
                VisitHistoryEntry(
                    event.at,
                    actor_name or "",
                    event.from_status,
                    event.to_status,
                    guide_name or "",
                    room_name or "",
                    event.note,
                )
                for event, actor_name, guide_name, room_name in session.execute(query)
            ]

    def counts(self, entries: Iterable[QueueEntry]) -> QueueCounts:
        tally = Counter(entry.status for entry in entries)
        return QueueCounts(
            waiting=tally[S.WAITING] + tally[S.CALLED],
            in_conversation=tally[S.IN_CONVERSATION],
            done=tally[S.DONE],
        )

    def estimated_wait(self, entries: Sequence[QueueEntry]) -> timedelta | None:
        """For a visitor registering now: the people before them × today's median conversation length ÷ guides.

        None until today has had a finished conversation to learn from.
        """
        now = self._clock.now()
        finished = sorted(
            (entry for entry in entries if entry.status == S.DONE and entry.started_at and entry.ended_at),
            key=lambda entry: entry.ended_at or now,
        )[-10:]
        if not finished:
            return None
        lengths = sorted(entry.ended_at - entry.started_at for entry in finished if entry.ended_at and entry.started_at)
        length = lengths[len(lengths) // 2]
        recent = now - timedelta(hours=1)
        guides = {
            entry.guide_id
            for entry in entries
            if entry.guide_id is not None
            and (entry.status in ACTIVE or (entry.ended_at is not None and entry.ended_at >= recent))
        }
        ahead = sum(1 for entry in entries if entry.status == S.WAITING)
        busy = sum(1 for entry in entries if entry.status in ACTIVE)
        return length * (ahead + busy) / max(len(guides), 1)

    def display_state(self, location_id: int, limit: int = 6) -> DisplayState:
        """For the waiting-room screen: recently called tickets with their room and the number waiting."""
        day = desk_day(self._clock.now())
        with self._database.read() as session:
            location = session.get(Location, location_id)
            if location is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This location no longer exists."))
            called = session.execute(
                select(Visit.ticket, Room.name, Visit.called_at)
                .outerjoin(Room, Room.id == Visit.room_id)
                .where(
                    Visit.location_id == location_id,
                    Visit.ticket_day == day,
                    Visit.status.in_([S.CALLED, S.IN_CONVERSATION]),
                    Visit.called_at.is_not(None),
                )
                .order_by(Visit.called_at.desc())
                .limit(limit)
            ).all()
            waiting = session.scalar(
                select(func.count())
                .select_from(Visit)
                .where(Visit.location_id == location_id, Visit.ticket_day == day, Visit.status == S.WAITING)
            )
        return DisplayState(
            location.name,
            [CalledTicket(ticket, room or "", at) for ticket, room, at in called if at is not None],
            int(waiting or 0),
        )

    def day_summary(self, actor: Actor, location_id: int, day: date | None = None) -> DaySummary:
        require(actor, Action.VIEW_QUEUE)
        day = day or desk_day(self._clock.now())
        with self._database.read() as session:
            entries = queue_entries(session, Visit.location_id == location_id, Visit.ticket_day == day, order=True)
        return DaySummary(
            day,
            dict(Counter(entry.status for entry in entries)),
            [entry for entry in entries if entry.status == S.NOT_SERVED],
        )


def queue_entries(session: Session, *conditions: ColumnElement[bool], order: bool = False) -> list[QueueEntry]:
    """Queue entries straight from columns (no ORM objects: a full day loads in a few milliseconds)."""
    query = _ENTRY_QUERY.where(*conditions)
    if order:
        query = query.order_by(Visit.arrived_at, Visit.id)
    return [QueueEntry(**row._mapping) for row in session.execute(query)]


def _entry_query() -> Select[Any]:
    guide, room = aliased(User), aliased(Room)
    columns = [getattr(Visit, field.name) for field in fields(QueueEntry) if hasattr(Visit, field.name)]
    return (
        select(
            *columns,
            func.coalesce(guide.display_name, "").label("guide_name"),
            func.coalesce(room.name, "").label("room_name"),
            ((Visit.callback_phone != "") | (Visit.callback_email != "")).label("wants_callback"),
        )
        .outerjoin(guide, guide.id == Visit.guide_id)
        .outerjoin(room, room.id == Visit.room_id)
    )


_ENTRY_QUERY = _entry_query()


def visit_gone() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("DeskError", "This visit no longer exists."))
