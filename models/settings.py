"""Settings of the window and the center's own holiday table."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdMixin


class Setting(Base):
    """One setting: a key and a JSON value (this window's code, idle lock minutes …)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class HolidayOverride(IdMixin, Base):
    """A day the center declares closed (workday False) or open (True), beside the PRC calendar."""

    __tablename__ = "holiday_override"
    day: Mapped[date] = mapped_column(unique=True)
    workday: Mapped[bool]
    note: Mapped[str] = mapped_column(String(200), default="")


class HolidayYear(Base):
    """A year for which the center has entered the whole holiday table (节假日安排)."""

    __tablename__ = "holiday_year"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    note: Mapped[str] = mapped_column(String(200), default="")


class Counter(Base):
    """A number sequence (case numbers per window and day, receipts per window and year).

    Taken in the same transaction as the row that uses it, so a crash or a rollback
    returns the number: sequences never skip and never repeat.
    """

    __tablename__ = "counter"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int]
