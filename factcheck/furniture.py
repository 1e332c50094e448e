"""Page furniture: which lines of an article are ads, widgets, captions or datelines.

The table of line patterns is data (data/furniture.yaml). Furniture stays in the text,
so every offset still indexes the original file; extractors skip its spans.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck.data import load_yaml
from factcheck.models import Span

_LINE = re.compile(r"[^\r\n]+")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in load_yaml("furniture.yaml")["lines"])
    return re.compile(alternatives, re.IGNORECASE)


def furniture_spans(text: str) -> tuple[Span, ...]:
    """Spans of the lines of ``text`` that are page furniture, in order."""
    pattern = _pattern()
    spans = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if stripped and len(stripped) < 400 and pattern.fullmatch(stripped):
            lead = len(line) - len(line.lstrip())
            spans.append(Span(start=m.start() + lead, end=m.start() + lead + len(stripped)))
    return tuple(spans)
