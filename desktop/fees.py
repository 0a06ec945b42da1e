"""统一扎口收费: charging only the published fees, receipts that never skip, voids.

What can be charged comes from the item's published fee lines (收费公示) and nothing
else: the clerk picks lines by their position and says how many units; the amounts,
units and bases are taken from the catalog, never from what was typed. A waiver or
reduction is possible only on a line published as waivable, with a policy chosen from
the list and a reason. Not even a supervisor can charge anything else.

A payment is one unit of work: the receipt number (taken from its sequence in the same
transaction, so a crash or a rollback gives it back: numbers never skip and never
repeat), the payment and its lines, the journal event, and the receipt PDF with its
archive row and hash, all commit together or not at all.

Voids and refunds need a supervisor's password and a reason; the payment stays as it
was, a PaymentVoid row and a void slip are added, and the day reports count both.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.accounts import Operator, verify_password
from desktop.archive import archive_file, unit_with_files
from desktop.case_documents import PrintedDocument, find_case
from desktop.case_numbers import next_number
from desktop.clock import CENTER_TZ, local_day, local_text, now_utc
from desktop.errors import DomainError
from desktop.i18n import pick
from desktop.money import (
    MAX_TYPED_FEN,
    fen_capital,
    format_fen,
    parse_quantity,
    parse_yuan,
    quantity_text,
    times_rate,
)
from desktop.store import Store, WindowIdentity, record
from models.accounts import Account, Role
from models.base import new_id
from models.cases import Applicant, Case, CaseStatus, Payment, PaymentLine
from models.catalog import Center, FeeMode, ItemFee, ServiceItem, ServiceWindow
from models.fees import CashierDay, DayClosing, FeeDocument, PaymentVoid
from models.settings import Setting
from printing.documents import Letterhead
from printing.receipt import Receipt, ReceiptLine, render_receipt
from printing.void_slip import VoidSlip, render_void_slip

# -- constants --------------------------------------------------------------------------------
METHODS: dict[str, tuple[str, str]] = {
    "cash": ("现金", "cash"),
    "card": ("银行卡", "bank card"),
    "mobile": ("移动支付", "mobile payment"),
}
VOID_KINDS: dict[str, tuple[str, str]] = {"void": ("作废", "void"), "refund": ("退费", "refund")}
PAPERS = ("a4", "a5", "roll80")
PAPER_KEY = "fees.receipt_paper"
DEFAULT_PAPER = "a4"  # every window has an A4 printer; two copies, cut apart
RECEIPT_RE = re.compile(r"^(\d{6})-(\d{2})-(\d{4})-(\d{6})$")
RECEIPT_LIMIT = 999_999
MAX_PAYMENT_FEN = MAX_TYPED_FEN
# Counted units (本, 副, 证) above this are a typing slip; rates (平方米) get more room.
MAX_UNITS = 999
MAX_RATE_QUANTITY = 100_000
# A banknote or two over the total is normal; a thousand yuan of change is a typo
# (10000 typed for 100) that would empty the drawer.
MAX_CHANGE_FEN = 1000 * 100
MIN_REASON = 4
FEE_ARCHIVE_DIR = Path("archive")
# Cases that have no accepted application yet, or were refused: nothing may be charged.
UNCHARGEABLE = {
    CaseStatus.DRAFT.value: ("尚未受理（草稿）", "not yet accepted (draft)"),
    CaseStatus.INCOMPLETE.value: ("材料不齐、尚未受理", "materials incomplete, not accepted"),
    CaseStatus.REJECTED.value: ("不予受理", "not accepted"),
}


@dataclass(frozen=True)
class WaiverPolicy:
    code: str
    name_zh: str
    name_en: str
    basis: str

    @property
    def label(self) -> str:
        return pick(self.name_zh, self.name_en)


# The usual grounds for 减免 at a county hall. The line's own basis says whether it
# applies; the policy and the clerk's reason are printed on the receipt and journalled.
WAIVER_POLICIES: tuple[WaiverPolicy, ...] = (
    WaiverPolicy(
        "small_micro",
        "小微企业（含个体工商户）免征",
        "small and micro enterprises (incl. sole traders) exempt",
        "《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）",
    ),
    WaiverPolicy(
        "hardship",
        "城乡低保对象、特困人员等困难群众减免",
        "recipients of subsistence allowance or extreme-poverty support",
        "收费项目所依据文件中的困难群众减免规定",
    ),
    WaiverPolicy(
        "disaster",
        "因自然灾害等不可抗力损毁补领减免",
        "replacement after a natural disaster or other force majeure",
        "收费项目所依据文件中的灾害减免规定",
    ),
    WaiverPolicy(
        "other",
        "其他依法减免（理由中写明文件）",
        "other waiver provided by law (name the document in the reason)",
        "",
    ),
)
POLICIES_BY_CODE = {p.code: p for p in WAIVER_POLICIES}

# -- crash hook ---------------------------------------------------------------------------------
# Steps of a payment, in order. tests/test_receipt_crash.py kills a subprocess at each
# one and checks that receipt numbers neither skip nor repeat.
COLLECT_STEPS = (
    "begin",
    "checked",
    "numbered",
    "payment_added",
    "flushed",
    "journaled",
    "rendered",
    "file_written",
    "archived",
    "before_commit",
    "committed",
)
Checkpoint = Callable[[str], None]
CHECKPOINT: Checkpoint | None = None


def _step(name: str) -> None:
    if CHECKPOINT is not None:
        CHECKPOINT(name)


# -- errors -------------------------------------------------------------------------------------
class FeeInvalid(DomainError):
    """Several field problems at once, so the form can mark every one of them."""

    def __init__(self, problems: list[DomainError]) -> None:
        first = problems[0]
        super().__init__(first.code, first.zh, first.en, field=first.field)
        self.problems = problems


def _raise_all(problems: list[DomainError]) -> None:
    if problems:
        raise FeeInvalid(problems)


# -- plain data ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChargeableLine:
    """One published fee line of an item (收费标准及依据)."""

    position: int
    name: str
    mode: str  # fixed | rate
    unit_fen: int
    unit: str
    basis: str
    waivable: bool

    @property
    def rate(self) -> bool:
        return self.mode == FeeMode.RATE

    @property
    def price_text(self) -> str:
        per = f"/{self.unit}" if self.unit else ""
        if self.rate:
            return pick(
                f"{format_fen(self.unit_fen)}{per}（按量计收）",
                f"{format_fen(self.unit_fen)}{per} (by quantity)",
            )
        return f"{format_fen(self.unit_fen)}{per}"


@dataclass(frozen=True)
class Waiver:
    """减免 on one line: a policy code, the reason, and the amount ("" = all of it)."""

    policy: str
    reason: str
    amount: str = ""


@dataclass(frozen=True)
class ChargeInput:
    position: int  # the published line's position
    quantity: str = "1"
    waiver: Waiver | None = None


@dataclass(frozen=True)
class PaymentInput:
    case_no: str
    lines: tuple[ChargeInput, ...]
    method: str
    payer: str
    tendered: str = ""  # cash: what the payer handed over
    reference: str = ""  # card: 参考号; mobile: 交易单号


@dataclass(frozen=True)
class PricedLine:
    fee: ChargeableLine
    quantity_milli: int
    gross_fen: int
    waived_fen: int
    waiver_policy: str
    waiver_reason: str

    @property
    def amount_fen(self) -> int:
        return self.gross_fen - self.waived_fen

    @property
    def quantity_text(self) -> str:
        return quantity_text(self.quantity_milli)


@dataclass(frozen=True)
class Quote:
    """What a payment would come to: shown while the clerk fills the form."""

    lines: tuple[PricedLine, ...]
    total_fen: int
    total_capital: str
    change_fen: int | None = None


@dataclass(frozen=True)
class LineView:
    position: int
    fee_position: int
    name: str
    mode: str
    basis: str
    quantity_milli: int
    unit: str
    unit_fen: int
    gross_fen: int
    waived_fen: int
    waiver_policy: str
    waiver_reason: str
    amount_fen: int

    @property
    def quantity_text(self) -> str:
        return quantity_text(self.quantity_milli)


@dataclass(frozen=True)
class VoidView:
    kind: str
    kind_label: str
    amount_fen: int
    method: str
    reference: str
    window_code: str
    clerk: str
    supervisor: str
    reason: str
    voided_at: datetime
    day: date
    supervisor_name: str = ""  # the display name, where this machine knows the account


@dataclass(frozen=True)
class PaymentView:
    id: uuid.UUID
    receipt_no: str
    case_no: str
    item_name: str
    window_code: str
    clerk: str
    clerk_name: str
    day: date
    paid_at: datetime
    method: str
    method_label: str
    reference: str
    tendered_fen: int | None
    change_fen: int | None
    payer: str
    total_fen: int
    lines: tuple[LineView, ...]
    void: VoidView | None

    @property
    def voided(self) -> bool:
        return self.void is not None

    @property
    def total_capital(self) -> str:
        return fen_capital(self.total_fen)

    @property
    def paid_at_text(self) -> str:
        return local_text(self.paid_at)


@dataclass(frozen=True)
class CollectResult:
    payment: PaymentView
    receipt: PrintedDocument


@dataclass(frozen=True)
class VoidResult:
    payment: PaymentView
    slip: PrintedDocument


@dataclass(frozen=True)
class CaseFees:
    """The fees of a case, for the case view: what is published, paid and still open."""

    case_no: str
    item_code: str
    item_name: str
    status: str
    lines: tuple[ChargeableLine, ...]
    payments: tuple[PaymentView, ...]
    paid_fen: int  # net of voids and refunds
    settled: frozenset[int]  # positions charged in a payment that still stands
    outstanding: tuple[ChargeableLine, ...]
    # The fixed lines not yet charged, one unit each: what the acceptance slip announced
    # less what has been charged. Rate lines depend on a quantity and are not in it.
    due_fen: int
    blocked_zh: str = ""
    blocked_en: str = ""
    applicant_name: str = ""  # the payer, unless someone else pays

    @property
    def no_fee(self) -> bool:
        """不收费: the item publishes no fee line."""
        return not self.lines

    @property
    def can_collect(self) -> bool:
        return bool(self.lines) and not self.blocked_zh

    @property
    def blocked(self) -> str:
        return pick(self.blocked_zh, self.blocked_en)


# -- receipt numbers -----------------------------------------------------------------------------
def receipt_counter_key(window_code: str, year: int) -> str:
    return f"receipt:{window_code}:{year}"


def format_receipt_no(center_code: str, window_code: str, year: int, n: int) -> str:
    return f"{center_code}-{window_code}-{year}-{n:06d}"


def next_receipt_no(session: Session, ident: WindowIdentity, day: date) -> tuple[str, int]:
    """The next receipt number of this window and year, in the payment's transaction."""
    n = next_number(session, receipt_counter_key(ident.window_code, day.year))
    if n > RECEIPT_LIMIT:
        raise DomainError(
            "receipt.exhausted",
            f"本窗口 {day.year} 年的收据号已用完。",
            f"This window has used every receipt number of {day.year}.",
        )
    return format_receipt_no(ident.center_code, ident.window_code, day.year, n), n


