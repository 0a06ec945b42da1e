"""Accounts of the people who use a window: clerks, supervisors and administrators."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdMixin, utcnow


class Role(enum.StrEnum):
    CLERK = "clerk"  # 窗口工作人员
    SUPERVISOR = "supervisor"  # 中心/科室负责人
    ADMIN = "admin"  # 系统管理员

    def includes(self, other: Role) -> bool:
        """An administrator may do what a supervisor may, who may do what a clerk may."""
        order = [Role.CLERK, Role.SUPERVISOR, Role.ADMIN]
        return order.index(self) >= order.index(other)


class Account(IdMixin, Base):
    __tablename__ = "account"
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
