"""Rules for dates relative to the publication date: weekdays, "yesterday", "last month",
"the past three years", "two weeks ago", "the 20th of next month"."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import partial
from typing import Iterator


from factcheck.extract.base import Context
from factcheck.models import Granularity, Qualifier
from factcheck.normalize import timeref as tr

G = Granularity
from factcheck.extract.dates.durations import _amounts, _measured, _unit, offset_bounds
from factcheck.extract.dates.hits import (_FUT, _NEAR, _Anaphor, _Hit, _NO_PUB, _PAST, _cues, _date_or_none, _deadline,
                                         _forward, _future, _g, _part, _past_clause, _past_verb_after, _target,
                                         clause_start, deferred, past_verb_before)
from factcheck.extract.dates.absolute import CALENDAR_QUARTERS, _calendar_context
from factcheck.extract.dates.vocabulary import SUB_DAY, _ambiguous, _capitalized, _day, _month_no, _num, _year_of, vocabulary


OUT_OF_RANGE = "beyond the calendar (years 1-9999)"


_WD_MODE = {"last": "last", "previous": "last", "past": "last", "next": "next", "this": "this",
            "coming": "coming"}


def _weekday(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word = m.group("wd").lower().rstrip(".")
    v = vocabulary()
    wd = v.weekdays.get(word, v.weekday_abbreviations.get(word))
    if wd is None:
        return
    s, e = m.start(), m.end()
    early = _EARLY_LATE.search(text, max(0, s - 12), s)  # "early Friday", "late on Tuesday": the day
    if early and not _calendar_after(text, e):  # ("early on Friday, March 1": the date's)
        s = early.start()
    day = _day(_g(m, "day") or _g(m, "cday"))
    if ctx.published is None:
        yield _Hit(s, e, unresolved=_NO_PUB)
        return
    pub = ctx.published
    week = (_g(m, "wk") or _g(m, "wk2") or "").lower()
    mod = (_g(m, "mod") or "").lower()
    if day is not None:
        if day > 31:
            return
        if _future(text, s) or mod in ("next", "coming"):
            mode = "future"
        elif mod in ("last", "previous", "past"):
            mode = "past"
        else:
            mode = "nearest"
        found = tr.weekday_with_day(pub, wd, day, mode)  # type: ignore[arg-type]
        if found:
            yield _Hit(s, e, found, found, G.day, assumptions=(
                "weekday and day of month read as the " + {"future": "next", "past": "most recent",
                                                           "nearest": "nearest"}[mode]
                + " month where they coincide",))
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
    early = _AS_EARLY_AS.search(text, max(0, s - 16), s) is not None and not _had_clause(text, s)
    future = (_future(text, s) or early) and not _past_verb_after(text, e) and not past_verb_before(text, s)
    forward = None if future else _forward(text, s, e)
    if not future and forward is None and (deferred(text, s) or _target(text, s)):
        forward = "a date something is put off or lasts until"  # "adjourned until Friday", "is shut until Tuesday"
    fut = future or forward is not None
    day_ = tr.resolve_weekday(pub, wd, "future" if fut else "past")
    name = m.group("wd").capitalize()
    why = (f"weekday read as the first {name} on or after publication (future-tense context"
           + (f": {forward})" if forward else ")") if fut
           else f"weekday read as the most recent {name} on or before publication")
    if not fut and (_deadline(text, s, e) or _cues(text, s)[1]):  # "ahead of Friday's deadline",
        # "the government was due to meet Monday": a future seen from a past moment, the nearer day
        ahead = tr.resolve_weekday(pub, wd, "future")
        if (ahead - pub) < (pub - day_):
            day_ = ahead
        why = f"weekday {_NEAR}"
    yield _Hit(s, e, day_, day_, G.day, assumptions=(why,))


# "talks could open as early as Wednesday": the coming day, unless a past verb tells it
# ("she had demanded a vote as early as Monday")
_AS_EARLY_AS = re.compile(r"(?<![A-Za-z])as\s+(?:early|soon)\s+as\s+(?:on\s+)?$", re.I)
_HAD = re.compile(r"(?<![A-Za-z])(?:had|was|were)\s", re.I)


def _had_clause(text: str, start: int) -> bool:
    """Is the clause before ``start`` told from a past moment ("she had demanded a vote",
    "talks were to resume")? A reporting verb ("said talks could resume") is not that."""
    return _HAD.search(text, clause_start(text, start), start) is not None


_OVERNIGHT_LEAD = 400  # characters of an article's opening in which "overnight" is last night
_EARLY_LATE = re.compile(r"(?<![A-Za-z])(?:early|late)\s+(?:on\s+)?$", re.I)
_MONTH_AFTER = re.compile(r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>[A-Za-z]{3,9})\.?\s")


def _calendar_after(text: str, end: int) -> bool:
    """Does a month's name follow a weekday ("Friday, March 1", "Tuesday 3 May")? Then
    the weekday is part of a calendar date, whose rule reads it."""
    m = _MONTH_AFTER.match(text, end)
    return m is not None and m.group("mon").lower().rstrip(".") in vocabulary().months
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1}


def _day_word(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'yesterday', 'tonight', 'the day after tomorrow'; 'last night' (the evening before
    publication, dated to that evening's day), 'this morning'; 'overnight' (the night into
    the publication day: the day before and the publication day)."""
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    pub = ctx.published
    if w == "overnight":
        if _past_clause(text, m.start()) and _OVERNIGHT_LEAD < m.start():
            # past narration past the lead: the night of the events told, not necessarily
            # the one before publication ("crews brought the fire under control overnight")
            yield _Hit(m.start(), m.end(), gran=G.day, unresolved=(
                "'overnight' in past-tense narration: the night of the events it tells, "
                "which the text does not date"))
            return
        yield _Hit(m.start(), m.end(), pub - dt.timedelta(days=1), pub, G.day, assumptions=(
            "'overnight' read as the night before publication",))
        return
    if _g(m, "lt"):
        day = pub - dt.timedelta(days=1) if w.startswith("last") else pub
        why = ("'last night' read as the evening before publication",) if w.startswith("last") else ()
        yield _Hit(m.start(), m.end(), day, day, G.day, assumptions=why)
        return
    shift = _DAY_WORDS.get(w, -2 if "yesterday" in w else 2)
    day = pub + dt.timedelta(days=shift)
    yield _Hit(m.start(), m.end(), day, day, G.day)


