"""Text in every script a visitor writes in: which embedded font prints each character, shaping and direction.

A paragraph is split into runs by the first family (fonts.FAMILIES) that has a glyph for a character; spaces,
punctuation and combining marks stay in the run around them when its font has them. A character that no family covers
prints as U+FFFD, visibly; `unprintable` names such characters beforehand.

Arabic-script and Devanagari text needs shaping (joined letters, conjuncts): reportlab does it with HarfBuzz for a style
with `shaping=1`, which costs about twice as much, so only paragraphs that hold such text, or Hebrew, get it. reportlab
5.1 orders right-to-left text only through rlbidi, which is not on PyPI and which it skips for paragraphs of several
runs anyway. So a paragraph with right-to-left text puts the words of each drawn line in visual order itself (the
Unicode bidirectional algorithm at the level of words; HarfBuzz orders the glyphs inside a word). A paragraph whose
first strong character is right-to-left is right-to-left as a whole, and right aligned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, reduce
from itertools import groupby
from operator import add
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.fonts import ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as platypus_paragraph

from wsp_desk.letters.fonts import FAMILIES, Family, register_family

REPLACEMENT = "\ufffd"  # printed, in DejaVu Sans, for a character no embedded font has
_DEFAULT = FAMILIES[0]
# Hebrew, Arabic (with Syriac, Thaana, N'Ko and presentation forms) and Devanagari: shaped, maybe bidirectional.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u0900-\u097f\ua8e0-\ua8ff]")
_RIGHT_TO_LEFT = frozenset(("R", "AL"))
_LEFT_TO_RIGHT = frozenset(("L", "EN", "AN"))  # numbers keep their digits left to right, like Latin words
_WORD_OR_SPACES = re.compile(" +|[^ ]+")
_BREAKS = frozenset(" \t\n")  # where reportlab breaks lines: never drawn as glyphs
# reportlab shapes with discretionary ligatures on, which prints the "st" of "Beste" as the old "ﬆ" glyph in a shaped
# paragraph; a reader expects the font's standard ligatures only, as everywhere else.
_FEATURES = {"kern": True, "liga": True, "dlig": False}


def _shape_word(word: Any) -> Any:
    return shapeFragWord(word, features=_FEATURES)


platypus_paragraph.shapeFragWord = _shape_word  # type: ignore[attr-defined]  # the name paragraphs shape with


def paragraph(text: str, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept) in which every character has its font and direction;
    `bullet` is drawn in the style's bullet indent."""
    body = markup(text, bold=ps2tt(style.fontName)[1] == 1)
    if text.isascii() or not _NEEDS_SHAPING.search(text):
        return _Paragraph(body, style, bulletText=bullet)
    if _first_strong_is_right_to_left(text):
        rtl = ParagraphStyle(f"{style.name}-rtl", parent=style, shaping=1, alignment=TA_RIGHT)
        return _RightToLeft(body, rtl, bulletText=bullet)
    return _LeftToRight(body, ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1), bulletText=bullet)


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup of plain text: escaped, line breaks as <br/>, runs outside DejaVu Sans in their own face.

    A paragraph in a bold style names the bold face of a fallback family itself: platypus keeps a <font face> as given.
    """
    if text.isascii() or register_family(_DEFAULT).issuperset(text):
        return _escaped(text)
    return "".join(
        _escaped(run)
        if family is _DEFAULT
        else f'<font face="{family.bold if bold else family.regular}">{_escaped(run)}</font>'
        for family, run in runs(text)
    )


def unprintable(text: str) -> str:
    """The distinct characters of the text that no embedded font prints, in the order they first appear."""
    if text.isascii():
        return ""
    return "".join(dict.fromkeys(char for char in text if not _invisible(char) and _family_of(char) is None))


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def runs(text: str) -> Iterator[tuple[Family, str]]:
    """The text in runs of one font family each; a character no family has is the replacement character."""
    current, run = _DEFAULT, []
    for char in text:
        if char in _BREAKS or (_stays_in_run(char) and char in register_family(current)):
            run.append(char)
            continue
        family, printed = _family_of(char), char
        if family is None:
            if _invisible(char):
                continue  # a joiner or direction mark that the run's font lacks: nothing to print
            family, printed = _DEFAULT, REPLACEMENT
        if family is not current:
            if run:
                yield current, "".join(run)
            current, run = family, []
        run.append(printed)
    if run:
        yield current, "".join(run)


@cache
def _family_of(char: str) -> Family | None:
    return next((family for family in FAMILIES if char in register_family(family)), None)


def _stays_in_run(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZPMC"


def _invisible(char: str) -> bool:
    """Whitespace and format characters (joiners, direction marks) print no glyph of their own."""
    return char.isspace() or unicodedata.category(char) == "Cf"


def _first_strong_is_right_to_left(text: str) -> bool:
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in _RIGHT_TO_LEFT:
            return True
        if direction == "L":
            return False
    return False


class _Paragraph(Paragraph):
    """A paragraph that breaks its lines once per width: the letter measures page 1 before the frame lays it out,
    and breaking lines is most of a paragraph's cost."""

    # The width given, the size taken, and the lines broken then: a piece split off a paragraph carries its own lines
    # (and may carry a copy of this), so the size holds only while the lines are the same object.
    _wrapped: tuple[float, float, float, object] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 reportlab's names
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == availWidth and self.__dict__.get("blPara") is wrapped[3]:
            return wrapped[1], wrapped[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height, self.__dict__.get("blPara"))
        return width, height


