"""Open now, opens later, closed until: on the desk's wall clock (Europe/Amsterdam), whatever the moment's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from wsp_desk.dates import DESK_TIMEZONE
from wsp_desk.services.directory import ScheduleData
from wsp_desk.services.opening_hours import Opening, OpeningState, describe_week, opening_state

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
HOURS = (
    ScheduleData(WEEKDAYS, time(9), time(12)),
    ScheduleData(WEEKDAYS, time(12), time(13)),  # touches the morning block: one stretch until 13:00
    ScheduleData(("MO", "TH"), time(14), time(17)),
)
CHRISTMAS = ScheduleData(valid_from=date(2026, 12, 24), valid_to=date(2026, 12, 27), closed=True)
NEW_YEAR = ScheduleData(valid_from=date(2026, 12, 28), valid_to=date(2027, 1, 1), closed=True)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=DESK_TIMEZONE)


MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(MONDAY, 8, 59), OpeningState(Opening.OPENS_LATER, opens_at=at(MONDAY, 9))),
        (at(MONDAY, 9), OpeningState(Opening.OPEN, closes_at=at(MONDAY, 13))),
        (at(MONDAY, 13), OpeningState(Opening.OPENS_LATER, opens_at=at(MONDAY, 14))),
        (at(MONDAY, 16, 59), OpeningState(Opening.OPEN, closes_at=at(MONDAY, 17))),
        (at(date(2026, 12, 1), 13, 30), OpeningState(Opening.OPENS_LATER, opens_at=at(date(2026, 12, 2), 9))),
        (at(date(2026, 12, 4), 18), OpeningState(Opening.OPENS_LATER, opens_at=at(date(2026, 12, 7), 9))),
        # A moment in UTC is read on the desk's clock: 08:30 UTC is 09:30 in Amsterdam in winter.
        (datetime(2026, 11, 30, 8, 30, tzinfo=UTC), OpeningState(Opening.OPEN, closes_at=at(MONDAY, 13))),
        # Consecutive closures read as one: closed through New Year's Day, open again on Monday 4 January.
        (
            at(date(2026, 12, 24), 10),
            OpeningState(Opening.CLOSED_UNTIL, opens_at=at(date(2027, 1, 4), 9), closed_through=date(2027, 1, 1)),
        ),
        (at(date(2026, 12, 23), 17), OpeningState(Opening.OPENS_LATER, opens_at=at(date(2027, 1, 4), 9))),
    ],
)
def test_opening_state(moment: datetime, expected: OpeningState) -> None:
    assert opening_state((*HOURS, CHRISTMAS, NEW_YEAR), moment) == expected


def test_no_hours_is_unknown_and_no_opening_soon_is_closed() -> None:
    assert opening_state((), at(MONDAY, 10)) == OpeningState(Opening.UNKNOWN)
    ended = ScheduleData(WEEKDAYS, time(9), time(17), valid_to=date(2026, 6, 30))
    assert opening_state((ended,), at(MONDAY, 10)) == OpeningState(Opening.CLOSED)
    long_closure = ScheduleData(valid_from=date(2026, 11, 1), closed=True)
    state = opening_state((ended, long_closure), at(MONDAY, 10))
    assert state.opening == Opening.CLOSED_UNTIL and state.opens_at is None and not state.is_open


def test_seasonal_hours_follow_their_dates() -> None:
    winter = ScheduleData(("MO",), time(10), time(12), valid_from=date(2026, 11, 1), valid_to=date(2027, 3, 31))
    summer = ScheduleData(("MO",), time(8), time(12), valid_from=date(2027, 4, 1))
    assert opening_state((winter, summer), at(MONDAY, 9)).opens_at == at(MONDAY, 10)
    assert opening_state((winter, summer), at(date(2027, 4, 5), 9)).is_open


def test_a_week_reads_as_short_lines_with_closures_to_come() -> None:
    schedules = [
        ScheduleData(("MO", "TU", "WE", "TH"), time(9), time(17)),
        ScheduleData(("FR",), time(9), time(12)),
        ScheduleData(("FR",), time(13), time(16, 30)),
        ScheduleData(valid_from=date(2026, 12, 24), valid_to=date(2027, 1, 2), closed=True),
        ScheduleData(valid_from=date(2026, 1, 1), valid_to=date(2026, 1, 2), closed=True),
    ]
    assert describe_week(schedules, date(2026, 11, 30)) == [
        "ma–do 9:00–17:00",
        "vr 9:00–12:00, 13:00–16:30",
        "gesloten van 24 december 2026 tot en met 2 januari 2027",
    ]
    assert describe_week(schedules, date(2026, 11, 30), "en")[0] == "Mon–Thu 9:00–17:00"
    assert describe_week([], date(2026, 11, 30)) == []
