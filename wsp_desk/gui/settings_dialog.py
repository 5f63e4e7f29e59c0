"""Preferences of this desk (not of the installation): the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from wsp_desk.gui import preferences, translations
from wsp_desk.gui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    """Stores the choices when accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in preferences.LANGUAGE.choices.items():
            self.ui.language.addItem(name, code)
        self.ui.language.setCurrentIndex(self.ui.language.findData(translations.current_language()))

    def accept(self) -> None:
        translations.set_language(self.ui.language.currentData())
        super().accept()
