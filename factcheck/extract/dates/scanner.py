"""The driver: anchor windows, rule matching, overlap resolution and range merging."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta


from factcheck.extract.base import Candidate, Context
from factcheck.models import Counted, DateValue, DurationValue, Granularity, Interval
from factcheck.normalize import timeref as tr

G = Granularity
from factcheck.extract.dates.anaphora import resolve_anaphora
from factcheck.extract.dates.clock import attach_times
from factcheck.extract.dates.durations import stopwatch_times
from factcheck.extract.dates.hits import _FUT, _PAST, _Hit, _date_or_none, _past_clause, _undated
from factcheck.extract.dates.rules import _Patterns, _patterns
from factcheck.extract.dates.vocabulary import vocabulary
from factcheck.extract.needles import folded, lowered


# --------------------------------------------------------------------------- driver

_SINCE = re.compile(r"(?<![A-Za-z])since\s+$", re.I)
_INNER_JOIN = re.compile(r"(?:to|through|thru|until|till|and)(?=\s)", re.I)
_RANGE_LEAD = re.compile(r"(?<![A-Za-z])(?:from|between)\s+$", re.I)


def find_dates(text: str, ctx: Context) -> list[Candidate]:
    """Date and duration candidates in ``text``, sorted by position; see the module doc."""
    pats = _patterns()
    reserved = sorted(ctx.reserved)
    hits: list[_Hit] = []
    windows = _windows(text, pats)
    low = folded(text)
    merged: dict[frozenset[str], list[tuple[int, int]]] = {}
    for (pattern, handler), kinds, needles, scan in zip(pats.rules, pats.anchors, pats.needles,
                                                        pats.scans):
        if kinds not in merged:
            merged[kinds] = _merge(sorted(w for k in kinds for w in windows.get(k, ())))
        finditer = pattern.finditer if scan is None else scan.finditer
        for lo, hi in merged[kinds]:
            if needles is not None and not needles.in_window(text, low, lo, hi):
                continue  # no needle of the rule in the window: it cannot match there
            for m in finditer(text, lo, hi):
                for hit in handler(m, text, ctx):
                    if hit.end > hit.start and not _overlaps(hit.start, hit.end, reserved):
                        hits.append(hit)
    hits.extend(stopwatch_times(text, reserved))  # "won in 2:03:41"
    hits = list({(h.start, h.end, h.days is None): h for h in hits}.values())
    listed = _year_lists(_shared_year(_longest(hits), text), text, reserved)
    chosen = _ending_on(_month_quarter(_week_of(_merge_ranges(resolve_anaphora(
        _numeric_order(listed, text, ctx), text, ctx), text, ctx), text), text), text)
    # (then the anaphora that take their anchor's period: "the quarter ended December 31,
    # 2023 ... the year-earlier period" is read once that quarter is)
    chosen = _until_now(resolve_anaphora(chosen, text, ctx, periods_only=True), text, ctx)
    return attach_times([_candidate(h, text, ctx) for h in chosen], text, ctx)


_REACH = 45  # characters a rule may reach before or after its anchor word
_SLACK = 24  # how far a window edge may move to reach whitespace


def _windows(text: str, pats: _Patterns) -> dict[str, list[tuple[int, int]]]:
    """Per anchor kind, the text windows around its anchor words (the only places rules run)."""
    out: dict[str, list[tuple[int, int]]] = {}
    low = lowered(text)
    tokens = pats.tokens
    for m in pats.words.finditer(low):
        word = m.group()
        window = _window(text, m.start(), m.end())  # one window, whatever the kinds of the word
        for kind in tokens.get(word) or tokens[" ".join(word.split())]:
            out.setdefault(kind, []).append(window)
    digits = [_window(text, m.start(), m.end()) for m in pats.digits.finditer(low)]
    if digits:
        out["digit"] = digits
    return out


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    n = len(text)
    lo, hi = max(0, start - _REACH), min(n, end + _REACH)
    stop = max(0, lo - _SLACK)
    while lo > stop and not text[lo - 1].isspace():
        lo -= 1
    stop = min(n, hi + _SLACK)
    while hi < stop and not text[hi].isspace():
        hi += 1
    return lo, hi


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


_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?", re.I)
_LISTED = "the year stated once for the list of dates"


def _shared_year(hits: list[_Hit], text: str) -> list[_Hit]:
    """'in June and July 2019', 'on 3, 4 and 5 May 2020', 'June, July and August 2019': the
    year written after the last of a list holds for the dates before it."""
    out = list(hits)
    for i in range(len(out) - 1, 0, -1):
        h = out[i]
        if h.days is not None or not h.has_year or h.month is None or h.dend is None:
            continue
        j, year, month = i - 1, h.dend.year, h.month
        while j >= 0:
            p = out[j]
            if (p.days is not None or p.has_year or p.month is None or p.anaphor is not None
                    or not _LIST_GAP.fullmatch(text, p.end, out[j + 1].start)
                    or not text[p.end:out[j + 1].start].strip()):
                break
            y = year - (1 if p.month > month else 0)
            if p.day is not None:
                day = _date_or_none(y, p.month, p.day)
                period = (day, day) if day else None
            else:
                period = tr.month_period(y, p.month)
            if period is None:
                break
            out[j] = replace(p, dstart=period[0], dend=period[1], has_year=True, unresolved=None,
                             assumptions=(_LISTED,))
            year, month, j = y, p.month, j - 1
    return out


_YEAR = r"(1\d\d\d|20\d\d)(?![\d]|[.,]\d|\s?%)"
_YEAR_ITEM = re.compile(rf"\s*,\s*{_YEAR}")
_YEAR_LAST = re.compile(rf"\s*,?\s*(?:and|or|&)\s+{_YEAR}", re.I)
_YEARS_BEFORE = re.compile(rf"(?<![\d.,])(?:{_YEAR}\s*,\s*)*{_YEAR}\s*,?\s*(?:and|or|&)\s+$", re.I)
_EACH_YEAR = re.compile(_YEAR)


def _year_lists(hits: list[_Hit], text: str, reserved: list[tuple[int, int]]) -> list[_Hit]:
    """'in 1998, 2004 and 2011', 'in 2004, 2008 or 2012': after a year, the bare years of
    its list up to the last one (after 'and'/'or') are years too; before the last year of
    a list ('(2009, 2012 and 2019)'), so are the bare years that open it."""
    starts = {h.start for h in hits}
    added: list[_Hit] = []
    for a in hits:
        if a.gran is not G.year or a.days is not None:
            continue
        lo = max(0, a.start - 80)
        before = _YEARS_BEFORE.search(text, lo, a.start)
        if before is not None and not _overlaps(before.start(), a.start, reserved):
            for m in _EACH_YEAR.finditer(text, before.start(), before.end()):
                if m.start(1) not in starts:
                    added.append(_Hit(m.start(1), m.end(1), *tr.year_period(int(m.group(1))), G.year))
                    starts.add(m.start(1))
        items, at = [], a.end
        while m := _YEAR_ITEM.match(text, at):
            items.append(m)
            at = m.end()
        last = _YEAR_LAST.match(text, at)
        if last is None or _overlaps(a.end, last.end(), reserved):
            continue
        for m in [*items, last]:
            if m.start(1) not in starts:
                added.append(_Hit(m.start(1), m.end(1), *tr.year_period(int(m.group(1))), G.year))
                starts.add(m.start(1))
    return _longest(hits + added) if added else hits


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
                ahead = tr.offset(h.dend, 1, "year")
                lead_at = lead.start() if lead else prev.start
                if any("future-tense" in a for a in h.assumptions + prev.assumptions):
                    # "will ... between August and October"
                    h = replace(h, dstart=tr.offset(h.dstart, 1, "year") if h.dstart else None, dend=ahead)
                elif (ctx.published is not None and prev.dstart <= ctx.published <= ahead
                      and not _past_clause(text, lead_at)):  # "the season lasts from June to October"
                    h = replace(h, dend=ahead, assumptions=(
                        "month range without a year read as the current one, which holds the publication date",))
                    first = replace(prev, assumptions=())
                else:  # "from Nov to March" in the past
                    first = replace(prev, dstart=tr.offset(prev.dstart, -1, "year"))
            if first.dstart and first.dstart <= h.dend:
                start = lead.start() if lead else prev.start
                out[-1] = _Hit(start, h.end, first.dstart, h.dend, min(first.gran, h.gran, key=_rank),
                               assumptions=tuple(dict.fromkeys(first.assumptions + h.assumptions)))
                continue
        out.append(h)
    return out


_WEEK_OF = re.compile(r"(?:(?<![A-Za-z])the\s+)?(?<![A-Za-z])(?:week\s+(?P<k>of|commencing|beginning|starting)"
                      r"(?:\s+on)?|w/c)\s+(?:the\s+)?$", re.I)


def _week_of(hits: list[_Hit], text: str) -> list[_Hit]:
    """'the week of April 10th' is that Monday-Sunday week; 'the week beginning/commencing
    Feb 4' and 'w/c Feb 4' the seven days from that day."""
    out = []
    for h in hits:
        lead = _WEEK_OF.search(text, max(0, h.start - 32), h.start) if h.days is None else None
        if lead and h.dstart and h.dend == h.dstart and h.gran is G.day:
            if (lead.group("k") or "").lower() == "of":
                lo, hi = tr.week_period(h.dstart)
            else:
                lo, hi = h.dstart, h.dstart + dt.timedelta(days=6)
            h = replace(h, start=lead.start(), dstart=lo, dend=hi, gran=G.week)
        out.append(h)
    return out


