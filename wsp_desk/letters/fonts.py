"""The embedded Unicode font of every PDF the desk prints (DejaVu Sans, shipped in resources/fonts)."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wsp_desk.resource_files import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Register the fonts with reportlab once; platypus then finds bold through the family mapping."""
    for name in (REGULAR, BOLD):
        with as_file(resource("fonts", f"{name}.ttf")) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
