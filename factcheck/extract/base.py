"""What every extractor returns and receives.

An extractor is a pure function ``(text, context) -> list[Candidate]``. The
orchestrator in ``factcheck.extract`` resolves overlaps between candidates,
then adds provenance (line, column, sentence) to turn them into ``Claim`` objects.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcheck.models import Interval, Qualifier, Value


@dataclass(frozen=True, slots=True)
class Context:
    """What an extractor may know besides the text. Never the wall clock."""

    published: dt.date | None = None
    # Spans [start, end) already taken by an earlier extractor (identifiers, dates):
    # later extractors must not report numbers inside them.
    reserved: tuple[tuple[int, int], ...] = ()


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
