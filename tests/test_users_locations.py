"""The rules of managing users, locations and rooms — on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError, fields
from datetime import date

import pytest

from tests.support import GOOD_PASSWORD, FakeClock
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import LocationKind, Role, VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import ConflictError, DeskError, PermissionDenied, ValidationFailed
from wsp_desk.services.audit import AuditEventView
from wsp_desk.services.locations import LocationInput, LocationView, RoomView
from wsp_desk.services.settings import IDLE_LOCK_MINUTES
from wsp_desk.services.users import UserView

POPUP = LocationInput(
    "Pop-up Station", LocationKind.POPUP, "pop", "Stationsplein 1", "Rijswijk", date(2026, 12, 1), date(2026, 12, 31)
)


def find_user(desk: DeskContext, actor: Actor, username: str) -> UserView:
    return next(user for user in desk.users.list_users(actor) if user.username == username)


def actions(desk: DeskContext, actor: Actor) -> list[str]:
    return [event.action for event in reversed(desk.audit.recent(actor))]


# --- permissions ----------------------------------------------------------------------------------------------------

GUIDE_REFUSED: dict[str, Callable[[DeskContext, Actor, int, int], object]] = {
    "list users": lambda desk, actor, _u, _l: desk.users.list_users(actor),
    "add user": lambda desk, actor, _u, _l: desk.users.add_user(actor, "nieuw", "Nieuw", Role.GUIDE, GOOD_PASSWORD),
    "update user": lambda desk, actor, u, _l: desk.users.update_user(
        actor, u, 1, display_name="X", role=Role.COORDINATOR
    ),
    "reset password": lambda desk, actor, u, _l: desk.users.reset_password(actor, u, GOOD_PASSWORD + "!"),
    "disable user": lambda desk, actor, u, _l: desk.users.set_active(actor, u, False),
    "add location": lambda desk, actor, _u, _l: desk.locations.add_location(actor, POPUP),
    "update location": lambda desk, actor, _u, loc: desk.locations.update_location(actor, loc, 1, POPUP),
    "deactivate location": lambda desk, actor, _u, loc: desk.locations.set_location_active(actor, loc, 1, False),
    "add room": lambda desk, actor, _u, loc: desk.locations.add_room(actor, loc, "Kamer"),
    "change setting": lambda desk, actor, _u, _l: desk.settings.set(actor, IDLE_LOCK_MINUTES, 10),
}


@pytest.mark.parametrize("call", GUIDE_REFUSED.values(), ids=GUIDE_REFUSED.keys())
def test_a_guide_may_not_manage(
    desk: DeskContext, coordinator: Actor, guide: Actor, call: Callable[[DeskContext, Actor, int, int], object]
) -> None:
    before = actions(desk, coordinator)
    location_id = desk.locations.list_locations()[0].id
    with pytest.raises(PermissionDenied):
        call(desk, guide, coordinator.user_id or 0, location_id)
    assert actions(desk, coordinator) == before
    assert find_user(desk, coordinator, "coordinator").role == Role.COORDINATOR


# --- users ----------------------------------------------------------------------------------------------------------


def test_add_user_forces_a_new_password_and_is_audited(desk: DeskContext, coordinator: Actor) -> None:
    added = desk.users.add_user(coordinator, "  J.Jansen ", " Jan   Jansen ", Role.RECEPTIONIST, GOOD_PASSWORD)
    assert (added.username, added.display_name, added.must_change_password) == ("j.jansen", "Jan Jansen", True)
    assert desk.auth.must_change_password(desk.auth.login("j.jansen", GOOD_PASSWORD))
    event = desk.audit.recent(coordinator, username="coordinator")[0]
    assert (event.action, event.object_id, event.detail) == ("user_create", str(added.id), "role=receptionist")
    with pytest.raises(ValidationFailed) as taken:
        desk.users.add_user(coordinator, "J.JANSEN", "Ander", Role.GUIDE, GOOD_PASSWORD)
    assert taken.value.field == "username"
    assert desk.audit.verify().intact


def test_role_change_and_rename_are_audited(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    user = find_user(desk, coordinator, "gids")
    changed = desk.users.update_user(coordinator, user.id, user.version, display_name="Gijs", role=Role.COORDINATOR)
    assert (changed.role, changed.display_name, changed.version) == (Role.COORDINATOR, "Gijs", user.version + 1)
    assert actions(desk, coordinator)[-2:] == ["user_role_change", "user_rename"]
    assert desk.audit.recent(coordinator)[1].detail == "guide -> coordinator"


def test_stale_user_edit_is_refused_and_changes_nothing(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    user = find_user(desk, coordinator, "gids")
    desk.users.update_user(coordinator, user.id, user.version, display_name="Eerste", role=Role.GUIDE)
    with pytest.raises(ConflictError):
        desk.users.update_user(coordinator, user.id, user.version, display_name="Tweede", role=Role.RECEPTIONIST)
    after = find_user(desk, coordinator, "gids")
    assert (after.display_name, after.role) == ("Eerste", Role.GUIDE)


def test_reset_password_forces_a_change_and_clears_the_throttle(
    desk: DeskContext, coordinator: Actor, guide: Actor
) -> None:
    with pytest.raises(DeskError):
        desk.auth.login("gids", "wrong password!")
    desk.users.reset_password(coordinator, guide.user_id or 0, "Een-nieuw-begin-2027")
    actor = desk.auth.login("gids", "Een-nieuw-begin-2027")  # no delay left from the failure
    assert desk.auth.must_change_password(actor)
    assert "password_reset" in actions(desk, coordinator)


def test_a_disabled_user_cannot_log_in_and_comes_back(
    desk: DeskContext, clock: FakeClock, coordinator: Actor, guide: Actor
) -> None:
    desk.users.set_active(coordinator, guide.user_id or 0, False)
    with pytest.raises(DeskError):
        desk.auth.login("gids", GOOD_PASSWORD)
    desk.users.set_active(coordinator, guide.user_id or 0, True)
    clock.advance(seconds=1)  # the refused login counts as a failure
    assert desk.auth.login("gids", GOOD_PASSWORD).username == "gids"
    trail = actions(desk, coordinator)
    assert trail.index("user_disable") < trail.index("user_enable")


def test_nobody_disables_their_own_account(desk: DeskContext, coordinator: Actor) -> None:
    with pytest.raises(DeskError, match="your own account"):
        desk.users.set_active(coordinator, coordinator.user_id or 0, False)


def test_there_is_always_an_active_coordinator(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    me = find_user(desk, coordinator, "coordinator")
    with pytest.raises(DeskError, match="one active coordinator"):
        desk.users.update_user(coordinator, me.id, me.version, display_name=me.display_name, role=Role.GUIDE)

    second = find_user(desk, coordinator, "gids")
    desk.users.update_user(coordinator, second.id, second.version, display_name="Gids", role=Role.COORDINATOR)
    desk.users.set_active(coordinator, second.id, False)  # a disabled coordinator does not count
    with pytest.raises(DeskError, match="one active coordinator"):
        desk.users.update_user(coordinator, me.id, me.version, display_name=me.display_name, role=Role.GUIDE)

    desk.users.set_active(coordinator, second.id, True)
    demoted = desk.users.update_user(coordinator, me.id, me.version, display_name=me.display_name, role=Role.GUIDE)
    assert demoted.role == Role.GUIDE
    other = desk.auth.login("gids", GOOD_PASSWORD)
    with pytest.raises(DeskError, match="one active coordinator"):
        desk.users.set_active(coordinator, second.id, False)
    assert find_user(desk, other, "gids").active


# --- locations and rooms --------------------------------------------------------------------------------------------


def test_add_and_update_a_location(desk: DeskContext, coordinator: Actor) -> None:
    added = desk.locations.add_location(coordinator, POPUP)
    assert (added.ticket_prefix, added.active, added.rooms) == ("POP", True, ())
    changed = desk.locations.update_location(
        coordinator, added.id, added.version, LocationInput(**{**POPUP.__dict__, "municipality": "Den Haag"})
    )
    assert (changed.municipality, changed.version) == ("Den Haag", added.version + 1)
    assert actions(desk, coordinator)[-2:] == ["location_create", "location_update"]
    assert desk.audit.recent(coordinator)[0].detail == "fields: municipality"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"ticket_prefix": "P0P"}, "ticket_prefix"),
        ({"starts_on": None}, "starts_on"),
        ({"ends_on": date(2026, 11, 1)}, "ends_on"),
        ({"name": "wsp rijswijk (inhouse)"}, "name"),
        ({"ticket_prefix": "r"}, "ticket_prefix"),
    ],
)
def test_location_rules(desk: DeskContext, coordinator: Actor, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        desk.locations.add_location(coordinator, LocationInput(**{**POPUP.__dict__, **changes}))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert len(desk.locations.list_locations()) == 1


def test_a_prefix_is_unique_among_active_locations(desk: DeskContext, coordinator: Actor) -> None:
    first = desk.locations.add_location(coordinator, POPUP)
    first = desk.locations.set_location_active(coordinator, first.id, first.version, False)
    desk.locations.add_location(coordinator, LocationInput(**{**POPUP.__dict__, "name": "Pop-up Bibliotheek"}))
    with pytest.raises(ValidationFailed) as refused:
        desk.locations.set_location_active(coordinator, first.id, first.version, True)
    assert refused.value.field == "ticket_prefix"
    assert "location_deactivate" in actions(desk, coordinator)


def test_stale_location_changes_are_refused(desk: DeskContext, coordinator: Actor) -> None:
    inhouse = desk.locations.list_locations()[0]
    desk.locations.update_location(
        coordinator, inhouse.id, inhouse.version, LocationInput(inhouse.name, inhouse.kind, "W")
    )
    with pytest.raises(ConflictError):
        desk.locations.update_location(
            coordinator, inhouse.id, inhouse.version, LocationInput(inhouse.name, inhouse.kind, "X")
        )
    with pytest.raises(ConflictError):
        desk.locations.set_location_active(coordinator, inhouse.id, inhouse.version, False)
    after = desk.locations.list_locations()[0]
    assert (after.ticket_prefix, after.active) == ("W", True)


def test_rooms(desk: DeskContext, coordinator: Actor) -> None:
    inhouse = desk.locations.list_locations()[0]
    popup = desk.locations.add_location(coordinator, POPUP)
    room = desk.locations.add_room(coordinator, inhouse.id, " Spreekkamer  1 ")
    assert room.name == "Spreekkamer 1"
    desk.locations.add_room(coordinator, popup.id, "spreekkamer 1")  # another location may use the name
    with pytest.raises(ValidationFailed) as taken:
        desk.locations.add_room(coordinator, inhouse.id, "SPREEKKAMER 1")
    assert taken.value.field == "room"

    renamed = desk.locations.update_room(coordinator, room.id, room.version, "Gesprekskamer", False)
    assert (renamed.name, renamed.active) == ("Gesprekskamer", False)
    with pytest.raises(ConflictError):
        desk.locations.update_room(coordinator, room.id, room.version, "Oud", True)
    assert [(r.name, r.active) for r in desk.locations.list_locations()[0].rooms] == [("Gesprekskamer", False)]
    assert actions(desk, coordinator)[-3:] == ["room_create", "room_create", "room_update"]
    assert desk.audit.verify().intact


def test_the_kinds_a_guide_calls_are_set_with_the_user(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    version = next(user.version for user in desk.users.list_users(coordinator) if user.id == guide.user_id)
    desk.users.update_user(
        coordinator,
        guide.user_id or 0,
        version,
        display_name="Gids",
        role=Role.GUIDE,
        serves_kinds=[VisitorKind.EMPLOYER, VisitorKind.EMPLOYED],
    )
    assert [g.serves_kinds for g in desk.users.guides(coordinator) if g.id == guide.user_id] == [
        (VisitorKind.EMPLOYED, VisitorKind.EMPLOYER)
    ]
    assert desk.audit.recent(coordinator, limit=1)[0].action == "user_serves_kinds"


# --- what the services hand out -------------------------------------------------------------------------------------


def test_users_locations_rooms_and_the_trail_come_out_as_frozen_plain_values(
    desk: DeskContext, coordinator: Actor, guide: Actor
) -> None:
    inhouse = desk.locations.list_locations()[0]
    room = desk.locations.add_room(coordinator, inhouse.id, "Spreekkamer 1")
    renamed = desk.locations.update_room(coordinator, room.id, room.version, "Spreekkamer 2", True)
    user = find_user(desk, coordinator, "gids")
    returned: dict[type, list[object]] = {
        LocationView: [
            inhouse,
            desk.locations.ensure_inhouse_location(),
            *desk.locations.open_locations(date(2026, 12, 1)),
            desk.locations.add_location(coordinator, POPUP),
            desk.locations.set_location_active(coordinator, inhouse.id, inhouse.version, True),
        ],
        RoomView: [room, renamed, *desk.locations.list_locations()[0].rooms],
        UserView: [
            user,
            desk.users.add_user(coordinator, "nieuw", "Nieuw", Role.GUIDE, GOOD_PASSWORD),
            desk.users.update_user(coordinator, user.id, user.version, display_name="Gijs", role=Role.GUIDE),
            desk.users.set_active(coordinator, user.id, False),
        ],
        AuditEventView: list(desk.audit.recent(coordinator)),
    }
    for kind, values in returned.items():
        assert values and all(type(value) is kind for value in values)
        with pytest.raises(FrozenInstanceError):
            setattr(values[0], fields(kind)[0].name, 0)
    assert renamed.version == room.version + 1
    assert "password_hash" not in {field.name for field in fields(UserView)}


def test_work_contact_is_ones_own_or_a_coordinators_to_set(
    desk: DeskContext, coordinator: Actor, guide: Actor, receptionist: Actor
) -> None:
    assert guide.user_id is not None and receptionist.user_id is not None
    desk.users.set_work_contact(guide, guide.user_id, "06 12345678", "")
    assert desk.users.account(coordinator, guide.user_id).work_phone == "+31612345678"
    desk.users.set_work_contact(coordinator, guide.user_id, "", "gids@example.org")
    assert desk.users.account(guide, guide.user_id).work_email == "gids@example.org"
    with pytest.raises(PermissionDenied):
        desk.users.set_work_contact(receptionist, guide.user_id, "", "")
    with pytest.raises(PermissionDenied):
        desk.users.account(receptionist, guide.user_id)
    with pytest.raises(ValidationFailed) as refused:
        desk.users.set_work_contact(guide, guide.user_id, "12", "")
    assert refused.value.field == "work_phone"
    assert "user_work_contact" in actions(desk, coordinator)
