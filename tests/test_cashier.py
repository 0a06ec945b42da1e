"""The clerk's day: float, cash in and out, X report, counted closing, Z report, reopening.

The day-end totals are checked against the payments themselves: per method, what the
report calls net is the sum of the payments taken that day minus the voids and refunds
made that day, whatever mix of methods, waivers and voids the day had.
"""

from __future__ import annotations

import random
from collections import Counter as Tally

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from desktop.cashier import (
    CountInput,
    close_day,
    closing_check,
    day_figures,
    day_report,
    day_status,
    figures_by_method,
    move_cash,
    open_day,
    reopen_day,
    x_report,
)
from desktop.errors import DomainError
from desktop.fees import (
    ChargeInput,
    FeeInvalid,
    PaymentInput,
    collect_fee,
    void_payment,
)
from desktop.store import Store
from models.cases import Payment, PaymentLine
from models.fees import CashierDay, DayClosing, FeeDocument, PaymentVoid
from models.journal import Event
from tests.test_fees import (
    OP,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    accepted,
    add_people,
    at,
    cash,
    page_text,
)

DAY = at(2).date()


def text_of(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@pytest.fixture
def window(ready_store: Store) -> Store:
    add_people(ready_store)
    return ready_store


def test_opening_float_and_cash_in_and_out_with_reasons(window: Store) -> None:
    with pytest.raises(DomainError) as info:
        move_cash(window, OP, "in", "100", "领取零钞备用", now=at(2, 8, 20))
    assert info.value.code == "day.not_open"
    with pytest.raises(DomainError) as info:
        open_day(window, OP, "-5", now=at(2, 8, 30))
    assert info.value.code == "money.negative"
    status = open_day(window, OP, "500", now=at(2, 8, 30))
    assert status.state == "open" and status.figures.float_fen == 50_000
    with pytest.raises(DomainError) as info:
        open_day(window, OP, "500", now=at(2, 8, 31))
    assert info.value.code == "day.already_open"
    move_cash(window, OP, "in", "200", "领取零钞备用", now=at(2, 9))
    with pytest.raises(FeeInvalid) as info:
        move_cash(window, OP, "out", "800", "中午解缴银行", now=at(2, 12))
    assert info.value.code == "cash.overdraw"
    with pytest.raises(FeeInvalid) as info:
        move_cash(window, OP, "out", "100", "", now=at(2, 12))
    assert info.value.field == "reason"
    after = move_cash(window, OP, "out", "300", "中午解缴银行", now=at(2, 12))
    assert after.figures.expected_cash_fen == 50_000 + 20_000 - 30_000
    assert [m.direction for m in after.figures.movements] == ["in", "out"]


def _busy_day(store: Store, seed: int, count: int) -> None:
    """A day of mixed payments at window 03, some voided, some waived."""
    rng = random.Random(seed)
    cases = [accepted(store), accepted(store, "城市道路挖掘许可", "李四", "32011719700505005")]
    open_day(store, OP, str(rng.choice([0, 200, 500])), now=at(2, 8, 30))
    taken = []
    for i in range(count):
        case_no = rng.choice(cases)
        method = rng.choice(["cash", "cash", "card", "mobile"])
        lines: tuple[ChargeInput, ...]
        if case_no == cases[0]:
            lines = (ChargeInput(1), ChargeInput(2, str(rng.randint(1, 3))))
        else:
            lines = (ChargeInput(1, f"{rng.randint(1, 40)}.{rng.randint(0, 99):02d}"),)
        inp = PaymentInput(
            case_no, lines, method, "缴款人", reference="" if method == "cash" else f"REF{i:06d}"
        )
        if method == "cash":
            total = collect_fee_quote_total(store, inp)
            inp = PaymentInput(
                case_no,
                lines,
                method,
                "缴款人",
                tendered=f"{(total + rng.randint(0, 9999)) / 100:.2f}",
            )
        done = collect_fee(store, inp, OP, now=at(2, 9, i % 60))
        taken.append(done.payment.receipt_no)
    for receipt_no in rng.sample(taken, k=max(1, count // 5)):
        void_payment(
            store,
            receipt_no,
            OP,
            reason="收费有误，作废重收",
            supervisor=SUPERVISOR,
            supervisor_password=SUPERVISOR_PASSWORD,
            now=at(2, 15),
        )


def collect_fee_quote_total(store: Store, inp: PaymentInput) -> int:
    from desktop.fees import quote

    return quote(store, inp).total_fen


def test_day_end_totals_are_the_payments_minus_the_voids_per_method(window: Store) -> None:
    _busy_day(window, seed=20261102, count=24)
    with window.read() as s:
        payments = s.scalars(select(Payment)).all()
        voids = s.scalars(select(PaymentVoid)).all()
        figures = day_figures(s, "03", DAY)
    collected: Tally[str] = Tally()
    voided: Tally[str] = Tally()
    counts: Tally[str] = Tally()
    for p in payments:
        collected[p.method] += p.total_fen
        counts[p.method] += 1
    for v in voids:
        voided[v.method] += v.amount_fen
    by_method = figures_by_method(figures)
    for method in ("cash", "card", "mobile"):
        assert by_method[method]["collected_fen"] == collected[method]
        assert by_method[method]["payments"] == counts[method]
        assert by_method[method]["voided_fen"] == voided[method]
        assert by_method[method]["net_fen"] == collected[method] - voided[method]
    assert figures.expected_cash_fen == figures.float_fen + collected["cash"] - voided["cash"]
    # The Z report records the same figures and prints them.
    check = closing_check(window, CountInput({}, "0", "0"), DAY)
    counts_in = _pieces_for(check.check("cash").expected_fen)
    result = close_day(
        window,
        OP,
        CountInput(
            counts_in,
            str(by_method["card"]["net_fen"] / 100),
            f"{by_method['mobile']['net_fen'] / 100:.2f}",
        ),
        day=DAY,
        now=at(2, 17, 30),
    )
    assert result.check.balanced
    with window.read() as s:
        closing = s.scalars(select(DayClosing)).one()
    assert closing.figures["collected"] == {m: collected[m] for m in ("cash", "card", "mobile")}
    assert closing.figures["voided"] == {m: voided[m] for m in ("cash", "card", "mobile")}
    assert closing.figures["receipts"] == len(payments) and closing.figures["missing_receipts"] == 0
    text = text_of(result.report.pdf)
    assert "收费日结报表" in text and "连续无缺号" in text and "Z 报表第 0001 号" in text


def _pieces_for(fen: int) -> dict[int, int]:
    """Notes and coins that make up ``fen`` (whole 角; a 分 remainder cannot be counted)."""
    pieces = {}
    for value in (10000, 5000, 2000, 1000, 500, 100, 50, 10):
        pieces[value], fen = divmod(fen, value)
    return pieces


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(["cash", "card", "mobile"]), st.integers(1, 3), st.booleans()),
        min_size=1,
        max_size=6,
    )
)
def test_net_per_method_holds_for_any_mix(window: Store, plan: list[tuple[str, int, bool]]) -> None:
    """Property: whatever the mix, net per method = payments − voids of that method."""
    with window.write() as s:
        # Each example starts from an empty day (hypothesis reuses the fixture).
        for model in (PaymentVoid, PaymentLine, Payment, FeeDocument, DayClosing, CashierDay):
            s.execute(delete(model))
    case_no = accepted(window)
    open_day(window, OP, "100", now=at(2, 8, 30))
    expect: dict[str, int] = {"cash": 0, "card": 0, "mobile": 0}
    for i, (method, books, void) in enumerate(plan):
        inp = PaymentInput(
            case_no,
            (ChargeInput(2, str(books)),),
            method,
            "张三",
            tendered="100" if method == "cash" else "",
            reference="" if method == "cash" else f"R{i:08d}",
        )
        done = collect_fee(window, inp, OP, now=at(2, 9, i))
        expect[method] += books * 1000
        if void:
            void_payment(
                window,
                done.payment.receipt_no,
                OP,
                reason="测试作废原因",
                supervisor=SUPERVISOR,
                supervisor_password=SUPERVISOR_PASSWORD,
                now=at(2, 10, i),
            )
            expect[method] -= books * 1000
    status = day_status(window, DAY)
    assert {m: t.net_fen for m, t in status.figures.methods.items()} == expect
    assert status.figures.expected_cash_fen == 10_000 + expect["cash"]


