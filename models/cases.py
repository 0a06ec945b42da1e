"""Read models of the window's work: applicants, cases, inquiries, payments, ratings.

They are written in the same transaction as the journal events that explain them.
A case keeps its own copy of the material list, because after a one-time notice
(一次性告知书) that list is frozen, whatever the catalog says later.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, IdMixin, utcnow


class ApplicantKind(enum.StrEnum):
    PERSON = "person"  # 自然人
    ENTERPRISE = "enterprise"  # 法人或其他组织


class CaseStatus(enum.StrEnum):
    DRAFT = "draft"  # 草稿: intake not finished
    INCOMPLETE = "incomplete"  # 补办件: one-time notice issued, waiting for the applicant
    REJECTED = "rejected"  # 退回件: 不予受理
    ACCEPTED = "accepted"  # 已受理
    IN_PROGRESS = "in_progress"  # 办理中
    PAUSED = "paused"  # 特别程序 (clock stopped)
    DECIDED = "decided"  # 已决定
    READY = "ready"  # 待领取
    COLLECTED = "collected"  # 已领取
    MAILED = "mailed"  # 已邮寄


class Applicant(IdMixin, Base):
    """申请人: a person (resident ID or other ID) or an enterprise (统一社会信用代码)."""

    __tablename__ = "applicant"
    __table_args__ = (UniqueConstraint("id_kind", "id_number"),)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), index=True)
    id_kind: Mapped[str] = mapped_column(String(16))
    id_number: Mapped[str] = mapped_column(String(40), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# The statuses whose promised date is running (a paused case's clock is stopped), and
# those a window still has to act on. Written as SQL literals because the partial
# indexes below are only used when a query repeats their condition word for word;
# a bound parameter in its place would not match (desktop/cases.py uses these).
CLOCK_RUNNING = ("accepted", "in_progress")
STILL_OPEN = ("accepted", "in_progress", "paused", "decided", "ready")
CLOCK_RUNNING_SQL = "status IN ('accepted', 'in_progress')"
STILL_OPEN_SQL = "status IN ('accepted', 'in_progress', 'paused', 'decided', 'ready')"
WAITING_SQL = "status = 'incomplete'"


class Case(IdMixin, Base):
    """办件: one application, from intake to the result collected."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_status_due", "status", "due_date"),
        Index("ix_case_window_received", "window_code", "received_at"),
        # Keyset pages of the case lists and searches (newest first, case_no breaks ties).
        Index("ix_case_received", "received_at", "case_no"),
        Index("ix_case_status_received", "status", "received_at", "case_no"),
        Index("ix_case_item_received", "item_id", "received_at", "case_no"),
        Index("ix_case_applicant", "applicant_id"),
        # Most cases have no agent: only those that do are indexed, so the planner's
        # statistics see agents as the rare, selective key they are.
        Index(
            "ix_case_agent",
            "agent_id",
            sqlite_where=text("agent_id IS NOT NULL"),
            postgresql_where=text("agent_id IS NOT NULL"),
        ),
        # Partial indexes: the open cases are a few thousand among a million.
        Index(
            "ix_case_clock_due",
            "due_date",
            "case_no",
            sqlite_where=text(CLOCK_RUNNING_SQL),
            postgresql_where=text(CLOCK_RUNNING_SQL),
        ),
        Index(
            "ix_case_open_window",
            "window_code",
            "received_at",
            "case_no",
            sqlite_where=text(STILL_OPEN_SQL),
            postgresql_where=text(STILL_OPEN_SQL),
        ),
        Index(
            "ix_case_waiting",
            "window_code",
            "received_at",
            "case_no",
            sqlite_where=text(WAITING_SQL),
            postgresql_where=text(WAITING_SQL),
        ),
    )
    case_no: Mapped[str] = mapped_column(String(40), unique=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_item.id"))
    applicant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applicant.id"))
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applicant.id"))
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(16), default=CaseStatus.DRAFT.value)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted_at: Mapped[datetime | None]
    due_date: Mapped[date | None]
    # 行政许可法 Art. 32: a notice must be issued within 5 days of receipt.
    notice_deadline: Mapped[date | None]
    notice_issued_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    draft: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # The life after acceptance (desktop/cases.py): in progress, decided, ready, handed over.
    started_at: Mapped[datetime | None]
    decision: Mapped[str] = mapped_column(String(16), default="")  # approved | denied
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decision_basis: Mapped[str] = mapped_column(Text, default="")
    ready_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]  # collected or mailed
    # 上报件: sent up to the higher authority, which decides; the window follows it up.
    forwarded_on: Mapped[date | None]
    forwarded_to: Mapped[str] = mapped_column(String(200), default="")
    forward_ref: Mapped[str] = mapped_column(String(100), default="")

    materials: Mapped[list[CaseMaterial]] = relationship(
        order_by="CaseMaterial.position", cascade="all, delete-orphan"
    )


