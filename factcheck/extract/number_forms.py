"""Forms of written numbers beyond one run of number words, for ``numbers.py``: fraction
denominators and mixed numbers ("one twenty-fifth", "two and three fifths"), spoken
decimals and quotients ("two point five", "one over three"), a detached minus ("- 1 4/5"),
and the number value types ``Num`` and ``_Atom``."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from factcheck.extract.number_words import words

__all__ = ["Num", "times"]


def times(value: float, factor: float) -> float:
    """``value * factor`` without binary noise when ``value`` is a short decimal: "16.6
    billion" is 16600000000.0, not 16600000000.000002."""
    product = value * factor
    if not math.isfinite(product) or value == int(value):
        return product
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


@dataclass(frozen=True, slots=True)
class Num:
    """One number found in text: ``text[start:end]`` is its surface form."""

    start: int
    end: int
    value: float
    kind: str = "cardinal"  # cardinal | ordinal | fraction
    half: float = 0.0  # half-width of the stated precision, in the value's units
    words: bool = False  # written (at least partly) in words
    integer: bool = True  # digits without decimals, or an integer in words
    scaled: bool = False  # a scale word or suffix multiplied it ("2 million", "10k")
    glued_m: bool = False  # digits directly followed by "m" (metre or million?)
    plain: str = ""  # the digits as written, for year and identifier checks

    @property
    def low(self) -> float:
        return self.value - self.half

    @property
    def high(self) -> float:
        return self.value + self.half


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    kind: str  # digits | unit | tens | scale | mult | ord | frac | neg | half | vulgar
    value: float
    word: str = ""
    num: Num | None = None  # for digit atoms



_SCALE_ORDINALS = frozenset({100, 1000, 1e6, 1e9, 1e12})
_SPACE_OR_HYPHEN = re.compile(r"[ \t]*-[ \t]*|[ \t]+")


def _compound_denominator(text: str, tens: _Atom, nxt: _Atom) -> bool:
    """ "twenty-fifth", "twenty firsts": a tens word and a unit ordinal forming the
    denominator of a fraction; a singular one only where a fraction may end ("one
    twenty-fifth of", "a twenty-first." but not "a twenty-first century")."""
    if not _SPACE_OR_HYPHEN.fullmatch(text, tens.end, nxt.start):
        return False
    if nxt.kind == "ordpl" or nxt.kind == "frac" and nxt.word.endswith("s") and nxt.value < 10:
        return True
    return nxt.kind == "ord" and 1 <= nxt.value < 10 and _fraction_context(text, nxt)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def _bare_hundred(text: str, a: _Atom, nxt: _Atom) -> bool:
    """ "hundred thousand dollars": a bare "hundred" before a larger scale word is one
    hundred, unless a vague word precedes ("several hundred thousand", "the hundred
    million")."""
    if not _SPACE_OR_HYPHEN.fullmatch(text, a.end, nxt.start) or a.word != "hundred":
        return False
    m = _WORD_BEFORE.search(text, max(0, a.start - 16), a.start)
    return m is None or m.group(1).lower() not in words().vague_before


def _mixed_tail(text: str, group: list[_Atom], j: int) -> bool:
    """Whether ``group[j:]`` is the fraction of a mixed number: a numerator of one or two
    number words and a larger plural denominator ("three fifths", "fifty-four hundredths"), or
    "one" and a singular one ("one half", "one fourth")."""
    k = j
    while k < len(group) and k < j + 2 and group[k].kind in ("unit", "tens") and (
            k == j or "and" not in text[group[k - 1].end:group[k].start].lower()):
        k += 1
    if k == j or k >= len(group) or "and" in text[group[k - 1].end:group[k].start].lower():
        return False
    den = group[k]
    if den.kind in ("frac", "ord") and den.word.endswith("s") and den.value >= 3:
        # a proper fraction: "one hundred and thirty fifths" is 130/5, not 100 + 30/5
        return sum(a.value for a in group[j:k]) < den.value
    return k == j + 1 and group[j].value == 1 and den.kind in ("frac", "ord", "half") and (
        den.word == "half" or 3 <= den.value < 100 and not den.word.endswith("s"))