def normalise_receipt_no(text: str) -> str | None:
    """What a scanner or a person types: spaces, full-width digits, missing hyphens."""
    raw = (
        unicodedata.normalize("NFKC", text)
        .strip()
        .replace(" ", "")
        .replace("—", "-")
        .replace("_", "-")
    )
    if RECEIPT_RE.match(raw):
        return raw
    digits = raw.replace("-", "")
    if digits.isdigit() and len(digits) == 18:
        return f"{digits[:6]}-{digits[6:8]}-{digits[8:12]}-{digits[12:]}"
    return None


# -- what can be charged -----------------------------------------------------------------------
def _lines_of(item: ServiceItem) -> tuple[ChargeableLine, ...]:
    return tuple(_chargeable(f) for f in item.fees)


def _chargeable(fee: ItemFee) -> ChargeableLine:
    return ChargeableLine(
        fee.position, fee.name, fee.mode, fee.amount_fen, fee.unit, fee.basis, fee.waivable
    )


def _blocked(case: Case) -> tuple[str, str]:
    why = UNCHARGEABLE.get(case.status)
    if why is None:
        return "", ""
    return (
        f"办件 {case.case_no} {why[0]}，不能收费。",
        f"Case {case.case_no} is {why[1]}; no fee can be charged.",
    )


