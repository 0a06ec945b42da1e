"""Sync in the background: the window never waits for the network.

Each round runs on a pool thread (its own database sessions) and reports back through a
queued signal; failures back off from 5 s to 5 min and recover by themselves.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.central import CentralUnavailable, SyncRejected
from desktop.clock import local_text
from desktop.errors import DomainError
from desktop.store import Store
from desktop.sync import central_url, status, sync_once

INTERVAL_S = 15
BACKOFF_START_S = 5
BACKOFF_MAX_S = 300


@dataclass(frozen=True)
class SyncView:
    state: str  # standalone | online | offline | refused | syncing
    waiting: int
    last_success: datetime | None
    conflicts: int
    detail: str = ""
    retry_in: int = 0


class _Round(QRunnable):
    def __init__(self, worker: SyncWorker) -> None:
        super().__init__()
        self.worker = worker

    def run(self) -> None:  # on a pool thread
        store = self.worker.store
        state, detail = "online", ""
        try:
            sync_once(store)
        except CentralUnavailable as exc:
            state, detail = "offline", str(exc)
        except SyncRejected as exc:
            state, detail = "refused", exc.message
        except DomainError as exc:
            state, detail = "offline", exc.message
        except Exception as exc:  # never let a sync bug take the window down
            state, detail = "offline", f"{type(exc).__name__}: {exc}"
        st = status(store)
        self.worker.finished.emit(
            SyncView(state, st.waiting, st.last_success, st.conflicts, detail)
        )


class SyncWorker(QObject):
    finished = Signal(object)  # SyncView, emitted from the pool thread (queued to the GUI)
    changed = Signal(object)  # SyncView, on the GUI thread

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.running = False
        self.backoff = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.finished.connect(self._done)
        self.view = SyncView("standalone", 0, None, 0)

    def start(self) -> None:
        if central_url(self.store) is None:
            st = status(self.store)
            self.view = SyncView("standalone", st.waiting, st.last_success, st.conflicts)
            self.changed.emit(self.view)
            return
        self.sync_now()

    def sync_now(self) -> None:
        if self.running or central_url(self.store) is None:
            return
        self.running = True
        self.view = SyncView(
            "syncing", self.view.waiting, self.view.last_success, self.view.conflicts
        )
        self.changed.emit(self.view)
        QThreadPool.globalInstance().start(_Round(self))

    def _done(self, view: SyncView) -> None:
        self.running = False
        if view.state == "online":
            self.backoff = 0
            delay = INTERVAL_S
        else:
            self.backoff = min(BACKOFF_MAX_S, max(BACKOFF_START_S, self.backoff * 2))
            delay = self.backoff
        self.view = SyncView(
            view.state, view.waiting, view.last_success, view.conflicts, view.detail, delay
        )
        self.changed.emit(self.view)
        self.timer.start(delay * 1000)

    def stop(self) -> None:
        self.timer.stop()
        deadline = time.monotonic() + 5
        while self.running and time.monotonic() < deadline:
            QThreadPool.globalInstance().waitForDone(100)


class SyncLabel(QLabel):
    """The status bar field: online or offline, last sync, events waiting."""

    def show_view(self, view: SyncView) -> None:
        last = local_text(view.last_success, "%H:%M") if view.last_success else self.tr("never")
        if view.state == "standalone":
            text, color = self.tr("Stand-alone (no central database set)"), "#555"
        elif view.state == "syncing":
            text, color = self.tr("Syncing… %1 waiting").replace("%1", str(view.waiting)), "#555"
        elif view.state == "online":
            text, color = (
                self.tr("Online · last sync %1 · %2 waiting")
                .replace("%1", last)
                .replace("%2", str(view.waiting)),
                "#1b7f3b",
            )
        elif view.state == "refused":
            text, color = (
                self.tr("Refused by the center: a supervisor must check this window"),
                "#b3261e",
            )
        else:
            text = (
                self.tr("Offline · %1 waiting · last sync %2 · retry in %3 s")
                .replace("%1", str(view.waiting))
                .replace("%2", last)
                .replace("%3", str(view.retry_in))
            )
            color = "#b35c00"
        if view.conflicts:
            text += self.tr(" · %1 conflicts").replace("%1", str(view.conflicts))
        self.setText(text)
        self.setToolTip(view.detail)
        self.setStyleSheet(f"color: {color};")
