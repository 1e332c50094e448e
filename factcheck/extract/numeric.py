"""Numeric claims: quantities, money, percentages, counts, ordinals, ratios.

``find_numeric(text, ctx)`` reads the numbers of ``numbers.find_numbers`` in context:

- left: currency symbols and codes ("US$", "€", "USD"), qualifiers ("more than",
  "about", "up to"; data/patterns/en/qualifiers.yaml), "between"/"from" of ranges;
- right: percent words, currency names ("yuan", "13,000 won"), units (units.yaml,
  pint names), per-period words ("annually" -> per year), "times" (ratios), age cues
  ("years old"), the counted noun ("six sets of sanctions" -> count 6).

A per-period word is no rate where it begins a time phrase: "compared with $6.2bn a year
earlier", "$117.2bn a year ago" are amounts (``_TIME_BACK``), and so is any period phrase
an earlier extractor took as a date. A margin of error ("plus or minus 2%", "±2%", "+/-
3 points") is its size: the claim spans the sign, its value is positive, and its
``assumptions`` say it is a margin (``_margin_start``).

``about``: a count's is its counted noun (``_noun_after``, ending at its plural: "45,000
people spent the night" counts people); every other claim's is read after all numbers
are, by ``extract/about.py`` (chains of numbers, subjects, "X of N", "N of X").

Ranges ("between 100 and 160", "4-5 million", "from 20 to 30 percent") give one
candidate with qualifier ``range``; its value is the LOW end, its interval [a, b].
Fiscal years ("2012-13") are not ranges and give nothing. Vote tallies and results
("voted 15-0", "a 5-4 ruling", "by 52 votes to 48") are one count valued at the first
side, never ranges (``try_tally``).

Count or quantity (one rule, ``_whole``): a number followed by a unit (units.yaml: "300
metres", "25 basis points") is a quantity in that unit; a whole, non-negative number
followed by a counted noun is a count of it ("300 people", "1,300 troops", "1.5 million
people", "between 2 and 3 million refugees"; ``about`` is the noun). A number with
neither ("300 were arrested", "his height is under 170", "the index fell to 3,000") is a
quantity in "dimensionless": what it measures is unstated — people, centimetres or index
points — so it is neither called a count nor given a floor of 0 (DESIGN §2), and a
decimal or fraction is never a count.

Not claims: numbers glued to names (G20, Hwasong-14, F-35, COVID-19, 9/11, Boeing 747,
"No. 1"), phone numbers, clock times, IP-like dotted numbers, 4-digit years
1900-2100 standing alone, "one" as a pronoun, "a" alone, ordinals of relative position
("second to last"), anything in ``ctx.reserved``.

One number, one kind (the README's contract): a span of time is a duration in days
(``_Reader._duration``: "29 minutes", "a 40-minute flight"), a spelled fraction a ratio
("about half"), an age a quantity in years ("a 25-year-old", "aged 11 to 16", a bare age
set off after a name: ``_apposed_age``); ranges of a quantity carry both ends (min/max).
Vague amounts are at_least lower bounds (``vague_amounts``: "hundreds" >= 200, "tens of
thousands" >= 20,000); numbers on named scales ("magnitude-7.1", "Category 4") are
dimensionless quantities whose ``about`` names the scale; a bare "tons" covers the short,
metric and long readings unless its paragraph is metric (``_tons``). A unit, counted noun
or period stated once is shared by a coordinated list and by a figure contrasted with a
rate in its clause (``share_periods``). Outline markers opening a line ("1.", "(3)") are no
claims. A figure beyond any float is an unresolved claim with no value (``_too_large``).

Interval units: money in its ISO currency, quantities in pint base units (see
normalize/units.py; percentage and basis points in "percentage_point"), percentages
"percent", counts "count", ordinals "ordinal", ratios and bare decimals "dimensionless".
A currency name several countries share ("pesos", "dinars", "Rs") takes the code of the
country the text names nearest to it (currencies.yaml ``shared``), else its default (an
assumption) or, with none, "XXX" and an ``unresolved`` reason.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache
import math
import re
from typing import Any

from factcheck.data import load_yaml
from factcheck.extract.about import about_tables, is_plural
from factcheck.extract.about import assign as assign_about
from factcheck.extract.base import Candidate, Context, SpanIndex
from factcheck.extract.dates.absolute import things_after
from factcheck.extract.needles import folded, needles
from factcheck.extract.number_forms import times
from factcheck.extract.numbers import Num, find_numbers, parse_number
from factcheck.extract.text import sentence_spans
from factcheck.extract.numeric_tables import Tables as _Tables
from factcheck.extract.numeric_tables import (
    _hyphen_noun,
    _noun_after,
    _partitive_noun,
)
from factcheck.extract.numeric_tables import _WORD_AFTER, country_mentions, resolve_shared
from factcheck.extract.numeric_tables import norm as _norm
from factcheck.extract.numeric_tables import tables as _tables
from factcheck.models import (
    LEVELS,
    CountValue,
    DurationValue,
    Interval,
    MoneyValue,
    OrdinalValue,
    PercentValue,
    Qualifier,
    QuantityValue,
    RatioValue,
)
from factcheck.normalize import intervals
from factcheck.extract.text import age_level_before
from factcheck.normalize.units import canonical_unit, is_time_unit, surfaces

__all__ = ["find_numeric"]

_I = re.IGNORECASE
_COUNTED_UNITS = 100  # below this many days, weeks, months or years a duration is counted


# --------------------------------------------------------------------------- filters

_TIME_OF_DAY = re.compile(r"\s*(?::\d\d|(?:a\.?m\.?|p\.?m\.?)(?![A-Za-z])|\s?o'clock)", _I)
_CLOCK_BEFORE = re.compile(r"\d:$")
_PHONE = re.compile(r"(?<![\d])\+?\(?\d{1,4}\)?(?:[-. /]\(?\d{2,5}\)?){2,}(?![\d])")
_URL = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"]+")
_DOTTED = re.compile(r"(?<![\d.])\d{1,5}(?:\.\d{1,5}){2,}(?![\d])")
# (on the same line: a headline's last word is no name for the number opening the next line)
_WORD_BEFORE = re.compile(r"(?<![\w.'’&-])([A-Za-z][\w.'’&-]*)[ \t\u00a0]+$")
_OF_A = re.compile(r"\s+(?:of\s+(?:an?|one)|an?)\s", _I)  # between a fraction and its unit: "half a",
# "a third of an", "a quarter of one percentage point"
# a fraction of a point, as a rate's move is told: "a quarter point", "a half-point cut"
_FRACTION_POINT = re.compile(r"[\s-]points?\b(?![\s-]*(?:lead|margin|gap|deficit|win))", _I)
_YEAR = re.compile(r"(?:19|20)\d\d|2100")
# Three or more digit groups joined by separators: where phone numbers, dotted codes
# (IP addresses, version numbers) can be. Starts with a digit class, so ``re`` skips to
# digits quickly; _PHONE and _DOTTED are then tried only inside these regions.
_DIGIT_CLUSTER = re.compile(r"\d(?<!\d\d)\d*+\)?(?:[-. /]\(?\d++\)?){2,}+")
# "2 percentage points", "2% points" are differences of percentages: a quantity in
# percentage_point (units.yaml), never a percent
_PERCENT_AFTER = re.compile(
    r"\s?(?:%|per\s?cents?\b|percent(?:age)?s?\b|pct\b)(?![ \t]*-?[ \t]*points?\b)", _I)
_PERCENT_NEAR = re.compile(r"\s?(?:%|per\s?cent)", _I)
# an age cue before a bare number or range: "aged 11 to 16", "ages 9-12", "whose ages range
# between 11 and 15", "between the ages of 18 and 25" (the range's "between"/"from" is in it)
_AGE_CUE = re.compile(r"\b(?:aged|ages(?:[ \t]+(?:range[sd]?|ranging|of))?)[ \t]+$", _I)
# a bare age set off after a name: "Jane Doe, 39, a teacher", "Ali Khan (52)"
_NAME_COMMA = re.compile(r"(?<![\w.'’-])([A-Z][a-z][\w'’-]*)(?:,[ \t]|[ \t]\()$")
_OUTLINE = re.compile(r"(?m)^[ \t]*[(\[]?(\d{1,3})[.)\]](?=[ \t]+\S)")
_VAGUE_HINT = re.compile(r"ozens|cores|tens\b|undred|ousand|illion|rillion", _I)
_VAGUE_NEEDLES = needles(_VAGUE_HINT)  # substrings first: the regex runs only where one occurs
# the same in lower-cased text: without IGNORECASE the engine skips between first letters in C
_VAGUE_HINT_LOW = re.compile(_VAGUE_HINT.pattern)
_JOINED_AFTER = re.compile(r"[-–/'’\w]")  # "the 30-something voter", "the 90s"
_AGE_CLOSE = re.compile(r"\)|,(?![ \t]*\d)|;|\.(?!\d)")  # (";", ".": a list of names and ages)
_TIMES_AFTER = re.compile(r"\s*(?:-\s*fold\b|times\b)", _I)
_GLUED_X = re.compile(r"x(?![\w×-])")  # "4.1x", not "4x4" nor "2x-3x"
# around a temperature that is a difference: a comparative after it, "by" before it
_DELTA_AFTER = re.compile(r"\s+(?:hotter|warmer|cooler|colder|higher|lower|above|below|more|less|"
                          r"over\s+pre-?industrial)\b", _I)
_DELTA_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", _I)
_AGE_BEFORE = re.compile(r"\bage\s+$", _I)
_OR_OLDER = re.compile(r"[ \t]+(?:or|and)[ \t]+(?:older|over)\b", _I)  # "65 or older": an age and up
# the value of an age right after it is named: "the average age of participants, 67",
# "a median age of 34", "the average age was 41"
_AGE_OF = re.compile(r"\b(?:average|median|mean)\s+age(?:\s+(?:of|among)\s+[a-z]+(?:\s+[a-z]+){0,3}?)?"
                     r"(?:\s*,\s*|\s+(?:was|is|of|stood\s+at|at)\s+)$", _I)
_RANGE_LEAD = re.compile(r"(?<![\w-])(between|from)\s+$", _I)
_BY_BEFORE = re.compile(r"(?<![\w-])by\s+$", _I)


def _by_before(text: str, start: int) -> bool:
    """Does "by" stand right before ``start`` ("rose by 3.50")?"""
    return _BY_BEFORE.search(text, max(0, start - 4), start) is not None
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6,
           "bn": 1e9, "tn": 1e12}
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion|mn|bn|tn)\b", _I)
_MCODE_AFTER = re.compile(r"\s?M([A-Z]{3})(?![A-Za-z0-9])")
_MCODE_BEFORE = re.compile(r"(?<![A-Za-z0-9])M([A-Z]{3})\s?$")
_PERCENT_OF_BEFORE = re.compile(r"(?<![\w%])(?:per\s?cents?|percents?)\s+of\s+$", _I)
_END_AFTER = re.compile(r"\s*(?:$|[.,;:!?)\]\"”])")
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                            r"|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|million|billion|half"
                            r"|quarter|zero))[\s-]*$", _I)
_OF_AFTER = re.compile(r"\s+of\b", _I)
_NUMBER_NEXT = re.compile(r"\s*(?:[-−$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
                          r"|eleven|twelve|[a-z]+teen|[a-z]+ty|a\s+(?:hundred|thousand|million))\b)", _I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:over|under|above|below)\s+$", _I)
_LETTER = re.compile(r"[^\W\d_]")
_SCALE_PLURAL_AFTER = re.compile(r"[ \t]+(?:hundred|thousand|million|billion)s\b", _I)


def _glued_head(text: str, start: int) -> str:
    """Letters glued before a number ("G" of G20, "Hwasong-" of Hwasong-14)."""
    j = start
    hyphen = j > 1 and text[j - 1] in "-–" and text[j - 2].isalpha()
    if hyphen:
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "."):
        k -= 1
    if hyphen and k > 0 and text[k - 1].isdigit():
        return ""  # the letters end another number ("5k-20k", "5m-10m"), not a name
    return text[k:start] if k < start and text[k].isalpha() else ""


def _identifier(text: str, n: Num, t: _Tables) -> bool:
    """Is this number part of a name, code, date, time or phone number?"""
    s, e = n.start, n.end
    if not n.words:
        head = _glued_head(text, s)
        if head and head.rstrip(".") not in t.symbols and not head.endswith("$") \
                and head.rstrip("-–").lower() not in t.scale_words:  # "magnitude-7.1"
            return True
        if e < len(text) and text[e] in "/" and e + 1 < len(text) and text[e + 1].isdigit():
            return True  # 9/11, 5/17/2018
        if s > 0 and text[s - 1] == "/" and s > 1 and text[s - 2].isdigit():
            return True
        if _TIME_OF_DAY.match(text, e) or _CLOCK_BEFORE.search(text, max(0, s - 2), s):
            return True
        m = _PHONE.match(text, s - 1 if s and text[s - 1] == "+" else s)
        if m and m.end() - m.start() >= 10 and sum(c.isdigit() for c in m.group()) >= 9:
            return True
        if _DOTTED.match(text, s) or (s > 1 and text[s - 1] == "." and text[s - 2].isdigit()):
            return True
    if _may_end_phrase(text, s) and t.id_prefix.search(text, max(0, s - 12), s) and not (
            0 <= n.value <= 12 and t.scale_before.search(text, max(0, s - 20), s)) \
            and not t.number_verb.search(text, max(0, s - 30), s):
        return True  # "Room 4", "level 30" (but "a level 3 alert": a named scale)
    w = _WORD_BEFORE.search(text, max(0, s - 40), s) if s and text[s - 1].isspace() else None
    if w and not n.words:
        word = w.group(1)
        low = word.lower()
        if low in t.months:
            # "September 2017", "May 4th": the date extractor's (but "in March 5,000 people
            # marched": a number in groups of three is no day and no year, nor a name's)
            return not _GROUPED.fullmatch(text, s, e)
        if word[0].isupper() and low not in t.function_words and low not in t.q_before \
                and not word.isupper() and n.kind != "ordinal" and low not in t.scale_words \
                and word not in t.symbols and f"{word}." not in t.symbols \
                and not low.endswith(("'s", "’s", "s'", "s’")):
            # "Boeing 747", "Article 5", "Flight 370" (but "About 20", "In 2006", a possessive:
            # "Albion's 44 goals", "the Liberals' 15 seats", and a gapped count: "won 412
            # seats and the Conservatives 121")
            if not _unit_follows(text, n, t) and not _gapped(text, n, t) and not _result_item(text, n):
                return True
    if n.kind == "ordinal" and w and w.group(1).lower() in t.months:
        return True
    return False


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Adjectives of nationality (frames.yaml ``demonyms``: "syrian", "american")."""
    return frozenset(str(k).lower() for k in load_yaml("patterns/en/frames.yaml")["demonyms"])


