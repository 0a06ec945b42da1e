"""Code128 barcodes drawn as vector rectangles.

The module pattern comes from python-barcode (the project's one barcode encoder, shared
with the receipt printer code); we draw it ourselves as filled rectangles so the bars
are sharp at any printer resolution. python-barcode's PNG writer is slower and blurrier,
and reportlab's own code128 would be a second encoder that could disagree with it.
"""

from __future__ import annotations

from functools import lru_cache

import barcode as python_barcode  # python-barcode, not this module
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from printing.fonts import register_fonts

DEFAULT_MODULE_WIDTH: float = 0.3 * mm
"""About 12 mil. Measured with zxing-cpp on a rendered case number: 0.254 mm (10 mil)
decodes at 200 dpi but not at 150; 0.3 mm decodes down to 150 dpi at any sub-pixel
offset, a margin for worn toner and cheap scanners. A case number is then about 76 mm
wide, which still leaves the letterhead 90 mm."""

DEFAULT_BAR_HEIGHT: float = 10 * mm

QUIET_ZONE_MODULES = 10
"""Code128 requires at least ten module widths of white on each side."""

_TEXT_GAP: float = 1.2 * mm


@lru_cache(maxsize=64)
def code128_modules(value: str) -> str:
    """The Code128 symbol for ``value`` as a string of '1' (bar) and '0' (space).

    Cached because every page of a document draws the same case number.
    """
    if not value:
        raise ValueError("A barcode needs a non-empty value.")
    if not all(32 <= ord(ch) < 127 for ch in value):
        # Scanners type what they read through a US keyboard layout; anything outside
        # printable ASCII would come back garbled, so refuse it here.
        raise ValueError(f"Code128 value must be printable ASCII: {value!r}")
    symbol = python_barcode.get_barcode_class("code128")(value)
    modules: str = symbol.build()[0]
    return modules


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """(start, length) of each run of consecutive bar modules.

    One rectangle per run instead of per module: fewer drawing operations, and no
    hairline seams between adjacent modules when a viewer anti-aliases.
    """
    runs: list[tuple[int, int]] = []
    start = -1
    for index, module in enumerate(modules):
        if module == "1" and start < 0:
            start = index
        elif module != "1" and start >= 0:
            runs.append((start, index - start))
            start = -1
    if start >= 0:
        runs.append((start, len(modules) - start))
    return runs


class Code128Flowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A Code128 barcode with quiet zones and the human-readable value under it.

    Usable in a story or drawn directly on a canvas with ``drawOn`` (the page header
    does that). Its width is fixed by the value and the module width; it does not
    stretch to the frame.
    """

    def __init__(
        self,
        value: str,
        module_width: float = DEFAULT_MODULE_WIDTH,
        height: float = DEFAULT_BAR_HEIGHT,
        human_readable: bool = True,
        font_size: float = 8.0,
    ) -> None:
        super().__init__()
        self.value = value
        self.modules = code128_modules(value)
        self.module_width = module_width
        self.bar_height = height
        self.human_readable = human_readable
        self.font_size = font_size
        self.width = (len(self.modules) + 2 * QUIET_ZONE_MODULES) * module_width
        self.height = height + (self._text_band() if human_readable else 0.0)

    def _text_band(self) -> float:
        return _TEXT_GAP + self.font_size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        """Draw with the lower-left corner (quiet zone included) at (x, y)."""
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        bars_y = y + (self._text_band() if self.human_readable else 0.0)
        left = x + QUIET_ZONE_MODULES * self.module_width
        for start, length in bar_runs(self.modules):
            canvas.rect(
                left + start * self.module_width,
                bars_y,
                length * self.module_width,
                self.bar_height,
                stroke=0,
                fill=1,
            )
        if self.human_readable:
            font = register_fonts()
            canvas.setFont(font, self.font_size)
            # Centre under the bars; the font's descent stays inside the text band.
            text_width = float(stringWidth(self.value, font, self.font_size))
            canvas.drawString(
                x + (self.width - text_width) / 2, y + 0.2 * self.font_size, self.value
            )
        canvas.restoreState()
