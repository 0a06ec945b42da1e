"""接件: every intake ends in exactly one clear answer (明确答复制).

受理 (accepted, with a due date in working days), 一次性告知 (everything missing, told
once; the list is then frozen) or 不予受理 (reason, legal basis, the applicant's rights).
Each outcome is one unit of work: the applicant, the case, its materials and the journal
events are written together or not at all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.accounts import Operator, verify_password
from desktop.applicants import ApplicantInput, check_applicant, register_applicant
from desktop.case_numbers import next_case_no, normalise_case_no
from desktop.clock import local_day, now_utc
from desktop.errors import DomainError
from desktop.holidays import load_calendar
from desktop.store import Store, WindowIdentity, record
from desktop.workdays import DueDate, WorkdayCalendar
from models.accounts import Account, Role
from models.base import new_id
from models.cases import Case, CaseMaterial, CasePause, CaseStatus, IntakeDraft
from models.catalog import HandlingKind, ItemMaterial, ServiceItem

# 行政许可法 Art. 32: the applicant must be told what is missing within five days of
# receipt (days of the act are working days, Art. 82); after that the application
# counts as accepted on the day it was received.
NOTICE_WORKDAYS = 5
MAX_COUNT = 99
SPECIAL_PROCEDURES = {
    "hearing": ("听证", "hearing"),
    "inspection": ("现场勘验", "inspection"),
    "testing": ("检验检测", "testing"),
    "expert_review": ("专家评审", "expert review"),
}


class IntakeInvalid(DomainError):
    """Several field problems at once, so the form can mark every one of them."""

    def __init__(self, problems: list[DomainError]) -> None:
        first = problems[0]
        super().__init__(first.code, first.zh, first.en, field=first.field)
        self.problems = problems


@dataclass(frozen=True)
class MaterialTick:
    """What the clerk ticked for one material of the item (by its position)."""

    position: int
    received_originals: int = 0
    received_copies: int = 0
    applies: bool = False  # for a conditional material: does its condition apply here?


@dataclass(frozen=True)
class IntakeInput:
    item_code: str
    applicant: ApplicantInput
    agent: ApplicantInput | None = None
    ticks: tuple[MaterialTick, ...] = ()
    received_at: datetime | None = None  # when a resumed draft was first received
    draft_id: uuid.UUID | None = None


@dataclass(frozen=True)
class MaterialState:
    position: int
    name: str
    originals: int
    copies: int
    form: str
    required: bool
    condition: str
    applies: bool
    received_originals: int
    received_copies: int
    added_by_exception: bool = False

    @property
    def missing(self) -> bool:
        return self.applies and (
            self.received_originals < self.originals or self.received_copies < self.copies
        )


@dataclass(frozen=True)
class CaseSummary:
    case_no: str
    status: str
    item_code: str
    item_name: str
    item_kind: str
    applicant_name: str
    received_at: datetime
    accepted_at: datetime | None
    due_date: date | None
    notice_deadline: date | None
    materials: tuple[MaterialState, ...]
    due_warning_zh: str = ""
    due_warning_en: str = ""
    deemed_accepted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def missing(self) -> tuple[MaterialState, ...]:
        return tuple(m for m in self.materials if m.missing)


# -- materials -------------------------------------------------------------------------
AGENT_WORDS = ("委托", "代理", "代办")


def applies_with_agent(condition: str) -> bool:
    """A condition such as 委托他人办理的: it applies whenever an agent acts."""
    return any(word in condition for word in AGENT_WORDS)


def evaluate_materials(
    item_materials: list[ItemMaterial], ticks: tuple[MaterialTick, ...], *, has_agent: bool = False
) -> list[MaterialState]:
    """Join the item's published list with what was handed in; conditional ones apply
    when the clerk says so, when something was handed in for them, or (for a power of
    attorney) when an agent acts."""
    by_pos = {t.position: t for t in ticks}
    problems: list[DomainError] = []
    known = {m.position for m in item_materials}
    for pos in by_pos:
        if pos not in known:
            problems.append(
                DomainError(
                    "intake.material_unknown",
                    f"材料序号 {pos} 不在该事项的材料清单中。",
                    f"Material {pos} is not on this item's list.",
                    field="materials",
                )
            )
    states = []
    for m in item_materials:
        t = by_pos.get(m.position, MaterialTick(m.position, 0, 0, m.required))
        for count, label_zh, label_en in (
            (t.received_originals, "原件", "originals"),
            (t.received_copies, "复印件", "copies"),
        ):
            if not 0 <= count <= MAX_COUNT:
                problems.append(
                    DomainError(
                        "intake.material_count",
                        f"「{m.name}」的{label_zh}份数应为 0–{MAX_COUNT}。",
                        f"The number of {label_en} of '{m.name}' must be 0–{MAX_COUNT}.",
                        field=f"material_{m.position}",
                    )
                )
        received_any = t.received_originals > 0 or t.received_copies > 0
        applies = (
            m.required
            or t.applies
            or received_any
            or (has_agent and applies_with_agent(m.condition))
        )
        states.append(
            MaterialState(
                m.position,
                m.name,
                m.originals,
                m.copies,
                m.form,
                m.required,
                m.condition,
                applies,
                max(0, t.received_originals),
                max(0, t.received_copies),
            )
        )
    if problems:
        raise IntakeInvalid(problems)
    return states


def _case_material_states(case: Case) -> tuple[MaterialState, ...]:
    return tuple(
        MaterialState(
            cm.position,
            cm.name,
            cm.originals,
            cm.copies,
            cm.form,
            cm.required,
            cm.condition,
            cm.applies,
            cm.received_originals,
            cm.received_copies,
            cm.added_by_exception,
        )
        for cm in case.materials
    )


def _materials_payload(
    states: tuple[MaterialState, ...] | list[MaterialState],
) -> list[dict[str, Any]]:
    return [
        {
            "position": s.position,
            "name": s.name,
            "originals": s.originals,
            "copies": s.copies,
            "applies": s.applies,
            "received_originals": s.received_originals,
            "received_copies": s.received_copies,
            "required": s.required,
            "form": s.form,
            "condition": s.condition,
            "added_by_exception": s.added_by_exception,
        }
        for s in states
    ]


# -- reading -----------------------------------------------------------------------------
def _item(session: Session, code: str) -> ServiceItem:
    item = session.scalar(select(ServiceItem).where(ServiceItem.code == code))
    if item is None or not item.active:
        raise IntakeInvalid(
            [
                DomainError(
                    "intake.item", "请选择要办理的事项。", "Choose the service item.", field="item"
                )
            ]
        )
    return item


def _case(session: Session, case_no: str) -> Case:
    number = normalise_case_no(case_no) or case_no.strip()
    case = session.scalar(select(Case).where(Case.case_no == number))
    if case is None:
        raise DomainError(
            "case.unknown",
            f"本窗口没有办件 {case_no}。",
            f"This window has no case {case_no}.",
            field="case_no",
        )
    return case


def summarise(
    session: Session, case: Case, due: DueDate | None = None, **extra: Any
) -> CaseSummary:
    item = session.get(ServiceItem, case.item_id)
    assert item is not None
    from models.cases import Applicant

    applicant = session.get(Applicant, case.applicant_id) if case.applicant_id else None
    return CaseSummary(
        case_no=case.case_no,
        status=case.status,
        item_code=item.code,
        item_name=item.name,
        item_kind=item.kind,
        applicant_name=applicant.name if applicant else "",
        received_at=case.received_at,
        accepted_at=case.accepted_at,
        due_date=case.due_date,
        notice_deadline=case.notice_deadline,
        materials=_case_material_states(case),
        due_warning_zh=due.warning_zh if due else "",
        due_warning_en=due.warning_en if due else "",
        deemed_accepted=bool(extra.pop("deemed_accepted", False)),
        extra=extra,
    )


def case_summary(store: Store, case_no: str) -> CaseSummary:
    with store.read() as s:
        return summarise(s, _case(s, case_no))


# -- checks shared by the three outcomes -----------------------------------------------------
@dataclass(frozen=True)
class _Checked:
    item: ServiceItem
    applicant: ApplicantInput
    agent: ApplicantInput | None
    materials: list[MaterialState]
    received_at: datetime


def _check(session: Session, inp: IntakeInput, now: datetime) -> _Checked:
    today = local_day(now)
    problems: list[DomainError] = []
    item: ServiceItem | None = None
    try:
        item = _item(session, inp.item_code)
    except IntakeInvalid as err:
        problems += err.problems
    applicant, found = check_applicant(inp.applicant, today)
    problems += found
    agent = None
    if inp.agent is not None:
        agent, found = check_applicant(inp.agent, today, prefix="agent_", phone_required=False)
        problems += found
        if agent.kind != "person":
            problems.append(
                DomainError(
                    "intake.agent_person",
                    "代理人须为自然人。",
                    "An agent is a person.",
                    field="agent_id_kind",
                )
            )
        if (
            not found
            and agent.id_kind == applicant.id_kind
            and agent.id_number == applicant.id_number
        ):
            problems.append(
                DomainError(
                    "intake.agent_self",
                    "代理人与申请人是同一人，无需填写代理人。",
                    "The agent is the applicant; leave the agent empty.",
                    field="agent_id_number",
                )
            )
    materials: list[MaterialState] = []
    if item is not None:
        try:
            materials = evaluate_materials(
                list(item.materials), inp.ticks, has_agent=inp.agent is not None
            )
        except IntakeInvalid as err:
            problems += err.problems
    received_at = inp.received_at or now
    if received_at > now + timedelta(minutes=5):
        problems.append(
            DomainError(
                "intake.received_future",
                "收件时间不能晚于现在。",
                "The time received cannot be in the future.",
                field="received_at",
            )
        )
    if problems:
        raise IntakeInvalid(problems)
    assert item is not None
    return _Checked(item, applicant, agent, materials, received_at)


def notice_deadline(calendar: WorkdayCalendar, received_at: datetime) -> date:
    return calendar.add_workdays(local_day(received_at), NOTICE_WORKDAYS).due


def _new_case(
    session: Session,
    ident: WindowIdentity,
    checked: _Checked,
    op: Operator,
    status: CaseStatus,
    now: datetime,
    calendar: WorkdayCalendar,
) -> tuple[Case, dict[str, Any]]:
    applicant = register_applicant(
        session, ident, checked.applicant, clerk=op.username, occurred_at=now
    )
    agent = (
        register_applicant(session, ident, checked.agent, clerk=op.username, occurred_at=now)
        if checked.agent
        else None
    )
    case = Case(
        id=new_id(),
        case_no=next_case_no(session, ident, local_day(now)),
        item_id=checked.item.id,
        applicant_id=applicant.id,
        agent_id=agent.id if agent else None,
        window_code=ident.window_code,
        clerk=op.username,
        status=status.value,
        received_at=checked.received_at,
        notice_deadline=notice_deadline(calendar, checked.received_at),
    )
    case.materials = [
        CaseMaterial(
            position=m.position,
            name=m.name,
            originals=m.originals,
            copies=m.copies,
            form=m.form,
            required=m.required,
            condition=m.condition,
            applies=m.applies,
            received_originals=m.received_originals,
            received_copies=m.received_copies,
        )
        for m in checked.materials
    ]
    session.add(case)
    # Enough to rebuild the case at another window (desktop/projection.py).
    payload = {
        "case_id": str(case.id),
        "case_no": case.case_no,
        "notice_deadline": case.notice_deadline.isoformat() if case.notice_deadline else None,
        "item_code": checked.item.code,
        "item_name": checked.item.name,
        "applicant_id": str(applicant.id),
        "agent_id": str(agent.id) if agent else None,
        "received_at": checked.received_at.isoformat(),
        "materials": _materials_payload(checked.materials),
    }
    return case, payload


def _drop_draft(session: Session, draft_id: uuid.UUID | None) -> None:
    if draft_id is not None:
        draft = session.get(IntakeDraft, draft_id)
        if draft is not None:
            session.delete(draft)


def _journal_uncertain(
    session: Session, ident: WindowIdentity, due: DueDate, case_no: str, clerk: str
) -> None:
    if not due.certain:
        record(
            session,
            ident,
            "calendar.uncertain",
            {
                "case_no": case_no,
                "years": list(due.uncertain_years),
                "due_date": due.due.isoformat(),
            },
            clerk=clerk,
            case_no=case_no,
        )


def _missing_text(missing: list[MaterialState]) -> tuple[str, str]:
    names = "、".join(m.name for m in missing)
    return names, ", ".join(m.name for m in missing)


# -- the three outcomes -------------------------------------------------------------------
def accept_case(
    store: Store,
    inp: IntakeInput,
    op: Operator,
    *,
    finish_now: bool = False,
    now: datetime | None = None,
) -> CaseSummary:
    """受理: only with every applicable material in hand; the due date in working days.

    An immediate item (即办件) may be finished on the spot in the same step.
    """
    now = now or now_utc()
    ident = store.require_identity()
    with store.write() as s:
        checked = _check(s, inp, now)
        missing = [m for m in checked.materials if m.missing]
        if missing:
            zh, en = _missing_text(missing)
            raise DomainError(
                "intake.incomplete",
                f"材料不齐全，不能受理。缺少：{zh}。请出具一次性告知书。",
                f"Materials are incomplete: {en}. Issue a one-time notice instead.",
                field="materials",
            )
        if finish_now and checked.item.kind != HandlingKind.IMMEDIATE:
            raise DomainError(
                "intake.not_immediate",
                "只有即办件可以当场办结。",
                "Only an immediate item can be finished on the spot.",
            )
        calendar = load_calendar(s)
        # Past the five-day limit the law counts the application accepted on the day received.
        deemed = local_day(now) > notice_deadline(calendar, checked.received_at)
        accepted_at = checked.received_at if deemed else now
        due = calendar.add_workdays(local_day(accepted_at), checked.item.committed_days)
        case, payload = _new_case(s, ident, checked, op, CaseStatus.ACCEPTED, now, calendar)
        case.accepted_at = accepted_at
        case.due_date = due.due
        payload.update(
            {
                "accepted_at": accepted_at.isoformat(),
                "due_date": due.due.isoformat(),
                "deemed_accepted": deemed,
                "committed_days": checked.item.committed_days,
            }
        )
        record(
            s,
            ident,
            "case.accepted",
            payload,
            clerk=op.username,
            case_no=case.case_no,
            occurred_at=now,
        )
        _journal_uncertain(s, ident, due, case.case_no, op.username)
        if finish_now:
            case.status = CaseStatus.COLLECTED.value
            record(
                s,
                ident,
                "case.finished_on_spot",
                {"case_no": case.case_no},
                clerk=op.username,
                occurred_at=now,
                case_no=case.case_no,
            )
        _drop_draft(s, inp.draft_id)
        return summarise(s, case, due, deemed_accepted=deemed)


def issue_one_time_notice(
    store: Store, inp: IntakeInput, op: Operator, *, now: datetime | None = None
) -> CaseSummary:
    """一次性告知: everything missing, once; the case's list of requirements is frozen."""
    now = now or now_utc()
    ident = store.require_identity()
    with store.write() as s:
        checked = _check(s, inp, now)
        missing = [m for m in checked.materials if m.missing]
        if not missing:
            raise DomainError(
                "intake.complete",
                "材料已齐全，请直接受理。",
                "The materials are complete: accept the application.",
                field="materials",
            )
        calendar = load_calendar(s)
        deadline = notice_deadline(calendar, checked.received_at)
        if local_day(now) > deadline:
            raise DomainError(
                "intake.notice_late",
                f"收件已超过 {NOTICE_WORKDAYS} 个工作日（截至 {deadline:%Y-%m-%d}），依法自收到材料之日起即为受理，不能再出具一次性告知书。请受理。",
                f"More than {NOTICE_WORKDAYS} working days have passed since receipt (until {deadline:%Y-%m-%d}); by law the application counts as accepted on the day received. Accept it.",
            )
        case, payload = _new_case(s, ident, checked, op, CaseStatus.INCOMPLETE, now, calendar)
        case.notice_issued_at = now
        payload.update({"missing": [m.name for m in missing], "notice_issued_at": now.isoformat()})
        record(
            s,
            ident,
            "case.notice_issued",
            payload,
            clerk=op.username,
            case_no=case.case_no,
            occurred_at=now,
        )
        _drop_draft(s, inp.draft_id)
        return summarise(s, case)


