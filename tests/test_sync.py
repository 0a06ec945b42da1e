"""Many windows, one record: real SQLite files per window and a real PostgreSQL center."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.accounts import Operator, authenticate
from desktop.central import (
    CentralUnavailable,
    SyncRejected,
    add_window,
    central_engine,
    central_init,
    lookup_case,
)
from desktop.errors import DomainError
from desktop.intake import accept_case, issue_one_time_notice, receive_supplements
from desktop.setup import SetupRequest, initialise
from desktop.store import Store
from desktop.sync import (
    apply_pulled,
    pull,
    pull_journal,
    push,
    set_central_url,
    status,
    sync_once,
)
from models.accounts import Role
from models.journal import Event
from models.sync import SyncConflict, SyncRejection
from tests.intake_helpers import full_ticks, intake, item_materials, person
from tests.test_projection import snapshot

pytestmark = pytest.mark.pg
OP = Operator("admin", "王管理", Role.ADMIN)


def at(d: int, h: int = 10) -> datetime:
    return datetime(2026, 11, d, h - 8, tzinfo=UTC)


def make_hall(pg_url: str, tmp_path: Path, windows: tuple[str, ...]) -> dict[str, Store]:
    central_init(pg_url, "320117", "南京市溧水区行政服务中心", None)
    stores = {}
    for code in windows:
        add_window(pg_url, code)
        store = Store(tmp_path / f"w{code}")
        initialise(
            store,
            SetupRequest(
                "320117", "南京市溧水区行政服务中心", code, "admin", "王管理", "Admin-2026!"
            ),
        )
        set_central_url(store, pg_url)
        stores[code] = store
    return stores


def central_snapshot(pg_url: str) -> dict[str, Any]:
    class Central:  # a Store-like view of the central database for snapshot()
        def __init__(self) -> None:
            self.engine = central_engine(pg_url)

        def read(self) -> Session:
            return Session(self.engine)

    c = Central()
    try:
        return snapshot(c)  # type: ignore[arg-type]
    finally:
        c.engine.dispose()


def comparable(snap: dict[str, Any]) -> dict[str, Any]:
    # Accounts are per window (each has its own administrator); the rest is the hall's.
    return {k: v for k, v in snap.items() if k != "accounts"}


def test_three_windows_work_offline_then_converge(pg_url: str, tmp_path: Path) -> None:
    hall = make_hall(pg_url, tmp_path, ("03", "05", "31"))
    for n, store in enumerate(hall.values()):
        for i in range(3):
            accept_case(
                store,
                intake(
                    store,
                    "食品经营许可",
                    applicant=person(f"申请人{n}{i}", f"3201171980{n + 1:02d}{i + 1:02d}0{n}{i}"),
                ),
                OP,
                now=at(2 + i),
            )
        if n == 2:
            continue  # window 31 meets this person only through the others' events
        issue_one_time_notice(
            store,
            intake(
                store,
                "食品经营许可",
                complete=False,
                applicant=person("共同申请人", "32011719750101111"),
            ),
            OP,
            now=at(5),
        )
    assert status(hall["03"]).waiting > 0
    for _ in range(2):
        for store in hall.values():
            sync_once(store)
    snaps = [comparable(snapshot(s)) for s in hall.values()]
    assert len(snaps[0]["cases"]) == 11
    assert snaps[0] == snaps[1] == snaps[2] == comparable(central_snapshot(pg_url))
    assert all(status(s).waiting == 0 for s in hall.values())
    # The same person registered at two windows offline is one applicant everywhere,
    # also at a third window that receives both registrations in one pull.
    assert sum(1 for a in snaps[0]["applicants"].values() if a[1] == "共同申请人") == 1


def test_a_slip_from_window_03_is_found_and_finished_at_window_31(
    pg_url: str, tmp_path: Path
) -> None:
    hall = make_hall(pg_url, tmp_path, ("03", "31"))
    notice = issue_one_time_notice(
        hall["03"], intake(hall["03"], "食品经营许可", complete=False), OP
    )
    engine = central_engine(pg_url)
    assert lookup_case(engine, notice.case_no) is None  # not pushed yet
    sync_once(hall["03"])
    found = lookup_case(engine, notice.case_no)
    engine.dispose()
    assert found is not None and found["status"] == "incomplete" and found["window"] == "03"
    sync_once(hall["31"])
    _, mats = item_materials(hall["31"], "食品经营许可")
    done = receive_supplements(hall["31"], notice.case_no, full_ticks(mats), OP)
    assert done.status == "accepted"
    sync_once(hall["31"])
    sync_once(hall["03"])
    assert comparable(snapshot(hall["03"])) == comparable(snapshot(hall["31"]))


def _terminate_own_backend(session: Session) -> None:
    pid = session.scalar(text("SELECT pg_backend_pid()"))
    with psycopg.connect(
        str(session.get_bind().url.render_as_string(hide_password=False)).replace("+psycopg", ""),
        autocommit=True,
    ) as killer:
        killer.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_push_cut_off_midway_loses_nothing_and_doubles_nothing(
    pg_url: str, tmp_path: Path
) -> None:
    hall = make_hall(pg_url, tmp_path, ("03",))
    store = hall["03"]
    for i in range(3):
        accept_case(
            store,
            intake(store, "食品经营许可", applicant=person(f"甲{i}", f"320117198001010{i}1")),
            OP,
        )
    engine = central_engine(pg_url)
    with pytest.raises(CentralUnavailable):
        push(store, engine, before_commit=_terminate_own_backend)
    assert status(store).waiting > 0

    # The center stored it but the answer never came back: sending again is harmless.
    def lost_answer() -> None:
        raise CentralUnavailable("connection lost after commit")

    with pytest.raises(CentralUnavailable):
        push(store, engine, after_central_commit=lost_answer)
    assert status(store).waiting > 0
    push(store, engine)
    assert status(store).waiting == 0
    with Session(engine) as s:
        central_ids = s.scalars(select(Event.id).where(Event.window_code == "03")).all()
    with store.read() as s:
        local_ids = s.scalars(select(Event.id).where(Event.window_code == "03")).all()
    engine.dispose()
    assert sorted(central_ids) == sorted(local_ids) and len(set(central_ids)) == len(central_ids)


def test_a_pull_cut_off_midway_resumes_without_duplicates(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall = make_hall(pg_url, tmp_path, ("03", "05"))
    for i in range(4):
        accept_case(
            hall["03"],
            intake(hall["03"], "食品经营许可", applicant=person(f"乙{i}", f"320117198002020{i}2")),
            OP,
        )
    sync_once(hall["03"])
    import desktop.sync as sync_module

    real = sync_module.pull_events
    calls = {"n": 0}

    def flaky(engine: Any, window: str, after: int, limit: int = 1000) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise CentralUnavailable("server closed the connection unexpectedly")
        return real(engine, window, after, limit)

    monkeypatch.setattr(sync_module, "pull_events", flaky)
    engine = central_engine(pg_url)
    with pytest.raises(CentralUnavailable):
        pull(hall["05"], engine, limit=5)
    assert snapshot(hall["05"])["cases"]  # what arrived before the cut is shown already
    monkeypatch.setattr(sync_module, "pull_events", real)
    pull(hall["05"], engine, limit=5)
    engine.dispose()
    with hall["05"].read() as s:
        ids = s.scalars(select(Event.id)).all()
    assert len(ids) == len(set(ids))
    assert comparable(snapshot(hall["05"])) == comparable(snapshot(hall["03"]))


def test_an_edited_event_is_refused_and_the_window_is_held(pg_url: str, tmp_path: Path) -> None:
    hall = make_hall(pg_url, tmp_path, ("03",))
    store = hall["03"]
    case = accept_case(store, intake(store, "食品经营许可"), OP)
    with store.write() as s:
        s.execute(
            text(
                "UPDATE event SET payload = json_set(payload, '$.name', '李四') WHERE kind = 'applicant.registered'"
            )
        )
    accept_case(
        store, intake(store, "食品经营许可", applicant=person("后来者", "32011719900909099")), OP
    )
    with pytest.raises(SyncRejected) as info:
        sync_once(store)
    assert "拒收" in info.value.message
    engine = central_engine(pg_url)
    with Session(engine) as s:
        rejection = s.scalar(select(SyncRejection))
        assert rejection is not None and rejection.problem == "hash"
        assert lookup_case(engine, case.case_no) is None  # nothing after the bad link applied
    with pytest.raises(SyncRejected) as again:
        sync_once(store)
    assert again.value.code == "sync.blocked"
    engine.dispose()


def test_two_windows_accepting_the_same_return_visit_offline(pg_url: str, tmp_path: Path) -> None:
    """Both windows finish the same notice while apart: the center's order decides,
    the later acceptance is flagged for supervisors, and every machine agrees."""
    hall = make_hall(pg_url, tmp_path, ("03", "05"))
    notice = issue_one_time_notice(
        hall["03"], intake(hall["03"], "食品经营许可", complete=False), OP, now=at(2)
    )
    sync_once(hall["03"])
    sync_once(hall["05"])
    _, mats = item_materials(hall["03"], "食品经营许可")
    # Window 05's clock runs a day behind: order comes from the center, not from clocks.
    receive_supplements(hall["03"], notice.case_no, full_ticks(mats), OP, now=at(4))
    receive_supplements(hall["05"], notice.case_no, full_ticks(mats), OP, now=at(3))
    sync_once(hall["03"])  # reaches the center first
    sync_once(hall["05"])
    sync_once(hall["03"])
    snaps = [
        comparable(snapshot(hall["03"])),
        comparable(snapshot(hall["05"])),
        comparable(central_snapshot(pg_url)),
    ]
    assert snaps[0] == snaps[1] == snaps[2]
    assert snaps[0]["cases"][notice.case_no][3] == at(4)  # window 03's acceptance stands

    def conflicts(session_factory: Callable[[], Session]) -> list[tuple[str, str, str | None]]:
        with session_factory() as s:
            return sorted(
                (c.window_code, c.kind, c.case_no) for c in s.scalars(select(SyncConflict))
            )

    engine = central_engine(pg_url)
    expected = [
        ("05", "case.accepted", notice.case_no),
        ("05", "case.supplements_received", notice.case_no),
    ]
    assert (
        conflicts(hall["03"].read)
        == conflicts(hall["05"].read)
        == conflicts(lambda: Session(engine))
        == expected
    )
    engine.dispose()


def test_a_wrong_address_or_an_unregistered_window_is_said_plainly(
    pg_url: str, tmp_path: Path
) -> None:
    store = Store(tmp_path / "w07")
    initialise(
        store,
        SetupRequest("320117", "南京市溧水区行政服务中心", "07", "admin", "王管理", "Admin-2026!"),
    )
    accept_case(store, intake(store, "食品经营许可"), OP)
    with pytest.raises(CentralUnavailable):
        sync_once(store, "postgresql://postgres:secret@127.0.0.1:1/none")
    central_init(pg_url, "320117", "南京市溧水区行政服务中心", None)
    with pytest.raises(DomainError) as info:
        sync_once(store, pg_url)
    assert "add-window 07" in info.value.message
    assert status(store).waiting > 0  # nothing lost; the window keeps working


def test_accounts_published_by_the_center_reach_every_window(pg_url: str, tmp_path: Path) -> None:
    from desktop.central import publish_account

    hall = make_hall(pg_url, tmp_path, ("03", "05"))
    publish_account(
        pg_url, username="sunqi", display_name="孙七", role=Role.CLERK, password="Clerk-pass-7"
    )
    for store in hall.values():
        sync_once(store)
        assert authenticate(store, "sunqi", "Clerk-pass-7").display_name == "孙七"


def test_a_holiday_table_published_by_the_center_moves_due_dates_everywhere(
    pg_url: str, tmp_path: Path
) -> None:
    from datetime import date

    from desktop.central import publish_holidays
    from desktop.holidays import year_status

    hall = make_hall(pg_url, tmp_path, ("03",))
    table = tmp_path / "2027.csv"
    table.write_text("日期,类型,说明\n2027-01-01,休,元旦\n", encoding="utf-8")
    publish_holidays(pg_url, table, 2027, complete=True)
    sync_once(hall["03"])
    with hall["03"].read() as s:
        assert year_status(s, 2027) == "center"
    result = accept_case(
        hall["03"], intake(hall["03"], "食品经营许可"), OP, now=at(28).replace(month=12)
    )
    assert result.due_date == date(2027, 1, 5) and result.due_warning_zh == ""


def test_a_center_of_another_version_is_said_plainly(pg_url: str, tmp_path: Path) -> None:
    hall = make_hall(pg_url, tmp_path, ("03",))
    accept_case(hall["03"], intake(hall["03"], "食品经营许可"), OP)
    engine = central_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DomainError) as info:
        sync_once(hall["03"])
    assert info.value.code == "central.version" and "9999_future" in info.value.message
    assert status(hall["03"]).waiting > 0  # nothing lost; it waits for the upgrade


def test_stored_but_not_yet_applied_events_are_applied_once(pg_url: str, tmp_path: Path) -> None:
    """A cut between storing a pull and applying it: the next round applies what waits,
    and nothing twice (a second application would flag false conflicts)."""
    hall = make_hall(pg_url, tmp_path, ("03", "05"))
    notice = issue_one_time_notice(
        hall["03"],
        intake(
            hall["03"], "食品经营许可", complete=False, applicant=person("丙", "32011719900909009")
        ),
        OP,
        now=at(2),
    )
    _, mats = item_materials(hall["03"], "食品经营许可")
    receive_supplements(hall["03"], notice.case_no, full_ticks(mats), OP, now=at(3))
    sync_once(hall["03"])
    engine = central_engine(pg_url)
    try:
        assert pull_journal(hall["05"], engine, limit=1) > 0
        assert notice.case_no not in snapshot(hall["05"])["cases"]  # stored, not yet shown
        apply_pulled(hall["05"], limit=1)  # one event per batch, in the center's order
        pull(hall["05"], engine)  # nothing new: nothing applied again
    finally:
        engine.dispose()
    assert comparable(snapshot(hall["05"])) == comparable(snapshot(hall["03"]))
    assert snapshot(hall["05"])["cases"][notice.case_no][1] == "accepted"
    assert status(hall["05"]).conflicts == 0


def test_a_window_that_pulled_before_the_two_steps_does_not_apply_again(
    pg_url: str, tmp_path: Path
) -> None:
    hall = make_hall(pg_url, tmp_path, ("03", "05"))
    accept_case(hall["03"], intake(hall["03"], "食品经营许可"), OP, now=at(2))
    sync_once(hall["03"])
    sync_once(hall["05"])
    with hall["05"].write() as s:  # as an older build left it: a pull cursor only
        s.execute(text("DELETE FROM setting WHERE key = 'sync.applied_cursor'"))
    engine = central_engine(pg_url)
    try:
        assert pull_journal(hall["05"], engine) == 0
    finally:
        engine.dispose()
    assert apply_pulled(hall["05"]) == 0  # from the pull cursor on, not from the start


def _edit_central_registration(pg_url: str, assignment: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"UPDATE event SET {assignment} WHERE kind = 'applicant.registered'")


def test_a_pulled_event_edited_at_the_center_is_refused(pg_url: str, tmp_path: Path) -> None:
    hall = make_hall(pg_url, tmp_path, ("03", "05"))
    accept_case(hall["03"], intake(hall["03"], "食品经营许可"), OP, now=at(2))
    sync_once(hall["03"])
    _edit_central_registration(
        pg_url, 'payload = replace(payload::text, \'"name":"\', \'"name":"假\')::json'
    )
    with pytest.raises(DomainError) as info:
        sync_once(hall["05"])
    assert info.value.code == "sync.pulled_chain"
    with hall["05"].read() as s:  # nothing of that batch was kept
        assert s.scalar(text("SELECT count(*) FROM event WHERE window_code = '03'")) == 0


def test_a_payload_rewritten_with_the_same_content_still_arrives(
    pg_url: str, tmp_path: Path
) -> None:
    """Another program's text for the same content (other key order, spaces): the hash
    covers the content, so the event is genuine and arrives."""
    hall = make_hall(pg_url, tmp_path, ("03", "05"))
    accept_case(hall["03"], intake(hall["03"], "食品经营许可"), OP, now=at(2))
    sync_once(hall["03"])
    _edit_central_registration(
        pg_url, "payload = (SELECT json_object_agg(key, value) FROM json_each(payload))"
    )
    sync_once(hall["05"])
    assert comparable(snapshot(hall["05"])) == comparable(snapshot(hall["03"]))
