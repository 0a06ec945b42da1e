"""Plain data the printed documents are made from.

The desktop services fill these from the database; printing never sees a model or a
session. Everything is frozen so a document cannot change between preview, print and
the archived PDF whose hash goes into the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Letterhead:
    """Who prints: on every page of every document (header and footer)."""

    center_name: str
    window_code: str
    window_name: str
    clerk_name: str
    printed_at: datetime
    contact_phone: str
    address: str


@dataclass(frozen=True)
class ApplicantInfo:
    """The applicant as printed: ID numbers arrive already masked (see mask_id)."""

    name: str
    id_kind_label: str
    id_number_masked: str
    phone: str
    agent_name: str = ""
    agent_id_masked: str = ""


@dataclass(frozen=True)
class MaterialLine:
    """One required material (申报材料).

    ``originals``/``copies`` are what the item requires; ``received_originals``/
    ``received_copies`` what the applicant handed in. On the "received" tables a line
    whose received counts are both 0 prints the required counts instead: a material
    listed as received with nothing received means the caller tracks only the
    requirement.
    """

    name: str
    originals: int
    copies: int
    form_label: str
    condition: str = ""
    received_originals: int = 0
    received_copies: int = 0
    notes: str = ""


@dataclass(frozen=True)
class FeeSummaryLine:
    """One published fee line (收费公示) with its legal basis."""

    name: str
    amount_fen: int
    basis: str


@dataclass(frozen=True)
class ItemDisclosure:
    """A service item's six disclosures (六公开), as printed on the notices.

    ``materials`` is the full published material list (申报材料). It is optional so
    callers that do not have it still print: the one-time notice then lists what was
    received plus what is missing.
    """

    code: str
    name: str
    department: str
    kind_label: str
    content: str
    result: str
    steps: tuple[str, ...]
    legal_basis: tuple[str, ...]
    committed_days: int
    legal_days: int
    fees: tuple[FeeSummaryLine, ...]
    pickup: str
    materials: tuple[MaterialLine, ...] = ()


@dataclass(frozen=True)
class AcceptanceSlip:
    """受理通知书. ``due_date`` None means an immediate item (即办件)."""

    letterhead: Letterhead
    case_no: str
    applicant: ApplicantInfo
    item: ItemDisclosure
    accepted_at: datetime
    due_date: date | None
    materials_received: tuple[MaterialLine, ...]
    pickup: str
    fee_total_fen: int
    reprint_of: date | None = None


@dataclass(frozen=True)
class OneTimeNotice:
    """一次性告知书: everything missing, at once, with the item's six disclosures."""

    letterhead: Letterhead
    case_no: str
    applicant: ApplicantInfo
    item: ItemDisclosure
    received_at: datetime
    missing: tuple[MaterialLine, ...]
    received: tuple[MaterialLine, ...]
    reprint_of: date | None = None


@dataclass(frozen=True)
class RejectionNotice:
    """不予受理通知书: reason, legal basis, and the right to review or sue."""

    letterhead: Letterhead
    case_no: str
    applicant: ApplicantInfo
    item: ItemDisclosure
    received_at: datetime
    reason: str
    legal_basis: str
    review_body: str
    court: str
    reprint_of: date | None = None


def format_fen(fen: int) -> str:
    """Integer fen as yuan with thousands separators: 123450 -> "¥1,234.50".

    Integer arithmetic only: money is never a float anywhere in the program.
    """
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def mask_id(number: str) -> str:
    """Mask an ID number for print, keeping the first 6 and last 4 characters.

    The first six digits of a resident ID are the issuing area and the last four make
    the number recognisable to its owner; the birth date in between is hidden.
    Numbers of 10 characters or fewer keep the first 2 and last 2 (passports, permits);
    4 or fewer are masked entirely, as nothing could be kept without showing it all.
    """
    text = number.strip()
    length = len(text)
    if length > 10:
        keep_head, keep_tail = 6, 4
    elif length > 4:
        keep_head, keep_tail = 2, 2
    else:
        return "*" * length
    hidden = length - keep_head - keep_tail
    return text[:keep_head] + "*" * hidden + text[length - keep_tail :]
