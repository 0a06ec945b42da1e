"""Fee events rebuild the same read models anywhere: on replay, at another window, centrally.

A payment taken at window 03 and voided at the pickup window 31 ends the same on both
windows and at the center; two windows voiding the same payment while apart both keep
their events, the center's order lets the first stand, and the second is flagged for
supervisors on every machine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.accounts import create_account
from desktop.cashier import CountInput, close_day, move_cash, open_day, reopen_day
from desktop.fees import ChargeInput, PaymentInput, Waiver, collect_fee, void_payment
from desktop.projection import Conflict, apply_event
from desktop.store import Store
from desktop.sync import replay_case, sync_once
from models.accounts import Role
from models.cases import Payment
from models.fees import CashierDay, CashMovement, DayClosing, PaymentVoid
from models.journal import Event
from models.settings import Counter
from models.sync import SyncConflict
from tests.test_fees import (
    OP,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    accepted,
    add_people,
    at,
    cash,
)
from tests.test_projection import snapshot


def fee_snapshot(store: Any) -> dict[str, Any]:
    """Every fee read model that events rebuild (the archive of printed PDFs is local)."""
    with store.read() as s:
        payments = {
            p.receipt_no: (
                p.id,
                p.case_id,
                p.case_no,
                p.item_name,
                p.window_code,
                p.clerk,
                p.clerk_name,
                p.day,
                p.total_fen,
                p.method,
                p.reference,
                p.tendered_fen,
                p.change_fen,
                p.payer,
                p.paid_at,
                p.voided_at,
                p.voided_by,
                p.void_reason,
                tuple(
                    (
                        ln.id,
                        ln.position,
                        ln.fee_position,
                        ln.fee_name,
                        ln.mode,
                        ln.basis,
                        ln.quantity_milli,
                        ln.unit,
                        ln.unit_fen,
                        ln.gross_fen,
                        ln.waived_fen,
                        ln.waiver_policy,
                        ln.waiver_reason,
                        ln.amount_fen,
                    )
                    for ln in p.lines
                ),
            )
            for p in s.scalars(select(Payment))
        }
        voids = {
            v.id: (
                v.payment_id,
                v.receipt_no,
                v.case_no,
                v.kind,
                v.amount_fen,
                v.method,
                v.reference,
                v.window_code,
                v.clerk,
                v.clerk_name,
                v.supervisor,
                v.reason,
                v.voided_at,
                v.day,
            )
            for v in s.scalars(select(PaymentVoid))
        }
        days = {
            (d.window_code, d.day): (d.id, d.status, d.float_fen, d.opened_at, d.opened_by)
            for d in s.scalars(select(CashierDay))
        }
        moves = {
            m.id: (m.window_code, m.day, m.direction, m.amount_fen, m.reason, m.clerk, m.moved_at)
            for m in s.scalars(select(CashMovement))
        }
        closings = {
            c.id: (
                c.window_code,
                c.day,
                c.z_no,
                c.closed_at,
                c.closed_by,
                c.figures,
                c.difference_fen,
                c.difference_reason,
                c.reopened_at,
                c.reopened_by,
                c.reopen_reason,
            )
            for c in s.scalars(select(DayClosing))
        }
        counters = {
            c.key: c.value
            for c in s.scalars(select(Counter))
            if c.key.startswith(("receipt:", "zreport:"))
        }
    return {
        "payments": payments,
        "voids": voids,
        "days": days,
        "moves": moves,
        "closings": closings,
        "counters": counters,
    }


def busy_fee_days(store: Store) -> list[str]:
    add_people(store)
    estate = accepted(store)
    road = accepted(store, "城市道路挖掘许可", "李四", "32011719700505005")
    open_day(store, OP, "500", now=at(2, 8, 30))
    first = collect_fee(
        store,
        cash(
            estate,
            ChargeInput(1, "1", Waiver("small_micro", "申请人为个体工商户", "50")),
            ChargeInput(2, "2"),
        ),
        OP,
        now=at(2, 9),
    )
    card = collect_fee(
        store,
        PaymentInput(road, (ChargeInput(1, "3.25"),), "card", "溧水建工", reference="88002211"),
        OP,
        now=at(2, 10),
    )
    move_cash(store, OP, "out", "300", "中午解缴银行", now=at(2, 12))
    void_payment(
        store,
        card.payment.receipt_no,
        OP,
        reason="刷卡金额有误",
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        now=at(2, 13),
    )
    close_day(
        store,
        OP,
        CountInput({10000: 6, 1000: 7}),
        confirm_difference=True,
        difference_reason="清点无误待核",
        now=at(2, 17),
    )
    reopen_day(
        store,
        OP,
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        reason="补收漏收款项",
        now=at(2, 17, 10),
    )
    collect_fee(
        store,
        PaymentInput(estate, (ChargeInput(2),), "mobile", "张三", reference="4200001234567890"),
        OP,
        now=at(2, 17, 15),
    )
    close_day(
        store,
        OP,
        CountInput({10000: 6, 1000: 7}, "0", "10"),
        confirm_difference=True,
        difference_reason="点钞差额待查",
        now=at(2, 17, 30),
    )
    open_day(store, OP, "0", now=at(3, 8, 30))
    void_payment(
        store,
        first.payment.receipt_no,
        OP,
        reason="申请人撤回申请",
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        now=at(3, 9),
    )
    return [estate, road]


def test_replaying_the_journal_rebuilds_the_fee_read_models(
    ready_store: Store, tmp_path: Path
) -> None:
    busy_fee_days(ready_store)
    before = fee_snapshot(ready_store)
    assert len(before["payments"]) == 3 and len(before["voids"]) == 2
    assert len(before["closings"]) == 2 and before["counters"] == {
        "receipt:03:2026": 3,
        "zreport:03": 2,
    }
    target = Store(tmp_path / "empty")
    with ready_store.read() as s:
        events = s.scalars(select(Event).order_by(Event.seq)).all()
    with target.write() as s:
        for ev in events:
            apply_event(s, ev, hall_wide_from=None)
            s.flush()
    assert fee_snapshot(target) == before
    assert snapshot(target)["cases"] == snapshot(ready_store)["cases"]
    with target.write() as s:  # a second time changes nothing
        for ev in events:
            try:
                apply_event(s, ev, hall_wide_from=None)
            except Conflict:
                pass
            s.flush()
    assert fee_snapshot(target) == before


def test_a_case_rebuilt_by_sync_keeps_its_payments(ready_store: Store) -> None:
    estate, road = busy_fee_days(ready_store)
    before = fee_snapshot(ready_store)
    with ready_store.write() as s:
        replay_case(s, estate)
        replay_case(s, road)
    assert fee_snapshot(ready_store) == before


# -- two windows and the center (real PostgreSQL) ----------------------------------------------------
def _supervisor(store: Store) -> None:
    with store.write() as s:
        create_account(
            s,
            store.require_identity(),
            username=SUPERVISOR,
            display_name="陈静",
            role=Role.SUPERVISOR,
            password=SUPERVISOR_PASSWORD,
            by="admin",
        )


def _comparable(snap: dict[str, Any]) -> dict[str, Any]:
    return snap


@pytest.mark.pg
def test_a_payment_at_03_and_its_refund_at_31_converge(pg_url: str, tmp_path: Path) -> None:
    from tests.test_sync import central_snapshot, make_hall

    hall = make_hall(pg_url, tmp_path, ("03", "31"))
    for store in hall.values():
        _supervisor(store)
    case_no = accepted(hall["03"])
    open_day(hall["03"], OP, "500", now=at(2, 8, 30))
    paid = collect_fee(hall["03"], cash(case_no), OP, now=at(2, 10))
    sync_once(hall["03"])
    sync_once(hall["31"])
    open_day(hall["31"], OP, "1000", now=at(2, 14))
    void_payment(
        hall["31"],
        paid.payment.receipt_no,
        OP,
        reason="申请人撤回申请，在31号窗口退费",
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        now=at(2, 15),
    )
    sync_once(hall["31"])
    sync_once(hall["03"])
    snaps = [fee_snapshot(hall["03"]), fee_snapshot(hall["31"])]
    assert snaps[0] == snaps[1]
    central = _central_fees(pg_url)
    assert central == snaps[0]
    (void,) = snaps[0]["voids"].values()
    assert void[3] == "refund" and void[7] == "31"
    assert set(snaps[0]["days"]) == {("03", at(2).date()), ("31", at(2).date())}
    assert comparable_cases(hall) and central_snapshot(pg_url)["cases"].keys() == {case_no}


def comparable_cases(hall: dict[str, Store]) -> bool:
    return snapshot(hall["03"])["cases"] == snapshot(hall["31"])["cases"]


def _central_fees(pg_url: str) -> dict[str, Any]:
    from sqlalchemy.orm import Session

    from desktop.central import central_engine

    class Central:
        def __init__(self) -> None:
            self.engine = central_engine(pg_url)

        def read(self) -> Session:
            return Session(self.engine)

    c = Central()
    try:
        return fee_snapshot(c)
    finally:
        c.engine.dispose()


@pytest.mark.pg
def test_two_windows_voiding_the_same_payment_offline(pg_url: str, tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from desktop.central import central_engine
    from tests.test_sync import make_hall

    hall = make_hall(pg_url, tmp_path, ("03", "31"))
    for store in hall.values():
        _supervisor(store)
    case_no = accepted(hall["03"])
    open_day(hall["03"], OP, "0", now=at(2, 8, 30))
    paid = collect_fee(hall["03"], cash(case_no, tendered="550"), OP, now=at(2, 10))
    sync_once(hall["03"])
    sync_once(hall["31"])
    open_day(hall["31"], OP, "0", now=at(2, 8, 40))
    # The network is down: both windows void the same receipt.
    for code, hour in (("03", 11), ("31", 12)):
        void_payment(
            hall[code],
            paid.payment.receipt_no,
            OP,
            reason=f"{code}号窗口作废：申请人要求退费",
            supervisor=SUPERVISOR,
            supervisor_password=SUPERVISOR_PASSWORD,
            now=at(2, hour),
        )
    sync_once(hall["03"])  # reaches the center first
    sync_once(hall["31"])
    sync_once(hall["03"])
    snaps = [fee_snapshot(hall["03"]), fee_snapshot(hall["31"]), _central_fees(pg_url)]
    assert snaps[0] == snaps[1] == snaps[2]
    (void,) = snaps[0]["voids"].values()
    assert void[7] == "03"  # the first void stands

    def flagged(session_factory: Any) -> list[tuple[str, str, str | None]]:
        with session_factory() as s:
            return sorted(
                (c.window_code, c.kind, c.case_no) for c in s.scalars(select(SyncConflict))
            )

    engine = central_engine(pg_url)
    expected = [("31", "fee.voided", case_no)]
    assert (
        flagged(hall["03"].read)
        == flagged(hall["31"].read)
        == flagged(lambda: Session(engine))
        == expected
    )
    engine.dispose()
    with hall["31"].read() as s:
        reason = s.scalars(select(SyncConflict)).one().reason_zh
    assert paid.payment.receipt_no in reason and "03 号窗口" in reason
