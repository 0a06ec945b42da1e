"""Benchmarks of issue 5 on a window with a million cases (tools/bench.py calls ``bench``).

    python -m tools.bench_cases DATA_DIR          the figures, as JSON
    python -m tools.bench_cases --probe DATA_DIR  (internal) resident memory, fresh process

Figures: scan to case view shown (target 50 ms), search by applicant name and by phone
(100 ms), open the overdue list (100 ms), resident memory with that database open
(300 MB). The cases are made by tools/bulk_cases.py when the window has fewer than
YICHUANG_BENCH_CASES (default 1,000,000); how long that took is reported too.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Figure = dict[str, Any]
DEFAULT_CASES = 1_000_000
RUNS = 15


def _figure(value: float, unit: str, target: float | None) -> Figure:
    return {"value": round(value, 2 if unit == "ms" else 1), "unit": unit, "target": target}


def _median_ms(run: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _ensure_cases(store_dir: Path, wanted: int) -> tuple[int, float | None]:
    from sqlalchemy import func, select

    from desktop.setup import SetupRequest, initialise
    from desktop.store import Store
    from models.cases import Case
    from tools.bulk_cases import make_cases

    store = Store(store_dir)
    if store.identity() is None:
        initialise(
            store,
            SetupRequest(
                "320117", "南京市溧水区行政服务中心", "03", "admin", "王管理", "Bench-pass-1"
            ),
        )
    with store.read() as s:
        have = int(s.scalar(select(func.count()).select_from(Case)) or 0)
    store.close()
    if have >= wanted:
        return have, None
    report = make_cases(store_dir, wanted - have)
    return have + report.cases, report.seconds


def _samples(store_dir: Path, k: int = RUNS) -> dict[str, list[str]]:
    """Real case numbers, names and phones to look for, spread over the whole file."""
    import sqlite3

    con = sqlite3.connect(store_dir / "yichuang.db")
    try:
        total = con.execute('SELECT max(rowid) FROM "case"').fetchone()[0] or 0
        rng = random.Random(5)
        rowids = [rng.randrange(1, total + 1) for _ in range(k)]
        numbers, names, phones = [], [], []
        for rowid in rowids:
            row = con.execute(
                'SELECT c.case_no, a.name, a.phone FROM "case" c JOIN applicant a'
                " ON a.id = c.applicant_id WHERE c.rowid >= ? LIMIT 1",
                (rowid,),
            ).fetchone()
            if row:
                numbers.append(row[0])
                names.append(row[1])
                phones.append(row[2])
        return {"numbers": numbers, "names": names, "phones": phones}
    finally:
        con.close()


def _screen_figures(store_dir: Path) -> dict[str, Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.accounts import Operator
    from desktop.store import Store
    from models.accounts import Role
    from ui.app import make_app
    from ui.cases_page import CasesPage
    from ui.scanner import ScanFilter

    app = make_app("zh_CN")
    store = Store(store_dir)
    ident = store.require_identity()
    page = CasesPage(store, ident, Operator("bench", "测试", Role.SUPERVISOR))
    page.resize(1090, 760)
    page.show()
    page.activateWindow()
    QTest.qWaitForWindowActive(page)
    scanner = ScanFilter(store, page)
    scanner.scanned.connect(page.open_case)
    app.installEventFilter(scanner)
    samples = _samples(store_dir)
    try:
        scans = []
        for number in samples["numbers"]:
            page.show_list()
            page.table.setFocus()
            app.processEvents()
            target = QApplication.focusWidget()
            assert target is not None
            QTest.keyClicks(target, number)  # the burst; the clock starts at its Enter
            t0 = time.perf_counter()
            QTest.keyClick(target, Qt.Key.Key_Return)
            app.processEvents()  # the view painted
            scans.append((time.perf_counter() - t0) * 1000)
            assert page.view.number.text() == number, (number, page.notice.text())

        def searcher(field: str, values: list[str]) -> Callable[[], object]:
            it = iter(values * 2)

            def run() -> None:
                page.search_field.setText(next(it))
                page.search()
                app.processEvents()
                assert page.model.rowCount() > 0

            return run

        name_ms = _median_ms(searcher("name", samples["names"]))
        phone_ms = _median_ms(searcher("phone", samples["phones"]))

        overdue_runs = []
        for _ in range(7):
            page.select_list("mine")
            app.processEvents()
            t0 = time.perf_counter()
            page.tabs.setCurrentIndex(2)  # the overdue tab, as the clerk clicks it
            app.processEvents()
            overdue_runs.append((time.perf_counter() - t0) * 1000)
            assert page.model.query is not None and page.model.query.kind == "overdue"
        overdue_ms = statistics.median(overdue_runs)
    finally:
        app.removeEventFilter(scanner)
        page.close()
        store.close()
    return {
        "cases_scan_to_view_median": _figure(statistics.median(scans), "ms", 50),
        "cases_scan_to_view_max": _figure(max(scans), "ms", None),
        "cases_search_by_name_median": _figure(name_ms, "ms", 100),
        "cases_search_by_phone_median": _figure(phone_ms, "ms", 100),
        "cases_open_overdue_list_median": _figure(overdue_ms, "ms", 100),
    }


def _probe(store_dir: Path) -> None:
    """In a fresh process: the database open, the cases screen up, a list and a case shown."""
    from desktop.accounts import Operator
    from desktop.store import Store
    from models.accounts import Role
    from tools.bench_probe import rss_mib
    from ui.app import make_app
    from ui.cases_page import CasesPage

    app = make_app("zh_CN")
    store = Store(store_dir)
    page = CasesPage(store, store.require_identity(), Operator("bench", "测试", Role.CLERK))
    page.show()
    page.select_list("overdue")
    page.search_field.setText(_samples(store_dir, 1)["names"][0])
    page.search()
    if page.model.rows:
        page.open_case(page.model.rows[0].case_no)
    for _ in range(5):
        app.processEvents()
    print(json.dumps({"rss_mib": rss_mib()}), flush=True)


def bench(store_dir: Path) -> dict[str, Figure]:
    """Issue 5's figures on the window in ``store_dir`` (filled up to a million cases)."""
    wanted = int(os.environ.get("YICHUANG_BENCH_CASES", DEFAULT_CASES))
    count, seconds = _ensure_cases(store_dir, wanted)
    figures: dict[str, Figure] = {"cases_in_database": _figure(count, "cases", None)}
    if seconds is not None:
        figures["cases_bulk_generation"] = _figure(seconds, "s", None)
    figures.update(_screen_figures(store_dir))
    out = subprocess.run(
        [sys.executable, "-m", "tools.bench_cases", "--probe", str(store_dir)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    rss = json.loads(out.strip().splitlines()[-1])["rss_mib"]
    figures["cases_rss_with_database_open"] = _figure(rss, "MiB", 300)
    return figures


def main(argv: list[str]) -> int:
    if argv[:1] == ["--probe"]:
        _probe(Path(argv[1]))
        return 0
    print(json.dumps(bench(Path(argv[0])), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
