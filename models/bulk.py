"""Many rows into one table with one ``executemany`` (COPY on PostgreSQL), converted
once per column.

SQLAlchemy's own executemany builds a parameter dictionary per row and walks every
bind processor through its general machinery: about ten microseconds a row, which is
most of a pull of ten thousand events once the ORM is out of the way. Here each value
goes through its column type's own bind processor (the same conversion SQLAlchemy
applies: UUIDs, aware datetimes, JSON), and the driver receives plain tuples.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import JSON, Table, insert
from sqlalchemy.engine import Connection, Dialect

_Convert = Callable[[Mapping[str, Any]], Any]
_PLANS: dict[tuple[str, str, frozenset[str]], tuple[str, _Convert]] = {}


def _plan(table: Table, dialect: Dialect, verbatim: frozenset[str]) -> tuple[str, _Convert]:
    """The INSERT statement and a function that turns one row into the driver's parameters,
    built once per table: a row is converted in one call, not one call per column."""
    key = (table.name, dialect.name, verbatim)
    plan = _PLANS.get(key)
    if plan is None:
        compiled = insert(table).compile(dialect=dialect)
        copy = dialect.name == "postgresql"
        positional = bool(compiled.positional) or copy
        names = (
            list(compiled.positiontup or [])
            if compiled.positional
            else [c.key for c in table.columns]
        )
        columns = {c.key: c for c in table.columns}
        scope: dict[str, Any] = {}
        parts = []
        for i, name in enumerate(names):
            column = columns[name]
            processor = column.type.dialect_impl(dialect).bind_processor(dialect)
            value = f"row[{name!r}]"
            if processor is None or name in verbatim:
                parts.append(value)
                continue
            scope[f"p{i}"] = processor
            if isinstance(column.type, JSON):  # None is written as JSON null, as Core does
                parts.append(f"p{i}({value})")
            else:  # every other processor leaves None as it is: skip the call
                parts.append(f"(None if (v := {value}) is None else p{i}(v))")
        body = (
            f"({', '.join(parts)},)"
            if positional
            else ("{" + ", ".join(f"{n!r}: {v}" for n, v in zip(names, parts, strict=True)) + "}")
        )
        exec(f"def convert(row):\n    return {body}\n", scope)  # noqa: S102
        sql = str(compiled)
        if copy:  # PostgreSQL: COPY, one stream instead of a statement per row
            quote = dialect.identifier_preparer
            sql = (
                f"COPY {quote.format_table(table)} "
                f"({', '.join(quote.quote(columns[n].name) for n in names)}) FROM STDIN"
            )
        plan = _PLANS[key] = (sql, scope["convert"])
    return plan


def insert_rows(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    verbatim: frozenset[str] = frozenset(),
) -> None:
    """Insert rows that each name every column of the table (None where empty).

    Columns in ``verbatim`` hold values already in stored form (a JSON payload's text as
    it arrived), passed to the driver unconverted.
    """
    if not rows:
        return
    sql, convert = _plan(table, conn.dialect, verbatim)
    if not sql.startswith("COPY"):
        conn.exec_driver_sql(sql, [convert(row) for row in rows])
        return
    raw = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(convert(row))


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch of thousands of rows is built.

    Each batch allocates hundreds of thousands of small containers, and the collector
    would walk all of them again and again (about a sixth of a pull's time). Nothing a
    batch makes is cyclic garbage; reference counting still frees everything, and the
    collector resumes when the batch is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def table_of(model: type[Any]) -> Table:
    """A mapped class's table, typed as one (SQLAlchemy types ``__table__`` as a FromClause)."""
    return cast(Table, model.__table__)


__all__ = ["collector_paused", "insert_rows", "table_of"]
