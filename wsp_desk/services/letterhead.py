"""The letterhead of the handover letters: one per installation, kept by the coordinator.

It holds the werkcentrum's own contact block (address, phone, e-mail, opening hours), so a visitor who takes a letter
home knows how to ask a question. Nothing of it is known in advance: the coordinator fills it in.
"""

from __future__ import annotations

import base64
import io

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Setting
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.domain.validation import (
    format_phone,
    limit_lines,
    limit_text,
    normalise_email,
    normalise_phone,
    normalise_url,
)
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.letters.referral_letter import Letterhead
from wsp_desk.outside_files import MEGABYTE
from wsp_desk.services.audit import AuditLog

LETTERHEAD_KEY = "letterhead"
DEFAULT_LETTERHEAD = Letterhead("Werkcentrum Haaglanden — WSP Rijswijk")
MAX_LOGO_BYTES = 1 * MEGABYTE
# Far more than a logo 13 mm high needs at any printer's resolution, and a picture that decodes within memory.
MAX_LOGO_SIDE = 4000
# The werkcentrum's contact block on every letter, in the order the letter and the coordinator's banner name them.
CONTACT_FIELDS = ("address", "phone", "email", "opening_hours")
MAX_OPENING_HOURS_LINES = 4
MAX_OPENING_HOURS_LINE = 60


def check_logo(png: bytes) -> None:
    """Refuse what is no PNG image of at most 1 MB and MAX_LOGO_SIDE pixels a side, or does not decode.

    The size in pixels is read from the header before any pixel is decoded: a small file can declare a picture of
    billions of pixels (a decompression bomb), which would fill the memory of the desk and of every letter."""
    refusal = ValidationFailed(
        "logo",
        QT_TRANSLATE_NOOP("DeskError", "The logo must be a PNG image of at most 1 MB and {side} × {side} pixels."),
        side=MAX_LOGO_SIDE,
    )
    if len(png) > MAX_LOGO_BYTES or not png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise refusal
    # Pillow loads on the first logo only; the desk starts without it.
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(png), formats=["PNG"]) as image:
            if max(image.size) > MAX_LOGO_SIDE:
                raise refusal
            image.load()
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError):
        raise refusal from None


class LetterheadService:
    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    def current(self) -> Letterhead:
        with self._database.read() as session:
            row = session.get(Setting, LETTERHEAD_KEY)
        if row is None or not isinstance(row.value, dict):
            return DEFAULT_LETTERHEAD
        value = row.value
        logo = base64.b64decode(value["logo_png"]) if value.get("logo_png") else None
        return Letterhead(
            name=value.get("name") or DEFAULT_LETTERHEAD.name,
            address=value.get("address", ""),
            phone=value.get("phone", ""),
            website=value.get("website", ""),
            email=value.get("email", ""),
            logo_png=logo,
            opening_hours=value.get("opening_hours", ""),
        )

    def missing_contact(self) -> tuple[str, ...]:
        """The fields of the contact block (of CONTACT_FIELDS) that letters still print without."""
        head = self.current()
        return tuple(field for field in CONTACT_FIELDS if not getattr(head, field))

    def save(self, actor: Actor, head: Letterhead) -> Letterhead:
        """Store the letterhead of every new letter; letters printed before keep theirs."""
        require(actor, Action.MANAGE_SETTINGS)
        name = limit_text(head.name, 160, "name")
        if not name:
            raise ValidationFailed("name", QT_TRANSLATE_NOOP("DeskError", "The letterhead needs a name."))
        logo = head.logo_png
        if logo is not None:
            check_logo(logo)
        value = {
            "name": name,
            "address": limit_text(head.address, 300, "address"),
            "phone": format_phone(normalise_phone(head.phone)),
            "website": normalise_url(head.website, "website"),
            "email": normalise_email(head.email),
            "logo_png": base64.b64encode(logo).decode() if logo else "",
            "opening_hours": limit_lines(
                head.opening_hours, MAX_OPENING_HOURS_LINES, MAX_OPENING_HOURS_LINE, "opening_hours"
            ),
        }
        with self._database.write() as session:
            row = session.get(Setting, LETTERHEAD_KEY)
            if row is None:
                row = Setting(key=LETTERHEAD_KEY)
                session.add(row)
            row.value = value
            row.updated_at = self._clock.now()
            row.updated_by_id = actor.user_id
            self._audit.record(session, "setting_change", actor=actor, object_type="setting", object_id=LETTERHEAD_KEY)
        return self.current()
