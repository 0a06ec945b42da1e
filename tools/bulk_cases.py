"""A million cases in a window's SQLite file, fast — for the benchmarks only.

    python -m tools.bulk_cases DATA_DIR --cases 1000000

``yichuang demo`` makes cases through the services (every rule checked, every event
journalled), at about 140 cases a second: a week for a million. This writes realistic
rows straight into the tables with executemany instead: applicants with valid ID
numbers, cases of every status spread over four years of working days (the recent ones
still open, some overdue, the old ones collected), their materials, and one journal
event per case with a correct hash chain (so ``yichuang audit verify`` still passes).

It is NOT a substitute for the demo: no applicant events are journalled, the event
payloads are shortened, so these cases do not travel by sync and do not replay. Never
run it on a real window.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from stdnum.cn import ric, uscc

from desktop.applicants import applicant_uuid
from desktop.clock import CENTER_TZ, local_day, now_utc
from desktop.demo import COMPANY_KINDS, COMPANY_WORDS, GIVEN, REGIONS, SURNAMES
from desktop.holidays import load_calendar
from desktop.store import Store
from models.journal import GENESIS_HASH, canonical_bytes

CHUNK = 20_000
WORKDAYS = 1000  # about four years of the hall's working days


@dataclass(frozen=True)
class BulkReport:
    cases: int
    applicants: int
    materials: int
    events: int
    seconds: float


@dataclass(frozen=True)
class _Item:
    id: str
    code: str
    kind: str
    committed_days: int
    materials: tuple[tuple[int, str, int, int, str, bool, str], ...]


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _hex() -> str:
    return uuid.uuid4().hex


class _People:
    """Valid, distinct resident IDs and credit codes; about one applicant in six returns."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()
        self.pool: list[tuple[str, str]] = []  # (applicant id hex, name)
        self.rows: list[tuple[object, ...]] = []

    def pick(self, now: str) -> tuple[str, str]:
        r = self.rng
        if self.pool and r.random() < 0.15:
            return r.choice(self.pool)
        while True:
            if r.random() < 0.25:
                body = f"91320117MA{r.randrange(16**7):07X}"
                number = body + uscc.calc_check_digit(body)
                kind, id_kind = "enterprise", "uscc"
                name = f"南京{r.choice(COMPANY_WORDS)}{r.choice(COMPANY_KINDS)}有限公司"
                phone = f"025-5{r.randrange(10**7):07d}"
            else:
                born = date(1950, 1, 1) + timedelta(days=r.randrange(365 * 55))
                body = f"{r.choice(REGIONS)}{born:%Y%m%d}{r.randrange(1000):03d}"
                number = body + ric.calc_check_digit(body + "0")
                kind, id_kind = "person", "resident"
                name = r.choice(SURNAMES) + "".join(
                    r.choice(GIVEN) for _ in range(r.choice((1, 2)))
                )
                phone = f"1{r.choice('35789')}{r.randrange(10**9):09d}"
            if number not in self.seen:
                break
        self.seen.add(number)
        ident = applicant_uuid(id_kind, number).hex
        self.rows.append((ident, kind, name, id_kind, number, phone, "", now, now))
        person = (ident, name)
        self.pool.append(person)
        if len(self.pool) > 200_000:
            self.pool = self.pool[-100_000:]
        return person


def _status(age: int, kind: str, r: random.Random) -> str:
    """A case's status from its age in working days: the old ones are finished."""
    roll = r.random()
    if roll < 0.06:
        return "rejected"
    if roll < 0.10:
        return "incomplete" if age < 60 or r.random() < 0.3 else "collected"
    if kind == "immediate":
        return "collected"
    if age > 25:
        return "mailed" if roll < 0.17 else "collected"
    if age > 10:
        table = (("collected", 0.45), ("ready", 0.2), ("decided", 0.1), ("in_progress", 0.2))
    else:
        table = (("accepted", 0.35), ("in_progress", 0.35), ("paused", 0.05), ("decided", 0.1))
    x = r.random()
    for status, share in table:
        if x < share:
            return status
        x -= share
    return "ready" if age <= 10 else "accepted"