class CaseMaterial(IdMixin, Base):
    __tablename__ = "case_material"
    __table_args__ = (UniqueConstraint("case_id", "position"),)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(300))
    originals: Mapped[int] = mapped_column(default=1)
    copies: Mapped[int] = mapped_column(default=0)
    form: Mapped[str] = mapped_column(String(16), default="paper")
    required: Mapped[bool] = mapped_column(default=True)
    condition: Mapped[str] = mapped_column(String(300), default="")
    applies: Mapped[bool] = mapped_column(default=True)
    received_originals: Mapped[int] = mapped_column(default=0)
    received_copies: Mapped[int] = mapped_column(default=0)
    # A requirement added after the one-time notice: an exception a supervisor approved.
    added_by_exception: Mapped[bool] = mapped_column(default=False)


class Inquiry(IdMixin, Base):
    """首问负责登记: every question asked at a window, answered or referred."""

    __tablename__ = "inquiry"
    # The open ones, by promised reply time: the clerk's list and the supervisors' flags.
    __table_args__ = (Index("ix_inquiry_status_promised", "status", "promised_reply_at"),)
    inquiry_no: Mapped[str] = mapped_column(String(40), unique=True)
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60), index=True)
    topic: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(200), default="")
    promised_reply_at: Mapped[datetime | None]
    inquirer_name: Mapped[str] = mapped_column(String(100), default="")
    inquirer_phone: Mapped[str] = mapped_column(String(40), default="")
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    # department | window | person: whom a referral (转办) names.
    referred_kind: Mapped[str] = mapped_column(String(16), default="")
    # The case the question is about, by number: it may be a case of another window that
    # has not reached this one, and a number survives a case being rebuilt by sync
    # (case_id above stays empty; kept for the schema's sake).
    case_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    closed_by: Mapped[str] = mapped_column(String(60), default="")


class Payment(IdMixin, Base):
    """收费: one payment with its receipt number (never repeats, never skips).

    The row is never deleted: a void or refund (desktop/fees.py) adds a PaymentVoid
    (models/fees.py) and fills the voided_* columns here for quick display. What was
    printed on the receipt (item name, the collector's name) is kept as it was, so a
    reprint says what the original said.
    """

    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_window_day", "window_code", "day"),)
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case.id"))
    case_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    item_name: Mapped[str] = mapped_column(String(200), default="")
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60))
    clerk_name: Mapped[str] = mapped_column(String(60), default="")
    # The center's local business day the payment is counted in (the cashier's day).
    day: Mapped[date | None]
    total_fen: Mapped[int]
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(100), default="")
    tendered_fen: Mapped[int | None]
    change_fen: Mapped[int | None]
    payer: Mapped[str] = mapped_column(String(200), default="")
    paid_at: Mapped[datetime] = mapped_column(default=utcnow)
    voided_at: Mapped[datetime | None]
    voided_by: Mapped[str] = mapped_column(String(60), default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[PaymentLine]] = relationship(
        order_by="PaymentLine.position", cascade="all, delete-orphan"
    )


class PaymentLine(IdMixin, Base):
    """One charged fee line: a copy of the published line (收费公示) as it stood, the
    quantity, and any waiver with its policy and reason."""

    __tablename__ = "payment_line"
    __table_args__ = (UniqueConstraint("payment_id", "position"),)
    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"))
    position: Mapped[int]
    fee_position: Mapped[int] = mapped_column(default=0)  # ItemFee.position charged
    fee_name: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(8), default="fixed")
    basis: Mapped[str] = mapped_column(Text, default="")
    # Thousandths, so 12.5 平方米 stays exact without a float: 12500.
    quantity_milli: Mapped[int] = mapped_column(default=1000)
    unit: Mapped[str] = mapped_column(String(30), default="件")
    unit_fen: Mapped[int]
    gross_fen: Mapped[int] = mapped_column(default=0)
    waived_fen: Mapped[int] = mapped_column(default=0)
    waiver_policy: Mapped[str] = mapped_column(String(40), default="")
    waiver_reason: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int]