def reject_case(
    store: Store,
    inp: IntakeInput,
    op: Operator,
    *,
    reason: str,
    legal_basis: str,
    now: datetime | None = None,
) -> CaseSummary:
    """不予受理: written reason and legal basis; the notice prints review and litigation rights."""
    now = now or now_utc()
    ident = store.require_identity()
    problems: list[DomainError] = []
    reason, legal_basis = reason.strip(), legal_basis.strip()
    if len(reason) < 4:
        problems.append(
            DomainError(
                "reject.reason",
                "请写明不予受理的理由。",
                "Write the reason for not accepting.",
                field="reason",
            )
        )
    if len(legal_basis) < 4:
        problems.append(
            DomainError(
                "reject.basis",
                "请写明不予受理的法律依据。",
                "Write the legal basis.",
                field="legal_basis",
            )
        )
    with store.write() as s:
        try:
            checked = _check(s, inp, now)
        except IntakeInvalid as err:
            raise IntakeInvalid(err.problems + problems) from None
        if problems:
            raise IntakeInvalid(problems)
        calendar = load_calendar(s)
        case, payload = _new_case(s, ident, checked, op, CaseStatus.REJECTED, now, calendar)
        case.reason, case.legal_basis = reason, legal_basis
        payload.update({"reason": reason, "legal_basis": legal_basis})
        record(
            s,
            ident,
            "case.rejected",
            payload,
            clerk=op.username,
            case_no=case.case_no,
            occurred_at=now,
        )
        _drop_draft(s, inp.draft_id)
        return summarise(s, case)


