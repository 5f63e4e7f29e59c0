"""Logging in: argon2id hashes, the password policy, a growing delay and a temporary lockout.

Failures are counted per user name, whether or not the account exists, and every failure message is the same, so
the screen never tells a passer-by which names are real.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from typing import NoReturn, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import AuditResult, LoginThrottle, Role, User
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import AuthenticationFailed, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256
_COMMON_PASSWORDS = frozenset(
    {
        "welkom123456",
        "wachtwoord12",
        "wachtwoord123",
        "password1234",
        "password123456",
        "qwertyuiop12",
        "123456789012",
        "werkcentrum1",
        "werkcentrum123",
        "wsprijswijk1",
        "haaglanden12",
        "welkomwelkom",
    }
)


@dataclass(frozen=True)
class LockoutPolicy:
    """After each failure the next try must wait longer; after `max_failures` the name is locked for a while."""

    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=15)
    first_delay_seconds: int = 1
    max_delay_seconds: int = 30

    def delay_after(self, failures: int) -> timedelta:
        if failures <= 0:
            return timedelta(0)
        seconds = min(self.first_delay_seconds * 2 ** (failures - 1), self.max_delay_seconds)
        return timedelta(seconds=seconds)


def normalise_username(username: str) -> str:
    return username.strip().lower()


def check_password_policy(password: str, username: str) -> None:
    """Raise ValidationFailed when `password` breaks the desk's password rules (BIO2 5.17)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(
            "password",
            QT_TRANSLATE_NOOP("DeskError", "A password needs at least {length} characters."),
            length=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationFailed(
            "password",
            QT_TRANSLATE_NOOP("DeskError", "A password can have at most {length} characters."),
            length=MAX_PASSWORD_LENGTH,
        )
    name = normalise_username(username)
    if name and name in password.lower():
        raise ValidationFailed("password", QT_TRANSLATE_NOOP("DeskError", "A password must not contain the user name."))
    if len(set(password)) < 5 or password.lower() in _COMMON_PASSWORDS:
        raise ValidationFailed(
            "password",
            QT_TRANSLATE_NOOP("DeskError", "This password is too easy to guess. Choose a longer, less common one."),
        )


class Account(Protocol):
    """What an actor is made of: a stored user, or the plain view of one that the user service hands out."""

    @property
    def id(self) -> int: ...

    @property
    def username(self) -> str: ...

    @property
    def display_name(self) -> str: ...

    @property
    def role(self) -> Role: ...


def actor_for(user: Account, workstation: str) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, workstation)


