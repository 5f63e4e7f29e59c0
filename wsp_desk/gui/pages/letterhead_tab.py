"""Beheer → Briefhoofd: the letterhead of the handover letters (ui/letterhead_form.ui): the werkcentrum's name and
contact block, its website and a PNG logo, shown as stored and saved through the letterhead service. A banner names
the parts of the contact block that letters still lack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import QWidget

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import colours, prompts
from wsp_desk.gui.contact_fields import missing_contact_text
from wsp_desk.gui.forms.ui_letterhead_form import Ui_LetterheadForm
from wsp_desk.gui.messages import InlineErrors, error_text
from wsp_desk.letters.referral_letter import Letterhead
from wsp_desk.outside_files import FileRefused, read_bytes
from wsp_desk.services.letterhead import MAX_LOGO_BYTES, check_logo


class LetterheadTab(QWidget):
    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._letterhead = context.letterhead
        self._actor = actor
        self._logo: bytes | None = None
        self.ui = ui = Ui_LetterheadForm()
        ui.setupUi(self)
        ui.missingBanner.setStyleSheet(colours.notice_banner(self.palette()).style_sheet())
        ui.logo.setAccessibleName(self.tr("Logo"))
        ui.chooseLogo.setToolTip(self.tr("A PNG image of at most 1 MB"))
        ui.chooseLogo.clicked.connect(self.choose_logo)
        ui.removeLogo.clicked.connect(lambda: self._show_logo(None))
        ui.save.clicked.connect(self.save)
        self.errors = InlineErrors(
            {**ui.contactFields.error_places(), "logo": (ui.chooseLogo, ui.logoError)}, ui.formError
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.errors.clear()
        self.ui.status.clear()
        try:
            self._show(self._letterhead.current())
        except DeskError as error:
            self.errors.show(error)
        super().showEvent(event)

    def _show(self, head: Letterhead) -> None:
        self.ui.contactFields.show_letterhead(head)
        self._show_logo(head.logo_png)
        missing = self._letterhead.missing_contact()
        self.ui.missingBanner.setText(missing_contact_text(missing) if missing else "")
        self.ui.missingBanner.setVisible(bool(missing))

    def _show_logo(self, logo: bytes | None) -> None:
        self._logo = logo
        label = self.ui.logo
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(QByteArray(logo)):
            label.setPixmap(
                pixmap.scaled(
                    label.minimumSize(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            label.setPixmap(QPixmap())
            label.setText(self.tr("No logo") if not logo else self.tr("This file cannot be shown as an image"))
        self.ui.removeLogo.setEnabled(logo is not None)

    def letterhead(self) -> Letterhead:
        return self.ui.contactFields.letterhead(Letterhead("", logo_png=self._logo))

    def choose_logo(self) -> None:
        path = prompts.file_to_open(self, self.tr("Choose a logo"), self.tr("PNG images (*.png)"))
        if not path:
            return
        try:
            logo = read_bytes(Path(path), MAX_LOGO_BYTES)
            check_logo(logo)
        except FileRefused as error:
            self.errors.show_text(
                "logo", self.tr("{path} cannot be read: {problem}").format(path=path, problem=error_text(error))
            )
            return
        except DeskError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        self._show_logo(logo)

    def save(self) -> None:
        self.errors.clear()
        self.ui.status.clear()
        try:
            self._show(self._letterhead.save(self._actor, self.letterhead()))
        except DeskError as error:
            self.errors.show(error)
            return
        self.ui.status.setText(self.tr("Saved. New letters get this letterhead."))
