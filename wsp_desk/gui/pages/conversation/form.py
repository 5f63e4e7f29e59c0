"""A conversation template as a form: one tab per section, one input per question, built from the template.

Each question type has its own small input (`_INPUTS`): a line for a short text, a box for a long one, two radio
buttons for yes/no, radio buttons (or a list to pick from, when there are many) for one choice, check boxes for
several, a spin box between the scale's two ends, and a date with "date known". The keyboard reaches everything:
Tab through the questions, Space for a check box or radio button, the arrows within a group, Ctrl+PgDown/PgUp or
Alt+number for the sections. Questions with a `show_if` appear and disappear as the answers change.

The form holds no conversation: it shows a template with answers and says `changed` whenever the guide changes one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.gui import translations
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.colours import quiet_panel
from wsp_desk.services.conversations import MAX_ANSWER
from wsp_desk.templates.schema import ConversationTemplate, Question, QuestionType, Section, Text

# A single choice with more options than this is a list to pick from instead of radio buttons.
MAX_RADIO_OPTIONS = 6


def muted(label: QLabel, *, smaller: bool = True) -> QLabel:
    """A hint's look: a little smaller, in the palette's placeholder colour (readable, but behind the question)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    if smaller:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 0.92)
        label.setFont(font)
    label.setWordWrap(True)
    return label


def _text(text: Text) -> str:
    return text.in_language(translations.current_language())


class QuestionInput(QWidget):
    """The input of one question: `value()` is the answer as the conversation service takes it, None unanswered."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any | None:
        raise NotImplementedError

    def set_value(self, value: Any | None) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes the focus for this question (its label's buddy)."""
        raise NotImplementedError

    def _name(self, widget: QWidget) -> None:
        widget.setAccessibleName(_text(self.question.text))


class ShortTextInput(QuestionInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(MAX_ANSWER)
        self._name(self.edit)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        return self.edit.text() or None

    def set_value(self, value: Any | None) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def focus_widget(self) -> QWidget:
        return self.edit


class LongTextInput(QuestionInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)  # Tab goes on to the next question, as everywhere in the form
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self._name(self.edit)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any | None) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")

    def focus_widget(self) -> QWidget:
        return self.edit