_MONTH_QUARTER = re.compile(r"[\s-]+quarter(?![A-Za-z])(?:(?:\s+of)?\s+(?P<y>(?:19|20)\d\d)(?![\d]|[.,]\d))?"
                            r"(?!\s+of\b)", re.I)


def _month_quarter(hits: list[_Hit], text: str) -> list[_Hit]:
    """'the September quarter', 'the June 2024 quarter', 'the December quarter 2023', 'the
    September quarter of 2022': the three months ending in that month (how Australian and
    New Zealand statistics name a quarter); a year after it is its year."""
    out: list[_Hit] = []
    until = -1  # (the end of a quarter that took the year after it)
    for h in hits:
        if h.start < until:
            continue  # the year hit a quarter took
        q = _MONTH_QUARTER.match(text, h.end) if h.gran is G.month and h.days is None else None
        if q and h.dstart and h.dend and (h.dstart.year, h.dstart.month) == (h.dend.year, h.dend.month):
            first, last = h.dstart, h.dend
            if q.group("y"):
                first, last = tr.month_period(int(q.group("y")), h.dend.month)
                until = q.end()
            h = replace(h, end=q.end(), dstart=first - relativedelta(months=2), dend=last, gran=G.quarter)
        out.append(h)
    return out


def _numeric_order(hits: list[_Hit], text: str, ctx: Context) -> list[_Hit]:
    """A document keeps one numeric date order: when its numeric dates that allow only one
    order ("5/17/2018": month first; "17/5/2018": day first) all agree, the ambiguous ones
    ("3/7/2018", "3-7-2017") follow it; with both orders or neither they stay unresolved."""
    if not any(h.order == "?" for h in hits):
        return hits
    orders = {h.order for h in hits if h.order in ("md", "dm")}
    if len(orders) != 1:
        return hits
    order = orders.pop()
    witness = next(h for h in hits if h.order == order)
    out = []
    for h in hits:
        if h.order == "?" and h.pair is not None:
            a, b, y = h.pair
            mo, d = (a, b) if order == "md" else (b, a)
            why = (f"{'month/day' if order == 'md' else 'day/month'} order taken from "
                   f"'{text[witness.start:witness.end]}' in the same document",)
            if y is not None:
                day = _date_or_none(y, mo, d)
                new = _Hit(h.start, h.end, day, day, G.day, month=mo, day=d) if day else None
            else:
                new = _undated((h.start, h.end), text, ctx, mo, d, None)
            if new is not None and new.dstart is not None:
                h = replace(new, assumptions=why + new.assumptions, order=order)
        out.append(h)
    return out


