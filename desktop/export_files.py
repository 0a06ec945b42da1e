"""The daily log as files: XLSX (a summary, then a sheet per family), CSV, PDF summary.

Every export is written to a temporary file beside the target and moved into place with
os.replace only when complete, so a cancelled or failed export leaves no partial file
(and never half-overwrites yesterday's good one).

CSV is one combined file, in time order, with a 类别 column: a supervisor double-clicks
it and Excel shows the whole day on one sheet, ready to filter by 类别, 窗口 or 经办人.
The families have different fields, so each row's fields are in one readable 详情 cell
("事项名称：…；申请人：…"); the XLSX keeps them in columns of their own. UTF-8 with a
BOM, so Excel reads the Chinese correctly instead of guessing GBK.

An empty range is not an error: the file is written and says 无记录, with the range and
where each journal stood. A day with nothing done is a fact the center may have to show
too, and the file proves that the log was taken.
"""

from __future__ import annotations

import csv
import os
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.clock import local_text
from desktop.daily_log import (
    FAMILIES,
    FIGURES,
    Cancelled,
    Cell,
    DailyLog,
    ExportCancelled,
    LogRow,
    LogSource,
    Totals,
    check_range,
    details_text,
    figure_text,
    kind_label,
    read_log,
    sheet_table,
    totals,
)
from desktop.errors import DomainError

FORMATS = ("xlsx", "csv", "pdf")
Percent = Callable[[int], None]


@dataclass(frozen=True)
class ExportRequest:
    start: date
    end: date
    window: str | None
    fmt: str
    out: Path


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    empty: bool
    digest: str
    seconds: float

    @property
    def message_zh(self) -> str:
        if self.empty:
            return f"该范围内无记录；已生成注明“无记录”的文件：{self.path}"
        return f"已导出 {self.rows} 条记录：{self.path}"

    @property
    def message_en(self) -> str:
        if self.empty:
            return f"Nothing was recorded in that range; the file says so: {self.path}"
        return f"Exported {self.rows} events: {self.path}"


# -- the file being written -----------------------------------------------------------------
def _unwritable(path: Path, why: str) -> DomainError:
    return DomainError(
        "export.path",
        f"无法写入 {path}：{why}。请选择其他位置。",
        f"Cannot write {path}: {why}. Choose another place.",
        field="out",
    )


def open_temp(out: Path) -> Path:
    """A temporary file beside ``out`` (same file system, so os.replace is atomic)."""
    if out.exists() and out.is_dir():
        raise _unwritable(out, "这是一个文件夹")
    parent = out.parent
    if not parent.is_dir():
        raise _unwritable(out, "文件夹不存在")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=parent)
    except OSError as exc:
        raise _unwritable(out, exc.strerror or str(exc)) from exc
    os.close(fd)
    return Path(name)


def check_request(req: ExportRequest) -> None:
    if req.fmt not in FORMATS:
        raise DomainError(
            "export.format",
            f"不支持的格式“{req.fmt}”，请选择 xlsx、csv 或 pdf。",
            f"Unknown format '{req.fmt}': choose xlsx, csv or pdf.",
            field="format",
        )
    check_range(req.start, req.end)


