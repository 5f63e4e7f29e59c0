"""What a page of the main window is given: the desk, who works at it and where, and a few seams to the window.

Pages depend on this, never on the main window, so the window can import every page without a circle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QMenu

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui.chime import SoundFactory
from wsp_desk.services.locations import LocationView


@dataclass(frozen=True)
class PageContext:
    desk: DeskContext
    actor: Actor
    location: LocationView | None  # None: no location is open today
    # Tells the window that the work waiting on its pages may have changed ("Handovers (3)").
    counts_changed: Callable[[], None]
    # Makes the chime of a waiting-room screen that a page opens.
    chime: SoundFactory


@runtime_checkable
class HasMenus(Protocol):
    """A page with menus of its own: the window puts them in its menu bar, after its own."""

    def menus(self) -> list[QMenu]: ...
