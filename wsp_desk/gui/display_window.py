"""The waiting-room screen: the tickets called last with their room, how many wait, and the time. Never a name.

It reads only `QueueViews.display_state()`, which holds tickets and rooms, so it needs no login: `wsp-desk display`
runs it on a PC of its own, and the Balie page opens it on a second monitor. A new call flashes and plays a chime.

Keys: Esc leaves full screen, F11 toggles it, M turns the chime off or on (remembered), Ctrl+Q closes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from wsp_desk.clock import Clock
from wsp_desk.dates import clock_time
from wsp_desk.errors import DeskError
from wsp_desk.gui import preferences
from wsp_desk.gui.chime import Sound
from wsp_desk.gui.messages import error_text
from wsp_desk.gui.queue_watcher import QueueWatcher
from wsp_desk.services.queue_views import DisplayState, QueueViews

EARLIER_SHOWN = 4
FLASHES = 6
FLASH_MS = 450

_BACKGROUND = "#101010"
_TEXT = "#ffffff"
_HIGHLIGHT = "#ffd400"
_QUIET = "#c8c8c8"
_RULE = "#3c3c3c"
NEWEST_SHARE = 60  # per cent of the width for the ticket called last


def _to_room(room: str) -> str:
    return f"→\N{NO-BREAK SPACE}{room}" if room else ""


def _font(base: QFont, pixels: int, bold: bool) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(pixels, 10))
    font.setBold(bold)
    return font


def _label(parent: QWidget, colour: str, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(f"color: {colour}; background: transparent;")
    label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    return label


class DisplayWindow(QWidget):
    """Large white and yellow text on near-black; every size follows the window's height."""

    closed = Signal()

    def __init__(
        self,
        views: QueueViews,
        clock: Clock,
        location_id: int,
        chime: Sound | None = None,
        parent: QWidget | None = None,
        *,
        flash_ms: int = FLASH_MS,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._views = views
        self._clock = clock
        self._location_id = location_id
        self._chime = chime
        self._seen_until: datetime | None = None  # the time of the latest call already shown
        self._loaded = False
        self._flashes_left = 0
        self.setWindowTitle(self.tr("Waiting-room screen"))
        self.setObjectName("display")
        self.setStyleSheet(f"#display {{ background: {_BACKGROUND}; }}")
        self.setAutoFillBackground(True)

        self.location_label = _label(self, _TEXT)
        self.time_label = _label(self, _TEXT, Qt.AlignmentFlag.AlignRight)
        self.newest = QFrame(self)
        self.newest.setObjectName("newest")
        self.newest.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption = _label(self.newest, _QUIET)
        self.caption.setWordWrap(True)
        self.ticket_label = _label(self.newest, _HIGHLIGHT)
        self.ticket_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.room_label = _label(self.newest, _TEXT)
        self.room_label.setWordWrap(True)
        earlier_panel = QWidget(self)
        earlier_panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.earlier_caption = _label(earlier_panel, _QUIET)
        self.earlier_caption.setText(self.tr("Called before"))
        self.earlier = [(_label(earlier_panel, _TEXT), _label(earlier_panel, _QUIET)) for _ in range(EARLIER_SHOWN)]
        for _ticket, room in self.earlier:
            room.setWordWrap(True)
        self.waiting_label = _label(self, _TEXT)
        self.notice = _label(self, _QUIET, Qt.AlignmentFlag.AlignRight)

        header = QHBoxLayout()
        header.addWidget(self.location_label, 1)
        header.addWidget(self.time_label)
        rule = QFrame(self)
        rule.setFixedHeight(2)
        rule.setStyleSheet(f"background: {_RULE};")
        self._newest_layout = QVBoxLayout(self.newest)
        self._newest_layout.addStretch(1)
        self._newest_layout.addWidget(self.caption)
        self._newest_layout.addWidget(self.ticket_label)
        self._newest_layout.addWidget(self.room_label)
        self._newest_layout.addStretch(1)
        # Each earlier call as its ticket with the room below it, so long room names keep their size.
        self._earlier_layout = QVBoxLayout(earlier_panel)
        self._earlier_layout.setContentsMargins(0, 0, 0, 0)
        self._earlier_layout.addWidget(self.earlier_caption)
        for ticket, room in self.earlier:
            pair = QVBoxLayout()
            pair.setSpacing(0)
            pair.addWidget(ticket)
            pair.addWidget(room)
            self._earlier_layout.addLayout(pair)
        self._earlier_layout.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.newest, NEWEST_SHARE)
        body.addWidget(earlier_panel, 100 - NEWEST_SHARE)
        footer = QHBoxLayout()
        footer.addWidget(self.waiting_label, 1)
        footer.addWidget(self.notice)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._layout.addWidget(rule)
        self._layout.addLayout(body, 1)
        self._layout.addLayout(footer)

        self._set_highlight(False)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(flash_ms)
        self._flash_timer.timeout.connect(self._flash_step)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._show_time)
        self._clock_timer.start()
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)

        self.watcher = QueueWatcher(views, clock, self)
        self.watcher.changed.connect(self.refresh)
        self.watcher.day_changed.connect(self.refresh)
        self.watcher.failed.connect(lambda error: self.notice.setText(error_text(error)))
        self.watcher.recovered.connect(self.refresh)
        self._show_time()
        try:
            self.watcher.start()
        except DeskError as error:
            self.notice.setText(error_text(error))
        self.refresh()

    @property
    def chime_on(self) -> bool:
        return preferences.CHIME.get()

    def refresh(self) -> None:
        """Show the state of now; a ticket called since the last look flashes, with the chime."""
        try:
            state = self._views.display_state(self._location_id, limit=EARLIER_SHOWN + 1)
        except DeskError as error:
            self.notice.setText(error_text(error))
            return
        self._show_notice()
        self._show(state)
        newest = state.called[0].called_at if state.called else None
        if newest is not None and (self._seen_until is None or newest > self._seen_until):
            if self._loaded:  # a call, a recall or a transfer since the last look
                self._announce()
            self._seen_until = newest
        self._loaded = True

    def _show(self, state: DisplayState) -> None:
        self.location_label.setText(state.location_name)
        if state.called:
            self.caption.setText(self.tr("Your turn"))
            self.ticket_label.setText(state.called[0].ticket)
            room = state.called[0].room_name
            self.room_label.setText(_to_room(room))
        else:
            self.caption.setText(self.tr("Welcome. Please wait until your number appears here."))
            self.ticket_label.setText("")
            self.room_label.setText("")
        earlier = state.called[1:]
        self.earlier_caption.setVisible(bool(earlier))
        for number, (earlier_ticket, earlier_room) in enumerate(self.earlier):
            called = earlier[number] if number < len(earlier) else None
            earlier_ticket.setText(called.ticket if called else "")
            earlier_room.setText(_to_room(called.room_name) if called else "")
        self.waiting_label.setText(self.tr("People waiting: {count}").format(count=state.waiting_count))
        self._fit_ticket()

    def _show_time(self) -> None:
        self.time_label.setText(clock_time(self._clock.now()))

    def _show_notice(self) -> None:
        self.notice.setText("" if self.chime_on else self.tr("Chime off (M)"))

    # --- a new call: flash and chime ----------------------------------------------------------------------------

    def _announce(self) -> None:
        self._flashes_left = FLASHES
        self._set_highlight(True)
        self._flash_timer.start()
        if self._chime is not None and self.chime_on:
            self._chime.play()

    def _flash_step(self) -> None:
        self._flashes_left -= 1
        self._set_highlight(self._flashes_left % 2 == 0 and self._flashes_left > 0)
        if self._flashes_left <= 0:
            self._flash_timer.stop()

    @property
    def highlighted(self) -> bool:
        return self.newest.property("highlighted") is True

    def _set_highlight(self, on: bool) -> None:
        """Yellow on black, or black on yellow while a new call flashes."""
        self.newest.setProperty("highlighted", on)
        background, ticket = (_HIGHLIGHT, _BACKGROUND) if on else (_BACKGROUND, _HIGHLIGHT)
        self.newest.setStyleSheet(f"#newest {{ background: {background}; border-radius: 16px; }}")
        self.ticket_label.setStyleSheet(f"color: {ticket}; background: transparent;")
        self.room_label.setStyleSheet(f"color: {_BACKGROUND if on else _TEXT}; background: transparent;")

    # --- size, keys, closing ------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_sizes()
        super().resizeEvent(event)

    def _apply_sizes(self) -> None:
        """Readable across a room: the sizes are parts of the window's height; a long ticket shrinks to fit."""
        height = max(self.height(), 200)
        margin = round(height * 0.03)
        self._layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._layout.setSpacing(margin)
        self._newest_layout.setContentsMargins(margin, 0, margin, 0)
        self._earlier_layout.setSpacing(margin // 2)
        for labels, part, bold in (
            ((self.location_label, self.time_label), 0.055, True),
            ((self.caption, self.earlier_caption), 0.045, False),
            ((self.room_label,), 0.09, True),
            (tuple(ticket for ticket, _room in self.earlier), 0.065, True),
            (tuple(room for _ticket, room in self.earlier), 0.045, False),
            ((self.waiting_label, self.notice), 0.05, False),
        ):
            for label in labels:
                label.setFont(_font(self.font(), round(height * part), bold))
        self._fit_ticket()

    def _fit_ticket(self) -> None:
        """The ticket called last as large as the height allows, smaller where a long number would not fit."""
        height = max(self.height(), 200)
        margin = round(height * 0.03)
        width = (self.width() - 4 * margin) * NEWEST_SHARE // 100 - 3 * margin
        font = _font(self.font(), round(height * 0.22), True)
        advance = QFontMetrics(font).horizontalAdvance(self.ticket_label.text())
        if advance > width > 0:
            font.setPixelSize(max(font.pixelSize() * width // advance, 10))
        self.ticket_label.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_M:
            preferences.CHIME.set(not self.chime_on)
            self._show_notice()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()
        self._clock_timer.stop()
        super().closeEvent(event)
        self.closed.emit()
