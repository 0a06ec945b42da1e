"""Starting the window: font, language, the database, first start, login, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import i18n
from desktop.errors import DomainError
from desktop.store import Store, WindowIdentity
from ui import i18n as qt_i18n
from ui.fonts import load_ui_font
from ui.login_dialog import LoginDialog
from ui.setup_dialog import SetupDialog


def tr(text: str) -> str:
    # Module-level tr() calls are filed by lupdate under the empty context.
    return QCoreApplication.translate("", text)


def make_app(lang: str | None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("yichuang")
    app.setApplicationDisplayName("一窗通")
    chosen = i18n.set_language(lang or QLocale.system().name() or i18n.system_language())
    qt_i18n.install(chosen)
    load_ui_font(app)
    return app


def warm_up_printing() -> None:
    """Load the PDF font off the GUI thread, so the first slip of the day is not slow."""
    from PySide6.QtCore import QRunnable, QThreadPool

    class _Warm(QRunnable):
        def run(self) -> None:
            import printing.acceptance  # noqa: F401
            from printing.fonts import register_fonts

            register_fonts()

    QThreadPool.globalInstance().start(_Warm())


class Controller:
    """Keeps the login → main window → logout → login cycle going."""

    def __init__(self, store: Store, ident: WindowIdentity) -> None:
        self.store = store
        self.ident = ident
        self.window: QWidget | None = None

    def login(self) -> bool:
        dialog = LoginDialog(self.store, self.ident)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.operator is None:
            return False
        # Imported here: the screens pull in printing, reports and more, which the login
        # dialog does not need, so the login shows sooner.
        from ui.main_window import MainWindow

        warm_up_printing()
        window = MainWindow(self.store, self.ident, dialog.operator)
        window.logged_out.connect(self._after_logout)
        window.show()
        self.window = window
        return True

    def _after_logout(self) -> None:
        if not self.login():
            QApplication.quit()


def run(data_dir: Path, lang: str | None = None) -> int:
    app = make_app(lang)
    try:
        store = Store(data_dir)
    except DomainError as err:
        QMessageBox.critical(None, tr("Yichuang cannot start"), err.message)
        return 2
    ident = store.identity()
    if ident is None:
        setup = SetupDialog(store)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.identity is None:
            return 1
        ident = setup.identity
    controller = Controller(store, ident)
    if not controller.login():
        return 1
    app.setQuitOnLastWindowClosed(True)
    return app.exec()