# -- the return visit after a one-time notice -------------------------------------------------
def receive_supplements(
    store: Store,
    case_no: str,
    ticks: tuple[MaterialTick, ...],
    op: Operator,
    *,
    now: datetime | None = None,
) -> CaseSummary:
    """补正: record what the applicant brought back; once complete the case is accepted
    that day (行政许可法 Art. 32). The frozen list cannot grow here."""
    now = now or now_utc()
    ident = store.require_identity()
    with store.write() as s:
        case = _case(s, case_no)
        if case.status != CaseStatus.INCOMPLETE:
            raise DomainError(
                "case.not_incomplete",
                f"办件 {case.case_no} 不在待补正状态。",
                f"Case {case.case_no} is not waiting for materials.",
            )
        by_pos = {t.position: t for t in ticks}
        for cm in case.materials:
            t = by_pos.get(cm.position)
            if t is None:
                continue
            if not (0 <= t.received_originals <= MAX_COUNT and 0 <= t.received_copies <= MAX_COUNT):
                raise DomainError(
                    "intake.material_count",
                    f"「{cm.name}」的份数应为 0–{MAX_COUNT}。",
                    f"Counts of '{cm.name}' must be 0–{MAX_COUNT}.",
                    field=f"material_{cm.position}",
                )
            cm.received_originals, cm.received_copies = t.received_originals, t.received_copies
        unknown = set(by_pos) - {cm.position for cm in case.materials}
        if unknown:
            raise DomainError(
                "notice.frozen",
                "一次性告知后材料清单已固定，新增要求须由负责人批准例外。",
                "After the one-time notice the list is frozen; a new requirement needs a supervisor's exception.",
                field="materials",
            )
        states = _case_material_states(case)
        record(
            s,
            ident,
            "case.supplements_received",
            {"case_no": case.case_no, "materials": _materials_payload(states)},
            clerk=op.username,
            occurred_at=now,
            case_no=case.case_no,
        )
        if any(m.missing for m in states):
            return summarise(s, case)
        item = s.get(ServiceItem, case.item_id)
        assert item is not None
        calendar = load_calendar(s)
        due = calendar.add_workdays(local_day(now), item.committed_days)
        case.status = CaseStatus.ACCEPTED.value
        case.accepted_at = now
        case.due_date = due.due
        record(
            s,
            ident,
            "case.accepted",
            {
                "case_no": case.case_no,
                "accepted_at": now.isoformat(),
                "due_date": due.due.isoformat(),
                "after_notice": True,
                "committed_days": item.committed_days,
            },
            clerk=op.username,
            occurred_at=now,
            case_no=case.case_no,
        )
        _journal_uncertain(s, ident, due, case.case_no, op.username)
        return summarise(s, case, due)


