"""Projectors of the fee events: how a payment, a void or a cashier's day made at one
window is rebuilt at another window and at the center (see desktop/projection.py).

Payments and voids are case events: a case rebuilt by desktop/sync.replay_case drops
them first (the cleanup below) and gets them back from its events in the center's order.
That order decides between two windows that voided the same payment while apart: the
first void stands, the second is a Conflict, kept in the journal and shown to
supervisors.

Rows added in this unit of work are looked up through caches in ``session.info``: a
pull applies its batch without flushing, and a query would not see them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.projection import (
    JOURNAL_ONLY,
    Conflict,
    _require_case,
    case_cleanup,
    projects,
)
from models.cases import Case, Payment, PaymentLine
from models.fees import CashierDay, CashMovement, DayClosing, PaymentVoid
from models.journal import JournalEvent
from models.settings import Counter

# Printing leaves a trace (hash and path of the archived PDF) but no read model: the
# archive is the printing window's own.
JOURNAL_ONLY.update({"fee.document_printed", "fee.document_reprinted"})

_PAYMENTS = "projection.fee_payments"
_VOIDS = "projection.fee_voids"  # payment id -> PaymentVoid
_DAYS = "projection.fee_days"
_COUNTERS = "projection.fee_counters"


def _mine(session: Session, name: str) -> dict[Any, Any]:
    """A look-up kept for one unit of work (keys are ids or (window, day))."""
    cache: dict[Any, Any] = session.info.setdefault(name, {})
    return cache


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _payment(session: Session, payment_id: uuid.UUID) -> Payment | None:
    cache = _mine(session, _PAYMENTS)
    if payment_id in cache:
        return cache[payment_id]  # type: ignore[no-any-return]
    row = session.get(Payment, payment_id)
    if row is not None:
        cache[payment_id] = row
    return row


def _void_of(session: Session, payment_id: uuid.UUID) -> PaymentVoid | None:
    cache = _mine(session, _VOIDS)
    if payment_id in cache:
        return cache[payment_id]  # type: ignore[no-any-return]
    row = session.scalar(select(PaymentVoid).where(PaymentVoid.payment_id == payment_id))
    if row is not None:
        cache[payment_id] = row
    return row


def _raise_counter(session: Session, key: str, value: int) -> None:
    """Keep a sequence at least at a number already used, so a window rebuilt from the
    journal never hands out a receipt or Z number twice."""
    cache = _mine(session, _COUNTERS)
    row = cache.get(key) or session.get(Counter, key)
    if row is None:
        row = Counter(key=key, value=value)
        session.add(row)
    elif row.value < value:
        row.value = value
    cache[key] = row


@case_cleanup
def _drop_payments(session: Session, case: Case) -> None:
    ids = list(
        session.scalars(
            select(Payment.id).where(
                (Payment.case_id == case.id) | (Payment.case_no == case.case_no)
            )
        )
    )
    payments, voids = _mine(session, _PAYMENTS), _mine(session, _VOIDS)
    for pid in ids:
        payments.pop(pid, None)
        voids.pop(pid, None)
    if ids:
        session.execute(delete(PaymentVoid).where(PaymentVoid.payment_id.in_(ids)))
        session.execute(delete(PaymentLine).where(PaymentLine.payment_id.in_(ids)))
        session.execute(delete(Payment).where(Payment.id.in_(ids)))


@projects("fee.collected")
def _collected(session: Session, event: JournalEvent) -> None:
    p = event.payload
    payment_id = uuid.UUID(p["payment_id"])
    if _payment(session, payment_id) is not None:
        return
    clash = session.scalar(select(Payment.id).where(Payment.receipt_no == p["receipt_no"]))
    if clash is not None:
        raise Conflict(
            f"收据号 {p['receipt_no']} 已被另一笔收费使用，本笔收费未应用。",
            f"Receipt number {p['receipt_no']} belongs to another payment; this one was not applied.",
        )
    case = _require_case(session, p["case_no"])
    paid_at = _dt(p["paid_at"])
    payment = Payment(
        id=payment_id,
        receipt_no=p["receipt_no"],
        case_id=case.id,
        case_no=p["case_no"],
        item_name=p.get("item_name", ""),
        window_code=event.window_code,
        clerk=event.clerk,
        clerk_name=p.get("clerk_name", ""),
        day=date.fromisoformat(p["day"]) if p.get("day") else None,
        total_fen=int(p["total_fen"]),
        method=p["method"],
        reference=p.get("reference", ""),
        tendered_fen=p.get("tendered_fen"),
        change_fen=p.get("change_fen"),
        payer=p.get("payer", ""),
        paid_at=paid_at,
    )
    payment.lines = [
        PaymentLine(
            id=uuid.UUID(line["id"]),
            position=line["position"],
            fee_position=line["fee_position"],
            fee_name=line["fee_name"],
            mode=line["mode"],
            basis=line.get("basis", ""),
            quantity_milli=line["quantity_milli"],
            unit=line["unit"],
            unit_fen=line["unit_fen"],
            gross_fen=line["gross_fen"],
            waived_fen=line["waived_fen"],
            waiver_policy=line.get("waiver_policy", ""),
            waiver_reason=line.get("waiver_reason", ""),
            amount_fen=line["amount_fen"],
        )
        for line in p["lines"]
    ]
    session.add(payment)
    _mine(session, _PAYMENTS)[payment_id] = payment
    year = int(p["receipt_no"].split("-")[2])
    _raise_counter(session, f"receipt:{event.window_code}:{year}", int(p["receipt_seq"]))


@projects("fee.voided")
def _voided(session: Session, event: JournalEvent) -> None:
    p = event.payload
    void_id = uuid.UUID(p["void_id"])
    payment_id = uuid.UUID(p["payment_id"])
    existing = _void_of(session, payment_id)
    if existing is not None:
        if existing.id == void_id:
            return  # already applied
        raise Conflict(
            f"收据 {p['receipt_no']} 已由 {existing.window_code} 号窗口"
            f"{'作废' if existing.kind == 'void' else '退费'}，"
            f"{event.window_code} 号窗口的这次{'作废' if p['kind'] == 'void' else '退费'}未应用，请负责人核实退款。",
            f"Receipt {p['receipt_no']} was already voided or refunded at window "
            f"{existing.window_code}; this one from window {event.window_code} was not "
            "applied. A supervisor must check the money returned.",
        )
    payment = _payment(session, payment_id)
    if payment is None:
        raise Conflict(
            f"收据 {p['receipt_no']} 尚未到达本机，作废未应用。",
            f"Receipt {p['receipt_no']} has not reached this machine; the void was not applied.",
        )
    voided_at = _dt(p["voided_at"])
    void = PaymentVoid(
        id=void_id,
        payment_id=payment_id,
        receipt_no=p["receipt_no"],
        case_no=p.get("case_no", ""),
        kind=p["kind"],
        amount_fen=int(p["amount_fen"]),
        method=p["method"],
        reference=p.get("reference", ""),
        window_code=event.window_code,
        clerk=event.clerk,
        clerk_name=p.get("clerk_name", ""),
        supervisor=p["supervisor"],
        reason=p["reason"],
        voided_at=voided_at,
        day=date.fromisoformat(p["day"]),
    )
    session.add(void)
    _mine(session, _VOIDS)[payment_id] = void
    payment.voided_at, payment.voided_by, payment.void_reason = (
        voided_at,
        p["supervisor"],
        p["reason"],
    )


# -- the cashier's day ------------------------------------------------------------------------
def _cashday(session: Session, window: str, day: date) -> CashierDay | None:
    cache = _mine(session, _DAYS)
    key = (window, day)
    if key in cache:
        return cache[key]  # type: ignore[no-any-return]
    row = session.scalar(
        select(CashierDay).where(CashierDay.window_code == window, CashierDay.day == day)
    )
    if row is not None:
        cache[key] = row
    return row


def _require_cashday(session: Session, event: JournalEvent) -> CashierDay:
    day = date.fromisoformat(event.payload["day"])
    row = _cashday(session, event.window_code, day)
    if row is None:
        raise Conflict(
            f"{event.window_code} 号窗口 {day} 的开班记录尚未到达本机。",
            f"The opening of window {event.window_code}'s day {day} has not reached this machine.",
        )
    return row


@projects("cashday.opened")
def _opened(session: Session, event: JournalEvent) -> None:
    p = event.payload
    day = date.fromisoformat(p["day"])
    if _cashday(session, event.window_code, day) is not None:
        return
    row = CashierDay(
        id=uuid.UUID(p["cashday_id"]),
        window_code=event.window_code,
        day=day,
        status="open",
        float_fen=int(p["float_fen"]),
        opened_at=_dt(p["opened_at"]),
        opened_by=event.clerk,
    )
    session.add(row)
    _mine(session, _DAYS)[(event.window_code, day)] = row


@projects("cashday.cash_moved")
def _moved(session: Session, event: JournalEvent) -> None:
    p = event.payload
    movement_id = uuid.UUID(p["movement_id"])
    seen: dict[Any, Any] = _mine(session, "projection.fee_moves")
    if movement_id in seen or session.get(CashMovement, movement_id) is not None:
        return
    _require_cashday(session, event)
    session.add(
        CashMovement(
            id=movement_id,
            window_code=event.window_code,
            day=date.fromisoformat(p["day"]),
            direction=p["direction"],
            amount_fen=int(p["amount_fen"]),
            reason=p["reason"],
            clerk=event.clerk,
            moved_at=_dt(p["moved_at"]),
        )
    )
    seen[movement_id] = True


def _closing(session: Session, closing_id: uuid.UUID) -> DayClosing | None:
    cache = _mine(session, "projection.fee_closings")
    if closing_id in cache:
        return cache[closing_id]  # type: ignore[no-any-return]
    row = session.get(DayClosing, closing_id)
    if row is not None:
        cache[closing_id] = row
    return row


@projects("cashday.closed")
def _closed(session: Session, event: JournalEvent) -> None:
    p = event.payload
    closing_id = uuid.UUID(p["closing_id"])
    if _closing(session, closing_id) is not None:
        return
    cashday = _require_cashday(session, event)
    row = DayClosing(
        id=closing_id,
        window_code=event.window_code,
        day=cashday.day,
        z_no=int(p["z_no"]),
        closed_at=_dt(p["closed_at"]),
        closed_by=event.clerk,
        figures=p["figures"],
        difference_fen=int(p["difference_fen"]),
        difference_reason=p.get("difference_reason", ""),
    )
    session.add(row)
    _mine(session, "projection.fee_closings")[closing_id] = row
    cashday.status = "closed"
    _raise_counter(session, f"zreport:{event.window_code}", int(p["z_no"]))


@projects("cashday.reopened")
def _reopened(session: Session, event: JournalEvent) -> None:
    p = event.payload
    closing = _closing(session, uuid.UUID(p["closing_id"]))
    if closing is None:
        raise Conflict(
            f"{event.window_code} 号窗口第 {p['z_no']} 号日结尚未到达本机，重新开启未应用。",
            f"Closing {p['z_no']} of window {event.window_code} has not reached this machine.",
        )
    closing.reopened_at = _dt(p["reopened_at"])
    closing.reopened_by = p["supervisor"]
    closing.reopen_reason = p["reason"]
    cashday = _require_cashday(session, event)
    # Only the latest closing's reopening opens the day; replaying an older one again
    # (a repeated pull) must not undo a later closing.
    latest = max(
        (
            c
            for c in _mine(session, "projection.fee_closings").values()
            if c.window_code == event.window_code and c.day == cashday.day
        ),
        key=lambda c: c.z_no,
        default=closing,
    )
    db_latest = session.scalar(
        select(DayClosing.z_no)
        .where(DayClosing.window_code == event.window_code, DayClosing.day == cashday.day)
        .order_by(DayClosing.z_no.desc())
        .limit(1)
    )
    if max(latest.z_no, db_latest or 0) == closing.z_no:
        cashday.status = "open"
