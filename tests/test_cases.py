"""The life of a case after intake, its lists and search, and ratings: the services."""

from __future__ import annotations

import itertools
import json
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from desktop.accounts import Operator
from desktop.applicants import ApplicantInput
from desktop.cases import (
    CaseQuery,
    Collector,
    case_detail,
    collect_result,
    decide_case,
    find_cases,
    forward_case,
    list_counts,
    mail_result,
    mark_ready,
    number_prefix,
    open_joint_tasks,
    parse_search_text,
    pause,
    record_reply,
    record_task_result,
    resume,
    start_case,
)
from desktop.errors import DomainError
from desktop.evaluations import follow_up, follow_ups, rate_visit
from desktop.intake import IntakeInvalid, MaterialTick, accept_case, issue_one_time_notice
from desktop.store import Store
from models.accounts import Role
from models.cases import CaseHandover
from models.journal import verify_chains
from tests.intake_helpers import intake, item_materials, person, resident_id

OP = Operator("admin", "王管理", Role.ADMIN)
CLERK = Operator("lisi", "李四", Role.CLERK)
SUPERVISOR = Operator("chen", "陈静", Role.SUPERVISOR)
ZHANG_ID = resident_id("32011719850312123")
AGENT_ID = resident_id("32011719900101001")
STRANGER_ID = resident_id("32011719881111002")


def at(d: int, h: int = 10, month: int = 11) -> datetime:
    """10:00 in Nanjing on that day of November 2026."""
    return datetime(2026, month, d, h - 8, tzinfo=UTC)


def accepted(store: Store, item: str = "食品经营许可", *, day: int = 2, **kw: Any) -> str:
    return accept_case(store, intake(store, item, **kw), OP, now=at(day)).case_no


def with_agent(store: Store, item: str = "食品经营许可", day: int = 2) -> str:
    """Accepted with an agent, who brought the power of attorney too."""
    agent = ApplicantInput("person", "李代理", "resident", AGENT_ID)
    _, mats = item_materials(store, item)
    ticks = tuple(
        MaterialTick(pos, o, c) for pos, name, required, o, c in mats if required or "委托" in name
    )
    inp = replace(intake(store, item), agent=agent, ticks=ticks)
    return accept_case(store, inp, OP, now=at(day)).case_no


def ready_case(store: Store, **kw: Any) -> str:
    case_no = accepted(store, **kw)
    start_case(store, case_no, OP, now=at(3))
    decide_case(store, case_no, OP, decision="approved", now=at(4))
    mark_ready(store, case_no, OP, now=at(5))
    return case_no


# -- the promised case, start to finish -----------------------------------------------------


def test_a_promised_case_goes_from_accepted_to_collected(ready_store: Store) -> None:
    case_no = accepted(ready_store)
    assert case_detail(ready_store, case_no, now=at(2)).actions[:3] == ("start", "decide", "pause")
    assert start_case(ready_store, case_no, OP, now=at(3)).status == "in_progress"
    assert (
        pause(ready_store, case_no, OP, procedure="inspection", reason="现场勘验", now=at(3)).status
        == "paused"
    )
    detail = case_detail(ready_store, case_no, now=at(4))
    assert detail.light == "paused" and detail.actions[0] == "resume"
    assert resume(ready_store, case_no, OP, now=at(5)).status == "in_progress"
    assert decide_case(ready_store, case_no, OP, decision="approved", now=at(6)).status == "decided"
    assert case_detail(ready_store, case_no).actions[0] == "ready"
    assert mark_ready(ready_store, case_no, OP, now=at(9)).status == "ready"
    assert case_detail(ready_store, case_no).actions[:2] == ("collect", "mail")
    done = collect_result(
        ready_store, case_no, OP, Collector("applicant", "张三", "resident", ZHANG_ID), now=at(10)
    )
    assert done.status == "collected"
    detail = case_detail(ready_store, case_no)
    assert detail.handover is not None and not detail.handover.id_mismatch
    assert detail.handover.collector_id_masked == "320117********" + ZHANG_ID[-4:]
    assert "rate_collection" in detail.actions
    kinds = [t.kind for t in detail.timeline if t.kind.startswith("case.")]
    assert kinds == [
        "case.accepted",
        "case.started",
        "case.paused",
        "case.resumed",
        "case.decided",
        "case.ready",
        "case.collected",
    ]
    assert all(t.window == "03" and t.clerk_name == "王管理" for t in detail.timeline)
    with ready_store.read() as s:
        assert verify_chains(s) == []


