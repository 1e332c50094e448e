"""Values as intervals (DESIGN §2): stated precision, qualifiers, and conflict.

``from_value(value, half, qualifier, unit)`` builds the interval of one stated value:

- stated precision: ``half`` is the half-width the writing implies (see
  ``extract/numbers.py``): "2m" -> [1.5m, 2.5m], "8.5 million" -> [8.45m, 8.55m];
  integers written in full are exact: "1,300" -> [1300, 1300];
- ``approx`` (about, around, some, roughly, an estimated): the half-width becomes
  ``max(half, APPROX_FACTOR * |v|)`` with ``APPROX_FACTOR = 0.10`` — journalists'
  "about 650" covers 585..715, and never less than the stated precision;
- ``nearly`` (nearly, almost, just under): [NEARLY_FACTOR * v, v] with
  ``NEARLY_FACTOR = 0.9`` (qualifier approx);
- ``more_than`` (more than, over): (v, inf) — low end open; ``at_least``: [v, inf);
- ``less_than`` (less than, under): [0, v) — high end open; ``at_most`` (up to, as high
  as, at most): [0, v]. The low end is 0 for magnitudes that cannot be negative
  (counts, money, physical quantities) and open (None) otherwise (``nonnegative=False``,
  e.g. temperatures, bare numbers, negative values);
- ``range`` ("between a and b", "4-5 million"): [a, b] exactly, see ``between``.

``overlaps(a, b)`` says whether two intervals share a point (open/closed ends honoured;
None is an infinite end); ``conflict(a, b) = not overlaps(a, b)`` is what the checker
uses: symmetric, and irreflexive for every non-empty interval. Intervals in different
units are never in conflict (they are not comparable).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from factcheck.models import Interval

__all__ = ["APPROX_FACTOR", "NEARLY_FACTOR", "from_value", "between", "convert", "overlaps",
           "conflict"]

APPROX_FACTOR = 0.10
NEARLY_FACTOR = 0.9


def from_value(value: float, half: float = 0.0, qualifier: str = "exact", unit: str | None = None,
               nonnegative: bool = True) -> Interval:
    """The interval of one stated value; ``qualifier`` is a Qualifier name or "nearly"."""
    floor = 0.0 if nonnegative and value >= 0 else None
    if qualifier == "approx":
        w = max(half, APPROX_FACTOR * abs(value))
        return Interval(low=value - w, high=value + w, unit=unit)
    if qualifier == "nearly":
        lo, hi = sorted((NEARLY_FACTOR * value, value))
        return Interval(low=lo, high=hi, unit=unit)
    if qualifier == "more_than":
        return Interval(low=value, high=None, low_closed=False, unit=unit)
    if qualifier == "at_least":
        return Interval(low=value, high=None, unit=unit)
    if qualifier == "less_than":
        return Interval(low=floor, high=value, high_closed=False, unit=unit)
    if qualifier == "at_most":
        return Interval(low=floor, high=value, unit=unit)
    return Interval(low=value - half, high=value + half, unit=unit)


def one_day_apart(a: Interval, b: Interval) -> bool:
    """Two day-dates next to each other (a time-zone reading of one event)."""
    if not all(isinstance(x, dt.date) for x in (a.low, a.high, b.low, b.high)):
        return False
    gap = max((b.low - a.high).days, (a.low - b.high).days)  # type: ignore[operator]
    return gap == 1


def between(low: float, high: float, unit: str | None = None, low_closed: bool = True,
            high_closed: bool = True) -> Interval:
    """The interval [low, high] of a range ("between 100 and 160", "4-5 million")."""
    lo, hi = (low, high) if low <= high else (high, low)
    return Interval(low=lo, high=hi, low_closed=low_closed, high_closed=high_closed, unit=unit)


def convert(iv: Interval, factor: float, offset: float = 0.0, unit: str | None = None) -> Interval:
    """``iv`` mapped through x -> factor * x + offset (factor > 0), e.g. into base units."""
    def f(x: Any) -> Any:
        return None if x is None else factor * x + offset

    return Interval(low=f(iv.low), high=f(iv.high), low_closed=iv.low_closed,
                    high_closed=iv.high_closed, unit=unit if unit is not None else iv.unit)


def _comparable(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    nums = (int, float)
    return (isinstance(a, nums) and isinstance(b, nums)) or (
        isinstance(a, dt.date) and isinstance(b, dt.date))


def _ends_before(hi: Any, hi_closed: bool, lo: Any, lo_closed: bool) -> bool:
    """Does an interval ending at ``hi`` lie wholly before one starting at ``lo``?"""
    if hi is None or lo is None:
        return False
    if hi < lo:
        return True
    return bool(hi == lo and not (hi_closed and lo_closed))


def overlaps(a: Interval, b: Interval) -> bool:
    """Do the intervals share at least one point? Different units: treated as overlapping.

    An interval always overlaps itself (even an empty one such as [0, 0)), so that
    ``conflict`` is irreflexive."""
    if a is b or (a.low == b.low and a.high == b.high and a.unit == b.unit
                  and a.low_closed == b.low_closed and a.high_closed == b.high_closed):
        return True  # the same interval (field by field: the model's == is slow)
    if a.unit != b.unit and a.unit is not None and b.unit is not None:
        return True
    if not all(_comparable(x, y) for x in (a.low, a.high) for y in (b.low, b.high)):
        return True
    return not (_ends_before(a.high, a.high_closed, b.low, b.low_closed)
                or _ends_before(b.high, b.high_closed, a.low, a.low_closed))


def conflict(a: Interval, b: Interval) -> bool:
    """Two claims about one key conflict only when their intervals are disjoint."""
    return not overlaps(a, b)