class AuthService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        audit: AuditLog,
        workstation: str,
        *,
        hasher: PasswordHasher | None = None,
        policy: LockoutPolicy | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
        self._workstation = workstation
        self.hasher = hasher or PasswordHasher()
        self._policy = policy or LockoutPolicy()

    @cached_property
    def _dummy_hash(self) -> str:
        """Verified against for unknown names, so a failure takes as long whether or not the name exists."""
        return self.hasher.hash("not a real password, only for timing")

    def hash_password(self, password: str) -> str:
        return self.hasher.hash(password)

    def _password_matches(self, stored_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def login(self, username: str, password: str, *, action: str = "login") -> Actor:
        """Return the actor for a correct name and password; raise AuthenticationFailed otherwise."""
        name = normalise_username(username)
        with self._database.read() as session:
            wait = self._remaining_wait(session.get(LoginThrottle, name))
            user = session.scalar(select(User).where(User.username == name, User.active))
            stored_hash = user.password_hash if user is not None else None
        if wait:
            with self._database.write() as session:
                self._refuse(session, name, action, wait)
        # The slow hash check holds no lock, so a storm of logins never makes a desk's registration wait.
        matches = self._password_matches(stored_hash or self._dummy_hash, password) and stored_hash is not None
        new_hash = self.hasher.hash(password) if matches and self.hasher.check_needs_rehash(stored_hash or "") else None

        with self._database.write() as session:
            throttle = self._locked_throttle(session, name)
            # Guesses sent in parallel were all checked above; only one of them counts, the rest wait their turn.
            wait = self._remaining_wait(throttle)
            if wait:
                self._refuse(session, name, action, wait)
            user = session.scalar(select(User).where(User.username == name, User.active))
            if not matches or user is None or user.password_hash != stored_hash:
                throttle = self._count_failure(session, name, throttle, action)
                session.commit()
                raise AuthenticationFailed(self._remaining_wait(throttle))
            session.delete(throttle)
            # A plain UPDATE: logging in at two desks at once must not look like two people editing the account.
            values: dict[str, object] = {"last_login_at": self._clock.now()}
            if new_hash is not None:
                values["password_hash"] = new_hash
            session.execute(update(User).where(User.id == user.id).values(**values))
            actor = actor_for(user, self._workstation)
            self._audit.record(session, action, actor=actor, object_type="user", object_id=user.id)
            return actor

    def _refuse(self, session: Session, name: str, action: str, wait: int) -> NoReturn:
        self._audit.record(
            session, action, actor_name=name, result=AuditResult.DENIED, detail="refused while throttled"
        )
        session.commit()
        raise AuthenticationFailed(wait, refused=True)

    @staticmethod
    def _locked_throttle(session: Session, name: str) -> LoginThrottle:
        """The name's throttle row, created if missing and locked until commit: parallel tries count one by one."""
        insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(insert(LoginThrottle).values(username=name, failures=0).on_conflict_do_nothing())
        return session.get_one(LoginThrottle, name, with_for_update=True, populate_existing=True)

    def _remaining_wait(self, throttle: LoginThrottle | None) -> int:
        if throttle is None:
            return 0
        now = self._clock.now()
        if throttle.locked_until is not None and throttle.locked_until > now:
            return _whole_seconds(throttle.locked_until - now)
        if throttle.last_failure_at is not None:
            ready = throttle.last_failure_at + self._policy.delay_after(throttle.failures)
            if ready > now:
                return _whole_seconds(ready - now)
        return 0

    def _count_failure(self, session: Session, name: str, throttle: LoginThrottle, action: str) -> LoginThrottle:
        now = self._clock.now()
        if throttle.locked_until is not None and throttle.locked_until <= now:
            throttle.failures = 0  # a lockout that ran out starts a fresh count
            throttle.locked_until = None
        throttle.failures += 1
        throttle.last_failure_at = now
        self._audit.record(session, action, actor_name=name, result=AuditResult.FAILURE)
        if throttle.failures >= self._policy.max_failures:
            throttle.locked_until = now + self._policy.lockout
            self._audit.record(
                session,
                "lockout",
                actor_name=name,
                result=AuditResult.FAILURE,
                detail=f"locked for {int(self._policy.lockout.total_seconds())} s",
            )
        return throttle

    def unlock(self, actor: Actor, password: str) -> Actor:
        """Unlock a locked screen: only the person who locked it, with their password."""
        return self.login(actor.username, password, action="unlock")

    def refresh(self, actor: Actor) -> Actor | None:
        """The actor as the database knows them now: a changed role counts at once, a disabled account gives None.

        Rights are taken at login; desks ask again now and then, so a coordinator's change reaches an open desk.
        """
        if actor.user_id is None:
            return actor
        with self._database.read() as session:
            user = session.get(User, actor.user_id)
            if user is None or not user.active:
                return None
            return actor_for(user, actor.workstation)

    def record_lock(self, actor: Actor, reason: str) -> None:
        with self._database.write() as session:
            self._audit.record(session, "screen_lock", actor=actor, detail=reason)

    def logout(self, actor: Actor) -> None:
        with self._database.write() as session:
            self._audit.record(session, "logout", actor=actor)

    def change_own_password(self, actor: Actor, current_password: str, new_password: str) -> None:
        check_password_policy(new_password, actor.username)
        if current_password == new_password:
            raise ValidationFailed(
                "password", QT_TRANSLATE_NOOP("DeskError", "The new password must differ from the current one.")
            )
        with self._database.write() as session:
            user = session.get_one(User, actor.user_id)
            if not self._password_matches(user.password_hash, current_password):
                self._audit.record(
                    session,
                    "password_change",
                    actor=actor,
                    object_type="user",
                    object_id=user.id,
                    result=AuditResult.FAILURE,
                )
                session.commit()
                raise ValidationFailed(
                    "current_password", QT_TRANSLATE_NOOP("DeskError", "The current password is not correct.")
                )
            user.password_hash = self.hasher.hash(new_password)
            user.password_changed_at = self._clock.now()
            user.must_change_password = False
            self._audit.record(session, "password_change", actor=actor, object_type="user", object_id=user.id)

    def must_change_password(self, actor: Actor) -> bool:
        with self._database.read() as session:
            return session.get_one(User, actor.user_id).must_change_password


def _whole_seconds(delta: timedelta) -> int:
    return max(1, int(delta.total_seconds() + 0.999))
