"""Saving a conversation as it is typed: at most a second behind, and again by itself after a failure."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from wsp_desk.errors import DeskError
from wsp_desk.services.conversations import ConversationView

# Saving waits this long for the next keystroke, but never lets a change wait longer than MAX_DELAY_MS.
DEBOUNCE_MS = 500
MAX_DELAY_MS = 1000
# After a failed save, the next try comes by itself this much later (or with the next change).
RETRY_MS = 5000


class Autosave(QObject):
    """Saves the parts of a conversation that changed, soon after they change.

    `mark(part)` says a part changed; a single-shot timer, restarted on each change but never past MAX_DELAY_MS
    after the first unsaved one, then calls `save(parts)`. `flush()` saves at once. A failure keeps the parts
    pending (what was typed stays in the form) and tries again after RETRY_MS or with the next change.
    """

    saved = Signal(object)  # the ConversationView the service returned
    failed = Signal(object)  # the DeskError

    def __init__(self, save: Callable[[set[str]], ConversationView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: set[str] = set()
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> frozenset[str]:
        return frozenset(self._pending)

    def mark(self, part: str) -> None:
        if not self._pending:
            self._since.start()
        self._pending.add(part)
        self._timer.start(max(0, min(DEBOUNCE_MS, MAX_DELAY_MS - self._since.elapsed())))

    def flush(self) -> bool:
        """Save what is pending now; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        parts = set(self._pending)
        try:
            view = self._save(parts)
        except DeskError as error:
            # Typing on saves again at the usual pace (not with every key); without typing, after RETRY_MS.
            self._since.start()
            self._timer.start(RETRY_MS)
            self.failed.emit(error)
            return False
        self._pending -= parts
        self.saved.emit(view)
        return True

    def reset(self) -> None:
        """Forget what is pending (another conversation comes)."""
        self._timer.stop()
        self._pending.clear()
