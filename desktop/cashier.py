"""The clerk's day at the fee window, as trusted point-of-sale systems run it.

开班: the opening float is declared before the first payment. During the day cash may
be paid in or taken out (缴入/取出) with a reason, and an X report printed at any time;
it changes nothing. 日结: the cash is counted note by note (100, 50, 20, 10, 5, 1 元,
5 角, 1 角) and the card and mobile totals read off their settlement slips; each method's
counted amount is set against what the system expects, a difference must be confirmed
with a reason, the Z report is printed and the day is closed. After that no payment is
taken on that day until a supervisor reopens it, which is recorded.

The day is the center's local day (desktop/clock.py) and belongs to one window.
Voids and refunds count on the day and at the window where the money went back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.archive import unit_with_files
from desktop.case_documents import PrintedDocument
from desktop.case_numbers import next_number
from desktop.clock import CENTER_TZ, local_day, local_text, now_utc
from desktop.errors import DomainError
from desktop.fees import (
    METHODS,
    MIN_REASON,
    FeeInvalid,
    _count_docs,
    _doc_path,
    _printed,
    archive_fee_document,
    check_supervisor,
    closings_of,
    day_state,
    letterhead,
    require_open_day,
)
from desktop.money import MAX_TYPED_FEN, format_fen, parse_yuan
from desktop.store import Store, WindowIdentity, record
from models.accounts import Account
from models.base import new_id
from models.cases import Payment
from models.fees import CashierDay, CashMovement, DayClosing, PaymentVoid
from printing.day_report import (
    CashFigures,
    DayReport,
    DenominationCount,
    MethodFigures,
    MovementRow,
    PaymentRow,
    VoidRow,
    render_day_report,
)

# Banknotes and coins in circulation that a window's drawer holds (no 2 元, no 分).
DENOMINATIONS: tuple[tuple[int, str], ...] = (
    (10000, "100元"),
    (5000, "50元"),
    (2000, "20元"),
    (1000, "10元"),
    (500, "5元"),
    (100, "1元"),
    (50, "5角"),
    (10, "1角"),
)
MAX_PIECES = 99_999
MAX_FLOAT_FEN = 100_000 * 100
DIRECTIONS = {"in": ("缴入", "paid in"), "out": ("取出", "taken out")}


# -- figures ----------------------------------------------------------------------------------
@dataclass
class MethodTotals:
    payments: int = 0
    collected_fen: int = 0
    voids: int = 0
    voided_fen: int = 0

    @property
    def net_fen(self) -> int:
        return self.collected_fen - self.voided_fen


@dataclass(frozen=True)
class PaymentLineOfDay:
    receipt_no: str
    paid_at: datetime
    case_no: str
    payer: str
    method: str
    total_fen: int
    void_kind: str  # "" or void/refund
    void_day: date | None
    void_window: str


@dataclass(frozen=True)
class VoidOfDay:
    receipt_no: str
    voided_at: datetime
    kind: str
    method: str
    amount_fen: int
    reason: str
    supervisor: str
    paid_window: str
    paid_day: date | None


@dataclass(frozen=True)
class MovementOfDay:
    moved_at: datetime
    direction: str
    amount_fen: int
    reason: str
    clerk: str


@dataclass(frozen=True)
class DayFigures:
    """Everything the reports say about one window's day, computed from the read models."""

    window_code: str
    day: date
    state: str  # none | open | closed
    float_fen: int
    opened_at: datetime | None
    opened_by: str
    methods: dict[str, MethodTotals]
    paid_in_fen: int
    paid_out_fen: int
    payments: tuple[PaymentLineOfDay, ...]
    voids: tuple[VoidOfDay, ...]
    movements: tuple[MovementOfDay, ...]

    def expected(self, method: str) -> int:
        """What should be in the drawer (cash) or on the settlement slip (card, mobile)."""
        net = self.methods[method].net_fen
        if method == "cash":
            return self.float_fen + net + self.paid_in_fen - self.paid_out_fen
        return net

    @property
    def expected_cash_fen(self) -> int:
        return self.expected("cash")

    @property
    def total_net_fen(self) -> int:
        return sum(m.net_fen for m in self.methods.values())

    def receipt_range(self) -> tuple[str, str, int, int]:
        """(first, last, count, missing) of the receipts this window issued this day."""
        numbers = sorted(p.receipt_no for p in self.payments)
        if not numbers:
            return "", "", 0, 0
        serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
        missing = serials[-1] - serials[0] + 1 - len(serials)
        return numbers[0], numbers[-1], len(numbers), missing


