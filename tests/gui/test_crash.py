"""An exception nobody caught reaches the log and a dialog, never only a traceback."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.support import MessageBoxes
from wsp_desk.errors import ConflictError
from wsp_desk.gui import crash
from wsp_desk.gui.messages import error_text
from wsp_desk.logs import setup_logging


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes that would have been shown; nothing blocks."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


@pytest.fixture
def hook() -> Iterator[None]:
    previous = sys.excepthook
    restore = crash.install()
    assert sys.excepthook is crash.handle_exception
    yield
    restore()
    assert sys.excepthook is previous


def _raise_uncaught(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_an_unexpected_error_goes_to_the_log_and_a_dialog_names_the_log(
    hook: None, shown_boxes: list[QMessageBox], qapp: object
) -> None:
    log_file = setup_logging()
    assert log_file is not None
    _raise_uncaught(RuntimeError("boom"))
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged
    assert "Traceback" in logged
    assert "RuntimeError: boom" in logged
    [box] = shown_boxes
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(log_file) in box.informativeText()
    assert "boom" not in box.text() + box.informativeText()


def test_without_a_log_file_the_dialog_says_so(hook: None, shown_boxes: list[QMessageBox], qapp: object) -> None:
    _raise_uncaught(ValueError("no log"))
    [box] = shown_boxes
    assert box.informativeText() == "The details could not be written to a log file."


def test_an_uncaught_desk_error_is_shown_as_its_sentence(hook: None, boxes: MessageBoxes, qapp: object) -> None:
    _raise_uncaught(ConflictError())
    assert boxes.warnings == [error_text(ConflictError())]
