"""The numbers a window prints and scans back, recognised from what a scanner or a person typed.

    case (办件编号, also on the notices)   320117-03-20261127-0007
    inquiry / referral (首问、转办单)       320117-03-20261127-Z001
    receipt (收费收据)                      320117-03-2026-000123

Each is accepted with or without its hyphens, with spaces, full-width characters or a
lower-case z (a scanner set to another keyboard layout, a person typing). Anything else
is not a number of ours: the scanner filter then lets the keys through as typing, and
the search field searches for it as a name, ID number or phone instead.

Pure Python (no Qt, no database), so the rules are tested without a screen.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

CASE = "case"
INQUIRY = "inquiry"
RECEIPT = "receipt"

_CASE = re.compile(r"^(\d{6})-(\d{2})-(\d{8})-(\d{4})$")
_INQUIRY = re.compile(r"^(\d{6})-(\d{2})-(\d{8})-Z(\d{3})$")
_RECEIPT = re.compile(r"^(\d{6})-(\d{2})-(\d{4})-(\d{6})$")
_CASE_BARE = re.compile(r"^(\d{6})(\d{2})(\d{8})(\d{4})$")
_INQUIRY_BARE = re.compile(r"^(\d{6})(\d{2})(\d{8})Z(\d{3})$")
_RECEIPT_BARE = re.compile(r"^(\d{6})(\d{2})(\d{4})(\d{6})$")
_DASHES = str.maketrans({"—": "-", "–": "-", "_": "-", "－": "-", "‐": "-"})

# A resident ID has 18 characters too; its check digit (GB 11643) tells the two apart.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def clean(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII), no spaces, one kind of hyphen,
    upper case (the Z of an inquiry)."""
    raw = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return "".join(raw.split()).upper()


def _real_day(yyyymmdd: str) -> bool:
    try:
        date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        return False
    return 2000 <= int(yyyymmdd[:4]) <= 2099


def looks_like_resident_id(digits: str) -> bool:
    """18 characters whose GB 11643 check digit and birth date hold."""
    if len(digits) != 18 or not digits[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == digits[17] and _real_birth(digits[6:14])


def _real_birth(yyyymmdd: str) -> bool:
    try:
        date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        return False
    return True


def classify_number(text: str) -> tuple[str, str] | None:
    """("case" | "inquiry" | "receipt", the number as printed) or None.

    A number whose date part is no real day is refused (a half-read or damaged code),
    so it is never "found" by accident.
    """
    raw = clean(text)
    if not raw or len(raw) > 30:
        return None
    for pattern, bare, kind in (
        (_CASE, _CASE_BARE, CASE),
        (_INQUIRY, _INQUIRY_BARE, INQUIRY),
    ):
        m = pattern.match(raw) or bare.match(raw)
        if m:
            center, window, day, serial = m.groups()
            if not _real_day(day) or int(serial) == 0:
                return None
            tail = f"Z{serial}" if kind == INQUIRY else serial
            return kind, f"{center}-{window}-{day}-{tail}"
    m = _RECEIPT.match(raw)
    bare_receipt = False
    if m is None:
        m = _RECEIPT_BARE.match(raw)
        bare_receipt = m is not None
    if m:
        center, window, year, serial = m.groups()
        if not 2000 <= int(year) <= 2099 or int(serial) == 0:
            return None
        if bare_receipt and looks_like_resident_id(raw):
            return None  # 18 digits that are a valid ID number: a person, not a receipt
        return RECEIPT, f"{center}-{window}-{year}-{serial}"
    return None


def normalise(text: str, kind: str) -> str | None:
    """The number as printed if ``text`` is a number of ``kind``; else None."""
    found = classify_number(text)
    return found[1] if found and found[0] == kind else None
