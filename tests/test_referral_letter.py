"""The referral letter as a PDF: what each reader finds on their pages, what the partner may see, every text at its
longest, the footers, fonts and metadata."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from wsp_desk.letters.fonts import register_fonts
from wsp_desk.letters.layout import QR_MIN_MODULE, qr_modules, qr_size, url_lines
from wsp_desk.letters.referral_letter import (
    Consent,
    Guide,
    LetterContent,
    Letterhead,
    Partner,
    SharedItems,
    render_referral_letter,
)
from wsp_desk.services.referrals import MAX_CONTACT_NAME, MAX_HANDOVER_TEXT, MAX_SHARED_NOTES

NAMES = ("Şükrü Öztürk", "Łukasz Wójcik", "Zoë van 't Hek", "Nguyễn Văn An")
SHARED = SharedItems(name="Şükrü Öztürk", contact="06 12345678", notes="Komt samen met buurman Nguyễn Văn An.")
LETTER = LetterContent(
    language="nl",
    letter_date=date(2026, 11, 30),
    reference="WC-2026-00042",
    handed_over_on=date(2026, 11, 30),
    letterhead=Letterhead(
        "Werkcentrum Haaglanden — WSP Rijswijk",
        phone="070 000 0000",
        email="werkcentrum@example.org",
        opening_hours="ma t/m vr 9:00–17:00",
        website="https://www.rijswijk.nl",
    ),
    partner=Partner(
        "Leerwerkloket Haaglanden",
        "Gratis advies over leren en werken",
        contact_name="Łukasz Wójcik",
        opening_hours=("ma–vr 9:00–17:00",),
        website="https://www.leerwerkloketten.nl",
    ),
    guide=Guide("Zoë van 't Hek", phone="070 111 2222", email="zoe@example.org"),
    follow_up_on=date(2026, 12, 7),
    visitor_name="Şükrü Öztürk",
    visitor_reachable_by="phone",
    reason="Het Leerwerkloket geeft gratis advies over opleidingen.",
    next_step="U belt het Leerwerkloket deze week.",
    appointment=datetime(2026, 12, 3, 9, 30, tzinfo=UTC),
    what_to_bring=("Uw cv", "Uw diploma's"),
    consent=Consent(date(2026, 11, 30), "1", SHARED),
)
EVERY_ITEM = SharedItems(
    name="Şükrü Öztürk",
    contact="06 12345678",
    question="Ik wil omscholen naar de zorg.",
    interpreter="Arabisch",
    accessibility=True,
    notes="Heeft al een cv gemaakt.",
)
# What each item puts on the partner's sheet.
ITEM_TEXTS = {
    "name": "Şükrü Öztürk",
    "contact": "06 12345678",
    "question": "Ik wil omscholen naar de zorg.",
    "interpreter": "Arabisch",
    "accessibility": "aanpassing nodig",
    "notes": "Heeft al een cv gemaakt.",
}
FOOTER = re.compile(r"(.+) · (?:kenmerk|reference) (\S+) · (?:pagina|page) (\d+) (?:van|of) (\d+)")


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def pages(content: LetterContent) -> list[str]:
    return pages_of(render_referral_letter(content))


def footers(pdf: bytes) -> list[tuple[str, str, int, int]]:
    """Each page's footer: the last line drawn on it."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        match = FOOTER.fullmatch(page.extract_text().splitlines()[-1].strip())
        assert match is not None, page.extract_text()[-200:]
        found.append((match[1], match[2], int(match[3]), int(match[4])))
    return found


def test_every_name_comes_back_character_for_character() -> None:
    text = " ".join(pages(LETTER))
    for name in NAMES:
        assert name in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdftotext_finds_the_names(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_referral_letter(LETTER))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for name in NAMES:
        assert name in text


