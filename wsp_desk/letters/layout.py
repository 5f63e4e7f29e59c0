"""Building blocks of the desk's A4 documents: layout tables, a QR code that scanners read, URLs that break only at a
slash, a canvas that numbers the pages of each part, and the height a story needs."""

from __future__ import annotations

import copy
import hashlib
import io
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFImageXObject, PDFObjectReference, xObjectName
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from wsp_desk.letters.fonts import REGULAR

# Streams stay binary (Flate only) instead of ASCII85 text: a logo takes a fifth less room and no time to encode.
rl_config.useA85 = 0
QR_QUIET_ZONE = 4  # modules of white around the code
# Below half a millimetre per module a phone camera no longer reads a printed code reliably.
QR_MIN_MODULE = 0.5 * mm
LABEL_GUTTER = 3 * mm


@lru_cache(maxsize=64)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of a QR code (error correction M); encoding is most of a letter's time, so it is kept."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


def qr_size(text: str, smallest: float) -> float:
    """The printed size of a text's code: at least `smallest`, larger where modules would drop below 0.5 mm."""
    return max(smallest, (len(qr_modules(text)) + 2 * QR_QUIET_ZONE) * QR_MIN_MODULE)


@lru_cache(maxsize=64)
def _qr_path(text: str, size: float) -> PDFPathObject:
    """The dark modules of a text's code as one path of rectangles, at a printed size; a path holds no canvas, so
    every letter with this URL draws the same one."""
    rows = qr_modules(text)
    box = size / (len(rows) + 2 * QR_QUIET_ZONE)
    path = PDFPathObject()
    for number, row in enumerate(rows):
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                y = size - (number + QR_QUIET_ZONE + 1) * box
                path.rect((column + QR_QUIET_ZONE) * box, y, length * box, box)
            column += length
    return path


class QrCode(Flowable):
    """A QR code with a quiet zone of four modules, painted as one filled path.

    reportlab's QrCodeWidget encodes the text once to measure and again to draw, and builds a shape per run of dark
    modules; this encodes and lays out the runs once per text and size.
    """

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.width = self.height = size
        self._path = _qr_path(text, size)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(self._path, stroke=0, fill=1)


@lru_cache(maxsize=8)
def _image_objects(png: bytes) -> tuple[PDFImageXObject, PDFImageXObject | None]:
    """A picture as a PDF image object and its transparency mask, compressed once: a letterhead logo is the same in
    every letter, and compressing its pixels again cost a quarter of a letter's time."""
    xobject = PDFImageXObject("Picture" + hashlib.sha256(png).hexdigest()[:24], ImageReader(io.BytesIO(png)), "auto")
    mask: PDFImageXObject | None = xobject.__dict__.pop("_smask", None)
    if mask is not None:
        xobject.smask = PDFObjectReference(xObjectName(mask.name))  # type: ignore[attr-defined]
    return xobject, mask


class Picture(Flowable):
    """A PNG picture drawn at the given size, from image objects made once per picture."""

    def __init__(self, png: bytes, width: float, height: float) -> None:
        super().__init__()
        self._png = png
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # What Canvas.drawImage does, with the objects made before. A document marks the objects it holds, so each
        # gets a copy (the compressed pixels are shared).
        canvas = self.canv
        document = canvas._doc  # type: ignore[attr-defined]
        image, mask = _image_objects(self._png)
        name = xObjectName(image.name)
        if name not in document.idToObject:
            image = copy.copy(image)
            canvas._setXObjects(image)  # type: ignore[attr-defined]
            document.Reference(image, name)
            document.addForm(image.name, image)
            if mask is not None and xObjectName(mask.name) not in document.idToObject:
                mask = copy.copy(mask)
                canvas._setXObjects(mask)  # type: ignore[attr-defined]
                document.Reference(mask, xObjectName(mask.name))
        canvas._currentPageHasImages = 1  # type: ignore[attr-defined]
        canvas.saveState()
        canvas.scale(self.width, self.height)
        canvas._code.append(f"/{name} Do")  # type: ignore[attr-defined]
        canvas.restoreState()
        canvas._formsinuse.append(image.name)  # type: ignore[attr-defined]  # the page's resources name it


def layout_table(rows: list[list[Any]], col_widths: Sequence[float], *extra: tuple[Any, ...]) -> Table:
    """A table for layout: no padding, top-aligned, left on the page, and our font (tables otherwise pull in
    Helvetica). A long text in a cell continues on the next page."""
    table = Table(rows, colWidths=list(col_widths), splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                *extra,
            ]
        )
    )
    return table


def facts_table(
    rows: Iterable[tuple[str | Flowable, Flowable]], label_width: float, width: float, label_style: ParagraphStyle
) -> Table:
    """Label and value in two columns, the labels kept apart from their values by a gutter.

    A label that fits its column is a plain cell in `label_style`'s font (a paragraph costs far more to lay out)."""
    return layout_table(
        [[label, value] for label, value in rows],
        [label_width, width - label_width],
        ("RIGHTPADDING", (0, 0), (0, -1), LABEL_GUTTER),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("FONTNAME", (0, 0), (0, -1), label_style.fontName),
        ("FONTSIZE", (0, 0), (0, -1), label_style.fontSize),
        ("LEADING", (0, 0), (0, -1), label_style.leading),
        ("TEXTCOLOR", (0, 0), (0, -1), label_style.textColor),
    )


def url_lines(url: str, font: str, size: float, width: float) -> list[str]:
    """A URL cut into lines that fit `width`, breaking only after a "/" (or, for one part longer than a line,
    wherever it must), so that no line ends in the middle of a word."""
    parts = [part for part in url.replace("/", "/\0").split("\0") if part]
    lines: list[str] = []
    line = ""
    for part in parts:
        if line and stringWidth(line + part, font, size) > width:
            lines.append(line)
            line = ""
        line += part
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


@cache
def _measuring_canvas() -> Canvas:
    """Some flowables (lists) measure their parts on a canvas; nothing is drawn on this one."""
    return Canvas(io.BytesIO())


def story_height(story: Iterable[Flowable], width: float) -> float:
    """About the height a story takes in a frame of `width` (spacing between flowables included)."""
    canvas = _measuring_canvas()
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):  # it reports "does not fit" rather than its height
            total += story_height(flowable._content, width)  # type: ignore[attr-defined]
        else:
            total += flowable.wrapOn(canvas, width, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


@dataclass(frozen=True)
class Footer:
    """The footer of one page: which part of the document it belongs to and how to say "page x of y" there."""

    part: str
    text: Callable[[int, int], str]


FooterPainter = Callable[[Canvas, str], None]


def numbered_canvas(paint: FooterPainter) -> type[Canvas]:
    """A canvas class that holds the pages back until the end, then gives each its footer with its number within
    its part (the visitor's letter, the partner's sheet): "page 2 of 3" needs the count of the whole part."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.footer: Footer | None = None
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # what Canvas.showPage does after emitting a page

        def save(self) -> None:
            pages = Counter(state["footer"].part for state in self._held if state["footer"] is not None)
            numbers: Counter[str] = Counter()
            for state in self._held:
                self.__dict__.update(state)
                if self.footer is not None:
                    numbers[self.footer.part] += 1
                    paint(self, self.footer.text(numbers[self.footer.part], pages[self.footer.part]))
                super().showPage()
            super().save()

    return NumberedCanvas
