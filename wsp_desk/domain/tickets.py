"""The queue's ticket numbers: the location's prefix, the letter of the kind of visitor (or none), a hyphen and the
day's sequence in at least three digits: R-001, RW-007, POPG-012."""

from __future__ import annotations

import re

MAX_PREFIX_LETTERS = 4
PREFIX = re.compile(rf"^[A-Z]{{1,{MAX_PREFIX_LETTERS}}}$")
_MIN_DIGITS = 3


def ticket_number(prefix: str, letter: str, sequence: int) -> str:
    return f"{prefix}{letter}-{sequence:0{_MIN_DIGITS}d}"


def ticket_forms(length: int) -> list[str]:
    """Every form a ticket of `length` characters can take, with A for a letter and 9 for a digit: AA-999, A-9999."""
    forms = []
    for letters in range(1, MAX_PREFIX_LETTERS + 2):  # the prefix and the visitor's letter
        digits = length - letters - 1
        if digits >= _MIN_DIGITS:
            forms.append("A" * letters + "-" + "9" * digits)
    return forms
