"""Small builders for intake tests: valid IDs, an item and its materials, ticks."""

from __future__ import annotations

from sqlalchemy import select
from stdnum.cn import ric, uscc

from desktop.applicants import ApplicantInput
from desktop.intake import IntakeInput, MaterialTick
from desktop.store import Store
from models.catalog import ServiceItem


def resident_id(body17: str = "32011719850312123") -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def credit_code(body17: str = "91320117MA1XXXXX0") -> str:
    return body17 + uscc.calc_check_digit(body17)


def person(
    name: str = "张三", body17: str = "32011719850312123", phone: str = "13812345678"
) -> ApplicantInput:
    return ApplicantInput("person", name, "resident", resident_id(body17), phone)


def item_materials(
    store: Store, name_prefix: str
) -> tuple[str, list[tuple[int, str, bool, int, int]]]:
    with store.read() as s:
        item = s.scalar(select(ServiceItem).where(ServiceItem.name.like(f"{name_prefix}%")))
        assert item is not None, name_prefix
        return item.code, [
            (m.position, m.name, m.required, m.originals, m.copies) for m in item.materials
        ]


def full_ticks(materials: list[tuple[int, str, bool, int, int]]) -> tuple[MaterialTick, ...]:
    return tuple(MaterialTick(p, o, c) for p, _, required, o, c in materials if required)


def intake(
    store: Store,
    name_prefix: str,
    *,
    complete: bool = True,
    applicant: ApplicantInput | None = None,
) -> IntakeInput:
    code, mats = item_materials(store, name_prefix)
    ticks = full_ticks(mats)
    if not complete:
        ticks = ticks[: max(1, len(ticks) // 2)]
    return IntakeInput(code, applicant or person(), ticks=ticks)