def add_requirement_exception(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    name: str,
    originals: int,
    copies: int,
    reason: str,
    supervisor: str,
    supervisor_password: str,
) -> CaseSummary:
    """Asking for something new after the notice: a recorded exception a supervisor approves."""
    ident = store.require_identity()
    problems: list[DomainError] = []
    name, reason = name.strip(), reason.strip()
    if not name:
        problems.append(
            DomainError(
                "exception.name",
                "请填写新增材料名称。",
                "Enter the material's name.",
                field="exception_name",
            )
        )
    if not (0 <= originals <= MAX_COUNT and 0 <= copies <= MAX_COUNT) or originals + copies == 0:
        problems.append(
            DomainError(
                "exception.count",
                "原件和复印件份数应为 0–99，且不能都为 0。",
                "Originals and copies are 0–99 and not both 0.",
                field="exception_count",
            )
        )
    if len(reason) < 10:
        problems.append(
            DomainError(
                "exception.reason",
                "请写明为何在一次性告知后还需新增材料（不少于 10 个字）。",
                "Explain why this is needed after the one-time notice (10 characters at least).",
                field="exception_reason",
            )
        )
    if problems:
        raise IntakeInvalid(problems)
    with store.read() as s:
        acct = s.scalar(select(Account).where(Account.username == supervisor.strip().lower()))
    ok = (
        acct is not None
        and Role(acct.role).includes(Role.SUPERVISOR)
        and verify_password(store, supervisor, supervisor_password)
    )
    if not ok:
        raise DomainError(
            "exception.supervisor",
            "负责人账户或密码不正确，例外未记录。",
            "Wrong supervisor account or password; nothing was recorded.",
            field="supervisor",
        )
    with store.write() as s:
        case = _case(s, case_no)
        if case.status != CaseStatus.INCOMPLETE:
            raise DomainError(
                "case.not_incomplete",
                f"办件 {case.case_no} 不在待补正状态。",
                f"Case {case.case_no} is not waiting for materials.",
            )
        position = max((cm.position for cm in case.materials), default=0) + 1
        case.materials.append(
            CaseMaterial(
                position=position,
                name=name,
                originals=originals,
                copies=copies,
                form="paper",
                required=True,
                applies=True,
                added_by_exception=True,
            )
        )
        s.flush()
        record(
            s,
            ident,
            "notice.exception",
            {
                "case_no": case.case_no,
                "material": name,
                "position": position,
                "originals": originals,
                "copies": copies,
                "reason": reason,
                "supervisor": acct.username if acct else "",
            },
            clerk=op.username,
            case_no=case.case_no,
        )
        return summarise(s, case)


