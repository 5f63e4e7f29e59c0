"""The desk's few colours of meaning, each readable on a light and on a dark window.

A colour is never the only cue: a mark, a word or a tooltip says the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel

# Backgrounds for time that runs out (waiting long, a follow-up due): black text on them has a contrast above
# 7:1, in light and dark themes alike.
AMBER = QColor("#ffc857")
RED = QColor("#ff8a80")
ON_SIGNAL = QColor("#000000")


def _dark(palette: QPalette | None) -> bool:
    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def error_colour(palette: QPalette | None = None) -> QColor:
    """Text of a problem: dark red on a light window, light red on a dark one."""
    return QColor("#ff9e9e" if _dark(palette) else "#a4000f")


def error_background(palette: QPalette | None = None) -> QColor:
    """Behind a cell with a problem: light red on a light window, dark red on a dark one."""
    return QColor("#5c1a1a" if _dark(palette) else "#ffd7d7")


def warning_colour(palette: QPalette | None = None) -> QColor:
    """Text of a mark to notice, not an error: dark orange on a light window, light orange on a dark one."""
    return QColor("#ffb45e" if _dark(palette) else "#9a4a00")


def ok_colour(palette: QPalette | None = None) -> QColor:
    """Text of good news, such as "open now": dark green on a light window, light green on a dark one."""
    return QColor("#7bd88f" if _dark(palette) else "#1e7b34")


@dataclass(frozen=True)
class Banner:
    background: str
    text: str
    border: str

    def style_sheet(self) -> str:
        return (
            f"QLabel {{ background: {self.background}; color: {self.text}; border: 1px solid {self.border};"
            " border-radius: 4px; padding: 6px; }"
        )


def notice_banner(palette: QPalette | None = None) -> Banner:
    """A warning to heed before acting (a record still to verify): yellow."""
    return Banner("#3d3200", "#ffe08a", "#8a6d00") if _dark(palette) else Banner("#fff1c2", "#5c4400", "#e0b000")


def info_banner(palette: QPalette | None = None) -> Banner:
    """A message to read (a partner's own announcement): blue."""
    return Banner("#10243f", "#bcd4ff", "#3d6fb8") if _dark(palette) else Banner("#e3ecfb", "#123a7a", "#7a9fd6")


def quiet_panel(frame: QFrame, name: str) -> None:
    """A softly set-off panel in the window's own colours (light and dark alike), such as the visitor's header."""
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet(
        f"QFrame#{name} {{ background: palette(alternate-base); border: 1px solid palette(midlight);"
        " border-radius: 6px; }"
    )


def show_as_error(label: QLabel, *, bold: bool = False) -> None:
    """Draw the label's text in the error colour of its window."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    label.setPalette(palette)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
