"""大厅看板: today's figures for the hall, per window and per clerk, each with its list.

What happened today comes from the journal (visitors, intakes by outcome, exceptions to
the one-time rule); what stands open comes from the read models (cases due soon and
overdue, inquiries past their promised time, bad reviews waiting for follow-up,
payments). Every number is a ``Figure`` whose parts can be opened: ``list_behind``
answers the same question row by row, so a supervisor can check any number.

Cases are counted at the window and clerk that accepted them: that window stays
responsible for the promised date wherever the case is handled later.

Works on any Session: the window's own database (its journal and what sync brought) or
the central PostgreSQL (the whole hall). Every query is on an indexed column; a refresh
of a hall of 31 windows with a year of history takes well under half a second.
"""

from __future__ import annotations

import time
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, inspect, literal_column, select
from sqlalchemy.orm import Session

from desktop.clock import local_day, local_text, now_utc
from desktop.daily_log import CENTRAL_WINDOW, day_bounds, kind_label, known_windows
from desktop.holidays import load_calendar
from models.accounts import Account
from models.cases import Applicant, Case, Evaluation, Inquiry, Payment
from models.catalog import ServiceItem
from models.fees import PaymentVoid
from models.journal import Event

# Visits: each time a person is served at a window. An acceptance after a one-time
# notice belongs to the return visit (case.supplements_received), so it is not counted
# again; a case finished on the spot is the same visit as its acceptance.
VISIT_KINDS = (
    "case.accepted",
    "case.notice_issued",
    "case.rejected",
    "case.supplements_received",
    "case.collected",
    "inquiry.logged",
)
OUTCOME_KINDS = {
    "case.accepted": "accepted",
    "case.notice_issued": "notice",
    "case.rejected": "rejected",
    "case.finished_on_spot": "on_spot",
}
EVENT_KINDS = (*VISIT_KINDS, "case.finished_on_spot", "notice.exception")
RUNNING: list[Any] = [
    literal_column("'accepted'"),
    literal_column("'in_progress'"),
]  # the partial index

METHOD_LABELS = {"cash": "现金", "card": "银行卡", "mobile": "移动支付"}

# metric → (Chinese, English): the tiles, in the order a supervisor reads them.
METRICS: dict[str, tuple[str, str]] = {
    "visitors": ("今日来访", "Visitors today"),
    "accepted": ("受理", "Accepted"),
    "notice": ("一次性告知", "One-time notices"),
    "rejected": ("不予受理", "Not accepted"),
    "on_spot": ("当场办结", "Finished on the spot"),
    "due_soon": ("即将到期（黄灯）", "Due soon (yellow)"),
    "overdue": ("已逾期（红灯）", "Overdue (red)"),
    "inquiries_late": ("首问逾期未复", "Inquiries past their time"),
    "exceptions": ("一次告知例外", "One-time-rule exceptions"),
    "bad_reviews": ("差评待回访", "Bad reviews to follow up"),
    "fees": ("今日收费（元）", "Fees today (yuan)"),
    "voids": ("今日作废/退费", "Voids today"),
}


@dataclass
class Figure:
    """One number of the board, with its parts per window and per clerk."""

    metric: str
    total: int = 0
    by_window: Counter[str] = field(default_factory=Counter)
    by_clerk: Counter[tuple[str, str]] = field(default_factory=Counter)  # (window, clerk)

    def add(self, window: str, clerk: str, n: int = 1) -> None:
        self.total += n
        self.by_window[window] += n
        if clerk:
            self.by_clerk[(window, clerk)] += n

    @property
    def label(self) -> str:
        return METRICS.get(self.metric, (self.metric, self.metric))[0]

    @property
    def money(self) -> bool:
        return self.metric == "fees" or self.metric.startswith("fees.")


@dataclass
class Dashboard:
    day: date
    made_at: datetime
    figures: dict[str, Figure]
    windows: dict[str, str]  # code → name, every window the database knows
    clerk_names: dict[str, str]
    methods: list[str]  # payment methods seen today, for the fee figures "fees.<method>"
    seconds: float = 0.0

    def figure(self, metric: str) -> Figure:
        return self.figures.get(metric) or Figure(metric)

    def clerk_text(self, username: str) -> str:
        name = self.clerk_names.get(username)
        return f"{name}（{username}）" if name and name != username else username

    def active_windows(self) -> list[str]:
        """Windows with anything on the board today, in order."""
        seen: set[str] = set()
        for f in self.figures.values():
            seen.update(w for w, n in f.by_window.items() if n)
        return sorted(seen)

    def clerks(self) -> list[tuple[str, str]]:
        seen: set[tuple[str, str]] = set()
        for f in self.figures.values():
            seen.update(k for k, n in f.by_clerk.items() if n)
        return sorted(seen)


