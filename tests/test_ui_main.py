"""The real window, offscreen: Chinese glyphs, first start, login, navigation, catalog, idle lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.accounts import Operator, create_account
from desktop.store import Store, set_setting
from models.accounts import Role
from tests.conftest import ADMIN_PASSWORD, type_text
from ui import i18n as qt_i18n
from ui.app import make_app
from ui.catalog_browser import CatalogBrowser
from ui.fonts import renders_chinese
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.setup_dialog import SetupDialog


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    make_app("zh_CN")
    yield qapp
    qt_i18n.install("zh_CN")


def _clerk(store: Store) -> Operator:
    with store.write() as s:
        create_account(
            s,
            store.require_identity(),
            username="lisi",
            display_name="李四",
            role=Role.CLERK,
            password="Clerk-pass-1",
            by="admin",
        )
    return Operator("lisi", "李四", Role.CLERK)


def test_the_ui_font_has_every_chinese_glyph_the_window_shows(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    assert renders_chinese(app.font())
    win = MainWindow(
        ready_store, ready_store.require_identity(), Operator("admin", "王管理", Role.ADMIN)
    )
    qtbot.addWidget(win)
    metrics = QFontMetrics(win.nav.font())
    texts = [win.nav.item(i).text() for i in range(win.nav.count())]
    texts += [label.text() for label in win.findChildren(QLabel)]
    missing = {
        ch for t in texts for ch in t if ord(ch) > 0x2E80 and not metrics.inFontUcs4(ord(ch))
    }
    assert not missing, f"would render as boxes: {''.join(sorted(missing))}"


def test_first_start_through_the_keyboard(app: QApplication, store: Store, qtbot: QtBot) -> None:
    dialog = SetupDialog(store)
    qtbot.addWidget(dialog)
    dialog.window_code.setText("")
    qtbot.keyClicks(dialog.window_code, "123")
    type_text(qtbot, dialog.admin_name, "王管理")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.password2, ADMIN_PASSWORD)
    dialog.submit()
    assert dialog.identity is None
    assert "01–99" in dialog.form.errors["window_code"].text()
    assert not dialog.form.errors["window_code"].isHidden()
    dialog.window_code.setText("5")
    dialog.submit()
    assert dialog.identity is not None and dialog.identity.window_code == "05"


def test_login_shows_one_message_for_any_failure(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    dialog = LoginDialog(ready_store, ready_store.require_identity())
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong-one")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.operator is None
    assert "用户名或密码不正确" in dialog.form.general.text()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.operator is not None and dialog.operator.role == Role.ADMIN


def test_shortcuts_reach_every_screen_a_role_allows(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    clerk = _clerk(ready_store)
    win = MainWindow(ready_store, ready_store.require_identity(), clerk)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)
    expected = {"1": "intake", "2": "inquiries", "3": "cases", "4": "fees", "5": "catalog"}
    for key, page in expected.items():
        qtbot.keyClick(win, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.ControlModifier)
        assert win.current_key() == page
    qtbot.keyClick(win, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert win.current_key() == "catalog"  # settings are for administrators only
    assert "管理员" in win.statusBar().currentMessage()
    placeholder = win.pages["reports"].findChild(QLabel, "placeholderText")
    assert placeholder is not None and "负责人" in placeholder.text()
    assert "李四" in win.clerk_label.text() and "03" in win.window_label.text()


def test_catalog_search_by_pinyin_initials_shows_the_six_disclosures(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    browser = CatalogBrowser(ready_store)
    qtbot.addWidget(browser)
    total = browser.model.rowCount()
    assert total >= 30
    qtbot.keyClicks(browser.search, "bdc")
    assert 0 < browser.model.rowCount() < total
    assert all("不动产" in item.name for item in browser.model.items[:1])
    qtbot.waitUntil(lambda: "审批依据" in browser.detail.toPlainText(), timeout=3000)
    page = browser.detail.toPlainText()
    for heading in ("审批内容", "办事程序", "审批依据", "申报材料", "承诺时限", "收费标准及依据"):
        assert heading in page
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert browser.table.currentIndex().row() == min(1, browser.model.rowCount() - 1)
    browser.search.clear()
    type_text(qtbot, browser.search, "没有这种事项xyz")
    assert browser.model.rowCount() == 0 and "没有" in browser.detail.toPlainText()


def test_idle_lock_keeps_what_was_typed(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    with ready_store.write() as s:
        set_setting(s, "idle_lock_minutes", 0.02)  # a little over one second
    clerk = _clerk(ready_store)
    win = MainWindow(ready_store, ready_store.require_identity(), clerk)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)
    win.go("catalog")
    browser = win.pages["catalog"]
    assert isinstance(browser, CatalogBrowser)
    type_text(qtbot, browser.search, "食品")
    qtbot.waitUntil(win.overlay.isVisible, timeout=5000)
    assert not win.centralWidget().isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.current_key() == "catalog"  # shortcuts do nothing while locked
    qtbot.keyClicks(win.overlay.password, "wrong-pass")
    qtbot.keyClick(win.overlay.password, Qt.Key.Key_Return)
    assert win.overlay.isVisible() and "密码错误" in win.overlay.error.text()
    qtbot.keyClicks(win.overlay.password, "Clerk-pass-1")
    qtbot.keyClick(win.overlay.password, Qt.Key.Key_Return)
    assert not win.overlay.isVisible() and win.centralWidget().isEnabled()
    assert browser.search.text() == "食品"
    win.idle.stop()


def test_english_is_complete_and_follows_the_language_choice(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    make_app("en")
    win = MainWindow(
        ready_store, ready_store.require_identity(), Operator("admin", "Wang", Role.ADMIN)
    )
    qtbot.addWidget(win)
    assert win.nav.item(0).text().startswith("Intake")
    make_app("zh_CN")
    win2 = MainWindow(
        ready_store, ready_store.require_identity(), Operator("admin", "王管理", Role.ADMIN)
    )
    qtbot.addWidget(win2)
    assert win2.nav.item(0).text().startswith("接件")
    win.idle.stop()
    win2.idle.stop()


def test_every_string_of_the_window_has_a_chinese_translation(tmp_path: Path) -> None:
    """lupdate finds every tr() in ui/; none may be missing or unfinished in zh_CN."""
    import shutil
    import subprocess
    import sys

    from ui.i18n import read_ts, ts_path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / "check.ts"
    shutil.copy(ts_path("zh_CN"), copy)
    root = Path(__file__).resolve().parent.parent
    sources = sorted(str(p) for p in (root / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True, capture_output=True)
    text = copy.read_text("utf-8")
    assert 'type="unfinished"' not in text, (
        "strings without a Chinese translation: run tools/i18n_update.py"
    )
    assert len(read_ts(copy)) >= 50


def test_qts_own_strings_survive_our_translator(app: QApplication) -> None:
    """A translator that answers "" for strings it lacks would blank Qt's own, e.g. Ctrl+%1."""
    from PySide6.QtGui import QKeySequence

    text = QKeySequence("Ctrl+5").toString(QKeySequence.SequenceFormat.NativeText)
    assert text.endswith("5") and len(text) > 1


