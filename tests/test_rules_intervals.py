"""The interval semantics rules rely on (DESIGN §2)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import DateValue, DurationValue, Qualifier, QuantityValue
from factcheck.rules.base import Iv, disjoint, value_interval
from factcheck.rules.ta01_elapsed_time import elapsed

ivs = st.builds(lambda a, w, lo, hi: Iv(a, a + w, lo, hi, "x"),
                st.floats(-1e6, 1e6), st.floats(0, 1e6), st.booleans(), st.booleans())


@given(ivs, ivs)
def test_disjoint_symmetric(a: Iv, b: Iv) -> None:
    assert disjoint(a, b) == disjoint(b, a)


@given(ivs)
def test_never_conflicts_with_itself(a: Iv) -> None:
    if a.lo < a.hi or not (a.lo_open or a.hi_open):  # a non-empty interval
        assert not disjoint(a, a)


@given(st.floats(1, 1e7))
def test_units_do_not_change_verdict(barrels_per_year: float) -> None:
    per_year = value_interval(QuantityValue(magnitude=barrels_per_year, unit="oil_barrel / year"),
                              exact=True)
    per_day = value_interval(QuantityValue(magnitude=barrels_per_year / 365.25,
                                           unit="oil_barrel / day"), exact=True)
    assert per_year is not None and per_day is not None
    assert per_year.unit == per_day.unit
    assert abs(per_year.lo - per_day.lo) <= 1e-9 * max(1.0, abs(per_year.lo))


def test_rounding_is_not_a_conflict() -> None:
    two_m = value_interval(QuantityValue(magnitude=2e6, unit="oil_barrel / year"))
    exact = value_interval(QuantityValue(magnitude=1.98e6, unit="oil_barrel / year"), exact=True)
    assert two_m is not None and exact is not None and not disjoint(two_m, exact)


def test_elapsed_days_with_day_granularity() -> None:
    gap = elapsed(DateValue(start=dt.date(2017, 9, 11), end=dt.date(2017, 9, 11)),
                  DateValue(start=dt.date(2017, 9, 15), end=dt.date(2017, 9, 15)))
    assert (gap.lo, gap.hi) == (3, 5)
    less_than_four = value_interval(DurationValue(days=4), Qualifier.less_than)
    assert less_than_four is not None and not disjoint(gap, less_than_four)