_COLUMNS: weakref.WeakKeyDictionary[Any, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def _columns(session: Session, model: Any) -> frozenset[str]:
    """The table's columns in this database (asked once per engine: migrations run at start)."""
    bind = session.get_bind()
    table = model.__tablename__
    known = _COLUMNS.setdefault(bind, {})
    found = known.get(table)
    if found is None:
        try:
            found = frozenset(c["name"] for c in inspect(bind).get_columns(table))
        except Exception:
            return frozenset()
        known[table] = found
    return found


def _has(session: Session, model: Any, *columns: str) -> bool:
    """Whether the database's table has these columns.

    The read models of cases, inquiries, ratings and fees belong to other modules and
    grow with their migrations; a database one migration behind (or a central record
    not yet upgraded) still shows the rest of the board instead of failing whole.
    """
    names = _columns(session, model)
    return all(c in names for c in columns)


def build_dashboard(session: Session, *, now: datetime | None = None) -> Dashboard:
    t0 = time.perf_counter()
    now = now or now_utc()
    today = local_day(now)
    figures: dict[str, Figure] = {m: Figure(m) for m in METRICS}
    _today_events(session, today, figures)
    calendar = load_calendar(session)
    soon = calendar.next_workday(today)
    for metric, cond in (
        ("overdue", Case.due_date < today),
        ("due_soon", Case.due_date.between(today, soon)),
    ):
        stmt = (
            select(Case.window_code, Case.clerk, func.count())
            .where(Case.status.in_(RUNNING), cond)
            .group_by(Case.window_code, Case.clerk)
        )
        for w, clerk, n in session.execute(stmt):
            figures[metric].add(w, clerk, n)
    stmt = (
        select(Inquiry.window_code, Inquiry.clerk, func.count())
        .where(Inquiry.status == "open", Inquiry.promised_reply_at < now)
        .group_by(Inquiry.window_code, Inquiry.clerk)
    )
    for w, clerk, n in session.execute(stmt):
        figures["inquiries_late"].add(w, clerk, n)
    if _has(session, Evaluation, "follow_up_status", "window_code", "clerk"):
        stmt = (
            select(Evaluation.window_code, Evaluation.clerk, func.count())
            .where(Evaluation.follow_up_status == "open")
            .group_by(Evaluation.window_code, Evaluation.clerk)
        )
        for w, clerk, n in session.execute(stmt):
            figures["bad_reviews"].add(w, clerk, n)
    methods = _fees(session, today, figures)
    windows = known_windows(session)
    windows.pop(CENTRAL_WINDOW, None)
    return Dashboard(
        day=today,
        made_at=now,
        figures=figures,
        windows=windows,
        clerk_names=dict(session.execute(select(Account.username, Account.display_name)).all()),
        methods=methods,
        seconds=time.perf_counter() - t0,
    )


def _today_events(session: Session, today: date, figures: dict[str, Figure]) -> None:
    lo, hi = day_bounds(today, today)
    stmt = select(Event.window_code, Event.clerk, Event.kind, Event.payload).where(
        Event.occurred_at >= lo, Event.occurred_at < hi, Event.kind.in_(EVENT_KINDS)
    )
    for w, clerk, kind, payload in session.execute(stmt):
        after_notice = kind == "case.accepted" and bool((payload or {}).get("after_notice"))
        if kind in VISIT_KINDS and not after_notice:
            figures["visitors"].add(w, clerk)
        outcome = OUTCOME_KINDS.get(kind)
        if outcome:
            figures[outcome].add(w, clerk)
        if kind == "notice.exception":
            figures["exceptions"].add(w, clerk)


def _payment_today(session: Session, today: date) -> Any:
    if _has(session, Payment, "day"):
        return Payment.day == today
    lo, hi = day_bounds(today, today)
    return (Payment.paid_at >= lo) & (Payment.paid_at < hi)


def _fees(session: Session, today: date, figures: dict[str, Figure]) -> list[str]:
    """Fees by method, voided payments left out (they are counted under voids)."""
    if not _has(session, Payment, "method", "total_fen", "voided_at", "voided_by", "paid_at"):
        return []
    stmt = (
        select(Payment.window_code, Payment.clerk, Payment.method, func.sum(Payment.total_fen))
        .where(_payment_today(session, today), Payment.voided_at.is_(None))
        .group_by(Payment.window_code, Payment.clerk, Payment.method)
    )
    methods: set[str] = set()
    for w, clerk, method, fen in session.execute(stmt):
        fen = int(fen or 0)
        figures["fees"].add(w, clerk, fen)
        key = f"fees.{method}"
        figures.setdefault(key, Figure(key)).add(w, clerk, fen)
        methods.add(method)
    for w, clerk, n in session.execute(_voids_today(session, today, count=True)):
        figures["voids"].add(w, clerk or "", n)
    return sorted(methods)


def _voids_today(session: Session, today: date, *, count: bool) -> Any:
    """Voids and refunds counted where the money went back, on the day it did (the
    fees module's PaymentVoid); an older table only has the payment's voided_at."""
    if _has(session, PaymentVoid, "window_code", "clerk", "day", "amount_fen", "kind"):
        if count:
            return (
                select(PaymentVoid.window_code, PaymentVoid.clerk, func.count())
                .where(PaymentVoid.day == today)
                .group_by(PaymentVoid.window_code, PaymentVoid.clerk)
            )
        return select(
            PaymentVoid.receipt_no,
            PaymentVoid.case_no,
            PaymentVoid.kind,
            PaymentVoid.amount_fen,
            PaymentVoid.method,
            PaymentVoid.window_code,
            PaymentVoid.clerk,
            PaymentVoid.supervisor,
            PaymentVoid.voided_at,
            PaymentVoid.reason,
        ).where(PaymentVoid.day == today)
    lo, hi = day_bounds(today, today)
    cond = (Payment.voided_at >= lo, Payment.voided_at < hi)
    if count:
        return (
            select(Payment.window_code, Payment.voided_by, func.count())
            .where(*cond)
            .group_by(Payment.window_code, Payment.voided_by)
        )
    return select(
        Payment.receipt_no,
        literal_column("''").label("case_no"),
        literal_column("'void'").label("kind"),
        Payment.total_fen.label("amount_fen"),
        Payment.method,
        Payment.window_code,
        Payment.voided_by.label("clerk"),
        Payment.voided_by.label("supervisor"),
        Payment.voided_at,
        Payment.void_reason.label("reason"),
    ).where(*cond)


def metric_label(metric: str) -> str:
    if metric.startswith("fees."):
        method = metric.split(".", 1)[1]
        return f"收费：{METHOD_LABELS.get(method, method)}（元）"
    return METRICS.get(metric, (metric, metric))[0]


def money_text(fen: int) -> str:
    return f"{fen / 100:,.2f}" if fen % 100 else f"{fen // 100:,}"


# -- the list behind a number -----------------------------------------------------------------
@dataclass(frozen=True)
class Drill:
    """Which number was clicked: a metric, for the hall, one window or one clerk."""

    metric: str
    window: str | None = None
    clerk: str | None = None


@dataclass(frozen=True)
class Listing:
    title: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[str]]
    truncated: bool = False


