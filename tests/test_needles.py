"""Needles and first-character classes (extract/needles.py): exact pre-filters of regex scans.

The property that matters: a filter never rules out a text (or window) where the pattern
matches, and the first-character lookahead changes no match."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.dates.rules import _patterns
from factcheck.extract.identifiers import _digit_union, schemes
from factcheck.extract.needles import class_starts, first_class, folded, needles, starts, word_starts
from factcheck.extract.numeric_tables import tables

# words the patterns below care about, mixed with noise, in any case
_WORDS = ["resolution", "Resolution", "RESOLUTION", "Committee", "committee", "flight", "Flight",
          "caves", "Cave", "last", "Past", "next", "week", "weeks", "another", "month", "year",
          "the", "rest", "of", "in", "2017", "5", "12th", "Q3", "H1", "fiscal", "FY", "İ", "ı",
          "ſ", "K", "day", "days", "ago", "later", "all", "whole", "century", "21st", "'90s",
          "-", ",", ".", "/", " ", "  ", "\n", "for", "lasted", "summer", "Monday", "morning"]
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join) | st.text(max_size=60)

_DATE_RULES = [p for p, _ in _patterns().rules]
_ID_PATTERNS = [p for s in schemes() for p in (s.trigger, *s.context) if p is not None]


def test_needles_of_literals_and_small_classes() -> None:
    n = needles(re.compile(r"[Rr]esolution"))
    assert n is not None and set(n.strings) == {"Resolution", "resolution"} and not n.folded
    n = needles(re.compile(r"(?:ommittee|egime)\s+\d"))
    assert n is not None and set(n.strings) == {"ommittee", "egime"}
    n = needles(re.compile(r"the\s+(?:past|last)\s+(\d+)\s+weeks?", re.I))
    assert n is not None and n.folded and set(n.strings) == {"week"}
    assert needles(re.compile(r"\d+(?:\.\d+)?")) is None  # nothing literal
    assert needles(re.compile(r"(?:ab|c)d?")) is None  # "c" alone: too short to test
    assert needles(re.compile(r"(?:x+)?")) is None


def test_starts_of_classes_and_alternations() -> None:
    s = starts(re.compile(r"[Rr]esolution"))
    assert s is not None and s.offset == 0 and set(s.strings) == {"Resolution", "resolution"}
    s = starts(re.compile(r"[RrSU](?:esolution|/RES|NSC)"))  # 12 strings at 0: 3 at 1
    assert s is not None and s.offset == 1 and set(s.strings) == {"esolution", "/RES", "NSC"}
    s = starts(re.compile(r"(?:aras?\.?\s|aragraph|OPs?\d|¶)"))  # "aragraph" starts with "ara"
    assert s is not None and set(s.strings) == {"ara", "OP", "¶"}
    assert starts(re.compile(r"IMO\s*\d")) is None  # led by a literal: the engine skips ahead
    assert starts(re.compile(r"[GPS]\d")) is None  # one character: everywhere
    assert starts(re.compile(r"[Aa]b", re.I)) is None
    assert starts(re.compile(r"[ab]?")) is None  # can match empty


_START_TEXT = st.lists(st.sampled_from(_WORDS + ["S.", "H.R.", "S.S.", "UNSC", "/RES", "Panel",
                                                 "ase,", "No.", "MAX", "Max 8", "avern", "aa"]),
                       max_size=30).map("".join) | _TEXT


@settings(max_examples=300, deadline=None)
@given(_START_TEXT)
def test_starts_find_what_a_scan_finds(text: str) -> None:
    extra = [re.compile(p) for p in (r"[ab]a", r"[xy]{2}(?:aa|a\.)", r"[aS](?:a|\.)(?<=a)")]
    for pattern in [s.trigger for s in schemes() if s.trigger is not None] + extra:
        found = starts(pattern)
        if found is not None:
            assert [m.span() for m in found.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


_VAGUE_TEXT = st.lists(st.sampled_from(["hundreds", "Hundreds", "THOUSANDS", "tens", "attens", "of",
                                         "millions", "Dozens", "lakh", "-", " ", "\t", "ſ", "K",
                                         "İ", "é", "5", "crore", "billion", "scores"]),
                       max_size=20).map(" ".join) | _START_TEXT


@settings(max_examples=300, deadline=None)
@given(_VAGUE_TEXT)
def test_vague_amounts_found_in_the_lower_cased_text(text: str) -> None:
    t = tables()
    low = folded(text)
    if low is None or t.vague_starts is None:
        return
    assert [(m.span(), *m.group("first", "more")) for m in t.vague_starts.finditer(t.vague_low, low)] \
        == [(m.span(), m.group("first").lower(), m.group("more").lower())
            for m in t.vague_re.finditer(text)]


def test_folded_refuses_inexact_lowering() -> None:
    assert folded("Hello World") == "hello world"
    assert folded("İstanbul") is None  # lower-cases to two characters
    assert folded("ſeptember") is None  # "ſ" matches "s" case-insensitively


def test_first_class() -> None:
    assert first_class(r"(?:the\s+)?(?:last|next)\s+week") == "[lnt]"
    assert first_class(r"(?<![A-Za-z])\d+") == r"[\d]"
    assert first_class(r"a?") is None  # can match empty
    assert first_class(r".x") is None  # any character


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_needles_never_rule_out_a_match(text: str) -> None:
    low = folded(text)
    for pattern in _DATE_RULES + _ID_PATTERNS:
        n = needles(pattern)
        if n is not None and pattern.search(text):
            assert n.in_text(text, low), (pattern.pattern[:60], text)
            assert n.in_window(text, low, 0, len(text))


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_first_class_changes_no_match(text: str) -> None:
    for pattern in _DATE_RULES:
        # the rules are compiled with the class in front; strip it and compare
        bare = re.sub(r"^\(\?<!\[A-Za-z\]\)\(\?=\[[^\]]*\]\)", "(?<![A-Za-z])", pattern.pattern)
        plain = re.compile(bare, pattern.flags)
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(0, 80))
def test_word_starts_find_what_a_scan_finds(text: str, pos: int, length: int) -> None:
    end = min(len(text), pos + length)
    extra = [re.compile(r"(?<![A-Za-z])(?:k|s|i)\w*", re.I), re.compile(r"(?<![A-Za-z])[a-z ]+"),
             re.compile(r"(?<![A-Za-z])(?:\d|-)(?<=[\s\d-])", re.I | re.ASCII)]
    for pattern in _DATE_RULES + extra:
        scan = word_starts(pattern)
        assert scan is not None, pattern.pattern[:60]
        assert [(m.span(), m.groups()) for m in scan.finditer(text, pos, end)] \
            == [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]


@settings(max_examples=300, deadline=None)
@given(_START_TEXT, st.integers(0, 40))
def test_class_starts_find_what_a_scan_finds(text: str, pos: int) -> None:
    extra = [re.compile(p) for p in (r"(?:[Ab]a|c)", r"(?=[xy])(?:xa|y\.)", r"(?<!a)(?:Sa|a\.)(?<=a)",
                                      r"\d(?:(?<=[A-Z]\d)|(?=x))")]
    for pattern in _ID_PATTERNS + extra:
        scan = class_starts(pattern)
        if scan is not None:
            assert [(m.span(), m.groups()) for m in scan.finditer(text, pos)] \
                == [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]


def test_class_starts_of_patterns_the_engine_skips_on_by_itself() -> None:
    assert class_starts(re.compile(r"IMO\s*\d")) is None  # a literal first
    assert class_starts(re.compile(r"[Ff]l(?:y|ew)", re.I)) is None
    assert class_starts(re.compile(r"a?")) is None
    assert class_starts(re.compile(r"(?:[Ff]ly|[Mm]ission)")) is not None


def test_word_starts_refuse_unguarded_or_empty_patterns() -> None:
    assert word_starts(re.compile(r"\d+")) is None
    assert word_starts(re.compile(r"(?<![A-Za-z])a?")) is None


def test_the_guard_lets_through_what_word_starts_try_after() -> None:
    # every character the case-insensitive guard rejects, tried one by one
    guard = re.compile(r"[A-Za-z]", re.I)
    rejected = {c for c in map(chr, range(0x110000)) if guard.match(c)}
    assert rejected - set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == {"İ", "ı", "ſ", "\u212a"}


def test_date_rules_carry_their_first_class() -> None:
    with_class = [p for p in _DATE_RULES if re.match(r"\(\?<!\[A-Za-z\]\)\(\?=\[", p.pattern)]
    assert len(with_class) >= len(_DATE_RULES) - 2


_CODES = st.text(alphabet="AB9Z0 -/xy.1٣", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_CODES)
def test_one_digit_triggers_found_by_their_union(text: str) -> None:
    union = _digit_union()
    assert union is not None
    hits = [m.start() for m in union.finditer(text)]
    for s in schemes():
        if s.one_digit and s.trigger is not None:
            alone = [m.span() for m in s.trigger.finditer(text)]
            assert alone == [(p, p + 1) for p in hits if s.trigger.match(text, p)]