def test_a_refusal_needs_its_reason_and_basis(ready_store: Store) -> None:
    case_no = accepted(ready_store)
    with pytest.raises(IntakeInvalid) as info:
        decide_case(ready_store, case_no, OP, decision="denied", reason="不行")
    assert {p.field for p in info.value.problems} == {"reason", "basis"}
    state = decide_case(
        ready_store,
        case_no,
        OP,
        decision="denied",
        reason="现场核查经营场所不符合要求",
        basis="《食品经营许可管理办法》第十一条",
    )
    assert state.status == "decided"
    detail = case_detail(ready_store, case_no)
    assert detail.decision == "denied" and "第十一条" in detail.decision_basis
    assert "现场核查" in detail.timeline[-1].detail


def test_the_collector_id_is_checked_against_the_case(ready_store: Store) -> None:
    case_no = ready_case(ready_store)
    stranger = Collector("other", "王陌生", "resident", STRANGER_ID)
    with pytest.raises(DomainError) as info:
        collect_result(ready_store, case_no, OP, stranger)
    assert info.value.code == "collect.id_mismatch" and info.value.field == "collector_id_number"
    assert case_detail(ready_store, case_no).status == "ready"  # nothing recorded
    collect_result(ready_store, case_no, OP, stranger, confirm_mismatch=True)
    detail = case_detail(ready_store, case_no)
    assert detail.handover is not None and detail.handover.id_mismatch
    assert "证件不符" in detail.timeline[-1].detail


def test_the_agent_on_the_case_collects_without_a_warning(ready_store: Store) -> None:
    case_no = with_agent(ready_store)
    for step in (start_case, mark_ready):
        if step is mark_ready:
            decide_case(ready_store, case_no, OP, decision="approved")
        step(ready_store, case_no, OP)
    collect_result(ready_store, case_no, OP, Collector("agent", "李代理", "resident", AGENT_ID))
    handover = case_detail(ready_store, case_no).handover
    assert handover is not None and handover.collector_role == "agent" and not handover.id_mismatch


def test_a_bad_id_number_is_said_beside_its_field(ready_store: Store) -> None:
    case_no = ready_case(ready_store)
    with pytest.raises(IntakeInvalid) as info:
        collect_result(ready_store, case_no, OP, Collector("applicant", "", "resident", "1234"))
    assert {p.field for p in info.value.problems} == {"collector_name", "collector_id_number"}


def test_mailing_needs_carrier_tracking_number_and_address(ready_store: Store) -> None:
    case_no = ready_case(ready_store)
    with pytest.raises(IntakeInvalid) as info:
        mail_result(ready_store, case_no, OP, carrier="", tracking_no="12")
    assert {p.field for p in info.value.problems} == {"carrier", "tracking_no"}
    with pytest.raises(IntakeInvalid) as no_address:
        mail_result(ready_store, case_no, OP, carrier="EMS", tracking_no="1100 2233 4455 6")
    assert no_address.value.problems[0].field == "address"
    state = mail_result(
        ready_store,
        case_no,
        OP,
        carrier="EMS",
        tracking_no="1100 2233 4455 6",
        address="南京市溧水区永阳街道珍珠南路1号",
    )
    assert state.status == "mailed"
    handover = case_detail(ready_store, case_no).handover
    assert handover is not None and handover.tracking_no == "1100223344556"


# -- what the state no longer allows, and changes made meanwhile ---------------------------------


def test_a_step_the_state_does_not_allow_is_refused_plainly(ready_store: Store) -> None:
    case_no = accepted(ready_store)
    with pytest.raises(DomainError) as info:
        collect_result(
            ready_store, case_no, OP, Collector("applicant", "张三", "resident", ZHANG_ID)
        )
    assert info.value.code == "case.state" and "已受理" in info.value.message
    with pytest.raises(DomainError) as ready:
        mark_ready(ready_store, case_no, OP)
    assert "不能通知领取" in ready.value.message


