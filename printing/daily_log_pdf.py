"""工作日志（汇总）: the daily log's summary on A4, to print, check and sign.

Not every event (that is the XLSX): the figures for the hall, per window and per clerk,
every exception to the one-time rule and every void in full, the count of every event
kind, and the journal position the log covers, so the signed paper can be matched
against the file and the database later. Plain data in, PDF bytes out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.fonts import register_fonts
from printing.layout import (  # the package's own helpers
    CONTENT_WIDTH,
    MARGIN_X,
    PAGE_HEIGHT,
    _DecoratedCanvas,
    data_table,
    draw_report_frame,
    figure_grid,
    key_value_table,
    markup,
    para,
    section,
    styles,
)

TITLE = "工作日志（汇总）"
# The columns of the window and clerk tables: what a supervisor checks first. Every
# figure is on the first page for the hall as a whole.
TABLE_KEYS = (
    "accepted",
    "notice",
    "rejected",
    "exceptions",
    "inquiries",
    "payments",
    "payment_fen",
    "voids",
    "collections",
    "ratings",
    "bad_ratings",
)
# Column heads broken by hand into two-character lines: narrow columns, even wrapping.
SHORT = {
    "accepted": "受理",
    "notice": "告知",
    "rejected": "不予<br/>受理",
    "exceptions": "告知<br/>例外",
    "inquiries": "首问",
    "payments": "收费<br/>笔数",
    "payment_fen": "收费金额<br/>（元）",
    "voids": "作废<br/>退费",
    "collections": "领取<br/>送达",
    "ratings": "评价",
    "bad_ratings": "差评",
}


@dataclass(frozen=True)
class FigureRow:
    label: str
    values: tuple[str, ...]  # formatted, in the order of DailyLogSummary.figure_keys
    events: int


@dataclass(frozen=True)
class Detail:
    when: str
    window: str
    clerk: str
    what: str
    number: str
    text: str


@dataclass(frozen=True)
class DailyLogSummary:
    center_name: str
    range_text: str
    scope_text: str
    source: str
    made_at: str
    total: int
    digest: str
    figure_labels: tuple[str, ...]
    figure_keys: tuple[str, ...]
    hall: FigureRow
    windows: tuple[FigureRow, ...]
    clerks: tuple[FigureRow, ...]
    families: tuple[tuple[str, int], ...]
    kinds: tuple[tuple[str, str, int], ...]  # label, kind, count
    positions: tuple[tuple[str, ...], ...]  # window, first, last, count, last hash, head, head hash
    details: tuple[Detail, ...]


def render_daily_log(doc: DailyLogSummary) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    body_top = PAGE_HEIGHT - 30 * mm
    body_bottom = 20 * mm
    tpl = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=PAGE_HEIGHT - body_top,
        bottomMargin=body_bottom,
        title=f"{TITLE} {doc.range_text}",
        author=doc.center_name,
        subject=f"{doc.scope_text} {doc.range_text}",
        creator="一窗通 Yichuang",
    )
    frame = Frame(
        MARGIN_X, body_bottom, CONTENT_WIDTH, body_top - body_bottom, 0, 0, 0, 0, id="body"
    )
    tpl.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    tpl.build(_story(doc), canvasmaker=partial(_DecoratedCanvas, decorate=partial(_decorate, doc)))
    return buffer.getvalue()


def _decorate(doc: DailyLogSummary, canvas: Canvas, page_no: int, page_count: int) -> None:
    digest = doc.digest[:16] + "…" if doc.total else "无记录"
    draw_report_frame(
        canvas,
        top=PAGE_HEIGHT - 12 * mm,
        title=TITLE,
        title_drop=11 * mm,
        left=doc.center_name or "行政服务中心",
        right=f"{doc.scope_text}　{doc.range_text}",
        foot=14 * mm,
        footer=f"生成时间：{doc.made_at}　记录：{doc.total} 条　内容摘要：{digest}",
        page_no=page_no,
        page_count=page_count,
    )


def _story(doc: DailyLogSummary) -> list[Flowable]:
    st = styles()
    numbers = iter("一二三四五六七八九十")

    def heading(text: str, min_space: float = 26 * mm) -> list[Flowable]:
        # Numbered as they come: an empty day has no window or clerk tables.
        return section(f"{next(numbers)}、{text}", min_space=min_space)

    story: list[Flowable] = [
        *heading("导出说明"),
        key_value_table(
            [
                ("日期范围", doc.range_text),
                ("窗口范围", doc.scope_text),
                ("生成时间", doc.made_at),
                ("记录总数", "无记录" if doc.total == 0 else f"{doc.total} 条"),
                ("*数据来源", doc.source or "—"),
                ("*内容摘要", doc.digest if doc.total else "—"),
            ]
        ),
    ]
    if doc.total == 0:
        story += [
            Spacer(0, 4 * mm),
            Paragraph("无记录", _big()),
            para("该日期范围内日志中没有任何操作记录。下表为导出时各窗口日志的位置。", st.body),
        ]
    story += [*heading(f"主要数字（{doc.scope_text}）"), _hall_table(doc)]
    if doc.windows:
        story += [*heading("分窗口统计"), _figure_table(doc, doc.windows, "窗口", 20 * mm)]
    if doc.clerks:
        story += [
            *heading("分经办人统计"),
            _figure_table(doc, doc.clerks, "窗口　经办人", 34 * mm),
        ]
    story += [*heading("一次告知后例外及作废、退费明细")]
    if doc.details:
        widths = [18 * mm, 10 * mm, 22 * mm, 22 * mm, 40 * mm]
        widths.append(CONTENT_WIDTH - sum(widths))
        story.append(
            data_table(
                ["时间", "窗口", "经办人", "事件", "编号", "详情"],
                [
                    [
                        d.when,
                        d.window,
                        para(d.clerk, st.cell_small),
                        para(d.what, st.cell_small),
                        para(d.number, st.cell_small),
                        para(d.text, st.cell_small),
                    ]
                    for d in doc.details
                ],
                widths,
            )
        )
    else:
        story.append(para("本范围内没有一次告知后的例外，也没有作废或退费。", st.body))
    story += [*heading("日志位置（供核对）"), _positions_table(doc)]
    story += [
        para(
            "核对方法：同一范围再次导出，各窗口末条序号、末条哈希与内容摘要相同，即内容一致；"
            "导出时日志末条序号大于末条序号，说明其后还有记录（如当日尚未结束或之后同步到达）。",
            st.note,
        ),
        *heading("分类统计"),
        *_counts(doc),
        *heading("审核签字", min_space=28 * mm),
        _signatures(),
    ]
    return story


def _big() -> ParagraphStyle:
    return ParagraphStyle("big", parent=styles().body, fontSize=22, leading=30, alignment=1)


def _hall_table(doc: DailyLogSummary) -> Flowable:
    """Every figure of the hall, four label/value pairs to a row."""
    pairs = [
        (label + ("（元）" if key.endswith("_fen") else ""), value)
        for label, key, value in zip(
            doc.figure_labels, doc.figure_keys, doc.hall.values, strict=True
        )
    ]
    pairs.append(("日志记录", str(doc.hall.events)))
    return figure_grid(
        pairs, columns=3, label_width=33 * mm, width=CONTENT_WIDTH, values_right=True
    )


def _figure_table(
    doc: DailyLogSummary, rows: tuple[FigureRow, ...], first: str, first_w: float
) -> Flowable:
    st = styles()
    idx = [doc.figure_keys.index(k) for k in TABLE_KEYS]
    money_w = 19 * mm
    events_w = 12 * mm
    other = (CONTENT_WIDTH - first_w - money_w - events_w) / (len(TABLE_KEYS) - 1)
    widths = [first_w, events_w] + [money_w if k == "payment_fen" else other for k in TABLE_KEYS]
    header = [first, markup("记录<br/>条数", st.cell_center)] + [
        markup(SHORT[k], st.cell_center) for k in TABLE_KEYS
    ]
    body = [
        [para(r.label, st.cell_small), str(r.events), *(r.values[i] for i in idx)] for r in rows
    ]
    if len(rows) > 1:
        body.append(["合计", str(doc.hall.events), *(doc.hall.values[i] for i in idx)])
    t = data_table(header, body, widths)
    t.setStyle(
        TableStyle([("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 1), (-1, -1), 8)])
    )
    return t


def _positions_table(doc: DailyLogSummary) -> Flowable:
    st = styles()
    if not doc.positions:
        return para("日志中没有任何窗口的记录。", st.body)
    widths = [12 * mm, 14 * mm, 14 * mm, 12 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = []
    for w, first, last, count, h, head, head_hash in doc.positions:
        tail = f"{h}" if h else "—"
        if head and head != last:
            tail += f"\n导出时末条：{head} {head_hash}"
        rows.append([w, first or "—", last or "—", count, para(tail, st.cell_small)])
    return data_table(["窗口", "首条序号", "末条序号", "条数", "末条哈希（SHA-256）"], rows, widths)


def _counts(doc: DailyLogSummary) -> list[Flowable]:
    st = styles()
    fam = "；".join(f"{title} {n}" for title, n in doc.families)
    flows: list[Flowable] = [para(f"按类别：{fam}。", st.body)]
    rows = [[para(label, st.cell_small), kind, str(n)] for label, kind, n in doc.kinds]
    if rows:
        widths = [62 * mm, 72 * mm, CONTENT_WIDTH - 134 * mm]
        table = data_table(["事件", "事件类型", "条数"], rows, widths)
        table.setStyle(TableStyle([("ALIGN", (1, 1), (1, -1), "LEFT")]))
        flows.append(table)
    return flows


def _signatures() -> Flowable:
    """Who made the log and who checked it: blank lines to sign on."""
    line = "＿" * 7
    rows = [
        ["制表人（签字）：", line, "审核人（负责人签字）：", line],
        ["日期：", "＿＿年＿＿月＿＿日", "", ""],
    ]
    t = Table(rows, colWidths=[28 * mm, 50 * mm, 40 * mm, 50 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t
