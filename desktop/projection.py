"""Rebuilding the read models from journal events: how another window's work arrives.

A window's services write their read models and their events in one unit of work; when
those events reach another window (or the central database) this module applies them to
that machine's read models. Applying an event twice changes nothing. An event that the
agreed order makes impossible (a case accepted twice, say) is not applied but raised as
a Conflict, which sync records for supervisors; the event itself always stays in the
journal.

Every projector checks what it needs before it changes anything, so a Conflict leaves
the session as it was and no savepoint is needed per event.

tests/test_projection.py replays a window's whole journal into an empty database and
requires the same read models, so a service and its projector cannot drift apart.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.catalog_io import CatalogDoc, parse_json
from desktop.catalog_store import apply_catalog
from desktop.projection_rows import NewRow, pending, write_pending
from models.accounts import Account
from models.bulk import table_of
from models.cases import Applicant, Case, CaseMaterial, CasePause, CaseStatus
from models.catalog import ServiceItem
from models.journal import JournalEvent
from models.settings import HolidayOverride, HolidayYear


class Conflict(Exception):
    """An event the state of this machine cannot take; kept and shown to supervisors."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


Projector = Callable[[Session, JournalEvent], None]
PROJECTORS: dict[str, Projector] = {}

# Events that only describe (logins, prints, warnings): nothing to rebuild from them.
JOURNAL_ONLY = {
    "setup.completed",
    "login.succeeded",
    "login.failed",
    "login.refused_locked",
    "logout",
    "account.locked",
    "calendar.uncertain",
    "document.printed",
    "document.reprinted",
    "settings.changed",
}


CaseCleanup = Callable[[Session, Case], None]
# What must go before a case is rebuilt from its events (see desktop/sync.replay_case):
# every read-model row that case events create, besides the case and its materials.
CASE_CLEANUPS: list[CaseCleanup] = []


def case_cleanup(fn: CaseCleanup) -> CaseCleanup:
    CASE_CLEANUPS.append(fn)
    return fn


@case_cleanup
def _drop_pauses(session: Session, case: Case) -> None:
    session.execute(delete(CasePause).where(CasePause.case_id == case.id))


# Projectors that take a case or an applicant made earlier in the same batch as a NewRow
# (desktop/projection_rows.py): they only read and set columns.
BULK_SAFE: set[str] = set()


def projects(*kinds: str, bulk: bool = False) -> Callable[[Projector], Projector]:
    def register(fn: Projector) -> Projector:
        for kind in kinds:
            PROJECTORS[kind] = fn
            if bulk:
                BULK_SAFE.add(kind)
        return fn

    return register


# The catalog, the accounts and the holiday table are the hall's: a window takes them
# from the center (its pseudo-window "00"), never from another window, so a window set up
# later with an older sample catalog cannot overwrite what the center published.
CENTRAL_WINDOW = "00"
HALL_WIDE_PREFIXES = ("catalog.", "account.", "holiday.")


def apply_event(
    session: Session, event: JournalEvent, *, hall_wide_from: str | None = CENTRAL_WINDOW
) -> None:
    """Apply one event to this machine's read models (in the caller's transaction).

    ``hall_wide_from=None`` applies hall-wide kinds from any window (a replay of one
    window's own journal).
    """
    if event.kind in JOURNAL_ONLY:
        return
    if (
        hall_wide_from is not None
        and event.kind.startswith(HALL_WIDE_PREFIXES)
        and event.window_code != hall_wide_from
    ):
        return
    projector = PROJECTORS.get(event.kind)
    if projector is None:
        # A newer window may send kinds this version does not know: keep, do not guess.
        return
    if event.kind not in BULK_SAFE:
        write_pending(session)  # this projector works on ORM rows only
    projector(session, event)


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# -- catalog, accounts, calendar ------------------------------------------------------------
@projects("catalog.imported")
def _catalog(session: Session, event: JournalEvent) -> None:
    doc = event.payload.get("catalog")
    if doc is not None:  # older summaries carried counts only
        apply_catalog(session, parse_json_dict(doc))
        _cache(session, "projection.items").clear()


def parse_json_dict(doc: dict[str, Any]) -> CatalogDoc:
    return parse_json(json.dumps(doc, ensure_ascii=False))


