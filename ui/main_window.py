"""The clerk's main window: navigation, the screens, a status bar, shortcuts, idle lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
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
from desktop.clock import local_day, now_utc
from desktop.i18n import current_language
from desktop.numbers import classify_number
from desktop.settings_service import get_idle_minutes
from desktop.store import Store, WindowIdentity
from models.accounts import Role
from ui.cases_page import CasesPage
from ui.catalog_browser import CatalogBrowser
from ui.fees_page import FeesPage
from ui.idle_lock import IdleWatcher, LockOverlay
from ui.inquiries_page import InquiriesPage
from ui.intake_page import IntakePage
from ui.placeholder import PlaceholderPage
from ui.reports_page import ReportsPage
from ui.scanner import ScanFilter
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
        self._build_scanner()
        self.overlay = LockOverlay(store, operator, self)
        self.overlay.unlocked.connect(self._unlocked)
        self.idle = IdleWatcher(get_idle_minutes(store), self)
        self.idle.idle.connect(self.lock)
        self.go("intake")

    # -- navigation -------------------------------------------------------------------
    def _targets(self) -> list[NavTarget]:
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
                self._inquiries_page,
            ),
            NavTarget(
                "cases",
                self.tr("Cases"),
                "Ctrl+3",
                Role.CLERK,
                self._cases_page,
            ),
            NavTarget(
                "fees",
                self.tr("Fees"),
                "Ctrl+4",
                Role.CLERK,
                lambda: FeesPage(self.store, self.ident, self.operator),
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
                lambda: ReportsPage(self.store, self.ident, self.operator),
            ),
            NavTarget(
                "settings",
                self.tr("Settings"),
                "Ctrl+7",
                Role.ADMIN,
                self._settings_page,
            ),
        ]

    def _inquiries_page(self) -> QWidget:
        page = InquiriesPage(self.store, self.ident, self.operator)
        page.start_intake.connect(self._intake_from_inquiry)
        page.open_case_requested.connect(lambda number: self.open_number(number))
        return page

    def _cases_page(self) -> QWidget:
        page = CasesPage(self.store, self.ident, self.operator)
        page.open_inquiry_requested.connect(lambda number: self.open_number(number))
        return page

    def _intake_from_inquiry(self, typed: dict) -> None:  # type: ignore[type-arg]
        """An inquiry that becomes an application opens the intake with what was typed."""
        self.go("intake")
        page = self.pages.get("intake")
        if isinstance(page, IntakePage):
            page.applicant.restore(
                {"kind": "person", "name": typed.get("name", ""), "phone": typed.get("phone", "")}
            )

    # -- scanning -----------------------------------------------------------------------------
    def _build_scanner(self) -> None:
        self.scanner = ScanFilter(self.store, self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.scanner)
        self.scanner.scanned.connect(self.open_number)
        self.scanner.unreadable.connect(self._unreadable)

    def _unreadable(self, text: str) -> None:
        self.statusBar().showMessage(
            self.tr(
                "The scanner read %1, which is no number of ours. Type it by hand or search."
            ).replace("%1", text),
            8000,
        )

    def open_number(self, text: str) -> bool:
        """A scanned or typed number opens its record from any screen."""
        if self.overlay.isVisible():
            return False
        found = classify_number(text)
        if found is None:
            self._unreadable(text)
            return False
        kind, number = found
        if kind == "case":
            intake = self.pages.get("intake")
            # At the intake screen a notice brought back starts the return visit there.
            if (
                self.current_key() == "intake"
                and isinstance(intake, IntakePage)
                and self._waits_for_materials(number)
            ):
                intake.case_field.setText(number)
                intake.load_case()
                return True
            self.go("cases")
            page = self.pages.get("cases")
            return isinstance(page, CasesPage) and page.open_case(number)
        if kind == "inquiry":
            self.go("inquiries")
            page = self.pages.get("inquiries")
            return isinstance(page, InquiriesPage) and page.open_inquiry(number)
        self.go("fees")
        page = self.pages.get("fees")
        return isinstance(page, FeesPage) and page.open_payment(number)

    def _waits_for_materials(self, case_no: str) -> bool:
        from desktop.errors import DomainError
        from desktop.intake import case_summary

        try:
            return case_summary(self.store, case_no).status == "incomplete"
        except DomainError:
            return False

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
        # The center's day, not the machine's: a PC left on UTC would show yesterday.
        day = local_day(now_utc())
        today = QDate(day.year, day.month, day.day)
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
        self.scanner.enabled = False
        self.overlay.lock()

    def _unlocked(self) -> None:
        self.scanner.enabled = True
        self.centralWidget().setEnabled(True)
        self.menuBar().setEnabled(True)
        self.stack.currentWidget().setFocus()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.sync.stop()
        self.idle.stop()
        super().closeEvent(event)

    def logout(self) -> None:
        record_logout(self.store, self.operator, "logout")
        self.idle.stop()
        self.logged_out.emit()
        self.close()
