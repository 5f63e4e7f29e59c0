"""Beside the conversation form: the visitor's needs as tags, and the partners suggested for them.

The needs follow from the answers; the guide checks one off to remove it, or adds one from the taxonomy. The
suggestions are the directory search's, each with why it fits (the needs it serves, made for this kind of visitor
or this municipality) and whether its record is still to verify. Choosing one shows how to refer and what to bring.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsp_desk.domain.enums import VisitorKind
from wsp_desk.domain.taxonomy import need_terms
from wsp_desk.gui.labels import need_label, reason_label, verification_label
from wsp_desk.services.directory_search import ReasonKind, SearchHit

_CODE = Qt.ItemDataRole.UserRole
_LINES = Qt.ItemDataRole.UserRole + 1  # a suggestion's name, organisation and why, for drawing
_CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: bold")
    return label


class NeedsPanel(QWidget):
    """The need tags as check items: checked ones count. `changed` when the guide adds or removes one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._derived: set[str] = set()
        self._added: set[str] = set()
        self._removed: set[str] = set()
        self._shown: set[str] = set()  # tags the guide added or removed stay in view, checked or not
        self._kind: VisitorKind | None = None
        self._filling = False

        self.list = QListWidget(self)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.viewport().setAutoFillBackground(False)  # (a style sheet would spoil the check boxes)
        self.list.itemChanged.connect(self._item_changed)
        self.caption = heading(self.tr("Ne&eds"), self)
        self.caption.setBuddy(self.list)
        self.list.setAccessibleName(self.tr("Needs"))
        self.empty = QLabel(self.tr("No needs yet: they follow from the answers."), self)
        self.empty.setWordWrap(True)
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("&Add a need"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setStyleSheet("QToolButton { padding-right: 16px; }")  # room for the menu arrow
        self.add_menu = QMenu(self)
        self.add_menu.aboutToShow.connect(self._fill_menu)
        self.add_button.setMenu(self.add_menu)

        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)

    # --- state --------------------------------------------------------------------------------------------------

    def load(self, kind: VisitorKind, derived: set[str], added: set[str], removed: set[str]) -> None:
        self._kind = kind
        self._derived, self._added, self._removed = set(derived), set(added), set(removed)
        self._shown = self._added | self._removed
        self._refresh()

    def set_derived(self, derived: set[str]) -> None:
        if derived != self._derived:
            self._derived = set(derived)
            self._refresh()

    def needs(self) -> list[str]:
        return sorted((self._derived | self._added) - self._removed)

    def added(self) -> list[str]:
        return sorted(self._added)

    def removed(self) -> list[str]:
        return sorted(self._removed)

    def add(self, code: str) -> None:
        """Count `code` as a need (also when the answers do not give it)."""
        self._removed.discard(code)
        if code not in self._derived:
            self._added.add(code)
        self._shown.add(code)
        self._refresh()
        self.changed.emit()

    def set_counted(self, code: str, counted: bool) -> None:
        """Check or uncheck a tag, as the guide does in the list."""
        if counted:
            self.add(code)
            return
        self._added.discard(code)
        if code in self._derived:
            self._removed.add(code)
        self._shown.add(code)
        self._refresh()
        self.changed.emit()

    # --- showing ------------------------------------------------------------------------------------------------

    def _refresh(self) -> None:
        order = {term.code: term.sort_order for term in need_terms()}
        codes = sorted(self._derived | self._added | self._shown, key=lambda code: (order.get(code, 999), code))
        counted = set(self.needs())
        current = self.list.currentItem()
        keep = current.data(_CODE) if current is not None else None
        self._filling = True
        try:
            self.list.clear()
            for code in codes:
                item = QListWidgetItem(need_label(code), self.list)
                item.setData(_CODE, code)
                item.setFlags(_CHECKABLE)
                item.setCheckState(Qt.CheckState.Checked if code in counted else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("From the answers") if code in self._derived else self.tr("Added by you"))
                if code == keep:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self.empty.setVisible(not codes)
        self.list.setVisible(bool(codes))
        self._fit_height()

    def _fit_height(self) -> None:
        """As high as its rows of tags, so the suggestions below get the rest."""
        self.list.doItemsLayout()
        bottom = max(
            (self.list.visualItemRect(self.list.item(row)).bottom() for row in range(self.list.count())), default=0
        )
        self.list.setFixedHeight(max(bottom + 8, self.list.fontMetrics().height() + 14))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        self.set_counted(str(item.data(_CODE)), item.checkState() == Qt.CheckState.Checked)

    def _fill_menu(self) -> None:
        self.add_menu.clear()
        counted = set(self.needs())
        for term in need_terms():
            if term.code in counted or (self._kind is not None and not term.suits(self._kind)):
                continue
            action = self.add_menu.addAction(need_label(term.code))
            action.triggered.connect(lambda _=False, code=term.code: self.add(code))

    def sizeHint(self) -> QSize:
        return QSize(300, super().sizeHint().height())


