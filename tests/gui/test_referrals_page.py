"""The Overdrachten page: overdue follow-ups first and marked, status steps with history, withdrawing consent, and the
due count beside the page's title."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.directory_data import sample_directory
from tests.gui.support import MessageBoxes, press_ok
from tests.support import FakeClock, make_actor
from wsp_desk.db.models import Referral
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import ConversationOutcome, ReferralStatus, Role, VisitorKind
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui.labels import format_short_day
from wsp_desk.gui.main_window import MainWindow
from wsp_desk.gui.models.referrals_model import ReferralHistoryModel, ReferralsModel
from wsp_desk.gui.pages.referral_dialogs import ReferralStatusDialog
from wsp_desk.gui.pages.referrals_page import ReferralsPage
from wsp_desk.services.queue import Registration
from wsp_desk.services.referrals import Handover, ReferralView

S = ReferralStatus
TODAY = date(2026, 11, 30)  # the fake clock's Monday


@pytest.fixture
def service_id(desk: DeskContext, coordinator: Actor) -> str:
    return sample_directory(desk, coordinator)["Schuldhulpverlening Rijswijk"].id


def handover(
    desk: DeskContext, receptionist: Actor, guide: Actor, service_id: str, follow_up_on: date, **more: object
) -> ReferralView:
    """A visit, its conversation and a handover from it, followed up on `follow_up_on`."""
    location = desk.locations.list_locations()[0].id
    visit = desk.queue.register(receptionist, location, Registration(VisitorKind.JOB_SEEKER, name_or_initials="A.B."))
    desk.queue.call(guide, visit.id)
    conversation = desk.conversations.begin(guide, visit.id)
    referral = desk.referrals.prepare(guide, conversation.id, Handover(service_id, **more))  # type: ignore[arg-type]
    with desk.database.write() as session:  # the service refuses dates in the past; a test may need one
        session.get_one(Referral, referral.id).follow_up_on = follow_up_on
    desk.conversations.finish(guide, conversation.id, ConversationOutcome.HANDOVER)
    return desk.referrals.referral(guide, referral.id)


@pytest.fixture
def referrals(desk: DeskContext, receptionist: Actor, guide: Actor, service_id: str) -> dict[str, ReferralView]:
    """Three handovers of the guide: followed up next week, today, and last Wednesday (overdue)."""
    return {
        "later": handover(desk, receptionist, guide, service_id, date(2026, 12, 7)),
        "today": handover(
            desk, receptionist, guide, service_id, TODAY, consent_items=frozenset({"name"}), contact_name="Jan"
        ),
        "overdue": handover(desk, receptionist, guide, service_id, date(2026, 11, 25)),
    }


@pytest.fixture
def page(
    qtbot: QtBot, desk: DeskContext, guide: Actor, boxes: MessageBoxes, referrals: dict[str, ReferralView]
) -> ReferralsPage:
    page = ReferralsPage(desk, guide, desk.locations.list_locations()[0].id)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def column(page: ReferralsPage, number: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    proxy = page.table.proxy
    return [proxy.index(row, number).data(role) for row in range(proxy.rowCount())]


def shown(page: ReferralsPage) -> list[int]:
    return [
        page.model.record(page.table.proxy.mapToSource(page.table.proxy.index(row, 0)).row()).id
        for row in range(page.table.proxy.rowCount())
    ]


# --- the model ----------------------------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(
    qtmodeltester, desk: DeskContext, guide: Actor, clock: FakeClock, referrals: dict[str, ReferralView]
) -> None:
    model = ReferralsModel(clock)
    model.set_records(desk.referrals.referrals(guide, include_closed=True))
    qtmodeltester.check(model)
    desk.referrals.set_status(guide, referrals["today"].id, S.HANDED_OVER, "Gebeld")
    history = ReferralHistoryModel()
    history.set_records(desk.referrals.history(guide, referrals["today"].id))
    qtmodeltester.check(history)


# --- the list -----------------------------------------------------------------------------------------------------


def test_overdue_follow_ups_come_first_and_are_marked_not_by_colour_alone(
    page: ReferralsPage, referrals: dict[str, ReferralView]
) -> None:
    assert shown(page) == [referrals["overdue"].id, referrals["today"].id, referrals["later"].id]
    follow_up = ReferralsModel.FOLLOW_UP_COLUMN
    overdue_on, later_on = format_short_day(date(2026, 11, 25)), format_short_day(date(2026, 12, 7))
    today_on = format_short_day(TODAY)
    assert column(page, follow_up) == [f"! {overdue_on}, overdue", f"{today_on}, today", later_on]
    assert column(page, follow_up, Qt.ItemDataRole.ToolTipRole) == [
        f"Overdue: the follow-up was due on {overdue_on}",
        "The follow-up is due today",
        None,
    ]
    overdue, today, later = column(page, follow_up, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(overdue, QColor) and isinstance(today, QColor) and overdue != today and later is None
    assert column(page, 0) == ["WC-2026-00003", "WC-2026-00002", "WC-2026-00001"]
    assert column(page, 2) == ["Gemeente Rijswijk — Schuldhulpverlening Rijswijk"] * 3
    assert column(page, 3) == ["Prepared"] * 3
    assert column(page, 4) == ["Gids"] * 3
    assert column(page, 6) == ["No", "Yes", "No"]
    assert column(page, 6, Qt.ItemDataRole.ToolTipRole)[1].startswith("Given on ")
    assert column(page, 6, Qt.ItemDataRole.ToolTipRole)[1].endswith(", recorded by Gids: Uw naam")
    assert page.summary.text() == "Your follow-ups due today or overdue: 2."


def test_the_filters_mine_this_location_and_closed(
    qtbot: QtBot,
    desk: DeskContext,
    coordinator: Actor,
    receptionist: Actor,
    guide: Actor,
    service_id: str,
    referrals: dict[str, ReferralView],
    boxes: MessageBoxes,
) -> None:
    other = make_actor(desk, "gids2", Role.GUIDE)
    theirs = handover(desk, receptionist, other, service_id, date(2026, 12, 2))
    desk.referrals.set_status(guide, referrals["later"].id, S.CANCELLED)
    page = ReferralsPage(desk, guide, desk.locations.list_locations()[0].id)
    qtbot.addWidget(page)
    page.show()
    assert page.mine.isChecked() and page.here.isChecked() and not page.closed.isChecked()
    assert shown(page) == [referrals["overdue"].id, referrals["today"].id]
    page.mine.setChecked(False)
    assert shown(page) == [referrals["overdue"].id, referrals["today"].id, theirs.id]
    page.closed.setChecked(True)
    assert shown(page)[-1] == referrals["later"].id  # closed ones last, greyed
    assert column(page, 0, Qt.ItemDataRole.ForegroundRole)[-1] is not None
    # A coordinator sees everybody's handovers to begin with.
    assert not ReferralsPage(desk, coordinator, None).mine.isChecked()


# --- actions ------------------------------------------------------------------------------------------------------


def test_status_steps_need_a_reason_to_decline_and_show_in_the_history(
    qtbot: QtBot, page: ReferralsPage, desk: DeskContext, guide: Actor, referrals: dict[str, ReferralView]
) -> None:
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    referral = referrals["overdue"]
    page.table.select(referral.id)
    dialog = page.change_status()
    statuses = [dialog.ui.status.itemData(i) for i in range(dialog.ui.status.count())]
    assert statuses == [S.HANDED_OVER, S.CANCELLED]
    dialog.ui.status.setCurrentIndex(0)
    dialog.ui.note.setPlainText("Brief meegegeven")
    dialog.ui.changeFollowUp.setChecked(True)
    dialog.ui.followUpOn.setDate(date(2026, 12, 3))
    press_ok(dialog)
    assert changed == [True]
    assert page.notice.text() == f"{referral.ticket} is now: Handed over."
    assert shown(page) == [referrals["today"].id, referral.id, referrals["later"].id]  # no longer overdue
    assert column(page, 3)[1] == "Handed over"

    page.table.select(referral.id)
    dialog = page.change_status()
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData(S.DECLINED))
    assert dialog.ui.noteHint.text() == "Required: say why the partner declined."
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.noteError.text() == "Say why the partner declined this handover."
    dialog.ui.note.setPlainText("Geen plek tot maart")
    press_ok(dialog)
    assert referral.id not in shown(page)  # closed
    assert desk.referrals.referral(guide, referral.id).status == S.DECLINED

    page.closed.setChecked(True)
    page.table.select(referral.id)
    assert not page.status_action.isEnabled()  # a closed handover takes no more steps
    history = page.show_history()
    assert history is not None
    rows = [[history.model.index(row, col).data() for col in range(1, 4)] for row in range(history.model.rowCount())]
    assert rows == [
        ["Gids", "Prepared", ""],
        ["Gids", "Prepared → Handed over", "Brief meegegeven"],
        ["Gids", "Handed over → Declined by the partner", "Geen plek tot maart"],
    ]
    assert desk.referrals.referral(guide, referral.id).follow_up_on == date(2026, 12, 3)


def test_the_keyboard_reaches_every_action(
    qtbot: QtBot, page: ReferralsPage, referrals: dict[str, ReferralView]
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_F2)
    dialog = page.findChild(ReferralStatusDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert [action.shortcut().toString() for action in page.table.view.actions()] == [
        "F2",
        "Ctrl+Shift+T",
        "Ctrl+P",
        "Ctrl+H",
        "F5",
    ]


def test_consent_is_withdrawn_from_the_page_in_one_action_and_recorded(
    page: ReferralsPage,
    desk: DeskContext,
    guide: Actor,
    coordinator: Actor,
    boxes: MessageBoxes,
    referrals: dict[str, ReferralView],
) -> None:
    referral = referrals["today"]
    page.table.select(referrals["overdue"].id)
    assert not page.withdraw_action.isEnabled()  # no consent to withdraw
    page.table.select(referral.id)
    assert page.withdraw_action.isEnabled()

    boxes.answer = False
    page.withdraw_action.trigger()
    assert desk.referrals.referral(guide, referral.id).consent.active  # type: ignore[union-attr]

    boxes.answer = True
    page.withdraw_action.trigger()
    assert "Withdraw the consent of" in boxes.questions[-1]
    consent = desk.referrals.referral(guide, referral.id).consent
    assert consent is not None and not consent.active and consent.withdrawn_by == "Gids"
    assert column(page, 6)[1] == "Withdrawn"
    assert "\nWithdrawn on " in column(page, 6, Qt.ItemDataRole.ToolTipRole)[1]
    assert not page.withdraw_action.isEnabled()
    assert page.notice.text().startswith(f"The consent of {referral.ticket} is withdrawn.")
    assert desk.referrals.history(guide, referral.id)[-1].note == "consent withdrawn"
    assert "consent_withdrawn" in [event.action for event in desk.audit.recent(coordinator)]
    history = page.show_history()
    assert history is not None
    assert history.model.index(history.model.rowCount() - 1, 3).data() == "Consent withdrawn"


def test_the_letter_again_is_the_same_document(
    page: ReferralsPage, desk: DeskContext, guide: Actor, referrals: dict[str, ReferralView]
) -> None:
    referral = referrals["later"]
    first = desk.letters.letter(guide, referral.id)
    page.table.select(referral.id)
    preview = page.show_letter()
    assert preview is not None
    assert preview.letter.pdf == first.pdf and preview.letter.sha256 == first.sha256


# --- the main window ----------------------------------------------------------------------------------------------


def test_the_due_count_stands_beside_the_pages_title(
    qtbot: QtBot,
    desk: DeskContext,
    guide: Actor,
    referrals: dict[str, ReferralView],
    clock: FakeClock,
    boxes: MessageBoxes,
) -> None:
    window = MainWindow(desk, guide, desk.locations.list_locations()[0], idle_timeout_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "Handovers (2)" in titles
    row = titles.index("Handovers (2)")
    assert window.navigation.item(row).toolTip() == "Waiting for you: 2"
    window.navigation.setCurrentRow(row)
    page = window.pages.currentWidget()
    assert isinstance(page, ReferralsPage)
    page.table.select(referrals["overdue"].id)
    dialog = page.change_status()
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData(S.CANCELLED))
    press_ok(dialog)
    assert window.navigation.item(row).text() == "Handovers (1)"
    clock.advance(days=7)  # next Monday: the one for next week is due as well
    window.refresh_counts()
    assert window.navigation.item(row).text() == "Handovers (2)"
