"""接件: the intake screen, where every application ends in one clear answer.

Left the applicant, in the middle the item and its material checklist, on the right the
item's six disclosures; at the bottom the three outcomes (受理 F9, 一次性告知 F10,
不予受理 F11). The page only gathers what the clerk types and calls the services in
desktop.intake; the rules (what counts as complete, the frozen list, the five-day limit)
live there, and every problem they report is shown beside its field.

Whatever is typed is kept as a draft a moment after the last keystroke, so an
interruption or a closed program loses nothing; the draft disappears when the intake
reaches its outcome.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator
from desktop.applicants import check_applicant
from desktop.catalog_search import CatalogIndex, ItemSummary
from desktop.catalog_view import ItemDetail, item_detail
from desktop.clock import local_day, local_text, now_utc
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.intake import (
    CaseSummary,
    DraftInfo,
    IntakeInput,
    IntakeInvalid,
    accept_case,
    case_summary,
    discard_draft,
    issue_one_time_notice,
    list_drafts,
    receive_supplements,
    reject_case,
    save_draft,
)
from desktop.store import Store, WindowIdentity
from models.cases import CaseStatus
from models.catalog import HandlingKind
from ui.applicant_form import ApplicantForm, EnterMovesOn
from ui.disclosure_view import disclosure_html
from ui.forms import ERROR_STYLE, FieldForm
from ui.intake_materials import (
    MaterialsTable,
    RequirementExceptionDialog,
    specs_from_case,
    specs_from_item,
)
from ui.item_picker import ItemPicker

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500  # after the last change: long enough not to write on every key
DRAFT_VERSION = 1
OUTCOME_STYLE = (
    "QPushButton {{ min-height: 46px; padding: 0 18px; font-size: 16px; font-weight: bold;"
    " color: white; background: {color}; border-radius: 6px; }}"
    " QPushButton:disabled {{ background: #c9ced6; color: #f4f5f7; }}"
    " QPushButton:focus {{ border: 3px solid #1d3557; }}"
)


class ResultPanel(QFrame):
    """The answer just given: the case number (big, for the applicant), status, dates."""

    reprint = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setStyleSheet(
            "#resultPanel { background: #f3f7fb; border: 1px solid #9db4cf; border-radius: 6px; }"
        )
        self.status = QLabel()
        self.status.setObjectName("resultStatus")
        self.number = QLabel()
        self.number.setObjectName("resultCaseNo")
        self.number.setStyleSheet("font-size: 24px; font-weight: bold; color: #1d3557;")
        self.number.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details = QLabel()
        self.details.setObjectName("resultDetails")
        self.details.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("resultWarning")
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.warning.setWordWrap(True)
        self.print_state = QLabel()
        self.print_state.setObjectName("printState")
        self.print_state.setWordWrap(True)
        self.reprint_button = QPushButton(self.tr("Print again (Ctrl+P)"))
        self.reprint_button.setObjectName("reprintButton")
        self.reprint_button.clicked.connect(self.reprint.emit)
        head = QVBoxLayout()
        head.setSpacing(0)
        head.addWidget(self.status)
        head.addWidget(self.number)
        body = QVBoxLayout()
        body.setSpacing(1)
        body.addWidget(self.details)
        body.addWidget(self.warning)
        body.addWidget(self.print_state)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addLayout(head)
        row.addSpacing(16)
        row.addLayout(body, 1)
        row.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_summary(self, summary: CaseSummary, note: str = "") -> None:
        titles = {
            CaseStatus.ACCEPTED.value: (self.tr("Accepted"), "#2e7d32"),
            CaseStatus.COLLECTED.value: (self.tr("Accepted and finished on the spot"), "#2e7d32"),
            CaseStatus.INCOMPLETE.value: (self.tr("One-time notice issued"), "#c77700"),
            CaseStatus.REJECTED.value: (self.tr("Not accepted"), "#b3261e"),
        }
        title, color = titles.get(summary.status, (summary.status, "#333"))
        self.status.setText(title)
        self.status.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {color};")
        self.number.setText(summary.case_no)
        lines = [
            self.tr("Applicant: %1　Item: %2")
            .replace("%1", escape(summary.applicant_name))
            .replace("%2", escape(summary.item_name))
        ]
        if summary.due_date is not None:
            lines.append(
                "<b>"
                + self.tr("Promised by: %1").replace("%1", summary.due_date.isoformat())
                + "</b>"
            )
        if summary.deemed_accepted:
            lines.append(
                self.tr(
                    "Not told within 5 working days of receipt: by law accepted on the day received."
                )
            )
        if summary.status == CaseStatus.INCOMPLETE:
            # The names are on the printed notice; here the count is enough.
            lines.append(
                self.tr("Missing %1 materials (listed on the notice)").replace(
                    "%1", str(len(summary.missing))
                )
            )
            if summary.notice_deadline is not None:
                lines.append(
                    self.tr("Notice due by (5 working days after receipt): %1").replace(
                        "%1", summary.notice_deadline.isoformat()
                    )
                )
        if note:
            lines.append(self.tr("Reason: %1").replace("%1", escape(note)))
        self.details.setText("<br>".join(lines))
        warning = pick(summary.due_warning_zh, summary.due_warning_en)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.print_state.clear()
        self.show()

    def set_print_state(self, text: str, *, error: bool = False) -> None:
        self.print_state.setText(text)
        self.print_state.setStyleSheet(ERROR_STYLE if error else "color: #555;")


def _line(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo box."""
    edit = combo.lineEdit()
    assert edit is not None
    return edit