def test_page_one_is_a_letter_that_says_where_when_what_next_and_whom_to_ask() -> None:
    first, sheet = pages(LETTER)
    for expected in (
        "Datum: 30 november 2026 · Kenmerk: WC-2026-00042",
        "Onderwerp: hulp bij Leerwerkloket Haaglanden",
        "Beste Şükrü Öztürk,",
        "U gaat naar Leerwerkloket Haaglanden",
        "Vraag naar Łukasz Wójcik",
        "Uw afspraak: donderdag 3 december 2026 om 10:30.",
        "Uw cv",
        "Waarom Leerwerkloket Haaglanden?",
        "Zoë van 't Hek belt uiterlijk 7 december 2026 met Leerwerkloket Haaglanden.",
        "Zoë van 't Hek belt u daarna ook.",
        "U gaf op 30 november 2026 toestemming. Daarom hebben wij dit gedeeld met Leerwerkloket Haaglanden: "
        "uw naam, uw telefoonnummer of e-mailadres en aantekeningen uit het gesprek.",
        "toestemming altijd intrekken",
        "tekst over toestemming, versie 1",
        "Heeft u vragen?",
        "Telefoon 070 000 0000",
        "E-mail werkcentrum@example.org",
        "Open ma t/m vr 9:00–17:00",
        "Met vriendelijke groet, Zoë van 't Hek, gids van het werkcentrum",
        "Brief voor Şükrü Öztürk · kenmerk WC-2026-00042 · pagina 1 van 1",
    ):
        assert expected in first, expected
    assert "Voor Leerwerkloket Haaglanden" in sheet


def test_page_one_shows_the_question_only_when_the_visitor_agreed_to_share_it() -> None:
    assert "Ik wil omscholen" not in pages(LETTER)[0]
    with_question = replace(
        LETTER, consent=replace(LETTER.consent, shared=replace(SHARED, question="Ik wil omscholen."))
    )  # type: ignore[arg-type]
    assert "Uw vraag Ik wil omscholen." in pages(with_question)[0]


@pytest.mark.parametrize(
    "chosen",
    [combination for size in range(1, len(ITEM_TEXTS) + 1) for combination in itertools.combinations(ITEM_TEXTS, size)],
    ids="+".join,
)
def test_the_partner_sheet_holds_exactly_the_consented_items(chosen: tuple[str, ...]) -> None:
    shared = SharedItems(
        **{
            field.name: getattr(EVERY_ITEM, field.name) if field.name in chosen else field.default
            for field in fields(SharedItems)
        }
    )
    sheet = " ".join(pages(replace(LETTER, consent=Consent(date(2026, 11, 30), "1", shared)))[1:])
    for item, text in ITEM_TEXTS.items():
        assert (text in sheet) == (item in chosen), item
    # Written for the partner, never the visitor's own texts: reason and next step stay off the sheet.
    assert LETTER.reason not in sheet and LETTER.next_step not in sheet
    for fact in (
        "Kenmerk WC-2026-00042",
        "Datum overdracht 30 november 2026",
        "Ter attentie van: Łukasz Wójcik",
        "Afspraak donderdag 3 december 2026 om 10:30",
        "Telefoon gids 070 111 2222",
        "E-mail gids zoe@example.org",
        "De gids belt u uiterlijk 7 december 2026",
    ):
        assert fact in sheet, fact


def test_without_consent_one_page_that_shares_nothing_and_promises_no_call_to_the_partner() -> None:
    (page,) = pages(replace(LETTER, consent=None))
    assert "Wij hebben niets over u gedeeld met Leerwerkloket Haaglanden." in page
    assert "Zoë van 't Hek belt u uiterlijk 7 december 2026." in page
    assert "met Leerwerkloket Haaglanden. Zo weten" not in page
    (unreachable,) = pages(replace(LETTER, consent=None, visitor_reachable_by=""))
    assert "Is de hulp op 7 december 2026 nog niet begonnen? Bel of mail ons dan." in unreachable
    assert "belt u" not in unreachable


