"""The queue ticket PDF: receipt width, the number, the time, a welcome, embedded fonts, no names."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader
from reportlab.lib.units import mm

from tests.support import FakeClock
from wsp_desk.letters.ticket import render_ticket


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
