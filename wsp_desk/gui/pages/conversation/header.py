"""The visitor's header above a conversation: who came and why, the municipality and the template, and whether
what was typed is saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wsp_desk.dates import clock_time
from wsp_desk.gui.colours import quiet_panel, show_as_error
from wsp_desk.gui.labels import municipality_choices, need_category_label, visitor_kind_label
from wsp_desk.gui.pages.conversation.form import muted
from wsp_desk.services.conversations import ConversationView
from wsp_desk.services.queue_views import QueueEntry
from wsp_desk.templates.schema import ConversationTemplate


class VisitorHeader(QFrame):
    """Shows a visitor as registered; the page listens to `municipality` and `template_choice` for changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        quiet_panel(self, "visitorHeader")
        self.ticket_label = QLabel(self)
        ticket_font = QFont(self.font())
        ticket_font.setPointSizeF(ticket_font.pointSizeF() * 2.0)
        ticket_font.setBold(True)
        self.ticket_label.setFont(ticket_font)
        self.ticket_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visitor_label = QLabel(self)
        self.visitor_label.setWordWrap(True)
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        self.flags_label = QLabel(self)
        self.flags_label.setWordWrap(True)
        self.flags_label.setStyleSheet("font-weight: bold")
        self.municipality = QComboBox(self)
        for value, label in municipality_choices():
            self.municipality.addItem(label, value)
        self.template_choice = QComboBox(self)
        self.save_status = QLabel(self)
        self.save_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_status.setAccessibleName(self.tr("Saving"))

        about = QVBoxLayout()
        about.setSpacing(2)
        about.addWidget(self.visitor_label)
        about.addWidget(self.question_label)
        about.addWidget(self.flags_label)
        choices = QHBoxLayout()
        municipality_label = QLabel(self.tr("&Municipality:"), self)
        municipality_label.setBuddy(self.municipality)
        template_label = QLabel(self.tr("Conversation &template:"), self)
        template_label.setBuddy(self.template_choice)
        choices.addWidget(municipality_label)
        choices.addWidget(self.municipality)
        choices.addSpacing(16)
        choices.addWidget(template_label)
        choices.addWidget(self.template_choice)
        right = QVBoxLayout()
        right.addLayout(choices)
        right.addStretch(1)
        right.addWidget(self.save_status, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.ticket_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addSpacing(18)
        layout.addLayout(about, 1)
        layout.addLayout(right)

    def show_visitor(self, view: ConversationView, entry: QueueEntry | None) -> None:
        """The ticket, the kind of visitor and what the desk registered (`entry`, when it can be read)."""
        self.ticket_label.setText(view.ticket)
        about = [visitor_kind_label(view.visitor_kind)]
        if entry is not None:
            if entry.category_code:
                about.append(need_category_label(entry.category_code))
            if entry.company_name:
                about.append(entry.company_name)
            if entry.name_or_initials:
                about.append(entry.name_or_initials)
        self.visitor_label.setText("  ·  ".join(about))
        question = entry.question if entry is not None else ""
        self.question_label.setText(self.tr("At the desk: “{question}”").format(question=question) if question else "")
        self.question_label.setVisible(bool(question))
        flags = []
        if entry is not None:
            if entry.needs_interpreter:
                flags.append(self.tr("Interpreter: {language}").format(language=entry.interpreter_language))
            if entry.accessibility_need:
                flags.append(self.tr("Accessibility need"))
            if entry.has_appointment:
                flags.append(self.tr("Has an appointment"))
            if entry.urgent:
                flags.append(self.tr("Urgent"))
        self.flags_label.setText("  ·  ".join(flags))
        self.flags_label.setVisible(bool(flags))
        self.set_municipality(view.municipality)

    def municipality_code(self) -> str:
        return str(self.municipality.currentData() or "")

    def set_municipality(self, code: str) -> None:
        self.municipality.setCurrentIndex(max(self.municipality.findData(code), 0))

    def show_templates(
        self, templates: list[ConversationTemplate], current: ConversationTemplate, language: str
    ) -> None:
        """The templates to choose from; one no longer installed still shows its own name."""
        self.template_choice.clear()
        if current.id not in {template.id for template in templates}:
            templates = [current, *templates]
        for template in templates:
            self.template_choice.addItem(template.title.in_language(language), template.id)
        self.select_template(current.id)

    def select_template(self, template_id: str) -> None:
        self.template_choice.setCurrentIndex(max(self.template_choice.findData(template_id), 0))

    def show_saved(self, at: datetime) -> None:
        self.save_status.setText(self.tr("Saved {time}").format(time=clock_time(at)))
        self.save_status.setToolTip(self.tr("Everything you type is saved within a second."))
        muted(self.save_status)

    def show_save_failed(self, problem: str) -> None:
        # One short line fits the header; the reason is in the tooltip and is read out by screen readers.
        self.save_status.setText(self.tr("Saving failed"))
        reason = self.tr("Saving failed: {problem}").format(problem=problem)
        self.save_status.setToolTip(
            reason + "\n" + self.tr("What you typed stays here; saving is tried again in a few seconds.")
        )
        self.save_status.setAccessibleDescription(reason)
        show_as_error(self.save_status)
