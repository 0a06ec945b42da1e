"""The push's fast paths: the window's rows read by hand, payload texts handed to COPY,
central numbers written back by range, and batches overlapped on two threads."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

import desktop.sync as sync
from desktop.central import (
    EVENT_COLUMNS,
    EventData,
    SyncRejected,
    add_window,
    central_engine,
    central_init,
    journal_events,
    numbered_runs,
    payload_texts,
)
from desktop.setup import SetupRequest, initialise
from desktop.store import Store, record
from desktop.sync import PUSHED_KEY, push
from models.db import json_text
from models.journal import Event
from models.sync import SyncRejection
from tests.conftest import ADMIN_PASSWORD

CENTER = ("320117", "南京市溧水区行政服务中心")


def _window(tmp_path: Path) -> Store:
    store = Store(tmp_path / "w03")
    initialise(store, SetupRequest(*CENTER, "03", "admin", "王管理", ADMIN_PASSWORD))
    return store


def _notes(store: Store, n: int) -> None:
    ident = store.require_identity()
    with store.write() as s:
        for i in range(n):
            payload = {"n": i, "text": f'第{i}条\t"引号"\\', "list": [i, None, True]}
            record(s, ident, "test.note", payload, clerk="王", case_no=f"C{i}" if i % 2 else None)


def _as_older_windows_wrote(store: Store) -> None:
    """Payloads as the standard module wrote them: \\u escapes, spaces after separators."""
    with store.write() as s:
        rows = s.execute(text("SELECT id, payload FROM event WHERE kind = 'test.note'")).all()
        for event_id, payload in rows:
            s.execute(
                text("UPDATE event SET payload = :p WHERE id = :id"),
                {"p": json.dumps(json.loads(payload)), "id": event_id},
            )


def _orm_events(store: Store) -> list[EventData]:
    with store.read() as s:
        rows = s.execute(select(*Event.__table__.c).order_by(Event.seq)).mappings()
        return [EventData(**row) for row in rows]


def _raw_rows(store: Store) -> list[tuple[object, ...]]:
    with store.read() as s:
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM event ORDER BY seq"
        return [tuple(r) for r in s.connection().exec_driver_sql(sql).all()]


def test_rows_read_by_hand_equal_what_the_orm_reads(tmp_path: Path) -> None:
    store = _window(tmp_path)
    _notes(store, 6)
    _as_older_windows_wrote(store)
    _notes(store, 3)
    rows = _raw_rows(store)
    events = journal_events(rows)
    texts = payload_texts(rows, events)
    assert events == _orm_events(store)
    assert all(e.computed_hash() == e.hash for e in events)
    for e, row in zip(events, rows, strict=True):
        stored = row[EVENT_COLUMNS.index("payload")]
        assert orjson.loads(texts[e.id]) == e.payload
        # Escape-free text goes on as stored; escaped text is written out again as UTF-8.
        if "\\" not in stored:
            assert texts[e.id] == stored
        else:
            assert texts[e.id] == json_text(e.payload)
    store.close()


def test_numbered_runs_make_one_range_per_consecutive_stretch() -> None:
    def ev(seq: int) -> EventData:
        return EventData(uuid.uuid4(), "03", seq, "k", {}, None, "", None, "", "")  # type: ignore[arg-type]

    events = [ev(s) for s in (4, 5, 6, 7, 9, 10, 11)]
    numbers = [100, 101, 102, 50, 51, None, None]
    stored = {e.id: n for e, n in zip(events, numbers, strict=True) if n is not None}
    assert numbered_runs(events, stored) == [(96, 4, 6), (43, 7, 7), (42, 9, 9), (None, 10, 11)]
    assert numbered_runs([], {}) == []


@pytest.fixture
def center(pg_url: str) -> Iterator[Engine]:
    central_init(pg_url, *CENTER, None)
    add_window(pg_url, "03")
    engine = central_engine(pg_url)
    yield engine
    engine.dispose()


def _central_numbers(engine: Engine) -> dict[uuid.UUID, int | None]:
    with Session(engine) as s:
        rows = s.execute(select(Event.id, Event.central_seq).where(Event.window_code == "03"))
        return {event_id: number for event_id, number in rows}


def _local_numbers(store: Store) -> dict[uuid.UUID, int | None]:
    with store.read() as s:
        return {
            event_id: number for event_id, number in s.execute(select(Event.id, Event.central_seq))
        }


@pytest.mark.pg
def test_a_push_in_many_batches_stores_every_event_and_its_number(
    center: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "PUSH_BATCH", 4)
    store = _window(tmp_path)
    _notes(store, 8)
    _as_older_windows_wrote(store)
    _notes(store, 7)
    local = _orm_events(store)
    assert push(store, center, apply_central=False) == len(local)
    assert _local_numbers(store) == _central_numbers(center)
    assert None not in _local_numbers(store).values()
    assert store.setting(PUSHED_KEY) == local[-1].seq
    with Session(center) as s:
        rows = s.execute(select(Event.id, Event.payload).where(Event.window_code == "03"))
        payloads = {event_id: payload for event_id, payload in rows}
    assert payloads == {e.id: e.payload for e in local}
    assert push(store, center, apply_central=False) == 0
    store.close()


@pytest.mark.pg
def test_events_the_center_already_holds_get_its_numbers_back(
    center: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "PUSH_BATCH", 5)
    store = _window(tmp_path)
    _notes(store, 9)

    def lost_answer() -> None:
        raise ConnectionError("the answer never came back")

    with pytest.raises(ConnectionError):
        push(store, center, apply_central=False, after_central_commit=lost_answer)
    assert set(_local_numbers(store).values()) == {None}
    assert push(store, center, apply_central=False) == len(_orm_events(store)) - 5
    assert _local_numbers(store) == _central_numbers(center)
    store.close()


@pytest.mark.pg
def test_an_edited_event_in_a_later_batch_is_refused_and_earlier_ones_are_kept(
    center: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "PUSH_BATCH", 3)
    store = _window(tmp_path)
    _notes(store, 10)
    edited = _orm_events(store)[7].seq
    with store.write() as s:
        s.execute(
            text("UPDATE event SET payload = json_set(payload, '$.n', 99) WHERE seq = :seq"),
            {"seq": edited},
        )
    with pytest.raises(SyncRejected):
        push(store, center, apply_central=False)
    kept = (edited - 1) // 3 * 3  # the batches before the edited event's
    with Session(center) as s:
        rejection = s.scalar(select(SyncRejection))
        assert rejection is not None and (rejection.problem, rejection.seq) == ("hash", edited)
        assert s.scalar(select(Event.seq).order_by(Event.seq.desc()).limit(1)) == kept
    assert store.setting(PUSHED_KEY) == kept
    with store.read() as s:
        numbered = s.scalars(select(Event.seq).where(Event.central_seq.is_not(None))).all()
    assert sorted(numbered) == list(range(1, kept + 1))
    store.close()
