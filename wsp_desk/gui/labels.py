"""How values are shown to a person: names of roles, location kinds, visitor kinds, visit statuses, question
categories, conversation outcomes, municipalities and audit events, the partner directory's kinds, search reasons and
opening states, handovers, and dates, times and durations.

The one place for each: pages and dialogs ask here instead of spelling their own label.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from wsp_desk import dates
from wsp_desk.domain.directory import Fact, Trust
from wsp_desk.domain.enums import (
    AuditResult,
    ConversationOutcome,
    LocationKind,
    ReferralStatus,
    Role,
    VisitorKind,
    VisitStatus,
)
from wsp_desk.domain.opening_hours import Opening, OpeningState, OpeningWeek, WeekWords, week_lines
from wsp_desk.domain.region import MUNICIPALITIES, OTHER_MUNICIPALITY
from wsp_desk.domain.taxonomy import need_term
from wsp_desk.gui import preferences, translations
from wsp_desk.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

_ROLES = {
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Labels", "Receptionist"),
    Role.GUIDE: QT_TRANSLATE_NOOP("Labels", "Guide"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
}

_LOCATION_KINDS = {
    LocationKind.INHOUSE: QT_TRANSLATE_NOOP("Labels", "Inhouse"),
    LocationKind.POPUP: QT_TRANSLATE_NOOP("Labels", "Pop-up"),
    LocationKind.PARTNER_POINT: QT_TRANSLATE_NOOP("Labels", "Partner point"),
}

_VISITOR_KINDS = {
    VisitorKind.JOB_SEEKER: QT_TRANSLATE_NOOP("Labels", "Job seeker"),
    VisitorKind.EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Employed"),
    VisitorKind.EMPLOYER: QT_TRANSLATE_NOOP("Labels", "Employer"),
    VisitorKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_VISIT_STATUSES = {
    VisitStatus.WAITING: QT_TRANSLATE_NOOP("Labels", "Waiting"),
    VisitStatus.CALLED: QT_TRANSLATE_NOOP("Labels", "Called"),
    VisitStatus.IN_CONVERSATION: QT_TRANSLATE_NOOP("Labels", "In conversation"),
    VisitStatus.PARKED: QT_TRANSLATE_NOOP("Labels", "Parked"),
    VisitStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    VisitStatus.NO_SHOW: QT_TRANSLATE_NOOP("Labels", "No-show"),
    VisitStatus.LEFT: QT_TRANSLATE_NOOP("Labels", "Left"),
    VisitStatus.NOT_SERVED: QT_TRANSLATE_NOOP("Labels", "Not served"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_OUTCOMES = {
    ConversationOutcome.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered on the spot"),
    ConversationOutcome.HANDOVER: QT_TRANSLATE_NOOP("Labels", "Warm handover to a partner"),
    ConversationOutcome.FOLLOW_UP_APPOINTMENT: QT_TRANSLATE_NOOP("Labels", "Follow-up appointment at the desk"),
    ConversationOutcome.EMPLOYER_LEAD: QT_TRANSLATE_NOOP("Labels", "Employer lead for the WSP account managers"),
    ConversationOutcome.VISITOR_LEFT: QT_TRANSLATE_NOOP("Labels", "Visitor left"),
}

_MUNICIPALITY_NOT_ASKED = QT_TRANSLATE_NOOP("Labels", "Not asked yet")
_OTHER_MUNICIPALITY = QT_TRANSLATE_NOOP("Labels", "Another municipality")

# The notes the queue service writes itself; what people typed (a reason) is shown as typed.
_VISIT_NOTES = {
    "recall": QT_TRANSLATE_NOOP("Labels", "Called again"),
    "undo": QT_TRANSLATE_NOOP("Labels", "Last change undone"),
    "corrected": QT_TRANSLATE_NOOP("Labels", "Registration corrected"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Handed to another guide or room"),
    "registered by mistake": QT_TRANSLATE_NOOP("Labels", "Registered by mistake"),
}

_AUDIT_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("Labels", "Log in"),
    "logout": QT_TRANSLATE_NOOP("Labels", "Log out"),
    "screen_lock": QT_TRANSLATE_NOOP("Labels", "Screen locked"),
    "unlock": QT_TRANSLATE_NOOP("Labels", "Screen unlocked"),
    "lockout": QT_TRANSLATE_NOOP("Labels", "Blocked after failed logins"),
    "password_change": QT_TRANSLATE_NOOP("Labels", "Password changed"),
}

_AUDIT_RESULTS = {
    AuditResult.SUCCESS: QT_TRANSLATE_NOOP("Labels", "Succeeded"),
    AuditResult.FAILURE: QT_TRANSLATE_NOOP("Labels", "Failed"),
    AuditResult.DENIED: QT_TRANSLATE_NOOP("Labels", "Refused"),
}

# The audit events about logging in and out, the ones a person sees of their own account.
LOGIN_ACTIONS = frozenset(_AUDIT_ACTIONS)


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def role_label(role: Role) -> str:
    return _translate(_ROLES[role])


def location_kind_label(kind: LocationKind) -> str:
    return _translate(_LOCATION_KINDS[kind])


def visitor_kind_label(kind: VisitorKind) -> str:
    return _translate(_VISITOR_KINDS[kind])


def visit_status_label(status: VisitStatus) -> str:
    return _translate(_VISIT_STATUSES[status])


def visit_note_label(note: str) -> str:
    return _translate(_VISIT_NOTES[note]) if note in _VISIT_NOTES else note


def need_category_label(code: str | None) -> str:
    """A question category in the UI language (the taxonomy has its own Dutch and English labels)."""
    if code is None:
        return ""
    term = need_term(code)
    return term.label(translations.current_language()) if term else code


def outcome_label(outcome: ConversationOutcome) -> str:
    return _translate(_OUTCOMES[outcome])


def municipality_label(value: str) -> str:
    """A stored municipality: the region's by their own name, the others as "another municipality"."""
    if not value:
        return _translate(_MUNICIPALITY_NOT_ASKED)
    return _translate(_OTHER_MUNICIPALITY) if value == OTHER_MUNICIPALITY else value


