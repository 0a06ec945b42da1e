"""Read models of fee collection beyond the payment itself: voids and refunds, the
cashier's day (opening float, cash paid in or out, closings with their Z reports), and
the fee documents printed at the window.

Payments (models/cases.py) belong to cases; everything here is written in the same unit
of work as the journal event that explains it (desktop/fees.py, desktop/cashier.py) and
rebuilt from that event elsewhere (desktop/projection_fees.py).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdMixin, utcnow


class PaymentVoid(IdMixin, Base):
    """作废 or 退费 of one payment, approved by a supervisor; the payment itself stays.

    kind "void": the same window cancels a payment of its own open day; "refund": money
    returned later or elsewhere. Either way it counts on the day and at the window where
    the money went back (``window_code``, ``day``), so each cashier's drawer adds up.
    """

    __tablename__ = "payment_void"
    __table_args__ = (Index("ix_payment_void_window_day", "window_code", "day"),)
    payment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("payment.id", ondelete="CASCADE"), unique=True
    )
    receipt_no: Mapped[str] = mapped_column(String(40), index=True)
    case_no: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(8))  # void | refund
    amount_fen: Mapped[int]
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(100), default="")
    window_code: Mapped[str] = mapped_column(String(4))
    clerk: Mapped[str] = mapped_column(String(60))
    clerk_name: Mapped[str] = mapped_column(String(60), default="")
    supervisor: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text)
    voided_at: Mapped[datetime] = mapped_column(default=utcnow)
    day: Mapped[date]


class CashierDay(IdMixin, Base):
    """收费日: one window's local business day, from the opening float to the closing."""

    __tablename__ = "cashier_day"
    __table_args__ = (UniqueConstraint("window_code", "day"),)
    window_code: Mapped[str] = mapped_column(String(4))
    day: Mapped[date]
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | closed
    float_fen: Mapped[int] = mapped_column(default=0)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_by: Mapped[str] = mapped_column(String(60))


class CashMovement(IdMixin, Base):
    """Cash paid into or taken out of the drawer (缴入/取出) with its reason."""

    __tablename__ = "cash_movement"
    __table_args__ = (Index("ix_cash_movement_window_day", "window_code", "day"),)
    window_code: Mapped[str] = mapped_column(String(4))
    day: Mapped[date]
    direction: Mapped[str] = mapped_column(String(4))  # in | out
    amount_fen: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    clerk: Mapped[str] = mapped_column(String(60))
    moved_at: Mapped[datetime] = mapped_column(default=utcnow)


class DayClosing(IdMixin, Base):
    """日结: counted against expected per method, the difference's reason, the Z number.

    A supervisor may reopen a closed day (recorded here and in the journal); closing it
    again makes a new DayClosing with the next Z number.
    """

    __tablename__ = "day_closing"
    __table_args__ = (Index("ix_day_closing_window_day", "window_code", "day"),)
    window_code: Mapped[str] = mapped_column(String(4))
    day: Mapped[date]
    z_no: Mapped[int]
    closed_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_by: Mapped[str] = mapped_column(String(60))
    # {"counts": {"10000": 3, …}, "expected": {"cash": …}, "counted": {…}} in fen.
    figures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    difference_fen: Mapped[int] = mapped_column(default=0)
    difference_reason: Mapped[str] = mapped_column(Text, default="")
    reopened_at: Mapped[datetime | None]
    reopened_by: Mapped[str] = mapped_column(String(60), default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="")


class FeeDocument(IdMixin, Base):
    """A fee document printed at this window (receipt, void slip, Z report), kept as a PDF
    with its SHA-256, which is also in the journal. Local to the window, like the case
    documents' archive."""

    __tablename__ = "fee_document"
    doc_kind: Mapped[str] = mapped_column(String(16))  # receipt | void_slip | z_report
    ref: Mapped[str] = mapped_column(String(60), index=True)  # receipt number or window/day
    case_no: Mapped[str] = mapped_column(String(40), default="")
    path: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)
    clerk: Mapped[str] = mapped_column(String(60))
    reprint: Mapped[bool] = mapped_column(default=False)
    paper: Mapped[str] = mapped_column(String(8), default="")
    note: Mapped[str] = mapped_column(Text, default="")
