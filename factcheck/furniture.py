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
def _patterns() -> tuple[tuple[re.Pattern[str], Needles | None], ...]:
    """The line patterns in two alternations: those a line must begin a certain way to
    match ("read more:.*"), which fail within a few characters of any other line, and
    those that may begin anywhere (".*\\((photo|...)"), which scan the whole line and are
    tried only on lines holding one of their literal needles (extract/needles.py). A line
    is furniture when either matches whole, as when one alternation of all matched it."""
    from factcheck.extract.needles import first_class, needles  # here: extract imports us

    lines = load_yaml("furniture.yaml")["lines"]
    led = [p for p in lines if first_class(p, re.IGNORECASE)]
    free = [p for p in lines if p not in led]
    out = []
    for group in (led, free):
        if group:
            pattern = re.compile("|".join(f"(?:{p})" for p in group), re.IGNORECASE)
            out.append((pattern, needles(pattern) if group is free else None))
    return tuple(out)


def furniture_spans(text: str) -> tuple[Span, ...]:
    """Spans of the lines of ``text`` that are page furniture, in order."""
    from factcheck.extract.needles import folded

    patterns = _patterns()
    low = folded(text)
    spans = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if stripped and len(stripped) < 400 and any(
                (found is None or found.in_window(text, low, m.start(), m.end()))
                and pattern.fullmatch(stripped) for pattern, found in patterns):
            lead = len(line) - len(line.lstrip())
            spans.append(Span(start=m.start() + lead, end=m.start() + lead + len(stripped)))
    return tuple(spans)
