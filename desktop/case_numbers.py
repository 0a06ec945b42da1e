"""Case numbers (办件编号) such as 320117-03-20261127-0007.

Center division code, window and local day are in the number, so two windows working
offline can never hand out the same one; they sort by window and day; the sequence is
taken in the transaction that creates the case, so a rollback gives the number back.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy.orm import Session

from desktop.errors import DomainError
from desktop.store import WindowIdentity
from models.settings import Counter

CASE_NO_RE = re.compile(r"^(\d{6})-(\d{2})-(\d{8})-(\d{4})$")
DAILY_LIMIT = 9999


def next_number(session: Session, key: str) -> int:
    """The next value of a named sequence, in the caller's transaction."""
    locking = session.get_bind().dialect.name != "sqlite"
    row = session.get(Counter, key, with_for_update=locking or None)
    if row is None:
        row = Counter(key=key, value=0)
        session.add(row)
    row.value += 1
    return row.value


def next_case_no(session: Session, ident: WindowIdentity, day: date) -> str:
    n = next_number(session, f"case:{ident.window_code}:{day:%Y%m%d}")
    if n > DAILY_LIMIT:
        raise DomainError(
            "case_no.exhausted",
            f"本窗口 {day:%Y-%m-%d} 的办件编号已用完（{DAILY_LIMIT} 件）。",
            f"This window has used all {DAILY_LIMIT} case numbers of {day:%Y-%m-%d}.",
        )
    return f"{ident.center_code}-{ident.window_code}-{day:%Y%m%d}-{n:04d}"


def normalise_case_no(text: str) -> str | None:
    """Accept what a scanner or a person types: spaces, full-width digits, missing hyphens."""
    import unicodedata

    raw = (
        unicodedata.normalize("NFKC", text)
        .strip()
        .replace(" ", "")
        .replace("—", "-")
        .replace("_", "-")
    )
    if CASE_NO_RE.match(raw):
        return raw
    digits = raw.replace("-", "")
    if digits.isdigit() and len(digits) == 20:
        return f"{digits[:6]}-{digits[6:8]}-{digits[8:16]}-{digits[16:]}"
    return None
