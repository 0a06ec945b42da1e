"""收费 form: a case's published fee lines, quantities, waivers, the payer and the method.

The lines come from the item's publication (收费公示) and nothing else can be added: the
clerk ticks lines and types quantities, and a waivable line may get a waiver with its
policy and reason. The running total, its capitals and the change are worked out as the
clerk types (desktop.fees.price_lines, the same code that prices the saved payment).
Keyboard: Enter moves on through payer and amount tendered, and on the last field takes
the payment; F9 takes it from anywhere.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DomainError
from desktop.fees import (
    POLICIES_BY_CODE,
    CaseFees,
    ChargeableLine,
    ChargeInput,
    FeeInvalid,
    PaymentInput,
    Waiver,
    case_fees,
    price_lines,
)
from desktop.money import fen_capital, format_fen, parse_yuan
from desktop.store import Store
from ui.applicant_form import EnterMovesOn
from ui.forms import ERROR_STYLE

COL_NAME, COL_PRICE, COL_QUANTITY, COL_WAIVER, COL_AMOUNT = range(5)
FIELD_ERROR = "border: 1px solid #b3261e;"
METHOD_KEYS = (("cash", "Alt+1"), ("card", "Alt+2"), ("mobile", "Alt+3"))


class CollectPanel(QWidget):
    collect_requested = Signal()
    case_entered = Signal(str)  # Enter (or a scan) in the case field
    waiver_requested = Signal(int)  # a line's position

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.fees: CaseFees | None = None
        self.waivers: dict[int, Waiver] = {}
        self.quantities: dict[int, QLineEdit] = {}
        self.waiver_buttons: dict[int, QPushButton] = {}
        self.errors: dict[str, QLabel] = {}
        self._filling = False
        self._build()
        self.reset()

    # =====================================================================================
    # building
    def _error(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _build(self) -> None:
        self.case_field = QLineEdit()
        self.case_field.setObjectName("feeCaseNo")
        self.case_field.setPlaceholderText(self.tr("Scan the slip or type the case number, Enter"))
        self.case_field.setClearButtonEnabled(True)
        case_row = QHBoxLayout()
        case_row.addWidget(QLabel(self.tr("Case")))
        case_row.addWidget(self.case_field, 1)
        self.case_info = QLabel()
        self.case_info.setObjectName("feeCaseInfo")
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.RichText)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("feeLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Published fee"),
                self.tr("Standard"),
                self.tr("Quantity"),
                self.tr("Waiver"),
                self.tr("Amount"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_PRICE, COL_QUANTITY, COL_WAIVER, COL_AMOUNT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_basis(row))
        self.hint = QLabel(
            self.tr("Tick the lines that apply (Space), type quantities, then Enter.")
        )
        self.hint.setObjectName("feeHint")
        self.hint.setStyleSheet("color: #1d3557;")
        self.basis = QLabel()
        self.basis.setObjectName("feeBasis")
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #555; font-size: 12px;")
        self.no_fee = QLabel(self.tr("No fee (不收费): this item publishes no fee line."))
        self.no_fee.setObjectName("noFee")
        self.no_fee.setStyleSheet(
            "background: #eef6ee; border: 1px solid #9cc79c; padding: 8px; font-size: 15px;"
        )
        self.no_fee.hide()

        totals = QFrame()
        totals.setObjectName("feeTotals")
        totals.setStyleSheet(
            "#feeTotals { background: #f3f7fb; border: 1px solid #9db4cf; border-radius: 6px; }"
        )
        self.total = QLabel()
        self.total.setObjectName("feeTotal")
        self.total.setStyleSheet("font-size: 24px; font-weight: bold; color: #1d3557;")
        self.capital = QLabel()
        self.capital.setObjectName("feeCapital")
        self.capital.setStyleSheet("font-size: 15px;")
        self.change = QLabel()
        self.change.setObjectName("feeChange")
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box = QHBoxLayout(totals)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.total)
        left.addWidget(self.capital)
        box.addLayout(left, 1)
        box.addWidget(self.change)

        self.payer = QLineEdit()
        self.payer.setObjectName("payer")
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QRadioButton] = {}
        methods = QWidget()
        methods_row = QHBoxLayout(methods)
        methods_row.setContentsMargins(0, 0, 0, 0)
        labels = {
            "cash": self.tr("Cash (Alt+1)"),
            "card": self.tr("Card (Alt+2)"),
            "mobile": self.tr("Mobile (Alt+3)"),
        }
        for method, key in METHOD_KEYS:
            button = QRadioButton(labels[method])
            button.setObjectName(f"method_{method}")
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            methods_row.addWidget(button)
            QShortcut(QKeySequence(key), self, lambda m=method: self.set_method(m))
        methods_row.addStretch(1)
        self.method_buttons["cash"].setChecked(True)
        self.method_group.buttonToggled.connect(self._method_toggled)
        self.tendered = QLineEdit()
        self.tendered.setObjectName("tendered")
        self.tendered.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tendered.setMaximumWidth(180)
        self.tendered.setStyleSheet("font-size: 18px;")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.tendered_label = QLabel(self.tr("Tendered (yuan)"))
        self.reference_label = QLabel()

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        rows: list[tuple[QWidget, QWidget, str]] = [
            (QLabel(self.tr("Payer")), self.payer, "payer"),
            (QLabel(self.tr("Paid by")), methods, "method"),
            (self.tendered_label, self.tendered, "tendered"),
            (self.reference_label, self.reference, "reference"),
        ]
        r = 0
        for label, widget, key in rows:
            form.addWidget(label, r, 0)
            form.addWidget(widget, r, 1)
            form.addWidget(self._error(key), r + 1, 1)
            r += 2

        self.collect_button = QPushButton(self.tr("Take payment and print receipt (F9)"))
        self.collect_button.setObjectName("collectButton")
        self.collect_button.setStyleSheet(
            "QPushButton { min-height: 44px; padding: 0 18px; font-size: 16px; font-weight: bold;"
            " color: white; background: #2e7d32; border-radius: 6px; }"
            " QPushButton:disabled { background: #c9ced6; color: #f4f5f7; }"
            " QPushButton:focus { border: 3px solid #1d3557; }"
        )
        self.collect_button.clicked.connect(self.collect_requested.emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(case_row)
        layout.addWidget(self._error("case_no"))
        layout.addWidget(self.case_info)
        layout.addWidget(self.no_fee)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.basis)
        layout.addWidget(self._error("lines"))
        layout.addWidget(totals)
        layout.addLayout(form)
        layout.addWidget(self._error("general"))
        layout.addWidget(self.collect_button)

        self.case_field.returnPressed.connect(
            lambda: self.case_entered.emit(self.case_field.text())
        )
        self.payer.textEdited.connect(lambda _t: self._clear_field("payer"))
        self.tendered.textChanged.connect(lambda _t: self.refresh_total())
        self.tendered.textEdited.connect(lambda _t: self._clear_field("tendered"))
        self.reference.textEdited.connect(lambda _t: self._clear_field("reference"))
        self.enter = EnterMovesOn(self._enter_chain, self.collect_requested.emit, self)
        self.enter.watch(self.table, self.payer, self.tendered, self.reference)
        self._method_changed()

    def _enter_chain(self) -> list[QWidget]:
        # Enter in the lines (or a quantity inside them) goes on to the payer.
        return [self.table, self.payer, self.tendered if self.method == "cash" else self.reference]

    @property
    def ticked_any(self) -> bool:
        return bool(self.charges())

    # =====================================================================================
    # the case
    def reset(self) -> None:
        self.fees = None
        self.waivers.clear()
        self.table.setRowCount(0)
        self.quantities.clear()
        self.waiver_buttons.clear()
        self.case_info.setText(
            self.tr("Scan an acceptance slip or type a case number to see its published fees.")
        )
        self.no_fee.hide()
        self.basis.clear()
        self.payer.clear()
        self.tendered.clear()
        self.reference.clear()
        self.set_method("cash")
        self.clear_errors()
        self.refresh_total()

    def load_case(self, number: str) -> bool:
        number = number.strip()
        if not number:
            return False
        self.clear_errors()
        try:
            fees = case_fees(self.store, number)
        except DomainError as err:
            self.show_problems([DomainError(err.code, err.zh, err.en, field="case_no")])
            self.case_field.selectAll()
            return False
        self.reset()
        self.fees = fees
        self.case_field.setText(fees.case_no)
        self.payer.setText(fees.applicant_name)
        paid = ""
        if fees.payments:
            standing = [p for p in fees.payments if not p.voided]
            paid = (
                self.tr("Paid so far: %1 on %2 receipt(s).")
                .replace("%1", format_fen(fees.paid_fen))
                .replace("%2", str(len(standing)))
            )
        lines = [
            f"<b>{escape(fees.item_name)}</b>　{escape(fees.applicant_name)}",
        ]
        if paid:
            lines.append(escape(paid))
        if fees.blocked_zh:
            lines.append(f"<span style='color:#b3261e'>{escape(fees.blocked)}</span>")
        self.case_info.setText("<br>".join(lines))
        self.no_fee.setVisible(fees.no_fee)
        self.table.setVisible(not fees.no_fee)
        self.hint.setVisible(not fees.no_fee)
        self._fill_lines(fees)
        self.refresh_total()
        return True

    def _fill_lines(self, fees: CaseFees) -> None:
        self._filling = True
        self.table.setRowCount(len(fees.lines))
        # Several lines are often alternatives (住宅/非住宅) or extras (每增加一本): the
        # clerk ticks what applies. Only an item with one fixed line has it ticked.
        open_lines = [ln for ln in fees.lines if ln.position not in fees.settled]
        single = len(fees.lines) == 1 and len(open_lines) == 1 and not open_lines[0].rate
        for row, line in enumerate(fees.lines):
            name = QTableWidgetItem(line.name)
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            ticked = single
            name.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, line.position)
            name.setToolTip(self.tr("Basis: %1").replace("%1", line.basis))
            if line.position in fees.settled:
                # Charged in a payment that stands: greyed, still chargeable (a second book).
                name.setForeground(QColor("#777"))
                name.setToolTip(
                    self.tr("Already charged for this case. Basis: %1").replace("%1", line.basis)
                )
            self.table.setItem(row, COL_NAME, name)
            price = QTableWidgetItem(line.price_text)
            price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL_PRICE, price)
            self.table.setCellWidget(row, COL_QUANTITY, self._quantity_cell(line))
            self.table.setCellWidget(row, COL_WAIVER, self._waiver_cell(line))
            amount = QTableWidgetItem("")
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL_AMOUNT, amount)
        self._filling = False
        if fees.lines:
            self.table.setCurrentCell(0, COL_NAME)

    def _quantity_cell(self, line: ChargeableLine) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(2, 0, 2, 0)
        edit = QLineEdit("" if line.rate else "1")
        edit.setObjectName(f"quantity_{line.position}")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setFixedWidth(80)
        if line.rate:
            edit.setPlaceholderText(self.tr("measured"))
        edit.textEdited.connect(lambda _t, p=line.position: self._quantity_edited(p))
        self.enter.watch(edit)
        row.addWidget(edit)
        row.addWidget(QLabel(line.unit))
        self.quantities[line.position] = edit
        return cell

    def _waiver_cell(self, line: ChargeableLine) -> QWidget:
        if not line.waivable:
            label = QLabel(self.tr("not waivable"))
            label.setStyleSheet("color: #888; padding: 0 6px;")
            return label
        button = QPushButton(self.tr("Waive…"))
        button.setObjectName(f"waiver_{line.position}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False, p=line.position: self.waiver_requested.emit(p))
        self.waiver_buttons[line.position] = button
        return button

    def _show_basis(self, row: int) -> None:
        if self.fees is None or not 0 <= row < len(self.fees.lines):
            self.basis.clear()
            return
        line = self.fees.lines[row]
        self.basis.setText(self.tr("Basis: %1").replace("%1", line.basis or "—"))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == COL_NAME:
            self._clear_field("lines")
            self.refresh_total()

    def _quantity_edited(self, position: int) -> None:
        # Typing a quantity means the line is charged.
        row = self._row_of(position)
        if row is not None:
            item = self.table.item(row, COL_NAME)
            if item is not None and item.checkState() != Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Checked)
        edit = self.quantities[position]
        edit.setStyleSheet("")
        self._clear_field("lines")
        self.refresh_total()

    def _row_of(self, position: int) -> int | None:
        if self.fees is None:
            return None
        for row, line in enumerate(self.fees.lines):
            if line.position == position:
                return row
        return None

    def line(self, position: int) -> ChargeableLine | None:
        if self.fees is None:
            return None
        return next((ln for ln in self.fees.lines if ln.position == position), None)

    def set_waiver(self, position: int, waiver: Waiver | None) -> None:
        if waiver is None:
            self.waivers.pop(position, None)
        else:
            self.waivers[position] = waiver
        button = self.waiver_buttons.get(position)
        if button is not None:
            if waiver is None:
                button.setText(self.tr("Waive…"))
            else:
                policy = POLICIES_BY_CODE.get(waiver.policy)
                amount = self.tr("all") if not waiver.amount.strip() else waiver.amount.strip()
                button.setText(self.tr("Waived (%1)…").replace("%1", amount))
                button.setToolTip(f"{policy.label if policy else waiver.policy}：{waiver.reason}")
        row = self._row_of(position)
        if row is not None and waiver is not None:
            item = self.table.item(row, COL_NAME)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)
        self.refresh_total()

    # =====================================================================================
    # method and totals
    @property
    def method(self) -> str:
        for method, button in self.method_buttons.items():
            if button.isChecked():
                return method
        return ""

    def set_method(self, method: str) -> None:
        self.method_buttons[method].setChecked(True)
        self._method_changed()

    def _method_toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:
            self._method_changed()

    def _method_changed(self) -> None:
        cash = self.method == "cash"
        self.tendered.setVisible(cash)
        self.tendered_label.setVisible(cash)
        self.reference.setVisible(not cash)
        self.reference_label.setVisible(not cash)
        self.reference_label.setText(
            self.tr("Card slip reference")
            if self.method == "card"
            else self.tr("Transaction number")
        )
        self.reference.setPlaceholderText(
            self.tr("the reference number printed on the card terminal's slip")
            if self.method == "card"
            else self.tr("the transaction number shown on the payer's phone or the terminal")
        )
        for key in ("method", "tendered", "reference"):
            self._clear_field(key)
        self.refresh_total()

    def charges(self) -> tuple[ChargeInput, ...]:
        if self.fees is None:
            return ()
        chosen = []
        for row, line in enumerate(self.fees.lines):
            item = self.table.item(row, COL_NAME)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            quantity = self.quantities[line.position].text()
            chosen.append(ChargeInput(line.position, quantity, self.waivers.get(line.position)))
        return tuple(chosen)

    def payment_input(self) -> PaymentInput:
        return PaymentInput(
            case_no=self.fees.case_no if self.fees else self.case_field.text(),
            lines=self.charges(),
            method=self.method,
            payer=self.payer.text(),
            tendered=self.tendered.text() if self.method == "cash" else "",
            reference=self.reference.text() if self.method != "cash" else "",
        )

    def refresh_total(self) -> int | None:
        """The running total, its capitals and the change; None while something is wrong."""
        total: int | None = None
        amounts: dict[int, int] = {}
        if self.fees is not None and self.fees.lines:
            try:
                priced = price_lines(self.fees.lines, self.charges())
            except DomainError:
                priced = ()
            else:
                total = sum(p.amount_fen for p in priced)
            amounts = {p.fee.position: p.amount_fen for p in priced}
            for row, line in enumerate(self.fees.lines):
                cell = self.table.item(row, COL_AMOUNT)
                if cell is not None:
                    if line.position in amounts:
                        cell.setText(format_fen(amounts[line.position]))
                    elif line.position in self.fees.settled:
                        cell.setText(self.tr("charged"))
                    else:
                        cell.setText("")
        if total is None:
            self.total.setText(self.tr("Total —"))
            self.capital.setText("")
        else:
            self.total.setText(self.tr("Total %1").replace("%1", format_fen(total)))
            self.capital.setText(self.tr("In capitals: RMB %1").replace("%1", fen_capital(total)))
        self._show_change(total)
        can = self.fees is not None and self.fees.can_collect
        self.collect_button.setEnabled(bool(can))
        return total

    def _show_change(self, total: int | None) -> None:
        if self.method != "cash" or total is None or not self.tendered.text().strip():
            self.change.clear()
            return
        try:
            tendered = parse_yuan(self.tendered.text(), field="tendered", allow_zero=True)
        except DomainError:
            self.change.setText(self.tr("Tendered?"))
            self.change.setStyleSheet("font-size: 20px; color: #b3261e;")
            return
        if tendered < total:
            self.change.setText(self.tr("Short %1").replace("%1", format_fen(total - tendered)))
            self.change.setStyleSheet("font-size: 22px; font-weight: bold; color: #b3261e;")
        else:
            self.change.setText(self.tr("Change %1").replace("%1", format_fen(tendered - total)))
            self.change.setStyleSheet("font-size: 22px; font-weight: bold; color: #2e7d32;")

    # =====================================================================================
    # problems
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for edit in self.quantities.values():
            edit.setStyleSheet("")
        for widget in (self.payer, self.tendered, self.reference):
            widget.setStyleSheet("" if widget is not self.tendered else "font-size: 18px;")

    def _clear_field(self, key: str) -> None:
        label = self.errors.get(key)
        if label is not None:
            label.clear()
            label.hide()

    def show_problems(self, problems: list[DomainError]) -> QWidget | None:
        """Each message beside its field; returns the first field to put the cursor in."""
        first: QWidget | None = None
        for p in problems:
            field = p.field or ""
            target: QWidget | None = None
            if field.startswith("line_"):
                position = int(field.split("_")[1])
                line = self.line(position)
                prefix = f"{line.name}：" if line else ""
                self._append(self.errors["lines"], prefix + p.message)
                if field.endswith("_quantity") and position in self.quantities:
                    target = self.quantities[position]
                    target.setStyleSheet(FIELD_ERROR)
                else:
                    target = self.waiver_buttons.get(position)
            elif field in self.errors:
                self._append(self.errors[field], p.message)
                target = {
                    "case_no": self.case_field,
                    "payer": self.payer,
                    "tendered": self.tendered,
                    "reference": self.reference,
                    "method": self.method_buttons["cash"],
                    "lines": self.table,
                }.get(field)
                if target in (self.payer, self.tendered, self.reference):
                    extra = "font-size: 18px;" if target is self.tendered else ""
                    target.setStyleSheet(FIELD_ERROR + extra)  # type: ignore[union-attr]
            else:
                self._append(self.errors["general"], p.message)
            first = first or target
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()
        return first

    def _append(self, label: QLabel, message: str) -> None:
        text = label.text()
        label.setText(f"{text}\n{message}" if text else message)
        label.show()

    def problems_of(self, err: DomainError) -> list[DomainError]:
        return err.problems if isinstance(err, FeeInvalid) else [err]
