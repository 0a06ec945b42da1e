"""A screen that is not built yet says so plainly instead of pretending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(
            what
            + "<br><br>"
            + self.tr(
                "This screen is not built yet in this version. Until it is, use the paper process of the center."
            )
        )
        body.setWordWrap(True)
        body.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
