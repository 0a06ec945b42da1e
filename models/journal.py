"""The event journal: every change a person makes, as an immutable, hash-chained row.

Events of one window form a chain: each event's hash covers its own canonical form and
the previous event's hash, so an edit or a removal anywhere shows up when the chain is
verified. Ordering inside a window is by its own sequence number, never by its clock.
The daily log is a query on this table; sync moves these rows between machines.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import orjson
from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, new_id, utcnow

GENESIS_HASH = "0" * 64


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        UniqueConstraint("window_code", "seq"),
        Index("ix_event_occurred_at", "occurred_at"),
        Index("ix_event_kind_occurred", "kind", "occurred_at"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    window_code: Mapped[str] = mapped_column(String(4))
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(60))
    payload: Mapped[dict[str, Any]]
    case_no: Mapped[str | None] = mapped_column(String(40), index=True)
    clerk: Mapped[str] = mapped_column(String(60), default="")
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The position in the center's arrival order, the one order every machine agrees on.
    # Not covered by the hash: it is assigned when the event reaches the center.
    central_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)


class JournalEvent(Protocol):
    """What a projector reads of an event: an Event row, or an event as sync carries it
    (desktop.central.EventData), so a pull of thousands builds no ORM object per event."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def window_code(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def case_no(self) -> str | None: ...
    @property
    def clerk(self) -> str: ...
    @property
    def occurred_at(self) -> datetime: ...


class JournalHead(Base):
    """The last link of each window's chain, so appending needs no scan."""

    __tablename__ = "journal_head"
    window_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))


def _iso(ts: datetime) -> str:
    # What strftime("%Y-%m-%dT%H:%M:%S.%fZ") writes (tests/test_journal_canonical.py),
    # at a third of the cost: every event moved by sync is hashed again.
    return ts.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def canonical_bytes(
    *,
    event_id: uuid.UUID,
    window_code: str,
    seq: int,
    kind: str,
    payload: dict[str, Any],
    case_no: str | None,
    clerk: str,
    occurred_at: datetime,
    prev_hash: str,
) -> bytes:
    """The exact bytes an event's hash covers; both engines must produce the same."""
    doc = {
        "id": str(event_id),
        "window": window_code,
        "seq": seq,
        "kind": kind,
        "payload": payload,
        "case_no": case_no,
        "clerk": clerk,
        "occurred_at": _iso(occurred_at),
        "prev": prev_hash,
    }
    try:
        # orjson writes exactly what the json call below writes for the values a payload
        # may hold (tests/test_journal_canonical.py), several times faster: sync hashes
        # every event it moves.
        return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # an integer beyond 64 bits, which only the standard module writes
        return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def canonical_bytes_with_payload_text(
    *,
    event_id: uuid.UUID,
    window_code: str,
    seq: int,
    kind: str,
    payload_text: bytes,
    case_no: str | None,
    clerk: str,
    occurred_at: datetime,
    prev_hash: str,
) -> bytes:
    """canonical_bytes around a payload already written canonically (keys sorted, compact,
    UTF-8), as this build stores payloads: a pull checks thousands of hashes without
    decoding and re-encoding one payload. With any other payload text the result simply
    does not match the event's hash, and the caller decodes the payload instead."""
    d = orjson.dumps
    return b"".join(
        (
            b'{"case_no":',
            d(case_no),
            b',"clerk":',
            d(clerk),
            b',"id":',
            d(str(event_id)),
            b',"kind":',
            d(kind),
            b',"occurred_at":',
            d(_iso(occurred_at)),
            b',"payload":',
            payload_text,
            b',"prev":',
            d(prev_hash),
            b',"seq":',
            d(seq),
            b',"window":',
            d(window_code),
            b"}",
        )
    )


def event_hash(event: Event) -> str:
    return hashlib.sha256(
        canonical_bytes(
            event_id=event.id,
            window_code=event.window_code,
            seq=event.seq,
            kind=event.kind,
            payload=event.payload,
            case_no=event.case_no,
            clerk=event.clerk,
            occurred_at=event.occurred_at,
            prev_hash=event.prev_hash,
        )
    ).hexdigest()


def _check_payload(value: Any, path: str = "payload") -> None:
    """Floats would hash differently on different machines; money is integer fen anyway."""
    if isinstance(value, float):
        raise TypeError(f"{path} holds a float; use integer fen or a string")
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"{path} has a non-string key {k!r}")
            _check_payload(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_payload(v, f"{path}[{i}]")
    elif not (value is None or isinstance(value, (str, int, bool))):
        raise TypeError(f"{path} holds a {type(value).__name__}; convert it to a string")


def append_event(
    session: Session,
    *,
    window_code: str,
    kind: str,
    payload: dict[str, Any],
    clerk: str = "",
    case_no: str | None = None,
    occurred_at: datetime | None = None,
) -> Event:
    """Append one event to this window's chain, in the caller's transaction."""
    _check_payload(payload)
    # On PostgreSQL the head row is locked so two writers of one window queue up; SQLite
    # already holds the database lock (BEGIN IMMEDIATE), and there the identity map
    # answers repeated appends in one unit of work without a query.
    locking = session.get_bind().dialect.name != "sqlite"
    head = session.get(JournalHead, window_code, with_for_update=locking or None)
    seq = head.seq + 1 if head else 1
    prev = head.hash if head else GENESIS_HASH
    event = Event(
        id=new_id(),
        window_code=window_code,
        seq=seq,
        kind=kind,
        payload=payload,
        case_no=case_no,
        clerk=clerk,
        # Microseconds are kept by both engines; anything finer would break the hash.
        occurred_at=(occurred_at or utcnow()).astimezone(UTC),
        prev_hash=prev,
    )
    event.hash = event_hash(event)
    session.add(event)
    if head is None:
        session.add(
            JournalHead(window_code=window_code, seq=seq, hash=event.hash, event_id=event.id)
        )
    else:
        head.seq, head.hash, head.event_id = seq, event.hash, event.id
    return event


@dataclass(frozen=True)
class ChainBreak:
    """The first link of a window's chain that does not hold."""

    window_code: str
    seq: int
    event_id: uuid.UUID | None
    problem: str  # "hash" (the event was edited), "link" (prev_hash wrong), "gap" (missing seq)


def verify_events(events: Iterable[Event]) -> ChainBreak | None:
    """Check one window's events, given in seq order from seq 1."""
    prev = GENESIS_HASH
    expected_seq = 1
    window = ""
    for ev in events:
        window = ev.window_code
        if ev.seq != expected_seq:
            return ChainBreak(window, expected_seq, None, "gap")
        if ev.prev_hash != prev:
            return ChainBreak(window, ev.seq, ev.id, "link")
        if event_hash(ev) != ev.hash:
            return ChainBreak(window, ev.seq, ev.id, "hash")
        prev = ev.hash
        expected_seq += 1
    return None


def verify_chains(session: Session, batch: int = 5000) -> list[ChainBreak]:
    """Verify every window's chain in the database; one entry per broken window."""
    windows = session.scalars(select(Event.window_code).distinct()).all()
    breaks: list[ChainBreak] = []
    for window in sorted(windows):
        stmt = (
            select(Event)
            .where(Event.window_code == window)
            .order_by(Event.seq)
            .execution_options(yield_per=batch)
        )
        found = verify_events(session.scalars(stmt))
        if found:
            breaks.append(found)
    return breaks
