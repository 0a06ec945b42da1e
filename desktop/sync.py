"""The window's side of sync: push this window's journal, pull everyone else's.

Offline first: every function of the window works without the center; sync only moves
events. A push that is cut off is simply sent again (the center compares what it
already has); a pull is applied in one local transaction together with the cursor, so a
cut leaves the window exactly where it was. Events of a case that this window also
touched are re-applied in the center's order, so every machine ends in the same state.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from desktop.central import (
    EVENT_COLUMNS,
    CentralUnavailable,
    EventData,
    PulledEvent,
    PushResult,
    apply_arrived,
    central_engine,
    check_central_version,
    journal_events,
    numbered_runs,
    payload_texts,
    pull_events,
    push_events,
    unreachable,
)
from desktop.clock import now_utc
from desktop.config import read_config, write_config
from desktop.errors import DomainError
from desktop.projection import CASE_CLEANUPS, forget_case
from desktop.store import Store, set_setting
from models.bulk import collector_paused, insert_rows, table_of
from models.cases import Case
from models.journal import GENESIS_HASH, Event, JournalHead
from models.sync import SyncConflict

PUSH_BATCH = 2000
PULL_BATCH = 2000
PUSHED_KEY = "sync.pushed_seq"
CURSOR_KEY = "sync.pull_cursor"
APPLIED_KEY = "sync.applied_cursor"
PAYLOAD = frozenset({"payload"})  # pulled payloads are stored as the center's text
LAST_OK_KEY = "sync.last_success"


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    waiting: int
    last_success: datetime | None
    conflicts: int


# -- configuration ---------------------------------------------------------------------------
def central_url(store: Store) -> str | None:
    """The connection string lives in the owner-only config file, never in the journal."""
    value = read_config(store.data_dir).get("central_url")
    return value if isinstance(value, str) and value else None


def set_central_url(store: Store, url: str | None) -> None:
    config = read_config(store.data_dir)
    if url:
        if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
            raise DomainError(
                "central.url",
                "中心数据库地址应以 postgresql:// 开头。",
                "The central database URL starts with postgresql://.",
                field="central_url",
            )
        config["central_url"] = url
    else:
        config.pop("central_url", None)
    write_config(store.data_dir, config)


def status(store: Store) -> SyncStatus:
    ident = store.require_identity()
    with store.read() as s:
        pushed = int(_setting(s, PUSHED_KEY, 0))
        waiting = (
            s.scalar(
                select(func.count())
                .select_from(Event)
                .where(Event.window_code == ident.window_code, Event.seq > pushed)
            )
            or 0
        )
        last = _setting(s, LAST_OK_KEY, None)
        conflicts = (
            s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
    return SyncStatus(
        central_url(store) is not None,
        waiting,
        datetime.fromisoformat(last) if last else None,
        conflicts,
    )


def _setting(s: Session, key: str, default: Any) -> Any:
    from models.settings import Setting

    row = s.get(Setting, key)
    return default if row is None else row.value


# -- one round -----------------------------------------------------------------------------
PushHook = Callable[[Session], None]


def push(
    store: Store,
    engine: Engine,
    *,
    before_commit: PushHook | None = None,
    after_central_commit: Callable[[], None] | None = None,
    apply_central: bool = True,
) -> int:
    """Send this window's unsent events; returns how many the center newly stored.

    Batches overlap on two helper threads: while the center stores one batch, the next
    is read and hashed and the previous one's central numbers are written back. Waiting
    for PostgreSQL and SQLite's own work run outside the interpreter lock, so the steps
    no longer take turns. Write-backs stay in order, one at a time; one that fails only
    means those events are sent again (the center compares what it already holds).
    """
    ident = store.require_identity()

    def unsent(after: int) -> tuple[list[EventData], dict[uuid.UUID, str], dict[uuid.UUID, str]]:
        with store.read() as s:
            rows = _journal_rows(
                s,
                "window_code = ? AND seq > ? ORDER BY seq",
                (ident.window_code, after),
                PUSH_BATCH,
            )
        batch = journal_events(rows)
        texts = payload_texts(rows, batch)
        # Hashed here, while the center stores the previous batch: under its lock the
        # check is then a comparison.
        return batch, texts, {e.id: e.computed_hash() for e in batch}

    def write_back(batch: list[EventData], result: PushResult) -> None:
        with store.write() as s:
            # A few range statements, each one run of SQLite without the interpreter lock.
            s.connection().exec_driver_sql(
                "UPDATE event SET central_seq = seq + ?"
                " WHERE window_code = ? AND seq BETWEEN ? AND ?",
                [
                    (offset, ident.window_code, first, last)
                    for offset, first, last in numbered_runs(batch, result.stored)
                ],
            )
            set_setting(s, PUSHED_KEY, batch[-1].seq)

    total = 0
    with store.read() as s:
        after = int(_setting(s, PUSHED_KEY, 0))
    # A batch parses thousands of payloads: no collector walking them over and over.
    with collector_paused(), ThreadPoolExecutor(2, thread_name_prefix="push") as pool:
        reading = pool.submit(unsent, after)
        written: Future[None] | None = None
        while True:
            batch, texts, hashes = reading.result()
            if not batch:
                break
            reading = pool.submit(unsent, batch[-1].seq)
            try:
                result = push_events(
                    engine,
                    ident.window_code,
                    batch,
                    before_commit=before_commit,
                    apply=apply_central,
                    payload_texts=texts,
                    computed_hashes=hashes,
                )
            except (OperationalError, DBAPIError) as exc:
                raise unreachable(exc) from exc
            if after_central_commit:
                after_central_commit()
            if written is not None:
                written.result()
            written = pool.submit(write_back, batch, result)
            total += result.new
        if written is not None:
            written.result()
    return total


def _journal_rows(
    s: Session, where: str, params: tuple[Any, ...], limit: int
) -> Sequence[Sequence[Any]]:
    """Journal rows as the driver returns them (EVENT_COLUMNS), for journal_events."""
    return (
        s.connection()
        .exec_driver_sql(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM event WHERE {where} LIMIT ?",
            (*params, limit),
        )
        .all()
    )


def _store_linked(s: Session, batch: list[PulledEvent]) -> None:
    """Store pulled events; each must continue its window's chain as this machine holds it."""
    heads: dict[str, tuple[int, str]] = {}
    for e in batch:
        if e.window_code not in heads:
            head = s.get(JournalHead, e.window_code)
            heads[e.window_code] = (head.seq, head.hash) if head else (0, GENESIS_HASH)
        seq, prev = heads[e.window_code]
        if e.seq != seq + 1 or e.prev_hash != prev or not e.hash_matches():
            raise DomainError(
                "sync.pulled_chain",
                f"从中心收到的窗口 {e.window_code} 第 {e.seq} 条日志与本机记录衔接不上，已停止接收。",
                f"Event {e.seq} of window {e.window_code} from the center does not link to this window's copy; pulling stopped.",
            )
        heads[e.window_code] = (e.seq, e.hash)
    insert_rows(s.connection(), table_of(Event), [e.row() for e in batch], verbatim=PAYLOAD)
    for window, (seq, hash_) in heads.items():
        last = next(e for e in reversed(batch) if e.window_code == window)
        head = s.get(JournalHead, window)
        if head is None:
            s.add(JournalHead(window_code=window, seq=seq, hash=hash_, event_id=last.id))
        else:
            head.seq, head.hash, head.event_id = seq, hash_, last.id


