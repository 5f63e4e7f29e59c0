"""Checks of what people type at the desk, each giving one clear sentence that names the field."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP

_KVK = re.compile(r"^\d{8}$")
# Dutch postcodes: four digits not starting with 0, two letters; SA, SD and SS are never issued.
_POSTCODE = re.compile(r"^([1-9]\d{3}) ?(?!SA|SD|SS)([A-Z]{2})$")


def normalise_phone(number: str, field: str = "phone") -> str:
    """A Dutch or international phone number in E.164 form (+31…); empty stays empty."""
    text = number.strip()
    if not text:
        return ""
    try:
        parsed = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP(
                "DeskError", "'{number}' is not a valid phone number. Example: 070 123 4567 or +32 2 555 12 34."
            ),
            number=text,
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """How a stored number is shown: national form for Dutch numbers, international otherwise."""
    if not e164:
        return ""
    parsed = phonenumbers.parse(e164, "NL")
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if parsed.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, style)


def normalise_email(address: str, field: str = "email") -> str:
    text = address.strip()
    if not text:
        return ""
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP("DeskError", "'{address}' is not a valid e-mail address. Example: naam@voorbeeld.nl."),
            address=text,
        ) from None


def normalise_kvk(number: str, field: str = "kvk_number") -> str:
    text = re.sub(r"[\s.]", "", number)
    if text and not _KVK.match(text):
        raise ValidationFailed(
            field, QT_TRANSLATE_NOOP("DeskError", "A KvK number has exactly 8 digits, for example 12345678.")
        )
    return text


def normalise_postcode(postcode: str, field: str = "postal_code") -> str:
    text = postcode.strip().upper()
    if not text:
        return ""
    match = _POSTCODE.match(text)
    if match is None:
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP("DeskError", "'{postcode}' is not a Dutch postcode. Example: 2288 GK."),
            postcode=text,
        )
    return f"{match.group(1)} {match.group(2)}"


def normalise_url(url: str, field: str = "url") -> str:
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in text:
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP("DeskError", "'{url}' is not a web address. Example: https://www.uwv.nl."),
            url=url.strip(),
        )
    return text


# Control characters cannot be stored everywhere (PostgreSQL refuses NUL), break files (XML has no BEL) and show as
# nothing; the bidirectional controls (embeddings, overrides, isolates and marks) make a text show in another order
# than it is stored, so a name or number could read as another. Tab and line breaks are ordinary in longer texts.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile("[\t\n\r]")
MAX_ID = 64


def _refuse_controls(text: str, field: str, pattern: re.Pattern[str]) -> None:
    found = pattern.search(text)
    if found:
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP("DeskError", "This text holds an invisible control character ({code}); remove it."),
            code=f"U+{ord(found.group()):04X}",
        )


def limit_text(text: str, maximum: int, field: str, *, one_line: bool = False) -> str:
    """`text` trimmed, at most `maximum` characters, without control characters; line breaks become "\\n", or are
    refused with `one_line` (a name), as tabs are."""
    cleaned = text.strip().replace("\r\n", "\n").replace("\r", "\n")
    if len(cleaned) > maximum:
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP("DeskError", "This text is too long: at most {maximum} characters."),
            maximum=maximum,
        )
    _refuse_controls(cleaned, field, _CONTROL)
    if one_line:
        _refuse_controls(cleaned, field, _LINE_BREAK)
    return cleaned


def check_id(value: str, field: str) -> str:
    """A record id from a file: at most MAX_ID characters, printable, on every database alike."""
    if not value or len(value) > MAX_ID:
        raise ValidationFailed(
            field,
            QT_TRANSLATE_NOOP("DeskError", "An id has 1 to {maximum} characters."),
            maximum=MAX_ID,
        )
    return limit_text(value, MAX_ID, field, one_line=True)


def limit_lines(text: str, max_lines: int, max_length: int, field: str) -> str:
    """A short text of a few lines, each trimmed; blank lines dropped."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > max_lines:
        raise ValidationFailed(field, QT_TRANSLATE_NOOP("DeskError", "Use at most {maximum} lines."), maximum=max_lines)
    for line in lines:
        if len(line) > max_length:
            raise ValidationFailed(
                field,
                QT_TRANSLATE_NOOP("DeskError", "A line is too long: at most {maximum} characters."),
                maximum=max_length,
            )
    return "\n".join(lines)