def day_figures(session: Session, window_code: str, day: date) -> DayFigures:
    """The day's payments (taken here), voids and refunds (done here) and cash movements."""
    cashday = session.scalar(
        select(CashierDay).where(CashierDay.window_code == window_code, CashierDay.day == day)
    )
    methods = {m: MethodTotals() for m in METHODS}
    rows = session.execute(
        select(
            Payment.receipt_no,
            Payment.paid_at,
            Payment.case_no,
            Payment.payer,
            Payment.method,
            Payment.total_fen,
            PaymentVoid.kind,
            PaymentVoid.day,
            PaymentVoid.window_code,
        )
        .outerjoin(PaymentVoid, PaymentVoid.payment_id == Payment.id)
        .where(Payment.window_code == window_code, Payment.day == day)
        .order_by(Payment.receipt_no)
    ).all()
    payments = []
    for r in rows:
        totals = methods.setdefault(r.method, MethodTotals())
        totals.payments += 1
        totals.collected_fen += r.total_fen
        payments.append(
            PaymentLineOfDay(
                r.receipt_no,
                r.paid_at,
                r.case_no,
                r.payer,
                r.method,
                r.total_fen,
                r.kind or "",
                r.day,
                r.window_code or "",
            )
        )
    void_rows = session.execute(
        select(PaymentVoid, Payment.window_code, Payment.day)
        .join(Payment, Payment.id == PaymentVoid.payment_id)
        .where(PaymentVoid.window_code == window_code, PaymentVoid.day == day)
        .order_by(PaymentVoid.voided_at)
    ).all()
    voids = []
    for v, paid_window, paid_day in void_rows:
        totals = methods.setdefault(v.method, MethodTotals())
        totals.voids += 1
        totals.voided_fen += v.amount_fen
        voids.append(
            VoidOfDay(
                v.receipt_no,
                v.voided_at,
                v.kind,
                v.method,
                v.amount_fen,
                v.reason,
                v.supervisor,
                paid_window,
                paid_day,
            )
        )
    moves = session.scalars(
        select(CashMovement)
        .where(CashMovement.window_code == window_code, CashMovement.day == day)
        .order_by(CashMovement.moved_at)
    ).all()
    movements = tuple(
        MovementOfDay(m.moved_at, m.direction, m.amount_fen, m.reason, m.clerk) for m in moves
    )
    return DayFigures(
        window_code=window_code,
        day=day,
        state="none" if cashday is None else cashday.status,
        float_fen=cashday.float_fen if cashday else 0,
        opened_at=cashday.opened_at if cashday else None,
        opened_by=cashday.opened_by if cashday else "",
        methods=methods,
        paid_in_fen=sum(m.amount_fen for m in moves if m.direction == "in"),
        paid_out_fen=sum(m.amount_fen for m in moves if m.direction == "out"),
        payments=tuple(payments),
        voids=tuple(voids),
        movements=movements,
    )


@dataclass(frozen=True)
class DayStatus:
    """The fee screen's header: the day's state and its running totals."""

    day: date
    figures: DayFigures
    closings: tuple[dict[str, Any], ...]
    unclosed_days: tuple[date, ...]  # earlier days of this window still open

    @property
    def state(self) -> str:
        return self.figures.state


def day_status(store: Store, day: date | None = None, *, now: datetime | None = None) -> DayStatus:
    ident = store.require_identity()
    day = day or local_day(now or now_utc())
    with store.read() as s:
        figures = day_figures(s, ident.window_code, day)
        closings = tuple(_closing_info(c) for c in closings_of(s, ident.window_code, day))
        unclosed = tuple(
            s.scalars(
                select(CashierDay.day)
                .where(
                    CashierDay.window_code == ident.window_code,
                    CashierDay.status == "open",
                    CashierDay.day < day,
                )
                .order_by(CashierDay.day)
            )
        )
    return DayStatus(day, figures, closings, unclosed)


def _closing_info(c: DayClosing) -> dict[str, Any]:
    return {
        "z_no": c.z_no,
        "closed_at": c.closed_at,
        "closed_by": c.closed_by,
        "difference_fen": c.difference_fen,
        "difference_reason": c.difference_reason,
        "reopened_at": c.reopened_at,
        "reopened_by": c.reopened_by,
        "reopen_reason": c.reopen_reason,
    }


