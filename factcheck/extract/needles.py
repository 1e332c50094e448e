"""Literal needles of a regular expression: cheap tests that rule a regex scan out.

``needles(pattern)`` reads a compiled pattern's syntax tree for a set of literal strings
such that every match contains at least one of them ("[Rr]esolution" -> {"Resolution",
"resolution"}; "(?:ommittee|egime)" -> {"ommittee", "egime"}; "\\d+" -> none). Where no
needle of the set occurs in a text (or in a window of it), the pattern cannot match there,
and its scan, which costs tens of nanoseconds a character, is skipped for a substring
search that costs a fraction of one. The test is exact: it only ever skips scans that
would have found nothing, so output never depends on it.

A case-insensitive pattern's needles are lower-case and are looked for in
``folded(text)``, the lower-cased text; that is ``None`` (no skipping) for the rare texts
holding a character that case-insensitive matching pairs with an ASCII letter other than
its own lower case ("İ", "ı", "ſ").
"""
from __future__ import annotations

import re
import sys
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Iterator

try:  # the syntax tree of a pattern: re's own parser (CPython 3.11+)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - another implementation: never skip
    _c = _p = None  # type: ignore[assignment]

_MIN_LENGTH = 3  # shorter needles occur almost everywhere: no test
_MAX_STRINGS = 24  # a run of small character classes expands to at most this many strings
_MAX_SEARCHES = 5  # whole-text substring searches per test
_MAX_STARTS = 6  # whole-text substring searches for the places a match can start (default)
_MIN_START = 2  # an ASCII leading string shorter than this occurs almost everywhere ('¶' does not)
_UNSAFE_FOLDS = ("İ", "ı", "ſ")  # case-insensitively equal to an ASCII letter they don't lower to


@dataclass(frozen=True)
class Needles:
    strings: tuple[str, ...]
    folded: bool  # lower-case strings, looked for in the lower-cased text
    finder: re.Pattern[str]  # any of them, for windows: ``finder.search(hay, lo, hi)``

    def in_text(self, text: str, low: str | None) -> bool:
        """Can the pattern match anywhere in ``text``? (``low`` = ``folded(text)``) A
        substring search costs about a third of a nanosecond a character: past
        ``_MAX_SEARCHES`` strings the test would cost what the scan it spares does, and
        the answer is yes."""
        hay = low if self.folded else text
        if hay is None or len(self.strings) > _MAX_SEARCHES:
            return True
        return any(s in hay for s in self.strings)

    def in_window(self, text: str, low: str | None, lo: int, hi: int) -> bool:
        """Can the pattern match inside ``text[lo:hi]`` (a scan with pos/endpos)?"""
        hay = low if self.folded else text
        if hay is None:
            return True
        if len(self.strings) <= _MAX_SEARCHES:  # substring searches beat a regex scan
            window = hay[lo:hi]
            return any(s in window for s in self.strings)
        return self.finder.search(hay, lo, hi) is not None


def folded(text: str) -> str | None:
    """``text.lower()``, offsets unchanged, or None where lower-casing is not exact."""
    if any(c in text for c in _UNSAFE_FOLDS):
        return None
    return lowered(text)


_LAST: list[tuple[str, str]] = [("", "")]  # the text lowered last, and its lower case


_SHORT = 200  # a text shorter than this is lowered at once, not kept


def lowered(text: str) -> str:
    """``text.lower()``, computed once for the text every extractor of a document reads
    (the anchors of dates, the number-word lexer, the needles). Short texts (a phrase
    read by ``parse_number`` mid-document) do not take the document's place."""
    if len(text) < _SHORT:
        return text.lower()
    last = _LAST[0]
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LAST[0] = (text, low)
    return low


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """The needles of ``pattern``, or None when it has none worth a test."""
    if _p is None or not isinstance(pattern.pattern, str):
        return None
    icase = bool(pattern.flags & re.IGNORECASE) or "(?i" in pattern.pattern
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        best = _best(_sequence(list(tree), icase))
    except Exception:  # a construct this reader does not know: never skip
        return None
    if best is None or min(map(len, best)) < _MIN_LENGTH:
        return None
    # a string holding another one adds nothing: where it occurs, so does the other
    best = frozenset(s for s in best if not any(t != s and t in s for t in best))
    strings = tuple(sorted(best, key=lambda s: (-len(s), s)))
    finder = re.compile("|".join(re.escape(s) for s in strings))
    return Needles(strings, icase, finder)


