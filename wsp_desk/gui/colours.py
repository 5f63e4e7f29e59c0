"""The desk's few colours of meaning, each readable on a light and on a dark window.

A colour is never the only cue: a mark, a word or a tooltip says the same.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

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


def show_as_error(label: QLabel, *, bold: bool = False) -> None:
    """Draw the label's text in the error colour of its window."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    label.setPalette(palette)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
