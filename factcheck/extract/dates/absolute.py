"""Rules for dates that carry their own calendar position: "Aug. 5, 2017", "2017-09-11",
"mid-September", "the 1990s", fiscal "2012-13", quarters, seasons and holidays."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache, partial
from typing import Any, Iterator


from factcheck.data import load_yaml
from factcheck.extract.base import Context
from factcheck.models import Granularity
from factcheck.normalize import timeref as tr

G = Granularity
from factcheck.extract.dates.hits import (_FUT, _Anaphor, _Hit, _NO_PUB, _PAST, _date_or_none, _dated, _past_verbs,
                                          _future, _g, _part, _period, _sentence_window, _undated, _year_edge)
from factcheck.extract.dates.clock import zone_after
from factcheck.extract.dates.spelled import year_number
from factcheck.extract.dates.vocabulary import _trie, _ambiguous, _capitalized, _day, _month_no, _year_of, vocabulary


# --------------------------------------------------------------------------- handlers
# Each handler turns one match into zero or more hits. ``text`` is the whole input.


def _month_day(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word = m.group("mon")
    if _ambiguous(word) and not _capitalized(word):
        return
    d, d2 = _day(m.group("day")), _day(_g(m, "day2"))
    if not d or d > 31 or (d2 is not None and (d2 > 31 or d2 == d)):
        return
    y = _year_of(_g(m, "year"), ctx.published)
    mo = _month_no(word)
    if _g(m, "be"):
        y = _buddhist_era(int(m.group("be")), text, ctx)
        if y is None:  # not a Buddhist Era year here: the date without it
            end = max(m.end("mon"), m.end("day"), m.end("day2") if _g(m, "day2") else 0)
            hit = _undated((m.start(), end), text, ctx, mo, d, d2 if d2 and d2 > d else None)
            if hit.dstart or hit.unresolved:
                yield hit
            return
        hit = _dated(m, y, mo, d, d2 if d2 and d2 > d else None)
        if hit:
            yield replace(hit, assumptions=(f"year {m.group('be')} read in the Thai Buddhist Era: {y} CE",))
        return
    if d2 is not None and d2 < d:
        yield from _across_months(m, text, ctx, y, mo, d, d2)
        return
    if d2 is not None and _LIST_JOIN.fullmatch(text, m.end("day"), m.start("day2")) \
            and not _BETWEEN.search(text, max(0, m.start() - 10), m.start()):
        yield from _two_days(m, text, ctx, y, mo, d, d2)
        return
    hit = _dated(m, y, mo, d, d2) if y else _undated(m, text, ctx, mo, d, d2)
    if hit:
        yield _weekday_check(m, hit, None if y else ctx.published)


_WEEKDAY_YEAR_DAYS = 183  # how near publication a weekday may move a yearless date


def _weekday_check(m: re.Match[str], hit: _Hit, published: dt.date | None = None) -> _Hit:
    """A weekday written with a date that falls on another day stays as written, with the
    disagreement recorded ("Tuesday, 2 July 2018": 2 July 2018 is a Monday). Without a
    written year (``published`` given), the weekday picks the year when the date falls on
    it in the year before or after the one read and that one is nearer publication
    ("take effect Friday, Aug. 1" in late July: the coming 1 August)."""
    word = (_g(m, "wd") or "").lower().rstrip(".")
    v = vocabulary()
    wd = v.weekdays.get(word, v.weekday_abbreviations.get(word))
    if wd is None or hit.dstart is None or hit.dstart != hit.dend or hit.dstart.weekday() == wd:
        return hit
    if published is not None:
        for shift in (1, -1):
            other = _date_or_none(hit.dstart.year + shift, hit.dstart.month, hit.dstart.day)
            if other and other.weekday() == wd and abs((other - published).days) <= _WEEKDAY_YEAR_DAYS \
                    and abs((other - published).days) < abs((hit.dstart - published).days):
                return replace(hit, dstart=other, dend=other, assumptions=(
                    f"the weekday written ('{m.group('wd')}') picks the year: {other.year}",))
    actual = hit.dstart.strftime("%A")
    return replace(hit, assumptions=hit.assumptions + (
        f"the weekday written ('{m.group('wd')}') is not the date's ({actual}): the date is kept as written",))


@lru_cache(maxsize=1)
def _era_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(re.escape(w) for w in vocabulary().buddhist_era_cues)})(?![A-Za-z])")


def _buddhist_era(year: int, text: str, ctx: Context) -> int | None:
    """The CE year of a Buddhist Era year in a Thai text, if plausible."""
    ce = year - 543
    latest = ctx.published.year + 1 if ctx.published else 2100
    if 1900 <= ce <= latest and _era_cue().search(text):
        return ce
    return None


_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+", re.I)
_BETWEEN = re.compile(r"(?<![A-Za-z])between\s+(?:the\s+)?$", re.I)


def _two_days(m: re.Match[str], text: str, ctx: Context, y: int | None, mo: int,
              d: int, d2: int) -> Iterator[_Hit]:
    """'on 3 and 5 May', 'May 3 and 5': two dates sharing the month (and year), not a range."""
    month_first = m.start("mon") < m.start("day")
    spans = [(m.start(), m.end("day")), (m.start("day2"), m.end())]
    if not month_first:  # "3 and 5 May": the first day's span is its number
        spans[0] = (m.start("day"), m.end("day"))
    why = ("the month and year stated once for the list of days",)
    for (s, e), day in zip(spans, (d, d2)):
        if y:
            first = _date_or_none(y, mo, day)
            if first is not None:
                yield _Hit(s, e, first, first, G.day, month=mo, day=day)
        else:
            hit = _undated((m.start(), m.end()), text, ctx, mo, day, None)
            yield replace(hit, start=s, end=e, assumptions=hit.assumptions + why)


def _across_months(m: re.Match[str], text: str, ctx: Context, y: int | None, mo: int,
                   d: int, d2: int) -> Iterator[_Hit]:
    """'April 27 to the 3rd' ends in May; 'the 27th to the 3rd of April' starts in March."""
    month_first = m.start("mon") < m.start("day")
    day = d if month_first else d2
    hit = _dated(m, y, mo, day, None) if y else _undated(m, text, ctx, mo, day, None)
    if hit is None or hit.dstart is None:
        if hit is not None:
            yield hit
        return
    other = tr.offset(hit.dstart.replace(day=1), 1 if month_first else -1, "month")
    end = _date_or_none(other.year, other.month, d2 if month_first else d)
    if end is not None:
        yield replace(hit, dend=end) if month_first else replace(hit, dstart=end)


_day_month = _month_day


_MONTH_BEFORE = re.compile(r"(?<![A-Za-z])(?:jan|feb|march|mar|apr|april|may|june|jun|july|jul|aug|"
                           r"august|sept?|september|oct|october|nov|november|dec|december|"
                           r"january|february)\.?\s+$", re.I)


@lru_cache(maxsize=1)
def _month_pattern() -> re.Pattern[str]:
    """A dash and a month name right after a month: 'Jan-Feb 2017'."""
    return re.compile(rf"\s*[-–—]\s*(?:{_trie(vocabulary().months)})(?![A-Za-z])", re.I)


_MODS_FUTURE = {"next", "coming", "upcoming", "the next", "the coming", "the upcoming", "the following"}


# "the year to March", "the 12 months to May", "the three months to March": a period that
# ends with the month (scanner._ending_on) - there a capitalised "March"/"May" after "to" is
# the month, not the verb ("protesters march to").
_PERIOD_TO = re.compile(
    r"(?<![A-Za-z])the\s+(?:(?:first|second|third|fourth|final|last)[\s-]+)?(?:(?:fiscal|financial)\s+)?"
    r"(?:quarter|half|year|(?:three|six|nine|twelve|3|6|9|12)\s+months|(?:13|26|52)\s+weeks)\s+$", re.I)


def _month(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word, cue, mod, part = m.group("mon"), _g(m, "cue"), _g(m, "mod"), _part(m)
    mod = re.sub(r"\s+", " ", mod.lower()) if mod else None
    rel = (_g(m, "rel") or "").split()
    y = _year_of(_g(m, "year"), ctx.published)
    context = bool(cue or mod or part is not None or rel or y)
    if not (_capitalized(word) or mod or (context and not _ambiguous(word))):
        return
    paired = cue is not None and cue.lower() in ("to", "and") and _MONTH_BEFORE.search(
        text, max(0, m.start() - 16), m.start("cue")) is not None  # "from March to May"
    period_to = cue is not None and cue.lower() == "to" and _PERIOD_TO.search(
        text, max(0, m.start() - 40), m.start("cue")) is not None  # "the year to March"
    if _ambiguous(word) and not (_capitalized(word) and (
            y or mod or rel or part is not None or paired or period_to
            or (cue and cue.lower() not in ("to", "and")))):
        return  # "China may", "protesters march", "told May"
    if word.lower().rstrip(".") in ("sept", "sep", "oct", "nov", "dec", "jan", "feb", "aug", "apr",
                                   "jun", "jul") and not (y or mod or cue) and not word.endswith(".") \
            and not _month_pattern().match(text, m.end()):  # "Jan-Feb 2017"
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
    y = _year_of(ystr, ctx.published)
    if a > 12 and 1 <= b <= 12:
        mo, d, order = b, a, "dm"
    elif b > 12 and 1 <= a <= 12:
        mo, d, order = a, b, "md"
    elif 1 <= a <= 12 and a == b:
        mo, d, order = a, b, None
    elif 1 <= a <= 12 and 1 <= b <= 12:
        # the scanner settles the order when the document's other numeric dates agree on one
        yield _Hit(s, e, unresolved="ambiguous day/month order", order="?", pair=(a, b, y),
                   assumptions=(f"{a}/{b} could be month/day or day/month",))
        return
    else:
        return
    if d > 31:
        return
    hit = _dated(m, y, mo, d, None) if y else _undated(m, text, ctx, mo, d, None)
    if hit and (hit.dstart or hit.unresolved):
        yield replace(hit, start=s, order=order)


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
    elif len(second) == 2 and y % 100 < int(second) <= y % 100 + 10 and joiner in "-–—/":
        y2 = y - y % 100 + int(second)
        known = fiscal_calendar(text, ctx.home) if y2 == y + 1 and not _not_fiscal().match(text, m.end()) else None
        if known is not None:  # "2024-25" where the country keeps one fiscal year
            s = m.start() if cue in ("from", "between", "since") else m.start("y")
            lo, hi = tr.fiscal_year_ending(y2, known[0])
            yield _Hit(s, m.end(), lo, hi, G.year, assumptions=(f"'{y}-{second}' read as {known[2]}",))
            return
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


@lru_cache(maxsize=1)
def _not_fiscal() -> re.Pattern[str]:
    """Up to three words after "2024-25" that make it a season or a school year, no fiscal
    year ("the 2024-25 Premier League season"; data: year_span_not_fiscal)."""
    return re.compile(rf"(?:\s+[A-Za-z][\w'-]*){{0,2}}?\s+(?:{_trie(vocabulary().year_span_not_fiscal)})(?![A-Za-z])",
                      re.I)


def _fiscal_quarter(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'Q3 FY26', 'Q1 FY2025-26', 'Q3 2025-26', 'the third quarter of fiscal 2026': a quarter
    (or half) of a named fiscal year, by the calendar the text states or its country keeps."""
    kind = (_g(m, "qh") or {"Q": "quarter", "H": "half"}.get((_g(m, "qh2") or "").upper(), "")).lower()
    n = int(_g(m, "qnum") or 0) or _ORD.get((_g(m, "qn") or "").lower(), 0)
    if not n or kind == "half" and n > 2:
        return
    raw, raw2 = _g(m, "fy") or m.group("fyb"), _g(m, "fy2") or _g(m, "fyb2")
    y = int(raw) if len(raw) == 4 else _year_of(raw, ctx.published)
    if y is None:
        return
    known = fiscal_calendar(text, ctx.home)
    if raw2:
        y2 = y - y % 100 + int(raw2[-2:])
        if y2 != y + 1:
            return
        ending = y2
    elif known is not None and known[1] == "start":
        ending = y + 1
    else:
        ending = y
    if known is None:
        yield _Hit(m.start(), m.end(), gran=G.quarter if kind == "quarter" else G.half,
                   unresolved=f"{kind} of a fiscal year whose calendar is not stated")
        return
    lo, hi = tr.fiscal_part(ctx.published or dt.date(ending, 1, 1), kind, n, known[0], False,  # type: ignore[arg-type]
                            year=ending)
    yield _Hit(m.start(), m.end(), lo, hi, G.quarter if kind == "quarter" else G.half,
               assumptions=(f"a {kind} of {known[2]}",))


