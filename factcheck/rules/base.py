"""What every rule is and receives; interval arithmetic shared by the rules.

A rule is a class with a ``code`` (family + number, e.g. ``ID01``), a dotted ``name``, a
default ``severity`` and a docstring whose first line is its rationale, followed by
*Bad*, *Why* and *Fix* paragraphs. ``check(ctx)`` yields ``Finding`` objects; rules never
raise on odd input and never read the wall clock.

Intervals (DESIGN §2): ``value_interval`` turns a claim (or a ledger value) into an
``Iv`` in canonical units. ``factcheck.normalize.intervals.conflict`` is used when the
numbers engineer's module provides it; the local fallback follows the same semantics:
two values conflict only when their intervals are disjoint.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

from factcheck.ledger import Ledger
from factcheck.models import (
    Claim,
    CountValue,
    DateValue,
    Document,
    DurationValue,
    Evidence,
    Fact,
    Finding,
    Interval,
    Link,
    MoneyValue,
    OrdinalValue,
    PercentValue,
    Qualifier,
    QuantityValue,
    RatioValue,
    Severity,
)

APPROX_WIDEN = 0.10  # "about/around/some": ±10 % on top of stated precision (DESIGN §2)
_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "quarter": 365.25 / 4,
                "year": 365.25}


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at. Built once per ``check`` run."""

    documents: Mapping[str, Document]
    claims: Mapping[str, Sequence[Claim]]
    links: Mapping[str, Sequence[Link]]
    ledger: Ledger
    witness: Mapping[str, str] = field(default_factory=dict)  # doc id -> copy group id

    def all_links(self) -> Iterable[Link]:
        for doc in sorted(self.links):
            yield from self.links[doc]

    def group(self, doc: str) -> str:
        return self.witness.get(doc, doc)


class Rule:
    """Base class; subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    aliases: ClassVar[tuple[str, ...]] = ()

    def check(self, ctx: RuleContext) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def rationale(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def doc(cls) -> str:
        import inspect
        return inspect.cleandoc(cls.__doc__ or "")

    def finding(self, severity: Severity, message: str, **kw: Any) -> Finding:
        return Finding(rule=self.code, name=self.name, severity=severity, message=message, **kw)


def cap(severity: Severity, confidence: str) -> Severity:
    """At most ``warning`` for medium-confidence links and ``info`` for low (precision first)."""
    ceiling = {"high": Severity.error, "medium": Severity.warning, "low": Severity.info}[confidence]
    return severity if severity.rank <= ceiling.rank else ceiling


def weakest(*confidences: str) -> str:
    order = {"low": 0, "medium": 1, "high": 2}
    return min(confidences, key=order.__getitem__)


# --------------------------------------------------------------------------- intervals


@dataclass(frozen=True)
class Iv:
    """A real interval in canonical units (dates as ordinal days)."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False
    unit: str = ""

    def contains(self, x: float) -> bool:
        return (self.lo < x or (not self.lo_open and self.lo == x)) and \
            (x < self.hi or (not self.hi_open and self.hi == x))


def disjoint(a: Iv, b: Iv) -> bool:
    """True when no value lies in both (the only case in which two values conflict)."""
    if a.unit != b.unit:
        return False  # incomparable: never a conflict
    lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
    if lo < hi:
        return False
    if lo > hi:
        return True
    return not (a.contains(lo) and b.contains(lo))


def _canonical(magnitude: float, unit: str) -> tuple[float, str] | None:
    """``magnitude`` in ``unit`` in the project registry's base units; None if unreadable."""
    from factcheck.normalize.units import canonical

    try:
        return canonical(magnitude, unit)
    except Exception:  # noqa: BLE001 - pint raises several kinds: an unknown unit is incomparable
        return None


def _precision(x: float) -> float:
    """Half a unit of the last significant digit: 2,000,000 -> 500,000; 8.5 -> 0.05."""
    if x == 0 or not math.isfinite(x):
        return 0.0
    text = f"{abs(x):.10g}"
    if "e" in text:
        mant, exp = text.split("e")
        digits = mant.replace(".", "").rstrip("0")
        decimals = len(mant.split(".")[1]) if "." in mant else 0
        return 0.5 * 10 ** (int(exp) - decimals) if digits else 0.0
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    stripped = text.rstrip("0")
    return 0.5 * 10 ** (len(text) - len(stripped))


def _qualified(v: float, q: Qualifier, exact: bool) -> tuple[float, float, bool, bool]:
    p = 0.0 if exact else _precision(v)
    if q in (Qualifier.exact, Qualifier.range):
        return v - p, v + p, False, False
    if q == Qualifier.approx:
        w = abs(v) * APPROX_WIDEN + p
        return v - w, v + w, False, False
    if q == Qualifier.more_than:
        return v, math.inf, True, False
    if q == Qualifier.at_least:
        return v, math.inf, False, False
    if q == Qualifier.less_than:
        return (0.0 if v >= 0 else -math.inf), v, False, True
    return (0.0 if v >= 0 else -math.inf), v, False, False  # at_most