class _Chain:
    """This window's journal, continued link by link (the hashes are real)."""

    def __init__(self, con: sqlite3.Connection, window: str) -> None:
        row = con.execute(
            "SELECT seq, hash FROM journal_head WHERE window_code = ?", (window,)
        ).fetchone()
        self.window = window
        self.seq: int = int(row[0]) if row else 0
        self.prev: str = str(row[1]) if row else GENESIS_HASH
        self.last_id = ""

    def event(
        self, kind: str, payload: dict[str, object], case_no: str, clerk: str, at: datetime
    ) -> tuple[object, ...]:
        self.seq += 1
        event_id = uuid.uuid4()
        digest = hashlib.sha256(
            canonical_bytes(
                event_id=event_id,
                window_code=self.window,
                seq=self.seq,
                kind=kind,
                payload=payload,
                case_no=case_no,
                clerk=clerk,
                occurred_at=at,
                prev_hash=self.prev,
            )
        ).hexdigest()
        row = (
            event_id.hex,
            self.window,
            self.seq,
            kind,
            json.dumps(payload, ensure_ascii=False),
            case_no,
            clerk,
            _ts(at),
            self.prev,
            digest,
        )
        self.prev, self.last_id = digest, event_id.hex
        return row


def _items(store: Store) -> list[_Item]:
    from sqlalchemy import select

    from models.catalog import ServiceItem

    with store.read() as s:
        return [
            _Item(
                i.id.hex,
                i.code,
                i.kind,
                i.committed_days,
                tuple(
                    (m.position, m.name, m.originals, m.copies, m.form, m.required, m.condition)
                    for m in i.materials
                ),
            )
            for i in s.scalars(select(ServiceItem).where(ServiceItem.active.is_(True)))
        ]


def _days(store: Store, count: int, end: date) -> tuple[list[date], Callable[[date, int], date]]:
    with store.read() as s:
        calendar = load_calendar(s)
    days: list[date] = []
    d = end
    while len(days) < count:
        if calendar.is_workday(d):
            days.append(d)
        d -= timedelta(days=1)
    days.reverse()
    cache: dict[tuple[date, int], date] = {}

    def due(day: date, n: int) -> date:
        if (day, n) not in cache:
            cache[(day, n)] = calendar.add_workdays(day, n).due
        return cache[(day, n)]

    return days, due


def _indexes(con: sqlite3.Connection) -> list[tuple[str, str]]:
    """The plain indexes of the tables written here (autoindexes of keys stay)."""
    return list(
        con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('case', 'case_material', 'applicant', 'event')"
        )
    )


