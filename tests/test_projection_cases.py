"""The case life, inquiries and ratings rebuild identically from the journal, and travel by sync.

Replaying a window's whole journal into an empty database must give the same read
models as the services wrote; two windows and a real PostgreSQL must converge, and two
windows recording the same collection while apart must agree on which one stands.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.cases import (
    Collector,
    case_detail,
    collect_result,
    decide_case,
    forward_case,
    mail_result,
    mark_ready,
    open_joint_tasks,
    record_reply,
    record_task_result,
    start_case,
)
from desktop.central import central_engine
from desktop.evaluations import follow_up, rate_visit
from desktop.inquiries import InquiryInput, Referral, close_inquiry, link_case, log_inquiry
from desktop.projection import Conflict, apply_event
from desktop.store import Store
from desktop.sync import sync_once
from models.accounts import Role
from models.cases import Case, CaseHandover, CaseReply, CaseTask, Evaluation, Inquiry
from models.journal import Event
from models.sync import SyncConflict
from tests.intake_helpers import person, resident_id
from tests.test_cases import OP, ZHANG_ID, accepted, at, ready_case
from tests.test_projection import snapshot

SUPERVISOR = Operator("chen", "陈静", Role.SUPERVISOR)
CLERK31 = Operator("zhou", "周敏", Role.CLERK)


def life_snapshot(store: Any) -> dict[str, Any]:
    """snapshot() of tests/test_projection.py plus everything the case life writes."""
    snap = snapshot(store)
    with store.read() as s:
        snap["life"] = {
            c.case_no: (
                c.started_at,
                c.decision,
                c.decided_at,
                c.decision_reason,
                c.decision_basis,
                c.ready_at,
                c.closed_at,
                c.forwarded_on,
                c.forwarded_to,
                c.forward_ref,
            )
            for c in s.scalars(select(Case))
        }
        for name, table in (
            ("tasks", CaseTask),
            ("replies", CaseReply),
            ("handovers", CaseHandover),
            ("inquiries", Inquiry),
            ("ratings", Evaluation),
        ):
            columns = [c.key for c in table.__table__.columns]
            snap[name] = {
                row.id: tuple(getattr(row, col) for col in columns)
                for row in s.scalars(select(table))
            }
    return snap


def busy_life(store: Store) -> dict[str, str]:
    """A few weeks of one window: every path of a case's life, inquiries and ratings."""
    collected = ready_case(store)
    collect_result(store, collected, OP, Collector("applicant", "张三", "resident", ZHANG_ID))
    rate_visit(store, OP, visit_kind="collection", number=collected, level=1, comment="态度差")
    follow_up(store, SUPERVISOR, f"{collected}:collection", outcome="已回访，当事人接受道歉")

    mailed = ready_case(store, applicant=person("钱七", "32011719600606006"))
    mail_result(
        store, mailed, OP, carrier="EMS", tracking_no="EA123456789CN", address="溧水区某路1号"
    )

    denied = accepted(store, applicant=person("孙八", "32011719650707007"))
    start_case(store, denied, OP, now=at(3))
    decide_case(
        store, denied, OP, decision="denied", reason="场所不符合要求", basis="《办法》第十一条"
    )

    joint = accepted(store, "开餐馆一件事", applicant=person("王五", "32011719700505005"))
    open_joint_tasks(store, joint, OP, now=at(3))
    for n, code in enumerate(("XF", "CG", "SCJG")):
        record_task_result(store, joint, OP, department_code=code, result="approved", now=at(4 + n))
    mark_ready(store, joint, OP)

    reported = accepted(store, "食品生产许可", applicant=person("赵六", "32011719800808008"))
    forward_case(store, reported, OP, reference="溧市监〔2026〕88号", now=at(3))
    record_reply(store, reported, OP, content="正在审查", now=at(5))
    record_reply(
        store,
        reported,
        OP,
        content="不予许可",
        decision="denied",
        reason="条件不符",
        basis="第二十条",
    )
    rate_visit(store, OP, visit_kind="intake", number=reported, level=4)

    promised = datetime.now(UTC) + timedelta(days=1)
    asked = log_inquiry(
        store,
        OP,
        InquiryInput(
            "开餐馆要办哪些证",
            referral=Referral("department", "区市场监管局登记科", promised),
            inquirer_name="孙七",
        ),
    )
    link_case(store, asked.inquiry_no, OP, joint)
    close_inquiry(store, asked.inquiry_no, OP, outcome="已电话告知")
    answered = log_inquiry(store, OP, InquiryInput("几点下班", answer="下午五点"))
    rate_visit(store, OP, visit_kind="inquiry", number=answered.inquiry_no, level=2)
    return {"collected": collected, "joint": joint, "inquiry": asked.inquiry_no}


def test_replaying_the_journal_rebuilds_the_case_life(ready_store: Store, tmp_path: Path) -> None:
    busy_life(ready_store)
    before = life_snapshot(ready_store)
    assert len(before["tasks"]) == 3 and len(before["replies"]) == 2
    assert len(before["handovers"]) == 2 and len(before["inquiries"]) == 2
    assert len(before["ratings"]) == 3
    target = Store(tmp_path / "empty")
    with ready_store.read() as s:
        events = s.scalars(select(Event).order_by(Event.seq)).all()
    with target.write() as s:
        for ev in events:
            apply_event(s, ev, hall_wide_from=None)
            s.flush()
    assert life_snapshot(target) == before
    with target.write() as s:  # everything a second time: nothing changes
        for ev in events:
            try:
                apply_event(s, ev, hall_wide_from=None)
            except Conflict:
                pass
            s.flush()
    assert life_snapshot(target) == before


