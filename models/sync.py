"""Tables of the sync between windows and the central database.

SyncConflict lives on every machine; CentralWindow and SyncRejection are used only in
the central database (the same schema serves both, so one migration path covers all).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdMixin, utcnow


class SyncConflict(IdMixin, Base):
    """An event the agreed order made impossible: kept in the journal, shown to supervisors."""

    __tablename__ = "sync_conflict"
    event_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    window_code: Mapped[str] = mapped_column(String(4))
    kind: Mapped[str] = mapped_column(String(60))
    case_no: Mapped[str | None] = mapped_column(String(40), index=True)
    reason_zh: Mapped[str] = mapped_column(Text)
    reason_en: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(60), default="")


class CentralWindow(Base):
    """A window registered with the center; blocked when its journal fails verification."""

    __tablename__ = "central_window"
    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)
    blocked_at: Mapped[datetime | None]
    blocked_reason: Mapped[str] = mapped_column(Text, default="")


class SyncRejection(IdMixin, Base):
    """A push the center refused: a broken chain or an event edited after the fact."""

    __tablename__ = "sync_rejection"
    window_code: Mapped[str] = mapped_column(String(4), index=True)
    seq: Mapped[int]
    event_id: Mapped[uuid.UUID]
    problem: Mapped[str] = mapped_column(String(20))  # hash | link | gap | changed
    detail: Mapped[str] = mapped_column(Text, default="")
    rejected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(60), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
