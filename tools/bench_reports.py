"""Report figures: a day of 10,000 events to XLSX, and the dashboard of a year-old hall.

    python -m tools.bench_reports           (or through make bench)

The export is compared, in the same run, with openpyxl's write-only mode writing the same
rows and nothing else (no database, no formatting, no summary): the floor any XLSX export
of those rows stands on. The hall is made with a bulk insert (the benchmark's data only,
never the program's way of writing): 31 windows, a year of working days of cases,
inquiries, ratings and events, and today's work on top.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from desktop.accounts import Operator
from desktop.clock import CENTER_TZ, local_day, now_utc
from desktop.daily_log import local_source, read_log
from desktop.dashboard import build_dashboard
from desktop.demo import run_demo
from desktop.export_files import ExportRequest, export_log, reference_rows, write_reference
from desktop.setup import SetupRequest, initialise
from desktop.store import Store
from models.accounts import Role
from models.base import new_id
from models.cases import Case, Evaluation, Inquiry
from models.catalog import ServiceItem, ServiceWindow
from models.journal import Event, JournalHead, event_hash

Figure = dict[str, Any]
CENTER = ("320117", "南京市溧水区行政服务中心")
OP = Operator("admin", "王管理", Role.ADMIN)


def _store(folder: Path, window: str = "03") -> Store:
    store = Store(folder)
    initialise(store, SetupRequest(*CENTER, window, "admin", "王管理", "Bench-pass-1"))
    return store


# -- a day of 10,000 events ---------------------------------------------------------------------
def day_of_events(store: Store, wanted: int = 10_000) -> date:
    """Real demo events (every payload a service writes), copied until the day has
    ``wanted``; each copy is a proper link of the window's hash chain."""
    run_demo(store, OP, 120, days=1, seed=7)
    with store.read() as s:
        templates = list(
            s.execute(
                select(Event.kind, Event.payload, Event.case_no, Event.clerk).where(
                    Event.kind.like("case.%") | Event.kind.like("applicant.%")
                )
            )
        )
        head = s.get(JournalHead, "03")
        assert head is not None
        seq, prev = head.seq, head.hash
    day = local_day(now_utc())
    start = datetime.combine(day, clock_time(9), tzinfo=CENTER_TZ).astimezone(UTC)
    rows = []
    with store.read() as s:
        have = s.query(Event).count()
    for i in range(wanted - have):
        kind, payload, case_no, clerk = templates[i % len(templates)]
        seq += 1
        ev = Event(
            id=new_id(),
            window_code="03",
            seq=seq,
            kind=kind,
            payload=payload,
            case_no=case_no,
            clerk=clerk,
            occurred_at=start + timedelta(seconds=2 * i),
            prev_hash=prev,
        )
        ev.hash = event_hash(ev)
        prev = ev.hash
        rows.append(
            {
                c: getattr(ev, c)
                for c in (
                    "id",
                    "window_code",
                    "seq",
                    "kind",
                    "payload",
                    "case_no",
                    "clerk",
                    "occurred_at",
                    "prev_hash",
                    "hash",
                )
            }
        )
    with store.write() as s:
        s.execute(insert(Event), rows)
        head = s.get(JournalHead, "03")
        assert head is not None
        head.seq, head.hash, head.event_id = seq, prev, rows[-1]["id"]
    return day


