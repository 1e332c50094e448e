"""The interval semantics rules rely on (DESIGN §2): claims and ledger values read as
``Interval`` in canonical units and compared by ``normalize.intervals.conflict``."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import (
    CountValue,
    DateValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    Qualifier,
    QuantityValue,
)
from factcheck.normalize.intervals import conflict
from factcheck.rules.base import DATE_UNIT, value_interval
from factcheck.rules.ta01_elapsed_time import elapsed

_values = st.one_of(
    st.builds(CountValue, value=st.integers(0, 10**7)),
    st.builds(PercentValue, value=st.floats(0, 100, allow_nan=False)),
    st.builds(MoneyValue, amount=st.floats(0, 1e12, allow_nan=False), currency=st.just("USD")),
    st.builds(QuantityValue, magnitude=st.floats(0, 1e9, allow_nan=False),
              unit=st.sampled_from(["oil_barrel / year", "oil_barrel / day", "acre", "hectare"])),
)
_qualifiers = st.sampled_from(list(Qualifier))


@given(_values, _qualifiers, _values, _qualifiers)
def test_value_conflict_symmetric(a: object, qa: Qualifier, b: object, qb: Qualifier) -> None:
    ia, ib = value_interval(a, qa), value_interval(b, qb)
    assert ia is not None and ib is not None
    assert conflict(ia, ib) == conflict(ib, ia)


@given(_values, _qualifiers)
def test_a_value_never_conflicts_with_itself(a: object, q: Qualifier) -> None:
    iv = value_interval(a, q)
    assert iv is not None and not conflict(iv, iv)
    exact = value_interval(a, exact=True)
    if q not in (Qualifier.more_than, Qualifier.less_than):  # the stated value is in its interval
        assert exact is not None and not conflict(iv, exact)


@given(st.floats(1, 1e7))
def test_units_do_not_change_verdict(barrels_per_year: float) -> None:
    per_year = value_interval(QuantityValue(magnitude=barrels_per_year, unit="oil_barrel / year"),
                              exact=True)
    per_day = value_interval(QuantityValue(magnitude=barrels_per_year / 365.25,
                                           unit="oil_barrel / day"), exact=True)
    assert per_year is not None and per_day is not None
    assert per_year.unit == per_day.unit
    assert isinstance(per_year.low, float) and isinstance(per_day.low, float)
    assert abs(per_year.low - per_day.low) <= 1e-9 * max(1.0, abs(per_year.low))


def test_rounding_is_not_a_conflict() -> None:
    two_m = value_interval(QuantityValue(magnitude=2e6, unit="oil_barrel / year"))
    exact = value_interval(QuantityValue(magnitude=1.98e6, unit="oil_barrel / year"), exact=True)
    assert two_m is not None and exact is not None and not conflict(two_m, exact)


def test_kinds_and_dates_are_never_compared_across() -> None:
    count = value_interval(CountValue(value=5))
    percent = value_interval(PercentValue(value=50))
    day = value_interval(DateValue(start=dt.date(2017, 9, 11), end=dt.date(2017, 9, 11)))
    assert count is not None and percent is not None and day is not None
    assert day.unit == DATE_UNIT and not conflict(count, percent) and not conflict(count, day)


def test_elapsed_days_with_day_granularity() -> None:
    gap = elapsed(DateValue(start=dt.date(2017, 9, 11), end=dt.date(2017, 9, 11)),
                  DateValue(start=dt.date(2017, 9, 15), end=dt.date(2017, 9, 15)))
    assert (gap.low, gap.high) == (3, 5)
    less_than_four = value_interval(DurationValue(days=4), Qualifier.less_than)
    assert less_than_four is not None and not conflict(gap, less_than_four)


@given(st.integers(0, 10**6), st.integers(1, 10**6), st.sampled_from(["count", "percent"]))
def test_a_range_keeps_both_of_its_ends(low, width, kind):
    """"between 40 and 50 people", "30-35%": the interval is the range, not its first end
    widened by the precision of a round figure."""
    from factcheck.models import Interval

    value = CountValue(value=low) if kind == "count" else PercentValue(value=float(low))
    given_iv = Interval(low=float(low), high=float(low + width), unit=kind)
    iv = value_interval(value, Qualifier.range, given_iv)
    assert (iv.low, iv.high) == (low, low + width)
    inside = (low + width) if kind == "count" else low + width / 2
    point = value_interval(CountValue(value=int(inside)) if kind == "count" else PercentValue(value=inside),
                           Qualifier.exact, Interval(low=inside, high=inside, unit=kind), exact=True)
    assert not conflict(iv, point)
