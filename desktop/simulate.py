"""``yichuang simulate``: a whole hall of windows against one central database.

Each window has its own data directory and works through the real services; between
rounds, the network to some windows is cut (they keep working and do not sync) and
restored at random. Applicants come back to other windows with their missing materials.
At the end every window reconnects, and the reconciliation checks that every event is
stored exactly once centrally and at every window, and that the totals agree.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections import Counter as Tally
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.central import CentralUnavailable, add_window, central_engine, central_init, safe_url
from desktop.demo import Workload, complete_return_visit
from desktop.setup import SetupRequest, initialise
from desktop.store import Store
from desktop.sync import set_central_url, sync_once
from models.accounts import Role
from models.cases import Case
from models.journal import Event

CENTER = ("320117", "南京市溧水区行政服务中心")


@dataclass
class WindowReport:
    code: str
    own_events: int = 0
    events_held: int = 0
    cases: Tally[str] = field(default_factory=Tally)
    offline_rounds: int = 0


@dataclass
class Reconciliation:
    windows: list[WindowReport]
    central_events: int
    central_duplicates: int
    missing: list[str]
    mismatched: list[str]
    seconds: float
    cases_total: int

    @property
    def ok(self) -> bool:
        return not (self.central_duplicates or self.missing or self.mismatched)


def scratch_database(server_url: str) -> tuple[str, Callable[[], None]]:
    """A fresh database on the given server, and a function that drops it."""
    params = conninfo_to_dict(server_url.replace("postgresql+psycopg://", "postgresql://"))
    name = f"yichuang_sim_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(
        server_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    params["dbname"] = name
    user = params.get("user", "postgres")
    password = f":{params['password']}" if params.get("password") else ""
    host, port = params.get("host", "127.0.0.1"), params.get("port", 5432)
    url = f"postgresql://{user}{password}@{host}:{port}/{name}"

    def drop() -> None:
        with psycopg.connect(
            server_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url, drop


def run_simulation(
    url: str,
    windows: int,
    cases_per_window: int,
    *,
    work_dir: Path | None = None,
    rounds: int = 10,
    cut_probability: float = 0.3,
    seed: int = 7,
    say: Callable[[str], None] = print,
) -> Reconciliation:
    started = time.perf_counter()
    rng = random.Random(seed)
    op = Operator("sim", "模拟", Role.ADMIN)
    base = work_dir or Path(tempfile.mkdtemp(prefix="yichuang-hall-"))
    central_init(url, *CENTER, None)
    stores: dict[str, Store] = {}
    loads: dict[str, Workload] = {}
    for n in range(1, windows + 1):
        code = f"{n:02d}"
        add_window(url, code)
        store = Store(base / f"window{code}")
        initialise(
            store, SetupRequest(*CENTER, code, "admin", "管理员", f"Sim-{uuid.uuid4().hex[:12]}")
        )
        set_central_url(store, url)
        sync_once(store)  # take the center's catalog
        stores[code] = store
        loads[code] = Workload(store, op, seed * 1000 + n)
    reports = {code: WindowReport(code) for code in stores}
    per_round = -(-cases_per_window // rounds)
    day0 = datetime.now(UTC).replace(hour=1, minute=0, second=0, microsecond=0) - timedelta(
        days=rounds + 2
    )
    made = Tally[str]()
    for r in range(rounds):
        now = day0 + timedelta(days=r)
        for code, store in stores.items():
            todo = min(per_round, cases_per_window - made[code])
            for i in range(max(0, todo)):
                loads[code].intake(now + timedelta(minutes=i), return_next_day=False)
            made[code] += max(0, todo)
            # Someone who got a notice at another window comes back here.
            with store.read() as s:
                waiting = s.scalars(
                    select(Case.case_no)
                    .where(Case.status == "incomplete", Case.window_code != code)
                    .limit(3)
                ).all()
            for case_no in waiting:
                if rng.random() < 0.5:
                    complete_return_visit(store, op, case_no, now + timedelta(hours=2))
            if rng.random() < cut_probability:
                reports[code].offline_rounds += 1  # network cut: this window does not sync now
                continue
            try:
                sync_once(store)
            except CentralUnavailable:
                reports[code].offline_rounds += 1
        say(f"round {r + 1}/{rounds}: {sum(made.values())} cases")
    # Everyone back online; two passes so each window also sees the others' last events.
    for _ in range(2):
        for store in stores.values():
            sync_once(store)
    result = reconcile(url, stores, reports, time.perf_counter() - started)
    for store in stores.values():
        store.close()
    return result


def reconcile(
    url: str, stores: dict[str, Store], reports: dict[str, WindowReport], seconds: float
) -> Reconciliation:
    engine = central_engine(url)
    try:
        with Session(engine) as s:
            central_ids = set(s.scalars(select(Event.id)))
            central_count = s.scalar(select(func.count()).select_from(Event)) or 0
            per_window_central = dict(
                s.execute(select(Event.window_code, func.count()).group_by(Event.window_code)).all()
            )
            central_cases = dict(
                s.execute(select(Case.status, func.count()).group_by(Case.status)).all()
            )
    finally:
        engine.dispose()
    missing: list[str] = []
    mismatched: list[str] = []
    for code, store in stores.items():
        rep = reports[code]
        with store.read() as s:
            ids = set(s.scalars(select(Event.id)))
            rep.own_events = (
                s.scalar(select(func.count()).select_from(Event).where(Event.window_code == code))
                or 0
            )
            rep.events_held = len(ids)
            rep.cases = Tally(
                dict(s.execute(select(Case.status, func.count()).group_by(Case.status)).all())
            )
        if per_window_central.get(code, 0) != rep.own_events:
            missing.append(
                f"{code}: center holds {per_window_central.get(code, 0)} of {rep.own_events} own events"
            )
        if ids != central_ids:
            missing.append(
                f"{code}: {len(central_ids - ids)} events missing, {len(ids - central_ids)} unknown to the center"
            )
        if rep.cases != Tally(central_cases):
            mismatched.append(f"{code}: case totals {dict(rep.cases)} != center {central_cases}")
    return Reconciliation(
        windows=list(reports.values()),
        central_events=central_count,
        central_duplicates=central_count - len(central_ids),
        missing=missing,
        mismatched=mismatched,
        seconds=seconds,
        cases_total=sum(central_cases.values()),
    )


def format_report(rec: Reconciliation, url: str) -> str:
    lines = [
        f"central database: {safe_url(url)}",
        f"{'window':<7}{'own events':>11}{'held':>9}{'offline rounds':>16}  cases by status",
    ]
    for w in rec.windows:
        lines.append(
            f"{w.code:<7}{w.own_events:>11}{w.events_held:>9}{w.offline_rounds:>16}  {dict(sorted(w.cases.items()))}"
        )
    lines.append(
        f"center: {rec.central_events} events, {rec.central_duplicates} duplicates, {rec.cases_total} cases"
    )
    for problem in rec.missing + rec.mismatched:
        lines.append(f"PROBLEM {problem}")
    lines.append(
        f"reconciliation: {'OK — every event exactly once everywhere, totals agree' if rec.ok else 'FAILED'}"
    )
    lines.append(f"wall time: {rec.seconds:.1f} s")
    return "\n".join(lines)