@projects("account.created")
def _account_created(session: Session, event: JournalEvent) -> None:
    p = event.payload
    acct = session.scalar(select(Account).where(Account.username == p["username"]))
    if acct is None:
        session.add(
            Account(
                username=p["username"],
                display_name=p["display_name"],
                role=p["role"],
                password_hash=p["password_hash"],
            )
        )


@projects("account.disabled", "account.enabled")
def _account_disabled(session: Session, event: JournalEvent) -> None:
    acct = session.scalar(select(Account).where(Account.username == event.payload["username"]))
    if acct is not None:
        acct.disabled = event.kind == "account.disabled"


@projects("account.password_reset")
def _password_reset(session: Session, event: JournalEvent) -> None:
    p = event.payload
    acct = session.scalar(select(Account).where(Account.username == p["username"]))
    if acct is not None and p.get("password_hash"):
        acct.password_hash = p["password_hash"]
        acct.failed_attempts = 0
        acct.locked_until = None


@projects("holiday.set")
def _holiday_set(session: Session, event: JournalEvent) -> None:
    p = event.payload
    day = date.fromisoformat(p["day"])
    row = session.scalar(select(HolidayOverride).where(HolidayOverride.day == day))
    if row is None:
        session.add(HolidayOverride(day=day, workday=bool(p["workday"]), note=p.get("note", "")))
    else:
        row.workday, row.note = bool(p["workday"]), p.get("note", "")


@projects("holiday.removed")
def _holiday_removed(session: Session, event: JournalEvent) -> None:
    day = date.fromisoformat(event.payload["day"])
    row = session.scalar(select(HolidayOverride).where(HolidayOverride.day == day))
    if row is not None:
        session.delete(row)


@projects("holiday.imported")
def _holiday_imported(session: Session, event: JournalEvent) -> None:
    p = event.payload
    year = int(p["year"])
    for row in session.scalars(
        select(HolidayOverride).where(
            HolidayOverride.day >= date(year, 1, 1), HolidayOverride.day <= date(year, 12, 31)
        )
    ):
        session.delete(row)
    session.flush()
    for d in p["days"]:
        session.add(
            HolidayOverride(
                day=date.fromisoformat(d["day"]), workday=bool(d["workday"]), note=d.get("note", "")
            )
        )
    marked = session.get(HolidayYear, year)
    if p.get("complete") and marked is None:
        session.add(HolidayYear(year=year, note=""))
    elif not p.get("complete") and marked is not None:
        session.delete(marked)


# -- applicants and cases ---------------------------------------------------------------------
@projects("applicant.registered", bulk=True)
def _applicant_registered(session: Session, event: JournalEvent) -> None:
    p = event.payload
    applicant_id = uuid.UUID(p["applicant_id"])
    if _applicant(session, applicant_id) is not None:
        return  # already here, perhaps registered by another window the same day
    values = {
        "id": applicant_id,
        "kind": p["kind"],
        "name": p["name"],
        "id_kind": p["id_kind"],
        "id_number": p["id_number"],
        "phone": p.get("phone", ""),
        "address": p.get("address", ""),
        "created_at": event.occurred_at,
        "updated_at": event.occurred_at,
    }
    _cache(session, APPLICANTS)[applicant_id] = _new(session, Applicant, values, APPLICANTS)


def _new(session: Session, model: type[Any], values: dict[str, Any], cache: str | None) -> Any:
    """A new read-model row: a NewRow within a batch, else an ORM object added to the session."""
    rows = pending(session)
    if rows is None:
        obj = model(**values)
        session.add(obj)
        return obj
    return rows.add(table_of(model), NewRow(table_of(model), values), cache)


def _applicant(session: Session, applicant_id: uuid.UUID) -> Applicant | None:
    """An applicant by id, including one added earlier in this batch and not yet flushed."""
    known = _cache(session, APPLICANTS)
    if applicant_id in known:
        return known[applicant_id]  # type: ignore[no-any-return]
    row = session.get(Applicant, applicant_id)
    known[applicant_id] = row
    return row


@projects("applicant.updated", bulk=True)
def _applicant_updated(session: Session, event: JournalEvent) -> None:
    row = _applicant(session, uuid.UUID(event.payload["applicant_id"]))
    if row is None:
        return
    for field, (_old, new) in event.payload["changes"].items():
        setattr(row, field, new)


