"""Identifiers: resolution numbers, designations. Scheme table: data/identifiers.yaml.

Identifiers run first in the extraction order; their spans are reserved so that
"Resolution 2375" never becomes the year 2375 or a count of 2,375.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from factcheck.data import load_yaml
from factcheck.extract.base import Candidate, Context, SpanIndex
from factcheck.extract.needles import Needles, Scan, Starts, class_starts, folded, needles, starts, width
from factcheck.models import IdentifierValue

_WINDOW = (60, 200)  # default reach of a match around a trigger hit
_LIST_ITEM = re.compile(r"(?P<id>\d{1,6})(?:\s*\((?P<year>(?:19|20)\d\d)\))?")


@dataclass(frozen=True)
class Scheme:
    scheme: str
    patterns: tuple[re.Pattern[str], ...]
    context: tuple[re.Pattern[str], ...]
    emit: bool
    trigger: re.Pattern[str] | None
    window: tuple[int, int]
    # literal needles of the trigger and of each context pattern (extract/needles.py):
    # where none occurs in the text, that regex is not run
    trigger_needles: Needles | None = None
    # the strings a trigger's match starts with (extract/needles.py): when known, the
    # trigger is tried only where one occurs instead of scanning the text for it (and
    # has no needles: the search for these strings is the test)
    trigger_starts: Starts | None = None
    # else the trigger's scan that skips ahead where the engine cannot by itself
    trigger_scan: Scan | None = None
    context_needles: tuple[Needles | None, ...] = ()
    one_digit: bool = False  # the trigger is a digit with look-arounds (``_digit_union``)


@lru_cache(maxsize=1)
def schemes() -> tuple[Scheme, ...]:
    table = load_yaml("identifiers.yaml")
    out = []
    for entry in table["schemes"]:
        unknown = set(entry) - {"scheme", "description", "patterns", "context", "emit", "trigger",
                                 "window"}
        if unknown:
            raise ValueError(f"identifiers.yaml: unknown keys {sorted(unknown)}")
        trigger = re.compile(entry["trigger"]) if entry.get("trigger") else None
        trigger_starts = starts(trigger) if trigger is not None else None
        context = tuple(re.compile(p) for p in entry.get("context", ()))
        out.append(Scheme(
            scheme=entry["scheme"],
            patterns=tuple(re.compile(p.replace("CURRENCY_CODES", _currency_codes())) for p in entry["patterns"]),
            context=context,
            emit=entry.get("emit", True),
            trigger=trigger,
            window=tuple(entry.get("window", _WINDOW)),
            trigger_needles=needles(trigger) if trigger is not None and trigger_starts is None else None,
            trigger_starts=trigger_starts,
            trigger_scan=class_starts(trigger) if trigger is not None and trigger_starts is None else None,
            context_needles=tuple(needles(c) for c in context),
            one_digit=_one_digit(trigger),
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def _currency_codes() -> str:
    """An alternation of the ISO codes written before an amount ("USD 1500"), for
    CURRENCY_CODES in a pattern."""
    codes = load_yaml("patterns/en/currencies.yaml")["codes"]
    return "(?:" + "|".join(sorted({str(c) for c in codes})) + ")"


def _one_digit(trigger: re.Pattern[str] | None) -> bool:
    """Is ``trigger`` a digit with look-arounds only ("\\d(?<=[A-Za-z]\\d)"): one
    character wide, opening with ``\\d``?"""
    return (trigger is not None and trigger.pattern.startswith("\\d")
            and trigger.flags == re.UNICODE and width(trigger) == (1, 1))


@lru_cache(maxsize=1)
def _digit_union() -> re.Pattern[str] | None:
    """One scan for every one-digit trigger: a digit where any of their look-arounds holds.
    Its hits are every place one of them matches; each is then tried there alone (a scan
    of the text for digits costs one character-class test a character, so one scan
    instead of one per trigger)."""
    rests = [s.trigger.pattern[2:] for s in schemes() if s.trigger is not None and s.one_digit]
    if len(rests) < 2:
        return None
    return re.compile(r"\d(?:" + "|".join(f"(?:{r})" for r in rests) + ")")


def find_identifiers(text: str, ctx: Context) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Identifier candidates, and every span to reserve (emitted or not)."""
    found: list[Candidate] = []
    reserved: list[tuple[int, int]] = []
    taken = SpanIndex()
    low = folded(text)
    union, digits = _digit_union(), None
    hits: dict[str, list[tuple[int, int]]] = {}
    for scheme in schemes():
        if scheme.trigger_needles is not None and not scheme.trigger_needles.in_text(text, low):
            continue  # no needle of the trigger in the text: it cannot match
        if scheme.one_digit and union is not None and scheme.trigger is not None:
            if digits is None:
                digits = [m.start() for m in union.finditer(text)]
            trigger = scheme.trigger
            windows = _windows(text, ((p, p + 1) for p in digits if trigger.match(text, p)),
                               scheme.window)
        elif scheme.trigger is None:
            windows = [(0, len(text))]
        else:
            spans = hits.get(scheme.trigger.pattern)
            if spans is None:  # schemes that share a trigger ("[Rr]esolution") scan once
                spans = hits[scheme.trigger.pattern] = [m.span() for m in (
                    scheme.trigger_starts.finditer(scheme.trigger, text) if scheme.trigger_starts
                    else (scheme.trigger_scan or scheme.trigger).finditer(text))]
            windows = _windows(text, spans, scheme.window)
        if not windows or scheme.context and not any(
                (n is None or n.in_text(text, low)) and c.search(text)
                for c, n in zip(scheme.context, scheme.context_needles)):
            continue  # the trigger first: it is cheap and usually absent
        for pattern in scheme.patterns:
            for start, end in windows:
                for m in pattern.finditer(text, start, end):
                    if taken.overlaps(m.start(), m.end()) or text[m.start() - 1:m.start()] == "$":
                        continue  # (an amount's dollar letters: "$US160 million", "$C3bn")
                    reserved.append((m.start(), m.end()))
                    taken.add(m.start(), m.end())
                    if scheme.emit:
                        found.extend(_candidates(scheme.scheme, m))
    return found, sorted(reserved)


def _windows(text: str, hits: Iterable[tuple[int, int]],
             window: tuple[int, int]) -> list[tuple[int, int]]:
    """Merged ranges of text where a scheme's patterns can match, around its trigger's hits."""
    before, after = window
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        start, end = max(hit_start - before, 0), min(hit_end + after, len(text))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _candidates(scheme: str, m: re.Match[str]) -> list[Candidate]:
    groups = m.groupdict()
    if groups.get("ids") is None:
        year = groups.get("year")
        value = IdentifierValue(scheme=scheme, id=groups["id"], year=int(year) if year else None)
        return [Candidate(m.start(), m.end(), value)]
    base = m.start("ids")
    items = list(_LIST_ITEM.finditer(m.group("ids")))
    out = []
    for i, item in enumerate(items):
        start = m.start() if i == 0 else base + item.start()
        year = item.group("year")
        value = IdentifierValue(scheme=scheme, id=item.group("id"), year=int(year) if year else None)
        out.append(Candidate(start, base + item.end(), value))
    return out
