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
    decade_words: dict[str, int]


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
    anchors: tuple[frozenset[str], ...]  # per rule: the anchor kinds it needs nearby
    tokens: dict[str, frozenset[str]]  # lower-case word -> anchor kinds
    future: re.Pattern[str]
    connector: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    v = vocabulary()
    abbr = [w for w in v.months if len(w) <= 4 and w != "june" and w != "july"]
    mon = rf"(?<![A-Za-z$])(?P<mon>(?:{_alt(abbr)})\.|{_alt(v.months)})(?![A-Za-z])"
    mon2 = mon.replace("?P<mon>", "?P<mon2>")
    tens = r"(?:twenty|thirty)"
    ord_words = _alt(v.ordinals)
    unit_words = "one|two|three|four|five|six|seven|eight|nine"
    day_word = rf"(?:{tens}[-\s]?(?:{ord_words}|{unit_words})|{ord_words})"
    day_num = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[.,:/-]\d)"
    day = rf"(?P<day>{day_num}|{day_word})(?![A-Za-z])"
    day2 = day.replace("?P<day>", "?P<day2>")
    year4 = r"(?<![\d.,])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d]|[.,]\d|\s?%)"
    year = rf"(?P<year>{year4}|['’]\d\d(?![\d])|(?<=[-/])\d\d(?![\d]|[.,]\d))"
    wd_all = _alt({**v.weekdays, **v.weekday_abbreviations})
    wd_opt = rf"(?:(?P<wd>{wd_all})\.?,?\s+(?:the\s+)?)?"
    dash = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+)"
    yr_sep = r"(?:\s*,\s*|\s+(?:of\s+|in\s+)?|[-/])"
    part = rf"(?:(?P<part>(?:(?:at\s+)?the\s+)?(?:beginning|start|middle|end)\s+of(?:\s+the)?|early|mid|late)(?:-|\s+))?"
    mod = r"(?P<mod>this|last|next|past|previous|coming|current|the\s+past|the\s+previous|the\s+coming|the\s+next|the\s+last|the\s+following|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the)"
    num_word = rf"(?:{tens}|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:{unit_words}))?|{_alt(v.cardinals)}"
    num = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{num_word})(?:\s+and\s+a\s+half)?"
    unit = rf"(?P<unit>{_alt(v.units)})(?![A-Za-z])"
    more = rf"(?P<more>(?:(?:,\s*|\s+and\s+|\s+)(?:\d+|{num_word})[\s-]*(?:{_alt(v.units)})(?![A-Za-z])){{0,3}})"
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
        (rf"(?:(?P<cue>in|since|by|until|till|from|during|through|throughout|before|after|of|to|and|between)\s+)?{part}(?:{mod}\s+)?{mon}(?:{yr_sep}{year}|(?P<rel>\s+(?:next|last|this)\s+year)|(?![\s.]*(?:the\s+)?\d{{1,2}}(?!\d)))", _month),
        (rf"(?<![\d.,]){year}\s*,?\s*{mon}(?![\s.]*\d)", _month),
        # 2017-09-11 · 2015/08/12 · 2019-sep-1
        (r"(?<![\d.,/-])(?P<y>1\d\d\d|20\d\d)(?P<s>[-/.])(?P<m>\d{1,2}|[A-Za-z]{3})(?P=s)(?P<d>\d{1,2})(?![\d]|[.,/-]\d)", _iso),
        # 21/04/2016 · 9-18-15 · 13.5.2015 · 08/12,2015
        (r"(?<![\d.,/+-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?:(?P=s)|,)(?P<y>\d{4}|\d{2})(?![\d]|[.,/-]\d)", _numeric),
        # on 4/22 · on 22/04 (only after a cue: "1/2" and "24/7" are not dates)
        (r"(?:(?<![A-Za-z])(?P<cue>on|by|until|since|from|to|through|between|and)\s+)?(?<![\d.,/+-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?![\d]|[.,/-]\d)", _numeric),
        # 11/2016 · 2016-11 · fiscal 2012-13 · 2014-2018
        (r"(?<![\d.,/+-])(?P<m>\d{1,2})\s*[-/]\s*(?P<y>1\d\d\d|20\d\d)(?![\d]|[.,/-]\d)", _month_year),
        (rf"(?:(?P<cue>from|between|in|during|since)\s+)?(?<![\d.,/+-])(?P<y>1\d\d\d|20\d\d)(?:\s*[-/–—~]\s*|\s+(?:to|through|and|until)\s+)(?P<m>\d{{4}}|\d{{1,2}})(?![\d]|[.,/-]\d|\s?%)", _year_pair),
        # in 2006 · since 2006 · early 2017 · a 2001 agreement · the 1990s · the 21st century
        (rf"(?:(?P<cue>{cues})\s+)?{part}(?:the\s+)?(?:year\s+)?(?P<y>{year4})", _year),
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
        (rf"(?P<mod>(?:the\s+|over\s+the\s+)?(?:past|last|previous|next|coming|following))\s+{num}[\s-]*{unit}", _rolling),
        (r"(?:the\s+)?rest\s+of\s+(?:the\s+|this\s+)?(?P<unit>week|month|year)(?![A-Za-z])", _rest_of),
        # the 20th of next month · the first Friday of July
        (rf"(?:the\s+)?{day}\s+(?:day\s+)?of\s+(?:the\s+)?(?P<mod>this|next|last|previous|the\s+following)\s+month", _day_of_month),
        (rf"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{_alt(v.weekdays)})\s+(?:of|in)\s+(?:(?P<mod>this|next|last|previous)\s+month|{mon}(?:{yr_sep}{year})?)", _nth_weekday),
        (rf"(?:the\s+)?(?P<dec>{_alt(v.decade_words)})(?![A-Za-z])", _decade),
        # two weeks ago · in 3 weeks · 2 days from now
        (rf"(?<![A-Za-z\d.,]){num}[\s-]*{unit}{more}\s+(?P<dir>ago|from\s+now|from\s+today|hence|after\s+today|from\s+tomorrow|after\s+tomorrow|before\s+yesterday|from\s+yesterday|before\s+today)(?![A-Za-z])", _ago),
        (rf"(?<![A-Za-z])in\s+{num}[\s-]*{unit}", _in_future),
        # durations: less than four days · about two weeks · 24 months · a fortnight
        (rf"(?<![A-Za-z\d.,]){qual}{num}(?:\s*|-){unit}{more}(?:-long)?", _duration),
        (rf"(?<![A-Za-z])another\s+{unit}", _duration),
        (rf"(?<![A-Za-z])(?P<q2>for|another|lasted|lasting|spent|took|within|than|after)\s+{qual}(?P<n>a|an|half\s+an?|a\s+half)\s+{unit}", _duration),
        (rf"(?<![A-Za-z])(?:all|full|whole)[\s-](?P<unit>day|week|month|year)(?![A-Za-z])", _duration),
        # Christmas · Thanksgiving 2010 · Easter Monday 2017
        (rf"(?<![A-Za-z])(?P<h>{_alt(holidays)})(?![A-Za-z])(?:\s+(?:of\s+)?(?P<y>{year4}))?", _holiday),
    ]
    words = [w for w in v.future_cues if w[:1].isalpha()]
    marks = [w for w in v.future_cues if not w[:1].isalpha()]
    future = re.compile(rf"(?:(?<![A-Za-z])(?:{_alt(words)})|{_alt(marks)})(?![A-Za-z])", fl)
    connector = re.compile(r"\s*(?:[-–—~]|to|through|thru|until|till|and)\s*", fl)
    def first(names: Any) -> set[str]:  # the longest word of each name: "patrick's day" -> patrick
        return {max(re.findall(r"[A-Za-z]+", n), key=len) for n in names}

    kinds: dict[str, set[str]] = {
        "month": set(v.months), "weekday": {*v.weekdays, *v.weekday_abbreviations},
        "unit": {*v.units, "weekend", "quarter"}, "dayword": {"today", "tonight", "yesterday", "tomorrow", "tmrw", "day"},
        "quarter": {"quarter", "half", "q", "h"}, "season": set(v.seasons),
        "decadeword": first(v.decade_words), "holiday": first(holidays),
    }
    tokens: dict[str, set[str]] = {}
    for kind, words in kinds.items():
        for w in words:
            tokens.setdefault(w.lower(), set()).add(kind)
    by_handler = {
        _month_day: {"month"}, _month: {"month"}, _nth_weekday: {"weekday"}, _iso: {"digit"},
        _numeric: {"digit"}, _month_year: {"digit"}, _year_pair: {"digit"}, _year: {"digit"},
        _decade: {"digit", "decadeword"}, _century: {"digit"}, _quarter: {"quarter"},
        _season: {"season"}, _weekday: {"weekday"}, _day_word: {"dayword"},
        _relative_period: {"unit"}, _rolling: {"unit"}, _rest_of: {"unit"}, _day_of_month: {"unit"},
        _ago: {"unit"}, _in_future: {"unit"}, _duration: {"unit"}, _holiday: {"holiday"},
    }
    return _Patterns(tuple((re.compile(p, fl), h) for p, h in rules),
                     tuple(frozenset(by_handler[h]) for _, h in rules),
                     {w: frozenset(k) for w, k in tokens.items()}, future, connector)


