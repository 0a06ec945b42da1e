"""The window's database: WAL and foreign keys, refusal of files that are not ours,
migrations on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from desktop.config import DB_NAME
from desktop.errors import DomainError
from desktop.store import Store, WindowIdentity, record
from models.base import Base
from models.db import head_revision, server_engine, upgrade
from models.journal import Event, verify_chains


def test_sqlite_runs_in_wal_with_foreign_keys(ready_store: Store) -> None:
    with ready_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _refused(data_dir: Path) -> DomainError:
    with pytest.raises(DomainError) as info:
        Store(data_dir)
    return info.value


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(b"these are somebody's notes, not a database\n" * 10)
    before = path.read_bytes()
    err = _refused(tmp_path)
    assert err.code == "db.foreign"
    assert str(path) in err.message and "不是一窗通的数据库" in err.message
    assert path.read_bytes() == before


def test_a_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE event (id INTEGER PRIMARY KEY, body TEXT)")
    con.executemany("INSERT INTO event (body) VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # trash pages after the header
    path.write_bytes(bytes(data))
    err = _refused(tmp_path)
    assert err.code == "db.corrupt"
    assert str(path) in err.message
    assert path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    before = path.read_bytes()
    assert _refused(tmp_path).code == "db.foreign"
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(ready_store: Store, tmp_path: Path) -> None:
    with ready_store.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    ready_store.close()
    err = _refused(ready_store.data_dir)
    assert err.code == "db.newer" and "升级" in err.message


def test_a_data_directory_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the directory should be")
    err = _refused(blocker / "window03")
    assert err.code == "data_dir.unwritable"
    assert str(blocker / "window03") in err.message


def test_migrations_build_the_same_tables_as_the_models(ready_store: Store) -> None:
    with ready_store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables


@pytest.mark.pg
def test_migrations_run_on_postgresql_and_the_chain_verifies_there(pg_url: str) -> None:
    engine = server_engine(pg_url)
    first = upgrade(engine, "central")
    assert first.before is None and first.after == head_revision()
    again = upgrade(engine, "central")
    assert again.before == head_revision()
    with engine.connect() as conn:
        assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
    ident = WindowIdentity("320117", "南京市溧水区行政服务中心", "03")
    with Session(engine) as s, s.begin():
        for i in range(3):
            record(s, ident, "test.note", {"n": i, "名": "张三"}, clerk="admin")
    with Session(engine) as s:
        assert verify_chains(s) == []
        assert len(s.scalars(select(Event)).all()) == 3
    engine.dispose()