_WEAK_FOLLOWERS = re.compile(r"\s+[a-z]+", re.I)


@lru_cache(maxsize=1)
def _rise_to() -> re.Pattern[str]:
    """A verb that moves a level (sentence.yaml ``change_verbs`` but "by", "up", "down";
    ``level_movers``, ``level_verbs``) and "to", up to two words apart, ending the text:
    the figure after it is the new level ("the toll rose to 1343"), no year."""
    table = load_yaml("patterns/en/sentence.yaml")
    verbs = {*table["change_verbs"], *table["level_movers"], *table["level_verbs"]} - {"by", "up", "down"}
    return re.compile(rf"\b(?:{_trie(sorted(verbs))})\s+(?:\w+\s+){{0,2}}?to\s+$", re.I)


_EVENT_NAME = re.compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:[A-Z][a-z]+|[a-z]+)")  # "Cloquet Fire"
_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_LIST_YEAR = re.compile(r"\s*[:–—]\s")  # "1991: USA (beat Norway)"
# a name right before a year: "Euro 2022", "Paris 2024", "Los Angeles 2028", "Qatar 2022"
_NAME_BEFORE_YEAR = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+[ \t]+$")


@lru_cache(maxsize=1)
def _numbered_kinds() -> frozenset[str]:
    """Words before a number that make it an identifier (context.yaml identifier_prefixes)."""
    from factcheck.data import load_yaml

    return frozenset(str(w).lower() for w in load_yaml("patterns/en/context.yaml")["identifier_prefixes"])


