"""Following the queue that every desk changes: a cheap look at the newest visit event, once a second."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from wsp_desk.clock import Clock
from wsp_desk.dates import desk_day
from wsp_desk.errors import DeskError
from wsp_desk.services.queue_views import QueueViews


class QueueWatcher(QObject):
    """Polls `QueueViews.latest_event_id()` (one index lookup) and says what happened since the last look.

    - `changed(since)`: some desk changed some visit after event `since`; pass it to `changes_since()`. A listener
      whose update failed sets `token` back to `since`, so the next poll offers the same changes again.
    - `day_changed()`: the desk day turned over: time to load the new day in full.
    - `failed(error)` once when the database cannot be read, `recovered()` once when it can again.

    `start()` takes the current token: call it just before loading the queue in full, so no change falls between.
    """

    changed = Signal(int)
    day_changed = Signal()
    failed = Signal(object)
    recovered = Signal()

    def __init__(self, views: QueueViews, clock: Clock, parent: QObject | None = None, interval_ms: int = 1000):
        super().__init__(parent)
        self._views = views
        self._clock = clock
        self.token = 0
        self._day: date | None = None
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Take the current token and the day, and poll from now on; raises DeskError when the database is out."""
        self._day = desk_day(self._clock.now())
        self.token = self._views.latest_event_id()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        try:
            latest = self._views.latest_event_id()
        except DeskError as error:
            if not self._failing:
                self._failing = True
                self.failed.emit(error)
            return
        if self._failing:
            self._failing = False
            self.recovered.emit()
        day = desk_day(self._clock.now())
        if day != self._day:
            self._day, self.token = day, latest
            self.day_changed.emit()
        elif latest != self.token:
            since, self.token = self.token, latest
            self.changed.emit(since)
