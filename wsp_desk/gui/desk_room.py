"""Where this desk's guide receives visitors: the room, remembered per PC, and the visitor kinds the guide calls.

The Balie page and the Gesprek page both call visitors; they share the remembered room (a preference of this PC), and a
chooser shows the room chosen on the other page as soon as it is shown again.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import preferences
from wsp_desk.services.locations import RoomView


def active_rooms(context: DeskContext, location_id: int) -> list[RoomView]:
    """The active rooms of a location, read again (a coordinator may have added one)."""
    try:
        locations = context.locations.list_locations()
    except DeskError:
        return []
    here = next((location for location in locations if location.id == location_id), None)
    return [room for room in here.rooms if room.active] if here else []


def served_kinds(context: DeskContext, actor: Actor) -> tuple[VisitorKind, ...]:
    """The visitor kinds this guide calls; empty means every kind."""
    try:
        me = next(guide for guide in context.users.guides(actor) if guide.id == actor.user_id)
    except (DeskError, StopIteration):
        return ()
    return me.serves_kinds


class RoomChooser(QComboBox):
    """The rooms of a location and "(no room)"; the choice is remembered for this PC."""

    def __init__(self, context: DeskContext, location_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("(no room)"), None)
        for room in active_rooms(context, location_id):
            self.addItem(room.name, room.id)
        self._follow_settings()
        self.currentIndexChanged.connect(lambda: preferences.ROOM.set(self.room_id()))

    def room_id(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)

    def _follow_settings(self) -> None:
        index = max(self.findData(preferences.ROOM.get()), 0)
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        self._follow_settings()  # another page of this desk may have chosen a room meanwhile
        super().showEvent(event)