def _cases_to_replay(s: Session, own_window: str, batch: list[EventData]) -> set[str]:
    """Cases where this window holds its own events that come later in the center's order
    (or have not reached it): applying the batch on top would be out of order."""
    case_nos = {e.case_no for e in batch if e.case_no}
    if not case_nos:
        return set()
    latest: dict[str, float] = {}
    rows = s.execute(
        select(Event.case_no, Event.central_seq).where(
            Event.window_code == own_window, Event.case_no.in_(case_nos)
        )
    ).all()
    for case_no, central_seq in rows:
        value = float("inf") if central_seq is None else float(central_seq)
        latest[case_no] = max(latest.get(case_no, 0.0), value)
    return {
        e.case_no
        for e in batch
        if e.case_no and e.central_seq is not None and latest.get(e.case_no, 0.0) > e.central_seq
    }


def replay_case(
    s: Session, case_no: str, *, own_window: str | None = None, upto: int | None = None
) -> None:
    """Rebuild one case from all its events in the center's order, re-deciding conflicts.

    ``upto``: other windows' events stored after this central number are left for a later
    batch of apply_pulled (which applies them in turn), so none is applied twice.
    """
    case = s.scalar(select(Case).where(Case.case_no == case_no))
    if case is not None:
        for cleanup in CASE_CLEANUPS:
            cleanup(s, case)
        s.delete(case)
    forget_case(s, case_no)
    s.execute(delete(SyncConflict).where(SyncConflict.case_no == case_no))
    s.flush()
    events = [
        ev
        for ev in s.scalars(select(Event).where(Event.case_no == case_no))
        if upto is None
        or ev.window_code == own_window
        or (ev.central_seq is not None and ev.central_seq <= upto)
    ]
    # Events known to the center in its order; this window's unsent ones after them.
    ordered = sorted(
        events, key=lambda ev: (ev.central_seq is None, ev.central_seq or 0, ev.window_code, ev.seq)
    )
    apply_arrived(s, [EventData.of(ev) for ev in ordered])


