"""The small queue ticket for an 80 mm receipt printer: number, time and a welcome. Never a name."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wsp_desk.dates import clock_time
from wsp_desk.letters.fonts import BOLD, REGULAR, register_fonts

TICKET_WIDTH = 80 * mm
TICKET_HEIGHT = 90 * mm
_MARGIN = 5 * mm


def render_ticket(ticket: str, registered_at: datetime, location_name: str) -> bytes:
    """A one-page PDF of receipt width."""
    register_fonts()
    buffer = io.BytesIO()
    # The stubs type initialFontName wrongly; without it an unused Helvetica lands in the page resources.
    canvas = Canvas(
        buffer,
        pagesize=(TICKET_WIDTH, TICKET_HEIGHT),
        pageCompression=1,
        initialFontName=REGULAR,  # type: ignore[arg-type]
    )
    canvas.setTitle(f"Volgnummer {ticket}")
    canvas.setAuthor("Werkcentrum Haaglanden")
    centre = TICKET_WIDTH / 2
    y = TICKET_HEIGHT - _MARGIN - 5 * mm

    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(centre, y, "Welkom bij het werkcentrum")
    y -= 5 * mm
    canvas.setFont(REGULAR, 8)
    canvas.drawCentredString(centre, y, "Welcome to the werkcentrum")
    y -= 6 * mm
    canvas.setFont(REGULAR, 9)
    canvas.drawCentredString(centre, y, _fit(location_name, REGULAR, 9))

    y -= 6 * mm
    canvas.line(_MARGIN, y, TICKET_WIDTH - _MARGIN, y)
    y -= 8 * mm
    canvas.setFont(REGULAR, 10)
    canvas.drawCentredString(centre, y, "Uw nummer")
    y -= 20 * mm
    canvas.setFont(BOLD, 44)
    canvas.drawCentredString(centre, y, ticket)
    y -= 10 * mm
    canvas.setFont(REGULAR, 10)
    canvas.drawCentredString(centre, y, f"Aangemeld om {clock_time(registered_at)}")
    y -= 6 * mm
    canvas.line(_MARGIN, y, TICKET_WIDTH - _MARGIN, y)
    y -= 6 * mm
    canvas.setFont(REGULAR, 8.5)
    canvas.drawCentredString(centre, y, "Let op het scherm in de wachtruimte.")
    y -= 4 * mm
    canvas.drawCentredString(centre, y, "Wij roepen uw nummer af.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fit(text: str, font: str, size: float) -> str:
    """Shorten a line with an ellipsis so it stays on the paper."""
    room = TICKET_WIDTH - 2 * _MARGIN
    while text and stringWidth(text, font, size) > room:
        text = text[:-2] + "…"
    return text