# -- special procedures (特别程序) ---------------------------------------------------------------
def pause_case(
    store: Store,
    case_no: str,
    op: Operator,
    *,
    procedure: str,
    reason: str,
    now: datetime | None = None,
) -> CaseSummary:
    now = now or now_utc()
    ident = store.require_identity()
    if procedure not in SPECIAL_PROCEDURES:
        raise DomainError(
            "pause.kind",
            "请选择特别程序的种类。",
            "Choose the kind of special procedure.",
            field="procedure",
        )
    with store.write() as s:
        case = _case(s, case_no)
        if case.status not in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS):
            raise DomainError(
                "pause.state",
                "只有已受理、办理中的办件可以进入特别程序。",
                "Only an accepted case in progress can be paused.",
            )
        case.status = CaseStatus.PAUSED.value
        event = record(
            s,
            ident,
            "case.paused",
            {
                "case_no": case.case_no,
                "procedure": procedure,
                "reason": reason.strip(),
                "paused_on": local_day(now).isoformat(),
            },
            clerk=op.username,
            occurred_at=now,
            case_no=case.case_no,
        )
        # The pause takes its event's id, so every machine that applies the event agrees.
        s.add(
            CasePause(
                id=event.id,
                case_id=case.id,
                procedure=procedure,
                reason=reason.strip(),
                paused_on=local_day(now),
                paused_by=op.username,
            )
        )
        return summarise(s, case)