def test_a_case_changed_since_it_was_opened_is_refused_with_who_changed_it(
    ready_store: Store,
) -> None:
    case_no = ready_case(ready_store)
    seen = case_detail(ready_store, case_no).status  # the clerk opens the case: ready
    mail_result(  # meanwhile someone else mails it
        ready_store, case_no, CLERK, carrier="EMS", tracking_no="EA123456789CN", address="某地"
    )
    with pytest.raises(DomainError) as info:
        collect_result(
            ready_store,
            case_no,
            OP,
            Collector("applicant", "张三", "resident", ZHANG_ID),
            expected_status=seen,
        )
    assert info.value.code == "case.changed"
    assert "已邮寄" in info.value.message and "lisi" in info.value.message


def test_steps_of_other_kinds_of_item_are_refused_with_the_way_to_go(ready_store: Store) -> None:
    joint = accepted(ready_store, "开餐馆一件事")
    with pytest.raises(DomainError) as info:
        decide_case(ready_store, joint, OP, decision="approved")
    assert info.value.code == "case.kind" and "各部门" in info.value.message
    reported = accepted(ready_store, "食品生产许可", applicant=person("赵六", "32011719800808008"))
    with pytest.raises(DomainError) as up:
        record_reply(ready_store, reported, OP, content="正在审查")
    assert up.value.code == "reply.not_forwarded"


# -- joint cases ---------------------------------------------------------------------------------


def test_a_joint_case_with_three_departments_finishes_in_any_order(ready_store: Store) -> None:
    for k, order in enumerate(itertools.permutations(range(3))):
        case_no = accepted(
            ready_store, "开餐馆一件事", applicant=person(f"联合{k}", f"3201171990{k + 1:02d}15001")
        )
        assert case_detail(ready_store, case_no).needs_tasks
        assert open_joint_tasks(ready_store, case_no, OP, now=at(3))
        assert not open_joint_tasks(ready_store, case_no, OP)  # once only
        detail = case_detail(ready_store, case_no)
        codes = [t.department_code for t in detail.tasks]
        assert len(codes) == 3 and detail.status == "in_progress"
        for n, i in enumerate(order):
            state = record_task_result(
                ready_store, case_no, OP, department_code=codes[i], result="approved", now=at(4 + n)
            )
            assert state.status == ("decided" if n == 2 else "in_progress"), order
        detail = case_detail(ready_store, case_no)
        assert detail.decision == "approved" and detail.decided_at == at(6)
        assert {t.status for t in detail.tasks} == {"approved"}
        with pytest.raises(DomainError) as again:
            record_task_result(
                ready_store, case_no, OP, department_code=codes[0], result="approved"
            )
        assert again.value.code == "case.state"


def test_one_refusing_department_refuses_the_joint_case_with_its_reason(
    ready_store: Store,
) -> None:
    case_no = accepted(ready_store, "开餐馆一件事")
    # Nobody opened the case before: the first result opens the tasks itself.
    record_task_result(ready_store, case_no, OP, department_code="SCJG", result="approved")
    record_task_result(
        ready_store,
        case_no,
        OP,
        department_code="XF",
        result="denied",
        note="消防通道被占用",
        basis="《消防法》第十五条",
    )
    with pytest.raises(DomainError) as twice:
        record_task_result(ready_store, case_no, OP, department_code="XF", result="approved")
    assert twice.value.code == "joint.done"
    state = record_task_result(ready_store, case_no, OP, department_code="CG", result="approved")
    assert state.status == "decided"
    detail = case_detail(ready_store, case_no)
    assert detail.decision == "denied" and "消防通道被占用" in detail.decision_reason


# -- reported cases ------------------------------------------------------------------------------


def test_a_reported_case_is_forwarded_followed_and_decided_by_the_reply(
    ready_store: Store,
) -> None:
    case_no = accepted(ready_store, "食品生产许可", applicant=person("赵六", "32011719800808008"))
    assert case_detail(ready_store, case_no).actions[0] == "forward"
    with pytest.raises(IntakeInvalid):
        forward_case(ready_store, case_no, OP, reference="  ", now=at(3))
    forward_case(ready_store, case_no, OP, reference="溧市监〔2026〕88号", now=at(3))
    detail = case_detail(ready_store, case_no)
    assert detail.forwarded_to == "南京市市场监督管理局" and detail.forwarded_on == date(
        2026, 11, 3
    )
    assert "forward" not in detail.actions and "reply" in detail.actions
    record_reply(ready_store, case_no, OP, content="材料已收到，正在审查", now=at(5))
    assert case_detail(ready_store, case_no).status == "in_progress"  # still the window's
    mine = find_cases(ready_store, CaseQuery(kind="mine", window="03"), now=at(5))
    assert case_no in [r.case_no for r in mine.rows]
    record_reply(
        ready_store,
        case_no,
        OP,
        content="准予许可，证书已寄至窗口",
        reference="宁市监许〔2026〕301号",
        decision="approved",
        now=at(9),
    )
    detail = case_detail(ready_store, case_no)
    assert detail.status == "decided" and len(detail.replies) == 2
    assert detail.replies[-1].decision == "approved"