def price_lines(
    published: tuple[ChargeableLine, ...], charges: tuple[ChargeInput, ...]
) -> tuple[PricedLine, ...]:
    """Price the chosen lines from the published ones; every problem is reported at once.

    Only published positions can be charged, each at most once per payment; amounts and
    units come from the catalog. A waiver needs a waivable line, a known policy, a
    reason and an amount no larger than the line.
    """
    if not published:
        raise DomainError(
            "fee.none",
            "该事项不收费。",
            "This item has no fee (不收费).",
            field="lines",
        )
    if not charges:
        raise FeeInvalid(
            [
                DomainError(
                    "fee.nothing",
                    "请选择要收取的收费项目。",
                    "Choose the fee lines to charge.",
                    field="lines",
                )
            ]
        )
    by_position = {line.position: line for line in published}
    problems: list[DomainError] = []
    seen: set[int] = set()
    priced: list[PricedLine] = []
    for charge in charges:
        fee = by_position.get(charge.position)
        if fee is None:
            problems.append(
                DomainError(
                    "fee.unpublished",
                    f"第 {charge.position} 项不是该事项公示的收费项目：只能收取公示的收费。",
                    f"Line {charge.position} is not a published fee of this item: only "
                    "published fees can be charged.",
                    field="lines",
                )
            )
            continue
        if charge.position in seen:
            problems.append(
                DomainError(
                    "fee.twice",
                    f"「{fee.name}」在本次收费中出现两次，请改为填写数量。",
                    f"'{fee.name}' appears twice; enter a quantity instead.",
                    field=f"line_{fee.position}_quantity",
                )
            )
            continue
        seen.add(charge.position)
        try:
            milli = parse_quantity(
                charge.quantity,
                whole=not fee.rate,
                max_quantity=MAX_RATE_QUANTITY if fee.rate else MAX_UNITS,
                field=f"line_{fee.position}_quantity",
            )
        except DomainError as err:
            problems.append(err)
            continue
        gross = times_rate(fee.unit_fen, milli)
        waived, policy, reason = 0, "", ""
        if charge.waiver is not None:
            try:
                waived, policy, reason = _check_waiver(fee, charge.waiver, gross)
            except FeeInvalid as err:
                problems += err.problems
                continue
        priced.append(PricedLine(fee, milli, gross, waived, policy, reason))
    _raise_all(problems)
    total = sum(p.amount_fen for p in priced)
    if total > MAX_PAYMENT_FEN:
        raise FeeInvalid(
            [
                DomainError(
                    "fee.absurd",
                    f"合计 {format_fen(total)} 超出合理范围，请核对数量。",
                    f"The total {format_fen(total)} is beyond any plausible fee; check the quantities.",
                    field="lines",
                )
            ]
        )
    return tuple(priced)


def _check_waiver(fee: ChargeableLine, waiver: Waiver, gross: int) -> tuple[int, str, str]:
    problems: list[DomainError] = []
    prefix = f"line_{fee.position}_waiver"
    if not fee.waivable:
        raise FeeInvalid(
            [
                DomainError(
                    "waiver.not_allowed",
                    f"「{fee.name}」按公示标准不可减免。",
                    f"'{fee.name}' may not be waived under its published terms.",
                    field=prefix,
                )
            ]
        )
    policy = POLICIES_BY_CODE.get(waiver.policy)
    if policy is None:
        problems.append(
            DomainError(
                "waiver.policy",
                "请选择减免政策。",
                "Choose the waiver policy.",
                field=f"{prefix}_policy",
            )
        )
    reason = waiver.reason.strip()
    if len(reason) < MIN_REASON:
        problems.append(
            DomainError(
                "waiver.reason",
                f"请写明减免理由（不少于 {MIN_REASON} 个字）。",
                f"Write the reason for the waiver ({MIN_REASON} characters at least).",
                field=f"{prefix}_reason",
            )
        )
    waived = gross
    if waiver.amount.strip():
        try:
            waived = parse_yuan(waiver.amount, field=f"{prefix}_amount")
        except DomainError as err:
            problems.append(err)
        else:
            if waived > gross:
                problems.append(
                    DomainError(
                        "waiver.too_much",
                        f"减免金额 {format_fen(waived)} 超过该项应收 {format_fen(gross)}。",
                        f"The waiver {format_fen(waived)} exceeds the line's {format_fen(gross)}.",
                        field=f"{prefix}_amount",
                    )
                )
    _raise_all(problems)
    assert policy is not None
    return waived, policy.code, reason