def _demonym_plural(word: str) -> bool:
    """Is ``word`` a people named by nationality ("Syrians", "Americans", "Afghans")?"""
    low = word.lower()
    return low.endswith("s") and low[:-1] in _demonyms()


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # "5,000", "22,000.5"
# "… and the Conservatives " before a gapped figure: a joint, then a name of up to three words
_GAP_NAME = re.compile(r"(?:,|\b(?:and|while|whereas|but))\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,3}$")
_GAP_END = re.compile(r"[ \t]*(?:[,.;:)!?]|$|[ \t]+(?:in|on|at|and|while|whereas|but|respectively|each|apiece)\b)")
_COUNTED_BEFORE = re.compile(r"\d[\d,.]*(?:[ \t]+(?:million|billion|thousand|m|bn))?[ \t]+([a-z][a-z'’-]{2,})")


def _gapped(text: str, n: Num, t: _Tables) -> bool:
    """Is ``n`` a figure whose noun the sentence has already given, after a name in a list
    of who got how many ("Labour won 412 seats and the Conservatives 121", "Boeing
    delivered 40 jets, Airbus 55")? The name follows a comma or "and", the figure ends
    its clause, and an earlier figure of the sentence is followed by its noun."""
    s = n.start
    lead = _GAP_NAME.search(text, max(0, s - 60), s)
    if lead is None or not _GAP_END.match(text, n.end):
        return False
    lo = max(0, lead.start() - 300)
    spans = sentence_spans(text[lo:lead.start()])  # the sentence of the name, within 300 characters
    begin = lo + spans[-1][0] if spans else lo
    return any(m.group(1).lower() not in t.not_nouns
               for m in _COUNTED_BEFORE.finditer(text, begin, lead.start()))


# a change in brackets after a figure ("Labour 412 (+210)", "Greens 4 (down 2)")
_CHANGE_AFTER = re.compile(r"[ \t]*\((?:[+−–-][ \t]?\d|(?:up|down)[ \t]+\d)", re.I)
# a list of three or more results after a colon: "Seats: Labour 412 (+210), Conservatives
# 121, Liberal Democrats 72, SNP 9 and other parties 31"
_RESULT_ITEM = r"(?:(?:[A-Z][\w'’&.-]*[ \t]+){1,3}|(?:all[ \t]+)?other[ \t]+[a-z]+[ \t]+)\d[\d,]*(?:[ \t]*\([^()\n]{1,12}\))?"
_NAMED_BEFORE = re.compile(r"[A-Za-z][ \t]+$")  # an item's figure follows its name
_RESULT_RUN = re.compile(rf":[ \t]*{_RESULT_ITEM}(?:[ \t]*(?:[,;]|,?[ \t]+and)[ \t]+{_RESULT_ITEM}){{2,}}")


def results_list(text: str, start: int, end: int) -> int | None:
    """Where the colon stands that opens the list of three or more results a figure at
    [start, end) is an item of ("Seats declared: Labour 412 (+210), Conservatives 121,
    Liberal Democrats 72"), or None. The figures of such a list count the noun before
    the colon (``frames``); names before them are no model names ("Boeing 747")."""
    if not _NAMED_BEFORE.search(text, max(0, start - 4), start):
        return None  # (the change in brackets after an item, "(+3)", is none)
    colon = text.rfind(":", max(0, start - 240), start)
    if colon < 0 or "\n" in text[colon:start]:
        return None
    m = _RESULT_RUN.match(text, colon)
    return colon if m is not None and m.end() >= end else None


def _result_item(text: str, n: Num) -> bool:
    """Is ``n`` a figure of a list of results, written after a name ("Labour 412 (+210),
    Conservatives 121 (-244), Liberal Democrats 72"): followed by its change in brackets,
    or an item of a list of three or more after a colon?"""
    return _CHANGE_AFTER.match(text, n.end) is not None or results_list(text, n.start, n.end) is not None


def _after_name(text: str, n: Num) -> bool:
    """Does a spaced capitalised word end right before ``n`` ("the Senate 68", "Arsenal
    3")? Such a number reads as part of a name ("Boeing 747") unless a tally follows."""
    s = n.start
    if n.words or not s or not text[s - 1].isspace():
        return False
    w = _WORD_BEFORE.search(text, max(0, s - 40), s)
    return w is not None and w.group(1)[0].isupper()


def _may_end_phrase(text: str, start: int) -> bool:
    """Can a word or symbol phrase (qualifier, "No.") end right before ``start``? A cheap
    test that spares the backward regex searches between digits and punctuation."""
    j = start - 1
    while j >= 0 and j > start - 4 and text[j].isspace():
        j -= 1
    return j >= 0 and (text[j].isalpha() or text[j] in "~<>=≥≤.#")


def _table_runs(text: str, nums: list[Num], longest: int = 50) -> set[int]:
    """Indices of numbers in runs of more than ``longest`` numbers with no letter between
    them ("1, 1, 1, ...", "3 4 5 6 ..."): a data dump, not prose claims. Linear."""
    out: set[int] = set()
    run_start = 0
    for i in range(1, len(nums) + 1):
        if i < len(nums) and not _LETTER.search(text, nums[i - 1].end, nums[i].start):
            continue
        if i - run_start > longest:
            out.update(range(run_start, i))
        run_start = i
    return out


def _unit_follows(text: str, n: Num, t: _Tables) -> bool:
    return bool(t.unit_re.match(text, n.end) or t.cur_after.match(text, n.end)
                or _PERCENT_NEAR.match(text, n.end))


def _is_year(text: str, n: Num, t: _Tables) -> bool:
    """Is a number a year (the date reader's), not an amount? Four digits from 1900 to
    2100 without a unit or currency, unless a plain noun follows them that they count
    ("killed more than 2000 people": the date reader leaves those too)."""
    return (not n.words and n.kind == "cardinal" and n.integer and not n.scaled
            and _YEAR.fullmatch(n.plain) is not None and not _unit_follows(text, n, t)
            and not t.cur_before.search(text, max(0, n.start - 6), n.start)
            and not things_after(text, n.end, n.start))


# --------------------------------------------------------------------------- reading


