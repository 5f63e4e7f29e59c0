"""The idle watcher: input anywhere in the application starts the count again."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from wsp_desk.gui.idle import IdleWatcher


def test_input_restarts_the_count_and_silence_ends_in_idle(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(60_000, field)
    timer = watcher.findChild(QTimer)
    watcher.start()
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_950)
    qtbot.keyClick(field, "a")
    assert timer.remainingTime() > 59_950
    watcher.stop()
    qtbot.keyClick(field, "b")
    assert not timer.isActive()  # a stopped watch stays stopped

    quick = IdleWatcher(20, field)
    with qtbot.waitSignal(quick.idle):
        quick.start()