def width(pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """(shortest, longest) length of a match of ``pattern``, or None when unknown."""
    if _p is None:
        return None
    try:
        lo, hi = _p.parse(pattern.pattern, pattern.flags).getwidth()
    except Exception:  # a construct this reader does not know
        return None
    return int(lo), int(hi)


def _sequence(items: list[Any], icase: bool) -> list[frozenset[str]]:
    """Candidate needle sets of a sequence of nodes: each holds, for every match, a
    string the match contains."""
    out: list[frozenset[str]] = []
    run: list[str] = [""]  # the strings of the current run of literals and small classes

    def flush() -> None:
        if run != [""]:
            out.append(frozenset(run))
        run[:] = [""]

    for op, av in items:
        chars = _chars(op, av, icase)
        if chars is not None and len(run) * len(chars) <= _MAX_STRINGS:
            run[:] = [s + ch for s in run for ch in chars]
            continue
        flush()
        if chars is not None:  # a class too wide to extend the run: start one with it
            run[:] = list(chars)
            continue
        inner: list[frozenset[str]] = []
        if op is _c.SUBPATTERN:
            inner = _sequence(list(av[3]), icase)
        elif op is _c.ATOMIC_GROUP:
            inner = _sequence(list(av), icase)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _sequence(list(av[2]), icase)
        elif op is _c.BRANCH:
            alternatives = [_best(_sequence(list(alt), icase)) for alt in av[1]]
            if all(a is not None for a in alternatives):
                inner = [frozenset().union(*alternatives)]  # type: ignore[arg-type]
        best = _best(inner)
        if best is not None:
            out.append(best)
    flush()
    return out


def _chars(op: Any, av: Any, icase: bool) -> list[str] | None:
    """The characters one node matches when it is a literal or a small class of literals
    (lower-cased and ASCII only where case is ignored), else None."""
    if op is _c.LITERAL:
        found = [chr(av)]
    elif op is _c.IN and len(av) <= 4 and all(o is _c.LITERAL for o, _ in av):
        found = [chr(a) for _, a in av]
    else:
        return None
    if icase:
        if not all(ch.isascii() for ch in found):
            return None
        found = [ch.lower() for ch in found]
    return sorted(set(found))


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: longest shortest string, then fewest strings."""
    sets = [s for s in sets if s and all(s)]
    if not sets:
        return None
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)))


# --------------------------------------------------------------------------- leading strings


@dataclass(frozen=True)
class Starts:
    """Literal strings one of which every match of a pattern holds at ``offset``
    characters from its start: where none occurs, no match starts; where one does, the
    pattern is tried there alone. Cheaper than a scan of the text for a pattern led by a
    character class or an alternation, which the engine tries at every position."""
    offset: int
    strings: tuple[str, ...]

    def finditer(self, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """``list(pattern.finditer(text))``, the same matches: the places a match can
        start, in order, each tried with ``pattern.match`` (which sees the whole text, as
        a scan does) unless an earlier match covers it."""
        places: set[int] = set()
        for s in self.strings:
            i = text.find(s, self.offset)
            while i >= 0:
                places.add(i - self.offset)
                i = text.find(s, i + 1)
        found: list[re.Match[str]] = []
        end = 0
        for place in sorted(places):
            if place < end:
                continue
            m = pattern.match(text, place)
            if m is not None:
                found.append(m)
                end = m.end()
        return found


def starts(pattern: re.Pattern[str], most: int = _MAX_STARTS) -> Starts | None:
    """The ``Starts`` of a case-sensitive ``pattern`` whose matches are never empty, or
    None when it has none worth searching for (an ASCII one shorter than ``_MIN_START``
    characters, or more than ``most`` strings), or when the pattern opens with a literal: the
    engine then skips to the places it can match by itself, about as fast."""
    if (_p is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE
            or "(?i" in pattern.pattern or (width(pattern) or (0, 0))[0] < 1):
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        items = list(tree)
        if not items or items[0][0] is _c.LITERAL:
            return None
        best: Starts | None = None
        offset = 0
        for i, node in enumerate(items):  # the strings at each place a fixed width in
            found = _leading(items[i:])
            if found and len(found) <= most and (best is None or _key(found) > _key(best.strings)):
                best = Starts(offset, tuple(sorted(found)))
            lo, hi = _p.SubPattern(tree.state, [node]).getwidth()
            if lo != hi:
                break
            offset += lo
    except Exception:  # a construct this reader does not know: scan
        return None
    if best is None or any(len(s) < _MIN_START and s.isascii() for s in best.strings):
        return None
    return best


def _key(strings: Collection[str]) -> tuple[int, int]:
    """The more selective strings have the greater key: longest shortest, then fewest."""
    return min(map(len, strings)), -len(strings)


def _leading(items: list[Any]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with: its run of
    literals and small classes, through an alternation whose every branch has them."""
    run = [""]
    for op, av in items:
        chars = _chars(op, av, False)
        if chars is not None and len(run) * len(chars) <= _MAX_STRINGS:
            run = [s + ch for s in run for ch in chars]
            continue
        heads: frozenset[str] | None = None
        if op is _c.BRANCH:
            alternatives = [_leading(list(alt)) for alt in av[1]]
            if all(a is not None for a in alternatives):
                heads = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op is _c.SUBPATTERN:
            heads = _leading(list(av[3]))
        if heads is not None and len(run) * len(heads) <= _MAX_STRINGS:
            run = [s + h for s in run for h in heads]
        break
    if not all(run):
        return None
    # a string that starts with another one adds nothing: where it starts, so does the other
    return frozenset(s for s in run if not any(t != s and s.startswith(t) for t in run))


# --------------------------------------------------------------------------- scans that skip ahead

_NOT_AFTER = "(?<![A-Za-z])"  # the guard of a pattern that starts a word
# What the guard lets through, as a case-sensitive class: under IGNORECASE "[A-Za-z]" also
# matches "İ", "ı", "ſ" and the Kelvin sign (every code point was tried).
_AFTER_ANY_CASE = "(?-i:[^A-Za-z\u0130\u0131\u017f\u212a])"
_AFTER_ONE_CASE = "[^A-Za-z]"


@dataclass(frozen=True)
class Scan:
    """``pattern.finditer`` through ``finder``, a pattern that opens with a character
    class, so that the engine skips in C to the characters of that class, where it
    otherwise tries ``pattern`` at every character (re skips ahead only on a pattern that
    opens with a literal or a class: not on a look-around, nor on a class of letters under
    IGNORECASE). ``finder`` matches ``shift`` characters before each place ``pattern``
    matches; ``pattern`` is then matched there, so the matches, their ends and groups are
    the same."""
    pattern: re.Pattern[str]
    finder: re.Pattern[str]
    shift: int

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        pattern, search, shift = self.pattern, self.finder.search, self.shift
        at = pos - shift
        if at < 0:  # a match at the start of the text has no character before it
            m = pattern.match(text, 0, endpos)
            if m is not None:
                yield m
            at = 0 if m is None else m.end() - shift
        while (found := search(text, at, endpos)) is not None:
            m = pattern.match(text, found.start() + shift, endpos)
            assert m is not None
            yield m
            at = m.end() - shift


def word_starts(pattern: re.Pattern[str]) -> Scan | None:
    """The ``Scan`` of a pattern that opens with the guard ``(?<![A-Za-z])``: its finder
    takes, in place of the guard, one character the guard lets through (it skips letters),
    or None for another pattern or one that can match the empty string."""
    if not pattern.pattern.startswith(_NOT_AFTER) or (width(pattern) or (0, 0))[0] < 1:
        return None
    any_case = pattern.flags & re.IGNORECASE and not pattern.flags & re.ASCII
    lets_through = _AFTER_ANY_CASE if any_case else _AFTER_ONE_CASE
    return Scan(pattern, re.compile(lets_through + pattern.pattern[len(_NOT_AFTER):],
                                    pattern.flags), 1)


def class_starts(pattern: re.Pattern[str]) -> Scan | None:
    """The ``Scan`` of a case-sensitive pattern whose first character is one of a known
    class: its finder is that class, then a look-behind over it that the pattern matches
    from there. None when the class is not known, or the pattern opens with a literal (the
    engine then skips ahead by itself, faster). Also faster than the engine's own skip for
    an alternation of words (on news, 28 -> 4 ns a character for the stock indices)."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    first = first_class(pattern.pattern, pattern.flags)
    if first is None:
        return None
    try:
        from re import _compiler

        tree = _p.parse(pattern.pattern, pattern.flags)
        if _compiler._get_literal_prefix(tree, pattern.flags)[0]:
            return None
        finder = re.compile(f"{first}(?<=(?={pattern.pattern}){first})", pattern.flags)
    except Exception:  # a construct this reader does not know (a global flag): scan
        return None
    return Scan(pattern, finder, 0)


# --------------------------------------------------------------------------- first characters

_CATEGORIES: dict[Any, str] = {}  # re's category codes -> class escapes (filled on first use)


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class (regex source, "[...]") holding every character a non-empty match
    of ``pattern`` can start with, or None when that is not known or the pattern can match
    the empty string. ``(?=[...])`` before a pattern changes none of its matches; it lets
    the engine reject a start position on one character instead of trying every
    alternative of the pattern there."""
    if _p is None:
        return None
    try:
        items, nullable = _first(list(_p.parse(pattern, flags)))
    except Exception:  # a construct this reader does not know
        return None
    if nullable or items is None or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def first_lookahead(pattern: str, flags: int = 0) -> str:
    """``(?=[...])`` of ``first_class(pattern, flags)``, or "" when that is unknown: put
    before ``pattern`` (after a look-behind guard), it changes none of its matches."""
    first = first_class(pattern, flags)
    return f"(?={first})" if first else ""


def _first(seq: list[Any]) -> tuple[set[str] | None, bool]:
    """(class items a match of ``seq`` can start with, can ``seq`` match empty?);
    None for the items when unknown (any character)."""
    out: set[str] = set()
    for op, av in seq:
        items, nullable = _first_node(op, av)
        if items is None:
            return None, False
        out |= items
        if not nullable:
            return out, False
    return out, True


def _first_node(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {_class_char(av)}, False
    if op is _c.IN:
        items = set()
        for o, a in av:
            if o is _c.LITERAL:
                items.add(_class_char(a))
            elif o is _c.RANGE:
                items.add(_class_char(a[0]) + "-" + _class_char(a[1]))
            elif o is _c.CATEGORY and a in _category_escapes():
                items.add(_category_escapes()[a])
            else:  # NEGATE, RANGE_UNI_IGNORE, ...: unknown
                return None, False
        return items, False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the match starts with what follows
    if op is _c.SUBPATTERN:
        return _first(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _first(list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        items, nullable = _first(list(av[2]))
        return items, nullable or av[0] == 0
    if op is _c.BRANCH:
        out: set[str] = set()
        empty = False
        for alt in av[1]:
            items, nullable = _first(list(alt))
            if items is None:
                return None, False
            out |= items
            empty = empty or nullable
        return out, empty
    return None, False  # ANY, NOT_LITERAL, group references, ...: unknown


def _class_char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


def _category_escapes() -> dict[Any, str]:
    if not _CATEGORIES:
        _CATEGORIES.update({_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D",
                            _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S",
                            _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"})
    return _CATEGORIES