def _check_payment(
    inp: PaymentInput, total: int | None
) -> tuple[str, str, int | None, int | None, str]:
    """Method, payer, tendered/change and reference; returns the cleaned values.

    ``total`` is None when the lines themselves are wrong: the rest is still checked, so
    the clerk hears about every field at once.
    """
    problems: list[DomainError] = []
    payer = " ".join(inp.payer.split())
    if not payer:
        problems.append(
            DomainError("payment.payer", "请填写缴款人。", "Enter the payer.", field="payer")
        )
    elif len(payer) > 100:
        problems.append(
            DomainError(
                "payment.payer_long",
                "缴款人名称不超过 100 个字。",
                "The payer's name is at most 100 characters.",
                field="payer",
            )
        )
    method = inp.method
    tendered: int | None = None
    change: int | None = None
    reference = ""
    if method not in METHODS:
        problems.append(
            DomainError(
                "payment.method",
                "请选择缴费方式（现金、银行卡或移动支付）。",
                "Choose how it is paid (cash, bank card or mobile payment).",
                field="method",
            )
        )
    elif method == "cash":
        try:
            tendered = (
                0
                if total == 0 and not inp.tendered.strip()
                else parse_yuan(inp.tendered, field="tendered", allow_zero=total == 0)
            )
        except DomainError as err:
            problems.append(err)
        else:
            if total is None:
                pass
            elif tendered < total:
                problems.append(
                    DomainError(
                        "payment.short",
                        f"实收 {format_fen(tendered)} 少于应收 {format_fen(total)}，"
                        f"还差 {format_fen(total - tendered)}。",
                        f"Tendered {format_fen(tendered)} is less than the total "
                        f"{format_fen(total)}: {format_fen(total - tendered)} short.",
                        field="tendered",
                    )
                )
            elif tendered - total > MAX_CHANGE_FEN:
                problems.append(
                    DomainError(
                        "payment.change_absurd",
                        f"找零 {format_fen(tendered - total)} 超过 {format_fen(MAX_CHANGE_FEN)}，请核对实收金额。",
                        f"Change of {format_fen(tendered - total)} is over "
                        f"{format_fen(MAX_CHANGE_FEN)}; check the amount tendered.",
                        field="tendered",
                    )
                )
            else:
                change = tendered - total
    else:
        reference = unicodedata.normalize("NFKC", inp.reference).strip().replace(" ", "")
        what_zh, what_en = (
            ("银行卡签购单上的参考号", "the reference number on the card slip")
            if method == "card"
            else ("移动支付的交易单号", "the mobile payment's transaction number")
        )
        if not reference:
            problems.append(
                DomainError(
                    "payment.reference",
                    f"请填写{what_zh}。",
                    f"Enter {what_en}.",
                    field="reference",
                )
            )
        elif not re.fullmatch(r"[0-9A-Za-z-]{6,64}", reference):
            problems.append(
                DomainError(
                    "payment.reference_format",
                    f"{what_zh}应为 6–64 位字母或数字。",
                    f"{what_en[0].upper()}{what_en[1:]} is 6–64 letters or digits.",
                    field="reference",
                )
            )
    _raise_all(problems)
    return method, payer, tendered, change, reference


def _check_all(
    published: tuple[ChargeableLine, ...], inp: PaymentInput
) -> tuple[tuple[PricedLine, ...], int, str, str, int | None, int | None, str]:
    """The lines and the payment together: every problem of the form in one answer."""
    problems: list[DomainError] = []
    priced: tuple[PricedLine, ...] = ()
    total: int | None = None
    try:
        priced = price_lines(published, inp.lines)
        total = sum(p.amount_fen for p in priced)
    except FeeInvalid as err:
        problems += err.problems
    try:
        method, payer, tendered, change, reference = _check_payment(inp, total)
    except FeeInvalid as err:
        problems += err.problems
    _raise_all(problems)
    assert total is not None
    return priced, total, method, payer, tendered, change, reference


def quote(store: Store, inp: PaymentInput) -> Quote:
    """Price a payment without saving anything (the form's running total)."""
    with store.read() as s:
        case = find_case(s, inp.case_no)
        item = _item(s, case)
        priced = price_lines(_lines_of(item), inp.lines)
    total = sum(p.amount_fen for p in priced)
    change = None
    if inp.method == "cash" and inp.tendered.strip():
        try:
            tendered = parse_yuan(inp.tendered, field="tendered", allow_zero=True)
            change = tendered - total if tendered >= total else None
        except DomainError:
            change = None
    return Quote(priced, total, fen_capital(total), change)


def _item(session: Session, case: Case) -> ServiceItem:
    item = session.scalar(
        select(ServiceItem)
        .where(ServiceItem.id == case.item_id)
        .options(selectinload(ServiceItem.fees))
    )
    assert item is not None  # a case's item is never deleted, only deactivated
    return item


# -- the cashier's day (the part a payment needs) -------------------------------------------------
def day_state(session: Session, window_code: str, day: date) -> str:
    """ "none" (not opened), "open" or "closed"."""
    row = session.scalar(
        select(CashierDay).where(CashierDay.window_code == window_code, CashierDay.day == day)
    )
    if row is None:
        return "none"
    return row.status


def require_open_day(session: Session, window_code: str, day: date) -> None:
    state = day_state(session, window_code, day)
    if state == "none":
        raise DomainError(
            "day.not_open",
            f"{day:%Y-%m-%d} 尚未开班：请先登记备用金，再收费。",
            f"The day {day:%Y-%m-%d} is not opened: record the opening float first.",
            field="day",
        )
    if state == "closed":
        raise DomainError(
            "day.closed",
            f"{day:%Y-%m-%d} 已日结，不能再收费或退费；如确需办理，请负责人重新开启当日。",
            f"The day {day:%Y-%m-%d} is closed: no payment or refund until a supervisor reopens it.",
            field="day",
        )


# -- documents ------------------------------------------------------------------------------------
def receipt_paper(store: Store) -> str:
    value = store.setting(PAPER_KEY, DEFAULT_PAPER)
    return value if value in PAPERS else DEFAULT_PAPER


def set_receipt_paper(store: Store, paper: str, op: Operator) -> None:
    """The receipt layout of this window (A4 two copies, A5, or the 80 mm roll)."""
    if paper not in PAPERS:
        raise DomainError(
            "fees.paper",
            "收据纸张应为 A4、A5 或 80 毫米卷纸。",
            "The receipt paper is A4, A5 or the 80 mm roll.",
            field="paper",
        )
    ident = store.require_identity()
    old = receipt_paper(store)
    with store.write() as s:
        row = s.get(Setting, PAPER_KEY)
        if row is None:
            s.add(Setting(key=PAPER_KEY, value=paper))
        else:
            row.value = paper
        record(
            s,
            ident,
            "settings.changed",
            {"key": PAPER_KEY, "old": old, "new": paper},
            clerk=op.username,
        )


