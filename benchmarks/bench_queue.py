"""The queue at a busy desk: 1,000 visitors today and 1,000,000 past visits, on the embedded SQLite database.

Measured: registering a visitor, "call next", the 1-second poll of a desk when nothing changed, the refresh after
another desk changed one visit, and loading today's whole queue. Baseline: one read transaction running SELECT 1,
the least any database round trip costs. Target: each median under 50 ms.

The prepared database (about 1 GB) is kept in benchmarks/results/ and reused while the schema stays the same.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select

from benchmarks.harness import Options, Result, compare
from wsp_desk import demo
from wsp_desk.clock import SystemClock
from wsp_desk.db.engine import Database
from wsp_desk.db.migrate import head_revision
from wsp_desk.db.models import Role, VisitorKind
from wsp_desk.desk import DeskContext, command_line_actor, prepare_database
from wsp_desk.domain.permissions import Actor
from wsp_desk.services.auth import actor_for
from wsp_desk.services.queue import Registration

HISTORY = 1_000_000
TODAY = 1_000
LIMIT_SECONDS = 0.050
RESULTS = Path(__file__).with_name("results")


def _prepared_file() -> Path:
    path = RESULTS / f"queue-{HISTORY}-{TODAY}-{head_revision()}.sqlite"
    if not path.exists():
        RESULTS.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        database = Database.connect(f"sqlite:///{partial}")
        prepare_database(database, SystemClock().now())
        context = DeskContext.create(database, SystemClock(), "bench")
        demo.fill(context, command_line_actor("bench"), history_visits=HISTORY, today_visits=TODAY)
        database.dispose()
        partial.rename(path)
    return path


@contextmanager
def busy_desk() -> Iterator[tuple[DeskContext, int, Actor, Actor]]:
    """A copy of the prepared database (so measuring doesn't grow it), a receptionist and a free guide."""
    with tempfile.TemporaryDirectory(prefix="wsp-desk-bench-") as folder:
        copy = Path(folder) / "desk.sqlite"
        shutil.copyfile(_prepared_file(), copy)
        database = Database.connect(f"sqlite:///{copy}")
        context = DeskContext.create(database, SystemClock(), "bench")
        users = {user.username: user for user in context.users.list_users(command_line_actor("bench"))}
        receptionist = actor_for(users["balie"], "bench")
        location_id = context.locations.list_locations()[0].id
        guide = context.users.add_user(
            command_line_actor("bench"), "bench.gids", "Bench Gids", Role.GUIDE, demo.DEMO_PASSWORD
        )
        try:
            yield context, location_id, receptionist, actor_for(guide, "bench")
        finally:
            database.dispose()


def _timed(action: Callable[[], object], after: Callable[[], object] = lambda: None) -> Callable[[], float]:
    """One timed call of `action`, then an untimed `after` that puts the desk back as it was."""

    def run() -> float:
        start = time.perf_counter()
        action()
        elapsed = time.perf_counter() - start
        after()
        return elapsed

    return run


def run(options: Options) -> list[Result]:
    options = Options(runs=max(options.runs, 25), warmup=max(options.warmup, 3), verbose=options.verbose)
    with busy_desk() as (desk, location_id, receptionist, guide):
        queue, views = desk.queue, desk.queue_views

        def round_trip() -> None:
            with desk.database.read() as session:
                session.execute(select(1))

        baseline = _timed(round_trip)
        called: list[int] = []

        def call_next() -> object:
            entry = queue.call_next(guide, location_id)
            assert entry is not None, "the prepared queue ran out of waiting visitors"
            called.append(entry.id)
            return entry

        def put_back() -> None:
            queue.return_to_queue(guide, called.pop())

        token = [views.latest_event_id()]

        def change_elsewhere() -> None:
            token[0] = views.latest_event_id()
            waiting = queue.call_next(guide, location_id)
            assert waiting is not None
            queue.return_to_queue(guide, waiting.id)

        change_elsewhere()
        visit = Registration(VisitorKind.JOB_SEEKER, "work_finding", question="Ik zoek werk")
        cases = [
            ("queue: register a visitor", _timed(lambda: queue.register(receptionist, location_id, visit))),
            ("queue: call next", _timed(call_next, put_back)),
            ("queue: poll, nothing changed", _timed(views.latest_event_id)),
            (
                "queue: refresh after a change",
                _timed(lambda: views.changes_since(receptionist, location_id, token[0]), change_elsewhere),
            ),
            ("queue: load today's queue", _timed(lambda: views.today(receptionist, location_id))),
        ]
        notes = (
            f"{TODAY:,} visitors today, {HISTORY:,} past visits, SQLite; "
            f"{options.runs} runs after {options.warmup} warm-up (fast operations need more samples)",
        )
        return [
            compare(
                name,
                candidate,
                baseline,
                options,
                limit_seconds=LIMIT_SECONDS,
                candidate_label=name.removeprefix("queue: "),
                baseline_label="SELECT 1 round trip",
                notes=notes,
            )
            for name, candidate in cases
        ]
