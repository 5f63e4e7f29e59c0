"""The person's own account: who they are here, their password, and their recent logins."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.gui.change_password_dialog import ChangePasswordDialog
from wsp_desk.gui.labels import LOGIN_ACTIONS, audit_action_label, audit_result_label, format_datetime, role_label
from wsp_desk.services.audit import AuditEventView

_Index = QModelIndex | QPersistentModelIndex


class LoginEventsModel(QAbstractTableModel):
    """Audit events about one person's logins, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[AuditEventView] = []
        self._headers = [self.tr("When"), self.tr("What"), self.tr("Result"), self.tr("Workstation")]

    def set_events(self, events: list[AuditEventView]) -> None:
        self.beginResetModel()
        self._events = events
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        event = self._events[index.row()]
        return (
            format_datetime(event.at),
            audit_action_label(event.action),
            audit_result_label(event.result),
            event.workstation,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class AccountPage(QWidget):
    def __init__(self, context: DeskContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor

        name = QLabel(actor.display_name)
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        name.setFont(font)
        details = QFormLayout()
        details.addRow(self.tr("User name:"), QLabel(actor.username))
        details.addRow(self.tr("Role:"), QLabel(role_label(actor.role)))
        self.change_password_button = QPushButton(self.tr("&Change password…"))
        self.change_password_button.clicked.connect(self._change_password)
        button_row = QHBoxLayout()
        button_row.addWidget(self.change_password_button)
        button_row.addStretch()

        self.logins = LoginEventsModel(self)
        self.login_table = QTableView()
        self.login_table.setModel(self.logins)
        self.login_table.verticalHeader().hide()
        self.login_table.setAlternatingRowColors(True)
        self.login_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.login_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.login_table.horizontalHeader().setStretchLastSection(True)
        table_label = QLabel(self.tr("Your &recent logins:"))
        table_label.setBuddy(self.login_table)

        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addLayout(details)
        layout.addLayout(button_row)
        layout.addSpacing(12)
        layout.addWidget(table_label)
        layout.addWidget(self.login_table, stretch=1)

    def refresh(self) -> None:
        events = self._context.audit.recent(self._actor, username=self._actor.username)
        self.logins.set_events([event for event in events if event.action in LOGIN_ACTIONS])

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the list grows while the person works (locks, unlocks)
        super().showEvent(event)

    def _change_password(self) -> None:
        dialog = ChangePasswordDialog(self._context, self._actor, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
