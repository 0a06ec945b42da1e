"""首问负责登记: every question asked at a window is logged, answered or referred in writing.

Logging takes seconds: a topic, the answer given or a referral (to a department, window
or person, with a promised reply time), the inquirer's name and phone if they give them.
An answered inquiry is closed at once; a referred one stays on the responsible clerk's
list until it is closed with its outcome, and is flagged for the clerk and for the
supervisors once its promised time has passed. A referral prints a slip (转办单) with the
inquiry number as barcode. An inquiry about a case links to it by number; one that
becomes an application hands what was typed to the intake.

Numbers follow the case numbers' pattern with a Z before the serial
(320117-03-20261127-Z001), so the center, window and day are in them and two windows
offline never give out the same one. Each inquiry's events carry its number in the
journal's case_no column, so sync orders them like a case's (desktop/projection_cases).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.archive import archive_file, unit_with_files
from desktop.case_documents import (
    PrintedDocument,
    _letterhead,
    _setting,
    archive_relpath,
    mask_phone,
)
from desktop.case_numbers import next_number, normalise_case_no
from desktop.clock import CENTER_TZ, local_day, now_utc
from desktop.errors import DomainError
from desktop.identity import validate_phone
from desktop.intake import IntakeInvalid
from desktop.numbers import INQUIRY, classify_number
from desktop.projection_cases import (
    Refused,
    apply_inquiry_closed,
    check_close,
    iso,
    reset_inquiry,
)
from desktop.store import Store, WindowIdentity, record
from models.accounts import Account, Role
from models.base import new_id
from models.cases import ArchivedDocument, Evaluation, Inquiry
from printing.referral import ReferralSlip, render_referral_slip

DAILY_LIMIT = 999
REFERRAL_KINDS: dict[str, tuple[str, str]] = {
    "department": ("部门", "department"),
    "window": ("窗口", "window"),
    "person": ("工作人员", "person"),
}
DOC_KIND = "referral"
DOC_TITLE = "首问负责转办单"


@dataclass(frozen=True)
class Referral:
    kind: str  # department | window | person
    to: str  # e.g. "区市场监管局登记科 张科长 025-57200000"
    promised_reply_at: datetime


@dataclass(frozen=True)
class InquiryInput:
    topic: str
    answer: str = ""
    referral: Referral | None = None
    inquirer_name: str = ""
    inquirer_phone: str = ""
    case_no: str = ""


@dataclass(frozen=True)
class InquiryInfo:
    inquiry_no: str
    status: str  # open | closed
    topic: str
    answer: str
    referred_kind: str
    referred_to: str
    promised_reply_at: datetime | None
    inquirer_name: str
    inquirer_phone: str
    case_no: str
    window_code: str
    clerk: str
    clerk_name: str
    created_at: datetime
    closed_at: datetime | None
    closed_by: str
    outcome: str
    overdue: bool
    rated: bool

    @property
    def referred(self) -> bool:
        return bool(self.referred_to)


# -- numbers ---------------------------------------------------------------------------------


def next_inquiry_no(session: Session, ident: WindowIdentity, day: date) -> str:
    n = next_number(session, f"inquiry:{ident.window_code}:{day:%Y%m%d}")
    if n > DAILY_LIMIT:
        raise DomainError(
            "inquiry_no.exhausted",
            f"本窗口 {day:%Y-%m-%d} 的首问登记编号已用完（{DAILY_LIMIT} 条）。",
            f"This window has used all {DAILY_LIMIT} inquiry numbers of {day:%Y-%m-%d}.",
        )
    return f"{ident.center_code}-{ident.window_code}-{day:%Y%m%d}-Z{n:03d}"


def _number(text: str) -> str:
    found = classify_number(text)
    if found is None or found[0] != INQUIRY:
        raise DomainError(
            "inquiry.number",
            f"“{text}”不是首问登记编号（如 320117-03-20261127-Z001）。",
            f"'{text}' is not an inquiry number (like 320117-03-20261127-Z001).",
            field="inquiry_no",
        )
    return found[1]


def _row(session: Session, number: str) -> Inquiry:
    row = session.scalar(select(Inquiry).where(Inquiry.inquiry_no == _number(number)))
    if row is None:
        raise DomainError(
            "inquiry.unknown",
            f"本窗口没有首问登记 {number}。",
            f"This window has no inquiry {number}.",
            field="inquiry_no",
        )
    return row


def _info(session: Session, row: Inquiry, now: datetime) -> InquiryInfo:
    name = session.scalar(select(Account.display_name).where(Account.username == row.clerk))
    rated = session.scalar(select(Evaluation.id).where(Evaluation.visit_ref == row.inquiry_no))
    return InquiryInfo(
        inquiry_no=row.inquiry_no,
        status=row.status,
        topic=row.topic,
        answer=row.answer,
        referred_kind=row.referred_kind,
        referred_to=row.referred_to,
        promised_reply_at=row.promised_reply_at,
        inquirer_name=row.inquirer_name,
        inquirer_phone=row.inquirer_phone,
        case_no=row.case_no,
        window_code=row.window_code,
        clerk=row.clerk,
        clerk_name=name or row.clerk,
        created_at=row.created_at,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        outcome=row.outcome,
        overdue=_overdue(row, now),
        rated=rated is not None,
    )


def _overdue(row: Inquiry, now: datetime) -> bool:
    return (
        row.status == "open" and row.promised_reply_at is not None and row.promised_reply_at < now
    )


# -- logging ---------------------------------------------------------------------------------


def _checked(inp: InquiryInput, now: datetime) -> tuple[InquiryInput, list[DomainError]]:
    problems: list[DomainError] = []
    topic = " ".join(inp.topic.split())
    answer = inp.answer.strip()
    if len(topic) < 2:
        problems.append(
            DomainError("inquiry.topic", "请填写咨询事项。", "Enter what was asked.", field="topic")
        )
    referral = inp.referral
    if referral is None and not answer:
        problems.append(
            DomainError(
                "inquiry.answer",
                "请填写当场答复，或转办给部门、窗口或人员。",
                "Write the answer given, or refer the question to a department, window or person.",
                field="answer",
            )
        )
    if referral is not None:
        if referral.kind not in REFERRAL_KINDS:
            problems.append(
                DomainError(
                    "inquiry.referral_kind",
                    "请选择转办给部门、窗口还是人员。",
                    "Choose a department, a window or a person.",
                    field="referred_kind",
                )
            )
        if not referral.to.strip():
            problems.append(
                DomainError(
                    "inquiry.referred_to",
                    "请写明转办给谁（部门、窗口或人员及联系方式）。",
                    "Write whom it is referred to (department, window or person, and how to reach them).",
                    field="referred_to",
                )
            )
        if referral.promised_reply_at <= now:
            problems.append(
                DomainError(
                    "inquiry.promised",
                    "承诺答复时间应晚于现在。",
                    "The promised reply time is in the future.",
                    field="promised_reply_at",
                )
            )
        elif referral.promised_reply_at > now + timedelta(days=60):
            problems.append(
                DomainError(
                    "inquiry.promised_far",
                    "承诺答复时间不应超过 60 天。",
                    "The promised reply is within 60 days.",
                    field="promised_reply_at",
                )
            )
    phone = inp.inquirer_phone.strip()
    if phone:
        try:
            phone = validate_phone(phone, field="inquirer_phone")
        except DomainError as err:
            problems.append(err)
    case_no = inp.case_no.strip()
    if case_no:
        normal = normalise_case_no(case_no)
        if normal is None:
            problems.append(
                DomainError(
                    "inquiry.case_no",
                    "办件编号格式不对（如 320117-03-20261127-0007）。",
                    "That is not a case number (like 320117-03-20261127-0007).",
                    field="case_no",
                )
            )
        else:
            case_no = normal
    cleaned = InquiryInput(
        topic,
        answer,
        referral,
        " ".join(inp.inquirer_name.split())[:100],
        phone,
        case_no,
    )
    return cleaned, problems


def log_inquiry(
    store: Store, op: Operator, inp: InquiryInput, *, now: datetime | None = None
) -> InquiryInfo:
    """Log one question; answered on the spot it is closed at once, referred it stays open."""
    at = now or now_utc()
    ident = store.require_identity()
    inp, problems = _checked(inp, at)
    if problems:
        raise IntakeInvalid(problems)
    with store.write() as s:
        number = next_inquiry_no(s, ident, local_day(at))
        ref = inp.referral
        status = "open" if ref is not None else "closed"
        payload: dict[str, Any] = {
            "inquiry_id": str(new_id()),
            "inquiry_no": number,
            "topic": inp.topic,
            "answer": inp.answer,
            "referred_kind": ref.kind if ref else "",
            "referred_to": " ".join(ref.to.split()) if ref else "",
            "promised_reply_at": iso(ref.promised_reply_at) if ref else None,
            "inquirer_name": inp.inquirer_name,
            "inquirer_phone": inp.inquirer_phone,
            "case_no": inp.case_no,
            "status": status,
            "outcome": inp.answer if status == "closed" else "",
            "created_at": iso(at),
        }
        record(
            s, ident, "inquiry.logged", payload, clerk=op.username, case_no=number, occurred_at=at
        )
        row = Inquiry(id=uuid.UUID(payload["inquiry_id"]))
        reset_inquiry(row, payload, window=ident.window_code, clerk=op.username)
        s.add(row)
        s.flush()
        return _info(s, row, at)


def close_inquiry(
    store: Store, number: str, op: Operator, *, outcome: str, now: datetime | None = None
) -> InquiryInfo:
    """办结: the referral was answered (or the inquirer told); its outcome is kept."""
    at = now or now_utc()
    ident = store.require_identity()
    outcome = " ".join(outcome.split())
    if len(outcome) < 2:
        raise IntakeInvalid(
            [
                DomainError(
                    "inquiry.outcome",
                    "请写明办理结果（如何答复了咨询人）。",
                    "Write the outcome (how the inquirer was answered).",
                    field="outcome",
                )
            ]
        )
    with store.write() as s:
        row = _row(s, number)
        try:
            check_close(row)
        except Refused as r:
            raise DomainError(r.code, r.zh, r.en) from None
        p = {"inquiry_no": row.inquiry_no, "outcome": outcome, "closed_at": iso(at)}
        record(
            s, ident, "inquiry.closed", p, clerk=op.username, case_no=row.inquiry_no, occurred_at=at
        )
        apply_inquiry_closed(row, p, op.username)
        return _info(s, row, at)


def link_case(
    store: Store, number: str, op: Operator, case_no: str, *, now: datetime | None = None
) -> InquiryInfo:
    """An inquiry about a case: linked by the case's number (it may be another window's)."""
    at = now or now_utc()
    ident = store.require_identity()
    normal = normalise_case_no(case_no)
    if normal is None:
        raise DomainError(
            "inquiry.case_no",
            "办件编号格式不对（如 320117-03-20261127-0007）。",
            "That is not a case number (like 320117-03-20261127-0007).",
            field="case_no",
        )
    with store.write() as s:
        row = _row(s, number)
        if row.case_no != normal:
            p = {"inquiry_no": row.inquiry_no, "case_no": normal}
            record(
                s,
                ident,
                "inquiry.linked",
                p,
                clerk=op.username,
                case_no=row.inquiry_no,
                occurred_at=at,
            )
            row.case_no = normal
        return _info(s, row, at)


# -- reading ---------------------------------------------------------------------------------


def get_inquiry(store: Store, number: str, *, now: datetime | None = None) -> InquiryInfo:
    with store.read() as s:
        return _info(s, _row(s, number), now or now_utc())


def open_inquiries(
    store: Store,
    *,
    clerk: str | None = None,
    overdue_only: bool = False,
    now: datetime | None = None,
) -> list[InquiryInfo]:
    """The open ones, overdue first then by promised time; one clerk's, or the whole hall's."""
    at = now or now_utc()
    with store.read() as s:
        stmt = select(Inquiry).where(Inquiry.status == "open")
        if clerk:
            stmt = stmt.where(Inquiry.clerk == clerk)
        if overdue_only:
            stmt = stmt.where(Inquiry.promised_reply_at < at)
        rows = s.scalars(stmt.order_by(Inquiry.promised_reply_at, Inquiry.inquiry_no)).all()
        return [_info(s, r, at) for r in rows]


def recent_inquiries(
    store: Store, *, clerk: str | None = None, limit: int = 50, now: datetime | None = None
) -> list[InquiryInfo]:
    """The latest logged, newest first (today's work at the window)."""
    at = now or now_utc()
    with store.read() as s:
        stmt = select(Inquiry)
        if clerk:
            stmt = stmt.where(Inquiry.clerk == clerk)
        rows = s.scalars(
            stmt.order_by(Inquiry.created_at.desc(), Inquiry.inquiry_no.desc()).limit(limit)
        ).all()
        return [_info(s, r, at) for r in rows]


def intake_prefill(info: InquiryInfo) -> dict[str, str]:
    """What the intake page gets when an inquiry becomes an application."""
    return {
        "inquiry_no": info.inquiry_no,
        "name": info.inquirer_name,
        "phone": info.inquirer_phone,
        "topic": info.topic,
    }


def can_close(op: Operator, info: InquiryInfo) -> bool:
    """The responsible clerk closes their inquiry; a supervisor may close anyone's."""
    return info.status == "open" and (info.clerk == op.username or op.can(Role.SUPERVISOR))


# -- the referral slip -----------------------------------------------------------------------


def produce_referral(
    store: Store, number: str, op: Operator, *, now: datetime | None = None
) -> PrintedDocument:
    """Render, archive and journal the 转办单; a reprint (补打) after the first."""
    at = now or now_utc()
    ident = store.require_identity()
    with unit_with_files(store) as s:
        row = _row(s, number)
        if not row.referred_to:
            raise DomainError(
                "inquiry.not_referred",
                f"首问登记 {row.inquiry_no} 是当场答复的，没有转办单。",
                f"Inquiry {row.inquiry_no} was answered on the spot; it has no referral slip.",
            )
        previous = list(
            s.scalars(
                select(ArchivedDocument)
                .where(
                    ArchivedDocument.case_no == row.inquiry_no,
                    ArchivedDocument.doc_kind == DOC_KIND,
                )
                .order_by(ArchivedDocument.printed_at)
            )
        )
        original = next((d for d in previous if not d.reprint), None)
        center_name = _setting(s, "center_name") or ident.center_name
        assert row.promised_reply_at is not None
        slip = ReferralSlip(
            letterhead=_letterhead(s, ident, center_name, op, at),
            inquiry_no=row.inquiry_no,
            asked_at=row.created_at.astimezone(CENTER_TZ),
            inquirer_name=row.inquirer_name,
            inquirer_phone=mask_phone(row.inquirer_phone),
            topic=row.topic,
            answer=row.answer,
            referred_kind_label=REFERRAL_KINDS.get(row.referred_kind, ("", ""))[0],
            referred_to=row.referred_to,
            promised_reply_at=row.promised_reply_at.astimezone(CENTER_TZ),
            case_no=row.case_no,
            reprint_of=local_day(original.printed_at) if original else None,
        )
        pdf = render_referral_slip(slip)
        digest = hashlib.sha256(pdf).hexdigest()
        reprint_no = sum(1 for d in previous if d.reprint) + 1 if original else 0
        relative = archive_relpath(row.inquiry_no, DOC_KIND, local_day(at), reprint_no)
        written = archive_file(s, store.data_dir / relative, pdf)
        s.add(
            ArchivedDocument(
                case_no=row.inquiry_no,
                doc_kind=DOC_KIND,
                path=relative.as_posix(),
                sha256=digest,
                printed_at=at,
                clerk=op.username,
                reprint=reprint_no > 0,
            )
        )
        payload: dict[str, Any] = {
            "inquiry_no": row.inquiry_no,
            "doc_kind": DOC_KIND,
            "sha256": digest,
            "path": relative.as_posix(),
        }
        if reprint_no:
            payload["reprint_no"] = reprint_no
        kind = "document.reprinted" if reprint_no else "document.printed"
        record(s, ident, kind, payload, clerk=op.username, case_no=row.inquiry_no, occurred_at=at)
        inquiry_no = row.inquiry_no
    return PrintedDocument(
        case_no=inquiry_no,
        doc_kind=DOC_KIND,
        title=DOC_TITLE,
        pdf=pdf,
        sha256=digest,
        path=written.resolve(),
        reprint=reprint_no > 0,
    )
