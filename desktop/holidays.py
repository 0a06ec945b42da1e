"""The center's working-day calendar: the PRC calendar plus the center's own table.

The administrator keeps the center's own days here (设置 → 节假日): single closures or
extra working days, or a whole year's table (节假日安排) imported from a spreadsheet for a
year the chinese_calendar package does not know yet.  Every change is journalled with
its dates as ISO strings, so the daily log and sync see exactly what changed.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.accounts import Operator
from desktop.errors import DomainError
from desktop.identity import FieldProblem, InvalidField
from desktop.settings_service import require_admin
from desktop.store import Store, record
from desktop.workdays import (
    LIBRARY_FIRST_YEAR,
    LIBRARY_LAST_YEAR,
    DayOverride,
    WorkdayCalendar,
    load_center_table,
)
from models.settings import HolidayOverride, HolidayYear

Row = Sequence[object]

FIRST_YEAR: Final = LIBRARY_FIRST_YEAR
LAST_YEAR: Final = 2100
NOTE_MAX: Final = 200  # the column's width in models.settings.HolidayOverride
_HEADER_WORDS: Final = frozenset({"日期", "date"})


def load_calendar(session: Session) -> WorkdayCalendar:
    days = [
        DayOverride(day=o.day, workday=o.workday, note=o.note)
        for o in session.scalars(select(HolidayOverride).order_by(HolidayOverride.day))
    ]
    years = list(session.scalars(select(HolidayYear.year)))
    return WorkdayCalendar(center_days=days, center_years=years)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def list_overrides(session: Session, year: int) -> list[DayOverride]:
    """The center's own days in ``year``, in date order."""
    first, last = _year_bounds(year)
    rows = session.scalars(
        select(HolidayOverride)
        .where(HolidayOverride.day >= first, HolidayOverride.day <= last)
        .order_by(HolidayOverride.day)
    )
    return [DayOverride(day=o.day, workday=o.workday, note=o.note) for o in rows]


def year_status(session: Session, year: int) -> str:
    """Where the holidays of ``year`` come from.

    "library": chinese_calendar ships the State Council's schedule; "center": the
    center entered the whole table itself; "missing": neither, so due dates in that
    year are only a Monday–Friday guess.
    """
    if LIBRARY_FIRST_YEAR <= year <= LIBRARY_LAST_YEAR:
        return "library"
    if session.get(HolidayYear, year) is not None:
        return "center"
    return "missing"


# ---------------------------------------------------------------------------
# Single days
# ---------------------------------------------------------------------------


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DomainError(
            "holiday.year_range",
            f"年份应在 {FIRST_YEAR}–{LAST_YEAR} 之间。",
            f"The year must be between {FIRST_YEAR} and {LAST_YEAR}.",
            field="year",
        )


def _check_note(note: str) -> str:
    text = note.strip()
    if len(text) > NOTE_MAX:
        raise DomainError(
            "holiday.note_long",
            f"说明不能超过 {NOTE_MAX} 个字。",
            f"The note is at most {NOTE_MAX} characters.",
            field="note",
        )
    return text


def _day_payload(day: DayOverride) -> dict[str, Any]:
    return {"day": day.day.isoformat(), "workday": day.workday, "note": day.note}


def set_override(store: Store, day: date, workday: bool, note: str, op: Operator) -> DayOverride:
    """Declare ``day`` closed (workday False) or open (True) at this center.

    A day that already has an entry gets the new decision: the administrator corrects
    a mistake by entering the day again.
    """
    require_admin(op)
    _check_year(day.year)
    entry = DayOverride(day=day, workday=workday, note=_check_note(note))
    ident = store.require_identity()
    with store.write() as s:
        row = s.scalar(select(HolidayOverride).where(HolidayOverride.day == day))
        if row is None:
            s.add(HolidayOverride(day=day, workday=workday, note=entry.note))
        else:
            row.workday, row.note = workday, entry.note
        record(s, ident, "holiday.set", _day_payload(entry), clerk=op.username)
    return entry


def remove_override(store: Store, day: date, op: Operator) -> None:
    """Drop the center's entry for ``day``; the national calendar decides it again."""
    require_admin(op)
    ident = store.require_identity()
    with store.write() as s:
        row = s.scalar(select(HolidayOverride).where(HolidayOverride.day == day))
        if row is None:
            raise DomainError(
                "holiday.unknown",
                f"{day.isoformat()} 没有中心录入的安排。",
                f"The center has no entry for {day.isoformat()}.",
                field="day",
            )
        s.delete(row)
        record(s, ident, "holiday.removed", {"day": day.isoformat()}, clerk=op.username)


# ---------------------------------------------------------------------------
# A whole table
# ---------------------------------------------------------------------------


def _cell(value: object) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


def _is_blank(row: Row) -> bool:
    # The same test load_center_table applies, so row numbers line up with its own.
    return all(_cell(value) == "" for value in row)


def _without_header(rows: Sequence[Row]) -> list[Row]:
    """Blank out a header row (日期, 类型, 说明) instead of dropping it.

    load_center_table skips blank rows but still counts them, so the row numbers in its
    messages stay the line numbers the administrator sees in the spreadsheet.
    """
    result = list(rows)
    for index, row in enumerate(result):
        if _is_blank(row):
            continue
        if row and _cell(row[0]).lower() in _HEADER_WORDS:
            result[index] = ()
        break
    return result


