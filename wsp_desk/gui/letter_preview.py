"""The letter of a warm handover on screen (QtPdf), to print or save as PDF.

The preview shows the stored letter, so what is printed again later is the same document. Once it is printed or saved,
a handover that was only prepared counts as handed over. After the visitor withdrew their consent, only the visitor's
page is printed and the letter is not saved: the sheet for the partner holds what may no longer be shared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import ReferralStatus
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import DeskError
from wsp_desk.gui import colours, printing, prompts
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.labels import format_datetime
from wsp_desk.gui.messages import error_text, show_error
from wsp_desk.services.referral_letters import LetterWarning, StoredLetter
from wsp_desk.services.referrals import ReferralView

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


def choose_printer(parent: QWidget) -> QPrinter | None:
    """Ask where to print, with the computer's default printer chosen; None when the guide cancels."""
    default = QPrinterInfo.defaultPrinter()
    mode = QPrinter.PrinterMode.HighResolution
    printer = QPrinter(mode) if default.isNull() else QPrinter(default, mode)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("LetterPreview", "Print the letter"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class LetterPreview(QDialog):
    """Emits `status_changed(ReferralView)` when printing or saving marked the handover as handed over."""

    status_changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        context: DeskContext,
        actor: Actor,
        referral: ReferralView,
        letter: StoredLetter,
        *,
        warnings: list[LetterWarning],
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.referral = referral
        self.letter = letter
        self.setWindowTitle(
            self.tr("Letter {reference} for {ticket}: {organization}").format(
                reference=referral.reference, ticket=referral.ticket, organization=referral.organization_name
            )
        )
        # The document reads from the buffer for as long as it is shown: both live as long as the dialog.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(letter.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("The letter"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.about = QLabel(self._about_text(), self)
        self.about.setWordWrap(True)
        # What the guide should put right or tell the visitor before the letter leaves the desk.
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(colours.notice_banner(self.palette()).style_sheet())
        self.warnings.setText("\n".join(f"• {warning_text(warning)}" for warning in warnings))
        self.warnings.setVisible(bool(warnings))
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.zoom_out_action = self._zoom_action(self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP)
        self.zoom_in_action = self._zoom_action(self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, ZOOM_STEP)
        self.fit_action = shortcut_action(
            self, self.tr("&Fit to width"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth), "Ctrl+0"
        )
        tools = QHBoxLayout()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
            tools.addWidget(button)
        count = self.document.pageCount()
        self.pages_label = QLabel(
            self.tr("1 page") if count == 1 else self.tr("{count} pages").format(count=count), self
        )
        tools.addSpacing(12)
        tools.addWidget(self.pages_label)
        tools.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print the letter (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the letter as a PDF file (Ctrl+S)"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.warnings)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(820, screen.width()), max(min(900, screen.height() - 80), 400))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.print_button.setFocus()

    def _about_text(self) -> str:
        consent = self.referral.consent
        organization = self.referral.organization_name
        if consent is None:
            return self.tr(
                "No consent: the letter is for the visitor only. Nothing is shared with {organization}."
            ).format(organization=organization)
        if consent.withdrawn_at is not None:
            return self.tr(
                "The visitor withdrew their consent on {moment}. The letter says so; its last page, headed "
                '"Voor {organization}", tells {organization} to stop using the data: send or give it to them. '
                "Do not hand over an earlier sheet any more."
            ).format(moment=format_datetime(consent.withdrawn_at), organization=organization)
        return self.tr(
            'The first pages are the visitor\'s letter. The pages headed "Voor {organization}" are the handover '
            "sheet for {organization}: they hold only what the visitor agreed to share."
        ).format(organization=organization)

    # --- zooming --------------------------------------------------------------------------------------------------

    def _zoom_action(self, text: str, keys: QKeySequence.StandardKey, factor: float) -> QAction:
        return shortcut_action(self, text, lambda: self.zoom(factor), keys)

    def zoom(self, factor: float) -> None:
        """Zoom from what is shown now (fitting to the width included) by `factor`."""
        current = self.view.zoomFactor()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and self.document.pageCount():
            page_width = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72
            current = max(self.view.viewport().width() - 2 * self.view.documentMargins().left(), 1) / page_width
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, MIN_ZOOM), MAX_ZOOM))

    # --- printing and saving --------------------------------------------------------------------------------------

    def print_letter(self) -> None:
        printer = choose_printer(self)
        if printer is None:
            return
        title = self.windowTitle()
        try:
            printing.print_pdf(self.letter.pdf, printer, title)
        except DeskError as error:
            show_error(self, error)
            return
        self._handed_over(self.tr("The letter is printed."))

    def save_letter(self) -> None:
        suggested = self.tr("handover-letter-{ticket}.pdf").format(ticket=self.referral.ticket)
        path = prompts.file_to_save(
            self, self.tr("Save the letter as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            Path(path).write_bytes(self.letter.pdf)
        except OSError as error:
            prompts.warn(
                self,
                self.tr("The letter could not be saved as {path}: {problem}").format(path=path, problem=error.strerror),
                self.windowTitle(),
            )
            return
        self._handed_over(self.tr("The letter is saved as {path}.").format(path=path))

    def _handed_over(self, done: str) -> None:
        """A letter that left the desk: a handover that was only prepared is now handed over."""
        message = done
        try:
            current = self._context.referrals.referral(self._actor, self.referral.id)
            if current.status == ReferralStatus.PREPARED:
                current = self._context.referrals.set_status(self._actor, current.id, ReferralStatus.HANDED_OVER)
                message = self.tr("{done} The handover is now marked as handed over.").format(done=done)
                self.status_changed.emit(current)
            self.referral = current
        except DeskError as error:
            message = f"{done} {error_text(error)}"
        self.notice.setText(message)
        self.notice.show()


def warning_text(warning: LetterWarning) -> str:
    return QCoreApplication.translate("LetterWarning", warning.template).format(
        organization=warning.organization, characters=warning.characters
    )


def open_letter(parent: QWidget, context: DeskContext, actor: Actor, referral_id: int) -> LetterPreview | None:
    """Show a handover's letter (made and stored the first time); None when it cannot be made."""
    try:
        referral = context.referrals.referral(actor, referral_id)
        letter = context.letters.letter(actor, referral_id)
        warnings = context.letters.warnings(actor, referral_id)
    except DeskError as error:
        show_error(parent, error)
        return None
    preview = LetterPreview(parent, context, actor, referral, letter, warnings=warnings)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview
