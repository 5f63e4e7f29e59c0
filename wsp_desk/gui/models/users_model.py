"""The coordinator's list of user accounts."""

from __future__ import annotations

from wsp_desk.db.models import User
from wsp_desk.gui.labels import format_datetime, role_label
from wsp_desk.gui.models.record_model import Column, RecordModel, active_column


class UsersModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("User name"), lambda user: user.username),
            Column(self.tr("Name"), lambda user: user.display_name),
            Column(self.tr("Role"), lambda user: role_label(user.role)),
            active_column(),
            Column(self.tr("Last login"), self._last_login, self._last_login_key),
        ]

    def _last_login(self, user: User) -> str:
        return format_datetime(user.last_login_at) if user.last_login_at else self.tr("never")

    @staticmethod
    def _last_login_key(user: User) -> str:
        return user.last_login_at.isoformat() if user.last_login_at else ""
