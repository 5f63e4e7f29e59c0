"""The warm-handover letter: A4, on the desk's letterhead, in Dutch (B1) or English; PDF bytes out.

The visitor's part fits page 1: where to go, to whom, the next step, what to bring, what happens after, what was
shared (or that nothing was), and whom to ask; a text too long for page 1 starts there and continues in an annex.
With consent follows the sheet for the partner, in Dutch, holding exactly the items the visitor agreed to share;
after a withdrawal, a short notice for the partner instead. Every page has a footer with the reference and its
number within its part. The texts live in resources/letters/referral_letter.yaml.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cache
from typing import Any

import yaml
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from wsp_desk.dates import clock_time, local, long_date
from wsp_desk.domain.opening_hours import OpeningWeek, WeekWords, week_lines
from wsp_desk.letters.fonts import BOLD, REGULAR, register_fonts
from wsp_desk.letters.layout import (
    LABEL_GUTTER,
    Footer,
    Picture,
    QrCode,
    facts_table,
    layout_table,
    numbered_canvas,
    qr_size,
    story_height,
    url_lines,
)
from wsp_desk.letters.scripts import markup, paragraph
from wsp_desk.resource_files import resource

LANGUAGES = ("nl", "en")
_INK = colors.HexColor("#1a1a1a")
_ACCENT = colors.HexColor("#005a8c")  # dark blue: 7:1 contrast on white
_QUIET = colors.HexColor("#555555")
_MARGIN = 20 * mm
_TOP_MARGIN = 13 * mm
_BOTTOM_MARGIN = 14 * mm  # room for the footer
_FOOTER_Y = 7 * mm
_QR_SIZE = 26 * mm
_QR_LARGEST = 40 * mm  # a longer URL is printed without a code rather than squeezing the text beside it
_LABEL_WIDTH = 34 * mm
_SHEET_LABEL_WIDTH = 48 * mm  # the partner's labels are longer
_LOGO_HEIGHT = 13 * mm
# Platypus frames keep 6 pt padding on each side; flowables get the width inside it.
_FRAME_PADDING = 12
_WIDTH = A4[0] - 2 * _MARGIN - _FRAME_PADDING
_HEIGHT = A4[1] - _TOP_MARGIN - _BOTTOM_MARGIN - _FRAME_PADDING
# A text longer than this on page 1 shows its start there when the page would overflow; the rest is in the annex.
_LEAD_CHARACTERS = 60
# What the measured height may be short of the laid-out one (the frame's own rounding and spacing).
_SLACK = 4
_FOOTER_NAME = 30
VISITOR_PART, PARTNER_PART = "visitor", "partner"


@dataclass(frozen=True)
class Letterhead:
    """The werkcentrum on every letter: its name at the top and its contact block under "Heeft u vragen?"."""

    name: str
    address: str = ""
    phone: str = ""
    website: str = ""
    email: str = ""
    opening_hours: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class Partner:
    organization: str
    service: str
    contact_name: str = ""
    address_lines: tuple[str, ...] = ()
    opening_hours: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    how_to_get_there: str = ""


@dataclass(frozen=True)
class Guide:
    """The guide who follows the handover up, and how the partner reaches them directly."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class SharedItems:
    """What the visitor agreed to share; None (or False) for an item means: not shared.

    `interpreter` is the language the visitor needs an interpreter for ("" when the language was not noted).
    """

    name: str | None = None
    contact: str | None = None
    question: str | None = None
    interpreter: str | None = None
    accessibility: bool = False
    notes: str | None = None

    def chosen(self) -> list[str]:
        """The shared items, in the letter's order."""
        return [field.name for field in fields(self) if getattr(self, field.name) not in (None, False)]


