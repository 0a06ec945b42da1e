"""The working-day calendar behind promised dates (承诺时限).

行政许可法 Art. 42 and 82 count time limits in working days, statutory holidays
excluded, with the make-up working weekends (调休) the State Council announces each
year.  The chinese_calendar package ships those announcements for a fixed span of years
(2004-2026 in version 1.11) and raises NotImplementedError outside it; the center can add
its own closures or extra working days, and can enter a complete holiday table for a year
the package does not know yet.  A date in a year that neither source covers falls back
to "Monday-Friday" and is reported as uncertain, so a promised date is never silently
wrong.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

import chinese_calendar
from chinese_calendar import constants as _cc_constants

from desktop.identity import FieldProblem, InvalidField

_ONE_DAY: Final = timedelta(days=1)

# The package's span, read from its own data rather than hard-coded, so upgrading
# chinesecalendar extends the certain years without a code change.
LIBRARY_FIRST_YEAR: Final[int] = min(_cc_constants.holidays).year
LIBRARY_LAST_YEAR: Final[int] = max(_cc_constants.holidays).year


@dataclass(frozen=True)
class DayOverride:
    """The center's own decision for one day: a closure (workday=False) or an extra
    working day (workday=True)."""

    day: date
    workday: bool
    note: str = ""


@dataclass(frozen=True)
class DueDate:
    """A computed due date, with the years whose holidays were guessed."""

    due: date
    uncertain_years: tuple[int, ...] = ()
    warning_zh: str = ""
    warning_en: str = ""

    @property
    def certain(self) -> bool:
        return not self.uncertain_years


def _weekday_rule(d: date) -> bool:
    return d.weekday() < 5


def _library_covers(year: int) -> bool:
    return LIBRARY_FIRST_YEAR <= year <= LIBRARY_LAST_YEAR


def _uncertainty_warning(years: tuple[int, ...]) -> tuple[str, str]:
    if not years:
        return "", ""
    zh_years = "、".join(f"{year}年" for year in years)
    en_years = ", ".join(str(year) for year in years)
    zh = f"{zh_years}节假日安排尚未录入，截止日期仅按周末推算，请管理员在设置中录入该年度节假日"
    en = (
        f"The holiday schedule for {en_years} has not been entered; the due date was "
        "computed from weekends only. Ask an administrator to enter that year's "
        "holidays in Settings."
    )
    return zh, en


class WorkdayCalendar:
    """Decides whether a day is a working day at this center.

    Priority for a date: the center's DayOverride for that date; else chinese_calendar
    when the year is in its range; else Monday-Friday — certain when the year is one of
    ``center_years`` (the center entered that year's whole table as overrides), uncertain
    otherwise.  Instances are immutable, so answers are cached.
    """

    def __init__(
        self,
        center_days: Iterable[DayOverride] = (),
        center_years: Iterable[int] = (),
    ) -> None:
        self._overrides: dict[date, DayOverride] = {}
        for override in center_days:
            self._add_override(override)
        self._center_years: frozenset[int] = frozenset(center_years)
        self._cache: dict[date, bool] = {}

    def _add_override(self, override: DayOverride) -> None:
        known = self._overrides.get(override.day)
        if known is not None and known.workday != override.workday:
            # Two contradicting entries would make the due date depend on list order.
            raise ValueError(f"conflicting center entries for {override.day.isoformat()}")
        self._overrides.setdefault(override.day, override)

    # -- single days -------------------------------------------------------------

    def is_workday(self, d: date) -> bool:
        cached = self._cache.get(d)
        if cached is None:
            cached = self._decide(d)
            self._cache[d] = cached
        return cached

    def _decide(self, d: date) -> bool:
        override = self._overrides.get(d)
        if override is not None:
            return override.workday
        if _library_covers(d.year):
            return bool(chinese_calendar.is_workday(d))
        return _weekday_rule(d)

    def is_uncertain(self, d: date) -> bool:
        """True when no source knows the holidays of ``d``'s year (weekday guess).

        A day the center entered itself is never uncertain.
        """
        if d in self._overrides:
            return False
        return not (_library_covers(d.year) or d.year in self._center_years)

    def override_for(self, d: date) -> DayOverride | None:
        """The center's entry for ``d``, if any (e.g. to show its note)."""
        return self._overrides.get(d)

    # -- counting ----------------------------------------------------------------

    def add_workdays(self, start: date, n: int) -> DueDate:
        """The n-th working day after ``start``.

        The acceptance day itself is not counted (as 行政许可法 counts limits): the
        count starts the day after ``start``; n=0 returns ``start`` unchanged.  Years
        whose holidays were guessed are listed in ``uncertain_years`` with a warning.
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        day = start
        uncertain: set[int] = set()
        counted = 0
        while counted < n:
            day += _ONE_DAY
            if self.is_uncertain(day):
                uncertain.add(day.year)
            if self.is_workday(day):
                counted += 1
        years = tuple(sorted(uncertain))
        zh, en = _uncertainty_warning(years)
        return DueDate(due=day, uncertain_years=years, warning_zh=zh, warning_en=en)

    def workdays_between(self, a: date, b: date) -> int:
        """Working days after ``a`` up to and including ``b``; negative if b < a.

        The inverse of add_workdays: workdays_between(a, add_workdays(a, n).due) == n.
        """
        if b < a:
            return -self.workdays_between(b, a)
        count = 0
        day = a
        while day < b:
            day += _ONE_DAY
            if self.is_workday(day):
                count += 1
        return count

    def next_workday(self, d: date) -> date:
        """The first working day after ``d``."""
        return self.add_workdays(d, 1).due

    # -- supervision lights ------------------------------------------------------

    def light(self, due: date, today: date) -> str:
        """ "red" once today is past ``due``; "yellow" when due today or on the next
        working day (Friday → Monday counts as one working day); otherwise "green"."""
        if today > due:
            return "red"
        if self.workdays_between(today, due) <= 1:
            return "yellow"
        return "green"

    # -- special procedures ------------------------------------------------------

    def shift_for_pause_detailed(self, due: date, paused_on: date, resumed_on: date) -> DueDate:
        """Like shift_for_pause, but keeps the uncertainty of the new due date."""
        if resumed_on < paused_on:
            raise ValueError("resumed_on is before paused_on")
        paused_days = self.workdays_between(paused_on, resumed_on)
        return self.add_workdays(due, paused_days)

    def shift_for_pause(self, due: date, paused_on: date, resumed_on: date) -> date:
        """Move ``due`` for a special-procedure pause (特别程序: 听证、检验、检测、
        鉴定、专家评审 — 行政许可法 Art. 45 time that does not count).

        Convention: the working days from ``paused_on`` (exclusive) to ``resumed_on``
        (inclusive) are added to ``due``, counted the same way as add_workdays.  The
        day the clock stops still counts as a day of handling; the day it restarts is
        given back.  Paused and resumed on the same day adds nothing.  Example: paused
        Monday, resumed Wednesday of the same ordinary week → 2 working days added.
        """
        return self.shift_for_pause_detailed(due, paused_on, resumed_on).due


# ---------------------------------------------------------------------------
# The center's own table (Settings → holidays, or a spreadsheet import)
# ---------------------------------------------------------------------------

_CLOSED_WORDS: Final = frozenset({"休", "holiday"})
_OPEN_WORDS: Final = frozenset({"班", "workday"})
_ISO_DATE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")

_FIELD: Final = "center_days"


def _row_problem(row_no: int, code: str, zh: str, en: str) -> InvalidField:
    return InvalidField(
        FieldProblem(field=_FIELD, code=code, zh=f"第{row_no}行：{zh}", en=f"Row {row_no}: {en}")
    )


def _cell_text(value: object) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


def _parse_row_date(value: object, row_no: int) -> date:
    # Spreadsheet readers hand over real dates; typed tables give 'YYYY-MM-DD'.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell_text(value)
    match = _ISO_DATE.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise _row_problem(
            row_no,
            "calendar.date",
            f"日期“{text}”无法识别，应为有效日期，格式YYYY-MM-DD（如2027-01-01）",
            f"date '{text}' is not a valid date in YYYY-MM-DD form (e.g. 2027-01-01).",
        ) from None


def _parse_row_kind(value: object, row_no: int) -> bool:
    text = _cell_text(value)
    if text.lower() in _CLOSED_WORDS or text in _CLOSED_WORDS:
        return False
    if text.lower() in _OPEN_WORDS or text in _OPEN_WORDS:
        return True
    raise _row_problem(
        row_no,
        "calendar.kind",
        f"类型“{text}”无法识别，应填“休”（不办公）或“班”（办公）",
        f"kind '{text}' is not recognised; use '休'/'holiday' or '班'/'workday'.",
    )


def _is_blank_row(row: Sequence[object]) -> bool:
    return all(_cell_text(cell) == "" for cell in row)


def load_center_table(rows: Iterable[Sequence[object]]) -> list[DayOverride]:
    """Parse the center's table: rows of (date 'YYYY-MM-DD', '休'/'班' or
    'holiday'/'workday', note).  The note may be omitted; blank rows are skipped.

    Raises InvalidField (field "center_days") naming the 1-based row: codes
    calendar.row_shape, calendar.date, calendar.kind, calendar.duplicate.
    """
    result: list[DayOverride] = []
    seen: dict[date, int] = {}
    for row_no, row in enumerate(rows, start=1):
        if _is_blank_row(row):
            continue
        if len(row) not in (2, 3):
            raise _row_problem(
                row_no,
                "calendar.row_shape",
                f"应有2或3列（日期、休/班、备注），实际为{len(row)}列",
                f"expected 2 or 3 columns (date, kind, note), got {len(row)}.",
            )
        day = _parse_row_date(row[0], row_no)
        workday = _parse_row_kind(row[1], row_no)
        note = _cell_text(row[2]) if len(row) == 3 else ""
        if day in seen:
            raise _row_problem(
                row_no,
                "calendar.duplicate",
                f"日期{day.isoformat()}与第{seen[day]}行重复",
                f"date {day.isoformat()} already appears in row {seen[day]}.",
            )
        seen[day] = row_no
        result.append(DayOverride(day=day, workday=workday, note=note))
    return result
