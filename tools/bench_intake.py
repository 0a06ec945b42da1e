"""Intake figures: accepted and its slip PDF ready (warm and first after start), demo rate."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from desktop.accounts import Operator
from desktop.case_documents import produce_document
from desktop.demo import run_demo
from desktop.intake import IntakeInput, MaterialTick, accept_case
from desktop.store import Store
from models.accounts import Role
from tests.intake_helpers import item_materials, person

OP = Operator("admin", "王管理", Role.ADMIN)
FIRST_SLIP_PROBE = """
import sys, time
from pathlib import Path
from desktop.store import Store
from tools.bench_intake import one_slip
store = Store(Path(sys.argv[1]))  # the window is up: services loaded, database open
t0 = time.perf_counter()
one_slip(store, int(sys.argv[2]))  # the first slip pays for loading the PDF side
print(time.perf_counter() - t0)
"""


def one_slip(store: Store, n: int) -> None:
    code, mats = item_materials(store, "食品经营许可")
    ticks = tuple(MaterialTick(p, o, c) for p, _, required, o, c in mats if required)
    body = f"3201171985{(n % 12) + 1:02d}{(n % 28) + 1:02d}{n % 1000:03d}"
    case = accept_case(store, IntakeInput(code, person(f"测{n}", body), ticks=ticks), OP)
    produce_document(store, case.case_no, OP)


def bench(data: Path) -> dict[str, dict[str, Any]]:
    store = Store(data)
    for n in range(3):
        one_slip(store, n)
    times = []
    for n in range(3, 33):
        t0 = time.perf_counter()
        one_slip(store, n)
        times.append((time.perf_counter() - t0) * 1000)
    store.close()
    first = []
    for n in range(3):
        out = subprocess.run(
            [sys.executable, "-c", FIRST_SLIP_PROBE, str(data), str(100 + n)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ},
        )
        first.append(float(out.stdout.strip().splitlines()[-1]) * 1000)
    cases = int(os.environ.get("BENCH_DEMO_CASES", "3000"))
    demo_store = Store(data)
    report = run_demo(demo_store, OP, cases, seed=99)
    demo_store.close()
    return {
        "intake_accept_and_slip_warm_median": {
            "value": round(statistics.median(times), 1),
            "unit": "ms",
            "target": 50,
        },
        "intake_first_slip_after_start": {
            "value": round(statistics.median(first), 0),
            "unit": "ms",
            "target": 500,
        },
        "demo_rate": {
            "value": round(report.rate, 0),
            "unit": "cases/s",
            "target": None,
            "cases": cases,
            "projected_100k_minutes": round(100_000 / report.rate / 60, 1),
        },
    }


if __name__ == "__main__":
    print(json.dumps(bench(Path(sys.argv[1])), indent=2))
