"""Dates and durations: ``find_dates(text, ctx) -> list[Candidate]``.

Absolute dates ("Aug. 5, 2017", "2017-09-11", "mid-September", "the 1990s", fiscal
"2012-13") resolve on their own; relative ones ("Sunday", "last month", "two weeks ago")
against ``ctx.published`` with the rules of ``factcheck.normalize.timeref``. Without a
publication date they are emitted with ``unresolved="no publication date"``; a month or
day without a year then gets ``unresolved="no year"``.

Every date is a ``DateValue`` (inclusive start/end and granularity) with an interval of
days; every duration a ``DurationValue`` in days (month = 30.4375 days, year = 365.25)
with an interval from its stated precision and qualifier:

- exact "three years": ± half a unit, [2.5 y, 3.5 y]; "24 hours" = 1 day ± half an hour;
- about/around/roughly: the wider of ± half a unit and ± 10 %;
- nearly/almost/just under: [0.9 v, v]; more than/over: (v, ∞); less than/under: [0, v);
  at least: [v, ∞); up to/at most/within: [0, v].

Special readings (DESIGN §2): "since 2006" is the open range [2006-01-01, publication
date] (end None without one); fiscal "2012-13" is one date claim 2012-01-01..2013-12-31
(not a number range, the fiscal-year start is unknown); a year range "2014-2018" is
2014-01-01..2018-12-31. A bare four-digit number is a year only with a cue (in, since,
by, of, early, mid...), a month, or a following noun such as "election" ("a 2001
agreement"); a numeric date whose day and month orders are both valid ("11/09/2017")
is emitted unresolved ("ambiguous day/month order").

Matching is linear: a handful of precompiled patterns run with ``finditer`` over the
whole text, with no nested quantifiers.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable, Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.data import load_yaml
from factcheck.extract.base import Candidate, Context
from factcheck.models import DateValue, DurationValue, Granularity, Interval, Qualifier
from factcheck.normalize import timeref as tr

G = Granularity


class Vocabulary(BaseModel):
    """data/patterns/en/dates.yaml, validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    months: dict[str, int]
    ambiguous_months: list[str]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    cardinals: dict[str, float]
    ordinals: dict[str, int]
    units: dict[str, float]
    qualifiers: dict[str, Qualifier]
    future_cues: list[str]
    year_cues: list[str]
    year_nouns: list[str]
    seasons: dict[str, tuple[int, int]]
    parts: dict[str, int]
    fixed_holidays: dict[str, tuple[int, int]]
    weekday_holidays: dict[str, tuple[int, int, int]]
    thanksgiving_offsets: dict[str, int]
    easter_offsets: dict[str, int]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary.model_validate(load_yaml("patterns/en/dates.yaml"))


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    dstart: dt.date | None = None
    dend: dt.date | None = None
    gran: Granularity = G.day
    unresolved: str | None = None
    assumptions: tuple[str, ...] = ()
    month: int | None = None  # for year propagation in ranges ("May to Oct 2020")
    day: int | None = None
    has_year: bool = True
    days: float | None = None  # a duration
    qualifier: Qualifier = Qualifier.exact
    interval: Interval | None = None


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Patterns:
    rules: tuple[tuple[re.Pattern[str], Callable[..., Iterator[_Hit]]], ...]
    future: re.Pattern[str]
    connector: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    v = vocabulary()
    mon = rf"(?<![A-Za-z])(?P<mon>{_alt(v.months)})(?![A-Za-z])\.?"
    mon2 = mon.replace("?P<mon>", "?P<mon2>")
    tens = r"(?:twenty|thirty)"
    ord_words = _alt(v.ordinals)
    unit_words = "one|two|three|four|five|six|seven|eight|nine"
    day_word = rf"(?:{tens}[-\s]?(?:{ord_words}|{unit_words})|{ord_words})"
    day_num = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[.,:]\d)"
    day = rf"(?P<day>{day_num}|{day_word})(?![A-Za-z])"
    day2 = day.replace("?P<day>", "?P<day2>")
    year4 = r"(?<![\d.,])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d]|[.,]\d|\s?%)"
    year = rf"(?P<year>{year4}|['’]\d\d(?![\d]))"
    wd_all = _alt({**v.weekdays, **v.weekday_abbreviations})
    wd_opt = rf"(?:(?P<wd>{wd_all})\.?,?\s+(?:the\s+)?)?"
    dash = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+)"
    yr_sep = r"(?:\s*,\s*|\s+(?:of\s+|in\s+)?|[-/])"
    part = rf"(?:(?P<part>(?:(?:at\s+)?the\s+)?(?:beginning|start|middle|end)\s+of(?:\s+the)?|early|mid|late)(?:-|\s+))?"
    mod = r"(?P<mod>this|last|next|past|previous|coming|current|the\s+past|the\s+previous|the\s+coming|the\s+next|the\s+last|the\s+following|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the)"
    num_word = rf"(?:{tens}|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:{unit_words}))?|{_alt(v.cardinals)}"
    num = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{num_word})(?:\s+and\s+a\s+half)?"
    unit = rf"(?P<unit>{_alt(v.units)})(?![A-Za-z])"
    qual = rf"(?:(?P<q>{_alt(v.qualifiers)})\s+)?"
    holidays = {**v.fixed_holidays, **v.weekday_holidays, **v.thanksgiving_offsets, **v.easter_offsets}
    cues = _alt(v.year_cues)
    nouns = _alt(v.year_nouns)
    fl = re.I
    rules: list[tuple[str, Callable[..., Iterator[_Hit]]]] = [
        # Aug. 5, 2017 · Sept. 3 · monday january 12th, 2016 · November 19-20 · Oct-2
        (rf"{wd_opt}{mon}(?:\s*|-|/)(?:the\s+)?{day}(?:{dash}{day2})?(?:{yr_sep}{year})?", _month_day),
        # 5 August 2017 · Wednesday, 06 September, 2017 · second of Aug · 4-22 January
        (rf"{wd_opt}(?:the\s+)?{day}(?:{dash}{day2})?\.?(?:\s+of\s+|\s+|-|/)(?:the\s+month\s+of\s+)?{mon}(?:{yr_sep}{year})?", _day_month),
        # September 2017 · mid-September · this September · since August · 2016 June
        (rf"(?:(?P<cue>in|since|by|until|till|from|during|through|throughout|before|after|of)\s+)?{part}(?:{mod}\s+)?{mon}(?:{yr_sep}{year}|(?P<rel>\s+(?:next|last|this)\s+year))?", _month),
        (rf"(?<![\d.,]){year}\s*,?\s*{mon}(?![\s.]*\d)", _month),
        # 2017-09-11 · 2015/08/12 · 2019-sep-1
        (r"(?<![\d.,/-])(?P<y>1\d\d\d|20\d\d)(?P<s>[-/.])(?P<m>\d{1,2}|[A-Za-z]{3})(?P=s)(?P<d>\d{1,2})(?![\d]|[.,/-]\d)", _iso),
        # 21/04/2016 · 9-18-15 · 13.5.2015 · 08/12,2015
        (r"(?<![\d.,/+-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?:(?P=s)|,)(?P<y>\d{4}|\d{2})(?![\d]|[.,/-]\d)", _numeric),
        # on 4/22 · on 22/04 (only after a cue: "1/2" and "24/7" are not dates)
        (r"(?<![A-Za-z])(?P<cue>on|by|until|since|from|to|through|between|and)\s+(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?![\d]|[.,/-]\d)", _numeric),
        # 11/2016 · 2016-11 · fiscal 2012-13 · 2014-2018
        (r"(?<![\d.,/+-])(?P<m>\d{1,2})\s*[-/]\s*(?P<y>1\d\d\d|20\d\d)(?![\d]|[.,/-]\d)", _month_year),
        (rf"(?:(?P<cue>from|between|in|during|since)\s+)?(?<![\d.,/+-])(?P<y>1\d\d\d|20\d\d)(?:\s*[-/–—~]\s*|\s+(?:to|through|and|until)\s+)(?P<m>\d{{4}}|\d{{1,2}})(?![\d]|[.,/-]\d|\s?%)", _year_pair),
        # in 2006 · since 2006 · early 2017 · a 2001 agreement · the 1990s · the 21st century
        (rf"(?:(?P<cue>{cues})\s+){part}(?:the\s+)?(?:year\s+)?(?P<y>{year4})", _year),
        (rf"(?P<y>{year4})(?=\s+(?:{nouns})(?![A-Za-z]))", _year),
        (rf"(?:the\s+)?{part}(?P<dec>(?:1[0-9]|20)\d0|['’]\d0|(?<![\d.,])\d0)['’]?s(?![A-Za-z])", _decade),
        (rf"(?:the\s+)?{part}(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+century", _century),
        # Q3 2016 · the third quarter of 2016 · first half of 2017
        (rf"(?:the\s+)?(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?P<qh>quarter|half)|(?-i:(?P<qh2>[QH])(?P<qnum>[1-4])))(?:\s+of|,)?(?:\s+(?P<y>{year4})|\s+(?P<rel>this|last|next)\s+year)?", _quarter),
        # summer 2016 · this summer · the spring of 1978
        (rf"(?:{mod}\s+|the\s+)?{part}(?P<season>{_alt(v.seasons)})(?:\s+of)?(?:\s+(?P<y>{year4}))?(?![A-Za-z])", _season),
        # Sunday · last Sunday · Tuesday's test · next week on Friday · Friday the 22nd
        (rf"(?:(?P<wk>next|last|this)\s+week\s+(?:on\s+)?)?(?:(?P<mod>last|next|this|coming|past|previous)\s+)?(?P<wd>{_alt(v.weekdays)}|(?=\w+\.?\s+(?:the\s+)?\d)(?:{_alt(v.weekday_abbreviations)})\.?)(?![A-Za-z])(?:,?\s+(?:the\s+)?(?P<day>{day_num}|{day_word})(?![A-Za-z]))?(?:\s+(?:of\s+)?(?P<wk2>next|last|this)\s+week)?", _weekday),
        # today · yesterday · the day before yesterday
        (r"(?<![A-Za-z])(?P<w>(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow|after\s+tmrw)|today|tonight|yesterday|tomorrow|tmrw)(?![A-Za-z])", _day_word),
        # last month · earlier this week · the past week · the week after next
        (rf"{part}{mod}\s+(?P<unit>week|weekend|month|year|quarter|decade|century)(?![A-Za-z])", _relative_period),
        (r"(?:the\s+)?(?P<unit>week|weekend|month|year)\s+after\s+(?:the\s+)?next", _relative_period),
        # the past three years · the next 3 days · within 5 days
        (rf"(?P<mod>(?:the\s+|over\s+the\s+)?(?:past|last|previous|next|coming|following))\s+{num}\s+{unit}", _rolling),
        # two weeks ago · in 3 weeks · 2 days from now
        (rf"(?<![A-Za-z\d.,]){num}[\s-]*{unit}(?:\s+and\s+(?:\d+|\w+)\s+\w+)?\s+(?P<dir>ago|earlier|from\s+now|from\s+today|hence)", _ago),
        (rf"(?<![A-Za-z])in\s+{num}[\s-]*{unit}", _in_future),
        # durations: less than four days · about two weeks · 24 months · a fortnight
        (rf"(?<![A-Za-z\d.,]){qual}{num}(?:\s*|-){unit}(?:-long)?", _duration),
        (rf"(?<![A-Za-z])(?P<q2>for|another|lasted|lasting|spent|took|within|than|after)\s+{qual}(?P<n>a|an|half\s+an?|a\s+half)\s+{unit}", _duration),
        (rf"(?<![A-Za-z])(?:all|full|whole)[\s-](?P<unit>day|week|month|year)(?![A-Za-z])", _duration),
        # Christmas · Thanksgiving 2010 · Easter Monday 2017
        (rf"(?<![A-Za-z])(?P<h>{_alt(holidays)})(?![A-Za-z])(?:\s+(?:of\s+)?(?P<y>{year4}))?", _holiday),
    ]
    future = re.compile(rf"(?<![A-Za-z])(?:{_alt(v.future_cues)})(?![A-Za-z])", fl)
    connector = re.compile(r"\s*(?:[-–—~]|to|through|thru|until|till|and)\s*", fl)
    return _Patterns(tuple((re.compile(p, fl), h) for p, h in rules), future, connector)
