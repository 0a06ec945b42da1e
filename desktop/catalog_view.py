"""An item's six disclosures (六公开) as plain data, for the screens and the notices."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.i18n import pick
from models.catalog import FeeMode, HandlingKind, MaterialForm, ServiceItem

KIND_LABELS = {
    HandlingKind.IMMEDIATE: ("即办件", "Immediate"),
    HandlingKind.PROMISED: ("承诺件", "Promised"),
    HandlingKind.JOINT: ("联合件", "Joint"),
    HandlingKind.REPORTED: ("上报件", "Reported"),
}
FORM_LABELS = {
    MaterialForm.PAPER: ("纸质", "paper"),
    MaterialForm.ELECTRONIC: ("电子", "electronic"),
    MaterialForm.EITHER: ("纸质或电子", "paper or electronic"),
}


def kind_label(kind: str) -> str:
    zh, en = KIND_LABELS.get(HandlingKind(kind), (kind, kind))
    return pick(zh, en)


def form_label(form: str) -> str:
    zh, en = FORM_LABELS.get(MaterialForm(form), (form, form))
    return pick(zh, en)


def yuan(fen: int) -> str:
    """Integer fen as yuan with two decimals, e.g. 8000 -> '80.00'."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


@dataclass(frozen=True)
class MaterialDetail:
    name: str
    originals: int
    copies: int
    form: str
    required: bool
    condition: str
    source: str
    notes: str


@dataclass(frozen=True)
class FeeDetail:
    name: str
    mode: str
    amount_fen: int
    unit: str
    basis: str
    waivable: bool

    @property
    def price_text(self) -> str:
        per = "/" + self.unit if self.unit else ""
        if self.mode == FeeMode.RATE:
            return pick(
                f"{yuan(self.amount_fen)} 元{per}（按量计收）",
                f"CNY {yuan(self.amount_fen)}{per} (by quantity)",
            )
        return pick(f"{yuan(self.amount_fen)} 元{per}", f"CNY {yuan(self.amount_fen)}{per}")


@dataclass(frozen=True)
class ItemDetail:
    id: uuid.UUID
    code: str
    name: str
    department: str
    kind: str
    content: str
    result: str
    steps: tuple[str, ...]
    legal_basis: tuple[str, ...]
    materials: tuple[MaterialDetail, ...]
    committed_days: int
    legal_days: int
    fees: tuple[FeeDetail, ...]
    joint_departments: tuple[str, ...]
    higher_authority: str
    pickup: str
    active: bool


def item_detail(session: Session, item_id: uuid.UUID) -> ItemDetail | None:
    item = session.scalar(
        select(ServiceItem)
        .where(ServiceItem.id == item_id)
        .options(
            selectinload(ServiceItem.steps),
            selectinload(ServiceItem.legal_bases),
            selectinload(ServiceItem.materials),
            selectinload(ServiceItem.fees),
            selectinload(ServiceItem.joint_departments),
        )
    )
    if item is None:
        return None
    return ItemDetail(
        id=item.id,
        code=item.code,
        name=item.name,
        department=item.department.name,
        kind=item.kind,
        content=item.content,
        result=item.result,
        steps=tuple(s.name for s in item.steps),
        legal_basis=tuple(f"{b.title}{b.article}" for b in item.legal_bases),
        materials=tuple(
            MaterialDetail(
                m.name, m.originals, m.copies, m.form, m.required, m.condition, m.source, m.notes
            )
            for m in item.materials
        ),
        committed_days=item.committed_days,
        legal_days=item.legal_days,
        fees=tuple(
            FeeDetail(f.name, f.mode, f.amount_fen, f.unit, f.basis, f.waivable) for f in item.fees
        ),
        joint_departments=tuple(d.name for d in item.joint_departments),
        higher_authority=item.higher_authority,
        pickup=item.pickup,
        active=item.active,
    )