class _SuggestionDelegate(QStyledItemDelegate):
    """Draws a suggestion as its name in bold, the organisation, and why it fits in a quieter colour."""

    _MARGIN = 5

    def _document(
        self, index: QModelIndex | QPersistentModelIndex, width: int, palette: QPalette, selected: bool
    ) -> QTextDocument:
        name, organization, why = index.data(_LINES) or (index.data(Qt.ItemDataRole.DisplayRole), "", "")
        quiet = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        html = f"<b>{escape(name)}</b>"
        if organization:
            html += f"<br>{escape(organization)}"
        if why:
            html += f'<br><span style="color: {quiet.name()}">{escape(why)}</span>'
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setTextWidth(max(width - 2 * self._MARGIN, 40))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        document = self._document(index, item.rect.width(), item.palette, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(text_role))
        painter.save()
        painter.translate(QPointF(item.rect.left() + self._MARGIN, item.rect.top() + self._MARGIN))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        document = self._document(index, width, option.palette, False)
        return QSize(width, int(document.size().height()) + 2 * self._MARGIN)


class SuggestionsPanel(QWidget):
    """Partners for the needs, best first, with why. `handover_requested(service_id)`: "" when none is chosen."""

    handover_requested = Signal(str)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._hits: dict[str, SearchHit] = {}
        self._pinned: SearchHit | None = None  # found by searching: stays first whatever the needs
        self.caption = heading(self.tr("Suggested &partners"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Suggested partners"))
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(_SuggestionDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._show_summary)
        self.caption.setBuddy(self.list)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setOpenExternalLinks(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.handover_button = QPushButton(self.tr("Warm &handover…"), self)
        self.handover_button.setToolTip(
            self.tr("Hand the visitor over to the chosen partner, with consent and a letter")
        )
        self.handover_button.clicked.connect(lambda: self.handover_requested.emit(self.selected_service_id()))
        self.search_button = QPushButton(self.tr("Search a pa&rtner…"), self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addStretch(1)
        buttons.addWidget(self.handover_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.notice)
        layout.addWidget(self.list, 3)
        # The summary scrolls when it is long, so the list keeps room for a few suggestions.
        self.summary_area = QScrollArea(self)
        self.summary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_area.setWidget(self.summary)
        layout.addWidget(self.summary_area, 2)
        layout.addLayout(buttons)
        self.set_hits([], self.tr("Suggestions follow as soon as the answers give a need."))

    # --- state --------------------------------------------------------------------------------------------------

    def set_hits(self, hits: list[SearchHit], notice: str = "") -> None:
        """Show these suggestions; the chosen partner stays chosen while it is among them."""
        keep = self.selected_service_id()
        if self._pinned is not None:
            hits = [self._pinned, *(hit for hit in hits if hit.service.id != self._pinned.service.id)]
        self._hits = {hit.service.id: hit for hit in hits}
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for hit in hits:
                lines = self._describe(hit, pinned=hit is self._pinned)
                item = QListWidgetItem("\n".join(line for line in lines if line), self.list)
                item.setData(_LINES, lines)
                item.setData(_CODE, hit.service.id)
                item.setToolTip(hit.service.data.description)
                if hit.service.id == keep:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.list.setVisible(bool(hits))
        self._show_summary()

    def pin(self, hit: SearchHit) -> None:
        """Show a partner found by searching first, and choose it."""
        self._pinned = hit
        shown = [self._hits[service_id] for service_id in self._hits if service_id != hit.service.id]
        self.set_hits(shown, self.notice.text() if not shown else "")
        self.select(hit.service.id)

    def clear(self) -> None:
        """Forget the partners of the last conversation."""
        self._pinned = None
        self.list.clear()
        self.set_hits([])

    def selected_service_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(_CODE)) if item is not None else ""

    def select(self, service_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_CODE) == service_id:
                self.list.setCurrentRow(row)
                return

    # --- showing ------------------------------------------------------------------------------------------------

    def _describe(self, hit: SearchHit, *, pinned: bool = False) -> tuple[str, str, str]:
        """The name, the organisation (unless the name says it) and why it fits."""
        service = hit.service
        needs = [need_label(reason.need_code) for reason in hit.reasons if reason.kind == ReasonKind.NEED]
        fits = [
            reason_label(reason.kind, reason.text, reason.need_code)
            for reason in hit.reasons
            if reason.kind in (ReasonKind.VISITOR_KIND, ReasonKind.MUNICIPALITY)
        ]
        organization = service.organization_name
        if organization in service.data.name:
            organization = ""
        why = ", ".join(needs)
        if fits:
            why = f"{why}  ·  {', '.join(fits)}" if why else ", ".join(fits)
        reason = self.tr("Found by searching") if pinned else self.tr("Fits: {why}").format(why=why) if why else ""
        check = verification_label(service.state.trust(self._today()))
        if check:
            reason = f"{reason}  ·  ⚠ {check}" if reason else f"⚠ {check}"
        return service.data.name, organization, reason

    def _show_summary(self) -> None:
        hit = self._hits.get(self.selected_service_id())
        self.summary_area.setVisible(hit is not None)
        if hit is None:
            self.summary.clear()
            return
        data = hit.service.data
        parts = [f"<b>{escape(data.name)}</b>"]
        if hit.service.organization_name:
            parts.append(escape(hit.service.organization_name))
        check = verification_label(hit.service.state.trust(self._today()))
        if check:
            parts.append(
                "<i>⚠ "
                + escape(self.tr("{state}: check the details with the partner before you refer.").format(state=check))
                + "</i>"
            )
        # Each caption is translated outside the f-string: lupdate does not look inside f-strings.
        how = data.how_to_refer or data.application_process
        if how:
            caption = self.tr("How to refer:")
            parts.append(f"<b>{escape(caption)}</b> {escape(how)}")
        if data.required_documents:
            bring = "; ".join(document.document for document in data.required_documents)
            caption = self.tr("What to bring:")
            parts.append(f"<b>{escape(caption)}</b> {escape(bring)}")
        contact = [phone.number for phone in data.phones] + ([data.email] if data.email else [])
        if contact:
            caption = self.tr("Contact:")
            parts.append(f"<b>{escape(caption)}</b> {escape(', '.join(contact))}")
        if data.alert:
            caption = self.tr("Note:")
            parts.append(f"<b>{escape(caption)}</b> {escape(data.alert)}")
        self.summary.setText("<br>".join(parts))
        self._fit_summary()

    def _fit_summary(self) -> None:
        """No higher than its text: the list gets the room the summary does not need."""
        width = self.summary_area.viewport().width()
        if width > 0:
            self.summary_area.setMaximumHeight(self.summary.heightForWidth(width) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_summary()
