"""The last resort for an exception nobody caught: it goes to the log, and the person gets a dialog naming the log.

An uncaught DeskError is an expected problem that a window did not handle; it is shown as its own sentence.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from wsp_desk.errors import DeskError
from wsp_desk.gui.messages import show_error
from wsp_desk.logs import current_log_file

log = logging.getLogger(__name__)
_showing = False


def install() -> Callable[[], None]:
    """Make `handle_exception` the exception hook; return a function that puts the previous one back."""
    previous = sys.excepthook
    sys.excepthook = handle_exception

    def restore() -> None:
        sys.excepthook = previous

    return restore


def handle_exception(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
    global _showing  # noqa: PLW0603 - one dialog at a time, however many errors follow
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    if isinstance(error, DeskError):
        log.warning("a %s reached no window", kind.__name__)  # its message may hold names: not logged
    else:
        log.critical("unexpected error", exc_info=(kind, error, traceback))
    if _showing or QCoreApplication.instance() is None:
        return
    _showing = True
    try:
        if isinstance(error, DeskError):
            show_error(None, error)
        else:
            show_crash_dialog(current_log_file())
    finally:
        _showing = False


def show_crash_dialog(log_file: Path | None) -> None:
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QGuiApplication.applicationDisplayName(),
        translate(
            "CrashDialog",
            "Something went wrong in WSP Desk. What you saved before is safe. "
            "If this happens again, tell your coordinator or the service desk.",
        ),
    )
    if log_file is None:
        box.setInformativeText(translate("CrashDialog", "The details could not be written to a log file."))
    else:
        box.setInformativeText(
            translate("CrashDialog", "The details are in the log file:\n{path}").format(path=log_file)
        )
    box.exec()