def bench_export(tmp: Path) -> dict[str, Figure]:
    store = _store(tmp / "export03")
    day = day_of_events(store)
    src = local_source(store)
    times, refs = [], []
    rows = 0
    for n in range(3):
        out = tmp / f"log{n}.xlsx"
        t0 = time.perf_counter()
        result = export_log(src, ExportRequest(day, day, None, "xlsx", out))
        times.append(time.perf_counter() - t0)
        rows = result.rows
        # The floor: the very same rows, openpyxl write-only, nothing else.
        tables = reference_rows(read_log(src, day, day))
        t0 = time.perf_counter()
        write_reference(tables, tmp / f"ref{n}.xlsx")
        refs.append(time.perf_counter() - t0)
    store.close()
    export_s, ref_s = statistics.median(times), statistics.median(refs)
    return {
        "export_day_10000_events_xlsx": {"value": round(export_s, 3), "unit": "s", "target": 3.0},
        "export_openpyxl_write_only_same_rows": {
            "value": round(ref_s, 3),
            "unit": "s",
            "target": None,
        },
        "export_xlsx_vs_write_only": {
            "value": round(export_s / ref_s, 2),
            "unit": "x",
            "target": 1.5,
        },
        "export_events_in_day": {"value": rows, "unit": "events", "target": None},
    }


# -- a hall of 31 windows with a year of history ---------------------------------------------------
WINDOWS = [f"{n:02d}" for n in range(1, 32)]


def build_hall(store: Store, days: int = 250, seed: int = 1) -> int:
    """Bulk rows as sync would have left them in a window's database (or the center's)."""
    rng = random.Random(seed)
    now = now_utc()
    today = local_day(now)
    with store.read() as s:
        items = list(s.scalars(select(ServiceItem.id)))
    cases: list[dict[str, Any]] = []
    inquiries: list[dict[str, Any]] = []
    ratings: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    seqs = {w: 0 for w in WINDOWS}
    day = today
    workdays: list[date] = []
    while len(workdays) < days:
        if day.weekday() < 5:
            workdays.append(day)
        day -= timedelta(days=1)
    n = 0
    for d in reversed(workdays):
        base = datetime.combine(d, clock_time(9), tzinfo=CENTER_TZ).astimezone(UTC)
        age = (today - d).days
        for w in WINDOWS:
            clerk = f"clerk{w}"
            for k in range(rng.randint(8, 16)):
                n += 1
                at = base + timedelta(minutes=rng.randrange(0, 420))
                status = (
                    "collected"
                    if age > 25
                    else rng.choice(("accepted", "in_progress", "decided", "ready", "incomplete"))
                )
                due = d + timedelta(days=rng.choice((1, 5, 10, 20)))
                decided = (
                    at + timedelta(days=rng.randint(0, 25))
                    if status in ("collected", "decided", "ready")
                    else None
                )
                case_no = f"320117-{w}-{d:%Y%m%d}-{k + 1:04d}"
                cases.append(
                    dict(
                        id=new_id(),
                        case_no=case_no,
                        item_id=rng.choice(items),
                        window_code=w,
                        clerk=clerk,
                        status=status,
                        received_at=at,
                        accepted_at=at,
                        due_date=due,
                        decided_at=decided,
                        draft={},
                        reason="",
                        legal_basis="",
                        decision="",
                        decision_reason="",
                        decision_basis="",
                        forwarded_to="",
                        forward_ref="",
                        updated_at=at,
                    )
                )
                seqs[w] += 1
                events.append(
                    _event(
                        w,
                        seqs[w],
                        "case.accepted",
                        case_no,
                        clerk,
                        at,
                        {"case_no": case_no, "item_name": "事项"},
                    )
                )
            for k in range(rng.randint(2, 6)):
                at = base + timedelta(minutes=rng.randrange(0, 420))
                referred = rng.random() < 0.3
                no = f"320117-{w}-{d:%Y%m%d}-Z{k + 1:03d}"
                closed = not referred or age > 3 or rng.random() < 0.5
                inquiries.append(
                    dict(
                        id=new_id(),
                        inquiry_no=no,
                        window_code=w,
                        clerk=clerk,
                        topic="咨询",
                        answer="",
                        referred_to="某部门" if referred else "",
                        promised_reply_at=at + timedelta(hours=4) if referred else None,
                        inquirer_name="",
                        inquirer_phone="",
                        status="closed" if closed else "open",
                        outcome="",
                        created_at=at,
                        closed_at=at + timedelta(hours=1) if closed else None,
                        referred_kind="department" if referred else "",
                        case_no="",
                        closed_by="",
                    )
                )
                seqs[w] += 1
                events.append(
                    _event(w, seqs[w], "inquiry.logged", no, clerk, at, {"inquiry_no": no})
                )
            for k in range(rng.randint(3, 8)):
                at = base + timedelta(minutes=rng.randrange(0, 420))
                level = rng.choice((5, 5, 5, 4, 4, 3, 2, 1))
                bad = level <= 2
                ratings.append(
                    dict(
                        id=new_id(),
                        visit_ref=f"{w}-{d:%Y%m%d}-{k}",
                        window_code=w,
                        clerk=clerk,
                        level=level,
                        comment="",
                        created_at=at,
                        follow_up_due=d + timedelta(days=21) if bad else None,
                        followed_up_at=None,
                        case_no="",
                        inquiry_no="",
                        visit_kind="intake",
                        follow_up_status=("open" if age < 30 else "closed") if bad else "",
                        follow_up_by="",
                        follow_up_outcome="",
                    )
                )
                seqs[w] += 1
                events.append(
                    _event(w, seqs[w], "evaluation.recorded", None, clerk, at, {"level": level})
                )
    with store.write() as s:
        for w in WINDOWS:
            if s.scalar(select(ServiceWindow).where(ServiceWindow.code == w)) is None:
                s.add(ServiceWindow(code=w, name=f"{w} 号窗口"))
        s.execute(insert(Case), cases)
        s.execute(insert(Inquiry), inquiries)
        s.execute(insert(Evaluation), ratings)
        s.execute(insert(Event), events)
        last = {}
        for e in events:
            last[e["window_code"]] = e
        for w, e in last.items():
            s.merge(JournalHead(window_code=w, seq=e["seq"], hash=e["hash"], event_id=e["id"]))
    return len(events)


