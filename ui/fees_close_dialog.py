"""日结: count the drawer note by note, read the card and mobile totals off their
settlement slips, see expected against counted for every method, confirm a difference
with its reason, and close the day (the Z report is printed by the page afterwards)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cashier import (
    DENOMINATIONS,
    MAX_PIECES,
    ClosingCheck,
    CountInput,
    DayFigures,
    check_counts,
)
from desktop.errors import DomainError
from desktop.fees import FeeInvalid
from desktop.money import format_fen
from ui.applicant_form import EnterMovesOn
from ui.forms import ERROR_STYLE

OK_COLOR = "#2e7d32"
DIFF_COLOR = "#b3261e"


class CloseDayDialog(QDialog):
    submitted = Signal()

    def __init__(self, figures: DayFigures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = figures
        self.setWindowTitle(self.tr("Close the day — %1").replace("%1", figures.day.isoformat()))
        self.setMinimumWidth(720)
        self.pieces: dict[int, QSpinBox] = {}
        self.amounts: dict[int, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        self.recount()

    # -- building ------------------------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Count the cash in the drawer by denomination, and enter the totals of the card "
                "terminal's and the mobile platform's settlement slips."
            )
        )
        intro.setWordWrap(True)
        cash_box = QGroupBox(self.tr("Cash counted"))
        grid = QGridLayout(cash_box)
        grid.addWidget(QLabel(self.tr("Denomination")), 0, 0)
        grid.addWidget(QLabel(self.tr("Pieces")), 0, 1)
        grid.addWidget(QLabel(self.tr("Amount")), 0, 2)
        for row, (value, label) in enumerate(DENOMINATIONS, start=1):
            spin = QSpinBox()
            spin.setObjectName(f"count_{value}")
            spin.setRange(0, MAX_PIECES)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(lambda _v: self.recount())
            amount = QLabel(format_fen(0))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMinimumWidth(110)
            grid.addWidget(QLabel(self._denomination_text(label)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(amount, row, 2)
            self.pieces[value] = spin
            self.amounts[value] = amount
        self.cash_total = QLabel()
        self.cash_total.setObjectName("cashCounted")
        self.cash_total.setStyleSheet("font-weight: bold;")
        grid.addWidget(QLabel(self.tr("Total")), len(DENOMINATIONS) + 1, 0)
        grid.addWidget(self.cash_total, len(DENOMINATIONS) + 1, 2)
        grid.addWidget(self._error_label("counts"), len(DENOMINATIONS) + 2, 0, 1, 3)

        slips = QGroupBox(self.tr("Settlement slips"))
        slip_grid = QGridLayout(slips)
        self.card = QLineEdit()
        self.card.setObjectName("counted_card")
        self.mobile = QLineEdit()
        self.mobile.setObjectName("counted_mobile")
        for edit in (self.card, self.mobile):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText("0.00")
            edit.setMaximumWidth(150)
            edit.textChanged.connect(lambda _t: self.recount())
        slip_grid.addWidget(QLabel(self.tr("Bank card total (yuan)")), 0, 0)
        slip_grid.addWidget(self.card, 0, 1)
        slip_grid.addWidget(self._error_label("counted_card"), 1, 0, 1, 2)
        slip_grid.addWidget(QLabel(self.tr("Mobile payment total (yuan)")), 2, 0)
        slip_grid.addWidget(self.mobile, 2, 1)
        slip_grid.addWidget(self._error_label("counted_mobile"), 3, 0, 1, 2)

        self.table = QTableWidget(3, 4)
        self.table.setObjectName("closingCheck")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Method"), self.tr("Expected"), self.tr("Counted"), self.tr("Difference")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 3 * 30 + 4)
        slip_grid.addWidget(self.table, 4, 0, 1, 2)
        expected_note = QLabel(
            self.tr(
                "Cash expected = float %1 + cash taken − cash returned + paid in − taken out."
            ).replace("%1", format_fen(self.figures.float_fen))
        )
        expected_note.setWordWrap(True)
        expected_note.setStyleSheet("color: #555;")
        slip_grid.addWidget(expected_note, 5, 0, 1, 2)
        slip_grid.setRowStretch(6, 1)

        columns = QHBoxLayout()
        columns.addWidget(cash_box)
        columns.addWidget(slips, 1)

        self.summary = QLabel()
        self.summary.setObjectName("closingSummary")
        self.summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.confirm = QCheckBox(self.tr("I have counted again and confirm the difference"))
        self.confirm.setObjectName("confirm_difference")
        self.reason = QLineEdit()
        self.reason.setObjectName("difference_reason")
        self.reason.setPlaceholderText(self.tr("Reason for the difference"))
        self.general = QLabel()
        self.general.setObjectName("error_general")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close the day and print the Z report"))
        self.ok_button.setObjectName("closeDayButton")
        self.ok_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel (Esc)"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirm)
        layout.addWidget(self._error_label("confirm_difference"))
        layout.addWidget(self.reason)
        layout.addWidget(self._error_label("difference_reason"))
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        chain = [*self.pieces.values(), self.card, self.mobile]
        self.enter = EnterMovesOn(lambda: chain, lambda: self.confirm.setFocus(), self)
        self.enter.watch(*chain)
        self.pieces[DENOMINATIONS[0][0]].setFocus()
        self.pieces[DENOMINATIONS[0][0]].selectAll()

    def _denomination_text(self, label: str) -> str:
        # 100元 / 5角 as printed; in English "CNY 100" / "0.5".
        if label.endswith("元"):
            return self.tr("%1 yuan").replace("%1", label[:-1])
        return self.tr("%1 jiao").replace("%1", label[:-1])

    # -- counting ----------------------------------------------------------------------------------
    def counts(self) -> CountInput:
        return CountInput(
            {value: spin.value() for value, spin in self.pieces.items()},
            self.card.text(),
            self.mobile.text(),
        )

    def recount(self) -> ClosingCheck | None:
        for value, spin in self.pieces.items():
            self.amounts[value].setText(format_fen(value * spin.value()))
        self.cash_total.setText(
            format_fen(sum(value * spin.value() for value, spin in self.pieces.items()))
        )
        try:
            check = check_counts(self.figures, self.counts())
        except FeeInvalid:
            self.summary.setText(self.tr("Check the amounts entered."))
            self.summary.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {DIFF_COLOR};")
            return None
        for row, c in enumerate(check.checks):
            cells = [
                c.label,
                format_fen(c.expected_fen),
                format_fen(c.counted_fen),
                self._difference_text(c.difference_fen),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == 3:
                    item.setForeground(QColor(OK_COLOR if c.difference_fen == 0 else DIFF_COLOR))
                self.table.setItem(row, col, item)
        balanced = check.balanced
        self.confirm.setEnabled(not balanced)
        self.reason.setEnabled(not balanced)
        if balanced:
            self.confirm.setChecked(False)
            self.summary.setText(self.tr("Counted equals expected for every method."))
            color = OK_COLOR
        else:
            self.summary.setText(
                self.tr("Difference %1: count again, or confirm it with a reason.").replace(
                    "%1", self._difference_text(check.difference_fen)
                )
            )
            color = DIFF_COLOR
        self.summary.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {color};")
        return check

    def _difference_text(self, fen: int) -> str:
        if fen == 0:
            return self.tr("balanced")
        if fen > 0:
            return self.tr("over %1").replace("%1", format_fen(fen))
        return self.tr("short %1").replace("%1", format_fen(-fen))

    # -- submitting -------------------------------------------------------------------------------
    def submit(self) -> None:
        self.clear_errors()
        self.submitted.emit()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear()
            label.hide()

    def show_problems(self, problems: list[DomainError]) -> None:
        for p in problems:
            key = p.field or ""
            if key.startswith("count_"):
                key = "counts"
            label = self.errors.get(key, self.general)
            label.setText(p.message)
            label.show()
