"""The role × action table, every cell."""

from __future__ import annotations

import pytest

from wsp_desk.db.models import Role
from wsp_desk.domain.permissions import Action, Actor, allowed, require
from wsp_desk.errors import PermissionDenied

R, G, C = Role.RECEPTIONIST, Role.GUIDE, Role.COORDINATOR
EXPECTED = {
    Action.VIEW_QUEUE: {R, G, C},
    Action.REGISTER_VISIT: {R, G, C},
    Action.CALL_VISITOR: {G, C},
    Action.HOLD_CONVERSATION: {G, C},
    Action.READ_CONVERSATIONS: {G, C},
    Action.READ_DIRECTORY: {R, G, C},
    Action.EDIT_DIRECTORY: {C},
    Action.MANAGE_REFERRALS: {G, C},
    Action.MANAGE_USERS: {C},
    Action.MANAGE_LOCATIONS: {C},
    Action.MANAGE_SETTINGS: {C},
    Action.READ_AUDIT: {C},
    Action.READ_REPORTS: {C},
}


def test_every_action_is_in_the_expected_table() -> None:
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_role_action(role: Role, action: Action) -> None:
    actor = Actor(1, "someone", "Someone", role, "desk")
    assert allowed(role, action) == (role in EXPECTED[action])
    if role in EXPECTED[action]:
        require(actor, action)
    else:
        with pytest.raises(PermissionDenied):
            require(actor, action)
