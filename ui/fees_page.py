"""收费: the fee screen, where only published fees are collected and the day is closed.

Top: the day (opened with its float, taking payments, or closed), with 开班 F2,
缴入/取出 F3, X 报表 F4, 日结 F8 and, for a closed day, the supervisor's 重新开启.
Left: the payment form of one case (ui/fees_collect.py). Right: this window's payments,
a receipt lookup that a scanner can type into, reprint and void (ui/fees_payments.py).

The page gathers input and calls desktop.fees and desktop.cashier; every rule, and
every message a refusal carries, lives there. Documents are archived before they are
shown, so a failed print loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator
from desktop.case_documents import PrintedDocument
from desktop.cashier import (
    DayStatus,
    close_day,
    day_status,
    move_cash,
    open_day,
    reopen_day,
    x_report,
)
from desktop.errors import DomainError
from desktop.fees import (
    PAPERS,
    FeeInvalid,
    collect_fee,
    find_payment,
    normalise_receipt_no,
    print_receipt,
    receipt_paper,
    recent_payments,
    set_receipt_paper,
    void_payment,
)
from desktop.money import format_fen
from desktop.store import Store, WindowIdentity
from ui.fees_close_dialog import CloseDayDialog
from ui.fees_collect import CollectPanel
from ui.fees_dialogs import CashMoveDialog, OpenDayDialog, ReopenDayDialog, VoidDialog, WaiverDialog
from ui.fees_payments import PaymentsPanel

log = logging.getLogger(__name__)

STATE_COLORS = {"none": "#8a5a00", "open": "#2e7d32", "closed": "#b3261e"}


class FeesPage(QWidget):
    def __init__(
        self, store: Store, ident: WindowIdentity, operator: Operator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ident = ident
        self.operator = operator
        self.status: DayStatus | None = None
        self._dialog: Any = None
        self._after_open: Callable[[], None] | None = None
        self._build()
        self._connect()
        self.refresh()

    # =====================================================================================
    # building
    def _build(self) -> None:
        bar = QFrame()
        bar.setObjectName("dayBar")
        bar.setStyleSheet(
            "#dayBar { background: #f3f7fb; border: 1px solid #9db4cf; border-radius: 6px; }"
        )
        self.day_state = QLabel()
        self.day_state.setObjectName("dayState")
        self.day_figures = QLabel()
        self.day_figures.setObjectName("dayFigures")
        self.day_warning = QLabel()
        self.day_warning.setObjectName("dayWarning")
        self.day_warning.setStyleSheet("color: #b3261e;")
        self.day_warning.hide()
        self.open_button = QPushButton(self.tr("Open the day (F2)"))
        self.open_button.setObjectName("openDayButton")
        self.move_button = QPushButton(self.tr("Cash in/out (F3)"))
        self.move_button.setObjectName("cashMoveButton")
        self.x_button = QPushButton(self.tr("X report (F4)"))
        self.x_button.setObjectName("xReportButton")
        self.close_button = QPushButton(self.tr("Close the day (F8)"))
        self.close_button.setObjectName("closeDayButton")
        self.reopen_button = QPushButton(self.tr("Reopen (supervisor)…"))
        self.reopen_button.setObjectName("reopenDayButton")
        self.paper = QComboBox()
        self.paper.setObjectName("receiptPaper")
        paper_names = {
            "a4": self.tr("A4, two copies"),
            "a5": self.tr("A5"),
            "roll80": self.tr("80 mm roll"),
        }
        for paper in PAPERS:
            self.paper.addItem(paper_names[paper], paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(receipt_paper(self.store))))
        self.paper.setToolTip(self.tr("Paper of the receipts printed at this window"))
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.day_state)
        text.addWidget(self.day_figures)
        text.addWidget(self.day_warning)
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 10, 4)
        row.addLayout(text, 1)
        for button in (
            self.open_button,
            self.move_button,
            self.x_button,
            self.close_button,
            self.reopen_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)

        self.collect = CollectPanel(self.store)
        self.payments = PaymentsPanel()
        self.payments.settings_row.addWidget(QLabel(self.tr("Receipt paper")))
        self.payments.settings_row.addWidget(self.paper, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.collect)
        splitter.addWidget(self.payments)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([650, 420])
        self.message = QLabel()
        self.message.setObjectName("feeMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_day)
        self.move_button.clicked.connect(self.move_cash)
        self.x_button.clicked.connect(self.print_x_report)
        self.close_button.clicked.connect(self.close_day)
        self.reopen_button.clicked.connect(self.reopen_day)
        self.paper.activated.connect(self._paper_chosen)
        self.collect.collect_requested.connect(self.take_payment)
        self.collect.case_entered.connect(self.collect_for_case)
        self.collect.waiver_requested.connect(self.edit_waiver)
        self.payments.lookup_requested.connect(self._lookup)
        self.payments.reprint_requested.connect(self.reprint)
        self.payments.void_requested.connect(self.void)
        keys: list[tuple[str, Callable[[], object]]] = [
            ("F9", self.take_payment),
            ("F2", self.open_day),
            ("F3", self.move_cash),
            ("F4", self.print_x_report),
            ("F8", self.close_day),
            ("Ctrl+P", self.payments._reprint),
            ("Ctrl+D", self.payments._void),
            ("F5", self._focus_case),
            ("F6", self._focus_lookup),
        ]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()
        QTimer.singleShot(0, self._initial_focus)

    def _initial_focus(self) -> None:
        if self.collect.fees is None:
            self.collect.case_field.setFocus()

    def _focus_case(self) -> None:
        self.collect.case_field.setFocus()
        self.collect.case_field.selectAll()

    def _focus_lookup(self) -> None:
        self.payments.lookup.setFocus()
        self.payments.lookup.selectAll()

    # =====================================================================================
    # entry points (the main window's scanner and the case view)
    def open_payment(self, receipt_no: str) -> bool:
        """A scanned receipt: show its payment (from any window). False if unknown here."""
        if normalise_receipt_no(receipt_no) is None:
            return False
        payment = find_payment(self.store, receipt_no)
        if payment is None:
            return False
        self.refresh_payments()
        if not self.payments.select(payment.receipt_no):
            self.payments.table.clearSelection()
            self.payments.show_payment(payment)
        self.payments.show_lookup_error("")
        return True

    def collect_for_case(self, case_no: str) -> None:
        """The case view's 收费: load the case's published fees, ready for the payer."""
        if normalise_receipt_no(case_no) is not None and self.open_payment(case_no):
            # A receipt scanned into the case field: it is the payment that is wanted.
            self.collect.case_field.clear()
            return
        if self.collect.load_case(case_no):
            self._focus_after_load()

    # =====================================================================================
    # the day
    def refresh(self) -> None:
        self.refresh_day()
        self.refresh_payments()

    def refresh_day(self) -> None:
        try:
            status = day_status(self.store)
        except DomainError as err:  # not set up: the main window would not be open
            self.day_state.setText(err.message)
            return
        self.status = status
        f = status.figures
        state = status.state
        names = {
            "none": self.tr("Not opened: record the opening float before the first payment"),
            "open": self.tr("Open, taking payments"),
            "closed": self.tr("Closed: no payments until a supervisor reopens the day"),
        }
        self.day_state.setText(
            self.tr("Day %1 · %2").replace("%1", status.day.isoformat()).replace("%2", names[state])
        )
        self.day_state.setStyleSheet(
            f"font-size: 15px; font-weight: bold; color: {STATE_COLORS[state]};"
        )
        count = sum(m.payments for m in f.methods.values())
        voids = sum(m.voids for m in f.methods.values())
        self.day_figures.setText(
            self.tr("Float %1 · %2 payments, %3 voids/refunds · net %4 · cash expected %5")
            .replace("%1", format_fen(f.float_fen))
            .replace("%2", str(count))
            .replace("%3", str(voids))
            .replace("%4", format_fen(f.total_net_fen))
            .replace("%5", format_fen(f.expected_cash_fen))
        )
        if status.unclosed_days:
            self.day_warning.setText(
                self.tr("Not closed yet: %1. Close them (F8 asks which).").replace(
                    "%1", "、".join(d.isoformat() for d in status.unclosed_days)
                )
            )
            self.day_warning.show()
        else:
            self.day_warning.hide()
        self.open_button.setVisible(state == "none")
        self.move_button.setEnabled(state == "open")
        self.close_button.setEnabled(state == "open" or bool(status.unclosed_days))
        self.reopen_button.setVisible(state == "closed")

    def refresh_payments(self) -> None:
        self.payments.set_payments(recent_payments(self.store, self.ident.window_code))

    def open_day(self) -> None:
        if self.status is not None and self.status.state != "none":
            return
        day = self.status.day.isoformat() if self.status else ""
        dialog = OpenDayDialog(day, self)
        dialog.submitted.connect(lambda: self._open_day(dialog))
        self._show_dialog(dialog)

    def _open_day(self, dialog: OpenDayDialog) -> None:
        try:
            open_day(self.store, self.operator, dialog.float_field.text())
        except DomainError as err:
            dialog.show_problems(self._problems(err))
            return
        dialog.accept()
        self.refresh_day()
        self.say(self.tr("The day is open."))
        then, self._after_open = self._after_open, None
        if then is not None:
            then()

    def move_cash(self) -> None:
        if self.status is None or self.status.state != "open":
            return
        dialog = CashMoveDialog(self.status.figures.expected_cash_fen, self)
        dialog.submitted.connect(lambda: self._move_cash(dialog))
        self._show_dialog(dialog)

    def _move_cash(self, dialog: CashMoveDialog) -> None:
        try:
            move_cash(
                self.store,
                self.operator,
                dialog.direction,
                dialog.amount.text(),
                dialog.reason.currentText(),
            )
        except DomainError as err:
            dialog.show_problems(self._problems(err))
            return
        dialog.accept()
        self.refresh_day()
        self.say(self.tr("Recorded."))

    def print_x_report(self) -> None:
        try:
            doc = x_report(self.store, self.operator)
        except DomainError as err:
            self.say(err.message, error=True)
            return
        self.show_document(doc)

    def close_day(self) -> None:
        status = self.status
        if status is None:
            return
        if status.unclosed_days:
            day = status.unclosed_days[0]  # an earlier day left open is closed first
        elif status.state == "open":
            day = status.day
        else:
            return
        figures = day_status(self.store, day).figures
        dialog = CloseDayDialog(figures, self)
        dialog.submitted.connect(lambda: self._close_day(dialog))
        self._show_dialog(dialog)

    def _close_day(self, dialog: CloseDayDialog) -> None:
        try:
            result = close_day(
                self.store,
                self.operator,
                dialog.counts(),
                difference_reason=dialog.reason.text(),
                confirm_difference=dialog.confirm.isChecked(),
                day=dialog.figures.day,
            )
        except DomainError as err:
            dialog.show_problems(self._problems(err))
            return
        dialog.accept()
        self.refresh()
        self.say(self.tr("Day closed; Z report %1 archived.").replace("%1", f"{result.z_no:04d}"))
        self.show_document(result.report)

    def reopen_day(self) -> None:
        if self.status is None or self.status.state != "closed":
            return
        dialog = ReopenDayDialog(self.status.day.isoformat(), self)
        dialog.submitted.connect(lambda: self._reopen_day(dialog))
        self._show_dialog(dialog)

    def _reopen_day(self, dialog: ReopenDayDialog) -> None:
        try:
            reopen_day(
                self.store,
                self.operator,
                supervisor=dialog.supervisor.text(),
                supervisor_password=dialog.password.text(),
                reason=dialog.reason.text(),
            )
        except DomainError as err:
            dialog.password.clear()
            dialog.show_problems(self._problems(err))
            return
        dialog.accept()
        self.refresh_day()
        self.say(self.tr("The day is open again; the reopening is recorded."))

    def _paper_chosen(self, _index: int) -> None:
        paper = str(self.paper.currentData())
        try:
            set_receipt_paper(self.store, paper, self.operator)
        except DomainError as err:
            self.say(err.message, error=True)

    # =====================================================================================
    # collecting
    def _focus_after_load(self) -> None:
        fees = self.collect.fees
        if fees is None:
            return
        # With one line ticked already the payer is next; otherwise the lines, to tick.
        if self.collect.ticked_any:
            self.collect.payer.setFocus()
            self.collect.payer.selectAll()
        else:
            self.collect.table.setFocus()

    def take_payment(self) -> None:
        if self.collect.fees is None:
            if self.collect.case_field.text().strip():
                self.collect.load_case(self.collect.case_field.text())
            return
        if self.status is not None and self.status.state == "none":
            # The float first; then the payment goes on by itself.
            self._after_open = self.take_payment
            self.open_day()
            return
        self.collect.clear_errors()
        try:
            result = collect_fee(self.store, self.collect.payment_input(), self.operator)
        except DomainError as err:
            self.collect.show_problems(self._problems(err))
            self.refresh_day()
            return
        except Exception:  # noqa: BLE001 - an unexpected failure: nothing was saved
            log.exception("collecting a fee failed")
            self.collect.show_problems(
                [
                    DomainError(
                        "fee.failed",
                        self.tr("The payment could not be saved; nothing was recorded. Try again."),
                        self.tr("The payment could not be saved; nothing was recorded. Try again."),
                    )
                ]
            )
            return
        p = result.payment
        change = (
            self.tr(", change %1").replace("%1", format_fen(p.change_fen)) if p.change_fen else ""
        )
        self.say(
            self.tr("Receipt %1: %2 by %3%4.")
            .replace("%1", p.receipt_no)
            .replace("%2", format_fen(p.total_fen))
            .replace("%3", p.method_label)
            .replace("%4", change)
        )
        case_no = p.case_no
        self.refresh()
        self.payments.select(p.receipt_no)
        self.collect.load_case(case_no)
        self.show_document(result.receipt)
        self.collect.case_field.setFocus()
        self.collect.case_field.selectAll()

    def edit_waiver(self, position: int) -> None:
        line = self.collect.line(position)
        if line is None:
            return
        dialog = WaiverDialog(line, self.collect.waivers.get(position), self)
        dialog.submitted.connect(lambda: self._waiver_given(dialog, position))
        dialog.accepted.connect(lambda: self._waiver_closed(dialog, position))
        self._show_dialog(dialog)

    def _waiver_closed(self, dialog: WaiverDialog, position: int) -> None:
        if dialog.removed:
            self.collect.set_waiver(position, None)

    def _waiver_given(self, dialog: WaiverDialog, position: int) -> None:
        from desktop.fees import ChargeInput, price_lines

        line = self.collect.line(position)
        assert line is not None
        quantity = self.collect.quantities[position].text() or "1"
        try:
            price_lines((line,), (ChargeInput(position, quantity, dialog.waiver()),))
        except DomainError as err:
            problems = [p for p in self._problems(err) if "waiver" in (p.field or "")]
            if problems:
                dialog.show_problems(problems)
                return
        dialog.accept()
        self.collect.set_waiver(position, dialog.waiver())

    # =====================================================================================
    # payments
    def _lookup(self, text: str) -> None:
        if not text.strip():
            return
        if not self.open_payment(text):
            self.payments.show_lookup_error(
                self.tr("No receipt %1 at this window.").replace("%1", text.strip())
            )
            self.payments.lookup.selectAll()

    def reprint(self, receipt_no: str) -> None:
        try:
            doc = print_receipt(self.store, receipt_no, self.operator)
        except DomainError as err:
            self.say(err.message, error=True)
            return
        self.say(self.tr("Reprint (补打) of %1 archived.").replace("%1", receipt_no))
        self.show_document(doc)

    def void(self, receipt_no: str) -> None:
        payment = find_payment(self.store, receipt_no)
        if payment is None or payment.voided:
            return
        status = self.status
        refund = not (
            payment.window_code == self.ident.window_code
            and status is not None
            and payment.day == status.day
        )
        dialog = VoidDialog(payment, refund, self)
        dialog.submitted.connect(lambda: self._void(dialog, receipt_no))
        self._show_dialog(dialog)

    def _void(self, dialog: VoidDialog, receipt_no: str) -> None:
        try:
            result = void_payment(
                self.store,
                receipt_no,
                self.operator,
                reason=dialog.reason.text(),
                supervisor=dialog.supervisor.text(),
                supervisor_password=dialog.password.text(),
                reference=dialog.reference.text(),
            )
        except DomainError as err:
            dialog.password.clear()
            dialog.show_problems(self._problems(err))
            return
        dialog.accept()
        self.refresh()
        self.payments.select(receipt_no)
        if self.collect.fees is not None:
            self.collect.load_case(self.collect.fees.case_no)
        self.say(self.tr("%1 recorded; the slip is archived.").replace("%1", result.slip.title))
        self.show_document(result.slip)

    # =====================================================================================
    # helpers
    def _problems(self, err: DomainError) -> list[DomainError]:
        return err.problems if isinstance(err, FeeInvalid) else [err]

    def _show_dialog(self, dialog: Any) -> None:
        self._dialog = dialog
        dialog.open()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1d3557;")

    def show_document(self, doc: PrintedDocument) -> None:
        """Preview and print an archived fee document (tests replace this)."""
        from ui.fees_preview import FeeDocumentPreview

        preview = FeeDocumentPreview(doc, self)
        try:
            preview.exec()
        finally:
            preview.deleteLater()
