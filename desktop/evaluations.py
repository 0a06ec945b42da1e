"""好差评: the applicant rates each visit once; a bad review is followed up within 15 working days.

A visit is an intake (rated at the window that took it), a collection (at the window
that handed the result over) or an inquiry (at the window that logged it): one window
writes each visit's rating, so two windows can never rate the same visit while apart.
Ratings are never edited; the bottom two levels (不满意, 非常不满意) open a follow-up
that supervisors track like an inquiry and close with what was done (国办发〔2019〕51号).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from desktop.accounts import Operator
from desktop.case_documents import find_case
from desktop.clock import local_day, now_utc
from desktop.errors import DomainError
from desktop.holidays import load_calendar
from desktop.projection_cases import (
    Refused,
    apply_followed_up,
    check_follow_up,
    iso,
    new_evaluation,
)
from desktop.store import Store, record
from models.accounts import Role
from models.base import new_id
from models.cases import CaseHandover, CaseStatus, Evaluation, Inquiry

LEVELS: dict[int, tuple[str, str]] = {
    5: ("非常满意", "very satisfied"),
    4: ("满意", "satisfied"),
    3: ("基本满意", "fairly satisfied"),
    2: ("不满意", "dissatisfied"),
    1: ("非常不满意", "very dissatisfied"),
}
BAD = frozenset({1, 2})
FOLLOW_UP_WORKDAYS = 15
VISIT_KINDS = ("intake", "collection", "inquiry")


@dataclass(frozen=True)
class RatingInfo:
    visit_ref: str
    visit_kind: str
    case_no: str
    inquiry_no: str
    level: int
    comment: str
    window_code: str
    clerk: str
    created_at: datetime
    follow_up_status: str  # "" | open | closed
    follow_up_due: date | None
    follow_up_outcome: str
    follow_up_by: str
    followed_up_at: datetime | None
    overdue: bool

    @property
    def bad(self) -> bool:
        return self.level in BAD


def visit_ref_of(visit_kind: str, number: str) -> str:
    return number if visit_kind == "inquiry" else f"{number}:{visit_kind}"


def _info(row: Evaluation, today: date) -> RatingInfo:
    overdue = (
        row.follow_up_status == "open"
        and row.follow_up_due is not None
        and row.follow_up_due < today
    )
    return RatingInfo(
        row.visit_ref,
        row.visit_kind,
        row.case_no,
        row.inquiry_no,
        row.level,
        row.comment,
        row.window_code,
        row.clerk,
        row.created_at,
        row.follow_up_status,
        row.follow_up_due,
        row.follow_up_outcome,
        row.follow_up_by,
        row.followed_up_at,
        overdue,
    )


def _not_this_window(zh: str, en: str) -> DomainError:
    return DomainError("evaluation.visit", zh, en)


def rate_visit(
    store: Store,
    op: Operator,
    *,
    visit_kind: str,
    number: str,
    level: int,
    comment: str = "",
    now: datetime | None = None,
) -> RatingInfo:
    """Record the applicant's rating of one visit; a second rating of it is refused."""
    at = now or now_utc()
    ident = store.require_identity()
    if visit_kind not in VISIT_KINDS:
        raise DomainError("evaluation.kind", "未知的来访类型。", "Unknown kind of visit.")
    if level not in LEVELS:
        raise DomainError(
            "evaluation.level",
            "请选择五个评价等级之一。",
            "Choose one of the five levels.",
            field="level",
        )
    with store.write() as s:
        case_no, inquiry_no, journal_no = "", "", ""
        if visit_kind == "inquiry":
            inquiry = s.scalar(select(Inquiry).where(Inquiry.inquiry_no == number.strip()))
            if inquiry is None:
                raise DomainError(
                    "inquiry.unknown", f"没有首问登记 {number}。", f"There is no inquiry {number}."
                )
            if inquiry.window_code != ident.window_code:
                raise _not_this_window(
                    f"首问登记 {inquiry.inquiry_no} 由 {inquiry.window_code} 号窗口接待，请在该窗口评价。",
                    f"Inquiry {inquiry.inquiry_no} was taken at window {inquiry.window_code}; "
                    "it is rated there.",
                )
            inquiry_no = journal_no = inquiry.inquiry_no
        else:
            case = find_case(s, number)
            case_no = journal_no = case.case_no
            if visit_kind == "intake" and case.window_code != ident.window_code:
                raise _not_this_window(
                    f"办件 {case_no} 由 {case.window_code} 号窗口受理，接件评价在该窗口进行。",
                    f"Case {case_no} was taken in at window {case.window_code}; "
                    "that visit is rated there.",
                )
            if visit_kind == "collection":
                handover = s.scalar(select(CaseHandover).where(CaseHandover.case_id == case.id))
                if (
                    case.status != CaseStatus.COLLECTED
                    or handover is None
                    or handover.window_code != ident.window_code
                ):
                    raise _not_this_window(
                        f"办件 {case_no} 的结果不是在本窗口领取的，不能评价这次领取。",
                        f"The result of case {case_no} was not collected at this window.",
                    )
        ref = visit_ref_of(visit_kind, journal_no)
        existing = s.scalar(select(Evaluation).where(Evaluation.visit_ref == ref))
        if existing is not None:
            zh, en = LEVELS.get(existing.level, ("", ""))
            raise DomainError(
                "evaluation.once",
                f"这次来访已评价为「{zh}」。每次来访只评价一次，评价不能修改。",
                f"This visit was already rated '{en}'. A visit is rated once and never changed.",
            )
        due = None
        if level in BAD:
            due = load_calendar(s).add_workdays(local_day(at), FOLLOW_UP_WORKDAYS).due
        payload: dict[str, Any] = {
            "evaluation_id": str(new_id()),
            "visit_ref": ref,
            "visit_kind": visit_kind,
            "level": level,
            "comment": " ".join(comment.split())[:500],
            "case_no": case_no,
            "inquiry_no": inquiry_no,
            "follow_up_due": iso(due),
            "created_at": iso(at),
        }
        record(
            s,
            ident,
            "evaluation.recorded",
            payload,
            clerk=op.username,
            case_no=journal_no,
            occurred_at=at,
        )
        row = new_evaluation(payload, window=ident.window_code, clerk=op.username)
        s.add(row)
        s.flush()
        return _info(row, local_day(at))


