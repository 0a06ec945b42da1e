"""首问负责登记: log a question in seconds, refer it in writing, follow it to its outcome.

On the left the form: the topic, the answer given or a referral (to whom, and a promised
reply time), the inquirer's name and phone if given, the case it is about. Enter moves
on, Ctrl+Enter logs. On the right the lists: the clerk's open inquiries (overdue ones in
red), the whole hall's overdue ones for supervisors, today's log, and the bad reviews to
follow up. A selected inquiry can be closed with its outcome, its referral slip printed,
linked to a case, rated, or turned into an application (``start_intake``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import Operator
from desktop.clock import CENTER_TZ, local_text, now_utc
from desktop.errors import DomainError
from desktop.evaluations import RatingInfo, follow_up, follow_ups
from desktop.inquiries import (
    InquiryInfo,
    InquiryInput,
    Referral,
    can_close,
    close_inquiry,
    get_inquiry,
    intake_prefill,
    link_case,
    log_inquiry,
    open_inquiries,
    produce_referral,
    recent_inquiries,
)
from desktop.intake import IntakeInvalid
from desktop.numbers import CASE, INQUIRY, classify_number
from desktop.store import Store, WindowIdentity
from desktop.workdays import WorkdayCalendar
from models.accounts import Role
from ui.forms import ERROR_STYLE, FieldForm

RED = "#b3261e"


class _EnterMovesOn(QObject):
    """Enter in a one-line field goes to the next field; Ctrl+Enter logs (the page's shortcut)."""

    def __init__(self, fields: list[QWidget], parent: QObject) -> None:
        super().__init__(parent)
        self.fields = fields
        for f in fields:
            f.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        visible = [f for f in self.fields if f.isVisible() and f.isEnabled()]
        if obj in visible and isinstance(obj, QLineEdit):
            i = visible.index(obj)
            if i + 1 < len(visible):
                visible[i + 1].setFocus()
            return True
        return False


def _table(columns: list[str], name: str, widths: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only list; columns of the given widths, the one of width 0 takes the rest."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for col in range(len(columns)):
        width = widths[col] if col < len(widths) else -1
        if width == 0:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        elif width > 0:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    if not widths:
        header.setStretchLastSection(True)
    return table


class InquiriesPage(QWidget):
    start_intake = Signal(dict)  # what was typed, for the intake page (name, phone, topic)
    open_case_requested = Signal(str)

    def __init__(
        self, store: Store, ident: WindowIdentity, operator: Operator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ident = ident
        self.operator = operator
        self.current: InquiryInfo | None = None
        self.lists: dict[str, list[Any]] = {}
        self._build()
        self.refresh()
        # The promised times pass while the page is open: look again every minute.
        self.clock = QTimer(self)
        self.clock.timeout.connect(self.refresh)
        self.clock.start(60_000)

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.form = FieldForm()
        self.topic = QLineEdit()
        self.topic.setObjectName("topic")
        self.topic.setPlaceholderText(self.tr("What was asked"))
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answer")
        self.answer.setPlaceholderText(self.tr("The answer given (leave empty when referring it)"))
        self.answer.setFixedHeight(58)
        self.answer.setTabChangesFocus(True)
        self.refer = QCheckBox(self.tr("Refer it in writing (转办)"))
        self.refer.setObjectName("refer")
        self.referred_kind = QComboBox()
        self.referred_kind.setObjectName("referred_kind")
        for key, text in (
            ("department", self.tr("to a department")),
            ("window", self.tr("to a window")),
            ("person", self.tr("to a person")),
        ):
            self.referred_kind.addItem(text, key)
        self.referred_to = QLineEdit()
        self.referred_to.setObjectName("referred_to")
        self.referred_to.setPlaceholderText(self.tr("Who, where, and how to reach them"))
        self.promised = QDateTimeEdit()
        self.promised.setObjectName("promised_reply_at")
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        refer_row = QWidget()
        rr = QHBoxLayout(refer_row)
        rr.setContentsMargins(0, 0, 0, 0)
        rr.addWidget(self.referred_kind)
        rr.addWidget(self.referred_to, 1)
        self.inquirer_name = QLineEdit()
        self.inquirer_name.setObjectName("inquirer_name")
        self.inquirer_name.setPlaceholderText(self.tr("Optional"))
        self.inquirer_phone = QLineEdit()
        self.inquirer_phone.setObjectName("inquirer_phone")
        self.inquirer_phone.setPlaceholderText(self.tr("Optional"))
        self.case_no = QLineEdit()
        self.case_no.setObjectName("case_no")
        self.case_no.setPlaceholderText(self.tr("If the question is about a case"))
        self.form.add_field("topic", self.tr("Question"), self.topic)
        self.form.add_field("answer", self.tr("Answer"), self.answer)
        self.form.add_field("refer", "", self.refer)
        self.form.add_field("referred_to", self.tr("Referred"), refer_row)
        self.form.add_field("promised_reply_at", self.tr("Reply by"), self.promised)
        self.form.add_field("inquirer_name", self.tr("Name"), self.inquirer_name)
        self.form.add_field("inquirer_phone", self.tr("Phone"), self.inquirer_phone)
        self.form.add_field("case_no", self.tr("Case"), self.case_no)
        self.form.add_general_error()
        self.form.errors["referred_kind"] = self.form.errors["referred_to"]
        self.refer.toggled.connect(self._refer_toggled)
        self._refer_toggled(False)
        self.log_button = QPushButton(self.tr("Log (Ctrl+Enter)"))
        self.log_button.setObjectName("logButton")
        self.log_button.setStyleSheet("QPushButton { min-height: 34px; font-weight: bold; }")
        self.log_button.clicked.connect(self.log)
        self.log_print_button = QPushButton(self.tr("Log and print slip"))
        self.log_print_button.setObjectName("logPrintButton")
        self.log_print_button.clicked.connect(lambda: self.log(print_slip=True))
        self.intake_button = QPushButton(self.tr("Becomes an application (Ctrl+I)"))
        self.intake_button.setObjectName("intakeButton")
        self.intake_button.clicked.connect(self.to_intake)
        clear = QPushButton(self.tr("Clear (Ctrl+N)"))
        clear.clicked.connect(self.clear_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.log_print_button)
        buttons.addStretch(1)
        buttons2 = QHBoxLayout()
        buttons2.addWidget(self.intake_button)
        buttons2.addStretch(1)
        buttons2.addWidget(clear)
        self.result = QLabel()
        self.result.setObjectName("logResult")
        self.result.setWordWrap(True)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(8, 6, 8, 6)
        title = QLabel("<b>" + self.tr("Log a question (F2)") + "</b>")
        lv.addWidget(title)
        lv.addWidget(self.form)
        lv.addLayout(buttons)
        lv.addLayout(buttons2)
        lv.addWidget(self.result)
        lv.addStretch(1)
        self.enter = _EnterMovesOn(
            [self.topic, self.referred_to, self.inquirer_name, self.inquirer_phone, self.case_no],
            self,
        )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inquiryLists")
        cols = [
            self.tr("Number"),
            self.tr("Reply by"),
            self.tr("Referred to"),
            self.tr("Question"),
            self.tr("Clerk"),
        ]
        widths = (196, 128, 140, 0, 60)
        self.mine = _table(cols, "myOpen", widths)
        self.hall = _table(cols, "hallOverdue", widths)
        self.today = _table(
            [
                self.tr("Number"),
                self.tr("Logged"),
                self.tr("State"),
                self.tr("Question"),
                self.tr("Clerk"),
            ],
            "recent",
            (200, 96, 64, 0, 64),
        )
        self.bad = _table(
            [
                self.tr("Follow up by"),
                self.tr("Visit"),
                self.tr("Rating"),
                self.tr("Comment"),
                self.tr("Window"),
            ],
            "followUps",
            (90, 230, 90, 0, 90),
        )
        for key, table in (("mine", self.mine), ("hall", self.hall), ("today", self.today)):
            table.itemSelectionChanged.connect(lambda k=key: self._selected(k))
        self.bad.itemSelectionChanged.connect(self._follow_up_selected)
        self.tabs.addTab(self.mine, "")
        if self.operator.can(Role.SUPERVISOR):
            self.tabs.addTab(self.hall, "")
        self.tabs.addTab(self.today, "")
        self.tabs.addTab(self.bad, "")
        self.detail = QLabel()
        self.detail.setObjectName("inquiryDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.linkActivated.connect(self.open_case_requested.emit)
        self.close_button = QPushButton(self.tr("Close with outcome…"))
        self.close_button.setObjectName("closeInquiry")
        self.close_button.clicked.connect(self.close_selected)
        self.print_button = QPushButton(self.tr("Print slip"))
        self.print_button.setObjectName("printSlip")
        self.print_button.clicked.connect(self.print_selected)
        self.link_button = QPushButton(self.tr("Link a case…"))
        self.link_button.setObjectName("linkCase")
        self.link_button.clicked.connect(self.link_selected)
        self.rate_button = QPushButton(self.tr("Rate…"))
        self.rate_button.setObjectName("rateInquiry")
        self.rate_button.clicked.connect(self.rate_selected)
        self.follow_button = QPushButton(self.tr("Close the follow-up…"))
        self.follow_button.setObjectName("closeFollowUp")
        self.follow_button.clicked.connect(self.close_follow_up)
        if not self.operator.can(Role.SUPERVISOR):
            self.follow_button.setEnabled(False)
            self.follow_button.setToolTip(
                self.tr("Only supervisors close the follow-up of a bad review.")
            )
        actions = QHBoxLayout()
        for b in (
            self.close_button,
            self.print_button,
            self.link_button,
            self.rate_button,
            self.follow_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("inquiryMessage")
        self.message.setWordWrap(True)
        panel = QFrame()
        panel.setObjectName("detailPanel")
        panel.setStyleSheet(
            "#detailPanel { background:#f6f8fb; border:1px solid #d5dde8; border-radius:6px; }"
        )
        pv = QVBoxLayout(panel)
        pv.addWidget(self.detail, 1)
        pv.addLayout(actions)
        pv.addWidget(self.message)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 6, 8, 6)
        rv.addWidget(self.tabs, 3)
        rv.addWidget(panel, 2)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([430, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for key, slot in (
            ("Ctrl+Return", self.log),
            ("Ctrl+Enter", self.log),
            ("Ctrl+I", self.to_intake),
            ("Ctrl+N", self.clear_form),
            ("F2", self.focus_form),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_current()

    def _refer_toggled(self, on: bool) -> None:
        for w in (self.referred_kind, self.referred_to, self.promised):
            w.setEnabled(on)
        if on:
            # By default the next working day at this time: a referral is answered promptly.
            when = _next_workday_at(self.store, now_utc())
            self.promised.setDateTime(
                QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
            )
            self.referred_to.setFocus()

    # -- logging ---------------------------------------------------------------------------------

    def focus_form(self) -> None:
        self.topic.setFocus()
        self.topic.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_form)

    def _input(self) -> InquiryInput:
        referral = None
        if self.refer.isChecked():
            qt = self.promised.dateTime()
            d, t = qt.date(), qt.time()
            when = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
            referral = Referral(
                self.referred_kind.currentData(),
                self.referred_to.text(),
                when.replace(tzinfo=CENTER_TZ).astimezone(UTC),
            )
        return InquiryInput(
            topic=self.topic.text(),
            answer=self.answer.toPlainText(),
            referral=referral,
            inquirer_name=self.inquirer_name.text(),
            inquirer_phone=self.inquirer_phone.text(),
            case_no=self.case_no.text(),
        )

    def log(self, print_slip: bool = False) -> InquiryInfo | None:
        self.form.clear_errors()
        try:
            info = log_inquiry(self.store, self.operator, self._input())
        except IntakeInvalid as err:
            for p in err.problems:
                self.form.show_error(p.field, p.message)
            return None
        except DomainError as err:
            self.form.show_error(None, err.message)
            return None
        self.clear_form()
        text = (
            self.tr("Logged %1 (referred, on your open list).")
            if info.referred
            else self.tr("Logged %1 (answered and closed).")
        ).replace("%1", info.inquiry_no)
        self.result.setText(text)
        self.refresh()
        self.show_inquiry(info)
        if print_slip and info.referred:
            self.print_selected()
        return info

    def clear_form(self) -> None:
        for w in (
            self.topic,
            self.referred_to,
            self.inquirer_name,
            self.inquirer_phone,
            self.case_no,
        ):
            w.clear()
        self.answer.clear()
        self.refer.setChecked(False)
        self.form.clear_errors()
        self.topic.setFocus()

    def to_intake(self) -> None:
        """The question becomes an application: log it (closed, outcome said) and hand over."""
        if self.topic.text().strip():
            if not self.answer.toPlainText().strip() and not self.refer.isChecked():
                self.answer.setPlainText(self.tr("Became an application at the window"))
            info = self.log()
            if info is None:
                return
        elif self.current is not None:
            info = self.current
        else:
            self.form.show_error(
                "topic", self.tr("Type the question first, or choose a logged one.")
            )
            return
        self.start_intake.emit(intake_prefill(info))

    # -- lists -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        now = now_utc()
        mine = open_inquiries(self.store, clerk=self.operator.username, now=now)
        hall = (
            open_inquiries(self.store, overdue_only=True, now=now)
            if self.operator.can(Role.SUPERVISOR)
            else []
        )
        today = recent_inquiries(self.store, clerk=self.operator.username, now=now)
        bad = follow_ups(self.store, now=now)
        self.lists = {"mine": mine, "hall": hall, "today": today, "bad": bad}
        self._fill(self.mine, mine)
        self._fill(self.hall, hall)
        self._fill(self.today, today, recent=True)
        self.bad.setRowCount(len(bad))
        level_names = {1: self.tr("Very dissatisfied"), 2: self.tr("Dissatisfied")}
        for r, f in enumerate(bad):
            cells = [
                str(f.follow_up_due or ""),
                f.visit_ref,
                level_names.get(f.level, str(f.level)),
                f.comment,
                f"{f.window_code} {f.clerk}",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if f.overdue:
                    item.setForeground(QColor(RED))
                self.bad.setItem(r, c, item)
        late = sum(1 for i in mine if i.overdue)
        self.tabs.setTabText(
            self.tabs.indexOf(self.mine),
            self.tr("My open (%1, %2 late)").replace("%1", str(len(mine))).replace("%2", str(late))
            if late
            else self.tr("My open (%1)").replace("%1", str(len(mine))),
        )
        if self.tabs.indexOf(self.hall) >= 0:
            self.tabs.setTabText(
                self.tabs.indexOf(self.hall),
                self.tr("Late in the hall (%1)").replace("%1", str(len(hall))),
            )
        self.tabs.setTabText(self.tabs.indexOf(self.today), self.tr("My latest"))
        self.tabs.setTabText(
            self.tabs.indexOf(self.bad),
            self.tr("Bad reviews to follow up (%1)").replace("%1", str(len(bad))),
        )
        for table, red in ((self.mine, late > 0), (self.bad, any(f.overdue for f in bad))):
            self.tabs.tabBar().setTabTextColor(
                self.tabs.indexOf(table), QColor(RED) if red else QColor()
            )

    def _fill(self, table: QTableWidget, rows: list[InquiryInfo], *, recent: bool = False) -> None:
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, i in enumerate(rows):
            if recent:
                state = self.tr("Open") if i.status == "open" else self.tr("Closed")
                cells = [
                    i.inquiry_no,
                    local_text(i.created_at, "%m-%d %H:%M"),
                    state,
                    i.topic,
                    i.clerk_name,
                ]
            else:
                when = local_text(i.promised_reply_at, "%m-%d %H:%M") if i.promised_reply_at else ""
                if i.overdue:
                    when += " " + self.tr("LATE")
                cells = [i.inquiry_no, when, i.referred_to, i.topic, i.clerk_name]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if i.overdue:
                    item.setForeground(QColor(RED))
                table.setItem(r, c, item)
        table.blockSignals(False)

    def _selected(self, key: str) -> None:
        table = {"mine": self.mine, "hall": self.hall, "today": self.today}[key]
        row = table.currentRow()
        rows = self.lists.get(key, [])
        if 0 <= row < len(rows):
            self.show_inquiry(rows[row])

    def _follow_up_selected(self) -> None:
        row = self.bad.currentRow()
        rows: list[RatingInfo] = self.lists.get("bad", [])
        if not 0 <= row < len(rows):
            return
        f = rows[row]
        self.current = None
        self.selected_follow_up = f
        self.detail.setText(
            "<b>"
            + escape(f.visit_ref)
            + "</b><br>"
            + self.tr("Rated on %1 at window %2 (%3): %4")
            .replace("%1", local_text(f.created_at))
            .replace("%2", f.window_code)
            .replace("%3", escape(f.clerk))
            .replace("%4", escape(f.comment or "—"))
            + "<br>"
            + self.tr("Follow up by %1").replace("%1", str(f.follow_up_due))
        )
        self._buttons(follow=True)

    # -- one inquiry -----------------------------------------------------------------------------

    def open_inquiry(self, number: str) -> bool:
        """Show an inquiry by number (a scanned referral slip). False, with a message, when
        this window does not have it."""
        try:
            info = get_inquiry(self.store, number)
        except DomainError as err:
            self.say(err.message, error=True)
            return False
        self.show_inquiry(info)
        for key, table in (("mine", self.mine), ("today", self.today)):
            rows = self.lists.get(key, [])
            for r, i in enumerate(rows):
                if i.inquiry_no == info.inquiry_no:
                    self.tabs.setCurrentWidget(table)
                    table.blockSignals(True)
                    table.selectRow(r)
                    table.blockSignals(False)
                    return True
        return True

    def show_inquiry(self, info: InquiryInfo) -> None:
        self.current = info
        self.message.clear()
        lines = [
            f"<b style='font-size:15px'>{info.inquiry_no}</b>　"
            + (
                f"<span style='color:{RED}'>" + self.tr("Open, past the promised time") + "</span>"
                if info.overdue
                else (self.tr("Open") if info.status == "open" else self.tr("Closed"))
            )
        ]
        lines.append(self.tr("Question: %1").replace("%1", escape(info.topic)))
        if info.answer:
            lines.append(self.tr("Answer: %1").replace("%1", escape(info.answer)))
        if info.referred_to:
            when = local_text(info.promised_reply_at) if info.promised_reply_at else ""
            lines.append(
                self.tr("Referred to %1, reply by %2")
                .replace("%1", escape(info.referred_to))
                .replace("%2", when)
            )
        who = " ".join(x for x in (info.inquirer_name, info.inquirer_phone) if x)
        if who:
            lines.append(self.tr("Inquirer: %1").replace("%1", escape(who)))
        if info.case_no:
            lines.append(
                self.tr("About case %1").replace(
                    "%1", f"<a href='{info.case_no}'>{info.case_no}</a>"
                )
            )
        lines.append(
            self.tr("Logged %1 by %2 at window %3")
            .replace("%1", local_text(info.created_at))
            .replace("%2", escape(info.clerk_name))
            .replace("%3", info.window_code)
        )
        if info.status == "closed" and info.outcome and info.referred_to:
            lines.append(self.tr("Outcome: %1").replace("%1", escape(info.outcome)))
        self.detail.setText("<br>".join(lines))
        self._buttons()

    def _buttons(self, follow: bool = False) -> None:
        info = self.current
        for b in (self.close_button, self.print_button, self.link_button, self.rate_button):
            b.setVisible(not follow)
        self.close_button.setEnabled(info is not None and can_close(self.operator, info))
        self.print_button.setEnabled(info is not None and info.referred)
        self.link_button.setEnabled(info is not None)
        self.rate_button.setEnabled(
            info is not None and not info.rated and info.window_code == self.ident.window_code
        )
        self.follow_button.setVisible(follow)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "color:#2e7d32;")

    def _ask(self, title: str, label: str) -> str | None:
        """A line of text from the clerk (tests replace this)."""
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def close_selected(self) -> None:
        if self.current is None:
            return
        outcome = self._ask(self.tr("Close the inquiry"), self.tr("How was the inquirer answered?"))
        if outcome is None:
            return
        try:
            info = close_inquiry(
                self.store, self.current.inquiry_no, self.operator, outcome=outcome
            )
        except DomainError as err:
            self.say(err.message, error=True)
            return
        self.refresh()
        self.show_inquiry(info)
        self.say(self.tr("Closed."))

    def link_selected(self) -> None:
        if self.current is None:
            return
        number = self._ask(self.tr("Link a case"), self.tr("Case number (or scan it):"))
        if not number:
            return
        try:
            info = link_case(self.store, self.current.inquiry_no, self.operator, number)
        except DomainError as err:
            self.say(err.message, error=True)
            return
        self.show_inquiry(info)
        self.say(self.tr("Linked to %1.").replace("%1", info.case_no))

    def print_selected(self) -> None:
        if self.current is None:
            return
        try:
            doc = produce_referral(self.store, self.current.inquiry_no, self.operator)
        except DomainError as err:
            self.say(err.message, error=True)
            return
        from ui.pdf_preview import PdfPreviewDialog

        preview = PdfPreviewDialog(doc, self)
        try:
            preview.exec()
        finally:
            preview.deleteLater()
        self.say(
            (self.tr("Reprint of %1 archived") if doc.reprint else self.tr("%1 archived")).replace(
                "%1", doc.title
            )
        )

    def rate_selected(self) -> None:
        if self.current is None:
            return
        from ui.evaluation_dialog import EvaluationDialog

        dialog = EvaluationDialog(
            self.store,
            self.operator,
            visit_kind="inquiry",
            number=self.current.inquiry_no,
            parent=self,
        )
        dialog.accepted.connect(self._rated)
        self.rating_dialog = dialog
        dialog.open()

    def _rated(self) -> None:
        self.refresh()
        if self.current is not None:
            self.show_inquiry(get_inquiry(self.store, self.current.inquiry_no))
        self.say(self.tr("Rating recorded."))

    def close_follow_up(self) -> None:
        f = getattr(self, "selected_follow_up", None)
        if f is None:
            return
        outcome = self._ask(
            self.tr("Follow-up of a bad review"), self.tr("What was found and done?")
        )
        if outcome is None:
            return
        try:
            follow_up(self.store, self.operator, f.visit_ref, outcome=outcome)
        except DomainError as err:
            self.say(err.message, error=True)
            return
        self.refresh()
        self.say(self.tr("Follow-up closed."))

    def handle_number(self, text: str) -> bool:
        """A number typed where a case is asked for: link it; an inquiry's: open it."""
        found = classify_number(text)
        if found and found[0] == INQUIRY:
            return self.open_inquiry(found[1])
        if found and found[0] == CASE:
            self.open_case_requested.emit(found[1])
            return True
        return False

    def _show_current(self) -> None:
        self.detail.setText(
            "<span style='color:#555'>"
            + self.tr("Choose an inquiry on a list, or scan its slip, to see it here.")
            + "</span>"
        )
        self._buttons()


def _next_workday_at(store: Store, moment: datetime) -> datetime:
    """The same time on the next working day, in the center's time zone (naive, for Qt)."""
    from desktop.holidays import load_calendar

    local = moment.astimezone(CENTER_TZ)
    with store.read() as s:
        calendar: WorkdayCalendar = load_calendar(s)
    day = calendar.next_workday(local.date())
    return datetime.combine(day, local.time().replace(second=0, microsecond=0))
