"""The window's recent payments and the one on display: receipt, lines, void or refund.

A scanned receipt (or one typed in the lookup field) shows here even when it was taken
at another window; from here it is reprinted (补打) or voided / refunded.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.clock import local_text
from desktop.fees import PaymentView
from desktop.money import format_fen
from ui.forms import ERROR_STYLE

VOID_COLOR = "#b3261e"


class PaymentsPanel(QWidget):
    lookup_requested = Signal(str)
    reprint_requested = Signal(str)
    void_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payments: list[PaymentView] = []
        self.shown: PaymentView | None = None
        self._build()

    def _build(self) -> None:
        self.lookup = QLineEdit()
        self.lookup.setObjectName("receiptLookup")
        self.lookup.setPlaceholderText(self.tr("Receipt number (scan or type), Enter"))
        self.lookup.setClearButtonEnabled(True)
        self.lookup.returnPressed.connect(lambda: self.lookup_requested.emit(self.lookup.text()))
        self.lookup_error = QLabel()
        self.lookup_error.setObjectName("error_receipt_no")
        self.lookup_error.setStyleSheet(ERROR_STYLE)
        self.lookup_error.hide()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("paymentsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Receipt"), self.tr("Time"), self.tr("Amount"), self.tr("State")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self._row_chosen(row))
        self.detail = QTextBrowser()
        self.detail.setObjectName("paymentDetail")
        self.detail.setOpenLinks(False)
        self.detail.setStyleSheet("QTextBrowser { font-size: 13px; }")
        self.detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reprint_button = QPushButton(self.tr("Reprint (Ctrl+P)"))
        self.reprint_button.setObjectName("reprintReceipt")
        self.void_button = QPushButton(self.tr("Void/refund… (Ctrl+D)"))
        self.void_button.setObjectName("voidButton")
        self.void_button.setStyleSheet("QPushButton { color: #b3261e; }")
        for button in (self.reprint_button, self.void_button):
            button.setAutoDefault(False)
        self.reprint_button.clicked.connect(self._reprint)
        self.void_button.clicked.connect(self._void)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.reprint_button)
        self.buttons.addWidget(self.void_button)
        self.buttons.addStretch(1)
        title = QLabel(self.tr("Payments at this window"))
        title.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lookup)
        layout.addWidget(self.lookup_error)
        layout.addWidget(title)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(self.buttons)
        self.settings_row = QHBoxLayout()
        layout.addLayout(self.settings_row)
        self.show_payment(None)

    # -- list ---------------------------------------------------------------------------------
    def set_payments(self, payments: list[PaymentView]) -> None:
        keep = self.shown.receipt_no if self.shown else None
        self.payments = payments
        self.table.blockSignals(True)
        self.table.setRowCount(len(payments))
        for row, p in enumerate(payments):
            cells = [
                p.receipt_no,
                local_text(p.paid_at, "%m-%d %H:%M"),
                format_fen(p.total_fen),
                self._state_text(p),
            ]
            tip = f"{p.payer} · {p.method_label} · {p.case_no}"
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if p.voided:
                    item.setForeground(QColor(VOID_COLOR))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        if keep:
            self.select(keep)

    def _state_text(self, p: PaymentView) -> str:
        if p.void is None:
            return self.tr("paid")
        return self.tr("voided") if p.void.kind == "void" else self.tr("refunded")

    def select(self, receipt_no: str) -> bool:
        for row, p in enumerate(self.payments):
            if p.receipt_no == receipt_no:
                self.table.setCurrentCell(row, 0)
                self.show_payment(p)
                return True
        return False

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.payments):
            self.show_payment(self.payments[row])

    # -- the payment on display ---------------------------------------------------------------------
    def show_payment(self, payment: PaymentView | None) -> None:
        self.shown = payment
        self.reprint_button.setEnabled(payment is not None)
        self.void_button.setEnabled(payment is not None and not payment.voided)
        if payment is None:
            self.detail.setHtml(
                "<p style='color:#777'>"
                + escape(self.tr("Choose a payment, or scan a receipt's barcode."))
                + "</p>"
            )
            return
        rows = "".join(
            "<tr><td>{}</td><td align=right>{} {}</td><td align=right>{}</td><td align=right>{}</td></tr>".format(
                escape(line.name),
                escape(line.quantity_text),
                escape(line.unit),
                format_fen(-line.waived_fen) if line.waived_fen else "",
                format_fen(line.amount_fen),
            )
            for line in payment.lines
        )
        how = escape(payment.method_label)
        if payment.tendered_fen is not None:
            how += " · " + escape(
                self.tr("tendered %1, change %2")
                .replace("%1", format_fen(payment.tendered_fen))
                .replace("%2", format_fen(payment.change_fen or 0))
            )
        if payment.reference:
            how += " · " + escape(payment.reference)
        html = [
            f"<p><b style='font-size:15px'>{escape(payment.receipt_no)}</b>　"
            f"{escape(local_text(payment.paid_at))}　"
            + escape(
                self.tr("window %1, %2")
                .replace("%1", payment.window_code)
                .replace("%2", payment.clerk_name or payment.clerk)
            )
            + "</p>",
            "<p>"
            + escape(
                self.tr("Case %1 · %2")
                .replace("%1", payment.case_no)
                .replace("%2", payment.item_name)
            )
            + "<br>"
            + escape(self.tr("Payer %1").replace("%1", payment.payer))
            + f" · {how}</p>",
            f"<table width=100% cellspacing=0 cellpadding=2>{rows}"
            f"<tr><td colspan=3><b>{escape(payment.total_capital)}</b></td>"
            f"<td align=right><b>{format_fen(payment.total_fen)}</b></td></tr></table>",
        ]
        if payment.void is not None:
            v = payment.void
            label = self.tr("Voided") if v.kind == "void" else self.tr("Refunded")
            html.append(
                f"<p style='color:{VOID_COLOR}'><b>{escape(label)}</b> "
                + escape(
                    self.tr("%1 at window %2, approved by %3: %4")
                    .replace("%1", local_text(v.voided_at))
                    .replace("%2", v.window_code)
                    .replace("%3", v.supervisor_name or v.supervisor)
                    .replace("%4", v.reason)
                )
                + "</p>"
            )
        self.detail.setHtml("".join(html))

    def _reprint(self) -> None:
        if self.shown is not None:
            self.reprint_requested.emit(self.shown.receipt_no)

    def _void(self) -> None:
        if self.shown is not None and not self.shown.voided:
            self.void_requested.emit(self.shown.receipt_no)

    def show_lookup_error(self, message: str) -> None:
        self.lookup_error.setText(message)
        self.lookup_error.setVisible(bool(message))
