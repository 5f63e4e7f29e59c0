"""The coordinator's list of user accounts."""

from __future__ import annotations

from wsp_desk.gui.labels import format_datetime, role_label
from wsp_desk.gui.models.record_model import Column, RecordModel, active_column
from wsp_desk.services.users import UserView


class UsersModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("User name"), lambda user: user.username),
            Column(self.tr("Name"), lambda user: user.display_name),
            Column(self.tr("Role"), lambda user: role_label(user.role)),
            active_column(),
            Column(self.tr("Last login"), self._last_login, self._last_login_key),
        ]

    def _last_login(self, user: UserView) -> str:
        return format_datetime(user.last_login_at) if user.last_login_at else self.tr("never")

    @staticmethod
    def _last_login_key(user: UserView) -> str:
        return user.last_login_at.isoformat() if user.last_login_at else ""
