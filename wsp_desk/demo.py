"""A realistic demo desk: colleagues, rooms, today's queue and months of past visits.

For trying the app, screenshots and benchmarks; never for a production database (the command refuses when real
visits exist and no demo colleagues do). Everything comes from a seeded random generator, so two runs with the same
seed give the same desk. The colleagues get the published DEMO_PASSWORD only on a database the demo created itself.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, literal, null, select

from wsp_desk.dates import DESK_TIMEZONE, desk_day
from wsp_desk.db.models import (
    ConversationOutcome,
    Location,
    Referral,
    ReferralStatus,
    Role,
    User,
    Visit,
    VisitEvent,
    VisitorKind,
    VisitStatus,
)
from wsp_desk.desk import DeskContext, seed_directory
from wsp_desk.domain.directory import ServiceRecord
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.queue_steps import ACTIVE
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.domain.taxonomy import categories_for, need_term
from wsp_desk.errors import DeskError
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.auth import actor_for
from wsp_desk.services.conversations import ConversationView
from wsp_desk.services.locations import LocationView
from wsp_desk.services.queue import Registration
from wsp_desk.services.referrals import Handover
from wsp_desk.services.users import UserView
from wsp_desk.templates.schema import ConversationTemplate, QuestionType

DEMO_PASSWORD = "Welkom-in-Haaglanden-2026"
DEMO_COLLEAGUES = (
    ("balie", "Fatima el Amrani", Role.RECEPTIONIST),
    ("gids.jan", "Jan de Vries", Role.GUIDE),
    ("gids.sanne", "Sanne Kok", Role.GUIDE),
    ("gids.murat", "Murat Yılmaz", Role.GUIDE),
)
DEMO_ROOMS = ("Spreekkamer 1", "Spreekkamer 2", "Spreekkamer 3", "Werkgeversplein")
KIND_WEIGHTS = {
    VisitorKind.JOB_SEEKER: 55,
    VisitorKind.EMPLOYED: 25,
    VisitorKind.EMPLOYER: 12,
    VisitorKind.OTHER: 8,
}
FIRST_NAMES = (
    "Aylin",
    "Bram",
    "Chantal",
    "Dewi",
    "Emre",
    "Fleur",
    "Gerrit",
    "Hanna",
    "Ilias",
    "Joyce",
    "Kofi",
    "Lotte",
    "Mohamed",
    "Noor",
    "Olga",
    "Priya",
    "Ruud",
    "Samira",
    "Tomasz",
    "Yara",
)
QUESTIONS = {
    VisitorKind.JOB_SEEKER: (
        "Ik zoek werk in de zorg",
        "Hoe schrijf ik een goede cv?",
        "Werk met taalles erbij",
        "Mijn WW stopt bijna",
    ),
    VisitorKind.EMPLOYED: (
        "Mijn contract wordt niet verlengd",
        "Ik wil omscholen naar techniek",
        "Dreigend ontslag door reorganisatie",
    ),
    VisitorKind.EMPLOYER: (
        "Vacatures voor logistiek medewerkers",
        "Vragen over loonkostensubsidie",
        "Leerbanen in onze bakkerij",
    ),
    VisitorKind.OTHER: ("Informatie voor mijn zoon", "Vraag over vrijwilligerswerk"),
}


@dataclass(frozen=True)
class DemoReport:
    colleagues: int
    added: int  # colleagues new in this run, who got the password; the others kept theirs
    today: int
    history: int


def colleague_password(new_database: bool) -> str:
    """The published password only on a database the demo has just created: on any other (a real desk without
    visits yet, say) whoever read the README could log in as a demo colleague."""
    return DEMO_PASSWORD if new_database else secrets.token_urlsafe(12)


def fill(
    context: DeskContext,
    actor: Actor,
    history_visits: int,
    today_visits: int = 40,
    seed: int = 2026,
    *,
    password: str = DEMO_PASSWORD,
) -> DemoReport:
    """Add demo colleagues (with `password`) and rooms (once), today's queue and `history_visits` visits on past
    working days."""
    rng = random.Random(seed)
    location = context.locations.ensure_inhouse_location(actor)
    seed_directory(context)
    known = {user.username for user in context.users.list_users(actor)}
    colleagues = _ensure_colleagues(context, actor, password)
    _ensure_rooms(context, actor, location.id)
    guides = [user for user in colleagues if user.role == Role.GUIDE]
    _today(context, colleagues, location.id, today_visits, rng)
    _history(context, [guide.id for guide in guides], location, history_visits, rng)
    added = sum(user.username not in known for user in colleagues)
    return DemoReport(len(colleagues), added, today_visits, history_visits)


def _ensure_colleagues(context: DeskContext, actor: Actor, password: str) -> list[UserView]:
    existing = {user.username: user for user in context.users.list_users(actor)}
    names = {name for name, _, _ in DEMO_COLLEAGUES}
    with context.database.read() as session:
        visits = session.scalar(select(func.count()).select_from(Visit))
    if visits and not names & existing.keys():
        raise DeskError(
            QT_TRANSLATE_NOOP("DeskError", "This database holds real visits; demo data is only added to a demo desk.")
        )
    users = []
    for username, display_name, role in DEMO_COLLEAGUES:
        user = existing.get(username)
        if user is None:
            user = context.users.add_user(actor, username, display_name, role, password)
            with context.database.write() as session:  # demo colleagues keep the password they were given
                session.get_one(User, user.id).must_change_password = False
        users.append(user)
    return users


def _ensure_rooms(context: DeskContext, actor: Actor, location_id: int) -> None:
    location = next(loc for loc in context.locations.list_locations() if loc.id == location_id)
    have = {room.name for room in location.rooms}
    for name in DEMO_ROOMS:
        if name not in have:
            context.locations.add_room(actor, location_id, name)


def _registration(rng: random.Random) -> Registration:
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    employer = kind == VisitorKind.EMPLOYER
    return Registration(
        visitor_kind=kind,
        category_code=rng.choice(categories_for(kind)[:6] if employer else categories_for(kind)).code,
        question=rng.choice(QUESTIONS[kind]),
        name_or_initials=rng.choice(FIRST_NAMES) if rng.random() < 0.6 else "",
        company_name=rng.choice(("Bakkerij Van Dam", "Logistiek Westland BV", "Zorggroep Rijswijk"))
        if employer
        else "",
        needs_interpreter=rng.random() < 0.05,
        interpreter_language="Arabisch",
        accessibility_need=rng.random() < 0.05,
        has_appointment=rng.random() < 0.1,
    )


class _Timeline:
    """The demo's own clock, so today's visitors arrive, wait and talk over the morning, not all at one moment."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current


