"""The referral letter as a PDF: every character of every name, the facts, the consent, fonts and metadata."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from wsp_desk.letters.referral_letter import (
    Consent,
    LetterContent,
    Letterhead,
    Partner,
    SharedItems,
    render_referral_letter,
)

NAMES = ("Şükrü Öztürk", "Łukasz Wójcik", "Zoë van 't Hek", "Nguyễn Văn An")
LETTER = LetterContent(
    language="nl",
    letter_date=date(2026, 11, 30),
    letterhead=Letterhead(
        "Werkcentrum Haaglanden — WSP Rijswijk", phone="070 000 0000", website="https://www.rijswijk.nl"
    ),
    partner=Partner(
        "Leerwerkloket Haaglanden",
        "Gratis advies over leren en werken",
        contact_name="Łukasz Wójcik",
        opening_hours=("ma–vr 9:00–17:00",),
        website="https://www.leerwerkloketten.nl",
    ),
    guide_name="Zoë van 't Hek",
    follow_up_on=date(2026, 12, 7),
    visitor_name="Şükrü Öztürk",
    question="Ik wil omscholen naar de zorg.",
    reason="Het Leerwerkloket geeft gratis advies over opleidingen.",
    next_step="U belt het Leerwerkloket deze week.",
    appointment=datetime(2026, 12, 3, 9, 30, tzinfo=UTC),
    what_to_bring=("Uw cv", "Uw diploma's"),
    consent=Consent(
        date(2026, 11, 30),
        "1",
        SharedItems(name="Şükrü Öztürk", contact="06 12345678", notes="Komt samen met buurman Nguyễn Văn An."),
    ),
)


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_name_comes_back_character_for_character() -> None:
    text = "\n".join(text_of(render_referral_letter(LETTER)))
    for name in NAMES:
        assert name in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdftotext_finds_the_names(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_referral_letter(LETTER))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for name in NAMES:
        assert name in text


def test_the_visitor_page_says_where_why_what_next_and_what_was_shared() -> None:
    first, sheet = text_of(render_referral_letter(LETTER))
    for expected in (
        "Datum: 30 november 2026",
        "U gaat naar Leerwerkloket Haaglanden",
        "Gratis advies over leren en werken",
        "Uw afspraak: donderdag 3 december 2026 om 10:30.",
        "Uw cv",
        "uiterlijk 7 december 2026",
        "Met uw toestemming hebben wij deze gegevens gedeeld met Leerwerkloket Haaglanden",
        "toestemming altijd intrekken",
        "070 000 0000",
    ):
        assert expected in first.replace("\n", " "), expected
    assert "Overdracht voor Leerwerkloket Haaglanden" in sheet


def test_the_handover_sheet_holds_exactly_the_consented_items() -> None:
    sheet = text_of(render_referral_letter(LETTER))[1]
    assert "Şükrü Öztürk" in sheet and "06 12345678" in sheet and "Nguyễn Văn An" in sheet
    assert "Ik wil omscholen" not in sheet  # the question was not consented


def test_without_consent_there_is_no_sheet_and_nothing_shared() -> None:
    pages = text_of(render_referral_letter(replace(LETTER, consent=None)))
    assert len(pages) == 1
    assert "Wij hebben geen gegevens over u gedeeld met Leerwerkloket Haaglanden" in pages[0].replace("\n", " ")


def test_an_english_letter_is_english_throughout() -> None:
    pages = text_of(render_referral_letter(replace(LETTER, language="en")))
    text = " ".join(pages).replace("\n", " ")
    for expected in (
        "Date: 30 November 2026",
        "You are going to",
        "Your appointment: Thursday 3 December 2026 at",
        "With your consent we shared",
        "Referral for Leerwerkloket Haaglanden",
    ):
        assert expected in text
    for dutch in ("Datum", "U gaat naar", "Wat neemt u mee", "toestemming", "Overdracht", "november"):
        assert dutch not in text


def test_fonts_are_embedded_and_the_document_describes_itself() -> None:
    reader = PdfReader(io.BytesIO(render_referral_letter(LETTER)))
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():  # type: ignore[index,union-attr]
            font = reference.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"]
    assert reader.metadata is not None
    assert reader.metadata.title == "Brief voor uw overdracht naar Leerwerkloket Haaglanden"
    assert reader.metadata.author == "Werkcentrum Haaglanden — WSP Rijswijk"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_a_letterhead_logo_is_printed() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), "#005a8c").save(buffer, format="PNG")
    with_logo = render_referral_letter(
        replace(LETTER, letterhead=replace(LETTER.letterhead, logo_png=buffer.getvalue()))
    )
    images = PdfReader(io.BytesIO(with_logo)).pages[0].images
    assert len(images) == 1
