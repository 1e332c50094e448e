"""Claim extraction: ``extract(text, published) -> list[Claim]``, pure and deterministic.

Extractors run in a fixed order; each one's spans are reserved for the next, so an
identifier is never a year and a date is never a count:

1. identifiers (data/identifiers.yaml) — resolution numbers, designations
2. dates and durations — absolute, and relative to the publication date
3. numbers — quantities, money, percentages, counts, ordinals, ratios

Page furniture (ads, captions, datelines) is reserved before any of them.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from factcheck.extract.base import Candidate, Context
from factcheck.extract.dates import find_dates
from factcheck.extract.identifiers import find_identifiers
from factcheck.extract.numeric import find_numeric
from factcheck.extract.text import TextIndex
from factcheck.furniture import furniture_spans
from factcheck.models import Claim, Coverage, Document, Span

__all__ = ["extract", "extract_document", "coverage"]


def extract(text: str, published: dt.date | None = None, doc: str = "-",
            path: str | None = None, furniture: Iterable[Span] | None = None,
            home: str | None = None) -> list[Claim]:
    """Every claim in ``text``, sorted by position.

    ``published`` anchors relative dates ("last Sunday"); without it they stay
    unresolved with the reason recorded. ``furniture`` spans are skipped; when not
    given they are detected from the text (data/furniture.yaml). ``home`` is the outlet's
    country (zones.yaml ``countries``; ``extract_document`` reads it from the web address).
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    spans = furniture_spans(text) if furniture is None else tuple(furniture)
    reserved = [(s.start, s.end) for s in spans]

    identifiers, id_spans = find_identifiers(text, Context(published, tuple(reserved), home))
    reserved.extend(id_spans)
    dates = find_dates(text, Context(published, tuple(reserved), home))
    reserved.extend((c.start, c.end) for c in dates)
    numbers = find_numeric(text, Context(published, tuple(reserved), home))

    chosen = _without_overlaps([*identifiers, *dates, *numbers])
    index = TextIndex(text)
    return [_claim(c, text, index, doc, path) for c in chosen]


def extract_document(document: Document) -> list[Claim]:
    """``extract`` over a loaded document, with its publication date and furniture."""
    from factcheck.extract.dates.clock import outlet_country

    return extract(document.text, document.published, document.id, document.path,
                   document.furniture, outlet_country(document.url))


def coverage(doc: str, claims: list[Claim]) -> Coverage:
    """Counts of what was extracted and what was left unresolved, and why."""
    return Coverage(
        doc=doc,
        extracted=len(claims),
        by_kind=dict(sorted(Counter(c.kind for c in claims).items())),
        unresolved=dict(sorted(Counter(c.unresolved for c in claims if c.unresolved).items())),
    )


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Of overlapping candidates keep the longest (then the higher priority); O(n log n)."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start), -c.priority)):
        if cand.end <= cand.start:
            continue
        if kept and cand.start < kept[-1].end:
            prev = kept[-1]
            if (cand.end - cand.start, cand.priority) > (prev.end - prev.start, prev.priority):
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


def _claim(c: Candidate, text: str, index: TextIndex, doc: str, path: str | None) -> Claim:
    line, column = index.line_col(c.start)
    return Claim(
        doc=doc, path=path, text=text[c.start:c.end], start=c.start, end=c.end,
        line=line, column=column, sentence=index.sentence(c.start), value=c.value,
        qualifier=c.qualifier, interval=c.interval, about=c.about,
        unresolved=c.unresolved, assumptions=c.assumptions,
    )
