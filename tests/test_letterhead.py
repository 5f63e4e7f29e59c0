"""The letterhead of the handover letters: kept by the coordinator, checked before it is stored."""

from __future__ import annotations

import pytest

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.errors import PermissionDenied, ValidationFailed
from wsp_desk.letters.referral_letter import Letterhead


def test_the_coordinator_sets_the_letterhead(desk: DeskContext, coordinator: Actor, guide: Actor) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 10
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
