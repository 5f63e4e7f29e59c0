"""Who may do what: the one role → action table, checked by every service.

The GUI asks `allowed()` only to hide what the service would refuse anyway.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from wsp_desk.domain.enums import Role
from wsp_desk.errors import PermissionDenied


class Action(enum.StrEnum):
    VIEW_QUEUE = "view_queue"
    REGISTER_VISIT = "register_visit"
    CALL_VISITOR = "call_visitor"
    HOLD_CONVERSATION = "hold_conversation"
    READ_CONVERSATIONS = "read_conversations"
    READ_DIRECTORY = "read_directory"
    EDIT_DIRECTORY = "edit_directory"
    MANAGE_REFERRALS = "manage_referrals"
    MANAGE_USERS = "manage_users"
    MANAGE_LOCATIONS = "manage_locations"
    MANAGE_SETTINGS = "manage_settings"
    READ_AUDIT = "read_audit"
    READ_REPORTS = "read_reports"


_R, _G, _C = Role.RECEPTIONIST, Role.GUIDE, Role.COORDINATOR

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_QUEUE: frozenset({_R, _G, _C}),
    Action.REGISTER_VISIT: frozenset({_R, _G, _C}),
    Action.CALL_VISITOR: frozenset({_G, _C}),
    Action.HOLD_CONVERSATION: frozenset({_G, _C}),
    # Need-to-know: a receptionist does not read conversation notes.
    Action.READ_CONVERSATIONS: frozenset({_G, _C}),
    Action.READ_DIRECTORY: frozenset({_R, _G, _C}),
    Action.EDIT_DIRECTORY: frozenset({_C}),
    Action.MANAGE_REFERRALS: frozenset({_G, _C}),
    Action.MANAGE_USERS: frozenset({_C}),
    Action.MANAGE_LOCATIONS: frozenset({_C}),
    Action.MANAGE_SETTINGS: frozenset({_C}),
    Action.READ_AUDIT: frozenset({_C}),
    Action.READ_REPORTS: frozenset({_C}),
}


@dataclass(frozen=True)
class Actor:
    """The person working at this desk, as the services see them (no user id: an administrator's command line)."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    workstation: str


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]


def require(actor: Actor, action: Action) -> None:
    if not allowed(actor.role, action):
        raise PermissionDenied()