def resume_case(
    store: Store, case_no: str, op: Operator, *, now: datetime | None = None
) -> CaseSummary:
    """The clock runs again; the due date moves by the working days spent paused."""
    now = now or now_utc()
    ident = store.require_identity()
    with store.write() as s:
        case = _case(s, case_no)
        pause = s.scalar(
            select(CasePause).where(CasePause.case_id == case.id, CasePause.resumed_on.is_(None))
        )
        if case.status != CaseStatus.PAUSED or pause is None or case.due_date is None:
            raise DomainError("resume.state", "该办件不在特别程序中。", "This case is not paused.")
        today = local_day(now)
        calendar = load_calendar(s)
        due = calendar.shift_for_pause_detailed(case.due_date, pause.paused_on, today)
        old = case.due_date
        pause.resumed_on, pause.resumed_by = today, op.username
        case.due_date = due.due
        case.status = CaseStatus.IN_PROGRESS.value
        record(
            s,
            ident,
            "case.resumed",
            {
                "case_no": case.case_no,
                "procedure": pause.procedure,
                "paused_on": pause.paused_on.isoformat(),
                "resumed_on": today.isoformat(),
                "old_due": old.isoformat(),
                "new_due": due.due.isoformat(),
            },
            clerk=op.username,
            occurred_at=now,
            case_no=case.case_no,
        )
        _journal_uncertain(s, ident, due, case.case_no, op.username)
        return summarise(s, case, due)


