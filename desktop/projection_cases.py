"""The life of a case, inquiries and ratings as journal events: the rules and their projectors.

Each rule (which status a step may start from, what it changes) is written once here
and used twice: by the service in desktop/cases.py, desktop/inquiries.py and
desktop/evaluations.py, which checks it for the clerk (a DomainError) and then applies
the change beside its event; and by the projector below, which applies the same event
arriving from another window (a Conflict when the agreed order makes it impossible).
So a service and its projector cannot drift apart; tests/test_projection_cases.py
replays a journal to prove it.

Rows that an event creates take the event's id (a handover, a reply), or an id derived
from what they are (the task of one department in one case), so every machine that
applies the event makes the same row. Events of one inquiry carry its number in the
journal's case_no column, so sync re-applies them in the center's order like a case's;
an inquiry's first event therefore resets the row to what it said (see
``_inquiry_logged``), and the later ones follow.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.projection import Conflict, _dt, _require_case, case_cleanup, projects
from models.cases import (
    Case,
    CaseHandover,
    CaseReply,
    CaseStatus,
    CaseTask,
    Evaluation,
    Inquiry,
)
from models.journal import JournalEvent

APPROVED = "approved"
DENIED = "denied"
DECISIONS = (APPROVED, DENIED)
TASK_NAMESPACE = uuid.UUID("0b6f3b8e-6d2a-4c55-9a51-320117000005")

S = CaseStatus
# Where each step of the life may start from. A paused case (特别程序) waits for its
# resumption; a reply of the higher authority may still arrive while it waits.
ALLOWED_FROM: dict[str, frozenset[str]] = {
    "case.started": frozenset({S.ACCEPTED}),
    "case.decided": frozenset({S.ACCEPTED, S.IN_PROGRESS}),
    "case.forwarded": frozenset({S.ACCEPTED, S.IN_PROGRESS}),
    "case.reply_recorded": frozenset({S.IN_PROGRESS, S.PAUSED}),
    "case.tasks_opened": frozenset({S.ACCEPTED, S.IN_PROGRESS}),
    "case.task_done": frozenset({S.ACCEPTED, S.IN_PROGRESS}),
    "case.ready": frozenset({S.DECIDED}),
    "case.collected": frozenset({S.READY}),
    "case.mailed": frozenset({S.READY}),
}
STEP_NAMES: dict[str, tuple[str, str]] = {
    "case.started": ("开始办理", "start work on it"),
    "case.decided": ("作出决定", "record a decision"),
    "case.forwarded": ("上报", "forward it to the higher authority"),
    "case.reply_recorded": ("登记上级回复", "record a reply of the higher authority"),
    "case.tasks_opened": ("开启联合办理", "open the joint tasks"),
    "case.task_done": ("登记部门办理结果", "record a department's result"),
    "case.ready": ("通知领取", "mark the result ready"),
    "case.collected": ("登记领取", "record the collection"),
    "case.mailed": ("登记邮寄", "record the mailing"),
}
STATUS_NAMES: dict[str, tuple[str, str]] = {
    S.DRAFT: ("草稿", "a draft"),
    S.INCOMPLETE: ("待补正", "waiting for materials"),
    S.REJECTED: ("不予受理", "not accepted"),
    S.ACCEPTED: ("已受理", "accepted"),
    S.IN_PROGRESS: ("办理中", "in progress"),
    S.PAUSED: ("特别程序中", "paused for a special procedure"),
    S.DECIDED: ("已决定", "decided"),
    S.READY: ("待领取", "ready for collection"),
    S.COLLECTED: ("已领取", "collected"),
    S.MAILED: ("已邮寄", "mailed"),
}


class Refused(Exception):
    """A step the rules do not allow now: a DomainError for the clerk, a Conflict in sync."""

    def __init__(self, code: str, zh: str, en: str) -> None:
        super().__init__(en)
        self.code = code
        self.zh = zh
        self.en = en


def iso(moment: datetime | date | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def status_name(status: str) -> tuple[str, str]:
    return STATUS_NAMES.get(status, (status, status))


# =======================================================================================
# The rules


def check_step(case: Case, kind: str) -> None:
    allowed = ALLOWED_FROM[kind]
    if case.status in allowed:
        return
    now_zh, now_en = status_name(case.status)
    step_zh, step_en = STEP_NAMES[kind]
    raise Refused(
        "case.state",
        f"办件 {case.case_no} 当前为「{now_zh}」，不能{step_zh}。",
        f"Case {case.case_no} is {now_en}; you cannot {step_en} now.",
    )


def task_id(case_no: str, department_code: str) -> uuid.UUID:
    return uuid.uuid5(TASK_NAMESPACE, f"{case_no}:{department_code}")


def case_tasks(session: Session, case: Case) -> list[CaseTask]:
    session.flush()  # tasks opened earlier in the same batch are still pending
    return list(
        session.scalars(
            select(CaseTask).where(CaseTask.case_id == case.id).order_by(CaseTask.position)
        )
    )


def joint_outcome(tasks: Sequence[CaseTask]) -> tuple[str, str, str] | None:
    """The joint case's decision once every department has answered; None before.

    One department's refusal refuses the case (并联审批 gives one result); the reasons
    and bases of every refusing department are kept, each named.
    """
    if not tasks or any(t.status == "open" for t in tasks):
        return None
    denied = [t for t in tasks if t.status == DENIED]
    if not denied:
        return APPROVED, "", ""
    reason = "；".join(f"{t.department_name}：{t.note}" for t in denied)
    basis = "；".join(f"{t.department_name}：{t.basis}" for t in denied if t.basis)
    return DENIED, reason, basis


# =======================================================================================
# What each step changes (used by the services and by the projectors alike)


def apply_started(case: Case, p: dict[str, Any]) -> None:
    case.started_at = _dt(p["started_at"])
    case.status = S.IN_PROGRESS.value


def _decide(case: Case, decision: str, reason: str, basis: str, at: datetime | None) -> None:
    case.decision = decision
    case.decision_reason = reason
    case.decision_basis = basis
    case.decided_at = at
    case.status = S.DECIDED.value


def apply_decided(case: Case, p: dict[str, Any]) -> None:
    _decide(case, p["decision"], p.get("reason", ""), p.get("basis", ""), _dt(p["decided_at"]))


def apply_forwarded(case: Case, p: dict[str, Any]) -> None:
    case.forwarded_on = _day(p["forwarded_on"])
    case.forwarded_to = p["authority"]
    case.forward_ref = p["reference"]
    if case.started_at is None:
        case.started_at = _dt(p["at"])
    case.status = S.IN_PROGRESS.value


def apply_reply(
    session: Session, case: Case, p: dict[str, Any], *, event_id: uuid.UUID, clerk: str, window: str
) -> None:
    at = _dt(p["recorded_at"])
    assert at is not None
    session.add(
        CaseReply(
            id=event_id,
            case_id=case.id,
            replied_on=date.fromisoformat(p["replied_on"]),
            reference=p.get("reference", ""),
            content=p["content"],
            decision=p.get("decision", ""),
            window_code=window,
            recorded_by=clerk,
            recorded_at=at,
        )
    )
    if p.get("decision"):
        _decide(case, p["decision"], p.get("reason", ""), p.get("basis", ""), at)


def apply_tasks_opened(session: Session, case: Case, p: dict[str, Any]) -> None:
    opened = _dt(p["opened_at"])
    assert opened is not None
    for t in p["tasks"]:
        session.add(
            CaseTask(
                id=uuid.UUID(t["task_id"]),
                case_id=case.id,
                position=t["position"],
                department_code=t["department_code"],
                department_name=t["department_name"],
                status="open",
                opened_at=opened,
            )
        )
    if case.started_at is None:
        case.started_at = opened
    case.status = S.IN_PROGRESS.value


def apply_task_done(
    session: Session, case: Case, task: CaseTask, p: dict[str, Any], *, clerk: str, window: str
) -> None:
    task.status = p["result"]
    task.note = p.get("note", "")
    task.basis = p.get("basis", "")
    task.done_at = _dt(p["done_at"])
    task.done_by = clerk
    task.done_window = window
    outcome = joint_outcome(case_tasks(session, case))
    if outcome is not None:
        _decide(case, *outcome, task.done_at)


def apply_ready(case: Case, p: dict[str, Any]) -> None:
    case.ready_at = _dt(p["ready_at"])
    case.status = S.READY.value


def apply_handover(
    session: Session,
    case: Case,
    kind: str,
    p: dict[str, Any],
    *,
    event_id: uuid.UUID,
    clerk: str,
    window: str,
) -> None:
    at = _dt(p["at"])
    assert at is not None
    session.add(
        CaseHandover(
            id=event_id,
            case_id=case.id,
            kind=kind,
            collector_role=p.get("collector_role", ""),
            collector_name=p.get("collector_name", ""),
            collector_id_kind=p.get("collector_id_kind", ""),
            collector_id_number=p.get("collector_id_number", ""),
            id_mismatch=bool(p.get("id_mismatch", False)),
            carrier=p.get("carrier", ""),
            tracking_no=p.get("tracking_no", ""),
            address=p.get("address", ""),
            window_code=window,
            clerk=clerk,
            at=at,
        )
    )
    case.closed_at = at
    case.status = (S.COLLECTED if kind == "collected" else S.MAILED).value


# =======================================================================================
# Projectors: the same steps arriving from another window


def _checked(case: Case, kind: str) -> None:
    try:
        check_step(case, kind)
    except Refused as r:
        raise Conflict(r.zh, r.en) from None


@projects("case.started", bulk=True)
def _started(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if case.started_at == _dt(p["started_at"]) and case.status != S.ACCEPTED:
        return
    _checked(case, event.kind)
    apply_started(case, p)


@projects("case.decided", bulk=True)
def _decided(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if case.decided_at is not None and case.decided_at == _dt(p["decided_at"]):
        return
    _checked(case, event.kind)
    apply_decided(case, p)


@projects("case.forwarded", bulk=True)
def _forwarded(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if case.forwarded_on is not None:
        if case.forwarded_on == _day(p["forwarded_on"]) and case.forward_ref == p["reference"]:
            return
        raise Conflict(
            f"办件 {case.case_no} 已于 {case.forwarded_on} 上报（文号 {case.forward_ref}），"
            "这次上报记录未应用。",
            f"Case {case.case_no} was already forwarded on {case.forwarded_on} "
            f"(ref. {case.forward_ref}); this forwarding was not applied.",
        )
    _checked(case, event.kind)
    apply_forwarded(case, p)


@projects("case.reply_recorded")
def _reply(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if session.get(CaseReply, event.id) is not None:
        return
    _checked(case, event.kind)
    if p.get("decision") and case.status != S.IN_PROGRESS:
        raise Conflict(
            f"办件 {case.case_no} 已不在办理中，上级的最终回复未应用。",
            f"Case {case.case_no} is no longer in progress; the final reply was not applied.",
        )
    apply_reply(session, case, p, event_id=event.id, clerk=event.clerk, window=event.window_code)


@projects("case.tasks_opened")
def _tasks_opened(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if case_tasks(session, case):
        return  # opened here or at another window: the same rows either way
    _checked(case, event.kind)
    apply_tasks_opened(session, case, p)


@projects("case.task_done")
def _task_done(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    task = next(
        (t for t in case_tasks(session, case) if t.department_code == p["department_code"]), None
    )
    if task is None:
        raise Conflict(
            f"办件 {case.case_no} 没有 {p['department_code']} 部门的联合办理任务。",
            f"Case {case.case_no} has no joint task of department {p['department_code']}.",
        )
    if task.status != "open":
        if task.done_at == _dt(p["done_at"]):
            return
        raise Conflict(
            f"{task.department_name}的办理结果已由 {task.done_window} 号窗口登记，这次登记未应用。",
            f"The result of {task.department_name} was already recorded at window "
            f"{task.done_window}; this one was not applied.",
        )
    _checked(case, event.kind)
    apply_task_done(session, case, task, p, clerk=event.clerk, window=event.window_code)


@projects("case.ready", bulk=True)
def _ready(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if case.ready_at is not None and case.ready_at == _dt(p["ready_at"]):
        return
    _checked(case, event.kind)
    apply_ready(case, p)


@projects("case.collected", "case.mailed")
def _handover(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if session.get(CaseHandover, event.id) is not None:
        return
    if case.status in (S.COLLECTED, S.MAILED):
        zh, en = status_name(case.status)
        raise Conflict(
            f"办件 {case.case_no} 的结果已{zh[1:]}（另一窗口先登记），"
            f"{event.window_code} 号窗口的这次登记未应用，请负责人核实。",
            f"The result of case {case.case_no} was already {en} (another window recorded it "
            f"first); this record of window {event.window_code} was not applied. "
            "A supervisor should check.",
        )
    _checked(case, event.kind)
    kind = "collected" if event.kind == "case.collected" else "mailed"
    apply_handover(
        session, case, kind, p, event_id=event.id, clerk=event.clerk, window=event.window_code
    )


@case_cleanup
def _drop_case_life(session: Session, case: Case) -> None:
    for table in (CaseTask, CaseReply, CaseHandover):
        session.execute(delete(table).where(table.case_id == case.id))
    # Ratings of the case's visits are case events too: they are rebuilt in order.
    session.execute(delete(Evaluation).where(Evaluation.case_no == case.case_no))


# =======================================================================================
# Inquiries (首问负责登记)


def reset_inquiry(row: Inquiry, p: dict[str, Any], *, window: str, clerk: str) -> None:
    """The inquiry as its first event said: applied again in a replay, then what followed."""
    created = _dt(p["created_at"])
    row.inquiry_no = p["inquiry_no"]
    row.window_code = window
    row.clerk = clerk
    row.topic = p["topic"]
    row.answer = p.get("answer", "")
    row.referred_kind = p.get("referred_kind", "")
    row.referred_to = p.get("referred_to", "")
    row.promised_reply_at = _dt(p.get("promised_reply_at"))
    row.inquirer_name = p.get("inquirer_name", "")
    row.inquirer_phone = p.get("inquirer_phone", "")
    row.case_no = p.get("case_no", "")
    row.status = p["status"]
    row.outcome = p.get("outcome", "")
    row.created_at = created or row.created_at
    row.closed_at = created if p["status"] == "closed" else None
    row.closed_by = clerk if p["status"] == "closed" else ""


def _inquiry(session: Session, number: str) -> Inquiry:
    session.flush()
    row = session.scalar(select(Inquiry).where(Inquiry.inquiry_no == number))
    if row is None:
        raise Conflict(
            f"首问登记 {number} 尚未到达本机。", f"Inquiry {number} has not reached this machine."
        )
    return row


def check_close(row: Inquiry) -> None:
    if row.status == "closed":
        raise Refused(
            "inquiry.closed",
            f"首问登记 {row.inquiry_no} 已办结，不能再次办结。",
            f"Inquiry {row.inquiry_no} is already closed.",
        )


def apply_inquiry_closed(row: Inquiry, p: dict[str, Any], clerk: str) -> None:
    row.status = "closed"
    row.outcome = p["outcome"]
    row.closed_at = _dt(p["closed_at"])
    row.closed_by = clerk


@projects("inquiry.logged")
def _inquiry_logged(session: Session, event: JournalEvent) -> None:
    p = event.payload
    row = session.get(Inquiry, uuid.UUID(p["inquiry_id"]))
    if row is None:
        row = Inquiry(id=uuid.UUID(p["inquiry_id"]))
        session.add(row)
    reset_inquiry(row, p, window=event.window_code, clerk=event.clerk)


@projects("inquiry.closed")
def _inquiry_closed(session: Session, event: JournalEvent) -> None:
    p = event.payload
    row = _inquiry(session, p["inquiry_no"])
    if row.status == "closed":
        if row.closed_at == _dt(p["closed_at"]) and row.outcome == p["outcome"]:
            return
        raise Conflict(
            f"首问登记 {row.inquiry_no} 已由 {row.closed_by} 办结，这次办结记录未应用。",
            f"Inquiry {row.inquiry_no} was already closed by {row.closed_by}; "
            "this closing was not applied.",
        )
    apply_inquiry_closed(row, p, event.clerk)


@projects("inquiry.linked")
def _inquiry_linked(session: Session, event: JournalEvent) -> None:
    p = event.payload
    _inquiry(session, p["inquiry_no"]).case_no = p["case_no"]


# =======================================================================================
# Ratings (好差评)


def new_evaluation(p: dict[str, Any], *, window: str, clerk: str) -> Evaluation:
    return Evaluation(
        id=uuid.UUID(p["evaluation_id"]),
        visit_ref=p["visit_ref"],
        window_code=window,
        clerk=clerk,
        level=p["level"],
        comment=p.get("comment", ""),
        created_at=_dt(p["created_at"]),
        case_no=p.get("case_no", ""),
        inquiry_no=p.get("inquiry_no", ""),
        visit_kind=p["visit_kind"],
        follow_up_due=_day(p.get("follow_up_due")),
        follow_up_status="open" if p.get("follow_up_due") else "",
        followed_up_at=None,
        follow_up_by="",
        follow_up_outcome="",
    )


def check_follow_up(row: Evaluation) -> None:
    if row.follow_up_status != "open":
        raise Refused(
            "evaluation.follow_up_state",
            "这条评价没有待办的差评回访（不是差评，或已回访办结）。",
            "This rating has no open follow-up (it is not a bad review, or it was followed up).",
        )


def apply_followed_up(row: Evaluation, p: dict[str, Any], clerk: str) -> None:
    row.follow_up_status = "closed"
    row.follow_up_outcome = p["outcome"]
    row.followed_up_at = _dt(p["at"])
    row.follow_up_by = clerk


@projects("evaluation.recorded")
def _evaluation(session: Session, event: JournalEvent) -> None:
    p = event.payload
    session.flush()
    row = session.scalar(select(Evaluation).where(Evaluation.visit_ref == p["visit_ref"]))
    fresh = new_evaluation(p, window=event.window_code, clerk=event.clerk)
    if row is None:
        session.add(fresh)
        return
    if row.id != fresh.id:
        raise Conflict(
            f"这次来访（{p['visit_ref']}）已有评价，每次来访只评价一次，这条评价未应用。",
            f"The visit {p['visit_ref']} was already rated; a visit is rated once, "
            "so this rating was not applied.",
        )
    # The same rating applied again (a replay): back to how it was made; follow-ups follow.
    for column in ("follow_up_status", "follow_up_by", "follow_up_outcome", "followed_up_at"):
        setattr(row, column, getattr(fresh, column))


@projects("evaluation.followed_up")
def _followed_up(session: Session, event: JournalEvent) -> None:
    p = event.payload
    session.flush()
    row = session.scalar(select(Evaluation).where(Evaluation.visit_ref == p["visit_ref"]))
    if row is None:
        raise Conflict(
            f"评价 {p['visit_ref']} 尚未到达本机。",
            f"The rating of {p['visit_ref']} has not reached this machine.",
        )
    if row.follow_up_status == "closed" and row.followed_up_at == _dt(p["at"]):
        return
    try:
        check_follow_up(row)
    except Refused as r:
        raise Conflict(r.zh, r.en) from None
    apply_followed_up(row, p, event.clerk)
