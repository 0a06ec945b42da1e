"""The documents of a case: rendered from the database, archived, journalled; and the
case as plain data for ``yichuang case show`` and the screens.

Every intake ends in one clear answer (明确答复制), and each answer has its document:
受理通知书, 一次性告知书 or 不予受理通知书. The first time a case's document of a kind is
produced it is the original; every later one is a reprint (补打), marked as such on the
page. Each is kept as a PDF under ``<data_dir>/archive/YYYY/MM/`` with its SHA-256 in an
ArchivedDocument row and in the journal, written in one unit of work.

Documents are always printed in Chinese, whatever the language of the screen: the
labels below take the Chinese half of each pair directly instead of going through
``pick``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.archive import archive_file, unit_with_files
from desktop.case_numbers import normalise_case_no
from desktop.catalog_view import FORM_LABELS, KIND_LABELS, ItemDetail, item_detail
from desktop.clock import CENTER_TZ, local_day, local_text, now_utc
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.identity import IdKind, mask_id
from desktop.store import Store, WindowIdentity, record
from models.cases import Applicant, ArchivedDocument, Case, CaseMaterial, CaseStatus
from models.catalog import Center, FeeMode, HandlingKind, MaterialForm, ServiceWindow
from models.journal import Event
from models.settings import Setting
from printing import (
    AcceptanceSlip,
    ApplicantInfo,
    FeeSummaryLine,
    ItemDisclosure,
    Letterhead,
    MaterialLine,
    OneTimeNotice,
    RejectionNotice,
    render_acceptance_slip,
    render_one_time_notice,
    render_rejection_notice,
)

DOC_KINDS = ("acceptance", "notice", "rejection")
DOC_TITLES = {
    "acceptance": ("受理通知书", "Acceptance slip"),
    "notice": ("一次性告知书", "One-time notice"),
    "rejection": ("不予受理通知书", "Rejection notice"),
}
ARCHIVE_DIR = "archive"

# Optional settings for the rejection notice's remedies. Where the rule of thumb below
# is wrong (Nanjing, for one, sends administrative suits to a court with centralised
# jurisdiction), an administrator can set the exact names.
REVIEW_BODY_KEY = "documents.review_body"
COURT_KEY = "documents.court"
_CENTER_SUFFIXES = ("行政服务中心", "政务服务中心", "政务服务大厅", "市民中心")

STATUS_LABELS: dict[str, tuple[str, str]] = {
    CaseStatus.DRAFT: ("草稿", "draft"),
    CaseStatus.INCOMPLETE: ("待补正", "waiting for materials"),
    CaseStatus.REJECTED: ("不予受理", "not accepted"),
    CaseStatus.ACCEPTED: ("已受理", "accepted"),
    CaseStatus.IN_PROGRESS: ("办理中", "in progress"),
    CaseStatus.PAUSED: ("特别程序中", "paused (special procedure)"),
    CaseStatus.DECIDED: ("已决定", "decided"),
    CaseStatus.READY: ("待领取", "ready for collection"),
    CaseStatus.COLLECTED: ("已领取", "collected"),
    CaseStatus.MAILED: ("已邮寄", "mailed"),
}

EVENT_LABELS: dict[str, tuple[str, str]] = {
    "case.accepted": ("受理", "accepted"),
    "case.notice_issued": ("出具一次性告知书", "one-time notice issued"),
    "case.rejected": ("不予受理", "not accepted"),
    "case.supplements_received": ("收取补正材料", "supplements received"),
    "case.finished_on_spot": ("当场办结", "finished on the spot"),
    "case.paused": ("进入特别程序", "paused"),
    "case.resumed": ("特别程序结束", "resumed"),
    "notice.exception": ("告知后新增材料（例外）", "requirement added after notice"),
    "calendar.uncertain": ("节假日安排未确认", "holiday calendar uncertain"),
    "document.printed": ("打印文书", "document printed"),
    "document.reprinted": ("补打文书", "document reprinted"),
}

# The statuses a case passes through once it is accepted: its document is the slip.
_ACCEPTED_STATUSES = frozenset(
    {
        CaseStatus.ACCEPTED,
        CaseStatus.IN_PROGRESS,
        CaseStatus.PAUSED,
        CaseStatus.DECIDED,
        CaseStatus.READY,
        CaseStatus.COLLECTED,
        CaseStatus.MAILED,
    }
)


@dataclass(frozen=True)
class PrintedDocument:
    case_no: str
    doc_kind: str  # one of DOC_KINDS
    title: str  # 受理通知书 / 一次性告知书 / 不予受理通知书
    pdf: bytes
    sha256: str
    path: Path  # the archived PDF (absolute)
    reprint: bool


def doc_kind_for(status: str) -> str | None:
    """The document that answers a case in this status; None for a draft (no answer yet)."""
    if status == CaseStatus.INCOMPLETE:
        return "notice"
    if status == CaseStatus.REJECTED:
        return "rejection"
    if status in _ACCEPTED_STATUSES:
        return "acceptance"
    return None


def doc_title(doc_kind: str) -> str:
    """The Chinese title, as printed (documents are Chinese whatever the screen)."""
    return DOC_TITLES[doc_kind][0]


# =======================================================================================
# The case as plain data


@dataclass(frozen=True)
class PartyView:
    """An applicant or agent as the screens show them: the ID number masked."""

    name: str
    kind: str
    id_kind: str
    id_kind_label: str
    id_masked: str
    phone: str


@dataclass(frozen=True)
class MaterialView:
    position: int
    name: str
    originals: int
    copies: int
    form: str
    form_label: str
    required: bool
    condition: str
    applies: bool
    received_originals: int
    received_copies: int
    missing: bool
    added_by_exception: bool


@dataclass(frozen=True)
class DocumentView:
    doc_kind: str
    title: str
    printed_at: datetime
    printed_at_text: str  # local time of the center
    sha256: str
    reprint: bool
    path: str  # relative to the data directory
    clerk: str


@dataclass(frozen=True)
class EventView:
    kind: str
    label: str
    clerk: str
    window: str
    seq: int
    occurred_at: datetime
    occurred_at_text: str  # local time of the center


@dataclass(frozen=True)
class CaseView:
    case_no: str
    status: str
    status_label: str  # Chinese
    status_label_en: str
    item_code: str
    item_name: str
    item_kind: str
    item_kind_label: str
    department: str
    window_code: str
    clerk: str
    applicant: PartyView | None
    agent: PartyView | None
    received_at: datetime
    accepted_at: datetime | None
    due_date: date | None
    notice_deadline: date | None
    notice_issued_at: datetime | None
    reason: str
    legal_basis: str
    materials: tuple[MaterialView, ...]
    documents: tuple[DocumentView, ...]
    events: tuple[EventView, ...]
    printable: tuple[str, ...]  # document kinds that may be produced now

    @property
    def missing(self) -> tuple[MaterialView, ...]:
        return tuple(m for m in self.materials if m.missing)

    def as_json(self) -> dict[str, Any]:
        """Machine-readable: ISO dates, datetimes in the center's time zone."""
        return _jsonable(self)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(CENTER_TZ).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _jsonable(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


def find_case(session: Session, case_no: str) -> Case:
    """The case by number as typed or scanned (spaces, full-width digits, no hyphens)."""
    number = normalise_case_no(case_no) or case_no.strip()
    case = session.scalar(select(Case).where(Case.case_no == number))
    if case is None:
        raise DomainError(
            "case.unknown",
            f"本窗口没有办件 {case_no}。",
            f"This window has no case {case_no}.",
            field="case_no",
        )
    return case


def case_view(store: Store, case_no: str) -> CaseView:
    with store.read() as s:
        case = find_case(s, case_no)
        item = item_detail(s, case.item_id)
        assert item is not None  # a case's item is never deleted, only deactivated
        status_zh, status_en = STATUS_LABELS.get(case.status, (case.status, case.status))
        return CaseView(
            case_no=case.case_no,
            status=case.status,
            status_label=status_zh,
            status_label_en=status_en,
            item_code=item.code,
            item_name=item.name,
            item_kind=item.kind,
            item_kind_label=_kind_zh(item.kind),
            department=item.department,
            window_code=case.window_code,
            clerk=case.clerk,
            applicant=_party_view(s, case.applicant_id),
            agent=_party_view(s, case.agent_id),
            received_at=case.received_at,
            accepted_at=case.accepted_at,
            due_date=case.due_date,
            notice_deadline=case.notice_deadline,
            notice_issued_at=case.notice_issued_at,
            reason=case.reason,
            legal_basis=case.legal_basis,
            materials=tuple(_material_view(cm) for cm in case.materials),
            documents=tuple(_document_view(d) for d in _archived(s, case.case_no)),
            events=tuple(_event_view(e) for e in _case_events(s, case.case_no)),
            printable=_allowed_kinds(s, case),
        )


def _party_view(session: Session, applicant_id: Any) -> PartyView | None:
    if applicant_id is None:
        return None
    row = session.get(Applicant, applicant_id)
    if row is None:
        return None
    return PartyView(
        row.name, row.kind, row.id_kind, _id_kind_zh(row.id_kind), mask_id(row.id_number), row.phone
    )


def _material_view(cm: CaseMaterial) -> MaterialView:
    missing = cm.applies and (
        cm.received_originals < cm.originals or cm.received_copies < cm.copies
    )
    return MaterialView(
        cm.position,
        cm.name,
        cm.originals,
        cm.copies,
        cm.form,
        _form_zh(cm.form),
        cm.required,
        cm.condition,
        cm.applies,
        cm.received_originals,
        cm.received_copies,
        missing,
        cm.added_by_exception,
    )


def _document_view(row: ArchivedDocument) -> DocumentView:
    return DocumentView(
        row.doc_kind,
        DOC_TITLES.get(row.doc_kind, (row.doc_kind, row.doc_kind))[0],
        row.printed_at,
        local_text(row.printed_at),
        row.sha256,
        row.reprint,
        row.path,
        row.clerk,
    )


def _event_view(ev: Event) -> EventView:
    label = EVENT_LABELS.get(ev.kind)
    return EventView(
        ev.kind,
        pick(*label) if label else ev.kind,
        ev.clerk,
        ev.window_code,
        ev.seq,
        ev.occurred_at,
        local_text(ev.occurred_at),
    )


def _archived(
    session: Session, case_no: str, doc_kind: str | None = None
) -> list[ArchivedDocument]:
    stmt = select(ArchivedDocument).where(ArchivedDocument.case_no == case_no)
    if doc_kind is not None:
        stmt = stmt.where(ArchivedDocument.doc_kind == doc_kind)
    return list(session.scalars(stmt.order_by(ArchivedDocument.printed_at)))


def _case_events(session: Session, case_no: str) -> list[Event]:
    # Several windows may have touched the case (pickup at 31); within one window the
    # sequence number, not the clock, is the order.
    stmt = (
        select(Event)
        .where(Event.case_no == case_no)
        .order_by(Event.occurred_at, Event.window_code, Event.seq)
    )
    return list(session.scalars(stmt))


def _kind_zh(kind: str) -> str:
    return KIND_LABELS.get(HandlingKind(kind), (kind, kind))[0]


def _form_zh(form: str) -> str:
    try:
        return FORM_LABELS[MaterialForm(form)][0]
    except ValueError:
        return form


def _id_kind_zh(id_kind: str) -> str:
    try:
        return IdKind(id_kind).label_zh
    except ValueError:
        return id_kind


# =======================================================================================
# Producing a document


def _allowed_kinds(session: Session, case: Case) -> tuple[str, ...]:
    """The status's own document, plus any kind printed before (a reprint of an old
    notice after the case was accepted on the return visit, for instance)."""
    kinds = set()
    current = doc_kind_for(case.status)
    if current:
        kinds.add(current)
    kinds.update(
        session.scalars(
            select(ArchivedDocument.doc_kind).where(
                ArchivedDocument.case_no == case.case_no, ArchivedDocument.reprint.is_(False)
            )
        )
    )
    return tuple(k for k in DOC_KINDS if k in kinds)


def _check_kind(session: Session, case: Case, doc_kind: str | None) -> str:
    if doc_kind is not None and doc_kind not in DOC_KINDS:
        raise DomainError(
            "document.kind",
            f"未知的文书种类：{doc_kind}（可选：{'、'.join(DOC_KINDS)}）。",
            f"Unknown document kind: {doc_kind} (one of {', '.join(DOC_KINDS)}).",
        )
    allowed = _allowed_kinds(session, case)
    chosen = doc_kind or doc_kind_for(case.status)
    if chosen is None:
        raise DomainError(
            "document.draft",
            f"办件 {case.case_no} 还是草稿，尚未作出答复，没有可打印的文书。",
            f"Case {case.case_no} is a draft with no answer yet; there is no document to print.",
        )
    if chosen not in allowed:
        status_zh, status_en = STATUS_LABELS.get(case.status, (case.status, case.status))
        title_zh, title_en = DOC_TITLES[chosen]
        raise DomainError(
            "document.status",
            f"办件 {case.case_no} 的状态是“{status_zh}”，不能出具{title_zh}，"
            f"也没有打印过可补打的{title_zh}。",
            f"Case {case.case_no} is {status_en}: it has no {title_en.lower()} to print "
            "and none was printed before.",
        )
    return chosen


@dataclass(frozen=True)
class _Context:
    """What every document of one case shares, read in the producing unit of work."""

    case: Case
    item: ItemDetail
    letterhead: Letterhead
    applicant: ApplicantInfo
    disclosure: ItemDisclosure
    center_name: str


def produce_document(
    store: Store,
    case_no: str,
    op: Operator,
    doc_kind: str | None = None,
    *,
    now: datetime | None = None,
) -> PrintedDocument:
    """Render, archive and journal a case's document; a reprint (补打) if printed before.

    Everything happens in one write transaction, rendering included (a few tens of
    milliseconds): the reprint number is then taken under the write lock, so two
    prints at once can never both be "the original". The file is in place before the
    row commits, and removed again if the commit fails, so no row points at nothing.
    """
    now = now or now_utc()
    ident = store.require_identity()
    with unit_with_files(store) as s:
        case = find_case(s, case_no)
        kind = _check_kind(s, case, doc_kind)
        previous = _archived(s, case.case_no, kind)
        original = next((d for d in previous if not d.reprint), None)
        reprint_of = local_day(original.printed_at) if original else None
        ctx = _context(s, ident, case, op, now)
        pdf = _render(s, kind, ctx, reprint_of)
        digest = hashlib.sha256(pdf).hexdigest()
        reprint_no = sum(1 for d in previous if d.reprint) + 1 if original else 0
        relative = archive_relpath(case.case_no, kind, local_day(now), reprint_no)
        written = archive_file(s, store.data_dir / relative, pdf)
        _record_archive(s, ident, case.case_no, kind, relative, digest, op, now, reprint_no)
    return PrintedDocument(
        case_no=case.case_no,
        doc_kind=kind,
        title=doc_title(kind),
        pdf=pdf,
        sha256=digest,
        path=written.resolve(),
        reprint=original is not None,
    )


def archive_relpath(case_no: str, doc_kind: str, day: date, reprint_no: int = 0) -> Path:
    """archive/YYYY/MM/<case_no>-<kind>.pdf, or …-<kind>-reprint-<n>.pdf for the n-th reprint."""
    suffix = f"-reprint-{reprint_no}" if reprint_no else ""
    return Path(ARCHIVE_DIR, f"{day:%Y}", f"{day:%m}", f"{case_no}-{doc_kind}{suffix}.pdf")


def _record_archive(
    session: Session,
    ident: WindowIdentity,
    case_no: str,
    kind: str,
    relative: Path,
    digest: str,
    op: Operator,
    now: datetime,
    reprint_no: int,
) -> None:
    path_text = relative.as_posix()
    session.add(
        ArchivedDocument(
            case_no=case_no,
            doc_kind=kind,
            path=path_text,
            sha256=digest,
            printed_at=now,
            clerk=op.username,
            reprint=reprint_no > 0,
        )
    )
    payload: dict[str, Any] = {
        "case_no": case_no,
        "doc_kind": kind,
        "sha256": digest,
        "path": path_text,
    }
    if reprint_no:
        payload["reprint_no"] = reprint_no
    event_kind = "document.reprinted" if reprint_no else "document.printed"
    record(session, ident, event_kind, payload, clerk=op.username, case_no=case_no)
    session.flush()


# -- the shared parts ----------------------------------------------------------------------


def _context(
    session: Session, ident: WindowIdentity, case: Case, op: Operator, now: datetime
) -> _Context:
    item = item_detail(session, case.item_id)
    assert item is not None
    center_name = _setting(session, "center_name") or ident.center_name
    return _Context(
        case=case,
        item=item,
        letterhead=_letterhead(session, ident, center_name, op, now),
        applicant=_applicant_info(session, case),
        disclosure=_disclosure(item),
        center_name=center_name,
    )


def _setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return None if row is None else row.value


def _letterhead(
    session: Session, ident: WindowIdentity, center_name: str, op: Operator, now: datetime
) -> Letterhead:
    center = session.scalars(select(Center).order_by(Center.code).limit(1)).one_or_none()
    window = session.scalar(select(ServiceWindow).where(ServiceWindow.code == ident.window_code))
    return Letterhead(
        center_name=center_name,
        window_code=ident.window_code,
        window_name=_window_name(ident.window_code, window.name if window else ""),
        clerk_name=op.display_name,
        printed_at=now.astimezone(CENTER_TZ),
        contact_phone=center.phone if center else "",
        address=center.address if center else "",
    )


def _window_name(code: str, name: str) -> str:
    """The window's own name, or "" when it is only the default "03 号窗口".

    The letterhead prints "03号窗口（name）"; the default name would say it twice.
    """
    bare = name.replace(" ", "")
    return "" if bare in ("", f"{code}号窗口", f"{int(code)}号窗口") else name


def _applicant_info(session: Session, case: Case) -> ApplicantInfo:
    applicant = session.get(Applicant, case.applicant_id) if case.applicant_id else None
    agent = session.get(Applicant, case.agent_id) if case.agent_id else None
    return ApplicantInfo(
        name=applicant.name if applicant else "",
        id_kind_label=_id_kind_zh(applicant.id_kind) if applicant else "",
        id_number_masked=mask_id(applicant.id_number) if applicant else "",
        phone=mask_phone(applicant.phone) if applicant else "",
        agent_name=agent.name if agent else "",
        agent_id_masked=mask_id(agent.id_number) if agent else "",
    )


def mask_phone(phone: str) -> str:
    """A mobile number as 138****5678: the slip travels with the applicant, and the
    window has the full number in its database. Landlines are public; kept whole."""
    if len(phone) == 11 and phone.isdigit() and phone.startswith("1"):
        return phone[:3] + "****" + phone[7:]
    return phone


def _disclosure(item: ItemDetail) -> ItemDisclosure:
    return ItemDisclosure(
        code=item.code,
        name=item.name,
        department=item.department,
        kind_label=_kind_zh(item.kind),
        content=item.content,
        result=item.result,
        steps=item.steps,
        legal_basis=item.legal_basis,
        committed_days=item.committed_days,
        legal_days=item.legal_days,
        fees=_fee_lines(item),
        pickup=item.pickup,
        materials=tuple(
            MaterialLine(
                name=m.name,
                originals=m.originals,
                copies=m.copies,
                form_label=_form_zh(m.form),
                condition="" if m.required else m.condition,
                notes=_join(m.source, m.notes),
            )
            for m in item.materials
        ),
    )


def _fee_lines(item: ItemDetail) -> tuple[FeeSummaryLine, ...]:
    """The published fee lines as printed; a basis repeated from the line above is
    printed as 同上, as on paper forms (the bases run to several lines each and would
    otherwise push the slip's signatures onto a second page)."""
    lines: list[FeeSummaryLine] = []
    previous = None
    for fee in item.fees:
        basis = "同上" if fee.basis and fee.basis == previous else fee.basis
        previous = fee.basis
        lines.append(FeeSummaryLine(_fee_name(fee.name, fee.mode, fee.unit), fee.amount_fen, basis))
    return tuple(lines)


def _fee_name(name: str, mode: str, unit: str) -> str:
    """A rate line's amount depends on a quantity measured later (挖掘面积): its 金额 is
    the rate per unit, and it stays out of the slip's total. The name says both."""
    if mode == FeeMode.RATE:
        per = f"按{unit}计收" if unit else "按量计收"
        return f"{name}（{per}，不计入合计）"
    return name


def _fixed_total(item: ItemDetail) -> int:
    return sum(f.amount_fen for f in item.fees if f.mode != FeeMode.RATE)


def _join(*parts: str) -> str:
    return "；".join(p for p in parts if p)


# -- the three documents ---------------------------------------------------------------------


def _render(session: Session, kind: str, ctx: _Context, reprint_of: date | None) -> bytes:
    renderers: dict[str, Callable[[Session, _Context, date | None], bytes]] = {
        "acceptance": _render_acceptance,
        "notice": _render_notice,
        "rejection": _render_rejection,
    }
    try:
        return renderers[kind](session, ctx, reprint_of)
    except ValueError as exc:
        # The renderers refuse documents that would say nothing (a notice with nothing
        # missing, a refusal without reasons); the data behind them is then wrong.
        raise DomainError(
            "document.empty",
            f"办件 {ctx.case.case_no} 的{doc_title(kind)}缺少必要内容，无法打印：{exc}",
            f"The {DOC_TITLES[kind][1].lower()} of case {ctx.case.case_no} lacks content "
            f"and cannot be printed: {exc}",
        ) from exc


def _render_acceptance(session: Session, ctx: _Context, reprint_of: date | None) -> bytes:
    case, item = ctx.case, ctx.item
    assert case.accepted_at is not None
    immediate = item.kind == HandlingKind.IMMEDIATE
    slip = AcceptanceSlip(
        letterhead=ctx.letterhead,
        case_no=case.case_no,
        applicant=ctx.applicant,
        item=ctx.disclosure,
        accepted_at=case.accepted_at.astimezone(CENTER_TZ),
        due_date=None if immediate else case.due_date,
        materials_received=tuple(
            _received_line(cm)
            for cm in case.materials
            if cm.applies and (cm.received_originals or cm.received_copies)
        ),
        pickup=item.pickup,
        fee_total_fen=_fixed_total(item),
        reprint_of=reprint_of,
    )
    return render_acceptance_slip(slip)


def _received_line(cm: CaseMaterial) -> MaterialLine:
    # The catalog's notes tell how to prepare a material; once it is in hand they are
    # noise on the slip (and push the signatures onto a second page). Only what is
    # particular to this case goes in the 备注 column.
    note = "告知后经负责人批准补充" if cm.added_by_exception else ""
    return MaterialLine(
        name=cm.name,
        originals=cm.originals,
        copies=cm.copies,
        form_label=_form_zh(cm.form),
        condition=cm.condition if not cm.required else "",
        received_originals=cm.received_originals,
        received_copies=cm.received_copies,
        notes=note,
    )


def _notes_by_name(item: ItemDetail) -> dict[str, str]:
    return {m.name: m.notes for m in item.materials}


@dataclass(frozen=True)
class _Snapshot:
    """One material as it stood when the notice was issued."""

    position: int
    name: str
    originals: int
    copies: int
    applies: bool
    received_originals: int
    received_copies: int

    @property
    def missing(self) -> bool:
        return self.applies and (
            self.received_originals < self.originals or self.received_copies < self.copies
        )

    @property
    def received_any(self) -> bool:
        return self.received_originals > 0 or self.received_copies > 0


def _notice_snapshot(session: Session, case: Case) -> list[_Snapshot]:
    """The materials as they stood when the notice was issued (from its journal event).

    A reprint must say what the original said, even after the applicant brought some
    of it back; and a requirement added later by exception was never on the notice.
    Without the event (not expected) the case's current list stands in.
    """
    event = session.scalars(
        select(Event)
        .where(Event.case_no == case.case_no, Event.kind == "case.notice_issued")
        .order_by(Event.occurred_at)
        .limit(1)
    ).first()
    rows = (event.payload.get("materials") if event else None) or [
        {
            "position": cm.position,
            "name": cm.name,
            "originals": cm.originals,
            "copies": cm.copies,
            "applies": cm.applies,
            "received_originals": cm.received_originals,
            "received_copies": cm.received_copies,
        }
        for cm in case.materials
        if not cm.added_by_exception
    ]
    return [
        _Snapshot(
            int(r["position"]),
            str(r["name"]),
            int(r["originals"]),
            int(r["copies"]),
            bool(r["applies"]),
            int(r["received_originals"]),
            int(r["received_copies"]),
        )
        for r in rows
    ]


def _render_notice(session: Session, ctx: _Context, reprint_of: date | None) -> bytes:
    case = ctx.case
    frozen = {cm.position: cm for cm in case.materials}
    notes = _notes_by_name(ctx.item)
    snapshot = _notice_snapshot(session, case)
    notice = OneTimeNotice(
        letterhead=ctx.letterhead,
        case_no=case.case_no,
        applicant=ctx.applicant,
        item=ctx.disclosure,
        received_at=case.received_at.astimezone(CENTER_TZ),
        missing=tuple(
            _missing_line(m, frozen.get(m.position), notes) for m in snapshot if m.missing
        ),
        received=tuple(
            _snapshot_line(m, frozen.get(m.position), notes.get(m.name, ""))
            for m in snapshot
            if m.received_any
        ),
        reprint_of=reprint_of,
    )
    return render_one_time_notice(notice)


def _snapshot_line(m: _Snapshot, cm: CaseMaterial | None, notes: str) -> MaterialLine:
    conditional = cm is not None and not cm.required
    return MaterialLine(
        name=m.name,
        originals=m.originals,
        copies=m.copies,
        form_label=_form_zh(cm.form) if cm else "",
        condition=cm.condition if conditional and cm else "",
        received_originals=m.received_originals,
        received_copies=m.received_copies,
        notes=notes,
    )


def _missing_line(m: _Snapshot, cm: CaseMaterial | None, notes: dict[str, str]) -> MaterialLine:
    """A missing material; when part of it was handed in, the note says what is still owed."""
    owed = []
    if m.received_any:
        if m.received_originals < m.originals:
            owed.append(f"原件{m.originals - m.received_originals}份")
        if m.received_copies < m.copies:
            owed.append(f"复印件{m.copies - m.received_copies}份")
    still = f"已收部分，尚缺{'、'.join(owed)}" if owed else ""
    return _snapshot_line(m, cm, _join(still, notes.get(m.name, "")))


def _render_rejection(session: Session, ctx: _Context, reprint_of: date | None) -> bytes:
    case = ctx.case
    review_body, court = remedy_bodies(
        ctx.center_name, _setting(session, REVIEW_BODY_KEY), _setting(session, COURT_KEY)
    )
    notice = RejectionNotice(
        letterhead=ctx.letterhead,
        case_no=case.case_no,
        applicant=ctx.applicant,
        item=ctx.disclosure,
        received_at=case.received_at.astimezone(CENTER_TZ),
        reason=case.reason,
        legal_basis=case.legal_basis,
        review_body=review_body,
        court=court,
        reprint_of=reprint_of,
    )
    return render_rejection_notice(notice)


def remedy_bodies(
    center_name: str, review_override: Any = None, court_override: Any = None
) -> tuple[str, str]:
    """Where to seek review (复议) and sue (诉讼): the county's government and court.

    Since the 2023 Administrative Reconsideration Law, review of a county department's
    act goes to the county government: 南京市溧水区行政服务中心 → 南京市溧水区人民政府,
    南京市溧水区人民法院. Settings override either where local rules differ.
    """
    base = center_name.strip()
    for suffix in _CENTER_SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    review = str(review_override).strip() if review_override else f"{base}人民政府"
    court = str(court_override).strip() if court_override else f"{base}人民法院"
    return review, court


def archived_count(store: Store, case_no: str, doc_kind: str | None = None) -> int:
    """How many PDFs of a case (of a kind) are in the archive; for screens and tests."""
    with store.read() as s:
        stmt = select(func.count()).select_from(ArchivedDocument)
        stmt = stmt.where(ArchivedDocument.case_no == case_no)
        if doc_kind:
            stmt = stmt.where(ArchivedDocument.doc_kind == doc_kind)
        return int(s.scalar(stmt) or 0)