_UNIT_GRAN = {"week": G.week, "weekend": G.week, "month": G.month, "year": G.year,
              "quarter": G.quarter, "decade": G.decade, "century": G.century}


_ANAPHORIC_MODS = ("the previous", "the following", "the next")  # anaphora.py reads these


def _relative_period(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    unit = m.group("unit").lower()
    mod = re.sub(r"\s+", " ", (_g(m, "mod") or "after next").lower())
    s, e = m.start(), m.end()
    if unit == "fortnight":
        yield from _fortnight(m, mod, ctx)
        return
    if mod in _ANAPHORIC_MODS and _g(m, "part") is None:
        return
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
    elif mod in ("next", "coming", "upcoming", "the next", "the coming", "the upcoming", "the following"):
        period = tr.shift_period(base, pub, 1)  # type: ignore[arg-type]
    elif mod == "after next":
        period = tr.shift_period(base, pub, 2)  # type: ignore[arg-type]
    elif mod in ("past", "the past", "the last"):
        if unit == "weekend":
            period = tr.shift_period("week", pub, -1)
        elif unit == "quarter":  # "the past quarter": the last reported calendar quarter
            period = tr.shift_period("quarter", pub, -1)
            why = ("'the past quarter' read as the calendar quarter before publication",)
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
    anaphor = None
    if mod in ("earlier in the", "later in the") and unit != "weekend":
        # "In 2015 ... later in the year" counts from the story's year when one is named
        anaphor = _Anaphor(partial(_within_anchor_period, base, mod.split()[0]))
    if unit == "quarter" and _calendar_context(text, s, e) == "fiscal":
        why += (CALENDAR_QUARTERS,)
    yield _Hit(s, e, period[0], period[1], _UNIT_GRAN[unit], assumptions=why, anaphor=anaphor)


def _within_anchor_period(unit: str, pre: str, anchor: tr.Period, gran: Granularity) -> tr.Period:
    from factcheck.extract.dates.anaphora import narrowed

    lo, hi = tr.period_of(unit, anchor[0])[0], tr.period_of(unit, anchor[1])[1]  # type: ignore[arg-type]
    return narrowed((lo, hi), anchor, pre)


def _fortnight(m: re.Match[str], mod: str, ctx: Context) -> Iterator[_Hit]:
    """'the next fortnight', 'the past fortnight': the 14 days after or up to publication."""
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    pub = ctx.published
    if any(w in mod for w in ("next", "coming", "following")):
        period = (pub + dt.timedelta(days=1), pub + dt.timedelta(days=14))
    elif any(w in mod for w in ("past", "last", "previous")):
        period = (pub - dt.timedelta(days=14), pub)
    else:
        return
    yield _Hit(m.start(), m.end(), *period, G.week,
               assumptions=(f"'{m.group()}' read as the 14 days counted from publication",))



def _rolling(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    n = _num(m.group("n"))
    name, _ = _unit(m.group("unit"))
    if not n or name in SUB_DAY:
        return
    s, e = m.start(), m.end()
    if ctx.published is None:
        yield _Hit(s, e, unresolved=_NO_PUB)
        return
    pub = ctx.published
    ahead = any(w in m.group("mod").lower() for w in ("next", "coming", "following"))
    try:
        period = (pub + dt.timedelta(days=1), tr.offset(pub, n, name)) if ahead else (tr.offset(pub, -n, name), pub)
    except (OverflowError, ValueError):  # "the past 99999999 days": beyond the calendar
        return
    why = (f"'{' '.join(m.group().split())}' read as counted from publication",)
    yield _Hit(s, e, period[0], period[1], G.day, counted=_measured(m, text, e),
               assumptions=why + ((_BUSINESS,) if name in tr.BUSINESS_DAYS else ()))



_DIRECTION = {"ago": (0, -1), "before today": (0, -1), "from now": (0, 1), "from today": (0, 1),
              "hence": (0, 1), "after today": (0, 1), "from tomorrow": (1, 1), "after tomorrow": (1, 1),
              "from tmrw": (1, 1), "after tmrw": (1, 1),
              "before yesterday": (-1, -1), "from yesterday": (-1, 1)}


def _ago(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    amounts = _amounts(m)
    if amounts is None or any(u in SUB_DAY for _, u in amounts):
        return
    base, sign = _DIRECTION[re.sub(r"\s+", " ", m.group("dir").lower())]
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    day = ctx.published + dt.timedelta(days=base)
    yield _displaced(m, amounts, day, sign)


def _displaced(m: re.Match[str], amounts: list[tuple[float, str]], day: dt.date, sign: int) -> _Hit:
    """N units before or after ``day``, with the precision of the unit and the qualifier."""
    q, shorter, longer = offset_bounds(m, amounts)
    n, unit = amounts[0]
    try:
        lo, hi = tr.displace((day, day), n, unit, sign, shorter, longer, extra=amounts[1:])
    except (OverflowError, ValueError):  # "99999999 days ago": beyond the calendar
        return _Hit(m.start(), m.end(), unresolved=OUT_OF_RANGE)
    if hi is None:  # "more than two weeks from now": an open end, like "since X" unpublished
        return _Hit(m.start(), m.end(), lo, None, G.day, qualifier=q, assumptions=(
            f"'{' '.join(m.group().split())}' has no latest date",))
    finest = min((u for _, u in amounts), key=lambda u: vocabulary().units[u])
    gran = _UNIT_GRAN.get(finest, G.day) if lo != hi and q is Qualifier.exact else G.day
    why = () if lo == hi else (
        f"'{' '.join(m.group().split())}' read with the precision of its wording: "
        f"{lo or 'open'} to {hi}",)
    if any(u in tr.BUSINESS_DAYS for _, u in amounts):
        why += (_BUSINESS,)
    return _Hit(m.start(), m.end(), lo, hi, gran, assumptions=why, qualifier=q, open_start=lo is None)


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
    else:  # "the 31st of this month" in a 30-day month: a date, but not a valid one
        yield _Hit(m.start(), m.end(), unresolved="invalid date")


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "fifth": 5, "5th": 5, "last": -1}


def _nth_weekday(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    n, wd = _NTH[m.group("nth").lower()], vocabulary().weekdays[m.group("wd").lower()]
    s, e = m.start(), m.end()
    if _g(m, "tm"):  # "the third Monday of the month": the month is implied
        yield from _implied_month(m, text, ctx, n, wd)
        return
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
    else:  # "the fifth Sunday of September 2017"
        yield _Hit(s, e, unresolved="invalid date")


# A bare "the second Sunday" is a date only after a preposition of time ("on the second
# Sunday", "by the third Tuesday"); elsewhere it counts occurrences ("for a second Sunday",
# "every second Tuesday", "the second Sunday service").
_NTH_DATE_BEFORE = re.compile(r"(?<![A-Za-z])(?:on|by|until|till|before|after|from|through|since)\s+$", re.I)
# After it: "in a row", "running", "of protests", "since the vote", "after Easter".
_NEXT_WORD = re.compile(r"\s+([a-z]+)(?![A-Za-z])")
_AFTER_DATE_WORDS = frozenset("and or but at to with as was were is are will would from until till "
                              "through between when while".split())
_NTH_COUNT_AFTER = re.compile(r"\s*(?:in\s+a\s+row|running|straight|consecutive|of|in|after|before|"
                              r"since|following|prior|that|when|this|last|next|each|every)(?![A-Za-z])", re.I)


def _nth_weekday_bare(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'on the second Sunday', 'by the third Tuesday' without a month: of the month named earlier in
    the sentence, else of the publication month when tense allows (past: on or before
    publication, else the month before; future: on or after, else the month after)."""
    if not _NTH_DATE_BEFORE.search(text, max(0, m.start() - 10), m.start()) or _NTH_COUNT_AFTER.match(text, m.end()):
        return
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt and nxt.group(1) not in _AFTER_DATE_WORDS:
        return  # "after the fifth Tuesday hearing": a noun compound
    n, wd = _NTH[m.group("nth").lower()], vocabulary().weekdays[m.group("wd").lower()]
    yield from _implied_month(m, text, ctx, n, wd)


def _implied_month(m: re.Match[str], text: str, ctx: Context, n: int, wd: int) -> Iterator[_Hit]:
    def resolve(anchor: tr.Period, gran: G) -> tr.Period | None:
        if gran is not G.month or (anchor[0].year, anchor[0].month) != (anchor[1].year, anchor[1].month):
            return None  # only a named month says which month is meant
        day = tr.nth_weekday(anchor[0].year, anchor[0].month, wd, n)
        return (day, day) if day else None

    s, e = m.start(), m.end()
    anaphor = _Anaphor(resolve)
    if ctx.published is None:
        yield _Hit(s, e, unresolved=_NO_PUB, anaphor=anaphor)
        return
    pub, fut = ctx.published, _future(text, s)
    month = pub.replace(day=1)
    for _ in range(3):
        day = tr.nth_weekday(month.year, month.month, wd, n)
        if day and ((day >= pub) if fut else (day <= pub)):
            yield _Hit(s, e, day, day, G.day, anaphor=anaphor, assumptions=(
                "weekday of a month not named read as in the publication month or the "
                + ("next one with such a day on or after publication (future-tense context)" if fut
                   else "latest one with such a day on or before publication"),))
            return
        month = tr.offset(month, 1 if fut else -1, "month")


# "sometime in three weeks" names a point in time, never the span in which something is
# counted ("the first test in three weeks")
_SOMETIME = re.compile(r"(?<![A-Za-z])some\s?time\s+$", re.I)
_BUSINESS = "business days skip Saturdays and Sundays only (public holidays are not known)"


def _in_future(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    if not (_future(text, m.start()) or _SOMETIME.search(text, max(0, m.start() - 12), m.start())):
        return  # "the first test in three weeks" is a duration
    amounts = _amounts(m)
    if not amounts or any(u in SUB_DAY for _, u in amounts):
        return
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    hit = replace(_displaced(m, amounts, ctx.published, 1), counted=_measured(m, text, m.end()))
    yield hit if hit.unresolved else replace(hit, assumptions=hit.assumptions + (
        "'in N units' read as N units after publication (future-tense context or 'sometime')",))


def _weekdays_away(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'two Sundays from now' is the second Sunday after publication; 'three Fridays ago'
    the third Friday before it (publication day itself not counted)."""
    n = _num(m.group("n"))
    if not n or n != int(n) or n > 52:
        return
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    wd = vocabulary().weekdays[m.group("wd").lower()]
    pub, sign = ctx.published, -1 if m.group("dir").lower() == "ago" else 1
    gap = (wd - pub.weekday()) % 7 if sign > 0 else (pub.weekday() - wd) % 7
    day = pub + dt.timedelta(days=sign * ((gap or 7) + 7 * (int(n) - 1)))
    yield _Hit(m.start(), m.end(), day, day, G.day)


def _this_time(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'this time last year', 'at this time next year': about the publication day, a year
    before or after it."""
    if ctx.published is None:
        yield _Hit(m.start(), m.end(), unresolved=_NO_PUB)
        return
    sign = -1 if m.group("tdir").lower() == "last" else 1
    pub = ctx.published
    day = _date_or_none(pub.year + sign, pub.month, min(pub.day, 28 if pub.month == 2 else pub.day))
    if day is None:
        return
    yield _Hit(m.start(), m.end(), day, day, Granularity.day, qualifier=Qualifier.approx,
               assumptions=(f"'{' '.join(m.group().split())}' read as the publication day "
                            f"{'a year before' if sign < 0 else 'a year after'}",))
