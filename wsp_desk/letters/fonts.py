"""The embedded Unicode fonts of every PDF the desk prints, shipped in resources/fonts.

DejaVu Sans prints Latin, Greek, Cyrillic, Hebrew and Arabic (Persian too); the fallback families print the scripts it
lacks. A family is registered with reportlab the first time a text needs it, so a Latin letter never reads the large
CJK font.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wsp_desk.resource_files import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@dataclass(frozen=True)
class Family:
    """A regular and a bold face; a family without a bold face prints bold text in its regular face."""

    regular: str
    bold: str


# The order in which a character looks for a font: DejaVu first, so the letter's own font prints all it can.
FAMILIES = (
    Family(REGULAR, BOLD),
    Family("NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold"),  # Tigrinya, Amharic
    Family("NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold"),  # Hindi
    Family("DroidSansFallback", "DroidSansFallback"),  # Chinese, Japanese, Korean; no bold face exists
)


@cache
def register_family(family: Family) -> frozenset[str]:
    """Register a family with reportlab (once) and return the characters that both its faces have a glyph for."""
    covered: frozenset[str] | None = None
    for name in dict.fromkeys((family.regular, family.bold)):
        with as_file(resource("fonts", f"{name}.ttf")) as path:
            font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        glyphs = frozenset(chr(code) for code, glyph in font.face.charToGlyph.items() if glyph)
        covered = glyphs if covered is None else covered & glyphs
    # platypus finds bold (<b>, or a bold style around a <font face>) through the family mapping.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(family.regular, bold, italic, family.bold if bold else family.regular)
    assert covered is not None
    return covered


def register_fonts() -> None:
    """Register the letter's own font, DejaVu Sans; the fallback families follow when a text needs them."""
    register_family(FAMILIES[0])
