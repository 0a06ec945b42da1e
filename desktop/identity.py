"""Identity-document and phone-number rules for the service windows.

Pure Python: no Qt, no database.  Every rejection is an ``InvalidField`` carrying a
``FieldProblem`` with a stable machine code and a Chinese and an English message, so the
window can show the Chinese text and logs/tests can rely on the code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from stdnum import numdb
from stdnum.cn import ric, uscc

from desktop.errors import DomainError

# ---------------------------------------------------------------------------
# Problems shown to people
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one input field, worded for the clerk."""

    field: str  # e.g. "id_number", "phone"
    code: str  # stable, e.g. "ric.checksum"
    zh: str  # 给窗口人员看的中文提示
    en: str  # English equivalent


class InvalidField(DomainError):
    """Raised when a field cannot be accepted; ``.problem`` says why.

    It is a DomainError, so the window shows it beside its field like any other.
    """

    def __init__(self, problem: FieldProblem) -> None:
        super().__init__(problem.code, problem.zh, problem.en, field=problem.field)
        self.problem: FieldProblem = problem


def _fail(field: str, code: str, zh: str, en: str) -> InvalidField:
    return InvalidField(FieldProblem(field=field, code=code, zh=zh, en=en))


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

# Dash look-alikes that survive NFKC (NFKC already folds full-width "－" and "﹣" to "-").
_DASHES: Final = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# Invisible format characters (zero-width space, BOM, ...) that copy-paste and some
# scanners leave behind; they are not whitespace to str.isspace().
_INVISIBLE_CATEGORY: Final = "Cf"


def normalize_id_text(text: str) -> str:
    """Reduce what a clerk or a scanner typed to the bare document number.

    Full-width digits/letters and the ideographic space become ASCII (NFKC); every
    whitespace and invisible character, anywhere, is dropped (people type ID numbers
    in groups: "320117 19900101 1234"); dashes are dropped (some write resident IDs
    as 320117-19900101-1234); letters are upper-cased (lower-case check digit "x").
    """
    folded = unicodedata.normalize("NFKC", text)
    kept = (
        ch
        for ch in folded
        if not ch.isspace()
        and ch not in _DASHES
        and unicodedata.category(ch) != _INVISIBLE_CATEGORY
    )
    return "".join(kept).upper()


# ---------------------------------------------------------------------------
# Document kinds
# ---------------------------------------------------------------------------


class IdKind(StrEnum):
    """The identity documents the windows accept."""

    RESIDENT = "resident"
    PASSPORT = "passport"
    HK_MACAO = "hk_macao"
    TAIWAN = "taiwan"
    FOREIGN_PR = "foreign_pr"
    USCC = "uscc"

    @property
    def label_zh(self) -> str:
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]


_LABELS: Final[dict[IdKind, tuple[str, str]]] = {
    IdKind.RESIDENT: ("居民身份证", "Resident Identity Card"),
    IdKind.PASSPORT: ("护照", "Passport"),
    IdKind.HK_MACAO: (
        "港澳居民来往内地通行证",
        "Mainland Travel Permit for Hong Kong and Macao Residents",
    ),
    IdKind.TAIWAN: ("台湾居民来往大陆通行证", "Mainland Travel Permit for Taiwan Residents"),
    IdKind.FOREIGN_PR: ("外国人永久居留身份证", "Foreign Permanent Resident ID Card"),
    IdKind.USCC: ("统一社会信用代码", "Unified Social Credit Code"),
}


def validate_id(kind: IdKind, text: str, today: date, *, field: str = "id_number") -> str:
    """Return the normalised number of a document of ``kind`` or raise InvalidField.

    ``today`` is needed because a resident ID's birth date must not be in the future.
    ``field`` names the form field in the problem (e.g. "agent_id_number").
    """
    number = normalize_id_text(text)
    if not number:
        raise _fail(
            field,
            "id.empty",
            f"请填写{kind.label_zh}号码",
            f"Please enter the {kind.label_en} number.",
        )
    if kind is IdKind.RESIDENT:
        return _validate_resident(number, today, field)
    if kind is IdKind.USCC:
        return _validate_uscc(number, field)
    if kind is IdKind.PASSPORT:
        return _validate_passport(number, field)
    if kind is IdKind.HK_MACAO:
        return _validate_hk_macao(number, field)
    if kind is IdKind.TAIWAN:
        return _validate_taiwan(number, field)
    if kind is IdKind.FOREIGN_PR:
        return _validate_foreign_pr(number, field)
    raise ValueError(f"unknown IdKind {kind!r}")  # pragma: no cover - enum is closed