# --------------------------------------------------------------------------- helpers

_SENTENCE_END = re.compile(r"[.!?\n]\s")


def _future(text: str, start: int) -> bool:
    """Is there a future-tense cue earlier in the clause (at most 80 characters back)?"""
    lo = max(0, start - 80)
    window = text[lo:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return _patterns().future.search(window, cut) is not None


def _num(word: str | None) -> float | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w[:1].isdigit():
        try:
            return float(w.replace(",", "")) + half
        except ValueError:
            return None
    c = vocabulary().cardinals
    if w in c:
        return c[w] + half
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in c and parts[1] in c and c[parts[0]] >= 20:
        return c[parts[0]] + c[parts[1]] + half
    return None


def _day(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower().rstrip(".")
    digits = re.match(r"\d+", w)
    if digits:
        return int(digits.group())
    v = vocabulary()
    parts = re.split(r"[-\s]+", w)
    tens = {"twenty": 20, "thirty": 30}
    if len(parts) == 2 and parts[0] in tens:
        rest = v.ordinals.get(parts[1]) or int(v.cardinals.get(parts[1], 0))
        return tens[parts[0]] + rest if rest and rest < 10 else None
    if len(parts) == 1 and w in v.ordinals:
        return v.ordinals[w]
    return None


def _month_no(word: str) -> int:
    return vocabulary().months[word.lower().rstrip(".")]


def _year_of(word: str | None, published: dt.date | None) -> int | None:
    """'2017' -> 2017; "'17" / '17' -> the century that puts it within 10 years ahead."""
    if not word:
        return None
    digits = word.strip("'’")
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    pivot = (published.year % 100 + 10) if published else 30
    return 2000 + yy if yy <= pivot else 1900 + yy


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _ambiguous(word: str) -> bool:
    return word.lower().rstrip(".") in vocabulary().ambiguous_months


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _part(m: re.Match[str]) -> int | None:
    word = _g(m, "part")
    if not word:
        return None
    key = word.lower().split()
    for w in key:
        if w in vocabulary().parts:
            return vocabulary().parts[w]
    return None


def _period(start: int, end: int, period: tuple[dt.date, dt.date] | None, gran: Granularity,
            *, assumptions: tuple[str, ...] = (), unresolved: str | None = None,
            month: int | None = None, day: int | None = None, has_year: bool = True) -> _Hit:
    lo, hi = period if period else (None, None)
    return _Hit(start, end, lo, hi, gran, None if period else unresolved, assumptions,
                month, day, has_year)


def _date_or_none(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


_NO_PUB = "no publication date"
_PAST = "read as the most recent one on or before publication (past-tense news)"
_FUT = "read as the next one on or after publication (future-tense context)"


def _undated(m: re.Match[str], text: str, ctx: Context, mo: int, d: int | None,
             d2: int | None) -> _Hit:
    """A month (and day) without a year: past reading, or future in future context."""
    s, e = m.span()
    if ctx.published is None:
        return _Hit(s, e, gran=G.day if d else G.month, unresolved="no year", month=mo,
                    day=d, has_year=False)
    fut = _future(text, s)
    why = ("month/day without a year " + (_FUT if fut else _PAST),)
    if d is None:
        return _period(s, e, tr.resolve_month(ctx.published, mo, fut), G.month,
                       assumptions=why, month=mo, has_year=False)
    first = tr.resolve_month_day(ctx.published, mo, d, fut)
    if first is None:
        return _Hit(s, e, unresolved="invalid date", month=mo, day=d, has_year=False)
    last = _date_or_none(first.year, mo, d2) if d2 else first
    if last is None or last < first:
        return _Hit(s, e, unresolved="invalid date", month=mo, day=d, has_year=False)
    return _Hit(s, e, first, last, G.day, None, why, mo, d, False)


def _dated(m: re.Match[str], y: int, mo: int, d: int | None, d2: int | None) -> _Hit | None:
    s, e = m.span()
    if d is None:
        return _period(s, e, tr.month_period(y, mo), G.month, month=mo)
    first = _date_or_none(y, mo, d)
    last = _date_or_none(y, mo, d2) if d2 else first
    if first is None or last is None or last < first:
        return None
    return _Hit(s, e, first, last, G.day, month=mo, day=d)


# --------------------------------------------------------------------------- handlers
# Each handler turns one match into zero or more hits. ``text`` is the whole input.


def _month_day(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word = m.group("mon")
    if _ambiguous(word) and not _capitalized(word):
        return
    d, d2 = _day(m.group("day")), _day(_g(m, "day2"))
    if not d or d > 31 or (d2 is not None and (d2 > 31 or d2 <= d)):
        return
    y = _year_of(_g(m, "year"), ctx.published)
    mo = _month_no(word)
    hit = _dated(m, y, mo, d, d2) if y else _undated(m, text, ctx, mo, d, d2)
    if hit:
        yield hit


_day_month = _month_day


_MODS_FUTURE = {"next", "coming", "the next", "the coming", "the following"}


def _month(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word, cue, mod, part = m.group("mon"), _g(m, "cue"), _g(m, "mod"), _part(m)
    mod = re.sub(r"\s+", " ", mod.lower()) if mod else None
    rel = (_g(m, "rel") or "").split()
    y = _year_of(_g(m, "year"), ctx.published)
    context = bool(cue or mod or part is not None or rel or y)
    if not (_capitalized(word) or mod or (context and not _ambiguous(word))):
        return
    if _ambiguous(word) and not (_capitalized(word) and (
            y or mod or rel or part is not None or (cue and cue.lower() not in ("to", "and")))):
        return  # "China may", "protesters march", "told May"
    if word.lower().rstrip(".") in ("sept", "sep", "oct", "nov", "dec", "jan", "feb", "aug", "apr",
                                   "jun", "jul") and not (y or mod or cue) and not word.endswith("."):
        return  # bare abbreviations only with a cue or a year ("Nov 2016", "in Sept.")
    mo, s, e = _month_no(word), m.start(), m.end()
    if cue and cue.lower() != "since":  # the span starts at the date itself, not at "in"
        s = min(i for i in (m.start("part") if _g(m, "part") else -1,
                            m.start("mod") if mod else -1, m.start("mon")) if i >= 0)
    hit: _Hit
    if y:
        hit = _period(s, e, tr.month_period(y, mo), G.month, month=mo)
    elif ctx.published is None:
        hit = _Hit(s, e, gran=G.month, unresolved="no year", month=mo, has_year=False)
    elif rel:
        year = ctx.published.year + {"next": 1, "last": -1, "this": 0}[rel[0].lower()]
        hit = _period(s, e, tr.month_period(year, mo), G.month, month=mo)
    elif mod and mod not in ("earlier this", "later this", "earlier in the", "later in the"):
        pub = ctx.published
        if mod in ("this", "current"):
            period, why = tr.month_period(pub.year, mo), "'this <month>' read as in the publication year"
        elif mod in _MODS_FUTURE:
            year = pub.year + (1 if mo <= pub.month else 0)
            period, why = tr.month_period(year, mo), "'next <month>' read as the first one after publication"
        else:
            year = pub.year - (1 if mo >= pub.month else 0)
            period, why = tr.month_period(year, mo), "'last <month>' read as the most recent one before publication"
        hit = _period(s, e, period, G.month, assumptions=(why,), month=mo)
    else:
        hit = _undated(m, text, ctx, mo, None, None)
    if part is not None and hit.dstart:
        lo, hi = tr.part_of((hit.dstart, hit.dend or hit.dstart), part, "month")
        hit = replace(hit, dstart=lo, dend=hi)
    yield replace(hit, start=s)


def _iso(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    raw = m.group("m")
    if raw.isdigit():
        mo = int(raw)
    elif raw.lower() in vocabulary().months:
        mo = _month_no(raw)
    else:
        return
    first = _date_or_none(int(m.group("y")), mo, int(m.group("d")))
    if first and (m.group("s") != "." or raw.isdigit()):
        yield _Hit(m.start(), m.end(), first, first, G.day, month=mo, day=first.day)


def _numeric(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    a, b, sep = int(m.group("a")), int(m.group("b")), m.group("s")
    ystr = _g(m, "y")
    if ystr is None and (sep != "/" or (not _g(m, "cue") and (max(a, b) <= 12 or (a, b) == (24, 7)))):
        return  # "on 4-22", "4.22", "1/2", "24/7": scores, decimals, fractions
    s, e = m.start("a"), m.end()
    if a > 12 and 1 <= b <= 12:
        orders = [(b, a)]
    elif b > 12 and 1 <= a <= 12:
        orders = [(a, b)]
    elif 1 <= a <= 12 and a == b:
        orders = [(a, b)]
    elif 1 <= a <= 12 and 1 <= b <= 12:
        yield _Hit(s, e, unresolved="ambiguous day/month order",
                   assumptions=(f"{a}/{b} could be month/day or day/month",))
        return
    else:
        return
    mo, d = orders[0]
    if d > 31:
        return
    y = _year_of(ystr, ctx.published)
    hit = _dated(m, y, mo, d, None) if y else _undated(m, text, ctx, mo, d, None)
    if hit and (hit.dstart or hit.unresolved):
        yield replace(hit, start=s)


def _month_year(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    mo = int(m.group("m"))
    if 1 <= mo <= 12:
        yield _period(m.start(), m.end(), tr.month_period(int(m.group("y")), mo), G.month, month=mo)


def _year_pair(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    y, second, cue = int(m.group("y")), m.group("m"), (_g(m, "cue") or "").lower()
    joiner = text[m.end("y"):m.start("m")].strip().lower()
    if len(second) == 4:
        y2 = int(second)
        if not y < y2 <= y + 100 or (joiner == "and" and cue != "between"):
            return
        assumption = f"year range {y}-{y2} read as whole years"
    elif len(second) == 2 and int(second) > y % 100 and joiner in "-–—/":
        y2 = y - y % 100 + int(second)
        assumption = (f"'{y}-{second}' read as one period {y}-01-01..{y2}-12-31 (fiscal or "
                      "season year; its exact start is unknown)")
    elif joiner in "-/" and 1 <= int(second) <= 12 and not cue:
        yield _period(m.start(), m.end(), tr.month_period(y, int(second)), G.month)
        return
    else:
        return
    s = m.start() if cue in ("from", "between", "since") else m.start("y")
    hit = _Hit(s, m.end(), dt.date(y, 1, 1), dt.date(y2, 12, 31), G.year, assumptions=(assumption,))
    yield hit


_WEAK_FOLLOWERS = re.compile(r"\s+[a-z]+", re.I)


@lru_cache(maxsize=1)
def _noun_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alt(vocabulary().year_nouns)})(?![A-Za-z])", re.I)


def _year(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    y, cue, part = int(m.group("y")), (_g(m, "cue") or "").lower(), _part(m)
    cue = re.sub(r"\s+", " ", cue)
    nxt = _WEAK_FOLLOWERS.match(text, m.end())
    if cue and nxt and part is None and cue not in ("since", "until", "till", "during", "year", "fiscal",
                                                   "circa", "c.", "fy", "calendar"):
        word = nxt.group().strip()
        if word.islower() and word not in vocabulary().year_cues and word not in _YEAR_FOLLOWERS:
            return  # "a total of 2000 troops", "in 2000 cases"
    if not cue and part is None and not _g(m, "part"):
        if not _noun_after().match(text, m.end()):
            return
    s = m.start() if cue == "since" else m.start("part") if part is not None else m.start("y")
    period = tr.year_period(y)
    if part is not None:
        period = tr.part_of(period, part, "year")
    yield _Hit(s, m.end(), period[0], period[1], G.year)


_YEAR_FOLLOWERS = frozenset(
    "and or to when as the a an but that which while because was were is are had has have saw "
    "amid with at on for by he she it they we i his her its their there this these those "
    "compared versus vs alone only onward onwards".split())


def _decade(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    raw, whole = m.group("dec"), m.group()
    digits = raw.strip("'’")
    word = vocabulary().decade_words.get(re.sub(r"\s+", " ", raw.lower()))
    if word is not None:
        if not whole.lower().startswith("the"):
            return  # "in their sixties" is an age
        digits = str(word) if word >= 100 else f"{word:02d}"
    if len(digits) == 4:
        first = int(digits)
    else:
        if not (raw[0] in "'’" or whole.lower().startswith("the")):
            return  # "in their 20s" is an age
        if ctx.published is None:
            yield _Hit(m.start(), m.end(), gran=G.decade, unresolved="no century")
            return
        first = ctx.published.year // 100 * 100 + int(digits)
        if first > ctx.published.year:
            first -= 100
    period = tr.decade_period(first)
    part = _part(m)
    if part is not None:
        period = tr.part_of(period, part, "decade")
    yield _Hit(m.start(), m.end(), period[0], period[1], G.decade)


def _century(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    n = int(m.group("c"))
    if not 1 <= n <= 22:
        return
    period = tr.century_period(n)
    part = _part(m)
    if part is not None:
        period = tr.part_of(period, part, "century")
    yield _Hit(m.start(), m.end(), period[0], period[1], G.century)


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _relative_year(m: re.Match[str], ctx: Context) -> int | None:
    rel = (_g(m, "rel") or "").lower()
    if not rel or ctx.published is None:
        return None
    return ctx.published.year + {"next": 1, "last": -1, "this": 0}[rel]


def _quarter(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    kind = (_g(m, "qh") or {"Q": "quarter", "H": "half"}.get(_g(m, "qh2") or "", "")).lower()
    which = (_g(m, "qn") or "").lower()
    n = int(_g(m, "qnum") or 0) or _ORD.get(which) or (4 if kind == "quarter" else 2)
    if kind == "half" and n > 2:
        return
    y = int(_g(m, "y")) if _g(m, "y") else _relative_year(m, ctx)
    s, e = m.start(), m.end()
    if y is None:
        if not _g(m, "qnum") or kind != "quarter":
            return  # "the third quarter" of a match, "H2" alone: too ambiguous
        if ctx.published is None:
            yield _Hit(s, e, gran=G.quarter, unresolved="no year")
            return
        y = ctx.published.year
        if tr.quarter_period(y, n)[0] > ctx.published:
            y -= 1
        yield _Hit(s, e, *tr.quarter_period(y, n), G.quarter,
                   assumptions=("quarter without a year read as the latest one begun by publication",))
        return
    period = tr.quarter_period(y, n) if kind == "quarter" else tr.half_period(y, n)
    yield _Hit(s, e, *period, G.quarter if kind == "quarter" else G.half)


def _season(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word = m.group("season")
    first, last = vocabulary().seasons[word.lower()]
    mod = re.sub(r"\s+", " ", (_g(m, "mod") or "").lower())
    s, e = m.start(), m.end()
    if _g(m, "y"):
        period = tr.season_period(int(m.group("y")), first, last)
    elif mod in ("this", "last", "next", "the past", "the coming", "the next", "past", "coming",
                 "previous", "the previous", "current"):
        if ctx.published is None:
            yield _Hit(s, e, gran=G.season, unresolved=_NO_PUB)
            return
        pub = ctx.published
        this = tr.season_period(pub.year - (1 if first > last and pub.month <= last else 0), first, last)
        if mod in ("this", "current"):
            period = this
        elif mod in ("next", "coming", "the coming", "the next"):
            period = this if this[0] > pub else tr.season_period(this[0].year + 1, first, last)
        else:
            period = this if this[1] < pub else tr.season_period(this[0].year - 1, first, last)
    else:
        return  # "summer" alone has no year; "fall", "spring" are common words
    part = _part(m)
    if part is not None:
        period = tr.part_of(period, part, "season")
    yield _Hit(s, e, *period, G.season)


_WD_MODE = {"last": "last", "previous": "last", "past": "last", "next": "next", "this": "this",
            "coming": "coming"}


def _weekday(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word = m.group("wd").lower().rstrip(".")
    v = vocabulary()
    wd = v.weekdays.get(word, v.weekday_abbreviations.get(word))
    if wd is None:
        return
    s, e = m.start(), m.end()
    day = _day(_g(m, "day"))
    if ctx.published is None:
        yield _Hit(s, e, unresolved=_NO_PUB)
        return
    pub = ctx.published
    week = (_g(m, "wk") or _g(m, "wk2") or "").lower()
    mod = (_g(m, "mod") or "").lower()
    if day is not None:
        if day > 31:
            return
        fut = _future(text, s) or mod in ("next", "coming")
        step = 1 if fut else -1
        cur = dt.date(pub.year, pub.month, 1)
        for _ in range(24):
            cand = _date_or_none(cur.year, cur.month, day)
            if cand and cand.weekday() == wd and ((cand >= pub) if fut else (cand <= pub)):
                yield _Hit(s, e, cand, cand, G.day, assumptions=(
                    "weekday and day of month read as the " + ("next" if fut else "most recent")
                    + " month where they coincide",))
                return
            cur = tr.offset(cur, step, "month")
        return
    if week:
        monday = tr.week_period(pub)[0] + dt.timedelta(days=7 * {"next": 1, "last": -1, "this": 0}[week])
        day_ = monday + dt.timedelta(days=wd)
        yield _Hit(s, e, day_, day_, G.day)
        return
    if mod:
        day_ = tr.resolve_weekday(pub, wd, _WD_MODE[mod])  # type: ignore[arg-type]
        why = {"last": "'last <weekday>' read as the most recent one strictly before publication",
               "next": "'next <weekday>' read as that day of the week after publication",
               "this": "'this <weekday>' read as that day of the publication week",
               "coming": "'coming <weekday>' read as the first one after publication"}[_WD_MODE[mod]]
        yield _Hit(s, e, day_, day_, G.day, assumptions=(why,))
        return
    fut = _future(text, s)
    day_ = tr.resolve_weekday(pub, wd, "future" if fut else "past")
    name = m.group("wd").capitalize()
    why = (f"weekday read as the first {name} on or after publication (future-tense context)" if fut
           else f"weekday read as the most recent {name} on or before publication")
    yield _Hit(s, e, day_, day_, G.day, assumptions=(why,))


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1}


def _day_word(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    shift = _DAY_WORDS.get(w, -2 if "yesterday" in w else 2)
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    day = ctx.published + dt.timedelta(days=shift)
    yield _Hit(m.start(), m.end(), day, day, G.day)


_UNIT_GRAN = {"week": G.week, "weekend": G.week, "month": G.month, "year": G.year,
              "quarter": G.quarter, "decade": G.decade, "century": G.century}


def _relative_period(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    unit = m.group("unit").lower()
    mod = re.sub(r"\s+", " ", (_g(m, "mod") or "after next").lower())
    s, e = m.start(), m.end()
    if ctx.published is None:
        yield _Hit(s, e, gran=_UNIT_GRAN[unit], unresolved=_NO_PUB)
        return
    pub = ctx.published
    base = "week" if unit == "weekend" else unit
    why: tuple[str, ...] = ()
    if mod in ("this", "current"):
        period = tr.period_of(base, pub)  # type: ignore[arg-type]
    elif mod in ("last", "previous", "the previous"):
        period = tr.shift_period(base, pub, -1)  # type: ignore[arg-type]
    elif mod in ("next", "coming", "the next", "the coming", "the following"):
        period = tr.shift_period(base, pub, 1)  # type: ignore[arg-type]
    elif mod == "after next":
        period = tr.shift_period(base, pub, 2)  # type: ignore[arg-type]
    elif mod in ("past", "the past", "the last"):
        if unit == "weekend":
            period = tr.shift_period("week", pub, -1)
        else:
            period = (tr.offset(pub, -1, "day" if base == "week" and False else base), pub)
            if base == "week":
                period = (pub - dt.timedelta(days=7), pub)
            elif base == "quarter":
                period = (tr.offset(pub, -3, "month"), pub)
            why = (f"'{mod} {unit}' read as the {unit} up to publication",)
    elif mod.startswith("earlier"):
        period = (tr.period_of(base, pub)[0], pub)  # type: ignore[arg-type]
    else:  # later this / later in the
        period = (pub, tr.period_of(base, pub)[1])  # type: ignore[arg-type]
    if unit == "weekend" and mod not in ("past", "the past", "the last"):
        period = (period[0] + dt.timedelta(days=5), period[0] + dt.timedelta(days=6))
    part = _part(m)
    if part is not None:
        period = tr.part_of(period, part, base)
    yield _Hit(s, e, period[0], period[1], _UNIT_GRAN[unit], assumptions=why)


def _unit(word: str) -> tuple[str, float]:
    w = word.lower()
    days = vocabulary().units[w]
    name = {"nights": "night", "night": "day", "yr": "year", "yrs": "year", "centuries": "century",
            "fortnights": "fortnight"}.get(w, w.rstrip("s") if w.endswith("s") else w)
    return name, days


def _rolling(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    n = _num(m.group("n"))
    name, _ = _unit(m.group("unit"))
    if not n or name == "hour":
        return
    s, e = m.start(), m.end()
    if ctx.published is None:
        yield _Hit(s, e, unresolved=_NO_PUB)
        return
    pub = ctx.published
    ahead = any(w in m.group("mod").lower() for w in ("next", "coming", "following"))
    period = (pub + dt.timedelta(days=1), tr.offset(pub, n, name)) if ahead else (tr.offset(pub, -n, name), pub)
    yield _Hit(s, e, period[0], period[1], G.day,
               assumptions=(f"'{m.group()}' read as counted from publication",))


_COMPOUND = re.compile(r"(\d+(?:\.\d+)?|[A-Za-z]+(?:[-\s][A-Za-z]+)?)[\s-]*([A-Za-z]+)$")


def _amounts(m: re.Match[str]) -> list[tuple[float, str]] | None:
    """[(n, unit name)] of '2 years 1 month 21 days'; None if any part is unreadable."""
    n = _num(m.group("n"))
    if n is None:
        return None
    out = [(n, _unit(m.group("unit"))[0])]
    for piece in re.split(r",\s*|\s+and\s+|(?<=[A-Za-z])\s+(?=\d|[A-Za-z]+[-\s]*[A-Za-z]+$)",
                          (_g(m, "more") or "").strip(" ,")):
        piece = piece.strip()
        if not piece or piece.lower() == "and":
            continue
        pm = re.match(r"(.+?)[\s-]*([A-Za-z]+)$", piece)
        if not pm or pm.group(2).lower() not in vocabulary().units:
            return None
        k = _num(pm.group(1))
        if k is None:
            return None
        out.append((k, _unit(pm.group(2))[0]))
    return out


_DIRECTION = {"ago": (0, -1), "before today": (0, -1), "from now": (0, 1), "from today": (0, 1),
              "hence": (0, 1), "after today": (0, 1), "from tomorrow": (1, 1), "after tomorrow": (1, 1),
              "before yesterday": (-1, -1), "from yesterday": (-1, 1)}


def _ago(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    amounts = _amounts(m)
    if amounts is None or any(u == "hour" for _, u in amounts):
        return
    base, sign = _DIRECTION[re.sub(r"\s+", " ", m.group("dir").lower())]
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    day = ctx.published + dt.timedelta(days=base)
    for n, name in amounts:
        day = tr.offset(day, sign * n, name)
    yield _Hit(m.start(), m.end(), day, day, G.day)


def _rest_of(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    end = tr.period_of(m.group("unit").lower(), ctx.published)[1]  # type: ignore[arg-type]
    yield _Hit(m.start(), m.end(), ctx.published, end, G.day)


_MONTH_SHIFT = {"this": 0, "next": 1, "the following": 1, "last": -1, "previous": -1}


def _day_of_month(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    d = _day(m.group("day"))
    if not d or d > 31:
        return
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    shift = _MONTH_SHIFT[re.sub(r"\s+", " ", m.group("mod").lower())]
    first = tr.shift_period("month", ctx.published, shift)[0]
    day = _date_or_none(first.year, first.month, d)
    if day:
        yield _Hit(m.start(), m.end(), day, day, G.day)


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "fifth": 5, "5th": 5, "last": -1}


def _nth_weekday(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    n, wd = _NTH[m.group("nth").lower()], vocabulary().weekdays[m.group("wd").lower()]
    s, e = m.start(), m.end()
    if _g(m, "mod"):
        if ctx.published is None:
            yield _Hit(s, e, unresolved=_NO_PUB)
            return
        first = tr.shift_period("month", ctx.published, _MONTH_SHIFT[m.group("mod").lower()])[0]
        year, mo, why = first.year, first.month, ()
    else:
        word = m.group("mon")
        if _ambiguous(word) and not _capitalized(word):
            return
        mo = _month_no(word)
        y = _year_of(_g(m, "year"), ctx.published)
        if y is None:
            if ctx.published is None:
                yield _Hit(s, e, unresolved="no year")
                return
            fut = _future(text, s)
            y = tr.resolve_month(ctx.published, mo, fut)[0].year
            why = ("month without a year " + (_FUT if fut else _PAST),)
        else:
            why = ()
        year = y
    day = tr.nth_weekday(year, mo, wd, n)
    if day:
        yield _Hit(s, e, day, day, G.day, assumptions=why)


def _in_future(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    if not _future(text, m.start()):
        return  # "the first test in three weeks" is a duration
    n = _num(m.group("n"))
    name, _ = _unit(m.group("unit"))
    if n is None or name == "hour":
        return
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    day = tr.offset(ctx.published, n, name)
    yield _Hit(m.start(), m.end(), day, day, G.day,
               assumptions=("'in N units' in future-tense context read as N units after publication",))


_NOT_DURATION = re.compile(r"(?:-|\s)?old\b|\s+(?:ago|from\s+now|hence)\b", re.I)


def _duration(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    if _NOT_DURATION.match(text, m.end()):
        return
    raw = _g(m, "n")
    if raw and raw.lower() in ("a", "an") and not (_g(m, "q") or _g(m, "q2")):
        return  # "$5 a year", "once a week": rates, not durations
    amounts = [(1.0, _unit(m.group("unit"))[0])] if raw is None else _amounts(m)
    if not amounts or amounts[0][0] <= 0:
        return
    n, name = amounts[0]
    _, per = _unit(m.group("unit"))
    if name == "hour" and n < 24:
        return
    days = sum(k * vocabulary().units[u] for k, u in amounts)
    per = min(vocabulary().units[u] for _, u in amounts)
    qword = re.sub(r"\s+", " ", (_g(m, "q") or _g(m, "q2") or "").lower())
    q = vocabulary().qualifiers.get(qword, Qualifier.exact)
    s = m.start("q") if _g(m, "q") else m.start("n") if raw is not None else m.start()
    if raw is not None and raw.lower().startswith(("a ", "an ")) is False and _g(m, "q2"):
        s = m.start("n")
    half = per / 2 if name != "hour" else per / 2
    interval = _duration_interval(days, half, q)
    yield _Hit(s, m.end(), days=round(days, 6), qualifier=q, interval=interval)


def _duration_interval(v: float, half: float, q: Qualifier) -> Interval:
    if q is Qualifier.approx:
        return Interval(low=min(v - half, 0.9 * v), high=max(v + half, 1.1 * v), unit="day")
    if q is Qualifier.at_most:
        return Interval(low=0.0, high=v, unit="day")
    if q is Qualifier.more_than:
        return Interval(low=v, high=None, low_closed=False, unit="day")
    if q is Qualifier.less_than:
        return Interval(low=0.0, high=v, high_closed=False, unit="day")
    if q is Qualifier.at_least:
        return Interval(low=v, high=None, unit="day")
    return Interval(low=max(v - half, 0.0), high=v + half, unit="day")


def _holiday_date(name: str, year: int) -> dt.date | None:
    v = vocabulary()
    if name in v.fixed_holidays:
        return _date_or_none(year, *v.fixed_holidays[name])
    if name in v.weekday_holidays:
        return tr.nth_weekday(year, *v.weekday_holidays[name])
    if name in v.thanksgiving_offsets:
        base = tr.nth_weekday(year, 11, 3, 4)
        return base + dt.timedelta(days=v.thanksgiving_offsets[name]) if base else None
    return tr.easter_sunday(year) + dt.timedelta(days=v.easter_offsets[name])


def _holiday(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    raw = m.group("h")
    if _ambiguous(raw.split()[0]) and not _capitalized(raw):
        return
    name = re.sub(r"\s+", " ", raw.lower())
    s, e = m.start(), m.end()
    if _g(m, "y"):
        day = _holiday_date(name, int(m.group("y")))
        if day:
            yield _Hit(s, e, day, day, G.day)
        return
    if ctx.published is None:
        yield _Hit(s, e, unresolved="no year")
        return
    pub, fut = ctx.published, _future(text, s)
    day = _holiday_date(name, pub.year)
    if day and fut and day < pub:
        day = _holiday_date(name, pub.year + 1)
    elif day and not fut and day > pub:
        day = _holiday_date(name, pub.year - 1)
    if day:
        yield _Hit(s, e, day, day, G.day, assumptions=("holiday without a year " + (_FUT if fut else _PAST),))


# --------------------------------------------------------------------------- driver

_SINCE = re.compile(r"(?<![A-Za-z])since\s+$", re.I)
_INNER_JOIN = re.compile(r"(?:to|through|thru|until|till|and)(?=\s)", re.I)
_RANGE_LEAD = re.compile(r"(?<![A-Za-z])(?:from|between)\s+$", re.I)


def find_dates(text: str, ctx: Context) -> list[Candidate]:
    """Date and duration candidates in ``text``, sorted by position; see the module doc."""
    pats = _patterns()
    reserved = sorted(ctx.reserved)
    hits: list[_Hit] = []
    windows = _windows(text, pats.tokens)
    merged: dict[frozenset[str], list[tuple[int, int]]] = {}
    for (pattern, handler), kinds in zip(pats.rules, pats.anchors):
        if kinds not in merged:
            merged[kinds] = _merge(sorted(w for k in kinds for w in windows.get(k, ())))
        for lo, hi in merged[kinds]:
            for m in pattern.finditer(text, lo, hi):
                for hit in handler(m, text, ctx):
                    if hit.end > hit.start and not _overlaps(hit.start, hit.end, reserved):
                        hits.append(hit)
    hits = list({(h.start, h.end, h.days is None): h for h in hits}.values())
    chosen = _merge_ranges(_longest(hits), text, ctx)
    return [_candidate(h, text, ctx) for h in chosen]


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_REACH = 45  # characters a rule may reach before or after its anchor word
_SLACK = 24  # how far a window edge may move to reach whitespace


def _windows(text: str, tokens: dict[str, frozenset[str]]) -> dict[str, list[tuple[int, int]]]:
    """Per anchor kind, the text windows around its anchor words (the only places rules run)."""
    out: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _TOKEN.finditer(text):
        word = m.group()
        kinds = ("digit",) if word[0].isdigit() else tokens.get(word.lower())
        if not kinds:
            continue
        lo, hi = max(0, m.start() - _REACH), min(n, m.end() + _REACH)
        stop = max(0, lo - _SLACK)
        while lo > stop and not text[lo - 1].isspace():
            lo -= 1
        stop = min(n, hi + _SLACK)
        while hi < stop and not text[hi].isspace():
            hi += 1
        for kind in kinds:
            out.setdefault(kind, []).append((lo, hi))
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    import bisect

    i = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 8):i]) or any(
        s < end and start < e for s, e in spans[:max(0, i - 8)] if e > start)


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """Of overlapping hits keep the longest (earliest on ties), in one sweep."""
    kept: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and h.start < kept[-1].end:
            if h.end - h.start > kept[-1].end - kept[-1].start:
                kept[-1] = h
            continue
        kept.append(h)
    return kept


def _merge_ranges(hits: list[_Hit], text: str, ctx: Context) -> list[_Hit]:
    """'from May to Oct 2020', 'Oct. 2 to October 22', 'between 2015 and Feb 2018' -> one range."""
    out: list[_Hit] = []
    conn = _patterns().connector
    for h in hits:
        prev = out[-1] if out else None
        inner = _INNER_JOIN.match(text, h.start)
        gap_end = inner.end() if inner and prev and not text[prev.end:h.start].strip() else h.start
        if (prev is not None and prev.days is None and h.days is None and prev.dstart and h.dend
                and conn.fullmatch(text, prev.end, gap_end)):
            lead = _RANGE_LEAD.search(text, max(0, prev.start - 10), prev.start)
            joiner = text[prev.end:gap_end].strip().lower()
            if joiner == "and" and not (lead and lead.group().lower().startswith("between")):
                out.append(h)
                continue
            first = prev
            if not prev.has_year and h.has_year and prev.month and h.dend:
                y = h.dend.year - (1 if prev.month > h.dend.month else 0)
                lo = _date_or_none(y, prev.month, prev.day or 1)
                first = replace(prev, dstart=lo, assumptions=()) if lo else prev
            elif not prev.has_year and not h.has_year and prev.dstart > h.dend:
                if any(_FUT in a for a in h.assumptions):  # "will ... between August and October"
                    h = replace(h, dend=tr.offset(h.dend, 1, "year"))
                else:  # "from Nov to March" in the past
                    first = replace(prev, dstart=tr.offset(prev.dstart, -1, "year"))
            if first.dstart and first.dstart <= h.dend:
                start = lead.start() if lead else prev.start
                out[-1] = _Hit(start, h.end, first.dstart, h.dend, min(first.gran, h.gran, key=_rank),
                               assumptions=tuple(dict.fromkeys(first.assumptions + h.assumptions)))
                continue
        out.append(h)
    return out


_ORDER = list(Granularity)


def _rank(g: Granularity) -> int:
    return _ORDER.index(g)


def _candidate(h: _Hit, text: str, ctx: Context) -> Candidate:
    if h.days is not None:
        return Candidate(h.start, h.end, DurationValue(days=h.days), h.qualifier, h.interval)
    start, lo, hi, why = h.start, h.dstart, h.dend, h.assumptions
    since = _SINCE.search(text, max(0, h.start - 8), h.start)
    if since or text[h.start:h.start + 6].lower().startswith("since"):
        if since:
            start = since.start()
        if lo is not None:
            hi = ctx.published if ctx.published and ctx.published >= lo else None
            why += ("'since X' read as the open range [start of X, publication date]",)
    if lo is None and h.unresolved is None:
        return Candidate(start, h.end, DateValue(granularity=h.gran), unresolved="unresolved")
    interval = Interval(low=lo, high=hi, unit="day") if lo is not None else None
    return Candidate(start, h.end, DateValue(start=lo, end=hi, granularity=h.gran),
                     interval=interval, unresolved=h.unresolved, assumptions=why)
