"""The bundled CJK font, so Chinese never renders as empty boxes on a bare machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from resources import FONT_FILE

UI_POINT_SIZE = 11
# Characters every screen shows; if the UI font lacks any, the clerk would see boxes.
PROBE_TEXT = "一窗通受理告知收费首问登记办件"


def load_ui_font(app: QApplication) -> QFont:
    """Register the bundled font and make it the application font."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QFont(families[0] if families else app.font().family(), UI_POINT_SIZE)
    app.setFont(font)
    return font


def renders_chinese(font: QFont) -> bool:
    # inFontUcs4, not inFont: PySide6 turns some str arguments into the wrong QChar.
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in PROBE_TEXT)