def export_log(
    source: LogSource,
    req: ExportRequest,
    *,
    progress: Percent | None = None,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Read the log from ``source`` and write it; all or nothing."""
    t0 = time.perf_counter()
    check_request(req)
    temp = open_temp(req.out)  # a path that cannot be written fails before any work
    try:

        def reading(done: int, total: int) -> None:
            if progress is not None:
                progress(int(60 * done / total) if total else 60)

        log = read_log(
            source,
            req.start,
            req.end,
            req.window,
            now=now,
            progress=reading,
            cancelled=cancelled,
        )
        write_log(log, req.fmt, temp, progress=progress, cancelled=cancelled)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        os.replace(temp, req.out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _unwritable(req.out, exc.strerror or str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(100)
    return ExportResult(req.out, log.total, log.empty, log.digest, time.perf_counter() - t0)


def write_log(
    log: DailyLog,
    fmt: str,
    path: Path,
    *,
    progress: Percent | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    tick = _ticker(log.total, progress, cancelled)
    if fmt == "xlsx":
        write_xlsx(log, path, tick)
    elif fmt == "csv":
        write_csv(log, path, tick)
    else:
        from printing.daily_log_pdf import render_daily_log

        tick(0)
        path.write_bytes(render_daily_log(pdf_data(log)))


def _ticker(
    total: int, progress: Percent | None, cancelled: Cancelled | None
) -> Callable[[int], None]:
    """Called every few hundred rows written: report 60–99 % and honour a cancel."""

    def tick(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(60 + int(39 * done / total) if total else 99)

    return tick


# -- shared words -----------------------------------------------------------------------------
def meta_pairs(log: DailyLog) -> list[tuple[str, str]]:
    pairs = [
        ("中心", log.center_name or "—"),
        ("日期范围", log.range_text),
        ("窗口范围", log.scope_text),
        ("数据来源", log.source or "—"),
        ("生成时间", local_text(log.made_at, "%Y-%m-%d %H:%M:%S")),
        ("记录总数", "无记录" if log.empty else str(log.total)),
        ("内容摘要（SHA-256）", log.digest if not log.empty else "—"),
    ]
    return pairs


POSITION_HEADERS = (
    "窗口",
    "首条序号",
    "末条序号",
    "条数",
    "末条哈希",
    "导出时日志末条序号",
    "导出时末条哈希",
)


def position_rows(log: DailyLog) -> list[list[Any]]:
    return [
        [
            log.window_text(p.window),
            p.first_seq or None,
            p.last_seq or None,
            p.count,
            p.last_hash or None,
            p.head_seq,
            p.head_hash,
        ]
        for p in log.positions
    ]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[Cell]], cap: int = 48
) -> list[float]:
    """Widths fit for reading: the widest of the header and a sample of cells, capped."""
    widths = [_width(h) + 2 for h in headers]
    # A sample is enough to size a column; every row would cost a tenth of the export.
    for row in rows[:: max(1, len(rows) // 400)]:
        for i, v in enumerate(row):
            if v is None:
                continue
            w = _width(f"{v:.2f}" if isinstance(v, Decimal) else str(v)) + 2
            if w > widths[i]:
                widths[i] = w
    return [float(min(max(w, 6), cap)) for w in widths]


# -- XLSX ---------------------------------------------------------------------------------------
def write_xlsx(log: DailyLog, path: Path, tick: Callable[[int], None]) -> None:
    # Write-only mode streams rows to the file: a year of events fits in memory and a
    # day of 10,000 events takes about as long as openpyxl needs to write the cells at all.
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    st = _XlsxStyles()
    _summary_sheet(wb, log, totals(log), st)
    done = 0
    for sheet in log.sheets:
        if not sheet.rows:
            continue
        headers, rows_iter = sheet_table(log, sheet)
        rows = list(rows_iter)
        ws = wb.create_sheet(sheet.family.title)
        for i, w in enumerate(column_widths(headers, rows), start=1):
            ws.column_dimensions[_col(i)].width = min(w, 24) if headers[i - 1] == "哈希" else w
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{_col(len(headers))}{len(rows) + 1}"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.append([st.header(ws, h) for h in headers])
        money = [i for i, h in enumerate(headers) if h.endswith("（元）")]
        for row in rows:
            for i in money:
                if row[i] is not None:
                    row[i] = st.money(ws, row[i])
            for i, v in enumerate(row):
                if isinstance(v, str) and v[:1] == "=":
                    row[i] = st.text(ws, v)  # typed text, never a formula
            ws.append(row)
            done += 1
            if done % 500 == 0:
                tick(done)
    wb.save(path)


def _col(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


class _XlsxStyles:
    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.fill = PatternFill("solid", fgColor="DDE4EE")
        self.wrap = Alignment(vertical="center", wrap_text=True)

    def header(self, ws: Any, text: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, text)
        c.font, c.fill, c.alignment = self.bold, self.fill, self.wrap
        return c

    def title(self, ws: Any, text: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, text)
        c.font = self.title_font
        return c

    def label(self, ws: Any, text: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, text)
        c.font = self.bold
        return c

    def money(self, ws: Any, value: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, value)
        c.number_format = "#,##0.00"
        return c

    def text(self, ws: Any, value: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, value)
        c.data_type = "s"
        return c


def _summary_sheet(wb: Any, log: DailyLog, tot: Totals, st: _XlsxStyles) -> None:
    ws = wb.create_sheet("汇总")
    widths = [22, 16, 12, 12, 10, 24, 18, 24]
    windows = list(tot.by_window)
    widths += [10] * max(0, len(windows) + 1 - len(widths))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[_col(i)].width = w
    ws.print_title_rows = None
    ws.append([st.title(ws, f"{log.center_name} 工作日志".strip())])
    for label, value in meta_pairs(log):
        ws.append([st.label(ws, label), value])
    if log.empty:
        ws.append([])
        ws.append([st.title(ws, "无记录"), "该日期范围内没有任何操作记录。"])
    ws.append([])
    ws.append([st.title(ws, "日志位置")])
    ws.append([st.header(ws, h) for h in POSITION_HEADERS])
    for row in position_rows(log):
        ws.append(row)
    ws.append([])
    ws.append([st.title(ws, "主要数字")])
    ws.append(
        [
            st.header(ws, h)
            for h in [
                "项目",
                "合计",
                *(log.window_text(w) + " 号窗口" if w != "00" else "中心" for w in windows),
            ]
        ]
    )
    for key, label in FIGURES:
        money = key.endswith("_fen")
        unit = "（元）" if money else ""
        values = [tot.hall[key], *(tot.by_window[w][key] for w in windows)]
        ws.append(
            [label + unit, *((st.money(ws, Decimal(v) / 100) if money else v) for v in values)]
        )
    ws.append([])
    ws.append([st.title(ws, "分类统计")])
    ws.append([st.header(ws, h) for h in ("类别（工作表）", "条数")])
    for fam in FAMILIES:
        ws.append([fam.title, tot.by_family.get(fam.key, 0)])
    ws.append([st.label(ws, "合计"), log.total])
    ws.append([])
    ws.append([st.title(ws, "按经办人")])
    clerk_figs = [(k, lbl) for k, lbl in FIGURES if not k.startswith("login")]
    ws.append(
        [
            st.header(ws, h)
            for h in [
                "窗口",
                "经办人",
                *(lbl + ("（元）" if k.endswith("_fen") else "") for k, lbl in clerk_figs),
            ]
        ]
    )
    for (code, clerk), figs in tot.by_clerk.items():
        ws.append(
            [
                log.window_text(code),
                log.clerk_text(clerk),
                *(
                    st.money(ws, Decimal(figs[k]) / 100) if k.endswith("_fen") else figs[k]
                    for k, _ in clerk_figs
                ),
            ]
        )
    ws.append([])
    ws.append([st.title(ws, "按事件类型")])
    ws.append([st.header(ws, h) for h in ("事件", "事件类型", "条数")])
    for kind, n in tot.by_kind.items():
        ws.append([kind_label(kind), kind, n])


# -- CSV ----------------------------------------------------------------------------------------
CSV_HEADERS = (
    "类别",
    "时间",
    "窗口",
    "经办人",
    "事件",
    "办件/登记编号",
    "详情",
    "事件类型",
    "序号",
    "哈希",
)
_FORMULA_START = ("=", "+", "-", "@")


def _csv_safe(value: Any) -> str:
    """Text as Excel should show it: a leading = + - @ must not start a formula."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    text = str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


def chronological(log: DailyLog) -> list[tuple[str, LogRow]]:
    rows = [(sheet.family.title, r) for sheet in log.sheets for r in sheet.rows]
    rows.sort(key=lambda fr: (fr[1].occurred_at, fr[1].window, fr[1].seq))
    return rows


def write_csv(log: DailyLog, path: Path, tick: Callable[[int], None]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([f"{log.center_name} 工作日志".strip()])
        for label, value in meta_pairs(log):
            w.writerow([label, value])
        for p in position_rows(log):
            w.writerow(
                [
                    "日志位置",
                    f"{p[0]} 号窗口" if p[0] != "中心" else "中心",
                    f"序号 {p[1] or '—'}–{p[2] or '—'}，共 {p[3]} 条",
                    f"末条哈希 {p[4] or '—'}",
                ]
            )
        if log.empty:
            w.writerow(["无记录", "该日期范围内没有任何操作记录。"])
        w.writerow([])
        w.writerow(CSV_HEADERS)
        for n, (title, r) in enumerate(chronological(log), start=1):
            w.writerow(
                _csv_safe(v)
                for v in (
                    title,
                    local_text(r.occurred_at, "%Y-%m-%d %H:%M:%S"),
                    log.window_text(r.window),
                    log.clerk_text(r.clerk),
                    kind_label(r.kind),
                    r.case_no,
                    details_text(log, r),
                    r.kind,
                    r.seq,
                    r.hash,
                )
            )
            if n % 500 == 0:
                tick(n)


# -- PDF ------------------------------------------------------------------------------------------
def pdf_data(log: DailyLog) -> Any:
    from printing.daily_log_pdf import DailyLogSummary, Detail, FigureRow

    tot = totals(log)
    keys = [k for k, _ in FIGURES]
    labels = [lbl for _, lbl in FIGURES]

    def fig_row(label: str, figs: Any, count: int) -> FigureRow:
        return FigureRow(label, tuple(figure_text(k, figs[k]) for k in keys), count)

    per_window_count: dict[str, int] = {}
    per_clerk_count: dict[tuple[str, str], int] = {}
    for r in log.rows():
        per_window_count[r.window] = per_window_count.get(r.window, 0) + 1
        if r.clerk:
            per_clerk_count[(r.window, r.clerk)] = per_clerk_count.get((r.window, r.clerk), 0) + 1
    details = [
        Detail(
            local_text(r.occurred_at, "%m-%d %H:%M"),
            log.window_text(r.window),
            log.clerk_text(r.clerk),
            kind_label(r.kind),
            r.case_no,
            details_text(log, r),
        )
        for _, r in chronological(log)
        if r.kind == "notice.exception" or family_key(r) == "fee" and _is_void(r)
    ]
    return DailyLogSummary(
        center_name=log.center_name,
        range_text=log.range_text,
        scope_text=log.scope_text,
        source=log.source,
        made_at=local_text(log.made_at, "%Y-%m-%d %H:%M:%S"),
        total=log.total,
        digest=log.digest,
        figure_labels=tuple(labels),
        figure_keys=tuple(keys),
        hall=fig_row("全厅合计", tot.hall, log.total),
        windows=tuple(
            fig_row(log.window_text(w) + (" 号窗口" if w != "00" else ""), f, per_window_count[w])
            for w, f in tot.by_window.items()
        ),
        clerks=tuple(
            fig_row(f"{log.window_text(w)}　{log.clerk_text(c)}", f, per_clerk_count[(w, c)])
            for (w, c), f in tot.by_clerk.items()
        ),
        families=tuple((fam.title, tot.by_family.get(fam.key, 0)) for fam in FAMILIES),
        kinds=tuple((kind_label(k), k, n) for k, n in tot.by_kind.items()),
        positions=tuple(
            tuple("" if v is None else str(v) for v in row) for row in position_rows(log)
        ),
        details=tuple(details),
    )


def family_key(row: LogRow) -> str:
    from desktop.daily_log import family_of

    return family_of(row.kind).key


def _is_void(row: LogRow) -> bool:
    from desktop.daily_log import VOID_KINDS

    return row.kind in VOID_KINDS or "void" in row.kind or "refund" in row.kind


# -- for the benchmark: the same rows, openpyxl write-only, nothing else -----------------------
def reference_rows(log: DailyLog) -> list[tuple[str, list[str], list[list[Cell]]]]:
    out = []
    for sheet in log.sheets:
        if sheet.rows:
            headers, rows = sheet_table(log, sheet)
            out.append((sheet.family.title, headers, list(rows)))
    return out


def write_reference(tables: Iterable[tuple[str, list[str], list[list[Cell]]]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, headers, rows in tables:
        ws = wb.create_sheet(title)
        ws.append(headers)
        for row in rows:
            ws.append(row)
    wb.save(path)
