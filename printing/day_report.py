"""收费日报: the X report (at any time, changes nothing) and the Z report (the closing).

Both say the same things about one window's day: what was collected per payment
method, what was voided or refunded (counted honestly beside the payments, never netted
away), the cash the drawer should hold, and the receipt numbers used. The Z report adds
what was counted, note by note, the difference per method and the reason given for it.

A day of 2,000 payments lists them all; the list is cut into tables of a page's length
each, because reportlab splits one long table again at every page (quadratic time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from printing.documents import Letterhead, format_fen
from printing.fonts import register_fonts
from printing.layout import (
    CONTENT_WIDTH,
    FOOTER_RULE_Y,
    GREY_TEXT,
    HEADER_FILL,
    HEADER_RULE_Y,
    INK,
    LABEL_FILL,
    MARGIN_X,
    PAGE_WIDTH,
    RULE_GREY,
    STAMP_RED,
    PageDecor,
    build_pdf,
    fit_font_size,
    key_value_table,
    para,
    section,
    styles,
)

ROWS_PER_TABLE = 40
_BOLD = 2


@dataclass(frozen=True)
class MethodFigures:
    label: str
    payments: int
    collected_fen: int
    voids: int
    voided_fen: int
    expected_fen: int  # what should be there at the end (cash: with float and movements)
    counted_fen: int | None = None

    @property
    def net_fen(self) -> int:
        return self.collected_fen - self.voided_fen

    @property
    def difference_fen(self) -> int | None:
        return None if self.counted_fen is None else self.counted_fen - self.expected_fen


@dataclass(frozen=True)
class CashFigures:
    float_fen: int
    collected_fen: int
    returned_fen: int
    paid_in_fen: int
    paid_out_fen: int
    counted_fen: int | None = None

    @property
    def expected_fen(self) -> int:
        return (
            self.float_fen
            + self.collected_fen
            - self.returned_fen
            + self.paid_in_fen
            - self.paid_out_fen
        )


@dataclass(frozen=True)
class DenominationCount:
    label: str  # 100元, 5角
    value_fen: int
    count: int

    @property
    def amount_fen(self) -> int:
        return self.value_fen * self.count


@dataclass(frozen=True)
class MovementRow:
    time_text: str
    direction_label: str  # 缴入 / 取出
    amount_fen: int
    reason: str
    clerk: str


@dataclass(frozen=True)
class PaymentRow:
    receipt_no: str
    time_text: str
    case_no: str
    payer: str
    method_label: str
    amount_fen: int
    note: str  # 已作废 … / 已退费 …


@dataclass(frozen=True)
class VoidRow:
    receipt_no: str
    time_text: str
    kind_label: str  # 作废 / 退费
    method_label: str
    amount_fen: int
    reason: str
    supervisor: str
    original: str  # 本窗口 2026-11-27 / 05号窗口 2026-11-20


@dataclass(frozen=True)
class DayReport:
    letterhead: Letterhead
    kind: str  # "X" or "Z"
    day: date
    status_text: str
    z_no: int | None
    opened_text: str
    methods: tuple[MethodFigures, ...]
    cash: CashFigures
    denominations: tuple[DenominationCount, ...] = ()
    movements: tuple[MovementRow, ...] = ()
    payments: tuple[PaymentRow, ...] = ()
    voids: tuple[VoidRow, ...] = ()
    receipt_range_text: str = ""
    difference_reason: str = ""
    closed_text: str = ""
    notes: tuple[str, ...] = ()


def report_title(doc: DayReport) -> str:
    if doc.kind == "Z":
        return "收费日结报表（Z）"
    return "收费日报（X）"


def report_ref(doc: DayReport) -> str:
    """An ASCII reference for the PDF's title: Z-03-20261127-0001 or X-03-20261127."""
    base = f"{doc.kind}-{doc.letterhead.window_code}-{doc.day:%Y%m%d}"
    return f"{base}-{doc.z_no:04d}" if doc.z_no else base