def _rows(
    store: Store, n: int, seed: int, con: sqlite3.Connection, counters: dict[str, int]
) -> Iterator[tuple[list[tuple[object, ...]], ...]]:
    """Chunks of (cases, materials, events, new applicants); ``counters`` gets each day's
    last case number."""
    ident = store.require_identity()
    rng = random.Random(seed)
    items = _items(store)
    weights = [5 if i.kind == "promised" else 3 if i.kind == "immediate" else 1 for i in items]
    today = local_day(now_utc())
    days, due = _days(store, min(WORKDAYS, max(1, n // 50)), today)
    per_day = -(-n // len(days))
    people = _People(rng)
    chain = _Chain(con, ident.window_code)
    clerks = ["lisi", "wangfang", "zhaomin"]
    cases: list[tuple[object, ...]] = []
    materials: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    for k in range(n):
        index = min(k // per_day, len(days) - 1)
        day, age = days[index], len(days) - 1 - index
        serial = counters.get(f"{day:%Y%m%d}", 0) + 1
        counters[f"{day:%Y%m%d}"] = serial
        minute = 9 * 60 + (serial * 480 // per_day)
        received = datetime(
            day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=CENTER_TZ
        )
        item = rng.choices(items, weights)[0]
        status = _status(age, item.kind, rng)
        applicant_id, applicant_name = people.pick(_ts(received))
        case_no = f"{ident.center_code}-{ident.window_code}-{day:%Y%m%d}-{serial:04d}"
        case_id = _hex()
        accepted = status not in ("rejected", "incomplete")
        due_date = due(day, item.committed_days).isoformat() if accepted else None
        closed = received + timedelta(days=3) if status in ("collected", "mailed") else None
        decided = status in ("decided", "ready", "collected", "mailed")
        clerk = clerks[serial % 3]
        ts = _ts(received)
        cases.append(
            (
                case_no,
                item.id,
                applicant_id,
                None,
                ident.window_code,
                clerk,
                status,
                ts,
                ts if accepted else None,
                due_date,
                due(day, 5).isoformat(),
                ts if status == "incomplete" else None,
                "申请事项不属于本机关职权范围" if status == "rejected" else "",
                "《中华人民共和国行政许可法》第三十二条" if status == "rejected" else "",
                "{}",
                ts,
                case_id,
                ts if status not in ("accepted", "rejected", "incomplete") else None,
                "approved" if decided else "",
                _ts(received + timedelta(days=2)) if decided else None,
                _ts(received + timedelta(days=2, hours=2))
                if status in ("ready", "collected", "mailed")
                else None,
                _ts(closed) if closed else None,
            )
        )
        missing = status == "incomplete"
        for pos, name, orig, copies, form, required, condition in item.materials:
            if not required:
                continue
            short = missing and pos == 1
            materials.append(
                (
                    _hex(),
                    case_id,
                    pos,
                    name,
                    orig,
                    copies,
                    form,
                    1,
                    condition,
                    1,
                    0 if short else orig,
                    0 if short else copies,
                    0,
                )
            )
        kind = {"rejected": "case.rejected", "incomplete": "case.notice_issued"}.get(
            status, "case.accepted"
        )
        payload = {"case_no": case_no, "case_id": case_id, "item_code": item.code, "bulk": True}
        events.append(chain.event(kind, payload, case_no, clerk, received))
        if len(cases) >= CHUNK:
            yield cases, materials, events, people.rows
            cases, materials, events, people.rows = [], [], [], []
    yield cases, materials, events, people.rows
    con.execute(
        "INSERT INTO journal_head (window_code, seq, hash, event_id) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (window_code) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
        " event_id = excluded.event_id",
        (chain.window, chain.seq, chain.prev, chain.last_id),
    )


CASE_SQL = (
    'INSERT INTO "case" (case_no, item_id, applicant_id, agent_id, window_code, clerk, status,'
    " received_at, accepted_at, due_date, notice_deadline, notice_issued_at, reason, legal_basis,"
    " draft, updated_at, id, started_at, decision, decided_at, ready_at, closed_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
MATERIAL_SQL = (
    "INSERT INTO case_material (id, case_id, position, name, originals, copies, form, required,"
    " condition, applies, received_originals, received_copies, added_by_exception)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
APPLICANT_SQL = (
    "INSERT OR IGNORE INTO applicant (id, kind, name, id_kind, id_number, phone, address,"
    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
EVENT_SQL = (
    "INSERT INTO event (id, window_code, seq, kind, payload, case_no, clerk, occurred_at,"
    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def make_cases(
    data_dir: Path,
    n: int = 1_000_000,
    *,
    seed: int = 20261127,
    progress: Callable[[int], None] | None = None,
) -> BulkReport:
    """Add ``n`` cases to the window in ``data_dir`` (set up already); indexes are dropped
    for the load and built again after it, which is several times faster."""
    started = time.perf_counter()
    store = Store(data_dir)  # read by the generator (items, calendar); written by ``con``
    window = store.require_identity().window_code
    con = sqlite3.connect(store.path, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA cache_size = -200000")
        con.execute("PRAGMA foreign_keys = OFF")
        indexes = _indexes(con)
        counters: dict[str, int] = {}
        rows = _rows(store, n, seed, con, counters)
        first = next(rows)  # the generator's reads happen before the write lock is taken
        con.execute("BEGIN IMMEDIATE")
        for name, _sql in indexes:
            con.execute(f'DROP INDEX "{name}"')
        totals = [0, 0, 0, 0]
        for cases, materials, events, applicants in itertools.chain([first], rows):
            con.executemany(APPLICANT_SQL, applicants)
            con.executemany(CASE_SQL, cases)
            con.executemany(MATERIAL_SQL, materials)
            con.executemany(EVENT_SQL, events)
            totals[0] += len(cases)
            totals[1] += len(applicants)
            totals[2] += len(materials)
            totals[3] += len(events)
            if progress:
                progress(totals[0])
        con.executemany(
            "INSERT INTO counter (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
            " SET value = max(value, excluded.value)",
            [(f"case:{window}:{day}", value) for day, value in counters.items()],
        )
        for _name, sql in indexes:
            con.execute(sql)
        con.execute("COMMIT")
        con.execute("ANALYZE")  # the planner's statistics, as a window that has run a while has
    finally:
        con.close()
        store.close()
    return BulkReport(totals[0], totals[1], totals[2], totals[3], time.perf_counter() - started)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20261127)
    args = parser.parse_args(argv)

    def show(k: int) -> None:
        if k % 100_000 == 0:
            print(f"{k} cases", file=sys.stderr)

    report = make_cases(args.data_dir, args.cases, seed=args.seed, progress=show)
    print(
        f"{report.cases} cases, {report.applicants} applicants, {report.materials} materials,"
        f" {report.events} events in {report.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
