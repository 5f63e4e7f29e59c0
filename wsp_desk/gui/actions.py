"""Every action of the desk is made here: its text, its shortcut, and a tooltip that names the key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Keys = QKeySequence | QKeySequence.StandardKey | str


def shortcut_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    keys: Keys = "",
    tooltip: str = "",
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    """An action that runs `slot`; its tooltip (the text itself unless given) ends in the key: "Lock (Ctrl+L)"."""
    action = QAction(text, parent)
    if keys:
        action.setShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys))
        action.setShortcutContext(context)
    shown = tooltip or action.toolTip()
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{shown} ({key})" if key else shown)
    action.triggered.connect(lambda *_checked: slot())  # never hands `checked` to a slot with an optional argument
    return action
