"""Durations in days with an interval from their stated precision and qualifier."""
from __future__ import annotations

import re
from typing import Iterator


from factcheck.extract.base import Context
from factcheck.models import Granularity, Interval, Qualifier

G = Granularity
from factcheck.extract.dates.hits import _Hit, _g
from factcheck.extract.dates.vocabulary import _num, vocabulary


def _unit(word: str) -> tuple[str, float]:
    w = word.lower()
    days = vocabulary().units[w]
    name = {"nights": "night", "night": "day", "yr": "year", "yrs": "year", "centuries": "century",
            "fortnights": "fortnight"}.get(w, w.rstrip("s") if w.endswith("s") else w)
    return name, days



_COMPOUND = re.compile(r"(\d+(?:\.\d+)?|[A-Za-z]+(?:[-\s][A-Za-z]+)?)[\s-]*([A-Za-z]+)$")


def _amounts(m: re.Match[str]) -> list[tuple[float, str]] | None:
    """[(n, unit name)] of '2 years 1 month 21 days'; None if any part is unreadable."""
    n = _num(m.group("n"))
    if n is None:
        return None
    out = [(n, _unit(m.group("unit"))[0])]
    for piece in re.split(r",\s*|\s+and\s+|(?<=[A-Za-z])\s+(?=\d|[A-Za-z]+[-\s]*[A-Za-z]+$)",
                          (_g(m, "more") or "").strip(" ,")):
        piece = piece.strip()
        if not piece or piece.lower() == "and":
            continue
        pm = re.match(r"(.+?)[\s-]*([A-Za-z]+)$", piece)
        if not pm or pm.group(2).lower() not in vocabulary().units:
            return None
        k = _num(pm.group(1))
        if k is None:
            return None
        out.append((k, _unit(pm.group(2))[0]))
    return out



_NOT_DURATION = re.compile(r"(?:-|\s)?old\b|\s+(?:ago|from\s+now|hence)\b", re.I)


def _duration(m: re.Match[str], text: str, ctx: Context) -> Iterator[_Hit]:
    if _NOT_DURATION.match(text, m.end()):
        return
    raw = _g(m, "n")
    if raw and raw.lower() in ("a", "an") and not (_g(m, "q") or _g(m, "q2")):
        return  # "$5 a year", "once a week": rates, not durations
    amounts = [(1.0, _unit(m.group("unit"))[0])] if raw is None else _amounts(m)
    if not amounts or amounts[0][0] <= 0:
        return
    n, name = amounts[0]
    _, per = _unit(m.group("unit"))
    if name == "hour" and n < 24:
        return
    days = sum(k * vocabulary().units[u] for k, u in amounts)
    per = min(vocabulary().units[u] for _, u in amounts)
    qword = re.sub(r"\s+", " ", (_g(m, "q") or _g(m, "q2") or "").lower())
    q = vocabulary().qualifiers.get(qword, Qualifier.exact)
    s = m.start("q") if _g(m, "q") else m.start("n") if raw is not None else m.start()
    if raw is not None and raw.lower().startswith(("a ", "an ")) is False and _g(m, "q2"):
        s = m.start("n")
    half = per / 2 if name != "hour" else per / 2
    interval = _duration_interval(days, half, q)
    yield _Hit(s, m.end(), days=round(days, 6), qualifier=q, interval=interval)


def _duration_interval(v: float, half: float, q: Qualifier) -> Interval:
    if q is Qualifier.approx:
        return Interval(low=min(v - half, 0.9 * v), high=max(v + half, 1.1 * v), unit="day")
    if q is Qualifier.at_most:
        return Interval(low=0.0, high=v, unit="day")
    if q is Qualifier.more_than:
        return Interval(low=v, high=None, low_closed=False, unit="day")
    if q is Qualifier.less_than:
        return Interval(low=0.0, high=v, high_closed=False, unit="day")
    if q is Qualifier.at_least:
        return Interval(low=v, high=None, unit="day")
    return Interval(low=max(v - half, 0.0), high=v + half, unit="day")