@dataclass(frozen=True)
class Consent:
    given_on: date
    text_version: str
    shared: SharedItems
    # Once withdrawn, the letter says what had been shared and carries a notice for the partner instead of the sheet.
    withdrawn_on: date | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class LetterContent:
    language: str
    letter_date: date
    reference: str
    handed_over_on: date
    letterhead: Letterhead
    partner: Partner
    guide: Guide
    follow_up_on: date
    visitor_name: str = ""
    # "phone", "email" or "": how the guide can reach the visitor after the visit.
    visitor_reachable_by: str = ""
    reason: str = ""
    next_step: str = ""
    appointment: datetime | None = None
    what_to_bring: tuple[str, ...] = ()
    consent: Consent | None = None

    def printed_text(self) -> str:
        """Every text of the desk's people and partners that the letter may print."""
        partner, shared = self.partner, self.consent.shared if self.consent else SharedItems()
        return "\n".join(
            (
                self.visitor_name,
                self.guide.name,
                partner.organization,
                partner.service,
                partner.contact_name,
                partner.email,
                partner.website,
                *partner.address_lines,
                partner.how_to_get_there,
                self.reason,
                self.next_step,
                *self.what_to_bring,
                shared.contact or "",
                shared.question or "",
                shared.interpreter or "",
                shared.notes or "",
                self.letterhead.name,
                self.letterhead.address,
                self.letterhead.opening_hours,
                self.letterhead.email,
                self.guide.email,
            )
        )

    @property
    def shared(self) -> SharedItems | None:
        """What may reach the partner now: nothing without consent, after it was withdrawn, or when none of its items
        holds anything any more (the visit was corrected after the handover)."""
        consent = self.consent
        return consent.shared if consent is not None and consent.active and consent.shared.chosen() else None


@cache
def _all_texts() -> dict[str, dict[str, Any]]:
    texts: dict[str, dict[str, Any]] = yaml.safe_load(
        resource("letters", "referral_letter.yaml").read_text(encoding="utf-8")
    )
    return texts


def letter_texts(language: str) -> dict[str, Any]:
    """The visitor's texts in a letter language (Dutch for any other)."""
    return _all_texts()[language if language in LANGUAGES else "nl"]


def partner_texts() -> dict[str, Any]:
    """The texts of the partner's pages: always Dutch."""
    return _all_texts()["partner"]


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


@cache
def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13, textColor=_INK, spaceAfter=1.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "footer": ParagraphStyle("footer", parent=body, fontSize=8, leading=10, textColor=_QUIET, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=9, leading=11.5, alignment=TA_RIGHT),
        "head_small": ParagraphStyle("head_small", parent=body, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=15, leading=19, textColor=_ACCENT, spaceBefore=3, spaceAfter=4
        ),
        "subject": ParagraphStyle("subject", parent=body, fontName=BOLD, spaceBefore=4, spaceAfter=4),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            textColor=_ACCENT,
            spaceBefore=3,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=REGULAR),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept), each character in a font and direction that prints it."""
    return paragraph(text, style)


def _moment(moment: datetime, texts: dict[str, Any], language: str) -> str:
    at = local(moment)
    text: str = texts["appointment_moment"].format(
        weekday=texts["weekdays"][at.weekday()], date=long_date(at.date(), language), time=clock_time(at)
    )
    return text


def _cut(text: str, length: int) -> str:
    """The first `length` characters, and the accents that belong to the last of them."""
    while length < len(text) and unicodedata.combining(text[length]):
        length += 1
    return text[:length]


def _lead(text: str) -> str:
    """The start of a long text, cut at a word."""
    text = " ".join(text.split())
    cut = text[:_LEAD_CHARACTERS].rsplit(None, 1)[0] if len(text) > _LEAD_CHARACTERS else text
    return cut.rstrip(",;:") + " …"


def _bullets(items: list[str]) -> list[Flowable]:
    style = _styles()["bullet"]
    return [paragraph(item, style, bullet="•") for item in items]


@cache
def _logo_size(png: bytes) -> tuple[float, float]:
    """The logo's printed size: at most 13 mm high and 40 % of the line wide."""
    image_width, image_height = ImageReader(io.BytesIO(png)).getSize()
    scale = min(_LOGO_HEIGHT / image_height, 0.4 * _WIDTH / image_width)
    return image_width * scale, image_height * scale