def letterhead(
    session: Session, ident: WindowIdentity, clerk_name: str, now: datetime
) -> Letterhead:
    center = session.scalars(select(Center).order_by(Center.code).limit(1)).one_or_none()
    window = session.scalar(select(ServiceWindow).where(ServiceWindow.code == ident.window_code))
    name_row = session.get(Setting, "center_name")
    name = window.name if window else ""
    bare = name.replace(" ", "")
    if bare in ("", f"{ident.window_code}号窗口", f"{int(ident.window_code)}号窗口"):
        name = ""
    return Letterhead(
        center_name=(name_row.value if name_row else None) or ident.center_name,
        window_code=ident.window_code,
        window_name=name,
        clerk_name=clerk_name,
        printed_at=now.astimezone(CENTER_TZ),
        contact_phone=center.phone if center else "",
        address=center.address if center else "",
    )


def archive_fee_document(
    session: Session,
    store: Store,
    ident: WindowIdentity,
    *,
    doc_kind: str,
    ref: str,
    case_no: str,
    relative: Path,
    pdf: bytes,
    op: Operator,
    now: datetime,
    reprint: bool,
    paper: str = "",
) -> tuple[str, Path]:
    """Write the PDF beside the archive and record its hash, in the caller's unit of work.

    The file is in place before the row commits; if the commit fails the caller removes
    it. A file left by a killed process under a number that was given back is simply
    overwritten by the payment that takes the number next.
    """
    digest = hashlib.sha256(pdf).hexdigest()
    path = store.data_dir / relative
    archive_file(session, path, pdf)
    session.add(
        FeeDocument(
            doc_kind=doc_kind,
            ref=ref,
            case_no=case_no,
            path=relative.as_posix(),
            sha256=digest,
            printed_at=now,
            clerk=op.username,
            reprint=reprint,
            paper=paper,
        )
    )
    record(
        session,
        ident,
        "fee.document_reprinted" if reprint else "fee.document_printed",
        {
            "doc_kind": doc_kind,
            "ref": ref,
            "sha256": digest,
            "path": relative.as_posix(),
            "paper": paper,
        },
        clerk=op.username,
        case_no=case_no or None,
    )
    return digest, path


def _doc_path(kind: str, ref: str, day: date, n: int = 0) -> Path:
    suffix = f"-reprint-{n}" if n else ""
    return FEE_ARCHIVE_DIR / f"{day:%Y}" / f"{day:%m}" / "fees" / f"{ref}-{kind}{suffix}.pdf"


def _count_docs(session: Session, kind: str, ref: str) -> int:
    return len(
        session.scalars(
            select(FeeDocument.id).where(FeeDocument.doc_kind == kind, FeeDocument.ref == ref)
        ).all()
    )


def _receipt_data(
    session: Session,
    ident: WindowIdentity,
    payment: PaymentView,
    printed_by: str,
    now: datetime,
    reprint: bool,
) -> Receipt:
    lines = tuple(
        ReceiptLine(
            name=line.name,
            basis=line.basis,
            quantity_text=line.quantity_text,
            unit=line.unit,
            unit_fen=line.unit_fen,
            rate=line.mode == FeeMode.RATE,
            gross_fen=line.gross_fen,
            waived_fen=line.waived_fen,
            waiver_text=_waiver_text(line),
            amount_fen=line.amount_fen,
        )
        for line in payment.lines
    )
    voided = ""
    if payment.void is not None:
        v = payment.void
        voided = f"已{v.kind_label} {local_text(v.voided_at, '%Y-%m-%d')}"
    return Receipt(
        letterhead=letterhead(session, ident, printed_by, now),
        receipt_no=payment.receipt_no,
        case_no=payment.case_no,
        item_name=payment.item_name,
        payer=payment.payer,
        paid_at=payment.paid_at.astimezone(CENTER_TZ),
        lines=lines,
        total_fen=payment.total_fen,
        total_capital=fen_capital(payment.total_fen),
        method_label=METHODS[payment.method][0],
        reference=payment.reference,
        tendered_fen=payment.tendered_fen,
        change_fen=payment.change_fen,
        collector_name=payment.clerk_name or payment.clerk,
        reprint=reprint,
        voided_text=voided,
    )


def _waiver_text(line: LineView) -> str:
    if not line.waived_fen:
        return ""
    policy = POLICIES_BY_CODE.get(line.waiver_policy)
    name = policy.name_zh if policy else line.waiver_policy
    basis = f"（{policy.basis}）" if policy and policy.basis else ""
    return f"{name}{basis}；理由：{line.waiver_reason}"


def _printed(
    ref: str, kind: str, title: str, pdf: bytes, digest: str, path: Path, reprint: bool
) -> PrintedDocument:
    # PrintedDocument's "case_no" is what the preview dialog names the document by: for a
    # fee document that is the receipt number (or the day report's reference).
    return PrintedDocument(
        case_no=ref,
        doc_kind=kind,
        title=title,
        pdf=pdf,
        sha256=digest,
        path=path.resolve(),
        reprint=reprint,
    )


# -- reading payments ---------------------------------------------------------------------------
def payment_view(session: Session, payment: Payment) -> PaymentView:
    void = session.scalar(select(PaymentVoid).where(PaymentVoid.payment_id == payment.id))
    return _view(payment, void, _supervisor_names(session, [void] if void else []))


def _supervisor_names(session: Session, voids: list[PaymentVoid]) -> dict[str, str]:
    names = {v.supervisor for v in voids}
    if not names:
        return {}
    return {
        a.username: a.display_name
        for a in session.scalars(select(Account).where(Account.username.in_(names)))
    }