def test_a_second_collection_arriving_later_is_a_conflict(
    ready_store: Store, tmp_path: Path
) -> None:
    case_no = ready_case(ready_store)
    collect_result(ready_store, case_no, OP, Collector("applicant", "张三", "resident", ZHANG_ID))
    with ready_store.read() as s:
        collected = s.scalar(select(Event).where(Event.kind == "case.collected"))
        assert collected is not None
        other = Event(
            id=collected.id.__class__(int=collected.id.int ^ 1),
            window_code="31",
            seq=1,
            kind="case.mailed",
            payload={
                "case_no": case_no,
                "carrier": "EMS",
                "tracking_no": "EA1",
                "address": "x",
                "at": collected.payload["at"],
            },
            case_no=case_no,
            clerk="zhou",
            occurred_at=collected.occurred_at,
            prev_hash="0" * 64,
            hash="1" * 64,
        )
    with ready_store.write() as s, pytest.raises(Conflict) as info:
        apply_event(s, other)
    assert "已领取" in info.value.zh


# -- two windows and the center ----------------------------------------------------------------------

pg = pytest.mark.pg


def central_life(pg_url: str) -> dict[str, Any]:
    class Central:
        def __init__(self) -> None:
            self.engine = central_engine(pg_url)

        def read(self) -> Session:
            return Session(self.engine)

    c = Central()
    try:
        return life_snapshot(c)
    finally:
        c.engine.dispose()


def comparable(snap: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in snap.items() if k != "accounts"}


def conflicts_of(session_factory: Any) -> list[tuple[str, str, str | None]]:
    with session_factory() as s:
        return sorted((c.window_code, c.kind, c.case_no) for c in s.scalars(select(SyncConflict)))


@pg
def test_accepted_at_03_collected_at_31_and_both_agree(pg_url: str, tmp_path: Path) -> None:
    from tests.test_sync import make_hall

    hall = make_hall(pg_url, tmp_path, ("03", "31"))
    w03, w31 = hall["03"], hall["31"]
    case_no = ready_case(w03)
    joint = accepted(w03, "开餐馆一件事", applicant=person("王五", "32011719700505005"))
    sync_once(w03)
    sync_once(w31)
    # The applicant comes for the result at the pickup window 31, with an agent's paper.
    collect_result(
        w31,
        case_no,
        CLERK31,
        Collector("other", "李受托", "resident", resident_id("32011719881111002")),
        confirm_mismatch=True,
    )
    rate_visit(w31, CLERK31, visit_kind="collection", number=case_no, level=5)
    # The joint case's departments answer at both windows; 31 opens the tasks first.
    record_task_result(w31, joint, CLERK31, department_code="CG", result="approved")
    sync_once(w31)
    sync_once(w03)
    record_task_result(w03, joint, OP, department_code="XF", result="approved")
    record_task_result(w03, joint, OP, department_code="SCJG", result="approved")
    for store in (w03, w31, w03):
        sync_once(store)
    snaps = [comparable(life_snapshot(w03)), comparable(life_snapshot(w31))]
    assert snaps[0] == snaps[1] == comparable(central_life(pg_url))
    detail = case_detail(w03, case_no)
    assert detail.status == "collected" and detail.handover is not None
    assert detail.handover.window == "31" and detail.handover.id_mismatch
    assert case_detail(w31, joint).status == "decided"
    assert conflicts_of(w03.read) == conflicts_of(w31.read) == []


@pg
def test_two_windows_recording_the_same_collection_offline_agree_on_the_first(
    pg_url: str, tmp_path: Path
) -> None:
    from tests.test_sync import make_hall

    hall = make_hall(pg_url, tmp_path, ("03", "31"))
    w03, w31 = hall["03"], hall["31"]
    case_no = ready_case(w03)
    sync_once(w03)
    sync_once(w31)
    # Both windows are cut off; the applicant collects at 03, the agent "collects" at 31.
    collect_result(w03, case_no, OP, Collector("applicant", "张三", "resident", ZHANG_ID))
    collect_result(
        w31,
        case_no,
        CLERK31,
        Collector("other", "李受托", "resident", resident_id("32011719881111002")),
        confirm_mismatch=True,
    )
    rate_visit(w31, CLERK31, visit_kind="collection", number=case_no, level=1)
    sync_once(w03)  # 03 reaches the center first
    sync_once(w31)
    sync_once(w03)
    snaps = [comparable(life_snapshot(w03)), comparable(life_snapshot(w31))]
    assert snaps[0] == snaps[1] == comparable(central_life(pg_url))
    handover = case_detail(w31, case_no).handover
    assert handover is not None and handover.window == "03" and handover.collector_name == "张三"
    engine = central_engine(pg_url)
    # The rating of 31's visit stays: the applicant did rate it; only the handover conflicts.
    expected = [("31", "case.collected", case_no)]
    assert (
        conflicts_of(w03.read)
        == conflicts_of(w31.read)
        == conflicts_of(lambda: Session(engine))
        == expected
    )
    engine.dispose()
    # Window 31 sees why: the case view lists the conflict for the supervisor.
    assert any("已领取" in text for text in case_detail(w31, case_no).conflicts)