def _event(
    w: str,
    seq: int,
    kind: str,
    case_no: str | None,
    clerk: str,
    at: datetime,
    payload: dict[str, Any],
) -> dict[str, Any]:
    # Benchmark rows: unique hashes, not a verifiable chain (the board never checks it).
    h = hashlib.sha256(f"{w}:{seq}:{uuid.uuid4()}".encode()).hexdigest()
    return dict(
        id=new_id(),
        window_code=w,
        seq=seq,
        kind=kind,
        payload=payload,
        case_no=case_no,
        clerk=clerk,
        occurred_at=at,
        prev_hash="0" * 64,
        hash=h,
    )


def bench_dashboard(tmp: Path) -> dict[str, Figure]:
    store = _store(tmp / "hall", window="99")
    events = build_hall(store)
    times = []
    for _ in range(6):
        t0 = time.perf_counter()
        with store.read() as s:
            board = build_dashboard(s)
        times.append(time.perf_counter() - t0)
    store.close()
    return {
        "dashboard_refresh_31_windows_year": {
            "value": round(statistics.median(times[1:]) * 1000, 1),
            "unit": "ms",
            "target": 500,
        },
        "dashboard_hall_events": {"value": events, "unit": "events", "target": None},
        "dashboard_open_cases_overdue": {
            "value": board.figure("overdue").total,
            "unit": "cases",
            "target": None,
        },
    }


def bench(data: Path) -> dict[str, dict[str, Any]]:
    """Figures for tools/bench.py (``data`` is its set-up window; these build their own)."""
    del data
    with tempfile.TemporaryDirectory() as tmp:
        figures = bench_export(Path(tmp))
        figures.update(bench_dashboard(Path(tmp)))
        return figures


if __name__ == "__main__":
    for name, fig in bench(Path(".")).items():
        print(
            f"{name:<44} {fig['value']:>10} {fig['unit']:<7} {fig['target'] if fig['target'] is not None else ''}"
        )
    sys.exit(0)
