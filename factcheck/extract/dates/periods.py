"""Rules for periods inside periods: "the third week of July", "the last week of 2015",
"from 4 to 22 this month", "the 27th", "the past two quarters", "2016 H2".

Weeks run Monday to Sunday. The n-th week of a month or year is the one holding its n-th
Thursday, and its last week the one holding its last Thursday (ISO 8601's rule for week 1,
applied to months too), so "the first week of 2015" is 29 Dec 2014 - 4 Jan 2015.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from dateutil.relativedelta import relativedelta

from factcheck.extract.base import Context
from factcheck.extract.dates.hits import (
    _FUT, _NO_PUB, _PAST, _Anaphor, _Hit, _cues, _date_or_none, _future, _g, _part, _year_edge,
)
from factcheck.extract.dates.absolute import CALENDAR_QUARTERS, _calendar_context
from factcheck.extract.dates.spelled import year_number
from factcheck.extract.dates.vocabulary import _ambiguous, _capitalized, _day, _month_no, _num, _year_of
from factcheck.models import Granularity
from factcheck.normalize import timeref as tr

G = Granularity
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "fifth": 5, "5th": 5, "last": -1, "final": -1}
_SHIFT = {"this": 0, "current": 0, "the current": 0, "next": 1, "the following": 1, "following": 1,
          "coming": 1, "last": -1, "previous": -1, "the previous": -1, "past": -1}


def _key(word: str | None) -> str:
    return re.sub(r"\s+", " ", (word or "").lower())


def _outer(m: re.Match[str], text: str, ctx: Context) -> tuple[tr.Period, str, tuple[str, ...]] | None:
    """The month or year named after "week of": (period, unit, assumptions), None if unreadable."""
    pub = ctx.published
    if _g(m, "omod"):
        if pub is None:
            return None
        unit = m.group("ounit").lower()
        return tr.shift_period(unit, pub, _SHIFT[_key(m.group("omod"))]), unit, ()  # type: ignore[arg-type]
    if _g(m, "mon"):
        word = m.group("mon")
        if _ambiguous(word) and not _capitalized(word):
            return None
        mo, y = _month_no(word), _year_of(_g(m, "year"), pub)
        if y is not None:
            return tr.month_period(y, mo), "month", ()
        if pub is None:
            return None
        fut = _future(text, m.start())
        return tr.resolve_month(pub, mo, fut), "month", ("month without a year " + (_FUT if fut else _PAST),)
    if _g(m, "oy"):
        return tr.year_period(year_number(m.group("oy"))), "year", ()
    return None


def _nth_week(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    outer = _outer(m, text, ctx)
    if outer is None:
        if ctx.published is None:
            yield _Hit(m.start(), m.end(), gran=G.week, unresolved=_NO_PUB)
        return
    week = tr.nth_week(outer[0], _NTH[m.group("nth").lower()])
    if week:
        yield _Hit(m.start(), m.end(), *week, G.week, assumptions=outer[2] + (
            "n-th week read as the Monday-Sunday week holding the n-th Thursday",))


def _day_range_of_month(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'from 4 to 22 this month', 'between 4 and 22 next month'."""
    if _key(_g(m, "join")) == "and" and not _g(m, "lead"):
        return
    d, d2 = int(re.match(r"\d+", m.group("d")).group()), int(re.match(r"\d+", m.group("d2")).group())  # type: ignore[union-attr]
    if not 1 <= d < d2 <= 31:
        return
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), gran=G.day, unresolved=_NO_PUB)
        return
    first = tr.shift_period("month", ctx.published, _SHIFT[_key(m.group("omod"))])[0]
    lo, hi = _date_or_none(first.year, first.month, d), _date_or_none(first.year, first.month, d2)
    if lo and hi:
        yield _Hit(m.start(), m.end(), lo, hi, G.day)


def _bare_day(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'on the 18th': a day of the month without a month, past reading (or future)."""
    d = int(re.match(r"\d+", m.group("d")).group()) if _g(m, "d") else _day(m.group("dw")) or 0  # type: ignore[union-attr]
    s = m.start("the")
    if not 1 <= d <= 31:
        return
    if ctx.published is None:
        yield _Hit(s, m.end(), gran=G.day, unresolved=_NO_PUB)
        return
    pub, fut = ctx.published, _future(text, s)
    month = dt.date(pub.year, pub.month, 1)
    for _ in range(3):
        day = _date_or_none(month.year, month.month, d)
        if day and ((day >= pub) if fut else (day <= pub)):
            yield _Hit(s, m.end(), day, day, G.day, assumptions=(
                "day of the month without a month " + (_FUT if fut else _PAST),))
            return
        month = tr.offset(month, 1 if fut else -1, "month")


def _rolling_quarters(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'the past two quarters': whole calendar quarters before (or after) the current one."""
    n = _num(m.group("n"))
    if not n or n != int(n) or n > 40:
        return
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), gran=G.quarter, unresolved=_NO_PUB)
        return
    pub, k = ctx.published, int(n)
    if _SHIFT.get(_key(m.group("mod")).replace("the ", ""), -1) > 0:
        lo, hi = tr.shift_period("quarter", pub, 1)[0], tr.shift_period("quarter", pub, k)[1]
    else:
        lo, hi = tr.shift_period("quarter", pub, -k)[0], tr.shift_period("quarter", pub, -1)[1]
    why = ("'past N quarters' read as whole calendar quarters",)
    if _calendar_context(text, m.start(), m.end()) == "fiscal":
        why += (CALENDAR_QUARTERS,)
    yield _Hit(m.start(), m.end(), lo, hi, G.quarter, assumptions=why)