def pull(store: Store, engine: Engine, *, limit: int = PULL_BATCH) -> int:
    """Fetch others' events and apply them; returns how many arrived."""
    try:
        return pull_journal(store, engine, limit=limit)
    finally:
        # What was stored before a cut is shown now, not after the network is back.
        apply_pulled(store, limit=limit)


def pull_journal(store: Store, engine: Engine, *, limit: int = PULL_BATCH) -> int:
    """Fetch others' events into this window's journal, chain-checked, with the cursor.

    Storing and applying are two steps, as at the center: each batch is stored in a short
    transaction (a clerk's save never waits long behind a pull), and what is stored is
    applied by apply_pulled from the journal, with its own cursor, so a cut between the
    two steps leaves nothing half-done.
    """
    ident = store.require_identity()
    with store.write() as s:
        if _setting(s, APPLIED_KEY, None) is None:
            # Before storing and applying were two steps, a window applied all it pulled;
            # a new window has pulled nothing.
            set_setting(s, APPLIED_KEY, int(_setting(s, CURSOR_KEY, 0)))
    with store.read() as s:
        cursor = int(_setting(s, CURSOR_KEY, 0))

    def fetch(after: int) -> list[PulledEvent]:
        try:
            return pull_events(engine, ident.window_code, after, limit)
        except (OperationalError, DBAPIError) as exc:
            raise unreachable(exc) from exc

    total = 0
    # The next batch is fetched while this one is stored: the center's query and the
    # SQLite writes both run outside the interpreter lock, so they overlap.
    with collector_paused(), ThreadPoolExecutor(1, thread_name_prefix="pull") as pool:
        fetching = pool.submit(fetch, cursor)
        while True:
            batch = fetching.result()
            if not batch:
                return total
            fetching = pool.submit(fetch, batch[-1].central_seq)
            with store.write() as s:
                ids = [e.id for e in batch]
                held = set(s.scalars(select(Event.id).where(Event.id.in_(ids))))
                fresh = [e for e in batch if e.id not in held]
                if fresh:
                    _store_linked(s, fresh)
                set_setting(s, CURSOR_KEY, batch[-1].central_seq)
            total += len(batch)


def apply_pulled(store: Store, *, limit: int = PULL_BATCH) -> int:
    """Apply the stored events of other windows that the read models do not show yet,
    in the center's order; returns how many were applied."""
    ident = store.require_identity()
    total = 0
    while True:
        with collector_paused(), store.write() as s:
            applied = int(_setting(s, APPLIED_KEY, 0))
            batch = journal_events(
                _journal_rows(
                    s,
                    "central_seq > ? AND window_code <> ? ORDER BY central_seq",
                    (applied, ident.window_code),
                    limit,
                )
            )
            if not batch:
                return total
            replay = _cases_to_replay(s, ident.window_code, batch)
            apply_arrived(s, [e for e in batch if e.case_no not in replay])
            upto = batch[-1].central_seq
            for case_no in sorted(replay):
                replay_case(s, case_no, own_window=ident.window_code, upto=upto)
            set_setting(s, APPLIED_KEY, upto)
        total += len(batch)


def sync_once(store: Store, url: str | None = None) -> SyncResult:
    """One round: push, then pull. Raises CentralUnavailable when the center is out of reach."""
    url = url or central_url(store)
    if not url:
        raise DomainError(
            "sync.unconfigured",
            "未设置中心数据库，本窗口单机运行。",
            "No central database is set; this window works stand-alone.",
        )
    # Events stored by a round that was cut before applying them need no network.
    apply_pulled(store)
    engine = central_engine(url)
    try:
        check_central_version(engine)
        pushed = push(store, engine)
        pulled = pull(store, engine)
    except OperationalError as exc:
        raise unreachable(exc) from exc
    finally:
        engine.dispose()
    with store.write() as s:
        set_setting(s, LAST_OK_KEY, now_utc().isoformat())
        conflicts = (
            s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
    return SyncResult(pushed, pulled, conflicts)


__all__ = [
    "CentralUnavailable",
    "SyncResult",
    "SyncStatus",
    "central_url",
    "apply_pulled",
    "pull",
    "pull_journal",
    "push",
    "replay_case",
    "set_central_url",
    "status",
    "sync_once",
]
