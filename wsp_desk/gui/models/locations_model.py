"""The coordinator's lists of locations and of the rooms of one location."""

from __future__ import annotations

from wsp_desk.gui.labels import format_short_day, location_kind_label
from wsp_desk.gui.models.record_model import Column, RecordModel, active_column
from wsp_desk.services.locations import LocationView


class LocationsModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda location: location.name),
            Column(self.tr("Kind"), lambda location: location_kind_label(location.kind)),
            Column(self.tr("Ticket prefix"), lambda location: location.ticket_prefix),
            Column(self.tr("Municipality"), lambda location: location.municipality),
            Column(self.tr("Period"), self._period, self._period_key),
            active_column(),
        ]

    def _period(self, location: LocationView) -> str:
        starts, ends = location.starts_on, location.ends_on
        if starts and ends:
            return f"{format_short_day(starts)} – {format_short_day(ends)}"
        if starts:
            return self.tr("from {date}").format(date=format_short_day(starts))
        if ends:
            return self.tr("until {date}").format(date=format_short_day(ends))
        return self.tr("always")

    @staticmethod
    def _period_key(location: LocationView) -> str:
        return f"{location.starts_on or ''}/{location.ends_on or ''}"


class RoomsModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Room"), lambda room: room.name),
            active_column(),
        ]
