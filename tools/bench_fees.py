"""Benchmarks of fee collection (issue 6), called from tools/bench.py.

- a payment saved and its receipt PDF ready (archived, hashed, journalled), warm:
  target 50 ms;
- the Z report of a day with 2,000 payments (figures, PDF, archive, closing): 1 s.

    .venv/bin/python -m tools.bench_fees      (prints the figures on their own)
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

Figure = dict[str, Any]
PASSWORD = "Bench-pass-1"


def _window(tmp: Path, name: str) -> Any:
    from desktop.setup import SetupRequest, initialise
    from desktop.store import Store

    store = Store(tmp / name)
    initialise(
        store, SetupRequest("320117", "南京市溧水区行政服务中心", "03", "admin", "王管理", PASSWORD)
    )
    return store


def _case(store: Any, op: Any, item: str = "不动产首次登记") -> str:
    from sqlalchemy import select
    from stdnum.cn import ric

    from desktop.applicants import ApplicantInput
    from desktop.intake import IntakeInput, MaterialTick, accept_case
    from models.catalog import ServiceItem

    with store.read() as s:
        found = s.scalar(select(ServiceItem).where(ServiceItem.name.like(f"{item}%")))
        assert found is not None
        ticks = tuple(
            MaterialTick(m.position, m.originals, m.copies) for m in found.materials if m.required
        )
        code = found.code
    body = "32011719850312123"
    person = ApplicantInput(
        "person", "张三", "resident", body + ric.calc_check_digit(body + "0"), "13812345678"
    )
    return accept_case(store, IntakeInput(code, person, ticks=ticks), op).case_no


def bench_payment(tmp: Path, runs: int = 30) -> dict[str, Figure]:
    """collect_fee end to end: checks, number, rows, event, receipt PDF, archive, commit."""
    from desktop.accounts import Operator
    from desktop.cashier import open_day
    from desktop.fees import ChargeInput, PaymentInput, collect_fee
    from models.accounts import Role

    op = Operator("admin", "王管理", Role.ADMIN)
    store = _window(tmp, "payments")
    case_no = _case(store, op)
    open_day(store, op, "500")
    inp = PaymentInput(case_no, (ChargeInput(1), ChargeInput(2, "2")), "cash", "张三", "600")
    for _ in range(3):  # warm: fonts registered, statements compiled, pages cached
        collect_fee(store, inp, op)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = collect_fee(store, inp, op)
        times.append((time.perf_counter() - t0) * 1000)
        assert done.receipt.path.is_file()
    store.close()
    times.sort()
    return {
        "fee_payment_and_receipt_warm_median": {
            "value": round(statistics.median(times), 1),
            "unit": "ms",
            "target": 50,
        },
        "fee_payment_and_receipt_warm_p95": {
            "value": round(times[int(len(times) * 0.95) - 1], 1),
            "unit": "ms",
            "target": 50,
        },
    }


def _fill_day(store: Any, op: Any, case_no: str, day: date, count: int) -> None:
    """2,000 payments of one day written straight into the read models (collecting them
    one by one would take a minute and measure the payment again, not the report)."""
    from sqlalchemy import select

    from desktop.fees import format_receipt_no
    from models.base import new_id
    from models.cases import Case, Payment, PaymentLine
    from models.fees import CashierDay, PaymentVoid
    from models.settings import Counter

    ident = store.require_identity()
    start = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)  # 09:00 in Nanjing
    with store.write() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        assert case is not None
        s.add(
            CashierDay(
                id=new_id(),
                window_code="03",
                day=day,
                status="open",
                float_fen=50_000,
                opened_at=start,
                opened_by=op.username,
            )
        )
        methods = ("cash", "cash", "card", "mobile")
        for n in range(1, count + 1):
            method = methods[n % 4]
            paid_at = start + timedelta(seconds=12 * n)
            payment = Payment(
                id=new_id(),
                receipt_no=format_receipt_no(ident.center_code, "03", day.year, n),
                case_id=case.id,
                case_no=case_no,
                item_name="不动产首次登记（国有建设用地使用权及房屋所有权）",
                window_code="03",
                clerk=op.username,
                clerk_name=op.display_name,
                day=day,
                total_fen=56_000,
                method=method,
                reference="" if method == "cash" else f"R{n:010d}",
                tendered_fen=60_000 if method == "cash" else None,
                change_fen=4_000 if method == "cash" else None,
                payer=f"缴款人{n % 97}",
                paid_at=paid_at,
            )
            payment.lines = [
                PaymentLine(
                    id=new_id(),
                    position=1,
                    fee_position=1,
                    fee_name="不动产登记费（非住宅）",
                    unit_fen=55_000,
                    gross_fen=55_000,
                    amount_fen=55_000,
                ),
                PaymentLine(
                    id=new_id(),
                    position=2,
                    fee_position=2,
                    fee_name="不动产权证书工本费",
                    unit_fen=1_000,
                    gross_fen=1_000,
                    amount_fen=1_000,
                ),
            ]
            s.add(payment)
            if n % 100 == 0:
                s.add(
                    PaymentVoid(
                        id=new_id(),
                        payment_id=payment.id,
                        receipt_no=payment.receipt_no,
                        case_no=case_no,
                        kind="void",
                        amount_fen=56_000,
                        method=method,
                        window_code="03",
                        clerk=op.username,
                        supervisor="admin",
                        reason="收费有误，作废重收",
                        voided_at=paid_at + timedelta(minutes=5),
                        day=day,
                    )
                )
        s.add(Counter(key=f"receipt:03:{day.year}", value=count))


def bench_z_report(tmp: Path, count: int = 2000) -> dict[str, Figure]:
    """close_day on a day of 2,000 payments: figures, Z report PDF, archive, journal."""
    from desktop.accounts import Operator
    from desktop.cashier import CountInput, close_day, closing_check
    from desktop.clock import local_day, now_utc
    from models.accounts import Role

    op = Operator("admin", "王管理", Role.ADMIN)
    store = _window(tmp, "zreport")
    case_no = _case(store, op)
    day = local_day(now_utc()) - timedelta(days=1)
    _fill_day(store, op, case_no, day, count)
    expected = closing_check(store, CountInput(), day).check("cash").expected_fen
    pieces = {10000: expected // 10000, 1000: expected % 10000 // 1000}
    card = closing_check(store, CountInput(), day).check("card").expected_fen
    mobile = closing_check(store, CountInput(), day).check("mobile").expected_fen
    from desktop.money import plain_yuan

    # Warm the renderer on another window's small report first (fonts, styles).
    warm = _window(tmp, "warm")
    from desktop.cashier import x_report

    x_report(warm, op)
    warm.close()
    t0 = time.perf_counter()
    result = close_day(
        store,
        op,
        CountInput(pieces, plain_yuan(card), plain_yuan(mobile)),
        day=day,
        confirm_difference=True,
        difference_reason="基准测试",
    )
    seconds = time.perf_counter() - t0
    assert result.report.path.is_file()
    store.close()
    return {
        "fee_z_report_2000_payments": {"value": round(seconds, 3), "unit": "s", "target": 1.0},
    }


def bench(tmp: Path) -> dict[str, Figure]:
    figures: dict[str, Figure] = {}
    figures.update(bench_payment(tmp))
    figures.update(bench_z_report(tmp))
    return figures


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        out = bench(Path(d))
    print(json.dumps(out, indent=2, ensure_ascii=False))
    sys.exit(0)
