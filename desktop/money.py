"""Money as integer fen: reading what a clerk types, writing figures and Chinese capitals.

Nothing here ever holds money in a float. Typed amounts go through ``Decimal`` (exact
decimal arithmetic) and come out as ``int`` fen; so do quantities times rates.

人民币大写 follows the People's Bank of China's rules for filling in bills and settlement
vouchers (《正确填写票据和结算凭证的基本规定》), which receipts follow too:

- digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, then 元角分;
- 整 after 元 when there are no 角 and 分, and (allowed, and what we print) after 角
  when there is no 分; never after 分;
- one 零 for a run of zeros in the middle (¥6,007.14 = 陆仟零柒元壹角肆分), none at the
  end of a group (¥1,000,000.00 = 壹佰万元整);
- 零 after 元 when 角 is 0 and 分 is not (¥325.04 = 叁佰贰拾伍元零肆分);
- where the rules allow either (元 digit 0 with 角 not 0, or the 万 digit 0 with 仟 not
  0) we print the first form the rules give: ¥1,680.32 = 壹仟陆佰捌拾元零叁角贰分 and
  ¥107,000.53 = 壹拾万柒仟元零伍角叁分;
- 拾 always carries its digit (壹拾, not 拾), so nothing can be written in front of it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.errors import DomainError

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
GROUP_UNITS = ("", "万", "亿")
MAX_CAPITAL_YUAN = 10**12 - 1  # 玖仟玖佰玖拾玖亿…: beyond that receipts have no column

# A fee window takes nothing near this; a typed amount above it is a slip of the finger.
MAX_TYPED_FEN = 10_000_000 * 100  # ten million yuan

_AMOUNT_RE = re.compile(r"^\d+(\.\d*)?$|^\.\d+$")
_QUANTITY_RE = _AMOUNT_RE


def _group_text(group: int) -> str:
    """Up to four digits (1–9999) with 拾佰仟 and one 零 per run of inner zeros."""
    digits = f"{group:04d}"
    out: list[str] = []
    zero_pending = False
    started = False
    for place, ch in enumerate(digits):
        d = int(ch)
        unit = SMALL_UNITS[3 - place]
        if d == 0:
            if started:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(DIGITS[d] + unit)
        started = True
    return "".join(out)


def yuan_capital(yuan: int) -> str:
    """Whole yuan in capitals without 元: 1000000 -> 壹佰万; 0 -> 零."""
    if yuan < 0 or yuan > MAX_CAPITAL_YUAN:
        raise ValueError(f"out of range for 大写: {yuan}")
    if yuan == 0:
        return DIGITS[0]
    groups = []
    rest = yuan
    while rest:
        rest, g = divmod(rest, 10_000)
        groups.append(g)
    out: list[str] = []
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        g = groups[index]
        if g == 0:
            # A whole empty group (亿 followed by an empty 万 group): one 零 if more follows.
            if out:
                zero_pending = True
            continue
        if out and (zero_pending or g < 1000):
            # Leading zeros of a group after a higher one: 壹拾万零柒佰.
            out.append("零")
        zero_pending = False
        out.append(_group_text(g) + GROUP_UNITS[index])
    return "".join(out)


def fen_capital(fen: int) -> str:
    """An amount in 人民币大写, as on a receipt: 1005 -> 壹拾元零伍分."""
    if fen < 0:
        raise ValueError("a negative amount has no capital form on a receipt")
    yuan, rest = divmod(fen, 100)
    jiao, fen_digit = divmod(rest, 10)
    if yuan > MAX_CAPITAL_YUAN:
        raise ValueError(f"out of range for 大写: {fen} fen")
    if fen == 0:
        return "零元整"
    parts: list[str] = []
    if yuan:
        parts.append(yuan_capital(yuan) + "元")
        if jiao == 0 and fen_digit == 0:
            return parts[0] + "整"
        # 零 after 元: required when 角 is 0 (元零伍分), chosen when the 元 digit is 0.
        if jiao == 0 or yuan % 10 == 0:
            parts.append("零")
    if jiao:
        parts.append(DIGITS[jiao] + "角")
    if fen_digit:
        parts.append(DIGITS[fen_digit] + "分")
    else:
        parts.append("整")
    return "".join(parts)


def format_fen(fen: int) -> str:
    """¥1,234.50; the same text the printed documents use."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def plain_yuan(fen: int) -> str:
    """1234.50 (no symbol, no separators): what goes back into an input field."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan}.{cents:02d}"


def _normalise_number_text(text: str) -> str:
    raw = unicodedata.normalize("NFKC", text).strip()
    for token in ("¥", "￥", "元", "RMB", "CNY", ",", " ", "，"):
        raw = raw.replace(token, "")
    return raw.replace("。", ".")


def parse_yuan(
    text: str, *, field: str = "amount", allow_zero: bool = False, max_fen: int = MAX_TYPED_FEN
) -> int:
    """What a clerk typed (80, 80.5, ¥1,000.00, full-width digits) as integer fen.

    Refused: empty text, letters, negative amounts, more than two decimals (there is no
    coin below 1 分), and anything above ``max_fen`` (a finger slip, not a fee).
    """
    raw = _normalise_number_text(text)
    if not raw:
        raise DomainError("money.empty", "请填写金额。", "Enter the amount.", field=field)
    if raw.startswith("-"):
        raise DomainError(
            "money.negative", "金额不能为负数。", "The amount cannot be negative.", field=field
        )
    if not _AMOUNT_RE.match(raw):
        raise DomainError(
            "money.format",
            f"“{text.strip()}”不是有效金额，请填写如 80 或 80.50。",
            f"'{text.strip()}' is not an amount; write e.g. 80 or 80.50.",
            field=field,
        )
    value = Decimal(raw)
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise DomainError(
            "money.decimals",
            "金额最多两位小数（到分）。",
            "An amount has at most two decimals (fen).",
            field=field,
        )
    fen = int(value * 100)
    if fen == 0 and not allow_zero:
        raise DomainError(
            "money.zero", "金额应大于零。", "The amount must be more than zero.", field=field
        )
    if fen > max_fen:
        raise DomainError(
            "money.absurd",
            f"金额 {format_fen(fen)} 超出合理范围（上限 {format_fen(max_fen)}），请核对。",
            f"{format_fen(fen)} is beyond any plausible amount (limit {format_fen(max_fen)}); check it.",
            field=field,
        )
    return fen


def parse_quantity(text: str, *, whole: bool, max_quantity: int, field: str = "quantity") -> int:
    """A quantity in thousandths (12.5 平方米 -> 12500); ``whole`` for counted units (本, 副)."""
    raw = _normalise_number_text(text)
    if raw.startswith("-"):
        raise DomainError(
            "quantity.negative", "数量不能为负数。", "A quantity cannot be negative.", field=field
        )
    if not raw or not _QUANTITY_RE.match(raw):
        raise DomainError(
            "quantity.format",
            f"“{text.strip()}”不是有效数量。",
            f"'{text.strip()}' is not a quantity.",
            field=field,
        )
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above rules it out
        raise DomainError(
            "quantity.format", "数量格式不正确。", "The quantity is malformed.", field=field
        ) from exc
    decimals = -value.as_tuple().exponent  # type: ignore[operator]
    if whole and value != value.to_integral_value():
        raise DomainError(
            "quantity.whole",
            "该收费按件（本、副）计，数量应为整数。",
            "This fee counts whole units; the quantity is a whole number.",
            field=field,
        )
    if decimals > 3:
        raise DomainError(
            "quantity.decimals",
            "数量最多三位小数。",
            "A quantity has at most three decimals.",
            field=field,
        )
    if value <= 0:
        raise DomainError(
            "quantity.zero", "数量应大于零。", "The quantity must be more than zero.", field=field
        )
    if value > max_quantity:
        raise DomainError(
            "quantity.absurd",
            f"数量 {raw} 超出合理范围（上限 {max_quantity}），请核对。",
            f"A quantity of {raw} is beyond any plausible one (limit {max_quantity}); check it.",
            field=field,
        )
    return int(value * 1000)


def quantity_text(milli: int) -> str:
    """12500 -> "12.5"; 2000 -> "2"."""
    whole, frac = divmod(milli, 1000)
    if not frac:
        return str(whole)
    return f"{whole}.{frac:03d}".rstrip("0")


def times_rate(unit_fen: int, quantity_milli: int) -> int:
    """A rate times a quantity, rounded half up to the fen (四舍五入到分)."""
    exact = Decimal(unit_fen) * Decimal(quantity_milli) / Decimal(1000)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
