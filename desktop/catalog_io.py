"""The service catalog (实施清单) as plain data: JSON and XLSX import/export and validation.

Nothing here touches the database; ``desktop.catalog_store`` writes a validated
``CatalogDoc`` into it. Both parsers collect *every* problem they find, each with the
place a person can go to fix it (the sheet, spreadsheet row and column header of an
XLSX file; the section, 1-based entry and field of a JSON file), in Chinese and English,
and raise ``CatalogInvalid`` once at the end: an administrator fixing a 150-item
spreadsheet should not have to re-import it 40 times to see 40 mistakes.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

FORMAT = "yichuang-catalog"
VERSION = 1

KINDS = ("immediate", "promised", "joint", "reported")
FORMS = ("paper", "electronic", "either")
FEE_MODES = ("fixed", "rate")

KIND_ZH = {"immediate": "即办件", "promised": "承诺件", "joint": "联合件", "reported": "上报件"}
FORM_ZH = {"paper": "纸质", "electronic": "电子", "either": "纸质或电子"}
MODE_ZH = {"fixed": "固定", "rate": "按量"}
REQUIRED_ZH = {True: "必要", False: "条件"}
YES_NO_ZH = {True: "是", False: "否"}


# ---------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CenterDoc:
    code: str
    name: str
    address: str = ""
    phone: str = ""
    hours: str = ""


@dataclass(frozen=True)
class DepartmentDoc:
    code: str
    name: str
    short_name: str = ""


@dataclass(frozen=True)
class LegalBasisDoc:
    title: str
    article: str = ""


@dataclass(frozen=True)
class MaterialDoc:
    name: str
    originals: int = 1
    copies: int = 0
    form: str = "paper"
    required: bool = True
    condition: str = ""
    source: str = ""
    notes: str = ""


@dataclass(frozen=True)
class FeeDoc:
    name: str
    amount_fen: int
    mode: str = "fixed"
    unit: str = "件"
    basis: str = ""
    waivable: bool = False


@dataclass(frozen=True)
class ItemDoc:
    code: str
    name: str
    department: str
    kind: str
    content: str = ""
    result: str = ""
    committed_days: int = 0
    legal_days: int = 20
    joint_departments: tuple[str, ...] = ()
    higher_authority: str = ""
    pickup: str = ""
    steps: tuple[str, ...] = ()
    legal_basis: tuple[LegalBasisDoc, ...] = ()
    materials: tuple[MaterialDoc, ...] = ()
    fees: tuple[FeeDoc, ...] = ()


@dataclass(frozen=True)
class CatalogDoc:
    center: CenterDoc
    departments: tuple[DepartmentDoc, ...]
    items: tuple[ItemDoc, ...]


# ---------------------------------------------------------------------------
# Errors and where they are
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogError:
    """One problem, placed so a person can find it.

    XLSX: ``sheet`` is the sheet name, ``row`` the spreadsheet row number (1 is the
    header, 0 means the sheet as a whole), ``column`` the column header.
    JSON: ``sheet`` is the section ("center", "departments", "items"), ``row`` the
    1-based entry (0 for the center or the file), ``column`` the field; an item's nested
    lists are named inside the field, e.g. ``materials[2].copies``.
    A problem with the file itself has an empty ``sheet``.
    """

    sheet: str
    row: int
    column: str
    zh: str
    en: str


class CatalogInvalid(Exception):
    """The catalog cannot be used; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[CatalogError]) -> None:
        self.errors: list[CatalogError] = list(errors)
        shown = "; ".join(e.en for e in self.errors[:3])
        more = f" (+{len(self.errors) - 3} more)" if len(self.errors) > 3 else ""
        super().__init__(f"{len(self.errors)} catalog error(s): {shown}{more}")


@dataclass(frozen=True)
class Where:
    """A place in a CatalogDoc, independent of the file it came from.

    ``section`` is "center", "departments", "items" or one of an item's lists
    ("steps", "legal_basis", "materials", "fees"); ``index`` is the 0-based department
    or item; ``sub`` the 0-based entry in the item's list; ``field`` the doc field
    ("" for a step, which is a bare string).
    """

    section: str
    index: int = 0
    field: str = ""
    sub: int = 0


CHILD_SECTIONS = ("steps", "legal_basis", "materials", "fees")


@dataclass(frozen=True)
class _Issue:
    where: Where
    rule: str
    zh: str
    en: str
    item: str = ""  # the item's code, named in the message: it survives re-sorting a sheet


class Places(Protocol):
    """Turns a Where into the sheet/row/column of one concrete file, and words messages."""

    def place(self, where: Where) -> tuple[str, int, str]: ...

    def error(
        self, sheet: str, row: int, column: str, zh: str, en: str, item: str
    ) -> CatalogError: ...


def _item_suffix(item: str) -> tuple[str, str]:
    return (f"（事项 {item}）", f" (item {item})") if item else ("", "")


class JsonPlaces:
    """Places in a JSON document: section, 1-based entry, field."""

    def place(self, where: Where) -> tuple[str, int, str]:
        if where.section == "center":
            return "center", 0, where.field
        if where.section == "departments":
            return "departments", where.index + 1, where.field
        if where.section == "items":
            return "items", where.index + 1, where.field
        column = f"{where.section}[{where.sub + 1}]" + (f".{where.field}" if where.field else "")
        return "items", where.index + 1, column

    def error(self, sheet: str, row: int, column: str, zh: str, en: str, item: str) -> CatalogError:
        zs, es = _item_suffix(item)
        if not sheet:
            at_zh, at_en = (f"第 {row} 行", f"line {row}: ") if row else ("", "")
            return CatalogError(sheet, row, column, f"{at_zh}{zh}", f"{at_en}{en}")
        entry_zh = f" 第 {row} 项" if row else ""
        entry_en = f" entry {row}" if row else ""
        col_zh = f"「{column}」" if column else ""
        col_en = f", field {column}" if column else ""
        return CatalogError(
            sheet,
            row,
            column,
            f"{sheet}{entry_zh}{col_zh}{zh}{zs}",
            f"{sheet}{entry_en}{col_en}: {en}{es}",
        )


def _xlsx_error(
    sheet: str, row: int, column: str, zh: str, en: str, item: str = ""
) -> CatalogError:
    zs, es = _item_suffix(item)
    if not sheet:
        return CatalogError(sheet, row, column, zh, en)
    row_zh = f"第 {row} 行" if row else ""
    row_en = f", row {row}" if row else ""
    col_zh = f"「{column}」" if column else ""
    col_en = f", column {column}" if column else ""
    return CatalogError(
        sheet,
        row,
        column,
        f"「{sheet}」表{row_zh}{col_zh}{zh}{zs}",
        f"sheet {sheet}{row_en}{col_en}: {en}{es}",
    )