def municipality_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every choice, "not asked yet" first."""
    return [(value, municipality_label(value)) for value in ("", *MUNICIPALITIES, OTHER_MUNICIPALITY)]


def audit_action_label(action: str) -> str:
    """The label of a login-related audit action; other actions are shown by their code."""
    return _translate(_AUDIT_ACTIONS[action]) if action in _AUDIT_ACTIONS else action


def audit_result_label(result: AuditResult) -> str:
    return _translate(_AUDIT_RESULTS[result])


def format_datetime(moment: datetime) -> str:
    """A stored (aware) time on the desk's wall clock, in the short format of the UI language."""
    local = dates.local(moment)
    qt_moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(qt_moment, QLocale.FormatType.ShortFormat)


def format_minutes(duration: timedelta) -> str:
    """A waiting time in whole minutes: "7 min", "1 h 05 min"."""
    minutes = int(duration.total_seconds() // 60)
    if minutes < 60:
        return _translate(QT_TRANSLATE_NOOP("Labels", "{minutes} min")).format(minutes=minutes)
    return _translate(QT_TRANSLATE_NOOP("Labels", "{hours} h {minutes:02d} min")).format(
        hours=minutes // 60, minutes=minutes % 60
    )


# --- the partner directory ------------------------------------------------------------------------------------------

_PARTNER_KINDS = {
    "municipality": QT_TRANSLATE_NOOP("Labels", "Municipality"),
    "employer_service_point": QT_TRANSLATE_NOOP("Labels", "Employer service point"),
    "uwv": QT_TRANSLATE_NOOP("Labels", "UWV"),
    "education": QT_TRANSLATE_NOOP("Labels", "Education"),
    "sbb": QT_TRANSLATE_NOOP("Labels", "SBB"),
    "learning_work_desk": QT_TRANSLATE_NOOP("Labels", "Learning and work desk"),
    "social_enterprise": QT_TRANSLATE_NOOP("Labels", "Social enterprise"),
    "social_partner": QT_TRANSLATE_NOOP("Labels", "Union or employers' organisation"),
    "debt_help": QT_TRANSLATE_NOOP("Labels", "Debt help"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "childcare": QT_TRANSLATE_NOOP("Labels", "Childcare"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

_SERVICE_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
    "defunct": QT_TRANSLATE_NOOP("Labels", "Discontinued"),
    "temporarily closed": QT_TRANSLATE_NOOP("Labels", "Temporarily closed"),
}

_PHONE_TYPES = {
    "voice": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "cell": QT_TRANSLATE_NOOP("Labels", "Mobile"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text message"),
    "fax": QT_TRANSLATE_NOOP("Labels", "Fax"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video call"),
    "pager": QT_TRANSLATE_NOOP("Labels", "Pager"),
    "textphone": QT_TRANSLATE_NOOP("Labels", "Text phone"),
}

_RECORD_KINDS = {
    "organization": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "service": QT_TRANSLATE_NOOP("Labels", "Service"),
}

# Why a search hit matches: {text} is the matching name or the need's label, {synonym} the synonym typed.
_REASONS = {
    "name": QT_TRANSLATE_NOOP("Labels", "name"),
    "organization": QT_TRANSLATE_NOOP("Labels", "organisation"),
    "description": QT_TRANSLATE_NOOP("Labels", "description"),
    "contact": QT_TRANSLATE_NOOP("Labels", "contact person: {text}"),
    "need": QT_TRANSLATE_NOOP("Labels", "need: {text}"),
    "synonym": QT_TRANSLATE_NOOP("Labels", "synonym of {text} ({synonym})"),
    "visitor_kind": QT_TRANSLATE_NOOP("Labels", "for: {text}"),
    "municipality": QT_TRANSLATE_NOOP("Labels", "municipality: {text}"),
}

# The fields of directory records, as the change history names them.
_DIRECTORY_FIELDS = {
    "record": QT_TRANSLATE_NOOP("Labels", "Record"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "alternate_name": QT_TRANSLATE_NOOP("Labels", "Other name"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "url": QT_TRANSLATE_NOOP("Labels", "Website"),
    "legal_status": QT_TRANSLATE_NOOP("Labels", "Legal status"),
    "partner_kind": QT_TRANSLATE_NOOP("Labels", "Kind of partner"),
    "contacts": QT_TRANSLATE_NOOP("Labels", "Contact persons"),
    "phones": QT_TRANSLATE_NOOP("Labels", "Phone numbers"),
    "locations": QT_TRANSLATE_NOOP("Labels", "Locations"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "eligibility_description": QT_TRANSLATE_NOOP("Labels", "For whom"),
    "application_process": QT_TRANSLATE_NOOP("Labels", "How to apply"),
    "how_to_refer": QT_TRANSLATE_NOOP("Labels", "How to refer"),
    "fees_description": QT_TRANSLATE_NOOP("Labels", "Costs"),
    "interpretation_services": QT_TRANSLATE_NOOP("Labels", "Interpreters"),
    "alert": QT_TRANSLATE_NOOP("Labels", "Notice"),
    "minimum_age": QT_TRANSLATE_NOOP("Labels", "Minimum age"),
    "maximum_age": QT_TRANSLATE_NOOP("Labels", "Maximum age"),
    "need_codes": QT_TRANSLATE_NOOP("Labels", "Needs"),
    "visitor_kinds": QT_TRANSLATE_NOOP("Labels", "Visitors"),
    "municipalities": QT_TRANSLATE_NOOP("Labels", "Municipalities"),
    "schedules": QT_TRANSLATE_NOOP("Labels", "Opening hours"),
    "languages": QT_TRANSLATE_NOOP("Labels", "Languages"),
    "required_documents": QT_TRANSLATE_NOOP("Labels", "What to bring"),
    "location_ids": QT_TRANSLATE_NOOP("Labels", "Locations"),
    "to_verify": QT_TRANSLATE_NOOP("Labels", "To verify"),
    "last_verified_on": QT_TRANSLATE_NOOP("Labels", "Last verified on"),
    "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "metadata": QT_TRANSLATE_NOOP("Labels", "Sources"),
}

_FACTS = {
    Fact.ADDRESS: QT_TRANSLATE_NOOP("Labels", "address"),
    Fact.PHONE: QT_TRANSLATE_NOOP("Labels", "phone"),
    Fact.EMAIL: QT_TRANSLATE_NOOP("Labels", "e-mail"),
    Fact.OPENING_HOURS: QT_TRANSLATE_NOOP("Labels", "opening hours"),
    Fact.CONTACT_PERSON: QT_TRANSLATE_NOOP("Labels", "contact person"),
    Fact.WEBSITE: QT_TRANSLATE_NOOP("Labels", "website"),
}


def partner_kind_label(kind: str) -> str:
    """An organisation's kind of partner; an unknown code is shown as it is, none as nothing."""
    return _translate(_PARTNER_KINDS[kind]) if kind in _PARTNER_KINDS else kind


def facts_label(facts: Iterable[Fact]) -> str:
    """The facts a record lacks, in a few words: "address, phone, opening hours"."""
    return ", ".join(_translate(_FACTS[fact]) for fact in facts)


def service_status_label(status: str) -> str:
    return _translate(_SERVICE_STATUSES[status]) if status in _SERVICE_STATUSES else status


def phone_type_label(kind: str) -> str:
    return _translate(_PHONE_TYPES[kind]) if kind in _PHONE_TYPES else kind


def record_kind_label(kind: str) -> str:
    return _translate(_RECORD_KINDS[kind]) if kind in _RECORD_KINDS else kind


def directory_field_label(field: str) -> str:
    return _translate(_DIRECTORY_FIELDS[field]) if field in _DIRECTORY_FIELDS else field


def need_label(code: str) -> str:
    """A need tag in the UI language."""
    return need_category_label(code)


def reason_label(kind: str, text: str, need_code: str = "") -> str:
    """Why a search hit matches, in a few words: "name", "need: Debts and money worries"."""
    if kind in ("need", "synonym") and need_code:
        shown = need_label(need_code)
    elif kind == "visitor_kind" and text in {k.value for k in VisitorKind}:
        shown = visitor_kind_label(VisitorKind(text))
    else:
        shown = text
    template = _REASONS.get(kind)
    return _translate(template).format(text=shown, synonym=text) if template else text


def verification_label(trust: Trust, *, short: bool = False) -> str:
    """Why a record is not to be trusted blindly: "To verify", "Not verified for over 12 months" (`short`: "over 12
    months ago", for a column about the last check); "" for a record verified within the year."""
    if trust is Trust.TO_VERIFY:
        return _translate(QT_TRANSLATE_NOOP("Labels", "To verify"))
    if trust is Trust.OVERDUE:
        if short:
            return _translate(QT_TRANSLATE_NOOP("Labels", "Over 12 months ago"))
        return _translate(QT_TRANSLATE_NOOP("Labels", "Not verified for over 12 months"))
    return ""


def format_day(day: date, *, weekday: bool = False) -> str:
    """A date written out in the UI language: "2 januari 2027", or with `weekday` "vrijdag 2 januari 2027"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy" if weekday else "d MMMM yyyy")


def format_action_date(value: str) -> str:
    """An HSDS metadata date as precise as it is: "11 juni 2019", "augustus 2024" or "2024"."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return format_day(date(*parts))
    if len(parts) == 2:
        return QLocale().toString(QDate(parts[0], parts[1], 1), "MMMM yyyy")
    return value


def short_weekday(index: int) -> str:
    """Monday is 0: "ma" / "Mon"."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat).rstrip(".")


def opening_label(state: OpeningState, today: date) -> str:
    """One line about now: "Open now, closes at 17:00", "Opens on Monday at 9:00", "Closed until 2 January"."""
    if state.opening == Opening.OPEN and state.closes_at is not None:
        return _translate(QT_TRANSLATE_NOOP("Labels", "Open now, closes at {time}")).format(
            time=dates.door_time(state.closes_at)
        )
    if state.opening == Opening.OPENS_LATER and state.opens_at is not None:
        return _opens(state.opens_at, today)
    if state.opening == Opening.CLOSED_UNTIL and state.closed_through is not None:
        if state.opens_at is None:
            return _translate(QT_TRANSLATE_NOOP("Labels", "Closed up to and including {day}")).format(
                day=_day_month(state.closed_through)
            )
        reopens = dates.local(state.opens_at).date()
        return _translate(QT_TRANSLATE_NOOP("Labels", "Closed until {day} at {time}")).format(
            day=f"{QLocale().dayName(reopens.isoweekday())} {_day_month(reopens)}", time=dates.door_time(state.opens_at)
        )
    if state.opening == Opening.CLOSED:
        return _translate(QT_TRANSLATE_NOOP("Labels", "Not open in the next two weeks"))
    return _translate(QT_TRANSLATE_NOOP("Labels", "Opening hours unknown"))


def opening_week_lines(week: OpeningWeek) -> list[str]:
    """The week's hours on screen: "ma–vr 9:00–17:00", "gesloten van 24 december 2026 tot en met 2 januari 2027"."""
    words = WeekWords(
        short_day=short_weekday,
        long_date=format_day,
        closed_from_to=_translate(QT_TRANSLATE_NOOP("Labels", "closed from {start} to {end}")),
        closed_from=_translate(QT_TRANSLATE_NOOP("Labels", "closed from {start}")),
    )
    return week_lines(week, words)


def opening_short_label(state: OpeningState, today: date) -> str:
    """A few words for a list of results: "open until 17:00", "opens Mon 9:00", "closed until 2 Jan"; "" if unknown."""
    if state.opening == Opening.OPEN and state.closes_at is not None:
        return _translate(QT_TRANSLATE_NOOP("Labels", "open until {time}")).format(
            time=dates.door_time(state.closes_at)
        )
    if state.opening in (Opening.OPENS_LATER, Opening.CLOSED_UNTIL) and state.opens_at is not None:
        day = dates.local(state.opens_at).date()
        when = (
            _translate(QT_TRANSLATE_NOOP("Labels", "today"))
            if day == today
            else _translate(QT_TRANSLATE_NOOP("Labels", "tomorrow"))
            if day == today + timedelta(days=1)
            else short_weekday(day.weekday())
            if day - today < timedelta(days=7)
            else QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
        )
        return _translate(QT_TRANSLATE_NOOP("Labels", "opens {day} {time}")).format(
            day=when, time=dates.door_time(state.opens_at)
        )
    if state.opening in (Opening.CLOSED, Opening.CLOSED_UNTIL):
        return _translate(QT_TRANSLATE_NOOP("Labels", "closed"))
    return ""


def _day_month(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")


def _opens(moment: datetime, today: date) -> str:
    day = dates.local(moment).date()
    time_text = dates.door_time(moment)
    if day == today:
        return _translate(QT_TRANSLATE_NOOP("Labels", "Opens today at {time}")).format(time=time_text)
    if day == today + timedelta(days=1):
        return _translate(QT_TRANSLATE_NOOP("Labels", "Opens tomorrow at {time}")).format(time=time_text)
    if day - today < timedelta(days=7):
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        return _translate(QT_TRANSLATE_NOOP("Labels", "Opens on {weekday} at {time}")).format(
            weekday=weekday, time=time_text
        )
    return _translate(QT_TRANSLATE_NOOP("Labels", "Opens on {day} at {time}")).format(
        day=format_day(day, weekday=True), time=time_text
    )


# --- warm handovers ---------------------------------------------------------------------------------------------------

_REFERRAL_STATUSES = {
    ReferralStatus.PREPARED: QT_TRANSLATE_NOOP("Labels", "Prepared"),
    ReferralStatus.HANDED_OVER: QT_TRANSLATE_NOOP("Labels", "Handed over"),
    ReferralStatus.CONTACT_MADE: QT_TRANSLATE_NOOP("Labels", "Contact made"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Taken over by the partner"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined by the partner"),
    ReferralStatus.NOT_REACHED: QT_TRANSLATE_NOOP("Labels", "Not reached"),
    ReferralStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

# The notes the referral service writes itself; what people typed is shown as typed.
_REFERRAL_NOTES = {
    "consent withdrawn": QT_TRANSLATE_NOOP("Labels", "Consent withdrawn"),
}


def referral_status_label(status: ReferralStatus) -> str:
    return _translate(_REFERRAL_STATUSES[status])


def referral_note_label(note: str) -> str:
    return _translate(_REFERRAL_NOTES[note]) if note in _REFERRAL_NOTES else note


def consent_label(given: bool, withdrawn: bool) -> str:
    """A handover's consent in one word: yes, withdrawn, or no (nothing shared)."""
    if not given:
        return _translate(QT_TRANSLATE_NOOP("Labels", "No"))
    if withdrawn:
        return _translate(QT_TRANSLATE_NOOP("Labels", "Withdrawn"))
    return _translate(QT_TRANSLATE_NOOP("Labels", "Yes"))


def letter_language_label(language: str) -> str:
    """A letter's language named in itself ("Nederlands", "English"), as the visitor would look for it."""
    return preferences.LANGUAGE.choices.get(language, language)


def format_short_day(day: date) -> str:
    """A date in the short format of the UI language, for tables: "30-11-2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
