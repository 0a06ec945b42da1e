"""What every printed document shares: page frame, letterhead, footer, styles, tables.

Each page carries the center's name, the document title, the case number as a Code128
barcode (top right, where the pickup window's scanner looks for it), and a footer with
window, clerk, print time and "第 N 页 共 M 页". The total page count is only known after
the story has been laid out, so the page decorations are drawn when the canvas is saved
(see ``_DecoratedCanvas``), not while the story flows.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache, partial
from typing import Any, Protocol, TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

from printing.barcode import Code128Flowable
from printing.documents import FeeSummaryLine, Letterhead, MaterialLine, format_fen
from printing.fonts import register_fonts

# Binary (not ASCII85-wrapped) compressed streams: reportlab's ASCII85 encoder is pure
# Python here and cost about 3 ms of a slip's 23 ms. A reportlab-wide setting; printing/
# is the only reportlab user in the program.
rl_config.useA85 = 0

# ---------------------------------------------------------------------------------------
# Page geometry (A4 portrait). The header band is fixed height so the barcode is in the
# same place on every page and every document. The bands are kept tight (about 32 mm
# at the top, 16 mm at the foot): an ordinary acceptance slip must fit on one page.

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADER_TOP = PAGE_HEIGHT - 8 * mm  # top edge of the barcode (14 mm tall with its text)
NAME_BASELINE = PAGE_HEIGHT - 14.5 * mm  # the center's name, top left
WINDOW_BASELINE = PAGE_HEIGHT - 20 * mm  # window and clerk under it
TITLE_BASELINE = PAGE_HEIGHT - 28.8 * mm  # the title, centred below the barcode
TITLE_SIZE = 20
HEADER_RULE_Y = PAGE_HEIGHT - 31.5 * mm  # the double rule under the title
BODY_TOP = PAGE_HEIGHT - 34.5 * mm
FOOTER_RULE_Y = 16 * mm
BODY_BOTTOM = 18.5 * mm

INK = colors.black
GREY_TEXT = colors.Color(0.35, 0.35, 0.35)
RULE_GREY = colors.Color(0.3, 0.3, 0.3)
HEADER_FILL = colors.Color(0.91, 0.91, 0.91)
LABEL_FILL = colors.Color(0.96, 0.96, 0.96)
# A stamp red that still prints as a clear mid grey on a monochrome laser printer.
STAMP_RED = colors.Color(0.78, 0.08, 0.08)

BODY_SIZE = 10.5  # 五号, the usual size of Chinese official forms
CELL_SIZE = 9
SMALL_SIZE = 8.5  # fee bases and notes: the fine print, still readable

# Fill+stroke text rendering: the bundled font has no bold face, and a thin outline
# stroke thickens the glyphs enough to read as bold on titles and headings.
_FAKE_BOLD_MODE = 2


# ---------------------------------------------------------------------------------------
# Text helpers


def esc(text: str) -> str:
    """Escape plain data for Paragraph markup: an applicant named "A&B" must not break."""
    return escape(text)


def cn_date(value: date) -> str:
    """2026年11月27日: the form Chinese official documents use."""
    return f"{value.year}年{value.month}月{value.day}日"


def cn_datetime(value: datetime) -> str:
    return f"{cn_date(value)} {value.hour:02d}:{value.minute:02d}"


_WEEKDAYS = "一二三四五六日"


def cn_date_weekday(value: date) -> str:
    """With the weekday, so the applicant sees at once that the due date is a workday."""
    return f"{cn_date(value)}（星期{_WEEKDAYS[value.weekday()]}）"


def iso_minute(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def window_label(letterhead: Letterhead) -> str:
    """03号窗口（市场监管综合窗口）."""
    label = f"{letterhead.window_code}号窗口"
    return f"{label}（{letterhead.window_name}）" if letterhead.window_name else label


class _Issued(Protocol):
    @property
    def letterhead(self) -> Letterhead: ...
    @property
    def reprint_of(self) -> date | None: ...


def issued_on(doc: _Issued) -> date:
    """The date a notice was issued, for the line under the seal.

    A reprint keeps the original's date: the decision was made then, and the law's
    deadlines (review within 60 days, 5 days to notify) run from it.
    """
    return doc.reprint_of or doc.letterhead.printed_at.date()


def fit_font_size(text: str, font: str, size: float, max_width: float, floor: float) -> float:
    """The largest size not above ``size`` at which ``text`` fits ``max_width``.

    Header and footer lines are drawn on the canvas and cannot wrap; a long center or
    window name shrinks instead of running into the barcode or the page number.
    """
    width = float(stringWidth(text, font, size))
    if width <= max_width:
        return size
    return max(floor, size * max_width / width)


# ---------------------------------------------------------------------------------------
# Chinese line breaking (禁则)
#
# reportlab's CJK wrapping (paragraph.cjkFragSplit, textsplit.dumbSplit) cuts between
# any two characters. Its only rule lets one character of textsplit.ALL_CANNOT_START
# hang into the right margin, and that list is Japanese: it lacks "，" "；" "：" "？" "！"
# "》" "”" "…", so a line could start with "，"; CANNOT_END_LINE is not used at all, so
# a line could end with "（" or "《"; and a hanging mark runs over a table cell's rule.
# KinsokuParagraph breaks lines itself: a closing mark never starts a line and an
# opening mark never ends one. The break moves back a character or two instead (the
# character before the mark goes down with it), so nothing passes the right edge of a
# table cell. Body text (a style with hangingPunctuation=True) may instead let one
# comma or stop hang in the page margin, as Word does by default for Chinese
# (允许标点溢出边界): that saves the line a short last word would otherwise take.
# Runs of Latin letters and digits (case numbers, 00:33) are not split, unless keeping
# one whole would leave its line less than half full (as reportlab does).

NO_LINE_START = frozenset(
    ALL_CANNOT_START + "，。、；：？！）》」』】〕〗〙〛〉］｝”’…—·〃％‰℃" + "!),.:;?]}%"
)
"""Characters that may not begin a line: closing brackets and quotes, stops, marks."""

NO_LINE_END = frozenset(ALL_CANNOT_END + "（《「『【〔〖〘〚〈［｛“‘([{¥￥$")
"""Characters that may not end a line: opening brackets and quotes, currency signs."""

HANGING_MARKS = frozenset("，。、；：？！")
"""Closing marks that body text lets hang in the right margin rather than move down."""


def _in_word(ch: str) -> bool:
    """Part of a Latin/digit run that should not be split (20261128, SCJG-XK, 00:33)."""
    return bool(ch) and ord(ch) < 0x2000 and not ch.isspace()


def may_break_before(chars: Sequence[str], b: int, *, keep_words: bool = True) -> bool:
    """Whether a line may end after ``chars[b - 1]`` and the next start at ``chars[b]``."""
    if b <= 0 or b >= len(chars):
        return True
    before, after = chars[b - 1], chars[b]
    if not before or not after:  # an image or anchor: no text to judge
        return True
    if after in NO_LINE_START or before in NO_LINE_END or after.isspace():
        return False
    return not (keep_words and _in_word(before) and _in_word(after))


def _break_point(chars: Sequence[str], start: int, over: int, half: int, hang: bool) -> int:
    """Where to end the line ``chars[start:]`` whose character ``over`` does not fit.

    Returns ``b`` (start < b <= over + 1): the line is ``chars[start:b]``. A space that
    does not fit may stay at the end of its line (it draws nothing), and so may one
    hanging mark when ``hang``. Otherwise the break moves back to the nearest allowed
    place: first keeping Latin runs whole, as long as the line stays at least half full
    (``chars[start:half]`` is), then with only the punctuation rules, and in the worst
    case (a line of nothing but closing marks) it cuts where the line is full.
    """
    fits_hanging = chars[over].isspace() or (hang and chars[over] in HANGING_MARKS)
    if fits_hanging and may_break_before(chars, over + 1):
        return over + 1
    for b in range(over, max(half, start + 1) - 1, -1):
        if may_break_before(chars, b):
            return b
    for b in range(over, start, -1):
        if may_break_before(chars, b, keep_words=False):
            return b
    return over


_CHAR_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _char_widths(text: str, font_name: str, font_size: float) -> list[float]:
    """Each character's advance; cached, as a slip wraps the same few hundred glyphs."""
    cache = _CHAR_WIDTHS.setdefault((font_name, font_size), {})
    widths = []
    for ch in text:
        w = cache.get(ch)
        if w is None:
            w = cache[ch] = float(stringWidth(ch, font_name, font_size))
        widths.append(w)
    return widths