class Evaluation(IdMixin, Base):
    """评议 (好差评): one rating per visit, never edited afterwards."""

    __tablename__ = "evaluation"
    visit_ref: Mapped[str] = mapped_column(String(60), unique=True)
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60))
    level: Mapped[int]  # 5 非常满意 … 1 非常不满意
    comment: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    follow_up_due: Mapped[date | None]
    followed_up_at: Mapped[datetime | None]
    # What was rated: a case visit (intake or collection) or an inquiry; by number, for
    # the same reasons as Inquiry.case_no (case_id stays empty).
    case_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    inquiry_no: Mapped[str] = mapped_column(String(40), default="")
    visit_kind: Mapped[str] = mapped_column(String(16), default="")  # intake|collection|inquiry
    # A bad review (差评, the bottom two levels) is followed up: "" none | open | closed.
    follow_up_status: Mapped[str] = mapped_column(String(16), default="", index=True)
    follow_up_by: Mapped[str] = mapped_column(String(60), default="")
    follow_up_outcome: Mapped[str] = mapped_column(Text, default="")


class IntakeDraft(IdMixin, Base):
    """A half-done intake, kept so nothing typed is lost when the clerk is interrupted.

    Local to the window; it becomes a case (and enters the journal) only when the intake
    ends in one of the three outcomes.
    """

    __tablename__ = "intake_draft"
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CasePause(IdMixin, Base):
    """特别程序: a hearing, inspection, test or expert review that stops the clock."""

    __tablename__ = "case_pause"
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), index=True
    )
    procedure: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    paused_on: Mapped[date]
    resumed_on: Mapped[date | None]
    paused_by: Mapped[str] = mapped_column(String(60))
    resumed_by: Mapped[str] = mapped_column(String(60), default="")


class ArchivedDocument(IdMixin, Base):
    """A printed document kept as a PDF; its SHA-256 is also in the journal."""

    __tablename__ = "archived_document"
    case_no: Mapped[str] = mapped_column(String(40), index=True)
    doc_kind: Mapped[str] = mapped_column(String(20))  # acceptance | notice | rejection | …
    path: Mapped[str] = mapped_column(String(300))  # relative to the window's data directory
    sha256: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)
    clerk: Mapped[str] = mapped_column(String(60))
    reprint: Mapped[bool] = mapped_column(default=False)


class CaseTask(IdMixin, Base):
    """联合件: one department's part of a joint case, worked in parallel with the others.

    The id is derived from the case number and the department, so two windows that open
    the tasks of the same case while apart make the same rows.
    """

    __tablename__ = "case_task"
    __table_args__ = (UniqueConstraint("case_id", "department_code"),)
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    department_code: Mapped[str] = mapped_column(String(20))
    department_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|approved|denied
    note: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]
    done_by: Mapped[str] = mapped_column(String(60), default="")
    done_window: Mapped[str] = mapped_column(String(4), default="")


class CaseReply(IdMixin, Base):
    """上报件: a reply of the higher authority as recorded at a window (id = its event's)."""

    __tablename__ = "case_reply"
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), index=True
    )
    replied_on: Mapped[date]
    reference: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(16), default="")  # "" | approved | denied
    window_code: Mapped[str] = mapped_column(String(4))
    recorded_by: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class CaseHandover(IdMixin, Base):
    """The result handed over, collected at a window or mailed: one per case (id = its
    event's, so every machine that applies the event agrees)."""

    __tablename__ = "case_handover"
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # collected | mailed
    collector_role: Mapped[str] = mapped_column(String(16), default="")  # applicant|agent|other
    collector_name: Mapped[str] = mapped_column(String(100), default="")
    collector_id_kind: Mapped[str] = mapped_column(String(16), default="")
    collector_id_number: Mapped[str] = mapped_column(String(40), default="")
    id_mismatch: Mapped[bool] = mapped_column(default=False)
    carrier: Mapped[str] = mapped_column(String(60), default="")
    tracking_no: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(default=utcnow)
