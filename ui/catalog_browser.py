"""事项目录: find an item by name, code or pinyin initials as you type; see its six disclosures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog_search import CatalogIndex, ItemSummary
from desktop.catalog_view import item_detail, kind_label
from desktop.store import Store
from ui.disclosure_view import disclosure_html

Index = QModelIndex | QPersistentModelIndex
DETAIL_DELAY_MS = 60


class ItemTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ItemSummary] = []
        self.headers = [self.tr("Item"), self.tr("Department"), self.tr("Kind"), self.tr("Limit")]

    def set_items(self, items: list[ItemSummary]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return item.name
            if col == 1:
                return item.department_short or item.department_name
            if col == 2:
                return kind_label(item.kind)
            if item.committed_days == 0:
                return self.tr("on the spot")
            return self.tr("%1 working days").replace("%1", str(item.committed_days))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.code}  {item.name}"
        return None


class CatalogBrowser(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        with store.read() as s:
            self.index = CatalogIndex.from_session(s)
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, code or pinyin initials (e.g. spjy)")
        )
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.model = ItemTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("catalogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QTextBrowser()
        self.detail.setObjectName("catalogDetail")
        self.detail.setOpenLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.refresh)
        self.search.installEventFilter(self)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._draw_detail)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.refresh("")

    def reload(self) -> None:
        """Rebuild the index after a catalog import, keeping what the clerk typed."""
        with self.store.read() as s:
            self.index = CatalogIndex.from_session(s)
        self.refresh(self.search.text())

    def refresh(self, text: str) -> None:
        found = self.index.search(text, limit=500)
        self.model.set_items(found)
        self.count.setText(self.tr("%1 items").replace("%1", str(len(found))))
        if found:
            self.table.selectRow(0)
        else:
            self.detail.setHtml("<p>" + self.tr("No item matches.") + "</p>")

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The disclosure page is the costly part; while keys keep coming only the list
        # follows them, and the page is drawn once typing pauses.
        self._detail_timer.start()

    def _draw_detail(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or current.row() >= len(self.model.items):
            return
        summary = self.model.items[current.row()]
        with self.store.read() as s:
            detail = item_detail(s, summary.id)
        if detail is not None:
            self.detail.setHtml(disclosure_html(detail))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # Up/Down in the search box move through the results, so the hands stay on the keys.
        if (
            obj is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.table.currentIndex().row()
                row = (
                    min(self.model.rowCount() - 1, row + 1)
                    if key == Qt.Key.Key_Down
                    else max(0, row - 1)
                )
                self.table.selectRow(row)
                return True
        return super().eventFilter(obj, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
