"""What every extractor returns and receives.

An extractor is a pure function ``(text, context) -> list[Candidate]``. The
orchestrator in ``factcheck.extract`` resolves overlaps between candidates,
then adds provenance (line, column, sentence) to turn them into ``Claim`` objects.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.models import Interval, Qualifier, Value


@dataclass(frozen=True, slots=True)
class Context:
    """What an extractor may know besides the text. Never the wall clock."""

    published: dt.date | None = None
    # Spans [start, end) already taken by an earlier extractor (identifiers, dates):
    # later extractors must not report numbers inside them.
    reserved: tuple[tuple[int, int], ...] = ()
    # the outlet's country (zones.yaml countries), from its web address
    # (clock.outlet_country): what a bare "$" and a fiscal year are read by when the text
    # has no dateline
    home: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    value: Value
    qualifier: Qualifier = Qualifier.exact
    interval: Interval | None = None
    about: str | None = None
    unresolved: str | None = None
    assumptions: tuple[str, ...] = field(default=())
    priority: int = 0  # ties between overlapping candidates of equal length: higher wins


class SpanIndex:
    """Spans [start, end) kept merged, sorted and disjoint, so "does [s, e) overlap any of
    them?" is one bisect (O(log n)) however many spans there are; adding one is a bisect
    and a list splice. Overlap is ``a < e and s < b``, as for the spans themselves."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans):
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        lo = bisect.bisect_right(self.ends, start)  # first span ending after start
        hi = bisect.bisect_left(self.starts, end, lo)  # first span starting at/after end
        if lo < hi:  # spans lo..hi-1 overlap [start, end): one span covers them all
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        # the spans starting before ``end`` are 0..i-1; their ends are sorted too, so the
        # last of them reaches furthest
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start