def _cache(session: Session, name: str) -> dict[str, Any]:
    """Look-ups kept for one unit of work: a pull applies thousands of events."""
    cache: dict[str, Any] = session.info.setdefault(name, {})
    return cache


APPLICANTS = "projection.applicants"
CASES = "projection.cases"


def forget_case(session: Session, case_no: str) -> None:
    _cache(session, CASES).pop(case_no, None)


def _case(session: Session, case_no: str) -> Case | None:
    cases = _cache(session, CASES)
    if case_no in cases:  # None means known to be absent (see prepare_batch)
        return cases[case_no]  # type: ignore[no-any-return]
    case = session.scalar(select(Case).where(Case.case_no == case_no))
    if case is not None:
        cases[case_no] = case
    return case


def prepare_batch(session: Session, events: Sequence[JournalEvent]) -> None:
    """Load in two queries what a batch of events will look up one by one: the applicants
    and cases they name. Without this every event costs a flush and a round trip."""
    applicant_ids = {
        uuid.UUID(e.payload["applicant_id"]) for e in events if e.kind.startswith("applicant.")
    }
    if applicant_ids:
        cache = _cache(session, APPLICANTS)
        found = {
            a.id: a
            for a in session.scalars(select(Applicant).where(Applicant.id.in_(applicant_ids)))
        }
        for applicant_id in applicant_ids:
            if applicant_id not in cache:
                cache[applicant_id] = found.get(applicant_id)
    case_nos = {e.case_no for e in events if e.case_no}
    if case_nos:
        cases = _cache(session, CASES)
        found = {
            c.case_no: c for c in session.scalars(select(Case).where(Case.case_no.in_(case_nos)))
        }
        for case_no in case_nos:
            cases[case_no] = found.get(case_no)


def _item_id(session: Session, code: str) -> uuid.UUID | None:
    """The catalog item's id by its code; the whole catalog's codes load in one query."""
    items = _cache(session, "projection.items")
    if not items:
        items.update(
            (code, id_) for code, id_ in session.execute(select(ServiceItem.code, ServiceItem.id))
        )
    return items.get(code)  # type: ignore[no-any-return]


def _require_case(session: Session, case_no: str) -> Case:
    case = _case(session, case_no)
    if case is None:
        raise Conflict(
            f"办件 {case_no} 尚未到达本机。", f"Case {case_no} has not reached this machine."
        )
    return case


def _create_case(session: Session, event: JournalEvent, status: CaseStatus) -> Case | None:
    p = event.payload
    if _case(session, p["case_no"]) is not None:
        return None
    item_id = _item_id(session, p["item_code"])
    if item_id is None:
        raise Conflict(
            f"事项 {p['item_code']} 不在本机目录中。",
            f"Item {p['item_code']} is not in this catalog.",
        )
    case_id = uuid.UUID(p["case_id"])
    case_values = {
        "id": case_id,
        "case_no": p["case_no"],
        "item_id": item_id,
        "applicant_id": uuid.UUID(p["applicant_id"]) if p.get("applicant_id") else None,
        "agent_id": uuid.UUID(p["agent_id"]) if p.get("agent_id") else None,
        "window_code": event.window_code,
        "clerk": event.clerk,
        "status": status.value,
        "received_at": _dt(p["received_at"]),
        "notice_deadline": _day(p.get("notice_deadline")),
        "updated_at": event.occurred_at,
    }
    material_values = [
        {
            "position": m["position"],
            "name": m["name"],
            "originals": m["originals"],
            "copies": m["copies"],
            "form": m.get("form", "paper"),
            "required": m["required"],
            "condition": m.get("condition", ""),
            "applies": m["applies"],
            "received_originals": m["received_originals"],
            "received_copies": m["received_copies"],
            "added_by_exception": m.get("added_by_exception", False),
            "case_id": case_id,
        }
        for m in p["materials"]
    ]
    # A Case, or within a batch a NewRow that stands for one (and so its materials).
    case = _new(session, Case, case_values, CASES)
    case.materials = [_new(session, CaseMaterial, m, None) for m in material_values]
    _cache(session, CASES)[case.case_no] = case
    return case  # type: ignore[no-any-return]