_ENDING = re.compile(
    r"(?P<the>(?<![A-Za-z])the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+)?"
    r"(?:(?:fiscal|financial)\s+)?(?:(?P<q>quarter)|(?P<h>half)|(?P<y>year)|(?P<n>three|six|nine|twelve|3|6|9|12)"
    r"\s+months|(?P<w>13|26|52|thirteen|twenty-six|fifty-two)\s+weeks)\s*,?\s*(?:(?:which|that)\s+)?"
    r"(?P<verb>ended|ending|ends|to)\s+(?:on\s+|in\s+)?$", re.I)
_ENDING_VERB = re.compile(r"(?<![A-Za-z])(?:ended|ending|ends|to)\s+(?:on\s+|in\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])from\s+$", re.I)
_MONTHS_IN = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
_UNIT_AFTER = re.compile(r"\s+(?:months|weeks)")
_WEEKS_IN = {"thirteen": 13, "twenty-six": 26, "fifty-two": 52}


def _ending_on(hits: list[_Hit], text: str) -> list[_Hit]:
    """'the second quarter ended July 28', 'the quarter ending in January', 'the fiscal year
    ended June 30', 'the three months to September': the period of that length ending on
    that day (or with that month), whichever calendar the company keeps."""
    out: list[_Hit] = []
    for h in hits:
        lead = None
        if (h.days is None and h.dend is not None and h.gran in (G.day, G.month) and h.start > 8
                and _ENDING_VERB.search(text, max(0, h.start - 12), h.start)):
            lead = _ENDING.search(text, max(0, h.start - 60), h.start)
        if lead and lead.group("verb").lower() == "to" and (
                not lead.group("the") or _FROM_BEFORE.search(text, max(0, lead.start() - 8), lead.start())):
            lead = None  # "by three months to May", "from the first quarter to March": a move
        if lead:
            if lead.group("w"):
                raw = lead.group("w").lower()
                weeks = int(raw) if raw.isdigit() else _WEEKS_IN[raw]
                lo = h.dend - dt.timedelta(days=7 * weeks - 1)
                size, gran = f"{weeks} weeks", G.week
            else:
                raw = (lead.group("n") or "").lower()
                months = (3 if lead.group("q") else 6 if lead.group("h") else 12 if lead.group("y")
                          else int(raw) if raw.isdigit() else _MONTHS_IN[raw])
                lo = h.dend + dt.timedelta(days=1) - relativedelta(months=months)
                size = f"{months} months"
                gran = G.quarter if months == 3 else G.half if months == 6 else G.year if months == 12 else G.month
            while out and out[-1].end > lead.start():  # "the second quarter" read alone
                out.pop()
            words = " ".join(text[h.start:h.end].split())
            counted = None
            if lead.group("w") or lead.group("n"):  # "the 12 months to July": 12 months stated
                g = "w" if lead.group("w") else "n"
                unit = _UNIT_AFTER.match(text, lead.end(g))
                days = 7.0 * weeks if lead.group("w") else months * vocabulary().units["month"]
                counted = _Hit(lead.start(g), unit.end() if unit else lead.end(g), days=days)
            h = replace(h, start=lead.start(), dstart=lo, gran=gran, month=None, day=None, has_year=True,
                        counted=counted,
                        assumptions=h.assumptions + (f"read as the {size} ending with '{words}'",))
        out.append(h)
    return out


