"""Queue rules under any sequence of desk actions (Hypothesis state machine, SQLite):
no visitor is ever with two guides, every waiting visitor is callable, statuses only move along allowed steps."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from tests.support import FAST_HASHER, FakeClock, make_actor
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Role, Visit, VisitEvent, VisitorKind, VisitStatus
from wsp_desk.desk import DeskContext
from wsp_desk.domain.queue_steps import ACTIVE, may_move
from wsp_desk.errors import DeskError
from wsp_desk.services.queue import Registration

S = VisitStatus


def test_queue_rules_hold_for_any_sequence(sqlite_template: Path, tmp_path: Path) -> None:
    counter = iter(range(10**6))

    class QueueMachine(RuleBasedStateMachine):
        visits = Bundle("visits")

        @initialize()
        def open_desk(self) -> None:
            path = tmp_path / f"machine-{next(counter)}.sqlite"
            shutil.copyfile(sqlite_template, path)
            self.clock = FakeClock()
            self.database = Database.connect(f"sqlite:///{path}")
            self.desk = DeskContext.create(self.database, self.clock, "machine", hasher=FAST_HASHER)
            self.location = self.desk.locations.ensure_inhouse_location().id
            self.receptionist = make_actor(self.desk, "coordinator", Role.COORDINATOR)
            self.guides = [make_actor(self.desk, f"gids{n}", Role.GUIDE) for n in range(3)]

        def teardown(self) -> None:
            if hasattr(self, "database"):
                self.database.dispose()

        def attempt(self, action, *args):  # type: ignore[no-untyped-def]
            """Desk actions may be refused with a clear message; anything else is a bug."""
            try:
                return action(*args)
            except DeskError:
                return None

        @rule(target=visits, kind=st.sampled_from(list(VisitorKind)), appointment=st.booleans(), urgent=st.booleans())
        def register(self, kind: VisitorKind, appointment: bool, urgent: bool) -> int:
            data = Registration(kind, has_appointment=appointment, urgent=urgent)
            return self.desk.queue.register(self.receptionist, self.location, data).id

        @rule(guide=st.integers(0, 2))
        def call_next(self, guide: int) -> None:
            actor = self.guides[guide]
            today = self.desk.queue_views.today(actor, self.location)
            waiting = [e for e in today if e.status == S.WAITING]
            free = not any(e.guide_id == actor.user_id and e.status in ACTIVE for e in today)
            called = self.attempt(self.desk.queue.call_next, actor, self.location)
            if waiting and free:
                assert called is not None, "someone waits and a free guide could not call them"
                assert called.id in {e.id for e in waiting}

        @rule(visit=visits, guide=st.integers(0, 2))
        def call(self, visit: int, guide: int) -> None:
            self.attempt(self.desk.queue.call, self.guides[guide], visit)

        @rule(
            visit=visits,
            guide=st.integers(0, 2),
            action=st.sampled_from(["recall", "start_conversation", "finish", "return_to_queue"]),
        )
        def guide_action(self, visit: int, guide: int, action: str) -> None:
            self.attempt(getattr(self.desk.queue, action), self.guides[guide], visit)

        @rule(visit=visits, to=st.integers(0, 2), by=st.integers(0, 2))
        def transfer(self, visit: int, to: int, by: int) -> None:
            self.attempt(self.desk.queue.transfer, self.guides[by], visit, self.guides[to].user_id, None)

        @rule(visit=visits, action=st.sampled_from(["park", "cancel", "undo_last", "mark_left"]))
        def desk_action(self, visit: int, action: str) -> None:
            args = (self.receptionist, visit) + (("left",) if action == "mark_left" else ())
            self.attempt(getattr(self.desk.queue, action), *args)

        @rule(minutes=st.integers(1, 30))
        def time_passes(self, minutes: int) -> None:
            self.clock.advance(minutes=minutes)

        @invariant()
        def no_visitor_with_two_guides_and_no_guide_with_two_visitors(self) -> None:
            if not hasattr(self, "database"):
                return
            with self.database.read() as session:
                active = session.execute(select(Visit.id, Visit.guide_id).where(Visit.status.in_(list(ACTIVE)))).all()
            assert all(guide is not None for _, guide in active)
            guides = [guide for _, guide in active]
            assert len(guides) == len(set(guides))

        @invariant()
        def statuses_move_along_allowed_steps(self) -> None:
            if not hasattr(self, "database"):
                return
            with self.database.read() as session:
                events = session.scalars(select(VisitEvent).order_by(VisitEvent.visit_id, VisitEvent.id)).all()
            for event in events:
                if event.from_status is None or event.note in {"undo", "corrected"}:
                    continue
                assert may_move(event.from_status, event.to_status), (event.from_status, event.to_status)

    run_state_machine_as_test(
        QueueMachine,
        settings=settings(
            max_examples=25, stateful_step_count=25, deadline=None, suppress_health_check=list(HealthCheck)
        ),
    )
