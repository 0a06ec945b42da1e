"""The catalog in the database: apply an imported CatalogDoc, read it back for export.

Everything happens in the caller's session and transaction; the caller commits. Items
are never deleted: cases reference them, so an item missing from a newer catalog is
only deactivated, and comes back (same id) if a later catalog lists it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from desktop.catalog_io import (
    CatalogDoc,
    CatalogInvalid,
    CenterDoc,
    DepartmentDoc,
    FeeDoc,
    ItemDoc,
    LegalBasisDoc,
    MaterialDoc,
    validate,
)
from models.catalog import (
    Center,
    Department,
    ItemFee,
    ItemLegalBasis,
    ItemMaterial,
    ItemStep,
    ServiceItem,
)
from models.journal import append_event

EVENT_KIND = "catalog.applied"


@dataclass(frozen=True)
class ApplyResult:
    added: int
    updated: int  # existing items whose published content changed, or that came back
    deactivated: int


def _with_children() -> tuple[ORMOption, ...]:
    return (
        selectinload(ServiceItem.steps),
        selectinload(ServiceItem.legal_bases),
        selectinload(ServiceItem.materials),
        selectinload(ServiceItem.fees),
        selectinload(ServiceItem.joint_departments),
    )


def load_item(session: Session, code: str) -> ServiceItem | None:
    """An item (active or not: old cases still show it) with all six disclosures loaded."""
    return session.scalars(
        select(ServiceItem).where(ServiceItem.code == code).options(*_with_children())
    ).one_or_none()


def item_to_doc(item: ServiceItem) -> ItemDoc:
    return ItemDoc(
        code=item.code,
        name=item.name,
        department=item.department.code,
        kind=item.kind,
        content=item.content,
        result=item.result,
        committed_days=item.committed_days,
        legal_days=item.legal_days,
        joint_departments=tuple(d.code for d in item.joint_departments),
        higher_authority=item.higher_authority,
        pickup=item.pickup,
        steps=tuple(s.name for s in item.steps),
        legal_basis=tuple(LegalBasisDoc(b.title, b.article) for b in item.legal_bases),
        materials=tuple(
            MaterialDoc(
                name=m.name,
                originals=m.originals,
                copies=m.copies,
                form=m.form,
                required=m.required,
                condition=m.condition,
                source=m.source,
                notes=m.notes,
            )
            for m in item.materials
        ),
        fees=tuple(
            FeeDoc(
                name=f.name,
                amount_fen=f.amount_fen,
                mode=f.mode,
                unit=f.unit,
                basis=f.basis,
                waivable=f.waivable,
            )
            for f in item.fees
        ),
    )


def read_catalog(session: Session) -> CatalogDoc:
    """The catalog as published now: the center, all departments, active items by code.

    Raises LookupError before the center has been set up: there is nothing to export.
    """
    center = session.scalars(select(Center).order_by(Center.code).limit(1)).one_or_none()
    if center is None:
        raise LookupError("no center in the database yet")
    departments = session.scalars(select(Department).order_by(Department.code)).all()
    items = session.scalars(
        select(ServiceItem)
        .where(ServiceItem.active.is_(True))
        .order_by(ServiceItem.code)
        .options(*_with_children())
    ).all()
    return CatalogDoc(
        center=CenterDoc(center.code, center.name, center.address, center.phone, center.hours),
        departments=tuple(DepartmentDoc(d.code, d.name, d.short_name) for d in departments),
        items=tuple(item_to_doc(i) for i in items),
    )


def _apply_center(session: Session, doc: CenterDoc) -> None:
    # The center is set up at first start; its code is in every case number already
    # issued, so a catalog may refresh the published details but never the code.
    center = session.scalars(select(Center).order_by(Center.code).limit(1)).one_or_none()
    if center is None:
        session.add(
            Center(
                code=doc.code, name=doc.name, address=doc.address, phone=doc.phone, hours=doc.hours
            )
        )
        return
    center.name, center.address, center.phone, center.hours = (
        doc.name,
        doc.address,
        doc.phone,
        doc.hours,
    )


def _apply_departments(session: Session, docs: Sequence[DepartmentDoc]) -> dict[str, Department]:
    """Upsert departments by code; departments the doc leaves out stay (old items use them)."""
    by_code = {d.code: d for d in session.scalars(select(Department))}
    for doc in docs:
        dept = by_code.get(doc.code)
        if dept is None:
            dept = Department(code=doc.code, name=doc.name, short_name=doc.short_name)
            session.add(dept)
            by_code[doc.code] = dept
        else:
            dept.name, dept.short_name = doc.name, doc.short_name
    return by_code


def _set_fields(item: ServiceItem, doc: ItemDoc, departments: dict[str, Department]) -> None:
    item.name = doc.name
    item.department = departments[doc.department]
    item.kind = doc.kind
    item.content = doc.content
    item.result = doc.result
    item.committed_days = doc.committed_days
    item.legal_days = doc.legal_days
    item.higher_authority = doc.higher_authority
    item.pickup = doc.pickup
    item.active = True
    item.joint_departments = [departments[c] for c in doc.joint_departments]


def _fill_children(item: ServiceItem, doc: ItemDoc) -> None:
    item.steps = [ItemStep(position=n, name=s) for n, s in enumerate(doc.steps, start=1)]
    item.legal_bases = [
        ItemLegalBasis(position=n, title=b.title, article=b.article)
        for n, b in enumerate(doc.legal_basis, start=1)
    ]
    item.materials = [
        ItemMaterial(
            position=n,
            name=m.name,
            originals=m.originals,
            copies=m.copies,
            form=m.form,
            required=m.required,
            condition=m.condition,
            source=m.source,
            notes=m.notes,
        )
        for n, m in enumerate(doc.materials, start=1)
    ]
    item.fees = [
        ItemFee(
            position=n,
            name=f.name,
            mode=f.mode,
            amount_fen=f.amount_fen,
            unit=f.unit,
            basis=f.basis,
            waivable=f.waivable,
        )
        for n, f in enumerate(doc.fees, start=1)
    ]


def apply_catalog(
    session: Session, doc: CatalogDoc, *, window_code: str | None = None, clerk: str = ""
) -> ApplyResult:
    """Make the database publish exactly ``doc``; the caller commits.

    The doc is validated first and nothing is touched if it is invalid. Items are
    matched by code; a changed item gets its four lists replaced wholesale, an unchanged
    one is left alone (its rows keep their ids). Given a window code, the import is also
    recorded in the journal, so the daily log shows who changed the catalog and when.
    """
    errors = validate(doc)
    if errors:
        raise CatalogInvalid(errors)
    _apply_center(session, doc.center)
    departments = _apply_departments(session, doc.departments)
    existing = {i.code: i for i in session.scalars(select(ServiceItem).options(*_with_children()))}
    added: list[str] = []
    changed: list[tuple[ServiceItem, ItemDoc]] = []
    for item_doc in doc.items:
        item = existing.get(item_doc.code)
        if item is None:
            item = ServiceItem(code=item_doc.code)
            session.add(item)
            _set_fields(item, item_doc, departments)
            _fill_children(item, item_doc)
            added.append(item_doc.code)
        elif not item.active or item_to_doc(item) != item_doc:
            changed.append((item, item_doc))
    _replace(session, changed, departments)
    listed = {i.code for i in doc.items}
    gone = sorted(code for code, item in existing.items() if item.active and code not in listed)
    for code in gone:
        existing[code].active = False
    session.flush()
    result = ApplyResult(added=len(added), updated=len(changed), deactivated=len(gone))
    if window_code is not None:
        append_event(
            session,
            window_code=window_code,
            kind=EVENT_KIND,
            clerk=clerk,
            payload={
                "center": doc.center.code,
                "items": len(doc.items),
                "added": sorted(added),
                "updated": sorted(i.code for i, _ in changed),
                "deactivated": gone,
            },
        )
    return result


def _replace(
    session: Session,
    changed: Sequence[tuple[ServiceItem, ItemDoc]],
    departments: dict[str, Department],
) -> None:
    """Replace the lists of changed items.

    The old rows are deleted and flushed before the new ones are added: the unit of work
    inserts before it deletes, and (item_id, position) is unique.
    """
    for item, _ in changed:
        item.steps.clear()
        item.legal_bases.clear()
        item.materials.clear()
        item.fees.clear()
    session.flush()
    for item, item_doc in changed:
        _set_fields(item, item_doc, departments)
        _fill_children(item, item_doc)