# ---------------------------------------------------------------------------
# 居民身份证 (GB 11643-1999 公民身份号码; stdnum.cn.ric for the check digit)
# ---------------------------------------------------------------------------

# Birth years before this are typos (year digits slipped), not people: the oldest
# Chinese ID holders on record were born in the 1880s.
_EARLIEST_BIRTH_YEAR: Final = 1850

# 港澳台居民居住证 (《港澳台居民居住证申领发放办法》, 国办发〔2018〕81号) use the
# resident-ID format with address codes 810000 / 820000 / 830000; stdnum's region
# table lacks 830000, so they are listed here to keep those holders from being turned away.
_RESIDENCE_PERMIT_REGIONS: Final = frozenset({"810000", "820000", "830000"})


def _validate_resident(number: str, today: date, field: str) -> str:
    _check_resident_characters(number, field)
    _check_resident_length(number, field)
    if number.startswith("9"):
        # GB 11643 address codes start with 1-8; a leading 9 is the 2023 永居证.
        raise _fail(
            field,
            "ric.foreign_pr",
            "这是外国人永久居留身份证号码，请将证件类型选为“外国人永久居留身份证”",
            "This is a Foreign Permanent Resident ID number; choose that document type.",
        )
    if number[-1] != ric.calc_check_digit(number):
        raise _fail(
            field,
            "ric.checksum",
            "身份证号码校验位不正确，请核对最后一位及其他各位数字",
            "The ID number's check digit does not match; check the last digit and the others.",
        )
    birth = _resident_birth_or_fail(number, field)
    if birth > today:
        raise _fail(
            field,
            "ric.birth_future",
            f"身份证号码中的出生日期 {birth.isoformat()} 晚于今天，请核对",
            f"The birth date in the ID number ({birth.isoformat()}) is in the future.",
        )
    _check_resident_region(number, field)
    return number


def _check_resident_characters(number: str, field: str) -> None:
    # 17 digits then a digit or X; an X anywhere else is a typo.
    if not re.fullmatch(r"[0-9]*X?", number):
        raise _fail(
            field,
            "ric.characters",
            "身份证号码只能由数字组成，最后一位可以是X",
            "A resident ID number has only digits; the last character may be X.",
        )


def _check_resident_length(number: str, field: str) -> None:
    if len(number) == 15 and number.isdigit():
        # First-generation 15-digit numbers were replaced in 1999 (国发〔1999〕15号);
        # the card in the applicant's hand carries the 18-digit number.
        raise _fail(
            field,
            "ric.old_format",
            "这是15位旧身份证号码，请按第二代身份证填写18位号码",
            "This is an old 15-digit ID number; enter the 18-digit number from the current card.",
        )
    if len(number) != 18:
        raise _fail(
            field,
            "ric.length",
            f"身份证号码应为18位，现在是{len(number)}位",
            f"A resident ID number has 18 characters; this one has {len(number)}.",
        )


def _resident_birth_or_fail(number: str, field: str) -> date:
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth = None
    if birth is None or birth.year < _EARLIEST_BIRTH_YEAR:
        raise _fail(
            field,
            "ric.birth_date",
            f"身份证号码中的出生日期“{number[6:14]}”不是有效日期，请核对第7至14位",
            f"The birth date '{number[6:14]}' in the ID number is not a valid date "
            "(characters 7-14).",
        )
    return birth


def _check_resident_region(number: str, field: str) -> None:
    if not _region_known(number[:6]):
        raise _fail(
            field,
            "ric.region",
            f"身份证号码前6位地区码“{number[:6]}”不存在，请核对",
            f"The region code '{number[:6]}' (first 6 digits) does not exist.",
        )


def _region_known(code: str) -> bool:
    """True if ``code`` is or was a county-level division code (any era).

    Deliberately ignores the validity years that stdnum.cn.ric checks against the birth
    year: people registered late, or whose number was re-issued after a correction, carry
    today's code with an old birth date (e.g. 320117 溧水区 exists since 2013, yet adults
    born in the 1980s hold 320117 numbers), and turning them away at the window is wrong.
    """
    if code in _RESIDENCE_PERMIT_REGIONS:
        return True
    found = {key for _part, props in numdb.get("cn/loc").info(code) for key in props}
    return "county" in found