def _view(
    payment: Payment, void: PaymentVoid | None, names: dict[str, str] | None = None
) -> PaymentView:
    return PaymentView(
        id=payment.id,
        receipt_no=payment.receipt_no,
        case_no=payment.case_no,
        item_name=payment.item_name,
        window_code=payment.window_code,
        clerk=payment.clerk,
        clerk_name=payment.clerk_name,
        day=payment.day or local_day(payment.paid_at),
        paid_at=payment.paid_at,
        method=payment.method,
        method_label=pick(*METHODS.get(payment.method, (payment.method, payment.method))),
        reference=payment.reference,
        tendered_fen=payment.tendered_fen,
        change_fen=payment.change_fen,
        payer=payment.payer,
        total_fen=payment.total_fen,
        lines=tuple(
            LineView(
                position=line.position,
                fee_position=line.fee_position,
                name=line.fee_name,
                mode=line.mode,
                basis=line.basis,
                quantity_milli=line.quantity_milli,
                unit=line.unit,
                unit_fen=line.unit_fen,
                gross_fen=line.gross_fen,
                waived_fen=line.waived_fen,
                waiver_policy=line.waiver_policy,
                waiver_reason=line.waiver_reason,
                amount_fen=line.amount_fen,
            )
            for line in payment.lines
        ),
        void=None if void is None else _void_view(void, (names or {}).get(void.supervisor, "")),
    )


def _void_view(void: PaymentVoid, supervisor_name: str = "") -> VoidView:
    return VoidView(
        kind=void.kind,
        kind_label=VOID_KINDS.get(void.kind, (void.kind, void.kind))[0],
        amount_fen=void.amount_fen,
        method=void.method,
        reference=void.reference,
        window_code=void.window_code,
        clerk=void.clerk,
        supervisor=void.supervisor,
        reason=void.reason,
        voided_at=void.voided_at,
        day=void.day,
        supervisor_name=supervisor_name or void.supervisor,
    )


def _payment_row(session: Session, receipt_no: str) -> Payment:
    number = normalise_receipt_no(receipt_no) or receipt_no.strip()
    row = session.scalar(
        select(Payment).where(Payment.receipt_no == number).options(selectinload(Payment.lines))
    )
    if row is None:
        raise DomainError(
            "receipt.unknown",
            f"本窗口没有收据 {receipt_no}。",
            f"This window has no receipt {receipt_no}.",
            field="receipt_no",
        )
    return row


def find_payment(store: Store, receipt_no: str) -> PaymentView | None:
    """The payment behind a receipt number as typed or scanned; None if unknown here."""
    number = normalise_receipt_no(receipt_no)
    if number is None:
        return None
    with store.read() as s:
        row = s.scalar(
            select(Payment).where(Payment.receipt_no == number).options(selectinload(Payment.lines))
        )
        return None if row is None else payment_view(s, row)


def case_fees(store: Store, case_no: str) -> CaseFees:
    """Published lines, payments (with voids), what is paid and what is still open."""
    with store.read() as s:
        case = find_case(s, case_no)
        item = _item(s, case)
        lines = _lines_of(item)
        rows = s.scalars(
            select(Payment)
            .where(Payment.case_no == case.case_no)
            .options(selectinload(Payment.lines))
            .order_by(Payment.paid_at)
        ).all()
        voids = {
            v.payment_id: v
            for v in s.scalars(
                select(PaymentVoid).where(PaymentVoid.payment_id.in_([r.id for r in rows]))
            )
        }
        names = _supervisor_names(s, list(voids.values()))
        payments = tuple(_view(r, voids.get(r.id), names) for r in rows)
        blocked_zh, blocked_en = _blocked(case)
        applicant = s.get(Applicant, case.applicant_id) if case.applicant_id else None
    standing = [p for p in payments if not p.voided]
    settled = frozenset(line.fee_position for p in standing for line in p.lines)
    outstanding = tuple(line for line in lines if line.position not in settled)
    return CaseFees(
        case_no=case.case_no,
        item_code=item.code,
        item_name=item.name,
        status=case.status,
        lines=lines,
        payments=payments,
        paid_fen=sum(p.total_fen for p in standing),
        settled=settled,
        outstanding=outstanding,
        due_fen=sum(line.unit_fen for line in outstanding if not line.rate),
        blocked_zh=blocked_zh,
        blocked_en=blocked_en,
        applicant_name=applicant.name if applicant else "",
    )


# -- collecting ---------------------------------------------------------------------------------
def collect_fee(
    store: Store,
    inp: PaymentInput,
    op: Operator,
    *,
    now: datetime | None = None,
    paper: str | None = None,
) -> CollectResult:
    """收费: price the published lines, take the receipt number, save, print, archive."""
    now = now or now_utc()
    ident = store.require_identity()
    paper = paper if paper in PAPERS else receipt_paper(store)
    today = local_day(now)
    with unit_with_files(store) as s:
        _step("begin")
        case = find_case(s, inp.case_no)
        blocked_zh, blocked_en = _blocked(case)
        if blocked_zh:
            raise DomainError("fee.case_state", blocked_zh, blocked_en, field="case_no")
        item = _item(s, case)
        priced, total, method, payer, tendered, change, reference = _check_all(_lines_of(item), inp)
        require_open_day(s, ident.window_code, today)
        _step("checked")
        receipt_no, n = next_receipt_no(s, ident, today)
        _step("numbered")
        payment = Payment(
            id=new_id(),
            receipt_no=receipt_no,
            case_id=case.id,
            case_no=case.case_no,
            item_name=item.name,
            window_code=ident.window_code,
            clerk=op.username,
            clerk_name=op.display_name,
            day=today,
            total_fen=total,
            method=method,
            reference=reference,
            tendered_fen=tendered,
            change_fen=change,
            payer=payer,
            paid_at=now,
        )
        payment.lines = [
            PaymentLine(
                id=new_id(),
                position=index,
                fee_position=p.fee.position,
                fee_name=p.fee.name,
                mode=p.fee.mode,
                basis=p.fee.basis,
                quantity_milli=p.quantity_milli,
                unit=p.fee.unit,
                unit_fen=p.fee.unit_fen,
                gross_fen=p.gross_fen,
                waived_fen=p.waived_fen,
                waiver_policy=p.waiver_policy,
                waiver_reason=p.waiver_reason,
                amount_fen=p.amount_fen,
            )
            for index, p in enumerate(priced, start=1)
        ]
        s.add(payment)
        _step("payment_added")
        s.flush()
        _step("flushed")
        record(
            s,
            ident,
            "fee.collected",
            collected_payload(payment, n),
            clerk=op.username,
            case_no=case.case_no,
        )
        _step("journaled")
        view = _view(payment, None)
        pdf = render_receipt(_receipt_data(s, ident, view, op.display_name, now, False), paper)
        _step("rendered")
        relative = _doc_path("receipt", receipt_no, today)
        digest, path = archive_fee_document(
            s,
            store,
            ident,
            doc_kind="receipt",
            ref=receipt_no,
            case_no=case.case_no,
            relative=relative,
            pdf=pdf,
            op=op,
            now=now,
            reprint=False,
            paper=paper,
        )
        _step("file_written")
        s.flush()
        _step("archived")
        _step("before_commit")
    _step("committed")
    return CollectResult(
        view, _printed(receipt_no, "receipt", "收费收据", pdf, digest, path, False)
    )


