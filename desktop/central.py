"""The center's side of sync: the shared record in PostgreSQL.

Windows push their journal here and pull everyone else's. Every arriving event is
checked against its window's hash chain; a broken or edited chain is refused, recorded,
and the window is blocked until a supervisor clears it, so nothing after a bad link is
ever applied. Accepted events get the next number of one sequence, taken under an
advisory lock so numbers become visible in order and no puller can skip one.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.catalog_io import CatalogDoc, to_json
from desktop.catalog_store import apply_catalog
from desktop.errors import DomainError
from desktop.projection import CENTRAL_WINDOW, Conflict, apply_event, prepare_batch
from desktop.projection_rows import batch
from desktop.store import WindowIdentity, set_setting
from models.accounts import Role
from models.base import utcnow
from models.bulk import collector_paused, table_of
from models.cases import Applicant, Case, CaseMaterial
from models.catalog import Center, ServiceWindow
from models.db import DatabaseProblem, json_text, json_value, server_engine, upgrade
from models.journal import (
    GENESIS_HASH,
    Event,
    JournalHead,
    append_event,
    canonical_bytes,
    canonical_bytes_with_payload_text,
)
from models.settings import Setting
from models.sync import CentralWindow, SyncConflict, SyncRejection

PUSH_LOCK = 3201170001  # pg_advisory_xact_lock key: one pusher at a time hall-wide


class CentralUnavailable(Exception):
    """The center cannot be reached now; the window keeps working and retries."""


class SyncRejected(DomainError):
    """The center refused this window's journal; a supervisor must look at it."""


def _hashed(e: EventData | PulledEvent) -> dict[str, Any]:
    """What an event's hash covers besides its payload (models.journal.canonical_bytes)."""
    return {
        "event_id": e.id,
        "window_code": e.window_code,
        "seq": e.seq,
        "kind": e.kind,
        "case_no": e.case_no,
        "clerk": e.clerk,
        "occurred_at": e.occurred_at,
        "prev_hash": e.prev_hash,
    }


@dataclass(frozen=True)
class EventData:
    """An event as it travels between machines."""

    id: uuid.UUID
    window_code: str
    seq: int
    kind: str
    payload: dict[str, Any]
    case_no: str | None
    clerk: str
    occurred_at: datetime
    prev_hash: str
    hash: str
    central_seq: int | None = None

    @classmethod
    def of(cls, e: Event) -> EventData:
        return cls(
            e.id,
            e.window_code,
            e.seq,
            e.kind,
            e.payload,
            e.case_no,
            e.clerk,
            e.occurred_at,
            e.prev_hash,
            e.hash,
            e.central_seq,
        )

    def computed_hash(self) -> str:
        """The hash this event's content implies (compare with .hash)."""
        return hashlib.sha256(canonical_bytes(payload=self.payload, **_hashed(self))).hexdigest()

    def to_event(self) -> Event:
        return Event(
            id=self.id,
            window_code=self.window_code,
            seq=self.seq,
            kind=self.kind,
            payload=self.payload,
            case_no=self.case_no,
            clerk=self.clerk,
            occurred_at=self.occurred_at,
            prev_hash=self.prev_hash,
            hash=self.hash,
            central_seq=self.central_seq,
        )

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "window_code": self.window_code,
            "seq": self.seq,
            "kind": self.kind,
            "payload": self.payload,
            "case_no": self.case_no,
            "clerk": self.clerk,
            "occurred_at": self.occurred_at,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            "central_seq": self.central_seq,
        }


