"""办件的一生: after the intake, the case lives for days or weeks and is touched at other windows.

accepted → in progress → (paused for a special procedure and resumed: desktop/intake.py)
→ decided (approved, or denied with reason and basis) → result ready → collected (by the
applicant or an agent, whose ID is checked against the case) or mailed (carrier and
tracking number). A joint case (联合件) has one task per department, open in parallel,
and is decided when every department has answered; a reported case (上报件) is forwarded
to the higher authority, whose replies are recorded until the final one decides it. An
immediate case (即办件) is finished on the spot by the intake itself.

Each step is one unit of work: checked against the rules in desktop/projection_cases.py
(the same rules the projector applies to other windows' events), journalled with a
payload complete enough to rebuild it elsewhere, and applied. A step the case's state no
longer allows, or a case that changed since the clerk looked at it, is refused with a
message that says so; nothing half-done is left behind.

The case lists (mine, due soon, overdue, waiting for a return visit, search) are read a
page at a time in keyset order on indexed columns, so a million cases stay fast.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.case_documents import EVENT_LABELS as DOC_EVENT_LABELS
from desktop.case_documents import CaseView, case_view, find_case
from desktop.clock import CENTER_TZ, local_day, local_text, now_utc
from desktop.errors import DomainError
from desktop.holidays import load_calendar
from desktop.i18n import pick
from desktop.identity import IdKind, mask_id, validate_id
from desktop.intake import IntakeInvalid
from desktop.numbers import CASE, classify_number, clean
from desktop.projection_cases import (
    APPROVED,
    DECISIONS,
    DENIED,
    Refused,
    apply_decided,
    apply_forwarded,
    apply_handover,
    apply_ready,
    apply_reply,
    apply_started,
    apply_task_done,
    apply_tasks_opened,
    case_tasks,
    check_step,
    iso,
    status_name,
    task_id,
)
from desktop.store import Store, record
from models.accounts import Account, Role
from models.cases import (
    CLOCK_RUNNING,
    STILL_OPEN,
    Applicant,
    Case,
    CaseHandover,
    CasePause,
    CaseReply,
    CaseStatus,
    Evaluation,
    Inquiry,
    Payment,
)
from models.catalog import HandlingKind, ServiceItem
from models.journal import Event
from models.sync import SyncConflict

S = CaseStatus
K = HandlingKind
PAGE = 100
MIN_TEXT = 4  # a reason or a legal basis shorter than this says nothing

# Steps that only some kinds of item take: the others reach their decision another way.
KIND_STEPS: dict[str, frozenset[str]] = {
    "case.started": frozenset({K.IMMEDIATE, K.PROMISED}),
    "case.decided": frozenset({K.IMMEDIATE, K.PROMISED}),
    "case.forwarded": frozenset({K.REPORTED}),
    "case.reply_recorded": frozenset({K.REPORTED}),
    "case.tasks_opened": frozenset({K.JOINT}),
    "case.task_done": frozenset({K.JOINT}),
}
KIND_HINTS: dict[str, tuple[str, str]] = {
    K.JOINT: (
        "联合件由各部门的办理结果共同决定：请逐个登记部门办理结果。",
        "A joint case is decided by its departments: record each department's result.",
    ),
    K.REPORTED: (
        "上报件由上级机关决定：请先上报，再登记上级机关的回复。",
        "A reported case is decided by the higher authority: forward it, then record its reply.",
    ),
}

EVENT_LABELS: dict[str, tuple[str, str]] = {
    "case.accepted": ("受理", "accepted"),
    "case.notice_issued": ("出具一次性告知书", "one-time notice issued"),
    "case.rejected": ("不予受理", "not accepted"),
    "case.supplements_received": ("收取补正材料", "supplements received"),
    "case.finished_on_spot": ("当场办结", "finished on the spot"),
    "case.paused": ("进入特别程序", "paused (special procedure)"),
    "case.resumed": ("特别程序结束", "resumed"),
    "notice.exception": ("告知后新增材料（例外）", "requirement added after the notice"),
    "calendar.uncertain": ("节假日安排未确认", "holiday calendar uncertain"),
    "document.printed": ("打印文书", "document printed"),
    "document.reprinted": ("补打文书", "document reprinted"),
    "case.started": ("开始办理", "work started"),
    "case.decided": ("作出决定", "decided"),
    "case.forwarded": ("上报上级机关", "forwarded to the higher authority"),
    "case.reply_recorded": ("登记上级回复", "reply of the higher authority"),
    "case.tasks_opened": ("开启联合办理", "joint tasks opened"),
    "case.task_done": ("部门办理结果", "a department's result"),
    "case.ready": ("结果待领取", "result ready"),
    "case.collected": ("领取结果", "result collected"),
    "case.mailed": ("邮寄结果", "result mailed"),
    "evaluation.recorded": ("服务评价", "service rated"),
    "evaluation.followed_up": ("差评回访", "bad review followed up"),
    "payment.recorded": ("收费", "fee collected"),
}
# `yichuang case show` and the documents' list of events name the steps of the life too.
for _kind, _label in EVENT_LABELS.items():
    DOC_EVENT_LABELS.setdefault(_kind, _label)

DECISION_NAMES = {APPROVED: ("准予许可", "approved"), DENIED: ("不予许可", "denied")}
ROLE_NAMES = {
    "applicant": ("申请人本人", "the applicant"),
    "agent": ("代理人", "the agent"),
    "other": ("其他受托人", "another authorised person"),
}
LEVEL_NAMES = {
    5: ("非常满意", "very satisfied"),
    4: ("满意", "satisfied"),
    3: ("基本满意", "fairly satisfied"),
    2: ("不满意", "dissatisfied"),
    1: ("非常不满意", "very dissatisfied"),
}


@dataclass(frozen=True)
class CaseState:
    """What a step returns: the case's number and its status now."""

    case_no: str
    status: str


