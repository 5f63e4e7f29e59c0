"""The demo desk: realistic data through the real rules, repeatable, and never on a real database."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.support import FAST_HASHER, FakeClock, run_cli
from wsp_desk import demo
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Conversation, Letter, Referral, Visit, VisitEvent, VisitorKind, VisitStatus
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.services.letterhead import CONTACT_FIELDS
from wsp_desk.services.queue import Registration


def test_demo_fills_a_desk_with_today_and_history(desk: DeskContext, coordinator: Actor) -> None:
    report = demo.fill(desk, coordinator, history_visits=250, today_visits=12)
    assert (report.colleagues, report.today, report.history) == (4, 12, 250)
    location = desk.locations.list_locations()[0]
    assert {room.name for room in location.rooms} == set(demo.DEMO_ROOMS)
    # The werkcentrum's own address, phone, e-mail and hours are not known: the demo leaves them to fill in.
    assert desk.letterhead.missing_contact() == CONTACT_FIELDS

    today = desk.queue_views.today(coordinator, location.id)
    assert Counter(entry.status for entry in today) == {
        VisitStatus.DONE: 6,
        VisitStatus.IN_CONVERSATION: 3,
        VisitStatus.WAITING: 3,
    }
    with desk.database.read() as session:
        visits = session.scalar(select(func.count()).select_from(Visit))
        days = session.scalar(select(func.count(func.distinct(Visit.ticket_day))))
        registrations = session.scalar(select(func.count()).where(VisitEvent.from_status.is_(None)))
        closed_without_event = session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(Visit.status != VisitStatus.WAITING, ~Visit.events.any(VisitEvent.to_status == Visit.status))
        )
        kinds = set(session.scalars(select(Visit.visitor_kind).distinct()))
    assert visits == 262 and days == 6  # 250 past visits at 60 a day, and today
    assert registrations == visits and closed_without_event == 0
    assert kinds == set(VisitorKind)

    with desk.database.read() as session:
        conversations = session.scalars(select(Conversation)).all()
        letters = session.scalar(select(func.count()).select_from(Letter))
        referrals = session.scalar(select(func.count()).select_from(Referral))
    assert len(conversations) == 9  # six finished, three going on
    assert sum(conversation.finished_at is None for conversation in conversations) == 3
    assert all(conversation.answers and conversation.notes for conversation in conversations)
    assert referrals and letters == referrals  # every handover has its stored letter

    demo.fill(desk, coordinator, history_visits=60, today_visits=2)  # running again adds, it doesn't collide
    assert desk.audit.verify().intact


def test_demo_refuses_a_database_with_real_visits(desk: DeskContext, coordinator: Actor) -> None:
    location = desk.locations.list_locations()[0]
    desk.queue.register(coordinator, location.id, Registration(VisitorKind.JOB_SEEKER))
    with pytest.raises(DeskError, match="real visits"):
        demo.fill(desk, coordinator, history_visits=10)


def test_the_published_password_only_on_a_database_the_demo_created(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = f"sqlite:///{tmp_path / 'demo' / 'new.sqlite'}"
    code, out, _ = run_cli(capsys, "--database", fresh, "demo", "--visits", "0", "--today", "0")
    assert code == 0 and f"4 colleagues (password {demo.DEMO_PASSWORD})" in out

    # An existing database without visits, such as a real desk on its first day: a password of its own, shown once.
    code, out, _ = run_cli(capsys, "--database", sqlite_url, "demo", "--visits", "0", "--today", "0")
    found = re.search(r"4 colleagues \(password (\S+), shown only now\)", out)
    assert code == 0 and found is not None and found.group(1) != demo.DEMO_PASSWORD
    database = Database.connect(sqlite_url)
    try:
        desk = DeskContext.create(database, FakeClock(), "test-desk", hasher=FAST_HASHER)
        assert desk.auth.login("gids.jan", found.group(1)).username == "gids.jan"
        with pytest.raises(DeskError):
            desk.auth.login("gids.sanne", demo.DEMO_PASSWORD)
    finally:
        database.dispose()
    code, out, _ = run_cli(capsys, "--database", sqlite_url, "demo", "--visits", "0", "--today", "0")
    assert code == 0 and "4 colleagues (their passwords unchanged)" in out
