"""`wsp-desk display`: the waiting-room screen on a PC of its own, without a login."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wsp_desk.clock import Clock
from wsp_desk.config import DeskConfig
from wsp_desk.dates import desk_day
from wsp_desk.desk import DeskContext, open_desk
from wsp_desk.errors import NotFound
from wsp_desk.gui import crash, preferences, translations
from wsp_desk.gui.chime import Chime, SoundFactory
from wsp_desk.gui.display_window import DisplayWindow
from wsp_desk.gui.qapp import create_qapplication
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.locations import LocationView


def choose_location(context: DeskContext, location_id: int | None) -> LocationView:
    """The location asked for; else the one this PC worked at last, if open today; else the first open one."""
    if location_id is not None:
        found = next((loc for loc in context.locations.list_locations() if loc.id == location_id), None)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("DeskError", "There is no location with number {number}."), number=location_id
            )
        return found
    open_today = context.locations.open_locations(desk_day(context.clock.now()))
    remembered = preferences.LOCATION.get()
    for location in open_today:
        if location.id == remembered:
            return location
    if not open_today:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "No location is open today."))
    return open_today[0]


def run_display(
    config: DeskConfig, location_id: int | None, clock: Clock, *, chime: SoundFactory = Chime.create
) -> int:
    """`wsp-desk display`: the screen full-size on this PC, until it is closed (Ctrl+Q)."""
    app = QApplication.instance() or create_qapplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = translations.install(app)
    restore_excepthook = crash.install()
    try:
        context, _ = open_desk(config.database_url, config.workstation, clock)
        try:
            return _show_display(app, context, location_id, chime)
        finally:
            context.close()
    finally:
        restore_excepthook()
        translations.uninstall(app, translators)


def _show_display(app: QApplication, context: DeskContext, location_id: int | None, chime: SoundFactory) -> int:
    location = choose_location(context, location_id)
    open_today = context.locations.open_locations(desk_day(context.clock.now()))
    others = [other for other in open_today if other.id != location.id]
    print(f"Waiting-room screen of {location.name} (location {location.id}).")
    if location_id is None and others:
        choices = ", ".join(f"{other.id} {other.name}" for other in others)
        print(f"Also open today: {choices}. Choose one with --location ID.")
    print("Esc leaves full screen, F11 toggles it, M turns the chime off or on, Ctrl+Q closes.")
    window = DisplayWindow(context.queue_views, context.clock, location.id, chime())
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.closed.connect(app.quit)
    window.showFullScreen()
    return app.exec()