# -- opening, cash in and out ------------------------------------------------------------------
def open_day(
    store: Store, op: Operator, float_amount: str, *, now: datetime | None = None
) -> DayStatus:
    """开班: declare the float in the drawer; payments can be taken after this."""
    now = now or now_utc()
    ident = store.require_identity()
    day = local_day(now)
    float_fen = parse_yuan(
        float_amount or "0", field="float", allow_zero=True, max_fen=MAX_FLOAT_FEN
    )
    with store.write() as s:
        state = day_state(s, ident.window_code, day)
        if state != "none":
            raise DomainError(
                "day.already_open",
                f"{day:%Y-%m-%d} 已开班。" if state == "open" else f"{day:%Y-%m-%d} 已日结。",
                f"The day {day:%Y-%m-%d} is already opened."
                if state == "open"
                else f"The day {day:%Y-%m-%d} is already closed.",
                field="float",
            )
        row = CashierDay(
            id=new_id(),
            window_code=ident.window_code,
            day=day,
            status="open",
            float_fen=float_fen,
            opened_at=now,
            opened_by=op.username,
        )
        s.add(row)
        record(
            s,
            ident,
            "cashday.opened",
            {
                "cashday_id": str(row.id),
                "day": day.isoformat(),
                "float_fen": float_fen,
                "opened_at": now.isoformat(),
            },
            clerk=op.username,
        )
    return day_status(store, day)


def move_cash(
    store: Store,
    op: Operator,
    direction: str,
    amount: str,
    reason: str,
    *,
    now: datetime | None = None,
) -> DayStatus:
    """缴入/取出: cash into or out of the drawer (change fetched, takings banked at noon)."""
    now = now or now_utc()
    ident = store.require_identity()
    day = local_day(now)
    problems: list[DomainError] = []
    if direction not in DIRECTIONS:
        problems.append(
            DomainError(
                "cash.direction",
                "请选择缴入或取出。",
                "Choose paid in or taken out.",
                field="direction",
            )
        )
    fen = 0
    try:
        fen = parse_yuan(amount, field="amount")
    except DomainError as err:
        problems.append(err)
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        problems.append(
            DomainError(
                "cash.reason",
                f"请写明事由（不少于 {MIN_REASON} 个字）。",
                f"Write the reason ({MIN_REASON} characters at least).",
                field="reason",
            )
        )
    if problems:
        raise FeeInvalid(problems)
    with store.write() as s:
        require_open_day(s, ident.window_code, day)
        if direction == "out":
            expected = day_figures(s, ident.window_code, day).expected_cash_fen
            if fen > expected:
                raise FeeInvalid(
                    [
                        DomainError(
                            "cash.overdraw",
                            f"取出 {format_fen(fen)} 多于钱箱应有现金 {format_fen(expected)}。",
                            f"Taking out {format_fen(fen)} is more than the drawer should "
                            f"hold ({format_fen(expected)}).",
                            field="amount",
                        )
                    ]
                )
        row = CashMovement(
            id=new_id(),
            window_code=ident.window_code,
            day=day,
            direction=direction,
            amount_fen=fen,
            reason=reason,
            clerk=op.username,
            moved_at=now,
        )
        s.add(row)
        record(
            s,
            ident,
            "cashday.cash_moved",
            {
                "movement_id": str(row.id),
                "day": day.isoformat(),
                "direction": direction,
                "amount_fen": fen,
                "reason": reason,
                "moved_at": now.isoformat(),
            },
            clerk=op.username,
        )
    return day_status(store, day)


# -- closing ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CountInput:
    """What the clerk counted: pieces per denomination, and the card and mobile slips."""

    pieces: dict[int, int] = field(default_factory=dict)  # value in fen -> count
    card: str = "0"
    mobile: str = "0"


@dataclass(frozen=True)
class MethodCheck:
    method: str
    label: str
    expected_fen: int
    counted_fen: int

    @property
    def difference_fen(self) -> int:
        return self.counted_fen - self.expected_fen


