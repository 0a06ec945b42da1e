"""统计与日志 (supervisors): the daily log export, the hall dashboard, the monthly ranking.

Everything slow runs on a pool thread and reports back through queued signals: an
export shows its progress and can be cancelled (leaving no file), the dashboard and the
ranking are computed off the GUI thread, so the window never freezes, even on the
central record of a whole hall. Each tab can read this window's database or, when one
is configured, the central PostgreSQL.

The charts are painted with QPainter (no web view, no QtCharts); clicking a bar, a tile
or a table cell opens the list of rows behind that number.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QRect, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator
from desktop.clock import local_day, local_text, now_utc
from desktop.daily_log import (
    ExportCancelled,
    LogSource,
    central_source,
    known_windows,
    local_source,
)
from desktop.dashboard import (
    METRICS,
    Dashboard,
    Drill,
    Listing,
    build_dashboard,
    list_behind,
    metric_label,
    money_text,
)
from desktop.errors import DomainError
from desktop.export_files import ExportRequest, ExportResult, export_log
from desktop.i18n import current_language, pick
from desktop.ranking import (
    DEFAULT_WEIGHTS,
    WEIGHT_LABELS,
    Ranking,
    average_text,
    get_weights,
    percent,
    rank_month,
    ranking_pdf,
    set_weights,
)
from desktop.store import Store, WindowIdentity
from desktop.sync import central_url
from models.accounts import Role

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b7f3b;"
MUTED_STYLE = "color: #555;"
REFRESH_MS = 60_000  # the board is "live": refreshed every minute while it is shown


# -- background jobs ----------------------------------------------------------------------------
class _Signals(QObject):
    progress = Signal(int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


Work = Callable[[Callable[[int], None], Callable[[], bool]], Any]


class Job(QRunnable):
    """One piece of slow work on the pool: progress, result, failure or cancellation.

    The signals object is made on the GUI thread, so what the pool thread emits arrives
    there queued; cancelling sets a flag the work checks between batches.
    """

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the page keeps it until it reports
        self.work = work
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # on a pool thread
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except DomainError as err:
            self.signals.failed.emit(err.message)
        except Exception as exc:  # shown in words, never a traceback in the window
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job


class SourceChoice(QComboBox):
    """本机数据库 or 中心数据库 (when this window has a center to read)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.addItem(self.tr("This window's database"), "local")
        url = central_url(store)
        self.addItem(self.tr("Central database (whole hall)"), "central")
        if url is None:
            item = self.model().item(1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            self.setItemData(
                1,
                self.tr("No central database is set for this window."),
                Qt.ItemDataRole.ToolTipRole,
            )

    def source(self) -> LogSource:
        if self.currentData() == "central":
            url = central_url(self.store)
            if url:
                return central_source(url)
        return local_source(self.store)


def _table(headers: list[str] | tuple[str, ...]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(list(headers))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


# -- 日志导出 -----------------------------------------------------------------------------------
class ExportTab(QWidget):
    finished = Signal(object)  # ExportResult, or None when cancelled or failed

    FORMATS = (("xlsx", ".xlsx"), ("csv", ".csv"), ("pdf", ".pdf"))

    def __init__(self, store: Store, ident: WindowIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ident = store, ident
        self.job: Job | None = None
        self.result: ExportResult | None = None

        # The center's day, not the PC's: a window whose clock is on UTC is a day behind
        # from midnight to eight.
        day = local_day(now_utc())
        today = QDate(day.year, day.month, day.day)
        self.start = QDateEdit(today)
        self.end = QDateEdit(today)
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.source = SourceChoice(store)
        self.window_choice = QComboBox()
        self.fmt = QComboBox()
        self.fmt.addItem(
            self.tr("Excel workbook (.xlsx): a summary, then a sheet per kind"), "xlsx"
        )
        self.fmt.addItem(self.tr("CSV (.csv): one table, opens in Excel"), "csv")
        self.fmt.addItem(self.tr("PDF summary (.pdf): to print and sign"), "pdf")
        self.out = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._browse)
        self.run_button = QPushButton(self.tr("Export"))
        self.run_button.setObjectName("exportButton")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Read from"), self.source)
        form.addRow(self.tr("Window"), self.window_choice)
        form.addRow(self.tr("Format"), self.fmt)
        path_row = QHBoxLayout()
        path_row.addWidget(self.out, 1)
        path_row.addWidget(self.browse)
        form.addRow(self.tr("Save as"), path_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)

        note = QLabel(
            self.tr(
                "The log lists every action of the range from the journal: intakes and their "
                "outcomes, one-time notices and their exceptions, inquiries and referrals, "
                "payments and voids, collections, ratings, day openings and closings, logins. "
                "It states its range, when it was made and the journal position it covers, so "
                "two exports can be compared. ID and mobile numbers are masked."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        box = QGroupBox(self.tr("Export the daily log"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addStretch(1)

        self.run_button.clicked.connect(self.run_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.fmt.currentIndexChanged.connect(self._suggest_path)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._suggest_path)
        self.window_choice.currentIndexChanged.connect(self._suggest_path)
        self.source.currentIndexChanged.connect(self._load_windows)
        self._load_windows()
        self._suggest_path()

    # windows of the chosen database, read off the GUI thread (the center may be slow)
    def _load_windows(self) -> None:
        source = self.source.source()

        def work(_p: Callable[[int], None], _c: Callable[[], bool]) -> dict[str, str]:
            with source.sessions() as s:
                return known_windows(s)

        self._windows_job = Job(work)
        self._windows_job.signals.done.connect(self._fill_windows)
        self._windows_job.signals.failed.connect(self._show_error)
        start(self._windows_job)  # connected first: a quick job may finish at once

    def _fill_windows(self, windows: dict[str, str]) -> None:
        keep = self.window_choice.currentData()
        self.window_choice.blockSignals(True)
        self.window_choice.clear()
        self.window_choice.addItem(self.tr("All windows"), None)
        for code in sorted(windows):
            name = windows[code]
            label = self.tr("Center") if code == "00" else self.tr("Window %1").replace("%1", code)
            if name and code != "00" and name.replace(" ", "") != f"{code}号窗口":
                label += f"（{name}）"
            self.window_choice.addItem(label, code)
        found = self.window_choice.findData(keep)
        self.window_choice.setCurrentIndex(max(0, found))
        self.window_choice.blockSignals(False)
        self._suggest_path()

    def _dates_changed(self) -> None:
        if self.end.date() < self.start.date():
            self.end.setDate(self.start.date())
        self._suggest_path()

    def _default_dir(self) -> Path:
        docs = Path.home() / "Documents"
        return docs if docs.is_dir() else Path.home()

    def _suggest_path(self) -> None:
        fmt = self.fmt.currentData()
        start = self.start.date().toString("yyyyMMdd")
        end = self.end.date().toString("yyyyMMdd")
        span = start if start == end else f"{start}-{end}"
        window = self.window_choice.currentData()
        scope = f"{window}号窗口" if window else "全厅"
        current = Path(self.out.text()) if self.out.text().strip() else None
        folder = current.parent if current and current.parent.is_dir() else self._default_dir()
        self.out.setText(str(folder / f"工作日志_{scope}_{span}.{fmt}"))

    def _browse(self) -> None:
        fmt = self.fmt.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the daily log as"), self.out.text(), f"*.{fmt}"
        )
        if path:
            self.out.setText(path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}")

    def _date(self, edit: QDateEdit) -> date:
        d = edit.date()
        return date(d.year(), d.month(), d.day())

    def request(self) -> ExportRequest:
        return ExportRequest(
            start=self._date(self.start),
            end=self._date(self.end),
            window=self.window_choice.currentData(),
            fmt=self.fmt.currentData(),
            out=Path(self.out.text().strip()).expanduser(),
        )

    def run_export(self) -> None:
        if self.job is not None:
            return
        if not self.out.text().strip():
            self._show_error(self.tr("Choose where to save the file."))
            return
        req = self.request()
        source = self.source.source()
        self.result = None
        self.progress.setValue(0)
        self._set_status(self.tr("Exporting…"), MUTED_STYLE)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

        def work(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> ExportResult:
            return export_log(source, req, progress=progress, cancelled=cancelled)

        self.job = Job(work)
        self.job.signals.progress.connect(self.progress.setValue)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        start(self.job)

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._set_status(self.tr("Cancelling…"), MUTED_STYLE)

    def _finish(self) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, result: ExportResult) -> None:
        self._finish()
        self.result = result
        self.progress.setValue(100)
        if result.empty:
            text = self.tr("Nothing was recorded in that range. The file says so (无记录): %1")
        else:
            text = self.tr("Exported %2 events in %3 s: %1").replace("%2", str(result.rows))
            text = text.replace("%3", f"{result.seconds:.1f}")
        self._set_status(text.replace("%1", str(result.path)), OK_STYLE)
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self._show_error(message + self.tr(" No file was written."))
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self._finish()
        self.progress.setValue(0)
        self._set_status(self.tr("Export cancelled. No file was written."), MUTED_STYLE)
        self.finished.emit(None)

    def _show_error(self, message: str) -> None:
        self._set_status(message, ERROR_STYLE)

    def _set_status(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def busy(self) -> bool:
        return self.job is not None


# -- charts -----------------------------------------------------------------------------------
class BarChart(QWidget):
    """Stacked bars, one per category (window), painted by hand; a click names the bar.

    ``clicked`` carries the series key and the category of the segment under the mouse.
    """

    clicked = Signal(str, str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, str, QColor, list[int]]] = []  # key, label, colour, values
        self.formatter: Callable[[int], str] = str
        self.empty_text = ""
        self._hits: list[tuple[QRect, str, str]] = []
        self.setMinimumHeight(220)
        self.setMouseTracking(True)

    def set_data(
        self,
        categories: list[str],
        series: list[tuple[str, str, QColor, list[int]]],
        formatter: Callable[[int], str] = str,
    ) -> None:
        self.categories, self.series, self.formatter = categories, series, formatter
        self.update()

    def totals(self) -> list[int]:
        return [sum(s[3][i] for s in self.series) for i in range(len(self.categories))]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QColor("#d0d7e2"))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#1d3557"))
        p.drawText(QRect(10, 6, self.width() - 20, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        # The legend on its own line under the title: a long title never runs into it.
        x = 10
        for _key, label, colour, _values in self.series:
            p.fillRect(x, 32, 11, 11, colour)
            p.setPen(QColor("#333"))
            p.drawText(x + 15, 42, label)
            x += 15 + p.fontMetrics().horizontalAdvance(label) + 16
        self._hits = []
        totals = self.totals()
        top, bottom, left, right = 52, self.height() - 26, 12, self.width() - 12
        if not self.categories or not any(totals):
            p.setPen(QColor("#777"))
            p.drawText(
                QRect(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.empty_text,
            )
            return
        peak = max(totals) or 1
        slot = (right - left) / len(self.categories)
        bar = max(4.0, min(34.0, slot * 0.62))
        height = bottom - top - 16
        p.setPen(QColor("#c9c9c9"))
        p.drawLine(left, bottom, right, bottom)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        for i, cat in enumerate(self.categories):
            cx = left + slot * i + slot / 2
            y = float(bottom)
            for key, _label, colour, values in self.series:
                v = values[i]
                if v <= 0:
                    continue
                h = max(1.0, height * v / peak)
                rect = QRect(int(cx - bar / 2), int(y - h), int(bar), int(h))
                p.fillRect(rect, colour)
                self._hits.append((rect, key, cat))
                y -= h
            p.setFont(small)
            p.setPen(QColor("#222"))
            if totals[i]:
                p.drawText(
                    QRect(int(cx - slot / 2), int(y - 16), int(slot), 14),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    self.formatter(totals[i]),
                )
            p.setPen(QColor("#444"))
            p.drawText(
                QRect(int(cx - slot / 2), bottom + 3, int(slot), 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                cat,
            )
        p.end()

    def hit(self, x: int, y: int) -> tuple[str, str] | None:
        for rect, key, cat in self._hits:
            if rect.adjusted(-2, -2, 2, 2).contains(x, y):
                return key, cat
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        found = self.hit(int(event.position().x()), int(event.position().y()))
        if found:
            self.clicked.emit(*found)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        on_bar = self.hit(int(event.position().x()), int(event.position().y())) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if on_bar else Qt.CursorShape.ArrowCursor)


class Tile(QFrame):
    """A big number with its label; clicking it opens the list behind it."""

    clicked = Signal()

    def __init__(self, metric: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_key = metric  # not .metric: that is QWidget.metric()
        self.value = 0
        self.setObjectName(f"tile_{metric}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(118, 62)
        self.number = QLabel("…")
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #444; font-size: 12px; background: transparent;")
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.setSpacing(0)
        box.addWidget(self.number)
        box.addWidget(self.caption)
        self.setStyleSheet(
            "Tile { border: 1px solid #d0d7e2; border-radius: 6px; background: #f7f9fc; }"
            "Tile:hover { background: #e8eef7; }"
        )

    def show_value(self, label: str, text: str, alert: bool) -> None:
        colour = "#b3261e" if alert else "#1d3557"
        self.number.setText(text)
        self.number.setStyleSheet(
            f"font-size: 22px; font-weight: bold; color: {colour}; background: transparent;"
        )
        self.caption.setText(label)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class ListDialog(QDialog):
    """The rows behind a number."""

    def __init__(self, listing: Listing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(listing.title)
        self.resize(980, 520)
        self.table = _table(listing.headers or (self.tr("Nothing"),))
        self.table.setObjectName("listBehind")
        self.table.setRowCount(len(listing.rows))
        for r, row in enumerate(listing.rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, _item(text))
        count = QLabel(self.tr("%1 rows").replace("%1", str(len(listing.rows))))
        if listing.truncated:
            count.setText(count.text() + self.tr(" (only the first ones are shown)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{listing.title}</b>"))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(count)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)


# -- 大厅看板 ----------------------------------------------------------------------------------
OUTCOME_SERIES = (("accepted", "#2e7d32"), ("notice", "#f9a825"), ("rejected", "#c62828"))
DUE_SERIES = (("due_soon", "#f9a825"), ("overdue", "#c62828"))
TABLE_METRICS = (
    "visitors",
    "accepted",
    "notice",
    "rejected",
    "due_soon",
    "overdue",
    "inquiries_late",
    "exceptions",
    "bad_reviews",
    "fees",
)
ALERTS = {"overdue", "inquiries_late", "exceptions", "bad_reviews", "voids"}


def _label(metric: str) -> str:
    if current_language() == "zh_CN" or metric not in METRICS:
        return metric_label(metric)
    return METRICS[metric][1]


class DashboardTab(QWidget):
    refreshed = Signal(object)  # Dashboard
    list_opened = Signal(object)  # ListDialog, for tests and for screenshots

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.board: Dashboard | None = None
        self.job: Job | None = None
        self.source = SourceChoice(store)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip("F5")
        self.stamp = QLabel()
        self.stamp.setStyleSheet(MUTED_STYLE)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Read from")))
        top.addWidget(self.source)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.stamp)

        self.tiles: dict[str, Tile] = {}
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(8)
        for i, metric in enumerate(METRICS):
            self._add_tile(metric, i)

        self.outcomes = BarChart(self.tr("Intakes today by window"))
        self.outcomes.setObjectName("outcomeChart")
        self.dues = BarChart(self.tr("Cases due soon and overdue by window"))
        self.dues.setObjectName("dueChart")
        for chart in (self.outcomes, self.dues):
            chart.empty_text = self.tr("Nothing yet")
            chart.clicked.connect(lambda key, cat: self.open_list(Drill(key, window=cat)))
        charts = QHBoxLayout()
        charts.addWidget(self.outcomes, 1)
        charts.addWidget(self.dues, 1)

        self.per = QComboBox()
        self.per.addItem(self.tr("Per clerk"), "clerk")
        self.per.addItem(self.tr("Per window"), "window")
        self.per.currentIndexChanged.connect(self._fill_table)
        self.table = _table([""] * (len(TABLE_METRICS) + 2))
        self.table.setObjectName("dashboardTable")
        self.table.setMinimumHeight(160)
        self.table.cellClicked.connect(self._cell_clicked)
        table_head = QHBoxLayout()
        hint = QLabel(self.tr("Click any number to see the list behind it."))
        hint.setStyleSheet(MUTED_STYLE)
        table_head.addWidget(self.per)
        table_head.addWidget(hint)
        table_head.addStretch(1)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.tile_grid)
        inner.addLayout(charts)
        inner.addLayout(table_head)
        inner.addWidget(self.table, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.source.currentIndexChanged.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)

    def _add_tile(self, metric: str, index: int) -> Tile:
        tile = Tile(metric)
        tile.clicked.connect(lambda m=metric: self.open_list(Drill(m)))
        self.tiles[metric] = tile
        tile.show_value(_label(metric), "…", False)
        # Two rows whatever the number of tiles: a fee method seen today adds one, and a
        # third row would push the charts below the fold.
        cols = max(6, -(-len(self.tiles) // 2))
        for t in self.tiles.values():
            self.tile_grid.removeWidget(t)
        for i, t in enumerate(self.tiles.values()):
            self.tile_grid.addWidget(t, i // cols, i % cols)
        return tile

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.timer.start()
        if self.board is None:
            self.refresh()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.timer.stop()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.job is not None:
            return
        source = self.source.source()
        self.refresh_button.setEnabled(False)

        def work(_p: Callable[[int], None], _c: Callable[[], bool]) -> Dashboard:
            with source.sessions() as s:
                return build_dashboard(s)

        self.job = Job(work)
        self.job.signals.done.connect(self._show)
        self.job.signals.failed.connect(self._failed)
        start(self.job)

    def _failed(self, message: str) -> None:
        self.job = None
        self.refresh_button.setEnabled(True)
        self.stamp.setText(message)
        self.stamp.setStyleSheet(ERROR_STYLE)

    def _show(self, board: Dashboard) -> None:
        self.job = None
        self.refresh_button.setEnabled(True)
        self.board = board
        self.stamp.setStyleSheet(MUTED_STYLE)
        self.stamp.setText(
            self.tr("%1 · updated %2 (%3 ms)")
            .replace("%1", board.day.isoformat())
            .replace("%2", local_text(board.made_at, "%H:%M:%S"))
            .replace("%3", str(round(board.seconds * 1000)))
        )
        for method in board.methods:
            key = f"fees.{method}"
            if key not in self.tiles:
                self._add_tile(key, len(self.tiles))
        for metric, tile in self.tiles.items():
            f = board.figure(metric)
            text = money_text(f.total) if f.money else str(f.total)
            tile.value = f.total
            tile.show_value(_label(metric), text, metric in ALERTS and f.total > 0)
        windows = sorted(set(board.active_windows()) | set(board.windows))
        self.outcomes.set_data(
            windows,
            [
                (
                    m,
                    _label(m),
                    QColor(colour),
                    [board.figure(m).by_window.get(w, 0) for w in windows],
                )
                for m, colour in OUTCOME_SERIES
            ],
        )
        self.dues.set_data(
            windows,
            [
                (
                    m,
                    _label(m),
                    QColor(colour),
                    [board.figure(m).by_window.get(w, 0) for w in windows],
                )
                for m, colour in DUE_SERIES
            ],
        )
        self._fill_table()
        self.refreshed.emit(board)

    def _fill_table(self) -> None:
        board = self.board
        if board is None:
            return
        per_clerk = self.per.currentData() == "clerk"
        first = (
            [self.tr("Window"), self.tr("Clerk")]
            if per_clerk
            else [self.tr("Window"), self.tr("Name")]
        )
        self.table.setHorizontalHeaderLabels(first + [_label(m) for m in TABLE_METRICS])
        keys: list[tuple[str, str]] = (
            board.clerks()
            if per_clerk
            else [(w, "") for w in sorted(set(board.active_windows()) | set(board.windows))]
        )
        self.table.setRowCount(len(keys))
        for r, (w, clerk) in enumerate(keys):
            second = board.clerk_text(clerk) if per_clerk else board.windows.get(w, "")
            self.table.setItem(r, 0, _item(w))
            self.table.setItem(r, 1, _item(second))
            for c, m in enumerate(TABLE_METRICS, start=2):
                f = board.figure(m)
                n = f.by_clerk.get((w, clerk), 0) if per_clerk else f.by_window.get(w, 0)
                it = _item(money_text(n) if f.money else str(n), right=True)
                if n and m in ALERTS:
                    it.setForeground(QColor("#b3261e"))
                self.table.setItem(r, c, it)
        self._keys = keys

    def _cell_clicked(self, row: int, col: int) -> None:
        if col < 2 or self.board is None or row >= len(self._keys):
            return
        w, clerk = self._keys[row]
        self.open_list(Drill(TABLE_METRICS[col - 2], window=w, clerk=clerk or None))

    def open_list(self, drill: Drill) -> None:
        source = self.source.source()

        def work(_p: Callable[[int], None], _c: Callable[[], bool]) -> Listing:
            with source.sessions() as s:
                return list_behind(s, drill)

        self._list_job = Job(work)
        self._list_job.signals.done.connect(self._show_list)
        self._list_job.signals.failed.connect(self._failed)
        start(self._list_job)  # connected first: a quick job may finish at once

    def _show_list(self, listing: Listing) -> None:
        dialog = ListDialog(listing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list_opened.emit(dialog)
        dialog.open()


# -- 月度评议 ----------------------------------------------------------------------------------
class WeightsDialog(QDialog):
    def __init__(self, weights: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ranking weights"))
        form = QFormLayout(self)
        self.boxes: dict[str, QSpinBox] = {}
        for key, value in weights.items():
            box = QSpinBox()
            box.setRange(0, 100)
            box.setValue(value)
            self.boxes[key] = box
            zh, en = WEIGHT_LABELS[key]
            form.addRow(pick(zh, en), box)
        reset = QPushButton(self.tr("Defaults"))
        reset.clicked.connect(self._defaults)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _defaults(self) -> None:
        for key, box in self.boxes.items():
            box.setValue(DEFAULT_WEIGHTS[key])

    def weights(self) -> dict[str, int]:
        return {k: b.value() for k, b in self.boxes.items()}


class RankingTab(QWidget):
    ranked = Signal(object)  # Ranking

    def __init__(self, store: Store, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.operator = store, operator
        self.ranking: Ranking | None = None
        self.job: Job | None = None
        self.month = QComboBox()
        self.month.setObjectName("rankingMonth")
        today = local_day(now_utc())
        y, m = today.year, today.month
        for _ in range(13):
            self.month.addItem(f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}")
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        # Early in a month the month to rank is the one just ended.
        self.month.setCurrentIndex(1 if today.day <= 5 else 0)
        self.source = SourceChoice(store)
        self.run_button = QPushButton(self.tr("Rank the month"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setEnabled(False)
        self.weights_button = QPushButton(self.tr("Weights…"))
        self.weights_button.setEnabled(operator.can(Role.SUPERVISOR))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("Read from")))
        top.addWidget(self.source)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.weights_button)
        top.addWidget(self.pdf_button)

        self.verdict = QLabel()
        self.verdict.setObjectName("rankingVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 14px; padding: 6px 0;")
        headers = [
            self.tr("Rank"),
            self.tr("Window"),
            self.tr("Finished"),
            self.tr("On time"),
            self.tr("Overdue"),
            self.tr("Exceptions"),
            self.tr("Ratings"),
            self.tr("Average"),
            self.tr("Bad reviews"),
            self.tr("Inquiries in time"),
            self.tr("Volume"),
            self.tr("Score"),
        ]
        self.windows = _table(headers)
        self.windows.setObjectName("rankingWindows")
        clerk_headers = list(headers)
        clerk_headers[1] = self.tr("Clerk")
        self.clerks = _table(clerk_headers)
        self.clerks.setObjectName("rankingClerks")
        for table in (self.windows, self.clerks):
            # The name takes the room; the figures keep their width.
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.weights_label = QLabel()
        self.weights_label.setWordWrap(True)
        self.weights_label.setStyleSheet(MUTED_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(QLabel(self.tr("Windows")))
        layout.addWidget(self.windows, 3)
        layout.addWidget(QLabel(self.tr("Clerks")))
        layout.addWidget(self.clerks, 2)
        layout.addWidget(self.weights_label)
        layout.addWidget(self.status)

        self.run_button.clicked.connect(self.run)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.weights_button.clicked.connect(self.edit_weights)
        self._show_weights()

    def _show_weights(self) -> None:
        with self.store.read() as s:
            weights = get_weights(s)
        parts = [f"{pick(*WEIGHT_LABELS[k])} {v}" for k, v in weights.items()]
        self.weights_label.setText(self.tr("Weights: %1").replace("%1", "；".join(parts)))

    def run(self) -> None:
        if self.job is not None:
            return
        month = self.month.currentData()
        source = self.source.source()
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Ranking…"))
        self.status.setStyleSheet(MUTED_STYLE)

        def work(_p: Callable[[int], None], _c: Callable[[], bool]) -> Ranking:
            with source.sessions() as s:
                return rank_month(s, month, source=source.label)

        self.job = Job(work)
        self.job.signals.done.connect(self._show)
        self.job.signals.failed.connect(self._failed)
        start(self.job)

    def _failed(self, message: str) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.status.setText(message)
        self.status.setStyleSheet(ERROR_STYLE)

    def _show(self, r: Ranking) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.ranking = r
        self.pdf_button.setEnabled(True)
        self.status.clear()
        red = r.red_flag.label + f"（{r.red_flag.score:.2f}）" if r.red_flag else self.tr("none")
        worst = (
            r.worst.label + f"（{r.worst.score:.2f}）"
            if r.worst
            else self.tr("not named (fewer than two windows ranked)")
        )
        star = r.star.label if r.star else self.tr("none")
        red_title = self.tr("Red flag window")
        worst_title = self.tr("Worst window")
        star_title = self.tr("Service star")
        self.verdict.setText(
            f"<span style='color:#c71414'><b>{red_title}</b>：{red}</span>"
            f"　　<b>{worst_title}</b>：{worst}"
            f"　　<b>{star_title}</b>：{star}"
        )
        for table, rows in ((self.windows, r.windows), (self.clerks, r.clerks)):
            table.setRowCount(len(rows))
            for i, x in enumerate(rows):
                m = x.m
                cells = [
                    str(x.rank) if x.rank else "—",
                    x.label,
                    str(m.finished),
                    percent(m.on_time_rate),
                    str(m.overdue),
                    str(m.exceptions),
                    str(m.ratings),
                    average_text(m.average),
                    str(m.bad),
                    percent(m.inquiry_rate),
                    str(m.volume),
                    f"{x.score:.2f}" if x.rank else self.tr("not ranked"),
                ]
                for c, text in enumerate(cells):
                    it = _item(text, right=c >= 2)
                    if x.rank == 1:
                        it.setForeground(QColor("#c71414"))
                    table.setItem(i, c, it)
        self.ranked.emit(r)

    def save_pdf(self, path: str | None = None) -> None:
        if self.ranking is None:
            return
        if not path:
            default = Path.home() / f"窗口评议_{self.ranking.month}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the ranking as"), str(default), "*.pdf"
            )
            if not path:
                return
        ranking = self.ranking
        center = self.store.setting("center_name", "") or ""

        def work(_p: Callable[[int], None], _c: Callable[[], bool]) -> str:
            from desktop.export_files import open_temp

            out = Path(path)
            temp = open_temp(out)
            try:
                temp.write_bytes(ranking_pdf(ranking, str(center)))
                temp.replace(out)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            return str(out)

        self._pdf_job = Job(work)
        self._pdf_job.signals.done.connect(self._saved)
        self._pdf_job.signals.failed.connect(self._failed)
        start(self._pdf_job)  # connected first: a quick job may finish at once

    def _saved(self, path: str) -> None:
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
        self.status.setStyleSheet(OK_STYLE)

    def edit_weights(self) -> None:
        with self.store.read() as s:
            weights = get_weights(s)
        dialog = WeightsDialog(weights, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            set_weights(self.store, dialog.weights(), self.operator)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("Ranking weights"), err.message)
            return
        self._show_weights()
        if self.ranking is not None:
            self.run()


# -- the page --------------------------------------------------------------------------------
class ReportsPage(QWidget):
    """统计与日志: three tabs for supervisors."""

    def __init__(self, store: Store, ident: WindowIdentity, operator: Operator) -> None:
        super().__init__()
        self.store, self.ident, self.operator = store, ident, operator
        title = QLabel(self.tr("Reports and log"))
        title.setStyleSheet("font-size: 18px; font-weight: bold; color: #1d3557;")
        self.tabs = QTabWidget()
        self.export_tab = ExportTab(store, ident)
        self.dashboard_tab = DashboardTab(store)
        self.ranking_tab = RankingTab(store, operator)
        self.tabs.addTab(self.dashboard_tab, self.tr("Hall dashboard"))
        self.tabs.addTab(self.export_tab, self.tr("Daily log export"))
        self.tabs.addTab(self.ranking_tab, self.tr("Monthly ranking"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
