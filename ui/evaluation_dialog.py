"""好差评: the applicant rates the visit on five levels, once; a bad review opens a follow-up.

The dialog faces the applicant as much as the clerk: five large buttons, best on the
left, each with its digit (5 非常满意 … 1 非常不满意) so a keypad works too. Nothing here
can change a rating afterwards; the service refuses a second one for the same visit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator
from desktop.errors import DomainError
from desktop.evaluations import BAD, RatingInfo, rate_visit
from desktop.store import Store
from ui.forms import ERROR_STYLE

COLORS = {5: "#2e7d32", 4: "#558b2f", 3: "#9e9d24", 2: "#ef6c00", 1: "#c62828"}
BUTTON_STYLE = (
    "QPushButton {{ min-width: 118px; min-height: 64px; font-size: 16px; border-radius: 6px;"
    " border: 2px solid {color}; color: {color}; background: white; }}"
    " QPushButton:checked {{ background: {color}; color: white; font-weight: bold; }}"
    " QPushButton:focus {{ border: 3px solid #1d3557; }}"
)


class EvaluationDialog(QDialog):
    def __init__(
        self,
        store: Store,
        operator: Operator,
        *,
        visit_kind: str,
        number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operator = operator
        self.visit_kind = visit_kind
        self.number = number
        self.rating: RatingInfo | None = None
        self.setWindowTitle(self.tr("Rate this visit"))
        self.setMinimumWidth(680)
        kinds = {
            "intake": self.tr("Application at the window"),
            "collection": self.tr("Collecting the result"),
            "inquiry": self.tr("Question at the window"),
        }
        heading = QLabel(
            f"<b>{kinds.get(visit_kind, visit_kind)}</b>　{number}<br>"
            + self.tr("How satisfied are you with this visit? Each visit is rated once.")
        )
        heading.setWordWrap(True)
        names = {
            5: self.tr("Very satisfied"),
            4: self.tr("Satisfied"),
            3: self.tr("Fairly satisfied"),
            2: self.tr("Dissatisfied"),
            1: self.tr("Very dissatisfied"),
        }
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        for level in (5, 4, 3, 2, 1):
            button = QPushButton(f"{level}\n{names[level]}")
            button.setObjectName(f"level{level}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setStyleSheet(BUTTON_STYLE.format(color=COLORS[level]))
            self.group.addButton(button, level)
            self.buttons[level] = button
            row.addWidget(button)
        self.group.idToggled.connect(self._chosen)
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("What was good or bad (optional)"))
        self.hint = QLabel()
        self.hint.setObjectName("followUpHint")
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error_general")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.record_button = QPushButton(self.tr("Record rating (Enter)"))
        self.record_button.setObjectName("recordRating")
        self.record_button.setEnabled(False)
        self.record_button.setDefault(True)
        skip = QPushButton(self.tr("Not rated (Esc)"))
        skip.setAutoDefault(False)
        self.record_button.clicked.connect(self.submit)
        skip.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(skip)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.comment)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for level in (1, 2, 3, 4, 5):
            QShortcut(QKeySequence(str(level)), self, lambda lv=level: self.choose(lv))

    def choose(self, level: int) -> None:
        # A digit typed in the comment stays text: the line edit claims printable keys
        # before a shortcut sees them.
        self.buttons[level].setChecked(True)
        self.buttons[level].setFocus()

    def _chosen(self, level: int, on: bool) -> None:
        if not on:
            return
        self.record_button.setEnabled(True)
        self.hint.setText(
            self.tr("A bad review: a supervisor will follow it up within 15 working days.")
            if level in BAD
            else ""
        )

    def submit(self) -> None:
        level = self.group.checkedId()
        if level < 1:
            return
        try:
            self.rating = rate_visit(
                self.store,
                self.operator,
                visit_kind=self.visit_kind,
                number=self.number,
                level=level,
                comment=self.comment.text(),
            )
        except DomainError as err:
            self.error.setText(err.message)
            self.error.show()
            return
        self.accept()


def rate_now(
    parent: QWidget, store: Store, operator: Operator, *, visit_kind: str, number: str
) -> RatingInfo | None:
    """Open the dialog and wait; the rating, or None if the applicant did not rate."""
    dialog = EvaluationDialog(store, operator, visit_kind=visit_kind, number=number, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.exec()
    rating = dialog.rating
    dialog.deleteLater()
    return rating