@dataclass(frozen=True)
class ClosingCheck:
    day: date
    checks: tuple[MethodCheck, ...]
    pieces: dict[int, int]

    @property
    def balanced(self) -> bool:
        return all(c.difference_fen == 0 for c in self.checks)

    @property
    def difference_fen(self) -> int:
        return sum(c.difference_fen for c in self.checks)

    def check(self, method: str) -> MethodCheck:
        return next(c for c in self.checks if c.method == method)


def _counted(counts: CountInput) -> tuple[dict[int, int], int, int, int]:
    problems: list[DomainError] = []
    pieces: dict[int, int] = {}
    known = {value for value, _label in DENOMINATIONS}
    for value, n in counts.pieces.items():
        if value not in known:
            problems.append(
                DomainError(
                    "count.denomination",
                    f"没有面额 {format_fen(value)} 的人民币。",
                    f"There is no {format_fen(value)} note or coin.",
                    field="counts",
                )
            )
        elif not isinstance(n, int) or not 0 <= n <= MAX_PIECES:
            label = dict(DENOMINATIONS)[value]
            problems.append(
                DomainError(
                    "count.pieces",
                    f"{label}的张数应为 0–{MAX_PIECES} 的整数。",
                    f"The count of {label} is a whole number from 0 to {MAX_PIECES}.",
                    field=f"count_{value}",
                )
            )
        else:
            pieces[value] = n
    card = mobile = 0
    for key, text in (("card", counts.card), ("mobile", counts.mobile)):
        try:
            value = parse_yuan(
                text or "0", field=f"counted_{key}", allow_zero=True, max_fen=MAX_TYPED_FEN
            )
        except DomainError as err:
            problems.append(err)
            continue
        if key == "card":
            card = value
        else:
            mobile = value
    if problems:
        raise FeeInvalid(problems)
    cash = sum(value * n for value, n in pieces.items())
    return {v: pieces.get(v, 0) for v, _l in DENOMINATIONS}, cash, card, mobile


def check_counts(figures: DayFigures, counts: CountInput) -> ClosingCheck:
    """Expected against counted per method (no database: the closing form calls it per key)."""
    pieces, cash, card, mobile = _counted(counts)
    counted = {"cash": cash, "card": card, "mobile": mobile}
    checks = tuple(MethodCheck(m, METHODS[m][0], figures.expected(m), counted[m]) for m in METHODS)
    return ClosingCheck(figures.day, checks, pieces)


def closing_check(store: Store, counts: CountInput, day: date | None = None) -> ClosingCheck:
    """Expected against counted per method, before anything is saved (the closing form)."""
    ident = store.require_identity()
    day = day or local_day(now_utc())
    with store.read() as s:
        figures = day_figures(s, ident.window_code, day)
    return check_counts(figures, counts)


@dataclass(frozen=True)
class CloseResult:
    check: ClosingCheck
    z_no: int
    report: PrintedDocument