def follow_up(
    store: Store, op: Operator, ref: str, *, outcome: str, now: datetime | None = None
) -> RatingInfo:
    """A supervisor closes a bad review's follow-up with what was found and done."""
    at = now or now_utc()
    ident = store.require_identity()
    if not op.can(Role.SUPERVISOR):
        raise DomainError(
            "evaluation.supervisor",
            "差评回访由中心或科室负责人办结。",
            "A supervisor closes the follow-up of a bad review.",
        )
    outcome = " ".join(outcome.split())
    if len(outcome) < 4:
        raise DomainError(
            "evaluation.outcome",
            "请写明回访情况和整改结果。",
            "Write what the follow-up found and what was done.",
            field="outcome",
        )
    with store.write() as s:
        row = s.scalar(select(Evaluation).where(Evaluation.visit_ref == ref))
        if row is None:
            raise DomainError("evaluation.unknown", f"没有评价 {ref}。", f"No rating {ref}.")
        try:
            check_follow_up(row)
        except Refused as r:
            raise DomainError(r.code, r.zh, r.en) from None
        p = {"visit_ref": ref, "outcome": outcome, "at": iso(at)}
        journal_no = row.inquiry_no or row.case_no
        record(
            s,
            ident,
            "evaluation.followed_up",
            p,
            clerk=op.username,
            case_no=journal_no,
            occurred_at=at,
        )
        apply_followed_up(row, p, op.username)
        return _info(row, local_day(at))


def rating_of(store: Store, ref: str, *, now: datetime | None = None) -> RatingInfo | None:
    with store.read() as s:
        row = s.scalar(select(Evaluation).where(Evaluation.visit_ref == ref))
        return _info(row, local_day(now or now_utc())) if row else None


def follow_ups(
    store: Store, *, include_closed: bool = False, now: datetime | None = None
) -> list[RatingInfo]:
    """Bad reviews to follow up, soonest due first (overdue ones are flagged)."""
    today = local_day(now or now_utc())
    with store.read() as s:
        stmt = select(Evaluation).where(
            Evaluation.follow_up_status.in_(("open", "closed") if include_closed else ("open",))
        )
        rows = s.scalars(stmt.order_by(Evaluation.follow_up_due, Evaluation.visit_ref)).all()
        return [_info(r, today) for r in rows]
