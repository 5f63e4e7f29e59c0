"""Whether a service is open at a moment, and its hours of a week, from its weekly blocks and closures.

Values only, read on the desk's wall clock: the screen and the letter each put them into words of their language.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from wsp_desk.dates import DESK_TIMEZONE, door_time, local
from wsp_desk.domain.directory import WEEKDAYS, ScheduleData

# How far ahead to look for the next opening, and for the end of a closure.
LOOKAHEAD_DAYS = 14
LONGEST_CLOSURE_DAYS = 366


class Opening(enum.StrEnum):
    OPEN = "open"  # open now, until `closes_at`
    OPENS_LATER = "opens_later"  # closed now, opens at `opens_at` (within two weeks)
    CLOSED_UNTIL = "closed_until"  # a closure runs through `closed_through`; then opens at `opens_at`, if known
    CLOSED = "closed"  # no opening within two weeks
    UNKNOWN = "unknown"  # no opening hours recorded


@dataclass(frozen=True)
class OpeningState:
    opening: Opening
    closes_at: datetime | None = None
    opens_at: datetime | None = None
    closed_through: date | None = None

    @property
    def is_open(self) -> bool:
        return self.opening == Opening.OPEN


def _in_period(schedule: ScheduleData, day: date) -> bool:
    return (schedule.valid_from is None or schedule.valid_from <= day) and (
        schedule.valid_to is None or day <= schedule.valid_to
    )


def _closed_on(closures: Sequence[ScheduleData], day: date) -> bool:
    return any(_in_period(closure, day) for closure in closures)


def _hours_on(blocks: Iterable[ScheduleData], day: date) -> list[tuple[time, time]]:
    """The day's opening intervals, overlapping and touching blocks merged."""
    weekday = WEEKDAYS[day.weekday()]
    intervals = sorted(
        (block.opens_at, block.closes_at)
        for block in blocks
        if weekday in block.byday and _in_period(block, day) and block.opens_at and block.closes_at
    )
    merged: list[tuple[time, time]] = []
    for opens, closes in intervals:
        if merged and opens <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(closes, merged[-1][1]))
        else:
            merged.append((opens, closes))
    return merged


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=DESK_TIMEZONE)


def opening_state(schedules: Sequence[ScheduleData], moment: datetime) -> OpeningState:
    """Open now (until when), opening later (when), closed until a date, or unknown."""
    blocks = [s for s in schedules if not s.closed]
    closures = [s for s in schedules if s.closed]
    if not blocks and not closures:
        return OpeningState(Opening.UNKNOWN)
    now = local(moment)
    today = now.date()
    closed_through = None
    if _closed_on(closures, today):
        closed_through = today
        while closed_through - today < timedelta(days=LONGEST_CLOSURE_DAYS) and _closed_on(
            closures, closed_through + timedelta(days=1)
        ):
            closed_through += timedelta(days=1)
    start = closed_through + timedelta(days=1) if closed_through else today
    for offset in range(LOOKAHEAD_DAYS):
        day = start + timedelta(days=offset)
        if _closed_on(closures, day):
            continue
        for opens, closes in _hours_on(blocks, day):
            if _at(day, closes) <= now:
                continue
            if closed_through is None and _at(day, opens) <= now:
                return OpeningState(Opening.OPEN, closes_at=_at(day, closes))
            if closed_through is not None:
                return OpeningState(Opening.CLOSED_UNTIL, opens_at=_at(day, opens), closed_through=closed_through)
            return OpeningState(Opening.OPENS_LATER, opens_at=_at(day, opens))
    if closed_through is not None:
        return OpeningState(Opening.CLOSED_UNTIL, closed_through=closed_through)
    return OpeningState(Opening.CLOSED)


@dataclass(frozen=True)
class DaysOpen:
    """Consecutive weekdays (0 is Monday) with the same opening intervals."""

    first: int
    last: int
    hours: tuple[tuple[time, time], ...]


@dataclass(frozen=True)
class Closure:
    """Whole days closed from `starts_on` through `ends_on` (open-ended when None)."""

    starts_on: date
    ends_on: date | None = None


@dataclass(frozen=True)
class OpeningWeek:
    days: tuple[DaysOpen, ...] = ()
    closures: tuple[Closure, ...] = ()


def opening_week(schedules: Sequence[ScheduleData], on: date) -> OpeningWeek:
    """The opening hours of the week of `on`, days with the same hours joined, then the closures still to come."""
    blocks = [s for s in schedules if not s.closed]
    monday = on - timedelta(days=on.weekday())
    week = [tuple(_hours_on(blocks, monday + timedelta(days=offset))) for offset in range(7)]
    days: list[DaysOpen] = []
    start = 0
    for index in range(1, 8):
        if index < 7 and week[index] == week[start]:
            continue
        if week[start]:
            days.append(DaysOpen(start, index - 1, week[start]))
        start = index
    closures = tuple(
        Closure(closure.valid_from or on, closure.valid_to)
        for closure in sorted((s for s in schedules if s.closed), key=lambda s: s.valid_from or date.min)
        if closure.valid_to is None or on <= closure.valid_to
    )
    return OpeningWeek(tuple(days), closures)


@dataclass(frozen=True)
class WeekWords:
    """One language's words for a week's lines: the screen takes them from Qt Linguist, a letter from its texts."""

    short_day: Callable[[int], str]  # 0 is Monday: "ma" / "Mon"
    long_date: Callable[[date], str]  # "24 december 2026"
    closed_from_to: str  # with {start} and {end}
    closed_from: str  # with {start}


def week_lines(week: OpeningWeek, words: WeekWords) -> list[str]:
    """Short lines ("ma–vr 9:00–17:00", then the closures) that read the same in print and on screen."""
    lines = []
    for days in week.days:
        span = words.short_day(days.first)
        if days.last != days.first:
            span += "–" + words.short_day(days.last)
        lines.append(span + " " + ", ".join(f"{door_time(opens)}–{door_time(closes)}" for opens, closes in days.hours))
    for closure in week.closures:
        start = words.long_date(closure.starts_on)
        if closure.ends_on is None:
            lines.append(words.closed_from.format(start=start))
        else:
            lines.append(words.closed_from_to.format(start=start, end=words.long_date(closure.ends_on)))
    return lines