class _ReportDecor(PageDecor):
    """Center, title, window and day on every page; no barcode (nothing to scan)."""

    def __init__(self, doc: DayReport) -> None:
        super().__init__(report_title(doc), doc.letterhead, report_ref(doc), None)
        self.doc = doc

    def draw(self, canvas: Canvas, page_no: int, page_count: int) -> None:
        font = register_fonts()
        doc = self.doc
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(font, 11)
        canvas.drawString(MARGIN_X, HEADER_RULE_Y + 19 * mm, doc.letterhead.center_name)
        canvas.setFont(font, 18)
        canvas.setLineWidth(0.5)
        canvas.drawCentredString(
            PAGE_WIDTH / 2, HEADER_RULE_Y + 9.5 * mm, self.title, mode=_BOLD, charSpace=2
        )
        sub = f"{doc.letterhead.window_code}号窗口　营业日 {doc.day:%Y-%m-%d}　{doc.status_text}"
        if doc.z_no:
            sub += f"　Z 报表第 {doc.z_no:04d} 号"
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(font, fit_font_size(sub, font, 9.5, CONTENT_WIDTH, 6))
        canvas.drawCentredString(PAGE_WIDTH / 2, HEADER_RULE_Y + 3 * mm, sub)
        if doc.kind == "X":
            canvas.setFillColor(STAMP_RED)
            canvas.setFont(font, 9)
            canvas.drawRightString(
                PAGE_WIDTH - MARGIN_X, HEADER_RULE_Y + 19 * mm, "中间报表，不作日结"
            )
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, HEADER_RULE_Y, PAGE_WIDTH - MARGIN_X, HEADER_RULE_Y)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_RULE_Y, PAGE_WIDTH - MARGIN_X, FOOTER_RULE_Y)
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(font, 8)
        lh = doc.letterhead
        footer = f"打印：{lh.clerk_name}　{lh.printed_at:%Y-%m-%d %H:%M}"
        canvas.drawString(MARGIN_X, FOOTER_RULE_Y - 5 * mm, footer)
        pages = f"第 {page_no} 页 共 {page_count} 页"
        canvas.setFillColor(INK)
        canvas.setFont(font, 9)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_RULE_Y - 5 * mm, pages)
        canvas.restoreState()


_GRID: list[tuple[Any, ...]] = [
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("LEADING", (0, 0), (-1, -1), 11),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]


def _grid(
    rows: list[list[Any]], widths: Sequence[float], extra: Sequence[tuple[Any, ...]] = ()
) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), register_fonts())]
            + _GRID
            + [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                *extra,
            ]
        )
    )
    return table


def _diff(fen: int | None) -> str:
    if fen is None:
        return "—"
    if fen == 0:
        return "平"
    return ("长款 +" if fen > 0 else "短款 ") + format_fen(fen).replace("-", "−")


def _methods_table(doc: DayReport) -> Table:
    header = [
        ["缴费方式", "收款", "", "作废/退费", "", "净额", "应有", "实点", "差额"],
        ["", "笔数", "金额", "笔数", "金额", "", "", "", ""],
    ]
    rows: list[list[Any]] = list(header)
    for m in doc.methods:
        rows.append(
            [
                m.label,
                str(m.payments),
                format_fen(m.collected_fen),
                str(m.voids),
                format_fen(m.voided_fen),
                format_fen(m.net_fen),
                format_fen(m.expected_fen),
                "—" if m.counted_fen is None else format_fen(m.counted_fen),
                _diff(m.difference_fen),
            ]
        )
    counted = [m.counted_fen for m in doc.methods]
    rows.append(
        [
            "合计",
            str(sum(m.payments for m in doc.methods)),
            format_fen(sum(m.collected_fen for m in doc.methods)),
            str(sum(m.voids for m in doc.methods)),
            format_fen(sum(m.voided_fen for m in doc.methods)),
            format_fen(sum(m.net_fen for m in doc.methods)),
            format_fen(sum(m.expected_fen for m in doc.methods)),
            "—" if None in counted else format_fen(sum(c or 0 for c in counted)),
            "—" if None in counted else _diff(sum((m.difference_fen or 0) for m in doc.methods)),
        ]
    )
    widths = [16 * mm, 11 * mm, 21 * mm, 11 * mm, 18 * mm, 21 * mm, 21 * mm, 21 * mm, 0.0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    last = len(rows) - 1
    table = Table(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), register_fonts())]
            + _GRID
            + [
                ("BACKGROUND", (0, 0), (-1, 1), HEADER_FILL),
                ("ALIGN", (0, 0), (-1, 1), "CENTER"),
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (3, 0), (4, 0)),
                *[("SPAN", (c, 0), (c, 1)) for c in (0, 5, 6, 7, 8)],
                ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 2), (0, -1), "CENTER"),
                ("BACKGROUND", (0, last), (-1, last), LABEL_FILL),
            ]
        )
    )
    return table


def _cash_table(doc: DayReport) -> Table:
    c = doc.cash
    rows: list[list[Any]] = [
        ["项目", "金额"],
        ["备用金（开班）", format_fen(c.float_fen)],
        ["＋ 现金收款", format_fen(c.collected_fen)],
        ["－ 现金作废/退费", format_fen(c.returned_fen)],
        ["＋ 缴入", format_fen(c.paid_in_fen)],
        ["－ 取出", format_fen(c.paid_out_fen)],
        ["＝ 应有现金", format_fen(c.expected_fen)],
    ]
    if c.counted_fen is not None:
        rows.append(["实点现金", format_fen(c.counted_fen)])
        rows.append(["差额", _diff(c.counted_fen - c.expected_fen)])
    return _grid(
        rows,
        [45 * mm, 35 * mm],
        [("ALIGN", (1, 1), (1, -1), "RIGHT"), ("BACKGROUND", (0, 6), (-1, 6), LABEL_FILL)],
    )


