"""Spelled-out years and decades: "nineteen seventy eight", "twenty twelve", "two thousand
and eighteen", "one thousand seven hundred and eighty nine", "the twenty-tens".

A spelled year is read only where a date is certain to be meant:

- as the year of a month or day ("September 10, nineteen zero one", "June of nineteen
  ninety nine", "the spring of nineteen seventy eight", "the third quarter of two thousand
  and twenty"), through the ``year`` groups of the other rules (``SPELLED_YEAR``);
- alone only after a strong cue (in, since, until, till, during, throughout, from, the year):
  "in nineteen twenty eight", "from two thousand until two thousand and fourteen".

Forms: a century word (thirteen..twenty) followed by "hundred", "oh/zero/nought <digit>" or a
two-digit word number (10..99); or "one/two thousand" with an optional hundreds and
two-digit tail. "twenty eight" (a single digit after "twenty") is a number, not a year.
A spelled year followed by a lower-case word that is not a function word ("two thousand
protesters", "nineteen ninety nine people") is a count and is not read: the guard runs
after an atomic group, so "two thousand and eighteen people" cannot fall back to "two
thousand". Spelled decades: "the nineteen eighties", "the twenty-tens", "the two thousands",
"the two thousand and tens".
"""
from __future__ import annotations

import re
from typing import Iterator

from factcheck.extract.base import Context
from factcheck.extract.dates.hits import _Hit, _g, _part
from factcheck.extract.dates.vocabulary import vocabulary
from factcheck.models import Granularity
from factcheck.normalize import timeref as tr

G = Granularity

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGIT = rf"(?:(?:{_TENS})(?:[-\s]+(?:{_UNITS}))?|{_TEENS})"
_CENTURY = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
_TAIL = rf"(?:{_TWO_DIGIT}|{_UNITS})"
# function words that may follow a year ("in nineteen ninety nine and ...", "... when")
_FOLLOW = ("and|or|to|when|as|the|a|an|but|that|which|while|was|were|is|are|had|has|have|with|"
           "at|on|for|by|in|of|he|she|it|they|we|i|his|her|its|their|there|this|these|those|"
           "until|till|through|from|after|before|during|saw|amid|onward|onwards|alone")

# A spelled year as one atomic group: the longest reading is kept (no backtracking to a
# shorter one), then the guard refuses a following content word. Case-insensitive use.
SPELLED_YEAR = (
    rf"(?>(?:{_CENTURY})[-\s]+(?:hundred(?:\s+(?:and\s+)?{_TAIL})?|(?:oh|o|zero|nought)[-\s]+(?:{_UNITS})"
    rf"|{_TWO_DIGIT})"
    rf"|(?:one|two)\s+thousand(?:\s+(?:and\s+)?(?:(?:{_UNITS})\s+hundred(?:\s+(?:and\s+)?{_TAIL})?|{_TAIL}))?)"
    rf"(?![A-Za-z-])(?!\s+(?!(?:{_FOLLOW})(?![A-Za-z]))(?-i:[a-z]))"
)

_DECADE_TENS = {"tens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
                "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
SPELLED_DECADE = (
    rf"the\s+(?:(?P<dc>eighteen|nineteen|twenty|two\s+thousand\s+(?:and\s+)?)[-\s]*"
    rf"(?P<dt>{'|'.join(_DECADE_TENS)})|(?P<dk>two[-\s]+thousands))(?![A-Za-z])(?!\s+of\s)"
)
# the words that open a window for the spelled rules
ANCHORS = frozenset(_CENTURY.split("|")) | {"thousand", "thousands"}


def _two_digit(words: list[str]) -> int | None:
    c = vocabulary().cardinals
    total = 0
    for w in words:
        if w not in c or c[w] >= 100 or c[w] != int(c[w]):
            return None
        total += int(c[w])
    return total


def spelled_year(text: str) -> int | None:
    """'nineteen seventy eight' -> 1978, 'two thousand and one' -> 2001, else None."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w != "and"]
    c = vocabulary().cardinals
    if not words:
        return None
    if "thousand" in words:
        i = words.index("thousand")
        rest = words[i + 1:]
        base = _two_digit(words[:i])
        if base is None:
            return None
        year = base * 1000
        if "hundred" in rest:
            j = rest.index("hundred")
            h = _two_digit(rest[:j])
            if h is None:
                return None
            year += h * 100
            rest = rest[j + 1:]
        tail = _two_digit(rest)
        return None if tail is None else year + tail
    head = c.get(words[0])
    if head is None:
        return None
    rest = words[1:]
    if rest and rest[0] == "hundred":
        rest = rest[1:]
    elif rest and rest[0] in ("oh", "o", "zero", "nought"):
        rest = rest[1:]
    tail = _two_digit(rest)
    return None if tail is None else int(head) * 100 + tail


def year_number(raw: str) -> int:
    """A year group's text: digits or a spelled year."""
    return int(raw) if raw[:1].isdigit() else (spelled_year(raw) or 0)


def _spelled_year(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    y = spelled_year(m.group("sy"))
    if not y:
        return
    part = _part(m)
    period = tr.year_period(y)
    if part is not None:
        period = tr.part_of(period, part, "year")
    cue = (_g(m, "cue") or "").lower()
    s = m.start() if cue == "since" else m.start("part") if part is not None else m.start("sy")
    yield _Hit(s, m.end(), period[0], period[1], G.year)


def _spelled_decade(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    if _g(m, "dk"):
        first = 2000
    else:
        century = m.group("dc").lower()
        first = (1800 if century.startswith("eighteen") else 1900 if century.startswith("nineteen")
                 else 2000) + _DECADE_TENS[m.group("dt").lower()]
    yield _Hit(m.start(), m.end(), *tr.decade_period(first), G.decade)