def safe_url(url: str) -> str:
    """The URL fit for a message or a log line: never the password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<invalid URL>"


def check_central_version(engine: Engine) -> None:
    """A center upgraded past this program, or not yet upgraded to it, is said plainly
    instead of failing half-way through a push."""
    from models.db import current_revision, head_revision

    with engine.connect() as conn:
        found = current_revision(conn)
    if found != head_revision():
        raise DomainError(
            "central.version",
            f"中心数据库的结构版本（{found or '空'}）与本程序（{head_revision()}）不一致，暂不同步。"
            "请管理员运行 yichuang central init 升级中心数据库，或升级本窗口的程序。本窗口照常工作。",
            f"The central database schema ({found or 'empty'}) differs from this program's "
            f"({head_revision()}); not syncing. Upgrade the center with 'yichuang central init' "
            "or this window's program. The window keeps working.",
        )


def central_engine(url: str) -> Engine:
    try:
        return server_engine(url, connect_args={"connect_timeout": 5})
    except Exception as exc:  # a malformed URL
        raise DomainError(
            "central.url",
            f"中心数据库地址无效：{safe_url(url)}",
            f"Invalid central database URL: {safe_url(url)}",
        ) from exc


def unreachable(exc: BaseException) -> CentralUnavailable:
    orig = getattr(exc, "orig", exc)
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return CentralUnavailable(first)


def _central_identity(s: Session) -> WindowIdentity:
    rows = {r.key: r.value for r in s.scalars(select(Setting))}
    return WindowIdentity(rows.get("center_code", ""), rows.get("center_name", ""), CENTRAL_WINDOW)


# -- setting up the center -----------------------------------------------------------------
def central_init(url: str, center_code: str, center_name: str, catalog: CatalogDoc | None) -> str:
    """Create or upgrade the central schema; publish the catalog as the center's event."""
    engine = central_engine(url)
    try:
        result = upgrade(engine, safe_url(url))
        with Session(engine) as s, s.begin():
            for key, value in (
                ("center_code", center_code),
                ("center_name", center_name),
                ("window_code", CENTRAL_WINDOW),
            ):
                set_setting(s, key, value)
            ident = WindowIdentity(center_code, center_name, CENTRAL_WINDOW)
            has_catalog = s.scalar(
                select(func.count()).select_from(Event).where(Event.kind == "catalog.imported")
            )
            if catalog is None and not has_catalog:
                from desktop.setup import sample_catalog

                catalog = sample_catalog()
            if catalog is not None:
                apply_catalog(s, catalog)
                center = s.scalar(select(Center))
                if center is not None:
                    center.code, center.name = center_code, center_name
                central_append(
                    s,
                    ident,
                    "catalog.imported",
                    {
                        "items": len(catalog.items),
                        "source": "central",
                        "catalog": json.loads(to_json(catalog)),
                    },
                )
        return result.after
    except DatabaseProblem:
        raise
    except OperationalError as exc:
        raise unreachable(exc) from exc
    finally:
        engine.dispose()


def add_window(url: str, code: str, name: str = "") -> None:
    engine = central_engine(url)
    try:
        with Session(engine) as s, s.begin():
            if s.get(CentralWindow, code) is None:
                s.add(CentralWindow(code=code, name=name or f"{code} 号窗口"))
            if s.scalar(select(ServiceWindow).where(ServiceWindow.code == code)) is None:
                s.add(ServiceWindow(code=code, name=name or f"{code} 号窗口"))
    except OperationalError as exc:
        raise unreachable(exc) from exc
    finally:
        engine.dispose()


def unblock_window(url: str, code: str, by: str, resolution: str) -> int:
    """A supervisor has dealt with a refused journal: let the window push again."""
    if len(resolution.strip()) < 4:
        raise DomainError(
            "central.unblock_reason", "请写明处理结果。", "Write down how it was resolved."
        )
    engine = central_engine(url)
    try:
        with Session(engine) as s, s.begin():
            win = s.get(CentralWindow, code)
            if win is None:
                raise DomainError(
                    "central.window_unknown",
                    f"中心没有登记窗口 {code}。",
                    f"Window {code} is not registered.",
                )
            win.blocked_at, win.blocked_reason = None, ""
            open_rows = s.scalars(
                select(SyncRejection).where(
                    SyncRejection.window_code == code, SyncRejection.resolved_at.is_(None)
                )
            ).all()
            for r in open_rows:
                r.resolved_at, r.resolved_by, r.resolution = utcnow(), by, resolution.strip()
            return len(open_rows)
    finally:
        engine.dispose()