def _file_error(zh: str, en: str, line: int = 0) -> CatalogInvalid:
    return CatalogInvalid([CatalogError("", line, "", zh, en)])


# ---------------------------------------------------------------------------
# Validation: the rules, on the doc, whatever file it came from
# ---------------------------------------------------------------------------

# Column lengths of models/catalog.py: the central PostgreSQL enforces them, SQLite not,
# so a too-long value would only fail later, at sync, far from the person who typed it.
MAX_LEN: Mapping[tuple[str, str], int] = {
    ("center", "code"): 12,
    ("center", "name"): 200,
    ("center", "address"): 300,
    ("center", "phone"): 60,
    ("center", "hours"): 200,
    ("departments", "code"): 20,
    ("departments", "name"): 200,
    ("departments", "short_name"): 60,
    ("items", "code"): 60,
    ("items", "name"): 200,
    ("items", "result"): 200,
    ("items", "higher_authority"): 200,
    ("items", "pickup"): 300,
    ("steps", ""): 200,
    ("legal_basis", "title"): 300,
    ("legal_basis", "article"): 200,
    ("materials", "name"): 300,
    ("materials", "condition"): 300,
    ("materials", "source"): 200,
    ("fees", "name"): 200,
    ("fees", "unit"): 30,
}
# openpyxl refuses these characters when writing, and they are never meant.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Department codes are written comma-separated in the 联办部门 column.
_CODE_SEPARATORS = re.compile(r"[\s、,，;；]")


class _Checker:
    """Collects issues; one method per part of the doc keeps each rule short."""

    def __init__(self) -> None:
        self.issues: list[_Issue] = []

    def add(self, where: Where, rule: str, zh: str, en: str, item: str = "") -> None:
        self.issues.append(_Issue(where, rule, zh, en, item))

    def text(self, value: object, where: Where, *, required: bool, item: str = "") -> None:
        if not isinstance(value, str):
            self.add(where, "type", "应为文字", "must be text", item)
            return
        if required and not value.strip():
            self.add(where, "empty", "不能为空", "must not be empty", item)
        limit = MAX_LEN.get((where.section, where.field))
        if limit is not None and len(value) > limit:
            self.add(
                where,
                "length",
                f"不能超过 {limit} 个字",
                f"must be at most {limit} characters",
                item,
            )
        if _CONTROL.search(value):
            self.add(where, "control", "含有不可见的控制字符", "contains control characters", item)

    def count(self, value: object, where: Where, item: str = "") -> bool:
        """A whole number, 0 or more; True when it is one."""
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return True
        self.add(where, "count", "应为非负整数", "must be a whole number, 0 or more", item)
        return False

    def choice(
        self, value: object, allowed: Mapping[str, str], where: Where, item: str = ""
    ) -> None:
        if value not in allowed:
            zh = "、".join(f"{k}（{v}）" for k, v in allowed.items())
            self.add(
                where, "choice", f"应为 {zh} 之一", f"must be one of {', '.join(allowed)}", item
            )

    def center(self, c: CenterDoc) -> None:
        for f in ("code", "name", "address", "phone", "hours"):
            self.text(getattr(c, f), Where("center", 0, f), required=f in ("code", "name"))

    def departments(self, departments: Sequence[DepartmentDoc]) -> set[str]:
        seen: set[str] = set()
        for i, d in enumerate(departments):
            self.text(d.code, Where("departments", i, "code"), required=True)
            self.text(d.name, Where("departments", i, "name"), required=True)
            self.text(d.short_name, Where("departments", i, "short_name"), required=False)
            if isinstance(d.code, str) and _CODE_SEPARATORS.search(d.code):
                self.add(
                    Where("departments", i, "code"),
                    "code_chars",
                    "不能含空格或顿号、逗号、分号",
                    "must not contain spaces, commas or semicolons",
                )
            if d.code in seen and d.code:
                self.add(
                    Where("departments", i, "code"),
                    "duplicate",
                    f"{d.code} 重复出现",
                    f"department code {d.code} appears more than once",
                )
            seen.add(d.code)
        return seen

    def items(self, items: Sequence[ItemDoc], departments: set[str]) -> None:
        seen: set[str] = set()
        for i, item in enumerate(items):
            w = Where("items", i, "code")
            if item.code in seen and item.code:
                self.add(w, "duplicate", "重复出现", "appears more than once", item.code)
            seen.add(item.code)
            self.item(i, item, departments)

    def item(self, i: int, it: ItemDoc, departments: set[str]) -> None:
        def at(f: str) -> Where:
            return Where("items", i, f)

        code = it.code if isinstance(it.code, str) else ""
        self.text(it.code, at("code"), required=True)
        for f in ("name", "department"):
            self.text(getattr(it, f), at(f), required=True, item=code)
        for f in ("content", "result", "higher_authority", "pickup"):
            self.text(getattr(it, f), at(f), required=False, item=code)
        if it.department and it.department not in departments:
            self.add(
                at("department"),
                "unknown_department",
                f"{it.department} 不在部门表中",
                f"department {it.department} is not in the department list",
                code,
            )
        self.choice(it.kind, KIND_ZH, at("kind"), code)
        self.days(i, it, code)
        self.joint(i, it, departments, code)
        if it.kind == "reported" and isinstance(it.higher_authority, str):
            if not it.higher_authority.strip():
                self.add(
                    at("higher_authority"),
                    "reported_authority",
                    "不能为空（上报件须写明由哪个上级机关决定）",
                    "a reported item must name the higher authority that decides it",
                    code,
                )
        for j, step in enumerate(it.steps):
            self.text(step, Where("steps", i, "", j), required=True, item=code)
        for j, lb in enumerate(it.legal_basis):
            self.text(lb.title, Where("legal_basis", i, "title", j), required=True, item=code)
            self.text(lb.article, Where("legal_basis", i, "article", j), required=False, item=code)
        for j, m in enumerate(it.materials):
            self.material(i, j, m, code)
        for j, fee in enumerate(it.fees):
            self.fee(i, j, fee, code)

    def days(self, i: int, it: ItemDoc, code: str) -> None:
        ok_c = self.count(it.committed_days, Where("items", i, "committed_days"), code)
        ok_l = self.count(it.legal_days, Where("items", i, "legal_days"), code)
        if ok_c and ok_l and it.committed_days > it.legal_days:
            self.add(
                Where("items", i, "committed_days"),
                "committed_gt_legal",
                f"应为不大于法定时限的整数（承诺 {it.committed_days} 天，法定 {it.legal_days} 天）",
                f"must not exceed the legal limit "
                f"({it.committed_days} > {it.legal_days} working days)",
                code,
            )

    def joint(self, i: int, it: ItemDoc, departments: set[str], code: str) -> None:
        w = Where("items", i, "joint_departments")
        joint = tuple(it.joint_departments)
        if it.kind not in KIND_ZH:
            return  # the kind itself is reported; guessing what was meant would only add noise
        if it.kind != "joint":
            if joint:
                self.add(
                    w,
                    "joint_not_joint",
                    "应为空（只有联合件才有联办部门）",
                    "only a joint item lists joint departments",
                    code,
                )
            return
        if len(set(joint)) < 2:
            self.add(
                w,
                "joint_few",
                "应至少有两个部门（联合件）",
                "a joint item needs at least two joint departments",
                code,
            )
        unknown = [d for d in joint if d not in departments]
        if unknown:
            self.add(
                w,
                "unknown_department",
                f"{'、'.join(unknown)} 不在部门表中",
                f"department(s) {', '.join(unknown)} not in the department list",
                code,
            )
        dupes = sorted({d for d in joint if joint.count(d) > 1})
        if dupes:
            self.add(
                w,
                "joint_duplicate",
                f"{'、'.join(dupes)} 重复",
                f"joint department(s) {', '.join(dupes)} listed twice",
                code,
            )

    def material(self, i: int, j: int, m: MaterialDoc, code: str) -> None:
        def at(f: str) -> Where:
            return Where("materials", i, f, j)

        self.text(m.name, at("name"), required=True, item=code)
        for f in ("condition", "source", "notes"):
            self.text(getattr(m, f), at(f), required=False, item=code)
        ok_o = self.count(m.originals, at("originals"), code)
        ok_c = self.count(m.copies, at("copies"), code)
        if ok_o and ok_c and m.originals == 0 and m.copies == 0:
            self.add(
                at("originals"),
                "material_none",
                "与复印件不能都为 0",
                "originals and copies cannot both be 0",
                code,
            )
        self.choice(m.form, FORM_ZH, at("form"), code)
        if not isinstance(m.required, bool):
            self.add(at("required"), "type", "应为 true 或 false", "must be true or false", code)
        elif not m.required and isinstance(m.condition, str) and not m.condition.strip():
            self.add(
                at("condition"),
                "material_condition",
                "应写明（条件性材料须说明何种情形需要提交）",
                "a conditional material must state its condition",
                code,
            )

    def fee(self, i: int, j: int, fee: FeeDoc, code: str) -> None:
        def at(f: str) -> Where:
            return Where("fees", i, f, j)

        self.text(fee.name, at("name"), required=True, item=code)
        self.text(fee.unit, at("unit"), required=True, item=code)
        self.text(fee.basis, at("basis"), required=False, item=code)
        self.choice(fee.mode, MODE_ZH, at("mode"), code)
        amount = fee.amount_fen
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            self.add(
                at("amount_fen"),
                "fee_amount",
                "应为大于 0 的整数（分）",
                "must be a whole number of fen greater than 0",
                code,
            )
        if not isinstance(fee.waivable, bool):
            self.add(at("waivable"), "type", "应为 true 或 false", "must be true or false", code)


