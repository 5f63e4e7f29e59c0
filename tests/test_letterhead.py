"""The letterhead of the handover letters: kept by the coordinator, checked before it is stored."""

from __future__ import annotations

import pytest

from tests.support import png_image
from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import PermissionDenied, ValidationFailed
from wsp_desk.letters.referral_letter import Letterhead


def test_the_coordinator_sets_the_letterhead(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    png = png_image(200, 80)
    head = desk.letterhead.save(
        coordinator,
        Letterhead(
            "Werkcentrum Haaglanden — WSP Rijswijk",
            "Postbus 1, Rijswijk",
            "070 123 4567",
            "www.rijswijk.nl",
            logo_png=png,
        ),
    )
    assert head.phone == "070 123 4567" and head.website == "https://www.rijswijk.nl" and head.logo_png == png
    assert desk.letterhead.current() == head
    with pytest.raises(ValidationFailed):
        desk.letterhead.save(coordinator, Letterhead("X", logo_png=b"GIF89a"))
    with pytest.raises(PermissionDenied):
        desk.letterhead.save(guide, head)


def test_the_opening_hours_are_kept_as_short_trimmed_lines(desk: DeskContext, coordinator: Actor) -> None:
    head = desk.letterhead.save(
        coordinator, Letterhead("Werkcentrum", opening_hours="  ma t/m do 9:00–17:00 \n\n vr 9:00–12:00\n")
    )
    assert head.opening_hours == "ma t/m do 9:00–17:00\nvr 9:00–12:00"
    assert desk.letterhead.current().opening_hours == head.opening_hours


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ("ma\ndi\nwo\ndo\nvr", "Use at most 4 lines."),
        ("ma t/m vr " + "9:00–17:00 " * 6, "A line is too long: at most 60 characters."),
    ],
)
def test_opening_hours_that_do_not_fit_the_letter_are_refused_at_the_field(
    desk: DeskContext, coordinator: Actor, hours: str, message: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        desk.letterhead.save(coordinator, Letterhead("Werkcentrum", opening_hours=hours))
    assert refused.value.field == "opening_hours"
    assert refused.value.message == message
    assert desk.letterhead.current().opening_hours == ""


def test_missing_contact_names_the_empty_parts_of_the_contact_block(desk: DeskContext, coordinator: Actor) -> None:
    assert desk.letterhead.missing_contact() == ("address", "phone", "email", "opening_hours")
    desk.letterhead.save(
        coordinator, Letterhead("Werkcentrum", address="Voorbeeldstraat 1\n1234 AB Voorbeeld", email="info@example.nl")
    )
    assert desk.letterhead.missing_contact() == ("phone", "opening_hours")
    desk.letterhead.save(
        coordinator,
        Letterhead(
            "Werkcentrum",
            address="Voorbeeldstraat 1\n1234 AB Voorbeeld",
            phone="070 123 4567",
            email="info@example.nl",
            opening_hours="ma t/m vr 9:00–17:00",
        ),
    )
    assert desk.letterhead.missing_contact() == ()