LIST_LIMIT = 5000


def list_behind(session: Session, drill: Drill, *, now: datetime | None = None) -> Listing:
    """The rows a figure counts, newest or most urgent first."""
    now = now or now_utc()
    today = local_day(now)
    m = drill.metric
    title = metric_label(m)
    if drill.window:
        title += f" · {drill.window} 号窗口"
    if drill.clerk:
        title += f" · {drill.clerk}"
    if m in ("visitors", "accepted", "notice", "rejected", "on_spot", "exceptions"):
        return _event_list(session, drill, today, title)
    if m in ("due_soon", "overdue"):
        return _case_list(session, drill, today, title)
    if m == "inquiries_late":
        return _inquiry_list(session, drill, now, title)
    if m == "bad_reviews":
        return _review_list(session, drill, today, title)
    if m == "voids":
        return _void_list(session, drill, today, title)
    if m == "fees" or m.startswith("fees."):
        return _payment_list(session, drill, today, title)
    return Listing(title, (), [])


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Account.username, Account.display_name)).all())


def _who(names: dict[str, str], username: str) -> str:
    name = names.get(username)
    return f"{name}（{username}）" if name and name != username else username


def _event_list(session: Session, drill: Drill, today: date, title: str) -> Listing:
    kinds = {
        "visitors": VISIT_KINDS,
        "accepted": ("case.accepted",),
        "notice": ("case.notice_issued",),
        "rejected": ("case.rejected",),
        "on_spot": ("case.finished_on_spot",),
        "exceptions": ("notice.exception",),
    }[drill.metric]
    lo, hi = day_bounds(today, today)
    stmt = select(Event).where(
        Event.occurred_at >= lo, Event.occurred_at < hi, Event.kind.in_(kinds)
    )
    if drill.window:
        stmt = stmt.where(Event.window_code == drill.window)
    if drill.clerk:
        stmt = stmt.where(Event.clerk == drill.clerk)
    names = _names(session)
    rows: list[tuple[str, ...]] = []
    for ev in session.scalars(stmt.order_by(Event.occurred_at.desc()).limit(LIST_LIMIT + 1)):
        p = ev.payload or {}
        if drill.metric == "visitors" and ev.kind == "case.accepted" and p.get("after_notice"):
            continue
        detail = p.get("item_name") or p.get("topic") or p.get("material") or ""
        if ev.kind == "notice.exception":
            detail = f"{p.get('material', '')}：{p.get('reason', '')}（批准：{_who(names, p.get('supervisor', ''))}）"
        rows.append(
            (
                local_text(ev.occurred_at, "%H:%M:%S"),
                ev.window_code,
                _who(names, ev.clerk),
                kind_label(ev.kind),
                ev.case_no or "",
                str(detail),
            )
        )
    return Listing(
        title,
        ("时间", "窗口", "经办人", "事件", "编号", "内容"),
        rows[:LIST_LIMIT],
        len(rows) > LIST_LIMIT,
    )


