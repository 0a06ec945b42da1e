"""The cases and first-inquiry screens, offscreen, driven as a clerk drives them: scanning,
every path of a case's life, the lists, and what happens when the case changed meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.accounts import Operator
from desktop.case_documents import PrintedDocument
from desktop.cases import case_detail, decide_case, mail_result, mark_ready, start_case
from desktop.evaluations import rate_visit
from desktop.inquiries import InquiryInput, Referral, log_inquiry
from desktop.intake import accept_case
from desktop.store import Store
from models.accounts import Role
from tests.conftest import type_text
from tests.intake_helpers import intake, person, resident_id
from tests.test_cases import OP, ZHANG_ID, accepted, ready_case
from tests.test_scanner import SLOW_MS, TOLERANT, type_keys
from ui import i18n as qt_i18n
from ui.app import make_app
from ui.case_view import (
    CollectDialog,
    DecideDialog,
    ForwardDialog,
    MailDialog,
    PauseDialog,
    ReplyDialog,
    TaskDialog,
)
from ui.cases_page import CasesPage
from ui.evaluation_dialog import EvaluationDialog
from ui.inquiries_page import InquiriesPage
from ui.pdf_preview import PdfPreviewDialog
from ui.scanner import ScanFilter, route_scan

CLERK = Operator("lisi", "李四", Role.CLERK)
SUPERVISOR = Operator("chen", "陈静", Role.SUPERVISOR)
STRANGER = resident_id("32011719881111002")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    make_app("zh_CN")
    yield qapp
    qt_i18n.install("zh_CN")


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[PrintedDocument]:
    seen: list[PrintedDocument] = []

    def fake_exec(self: PdfPreviewDialog) -> int:
        seen.append(self.doc)
        self.done(0)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return seen


class Hall(QWidget):
    """The two screens as the main window holds them, with the scanner and its routing."""

    def __init__(self, store: Store, op: Operator) -> None:
        super().__init__()
        ident = store.require_identity()
        self.cases = CasesPage(store, ident, op)
        self.inquiries = InquiriesPage(store, ident, op)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.cases)
        self.stack.addWidget(self.inquiries)
        QVBoxLayout(self).addWidget(self.stack)
        self.scanner = ScanFilter(store, self, settings=TOLERANT)
        self.scanner.scanned.connect(self.route)
        self.scanner.unreadable.connect(self._unreadable)
        self.cases.open_inquiry_requested.connect(self.open_inquiry)
        self.inquiries.open_case_requested.connect(self.open_case)
        self.intakes: list[dict[str, str]] = []
        self.inquiries.start_intake.connect(self.intakes.append)

    def route(self, text: str) -> None:
        route_scan(text, open_case=self.open_case, open_inquiry=self.open_inquiry)

    def _unreadable(self, text: str) -> None:
        self.stack.setCurrentWidget(self.cases)
        self.cases.show_unreadable(text)

    def open_case(self, number: str) -> bool:
        self.stack.setCurrentWidget(self.cases)
        return self.cases.open_case(number)

    def open_inquiry(self, number: str) -> bool:
        self.stack.setCurrentWidget(self.inquiries)
        return self.inquiries.open_inquiry(number)


@contextmanager
def open_hall(store: Store, op: Operator, qtbot: QtBot) -> Iterator[Hall]:
    hall = Hall(store, op)
    qtbot.addWidget(hall)
    hall.resize(1090, 760)
    hall.show()
    hall.activateWindow()
    assert QTest.qWaitForWindowActive(hall)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(hall.scanner)
    try:
        yield hall
    finally:
        app.removeEventFilter(hall.scanner)


@pytest.fixture
def hall(app: QApplication, ready_store: Store, qtbot: QtBot, printed: list[Any]) -> Iterator[Hall]:
    with open_hall(ready_store, CLERK, qtbot) as h:
        yield h


def scan(text: str) -> None:
    """A USB scanner: the code's keys 2 ms apart, then Enter."""
    type_keys(text, gap_ms=2)


def shown_case(hall: Hall) -> str | None:
    page = hall.cases
    if hall.stack.currentWidget() is page and page.stack.currentWidget() is page.view:
        return page.view.number.text()
    return None


