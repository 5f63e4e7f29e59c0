"""The small queue ticket for an 80 mm receipt printer: number, time and a welcome. Never a name."""

from __future__ import annotations

import io
import string
from datetime import datetime
from functools import cache
from typing import cast

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from wsp_desk.dates import clock_time
from wsp_desk.domain.tickets import ticket_forms
from wsp_desk.letters.fonts import BOLD, REGULAR, register_fonts

TICKET_WIDTH = 80 * mm
TICKET_HEIGHT = 90 * mm
_MARGIN = 5 * mm
# Between the margins: inside the printable width of 80 mm receipt printers (72 mm) with room to spare.
_ROOM = TICKET_WIDTH - 2 * _MARGIN
_NUMBER_SIZE = 44


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
    size = _number_size(ticket)
    canvas.setFont(BOLD, size)
    # A smaller number keeps the middle of its capitals where those of a number at full size are.
    cap_height = cast(TTFont, pdfmetrics.getFont(BOLD)).face.capHeight / 1000
    canvas.drawCentredString(centre, y + (_NUMBER_SIZE - size) * cap_height / 2, ticket)
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


def _number_size(ticket: str) -> float:
    """The largest size (up to 44 pt) at which every ticket of this length fits between the margins.

    Measured on the widest letters and digits in each form a ticket of that length can take, so that all numbers of
    one length print alike; the ticket itself is measured too, should it not have the queue's form.
    """
    widths = [_form_width(form) for form in ticket_forms(len(ticket))] + [stringWidth(ticket, BOLD, 1)]
    return min(_NUMBER_SIZE, _ROOM / max(widths))


def _form_width(form: str) -> float:
    """The width at 1 pt of a ticket form (A a letter, 9 a digit) written in its widest characters."""
    return sum(_widest(string.ascii_uppercase if c == "A" else string.digits if c == "9" else c) for c in form)


@cache
def _widest(characters: str) -> float:
    return max(stringWidth(character, BOLD, 1) for character in characters)


def _fit(text: str, font: str, size: float) -> str:
    """Shorten a line with an ellipsis so it stays on the paper."""
    while text and stringWidth(text, font, size) > _ROOM:
        text = text[:-2] + "…"
    return text
