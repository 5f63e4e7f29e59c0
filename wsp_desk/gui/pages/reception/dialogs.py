"""The dialogs of the Balie page: correcting a registration, a transfer, a visit's history, the day summary and a
ticket shown on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.dates import clock_time
from wsp_desk.domain.enums import VisitStatus
from wsp_desk.gui.form_dialog import FormDialog
from wsp_desk.gui.forms.ui_transfer_dialog import Ui_TransferDialog
from wsp_desk.gui.history_dialog import RecordHistoryDialog
from wsp_desk.gui.labels import format_day, visit_status_label, visitor_kind_label
from wsp_desk.gui.models.queue_model import HistoryModel
from wsp_desk.gui.pages.reception.registration_form import RegistrationForm
from wsp_desk.services.locations import RoomView
from wsp_desk.services.queue import Registration
from wsp_desk.services.queue_views import DaySummary, QueueEntry, VisitHistoryEntry
from wsp_desk.services.users import Guide


class CorrectionDialog(FormDialog):
    """The registration form again, filled in with what was registered; Enter or OK saves the correction."""

    def __init__(self, parent: QWidget | None, ticket: str, data: Registration) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the registration of {ticket}").format(ticket=ticket))
        self.form = RegistrationForm(self)
        self.form.set_registration(data)
        self.form.submitted.connect(self.accept)
        self.errors = self.form.errors
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.focus_first()

    def registration(self) -> Registration:
        return self.form.registration()


class TransferDialog(FormDialog):
    """Hand a called visitor, or one in conversation, to another guide or room."""

    def __init__(self, parent: QWidget | None, entry: QueueEntry, guides: list[Guide], rooms: list[RoomView]) -> None:
        super().__init__(parent)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Transfer {ticket}").format(ticket=entry.ticket))
        intro = self.tr("Hand ticket {ticket} to another guide or room. The waiting-room screen shows the new room.")
        self.ui.intro.setText(intro.format(ticket=entry.ticket))
        for guide in guides:
            self.ui.guide.addItem(guide.display_name, guide.id)
        self.ui.guide.setCurrentIndex(max(self.ui.guide.findData(entry.guide_id), 0))
        self.ui.room.addItem(self.tr("(no room)"), None)
        for room in rooms:
            self.ui.room.addItem(room.name, room.id)
        self.ui.room.setCurrentIndex(max(self.ui.room.findText(entry.room_name), 0))
        self.set_error_fields({}, self.ui.formError)

    def guide_id(self) -> int:
        return int(self.ui.guide.currentData())

    def room_id(self) -> int | None:
        room = self.ui.room.currentData()
        return None if room is None else int(room)


class HistoryDialog(RecordHistoryDialog):
    """Every status change of one visit: when, by whom, from → to, guide and room, and the note."""

    def __init__(self, parent: QWidget | None, ticket: str, events: list[VisitHistoryEntry]) -> None:
        model = HistoryModel()
        model.set_records(events)
        title = QCoreApplication.translate("HistoryDialog", "History of {ticket}").format(ticket=ticket)
        super().__init__(parent, title, model)


class DaySummaryDialog(QDialog):
    """After closing the day: how many visits ended how, and who was not served and why."""

    def __init__(self, parent: QWidget | None, summary: DaySummary, closed: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Day summary"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.windowTitle())
        self.text.setPlainText(self._summary(summary, closed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _summary(self, summary: DaySummary, closed: int) -> str:
        day = format_day(summary.day)
        lines = [
            self.tr("Visits on {day}: {total}").format(day=day, total=sum(summary.by_status.values())),
            *(
                f"  {visit_status_label(status)}: {summary.by_status[status]}"
                for status in VisitStatus
                if summary.by_status.get(status)
            ),
            "",
            self.tr("Closed as not served just now: {count}").format(count=closed),
        ]
        if summary.not_served:
            lines += ["", self.tr("Not served:")]
            lines += [
                f"  {entry.ticket}  {visitor_kind_label(entry.visitor_kind)}: {entry.end_reason}"
                for entry in summary.not_served
            ]
        return "\n".join(lines)


class TicketOnScreen(QDialog):
    """A ticket that could not be printed, as large as the dialog allows: for the visitor to note or photograph."""

    def __init__(self, parent: QWidget | None, entry: QueueEntry, location_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ticket {ticket}").format(ticket=entry.ticket))
        self.number = QLabel(entry.ticket, self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setAccessibleName(self.tr("Your number"))
        self.details = QLabel(
            self.tr(
                "{location}, registered at {time}. Note or photograph this number: we call it on the screen."
            ).format(location=location_name, time=clock_time(entry.arrived_at)),
            self,
        )
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        font = QFont(self.details.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.details.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(screen.width() * 3 // 4, screen.height() * 3 // 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # As high as half the dialog, narrower where a long number would not fit its width.
        font = QFont(self.number.font())
        font.setBold(True)
        font.setPixelSize(max(self.height() // 2, 10))
        width = self.width() * 9 // 10
        advance = QFontMetrics(font).horizontalAdvance(self.number.text())
        if advance > width > 0:
            font.setPixelSize(max(font.pixelSize() * width // advance, 10))
        self.number.setFont(font)
