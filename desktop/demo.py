"""``yichuang demo``: realistic applicants and intakes of every outcome, for training,
screenshots and benchmarks, made through the same services as the window.

Reproducible: the same --seed gives the same people and cases.
"""

from __future__ import annotations

import random
from collections import Counter as Tally
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from stdnum.cn import ric, uscc

from desktop.accounts import Operator
from desktop.applicants import ApplicantInput
from desktop.clock import CENTER_TZ, local_day, now_utc
from desktop.holidays import load_calendar
from desktop.intake import (
    IntakeInput,
    MaterialTick,
    accept_case,
    issue_one_time_notice,
    receive_supplements,
    reject_case,
)
from desktop.store import Store
from models.catalog import HandlingKind, ServiceItem

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华建国志强红梅海燕玉兰晓东春梅建华雪梅淑珍永刚丹丹婷婷子涵浩然欣怡梓轩宇航雨桐"
COMPANY_WORDS = ["溧水", "秦淮", "石湫", "永阳", "洪蓝", "白马", "晶桥", "和凤", "东屏"]
COMPANY_KINDS = ["科技", "餐饮", "建设工程", "商贸", "农业发展", "物流", "文化传媒", "食品"]
REGIONS = ["320117", "320115", "320102", "320104", "320111", "320113", "320114", "320118"]
REJECT_REASONS = [
    ("申请事项不属于本机关职权范围", "《中华人民共和国行政许可法》第三十二条第一款第（二）项"),
    ("申请事项依法不需要取得行政许可", "《中华人民共和国行政许可法》第三十二条第一款第（一）项"),
]


@dataclass
class DemoReport:
    cases: int
    outcomes: Tally[str]
    seconds: float

    @property
    def rate(self) -> float:
        return self.cases / self.seconds if self.seconds else 0.0


class People:
    """Makes valid resident IDs, credit codes and phone numbers, reusing some people."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: list[ApplicantInput] = []

    def person(self) -> ApplicantInput:
        if self.seen and self.rng.random() < 0.15:
            return self.rng.choice(self.seen)  # a returning applicant
        r = self.rng
        born = date(1950, 1, 1) + timedelta(days=r.randrange(0, 365 * 55))
        body = f"{r.choice(REGIONS)}{born:%Y%m%d}{r.randrange(0, 1000):03d}"
        name = r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))
        phone = f"1{r.choice('35789')}{r.randrange(0, 10**9):09d}"
        who = ApplicantInput(
            "person", name, "resident", body + ric.calc_check_digit(body + "0"), phone
        )
        self.seen.append(who)
        return who

    def enterprise(self) -> ApplicantInput:
        r = self.rng
        body = f"91320117MA{r.randrange(16**7):07X}"
        name = f"南京{r.choice(COMPANY_WORDS)}{r.choice(COMPANY_KINDS)}有限公司"
        phone = f"025-5{r.randrange(0, 10**7):07d}"
        return ApplicantInput("enterprise", name, "uscc", body + uscc.calc_check_digit(body), phone)


def _working_days(store: Store, days: int, end: date) -> list[date]:
    with store.read() as s:
        cal = load_calendar(s)
    found: list[date] = []
    d = end
    while len(found) < days:
        if cal.is_workday(d):
            found.append(d)
        d -= timedelta(days=1)
    return sorted(found)


def _moment(day: date, rng: random.Random) -> datetime:
    minutes = rng.choice((rng.randrange(9 * 60, 12 * 60), rng.randrange(13 * 60 + 30, 17 * 60)))
    local = datetime.combine(
        day, time(minutes // 60, minutes % 60, rng.randrange(60)), tzinfo=CENTER_TZ
    )
    return local.astimezone(UTC)


def _earlier_today(now: datetime, rng: random.Random) -> datetime:
    """A moment between the center's midnight (or 8 hours ago) and now."""
    midnight = datetime.combine(local_day(now), time(0), tzinfo=CENTER_TZ)
    span = min((now - midnight).total_seconds(), 8 * 3600)
    return now - timedelta(seconds=rng.uniform(0, max(span, 1)))


