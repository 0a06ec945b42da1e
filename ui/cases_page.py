"""办件: the window's case lists, search, and one case opened by number or by scanning.

The lists (my window's open cases, due soon, overdue, waiting for a return visit, search
results) are read a page at a time: the table asks for more as it is scrolled
(canFetchMore/fetchMore), and each page continues from the last row's key, so a million
cases never load at once. A number typed or scanned opens its case; one this window
does not know is said so plainly, the center is asked in the background when it can be
reached, and a search for it is offered.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.accounts import Operator
from desktop.cases import (
    CaseQuery,
    CaseRow,
    case_no_of_receipt,
    find_cases,
    list_counts,
    parse_search_text,
)
from desktop.clock import local_text
from desktop.errors import DomainError
from desktop.numbers import CASE, INQUIRY, RECEIPT, classify_number
from desktop.store import Store, WindowIdentity
from models.accounts import Role
from models.catalog import ServiceItem
from ui.case_view import LIGHT_COLORS, CaseView, Labels

Index = QModelIndex | QPersistentModelIndex
LIST_KINDS = ("mine", "due_soon", "overdue", "waiting", "search")
STATUSES = (
    "incomplete",
    "rejected",
    "accepted",
    "in_progress",
    "paused",
    "decided",
    "ready",
    "collected",
    "mailed",
)


class CaseListModel(QAbstractTableModel):
    """A case list read a page at a time, in the order of its keyset."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.labels = Labels(self)
        self.rows: list[CaseRow] = []
        self.query: CaseQuery | None = None
        self.page_size = 100  # rows read at a time; more as the table is scrolled
        self._more = False
        self.headers = [
            "",
            self.tr("Case number"),
            self.tr("Status"),
            self.tr("Applicant"),
            self.tr("Item"),
            self.tr("Received"),
            self.tr("Promised by"),
            self.tr("Window"),
        ]

    def set_query(self, query: CaseQuery) -> None:
        """Start the list again from its first page."""
        page = find_cases(self.store, query, limit=self.page_size)
        self.beginResetModel()
        self.query = query
        self.rows = list(page.rows)
        self._more = page.more
        self.endResetModel()

    def refresh(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    # -- incremental fetching ------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or self.query is None or not self.rows:
            return
        page = find_cases(self.store, self.query, after=self.rows[-1].key, limit=self.page_size)
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows += page.rows
            self.endInsertRows()
        self._more = page.more

    # -- the table ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == 0 and row.light:
            return QColor(LIGHT_COLORS[row.light][0])
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and row.light == "red":
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and row.light:
            return self.labels.light(row.light, None)
        if role == Qt.ItemDataRole.UserRole:
            return row.case_no
        return None

    def _text(self, row: CaseRow, col: int) -> str:
        if col == 0:
            return ""
        if col == 1:
            return row.case_no
        if col == 2:
            return self.labels.status(row.status)
        if col == 3:
            return row.applicant_name
        if col == 4:
            return row.item_name
        if col == 5:
            return local_text(row.received_at)
        if col == 6:
            return row.due_date.isoformat() if row.due_date else ""
        return row.window_code


class _CentralLookup(QRunnable):
    """Ask the center about a case this window does not know, off the GUI thread."""

    def __init__(self, url: str, case_no: str, done: SignalInstance) -> None:
        super().__init__()
        self.url, self.case_no, self.done = url, case_no, done

    def run(self) -> None:  # on a pool thread
        from desktop.central import central_engine, lookup_case

        found: Any = None
        try:
            engine = central_engine(self.url)
            try:
                found = lookup_case(engine, self.case_no)
            finally:
                engine.dispose()
        except Exception:  # offline, a wrong address: the window says only what it knows
            found = "offline"
        self.done.emit(self.case_no, found)


class CasesPage(QWidget):
    open_inquiry_requested = Signal(str)
    _central_answer = Signal(str, object)

    def __init__(
        self, store: Store, ident: WindowIdentity, operator: Operator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ident = ident
        self.operator = operator
        self.labels = Labels(self)
        self.model = CaseListModel(store, self)
        self.view = CaseView(store, operator, self)
        self._offered = ""
        self._stale = False
        self._build()
        self._central_answer.connect(self._central_found)
        self.view.back.connect(self.show_list)
        self.view.changed.connect(lambda _no: setattr(self, "_stale", True))
        self.view.open_inquiry.connect(self.open_inquiry_requested.emit)
        self.select_list("mine")

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.number_field = QLineEdit()
        self.number_field.setObjectName("numberField")
        self.number_field.setPlaceholderText(
            self.tr("Case, receipt or slip number — or scan it (F2)")
        )
        self.number_field.setClearButtonEnabled(True)
        self.number_field.returnPressed.connect(self._open_typed)
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(self._open_typed)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            self.tr("Name, ID number, phone or part of a number (F3)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.search)
        self.item = QComboBox()
        self.item.setObjectName("itemFilter")
        self.item.addItem(self.tr("Any item"), "")
        with self.store.read() as s:
            for code, name in s.execute(
                select(ServiceItem.code, ServiceItem.name).order_by(ServiceItem.name)
            ):
                self.item.addItem(name, code)
        self.item.setMaximumWidth(220)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Any status"), "")
        self.status.addItem(self.tr("Still open"), "open")
        for st in STATUSES:
            self.status.addItem(self.labels.status(st), st)
        self.use_dates = QCheckBox(self.tr("Received"))
        self.use_dates.setObjectName("useDates")
        self.date_from = QDateEdit(_center_qdate().addMonths(-1))
        self.date_to = QDateEdit(_center_qdate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        search_button = QPushButton(self.tr("Search"))
        search_button.setObjectName("searchButton")
        search_button.clicked.connect(self.search)
        first = QHBoxLayout()
        first.addWidget(self.number_field, 2)
        first.addWidget(open_button)
        first.addSpacing(12)
        first.addWidget(self.search_field, 3)
        first.addWidget(search_button)
        second = QHBoxLayout()
        second.addWidget(self.item)
        second.addWidget(self.status)
        second.addWidget(self.use_dates)
        second.addWidget(self.date_from)
        second.addWidget(QLabel("—"))
        second.addWidget(self.date_to)
        second.addStretch(1)

        self.tabs = QTabBar()
        self.tabs.setObjectName("caseLists")
        for _ in LIST_KINDS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(lambda i: self.select_list(LIST_KINDS[i]))
        self.all_windows = QCheckBox(self.tr("All windows"))
        self.all_windows.setObjectName("allWindows")
        self.all_windows.setVisible(self.operator.can(Role.SUPERVISOR))
        self.all_windows.toggled.connect(lambda _on: self._reload_list())
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs)
        tabs_row.addStretch(1)
        tabs_row.addWidget(self.all_windows)

        self.notice = QLabel()
        self.notice.setObjectName("casesNotice")
        self.notice.setWordWrap(True)
        self.offer = QPushButton()
        self.offer.setObjectName("offerSearch")
        self.offer.clicked.connect(self._search_offered)
        self.notice_box = QFrame()
        self.notice_box.setObjectName("noticeBox")
        self.notice_box.setStyleSheet(
            "#noticeBox { background:#fff4d6; border:1px solid #e0b44c; border-radius:4px; }"
        )
        nb = QHBoxLayout(self.notice_box)
        nb.setContentsMargins(8, 4, 8, 4)
        nb.addWidget(self.notice, 1)
        nb.addWidget(self.offer)
        self.notice_box.hide()

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        widths = [10, 190, 110, 110, 0, 130, 96, 60]
        for col, width in enumerate(widths):
            if width:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)
        self.status_line = QLabel()
        self.status_line.setObjectName("listStatus")
        self.status_line.setStyleSheet("color:#555")

        lists = QWidget()
        box = QVBoxLayout(lists)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(5)
        box.addLayout(first)
        box.addLayout(second)
        box.addWidget(self.notice_box)
        box.addLayout(tabs_row)
        box.addWidget(self.table, 1)
        box.addWidget(self.status_line)
        self.lists = lists
        self.stack = QStackedWidget()
        self.stack.addWidget(lists)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for key, slot in (
            ("F2", self.focus_number),
            ("F3", self.focus_search),
            ("Ctrl+F", self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.model.modelReset.connect(self._update_status_line)
        self.model.rowsInserted.connect(self._update_status_line)

    # -- lists ---------------------------------------------------------------------------------

    def _window_scope(self, kind: str) -> str | None:
        if kind == "search":
            return None
        if kind in ("due_soon", "overdue") and self.all_windows.isChecked():
            return None
        return self.ident.window_code

    def select_list(self, kind: str) -> None:
        index = LIST_KINDS.index(kind)
        if self.tabs.currentIndex() != index:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        if kind == "search":
            self.search()
            return
        self.model.set_query(CaseQuery(kind=kind, window=self._window_scope(kind)))
        self.refresh_counts()

    def _reload_list(self) -> None:
        self.select_list(LIST_KINDS[self.tabs.currentIndex()])

    def refresh_counts(self) -> None:
        scope = None if self.all_windows.isChecked() else self.ident.window_code
        counts = list_counts(self.store, scope)
        # "mine" and "waiting" are always this window's.
        if scope is None:
            own = list_counts(self.store, self.ident.window_code)
            counts["mine"], counts["waiting"] = own["mine"], own["waiting"]
        titles = {
            "mine": self.tr("My window's open cases (%1)"),
            "due_soon": self.tr("Due soon (%1)"),
            "overdue": self.tr("Overdue (%1)"),
            "waiting": self.tr("Waiting for a return visit (%1)"),
        }
        for i, kind in enumerate(LIST_KINDS):
            if kind == "search":
                self.tabs.setTabText(i, self.tr("Search results"))
            else:
                self.tabs.setTabText(i, titles[kind].replace("%1", str(counts[kind])))
        self.tabs.setTabTextColor(2, QColor("#b3261e") if counts["overdue"] else QColor())

    def search_query(self) -> CaseQuery:
        fields = parse_search_text(self.search_field.text())
        return CaseQuery(
            kind="search",
            item_code=self.item.currentData() or "",
            status=self.status.currentData() or "",
            date_from=_day(self.date_from) if self.use_dates.isChecked() else None,
            date_to=_day(self.date_to) if self.use_dates.isChecked() else None,
            **fields,
        )

    def search(self) -> None:
        text = self.search_field.text().strip()
        found = classify_number(text)
        if found and found[0] in (RECEIPT, INQUIRY):
            self.open_number(found[1])
            return
        if self.tabs.currentIndex() != LIST_KINDS.index("search"):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(LIST_KINDS.index("search"))
            self.tabs.blockSignals(False)
        self.show_list()
        self.model.set_query(self.search_query())
        if self.model.rowCount() == 0:
            self.status_line.setText(self.tr("No case matches."))

    def _update_status_line(self) -> None:
        n = self.model.rowCount()
        more = self.model.canFetchMore()
        self.status_line.setText(
            (self.tr("%1 shown; scroll down for more") if more else self.tr("%1 cases")).replace(
                "%1", str(n)
            )
        )

    def show_list(self) -> None:
        if self._stale:
            self._stale = False
            self.model.refresh()
            self.refresh_counts()
        self.stack.setCurrentWidget(self.lists)
        self.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.stack.currentWidget() is self.lists:
            self._stale = True
            self.show_list()

    # -- opening ---------------------------------------------------------------------------------

    def focus_number(self) -> None:
        self.show_list()
        self.number_field.setFocus()
        self.number_field.selectAll()

    def focus_search(self) -> None:
        if self.notice_box.isVisible() and self._offered:
            self._search_offered()  # the search the notice offers
            return
        self.show_list()
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _open_typed(self) -> None:
        text = self.number_field.text().strip()
        if text:
            self.open_number(text)

    def _open_row(self, index: QModelIndex) -> None:
        case_no = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_no:
            self.open_case(case_no)

    def open_number(self, text: str) -> bool:
        """Whatever number was typed: an inquiry goes to its screen, the rest opens here."""
        found = classify_number(text)
        if found and found[0] == INQUIRY:
            self.open_inquiry_requested.emit(found[1])
            return True
        return self.open_case(text)

    def open_case(self, case_no: str) -> bool:
        """Open a case by its number (or by the number of a notice or a receipt of it).

        False, with a message on the list and a search offered, when this window does not
        have it or the text is no such number; never an exception.
        """
        found = classify_number(case_no)
        if found is None:
            self.show_unreadable(case_no)
            return False
        kind, number = found
        if kind == INQUIRY:
            self._say(
                self.tr(
                    "%1 is a first-inquiry slip: open it on the first-inquiry screen (Ctrl+2)."
                ).replace("%1", number),
                number,
            )
            return False
        if kind == RECEIPT:
            owner = case_no_of_receipt(self.store, number)
            if owner is None:
                self._say(
                    self.tr("No receipt %1 is known at this window.").replace("%1", number), number
                )
                return False
            number = owner
        assert kind in (CASE, RECEIPT)
        try:
            self.view.load(number)
        except DomainError as err:
            if err.code != "case.unknown":
                self._say(err.message, number)
                return False
            self._unknown(number)
            return False
        except Exception as exc:  # never a traceback at the window
            self._say(self.tr("The case could not be shown: %1").replace("%1", str(exc)), number)
            return False
        self.notice_box.hide()
        self.stack.setCurrentWidget(self.view)
        self.view.setFocus()
        return True

    def show_unreadable(self, text: str) -> None:
        """A damaged, half-read or foreign code: say so, and offer a search."""
        self.show_list()
        self._say(
            self.tr(
                "“%1” is not a case, receipt or referral number; the code may be damaged or only half read. Scan it again, or type the number."
            ).replace("%1", text),
            text,
        )

    def _unknown(self, case_no: str) -> None:
        self.show_list()
        self._say(
            self.tr(
                "This window has no case %1. It may be another window's case that has not arrived yet."
            ).replace("%1", case_no),
            case_no,
        )
        from desktop.sync import central_url

        url = central_url(self.store)
        if url:
            self.notice.setText(self.notice.text() + " " + self.tr("Asking the center…"))
            QThreadPool.globalInstance().start(_CentralLookup(url, case_no, self._central_answer))

    def _central_found(self, case_no: str, found: Any) -> None:
        if self._offered != case_no:
            return  # the clerk has moved on
        if found == "offline":
            text = self.tr("The center cannot be reached now; try again when the window is online.")
        elif found is None:
            text = self.tr("The center does not know this case either: check the number.")
        else:
            text = (
                self.tr(
                    "At the center: window %1, %2, applicant %3, item %4. It arrives here with the next sync."
                )
                .replace("%1", str(found["window"]))
                .replace("%2", self.labels.status(str(found["status"])))
                .replace("%3", str(found["applicant_name"]))
                .replace("%4", str(found["item_name"]))
            )
        self.notice.setText(
            self.notice.text().replace(" " + self.tr("Asking the center…"), "") + " " + text
        )

    def _say(self, text: str, offered: str) -> None:
        self._offered = offered
        self.notice.setText(text)
        self.offer.setText(self.tr("Search for “%1” (Ctrl+F)").replace("%1", offered[:30]))
        self.notice_box.show()

    def _search_offered(self) -> None:
        self.search_field.setText(self._offered)
        self.notice_box.hide()
        self.search()


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _center_qdate() -> QDate:
    """The center's today for date fields: a PC left on UTC would offer yesterday."""
    from desktop.clock import center_today

    d = center_today()
    return QDate(d.year, d.month, d.day)
