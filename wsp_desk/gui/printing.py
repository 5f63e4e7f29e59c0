"""Printing the PDF documents the desk makes (queue tickets, referral letters) on a printer.

Each page is rendered by QtPdf at the printer's resolution (at most 600 dpi, which keeps an A4 page under 150 MB of
pixels) and painted on a page of the PDF's own size, so a ticket comes out at its 80 mm width.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from wsp_desk.errors import DeskError
from wsp_desk.i18n import QT_TRANSLATE_NOOP

MAX_DPI = 600


def default_printer() -> QPrinter:
    """The computer's default printer at its own resolution; a DeskError when none is set up."""
    if QPrinterInfo.defaultPrinter().isNull():
        raise DeskError(
            QT_TRANSLATE_NOOP("DeskError", "No printer is set up on this computer. Ask your administrator to add one.")
        )
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def print_pdf(pdf: bytes, printer: QPrinter, title: str = "") -> None:
    """Print every page of `pdf` on `printer` (which may also be a PDF file: QPrinter.OutputFormat.PdfFormat)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise DeskError(QT_TRANSLATE_NOOP("DeskError", "This document cannot be printed: it is damaged."))
    printer.setDocName(title)
    printer.setFullPage(True)
    painter = QPainter()
    try:
        for page in range(document.pageCount()):
            _fit_page(printer, document, page)
            if page == 0:
                if not painter.begin(printer):
                    raise DeskError(
                        QT_TRANSLATE_NOOP("DeskError", "The printer {name} cannot be used. Is it on and connected?"),
                        name=printer.printerName(),
                    )
            else:
                printer.newPage()
            points = document.pagePointSize(page)
            dpi = printer.resolution()
            target = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            scale = min(dpi, MAX_DPI) / 72
            image = document.render(page, QSize(round(points.width() * scale), round(points.height() * scale)))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _fit_page(printer: QPrinter, document: QPdfDocument, page: int) -> None:
    size = QPageSize(document.pagePointSize(page), QPageSize.Unit.Point)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
