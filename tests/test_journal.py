"""The journal's hash chain shows any later edit, removal or reordering."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop.store import Store, record
from models.journal import Event, verify_chains


def _events(store: Store, n: int) -> None:
    ident = store.require_identity()
    with store.write() as s:
        for i in range(n):
            record(
                s, ident, "test.note", {"n": i, "text": f"第{i}条"}, clerk="admin", case_no=f"C{i}"
            )


def test_chain_holds_for_untouched_journal(ready_store: Store) -> None:
    _events(ready_store, 5)
    with ready_store.read() as s:
        assert verify_chains(s) == []
        seqs = s.scalars(select(Event.seq).order_by(Event.seq)).all()
    assert seqs == list(range(1, len(seqs) + 1))


def test_edited_payload_is_found(ready_store: Store) -> None:
    _events(ready_store, 5)
    with ready_store.write() as s:
        target = s.scalars(
            select(Event).where(Event.kind == "test.note").order_by(Event.seq)
        ).all()[2]
        seq = target.seq
        s.execute(
            text("UPDATE event SET payload = :p WHERE seq = :seq"),
            {"p": '{"n": 99, "text": "x"}', "seq": seq},
        )
    with ready_store.read() as s:
        breaks = verify_chains(s)
    assert [(b.window_code, b.seq, b.problem) for b in breaks] == [("03", seq, "hash")]


def test_removed_event_is_found(ready_store: Store) -> None:
    _events(ready_store, 4)
    with ready_store.write() as s:
        last = s.scalar(select(Event).order_by(Event.seq.desc()))
        assert last is not None
        middle = last.seq - 2
        s.execute(text("DELETE FROM event WHERE seq = :seq"), {"seq": middle})
    with ready_store.read() as s:
        breaks = verify_chains(s)
    assert breaks and breaks[0].seq == middle and breaks[0].problem == "gap"


def test_float_money_is_refused(ready_store: Store) -> None:
    ident = ready_store.require_identity()
    with pytest.raises(TypeError, match="float"):
        with ready_store.write() as s:
            record(s, ident, "fee.collected", {"amount": 80.5})