# -- drafts -----------------------------------------------------------------------------
@dataclass(frozen=True)
class DraftInfo:
    id: uuid.UUID
    title: str
    received_at: datetime
    updated_at: datetime
    notice_deadline: date
    data: dict[str, Any]


def save_draft(
    store: Store,
    op: Operator,
    data: dict[str, Any],
    *,
    title: str,
    draft_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> uuid.UUID:
    """Keep what the clerk typed; a draft becomes a case only with an outcome."""
    now = now or now_utc()
    ident = store.require_identity()
    with store.write() as s:
        draft = s.get(IntakeDraft, draft_id) if draft_id else None
        if draft is None:
            draft = IntakeDraft(window_code=ident.window_code, clerk=op.username, received_at=now)
            if draft_id:
                draft.id = draft_id
            s.add(draft)
        draft.title = title[:300]
        draft.data = data
        draft.updated_at = now
        s.flush()
        return draft.id


def list_drafts(store: Store, clerk: str | None = None) -> list[DraftInfo]:
    with store.read() as s:
        calendar = load_calendar(s)
        stmt = select(IntakeDraft).order_by(IntakeDraft.updated_at.desc())
        if clerk:
            stmt = stmt.where(IntakeDraft.clerk == clerk)
        return [
            DraftInfo(
                d.id,
                d.title,
                d.received_at,
                d.updated_at,
                notice_deadline(calendar, d.received_at),
                dict(d.data),
            )
            for d in s.scalars(stmt)
        ]


def discard_draft(store: Store, draft_id: uuid.UUID) -> None:
    with store.write() as s:
        _drop_draft(s, draft_id)


def list_notice_exceptions(store: Store, since: date | None = None) -> list[dict[str, Any]]:
    """Every exception to the one-time rule, for supervisors."""
    from models.journal import Event

    with store.read() as s:
        stmt = (
            select(Event).where(Event.kind == "notice.exception").order_by(Event.occurred_at.desc())
        )
        rows = []
        for ev in s.scalars(stmt):
            if since and local_day(ev.occurred_at) < since:
                continue
            rows.append(
                {
                    **ev.payload,
                    "clerk": ev.clerk,
                    "window": ev.window_code,
                    "occurred_at": ev.occurred_at,
                }
            )
        return rows


def with_ticks(inp: IntakeInput, ticks: tuple[MaterialTick, ...]) -> IntakeInput:
    return replace(inp, ticks=ticks)
