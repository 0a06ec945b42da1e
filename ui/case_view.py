"""One case on screen: who, what, its promised date and light, its documents and fees, its
whole timeline, and the steps its state and the clerk's role allow — and no others.

The view only shows what desktop.cases.case_detail read and calls the services; the
rules live there. Every step asks for the status the clerk saw, so a case another window
changed meanwhile is refused with a message and the view reloads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator
from desktop.case_documents import PrintedDocument, produce_document
from desktop.cases import (
    CaseDetail,
    Collector,
    case_detail,
    collect_result,
    decide_case,
    forward_case,
    mail_result,
    mark_ready,
    open_joint_tasks,
    pause,
    record_reply,
    record_task_result,
    resume,
    start_case,
)
from desktop.clock import local_text
from desktop.errors import DomainError
from desktop.identity import IdKind
from desktop.intake import SPECIAL_PROCEDURES, IntakeInvalid
from desktop.store import Store
from ui.forms import ERROR_STYLE, FieldForm

log = logging.getLogger(__name__)

LIGHT_COLORS = {
    "green": ("#2e7d32", "white"),
    "yellow": ("#f9a825", "#1d1d1d"),
    "red": ("#c62828", "white"),
    "paused": ("#607d8b", "white"),
}
ACTION_STYLE = (
    "QPushButton { min-height: 34px; padding: 0 14px; font-size: 14px; }"
    " QPushButton:focus { border: 2px solid #1d3557; }"
)


class Labels(QObject):
    """The words for statuses, kinds, decisions and lights, in the screen's language."""

    def status(self, status: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "incomplete": self.tr("Waiting for materials"),
            "rejected": self.tr("Not accepted"),
            "accepted": self.tr("Accepted"),
            "in_progress": self.tr("In progress"),
            "paused": self.tr("Paused (special procedure)"),
            "decided": self.tr("Decided"),
            "ready": self.tr("Ready for collection"),
            "collected": self.tr("Collected"),
            "mailed": self.tr("Mailed"),
        }.get(status, status)

    def kind(self, kind: str) -> str:
        return {
            "immediate": self.tr("Immediate item"),
            "promised": self.tr("Promised item"),
            "joint": self.tr("Joint item"),
            "reported": self.tr("Reported item"),
        }.get(kind, kind)

    def decision(self, decision: str) -> str:
        return {
            "approved": self.tr("Approved"),
            "denied": self.tr("Denied"),
            "open": self.tr("Open"),
            "": self.tr("Progress note"),
        }.get(decision, decision)

    def light(self, light: str, left: int | None) -> str:
        if light == "red":
            return self.tr("Overdue")
        if light == "yellow":
            return self.tr("Due today") if left == 0 else self.tr("Due next working day")
        if light == "green":
            return self.tr("%1 working days left").replace("%1", str(left or 0))
        if light == "paused":
            return self.tr("Clock stopped")
        return ""

    def role(self, role: str) -> str:
        return {
            "applicant": self.tr("The applicant"),
            "agent": self.tr("The agent"),
            "other": self.tr("Another authorised person"),
        }.get(role, role)

    def method(self, method: str) -> str:
        return {"cash": self.tr("Cash"), "card": self.tr("Card"), "qr": self.tr("QR code")}.get(
            method, method
        )


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for col in range(len(columns)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(
    table: QTableWidget, rows: list[list[str]], colors: list[str | None] | None = None
) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if colors and colors[r]:
                item.setForeground(QColor(colors[r]))
            table.setItem(r, c, item)


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


# =======================================================================================
# Dialogs of the steps


class StepDialog(QDialog):
    """A small form for one step: its fields, their errors beside them, OK and Cancel."""

    submitted = Signal()

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = FieldForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setObjectName("stepOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.form)

    def finish_layout(self) -> None:
        self.form.add_general_error()
        self.layout_.addWidget(self.buttons)

    def _submit(self) -> None:
        self.form.clear_errors()
        self.submitted.emit()

    def show_problems(self, err: DomainError) -> None:
        problems = err.problems if isinstance(err, IntakeInvalid) else [err]
        for p in problems:
            self.form.show_error(p.field if p.field in self.form.fields else None, p.message)
        # Room for messages that wrap onto a second line, once the labels are laid out.
        QTimer.singleShot(0, self.adjustSize)


class DecisionFields(QWidget):
    """Approved, or denied with its reason and legal basis (明确答复)."""

    def __init__(self, form: FieldForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.approve = QRadioButton(self.tr("Approved"))
        self.approve.setObjectName("approve")
        self.deny = QRadioButton(self.tr("Denied"))
        self.deny.setObjectName("deny")
        group = QButtonGroup(self)
        group.addButton(self.approve)
        group.addButton(self.deny)
        self.approve.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.approve)
        row.addWidget(self.deny)
        row.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why it is denied"))
        self.basis = QLineEdit()
        self.basis.setObjectName("basis")
        self.basis.setPlaceholderText(self.tr("Law, article (and paragraph)"))
        form.add_field("decision", self.tr("Decision"), self)
        form.add_field("reason", self.tr("Reason"), self.reason)
        form.add_field("basis", self.tr("Legal basis"), self.basis)
        self.deny.toggled.connect(self._toggle)
        self._toggle(False)

    def _toggle(self, denied: bool) -> None:
        self.reason.setEnabled(denied)
        self.basis.setEnabled(denied)

    def value(self) -> str:
        return "denied" if self.deny.isChecked() else "approved"


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(_center_qdate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class DecideDialog(StepDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the decision"), self.tr("Record decision"), parent)
        self.decision = DecisionFields(self.form)
        self.finish_layout()


class TaskDialog(StepDialog):
    """联合件: one department's result."""

    def __init__(self, departments: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A department's result"), self.tr("Record result"), parent)
        self.department = QComboBox()
        self.department.setObjectName("department")
        for code, name in departments:
            self.department.addItem(name, code)
        self.form.add_field("department", self.tr("Department"), self.department)
        self.decision = DecisionFields(self.form)
        self.finish_layout()


class ForwardDialog(StepDialog):
    def __init__(self, authority: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Forward to the higher authority"), self.tr("Forward"), parent)
        self.authority = QLineEdit(authority)
        self.authority.setObjectName("authority")
        self.forwarded_on = _date_edit("forwarded_on")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("Document or registration number"))
        self.form.add_field("authority", self.tr("Higher authority"), self.authority)
        self.form.add_field("forwarded_on", self.tr("Forwarded on"), self.forwarded_on)
        self.form.add_field("reference", self.tr("Reference"), self.reference)
        self.finish_layout()
        self.reference.setFocus()


class ReplyDialog(StepDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reply of the higher authority"), self.tr("Record reply"), parent)
        self.replied_on = _date_edit("replied_on")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.content = QLineEdit()
        self.content.setObjectName("content")
        self.content.setPlaceholderText(self.tr("What the reply says"))
        self.final = QCheckBox(self.tr("This reply decides the case"))
        self.final.setObjectName("final")
        self.form.add_field("replied_on", self.tr("Replied on"), self.replied_on)
        self.form.add_field("reference", self.tr("Reference"), self.reference)
        self.form.add_field("content", self.tr("Content"), self.content)
        self.form.add_field("final", "", self.final)
        self.decision = DecisionFields(self.form)
        self.decision.setEnabled(False)
        self.final.toggled.connect(self.decision.setEnabled)
        self.finish_layout()
        self.content.setFocus()


class PauseDialog(StepDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Special procedure"), self.tr("Stop the clock"), parent)
        names = {
            "hearing": self.tr("Hearing"),
            "inspection": self.tr("On-site inspection"),
            "testing": self.tr("Testing"),
            "expert_review": self.tr("Expert review"),
        }
        self.procedure = QComboBox()
        self.procedure.setObjectName("procedure")
        for key in SPECIAL_PROCEDURES:
            self.procedure.addItem(names.get(key, key), key)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.add_field("procedure", self.tr("Procedure"), self.procedure)
        self.form.add_field("reason", self.tr("Reason"), self.reason)
        note = QLabel(
            self.tr(
                "The time the procedure takes does not count; the due date moves on resumption."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
        self.layout_.addWidget(note)
        self.finish_layout()


class CollectDialog(StepDialog):
    """领取: who collects, with the ID they show; a mismatch is confirmed explicitly."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Collection of the result"), self.tr("Hand over"), parent)
        self.detail = detail
        labels = Labels(self)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ("applicant", "agent", "other"):
            self.role.addItem(labels.role(role), role)
        self.name = QLineEdit()
        self.name.setObjectName("collector_name")
        self.id_kind = QComboBox()
        self.id_kind.setObjectName("collector_id_kind")
        for kind in IdKind:
            if kind != IdKind.USCC:
                self.id_kind.addItem(kind.label_zh, kind.value)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("collector_id_number")
        self.id_number.setPlaceholderText(self.tr("As on the ID shown"))
        self.form.add_field("role", self.tr("Collected by"), self.role)
        self.form.add_field("collector_name", self.tr("Name"), self.name)
        self.form.add_field("collector_id_kind", self.tr("ID type"), self.id_kind)
        self.form.add_field("collector_id_number", self.tr("ID number"), self.id_number)
        self.confirm = QCheckBox(
            self.tr("I checked the ID and the power of attorney: hand it over anyway")
        )
        self.confirm.setObjectName("confirmMismatch")
        self.confirm.hide()
        self.layout_.addWidget(self.confirm)
        self.finish_layout()
        self.role.currentIndexChanged.connect(self._role_chosen)
        self._role_chosen()
        self.id_number.setFocus()

    def _role_chosen(self) -> None:
        view = self.detail.view
        party = {"applicant": view.applicant, "agent": view.agent}.get(self.role.currentData())
        self.name.setText(party.name if party else "")

    def show_problems(self, err: DomainError) -> None:
        super().show_problems(err)
        if err.code == "collect.id_mismatch":
            self.confirm.show()
            self.confirm.setFocus()

    def collector(self) -> Collector:
        return Collector(
            self.role.currentData(),
            self.name.text(),
            self.id_kind.currentData(),
            self.id_number.text(),
        )


class MailDialog(StepDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mailing of the result"), self.tr("Record mailing"), parent)
        self.carrier = QComboBox()
        self.carrier.setObjectName("carrier")
        self.carrier.setEditable(True)
        self.carrier.addItems(["EMS", "中国邮政", "顺丰速运", "京东物流"])
        self.tracking = QLineEdit()
        self.tracking.setObjectName("tracking_no")
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText(self.tr("Empty: the applicant's address on file"))
        self.form.add_field("carrier", self.tr("Carrier"), self.carrier)
        self.form.add_field("tracking_no", self.tr("Tracking number"), self.tracking)
        self.form.add_field("address", self.tr("Address"), self.address)
        self.finish_layout()
        self.tracking.setFocus()


# =======================================================================================
# The view


class CaseView(QWidget):
    back = Signal()
    changed = Signal(str)  # a step was recorded on this case (the lists refresh)
    open_inquiry = Signal(str)

    def __init__(self, store: Store, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.operator = operator
        self.labels = Labels(self)
        self.detail: CaseDetail | None = None
        self.dialog: StepDialog | None = None
        self._build()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Back to the list (Esc)"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back.emit)
        self.number = QLabel()
        self.number.setObjectName("caseNumber")
        self.number.setStyleSheet("font-size: 22px; font-weight: bold; color: #1d3557;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        self.light = QLabel()
        self.light.setObjectName("caseLight")
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(10)
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addWidget(self.light)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.banner = QLabel()
        self.banner.setObjectName("caseBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.conflicts = QLabel()
        self.conflicts.setObjectName("caseConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet(
            "background:#fdecea; border:1px solid #e57373; border-radius:4px; padding:5px;"
        )
        self.conflicts.hide()

        self.summary = QLabel()
        self.summary.setObjectName("caseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel()
        self.facts.setObjectName("caseFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        info = QFrame()
        info.setObjectName("caseInfo")
        info.setStyleSheet(
            "#caseInfo { background:#f6f8fb; border:1px solid #d5dde8; border-radius:6px; }"
        )
        grid = QGridLayout(info)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.addWidget(self.summary, 0, 0)
        grid.addWidget(self.facts, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in self._action_texts().items():
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.setStyleSheet(ACTION_STYLE)
            button.clicked.connect(lambda _c=False, k=key: self.run_action(k))
            button.hide()
            self.action_buttons[key] = button
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.no_actions = QLabel()
        self.no_actions.setObjectName("noActions")
        self.no_actions.setStyleSheet("color:#555")
        self.actions_row.insertWidget(0, self.no_actions)
        self.message = QLabel()
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.timeline = _table(
            [
                self.tr("When"),
                self.tr("Window"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Details"),
            ],
            "timeline",
        )
        self.materials = _table(
            [self.tr("Material"), self.tr("Required"), self.tr("Received"), self.tr("State")],
            "materials",
        )
        self.documents = self._documents_tab()
        self.joint = _table(
            [
                self.tr("Department"),
                self.tr("Result"),
                self.tr("Note"),
                self.tr("When"),
                self.tr("Window"),
            ],
            "tasks",
        )
        self.reported = QWidget()
        rep = QVBoxLayout(self.reported)
        self.forward_info = QLabel()
        self.forward_info.setObjectName("forwardInfo")
        self.forward_info.setWordWrap(True)
        self.replies = _table(
            [
                self.tr("Replied on"),
                self.tr("Reference"),
                self.tr("Content"),
                self.tr("Result"),
                self.tr("Recorded"),
            ],
            "replies",
        )
        rep.addWidget(self.forward_info)
        rep.addWidget(self.replies, 1)
        self.fees = _table(
            [
                self.tr("Receipt"),
                self.tr("Amount (yuan)"),
                self.tr("Method"),
                self.tr("Paid"),
                self.tr("State"),
            ],
            "fees",
        )
        self.visits = QLabel()
        self.visits.setObjectName("visits")
        self.visits.setWordWrap(True)
        self.visits.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.visits.setTextFormat(Qt.TextFormat.RichText)
        self.visits.linkActivated.connect(self.open_inquiry.emit)
        self._add_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.banner)
        layout.addWidget(info)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        for key, slot in (("Esc", self.back.emit), ("F5", self.reload)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _action_texts(self) -> dict[str, str]:
        return {
            "start": self.tr("Start work"),
            "decide": self.tr("Decision…"),
            "task_result": self.tr("Department result…"),
            "forward": self.tr("Forward…"),
            "reply": self.tr("Reply received…"),
            "pause": self.tr("Special procedure…"),
            "resume": self.tr("Resume"),
            "ready": self.tr("Result ready"),
            "collect": self.tr("Collection…"),
            "mail": self.tr("Mailing…"),
            "rate_intake": self.tr("Rate the application…"),
            "rate_collection": self.tr("Rate the collection…"),
        }

    def _documents_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.print_row = QHBoxLayout()
        self.print_buttons: list[QPushButton] = []
        self.print_row.addStretch(1)
        self.archived = _table(
            [
                self.tr("Printed"),
                self.tr("Document"),
                self.tr("Copy"),
                self.tr("Clerk"),
                self.tr("SHA-256"),
            ],
            "archived",
        )
        self.archived.doubleClicked.connect(self._preview_archived)
        hint = QLabel(self.tr("Double-click a printed copy to see it as it was printed."))
        hint.setStyleSheet("color:#555")
        box.addLayout(self.print_row)
        box.addWidget(self.archived, 1)
        box.addWidget(hint)
        return page

    # -- showing -----------------------------------------------------------------------------

    def load(self, case_no: str) -> CaseDetail:
        """Read and show a case (raises DomainError when this window does not have it)."""
        detail = case_detail(self.store, case_no, role=self.operator.role)
        if detail.needs_tasks:
            # 并联审批: the joint tasks open when the case is first opened after acceptance.
            open_joint_tasks(self.store, detail.case_no, self.operator)
            detail = case_detail(self.store, case_no, role=self.operator.role)
        self.show_detail(detail)
        return detail

    def reload(self) -> None:
        if self.detail is not None:
            try:
                self.load(self.detail.case_no)
            except DomainError as err:
                self.say(err.message, error=True)

    def show_detail(self, detail: CaseDetail) -> None:
        another = self.detail is None or self.detail.case_no != detail.case_no
        self.detail = detail
        v = detail.view
        self.number.setText(v.case_no)
        self.status.setText(self.labels.status(v.status))
        self.status.setStyleSheet(
            "font-size:14px; padding:2px 8px; border-radius:4px; background:#e3eaf3; color:#1d3557;"
        )
        self._show_light(detail)
        self.message.hide()
        self._show_conflicts(detail)
        self.summary.setText(self._summary_html(detail))
        self.facts.setText(self._facts_html(detail))
        self._show_actions(detail)
        self._fill_tabs(detail)
        if another:
            self.tabs.setCurrentIndex(0)  # a new case opens on its timeline

    def _show_light(self, detail: CaseDetail) -> None:
        text = self.labels.light(detail.light, detail.workdays_left)
        if not text:
            self.light.hide()
            return
        back, fore = LIGHT_COLORS[detail.light]
        due = detail.view.due_date.isoformat() if detail.view.due_date else ""
        self.light.setText(f"● {text}" + (f"  {due}" if due else ""))
        self.light.setStyleSheet(
            f"font-size:14px; font-weight:bold; padding:2px 10px; border-radius:4px;"
            f" background:{back}; color:{fore};"
        )
        self.light.show()

    def _show_conflicts(self, detail: CaseDetail) -> None:
        if detail.conflicts:
            self.conflicts.setText(
                "<b>"
                + self.tr("Sync conflicts on this case (for a supervisor):")
                + "</b><br>"
                + "<br>".join(escape(c) for c in detail.conflicts)
            )
            self.conflicts.show()
        else:
            self.conflicts.hide()
        if detail.view.status == "incomplete":
            self.banner.setText(
                self.tr(
                    "Waiting for the applicant to bring what the one-time notice lists: record it on the intake screen (Ctrl+1)."
                )
            )
            self.banner.setStyleSheet(
                "background:#fff4d6; border:1px solid #e0b44c; border-radius:4px; padding:5px;"
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _party(self, party: Any) -> str:
        if party is None:
            return "—"
        phone = f"　{escape(party.phone)}" if party.phone else ""
        return (
            f"{escape(party.name)}　{escape(party.id_kind_label)} {escape(party.id_masked)}{phone}"
        )

    def _summary_html(self, d: CaseDetail) -> str:
        v = d.view
        rows = [
            (self.tr("Item"), f"<b>{escape(v.item_name)}</b>"),
            (self.tr("Kind"), f"{self.labels.kind(d.item_kind)}　{escape(v.department)}"),
            (self.tr("Applicant"), self._party(v.applicant)),
            (self.tr("Agent"), self._party(v.agent)),
            (
                self.tr("Taken in"),
                self.tr("window %1, %2")
                .replace("%1", v.window_code)
                .replace("%2", escape(v.clerk)),
            ),
        ]
        return self._rows_html(rows)

    def _facts_html(self, d: CaseDetail) -> str:
        v = d.view
        rows = [(self.tr("Received at"), local_text(v.received_at))]
        if v.accepted_at:
            rows.append((self.tr("Accepted"), local_text(v.accepted_at)))
        if v.due_date:
            rows.append((self.tr("Promised by"), f"<b>{v.due_date.isoformat()}</b>"))
        if d.pause:
            rows.append((self.tr("Paused since"), d.pause[1].isoformat()))
        if d.forwarded_on:
            rows.append(
                (
                    self.tr("Forwarded"),
                    f"{d.forwarded_on} {escape(d.forwarded_to)} {escape(d.forward_ref)}",
                )
            )
        if d.decided_at:
            text = f"{self.labels.decision(d.decision)}　{local_text(d.decided_at)}"
            if d.decision_reason:
                text += f"<br>{escape(d.decision_reason)}"
            if d.decision_basis:
                text += f"<br>{escape(d.decision_basis)}"
            color = "#2e7d32" if d.decision == "approved" else "#b3261e"
            rows.append((self.tr("Decision"), f"<span style='color:{color}'>{text}</span>"))
        if v.reason:
            rows.append((self.tr("Not accepted"), escape(v.reason)))
        if d.ready_at:
            rows.append((self.tr("Ready since"), local_text(d.ready_at)))
        h = d.handover
        if h is not None:
            if h.kind == "collected":
                who = f"{self.labels.role(h.collector_role)} {escape(h.collector_name)} {h.collector_id_masked}"
                if h.id_mismatch:
                    who += (
                        "　<span style='color:#b3261e'>"
                        + self.tr("ID did not match; confirmed")
                        + "</span>"
                    )
                rows.append((self.tr("Collected"), f"{local_text(h.at)}　{who}"))
            else:
                rows.append(
                    (
                        self.tr("Mailed"),
                        f"{local_text(h.at)}　{escape(h.carrier)} {escape(h.tracking_no)}",
                    )
                )
        return self._rows_html(rows)

    @staticmethod
    def _rows_html(rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='color:#5a6678; padding-right:10px; white-space:nowrap'>{k}</td>"
            f"<td>{v}</td></tr>"
            for k, v in rows
        )
        return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"

    def _show_actions(self, detail: CaseDetail) -> None:
        for key, button in self.action_buttons.items():
            button.setVisible(key in detail.actions)
        if detail.actions:
            self.no_actions.hide()
        else:
            self.no_actions.setText(self.tr("Nothing left to do on this case at this window."))
            self.no_actions.show()

    def _add_tabs(self) -> None:
        """Every tab once; a case shows or hides the joint and reported ones (rebuilding
        the tabs for each case would cost the scan-to-view budget its layout passes)."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.visits)
        self.tab_pages = {
            "timeline": self.timeline,
            "materials": self.materials,
            "documents": self.documents,
            "joint": self.joint,
            "reported": self.reported,
            "fees": self.fees,
            "visits": area,
        }
        for page in self.tab_pages.values():
            self.tabs.addTab(page, "")

    def _tab(self, key: str, text: str, visible: bool = True) -> None:
        index = self.tabs.indexOf(self.tab_pages[key])
        self.tabs.setTabText(index, text)
        self.tabs.setTabVisible(index, visible)

    def _fill_tabs(self, d: CaseDetail) -> None:
        _fill(
            self.timeline,
            [
                [
                    t.when,
                    t.window,
                    f"{t.clerk_name} ({t.clerk})" if t.clerk_name != t.clerk else t.clerk,
                    t.label,
                    t.detail,
                ]
                for t in d.timeline
            ],
        )
        self._tab("timeline", self.tr("Timeline (%1)").replace("%1", str(len(d.timeline))))
        mats = d.view.materials
        _fill(
            self.materials,
            [
                [
                    m.name,
                    f"{m.originals} / {m.copies}" if m.applies else self.tr("n/a"),
                    f"{m.received_originals} / {m.received_copies}",
                    self.tr("Missing")
                    if m.missing
                    else ("" if m.applies else self.tr("Does not apply")),
                ]
                for m in mats
            ],
            ["#b3261e" if m.missing else None for m in mats],
        )
        self._tab("materials", self.tr("Materials (%1)").replace("%1", str(len(mats))))
        self._fill_documents(d)
        self._tab("documents", self.tr("Documents (%1)").replace("%1", str(len(d.view.documents))))
        _fill(
            self.joint,
            [
                [
                    t.department_name,
                    self.labels.decision(t.status),
                    t.note,
                    local_text(t.done_at) if t.done_at else "",
                    t.done_window,
                ]
                for t in d.tasks
            ],
            [{"approved": "#2e7d32", "denied": "#b3261e"}.get(t.status) for t in d.tasks],
        )
        done = sum(1 for t in d.tasks if t.status != "open")
        self._tab(
            "joint",
            self.tr("Joint tasks (%1 of %2)")
            .replace("%1", str(done))
            .replace("%2", str(len(d.tasks))),
            d.item_kind == "joint",
        )
        if d.forwarded_on:
            self.forward_info.setText(
                self.tr("Forwarded to %1 on %2, reference %3.")
                .replace("%1", d.forwarded_to)
                .replace("%2", d.forwarded_on.isoformat())
                .replace("%3", d.forward_ref)
            )
        else:
            self.forward_info.setText(
                self.tr("Not forwarded yet. Higher authority: %1").replace("%1", d.higher_authority)
            )
        _fill(
            self.replies,
            [
                [
                    r.replied_on.isoformat(),
                    r.reference,
                    r.content,
                    self.labels.decision(r.decision),
                    f"{local_text(r.recorded_at)} {r.window}",
                ]
                for r in d.replies
            ],
        )
        self._tab(
            "reported",
            self.tr("Higher authority (%1)").replace("%1", str(len(d.replies))),
            d.item_kind == "reported",
        )
        _fill(
            self.fees,
            [
                [
                    p.receipt_no,
                    _yuan(p.total_fen),
                    self.labels.method(p.method),
                    local_text(p.paid_at),
                    self.tr("Voided") if p.voided else "",
                ]
                for p in d.payments
            ],
        )
        self._tab("fees", self.tr("Fees (%1)").replace("%1", str(len(d.payments))))
        self.visits.setText(self._visits_html(d))
        self._tab("visits", self.tr("Ratings and inquiries"))

    def _visits_html(self, d: CaseDetail) -> str:
        names = {
            5: self.tr("Very satisfied"),
            4: self.tr("Satisfied"),
            3: self.tr("Fairly satisfied"),
            2: self.tr("Dissatisfied"),
            1: self.tr("Very dissatisfied"),
        }
        kinds = {"intake": self.tr("Application"), "collection": self.tr("Collection")}
        lines = []
        for r in d.ratings:
            line = f"{kinds.get(r.visit_kind, r.visit_kind)}：<b>{names.get(r.level, '')}</b>"
            if r.comment:
                line += f"　{escape(r.comment)}"
            if r.follow_up_status == "open":
                line += (
                    "　<span style='color:#b3261e'>"
                    + self.tr("follow-up due %1").replace("%1", str(r.follow_up_due))
                    + "</span>"
                )
            elif r.follow_up_status == "closed":
                line += "　" + self.tr("followed up")
            lines.append(line)
        if not lines:
            lines.append(self.tr("No rating yet."))
        if d.inquiries:
            links = "　".join(f"<a href='{n}'>{n}</a>" for n in d.inquiries)
            lines.append(self.tr("Inquiries about this case: %1").replace("%1", links))
        return "<br>".join(lines)

    def _fill_documents(self, d: CaseDetail) -> None:
        for button in self.print_buttons:
            self.print_row.removeWidget(button)
            button.deleteLater()
        self.print_buttons = []
        titles = {
            "acceptance": self.tr("acceptance slip"),
            "notice": self.tr("one-time notice"),
            "rejection": self.tr("rejection notice"),
        }
        printed = {doc.doc_kind for doc in d.view.documents if not doc.reprint}
        for n, kind in enumerate(d.view.printable):
            text = (
                self.tr("Reprint the %1") if kind in printed else self.tr("Print the %1")
            ).replace("%1", titles.get(kind, kind))
            button = QPushButton(text)
            button.setObjectName(f"print_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.print_document(k))
            self.print_row.insertWidget(n, button)
            self.print_buttons.append(button)
        _fill(
            self.archived,
            [
                [
                    doc.printed_at_text,
                    doc.title,
                    self.tr("Reprint") if doc.reprint else self.tr("Original"),
                    doc.clerk,
                    doc.sha256[:16] + "…",
                ]
                for doc in d.view.documents
            ],
        )

    # -- messages ----------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "color:#2e7d32;")
        self.message.show()

    # -- documents ---------------------------------------------------------------------------

    def print_document(self, kind: str) -> None:
        if self.detail is None:
            return
        try:
            doc = produce_document(self.store, self.detail.case_no, self.operator, kind)
        except DomainError as err:
            self.say(err.message, error=True)
            return
        self._preview(doc)
        self.reload()
        self.say(
            (self.tr("Reprint of %1 archived") if doc.reprint else self.tr("%1 archived")).replace(
                "%1", doc.title
            )
        )

    def _preview_archived(self) -> None:
        if self.detail is None:
            return
        row = self.archived.currentRow()
        docs = self.detail.view.documents
        if not 0 <= row < len(docs):
            return
        d = docs[row]
        path = self.store.data_dir / d.path
        try:
            pdf = path.read_bytes()
        except OSError as exc:
            self.say(
                self.tr("The archived copy cannot be read: %1").replace("%1", str(exc)), error=True
            )
            return
        self._preview(
            PrintedDocument(
                self.detail.case_no, d.doc_kind, d.title, pdf, d.sha256, path, d.reprint
            )
        )

    def _preview(self, doc: PrintedDocument) -> None:
        from ui.pdf_preview import PdfPreviewDialog

        preview = PdfPreviewDialog(doc, self)
        try:
            preview.exec()
        finally:
            preview.deleteLater()

    # -- the steps ---------------------------------------------------------------------------

    def run_action(self, key: str) -> None:
        detail = self.detail
        if detail is None or key not in detail.actions:
            return
        seen = detail.status
        no = detail.case_no
        op = self.operator
        simple: dict[str, Callable[[], Any]] = {
            "start": lambda: start_case(self.store, no, op, expected_status=seen),
            "resume": lambda: resume(self.store, no, op, expected_status=seen),
            "ready": lambda: mark_ready(self.store, no, op, expected_status=seen),
        }
        if key in simple:
            self._done(simple[key])
            return
        if key in ("rate_intake", "rate_collection"):
            self._rate(key.removeprefix("rate_"))
            return
        self._open_dialog(key, detail, seen)

    def _open_dialog(self, key: str, detail: CaseDetail, seen: str) -> None:
        no, op, store = detail.case_no, self.operator, self.store
        dialog: StepDialog
        call: Callable[[], Any]
        if key == "decide":
            dialog = DecideDialog(self)

            def call() -> Any:
                assert isinstance(dialog, DecideDialog)
                f = dialog.decision
                return decide_case(
                    store,
                    no,
                    op,
                    decision=f.value(),
                    reason=f.reason.text(),
                    basis=f.basis.text(),
                    expected_status=seen,
                )

        elif key == "task_result":
            open_tasks = [
                (t.department_code, t.department_name) for t in detail.tasks if t.status == "open"
            ]
            if not open_tasks and not detail.tasks:
                open_tasks = [("", name) for name in detail.joint_departments]
            dialog = TaskDialog(open_tasks, self)

            def call() -> Any:
                assert isinstance(dialog, TaskDialog)
                f = dialog.decision
                return record_task_result(
                    store,
                    no,
                    op,
                    department_code=dialog.department.currentData(),
                    result=f.value(),
                    note=f.reason.text(),
                    basis=f.basis.text(),
                )

        elif key == "forward":
            dialog = ForwardDialog(detail.higher_authority, self)

            def call() -> Any:
                assert isinstance(dialog, ForwardDialog)
                return forward_case(
                    store,
                    no,
                    op,
                    forwarded_on=_day(dialog.forwarded_on),
                    reference=dialog.reference.text(),
                    authority=dialog.authority.text(),
                    expected_status=seen,
                )

        elif key == "reply":
            dialog = ReplyDialog(self)

            def call() -> Any:
                assert isinstance(dialog, ReplyDialog)
                f = dialog.decision
                final = dialog.final.isChecked()
                return record_reply(
                    store,
                    no,
                    op,
                    content=dialog.content.text(),
                    replied_on=_day(dialog.replied_on),
                    reference=dialog.reference.text(),
                    decision=f.value() if final else "",
                    reason=f.reason.text(),
                    basis=f.basis.text(),
                    expected_status=seen,
                )

        elif key == "pause":
            dialog = PauseDialog(self)

            def call() -> Any:
                assert isinstance(dialog, PauseDialog)
                return pause(
                    store,
                    no,
                    op,
                    procedure=dialog.procedure.currentData(),
                    reason=dialog.reason.text(),
                    expected_status=seen,
                )

        elif key == "collect":
            dialog = CollectDialog(detail, self)

            def call() -> Any:
                assert isinstance(dialog, CollectDialog)
                return collect_result(
                    store,
                    no,
                    op,
                    dialog.collector(),
                    confirm_mismatch=dialog.confirm.isVisible() and dialog.confirm.isChecked(),
                    expected_status=seen,
                )

        elif key == "mail":
            dialog = MailDialog(self)

            def call() -> Any:
                assert isinstance(dialog, MailDialog)
                return mail_result(
                    store,
                    no,
                    op,
                    carrier=dialog.carrier.currentText(),
                    tracking_no=dialog.tracking.text(),
                    address=dialog.address.text(),
                    expected_status=seen,
                )

        else:
            return
        dialog.submitted.connect(lambda: self._submit(dialog, call))
        self.dialog = dialog
        dialog.open()

    def _submit(self, dialog: StepDialog, call: Callable[[], Any]) -> None:
        try:
            call()
        except IntakeInvalid as err:
            dialog.show_problems(err)
            return
        except DomainError as err:
            if err.code in ("case.changed", "case.state", "case.kind", "joint.done"):
                # The case is not what the dialog was opened for: close it, show why, reload.
                dialog.reject()
                self.reload()
                self.say(err.message, error=True)
                return
            dialog.show_problems(err)
            return
        dialog.accept()
        self._after_step()

    def _done(self, call: Callable[[], Any]) -> None:
        try:
            call()
        except DomainError as err:
            self.reload()
            self.say(err.message, error=True)
            return
        self._after_step()

    def _after_step(self) -> None:
        assert self.detail is not None
        no = self.detail.case_no
        self.reload()
        self.say(
            self.tr("Recorded. The case is now: %1").replace(
                "%1", self.labels.status(self.detail.status)
            )
        )
        self.changed.emit(no)

    def _rate(self, visit_kind: str) -> None:
        from ui.evaluation_dialog import EvaluationDialog

        assert self.detail is not None
        dialog = EvaluationDialog(
            self.store,
            self.operator,
            visit_kind=visit_kind,
            number=self.detail.case_no,
            parent=self,
        )
        dialog.accepted.connect(self._rated)
        self.rating_dialog = dialog
        dialog.open()

    def _rated(self) -> None:
        self.reload()
        self.say(self.tr("Rating recorded."))


def _center_qdate() -> QDate:
    """The center's today for date fields: a PC left on UTC would offer yesterday."""
    from desktop.clock import center_today

    d = center_today()
    return QDate(d.year, d.month, d.day)
