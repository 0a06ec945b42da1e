"""A pull applies events in batches, with new rows written in bulk (desktop/projection_rows.py).

Whatever the batch size, the read models must come out exactly as applying the same
events one at a time makes them: every column of every read-model table.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.central import EventData, apply_arrived
from desktop.projection import HALL_WIDE_PREFIXES, apply_event
from desktop.store import Store
from models.base import Base
from models.journal import Event
from tests.test_projection import busy_day
from tests.test_projection_cases import busy_life

# The journal and sync bookkeeping are not read models; settings hold per-machine state.
NOT_READ_MODELS = {"event", "journal_head", "setting", "sync_conflict", "alembic_version"}
# Ids a projector draws at random for rows no event names (a case's material lines).
RANDOM_IDS = {("case_material", "id")}
# When this machine last wrote the row (onupdate=utcnow), not a time any event carries.
MACHINE_TIME = "updated_at"


def read_models(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with store.read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_READ_MODELS:
                continue
            cols = [
                c
                for c in table.columns
                if (table.name, c.key) not in RANDOM_IDS and c.key != MACHINE_TIME
            ]
            rows = s.execute(select(*cols)).all()
            dump[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return dump


def journal(store: Store) -> list[EventData]:
    with store.read() as s:
        return [EventData.of(e) for e in s.scalars(select(Event).order_by(Event.seq))]


def one_at_a_time(target: Store, events: list[EventData]) -> None:
    with target.write() as s:
        for ev in events:
            apply_event(s, ev, hall_wide_from=None)
            s.flush()


def two_windows(tmp_path: Path, events: list[EventData]) -> tuple[Store, Store]:
    """Two empty machines holding the same catalog and accounts (the same row ids), as the
    center would have sent them."""
    base = Store(tmp_path / "base")
    one_at_a_time(base, [e for e in events if e.kind.startswith(HALL_WIDE_PREFIXES)])
    base.close()
    shutil.copytree(base.data_dir, tmp_path / "single")
    shutil.copytree(base.data_dir, tmp_path / "batched")
    return Store(tmp_path / "single"), Store(tmp_path / "batched")


def window_work(events: list[EventData]) -> list[EventData]:
    return [e for e in events if not e.kind.startswith(HALL_WIDE_PREFIXES)]


def in_batches(target: Store, events: list[EventData], size: int) -> int:
    rest = window_work(events)
    conflicts = 0
    for start in range(0, len(rest), size):
        with target.write() as s:
            conflicts += apply_arrived(s, rest[start : start + size])
    return conflicts


@pytest.mark.parametrize("size", [1, 3, 1000])
def test_any_batch_size_builds_what_single_events_build(
    ready_store: Store, tmp_path: Path, size: int
) -> None:
    busy_day(ready_store)
    busy_life(ready_store)
    events = journal(ready_store)
    single, batched = two_windows(tmp_path, events)
    one_at_a_time(single, window_work(events))
    assert in_batches(batched, events, size) == 0
    expected = read_models(single)
    assert len(expected["case"]) >= 10 and len(expected["case_material"]) > 50
    assert len(expected["case_pause"]) == 1 and len(expected["case_task"]) == 3
    assert read_models(batched) == expected


def test_a_batch_applied_twice_changes_nothing(ready_store: Store, tmp_path: Path) -> None:
    busy_day(ready_store)
    busy_life(ready_store)
    events = journal(ready_store)
    _, target = two_windows(tmp_path, events)
    in_batches(target, events, 1000)
    before = read_models(target)
    with target.write() as s:
        apply_arrived(s, window_work(events))
    assert read_models(target) == before
