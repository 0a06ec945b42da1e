"""make bench: the performance figures the issues ask for, printed and written to bench.json.

Each figure: name -> {"value", "unit", "target"}; targets are what the issues set, and
the table says whether each is met. Nothing here is asserted in the test suite.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Figure = dict[str, Any]
PASSWORD = "Bench-pass-1"


def _setup(tmp: Path) -> Path:
    from desktop.setup import SetupRequest, initialise
    from desktop.store import Store

    data = tmp / "window03"
    store = Store(data)
    initialise(
        store, SetupRequest("320117", "南京市溧水区行政服务中心", "03", "admin", "王管理", PASSWORD)
    )
    store.close()
    return data


def bench_start(data: Path, runs: int = 5) -> dict[str, Figure]:
    """Process start to login window shown, and RSS after login, in fresh processes."""
    starts: list[float] = []
    rss: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "tools.bench_probe", str(data), "admin", PASSWORD],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            msg = json.loads(line)
            if msg["event"] == "login_shown":
                starts.append(time.perf_counter() - t0)
            elif msg["event"] == "main_shown":
                rss.append(msg["rss_mib"])
        proc.wait()
    return {
        "start_to_login_shown": {
            "value": round(statistics.median(starts), 3),
            "unit": "s",
            "target": 1.0,
        },
        "rss_after_login": {
            "value": round(statistics.median(rss), 1),
            "unit": "MiB",
            "target": None,
        },
    }


def bench_catalog_search(data: Path) -> dict[str, Figure]:
    """Typing a query letter by letter into the catalog browser, as a clerk does."""
    from desktop.store import Store
    from ui.app import make_app
    from ui.catalog_browser import CatalogBrowser

    app = make_app("zh_CN")
    store = Store(data)
    browser = CatalogBrowser(store)
    browser.show()
    app.processEvents()
    times: list[float] = []
    for query in ("spjyxk", "不动产登记", "320117-scjg", "shipin", "建设 许可"):
        browser.search.clear()
        app.processEvents()
        typed = ""
        for ch in query:
            typed += ch
            t0 = time.perf_counter()
            browser.search.setText(typed)
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    store.close()
    return {
        "catalog_search_per_keystroke_median": {
            "value": round(statistics.median(times), 2),
            "unit": "ms",
            "target": 20,
        },
        "catalog_search_per_keystroke_p95": {
            "value": round(times[int(len(times) * 0.95) - 1], 2),
            "unit": "ms",
            "target": 20,
        },
    }


def _module_bench(module: str) -> Callable[[Path], dict[str, Figure]]:
    def run(data: Path) -> dict[str, Figure]:
        import importlib

        return importlib.import_module(module).bench(data)  # type: ignore[no-any-return]

    return run


BENCHES: list[tuple[str, Callable[[Path], dict[str, Figure]]]] = [
    ("start", bench_start),
    ("catalog search", bench_catalog_search),
    ("intake", _module_bench("tools.bench_intake")),
    ("sync", _module_bench("tools.bench_sync")),
    ("cases", _module_bench("tools.bench_cases")),
    ("fees", _module_bench("tools.bench_fees")),
    ("reports", _module_bench("tools.bench_reports")),
]


def main() -> int:
    figures: dict[str, Figure] = {}
    only = set(filter(None, os.environ.get("BENCH_ONLY", "").split(",")))
    with tempfile.TemporaryDirectory() as tmp:
        data = _setup(Path(tmp))
        for name, bench in BENCHES:
            if only and name not in only:
                continue
            print(f"running: {name}", flush=True)
            try:
                figures.update(bench(data))
            except ModuleNotFoundError as exc:
                print(f"  skipped {name}: {exc}")
    print(f"{'figure':<42} {'value':>10} {'unit':<6} {'target':>8}  met")
    for name, fig in figures.items():
        target = fig["target"]
        # Rates are better when higher; times and sizes when lower.
        higher_is_better = fig["unit"].endswith("/s")
        met = (
            ""
            if target is None
            else (
                "yes"
                if (fig["value"] >= target if higher_is_better else fig["value"] <= target)
                else "NO"
            )
        )
        print(
            f"{name:<42} {fig['value']:>10} {fig['unit']:<6} {'' if target is None else target:>8}  {met}"
        )
    Path("bench.json").write_text(
        json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print("written: bench.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