# -- scanning -----------------------------------------------------------------------------------


def test_a_scan_opens_the_case_from_every_screen(
    hall: Hall, ready_store: Store, qtbot: QtBot
) -> None:
    case_no = accepted(ready_store)
    other = accepted(ready_store, applicant=person("李雷", "32011719910101011"))
    asked = log_inquiry(ready_store, CLERK, InquiryInput("几点下班", answer="17:00"))
    hall.cases.show_list()
    hall.cases.search_field.setFocus()
    type_text(qtbot, hall.cases.search_field, "张")
    scan(case_no)
    assert shown_case(hall) == case_no
    assert hall.cases.search_field.text() == "张"  # the scanned digits did not stay in the field
    # From the first-inquiry screen, halfway through typing a question.
    hall.stack.setCurrentWidget(hall.inquiries)
    hall.inquiries.topic.setFocus()
    type_text(qtbot, hall.inquiries.topic, "开餐馆")
    scan(other.replace("-", ""))  # a scanner set up to drop the hyphens
    assert shown_case(hall) == other
    assert hall.inquiries.topic.text() == "开餐馆"
    # A referral slip scanned at the cases screen opens its inquiry.
    hall.cases.view.setFocus()
    scan(asked.inquiry_no)
    assert hall.stack.currentWidget() is hall.inquiries
    assert asked.inquiry_no in hall.inquiries.detail.text()


def test_slow_typing_of_the_same_digits_does_not_open_a_case(
    hall: Hall, ready_store: Store
) -> None:
    case_no = accepted(ready_store)
    digits = case_no.replace("-", "")
    hall.cases.search_field.setFocus()
    type_keys(digits, gap_ms=SLOW_MS, end=None)
    assert shown_case(hall) is None
    assert hall.cases.search_field.text() == digits
    type_keys("", gap_ms=SLOW_MS)  # Enter: a search, which lists the case
    assert shown_case(hall) is None
    assert [r.case_no for r in hall.cases.model.rows] == [case_no]


def test_unknown_damaged_and_receipt_codes_are_handled_plainly(
    hall: Hall, ready_store: Store
) -> None:
    hall.cases.table.setFocus()
    scan("320117-03-20990101-0001")
    assert shown_case(hall) is None
    assert "没有办件 320117-03-20990101-0001" in hall.cases.notice.text()
    assert hall.cases.offer.isVisible()
    hall.cases.offer.click()  # the search it offers
    assert hall.cases.search_field.text() == "320117-03-20990101-0001"
    assert hall.cases.model.rowCount() == 0 and "没有符合条件" in hall.cases.status_line.text()
    hall.cases.table.setFocus()
    scan("320117-03-2026112")  # half read
    assert shown_case(hall) is None and "污损或未读全" in hall.cases.notice.text()
    # A fee receipt scanned at the pickup window opens its case.
    case_no = accepted(ready_store)
    _receipt(ready_store, case_no, "320117-03-2026-000123")
    scan("320117-03-2026-000123")
    assert shown_case(hall) == case_no
    assert hall.cases.view.fees.rowCount() == 1
    hall.cases.show_list()
    scan("320117-03-2026-000999")
    assert shown_case(hall) is None and "没有收据" in hall.cases.notice.text()


def _receipt(store: Store, case_no: str, receipt_no: str) -> None:
    """A payment row as the fees screen (issue 6) leaves it; only the oldest columns."""
    from sqlalchemy import select, text

    from models.base import new_id, utcnow
    from models.cases import Case

    with store.write() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        assert case is not None
        s.execute(
            text(
                "INSERT INTO payment (id, receipt_no, case_id, window_code, clerk, total_fen,"
                " method, reference, payer, paid_at, voided_by, void_reason)"
                " VALUES (:id, :no, :case, '03', 'lisi', 8000, 'cash', '', '', :at, '', '')"
            ),
            {
                "id": new_id().hex,
                "no": receipt_no,
                "case": case.id.hex,
                "at": utcnow().replace(tzinfo=None),
            },
        )


# -- the life of a case, through the window ---------------------------------------------------------


def dialog_of(hall: Hall, kind: type) -> Any:
    dialog = hall.cases.view.dialog
    assert isinstance(dialog, kind), dialog
    return dialog


