"""factcheck.normalize.timeref: pure calendar arithmetic against a publication date."""
from __future__ import annotations

import datetime as dt
import inspect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.normalize import timeref as tr

D = dt.date
WED = D(2017, 9, 6)
days = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 1, 1))


@pytest.mark.parametrize("mode, expected", [
    ("past", D(2017, 9, 3)), ("future", D(2017, 9, 10)), ("last", D(2017, 9, 3)),
    ("next", D(2017, 9, 17)), ("this", D(2017, 9, 10)), ("coming", D(2017, 9, 10)),
])
def test_sunday_from_wednesday(mode: tr.WeekdayMode, expected: dt.date) -> None:
    assert tr.resolve_weekday(WED, 6, mode) == expected


def test_same_weekday() -> None:
    assert tr.resolve_weekday(WED, 2, "past") == WED
    assert tr.resolve_weekday(WED, 2, "future") == WED
    assert tr.resolve_weekday(WED, 2, "last") == D(2017, 8, 30)  # never today (facebook-scraper #268)
    assert tr.resolve_weekday(WED, 2, "coming") == D(2017, 9, 13)


def test_bare_month_defaults_to_past() -> None:
    pub = D(2017, 10, 15)
    assert tr.resolve_month(pub, 1, future=False) == (D(2017, 1, 1), D(2017, 1, 31))  # CoreNLP #783
    assert tr.resolve_month(pub, 11, future=False) == (D(2016, 11, 1), D(2016, 11, 30))
    assert tr.resolve_month(pub, 1, future=True) == (D(2018, 1, 1), D(2018, 1, 31))


def test_month_day() -> None:
    assert tr.resolve_month_day(WED, 9, 3, future=False) == D(2017, 9, 3)
    assert tr.resolve_month_day(WED, 9, 10, future=False) == D(2016, 9, 10)
    assert tr.resolve_month_day(WED, 2, 29, future=False) == D(2016, 2, 29)
    assert tr.resolve_month_day(WED, 2, 30, future=False) is None


def test_periods_and_parts() -> None:
    assert tr.week_period(WED) == (D(2017, 9, 4), D(2017, 9, 10))
    sept = tr.month_period(2017, 9)
    assert tr.part_of(sept, 1, "month") == (D(2017, 9, 11), D(2017, 9, 20))
    assert tr.part_of(tr.year_period(2017), 0, "year") == (D(2017, 1, 1), D(2017, 4, 30))
    assert tr.part_of(tr.decade_period(1990), 2, "decade") == (D(1997, 1, 1), D(1999, 12, 31))
    assert tr.season_period(2016, 12, 2) == (D(2016, 12, 1), D(2017, 2, 28))
    assert tr.shift_period("week", D(2019, 1, 1), -1) == (D(2018, 12, 24), D(2018, 12, 30))  # CoreNLP #141


def test_holidays() -> None:
    assert tr.nth_weekday(2016, 11, 3, 4) == D(2016, 11, 24)  # Thanksgiving
    assert tr.nth_weekday(2017, 5, 0, -1) == D(2017, 5, 29)  # Memorial Day
    assert tr.easter_sunday(2018) == D(2018, 4, 1)


def test_offset() -> None:
    assert tr.offset(WED, -2, "week") == D(2017, 8, 23)
    assert tr.offset(D(2016, 11, 7), -1, "month") == D(2016, 10, 7)
    assert tr.offset(D(2016, 11, 7), 2, "year") == D(2018, 11, 7)


def test_never_reads_the_wall_clock() -> None:
    source = inspect.getsource(tr)
    assert "today()" not in source and "now()" not in source


@given(days, st.integers(0, 6), st.sampled_from(["past", "future", "last", "next", "this", "coming"]))
def test_weekday_properties(pub: dt.date, wd: int, mode: tr.WeekdayMode) -> None:
    day = tr.resolve_weekday(pub, wd, mode)
    assert day.weekday() == wd and abs((day - pub).days) <= 13
    if mode == "past":
        assert 0 <= (pub - day).days <= 6
    if mode == "last":
        assert 1 <= (pub - day).days <= 7


@given(days, st.sampled_from(["day", "week", "month", "quarter", "year", "decade", "century"]),
       st.integers(-5, 5), st.integers(0, 2))
def test_periods_ordered(pub: dt.date, unit: tr.Unit, n: int, part: int) -> None:
    lo, hi = tr.shift_period(unit, pub, n)
    assert lo <= hi
    plo, phi = tr.part_of((lo, hi), part, unit)
    assert lo <= plo <= phi <= hi
    if n == 0:
        assert lo <= pub <= hi
