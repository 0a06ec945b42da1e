"""申请人: register a walk-in, or find the returning one by ID number and reuse it.

A returning applicant is never duplicated; a changed phone or address is updated and
the change is kept in the journal (old and new), so nothing is silently overwritten.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import DomainError
from desktop.identity import IdKind, validate_id, validate_phone
from desktop.store import WindowIdentity, record
from models.cases import Applicant, ApplicantKind


@dataclass(frozen=True)
class ApplicantInput:
    """What the clerk typed about one applicant or agent (代理人)."""

    kind: str  # ApplicantKind value
    name: str
    id_kind: str  # IdKind value
    id_number: str
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class ApplicantRecord:
    id: uuid.UUID
    kind: str
    name: str
    id_kind: str
    id_number: str
    phone: str
    address: str


APPLICANT_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4d4e-9a7e-320117000001")


def applicant_uuid(id_kind: str, id_number: str) -> uuid.UUID:
    """The same person registered at two windows while both were offline gets the same id,
    so their records meet in the central database instead of colliding."""
    return uuid.uuid5(APPLICANT_NAMESPACE, f"{id_kind}:{id_number}")


def _to_record(a: Applicant) -> ApplicantRecord:
    return ApplicantRecord(a.id, a.kind, a.name, a.id_kind, a.id_number, a.phone, a.address)


def check_applicant(
    inp: ApplicantInput, today: date, *, prefix: str = "", phone_required: bool = True
) -> tuple[ApplicantInput, list[DomainError]]:
    """Normalise every field and collect every problem, so the form can show them all at once.

    ``prefix`` names the form's fields (e.g. "agent_") so each message lands beside its field.
    """
    problems: list[DomainError] = []
    name = " ".join(inp.name.split())
    if not name:
        problems.append(
            DomainError(
                "applicant.name",
                "请填写申请人姓名或单位名称。",
                "Enter the applicant's name.",
                field=f"{prefix}name",
            )
        )
    elif len(name) > 100:
        problems.append(
            DomainError(
                "applicant.name_long",
                "名称过长（不超过 100 个字）。",
                "The name is too long (100 characters at most).",
                field=f"{prefix}name",
            )
        )
    kind = inp.kind
    id_kind = inp.id_kind
    if kind == ApplicantKind.ENTERPRISE and id_kind != IdKind.USCC:
        problems.append(
            DomainError(
                "applicant.enterprise_id",
                "单位申请人须填写统一社会信用代码。",
                "An enterprise is identified by its unified social credit code.",
                field=f"{prefix}id_kind",
            )
        )
    if kind == ApplicantKind.PERSON and id_kind == IdKind.USCC:
        problems.append(
            DomainError(
                "applicant.person_id",
                "个人申请人不能使用统一社会信用代码，请选择身份证件类型。",
                "A person is identified by an identity document, not a credit code.",
                field=f"{prefix}id_kind",
            )
        )
    number = inp.id_number
    try:
        number = validate_id(IdKind(id_kind), inp.id_number, today, field=f"{prefix}id_number")
    except DomainError as err:
        problems.append(err)
    phone = inp.phone.strip()
    if phone or phone_required:
        try:
            phone = validate_phone(inp.phone, field=f"{prefix}phone")
        except DomainError as err:
            problems.append(err)
    return replace(
        inp, name=name, id_number=number, phone=phone, address=inp.address.strip()
    ), problems


def find_applicant(session: Session, id_kind: str, id_number: str) -> ApplicantRecord | None:
    row = session.scalar(
        select(Applicant).where(Applicant.id_kind == id_kind, Applicant.id_number == id_number)
    )
    return _to_record(row) if row else None


def register_applicant(
    session: Session,
    ident: WindowIdentity,
    inp: ApplicantInput,
    *,
    clerk: str,
    occurred_at: datetime | None = None,
) -> ApplicantRecord:
    """Create the applicant, or reuse the one with this ID and record what changed.

    ``inp`` must come from check_applicant (normalised, with no problems).
    """
    row = session.scalar(
        select(Applicant).where(
            Applicant.id_kind == inp.id_kind, Applicant.id_number == inp.id_number
        )
    )
    if row is None:
        row = Applicant(
            id=applicant_uuid(inp.id_kind, inp.id_number),
            kind=inp.kind,
            name=inp.name,
            id_kind=inp.id_kind,
            id_number=inp.id_number,
            phone=inp.phone,
            address=inp.address,
        )
        session.add(row)
        record(
            session,
            ident,
            "applicant.registered",
            {
                "applicant_id": str(row.id),
                "kind": inp.kind,
                "name": inp.name,
                "id_kind": inp.id_kind,
                "id_number": inp.id_number,
                "phone": inp.phone,
                "address": inp.address,
            },
            clerk=clerk,
            occurred_at=occurred_at,
        )
        return _to_record(row)
    changes: dict[str, list[str]] = {}
    for field in ("name", "phone", "address"):
        new = getattr(inp, field)
        old = getattr(row, field)
        # An empty field on the form means "not asked this time", not "erase it".
        if new and new != old:
            changes[field] = [old, new]
            setattr(row, field, new)
    if changes:
        record(
            session,
            ident,
            "applicant.updated",
            {"applicant_id": str(row.id), "changes": changes},
            clerk=clerk,
            occurred_at=occurred_at,
        )
    return _to_record(row)
