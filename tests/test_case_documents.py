"""A case's documents from the database: rendered, archived, journalled, reprinted.

Cases are made through the intake services, as at the window; the PDFs are read back
the way the archive and the pickup window's scanner read them (text, Code128).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import select
from sqlalchemy.orm import SessionTransaction
from stdnum.cn import ric

from desktop.accounts import Operator
from desktop.applicants import ApplicantInput
from desktop.case_documents import (
    DOC_KINDS,
    PrintedDocument,
    archived_count,
    case_view,
    doc_kind_for,
    produce_document,
    remedy_bodies,
)
from desktop.cli import main
from desktop.errors import DomainError
from desktop.intake import (
    CaseSummary,
    IntakeInput,
    MaterialTick,
    accept_case,
    issue_one_time_notice,
    receive_supplements,
    reject_case,
)
from desktop.store import Store
from models.cases import ArchivedDocument
from models.catalog import ServiceItem
from models.journal import Event, verify_chains

SCAN_DPI = 200
CODE128 = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.Code128)
FOOD = "食品经营许可（新办）"
REASON = "申请挖掘的道路为国道，不属于本机关职权范围，应向交通运输主管部门申请。"
BASIS = "《中华人民共和国行政许可法》第三十二条第一款第（二）项"


# -- making cases as the window does ------------------------------------------------------


def resident_id(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def applicant() -> ApplicantInput:
    return ApplicantInput(
        "person", "陈立华", "resident", resident_id("32011719880512123"), "13912345678"
    )


def agent() -> ApplicantInput:
    return ApplicantInput(
        "person", "刘倩", "resident", resident_id("32011719920304002"), "13800001111"
    )


def item_materials(store: Store, name: str) -> tuple[str, list[tuple[int, str, bool, int, int]]]:
    with store.read() as s:
        item = s.scalar(select(ServiceItem).where(ServiceItem.name == name))
        assert item is not None, name
        return item.code, [
            (m.position, m.name, m.required, m.originals, m.copies) for m in item.materials
        ]


def complete_ticks(store: Store, name: str) -> tuple[str, tuple[MaterialTick, ...]]:
    code, materials = item_materials(store, name)
    return code, tuple(MaterialTick(p, o, c) for p, _, required, o, c in materials if required)


def accepted(store: Store, op: Operator, name: str = FOOD, with_agent: bool = False) -> CaseSummary:
    code, ticks = complete_ticks(store, name)
    if with_agent:  # an agent brings the power of attorney (委托他人办理的)
        _, materials = item_materials(store, name)
        ticks = tuple(MaterialTick(p, o, c, True) for p, _, _, o, c in materials)
    return accept_case(
        store, IntakeInput(code, applicant(), agent() if with_agent else None, ticks), op
    )


def incomplete(store: Store, op: Operator, name: str = FOOD, keep: int = 2) -> CaseSummary:
    """A notice with several missing: only the first ``keep`` required materials handed in."""
    code, ticks = complete_ticks(store, name)
    return issue_one_time_notice(store, IntakeInput(code, applicant(), ticks=ticks[:keep]), op)


def rejected(store: Store, op: Operator) -> CaseSummary:
    code, _ = item_materials(store, "城市道路挖掘许可")
    return reject_case(store, IntakeInput(code, applicant()), op, reason=REASON, legal_basis=BASIS)


# -- reading PDFs back ----------------------------------------------------------------------


def text_of(pdf_bytes: bytes) -> str:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        # Table cells wrap long names over lines: compare without white space.
        return re.sub(r"\s+", "", "".join(p.get_textpage().get_text_range() for p in pdf))
    finally:
        pdf.close()


def barcodes(pdf_bytes: bytes, page: int = 0) -> list[str]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        image = pdf[page].render(scale=SCAN_DPI / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    return [b.text for b in zxingcpp.read_barcodes(image, formats=CODE128)]


def page_count(pdf_bytes: bytes) -> int:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(pdf)
    finally:
        pdf.close()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def events(store: Store, case_no: str, kind: str) -> list[Event]:
    with store.read() as s:
        stmt = select(Event).where(Event.case_no == case_no, Event.kind == kind).order_by(Event.seq)
        return list(s.scalars(stmt))


def archive_rows(store: Store, case_no: str) -> list[ArchivedDocument]:
    with store.read() as s:
        stmt = select(ArchivedDocument).where(ArchivedDocument.case_no == case_no)
        return list(s.scalars(stmt.order_by(ArchivedDocument.printed_at)))


def make_case(store: Store, op: Operator, kind: str) -> CaseSummary:
    return {"acceptance": accepted, "notice": incomplete, "rejection": rejected}[kind](store, op)


# -- the three documents ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", DOC_KINDS)
def test_each_document_is_archived_with_its_hash_in_the_journal(
    ready_store: Store, admin: Operator, kind: str
) -> None:
    case = make_case(ready_store, admin, kind)
    doc = produce_document(ready_store, case.case_no, admin)

    assert (doc.doc_kind, doc.reprint, doc.case_no) == (kind, False, case.case_no)
    assert doc.path.is_absolute() and doc.path.is_file()
    assert doc.path.read_bytes() == doc.pdf
    assert hashlib.sha256(doc.path.read_bytes()).hexdigest() == doc.sha256
    relative = doc.path.relative_to(ready_store.data_dir).as_posix()
    assert re.fullmatch(rf"archive/\d{{4}}/\d{{2}}/{case.case_no}-{kind}\.pdf", relative)

    (event,) = events(ready_store, case.case_no, "document.printed")
    assert event.payload == {
        "case_no": case.case_no,
        "doc_kind": kind,
        "sha256": doc.sha256,
        "path": relative,
    }
    (row,) = archive_rows(ready_store, case.case_no)
    assert (row.sha256, row.path, row.reprint, row.clerk) == (doc.sha256, relative, False, "admin")
    with ready_store.read() as s:
        assert verify_chains(s) == []


@pytest.mark.parametrize("kind", DOC_KINDS)
def test_the_barcode_on_every_page_reads_back_as_the_case_number(
    ready_store: Store, admin: Operator, kind: str
) -> None:
    case = make_case(ready_store, admin, kind)
    doc = produce_document(ready_store, case.case_no, admin)
    for page in range(page_count(doc.pdf)):
        assert barcodes(doc.pdf, page) == [case.case_no]


def test_acceptance_slip_holds_item_applicant_agent_and_due_date(
    ready_store: Store, admin: Operator
) -> None:
    case = accepted(ready_store, admin, with_agent=True)
    doc = produce_document(ready_store, case.case_no, admin)
    text = text_of(doc.pdf)
    assert doc.title == "受理通知书" and "受理通知书" in text
    assert FOOD in text and "陈立华" in text and "刘倩" in text
    assert case.due_date is not None
    assert f"{case.due_date.year}年{case.due_date.month}月{case.due_date.day}日" in text
    # The ID number is masked; the birth date in it never reaches paper.
    assert "320117********1234" in text and "19880512" not in text
    assert "139****5678" in text
    for material in case.materials:
        if material.applies:
            assert squash(material.name) in text
    assert "本事项不收费" in text
    assert "南京市溧水区行政服务中心" in text and "025-57213345" in text  # center row
    assert "当场办结" not in text
    assert page_count(doc.pdf) == 1


def test_one_time_notice_lists_every_missing_material_and_what_was_received(
    ready_store: Store, admin: Operator
) -> None:
    case = incomplete(ready_store, admin)
    assert len(case.missing) >= 3
    doc = produce_document(ready_store, case.case_no, admin)
    text = text_of(doc.pdf)
    assert doc.title == "一次性告知书"
    assert FOOD in text and "陈立华" in text
    for material in case.missing:
        assert squash(material.name) in text
    assert f"共{len(case.missing)}项" in text
    received = [m for m in case.materials if m.received_originals or m.received_copies]
    assert received and all(squash(m.name) in text for m in received)
    assert "事项公开内容" in text  # the six disclosures


def test_rejection_notice_has_reason_basis_and_remedies(
    ready_store: Store, admin: Operator
) -> None:
    case = rejected(ready_store, admin)
    doc = produce_document(ready_store, case.case_no, admin)
    text = text_of(doc.pdf)
    assert doc.title == "不予受理通知书"
    assert "城市道路挖掘许可" in text and "陈立华" in text
    assert squash(REASON) in text and squash(BASIS) in text
    assert "南京市溧水区人民政府申请行政复议" in text
    assert "南京市溧水区人民法院提起行政诉讼" in text


def test_remedy_bodies_follow_the_center_name_unless_set() -> None:
    assert remedy_bodies("南京市溧水区行政服务中心") == (
        "南京市溧水区人民政府",
        "南京市溧水区人民法院",
    )
    assert remedy_bodies("高淳区政务服务中心") == ("高淳区人民政府", "高淳区人民法院")
    assert remedy_bodies("南京市溧水区行政服务中心", court_override="南京铁路运输法院") == (
        "南京市溧水区人民政府",
        "南京铁路运输法院",
    )


def test_immediate_item_is_finished_on_the_spot(ready_store: Store, admin: Operator) -> None:
    case = accepted(ready_store, admin, "个体工商户设立登记")
    text = text_of(produce_document(ready_store, case.case_no, admin).pdf)
    assert "当场办结" in text


def test_fee_summary_totals_the_fixed_lines_and_shows_rates(
    ready_store: Store, admin: Operator
) -> None:
    fixed = accepted(ready_store, admin, "不动产抵押登记")
    text = text_of(produce_document(ready_store, fixed.case_no, admin).pdf)
    assert "¥80.00" in text and "¥550.00" in text and "合计¥630.00" in text

    rated = accepted(ready_store, admin, "城市道路挖掘许可")
    text = text_of(produce_document(ready_store, rated.case_no, admin).pdf)
    # A rate line shows its rate and stays out of the total; a repeated basis is 同上.
    assert "按平方米计收，不计入合计）¥280.00" in text and "合计¥0.00" in text
    assert "同上" in text


# -- reprints ------------------------------------------------------------------------------------


def test_every_later_print_is_a_reprint_marked_on_the_page(
    ready_store: Store, admin: Operator
) -> None:
    case = incomplete(ready_store, admin)
    first_at = case.received_at + timedelta(minutes=5)
    original = produce_document(ready_store, case.case_no, admin, now=first_at)
    again = produce_document(ready_store, case.case_no, admin, now=first_at + timedelta(days=3))
    third = produce_document(
        ready_store, case.case_no, admin, "notice", now=first_at + timedelta(days=4)
    )

    assert not original.reprint and again.reprint and third.reprint
    assert "补打" not in text_of(original.pdf)
    text = text_of(again.pdf)
    assert "补打" in text
    assert f"原件日期{(first_at + timedelta(hours=8)).date():%Y-%m-%d}" in text
    assert again.path.name == f"{case.case_no}-notice-reprint-1.pdf"
    assert third.path.name == f"{case.case_no}-notice-reprint-2.pdf"
    assert original.path.is_file() and again.path.is_file() and third.path.is_file()
    assert len({original.sha256, again.sha256, third.sha256}) == 3

    rows = archive_rows(ready_store, case.case_no)
    assert [r.reprint for r in rows] == [False, True, True]
    reprints = events(ready_store, case.case_no, "document.reprinted")
    assert [e.payload["reprint_no"] for e in reprints] == [1, 2]
    assert [e.payload["sha256"] for e in reprints] == [again.sha256, third.sha256]
    assert barcodes(again.pdf) == [case.case_no]


def test_a_notice_for_an_accepted_case_without_one_is_refused(
    ready_store: Store, admin: Operator
) -> None:
    case = accepted(ready_store, admin)
    with pytest.raises(DomainError) as info:
        produce_document(ready_store, case.case_no, admin, "notice")
    assert info.value.code == "document.status"
    assert "已受理" in info.value.message and "一次性告知书" in info.value.message
    assert archived_count(ready_store, case.case_no) == 0
    assert not (ready_store.data_dir / "archive").exists()
    with pytest.raises(DomainError):
        produce_document(ready_store, case.case_no, admin, "rejection")
    with pytest.raises(DomainError) as info:
        produce_document(ready_store, case.case_no, admin, "receipt")
    assert info.value.code == "document.kind"


def test_the_old_notice_can_be_reprinted_after_the_case_is_accepted(
    ready_store: Store, admin: Operator
) -> None:
    case = incomplete(ready_store, admin)
    produce_document(ready_store, case.case_no, admin)
    code, ticks = complete_ticks(ready_store, FOOD)
    after = receive_supplements(ready_store, case.case_no, ticks, admin)
    assert after.status == "accepted"

    reprint = produce_document(ready_store, case.case_no, admin, "notice")
    assert reprint.reprint
    text = text_of(reprint.pdf)
    # It says what the original said, although everything is in hand by now.
    for material in case.missing:
        assert squash(material.name) in text
    slip = produce_document(ready_store, case.case_no, admin)
    assert (slip.doc_kind, slip.reprint) == ("acceptance", False)
    assert case_view(ready_store, case.case_no).printable == ("acceptance", "notice")


def test_an_unknown_case_is_a_clear_error(ready_store: Store, admin: Operator) -> None:
    with pytest.raises(DomainError) as info:
        produce_document(ready_store, "320117-03-20991231-0001", admin)
    assert info.value.code == "case.unknown" and "没有办件" in info.value.message


def test_a_scanned_number_without_hyphens_finds_the_case(
    ready_store: Store, admin: Operator
) -> None:
    case = rejected(ready_store, admin)
    doc = produce_document(ready_store, case.case_no.replace("-", ""), admin)
    assert doc.case_no == case.case_no


def test_a_failed_commit_leaves_no_file_and_no_row(
    ready_store: Store, admin: Operator, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = rejected(ready_store, admin)

    def fail(self: SessionTransaction) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(SessionTransaction, "commit", fail)
    with pytest.raises(RuntimeError):
        produce_document(ready_store, case.case_no, admin)
    monkeypatch.undo()
    archive = ready_store.data_dir / "archive"
    assert not [p for p in archive.rglob("*") if p.is_file()]
    assert archived_count(ready_store, case.case_no) == 0
    assert events(ready_store, case.case_no, "document.printed") == []
    # And the next attempt is still the original.
    assert not produce_document(ready_store, case.case_no, admin).reprint


def test_doc_kind_follows_the_status() -> None:
    assert doc_kind_for("draft") is None
    assert doc_kind_for("incomplete") == "notice"
    assert doc_kind_for("rejected") == "rejection"
    for status in ("accepted", "in_progress", "paused", "decided", "ready", "collected", "mailed"):
        assert doc_kind_for(status) == "acceptance"


# -- the case as plain data --------------------------------------------------------------------------


def test_case_view_has_everything_case_show_prints(ready_store: Store, admin: Operator) -> None:
    case = incomplete(ready_store, admin)
    doc: PrintedDocument = produce_document(ready_store, case.case_no, admin)
    view = case_view(ready_store, case.case_no)
    assert (view.case_no, view.status, view.status_label) == (case.case_no, "incomplete", "待补正")
    assert view.item_name == FOOD and view.item_kind_label == "承诺件"
    assert view.applicant is not None and view.applicant.id_masked == "320117********1234"
    assert view.agent is None
    assert view.notice_deadline == case.notice_deadline and view.due_date is None
    assert [m.name for m in view.missing] == [m.name for m in case.missing]
    assert [(d.doc_kind, d.sha256, d.reprint) for d in view.documents] == [
        ("notice", doc.sha256, False)
    ]
    assert [e.kind for e in view.events] == ["case.notice_issued", "document.printed"]
    assert view.events[0].occurred_at_text.startswith(f"{case.received_at.year}-")
    assert view.printable == ("notice",)


# -- the command line ------------------------------------------------------------------------------


def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: Store, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["--lang", "zh_CN", "--data-dir", str(store.data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_case_show_json_and_text(
    ready_store: Store,
    admin: Operator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = accepted(ready_store, admin, with_agent=True)
    produce_document(ready_store, case.case_no, admin)
    code, out, _ = run_cli(monkeypatch, capsys, ready_store, "case", "show", case.case_no, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["case_no"] == case.case_no and data["status"] == "accepted"
    assert data["status_label"] == "已受理"
    assert data["applicant"]["id_masked"] == "320117********1234"
    assert data["agent"]["name"] == "刘倩"
    assert data["due_date"] == case.due_date.isoformat()  # type: ignore[union-attr]
    assert data["accepted_at"].endswith("+08:00")
    assert all(m["missing"] is False for m in data["materials"])
    assert [d["doc_kind"] for d in data["documents"]] == ["acceptance"]
    assert [e["kind"] for e in data["events"]][:1] == ["case.accepted"]

    code, out, _ = run_cli(monkeypatch, capsys, ready_store, "case", "show", case.case_no)
    assert code == 0
    assert case.case_no in out and "已受理" in out and FOOD in out and "受理通知书" in out


def test_cli_print_writes_the_document_and_then_reprints(
    ready_store: Store,
    admin: Operator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    case = incomplete(ready_store, admin)
    out_file = tmp_path / "notice.pdf"
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        ready_store,
        "print",
        case.case_no,
        "--doc",
        "notice",
        "--out",
        str(out_file),
    )
    assert code == 0 and "一次性告知书" in out and "补打" not in out
    (row,) = archive_rows(ready_store, case.case_no)
    archived = ready_store.data_dir / row.path
    assert str(archived) in out
    assert out_file.read_bytes() == archived.read_bytes()
    assert barcodes(out_file.read_bytes()) == [case.case_no]
    assert row.clerk.startswith("cli:")

    again = tmp_path / "again.pdf"
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        ready_store,
        "print",
        case.case_no,
        "--doc",
        "notice",
        "--reprint",
        "--out",
        str(again),
    )
    assert code == 0 and "补打" in out
    assert "补打" in text_of(again.read_bytes())
    assert archived_count(ready_store, case.case_no, "notice") == 2


def test_cli_refuses_unknown_cases_and_wrong_kinds(
    ready_store: Store,
    admin: Operator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run_cli(
        monkeypatch, capsys, ready_store, "case", "show", "320117-03-20991231-0009"
    )
    assert code == 2 and "没有办件" in err
    code, _, err = run_cli(monkeypatch, capsys, ready_store, "print", "320117-03-20991231-0009")
    assert code == 2 and "没有办件" in err
    case = accepted(ready_store, admin)
    code, _, err = run_cli(
        monkeypatch, capsys, ready_store, "print", case.case_no, "--doc", "notice"
    )
    assert code == 2 and "一次性告知书" in err
    assert archived_count(ready_store, case.case_no) == 0