def _named_for_year(text: str, m: re.Match[str]) -> bool:
    """Is a four-digit year from 1900 to 2099 written right after a capitalised word that
    does not open its sentence (an event named with its year: "the final of Euro 2022", "the
    Paris 2024 ceremonies")? Numbered things ("Boeing 747", "Resolution 2375") are outside
    that range or the identifiers' already."""
    y = m.group("y")
    if len(y) != 4 or not 1900 <= int(y) <= 2099:
        return False
    name = _NAME_BEFORE_YEAR.search(text, max(0, m.start("y") - 30), m.start("y"))
    if name is None or name.group().strip().lower() in _numbered_kinds():
        return False  # ("Resolution 2087", "Article 2001": a numbered thing)
    before = text[max(0, name.start() - 3):name.start()].rstrip(" \t")
    return bool(before) and not before.endswith((".", "!", "?", "\n", ":", '"', "“"))
_LINE_START = re.compile(r"(?:^|\n)[ \t*•·-]*$")


@lru_cache(maxsize=1)
def _noun_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_trie(vocabulary().year_nouns)})(?![A-Za-z])", re.I)


def things_after(text: str, end: int, start: int | None = None) -> bool:
    """Is a year-shaped number ending at ``end`` followed by what it counts: a lower-case
    word that is no year's follower, cue or noun, nor a past verb ("a total of 2000
    troops", "killed more than 2000 people"; not "in 2018 died", "the 2000 survey")? With
    the number's ``start``: nor a singular noun after a determiner ("the 2023 race": a
    count of more than one would name races)."""
    nxt = _WEAK_FOLLOWERS.match(text, end)
    if nxt is None:
        return False
    word = nxt.group().strip()
    return (word.islower() and word not in vocabulary().year_cues and word not in vocabulary().year_followers
            and not _noun_after().match(text, end)
            and not (start is not None and _singular_after_determiner(text, start, nxt))
            and next(_past_verbs(text, nxt.start(), nxt.end()), None) is None)