# -- lists and search ------------------------------------------------------------------------------


def test_overdue_due_soon_and_waiting_lists(ready_store: Store) -> None:
    late = accepted(ready_store, day=2)  # due 2026-11-09
    soon = accepted(ready_store, day=10, applicant=person("李雷", "32011719910101011"))
    notice = issue_one_time_notice(
        ready_store, intake(ready_store, "食品经营许可", complete=False), OP, now=at(12)
    ).case_no
    now = at(16)  # Monday 16 November; soon is due on the 17th
    overdue = find_cases(ready_store, CaseQuery(kind="overdue", window="03"), now=now)
    assert [r.case_no for r in overdue.rows] == [late] and overdue.rows[0].light == "red"
    due_soon = find_cases(ready_store, CaseQuery(kind="due_soon", window="03"), now=now)
    assert [r.case_no for r in due_soon.rows] == [soon] and due_soon.rows[0].light == "yellow"
    waiting = find_cases(ready_store, CaseQuery(kind="waiting", window="03"), now=now)
    assert [r.case_no for r in waiting.rows] == [notice]
    assert list_counts(ready_store, "03", now=now) == {
        "mine": 2,
        "due_soon": 1,
        "overdue": 1,
        "waiting": 1,
    }
    # Decided in time or not, a decided case is no longer overdue.
    decide_case(ready_store, late, OP, decision="approved", now=now)
    assert find_cases(ready_store, CaseQuery(kind="overdue"), now=now).rows == ()


def test_search_by_name_id_phone_number_item_status_and_dates(ready_store: Store) -> None:
    a = accepted(
        ready_store, day=2, applicant=person("欧阳娜娜", "32011719920202022", "13912345678")
    )
    b = accepted(
        ready_store, day=5, applicant=person("欧阳修", "32011719930303033", "025-57211234")
    )
    c = with_agent(ready_store, day=9)

    def found(**kw: Any) -> list[str]:
        return [r.case_no for r in find_cases(ready_store, CaseQuery(**kw)).rows]

    assert found(name="欧阳") == [b, a]  # newest first
    assert found(name="欧阳娜娜") == [a]
    assert found(name="李代理") == [c]  # the agent's name finds the case too
    assert found(id_number=resident_id("32011719930303033")) == [b]
    assert found(phone="1391234") == [a]
    assert found(phone="025-57211234") == [b]
    assert found(number=a) == [a]
    assert found(number=a.replace("-", "")) == [a]
    assert set(found(number="320117-03-2026110")) == {a, b, c}
    assert found(status="accepted", date_from=date(2026, 11, 5), date_to=date(2026, 11, 9)) == [
        c,
        b,
    ]
    assert found(item_code="no-such-item") == []
    assert found(name="欧阳", date_to=date(2026, 11, 4)) == [a]


def test_pages_follow_each_other_without_gaps_or_repeats(ready_store: Store) -> None:
    made = [
        accepted(
            ready_store, day=2 + n % 3, applicant=person(f"翻页{n}", f"3201171990{n + 1:02d}15001")
        )
        for n in range(7)
    ]
    seen: list[str] = []
    after = None
    while True:
        page = find_cases(ready_store, CaseQuery(kind="mine", window="03"), after=after, limit=3)
        seen += [r.case_no for r in page.rows]
        if not page.more:
            break
        after = page.after
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))


def test_the_lists_use_their_indexes(ready_store: Store) -> None:
    """The open-case lists read a partial index: no scan of a million closed cases."""
    from desktop.cases import _conditions
    from desktop.holidays import load_calendar
    from models.cases import Case

    plans = {}
    with ready_store.read() as s:
        for kind in ("mine", "waiting"):
            conds = _conditions(
                s, CaseQuery(kind=kind, window="03"), date(2026, 11, 27), load_calendar(s)
            )
            stmt = select(Case.case_no).where(*conds).order_by(Case.received_at.desc())
            sql = stmt.compile(dialect=s.get_bind().dialect)
            params = tuple(sql.params[k] for k in sql.positiontup or ())
            rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + str(sql), params).all()
            plans[kind] = " ".join(r[3] for r in rows)
    assert "ix_case_open_window" in plans["mine"]
    assert "ix_case_waiting" in plans["waiting"]