class _Reader:
    def __init__(self, text: str, ctx: Context) -> None:
        self.text = text
        self.t = _tables()
        self.res = sorted(ctx.reserved)  # as given (about.py reads them)
        self.index = SpanIndex(self.res)
        self.out: list[Candidate] = []
        self._countries: list[tuple[int, str]] | None = None
        self.margins: set[int] = set()  # starts of margins of error ("plus or minus 2%")
        self._hot: bool | None = None
        self._home: tuple[str, str | None] | None = None
        self._at_home: dict[str, bool] = {}  # letter_symbols: is the text about its country?
        self.home = ctx.home  # the outlet's country, when its web address says

    def hot(self) -> bool:
        """Does the text name temperatures anywhere (units.yaml ``temperature_text``)? Read
        once, when a glued "C"/"F" first has no cue beside it."""
        if self._hot is None:
            self._hot = self.t.temperature_text.search(self.text) is not None
        return self._hot

    def add_reserved(self, start: int, end: int) -> None:
        bisect.insort(self.res, (start, end))
        self.index.add(start, end)

    def reserved(self, start: int, end: int) -> bool:
        return self.index.overlaps(start, end)

    def run(self) -> list[Candidate]:
        text, t = self.text, self.t
        for cl in _DIGIT_CLUSTER.finditer(text):  # phone numbers, dotted codes: no claims
            lo, hi = max(0, cl.start() - 2), cl.end()
            for m in _PHONE.finditer(text, lo, hi):
                if sum(c.isdigit() for c in m.group()) >= 9 and re.search(r"[-./()]", m.group()):
                    self.add_reserved(m.start(), m.end())
            for m in _DOTTED.finditer(text, lo, hi):
                self.add_reserved(m.start(), m.end())
        if "ttp" in text or "ww" in text or "TTP" in text or "WW" in text:
            for m in _URL.finditer(text):
                if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                    self.add_reserved(m.start(), m.end())
        for m in _OUTLINE.finditer(text):  # "1.", "2)", "(3)" opening a line: list markers
            self.add_reserved(m.start(1), m.end(1))
        nums = [n for n in find_numbers(text) if not self.reserved(n.start, n.end)
                and not self._hyphened_to_reserved(n.start)]
        table = _table_runs(text, nums)
        if table:
            nums = [n for k, n in enumerate(nums) if k not in table]
        i = 0
        while i < len(nums):
            n = nums[i]
            nxt = nums[i + 1] if i + 1 < len(nums) else None
            rank = t.rank_no.search(text, max(0, n.start - 20), n.start) \
                if "No" in text[max(0, n.start - 4):n.start] and n.integer and not n.words else None
            if rank is not None:  # "world No. 1", "seeded No. 3": a rank
                self.out.append(_ordinal(rank.start(1), n.end, n.value, None))
                i += 1
                continue
            if _identifier(text, n, t) and not self._letter_currency(n, n.start):
                if nxt is not None and n.kind == nxt.kind == "cardinal" \
                        and _after_name(text, n) and self.try_tally(n, nxt):
                    i += 2  # "passed the Senate 68-32", "beat Arsenal 3-1": a tally
                    continue
                i += 1
                continue
            if nxt is not None and n.kind == nxt.kind == "cardinal":
                spaced = _spaced_dash_end(text, n, nxt)
                used = self.try_ratio(n, nxt) or self.try_tally(n, nxt) or self.try_range(n, spaced or nxt)
                if used:
                    i += 2
                    continue
            if _is_year(text, n, t):
                i += 1
                continue
            self.single(n)
            i += 1
        low = folded(text)
        if (_VAGUE_NEEDLES is None or _VAGUE_NEEDLES.in_text(text, low)) and (
                _VAGUE_HINT_LOW.search(low) if low is not None else _VAGUE_HINT.search(text)):
            self.vague_amounts()
        if "igit" in text:
            self.digit_bounded()
        if len(self.out) > 1:
            self.share_currency()
            if "$" in text:
                self.restated_dollars()
        if len(self.out) > 0:
            self.share_periods()
        if len(self.out) > 1 and "oint" in text:
            self.percentage_points()
        if len(self.out) > 1 and any(w in text for w in self.t.subunit_hints):
            self.merge_subunits()
        if len(self.out) > 1:
            self.merge_bounds()
        if len(self.out) > 1:
            self.merge_durations()
        if self.out:  # what each number measures (extract/about.py)
            margins = frozenset(i for i, c in enumerate(self.out) if c.start in self.margins)
            self.out = assign_about(text, self.out, self.res, margins)
            self.out = [_counted(c, text) for c in self.out]
        return self.out

    # between two amounts of a list: "$40m and $15m", "3m tonnes of wheat and 1.2m tonnes"
    _COORD_GAP = re.compile(r"(?:[ \t]+of[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){0,3}?[A-Za-z][\w'’-]*)?"
                            r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)", _I)
    # a figure contrasted with a rate: "to 2,000 tonnes a year from about 5,000 tonnes"
    _CONTRAST = re.compile(r"\b(?:from|to|than|versus|vs\.?|against|compared[ \t]+(?:with|to)"
                           r"|instead[ \t]+of)[ \t]+$", _I)
    _CLAUSE_END = re.compile(r"[.;:!?]|\b(?:but|while|whereas)\b")

    _POINTS = re.compile(r"(?:[ \t]+|-)points?\b", _I)
    _SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")

    def percentage_points(self) -> None:
        """"Points" in a sentence of two or more percentages are percentage points: "38.4
        percent to 27.9 percent, a lead of more than 13 points", "a 10-point lead"
        (elsewhere they may be a match's, an index's or a test's points: "the index fell
        40 points, or 1.2%")."""
        text, out = self.text, self.out
        shares = [c.start for c in out if isinstance(c.value, PercentValue)]
        if not shares:
            return
        for i, c in enumerate(out):
            m = self._POINTS.match(text, c.end)
            if m is None or not isinstance(c.value, (CountValue, QuantityValue)) or \
                    isinstance(c.value, QuantityValue) and c.value.unit != "dimensionless":
                continue
            if sum(not self._SENTENCE_STOP.search(text, min(p, c.start), max(p, c.start))
                   for p in shares) < 2:
                continue  # two shares of one sentence, and points between them
            value = float(c.value.value if isinstance(c.value, CountValue) else c.value.magnitude)  # type: ignore[union-attr, arg-type]
            out[i] = replace(c, end=m.end(), value=QuantityValue(magnitude=value, unit="percentage_point"),
                             interval=c.interval and c.interval.model_copy(update={"unit": "percentage_point"}),
                             about=None)

    _SCALED = re.compile(r"[\d.]\s*-?\s*(?:million|billion|trillion|mn|bn|tn|m|b)\b", _I)
    _NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
    _NO_CURRENCY_GAP = re.compile(r"[;:!?]|[.](?:\s|$)|\n")

    def share_currency(self) -> None:
        """A currency written once holds for the scaled bare figures after it in the sentence
        that count no thing of their own: "$40 million in 2024 and 55 million in 2025",
        "3.2 billion euros, against 2.9 billion a year earlier", "roads got €12.5bn and
        schools 8bn" (not "$4bn for 1.2 billion doses", nor "1.2 billion of them")."""
        text, out, t = self.text, self.out, self.t
        last: Candidate | None = None
        for i, c in enumerate(out):
            v = c.value
            if isinstance(v, MoneyValue):
                last = c if v.amount is not None and self._SCALED.search(text, c.start, c.end) else None
                continue
            if last is None or not (isinstance(v, QuantityValue) and v.unit == "dimensionless"
                                    and v.max is None and v.magnitude is not None
                                    or isinstance(v, CountValue)) \
                    or c.interval is None or c.start < last.end \
                    or c.start - last.end > 160 or self._NO_CURRENCY_GAP.search(text, last.end, c.start) \
                    or not self._SCALED.search(text, c.start, c.end):
                continue
            if self._counts_things(c.end):
                continue  # "1.2 billion doses", "1.2 billion new users", "1.2 billion of them"
            currency = last.value.currency  # type: ignore[union-attr]
            amount = float(v.value if isinstance(v, CountValue) else v.magnitude)  # type: ignore[arg-type]
            out[i] = replace(c, value=MoneyValue(amount=amount, currency=currency),
                             interval=c.interval.model_copy(update={"unit": currency}))

    _BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$")

    def restated_dollars(self) -> None:
        """A bare "$" amount whose figure the text also writes with a country's dollar takes
        that dollar: a New Zealand outlet's headline "UN appeals for $1.6 billion" over a
        body's "US$1 billion (NZ$1.6 billion)". Only when one such dollar writes that figure."""
        text, out = self.text, self.out
        written: dict[float, set[str]] = {}
        for c in out:
            v = c.value
            if isinstance(v, MoneyValue) and v.amount is not None and v.currency != "USD" \
                    and "$" in text[c.start:c.end] and not self._BARE_DOLLAR.search(text, c.start, c.end):
                written.setdefault(v.amount, set()).add(v.currency)
        if not written:
            return
        for i, c in enumerate(out):
            v = c.value
            if isinstance(v, MoneyValue) and v.currency == "USD" and v.amount in written \
                    and len(written[v.amount]) == 1 and self._BARE_DOLLAR.search(text, c.start, c.end):
                currency = next(iter(written[v.amount]))
                out[i] = replace(c, value=v.model_copy(update={"currency": currency}),
                                 interval=c.interval.model_copy(update={"unit": currency})
                                 if c.interval is not None else None,
                                 assumptions=c.assumptions + (
                                     f"a bare '$' read as {currency}: the text writes the same figure in {currency}",))

    def _counts_things(self, end: int) -> bool:
        """Does a plural noun follow a figure within two words, before a word that ends
        its phrase, or "of" ("1.2 billion of them")?"""
        t, ab = self.t, about_tables()
        for _ in range(2):
            nxt = self._NEXT_WORD.match(self.text, end)
            if nxt is None:
                return False
            word = nxt.group(1)
            if word.lower() == "of":
                return True
            if word.lower() in t.not_nouns:
                return False
            if is_plural(word, ab) or word[0].isupper() and _demonym_plural(word):
                return True  # ("5 million Syrians")
            end = nxt.end()
        return False

    def share_periods(self) -> None:
        """A unit or period stated once applies where the text gives it to several amounts:
        to the bare numbers of a list ending in a unit ("200, 350 and 500 barrels a day"),
        after the noun of a list's last amount ("… and 1.2m tonnes of maize a year"; one
        amount alone, "2.4bn gallons of jet fuel a year", keeps the unit it states), to every
        amount of a coordinated list ("3m tonnes of wheat and 1.2m tonnes of maize a year", "$40m and
        $15m annually, respectively"), and to a figure contrasted with a rate in the same
        clause ("cut to 2,000 tonnes a year from about 5,000 tonnes now")."""
        text, out = self.text, self.out
        top: list[int] = []  # candidates not inside another ("a second" is no ordinal here)
        for i, c in enumerate(out):
            if top and c.start < out[top[-1]].end:
                continue
            top.append(i)
        for k in range(len(top) - 2, -1, -1):  # "200, 350 and 500 barrels a day"
            a, b = out[top[k]], out[top[k + 1]]
            if isinstance(b.value, PercentValue) and self._OR_SHARE.fullmatch(text, a.end, b.start):
                continue  # "488, or 66%": a count restated as its share, no list of shares
            if isinstance(a.value, QuantityValue) and a.value.unit == "dimensionless" \
                    and a.qualifier == Qualifier.exact and self._LIST_GAP.fullmatch(
                        text, a.end, b.start) and (isinstance(b.value, (CountValue, PercentValue))
                                               or isinstance(b.value, QuantityValue)
                                               and b.value.unit != "dimensionless"
                                               and b.value.magnitude is not None):
                adopted = _adopt(a, b)  # "won 3, 4 and 5 seats", "rose 2, 3 and 4%"
                if adopted is not None:
                    out[top[k]] = replace(adopted, about=adopted.about or b.about)
        for k in range(1, len(top)):  # the last of a list: "… and 1.2m tonnes of maize a year"
            a, c = out[top[k - 1]], out[top[k]]
            if _period(c) is None and isinstance(c.value, (MoneyValue, QuantityValue)) \
                    and self._COORD_GAP.fullmatch(text, a.end, c.start) \
                    and _same_measure(a, _with_period(c, "year")):
                period = self._period_after_of(c.end)
                if period is not None:
                    out[top[k]] = _with_period(c, period)
        for k in range(len(top) - 2, -1, -1):
            a, b = out[top[k]], out[top[k + 1]]
            period = _period(b)
            if period and _period(a) is None and _same_measure(a, b) \
                    and self._COORD_GAP.fullmatch(text, a.end, b.start):
                out[top[k]] = _with_period(a, period)
        for k, i in enumerate(top):
            c = out[i]
            if _period(c) is not None or not self._CONTRAST.search(text, max(0, c.start - 24),
                                                                   c.start):
                continue
            for j in (k - 1, k + 1):
                other = out[top[j]] if 0 <= j < len(top) else None
                period = _period(other) if other is not None else None
                if other is None or period is None or not _same_measure(c, other):
                    continue
                lo, hi = min(c.end, other.end), max(c.start, other.start)
                if hi - lo <= 80 and not self._CLAUSE_END.search(text, lo, hi):
                    out[i] = _with_period(c, period)
                    break
        for i in top:  # "200 million euros in lost output per day", "$3m in revenue a week"
            c = out[i]
            if isinstance(c.value, MoneyValue) and c.value.per is None and c.value.amount is not None:
                period = self._period_after_of(c.end, self._IN_START)
                if period is not None:
                    out[i] = _with_period(c, period)

    def _period_after_of(self, end: int, start: re.Pattern[str] | None = None) -> str | None:
        """The period phrase after "of" (or ``start``) and up to four words ("of iron ore a
        year", "in lost output per day")."""
        m = (start or self._OF_START).match(self.text, end)
        if m is None:
            return None
        pos = m.end()
        for _ in range(4):
            w = self._WORD.match(self.text, pos)
            if w is None:
                return None
            pos = w.end()
            pr = self.t.period_re.match(self.text, pos)
            if pr and not self._time_back(pr) and not self.reserved(pos, pr.end()):
                return self.t.periods[_norm(pr.group("p"))]
        return None

    _OF_START = re.compile(r"[ \t]+of(?=[ \t])", _I)
    # "in" and a noun, not a determiner or a number ("in lost output", not "in the first year")
    _IN_START = re.compile(r"[ \t]+in(?=[ \t]+(?!(?:the|a|an|this|that|its|their|his|her|our|each|every|"
                           r"one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z])", _I)
    _WORD = re.compile(r"[ \t]+(?!(?:and|or|but)\b)[A-Za-z][\w'’-]*", _I)
    _OR_SHARE = re.compile(r"[ \t]*,[ \t]*or[ \t]+", _I)
    _LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)", _I)

    _OF_GAP = re.compile(r"[ \t]+of[ \t]+(?=[A-Za-z$€£¥])", _I)

    def digit_bounded(self) -> None:
        """"double-digit growth", "a single-digit margin": a percentage of at least the
        least number of that many digits, under the next power of ten (numbers.yaml
        ``digit_bounds``), qualifier at_least."""
        for m in self.t.digit_bound.finditer(self.text):
            if self.reserved(m.start(), m.end()):
                continue
            low, high = self.t.digit_bounds[m.group("n").lower()]
            c = self.candidate(m.start(), m.end(), "percent", low, None, 0.0, "at_least", None, None,
                               None, None, 0, False)
            iv = c.interval
            if iv is not None:  # (under the next power of ten: "double-digit" is 10 to 99.9...)
                c = replace(c, interval=iv.model_copy(update={"high": high, "high_closed": False}))
            self.out.append(c)

    def vague_amounts(self) -> None:
        """ "hundreds of pumps", "tens of thousands", "several billion euros", "hundreds of
        millions of dollars": the lower bound of a vague amount (numbers.yaml
        vague_plurals), qualifier at_least, read like a number for its unit, currency or
        counted noun ("of" before them is skipped); a bare one is a count."""
        text, t = self.text, self.t
        taken = SpanIndex((c.start, c.end) for c in self.out)
        found = len(self.out)
        low = folded(text)
        for m in (t.vague_re.finditer(text) if low is None or t.vague_starts is None
                  else t.vague_starts.finditer(t.vague_low, low)):
            first = m.group("first").lower()
            q = t.vague_q.search(text, max(0, m.start() - 16), m.start())
            start = q.start() if q else m.start()
            if not (first in t.vague_plurals or q) or self.reserved(start, m.end()) \
                    or taken.overlaps(start, m.end()):
                continue
            value = 2.0 * t.vague_units[first]
            for word in m.group("more").lower().split()[1::2]:
                value *= t.vague_plurals[word]
            n = Num(start, m.end(), value, words=True, scaled=True, plain=text[start:m.end()])
            of = self._OF_GAP.match(text, m.end())
            before = len(self.out)
            self.emit(n, start, of.end() if of else m.end(), value, None, 0.0, vague=True)
            if len(self.out) > before and of and self.out[-1].end == of.end():
                c = self.out.pop()  # nothing after "of" was a unit or currency: a count
                self.out.append(Candidate(c.start, m.end(), c.value, qualifier=c.qualifier,
                                          interval=c.interval, about=c.about))
        if len(self.out) > found:
            self.out.sort(key=lambda c: (c.start, c.end))

    _BOUND_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|but)[ \t]+)?|(?:and|but)[ \t]+)", _I)
    _LOWER = (Qualifier.more_than, Qualifier.at_least)
    _UPPER = (Qualifier.less_than, Qualifier.at_most)

    def merge_bounds(self) -> None:
        """"more than 10 and less than 20", "above 1,000 but below 1,500", "at most 100 and
        at least 20": a lower and an upper bound of one unit, joined by and/but/a comma, are
        one range; each end keeps its side open or closed. Crossed bounds ("more than 40
        and less than 10") stay two claims."""
        out: list[Candidate] = []
        for c in self.out:
            prev = out[-1] if out else None
            if prev is not None and prev.interval is not None and c.interval is not None \
                    and {prev.qualifier, c.qualifier} & set(self._LOWER) \
                    and {prev.qualifier, c.qualifier} & set(self._UPPER) \
                    and self._BOUND_GAP.fullmatch(self.text, prev.end, c.start):
                prev = _adopt(prev, c)  # "more than 10 and less than 20 seats": seats both
                if prev is None or prev.interval is None or prev.interval.unit != c.interval.unit \
                        or prev.value.kind != c.value.kind:
                    out.append(c)
                    continue
                lo, hi = (prev, c) if prev.qualifier in self._LOWER else (c, prev)
                a, b = lo.interval, hi.interval
                if a is not None and b is not None and a.low is not None and b.high is not None \
                        and a.low < b.high:
                    iv = Interval(low=a.low, high=b.high, low_closed=a.low_closed,
                                  high_closed=b.high_closed, unit=a.unit)
                    out[-1] = Candidate(prev.start, c.end, lo.value, qualifier=Qualifier.range,
                                        interval=iv, about=lo.about or hi.about)
                    continue
            out.append(c)
        self.out = out

    def _hyphened_to_reserved(self, start: int) -> bool:
        """ "Boeing 737-800": digits hyphened to a reserved identifier belong to it."""
        return start > 1 and self.text[start - 1] in "-–" and self.text[start - 2].isdigit() \
            and self.reserved(start - 2, start - 1)

    _SUBUNIT_GAP = re.compile(r"[ \t]+(?:and[ \t]+)?", _I)
    _LAST_WORD = re.compile(r"([A-Za-z]+)$")

    def merge_subunits(self) -> None:
        """"3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
        out: list[Candidate] = []
        for c in self.out:
            prev = out[-1] if out else None
            if prev is not None and isinstance(prev.value, MoneyValue) and isinstance(
                    c.value, MoneyValue) and prev.value.per is None and c.value.per is None \
                    and prev.value.amount is not None and c.value.amount is not None \
                    and c.qualifier == Qualifier.exact and 0 < c.value.amount < 1 \
                    and prev.value.amount == int(prev.value.amount) \
                    and self._SUBUNIT_GAP.fullmatch(self.text, prev.end, c.start):
                m = self._LAST_WORD.search(self.text, c.start, c.end)
                sub = self.t.subunits.get(m.group(1).lower()) if m else None
                if sub and (sub[0] == prev.value.currency or m and m.group(1).lower() in (
                        "cent", "cents")):
                    out[-1] = self.candidate(
                        prev.start, c.end, "money", prev.value.amount + c.value.amount, None,
                        0.0, prev.qualifier.value, None, prev.value.currency, None,
                        prev.about, prev.priority, False)
                    continue
            out.append(c)
        self.out = out

    @staticmethod
    def _seconds_of(word: str) -> float | None:
        """Seconds in the unit of time a duration's last word names ("hr", "min",
        "seconds": units.yaml's symbols and names), or None."""
        su = surfaces()
        unit = su.symbols.get(word) or su.names.get(word.lower())
        return canonical_unit(unit)[0] if unit and is_time_unit(unit) else None

    def merge_durations(self) -> None:
        """"2hr 21min 07sec", "1 hour 12 minutes": the parts of one time, each a smaller
        unit than the one before, separated by a space only, are one duration."""
        out: list[Candidate] = []
        unit_of: dict[int, float] = {}  # id of a candidate kept -> seconds of its last part
        for c in self.out:
            prev = out[-1] if out else None
            m = self._LAST_WORD.search(self.text, c.start, c.end)
            size = self._seconds_of(m.group(1)) if m and isinstance(c.value, DurationValue) else None
            if prev is not None and size is not None and id(prev) in unit_of and size < unit_of[id(prev)] \
                    and c.qualifier == Qualifier.exact and prev.qualifier in (Qualifier.exact, Qualifier.approx) \
                    and re.fullmatch(r"[ \t]+", self.text[prev.end:c.start]):
                days = prev.value.days + c.value.days  # type: ignore[union-attr, operator]
                half = size / 2 / 86400.0
                iv = intervals.from_value(days, half, prev.qualifier.value, "day").model_copy(
                    update={"high_closed": False})
                merged = replace(prev, end=c.end, value=DurationValue(days=days), interval=iv)
                out[-1] = merged
                unit_of[id(merged)] = size
                continue
            out.append(c)
            if size is not None:
                unit_of[id(c)] = size
        self.out = out

    # ----------------------------------------------------------------- tallies

    _TALLY_GAP = re.compile(r"[ \t]*[-–—][ \t]*|[ \t]+(?:votes?[ \t]+)?to[ \t]+", _I)

    def try_tally(self, a: Num, b: Num) -> bool:
        """A vote tally or result ("voted 15-0", "passed 12-3", "a 5-4 ruling", "by 52
        votes to 48", "won 3-1"): one count over the whole tally, valued at its first side
        (the side that prevailed, as news writes it), never a range or two numbers. Cues:
        context.yaml tally_before / tally_after ("open 24-7" has none), or a first side
        larger than the second, which no range is written as ("Game 4: Gulls 118-101",
        "cleared the House 41-32", "takes the tiebreak 7-4")."""
        text, t = self.text, self.t
        gap = self._TALLY_GAP.fullmatch(text, a.end, b.start)
        if not gap or not (a.integer and b.integer) or a.scaled or b.scaled or a.value < 0 \
                or b.value < 0 or a.kind != "cardinal" or b.kind != "cardinal" \
                or a.value >= 1000 or b.value >= 1000 or _identifier(text, b, t) \
                or _unit_follows(text, b, t) or t.cur_before.search(text, max(0, a.start - 8), a.start):
            return False
        after = t.tally_after.match(text, b.end)
        noun = _noun_after(text, b.end, t) if after is None else None
        if noun is not None and not noun[0][:1].isupper():
            return False  # "won 10-20 seats": a range of what follows (not "voted 53-44 Thursday")
        if after is None and not t.tally_before.search(text, max(0, a.start - 80), a.start) \
                and not (a.value > b.value and self._high_to_low(a, b)) \
                and not self._next_of_tallies(a.start):
            return False  # (a pair written high to low is no range: "Game 4: Gulls 118-101",
            # "takes the tiebreak 7-4"; "open 24-7" is an idiom)
        self.out.append(Candidate(a.start, b.end, CountValue(value=int(a.value), against=int(b.value)),
                                  interval=Interval(low=a.value, high=a.value, unit="count"),
                                  about=after.group("noun") if after else None))
        return True

    _DASH = re.compile(r"[ \t]*[-–—][ \t]*")
    _CHAINED = re.compile(r"[-–—/.:]\d")
    _CHAINED_BEFORE = re.compile(r"\d[-–—/.:]")

    def _high_to_low(self, a: Num, b: Num) -> bool:
        """Is ``a``-``b`` a pair written high to low (the caller compares the values), one
        dash between, no third number chained to it ("a 4-3-3 formation") and no idiom of
        context.yaml pair_idioms ("open 24-7")? No range is written so; a result is."""
        text = self.text
        return self._DASH.fullmatch(text, a.end, b.start) is not None \
            and not self._CHAINED.match(text, b.end) \
            and not self._CHAINED_BEFORE.match(text, max(0, a.start - 2), a.start) \
            and text[a.start:b.end] not in self.t.pair_idioms

    _TALLY_LIST_GAP = re.compile(r"[ \t]*(?:[,()][ \t]*){0,2}(?:and[ \t]+)?")

    def _next_of_tallies(self, start: int) -> bool:
        """Does a tally end right before ``start``, a comma or bracket at most between? Then
        this pair is the next of its list: a match's set scores ("won 4-6, 6-3, 7-6 (7-4)")."""
        last = self.out[-1] if self.out else None
        return last is not None and isinstance(last.value, CountValue) and last.value.against is not None \
            and self._TALLY_LIST_GAP.fullmatch(self.text, last.end, start) is not None

    # ----------------------------------------------------------------- ratios

    _ODDS_GAP = re.compile(r"[-–]to[-–]", _I)
    _RATIO_GAP = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?", _I)
    _RATE_GAP = re.compile(r"[ \t]+(?:(?P<noun>[A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z][A-Za-z-]*)?)"
                           r"[ \t]+)?per[ \t]+", _I)
    _POWERS_OF_TEN = frozenset(10.0 ** k for k in range(1, 10))

    def try_ratio(self, a: Num, b: Num) -> bool:
        """A spoken ratio ("one in five adults", "3 in 10", "one in every four", "two out
        of three voters") or a rate per a power of ten ("12.4 cases per 100,000 residents",
        "3 per 100,000 people"): one ratio claim over both numbers, valued per one (a / b);
        ``about`` is the counted noun (after a ratio, before "per" in a rate), and the
        denominator is no claim of its own. Not "one in the morning", "2 in 2019"."""
        text, t = self.text, self.t
        if self._ODDS_GAP.fullmatch(text, a.end, b.start) and not (a.words or b.words) \
                and _whole(a, a.value, None) and _whole(b, b.value, None) and b.value > 0:
            # "outnumber residents by roughly 3-to-1", "a 2-to-1 margin": the odds a / b
            qual, start = self.qualifier_before(a.start)
            self.out.append(self.candidate(start, b.end, "ratio", a.value / b.value, None, 0.0,
                                           qual, None, None, None, None, 0, False))
            return True
        if b.start - a.end > 32 or text[a.end:a.end + 1] not in (" ", "\t") or b.words and \
                text[b.start:b.end].lower() in ("a", "an") or b.value <= 0 or a.value < 0:
            return False
        if _unit_follows(text, b, t) or _identifier(text, b, t) or _is_year(text, b, t) \
                or _SCALE_PLURAL_AFTER.match(text, b.end) \
                or t.cur_before.search(text, max(0, a.start - 8), a.start):
            return False
        about: str | None = None
        gap = self._RATIO_GAP.fullmatch(text, a.end, b.start)
        if gap is not None:
            if not (_whole(a, a.value, None) and _whole(b, b.value, None)) or a.value > b.value:
                return False
            noun = _noun_after(text, b.end, t, b.start)
            about = noun[0] if noun else None
        else:
            if "per" not in text[a.end:b.start].lower():
                return False
            gap = self._RATE_GAP.fullmatch(text, a.end, b.start)
            if gap is None or b.value not in self._POWERS_OF_TEN or _unit_follows(text, a, t):
                return False
            about = gap.group("noun")
            if about is not None:
                words = about.lower().split()
                if any(w in t.not_nouns or w in t.unit_names or w in t.names for w in words):
                    return False  # "5 mg per 100", "10 times per 100"
        qual, start = self.qualifier_before(a.start)
        end = b.end
        qa = t.q_after_re.match(text, end) if about is None else None
        if qa and qa.group("q") not in ("+", "plus") and not _NUMBER_NEXT.match(text, qa.end()):
            qual, end = t.q_after[_norm(qa.group("q"))], qa.end()  # "2 in 5 or more"
        self.out.append(self.candidate(start, end, "ratio", a.value / b.value, None, 0.0,
                                       qual, None, None, None, about, 0, False))
        return True

    # ----------------------------------------------------------------- ranges

    _RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|through|and|or)\s*", _I)
    _FISCAL = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*\d\d(?:\d\d)?")

    def try_range(self, a: Num, b: Num) -> bool:
        """"between 100 and 160", "4-5 million", "from $2bn to $3bn", "eight to 10 feet":
        one candidate over both ends. A unit, percent sign or currency name stated after
        the first end too ("from 2% to 3%", "from 11 million barrels to 12 million barrels")
        must be the one after the second, a currency symbol before the second the one before
        the first; the end that states them gives them to the other (and its scale, "between
        8 and 10 million tonnes")."""
        text, t = self.text, self.t
        gap = self._RANGE_GAP.fullmatch(text, a.end, b.start)
        marked = gap is None  # each end with its own marker: it needs no other's unit
        if gap is None:  # a marker stated on both ends: "from $2bn to $3bn", "2% to 3%"
            if b.start - a.end > 40 or not _RANGE_WORD.search(text, a.end, b.start):
                return False
            pos = self._same_marker_after(a, b)
            if pos is None:
                return False
            cb = t.cur_before.search(text, max(pos, b.start - 8), b.start)  # in the gap
            gap = self._RANGE_GAP.fullmatch(text, pos, cb.start() if cb else b.start)
            if gap is None or cb is None and pos == a.end:
                return False
            if cb is not None:
                ca = t.cur_before.search(text, max(0, a.start - 8), a.start)
                if ca is None or self._currency_code(ca) != self._currency_code(cb):
                    return False  # "from 5 to $10", "from £5m to $10m": not one range
        ca = t.cur_before.search(text, max(0, a.start - 8), a.start) if _may_follow_currency(
            text, a.start) else None
        sep = gap.group().strip().lower()
        if self._FISCAL.fullmatch(text, a.start, b.end) and not a.words:
            return True  # "2012-13", "2012–2013": a fiscal or calendar year span; no claim
        num_start = ca.start() if ca else a.start
        lead = _RANGE_LEAD.search(text, max(0, num_start - 12), num_start)
        if sep in ("and", "or") and not (lead and lead.group(1).lower() == "between"):
            return False
        if sep == "to" and not lead and a.words != b.words and not (
                a.words and a.value < 10 <= b.value):
            return False  # but "eight to 10 feet" (numbers under ten in words: news style)
        if _identifier(text, b, t) or b.kind != "cardinal":
            return False
        lo, hi = a.value, b.value
        end = b.end
        if ca is not None and b.glued_m:  # "between £5m and £10m": money in millions
            hi, end = times(hi, 1e6), b.end + 1
            if a.glued_m or not a.scaled and lo * 1e6 <= hi:
                lo = times(lo, 1e6)
        elif b.scaled and not a.scaled and abs(lo) < 1000 and b.value:  # ("3-0k": no scale)
            scale = b.value / _unscaled(b)
            if lo * scale <= hi:
                # "4-5 million", "between 2.5 and 3 million"; not "from 500 to 2 million"
                lo = times(lo, scale)
        if lo > hi or lo == hi:
            return False
        if marked and sep == "to" and not lead and _by_before(text, num_start) and hi > 2 * lo:
            return False  # "climbs by €3.50 to €54.50": the change, then the new level
        self.emit(a, lead.start() if lead else num_start, end, lo, hi, 0.0)
        if lead and lead.group(1).lower() == "from" and sep == "to" and self.out and \
                t.change_before.search(text, max(0, lead.start() - 30), lead.start()):
            # "rose from 85,000 to 92,000": the level before and after (one candidate here,
            # as the change rules read it; two records in the output)
            self.out[-1] = replace(self.out[-1], assumptions=(*self.out[-1].assumptions, LEVELS))
        return True

    def _same_marker_after(self, a: Num, b: Num) -> int | None:
        """Where the gap after range end ``a`` begins: past a percent sign, unit or
        currency name stated after ``a`` too, when the same follows ``b``; None when
        ``a`` has a marker ``b`` lacks."""
        text, t = self.text, self.t
        pa = _PERCENT_AFTER.match(text, a.end)
        if pa:
            return pa.end() if _PERCENT_AFTER.match(text, b.end) else None
        ua = t.unit_re.match(text, a.end)
        if ua and not ua.group("sep").strip() and (ua.group("name") or ua.group("sym")):
            ub = t.unit_re.match(text, b.end)
            same = ub is not None and (ua.group("name") or "").lower() in (
                (ub.group("name") or "").lower(), (ub.group("name") or "").lower() + "s") and (
                ua.group("sym") == ub.group("sym"))
            return ua.end() if same else None
        na = t.cur_after.match(text, a.end)
        if na:
            nb = t.cur_after.match(text, b.end)
            same = nb is not None and t.names.get(na.group("name").lower()) == t.names.get(
                nb.group("name").lower())
            return na.end() if same else None
        return a.end

    def _currency_code(self, m: re.Match[str]) -> str:
        """The currency of a ``Tables.cur_before`` match."""
        if m.group("sym"):
            return self.t.symbols[m.group("sym")]
        return self.t.dollar_prefixes.get(_dollar_key(m.group("dp") or m.group("ds")), "USD")

    # ----------------------------------------------------------------- singles

    def single(self, n: Num) -> None:
        text, t = self.text, self.t
        if n.kind == "ordinal":
            if t.relative_position.match(text, n.end):
                return  # "second to last", "third from the bottom": a relative position
            if not math.isfinite(n.value):  # "999…9th": beyond any number
                self.out.append(_too_large(n.start, n.end, "quantity", None, None, None,
                                           Qualifier.exact, None))
                return
            about = _noun_after(text, n.end, t, ordinal=True)
            self.out.append(_ordinal(n.start, n.end, n.value, about[0] if about else None))
            return
        margin = _margin_start(self.text, n)
        if margin is not None:  # "plus or minus 2%", "±2%", "+/-3": a margin's size
            self.margins.add(margin)
            self.emit(n, margin, n.end, abs(n.value), None, n.half, margin=True)
            return
        self.emit(n, n.start, n.end, n.value, None, n.half)

    def qualifier_before(self, start: int, end: int | None = None) -> tuple[str, int]:
        """The qualifier phrase ending right before ``start`` (qualifiers.yaml), honouring
        its guards: no qualifier after a word of ``not_after`` ("the past 10 years"), nor,
        for ``no_noun`` phrases, when a counted noun follows ``end`` ("passed 12 bills")."""
        text, t = self.text, self.t
        if not _may_end_phrase(text, start):
            return "exact", start
        m = t.q_before_re.search(text, max(0, start - 48), start)
        if not m:
            return "exact", start
        phrase = _norm(m.group("q"))
        if phrase in t.q_not_after:
            w = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if w and w.group(1).lower() in t.q_not_after[phrase]:
                return "exact", start
        if phrase in t.q_no_noun and end is not None and _noun_after(text, end, t):
            return "exact", start
        return t.q_before[phrase], m.start("q")

    def emit(self, n: Num, start: int, end: int, value: float, high: float | None,
             half: float, margin: bool = False, vague: bool = False) -> None:
        """Build the candidate of a number (or a range value..high) spanning start..end;
        ``margin``: a margin of error ("plus or minus 2%"), ``value`` its size."""
        text, t = self.text, self.t
        kind: str = "number"
        unit: str | None = None
        currency: str | None = None
        factor = 1.0
        per: str | None = None
        about: str | None = None
        priority = 0
        glued_m = n.glued_m and high is None
        cur_word = ""  # the currency name or symbol as written, for shared names
        home_note: str | None = None  # why "$" alone is another dollar than the US's

        # currency before: "$", "US$", "€", "USD"
        cm = t.cur_before.search(text, max(0, n.start - 8), n.start)
        mb = _MCODE_BEFORE.search(text, max(0, start - 6), start) if not cm and high is None \
            and not n.scaled else None
        if mb and mb.group(1) in t.symbols:  # "MAUD 60": millions of Australian dollars
            currency, kind, start = t.symbols[mb.group(1)], "money", mb.start()
            value, half = times(value, 1e6), 0.5e6 if n.integer else half * 1e6
        if not cm and not mb and kind == "number" and self._letter_currency(n, start):
            currency, kind, start = str(t.letter_symbols[text[n.start - 1]]["currency"]), "money", n.start - 1
        if cm:
            sym = cm.group("sym")
            if sym:
                currency, cur_word = t.symbols[sym], sym
            elif cm.group("dp") or cm.group("ds"):  # "US$", "C$", "HK $", "$US" (dollar_prefixes)
                currency = self._currency_code(cm)
            else:  # "$" alone: US dollars, or the dollar of the country the article is about
                currency, home_note = self.home_dollar()
            start = min(start, cm.start())  # a range keeps its "from"/"between"
            kind = "money"
            if glued_m:
                value, half, glued_m = times(value, 1e6), 0.5e6 * (half * 2 or 1.0), False
                if n.half == 0 and not n.integer:
                    half = 0.5e6 * 10 ** -len(n.plain.split(".")[1])
                end = n.end + 1
        if glued_m:
            nxt = _WORD_AFTER.match(text, n.end + 1)
            word = nxt.group(1).lower() if nxt else ""
            if text[n.end] == "M" or word in t.names or word in t.unit_names or (
                    word.endswith("s") and word not in t.not_nouns and len(word) > 3) or \
                    word in ("people", "children", "men", "women", "residents", "users"):
                value = times(value, 1e6)
                decimals = len(n.plain.split(".")[1]) if "." in n.plain else 0
                half = 0.5e6 * 10.0 ** -decimals
                end = n.end + 1
                glued_m = False
        if kind == "number":
            pm = _PERCENT_AFTER.match(text, end)
            if pm and not glued_m:
                kind, end = "percent", pm.end()
        if kind == "number" and not glued_m:
            sm = t.cur_symbol_after.match(text, end)
            cn = t.cur_after.match(text, end)
            if cn:
                name = cn.group("name").lower()
                if name in t.subunits:
                    currency, factor = t.subunits[name]
                    kind, end = "money", cn.end()
                elif (name not in t.weak or n.scaled or name == "won") and not (
                        name in t.weak and (um := t.unit_re.match(text, end)) and um.end() > cn.end()):
                    # (not "8.8 million pounds of thrust": a longer unit's words)
                    currency, kind, end = t.names[name], "money", cn.end()
                    cur_word = cn.group("name")
            elif sm:  # "100元", "20 EUR", "10 $", "20 usd"
                code = cur_word = sm.group("sym")
                currency = t.symbols.get(code) or t.symbols.get(code.upper()) or (
                    "CNY" if code.lower() == "rmb" else "USD")
                kind, end = "money", sm.end()
                sc = _SCALE_AFTER.match(text, end)
                if sc and high is None and not n.scaled:  # "75 USD million"
                    mult = _SCALES[sc.group(1).lower()]
                    value, half, end = times(value, mult), 0.5 * mult if n.integer else half * mult, sc.end()
            if kind == "number" and not n.words:
                gs = t.glued_subunit.match(text, end)  # "24.8p" in a text that writes "£"
                if gs and t.glued_subunits[gs.group("sub")][2] in text:
                    currency, factor, _ = t.glued_subunits[gs.group("sub")]
                    kind, end = "money", gs.end()
            if kind == "number" and high is None and not n.scaled:
                mc = _MCODE_AFTER.match(text, end)  # banking shorthand: "30 MUSD", "120 MEUR"
                if mc and mc.group(1) in t.symbols:
                    currency, kind, end = t.symbols[mc.group(1)], "money", mc.end()
                    value, half = times(value, 1e6), 0.5e6 if n.integer else half * 1e6
        if kind == "number":
            um = t.unit_re.match(text, end)
            if glued_m and not um:
                um = t.unit_re.match(text, n.end)
            if not um and n.words and 0 < value < 1 and high is None:
                fm = _OF_A.match(text, end)  # "half a metre", "a quarter of a percentage point"
                um = t.unit_re.match(text, fm.end() - 1) if fm else None
                um = um if um and um.group("name") else None
            if um and (um.group("name") or um.group("sep") != "" or um.group("sym") or glued_m):
                if um.group("sym") and um.group("sep").strip() and um.group("sym") != '"':
                    # a symbol set off by a bracket, or by a hyphen when it has two letters or
                    # more and ends the compound ("a 212-kg satellite", "a 500-km orbit"; not
                    # "a 3-D film", "the 4-H club", "3-in-1")
                    sym, after = um.group("sym"), text[um.end():um.end() + 1]
                    um = um if um.group("sep").strip() in "([{<" or um.group("sep").strip() == "-" and (
                        len(sym) >= 2 and sym != "in" and (after != "-" or _extent_after(text, um.end()))
                        or after == ")" and _GLOSS_OPEN.search(text, max(0, start - 2), start)) else None
                    # ("the 193-km-long canal"; "322-foot-tall (98-m)", a bracketed conversion)
            if um and um.group("sym") == '"' and _inside_quotes(text, n.start):
                um = None  # 'hears "13" and': the closing quote mark, not inches
            if um and um.group("att") and not (value < 0 or t.attached_cue.search(
                    text, max(0, start - 80), min(len(text), um.end() + 40)) or self.hot()):
                um = None  # "13F filing", "14.7C per security": no temperature in sight
            if um:
                surface = um.group("name") or um.group("sym") or um.group("att") or um.group("glu")
                unit = t.unit_names.get(surface.lower()) if um.group("name") else \
                    t.unit_symbols[surface]
                if unit:
                    kind, end = "quantity", um.end()
            elif n.words and value in (0.25, 0.5, 0.75) and high is None:
                pm = _FRACTION_POINT.match(text, end)
                if pm:
                    kind, unit, end = "quantity", "percentage_point", pm.end()
        if kind == "quantity" and high is None and unit in t.compounds:
            got = self.compound(end, value, unit)
            if got is not None:  # "5 feet 2 inches": one quantity in inches
                value, half, unit, end = got
        if kind == "quantity" and high is None and value > 0 and not n.words \
                and _signed_scale(unit):
            sm = _SPACED_MINUS.search(text, max(0, start - 8), start)
            if sm:  # "fell to - 20 degrees": a word, then a minus set off by spaces
                value, start = -value, sm.start(1)
        if kind == "quantity" and unit is not None:
            rm = t.rate_re.match(text, end)
            if rm and "/" not in unit and not self._time_back(rm):
                tu = {"hr": "hour", "h": "hour", "yr": "year", "s": "second",
                      "ms": "millisecond"}.get(rm.group("t").lower(), rm.group("t").lower())
                unit, end = f"{unit} / {tu}", rm.end()
        pr = t.period_re.match(text, end)
        if pr and kind in ("money", "quantity") and not self._time_back(pr):
            period = t.periods[_norm(pr.group("p"))]
            if kind == "money":
                per, end = period, pr.end()
            elif "/" not in (unit or ""):
                unit, end = f"{unit} / {period}", pr.end()
        if kind == "number" and high is None:
            pb = _PERCENT_OF_BEFORE.search(text, max(0, start - 20), start)
            if pb and _END_AFTER.match(text, end) and not _NUMBER_BEFORE.search(
                    text, max(0, pb.start() - 24), pb.start()):
                kind, start = "percent", pb.start()  # "percent of 10" (no number before)
        if kind == "number" and n.words and 0 < n.value < 1 and high is None:
            if text[n.start:n.end].lower() == "half" and (
                    t.half_period.search(text, max(0, n.start - 12), n.start) or _HALF_TIME.match(text, n.end)):
                return  # "in the first half", "at half-time": a part of a match, no ratio
            kind = "ratio"  # "about half", "a third", "one-quarter", "half as many"
        if kind == "number" and not n.words and text.startswith("x", end) and _GLUED_X.match(text, end):
            kind, end = "ratio", end + 1  # "trades at 4.1x earnings", "a 10x return": a multiple
        if kind == "number":
            tm = _TIMES_AFTER.match(text, end)
            if tm:
                after = _WORD_AFTER.match(text, tm.end())
                if "fold" in tm.group() or (after and after.group(1).lower() in t.comparatives):
                    kind, end = "ratio", tm.end()

        # qualifier
        if high is not None:
            qual = "range"
        elif vague:  # "hundreds of", "several billion": a lower bound unless told otherwise
            qual, qstart = self.qualifier_before(start)
            qual, start = ("at_least", start) if qual == "exact" else (qual, qstart)
        else:
            qual, qstart = self.qualifier_before(start, end if kind == "number" else None)
            if qual != "exact":
                start = qstart
            else:
                qa = t.q_after_re.match(text, end)
                if qa and not (qa.group("q") in ("+", "plus") and kind == "number") and not (
                        qa.group("q").lower().endswith(("than", "to"))
                        and _NUMBER_NEXT.match(text, qa.end())):  # "200 or greater than 190"
                    qual, end = t.q_after[_norm(qa.group("q"))], qa.end()
        age = False
        if kind == "quantity" and unit in ("year", "month", "week", "day"):
            am = t.age_re.match(text, end)
            if am:
                end, age = am.end(), True
            elif unit == "year" and age_level_before(text, start, end):
                age = True  # "the median age rose to 46.2 years", "life expectancy of 79 years"
            else:
                priority = -1  # a duration: the date extractor's, when it has one
        if kind == "number":
            am = _AGE_BEFORE.search(text, max(0, start - 5), start)
            if am and high is None:
                kind, unit, start = "quantity", "year", am.start()
            elif _AGE_CUE.search(text, max(0, start - 40), start) or high is None and (
                    _apposed_age(text, n, end, t) or _age_limit(text, n, t) or age_level_before(text, start)):
                kind, unit, age = "quantity", "year", True  # "aged 11 to 16", "Jane Doe, 39,",
                # "the median age at 42.6"
            elif high is None and n.integer and 1 <= value <= 120 and (older := _OR_OLDER.match(text, end)):
                kind, unit, age, end = "quantity", "year", True, older.end()  # "residents 65 or older"
                qual = "at_least"

        if kind == "number" and high is None and 0 <= value <= 12 and n.kind == "cardinal":
            sb = t.scale_before.search(text, max(0, start - 20), start)
            sa = None if sb else t.scale_after.match(text, end)
            if sb or sa:  # "magnitude-7.1", "Category 4", "a 6.4-magnitude", "on the Richter scale"
                kind, unit = "quantity", "dimensionless"
                if sb:
                    about, start = sb.group("scale"), sb.start()
                else:
                    about, end = sa.group("scale"), sa.end()  # type: ignore[union-attr]
                    if about.lower().startswith("on the "):
                        about = about[7:]

        # kind decision for bare numbers
        if kind == "number":
            noun = None if n.kind != "cardinal" else _noun_after(text, end, t, n.start)
            if noun is None and n.kind == "cardinal" and high is None and end == n.end:
                noun = _hyphen_noun(text, end, t)  # "the five-nation BRICS club"
                if noun is None and t.hyphen_count.match(text, end) and not (
                        n.words and text[n.start:n.end].lower() == "one"):
                    noun = ("", end)  # "a seven-time champion", "a 1,200-strong workforce"
                    # (not "a one-time payment")
            if noun is None and n.kind == "cardinal":
                noun = _partitive_noun(text, end, t)  # "three of the victims"
            surface = text[n.start:n.end].lower()
            word_one = n.words and surface in ("one", "a", "an") and qual == "exact"
            if word_one and not (surface == "one" and noun and not _OF_AFTER.match(text, end)
                                 and noun[0].split()[0].lower() not in t.not_nouns):
                return  # "one of the", "one power was": a pronoun, not a count
            # ("one rescuer died", "one former soldier": a count of one)
            tally = (t.count_before.search(text, max(0, start - 80), start)
                     or t.count_of.search(text, max(0, start - 24), start)) \
                if noun is None and high is None else None
            if noun is None and high is None and (vague or (t.count_determiner.search(
                    text, max(0, start - 30), start) or t.count_after.match(text, end) or tally
                    or t.count_verb.search(text, max(0, start - 20), start))
                    and _whole(n, value, None) and not _JOINED_AFTER.match(text, end)):
                # "hundreds were", "the 13 were found": a count, no noun; "the death toll
                # climbed to 212": the toll's
                noun = ("", end)  # (the toll's ``about`` is read as a quantity's is)
            if n.words and text[n.start:n.end].lower() == "one" and _OF_AFTER.match(text, end) \
                    and _PREPOSITION_BEFORE.search(text, max(0, n.start - 8), n.start):
                return  # "fired a missile over one of Japan's islands": a pronoun
            if noun and _whole(n, value, high):
                kind, about = "count", noun[0] or None
            else:
                kind, unit = "quantity", "dimensionless"

        value *= factor
        if high is not None:
            high *= factor
        half *= factor
        unresolved, assumptions = None, ((home_note,) if home_note and currency != "USD" else ())
        if margin:
            assumptions = (f"'{text[start:end]}' is a margin of error: the value is its size, "
                           "not a negative number",)
        if currency is not None and currency.startswith("?"):  # "pesos", "dinars", "Rs"
            currency, unresolved, assumptions = resolve_shared(
                t, currency, cur_word, start, self.countries())
        self.out.append(self.candidate(start, end, kind, value, high, half, qual, unit,
                                       currency, per, about, priority, age, unresolved,
                                       assumptions))

    def _time_back(self, m: re.Match[str]) -> bool:
        """Is the period phrase ``m`` after an amount ("a year") part of a time phrase
        instead — "compared with $6.2bn a year earlier", "$117.2bn a year ago" — so the
        amount is no rate? Also when an earlier extractor took its words (a date)."""
        if self.reserved(m.end() - 1, m.end()):
            return True
        if not m.group().lstrip(" \t,").lower().startswith(("a ", "an ", "one ", "a-")):
            return False  # "annually", "per year": a rate whatever follows
        return bool(_TIME_BACK.match(self.text, m.end()))

    def compound(self, end: int, value: float, unit: str) -> tuple[float, float, str, int] | None:
        """ "5 feet 2 inches", "6ft 2in", "7 pounds 6 ounces": (value in the smaller unit,
        half-width, smaller unit, end) when the smaller unit of ``unit`` (units.yaml
        compounds) follows with its number, else None."""
        text, t = self.text, self.t
        sub = t.compounds[unit]
        m = _COMPOUND_NUM.match(text, end)
        if not m:
            return None
        v2 = parse_number(m.group(1))
        if v2 is None or v2 < 0:
            return None
        e = m.end()
        um = t.unit_re.match(text, e)
        if um and not um.group("open") and (um.group("name") or um.group("sym")):
            surface = um.group("name") or um.group("sym")
            unit2 = t.unit_names.get(surface.lower()) if um.group("name") else t.unit_symbols[surface]
            if unit2 != sub:
                return None
            e = um.end()
        elif sub == "inch" and _BARE_IN.match(text, e):
            e = _BARE_IN.match(text, e).end()  # type: ignore[union-attr]
        else:
            return None
        ratio = round(canonical_unit(unit)[0] / canonical_unit(sub)[0], 9)
        half = 0.0 if v2 == int(v2) else 0.5 * 10.0 ** -len(m.group(1).split(".")[-1])
        return value * ratio + v2, half, sub, e

    def _symbol_reading(self, start: int, end: int, unit: str, assumptions: tuple[str, ...]
                        ) -> tuple[str, tuple[str, ...]]:
        """A symbol's other reading when words near it select it (``symbol_readings``):
        "a ground speed of 148 kt" is in knots, "41kt of nickel" in kilotonnes, "a 15 kt
        device" in kilotons of TNT."""
        for sym, readings in self.t.symbol_readings.items():
            if not self.text.endswith(sym, start, end):
                continue
            lo = max(self.text.rfind("\n", 0, start) + 1, start - 150)
            hi = self.text.find("\n", end)
            hi = min(len(self.text) if hi < 0 else hi, end + 150)
            near = [(self._apart(start, end, m.start(), m.end()), k, other)
                    for k, (other, cues) in enumerate(readings) if other != unit
                    for m in cues.finditer(self.text, lo, hi)]
            if near:  # the reading whose words stand nearest ("118 degrees Fahrenheit, 2 degrees")
                other = min(near)[2]
                return other, (*assumptions, f"{sym!r} read as {other}: words around it select that reading")
        return unit, assumptions

    def _apart(self, start: int, end: int, cue_start: int, cue_end: int) -> int:
        """How far a cue stands from a number: characters between them, and a sentence end
        between them counts as a whole window more (the sentence's own words come first)."""
        lo, hi = (cue_end, start) if cue_end <= start else (end, cue_start)
        return max(0, hi - lo) + (1000 if len(sentence_spans(self.text[lo:hi])) > 1 else 0)

    _SHORT, _LONG = 907.18474, 1016.0469088  # kg in a short and a long ton

    def _tons(self, start: int, v: QuantityValue, iv: Interval, assumptions: tuple[str, ...]
              ) -> tuple[QuantityValue, Interval, tuple[str, ...]]:
        """A bare "tons": short (907 kg), metric (1,000 kg) or long (1,016 kg) depending on
        the source. A metric word in the same paragraph ("tonnes", "km") makes it metric;
        otherwise its interval covers all three readings, with an assumption saying so."""
        text = self.text
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", start)
        hi = len(text) if hi < 0 else hi
        unit = v.unit.replace("ton", "tonne", 1)
        if not _finite_scaled(iv, self._LONG / self._SHORT):
            return v, iv, assumptions  # a figure at the edge of floats: as read
        if self.t.metric_context.search(text, lo, hi):
            factor = canonical_unit(unit)[0] / canonical_unit(v.unit)[0]

            def metric(x: float | None) -> float | None:
                return None if x is None else float(f"{x * factor:.12g}")
            note = "'tons' read as metric tonnes: the paragraph uses metric units"
            return (QuantityValue(magnitude=v.magnitude, unit=unit, min=v.min, max=v.max),
                    Interval(low=metric(iv.low), high=metric(iv.high), low_closed=iv.low_closed,
                             high_closed=iv.high_closed, unit=iv.unit), (*assumptions, note))
        widen = self._LONG / self._SHORT
        wide = Interval(low=iv.low, high=iv.high * widen if iv.high is not None else None,
                        low_closed=iv.low_closed, high_closed=iv.high_closed, unit=iv.unit)
        note = ("'tons' without 'metric' may be short (907 kg), metric (1,000 kg) or long "
                "(1,016 kg) tons: the interval covers all three")
        return v, wide, (*assumptions, note)

    def _duration(self, start: int, end: int, value: float, half: float, qual: str,
                  factor: float, qualifier: Qualifier, about: str | None, priority: int,
                  unresolved: str | None, assumptions: tuple[str, ...]) -> Candidate:
        """A duration told in a unit of time: ``{"days": …}``, its interval in days."""
        per_day = factor / 86400.0
        days = value * per_day
        if not math.isfinite(days):
            return _too_large(start, end, "quantity", "day", None, None, qualifier, about)
        if per_day >= 1 and value == int(value) and 0 < value < _COUNTED_UNITS:
            # a whole number of days, weeks, months or years is a count of them, not a
            # rounded figure: "10 days" is 10 (not 5 to 15)
            half = min(half, 0.5)
        iv = intervals.from_value(days, half * per_day, qual, "day")
        if qual == "exact" and half:  # a rounded figure covers [v - half, v + half)
            iv = iv.model_copy(update={"high_closed": False})
        return Candidate(start, end, DurationValue(days=days), qualifier=qualifier, interval=iv,
                         about=about, priority=priority, unresolved=unresolved,
                         assumptions=assumptions)

    def _letter_currency(self, n: Num, start: int) -> bool:
        """Is the capital glued before the figure a currency's sign (currencies.yaml
        ``letter_symbols``: "R45-million" in rand)? Only with a scale word or in an article
        about the currency's country."""
        at = n.start - 1
        spec = self.t.letter_symbols.get(self.text[at:n.start]) if at >= 0 and start == n.start else None
        if spec is None or at > 0 and (self.text[at - 1].isalnum() or self.text[at - 1] in "-/"):
            return False
        if n.scaled or n.glued_m:
            return True
        letter = self.text[at]
        if letter not in self._at_home:  # (once per letter and text)
            from factcheck.extract.dates.clock import country_of

            self._at_home[letter] = country_of(self.text, (spec,), share=0.5, home=self.home) is not None
        return self._at_home[letter]

    def home_dollar(self) -> tuple[str, str | None]:
        """What "$" alone means here (currencies.yaml ``local_dollars``): the dollar of the
        country the article is about (``clock.country_of``, two thirds of its place names)
        when the text writes no prefix of that dollar ("A$"), with the assumption that says
        so; else USD. Once per text."""
        if self._home is None:
            from factcheck.extract.dates.clock import country_of

            home: tuple[str, str | None] = ("USD", None)
            got = country_of(self.text, self.t.local_dollars, share=2 / 3, home=self.home)
            if got is not None:
                code = str(got["currency"])
                mark = self.t.dollar_marks.get(code)
                if not (mark and mark.search(self.text)):
                    home = (code, f"'$' read as {code}: the article is from or about that dollar's "
                                  "country and writes no other sign of it")
            self._home = home
        return self._home

    def countries(self) -> list[tuple[int, str]]:
        """Country words of the text (for currency names several countries share); once."""
        if self._countries is None:
            self._countries = country_mentions(self.t, self.text)
        return self._countries

    def candidate(self, start: int, end: int, kind: str, value: float, high: float | None,
                  half: float, qual: str, unit: str | None, currency: str | None,
                  per: str | None, about: str | None, priority: int, age: bool,
                  unresolved: str | None = None, assumptions: tuple[str, ...] = ()) -> Candidate:
        qualifier = Qualifier("approx" if qual == "nearly" else qual)
        if not (math.isfinite(value) and (high is None or math.isfinite(high))
                and math.isfinite(half)):
            return _too_large(start, end, kind, unit, currency, per, qualifier, about)
        nonneg = True
        iv_unit: str
        factor, offset = 1.0, 0.0
        v: Any
        if kind == "money":
            v = MoneyValue(amount=value, currency=currency or "USD", per=per)  # type: ignore[arg-type]
            iv_unit = currency or "USD"
        elif kind == "percent":
            v, iv_unit, nonneg = PercentValue(value=value), "percent", False
        elif kind == "count":
            v, iv_unit = CountValue(value=int(value)), "count"
        elif kind == "ratio":
            v, iv_unit = RatioValue(value=value), "dimensionless"
        else:
            unit = unit or "dimensionless"
            unit, assumptions = self._symbol_reading(start, end, unit, assumptions)
            if unit == "decade":
                value, half, unit = value * 10, half * 10, "year"
            if unit in ("degree_Celsius", "degree_Fahrenheit") and (
                    _DELTA_AFTER.match(self.text, end) or _DELTA_BEFORE.search(self.text, max(0, start - 12), start)):
                unit = "delta_" + unit  # "3°C hotter", "rose by 2 degrees": a difference, no reading
            factor, offset, iv_unit = canonical_unit(unit)
            if iv_unit == "second" and high is None and not age:
                # a span of time is a duration in days, whatever unit it is told in ("29
                # minutes", "a 40-minute flight"); ranges ("five to six hours") and ages
                # stay quantities (the duration form has no range)
                return self._duration(start, end, value, half, qual, factor, qualifier, about,
                                      priority, unresolved, assumptions)
            v = QuantityValue(magnitude=value, unit=unit, min=value if high is not None else None,
                              max=high)
            # bare numbers, offset scales (temperatures) and changes in percentage points
            # may be negative
            nonneg = unit != "dimensionless" and offset == 0.0 and iv_unit != "percentage_point"
        if high is not None:
            iv = intervals.between(value, high, iv_unit)
        else:
            iv = intervals.from_value(value, half, qual, iv_unit, nonnegative=nonneg)
        if factor != 1.0 or offset:
            if not math.isfinite(factor * max(abs(value), abs(high or 0.0)) + offset):
                return _too_large(start, end, kind, unit, currency, per, qualifier, about)
            iv = intervals.convert(iv, factor, offset, iv_unit)
            if unit is not None and unit.split(" /")[0] == "ton":
                v, iv, assumptions = self._tons(start, v, iv, assumptions)
        return Candidate(start, end, v, qualifier=qualifier, interval=iv, about=about,
                         priority=priority + (1 if age else 0), unresolved=unresolved,
                         assumptions=assumptions)