def publish_account(
    url: str, *, username: str, display_name: str, role: Role, password: str
) -> None:
    """An account for the whole hall: made at the center, it reaches every window by sync."""
    from desktop.accounts import create_account

    engine = central_engine(url)
    try:
        with Session(engine) as s, s.begin():
            ident = _central_identity(s)
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
            create_account(
                s,
                ident,
                username=username,
                display_name=display_name,
                role=role,
                password=password,
                by="central",
            )
            for ev in s.new:
                if isinstance(ev, Event):
                    ev.central_seq = s.scalar(text("SELECT nextval('event_central_seq')"))
    except OperationalError as exc:
        raise unreachable(exc) from exc
    finally:
        engine.dispose()


def publish_holidays(url: str, path: Path, year: int, complete: bool) -> int:
    """The hall's holiday table for a year, made at the center; windows take it by sync."""
    from desktop.holidays import _day_payload, _parse_table, read_table_file
    from desktop.projection import apply_event

    days = _parse_table(read_table_file(path), year)
    engine = central_engine(url)
    try:
        with Session(engine) as s, s.begin():
            ev = central_append(
                s,
                _central_identity(s),
                "holiday.imported",
                {
                    "year": year,
                    "complete": complete,
                    "days": [_day_payload(d) for d in days],
                    "replaced": 0,
                },
            )
            apply_event(s, ev, hall_wide_from=None)
        return len(days)
    except OperationalError as exc:
        raise unreachable(exc) from exc
    finally:
        engine.dispose()


@dataclass(frozen=True)
class WindowState:
    code: str
    name: str
    last_seq: int
    blocked_reason: str


def central_status(url: str) -> list[WindowState]:
    engine = central_engine(url)
    try:
        with Session(engine) as s:
            heads = {h.window_code: h.seq for h in s.scalars(select(JournalHead))}
            return [
                WindowState(w.code, w.name, heads.get(w.code, 0), w.blocked_reason)
                for w in s.scalars(select(CentralWindow).order_by(CentralWindow.code))
            ]
    except OperationalError as exc:
        raise unreachable(exc) from exc
    finally:
        engine.dispose()


def central_append(
    s: Session, ident: WindowIdentity, kind: str, payload: dict[str, Any], clerk: str = "central"
) -> Event:
    """An event the center itself makes (catalog, accounts, holidays for the whole hall),
    numbered in the same arrival order as the windows' events."""
    s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
    ev = append_event(s, window_code=ident.window_code, kind=kind, payload=payload, clerk=clerk)
    ev.central_seq = s.scalar(text("SELECT nextval('event_central_seq')"))
    return ev


# -- push --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PushResult:
    stored: dict[uuid.UUID, int]  # event id -> central_seq, for new and already-known events
    new: int


Hook = Callable[[Session], None]


def _reject(engine: Engine, window: str, ev: EventData, problem: str, detail: str) -> SyncRejected:
    """Record the refusal in its own transaction (the push itself was rolled back)."""
    with Session(engine) as s, s.begin():
        s.add(
            SyncRejection(
                window_code=window, seq=ev.seq, event_id=ev.id, problem=problem, detail=detail
            )
        )
        win = s.get(CentralWindow, window)
        if win is not None:
            win.blocked_at = utcnow()
            win.blocked_reason = f"seq {ev.seq}: {problem}"
    return SyncRejected(
        "sync.rejected",
        f"中心拒收本窗口第 {ev.seq} 条日志（{problem}）：日志链不完整或被改动。同步已暂停，请负责人处理。",
        f"The center refused event {ev.seq} of this window ({problem}): the journal chain is broken or altered. Sync is paused until a supervisor deals with it.",
    )


