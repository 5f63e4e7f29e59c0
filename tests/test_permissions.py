"""Who may do what, through the real services: each role's work goes through, the rest is refused underneath, and
what the desk hides (it asks `allowed`) is exactly what the services refuse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.support import make_actor
from wsp_desk.db.models import Role, VisitorKind
from wsp_desk.desk import DeskContext
from wsp_desk.domain.directory import OrganizationData
from wsp_desk.domain.permissions import Action, Actor, allowed
from wsp_desk.errors import PermissionDenied
from wsp_desk.services.queue import Registration
from wsp_desk.services.settings import IDLE_LOCK_MINUTES


@dataclass(frozen=True)
class Scene:
    """A desk in the middle of the day: a visitor waits, another is in a conversation with notes."""

    location_id: int
    conversation_id: int


@pytest.fixture
def scene(desk: DeskContext, coordinator: Actor) -> Scene:
    location_id = desk.locations.list_locations()[0].id
    talking = desk.queue.register(coordinator, location_id, Registration(VisitorKind.JOB_SEEKER)).id
    desk.queue.register(coordinator, location_id, Registration(VisitorKind.JOB_SEEKER))
    desk.queue.call(coordinator, talking)
    conversation = desk.conversations.begin(coordinator, talking)
    desk.conversations.save(coordinator, conversation.id, notes="Vertrouwelijk: schulden bij de bank")
    return Scene(location_id, conversation.id)


Step = Callable[[DeskContext, Actor, Scene], object]

# One step of the desk's work that each action stands for (reports have no service yet: the desk has no such page).
STEPS: dict[Action, Step] = {
    Action.VIEW_QUEUE: lambda desk, actor, scene: desk.queue_views.today(actor, scene.location_id),
    Action.REGISTER_VISIT: lambda desk, actor, scene: desk.queue.register(
        actor, scene.location_id, Registration(VisitorKind.EMPLOYER)
    ),
    Action.CALL_VISITOR: lambda desk, actor, scene: desk.queue.call_next(actor, scene.location_id),
    Action.HOLD_CONVERSATION: lambda desk, actor, _scene: desk.conversations.ongoing(actor),
    Action.READ_CONVERSATIONS: lambda desk, actor, scene: desk.conversations.open(actor, scene.conversation_id),
    Action.READ_DIRECTORY: lambda desk, actor, _scene: desk.directory.services(actor),
    Action.EDIT_DIRECTORY: lambda desk, actor, _scene: desk.directory.create_organization(
        actor, OrganizationData(name="Buurthuis De Bron")
    ),
    Action.MANAGE_REFERRALS: lambda desk, actor, _scene: desk.referrals.referrals(actor),
    Action.MANAGE_USERS: lambda desk, actor, _scene: desk.users.list_users(actor),
    Action.MANAGE_LOCATIONS: lambda desk, actor, scene: desk.locations.add_room(actor, scene.location_id, "Kamer 9"),
    Action.MANAGE_SETTINGS: lambda desk, actor, _scene: desk.settings.set(actor, IDLE_LOCK_MINUTES, 10),
    Action.READ_AUDIT: lambda desk, actor, _scene: desk.audit.recent(actor),
}


def may(desk: DeskContext, actor: Actor, scene: Scene, action: Action) -> bool:
    """Whether the service lets `actor` take the step of `action`."""
    try:
        STEPS[action](desk, actor, scene)
    except PermissionDenied:
        return False
    return True


def test_a_receptionist_registers_and_follows_the_queue_but_reads_no_notes(
    desk: DeskContext, receptionist: Actor, scene: Scene
) -> None:
    for action in (Action.VIEW_QUEUE, Action.REGISTER_VISIT, Action.READ_DIRECTORY):
        assert may(desk, receptionist, scene, action), action
    for action in (Action.READ_CONVERSATIONS, Action.CALL_VISITOR, Action.HOLD_CONVERSATION, Action.MANAGE_REFERRALS,
                   Action.EDIT_DIRECTORY, Action.MANAGE_USERS, Action.MANAGE_LOCATIONS, Action.MANAGE_SETTINGS,
                   Action.READ_AUDIT):  # fmt: skip
        assert not may(desk, receptionist, scene, action), action


def test_a_guide_calls_talks_and_hands_over_but_manages_nothing(desk: DeskContext, guide: Actor, scene: Scene) -> None:
    for action in (Action.VIEW_QUEUE, Action.REGISTER_VISIT, Action.CALL_VISITOR, Action.HOLD_CONVERSATION,
                   Action.READ_CONVERSATIONS, Action.READ_DIRECTORY, Action.MANAGE_REFERRALS):  # fmt: skip
        assert may(desk, guide, scene, action), action
    for action in (Action.EDIT_DIRECTORY, Action.MANAGE_USERS, Action.MANAGE_LOCATIONS, Action.MANAGE_SETTINGS,
                   Action.READ_AUDIT):  # fmt: skip
        assert not may(desk, guide, scene, action), action


def test_a_coordinator_does_every_step(desk: DeskContext, scene: Scene) -> None:
    other = make_actor(desk, "tweede", Role.COORDINATOR)  # free to call: the first one is in a conversation
    for action in STEPS:
        assert may(desk, other, scene, action), action


@pytest.mark.parametrize("role", list(Role))
def test_the_desk_hides_exactly_what_the_service_refuses(desk: DeskContext, scene: Scene, role: Role) -> None:
    actor = make_actor(desk, "iemand", role)
    for action in STEPS:
        assert may(desk, actor, scene, action) == allowed(role, action), action