TOO_LARGE = "the figure is beyond the range of a floating-point number"


def _too_large(start: int, end: int, kind: str, unit: str | None, currency: str | None,
               per: str | None, qualifier: Qualifier, about: str | None) -> Candidate:
    """The unresolved claim of a figure no float holds ("1e999 tonnes", "$" and 400
    nines): its kind and unit as read, no value, no interval."""
    v: Any
    if kind == "money":
        v = MoneyValue(amount=None, currency=currency or "USD", per=per)  # type: ignore[arg-type]
    else:
        v = QuantityValue(magnitude=None, unit={"percent": "percent"}.get(kind, unit or "dimensionless"))
    return Candidate(start, end, v, qualifier=qualifier, interval=None, about=about,
                     unresolved=TOO_LARGE)


# after "a year", "a month": words that make it a time phrase ("a year earlier", "a year
# ago"), not a rate; "earlier"/"later" not before "this year", "today", "in the day" (a
# rate, then a time: "10m barrels a day earlier this year"), "before"/"prior"/"later" only
# where the phrase ends ("a year before tax" is a rate)
_TIME_BACK = re.compile(
    r"[ \t]*[-–]?[ \t]*(?:ago\b|previously\b|earlier\b(?![ \t]+(?:this|that|today|tonight|in|on)\b)"
    r"|(?:before|prior|later)(?=[ \t]*(?:[,.;:!?)\]]|$)))", _I)
