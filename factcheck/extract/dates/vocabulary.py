"""The date vocabulary (data/patterns/en/dates.yaml) and the word readers built on it."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from factcheck.data import load_yaml
from factcheck.models import Granularity, Qualifier

# units of a span shorter than a day: never a calendar offset ("two hours later" names no day)
SUB_DAY = frozenset({"hour", "minute", "second"})

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
    just_below: list[str]
    future_cues: list[str]
    past_verbs: list[str]
    headline_to_not_future: list[str]
    not_past: list[str]
    start_cues: list[str]
    present_verbs: list[str]
    scheduled_verbs: list[str]
    scheduled_nouns: list[str]
    target_cues: list[str]
    deferral_verbs: list[str]
    instrument_nouns: list[str]
    year_cues: list[str]
    year_nouns: list[str]
    year_followers: frozenset[str]
    seasons: dict[str, tuple[int, int]]
    parts: dict[str, int]
    year_edge_months: dict[str, int]
    day_parts: list[str]
    buddhist_era_cues: list[str]
    fixed_holidays: dict[str, tuple[int, int]]
    weekday_holidays: dict[str, tuple[int, int, int]]
    thanksgiving_offsets: dict[str, int]
    easter_offsets: dict[str, int]
    decade_words: dict[str, int]
    calendar_period_cues: list[str]
    fiscal_period_cues: list[str]
    fiscal_year: dict[str, int]
    fiscal_years: list[dict[str, Any]] = []
    year_span_not_fiscal: list[str] = []
    over_as_during: list[str]
    over_as_more_than: list[str]
    day_followers: list[str]
    span_modifiers: list[str]
    span_leads: list[str]
    gap_words: list[str]
    gap_words_after: list[str]
    stopwatch_units_after: list[str]
    split_units: list[str]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary.model_validate(load_yaml("patterns/en/dates.yaml"))


def _trie(words: Any) -> str:
    """A regex matching exactly ``words``, factored by prefix so that the engine decides on
    the first letter instead of trying every word (Python's ``re`` does not do this itself)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
            branches.append((r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _depth(node: dict[str, Any]) -> int:
    return 1 + max((_depth(c) for c in node.values()), default=0)


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))



def vulgar() -> dict[str, float]:
    """The vulgar fractions a mixed number may end on ("7½ hours"): the number reader's."""
    from factcheck.extract.number_words import words

    return words().vulgar


def _num(word: str | None) -> float | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip()).replace("-and-a-half", " and a half")
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w[:1].isdigit():
        try:
            return float(w.replace(",", "")) + half
        except ValueError:  # a mixed number ("1 1/2", "7½", "2 ¼"): the number reader's
            from factcheck.extract.numbers import parse_number

            n = parse_number(w)
            return None if n is None else n + half
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
    if len(parts) == 1 and w.isalpha() and w in v.cardinals:  # "Friday the fifteen"
        n = v.cardinals[w]
        return int(n) if n == int(n) and 1 <= n <= 31 else None
    return None


def _month_no(word: str) -> int:
    return vocabulary().months[word.lower().rstrip(".")]


def _year_of(word: str | None, published: dt.date | None) -> int | None:
    """'2017' -> 2017; "'17" / '17' -> the century that puts it within 10 years ahead."""
    if not word:
        return None
    if word[:1].isalpha():  # a spelled year: "nineteen seventy eight"
        from factcheck.extract.dates.spelled import spelled_year

        return spelled_year(word)
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