def _singular_after_determiner(text: str, start: int, nxt: re.Match[str]) -> bool:
    """"the 2023 race", "its 2024 budget": a determiner before the number and a singular
    noun after it (no -s, and no verb: "the 2000 seem", rare, is not told apart)."""
    word = nxt.group().strip()
    return _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None \
        and not word.endswith("s") and len(word) > 2 and not _BARE_CONNECTIVE.fullmatch(word)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that|last|next)\s+$", re.I)
# (conjunctions and prepositions only: context.yaml ``function_words`` also holds modals,
# and "his 1895 will" is a noun)
_BARE_CONNECTIVE = re.compile(r"and|but|or|nor|for|yet|so|to|of|in|on|at|by|with|from|than|when|while|after|before|until", re.I)


def _year(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    y, cue, part = int(m.group("y")), (_g(m, "cue") or "").lower(), _part(m)
    cue = re.sub(r"\s+", " ", cue)
    if cue and part is None and cue not in ("since", "until", "till", "during", "year", "fiscal",
                                            "circa", "c.", "fy", "calendar") and things_after(text, m.end(), m.start("y")):
        return  # "a total of 2000 troops", "in 2000 cases"; not "in 2018 died"
    if y % 100 < 60 and part is None and zone_after(text, m.end()):
        return  # "until 1130 GMT": a time of day
    if cue == "to" and _rise_to().search(text, max(0, m.start() - 30), m.start("y")) \
            and not _noun_after().match(text, m.end()):
        return  # "the toll rose to 1343": a level, not a year (but "fell to 2019 levels")
    if not cue and part is None and not _g(m, "part"):
        nxt = _WEAK_FOLLOWERS.match(text, m.end())
        if not (_noun_after().match(text, m.end()) or _EVENT_NAME.match(text, m.end())
                and _THE_BEFORE.search(text, max(0, m.start("y") - 5), m.start("y"))
                or nxt is not None and nxt.group().strip().islower()
                and _singular_after_determiner(text, m.start("y"), nxt)
                or _LIST_YEAR.match(text, m.end()) and _LINE_START.search(text, max(0, m.start() - 4), m.start())
                or _named_for_year(text, m)):
            return  # (but "the 1918 Cloquet Fire", a named event of its year; "1991: USA", a
            # list of years; "Euro 2022", "Paris 2024": an event named with its year)
    s = m.start() if cue == "since" else m.start("part") if part is not None else m.start("y")
    period, gran = tr.year_period(y), G.year
    edge = _year_edge(m, y) if part is not None else None
    if edge is not None:
        period, gran = edge, G.month  # "the end of 2023": December 2023
    elif part is not None:
        period = tr.part_of(period, part, "year")
    yield _Hit(s, m.end(), period[0], period[1], gran)


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
    kind = (_g(m, "qh") or {"Q": "quarter", "H": "half"}.get((_g(m, "qh2") or "").upper(), "")).lower()
    which = (_g(m, "qn") or "").lower()
    n = int(_g(m, "qnum") or 0) or _ORD.get(which) or (4 if kind == "quarter" else 2)
    if kind == "half" and n > 2:
        return
    y = year_number(_g(m, "y") or "") if _g(m, "y") else 2000 + int(_g(m, "y2") or 0) if _g(m, "y2") \
        else _relative_year(m, ctx)
    s, e = m.start(), m.end()
    if y is None:
        of_the_year = _g(m, "the") is not None
        context = _calendar_context(text, s, e)
        if which == "last" or not ((_g(m, "qnum") and kind == "quarter") or of_the_year or context):
            return  # "the third quarter" of a match, "H2" alone: too ambiguous
        gran = G.quarter if kind == "quarter" else G.half
        if ctx.published is None:
            yield _Hit(s, e, gran=G.quarter, unresolved="no year")
            return
        fut = _future(text, s)
        known = fiscal_calendar(text, ctx.home) if context == "fiscal" else None
        end = known[0] if known is not None else None
        period = tr.resolve_part_of_year(ctx.published, kind, n, fut) if end is None else \
            tr.fiscal_part(ctx.published, kind, n, end, fut)  # type: ignore[arg-type]
        anaphor = _Anaphor(partial(_part_in_year, kind, n)) if of_the_year else None
        why = (f"{kind} without a year read as the " + ("first one ending on or after publication"
                                                        if fut else "latest one begun by publication"),)
        if known is not None:  # a company's "fourth quarter" where its year end is known
            why += (f"a {kind} of {known[2]}",)
        elif context == "fiscal":  # a company's "third quarter": most keep the calendar's
            why += (FISCAL_QUARTER.replace("quarter", kind) + "; read as the calendar's",)
        yield _Hit(s, e, *period, gran, anaphor=anaphor, assumptions=why)
        return
    period = tr.quarter_period(y, n) if kind == "quarter" else tr.half_period(y, n)
    yield _Hit(s, e, *period, G.quarter if kind == "quarter" else G.half)


def _part_in_year(kind: str, n: int, anchor: tr.Period, gran: Granularity) -> tr.Period:
    year = anchor[0].year
    return tr.quarter_period(year, n) if kind == "quarter" else tr.half_period(year, n)


FISCAL_QUARTER = "fiscal quarter: a company's fiscal year need not follow the calendar"
# "last quarter", "the previous quarter" of a company: the latest quarter whichever calendar
# it keeps, so at most two months off the calendar quarter (a numbered one can be six).
CALENDAR_QUARTERS = ("read as calendar quarters; a company's fiscal quarters may be offset "
                     "from them by up to two months")


@lru_cache(maxsize=2)
def _cue(name: str) -> re.Pattern[str]:
    words = getattr(vocabulary(), name)
    return re.compile(rf"(?<![A-Za-z])(?:{_trie(words)})(?![A-Za-z])", re.I)


def _calendar_context(text: str, start: int, end: int) -> str | None:
    """'fiscal' when the sentence around [start, end) speaks of a company's results,
    'calendar' when it speaks of the economy, else 'fiscal' when the text speaks of results
    twice or more, None otherwise (data: *_period_cues)."""
    window = _sentence_window(text, start, end)
    if _cue("fiscal_period_cues").search(window):
        return "fiscal"
    if _cue("calendar_period_cues").search(window):
        return "calendar"
    # a results story names its quarters bare ("the fourth quarter, which includes
    # Christmas, was the strongest"): its words of results elsewhere say so
    fiscal = _cue("fiscal_period_cues").finditer(text)
    return "fiscal" if next(fiscal, None) is not None and next(fiscal, None) is not None else None


def _fiscal(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'fiscal 2017', 'FY17', 'FY2016-17', 'the 2016-17 fiscal year'."""
    raw, raw2, word = m.group("y"), _g(m, "y2"), m.group("fy").lower()
    if len(raw) == 2 and not word.startswith("fy"):
        return  # "fiscal 17" is not a year
    y = int(raw) if len(raw) == 4 else _year_of(raw, ctx.published)
    if y is None:
        return
    s, e = m.start(), m.end()
    if raw2:
        y2 = int(raw2) if len(raw2) == 4 else y - y % 100 + int(raw2)
        if not y < y2 <= y + 10:
            return
        if y2 == y + 1:
            known = fiscal_calendar(text, ctx.home)
            if known is not None:
                lo, hi = tr.fiscal_year_ending(y2, known[0])
                yield _Hit(s, e, lo, hi, G.year, assumptions=(f"fiscal year {y}-{y2} read as {known[2]}",))
                return
            yield _Hit(s, e, dt.date(y, 1, 1), dt.date(y2, 12, 31), G.year, assumptions=(
                f"fiscal year {y}-{y2} read as {y}-01-01..{y2}-12-31 (its start month is not stated)",))
            return
        lo, hi = _fiscal_year(y)[0], _fiscal_year(y2)[1]
    else:
        known = fiscal_calendar(text, ctx.home)
        if known is not None:  # the company's year end the text states, or its country's
            end, named_by, why = known
            lo, hi = tr.fiscal_year_ending(y + (named_by == "start"), end)
            yield _Hit(s, e, lo, hi, G.year, assumptions=(f"fiscal year {y} read as {why}",))
            return
        lo, hi = _fiscal_year(y)
    yield _Hit(s, e, lo, hi, G.year, assumptions=(
        f"fiscal year read as any 12 months ending in or beginning in the year named: {lo} to {hi}",))


def _fiscal_relative(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'this fiscal year', 'last financial year': which months depends on the unstated
    fiscal convention, so it stays unresolved with that reason."""
    yield _Hit(m.start(), m.end(), gran=G.year,
               unresolved="fiscal year relative to publication: its convention (start month) is not stated")


@lru_cache(maxsize=16)
def fiscal_calendar(text: str, home: str | None = None) -> tuple[int, str, str] | None:
    """(the month a fiscal year ends in, whether "FY N" names the year it ends or begins
    in, how it is known): the year end the text states, else that of the country the
    article is about or its outlet is from (dates.yaml ``fiscal_years``), else None."""
    end = _year_end(text)
    if end is not None:
        return end, "end", f"the 12 months ending in month {end}, the year end the text states"
    country = _fiscal_country(text, home)  # (at least half of the article's place names)
    if country is None:
        return None
    month, named_by = int(country["last_month"]), str(country.get("named_by", "end"))
    return month, named_by, (f"the fiscal year of {country['country']}, which the article is from or about: "
                             f"12 months ending in month {month}")


def _fiscal_country(text: str, home: str | None) -> Mapping[str, Any] | None:
    from factcheck.extract.dates.clock import country_of

    return country_of(text, vocabulary().fiscal_years, share=0.5, home=home)


@lru_cache(maxsize=16)
def _year_end(text: str) -> int | None:
    """The month a company's fiscal year ends in, when the text states it ("the 52 weeks to
    28 February", "the year to 31 March", "the fiscal year ended June 30", "its financial
    year ends in March"), and states no other; else None."""
    found = {_month_no(m.group("m1") or m.group("m2")) for m in _year_end_pattern().finditer(text)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _year_end_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(vocabulary().months, key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?<![A-Za-z])(?:5[23][\s-]+weeks|(?:fiscal|financial)\s+year|the\s+year)\s+"
        rf"(?:(?:that|which)\s+)?(?:to|ended|ending|ends)\s+(?:on\s+|in\s+)?"
        rf"(?:{day}\s+(?P<m1>{months})|(?P<m2>{months})(?:\s+{day})?)\b", re.I)


def _fiscal_year(y: int) -> tr.Period:
    fy = vocabulary().fiscal_year
    return tr.fiscal_year(y, fy["first_month"], fy["last_month"])


def _season(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    word = m.group("season")
    first, last = vocabulary().seasons[word.lower()]
    mod = re.sub(r"\s+", " ", (_g(m, "mod") or "").lower())
    s, e = m.start(), m.end()
    if _g(m, "y"):
        period = tr.season_period(year_number(m.group("y")), first, last)
    elif mod in ("this", "last", "next", "the past", "the coming", "the next", "past", "coming",
                 "previous", "the previous", "current", "upcoming", "the upcoming", "later this",
                 "earlier this"):
        if ctx.published is None:
            yield _Hit(s, e, gran=G.season, unresolved=_NO_PUB)
            return
        pub = ctx.published
        this = tr.season_period(pub.year - (1 if first > last and pub.month <= last else 0), first, last)
        if mod in ("this", "current"):
            period = this
        elif mod in ("later this", "earlier this"):
            # "later this summer": from publication (or the season's start) to its end;
            # "earlier this summer": from its start to publication (within the season)
            lo, hi = (max(this[0], pub), this[1]) if mod == "later this" else (this[0], min(this[1], pub))
            if lo > hi:
                return  # ("earlier this summer" written in spring): no part of it
            period = (lo, hi)
        elif mod in ("next", "coming", "the coming", "the next", "upcoming", "the upcoming"):
            period = this if this[0] > pub else tr.season_period(this[0].year + 1, first, last)
        else:
            period = this if this[1] < pub else tr.season_period(this[0].year - 1, first, last)
    else:
        return  # "summer" alone has no year; "fall", "spring" are common words
    part = _part(m)
    if part is not None:
        period = tr.part_of(period, part, "season")
    yield _Hit(s, e, *period, G.season)



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
    rel = (_g(m, "rel") or "").lower()
    if rel and ctx.published is not None:
        day = _holiday_date(name, ctx.published.year + {"next": 1, "last": -1, "this": 0}[rel])
        if day:
            yield _Hit(s, e, day, day, G.day)
        return
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
