"""The clerk's main window: navigation, the screens, a status bar, shortcuts, idle lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.accounts import Operator, record_logout
from desktop.i18n import current_language
from desktop.settings_service import get_idle_minutes
from desktop.store import Store, WindowIdentity
from models.accounts import Role
from ui.catalog_browser import CatalogBrowser
from ui.idle_lock import IdleWatcher, LockOverlay
from ui.intake_page import IntakePage
from ui.placeholder import PlaceholderPage
from ui.settings_page import SettingsPage
from ui.sync_worker import SyncLabel, SyncWorker


@dataclass(frozen=True)
class NavTarget:
    key: str
    title: str
    shortcut: str
    role: Role
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    logged_out = Signal()

    def __init__(self, store: Store, ident: WindowIdentity, operator: Operator) -> None:
        super().__init__()
        self.store = store
        self.ident = ident
        self.operator = operator
        self.setWindowTitle(
            self.tr("Yichuang — %1, window %2")
            .replace("%1", ident.center_name)
            .replace("%2", ident.window_code)
        )
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(
            "QListWidget { background: #1d3557; color: white; border: none; font-size: 15px; }"
            "QListWidget::item { padding: 12px 10px; }"
            "QListWidget::item:selected { background: #457b9d; }"
            "QListWidget::item:disabled { color: #8aa0b8; }"
        )
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.targets = self._targets()
        self.pages: dict[str, QWidget] = {}
        for target in self.targets:
            allowed = operator.can(target.role)
            item = QListWidgetItem(
                f"{target.title}\n{QKeySequence(target.shortcut).toString(QKeySequence.SequenceFormat.NativeText)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, target.key)
            if not allowed:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self._role_hint(target.role))
            self.nav.addItem(item)
            page = (
                target.build()
                if allowed
                else PlaceholderPage(target.title, self._role_hint(target.role))
            )
            self.pages[target.key] = page
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(target.shortcut), self)
            shortcut.activated.connect(lambda key=target.key: self.go(key))
        self.nav.currentRowChanged.connect(self._nav_changed)

        self._build_menu()
        self._build_status_bar()
        self.overlay = LockOverlay(store, operator, self)
        self.overlay.unlocked.connect(self._unlocked)
        self.idle = IdleWatcher(get_idle_minutes(store), self)
        self.idle.idle.connect(self.lock)
        self.go("intake")

    # -- navigation -------------------------------------------------------------------
    def _targets(self) -> list[NavTarget]:
        def later(title: str, what: str) -> Callable[[], QWidget]:
            return lambda: PlaceholderPage(title, what)

        return [
            NavTarget(
                "intake",
                self.tr("Intake"),
                "Ctrl+1",
                Role.CLERK,
                lambda: IntakePage(self.store, self.ident, self.operator),
            ),
            NavTarget(
                "inquiries",
                self.tr("First inquiries"),
                "Ctrl+2",
                Role.CLERK,
                later(
                    self.tr("First inquiries"),
                    self.tr("Log every question asked at this window and every referral."),
                ),
            ),
            NavTarget(
                "cases",
                self.tr("Cases"),
                "Ctrl+3",
                Role.CLERK,
                later(
                    self.tr("Cases"),
                    self.tr("Find a case, scan a slip, follow a case to its result."),
                ),
            ),
            NavTarget(
                "fees",
                self.tr("Fees"),
                "Ctrl+4",
                Role.CLERK,
                later(
                    self.tr("Fees"),
                    self.tr("Collect published fees, print receipts, close the day."),
                ),
            ),
            NavTarget(
                "catalog",
                self.tr("Catalog"),
                "Ctrl+5",
                Role.CLERK,
                lambda: CatalogBrowser(self.store),
            ),
            NavTarget(
                "reports",
                self.tr("Reports and log"),
                "Ctrl+6",
                Role.SUPERVISOR,
                later(
                    self.tr("Reports and log"),
                    self.tr("Export the daily log, watch the hall, rank the windows."),
                ),
            ),
            NavTarget(
                "settings",
                self.tr("Settings"),
                "Ctrl+7",
                Role.ADMIN,
                self._settings_page,
            ),
        ]

    def _settings_page(self) -> QWidget:
        page = SettingsPage(self.store, self.ident, self.operator)
        page.idle_minutes_changed.connect(self._idle_minutes_changed)
        page.catalog_changed.connect(self._catalog_changed)
        page.central_changed.connect(lambda: self.sync.start())
        return page

    def _idle_minutes_changed(self, minutes: float) -> None:
        self.idle.set_minutes(minutes)

    def _catalog_changed(self) -> None:
        catalog = self.pages.get("catalog")
        if isinstance(catalog, CatalogBrowser):
            catalog.reload()

    def _role_hint(self, role: Role) -> str:
        if role == Role.ADMIN:
            return self.tr("Only administrators can open this screen.")
        return self.tr("Only supervisors can open this screen.")

    def go(self, key: str) -> None:
        if self.overlay.isVisible():
            return
        for row, target in enumerate(self.targets):
            if target.key == key:
                if not self.operator.can(target.role):
                    self.statusBar().showMessage(self._role_hint(target.role), 5000)
                    return
                self.nav.setCurrentRow(row)
                return

    def current_key(self) -> str:
        return self.targets[self.stack.currentIndex()].key

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, CatalogBrowser):
            page.focus_search()

    # -- menu and status bar ------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Window"))
        lock = QAction(self.tr("Lock screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        logout = QAction(self.tr("Log out"), self)
        logout.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        logout.triggered.connect(self.logout)
        quit_ = QAction(self.tr("Quit"), self)
        quit_.setShortcut(QKeySequence("Ctrl+Q"))
        quit_.triggered.connect(self.close)
        for action in (lock, logout, quit_):
            menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        role_names = {
            Role.CLERK: self.tr("clerk"),
            Role.SUPERVISOR: self.tr("supervisor"),
            Role.ADMIN: self.tr("administrator"),
        }
        self.clerk_label = QLabel(
            f"{self.operator.display_name}（{role_names[self.operator.role]}）"
        )
        self.window_label = QLabel(self.tr("Window %1").replace("%1", self.ident.window_code))
        self.date_label = QLabel()
        self.sync_label = SyncLabel()
        self.sync_label.setObjectName("syncState")
        self.sync = SyncWorker(self.store, self)
        self.sync.changed.connect(self.sync_label.show_view)
        self.sync.start()
        for w in (self.clerk_label, self.window_label, self.date_label, self.sync_label):
            w.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(w)
        self._tick()
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._tick)
        self.clock.start(30_000)

    def _tick(self) -> None:
        today = QDate.currentDate()
        if current_language() == "zh_CN":
            locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        else:
            locale = QLocale(QLocale.Language.English)
        self.date_label.setText(locale.toString(today, "yyyy-MM-dd dddd"))

    def show_shortcuts(self) -> None:
        lines = [
            f"{QKeySequence(t.shortcut).toString(QKeySequence.SequenceFormat.NativeText)}\t{t.title}"
            for t in self.targets
        ]
        lines += [
            "Ctrl+L\t" + self.tr("Lock screen"),
            "Ctrl+Shift+Q\t" + self.tr("Log out"),
            "F1\t" + self.tr("Keyboard shortcuts"),
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    # -- lock and logout ------------------------------------------------------------------
    def lock(self) -> None:
        if self.overlay.isVisible():
            return
        self.centralWidget().setEnabled(False)
        self.menuBar().setEnabled(False)
        self.overlay.lock()

    def _unlocked(self) -> None:
        self.centralWidget().setEnabled(True)
        self.menuBar().setEnabled(True)
        self.stack.currentWidget().setFocus()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.sync.stop()
        self.idle.stop()
        super().closeEvent(event)

    def logout(self) -> None:
        record_logout(self.store, self.operator, "logout")
        self.idle.stop()
        self.logged_out.emit()
        self.close()
