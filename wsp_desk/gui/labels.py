"""How values are shown to a person: names of roles, location kinds, visitor kinds, visit statuses, question
categories and audit events, and dates, times and durations.

The one place for each: pages and dialogs ask here instead of spelling their own label.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from wsp_desk import dates
from wsp_desk.db.enums import AuditResult, LocationKind, Role, VisitorKind, VisitStatus
from wsp_desk.gui import translations
from wsp_desk.services.taxonomy import need_term

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