def test_one_search_box_understands_what_was_typed() -> None:
    assert parse_search_text("320117-03-20261127-0007") == {"number": "320117-03-20261127-0007"}
    assert parse_search_text("32011703202611270007") == {"number": "320117-03-20261127-0007"}
    assert parse_search_text(ZHANG_ID) == {"id_number": ZHANG_ID}
    assert parse_search_text("13812345678") == {"phone": "13812345678"}
    assert parse_search_text("025-57211234") == {"phone": "025-57211234"}
    assert parse_search_text("张 三") == {"name": "张 三"}
    assert parse_search_text("320117-03-2026") == {"number": "320117-03-2026"}
    assert number_prefix("3201170320261127") == "320117-03-20261127"


# -- ratings ---------------------------------------------------------------------------------------


def test_a_visit_is_rated_once_and_a_bad_review_is_followed_up(ready_store: Store) -> None:
    case_no = accepted(ready_store)
    good = rate_visit(ready_store, OP, visit_kind="intake", number=case_no, level=5, now=at(2))
    assert good.follow_up_status == "" and not good.bad
    with pytest.raises(DomainError) as twice:
        rate_visit(ready_store, OP, visit_kind="intake", number=case_no, level=1)
    assert twice.value.code == "evaluation.once" and "不能修改" in twice.value.message
    with pytest.raises(DomainError) as not_here:  # not collected here (not collected at all)
        rate_visit(ready_store, OP, visit_kind="collection", number=case_no, level=3)
    assert not_here.value.code == "evaluation.visit"

    other = ready_case(ready_store, applicant=person("钱七", "32011719600606006"))
    collect_result(
        ready_store,
        other,
        OP,
        Collector("applicant", "钱七", "resident", resident_id("32011719600606006")),
        now=at(6),
    )
    bad = rate_visit(
        ready_store,
        OP,
        visit_kind="collection",
        number=other,
        level=2,
        comment="等了很久",
        now=at(6),
    )
    # 15 working days from Friday 6 November: the 27th.
    assert bad.bad and bad.follow_up_status == "open" and bad.follow_up_due == date(2026, 11, 27)
    assert [r.visit_ref for r in follow_ups(ready_store, now=at(10))] == [f"{other}:collection"]
    assert follow_ups(ready_store, now=at(30))[0].overdue
    with pytest.raises(DomainError) as clerk:
        follow_up(ready_store, CLERK, bad.visit_ref, outcome="已电话回访并道歉")
    assert clerk.value.code == "evaluation.supervisor"
    closed = follow_up(ready_store, SUPERVISOR, bad.visit_ref, outcome="已电话回访并道歉，优化叫号")
    assert closed.follow_up_status == "closed" and follow_ups(ready_store) == []
    assert "rate_collection" not in case_detail(ready_store, other).actions


# -- the command line ------------------------------------------------------------------------------


def test_case_find_on_the_command_line(
    ready_store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    a = accepted(
        ready_store, day=2, applicant=person("欧阳娜娜", "32011719920202022", "13912345678")
    )
    accepted(ready_store, day=5, applicant=person("王五", "32011719700505005"))
    monkeypatch.setattr(sys, "stdin", None)
    data = str(ready_store.data_dir)
    assert main(["--lang", "zh_CN", "--data-dir", data, "case", "find", "--name", "欧阳"]) == 0
    out = capsys.readouterr().out
    assert a in out and "欧阳娜娜" in out and "王五" not in out
    args = ["--data-dir", data, "case", "find", "--list", "overdue", "--all", "--json"]
    assert main(["--lang", "en", *args]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["case_no"] for r in rows} >= {a} and rows[0]["light"] == "red"
    assert main(["--data-dir", data, "case", "find", "--status", "mailed"]) == 0
    assert "没有符合条件的办件" in capsys.readouterr().err
    with ready_store.read() as s:
        assert s.scalar(select(CaseHandover)) is None
