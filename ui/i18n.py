"""Qt translations read straight from the .ts files in resources/i18n.

The .ts file is the one source of truth: no compiled .qm has to be built, shipped or
kept in step. Source strings are English; zh_CN is the first language of the window.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from resources import I18N_DIR


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"yichuang_{lang}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table


class TsTranslator(QTranslator):
    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self._table = table

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) means "not translated here"; an empty string would be
        # taken as the translation, and Qt's own strings such as "Ctrl+%1" would vanish.
        return self._table.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._table


_installed: TsTranslator | None = None


def install(lang: str) -> None:
    """Install the translator for lang; English needs none (it is the source)."""
    global _installed
    app = QCoreApplication.instance()
    assert app is not None
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    path = ts_path(lang)
    if lang != "en" and path.exists():
        _installed = TsTranslator(read_ts(path))
        app.installTranslator(_installed)