def close_day(
    store: Store,
    op: Operator,
    counts: CountInput,
    *,
    difference_reason: str = "",
    confirm_difference: bool = False,
    day: date | None = None,
    now: datetime | None = None,
) -> CloseResult:
    """日结: record what was counted, the difference and its reason, print the Z report."""
    now = now or now_utc()
    ident = store.require_identity()
    day = day or local_day(now)
    reason = difference_reason.strip()
    with unit_with_files(store) as s:
        state = day_state(s, ident.window_code, day)
        if state != "open":
            raise DomainError(
                "day.not_open_to_close",
                f"{day:%Y-%m-%d} 未开班，无需日结。"
                if state == "none"
                else f"{day:%Y-%m-%d} 已日结。",
                f"The day {day:%Y-%m-%d} was never opened; there is nothing to close."
                if state == "none"
                else f"The day {day:%Y-%m-%d} is already closed.",
                field="day",
            )
        figures = day_figures(s, ident.window_code, day)
        check = check_counts(figures, counts)
        if not check.balanced:
            problems = []
            if not confirm_difference:
                problems.append(
                    DomainError(
                        "close.confirm",
                        f"实点与应有不符（{_over_short(check.difference_fen)}），请核对后确认差额。",
                        f"Counted and expected differ ({_over_short_en(check.difference_fen)}); "
                        "check, then confirm the difference.",
                        field="confirm_difference",
                    )
                )
            if len(reason) < MIN_REASON:
                problems.append(
                    DomainError(
                        "close.reason",
                        f"有差额时须写明原因（不少于 {MIN_REASON} 个字）。",
                        f"A difference needs its reason ({MIN_REASON} characters at least).",
                        field="difference_reason",
                    )
                )
            if problems:
                raise FeeInvalid(problems)
        z_no = next_number(s, f"zreport:{ident.window_code}")
        closing = DayClosing(
            id=new_id(),
            window_code=ident.window_code,
            day=day,
            z_no=z_no,
            closed_at=now,
            closed_by=op.username,
            figures=_closing_figures(figures, check),
            difference_fen=check.difference_fen,
            difference_reason=reason if not check.balanced else "",
        )
        s.add(closing)
        cashday = s.scalar(
            select(CashierDay).where(
                CashierDay.window_code == ident.window_code, CashierDay.day == day
            )
        )
        assert cashday is not None
        cashday.status = "closed"
        s.flush()
        record(
            s,
            ident,
            "cashday.closed",
            {
                "closing_id": str(closing.id),
                "day": day.isoformat(),
                "z_no": z_no,
                "closed_at": now.isoformat(),
                "figures": closing.figures,
                "difference_fen": closing.difference_fen,
                "difference_reason": closing.difference_reason,
            },
            clerk=op.username,
        )
        report = _report(s, ident, figures, op, now, closing=closing)
        pdf = render_day_report(report)
        ref = f"{ident.window_code}-{day:%Y%m%d}-Z{z_no:04d}"
        relative = _doc_path("z_report", ref, day)
        digest, path = archive_fee_document(
            s,
            store,
            ident,
            doc_kind="z_report",
            ref=ref,
            case_no="",
            relative=relative,
            pdf=pdf,
            op=op,
            now=now,
            reprint=False,
            paper="a4",
        )
    return CloseResult(
        check, z_no, _printed(ref, "z_report", "收费日结报表", pdf, digest, path, False)
    )


def _over_short(fen: int) -> str:
    """长款 (more than expected) or 短款 (less): the words a cashier uses."""
    return f"长款 {format_fen(fen)}" if fen > 0 else f"短款 {format_fen(-fen)}"


def _over_short_en(fen: int) -> str:
    return f"{format_fen(fen)} over" if fen > 0 else f"{format_fen(-fen)} short"


def _closing_figures(figures: DayFigures, check: ClosingCheck) -> dict[str, Any]:
    first, last, count, missing = figures.receipt_range()
    return {
        "pieces": {str(v): n for v, n in check.pieces.items()},
        "expected": {c.method: c.expected_fen for c in check.checks},
        "counted": {c.method: c.counted_fen for c in check.checks},
        "collected": {m: t.collected_fen for m, t in figures.methods.items()},
        "voided": {m: t.voided_fen for m, t in figures.methods.items()},
        "payments": {m: t.payments for m, t in figures.methods.items()},
        "voids": {m: t.voids for m, t in figures.methods.items()},
        "float_fen": figures.float_fen,
        "paid_in_fen": figures.paid_in_fen,
        "paid_out_fen": figures.paid_out_fen,
        "first_receipt": first,
        "last_receipt": last,
        "receipts": count,
        "missing_receipts": missing,
    }


def reopen_day(
    store: Store,
    op: Operator,
    *,
    supervisor: str,
    supervisor_password: str,
    reason: str,
    day: date | None = None,
    now: datetime | None = None,
) -> DayStatus:
    """A supervisor reopens a closed day (a payment was missed, a count was wrong)."""
    now = now or now_utc()
    ident = store.require_identity()
    day = day or local_day(now)
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise DomainError(
            "reopen.reason",
            f"请写明重新开启的原因（不少于 {MIN_REASON} 个字）。",
            f"Write why the day is reopened ({MIN_REASON} characters at least).",
            field="reason",
        )
    if not supervisor.strip() or not supervisor_password:
        raise DomainError(
            "reopen.no_supervisor",
            "重新开启已日结的一天须由负责人输入账户和密码。",
            "Reopening a closed day needs a supervisor's account and password.",
            field="supervisor",
        )
    acct = check_supervisor(store, supervisor, supervisor_password)
    with store.write() as s:
        if day_state(s, ident.window_code, day) != "closed":
            raise DomainError(
                "reopen.state",
                f"{day:%Y-%m-%d} 未日结，无需重新开启。",
                f"The day {day:%Y-%m-%d} is not closed.",
                field="day",
            )
        closing = closings_of(s, ident.window_code, day)[-1]
        closing.reopened_at, closing.reopened_by, closing.reopen_reason = (
            now,
            acct.username,
            reason,
        )
        cashday = s.scalar(
            select(CashierDay).where(
                CashierDay.window_code == ident.window_code, CashierDay.day == day
            )
        )
        assert cashday is not None
        cashday.status = "open"
        record(
            s,
            ident,
            "cashday.reopened",
            {
                "closing_id": str(closing.id),
                "day": day.isoformat(),
                "z_no": closing.z_no,
                "supervisor": acct.username,
                "reason": reason,
                "reopened_at": now.isoformat(),
            },
            clerk=op.username,
        )
    return day_status(store, day)


