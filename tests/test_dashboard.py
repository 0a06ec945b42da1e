"""The hall dashboard: every number equals the list behind it, per window and per clerk."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.accounts import Operator, create_account
from desktop.cases import Collector, collect_result, decide_case, mark_ready, start_case
from desktop.clock import local_day, now_utc
from desktop.dashboard import METRICS, Dashboard, Drill, build_dashboard, list_behind
from desktop.evaluations import rate_visit
from desktop.inquiries import InquiryInput, Referral, log_inquiry
from desktop.intake import (
    accept_case,
    add_requirement_exception,
    issue_one_time_notice,
    reject_case,
)
from desktop.store import Store
from models.accounts import Role
from models.cases import Case
from tests.conftest import ADMIN_PASSWORD
from tests.intake_helpers import intake, person, resident_id

LISI = Operator("lisi", "李四", Role.CLERK)
WANG = Operator("admin", "王管理", Role.ADMIN)


@pytest.fixture
def busy(ready_store: Store) -> Store:
    """Today at window 03: two clerks, every outcome, a late case, a late referral, a bad review."""
    ident = ready_store.require_identity()
    with ready_store.write() as s:
        create_account(
            s, ident, username="lisi", display_name="李四", role=Role.CLERK,
            password=ADMIN_PASSWORD, by="admin",
        )  # fmt: skip
    now = now_utc()
    zhang = person("张三", "32011719850312123")
    # Accepted two months ago and never finished: red. Accepted today: green or yellow.
    late = accept_case(
        ready_store,
        intake(ready_store, "个体工商户", applicant=zhang),
        LISI,
        now=now - timedelta(days=60),
    )
    accept_case(
        ready_store,
        intake(ready_store, "个体工商户", applicant=person("赵六", "32011719700101001")),
        LISI,
    )
    notice = issue_one_time_notice(
        ready_store,
        intake(
            ready_store, "个体工商户", complete=False, applicant=person("钱七", "32011719600606006")
        ),
        WANG,
    )
    reject_case(
        ready_store, intake(ready_store, "个体工商户", applicant=person("孙八", "32011719900909009")), WANG,
        reason="不属于本机关职权范围", legal_basis="《中华人民共和国行政许可法》第三十二条",
    )  # fmt: skip
    add_requirement_exception(
        ready_store, notice.case_no, WANG, name="房屋测绘报告", originals=1, copies=0,
        reason="房屋已分割，需测绘报告确认面积", supervisor="admin", supervisor_password=ADMIN_PASSWORD,
    )  # fmt: skip
    log_inquiry(ready_store, LISI, InquiryInput("营业执照怎么办", answer="已告知材料清单"))
    log_inquiry(
        ready_store, LISI,
        InquiryInput("不动产抵押登记", referral=Referral("department", "区不动产登记中心", now - timedelta(hours=1))),
        now=now - timedelta(hours=3),
    )  # fmt: skip
    start_case(ready_store, late.case_no, LISI)
    decide_case(ready_store, late.case_no, LISI, decision="approved")
    mark_ready(ready_store, late.case_no, LISI)
    collect_result(
        ready_store,
        late.case_no,
        LISI,
        Collector("applicant", "张三", "resident", resident_id("32011719850312123")),
    )
    rate_visit(
        ready_store, LISI, visit_kind="collection", number=late.case_no, level=1, comment="等太久"
    )
    # One more case, overdue and still running.
    accept_case(
        ready_store,
        intake(ready_store, "个体工商户", applicant=person("周九", "32011719800808008")),
        LISI,
        now=now - timedelta(days=45),
    )
    return ready_store


def board_of(store: Store) -> Dashboard:
    with store.read() as s:
        return build_dashboard(s)


def test_the_numbers_of_a_busy_day(busy: Store) -> None:
    b = board_of(busy)
    f = {m: b.figure(m).total for m in METRICS}
    # The two acceptances back-dated 60 and 45 days belong to those days, not to today.
    assert (f["accepted"], f["notice"], f["rejected"]) == (1, 1, 1)
    # Visits today: one acceptance, a notice, a refusal, two inquiries, one collection;
    # the inquiry logged three hours ago was yesterday when the test runs after midnight.
    earlier = now_utc() - timedelta(hours=3)
    assert f["visitors"] == 5 + (local_day(earlier) == local_day(now_utc()))
    assert f["overdue"] == 1 and f["inquiries_late"] == 1
    assert f["exceptions"] == 1 and f["bad_reviews"] == 1
    assert b.figure("accepted").by_clerk[("03", "lisi")] == 1
    assert b.figure("rejected").by_clerk[("03", "admin")] == 1
    assert b.figure("overdue").by_window["03"] == 1
    assert b.clerk_text("lisi") == "李四（lisi）"


def test_every_number_opens_the_list_behind_it(busy: Store) -> None:
    b = board_of(busy)
    with busy.read() as s:
        for metric, fig in b.figures.items():
            listing = list_behind(s, Drill(metric))
            if fig.money:
                continue  # amounts: the rows are payments, summed below
            assert len(listing.rows) == fig.total, metric
            for (w, clerk), n in fig.by_clerk.items():
                assert len(list_behind(s, Drill(metric, window=w, clerk=clerk)).rows) == n
            for w, n in fig.by_window.items():
                assert len(list_behind(s, Drill(metric, window=w)).rows) == n
        overdue = list_behind(s, Drill("overdue"))
        assert overdue.headers[0] == "办件编号" and "逾期" in overdue.rows[0][-1]
        late = list_behind(s, Drill("inquiries_late"))
        assert late.rows[0][1] == "不动产抵押登记"
        exceptions = list_behind(s, Drill("exceptions"))
        assert "房屋测绘报告" in exceptions.rows[0][-1] and "王管理" in exceptions.rows[0][-1]


def test_due_soon_and_overdue_follow_the_supervision_lights(busy: Store) -> None:
    from desktop.clock import local_day
    from desktop.holidays import load_calendar

    today = local_day(now_utc())
    b = board_of(busy)
    with busy.read() as s:
        cal = load_calendar(s)
        lights = [
            cal.light(c.due_date, today)
            for c in s.scalars(select(Case).where(Case.status.in_(("accepted", "in_progress"))))
            if c.due_date
        ]
    assert b.figure("overdue").total == lights.count("red")
    assert b.figure("due_soon").total == lights.count("yellow")


def test_fees_by_method_and_voids_and_their_lists(ready_store: Store) -> None:
    """Today's payments by method, a voided one under voids only; the daily log agrees."""
    from desktop.cashier import open_day
    from desktop.clock import local_day
    from desktop.daily_log import local_source, read_log, totals
    from desktop.fees import ChargeInput, PaymentInput, collect_fee, void_payment
    from tests.test_fees import ESTATE, add_people

    add_people(ready_store)
    open_day(ready_store, WANG, "500")
    now = now_utc()
    first = accept_case(ready_store, intake(ready_store, ESTATE, applicant=person("张三")), WANG)
    second = accept_case(
        ready_store,
        intake(ready_store, ESTATE, applicant=person("李四", "32011719700101001")),
        WANG,
    )
    paid = collect_fee(
        ready_store, PaymentInput(first.case_no, (ChargeInput(1),), "cash", "张三", "600"), WANG
    )
    card = collect_fee(
        ready_store,
        PaymentInput(second.case_no, (ChargeInput(1),), "card", "李四", "", "123456789012"),
        WANG,
    )
    void_payment(
        ready_store,
        paid.payment.receipt_no,
        WANG,
        reason="收款金额录入错误，重新收取",
        supervisor="chen",
        supervisor_password="Super-pass-1",
    )
    b = board_of(ready_store)
    assert b.methods == ["card"] and b.figure("fees").total == card.payment.total_fen
    assert b.figure("fees.card").total == card.payment.total_fen
    assert b.figure("voids").total == 1
    with ready_store.read() as s:
        fees = list_behind(s, Drill("fees"))
        assert [r[0] for r in fees.rows] == [card.payment.receipt_no]
        voids = list_behind(s, Drill("voids"))
        assert voids.rows[0][0] == paid.payment.receipt_no and "录入错误" in voids.rows[0][-1]
        assert list_behind(s, Drill("fees.cash")).rows == []
    day = local_day(now)
    log = read_log(local_source(ready_store), day, day)
    t = totals(log)
    assert t.hall["payments"] == 2 and t.hall["voids"] == 1
    assert t.hall["payment_fen"] == paid.payment.total_fen + card.payment.total_fen
    fee_sheet = next(s for s in log.sheets if s.family.key == "fee")
    assert {r.kind for r in fee_sheet.rows} == {"fee.collected", "fee.voided"}
    assert any(
        r.kind == "cashday.opened" for s in log.sheets if s.family.key == "day" for r in s.rows
    )
