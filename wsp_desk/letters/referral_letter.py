"""The warm-handover letter: A4, on the desk's letterhead, in Dutch (B1) or English; PDF bytes out.

Page one is the visitor's: where to go, to whom, why, the next step, what to bring, who follows up, and what was shared
(or that nothing was). Page two exists only with consent: the handover sheet for the partner, holding exactly the
items the visitor agreed to share. The texts live in resources/letters/referral_letter.yaml.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import yaml
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wsp_desk.dates import clock_time, local, long_date
from wsp_desk.domain.opening_hours import OpeningWeek, WeekWords, week_lines
from wsp_desk.letters.fonts import BOLD, REGULAR, register_fonts
from wsp_desk.resource_files import resource

LANGUAGES = ("nl", "en")
_INK = colors.HexColor("#1a1a1a")
_ACCENT = colors.HexColor("#005a8c")  # dark blue: 7:1 contrast on white
_MARGIN = 20 * mm
_QR_SIZE = 28 * mm
_QR_QUIET_ZONE = 4  # modules of white around the code
_LABEL_WIDTH = 38 * mm
# Platypus frames keep 6 pt padding on each side; flowables get the width inside it.
_FRAME_PADDING = 12


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str = ""
    phone: str = ""
    website: str = ""
    email: str = ""
    logo_png: bytes | None = None
    opening_hours: str = ""


@dataclass(frozen=True)
class Partner:
    organization: str
    service: str
    contact_name: str = ""
    address_lines: tuple[str, ...] = ()
    opening_hours: tuple[str, ...] = ()
    phone: str = ""
    website: str = ""
    how_to_get_there: str = ""


@dataclass(frozen=True)
class SharedItems:
    """What the visitor agreed to share; None for an item means: not shared."""

    name: str | None = None
    contact: str | None = None
    question: str | None = None
    notes: str | None = None

    def labels(self, texts: dict[str, Any]) -> list[str]:
        chosen = (("name", self.name), ("contact", self.contact), ("question", self.question), ("notes", self.notes))
        return [texts[f"item_{key}"] for key, value in chosen if value is not None]


@dataclass(frozen=True)
class Consent:
    given_on: date
    text_version: str
    shared: SharedItems


@dataclass(frozen=True)
class LetterContent:
    language: str
    letter_date: date
    letterhead: Letterhead
    partner: Partner
    guide_name: str
    follow_up_on: date
    visitor_name: str = ""
    question: str = ""
    reason: str = ""
    next_step: str = ""
    appointment: datetime | None = None
    what_to_bring: tuple[str, ...] = ()
    consent: Consent | None = None
    # When the visitor withdrew an earlier consent: the letter then says so, and has no sheet for the partner.
    consent_withdrawn_on: date | None = None


@cache
def letter_texts(language: str) -> dict[str, Any]:
    texts: dict[str, dict[str, Any]] = yaml.safe_load(
        resource("letters", "referral_letter.yaml").read_text(encoding="utf-8")
    )
    return texts[language if language in LANGUAGES else "nl"]


def opening_lines(week: OpeningWeek, language: str) -> tuple[str, ...]:
    """A partner's opening hours in the letter's language, in the letter's own words."""
    texts = letter_texts(language)
    words = WeekWords(
        short_day=lambda day: str(texts["weekdays_short"][day]),
        long_date=lambda day: long_date(day, language),
        closed_from_to=texts["closed_from_to"],
        closed_from=texts["closed_from"],
    )
    return tuple(week_lines(week, words))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5, textColor=_INK, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=9, leading=11.5, alignment=TA_RIGHT),
        "head_small": ParagraphStyle("head_small", parent=body, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, textColor=_ACCENT, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15, textColor=_ACCENT, spaceBefore=7, spaceAfter=2
        ),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class _QrCode(Flowable):
    """A QR code (error correction M, a quiet zone of four modules) painted as one filled path.

    reportlab's QrCodeWidget encodes the text once to measure and again to draw, and builds an attribute-checked shape
    per run of dark modules: most of the time of a whole letter. This encodes once and paints the same runs.
    """

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.width = self.height = size
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.make()
        self._rows: list[list[bool]] = [[bool(module) for module in row] for row in code.modules]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        box = self.width / (len(self._rows) + 2 * _QR_QUIET_ZONE)
        path = self.canv.beginPath()
        for number, row in enumerate(self._rows):
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    y = self.height - (number + _QR_QUIET_ZONE + 1) * box
                    path.rect((column + _QR_QUIET_ZONE) * box, y, length * box, box)
                column += length
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def _qr(url: str) -> Flowable:
    return _QrCode(url, _QR_SIZE)


