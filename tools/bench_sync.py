"""Sync figures: push and pull of 10,000 events against the COPY floor, and the simulated hall."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import func, select

from desktop.accounts import Operator
from desktop.central import add_window, apply_pending, central_engine, central_init
from desktop.demo import run_demo
from desktop.setup import SetupRequest, initialise
from desktop.simulate import run_simulation, scratch_database
from desktop.store import Store
from desktop.sync import apply_pulled, pull_journal, push
from models.accounts import Role
from models.journal import Event

SERVER = os.environ.get("YICHUANG_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
CENTER = ("320117", "南京市溧水区行政服务中心")


def _copy_floor(url: str, rows: list[tuple[Any, ...]], *, like: str) -> float:
    """The same event rows loaded by PostgreSQL COPY into a table shaped like ``event``."""
    with psycopg.connect(url) as conn:
        conn.execute(f"CREATE {like}")
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor().copy(
            "COPY event_floor (id, window_code, seq, kind, payload, case_no, clerk, occurred_at, prev_hash, hash) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        elapsed = time.perf_counter() - t0
        conn.execute("DROP TABLE event_floor")
        conn.commit()
        return elapsed


# Two floors. The bare one is a temporary table without indexes or WAL, which no push can
# match: the central journal keeps its keys and its log. The table floor is the same rows
# into a regular table with every index and constraint of the central event table, the
# work a push cannot avoid; the targets are three times that.
BARE = "TEMP TABLE event_floor (LIKE event INCLUDING DEFAULTS)"
TABLE = "TABLE event_floor (LIKE event INCLUDING ALL)"


def bench_push_pull(events_wanted: int = 10_000) -> dict[str, dict[str, Any]]:
    url, drop = scratch_database(SERVER)
    try:
        central_init(url, *CENTER, None)
        add_window(url, "03")
        add_window(url, "05")
        tmp = Path(tempfile.mkdtemp())
        a, b = Store(tmp / "a"), Store(tmp / "b")
        initialise(a, SetupRequest(*CENTER, "03", "admin", "王", "Admin-2026!"))
        initialise(b, SetupRequest(*CENTER, "05", "admin", "王", "Admin-2026!"))
        op = Operator("admin", "王", Role.ADMIN)
        while True:
            with a.read() as s:
                n = s.scalar(select(func.count()).select_from(Event)) or 0
            if n >= events_wanted:
                break
            run_demo(a, op, max(50, (events_wanted - n) // 2), seed=n)
        with a.read() as s:
            rows = [
                (
                    e.id,
                    e.window_code,
                    e.seq,
                    e.kind,
                    psycopg.types.json.Jsonb(e.payload),
                    e.case_no,
                    e.clerk,
                    e.occurred_at,
                    e.prev_hash,
                    e.hash,
                )
                for e in s.scalars(select(Event).order_by(Event.seq))
            ]
        engine = central_engine(url)
        t0 = time.perf_counter()
        pushed = push(a, engine, apply_central=False)
        t_push = time.perf_counter() - t0
        t0 = time.perf_counter()
        applied = apply_pending(engine)
        t_apply = time.perf_counter() - t0
        t0 = time.perf_counter()
        pulled = pull_journal(b, engine)
        t_pull = time.perf_counter() - t0
        t0 = time.perf_counter()
        applied_here = apply_pulled(b)
        t_apply_here = time.perf_counter() - t0
        engine.dispose()
        # Each floor twice, the better kept: the server's own checkpoints come and go.
        floor = len(rows) / min(_copy_floor(url, rows, like=TABLE) for _ in range(2))
        bare = len(rows) / min(_copy_floor(url, rows, like=BARE) for _ in range(2))
        return {
            "sync_push_events_per_s": {
                "value": round(pushed / t_push),
                "unit": "events/s",
                "target": round(floor / 3),
                "events": pushed,
                "times_table_floor": round(floor / (pushed / t_push), 2),
                "times_bare_floor": round(bare / (pushed / t_push), 2),
            },
            "sync_pull_events_per_s": {
                "value": round(pulled / t_pull),
                "unit": "events/s",
                "target": round(floor / 3),
                "events": pulled,
                "times_table_floor": round(floor / (pulled / t_pull), 2),
                "times_bare_floor": round(bare / (pulled / t_pull), 2),
                "note": "into the window's journal, chain-checked; applying is the next figure",
            },
            "window_apply_events_per_s": {
                "value": round(applied_here / t_apply_here),
                "unit": "events/s",
                "target": None,
                "events": applied_here,
            },
            "sync_pull_and_apply_events_per_s": {
                "value": round(pulled / (t_pull + t_apply_here)),
                "unit": "events/s",
                "target": None,
                "times_table_floor": round(floor / (pulled / (t_pull + t_apply_here)), 2),
            },
            "central_apply_events_per_s": {
                "value": round(applied / t_apply),
                "unit": "events/s",
                "target": None,
                "events": applied,
            },
            "sync_copy_floor_events_per_s": {
                "value": round(floor),
                "unit": "events/s",
                "target": None,
                "table": "like event, every index and constraint",
            },
            "sync_copy_bare_events_per_s": {
                "value": round(bare),
                "unit": "events/s",
                "target": None,
                "table": "temporary, no index",
            },
        }
    finally:
        drop()


def bench_hall(windows: int, cases: int) -> dict[str, dict[str, Any]]:
    url, drop = scratch_database(SERVER)
    try:
        rec = run_simulation(url, windows, cases, say=lambda _m: None)
        return {
            "simulated_hall_wall_time": {
                "value": round(rec.seconds, 1),
                "unit": "s",
                "target": None,
                "windows": windows,
                "cases_per_window": cases,
                "reconciliation": "OK" if rec.ok else "FAILED",
                "central_events": rec.central_events,
            },
        }
    finally:
        drop()


def bench(_tmp: Path) -> dict[str, dict[str, Any]]:
    figures = bench_push_pull(int(os.environ.get("BENCH_SYNC_EVENTS", "10000")))
    figures.update(
        bench_hall(
            int(os.environ.get("BENCH_HALL_WINDOWS", "31")),
            int(os.environ.get("BENCH_HALL_CASES", "500")),
        )
    )
    return figures


__all__ = ["bench"]
