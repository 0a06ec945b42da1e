"""Replaying a window's journal into an empty database rebuilds the same read models.

This is what makes another window's work arrive intact by sync: a service and its
projector cannot drift apart without this test failing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.accounts import Operator, create_account
from desktop.applicants import ApplicantInput
from desktop.intake import (
    MaterialTick,
    accept_case,
    add_requirement_exception,
    issue_one_time_notice,
    pause_case,
    receive_supplements,
    reject_case,
    resume_case,
)
from desktop.projection import Conflict, apply_event
from desktop.setup import SetupRequest, initialise
from desktop.store import Store
from models.accounts import Account, Role
from models.cases import Applicant, Case, CasePause
from models.journal import Event
from tests.intake_helpers import full_ticks, intake, item_materials, person

OP = Operator("admin", "王管理", Role.ADMIN)


def at(d: int, h: int = 10) -> datetime:
    return datetime(2026, 11, d, h - 8, tzinfo=UTC)


def snapshot(store: Store) -> dict[str, Any]:
    with store.read() as s:
        cases = {
            c.case_no: (
                c.id,
                c.status,
                c.received_at,
                c.accepted_at,
                c.due_date,
                c.notice_deadline,
                c.notice_issued_at,
                c.reason,
                c.legal_basis,
                c.window_code,
                c.clerk,
                c.applicant_id,
                c.agent_id,
                tuple(
                    (
                        m.position,
                        m.name,
                        m.originals,
                        m.copies,
                        m.form,
                        m.required,
                        m.condition,
                        m.applies,
                        m.received_originals,
                        m.received_copies,
                        m.added_by_exception,
                    )
                    for m in c.materials
                ),
            )
            for c in s.scalars(select(Case))
        }
        applicants = {
            a.id: (a.kind, a.name, a.id_kind, a.id_number, a.phone, a.address)
            for a in s.scalars(select(Applicant))
        }
        pauses = {
            p.id: (
                p.case_id,
                p.procedure,
                p.reason,
                p.paused_on,
                p.resumed_on,
                p.paused_by,
                p.resumed_by,
            )
            for p in s.scalars(select(CasePause))
        }
        accounts = {
            a.username: (a.display_name, a.role, a.password_hash, a.disabled)
            for a in s.scalars(select(Account))
        }
    return {"cases": cases, "applicants": applicants, "pauses": pauses, "accounts": accounts}


def busy_day(store: Store) -> None:
    with store.write() as s:
        create_account(
            s,
            store.require_identity(),
            username="chen",
            display_name="陈静",
            role=Role.SUPERVISOR,
            password="Super-pass-1",
            by="admin",
        )
    accept_case(store, intake(store, "食品经营许可"), OP, now=at(2))
    agent = ApplicantInput(
        "person", "李代理", "resident", person(body17="32011719900101001").id_number
    )
    accept_case(
        store,
        replace(
            intake(
                store,
                "不动产首次登记",
                applicant=person("王五", "32011719700505005", "025-57211234"),
            ),
            agent=agent,
            ticks=agent_ticks(store, "不动产首次登记"),
        ),
        OP,
        now=at(2, 11),
    )
    notice = issue_one_time_notice(
        store,
        intake(
            store, "食品经营许可", complete=False, applicant=person("赵六", "32011719800808008")
        ),
        OP,
        now=at(3),
    )
    add_requirement_exception(
        store,
        notice.case_no,
        OP,
        name="消防安全检查合格证明",
        originals=1,
        copies=0,
        reason="现场核查发现需补充消防证明材料",
        supervisor="chen",
        supervisor_password="Super-pass-1",
    )
    _, mats = item_materials(store, "食品经营许可")
    receive_supplements(store, notice.case_no, full_ticks(mats)[:1], OP, now=at(4))
    reject_case(
        store,
        intake(store, "食品经营许可", applicant=person("钱七", "32011719600606006")),
        OP,
        reason="不属于本中心受理范围",
        legal_basis="《中华人民共和国行政许可法》第三十二条",
        now=at(4),
    )
    paused = accept_case(
        store,
        intake(store, "食品经营许可", applicant=person("张三", "32011719850312123", "13900000000")),
        OP,
        now=at(5),
    )
    pause_case(store, paused.case_no, OP, procedure="inspection", reason="现场勘验", now=at(6))
    resume_case(store, paused.case_no, OP, now=at(10))
    accept_case(store, intake(store, "个体工商户设立登记"), OP, finish_now=True, now=at(11))


def agent_ticks(store: Store, name: str) -> tuple[MaterialTick, ...]:
    """Everything required, plus every conditional one (the power of attorney among them)."""
    _, mats = item_materials(store, name)
    return tuple(MaterialTick(p, o, c, not required) for p, _, required, o, c in mats)


def fresh(tmp_path: Path, name: str) -> Store:
    store = Store(tmp_path / name)
    initialise(
        store,
        SetupRequest("320117", "南京市溧水区行政服务中心", "3", "admin", "王管理", "Admin-2026!"),
    )
    return store


def test_replaying_the_journal_rebuilds_every_read_model(
    ready_store: Store, tmp_path: Path
) -> None:
    busy_day(ready_store)
    before = snapshot(ready_store)
    assert len(before["cases"]) == 6 and len(before["pauses"]) == 1 and "chen" in before["accounts"]
    target = Store(tmp_path / "empty")  # no setup at all: everything comes from events
    with ready_store.read() as s:
        events = s.scalars(select(Event).order_by(Event.seq)).all()
    with target.write() as s:
        for ev in events:
            apply_event(s, ev, hall_wide_from=None)
            s.flush()
    assert snapshot(target) == snapshot(ready_store)
    # Applying everything a second time changes nothing.
    with target.write() as s:
        for ev in events:
            try:
                apply_event(s, ev, hall_wide_from=None)
            except Conflict:
                pass
            s.flush()
    assert snapshot(target) == snapshot(ready_store)


def test_hall_wide_changes_come_only_from_the_center(ready_store: Store, tmp_path: Path) -> None:
    other = fresh(tmp_path, "window05")
    with ready_store.write() as s:
        create_account(
            s,
            ready_store.require_identity(),
            username="zhou",
            display_name="周",
            role=Role.CLERK,
            password="Clerk-pass-1",
            by="admin",
        )
    with ready_store.read() as s:
        events = s.scalars(select(Event).where(Event.kind == "account.created")).all()
    with other.write() as s:
        for ev in events:
            apply_event(s, ev)
    assert "zhou" not in snapshot(other)["accounts"]
