"""Installation-wide settings kept in the database, each declared once with its default and bounds.

Per-desk preferences (language, window geometry, chosen location) are the GUI's, in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import overload

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Setting
from wsp_desk.domain.permissions import Action, Actor, require
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    label: str

    def accepts(self, value: object) -> bool:
        return isinstance(value, int) and self.minimum <= value <= self.maximum

    def refusal(self) -> ValidationFailed:
        return ValidationFailed(
            self.key,
            QT_TRANSLATE_NOOP("DeskError", "Choose a value from {minimum} to {maximum}."),
            minimum=self.minimum,
            maximum=self.maximum,
        )


@dataclass(frozen=True)
class LetterSetting:
    """One capital letter, or none."""

    key: str
    default: str
    label: str

    def accepts(self, value: object) -> bool:
        return isinstance(value, str) and (value == "" or (len(value) == 1 and "A" <= value <= "Z"))

    def refusal(self) -> ValidationFailed:
        return ValidationFailed(
            self.key, QT_TRANSLATE_NOOP("DeskError", "Use one capital letter A-Z, or leave it empty.")
        )


IDLE_LOCK_MINUTES = IntSetting(
    "idle_lock_minutes", 5, 1, 60, QT_TRANSLATE_NOOP("Settings", "Lock an unattended desk after (minutes)")
)
WAIT_WARNING_MINUTES = IntSetting(
    "wait_warning_minutes", 15, 1, 240, QT_TRANSLATE_NOOP("Settings", "Waiting time shown in amber after (minutes)")
)
WAIT_ALERT_MINUTES = IntSetting(
    "wait_alert_minutes", 30, 1, 480, QT_TRANSLATE_NOOP("Settings", "Waiting time shown in red after (minutes)")
)
PRIORITY_LIMIT_MINUTES = IntSetting(
    "priority_limit_minutes",
    20,
    0,
    240,
    QT_TRANSLATE_NOOP("Settings", "Anyone who waited this long goes before priorities (minutes)"),
)
NO_SHOW_AFTER_CALLS = IntSetting(
    "no_show_after_calls", 3, 1, 10, QT_TRANSLATE_NOOP("Settings", "No-show after this many calls")
)
TICKET_LETTER_JOB_SEEKER = LetterSetting(
    "ticket_letter_job_seeker", "W", QT_TRANSLATE_NOOP("Settings", "Ticket letter for job seekers")
)
TICKET_LETTER_EMPLOYED = LetterSetting(
    "ticket_letter_employed", "B", QT_TRANSLATE_NOOP("Settings", "Ticket letter for working people")
)
TICKET_LETTER_EMPLOYER = LetterSetting(
    "ticket_letter_employer", "G", QT_TRANSLATE_NOOP("Settings", "Ticket letter for employers")
)
TICKET_LETTER_OTHER = LetterSetting(
    "ticket_letter_other", "A", QT_TRANSLATE_NOOP("Settings", "Ticket letter for other visitors")
)
SettingSpec = IntSetting | LetterSetting
ALL_SETTINGS: tuple[SettingSpec, ...] = (
    IDLE_LOCK_MINUTES,
    WAIT_WARNING_MINUTES,
    WAIT_ALERT_MINUTES,
    PRIORITY_LIMIT_MINUTES,
    NO_SHOW_AFTER_CALLS,
    TICKET_LETTER_JOB_SEEKER,
    TICKET_LETTER_EMPLOYED,
    TICKET_LETTER_EMPLOYER,
    TICKET_LETTER_OTHER,
)


class SettingsService:
    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    @overload
    def get(self, spec: IntSetting) -> int: ...
    @overload
    def get(self, spec: LetterSetting) -> str: ...
    def get(self, spec: SettingSpec) -> int | str:
        with self._database.read() as session:
            row = session.get(Setting, spec.key)
        return row.value if row is not None and spec.accepts(row.value) else spec.default

    def set(self, actor: Actor, spec: SettingSpec, value: int | str) -> None:
        require(actor, Action.MANAGE_SETTINGS)
        if not spec.accepts(value):
            raise spec.refusal()
        with self._database.write() as session:
            row = session.get(Setting, spec.key)
            if row is None:
                row = Setting(key=spec.key)
                session.add(row)
            row.value = value
            row.updated_at = self._clock.now()
            row.updated_by_id = actor.user_id
            self._audit.record(
                session,
                "setting_change",
                actor=actor,
                object_type="setting",
                object_id=spec.key,
                detail=f"value={value}",
            )
