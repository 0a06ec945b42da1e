"""设置: the idle-lock setting, password resets, and the page driven through its widgets."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop import i18n
from desktop.accounts import (
    MAX_FAILURES,
    Operator,
    authenticate,
    create_account,
    list_accounts,
    reset_password,
)
from desktop.catalog_io import to_json
from desktop.catalog_store import read_catalog
from desktop.errors import DomainError
from desktop.holidays import list_overrides, year_status
from desktop.settings_service import (
    DEFAULT_IDLE_MINUTES,
    get_idle_minutes,
    set_idle_minutes,
)
from desktop.store import Store
from models.accounts import Role
from models.journal import Event
from tests.conftest import type_text
from ui import i18n as qt_i18n
from ui.app import make_app
from ui.settings_page import AccountDialog, CatalogErrorsDialog, SettingsPage


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    make_app("zh_CN")
    yield qapp
    qt_i18n.install("zh_CN")


def events(store: Store, kind: str) -> list[Event]:
    with store.read() as s:
        return list(s.scalars(select(Event).where(Event.kind == kind).order_by(Event.seq)))


def add_clerk(store: Store, username: str = "lisi", password: str = "Clerk-pass-1") -> None:
    with store.write() as s:
        create_account(
            s,
            store.require_identity(),
            username=username,
            display_name="李四",
            role=Role.CLERK,
            password=password,
            by="admin",
        )


# ---------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------


def test_idle_minutes_default_range_and_journal(ready_store: Store, admin: Operator) -> None:
    assert get_idle_minutes(ready_store) == DEFAULT_IDLE_MINUTES
    for minutes in (0, 1, 240):
        set_idle_minutes(ready_store, minutes, admin)
        assert get_idle_minutes(ready_store) == minutes
    changes = events(ready_store, "settings.changed")
    assert [(e.payload["old"], e.payload["new"]) for e in changes] == [(10, 0), (0, 1), (1, 240)]
    assert {e.payload["key"] for e in changes} == {"idle_lock_minutes"}
    assert all(e.clerk == "admin" for e in changes)


@pytest.mark.parametrize("minutes", [-1, 241, 1000, 2.5])
def test_idle_minutes_out_of_range_are_refused_in_both_languages(
    ready_store: Store, admin: Operator, minutes: float
) -> None:
    with pytest.raises(DomainError) as info:
        set_idle_minutes(ready_store, minutes, admin)
    err = info.value
    assert err.field == "idle_minutes"
    assert "1–240" in err.zh and "不锁定" in err.zh
    assert "1 to 240" in err.en
    i18n.set_language("en")
    assert err.message == err.en
    assert get_idle_minutes(ready_store) == DEFAULT_IDLE_MINUTES


def test_a_fraction_stored_by_hand_journals_as_text(ready_store: Store, admin: Operator) -> None:
    from desktop.store import set_setting

    with ready_store.write() as s:
        set_setting(s, "idle_lock_minutes", 0.5)
    assert get_idle_minutes(ready_store) == 0.5
    set_idle_minutes(ready_store, 5, admin)  # the journal refuses floats: it must not crash
    assert events(ready_store, "settings.changed")[-1].payload["old"] == "0.5"


@pytest.mark.parametrize("role", [Role.CLERK, Role.SUPERVISOR])
def test_only_administrators_change_the_idle_lock(ready_store: Store, role: Role) -> None:
    with pytest.raises(DomainError) as info:
        set_idle_minutes(ready_store, 5, Operator("lisi", "李四", role))
    assert info.value.code == "auth.admin_only"
    assert get_idle_minutes(ready_store) == DEFAULT_IDLE_MINUTES
    assert events(ready_store, "settings.changed") == []


def test_reset_password_unlocks_a_locked_account(ready_store: Store) -> None:
    add_clerk(ready_store)
    for _ in range(MAX_FAILURES):
        with pytest.raises(DomainError):
            authenticate(ready_store, "lisi", "wrong-password")
    with ready_store.read() as s:
        assert next(a for a in list_accounts(s) if a.username == "lisi").locked_until is not None
    with ready_store.write() as s:
        reset_password(s, ready_store.require_identity(), "lisi", "New-pass-2026", by="admin")
    with ready_store.read() as s:
        assert next(a for a in list_accounts(s) if a.username == "lisi").locked_until is None
    assert authenticate(ready_store, "lisi", "New-pass-2026").username == "lisi"
    with pytest.raises(DomainError):
        authenticate(ready_store, "lisi", "Clerk-pass-1")
    (event,) = events(ready_store, "account.password_reset")
    assert event.clerk == "admin" and event.payload["username"] == "lisi"
    assert event.payload["password_hash"].startswith("$argon2")


def test_reset_password_refuses_a_weak_one_beside_its_field(ready_store: Store) -> None:
    add_clerk(ready_store)
    with pytest.raises(DomainError) as info, ready_store.write() as s:
        reset_password(s, ready_store.require_identity(), "lisi", "1111111111", by="admin")
    assert info.value.field == "password"
    assert authenticate(ready_store, "lisi", "Clerk-pass-1").username == "lisi"


# ---------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------


@pytest.fixture
def page(app: QApplication, ready_store: Store, admin: Operator, qtbot: QtBot) -> SettingsPage:
    widget = SettingsPage(ready_store, ready_store.require_identity(), admin)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def messages(monkeypatch: pytest.MonkeyPatch, tab: object) -> dict[str, list[str]]:
    """Catch a tab's warnings and notices instead of opening modal message boxes."""
    seen: dict[str, list[str]] = {"warn": [], "inform": []}
    monkeypatch.setattr(tab, "warn", seen["warn"].append)
    monkeypatch.setattr(tab, "inform", seen["inform"].append)
    return seen