def click(hall: Hall, action: str) -> None:
    button = hall.cases.view.action_buttons[action]
    assert button.isVisible(), (
        action,
        hall.cases.view.detail.actions if hall.cases.view.detail else None,
    )
    button.click()


def visible_actions(hall: Hall) -> set[str]:
    return {k for k, b in hall.cases.view.action_buttons.items() if b.isVisible()}


def test_a_promised_case_from_start_to_collection(
    hall: Hall, ready_store: Store, qtbot: QtBot
) -> None:
    case_no = accepted(ready_store)
    assert hall.cases.open_case(case_no)
    assert visible_actions(hall) == {"start", "decide", "pause", "rate_intake"}
    assert hall.cases.view.light.text().startswith("●")
    click(hall, "start")
    assert hall.cases.view.status.text() == "办理中"
    click(hall, "decide")
    dialog_of(hall, DecideDialog).ok.click()
    assert hall.cases.view.status.text() == "已决定"
    click(hall, "ready")
    assert visible_actions(hall) >= {"collect", "mail"}
    click(hall, "collect")
    collect = dialog_of(hall, CollectDialog)
    collect.role.setCurrentIndex(2)  # another person, with a power of attorney
    collect.name.setText("王受托")
    collect.id_number.setText(STRANGER)
    collect.ok.click()
    assert collect.isVisible() and collect.confirm.isVisible()
    assert "均不一致" in collect.form.errors["collector_id_number"].text()
    collect.confirm.setChecked(True)
    collect.ok.click()
    assert not collect.isVisible()
    view = hall.cases.view
    assert view.status.text() == "已领取" and "证件不符" in view.facts.text()
    click(hall, "rate_collection")
    rating = view.rating_dialog
    assert isinstance(rating, EvaluationDialog)
    rating.choose(5)
    rating.record_button.click()
    assert "rate_collection" not in visible_actions(hall)
    kinds = [view.timeline.item(r, 3).text() for r in range(view.timeline.rowCount())]
    assert kinds[:2] == ["受理", "开始办理"] and "领取结果" in kinds and "服务评价" in kinds


def test_a_denial_needs_its_reasons_and_a_result_can_be_mailed(
    hall: Hall, ready_store: Store
) -> None:
    case_no = accepted(ready_store)
    hall.cases.open_case(case_no)
    click(hall, "decide")
    decide = dialog_of(hall, DecideDialog)
    decide.decision.deny.setChecked(True)
    decide.ok.click()
    assert decide.isVisible()
    assert decide.form.errors["reason"].isVisible() and decide.form.errors["basis"].isVisible()
    decide.decision.reason.setText("经营场所不符合食品安全要求")
    decide.decision.basis.setText("《食品经营许可管理办法》第十一条")
    decide.ok.click()
    assert not decide.isVisible() and "不予许可" in hall.cases.view.facts.text()
    click(hall, "ready")
    click(hall, "mail")
    mail = dialog_of(hall, MailDialog)
    mail.tracking.setText("12")
    mail.ok.click()
    assert mail.form.errors["tracking_no"].isVisible()
    mail.tracking.setText("EA123456789CN")
    mail.address.setText("南京市溧水区永阳街道珍珠南路1号")
    mail.ok.click()
    assert (
        hall.cases.view.status.text() == "已邮寄"
        and "EA123456789CN" in hall.cases.view.facts.text()
    )
    assert visible_actions(hall) == {"rate_intake"}


def test_a_joint_case_with_three_departments_through_the_window(
    hall: Hall, ready_store: Store
) -> None:
    case_no = accepted(ready_store, "开餐馆一件事")
    hall.cases.open_case(case_no)  # opening it opens the departments' tasks
    view = hall.cases.view
    assert view.joint.rowCount() == 3 and view.status.text() == "办理中"
    for n in range(3):
        click(hall, "task_result")
        task = dialog_of(hall, TaskDialog)
        assert task.department.count() == 3 - n
        task.department.setCurrentIndex(task.department.count() - 1)  # the last listed first
        task.ok.click()
        assert not task.isVisible()
    assert view.status.text() == "已决定" and "task_result" not in visible_actions(hall)
    assert {view.joint.item(r, 1).text() for r in range(3)} == {"准予许可"}


