"""Choosing the service item at intake: search as you type, Up/Down, Enter.

The same index and ranking as the catalog browser (name, code, pinyin initials), in a
compact form: once an item is chosen the result list folds away to leave room for the
material checklist, and comes back as soon as the clerk types in the search box again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog_search import CatalogIndex, ItemSummary
from desktop.catalog_view import kind_label
from ui.catalog_browser import ItemTableModel
from ui.forms import ERROR_STYLE

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LIST_HEIGHT = 170


class ItemPicker(QWidget):
    chosen = Signal(object)  # the ItemSummary chosen, or None when cleared
    finished = Signal()  # Enter with an item chosen: go on to the materials

    def __init__(self, index: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.current: ItemSummary | None = None
        self.search = QLineEdit()
        self.search.setObjectName("itemSearch")
        self.search.setPlaceholderText(
            self.tr("Find the item: name, code or pinyin initials (e.g. spjy)")
        )
        self.search.setClearButtonEnabled(True)
        self.model = ItemTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("itemResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The hands stay in the search box: Up/Down move here, so the list needs no focus.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setFixedHeight(LIST_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.label = QLabel()
        self.label.setObjectName("chosenItem")
        self.label.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error_item")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.label)
        layout.addWidget(self.error)

        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self.table.doubleClicked.connect(self._double_clicked)
        self.refresh("")
        self._show_label()

    # -- the chosen item -------------------------------------------------------------------
    def choose(self, summary: ItemSummary | None) -> None:
        self.current = summary
        self.error.hide()
        self.table.setVisible(summary is None)
        self._show_label()
        self.chosen.emit(summary)

    def choose_code(self, code: str) -> bool:
        """Choose by item code (a resumed draft); False if the item is no longer listed."""
        for summary in self.index.items:
            if summary.code == code:
                self.choose(summary)
                return True
        return False

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh("")
        self.choose(None)

    def show_error(self, message: str) -> QWidget:
        self.error.setText(message)
        self.error.show()
        return self.search

    def _show_label(self) -> None:
        s = self.current
        if s is None:
            self.label.setText(self.tr("No item chosen yet: type in the box above, then Enter."))
            self.label.setStyleSheet("color: #666;")
            return
        days = (
            self.tr("on the spot")
            if s.committed_days == 0
            else self.tr("%1 working days").replace("%1", str(s.committed_days))
        )
        self.label.setText(f"<b>{s.name}</b>　{s.code} · {kind_label(s.kind)} · {days}")
        self.label.setStyleSheet("")

    # -- searching ---------------------------------------------------------------------
    def refresh(self, text: str) -> None:
        found = self.index.search(text, limit=200)
        self.model.set_items(found)
        if found:
            self.table.selectRow(0)

    def _typed(self, text: str) -> None:
        self.refresh(text)
        self.table.show()  # typing again means looking for another item

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(self.model.items[index.row()])
            self.finished.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            obj is not self.search
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return super().eventFilter(obj, event)
        key = event.key()
        rows = self.model.rowCount()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and rows:
            self.table.show()
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }[Qt.Key(key)]
            row = min(rows - 1, max(0, self.table.currentIndex().row() + step))
            self.table.selectRow(row)
            return True
        if key in ENTER_KEYS:
            if not self.table.isHidden() or self.current is None:
                row = self.table.currentIndex().row()
                if rows and row >= 0:
                    self.choose(self.model.items[row])
                    self.finished.emit()
                elif not rows:
                    self.show_error(
                        self.tr("No item matches; try the pinyin initials or the code.")
                    )
            else:
                self.finished.emit()
            return True
        if key == Qt.Key.Key_Escape and self.current is not None and not self.table.isHidden():
            self.table.hide()  # keep the chosen item, fold the list away again
            return True
        return super().eventFilter(obj, event)
