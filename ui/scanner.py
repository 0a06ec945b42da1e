"""The barcode scanner: a USB device that types a number and Enter faster than any hand.

``ScanFilter`` is installed on the QApplication and watches every key press. A burst of
keys a few milliseconds apart that ends in the scanner's suffix (Enter by default) and
reads as one of our numbers (desktop/numbers.py) is a scan: the characters it typed are
taken back out of the field they fell into, the suffix is swallowed (so it presses no
button), and ``scanned`` is emitted with the number. A person typing is never mistaken
for it: their keys are tens of milliseconds apart, and what they type rarely reads as a
case number. A scanner-fast burst that looks like one of our numbers but is not one (a
damaged or half-read code) is taken back too and reported by ``unreadable``; anything
else (an ID card reader typing an ID number, say) is left where it was typed.

Keys are never held back: typing shows at once, and a field is only corrected after
the fact when a scan is recognised. Two things pass untouched: a modal dialog's keys
(a scan must not open a case behind it) and a field that takes scans itself (a widget
with the dynamic property ``scanTarget`` set, such as the intake's return-visit field).

Prefix, suffix and timing come from the window's settings (keys ``scanner.*``), for
scanners that send Tab, nothing, or a prefix.

Wiring in the main window::

    scanner = ScanFilter(store, window)
    QApplication.instance().installEventFilter(scanner)
    scanner.scanned.connect(lambda text: route_scan(text, open_case=..., open_inquiry=...))
    scanner.unreadable.connect(cases_page.show_unreadable)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.numbers import INQUIRY, classify_number, clean, looks_like_resident_id
from desktop.store import Store

SUFFIX_KEYS = {
    "enter": (Qt.Key.Key_Return, Qt.Key.Key_Enter),
    "tab": (Qt.Key.Key_Tab,),
    "none": (),
}
_OURS_HYPHENATED = re.compile(r"^\d{6}-\d{2}-")
_IGNORED_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_CapsLock, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}
)


@dataclass(frozen=True)
class ScanSettings:
    max_interval_ms: int = 35  # slower than this between two keys is a person typing
    min_length: int = 8  # shorter bursts are never scans
    suffix: str = "enter"  # enter | tab | none (the burst ends when the keys stop)
    prefix: str = ""  # what the scanner sends before the code, if set up to

    @classmethod
    def from_store(cls, store: Store | None) -> ScanSettings:
        if store is None:
            return cls()
        d = cls()
        suffix = str(store.setting("scanner.suffix", d.suffix) or d.suffix).lower()
        return cls(
            max_interval_ms=int(store.setting("scanner.max_interval_ms", d.max_interval_ms)),
            min_length=int(store.setting("scanner.min_length", d.min_length)),
            suffix=suffix if suffix in SUFFIX_KEYS else d.suffix,
            prefix=str(store.setting("scanner.prefix", d.prefix) or ""),
        )


def looks_like_ours(text: str, center_code: str = "") -> bool:
    """A number of ours, damaged or cut short: hyphenated like ours, or a long run of digits
    that starts with the center's code and is not an ID number."""
    raw = clean(text)
    if _OURS_HYPHENATED.match(raw):
        return True
    digits = raw.replace("Z", "")
    if not (digits.isdigit() and len(digits) >= 14):
        return False
    if len(raw) == 18 and classify_number(raw) is None and looks_like_resident_id(raw):
        return False  # an ID number typed by a card reader: the field's, not ours
    return bool(center_code) and raw.startswith(center_code)


class _Snapshot:
    """What the focused field held before the burst began, to put it back after a scan."""

    def __init__(self, widget: QObject | None) -> None:
        self.edit: Any = None
        self.state: Any = None
        edit = widget
        if isinstance(widget, QAbstractSpinBox | QComboBox):
            edit = widget.findChild(QLineEdit)
        if isinstance(edit, QLineEdit):
            self.edit, self.state = edit, (edit.text(), edit.cursorPosition())
        elif isinstance(edit, QPlainTextEdit | QTextEdit):
            self.edit = edit
            self.state = (edit.toPlainText(), edit.textCursor().position())

    def restore(self) -> None:
        from shiboken6 import isValid

        if self.edit is None or not isValid(self.edit):
            return
        text, position = self.state
        if isinstance(self.edit, QLineEdit):
            if self.edit.text() != text:
                self.edit.setText(text)
                self.edit.setCursorPosition(position)
            return
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)
            cursor = self.edit.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.edit.setTextCursor(cursor)


