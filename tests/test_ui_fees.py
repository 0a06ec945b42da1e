"""The fee screen, offscreen, driven from the keyboard as a cashier would drive it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.accounts import Operator
from desktop.case_documents import PrintedDocument
from desktop.cashier import CountInput, close_day, day_status, open_day
from desktop.fees import ChargeInput, PaymentInput, collect_fee, find_payment
from desktop.store import Store
from models.accounts import Role
from models.cases import Payment
from models.fees import PaymentVoid
from tests.conftest import type_text
from tests.test_fees import SUPERVISOR, SUPERVISOR_PASSWORD, accepted, add_people
from ui import i18n as qt_i18n
from ui.app import make_app
from ui.fees_close_dialog import CloseDayDialog
from ui.fees_dialogs import OpenDayDialog, VoidDialog
from ui.fees_page import FeesPage

CLERK = Operator("liu", "刘倩", Role.CLERK)
CAR = "机动车注册登记"  # one published line: 100 元/副
ESTATE = "不动产首次登记"  # 550 元/件 and 10 元/本 (each additional book)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    make_app("zh_CN")
    yield qapp
    qt_i18n.install("zh_CN")


@pytest.fixture
def window(ready_store: Store) -> Store:
    add_people(ready_store)
    return ready_store


def open_page(store: Store, qtbot: QtBot) -> tuple[FeesPage, list[PrintedDocument]]:
    page = FeesPage(store, store.require_identity(), CLERK)
    shown: list[PrintedDocument] = []
    page.show_document = shown.append  # type: ignore[method-assign,assignment]  # no blocking preview
    qtbot.addWidget(page)
    page.resize(1090, 760)
    page.show()
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    return page, shown


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def key(
    qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), k, modifier)


def payments(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Payment)) or 0


def test_cash_with_change_taken_from_the_keyboard(
    app: QApplication, window: Store, qtbot: QtBot
) -> None:
    case_no = accepted(window, CAR)
    open_day(window, CLERK, "200")
    page, shown = open_page(window, qtbot)
    page.collect.case_field.setFocus()
    qtbot.keyClicks(focused(), case_no)  # the scanner types the slip's number and Enter
    key(qtbot, Qt.Key.Key_Return)
    # One published line: ticked, and the cursor waits in the payer (the applicant).
    assert focused() is page.collect.payer and page.collect.payer.text() == "张三"
    assert "¥100.00" in page.collect.total.text() and "壹佰元整" in page.collect.capital.text()
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.collect.tendered
    qtbot.keyClicks(focused(), "150")
    assert page.collect.change.text() == "找零 ¥50.00"
    key(qtbot, Qt.Key.Key_Return)  # Enter on the last field takes the payment
    assert payments(window) == 1
    (doc,) = shown
    paid = find_payment(window, doc.case_no)
    assert paid is not None and paid.change_fen == 5000 and paid.tendered_fen == 15000
    assert doc.title == "收费收据" and not doc.reprint
    assert "找零 ¥50.00" in page.message.text()
    assert page.payments.shown is not None and page.payments.shown.receipt_no == paid.receipt_no
    assert focused() is page.collect.case_field  # ready for the next slip


def test_lines_are_ticked_from_the_keyboard_and_a_short_cash_is_said_beside_it(
    app: QApplication, window: Store, qtbot: QtBot
) -> None:
    case_no = accepted(window, ESTATE)
    open_day(window, CLERK, "0")
    page, _ = open_page(window, qtbot)
    page.collect_for_case(case_no)
    # Two lines, one an extra: nothing ticked, the cursor in the lines.
    assert not page.collect.ticked_any and focused() is page.collect.table
    key(qtbot, Qt.Key.Key_Space)  # tick 不动产登记费
    assert [c.position for c in page.collect.charges()] == [1]
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.collect.payer
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "500")
    assert page.collect.change.text() == "还差 ¥50.00"
    key(qtbot, Qt.Key.Key_F9)
    error = page.collect.errors["tendered"]
    assert not error.isHidden() and "还差 ¥50.00" in error.text()
    assert focused() is page.collect.tendered and payments(window) == 0


def test_a_card_payment_without_its_reference_is_refused_beside_the_field(
    app: QApplication, window: Store, qtbot: QtBot
) -> None:
    case_no = accepted(window, CAR)
    open_day(window, CLERK, "0")
    page, shown = open_page(window, qtbot)
    page.collect_for_case(case_no)
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # 银行卡
    assert page.collect.method == "card" and page.collect.reference.isVisible()
    assert not page.collect.tendered.isVisible()
    key(qtbot, Qt.Key.Key_F9)
    error = page.collect.errors["reference"]
    assert not error.isHidden() and "参考号" in error.text()
    assert focused() is page.collect.reference
    assert payments(window) == 0 and shown == []
    qtbot.keyClicks(focused(), "012345678901")
    key(qtbot, Qt.Key.Key_Return)
    assert payments(window) == 1 and len(shown) == 1


def test_a_void_without_a_supervisor_is_refused(
    app: QApplication, window: Store, qtbot: QtBot
) -> None:
    case_no = accepted(window, CAR)
    open_day(window, CLERK, "0")
    paid = collect_fee(
        window, PaymentInput(case_no, (ChargeInput(1),), "cash", "张三", "100"), CLERK
    ).payment
    page, shown = open_page(window, qtbot)
    assert page.open_payment(paid.receipt_no.replace("-", ""))  # as a scanner might send it
    assert not page.open_payment("320117-03-2026-000999")
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page._dialog
    assert isinstance(dialog, VoidDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.reason
    type_text(qtbot, focused(), "收费项目选错")
    key(qtbot, Qt.Key.Key_Return)  # the OK button: no supervisor given
    error = dialog.form.errors["supervisor"]
    assert not error.isHidden() and "负责人" in error.text() and dialog.isVisible()
    dialog.supervisor.setFocus()
    qtbot.keyClicks(focused(), SUPERVISOR)
    dialog.password.setFocus()
    qtbot.keyClicks(focused(), "wrong-password")
    key(qtbot, Qt.Key.Key_Return)
    assert "负责人账户或密码不正确" in error.text() and dialog.password.text() == ""
    with window.read() as s:
        assert s.scalar(select(func.count()).select_from(PaymentVoid)) == 0
    dialog.password.setFocus()
    qtbot.keyClicks(focused(), SUPERVISOR_PASSWORD)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    voided = find_payment(window, paid.receipt_no)
    assert voided is not None and voided.void is not None and voided.void.supervisor == SUPERVISOR
    assert [d.title for d in shown] == ["收费作废凭证"]
    assert (
        "已作废" in page.payments.detail.toPlainText()
        and "陈静" in page.payments.detail.toPlainText()
    )


def test_a_payment_on_a_closed_day_is_refused(
    app: QApplication, window: Store, qtbot: QtBot
) -> None:
    case_no = accepted(window, CAR)
    open_day(window, CLERK, "0")
    close_day(window, CLERK, CountInput({}))
    page, shown = open_page(window, qtbot)
    assert "已日结" in page.day_state.text() and page.reopen_button.isVisible()
    page.collect_for_case(case_no)
    page.collect.tendered.setFocus()
    qtbot.keyClicks(focused(), "100")
    key(qtbot, Qt.Key.Key_F9)
    error = page.collect.errors["general"]
    assert not error.isHidden() and "已日结" in error.text() and "负责人" in error.text()
    assert payments(window) == 0 and shown == []


def test_the_first_payment_of_the_day_asks_for_the_float(
    app: QApplication, window: Store, qtbot: QtBot
) -> None:
    case_no = accepted(window, CAR)
    page, shown = open_page(window, qtbot)
    assert "未开班" in page.day_state.text()
    page.collect_for_case(case_no)
    page.collect.tendered.setText("100")
    key(qtbot, Qt.Key.Key_F9)
    dialog = page._dialog
    assert isinstance(dialog, OpenDayDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.float_field.selectAll()
    qtbot.keyClicks(focused(), "300")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The float recorded, and the payment went on by itself.
    assert day_status(window).figures.float_fen == 30_000
    assert payments(window) == 1 and len(shown) == 1


def test_closing_the_day_from_the_screen(app: QApplication, window: Store, qtbot: QtBot) -> None:
    case_no = accepted(window, CAR)
    open_day(window, CLERK, "0")
    collect_fee(window, PaymentInput(case_no, (ChargeInput(1),), "cash", "张三", "100"), CLERK)
    page, shown = open_page(window, qtbot)
    key(qtbot, Qt.Key.Key_F8)
    dialog = page._dialog
    assert isinstance(dialog, CloseDayDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    spins = dialog.pieces
    assert focused() is spins[10000]
    spins[5000].setValue(1)  # ¥50 counted, ¥100 expected
    assert "短款 ¥50.00" in dialog.summary.text() and dialog.confirm.isEnabled()
    dialog.submit()
    assert not dialog.errors["confirm_difference"].isHidden()
    assert not dialog.errors["difference_reason"].isHidden()
    spins[10000].setValue(1)
    spins[5000].setValue(0)
    assert not dialog.confirm.isEnabled()
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [d.title for d in shown] == ["收费日结报表"]
    assert "已日结" in page.day_state.text()
