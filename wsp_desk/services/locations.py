"""Locations (the Inhouse location at the WSP and pop-ups) and their rooms, handed out as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from wsp_desk.db.engine import Database
from wsp_desk.db.models import Location, LocationKind, Room
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.tickets import PREFIX
from wsp_desk.errors import ConflictError, NotFound, ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog

INHOUSE_DEFAULT_NAME = "WSP Rijswijk (Inhouse)"


@dataclass(frozen=True)
class LocationInput:
    name: str
    kind: LocationKind
    ticket_prefix: str
    address: str = ""
    municipality: str = ""
    starts_on: date | None = None
    ends_on: date | None = None

    def cleaned(self) -> LocationInput:
        name = " ".join(self.name.split())
        if not name or len(name) > 120:
            raise ValidationFailed(
                "name", QT_TRANSLATE_NOOP("DeskError", "Enter a name for the location (at most 120 characters).")
            )
        prefix = self.ticket_prefix.strip().upper()
        if not PREFIX.match(prefix):
            raise ValidationFailed(
                "ticket_prefix",
                QT_TRANSLATE_NOOP("DeskError", "A ticket prefix has 1 to 4 letters, for example R or POP."),
            )
        if self.kind == LocationKind.POPUP and (self.starts_on is None or self.ends_on is None):
            raise ValidationFailed(
                "starts_on", QT_TRANSLATE_NOOP("DeskError", "A pop-up location needs a start and an end date.")
            )
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationFailed(
                "ends_on", QT_TRANSLATE_NOOP("DeskError", "The end date comes before the start date.")
            )
        if len(self.address) > 300 or len(self.municipality) > 80:
            raise ValidationFailed("address", QT_TRANSLATE_NOOP("DeskError", "The address is too long."))
        return LocationInput(
            name, self.kind, prefix, self.address.strip(), self.municipality.strip(), self.starts_on, self.ends_on
        )


@dataclass(frozen=True)
class RoomView:
    id: int
    version: int
    location_id: int
    name: str
    active: bool


@dataclass(frozen=True)
class LocationView:
    """A location with its rooms (by name), as a desk chooses it and the coordinator keeps it."""

    id: int
    version: int
    name: str
    kind: LocationKind
    ticket_prefix: str
    address: str
    municipality: str
    starts_on: date | None
    ends_on: date | None
    active: bool
    rooms: tuple[RoomView, ...] = ()

    def is_open_on(self, day: date) -> bool:
        return (
            self.active
            and (self.starts_on is None or self.starts_on <= day)
            and (self.ends_on is None or day <= self.ends_on)
        )


def _room_view(room: Room) -> RoomView:
    return RoomView(room.id, room.version, room.location_id, room.name, room.active)


def _location_view(location: Location) -> LocationView:
    return LocationView(
        id=location.id,
        version=location.version,
        name=location.name,
        kind=location.kind,
        ticket_prefix=location.ticket_prefix,
        address=location.address,
        municipality=location.municipality,
        starts_on=location.starts_on,
        ends_on=location.ends_on,
        active=location.active,
        rooms=tuple(_room_view(room) for room in location.rooms),
    )


class LocationService:
    def __init__(self, database: Database, audit: AuditLog) -> None:
        self._database = database
        self._audit = audit

    def list_locations(self, include_inactive: bool = True) -> list[LocationView]:
        query = select(Location).options(selectinload(Location.rooms)).order_by(Location.kind, Location.name)
        if not include_inactive:
            query = query.where(Location.active.is_(True))
        with self._database.read() as session:
            return [_location_view(location) for location in session.scalars(query)]

    def open_locations(self, day: date) -> list[LocationView]:
        """Locations a desk can work at on `day`: active, and for pop-ups within their dates."""
        return [location for location in self.list_locations(include_inactive=False) if location.is_open_on(day)]

    def ensure_inhouse_location(self, actor: Actor | None = None) -> LocationView:
        """The Inhouse location at the WSP exists from the first start; only created when there is no location."""
        with self._database.write() as session:
            existing = session.scalar(select(Location.id).order_by(Location.id).limit(1))
            if existing is not None:
                return self._with_rooms(session, existing)
            location = Location(
                name=INHOUSE_DEFAULT_NAME,
                kind=LocationKind.INHOUSE,
                ticket_prefix="R",
                municipality="Rijswijk",
                active=True,
            )
            session.add(location)
            session.flush()
            self._audit.record(
                session,
                "location_create",
                actor=actor,
                actor_name="setup",
                object_type="location",
                object_id=location.id,
            )
            return self._with_rooms(session, location.id)

    def _check_unique(self, session: Session, data: LocationInput, exclude_id: int | None) -> None:
        same_name = select(Location.id).where(func.lower(Location.name) == data.name.lower())
        same_prefix = select(Location.id).where(Location.ticket_prefix == data.ticket_prefix, Location.active)
        if exclude_id is not None:
            same_name = same_name.where(Location.id != exclude_id)
            same_prefix = same_prefix.where(Location.id != exclude_id)
        if session.scalar(same_name) is not None:
            raise ValidationFailed(
                "name", QT_TRANSLATE_NOOP("DeskError", "There is already a location named {name}."), name=data.name
            )
        if session.scalar(same_prefix) is not None:
            raise ValidationFailed(
                "ticket_prefix",
                QT_TRANSLATE_NOOP("DeskError", "Another active location already uses the prefix {prefix}."),
                prefix=data.ticket_prefix,
            )

    def add_location(self, actor: Actor, data: LocationInput) -> LocationView:
        require(actor, Action.MANAGE_LOCATIONS)
        data = data.cleaned()
        with self._database.write() as session:
            self._check_unique(session, data, None)
            location = Location(
                name=data.name,
                kind=data.kind,
                ticket_prefix=data.ticket_prefix,
                address=data.address,
                municipality=data.municipality,
                starts_on=data.starts_on,
                ends_on=data.ends_on,
                active=True,
            )
            session.add(location)
            session.flush()
            self._audit.record(session, "location_create", actor=actor, object_type="location", object_id=location.id)
            return self._with_rooms(session, location.id)

    def update_location(
        self, actor: Actor, location_id: int, expected_version: int, data: LocationInput
    ) -> LocationView:
        require(actor, Action.MANAGE_LOCATIONS)
        data = data.cleaned()
        with self._database.write() as session:
            location = self._load(session, location_id, expected_version)
            self._check_unique(session, data, location.id)
            changed = []
            for field in ("name", "kind", "ticket_prefix", "address", "municipality", "starts_on", "ends_on"):
                if getattr(location, field) != getattr(data, field):
                    setattr(location, field, getattr(data, field))
                    changed.append(field)
            if changed:
                self._audit.record(
                    session,
                    "location_update",
                    actor=actor,
                    object_type="location",
                    object_id=location.id,
                    detail="fields: " + ", ".join(changed),
                )
            return self._with_rooms(session, location.id)

    def set_location_active(self, actor: Actor, location_id: int, expected_version: int, active: bool) -> LocationView:
        require(actor, Action.MANAGE_LOCATIONS)
        with self._database.write() as session:
            location = self._load(session, location_id, expected_version)
            if active:
                self._check_unique(
                    session, LocationInput(location.name, location.kind, location.ticket_prefix), location.id
                )
            location.active = active
            self._audit.record(
                session,
                "location_activate" if active else "location_deactivate",
                actor=actor,
                object_type="location",
                object_id=location.id,
            )
            return self._with_rooms(session, location.id)

    def add_room(self, actor: Actor, location_id: int, name: str) -> RoomView:
        require(actor, Action.MANAGE_LOCATIONS)
        cleaned = self._room_name(name)
        with self._database.write() as session:
            self._load(session, location_id, None)
            self._check_room_unique(session, location_id, cleaned, None)
            room = Room(location_id=location_id, name=cleaned, active=True)
            session.add(room)
            session.flush()
            self._audit.record(
                session,
                "room_create",
                actor=actor,
                object_type="room",
                object_id=room.id,
                detail=f"location={location_id}",
            )
            return _room_view(room)

    def update_room(self, actor: Actor, room_id: int, expected_version: int, name: str, active: bool) -> RoomView:
        require(actor, Action.MANAGE_LOCATIONS)
        cleaned = self._room_name(name)
        with self._database.write() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This room no longer exists."))
            if room.version != expected_version:
                raise ConflictError()
            self._check_room_unique(session, room.location_id, cleaned, room.id)
            room.name = cleaned
            room.active = active
            self._audit.record(session, "room_update", actor=actor, object_type="room", object_id=room.id)
            session.flush()
            return _room_view(room)

    @staticmethod
    def _room_name(name: str) -> str:
        cleaned = " ".join(name.split())
        if not cleaned or len(cleaned) > 80:
            raise ValidationFailed("room", QT_TRANSLATE_NOOP("DeskError", "Enter a room name (at most 80 characters)."))
        return cleaned

    @staticmethod
    def _check_room_unique(session: Session, location_id: int, name: str, exclude_id: int | None) -> None:
        query = select(Room.id).where(Room.location_id == location_id, func.lower(Room.name) == name.lower())
        if exclude_id is not None:
            query = query.where(Room.id != exclude_id)
        if session.scalar(query) is not None:
            raise ValidationFailed(
                "room", QT_TRANSLATE_NOOP("DeskError", "This location already has a room named {name}."), name=name
            )

    @staticmethod
    def _load(session: Session, location_id: int, expected_version: int | None) -> Location:
        location = session.get(Location, location_id)
        if location is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "This location no longer exists."))
        if expected_version is not None and location.version != expected_version:
            raise ConflictError()
        return location

    @staticmethod
    def _with_rooms(session: Session, location_id: int) -> LocationView:
        session.flush()
        return _location_view(
            session.scalars(
                select(Location).options(selectinload(Location.rooms)).where(Location.id == location_id)
            ).one()
        )