def _table(rows: list[list[Any]], col_widths: list[float], *extra: tuple[Any, ...]) -> Table:
    """A layout table: no padding, top-aligned, and our font (tables otherwise pull in Helvetica)."""
    table = Table(rows, colWidths=col_widths, splitInRow=1)  # a long text continues on the next page
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                *extra,
            ]
        )
    )
    return table


def _letterhead(head: Letterhead, styles: dict[str, ParagraphStyle], width: float) -> Table:
    lines = [_p(head.name, styles["head"])] + [
        _p(line, styles["head_small"]) for line in (head.address, head.phone, head.website, head.email) if line
    ]
    logo: Flowable = Spacer(1, 1)
    if head.logo_png:
        reader = ImageReader(io.BytesIO(head.logo_png))
        image_width, image_height = reader.getSize()
        height = 18 * mm
        logo = Image(io.BytesIO(head.logo_png), width=height * image_width / image_height, height=height)
    return _table(
        [[logo, lines]],
        [width * 0.4, width * 0.6],
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _ACCENT),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    )


def _facts(rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle], width: float) -> Table:
    return _table(
        [[_p(label, styles["label"]), _p(value, styles["body"])] for label, value in rows if value],
        [_LABEL_WIDTH, width - _LABEL_WIDTH],
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    )


def _appointment(moment: datetime, texts: dict[str, Any], language: str) -> str:
    at = local(moment)
    text: str = texts["appointment_moment"].format(
        weekday=texts["weekdays"][at.weekday()], date=long_date(at.date(), language), time=clock_time(at)
    )
    return text