class _RadioInput(QuestionInput):
    """Radio buttons of one question; they are exclusive among themselves (their own parent)."""

    def __init__(self, question: Question, choices: list[tuple[object, str]], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.buttons: list[tuple[object, QRadioButton]] = []
        column = QVBoxLayout() if len(choices) > 2 else QHBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for value, label in choices:
            button = QRadioButton(label, self)
            button.setAccessibleDescription(_text(question.text))
            button.toggled.connect(lambda on: self.changed.emit() if on else None)
            column.addWidget(button)
            self.buttons.append((value, button))
        if isinstance(column, QHBoxLayout):
            column.addStretch(1)
        self._layout.addLayout(column, 1)

    def value(self) -> object | None:
        return next((value for value, button in self.buttons if button.isChecked()), None)

    def set_value(self, value: Any | None) -> None:
        chosen = next((button for option, button in self.buttons if option == value and value is not None), None)
        if chosen is not None:
            chosen.setChecked(True)
            return
        # Nothing chosen: auto-exclusive buttons only let go all together.
        for _, button in self.buttons:
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(True)

    def focus_widget(self) -> QWidget:
        return next((button for _, button in self.buttons if button.isChecked()), self.buttons[0][1])


class YesNoInput(_RadioInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, [(True, self.tr("Yes")), (False, self.tr("No"))], parent)


class SingleChoiceInput(_RadioInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, [(option.value, _text(option.label)) for option in question.options], parent)


class ChoiceListInput(QuestionInput):
    """A single choice among many options: a list to pick from, with "not chosen" first."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("(not chosen)"), None)
        for option in question.options:
            self.combo.addItem(_text(option.label), option.value)
        self._name(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0) if value is not None else 0)

    def focus_widget(self) -> QWidget:
        return self.combo


class MultipleChoiceInput(QuestionInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.boxes: list[tuple[str, QCheckBox]] = []
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for option in question.options:
            box = QCheckBox(_text(option.label), self)
            box.setAccessibleDescription(_text(question.text))
            box.toggled.connect(self.changed)
            column.addWidget(box)
            self.boxes.append((option.value, box))
        self._layout.addLayout(column, 1)

    def value(self) -> list[str] | None:
        chosen = [value for value, box in self.boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any | None) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for option, box in self.boxes:
            box.setChecked(option in chosen)

    def focus_widget(self) -> QWidget:
        return self.boxes[0][1]


class ScaleInput(QuestionInput):
    """A number on the scale; one below the lowest shows as "—": not answered."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.spin = QSpinBox(self)
        self.spin.setRange(question.scale_min - 1, question.scale_max)
        self.spin.setSpecialValueText("—")
        self.spin.setMinimumWidth(self.spin.fontMetrics().averageCharWidth() * 8)
        self._name(self.spin)
        self.spin.valueChanged.connect(self.changed)
        low, high = question.scale_labels or ("", "")
        ends = f"{question.scale_min} = {low}   ·   {question.scale_max} = {high}" if low else ""
        self.spin.setAccessibleDescription(ends)
        self._layout.addWidget(self.spin)
        if ends:
            self._layout.addWidget(muted(QLabel(ends, self), smaller=False), 1)
        else:
            self._layout.addStretch(1)

    def value(self) -> int | None:
        return None if self.spin.value() < self.question.scale_min else self.spin.value()

    def set_value(self, value: Any | None) -> None:
        self.spin.setValue(value if isinstance(value, int) else self.spin.minimum())

    def focus_widget(self) -> QWidget:
        return self.spin


class DateInput(QuestionInput):
    """A date, or none: "Date known" switches the date on."""

    def __init__(self, question: Question, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._today = today
        self.known = QCheckBox(self.tr("Date known:"), self)
        self.known.setAccessibleDescription(_text(question.text))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setEnabled(False)
        self._name(self.edit)
        self.known.toggled.connect(self._known_changed)
        self.edit.dateChanged.connect(self.changed)
        self._layout.addWidget(self.known)
        self._layout.addWidget(self.edit)
        self._layout.addStretch(1)

    def _known_changed(self, known: bool) -> None:
        if known and not self.edit.isEnabled():
            day = self._today()
            self.edit.setDate(QDate(day.year, day.month, day.day))
        self.edit.setEnabled(known)
        self.changed.emit()

    def value(self) -> str | None:
        if not self.known.isChecked():
            return None
        return self.edit.date().toString(Qt.DateFormat.ISODate)

    def set_value(self, value: Any | None) -> None:
        day = QDate.fromString(value, Qt.DateFormat.ISODate) if isinstance(value, str) else QDate()
        if day.isValid():
            self.edit.setDate(day)
            self.edit.setEnabled(True)
            self.known.setChecked(True)
        else:
            self.known.setChecked(False)

    def focus_widget(self) -> QWidget:
        return self.known


def _single_choice(question: Question, parent: QWidget) -> QuestionInput:
    if len(question.options) > MAX_RADIO_OPTIONS:
        return ChoiceListInput(question, parent)
    return SingleChoiceInput(question, parent)


class QuestionRow(QWidget):
    """A question: its text, the hint on how to ask it, and the input."""

    def __init__(self, question: Question, answer_input: QuestionInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.input = answer_input
        self.label = QLabel(_text(question.text), self)
        self.label.setWordWrap(True)
        bold = QFont(self.label.font())
        bold.setBold(True)
        self.label.setFont(bold)
        self.label.setBuddy(answer_input.focus_widget())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        if question.hint is not None:
            self.hint = muted(QLabel(_text(question.hint), self))
            layout.addWidget(self.hint)
        layout.addWidget(answer_input)


class ConversationForm(QTabWidget):
    """The sections of a template as tabs. `changed` whenever an answer changes (not when answers are loaded)."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.template: ConversationTemplate | None = None
        self.rows: dict[str, QuestionRow] = {}
        self._loading = False
        self.setDocumentMode(True)
        # Every section stays in view: long titles are shortened rather than scrolled away.
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self._inputs: dict[QuestionType, Callable[[Question, QWidget], QuestionInput]] = {
            QuestionType.SHORT_TEXT: ShortTextInput,
            QuestionType.LONG_TEXT: LongTextInput,
            QuestionType.YES_NO: YesNoInput,
            QuestionType.SINGLE_CHOICE: _single_choice,
            QuestionType.MULTIPLE_CHOICE: MultipleChoiceInput,
            QuestionType.SCALE: ScaleInput,
            QuestionType.DATE: lambda question, parent: DateInput(question, self._today, parent),
        }
        for text, keys, step in (
            (self.tr("Next section"), "Ctrl+PgDown", 1),
            (self.tr("Previous section"), "Ctrl+PgUp", -1),
        ):
            go = shortcut_action(
                self,
                text,
                partial(self._step_section, step),
                keys,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            self.addAction(go)

    def _step_section(self, step: int) -> None:
        self.go_to_section(self.currentIndex() + step)

    # --- building -----------------------------------------------------------------------------------------------

    def set_template(self, template: ConversationTemplate, answers: dict[str, Any]) -> None:
        """Build the form of `template` anew and fill in `answers`."""
        self._loading = True
        try:
            while self.count():
                page = self.widget(0)
                self.removeTab(0)
                if page is not None:
                    page.deleteLater()
            self.template = template
            self.rows = {}
            last = len(template.sections) - 1
            for number, section in enumerate(template.sections):
                page = self._section_page(template, section, number, last)
                # Alt+1 … Alt+9 open a section (the number is the tab's mnemonic).
                prefix = f"&{number + 1} " if number < 9 else f"{number + 1} "
                index = self.addTab(page, prefix + _text(section.title).replace("&", "&&"))
                self.setTabToolTip(index, _text(section.title))  # the whole title when a narrow window shortens it
            for question_id, row in self.rows.items():
                row.input.set_value(answers.get(question_id))
            self.setCurrentIndex(0)
        finally:
            self._loading = False
        self.update_visibility()

    def _section_page(self, template: ConversationTemplate, section: Section, number: int, last: int) -> QScrollArea:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        if number == 0:
            layout.addWidget(self._guidance(self.tr("How to begin"), _text(template.opening_hint), content))
        if section.hint is not None:
            layout.addWidget(muted(QLabel(_text(section.hint), content)))
        for question in section.questions:
            answer_input = self._inputs[question.type](question, content)
            answer_input.changed.connect(self._answer_changed)
            row = QuestionRow(question, answer_input, content)
            layout.addWidget(row)
            self.rows[question.id] = row
        if number == last:
            layout.addWidget(self._guidance(self.tr("To close"), _text(template.closing), content))
        else:
            following = QPushButton(
                self.tr("Next &section: {title}").format(
                    title=_text(template.sections[number + 1].title).replace("&", "&&")
                ),
                content,
            )
            following.setToolTip(QKeySequence("Ctrl+PgDown").toString(QKeySequence.SequenceFormat.NativeText))
            following.clicked.connect(lambda: self.go_to_section(number + 1))
            buttons = QHBoxLayout()
            buttons.setContentsMargins(0, 10, 0, 0)
            buttons.addStretch(1)
            buttons.addWidget(following)
            layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        return scroll

    @staticmethod
    def _guidance(title: str, text: str, parent: QWidget) -> QFrame:
        """The template's opening or closing hint: a quiet box the guide reads before or after the questions."""
        box = QFrame(parent)
        quiet_panel(box, "guidance")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 8, 12, 8)
        heading = QLabel(title, box)
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        body = QLabel(text, box)
        body.setWordWrap(True)
        layout.addWidget(body)
        return box

    # --- using --------------------------------------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        """Every answered question's answer (also of questions that are hidden now: they come back when shown)."""
        found = {question_id: row.input.value() for question_id, row in self.rows.items()}
        return {question_id: value for question_id, value in found.items() if value is not None}

    def update_visibility(self) -> None:
        if self.template is None:
            return
        answers = self.answers()
        for row in self.rows.values():
            row.setVisible(self.template.visible(row.question, answers))

    def go_to_section(self, index: int) -> None:
        if not 0 <= index < self.count():
            return
        self.setCurrentIndex(index)
        self.focus_first_question()

    def focus_first_question(self) -> None:
        """Put the focus on the first question of the current section that shows."""
        page = self.currentWidget()
        for row in self.rows.values():
            if row.isVisibleTo(page) and page.isAncestorOf(row):
                row.input.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _answer_changed(self) -> None:
        if self._loading:
            return
        self.update_visibility()
        self.changed.emit()