def push_events(
    engine: Engine,
    window: str,
    events: Sequence[EventData],
    *,
    before_commit: Hook | None = None,
    apply: bool = True,
    payload_texts: Mapping[uuid.UUID, str] | None = None,
    computed_hashes: Mapping[uuid.UUID, str] | None = None,
) -> PushResult:
    """Store a window's events centrally, verified link by link, and apply them.

    Sending the same events again is harmless: known ones are only compared.
    payload_texts, by event id, are JSON texts of the payloads (see payload_texts),
    stored as they are instead of being written out again under the lock.
    computed_hashes, by event id, are EventData.computed_hash results made ahead (a push
    makes them on another thread while its previous batch is stored); every new event
    is still checked against one, and one not given is computed here.
    """
    events = sorted(events, key=lambda e: e.seq)
    problem: tuple[EventData, str, str] | None = None
    with Session(engine) as s:
        with s.begin():
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
            win = s.get(CentralWindow, window)
            if win is None:
                raise DomainError(
                    "sync.unregistered",
                    f"窗口 {window} 未在中心登记，请管理员运行 yichuang central add-window {window}。",
                    f"Window {window} is not registered with the center: run 'yichuang central add-window {window}'.",
                )
            if win.blocked_at is not None:
                raise SyncRejected(
                    "sync.blocked",
                    f"中心已暂停接收本窗口的日志（{win.blocked_reason}），请负责人处理后再同步。",
                    f"The center has paused this window's journal ({win.blocked_reason}); a supervisor must deal with it first.",
                )
            head = s.get(JournalHead, window)
            head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS_HASH)
            stored: dict[uuid.UUID, int] = {}
            known = [e for e in events if e.seq <= head_seq]
            if known:
                rows = s.execute(
                    select(Event.seq, Event.id, Event.hash, Event.central_seq).where(
                        Event.window_code == window, Event.seq.in_([e.seq for e in known])
                    )
                ).all()
                have = {r.seq: r for r in rows}
                for e in known:
                    r = have.get(e.seq)
                    if r is None or r.hash != e.hash or r.id != e.id:
                        problem = (
                            e,
                            "changed",
                            "an event the center already holds arrived different",
                        )
                        break
                    stored[e.id] = r.central_seq
            fresh = [e for e in events if e.seq > head_seq]
            if problem is None:
                prev, expected = head_hash, head_seq + 1
                for e in fresh:
                    if e.seq != expected:
                        problem = (e, "gap", f"expected seq {expected}")
                    elif e.prev_hash != prev:
                        problem = (e, "link", "prev_hash does not match the previous event")
                    elif _computed_hash(e, computed_hashes) != e.hash:
                        problem = (e, "hash", "the event's content does not match its hash")
                    if problem:
                        break
                    prev, expected = e.hash, expected + 1
            if problem is not None:
                s.rollback()
            else:
                if fresh:
                    numbers = s.scalars(
                        text("SELECT nextval('event_central_seq') FROM generate_series(1, :n)"),
                        {"n": len(fresh)},
                    ).all()
                    copy_events(s, fresh, numbers, payload_texts)
                    stored.update(zip((e.id for e in fresh), numbers, strict=True))
                    last = fresh[-1]
                    if head is None:
                        s.add(
                            JournalHead(
                                window_code=window, seq=last.seq, hash=last.hash, event_id=last.id
                            )
                        )
                    else:
                        head.seq, head.hash, head.event_id = last.seq, last.hash, last.id
                if before_commit:
                    before_commit(s)
        if problem is not None:
            ev, kind, detail = problem
            raise _reject(engine, window, ev, kind, detail)
    if apply:
        apply_pending(engine)
    return PushResult(stored, len(fresh))


def _computed_hash(e: EventData, made: Mapping[uuid.UUID, str] | None) -> str:
    digest = made.get(e.id) if made else None
    return e.computed_hash() if digest is None else digest


APPLY_LOCK = 3201170002
APPLIED_KEY = "central.applied_seq"


def apply_pending(engine: Engine, batch: int = 2000) -> int:
    """Bring the central read models up to the journal, in the center's order.

    The journal is the record; the read models (for look-ups at other windows and the
    hall's dashboards) follow it right after each push, outside the push lock, so a slow
    projection never holds up another window's push. Safe to run from several places:
    appliers take turns under their own advisory lock and resume from a stored cursor.
    """
    applied = 0
    while True:
        with collector_paused(), Session(engine) as s, s.begin():
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": APPLY_LOCK})
            row = s.get(Setting, APPLIED_KEY)
            cursor = int(row.value) if row else 0
            events = s.scalars(
                select(Event)
                .where(Event.central_seq > cursor)
                .order_by(Event.central_seq)
                .limit(batch)
            ).all()
            if not events:
                return applied
            apply_arrived(s, [EventData.of(e) for e in events if e.window_code != CENTRAL_WINDOW])
            set_setting(s, APPLIED_KEY, events[-1].central_seq)
            applied += len(events)


