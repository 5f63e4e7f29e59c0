"""The building blocks of a partner record's details: headings, lines, links, and lines with a copy button."""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from wsp_desk.domain.directory import FROM_SOURCE, MetadataData, PhoneData
from wsp_desk.domain.validation import format_phone
from wsp_desk.gui.labels import format_action_date, phone_type_label

# Links inside the details that open another record in the same panel.
LINK_SERVICE, LINK_ORGANIZATION = "service:", "organization:"


class RecordSections(QWidget):
    """The record's sections, built once per record shown, then put in `scroll` by finish()."""

    def __init__(self, scroll: QScrollArea, open_link: Callable[[str], None], copy: Callable[[str], None]) -> None:
        super().__init__()
        self._scroll = scroll
        self._open_link = open_link
        self._copy = copy
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 8, 0)
        self.layout_.setSpacing(4)

    def finish(self) -> None:
        """Show the sections, built whole first: the scroll area sizes them once, with every line in place."""
        self.layout_.addStretch()
        self._scroll.setWidget(self)  # the previous content is deleted

    def heading(self, text: str) -> None:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        self.layout_.addWidget(label)

    def text(self, text: str, *, caption: str = "", dim: bool = False) -> QLabel:
        shown = html.escape(text).replace("\n", "<br>")
        label = QLabel(f"<b>{html.escape(caption)}</b> {shown}" if caption else shown, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if dim:
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.layout_.addWidget(label)
        return label

    def link(self, text: str, href: str, *, caption: str = "") -> QLabel:
        prefix = f"<b>{html.escape(caption)}</b> " if caption else ""
        label = QLabel(f'{prefix}<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>', self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        if href.startswith((LINK_SERVICE, LINK_ORGANIZATION)):
            label.linkActivated.connect(self._open_link)
        else:
            label.setOpenExternalLinks(True)
        self.layout_.addWidget(label)
        return label

    def copyable(self, text: str, copy: str, *, caption: str = "", href: str = "") -> None:
        """A line with a button that copies `copy` (a phone number, an address) to the clipboard."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        holder = QWidget(self)
        holder.setLayout(row)
        if href:
            label = QLabel(
                (f"<b>{html.escape(caption)}</b> " if caption else "")
                + f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>',
                holder,
            )
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        else:
            shown = html.escape(text).replace("\n", "<br>")
            label = QLabel((f"<b>{html.escape(caption)}</b> " if caption else "") + shown, holder)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setTextFormat(Qt.TextFormat.RichText)  # one line: a number or an address reads best unbroken
        button = QToolButton(holder)
        button.setText(self.tr("Copy"))
        button.setToolTip(self.tr("Copy {text} to the clipboard").format(text=copy.replace("\n", ", ")))
        button.setAccessibleName(button.toolTip())
        button.setAutoRaise(False)
        button.clicked.connect(lambda: self._copy(copy))
        row.addWidget(label)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch()
        self.layout_.addWidget(holder)

    def phone(self, phone: PhoneData, caption: str = "") -> None:
        shown = format_phone(phone.number)
        if phone.extension:
            shown += " " + self.tr("ext. {extension}").format(extension=phone.extension)
        details = [phone_type_label(phone.type)] if phone.type != "voice" else []
        details += [phone.description] if phone.description else []
        shown += f" ({', '.join(details)})" if details else ""
        self.copyable(shown, format_phone(phone.number), caption=caption)

    def email(self, address: str, caption: str) -> None:
        self.copyable(address, address, caption=caption, href=f"mailto:{address}")

    def source(self, entry: MetadataData) -> None:
        """A quiet line under a fact: where it comes from ("Source: rijswijk.nl (seen June 2019)") or who changed
        it; a web page by its site, the whole address behind the link."""
        who = html.escape(entry.updated_by)
        site = urlsplit(entry.updated_by).hostname if entry.updated_by.startswith(("http://", "https://")) else None
        if site:
            who = f'<a href="{html.escape(entry.updated_by, quote=True)}">{html.escape(site.removeprefix("www."))}</a>'
        when = format_action_date(entry.last_action_date) if entry.last_action_date else ""
        if entry.last_action_type == FROM_SOURCE:
            line = (
                self.tr("Source: {who} (seen {when})").format(who=who, when=html.escape(when))
                if when
                else self.tr("Source: {who} (no date on the page)").format(who=who)
            )
        else:
            line = self.tr("Changed by {who}").format(who=who) + (f" ({html.escape(when)})" if when else "")
        label = QLabel(line, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setToolTip(entry.updated_by)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        self.layout_.addWidget(label)