def _row_error(row_no: int, code: str, zh: str, en: str) -> InvalidField:
    return InvalidField(
        FieldProblem(
            field="center_days", code=code, zh=f"第{row_no}行：{zh}", en=f"Row {row_no}: {en}"
        )
    )


def _check_rows_in_year(rows: Sequence[Row], days: Sequence[DayOverride], year: int) -> None:
    numbers = [no for no, row in enumerate(rows, start=1) if not _is_blank(row)]
    for row_no, entry in zip(numbers, days, strict=True):
        if entry.day.year != year:
            raise _row_error(
                row_no,
                "calendar.year",
                f"日期{entry.day.isoformat()}不在{year}年内，一次只能导入一个年度",
                f"date {entry.day.isoformat()} is not in {year}; import one year at a time.",
            )
        if len(entry.note) > NOTE_MAX:
            raise _row_error(
                row_no,
                "calendar.note",
                f"说明超过{NOTE_MAX}个字",
                f"the note is longer than {NOTE_MAX} characters.",
            )


def _parse_table(rows: Sequence[Row], year: int) -> list[DayOverride]:
    numbered = _without_header(rows)
    days = load_center_table(numbered)
    if not days:
        raise DomainError(
            "holiday.empty",
            "表中没有任何日期。每行应为：日期、休/班、说明。",
            "The table has no dates. Each row is: date, 休/班 (holiday/workday), note.",
            field="center_days",
        )
    _check_rows_in_year(numbered, days, year)
    return days


def _replace_year(session: Session, year: int, days: Sequence[DayOverride]) -> list[str]:
    first, last = _year_bounds(year)
    old = session.scalars(
        select(HolidayOverride.day).where(HolidayOverride.day >= first, HolidayOverride.day <= last)
    ).all()
    session.execute(
        delete(HolidayOverride).where(HolidayOverride.day >= first, HolidayOverride.day <= last)
    )
    session.add_all(HolidayOverride(day=d.day, workday=d.workday, note=d.note) for d in days)
    return sorted(d.isoformat() for d in old)


def _mark_year(session: Session, year: int, complete: bool) -> None:
    marked = session.get(HolidayYear, year)
    if complete and marked is None:
        session.add(HolidayYear(year=year, note="imported"))
    elif not complete and marked is not None:
        # The table that was the whole truth for the year has just been replaced by a
        # partial one; keeping the mark would make guessed days look certain.
        session.delete(marked)


def import_holiday_table(
    store: Store, rows: Sequence[Row], year: int, op: Operator, complete: bool
) -> list[DayOverride]:
    """Replace the center's days of ``year`` with a table's, all or nothing.

    Rows are (date, 休/班, note), optionally under a header row; every date must lie in
    ``year``.  With ``complete`` the table is the whole holiday schedule of the year
    (HolidayYear), so due dates in it are no longer flagged as guessed.
    """
    require_admin(op)
    _check_year(year)
    days = _parse_table(rows, year)
    ident = store.require_identity()
    with store.write() as s:
        replaced = _replace_year(s, year, days)
        _mark_year(s, year, complete)
        record(
            s,
            ident,
            "holiday.imported",
            {
                "year": year,
                "complete": complete,
                "days": [_day_payload(d) for d in days],
                "replaced": replaced,
            },
            clerk=op.username,
        )
    return days


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


def _trim(row: Sequence[object]) -> list[object]:
    """Drop empty cells at the end: spreadsheets pad rows to the widest one."""
    cells = list(row)
    while cells and _cell(cells[-1]) == "":
        cells.pop()
    return cells


def _decode_csv(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on a Chinese Windows saves "CSV" in GBK; GB18030 is its superset.
        return data.decode("gb18030")


def _read_csv(data: bytes) -> list[list[object]]:
    return [_trim(row) for row in csv.reader(io.StringIO(_decode_csv(data), newline=""))]


def _read_xlsx(data: bytes, path: Path) -> list[list[object]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise DomainError(
            "holiday.file_invalid",
            f"{path.name} 不是有效的 Excel（.xlsx）文件。",
            f"{path.name} is not a valid Excel (.xlsx) file.",
        ) from exc
    try:
        sheet = wb.worksheets[0]
        return [_trim(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        wb.close()


def read_table_file(path: Path) -> list[list[object]]:
    """The rows of a holiday table in a .csv (UTF-8, with or without BOM) or .xlsx file
    (its first sheet).  Blank cells at the end of a row are dropped."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise DomainError(
            "holiday.format",
            f"不支持的文件类型：{path.name}。请使用 .csv 或 .xlsx。",
            f"Unsupported file type: {path.name}. Use .csv or .xlsx.",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError(
            "holiday.unreadable",
            f"无法读取文件 {path}：{exc.strerror or exc}",
            f"Cannot read {path}: {exc.strerror or exc}",
        ) from exc
    return _read_csv(data) if suffix == ".csv" else _read_xlsx(data, path)