def _case_list(session: Session, drill: Drill, today: date, title: str) -> Listing:
    calendar = load_calendar(session)
    cond = (
        Case.due_date < today
        if drill.metric == "overdue"
        else Case.due_date.between(today, calendar.next_workday(today))
    )
    stmt = (
        select(Case, ServiceItem.name, Applicant.name)
        .join(ServiceItem, ServiceItem.id == Case.item_id)
        .outerjoin(Applicant, Applicant.id == Case.applicant_id)
        .where(Case.status.in_(RUNNING), cond)
    )
    if drill.window:
        stmt = stmt.where(Case.window_code == drill.window)
    if drill.clerk:
        stmt = stmt.where(Case.clerk == drill.clerk)
    names = _names(session)
    rows = []
    for case, item, applicant in session.execute(
        stmt.order_by(Case.due_date, Case.case_no).limit(LIST_LIMIT + 1)
    ):
        due = case.due_date or today  # the query only takes cases with a due date
        late = calendar.workdays_between(due, today) if due < today else 0
        rows.append(
            (
                case.case_no,
                item,
                applicant or "",
                case.window_code,
                _who(names, case.clerk),
                case.due_date.isoformat() if case.due_date else "",
                f"逾期 {late} 个工作日"
                if late
                else ("今日到期" if case.due_date == today else "下一工作日到期"),
            )
        )
    return Listing(
        title,
        ("办件编号", "事项", "申请人", "窗口", "经办人", "承诺办结日", "状态"),
        rows[:LIST_LIMIT],
        len(rows) > LIST_LIMIT,
    )


def _inquiry_list(session: Session, drill: Drill, now: datetime, title: str) -> Listing:
    stmt = select(Inquiry).where(Inquiry.status == "open", Inquiry.promised_reply_at < now)
    if drill.window:
        stmt = stmt.where(Inquiry.window_code == drill.window)
    if drill.clerk:
        stmt = stmt.where(Inquiry.clerk == drill.clerk)
    names = _names(session)
    rows = [
        (
            r.inquiry_no,
            r.topic,
            r.referred_to,
            local_text(r.promised_reply_at) if r.promised_reply_at else "",
            r.window_code,
            _who(names, r.clerk),
            r.inquirer_name,
        )
        for r in session.scalars(stmt.order_by(Inquiry.promised_reply_at).limit(LIST_LIMIT + 1))
    ]
    return Listing(
        title,
        ("首问编号", "咨询事项", "转办对象", "承诺答复时间", "窗口", "首问人", "咨询人"),
        rows[:LIST_LIMIT],
        len(rows) > LIST_LIMIT,
    )