@lru_cache(maxsize=1)
def _fraction_follow() -> re.Pattern[str]:
    """What follows a fraction word: "of", a stop, or a comparative ("a fifth fewer")."""
    from factcheck.data import load_yaml

    words = [str(w) for w in load_yaml("patterns/en/context.yaml")["comparatives"]
             if str(w) not in ("that", "what")]
    return re.compile(r"\s*(?:of\b|[.,;:!?)]|$|(?:" + "|".join(map(re.escape, words)) + r")\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _fraction_lead() -> re.Pattern[str]:
    """What comes before the "a" of a fraction of a change: "fell by a third", "down a fifth"."""
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/context.yaml")["fraction_before"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, map(str, words)))
                      + r")[ \t]+(?:an?|one)[ \t-]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _no_noun_after() -> re.Pattern[str]:
    """After a fraction of a change: a function word, a name or a figure ("by a third on
    Monday", "by a fifth in 2025"), not a noun it would rank ("by a third successive win")."""
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/context.yaml")["function_words"]
    return re.compile(r"[ \t]+(?:(?:" + "|".join(map(re.escape, map(str, words)))
                      + r")(?![\w'’-])|[A-Z0-9])")


def _fraction_context(text: str, a: _Atom) -> bool:
    """"a third of", "a fifth.", "a fifth fewer", "fell by a third on Monday" read as
    fractions; "a third time", "by a third successive win" as ordinals."""
    return _fraction_follow().match(text, a.end) is not None or \
        _fraction_lead().search(text, max(0, a.start - 12), a.start) is not None \
        and _no_noun_after().match(text, a.end) is not None


_POINT = re.compile(r"[ \t]+point[ \t]+", re.IGNORECASE)
_OVER = re.compile(r"[ \t]+over[ \t]+", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)\]])")


def _combine(text: str, nums: list[Num]) -> list[Num]:
    """Spoken decimals and quotients across numbers: "two hundred point zero three"
    (200.03: the digits after "point" are read one by one, "seventy-one" as 71), and
    "one over three", "1 over 20" (1/3, 0.05) when nothing follows but punctuation or the
    end ("over 3 years" stays the qualifier "more than")."""
    out: list[Num] = []
    i, n = 0, len(nums)
    while i < n:
        a = nums[i]
        if i + 1 < n and a.words and a.kind == "cardinal" and _POINT.fullmatch(
                text, a.end, nums[i + 1].start) and nums[i + 1].words and nums[i + 1].integer \
                and nums[i + 1].value >= 0 and not (a.value == 1 and _AT_BEFORE.search(text, max(0, a.start - 4),
                                                                       a.start)):
            digits, j = str(int(nums[i + 1].value)), i + 2
            if nums[i + 1].value < 10:  # "zero three", "nought four": one digit per word
                while j < n and nums[j].words and nums[j].integer and 0 <= nums[j].value < 10 \
                        and text[nums[j - 1].end:nums[j].start] == " " and not nums[j].scaled:
                    digits += str(int(nums[j].value))
                    j += 1
            frac = float("0." + digits)
            value = a.value - frac if a.value < 0 else a.value + frac
            half = 0.5 * 10.0 ** -len(digits)
            out.append(Num(a.start, nums[j - 1].end, value, "cardinal", half, True, False,
                           a.scaled, False, ""))
            i = j
            continue
        if i + 1 < n and a.kind == "cardinal" and a.integer and not a.scaled and _OVER.fullmatch(
                text, a.end, nums[i + 1].start):
            b = nums[i + 1]
            if b.kind == "cardinal" and b.integer and b.value > 0 and not b.scaled and \
                    _CLAUSE_END.match(text, b.end):
                out.append(Num(a.start, b.end, a.value / b.value, "fraction", 0.0,
                               a.words or b.words, False, False, False, ""))
                i += 2
                continue
        out.append(a)
        i += 1
    return out



_LEAD_MINUS = re.compile(r"[ \t]*[-−][ \t]{1,2}")
_TRAIL = re.compile(r"[ \t]*[.;]?[ \t]*")


def _detached_minus(text: str, out: list[Num]) -> list[Num]:
    """A minus set off by a space counts when the number is the whole text, as in a
    formula or a table cell ("- 1 4/5", "- 10 k"); a bullet ("- 10 people") is followed
    by words and keeps its number positive."""
    n = out[0]
    if _LEAD_MINUS.fullmatch(text, 0, n.start) and _TRAIL.fullmatch(text, n.end):
        start = text.index("-") if "-" in text[:n.start] else text.index("−")
        return [Num(start, n.end, -n.value, n.kind, n.half, n.words, n.integer, n.scaled,
                    n.glued_m, n.plain)]
    return out
