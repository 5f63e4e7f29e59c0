"""What this PC remembers for the desk (QSettings), each setting declared once with its key, type and default.

Settings of the whole installation live in the database (`services.settings`); these belong to one PC: its
location and room, the UI language, the chime, and where windows and columns were left.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Flag:
    """An on/off choice."""

    key: str
    default: bool

    def get(self) -> bool:
        return bool(QSettings().value(self.key, self.default, type=bool))

    def set(self, value: bool) -> None:
        QSettings().setValue(self.key, value)


@dataclass(frozen=True)
class Number:
    """A record's number, or None while nothing is chosen (an unreadable value counts as nothing)."""

    key: str

    def get(self) -> int | None:
        value = QSettings().value(self.key)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set(self, value: int | None) -> None:
        QSettings().setValue(self.key, value)


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of codes, each with its label; anything else reads as the default."""

    key: str
    default: str
    choices: Mapping[str, str]

    def get(self) -> str:
        value = QSettings().value(self.key, self.default)
        return value if isinstance(value, str) and value in self.choices else self.default

    def set(self, value: str) -> None:
        if value not in self.choices:
            raise ValueError(f"{self.key} cannot be {value!r}")
        QSettings().setValue(self.key, value)


@dataclass(frozen=True)
class WidgetState:
    """What Qt's saveGeometry()/saveState() gave, for restoring the same layout next time."""

    key: str

    def get(self) -> QByteArray | None:
        value = QSettings().value(self.key)
        return value if isinstance(value, QByteArray) else None

    def set(self, value: QByteArray) -> None:
        QSettings().setValue(self.key, value)


# Each language named in itself, so a person finds their own whatever the current language is.
LANGUAGE = Choice("ui/language", "nl", {"nl": "Nederlands", "en": "English"})
LOCATION = Number("desk/location_id")  # where this PC worked last: the login and the display start there
ROOM = Number("desk/room_id")  # shared by the Balie and Gesprek pages
CHIME = Flag("display/chime", True)
PRINT_AFTER_REGISTERING = Flag("reception/print_after_registering", False)
CONVERSATION_COLUMNS = WidgetState("conversation/columns")
MAIN_WINDOW_GEOMETRY = WidgetState("main_window/geometry")
MAIN_WINDOW_STATE = WidgetState("main_window/state")
