"""The service catalog (实施清单): center, departments, windows and service items (事项).

Each item keeps all six disclosures (六公开), because they are printed on the notices:
审批内容 (content/result), 办事程序 (steps), 审批依据 (legal bases), 申报材料 (materials),
承诺时限 (committed/legal working days) and 收费标准及依据 (fee lines).
"""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, IdMixin


class HandlingKind(enum.StrEnum):
    """六类事项办理制: the four kinds an item is published with.

    补办件 and 退回件 are outcomes of an intake, not kinds of item.
    """

    IMMEDIATE = "immediate"  # 即办件
    PROMISED = "promised"  # 承诺件
    JOINT = "joint"  # 联合件
    REPORTED = "reported"  # 上报件


class MaterialForm(enum.StrEnum):
    PAPER = "paper"  # 纸质
    ELECTRONIC = "electronic"  # 电子
    EITHER = "either"  # 纸质或电子


class FeeMode(enum.StrEnum):
    FIXED = "fixed"  # a fixed amount per unit (e.g. 80 元/件)
    RATE = "rate"  # a rate times a quantity the clerk enters (e.g. 元/平方米)


class Center(IdMixin, Base):
    """The service center (行政服务中心); code is its administrative division code."""

    __tablename__ = "center"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    hours: Mapped[str] = mapped_column(String(200), default="")


class Department(IdMixin, Base):
    __tablename__ = "department"
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60), default="")


class ServiceWindow(IdMixin, Base):
    """A service window (窗口); code is two digits, e.g. "03", printed in case numbers."""

    __tablename__ = "service_window"
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)


item_joint_department = Table(
    "item_joint_department",
    Base.metadata,
    Column("item_id", ForeignKey("service_item.id", ondelete="CASCADE"), primary_key=True),
    Column("department_id", ForeignKey("department.id"), primary_key=True),
)


class ServiceItem(IdMixin, Base):
    """A service item (事项) with its six disclosures."""

    __tablename__ = "service_item"
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"))
    kind: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(200), default="")
    committed_days: Mapped[int] = mapped_column(default=0)
    legal_days: Mapped[int] = mapped_column(default=20)
    higher_authority: Mapped[str] = mapped_column(String(200), default="")
    pickup: Mapped[str] = mapped_column(String(300), default="")
    # Items dropped from a later catalog stay for the cases that reference them.
    active: Mapped[bool] = mapped_column(default=True)

    department: Mapped[Department] = relationship(lazy="joined")
    joint_departments: Mapped[list[Department]] = relationship(
        secondary=item_joint_department, order_by=Department.code
    )
    steps: Mapped[list[ItemStep]] = relationship(
        order_by="ItemStep.position", cascade="all, delete-orphan"
    )
    legal_bases: Mapped[list[ItemLegalBasis]] = relationship(
        order_by="ItemLegalBasis.position", cascade="all, delete-orphan"
    )
    materials: Mapped[list[ItemMaterial]] = relationship(
        order_by="ItemMaterial.position", cascade="all, delete-orphan"
    )
    fees: Mapped[list[ItemFee]] = relationship(
        order_by="ItemFee.position", cascade="all, delete-orphan"
    )


class ItemStep(IdMixin, Base):
    """办事程序: one step of the published procedure."""

    __tablename__ = "item_step"
    __table_args__ = (UniqueConstraint("item_id", "position"),)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_item.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))


class ItemLegalBasis(IdMixin, Base):
    """审批依据: a law or regulation and its article."""

    __tablename__ = "item_legal_basis"
    __table_args__ = (UniqueConstraint("item_id", "position"),)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_item.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    article: Mapped[str] = mapped_column(String(200), default="")


class ItemMaterial(IdMixin, Base):
    """申报材料: one required or conditional material."""

    __tablename__ = "item_material"
    __table_args__ = (UniqueConstraint("item_id", "position"),)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_item.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(300))
    originals: Mapped[int] = mapped_column(default=1)
    copies: Mapped[int] = mapped_column(default=0)
    form: Mapped[str] = mapped_column(String(16), default=MaterialForm.PAPER.value)
    required: Mapped[bool] = mapped_column(default=True)
    condition: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ItemFee(IdMixin, Base):
    """收费标准及依据: a published fee line. Money is integer fen."""

    __tablename__ = "item_fee"
    __table_args__ = (UniqueConstraint("item_id", "position"),)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_item.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(8), default=FeeMode.FIXED.value)
    amount_fen: Mapped[int]
    unit: Mapped[str] = mapped_column(String(30), default="件")
    basis: Mapped[str] = mapped_column(Text, default="")
    waivable: Mapped[bool] = mapped_column(default=False)
