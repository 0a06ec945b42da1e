"""首问负责登记: logging in seconds, referrals with a slip, open lists, flags, links."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.accounts import Operator
from desktop.errors import DomainError
from desktop.inquiries import (
    InquiryInput,
    Referral,
    can_close,
    close_inquiry,
    get_inquiry,
    intake_prefill,
    link_case,
    log_inquiry,
    open_inquiries,
    produce_referral,
    recent_inquiries,
)
from desktop.intake import IntakeInvalid
from desktop.store import Store
from models.accounts import Role
from tests.test_cases import accepted, at
from tests.test_printing import all_text, decode_barcodes

CLERK = Operator("lisi", "李四", Role.CLERK)
OTHER = Operator("wangwu", "王五", Role.CLERK)
SUPERVISOR = Operator("chen", "陈静", Role.SUPERVISOR)


def referral(hours: int = 24, now_day: int = 2) -> Referral:
    return Referral(
        "department", "区市场监管局登记科 张科长 025-57200000", at(now_day) + timedelta(hours=hours)
    )


def test_an_answered_question_is_logged_and_closed_at_once(ready_store: Store) -> None:
    info = log_inquiry(
        ready_store, CLERK, InquiryInput("社保卡补办要带什么", answer="身份证原件即可"), now=at(2)
    )
    assert info.inquiry_no == "320117-03-20261102-Z001"
    assert info.status == "closed" and info.outcome == "身份证原件即可"
    assert open_inquiries(ready_store, clerk="lisi", now=at(2)) == []
    second = log_inquiry(ready_store, CLERK, InquiryInput("几点下班", answer="17:00"), now=at(2))
    assert second.inquiry_no.endswith("-Z002")
    assert [i.inquiry_no for i in recent_inquiries(ready_store, clerk="lisi")] == [
        second.inquiry_no,
        info.inquiry_no,
    ]


def test_every_problem_is_said_beside_its_field(ready_store: Store) -> None:
    with pytest.raises(IntakeInvalid) as info:
        log_inquiry(ready_store, CLERK, InquiryInput(" ", inquirer_phone="12"), now=at(2))
    assert {p.field for p in info.value.problems} == {"topic", "answer", "inquirer_phone"}
    bad = Referral("department", "", at(1))
    with pytest.raises(IntakeInvalid) as ref:
        log_inquiry(
            ready_store, CLERK, InquiryInput("问题", referral=bad, case_no="abc"), now=at(2)
        )
    assert {p.field for p in ref.value.problems} == {"referred_to", "promised_reply_at", "case_no"}


def test_a_referral_stays_open_is_flagged_when_late_and_closes_with_an_outcome(
    ready_store: Store,
) -> None:
    info = log_inquiry(
        ready_store,
        CLERK,
        InquiryInput(
            "开餐馆需要哪些许可",
            answer="已告知基本流程",
            referral=referral(hours=4),
            inquirer_name="孙七",
            inquirer_phone="139 0000 1111",
        ),
        now=at(2),
    )
    assert info.status == "open" and info.inquirer_phone == "13900001111"
    mine = open_inquiries(ready_store, clerk="lisi", now=at(2, 11))
    assert [i.inquiry_no for i in mine] == [info.inquiry_no] and not mine[0].overdue
    assert open_inquiries(ready_store, clerk="wangwu", now=at(2, 11)) == []
    # Past the promised time: flagged for the clerk and for the supervisors (whole hall).
    late = open_inquiries(ready_store, clerk="lisi", now=at(2, 15))
    assert late[0].overdue
    assert [
        i.inquiry_no for i in open_inquiries(ready_store, overdue_only=True, now=at(2, 15))
    ] == [info.inquiry_no]
    assert can_close(CLERK, late[0]) and can_close(SUPERVISOR, late[0])
    assert not can_close(OTHER, late[0])
    with pytest.raises(IntakeInvalid):
        close_inquiry(ready_store, info.inquiry_no, CLERK, outcome=" ")
    closed = close_inquiry(
        ready_store, info.inquiry_no, CLERK, outcome="张科长已电话答复", now=at(3)
    )
    assert closed.status == "closed" and closed.closed_by == "lisi"
    assert open_inquiries(ready_store, now=at(3)) == []
    with pytest.raises(DomainError) as twice:
        close_inquiry(ready_store, info.inquiry_no, CLERK, outcome="再次办结")
    assert twice.value.code == "inquiry.closed"


def test_an_inquiry_about_a_case_links_to_it_and_can_start_an_intake(ready_store: Store) -> None:
    case_no = accepted(ready_store)
    info = log_inquiry(
        ready_store,
        CLERK,
        InquiryInput("办件进度", answer="正在审查", case_no=case_no.replace("-", "")),
        now=at(3),
    )
    assert info.case_no == case_no
    from desktop.cases import case_detail

    assert case_detail(ready_store, case_no).inquiries == (info.inquiry_no,)
    other = log_inquiry(ready_store, CLERK, InquiryInput("想开餐馆", answer="可以申请"), now=at(3))
    linked = link_case(ready_store, other.inquiry_no, CLERK, case_no)
    assert linked.case_no == case_no
    with pytest.raises(DomainError):
        link_case(ready_store, other.inquiry_no, CLERK, "12345")
    prefill = intake_prefill(
        log_inquiry(
            ready_store,
            CLERK,
            InquiryInput(
                "想办食品经营许可",
                answer="可当场受理",
                inquirer_name="周八",
                inquirer_phone="13800001111",
            ),
        )
    )
    assert prefill["name"] == "周八" and prefill["phone"] == "13800001111"
    assert prefill["topic"] == "想办食品经营许可"


def test_unknown_or_malformed_numbers_are_said_plainly(ready_store: Store) -> None:
    with pytest.raises(DomainError) as info:
        get_inquiry(ready_store, "320117-03-20261102-Z009")
    assert info.value.code == "inquiry.unknown"
    with pytest.raises(DomainError) as bad:
        get_inquiry(ready_store, "Z009")
    assert bad.value.code == "inquiry.number"


def test_the_referral_slip_carries_its_number_as_barcode(ready_store: Store) -> None:
    info = log_inquiry(
        ready_store,
        CLERK,
        InquiryInput(
            "开餐馆需要哪些许可",
            referral=referral(),
            inquirer_name="孙七",
            inquirer_phone="13900001111",
        ),
        now=at(2),
    )
    doc = produce_referral(ready_store, info.inquiry_no, CLERK, now=at(2))
    assert not doc.reprint and doc.path.exists() and doc.path.read_bytes() == doc.pdf
    assert decode_barcodes(doc.pdf, 0) == [info.inquiry_no]
    text = all_text(doc.pdf)
    for expected in (
        "首问负责转办单",
        "开餐馆需要哪些许可",
        "区市场监管局登记科",
        "139****1111",
        "孙七",
    ):
        assert expected in text
    again = produce_referral(ready_store, info.inquiry_no, CLERK)
    assert again.reprint and "补打" in all_text(again.pdf)
    answered = log_inquiry(ready_store, CLERK, InquiryInput("几点下班", answer="17:00"))
    with pytest.raises(DomainError) as none:
        produce_referral(ready_store, answered.inquiry_no, CLERK)
    assert none.value.code == "inquiry.not_referred"


def test_print_a_referral_slip_from_the_command_line(
    ready_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import main

    info = log_inquiry(ready_store, CLERK, InquiryInput("问题", referral=referral(hours=48 * 30)))
    data = str(ready_store.data_dir)
    out = tmp_path / "slip.pdf"
    monkeypatch.setattr(sys, "stdin", None)
    args = ["--data-dir", data, "print", info.inquiry_no, "--doc", "referral", "--out", str(out)]
    assert main(["--lang", "zh_CN", *args]) == 0
    assert "首问负责转办单" in capsys.readouterr().out
    assert decode_barcodes(out.read_bytes(), 0) == [info.inquiry_no]
    # An inquiry number alone is enough; a case number still prints the case's document.
    assert main(["--lang", "en", "--data-dir", data, "print", info.inquiry_no]) == 0
    assert "reprint" in capsys.readouterr().out
    case_no = accepted(ready_store)
    assert main(["--data-dir", data, "print", case_no]) == 0
    assert "受理通知书" in capsys.readouterr().out