EVENT_COLUMNS = (
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
    "central_seq",
)


def copy_events(
    s: Session,
    events: Sequence[EventData],
    numbers: Sequence[int],
    payload_texts: Mapping[uuid.UUID, str] | None = None,
) -> None:
    """Insert arriving events, numbered, with COPY: a push of thousands costs one round
    trip, not one per event. Timestamps go in as naive UTC, as UTCDateTime stores them. A
    payload with a text in payload_texts goes in as that text (the column is json, which
    keeps any valid text as given): the caller may have made it ahead of time."""
    texts = payload_texts or {}
    raw = s.connection().connection.driver_connection
    with (
        raw.cursor() as cur,
        cur.copy(f"COPY event ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy,
    ):
        write = copy.write_row
        for e, number in zip(events, numbers, strict=True):
            payload = texts.get(e.id)
            write(
                (
                    e.id.hex,
                    e.window_code,
                    e.seq,
                    e.kind,
                    json_text(e.payload) if payload is None else payload,
                    e.case_no,
                    e.clerk,
                    _naive_utc(e.occurred_at),
                    e.prev_hash,
                    e.hash,
                    number,
                )
            )


def _naive_utc(ts: datetime) -> datetime:
    # Events read from a window are UTC already, so they skip the conversion.
    if ts.tzinfo is UTC:
        return ts.replace(tzinfo=None)
    return ts.astimezone(UTC).replace(tzinfo=None)


def journal_events(rows: Iterable[Sequence[Any]]) -> list[EventData]:
    """Events from a window's SQLite rows as the driver returns them (EVENT_COLUMNS, in
    that order), converted as the Event columns' types convert them: sync reads thousands,
    and SQLAlchemy's per-value result processing was a third of a push."""
    return [
        EventData(
            uuid.UUID(id_hex),
            window,
            seq,
            kind,
            json_value(stored),  # the column is NOT NULL
            case_no,
            clerk,
            datetime.fromisoformat(occurred).replace(tzinfo=UTC),
            prev,
            digest,
            num,
        )
        for id_hex, window, seq, kind, stored, case_no, clerk, occurred, prev, digest, num in rows
    ]


def payload_texts(
    rows: Sequence[Sequence[Any]], events: Sequence[EventData]
) -> dict[uuid.UUID, str]:
    """The JSON text each event's payload goes to the center as, by event id (for
    push_events): made while the center stores the previous batch."""
    column = EVENT_COLUMNS.index("payload")
    texts: dict[uuid.UUID, str] = {}
    for row, e in zip(rows, events, strict=True):
        stored = row[column]
        # Escape-free text goes on as it is. Older windows wrote \u escapes, which orjson's
        # UTF-8 beats on bytes to send and parse, and COPY would double every backslash.
        # (A bare number comes back as a number, numeric affinity: no text either.)
        if isinstance(stored, str) and "\\" not in stored:
            texts[e.id] = stored
        else:
            texts[e.id] = json_text(e.payload)  # keys sorted: the text the hash covers
    return texts


def numbered_runs(
    events: Iterable[EventData], stored: Mapping[uuid.UUID, int]
) -> list[tuple[int | None, int, int]]:
    """The central numbers of a window's events (in seq order) as runs (offset, first seq,
    last seq) with central_seq = seq + offset throughout. The center numbers a window's
    new events one after another, so a batch is usually one range UPDATE, not thousands.
    An event without a number gets offset None, as seq + NULL is NULL."""
    runs: list[tuple[int | None, int, int]] = []
    for e in events:
        number = stored.get(e.id)
        offset = None if number is None else number - e.seq
        if runs and runs[-1][2] == e.seq - 1 and runs[-1][0] == offset:
            runs[-1] = (offset, runs[-1][1], e.seq)
        else:
            runs.append((offset, e.seq, e.seq))
    return runs


def replace_seq(e: EventData, central_seq: int) -> EventData:
    from dataclasses import replace

    return replace(e, central_seq=central_seq)


# What a batch's creating projectors make, in the order the foreign keys need.
NEW_ROW_TABLES = [table_of(Applicant), table_of(Case), table_of(CaseMaterial)]


def apply_arrived(s: Session, events: Sequence[EventData]) -> int:
    """Apply events to this database's read models; an impossible one is recorded, not lost.

    Returns how many conflicts were found.
    """
    found = 0
    with s.no_autoflush, batch(s, NEW_ROW_TABLES):
        prepare_batch(s, events)
        for e in events:
            found += _apply_one(s, e)
    return found


def _apply_one(s: Session, e: EventData) -> int:
    try:
        apply_event(s, e)
    except Conflict as c:
        if s.scalar(select(SyncConflict.id).where(SyncConflict.event_id == e.id)) is None:
            s.add(
                SyncConflict(
                    event_id=e.id,
                    window_code=e.window_code,
                    kind=e.kind,
                    case_no=e.case_no,
                    reason_zh=c.zh,
                    reason_en=c.en,
                )
            )
        return 1
    return 0


# -- pull and look-ups --------------------------------------------------------------------------
@dataclass(frozen=True)
class PulledEvent:
    """An event as a pull fetches it: the payload still the center's JSON text, which the
    window stores as it is (a pull decodes no payload; applying does, from the journal)."""

    id: uuid.UUID
    window_code: str
    seq: int
    kind: str
    payload_text: str
    case_no: str | None
    clerk: str
    occurred_at: datetime
    prev_hash: str
    hash: str
    central_seq: int

    def hash_matches(self) -> bool:
        fields = _hashed(self)
        text = self.payload_text.encode()
        if (
            hashlib.sha256(
                canonical_bytes_with_payload_text(payload_text=text, **fields)
            ).hexdigest()
            == self.hash
        ):
            return True
        # A payload written by an older build (keys in another order, \u escapes): decode it.
        payload = orjson.loads(text)
        return hashlib.sha256(canonical_bytes(payload=payload, **fields)).hexdigest() == self.hash

    def row(self) -> dict[str, Any]:
        """The journal row, the payload column holding the text as it came."""
        return {
            "id": self.id,
            "window_code": self.window_code,
            "seq": self.seq,
            "kind": self.kind,
            "payload": self.payload_text,
            "case_no": self.case_no,
            "clerk": self.clerk,
            "occurred_at": self.occurred_at,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            "central_seq": self.central_seq,
        }


def pull_events(engine: Engine, window: str, after: int, limit: int = 1000) -> list[PulledEvent]:
    """Others' events after this window's cursor, in the center's order.

    Read with the driver's own cursor: a pull moves thousands of rows and needs neither
    ORM objects nor SQLAlchemy's per-row processing. psycopg returns UUIDs; the payload
    comes as its stored text; timestamps are stored naive UTC.
    """
    columns = ", ".join(c if c != "payload" else "payload::text" for c in EVENT_COLUMNS)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor() as cur:  # type: ignore[union-attr]
            cur.execute(
                f"SELECT {columns} FROM event WHERE central_seq > %s AND window_code <> %s "
                "ORDER BY central_seq LIMIT %s",
                (after, window, limit),
            )
            rows = cur.fetchall()
    return [
        PulledEvent(
            id_,
            window_code,
            seq,
            kind,
            text,
            case_no,
            clerk,
            at.replace(tzinfo=UTC),
            prev,
            digest,
            number,
        )
        for (id_, window_code, seq, kind, text, case_no, clerk, at, prev, digest, number) in rows
    ]


def lookup_case(engine: Engine, case_no: str) -> dict[str, Any] | None:
    """A case this window does not know, as the center has it (scan at the pickup window)."""
    from models.cases import Applicant, Case
    from models.catalog import ServiceItem

    with Session(engine) as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        if case is None:
            return None
        item = s.get(ServiceItem, case.item_id)
        applicant = s.get(Applicant, case.applicant_id) if case.applicant_id else None
        return {
            "case_no": case.case_no,
            "status": case.status,
            "window": case.window_code,
            "item_name": item.name if item else "",
            "applicant_name": applicant.name if applicant else "",
            "due_date": case.due_date.isoformat() if case.due_date else None,
        }