# =======================================================================================
# One step of the life


def _refused(r: Refused, field_name: str | None = None) -> DomainError:
    return DomainError(r.code, r.zh, r.en, field=field_name)


def _guard(session: Session, case: Case, expected_status: str | None) -> None:
    """The case must still be as the clerk saw it; else say who changed it, and when."""
    if expected_status is None or case.status == expected_status:
        return
    last = session.scalars(
        select(Event)
        .where(Event.case_no == case.case_no)
        .order_by(Event.occurred_at.desc(), Event.seq.desc())
        .limit(1)
    ).first()
    now_zh, now_en = status_name(case.status)
    who_zh = who_en = ""
    if last is not None:
        when = local_text(last.occurred_at, "%m-%d %H:%M")
        who_zh = f"（{last.window_code} 号窗口 {last.clerk} 于 {when} 办理）"
        who_en = f" (by {last.clerk} at window {last.window_code}, {when})"
    raise DomainError(
        "case.changed",
        f"办件 {case.case_no} 在您查看之后已有变化，现为「{now_zh}」{who_zh}。"
        "页面已刷新，请核对后再操作。",
        f"Case {case.case_no} changed since you opened it: it is now {now_en}{who_en}. "
        "The screen was refreshed; check it before going on.",
    )


def _item(session: Session, case: Case) -> ServiceItem:
    item = session.get(ServiceItem, case.item_id)
    assert item is not None  # a case's item is never deleted, only deactivated
    return item


def _check(session: Session, case: Case, kind: str) -> ServiceItem:
    item = _item(session, case)
    kinds = KIND_STEPS.get(kind)
    if kinds is not None and item.kind not in kinds:
        zh, en = KIND_HINTS.get(
            item.kind, ("该类事项没有这一步。", "Items of this kind have no such step.")
        )
        raise DomainError("case.kind", zh, en)
    if kind == "case.reply_recorded" and case.forwarded_on is None:
        raise DomainError(
            "reply.not_forwarded",
            f"办件 {case.case_no} 尚未上报，请先登记上报。",
            f"Case {case.case_no} has not been forwarded yet; forward it first.",
        )
    try:
        check_step(case, kind)
    except Refused as r:
        raise _refused(r) from None
    return item


Applier = Callable[[Session, Case, dict[str, Any], Event], None]


def _step(
    store: Store,
    case_no: str,
    op: Operator,
    kind: str,
    payload: Callable[[Session, Case, ServiceItem], dict[str, Any]],
    apply: Applier,
    *,
    expected_status: str | None,
    at: datetime,
) -> CaseState:
    """Check, journal and apply one step in one unit of work (journalled as of ``at``)."""
    ident = store.require_identity()
    with store.write() as s:
        case = find_case(s, case_no)
        _guard(s, case, expected_status)
        item = _check(s, case, kind)
        p = {"case_no": case.case_no, **payload(s, case, item)}
        event = record(s, ident, kind, p, clerk=op.username, case_no=case.case_no, occurred_at=at)
        apply(s, case, p, event)
        return CaseState(case.case_no, case.status)


def _text(value: str, field_name: str, zh: str, en: str) -> str:
    text = " ".join(value.split())
    if len(text) < MIN_TEXT:
        raise IntakeInvalid([DomainError(f"case.{field_name}", zh, en, field=field_name)])
    return text


