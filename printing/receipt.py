"""收费收据: the fee receipt, on A5 (one copy), on A4 (two copies to cut apart) or on an
80 mm receipt roll.

Every layout carries the receipt number in red and as a Code128 barcode (scanned at any
window it opens the payment), the charged lines with their legal basis (收费公示), the
total in figures and in Chinese capitals (大写), how it was paid, the case number and
the collector. A reprint says 补打; a receipt whose payment was voided says so in red.

The capitals arrive already written (desktop/money.py): printing never computes money.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from printing.barcode import Code128Flowable
from printing.documents import Letterhead, format_fen
from printing.fonts import register_fonts
from printing.layout import GREY_TEXT, HEADER_FILL, INK, LABEL_FILL, RULE_GREY, STAMP_RED, esc

TITLE = "收费收据"
PAPERS = ("a4", "a5", "roll80")
COPY_PAYER = "第一联　缴款人收执"
COPY_STUB = "第二联　收款单位存根"

_BOLD = 2  # fill+stroke: the bundled font has no bold face (see printing/layout.py)
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
ROLL_MODULE = 0.25 * mm  # 2 dots of a 203 dpi thermal head; decodes at 200 dpi


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    basis: str
    quantity_text: str  # "1", "12.5"
    unit: str
    unit_fen: int
    rate: bool  # a rate per unit (按量计收) rather than a fixed amount per unit
    gross_fen: int
    waived_fen: int
    waiver_text: str  # "小微企业免征（…）：理由" or ""
    amount_fen: int


@dataclass(frozen=True)
class Receipt:
    letterhead: Letterhead  # printed_at is when this copy was printed
    receipt_no: str
    case_no: str
    item_name: str
    payer: str
    paid_at: datetime  # local time of the center
    lines: tuple[ReceiptLine, ...]
    total_fen: int
    total_capital: str  # 壹拾元零伍分
    method_label: str  # 现金 / 银行卡 / 移动支付
    reference: str
    tendered_fen: int | None
    change_fen: int | None
    collector_name: str
    reprint: bool = False
    voided_text: str = ""  # "已作废 2026-11-27" when the payment was voided or refunded


# ---------------------------------------------------------------------------------------
# Styles


@dataclass(frozen=True)
class _Styles:
    cell: ParagraphStyle
    small: ParagraphStyle
    basis: ParagraphStyle
    body: ParagraphStyle
    center: ParagraphStyle


@lru_cache(maxsize=4)
def _styles(scale: float = 1.0) -> _Styles:
    font = register_fonts()
    cell = ParagraphStyle(
        "rc_cell", fontName=font, fontSize=9 * scale, leading=11.5 * scale, wordWrap="CJK"
    )
    return _Styles(
        cell=cell,
        small=ParagraphStyle("rc_small", parent=cell, fontSize=7.5 * scale, leading=9.5 * scale),
        basis=ParagraphStyle(
            "rc_basis",
            parent=cell,
            fontSize=7 * scale,
            leading=8.8 * scale,
            textColor=GREY_TEXT,
        ),
        body=ParagraphStyle("rc_body", parent=cell, fontSize=9.5 * scale, leading=13 * scale),
        center=ParagraphStyle("rc_center", parent=cell, alignment=TA_CENTER),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def price_text(line: ReceiptLine) -> str:
    per = f"/{line.unit}" if line.unit else ""
    return f"{format_fen(line.unit_fen)}{per}"


def quantity_label(line: ReceiptLine) -> str:
    return f"{line.quantity_text}{line.unit}"


def method_text(doc: Receipt) -> str:
    """现金　实收 ¥100.00　找零 ¥19.95 / 银行卡　参考号 …"""
    parts = [doc.method_label]
    if doc.tendered_fen is not None:
        parts.append(f"实收 {format_fen(doc.tendered_fen)}")
        parts.append(f"找零 {format_fen(doc.change_fen or 0)}")
    if doc.reference:
        label = "交易单号" if doc.method_label == "移动支付" else "参考号"
        parts.append(f"{label} {doc.reference}")
    return "　".join(parts)


# ---------------------------------------------------------------------------------------
# A5 / A4


def _sheet_story(doc: Receipt, width: float) -> list[Flowable]:
    """One copy's body under the printed header: facts, lines, total, payment."""
    st = _styles()
    font = register_fonts()
    facts = Table(
        [
            ["缴款人", _p(doc.payer, st.cell), "收款日期", f"{doc.paid_at:%Y-%m-%d %H:%M}"],
            ["办件编号", doc.case_no, "收款窗口", f"{doc.letterhead.window_code}号窗口"],
            ["事项名称", _p(doc.item_name, st.cell), "", ""],
        ],
        colWidths=[18 * mm, width - 18 * mm - 18 * mm - 42 * mm, 18 * mm, 42 * mm],
    )
    facts.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("BACKGROUND", (2, 0), (2, 1), LABEL_FILL),
                ("TEXTCOLOR", (0, 0), (0, -1), GREY_TEXT),
                ("TEXTCOLOR", (2, 0), (2, 1), GREY_TEXT),
                ("SPAN", (1, 2), (3, 2)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return [facts, Spacer(1, 2 * mm), _lines_table(doc, width), _method_block(doc, width)]


def _lines_table(doc: Receipt, width: float) -> Table:
    """序号 / 收费项目 / 数量 / 标准 / 减免 / 金额, each line's basis on a row of its own
    across the full width (the bases are long; in a column they would take a page)."""
    st = _styles()
    font = register_fonts()
    widths = [9 * mm, 0.0, 20 * mm, 27 * mm, 20 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    data: list[list[Any]] = [["序号", "收费项目", "数量", "标准", "减免", "金额"]]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("ALIGN", (3, 1), (5, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for number, line in enumerate(doc.lines, start=1):
        data.append(
            [
                str(number),
                _p(line.name, st.cell),
                quantity_label(line),
                price_text(line),
                format_fen(-line.waived_fen) if line.waived_fen else "—",
                format_fen(line.amount_fen),
            ]
        )
        notes = [f"依据：{esc(line.basis)}"] if line.basis else []
        if line.waiver_text:
            notes.append(f"<font color='#c71414'>减免：{esc(line.waiver_text)}</font>")
        if notes:
            r = len(data)
            data.append(["", Paragraph("<br/>".join(notes), st.basis), "", "", "", ""])
            commands.append(("SPAN", (1, r), (5, r)))
            commands.append(("LINEABOVE", (1, r), (5, r), 0.25, colors.Color(0.8, 0.8, 0.8)))
            commands.append(("TOPPADDING", (0, r), (-1, r), 0.5))
            commands.append(("SPAN", (0, r - 1), (0, r)))
    r = len(data)
    data.append(
        [
            "合计",
            Paragraph(
                f"人民币（大写）<font size=11>{esc(doc.total_capital)}</font>",
                ParagraphStyle("rc_total", parent=st.cell, leading=14),
            ),
            "",
            "",
            "（小写）",
            format_fen(doc.total_fen),
        ]
    )
    commands += [
        ("SPAN", (1, r), (3, r)),
        ("BACKGROUND", (0, r), (-1, r), LABEL_FILL),
        ("FONTSIZE", (5, r), (5, r), 10.5),
        ("ALIGN", (4, r), (4, r), "RIGHT"),
        ("ALIGN", (0, r), (0, r), "CENTER"),
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _method_block(doc: Receipt, width: float) -> Table:
    st = _styles()
    font = register_fonts()
    rows = [
        ["缴费方式", _p(method_text(doc), st.cell)],
    ]
    table = Table(rows, colWidths=[18 * mm, width - 18 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("TEXTCOLOR", (0, 0), (0, -1), GREY_TEXT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _draw_sheet(
    canvas: Canvas, doc: Receipt, x: float, y: float, w: float, h: float, copy: str
) -> None:
    """One copy in the box (x, y, w, h): header drawn, body flowed, footer drawn."""
    font = register_fonts()
    margin = 10 * mm
    left, right, top = x + margin, x + w - margin, y + h - 8 * mm
    code = Code128Flowable(doc.receipt_no, height=9 * mm)
    code.draw_at(canvas, right - code.width, top - code.height)

    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(font, 10)
    canvas.drawString(left, top - 4 * mm, doc.letterhead.center_name)
    canvas.setFont(font, 18)
    canvas.setLineWidth(0.5)
    canvas.drawString(left, top - 12 * mm, TITLE, mode=_BOLD, charSpace=4)
    canvas.setFillColor(STAMP_RED)
    canvas.setFont(font, 11)
    canvas.drawString(left + 46 * mm, top - 12 * mm, f"No. {doc.receipt_no}")
    if copy:
        draw_copy_label(canvas, x, y, h, copy)
    if doc.reprint:
        draw_stamp(canvas, left + 40 * mm, top - 19.5 * mm, "补打", 11)
    canvas.restoreState()

    body_top = top - 20 * mm
    footer_h = 9 * mm
    frame = Frame(
        left,
        y + 6 * mm + footer_h,
        right - left,
        body_top - (y + 6 * mm + footer_h),
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        showBoundary=0,
    )
    story = _sheet_story(doc, right - left)
    frame.addFromList([KeepInFrame(right - left, frame._height, story, mode="shrink")], canvas)

    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(font, 9)
    fy = y + 6 * mm + footer_h - 5 * mm
    canvas.drawString(left, fy, f"收款单位（盖章）：{doc.letterhead.center_name}")
    collector = f"收款人：{doc.collector_name}"
    canvas.drawRightString(right, fy, collector)
    canvas.setFillColor(GREY_TEXT)
    canvas.setFont(font, 7.5)
    printed = f"打印时间 {doc.letterhead.printed_at:%Y-%m-%d %H:%M}"
    if doc.reprint:
        printed += f"（补打，经办人 {doc.letterhead.clerk_name}）"
    canvas.drawString(left, fy - 4 * mm, printed)
    canvas.drawRightString(right, fy - 4 * mm, "本收据须与所列收费依据一致，请妥善保管")
    canvas.restoreState()
    if doc.voided_text:
        _void_stamp(canvas, x + w / 2, y + h / 2, doc.voided_text)


def draw_copy_label(canvas: Canvas, x: float, y: float, h: float, copy: str) -> None:
    """第一联 / 第二联 under the title of the copy in the box at (x, y) of height h."""
    canvas.saveState()
    canvas.setFillColor(GREY_TEXT)
    canvas.setFont(register_fonts(), 8)
    canvas.drawString(x + 10 * mm, y + h - 25 * mm, copy)
    canvas.restoreState()


def draw_stamp(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """A boxed red word (补打)."""
    font = register_fonts()
    width = stringWidth(text, font, size) + 4 * mm
    canvas.saveState()
    canvas.setStrokeColor(STAMP_RED)
    canvas.setFillColor(STAMP_RED)
    canvas.setLineWidth(1)
    canvas.rect(x, y, width, size + 2.5 * mm, stroke=1, fill=0)
    canvas.setFont(font, size)
    canvas.setLineWidth(0.4)
    canvas.drawString(x + 2 * mm, y + 1.6 * mm, text, mode=_BOLD)
    canvas.restoreState()


def _void_stamp(canvas: Canvas, cx: float, cy: float, text: str) -> None:
    """A large red slanted 作废 across the copy, as a cashier's rubber stamp would be."""
    font = register_fonts()
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.rotate(18)
    canvas.setStrokeColor(STAMP_RED)
    canvas.setFillColor(STAMP_RED)
    canvas.setLineWidth(2)
    width = max(70 * mm, stringWidth(text, font, 12) + 10 * mm)
    canvas.rect(-width / 2, -11 * mm, width, 22 * mm, stroke=1, fill=0)
    canvas.setFont(font, 26)
    canvas.setLineWidth(0.8)
    canvas.drawCentredString(0, 0, "作　废", mode=_BOLD)
    canvas.setFont(font, 10)
    canvas.drawCentredString(0, -8 * mm, text)
    canvas.restoreState()


def draw_cut_line(canvas: Canvas, y: float, width: float) -> None:
    font = register_fonts()
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
    canvas.setDash(3, 2)
    canvas.setLineWidth(0.5)
    canvas.line(8 * mm, y, width - 8 * mm, y)
    canvas.setFillColor(GREY_TEXT)
    canvas.setFont(font, 7)
    label = " 沿此线裁开 "
    lw = stringWidth(label, font, 7)
    canvas.setFillColor(colors.white)
    canvas.rect(width / 2 - lw / 2, y - 3, lw, 6, stroke=0, fill=1)
    canvas.setFillColor(GREY_TEXT)
    canvas.drawCentredString(width / 2, y - 2.4, label)
    canvas.restoreState()


def _new_canvas(buffer: io.BytesIO, size: tuple[float, float], doc: Receipt) -> Canvas:
    # invariant: same data, same bytes, so the hash in the journal can be reproduced.
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{TITLE} {doc.receipt_no}")
    canvas.setAuthor(doc.letterhead.center_name)
    canvas.setSubject(f"{doc.item_name} {doc.case_no}")
    canvas.setCreator("一窗通 Yichuang")
    return canvas


def render_receipt(doc: Receipt, paper: str = "a4") -> bytes:
    """The receipt as PDF bytes on ``paper``: "a4" (two copies), "a5" or "roll80"."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; one of {PAPERS}")
    if paper == "roll80":
        return _render_roll(doc)
    register_fonts()
    buffer = io.BytesIO()
    if paper == "a5":
        size = landscape(A5)
        canvas = _new_canvas(buffer, size, doc)
        _draw_sheet(canvas, doc, 0, 0, size[0], size[1], COPY_PAYER)
    else:
        width, height = A4
        canvas = _new_canvas(buffer, A4, doc)
        half = height / 2
        # The two copies are one drawing placed twice (a PDF form XObject): laid out
        # once, half the time, and the copies cannot differ except in their label.
        canvas.beginForm("sheet")
        _draw_sheet(canvas, doc, 0, 0, width, half, "")
        canvas.endForm()
        for y, copy in ((half, COPY_PAYER), (0.0, COPY_STUB)):
            canvas.saveState()
            canvas.translate(0, y)
            canvas.doForm("sheet")
            canvas.restoreState()
            draw_copy_label(canvas, 0, y, half, copy)
        draw_cut_line(canvas, half, width)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------
# 80 mm roll


class _Rule(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A dashed rule across the roll, as receipt printers print them."""

    def __init__(self, dashed: bool = True) -> None:
        super().__init__()
        self.dashed = dashed
        self._w = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._w = availWidth
        return availWidth, 3 * mm

    def draw(self) -> None:
        self.canv.saveState()
        if self.dashed:
            self.canv.setDash(2, 1.5)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1.5 * mm, self._w, 1.5 * mm)
        self.canv.restoreState()


class _Centered(Flowable):  # type: ignore[misc]
    """Centres a fixed-width flowable (the barcode) in the roll's width."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner
        self._w = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._w = availWidth
        w, h = self.inner.wrap(availWidth, availHeight)
        return availWidth, h

    def draw(self) -> None:
        self.inner.drawOn(self.canv, (self._w - self.inner.width) / 2, 0)


def _pair(left: str, right: str, style: ParagraphStyle, width: float) -> Table:
    table = Table([[_p(left, style), right]], colWidths=[width - 26 * mm, 26 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("FONTSIZE", (0, 0), (-1, -1), style.fontSize),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _roll_story(doc: Receipt, width: float) -> list[Flowable]:
    st = _styles()
    # A thermal head prints grey as a dither that blurs small Chinese: all black here.
    st = _Styles(
        st.cell,
        st.small,
        ParagraphStyle("rc_roll_basis", parent=st.basis, textColor=INK),
        st.body,
        st.center,
    )
    title = ParagraphStyle("rc_roll_title", parent=st.center, fontSize=15, leading=19)
    red = ParagraphStyle("rc_roll_no", parent=st.center, fontSize=9, textColor=STAMP_RED)
    story: list[Flowable] = [
        _p(doc.letterhead.center_name, st.center),
        Paragraph(f"<b>{TITLE}</b>", title),
        _p(f"No. {doc.receipt_no}", red),
    ]
    if doc.reprint:
        story.append(Paragraph("<font color='#c71414'>【补打】</font>", st.center))
    if doc.voided_text:
        story.append(
            Paragraph(f"<font color='#c71414'>【已作废】{esc(doc.voided_text)}</font>", st.center)
        )
    story += [
        Spacer(1, 1 * mm),
        _Centered(Code128Flowable(doc.receipt_no, module_width=ROLL_MODULE, height=10 * mm)),
        _Rule(),
        _p(f"收款日期：{doc.paid_at:%Y-%m-%d %H:%M}", st.cell),
        _p(f"窗口：{doc.letterhead.window_code}号窗口　收款人：{doc.collector_name}", st.cell),
        _p(f"缴款人：{doc.payer}", st.cell),
        _p(f"办件编号：{doc.case_no}", st.cell),
        _p(f"事项：{doc.item_name}", st.cell),
        _Rule(),
    ]
    for number, line in enumerate(doc.lines, start=1):
        story.append(_pair(f"{number}. {line.name}", format_fen(line.amount_fen), st.cell, width))
        detail = f"{quantity_label(line)} × {price_text(line)}"
        if line.waived_fen:
            detail += f"，减免 {format_fen(line.waived_fen)}"
        story.append(_p(detail, st.small))
        if line.waiver_text:
            story.append(_p(f"减免：{line.waiver_text}", st.basis))
        if line.basis:
            story.append(_p(f"依据：{line.basis}", st.basis))
        story.append(Spacer(1, 1 * mm))
    story += [
        _Rule(dashed=False),
        _pair(
            "合计",
            format_fen(doc.total_fen),
            ParagraphStyle("rc_sum", parent=st.body, fontSize=11, leading=14),
            width,
        ),
        _p(f"大写：人民币{doc.total_capital}", st.cell),
        _p(f"缴费方式：{method_text(doc)}", st.cell),
        _Rule(),
        _p(f"收款单位：{doc.letterhead.center_name}", st.small),
        _p(
            f"打印时间 {doc.letterhead.printed_at:%Y-%m-%d %H:%M}"
            + (f"（补打，经办人 {doc.letterhead.clerk_name}）" if doc.reprint else ""),
            st.small,
        ),
        _p("请妥善保管本收据；扫描条码可查询本笔收费。", st.small),
    ]
    return story


def _render_roll(doc: Receipt) -> bytes:
    register_fonts()
    width = ROLL_WIDTH - 2 * ROLL_MARGIN
    story = _roll_story(doc, width)
    # The roll has no fixed length: measure the story, then make the page that long.
    height = sum(_flow_height(f, width) for f in story) + 2 * ROLL_MARGIN + 4 * mm
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, (ROLL_WIDTH, height), doc)
    frame = Frame(
        ROLL_MARGIN,
        ROLL_MARGIN,
        width,
        height - 2 * ROLL_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    frame.addFromList(list(_roll_story(doc, width)), canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _flow_height(flowable: Flowable, width: float) -> float:
    _w, h = flowable.wrap(width, 10_000)
    return float(h) + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def line_rows(lines: Sequence[ReceiptLine]) -> list[tuple[str, str, str]]:
    """(name, quantity × price, amount) for screens that mirror the receipt."""
    return [
        (line.name, f"{quantity_label(line)} × {price_text(line)}", format_fen(line.amount_fen))
        for line in lines
    ]
