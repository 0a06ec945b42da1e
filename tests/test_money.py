"""Money: 人民币大写 as printed on receipts, and amounts typed by a clerk.

The capitals are checked against an independent reading: a small parser below turns a
大写 amount back into fen (it knows nothing of how the writer groups digits), and the
nonzero digits must appear in the same order as in the figures. The hard cases are the
official examples of the People's Bank of China's rules plus the 万/亿 boundaries.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import DomainError
from desktop.money import (
    MAX_CAPITAL_YUAN,
    fen_capital,
    format_fen,
    parse_quantity,
    parse_yuan,
    quantity_text,
    times_rate,
)

DIGIT_VALUE = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def read_capital(text: str) -> int:
    """An independent reading of a 大写 amount, back to fen.

    Reads like a person: digits multiply the unit after them; 万 and 亿 close a section;
    零 is only a placeholder. 整 ends the amount.
    """
    assert text.endswith(("整", "分")), text
    body = text.removesuffix("整")
    fen = 0
    if "元" in body:
        yuan_text, _, rest = body.partition("元")
    else:
        yuan_text, rest = "", body
    for unit, value in (("角", 10), ("分", 1)):
        if unit in rest:
            head, _, rest = rest.partition(unit)
            digits = head.replace("零", "")
            assert len(digits) == 1, text
            fen += DIGIT_VALUE[digits] * value
    assert rest.replace("零", "") == "", text
    total = section = digit = 0
    for ch in yuan_text:
        if ch in DIGIT_VALUE:
            digit = DIGIT_VALUE[ch]
        elif ch in SMALL:
            section += digit * SMALL[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {text}")
    total += section + digit
    return total * 100 + fen


def nonzero_digits(text: str) -> list[int]:
    return [DIGIT_VALUE[ch] for ch in text if ch in DIGIT_VALUE and ch != "零"]


# -- the rules' own examples and the hard cases ------------------------------------------------
@pytest.mark.parametrize(
    ("fen", "capital"),
    [
        # From the issue.
        (1005, "壹拾元零伍分"),
        (100_000_000, "壹佰万元整"),
        (50, "伍角整"),
        # 《正确填写票据和结算凭证的基本规定》, with 整 after 角 (allowed, and printed).
        (140_950, "壹仟肆佰零玖元伍角整"),
        (600_714, "陆仟零柒元壹角肆分"),
        (168_032, "壹仟陆佰捌拾元零叁角贰分"),
        (10_700_053, "壹拾万柒仟元零伍角叁分"),
        (1_640_902, "壹万陆仟肆佰零玖元零贰分"),
        (32_504, "叁佰贰拾伍元零肆分"),
        # Whole yuan, fen only, nothing.
        (0, "零元整"),
        (1, "壹分"),
        (5, "伍分"),
        (55, "伍角伍分"),
        (100, "壹元整"),
        (1_000, "壹拾元整"),
        (1_050, "壹拾元零伍角整"),
        (1_100, "壹拾壹元整"),
        (10_100, "壹佰零壹元整"),
        (101_000, "壹仟零壹拾元整"),
        # Zeros in the middle and at the 万/亿 boundaries.
        (100_100, "壹仟零壹元整"),
        (1_000_000, "壹万元整"),
        (1_000_100, "壹万零壹元整"),
        (1_070_000, "壹万零柒佰元整"),
        (10_000_000, "壹拾万元整"),
        (11_000_000, "壹拾壹万元整"),
        # 万 digit 0, 仟 digit not: the rules allow 零 or none; like their first form of
        # ¥107,000.53 (壹拾万柒仟元…) we write none.
        (100_100_000, "壹佰万壹仟元整"),
        (1_000_000_000, "壹仟万元整"),
        (10_000_000_000, "壹亿元整"),
        (10_001_000_000, "壹亿零壹万元整"),
        (10_000_000_100, "壹亿零壹元整"),
        (10_000_100_000, "壹亿零壹仟元整"),
        (10_000_010_000, "壹亿零壹佰元整"),
        (100_000_000_000, "壹拾亿元整"),
        (12_345_678_901, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分"),
        (99_999_999_999_999, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_capitals_of_the_hard_cases(fen: int, capital: str) -> None:
    assert fen_capital(fen) == capital
    assert read_capital(capital) == fen


def test_capitals_refuse_what_no_receipt_can_hold() -> None:
    with pytest.raises(ValueError):
        fen_capital(-1)
    with pytest.raises(ValueError):
        fen_capital((MAX_CAPITAL_YUAN + 1) * 100)


# -- properties ---------------------------------------------------------------------------------
AMOUNTS = st.one_of(
    st.integers(min_value=0, max_value=(MAX_CAPITAL_YUAN + 1) * 100 - 1),
    st.integers(min_value=0, max_value=10**9),
    # Sparse digits: lots of zeros, where the 零 rules live.
    st.lists(st.sampled_from([0, 0, 0, 0, 1, 5, 9]), min_size=1, max_size=14).map(
        lambda ds: int("".join(map(str, ds)))
    ),
)


@given(AMOUNTS)
def test_capitals_read_back_to_the_same_amount(fen: int) -> None:
    assert read_capital(fen_capital(fen)) == fen


@given(AMOUNTS)
def test_capitals_name_the_same_digits_in_the_same_order(fen: int) -> None:
    assert nonzero_digits(fen_capital(fen)) == [int(d) for d in str(fen) if d != "0"]


@given(AMOUNTS)
def test_capitals_follow_the_writing_rules(fen: int) -> None:
    text = fen_capital(fen)
    if fen == 0:
        assert text == "零元整"
        return
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    assert "零零" not in text
    assert not any(f"零{u}" in text for u in "元万亿拾佰仟角分整")
    assert text.endswith("分") == (fen_digit != 0)  # 整 never after 分
    assert ("元" in text) == (yuan != 0 or fen == 0)
    if yuan and not jiao and fen_digit:
        assert "元零" in text  # 零 after 元 when 角 is missing
    if text.startswith("拾") or "零拾" in text:
        pytest.fail(f"拾 without its digit: {text}")
    if fen:
        assert not text.startswith("零")


# -- typed amounts ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("80", 8000),
        ("80.5", 8050),
        ("80.50", 8050),
        ("¥1,000.00", 100_000),
        ("１２．３４", 1234),  # full-width, as some input methods type
        (" 0.05 ", 5),
        ("10元", 1000),
        (".5", 50),
    ],
)
def test_typed_amounts_become_exact_fen(typed: str, fen: int) -> None:
    assert parse_yuan(typed) == fen


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "money.empty"),
        ("-5", "money.negative"),
        ("80.505", "money.decimals"),
        ("abc", "money.format"),
        ("1e5", "money.format"),
        ("NaN", "money.format"),
        ("0", "money.zero"),
        ("99999999999", "money.absurd"),
    ],
)
def test_bad_amounts_are_refused_with_a_reason(typed: str, code: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_yuan(typed, field="tendered")
    assert info.value.code == code and info.value.field == "tendered"


@given(st.integers(min_value=1, max_value=10**9))
def test_an_amount_written_as_figures_reads_back(fen: int) -> None:
    assert parse_yuan(format_fen(fen), max_fen=10**9) == fen


def test_quantities_and_rates_stay_exact() -> None:
    assert parse_quantity("12.5", whole=False, max_quantity=1000) == 12_500
    assert quantity_text(12_500) == "12.5" and quantity_text(2_000) == "2"
    # 280 元/平方米 × 12.345 平方米 = 3456.60 元, rounded half up to the fen.
    assert times_rate(28_000, 12_345) == 345_660
    assert times_rate(1, 500) == 1  # half a fen rounds up
    for bad, code in (
        ("-1", "quantity.negative"),
        ("0", "quantity.zero"),
        ("1.5", "quantity.whole"),
    ):
        with pytest.raises(DomainError) as info:
            parse_quantity(bad, whole=True, max_quantity=999)
        assert info.value.code == code
    with pytest.raises(DomainError) as info:
        parse_quantity("1000000", whole=False, max_quantity=100_000)
    assert info.value.code == "quantity.absurd"
