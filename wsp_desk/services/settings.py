"""Installation-wide settings kept in the database, each declared once with its default and bounds.

Per-desk preferences (language, window geometry, chosen location) are the GUI's, in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass

from wsp_desk.clock import Clock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Setting
from wsp_desk.errors import ValidationFailed
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.audit import AuditLog
from wsp_desk.services.permissions import Action, Actor, require


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    label: str


IDLE_LOCK_MINUTES = IntSetting(
    "idle_lock_minutes", 5, 1, 60, QT_TRANSLATE_NOOP("Settings", "Lock an unattended desk after (minutes)")
)
ALL_SETTINGS = (IDLE_LOCK_MINUTES,)


class SettingsService:
    def __init__(self, database: Database, clock: Clock, audit: AuditLog) -> None:
        self._database = database
        self._clock = clock
        self._audit = audit

    def get(self, spec: IntSetting) -> int:
        with self._database.read() as session:
            row = session.get(Setting, spec.key)
        if row is None or not isinstance(row.value, int) or not spec.minimum <= row.value <= spec.maximum:
            return spec.default
        return row.value

    def set(self, actor: Actor, spec: IntSetting, value: int) -> None:
        require(actor, Action.MANAGE_SETTINGS)
        if not spec.minimum <= value <= spec.maximum:
            raise ValidationFailed(
                spec.key,
                QT_TRANSLATE_NOOP("DeskError", "Choose a value from {minimum} to {maximum}."),
                minimum=spec.minimum,
                maximum=spec.maximum,
            )
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