@dataclass(frozen=True)
class _LineRange:
    begin: int
    end: int
    used: float  # width of chars[begin:end]; above max_width by a hanging mark
    max_width: float
    hard: bool  # ended by <br/>


def line_ranges(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    hang: bool = False,
    hard_breaks: frozenset[int] = frozenset(),
) -> list[_LineRange]:
    """Fill lines greedily, ending each where the rules above allow.

    ``max_widths[k]`` is the width of line k (the last one for all further lines);
    ``hard_breaks`` holds the indexes of characters after which a line must end.
    """
    ranges: list[_LineRange] = []
    start, n = 0, len(chars)
    while start < n:
        max_width = max_widths[min(len(ranges), len(max_widths) - 1)]
        used, i, half, hard = 0.0, start, n, False
        while i < n:
            w = widths[i]
            if i in hard_breaks:
                used, i, hard = used + w, i + 1, True
                break
            if used + w > max_width + _FUZZ and i > start:
                b = _break_point(chars, start, i, min(half, i), hang)
                used = used + w if b > i else used - sum(widths[b:i])
                i = b
                break
            used += w
            i += 1
            if half == n and used >= max_width / 2:
                half = i  # chars[start:half] fill half the line
        ranges.append(_LineRange(start, i, used, max_width, hard))
        start = i
    return ranges


