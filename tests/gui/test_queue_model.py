"""The queue table: Qt's model checks, updates in place, waiting times that count and warn, and the watcher."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support import FakeClock
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import VisitorKind, VisitStatus
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.queue_steps import OPEN
from wsp_desk.errors import StorageError
from wsp_desk.gui.models.queue_model import HistoryModel, QueueFilter, QueueModel
from wsp_desk.gui.queue_watcher import QueueWatcher
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.queue import Registration
from wsp_desk.services.queue_views import QueueEntry

WAITING = QueueModel.WAITING_COLUMN


@pytest.fixture
def location_id(desk: DeskContext) -> int:
    return desk.locations.list_locations()[0].id


def register(desk: DeskContext, actor: Actor, location_id: int, **fields: object) -> QueueEntry:
    data = Registration(**{"visitor_kind": VisitorKind.JOB_SEEKER, **fields})  # type: ignore[arg-type]
    return desk.queue.register(actor, location_id, data)


def model_of(desk: DeskContext, actor: Actor, location_id: int, clock: FakeClock) -> QueueModel:
    model = QueueModel(clock)
    model.set_limits(15, 30)
    model.set_records(desk.queue_views.today(actor, location_id))
    return model


def row_texts(model: QueueModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_queue_model_and_its_filter_pass_qt_model_checks(
    qtmodeltester, desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, clock: FakeClock
) -> None:
    first = register(desk, receptionist, location_id, category_code="work_finding", urgent=True)
    register(desk, receptionist, location_id, visitor_kind=VisitorKind.EMPLOYER, company_name="Bakkerij")
    model = model_of(desk, receptionist, location_id, clock)
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_statuses(OPEN)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    # The testers stay attached: inserting and changing rows is checked as well.
    called = desk.queue.call(guide, first.id)
    model.update_entries([called, register(desk, receptionist, location_id)])
    clock.advance(minutes=20)
    model.refresh_waiting_times()
    assert model.rowCount() == 3 and proxy.rowCount() == 3


def test_changes_update_rows_in_place_and_new_visits_are_appended(
    qtbot: QtBot, desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, clock: FakeClock
) -> None:
    first = register(desk, receptionist, location_id)
    model = model_of(desk, receptionist, location_id, clock)
    called = desk.queue.call(guide, first.id)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.update_entries([called])
    assert (changed.args[0].row(), changed.args[1].row()) == (0, 0)
    assert row_texts(model, 0)[4:6] == ["Called", "Gids"]
    with qtbot.waitSignal(model.rowsInserted):
        model.update_entries([register(desk, receptionist, location_id)])
    assert [model.record(row).ticket for row in range(model.rowCount())] == ["RW-001", "RW-002"]
    with qtbot.assertNotEmitted(model.dataChanged):
        model.update_entries([called])  # nothing new: no repaint


def test_waiting_times_count_and_turn_amber_then_red_with_a_marker(
    qtbot: QtBot, desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, clock: FakeClock
) -> None:
    register(desk, receptionist, location_id)
    model = model_of(desk, receptionist, location_id, clock)
    waiting = model.index(0, WAITING)
    assert waiting.data() == "0 min"
    assert waiting.data(Qt.ItemDataRole.BackgroundRole) is None

    clock.advance(minutes=16)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.refresh_waiting_times()
    assert changed.args[0].column() == changed.args[1].column() == WAITING  # only the waiting time
    assert waiting.data() == "! 16 min"
    assert waiting.data(Qt.ItemDataRole.BackgroundRole).name() == "#ffc857"
    assert waiting.data(Qt.ItemDataRole.ForegroundRole).name() == "#000000"
    assert waiting.data(Qt.ItemDataRole.ToolTipRole) == "Waiting longer than 15 minutes"

    clock.advance(minutes=50)
    assert waiting.data() == "!! 1 h 06 min"
    assert waiting.data(Qt.ItemDataRole.BackgroundRole).name() == "#ff8a80"
    assert waiting.data(Qt.ItemDataRole.ToolTipRole) == "Waiting longer than 30 minutes"

    model.update_entries([desk.queue.call(guide, model.record(0).id)])
    clock.advance(minutes=10)
    assert waiting.data() == "1 h 06 min"  # stopped counting when called; no colour
    assert waiting.data(Qt.ItemDataRole.BackgroundRole) is None


def test_particulars_and_who_it_is_in_the_tooltip(
    desk: DeskContext, receptionist: Actor, location_id: int, clock: FakeClock
) -> None:
    register(
        desk,
        receptionist,
        location_id,
        question="Werk in de zorg",
        name_or_initials="Aylin",
        needs_interpreter=True,
        interpreter_language="Arabisch",
        accessibility_need=True,
        has_appointment=True,
        urgent=True,
        callback_phone="070 123 4567",
    )
    model = model_of(desk, receptionist, location_id, clock)
    assert row_texts(model, 0)[:3] == ["RW-001", "Job seeker", "Werk in de zorg"]  # no category: the question
    assert model.index(0, 7).data() == "Urgent, Appointment, Interpreter (Arabisch), Accessibility, Call back"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Aylin\nWerk in de zorg"


def test_filtering_by_status_and_kind(
    desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int, clock: FakeClock
) -> None:
    register(desk, receptionist, location_id)
    register(desk, receptionist, location_id, visitor_kind=VisitorKind.EMPLOYER)
    gone = register(desk, receptionist, location_id)
    desk.queue.cancel(receptionist, gone.id)
    model = model_of(desk, receptionist, location_id, clock)
    proxy = QueueFilter()
    proxy.setSourceModel(model)

    def tickets() -> list[str]:
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]

    assert tickets() == ["RW-001", "RG-002", "RW-003"]
    proxy.set_statuses(OPEN)
    assert tickets() == ["RW-001", "RG-002"]
    proxy.set_kind(VisitorKind.EMPLOYER)
    assert tickets() == ["RG-002"]
    proxy.set_kind(None)
    proxy.set_statuses(frozenset({VisitStatus.CANCELLED}))
    assert tickets() == ["RW-003"]


def test_the_history_model(
    qtmodeltester, desk: DeskContext, receptionist: Actor, guide: Actor, location_id: int
) -> None:
    visit = register(desk, receptionist, location_id).id
    desk.queue.call(guide, visit)
    desk.queue.recall(guide, visit)
    model = HistoryModel()
    model.set_records(desk.queue_views.history(receptionist, visit))
    qtmodeltester.check(model)
    rows = [[model.index(row, column).data() for column in range(1, 6)] for row in range(model.rowCount())]
    assert rows == [
        ["Balie", "Waiting", "", "", ""],
        ["Gids", "Waiting → Called", "Gids", "", ""],
        ["Gids", "Called", "Gids", "", "Called again"],
    ]


def test_the_watcher_reports_changes_since_its_token_and_the_new_day(
    qtbot: QtBot,
    desk: DeskContext,
    receptionist: Actor,
    location_id: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watcher = QueueWatcher(desk.queue_views, clock, interval_ms=3_600_000)  # polled by hand here
    watcher.start()
    token = watcher.token
    with qtbot.assertNotEmitted(watcher.changed):
        watcher.poll()
    register(desk, receptionist, location_id)
    with qtbot.waitSignal(watcher.changed) as changed:
        watcher.poll()
    assert changed.args == [token]
    assert watcher.token == desk.queue_views.latest_event_id()

    clock.advance(days=1)
    with qtbot.waitSignal(watcher.day_changed), qtbot.assertNotEmitted(watcher.changed):
        watcher.poll()

    def out_of_reach() -> int:
        raise StorageError(QT_TRANSLATE_NOOP("DeskError", "The database server cannot be reached."))

    with monkeypatch.context() as patch:
        patch.setattr(desk.queue_views, "latest_event_id", out_of_reach)
        with qtbot.waitSignal(watcher.failed):
            watcher.poll()
        with qtbot.assertNotEmitted(watcher.failed):
            watcher.poll()  # said once, not every second
    register(desk, receptionist, location_id)
    with qtbot.waitSignal(watcher.recovered), qtbot.waitSignal(watcher.changed):
        watcher.poll()
    watcher.stop()