def _today(context: DeskContext, colleagues: list[UserView], location_id: int, count: int, rng: random.Random) -> None:
    """Today's queue through the real services, so events and numbering are exactly as at the desk.

    Visitors arrive a few minutes apart up to now; the first half has been served by the free guides, with a
    conversation and often a handover; each free guide then has one conversation still going on.
    """
    now = context.clock.now()
    day_start = datetime.combine(desk_day(now), time(0, 5), DESK_TIMEZONE)
    spacing = min(timedelta(minutes=6), (now - day_start) / max(count + 1, 1))
    timeline = _Timeline(now - spacing * (count + 1))
    desk = DeskContext.create(context.database, timeline, context.workstation)
    receptionist = actor_for(colleagues[0], context.workstation)
    with context.database.read() as session:
        rooms = [room.id for room in session.get_one(Location, location_id).rooms]
    busy = {entry.guide_id for entry in desk.queue_views.today(receptionist, location_id) if entry.status in ACTIVE}
    guides = [actor_for(user, context.workstation) for user in colleagues if user.role == Role.GUIDE]
    free = [guide for guide in guides if guide.user_id not in busy]

    arrivals = [timeline.current + spacing * (index + 1) for index in range(count)]
    steps: list[tuple[datetime, int, int, Actor | None]] = [
        (at, _ARRIVE, index, None) for index, at in enumerate(arrivals)
    ]
    free_at = {guide.user_id: timeline.current for guide in free}
    for index in range(min(count // 2 + len(free), count) if free else 0):
        guide = free[index % len(free)]
        called = max(arrivals[index] + spacing / 2, free_at[guide.user_id])
        if called >= now:
            break
        steps.append((called, _CALL, index, guide))
        if index < count // 2:
            ended = min(called + timedelta(minutes=rng.randint(8, 25)) * (spacing / timedelta(minutes=6)), now)
            steps.append((ended, _FINISH, index, guide))
            free_at[guide.user_id] = ended
        else:
            free_at[guide.user_id] = now  # this conversation is still going on

    entries: dict[int, int] = {}
    conversations: dict[int, ConversationView] = {}
    for at, step, index, who in sorted(steps, key=lambda item: (item[0], item[1])):
        timeline.current = at
        if step == _ARRIVE:
            entries[index] = desk.queue.register(receptionist, location_id, _registration(rng)).id
        elif step == _CALL and who is not None:
            desk.queue.call(who, entries[index], rooms[index % len(rooms)] if rooms else None)
            conversation = desk.conversations.begin(who, entries[index])
            conversations[index] = desk.conversations.save(
                who,
                conversation.id,
                answers=_answers(conversation.template, rng, complete=index < count // 2),
                notes=rng.choice(NOTES),
                need_in_own_words=desk.queue_views.entry(who, entries[index]).question,
                municipality=rng.choice(MUNICIPALITIES),
            )
        elif who is not None:
            _finish(desk, who, conversations[index], rng)


# Steps of the demo morning; at the same minute a guide first finishes, then calls the next visitor.
_ARRIVE, _FINISH, _CALL = 0, 1, 2


NOTES = (
    "Heeft ervaring in de zorg en wil graag weer aan het werk.",
    "Wil eerst taalles; daarna verder kijken naar werk.",
    "Zoekt werk dichtbij huis vanwege de kinderen.",
    "Werkgever zoekt drie mensen voor de logistiek, liefst snel.",
    "Contract stopt over twee maanden; wil omscholen.",
)


def _answers(template: ConversationTemplate, rng: random.Random, *, complete: bool) -> dict[str, Any]:
    """Plausible answers along the template; an unfinished conversation gets its first section only."""
    answers: dict[str, Any] = {}
    sections = template.sections if complete else template.sections[:1]
    for question in (question for section in sections for question in section.questions):
        if not template.visible(question, answers):
            continue
        values = [option.value for option in question.options]
        match question.type:
            case QuestionType.YES_NO:
                answers[question.id] = rng.random() < 0.3
            case QuestionType.SINGLE_CHOICE:
                answers[question.id] = rng.choice(values)
            case QuestionType.MULTIPLE_CHOICE:
                answers[question.id] = sorted(rng.sample(values, k=rng.randint(1, 2)))
            case QuestionType.SCALE:
                answers[question.id] = rng.randint(question.scale_min, question.scale_max)
            case QuestionType.SHORT_TEXT | QuestionType.LONG_TEXT:
                answers[question.id] = rng.choice(
                    (
                        "Dat weet ik nog niet precies.",
                        "In de zorg of de logistiek.",
                        "Ik heb tien jaar in een winkel gewerkt.",
                    )
                )
    return answers


def _age_follow_up(context: DeskContext, referral_id: int, rng: random.Random) -> None:
    """Some follow-ups are due today or overdue, so the Overdrachten page has work to show.

    The service refuses a follow-up date in the past, so the demo moves the date in the data itself.
    """
    if rng.random() >= 0.3:
        return
    with context.database.write() as session:
        referral = session.get_one(Referral, referral_id)
        referral.follow_up_on = desk_day(context.clock.now()) - timedelta(days=rng.choice((0, 2)))


def _reason(service: ServiceRecord, conversation: ConversationView) -> str:
    """Why this partner, in the plain words a guide would write."""
    shared = [code for code in conversation.needs if code in service.data.need_codes]
    term = need_term(shared[0]) if shared else None
    topic = term.label_nl.lower() if term else "uw vraag"
    return f"{service.organization_name} helpt u verder met {topic}."


def _finish(context: DeskContext, guide: Actor, conversation: ConversationView, rng: random.Random) -> None:
    """End the conversation; most end in a warm handover to a suggested partner, with its letter."""
    suggestions = context.directory_search.suggest(
        guide, conversation.needs, conversation.visitor_kind, conversation.municipality, limit=3
    )
    if not suggestions or rng.random() < 0.3:
        context.conversations.finish(guide, conversation.id, ConversationOutcome.ANSWERED)
        return
    service = rng.choice(suggestions).service
    wished = rng.choice((set(), {"name"}, {"name", "contact", "question"}))
    consent = frozenset(wished & context.referrals.shareable(guide, conversation.id).keys())
    referral = context.referrals.prepare(
        guide,
        conversation.id,
        Handover(
            service.id,
            reason=_reason(service, conversation),
            next_step="U neemt deze brief mee en maakt een afspraak.",
            what_to_bring="\n".join(document.document for document in service.data.required_documents),
            consent_items=consent,
        ),
    )
    context.letters.letter(guide, referral.id)
    context.referrals.set_status(guide, referral.id, ReferralStatus.HANDED_OVER)
    _age_follow_up(context, referral.id, rng)
    if rng.random() < 0.4:
        context.referrals.set_status(guide, referral.id, ReferralStatus.CONTACT_MADE, "Partner heeft gebeld.")
    context.conversations.finish(guide, conversation.id, ConversationOutcome.HANDOVER)


def _working_days_before(day: date) -> Iterator[date]:
    while True:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            yield day


def _history(
    context: DeskContext,
    guide_ids: list[int],
    location: LocationView,
    count: int,
    rng: random.Random,
    *,
    per_day: int = 60,
    batch: int = 5_000,
) -> None:
    """Past visits in bulk (no per-row service calls), each with its registration and closing event.

    They go on the working days before the oldest visit so far, so running the command again adds more history.
    """
    outcomes = [VisitStatus.DONE] * 17 + [VisitStatus.LEFT, VisitStatus.NO_SHOW, VisitStatus.NOT_SERVED]
    with context.database.write() as session:
        before = int(session.scalar(select(func.max(Visit.id))) or 0)
        oldest = session.scalar(select(func.min(Visit.ticket_day)).where(Visit.location_id == location.id))
        days = _working_days_before(oldest or desk_day(context.clock.now()))
        visits: list[dict[str, object]] = []
        for made in range(count):
            seq = made % per_day + 1
            if seq == 1:
                day = next(days)
                opening = datetime.combine(day, time(9, 0), DESK_TIMEZONE)
            data = _registration(rng)
            arrived = opening + timedelta(minutes=rng.randint(0, 450))
            status = rng.choice(outcomes)
            called = arrived + timedelta(minutes=rng.randint(1, 40)) if status == VisitStatus.DONE else None
            started = called + timedelta(minutes=1) if called else None
            ended = (started or arrived) + timedelta(minutes=rng.randint(8, 45))
            visits.append(
                {
                    "location_id": location.id,
                    "ticket_day": day,
                    "ticket_seq": seq,
                    "ticket": f"{location.ticket_prefix}-{seq:03d}",
                    "visitor_kind": data.visitor_kind,
                    "category_code": data.category_code,
                    "question": data.question,
                    "name_or_initials": data.name_or_initials,
                    "company_name": data.company_name,
                    "status": status,
                    "call_count": 1 if called else 0,
                    "arrived_at": arrived,
                    "called_at": called,
                    "started_at": started,
                    "ended_at": ended,
                    "guide_id": rng.choice(guide_ids) if called else None,
                    "version": 1,
                }
            )
            if len(visits) == batch or made == count - 1:
                session.execute(insert(Visit.metadata.tables["visit"]), visits)  # plain executemany
                visits = []
        # Each new visit's registration and closing event, derived in the database in two statements.
        new = Visit.id > before
        event_columns = ["visit_id", "at", "from_status", "to_status", "note"]
        registered = select(Visit.id, Visit.arrived_at, null(), literal(VisitStatus.WAITING.value), literal(""))
        closed = select(Visit.id, Visit.ended_at, literal(VisitStatus.WAITING.value), Visit.status, literal(""))
        session.execute(insert(VisitEvent).from_select(event_columns, registered.where(new)))
        session.execute(insert(VisitEvent).from_select(event_columns, closed.where(new)))
