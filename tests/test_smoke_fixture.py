from wsp_desk.services.context import DeskContext
from wsp_desk.services.permissions import Actor


def test_fixture(desk: DeskContext, guide: Actor) -> None:
    assert guide.username == "gids"
    assert desk.audit.verify().intact
