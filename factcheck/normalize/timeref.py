"""Pure calendar arithmetic for dates in news text, relative to a publication date.

Nothing here reads the wall clock: every relative expression is resolved against the
``published`` date it is given (DESIGN §3), with python-dateutil. All periods are
inclusive ``(start, end)`` pairs of ``datetime.date``.

Resolution rules (also recorded as ``Candidate.assumptions`` by the extractor):

- Weeks run Monday to Sunday (ISO). "this week" is the publication week; "earlier this
  week" is [Monday, publication date]; "later this week" is [publication date, Sunday].
- A bare weekday reads as the most recent such day on or before publication (a "Sunday"
  in an article published on a Sunday is that day); in future-tense context, the first
  such day on or after publication. "last Friday" is the most recent Friday strictly
  before publication; "next Friday" the Friday of the following week; "this Friday" the
  Friday of the publication week; "coming Friday" the first Friday after publication.
- A month (or month and day) without a year reads as the most recent one that began on
  or before publication; in future-tense context, the first one ending on or after it.
- Parts of periods are thirds: early/beginning = first third, mid/middle = second,
  late/end = last. Months: days 1-10, 11-20, 21-end; years: Jan-Apr, May-Aug, Sep-Dec;
  weeks: Mon-Tue, Wed-Thu, Fri-Sun; decades: years 0-3, 4-6, 7-9; centuries 0-32,
  33-65, 66-99.
- Seasons are meteorological, northern hemisphere; winter YYYY is Dec YYYY-Feb YYYY+1.
- "N units ago" keeps the precision of its unit (DESIGN §2): the calendar day N units
  before publication, widened by half a unit either way ("two weeks ago" is 17-11 days
  before publication, "a decade ago" five years either side of ten years back; "three days
  ago" is that day) and by its qualifier ("more than a decade ago" has an open start).
  Anaphoric offsets ("two days later" than a stated date) are computed the same way
  from that date (``displace``).
- "the weekend" is Saturday-Sunday: the most recent one (its Saturday on or before
  publication), or in future-tense context the next one (its Sunday on or after it,
  a Sunday publication giving the following weekend).
- A fiscal year named N ends in N (the US government, most companies) or begins in N
  (Japan, India); without the convention it is read as the union of both,
  ``fiscal_year(N, 2, 3)`` = 1 Feb N-1 .. 31 Mar N+1.
- "the third quarter", "the first half" without a year: the latest one begun by
  publication, or in future-tense context the first one ending on or after it.
- A weekday with a day of the month ("Tuesday the 11th") is the nearest date where
  they coincide (the past one on a tie), unless tense says past or future.
- A month and day without a year in deadline context ("before a November 17 deadline",
  "due on March 1") is the nearer of its past and future readings (the past one on a
  tie): a deadline is named before it passes, or reported just after.
- Day parts: "last night" is the evening before publication (a night keeps the day it began
  on; an hour before 6 a.m. written with it is the next day); "overnight" is the day before
  publication and the publication day; "this morning/evening" the publication day.
- A time of day is dated by the day written beside it, else by a day of its sentence or
  paragraph, the article's lead, or publication; its UTC offset is that of its zone on that
  date (daylight saving time included, from the IANA database).
- Business (working) days skip Saturdays and Sundays; public holidays are not known and
  are not skipped. "in four business days" from a Tuesday is the Monday after.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Sequence
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta, weekday

Period = tuple[dt.date, dt.date]
OpenPeriod = tuple[dt.date | None, dt.date | None]
WeekdayMode = Literal["past", "future", "last", "next", "this", "coming"]
Unit = Literal["day", "week", "month", "quarter", "year", "decade", "century"]

_WEEKDAYS = [weekday(i) for i in range(7)]


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_period(year: int, month: int) -> Period:
    return dt.date(year, month, 1), month_end(year, month)


def year_period(year: int) -> Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_period(day: dt.date) -> Period:
    """The Monday-to-Sunday week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2)


def half_period(year: int, half: int) -> Period:
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (
        dt.date(year, 7, 1), dt.date(year, 12, 31))