def _denomination_table(doc: DayReport) -> Table:
    rows: list[list[Any]] = [["面额", "张(枚)数", "金额"]]
    for d in doc.denominations:
        rows.append([d.label, str(d.count), format_fen(d.amount_fen)])
    rows.append(
        [
            "合计",
            str(sum(d.count for d in doc.denominations)),
            format_fen(sum(d.amount_fen for d in doc.denominations)),
        ]
    )
    last = len(rows) - 1
    return _grid(
        rows,
        [22 * mm, 22 * mm, 30 * mm],
        [
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("BACKGROUND", (0, last), (-1, last), LABEL_FILL),
        ],
    )


def _side_by_side(left: Flowable, right: Flowable, left_width: float) -> Table:
    table = Table(
        [[left, right]], colWidths=[left_width, CONTENT_WIDTH - left_width], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class LedgerTable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A long ruled list of plain strings, drawn straight onto the canvas.

    The payment list of a busy day has thousands of rows. A reportlab Table draws every
    cell as a text object of its own, with its style looked up, and splits again at every
    page; here each page is one text object and one path of rules, three to four times
    faster, so a 2,000-payment Z report stays within its second. Looks like ``_grid``.
    """

    ROW = 12.0
    SIZE = 8.5

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        aligns: Sequence[str],  # "L", "R" or "C" per column
        red_column: int | None = None,
    ) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = list(rows)
        self.widths = list(widths)
        self.aligns = list(aligns)
        self.red_column = red_column
        self.width = sum(self.widths)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.ROW * (1 + len(self.rows))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int(availHeight // self.ROW) - 1  # less the repeated header
        if fit < 2:
            return []
        if fit >= len(self.rows):
            return [self]
        return [
            LedgerTable(self.header, self.rows[:fit], self.widths, self.aligns, self.red_column),
            LedgerTable(self.header, self.rows[fit:], self.widths, self.aligns, self.red_column),
        ]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        font = register_fonts()
        height = self.ROW * (1 + len(self.rows))
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, height - self.ROW, self.width, self.ROW, stroke=0, fill=1)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.4)
        lines: list[tuple[float, float, float, float]] = [
            (0.0, y * self.ROW, self.width, y * self.ROW) for y in range(len(self.rows) + 2)
        ]
        x = 0.0
        for w in [0.0, *self.widths]:
            x += w
            lines.append((x, 0.0, x, height))
        canvas.lines(lines)
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)
        text = canvas.beginText()
        text.setFont(font, self.SIZE)
        text.setFillColor(INK)
        red = canvas.beginText()
        red.setFont(font, self.SIZE)
        red.setFillColor(STAMP_RED)
        for i, row in enumerate([self.header, *self.rows]):
            baseline = height - (i + 1) * self.ROW + 3.3
            for col, cell in enumerate(row):
                if not cell:
                    continue
                left, right = edges[col] + 3, edges[col + 1] - 3
                align = "C" if i == 0 else self.aligns[col]
                if align == "L":
                    at = left
                else:
                    w = float(stringWidth(cell, font, self.SIZE))
                    at = right - w if align == "R" else (left + right - w) / 2
                target = red if i and col == self.red_column else text
                target.setTextOrigin(at, baseline)
                target.textOut(cell)
        canvas.drawText(text)
        canvas.drawText(red)
        canvas.restoreState()


def _chunked(
    header: list[str],
    rows: list[list[Any]],
    widths: Sequence[float],
    extra: Sequence[tuple[Any, ...]],
) -> list[Flowable]:
    out: list[Flowable] = []
    for start in range(0, len(rows), ROWS_PER_TABLE):
        out.append(_grid([header, *rows[start : start + ROWS_PER_TABLE]], widths, extra))
    return out


@lru_cache(maxsize=4096)
def _clip(text: str, width: float, size: float = 8.5) -> str:
    """Plain-string cells cannot wrap: shorten a long payer or reason with an ellipsis.

    Cached and bisected: a 2,000-payment day repeats payers, and the Z report must be
    ready in a second.
    """
    font = register_fonts()
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low] + "…"


def receipt_prefix(numbers: Sequence[str]) -> str:
    """ "320117-03-2026-" when every receipt shares it (one window, one year): the list
    then prints only the serial, and the header says the rest."""
    if not numbers:
        return ""
    head = numbers[0].rsplit("-", 1)[0] + "-"
    return head if all(n.startswith(head) for n in numbers) else ""


def _payments(doc: DayReport) -> list[Flowable]:
    prefix = receipt_prefix([p.receipt_no for p in doc.payments])
    widths = [
        9 * mm,
        19 * mm if prefix else 38 * mm,
        11 * mm,
        40 * mm,
        0.0,
        16 * mm,
        20 * mm,
        20 * mm,
    ]
    widths[4] = CONTENT_WIDTH - sum(widths)
    header = ["序", "收据号", "时间", "办件编号", "缴款人", "方式", "金额", "备注"]
    rows = [
        [
            str(n),
            p.receipt_no[len(prefix) :],
            p.time_text,
            p.case_no,
            _clip(p.payer, widths[4] - 6),
            p.method_label,
            format_fen(p.amount_fen),
            _clip(p.note, widths[7] - 6),
        ]
        for n, p in enumerate(doc.payments, start=1)
    ]
    out: list[Flowable] = []
    if prefix:
        out.append(para(f"收据号前缀 {prefix}，下表只列流水号。", styles().note))
    return [*out, LedgerTable(header, rows, widths, "RLLLLLRL", red_column=7)]


def _voids(doc: DayReport) -> list[Flowable]:
    widths = [38 * mm, 11 * mm, 11 * mm, 16 * mm, 20 * mm, 0.0, 16 * mm, 30 * mm]
    widths[5] = CONTENT_WIDTH - sum(widths)
    header = ["原收据号", "时间", "类别", "方式", "金额", "原因", "批准人", "原收款"]
    rows = [
        [
            v.receipt_no,
            v.time_text,
            v.kind_label,
            v.method_label,
            format_fen(v.amount_fen),
            _clip(v.reason, widths[5] - 6),
            v.supervisor,
            _clip(v.original, widths[7] - 6),
        ]
        for v in doc.voids
    ]
    return _chunked(header, rows, widths, [("ALIGN", (4, 1), (4, -1), "RIGHT")])


def _movements(doc: DayReport) -> list[Flowable]:
    widths = [14 * mm, 14 * mm, 24 * mm, 0.0, 24 * mm]
    widths[3] = CONTENT_WIDTH - sum(widths)
    header = ["时间", "类别", "金额", "事由", "经办人"]
    rows = [
        [
            m.time_text,
            m.direction_label,
            format_fen(m.amount_fen),
            _clip(m.reason, widths[3] - 6),
            m.clerk,
        ]
        for m in doc.movements
    ]
    return _chunked(header, rows, widths, [("ALIGN", (2, 1), (2, -1), "RIGHT")])


_NUMERALS = "一二三四五六七八九十"


def _story(doc: DayReport) -> list[Flowable]:
    st = styles()
    numbers = iter(_NUMERALS)

    def heading(text: str, **kwargs: Any) -> list[Flowable]:
        # Numbered as they come: a day without cash movements has no empty section.
        return section(f"{next(numbers)}、{text}", **kwargs)

    facts = [
        ("窗口", f"{doc.letterhead.window_code}号窗口"),
        ("营业日", f"{doc.day:%Y-%m-%d}"),
        ("开班", doc.opened_text or "—"),
        ("状态", doc.status_text),
        ("收据号段", doc.receipt_range_text or "本日未开收据"),
    ]
    if doc.closed_text:
        facts.append(("日结", doc.closed_text))
    story: list[Flowable] = [*heading("概况"), key_value_table(facts)]
    story += [*heading("按缴费方式汇总"), _methods_table(doc)]
    story += [
        para(
            "作废、退费按办理当日、办理窗口计入，原收款照常列示；净额 = 收款金额 − 作废/退费金额。",
            st.note,
        )
    ]
    story += heading("现金")
    if doc.denominations:
        story.append(_side_by_side(_cash_table(doc), _denomination_table(doc), 90 * mm))
    else:
        story.append(_cash_table(doc))
    if doc.difference_reason:
        story.append(para(f"差额原因：{doc.difference_reason}", st.body))
    for note in doc.notes:
        story.append(para(note, st.note))
    if doc.movements:
        story += [*heading("现金缴入与取出"), *_movements(doc)]
    story += heading("作废与退费")
    story += _voids(doc) if doc.voids else [para("无。", st.body)]
    story += heading("收款明细")
    story += _payments(doc) if doc.payments else [para("本日无收款。", st.body)]
    if doc.kind == "Z":
        story += [*heading("签字", min_space=20 * mm), _signature_row()]
    return story


def _signature_row() -> Table:
    font = register_fonts()
    w = CONTENT_WIDTH / 6
    table = Table(
        [["收款人：", "", "复核人：", "", "负责人：", ""]],
        colWidths=[w * 0.7, w * 1.3] * 3,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
                ("LINEBELOW", (5, 0), (5, 0), 0.6, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def render_day_report(doc: DayReport) -> bytes:
    """The X or Z report as PDF bytes (A4 portrait, as many pages as the day needs)."""
    return build_pdf(_ReportDecor(doc), _story(doc), subject=f"{report_title(doc)} {doc.day}")