_HALF_TIME = re.compile(r"[ -]?time\b", _I)  # "half-time", "half time"
# a margin of error before a number: "plus or minus 2%", "±2%", "+/- 3", "+/-3"
_MARGIN = re.compile(r"(?:±|\+[ \t]*/?[ \t]*[-−]|plus[ \t]*(?:or|/)[ \t]*minus)[ \t]*$", _I)


def _margin_start(text: str, n: Num) -> int | None:
    """Where the margin-of-error sign or phrase before ``n`` starts, or None."""
    head = text[n.start:n.end]
    cut = n.start
    if head[:1] in "-−":
        cut = n.start + 1  # "+/-3": the minus read as the number's sign
    elif head[:5].lower() == "minus":
        cut = n.start + 5  # "plus or minus 2": "minus 2" read as one number
    elif not n.start or text[n.start - 1] not in "± \t-−":
        return None
    m = _MARGIN.search(text, max(0, cut - 16), cut)
    return m.start() if m else None


# A minus set off by spaces after a word: "fell to - 20 degrees" (after a number it is a
# range dash, "10 - 20 degrees"; at the start of a line a bullet, "- 20 degrees on the coast")
_SPACED_MINUS = re.compile(r"[A-Za-z][ \t]+([-−])[ \t]{1,2}$")