def _check(doc: CatalogDoc) -> list[_Issue]:
    checker = _Checker()
    checker.center(doc.center)
    codes = checker.departments(doc.departments)
    checker.items(doc.items, codes)
    return checker.issues


def validate(doc: CatalogDoc, places: Places | None = None) -> list[CatalogError]:
    """Every rule on a doc; [] when it is valid. Places default to JSON-style ones."""
    return _finish([], _check(doc), places or JsonPlaces(), ("center", "departments", "items"))


def require_valid(doc: CatalogDoc) -> None:
    """Raise CatalogInvalid listing every problem, or return when there is none."""
    errors = validate(doc)
    if errors:
        raise CatalogInvalid(errors)


def _finish(
    found: list[CatalogError],
    issues: Iterable[_Issue],
    places: Places,
    sheet_order: Sequence[str],
    *,
    skip_sections: frozenset[str] = frozenset(),
    skip_rules: frozenset[str] = frozenset(),
    skip_entries: frozenset[tuple[str, int, int]] = frozenset(),
) -> list[CatalogError]:
    """Merge the parser's own errors with the rule checks, one error per cell.

    A value the parser could not read was replaced by a stand-in (e.g. -1 days) that
    the rules flag again at the same cell; the parser's message is the precise one, so
    it wins. Sections the parser could not read at all (a missing sheet) and entries
    that were not even objects are skipped, or every row would repeat the one real
    problem.
    """
    taken = {(e.sheet, e.row, e.column) for e in found}
    out = list(found)
    for issue in issues:
        w = issue.where
        parent = "items" if w.section in CHILD_SECTIONS else w.section
        if (
            w.section in skip_sections
            or parent in skip_sections
            or issue.rule in skip_rules
            or (w.section, w.index, w.sub) in skip_entries
            or (parent, w.index, 0) in skip_entries
        ):
            continue
        sheet, row, column = places.place(issue.where)
        if (sheet, row, column) in taken:
            continue
        taken.add((sheet, row, column))
        out.append(places.error(sheet, row, column, issue.zh, issue.en, issue.item))
    rank = {name: n for n, name in enumerate(sheet_order)}
    # Stable: within a row the errors keep the order of the columns they were checked in.
    return sorted(out, key=lambda e: (rank.get(e.sheet, -1), e.row))


# ---------------------------------------------------------------------------
# Shared value cleaning
# ---------------------------------------------------------------------------


def _clean(text: str) -> str:
    # XML (and so XLSX) turns \r\n into \n; doing it everywhere keeps round trips equal.
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def split_codes(text: str) -> tuple[str, ...]:
    """联办部门 as centers write it: codes separated by 、 , ， ; or spaces."""
    return tuple(p for p in _CODE_SEPARATORS.split(text) if p)


def fen_to_yuan(fen: int) -> str:
    """8000 → "80.00": exact, never through float."""
    return str((Decimal(fen) / 100).quantize(Decimal("0.01")))


_YUAN = re.compile(r"^-?\d+(\.\d+)?$")


def yuan_to_fen(value: object) -> tuple[int | None, tuple[str, str] | None]:
    """A yuan amount from a cell (text "80.00", or a number) → (fen, None) or (None, problem)."""
    if isinstance(value, bool):
        return None, ("应为金额（元），如 80.00", "must be an amount in yuan such as 80.00")
    if isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, float):
        # repr gives the shortest decimal that reads back as this float: 80.1, not 80.0999…
        d = Decimal(repr(value))
    else:
        s = str(value).strip().replace(",", "").replace("，", "")
        s = s.removeprefix("¥").removeprefix("￥").removesuffix("元").strip()
        if not _YUAN.match(s):
            return None, ("应为金额（元），如 80.00", "must be an amount in yuan such as 80.00")
        d = Decimal(s)
    try:
        fen = d * 100
        if fen != fen.to_integral_value():
            return None, ("最多两位小数（精确到分）", "must have at most 2 decimals (exact fen)")
        return int(fen), None
    except InvalidOperation:
        return None, ("应为金额（元），如 80.00", "must be an amount in yuan such as 80.00")


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------

