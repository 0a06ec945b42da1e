"""Receipt numbers under a crash: killed at any step of a payment, nothing skips or repeats.

A child process (this module run with ``child``) takes a payment and stops at a named
step (desktop.fees.COLLECT_STEPS); the test kills it there with SIGKILL, as a power cut
or the task manager would, then opens the window's database and checks that the
payments, their journal events, the archived receipts and the receipt sequence agree:
numbers 1..n with no gap and no duplicate, the sequence at n, the next payment n+1.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _child(data_dir: str, case_no: str, stop_at: str) -> None:
    """Take one payment; at ``stop_at`` say so and wait to be killed."""
    from desktop import fees
    from desktop.accounts import Operator
    from desktop.store import Store
    from models.accounts import Role

    def checkpoint(step: str) -> None:
        if step == stop_at:
            print(f"AT {step}", flush=True)
            time.sleep(60)  # the parent kills us here

    fees.CHECKPOINT = checkpoint
    store = Store(Path(data_dir))
    fees.collect_fee(
        store,
        fees.PaymentInput(case_no, (fees.ChargeInput(1),), "cash", "张三", "600"),
        Operator("admin", "王管理", Role.ADMIN),
    )
    print("DONE", flush=True)
    time.sleep(60)


def _run_and_kill(data_dir: Path, case_no: str, step: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.test_receipt_crash", "child", str(data_dir), case_no, step],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    try:
        assert line.strip() == f"AT {step}", (line, proc.stderr.read() if proc.stderr else "")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _check(data_dir: Path) -> int:
    """The invariants; returns how many payments there are."""
    from desktop.store import Store
    from models.cases import Payment
    from models.fees import FeeDocument
    from models.journal import Event, verify_chains
    from models.settings import Counter

    store = Store(data_dir)
    try:
        with store.read() as s:
            numbers = sorted(s.scalars(select(Payment.receipt_no)))
            serials = [int(n.rsplit("-", 1)[1]) for n in numbers]
            counter = s.get(Counter, f"receipt:03:{numbers[0].split('-')[2]}") if numbers else None
            events = [
                e.payload["receipt_no"]
                for e in s.scalars(select(Event).where(Event.kind == "fee.collected"))
            ]
            docs = sorted(
                s.scalars(
                    select(FeeDocument.ref).where(
                        FeeDocument.doc_kind == "receipt", FeeDocument.reprint.is_(False)
                    )
                )
            )
            assert verify_chains(s) == []
        assert serials == list(range(1, len(serials) + 1)), numbers
        assert (counter.value if counter else 0) == len(serials)
        assert sorted(events) == numbers == docs
        return len(serials)
    finally:
        store.close()


def test_killed_at_every_step_of_a_payment_no_receipt_number_skips_or_repeats(
    ready_store: object, tmp_path: Path
) -> None:
    from desktop.accounts import Operator
    from desktop.cashier import open_day
    from desktop.fees import COLLECT_STEPS, ChargeInput, PaymentInput, collect_fee
    from desktop.intake import accept_case
    from desktop.store import Store
    from models.accounts import Role
    from tests.intake_helpers import intake

    store: Store = ready_store  # type: ignore[assignment]
    op = Operator("admin", "王管理", Role.ADMIN)
    case_no = accept_case(store, intake(store, "不动产首次登记"), op).case_no
    open_day(store, op, "0")
    data_dir = store.data_dir
    store.close()
    expected = 0
    for step in COLLECT_STEPS:
        _run_and_kill(data_dir, case_no, step)
        if step == "committed":
            expected += 1
        assert _check(data_dir) == expected, step
        if step in ("file_written", "archived", "before_commit"):
            # Killed after the PDF was written but before the commit: the file is there,
            # its number was given back, and no row or event claims it.
            assert list(data_dir.rglob(f"*-{expected + 1:06d}-receipt.pdf")), step
    # The window carries on: the next payment takes the next number, and a receipt file
    # left by a killed process under a number given back is replaced by the real one.
    store = Store(data_dir)
    try:
        done = collect_fee(
            store, PaymentInput(case_no, (ChargeInput(1),), "cash", "张三", "600"), op
        )
    finally:
        store.close()
    assert done.payment.receipt_no.endswith(f"-{expected + 1:06d}")
    assert _check(data_dir) == expected + 1
    assert hashlib.sha256(done.receipt.path.read_bytes()).hexdigest() == done.receipt.sha256


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "child":
    _child(*sys.argv[2:5])
