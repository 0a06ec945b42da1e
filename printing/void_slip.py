"""收费作废凭证 / 退费凭证: the slip printed when a supervisor voids or refunds a payment.

The original receipt is never changed or destroyed; this slip stands beside it and says
what was returned, how, why, and who approved it. It carries the original receipt
number as a Code128 barcode, so a scan opens the payment with its whole history. On A4
it prints twice (the payer's copy and the center's stub) to be cut apart, like the
receipt; on A5 once.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from printing.barcode import Code128Flowable
from printing.documents import Letterhead, format_fen
from printing.fonts import register_fonts
from printing.layout import GREY_TEXT, INK, LABEL_FILL, RULE_GREY, STAMP_RED, esc
from printing.receipt import draw_cut_line, draw_stamp

TITLES = {"void": "收费作废凭证", "refund": "退费凭证"}
PAPERS = ("a4", "a5")
_BOLD = 2


@dataclass(frozen=True)
class VoidSlip:
    letterhead: Letterhead  # who handled the void, where, and when this copy was printed
    kind: str  # void | refund
    receipt_no: str
    case_no: str
    item_name: str
    payer: str
    paid_at: datetime  # the original payment, local time
    paid_window: str
    collector_name: str
    original_total_fen: int
    original_method_label: str
    amount_fen: int
    amount_capital: str
    method_label: str  # how the money went back (the original method)
    reference: str
    reason: str
    supervisor_name: str
    handled_by: str
    voided_at: datetime  # local time
    reprint: bool = False


def _cell_style() -> ParagraphStyle:
    return ParagraphStyle(
        "vs_cell", fontName=register_fonts(), fontSize=9, leading=12, wordWrap="CJK"
    )


def _table(doc: VoidSlip, width: float) -> Table:
    st = _cell_style()
    returned = "退还" if doc.kind == "refund" else "作废退回"

    def p(text: str) -> Paragraph:
        return Paragraph(esc(text), st)

    label_w, value_w = 22 * mm, (width - 44 * mm) / 2
    rows: list[list[Any]] = [
        ["原收据号", doc.receipt_no, "原收款日期", f"{doc.paid_at:%Y-%m-%d %H:%M}"],
        ["办件编号", doc.case_no, "原收款窗口", f"{doc.paid_window}号窗口　{doc.collector_name}"],
        [
            "缴款人",
            p(doc.payer),
            "原收款金额",
            f"{format_fen(doc.original_total_fen)}（{doc.original_method_label}）",
        ],
        ["事项名称", p(doc.item_name), "", ""],
        [
            f"{returned}金额",
            Paragraph(
                f"人民币（大写）<font size=11>{esc(doc.amount_capital)}</font>"
                f"　（小写）<font size=11>{format_fen(doc.amount_fen)}</font>",
                ParagraphStyle("vs_total", parent=st, leading=15),
            ),
            "",
            "",
        ],
        [
            "退回方式",
            p(doc.method_label + (f"　参考号 {doc.reference}" if doc.reference else "")),
            "",
            "",
        ],
        ["原因", p(doc.reason), "", ""],
        ["批准负责人", doc.supervisor_name, "经办人", doc.handled_by],
        [
            "办理时间",
            f"{doc.voided_at:%Y-%m-%d %H:%M}",
            "办理窗口",
            f"{doc.letterhead.window_code}号窗口",
        ],
    ]
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    font = register_fonts()
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("BACKGROUND", (2, 0), (2, 2), LABEL_FILL),
                ("BACKGROUND", (2, 7), (2, 8), LABEL_FILL),
                ("TEXTCOLOR", (0, 0), (0, -1), GREY_TEXT),
                ("TEXTCOLOR", (2, 0), (2, -1), GREY_TEXT),
                ("SPAN", (1, 3), (3, 3)),
                ("SPAN", (1, 4), (3, 4)),
                ("SPAN", (1, 5), (3, 5)),
                ("SPAN", (1, 6), (3, 6)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _signatures(width: float) -> Table:
    font = register_fonts()
    rows = [["缴款人签收：", "", "经办人：", "", "负责人：", ""]]
    w = width / 6
    table = Table(rows, colWidths=[w * 0.8, w * 1.2] * 3)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
                ("LINEBELOW", (5, 0), (5, 0), 0.6, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _draw_copy(
    canvas: Canvas, doc: VoidSlip, x: float, y: float, w: float, h: float, copy: str
) -> None:
    font = register_fonts()
    margin = 10 * mm
    left, right, top = x + margin, x + w - margin, y + h - 8 * mm
    code = Code128Flowable(doc.receipt_no, height=9 * mm)
    code.draw_at(canvas, right - code.width, top - code.height)
    title = TITLES.get(doc.kind, TITLES["void"])
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(font, 10)
    canvas.drawString(left, top - 4 * mm, doc.letterhead.center_name)
    canvas.setFillColor(STAMP_RED)
    canvas.setFont(font, 18)
    canvas.setLineWidth(0.5)
    canvas.drawString(left, top - 12 * mm, title, mode=_BOLD, charSpace=3)
    canvas.setFillColor(GREY_TEXT)
    canvas.setFont(font, 8)
    canvas.drawString(left, top - 17 * mm, f"{copy}　原收据保持不变，本凭证与原收据一并存查")
    if doc.reprint:
        draw_stamp(canvas, left + 80 * mm, top - 14 * mm, "补打", 11)
    canvas.restoreState()

    body_top = top - 20 * mm
    bottom = y + 12 * mm
    frame = Frame(
        left,
        bottom,
        right - left,
        body_top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    story = [_table(doc, right - left), Spacer(1, 3 * mm), _signatures(right - left)]
    frame.addFromList([KeepInFrame(right - left, body_top - bottom, story, mode="shrink")], canvas)
    canvas.saveState()
    canvas.setFillColor(GREY_TEXT)
    canvas.setFont(font, 7.5)
    printed = (
        f"打印时间 {doc.letterhead.printed_at:%Y-%m-%d %H:%M}　经办人 {doc.letterhead.clerk_name}"
    )
    canvas.drawString(left, y + 7 * mm, printed)
    canvas.drawRightString(right, y + 7 * mm, "作废、退费须经负责人批准并说明原因")
    canvas.restoreState()


def render_void_slip(doc: VoidSlip, paper: str = "a4") -> bytes:
    """The slip as PDF bytes: "a4" (two copies to cut apart) or "a5" (one)."""
    if paper not in PAPERS:
        paper = "a4"  # the roll printer has no room for signatures: the A4 printer takes it
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A5) if paper == "a5" else A4
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{TITLES.get(doc.kind, '')} {doc.receipt_no}")
    canvas.setAuthor(doc.letterhead.center_name)
    canvas.setCreator("一窗通 Yichuang")
    if paper == "a5":
        _draw_copy(canvas, doc, 0, 0, size[0], size[1], "第一联　缴款人收执")
    else:
        half = size[1] / 2
        _draw_copy(canvas, doc, 0, half, size[0], half, "第一联　缴款人收执")
        _draw_copy(canvas, doc, 0, 0, size[0], half, "第二联　收款单位存根")
        draw_cut_line(canvas, half, size[0])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
