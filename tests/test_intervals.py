"""Intervals from precision and qualifiers; overlap and conflict."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import Interval
from factcheck.normalize import intervals
from factcheck.normalize.intervals import conflict, from_value, overlaps
from factcheck.normalize.units import canonical, canonical_unit


@pytest.mark.parametrize("value,half,qual,low,high,lc,hc", [
    (2e6, 0.5e6, "exact", 1.5e6, 2.5e6, True, True),
    (8.5e6, 0.05e6, "exact", 8.45e6, 8.55e6, True, True),
    (650, 0, "approx", 585, 715, True, True),
    (100, 0, "nearly", 90, 100, True, True),
    (100, 0, "more_than", 100, None, False, True),
    (100, 0, "less_than", 0, 100, True, False),
    (100, 0, "at_least", 100, None, True, True),
    (700, 0, "at_most", 0, 700, True, True),
])
def test_from_value(value: float, half: float, qual: str, low: float | None, high: float | None,
                    lc: bool, hc: bool) -> None:
    iv = from_value(value, half, qual, "count")
    assert iv.low == pytest.approx(low) if low is not None else iv.low is None
    assert iv.high == pytest.approx(high) if high is not None else iv.high is None
    assert (iv.low_closed, iv.high_closed) == (lc, hc)


def test_between() -> None:
    iv = intervals.between(5e6, 4e6, "count")
    assert (iv.low, iv.high) == (4e6, 5e6)


def test_open_ends_touching_do_not_overlap() -> None:
    more = from_value(100, 0, "more_than", "count")
    at_most = from_value(100, 0, "at_most", "count")
    assert conflict(more, at_most)
    assert overlaps(from_value(100, 0, "at_least", "count"), at_most)


def test_different_units_never_conflict() -> None:
    assert not conflict(Interval(low=1, high=2, unit="USD"), Interval(low=5, high=6, unit="EUR"))


_bound = st.one_of(st.none(), st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))


@st.composite
def _intervals(draw: st.DrawFn) -> Interval:
    a, b = draw(_bound), draw(_bound)
    if a is not None and b is not None and a > b:
        a, b = b, a
    return Interval(low=a, high=b, low_closed=draw(st.booleans()),
                    high_closed=draw(st.booleans()), unit="count")


@given(_intervals(), _intervals())
@settings(max_examples=500, deadline=None)
def test_conflict_symmetric(a: Interval, b: Interval) -> None:
    assert conflict(a, b) == conflict(b, a)


@given(_intervals())
def test_conflict_irreflexive(a: Interval) -> None:
    assert not conflict(a, a)


_UNIT_PAIRS = [("kilometer", "meter"), ("oil_barrel / year", "liter / day"),
               ("tonne", "pound"), ("mile", "foot"), ("kiloton_tnt", "joule")]
# (Offset scales such as Celsius/Fahrenheit are left out: a relative "about" widening is
# not defined independently of the zero point.)


@given(st.sampled_from(_UNIT_PAIRS), st.floats(0, 1e6), st.floats(0, 1e6),
       st.sampled_from(["exact", "approx", "nearly", "more_than", "at_most"]),
       st.sampled_from(["exact", "approx", "less_than", "at_least"]))
@settings(max_examples=300, deadline=None)
def test_unit_conversion_keeps_verdict(pair: tuple[str, str], x: float, y: float, qa: str,
                                       qb: str) -> None:
    u1, u2 = pair
    a = from_value(x, 0.0, qa, u1, nonnegative=False)
    b = from_value(y, 0.0, qb, u1, nonnegative=False)
    f1, o1, base = canonical_unit(u1)
    f2, o2, base2 = canonical_unit(u2)
    assert base == base2
    # the same two claims, the second restated in u2, both compared in base units
    b2_value = (canonical(y, u1)[0] - o2) / f2
    b2 = from_value(b2_value, 0.0, qb, u2, nonnegative=False)
    a_base = intervals.convert(a, f1, o1, base)
    b_base = intervals.convert(b, f1, o1, base)
    b2_base = intervals.convert(b2, f2, o2, base)
    if all(v is not None for v in (b_base.low, b2_base.low)):
        assert b2_base.low == pytest.approx(b_base.low, rel=1e-9, abs=1e-6)
    verdict = conflict(a_base, b_base)
    # only compare verdicts away from touching ends (float rounding)
    ends = [v for v in (a_base.low, a_base.high, b_base.low, b_base.high) if v is not None]
    if all(abs(p - q) > 1e-6 * max(1.0, abs(p)) for p in ends for q in ends if p is not q):
        assert conflict(a_base, b2_base) == verdict