def _visitor_page(
    content: LetterContent, texts: dict[str, Any], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    partner = content.partner
    language = content.language
    story: list[Flowable] = [
        _letterhead(content.letterhead, styles, width),
        Spacer(1, 6 * mm),
        _p(texts["date"].format(date=long_date(content.letter_date, language)), styles["body"]),
    ]
    if content.visitor_name:
        story.append(_p(texts["for"].format(name=content.visitor_name), styles["body"]))
    story += [Spacer(1, 4 * mm), _p(texts["you_go_to"].format(organization=partner.organization), styles["title"])]

    facts = _facts(
        [
            (texts["organization"], partner.organization),
            (texts["service"], partner.service),
            (texts["contact"], partner.contact_name),
            (texts["address"], "\n".join(partner.address_lines)),
            (texts["opening_hours"], "\n".join(partner.opening_hours)),
            (texts["phone"], partner.phone),
            (texts["website"], partner.website),
        ],
        styles,
        width - _QR_SIZE - 6 * mm,
    )
    if partner.website:
        qr = [_qr(partner.website), _p(texts["scan"], styles["small"])]
        block = _table([[facts, qr]], [width - _QR_SIZE - 6 * mm, _QR_SIZE + 6 * mm])
        story.append(block)
    else:
        story.append(facts)

    def section(title: str, *flowables: Flowable) -> None:
        story.append(KeepTogether([_p(title, styles["h2"]), *flowables]))

    if partner.how_to_get_there:
        section(texts["how_to_get_there"], _p(partner.how_to_get_there, styles["body"]))
    if content.question:
        section(texts["your_question"], _p(content.question, styles["body"]))
    if content.reason:
        section(texts["why"], _p(content.reason, styles["body"]))
    steps: list[Flowable] = [_p(content.next_step, styles["body"])] if content.next_step else []
    if content.appointment is not None:
        steps.append(
            _p(texts["appointment"].format(moment=_appointment(content.appointment, texts, language)), styles["label"])
        )
    if steps:
        section(texts["next_step"], *steps)
    if content.what_to_bring:
        section(
            texts["bring"],
            ListFlowable(
                [ListItem(_p(item, styles["body"]), leftIndent=12) for item in content.what_to_bring],  # type: ignore[misc]
                bulletType="bullet",
                bulletFontName=REGULAR,
                leftIndent=12,
            ),
        )
    section(
        texts["follow_up"],
        _p(
            texts["follow_up_text"].format(
                guide=content.guide_name,
                date=long_date(content.follow_up_on, language),
                organization=partner.organization,
            ),
            styles["body"],
        ),
    )
    organization = partner.organization
    if content.consent is not None:
        items = content.consent.shared.labels(texts)
        shared = [
            _p(texts["shared_yes"].format(organization=organization, items=", ".join(items)), styles["body"]),
            _p(texts["shared_why"].format(organization=organization), styles["body"]),
            _p(texts["shared_withdraw"].format(organization=organization), styles["body"]),
        ]
    elif content.consent_withdrawn_on is not None:
        withdrawn = long_date(content.consent_withdrawn_on, language)
        shared = [_p(texts["shared_withdrawn"].format(organization=organization, date=withdrawn), styles["body"])]
    else:
        shared = [_p(texts["shared_no"].format(organization=organization), styles["body"])]
    section(texts["shared_title"], *shared)
    phone = content.letterhead.phone
    contact = (texts["contact_text"] if phone else texts["contact_text_no_phone"]).format(
        guide=content.guide_name, phone=phone
    )
    section(texts["contact_title"], _p(contact, styles["body"]))
    return story


def _partner_sheet(
    content: LetterContent, texts: dict[str, Any], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    assert content.consent is not None
    shared = content.consent.shared
    language = content.language
    rows = [
        (texts["sheet_visitor"], shared.name or ""),
        (texts["sheet_contact"], shared.contact or ""),
        (texts["sheet_question"], shared.question or ""),
        (texts["sheet_notes"], shared.notes or ""),
        (texts["sheet_reason"], content.reason),
        (texts["sheet_next_step"], content.next_step),
        (
            texts["sheet_guide"],
            "\n".join(
                filter(
                    None,
                    (content.guide_name, content.letterhead.name, content.letterhead.phone, content.letterhead.email),
                )
            ),
        ),
    ]
    return [
        PageBreak(),
        _letterhead(content.letterhead, styles, width),
        Spacer(1, 6 * mm),
        _p(texts["sheet_title"].format(organization=content.partner.organization), styles["title"]),
        _p(texts["sheet_intro"], styles["body"]),
        Spacer(1, 3 * mm),
        _facts(rows, styles, width),
        Spacer(1, 4 * mm),
        _p(texts["sheet_follow_up"].format(date=long_date(content.follow_up_on, language)), styles["body"]),
        _p(
            texts["sheet_consent"].format(
                date=long_date(content.consent.given_on, language), version=content.consent.text_version
            ),
            styles["small"],
        ),
    ]


def render_referral_letter(content: LetterContent) -> bytes:
    """The letter as PDF bytes: fonts embedded, text extractable, title, author and language set."""
    register_fonts()
    texts = letter_texts(content.language)
    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=texts["title"].format(organization=content.partner.organization),
        author=content.letterhead.name,
        subject=content.partner.service,
        creator="WSP Desk",
        lang="nl-NL" if content.language == "nl" else "en-GB",
        initialFontName=REGULAR,
    )
    width = A4[0] - 2 * _MARGIN - _FRAME_PADDING
    story = _visitor_page(content, texts, styles, width)
    if content.consent is not None:
        story += _partner_sheet(content, texts, styles, width)
    document.build(story)
    return buffer.getvalue()
