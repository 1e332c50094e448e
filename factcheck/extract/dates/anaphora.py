"""Dates counted from another date of the same sentence, not from publication.

"the previous day", "the following year", "the day before", "two days later", "a year
earlier", "that year", "later that month", "the same week". In news these refer to an
event the story has just named ("The UN voted on September 1 and two days later the North
fired a missile"), so they resolve against the nearest resolved date earlier in the same
sentence (its whole period: "the following day" after "in March 2015" is 2 March -
1 April 2015), else against a single day the sentence before names, in one paragraph
("The dam gave way on March 18. Engineers arrived the following day."). Without one they
stay unresolved with the reason recorded: counting them from publication would silently
give the wrong date.

Exceptions, because they are deictic in news: "the next week/month/year" in future-tense
context, or without an anchor, is the one after publication; "the following week" in
future-tense context without an anchor likewise. "the day before" / "the year after" count
only when nothing follows but the end of the clause ("the day before the vote" names its
own event).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Iterator

from factcheck.extract.base import Context
from factcheck.extract.dates.durations import _amounts, _duration, _measured, _unit, offset_bounds
from factcheck.extract.dates.hits import _Anaphor, _Hit, _NO_PUB, _future, _g
from factcheck.extract.dates.vocabulary import SUB_DAY
from factcheck.extract.text import TextIndex, sentence_spans
from factcheck.models import Granularity, Qualifier
from factcheck.normalize import timeref as tr

G = Granularity

_DAYISH = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
           "week": "week", "weekend": "weekend", "month": "month", "year": "year",
           "quarter": "quarter", "decade": "decade"}
_GRAN = {"day": G.day, "week": G.week, "weekend": G.week, "month": G.month, "year": G.year,
         "quarter": G.quarter, "decade": G.decade}
_SHIFT = {"previous": -1, "preceding": -1, "following": 1, "next": 1, "same": 0, "that": 0,
          "before": -1, "after": 1, "earlier": -1, "later": 1}


def _key(word: str | None) -> str:
    return re.sub(r"\s+", " ", (word or "").lower()).strip()


def shifted_period(unit: str, anchor: tr.Period, k: int) -> tr.Period:
    """The ``unit`` periods holding the anchor's ends, moved by ``k`` units; a weekend is
    the Saturday-Sunday of that week."""
    base = "week" if unit == "weekend" else unit
    lo = tr.shift_period(base, anchor[0], k)  # type: ignore[arg-type]
    hi = tr.shift_period(base, anchor[1], k)  # type: ignore[arg-type]
    if unit == "weekend":
        return lo[0] + dt.timedelta(days=5), hi[0] + dt.timedelta(days=6)
    return lo[0], hi[1]


def narrowed(period: tr.Period, anchor: tr.Period, pre: str) -> tr.Period:
    """'later that year' after 'in March 2014': from the anchor to the end of the period;
    'earlier that year': from its start to the anchor. An anchor as long as the period
    ('in 2014 ... later that year') leaves it whole."""
    lo, hi = period
    if not (lo < anchor[0] or anchor[1] < hi):
        return period
    if pre == "later":
        return max(lo, min(anchor[1], hi)), hi
    if pre == "earlier":
        return lo, min(hi, max(anchor[0], lo))
    return period


def _period_resolver(unit: str, k: int, pre: str) -> _Anaphor:
    def resolve(anchor: tr.Period, gran: Granularity) -> tr.OpenPeriod:
        if k and not pre and gran is _GRAN.get(unit) and unit != "weekend":
            # "the 2023 fiscal year ... the previous year": the anchor's own period, moved
            return tr.offset(anchor[0], k, unit), tr.offset(anchor[1] + dt.timedelta(days=1), k, unit) \
                - dt.timedelta(days=1)
        lo, hi = shifted_period(unit, anchor, k)
        return narrowed((lo, hi), anchor, pre)
    return _Anaphor(resolve)


def _anaphoric_period(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'the previous day', 'the following year', 'that week', 'later that month'; 'the day
    before', 'the year after' (at the end of a clause)."""
    if _g(m, "bunit"):
        yield from _before_after(m, text, ctx)
        return
    if _g(m, "iunit"):  # "earlier in the day", "later in the week": part of the anchor's period
        unit = _DAYISH[m.group("iunit").lower()]
        pre = m.group("pre2").lower()
        anaphor = _period_resolver(unit, 0, pre)
        if ctx.published is None:
            yield _Hit(m.start(), m.end(), gran=_GRAN[unit], unresolved=anaphor.reason, anaphor=anaphor)
            return
        # without a date before it in the sentence: that part of the publication's period
        pub = ctx.published
        lo, hi = narrowed(tr.period_of(unit, pub), (pub, pub), pre)  # type: ignore[arg-type]
        yield _Hit(m.start(), m.end(), lo, hi, _GRAN[unit], anaphor=anaphor, assumptions=(
            f"'{' '.join(m.group().split())}' read within the publication {unit}",))
        return
    det = _key(m.group("det")).replace("the ", "").replace("very ", "").replace(" same", "")
    unit = _DAYISH[m.group("unit").lower()]
    pre = _key(_g(m, "pre"))
    k = _SHIFT[det]
    s, e = m.start(), m.end()
    anaphor = _period_resolver(unit, k, pre)
    fut = _future(text, s)
    deictic = det == "next" or (det == "following" and fut)
    if deictic and unit not in ("day", "weekend"):
        # "will meet the next week" is deictic; in past narrative it counts from the story
        used = None if det == "next" and fut else anaphor
        if ctx.published is None:
            yield _Hit(s, e, gran=_GRAN[unit], unresolved=_NO_PUB, anaphor=used)
            return
        period = shifted_period(unit, (ctx.published, ctx.published), 1)
        why = (f"'{' '.join(m.group().split())}' read as the {unit} after publication",)
        if unit == "decade" and _SPAN_BEFORE.search(text, max(0, s - 12), s):
            # "over the next decade": the ten years ahead, as "the last decade" is the ten
            # years behind (but "start in the next decade": in the 2030s)
            period = (ctx.published, tr.offset(ctx.published, 1, "decade"))
            why = (f"'{' '.join(m.group().split())}' read as the ten years from publication",)
        yield _Hit(s, e, *period, _GRAN[unit], assumptions=why, anaphor=used)
        return
    yield _Hit(s, e, gran=_GRAN[unit], unresolved=anaphor.reason, anaphor=anaphor)


