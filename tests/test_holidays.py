"""The center's own holiday table: single days, a year's table from CSV/XLSX, the journal."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.accounts import Operator
from desktop.errors import DomainError
from desktop.holidays import (
    import_holiday_table,
    list_overrides,
    load_calendar,
    read_table_file,
    remove_override,
    set_override,
    year_status,
)
from desktop.identity import InvalidField
from desktop.store import Store
from models.accounts import Role
from models.journal import Event

# A made-up 2027 schedule (chinese_calendar 1.11 stops at 2026): 元旦 on Friday 1 January,
# 春节 from Saturday 6 February with Sunday 14 February as a make-up working day.
TABLE_2027 = (
    "日期,类型,说明\n"
    "2027-01-01,休,元旦\n"
    "2027-02-06,休,春节\n"
    "2027-02-08,休,春节\n"
    "2027-02-14,班,春节调休上班\n"
)


def write_csv(tmp_path: Path, text: str, *, bom: bool = False, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def events(store: Store, kind: str) -> list[Event]:
    with store.read() as s:
        return list(s.scalars(select(Event).where(Event.kind == kind).order_by(Event.seq)))


def test_a_complete_2027_table_from_csv_makes_the_calendar_certain(
    ready_store: Store, admin: Operator, tmp_path: Path
) -> None:
    with ready_store.read() as s:
        assert year_status(s, 2027) == "missing"
        assert load_calendar(s).is_workday(date(2027, 1, 1))  # a Friday, by the weekday guess
    rows = read_table_file(write_csv(tmp_path, TABLE_2027, bom=True))
    days = import_holiday_table(ready_store, rows, 2027, admin, complete=True)
    assert [d.day for d in days] == [
        date(2027, 1, 1),
        date(2027, 2, 6),
        date(2027, 2, 8),
        date(2027, 2, 14),
    ]
    with ready_store.read() as s:
        cal = load_calendar(s)
        assert year_status(s, 2027) == "center"
        assert [d.note for d in list_overrides(s, 2027)] == ["元旦", "春节", "春节", "春节调休上班"]
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.is_workday(date(2027, 2, 14))  # a Sunday made a working day
    assert not cal.is_uncertain(date(2027, 6, 1))
    # Accepted Thu 31 Dec 2026, 1 working day: Fri 1 Jan is 元旦, so Mon 4 Jan.
    due = cal.add_workdays(date(2026, 12, 31), 1)
    assert due.due == date(2027, 1, 4) and due.certain
    (event,) = events(ready_store, "holiday.imported")
    assert event.clerk == "admin"
    assert event.payload["year"] == 2027 and event.payload["complete"] is True
    assert event.payload["days"][0] == {"day": "2027-01-01", "workday": False, "note": "元旦"}


def test_a_partial_table_keeps_the_year_uncertain_and_replaces_only_that_year(
    ready_store: Store, admin: Operator
) -> None:
    set_override(ready_store, date(2028, 5, 2), False, "停电检修", admin)
    import_holiday_table(ready_store, [["2027-01-01", "休", "元旦"]], 2027, admin, complete=True)
    import_holiday_table(
        ready_store, [["2027-03-01", "休", "中心搬迁"]], 2027, admin, complete=False
    )
    with ready_store.read() as s:
        assert [d.day for d in list_overrides(s, 2027)] == [date(2027, 3, 1)]
        assert [d.day for d in list_overrides(s, 2028)] == [date(2028, 5, 2)]
        # A partial table cannot stay "the whole truth" for the year.
        assert year_status(s, 2027) == "missing"
        assert load_calendar(s).is_uncertain(date(2027, 6, 1))
    second = events(ready_store, "holiday.imported")[-1]
    assert second.payload["replaced"] == ["2027-01-01"]


@pytest.mark.parametrize(
    ("text", "row", "words"),
    [
        ("日期,类型,说明\n2027-01-01,休,元旦\n2027-01-02,放假,\n", 3, "放假"),
        ("日期,类型,说明\n2026-12-31,休,\n", 2, "2026-12-31"),
        ("2027-01-01,休\n\n2027-13-01,休\n", 3, "2027-13-01"),
        ("2027-01-01,休\n2027-01-01,班\n", 2, "第1行"),
        ("2027-01-01\n", 1, "2或3列"),
    ],
)
def test_an_invalid_row_is_named_and_nothing_changes(
    ready_store: Store, admin: Operator, tmp_path: Path, text: str, row: int, words: str
) -> None:
    set_override(ready_store, date(2027, 5, 6), False, "已有安排", admin)
    rows = read_table_file(write_csv(tmp_path, text))
    with pytest.raises(InvalidField) as info:
        import_holiday_table(ready_store, rows, 2027, admin, complete=True)
    assert info.value.field == "center_days"
    assert info.value.message.startswith(f"第{row}行") and words in info.value.message
    with ready_store.read() as s:
        assert [d.day for d in list_overrides(s, 2027)] == [date(2027, 5, 6)]
        assert year_status(s, 2027) == "missing"
    assert events(ready_store, "holiday.imported") == []


def test_an_empty_table_is_refused(ready_store: Store, admin: Operator) -> None:
    with pytest.raises(DomainError) as info:
        import_holiday_table(
            ready_store, [["日期", "类型", "说明"], []], 2027, admin, complete=True
        )
    assert info.value.code == "holiday.empty"


def test_xlsx_with_real_dates_and_padding(
    ready_store: Store, admin: Operator, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "类型", "说明", None])
    ws.append([datetime(2027, 1, 1), "休", "元旦", None])
    ws.append([date(2027, 2, 14), "班", None, None])
    ws.cell(row=5, column=4).value = ""  # a stray formatted cell widens the sheet
    path = tmp_path / "2027.xlsx"
    wb.save(path)
    rows = read_table_file(path)
    assert rows[1] == [datetime(2027, 1, 1), "休", "元旦"]
    assert rows[2] == [datetime(2027, 2, 14), "班"]
    days = import_holiday_table(ready_store, rows, 2027, admin, complete=False)
    assert [(d.day, d.workday) for d in days] == [
        (date(2027, 1, 1), False),
        (date(2027, 2, 14), True),
    ]


def test_csv_saved_by_a_chinese_excel_in_gbk_is_read(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("2027-01-01,休,元旦\r\n".encode("gbk"))
    assert read_table_file(path) == [["2027-01-01", "休", "元旦"]]


def test_unsupported_and_broken_files_are_plain_errors(tmp_path: Path) -> None:
    doc = tmp_path / "table.doc"
    doc.write_bytes(b"x")
    with pytest.raises(DomainError) as info:
        read_table_file(doc)
    assert info.value.code == "holiday.format"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(DomainError) as info:
        read_table_file(fake)
    assert info.value.code == "holiday.file_invalid" and "fake.xlsx" in info.value.message
    with pytest.raises(DomainError) as info:
        read_table_file(tmp_path / "missing.csv")
    assert info.value.code == "holiday.unreadable"


def test_single_days_are_set_corrected_removed_and_journalled(
    ready_store: Store, admin: Operator
) -> None:
    day = date(2026, 7, 15)  # a Wednesday in a year the library knows
    set_override(ready_store, day, False, "中心停电", admin)
    set_override(ready_store, day, False, "中心停电检修", admin)  # entering it again corrects it
    with ready_store.read() as s:
        assert year_status(s, 2026) == "library"
        assert list_overrides(s, 2026)[0].note == "中心停电检修"
        assert not load_calendar(s).is_workday(day)
    remove_override(ready_store, day, admin)
    with ready_store.read() as s:
        assert list_overrides(s, 2026) == []
        assert load_calendar(s).is_workday(day)
    assert [e.payload["day"] for e in events(ready_store, "holiday.set")] == ["2026-07-15"] * 2
    assert events(ready_store, "holiday.removed")[0].payload == {"day": "2026-07-15"}
    with pytest.raises(DomainError) as info:
        remove_override(ready_store, day, admin)
    assert info.value.code == "holiday.unknown"


def test_a_too_long_note_is_refused_beside_its_field(ready_store: Store, admin: Operator) -> None:
    with pytest.raises(DomainError) as info:
        set_override(ready_store, date(2027, 1, 1), False, "长" * 201, admin)
    assert info.value.field == "note"


@pytest.mark.parametrize("role", [Role.CLERK, Role.SUPERVISOR])
def test_only_administrators_change_the_holidays(ready_store: Store, role: Role) -> None:
    op = Operator("lisi", "李四", role)
    calls = [
        lambda: set_override(ready_store, date(2027, 1, 1), False, "", op),
        lambda: remove_override(ready_store, date(2027, 1, 1), op),
        lambda: import_holiday_table(ready_store, [["2027-01-01", "休"]], 2027, op, complete=True),
    ]
    for call in calls:
        with pytest.raises(DomainError) as info:
            call()
        assert info.value.code == "auth.admin_only" and "管理员" in info.value.message
    with ready_store.read() as s:
        assert list_overrides(s, 2027) == []
