"""设置 › 中心数据库: point this window at the center's PostgreSQL, test it, or go stand-alone.

The connection string is kept in the owner-only config file; the screen never shows its
password. Testing a connection runs off the GUI thread, since an unreachable host takes
seconds to time out.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.central import central_engine, safe_url
from desktop.errors import DomainError
from desktop.store import Store
from desktop.sync import central_url, set_central_url

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b7f3b;"


class _Probe(QRunnable):
    def __init__(self, url: str, done: Signal) -> None:
        super().__init__()
        self.url, self.done = url, done

    def run(self) -> None:
        try:
            engine = central_engine(self.url)
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            engine.dispose()
            self.done.emit(True, "")
        except DomainError as err:
            self.done.emit(False, err.message)
        except Exception as exc:  # the driver's words: host, port, authentication
            orig = getattr(exc, "orig", exc)
            self.done.emit(
                False,
                str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__,
            )


class CentralTab(QWidget):
    changed = Signal()
    probed = Signal(bool, str)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.current = QLabel()
        self.current.setObjectName("centralCurrent")
        self.current.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("centralUrl")
        self.url.setPlaceholderText(
            "postgresql://yichuang:…@10.0.0.5:5432/yichuang?sslmode=require"
        )
        self.message = QLabel()
        self.message.setObjectName("centralMessage")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "The center's PostgreSQL joins the windows. Without it this window works on its own; "
                "with it, what is done here reaches the other windows and the supervisors. "
                "TLS options of libpq (sslmode, sslrootcert) go in the address."
            )
        )
        hint.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.save_button = QPushButton(self.tr("Save"))
        self.clear_button = QPushButton(self.tr("Work stand-alone"))
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.probed.connect(self._probed)
        form = QFormLayout()
        form.addRow(self.tr("Now"), self.current)
        form.addRow(self.tr("New address"), self.url)
        buttons = QHBoxLayout()
        for b in (self.test_button, self.save_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        url = central_url(self.store)
        self.current.setText(
            safe_url(url) if url else self.tr("Stand-alone (no central database set)")
        )

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _typed(self) -> str | None:
        url = self.url.text().strip()
        if not url:
            self._say(self.tr("Enter the center's address first."), False)
            self.url.setFocus()
            return None
        return url

    def test(self) -> None:
        url = self._typed()
        if url is None:
            return
        self.test_button.setEnabled(False)
        self._say(self.tr("Connecting…"), True)
        QThreadPool.globalInstance().start(_Probe(url, self.probed))

    def _probed(self, ok: bool, detail: str) -> None:
        self.test_button.setEnabled(True)
        if ok:
            self._say(self.tr("The center answers."), True)
        else:
            self._say(self.tr("The center does not answer: %1").replace("%1", detail), False)

    def save(self) -> None:
        url = self._typed()
        if url is None:
            return
        try:
            set_central_url(self.store, url)
        except DomainError as err:
            self._say(err.message, False)
            return
        self.url.clear()
        self.refresh()
        self._say(self.tr("Saved. Sync starts now and runs in the background."), True)
        self.changed.emit()

    def clear(self) -> None:
        set_central_url(self.store, None)
        self.refresh()
        self._say(self.tr("This window now works stand-alone."), True)
        self.changed.emit()


__all__ = ["CentralTab"]
