"""Tests for desktop.identity: documents as people really type them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from desktop.identity import (
    FieldProblem,
    IdKind,
    InvalidField,
    mask_id,
    normalize_id_text,
    resident_birth_date,
    resident_sex,
    validate_id,
    validate_phone,
)

TODAY = date(2026, 11, 27)


def make_ric(body17: str) -> str:
    """A resident ID with the correct check digit for its first 17 digits."""
    return body17 + ric.calc_check_digit(body17 + "0")


def code_of(kind: IdKind, text: str, today: date = TODAY) -> str:
    with pytest.raises(InvalidField) as caught:
        validate_id(kind, text, today)
    problem = caught.value.problem
    assert isinstance(problem, FieldProblem)
    assert problem.zh and problem.en  # every problem speaks both languages
    return problem.code


# A man born 1990-03-07 in 溧水区 (sequence 123 → odd → male).
MAN = make_ric("32011719900307123")


def _find_x_id() -> str:
    """A woman born 1985-06-12 whose check digit is X, to cover that case."""
    for seq in range(0, 1000, 2):  # even sequence → female
        number = make_ric(f"32011719850612{seq:03d}")
        if number.endswith("X"):
            return number
    raise AssertionError("no X check digit found")


X_ID = _find_x_id()


# ---------------------------------------------------------------------------
# normalize_id_text
# ---------------------------------------------------------------------------


def test_normalize_handles_full_width_spaces_dashes_and_case() -> None:
    assert normalize_id_text("\u3000３２０１１７ 1990-0307\t123x \u200b") == "32011719900307123X"
    assert normalize_id_text("  e12345678\n") == "E12345678"
    assert normalize_id_text("") == ""


# ---------------------------------------------------------------------------
# Resident IDs
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        MAN,
        f"  {MAN}  ",
        f"{MAN[:6]} {MAN[6:14]} {MAN[14:]}",
        f"{MAN[:6]}-{MAN[6:14]}-{MAN[14:]}",
        f"{MAN[:6]}\u3000{MAN[6:]}",
        MAN.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        f"\t{MAN}\n",
    ],
)
def test_resident_accepts_every_typed_form(typed: str) -> None:
    assert validate_id(IdKind.RESIDENT, typed, TODAY) == MAN


def test_resident_lower_case_x_and_full_width_x() -> None:
    assert validate_id(IdKind.RESIDENT, X_ID[:-1] + "x", TODAY) == X_ID
    assert validate_id(IdKind.RESIDENT, X_ID[:-1] + "ｘ", TODAY) == X_ID


def test_resident_checksum() -> None:
    wrong = MAN[:-1] + ("0" if MAN[-1] != "0" else "1")
    assert code_of(IdKind.RESIDENT, wrong) == "ric.checksum"


def test_resident_invalid_birth_date_19990230() -> None:
    assert code_of(IdKind.RESIDENT, make_ric("32011719990230123")) == "ric.birth_date"


def test_resident_implausible_birth_year() -> None:
    assert code_of(IdKind.RESIDENT, make_ric("32011708900101123")) == "ric.birth_date"


def test_resident_future_birth_date() -> None:
    future = make_ric("32011720261201123")
    assert code_of(IdKind.RESIDENT, future, today=date(2026, 11, 27)) == "ric.birth_future"
    # The same number is fine once that day has come.
    assert validate_id(IdKind.RESIDENT, future, date(2026, 12, 1)) == future


def test_resident_old_15_digit_number() -> None:
    assert code_of(IdKind.RESIDENT, "320124900307123") == "ric.old_format"


def test_resident_old_number_message_mentions_18_digits() -> None:
    with pytest.raises(InvalidField) as caught:
        validate_id(IdKind.RESIDENT, "320124900307123", TODAY)
    assert "18" in caught.value.problem.zh and "18" in caught.value.problem.en


@pytest.mark.parametrize("typed", [MAN[:-1], MAN + "1", "3201"])
def test_resident_wrong_length(typed: str) -> None:
    assert code_of(IdKind.RESIDENT, typed) == "ric.length"


@pytest.mark.parametrize("typed", ["32011719900307A23X", "E12345678", "X2011719900307123", "张三"])
def test_resident_letters(typed: str) -> None:
    assert code_of(IdKind.RESIDENT, typed) == "ric.characters"


def test_resident_unknown_region() -> None:
    assert code_of(IdKind.RESIDENT, make_ric("00000019900307123")) == "ric.region"


def test_resident_region_checked_without_era() -> None:
    # 320117 (溧水区) exists since 2013; adults re-registered there hold such numbers.
    adult = make_ric("32011719800101123")
    assert validate_id(IdKind.RESIDENT, adult, TODAY) == adult


def test_resident_accepts_residence_permit_of_taiwan_residents() -> None:
    permit = make_ric("83000019900307123")
    assert validate_id(IdKind.RESIDENT, permit, TODAY) == permit


def test_resident_rejects_foreign_pr_number_with_hint() -> None:
    assert code_of(IdKind.RESIDENT, make_ric("91115619900307123")) == "ric.foreign_pr"


def test_empty_input() -> None:
    assert code_of(IdKind.RESIDENT, " \u3000 ") == "id.empty"
    assert code_of(IdKind.PASSPORT, "") == "id.empty"


def test_field_name_is_carried() -> None:
    with pytest.raises(InvalidField) as caught:
        validate_id(IdKind.RESIDENT, "1", TODAY, field="agent_id_number")
    assert caught.value.problem.field == "agent_id_number"
    with pytest.raises(InvalidField) as caught:
        validate_id(IdKind.RESIDENT, "1", TODAY)
    assert caught.value.problem.field == "id_number"


def test_birth_date_and_sex() -> None:
    assert resident_birth_date(MAN) == date(1990, 3, 7)
    assert resident_sex(MAN) == "男"
    assert resident_sex(X_ID) == "女"
    assert resident_birth_date(f" {X_ID.lower()} ") == date(1985, 6, 12)
    with pytest.raises(InvalidField):
        resident_birth_date("123")


REGIONS = ["320117", "320124", "110105", "440305", "810000"]


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(REGIONS))
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = draw(st.integers(min_value=0, max_value=999))
    return make_ric(f"{region}{birth:%Y%m%d}{seq:03d}")


FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@settings(max_examples=200)
@given(
    number=resident_ids(),
    full_width=st.booleans(),
    lower=st.booleans(),
    separator=st.sampled_from(["", " ", "-", "\u3000", " - "]),
    pad=st.sampled_from(["", " ", "\t", "\u3000"]),
)
def test_property_typed_variants_normalise_to_the_number(
    number: str, full_width: bool, lower: bool, separator: str, pad: str
) -> None:
    typed = separator.join([number[:6], number[6:14], number[14:]])
    if full_width:
        typed = typed.translate(FULL_WIDTH)
    if lower:
        typed = typed.lower()
    assert validate_id(IdKind.RESIDENT, pad + typed + pad, TODAY) == number


@settings(max_examples=200)
@given(number=resident_ids(), pos=st.integers(0, 16), delta=st.integers(1, 9))
def test_property_any_single_digit_error_is_caught(number: str, pos: int, delta: int) -> None:
    # MOD 11-2 detects every single-digit substitution.
    digit = (int(number[pos]) + delta) % 10
    typo = number[:pos] + str(digit) + number[pos + 1 :]
    with pytest.raises(InvalidField):
        validate_id(IdKind.RESIDENT, typo, TODAY)


# ---------------------------------------------------------------------------
# USCC
# ---------------------------------------------------------------------------


def make_uscc(body17: str) -> str:
    return body17 + uscc.calc_check_digit(body17)


def test_uscc_valid_forms() -> None:
    assert validate_id(IdKind.USCC, "91110000600037341L", TODAY) == "91110000600037341L"
    assert validate_id(IdKind.USCC, " 9111 0000 6000 3734 1l ", TODAY) == "91110000600037341L"
    # Letters in the first two positions are allowed by GB 32100 (e.g. N = agriculture).
    rural = make_uscc("N2320117MA1234567")
    assert validate_id(IdKind.USCC, rural, TODAY) == rural


def test_uscc_problems() -> None:
    assert code_of(IdKind.USCC, "91110000600037341A") == "uscc.checksum"
    assert code_of(IdKind.USCC, "9111000060003734") == "uscc.length"
    assert code_of(IdKind.USCC, "91110000600037341I") == "uscc.characters"  # no I
    assert code_of(IdKind.USCC, "9111000O600037341L") == "uscc.characters"  # no O
    assert code_of(IdKind.USCC, make_uscc("911A0000600037341")) == "uscc.characters"


# ---------------------------------------------------------------------------
# Other documents
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("E12345678", "E12345678"),
        ("ea1234567", "EA1234567"),
        ("G12345678", "G12345678"),
        ("D 1234 5678", "D12345678"),
        ("C01X00T47", "C01X00T47"),  # a German-style number
        ("123456789", "123456789"),  # US passports are all digits
        ("Ｅ１２３４５６７８", "E12345678"),
    ],
)
def test_passport_valid(typed: str, expected: str) -> None:
    assert validate_id(IdKind.PASSPORT, typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("E123", "passport.length"),
        ("E" + "1" * 17, "passport.length"),
        ("E1234567#", "passport.characters"),
        ("张三12345", "passport.characters"),
        ("SMITHJOHN", "passport.no_digit"),
    ],
)
def test_passport_invalid(typed: str, code: str) -> None:
    assert code_of(IdKind.PASSPORT, typed) == code


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("H12345678", "H12345678"), ("h1234567800", "H1234567800"), ("M 1234 5678 01", "M1234567801")],
)
def test_hk_macao_valid(typed: str, expected: str) -> None:
    assert validate_id(IdKind.HK_MACAO, typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["H1234567", "H123456789", "K12345678", "12345678", "HM2345678"])
def test_hk_macao_invalid(typed: str) -> None:
    assert code_of(IdKind.HK_MACAO, typed) == "hk_macao.format"


@pytest.mark.parametrize("typed", ["12345678", "1234567801", " 1234 5678 "])
def test_taiwan_valid(typed: str) -> None:
    assert validate_id(IdKind.TAIWAN, typed, TODAY) == normalize_id_text(typed)


@pytest.mark.parametrize("typed", ["1234567", "123456789", "T12345678", "1234567801(B)"])
def test_taiwan_invalid(typed: str) -> None:
    assert code_of(IdKind.TAIWAN, typed) == "taiwan.format"


def test_taiwan_id_card_number_gets_a_hint() -> None:
    assert code_of(IdKind.TAIWAN, "A123456789") == "taiwan.tw_id_number"


def test_foreign_pr_valid() -> None:
    old = "USA110079123456"
    assert validate_id(IdKind.FOREIGN_PR, old.lower(), TODAY) == old
    new = make_ric("91184019900307123")
    assert validate_id(IdKind.FOREIGN_PR, new, TODAY) == new


def test_foreign_pr_invalid() -> None:
    new = make_ric("91184019900307123")
    wrong = new[:-1] + ("0" if new[-1] != "0" else "1")
    assert code_of(IdKind.FOREIGN_PR, wrong) == "foreign_pr.checksum"
    assert code_of(IdKind.FOREIGN_PR, MAN) == "foreign_pr.format"  # starts with 3, not 9
    assert code_of(IdKind.FOREIGN_PR, "US1100791234567") == "foreign_pr.format"
    assert code_of(IdKind.FOREIGN_PR, "USA11007912345") == "foreign_pr.format"


def test_kind_labels() -> None:
    for kind in IdKind:
        assert kind.label_zh and kind.label_en
    assert IdKind.RESIDENT.label_zh == "居民身份证"
    assert IdKind("uscc") is IdKind.USCC
    assert IdKind.HK_MACAO.value == "hk_macao"
    assert str(IdKind.HK_MACAO) == "hk_macao"


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13812345678", "13812345678"),
        (" 138 1234 5678 ", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086-138-1234-5678", "13812345678"),
        ("86 13812345678", "13812345678"),
        ("１９９１２３４５６７８", "19912345678"),
        ("025-57211234", "025-57211234"),
        ("02557211234", "025-57211234"),
        ("(025) 5721 1234", "025-57211234"),
        ("025-5721-1234", "025-57211234"),
        ("010-62345678", "010-62345678"),
        ("0512-6512345", "0512-6512345"),
        ("025-57211234转123", "025-57211234转123"),
        ("025-57211234 转 8", "025-57211234转8"),
        ("025-57211234-123", "025-57211234转123"),
        ("+86 25 5721 1234", "025-57211234"),
        ("０２５－５７２１１２３４", "025-57211234"),
    ],
)
def test_phone_valid(typed: str, expected: str) -> None:
    assert validate_phone(typed) == expected


@pytest.mark.parametrize("typed", ["1381234567", "138123456789", "138 1234 567"])
def test_phone_mobile_wrong_length(typed: str) -> None:
    with pytest.raises(InvalidField) as caught:
        validate_phone(typed)
    assert caught.value.problem.code == "phone.mobile_length"
    assert caught.value.problem.field == "phone"


@pytest.mark.parametrize(
    "typed", ["12812345678", "abc", "025-123", "0251234", "138转123", "025-0211234", "110"]
)
def test_phone_unrecognised(typed: str) -> None:
    with pytest.raises(InvalidField) as caught:
        validate_phone(typed)
    assert caught.value.problem.code == "phone.unrecognised"


def test_phone_missing_area_code_and_empty() -> None:
    with pytest.raises(InvalidField) as caught:
        validate_phone("5721 1234")
    assert caught.value.problem.code == "phone.area_code_missing"
    with pytest.raises(InvalidField) as caught:
        validate_phone("  ")
    assert caught.value.problem.code == "phone.empty"


# ---------------------------------------------------------------------------
# Masking
# ---------------------------------------------------------------------------


def test_mask_id() -> None:
    assert mask_id("320117199003071234") == "320117********1234"
    assert mask_id("E12345678") == "E1*****78"
    assert mask_id("USA110079123456") == "US***********56"
    assert mask_id("AB12") == "****"
    assert mask_id("") == ""


@given(st.text(alphabet="0123456789ABCDEFX", max_size=20))
def test_property_mask_keeps_length_and_hides_the_middle(number: str) -> None:
    masked = mask_id(number)
    assert len(masked) == len(number)
    if len(number) > 4:
        assert masked[len(masked) // 2] == "*"