def kinsoku_lines(
    frags: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool, hang: bool = False
) -> Any:
    """cjkFragSplit with the line-breaking rules above; returns reportlab's ParaLines."""
    chars: list[Any] = []
    for frag in frags:
        text = frag.text
        if text:
            chars.extend(cjkU(ch, frag, "utf8") for ch in text)
        else:  # an image, anchor or <br/>: one zero-width slot, as reportlab does
            chars.append(cjkU(text, frag, "utf8"))
    widths = []
    for ch in chars:
        w = ch.width
        if hasattr(w, "normalizedValue"):  # an image sized in % of the line
            w = float(w.normalizedValue(max_widths[-1]))
        widths.append(w)
    hard = frozenset(i for i, ch in enumerate(chars) if hasattr(ch.frag, "lineBreak"))
    lines = [
        makeCJKParaLine(
            chars[r.begin : r.end], r.max_width, r.used, r.max_width - r.used, r.hard, calc_bounds
        )
        for r in line_ranges(chars, widths, max_widths, hang, hard)
    ]
    return ParaLines(kind=1, lines=lines)


class KinsokuParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph whose CJK line breaks follow the rules above.

    Only the line breaking is replaced (breakLinesCJK); splitting across pages and
    drawing are reportlab's. Plain text (one fragment, which is most cells) gets
    reportlab's simple line form, which draws faster; markup goes through
    ``kinsoku_lines``.
    """

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803  # reportlab's names
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        style = self.style
        frags = self.frags
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            # The first part of a split: its lines were decided before the split.
            lines = self.blPara.lines
            if lines and isinstance(lines[0], tuple):  # the simple form
                return super().breakLinesCJK(maxWidths)
            return self.blPara
        if not frags or self.bulletText or style.endDots:
            return super().breakLinesCJK(maxWidths)  # not used in our documents
        self.height = 0
        hang = getattr(style, "hangingPunctuation", False) and style.alignment == TA_LEFT
        if len(frags) == 1 and not hasattr(frags[0], "cbDefn"):
            frag = frags[0]
            text = frag.text
            widths = _char_widths(text, frag.fontName, frag.fontSize)
            lines = [
                (r.max_width - r.used, [text[r.begin : r.end]])
                for r in line_ranges(text, widths, maxWidths, hang)
            ]
            size = frag.fontSize
            return frag.clone(kind=0, lines=lines, ascent=size, descent=-0.2 * size)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return kinsoku_lines(frags, maxWidths, auto_leading not in ("", "off"), hang)


# ---------------------------------------------------------------------------------------
# Paragraph styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_indent: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_small: ParagraphStyle
    signature: ParagraphStyle
    signature_right: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles, built once (after the font is registered)."""
    font = register_fonts()
    # wordWrap="CJK" lets Chinese break between any two characters; the default splits
    # only at spaces, so a long material name would overflow its table cell. The
    # punctuation rules are KinsokuParagraph's (para and markup make those).
    body = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.45,
        wordWrap="CJK",
        alignment=TA_LEFT,
        spaceAfter=1,
        # Our own attribute, read by KinsokuParagraph: "，" "。" may hang in the margin.
        hangingPunctuation=True,
    )
    cell = ParagraphStyle(
        "cell",
        parent=body,
        fontSize=CELL_SIZE,
        leading=CELL_SIZE * 1.3,
        spaceAfter=0,
        hangingPunctuation=False,  # the cell's rule is right there
    )
    return Styles(
        body=body,
        body_indent=ParagraphStyle("body_indent", parent=body, firstLineIndent=2 * BODY_SIZE),
        note=ParagraphStyle(
            "note",
            parent=body,
            fontSize=SMALL_SIZE,
            leading=SMALL_SIZE * 1.4,
            textColor=GREY_TEXT,
            spaceBefore=2,
        ),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_small=ParagraphStyle(
            "cell_small", parent=cell, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3
        ),
        signature=ParagraphStyle("signature", parent=body, leading=BODY_SIZE * 1.45, spaceAfter=0),
        signature_right=ParagraphStyle(
            "signature_right",
            parent=body,
            leading=BODY_SIZE * 1.45,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain data (escaped), broken by the Chinese rules."""
    return KinsokuParagraph(esc(text), style)


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of trusted markup written in this package (escape data yourself)."""
    return KinsokuParagraph(text, style)


# ---------------------------------------------------------------------------------------
# Flowables


def section(text: str, size: float = 10.5, min_space: float = 26 * mm) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page.

    A conditional page break, not keepWithNext: reportlab keeps a heading with its
    next flowable by wrapping both in KeepTogether, which moves a long table to a
    fresh page whole and leaves the page before it empty. Here the page only breaks
    when less than ``min_space`` is left (room for the heading and a couple of rows).
    """
    return [CondPageBreak(min_space), SectionHeading(text, size)]


def subsection(text: str) -> list[Flowable]:
    return section(text, size=10, min_space=20 * mm)


class SectionHeading(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A section title with a bar at its left and a hairline under it."""

    def __init__(self, text: str, size: float = 10.5) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.spaceBefore = 4.5
        self.spaceAfter = 2.0
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        return availWidth, self.size * 1.3

    def draw(self) -> None:
        canvas: Canvas = self.canv
        font = register_fonts()
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.rect(0, self.size * 0.12, 2.2, self.size * 1.0, stroke=0, fill=1)
        canvas.setFont(font, self.size)
        canvas.setLineWidth(self.size * 0.025)
        canvas.drawString(6.5, self.size * 0.28, self.text, mode=_FAKE_BOLD_MODE)
        canvas.setStrokeColor(colors.Color(0.75, 0.75, 0.75))
        canvas.setLineWidth(0.4)
        canvas.line(0, 0, self._width, 0)
        canvas.restoreState()


Cell: TypeAlias = "Flowable | str"
"""A table cell: a Paragraph where text may wrap, a plain string where it cannot.

Plain strings (serial numbers, counts, amounts, labels) are drawn by the table itself,
several times faster than a Paragraph; that keeps a slip's render well under 50 ms.
"""


def _grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        # For the plain-string cells; Paragraph cells carry their own style.
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.3),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # The font's descent is deep: one point more below than above looks centred.
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    return commands


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table whose header row repeats on every page it spans.

    Text that may be long goes in Paragraph cells so it wraps inside its column.
    """
    data: list[list[Cell]] = [list(header)]
    data.extend(list(row) for row in rows)
    table = Table(data, colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_grid_style() + list(extra_style)))
    return table


def figure_grid(
    pairs: Sequence[tuple[str, str]],
    *,
    columns: int,
    label_width: float,
    width: float,
    values_right: bool = False,
) -> Table:
    """Short label/value pairs (figures, weights), ``columns`` pairs to a row, labels
    shaded; plain strings, so a report's figure block costs no Paragraph."""
    rows: list[list[str]] = []
    for i in range(0, len(pairs), columns):
        row: list[str] = []
        for label, value in pairs[i : i + columns]:
            row += [label, value]
        rows.append(row + [""] * (2 * columns - len(row)))
    commands = _grid_style(header_rows=0)
    for c in range(0, 2 * columns, 2):
        commands += [
            ("ALIGN", (c, 0), (c, -1), "LEFT"),
            ("BACKGROUND", (c, 0), (c, -1), LABEL_FILL),
            ("TEXTCOLOR", (c, 0), (c, -1), GREY_TEXT),
        ]
        if values_right:
            commands.append(("ALIGN", (c + 1, 0), (c + 1, -1), "RIGHT"))
    table = Table(
        rows, colWidths=[label_width, width / columns - label_width] * columns, hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """Label/value pairs laid out ``columns`` pairs per row, labels shaded.

    A label starting with "*" gets a row of its own, its value spanning the rest of the
    row (long values such as the item name or an address).
    """
    st = styles()
    label_width = 22 * mm  # 承诺办结日期 at CELL_SIZE, with the paddings
    value_width = CONTENT_WIDTH / columns - label_width
    data: list[list[Any]] = []
    commands = _grid_style(header_rows=0)
    row: list[Any] = []

    def flush(cells: list[Any]) -> None:
        r = len(data)
        data.append(cells + [""] * (2 * columns - len(cells)))
        for c in range(0, len(cells), 2):
            commands.append(("BACKGROUND", (c, r), (c, r), LABEL_FILL))
            commands.append(("TEXTCOLOR", (c, r), (c, r), GREY_TEXT))
            commands.append(("ALIGN", (c, r), (c, r), "LEFT"))
        if len(cells) < 2 * columns:
            commands.append(("SPAN", (len(cells) - 1, r), (-1, r)))

    for label, value in pairs:
        wide = label.startswith("*")
        if wide and row:
            flush(row)
            row = []
        row.extend([label.lstrip("*"), para(value, st.cell)])
        if wide or len(row) == 2 * columns:
            flush(row)
            row = []
    if row:
        flush(row)
    table = Table(data, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _received_counts(line: MaterialLine) -> tuple[int, int]:
    if line.received_originals or line.received_copies:
        return line.received_originals, line.received_copies
    return line.originals, line.copies


def _count(n: int) -> str:
    return str(n) if n else "—"


def _condition_text(line: MaterialLine) -> str:
    return "；".join(p for p in (line.condition, line.notes) if p)


def _text_cell(text: str, style: ParagraphStyle, short: int = 0) -> Cell:
    """A Paragraph for text that may wrap; a dash or short text stays a plain string."""
    if not text:
        return "—"
    if len(text) <= short:
        return text
    return para(text, style)


def materials_table(lines: Sequence[MaterialLine], *, received: bool) -> Table:
    """序号 / 材料名称 / 原件 / 复印件 / 形式 / 条件·说明.

    ``received`` prints what was handed in rather than what is required.
    """
    st = styles()
    rows: list[list[Cell]] = []
    for number, line in enumerate(lines, start=1):
        originals, copies = _received_counts(line) if received else (line.originals, line.copies)
        rows.append(
            [
                str(number),
                para(line.name, st.cell),
                _count(originals),
                _count(copies),
                _text_cell(line.form_label, st.cell_center, short=4),
                _text_cell(_condition_text(line), st.cell),
            ]
        )
    widths = [9 * mm, 0.0, 11 * mm, 13 * mm, 15 * mm, 46 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    header = ["序号", "材料名称", "原件", "复印件", "形式", "条件/说明"]
    return data_table(header, rows, widths, [("ALIGN", (5, 1), (5, -1), "LEFT")])


def received_materials_table(lines: Sequence[MaterialLine]) -> Table:
    """The compact table of the acceptance slip: 序号 / 材料名称 / 原件 / 复印件 / 备注."""
    st = styles()
    rows: list[list[Cell]] = []
    for number, line in enumerate(lines, start=1):
        originals, copies = _received_counts(line)
        rows.append(
            [
                str(number),
                para(line.name, st.cell),
                _count(originals),
                _count(copies),
                _text_cell(line.notes, st.cell),
            ]
        )
    widths = [9 * mm, 0.0, 11 * mm, 13 * mm, 36 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    header = ["序号", "材料名称", "原件", "复印件", "备注"]
    return data_table(header, rows, widths, [("ALIGN", (4, 1), (4, -1), "LEFT")])


def fee_table(fees: Sequence[FeeSummaryLine], total_fen: int | None) -> Table:
    """收费项目 / 金额 / 收费依据, with a total row when ``total_fen`` is given.

    The basis (a document title and number, often several) is the longest text on a
    slip: it gets the widest column and the small size, so it takes two or three lines.
    """
    st = styles()
    rows: list[list[Cell]] = [
        [
            str(number),
            para(fee.name, st.cell),
            format_fen(fee.amount_fen),
            _text_cell(fee.basis, st.cell_small),
        ]
        for number, fee in enumerate(fees, start=1)
    ]
    extra: list[tuple[Any, ...]] = [("ALIGN", (2, 1), (2, -1), "RIGHT")]
    if total_fen is not None:
        r = len(rows) + 1
        rows.append(["合计", "", format_fen(total_fen), ""])
        extra.append(("SPAN", (0, r), (1, r)))
        extra.append(("BACKGROUND", (0, r), (-1, r), LABEL_FILL))
    widths = [9 * mm, 40 * mm, 18 * mm, 0.0]
    widths[3] = CONTENT_WIDTH - sum(widths)
    extra.append(("ALIGN", (3, 1), (3, -1), "LEFT"))
    return data_table(["序号", "收费项目", "金额", "收费依据"], rows, widths, extra)


def numbered_list(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """1. … 2. … with a hanging indent so wrapped lines align with the text."""
    hanging = ParagraphStyle(f"{style.name}_hang", parent=style, leftIndent=16, firstLineIndent=-16)
    return [para(f"{n}. {text}", hanging) for n, text in enumerate(items, start=1)]


_NBSP = "&#160;"


def signature_block(
    signers: Sequence[str], letterhead: Letterhead, seal_label: str, seal_date: date
) -> KeepTogether:
    """Signature lines with a date blank on the left; the center, seal and date right.

    Kept together on one page. To keep them with what precedes them too, put
    ``signature_parts`` in your own KeepTogether: reportlab's KeepTogether does not
    nest (an inner one reports an endless height, which pushes the outer to a new page).
    """
    return KeepTogether(signature_parts(signers, letterhead, seal_label, seal_date))


def signature_parts(
    signers: Sequence[str], letterhead: Letterhead, seal_label: str, seal_date: date
) -> list[Flowable]:
    """The flowables of ``signature_block``: a little space, then the lines and seal.

    The blanks are drawn rules, not underscores, so they print the same in every
    viewer. Room is left around the right column: the round seal is pressed over the
    center's name and date by hand.
    """
    st = styles()
    blank_date = f"{_NBSP * 8}年{_NBSP * 5}月{_NBSP * 5}日"
    rows = [
        [
            para(f"{signer}：", st.signature),
            "",
            markup("日期：", st.signature),
            markup(blank_date, st.signature),
        ]
        for signer in signers
    ]
    left_widths = [26 * mm, 36 * mm, 14 * mm, 32 * mm]
    lines = Table(rows, colWidths=left_widths, hAlign="LEFT")
    lines.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                # Rules under the signature blank (column 1) on every row.
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
            ]
        )
    )
    seal = [
        para(letterhead.center_name, st.signature_right),
        para(seal_label, st.signature_right),
        para(cn_date(seal_date), st.signature_right),
    ]
    left_width = sum(left_widths)
    outer = Table(
        [[lines, seal]], colWidths=[left_width, CONTENT_WIDTH - left_width], hAlign="LEFT"
    )
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 2 * mm), outer]


# ---------------------------------------------------------------------------------------
# Page decorations


class PageDecor:
    """Draws the letterhead, barcode, reprint stamp and footer of one document."""

    def __init__(
        self, title: str, letterhead: Letterhead, case_no: str, reprint_of: date | None
    ) -> None:
        self.title = title
        self.letterhead = letterhead
        self.case_no = case_no
        self.reprint_of = reprint_of
        self.barcode = Code128Flowable(case_no)

    def draw(self, canvas: Canvas, page_no: int, page_count: int) -> None:
        canvas.saveState()
        self._draw_header(canvas)
        if self.reprint_of is not None:
            self._draw_reprint_stamp(canvas, self.reprint_of)
        self._draw_footer(canvas, page_no, page_count)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        font = register_fonts()
        code = self.barcode
        code_x = PAGE_WIDTH - MARGIN_X - code.width
        code.draw_at(canvas, code_x, HEADER_TOP - code.height)

        # Center name and window, left; shrunk if needed to stay clear of the barcode.
        name_room = code_x - MARGIN_X - 4 * mm
        name = self.letterhead.center_name
        size = fit_font_size(name, font, 14, name_room, 8)
        canvas.setFillColor(INK)
        canvas.setFont(font, size)
        canvas.setLineWidth(size * 0.02)
        canvas.drawString(MARGIN_X, NAME_BASELINE, name, mode=_FAKE_BOLD_MODE)
        window = f"{window_label(self.letterhead)}　经办人：{self.letterhead.clerk_name}"
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(font, fit_font_size(window, font, 9, name_room, 6))
        canvas.drawString(MARGIN_X, WINDOW_BASELINE, window)

        # Title, centred, spaced out like a printed form. Its top is below the
        # barcode's text line: a long title reaches under the barcode's left end.
        canvas.setFillColor(INK)
        canvas.setFont(font, TITLE_SIZE)
        canvas.setLineWidth(0.5)
        canvas.drawCentredString(
            PAGE_WIDTH / 2, TITLE_BASELINE, self.title, mode=_FAKE_BOLD_MODE, charSpace=4.5
        )

        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.4)
        canvas.line(MARGIN_X, HEADER_RULE_Y, PAGE_WIDTH - MARGIN_X, HEADER_RULE_Y)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, HEADER_RULE_Y - 1 * mm, PAGE_WIDTH - MARGIN_X, HEADER_RULE_Y - 1 * mm)

    def _draw_reprint_stamp(self, canvas: Canvas, original: date) -> None:
        """A boxed 补打 under the barcode: the original's date and the reprint's date."""
        font = register_fonts()
        width, height = 42 * mm, 7.5 * mm
        x = PAGE_WIDTH - MARGIN_X - width
        # Between the rule under the title and the barcode's human-readable line.
        y = HEADER_RULE_Y + 0.6 * mm
        canvas.setStrokeColor(STAMP_RED)
        canvas.setFillColor(STAMP_RED)
        canvas.setLineWidth(1.2)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        canvas.setLineWidth(0.4)
        canvas.rect(
            x + 0.8 * mm, y + 0.8 * mm, width - 1.6 * mm, height - 1.6 * mm, stroke=1, fill=0
        )
        canvas.setFont(font, 13)
        canvas.setLineWidth(0.5)
        canvas.drawString(x + 3 * mm, y + height / 2 - 4.5, "补打", mode=_FAKE_BOLD_MODE)
        canvas.setFont(font, 6.5)
        text_x = x + 15 * mm
        canvas.drawString(text_x, y + height / 2 + 0.8, f"原件日期 {original:%Y-%m-%d}")
        canvas.drawString(
            text_x, y + height / 2 - 6.3, f"补打日期 {self.letterhead.printed_at:%Y-%m-%d}"
        )

    def _draw_footer(self, canvas: Canvas, page_no: int, page_count: int) -> None:
        font = register_fonts()
        lh = self.letterhead
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_RULE_Y, PAGE_WIDTH - MARGIN_X, FOOTER_RULE_Y)

        pages = f"第 {page_no} 页 共 {page_count} 页"
        canvas.setFillColor(INK)
        canvas.setFont(font, 9)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_RULE_Y - 4.2 * mm, pages)
        room = CONTENT_WIDTH - stringWidth(pages, font, 9) - 6 * mm

        first = (
            f"窗口：{window_label(lh)}　经办人：{lh.clerk_name}　"
            f"打印时间：{iso_minute(lh.printed_at)}　编号：{self.case_no}"
        )
        second = f"咨询电话：{lh.contact_phone}　地址：{lh.address}"
        canvas.setFillColor(GREY_TEXT)
        for text, dy in ((first, 4.2 * mm), (second, 8 * mm)):
            canvas.setFont(font, fit_font_size(text, font, 8, room, 5.5))
            canvas.drawString(MARGIN_X, FOOTER_RULE_Y - dy, text)
        if self.reprint_of is not None:
            canvas.setFillColor(STAMP_RED)
            canvas.setFont(font, 8)
            canvas.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_RULE_Y - 8 * mm, "补打件")