def _from_model(iv: Interval) -> Iv | None:
    lo, hi = iv.low, iv.high
    if isinstance(lo, dt.date) or isinstance(hi, dt.date):
        return Iv(lo.toordinal() if isinstance(lo, dt.date) else -math.inf,
                  hi.toordinal() if isinstance(hi, dt.date) else math.inf,
                  not iv.low_closed, not iv.high_closed, "day")
    low = -math.inf if lo is None else float(lo)
    high = math.inf if hi is None else float(hi)
    unit = iv.unit or ""
    if unit:
        a = _canonical(low, unit) if math.isfinite(low) else (low, None)
        b = _canonical(high, unit) if math.isfinite(high) else (high, None)
        if a is None or b is None:
            return None
        unit = a[1] or b[1] or _canonical(1.0, iv.unit or "")[1]  # type: ignore[index]
        low, high = a[0], b[0]
    return Iv(low, high, not iv.low_closed, not iv.high_closed, unit or "")


def value_interval(value: Any, qualifier: Qualifier = Qualifier.exact,
                   given: Interval | None = None, exact: bool = False) -> Iv | None:
    """The interval of a claim value (or a ledger value with ``exact=True``).

    Returns None when the value has no comparable interval (unresolved dates, sets).
    """
    if isinstance(value, DateValue):
        if value.start is None or value.end is None:
            return None
        return Iv(value.start.toordinal(), value.end.toordinal(), unit="day")
    if given is not None and not exact:
        got = _from_model(given)
        if got is not None and _kind_unit(value) is not None and \
                (got.unit == _kind_unit(value) or isinstance(value, QuantityValue)):
            return got
    unit = _kind_unit(value)
    if unit is None:
        return None
    mag = _magnitude(value)
    lo, hi, lo_open, hi_open = _qualified(mag, qualifier, exact)
    if isinstance(value, QuantityValue):
        a, b = _canonical(lo, value.unit), _canonical(hi, value.unit)
        if a is None or b is None:
            return None
        return Iv(a[0], b[0], lo_open, hi_open, a[1])
    if isinstance(value, MoneyValue) and value.per:
        f = 1 / _PERIOD_DAYS[value.per]
        return Iv(lo * f, hi * f, lo_open, hi_open, unit)
    return Iv(lo, hi, lo_open, hi_open, unit)


def _kind_unit(value: Any) -> str | None:
    if isinstance(value, QuantityValue):
        got = _canonical(1.0, value.unit)
        return got[1] if got else None
    if isinstance(value, MoneyValue):
        return value.currency.upper() + ("/day" if value.per else "")
    if isinstance(value, PercentValue):
        return "%"
    if isinstance(value, (CountValue, OrdinalValue)):
        return type(value).__name__
    if isinstance(value, RatioValue):
        return "ratio"
    if isinstance(value, DurationValue):
        return "day"
    return None


def _magnitude(value: Any) -> float:
    for attr in ("magnitude", "amount", "value", "days"):
        if hasattr(value, attr):
            return float(getattr(value, attr))
    raise TypeError(value)


def claim_interval(c: Claim) -> Iv | None:
    return value_interval(c.value, c.qualifier, c.interval)


def conflict(a: Claim, b: Claim) -> bool:
    """Two claims conflict when their intervals are disjoint (symmetric, irreflexive)."""
    ia, ib = claim_interval(a), claim_interval(b)
    return ia is not None and ib is not None and disjoint(ia, ib)


# --------------------------------------------------------------------------- wording


def fmt_date(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def fmt_date_value(v: DateValue) -> str:
    if v.start is None or v.end is None:
        return "an unresolved date"
    if v.start == v.end:
        return fmt_date(v.start)
    if v.start.year == v.end.year and v.start.month == v.end.month:
        if v.start.day == 1 and (v.end + dt.timedelta(days=1)).day == 1:
            return f"{v.start:%B %Y}"
        return f"{v.start.day}–{v.end.day} {v.end:%B %Y}"
    if v.start == dt.date(v.start.year, 1, 1) and v.end == dt.date(v.start.year, 12, 31):
        return str(v.start.year)
    return f"{fmt_date(v.start)} – {fmt_date(v.end)}"


def fmt_value(v: Any) -> str:
    if isinstance(v, DateValue):
        return fmt_date_value(v)
    if isinstance(v, QuantityValue):
        return f"{v.magnitude:,.10g} {v.unit}"
    if isinstance(v, MoneyValue):
        return f"{v.currency} {v.amount:,.10g}" + (f" per {v.per}" if v.per else "")
    if isinstance(v, PercentValue):
        return f"{v.value:g}%"
    if isinstance(v, DurationValue):
        return f"{v.days:g} days"
    if hasattr(v, "members"):
        return ", ".join(v.members)
    if hasattr(v, "scheme"):
        return f"{v.scheme} {v.id}"
    return str(getattr(v, "value", v))


def claim_evidence(c: Claim, summary: str | None = None) -> Evidence:
    return Evidence(summary=summary or f"{c.doc} says {c.text!r}", doc=c.doc, path=c.path,
                    line=c.line, quote=c.sentence or c.text)


def fact_evidence(ledger: Ledger, fact: Fact, summary: str | None = None) -> Evidence:
    return Evidence(
        summary=summary or f"ledger {fact.id}: {fmt_value(fact.value)}"
        + (f" ({fact.scope.label})" if fact.scope else ""),
        source=ledger.cite(fact), path=ledger.fact_files.get(fact.id), quote=fact.source.quote,
    )
