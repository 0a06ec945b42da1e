"""Locks the window after a quiet spell and asks for the same clerk's password.

What was on screen stays exactly as it was underneath: the overlay only covers it and
the pages are disabled, never rebuilt.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator, verify_password
from desktop.store import Store

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Emits idle() once input has been quiet for the configured minutes (0 = never)."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = minutes * 60
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._check)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        if self.seconds > 0:
            self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY_EVENTS:
            self.last_input = time.monotonic()
        return False

    def set_minutes(self, minutes: float) -> None:
        """A new setting applies at once, not only at the next login."""
        self.seconds = minutes * 60
        self.last_input = time.monotonic()
        if self.seconds > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def _check(self) -> None:
        if self.seconds > 0 and time.monotonic() - self.last_input >= self.seconds:
            self.last_input = time.monotonic()
            self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockOverlay(QFrame):
    unlocked = Signal()

    def __init__(self, store: Store, operator: Operator, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.operator = operator
        self.setObjectName("lockOverlay")
        self.setStyleSheet(
            "#lockOverlay { background: #24364f; } "
            "#lockPanel { background: white; border-radius: 8px; } "
        )
        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(380)
        title = QLabel("<h2>" + self.tr("Screen locked") + "</h2>")
        who = QLabel(
            self.tr("%1 is logged in. Enter the password to go on.").replace(
                "%1", operator.display_name
            )
        )
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        button = QPushButton(self.tr("Unlock"))
        button.setDefault(True)
        button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        inner = QVBoxLayout(panel)
        for w in (title, who, self.password, self.error, button):
            inner.addWidget(w)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.hide()

    def lock(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.password.clear()
        self.error.clear()
        self.show()
        self.raise_()
        self.password.setFocus()

    def try_unlock(self) -> None:
        if verify_password(self.store, self.operator.username, self.password.text()):
            self.hide()
            self.unlocked.emit()
        else:
            self.password.clear()
            self.error.setText(self.tr("Wrong password."))
