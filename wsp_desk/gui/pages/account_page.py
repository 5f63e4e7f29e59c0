"""The person's own account: who they are here, their password, and their recent logins."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.validation import format_phone
from wsp_desk.errors import DeskError
from wsp_desk.gui.change_password_dialog import ChangePasswordDialog
from wsp_desk.gui.labels import LOGIN_ACTIONS, audit_action_label, audit_result_label, format_datetime, role_label
from wsp_desk.gui.messages import InlineErrors
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
        # How partners reach this person about a handover: printed on the partner's sheet.
        self.work_phone = QLineEdit()
        self.work_phone.setAccessibleName(self.tr("Work phone"))
        self.work_email = QLineEdit()
        self.work_email.setAccessibleName(self.tr("Work e-mail"))
        for field in (self.work_phone, self.work_email):
            field.setMaximumWidth(field.fontMetrics().averageCharWidth() * 40)  # an address, not a line of text
        self.work_phone_error, self.work_email_error, self.contact_error = QLabel(), QLabel(), QLabel()
        phone_label = QLabel(self.tr("Work &phone:"))
        phone_label.setBuddy(self.work_phone)
        email_label = QLabel(self.tr("Work &e-mail:"))
        email_label.setBuddy(self.work_email)
        details.addRow(phone_label, self.work_phone)
        details.addRow("", self.work_phone_error)
        details.addRow(email_label, self.work_email)
        details.addRow("", self.work_email_error)
        contact_hint = QLabel(
            self.tr("Partners reach you on these about a handover: they are printed on the partner's sheet.")
        )
        contact_hint.setWordWrap(True)
        details.addRow("", contact_hint)
        self.save_contact_button = QPushButton(self.tr("&Save contact details"))
        self.save_contact_button.clicked.connect(self.save_contact)
        self.work_phone.returnPressed.connect(self.save_contact)
        self.work_email.returnPressed.connect(self.save_contact)
        self.contact_saved = QLabel()
        self._contact_errors = InlineErrors(
            {
                "work_phone": (self.work_phone, self.work_phone_error),
                "work_email": (self.work_email, self.work_email_error),
            },
            self.contact_error,
        )
        self.change_password_button = QPushButton(self.tr("&Change password…"))
        self.change_password_button.clicked.connect(self._change_password)
        button_row = QHBoxLayout()
        button_row.addWidget(self.save_contact_button)
        button_row.addWidget(self.change_password_button)
        button_row.addWidget(self.contact_saved)
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
        layout.addWidget(self.contact_error)
        layout.addSpacing(12)
        layout.addWidget(table_label)
        layout.addWidget(self.login_table, stretch=1)

    def refresh(self) -> None:
        if self._actor.user_id is not None:
            account = self._context.users.account(self._actor, self._actor.user_id)
            self.work_phone.setText(format_phone(account.work_phone))
            self.work_email.setText(account.work_email)
        events = self._context.audit.recent(self._actor, username=self._actor.username)
        self.logins.set_events([event for event in events if event.action in LOGIN_ACTIONS])

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the list grows while the person works (locks, unlocks)
        super().showEvent(event)

    def save_contact(self) -> None:
        assert self._actor.user_id is not None
        self.contact_saved.clear()
        try:
            account = self._context.users.set_work_contact(
                self._actor, self._actor.user_id, self.work_phone.text(), self.work_email.text()
            )
        except DeskError as error:
            self._contact_errors.show(error)
            return
        self._contact_errors.clear()
        self.work_phone.setText(format_phone(account.work_phone))
        self.work_email.setText(account.work_email)
        self.contact_saved.setText(self.tr("Saved."))

    def _change_password(self) -> None:
        dialog = ChangePasswordDialog(self._context, self._actor, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
