"""How values are shown to a person: names of roles, location kinds and audit events, and dates and times.

The one place for each: pages and dialogs ask here instead of spelling their own label.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from wsp_desk import dates
from wsp_desk.db.models import AuditResult, LocationKind, Role

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