def decade_period(first_year: int) -> Period:
    return dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)


def century_period(number: int) -> Period:
    """The n-th century as commonly used in news: the 21st century is 2000-2099."""
    first = (number - 1) * 100
    return dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31)


def season_period(year: int, first_month: int, last_month: int) -> Period:
    end_year = year + 1 if last_month < first_month else year
    return dt.date(year, first_month, 1), month_end(end_year, last_month)


def period_of(unit: Unit, day: dt.date) -> Period:
    """The calendar period of ``unit`` containing ``day``."""
    if unit == "day":
        return day, day
    if unit == "week":
        return week_period(day)
    if unit == "month":
        return month_period(day.year, day.month)
    if unit == "quarter":
        return quarter_period(day.year, (day.month - 1) // 3 + 1)
    if unit == "year":
        return year_period(day.year)
    if unit == "decade":
        return decade_period(day.year - day.year % 10)
    return century_period(day.year // 100 + 1)


_STEPS = {"day": ("days", 1), "week": ("weeks", 1), "month": ("months", 1), "quarter": ("months", 3),
          "year": ("years", 1), "decade": ("years", 10), "century": ("years", 100)}


def shift_period(unit: Unit, day: dt.date, n: int) -> Period:
    """The period of ``unit`` that is ``n`` periods after the one containing ``day``."""
    key, size = _STEPS[unit]
    return period_of(unit, day + relativedelta(**{key: size * n}))


def part_of(period: Period, part: int, unit: str) -> Period:
    """The ``part``-th third (0, 1, 2) of ``period``, using the unit's documented thirds."""
    start, end = period
    if unit == "month":
        bounds = [(1, 10), (11, 20), (21, end.day)][part]
        return start.replace(day=bounds[0]), start.replace(day=bounds[1])
    if unit == "year":
        first, last = [(1, 4), (5, 8), (9, 12)][part]
        return dt.date(start.year, first, 1), month_end(start.year, last)
    if unit == "week":
        first, last = [(0, 1), (2, 3), (4, 6)][part]
        return start + dt.timedelta(days=first), start + dt.timedelta(days=last)
    if unit == "decade":
        first, last = [(0, 3), (4, 6), (7, 9)][part]
        return dt.date(start.year + first, 1, 1), dt.date(start.year + last, 12, 31)
    if unit == "century":
        first, last = [(0, 32), (33, 65), (66, 99)][part]
        return dt.date(max(start.year + first, 1), 1, 1), dt.date(start.year + last, 12, 31)
    # Any other period: split its days in three.
    days = (end - start).days + 1
    lo = start + dt.timedelta(days=days * part // 3)
    hi = start + dt.timedelta(days=days * (part + 1) // 3 - 1)
    return lo, max(lo, hi)


def resolve_weekday(published: dt.date, wd: int, mode: WeekdayMode) -> dt.date:
    """A weekday (Monday = 0) relative to the publication date; see the module rules."""
    # the day itself or the nearest one before (past) / after (future) it: date arithmetic
    # (what relativedelta's weekday=WD(-1) / WD(+1) does, without its cost)
    if mode == "past":
        return published - dt.timedelta(days=(published.weekday() - wd) % 7)
    if mode == "future":
        return published + dt.timedelta(days=(wd - published.weekday()) % 7)
    if mode == "last":
        day = published - dt.timedelta(days=1)
        return day - dt.timedelta(days=(day.weekday() - wd) % 7)
    if mode == "coming":
        day = published + dt.timedelta(days=1)
        return day + dt.timedelta(days=(wd - day.weekday()) % 7)
    monday = week_period(published)[0]
    if mode == "next":
        monday += dt.timedelta(days=7)
    return monday + dt.timedelta(days=wd)


def resolve_month(published: dt.date, month: int, future: bool) -> Period:
    """A month without a year: the latest one begun by publication, or the next one."""
    year = published.year
    if future:
        if month < published.month:
            year += 1
    elif month > published.month:
        year -= 1
    return month_period(year, month)


def resolve_month_day(published: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    """A month and day without a year, past or future reading; None if never valid."""
    for delta in range(0, 9):  # Feb 29 may need a few years to recur
        year = published.year + (delta if future else -delta)
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            if month == 2 and day == 29:
                continue
            return None
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    return None


def nearest_month_day(published: dt.date, month: int, day: int) -> dt.date | None:
    """A month and day without a year: the nearer of its past and future readings (the
    past one on a tie); None if never valid."""
    past = resolve_month_day(published, month, day, False)
    future = resolve_month_day(published, month, day, True)
    if past is None or future is None:
        return past or future
    return past if (published - past) <= (future - published) else future


def nearest_month(published: dt.date, month: int) -> Period:
    """A month without a year: the nearer of its past and future readings, measured from
    publication to the month's nearer end (the past one on a tie)."""
    past, future = resolve_month(published, month, False), resolve_month(published, month, True)
    if past[0] <= published <= past[1]:
        return past
    return past if (published - past[1]) <= (future[0] - published) else future


def add_business_days(day: dt.date, n: int) -> dt.date:
    """``day`` moved by ``n`` business days (Monday-Friday; negative = back). Holidays are
    not known, so not skipped."""
    if n == 0:
        return day
    step = 1 if n > 0 else -1
    if day.weekday() >= 5:  # from a weekend count as from its Friday (ahead) or Monday (back)
        day += dt.timedelta(days=(4 - day.weekday()) if step > 0 else (7 - day.weekday()))
    weeks, left = divmod(abs(n), 5)
    day += dt.timedelta(days=7 * weeks * step)  # whole weeks in one step: linear in nothing
    while left:
        day += dt.timedelta(days=step)
        if day.weekday() < 5:
            left -= 1
    return day


def business_day_span(n: float) -> tuple[float, float]:
    """The fewest and most calendar days that ``n`` business days can take: counted from
    a Sunday the weekends fall as late as possible, from a Friday as early as possible."""
    whole = math.ceil(n)
    return n + 2 * ((whole - 1) // 5 if whole else 0), n + 2 * math.ceil(n / 5)


def nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date | None:
    """The n-th (1-based, -1 = last) weekday ``wd`` of a month; None if it does not exist."""
    if n < 0:
        return month_end(year, month) + relativedelta(weekday=_WEEKDAYS[wd](-1))
    day = dt.date(year, month, 1) + relativedelta(weekday=_WEEKDAYS[wd](+n))
    return day if day.month == month else None


def easter_sunday(year: int) -> dt.date:
    return easter(year)


def offset(published: dt.date, n: float, unit: str) -> dt.date:
    """``published`` moved by n units (negative = back); fractional days are truncated."""
    if unit in ("month", "quarter", "year", "decade", "century"):
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
        whole = int(months)
        extra_days = round((months - whole) * 30.4375)
        return published + relativedelta(months=whole, days=extra_days)
    if unit in BUSINESS_DAYS:
        return add_business_days(published, int(n))
    days = {"day": 1, "night": 1, "week": 7, "fortnight": 14}.get(unit, 1) * n
    return published + dt.timedelta(days=int(days))


BUSINESS_DAYS = ("business day", "working day")


def clamp_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nth_week(period: Period, n: int) -> Period | None:
    """The n-th (1-based, -1 = last) Monday-Sunday week of a month or year: the week holding
    the period's n-th (last) Thursday, as ISO 8601 numbers the weeks of a year."""
    start, end = period
    if n < 0:
        thursday = end + relativedelta(weekday=_WEEKDAYS[3](-1))
    else:
        thursday = start + relativedelta(weekday=_WEEKDAYS[3](+n))
        if thursday > end:
            return None
    return week_period(thursday)


def weekend(published: dt.date, future: bool) -> Period:
    """'the weekend': the latest Saturday-Sunday begun by publication, or the next one."""
    if future:
        sat = published + relativedelta(days=+1 if published.weekday() == 6 else 0,
                                         weekday=_WEEKDAYS[5](+1))
    else:
        sat = published + relativedelta(weekday=_WEEKDAYS[5](-1))
    return sat, sat + dt.timedelta(days=1)


def displace(ref: Period, n: float, unit: str, sign: int, shorter: float,
             longer: float | None, extra: Sequence[tuple[float, str]] = ()) -> OpenPeriod:
    """The dates ``n`` units (then each of ``extra``: "2 years 21 days") after (``sign`` = 1)
    or before (-1) the period ``ref``, when the elapsed time may be up to ``shorter`` days
    shorter and ``longer`` days longer than the calendar offset (None: unbounded, an open
    end). Fractions of a day are dropped."""
    near = dt.timedelta(days=int(max(shorter, 0.0)))
    steps = [(n, unit), *extra]
    first = last = ref[0]
    for k, u in steps:
        first = offset(first, sign * k, u)
    if ref[1] != ref[0]:  # a period moves with its end: February a month on ends 31 March
        last = ref[1] + dt.timedelta(days=1)
        for k, u in steps:
            last = offset(last, sign * k, u)
        last -= dt.timedelta(days=1)
    else:
        last = first
    if longer is None:
        far = None
    else:
        far = dt.timedelta(days=int(max(longer, 0.0)))
    if sign < 0:
        return (None if far is None else first - far), last + near
    return first - near, (None if far is None else last + far)


def fiscal_year(year: int, first_month: int, last_month: int) -> Period:
    """Fiscal year ``year`` without a known convention: from ``first_month`` of the year
    before to ``last_month`` of the year after (the union of the conventions)."""
    return dt.date(year - 1, first_month, 1), month_end(year + 1, last_month)


def fiscal_year_ending(year: int, last_month: int) -> Period:
    """Fiscal year ``year`` of a company whose year ends in ``last_month``: the twelve
    months ending then ("fiscal 2026" of a year to 28 February: March 2025 to February 2026)."""
    first = year * 12 + last_month - 12  # month index (year * 12 + month - 1) of its first month
    return dt.date(first // 12, first % 12 + 1, 1), month_end(year, last_month)


def fiscal_part(published: dt.date, kind: Literal["quarter", "half"], n: int, last_month: int,
                future: bool, year: int | None = None) -> Period:
    """Quarter or half ``n`` of fiscal year ``year`` (or, without one, the latest begun by
    publication; in future context the first ending on or after it) of a company whose
    year ends in ``last_month``."""
    size = 3 if kind == "quarter" else 6

    def period(fy: int) -> Period:
        first = fy * 12 + last_month - 12 + size * (n - 1)
        last = first + size - 1
        return dt.date(first // 12, first % 12 + 1, 1), month_end(last // 12, last % 12 + 1)

    if year is not None:
        return period(year)
    for fy in (published.year + 2, published.year + 1, published.year, published.year - 1):
        p = period(fy)
        if future and p[1] >= published and period(fy - 1)[1] < published:
            return p
        if not future and p[0] <= published:
            return p
    return period(published.year)


def weekday_with_day(published: dt.date, wd: int, day: int,
                     mode: Literal["past", "future", "nearest"]) -> dt.date | None:
    """'Tuesday the 11th': the date in the past, the future, or the nearer of both, where
    weekday ``wd`` falls on day ``day`` of a month; None if none within two years."""
    def search(step: int) -> dt.date | None:
        index = published.year * 12 + published.month - 1
        for _ in range(25):
            cand = clamp_day(index // 12, index % 12 + 1, day)
            if cand and cand.weekday() == wd and ((cand >= published) if step > 0 else (cand <= published)):
                return cand
            index += step
        return None

    past = search(-1) if mode != "future" else None
    future = search(+1) if mode != "past" else None
    if past is None or future is None:
        return past or future
    return past if (published - past) <= (future - published) else future


def resolve_part_of_year(published: dt.date, kind: Literal["quarter", "half"], n: int,
                         future: bool) -> Period:
    """'the third quarter' / 'the second half' without a year: the latest one begun by
    publication, or in future context the first one ending on or after it."""
    def period(year: int) -> Period:
        return quarter_period(year, n) if kind == "quarter" else half_period(year, n)

    this = period(published.year)
    if future:
        return this if this[1] >= published else period(published.year + 1)
    return this if this[0] <= published else period(published.year - 1)
