"""Catalog import/export (JSON, XLSX), validation, and applying a catalog to the database."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from desktop.catalog_io import (
    CatalogDoc,
    CatalogError,
    CatalogInvalid,
    DepartmentDoc,
    FeeDoc,
    ItemDoc,
    MaterialDoc,
    fen_to_yuan,
    parse_catalog,
    parse_json,
    parse_xlsx,
    split_codes,
    to_json,
    to_xlsx,
    validate,
    yuan_to_fen,
)
from desktop.catalog_store import ApplyResult, apply_catalog, load_item, read_catalog
from models.catalog import Center, ServiceItem
from models.db import sqlite_engine, upgrade
from models.journal import Event

FIXTURE = Path(__file__).parent / "fixtures" / "catalog_small.json"
LIUSHUI = Path(__file__).resolve().parents[1] / "resources" / "catalog" / "liushui.json"

SCJG_ITEM = "320117-SCJG-XK-001"  # promised, 3 materials, no fee
GA_ITEM = "320117-GA-QT-003"  # immediate, 1 fee
ZJ_ITEM = "320117-ZJ-XK-010"  # joint (XF, ZJ)
XF_ITEM = "320117-XF-SB-002"  # reported


@pytest.fixture
def doc() -> CatalogDoc:
    return parse_json(FIXTURE.read_bytes())


def raw_fixture() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def places(errors: list[CatalogError]) -> set[tuple[str, int, str]]:
    return {(e.sheet, e.row, e.column) for e in errors}


def invalid(fn: Any, *args: Any) -> list[CatalogError]:
    with pytest.raises(CatalogInvalid) as info:
        fn(*args)
    return info.value.errors


def item(doc: CatalogDoc, code: str) -> ItemDoc:
    return next(i for i in doc.items if i.code == code)


# --- parsing and round trips -------------------------------------------------------


def test_parse_fixture(doc: CatalogDoc) -> None:
    assert doc.center.code == "320117"
    assert [d.code for d in doc.departments] == ["SCJG", "ZJ", "XF", "GA"]
    assert {i.kind for i in doc.items} == {"immediate", "promised", "joint", "reported"}
    food = item(doc, SCJG_ITEM)
    assert food.name == "食品经营许可"
    assert food.steps[0] == "申请" and len(food.steps) == 5
    assert food.legal_basis[0].article == "第三十五条"
    assert food.materials[2] == MaterialDoc(
        name="授权委托书", required=False, condition="委托他人办理的", source="申请人自备"
    )
    assert item(doc, GA_ITEM).fees == (
        FeeDoc("居民身份证工本费", 2000, "fixed", "证", "价费字〔2003〕332号", False),
    )
    assert item(doc, ZJ_ITEM).joint_departments == ("XF", "ZJ")
    assert validate(doc) == []


def test_json_round_trip_is_exact(doc: CatalogDoc) -> None:
    text = to_json(doc)
    assert parse_json(text) == doc
    assert parse_json(text.encode()) == doc
    # Same keys, same values as the documented format (the fixture spells every key out).
    assert json.loads(text) == raw_fixture()
    assert text.startswith('{\n  "format": "yichuang-catalog",\n  "version": 1,')
    assert "食品经营许可" in text  # ensure_ascii=False


def test_xlsx_round_trip(doc: CatalogDoc) -> None:
    data = to_xlsx(doc)
    assert parse_xlsx(data) == doc
    assert parse_catalog(data) == doc
    assert parse_catalog(to_json(doc).encode()) == doc


def test_xlsx_layout(doc: CatalogDoc) -> None:
    wb = load_workbook(io.BytesIO(to_xlsx(doc)))
    assert wb.sheetnames == ["中心", "部门", "事项", "办事程序", "审批依据", "申报材料", "收费标准"]
    items = wb["事项"]
    assert [c.value for c in items[1]][:4] == ["事项编码", "事项名称", "实施部门", "办理类型"]
    assert items.freeze_panes == "A2"
    assert items["A1"].font.b
    assert items.auto_filter.ref == "A1:K5"
    assert items.column_dimensions["B"].width > 10
    fees = wb["收费标准"]
    assert [c.value for c in fees[1]] == [
        "事项编码",
        "序号",
        "收费项目",
        "方式",
        "金额(元)",
        "计量单位",
        "收费依据",
        "可减免",
    ]
    ga_fee = next(r for r in fees.iter_rows(min_row=2, values_only=True) if r[0] == GA_ITEM)
    assert ga_fee[3:5] == ("固定", "20.00")  # yuan as exact text, never a float
    joint = next(r for r in items.iter_rows(min_row=2, values_only=True) if r[0] == ZJ_ITEM)
    assert joint[3] == "联合件" and joint[8] == "XF、ZJ"
    center = {r[0]: r[1] for r in wb["中心"].iter_rows(min_row=2, values_only=True)}
    assert center["中心编码"] == "320117"


def test_xlsx_text_starting_with_equals_stays_text(doc: CatalogDoc) -> None:
    odd = replace(doc, items=(replace(doc.items[0], content='=HYPERLINK("x")'), *doc.items[1:]))
    assert parse_xlsx(to_xlsx(odd)) == odd


def test_money_conversion_is_exact() -> None:
    assert yuan_to_fen("80.00") == (8000, None)
    assert yuan_to_fen("0.1") == (10, None)
    assert yuan_to_fen(80.5) == (8050, None)
    assert yuan_to_fen(0.29) == (29, None)  # 0.29 * 100 is 28.999… in float
    assert yuan_to_fen(12) == (1200, None)
    assert yuan_to_fen("1,234.56") == (123456, None)
    assert yuan_to_fen("￥5元") == (500, None)
    assert yuan_to_fen("12.345")[0] is None
    assert yuan_to_fen("abc")[0] is None
    assert yuan_to_fen(True)[0] is None
    assert fen_to_yuan(18050) == "180.50" and fen_to_yuan(5) == "0.05"


def test_split_codes() -> None:
    assert split_codes("SCJG、ZJ,XF， GA") == ("SCJG", "ZJ", "XF", "GA")
    assert split_codes("") == ()


# --- XLSX errors ------------------------------------------------------------------------


def edit_workbook(doc: CatalogDoc) -> Any:
    return load_workbook(io.BytesIO(to_xlsx(doc)))


def save(wb: Any) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def find_row(ws: Any, code: str, seq: int | None = None) -> int:
    for row in ws.iter_rows(min_row=2):
        if row[0].value == code and (seq is None or row[1].value == seq):
            return int(row[0].row)
    raise AssertionError(f"{code} {seq} not in {ws.title}")


def column(ws: Any, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def set_cell(ws: Any, row: int, header: str, value: object) -> None:
    ws.cell(row=row, column=column(ws, header)).value = value  # value=None would be ignored


def test_xlsx_reports_every_error_with_sheet_row_and_column(doc: CatalogDoc) -> None:
    wb = edit_workbook(doc)
    items, steps, bases = wb["事项"], wb["办事程序"], wb["审批依据"]
    materials, fees, depts = wb["申报材料"], wb["收费标准"], wb["部门"]
    r_food, r_ga = find_row(items, SCJG_ITEM), find_row(items, GA_ITEM)
    r_zj, r_xf = find_row(items, ZJ_ITEM), find_row(items, XF_ITEM)
    set_cell(items, r_food, "承诺时限(工作日)", 30)  # > 法定 20
    set_cell(items, r_ga, "办理类型", "加急件")
    set_cell(items, r_zj, "联办部门", "XF")  # a joint item with one department
    set_cell(items, r_xf, "上级机关", None)  # reported without higher authority
    set_cell(items, r_xf, "实施部门", "NOPE")
    r_dup = find_row(steps, SCJG_ITEM, 3)
    set_cell(steps, r_dup, "序号", 2)  # 1, 2, 2, 4, 5
    r_basis = find_row(bases, GA_ITEM, 1)
    set_cell(bases, r_basis, "事项编码", "320117-NO-SUCH")
    r_m2 = find_row(materials, SCJG_ITEM, 2)
    set_cell(materials, r_m2, "原件", 0)
    set_cell(materials, r_m2, "复印件", 0)
    r_m3 = find_row(materials, SCJG_ITEM, 3)
    set_cell(materials, r_m3, "适用条件", "")  # 条件 without a condition
    set_cell(materials, find_row(materials, XF_ITEM, 1), "形式", "传真")
    r_fee = find_row(fees, GA_ITEM, 1)
    set_cell(fees, r_fee, "金额(元)", "12.345")
    r_fee2 = find_row(fees, ZJ_ITEM, 1)
    set_cell(fees, r_fee2, "方式", "按次")
    depts.append(["SCJG", "重复的部门", ""])
    r_dept = depts.max_row

    errors = invalid(parse_xlsx, save(wb))
    expected = {
        ("部门", r_dept, "部门编码"),
        ("事项", r_food, "承诺时限(工作日)"),
        ("事项", r_ga, "办理类型"),
        ("事项", r_zj, "联办部门"),
        ("事项", r_xf, "上级机关"),
        ("事项", r_xf, "实施部门"),
        ("办事程序", r_dup, "序号"),  # the second 2, where 3 belongs
        ("审批依据", r_basis, "事项编码"),
        ("申报材料", r_m2, "原件"),
        ("申报材料", r_m3, "适用条件"),
        ("申报材料", find_row(materials, XF_ITEM, 1), "形式"),
        ("收费标准", r_fee, "金额(元)"),
        ("收费标准", r_fee2, "方式"),
    }
    assert expected <= places(errors), sorted(expected - places(errors))
    # Nothing else: the removed 审批依据 row leaves GA with no legal basis, which is allowed.
    assert places(errors) == expected
    by_place = {(e.sheet, e.row, e.column): e for e in errors}
    food_days = by_place[("事项", r_food, "承诺时限(工作日)")]
    assert f"第 {r_food} 行" in food_days.zh and "法定时限" in food_days.zh
    assert SCJG_ITEM in food_days.zh and SCJG_ITEM in food_days.en
    assert f"row {r_food}" in food_days.en
    assert "两位小数" in by_place[("收费标准", r_fee, "金额(元)")].zh
    assert "即办件" in by_place[("事项", r_ga, "办理类型")].zh
    # Sorted sheet by sheet, in workbook order.
    order = ["中心", "部门", "事项", "办事程序", "审批依据", "申报材料", "收费标准"]
    assert [order.index(e.sheet) for e in errors] == sorted(order.index(e.sheet) for e in errors)


def test_xlsx_step_gap_and_bad_numbers(doc: CatalogDoc) -> None:
    wb = edit_workbook(doc)
    steps, items = wb["办事程序"], wb["事项"]
    r5 = find_row(steps, SCJG_ITEM, 5)
    set_cell(steps, r5, "序号", 7)  # 1..4 then 7
    r_days = find_row(items, GA_ITEM)
    set_cell(items, r_days, "法定时限(工作日)", "六十")
    set_cell(items, find_row(items, XF_ITEM), "承诺时限(工作日)", -1)
    errors = invalid(parse_xlsx, save(wb))
    assert places(errors) == {
        ("办事程序", r5, "序号"),
        ("事项", r_days, "法定时限(工作日)"),
        ("事项", find_row(items, XF_ITEM), "承诺时限(工作日)"),
    }


def test_xlsx_missing_sheet_and_header_do_not_flood(doc: CatalogDoc) -> None:
    wb = edit_workbook(doc)
    del wb["收费标准"]
    depts = wb["部门"]
    depts.delete_cols(column(depts, "部门名称"))
    errors = invalid(parse_xlsx, save(wb))
    # Two real problems; no "unknown department" on every item, no orphan fee rows.
    assert places(errors) == {("部门", 1, "部门名称"), ("收费标准", 0, "")}
    assert "缺少" in next(e.zh for e in errors if e.sheet == "部门")


def test_xlsx_accepts_department_names_and_reordered_columns(doc: CatalogDoc) -> None:
    wb = edit_workbook(doc)
    items = wb["事项"]
    set_cell(items, find_row(items, SCJG_ITEM), "实施部门", "市场监管")
    items.move_range("A1:A5", rows=0, cols=20)  # 事项编码 moved to the far right
    parsed = parse_xlsx(save(wb))
    assert item(parsed, SCJG_ITEM).department == "SCJG"
    assert parsed == doc


def test_not_a_catalog_file_is_one_error() -> None:
    for fn, data in [
        (parse_xlsx, b"hello, not a workbook"),
        (parse_xlsx, b"PK\x03\x04 broken zip"),
        (parse_json, b"\x89PNG\r\n\x1a\n\xff\xfe"),
        (parse_json, b"{ not json"),
        (parse_json, b'{"format": "something-else"}'),
        (parse_catalog, b"%PDF-1.7"),
    ]:
        errors = invalid(fn, data)
        assert len(errors) == 1, (fn, data, errors)
        assert errors[0].sheet == "" and errors[0].zh and errors[0].en
    assert invalid(parse_json, b'{\n "format": "yichuang-catalog",\n oops}')[0].row == 3


# --- JSON errors ----------------------------------------------------------------------


def test_json_reports_every_error_with_section_entry_and_field() -> None:
    raw = raw_fixture()
    raw["departments"].append({"code": "ZJ", "name": "重复", "short_name": ""})  # entry 5
    food, ga, zj, xf = raw["items"]
    food["committed_days"] = 30
    food["materials"][2]["condition"] = ""
    food["materials"][1]["form"] = "fax"
    food["materials"][0]["copies"] = -1
    ga["kind"] = "urgent"
    ga["fees"][0]["amount_fen"] = 0
    ga["department"] = "NOPE"
    zj["joint_departments"] = ["XF", "QQ"]
    zj["fees"][0]["mode"] = "per"
    zj["fees"][0]["amount_fen"] = 180.5  # money is never a float
    xf["higher_authority"] = ""
    xf["legal_days"] = "10"
    xf["steps"][1] = 2
    xf["colour"] = "red"
    raw["items"].append(dict(food))  # duplicate code, entry 5

    errors = invalid(parse_json, json.dumps(raw, ensure_ascii=False))
    expected = {
        ("departments", 5, "code"),
        ("items", 1, "committed_days"),
        ("items", 1, "materials[3].condition"),
        ("items", 1, "materials[2].form"),
        ("items", 1, "materials[1].copies"),
        ("items", 2, "kind"),
        ("items", 2, "fees[1].amount_fen"),
        ("items", 2, "department"),
        ("items", 3, "joint_departments"),
        ("items", 3, "fees[1].mode"),
        ("items", 3, "fees[1].amount_fen"),
        ("items", 4, "higher_authority"),
        ("items", 4, "legal_days"),
        ("items", 4, "steps[2]"),
        ("items", 4, "colour"),
        ("items", 5, "code"),
        # The copy of entry 1 carries entry 1's mistakes too.
        ("items", 5, "committed_days"),
        ("items", 5, "materials[3].condition"),
        ("items", 5, "materials[2].form"),
        ("items", 5, "materials[1].copies"),
    }
    assert places(errors) == expected
    by_place = {(e.sheet, e.row, e.column): e for e in errors}
    cond = by_place[("items", 1, "materials[3].condition")]
    assert SCJG_ITEM in cond.zh and "条件" in cond.zh and "第 1 项" in cond.zh
    assert (
        "integer" in by_place[("items", 4, "legal_days")].en
        or "whole" in by_place[("items", 4, "legal_days")].en
    )
    assert "QQ" in by_place[("items", 3, "joint_departments")].zh


def test_json_kind_rules() -> None:
    raw = raw_fixture()
    food, ga, zj, xf = raw["items"]
    food["joint_departments"] = ["ZJ", "XF"]  # not joint, lists joint departments
    zj["joint_departments"] = ["XF", "XF"]
    errors = invalid(parse_json, json.dumps(raw))
    assert places(errors) == {("items", 1, "joint_departments"), ("items", 3, "joint_departments")}


def test_validate_a_doc_built_in_code(doc: CatalogDoc) -> None:
    bad = replace(doc, departments=(*doc.departments, DepartmentDoc("", "")))
    assert places(validate(bad)) == {("departments", 5, "code"), ("departments", 5, "name")}


# --- the database ---------------------------------------------------------------------


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = sqlite_engine(tmp_path / "window.db")
    upgrade(eng, "test")
    yield eng
    eng.dispose()


def by_code(doc: CatalogDoc) -> CatalogDoc:
    return replace(
        doc,
        departments=tuple(sorted(doc.departments, key=lambda d: d.code)),
        items=tuple(sorted(doc.items, key=lambda i: i.code)),
    )


def changed_doc(doc: CatalogDoc) -> CatalogDoc:
    """GA dropped, the food item's materials and a fee changed, a new item added."""
    food = item(doc, SCJG_ITEM)
    food2 = replace(
        food,
        committed_days=3,
        materials=(food.materials[1], MaterialDoc("食品安全管理制度", source="申请人自备")),
        fees=(FeeDoc("证书工本费", 1050, unit="证"),),
    )
    new = ItemDoc(
        code="320117-SCJG-BA-020",
        name="仅销售预包装食品备案",
        department="SCJG",
        kind="immediate",
        committed_days=0,
        legal_days=0,
        steps=("申请", "备案"),
    )
    items = [food2 if i.code == SCJG_ITEM else i for i in doc.items if i.code != GA_ITEM]
    return replace(doc, items=(*items, new))


