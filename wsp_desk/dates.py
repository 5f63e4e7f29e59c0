"""The one place that turns moments into the desk's local days and readable dates and times."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# The desk's wall clock: ticket days, letters and screens follow it, whatever the computer's own zone.
DESK_TIMEZONE = ZoneInfo("Europe/Amsterdam")

_MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def local(moment: datetime) -> datetime:
    return moment.astimezone(DESK_TIMEZONE)


def desk_day(moment: datetime) -> date:
    return local(moment).date()


def clock_time(moment: datetime) -> str:
    """09:05"""
    return f"{local(moment):%H:%M}"


def door_time(moment: time | datetime) -> str:
    """9:00, 17:30: a time as on a door sign, without a leading zero (a moment on the desk's wall clock)."""
    if isinstance(moment, datetime):
        moment = local(moment).time()
    return f"{moment.hour}:{moment.minute:02d}"


def long_date(day: date, language: str = "nl") -> str:
    """30 november 2026 / 30 November 2026"""
    return f"{day.day} {_MONTHS.get(language, _MONTHS['nl'])[day.month - 1]} {day.year}"


def add_working_days(day: date, count: int) -> date:
    """The date `count` working days (Monday to Friday) after `day`."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
