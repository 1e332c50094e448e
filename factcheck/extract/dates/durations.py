"""Durations in days with an interval from their stated precision and qualifier."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator


from factcheck.extract.base import Context
from factcheck.extract.text import age_level_before
from factcheck.models import Granularity, Interval, Qualifier
from factcheck.normalize import timeref as tr

G = Granularity
from factcheck.extract.dates.hits import _Hit, _g
from factcheck.extract.dates.vocabulary import SUB_DAY, _alt, _trie, _num, vocabulary


def _unit(word: str) -> tuple[str, float]:
    w = word.lower()
    days = vocabulary().units[w]
    name = {"nights": "night", "night": "day", "yr": "year", "yrs": "year", "centuries": "century",
            "fortnights": "fortnight", "mins": "minute", "secs": "second", "hr": "hour",
            "hrs": "hour"}.get(w, w.rstrip("s") if w.endswith("s") else w)
    return name, days



# One "<number> <unit>" piece of a compound duration: "1 month", "twenty-one days".
_PIECE = re.compile(r"(\d+(?:\.\d+)?|[A-Za-z]+(?:[-\s][A-Za-z]+)?)[\s-]*(?<![A-Za-z])([A-Za-z]+)")
_JOINER = re.compile(r"(?:\s*,\s*|\s+and\s+|\s+)")


def _amounts(m: re.Match[str]) -> list[tuple[float, str]] | None:
    """[(n, unit name)] of '2 years 1 month 21 days', 'one week three days'; None if any
    part is unreadable."""
    n = _num(m.group("n"))
    if n is None:
        return None
    out = [(n, _unit(m.group("unit"))[0])]
    more, pos = _g(m, "more") or "", 0
    while pos < len(more):
        sep = _JOINER.match(more, pos)
        if sep:
            pos = sep.end()
        piece = _PIECE.match(more, pos)
        if not piece:
            return None if more[pos:].strip(" ,") else out
        number, unit = piece.group(1), piece.group(2).lower()
        if unit not in vocabulary().units:
            # "twenty one days": the greedy number took a word of the unit's phrase
            return None
        k = _num(number)
        if k is None:
            return None
        name = _unit(unit)[0]
        if any(u == name for _, u in out):
            return None  # "nine hours, two hours faster": two figures, no compound
        out.append((k, name))
        pos = piece.end()
    return out


def unit_precision(amounts: list[tuple[float, str]]) -> tuple[float, float]:
    """(total days, half the finest unit in days) of an amount list."""
    units = vocabulary().units
    days = sum(k * units[u] for k, u in amounts)
    return days, min(units[u] for _, u in amounts) / 2


def offset_bounds(m: re.Match[str], amounts: list[tuple[float, str]],
                  precise: bool = False) -> tuple[Qualifier, float, float | None]:
    """(qualifier, shorter, longer): how many days the elapsed time of 'N units ago/later'
    may fall short of, or exceed, the calendar offset, from its precision and qualifier
    (None: no limit). Days and weeks are counted on a calendar and name a day ("two weeks
    ago" is that weekday two weeks back); months and longer are rounded, so they keep half
    their finest unit either way ("two years ago" is 1.5-2.5 years back, "a month ago"
    15-46 days). ``precise``: no rounding, the qualifier only."""
    days, half = unit_precision(amounts)
    if precise or half < vocabulary().units["month"] / 2:
        half = 0.0
    qword = re.sub(r"\s+", " ", (_g(m, "q") or "").lower())
    q = vocabulary().qualifiers.get(qword, Qualifier.exact)
    iv = _duration_interval(days, half, q, qword)
    return q, days - float(iv.low or 0.0), None if iv.high is None else iv.high - days



# After a duration: an age ("two years old"), a relative date ("ago"), or a rate ("seven
# days a week", "24 hours a day", "three days per month"): not a duration claim.
_NOT_DURATION = re.compile(r"(?:-|\s)?olds?\b|\s+(?:ago|from\s+now|hence)\b"
                           r"|\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year)\b", re.I)


# after a span: it is a gap between two moments ("a minute later", "an hour earlier")
_LATER = re.compile(r"\s+(?:later|earlier|afterwards?)\b", re.I)


# after "a second": a noun it ranks ("a second season") or another adjective ("a second,
# longer pause"); not a word that makes it a span ("a second later", "a second of silence")
_SECOND_RANKS = re.compile(r",\s+[a-z]+er\b|\s+(?!(?:later|earlier|ago|before|after|of|or|and|to|in|for|per|"
                           r"on|at|the|a|an|faster|slower|quicker|longer|shorter|behind|ahead|clear|off|"
                           r"back|apart|each|every|too|more|less|left)\b)[a-z][a-z-]*\b(?!['’])")


# The next two words after "N-year": an instrument noun names the instrument's term.
_NEXT_WORDS = re.compile(r"[\s-]+([A-Za-z.]+)(?:\s+([A-Za-z]+))?")


@lru_cache(maxsize=1)
def _instrument_nouns() -> frozenset[str]:
    return frozenset(vocabulary().instrument_nouns)


def instrument_term(m: re.Match[str], text: str, end: int) -> bool:
    """Is "N-year" / "N-month" (one unit, singular) the term of an instrument named right after
    it ("the 10-year Treasury note", "a 30-year mortgage rate", "two-year notes")? Data:
    instrument_nouns."""
    unit = m.group("unit").lower()
    if unit not in ("year", "month", "week", "yr") or _g(m, "more"):
        return False
    nxt = _NEXT_WORDS.match(text, end)
    if nxt is None:
        return False
    nouns = _instrument_nouns()
    first, second = nxt.group(1).lower().strip("."), (nxt.group(2) or "").lower()
    return first in nouns or (second in nouns and first not in _NOT_MODIFIER)


# Words after "N-year" that start another phrase: "a 10-year plan to sell bonds" is a plan.
_NOT_MODIFIER = frozenset({"plan", "plans", "to", "of", "in", "for", "and", "or", "with", "on", "at",
                           "old", "ago", "later", "after", "before", "sentence", "term", "deal",
                           "contract", "programme", "program", "strategy", "high", "low"})


_RANGE_LEAD = re.compile(r"(?:(?<![A-Za-z])between\s+)?(?<![\w.,])(?P<n>\d[\d,.]*|[A-Za-z]+(?:-[A-Za-z]+)?)"
                         r"\s*(?:to|-|–|or)\s*$|(?<![A-Za-z])between\s+(?P<b>\d[\d,.]*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+and\s+$",
                         re.I)
_RANGE_JOINS = ("to", "-", "–", "or", "and")  # the words that end a _RANGE_LEAD match


def _range_end(text: str, start: int) -> bool:
    """Is the number at ``start`` the second end of a range ("two to three weeks", "2-3
    days", "between 15 and 25 years")?"""
    from factcheck.extract.numbers import parse_number

    before = text[max(0, start - 24):start].rstrip().lower()
    if not before.endswith(_RANGE_JOINS):
        return False  # the lead ends in one of them: a test on the tail spares the search
    lead = _RANGE_LEAD.search(text, max(0, start - 24), start)
    if lead is None:
        return False
    word = lead.group("n") or lead.group("b")
    return word[0].isdigit() or parse_number(word) is not None


def _duration(m: re.Match[str], text: str, ctx: Context, end: int | None = None) -> Iterator[_Hit]:
    """A duration; ``end`` where it ends when the match runs on (default: the match end)."""
    end = m.end() if end is None else end
    if _NOT_DURATION.match(text, end):
        return
    if _range_end(text, m.start()):
        return  # "two to three weeks", "between 15 and 25 years": a range, read as a quantity
    if instrument_term(m, text, end):
        return  # "the 10-year Treasury note": the instrument's name, not a duration claim
    if age_level_before(text, m.start(), end):
        return  # "the median age rose to 46.2 years": an age, the numeric reader's
    raw = _g(m, "n")
    if raw and raw.lower() in ("a", "an") and not (_g(m, "q") or _g(m, "q2")) \
            and not _span_lead().search(text, max(0, m.start() - 12), m.start()) \
            and not _LATER.match(text, end):
        return  # "$5 a year", "once a week": rates, not durations ("in a decade" is one,
        # and so is "a minute later")
    if (_g(m, "q") or "").lower() == "over" and over_means_during(text, m.start()):
        return  # "fell 5% over 18 months": _over_during
    hit = _measured(m, text, end)
    if hit is not None:
        yield hit


def _measured(m: re.Match[str], text: str, end: int) -> _Hit | None:
    """The duration a match states up to ``end``, whatever follows it: "two weeks" alone, or
    counted from an anchor in "two weeks ago" (``_Hit.counted``). None for no amount."""
    raw = _g(m, "n")
    amounts = [(1.0, _unit(m.group("unit"))[0])] if raw is None else _amounts(m)
    if not amounts or amounts[0][0] <= 0:
        return None
    halved = bool(_g(m, "andhalf"))  # "a year and a half"
    if halved:
        amounts = [(amounts[0][0] + 0.5, amounts[0][1]), *amounts[1:]]
    n, name = amounts[0]
    _, per = _unit(m.group("unit"))
    if name == "second" and (raw or "").lower() in ("a", "an") and len(amounts) == 1 \
            and _SECOND_RANKS.match(text, end):
        return None  # "a second season", "a second, longer pause": an ordinal, not one second
    if len(amounts) == 1 and (raw or "").lower() not in ("a", "an") and (
            name == "hour" and n < 24 or name in ("minute", "second")):
        return None  # the numeric reader's ("a 40-minute flight"); a compound is one span here,
        # and so is "an hour", which the numeric reader does not read
    days = sum(k * vocabulary().units[u] for k, u in amounts)
    per = min(vocabulary().units[u] for _, u in amounts) / (2 if halved else 1)
    qword = re.sub(r"\s+", " ", (_g(m, "q") or _g(m, "q2") or "").lower())
    q = vocabulary().qualifiers.get(qword, Qualifier.exact)
    s = m.start("q") if _g(m, "q") else m.start("n") if raw is not None else m.start()
    if raw is not None and raw.lower().startswith(("a ", "an ")) is False and _g(m, "q2"):
        s = m.start("n")
    # half the finest unit stated, and at most a quarter of the whole: "a year" is 9 to 15
    # months, not 6 to 18 ("yearlong" and "a year and a half" do not meet)
    half = min(per / 2, days / 4)
    interval = _duration_interval(days, half, q, qword)
    if q is Qualifier.exact and all(u in tr.BUSINESS_DAYS for _, u in amounts):
        lo, hi = tr.business_day_span(sum(k for k, _ in amounts))
        interval = Interval(low=lo, high=hi, unit="day")
    return _Hit(s, end, days=round(days, 9), qualifier=q, interval=interval)


def _duration_interval(v: float, half: float, q: Qualifier, word: str = "") -> Interval:
    if q is Qualifier.approx:
        return Interval(low=min(v - half, 0.9 * v), high=max(v + half, 1.1 * v), unit="day")
    if q is Qualifier.at_most:
        return Interval(low=0.9 * v if word in vocabulary().just_below else 0.0, high=v, unit="day")
    if q is Qualifier.more_than:
        return Interval(low=v, high=None, low_closed=False, unit="day")
    if q is Qualifier.less_than:
        return Interval(low=0.0, high=v, high_closed=False, unit="day")
    if q is Qualifier.at_least:
        return Interval(low=v, high=None, unit="day")
    # a rounded figure covers [v - half, v + half): "nine days" and "10 days" do not meet
    return Interval(low=max(v - half, 0.0), high=v + half, high_closed=not half, unit="day")


@lru_cache(maxsize=1)
def _span_lead() -> re.Pattern[str]:
    """A word right before "a"/"an" that makes it a span ("in a decade"; data: span_leads)."""
    return re.compile(rf"(?<![A-Za-z])(?:{_trie(vocabulary().span_leads)})\s+$", re.I)


@lru_cache(maxsize=1)
def _during_before() -> re.Pattern[str]:
    """A verb of change right before "over" (data: over_as_during)."""
    return re.compile(rf"(?<![A-Za-z])(?:{_trie(vocabulary().over_as_during)})\s+$", re.I)


@lru_cache(maxsize=1)
def _more_than_before() -> re.Pattern[str]:
    """A preposition or duration verb right before "over" (data: over_as_more_than)."""
    return re.compile(rf"(?<![A-Za-z])(?:{_trie(vocabulary().over_as_more_than)})\s+$", re.I)


_AMOUNT_IN_CLAUSE = re.compile(r"\d[^,;:.!?]*$")


def over_means_during(text: str, start: int) -> bool:
    """Does "over" at ``start`` mean "during" ("fell 5% over 18 months", "$2bn over five
    years", "cut 2,000 jobs over three years") rather than "more than"?"""
    before = text[max(0, start - 60):start]
    if _during_before().search(before):
        return True
    return not _more_than_before().search(before) and _AMOUNT_IN_CLAUSE.search(before) is not None


def _over_during(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'fell 5% over 18 months', '$2bn over five years': 'over' as 'during', an exact span
    of time; elsewhere 'over' is 'more than' (the plain duration rule)."""
    if not over_means_during(text, m.start()):
        return
    if _NOT_DURATION.match(text, m.end()):
        return
    amounts = _amounts(m)
    if not amounts or amounts[0][0] <= 0 or any(u in SUB_DAY for _, u in amounts):
        return
    if _g(m, "andhalf"):  # "over a year and a half"
        amounts = [(amounts[0][0] + 0.5, amounts[0][1]), *amounts[1:]]
    days, half = unit_precision(amounts)
    yield _Hit(m.start(), m.end(), days=round(days, 6), qualifier=Qualifier.exact,
               interval=_duration_interval(days, half, Qualifier.exact),
               assumptions=("'over' read as 'during' after an amount or a change",))


@lru_cache(maxsize=1)
def _count_before() -> re.Pattern[str]:
    """A number right before a "-long" unit ("five year-long"): a digit or a cardinal word."""
    words = sorted((w for w in vocabulary().cardinals if w not in ("a", "an")),  # "a yearlong"
                   key=len, reverse=True)
    return re.compile(rf"(?:\d|\b(?:{'|'.join(map(re.escape, words))}|several|few|many))[\s-]+$", re.I)


def _unit_long(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    """'a year-long inquiry', 'the month-long strike', 'his yearlong illness': one unit."""
    group = "unit" if m.group("unit") else "unit2"
    if _count_before().search(text, max(0, m.start() - 12), m.start()):
        return  # "a five year-long contract": the number's own duration rule reads it
    days = vocabulary().units[m.group(group).lower()]
    yield _Hit(m.start(group), m.end(), days=days, qualifier=Qualifier.exact,
               interval=_duration_interval(days, days / 4, Qualifier.exact))


# a time on a stopwatch: "won in 2:03:41" (hours, minutes and seconds with an optional
# fraction), "a lap of 1:23.456" (minutes and seconds with a fraction, which no clock shows);
# "1:23" alone is a time of day as often, so it is read only after a word of a gap between
# rivals in its clause (dates.yaml gap_words: "cut the lead from 2:31 to 1:48")
_STOPWATCH = re.compile(r"(?<![\w:.,$£€/])(?:(?P<h>\d{1,2}):)?(?P<mi>[0-5]?\d):(?P<s>[0-5]\d)"
                        r"(?(h)(?:\.(?P<f>\d{1,3}))?|\.(?P<f2>\d{1,3}))(?![\d:]|[.,]\d)")
_ANY_STOPWATCH = re.compile(r"\d:[0-5]\d[:.]\d")
_CLOCK_CUE = re.compile(r"(?<![A-Za-z])(?:at|from|until|till|by|since)\s+$", re.I)
# (a zone's letters are capitals: "that", "set" after a time are no zone)
_CLOCK_TAIL = re.compile(r"\s*\(?(?:[ap]\.?\s?m\b|GMT|UTC|local\b|hrs\b|(?-i:[A-Z]{2,4}T)\b)", re.I)


_BARE_STOPWATCH = re.compile(r"(?<![\w:.,$£€/])(?P<mi>[0-5]?\d):(?P<s>[0-5]\d)(?![\d:]|[.,]\d)")
_AT_CUE = re.compile(r"(?<![A-Za-z])at\s+$", re.I)
_COLON_SECONDS = re.compile(r":[0-5]\d")  # (a literal first: the engine skips ahead to it)


def _bare_stopwatches(text: str) -> list[re.Match[str]]:
    """Minutes and seconds alone ("1:48") after a word of a gap in their clause, or after a
    distance and "in" ("reached 5km in 14:26")."""
    out = []
    for c in _COLON_SECONDS.finditer(text):
        at = c.start() - (2 if c.start() >= 2 and text[c.start() - 2].isdigit() else 1)
        m = _BARE_STOPWATCH.match(text, at) if at >= 0 and text[at].isdigit() else None
        if m is not None and (_gap_before().search(text, max(0, m.start() - 60), m.start())
                              or _split_before().search(text, max(0, m.start() - 24), m.start())
                              or _gap_after().match(text, m.end())):
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _split_before() -> re.Pattern[str]:
    """A distance, then "in" (dates.yaml split_units): "reached 5km in 14:26"."""
    return re.compile(rf"(?<![\w.,])\d[\d,.]*[ \t]?(?:{_alt(vocabulary().split_units)})[ \t]+in[ \t]+$", re.I)


@lru_cache(maxsize=1)
def _gap_before() -> re.Pattern[str]:
    """A word of a gap (dates.yaml gap_words) earlier in the clause, within 40 characters."""
    return re.compile(rf"(?<![A-Za-z])(?:{_alt(vocabulary().gap_words)})(?![A-Za-z])[^.;!?\n]{{0,40}}$", re.I)


@lru_cache(maxsize=1)
def _gap_after() -> re.Pattern[str]:
    """A unit of time or a word of a gap right after minutes and seconds (dates.yaml
    stopwatch_units_after, gap_words_after: "3:21 minutes behind", "1:03 quicker"); the
    unit is group ``unit``."""
    v = vocabulary()
    return re.compile(rf"[ \t]+(?:(?P<unit>{_alt(v.stopwatch_units_after)})|{_alt(v.gap_words_after)})\b", re.I)


# minutes and seconds in primes, with hours before an "h" ("1’08”", "5h13’55”", "+2'51\""):
# a race time or gap as results tables and cycling reports write it
_PRIMED = re.compile(r"(?<![\w.:’'′])(?:(?P<h>\d{1,2})h\s?)?(?P<mi>[0-5]?\d)[’'′](?P<s>[0-5]\d)(?:[”″\"]|[’'′]{2})")


def stopwatch_times(text: str, reserved: list[tuple[int, int]]) -> list[_Hit]:
    """Spans of time written on a stopwatch ("won the marathon in 2:03:41"), not times of
    day: never after "at" (or "from", "until", "by", "since") nor before a zone or a.m./p.m.
    ("at 03:47:12 local time" is a moment). Minutes and seconds alone ("1:48") are read
    after a word of a gap in their clause ("cut the lead from 2:31 to 1:48") or before a unit
    of time or a word of a gap ("3:21 minutes down", "9:18 back"), not after "at"; in primes
    ("1’08”", "5h13’55”") wherever they stand, but for a height's feet and inches ("5’11”")."""
    out = []
    if "”" in text or "″" in text or '"' in text:
        for m in _PRIMED.finditer(text):
            if not m.group("h") and 4 <= int(m.group("mi")) <= 7 and int(m.group("s")) <= 11:
                continue  # "5’11”" is more often a height in feet and inches
            if not any(s < m.end() and m.start() < e for s, e in reserved):
                days = (int(m.group("h") or 0) * 3600 + int(m.group("mi")) * 60 + int(m.group("s"))) / 86400
                out.append(_Hit(m.start(), m.end(), days=days, interval=Interval(low=days, high=days, unit="day")))
    bare = _bare_stopwatches(text)
    if not bare and _ANY_STOPWATCH.search(text) is None:  # rare: one scan that the engine skips ahead in
        return out
    found = [(m, False) for m in _STOPWATCH.finditer(text)]
    taken = [(m.start(), m.end()) for m, _ in found]
    found += [(m, True) for m in bare if not any(s < m.end() and m.start() < e for s, e in taken)]
    for m, alone in sorted(found, key=lambda x: x[0].start()):
        if (_AT_CUE if alone else _CLOCK_CUE).search(text, max(0, m.start() - 8), m.start()) \
                or _CLOCK_TAIL.match(text, m.end()):
            continue
        if any(s < m.end() and m.start() < e for s, e in reserved):
            continue
        fraction = None if alone else m.group("f") or m.group("f2")
        seconds = int(0 if alone else m.group("h") or 0) * 3600 + int(m.group("mi")) * 60 + int(m.group("s")) + (
            float("0." + fraction) if fraction else 0.0)
        days = seconds / 86400
        unit = _gap_after().match(text, m.end()) if alone else None
        end = unit.end("unit") if unit is not None and unit.group("unit") else m.end()  # ("3:21 minutes")
        out.append(_Hit(m.start(), end, days=days,
                        interval=Interval(low=days, high=days, unit="day")))
    return out
