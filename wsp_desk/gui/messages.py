"""How an expected problem (a DeskError) reaches the person at the desk: as one translated sentence.

Services mark their messages with QT_TRANSLATE_NOOP("DeskError", …); here the template is translated first and the
fields filled in after, so a name or number in the message never breaks the translation.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from wsp_desk.errors import DeskError
from wsp_desk.gui import prompts
from wsp_desk.gui.colours import show_as_error


def error_text(error: DeskError) -> str:
    return QCoreApplication.translate("DeskError", error.template).format(**error.fields)


def show_error(parent: QWidget | None, error: DeskError) -> None:
    """Tell about a problem that has no input to point at, in a message box."""
    prompts.warn(parent, error_text(error))


def password_hint() -> str:
    """The password rules in one sentence, for every form where a person chooses a password."""
    from wsp_desk.services.auth import MIN_PASSWORD_LENGTH  # only dialogs about passwords need it

    return QCoreApplication.translate(
        "PasswordHint", "At least {length} characters, not easy to guess, and without your user name."
    ).format(length=MIN_PASSWORD_LENGTH)


def _mark_as_error(label: QLabel) -> None:
    show_as_error(label)
    label.setWordWrap(True)


class InlineErrors:
    """Shows a problem next to the input it is about.

    `fields` maps a ValidationFailed.field (or a name of the dialog's own checks) to its input and error label;
    any other problem goes to the `general` label.
    """

    def __init__(self, fields: Mapping[str, tuple[QWidget, QLabel]], general: QLabel) -> None:
        self._fields = dict(fields)
        self._general = general
        for label in self._labels():
            _mark_as_error(label)
        self.clear()

    def _labels(self) -> list[QLabel]:
        return [label for _, label in self._fields.values()] + [self._general]

    def clear(self) -> None:
        for label in self._labels():
            label.clear()
            label.hide()
        for widget, _ in self._fields.values():
            widget.setAccessibleDescription("")

    def show(self, error: DeskError) -> None:
        self.show_text(getattr(error, "field", ""), error_text(error))

    def show_text(self, field: str, text: str) -> None:
        self.clear()
        widget, label = self._fields.get(field, (None, self._general))
        label.setText(text)
        label.show()
        if widget is not None:
            widget.setAccessibleDescription(text)  # a screen reader says it when the input gets focus
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()


class RetryCountdown(QObject):
    """Keeps a button disabled while the login service asks to wait, counting the seconds down on it."""

    interval_ms = 1000

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button)
        self._button = button
        self._text = button.text()
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self, seconds: int) -> None:
        self._left = seconds
        self._button.setEnabled(False)
        self._show_left()
        self._timer.start()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_left()
            return
        self._timer.stop()
        self._button.setText(self._text)
        self._button.setEnabled(True)

    def _show_left(self) -> None:
        self._button.setText(self.tr("Wait {seconds} s").format(seconds=self._left))
