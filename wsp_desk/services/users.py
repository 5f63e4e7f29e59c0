"""Managing personal accounts. People with history are disabled, never deleted (their actions stay traceable)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import LoginThrottle, Role, User, VisitorKind
from wsp_desk.domain.permissions import PERMISSIONS, Action, Actor, require
from wsp_desk.domain.validation import limit_text, normalise_email, normalise_phone
from wsp_desk.errors import ConflictError, DeskError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.auth import AuthService, check_password_policy, normalise_username

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def check_username(username: str) -> str:
    name = normalise_username(username)
    if not _USERNAME.match(name):
        raise ValidationFailed(
            "username",
            QT_TRANSLATE_NOOP(
                "DeskError",
                "A user name has 2 to 64 characters: letters a-z, digits, dot, dash or underscore.",
            ),
        )
    return name


def check_display_name(display_name: str) -> str:
    cleaned = " ".join(display_name.split())
    if not cleaned or len(cleaned) > 120:
        raise ValidationFailed(
            "display_name", QT_TRANSLATE_NOOP("DeskError", "Enter the person's name (at most 120 characters).")
        )
    return limit_text(cleaned, 120, "display_name", one_line=True)


@dataclass(frozen=True)
class Guide:
    """A colleague who calls visitors; `serves_kinds` empty means every kind."""

    id: int
    display_name: str
    serves_kinds: tuple[VisitorKind, ...]


@dataclass(frozen=True)
class UserView:
    """A personal account as the coordinator manages it; the password hash never leaves the service."""

    id: int
    version: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    serves_kinds: tuple[VisitorKind, ...]
    last_login_at: datetime | None
    work_phone: str = ""  # E.164, as stored
    work_email: str = ""


def _user_view(user: User) -> UserView:
    return UserView(
        id=user.id,
        version=user.version,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
        must_change_password=user.must_change_password,
        serves_kinds=tuple(VisitorKind(kind) for kind in user.serves_kinds),
        last_login_at=user.last_login_at,
        work_phone=user.work_phone,
        work_email=user.work_email,
    )


class UserService:
    def __init__(self, database: Database, clock: Clock, audit: AuditLog, auth: AuthService) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit
        self._auth = auth

    def has_users(self) -> bool:
        with self._database.read() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def guides(self, actor: Actor) -> list[Guide]:
        """The active colleagues who call visitors, by name: whom a desk can hand a visitor to."""
        require(actor, Action.VIEW_QUEUE)
        query = (
            select(User.id, User.display_name, User.serves_kinds)
            .where(User.active.is_(True), User.role.in_(list(PERMISSIONS[Action.CALL_VISITOR])))
            .order_by(User.display_name)
        )
        with self._database.read() as session:
            return [
                Guide(user_id, name, tuple(VisitorKind(kind) for kind in kinds or ()))
                for user_id, name, kinds in session.execute(query)
            ]

    def list_users(self, actor: Actor) -> list[UserView]:
        require(actor, Action.MANAGE_USERS)
        with self._database.read() as session:
            return [
                _user_view(user) for user in session.scalars(select(User).order_by(User.active.desc(), User.username))
            ]

    def create_first_coordinator(self, username: str, display_name: str, password: str) -> UserView:
        """First run: the one account that may be made without logging in, and only while there is none."""
        name = check_username(username)
        display = check_display_name(display_name)
        check_password_policy(password, name)
        with self._database.write() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise DeskError(
                    QT_TRANSLATE_NOOP("DeskError", "This database already has users; log in as a coordinator.")
                )
            user = self._new_user(session, name, display, Role.COORDINATOR, password, must_change=False)
            self._audit.record(
                session,
                "user_create",
                actor_name=name,
                object_type="user",
                object_id=user.id,
                detail="first coordinator",
            )
            return _user_view(user)

    def add_user(self, actor: Actor, username: str, display_name: str, role: Role, password: str) -> UserView:
        require(actor, Action.MANAGE_USERS)
        name = check_username(username)
        display = check_display_name(display_name)
        check_password_policy(password, name)
        with self._database.write() as session:
            if session.scalar(select(User.id).where(User.username == name)) is not None:
                raise ValidationFailed(
                    "username", QT_TRANSLATE_NOOP("DeskError", "The user name {name} is already taken."), name=name
                )
            # The coordinator knows this password, so the person chooses their own at first login.
            user = self._new_user(session, name, display, role, password, must_change=True)
            self._audit.record(
                session, "user_create", actor=actor, object_type="user", object_id=user.id, detail=f"role={role}"
            )
            return _user_view(user)

    def _new_user(
        self, session: Session, name: str, display: str, role: Role, password: str, *, must_change: bool
    ) -> User:
        now = self._clock.now()
        user = User(
            username=name,
            display_name=display,
            role=role,
            password_hash=self._auth.hash_password(password),
            must_change_password=must_change,
            active=True,
            serves_kinds=[],
            created_at=now,
            password_changed_at=now,
        )
        session.add(user)
        session.flush()
        return user

    def _load(self, session: Session, user_id: int, expected_version: int | None) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This user no longer exists."))
        if expected_version is not None and user.version != expected_version:
            raise ConflictError()
        return user

    def update_user(
        self,
        actor: Actor,
        user_id: int,
        expected_version: int,
        *,
        display_name: str,
        role: Role,
        serves_kinds: Sequence[VisitorKind] | None = None,
    ) -> UserView:
        """Change name and role and, for those who call visitors, the kinds that "call next" takes for them."""
        require(actor, Action.MANAGE_USERS)
        display = check_display_name(display_name)
        with self._database.write() as session:
            user = self._load(session, user_id, expected_version)
            if user.role != role:
                if user.role == Role.COORDINATOR:
                    self._keep_a_coordinator(session, user)
                self._audit.record(
                    session,
                    "user_role_change",
                    actor=actor,
                    object_type="user",
                    object_id=user.id,
                    detail=f"{user.role} -> {role}",
                )
                user.role = role
            kinds = sorted({VisitorKind(kind).value for kind in serves_kinds}) if serves_kinds is not None else None
            if kinds is not None and kinds != sorted(user.serves_kinds):
                user.serves_kinds = kinds
                self._audit.record(
                    session,
                    "user_serves_kinds",
                    actor=actor,
                    object_type="user",
                    object_id=user.id,
                    detail="kinds=" + ",".join(kinds),
                )
            if user.display_name != display:
                user.display_name = display
                self._audit.record(session, "user_rename", actor=actor, object_type="user", object_id=user.id)
            session.flush()
            return _user_view(user)

    def account(self, actor: Actor, user_id: int) -> UserView:
        """One account: one's own, or any for a coordinator."""
        if actor.user_id != user_id:
            require(actor, Action.MANAGE_USERS)
        with self._database.read() as session:
            return _user_view(self._load(session, user_id, None))

    def set_work_contact(self, actor: Actor, user_id: int, phone: str, email: str) -> UserView:
        """The phone and e-mail on which partners reach someone about a handover: their own, or set by a
        coordinator."""
        if actor.user_id != user_id:
            require(actor, Action.MANAGE_USERS)
        work_phone = normalise_phone(phone, "work_phone")
        work_email = normalise_email(email, "work_email")
        with self._database.write() as session:
            user = self._load(session, user_id, None)
            if (user.work_phone, user.work_email) != (work_phone, work_email):
                user.work_phone, user.work_email = work_phone, work_email
                self._audit.record(session, "user_work_contact", actor=actor, object_type="user", object_id=user.id)
            session.flush()
            return _user_view(user)

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        require(actor, Action.MANAGE_USERS)
        with self._database.write() as session:
            user = self._load(session, user_id, None)
            check_password_policy(new_password, user.username)
            user.password_hash = self._auth.hash_password(new_password)
            user.password_changed_at = self._clock.now()
            user.must_change_password = user.id != actor.user_id
            throttle = session.get(LoginThrottle, user.username)
            if throttle is not None:
                session.delete(throttle)
            self._audit.record(session, "password_reset", actor=actor, object_type="user", object_id=user.id)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserView:
        require(actor, Action.MANAGE_USERS)
        with self._database.write() as session:
            user = self._load(session, user_id, None)
            if user.active == active:
                return _user_view(user)
            if not active:
                if user.id == actor.user_id:
                    raise DeskError(QT_TRANSLATE_NOOP("DeskError", "You cannot disable your own account."))
                if user.role == Role.COORDINATOR:
                    self._keep_a_coordinator(session, user)
            user.active = active
            if active:  # tries while the account was disabled must not keep its owner waiting now
                throttle = session.get(LoginThrottle, user.username)
                if throttle is not None:
                    session.delete(throttle)
            self._audit.record(
                session,
                "user_enable" if active else "user_disable",
                actor=actor,
                object_type="user",
                object_id=user.id,
            )
            session.flush()
            return _user_view(user)

    def _keep_a_coordinator(self, session: Session, leaving: User) -> None:
        others = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.COORDINATOR, User.active.is_(True), User.id != leaving.id)
        )
        if not others:
            raise DeskError(
                QT_TRANSLATE_NOOP(
                    "DeskError", "There must always be one active coordinator; appoint another one first."
                )
            )