_GRAN = {"day": G.day, "days": G.day, "week": G.week, "weeks": G.week, "month": G.month,
         "months": G.month, "year": G.year, "years": G.year, "decade": G.decade, "decades": G.decade}


def _weekend(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'over the weekend': the most recent Saturday-Sunday, or the next in future context."""
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), gran=G.week, unresolved=_NO_PUB)
        return
    fut = _future(text, m.start())
    yield _Hit(m.start(), m.end(), *tr.weekend(ctx.published, fut), G.week, assumptions=(
        "'the weekend' read as the " + ("next one (future-tense context)" if fut
                                        else "most recent one (past-tense news)"),))


def _vague(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'in recent weeks', 'in the coming months': no stated bounds, so unresolved."""
    words = " ".join(m.group().split())
    yield _Hit(m.start(), m.end(), gran=_GRAN[m.group("unit").lower()],
               unresolved=f"vague: '{words}' states no bounds")


def _end_of(unit: str, part: int, anchor: tr.Period, m: re.Match[str] | None = None) -> tr.Period:
    """That part of the ``unit`` holding ``anchor``: a third, or for a year's edge word its
    first or last month (``_year_edge``)."""
    edge = _year_edge(m, anchor[0].year) if m is not None and unit == "year" else None
    return edge or tr.part_of(tr.period_of(unit, anchor[0]), part, unit)  # type: ignore[arg-type]


def _edge_month(unit: str, period: tr.Period) -> bool:
    """Is a part of a year one month (a year's edge: "year-end"), not a third?"""
    return unit == "year" and period[0].month == period[1].month


def _part_of_unit(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'by the end of the year', 'the start of the month', 'year-end': a third of the
    publication's period (the previous one in past-tense text when that third is still to
    come, the next one in future-tense text when it is over); a year or month counts from
    a date named earlier in the sentence ("in 2015 ... by the end of the year")."""
    unit = (_g(m, "unit") or _g(m, "unit2") or "").lower()
    part = 2 if _g(m, "unit2") else _part(m)
    if part is None:
        return
    anaphor = _Anaphor(lambda a, g: _end_of(unit, part, a, m)) if unit in ("month", "year", "decade") else None
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), gran=_GRAN[unit], unresolved=_NO_PUB, anaphor=anaphor)
        return
    pub, (fut, seen_from_past) = ctx.published, _cues(text, m.start())
    period = _end_of(unit, part, (pub, pub), m)
    shift = -1 if not fut and period[0] > pub and not seen_from_past \
        else 1 if fut and period[1] < pub else 0
    if shift:
        moved = tr.shift_period(unit, pub, shift)  # type: ignore[arg-type]
        period = _end_of(unit, part, moved, m)
    which = {-1: f"the previous {unit} (that part of this one is still to come)",
             1: f"the next {unit} (future-tense context)", 0: f"the publication {unit}"}[shift]
    gran = G.month if _edge_month(unit, period) else _GRAN[unit]  # ("year-end")
    yield _Hit(m.start(), m.end(), *period, gran, anaphor=anaphor,
               assumptions=(f"'{' '.join(m.group().split())}' read as in {which}",))


def _edge_units(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'the first six months of 2017', 'the last three weeks of this year', 'the first nine
    months of the year' (the year of a date named earlier in the sentence, else of
    publication)."""
    n = _num(m.group("n"))
    if not n or n != int(n):
        return
    k, unit = int(n), m.group("unit").lower().rstrip("s")
    first = m.group("edge").lower() in ("first", "opening")
    if _g(m, "the"):
        outer_unit = m.group("tunit").lower()
        if ctx.published is None:
            yield _Hit(m.start(), m.end(), gran=G.day, unresolved=_NO_PUB)
            return
        outer, why = tr.period_of(outer_unit, ctx.published), ("'the year' read as the publication year",)  # type: ignore[arg-type]
        anaphor: _Anaphor | None = _Anaphor(
            lambda a, g: _edge(tr.period_of(outer_unit, a[0]), k, unit, first))  # type: ignore[arg-type]
    else:
        got = _outer(m, text, ctx)
        if got is None:
            if ctx.published is None:
                yield _Hit(m.start(), m.end(), gran=G.day, unresolved=_NO_PUB)
            return
        outer, _, why = got
        anaphor = None
    period = _edge(outer, k, unit, first)
    if period:
        yield _Hit(m.start(), m.end(), *period, G.month if unit == "month" else G.day,
                   assumptions=why, anaphor=anaphor)


def _edge(outer: tr.Period, k: int, unit: str, first: bool) -> tr.Period | None:
    """The first or last ``k`` days, weeks or months of a period; None if longer than it."""
    lo, hi = outer
    if unit == "month":
        if first:
            end = lo + relativedelta(months=k) - dt.timedelta(days=1)
            return (lo, end) if end <= hi else None
        start = (hi + dt.timedelta(days=1)) - relativedelta(months=k)
        return (start, hi) if start >= lo else None
    days = k * (7 if unit == "week" else 1)
    if first:
        end = lo + dt.timedelta(days=days - 1)
        return (lo, end) if end <= hi else None
    start = hi - dt.timedelta(days=days - 1)
    return (start, hi) if start >= lo else None
