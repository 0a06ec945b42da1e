"""统计与日志 through the window: a background export with progress, cancelling it, bad
input, the dashboard's numbers opening their lists, the ranking naming its windows."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.reports_page as page_module
from desktop.accounts import Operator
from desktop.demo import run_demo
from desktop.store import Store
from models.accounts import Role
from tests.test_ranking import october  # noqa: F401  (a fixture)
from ui.reports_page import ExportTab, ReportsPage

SUPERVISOR = Operator("chenjing", "陈静", Role.SUPERVISOR)


@pytest.fixture
def demo_store(ready_store: Store) -> Store:
    run_demo(ready_store, Operator("admin", "王管理", Role.ADMIN), 30, days=1, seed=11, today=True)
    return ready_store


def make_page(qtbot: QtBot, store: Store) -> ReportsPage:
    page = ReportsPage(store, store.require_identity(), SUPERVISOR)
    qtbot.addWidget(page)
    page.resize(1090, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def wait_idle(qtbot: QtBot, tab: ExportTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(2000)


def test_an_export_runs_in_the_background_with_progress(
    qtbot: QtBot, demo_store: Store, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo_store)
    tab = page.export_tab
    page.tabs.setCurrentWidget(tab)
    seen: list[int] = []
    tab.progress.valueChanged.connect(seen.append)
    tab.out.setText(str(tmp_path / "log.xlsx"))
    with qtbot.waitSignal(tab.finished, timeout=20_000) as done:
        qtbot.mouseClick(tab.run_button, page_module.Qt.MouseButton.LeftButton)
        assert tab.busy() and tab.cancel_button.isEnabled()  # the click returned at once
        assert not tab.run_button.isEnabled()
    result = done.args[0]
    assert result is not None and result.rows > 0 and (tmp_path / "log.xlsx").exists()
    assert tab.progress.value() == 100 and len(seen) >= 2
    assert str(result.rows) in tab.status.text() and "log.xlsx" in tab.status.text()
    assert tab.run_button.isEnabled() and not tab.cancel_button.isEnabled()


def test_an_export_can_be_cancelled_and_leaves_no_file(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export is held after its first progress report until the cancel is clicked,
    so the click lands while it runs, as a supervisor's would on a long export."""
    started = threading.Event()
    real = page_module.export_log

    def slow_export(source: Any, req: Any, *, progress: Any, cancelled: Any) -> Any:
        def held(p: int) -> None:
            progress(p)
            if not started.is_set():
                started.set()
                for _ in range(200):  # at most 10 s
                    if cancelled():
                        break
                    threading.Event().wait(0.05)

        return real(source, req, progress=held, cancelled=cancelled)

    monkeypatch.setattr(page_module, "export_log", slow_export)
    page = make_page(qtbot, demo_store)
    tab = page.export_tab
    page.tabs.setCurrentWidget(tab)
    folder = tmp_path / "out"
    folder.mkdir()
    tab.out.setText(str(folder / "log.xlsx"))
    with qtbot.waitSignal(tab.finished, timeout=20_000) as done:
        qtbot.mouseClick(tab.run_button, page_module.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(started.is_set, timeout=10_000)
        qtbot.mouseClick(tab.cancel_button, page_module.Qt.MouseButton.LeftButton)
    assert done.args[0] is None
    assert "取消" in tab.status.text() or "cancel" in tab.status.text().lower()
    assert list(folder.iterdir()) == []  # no file, no temporary file
    assert tab.progress.value() == 0 and tab.run_button.isEnabled()


def test_bad_input_says_what_is_wrong_and_writes_nothing(
    qtbot: QtBot, demo_store: Store, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo_store)
    tab = page.export_tab
    folder = tmp_path / "out"
    folder.mkdir()
    tab.out.setText(str(folder / "no such folder" / "log.xlsx"))
    with qtbot.waitSignal(tab.finished, timeout=20_000) as done:
        tab.run_export()
    assert done.args[0] is None
    assert "不存在" in tab.status.text() or "exist" in tab.status.text()
    assert list(folder.iterdir()) == []
    # A backwards range cannot even be entered: the end follows the start.
    tab.start.setDate(tab.end.date().addDays(3))
    assert tab.end.date() == tab.start.date()
    # An empty day gives a file that says 无记录.
    tab.start.setDate(page_module.QDate(2020, 1, 1))
    tab.end.setDate(page_module.QDate(2020, 1, 1))
    tab.fmt.setCurrentIndex(tab.fmt.findData("csv"))
    tab.out.setText(str(tmp_path / "empty.csv"))
    with qtbot.waitSignal(tab.finished, timeout=20_000) as done:
        tab.run_export()
    assert done.args[0].empty and "无记录" in tab.status.text()
    assert "无记录" in (tmp_path / "empty.csv").read_text(encoding="utf-8-sig")
    wait_idle(qtbot, tab)


def test_the_window_list_offers_the_windows_of_the_database(
    qtbot: QtBot, demo_store: Store
) -> None:
    page = make_page(qtbot, demo_store)
    tab = page.export_tab
    qtbot.waitUntil(lambda: tab.window_choice.count() >= 2, timeout=10_000)
    assert [tab.window_choice.itemData(i) for i in range(tab.window_choice.count())] == [None, "03"]
    tab.window_choice.setCurrentIndex(1)
    assert "03号窗口" in tab.out.text() and tab.out.text().endswith(".xlsx")
    tab.fmt.setCurrentIndex(tab.fmt.findData("pdf"))
    assert tab.out.text().endswith(".pdf")


def test_a_number_on_the_dashboard_opens_the_list_behind_it(
    qtbot: QtBot, demo_store: Store
) -> None:
    page = make_page(qtbot, demo_store)
    board_tab = page.dashboard_tab
    qtbot.waitUntil(lambda: board_tab.board is not None, timeout=10_000)
    board = board_tab.board
    assert board is not None
    accepted = board.figure("accepted").total
    assert accepted > 0 and board_tab.tiles["accepted"].number.text() == str(accepted)
    with qtbot.waitSignal(board_tab.list_opened, timeout=10_000) as opened:
        qtbot.mouseClick(board_tab.tiles["accepted"], page_module.Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert dialog.table.rowCount() == accepted
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    # A bar of the chart: the accepted part of window 03's bar.
    chart = board_tab.outcomes
    rect = next(r for r, key, cat in chart._hits if key == "accepted" and cat == "03")
    with qtbot.waitSignal(board_tab.list_opened, timeout=10_000) as opened:
        qtbot.mouseClick(chart, page_module.Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0].table.rowCount() == board.figure("accepted").by_window["03"]
    opened.args[0].reject()
    # A cell of the per-clerk table.
    table = board_tab.table
    col = 2 + page_module.TABLE_METRICS.index("visitors")
    with qtbot.waitSignal(board_tab.list_opened, timeout=10_000) as opened:
        table.cellClicked.emit(0, col)
    assert opened.args[0].table.rowCount() == int(table.item(0, col).text())
    opened.args[0].reject()


def test_the_ranking_tab_names_the_red_flag_and_the_worst(
    qtbot: QtBot,
    october: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    page = make_page(qtbot, october)
    tab = page.ranking_tab
    page.tabs.setCurrentWidget(tab)
    if tab.month.findData("2026-10") < 0:
        tab.month.addItem("2026-10", "2026-10")
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    with qtbot.waitSignal(tab.ranked, timeout=10_000):
        tab.run()
    text = tab.verdict.text()
    assert "01 号窗口" in text and "04 号窗口" in text
    assert tab.windows.item(0, 1).text() == "01 号窗口"
    out = tmp_path / "ranking.pdf"
    tab.save_pdf(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")
    QThreadPool.globalInstance().waitForDone(2000)