def _review_list(session: Session, drill: Drill, today: date, title: str) -> Listing:
    stmt = select(Evaluation).where(Evaluation.follow_up_status == "open")
    if drill.window:
        stmt = stmt.where(Evaluation.window_code == drill.window)
    if drill.clerk:
        stmt = stmt.where(Evaluation.clerk == drill.clerk)
    names = _names(session)
    levels = {1: "非常不满意", 2: "不满意"}
    rows = [
        (
            r.visit_ref,
            levels.get(r.level, str(r.level)),
            r.comment,
            local_text(r.created_at),
            r.window_code,
            _who(names, r.clerk),
            (r.follow_up_due.isoformat() if r.follow_up_due else "")
            + ("（已超期）" if r.follow_up_due and r.follow_up_due < today else ""),
        )
        for r in session.scalars(
            stmt.order_by(Evaluation.follow_up_due, Evaluation.visit_ref).limit(LIST_LIMIT + 1)
        )
    ]
    return Listing(
        title,
        ("来访编号", "评价", "意见", "评价时间", "窗口", "经办人", "回访期限"),
        rows[:LIST_LIMIT],
        len(rows) > LIST_LIMIT,
    )


def _void_list(session: Session, drill: Drill, today: date, title: str) -> Listing:
    if not _has(session, Payment, "voided_at", "voided_by", "void_reason"):
        return Listing(title, (), [])
    stmt = _voids_today(session, today, count=False)
    sub = stmt.subquery()
    q = select(sub)
    if drill.window:
        q = q.where(sub.c.window_code == drill.window)
    if drill.clerk:
        q = q.where(sub.c.clerk == drill.clerk)
    names = _names(session)
    kinds = {"void": "作废", "refund": "退费"}
    rows = [
        (
            r.receipt_no,
            r.case_no or "",
            kinds.get(r.kind, r.kind),
            money_text(r.amount_fen),
            METHOD_LABELS.get(r.method, r.method),
            r.window_code,
            _who(names, r.clerk or ""),
            _who(names, r.supervisor or ""),
            local_text(r.voided_at, "%H:%M") if r.voided_at else "",
            r.reason or "",
        )
        for r in session.execute(q.order_by(sub.c.voided_at.desc()).limit(LIST_LIMIT + 1))
    ]
    return Listing(
        title,
        (
            "收据号",
            "办件编号",
            "类型",
            "金额（元）",
            "方式",
            "窗口",
            "经办人",
            "批准负责人",
            "时间",
            "原因",
        ),
        rows[:LIST_LIMIT],
        len(rows) > LIST_LIMIT,
    )


def _payment_list(session: Session, drill: Drill, today: date, title: str) -> Listing:
    """Today's payments that stand (a voided one is under voids), by method if asked."""
    if not _has(session, Payment, "method", "total_fen", "voided_at", "voided_by", "paid_at"):
        return Listing(title, (), [])
    # Columns, not the entity, and only those the table has: a payment table one
    # migration behind still answers.
    present = _columns(session, Payment)
    wanted: tuple[str, ...] = ("receipt_no", "case_no", "item_name", "total_fen", "method")
    wanted += ("window_code", "clerk", "paid_at", "payer")
    cols = [getattr(Payment, c) if c in present else literal_column("''").label(c) for c in wanted]
    stmt = select(*cols).where(_payment_today(session, today), Payment.voided_at.is_(None))
    if drill.metric.startswith("fees."):
        stmt = stmt.where(Payment.method == drill.metric.split(".", 1)[1])
    if drill.clerk:
        stmt = stmt.where(Payment.clerk == drill.clerk)
    if drill.window:
        stmt = stmt.where(Payment.window_code == drill.window)
    names = _names(session)
    rows = [
        (
            p.receipt_no,
            p.case_no,
            p.item_name,
            money_text(p.total_fen),
            METHOD_LABELS.get(p.method, p.method),
            p.window_code,
            _who(names, p.clerk),
            local_text(p.paid_at, "%H:%M"),
            p.payer,
        )
        for p in session.execute(stmt.order_by(Payment.paid_at.desc()).limit(LIST_LIMIT + 1))
    ]
    return Listing(
        title,
        ("收据号", "办件编号", "事项", "金额（元）", "方式", "窗口", "收款人", "时间", "缴款人"),
        rows[:LIST_LIMIT],
        len(rows) > LIST_LIMIT,
    )