def draw_report_frame(
    canvas: Canvas,
    *,
    top: float,
    title: str,
    title_drop: float,
    left: str,
    right: str,
    foot: float,
    footer: str,
    page_no: int,
    page_count: int,
    margin: float = MARGIN_X,
    page_width: float = PAGE_WIDTH,
    left_share: float = 0.5,
) -> None:
    """The frame of a supervisor's report page: the center's name and a note at the top,
    the title over a double rule, and a footer rule with a note and "第 N 页 共 M 页"."""
    font = register_fonts()
    width = page_width - 2 * margin
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(font, fit_font_size(left, font, 11, width * left_share, 7))
    canvas.drawString(margin, top, left)
    canvas.setFillColor(GREY_TEXT)
    canvas.setFont(font, fit_font_size(right, font, 9, width * (1 - left_share), 6))
    canvas.drawRightString(page_width - margin, top, right)
    canvas.setFillColor(INK)
    canvas.setFont(font, 18)
    canvas.setLineWidth(0.45)
    canvas.drawCentredString(page_width / 2, top - title_drop, title, mode=2, charSpace=3)
    rule = top - title_drop - 3.5 * mm
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(margin, rule, page_width - margin, rule)
    canvas.setLineWidth(0.4)
    canvas.line(margin, rule - 0.9 * mm, page_width - margin, rule - 0.9 * mm)
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(margin, foot, page_width - margin, foot)
    canvas.setFont(font, 9)
    canvas.drawRightString(
        page_width - margin, foot - 4.5 * mm, f"第 {page_no} 页 共 {page_count} 页"
    )
    canvas.setFillColor(GREY_TEXT)
    canvas.setFont(font, fit_font_size(footer, font, 8, width - 35 * mm, 5.5))
    canvas.drawString(margin, foot - 4.5 * mm, footer)
    canvas.restoreState()


class _DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that holds its pages back until the end, to number them "N of M".

    Each finished page's state is stored instead of emitted; on save, the decorations
    (which need the total) are drawn on top of every page before it is written.
    """

    def __init__(
        self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def build_pdf(decor: PageDecor, story: list[Flowable], subject: str) -> bytes:
    """Lay out ``story`` on A4 pages decorated by ``decor`` and return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=PAGE_HEIGHT - BODY_TOP,
        bottomMargin=BODY_BOTTOM,
        title=f"{decor.title} {decor.case_no}",
        author=decor.letterhead.center_name,
        subject=subject,
        creator="一窗通 Yichuang",
        # Same data, same bytes: the archived PDF's hash in the journal can be
        # reproduced, and a reprint differs only where the page says so.
        invariant=True,
    )
    frame = Frame(
        MARGIN_X,
        BODY_BOTTOM,
        CONTENT_WIDTH,
        BODY_TOP - BODY_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_DecoratedCanvas, decorate=decor.draw))
    return buffer.getvalue()
