"""Login, password policy, growing delay and lockout — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.support import GOOD_PASSWORD, FakeClock
from wsp_desk.db.models import AuditEvent, AuditResult, LoginThrottle, Role, User
from wsp_desk.errors import AuthenticationFailed, ValidationFailed
from wsp_desk.services.auth import LockoutPolicy, check_password_policy
from wsp_desk.services.context import DeskContext
from wsp_desk.services.permissions import Actor


def test_login_returns_the_actor_and_is_audited(desk: DeskContext, guide: Actor) -> None:
    actor = desk.auth.login("  GIDS ", GOOD_PASSWORD)
    assert (actor.username, actor.role, actor.workstation) == ("gids", Role.GUIDE, "test-desk")
    last = desk.audit.recent(actor, username="gids")[0]
    assert (last.action, last.result, last.workstation) == ("login", AuditResult.SUCCESS, "test-desk")


@pytest.mark.parametrize("username", ["gids", "nobody"])
def test_failure_message_is_the_same_for_known_and_unknown_names(
    desk: DeskContext, guide: Actor, username: str
) -> None:
    with pytest.raises(AuthenticationFailed) as failure:
        desk.auth.login(username, "wrong password!")
    assert failure.value.message == "Login failed. Check your name and password."


def test_growing_delay_then_lockout_then_release(desk: DeskContext, guide: Actor, clock: FakeClock) -> None:
    policy = LockoutPolicy()
    for attempt in range(1, policy.max_failures + 1):
        with pytest.raises(AuthenticationFailed):
            desk.auth.login("gids", "wrong password!")
        if attempt < policy.max_failures:
            # Trying again at once is refused without even checking the password.
            with pytest.raises(AuthenticationFailed) as refused:
                desk.auth.login("gids", GOOD_PASSWORD)
            assert refused.value.retry_after_seconds == policy.delay_after(attempt).total_seconds()
            clock.advance(seconds=policy.delay_after(attempt).total_seconds())

    # Locked: even the right password is refused for the lockout period.
    clock.advance(minutes=14)
    with pytest.raises(AuthenticationFailed) as locked:
        desk.auth.login("gids", GOOD_PASSWORD)
    assert 0 < locked.value.retry_after_seconds <= 60
    clock.advance(minutes=1, seconds=1)
    assert desk.auth.login("gids", GOOD_PASSWORD).username == "gids"

    with desk.database.read() as session:
        assert session.get(LoginThrottle, "gids") is None
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.actor_name == "gids")))
    assert actions.count("lockout") == 1
    assert desk.audit.verify().intact


def test_unknown_names_are_throttled_too(desk: DeskContext, coordinator: Actor) -> None:
    with pytest.raises(AuthenticationFailed):
        desk.auth.login("ghost", "whatever-password")
    with pytest.raises(AuthenticationFailed) as refused:
        desk.auth.login("ghost", "whatever-password")
    assert refused.value.retry_after_seconds >= 1


def test_disabled_user_cannot_log_in(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    desk.users.set_active(coordinator, guide.user_id or 0, False)
    with pytest.raises(AuthenticationFailed):
        desk.auth.login("gids", GOOD_PASSWORD)


def test_unlock_and_password_change(desk: DeskContext, guide: Actor, clock: FakeClock) -> None:
    assert desk.auth.unlock(guide, GOOD_PASSWORD).user_id == guide.user_id
    with pytest.raises(ValidationFailed) as wrong:
        desk.auth.change_own_password(guide, "not my password", "Een-heel-nieuw-wachtwoord-9")
    assert wrong.value.field == "current_password"
    desk.auth.change_own_password(guide, GOOD_PASSWORD, "Een-heel-nieuw-wachtwoord-9")
    clock.advance(minutes=1)
    assert desk.auth.login("gids", "Een-heel-nieuw-wachtwoord-9").username == "gids"


def test_new_users_must_choose_their_own_password(desk: DeskContext, coordinator: Actor) -> None:
    desk.users.add_user(coordinator, "nieuw", "Nieuwe Collega", Role.RECEPTIONIST, GOOD_PASSWORD)
    actor = desk.auth.login("nieuw", GOOD_PASSWORD)
    assert desk.auth.must_change_password(actor)
    desk.auth.change_own_password(actor, GOOD_PASSWORD, "Mijn-eigen-geheime-zin-4")
    assert not desk.auth.must_change_password(actor)


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("kort-1", "at least 12"),
        ("x" * 257, "at most 256"),
        ("mijn-naam-is-gids-123", "user name"),
        ("aaaaaaaaaaaaaaaa", "too easy"),
        ("Welkom123456", "too easy"),
    ],
)
def test_password_policy(password: str, reason: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        check_password_policy(password, "gids")
    assert reason in refused.value.message
    assert refused.value.field == "password"


def test_password_hashes_are_argon2id(desk: DeskContext, guide: Actor) -> None:
    with desk.database.read() as session:
        stored = session.get_one(User, guide.user_id).password_hash
    assert stored.startswith("$argon2id$")
    assert GOOD_PASSWORD not in stored


def test_a_failure_says_how_long_the_next_try_must_wait(desk: DeskContext, guide: Actor) -> None:
    with pytest.raises(AuthenticationFailed) as failure:
        desk.auth.login("gids", "wrong password!")
    assert (failure.value.retry_after_seconds, failure.value.refused) == (1, False)
    assert failure.value.message == "Login failed. Check your name and password."


def test_enabling_an_account_again_clears_its_failed_tries(
    desk: DeskContext, coordinator: Actor, guide: Actor, clock: FakeClock
) -> None:
    desk.users.set_active(coordinator, guide.user_id or 0, False)
    for _ in range(LockoutPolicy().max_failures):
        clock.advance(minutes=1)
        with pytest.raises(AuthenticationFailed):
            desk.auth.login("gids", GOOD_PASSWORD)
    desk.users.set_active(coordinator, guide.user_id or 0, True)
    assert desk.auth.login("gids", GOOD_PASSWORD).username == "gids"


def test_a_desk_learns_of_a_new_role_or_a_disabled_account(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    assert desk.auth.refresh(guide) == guide
    version = next(user.version for user in desk.users.list_users(coordinator) if user.id == guide.user_id)
    desk.users.update_user(coordinator, guide.user_id or 0, version, display_name="Gids", role=Role.RECEPTIONIST)
    refreshed = desk.auth.refresh(guide)
    assert refreshed is not None and refreshed.role == Role.RECEPTIONIST
    desk.users.set_active(coordinator, guide.user_id or 0, False)
    assert desk.auth.refresh(guide) is None
