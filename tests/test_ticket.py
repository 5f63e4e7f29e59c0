"""The queue ticket PDF: receipt width, the number, the time, a welcome, embedded fonts, no names."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.support import FakeClock
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import LocationKind, VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.tickets import MAX_PREFIX_LETTERS
from wsp_desk.letters.fonts import BOLD
from wsp_desk.letters.ticket import TICKET_WIDTH, render_ticket
from wsp_desk.services.locations import LocationInput
from wsp_desk.services.queue import Registration
from wsp_desk.services.settings import TICKET_LETTER_JOB_SEEKER


def test_ticket_holds_number_time_and_welcome_on_80_mm_paper() -> None:
    pdf = PdfReader(io.BytesIO(render_ticket("RW-012", datetime(2026, 11, 30, 8, 14, tzinfo=UTC), "WSP Rijswijk")))
    assert len(pdf.pages) == 1
    page = pdf.pages[0]
    assert round(float(page.mediabox.width) / mm) == 80
    text = page.extract_text()
    for expected in ("Welkom bij het werkcentrum", "RW-012", "Aangemeld om 09:14", "WSP Rijswijk"):
        assert expected in text
    fonts = [font["/BaseFont"] for font in page["/Resources"]["/Font"].values()]  # type: ignore[index,union-attr]
    assert all("DejaVuSans" in str(name) for name in fonts)
    descriptors = [font["/FontDescriptor"] for font in page["/Resources"]["/Font"].values()]  # type: ignore[index,union-attr]
    assert all("/FontFile2" in descriptor for descriptor in descriptors)


def test_a_long_location_name_is_shortened_to_fit() -> None:
    name = "Pop-up bibliotheek Rijswijk Buiten, ingang naast de fietsenstalling bij het station"
    text = PdfReader(io.BytesIO(render_ticket("P-001", FakeClock().now(), name))).pages[0].extract_text()
    assert "Pop-up bibliotheek" in text and "…" in text


def _drawn_number(ticket: str) -> tuple[float, float]:
    """The font size and left edge of the ticket number as the PDF draws it."""
    page = PdfReader(io.BytesIO(render_ticket(ticket, FakeClock().now(), "WSP Rijswijk"))).pages[0]
    drawn: list[tuple[float, float]] = []

    def visit(text: str, _cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip() == ticket:
            drawn.append((size, tm[4]))

    page.extract_text(visitor_text=visit)
    assert len(drawn) == 1
    return drawn[0]


def _assert_between_the_margins(ticket: str) -> float:
    size, left = _drawn_number(ticket)
    right = left + stringWidth(ticket, BOLD, size)
    assert left >= 5 * mm - 0.01 and right <= TICKET_WIDTH - 5 * mm + 0.01, f"{ticket} at {size:.1f} pt is cut"
    return size


def test_the_longest_number_the_queue_makes_fits_the_paper(
    desk: DeskContext, coordinator: Actor, receptionist: Actor
) -> None:
    # The widest letters in the longest prefix, with the visitor's letter after it.
    prefix = "W" * MAX_PREFIX_LETTERS
    desk.settings.set(coordinator, TICKET_LETTER_JOB_SEEKER, "W")
    location = desk.locations.add_location(coordinator, LocationInput("Tweede balie", LocationKind.INHOUSE, prefix))
    ticket = desk.queue.register(receptionist, location.id, Registration(VisitorKind.JOB_SEEKER)).ticket
    assert ticket == "WWWWW-001"
    _assert_between_the_margins(ticket)
    _assert_between_the_margins("WWWWW-1000")  # a thousand visitors in a day still fit


def test_a_short_number_keeps_its_full_size() -> None:
    assert _assert_between_the_margins("R-001") == 44


@pytest.mark.parametrize("tickets", [("POPW-001", "POPG-012", "IIIA-111"), ("RW-001", "RB-888", "MW-100")])
def test_every_number_of_one_length_prints_at_the_same_size(tickets: tuple[str, ...]) -> None:
    sizes = {_assert_between_the_margins(ticket) for ticket in tickets}
    assert len(sizes) == 1