def test_after_a_withdrawal_the_letter_says_what_had_been_shared_and_the_partner_gets_a_notice_only() -> None:
    withdrawn = replace(
        LETTER, letter_date=date(2026, 12, 2), consent=replace(LETTER.consent, withdrawn_on=date(2026, 12, 2))
    )  # type: ignore[arg-type]
    visitor, notice = pages(withdrawn)
    assert "Op 30 november 2026 gaf u toestemming om dit te delen met Leerwerkloket Haaglanden: uw naam" in visitor
    assert "Op 2 december 2026 heeft u uw toestemming ingetrokken." in visitor
    assert "Wij laten Leerwerkloket Haaglanden dit weten." in visitor
    assert "Voor Leerwerkloket Haaglanden: toestemming ingetrokken" in notice
    assert "Kenmerk WC-2026-00042" in notice and "Verwijder ze" in notice
    for private in ("06 12345678", "Nguyễn Văn An", "Şükrü"):
        assert private not in notice


def test_an_english_letter_is_english_and_the_partner_sheet_stays_dutch() -> None:
    visitor, sheet = pages(replace(LETTER, language="en"))
    for expected in (
        "Date: 30 November 2026 · Reference: WC-2026-00042",
        "Your next stop is Leerwerkloket Haaglanden",
        "Your appointment: Thursday 3 December 2026 at",
        "You gave your consent on 30 November 2026",
        "Any questions?",
        "Letter for Şükrü Öztürk · reference WC-2026-00042 · page 1 of 1",
    ):
        assert expected in visitor, expected
    for dutch in ("Datum", "U gaat naar", "Neem dit mee", "toestemming", "november", "pagina"):
        assert dutch not in visitor, dutch
    assert "Voor Leerwerkloket Haaglanden" in sheet and "Datum overdracht 30 november 2026" in sheet
    assert "pagina 1 van 1" in sheet


LONG = "Een lange zin met woorden die steeds terugkomen, zoals in een echt gesprek. "