def _parse_resident_for_fields(number: str) -> str:
    normalised = normalize_id_text(number)
    if not re.fullmatch(r"[0-9]{17}[0-9X]", normalised):
        raise _fail(
            "id_number",
            "ric.length",
            "身份证号码应为18位",
            "A resident ID number has 18 characters.",
        )
    return normalised


def resident_birth_date(number: str) -> date:
    """Birth date encoded in an 18-digit resident ID (characters 7-14)."""
    normalised = _parse_resident_for_fields(number)
    return _resident_birth_or_fail(normalised, "id_number")


def resident_sex(number: str) -> str:
    """ "男" or "女": the 17th digit is odd for men, even for women (GB 11643-1999)."""
    normalised = _parse_resident_for_fields(number)
    return "男" if int(normalised[16]) % 2 == 1 else "女"


# ---------------------------------------------------------------------------
# 统一社会信用代码 (GB 32100-2015; check digit via stdnum.cn.uscc)
# ---------------------------------------------------------------------------

_USCC_ALPHABET: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, Z, S, V


def _validate_uscc(number: str, field: str) -> str:
    if any(ch not in _USCC_ALPHABET for ch in number):
        raise _fail(
            field,
            "uscc.characters",
            "统一社会信用代码只能由数字和大写字母组成（不使用I、O、Z、S、V）",
            "A unified social credit code uses digits and capital letters except I, O, Z, S, V.",
        )
    if len(number) != 18:
        raise _fail(
            field,
            "uscc.length",
            f"统一社会信用代码应为18位，现在是{len(number)}位",
            f"A unified social credit code has 18 characters; this one has {len(number)}.",
        )
    # GB 32100 lets the first two characters (registering authority and entity type) be
    # letters — e.g. "N" for rural collectives registered by agriculture departments —
    # while stdnum.cn.uscc.validate insists on digits there; only the region code
    # (characters 3-8) must be digits.  So the structure is checked here and only the
    # check digit is taken from stdnum.
    if not number[2:8].isdigit():
        raise _fail(
            field,
            "uscc.characters",
            "统一社会信用代码第3至8位应为行政区划代码（数字）",
            "Characters 3-8 of a unified social credit code are the region code (digits).",
        )
    if number[-1] != uscc.calc_check_digit(number):
        raise _fail(
            field,
            "uscc.checksum",
            "统一社会信用代码校验位不正确，请核对",
            "The unified social credit code's check character does not match.",
        )
    return number


# ---------------------------------------------------------------------------
# 护照
# ---------------------------------------------------------------------------


def _validate_passport(number: str, field: str) -> str:
    # Chinese passports: E/G/D/S/P + 8 digits, or E + letter + 7 digits (EA1234567,
    # issued since the E-digit series ran out); foreign passports vary by country, ICAO
    # 9303 only fixes the alphabet.  So: 5-17 capital letters/digits, with at least one
    # digit (no country issues all-letter numbers; an all-letter entry is usually a name).
    if not re.fullmatch(r"[A-Z0-9]+", number):
        raise _fail(
            field,
            "passport.characters",
            "护照号码只能由字母和数字组成",
            "A passport number contains only letters and digits.",
        )
    if not 5 <= len(number) <= 17:
        raise _fail(
            field,
            "passport.length",
            f"护照号码应为5至17位字母或数字，现在是{len(number)}位",
            f"A passport number has 5 to 17 letters or digits; this one has {len(number)}.",
        )
    if not any(ch.isdigit() for ch in number):
        raise _fail(
            field,
            "passport.no_digit",
            "护照号码中应含有数字，请核对是否误填了姓名",
            "A passport number contains digits; was a name entered by mistake?",
        )
    return number


# ---------------------------------------------------------------------------
# 港澳居民来往内地通行证
# ---------------------------------------------------------------------------


