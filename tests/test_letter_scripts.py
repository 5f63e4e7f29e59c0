"""Names in every script a visitor writes in: each character in an embedded font that has it, read back in order."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from tests.test_referral_letter import LETTER
from wsp_desk.letters.fonts import FAMILIES, REGULAR, register_family
from wsp_desk.letters.referral_letter import LetterContent, SharedItems, render_referral_letter
from wsp_desk.letters.scripts import REPLACEMENT, _visual_order, markup, paragraph, runs, unprintable

NAMES = {
    "Turkish": "Şükrü Öztürk",
    "Vietnamese": "Nguyễn Thị Minh Khai",
    "Polish": "Łukasz Wójcik",
    "Arabic": "محمد الأحمد",
    "Persian": "زهرا محمدی",
    "Chinese": "王小明",
    "Japanese": "山田太郎",
    "Japanese kana": "やまだ たろう",
    "Korean": "김민준",
    "Tigrinya": "ሃብቶም ገብረ",
    "Hindi": "अमित शर्मा",
    "Ukrainian": "Олена Шевченко",
    "Greek": "Γιώργος Παπαδόπουλος",
    "Hebrew": "דוד כהן",
}
# reportlab writes a shaped glyph's own code point into the PDF's text map: an Arabic letter's joining form
# (presentation form, e.g. U+FEE3 for an initial meem), so pdftotext returns the right letters in the right order but in
# their compatibility forms; Devanagari vowel signs drawn before their consonant, and conjuncts without a code point of
# their own, would need an ActualText span per word, which reportlab 5.1 cannot write inside a shaped word.
ARABIC_SCRIPT = ("Arabic", "Persian")
DEVANAGARI = ("Hindi",)
BIDI_CONTROLS = re.compile("[\u202a-\u202e]")  # pdftotext marks a right-to-left run with embedding controls


def letter_for(name: str) -> LetterContent:
    assert LETTER.consent is not None
    return replace(
        LETTER,
        visitor_name=name,
        consent=replace(LETTER.consent, shared=SharedItems(name=name, question=name, notes=f"{name}\n{name}")),
    )


@pytest.fixture(scope="module")
def letters() -> dict[str, bytes]:
    return {script: render_referral_letter(letter_for(name)) for script, name in NAMES.items()}


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return BIDI_CONTROLS.sub("", result.stdout)


def fonts_and_characters(pdf: bytes) -> dict[str, set[str]]:
    """Per embedded font (subset prefix dropped): the characters its text map says the drawn codes stand for."""
    drawn: dict[str, set[str]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
            characters = {chr(int(code, 16)) for code in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]{4})>", cmap)}
            drawn.setdefault(name, set()).update(characters)
    return drawn


def family_named(font: str) -> frozenset[str]:
    return next(register_family(family) for family in FAMILIES if font in (family.regular, family.bold))


@pytest.mark.parametrize("script", NAMES)
def test_every_drawn_character_has_a_glyph_in_its_font(script: str, letters: dict[str, bytes]) -> None:
    for font, characters in fonts_and_characters(letters[script]).items():
        # Private-use code points stand for glyphs HarfBuzz chose by glyph id (conjuncts, joining forms): real glyphs.
        # ASCII is left out: reportlab's first subset of every font maps all of ASCII to itself, drawn or not.
        drawn = {char for char in characters if not char.isascii() and unicodedata.category(char) != "Co"}
        missing = drawn - family_named(font)
        assert not missing, f"{script}: {font} has no glyph for {sorted(missing)}"


@pytest.mark.parametrize("script", NAMES)
def test_the_name_comes_back_from_pdftotext_in_logical_order(
    script: str, letters: dict[str, bytes], tmp_path: Path
) -> None:
    if script in DEVANAGARI:
        pytest.xfail("reportlab 5.1 writes no ActualText for shaped Devanagari: pdftotext reads the glyph order")
    text = pdftotext(letters[script], tmp_path)
    if script in ARABIC_SCRIPT:
        text = unicodedata.normalize("NFKC", text)
    assert text.count(NAMES[script]) >= 5, text  # "Voor:", and visitor, question and notes (twice) on the sheet


@pytest.mark.parametrize("name", NAMES.values())
def test_each_run_is_in_a_font_that_has_every_character_of_it(name: str) -> None:
    for family, run in runs(f"({name}), {name}!\n{name}."):
        assert set(run) - {" ", "\n"} <= register_family(family), (family, run)


def test_every_name_is_printable_and_an_unknown_character_is_named_once_in_order() -> None:
    for name in NAMES.values():
        assert unprintable(name) == ""
    assert unprintable("a\u0ba4b\U00013000\u0ba4 c") == "\u0ba4\U00013000"  # Tamil, an Egyptian hieroglyph


def test_a_character_without_a_font_prints_as_the_replacement_character() -> None:
    assert markup("a\U00013000b") == f"a{REPLACEMENT}b"
    assert REPLACEMENT in register_family(FAMILIES[0])


def test_runs_take_the_first_font_that_has_the_character_and_keep_spaces_and_punctuation() -> None:
    assert markup("Şükrü & Zoë\nЖ") == "Şükrü &amp; Zoë<br/>Ж"
    assert markup("王小明, ሃብቶም") == (
        '<font face="DroidSansFallback">王小明</font>, <font face="NotoSansEthiopic-Regular">ሃብቶም</font>'
    )
    assert markup("अमित शर्मा।") == '<font face="NotoSansDevanagari-Regular">अमित शर्मा।</font>'


def test_only_right_to_left_and_complex_scripts_are_shaped_and_a_right_to_left_text_is_right_aligned() -> None:
    style = ParagraphStyle("body", fontName=REGULAR)
    assert not paragraph("Şükrü Öztürk 王小明", style).style.shaping
    dutch = paragraph("Voor: محمد الأحمد", style)
    assert dutch.style.shaping and dutch.style.alignment != TA_RIGHT
    arabic = paragraph("محمد الأحمد (06 12345678)", style)
    assert arabic.style.shaping and arabic.style.alignment == TA_RIGHT
    assert paragraph("अमित शर्मा", style).style.shaping


def test_a_bold_title_prints_a_fallback_script_in_its_bold_face() -> None:
    pdf = render_referral_letter(replace(LETTER, partner=replace(LETTER.partner, organization="ሃብቶም ገብረ")))
    assert {"NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold"} <= set(fonts_and_characters(pdf))


def test_a_latin_letter_embeds_no_fallback_font() -> None:
    assert set(fonts_and_characters(render_referral_letter(LETTER))) == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An RTL paragraph: words right to left, a number keeps its digits left to right.
        ("محمد الأحمد 06 12345678", "06 12345678 الأحمد محمد"),
        # An LTR paragraph with a right-to-left name: only the name's words turn around.
        ("Voor: محمد الأحمد morgen", "Voor: الأحمد محمد morgen"),
        # Punctuation after a right-to-left name takes the paragraph's direction, after the name.
        ("Beste محمد الأحمد,", "Beste الأحمد محمد,"),
    ],
)
def test_words_are_drawn_in_visual_order(text: str, expected: str) -> None:
    class Fragment:
        def __init__(self, text: str) -> None:
            self.text = text

        def clone(self, text: str) -> Fragment:
            return Fragment(text)

    base_level = 1 if text[0] == "م" else 0
    assert "".join(f.text for f in _visual_order([Fragment(text)], base_level)) == expected