def test_a_difference_must_be_confirmed_with_a_reason(window: Store) -> None:
    case_no = accepted(window)
    open_day(window, OP, "100", now=at(2, 8, 30))
    collect_fee(window, cash(case_no, ChargeInput(2), tendered="50"), OP, now=at(2, 10))
    short = CountInput({10000: 1, 500: 1}, "0", "0")  # ¥105 counted, ¥110 expected
    check = closing_check(window, short, DAY)
    assert not check.balanced and check.check("cash").difference_fen == -500
    with pytest.raises(FeeInvalid) as info:
        close_day(window, OP, short, day=DAY, now=at(2, 17))
    assert {p.field for p in info.value.problems} == {"confirm_difference", "difference_reason"}
    with pytest.raises(FeeInvalid) as info:
        close_day(window, OP, short, confirm_difference=True, day=DAY, now=at(2, 17))
    assert info.value.field == "difference_reason"
    assert day_status(window, DAY).state == "open"
    with pytest.raises(FeeInvalid) as info:
        close_day(window, OP, CountInput({10000: -1}), day=DAY, now=at(2, 17))
    assert info.value.field == "count_10000"
    done = close_day(
        window,
        OP,
        short,
        confirm_difference=True,
        difference_reason="找零时多找五元",
        day=DAY,
        now=at(2, 17),
    )
    text = text_of(done.report.pdf)
    assert "短款" in text and "找零时多找五元" in text and "¥105.00" in text
    assert day_status(window, DAY).state == "closed"


