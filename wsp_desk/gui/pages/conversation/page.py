"""Gesprek: the guide calls the next visitor and holds the conversation along its template.

Top: "Next visitor" (F5) calls whoever's turn it is to this desk's room, or "Choose from the queue" (Shift+F5) one
visitor; the conversation starts at once, along the template for the visitor's kind. Then, side by side: the
template as a form, the notes with the need in the visitor's own words, and the needs with the partners suggested
for them. Everything is saved as it is typed: at most a second behind, and at once when the focus leaves a text box,
the page hides or the window closes. So a crash or a power cut loses at most the last second, and the guide's
unfinished conversation comes back when the page opens again. "Finish conversation" (F8) records the outcome and
leaves the page ready for the next visitor.

`handover_requested(conversation_id, service_id)` asks for a warm handover ("" when no partner is chosen yet): from
the "Warm handover" button at any time, and after finishing with that outcome.

Answers and notes are personal data: they go to the conversation service only, never to a log.

This module is the flow of one conversation from the call to the finish, a little over 500 lines because the
steps share the page's state; the parts it arranges (call bar, header, form, notes, panels, autosave, dialogs) are
modules of their own beside it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.dates import desk_day
from wsp_desk.desk import DeskContext
from wsp_desk.domain.enums import ConversationOutcome
from wsp_desk.domain.permissions import Actor
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.errors import DeskError
from wsp_desk.gui import preferences, prompts, translations
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.desk_room import served_kinds
from wsp_desk.gui.labels import outcome_label
from wsp_desk.gui.messages import error_text, show_error
from wsp_desk.gui.page_context import PageContext
from wsp_desk.gui.pages.conversation.autosave import Autosave
from wsp_desk.gui.pages.conversation.call_bar import CallBar
from wsp_desk.gui.pages.conversation.dialogs import ChooseVisitorDialog, OutcomeDialog, PartnerSearchDialog
from wsp_desk.gui.pages.conversation.form import ConversationForm, muted
from wsp_desk.gui.pages.conversation.header import VisitorHeader
from wsp_desk.gui.pages.conversation.notes import NotesPanel
from wsp_desk.gui.pages.conversation.panels import NeedsPanel, SuggestionsPanel
from wsp_desk.services.conversations import ConversationView
from wsp_desk.services.directory_search import SearchFilters, SearchHit
from wsp_desk.services.locations import LocationView
from wsp_desk.services.queue_views import QueueEntry

# The suggestions follow the needs and the municipality this long after the last change.
SUGGEST_DELAY_MS = 250


def conversation_page(context: PageContext) -> QWidget:
    """The Gesprek page of the main window."""
    return ConversationPage(context.desk, context.actor, context.location)


class ConversationPage(QWidget):
    """The guide's conversations, one visitor at a time.

    - `handover_requested(conversation_id, service_id)`: the guide asks for a warm handover to the chosen partner
      ("" when none is chosen yet), with the "Warm handover" button or by finishing with that outcome;
    - `finished(conversation_id)`: a conversation got its outcome; the page waits for the next visitor.
    """

    handover_requested = Signal(int, str)
    finished = Signal(int)

    def __init__(
        self, context: DeskContext, actor: Actor, location: LocationView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.location = location
        self.conversation: ConversationView | None = None
        self.entry: QueueEntry | None = None
        self._loading = False
        self._serves = served_kinds(context, actor)
        self._watched_window: QWidget | None = None
        self.outcome_dialog: OutcomeDialog | None = None

        self.autosave = Autosave(self._save_parts, self)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._save_failed)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self.update_suggestions)

        self.finish_action = shortcut_action(
            self, self.tr("&Finish conversation…"), self.finish, "F8", self.tr("Record how the conversation ended")
        )
        self.addAction(self.finish_action)
        self.call_bar = CallBar(
            context,
            actor,
            location,
            self._serves,
            self,
            next_visitor=self.next_visitor,
            choose_visitor=self.choose_visitor,
        )
        self._build_conversation()
        self._build_layout()

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

        self.resume()

    # --- building -----------------------------------------------------------------------------------------------

    def _build_conversation(self) -> None:
        self.header = VisitorHeader(self)
        self.header.municipality.currentIndexChanged.connect(self._municipality_changed)
        self.header.template_choice.activated.connect(self._template_chosen)
        self.form = ConversationForm(self._today, self)
        self.form.changed.connect(self._answers_changed)
        self.notes_panel = NotesPanel(self)
        self.notes_panel.changed.connect(self._changed)
        self.needs = NeedsPanel(self)
        self.needs.changed.connect(self._needs_changed)
        self.suggestions = SuggestionsPanel(self._today, self)
        self.suggestions.handover_requested.connect(self.request_handover)
        self.suggestions.search_button.clicked.connect(self.search_partner)

    def _build_layout(self) -> None:
        self.idle = QLabel(self)
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle.setWordWrap(True)
        calm = QFont(self.font())
        calm.setPointSizeF(calm.pointSizeF() * 1.2)
        self.idle.setFont(calm)
        muted(self.idle, smaller=False)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.idle)
        self.stack.addWidget(self._conversation_view())

        outer = QVBoxLayout(self)
        outer.addWidget(self.call_bar)
        outer.addWidget(self.stack, 1)

    def _conversation_view(self) -> QWidget:
        view = QWidget(self)

        partners_column = QWidget(view)
        partners_layout = QVBoxLayout(partners_column)
        partners_layout.setContentsMargins(8, 0, 0, 0)
        partners_layout.addWidget(self.needs)
        partners_layout.addSpacing(8)
        partners_layout.addWidget(self.suggestions, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, view)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.notes_panel)
        self.splitter.addWidget(partners_column)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([600, 310, 430])
        # Where the guide dragged the columns to is remembered on this PC.
        state = preferences.CONVERSATION_COLUMNS.get()
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(lambda: preferences.CONVERSATION_COLUMNS.set(self.splitter.saveState()))

        finish_button = QPushButton(self.finish_action.text(), view)
        finish_button.setToolTip(self.finish_action.toolTip())
        finish_button.clicked.connect(self.finish_action.trigger)
        self.finish_button = finish_button
        self.notice = QLabel(view)
        self.notice.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(finish_button)

        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        return view

    # --- the page's state ---------------------------------------------------------------------------------------

    def _today(self) -> date:
        return desk_day(self._context.clock.now())

    def resume(self) -> None:
        """Show the guide's unfinished conversation as it was (after a restart), or wait for the next visitor."""
        try:
            ongoing = self._context.conversations.ongoing(self._actor)
        except DeskError as error:
            problem = error_text(error)
            self._show_idle(self.tr("Your conversations cannot be read now. {problem}").format(problem=problem))
            return
        if ongoing is None:
            self._show_idle()
        else:
            self._show(ongoing)

    def _show_idle(self, notice: str = "") -> None:
        self.conversation = self.entry = None
        self.autosave.reset()
        self._suggest_timer.stop()
        self.suggestions.clear()
        if self.location is None:
            text = self.tr("No location is open today, so there is no queue to call from.")
        else:
            text = self.tr("No visitor with you now.\nPress Next visitor (F5) to call the visitor whose turn it is.")
        self.idle.setText(f"{notice}\n\n{text}" if notice else text)
        self.stack.setCurrentWidget(self.idle)
        self.header.save_status.clear()
        self._update_actions()
        self.call_bar.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, view: ConversationView, entry: QueueEntry | None = None) -> None:
        """Show a conversation as it was stored."""
        if entry is None:
            try:
                entry = self._context.queue_views.entry(self._actor, view.visit_id)
            except DeskError:
                entry = None
        self.conversation, self.entry = view, entry
        self.autosave.reset()
        self._loading = True
        try:
            self.header.show_visitor(view, entry)
            templates = self._context.conversations.templates_for(view.visitor_kind)
            self.header.show_templates(templates, view.template, translations.current_language())
            self.form.set_template(view.template, view.answers)
            self.notes_panel.show_texts(view.need_in_own_words, view.notes)
            self.needs.load(view.visitor_kind, view.derived_needs, set(view.needs_added), set(view.needs_removed))
        finally:
            self._loading = False
        self.notice.clear()
        self.stack.setCurrentIndex(1)
        self._saved(view)
        self._update_actions()
        self._suggest_timer.start()  # after the page shows: the first search may build the directory's index
        self.form.focus_first_question()

    def _update_actions(self) -> None:
        free = self.conversation is None
        self.call_bar.set_can_call(free and self.location is not None)
        self.finish_action.setEnabled(not free)
        self.finish_button.setEnabled(not free)

    # --- calling the next visitor -------------------------------------------------------------------------------

    def next_visitor(self) -> None:
        """Call whoever's turn it is (of the kinds this guide calls) and start the conversation."""
        if self.conversation is not None or self.location is None:
            return
        try:
            entry = self._context.queue.resume_or_call_next(
                self._actor, self.location.id, self.call_bar.room_id(), self._serves
            )
        except DeskError as error:
            show_error(self, error)
            return
        if entry is None:
            self._show_idle(self.tr("Nobody is waiting now."))
            return
        self._begin(entry)

    def choose_visitor(self) -> ChooseVisitorDialog | None:
        if self.conversation is not None or self.location is None:
            return None
        try:
            entries = self._context.queue_views.today(self._actor, self.location.id)
        except DeskError as error:
            show_error(self, error)
            return None
        dialog = ChooseVisitorDialog(self, self._context.clock, self._actor, entries)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._call_chosen(dialog.chosen()))
        dialog.open()
        return dialog

    def _call_chosen(self, chosen: QueueEntry | None) -> None:
        if chosen is None:
            return
        try:
            entry = self._context.queue.call(self._actor, chosen.id, self.call_bar.room_id())
        except DeskError as error:
            show_error(self, error)
            return
        self._begin(entry)

    def _begin(self, entry: QueueEntry) -> None:
        try:
            view = self._context.conversations.begin(self._actor, entry.id)
        except DeskError as error:
            show_error(self, error)  # the visitor stays called: the next try starts with them
            return
        self._show(view, entry)
        self.call_bar.called(entry)
        where = entry.room_name or self.tr("the desk")
        self.notice.setText(self.tr("{ticket} is called to {room}.").format(ticket=entry.ticket, room=where))

    # --- typing and saving --------------------------------------------------------------------------------------

    def _changed(self, part: str) -> None:
        if self._loading or self.conversation is None:
            return
        self.autosave.mark(part)

    def _answers_changed(self) -> None:
        if self._loading or self.conversation is None:
            return
        self.needs.set_derived(self.conversation.template.derived_needs(self.form.answers()))
        self._changed("answers")
        self._suggest_timer.start()

    def _needs_changed(self) -> None:
        self._changed("needs")
        self._suggest_timer.start()

    def _municipality_changed(self) -> None:
        self._changed("municipality")
        if not self._loading:
            self._suggest_timer.start()

    def _save_parts(self, parts: set[str]) -> ConversationView:
        assert self.conversation is not None
        changes: dict[str, Any] = {}
        if "answers" in parts:
            changes["answers"] = self.form.answers()
        if "notes" in parts:
            changes["notes"] = self.notes_panel.notes.toPlainText()
        if "need_in_own_words" in parts:
            changes["need_in_own_words"] = self.notes_panel.own_words.toPlainText()
        if "municipality" in parts:
            changes["municipality"] = self.header.municipality_code()
        if "needs" in parts:
            changes["needs_added"] = self.needs.added()
            changes["needs_removed"] = self.needs.removed()
        return self._context.conversations.save(self._actor, self.conversation.id, **changes)

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """Leaving a text box (for the next question, or another program) saves what was typed in it."""
        if isinstance(old, (QLineEdit, QPlainTextEdit)) and self.isAncestorOf(old) and self.autosave.pending:
            self.save_now()

    def save_now(self) -> bool:
        """Save what was typed and not saved yet; True when all is saved."""
        return self.autosave.flush()

    def _saved(self, view: ConversationView) -> None:
        if self.conversation is not None and view.id == self.conversation.id:
            self.conversation = view
        self.header.show_saved(view.updated_at)

    def _save_failed(self, error: DeskError) -> None:
        self.header.show_save_failed(error_text(error))

    # --- the template -------------------------------------------------------------------------------------------

    def _template_chosen(self, index: int) -> None:
        view = self.conversation
        template_id = self.header.template_choice.itemData(index)
        if view is None or template_id == view.template.id:
            return
        chosen = next(
            (t for t in self._context.conversations.templates_for(view.visitor_kind) if t.id == template_id), None
        )
        answers = self.form.answers()
        if chosen is not None:
            lost = len(answers) - len(chosen.kept_answers(answers))
            if lost and not self._confirm_template_change(lost):
                self.header.select_template(view.template.id)
                return
        if not self.save_now():
            self.header.select_template(view.template.id)
            return
        try:
            changed = self._context.conversations.change_template(self._actor, view.id, str(template_id))
        except DeskError as error:
            show_error(self, error)
            self.header.select_template(view.template.id)
            return
        self.conversation = changed
        self._loading = True
        try:
            self.form.set_template(changed.template, changed.answers)
        finally:
            self._loading = False
        self.needs.set_derived(changed.derived_needs)
        self._saved(changed)
        self.update_suggestions()
        self.form.focus_first_question()

    def _confirm_template_change(self, lost: int) -> bool:
        return prompts.confirm(
            self,
            self.tr("Another conversation template"),
            self.tr("{count} answers do not fit the other template and are dropped; the notes stay. Go on?").format(
                count=lost
            ),
        )

    # --- partners -----------------------------------------------------------------------------------------------

    def update_suggestions(self) -> None:
        """Suggest partners for the needs now (the debounce timer calls this after changes)."""
        self._suggest_timer.stop()
        view = self.conversation
        if view is None:
            return
        needs = self.needs.needs()
        if not needs:
            self.suggestions.set_hits([], self.tr("Suggestions follow as soon as the answers give a need."))
            return
        municipality = self.header.municipality_code() or None
        try:
            hits = self._context.directory_search.suggest(self._actor, needs, view.visitor_kind.value, municipality)
        except DeskError as error:
            self.suggestions.set_hits([], self.tr("No suggestions now. {problem}").format(problem=error_text(error)))
            return
        if not hits:
            notice = self.tr("No partner in the directory serves these needs for this visitor. Search one yourself.")
        elif municipality is None and any(hit.service.data.municipalities for hit in hits):
            notice = self.tr("Ask where the visitor lives: some of these partners serve one municipality only.")
        else:
            notice = ""
        self.suggestions.set_hits(hits, notice)

    def search_partner(self) -> PartnerSearchDialog | None:
        """Search the whole directory (the suggestions are only a start); the partner found is chosen here."""
        view = self.conversation
        if view is None:
            return None
        municipality = self.header.municipality_code()
        filters = SearchFilters(
            visitor_kind=view.visitor_kind.value,
            municipality=municipality if municipality in MUNICIPALITIES else None,
        )
        dialog = PartnerSearchDialog(self, self._context, self._actor, filters)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._partner_found(dialog.chosen()))
        dialog.open()
        return dialog

    def _partner_found(self, hit: SearchHit | None) -> None:
        if hit is not None:
            self.suggestions.pin(hit)

    def request_handover(self, service_id: str = "") -> None:
        if self.conversation is None:
            return
        self.save_now()
        self.handover_requested.emit(self.conversation.id, service_id)

    # --- finishing ----------------------------------------------------------------------------------------------

    def finish(self) -> OutcomeDialog | None:
        """Ask how the conversation ended; OK records it."""
        view = self.conversation
        if view is None:
            return None
        if not self.save_now():
            prompts.warn(
                self,
                self.tr("The conversation cannot be finished before it is saved. {problem}").format(
                    problem=self.header.save_status.text()
                ),
                self.tr("Not saved"),
            )
            return None
        dialog = OutcomeDialog(self, view.ticket)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._finish(dialog.outcome()))
        dialog.destroyed.connect(self._outcome_dialog_gone)
        self.outcome_dialog = dialog
        dialog.open()
        return dialog

    def _outcome_dialog_gone(self) -> None:
        self.outcome_dialog = None

    def _finish(self, outcome: ConversationOutcome | None) -> None:
        view = self.conversation
        if view is None or outcome is None:
            return
        service_id = self.suggestions.selected_service_id()
        try:
            finished = self._context.conversations.finish(self._actor, view.id, outcome)
        except DeskError as error:
            show_error(self, error)
            return
        self._show_idle(
            self.tr("The conversation with {ticket} is finished: {outcome}.").format(
                ticket=finished.ticket, outcome=outcome_label(outcome)
            )
        )
        self.finished.emit(finished.id)
        if outcome == ConversationOutcome.HANDOVER:
            self.handover_requested.emit(finished.id, service_id)

    # --- showing, hiding, closing -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window

    def hideEvent(self, event: QHideEvent) -> None:
        # Another page, the lock screen, a closed window: what was typed is saved first.
        self.save_now()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        closing = watched is self._watched_window and event.type() == QEvent.Type.Close
        if closing and not self.save_now() and not self._close_unsaved():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _close_unsaved(self) -> bool:
        return prompts.confirm(
            self,
            self.tr("Not saved"),
            self.tr(
                "The conversation could not be saved. {problem}\nClose anyway? What was typed last is lost."
            ).format(problem=self.header.save_status.text()),
        )