def _items(store: Store) -> list[tuple[str, str, list[tuple[int, bool, int, int]]]]:
    with store.read() as s:
        rows = s.scalars(
            select(ServiceItem).where(ServiceItem.active.is_(True)).order_by(ServiceItem.code)
        ).all()
        return [
            (i.code, i.kind, [(m.position, m.required, m.originals, m.copies) for m in i.materials])
            for i in rows
        ]


class Workload:
    """One window's stream of realistic intakes (the demo and the simulated hall share it)."""

    def __init__(self, store: Store, op: Operator, seed: int) -> None:
        self.store = store
        self.op = op
        self.rng = random.Random(seed)
        self.people = People(self.rng)
        self.items = _items(store)

    def intake(self, now: datetime, *, return_next_day: bool = True) -> tuple[str, str]:
        """One applicant at the window; returns (outcome, case number)."""
        rng, store, op = self.rng, self.store, self.op
        code, kind, mats = rng.choice(self.items)
        applicant = self.people.enterprise() if rng.random() < 0.3 else self.people.person()
        full = tuple(MaterialTick(p, o, c) for p, required, o, c in mats if required)
        roll = rng.random()
        inp = IntakeInput(code, applicant, ticks=full)
        if roll < 0.06:
            reason, basis = rng.choice(REJECT_REASONS)
            return "rejected", reject_case(
                store, inp, op, reason=reason, legal_basis=basis, now=now
            ).case_no
        if roll < 0.26 and len(full) > 1:
            partial = replace(inp, ticks=full[: rng.randrange(1, len(full))])
            notice = issue_one_time_notice(store, partial, op, now=now)
            if return_next_day and rng.random() < 0.6:
                receive_supplements(store, notice.case_no, full, op, now=now + timedelta(days=1))
                return "accepted_after_notice", notice.case_no
            return "notice", notice.case_no
        finish = kind == HandlingKind.IMMEDIATE
        result = accept_case(store, inp, op, finish_now=finish, now=now)
        return ("finished_on_spot" if finish else "accepted"), result.case_no


def complete_return_visit(store: Store, op: Operator, case_no: str, now: datetime) -> bool:
    """The applicant comes back with everything (perhaps to another window)."""
    from desktop.intake import case_summary

    summary = case_summary(store, case_no)
    if summary.status != "incomplete":
        return False
    ticks = tuple(
        MaterialTick(m.position, m.originals, m.copies) for m in summary.materials if m.applies
    )
    return receive_supplements(store, case_no, ticks, op, now=now).status == "accepted"


def run_demo(
    store: Store,
    op: Operator,
    cases: int,
    days: int | None = None,
    seed: int = 20261127,
    progress: Callable[[int], None] | None = None,
    *,
    today: bool = False,
) -> DemoReport:
    """Intakes spread over the last ``days`` working days, or all of them earlier today
    (``today``: for the live dashboard, whatever day of the week it is)."""
    import time as clock

    days = days or max(1, min(250, cases // 400 + 1))
    now = now_utc()
    workdays = [local_day(now)] if today else _working_days(store, days, local_day(now))
    work = Workload(store, op, seed)
    outcomes: Tally[str] = Tally()
    started = clock.perf_counter()
    per_day = -(-cases // len(workdays))
    for n in range(cases):
        day = workdays[min(n // per_day, len(workdays) - 1)]
        moment = _earlier_today(now, work.rng) if today else _moment(day, work.rng)
        outcome, _ = work.intake(moment, return_next_day=day != workdays[-1])
        outcomes[outcome] += 1
        if progress and (n + 1) % 1000 == 0:
            progress(n + 1)
    return DemoReport(cases, outcomes, clock.perf_counter() - started)
