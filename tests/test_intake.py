"""Intake outcomes, the frozen one-time list, deadlines in working days, special procedures."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from desktop.accounts import Operator, create_account
from desktop.errors import DomainError
from desktop.intake import (
    IntakeInvalid,
    MaterialTick,
    accept_case,
    add_requirement_exception,
    issue_one_time_notice,
    list_drafts,
    list_notice_exceptions,
    pause_case,
    receive_supplements,
    reject_case,
    resume_case,
    save_draft,
)
from desktop.store import Store
from models.accounts import Role
from models.cases import Applicant
from models.journal import Event, verify_chains
from models.settings import HolidayOverride, HolidayYear
from tests.intake_helpers import full_ticks, intake, item_materials, person

CLERK = Operator("admin", "王管理", Role.ADMIN)


def at(y: int, m: int, d: int, hour_beijing: int = 10) -> datetime:
    return datetime(y, m, d, hour_beijing - 8, 0, tzinfo=UTC)


def test_accepting_gives_a_numbered_case_due_in_working_days(ready_store: Store) -> None:
    # 2026-09-29 (Tue) + 5 committed working days crosses 国庆: Oct 1–7 are holidays,
    # Sat Oct 10 is a make-up working day -> due 2026-10-12 (per chinese-calendar).
    result = accept_case(
        ready_store, intake(ready_store, "食品经营许可"), CLERK, now=at(2026, 9, 29)
    )
    assert result.case_no == "320117-03-20260929-0001"
    assert result.status == "accepted" and result.due_date == date(2026, 10, 12)
    second = accept_case(
        ready_store, intake(ready_store, "食品经营许可"), CLERK, now=at(2026, 9, 29, 15)
    )
    assert second.case_no.endswith("-0002")
    with ready_store.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(Applicant)) == 1
        )  # the returning applicant is reused
        assert verify_chains(s) == []


def test_case_numbers_follow_the_local_day_not_utc(ready_store: Store) -> None:
    late_evening = datetime(2026, 11, 27, 16, 30, tzinfo=UTC)  # 00:30 on the 28th in Beijing
    result = accept_case(ready_store, intake(ready_store, "食品经营许可"), CLERK, now=late_evening)
    assert "-20261128-" in result.case_no


def test_a_deadline_into_a_year_the_library_lacks_warns_and_is_journalled(
    ready_store: Store,
) -> None:
    result = accept_case(
        ready_store, intake(ready_store, "食品经营许可"), CLERK, now=at(2026, 12, 28)
    )
    assert result.due_date == date(2027, 1, 4)
    assert "2027" in result.due_warning_zh
    with ready_store.read() as s:
        warned = s.scalars(select(Event).where(Event.kind == "calendar.uncertain")).all()
    assert [e.case_no for e in warned] == [result.case_no]


def test_the_centers_holiday_table_covers_a_year_the_library_lacks(ready_store: Store) -> None:
    with ready_store.write() as s:
        s.add(HolidayOverride(day=date(2027, 1, 1), workday=False, note="元旦"))
        s.add(HolidayYear(year=2027, note="国办发明电"))
    result = accept_case(
        ready_store, intake(ready_store, "食品经营许可"), CLERK, now=at(2026, 12, 28)
    )
    assert result.due_date == date(2027, 1, 5) and result.due_warning_zh == ""


def test_a_centers_own_closure_moves_the_due_date(ready_store: Store) -> None:
    with ready_store.write() as s:
        s.add(HolidayOverride(day=date(2026, 12, 2), workday=False, note="系统升级闭厅"))
    result = accept_case(
        ready_store, intake(ready_store, "食品经营许可"), CLERK, now=at(2026, 11, 30)
    )
    assert result.due_date == date(2026, 12, 8)  # Dec 1, 3, 4, 7, 8


def test_incomplete_materials_cannot_be_accepted(ready_store: Store) -> None:
    with pytest.raises(DomainError) as info:
        accept_case(ready_store, intake(ready_store, "食品经营许可", complete=False), CLERK)
    assert info.value.code == "intake.incomplete" and "一次性告知书" in info.value.message


def test_the_notice_lists_everything_missing_and_the_return_visit_accepts_that_day(
    ready_store: Store,
) -> None:
    partial = intake(ready_store, "食品经营许可", complete=False)
    notice = issue_one_time_notice(ready_store, partial, CLERK, now=at(2026, 11, 23))
    code, mats = item_materials(ready_store, "食品经营许可")
    required = [name for _, name, req, _, _ in mats if req]
    assert notice.status == "incomplete"
    assert {m.name for m in notice.missing} | {
        m.name for m in notice.materials if not m.missing and m.applies
    } >= set(required)
    assert notice.notice_deadline == date(2026, 11, 30)
    # The applicant brings only part of it: still incomplete, the counts are kept.
    some = full_ticks(mats)[: len(partial.ticks) + 1]
    still = receive_supplements(ready_store, notice.case_no, some, CLERK, now=at(2026, 11, 25))
    assert still.status == "incomplete" and len(still.missing) == len(notice.missing) - 1
    done = receive_supplements(
        ready_store, notice.case_no, full_ticks(mats), CLERK, now=at(2026, 11, 26)
    )
    assert done.status == "accepted"
    assert done.accepted_at == at(2026, 11, 26) and done.due_date == date(2026, 12, 3)


def test_the_frozen_list_grows_only_by_a_supervisors_exception(ready_store: Store) -> None:
    notice = issue_one_time_notice(
        ready_store, intake(ready_store, "食品经营许可", complete=False), CLERK
    )
    with pytest.raises(DomainError) as frozen:
        receive_supplements(ready_store, notice.case_no, (MaterialTick(99, 1, 0),), CLERK)
    assert frozen.value.code == "notice.frozen"
    with ready_store.write() as s:
        create_account(
            s,
            ready_store.require_identity(),
            username="chen",
            display_name="陈静",
            role=Role.SUPERVISOR,
            password="Super-pass-1",
            by="admin",
        )
        create_account(
            s,
            ready_store.require_identity(),
            username="li",
            display_name="李四",
            role=Role.CLERK,
            password="Clerk-pass-1",
            by="admin",
        )
    args = dict(
        name="消防安全检查合格证明",
        originals=1,
        copies=0,
        reason="现场核查发现经营场所面积超过标准，需补充消防证明",
    )
    with pytest.raises(DomainError) as wrong:
        add_requirement_exception(
            ready_store, notice.case_no, CLERK, supervisor="chen", supervisor_password="bad", **args
        )
    assert wrong.value.field == "supervisor"
    with pytest.raises(DomainError):
        add_requirement_exception(
            ready_store,
            notice.case_no,
            CLERK,
            supervisor="li",
            supervisor_password="Clerk-pass-1",
            **args,
        )
    with pytest.raises(IntakeInvalid) as short:
        add_requirement_exception(
            ready_store,
            notice.case_no,
            CLERK,
            supervisor="chen",
            supervisor_password="Super-pass-1",
            **{**args, "reason": "需要"},
        )
    assert short.value.field == "exception_reason"
    grown = add_requirement_exception(
        ready_store,
        notice.case_no,
        CLERK,
        supervisor="chen",
        supervisor_password="Super-pass-1",
        **args,
    )
    added = [m for m in grown.materials if m.added_by_exception]
    assert [m.name for m in added] == ["消防安全检查合格证明"] and added[0].missing
    listed = list_notice_exceptions(ready_store)
    assert listed[0]["case_no"] == notice.case_no and listed[0]["supervisor"] == "chen"


def test_no_notice_after_five_working_days_the_application_counts_as_accepted(
    ready_store: Store,
) -> None:
    late = replace(intake(ready_store, "食品经营许可", complete=False), received_at=at(2026, 11, 2))
    with pytest.raises(DomainError) as info:
        issue_one_time_notice(ready_store, late, CLERK, now=at(2026, 11, 20))
    assert info.value.code == "intake.notice_late"
    complete = replace(intake(ready_store, "食品经营许可"), received_at=at(2026, 11, 2))
    result = accept_case(ready_store, complete, CLERK, now=at(2026, 11, 20))
    assert result.deemed_accepted and result.accepted_at == at(2026, 11, 2)


def test_rejection_needs_reason_and_basis(ready_store: Store) -> None:
    with pytest.raises(IntakeInvalid) as info:
        reject_case(
            ready_store, intake(ready_store, "食品经营许可"), CLERK, reason="", legal_basis=""
        )
    assert {p.field for p in info.value.problems} == {"reason", "legal_basis"}
    result = reject_case(
        ready_store,
        intake(ready_store, "食品经营许可"),
        CLERK,
        reason="申请事项不属于本机关职权范围",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
    )
    assert result.status == "rejected"


def test_every_bad_field_is_reported_at_once_and_nothing_is_saved(ready_store: Store) -> None:
    bad = replace(
        intake(ready_store, "食品经营许可"),
        applicant=person(name=" ", body17="32011799990312123", phone="12345"),
    )
    with pytest.raises(IntakeInvalid) as info:
        accept_case(ready_store, bad, CLERK)
    assert {"name", "id_number", "phone"} <= {p.field for p in info.value.problems}
    with ready_store.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(Event).where(Event.kind.like("case.%"))) == 0
        )


def test_special_procedure_pauses_and_moves_the_due_date(ready_store: Store) -> None:
    case = accept_case(ready_store, intake(ready_store, "食品经营许可"), CLERK, now=at(2026, 11, 2))
    assert case.due_date == date(2026, 11, 9)
    pause_case(
        ready_store,
        case.case_no,
        CLERK,
        procedure="expert_review",
        reason="组织专家评审",
        now=at(2026, 11, 4),
    )
    resumed = resume_case(ready_store, case.case_no, CLERK, now=at(2026, 11, 6))
    assert resumed.due_date == date(2026, 11, 11)  # two working days (Nov 5, 6) added
    with ready_store.read() as s:
        kinds = s.scalars(
            select(Event.kind).where(Event.case_no == case.case_no).order_by(Event.seq)
        ).all()
    assert kinds[-2:] == ["case.paused", "case.resumed"]


def test_immediate_items_finish_on_the_spot(ready_store: Store) -> None:
    result = accept_case(
        ready_store, intake(ready_store, "个体工商户设立登记"), CLERK, finish_now=True
    )
    assert result.status == "collected" and result.item_kind == "immediate"
    with pytest.raises(DomainError):
        accept_case(ready_store, intake(ready_store, "食品经营许可"), CLERK, finish_now=True)


def test_drafts_keep_what_was_typed(ready_store: Store) -> None:
    draft_id = save_draft(
        ready_store, CLERK, {"name": "张三", "id_number": "3201"}, title="张三 食品经营许可"
    )
    save_draft(
        ready_store,
        CLERK,
        {"name": "张三", "id_number": "320117"},
        title="张三 食品经营许可",
        draft_id=draft_id,
    )
    drafts = list_drafts(ready_store, CLERK.username)
    assert [d.data["id_number"] for d in drafts] == ["320117"]
    accept_case(ready_store, replace(intake(ready_store, "食品经营许可"), draft_id=draft_id), CLERK)
    assert list_drafts(ready_store, CLERK.username) == []


def test_an_agent_brings_a_power_of_attorney(ready_store: Store) -> None:
    """委托他人办理的 materials apply by themselves once an agent acts for the applicant."""
    from desktop.applicants import ApplicantInput

    agent = ApplicantInput(
        "person", "李代理", "resident", person(body17="32011719900101001").id_number
    )
    with pytest.raises(DomainError) as info:
        accept_case(ready_store, replace(intake(ready_store, "不动产首次登记"), agent=agent), CLERK)
    assert "授权委托书" in info.value.message
    accepted = accept_case(ready_store, intake(ready_store, "不动产首次登记"), CLERK)
    assert accepted.status == "accepted"  # without an agent it is not asked for