_CENTER_KEYS = ("code", "name", "address", "phone", "hours")
_DEPT_KEYS = ("code", "name", "short_name")
_ITEM_KEYS = tuple(f.name for f in fields(ItemDoc))
_LB_KEYS = ("title", "article")
_MAT_KEYS = tuple(f.name for f in fields(MaterialDoc))
_FEE_KEYS = ("name", "mode", "amount_fen", "unit", "basis", "waivable")


class _JsonReader:
    """Reads loosely typed JSON into docs, noting every value of the wrong type.

    A wrong value is replaced by a stand-in the rules flag again at the same place
    (-1 for a count, "" for text), so the doc stays well-typed; _finish keeps the
    reader's more precise message.
    """

    def __init__(self) -> None:
        self.issues: list[_Issue] = []
        self.found: list[CatalogError] = []  # problems of the file as a whole
        self.skip: set[str] = set()
        self.broken: set[tuple[str, int, int]] = set()  # entries that are not objects

    def note(self, where: Where, zh: str, en: str, item: str = "") -> None:
        self.issues.append(_Issue(where, "type", zh, en, item))

    def obj(
        self, value: object, where: Where, keys: Sequence[str], item: str = ""
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.note(where, "应为对象 {…}", "must be an object {…}", item)
            self.broken.add((where.section, where.index, where.sub))
            return {}
        for key in value:
            if key not in keys:
                w = Where(where.section, where.index, str(key), where.sub)
                self.note(w, "是未知字段（拼写错误？）", "is not a known field (a typo?)", item)
        return value

    def text(self, d: Mapping[str, Any], key: str, where: Where, item: str = "") -> str:
        value = d.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.note(where, "应为文字（加引号）", "must be a string (in quotes)", item)
            return ""
        return _clean(value)

    def integer(
        self, d: Mapping[str, Any], key: str, where: Where, default: int | None, item: str = ""
    ) -> int:
        if key not in d:
            if default is None:
                self.note(where, "不能缺少", "is missing", item)
                return -1
            return default
        value = d[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.note(
                where,
                "应为整数（不加引号、不带小数）",
                "must be a whole number (no quotes, no decimals)",
                item,
            )
            return -1
        return value

    def boolean(
        self, d: Mapping[str, Any], key: str, where: Where, default: bool, item: str = ""
    ) -> bool:
        value = d.get(key, default)
        if not isinstance(value, bool):
            self.note(where, "应为 true 或 false", "must be true or false", item)
            return default
        return value

    def array(self, d: Mapping[str, Any], key: str, where: Where, item: str = "") -> list[Any]:
        value = d.get(key, [])
        if not isinstance(value, list):
            self.note(where, "应为列表 […]", "must be a list […]", item)
            return []
        return value

    def center(self, raw: Any) -> CenterDoc:
        if raw is None:
            self.note(Where("center"), "缺少 center 部分", "the center section is missing")
            self.skip.add("center")
            return CenterDoc("", "")
        d = self.obj(raw, Where("center"), _CENTER_KEYS)
        if not isinstance(raw, dict):
            self.skip.add("center")
        return CenterDoc(*(self.text(d, k, Where("center", 0, k)) for k in _CENTER_KEYS))

    def department(self, i: int, raw: Any) -> DepartmentDoc:
        d = self.obj(raw, Where("departments", i), _DEPT_KEYS)
        if not isinstance(raw, dict):
            return DepartmentDoc("", "")
        return DepartmentDoc(*(self.text(d, k, Where("departments", i, k)) for k in _DEPT_KEYS))

    def item(self, i: int, raw: Any) -> ItemDoc:
        code = raw.get("code") if isinstance(raw, dict) else None
        code = code if isinstance(code, str) else ""
        d = self.obj(raw, Where("items", i), _ITEM_KEYS, code)
        if not isinstance(raw, dict):
            return ItemDoc("", "", "", "")

        def t(key: str) -> str:
            return self.text(d, key, Where("items", i, key), code)

        joint = tuple(
            self.texts(d, "joint_departments", Where("items", i, "joint_departments"), code)
        )
        return ItemDoc(
            code=t("code"),
            name=t("name"),
            department=t("department"),
            kind=t("kind"),
            content=t("content"),
            result=t("result"),
            committed_days=self.integer(
                d, "committed_days", Where("items", i, "committed_days"), None, code
            ),
            legal_days=self.integer(d, "legal_days", Where("items", i, "legal_days"), None, code),
            joint_departments=joint,
            higher_authority=t("higher_authority"),
            pickup=t("pickup"),
            steps=tuple(self.texts(d, "steps", Where("items", i, "steps"), code, child="steps")),
            legal_basis=tuple(
                self.legal_basis(i, j, v, code)
                for j, v in enumerate(
                    self.array(d, "legal_basis", Where("items", i, "legal_basis"), code)
                )
            ),
            materials=tuple(
                self.material(i, j, v, code)
                for j, v in enumerate(
                    self.array(d, "materials", Where("items", i, "materials"), code)
                )
            ),
            fees=tuple(
                self.fee(i, j, v, code)
                for j, v in enumerate(self.array(d, "fees", Where("items", i, "fees"), code))
            ),
        )

    def texts(
        self, d: Mapping[str, Any], key: str, where: Where, item: str, child: str = ""
    ) -> list[str]:
        out: list[str] = []
        for j, value in enumerate(self.array(d, key, where, item)):
            if isinstance(value, str):
                out.append(_clean(value))
            else:
                w = Where(child, where.index, "", j) if child else where
                self.note(w, "应为文字（加引号）", "must be a string (in quotes)", item)
                out.append("")
        return out

    def legal_basis(self, i: int, j: int, raw: Any, code: str) -> LegalBasisDoc:
        d = self.obj(raw, Where("legal_basis", i, "", j), _LB_KEYS, code)
        if not isinstance(raw, dict):
            return LegalBasisDoc("")
        return LegalBasisDoc(
            *(self.text(d, k, Where("legal_basis", i, k, j), code) for k in _LB_KEYS)
        )

    def material(self, i: int, j: int, raw: Any, code: str) -> MaterialDoc:
        d = self.obj(raw, Where("materials", i, "", j), _MAT_KEYS, code)
        if not isinstance(raw, dict):
            return MaterialDoc("")

        def at(key: str) -> Where:
            return Where("materials", i, key, j)

        return MaterialDoc(
            name=self.text(d, "name", at("name"), code),
            originals=self.integer(d, "originals", at("originals"), 1, code),
            copies=self.integer(d, "copies", at("copies"), 0, code),
            form=self.text(d, "form", at("form"), code) if "form" in d else "paper",
            required=self.boolean(d, "required", at("required"), True, code),
            condition=self.text(d, "condition", at("condition"), code),
            source=self.text(d, "source", at("source"), code),
            notes=self.text(d, "notes", at("notes"), code),
        )

    def fee(self, i: int, j: int, raw: Any, code: str) -> FeeDoc:
        d = self.obj(raw, Where("fees", i, "", j), _FEE_KEYS, code)
        if not isinstance(raw, dict):
            return FeeDoc("", 0)

        def at(key: str) -> Where:
            return Where("fees", i, key, j)

        return FeeDoc(
            name=self.text(d, "name", at("name"), code),
            amount_fen=self.integer(d, "amount_fen", at("amount_fen"), None, code),
            mode=self.text(d, "mode", at("mode"), code) if "mode" in d else "fixed",
            unit=self.text(d, "unit", at("unit"), code) if "unit" in d else "件",
            basis=self.text(d, "basis", at("basis"), code),
            waivable=self.boolean(d, "waivable", at("waivable"), False, code),
        )


def parse_json(data: bytes | str) -> CatalogDoc:
    """A catalog from its JSON text; raises CatalogInvalid with every problem found."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _file_error(
                "文件不是 UTF-8 编码的 JSON 目录文件", "the file is not a UTF-8 JSON catalog"
            ) from None
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as exc:
        raise _file_error(
            f"文件不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）",
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            exc.lineno,
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _file_error(
            '文件不是一窗通事项目录（缺少 "format": "yichuang-catalog"）',
            "the file is not a Yichuang catalog",
        )
    if raw.get("version") != VERSION:
        raise _file_error(
            f"目录版本 {raw.get('version')!r} 不受支持，本程序读取版本 {VERSION}",
            f"catalog version {raw.get('version')!r} is not supported; "
            f"this program reads version {VERSION}",
        )
    reader = _JsonReader()
    for key in raw:
        if key not in ("format", "version", "center", "departments", "items"):
            reader.found.append(
                CatalogError(
                    "",
                    0,
                    str(key),
                    f"「{key}」是未知的顶层字段",
                    f"{key} is not a known top-level field",
                )
            )
    center = reader.center(raw.get("center"))
    departments = tuple(
        reader.department(i, v)
        for i, v in enumerate(reader.array(raw, "departments", Where("departments")))
    )
    items = tuple(
        reader.item(i, v) for i, v in enumerate(reader.array(raw, "items", Where("items")))
    )
    doc = CatalogDoc(center, departments, items)
    places = JsonPlaces()
    found = reader.found + [
        places.error(*places.place(i.where), i.zh, i.en, i.item) for i in reader.issues
    ]
    # Reader problems first, then the rules; one error per place.
    errors = _finish(
        _dedupe(found),
        _check(doc),
        places,
        ("center", "departments", "items"),
        skip_sections=frozenset(reader.skip),
        skip_entries=frozenset(reader.broken),
    )
    if errors:
        raise CatalogInvalid(errors)
    return doc


def _dedupe(errors: Iterable[CatalogError]) -> list[CatalogError]:
    seen: set[tuple[str, int, str]] = set()
    out: list[CatalogError] = []
    for e in errors:
        if (e.sheet, e.row, e.column) not in seen:
            seen.add((e.sheet, e.row, e.column))
            out.append(e)
    return out


def doc_to_dict(doc: CatalogDoc) -> dict[str, Any]:
    """The JSON object of a doc, keys in the documented order."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "center": {k: getattr(doc.center, k) for k in _CENTER_KEYS},
        "departments": [{k: getattr(d, k) for k in _DEPT_KEYS} for d in doc.departments],
        "items": [_item_to_dict(it) for it in doc.items],
    }


def _item_to_dict(it: ItemDoc) -> dict[str, Any]:
    return {
        "code": it.code,
        "name": it.name,
        "department": it.department,
        "kind": it.kind,
        "content": it.content,
        "result": it.result,
        "committed_days": it.committed_days,
        "legal_days": it.legal_days,
        "joint_departments": list(it.joint_departments),
        "higher_authority": it.higher_authority,
        "pickup": it.pickup,
        "steps": list(it.steps),
        "legal_basis": [{k: getattr(lb, k) for k in _LB_KEYS} for lb in it.legal_basis],
        "materials": [{k: getattr(m, k) for k in _MAT_KEYS} for m in it.materials],
        "fees": [{k: getattr(f, k) for k in _FEE_KEYS} for f in it.fees],
    }


def to_json(doc: CatalogDoc) -> str:
    return json.dumps(doc_to_dict(doc), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------

S_CENTER, S_DEPTS, S_ITEMS = "中心", "部门", "事项"
S_STEPS, S_BASES, S_MATERIALS, S_FEES = "办事程序", "审批依据", "申报材料", "收费标准"
SHEETS = (S_CENTER, S_DEPTS, S_ITEMS, S_STEPS, S_BASES, S_MATERIALS, S_FEES)
SECTION_SHEET = {
    "center": S_CENTER,
    "departments": S_DEPTS,
    "items": S_ITEMS,
    "steps": S_STEPS,
    "legal_basis": S_BASES,
    "materials": S_MATERIALS,
    "fees": S_FEES,
}
SHEET_SECTION = {v: k for k, v in SECTION_SHEET.items()}

CENTER_HEADERS = ("项目", "内容")
CENTER_KEYS = {
    "code": "中心编码",
    "name": "中心名称",
    "address": "地址",
    "phone": "电话",
    "hours": "办公时间",
}
ITEM_CODE, SEQ = "事项编码", "序号"

# (field, header) per sheet, in the order the export writes them. Child sheets start
# with 事项编码 and 序号 (fields "item" and "seq").
COLUMNS: Mapping[str, tuple[tuple[str, str], ...]] = {
    S_DEPTS: (("code", "部门编码"), ("name", "部门名称"), ("short_name", "简称")),
    S_ITEMS: (
        ("code", "事项编码"),
        ("name", "事项名称"),
        ("department", "实施部门"),
        ("kind", "办理类型"),
        ("content", "审批内容"),
        ("result", "审批结果"),
        ("committed_days", "承诺时限(工作日)"),
        ("legal_days", "法定时限(工作日)"),
        ("joint_departments", "联办部门"),
        ("higher_authority", "上级机关"),
        ("pickup", "结果领取方式"),
    ),
    S_STEPS: (("item", ITEM_CODE), ("seq", SEQ), ("", "步骤")),
    S_BASES: (("item", ITEM_CODE), ("seq", SEQ), ("title", "依据名称"), ("article", "条款")),
    S_MATERIALS: (
        ("item", ITEM_CODE),
        ("seq", SEQ),
        ("name", "材料名称"),
        ("originals", "原件"),
        ("copies", "复印件"),
        ("form", "形式"),
        ("required", "必要性"),
        ("condition", "适用条件"),
        ("source", "来源"),
        ("notes", "备注"),
    ),
    S_FEES: (
        ("item", ITEM_CODE),
        ("seq", SEQ),
        ("name", "收费项目"),
        ("mode", "方式"),
        ("amount_fen", "金额(元)"),
        ("unit", "计量单位"),
        ("basis", "收费依据"),
        ("waivable", "可减免"),
    ),
}
# Other spellings seen in centers' own spreadsheets, accepted on import.
HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "简称": ("部门简称",),
    "实施部门": ("实施主体",),
    "承诺时限(工作日)": ("承诺时限", "承诺办结时限"),
    "法定时限(工作日)": ("法定时限", "法定办结时限"),
    "结果领取方式": ("领取方式",),
    "步骤": ("办事步骤", "环节"),
    "依据名称": ("法律依据", "审批依据"),
    "金额(元)": ("金额", "收费金额(元)", "收费金额"),
    "计量单位": ("单位",),
    "可减免": ("是否可减免",),
}

_KIND_IN = {**{v: k for k, v in KIND_ZH.items()}, **{v[:2]: k for k, v in KIND_ZH.items()}}
_FORM_IN = {v: k for k, v in FORM_ZH.items()} | {"纸质/电子": "either", "电子或纸质": "either"}
_MODE_IN = {"固定": "fixed", "按量": "rate", "定额": "fixed", "按标准": "rate"}
_REQUIRED_IN = {
    "必要": True,
    "必须": True,
    "必需": True,
    "条件": False,
    "条件性": False,
    "非必要": False,
}
_YES_NO_IN = {"是": True, "否": False, "可": True, "不可": False}
# The labels named in messages, and the English codes also accepted, per field.
_LABELS = {
    "kind": "即办件、承诺件、联合件、上报件",
    "form": "纸质、电子、纸质或电子",
    "required": "必要、条件",
    "mode": "固定、按量",
    "waivable": "是、否",
}
_CODES_IN: Mapping[str, tuple[str, ...]] = {"kind": KINDS, "form": FORMS, "mode": FEE_MODES}


def _norm_header(text: object) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or ""))).lower()


