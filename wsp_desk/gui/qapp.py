"""The one Qt application of a process, set up alike for the desk and the waiting-room screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from wsp_desk import __version__, paths


def create_qapplication(argv: Sequence[str]) -> QApplication:
    app = QApplication(list(argv))
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("WSP Desk")
    app.setStyle("Fusion")
    app.setPalette(readable_palette(app.palette()))
    # DeskApplication says when the desk is done: between login and main window no window is open.
    app.setQuitOnLastWindowClosed(False)
    return app


def readable_palette(palette: QPalette) -> QPalette:
    """The platform's palette (so a high-contrast theme stays), with placeholder and disabled text dark enough
    to read on a light theme (WCAG AA contrast)."""
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return palette
    readable = QPalette(palette)
    readable.setColor(QPalette.ColorRole.PlaceholderText, QColor("#595959"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        readable.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6b6b"))
    return readable