class RejectDialog(QDialog):
    """不予受理: a reason and its legal basis, with the applicant's rights shown."""

    FIELDS = ("reason", "legal_basis")
    submitted = Signal(str, str)

    def __init__(self, item_bases: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not accepting the application"))
        self.setMinimumWidth(620)
        # The usual reasons, each with the provision that supports it (行政许可法 Art. 32, 78).
        self.presets: list[tuple[str, str]] = [
            (
                self.tr("Not within the remit of this center"),
                self.tr("Administrative Licensing Law of the PRC, Art. 32 para. 1 item (2)"),
            ),
            (
                self.tr("By law the matter needs no administrative licence"),
                self.tr("Administrative Licensing Law of the PRC, Art. 32 para. 1 item (1)"),
            ),
            (
                self.tr("The applicant is not eligible to apply"),
                item_bases[0]
                if item_bases
                else self.tr("Administrative Licensing Law of the PRC, Art. 32"),
            ),
            (
                self.tr("The applicant concealed facts or gave false materials"),
                self.tr("Administrative Licensing Law of the PRC, Art. 78"),
            ),
        ]
        self.form = FieldForm()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reason.setMinimumContentsLength(24)
        self.reason.addItems([r for r, _b in self.presets])
        self.reason.setCurrentIndex(-1)
        _line(self.reason).setPlaceholderText(self.tr("Choose (Up/Down) or write the reason"))
        self.basis = QComboBox()
        self.basis.setObjectName("legal_basis")
        self.basis.setEditable(True)
        self.basis.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.basis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.basis.setMinimumContentsLength(24)
        self.basis.addItems(list(dict.fromkeys([b for _r, b in self.presets] + list(item_bases))))
        self.basis.setCurrentIndex(-1)
        _line(self.basis).setPlaceholderText(self.tr("Law, article (and paragraph)"))
        self.form.add_field("reason", self.tr("Reason"), self.reason)
        self.form.add_field("legal_basis", self.tr("Legal basis"), self.basis)
        self.form.add_general_error()
        rights = QLabel(
            self.tr(
                "Printed on the notice: if the applicant disagrees, they may apply for administrative "
                "review within 60 days of receiving the notice, or bring an administrative lawsuit "
                "before the people's court within 6 months."
            )
        )
        rights.setObjectName("rightsText")
        rights.setWordWrap(True)
        rights.setStyleSheet("background: #f6f6f6; padding: 6px; color: #333;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Not accept and print the notice")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(rights)
        layout.addWidget(buttons)
        self._basis_typed = False
        self.reason.currentIndexChanged.connect(self._reason_chosen)
        _line(self.basis).textEdited.connect(lambda _t: setattr(self, "_basis_typed", True))
        self.enter = EnterMovesOn(lambda: [self.reason, self.basis], self.submit, self)
        self.enter.watch(self.reason, _line(self.reason), self.basis, _line(self.basis))
        self.reason.setFocus()

    def _reason_chosen(self, at: int) -> None:
        # A chosen reason brings its provision, unless the clerk has written one by hand.
        if 0 <= at < len(self.presets) and not self._basis_typed:
            self.basis.setEditText(self.presets[at][1])

    def submit(self) -> None:
        self.form.clear_errors()
        self.submitted.emit(self.reason.currentText(), self.basis.currentText())

    def show_problems(self, problems: list[DomainError]) -> None:
        for p in problems:
            self.form.show_error(p.field if p.field in self.FIELDS else None, p.message)


class DraftsDialog(QDialog):
    """The clerk's half-done intakes: resume one (Enter) or discard it (Delete)."""

    def __init__(
        self,
        store: Store,
        operator: Operator,
        current: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operator = operator
        self.current = current
        self.chosen: DraftInfo | None = None
        self.discarded: list[uuid.UUID] = []
        self.setWindowTitle(self.tr("Drafts"))
        self.resize(760, 380)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("draftsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Applicant · item"),
                self.tr("Received"),
                self.tr("Last saved"),
                self.tr("Notice due by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.resume())
        hint = QLabel(
            self.tr(
                "By law the applicant must be told what is missing within 5 working days of receipt; past that date the application counts as accepted."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.resume_button = QPushButton(self.tr("Resume (Enter)"))
        self.resume_button.setObjectName("resumeDraft")
        self.resume_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Discard… (Del)"))
        self.discard_button.setObjectName("discardDraft")
        close = QPushButton(self.tr("Close (Esc)"))
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table).activated.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.drafts: list[DraftInfo] = []
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        self.drafts = list_drafts(self.store, clerk=self.operator.username)
        today = local_day(now_utc())
        self.table.setRowCount(len(self.drafts))
        for row, d in enumerate(self.drafts):
            title = d.title + (self.tr(" (on screen)") if d.id == self.current else "")
            due = d.notice_deadline.isoformat()
            if d.notice_deadline < today:
                due += self.tr(" — passed: counts as accepted")
            elif d.notice_deadline == today:
                due += self.tr(" — today")
            cells = [title, local_text(d.received_at), local_text(d.updated_at), due]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 3 and d.notice_deadline <= today:
                    cell.setForeground(QColor("#b3261e"))
                self.table.setItem(row, col, cell)
        if self.drafts:
            self.table.selectRow(0)
        self.resume_button.setEnabled(bool(self.drafts))
        self.discard_button.setEnabled(bool(self.drafts))

    def _selected(self) -> DraftInfo | None:
        row = self.table.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def resume(self) -> None:
        self.chosen = self._selected()
        if self.chosen is not None:
            self.accept()

    def discard(self) -> None:
        draft = self._selected()
        if draft is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr("Discard the draft “%1”? It cannot be brought back.").replace(
                "%1", draft.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        discard_draft(self.store, draft.id)
        self.discarded.append(draft.id)
        self.refresh()


class IntakePage(QWidget):
    def __init__(
        self, store: Store, ident: WindowIdentity, operator: Operator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ident = ident
        self.operator = operator
        with store.read() as s:
            self.index = CatalogIndex.from_session(s)
        self.detail: ItemDetail | None = None
        self.case: CaseSummary | None = None  # the one-time-notice case of a return visit
        self.case_touched = False
        self.draft_id: uuid.UUID | None = None
        self.draft_received_at: datetime | None = None
        self.last_case_no: str | None = None
        self._loading = False  # filling the form ourselves: not a change to save
        self._dialog: Any = None  # the open dialog (kept so it is not collected)
        self._build()
        self._connect()
        self._reset_form()
        self._refresh_drafts()

    # =====================================================================================
    # building
    def _build(self) -> None:
        self.case_field = QLineEdit()
        self.case_field.setObjectName("caseNumber")
        self.case_field.setPlaceholderText(self.tr("Case number on the notice, or scan it (F2)"))
        self.case_field.setClearButtonEnabled(True)
        self.case_error = QLabel()
        self.case_error.setObjectName("error_case_no")
        self.case_error.setStyleSheet(ERROR_STYLE)
        self.case_error.setWordWrap(True)
        self.case_error.hide()
        self.drafts_button = QPushButton()
        self.draft_state = QLabel()  # beside the drafts it belongs to
        self.draft_state.setObjectName("draftState")
        self.draft_state.setStyleSheet("color: #555;")
        self.drafts_button.setObjectName("draftsButton")
        self.drafts_button.setToolTip(self.tr("Resume or discard a half-done intake (Ctrl+O)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Return visit with a notice:")))
        top.addWidget(self.case_field, 1)
        top.addWidget(self.case_error, 2)
        top.addStretch(1)
        top.addWidget(self.draft_state)
        top.addWidget(self.drafts_button)

        self.result = ResultPanel()
        self.return_banner = QLabel()
        self.return_banner.setObjectName("returnBanner")
        self.return_banner.setWordWrap(True)
        self.return_banner.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0b44c; border-radius: 4px; padding: 6px;"
        )
        self.return_banner.hide()

        self.applicant = ApplicantForm(self.store)
        left = QScrollArea()
        left.setWidgetResizable(True)
        left.setWidget(self.applicant)
        left.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.setMinimumWidth(270)
        self.picker = ItemPicker(self.index)
        self.materials = MaterialsTable()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.picker)
        middle_layout.addWidget(self.materials, 1)
        self.disclosure = QTextBrowser()
        self.disclosure.setObjectName("disclosure")
        self.disclosure.setOpenLinks(False)
        # Reference reading beside the checklist: a size smaller keeps the pane narrow.
        self.disclosure.setStyleSheet("QTextBrowser { font-size: 12px; }")
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        for pane, stretch in ((left, 3), (middle, 6), (self.disclosure, 3)):
            splitter.addWidget(pane)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([275, 555, 260])

        self.general = QLabel()
        self.general.setObjectName("error_general")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.accept_button = QPushButton(self.tr("Accept (F9)"))
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setStyleSheet(OUTCOME_STYLE.format(color="#2e7d32"))
        self.notice_button = QPushButton(self.tr("One-time notice (F10)"))
        self.notice_button.setObjectName("noticeButton")
        self.notice_button.setStyleSheet(OUTCOME_STYLE.format(color="#c77700"))
        self.reject_button = QPushButton(self.tr("Not accept… (F11)"))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.setStyleSheet(OUTCOME_STYLE.format(color="#b3261e"))
        self.finish_now = QCheckBox(self.tr("Immediate item: finish on the spot"))
        self.finish_now.setObjectName("finishNow")
        self.finish_now.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.save_button = QPushButton(self.tr("Save draft (Ctrl+S)"))
        self.save_button.setObjectName("saveDraftButton")
        self.clear_button = QPushButton(self.tr("New intake (Ctrl+N)"))
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setToolTip(self.tr("Clear the form for the next applicant"))
        bottom = QHBoxLayout()
        for w in (self.accept_button, self.notice_button, self.reject_button):
            bottom.addWidget(w)
        bottom.addSpacing(8)
        bottom.addWidget(self.finish_now)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.return_banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general)
        layout.addLayout(bottom)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)

    def _connect(self) -> None:
        self.autosave.timeout.connect(self.save_now)
        self.applicant.changed.connect(self._changed)
        self.applicant.has_agent.toggled.connect(self.materials.agent_changed)
        self.applicant.finished.connect(self._focus_item_search)
        self.picker.chosen.connect(self._item_chosen)
        self.picker.finished.connect(self.materials.focus_first)
        self.materials.changed.connect(self._changed)
        self.materials.finished.connect(self._focus_outcome)
        self.materials.exception_requested.connect(self.add_exception)
        self.finish_now.toggled.connect(lambda _on: self._changed())
        self.case_field.returnPressed.connect(self.load_case)
        self.case_field.textEdited.connect(lambda _t: self.case_error.hide())
        self.accept_button.clicked.connect(self.accept_intake)
        self.notice_button.clicked.connect(self.issue_notice)
        self.reject_button.clicked.connect(self.reject_intake)
        self.save_button.clicked.connect(self.save_now)
        self.clear_button.clicked.connect(self.new_intake)
        self.drafts_button.clicked.connect(self.open_drafts)
        self.result.reprint.connect(self.reprint)
        # Shortcuts work wherever the focus is on this page (not in its dialogs).
        keys: list[tuple[str, Callable[[], None]]] = [
            ("F9", self.accept_intake),
            ("F10", self.issue_notice),
            ("F11", self.reject_intake),
            ("Ctrl+S", self.save_now),
            ("Ctrl+N", self.new_intake),
            ("Ctrl+O", self.open_drafts),
            ("Ctrl+P", self.reprint),
            ("F2", self._focus_case_field),
            ("F3", self._focus_item_search),
        ]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _retab(self) -> None:
        """Tab follows the reading order: top row, left, middle (rows of the checklist), right, bottom."""
        chain: list[QWidget] = [self.case_field, self.result.reprint_button, self.drafts_button]
        chain += self.applicant.focus_chain()
        chain += [self.picker.search, *self.materials.focus_chain(), self.disclosure]
        chain += [
            self.accept_button,
            self.notice_button,
            self.reject_button,
            self.finish_now,
            self.save_button,
            self.clear_button,
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # =====================================================================================
    # focus
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Arriving on the page (Ctrl+1), the hands should be able to type at once.
        QTimer.singleShot(0, self._restore_focus)

    def _restore_focus(self) -> None:
        # Back on the page: where the clerk left off, or else the first field.
        last = self.focusWidget()
        if last is not None and last.isVisible() and last.isEnabled():
            last.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first_field()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Leaving the page or closing the program: what was typed is kept now.
        self.flush_draft()
        super().hideEvent(event)

    def focus_first_field(self) -> None:
        if self.case is None:
            self.applicant.party.name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.materials.focus_first()

    def _focus_case_field(self) -> None:
        self.case_field.setFocus()
        self.case_field.selectAll()

    def _focus_item_search(self) -> None:
        if self.picker.isEnabled():
            self.picker.search.setFocus()
            self.picker.search.selectAll()
        else:
            self.materials.focus_first()

    def _focus_outcome(self) -> None:
        for button in (self.accept_button, self.notice_button):
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return

    # =====================================================================================
    # the form
    def _item_chosen(self, summary: ItemSummary | None) -> None:
        self.detail = None
        if summary is not None:
            with self.store.read() as s:
                self.detail = item_detail(s, summary.id)
        if self.detail is None:
            self.disclosure.setHtml(
                "<p style='color:#666'>"
                + self.tr("Choose an item to see its six disclosures.")
                + "</p>"
            )
        else:
            self.disclosure.setHtml(disclosure_html(self.detail))
        if self.case is None:  # on a return visit the checklist is the case's frozen one
            self.materials.set_materials(specs_from_item(self.detail) if self.detail else [])
            immediate = self.detail is not None and self.detail.kind == HandlingKind.IMMEDIATE
            self.finish_now.setVisible(immediate)
            if not immediate:
                self.finish_now.setChecked(False)
        self._retab()
        self._changed()

    def _changed(self) -> None:
        self._update_buttons()
        if self._loading:
            return
        if self.case is not None:
            self.case_touched = True
            return
        if self._has_content():
            self.autosave.start()  # restarts: saved 1.5 s after the last change
            self.draft_state.setText(self.tr("Not saved yet"))

    def _update_buttons(self) -> None:
        missing = bool(self.materials.missing())
        if self.case is not None:
            self.accept_button.setEnabled(True)
            self.accept_button.setText(
                self.tr("Record what was brought (F9)") if missing else self.tr("Accept (F9)")
            )
            self.notice_button.setEnabled(False)
            self.reject_button.setEnabled(False)
            return
        self.accept_button.setText(self.tr("Accept (F9)"))
        chosen = self.detail is not None
        self.accept_button.setEnabled(chosen and not missing)
        self.notice_button.setEnabled(chosen and missing)
        self.reject_button.setEnabled(True)

    def _has_content(self) -> bool:
        return (
            self.applicant.has_content()
            or self.picker.current is not None
            or self.materials.has_ticks()
        )

    def _intake_input(self) -> IntakeInput:
        return IntakeInput(
            item_code=self.detail.code if self.detail else "",
            applicant=self.applicant.applicant_input(),
            agent=self.applicant.agent_input(),
            ticks=self.materials.ticks(),
            received_at=self.draft_received_at,
            draft_id=self.draft_id,
        )

    def _reset_form(self) -> None:
        """An empty form for the next applicant (the last result stays on show)."""
        self._loading = True
        self.autosave.stop()
        self.case = None
        self.case_touched = False
        self.applicant.setEnabled(True)
        self.applicant.clear()
        self.picker.setEnabled(True)
        self.picker.clear()
        self.materials.clear()
        self.finish_now.setChecked(False)
        self.finish_now.hide()
        self.return_banner.hide()
        self.case_field.clear()
        self.case_error.hide()
        self.general.hide()
        self.draft_id = None
        self.draft_received_at = None
        self.draft_state.clear()
        self._loading = False
        self._update_buttons()
        self._retab()

    # =====================================================================================
    # problems
    def _clear_errors(self) -> None:
        self.applicant.clear_errors()
        self.picker.error.hide()
        self.materials.clear_errors()
        self.general.clear()
        self.general.hide()
        self.case_error.hide()

    def _show_problems(self, problems: list[DomainError]) -> None:
        """Every message beside its field at once; the focus goes to the first in reading order."""
        targets: list[QWidget] = []
        general: list[str] = []
        for p in problems:
            field = p.field or ""
            target: QWidget | None = None
            if field == "item":
                target = self.picker.show_error(p.message)
            elif field == "case_no":
                self.case_error.setText(p.message)
                self.case_error.show()
                target = self.case_field
            elif field:
                target = self.applicant.show_error(field, p.message) or self.materials.show_error(
                    field, p.message
                )
            if target is None:
                general.append(p.message)
            else:
                targets.append(target)
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        order = self._reading_order()
        if targets:
            first = min(targets, key=lambda w: order.index(w) if w in order else len(order))
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reading_order(self) -> list[QWidget]:
        return [
            self.case_field,
            *self.applicant.focus_chain(),
            self.picker.search,
            *self.materials.focus_chain(),
        ]

    # =====================================================================================
    # the three outcomes
    def accept_intake(self) -> None:
        if self.case is not None:
            self._receive_supplements()
            return
        finish = self.finish_now.isVisible() and self.finish_now.isChecked()
        self._outcome(lambda inp: accept_case(self.store, inp, self.operator, finish_now=finish))

    def issue_notice(self) -> None:
        if self.case is not None:
            return  # the notice of this case was issued; the list is frozen
        self._outcome(lambda inp: issue_one_time_notice(self.store, inp, self.operator))

    def _outcome(self, call: Callable[[IntakeInput], CaseSummary], note: str = "") -> bool:
        self._clear_errors()
        self.flush_draft()  # so the service drops exactly the draft it replaces
        try:
            summary = call(self._intake_input())
        except IntakeInvalid as err:
            self._show_problems(err.problems)
            return False
        except DomainError as err:
            self._show_problems([err])
            return False
        self._finished(summary, note)
        return True

    def _finished(self, summary: CaseSummary, note: str = "") -> None:
        """The answer is recorded: show it, clear the form for the next one, print."""
        self.result.show_summary(summary, note)
        self.last_case_no = summary.case_no
        self._reset_form()
        self._refresh_drafts()
        self.print_case(summary.case_no)
        self.focus_first_field()

    def reject_intake(self) -> None:
        if self.case is not None:
            return
        self._clear_errors()
        self.flush_draft()
        # The reason is asked only once the applicant and item are right, so the clerk
        # never types a reason into a dialog that then cannot be submitted.
        problems = self._precheck()
        if problems:
            self._show_problems(problems)
            return
        assert self.detail is not None
        dialog = RejectDialog(self.detail.legal_basis, self)
        dialog.submitted.connect(lambda reason, basis: self._reject(dialog, reason, basis))
        self._dialog = dialog
        dialog.open()

    def _precheck(self) -> list[DomainError]:
        today = local_day(now_utc())
        _, problems = check_applicant(self.applicant.applicant_input(), today)
        agent = self.applicant.agent_input()
        if agent is not None:
            problems += check_applicant(agent, today, prefix="agent_", phone_required=False)[1]
        if self.detail is None:
            # The service says the same; it is only asked once the dialog is filled in.
            choose = self.tr("Choose the service item.")
            problems.append(DomainError("intake.item", choose, choose, field="item"))
        return problems

    def _reject(self, dialog: RejectDialog, reason: str, basis: str) -> None:
        try:
            summary = reject_case(
                self.store, self._intake_input(), self.operator, reason=reason, legal_basis=basis
            )
        except IntakeInvalid as err:
            mine = [p for p in err.problems if p.field in RejectDialog.FIELDS]
            others = [p for p in err.problems if p.field not in RejectDialog.FIELDS]
            if others:
                dialog.reject()
                self._show_problems(others)
            else:
                dialog.show_problems(mine)
            return
        except DomainError as err:
            dialog.show_problems([err])
            return
        dialog.accept()
        self._finished(summary, reason)

    # =====================================================================================
    # printing
    def print_case(self, case_no: str) -> None:
        """Produce (and archive) the case's document, then open the preview to print it."""
        try:
            from desktop.case_documents import produce_document
            from ui.pdf_preview import PdfPreviewDialog
        except ImportError:
            log.exception("printing modules missing")
            self.result.set_print_state(
                self.tr("Printing is not available in this installation."), error=True
            )
            return
        try:
            doc = produce_document(self.store, case_no, self.operator)
        except DomainError as err:
            self.result.set_print_state(err.message, error=True)
            return
        except Exception:  # the answer is recorded already; a reprint can still be made
            log.exception("producing the document of %s failed", case_no)
            self.result.set_print_state(
                self.tr("The document could not be made; try Print again (Ctrl+P)."), error=True
            )
            return
        label = self.tr("Reprint of %1 archived") if doc.reprint else self.tr("%1 archived")
        self.result.set_print_state(label.replace("%1", doc.title))
        preview = PdfPreviewDialog(doc, self)
        try:
            preview.exec()
        finally:
            preview.deleteLater()  # a day of cases must not keep a day of page images

    def reprint(self) -> None:
        if self.last_case_no and self.result.isVisible():
            self.print_case(self.last_case_no)

    # =====================================================================================
    # the return visit after a one-time notice
    def load_case(self) -> None:
        number = self.case_field.text().strip()
        if not number:
            return
        self._clear_errors()
        try:
            summary = case_summary(self.store, number)
        except DomainError as err:
            self._show_problems([DomainError(err.code, err.zh, err.en, field="case_no")])
            return
        if summary.status != CaseStatus.INCOMPLETE:
            message = (
                self.tr("Case %1 is %2, not waiting for materials after a notice.")
                .replace("%1", summary.case_no)
                .replace("%2", self._status_text(summary.status))
            )
            self.case_error.setText(message)
            self.case_error.show()
            self.case_field.selectAll()
            return
        self.flush_draft()
        self._reset_form()
        self._show_case(summary)
        self.materials.focus_first()

    def _show_case(self, summary: CaseSummary, note: str = "") -> None:
        self._loading = True
        self.case = summary
        self.case_touched = False
        self.case_field.setText(summary.case_no)
        self.applicant.clear()
        self.applicant.party.name.setText(summary.applicant_name)  # the rest is on the case
        self.applicant.setEnabled(False)
        self.picker.choose_code(summary.item_code)
        self.picker.setEnabled(False)
        self.materials.set_materials(specs_from_case(summary.materials), frozen=True)
        self.materials.restore(
            [
                {
                    "position": m.position,
                    "received_originals": m.received_originals,
                    "received_copies": m.received_copies,
                }
                for m in summary.materials
            ]
        )
        text = (
            self.tr(
                "Return visit for case %1 — applicant %2, item %3, received %4. Tick what was brought now; the list was fixed by the notice."
            )
            .replace("%1", summary.case_no)
            .replace("%2", summary.applicant_name)
            .replace("%3", summary.item_name)
            .replace("%4", local_text(summary.received_at))
        )
        self.return_banner.setText(f"<b>{text}</b>" + (f"<br>{note}" if note else ""))
        self.return_banner.show()
        self._loading = False
        self._update_buttons()
        self._retab()

    def _receive_supplements(self) -> None:
        assert self.case is not None
        self._clear_errors()
        if not self.case_touched and self.materials.missing():
            # Nothing ticked yet on this visit: there is nothing to record.
            self.materials.show_error(
                "materials", self.tr("Tick what the applicant brought this time first.")
            )
            self.materials.focus_first()
            return
        try:
            summary = receive_supplements(
                self.store, self.case.case_no, self.materials.ticks(), self.operator
            )
        except DomainError as err:
            self._show_problems([err])
            return
        if summary.status != CaseStatus.INCOMPLETE:
            self._finished(summary)
            return
        still = "、".join(m.name for m in summary.missing)
        note = (
            self.tr("Saved what was brought at %1. Still missing %2: %3")
            .replace("%1", local_text(now_utc(), "%H:%M"))
            .replace("%2", str(len(summary.missing)))
            .replace("%3", still)
        )
        self._show_case(summary, f"<span style='color:#b3261e'>{note}</span>")
        self.materials.focus_first()

    def add_exception(self) -> None:
        if self.case is None:
            return
        dialog = RequirementExceptionDialog(self.store, self.case.case_no, self.operator, self)
        dialog.accepted.connect(lambda: self._exception_added(dialog))
        self._dialog = dialog
        dialog.open()

    def _exception_added(self, dialog: RequirementExceptionDialog) -> None:
        if dialog.summary is None:
            return
        typed = self.materials.state()  # what was ticked this visit stays ticked
        self._show_case(
            dialog.summary, self.tr("Exception recorded: the new material was added to the list.")
        )
        self.materials.restore(typed)
        self.case_touched = True
        chain = self.materials.focus_chain()
        if len(chain) >= 2:
            chain[-2].setFocus()  # the new row's last count, just above the exception button

    # =====================================================================================
    # drafts
    def _draft_data(self) -> dict[str, Any]:
        """The whole form as plain JSON values: strings, ints and bools only."""
        return {
            "version": DRAFT_VERSION,
            "applicant": self.applicant.state(),
            "item_code": self.detail.code if self.detail else "",
            "materials": self.materials.state(),
            "finish_now": self.finish_now.isChecked(),
        }

    def _draft_title(self) -> str:
        name = self.applicant.party.name.text().strip() or self.tr("(no name yet)")
        item = self.detail.name if self.detail else self.tr("(no item yet)")
        return f"{name} · {item}"

    def save_now(self) -> None:
        """Keep what was typed as a draft (the autosave, and Ctrl+S)."""
        self.autosave.stop()
        if self.case is not None or not self._has_content():
            return
        try:
            self.draft_id = save_draft(
                self.store,
                self.operator,
                self._draft_data(),
                title=self._draft_title(),
                draft_id=self.draft_id,
            )
        except DomainError as err:
            self.draft_state.setText(err.message)
            self.draft_state.setStyleSheet(ERROR_STYLE)
            return
        self._refresh_drafts()

    def flush_draft(self) -> None:
        if self.autosave.isActive():
            self.save_now()

    def _refresh_drafts(self) -> None:
        drafts = list_drafts(self.store, clerk=self.operator.username)
        self.drafts_button.setText(self.tr("Drafts (%1) Ctrl+O").replace("%1", str(len(drafts))))
        mine = next((d for d in drafts if d.id == self.draft_id), None)
        if mine is None:
            return
        self.draft_received_at = mine.received_at
        self.draft_state.setStyleSheet("color: #555;")
        self.draft_state.setText(
            self.tr("Draft saved %1 · notice due by %2")
            .replace("%1", local_text(mine.updated_at, "%H:%M:%S"))
            .replace("%2", mine.notice_deadline.isoformat())
        )

    def open_drafts(self) -> None:
        self.flush_draft()
        dialog = DraftsDialog(self.store, self.operator, self.draft_id, self)
        dialog.finished.connect(lambda _code: self._drafts_closed(dialog))
        self._dialog = dialog
        dialog.open()

    def _drafts_closed(self, dialog: DraftsDialog) -> None:
        if self.draft_id is not None and self.draft_id in dialog.discarded:
            self._reset_form()  # the draft on screen was thrown away
        self._refresh_drafts()
        if dialog.chosen is not None:
            self.resume_draft(dialog.chosen.id, dialog.chosen.received_at, dialog.chosen.data)

    def resume_draft(
        self, draft_id: uuid.UUID, received_at: datetime, data: dict[str, Any]
    ) -> None:
        if draft_id == self.draft_id:
            return
        self.flush_draft()
        self._reset_form()
        self._loading = True
        self.applicant.restore(dict(data.get("applicant") or {}))
        code = str(data.get("item_code") or "")
        lost_item = bool(code) and not self.picker.choose_code(code)
        self.materials.restore(list(data.get("materials") or []))
        self.finish_now.setChecked(
            bool(data.get("finish_now")) and self.finish_now.isVisibleTo(self)
        )
        self.draft_id = draft_id
        self.draft_received_at = received_at
        self._loading = False
        self._update_buttons()
        self._refresh_drafts()
        if lost_item:
            self.picker.show_error(
                self.tr(
                    "The item of this draft is no longer in the catalog; choose the item again."
                )
            )
        self.focus_first_field()

    # =====================================================================================
    # a new intake
    def new_intake(self) -> None:
        if self.case is not None:
            if self.case_touched and not self._confirm(
                self.tr("Leave this return visit without recording what was ticked?")
            ):
                return
        elif self._has_content():
            choice = self._ask_clear()
            if choice == "cancel":
                return
            if choice == "keep":
                self.save_now()
            elif self.draft_id is not None:
                discard_draft(self.store, self.draft_id)
        self._reset_form()
        self.result.hide()
        self._refresh_drafts()
        self.focus_first_field()

    def _ask_clear(self) -> str:
        """'keep' (as a draft), 'discard' or 'cancel'."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("New intake"),
            self.tr("Something was typed for this applicant. Keep it as a draft?"),
            parent=self,
        )
        keep = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return (
            "keep"
            if box.clickedButton() is keep
            else "discard"
            if box.clickedButton() is discard
            else "cancel"
        )

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("New intake"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _status_text(self, status: str) -> str:
        texts: dict[str, str] = {
            CaseStatus.DRAFT.value: self.tr("a draft"),
            CaseStatus.INCOMPLETE.value: self.tr("waiting for materials"),
            CaseStatus.REJECTED.value: self.tr("not accepted"),
            CaseStatus.ACCEPTED.value: self.tr("accepted"),
            CaseStatus.IN_PROGRESS.value: self.tr("in progress"),
            CaseStatus.PAUSED.value: self.tr("paused for a special procedure"),
            CaseStatus.DECIDED.value: self.tr("decided"),
            CaseStatus.READY.value: self.tr("ready for collection"),
            CaseStatus.COLLECTED.value: self.tr("collected"),
            CaseStatus.MAILED.value: self.tr("mailed"),
        }
        return texts.get(status, status)