_TO_NOW = re.compile(r"\s+(?:and|to|until|till|through)\s+(?:right\s+)?now(?![A-Za-z])", re.I)
_NOW_AND = re.compile(r"(?<![A-Za-z])(?:between|from)\s+now\s+(?:and|to|until|till|through)\s+$", re.I)
_LEAD_BETWEEN = re.compile(r"(?<![A-Za-z])(?:between|from)\s+$", re.I)


def _until_now(hits: list[_Hit], text: str, ctx: Context) -> list[_Hit]:
    """'between January and now', 'from 2010 to now': [start of X, publication date];
    'between now and November 15th': [publication date, end of X]. "now" is the
    publication date (DESIGN §3), never the clock."""
    if ctx.published is None or ("now" not in text and "Now" not in text):
        return hits
    pub, out = ctx.published, []
    for h in hits:
        if h.days is None and h.dstart is not None and h.dend is not None:
            tail = _TO_NOW.match(text, h.end)
            lead = _LEAD_BETWEEN.search(text, max(0, h.start - 10), h.start)
            head = _NOW_AND.search(text, max(0, h.start - 30), h.start)
            if tail and lead:
                if h.dstart > pub and not h.has_year:  # "between May and now": the past May
                    h = replace(h, dstart=tr.offset(h.dstart, -1, "year"), dend=tr.offset(h.dend, -1, "year"))
                if h.dstart <= pub:
                    h = replace(h, start=lead.start(), end=tail.end(), dend=pub, assumptions=h.assumptions + (
                        "'now' read as the publication date",))
            elif head:
                if h.dend < pub and not h.has_year:  # "between now and November 15": the next one
                    h = replace(h, dstart=tr.offset(h.dstart, 1, "year"), dend=tr.offset(h.dend, 1, "year"),
                                assumptions=tuple(a.replace(_PAST, _FUT) for a in h.assumptions))
                if h.dend >= pub:
                    h = replace(h, start=head.start(), dstart=pub, assumptions=h.assumptions + (
                        "'now' read as the publication date",))
        out.append(h)
    return out


_ORDER = list(Granularity)


def _rank(g: Granularity) -> int:
    return _ORDER.index(g)


SINCE = "'since X' dates X, where a period that runs to publication starts"


def _counted(h: _Hit, text: str) -> Counted | None:
    c = h.counted
    if c is None or c.days is None:
        return None
    return Counted(text=text[c.start:c.end], days=c.days, qualifier=c.qualifier, interval=c.interval)


def _candidate(h: _Hit, text: str, ctx: Context) -> Candidate:
    if h.days is not None:
        return Candidate(h.start, h.end, DurationValue(days=h.days), h.qualifier, h.interval,
                         assumptions=h.assumptions)
    start, lo, hi, why = h.start, h.dstart, h.dend, h.assumptions
    since = _SINCE.search(text, max(0, h.start - 8), h.start)
    if since or text[h.start:h.start + 6].lower().startswith("since"):
        if since:
            start = since.start()
        if lo is not None:
            why += (SINCE,)
    if lo is None and h.unresolved is None and not (h.open_start and hi is not None):
        return Candidate(start, h.end, DateValue(granularity=h.gran, counted=_counted(h, text)),
                         unresolved="unresolved")
    interval = Interval(low=lo, high=hi, unit="day") if lo is not None or h.open_start else None
    return Candidate(start, h.end, DateValue(start=lo, end=hi, granularity=h.gran, counted=_counted(h, text)),
                     h.qualifier,
                     interval=interval, unresolved=h.unresolved, assumptions=why)
