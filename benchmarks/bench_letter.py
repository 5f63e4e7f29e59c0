"""Rendering the letter of a warm handover, as the desk does the first time a letter is shown.

Measured: `render_referral_letter` on a realistic letter (letterhead with a logo, a partner with address, opening
hours and a QR code for its website, an appointment, what to bring, and the visitor's consent), once with the sheet
for the partner (two pages), once without consent (one page), and once with the sheet for a visitor whose name is in
Arabic (its paragraphs shaped and ordered right to left). Baseline: a reportlab document of one paragraph
(SimpleDocTemplate and one Paragraph, the built-in Helvetica), the least any reportlab PDF costs; the ratio shows
what our layout costs on top. Targets: the Latin letters' medians at most 15 ms; the Arabic one at most 30 ms, as
shaping with HarfBuzz about doubles the cost of the paragraphs it touches.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from time import perf_counter

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.harness import Options, Result, compare
from wsp_desk.dates import DESK_TIMEZONE
from wsp_desk.letters.referral_letter import (
    Consent,
    Guide,
    LetterContent,
    Letterhead,
    Partner,
    SharedItems,
    render_referral_letter,
)

LIMIT_SECONDS = 0.015
SHAPED_LIMIT_SECONDS = 0.030
ARABIC_NAME = "محمد الأحمد"
PARAGRAPH = (
    "U gaat naar Schuldhulpverlening Rijswijk. Neem deze brief mee naar uw afspraak. Wij bellen u over een week om "
    "te horen of de hulp is gestart."
)


def _logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 160), "#005a8c").save(buffer, format="PNG")
    return buffer.getvalue()


def letter(*, consent: bool) -> LetterContent:
    """A letter as a guide makes it at the desk, with every part filled in."""
    return LetterContent(
        language="nl",
        letter_date=date(2026, 11, 30),
        reference="WC-2026-00042",
        handed_over_on=date(2026, 11, 30),
        letterhead=Letterhead(
            "Werkcentrum Haaglanden — WSP Rijswijk",
            address="Bogaardplein 15, 2284 DP Rijswijk",
            phone="14 070",
            website="https://www.werkcentrumhaaglanden.nl",
            email="werkcentrum@rijswijk.nl",
            opening_hours="ma t/m vr 9:00–17:00",
            logo_png=_logo(),
        ),
        partner=Partner(
            organization="Gemeente Rijswijk",
            service="Schuldhulpverlening Rijswijk",
            contact_name="Jan de Vries",
            address_lines=("Bogaardplein 15", "2284 DP Rijswijk"),
            opening_hours=("ma–vr 9:00–17:00", "gesloten van 24 december tot en met 1 januari"),
            phone="14 070",
            website="https://www.rijswijk.nl/schuldhulp",
            how_to_get_there="Tram 17, halte Rijswijk Centrum; daarna 3 minuten lopen.",
        ),
        guide=Guide("Sanne Kok", phone="070 300 0000", email="s.kok@werkcentrum.example"),
        follow_up_on=date(2026, 12, 7),
        visitor_name="Şükrü Öztürk",
        visitor_reachable_by="phone",
        reason="Zij helpen u met een plan voor uw schulden, zodat u rust krijgt om werk te zoeken.",
        next_step="U gaat naar de afspraak hieronder. Jan de Vries weet al waarvoor u komt.",
        appointment=datetime(2026, 12, 2, 10, 30, tzinfo=DESK_TIMEZONE),
        what_to_bring=("Een geldig identiteitsbewijs", "Uw laatste loonstrook of uitkeringsspecificatie", "Post"),
        consent=Consent(
            date(2026, 11, 30),
            "1",
            SharedItems(
                name="Şükrü Öztürk",
                contact="06 12345678",
                question="Ik heb schulden en zoek werk.",
                notes="Heeft al een budgetplan gemaakt met de bewindvoerder. Wil graag snel starten.",
            ),
        )
        if consent
        else None,
    )


def with_name(content: LetterContent, name: str) -> LetterContent:
    """The same letter for a visitor of another name, as shared on the partner's sheet too."""
    assert content.consent is not None
    shared = replace(content.consent.shared, name=name)
    return replace(content, visitor_name=name, consent=replace(content.consent, shared=shared))


def _timed(render: Callable[[], object]) -> float:
    start = perf_counter()
    render()
    return perf_counter() - start


def _one_paragraph() -> None:
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Paragraph(PARAGRAPH, getSampleStyleSheet()["BodyText"])])


def run(options: Options) -> list[Result]:
    results = []
    for name, content, limit in (
        ("referral letter, with the partner's sheet (2 pages)", letter(consent=True), LIMIT_SECONDS),
        ("referral letter, no consent (1 page)", replace(letter(consent=False), visitor_name=""), LIMIT_SECONDS),
        (
            "letter with an Arabic name (2 pages)",
            with_name(letter(consent=True), ARABIC_NAME),
            SHAPED_LIMIT_SECONDS,
        ),
    ):
        results.append(
            compare(
                name,
                lambda content=content: _timed(lambda: render_referral_letter(content)),
                lambda: _timed(_one_paragraph),
                options,
                limit_seconds=limit,
                candidate_label="render_referral_letter",
                baseline_label="reportlab: one paragraph",
                notes=(f"PDF of {len(render_referral_letter(content)):,} bytes",),
            )
        )
    return results
