"""Test doubles and helpers shared by the test suite; test modules import from here, never from each other."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher

from wsp_desk.cli import main

# Light to import: a fresh process that measures the desk's start-up imports FakeClock from here.
if TYPE_CHECKING:
    import pytest

    from wsp_desk.db.models import Role
    from wsp_desk.desk import DeskContext
    from wsp_desk.domain.permissions import Actor

# A cheap hash keeps tests fast; the production parameters are argon2-cffi's defaults.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
GOOD_PASSWORD = "Koffie-en-een-stroopwafel-7"


class FakeClock:
    """A clock that only moves when a test moves it."""

    def __init__(self, start: datetime = datetime(2026, 11, 30, 8, 30, tzinfo=UTC)) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def make_actor(desk: DeskContext, username: str, role: Role) -> Actor:
    """Create an active user with GOOD_PASSWORD (no change forced) and return them as logged in."""
    from wsp_desk.db.models import User

    if not desk.users.has_users():
        desk.users.create_first_coordinator("coordinator", "Corrie Coördinator", GOOD_PASSWORD)
    if username != "coordinator":
        admin = desk.auth.login("coordinator", GOOD_PASSWORD)
        user = desk.users.add_user(admin, username, username.title(), role, GOOD_PASSWORD)
        with desk.database.write() as session:  # as if they had chosen their own password already
            session.get_one(User, user.id).must_change_password = False
    return desk.auth.login(username, GOOD_PASSWORD)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run `wsp-desk` with `argv` on a fake clock: its exit code, stdout and stderr."""
    try:
        code = main(list(argv), FakeClock())
    except SystemExit as exit_:  # argparse: --version, --help and bad usage
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def directory_snapshot(desk: DeskContext, actor: Actor) -> tuple[list[Any], list[Any]]:
    """The directory's content, without what a database adds (versions, times, who verified)."""
    organizations = [(o.id, o.data, o.state) for o in desk.directory.organizations(actor, include_archived=True)]
    services = [
        (s.id, s.organization_id, s.data, s.state) for s in desk.directory.services(actor, include_archived=True)
    ]
    return organizations, services


def png_image(width: int, height: int) -> bytes:
    """A small real PNG picture, as a logo."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#005a8c").save(buffer, format="PNG")
    return buffer.getvalue()