def test_a_reported_case_is_forwarded_followed_and_decided_through_the_window(
    hall: Hall, ready_store: Store
) -> None:
    case_no = accepted(ready_store, "食品生产许可", applicant=person("赵六", "32011719800808008"))
    hall.cases.open_case(case_no)
    click(hall, "forward")
    forward = dialog_of(hall, ForwardDialog)
    assert forward.authority.text() == "南京市市场监督管理局"
    forward.ok.click()
    assert forward.form.errors["reference"].isVisible()
    forward.reference.setText("溧市监〔2026〕88号")
    forward.ok.click()
    assert visible_actions(hall) >= {"reply", "pause"} and "forward" not in visible_actions(hall)
    click(hall, "reply")
    reply = dialog_of(hall, ReplyDialog)
    reply.content.setText("材料已收到，正在审查")
    reply.ok.click()
    assert hall.cases.view.status.text() == "办理中" and hall.cases.view.replies.rowCount() == 1
    click(hall, "reply")
    final = dialog_of(hall, ReplyDialog)
    final.content.setText("不予许可")
    final.final.setChecked(True)
    final.decision.deny.setChecked(True)
    final.decision.reason.setText("生产场所不符合要求")
    final.decision.basis.setText("《食品生产许可管理办法》第二十条")
    final.ok.click()
    assert hall.cases.view.status.text() == "已决定" and hall.cases.view.replies.rowCount() == 2


def test_a_special_procedure_pauses_and_resumes_through_the_window(
    hall: Hall, ready_store: Store
) -> None:
    case_no = accepted(ready_store)
    hall.cases.open_case(case_no)
    click(hall, "pause")
    pause = dialog_of(hall, PauseDialog)
    pause.reason.setText("需现场勘验经营场所")
    pause.ok.click()
    assert hall.cases.view.status.text() == "特别程序中"
    assert visible_actions(hall) == {"resume", "rate_intake"}
    assert "计时暂停" in hall.cases.view.light.text()
    click(hall, "resume")
    assert hall.cases.view.status.text() == "办理中"


def test_an_immediate_case_finished_at_intake_has_no_steps_left(
    hall: Hall, ready_store: Store
) -> None:
    done = accept_case(ready_store, intake(ready_store, "个体工商户设立登记"), OP, finish_now=True)
    hall.cases.open_case(done.case_no)
    assert hall.cases.view.status.text() == "已领取"
    assert visible_actions(hall) == {"rate_intake"}
    assert not hall.cases.view.light.isVisible()


# -- changed meanwhile, and steps no longer allowed -------------------------------------------------


def test_a_case_changed_at_another_window_meanwhile(hall: Hall, ready_store: Store) -> None:
    case_no = ready_case(ready_store)
    hall.cases.open_case(case_no)
    click(hall, "collect")
    collect = dialog_of(hall, CollectDialog)
    collect.id_number.setText(ZHANG_ID)
    # Meanwhile another clerk mails the result.
    mail_result(
        ready_store, case_no, OP, carrier="EMS", tracking_no="EA123456789CN", address="某地"
    )
    collect.ok.click()
    assert not collect.isVisible()  # the dialog no longer fits the case
    view = hall.cases.view
    assert view.message.isVisible() and "已有变化" in view.message.text()
    assert view.status.text() == "已邮寄" and "collect" not in visible_actions(hall)


def test_a_button_for_a_step_no_longer_allowed_says_so(hall: Hall, ready_store: Store) -> None:
    case_no = accepted(ready_store)
    start_case(ready_store, case_no, OP)
    decide_case(ready_store, case_no, OP, decision="approved")
    hall.cases.open_case(case_no)
    mark_ready(ready_store, case_no, OP)  # done elsewhere while the screen showed "decided"
    click(hall, "ready")
    view = hall.cases.view
    assert "已有变化" in view.message.text() and view.status.text() == "待领取"


# -- lists ---------------------------------------------------------------------------------------------


