"""The waiting-room screen: tickets and rooms only, a flash and a chime for a new call, and `wsp-desk display`."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.support import FakeClock, make_actor
from wsp_desk import cli
from wsp_desk.config import DeskConfig
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import LocationKind, Role, VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui import preferences
from wsp_desk.gui.chime import write_chime
from wsp_desk.gui.display_command import run_display
from wsp_desk.gui.display_window import DisplayWindow
from wsp_desk.services.locations import LocationInput
from wsp_desk.services.queue import Registration


class FakeChime:
    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


@pytest.fixture
def location_id(desk: DeskContext) -> int:
    return desk.locations.list_locations()[0].id


@pytest.fixture
def room(desk: DeskContext, coordinator: Actor, location_id: int) -> int:
    return desk.locations.add_room(coordinator, location_id, "Spreekkamer 1").id


@pytest.fixture
def chime() -> FakeChime:
    return FakeChime()


@pytest.fixture
def display(
    qtbot: QtBot,
    desk: DeskContext,
    clock: FakeClock,
    location_id: int,
    chime: FakeChime,
) -> DisplayWindow:
    window = DisplayWindow(desk.queue_views, clock, location_id, chime, flash_ms=5)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    return window


def register(desk: DeskContext, actor: Actor, location_id: int, name: str = "") -> int:
    return desk.queue.register(actor, location_id, Registration(VisitorKind.JOB_SEEKER, name_or_initials=name)).id


def texts(display: DisplayWindow) -> list[str]:
    return [label.text() for label in display.findChildren(QLabel) if label.isVisible() and label.text()]


def test_the_screen_shows_tickets_rooms_and_the_number_waiting_never_a_name(
    display: DisplayWindow, desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, room: int
) -> None:
    assert texts(display) == [
        "WSP Rijswijk (Inhouse)",
        "09:30",
        "Welcome. Please wait until your number appears here.",
        "People waiting: 0",
    ]
    first = register(desk, receptionist, location_id, "Aylin de Vries")
    register(desk, receptionist, location_id, "Bram")
    register(desk, receptionist, location_id, "Chantal")
    desk.queue.call(guide, first, room)
    display.watcher.poll()
    assert texts(display) == [
        "WSP Rijswijk (Inhouse)",
        "09:30",
        "Your turn",
        "RW-001",
        "→\N{NO-BREAK SPACE}Spreekkamer 1",
        "People waiting: 2",
    ]
    desk.queue.start_conversation(guide, first)
    desk.queue.finish(guide, first)
    display.watcher.poll()
    assert "RW-001" not in texts(display)  # done: off the screen


def test_a_new_call_flashes_and_chimes_and_m_turns_the_chime_off(
    qtbot: QtBot,
    display: DisplayWindow,
    chime: FakeChime,
    desk: DeskContext,
    receptionist: Actor,
    guide: Actor,
    location_id: int,
    clock: FakeClock,
) -> None:
    first = register(desk, receptionist, location_id)
    register(desk, receptionist, location_id)
    display.watcher.poll()
    assert chime.plays == 0 and not display.highlighted  # a registration is no call

    desk.queue.call(guide, first)
    display.watcher.poll()
    assert chime.plays == 1 and display.highlighted
    qtbot.waitUntil(lambda: not display.highlighted)

    qtbot.keyClick(display, Qt.Key.Key_M)
    assert preferences.CHIME.get() is False
    assert "Chime off (M)" in texts(display)
    clock.advance(minutes=1)
    desk.queue.recall(guide, first)
    display.watcher.poll()
    assert chime.plays == 1 and display.highlighted  # still the flash, no sound

    qtbot.keyClick(display, Qt.Key.Key_M)
    assert "Chime off (M)" not in texts(display)
    desk.queue.start_conversation(guide, first)
    display.watcher.poll()
    assert chime.plays == 1  # no new call: a conversation starting is quiet


def test_the_earlier_calls_are_listed_below_the_newest(
    display: DisplayWindow, desk: DeskContext, receptionist: Actor, location_id: int, clock: FakeClock
) -> None:
    guides = [make_actor(desk, f"gids{number}", Role.GUIDE) for number in range(3)]
    for guide in guides:
        visit = register(desk, receptionist, location_id)
        clock.advance(minutes=1)
        desk.queue.call(guide, visit)
    display.watcher.poll()
    assert display.ticket_label.text() == "RW-003"
    assert [ticket.text() for ticket, _room in display.earlier] == ["RW-002", "RW-001", "", ""]
    assert display.earlier_caption.isVisible()


def test_escape_leaves_full_screen_and_f11_toggles_it(qtbot: QtBot, display: DisplayWindow) -> None:
    display.showFullScreen()
    assert display.isFullScreen()
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    assert not display.isFullScreen()
    qtbot.keyClick(display, Qt.Key.Key_F11)
    assert display.isFullScreen()
    qtbot.keyClick(display, Qt.Key.Key_F11)
    assert not display.isFullScreen()


def test_a_long_ticket_shrinks_to_fit(display: DisplayWindow) -> None:
    display.ticket_label.setText("POPW-123")
    display.resize(800, 1080)  # a portrait screen
    QApplication.processEvents()
    assert display.ticket_label.font().pixelSize() < round(1080 * 0.22)


def test_the_chime_is_a_short_two_tone_wave_file(tmp_path: Path) -> None:
    path = tmp_path / "chime.wav"
    write_chime(path)
    with wave.open(str(path)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (2, 2, 48_000)
        assert 0.8 < sound.getnframes() / sound.getframerate() < 1.5


# --- the command ----------------------------------------------------------------------------------------------------


@pytest.fixture
def quiet_display(qapp: QApplication) -> Iterator[None]:
    """The command's screen closed as soon as it shows.

    As in the command's own application, only the screen's `closed` ends it: a Quit event that closing the last
    window would post otherwise arrives after the command and stops the event loops of the tests that follow.
    """
    qapp.setQuitOnLastWindowClosed(False)

    def close_when_shown() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, DisplayWindow) and widget.isVisible():
                widget.close()

    closer = QTimer()
    closer.setInterval(10)
    closer.timeout.connect(close_when_shown)
    closer.start()
    yield
    closer.stop()
    qapp.setQuitOnLastWindowClosed(True)


def test_the_display_command_starts_without_a_login_and_says_which_location(
    qapp: QApplication,
    sqlite_url: str,
    desk: DeskContext,
    coordinator: Actor,
    quiet_display: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    today = desk.clock.now().date()
    popup = desk.locations.add_location(
        coordinator, LocationInput("Pop-up Station", LocationKind.POPUP, "POP", "", "Rijswijk", today, today)
    )
    assert run_display(DeskConfig(sqlite_url, "test-desk"), None, desk.clock, chime=lambda: None) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        "Waiting-room screen of WSP Rijswijk (Inhouse) (location 1).",
        f"Also open today: {popup.id} Pop-up Station. Choose one with --location ID.",
    ]
    shown = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, DisplayWindow)]
    assert not [widget for widget in shown if widget.isVisible()]  # closed, and the command returned


def test_the_display_command_takes_the_location_of_this_pc(
    qapp: QApplication,
    sqlite_url: str,
    desk: DeskContext,
    coordinator: Actor,
    quiet_display: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    today = desk.clock.now().date()
    popup = desk.locations.add_location(
        coordinator, LocationInput("Pop-up Station", LocationKind.POPUP, "POP", "", "Rijswijk", today, today)
    )
    preferences.LOCATION.set(popup.id)
    assert run_display(DeskConfig(sqlite_url, "test-desk"), None, desk.clock, chime=lambda: None) == 0
    assert capsys.readouterr().out.startswith(f"Waiting-room screen of Pop-up Station (location {popup.id}).")


def test_the_display_command_refuses_an_unknown_location(
    sqlite_url: str, desk: DeskContext, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--database", sqlite_url, "display", "--location", "99"], desk.clock) == 1
    assert capsys.readouterr().err == "wsp-desk: There is no location with number 99.\n"
