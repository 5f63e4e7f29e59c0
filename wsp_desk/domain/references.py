"""The reference of a handover that the visitor, the partner and the desk quote to each other.

Unlike the ticket (RW-001 comes back every day) it names one handover for good: the year it was made and its number.
"""

from __future__ import annotations

from datetime import date


def referral_reference(referral_id: int, made_on: date) -> str:
    """WC-2026-00042"""
    return f"WC-{made_on.year}-{referral_id:05d}"
