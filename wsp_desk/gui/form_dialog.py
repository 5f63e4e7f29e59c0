"""A dialog whose OK button saves through a service; a refused rule is shown next to its field and the dialog stays.

The dialog is opened with `open_with(save)` (window-modal, not blocking), so a test fills it in and presses OK.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from wsp_desk.errors import ConflictError, DeskError, NotFound
from wsp_desk.gui.messages import InlineErrors, show_error


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save: Callable[[], object] = lambda: None
        self.errors: InlineErrors

    def set_error_fields(self, fields: Mapping[str, tuple[QWidget, QLabel]], general: QLabel) -> None:
        """Map a service's field names to their input and error label; other problems go to `general`."""
        self.errors = InlineErrors(fields, general)

    def open_with(self, save: Callable[[], object]) -> None:
        self._save = save
        self.resize(self.width(), self.sizeHint().height())  # fit the rows the form shows
        self.open()

    def check(self) -> bool:
        """The dialog's own checks before saving (two password fields alike): show the problem, return False."""
        return True

    def accept(self) -> None:
        self.errors.clear()
        if not self.check():
            return
        try:
            self._save()
        except (ConflictError, NotFound) as error:
            # The record changed or went away: nothing was saved, and this form shows a version that is gone.
            show_error(self, error)
            self.reject()
            return
        except DeskError as error:
            self.errors.show(error)
            return
        super().accept()