class _Bidirectional(_Paragraph):
    """A paragraph that draws each line with its words in visual order; lines are broken in logical order."""

    base_level = 0
    blPara: Any  # noqa: N815 reportlab's name for the lines wrap() broke, which its stubs leave untyped

    def drawPara(self, debug: int = 0) -> None:
        logical = self.blPara
        if logical.kind == 1:  # a shaped paragraph always has lines of fragments
            self.blPara = logical.clone(
                lines=[line.clone(words=_visual_order(line.words, self.base_level)) for line in logical.lines]
            )
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


class _LeftToRight(_Bidirectional):
    base_level = 0


class _RightToLeft(_Bidirectional):
    base_level = 1


def _visual_order(fragments: list[Any], base_level: int) -> list[Any]:
    """The fragments of one line in visual order: split at spaces, reordered by bidi level, joined again."""
    pieces = [(fragment, piece) for fragment in fragments for piece in _pieces(getattr(fragment, "text", ""))]
    while len(pieces) > 1 and pieces[-1][1].isspace():
        pieces.pop()  # the space after the line's last word would move to its other end
    levels = _levels([piece for _, piece in pieces], base_level)
    order = list(range(len(pieces)))
    for level in range(max(levels, default=0), 0, -1):
        # Rule L2: reverse every run of pieces at this level or higher, from the highest level down to 1.
        position = 0
        for high, run in groupby(order, key=lambda index: levels[index] >= level):
            length = len(list(run))
            if high:
                order[position : position + length] = reversed(order[position : position + length])
            position += length
    visual = [pieces[index] for index in order]
    return [
        fragment.clone(text=reduce(add, (piece for _, piece in group)))
        for fragment, group in groupby(visual, key=lambda pair: pair[0])
    ]


def _pieces(text: str) -> list[str]:
    """Words and runs of spaces, in logical order; slicing keeps a shaped text's glyph positions.

    Punctuation at either end of a right-to-left word becomes a piece of its own, so that it takes the direction
    around it: the comma of "Beste محمد," stays after the name. HarfBuzz gives a shaped right-to-left word its glyphs
    in visual order, so there the punctuation typed last is drawn first."""
    pieces: list[str] = []
    for match in _WORD_OR_SPACES.finditer(text):
        piece = text[match.start() : match.end()]
        if not _is_right_to_left(piece):
            pieces.append(piece)
            continue
        first = next(index for index, char in enumerate(piece) if not _neutral(char))
        last = max(index for index, char in enumerate(piece) if not _neutral(char)) + 1
        before, word, after = piece[:first], piece[first:last], piece[last:]
        if isinstance(piece, ShapedStr):  # visual order: what is drawn before the word was typed after it
            before, after = after, before
        pieces += [part for part in (before, word, after) if part]
    return pieces or [text]


def _neutral(char: str) -> bool:
    return unicodedata.bidirectional(char) not in _RIGHT_TO_LEFT | _LEFT_TO_RIGHT


def _levels(pieces: list[str], base_level: int) -> list[int]:
    """Each piece's bidi level: a neutral between two pieces of the same direction takes it, else the paragraph's."""
    base = base_level == 1
    strong = [_is_right_to_left(piece) for piece in pieces]

    def resolved(index: int) -> bool:
        if (direction := strong[index]) is not None:
            return direction
        before = next((d for d in reversed(strong[:index]) if d is not None), base)
        after = next((d for d in strong[index + 1 :] if d is not None), base)
        return before if before == after else base

    return [1 if resolved(index) else 2 * base_level for index in range(len(pieces))]


def _is_right_to_left(piece: str) -> bool | None:
    """True for a right-to-left word, False for a left-to-right one (numbers too), None for neutral text.

    A shaped word holds glyphs in visual order, some of them private-use stand-ins that count as left to right: so any
    right-to-left character makes the word right to left.
    """
    directions = {unicodedata.bidirectional(char) for char in piece}
    if directions & _RIGHT_TO_LEFT:
        return True
    return False if directions & _LEFT_TO_RIGHT else None