def _letterhead(head: Letterhead) -> Flowable:
    styles = _styles()
    lines = [_p(head.name, styles["head"])] + [
        _p(line, styles["head_small"]) for line in (head.address, head.website) if line
    ]
    logo: Flowable = Spacer(1, 1)
    if head.logo_png:
        logo = Picture(head.logo_png, *_logo_size(head.logo_png))
    return layout_table(
        [[logo, lines]],
        [_WIDTH * 0.42, _WIDTH * 0.58],
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _ACCENT),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    )


def _facts(rows: Sequence[tuple[str, str | Flowable]], width: float, label_width: float = _LABEL_WIDTH) -> Flowable:
    styles = _styles()
    label_style = styles["label"]
    room = label_width - LABEL_GUTTER

    def label_cell(label: str) -> str | Flowable:
        fits = stringWidth(label, label_style.fontName, label_style.fontSize) <= room
        return label if fits else _p(label, label_style)

    return facts_table(
        (
            (label_cell(label), value if isinstance(value, Flowable) else _p(value, styles["body"]))
            for label, value in rows
            if value
        ),
        label_width,
        width,
        label_style,
    )


def _url(url: str, width: float) -> Paragraph:
    style = _styles()["body"]
    return Paragraph(
        "<br/>".join(markup(line) for line in url_lines(url, style.fontName, style.fontSize, width)), style
    )


@dataclass
class _Section:
    """A heading and its text on page 1. `kept` always stays there; a `long_text` (shown by `body`) may move to the
    annex, leaving its start on page 1."""

    title: str
    body: Sequence[Flowable]
    kept: Sequence[Flowable] = ()
    long_text: str = ""
    moved: bool = False
    together: bool = False  # never split between pages

    @property
    def movable(self) -> bool:
        return len(self.long_text) > _LEAD_CHARACTERS and not self.moved

    def flowables(self) -> list[Flowable]:
        story = [_p(self.title, _styles()["h2"]), *self.kept, *self.body]
        return [KeepTogether(story)] if self.together else story


