"""Finding an item as the clerk types: code, Chinese, pinyin initials, full pinyin, department."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desktop.catalog_io import parse_json
from desktop.catalog_search import CatalogIndex, ItemSummary, initials_variants, query_terms
from desktop.catalog_store import apply_catalog
from models.db import sqlite_engine, upgrade

FIXTURE = Path(__file__).parent / "fixtures" / "catalog_small.json"
LIUSHUI = Path(__file__).resolve().parents[1] / "resources" / "catalog" / "liushui.json"


def summary(
    code: str, name: str, dept: str = "南京市溧水区市场监督管理局", short: str = "市场监管"
) -> ItemSummary:
    return ItemSummary(uuid.uuid4(), code, name, dept, short, "promised", 5, 20, False)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = sqlite_engine(tmp_path / "window.db")
    upgrade(eng, "test")
    with Session(eng) as s:
        apply_catalog(s, parse_json(FIXTURE.read_bytes()))
        s.commit()
    yield eng
    eng.dispose()


@pytest.fixture
def index(engine: Engine) -> CatalogIndex:
    with Session(engine) as s:
        return CatalogIndex.from_session(s)


def codes(found: list[ItemSummary]) -> list[str]:
    return [i.code for i in found]


def test_from_session_reads_active_items(index: CatalogIndex) -> None:
    assert len(index) == 4
    by_code = {i.code: i for i in index.items}
    food = by_code["320117-SCJG-XK-001"]
    assert (food.name, food.department_short, food.kind, food.committed_days, food.legal_days) == (
        "食品经营许可",
        "市场监管",
        "promised",
        5,
        20,
    )
    assert food.department_name == "南京市溧水区市场监督管理局"
    assert food.charged is False and by_code["320117-GA-QT-003"].charged is True
    assert isinstance(food.id, uuid.UUID)


def test_empty_query_lists_everything_in_code_order(index: CatalogIndex) -> None:
    expected = sorted(i.code for i in index.items)
    assert codes(index.search("")) == expected
    assert codes(index.search("   ")) == expected
    assert len(index.search("", limit=2)) == 2


def test_by_code(index: CatalogIndex) -> None:
    assert codes(index.search("320117-SCJG-XK-001")) == ["320117-SCJG-XK-001"]
    assert codes(index.search("320117-scjg"))[0] == "320117-SCJG-XK-001"
    assert "320117-ZJ-XK-010" in codes(index.search("XK-010"))


def test_by_chinese_substring(index: CatalogIndex) -> None:
    assert codes(index.search("经营许可")) == ["320117-SCJG-XK-001"]
    assert codes(index.search("许可")) == ["320117-SCJG-XK-001", "320117-ZJ-XK-010"]


def test_by_pinyin_initials(index: CatalogIndex) -> None:
    assert codes(index.search("spjy"))[0] == "320117-SCJG-XK-001"
    assert codes(index.search("SPJYXK")) == ["320117-SCJG-XK-001"]
    assert codes(index.search("ｓｐｊｙ")) == codes(index.search("spjy"))  # full-width input
    assert codes(index.search("jyxk")) == ["320117-SCJG-XK-001"]  # initials substring


def test_by_full_pinyin(index: CatalogIndex) -> None:
    assert codes(index.search("shipin")) == ["320117-SCJG-XK-001"]
    assert codes(index.search("shipinjingying")) == ["320117-SCJG-XK-001"]
    assert "320117-SCJG-XK-001" in codes(index.search("jingying"))  # from a later syllable


def test_by_department(index: CatalogIndex) -> None:
    assert codes(index.search("消防")) == ["320117-XF-SB-002"]
    assert codes(index.search("scjg")) == ["320117-SCJG-XK-001"]  # code, and 市场监管's initials


def test_every_term_must_match(index: CatalogIndex) -> None:
    assert codes(index.search("市场 许可")) == ["320117-SCJG-XK-001"]
    assert codes(index.search("许可 住建")) == ["320117-ZJ-XK-010"]
    assert codes(index.search("许可　spjy")) == ["320117-SCJG-XK-001"]  # ideographic space
    assert index.search("许可 消防") == []
    assert query_terms(" 市场　 许可 ") == ["市场", "许可"]


def test_polyphonic_characters_match_either_reading() -> None:
    assert initials_variants("长安汽车行登记")[0] == "caqcxdj"
    idx = CatalogIndex([summary("A-1", "长安汽车行登记")])
    assert codes(idx.search("qcx")) == ["A-1"]
    assert codes(idx.search("qch")) == ["A-1"]


def test_ranking_order() -> None:
    items = [
        summary("Z-9", "其他事项", dept="食品经营科", short=""),  # department initials
        summary("A-SPJY-9", "其他事项"),  # code contains the query
        summary("Z-4", "小食品经营许可"),  # initials substring
        summary("Z-3b", "食品经营许可"),  # initials prefix
        summary("Z-3a", "食品经营登记"),  # initials prefix, earlier code
        summary("Z-2", "关于spjy的备案"),  # name substring
        summary("Z-1", "spjy手册登记"),  # name prefix
        summary("SPJY-2", "其他事项"),  # code prefix
        summary("SPJY", "其他事项"),  # exact code
        summary("Z-0", "无关事项"),  # no match
    ]
    idx = CatalogIndex(items)
    assert codes(idx.search("spjy")) == [
        "SPJY",
        "SPJY-2",
        "Z-1",
        "Z-2",
        "Z-3a",
        "Z-3b",
        "Z-4",
        "A-SPJY-9",
        "Z-9",
    ]
    pinyin = CatalogIndex(
        [summary("P-2", "小食品经营"), summary("P-1", "食品经营"), summary("P-0", "无关")]
    )
    assert codes(pinyin.search("shipin")) == ["P-1", "P-2"]  # prefix before later syllable
    assert codes(idx.search("spjy", limit=3)) == ["SPJY", "SPJY-2", "Z-1"]


def test_typing_narrows_and_backspacing_widens(index: CatalogIndex) -> None:
    assert len(index.search("x")) > 1
    assert codes(index.search("xk-01")) == ["320117-ZJ-XK-010"]
    assert len(index.search("x")) > 1  # a shorter query searches everything again
    assert codes(index.search("xk-0")) == codes(CatalogIndex(index.items).search("xk-0"))


WORDS = (
    "食品 经营 许可 建筑 工程 施工 登记 备案 变更 注销 药品 医疗 器械 道路 运输 从业 资格 "
    "证书 核发 延续 补证 消防 安全 检查 排水 户外 广告 设置 城市 绿地 占用 挖掘 出租 汽车 "
    "特种 设备 使用 人员 生育 服务 社会 保险 养老 住房 公积金 提取 不动产 抵押 个体 工商户"
).split()


def synthetic(n: int, seed: int = 7) -> list[ItemSummary]:
    rng = random.Random(seed)
    depts = [
        ("南京市溧水区市场监督管理局", "市场监管"),
        ("南京市溧水区住房和城乡建设局", "住建"),
        ("南京市溧水区交通运输局", "交通"),
        ("南京市溧水区卫生健康委员会", "卫健"),
    ]
    out = []
    for k in range(n):
        name = "".join(rng.sample(WORDS, rng.randint(3, 6)))
        dept, short = depts[k % len(depts)]
        out.append(summary(f"320117-D{k % 29:02d}-XK-{k:04d}", name, dept, short))
    return out


def keystroke_ms(idx: CatalogIndex, typed: list[str]) -> float:
    """The slowest single keystroke, each prefix of each query searched as the clerk types."""
    worst = 0.0
    for query in typed:
        for n in range(1, len(query) + 1):
            start = time.perf_counter()
            idx.search(query[:n])
            worst = max(worst, time.perf_counter() - start)
    return worst * 1000


TYPED = [
    "spjyxk",
    "食品经营许可",
    "shipinjingying",
    "320117-D07-XK-0123",
    "许可 市场",
    "gjj tq",
    "qwerty",
]


def test_fast_enough_with_2000_items() -> None:
    idx = CatalogIndex(synthetic(2000))
    assert len(idx.search("spjy", limit=5000)) > 0
    keystroke_ms(idx, TYPED)  # warm up
    # The 20 ms target is for ~150 items; 2,000 must stay well inside a keystroke too.
    # The bound is loose so a busy CI machine does not fail it.
    assert keystroke_ms(idx, TYPED) < 50


@pytest.mark.skipif(not LIUSHUI.exists(), reason="resources/catalog/liushui.json not written yet")
def test_fast_on_the_sample_catalog(tmp_path: Path) -> None:
    eng = sqlite_engine(tmp_path / "sample.db")
    upgrade(eng, "test")
    with Session(eng) as s:
        apply_catalog(s, parse_json(LIUSHUI.read_bytes()))
        s.flush()
        idx = CatalogIndex.from_session(s)
    eng.dispose()
    assert len(idx) >= 30
    keystroke_ms(idx, TYPED)
    assert keystroke_ms(idx, TYPED) < 20