def _validate_hk_macao(number: str, field: str) -> str:
    # 公安部出入境管理局 2010-03-10 号码规则: 11 characters, H (Hong Kong) or M (Macao),
    # 8-digit lifelong number, 2-digit issue count (00, 01, ...).  The 9-character form
    # (lifelong number only) is still what many people quote and older records hold.
    if not re.fullmatch(r"[HM]\d{8}(\d{2})?", number):
        raise _fail(
            field,
            "hk_macao.format",
            "港澳居民来往内地通行证号码应为H或M加8位或10位数字，如H1234567800",
            "The permit number is H or M followed by 8 or 10 digits, e.g. H1234567800.",
        )
    return number


# ---------------------------------------------------------------------------
# 台湾居民来往大陆通行证 (台胞证)
# ---------------------------------------------------------------------------


def _validate_taiwan(number: str, field: str) -> str:
    # Since 2008-09-25 (一人一号、终身不变) and on the 2015 card: the 8-digit lifelong
    # number.  Booklets issued 1992-2008 printed 8 digits + 2-digit issue count (10
    # digits), some with an issuing-office letter in brackets; those have all expired,
    # so 10 digits are accepted for old records and the bracket suffix is not.
    if re.fullmatch(r"\d{8}|\d{10}", number):
        return number
    if re.fullmatch(r"[A-Z][12]\d{8}", number):
        # The Taiwan 身分證字號 is printed on the permit too, but is not its number.
        raise _fail(
            field,
            "taiwan.tw_id_number",
            "这是台湾身份证字号，请填写台胞证上的8位证件号码",
            "This is the Taiwan ID card number; enter the 8-digit permit number instead.",
        )
    raise _fail(
        field,
        "taiwan.format",
        "台湾居民来往大陆通行证号码应为8位数字（旧版为10位数字）",
        "The permit number has 8 digits (10 digits on old booklets).",
    )


# ---------------------------------------------------------------------------
# 外国人永久居留身份证
# ---------------------------------------------------------------------------


def _validate_foreign_pr(number: str, field: str) -> str:
    # 国家移民管理局《新版外国人永久居留身份证机读信息规则》(2023): cards issued from
    # 2023-12-01 carry 18 characters, first digit 9, last a MOD 11-2 check digit computed
    # exactly like the resident ID's; earlier cards (2004/2017) carry 15 characters,
    # 3 letters (nationality) + 12 digits, both stay valid.
    if re.fullmatch(r"[A-Z]{3}\d{12}", number):
        return number
    if re.fullmatch(r"9\d{16}[\dX]", number):
        if number[-1] != ric.calc_check_digit(number):
            raise _fail(
                field,
                "foreign_pr.checksum",
                "外国人永久居留身份证号码校验位不正确，请核对",
                "The Foreign Permanent Resident ID number's check digit does not match.",
            )
        return number
    raise _fail(
        field,
        "foreign_pr.format",
        "外国人永久居留身份证号码应为以9开头的18位（新版）或3位字母加12位数字（旧版）",
        "The number has 18 characters starting with 9 (new card) "
        "or 3 letters and 12 digits (old card).",
    )


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------

_MOBILE: Final = re.compile(r"1[3-9]\d{9}")
_LOCAL_NUMBER: Final = re.compile(r"[2-9]\d{6,7}")
# Extension written in words: 转123, 分机123, ext 123, x123 (after NFKC, upper-cased).
_EXTENSION_WORD: Final = re.compile(r"(?:转|分机|EXT\.?|X)(\d{1,6})$")


def validate_phone(text: str, *, field: str = "phone") -> str:
    """Return a normalised mainland phone number or raise InvalidField.

    Mobile: 1[3-9] + 9 digits, optional +86 / 0086 / 86 prefix → "13812345678".
    Landline: area code (010, 02x; else 4 digits 0xxx) + 7-8 digit local number → "025-57211234",
    with an extension ("转123" or a trailing "-123") → "025-57211234转123".
    Spaces, hyphens and brackets around the area code are allowed.
    """
    groups = _phone_groups(text)
    if not groups:
        raise _fail(field, "phone.empty", "请填写联系电话", "Please enter a phone number.")
    extension, groups = _split_word_extension(groups)
    international, groups = _strip_country_code(groups)
    if not groups or not all(group.isdigit() for group in groups):
        raise _unrecognised_phone(field)
    if groups[0].startswith("1"):
        if extension:  # mobiles have no extensions: the input is garbled
            raise _unrecognised_phone(field)
        return _mobile_or_fail("".join(groups), field)
    if international and not groups[0].startswith("0"):
        # Written internationally the trunk 0 is dropped: +86 25 57211234 → 025-57211234.
        groups = ["0" + groups[0], *groups[1:]]
    return _landline_or_fail(groups, extension, field)