class _Letter:
    """One letter being laid out: its texts, content and the parts of its story."""

    def __init__(self, content: LetterContent) -> None:
        self.content = content
        self.texts = letter_texts(content.language)
        self.partner_texts = partner_texts()
        self.styles = _styles()

    def p(self, text: str, style: str = "body") -> Paragraph:
        return _p(text, self.styles[style])

    # --- the visitor's part ---------------------------------------------------------------------------------------

    def visitor_part(self) -> list[Flowable]:
        """Page 1, and the annex when page 1 would not hold every text at its full length."""
        head, sections, tail = self._intro(), self._sections(), self._closing()
        room = _HEIGHT - _SLACK - story_height(head + tail, _WIDTH)
        # Each section is built and measured once, and changed only when it moves.
        page_one = [self._on_page_one(section) for section in sections]
        heights = [story_height(flowables, _WIDTH) for flowables in page_one]
        while sum(heights) > room:
            movable = [number for number, section in enumerate(sections) if section.movable]
            if not movable:
                break
            longest = max(movable, key=heights.__getitem__)
            sections[longest].moved = True
            page_one[longest] = self._on_page_one(sections[longest])
            heights[longest] = story_height(page_one[longest], _WIDTH)
        story = head + [flowable for flowables in page_one for flowable in flowables] + tail
        annex = [section for section in sections if section.moved]
        if annex:
            story += [
                PageBreak(),
                self.p(
                    self.texts["annex_title"].format(date=long_date(self.content.letter_date, self.language)), "title"
                ),
                self.p(self.texts["annex_intro"]),
            ]
            story += [flowable for section in annex for flowable in (self.p(section.title, "h2"), *section.body)]
        return story

    @property
    def language(self) -> str:
        return self.content.language

    def _on_page_one(self, section: _Section) -> list[Flowable]:
        if not section.moved:
            return section.flowables()
        return [
            self.p(section.title, "h2"),
            *section.kept,
            self.p(f"{_lead(section.long_text)} {self.texts['annex_more']}"),
        ]

    def _intro(self) -> list[Flowable]:
        content, texts = self.content, self.texts
        name = content.visitor_name
        story: list[Flowable] = [
            _letterhead(content.letterhead),
            Spacer(1, 2 * mm),
            self.p(
                texts["date_reference"].format(
                    date=long_date(content.letter_date, self.language), reference=content.reference
                )
            ),
            self.p(texts["subject"].format(organization=content.partner.organization), "subject"),
            self.p(texts["salutation"].format(name=name) if name else texts["salutation_anonymous"]),
            self.p(
                texts["opening"].format(date=long_date(content.handed_over_on, self.language), guide=content.guide.name)
            ),
            self.p(texts["you_go_to"].format(organization=content.partner.organization), "title"),
            self._partner_facts(),
        ]
        if not content.partner.address_lines:
            head = content.letterhead
            story.append(self.p(texts["no_address"] if head.phone or head.email else texts["no_address_drop_in"]))
        return story

    def _partner_facts(self) -> Flowable:
        partner, texts = self.content.partner, self.texts
        code = qr_size(partner.website, _QR_SIZE) if partner.website else 0.0
        with_code = 0 < code <= _QR_LARGEST
        width = _WIDTH - code - 6 * mm if with_code else _WIDTH
        facts = _facts(
            [
                (texts["service"], partner.service),
                (texts["contact"], partner.contact_name),
                (texts["address"], "\n".join(partner.address_lines)),
                (texts["opening_hours"], "\n".join(partner.opening_hours)),
                (texts["phone"], partner.phone),
                (texts["email"], partner.email),
                (texts["website"], _url(partner.website, width - _LABEL_WIDTH) if partner.website else ""),
            ],
            width,
        )
        if not with_code:
            return facts
        qr = [QrCode(partner.website, code), self.p(self.texts["scan"], "small")]
        return layout_table([[facts, qr]], [width + 6 * mm, code])

    def _sections(self) -> list[_Section]:
        content, texts = self.content, self.texts
        organization = content.partner.organization
        sections: list[_Section] = []

        def text_section(title: str, text: str) -> None:
            if text:
                sections.append(_Section(title, [self.p(text)], long_text=text))

        appointment: list[Flowable] = []
        if content.appointment is not None:
            moment = _moment(content.appointment, texts, self.language)
            appointment.append(self.p(texts["appointment"].format(moment=moment), "label"))
        if content.next_step or appointment:
            body = [self.p(content.next_step)] if content.next_step else []
            sections.append(_Section(texts["next_step"], body, kept=appointment, long_text=content.next_step))
        text_section(texts["how_to_get_there"], content.partner.how_to_get_there)
        if content.what_to_bring:
            sections.append(
                _Section(
                    texts["bring"],
                    _bullets(list(content.what_to_bring)),
                    long_text="; ".join(content.what_to_bring),
                )
            )
        shared = content.shared
        if shared is not None and shared.question:
            text_section(texts["your_question"], shared.question)
        text_section(texts["why"].format(organization=organization), content.reason)
        sections.append(_Section(texts["follow_up"], [self.p(self._follow_up())]))
        sections.append(_Section(texts["shared_title"], self._what_was_shared()))
        sections.append(_Section(texts["contact_title"], self._ask_us(), together=True))
        return sections

    def _follow_up(self) -> str:
        content, texts = self.content, self.texts
        words = {
            "guide": content.guide.name,
            "date": long_date(content.follow_up_on, self.language),
            "organization": content.partner.organization,
        }
        reachable = content.visitor_reachable_by
        if content.shared is not None:
            sentences = [texts["follow_up_partner"]]
            if reachable:
                sentences.append(texts[f"follow_up_{reachable}_too"])
        elif reachable:
            sentences = [texts[f"follow_up_{reachable}"]]
        else:
            sentences = [texts["follow_up_call_us"]]
        sentences.append(texts["follow_up_end"])
        return " ".join(sentence.format(**words) for sentence in sentences)

    def _item_labels(self, shared: SharedItems) -> list[str]:
        return [self.texts[f"item_{key}"] for key in shared.chosen()]

    def _what_was_shared(self) -> list[Flowable]:
        content, texts = self.content, self.texts
        organization = content.partner.organization
        consent = content.consent
        if consent is None or not consent.shared.chosen():
            return [self.p(texts["shared_no"].format(organization=organization))]
        given = long_date(consent.given_on, self.language)
        labels = self._item_labels(consent.shared)
        items = ", ".join(labels[:-1]) + texts["and"] + labels[-1] if len(labels) > 1 else labels[0]
        version = texts["shared_version"].format(version=consent.text_version)
        if consent.withdrawn_on is not None:
            withdrawn = long_date(consent.withdrawn_on, self.language)
            return [
                self.p(texts["shared_before"].format(date=given, organization=organization, items=items)),
                self.p(texts["shared_withdrawn"].format(date=withdrawn, organization=organization) + " " + version),
            ]
        return [
            self.p(texts["shared_yes"].format(date=given, organization=organization, items=items)),
            self.p(texts["shared_withdraw"] + " " + version),
        ]

    def _ask_us(self) -> list[Flowable]:
        """The werkcentrum's contact block, two facts to a line."""
        head, texts, styles = self.content.letterhead, self.texts, self.styles
        facts = [
            (texts[label], value)
            for label, value in (
                ("phone", head.phone),
                ("email", head.email),
                ("opening_hours", head.opening_hours),
                ("address", head.address),
            )
            if value
        ]
        intro = self.p(texts["contact_intro"] if head.phone or head.email else texts["contact_none"])
        if not facts:
            return [intro]
        cells = [[_p(label, styles["label"]), _p(value, styles["body"])] for label, value in facts]
        rows = [
            cells[number] + (cells[number + 1] if number + 1 < len(cells) else ["", ""])
            for number in range(0, len(cells), 2)
        ]
        label, value = 23 * mm, _WIDTH / 2 - 23 * mm
        return [
            intro,
            layout_table(
                rows,
                [label, value, label, value],
                ("RIGHTPADDING", (0, 0), (-1, -1), LABEL_GUTTER),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ),
        ]

    def _closing(self) -> list[Flowable]:
        return [
            Spacer(1, 2 * mm),
            KeepTogether(
                [
                    self.p(self.texts["closing"]),
                    self.p(self.texts["signature"].format(guide=self.content.guide.name), "label"),
                ]
            ),
        ]

    # --- the partner's part -------------------------------------------------------------------------------------

    def partner_part(self) -> list[Flowable]:
        """The handover sheet with consent, the withdrawal notice after a withdrawal, else nothing."""
        consent = self.content.consent
        if consent is None or not consent.shared.chosen():
            return []
        if consent.withdrawn_on is not None:
            return self._withdrawal_notice(consent.given_on, consent.withdrawn_on)
        return self._sheet(consent)

    def _partner_title(self, key: str) -> list[Flowable]:
        texts = self.partner_texts
        story: list[Flowable] = [
            _letterhead(self.content.letterhead),
            Spacer(1, 5 * mm),
            self.p(texts[key].format(organization=self.content.partner.organization), "title"),
        ]
        if self.content.partner.contact_name:
            story.append(self.p(texts["attention"].format(name=self.content.partner.contact_name)))
        return story

    def _sheet(self, consent: Consent) -> list[Flowable]:
        content, texts = self.content, self.partner_texts
        shared = consent.shared
        interpreter = ""
        if shared.interpreter is not None:
            interpreter = (
                texts["interpreter_needed"].format(language=shared.interpreter)
                if shared.interpreter
                else texts["interpreter_needed_no_language"]
            )
        rows: list[tuple[str, str | Flowable]] = [
            (texts["reference"], content.reference),
            (texts["handover_date"], long_date(content.handed_over_on)),
            (texts["service"], content.partner.service),
            (texts["appointment"], _moment(content.appointment, texts, "nl") if content.appointment else ""),
            (texts["visitor"], shared.name or ""),
            (texts["visitor_contact"], shared.contact or ""),
            (texts["question"], shared.question or ""),
            (texts["interpreter"], interpreter),
            (texts["accessibility"], texts["accessibility_needed"] if shared.accessibility else ""),
            (texts["notes"], shared.notes or ""),
        ]
        return [
            *self._partner_title("title"),
            self.p(texts["intro"]),
            Spacer(1, 2 * mm),
            _facts(rows, _WIDTH, _SHEET_LABEL_WIDTH),
            self.p(texts["guide_title"], "h2"),
            self._reach_us(),
            self.p(texts["ask_title"], "h2"),
            self.p(texts["ask"].format(date=long_date(content.follow_up_on))),
            Spacer(1, 2 * mm),
            self.p(
                texts["consent"].format(date=long_date(consent.given_on), version=consent.text_version),
                "small",
            ),
        ]

    def _withdrawal_notice(self, given_on: date, withdrawn_on: date) -> list[Flowable]:
        content, texts = self.content, self.partner_texts
        return [
            *self._partner_title("withdrawn_title"),
            _facts(
                [(texts["reference"], content.reference), (texts["handover_date"], long_date(content.handed_over_on))],
                _WIDTH,
                _SHEET_LABEL_WIDTH,
            ),
            Spacer(1, 2 * mm),
            self.p(texts["withdrawn"].format(given=long_date(given_on), withdrawn=long_date(withdrawn_on))),
            self.p(texts["withdrawn_questions"]),
            self._reach_us(),
        ]

    def _reach_us(self) -> Flowable:
        """How the partner reaches the guide, and the werkcentrum."""
        texts, guide, head = self.partner_texts, self.content.guide, self.content.letterhead
        rows: list[tuple[str, str | Flowable]] = [
            (texts["guide"], guide.name),
            (texts["guide_phone"], guide.phone),
            (texts["guide_email"], guide.email),
            (texts["desk_phone"], head.phone),
            (texts["desk_email"], head.email),
        ]
        return _facts(rows, _WIDTH, _SHEET_LABEL_WIDTH)

    # --- footers --------------------------------------------------------------------------------------------------

    def footer(self, part: str) -> Footer:
        content = self.content
        if part == PARTNER_PART:
            label = self.partner_texts["footer"].format(organization=content.partner.organization)
            template = letter_texts("nl")["footer"]
        else:
            name = content.visitor_name
            # A footer stays one line: a long name is cut short there (it is printed whole above).
            short = name if len(name) <= _FOOTER_NAME else _cut(name, _FOOTER_NAME - 1) + "…"
            label = self.texts["footer_for"].format(name=short) if name else self.texts["footer_anonymous"]
            template = self.texts["footer"]
        return Footer(
            part,
            lambda page, pages: template.format(label=label, reference=content.reference, page=page, pages=pages),
        )


