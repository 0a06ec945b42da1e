"""Qt translations read straight from the .ts files in resources/i18n.

The .ts file is the one source of truth: no compiled .qm has to be built, shipped or
kept in step. Source strings are English; zh_CN is the first language of the window.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    ) -> str:
        # Unknown strings answer with their source. An empty string would be taken as the
        # translation (Qt's own "Ctrl+%1" would vanish), and returning None from this
        # override corrupts None's reference count in PySide6 and crashes at exit.
        return self._table.get((context, source), source)

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
    if _qt_own is not None:
        app.removeTranslator(_qt_own)
    path = ts_path(lang)
    if lang != "en" and path.exists():
        _installed = TsTranslator(read_ts(path))
        app.installTranslator(_installed)
        _install_qt_own(app, lang)


_qt_own: QTranslator | None = None


def _install_qt_own(app: QCoreApplication, lang: str) -> None:
    """Qt's own strings (standard buttons, print and file dialogs) from its shipped .qm.

    Installed after ours so Qt asks it first; it knows nothing of our contexts and
    answers null there, so our table still decides our strings.
    """
    global _qt_own
    if _qt_own is not None:
        app.removeTranslator(_qt_own)
    _qt_own = QTranslator()
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if _qt_own.load(QLocale(lang), "qtbase", "_", directory):
        app.installTranslator(_qt_own)