def _cell_text(value: object) -> str:
    """What a person sees in a cell, as text; Excel turns typed codes like 320117 into numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _clean(str(value))


def _cell_count(value: object) -> int | None:
    """A whole number from a cell (5, 5.0 or "5"), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    return int(text) if re.fullmatch(r"-?\d+", text) else None


@dataclass
class _Row:
    number: int  # spreadsheet row
    values: dict[str, object]  # field → raw cell value


class XlsxPlaces:
    """Places in a workbook: the real sheet, spreadsheet row and column header."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, int, int], int] = {}  # (section, index, sub) → row
        self.center_rows: dict[str, int] = {}  # center field → row
        self.headers: dict[str, dict[str, str]] = {}  # sheet → field → header as in the file

    def header(self, sheet: str, field: str) -> str:
        found = self.headers.get(sheet, {}).get(field)
        if found:
            return found
        if sheet == S_ITEMS and field in ("steps", "legal_basis", "materials", "fees"):
            return ""
        return dict(COLUMNS.get(sheet, ())).get(field, field)

    def place(self, where: Where) -> tuple[str, int, str]:
        sheet = SECTION_SHEET[where.section]
        if where.section == "center":
            row = self.center_rows.get(where.field, 0)
            return (
                sheet,
                row,
                CENTER_HEADERS[1] if row else CENTER_KEYS.get(where.field, where.field),
            )
        sub = where.sub if where.section in CHILD_SECTIONS else 0
        row = self.rows.get((where.section, where.index, sub), 0)
        return sheet, row, self.header(sheet, where.field)

    def error(self, sheet: str, row: int, column: str, zh: str, en: str, item: str) -> CatalogError:
        return _xlsx_error(sheet, row, column, zh, en, item)


class _XlsxReader:
    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.errors: list[CatalogError] = []
        self.places = XlsxPlaces()
        self.unusable: set[str] = set()

    def err(self, sheet: str, row: int, column: str, zh: str, en: str, item: str = "") -> None:
        self.errors.append(_xlsx_error(sheet, row, column, zh, en, item))

    def sheet_rows(self, sheet: str, columns: Sequence[tuple[str, str]]) -> list[_Row]:
        """The non-blank rows of a sheet, by field; [] and an error if it cannot be read."""
        if sheet not in self.wb.sheetnames:
            self.err(sheet, 0, "", "缺失（目录应有这张工作表）", "the sheet is missing")
            self.unusable.add(sheet)
            return []
        rows = self.wb[sheet].iter_rows(values_only=True)
        header = next(rows, ())
        at = {_norm_header(h): n for n, h in enumerate(header) if h is not None}
        index: dict[str, int] = {}
        names: dict[str, str] = {}
        for field, title in columns:
            for candidate in (title, *HEADER_ALIASES.get(title, ())):
                if _norm_header(candidate) in at:
                    index[field] = at[_norm_header(candidate)]
                    names[field] = str(header[index[field]]).strip()
                    break
            else:
                self.err(
                    sheet,
                    1,
                    title,
                    "缺少这一列（第一行应为表头）",
                    "the column is missing (row 1 is the header)",
                )
        if len(index) < len(columns):
            self.unusable.add(sheet)
            return []
        self.places.headers[sheet] = names
        out: list[_Row] = []
        for number, cells in enumerate(rows, start=2):
            values = {f: (cells[n] if n < len(cells) else None) for f, n in index.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
                continue
            out.append(_Row(number, values))
        return out

    def text(self, sheet: str, row: _Row, field: str) -> str:
        return _cell_text(row.values.get(field))

    def count(self, sheet: str, row: _Row, field: str, item: str = "") -> int:
        raw = row.values.get(field)
        header = self.places.header(sheet, field)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            self.err(sheet, row.number, header, "不能为空", "must not be empty", item)
            return -1
        value = _cell_count(raw)
        if value is None:
            self.err(
                sheet, row.number, header, "应为非负整数", "must be a whole number, 0 or more", item
            )
            return -1
        return value

    def choice(self, sheet: str, row: _Row, field: str, table: Mapping[str, Any], item: str) -> Any:
        """A Chinese label (or the English code) → its value; unknown text is reported."""
        text = self.text(sheet, row, field)
        if text in table:
            return table[text]
        if text.lower() in _CODES_IN.get(field, ()):
            return text.lower()
        labels = _LABELS[field]
        self.err(
            sheet,
            row.number,
            self.places.header(sheet, field),
            f"应为 {labels} 之一" if text else f"不能为空，应为 {labels} 之一",
            f"must be one of {labels}" if text else f"must not be empty; one of {labels}",
            item,
        )
        return None

    def center(self) -> CenterDoc:
        sheet = S_CENTER
        rows = self.sheet_rows(sheet, (("key", CENTER_HEADERS[0]), ("value", CENTER_HEADERS[1])))
        if sheet in self.unusable:
            return CenterDoc("", "")
        by_label = {_norm_header(v): k for k, v in CENTER_KEYS.items()}
        by_label |= {_norm_header("区划代码"): "code", _norm_header("办公时间(工作时间)"): "hours"}
        values: dict[str, str] = {}
        for row in rows:
            key = by_label.get(_norm_header(row.values["key"]))
            if key is None:
                continue  # notes a center keeps for itself
            if key in values:
                self.err(sheet, row.number, CENTER_HEADERS[0], "重复", "appears twice")
                continue
            values[key] = _cell_text(row.values["value"])
            self.places.center_rows[key] = row.number
        return CenterDoc(*(values.get(k, "") for k in CENTER_KEYS))

    def departments(self) -> tuple[DepartmentDoc, ...]:
        rows = self.sheet_rows(S_DEPTS, COLUMNS[S_DEPTS])
        out = []
        for i, row in enumerate(rows):
            self.places.rows[("departments", i, 0)] = row.number
            out.append(DepartmentDoc(*(self.text(S_DEPTS, row, f) for f, _ in COLUMNS[S_DEPTS])))
        return tuple(out)

    def items(self, departments: Sequence[DepartmentDoc]) -> list[ItemDoc]:
        resolve = _department_resolver(departments)
        out = []
        for i, row in enumerate(self.sheet_rows(S_ITEMS, COLUMNS[S_ITEMS])):
            self.places.rows[("items", i, 0)] = row.number
            code = self.text(S_ITEMS, row, "code")
            kind = self.choice(S_ITEMS, row, "kind", _KIND_IN, code)
            out.append(
                ItemDoc(
                    code=code,
                    name=self.text(S_ITEMS, row, "name"),
                    department=resolve(self.text(S_ITEMS, row, "department")),
                    # An unreadable kind stays as typed; the rules then skip kind-specific checks.
                    kind=kind if kind is not None else self.text(S_ITEMS, row, "kind"),
                    content=self.text(S_ITEMS, row, "content"),
                    result=self.text(S_ITEMS, row, "result"),
                    committed_days=self.count(S_ITEMS, row, "committed_days", code),
                    legal_days=self.count(S_ITEMS, row, "legal_days", code),
                    joint_departments=tuple(
                        resolve(c)
                        for c in split_codes(self.text(S_ITEMS, row, "joint_departments"))
                    ),
                    higher_authority=self.text(S_ITEMS, row, "higher_authority"),
                    pickup=self.text(S_ITEMS, row, "pickup"),
                )
            )
        return out

    def children(self, sheet: str, item_index: Mapping[str, int]) -> dict[int, list[_Row]]:
        """Rows of a child sheet grouped by item index, in 序号 order, checked to be 1..n."""
        grouped: dict[int, list[tuple[int, _Row]]] = {}
        known_items = S_ITEMS not in self.unusable
        for row in self.sheet_rows(sheet, COLUMNS[sheet]):
            code = self.text(sheet, row, "item")
            header = self.places.header(sheet, "item")
            if not code:
                self.err(sheet, row.number, header, "不能为空", "must not be empty")
                continue
            if code not in item_index:
                if known_items:
                    self.err(
                        sheet,
                        row.number,
                        header,
                        f"{code} 不在「事项」表中",
                        f"item {code} is not in the {S_ITEMS} sheet",
                    )
                continue
            seq = _cell_count(row.values.get("seq")) if row.values.get("seq") is not None else None
            if seq is None:
                self.err(
                    sheet,
                    row.number,
                    self.places.header(sheet, "seq"),
                    "应为正整数",
                    "must be a whole number",
                    code,
                )
                seq = 10**9  # after the numbered rows, in sheet order
            grouped.setdefault(item_index[code], []).append((seq, row))
        out: dict[int, list[_Row]] = {}
        for index, entries in grouped.items():
            entries.sort(key=lambda e: (e[0], e[1].number))
            for rank, (seq, row) in enumerate(entries, start=1):
                if seq != rank and seq != 10**9:
                    self.err(
                        sheet,
                        row.number,
                        self.places.header(sheet, "seq"),
                        f"应为从 1 开始不重复、不跳号的序号（此处应为 {rank}）",
                        f"must number the rows 1..n without gaps or repeats ({rank} expected here)",
                        _cell_text(row.values.get("item")),
                    )
                self.places.rows[(SHEET_SECTION[sheet], index, rank - 1)] = row.number
            out[index] = [row for _, row in entries]
        return out

    def step(self, row: _Row) -> str:
        return self.text(S_STEPS, row, "")

    def legal_basis(self, row: _Row) -> LegalBasisDoc:
        return LegalBasisDoc(self.text(S_BASES, row, "title"), self.text(S_BASES, row, "article"))

    def material(self, row: _Row) -> MaterialDoc:
        code = self.text(S_MATERIALS, row, "item")
        form = self.choice(S_MATERIALS, row, "form", _FORM_IN, code)
        required = self.choice(S_MATERIALS, row, "required", _REQUIRED_IN, code)
        return MaterialDoc(
            name=self.text(S_MATERIALS, row, "name"),
            originals=self.count(S_MATERIALS, row, "originals", code),
            copies=self.count(S_MATERIALS, row, "copies", code),
            form=form if form is not None else self.text(S_MATERIALS, row, "form"),
            required=required if required is not None else True,
            condition=self.text(S_MATERIALS, row, "condition"),
            source=self.text(S_MATERIALS, row, "source"),
            notes=self.text(S_MATERIALS, row, "notes"),
        )

    def fee(self, row: _Row) -> FeeDoc:
        code = self.text(S_FEES, row, "item")
        mode = self.choice(S_FEES, row, "mode", _MODE_IN, code)
        waivable = self.choice(S_FEES, row, "waivable", _YES_NO_IN, code)
        return FeeDoc(
            name=self.text(S_FEES, row, "name"),
            amount_fen=self.amount(row, code),
            mode=mode if mode is not None else self.text(S_FEES, row, "mode"),
            unit=self.text(S_FEES, row, "unit"),
            basis=self.text(S_FEES, row, "basis"),
            waivable=bool(waivable),
        )

    def amount(self, row: _Row, code: str) -> int:
        raw = row.values.get("amount_fen")
        header = self.places.header(S_FEES, "amount_fen")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            self.err(S_FEES, row.number, header, "不能为空", "must not be empty", code)
            return 0
        fen, problem = yuan_to_fen(raw)
        if problem:
            self.err(S_FEES, row.number, header, problem[0], problem[1], code)
            return 0
        assert fen is not None
        return fen


def _department_resolver(departments: Sequence[DepartmentDoc]) -> Callable[[str], str]:
    """Centers write 实施部门 as a code, a full name or a short name; keep the code."""
    codes = {d.code for d in departments}
    by_name: dict[str, set[str]] = {}
    for d in departments:
        for label in (d.name, d.short_name):
            if label:
                by_name.setdefault(label, set()).add(d.code)

    def resolve(text: str) -> str:
        if text in codes:
            return text
        found = by_name.get(text, set())
        return next(iter(found)) if len(found) == 1 else text

    return resolve


def _open_workbook(data: bytes) -> Any:
    from openpyxl import load_workbook  # heavy; only an import needs it

    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise _file_error(
            "这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入",
            "this is an old Excel (.xls) file; save it as .xlsx in Excel and import that",
        )
    if not data.startswith(b"PK"):
        raise _file_error(
            "文件不是 Excel 工作簿（.xlsx）", "the file is not an Excel workbook (.xlsx)"
        )
    try:
        # data_only: a formula counts as the value the person sees, not its text.
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise _file_error(
            "文件不是可读取的 Excel 工作簿（.xlsx），可能已损坏",
            f"the file is not a readable .xlsx workbook ({exc})",
        ) from None
    except Exception as exc:  # openpyxl raises its own kinds for foreign zip files
        raise _file_error(
            "文件不是可读取的 Excel 工作簿（.xlsx），可能已损坏",
            f"the file is not a readable .xlsx workbook ({exc})",
        ) from None


def parse_xlsx(data: bytes) -> CatalogDoc:
    """A catalog from a workbook laid out like the export; CatalogInvalid lists every problem."""
    wb = _open_workbook(data)
    try:
        reader = _XlsxReader(wb)
        center = reader.center()
        departments = reader.departments()
        items = reader.items(departments)
        index: dict[str, int] = {}
        for i, it in enumerate(items):
            index.setdefault(it.code, i)
        steps = reader.children(S_STEPS, index)
        bases = reader.children(S_BASES, index)
        materials = reader.children(S_MATERIALS, index)
        fees = reader.children(S_FEES, index)
        for i, it in enumerate(items):
            items[i] = _with_children(
                it,
                steps=tuple(reader.step(r) for r in steps.get(i, [])),
                legal_basis=tuple(reader.legal_basis(r) for r in bases.get(i, [])),
                materials=tuple(reader.material(r) for r in materials.get(i, [])),
                fees=tuple(reader.fee(r) for r in fees.get(i, [])),
            )
    finally:
        wb.close()
    doc = CatalogDoc(center, departments, tuple(items))
    skip_sections = frozenset(SHEET_SECTION[s] for s in reader.unusable)
    # Without a department sheet every item would repeat "unknown department".
    skip_rules = frozenset({"unknown_department"}) if S_DEPTS in reader.unusable else frozenset()
    errors = _finish(
        _dedupe(reader.errors),
        _check(doc),
        reader.places,
        ("", *SHEETS),
        skip_sections=skip_sections,
        skip_rules=skip_rules,
    )
    if errors:
        raise CatalogInvalid(errors)
    return doc


def _with_children(
    it: ItemDoc,
    *,
    steps: tuple[str, ...],
    legal_basis: tuple[LegalBasisDoc, ...],
    materials: tuple[MaterialDoc, ...],
    fees: tuple[FeeDoc, ...],
) -> ItemDoc:
    return replace(it, steps=steps, legal_basis=legal_basis, materials=materials, fees=fees)


def parse_catalog(data: bytes) -> CatalogDoc:
    """A catalog from a file's bytes, XLSX or JSON, told apart by content, not by name."""
    head = data[:8]
    if head.startswith(b"PK") or head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return parse_xlsx(data)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return parse_json(data)
    raise _file_error(
        "文件既不是 Excel 工作簿（.xlsx）也不是 JSON 目录文件",
        "the file is neither an Excel workbook (.xlsx) nor a JSON catalog",
    )


