"""窗口评议: the monthly ranking of windows and clerks from figures anyone can recount.

Measured for each window (and each clerk) over the month's local days:

- 办结 / 按时办结: cases decided in the month (or finished on the spot), and how many by
  their promised date (the due date as moved by special procedures);
- 逾期: cases decided after their due date, plus cases still running whose due date fell
  in the month and has passed;
- 告知例外: exceptions to the one-time rule (notice.exception in the journal);
- 评价 / 平均评价 / 差评: ratings given in the month, their average, the bottom two levels;
- 首问按时: referred inquiries whose promised reply time fell in the month (and has
  passed), and how many were closed by then;
- 工作量: cases received (any outcome) and inquiries logged in the month.

Cases, ratings and inquiries count for the window and clerk that took them, who stay
responsible for them (首问负责, 按承诺日办结).

The score (points, higher is better), with the weights of the Setting "ranking.weights":

    按时率 × on_time + (平均评价 − 1) / 4 × satisfaction + 首问按时率 × inquiry_in_time
    + 工作量 / 最大工作量 × volume − 逾期 × overdue − 告知例外 × exception − 差评 × bad_review

Defaults (DEFAULT_WEIGHTS): on_time 40, satisfaction 30, inquiry_in_time 20, volume 10
(positive parts, 100 in all), and per case 2 (overdue), 3 (exception), 5 (bad review)
deducted. A rate with nothing to measure (no case finished, no rating, no referral) takes
the hall's rate, so a window is neither rewarded nor punished for it. A window (or
clerk) with less than a tenth of the busiest one's work is listed but not ranked. The 红旗窗口 is the best ranked window, the
最差窗口 the last (named only when at least two windows are ranked); ties go to fewer bad
reviews, then fewer overdue cases, then more work, then the window number.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.clock import local_day, local_text, now_utc
from desktop.daily_log import CENTRAL_WINDOW, day_bounds, known_windows
from desktop.errors import DomainError
from desktop.store import Store, record, set_setting
from models.accounts import Account, Role
from models.cases import Case, Evaluation, Inquiry
from models.journal import Event
from models.settings import Setting

WEIGHTS_KEY = "ranking.weights"
DEFAULT_WEIGHTS: dict[str, int] = {
    "on_time": 40,
    "satisfaction": 30,
    "inquiry_in_time": 20,
    "volume": 10,
    "overdue": 2,
    "exception": 3,
    "bad_review": 5,
}
WEIGHT_LABELS: dict[str, tuple[str, str]] = {
    "on_time": ("按时办结率（满分）", "Cases finished on time (full marks)"),
    "satisfaction": ("评价满意度（满分）", "Satisfaction (full marks)"),
    "inquiry_in_time": ("首问按时答复率（满分）", "Inquiries answered in time (full marks)"),
    "volume": ("工作量（满分）", "Volume of work (full marks)"),
    "overdue": ("每件逾期扣分", "Points off per overdue case"),
    "exception": ("每次告知例外扣分", "Points off per one-time-rule exception"),
    "bad_review": ("每个差评扣分", "Points off per bad review"),
}
MAX_WEIGHT = 100
BAD_LEVELS = (1, 2)
# Ranked only with at least a tenth of the busiest one's work: one inquiry answered well
# must not make a 红旗窗口 or a 服务明星 of someone who did nothing else that month.
MIN_SHARE = 0.1


# -- weights ------------------------------------------------------------------------------------
def check_weights(raw: Any) -> dict[str, int]:
    """The weights as whole numbers 0–100 for every known key (defaults fill the rest)."""
    if not isinstance(raw, dict):
        raw = {}
    out = dict(DEFAULT_WEIGHTS)
    for key, value in raw.items():
        if key not in DEFAULT_WEIGHTS:
            raise DomainError(
                "ranking.weight_key",
                f"未知的权重“{key}”。",
                f"Unknown weight '{key}'.",
                field=key,
            )
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_WEIGHT:
            zh = WEIGHT_LABELS[key][0]
            raise DomainError(
                "ranking.weight_value",
                f"“{zh}”应为 0–{MAX_WEIGHT} 的整数。",
                f"'{WEIGHT_LABELS[key][1]}' is a whole number from 0 to {MAX_WEIGHT}.",
                field=key,
            )
        out[key] = value
    return out


def get_weights(session: Session) -> dict[str, int]:
    row = session.get(Setting, WEIGHTS_KEY)
    try:
        return check_weights(row.value if row else None)
    except DomainError:
        # A hand-edited value must not stop the ranking; the printed weights say which.
        return dict(DEFAULT_WEIGHTS)


def set_weights(store: Store, weights: dict[str, int], op: Operator) -> dict[str, int]:
    """The center sets the weights (supervisors); journalled, printed on every ranking."""
    if not op.can(Role.SUPERVISOR):
        raise DomainError(
            "ranking.supervisor",
            "评议权重由中心负责人设置。",
            "The ranking weights are set by a supervisor.",
        )
    new = check_weights(weights)
    ident = store.require_identity()
    with store.write() as s:
        old = get_weights(s)
        set_setting(s, WEIGHTS_KEY, new)
        record(
            s,
            ident,
            "settings.changed",
            {"key": WEIGHTS_KEY, "old": old, "new": new},
            clerk=op.username,
        )
    return new


# -- the month ------------------------------------------------------------------------------------
def parse_month(text: str) -> tuple[date, date]:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        raise DomainError(
            "ranking.month",
            f"月份“{text}”格式不对，应为 YYYY-MM（如 2026-11）。",
            f"'{text}' is not a month (YYYY-MM, e.g. 2026-11).",
            field="month",
        )
    year, month = int(m.group(1)), int(m.group(2))
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)


@dataclass
class Measures:
    finished: int = 0
    on_time: int = 0
    overdue: int = 0
    exceptions: int = 0
    ratings: int = 0
    rating_sum: int = 0
    bad: int = 0
    inquiries_due: int = 0
    inquiries_in_time: int = 0
    volume: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.finished if self.finished else None

    @property
    def average(self) -> float | None:
        return self.rating_sum / self.ratings if self.ratings else None

    @property
    def inquiry_rate(self) -> float | None:
        return self.inquiries_in_time / self.inquiries_due if self.inquiries_due else None


@dataclass(frozen=True)
class Ranked:
    window: str
    clerk: str  # "" for a window
    label: str
    m: Measures
    parts: dict[str, float]
    score: float
    rank: int | None  # None: too little work this month to be ranked


@dataclass(frozen=True)
class Ranking:
    month: str
    start: date
    end: date
    weights: dict[str, int]
    windows: list[Ranked]
    clerks: list[Ranked]
    hall: Measures
    made_at: datetime
    source: str = ""
    red_flag: Ranked | None = None
    worst: Ranked | None = None
    star: Ranked | None = None  # 服务明星: the best ranked clerk


def _measure(
    session: Session, start: date, end: date, now: datetime
) -> tuple[dict[str, Measures], dict[tuple[str, str], Measures]]:
    lo, hi = day_bounds(start, end)
    today = local_day(now)
    by_window: dict[str, Measures] = defaultdict(Measures)
    by_clerk: dict[tuple[str, str], Measures] = defaultdict(Measures)

    def both(w: str, c: str, fn: Callable[[Measures], None]) -> None:
        fn(by_window[w])
        if c:
            fn(by_clerk[(w, c)])

    def finished(on_time: bool) -> Callable[[Measures], None]:
        def add(m: Measures) -> None:
            m.finished += 1
            m.on_time += on_time
            m.overdue += not on_time

        return add

    # Decided in the month: on time when decided by the due date (local days).
    for w, c, decided_at, due in session.execute(
        select(Case.window_code, Case.clerk, Case.decided_at, Case.due_date).where(
            Case.decided_at >= lo, Case.decided_at < hi
        )
    ):
        # decided_at is set: the query asks for it
        both(w, c, finished(due is None or local_day(decided_at or hi) <= due))
    # Finished on the spot (即办件): collected at intake, never decided separately.
    for w, c in session.execute(
        select(Case.window_code, Case.clerk).where(
            Case.decided_at.is_(None),
            Case.status == "collected",
            Case.accepted_at >= lo,
            Case.accepted_at < hi,
        )
    ):
        both(w, c, finished(True))
    # Still running, due in the month and already past.
    last_due = min(end, date.fromordinal(today.toordinal() - 1))
    if last_due >= start:
        for w, c in session.execute(
            select(Case.window_code, Case.clerk).where(
                Case.status.in_(("accepted", "in_progress")),
                Case.due_date >= start,
                Case.due_date <= last_due,
            )
        ):
            both(w, c, lambda m: setattr(m, "overdue", m.overdue + 1))
    for w, c in session.execute(
        select(Event.window_code, Event.clerk).where(
            Event.kind == "notice.exception", Event.occurred_at >= lo, Event.occurred_at < hi
        )
    ):
        both(w, c, lambda m: setattr(m, "exceptions", m.exceptions + 1))
    for w, c, level in session.execute(
        select(Evaluation.window_code, Evaluation.clerk, Evaluation.level).where(
            Evaluation.created_at >= lo, Evaluation.created_at < hi
        )
    ):

        def rate(m: Measures, level: int = level) -> None:
            m.ratings += 1
            m.rating_sum += level
            m.bad += level in BAD_LEVELS

        both(w, c, rate)
    until = min(hi, now)
    for w, c, promised, closed_at in session.execute(
        select(
            Inquiry.window_code, Inquiry.clerk, Inquiry.promised_reply_at, Inquiry.closed_at
        ).where(Inquiry.promised_reply_at >= lo, Inquiry.promised_reply_at < until)
    ):

        def inquiry(
            m: Measures,
            ok: bool = closed_at is not None and promised is not None and closed_at <= promised,
        ) -> None:
            m.inquiries_due += 1
            m.inquiries_in_time += ok

        both(w, c, inquiry)
    for w, c in session.execute(
        select(Case.window_code, Case.clerk).where(
            Case.received_at >= lo, Case.received_at < hi, Case.status != "draft"
        )
    ):
        both(w, c, lambda m: setattr(m, "volume", m.volume + 1))
    for w, c in session.execute(
        select(Inquiry.window_code, Inquiry.clerk).where(
            Inquiry.created_at >= lo, Inquiry.created_at < hi
        )
    ):
        both(w, c, lambda m: setattr(m, "volume", m.volume + 1))
    return by_window, by_clerk


def _hall(measures: list[Measures]) -> Measures:
    hall = Measures()
    for m in measures:
        for f in hall.__dataclass_fields__:
            setattr(hall, f, getattr(hall, f) + getattr(m, f))
    return hall


def _first(*values: float | None) -> float:
    """The window's own rate, else the hall's, else full marks (a 0 % rate counts)."""
    return next(v for v in values if v is not None)


def score(m: Measures, hall: Measures, max_volume: int, w: dict[str, int]) -> dict[str, float]:
    """Each part of the score, so the printed ranking can show how it was reached."""
    on_time = _first(m.on_time_rate, hall.on_time_rate, 1.0)
    avg = _first(m.average, hall.average, 5.0)
    inq = _first(m.inquiry_rate, hall.inquiry_rate, 1.0)
    return {
        "on_time": w["on_time"] * on_time,
        "satisfaction": w["satisfaction"] * (avg - 1) / 4,
        "inquiry_in_time": w["inquiry_in_time"] * inq,
        "volume": w["volume"] * (m.volume / max_volume if max_volume else 0.0),
        "overdue": -w["overdue"] * m.overdue,
        "exception": -w["exception"] * m.exceptions,
        "bad_review": -w["bad_review"] * m.bad,
    }


def _rank(
    items: list[tuple[str, str, str, Measures]], hall: Measures, weights: dict[str, int]
) -> list[Ranked]:
    max_volume = max((m.volume for *_, m in items), default=0)
    scored = []
    for window, clerk, label, m in items:
        parts = score(m, hall, max_volume, weights)
        scored.append((window, clerk, label, m, parts, round(sum(parts.values()), 2)))
    floor = max(1, math.ceil(max_volume * MIN_SHARE))

    def eligible(m: Measures) -> bool:
        return m.volume >= floor

    ranked_part = sorted(
        (x for x in scored if eligible(x[3])),
        key=lambda x: (-x[5], x[3].bad, x[3].overdue, -x[3].volume, x[0], x[1]),
    )
    idle = sorted((x for x in scored if not eligible(x[3])), key=lambda x: (x[0], x[1]))
    out = [Ranked(w, c, lbl, m, p, s, i) for i, (w, c, lbl, m, p, s) in enumerate(ranked_part, 1)]
    out += [Ranked(w, c, lbl, m, p, s, None) for w, c, lbl, m, p, s in idle]
    return out


def rank_month(
    session: Session, month: str, *, now: datetime | None = None, source: str = ""
) -> Ranking:
    start, end = parse_month(month)
    now = now or now_utc()
    if start > local_day(now):
        raise DomainError(
            "ranking.future",
            f"{month} 尚未开始，不能评议。",
            f"{month} has not begun yet.",
            field="month",
        )
    weights = get_weights(session)
    by_window, by_clerk = _measure(session, start, end, now)
    windows = known_windows(session)
    windows.pop(CENTRAL_WINDOW, None)
    by_window.pop(CENTRAL_WINDOW, None)
    for code in windows:
        by_window.setdefault(code, Measures())
    names = dict(session.execute(select(Account.username, Account.display_name)).all())
    hall = _hall(list(by_window.values()))
    window_rows = _rank(
        [(w, "", window_label(w, windows.get(w, "")), m) for w, m in sorted(by_window.items())],
        hall,
        weights,
    )
    clerk_rows = _rank(
        [
            (w, c, f"{names.get(c, c)}（{w} 号窗口）", m)
            for (w, c), m in sorted(by_clerk.items())
            if w != CENTRAL_WINDOW
        ],
        hall,
        weights,
    )
    ranked = [r for r in window_rows if r.rank is not None]
    ranked_clerks = [r for r in clerk_rows if r.rank is not None]
    return Ranking(
        month=f"{start:%Y-%m}",
        start=start,
        end=end,
        weights=weights,
        windows=window_rows,
        clerks=clerk_rows,
        hall=hall,
        made_at=now,
        source=source,
        red_flag=ranked[0] if ranked else None,
        worst=ranked[-1] if len(ranked) >= 2 else None,
        star=ranked_clerks[0] if ranked_clerks else None,
    )


def window_label(code: str, name: str) -> str:
    """03 号窗口（市场监管）; a name that only repeats the number is left out."""
    plain = f"{code} 号窗口"
    return (
        plain
        if not name or name.replace(" ", "") in (plain.replace(" ", ""), code)
        else f"{plain}（{name}）"
    )


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def average_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def ranking_pdf(r: Ranking, center_name: str = "") -> bytes:
    """The printable monthly report (printing/ranking_pdf.py), from plain data."""
    from printing.ranking_pdf import RankingReport, RankRow, render_ranking

    def row(x: Ranked) -> RankRow:
        m = x.m
        return RankRow(
            rank="" if x.rank is None else str(x.rank),
            label=x.label,
            finished=str(m.finished),
            on_time=percent(m.on_time_rate),
            overdue=str(m.overdue),
            exceptions=str(m.exceptions),
            ratings=str(m.ratings),
            average=average_text(m.average),
            bad=str(m.bad),
            inquiries=percent(m.inquiry_rate),
            volume=str(m.volume),
            score="未参评" if x.rank is None else f"{x.score:.2f}",
        )

    return render_ranking(
        RankingReport(
            center_name=center_name,
            month=r.month,
            period=f"{r.start.isoformat()} 至 {r.end.isoformat()}",
            made_at=local_text(r.made_at),
            source=r.source,
            weights=tuple((WEIGHT_LABELS[k][0], str(v)) for k, v in r.weights.items()),
            red_flag=r.red_flag.label if r.red_flag else "",
            red_flag_score=f"{r.red_flag.score:.2f}" if r.red_flag else "",
            worst=r.worst.label if r.worst else "",
            worst_score=f"{r.worst.score:.2f}" if r.worst else "",
            star=r.star.label if r.star else "",
            windows=tuple(row(x) for x in r.windows),
            clerks=tuple(row(x) for x in r.clerks),
        )
    )