def _signed_scale(unit: str | None) -> bool:
    """Temperatures on a scale with a zero point below (Celsius, Fahrenheit), and bare
    "degrees": a spaced minus before them is a sign. Kelvin is never negative."""
    if unit == "degree":
        return True
    if unit is None or unit == "dimensionless":
        return False
    _, offset, base = canonical_unit(unit)
    return base == "kelvin" and offset != 0.0


# the second number of a two-unit measure ("5 feet 2 inches", "5 feet and 2 inches")
_COMPOUND_NUM = re.compile(
    r"[ \t]*,?[ \t]+(?:and[ \t]+)?(\d{1,2}(?:\.\d{1,2})?|[A-Za-z]+(?:-[A-Za-z]+)?)(?![\d,])")
# a bare "in" as inches only where the phrase ends ("he is 5 ft 2 in", "6ft 2in tall")
_BARE_IN = re.compile(r"[ \t]?in(?=[ \t]*(?:[,;:)!?]|\.(?:\s|$)|$|tall\b|high\b|long\b|wide\b|more\b))")
_RANGE_WORD = re.compile(r"[-–—~]|\b(?:to|and|or|through)\b", _I)


def _may_follow_currency(text: str, start: int) -> bool:
    """Can a currency symbol or code end right before ``start``? (spares a regex search)"""
    j = start - 1
    if j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j].isspace() or text[j] in "([,;:\"'“‘-–":
        return False
    # after a lower-case word only a symbol with a capital ("Rs", "Sh"), not "from 2"
    return not ("a" <= text[j] <= "z") or j > 0 and text[j - 1].isupper()


