"""The desk's main window: navigation to the pages a role may use, the lock, and switching users."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from wsp_desk.desk import DeskContext
from wsp_desk.domain.permissions import Action, Actor, allowed
from wsp_desk.errors import DeskError
from wsp_desk.gui import preferences, prompts
from wsp_desk.gui.actions import shortcut_action
from wsp_desk.gui.chime import Chime, SoundFactory
from wsp_desk.gui.idle import IdleWatcher
from wsp_desk.gui.labels import role_label
from wsp_desk.gui.lock_screen import LockScreen
from wsp_desk.gui.page_context import HasMenus, PageContext
from wsp_desk.gui.settings_dialog import SettingsDialog
from wsp_desk.i18n import QT_TRANSLATE_NOOP
from wsp_desk.services.locations import LocationView
from wsp_desk.services.settings import IDLE_LOCK_MINUTES

# How often the numbers beside the pages' titles ("Handovers (3)") are counted again, besides after actions.
COUNT_INTERVAL_MS = 3 * 60_000


@dataclass(frozen=True)
class Page:
    title: str  # English source text, translated in the context "Pages"
    action: Action | None  # what the role must be allowed to do; None: everyone
    factory: Callable[[PageContext], QWidget]
    # The work waiting on the page, shown beside its title ("Handovers (3)"); None: the page counts nothing.
    count: Callable[[PageContext], int] | None = None


# A page's module is imported only when a role that uses it logs in.
def _account_page(context: PageContext) -> QWidget:
    from wsp_desk.gui.pages.account_page import AccountPage

    return AccountPage(context.desk, context.actor)


def _admin_page(context: PageContext) -> QWidget:
    from wsp_desk.gui.pages.admin_page import AdminPage

    return AdminPage(context.desk, context.actor)


def _partners_page(context: PageContext) -> QWidget:
    from wsp_desk.gui.pages.partners.page import PartnersPage

    return PartnersPage(context.desk, context.actor)


def _referrals_page(context: PageContext) -> QWidget:
    from wsp_desk.gui.pages.referrals_page import ReferralsPage

    page = ReferralsPage(context.desk, context.actor, context.location.id if context.location else None)
    page.changed.connect(context.counts_changed)
    return page


def _due_follow_ups(context: PageContext) -> int:
    return context.desk.referrals.due_count(context.actor)


def _reception_page(context: PageContext) -> QWidget:
    from wsp_desk.gui.pages.reception.page import reception_page

    return reception_page(context)


def _conversation_page(context: PageContext) -> QWidget:
    from wsp_desk.gui.handover_dialog import open_handover
    from wsp_desk.gui.pages.conversation.page import ConversationPage, conversation_page

    page = conversation_page(context)
    if isinstance(page, ConversationPage):
        # A warm handover from the conversation: the handover dialog, then the letter.
        page.handover_requested.connect(
            lambda conversation_id, service_id: open_handover(
                page, context.desk, context.actor, conversation_id, service_id
            )
        )
    return page


# Every page of the desk, in the order of the navigation.
PAGES = (
    Page(QT_TRANSLATE_NOOP("Pages", "Reception"), Action.REGISTER_VISIT, _reception_page),
    Page(QT_TRANSLATE_NOOP("Pages", "Conversation"), Action.HOLD_CONVERSATION, _conversation_page),
    Page(QT_TRANSLATE_NOOP("Pages", "Partners"), Action.READ_DIRECTORY, _partners_page),
    Page(QT_TRANSLATE_NOOP("Pages", "Handovers"), Action.MANAGE_REFERRALS, _referrals_page, _due_follow_ups),
    Page(QT_TRANSLATE_NOOP("Pages", "Administration"), Action.MANAGE_USERS, _admin_page),
    Page(QT_TRANSLATE_NOOP("Pages", "Account"), None, _account_page),
)


def pages_for(actor: Actor) -> list[Page]:
    return [page for page in PAGES if page.action is None or allowed(actor.role, page.action)]


class MainWindow(QMainWindow):
    """Emits `switch_user_requested` for "Switch user", and `closed` once closed (after recording the logout)."""

    switch_user_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        context: DeskContext,
        actor: Actor,
        location: LocationView | None,
        *,
        idle_timeout_ms: int | None = None,
        chime: SoundFactory = Chime.create,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor
        self.location = location
        self.page_context = PageContext(context, actor, location, self.refresh_counts, chime)
        self.setWindowTitle(location.name if location else "Werkcentrum Haaglanden")

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.pages = QStackedWidget()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._page_actions: list[QAction] = []
        self._page_menus: list[QMenu] = []
        self._counted: list[tuple[QListWidgetItem, Page]] = []
        for number, page in enumerate(pages_for(actor), start=1):
            title = QCoreApplication.translate("Pages", page.title)
            self.navigation.addItem(title)
            if page.count is not None:
                self._counted.append((self.navigation.item(number - 1), page))
            widget = page.factory(self.page_context)
            if isinstance(widget, HasMenus):
                self._page_menus.extend(widget.menus())
            self.pages.addWidget(widget)
            go = shortcut_action(self, title, partial(self.navigation.setCurrentRow, number - 1), f"Ctrl+{number}")
            self._page_actions.append(go)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px 12px; }")  # easy to hit with a mouse
        self.refresh_counts()
        self.navigation.setCurrentRow(0)
        self.navigation.currentRowChanged.connect(lambda _row: self.refresh_counts())
        self._count_timer = QTimer(self)
        self._count_timer.setInterval(COUNT_INTERVAL_MS)
        self._count_timer.timeout.connect(self.refresh_counts)
        self._count_timer.timeout.connect(self.check_rights)
        self._count_timer.start()

        workspace = QWidget()
        workspace_layout = QHBoxLayout(workspace)
        workspace_layout.addWidget(self.navigation)
        workspace_layout.addWidget(self.pages, stretch=1)
        self.lock_screen = LockScreen(context, actor)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_user_requested.connect(self.switch_user_requested)
        self._screens = QStackedWidget()
        self._screens.addWidget(workspace)
        self._screens.addWidget(self.lock_screen)
        self.setCentralWidget(self._screens)

        self._build_actions()
        self._build_status_bar()

        minutes = context.settings.get(IDLE_LOCK_MINUTES)
        self._idle = IdleWatcher(idle_timeout_ms if idle_timeout_ms is not None else minutes * 60_000, self)
        self._idle.idle.connect(lambda: self.lock("idle"))
        self._idle.start()
        self._logged_out = False
        self._restore_geometry()

    def _build_actions(self) -> None:
        self.lock_action = shortcut_action(self, self.tr("&Lock"), lambda: self.lock("manual"), "Ctrl+L")
        self.switch_user_action = shortcut_action(
            self, self.tr("S&witch user"), self.switch_user_requested.emit, "Ctrl+Shift+W"
        )
        self.settings_action = shortcut_action(self, self.tr("&Settings…"), self._open_settings, "Ctrl+,")
        quit_action = shortcut_action(self, self.tr("&Quit"), self.close, "Ctrl+Q")

        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        desk_menu.addActions([self.lock_action, self.switch_user_action, self.settings_action])
        desk_menu.addSeparator()
        desk_menu.addAction(quit_action)
        self.menuBar().addMenu(self.tr("&Go to")).addActions(self._page_actions)
        for menu in self._page_menus:
            self.menuBar().addMenu(menu)

        toolbar = self.addToolBar(self.tr("Desk"))
        toolbar.setObjectName("deskToolBar")  # saveState() needs the name
        toolbar.setMovable(False)
        toolbar.addActions([self.lock_action, self.switch_user_action])
        # Everything that shows or changes work is off while the desk is locked.
        self._work_actions = [self.lock_action, self.settings_action, *self._page_actions]

    def _build_status_bar(self) -> None:
        where = self.location.name if self.location else self.tr("no location")
        self.location_label = QLabel(self.tr("Location: {name}").format(name=where))
        self.user_label = QLabel(
            self.tr("{name} ({role})").format(name=self.actor.display_name, role=role_label(self.actor.role))
        )
        self.statusBar().addWidget(self.location_label)
        self.statusBar().addPermanentWidget(self.user_label)

    def refresh_counts(self) -> None:
        """Count the work waiting on the pages again, and show it beside their titles: "Handovers (3)"."""
        for item, page in self._counted:
            assert page.count is not None
            title = QCoreApplication.translate("Pages", page.title)
            try:
                count = page.count(self.page_context)
            except DeskError:
                continue  # the number stays as it was; the page itself says what is wrong
            item.setText(self.tr("{page} ({count})").format(page=title, count=count) if count else title)
            item.setToolTip(self.tr("Waiting for you: {count}").format(count=count) if count else "")
        # As wide as the longest title with its number: the navigation never cuts one off.
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8)

    def check_rights(self) -> None:
        """A coordinator may change this person's role or disable them while they work: then the desk logs out,
        so no page stays open that the person may no longer use."""
        try:
            current = self.context.auth.refresh(self.actor)
        except DeskError:
            return  # the database is away for a moment; the pages say so themselves
        if current is not None and current.role == self.actor.role:
            return
        if current is None:
            text = self.tr("Your account was disabled by a coordinator. The desk logs you out.")
        else:
            text = self.tr("A coordinator changed your role. Log in again to work with the pages of your new role.")
        prompts.inform(self, text)
        self.switch_user_requested.emit()

    # --- locking ------------------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._screens.currentWidget() is self.lock_screen

    def lock(self, reason: str) -> None:
        """Hide all work behind the lock screen; `reason` ("idle", "manual") goes to the audit trail."""
        if self.locked:
            return
        self._idle.stop()
        # Open dialogs may show a visitor's details: they close, as if cancelled.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._screens.setCurrentWidget(self.lock_screen)
        for action in self._work_actions:
            action.setEnabled(False)
        self.lock_screen.reset()
        self.context.auth.record_lock(self.actor, reason)

    def _unlocked(self) -> None:
        self._screens.setCurrentIndex(0)
        for action in self._work_actions:
            action.setEnabled(True)
        page = self.pages.currentWidget()
        if page is not None:
            page.setFocus()
        self._idle.start()

    # --- settings, geometry, closing ----------------------------------------------------------------------------

    def _open_settings(self) -> None:
        dialog = SettingsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _restore_geometry(self) -> None:
        geometry = preferences.MAIN_WINDOW_GEOMETRY.get()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = preferences.MAIN_WINDOW_STATE.get()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences.MAIN_WINDOW_GEOMETRY.set(self.saveGeometry())
        preferences.MAIN_WINDOW_STATE.set(self.saveState())
        self._idle.stop()
        if not self._logged_out:
            self._logged_out = True
            self.context.auth.logout(self.actor)
        super().closeEvent(event)
        self.closed.emit()
