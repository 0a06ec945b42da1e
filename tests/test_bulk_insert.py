"""models.bulk.insert_rows must store exactly what SQLAlchemy's own insert stores.

Queries compare stored text (dates, ids) in SQL, so "reads back the same" is not
enough on SQLite: the stored values themselves must be identical.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, Table, insert, select, text

from models.bulk import insert_rows
from models.cases import Case
from models.db import server_engine, sqlite_engine
from models.journal import Event

SHANGHAI = timezone(timedelta(hours=8))


def rows() -> list[dict[str, Any]]:
    full = {c.key: None for c in Case.__table__.columns}
    first = {
        **full,
        "id": uuid.UUID("01a21e42-ddb8-7d66-986c-5296b3503dd3"),
        "case_no": "320117-03-20261102-0003",
        "item_id": uuid.uuid4(),
        "applicant_id": uuid.uuid4(),
        "window_code": "03",
        "clerk": "王静",
        "status": "accepted",
        "received_at": datetime(2026, 11, 2, 10, 0, 0, 123456, tzinfo=SHANGHAI),
        "accepted_at": datetime(2026, 11, 2, 2, 5, tzinfo=UTC),
        "due_date": date(2026, 11, 9),
        "reason": "",
        "legal_basis": "",
        "draft": {"备注": "第一行\n第二行", "n": [1, 2]},
        "updated_at": datetime(2026, 11, 2, 2, 5, tzinfo=UTC),
        "decision": "",
        "decision_reason": "",
        "decision_basis": "",
        "forwarded_to": "",
        "forward_ref": "",
    }
    second = {**first, "id": uuid.uuid4(), "case_no": "320117-03-20261102-0004", "draft": {}}
    second.update(applicant_id=None, accepted_at=None, due_date=None, status="incomplete")
    return [first, second]


def stored(engine: Engine, table: str, order: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY {order}'))]


def both_ways(make_engine: Any, tmp: Any) -> tuple[Engine, Engine]:
    engines = []
    for name in ("core", "bulk"):
        engine = make_engine(name)
        meta = MetaData()
        Table("case", meta, *[c._copy() for c in Case.__table__.columns])
        Table("event", meta, *[c._copy() for c in Event.__table__.columns])
        meta.create_all(engine)
        engines.append(engine)
    return engines[0], engines[1]


def fill(core: Engine, bulk: Engine, table: Table, data: list[dict[str, Any]]) -> None:
    with core.begin() as conn:
        conn.execute(insert(table), data)
    with bulk.begin() as conn:
        insert_rows(conn, table, data)


def event_rows() -> list[dict[str, Any]]:
    return [
        {
            "id": uuid.uuid4(),
            "window_code": "03",
            "seq": n,
            "kind": "case.accepted",
            "payload": {"case_no": f"C{n}", "材料": [{"position": 1}], "none": None},
            "case_no": f"C{n}" if n % 2 else None,
            "clerk": "王静",
            "occurred_at": datetime(2026, 11, 2, 10, n, tzinfo=SHANGHAI),
            "prev_hash": "0" * 64,
            "hash": f"{n:064d}",
            "central_seq": n if n % 3 else None,
        }
        for n in range(1, 6)
    ]


def test_sqlite_stores_the_same_values_as_core(tmp_path: Path) -> None:
    core, bulk = both_ways(lambda name: sqlite_engine(tmp_path / f"{name}.db"), tmp_path)
    cases = rows()
    fill(core, bulk, Case.__table__, cases)
    fill(core, bulk, Event.__table__, event_rows())
    assert stored(bulk, "case", "case_no") == stored(core, "case", "case_no")
    assert stored(bulk, "event", "seq") == stored(core, "event", "seq")
    with bulk.connect() as conn:  # and the ORM types read them back as they went in
        back = conn.execute(select(Case.__table__).order_by(Case.__table__.c.case_no)).mappings()
        assert [dict(r) for r in back] == cases


@pytest.mark.pg
def test_postgresql_stores_the_same_values_as_core(pg_url: str) -> None:
    core = server_engine(pg_url)
    with core.begin() as conn:
        conn.execute(text("CREATE SCHEMA bulk"))
    bulk = server_engine(pg_url, connect_args={"options": "-c search_path=bulk"})
    try:
        core, bulk = both_ways(lambda name: core if name == "core" else bulk, None)
        fill(core, bulk, Case.__table__, rows())
        fill(core, bulk, Event.__table__, event_rows())
        assert stored(bulk, "case", "case_no") == stored(core, "case", "case_no")
        assert stored(bulk, "event", "seq") == stored(core, "event", "seq")
    finally:
        core.dispose()
        bulk.dispose()