class ScanFilter(QObject):
    scanned = Signal(str)  # one of our numbers, as printed (e.g. 320117-03-20261127-0007)
    unreadable = Signal(str)  # a scanner-fast burst like ours that is no number of ours

    def __init__(
        self,
        store: Store | None = None,
        parent: QObject | None = None,
        *,
        settings: ScanSettings | None = None,
        center_code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or ScanSettings.from_store(store)
        ident = store.identity() if store is not None else None
        self.center_code = (
            center_code if center_code is not None else (ident.center_code if ident else "")
        )
        self.enabled = True
        self._text = ""
        self._last = 0.0
        self._snapshot: _Snapshot | None = None
        # With no suffix the burst ends when the keys stop coming.
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._keys_stopped)

    # -- the filter --------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not self._first_delivery(obj):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in _MODIFIER_KEYS:
            return False  # a scanner presses Shift for the Z of an inquiry number
        # The window system stamps each key when the scanner sent it; measuring when we get
        # to it instead would count the time a busy screen took over the previous key.
        # Synthesised events (tests) carry no stamp and fall back to the clock.
        now = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        fast = bool(self._text) and (now - self._last) * 1000 <= self.settings.max_interval_ms
        modifiers = event.modifiers() & ~_IGNORED_MODIFIERS
        if event.isAutoRepeat() or modifiers != Qt.KeyboardModifier.NoModifier:
            self._reset()
            return False
        if event.key() in SUFFIX_KEYS[self.settings.suffix]:
            handled = fast and self._finish()
            self._reset()
            return handled  # a recognised scan's Enter presses no button
        char = event.text()
        if len(char) == 1 and char.isascii() and (char.isalnum() or char in "-_"):
            if not fast:
                self._reset()
                self._snapshot = _Snapshot(obj)
            self._text += char.upper()  # one case: layouts and Caps Lock differ
            self._last = now
            if self.settings.suffix == "none":
                self._quiet.start(self.settings.max_interval_ms + 5)
            return False  # typing shows at once; only a recognised scan is taken back
        self._reset()
        return False

    def _first_delivery(self, obj: QObject) -> bool:
        """Each key press reaches the filter several times (the window, the focused widget,
        its parents if it ignores the key); only the focused widget's delivery counts."""
        if QApplication.activeModalWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        if focus is None:
            return isinstance(obj, QWidget) and obj.isWindow()
        if obj is not focus:
            return False
        return not bool(focus.property("scanTarget"))

    # -- deciding ---------------------------------------------------------------------------

    def _code(self) -> str | None:
        text = self._text
        prefix = self.settings.prefix.upper()
        if prefix:
            if not text.startswith(prefix):
                return None
            text = text[len(prefix) :]
        return text if len(text) >= self.settings.min_length else None

    def _finish(self) -> bool:
        code = self._code()
        if code is None:
            return False
        found = classify_number(code)
        if found is None and not looks_like_ours(code, self.center_code):
            return False  # not ours: what was typed stays where it was typed
        if self._snapshot is not None:
            self._snapshot.restore()
        if found is None:
            self.unreadable.emit(code)
        else:
            self.scanned.emit(found[1])
        return True

    def _keys_stopped(self) -> None:
        self._finish()
        self._reset()

    def _reset(self) -> None:
        self._text = ""
        self._snapshot = None
        self._quiet.stop()


def route_scan(
    text: str,
    *,
    open_case: Callable[[str], bool],
    open_inquiry: Callable[[str], bool],
) -> bool:
    """Send a scanned number to the screen that opens it: an inquiry's referral slip to
    the first-inquiry log, a case, notice or receipt to the cases screen."""
    found = classify_number(text)
    if found is not None and found[0] == INQUIRY:
        return open_inquiry(found[1])
    return open_case(found[1] if found else text)