# -- reports -------------------------------------------------------------------------------------
def _names(session: Session, usernames: set[str]) -> dict[str, str]:
    if not usernames:
        return {}
    return {
        a.username: a.display_name
        for a in session.scalars(select(Account).where(Account.username.in_(usernames)))
    }


def _report(
    session: Session,
    ident: WindowIdentity,
    figures: DayFigures,
    op: Operator,
    now: datetime,
    *,
    closing: DayClosing | None = None,
) -> DayReport:
    names = _names(
        session,
        {
            figures.opened_by,
            *(v.supervisor for v in figures.voids),
            *(m.clerk for m in figures.movements),
        }
        | ({closing.closed_by} if closing else set()),
    )

    def name(username: str) -> str:
        return names.get(username, username)

    counted: dict[str, Any] = (closing.figures.get("counted", {}) if closing else {}) or {}
    methods = tuple(
        MethodFigures(
            label=METHODS[m][0],
            payments=t.payments,
            collected_fen=t.collected_fen,
            voids=t.voids,
            voided_fen=t.voided_fen,
            expected_fen=figures.expected(m),
            counted_fen=counted.get(m) if closing else None,
        )
        for m, t in figures.methods.items()
        if m in METHODS
    )
    cash = figures.methods["cash"]
    pieces: dict[str, int] = (closing.figures.get("pieces", {}) if closing else {}) or {}
    first, last, count, missing = figures.receipt_range()
    if count:
        range_text = f"{first} 至 {last.rsplit('-', 1)[1]}，共 {count} 张，" + (
            "连续无缺号" if not missing else f"中间缺 {missing} 个号，请核查"
        )
    else:
        range_text = ""
    notes = []
    for c in closings_of(session, ident.window_code, figures.day):
        if c.reopened_at is not None:
            notes.append(
                f"第 {c.z_no:04d} 号 Z 报表（{local_text(c.closed_at, '%H:%M')} 日结）后，"
                f"负责人 {name(c.reopened_by)} 于 {local_text(c.reopened_at, '%H:%M')} 重新开启："
                f"{c.reopen_reason}"
            )
    opened = ""
    if figures.opened_at is not None:
        opened = (
            f"{local_text(figures.opened_at, '%H:%M')} {name(figures.opened_by)}　"
            f"备用金 {format_fen(figures.float_fen)}"
        )
    status = {"none": "未开班", "open": "营业中", "closed": "已日结"}[figures.state]
    if closing is not None:
        status = "已日结"
    return DayReport(
        letterhead=letterhead(session, ident, op.display_name, now),
        kind="Z" if closing else "X",
        day=figures.day,
        status_text=status,
        z_no=closing.z_no if closing else None,
        opened_text=opened,
        methods=methods,
        cash=CashFigures(
            float_fen=figures.float_fen,
            collected_fen=cash.collected_fen,
            returned_fen=cash.voided_fen,
            paid_in_fen=figures.paid_in_fen,
            paid_out_fen=figures.paid_out_fen,
            counted_fen=counted.get("cash") if closing else None,
        ),
        denominations=tuple(
            DenominationCount(label, value, int(pieces.get(str(value), 0)))
            for value, label in DENOMINATIONS
        )
        if closing
        else (),
        movements=tuple(
            MovementRow(
                local_text(m.moved_at, "%H:%M"),
                DIRECTIONS[m.direction][0],
                m.amount_fen,
                m.reason,
                name(m.clerk),
            )
            for m in figures.movements
        ),
        payments=tuple(_payment_row(p, figures) for p in figures.payments),
        voids=tuple(
            VoidRow(
                v.receipt_no,
                local_text(v.voided_at, "%H:%M"),
                "作废" if v.kind == "void" else "退费",
                METHODS[v.method][0],
                v.amount_fen,
                v.reason,
                name(v.supervisor),
                "本窗口当日"
                if v.paid_window == figures.window_code and v.paid_day == figures.day
                else f"{v.paid_window}号窗口 {v.paid_day:%m-%d}"
                if v.paid_day
                else f"{v.paid_window}号窗口",
            )
            for v in figures.voids
        ),
        receipt_range_text=range_text,
        difference_reason=closing.difference_reason if closing else "",
        closed_text=(
            f"{local_text(closing.closed_at, '%H:%M')} {name(closing.closed_by)}" if closing else ""
        ),
        notes=tuple(notes),
    )


