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
    assert tr.offset(D(2017, 1, 1), -1, "quarter") == D(2016, 10, 1)


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


@pytest.mark.parametrize("pub, future, expected", [
    (WED, False, (D(2017, 9, 2), D(2017, 9, 3))),
    (WED, True, (D(2017, 9, 9), D(2017, 9, 10))),
    (D(2017, 9, 2), False, (D(2017, 9, 2), D(2017, 9, 3))),  # published on the Saturday
    (D(2017, 9, 3), True, (D(2017, 9, 9), D(2017, 9, 10))),  # a Sunday: the next one
])
def test_weekend(pub: dt.date, future: bool, expected: tr.Period) -> None:
    assert tr.weekend(pub, future) == expected


@pytest.mark.parametrize("ref, n, unit, sign, shorter, longer, expected", [
    # "two days ago": exact, half a day either way rounds to the day itself
    ((WED, WED), 2, "day", -1, 0.5, 0.5, (D(2017, 9, 4), D(2017, 9, 4))),
    # "two weeks ago": +-3.5 days
    ((WED, WED), 2, "week", -1, 3.5, 3.5, (D(2017, 8, 20), D(2017, 8, 26))),
    # "more than a decade ago": open start
    ((WED, WED), 1, "decade", -1, 0, None, (None, D(2007, 9, 6))),
    # "nearly two years ago": between two years and 0.9 x two years before
    ((WED, WED), 2, "year", -1, 73.05, 0, (D(2015, 9, 6), D(2015, 11, 18))),
    # "two days later" than 3-4 September
    ((D(2017, 9, 3), D(2017, 9, 4)), 2, "day", 1, 0.5, 0.5, (D(2017, 9, 5), D(2017, 9, 6))),
    # "less than three weeks from now"
    ((WED, WED), 3, "week", 1, 21, 0, (WED, D(2017, 9, 27))),
])
def test_displace(ref: tr.Period, n: float, unit: str, sign: int, shorter: float,
                  longer: float | None, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert tr.displace(ref, n, unit, sign, shorter, longer) == expected


def test_fiscal_year_is_the_union_of_conventions() -> None:
    # FY2017: Feb 2016 - Jan 2017 (retailers) ... Apr 2017 - Mar 2018 (Japan, India)
    assert tr.fiscal_year(2017, 2, 3) == (D(2016, 2, 1), D(2018, 3, 31))


@pytest.mark.parametrize("pub, wd, day, mode, expected", [
    (D(2019, 6, 10), 1, 11, "nearest", D(2019, 6, 11)),   # "Tuesday the 11th", published Monday 10th
    (D(2019, 6, 10), 1, 11, "past", D(2018, 12, 11)),
    (WED, 6, 3, "nearest", D(2017, 9, 3)),                 # "Sunday the 3rd"
    (D(2019, 7, 19), 2, 31, "nearest", D(2019, 7, 31)),
    (WED, 4, 13, "future", D(2017, 10, 13)),               # "Friday the 13th"
])
def test_weekday_with_day(pub: dt.date, wd: int, day: int, mode: str, expected: dt.date) -> None:
    assert tr.weekday_with_day(pub, wd, day, mode) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("pub, kind, n, future, expected", [
    (WED, "quarter", 3, False, (D(2017, 7, 1), D(2017, 9, 30))),   # begun by publication
    (WED, "quarter", 4, False, (D(2016, 10, 1), D(2016, 12, 31))),
    (WED, "quarter", 4, True, (D(2017, 10, 1), D(2017, 12, 31))),
    (WED, "quarter", 1, True, (D(2018, 1, 1), D(2018, 3, 31))),
    (WED, "half", 2, False, (D(2017, 7, 1), D(2017, 12, 31))),
    (D(2017, 2, 1), "half", 2, False, (D(2016, 7, 1), D(2016, 12, 31))),
])
def test_part_of_year_without_a_year(pub: dt.date, kind: str, n: int, future: bool,
                                     expected: tr.Period) -> None:
    assert tr.resolve_part_of_year(pub, kind, n, future) == expected  # type: ignore[arg-type]


@given(days, st.booleans())
def test_weekend_properties(pub: dt.date, future: bool) -> None:
    sat, sun = tr.weekend(pub, future)
    assert sat.weekday() == 5 and (sun - sat).days == 1
    assert (sat <= pub) if not future else (sun >= pub)
    assert abs((sat - pub).days) <= 7


@given(days, st.integers(1, 30), st.sampled_from(["day", "week", "month", "year", "decade"]),
       st.sampled_from([-1, 1]), st.floats(0, 400), st.one_of(st.none(), st.floats(0, 400)))
def test_displace_contains_the_exact_reading(pub: dt.date, n: int, unit: str, sign: int,
                                             shorter: float, longer: float | None) -> None:
    lo, hi = tr.displace((pub, pub), n, unit, sign, shorter, longer)
    exact = tr.offset(pub, sign * n, unit)
    assert (lo is None or lo <= exact) and (hi is None or exact <= hi)


@given(days, st.integers(-60, 60))
def test_business_days_skip_weekends(start: dt.date, n: int) -> None:
    day, left, step = start, abs(n), 1 if n >= 0 else -1
    while left:  # the definition, one day at a time
        day += dt.timedelta(days=step)
        left -= day.weekday() < 5
    assert tr.add_business_days(start, n) == day
    low, high = tr.business_day_span(abs(n))
    assert n == 0 or low <= abs((day - start).days) <= high


def test_business_days_examples() -> None:
    tue = D(2018, 8, 21)
    assert tr.add_business_days(tue, 4) == D(2018, 8, 27)   # Wed Thu Fri Mon
    assert tr.add_business_days(tue, -4) == D(2018, 8, 15)
    assert tr.business_day_span(10) == (12, 14) and tr.business_day_span(5) == (5, 7)


@pytest.mark.parametrize("pub, month, day, expected", [
    (D(2023, 10, 21), 11, 17, D(2023, 11, 17)),   # 27 days ahead, not 338 back
    (D(2023, 10, 21), 9, 30, D(2023, 9, 30)),     # just passed
    (D(2023, 10, 21), 3, 1, D(2024, 3, 1)),       # 132 days ahead, 234 back
    (D(2023, 10, 21), 2, 29, D(2024, 2, 29)),
])
def test_nearest_month_day(pub: dt.date, month: int, day: int, expected: dt.date) -> None:
    assert tr.nearest_month_day(pub, month, day) == expected


def test_nearest_month() -> None:
    pub = D(2023, 10, 21)
    assert tr.nearest_month(pub, 10) == (D(2023, 10, 1), D(2023, 10, 31))
    assert tr.nearest_month(pub, 12) == (D(2023, 12, 1), D(2023, 12, 31))
    assert tr.nearest_month(pub, 6) == (D(2023, 6, 1), D(2023, 6, 30))


@given(st.integers(1990, 2090), st.integers(1, 12), st.integers(1, 4),
       st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.booleans())
def test_fiscal_years_and_quarters_tile_the_twelve_months_to_their_year_end(
        year: int, last: int, n: int, published: dt.date, future: bool) -> None:
    from factcheck.normalize.timeref import fiscal_part, fiscal_year_ending

    lo, hi = fiscal_year_ending(year, last)
    assert (hi.year, hi.month) == (year, last) and (hi + dt.timedelta(days=1)).day == 1
    assert (lo.year * 12 + lo.month) + 11 == hi.year * 12 + hi.month and lo.day == 1
    quarters = [fiscal_part(published, "quarter", q, last, future, year) for q in (1, 2, 3, 4)]
    assert quarters[0][0] == lo and quarters[-1][1] == hi
    assert all(a[1] + dt.timedelta(days=1) == b[0] for a, b in zip(quarters, quarters[1:]))
    q = fiscal_part(published, "quarter", n, last, future)
    assert (q[0] <= published) if not future else (q[1] >= published)