def collected_payload(payment: Payment, n: int) -> dict[str, Any]:
    """Everything another machine needs to rebuild the payment (desktop/projection_fees.py)."""
    return {
        "payment_id": str(payment.id),
        "receipt_no": payment.receipt_no,
        "receipt_seq": n,
        "case_no": payment.case_no,
        "item_name": payment.item_name,
        "clerk_name": payment.clerk_name,
        "day": payment.day.isoformat() if payment.day else None,
        "paid_at": payment.paid_at.isoformat(),
        "total_fen": payment.total_fen,
        "method": payment.method,
        "reference": payment.reference,
        "tendered_fen": payment.tendered_fen,
        "change_fen": payment.change_fen,
        "payer": payment.payer,
        "lines": [
            {
                "id": str(line.id),
                "position": line.position,
                "fee_position": line.fee_position,
                "fee_name": line.fee_name,
                "mode": line.mode,
                "basis": line.basis,
                "quantity_milli": line.quantity_milli,
                "unit": line.unit,
                "unit_fen": line.unit_fen,
                "gross_fen": line.gross_fen,
                "waived_fen": line.waived_fen,
                "waiver_policy": line.waiver_policy,
                "waiver_reason": line.waiver_reason,
                "amount_fen": line.amount_fen,
            }
            for line in payment.lines
        ],
    }


def print_receipt(
    store: Store,
    receipt_no: str,
    op: Operator,
    *,
    paper: str | None = None,
    now: datetime | None = None,
) -> PrintedDocument:
    """补打: the receipt was printed when the payment was taken; every later print is a
    reprint, at any window, and says so on the page."""
    now = now or now_utc()
    ident = store.require_identity()
    paper = paper if paper in PAPERS else receipt_paper(store)
    with unit_with_files(store) as s:
        row = _payment_row(s, receipt_no)
        view = payment_view(s, row)
        pdf = render_receipt(_receipt_data(s, ident, view, op.display_name, now, True), paper)
        n = _count_docs(s, "receipt", row.receipt_no) or 1
        relative = _doc_path("receipt", row.receipt_no, local_day(now), n)
        digest, path = archive_fee_document(
            s,
            store,
            ident,
            doc_kind="receipt",
            ref=row.receipt_no,
            case_no=row.case_no,
            relative=relative,
            pdf=pdf,
            op=op,
            now=now,
            reprint=True,
            paper=paper,
        )
    return _printed(view.receipt_no, "receipt", "收费收据", pdf, digest, path, True)


# -- voids and refunds -----------------------------------------------------------------------------
def check_supervisor(store: Store, username: str, password: str) -> Account:
    """A supervisor's (or administrator's) account and password, checked now."""
    name = username.strip().lower()
    with store.read() as s:
        acct = s.scalar(select(Account).where(Account.username == name))
    ok = (
        bool(name)
        and acct is not None
        and not acct.disabled
        and Role(acct.role).includes(Role.SUPERVISOR)
        and verify_password(store, name, password)
    )
    if not ok:
        raise DomainError(
            "void.supervisor",
            "负责人账户或密码不正确，未作任何处理。",
            "Wrong supervisor account or password; nothing was done.",
            field="supervisor",
        )
    assert acct is not None
    return acct


def void_payment(
    store: Store,
    receipt_no: str,
    op: Operator,
    *,
    reason: str,
    supervisor: str,
    supervisor_password: str,
    reference: str = "",
    now: datetime | None = None,
) -> VoidResult:
    """作废/退费 with a supervisor's password and a reason; the payment itself stays.

    "void" when this window cancels a payment of its own open day, otherwise "refund".
    Either way the money goes back by the original method, and it counts on this
    window's day (which must be open: money leaves the drawer).
    """
    now = now or now_utc()
    ident = store.require_identity()
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise DomainError(
            "void.reason",
            f"请写明作废或退费的原因（不少于 {MIN_REASON} 个字）。",
            f"Write why it is voided or refunded ({MIN_REASON} characters at least).",
            field="reason",
        )
    if not supervisor.strip() or not supervisor_password:
        raise DomainError(
            "void.no_supervisor",
            "作废、退费须由负责人输入账户和密码批准。",
            "A void or refund needs a supervisor's account and password.",
            field="supervisor",
        )
    acct = check_supervisor(store, supervisor, supervisor_password)
    today = local_day(now)
    paper = receipt_paper(store)
    paper = paper if paper in ("a4", "a5") else "a4"
    with unit_with_files(store) as s:
        row = _payment_row(s, receipt_no)
        existing = s.scalar(select(PaymentVoid).where(PaymentVoid.payment_id == row.id))
        if existing is not None:
            kind_zh = VOID_KINDS.get(existing.kind, ("作废", ""))[0]
            raise DomainError(
                "void.twice",
                f"收据 {row.receipt_no} 已于 {local_text(existing.voided_at)} 由 "
                f"{existing.window_code} 号窗口{kind_zh}，不能重复办理。",
                f"Receipt {row.receipt_no} was already voided or refunded at window "
                f"{existing.window_code} on {local_text(existing.voided_at)}.",
                field="receipt_no",
            )
        require_open_day(s, ident.window_code, today)
        kind = "void" if row.window_code == ident.window_code and row.day == today else "refund"
        ref = unicodedata.normalize("NFKC", reference).strip()
        void = PaymentVoid(
            id=new_id(),
            payment_id=row.id,
            receipt_no=row.receipt_no,
            case_no=row.case_no,
            kind=kind,
            amount_fen=row.total_fen,
            method=row.method,
            reference=ref[:100],
            window_code=ident.window_code,
            clerk=op.username,
            clerk_name=op.display_name,
            supervisor=acct.username,
            reason=reason,
            voided_at=now,
            day=today,
        )
        s.add(void)
        row.voided_at, row.voided_by, row.void_reason = now, acct.username, reason
        s.flush()
        record(
            s,
            ident,
            "fee.voided",
            voided_payload(void),
            clerk=op.username,
            case_no=row.case_no or None,
        )
        view = _view(row, void, {acct.username: acct.display_name})
        pdf = render_void_slip(
            _slip_data(s, ident, view, void, acct.display_name, op.display_name, now, False),
            paper,
        )
        relative = _doc_path("void", row.receipt_no, today)
        digest, path = archive_fee_document(
            s,
            store,
            ident,
            doc_kind="void_slip",
            ref=row.receipt_no,
            case_no=row.case_no,
            relative=relative,
            pdf=pdf,
            op=op,
            now=now,
            reprint=False,
            paper=paper,
        )
    title = VOID_TITLES[kind]
    return VoidResult(view, _printed(view.receipt_no, "void_slip", title, pdf, digest, path, False))