def test_overdue_cases_are_listed_red_and_lists_load_a_page_at_a_time(
    hall: Hall, ready_store: Store
) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=40)
    late = accept_case(
        ready_store,
        intake(ready_store, "食品经营许可", applicant=person("迟到", "32011719880101088")),
        OP,
        now=long_ago,
    ).case_no
    for n in range(4):
        who = person(f"甲{n}", f"3201171990{n + 1:02d}15001")
        accept_case(ready_store, intake(ready_store, "食品经营许可", applicant=who), OP)  # today
    page = hall.cases
    page.select_list("overdue")
    assert "已超期（1）" in page.tabs.tabText(2)
    assert [r.case_no for r in page.model.rows] == [late] and page.model.rows[0].light == "red"
    page.model.page_size = 2
    page.select_list("mine")
    assert page.model.rowCount() == 2 and page.model.canFetchMore()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 5 and len({r.case_no for r in page.model.rows}) == 5
    page.model.page_size = 100
    page.search_field.setText("甲")
    page.search()
    assert page.model.rowCount() == 4 and page.tabs.currentIndex() == 4


# -- the first-inquiry screen ---------------------------------------------------------------------------


def test_a_question_is_logged_from_the_keyboard_and_referred_with_a_slip(
    hall: Hall,
    ready_store: Store,
    qtbot: QtBot,
    printed: list[PrintedDocument],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = hall.inquiries
    hall.stack.setCurrentWidget(page)
    page.focus_form()
    type_text(qtbot, page.topic, "社保卡补办要带什么")
    page.answer.setPlainText("身份证原件")
    qtbot.keyClick(page.topic, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "当场答复，已办结" in page.result.text() and page.topic.text() == ""
    type_text(qtbot, page.topic, "开餐馆需要办哪些证")
    page.refer.setChecked(True)
    type_text(qtbot, page.referred_to, "区市场监管局登记科 张科长")
    type_text(qtbot, page.inquirer_name, "孙七")
    page.log_print_button.click()
    assert page.mine.rowCount() == 1 and printed and printed[-1].doc_kind == "referral"
    number = page.mine.item(0, 0).text()
    monkeypatch.setattr(page, "_ask", lambda title, label: "张科长已电话答复")
    page.close_selected()
    assert page.mine.rowCount() == 0 and "已办结" in page.detail.text()
    # A question that becomes an application: the intake gets what was typed.
    type_text(qtbot, page.topic, "想办食品经营许可")
    type_text(qtbot, page.inquirer_name, "周八")
    page.inquirer_phone.setText("13800001111")
    page.intake_button.click()
    assert hall.intakes[-1]["name"] == "周八" and hall.intakes[-1]["phone"] == "13800001111"
    assert number.endswith("Z002")


def test_late_inquiries_and_bad_reviews_reach_the_right_lists(
    app: QApplication,
    ready_store: Store,
    qtbot: QtBot,
    printed: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    late = log_inquiry(
        ready_store,
        CLERK,
        InquiryInput(
            "二手房过户税费",
            referral=Referral("window", "12号窗口", yesterday + timedelta(hours=2)),
        ),
        now=yesterday,
    )
    case_no = accepted(ready_store)
    rate_visit(ready_store, CLERK, visit_kind="intake", number=case_no, level=1, comment="态度差")
    with open_hall(ready_store, CLERK, qtbot) as clerk_hall:
        page = clerk_hall.inquiries
        assert "超期 1" in page.tabs.tabText(0) and "超期" in page.mine.item(0, 1).text()
        assert page.bad.rowCount() == 1 and page.bad.item(0, 1).text() == f"{case_no}:intake"
        assert page.tabs.indexOf(page.hall) == -1  # the hall's list is the supervisors'
        page.bad.selectRow(0)
        assert not page.follow_button.isEnabled()
    with open_hall(ready_store, SUPERVISOR, qtbot) as sup:
        page = sup.inquiries
        assert page.hall.rowCount() == 1 and page.hall.item(0, 0).text() == late.inquiry_no
        page.tabs.setCurrentWidget(page.bad)
        page.bad.selectRow(0)
        monkeypatch.setattr(page, "_ask", lambda title, label: "已电话回访，当事人接受道歉")
        page.close_follow_up()
        assert page.bad.rowCount() == 0
    assert case_detail(ready_store, case_no).ratings[0].follow_up_status == "closed"
