"""The one font every printed document uses.

reportlab's built-in CID fonts (STSong-Light) are not embedded, so a PDF printed on a
machine without a Chinese font comes out blank; the Noto CJK fonts have CFF outlines that
reportlab cannot embed. WenQuanYi Micro Hei has TrueType outlines, embeds as a subset
with a ToUnicode map (text stays extractable), and is bundled in resources/fonts so a
slip looks the same at every window.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "WQYMicroHei"
"""The reportlab name under which the bundled font is registered."""

FONT_PATH: Path = (
    Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
)
"""The bundled font collection, found relative to the repository, not the cwd."""

# Sub-font 0 of the collection is "WenQuanYi Micro Hei" (1 is the mono variant).
_SUBFONT_INDEX = 0

_lock = threading.Lock()
_registered = False


class FontMissingError(FileNotFoundError):
    """The bundled font file is absent: documents cannot be printed without it."""


def register_fonts() -> str:
    """Register the bundled font with reportlab once and return its name.

    Safe to call before every render: after the first call it only checks a flag.
    Parsing the 5 MB collection takes about 0.1 s, which is why it is cached; the lock
    keeps two print jobs started at once on worker threads from parsing it twice.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            _register(FONT_PATH)
            _registered = True
    return FONT_NAME


def _register(path: Path) -> None:
    if not path.is_file():
        raise FontMissingError(
            f"The Chinese font for printing is missing: {path}. "
            "Restore resources/fonts/wqy-microhei.ttc from the repository "
            "(it is the Debian package fonts-wqy-microhei's "
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc)."
        )
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=_SUBFONT_INDEX))
    # The font has no bold or italic face. Map them to the regular face so that a
    # stray <b> or <i> in paragraph markup renders instead of raising.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