def test_a_closed_day_takes_no_payment_until_a_supervisor_reopens_it(window: Store) -> None:
    case_no = accepted(window)
    open_day(window, OP, "0", now=at(2, 8, 30))
    collect_fee(window, cash(case_no, ChargeInput(2), tendered="10"), OP, now=at(2, 10))
    close_day(window, OP, CountInput({1000: 1}), day=DAY, now=at(2, 16))
    with pytest.raises(DomainError) as info:
        collect_fee(window, cash(case_no, ChargeInput(2), tendered="10"), OP, now=at(2, 16, 30))
    assert info.value.code == "day.closed" and "负责人" in info.value.message
    with pytest.raises(DomainError) as info:
        move_cash(window, OP, "in", "10", "领取零钞备用", now=at(2, 16, 30))
    assert info.value.code == "day.closed"
    with pytest.raises(DomainError) as info:
        close_day(window, OP, CountInput({1000: 1}), day=DAY, now=at(2, 16, 31))
    assert info.value.code == "day.not_open_to_close"
    with window.read() as s:
        assert len(s.scalars(select(Payment)).all()) == 1
    with pytest.raises(DomainError) as info:
        reopen_day(
            window,
            OP,
            supervisor=SUPERVISOR,
            supervisor_password="nope",
            reason="补收漏收款项",
            day=DAY,
            now=at(2, 16, 40),
        )
    assert info.value.field == "supervisor"
    with pytest.raises(DomainError) as info:
        reopen_day(
            window,
            OP,
            supervisor="",
            supervisor_password="",
            reason="补收漏收款项",
            day=DAY,
            now=at(2, 16, 40),
        )
    assert info.value.field == "supervisor"
    status = reopen_day(
        window,
        OP,
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        reason="补收漏收款项",
        day=DAY,
        now=at(2, 16, 40),
    )
    assert status.state == "open"
    assert status.closings[0]["reopened_by"] == SUPERVISOR
    with window.read() as s:
        event = s.scalars(select(Event).where(Event.kind == "cashday.reopened")).one()
        assert (
            event.payload["reason"] == "补收漏收款项" and event.payload["supervisor"] == SUPERVISOR
        )
    collect_fee(window, cash(case_no, ChargeInput(2), tendered="10"), OP, now=at(2, 16, 45))
    second = close_day(window, OP, CountInput({1000: 2}), day=DAY, now=at(2, 17))
    assert second.z_no == 2
    text = text_of(second.report.pdf)
    assert "重新开启" in text and "补收漏收款项" in text and "Z 报表第 0002 号" in text


def test_an_x_report_changes_nothing_and_day_report_reprints_the_z(window: Store) -> None:
    case_no = accepted(window)
    open_day(window, OP, "0", now=at(2, 8, 30))
    collect_fee(window, cash(case_no, ChargeInput(2), tendered="10"), OP, now=at(2, 10))
    x = x_report(window, OP, DAY, now=at(2, 11))
    assert "收费日报（X）" in text_of(x.pdf) and "中间报表" in text_of(x.pdf)
    assert day_status(window, DAY).state == "open"
    close_day(window, OP, CountInput({1000: 1}), day=DAY, now=at(2, 17))
    again = day_report(window, OP, DAY, now=at(3, 9))
    assert again.reprint and "收费日结报表（Z）" in text_of(again.pdf)
    assert "营业日 2026-11-02" in page_text(again.pdf)


def test_a_refund_counts_on_the_day_it_is_made(window: Store) -> None:
    case_no = accepted(window)
    open_day(window, OP, "0", now=at(2, 8, 30))
    done = collect_fee(window, cash(case_no, ChargeInput(2), tendered="10"), OP, now=at(2, 10))
    close_day(window, OP, CountInput({1000: 1}), day=DAY, now=at(2, 17))
    open_day(window, OP, "50", now=at(3, 8, 30))
    void_payment(
        window,
        done.payment.receipt_no,
        OP,
        reason="申请人撤回申请",
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        now=at(3, 9),
    )
    with window.read() as s:
        first = day_figures(s, "03", DAY)
        second = day_figures(s, "03", at(3).date())
    assert first.methods["cash"].net_fen == 1000  # the closed day is not rewritten
    assert second.methods["cash"].voided_fen == 1000 and second.expected_cash_fen == 4000
    assert "已退费" in text_of(x_report(window, OP, DAY, now=at(3, 10)).pdf)