def snapshot(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    tables = [
        "center",
        "department",
        "service_item",
        "item_step",
        "item_legal_basis",
        "item_material",
        "item_fee",
        "item_joint_department",
        "event",
    ]
    return {
        t: sorted(map(tuple, session.execute(text(f"SELECT * FROM {t}")).all()), key=repr)
        for t in tables
    }


def test_apply_then_read_back(engine: Engine, doc: CatalogDoc) -> None:
    with Session(engine) as s:
        assert apply_catalog(s, doc) == ApplyResult(added=4, updated=0, deactivated=0)
        s.commit()
    with Session(engine) as s:
        assert read_catalog(s) == by_code(doc)
        assert apply_catalog(s, doc) == ApplyResult(0, 0, 0)  # nothing changed
        loaded = load_item(s, ZJ_ITEM)
        assert loaded is not None
        assert [d.code for d in loaded.joint_departments] == ["XF", "ZJ"]
        assert loaded.fees[0].amount_fen == 18050
        assert load_item(s, "NOPE") is None
        # Export = read_catalog + to_json / to_xlsx.
        assert parse_xlsx(to_xlsx(read_catalog(s))) == by_code(doc)


def test_apply_changed_catalog(engine: Engine, doc: CatalogDoc) -> None:
    with Session(engine) as s:
        apply_catalog(s, doc)
        s.commit()
        ga_id = s.scalars(select(ServiceItem.id).where(ServiceItem.code == GA_ITEM)).one()
        zj_step_ids = [st.id for st in load_item(s, ZJ_ITEM).steps]  # type: ignore[union-attr]
    changed = changed_doc(doc)
    with Session(engine) as s:
        assert apply_catalog(s, changed) == ApplyResult(added=1, updated=1, deactivated=1)
        s.commit()
    with Session(engine) as s:
        food = load_item(s, SCJG_ITEM)
        assert food is not None and food.committed_days == 3
        assert [(m.position, m.name) for m in food.materials] == [
            (1, "营业执照"),
            (2, "食品安全管理制度"),
        ]
        assert [(f.name, f.amount_fen) for f in food.fees] == [("证书工本费", 1050)]
        ga = load_item(s, GA_ITEM)
        assert ga is not None and ga.active is False and ga.id == ga_id  # kept for old cases
        assert [st.id for st in load_item(s, ZJ_ITEM).steps] == zj_step_ids  # type: ignore[union-attr]
        assert read_catalog(s) == by_code(changed)
    with Session(engine) as s:
        # The old catalog again: GA comes back (same row), the food item is restored.
        assert apply_catalog(s, doc) == ApplyResult(added=0, updated=2, deactivated=1)
        s.commit()
        assert s.get(ServiceItem, ga_id).active is True  # type: ignore[union-attr]
        assert read_catalog(s) == by_code(doc)


def test_invalid_catalog_leaves_database_untouched(engine: Engine, doc: CatalogDoc) -> None:
    with Session(engine) as s:
        apply_catalog(s, doc)
        s.commit()
    bad = changed_doc(doc)
    bad = replace(bad, items=(*bad.items[:-1], replace(bad.items[-1], department="NOPE")))
    with Session(engine) as s:
        before = snapshot(s)
        with pytest.raises(CatalogInvalid) as info:
            apply_catalog(s, bad)
        assert places(info.value.errors) == {("items", 4, "department")}
        assert not s.new and not s.dirty and not s.deleted
        s.commit()
        assert snapshot(s) == before


def test_center_code_is_never_changed_by_a_catalog(engine: Engine, doc: CatalogDoc) -> None:
    with Session(engine) as s:
        s.add(Center(code="320117", name="旧名称"))
        s.commit()
        other = replace(doc, center=replace(doc.center, code="320118", name="新名称"))
        apply_catalog(s, other)
        s.commit()
        centers = s.scalars(select(Center)).all()
        assert [(c.code, c.name) for c in centers] == [("320117", "新名称")]


def test_apply_is_journalled_when_a_window_is_given(engine: Engine, doc: CatalogDoc) -> None:
    with Session(engine) as s:
        apply_catalog(s, doc, window_code="01", clerk="admin")
        s.commit()
        ev = s.scalars(select(Event)).one()
        assert ev.kind == "catalog.applied" and ev.clerk == "admin"
        assert ev.payload["added"] == sorted(i.code for i in doc.items)


# --- the sample catalog ---------------------------------------------------------------


@pytest.mark.skipif(not LIUSHUI.exists(), reason="resources/catalog/liushui.json not written yet")
def test_liushui_sample_catalog_is_valid_and_complete() -> None:
    sample = parse_json(LIUSHUI.read_bytes())
    assert validate(sample) == []
    assert len(sample.items) >= 30
    assert len({i.department for i in sample.items}) >= 10
    assert {i.kind for i in sample.items} == {"immediate", "promised", "joint", "reported"}
    assert parse_xlsx(to_xlsx(sample)) == sample
    assert parse_json(to_json(sample)) == sample


def test_json_entry_that_is_not_an_object_is_one_error() -> None:
    raw = raw_fixture()
    raw["items"].append("320117-XX-001")
    raw["items"][0]["materials"].append(["营业执照"])
    raw["departments"].append(None)
    errors = invalid(parse_json, json.dumps(raw))
    assert places(errors) == {
        ("departments", 5, ""),
        ("items", 1, "materials[4]"),
        ("items", 5, ""),
    }
    assert "对象" in errors[0].zh