_COUNTED = re.compile(r"(?:\d|(?<![A-Za-z])(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|[a-z]+ty|[a-z]+teen|and\s+a\s+half|half\s+an?|the|those|these|many|few))[\s-]*$", re.I)


def _hours_away(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'hours later', 'minutes earlier': the anchor's day, or the next (previous) one too
    for hours. 'two hours later' is an amount of time (another rule)."""
    if _COUNTED.search(text, max(0, m.start() - 24), m.start()):
        return
    later = m.group("hdir").lower() in ("later", "afterwards")
    reach = dt.timedelta(days=1 if m.group("hunit").lower() == "hours" else 0)

    def resolve(anchor: tr.Period, gran: Granularity) -> tr.OpenPeriod:
        return (anchor[0], anchor[1] + reach) if later else (anchor[0] - reach, anchor[1])
    yield _Hit(m.start(), m.end(), gran=G.day, unresolved=_Anaphor(resolve).reason, anaphor=_Anaphor(resolve))


def _before_after(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'the day before', 'the year after', 'the night before' at the end of a clause."""
    unit = _DAYISH[m.group("bunit").lower()]
    anaphor = _period_resolver(unit, _SHIFT[m.group("dir").lower()], "")
    yield _Hit(m.start(), m.end(), gran=_GRAN[unit], unresolved=anaphor.reason, anaphor=anaphor)


def _offset_resolver(amounts: list[tuple[float, str]], sign: int,
                     day_bounds: tuple[float, float | None],
                     period_bounds: tuple[float, float | None]) -> _Anaphor:
    """From a day the offset keeps the precision of its unit ("two years later" than 3 March
    is 1.5-2.5 years on); from a period it moves the period ("up 5% from a year earlier"
    after "the second quarter" is that quarter a year before), widened only by a qualifier."""
    def resolve(anchor: tr.Period, gran: Granularity) -> tr.OpenPeriod:
        n, unit = amounts[0]
        shorter, longer = day_bounds if anchor[0] == anchor[1] else period_bounds
        return tr.displace(anchor, n, unit, sign, shorter, longer, extra=amounts[1:])
    return _Anaphor(resolve)


def _anaphoric_offset(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'two days later', 'a year earlier', 'some three weeks afterwards'."""
    amounts = _amounts(m)
    if not amounts or any(u in SUB_DAY for _, u in amounts) or m.group("n").lower() == "half":
        return
    sign = -1 if (_g(m, "ldir") or _g(m, "dir2") or "").lower() in ("earlier", "before") else 1
    q, shorter, longer = offset_bounds(m, amounts)
    _, exact_shorter, exact_longer = offset_bounds(m, amounts, precise=True)
    anaphor = _offset_resolver(amounts, sign, (shorter, longer), (exact_shorter, exact_longer))
    gran = _GRAN.get(_unit(m.group("unit"))[0], G.day) if q is Qualifier.exact else G.day
    yield _Hit(m.start(), m.end(), gran=gran, unresolved=anaphor.reason, anaphor=anaphor,
               qualifier=q)


def _anaphoric_weekday(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'the following Friday', 'the previous Monday': the first such weekday after (before)
    the date named earlier in the sentence; 'the next Friday' in future-tense context is the
    first one after publication."""
    from factcheck.extract.dates.vocabulary import vocabulary

    wd = vocabulary().weekdays[m.group("wd").lower()]
    det = m.group("det").lower()
    back = det in ("previous", "preceding")

    def resolve(anchor: tr.Period, gran: Granularity) -> tr.Period:
        day = tr.resolve_weekday(anchor[0], wd, "last") if back else tr.resolve_weekday(anchor[1], wd, "coming")
        return day, day

    anaphor = _Anaphor(resolve)
    if det in ("next", "following") and _future(text, m.start()):
        if ctx.published is None:
            yield _Hit(m.start(), m.end(), unresolved=_NO_PUB, anaphor=anaphor)
            return
        day = tr.resolve_weekday(ctx.published, wd, "coming")
        yield _Hit(m.start(), m.end(), day, day, G.day, anaphor=anaphor, assumptions=(
            f"'{' '.join(m.group().split())}' read as the first one after publication (future-tense context)",))
        return
    yield _Hit(m.start(), m.end(), unresolved=anaphor.reason, anaphor=anaphor)


def _amount_of_time(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'two weeks ago' (relative.py), 'two days later' (above), else the duration alone."""
    from factcheck.extract.dates.relative import _ago

    if _g(m, "dir") or _g(m, "ldir") or _g(m, "dir2"):
        hits = list(_ago(m, text, ctx) if _g(m, "dir") else _anaphoric_offset(m, text, ctx))
        counted = _measured(m, text, m.end("more")) if hits else None
        yield from (replace(h, counted=counted) for h in hits)
        if hits or _g(m, "dir"):
            return
    yield from _duration(m, text, ctx, end=m.end("long") if _g(m, "long") else m.end("more"))


# --------------------------------------------------------------------------- resolution


# the assumption of an anaphoric date a date beside it names (TA01 checks the count it states)
NAMED_BESIDE = "is the date named beside it"


def resolve_anaphora(hits: list[_Hit], text: str, ctx: Context, periods_only: bool = False) -> list[_Hit]:
    """Resolve each anaphoric hit against the nearest resolved date before it in the same
    sentence (hits sorted by position, not overlapping). Linear in the number of hits.
    With ``periods_only``, only those that take their anchor's period ("the same period
    last year"), once periods with their end date ("the quarter ended December 31") are
    read."""
    if not any(h.anaphor and (h.anaphor.anchor_grain or not periods_only) for h in hits):
        return hits
    out: list[_Hit] = []
    anchor: _Hit | None = None
    for i, h in enumerate(hits):
        if periods_only and h.anaphor is not None and not h.anaphor.anchor_grain:
            if h.days is None and h.dstart is not None and h.dend is not None:
                anchor = h
            out.append(h)
            continue
        named = _apposition(h, hits[i - 1] if i else None, hits[i + 1] if i + 1 < len(hits) else None, text)
        if named is not None:
            # "Seven years later, in 2016, ..." / "In 2016, seven years later, ...": the
            # date beside it names the same time; counting would only add error
            words = " ".join(text[named.start:named.end].split())
            h = replace(h, dstart=named.dstart, dend=named.dend, gran=named.gran, unresolved=None,
                        open_start=False, qualifier=Qualifier.exact, assumptions=(
                            f"'{' '.join(text[h.start:h.end].split())}' {NAMED_BESIDE}: "
                            f"'{words}'",))
        elif h.anaphor is not None and anchor is not None and (
                (same := _same_sentence(text, anchor.start, h.start)) or _sentence_before(text, anchor, h)):
            assert anchor.dstart is not None and anchor.dend is not None
            try:
                period = h.anaphor.resolve((anchor.dstart, anchor.dend), anchor.gran)
            except (OverflowError, ValueError):  # "99999 years later": beyond the calendar
                period = None
            if period is not None and period[1] is not None:
                words = " ".join(text[anchor.start:anchor.end].split())
                # the anchor replaces any publication-relative reading and its assumptions
                h = replace(h, dstart=period[0], dend=period[1], unresolved=None,
                            gran=anchor.gran if h.anaphor.anchor_grain else h.gran,
                            open_start=period[0] is None, assumptions=(
                                f"'{' '.join(text[h.start:h.end].split())}' counted from "
                                f"'{words}' {'earlier in the sentence' if same else 'in the sentence before'}",))
        if h.days is None and h.dstart is not None and h.dend is not None and not (
                h.anaphor is not None and h.anaphor.anchor_grain):
            anchor = h  # (a year-ago period is no anchor of the next: "up 34% from the
            # year-earlier period and 12% from the year-ago quarter" are one quarter)
        out.append(h)
    return out


# Between an anaphoric date and the date that names it: a comma, a dash or a bracket, and
# the preposition of the naming date ("Seven years later, in 2016,").
_APPOSITION_AFTER = re.compile(r"\s*(?:,|\(|[—–]|\s-)\s*(?:(?:in|on|at|by)\s+)?", re.I)
_APPOSITION_BEFORE = re.compile(r"\s*(?:,|[—–]|\s-)\s*", re.I)


def _apposition(h: _Hit, prev: _Hit | None, nxt: _Hit | None, text: str) -> _Hit | None:
    """The resolved date right beside an anaphoric one, in apposition to it, or None."""
    if h.anaphor is None or h.days is not None:
        return None

    def plain(o: _Hit | None) -> bool:
        return (o is not None and o.days is None and o.anaphor is None and o.dstart is not None
                and o.dend is not None and not o.open_start)

    if plain(nxt) and _APPOSITION_AFTER.fullmatch(text, h.end, nxt.start):  # type: ignore[union-attr]
        return nxt
    if plain(prev) and _APPOSITION_BEFORE.fullmatch(text, prev.end, h.start):  # type: ignore[union-attr]
        after = text[h.end:h.end + 2]
        if not after or after[0] in ",;.:)—–":  # the anaphor closes the apposition
            return prev
    return None


_MAX_GAP = 600  # characters: farther apart than a sentence of news prose
_SPAN_BEFORE = re.compile(r"(?<![A-Za-z])(?:over|during|within|for|across|throughout)\s+$", re.I)


def _sentence_before(text: str, anchor: _Hit, h: _Hit) -> bool:
    """Is ``anchor`` a single day in the sentence right before ``h``'s, in one paragraph
    ("The trouble surfaced on March 18, 2021. Administrators were appointed the following
    day.")? A coarser date there ("in 2020") says too little of which day is meant, but
    it names a period of its own size ("won in 1966. ... the cup that year")."""
    if anchor.dstart is None or anchor.dstart != anchor.dend and not (
            anchor.gran == h.gran and h.gran in (G.year, G.month) or anchor.gran in (G.quarter, G.half)) \
            or h.start - anchor.end > _MAX_GAP or "\n" in text[anchor.end:h.start]:
        return False  # (but a year or a month names "that year", "the following month")
    return len(sentence_spans(text[anchor.start:h.end])) == 2


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Do offsets a < b lie in one sentence (the document's sentence rules, TextIndex)?"""
    if b - a > _MAX_GAP:
        return False
    index = TextIndex(text[a:b + 1])
    return index.sentence_span(0) == index.sentence_span(b - a)


def _same_period(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'the same period last year', 'the same quarter a year earlier', 'the same period in
    2022', 'the year-earlier period', 'the year-ago quarter', 'the corresponding quarter of
    the previous fiscal year': the period a date before it names (a quarter, a half, a
    month), in the year before (or the year written). Without one: the whole year before publication (or the
    year written), what "last year" alone says."""
    year = int(m.group("sy")) if _g(m, "sy") else None

    def resolve(anchor: tr.Period, anchor_gran: G) -> tr.OpenPeriod | None:
        if anchor_gran not in (G.quarter, G.half, G.month) or anchor[0] is None or anchor[1] is None:
            return None
        years = (year - anchor[0].year) if year is not None else -1
        if years == 0:
            return None
        return tr.offset(anchor[0], years, "year"), tr.offset(anchor[1] + dt.timedelta(days=1), years, "year") \
            - dt.timedelta(days=1)

    anaphor = _Anaphor(resolve, anchor_grain=True)
    if year is None and ctx.published is None:
        yield _Hit(m.start(), m.end(), gran=G.year, unresolved=_NO_PUB, anaphor=anaphor)
        return
    y = year if year is not None else ctx.published.year - 1  # type: ignore[union-attr]
    yield _Hit(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), G.year, anaphor=anaphor,
               assumptions=(f"'{' '.join(m.group().split())}' read as the whole year: no period "
                            f"named before it",))