def _inside_quotes(text: str, pos: int) -> bool:
    """Is ``pos`` inside a straight double quotation opened earlier on its line (an odd
    number of '"' before it)? Then a '"' after a number closes the quote."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count('"', line_start, pos) % 2 == 1


def _extent_after(text: str, at: int) -> bool:
    """Does a length's extent follow ``at`` as the end of a compound ("-long", "-tall":
    units.yaml ``dimension_words``)?"""
    m = _HYPHEN_WORD.match(text, at)
    return m is not None and m.group(1).lower() in surfaces().dimension_words


_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)\b")
_GLOSS_OPEN = re.compile(r"\(\s*$")
_NAMED_FIGURE = re.compile(r"[A-Z][\w'’-]*\s*\((\d[\d,]*)\)")  # "Balochistan (234)"


def _apposed_age(text: str, n: Num, end: int, t: _Tables) -> bool:
    """Is ``n`` a person's age set off after a name ("Jane Doe, 39, a teacher", "the
    mayor, Ana Ruiz (52)") or after one person named by a noun ("the driver, 41, was
    held")? A whole number of digits from 1 to 120 between a capitalised word (no month, no
    function word) or a determiner's person noun and a closing comma or bracket; not a list
    of numbers ("Articles 3, 12, 14")."""
    if n.words or not n.integer or not 1 <= n.value <= 120 or end != n.end:
        return False
    m = _NAME_COMMA.search(text, max(0, n.start - 30), n.start)
    if m is None or m.group(1).lower() in t.months or m.group(1).lower() in t.function_words:
        m = t.person_comma.search(text, max(0, n.start - 50), n.start)
        if m is None:
            return False
    opened = text[m.end() - 1] == "("
    close = _AGE_CLOSE.match(text, end)
    if close is None or (close.group() == ")") != opened:
        return False
    if opened:  # a list of places' tallies, one beyond any age: "Balochistan (234), ...,
        # Kashmir (37) and Islamabad (1)"
        lo, hi = text.rfind("\n", 0, n.start) + 1, text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        if any(int(f.group(1).replace(",", "")) > 120 for f in _NAMED_FIGURE.finditer(text, max(lo, n.start - 400),
                                                                                     min(hi, end + 400))):
            return False
    return True


def _age_limit(text: str, n: Num, t: _Tables) -> bool:
    """Is ``n`` an age told of a group: a limit after a group of people ("voters under 30",
    "children under five") or the value of an age ("the average age of participants,
    67,", "a median age of 34")? A whole number from 1 to 120."""
    if not n.integer or not 1 <= n.value <= 120:
        return False
    return t.group_limit.search(text, max(0, n.start - 40), n.start) is not None or \
        _AGE_OF.search(text, max(0, n.start - 60), n.start) is not None


def _whole(n: Num, value: float, high: float | None) -> bool:
    """Can a number before a counted noun be a count? A whole, non-negative value written
    as an integer or with a scale ("1,300", "1.5 million", "between 2 and 3 million"), not
    a decimal ("3.75", "2.0"), a fraction or a negative number."""
    ends = (value,) if high is None else (value, high)
    scaled = n.scaled or value != n.value  # or given the other end's scale: "2.5 to 3 million"
    return n.kind == "cardinal" and (n.integer or scaled) and all(
        0 <= v < 1e18 and v == int(v) for v in ends)


_RATE_PERIODS = ("year", "month", "week", "day", "hour", "minute", "second")


def _period(c: Candidate) -> str | None:
    """The period of an amount's rate ("$5bn a year" -> "year", "tonne / day" -> "day")."""
    v = c.value
    if isinstance(v, MoneyValue):
        return v.per
    if isinstance(v, QuantityValue) and " / " in v.unit:
        per = v.unit.rsplit(" / ", 1)[1]
        return per if per in _RATE_PERIODS else None
    return None


def _same_measure(a: Candidate, b: Candidate) -> bool:
    """Do ``a`` (no rate) and ``b`` (a rate) measure the same thing: money in one
    currency, or quantities in one unit before the rate's period?"""
    va, vb = a.value, b.value
    if isinstance(va, MoneyValue) and isinstance(vb, MoneyValue):
        return va.currency == vb.currency and va.amount is not None
    if isinstance(va, QuantityValue) and isinstance(vb, QuantityValue):
        return va.magnitude is not None and "/" not in va.unit and va.unit != "dimensionless" \
            and vb.unit.rsplit(" / ", 1)[0] == va.unit
    return False


def _with_period(c: Candidate, period: str) -> Candidate:
    """``c`` as a rate per ``period`` (money: ``per``; a quantity: its unit / period, its
    interval converted)."""
    v = c.value
    if isinstance(v, MoneyValue):
        if period not in ("day", "week", "month", "quarter", "year"):
            return c
        return replace(c, value=MoneyValue(amount=v.amount, currency=v.currency,
                                           per=period))  # type: ignore[arg-type]
    assert isinstance(v, QuantityValue)
    unit = f"{v.unit} / {period}"
    old, new = canonical_unit(v.unit), canonical_unit(unit)
    iv = c.interval
    if iv is not None and not _finite_scaled(iv, new[0] / old[0]):
        return c
    if iv is not None:
        f = new[0] / old[0]
        iv = Interval(low=None if iv.low is None else iv.low * f,
                      high=None if iv.high is None else iv.high * f,
                      low_closed=iv.low_closed, high_closed=iv.high_closed, unit=new[2])
    return replace(c, value=QuantityValue(magnitude=v.magnitude, unit=unit, min=v.min,
                                          max=v.max), interval=iv)


def _adopt(bare: Candidate, other: Candidate) -> Candidate | None:
    """``bare`` (a number with no unit, "more than 10") in the kind and unit of ``other``
    ("less than 20 seats", "below 20 km"), or ``bare`` itself when it has its own."""
    v, o = bare.value, other.value
    if not (isinstance(v, QuantityValue) and v.unit == "dimensionless") or o.kind == v.kind \
            and getattr(o, "unit", None) == "dimensionless":
        return bare
    iv = bare.interval
    x = v.magnitude
    if iv is None or x is None:
        return bare  # an unresolved figure takes nothing from its neighbour
    if isinstance(o, CountValue) and x >= 0 and x == int(x):
        value: Any = CountValue(value=int(x))
        unit, factor, offset = "count", 1.0, 0.0
    elif isinstance(o, PercentValue):
        value, unit, factor, offset = PercentValue(value=x), "percent", 1.0, 0.0
    elif isinstance(o, QuantityValue):
        value = QuantityValue(magnitude=x, unit=o.unit)
        factor, offset, unit = canonical_unit(o.unit)
    else:
        return None
    if not _finite_scaled(iv, factor, offset):
        return None  # beyond any float in the other's unit
    return Candidate(bare.start, bare.end, value, qualifier=bare.qualifier,
                     interval=intervals.convert(iv, factor, offset, unit), about=bare.about)


def _finite_scaled(iv: Interval, factor: float, offset: float = 0.0) -> bool:
    """Do both ends of ``iv`` stay finite numbers when scaled by ``factor``?"""
    return all(math.isfinite(x * factor + offset) for x in (iv.low, iv.high)
               if isinstance(x, float))


def _spaced_dash_end(text: str, a: Num, b: Num) -> Num | None:
    """``b`` read without its minus when the minus is a range's dash set off before it
    only, after ``a``'s own percent sign or unit ("a range of 5.25 per cent -5.5 per
    cent"): ``b`` positive, from its digit on; else None."""
    if b.value >= 0 or a.value < 0 or b.start - a.end > 16 \
            or not _MARKED_BEFORE_DASH.fullmatch(text, a.end, b.start + 1):
        return None
    return replace(b, start=b.start + 1, value=-b.value)


# what may stand between a range's first end and a dash set off before the second: the
# first end's percent sign or unit word ("5.25 per cent -5.5 per cent", "5.25% -5.5%")
_MARKED_BEFORE_DASH = re.compile(r"\s*(?:%|per\s?cent|percent|[A-Za-z]{1,12})\s+[-−]", _I)


def _dollar_key(prefix: str | None) -> str:
    """ "U.S. " -> "us": the key of a dollar prefix in ``Tables.dollar_prefixes``."""
    return (prefix or "").lower().replace(" ", "").replace(".", "")


def _unscaled(n: Num) -> float:
    """The number before its scale word ("5" of "5 million")."""
    text_value = n.value
    for scale in (1e12, 1e9, 1e6, 1e3):
        if n.scaled and abs(text_value) >= scale:
            return text_value / scale
    return text_value


# --------------------------------------------------------------------------- public

_PREFILTER = re.compile(r"\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
                        r"|eleven|twelve|[a-z]+teen|twenty|thirty|fou?rty|fifty|sixty|seventy"
                        r"|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half"
                        r"|quarter|zero|nought|naught|first|second|third|[a-z]+th|twice|thrice|doubled|tripled|trebled|doubling|tripling|trebling|quadrupling"
                        r"|(?:single|double|triple)[- ]digit"
                        r"|quadrupled"
                        r"|lakh|crore)", _I)


def _counted(c: Candidate, text: str) -> Candidate:
    """A bare whole number is a count of things, though no noun is written after it
    ("took 68 seats, up from 49"; "measles cases rose to 412"; "Rao took four for 51";
    "held four and independents three"), unless its ``about`` names a measure ("prices
    rose to 412", "the index fell to 96") that is not one of countable things."""
    v = c.value
    if not (isinstance(v, QuantityValue) and v.unit == "dimensionless" and v.max is None
            and v.magnitude is not None and float(v.magnitude).is_integer() and v.magnitude >= 0
            and c.qualifier is not Qualifier.range):
        return c
    t = about_tables()
    if c.about is None:  # nothing named: a count, unless a word is joined to it ("two-way")
        if c.end < len(text) and text[c.end] in "-–" or c.start and text[c.start - 1] in "-–":
            return c
    else:
        word = c.about.split()[-1]
        if word.lower() in t.tally_nouns:
            pass  # "the death toll had risen from 29 to 41"
        elif not is_plural(word, t) or word.lower() in t.measure_nouns and word.lower() not in t.counted_nouns:
            return c
    iv = c.interval.model_copy(update={"unit": "count"}) if c.interval is not None else None
    return replace(c, value=CountValue(value=int(v.magnitude)), interval=iv)


def _ordinal(start: int, end: int, value: float, about: str | None) -> Candidate:
    return Candidate(start, end, OrdinalValue(value=int(value)),
                     interval=Interval(low=value, high=value, unit="ordinal"), about=about)


# after "twice": what makes it a multiple, not how often ("twice as many", "twice the
# average", "twice that", "twice a year's"); a comparative ("twice larger")
_MULTIPLE_NEXT = re.compile(r"[ \t]+(?:as|the|that|those|what|its|their|his|her|our|this|these|"
                            r"[a-z]+er|more|less|fewer)\b", _I)
# "double" / "triple" as a multiple of what follows: "nearly double the average", "triple
# what it paid", "double that of 2023" (not "a double murder", "double-digit")
_DOUBLE = re.compile(r"(?<![\w-])(double|triple)(?=[ \t]+(?:the|that|those|what|its|their|his|her|"
                     r"our|last|a[ \t]+year)\b)", _I)


def find_numeric(text: str, ctx: Context) -> list[Candidate]:
    """Quantity, money, percent, count, ordinal and ratio candidates of ``text``."""
    if not _PREFILTER.search(text):
        return []
    r = _Reader(text, ctx)
    out = r.run()
    t = r.t
    low = text.lower()
    for m in t.multiplier_re.finditer(text) if any(w in low for w in t.multipliers) else ():
        if r.reserved(m.start(), m.end()):
            continue  # "twice", "more than doubled", "halved": a multiple on its own
        qual, start = r.qualifier_before(m.start())
        word = m.group().lower()
        # "was shelled twice last week": how often, a count; "twice as many", "twice the
        # average", "more than doubled": a multiple
        kind = "count" if word in ("twice", "thrice") and qual == "exact" and \
            not _MULTIPLE_NEXT.match(text, m.end()) else "ratio"
        out.append(r.candidate(start, m.end(), kind, t.multipliers[word], None, 0.0,
                               qual, None, None, None, None, 0, False))
    for m in _DOUBLE.finditer(text) if "doubl" in low or "tripl" in low else ():
        if not r.reserved(m.start(), m.end()):  # "nearly double the monthly average"
            qual, start = r.qualifier_before(m.start())
            out.append(r.candidate(start, m.end(), "ratio", 3.0 if m.group(1).lower() == "triple" else 2.0,
                                   None, 0.0, qual, None, None, None, None, 0, False))
    out.sort(key=lambda c: (c.start, c.end))
    return out
