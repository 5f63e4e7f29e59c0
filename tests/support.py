"""Test doubles shared by the test suite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher

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