VOID_TITLES = {"void": "收费作废凭证", "refund": "退费凭证"}


def voided_payload(void: PaymentVoid) -> dict[str, Any]:
    return {
        "void_id": str(void.id),
        "payment_id": str(void.payment_id),
        "receipt_no": void.receipt_no,
        "case_no": void.case_no,
        "kind": void.kind,
        "amount_fen": void.amount_fen,
        "method": void.method,
        "reference": void.reference,
        "clerk_name": void.clerk_name,
        "supervisor": void.supervisor,
        "reason": void.reason,
        "voided_at": void.voided_at.isoformat(),
        "day": void.day.isoformat(),
    }


def _slip_data(
    session: Session,
    ident: WindowIdentity,
    view: PaymentView,
    void: PaymentVoid,
    supervisor_name: str,
    printed_by: str,
    now: datetime,
    reprint: bool,
) -> VoidSlip:
    return VoidSlip(
        letterhead=letterhead(session, ident, printed_by, now),
        kind=void.kind,
        receipt_no=view.receipt_no,
        case_no=view.case_no,
        item_name=view.item_name,
        payer=view.payer,
        paid_at=view.paid_at.astimezone(CENTER_TZ),
        paid_window=view.window_code,
        collector_name=view.clerk_name or view.clerk,
        original_total_fen=view.total_fen,
        original_method_label=METHODS[view.method][0],
        amount_fen=void.amount_fen,
        amount_capital=fen_capital(void.amount_fen),
        method_label=METHODS[void.method][0],
        reference=void.reference,
        reason=void.reason,
        supervisor_name=supervisor_name,
        handled_by=void.clerk_name or void.clerk,
        voided_at=void.voided_at.astimezone(CENTER_TZ),
        reprint=reprint,
    )


def print_void_slip(
    store: Store, receipt_no: str, op: Operator, *, now: datetime | None = None
) -> PrintedDocument:
    """补打 of a void or refund slip."""
    now = now or now_utc()
    ident = store.require_identity()
    paper = receipt_paper(store)
    paper = paper if paper in ("a4", "a5") else "a4"
    with unit_with_files(store) as s:
        row = _payment_row(s, receipt_no)
        void = s.scalar(select(PaymentVoid).where(PaymentVoid.payment_id == row.id))
        if void is None:
            raise DomainError(
                "void.none",
                f"收据 {row.receipt_no} 未作废，没有作废凭证。",
                f"Receipt {row.receipt_no} was not voided; there is no void slip.",
                field="receipt_no",
            )
        sup = s.scalar(select(Account).where(Account.username == void.supervisor))
        view = _view(row, void)
        data = _slip_data(
            s,
            ident,
            view,
            void,
            sup.display_name if sup else void.supervisor,
            op.display_name,
            now,
            True,
        )
        pdf = render_void_slip(data, paper)
        n = _count_docs(s, "void_slip", row.receipt_no) or 1
        relative = _doc_path("void", row.receipt_no, local_day(now), n)
        digest, path = archive_fee_document(
            s,
            store,
            ident,
            doc_kind="void_slip",
            ref=row.receipt_no,
            case_no=row.case_no,
            relative=relative,
            pdf=pdf,
            op=op,
            now=now,
            reprint=True,
            paper=paper,
        )
    return _printed(view.receipt_no, "void_slip", VOID_TITLES[void.kind], pdf, digest, path, True)


def recent_payments(
    store: Store, window_code: str | None = None, limit: int = 200
) -> list[PaymentView]:
    """The latest payments (of one window), newest first, for the fees screen."""
    with store.read() as s:
        stmt = select(Payment).options(selectinload(Payment.lines)).order_by(Payment.paid_at.desc())
        if window_code:
            stmt = stmt.where(Payment.window_code == window_code)
        rows = s.scalars(stmt.limit(limit)).all()
        voids = {
            v.payment_id: v
            for v in s.scalars(
                select(PaymentVoid).where(PaymentVoid.payment_id.in_([r.id for r in rows]))
            )
        }
        names = _supervisor_names(s, list(voids.values()))
        return [_view(r, voids.get(r.id), names) for r in rows]


def closings_of(session: Session, window_code: str, day: date) -> list[DayClosing]:
    return list(
        session.scalars(
            select(DayClosing)
            .where(DayClosing.window_code == window_code, DayClosing.day == day)
            .order_by(DayClosing.z_no)
        )
    )
