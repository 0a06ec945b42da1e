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

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
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


class Case(IdMixin, Base):
    """办件: one application, from intake to the result collected."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_status_due", "status", "due_date"),
        Index("ix_case_window_received", "window_code", "received_at"),
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


class Payment(IdMixin, Base):
    """收费: one payment with its receipt number (never repeats, never skips)."""

    __tablename__ = "payment"
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case.id"))
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60))
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
    __tablename__ = "payment_line"
    __table_args__ = (UniqueConstraint("payment_id", "position"),)
    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"))
    position: Mapped[int]
    fee_name: Mapped[str] = mapped_column(String(200))
    basis: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[int] = mapped_column(default=1)
    unit: Mapped[str] = mapped_column(String(30), default="件")
    unit_fen: Mapped[int]
    waived_fen: Mapped[int] = mapped_column(default=0)
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
