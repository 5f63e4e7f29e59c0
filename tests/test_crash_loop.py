"""The crash loop: a writer process killed (SIGKILL) at random moments; every write it acknowledged must survive.

The writer (tests/crash_writer.py) prints a line after each commit. After every kill the database must hold each
acknowledged write, no visit may be half moved (in conversation without its conversation, or a finished
conversation with its visit still open), the guide holds at most one visitor, the audit chain is intact and SQLite
passes its integrity check. A failure prints the seed; WSP_DESK_CRASH_SEED=N replays it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.directory_data import sample_directory
from tests.support import make_actor
from wsp_desk.db.models import Conversation, Referral, Role, Visit, VisitEvent, VisitStatus
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.queue_steps import ACTIVE

ROUNDS = 20
REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.crash_loop


@dataclass
class Figures:
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    half_done: list[str] = field(default_factory=list)
    double: int = 0
    errors: list[str] = field(default_factory=list)


def test_killed_writes_lose_nothing_acknowledged(desk: DeskContext, coordinator: Actor, db_url: str) -> None:
    seed = int(os.environ.get("WSP_DESK_CRASH_SEED", "20261202"))
    rng = random.Random(seed)
    make_actor(desk, "gids", Role.GUIDE)
    make_actor(desk, "balie", Role.RECEPTIONIST)
    service_id = sample_directory(desk, coordinator)["Schuldhulpverlening Rijswijk"].id
    figures = Figures()
    for _ in range(ROUNDS):
        lines, error = _run_and_kill(db_url, service_id, rng.randrange(1 << 30), rng.uniform(0.0, 0.8))
        if error:
            figures.errors.append(error)
        figures.acknowledged += len(lines)
        _check(desk, lines, figures)
    print(
        f"crash loop ({desk.database.backend}, seed {seed}): {ROUNDS} rounds, {figures.acknowledged} writes "
        f"acknowledged, lost {len(figures.lost)}, half done {len(figures.half_done)}, double {figures.double}, "
        f"errors {len(figures.errors)}"
    )
    assert figures.errors == []
    assert figures.lost == []
    assert figures.half_done == []
    assert figures.double == 0
    assert desk.audit.verify().intact
    if desk.database.backend == "sqlite":
        with desk.database.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


def _run_and_kill(url: str, service_id: str, seed: int, after: float) -> tuple[list[list[str]], str]:
    """Start the writer, kill it `after` seconds once it is ready; its acknowledged lines, and any error it gave."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", url, service_id, str(seed)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    before: list[str] = []  # what it did about the previous kill, until it is ready or ends by itself
    while (line := writer.stdout.readline()) not in ("ready\n", ""):
        before.append(line)
    ready = line == "ready\n"
    if ready:
        time.sleep(after)
    writer.send_signal(signal.SIGKILL)
    out, err = writer.communicate(timeout=30)
    # A line cut off by the kill was not acknowledged.
    lines = [line.split() for line in ("".join(before) + out).splitlines(keepends=True) if line.endswith("\n")]
    error = "" if writer.returncode == -signal.SIGKILL and ready else f"writer ({seed}): {err[-2000:]}"
    return lines, error


def _check(desk: DeskContext, lines: Sequence[list[str]], figures: Figures) -> None:
    with desk.database.read() as session:
        for kind, *ids in lines:
            number = int(ids[0])
            if kind == "register":
                present = session.get(Visit, number) is not None
            elif kind == "call":
                present = bool(
                    session.scalar(
                        select(func.count()).where(
                            VisitEvent.visit_id == number, VisitEvent.to_status == VisitStatus.CALLED
                        )
                    )
                )
            elif kind == "begin":
                present = session.get(Conversation, number) is not None
            elif kind == "save":
                conversation = session.get(Conversation, number)
                present = conversation is not None and int(conversation.notes.split()[1]) >= int(ids[1])
            elif kind == "handover":
                present = session.get(Referral, number) is not None
            else:
                conversation = session.get(Conversation, number)
                present = conversation is not None and conversation.finished_at is not None
            if not present:
                figures.lost.append(" ".join([kind, *ids]))

        for conversation, status in session.execute(select(Conversation, Visit.status).join(Visit)):
            if (conversation.finished_at is None) != (status == VisitStatus.IN_CONVERSATION):
                figures.half_done.append(f"conversation {conversation.id} with its visit {status}")
        in_conversation = session.scalars(
            select(Visit.id).where(
                Visit.status == VisitStatus.IN_CONVERSATION, ~Visit.id.in_(select(Conversation.visit_id))
            )
        ).all()
        figures.half_done += [f"visit {visit} in conversation without one" for visit in in_conversation]
        held = session.scalar(select(func.count()).select_from(Visit).where(Visit.status.in_(list(ACTIVE))))
        figures.double += int(held or 0) > 1
