"""Small dialogs of the fee window: opening the day, cash in and out, a waiver, a void or
refund, reopening a closed day.

Each gathers what is typed and emits ``submitted``; the page calls the service and hands
back any problem with ``show_problems``, which puts each message beside its field. A
dialog never closes on a refusal, so nothing typed is lost.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DomainError
from desktop.fees import WAIVER_POLICIES, ChargeableLine, PaymentView, Waiver
from desktop.money import format_fen
from ui.forms import FieldForm

MONEY_WIDTH = 160


class _FormDialog(QDialog):
    """A FieldForm with OK/Cancel; subclasses add fields and say what OK means."""

    submitted = Signal()
    FIELDS: tuple[str, ...] = ()

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = FieldForm()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel (Esc)"))
        # Enter anywhere presses OK (the default button): no field submits by itself, or
        # one Enter would submit twice.
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def set_intro(self, html: str) -> None:
        self.intro.setText(html)
        self.intro.show()

    def finish_form(self) -> None:
        self.form.add_general_error()

    def submit(self) -> None:
        self.form.clear_errors()
        self.submitted.emit()

    def show_problems(self, problems: list[DomainError]) -> None:
        for p in problems:
            self.form.show_error(p.field if p.field in self.FIELDS else None, p.message)


def _money_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaximumWidth(MONEY_WIDTH)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


class OpenDayDialog(_FormDialog):
    """开班: the float in the drawer before the first payment."""

    FIELDS = ("float",)

    def __init__(self, day_text: str, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.setWindowTitle(self.tr("Open the day"))
        self.ok_button.setText(self.tr("Open the day"))
        self.set_intro(
            self.tr(
                "Day %1. Count the change in the drawer and enter it as the opening float."
            ).replace("%1", escape(day_text))
        )
        self.float_field = _money_field("float")
        self.float_field.setText("0.00")
        self.float_field.selectAll()
        self.form.add_field("float", self.tr("Opening float (yuan)"), self.float_field)
        self.finish_form()
        self.float_field.setFocus()


class CashMoveDialog(_FormDialog):
    """缴入/取出: cash into or out of the drawer, with the reason."""

    FIELDS = ("direction", "amount", "reason")

    def __init__(self, expected_cash_fen: int, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.setWindowTitle(self.tr("Cash paid in or taken out"))
        self.ok_button.setText(self.tr("Record"))
        self.set_intro(
            self.tr("The drawer should now hold %1.").replace("%1", format_fen(expected_cash_fen))
        )
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.paid_in = QRadioButton(self.tr("Paid in"))
        self.paid_in.setObjectName("paidIn")
        self.taken_out = QRadioButton(self.tr("Taken out"))
        self.taken_out.setObjectName("takenOut")
        self.taken_out.setChecked(True)
        box.addWidget(self.paid_in)
        box.addWidget(self.taken_out)
        box.addStretch(1)
        self.amount = _money_field("amount")
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(
            [
                self.tr("Takings paid into the bank"),
                self.tr("Change fetched from the finance office"),
                self.tr("Change returned to the finance office"),
            ]
        )
        self.reason.setCurrentIndex(-1)
        self.form.add_field("direction", self.tr("Kind"), row)
        self.form.add_field("amount", self.tr("Amount (yuan)"), self.amount)
        self.form.add_field("reason", self.tr("Reason"), self.reason)
        self.finish_form()
        self.amount.setFocus()

    @property
    def direction(self) -> str:
        return "in" if self.paid_in.isChecked() else "out"


class WaiverDialog(_FormDialog):
    """减免 on one waivable line: the policy, the reason, all of it or an amount."""

    FIELDS = ("policy", "amount", "reason")

    def __init__(
        self, line: ChargeableLine, current: Waiver | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", "", parent)
        self.setWindowTitle(self.tr("Waiver or reduction"))
        self.ok_button.setText(self.tr("Apply"))
        self.set_intro(
            "<b>"
            + escape(line.name)
            + "</b><br><span style='color:#555'>"
            + escape(line.basis)
            + "</span>"
        )
        self.policy = QComboBox()
        self.policy.setObjectName("policy")
        for p in WAIVER_POLICIES:
            self.policy.addItem(p.label, p.code)
        self.policy.setCurrentIndex(-1)
        self.amount = _money_field("waiverAmount")
        self.amount.setMaximumWidth(240)
        self.amount.setPlaceholderText(self.tr("empty = waive all of it"))
        self.reason = QLineEdit()
        self.reason.setObjectName("waiverReason")
        self.reason.setPlaceholderText(
            self.tr("e.g. the applicant is a sole trader (licence seen)")
        )
        self.form.add_field("policy", self.tr("Policy"), self.policy)
        self.form.add_field("amount", self.tr("Reduction (yuan)"), self.amount)
        self.form.add_field("reason", self.tr("Reason"), self.reason)
        self.finish_form()
        self.removed = False
        if current is not None:
            at = self.policy.findData(current.policy)
            self.policy.setCurrentIndex(at)
            self.amount.setText(current.amount)
            self.reason.setText(current.reason)
            remove = self.buttons.addButton(
                self.tr("Remove the waiver"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            remove.setObjectName("removeWaiver")
            remove.clicked.connect(self._remove)
        self.policy.setFocus()

    def _remove(self) -> None:
        self.removed = True
        self.accept()

    def waiver(self) -> Waiver:
        return Waiver(str(self.policy.currentData() or ""), self.reason.text(), self.amount.text())

    def show_problems(self, problems: list[DomainError]) -> None:
        for p in problems:
            field = (p.field or "").rsplit("_", 1)[-1]
            self.form.show_error(field if field in self.FIELDS else None, p.message)


class _SupervisorDialog(_FormDialog):
    """A reason and a supervisor's account and password, typed at this window."""

    FIELDS = ("reason", "supervisor", "reference")

    def add_supervisor_fields(self) -> None:
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("supervisor")
        self.password = QLineEdit()
        self.password.setObjectName("supervisorPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("reason", self.tr("Reason"), self.reason)
        self.form.add_field("supervisor", self.tr("Supervisor's account"), self.supervisor)
        self.form.add_field("password", self.tr("Supervisor's password"), self.password)


class VoidDialog(_SupervisorDialog):
    """作废/退费: the original stays; this records what goes back, why, and who approved."""

    def __init__(self, payment: PaymentView, refund: bool, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        if refund:
            self.setWindowTitle(self.tr("Refund a payment"))
            self.ok_button.setText(self.tr("Refund and print the slip"))
        else:
            self.setWindowTitle(self.tr("Void a payment"))
            self.ok_button.setText(self.tr("Void and print the slip"))
        self.set_intro(
            self.tr(
                "Receipt <b>%1</b> · case %2 · %3 · <b>%4</b> (%5)<br>"
                "The receipt stays as it is; a slip records what is returned. "
                "A supervisor must approve with their own password."
            )
            .replace("%1", escape(payment.receipt_no))
            .replace("%2", escape(payment.case_no))
            .replace("%3", escape(payment.payer))
            .replace("%4", format_fen(payment.total_fen))
            .replace("%5", escape(payment.method_label))
        )
        self.add_supervisor_fields()
        self.reference = QLineEdit()
        self.reference.setObjectName("refundReference")
        if payment.method != "cash":
            self.reference.setPlaceholderText(self.tr("reversal slip or refund number, if any"))
            self.form.add_field("reference", self.tr("Refund reference"), self.reference)
        self.finish_form()
        self.reason.setFocus()


class ReopenDayDialog(_SupervisorDialog):
    """A supervisor reopens a closed day; it is journalled and printed on the next Z."""

    def __init__(self, day_text: str, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.setWindowTitle(self.tr("Reopen a closed day"))
        self.ok_button.setText(self.tr("Reopen"))
        self.set_intro(
            self.tr(
                "Day %1 is closed. Reopening it is recorded and printed on the next Z report."
            ).replace("%1", escape(day_text))
        )
        self.add_supervisor_fields()
        self.finish_form()
        self.reason.setFocus()
