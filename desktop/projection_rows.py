"""New read-model rows of a batch of arriving events, written with one statement per table.

A pull brings thousands of events, most of them creating applicants and cases with their
material lists. Made as ORM objects, each row costs a constructor, attribute events and
a unit-of-work flush: about a tenth of a millisecond apiece, the bulk of a pull. Within a
batch (see ``batch``) the creating projectors make a ``NewRow`` instead: plain attributes,
carrying every column with its default, that the projectors of the later steps of the
same case (finished on the spot, accepted after a notice, supplements...) change as they
would change the ORM object. At the end of the batch, or before any projector that needs
real ORM rows, they are inserted by ``executemany`` and forgotten, so from then on the
look-ups load them like any other row.

Only projectors registered with ``bulk=True`` see a ``NewRow``; they read and set column
attributes (and a case's ``materials`` list) and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnDefault, Table
from sqlalchemy.orm import Session

from models.bulk import insert_rows

BATCH_KEY = "projection.new_rows"


class NewRow:
    """A row made in this batch and not yet written: one attribute per column."""

    def __init__(self, table: Table, values: dict[str, Any]) -> None:
        fixed, made = _defaults(table)
        if not fixed.keys() >= values.keys():
            raise TypeError(f"{table.name} has no column {sorted(values.keys() - fixed.keys())}")
        self.__dict__.update(fixed)
        self.__dict__.update(values)
        for key, make in made:
            if key not in values:
                self.__dict__[key] = make()


_Defaults = tuple[dict[str, Any], list[tuple[str, Callable[[], Any]]]]
_DEFAULTS: dict[str, _Defaults] = {}


def _defaults(table: Table) -> _Defaults:
    """Every column's default as the ORM would fill it at insert (None when it has none):
    the fixed ones, and those made per row (new ids, the time, an empty dict)."""
    found = _DEFAULTS.get(table.name)
    if found is None:
        fixed: dict[str, Any] = {}
        made: list[tuple[str, Callable[[], Any]]] = []
        for c in table.columns:
            d = c.default
            if d is None:
                fixed[c.key] = None
            elif not isinstance(d, ColumnDefault):  # a SQL expression: none of our tables has one
                raise TypeError(f"{table.name}.{c.key} has a default NewRow cannot make")
            elif d.is_callable:
                fn = d.arg  # wrapped by SQLAlchemy to take an execution context
                fixed[c.key] = None
                made.append((c.key, lambda fn=fn: fn(None)))  # type: ignore[misc]
            else:
                fixed[c.key] = d.arg
        found = _DEFAULTS[table.name] = (fixed, made)
    return found


@dataclass
class PendingRows:
    """The rows of one batch in insert order: a table's rows go after those they refer to."""

    tables: list[Table]
    rows: dict[str, list[NewRow]] = field(default_factory=dict)
    # Look-up caches (session.info keys) that hold NewRows and must forget them once written.
    caches: set[str] = field(default_factory=set)

    def add(self, table: Table, row: NewRow, cache: str | None = None) -> NewRow:
        self.rows.setdefault(table.name, []).append(row)
        if cache:
            self.caches.add(cache)
        return row

    def __bool__(self) -> bool:
        return any(self.rows.values())


def pending(session: Session) -> PendingRows | None:
    """The current batch's rows, or None outside a batch (one event at a time: ORM rows)."""
    return session.info.get(BATCH_KEY)


def write_pending(session: Session) -> None:
    """Insert what the batch has made so far, and let the caches load it from the table."""
    rows = pending(session)
    if not rows:
        return
    for table in rows.tables:
        made = rows.rows.pop(table.name, None)
        if made:
            insert_rows(session.connection(), table, [r.__dict__ for r in made])
    if any(rows.rows.values()):  # a table missing from the batch's list: never drop rows
        raise RuntimeError(f"new rows of {sorted(rows.rows)} have no place in the batch")
    for name in rows.caches:
        cache = session.info.get(name, {})
        for key in [k for k, v in cache.items() if isinstance(v, NewRow)]:
            del cache[key]
    rows.caches.clear()


@contextmanager
def batch(session: Session, tables: list[Table]) -> Iterator[None]:
    """Apply a batch of events with bulk-written new rows; they are in the tables on exit."""
    if pending(session) is not None:  # nested: the outer batch writes
        yield
        return
    session.info[BATCH_KEY] = PendingRows(tables)
    try:
        yield
        write_pending(session)
    finally:
        session.info.pop(BATCH_KEY, None)


__all__ = ["NewRow", "PendingRows", "batch", "pending", "write_pending"]
