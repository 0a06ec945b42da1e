"""Opening databases: the window's SQLite file (WAL, foreign keys) and the central PostgreSQL.

A file that is not ours, is damaged, or was written by a newer version is refused with
a message naming it; it is never overwritten or "repaired".
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables whose presence shows a database is one of ours even before alembic_version exists.
OUR_MARKER_TABLES = {"alembic_version", "event", "service_item"}


class DatabaseProblem(Exception):
    """A database that cannot be used as it is; ``kind`` says why, ``path`` which one."""

    def __init__(self, kind: str, path: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {path} {detail}".strip())
        self.kind = kind  # "corrupt" | "foreign" | "newer" | "unwritable" | "unreachable"
        self.path = path
        self.detail = detail


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Transactions are begun by hand below; pysqlite's own implicit BEGIN would defeat that.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, is damaged, or belongs to another program."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise DatabaseProblem("foreign", str(path), "not an SQLite database")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem("corrupt", str(path), str(exc)) from exc
    if not result or result[0] != "ok":
        raise DatabaseProblem("corrupt", str(path), str(result[0] if result else ""))
    if tables and not (tables & OUR_MARKER_TABLES):
        raise DatabaseProblem("foreign", str(path), "holds tables of another program")


def sqlite_engine(path: Path, *, write: bool = True) -> Engine:
    """An engine on the window's file; the write engine takes the lock at BEGIN.

    BEGIN IMMEDIATE means two writers queue instead of failing half-way when one of
    them upgrades a read lock; readers use a second engine with deferred BEGIN, so a
    long export never holds up the clerk's next save.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        pool_pre_ping=False,
        json_serializer=json_text,
        json_deserializer=json_value,
    )
    event.listen(engine, "connect", _sqlite_pragmas)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def server_engine(url: str, **kwargs: Any) -> Engine:
    """An engine on a PostgreSQL URL; libpq options such as sslmode pass through the URL."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return create_engine(
        url,
        pool_pre_ping=True,
        json_serializer=json_text,
        json_deserializer=json_value,
        **kwargs,
    )


def json_text(value: Any) -> str:
    """JSON columns (the journal's payloads above all) written by orjson: a pull stores
    thousands of payloads at once. Keys are sorted, so a payload's stored text is the one
    its event's hash covers (models.journal.canonical_bytes_with_payload_text) and travels
    as it is; non-string keys are written as strings, as the standard module does."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SORT_KEYS).decode()


def json_value(text: str | bytes | float) -> Any:
    """The reverse of json_text. A JSON column's declared type gives it numeric affinity
    in SQLite, which hands a stored bare number back as a number, not as text."""
    if isinstance(text, int | float):
        return text
    return orjson.loads(text)


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str


def upgrade(engine: Engine, label: str) -> UpgradeResult:
    """Bring a database to the newest schema; refuse one written by a newer version."""
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    with engine.connect() as conn:
        before = current_revision(conn)
        tables = set(inspect(conn).get_table_names())
    if before is not None and before not in known:
        raise DatabaseProblem("newer", label, f"schema revision {before}")
    if before is None and tables - {"alembic_version"} and not (tables & OUR_MARKER_TABLES):
        raise DatabaseProblem("foreign", label, "holds tables of another program")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(before=before, after=head_revision())