def start_case(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """受理 → 办理中: the department has begun."""
    at = now or now_utc()
    return _step(
        store,
        case_no,
        op,
        "case.started",
        lambda s, c, i: {"started_at": iso(at)},
        lambda s, c, p, e: apply_started(c, p),
        expected_status=expected_status,
        at=at,
    )


def _decision_fields(decision: str, reason: str, basis: str) -> tuple[str, str]:
    """A refusal states its reason and legal basis (明确答复); an approval needs neither."""
    if decision not in DECISIONS:
        raise IntakeInvalid(
            [
                DomainError(
                    "decision.kind", "请选择决定结果。", "Choose the decision.", field="decision"
                )
            ]
        )
    if decision == APPROVED:
        return " ".join(reason.split()), " ".join(basis.split())
    problems = []
    reason, basis = " ".join(reason.split()), " ".join(basis.split())
    if len(reason) < MIN_TEXT:
        problems.append(
            DomainError(
                "decision.reason",
                "不予许可须写明理由。",
                "A refusal states its reason.",
                field="reason",
            )
        )
    if len(basis) < MIN_TEXT:
        problems.append(
            DomainError(
                "decision.basis",
                "不予许可须写明法律依据。",
                "A refusal states its legal basis.",
                field="basis",
            )
        )
    if problems:
        raise IntakeInvalid(problems)
    return reason, basis


def decide_case(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    decision: str,
    reason: str = "",
    basis: str = "",
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """The department's decision on a promised or immediate item."""
    at = now or now_utc()
    reason, basis = _decision_fields(decision, reason, basis)
    return _step(
        store,
        case_no,
        op,
        "case.decided",
        lambda s, c, i: {
            "decision": decision,
            "reason": reason,
            "basis": basis,
            "decided_at": iso(at),
        },
        lambda s, c, p, e: apply_decided(c, p),
        expected_status=expected_status,
        at=at,
    )


def mark_ready(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """The result (licence, approval or written refusal) is at the window for collection."""
    at = now or now_utc()
    return _step(
        store,
        case_no,
        op,
        "case.ready",
        lambda s, c, i: {"ready_at": iso(at)},
        lambda s, c, p, e: apply_ready(c, p),
        expected_status=expected_status,
        at=at,
    )


# -- 上报件 ---------------------------------------------------------------------------------


def forward_case(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    forwarded_on: date | None = None,
    reference: str,
    authority: str = "",
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """上报: sent to the higher authority with a date and a reference (文号)."""
    at = now or now_utc()
    day = forwarded_on or local_day(at)
    reference = " ".join(reference.split())
    problems = []
    if not reference:
        problems.append(
            DomainError(
                "forward.reference",
                "请填写上报文号或登记号。",
                "Enter the reference of the forwarding.",
                field="reference",
            )
        )
    if day > local_day(at):
        problems.append(
            DomainError(
                "forward.future",
                "上报日期不能晚于今天。",
                "The date cannot be in the future.",
                field="forwarded_on",
            )
        )
    if problems:
        raise IntakeInvalid(problems)

    def payload(s: Session, case: Case, item: ServiceItem) -> dict[str, Any]:
        if case.accepted_at is not None and day < local_day(case.accepted_at):
            raise IntakeInvalid(
                [
                    DomainError(
                        "forward.before",
                        "上报日期不能早于受理日期。",
                        "The case cannot be forwarded before it was accepted.",
                        field="forwarded_on",
                    )
                ]
            )
        target = " ".join(authority.split()) or item.higher_authority
        if not target:
            raise IntakeInvalid(
                [
                    DomainError(
                        "forward.authority",
                        "请填写上级机关。",
                        "Enter the higher authority.",
                        field="authority",
                    )
                ]
            )
        return {
            "forwarded_on": day.isoformat(),
            "authority": target,
            "reference": reference,
            "at": iso(at),
        }

    return _step(
        store,
        case_no,
        op,
        "case.forwarded",
        payload,
        lambda s, c, p, e: apply_forwarded(c, p),
        expected_status=expected_status,
        at=at,
    )


def record_reply(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    content: str,
    replied_on: date | None = None,
    reference: str = "",
    decision: str = "",
    reason: str = "",
    basis: str = "",
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """A reply of the higher authority; the final one (with a decision) decides the case."""
    at = now or now_utc()
    day = replied_on or local_day(at)
    content = " ".join(content.split())
    if len(content) < 2:
        raise IntakeInvalid(
            [
                DomainError(
                    "reply.content",
                    "请填写回复内容。",
                    "Enter what the reply says.",
                    field="content",
                )
            ]
        )
    if decision:
        reason, basis = _decision_fields(decision, reason, basis)

    def payload(s: Session, case: Case, item: ServiceItem) -> dict[str, Any]:
        assert case.forwarded_on is not None  # checked with the step
        if not case.forwarded_on <= day <= local_day(at):
            raise IntakeInvalid(
                [
                    DomainError(
                        "reply.date",
                        f"回复日期应在上报日期（{case.forwarded_on}）与今天之间。",
                        f"The reply date is between the forwarding ({case.forwarded_on}) and today.",
                        field="replied_on",
                    )
                ]
            )
        if decision and case.status != S.IN_PROGRESS:
            raise DomainError(
                "reply.paused",
                "办件处于特别程序中，请先结束特别程序再登记最终决定。",
                "The case is paused; resume it before recording the final decision.",
            )
        return {
            "replied_on": day.isoformat(),
            "reference": " ".join(reference.split()),
            "content": content,
            "decision": decision,
            "reason": reason if decision else "",
            "basis": basis if decision else "",
            "recorded_at": iso(at),
        }

    return _step(
        store,
        case_no,
        op,
        "case.reply_recorded",
        payload,
        lambda s, c, p, e: apply_reply(s, c, p, event_id=e.id, clerk=e.clerk, window=e.window_code),
        expected_status=expected_status,
        at=at,
    )


# -- 联合件 ---------------------------------------------------------------------------------


def _tasks_payload(case: Case, item: ServiceItem, at: datetime) -> dict[str, Any]:
    if not item.joint_departments:
        raise DomainError(
            "joint.no_departments",
            f"事项「{item.name}」没有登记联合办理部门，请管理员补充目录。",
            f"The item '{item.name}' lists no joint departments; ask the administrator.",
        )
    return {
        "opened_at": iso(at),
        "tasks": [
            {
                "task_id": str(task_id(case.case_no, d.code)),
                "position": n,
                "department_code": d.code,
                "department_name": d.name,
            }
            for n, d in enumerate(item.joint_departments, start=1)
        ],
    }


def open_joint_tasks(
    store: Store, case_no: str, op: Operator, *, now: datetime | None = None
) -> bool:
    """并联审批: one task per department, all open at once. Done when the case is first
    opened after acceptance; True if tasks were opened now."""
    at = now or now_utc()
    ident = store.require_identity()
    with store.write() as s:
        case = find_case(s, case_no)
        item = _item(s, case)
        if item.kind != K.JOINT or case_tasks(s, case):
            return False
        if case.status not in (S.ACCEPTED, S.IN_PROGRESS):
            return False
        p = {"case_no": case.case_no, **_tasks_payload(case, item, at)}
        record(
            s,
            ident,
            "case.tasks_opened",
            p,
            clerk=op.username,
            case_no=case.case_no,
            occurred_at=at,
        )
        apply_tasks_opened(s, case, p)
        return True


def record_task_result(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    department_code: str,
    result: str,
    note: str = "",
    basis: str = "",
    now: datetime | None = None,
) -> CaseState:
    """One department's answer; the case is decided when the last one answers.

    Departments answer in any order, at any window; no expected status is asked for,
    because the other departments' answers change nothing about this one.
    """
    at = now or now_utc()
    ident = store.require_identity()
    note, basis = _decision_fields(result, note, basis)
    with store.write() as s:
        case = find_case(s, case_no)
        item = _check(s, case, "case.task_done")
        tasks = case_tasks(s, case)
        if not tasks:  # the first thing done to a joint case opened after acceptance
            p = {"case_no": case.case_no, **_tasks_payload(case, item, at)}
            record(
                s,
                ident,
                "case.tasks_opened",
                p,
                clerk=op.username,
                case_no=case.case_no,
                occurred_at=at,
            )
            apply_tasks_opened(s, case, p)
            tasks = case_tasks(s, case)
        task = next((t for t in tasks if t.department_code == department_code), None)
        if task is None:
            raise DomainError(
                "joint.department",
                "该部门不是本联合件的办理部门。",
                "That department has no task in this joint case.",
                field="department",
            )
        if task.status != "open":
            raise DomainError(
                "joint.done",
                f"{task.department_name}的办理结果已于 {local_text(task.done_at or at)} "
                f"由 {task.done_window} 号窗口登记，不能重复登记。",
                f"The result of {task.department_name} was already recorded at window "
                f"{task.done_window}.",
                field="department",
            )
        p = {
            "case_no": case.case_no,
            "task_id": str(task.id),
            "department_code": task.department_code,
            "department_name": task.department_name,
            "result": result,
            "note": note,
            "basis": basis,
            "done_at": iso(at),
        }
        record(
            s, ident, "case.task_done", p, clerk=op.username, case_no=case.case_no, occurred_at=at
        )
        apply_task_done(s, case, task, p, clerk=op.username, window=ident.window_code)
        return CaseState(case.case_no, case.status)


# -- handing the result over -------------------------------------------------------------------


@dataclass(frozen=True)
class Collector:
    """Who came for the result: the applicant, the agent on the case, or another person
    with a power of attorney."""

    role: str  # applicant | agent | other
    name: str
    id_kind: str
    id_number: str


def _collector_problems(c: Collector, today: date) -> tuple[Collector, list[DomainError]]:
    problems: list[DomainError] = []
    name = " ".join(c.name.split())
    if c.role not in ROLE_NAMES:
        problems.append(
            DomainError("collect.role", "请选择领取人身份。", "Who is collecting?", field="role")
        )
    if not name:
        problems.append(
            DomainError(
                "collect.name",
                "请填写领取人姓名。",
                "Enter the collector's name.",
                field="collector_name",
            )
        )
    number = c.id_number
    try:
        number = validate_id(IdKind(c.id_kind), c.id_number, today, field="collector_id_number")
    except ValueError:
        problems.append(
            DomainError(
                "collect.id_kind",
                "请选择证件类型。",
                "Choose the kind of ID.",
                field="collector_id_kind",
            )
        )
    except DomainError as err:
        problems.append(err)
    return Collector(c.role, name, c.id_kind, number), problems


def _id_mismatch(s: Session, case: Case, c: Collector) -> bool:
    """The collector's ID must be the applicant's or the agent's on the case."""
    known = []
    for party_id in (case.applicant_id, case.agent_id):
        party = s.get(Applicant, party_id) if party_id else None
        if party is not None:
            known.append((party.id_kind, party.id_number))
    return (c.id_kind, c.id_number) not in known


def collect_result(
    store: Store,
    case_no: str,
    op: Operator,
    collector: Collector,
    *,
    confirm_mismatch: bool = False,
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """领取: the ID shown is checked against the case; a mismatch needs the clerk's
    confirmation (a power of attorney was checked) and is recorded as such."""
    at = now or now_utc()
    checked, problems = _collector_problems(collector, local_day(at))
    if problems:
        raise IntakeInvalid(problems)

    def payload(s: Session, case: Case, item: ServiceItem) -> dict[str, Any]:
        mismatch = _id_mismatch(s, case, checked)
        if mismatch and not confirm_mismatch:
            raise DomainError(
                "collect.id_mismatch",
                "领取人的证件号码与本办件的申请人、代理人均不一致。请核验其身份证件和授权委托书；"
                "核实无误后，确认由其领取。",
                "The collector's ID matches neither the applicant nor the agent of this case. "
                "Check the ID and the power of attorney; once satisfied, confirm the collection.",
                field="collector_id_number",
            )
        return {
            "collector_role": checked.role,
            "collector_name": checked.name,
            "collector_id_kind": checked.id_kind,
            "collector_id_number": checked.id_number,
            "id_mismatch": mismatch,
            "at": iso(at),
        }

    return _step(
        store,
        case_no,
        op,
        "case.collected",
        payload,
        lambda s, c, p, e: apply_handover(
            s, c, "collected", p, event_id=e.id, clerk=e.clerk, window=e.window_code
        ),
        expected_status=expected_status,
        at=at,
    )


def mail_result(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    carrier: str,
    tracking_no: str,
    address: str = "",
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """邮寄: the result sent by post, with the carrier and its tracking number."""
    at = now or now_utc()
    carrier = " ".join(carrier.split())
    tracking = clean(tracking_no)
    problems = []
    if not carrier:
        problems.append(
            DomainError("mail.carrier", "请填写寄递公司。", "Enter the carrier.", field="carrier")
        )
    if not (6 <= len(tracking) <= 30 and tracking.isalnum()):
        problems.append(
            DomainError(
                "mail.tracking",
                "运单号应为 6–30 位字母或数字。",
                "The tracking number is 6–30 letters or digits.",
                field="tracking_no",
            )
        )
    if problems:
        raise IntakeInvalid(problems)

    def payload(s: Session, case: Case, item: ServiceItem) -> dict[str, Any]:
        target = " ".join(address.split())
        if not target and case.applicant_id:
            applicant = s.get(Applicant, case.applicant_id)
            target = applicant.address if applicant else ""
        if not target:
            raise IntakeInvalid(
                [
                    DomainError(
                        "mail.address",
                        "请填写寄送地址。",
                        "Enter the address it goes to.",
                        field="address",
                    )
                ]
            )
        return {"carrier": carrier, "tracking_no": tracking, "address": target, "at": iso(at)}

    return _step(
        store,
        case_no,
        op,
        "case.mailed",
        payload,
        lambda s, c, p, e: apply_handover(
            s, c, "mailed", p, event_id=e.id, clerk=e.clerk, window=e.window_code
        ),
        expected_status=expected_status,
        at=at,
    )


def pause(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    procedure: str,
    reason: str,
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    """特别程序: desktop/intake.pause_case, after checking the case is as the clerk saw it."""
    from desktop.intake import pause_case

    _expect(store, case_no, expected_status)
    summary = pause_case(store, case_no, op, procedure=procedure, reason=reason, now=now)
    return CaseState(summary.case_no, summary.status)


def resume(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    expected_status: str | None = None,
    now: datetime | None = None,
) -> CaseState:
    from desktop.intake import resume_case

    _expect(store, case_no, expected_status)
    summary = resume_case(store, case_no, op, now=now)
    return CaseState(summary.case_no, summary.status)


def _expect(store: Store, case_no: str, expected_status: str | None) -> None:
    with store.read() as s:
        _guard(s, find_case(s, case_no), expected_status)


# =======================================================================================
# The case as the screen shows it


@dataclass(frozen=True)
class TaskView:
    department_code: str
    department_name: str
    status: str  # open | approved | denied
    note: str
    basis: str
    done_at: datetime | None
    done_by: str
    done_window: str


@dataclass(frozen=True)
class ReplyView:
    replied_on: date
    reference: str
    content: str
    decision: str
    window: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class HandoverView:
    kind: str  # collected | mailed
    collector_role: str
    collector_name: str
    collector_id_masked: str
    id_mismatch: bool
    carrier: str
    tracking_no: str
    address: str
    window: str
    clerk: str
    at: datetime


@dataclass(frozen=True)
class RatingView:
    visit_ref: str
    visit_kind: str
    level: int
    comment: str
    follow_up_status: str
    follow_up_due: date | None


@dataclass(frozen=True)
class PaymentView:
    receipt_no: str
    total_fen: int
    method: str
    paid_at: datetime
    voided: bool


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    label: str
    detail: str
    clerk: str
    clerk_name: str
    window: str
    occurred_at: datetime
    when: str  # local time of the center


@dataclass(frozen=True)
class CaseDetail:
    view: CaseView
    item_kind: str
    light: str  # green | yellow | red | paused | "" (no running clock)
    workdays_left: int | None
    started_at: datetime | None
    decision: str
    decided_at: datetime | None
    decision_reason: str
    decision_basis: str
    ready_at: datetime | None
    closed_at: datetime | None
    forwarded_on: date | None
    forwarded_to: str
    forward_ref: str
    higher_authority: str
    joint_departments: tuple[str, ...]
    tasks: tuple[TaskView, ...]
    replies: tuple[ReplyView, ...]
    handover: HandoverView | None
    ratings: tuple[RatingView, ...]
    payments: tuple[PaymentView, ...]
    inquiries: tuple[str, ...]
    conflicts: tuple[str, ...]
    pause: tuple[str, date] | None  # (procedure, paused on)
    timeline: tuple[TimelineEntry, ...]
    actions: tuple[str, ...]
    needs_tasks: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def case_no(self) -> str:
        return self.view.case_no

    @property
    def status(self) -> str:
        return self.view.status


def visit_ref(case_no: str, visit_kind: str) -> str:
    return f"{case_no}:{visit_kind}"


def allowed_actions(
    case: Case,
    item_kind: str,
    *,
    tasks: list[Any],
    rated: set[str],
    role: Role,
    my_window: str,
    handover_window: str | None,
) -> tuple[str, ...]:
    """The steps the case's state, its kind and the clerk's role allow now, in screen order."""
    if not role.includes(Role.CLERK):
        return ()
    st = case.status
    working = st in (S.ACCEPTED, S.IN_PROGRESS)
    actions: list[str] = []
    if st == S.ACCEPTED and item_kind in KIND_STEPS["case.started"]:
        actions.append("start")
    if working and item_kind in KIND_STEPS["case.decided"]:
        actions.append("decide")
    if working and item_kind == K.JOINT and (not tasks or any(t.status == "open" for t in tasks)):
        actions.append("task_result")
    if working and item_kind == K.REPORTED and case.forwarded_on is None:
        actions.append("forward")
    if st in (S.IN_PROGRESS, S.PAUSED) and item_kind == K.REPORTED and case.forwarded_on:
        actions.append("reply")
    if working:
        actions.append("pause")
    if st == S.PAUSED:
        actions.append("resume")
    if st == S.DECIDED:
        actions.append("ready")
    if st == S.READY:
        actions += ["collect", "mail"]
    answered = st not in (S.DRAFT,)
    if (
        answered
        and case.window_code == my_window
        and visit_ref(case.case_no, "intake") not in rated
    ):
        actions.append("rate_intake")
    if (
        st == S.COLLECTED
        and handover_window == my_window
        and visit_ref(case.case_no, "collection") not in rated
    ):
        actions.append("rate_collection")
    return tuple(actions)


def _light(calendar: Any, case: Case, today: date) -> tuple[str, int | None]:
    if case.due_date is None:
        return "", None
    if case.status == S.PAUSED:
        return "paused", None
    if case.status not in CLOCK_RUNNING:
        return "", None
    return calendar.light(case.due_date, today), calendar.workdays_between(today, case.due_date)


def _names(session: Session) -> dict[str, str]:
    rows = session.execute(select(Account.username, Account.display_name)).all()
    return {r[0]: r[1] for r in rows}


def _event_detail(ev: Event) -> str:
    """One short line of what an event says, for the timeline."""
    p = ev.payload
    k = ev.kind
    if k == "case.decided" or (k == "case.reply_recorded" and p.get("decision")):
        zh, en = DECISION_NAMES.get(p["decision"], (p["decision"], p["decision"]))
        reason = p.get("reason", "")
        return pick(zh, en) + (f"：{reason}" if reason else "")
    if k == "case.reply_recorded":
        return p.get("content", "")
    if k == "case.forwarded":
        return f"{p.get('authority', '')} {p.get('reference', '')}".strip()
    if k == "case.task_done":
        zh, en = DECISION_NAMES.get(p["result"], (p["result"], p["result"]))
        note = p.get("note", "")
        who = p.get("department_name") or p.get("department_code", "")
        return f"{who} {pick(zh, en)}" + (f"：{note}" if note else "")
    if k == "case.tasks_opened":
        return "、".join(t["department_name"] for t in p.get("tasks", []))
    if k == "case.collected":
        zh, en = ROLE_NAMES.get(p.get("collector_role", ""), ("", ""))
        mark = (
            pick("（证件不符，已核实）", " (ID mismatch, confirmed)")
            if p.get("id_mismatch")
            else ""
        )
        return f"{pick(zh, en)} {p.get('collector_name', '')}{mark}"
    if k == "case.mailed":
        return f"{p.get('carrier', '')} {p.get('tracking_no', '')}"
    if k == "case.paused":
        return p.get("reason", "")
    if k == "case.resumed":
        return pick(f"承诺日期改为 {p.get('new_due', '')}", f"due date now {p.get('new_due', '')}")
    if k == "evaluation.recorded":
        zh, en = LEVEL_NAMES.get(p.get("level", 0), ("", ""))
        return pick(zh, en)
    if k in ("document.printed", "document.reprinted"):
        return str(p.get("doc_kind", ""))
    return ""


def case_detail(
    store: Store,
    case_no: str,
    *,
    role: Role = Role.CLERK,
    now: datetime | None = None,
) -> CaseDetail:
    """Everything the case view shows, read in one go (the scan-to-view budget is 50 ms)."""
    today = local_day(now or now_utc())
    ident = store.require_identity()
    view = case_view(store, case_no)
    with store.read() as s:
        case = find_case(s, view.case_no)
        item = _item(s, case)
        calendar = load_calendar(s)
        light, left = _light(calendar, case, today)
        tasks = case_tasks(s, case)
        replies = s.scalars(
            select(CaseReply).where(CaseReply.case_id == case.id).order_by(CaseReply.recorded_at)
        ).all()
        handover = s.scalar(select(CaseHandover).where(CaseHandover.case_id == case.id))
        ratings = s.scalars(
            select(Evaluation)
            .where(Evaluation.case_no == case.case_no)
            .order_by(Evaluation.created_at)
        ).all()
        names = _names(s)
        events = s.scalars(
            select(Event)
            .where(Event.case_no == case.case_no)
            .order_by(Event.occurred_at, Event.window_code, Event.seq)
        ).all()
        pause_row = s.scalar(
            select(CasePause).where(CasePause.case_id == case.id, CasePause.resumed_on.is_(None))
        )
        inquiries = tuple(
            s.scalars(
                select(Inquiry.inquiry_no)
                .where(Inquiry.case_no == case.case_no)
                .order_by(Inquiry.created_at)
            )
        )
        conflicts = tuple(
            pick(c.reason_zh, c.reason_en)
            for c in s.scalars(
                select(SyncConflict).where(
                    SyncConflict.case_no == case.case_no, SyncConflict.resolved_at.is_(None)
                )
            )
        )
        payments = _payments(s, case)
        rated = {r.visit_ref for r in ratings}
        return CaseDetail(
            view=view,
            item_kind=item.kind,
            light=light,
            workdays_left=left,
            started_at=case.started_at,
            decision=case.decision,
            decided_at=case.decided_at,
            decision_reason=case.decision_reason,
            decision_basis=case.decision_basis,
            ready_at=case.ready_at,
            closed_at=case.closed_at,
            forwarded_on=case.forwarded_on,
            forwarded_to=case.forwarded_to,
            forward_ref=case.forward_ref,
            higher_authority=item.higher_authority,
            joint_departments=tuple(d.name for d in item.joint_departments),
            tasks=tuple(
                TaskView(
                    t.department_code,
                    t.department_name,
                    t.status,
                    t.note,
                    t.basis,
                    t.done_at,
                    t.done_by,
                    t.done_window,
                )
                for t in tasks
            ),
            replies=tuple(
                ReplyView(
                    r.replied_on,
                    r.reference,
                    r.content,
                    r.decision,
                    r.window_code,
                    r.recorded_by,
                    r.recorded_at,
                )
                for r in replies
            ),
            handover=_handover_view(handover),
            ratings=tuple(
                RatingView(
                    r.visit_ref,
                    r.visit_kind,
                    r.level,
                    r.comment,
                    r.follow_up_status,
                    r.follow_up_due,
                )
                for r in ratings
            ),
            payments=payments,
            inquiries=inquiries,
            conflicts=conflicts,
            pause=(pause_row.procedure, pause_row.paused_on) if pause_row else None,
            timeline=tuple(
                TimelineEntry(
                    ev.kind,
                    pick(*EVENT_LABELS[ev.kind]) if ev.kind in EVENT_LABELS else ev.kind,
                    _event_detail(ev),
                    ev.clerk,
                    names.get(ev.clerk, ev.clerk),
                    ev.window_code,
                    ev.occurred_at,
                    local_text(ev.occurred_at, "%Y-%m-%d %H:%M:%S"),
                )
                for ev in events
            ),
            actions=allowed_actions(
                case,
                item.kind,
                tasks=tasks,
                rated=rated,
                role=role,
                my_window=ident.window_code,
                handover_window=handover.window_code if handover else None,
            ),
            needs_tasks=item.kind == K.JOINT
            and not tasks
            and case.status in (S.ACCEPTED, S.IN_PROGRESS),
        )


def _handover_view(h: CaseHandover | None) -> HandoverView | None:
    if h is None:
        return None
    return HandoverView(
        h.kind,
        h.collector_role,
        h.collector_name,
        mask_id(h.collector_id_number) if h.collector_id_number else "",
        h.id_mismatch,
        h.carrier,
        h.tracking_no,
        h.address,
        h.window_code,
        h.clerk,
        h.at,
    )


def _payments(s: Session, case: Case) -> tuple[PaymentView, ...]:
    """Fees of the case, read-only; the fees screen owns them (issue 6)."""
    # Only the columns every version of the fees table has: the view does not depend on
    # how the fees screen keeps the rest.
    rows = s.execute(
        select(
            Payment.receipt_no,
            Payment.total_fen,
            Payment.method,
            Payment.paid_at,
            Payment.voided_at,
        )
        .where(Payment.case_id == case.id)
        .order_by(Payment.paid_at)
    ).all()
    return tuple(PaymentView(r[0], r[1], r[2], r[3], r[4] is not None) for r in rows)


def case_no_of_receipt(store: Store, receipt_no: str) -> str | None:
    """The case a fee receipt belongs to (a scanned receipt opens its case)."""
    with store.read() as s:
        row = s.execute(select(Payment.case_id).where(Payment.receipt_no == receipt_no)).first()
        if row is None or row[0] is None:
            return None
        return s.scalar(select(Case.case_no).where(Case.id == row[0]))


# =======================================================================================
# Lists and search

LISTS = ("mine", "due_soon", "overdue", "waiting", "search")


@dataclass(frozen=True)
class CaseQuery:
    """A case list: one of LISTS, and for "search" any of the filters (all must hold)."""

    kind: str = "search"
    window: str | None = None  # only this window's cases (None: every window known here)
    number: str = ""  # a case number, or its beginning
    name: str = ""  # the applicant's or agent's name, or its beginning
    id_number: str = ""
    phone: str = ""  # a phone number, or its beginning
    item_code: str = ""
    status: str = ""  # a status, or "open" for every status still to act on
    date_from: date | None = None  # received on or after (local day)
    date_to: date | None = None  # received on or before (local day)

    @property
    def by_due(self) -> bool:
        return self.kind in ("due_soon", "overdue")

    @property
    def order(self) -> str:
        """due: soonest first; number: by case number, newest first (a number prefix may
        match every case, and the numbers' own index is then the one that needs no sort);
        received: newest first."""
        if self.by_due:
            return "due"
        if self.number.strip() and self.kind == "search":
            return "number"
        return "received"


@dataclass(frozen=True)
class CaseRow:
    case_no: str
    status: str
    item_name: str
    item_kind: str
    applicant_name: str
    received_at: datetime
    due_date: date | None
    light: str
    window_code: str
    clerk: str
    key: tuple[Any, str]  # where the next page starts


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    more: bool

    @property
    def after(self) -> tuple[Any, str] | None:
        return self.rows[-1].key if self.rows else None


def _sql_in(values: tuple[str, ...]) -> list[ColumnElement[Any]]:
    # Literals, not parameters: SQLite uses a partial index only when the query repeats
    # its condition, and a parameter does not count as a repetition.
    return [literal_column("'" + v.replace("'", "''") + "'") for v in values]


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=CENTER_TZ).astimezone(UTC)


def _prefix(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` begins with ``text``, as an index range (LIKE would scan in SQLite)."""
    return and_(column >= text, column < text + "\U0010ffff")


def number_prefix(text: str) -> str:
    """What was typed of a case number, hyphenated as printed (320117032026 → 320117-03-2026)."""
    raw = clean(text)
    if "-" in raw or not raw.isdigit():
        return raw
    parts, cuts = [], (6, 8, 16, 20)
    start = 0
    for cut in cuts:
        if len(raw) <= start:
            break
        parts.append(raw[start:cut])
        start = cut
    return "-".join(parts)


def _applicants(s: Session, q: CaseQuery) -> Any | None:
    """A subquery of the applicants the name, ID or phone filters name; None if none given."""
    conds = []
    if q.name.strip():
        conds.append(_prefix(Applicant.name, " ".join(q.name.split())))
    if q.id_number.strip():
        conds.append(Applicant.id_number == clean(q.id_number))
    if q.phone.strip():
        digits = clean(q.phone)
        conds.append(_prefix(Applicant.phone, digits))
    if not conds:
        return None
    return select(Applicant.id).where(*conds)


# Up to this many applicants matching a search, their cases are looked up through them;
# beyond it (a surname alone) matches are dense enough to read the cases in order.
SPARSE = 2000


def _people(s: Session, q: CaseQuery) -> tuple[str, Any]:
    """("none", None), ("ids", [applicant ids]) or ("dense", a subquery of them)."""
    sub = _applicants(s, q)
    if sub is None:
        return "none", None
    ids = list(s.scalars(sub.limit(SPARSE + 1)))
    return ("ids", ids) if len(ids) <= SPARSE else ("dense", sub)


def _conditions(s: Session, q: CaseQuery, today: date, calendar: Any) -> list[Any]:
    """Every filter but the applicant's (see _people), as conditions on the case table."""
    conds: list[Any] = []
    if q.window:
        conds.append(Case.window_code == q.window)
    if q.kind == "mine":
        conds.append(Case.status.in_(_sql_in(STILL_OPEN)))
    elif q.kind == "waiting":
        conds.append(Case.status == literal_column("'incomplete'"))
    elif q.by_due:
        conds.append(Case.status.in_(_sql_in(CLOCK_RUNNING)))
        if q.kind == "overdue":
            conds.append(Case.due_date < today)
        else:
            conds.append(Case.due_date >= today)
            conds.append(Case.due_date <= calendar.next_workday(today))
    if q.number.strip():
        found = classify_number(q.number)
        if found and found[0] == CASE:
            conds.append(Case.case_no == found[1])
        else:
            conds.append(_prefix(Case.case_no, number_prefix(q.number)))
    if q.item_code.strip():
        item_id = s.scalar(select(ServiceItem.id).where(ServiceItem.code == q.item_code.strip()))
        conds.append(Case.item_id == item_id if item_id else false())
    if q.status == "open":
        conds.append(Case.status.in_(_sql_in(STILL_OPEN)))
    elif q.status:
        conds.append(Case.status == q.status)
    if q.date_from:
        conds.append(Case.received_at >= _day_start(q.date_from))
    if q.date_to:
        conds.append(Case.received_at < _day_start(date.fromordinal(q.date_to.toordinal() + 1)))
    return conds


def find_cases(
    store: Store,
    query: CaseQuery,
    *,
    after: tuple[Any, str] | None = None,
    limit: int = PAGE,
    now: datetime | None = None,
) -> CasePage:
    """One page of a case list, from where the previous page ended (keyset, never OFFSET)."""
    today = local_day(now or now_utc())
    if query.kind not in LISTS:
        raise DomainError("cases.list", f"未知的列表：{query.kind}", f"Unknown list: {query.kind}")
    with store.read() as s:
        calendar = load_calendar(s)
        conds = _conditions(s, query, today, calendar)
        order: list[Any]
        if query.order == "due":
            order = [Case.due_date.asc(), Case.case_no.asc()]
            if after is not None:
                conds.append(tuple_(Case.due_date, Case.case_no) > tuple_(*after))
        elif query.order == "number":
            order = [Case.case_no.desc()]
            if after is not None:
                conds.append(Case.case_no < after[1])
        else:
            order = [Case.received_at.desc(), Case.case_no.desc()]
            if after is not None:
                conds.append(tuple_(Case.received_at, Case.case_no) < tuple_(*after))
        rows = _read_page(s, query, conds, order, limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        items = {
            r.id: (r.name, r.kind)
            for r in s.execute(select(ServiceItem.id, ServiceItem.name, ServiceItem.kind))
        }
        ids = {r.applicant_id for r in rows if r.applicant_id}
        people = (
            {
                r[0]: r[1]
                for r in s.execute(
                    select(Applicant.id, Applicant.name).where(Applicant.id.in_(ids))
                )
            }
            if ids
            else {}
        )
    result = []
    for r in rows:
        item_name, item_kind = items.get(r.item_id, ("", ""))
        light = ""
        if r.due_date is not None and r.status in CLOCK_RUNNING:
            light = calendar.light(r.due_date, today)
        elif r.status == S.PAUSED:
            light = "paused"
        keys = {"due": r.due_date, "number": r.case_no, "received": r.received_at}
        key = (keys[query.order], r.case_no)
        result.append(
            CaseRow(
                r.case_no,
                r.status,
                item_name,
                item_kind,
                people.get(r.applicant_id, ""),
                r.received_at,
                r.due_date,
                light,
                r.window_code,
                r.clerk,
                key,
            )
        )
    return CasePage(tuple(result), more)


def _read_page(
    s: Session, query: CaseQuery, conds: list[Any], order: list[Any], n: int
) -> list[Any]:
    mode, people = _people(s, query)

    def read(extra: list[Any]) -> list[Any]:
        stmt = (
            select(
                Case.case_no,
                Case.status,
                Case.item_id,
                Case.applicant_id,
                Case.received_at,
                Case.due_date,
                Case.window_code,
                Case.clerk,
            )
            .where(*conds, *extra)
            .order_by(*order)
            .limit(n)
        )
        return list(s.execute(stmt).all())

    if mode == "none":
        return read([])
    if mode == "dense":
        return read([or_(Case.applicant_id.in_(people), Case.agent_id.in_(people))])
    if not people:
        return []
    # A few people: their cases through the applicant index and the agent index, each
    # query on its own and merged here. As one query with OR, SQLite may read the whole
    # table in date order instead (half a second on a million cases).
    found = {r.case_no: r for r in read([Case.applicant_id.in_(people)])}
    found.update({r.case_no: r for r in read([Case.agent_id.in_(people)])})
    if query.order == "due":
        return sorted(found.values(), key=lambda r: (r.due_date, r.case_no))[:n]
    if query.order == "number":
        return sorted(found.values(), key=lambda r: r.case_no, reverse=True)[:n]
    return sorted(found.values(), key=lambda r: (r.received_at, r.case_no), reverse=True)[:n]


def list_counts(store: Store, window: str | None, *, now: datetime | None = None) -> dict[str, int]:
    """How many cases each list holds (the tabs show it); each count uses a partial index."""
    counts = {}
    today = local_day(now or now_utc())
    with store.read() as s:
        calendar = load_calendar(s)
        for kind in ("mine", "due_soon", "overdue", "waiting"):
            conds = _conditions(s, CaseQuery(kind=kind, window=window), today, calendar)
            counts[kind] = int(s.scalar(select(func.count()).select_from(Case).where(*conds)) or 0)
    return counts


def parse_search_text(text: str) -> dict[str, str]:
    """One search box for everything: a case number, an ID number, a phone or a name.

    Returns the CaseQuery fields it fills. A receipt or inquiry number is not a case
    search; the caller opens those directly.
    """
    raw = clean(text)
    if not raw:
        return {}
    found = classify_number(raw)
    if found and found[0] == CASE:
        return {"number": found[1]}
    if len(raw) == 18 and raw[:17].isdigit():
        return {"id_number": raw}
    if raw.replace("-", "").isdigit():
        first = raw.split("-")[0]
        if raw.startswith("0") or (raw.startswith("1") and len(raw) <= 11 and "-" not in raw):
            return {"phone": raw}  # a landline with its area code, or a mobile
        if len(first) >= 6:
            return {"number": raw}  # the beginning of a case number
        return {"phone": raw}
    if any(unicodedata.east_asian_width(ch) in "WF" for ch in text):
        return {"name": " ".join(text.split())}
    return {"id_number": raw}  # passports and permits: letters and digits
