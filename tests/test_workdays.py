"""Tests for desktop.workdays: promised dates in working days."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import chinese_calendar
import pytest
from chinese_calendar import constants
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.identity import InvalidField
from desktop.workdays import (
    LIBRARY_LAST_YEAR,
    DayOverride,
    DueDate,
    WorkdayCalendar,
    load_center_table,
)

CAL = WorkdayCalendar()


# ---------------------------------------------------------------------------
# What the library says about 2026 (checked, not assumed)
# ---------------------------------------------------------------------------


def test_library_facts_the_tests_rely_on() -> None:
    assert LIBRARY_LAST_YEAR == 2026
    make_up_2026 = sorted(d for d in constants.workdays if d.year == 2026)
    assert date(2026, 9, 20) in make_up_2026  # Sunday before 国庆
    assert date(2026, 10, 10) in make_up_2026  # Saturday after 国庆
    assert all(date(2026, 10, day) in constants.holidays for day in range(1, 8))
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(2027, 1, 4))


# ---------------------------------------------------------------------------
# add_workdays
# ---------------------------------------------------------------------------


def test_across_national_day_2026() -> None:
    # Accepted Tue 29 Sep: 30 Sep (1), 1-7 Oct holiday, Thu 8 (2), Fri 9 (3),
    # Sat 10 make-up workday (4), Sun 11 rest, Mon 12 (5).
    result = CAL.add_workdays(date(2026, 9, 29), 5)
    assert result == DueDate(due=date(2026, 10, 12))
    assert result.certain and result.warning_zh == "" and result.warning_en == ""


def test_make_up_working_sunday_counts() -> None:
    # Fri 18 Sep + 1: Sat 19 rests, Sun 20 is a 调休 working day.
    assert CAL.add_workdays(date(2026, 9, 18), 1).due == date(2026, 9, 20)
    assert CAL.is_workday(date(2026, 9, 20))


def test_make_up_working_saturday_counts() -> None:
    # Fri 9 Oct + 1: Sat 10 Oct is a 调休 working day.
    assert CAL.add_workdays(date(2026, 10, 9), 1).due == date(2026, 10, 10)


def test_acceptance_day_not_counted() -> None:
    # Mon + 1 working day is Tue.
    assert CAL.add_workdays(date(2026, 11, 9), 1).due == date(2026, 11, 10)


def test_n_zero_returns_start() -> None:
    assert CAL.add_workdays(date(2026, 10, 3), 0) == DueDate(due=date(2026, 10, 3))


def test_negative_n_rejected() -> None:
    with pytest.raises(ValueError):
        CAL.add_workdays(date(2026, 10, 3), -1)


def test_into_2027_without_data_is_uncertain() -> None:
    # Mon 28 Dec 2026 + 5: 29, 30, 31 Dec, Fri 1 Jan 2027 (guessed working), Mon 4 Jan.
    result = CAL.add_workdays(date(2026, 12, 28), 5)
    assert result.due == date(2027, 1, 4)
    assert result.uncertain_years == (2027,)
    assert not result.certain
    assert "2027年节假日安排尚未录入" in result.warning_zh
    assert "2027" in result.warning_en
    assert CAL.is_uncertain(date(2027, 1, 4))
    assert not CAL.is_uncertain(date(2026, 12, 31))


def test_into_2027_with_center_table_is_certain() -> None:
    table = load_center_table([("2027-01-01", "休", "元旦")])
    cal = WorkdayCalendar(center_days=table, center_years=[2027])
    result = cal.add_workdays(date(2026, 12, 28), 5)
    assert result.due == date(2027, 1, 5)  # 1 Jan skipped
    assert result.certain
    assert result.warning_zh == "" and result.warning_en == ""
    assert not cal.is_workday(date(2027, 1, 1))


def test_single_2027_entry_without_center_year_stays_uncertain() -> None:
    cal = WorkdayCalendar(center_days=[DayOverride(date(2027, 1, 1), False, "元旦")])
    result = cal.add_workdays(date(2026, 12, 28), 5)
    assert result.due == date(2027, 1, 5)
    assert result.uncertain_years == (2027,)  # other 2027 days are still guesses
    assert not cal.is_uncertain(date(2027, 1, 1))  # the entered day itself is known


def test_several_uncertain_years_are_all_named() -> None:
    result = CAL.add_workdays(date(2027, 12, 20), 20)
    assert result.uncertain_years == (2027, 2028)
    assert "2027年、2028年" in result.warning_zh


def test_center_closure_inside_2026() -> None:
    closed = DayOverride(date(2026, 11, 10), False, "停电检修")
    cal = WorkdayCalendar(center_days=[closed])
    # Mon 9 Nov + 2: normally Wed 11; the Tuesday closure pushes it to Thu 12.
    assert CAL.add_workdays(date(2026, 11, 9), 2).due == date(2026, 11, 11)
    assert cal.add_workdays(date(2026, 11, 9), 2).due == date(2026, 11, 12)
    assert cal.override_for(date(2026, 11, 10)) == closed


def test_center_extra_working_day_wins_over_library() -> None:
    cal = WorkdayCalendar(center_days=[DayOverride(date(2026, 11, 14), True, "集中办理日")])
    # Fri 13 Nov + 1: Saturday 14 is opened by the center.
    assert cal.add_workdays(date(2026, 11, 13), 1).due == date(2026, 11, 14)
    # And a center closure overrides a 调休 working day from the library.
    cal2 = WorkdayCalendar(center_days=[DayOverride(date(2026, 10, 10), False, "")])
    assert not cal2.is_workday(date(2026, 10, 10))


def test_center_year_uses_weekends_plus_center_days() -> None:
    cal = WorkdayCalendar(center_years=[2027])
    assert not cal.is_uncertain(date(2027, 6, 1))
    assert cal.is_workday(date(2027, 6, 1))  # Tuesday
    assert not cal.is_workday(date(2027, 6, 5))  # Saturday


def test_library_wins_over_center_year_for_covered_years() -> None:
    cal = WorkdayCalendar(center_years=[2026])
    assert not cal.is_workday(date(2026, 10, 5))  # still 国庆 per the library


def test_conflicting_overrides_rejected() -> None:
    with pytest.raises(ValueError):
        WorkdayCalendar(
            center_days=[
                DayOverride(date(2026, 11, 10), False, "a"),
                DayOverride(date(2026, 11, 10), True, "b"),
            ]
        )


# ---------------------------------------------------------------------------
# workdays_between
# ---------------------------------------------------------------------------


def test_workdays_between() -> None:
    assert CAL.workdays_between(date(2026, 9, 29), date(2026, 10, 12)) == 5
    assert CAL.workdays_between(date(2026, 10, 12), date(2026, 9, 29)) == -5
    assert CAL.workdays_between(date(2026, 10, 1), date(2026, 10, 1)) == 0
    assert CAL.workdays_between(date(2026, 10, 16), date(2026, 10, 19)) == 1  # Fri → Mon


# ---------------------------------------------------------------------------
# Lights
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "today", "expected"),
    [
        (date(2026, 11, 20), date(2026, 11, 16), "green"),
        (date(2026, 11, 20), date(2026, 11, 20), "yellow"),  # due today
        (date(2026, 11, 20), date(2026, 11, 19), "yellow"),  # due tomorrow
        (date(2026, 11, 20), date(2026, 11, 18), "green"),  # two working days left
        (date(2026, 10, 19), date(2026, 10, 16), "yellow"),  # Fri → Mon: next working day
        (date(2026, 10, 20), date(2026, 10, 16), "green"),  # Fri → Tue: two
        (date(2026, 10, 19), date(2026, 10, 17), "yellow"),  # Saturday, due Monday
        (date(2026, 10, 8), date(2026, 9, 30), "yellow"),  # across 国庆: next working day
        (date(2026, 11, 20), date(2026, 11, 21), "red"),  # a day late
        (date(2026, 11, 20), date(2026, 12, 20), "red"),
    ],
)
def test_light(due: date, today: date, expected: str) -> None:
    assert CAL.light(due, today) == expected


# ---------------------------------------------------------------------------
# Special-procedure pauses
# ---------------------------------------------------------------------------


def test_pause_shift_ordinary_week() -> None:
    # Paused Mon 16 Nov, resumed Wed 18 Nov: Tue and Wed are given back.
    due = date(2026, 11, 27)  # a Friday
    assert CAL.shift_for_pause(due, date(2026, 11, 16), date(2026, 11, 18)) == date(2026, 12, 1)


def test_pause_same_day_adds_nothing() -> None:
    due = date(2026, 11, 27)
    assert CAL.shift_for_pause(due, date(2026, 11, 16), date(2026, 11, 16)) == due


def test_pause_over_a_holiday_only_gives_back_working_days() -> None:
    # Paused Wed 30 Sep, resumed Fri 9 Oct: working days in (30 Sep, 9 Oct] are 8 and 9 Oct.
    due = date(2026, 10, 12)
    assert CAL.shift_for_pause(due, date(2026, 9, 30), date(2026, 10, 9)) == date(2026, 10, 14)


def test_pause_shift_into_unknown_year_keeps_warning() -> None:
    detail = CAL.shift_for_pause_detailed(date(2026, 12, 30), date(2026, 12, 1), date(2026, 12, 4))
    assert detail.due == date(2027, 1, 4)
    assert detail.uncertain_years == (2027,)


def test_pause_resume_before_pause_rejected() -> None:
    with pytest.raises(ValueError):
        CAL.shift_for_pause(date(2026, 11, 27), date(2026, 11, 18), date(2026, 11, 16))


# ---------------------------------------------------------------------------
# load_center_table
# ---------------------------------------------------------------------------


def test_load_center_table_accepts_both_vocabularies() -> None:
    rows = [
        ("2027-01-01", "休", "元旦"),
        (" 2027-02-06 ", "班", "春节调休"),
        ("2027-05-03", "Holiday", ""),
        ("2027-05-08", "WORKDAY", None),
        ("", "", ""),  # blank spreadsheet row
        ("2027-10-01", "休"),  # note omitted
        (datetime(2027, 10, 2, 0, 0), "休", "国庆"),  # a spreadsheet cell
    ]
    table = load_center_table(rows)
    assert table == [
        DayOverride(date(2027, 1, 1), False, "元旦"),
        DayOverride(date(2027, 2, 6), True, "春节调休"),
        DayOverride(date(2027, 5, 3), False, ""),
        DayOverride(date(2027, 5, 8), True, ""),
        DayOverride(date(2027, 10, 1), False, ""),
        DayOverride(date(2027, 10, 2), False, "国庆"),
    ]


@pytest.mark.parametrize(
    ("rows", "code", "row_no"),
    [
        ([("2027-01-01", "休", ""), ("2027-13-01", "休", "")], "calendar.date", 2),
        ([("2027/01/01", "休", "")], "calendar.date", 1),
        ([("2027-02-30", "休", "")], "calendar.date", 1),
        ([("2027-01-01", "放假", "")], "calendar.kind", 1),
        ([("2027-01-01",)], "calendar.row_shape", 1),
        ([("2027-01-01", "休", "", "extra")], "calendar.row_shape", 1),
        (
            [("2027-01-01", "休", ""), ("2027-01-02", "休", ""), ("2027-01-01", "班", "")],
            "calendar.duplicate",
            3,
        ),
    ],
)
def test_load_center_table_errors_name_the_row(
    rows: list[tuple[object, ...]], code: str, row_no: int
) -> None:
    with pytest.raises(InvalidField) as caught:
        load_center_table(rows)
    problem = caught.value.problem
    assert problem.code == code
    assert problem.field == "center_days"
    assert problem.zh.startswith(f"第{row_no}行")
    assert problem.en.startswith(f"Row {row_no}")


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

CLOSURE = DayOverride(date(2026, 11, 10), False, "闭馆")
OPENING = DayOverride(date(2027, 3, 6), True, "周六加班")
CALENDARS = [CAL, WorkdayCalendar([CLOSURE, OPENING], [2027])]

starts = st.dates(min_value=date(2004, 1, 1), max_value=date(2029, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=starts, n=st.integers(min_value=1, max_value=60), which=st.sampled_from([0, 1]))
def test_property_due_date_is_a_working_day(start: date, n: int, which: int) -> None:
    cal = CALENDARS[which]
    due = cal.add_workdays(start, n).due
    assert due > start
    assert cal.is_workday(due)
    assert cal.workdays_between(start, due) == n


@settings(max_examples=300, deadline=None)
@given(start=starts, n=st.integers(min_value=0, max_value=60), which=st.sampled_from([0, 1]))
def test_property_monotonic_in_n(start: date, n: int, which: int) -> None:
    cal = CALENDARS[which]
    assert cal.add_workdays(start, n).due < cal.add_workdays(start, n + 1).due


@settings(max_examples=200, deadline=None)
@given(start=starts, n=st.integers(min_value=0, max_value=40))
def test_property_uncertain_only_beyond_the_library(start: date, n: int) -> None:
    result = CAL.add_workdays(start, n)
    assert all(year > LIBRARY_LAST_YEAR for year in result.uncertain_years)
    assert bool(result.uncertain_years) == bool(result.warning_zh) == bool(result.warning_en)
    crossed_unknown = n > 0 and result.due.year > LIBRARY_LAST_YEAR
    assert bool(result.uncertain_years) == crossed_unknown


@settings(max_examples=200, deadline=None)
@given(a=starts, days=st.integers(min_value=-40, max_value=40))
def test_property_between_is_antisymmetric(a: date, days: int) -> None:
    b = a + timedelta(days=days)
    assert CAL.workdays_between(a, b) == -CAL.workdays_between(b, a)