_TZ = CENTER_TZ


def _payment_row(p: PaymentLineOfDay, figures: DayFigures) -> PaymentRow:
    note = ""
    if p.void_kind:
        label = "已作废" if p.void_kind == "void" else "已退费"
        where = "" if p.void_window == figures.window_code else f"（{p.void_window}号窗口）"
        when = "" if p.void_day == figures.day else f" {p.void_day:%m-%d}" if p.void_day else ""
        note = f"{label}{when}{where}"
    return PaymentRow(
        p.receipt_no,
        p.paid_at.astimezone(_TZ).strftime("%H:%M"),
        p.case_no,
        p.payer,
        METHODS.get(p.method, (p.method, ""))[0],
        p.total_fen,
        note,
    )


def x_report(
    store: Store, op: Operator, day: date | None = None, *, now: datetime | None = None
) -> PrintedDocument:
    """X 报表: the day so far; prints and archives, changes nothing else."""
    now = now or now_utc()
    ident = store.require_identity()
    day = day or local_day(now)
    with unit_with_files(store) as s:
        figures = day_figures(s, ident.window_code, day)
        pdf = render_day_report(_report(s, ident, figures, op, now))
        ref = f"{ident.window_code}-{day:%Y%m%d}-X"
        # Several X reports a day: the time of printing keeps their files apart.
        stamp = now.astimezone(CENTER_TZ).strftime("%H%M%S")
        relative = _doc_path("x_report", f"{ref}{stamp}", day)
        digest, path = archive_fee_document(
            s,
            store,
            ident,
            doc_kind="x_report",
            ref=ref,
            case_no="",
            relative=relative,
            pdf=pdf,
            op=op,
            now=now,
            reprint=False,
            paper="a4",
        )
    return _printed(ref, "x_report", "收费日报（X）", pdf, digest, path, False)


def day_report(
    store: Store, op: Operator, day: date | None = None, *, now: datetime | None = None
) -> PrintedDocument:
    """``yichuang day report``: the Z report of a closed day (its latest closing, printed
    again as it was), else an X report of the day so far."""
    now = now or now_utc()
    ident = store.require_identity()
    day = day or local_day(now)
    with store.read() as s:
        state = day_state(s, ident.window_code, day)
    if state != "closed":
        return x_report(store, op, day, now=now)
    with unit_with_files(store) as s:
        closing = closings_of(s, ident.window_code, day)[-1]
        figures = day_figures(s, ident.window_code, day)
        pdf = render_day_report(_report(s, ident, figures, op, now, closing=closing))
        ref = f"{ident.window_code}-{day:%Y%m%d}-Z{closing.z_no:04d}"
        n = _count_docs(s, "z_report", ref) or 1
        relative = _doc_path("z_report", ref, day, n)
        digest, path = archive_fee_document(
            s,
            store,
            ident,
            doc_kind="z_report",
            ref=ref,
            case_no="",
            relative=relative,
            pdf=pdf,
            op=op,
            now=now,
            reprint=True,
            paper="a4",
        )
    return _printed(ref, "z_report", "收费日结报表", pdf, digest, path, True)


def figures_by_method(figures: DayFigures) -> dict[str, dict[str, int]]:
    """Plain numbers per method (tests, the CLI's JSON)."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for m, t in figures.methods.items():
        out[m] = {
            "payments": t.payments,
            "collected_fen": t.collected_fen,
            "voids": t.voids,
            "voided_fen": t.voided_fen,
            "net_fen": t.net_fen,
            "expected_fen": figures.expected(m),
        }
    return dict(out)