def when_modal(qtbot: QtBot, act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it is open; returns failures seen."""
    failures: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, drive)
            return
        try:
            act(dialog)
        except Exception as exc:  # an assertion inside the nested loop must not hang it
            failures.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(0, drive)
    return failures


def row_of(page: SettingsPage, username: str) -> int:
    table = page.accounts.table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)


def test_add_a_clerk_through_the_dialog(page: SettingsPage, qtbot: QtBot) -> None:
    tab = page.accounts
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "管理员"

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountDialog)
        qtbot.keyClicks(dialog.username, "lisi")
        type_text(qtbot, dialog.display_name, "李四")
        assert dialog.role.currentText() == "窗口人员"
        qtbot.keyClicks(dialog.password, "Clerk-pass-1")
        qtbot.keyClicks(dialog.password2, "Clerk-pass-2")
        dialog.submit()
        # The mismatch is shown beside the second password; the dialog stays open.
        assert "不一致" in dialog.form.errors["password2"].text() and dialog.isVisible()
        dialog.password2.clear()
        qtbot.keyClicks(dialog.password2, "Clerk-pass-1")
        dialog.username.setText("admin")
        dialog.submit()
        assert "已被使用" in dialog.form.errors["username"].text() and dialog.isVisible()
        dialog.username.setText("lisi")
        qtbot.keyClick(dialog.password2, Qt.Key.Key_Return)

    failures = when_modal(qtbot, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert failures == []
    row = row_of(page, "lisi")
    assert [tab.table.item(row, c).text() for c in range(4)] == ["lisi", "李四", "窗口人员", "正常"]
    assert tab.selected() is not None and tab.selected().username == "lisi"
    assert authenticate(page.store, "lisi", "Clerk-pass-1").role == Role.CLERK


def test_disable_and_enable_a_clerk_but_never_oneself(
    page: SettingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_clerk(page.store)
    tab = page.accounts
    tab.refresh()
    seen = messages(monkeypatch, tab)
    tab.table.selectRow(row_of(page, "lisi"))
    assert tab.toggle_button.text() == "停用"
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert tab.table.item(row_of(page, "lisi"), 3).text() == "已停用"
    assert tab.toggle_button.text() == "启用"
    with pytest.raises(DomainError):
        authenticate(page.store, "lisi", "Clerk-pass-1")
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert tab.table.item(row_of(page, "lisi"), 3).text() == "正常"
    assert authenticate(page.store, "lisi", "Clerk-pass-1").username == "lisi"

    tab.table.selectRow(row_of(page, "admin"))
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert seen["warn"] == ["不能停用自己正在使用的账户。"]
    assert tab.table.item(row_of(page, "admin"), 3).text() == "正常"


def test_a_locked_account_shows_its_lock_and_a_reset_lifts_it(
    page: SettingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_clerk(page.store)
    for _ in range(MAX_FAILURES):
        with pytest.raises(DomainError):
            authenticate(page.store, "lisi", "wrong-password")
    tab = page.accounts
    tab.refresh()
    seen = messages(monkeypatch, tab)
    assert "已锁定至" in tab.table.item(row_of(page, "lisi"), 3).text()
    tab.table.selectRow(row_of(page, "lisi"))

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.password, "New-pass-2026")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.password2, "New-pass-2026")  # type: ignore[attr-defined]
        dialog.submit()  # type: ignore[attr-defined]

    failures = when_modal(qtbot, fill)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert tab.table.item(row_of(page, "lisi"), 3).text() == "正常"
    assert seen["inform"] == ["已重置 李四 的密码。"]
    assert authenticate(page.store, "lisi", "New-pass-2026").username == "lisi"


def _catalog_state(store: Store) -> tuple[str, int]:
    with store.read() as s:
        doc = read_catalog(s)
        imports = s.scalar(select(func.count()).where(Event.kind == "catalog.imported"))
    return to_json(doc), int(imports or 0)


def test_an_invalid_catalog_file_lists_every_error_and_changes_nothing(
    page: SettingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tab = page.tabs.widget(1)
    assert tab is page.catalog
    page.tabs.setCurrentWidget(tab)
    seen = messages(monkeypatch, tab)
    assert "事项" in tab.counts.text() and "示例目录" in tab.last_import.text()
    exported = tmp_path / "catalog.xlsx"
    monkeypatch.setattr(tab, "_ask_save_path", lambda: exported)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert exported.exists() and "已导出" in seen["inform"][-1]

    wb = load_workbook(io.BytesIO(exported.read_bytes()))
    items = wb["事项"]
    headers = {cell.value: cell.column for cell in items[1]}
    items.cell(row=2, column=headers["办理类型"]).value = "加急件"
    items.cell(row=3, column=headers["承诺时限(工作日)"]).value = "三天"
    items.cell(row=4, column=headers["实施部门"]).value = "NOPE"
    broken = tmp_path / "broken.xlsx"
    wb.save(broken)
    before = _catalog_state(page.store)

    shown: list[CatalogErrorsDialog] = []

    def fake_exec(dialog: CatalogErrorsDialog) -> int:
        shown.append(dialog)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(CatalogErrorsDialog, "exec", fake_exec)
    monkeypatch.setattr(tab, "_ask_open_path", lambda: broken)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)

    (dialog,) = shown
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert {(r[0], r[1], r[2]) for r in rows} >= {
        ("事项", "2", "办理类型"),
        ("事项", "3", "承诺时限(工作日)"),
        ("事项", "4", "实施部门"),
    }
    assert all(r[3] for r in rows)
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["表", "行", "列", "说明"]
    assert str(table.rowCount()) in dialog.findChild(type(tab.counts)).text()
    assert _catalog_state(page.store) == before
    assert seen["warn"] == []


def test_importing_a_good_catalog_file_updates_the_line_and_says_so(
    page: SettingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tab = page.catalog
    page.tabs.setCurrentWidget(tab)
    seen = messages(monkeypatch, tab)
    changed: list[bool] = []
    page.catalog_changed.connect(lambda: changed.append(True))
    path = tmp_path / "目录.json"
    with page.store.read() as s:
        path.write_text(to_json(read_catalog(s)), "utf-8")
    monkeypatch.setattr(tab, "_ask_open_path", lambda: path)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert "目录.json" in tab.last_import.text() and "admin" in tab.last_import.text()
    assert "已导入事项" in seen["inform"][0] and changed == [True]
    not_a_catalog = tmp_path / "notes.txt"
    not_a_catalog.write_text("x", "utf-8")
    monkeypatch.setattr(tab, "_ask_open_path", lambda: not_a_catalog)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert "不支持的文件类型" in seen["warn"][0]


def test_holidays_tab_imports_a_year_and_edits_single_days(
    page: SettingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tab = page.holidays
    page.tabs.setCurrentWidget(tab)
    seen = messages(monkeypatch, tab)
    tab.year.setValue(2026)
    assert tab.status.text() == "国家日历已覆盖"
    tab.year.setValue(2027)
    assert tab.status.text().startswith("尚未录入") and "b3261e" in tab.status.styleSheet()

    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型,说明\n2027-01-01,休,元旦\n2028-01-01,休,元旦\n", "utf-8")
    monkeypatch.setattr(tab, "_ask_table_path", lambda: bad)
    tab.complete.setChecked(True)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert tab.import_error.isVisible() and tab.import_error.text().startswith("第3行")
    assert tab.table.rowCount() == 0

    good = tmp_path / "2027.csv"
    good.write_text("日期,类型,说明\n2027-01-01,休,元旦\n2027-02-14,班,春节调休上班\n", "utf-8-sig")
    monkeypatch.setattr(tab, "_ask_table_path", lambda: good)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert not tab.import_error.isVisible()
    assert tab.status.text() == "中心节假日表"
    assert [tab.table.item(0, c).text() for c in range(4)] == ["2027-01-01", "星期五", "休", "元旦"]
    assert tab.table.item(1, 2).text() == "班"
    assert seen["inform"] == ["已导入 2027 年度安排 2 天。"]

    tab.day.setDate(date(2027, 3, 3))
    type_text(qtbot, tab.note, "中心停电检修")
    qtbot.keyClick(tab.note, Qt.Key.Key_Return)
    assert tab.table.rowCount() == 3 and tab.table.item(2, 3).text() == "中心停电检修"
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    with page.store.read() as s:
        assert [d.day for d in list_overrides(s, 2027)] == [date(2027, 2, 14), date(2027, 3, 3)]
        assert year_status(s, 2027) == "center"


def test_idle_minutes_are_saved_from_the_general_tab(page: SettingsPage, qtbot: QtBot) -> None:
    tab = page.general
    page.tabs.setCurrentWidget(tab)
    assert tab.idle.value() == DEFAULT_IDLE_MINUTES
    got: list[float] = []
    page.idle_minutes_changed.connect(got.append)
    tab.idle.setValue(0)
    assert tab.idle.text() == "不锁定"
    tab.idle.setValue(30)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert get_idle_minutes(page.store) == 30 and got == [30.0]
    assert tab.saved.text() == "已保存。" and tab.idle_error.isHidden()


def test_every_tab_is_in_chinese(page: SettingsPage) -> None:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["账户", "事项目录", "节假日", "通用", "中心数据库"]
    assert page.accounts.add_button.text() == "新增…"
    assert page.holidays.complete.text() == "这是该年度完整的节假日安排"


def test_the_page_follows_english(
    app: QApplication, ready_store: Store, admin: Operator, qtbot: QtBot
) -> None:
    make_app("en")
    page = SettingsPage(ready_store, ready_store.require_identity(), admin)
    qtbot.addWidget(page)
    assert page.tabs.tabText(0) == "Accounts"
    assert page.accounts.table.item(0, 2).text() == "Administrator"


def test_the_center_is_set_in_settings_kept_private_and_tested_off_the_gui_thread(
    qapp: QApplication, ready_store: Store, qtbot: QtBot
) -> None:
    import os

    from ui.central_tab import CentralTab

    tab = CentralTab(ready_store)
    qtbot.addWidget(tab)
    assert "单机" in tab.current.text()
    tab.url.setText("postgresql://yichuang:s3cret@127.0.0.1:1/hall")
    tab.test()
    qtbot.waitUntil(
        lambda: "不答复" in tab.message.text() or "does not answer" in tab.message.text(),
        timeout=15000,
    )
    tab.save()
    config = ready_store.data_dir / "config.json"
    assert (os.stat(config).st_mode & 0o777) == 0o600
    assert "s3cret" not in tab.current.text() and "127.0.0.1" in tab.current.text()
    tab.url.setText("mysql://nope")
    tab.save()
    assert "postgresql://" in tab.message.text()
    tab.clear()
    assert "单机" in tab.current.text()
