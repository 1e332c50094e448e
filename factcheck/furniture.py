"""Page furniture: which lines of an article are ads, widgets, captions or datelines.

The table of line patterns is data (data/furniture.yaml). Furniture stays in the text,
so every offset still indexes the original file; extractors skip its spans.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.data import load_yaml
from factcheck.models import Span

if TYPE_CHECKING:
    from factcheck.extract.needles import Needles

_LINE = re.compile(r"[^\r\n]+")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in load_yaml("furniture.yaml")["lines"])
    return re.compile(alternatives, re.IGNORECASE)


@lru_cache(maxsize=1)
def _needles() -> Needles | None:
    from factcheck.extract.needles import needles  # here: factcheck.extract imports this module

    return needles(_pattern())


def furniture_spans(text: str) -> tuple[Span, ...]:
    """Spans of the lines of ``text`` that are page furniture, in order. A line holding
    none of the patterns' literal needles (extract/needles.py) is not matched at all."""
    from factcheck.extract.needles import folded

    pattern, found = _pattern(), _needles()
    low = folded(text) if found is not None else None
    spans = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if stripped and len(stripped) < 400 and (
                found is None or found.in_window(text, low, m.start(), m.end())) \
                and pattern.fullmatch(stripped):
            lead = len(line) - len(line.lstrip())
            spans.append(Span(start=m.start() + lead, end=m.start() + lead + len(stripped)))
    return tuple(spans)