@projects("case.accepted", bulk=True)
def _case_accepted(session: Session, event: JournalEvent) -> None:
    p = event.payload
    if p.get("after_notice"):
        case = _require_case(session, p["case_no"])
        if case.status == CaseStatus.ACCEPTED and case.accepted_at == _dt(p["accepted_at"]):
            return  # already applied
        if case.status != CaseStatus.INCOMPLETE:
            raise Conflict(
                f"办件 {case.case_no} 已是「{case.status}」状态，不能再次受理。",
                f"Case {case.case_no} is already {case.status}; it cannot be accepted again.",
            )
        case.status = CaseStatus.ACCEPTED.value
    else:
        case = _create_case(session, event, CaseStatus.ACCEPTED)
        if case is None:
            return
    case.accepted_at = _dt(p["accepted_at"])
    case.due_date = _day(p["due_date"])


@projects("case.notice_issued", bulk=True)
def _case_notice(session: Session, event: JournalEvent) -> None:
    case = _create_case(session, event, CaseStatus.INCOMPLETE)
    if case is not None:
        case.notice_issued_at = _dt(event.payload["notice_issued_at"])


@projects("case.rejected", bulk=True)
def _case_rejected(session: Session, event: JournalEvent) -> None:
    case = _create_case(session, event, CaseStatus.REJECTED)
    if case is not None:
        case.reason = event.payload["reason"]
        case.legal_basis = event.payload["legal_basis"]


@projects("case.supplements_received", bulk=True)
def _supplements(session: Session, event: JournalEvent) -> None:
    case = _require_case(session, event.payload["case_no"])
    if case.status != CaseStatus.INCOMPLETE:
        raise Conflict(
            f"办件 {case.case_no} 已不在待补正状态，补正材料记录未应用。",
            f"Case {case.case_no} no longer waits for materials; the supplement was not applied.",
        )
    by_pos = {m["position"]: m for m in event.payload["materials"]}
    for cm in case.materials:
        m = by_pos.get(cm.position)
        if m is not None:
            cm.received_originals, cm.received_copies = (
                m["received_originals"],
                m["received_copies"],
            )


@projects("notice.exception")
def _notice_exception(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if any(cm.position == p["position"] for cm in case.materials):
        return
    case.materials.append(
        CaseMaterial(
            position=p["position"],
            name=p["material"],
            originals=p["originals"],
            copies=p["copies"],
            form="paper",
            required=True,
            applies=True,
            added_by_exception=True,
        )
    )


@projects("case.finished_on_spot", bulk=True)
def _finished(session: Session, event: JournalEvent) -> None:
    case = _require_case(session, event.payload["case_no"])
    case.status = CaseStatus.COLLECTED.value


@projects("case.paused")
def _paused(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    if session.get(CasePause, event.id) is not None:
        return
    if case.status not in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS):
        raise Conflict(
            f"办件 {case.case_no} 当前为「{case.status}」，不能进入特别程序。",
            f"Case {case.case_no} is {case.status}; it cannot be paused.",
        )
    session.add(
        CasePause(
            id=event.id,
            case_id=case.id,
            procedure=p["procedure"],
            reason=p.get("reason", ""),
            paused_on=date.fromisoformat(p["paused_on"]),
            paused_by=event.clerk,
        )
    )
    case.status = CaseStatus.PAUSED.value


@projects("case.resumed")
def _resumed(session: Session, event: JournalEvent) -> None:
    p = event.payload
    case = _require_case(session, p["case_no"])
    session.flush()
    pause = session.scalar(
        select(CasePause).where(CasePause.case_id == case.id, CasePause.resumed_on.is_(None))
    )
    if pause is None:
        if case.due_date == date.fromisoformat(p["new_due"]):
            return
        raise Conflict(
            f"办件 {case.case_no} 不在特别程序中，恢复记录未应用。",
            f"Case {case.case_no} is not paused; the resumption was not applied.",
        )
    pause.resumed_on = date.fromisoformat(p["resumed_on"])
    pause.resumed_by = event.clerk
    case.due_date = date.fromisoformat(p["new_due"])
    case.status = CaseStatus.IN_PROGRESS.value


# The case life, inquiries and ratings (issue 5) register their projectors here.
from desktop import projection_cases  # noqa: E402,F401

# isort: split
from desktop import projection_fees  # noqa: E402,F401