def test_a_long_day_of_typing_does_not_wear_down_none(tmp_path: Path) -> None:
    """PySide6 6.12.0 under Python 3.11 loses a reference to None on every repaint and the
    window aborts after a few minutes; the pinned Qt bindings must not do that. Measured in
    a fresh process, where nothing else frees objects meanwhile."""
    import subprocess
    import sys

    script = """
import gc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from desktop.setup import SetupRequest, initialise
from desktop.store import Store
from ui.app import make_app
from ui.catalog_browser import CatalogBrowser
app = make_app("zh_CN")
store = Store(Path(sys.argv[1]))
initialise(store, SetupRequest("320117", "南京市溧水区行政服务中心", "3", "admin", "王", "Admin-2026!"))
browser = CatalogBrowser(store)
browser.show()
def type_a_while(n):
    for i in range(n):
        browser.search.setText("spjyxk"[: i % 6 + 1])
        app.processEvents()
type_a_while(30)
gc.collect()
before = sys.getrefcount(None)
type_a_while(300)
gc.collect()
print(sys.getrefcount(None) - before)
"""
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "w")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip().splitlines()[-1]) > -100


def test_administrators_reach_settings_and_a_new_idle_time_applies_at_once(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    from ui.settings_page import SettingsPage

    win = MainWindow(
        ready_store, ready_store.require_identity(), Operator("admin", "王管理", Role.ADMIN)
    )
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)
    qtbot.keyClick(win, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert win.current_key() == "settings"
    page = win.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.idle_minutes_changed.emit(0.02)
    qtbot.waitUntil(win.overlay.isVisible, timeout=5000)
    win.idle.stop()


@pytest.mark.pg
def test_the_status_bar_shows_sync_going_offline_and_back(
    app: QApplication, ready_store: Store, qtbot: QtBot, pg_url: str
) -> None:
    from desktop.central import add_window, central_init
    from desktop.sync import set_central_url

    set_central_url(ready_store, "postgresql://postgres@127.0.0.1:1/nowhere")
    win = MainWindow(
        ready_store, ready_store.require_identity(), Operator("admin", "王管理", Role.ADMIN)
    )
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.sync.view.state == "offline", timeout=15000)
    assert "离线" in win.sync_label.text() and "待发送" in win.sync_label.text()
    central_init(pg_url, "320117", "南京市溧水区行政服务中心", None)
    add_window(pg_url, "03")
    set_central_url(ready_store, pg_url)
    win.sync.sync_now()
    qtbot.waitUntil(lambda: win.sync.view.state == "online", timeout=15000)
    assert "在线" in win.sync_label.text() and "待发送 0" in win.sync_label.text()
    win.close()


def test_a_scanned_slip_opens_its_case_from_any_screen(
    app: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    from desktop.intake import accept_case, issue_one_time_notice
    from tests.intake_helpers import intake
    from tests.test_scanner import type_keys
    from ui.cases_page import CasesPage
    from ui.intake_page import IntakePage

    admin = Operator("admin", "王管理", Role.ADMIN)
    # QTest delivers each key only after the screen has handled the previous one, so on a
    # loaded test machine the gaps are wider than a real scanner's; a real scanner's keys
    # carry their own timestamps.
    with ready_store.write() as s:
        set_setting(s, "scanner.max_interval_ms", 150)
    accepted = accept_case(ready_store, intake(ready_store, "食品经营许可"), admin)
    notice = issue_one_time_notice(
        ready_store, intake(ready_store, "食品经营许可", complete=False), admin
    )
    win = MainWindow(ready_store, ready_store.require_identity(), admin)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)
    win.go("catalog")
    browser = win.pages["catalog"]
    assert isinstance(browser, CatalogBrowser)
    browser.search.setFocus()
    type_keys(accepted.case_no, 5)
    assert win.current_key() == "cases"
    cases = win.pages["cases"]
    assert isinstance(cases, CasesPage)
    assert browser.search.text() == ""  # the burst did not land in the search field
    # At the intake screen a scanned notice starts the return visit there.
    win.go("intake")
    intake_page = win.pages["intake"]
    assert isinstance(intake_page, IntakePage)
    intake_page.applicant.party.name.setFocus()
    type_keys(notice.case_no.replace("-", ""), 5)
    assert win.current_key() == "intake" and intake_page.case_field.text() == notice.case_no
    win.close()