def _phone_groups(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).upper()
    for dash in _DASHES:
        folded = folded.replace(dash, "-")
    kept = "".join(
        ch
        for ch in folded
        if not ch.isspace() and ch not in "()" and unicodedata.category(ch) != _INVISIBLE_CATEGORY
    )
    return [group for group in kept.split("-") if group]


def _split_word_extension(groups: list[str]) -> tuple[str, list[str]]:
    if not groups:
        return "", groups
    match = _EXTENSION_WORD.search(groups[-1])
    if match is None:
        return "", groups
    head = groups[-1][: match.start()]
    rest = groups[:-1] + ([head] if head else [])
    return match.group(1), rest


def _strip_country_code(groups: list[str]) -> tuple[bool, list[str]]:
    if not groups:
        return False, groups
    first = groups[0]
    for prefix in ("+86", "0086"):
        if first.startswith(prefix):
            rest = first[len(prefix) :]
            return True, ([rest] if rest else []) + groups[1:]
    # A bare "86" is only a country code when a full mobile number follows it.
    joined = "".join(groups)
    if joined.isdigit() and len(joined) == 13 and joined.startswith("861"):
        return True, [joined[2:]]
    return False, groups


def _mobile_or_fail(digits: str, field: str) -> str:
    if _MOBILE.fullmatch(digits):
        return digits
    if len(digits) != 11 and re.fullmatch(r"1[3-9]\d*", digits):
        raise _fail(
            field,
            "phone.mobile_length",
            f"手机号码应为11位，现在是{len(digits)}位",
            f"A mobile number has 11 digits; this one has {len(digits)}.",
        )
    raise _unrecognised_phone(field)


def _landline_or_fail(groups: list[str], extension: str, field: str) -> str:
    digits = "".join(groups)
    if not digits.startswith("0"):
        if _LOCAL_NUMBER.fullmatch(digits) and not extension:
            raise _fail(
                field,
                "phone.area_code_missing",
                "固定电话请加区号，如025-57211234",
                "Add the area code to a landline number, e.g. 025-57211234.",
            )
        raise _unrecognised_phone(field)
    parsed = _split_landline(digits)
    if parsed is None and not extension and len(groups) >= 2 and len(groups[-1]) <= 6:
        # "025-57211234-123" or "02557211234-123": the last hyphen group is an extension.
        parsed = _split_landline("".join(groups[:-1]))
        extension = groups[-1] if parsed is not None else ""
    if parsed is None:
        raise _unrecognised_phone(field)
    area, local = parsed
    return f"{area}-{local}" + (f"转{extension}" if extension else "")


def _split_landline(digits: str) -> tuple[str, str] | None:
    # National numbering plan: 010 and 020-029 are the only 3-digit area codes; every
    # other area code is 4 digits (0xxx).  Local numbers are 7-8 digits, not starting
    # with 0 or 1 (those lead to trunk and service numbers).
    area_len = 3 if digits[1:2] in ("1", "2") else 4
    area, local = digits[:area_len], digits[area_len:]
    if len(area) == area_len and _LOCAL_NUMBER.fullmatch(local):
        return area, local
    return None


def _unrecognised_phone(field: str) -> InvalidField:
    return _fail(
        field,
        "phone.unrecognised",
        "无法识别的电话号码：请填写11位手机号码，或带区号的固定电话（如025-57211234）",
        "Unrecognised phone number: enter an 11-digit mobile number or a landline "
        "with area code (e.g. 025-57211234).",
    )


# ---------------------------------------------------------------------------
# Masking for printed documents
# ---------------------------------------------------------------------------


def mask_id(number: str) -> str:
    """Mask an ID number for documents that do not need it in full.

    18-character numbers (resident ID, 2023 永居证, USCC) keep the first 6 and last 4
    (320117********1234); anything else keeps the first 2 and last 2.  Numbers of four
    characters or fewer are masked completely, since 2+2 would reveal them whole.
    """
    if len(number) == 18:
        return number[:6] + "*" * 8 + number[-4:]
    if len(number) <= 4:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 4) + number[-2:]
