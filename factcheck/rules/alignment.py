"""What the alignment rules (AL01, AL02) share: consensus over intervals, updates, wording."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factcheck.align import Mention
from factcheck.frames import tables
from factcheck.models import Interval
from factcheck.normalize.intervals import overlaps
from factcheck.rules.base import RuleContext

_GROWTH_SLACK = 1.5  # days: "trapped for 13 days" on the 6th and "18 days" on the 10th agree


def consensus(mentions: Sequence[Mention]) -> tuple[list[Mention], Interval | None]:
    """The largest set of ``mentions`` whose intervals share a point, and that common
    interval (truth discovery over intervals: a sweep over the interval ends)."""
    ivs = [(m, m.interval) for m in mentions if m.interval is not None]
    best: list[Mention] = []
    common: Interval | None = None
    for m, iv in ivs:  # the best set holds the point where one interval starts
        members = [n for n, jv in ivs if overlaps(iv, jv) and _contains_low(jv, iv)]
        if len(members) > len(best):
            best = members
            lows = [jv.low for n, jv in ivs if n in members]
            highs = [jv.high for n, jv in ivs if n in members and jv.high is not None]
            common = Interval(low=max(lows), high=min(highs) if highs else None, unit=iv.unit)  # type: ignore[type-var]
    return best, common


def _contains_low(jv: Interval, iv: Interval) -> bool:
    """Does ``jv`` contain the low end of ``iv``?"""
    lo = iv.low
    if lo is None or jv.low is None:
        return True
    try:
        return jv.low <= lo and (jv.high is None or lo <= jv.high)  # type: ignore[operator]
    except TypeError:
        return False


def one_day_apart(a: Interval, b: Interval) -> bool:
    """Two day-dates next to each other (a time-zone reading of one event)."""
    if not all(isinstance(x, dt.date) for x in (a.low, a.high, b.low, b.high)):
        return False
    gap = max((b.low - a.high).days, (a.low - b.high).days)  # type: ignore[operator]
    return gap == 1


def _published(ctx: RuleContext, doc: str) -> dt.date | None:
    d = ctx.documents.get(doc)
    return d.published if d is not None else None


def is_update(ctx: RuleContext, x: Mention, y: Mention) -> bool:
    """Is the later of two claims an update of the earlier rather than a contradiction?

    A revised or running figure ("the toll has risen to", "so far", "revised"), a count of
    casualties or incidents (which grow while a story unfolds), or a duration without a
    date of its own that grows with the calendar between the two publication dates
    ("trapped for nearly two weeks" on the 6th, "18 days" on the 10th)."""
    px, py = _published(ctx, x.doc), _published(ctx, y.doc)
    if px is None or py is None or px == py:
        return False
    early, late = (x, y) if px < py else (y, x)
    t = tables()
    sentence = (late.claim.sentence or "").lower()
    if any(re.search(r"\b" + re.escape(w) + r"\b", sentence) for w in t.update):
        return True
    if x.frame.dimension == "count" and any(
            w in t.tally for m in (x, y) for w in (*m.frame.measure, m.frame.predicate or "")):
        return True
    if x.frame.dimension == "second" and early.frame.scope_start is None \
            and late.frame.scope_start is None:
        gap = abs((py - px).days)
        ea, la = early.interval, late.interval
        if ea is not None and la is not None and isinstance(ea.low, float) and isinstance(la.low, float):
            grew = (la.low - (ea.high if ea.high is not None else ea.low)) / 86400.0
            most = ((la.high if la.high is not None else la.low) - ea.low) / 86400.0
            return grew - _GROWTH_SLACK <= gap <= most + _GROWTH_SLACK
    return False


def value_label(m: Mention) -> str:
    """A short name for what a claim states, from its frame ("the found event of boy,
    football", "entrance, cave")."""
    f = m.frame
    top = [t for t, _ in sorted(f.terms.items(), key=lambda kv: (-kv[1], kv[0]))][:3]
    if f.event:
        return f"the date of the '{f.event}' event ({', '.join(top)})"
    words = list(dict.fromkeys([*(([f.head]) if f.head else []), *f.measure]))[:4] or top
    return "'" + " ".join(words) + "'"
