"""窗口服务月度评议: the monthly ranking on A4 landscape, with the weights it used.

The weights and the formula are printed beside the figures so anyone can recompute a
score with a pencil; the 红旗窗口, the 最差窗口 and the 服务明星 are named at the top.
Plain data in, PDF bytes out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from printing.fonts import register_fonts
from printing.layout import (  # the package's own helpers
    INK,
    STAMP_RED,
    _DecoratedCanvas,
    data_table,
    draw_report_frame,
    figure_grid,
    markup,
    para,
    section,
    styles,
)

TITLE = "窗口服务月度评议"
PAGE_W, PAGE_H = landscape(A4)
MARGIN = 15 * mm
WIDTH = PAGE_W - 2 * MARGIN
FORMULA = (
    "得分 = 按时办结率 × 按时权重 + (平均评价 − 1) ÷ 4 × 满意度权重 + 首问按时答复率 × 首问权重"
    " + 工作量 ÷ 最大工作量 × 工作量权重 − 逾期件数 × 逾期扣分 − 告知例外次数 × 例外扣分"
    " − 差评个数 × 差评扣分。某项无可计数据时按全厅水平计；工作量不足最大工作量十分之一的不参评。"
    "同分时差评少者、逾期少者、工作量大者在前。"
)


@dataclass(frozen=True)
class RankRow:
    rank: str
    label: str
    finished: str
    on_time: str
    overdue: str
    exceptions: str
    ratings: str
    average: str
    bad: str
    inquiries: str
    volume: str
    score: str


@dataclass(frozen=True)
class RankingReport:
    center_name: str
    month: str
    period: str
    made_at: str
    source: str
    weights: tuple[tuple[str, str], ...]
    red_flag: str
    red_flag_score: str
    worst: str
    worst_score: str
    star: str
    windows: tuple[RankRow, ...]
    clerks: tuple[RankRow, ...]


HEADERS = (
    "名次",
    "",
    "办结<br/>件数",
    "按时<br/>办结率",
    "逾期<br/>件数",
    "告知<br/>例外",
    "评价<br/>个数",
    "平均<br/>评价",
    "差评",
    "首问按时<br/>答复率",
    "工作量",
    "得分",
)


def render_ranking(doc: RankingReport) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    top, bottom = PAGE_H - 27 * mm, 17 * mm
    tpl = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=PAGE_H - top,
        bottomMargin=bottom,
        title=f"{TITLE} {doc.month}",
        author=doc.center_name,
        creator="一窗通 Yichuang",
    )
    frame = Frame(MARGIN, bottom, WIDTH, top - bottom, 0, 0, 0, 0, id="body")
    tpl.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    tpl.build(_story(doc), canvasmaker=partial(_DecoratedCanvas, decorate=partial(_decorate, doc)))
    return buffer.getvalue()


def _decorate(doc: RankingReport, canvas: Canvas, page_no: int, page_count: int) -> None:
    draw_report_frame(
        canvas,
        top=PAGE_H - 11 * mm,
        title=TITLE,
        title_drop=9 * mm,
        left=doc.center_name or "行政服务中心",
        right=f"评议月份：{doc.month}（{doc.period}）",
        foot=12 * mm,
        footer=f"生成时间：{doc.made_at}　数据来源：{doc.source or '—'}",
        page_no=page_no,
        page_count=page_count,
        margin=MARGIN,
        page_width=PAGE_W,
        left_share=1 / 3,
    )


def _story(doc: RankingReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [_verdict(doc)]
    story += [*section("一、窗口排名"), _table(doc.windows, "窗口")]
    if doc.clerks:
        story += [*section("二、工作人员排名"), _table(doc.clerks, "工作人员")]
    story += [*section("三、评分权重与计算方法", min_space=35 * mm), _weights(doc)]
    story += [para(FORMULA, st.note)]
    story += [*section("四、审核签字", min_space=24 * mm), _signatures()]
    return story


def _verdict(doc: RankingReport) -> Flowable:
    """The names a supervisor announces: 红旗窗口, 最差窗口, 服务明星."""
    st = styles()
    red = f"{doc.red_flag}（{doc.red_flag_score} 分）" if doc.red_flag else "本月无参评窗口"
    worst = (
        f"{doc.worst}（{doc.worst_score} 分）" if doc.worst else "参评窗口不足两个，不评最差窗口"
    )
    cells = [
        [
            markup(f'<font color="#c71414" size="13">红旗窗口</font><br/>{_esc(red)}', st.cell),
            markup(f'<font size="13">最差窗口</font><br/>{_esc(worst)}', st.cell),
            markup(f'<font size="13">服务明星</font><br/>{_esc(doc.star or "—")}', st.cell),
        ]
    ]
    t = Table(cells, colWidths=[WIDTH / 3] * 3, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 1.2, STAMP_RED),
                ("BOX", (1, 0), (1, 0), 0.8, INK),
                ("BOX", (2, 0), (2, 0), 0.8, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def _esc(text: str) -> str:
    from printing.layout import esc

    return esc(text)


def _table(rows: tuple[RankRow, ...], what: str) -> Flowable:
    st = styles()
    label_w = 62 * mm
    rest = (WIDTH - 12 * mm - label_w) / 10
    widths = [12 * mm, label_w] + [rest] * 10
    header = [markup(h if h else what, st.cell_center) for h in HEADERS]
    body = [
        [
            r.rank or "—",
            para(r.label, st.cell),
            r.finished,
            r.on_time,
            r.overdue,
            r.exceptions,
            r.ratings,
            r.average,
            r.bad,
            r.inquiries,
            r.volume,
            r.score,
        ]
        for r in rows
    ]
    t = data_table(header, body, widths)
    t.setStyle(TableStyle([("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
    if body and rows[0].rank == "1":
        t.setStyle(TableStyle([("TEXTCOLOR", (0, 1), (-1, 1), STAMP_RED)]))
    return t


def _weights(doc: RankingReport) -> Flowable:
    return figure_grid(list(doc.weights), columns=4, label_width=42 * mm, width=WIDTH)


def _signatures() -> Flowable:
    line = "＿" * 8
    rows = [
        ["制表人（签字）：", line, "中心负责人（签字）：", line, "日期：", "＿＿年＿＿月＿＿日"]
    ]
    t = Table(rows, colWidths=[28 * mm, 50 * mm, 36 * mm, 50 * mm, 12 * mm, 45 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t