def _xlsx_rows(doc: CatalogDoc) -> dict[str, list[list[object]]]:
    """Every sheet's data rows, in the column order of COLUMNS."""
    c = doc.center
    rows: dict[str, list[list[object]]] = {
        S_CENTER: [[CENTER_KEYS[k], getattr(c, k)] for k in CENTER_KEYS],
        S_DEPTS: [[d.code, d.name, d.short_name] for d in doc.departments],
        S_ITEMS: [],
        S_STEPS: [],
        S_BASES: [],
        S_MATERIALS: [],
        S_FEES: [],
    }
    for it in doc.items:
        rows[S_ITEMS].append(
            [
                it.code,
                it.name,
                it.department,
                KIND_ZH.get(it.kind, it.kind),
                it.content,
                it.result,
                it.committed_days,
                it.legal_days,
                "、".join(it.joint_departments),
                it.higher_authority,
                it.pickup,
            ]
        )
        rows[S_STEPS] += [[it.code, n, s] for n, s in enumerate(it.steps, start=1)]
        rows[S_BASES] += [
            [it.code, n, b.title, b.article] for n, b in enumerate(it.legal_basis, start=1)
        ]
        rows[S_MATERIALS] += [
            [
                it.code,
                n,
                m.name,
                m.originals,
                m.copies,
                FORM_ZH.get(m.form, m.form),
                REQUIRED_ZH[bool(m.required)],
                m.condition,
                m.source,
                m.notes,
            ]
            for n, m in enumerate(it.materials, start=1)
        ]
        rows[S_FEES] += [
            [
                it.code,
                n,
                f.name,
                MODE_ZH.get(f.mode, f.mode),
                fen_to_yuan(f.amount_fen),
                f.unit,
                f.basis,
                YES_NO_ZH[bool(f.waivable)],
            ]
            for n, f in enumerate(it.fees, start=1)
        ]
    return rows


def _display_width(value: object) -> int:
    """Columns are sized in Latin characters; a Chinese character takes two."""
    text = str(value) if value is not None else ""
    longest = max(
        (
            len(line) + sum(1 for ch in line if unicodedata.east_asian_width(ch) in "WF")
            for line in text.split("\n")
        ),
        default=0,
    )
    return longest


def to_xlsx(doc: CatalogDoc) -> bytes:
    """The catalog as a workbook, one sheet per table, the way centers keep their 实施清单."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    data = _xlsx_rows(doc)
    bold = Font(bold=True)
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet)
        headers = list(CENTER_HEADERS) if sheet == S_CENTER else [h for _, h in COLUMNS[sheet]]
        ws.append(headers)
        for cell in ws[1]:
            cell.font = bold
        for values in data[sheet]:
            ws.append(values)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                # Text that starts with "=" is text here, not a formula someone can inject.
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
                if isinstance(cell.value, str) and "\n" in cell.value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for n, header in enumerate(headers, start=1):
            widest = max([_display_width(header), *(_display_width(r[n - 1]) for r in data[sheet])])
            ws.column_dimensions[get_column_letter(n)].width = min(max(widest + 2, 6), 60)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