def longest(limit: int) -> str:
    return (LONG * (limit // len(LONG) + 1))[:limit]


def at_the_limits(content: LetterContent) -> LetterContent:
    """Every text of the handover at the longest the services accept, every item shared."""
    return replace(
        content,
        partner=replace(content.partner, how_to_get_there=longest(MAX_HANDOVER_TEXT)),
        reason=longest(MAX_HANDOVER_TEXT),
        next_step=longest(MAX_HANDOVER_TEXT),
        what_to_bring=tuple(longest(MAX_HANDOVER_TEXT // 20) for _ in range(20)),
        consent=Consent(
            date(2026, 11, 30),
            "1",
            replace(EVERY_ITEM, question=longest(MAX_HANDOVER_TEXT), notes=longest(MAX_SHARED_NOTES)),
        ),
    )


def assert_numbered(pdf: bytes) -> tuple[int, int]:
    """Every page has a footer with the reference and its number within its part; the parts' page counts."""
    numbered = footers(pdf)
    visitor = [footer for footer in numbered if footer[0].startswith(("Brief voor", "Letter for"))]
    partner = [footer for footer in numbered if footer[0] == "Voor Leerwerkloket Haaglanden"]
    assert len(visitor) + len(partner) == len(numbered)
    for part in (visitor, partner):
        assert [footer[2] for footer in part] == list(range(1, len(part) + 1))
        assert {footer[3] for footer in part} == {len(part)}
        assert {footer[1] for footer in part} == {"WC-2026-00042"}
    return len(visitor), len(partner)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_handover_text_at_its_longest_leaves_page_one_whole_and_continues_in_the_annex(language: str) -> None:
    pdf = render_referral_letter(at_the_limits(replace(LETTER, language=language)))
    texts = pages_of(pdf)
    visitor, partner = assert_numbered(pdf)
    # Page one ends with the signature; what did not fit follows in the annex.
    signature = {"nl": "gids van het werkcentrum", "en": "guide at the werkcentrum"}[language]
    more = {"nl": "Lees verder in de bijlage.", "en": "Continued in the annex."}[language]
    annex = {"nl": "Bijlage bij de brief van 30 november 2026", "en": "Annex to the letter of 30 November 2026"}
    assert signature in texts[0] and more in texts[0]
    assert annex[language] in texts[1]
    assert visitor == 4 and partner <= 3


def test_every_field_at_its_longest_at_once_still_renders_with_every_page_numbered() -> None:
    """Names, the contact person and the URL at their longest too: page 1 may then run on, nothing is lost."""
    content = at_the_limits(
        replace(
            LETTER,
            visitor_name="W" * 120,
            partner=replace(
                LETTER.partner,
                contact_name=longest(MAX_CONTACT_NAME),
                website="https://www.example.org/" + "/".join(["een-lange-weg-naar-de-pagina"] * 8),
            ),
        )
    )
    pdf = render_referral_letter(content)
    visitor, partner = assert_numbered(pdf)
    assert visitor <= 6 and partner <= 3
    assert " ".join(longest(MAX_SHARED_NOTES).split())[-30:] in " ".join(pages_of(pdf))


def test_a_url_breaks_only_after_a_slash_and_its_code_keeps_modules_of_half_a_millimetre() -> None:
    register_fonts()
    url = "https://www.example.org/werk/" + "/".join(["een-heel-lange-naam-van-een-pagina"] * 6)
    lines = url_lines(url, "DejaVuSans", 10, 90 * mm)
    assert "".join(lines) == url and len(lines) > 2
    assert all(line.endswith("/") for line in lines[:-1])
    for text in ("https://www.uwv.nl", url):
        size = qr_size(text, 26 * mm)
        assert size / (len(qr_modules(text)) + 8) >= QR_MIN_MODULE - 1e-9


def test_fonts_are_embedded_and_the_document_describes_itself() -> None:
    reader = PdfReader(io.BytesIO(render_referral_letter(LETTER)))
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():  # type: ignore[index,union-attr]
            font = reference.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"]
    assert reader.metadata is not None
    assert reader.metadata.title == "Brief over uw hulp bij Leerwerkloket Haaglanden"
    assert reader.metadata.author == "Werkcentrum Haaglanden — WSP Rijswijk"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


@pytest.mark.parametrize("size", [(200, 80), (2000, 60)], ids=["logo", "wide logo"])
def test_a_letterhead_logo_is_printed_within_the_margins(size: tuple[int, int]) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", size, "#005a8c").save(buffer, format="PNG")
    pdf = render_referral_letter(replace(LETTER, letterhead=replace(LETTER.letterhead, logo_png=buffer.getvalue())))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1
    drawn = re.findall(rb"([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*/FormXob", page.get_contents().get_data())  # type: ignore[union-attr]
    ((width, height),) = [(float(width), float(height)) for width, height, *_ in drawn]
    assert width <= 0.4 * (float(page.mediabox.width) - 40 * mm) and height <= 13 * mm + 0.01


def test_a_consent_whose_items_hold_nothing_any_more_promises_no_call_to_the_partner() -> None:
    """The visit can be corrected after the handover (a name removed): then nothing reaches the partner."""
    (page,) = pages(replace(LETTER, consent=Consent(date(2026, 11, 30), "1", SharedItems())))
    assert "Wij hebben niets over u gedeeld met Leerwerkloket Haaglanden." in page
    assert "Zoë van 't Hek belt u uiterlijk 7 december 2026." in page
    assert "met Leerwerkloket Haaglanden. Zo weten" not in page


def test_latin_words_beside_right_to_left_text_keep_their_letters() -> None:
    """Shaping turns on no discretionary ligature: the "st" of "Beste" stays two letters, not the old "ﬆ" glyph."""
    first = pages(replace(LETTER, visitor_name="محمد العلي"))[0]
    assert "Beste " in first and "\ufb06" not in first


def test_a_transparent_logo_keeps_its_mask_in_every_letter_that_prints_it() -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (120, 40), (0, 90, 140, 128)).save(buffer, format="PNG")
    content = replace(LETTER, letterhead=replace(LETTER.letterhead, logo_png=buffer.getvalue()))
    for _ in range(2):  # the second letter draws the image objects the first one made
        page = PdfReader(io.BytesIO(render_referral_letter(content))).pages[0]
        (image,) = page["/Resources"]["/XObject"].values()  # type: ignore[index,union-attr]
        assert "/SMask" in image.get_object()
        assert page.images[0].image is not None  # the pixels decode