def _paint_footer(canvas: Canvas, text: str) -> None:
    footer = _p(text, _styles()["footer"])
    footer.wrap(_WIDTH, _BOTTOM_MARGIN)
    footer.drawOn(canvas, _MARGIN + _FRAME_PADDING / 2, _FOOTER_Y)


_NumberedCanvas = numbered_canvas(_paint_footer)


def render_referral_letter(content: LetterContent) -> bytes:
    """The letter as PDF bytes: fonts embedded, text extractable, title, author and language set."""
    register_fonts()
    letter = _Letter(content)
    buffer = io.BytesIO()
    frame = Frame(_MARGIN, _BOTTOM_MARGIN, A4[0] - 2 * _MARGIN, A4[1] - _TOP_MARGIN - _BOTTOM_MARGIN)

    def template(part: str) -> PageTemplate:
        footer = letter.footer(part)
        return PageTemplate(part, [frame], onPage=lambda canvas, _document: setattr(canvas, "footer", footer))

    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=[template(VISITOR_PART), template(PARTNER_PART)],
        title=letter.texts["title"].format(organization=content.partner.organization),
        author=content.letterhead.name,
        subject=content.partner.service,
        creator="WSP Desk",
        lang="nl-NL" if content.language == "nl" else "en-GB",
        initialFontName=REGULAR,
    )
    story = letter.visitor_part()
    partner = letter.partner_part()
    if partner:
        story += [NextPageTemplate(PARTNER_PART), PageBreak(), *partner]
    document.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
