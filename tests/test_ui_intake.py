"""The intake screen, offscreen, driven from the keyboard as a clerk would drive it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from stdnum.cn import ric

from desktop.accounts import Operator, create_account
from desktop.case_documents import PrintedDocument
from desktop.intake import case_summary, list_drafts, list_notice_exceptions
from desktop.store import Store
from models.accounts import Role
from models.cases import Case
from models.journal import Event
from tests.conftest import type_text
from ui import i18n as qt_i18n
from ui.app import make_app
from ui.intake_materials import RequirementExceptionDialog
from ui.intake_page import IntakePage, RejectDialog
from ui.pdf_preview import PdfPreviewDialog


def resident_id(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


ZHANG_ID = resident_id("32011719850312123")
SUPERVISOR_PASSWORD = "Super-pass-1"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    make_app("zh_CN")
    yield qapp
    qt_i18n.install("zh_CN")


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[PrintedDocument]:
    """The document of every preview that would have opened, instead of a blocking dialog."""
    seen: list[PrintedDocument] = []

    def fake_exec(self: PdfPreviewDialog) -> int:
        seen.append(self.doc)
        self.done(0)  # closed at once, as after the clerk printed
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return seen


@pytest.fixture
def clerk() -> Operator:
    return Operator("lisi", "李四", Role.CLERK)


def open_page(store: Store, clerk: Operator, qtbot: QtBot) -> IntakePage:
    page = IntakePage(store, store.require_identity(), clerk)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    return page


@pytest.fixture
def page(
    app: QApplication,
    ready_store: Store,
    clerk: Operator,
    qtbot: QtBot,
    printed: list[PrintedDocument],
) -> IntakePage:
    return open_page(ready_store, clerk, qtbot)


def wait_active(qtbot: QtBot, window: QWidget) -> None:
    # Offscreen, a dialog opened with open() becomes active a moment later, and
    # QTest.qWaitForWindowActive answers before it has.
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def key(qtbot: QtBot, k: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), k)


def fill_applicant(
    qtbot: QtBot, page: IntakePage, name: str, id_number: str, phone: str = "13812345678"
) -> None:
    """Name, Enter, (ID type stays), Enter, ID number, Enter, phone, Enter, Enter, Enter: on to the item."""
    page.applicant.party.name.setFocus()
    type_text(qtbot, focused(), name)
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.applicant.party.id_kind
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), id_number)
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.applicant.party.phone
    qtbot.keyClicks(focused(), phone)
    key(qtbot, Qt.Key.Key_Return)  # to the address
    key(qtbot, Qt.Key.Key_Return)  # to "has an agent"
    key(qtbot, Qt.Key.Key_Return)  # no agent: the block is done
    assert focused() is page.picker.search


def choose_item(qtbot: QtBot, page: IntakePage, query: str) -> None:
    qtbot.keyClicks(focused(), query)
    key(qtbot, Qt.Key.Key_Return)
    assert page.detail is not None


def tick_rows(qtbot: QtBot, page: IntakePage, count: int) -> None:
    """Space ticks "all received" on the row in focus, Down goes to the next row."""
    for n in range(count):
        assert focused() is page.materials.rows[n].done
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Down)


def required_rows(page: IntakePage) -> int:
    rows = page.materials.rows
    count = next((n for n, r in enumerate(rows) if not r.spec.required), len(rows))
    assert all(not r.spec.required for r in rows[count:])  # the sample lists required ones first
    return count


def count_cases(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Case)) or 0


def test_complete_intake_accepted_with_f9(
    page: IntakePage, ready_store: Store, qtbot: QtBot, printed: list[PrintedDocument]
) -> None:
    fill_applicant(qtbot, page, "张三", ZHANG_ID)
    choose_item(qtbot, page, "spjy")  # 食品经营许可（新办）
    assert (
        "食品经营许可" in page.disclosure.toPlainText()
        and "收费标准及依据" in page.disclosure.toPlainText()
    )
    n = required_rows(page)
    assert not page.accept_button.isEnabled() and page.notice_button.isEnabled()
    assert page.materials.summary.text().startswith(f"尚缺 {n} 项")
    assert "条件：委托他人办理的" in page.materials.rows[-1].name.text()
    tick_rows(qtbot, page, n)
    assert page.materials.summary.text() == "材料已齐全"
    assert page.accept_button.isEnabled() and not page.notice_button.isEnabled()
    key(qtbot, Qt.Key.Key_F9)

    case_no = page.result.number.text()
    assert case_no.startswith("320117-03-")
    assert page.result.status.text() == "已受理"
    summary = case_summary(ready_store, case_no)
    assert summary.status == "accepted" and summary.due_date is not None
    assert f"承诺办结日期：{summary.due_date.isoformat()}" in page.result.details.text()
    assert [d.doc_kind for d in printed] == ["acceptance"] and printed[0].case_no == case_no
    assert not printed[0].reprint
    # Ready for the next applicant: an empty form, and no draft left behind.
    assert page.applicant.party.name.text() == "" and page.detail is None
    assert list_drafts(ready_store) == []
    assert focused() is page.applicant.party.name
    # Ctrl+P prints again: a reprint (补打).
    qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 2 and printed[1].reprint


def test_incomplete_notice_then_return_visit_accepts(
    page: IntakePage, ready_store: Store, qtbot: QtBot, printed: list[PrintedDocument]
) -> None:
    fill_applicant(qtbot, page, "张三", ZHANG_ID)
    choose_item(qtbot, page, "spjy")
    n = required_rows(page)
    tick_rows(qtbot, page, 2)
    key(qtbot, Qt.Key.Key_F9)  # not complete: 受理 is refused, with the reason beside the list
    assert count_cases(ready_store) == 0
    assert "一次性告知书" in page.materials.error.text()
    key(qtbot, Qt.Key.Key_F10)
    case_no = page.result.number.text()
    assert page.result.status.text() == "已出具一次性告知书"
    assert f"缺 {n - 2} 项" in page.result.details.text()
    assert [d.doc_kind for d in printed] == ["notice"]

    # The applicant comes back with the rest: scan (type) the number, Enter.
    key(qtbot, Qt.Key.Key_F2)
    assert focused() is page.case_field
    qtbot.keyClicks(focused(), case_no)
    key(qtbot, Qt.Key.Key_Return)
    assert page.case is not None and page.return_banner.isVisible()
    rows = page.materials.rows
    assert [r.done.isChecked() for r in rows[:n]] == [True, True] + [False] * (n - 2)
    assert all(r.applies is None or not r.applies.isEnabled() for r in rows)  # frozen
    assert page.accept_button.text() == "登记补交材料 (F9)"
    assert focused() is rows[0].done
    key(qtbot, Qt.Key.Key_Down, 2)
    for _ in range(n - 3):
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_F9)  # one still missing: recorded, not accepted
    assert case_summary(ready_store, case_no).status == "incomplete"
    assert "仍缺 1 项" in page.return_banner.text()
    assert page.materials.rows[n - 2].done.isChecked()  # what was brought is saved
    page.materials.rows[n - 1].done.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert page.accept_button.text() == "受理 (F9)"
    key(qtbot, Qt.Key.Key_F9)
    summary = case_summary(ready_store, case_no)
    assert summary.status == "accepted" and summary.due_date is not None
    assert page.result.status.text() == "已受理" and page.result.number.text() == case_no
    assert page.case is None
    assert [d.doc_kind for d in printed] == ["notice", "acceptance"]


def _notice_case(qtbot: QtBot, page: IntakePage) -> str:
    fill_applicant(qtbot, page, "张三", ZHANG_ID)
    choose_item(qtbot, page, "spjy")
    key(qtbot, Qt.Key.Key_F10)
    case_no = page.result.number.text()
    key(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), case_no)
    key(qtbot, Qt.Key.Key_Return)
    assert page.case is not None
    return case_no


def _open_exception_dialog(qtbot: QtBot, page: IntakePage) -> RequirementExceptionDialog:
    page.materials.exception_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    dialog = page._dialog
    assert isinstance(dialog, RequirementExceptionDialog)
    wait_active(qtbot, dialog)
    return dialog


def test_exception_after_the_notice_needs_a_supervisor(
    page: IntakePage, ready_store: Store, qtbot: QtBot
) -> None:
    with ready_store.write() as s:
        create_account(
            s,
            ready_store.require_identity(),
            username="chenjing",
            display_name="陈静",
            role=Role.SUPERVISOR,
            password=SUPERVISOR_PASSWORD,
            by="admin",
        )
    case_no = _notice_case(qtbot, page)
    before = len(page.materials.rows)
    dialog = _open_exception_dialog(qtbot, page)
    assert focused() is dialog.name
    type_text(qtbot, focused(), "场所租赁合同")
    key(qtbot, Qt.Key.Key_Return)  # originals (1)
    key(qtbot, Qt.Key.Key_Return)  # copies (0)
    dialog.reason.setFocus()
    type_text(qtbot, focused(), "经营场所为租赁，现场核查发现产权人与登记不符")
    dialog.supervisor.setFocus()
    qtbot.keyClicks(focused(), "chenjing")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "not-the-password")
    key(qtbot, Qt.Key.Key_Return)
    # A wrong password: said beside the supervisor, nothing recorded.
    error = dialog.form.errors["supervisor"]
    assert not error.isHidden() and "负责人账户或密码不正确" in error.text()
    assert dialog.isVisible() and dialog.password.text() == ""
    assert focused() is dialog.password  # typed again at once
    assert list_notice_exceptions(ready_store) == []
    assert len(case_summary(ready_store, case_no).materials) == before
    # The right password.
    dialog.password.setFocus()
    qtbot.keyClicks(focused(), SUPERVISOR_PASSWORD)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    exceptions = list_notice_exceptions(ready_store)
    assert [(e["material"], e["supervisor"], e["clerk"]) for e in exceptions] == [
        ("场所租赁合同", "chenjing", "lisi")
    ]
    rows = page.materials.rows
    assert len(rows) == before + 1 and rows[-1].spec.added_by_exception
    assert "例外" in rows[-1].name.text() and "例外已记录" in page.return_banner.text()
    assert rows[-1].originals.value() == 0 and page.materials.missing()[-1].name == "场所租赁合同"


def test_exception_reasons_are_shown_beside_their_fields(page: IntakePage, qtbot: QtBot) -> None:
    _notice_case(qtbot, page)
    dialog = _open_exception_dialog(qtbot, page)
    dialog.supervisor.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # to the password
    key(qtbot, Qt.Key.Key_Return)  # submit with nothing filled in
    assert "材料名称" in dialog.form.errors["exception_name"].text()
    assert "10 个字" in dialog.form.errors["exception_reason"].text()
    assert dialog.isVisible()
    dialog.reject()


def test_rejection_with_reason_and_legal_basis(
    page: IntakePage, ready_store: Store, qtbot: QtBot, printed: list[PrintedDocument]
) -> None:
    fill_applicant(qtbot, page, "王五", ZHANG_ID, phone="025-57211234")
    choose_item(qtbot, page, "spjy")
    key(qtbot, Qt.Key.Key_F11)
    dialog = page._dialog
    assert isinstance(dialog, RejectDialog)
    wait_active(qtbot, dialog)
    rights = dialog.findChild(QLabel, "rightsText")
    assert rights is not None and "行政复议" in rights.text() and "行政诉讼" in rights.text()
    dialog.reason.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # to the basis
    key(qtbot, Qt.Key.Key_Return)  # submit: both empty
    assert "理由" in dialog.form.errors["reason"].text()
    assert "法律依据" in dialog.form.errors["legal_basis"].text()
    assert count_cases(ready_store) == 0
    # Down picks the first prepared reason, which brings its provision with it.
    dialog.reason.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.reason.currentText() == "不属于本中心受理范围"
    assert dialog.basis.currentText() == "《中华人民共和国行政许可法》第三十二条第一款第（二）项"
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    case_no = page.result.number.text()
    assert page.result.status.text() == "不予受理"
    assert "不属于本中心受理范围" in page.result.details.text()
    assert case_summary(ready_store, case_no).status == "rejected"
    assert [d.doc_kind for d in printed] == ["rejection"]


def test_bad_input_is_shown_beside_each_field_and_nothing_is_saved(
    page: IntakePage, ready_store: Store, qtbot: QtBot, printed: list[PrintedDocument]
) -> None:
    wrong = ZHANG_ID[:-1] + ("0" if ZHANG_ID[-1] != "0" else "1")  # a wrong check digit
    page.applicant.party.id_number.setFocus()
    qtbot.keyClicks(focused(), wrong)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "13812345678")
    page.picker.search.setFocus()
    choose_item(qtbot, page, "spjy")
    tick_rows(qtbot, page, required_rows(page))
    key(qtbot, Qt.Key.Key_F9)
    errors = page.applicant.form.errors
    assert not errors["name"].isHidden() and "姓名" in errors["name"].text()
    assert not errors["id_number"].isHidden() and "校验位" in errors["id_number"].text()
    assert errors["phone"].isHidden()
    assert focused() is page.applicant.party.name  # the first problem in reading order
    assert count_cases(ready_store) == 0 and printed == []
    with ready_store.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(Event).where(Event.kind.like("case.%"))) == 0
        )
    assert not page.result.isVisible()
    # Typing in a field takes its message away.
    type_text(qtbot, page.applicant.party.name, "张")
    assert errors["name"].isHidden()


def test_returning_applicant_is_filled_in_from_the_id(
    page: IntakePage, ready_store: Store, qtbot: QtBot
) -> None:
    fill_applicant(qtbot, page, "张三", ZHANG_ID)
    page.applicant.address.setText("溧水区永阳街道")
    choose_item(qtbot, page, "spjy")
    tick_rows(qtbot, page, required_rows(page))
    key(qtbot, Qt.Key.Key_F9)
    assert page.result.status.text() == "已受理"
    page.applicant.party.id_number.setFocus()
    qtbot.keyClicks(focused(), ZHANG_ID)
    assert page.applicant.party.name.text() == "张三"
    assert page.applicant.party.phone.text() == "13812345678"
    assert page.applicant.address.text() == "溧水区永阳街道"
    assert page.applicant.found.text() == "老申请人，已带出上次登记的信息"


def test_a_draft_survives_a_restart(
    app: QApplication,
    ready_store: Store,
    clerk: Operator,
    qtbot: QtBot,
    printed: list[PrintedDocument],
) -> None:
    page = open_page(ready_store, clerk, qtbot)
    page.applicant.party.name.setFocus()
    type_text(qtbot, focused(), "赵六")
    key(qtbot, Qt.Key.Key_Return, 2)
    qtbot.keyClicks(focused(), ZHANG_ID)
    page.picker.search.setFocus()
    choose_item(qtbot, page, "spjy")
    key(qtbot, Qt.Key.Key_Space)  # row 1 received
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Right)  # row 2: the originals count
    qtbot.keyClicks(focused(), "2")

    def saved() -> bool:
        drafts = list_drafts(ready_store)
        return len(drafts) == 1 and drafts[0].data["materials"][1]["received_originals"] == 2

    qtbot.waitUntil(saved, timeout=5000)
    draft = list_drafts(ready_store)[0]
    assert draft.title.startswith("赵六 · 食品经营许可")
    assert (
        "草稿 (1)" in page.drafts_button.text()
        and draft.notice_deadline.isoformat() in page.draft_state.text()
    )
    page.close()  # as if the program were closed

    again = open_page(ready_store, clerk, qtbot)
    assert "草稿 (1)" in again.drafts_button.text()
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = again._dialog
    wait_active(qtbot, dialog)
    assert (
        dialog.table.rowCount() == 1
        and draft.notice_deadline.isoformat() in dialog.table.item(0, 3).text()
    )
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again.activateWindow()  # a window manager would; offscreen has none
    wait_active(qtbot, again)
    assert focused() is again.applicant.party.name
    assert again.applicant.party.name.text() == "赵六"
    assert again.applicant.party.id_number.text() == ZHANG_ID
    assert again.detail is not None and again.detail.name.startswith("食品经营许可")
    rows = again.materials.rows
    assert (
        rows[0].done.isChecked() and rows[1].originals.value() == 2 and not rows[2].done.isChecked()
    )
    assert again.draft_id == draft.id
    # Its outcome removes it.
    again.applicant.party.phone.setFocus()
    qtbot.keyClicks(focused(), "13912345678")
    key(qtbot, Qt.Key.Key_F10)
    assert again.result.status.text() == "已出具一次性告知书"
    assert list_drafts(ready_store) == []


def test_new_intake_asks_before_throwing_away(
    page: IntakePage, ready_store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[str] = []
    monkeypatch.setattr(page, "_ask_clear", lambda: answers.pop(0))
    page.applicant.party.name.setFocus()
    type_text(qtbot, focused(), "钱七")
    page.save_now()
    assert len(list_drafts(ready_store)) == 1
    answers.append("cancel")
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.applicant.party.name.text() == "钱七"
    answers.append("discard")
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.applicant.party.name.text() == "" and list_drafts(ready_store) == []
    assert "草稿 (0)" in page.drafts_button.text()
    # An empty form is cleared without a question.
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert answers == []


def test_only_a_case_waiting_for_materials_can_be_pulled_up(page: IntakePage, qtbot: QtBot) -> None:
    fill_applicant(qtbot, page, "张三", ZHANG_ID)
    choose_item(qtbot, page, "spjy")
    tick_rows(qtbot, page, required_rows(page))
    key(qtbot, Qt.Key.Key_F9)
    accepted = page.result.number.text()
    for number, expected in (
        (accepted, "不是待补正的告知件"),
        ("320117-03-20200101-0099", "没有办件"),
    ):
        key(qtbot, Qt.Key.Key_F2)
        qtbot.keyClicks(focused(), number)
        key(qtbot, Qt.Key.Key_Return)
        assert page.case is None
        assert not page.case_error.isHidden() and expected in page.case_error.text()
        page.case_field.clear()


def test_an_uncertain_calendar_is_shown_in_red(page: IntakePage) -> None:
    from datetime import UTC, date, datetime

    from desktop.intake import CaseSummary

    summary = CaseSummary(
        case_no="320117-03-20271230-0001",
        status="accepted",
        item_code="X",
        item_name="某事项",
        item_kind="promised",
        applicant_name="张三",
        received_at=datetime(2027, 12, 30, tzinfo=UTC),
        accepted_at=datetime(2027, 12, 30, tzinfo=UTC),
        due_date=date(2028, 1, 28),
        notice_deadline=None,
        materials=(),
        due_warning_zh="2028 年的法定节假日尚未公布，办结日期按周一至周五推算，请留意。",
        due_warning_en="2028 holidays are not published yet.",
    )
    page.result.show_summary(summary)
    assert not page.result.warning.isHidden() and "2028" in page.result.warning.text()
    assert "#b3261e" in page.result.warning.styleSheet()
    assert "承诺办结日期：2028-01-28" in page.result.details.text()


def test_an_immediate_item_can_be_finished_on_the_spot(
    page: IntakePage, ready_store: Store, qtbot: QtBot, printed: list[PrintedDocument]
) -> None:
    fill_applicant(qtbot, page, "孙八", ZHANG_ID)
    choose_item(qtbot, page, "spjy")
    assert page.finish_now.isHidden()  # a promised item
    page.picker.search.setFocus()
    page.picker.search.clear()
    choose_item(qtbot, page, "shbzk")  # 社会保障卡补换, 即办件
    assert not page.finish_now.isHidden()
    tick_rows(qtbot, page, required_rows(page))
    page.finish_now.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_F9)
    assert page.result.status.text() == "已受理，当场办结"
    assert case_summary(ready_store, page.result.number.text()).status == "collected"
    assert [d.doc_kind for d in printed] == ["acceptance"]
    assert page.finish_now.isHidden() and not page.finish_now.isChecked()


def test_reject_asks_for_the_applicant_and_item_before_the_reason(
    page: IntakePage, qtbot: QtBot
) -> None:
    page.applicant.party.name.setFocus()
    key(qtbot, Qt.Key.Key_F11)
    assert page._dialog is None  # no dialog yet
    assert "请选择要办理的事项" in page.picker.error.text()
    assert not page.applicant.form.errors["name"].isHidden()


def test_tab_follows_the_reading_order(page: IntakePage, qtbot: QtBot) -> None:
    page.picker.search.setFocus()
    choose_item(qtbot, page, "spjy")
    page.case_field.setFocus()
    seen = []
    for _ in range(14):
        seen.append(focused().objectName())
        key(qtbot, Qt.Key.Key_Tab)
    assert seen == [
        "caseNumber", "draftsButton", "kind", "name", "id_kind", "id_number", "phone", "address",
        "hasAgent", "itemSearch", "done_1", "originals_1", "copies_1", "done_2",
    ]  # fmt: skip
