"""统一扎口收费: only published fees, receipts that never skip, voids by a supervisor.

Every refusal is checked for what it leaves behind: no payment, no journal event, and
the receipt sequence where it was (the next payment still takes 000001).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import func, select

from desktop.accounts import Operator, create_account
from desktop.cashier import open_day
from desktop.errors import DomainError
from desktop.fees import (
    ChargeInput,
    FeeInvalid,
    PaymentInput,
    Waiver,
    case_fees,
    collect_fee,
    find_payment,
    normalise_receipt_no,
    print_receipt,
    print_void_slip,
    quote,
    void_payment,
)
from desktop.intake import accept_case, issue_one_time_notice, reject_case
from desktop.store import Store
from models.accounts import Role
from models.cases import Payment
from models.fees import FeeDocument, PaymentVoid
from models.journal import Event
from models.settings import Counter
from tests.intake_helpers import intake, person

OP = Operator("admin", "王管理", Role.ADMIN)
CLERK = Operator("liu", "刘倩", Role.CLERK)
SUPERVISOR, SUPERVISOR_PASSWORD = "chen", "Super-pass-1"
ESTATE = "不动产首次登记"  # 550 元/件 (waivable) and 10 元/本 (not waivable)
DIGGING = "城市道路挖掘许可"  # 280 元/平方米 and 150 元/平方米: rates
SCAN_DPI = 200
CODE128 = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.Code128)


def at(d: int, h: int = 10, m: int = 0, month: int = 11, year: int = 2026) -> datetime:
    """Local time of the center (UTC+8) as an aware UTC datetime."""
    return (
        datetime(year, month, d, h - 8, m, tzinfo=UTC)
        if h >= 8
        else datetime(year, month, d - 1, h + 16, m, tzinfo=UTC)
    )


def add_people(store: Store) -> None:
    ident = store.require_identity()
    with store.write() as s:
        create_account(
            s,
            ident,
            username=SUPERVISOR,
            display_name="陈静",
            role=Role.SUPERVISOR,
            password=SUPERVISOR_PASSWORD,
            by="admin",
        )
        create_account(
            s,
            ident,
            username="liu",
            display_name="刘倩",
            role=Role.CLERK,
            password="Clerk-pass-1",
            by="admin",
        )


def accepted(
    store: Store,
    name: str = ESTATE,
    who: str = "张三",
    body: str = "32011719850312123",
    day: int = 2,
) -> str:
    return accept_case(
        store, intake(store, name, applicant=person(who, body)), OP, now=at(day, 9)
    ).case_no


def cash(
    case_no: str, *lines: ChargeInput, tendered: str = "600", payer: str = "张三"
) -> PaymentInput:
    return PaymentInput(case_no, tuple(lines) or (ChargeInput(1),), "cash", payer, tendered)


@pytest.fixture
def window(ready_store: Store) -> Store:
    """Window 03 with a supervisor, a clerk, and its day of 2 November 2026 opened."""
    add_people(ready_store)
    open_day(ready_store, OP, "500", now=at(2, 8, 30))
    return ready_store


def nothing_saved(store: Store) -> None:
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
        assert s.scalar(select(func.count()).select_from(FeeDocument)) == 0
        assert s.scalars(select(Event).where(Event.kind.like("fee.%"))).all() == []
        assert s.get(Counter, "receipt:03:2026") is None
    assert not list((store.data_dir / "archive").rglob("*-receipt*.pdf"))


def page_text(pdf: bytes, index: int = 0) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[index].get_textpage().get_text_range()
    finally:
        doc.close()


def decode(pdf: bytes, index: int = 0) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[index].render(scale=SCAN_DPI / 72).to_pil()
    finally:
        doc.close()
    return [r.text for r in zxingcpp.read_barcodes(image, formats=CODE128)]


# -- what can be charged ----------------------------------------------------------------------------
def test_only_published_lines_can_be_charged_not_even_by_an_administrator(window: Store) -> None:
    case_no = accepted(window)
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, cash(case_no, ChargeInput(1), ChargeInput(9)), OP, now=at(2, 10))
    assert info.value.code == "fee.unpublished" and "公示" in info.value.message
    nothing_saved(window)
    # The amount is the catalog's: nothing in the input can set a price.
    done = collect_fee(window, cash(case_no, ChargeInput(1)), OP, now=at(2, 10))
    assert done.payment.total_fen == 55_000 and done.payment.receipt_no == "320117-03-2026-000001"


def test_an_item_without_fees_says_so(window: Store) -> None:
    case_no = accepted(window, "食品经营许可")
    fees = case_fees(window, case_no)
    assert fees.no_fee and not fees.can_collect and fees.due_fen == 0
    with pytest.raises(DomainError) as info:
        collect_fee(window, cash(case_no), OP, now=at(2, 10))
    assert info.value.code == "fee.none" and "不收费" in info.value.message
    nothing_saved(window)


def test_fixed_lines_count_whole_units_and_rates_take_a_measured_quantity(window: Store) -> None:
    estate = accepted(window)
    digging = accepted(window, DIGGING, "李四", "32011719700505005")
    two_books = collect_fee(
        window, cash(estate, ChargeInput(1), ChargeInput(2, "2"), tendered="600"), OP, now=at(2, 10)
    )
    assert [(ln.quantity_milli, ln.amount_fen) for ln in two_books.payment.lines] == [
        (1000, 55_000),
        (2000, 2_000),
    ]
    assert two_books.payment.total_fen == 57_000 and two_books.payment.change_fen == 3_000
    # 12.345 平方米 × 280 元 = 3456.60 元; 3.5 × 150 = 525 元.
    road = collect_fee(
        window,
        cash(
            digging,
            ChargeInput(1, "12.345"),
            ChargeInput(2, "3.5"),
            tendered="4000",
            payer="溧水建工",
        ),
        OP,
        now=at(2, 11),
    )
    assert road.payment.total_fen == 345_660 + 52_500
    assert road.payment.lines[0].quantity_text == "12.345"
    with pytest.raises(FeeInvalid) as info:
        quote(window, cash(estate, ChargeInput(2, "1.5")))
    assert info.value.code == "quantity.whole" and info.value.field == "line_2_quantity"


@pytest.mark.parametrize(
    ("quantity", "code"),
    [
        ("-2", "quantity.negative"),
        ("0", "quantity.zero"),
        ("100000", "quantity.absurd"),
        ("两本", "quantity.format"),
    ],
)
def test_a_negative_or_absurd_quantity_is_refused_and_nothing_is_saved(
    window: Store, quantity: str, code: str
) -> None:
    case_no = accepted(window)
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, cash(case_no, ChargeInput(2, quantity)), OP, now=at(2, 10))
    assert info.value.code == code and info.value.field == "line_2_quantity"
    nothing_saved(window)


def test_a_waiver_needs_a_waivable_line_a_policy_and_a_reason(window: Store) -> None:
    case_no = accepted(window)
    with pytest.raises(FeeInvalid) as info:
        quote(window, cash(case_no, ChargeInput(2, "1", Waiver("small_micro", "个体工商户申请"))))
    assert info.value.code == "waiver.not_allowed"
    with pytest.raises(FeeInvalid) as info:
        quote(window, cash(case_no, ChargeInput(1, "1", Waiver("", ""))))
    assert {p.field for p in info.value.problems} == {
        "line_1_waiver_policy",
        "line_1_waiver_reason",
    }
    with pytest.raises(FeeInvalid) as info:
        quote(window, cash(case_no, ChargeInput(1, "1", Waiver("hardship", "低保对象", "600"))))
    assert info.value.code == "waiver.too_much"
    nothing_saved(window)
    reduced = collect_fee(
        window,
        cash(
            case_no, ChargeInput(1, "1", Waiver("hardship", "城乡低保对象", "100")), ChargeInput(2)
        ),
        OP,
        now=at(2, 10),
    )
    line = reduced.payment.lines[0]
    assert (line.gross_fen, line.waived_fen, line.amount_fen) == (55_000, 10_000, 45_000)
    assert line.waiver_policy == "hardship" and line.waiver_reason == "城乡低保对象"
    text = page_text(reduced.receipt.pdf)
    assert "城乡低保对象" in text and "肆佰陆拾元整" in text
    # A whole line waived: 免征, and a receipt still records it.
    free = collect_fee(
        window,
        PaymentInput(
            case_no,
            (ChargeInput(1, "1", Waiver("small_micro", "申请人为个体工商户")),),
            "cash",
            "张三",
        ),
        OP,
        now=at(2, 11),
    )
    assert free.payment.total_fen == 0 and "零元整" in page_text(free.receipt.pdf)


def test_charging_needs_an_accepted_case(window: Store) -> None:
    notice = issue_one_time_notice(window, intake(window, ESTATE, complete=False), OP, now=at(2, 9))
    rejected = reject_case(
        window,
        intake(window, ESTATE, applicant=person("钱七", "32011719600606006")),
        OP,
        reason="不属于本中心受理范围",
        legal_basis="《中华人民共和国行政许可法》第三十二条",
        now=at(2, 9),
    )
    for case_no in (notice.case_no, rejected.case_no):
        assert not case_fees(window, case_no).can_collect
        with pytest.raises(DomainError) as info:
            collect_fee(window, cash(case_no), OP, now=at(2, 10))
        assert info.value.code == "fee.case_state"
    nothing_saved(window)


# -- paying -------------------------------------------------------------------------------------
def test_cash_below_the_total_is_refused_with_what_is_missing(window: Store) -> None:
    case_no = accepted(window)
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, cash(case_no, tendered="500"), OP, now=at(2, 10))
    assert info.value.field == "tendered" and "还差 ¥50.00" in info.value.message
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, cash(case_no, tendered="5500"), OP, now=at(2, 10))
    assert info.value.code == "payment.change_absurd"
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, cash(case_no, tendered="550.001"), OP, now=at(2, 10))
    assert info.value.code == "money.decimals"
    nothing_saved(window)


@pytest.mark.parametrize("method", ["card", "mobile"])
def test_card_and_mobile_payments_need_their_reference(window: Store, method: str) -> None:
    case_no = accepted(window)
    inp = PaymentInput(case_no, (ChargeInput(1),), method, "张三")
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, inp, OP, now=at(2, 10))
    assert info.value.field == "reference"
    assert ("参考号" if method == "card" else "交易单号") in info.value.message
    nothing_saved(window)
    done = collect_fee(window, replace(inp, reference=" 4200 0012 3456 "), OP, now=at(2, 10))
    assert done.payment.reference == "420000123456" and done.payment.tendered_fen is None


def test_every_problem_of_a_form_is_reported_at_once(window: Store) -> None:
    case_no = accepted(window)
    bad = PaymentInput(case_no, (ChargeInput(1),), "card", "  ")
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, bad, OP, now=at(2, 10))
    assert {p.field for p in info.value.problems} == {"payer", "reference"}
    with pytest.raises(FeeInvalid) as info:
        collect_fee(window, replace(bad, method="cheque", payer="张三"), OP, now=at(2, 10))
    assert info.value.field == "method"
    with pytest.raises(FeeInvalid) as info:  # the lines wrong as well
        collect_fee(window, replace(bad, lines=(ChargeInput(2, "-1"),)), OP, now=at(2, 10))
    assert {p.field for p in info.value.problems} == {"line_2_quantity", "payer", "reference"}
    nothing_saved(window)


def test_no_payment_before_the_day_is_opened(ready_store: Store) -> None:
    add_people(ready_store)
    case_no = accepted(ready_store)
    with pytest.raises(DomainError) as info:
        collect_fee(ready_store, cash(case_no), OP, now=at(2, 10))
    assert info.value.code == "day.not_open" and "备用金" in info.value.message
    nothing_saved(ready_store)


# -- receipts -----------------------------------------------------------------------------------
def test_receipt_numbers_run_per_window_and_year(window: Store) -> None:
    case_no = accepted(window)
    numbers = [
        collect_fee(window, cash(case_no, ChargeInput(2)), OP, now=at(2, 10 + i)).payment.receipt_no
        for i in range(3)
    ]
    assert numbers == [f"320117-03-2026-{n:06d}" for n in (1, 2, 3)]
    open_day(window, OP, "0", now=at(4, 8, 30, month=1, year=2027))
    first_of_year = collect_fee(
        window, cash(case_no, ChargeInput(2)), OP, now=at(4, 9, month=1, year=2027)
    )
    assert first_of_year.payment.receipt_no == "320117-03-2027-000001"
    assert normalise_receipt_no("３２０１１７０３２０２６０００００２") == numbers[1]
    found = find_payment(window, "320117 03 2026 000002")
    assert found is not None and found.receipt_no == numbers[1]
    assert find_payment(window, "320117-03-2026-000999") is None
    assert find_payment(window, "nonsense") is None


def test_the_receipt_reads_back_its_number_total_and_capitals(window: Store) -> None:
    case_no = accepted(window)
    done = collect_fee(
        window,
        cash(case_no, ChargeInput(1), ChargeInput(2, "1"), tendered="600"),
        OP,
        now=at(2, 10),
    )
    receipt_no = done.payment.receipt_no
    pdf = done.receipt.pdf
    assert decode(pdf, 0) == [receipt_no, receipt_no]  # A4: the payer's copy and the stub
    text = page_text(pdf)
    for expected in (
        "收费收据",
        receipt_no,
        case_no,
        "伍佰陆拾元整",
        "¥560.00",
        "不动产登记费（非住宅）",
        "发改价格规〔2016〕2559号",
        "现金",
        "找零 ¥40.00",
        "王管理",
    ):
        assert expected in text, expected
    assert "补打" not in text
    # Archived with its hash, in the journal as well.
    assert hashlib.sha256(done.receipt.path.read_bytes()).hexdigest() == done.receipt.sha256
    with window.read() as s:
        event = s.scalars(select(Event).where(Event.kind == "fee.document_printed")).one()
        assert event.payload["sha256"] == done.receipt.sha256 and event.case_no == case_no
    again = print_receipt(window, receipt_no, CLERK, paper="roll80", now=at(3, 9))
    assert again.reprint and "补打" in page_text(again.pdf) and decode(again.pdf) == [receipt_no]
    assert "刘倩" in page_text(again.pdf) and "王管理" in page_text(again.pdf)
    a5 = print_receipt(window, receipt_no, CLERK, paper="a5", now=at(3, 9, 5))
    assert decode(a5.pdf) == [receipt_no] and again.path != a5.path


def test_case_fees_show_payments_and_what_is_still_due(window: Store) -> None:
    case_no = accepted(window)
    before = case_fees(window, case_no)
    assert before.due_fen == 56_000 and len(before.outstanding) == 2 and before.can_collect
    done = collect_fee(window, cash(case_no, ChargeInput(1)), OP, now=at(2, 10))
    after = case_fees(window, case_no)
    assert after.paid_fen == 55_000 and after.due_fen == 1_000
    assert [p.receipt_no for p in after.payments] == [done.payment.receipt_no]
    void_payment(
        window,
        done.payment.receipt_no,
        OP,
        reason="收费项目选错",
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        now=at(2, 11),
    )
    voided = case_fees(window, case_no)
    assert voided.paid_fen == 0 and voided.due_fen == 56_000 and voided.payments[0].voided


# -- voids and refunds ---------------------------------------------------------------------------
def test_a_void_needs_a_supervisor_and_a_reason_and_keeps_the_original(window: Store) -> None:
    case_no = accepted(window)
    done = collect_fee(window, cash(case_no), OP, now=at(2, 10))
    receipt_no = done.payment.receipt_no
    attempts = [
        dict(reason="收费项目选错", supervisor="", supervisor_password=""),
        dict(reason="收费项目选错", supervisor=SUPERVISOR, supervisor_password="wrong-pass"),
        dict(reason="收费项目选错", supervisor="liu", supervisor_password="Clerk-pass-1"),
        dict(reason="错", supervisor=SUPERVISOR, supervisor_password=SUPERVISOR_PASSWORD),
    ]
    for kwargs in attempts:
        with pytest.raises(DomainError) as info:
            void_payment(window, receipt_no, CLERK, now=at(2, 11), **kwargs)  # type: ignore[arg-type]
        assert info.value.field in ("supervisor", "reason")
    with window.read() as s:
        assert s.scalar(select(func.count()).select_from(PaymentVoid)) == 0
        assert s.scalars(select(Event).where(Event.kind == "fee.voided")).all() == []
    result = void_payment(
        window,
        receipt_no,
        CLERK,
        reason="收费项目选错",
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        now=at(2, 11),
    )
    assert result.payment.void is not None and result.payment.void.kind == "void"
    assert result.payment.total_fen == 55_000  # the original stays as it was
    slip = page_text(result.slip.pdf)
    assert "收费作废凭证" in slip and "伍佰伍拾元整" in slip and "陈静" in slip
    assert decode(result.slip.pdf) == [receipt_no, receipt_no]
    with pytest.raises(DomainError) as info:
        void_payment(
            window,
            receipt_no,
            OP,
            reason="再作废一次",
            supervisor=SUPERVISOR,
            supervisor_password=SUPERVISOR_PASSWORD,
            now=at(2, 12),
        )
    assert info.value.code == "void.twice"
    reprint = print_receipt(window, receipt_no, OP, now=at(2, 12))
    assert "作" in page_text(reprint.pdf) and "已作废" in page_text(reprint.pdf)
    assert "补打" in page_text(print_void_slip(window, receipt_no, OP, now=at(2, 12)).pdf)


def test_a_payment_of_an_earlier_day_is_refunded_not_voided(window: Store) -> None:
    case_no = accepted(window)
    done = collect_fee(window, cash(case_no), OP, now=at(2, 10))
    open_day(window, OP, "500", now=at(3, 8, 30))
    result = void_payment(
        window,
        done.payment.receipt_no,
        OP,
        reason="申请人撤回申请，退还费用",
        supervisor=SUPERVISOR,
        supervisor_password=SUPERVISOR_PASSWORD,
        now=at(3, 10),
    )
    assert result.payment.void is not None and result.payment.void.kind == "refund"
    assert "退费凭证" in page_text(result.slip.pdf)


def test_the_archived_documents_are_where_the_journal_says(window: Store) -> None:
    case_no = accepted(window)
    done = collect_fee(window, cash(case_no), OP, now=at(2, 10))
    with window.read() as s:
        for doc in s.scalars(select(FeeDocument)):
            path = window.data_dir / doc.path
            assert path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == doc.sha256
    assert Path(done.receipt.path).name == f"{done.payment.receipt_no}-receipt.pdf"


# -- command line ---------------------------------------------------------------------------------
def test_the_command_line_reprints_a_receipt_and_writes_the_day_report(
    window: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io
    import sys

    from desktop.cashier import CountInput, close_day
    from desktop.cli import main

    case_no = accepted(window)
    done = collect_fee(window, cash(case_no), OP, now=at(2, 10))
    close_day(window, OP, CountInput({10000: 10, 5000: 1}), now=at(2, 17))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "zh_CN", "--data-dir", str(window.data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    out_pdf = tmp_path / "receipt.pdf"
    code, out, _ = run("print", done.payment.receipt_no, "--doc", "receipt", "--out", str(out_pdf))
    assert (
        code == 0
        and "补打" in out
        and decode(out_pdf.read_bytes()) == [done.payment.receipt_no] * 2
    )
    # A receipt number is recognised without --doc, even typed without hyphens.
    code, out, _ = run("print", done.payment.receipt_no.replace("-", ""))
    assert code == 0 and done.payment.receipt_no in out
    code, _, err = run("print", "320117-03-2026-009999", "--doc", "receipt")
    assert code == 2 and "没有收据" in err
    report = tmp_path / "z.pdf"
    code, out, _ = run("day", "report", "--date", "2026-11-02", "--out", str(report))
    assert code == 0 and "收费日结报表" in page_text(report.read_bytes())
    code, out, _ = run("day", "status", "--date", "2026-11-02", "--json")
    assert code == 0 and '"state": "closed"' in out
    code, _, err = run("day", "report", "--date", "02/11/2026", "--out", str(report))
    assert code == 2 and "YYYY-MM-DD" in err
