"""Value comparisons for ``factcheck lint``, and the pinned-quote checks.

``same_value``: a pinned value equals what the extractor read (units converted, dates to
the day). ``disjoint_values``: two reference facts cannot both hold (intervals apart,
different identifiers or sets); incomparable values (different kinds, currencies or
dimensions) never count as contradictions.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any


from factcheck.models import (
    DateValue,
    Document,
    IdentifierValue,
    MoneyValue,
    QuantityValue,
)

__all__ = ["same_value", "disjoint_values", "fmt", "canonical_unit_problem",
           "dimension_problem", "check_pinned", "occurrences", "counter_order"]

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def _ureg() -> Any:
    from factcheck.normalize.units import registry  # the project's single registry

    return registry()


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _converted(value: QuantityValue, unit: str) -> float | None:
    try:
        return float(_ureg().Quantity(value.magnitude, value.unit).to(unit).magnitude)
    except Exception:  # noqa: BLE001 - pint raises several kinds for incompatible units
        return None


def _compare(a: Any, b: Any) -> bool | None:
    """True when equal, False when different, None when not comparable."""
    if a.kind != b.kind:
        return None
    if isinstance(a, DateValue):
        if None in (a.start, a.end, b.start, b.end):
            return None
        return (a.start, a.end) == (b.start, b.end)
    if isinstance(a, QuantityValue):
        other = _converted(b, a.unit)
        return None if other is None else _close(a.magnitude, other)
    if isinstance(a, MoneyValue):
        if (a.currency.upper(), a.per) != (b.currency.upper(), b.per):
            return None
        return _close(a.amount, b.amount)
    if isinstance(a, IdentifierValue):
        if a.scheme.upper() != b.scheme.upper():
            return None
        return a.id == b.id
    if a.kind == "set":
        return frozenset(a.members) == frozenset(b.members)
    return _close(float(a.value if hasattr(a, "value") else a.days),
                  float(b.value if hasattr(b, "value") else b.days))


def same_value(recorded: Any, read: Any) -> bool:
    return _compare(recorded, read) is True


def disjoint_values(a: Any, b: Any) -> bool:
    """Two facts contradict: comparable and no value satisfies both."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        if None in (a.start, a.end, b.start, b.end):
            return False
        return a.end < b.start or b.end < a.start  # type: ignore[operator]
    return _compare(a, b) is False


def fmt(v: Any) -> str:
    """A value in the ledger's notation (ISO dates, sets in braces), for lint messages."""
    from factcheck.rules.base import fmt_value

    return fmt_value(v, iso=True)


def canonical_unit_problem(value: Any) -> str | None:
    """Why pint cannot read a quantity's unit (or a currency is not ISO 4217), else None."""
    if isinstance(value, QuantityValue):
        try:
            _ureg().parse_units(value.unit)
        except Exception as exc:  # noqa: BLE001 - pint's parse errors vary
            return (f"pint cannot read the unit {value.unit!r} ({type(exc).__name__}: {exc}); "
                    "use a pint unit such as 'oil_barrel / year' or define it in "
                    "factcheck/data/units.txt")
    if isinstance(value, MoneyValue) and not re.fullmatch(r"[A-Z]{3}", value.currency):
        return f"currency {value.currency!r} is not an ISO 4217 code such as 'USD'"
    return None


def dimension_problem(unit: str, dimension: str) -> str | None:
    """A mismatch between a unit and an attribute's pint dimension, if both are readable."""
    ureg = _ureg()
    try:
        want = ureg.get_dimensionality(dimension) if "[" in dimension else (
            ureg.get_dimensionality("") if dimension == "dimensionless" else None)
        got = ureg.parse_units(unit).dimensionality
    except Exception:  # noqa: BLE001 - not a pint dimension (e.g. "[currency]"): not ours
        return None
    if want is None or want == got:
        return None
    return f"unit {unit!r} has dimension {got or 'dimensionless'}, not {dimension}"


# ---------------------------------------------------------------------- structure


def counter_order(items: Sequence[Any], problem: Callable[..., Any]) -> list[Any]:
    """Counter members must be listed in date order (the nth member is the nth event)."""
    dates: dict[tuple[str, str], Any] = {}
    first: dict[str, Any] = {}
    for it in items:
        m = it.model
        if not hasattr(m, "members") and getattr(m.value, "kind", "") == "date" and m.value.start:
            dates.setdefault((m.subject, m.attribute), m.value.start)
            first.setdefault(m.subject, m.value.start)
    out = []
    for it in items:
        c = it.model
        if not hasattr(c, "members"):
            continue
        seq = [(dates.get((s, c.member_attribute)) if c.member_attribute else first.get(s), s)
               for s in c.members]
        seq = [(d, s) for d, s in seq if d is not None]
        for (d1, s1), (d2, s2) in zip(seq, seq[1:]):
            if d2 < d1:
                out.append(problem(it.path, it.line_of("members"),
                                   f"{it.where()}: member {s2} ({d2}) is listed after {s1} "
                                   f"({d1}); members must be in date order", "counter"))
    return out


# ---------------------------------------------------------------------- pinned claims


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Spans of ``quote`` in ``text``, ignoring runs of whitespace and curly quotes."""
    chars: list[str] = []
    index: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if space:
                continue
            ch, space = " ", True
        else:
            space = False
        chars.append(ch)
        index.append(i)
    hay = "".join(chars)
    needle = " ".join(quote.translate(_QUOTES).split())
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    pos = hay.find(needle)
    while pos >= 0:
        out.append((index[pos], index[pos + len(needle) - 1] + 1))
        pos = hay.find(needle, pos + 1)
    return out


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _document(name: str, documents: Sequence[Document]) -> Document | None:
    for d in documents:
        path = (d.path or "").replace("\\", "/")
        if name in (d.id, path) or path.endswith("/" + name.lstrip("./")) \
                or path.rsplit("/", 1)[-1] == name:
            return d
    return None


def check_pinned(pinned: Sequence[Any], documents: Sequence[Document],
                 claims_of: Callable[[Document], Sequence[Any]] | None,
                 problem: Callable[[str, int, str, str], Any]) -> list[Any]:
    """Quote present (at its line), and the extractor reads the recorded value there."""
    out = []
    for it in pinned:
        p, where = it.model, it.where()
        doc = _document(p.document, documents)
        if doc is None:
            hint = (f"{len(documents)} article(s) loaded" if documents else
                    "no articles were given: pass --articles DIR or set `paths` in the "
                    "configuration")
            out.append(problem(it.path, it.line_of("document"), f"{where}: article "
                               f"{p.document!r} not found ({hint})", "quote"))
            continue
        spans = occurrences(doc.text, p.quote)
        if not spans:
            near = occurrences(doc.text.lower(), p.quote.lower())
            hint = f"; it occurs with different capitalisation at line " \
                   f"{_line(doc.text, near[0][0])}" if near else ""
            out.append(problem(it.path, it.line_of("quote"), f"{where}: quote {p.quote!r} "
                               f"is not in {doc.path or doc.id}{hint}", "quote"))
            continue
        if p.line is not None:
            at = [s for s in spans if _line(doc.text, s[0]) <= p.line <= _line(doc.text, s[1] - 1)]
            if not at:
                lines = ", ".join(str(_line(doc.text, s[0])) for s in spans)
                out.append(problem(it.path, it.line_of("line"), f"{where}: quote is at line "
                                   f"{lines} of {doc.path or doc.id}, not at line {p.line}",
                                   "quote"))
                continue
            spans = at
        if claims_of is None:
            continue
        inside = [c for c in claims_of(doc) if any(c.start < e and s < c.end for s, e in spans)]
        if any(same_value(p.value, c.value) for c in inside):
            continue
        kind = [c for c in inside if c.kind == p.value.kind]
        if kind:
            read = "; ".join(f"{fmt(c.value)} from {c.text!r}" for c in kind)
            msg = f"the extractor reads {read} in this quote, but the ledger records {fmt(p.value)}"
        else:
            others = ", ".join(f"{c.kind} {c.text!r}" for c in inside) or "nothing"
            msg = (f"the extractor reads no {p.value.kind} in this quote (it reads {others}); "
                   f"the ledger records {fmt(p.value)}")
        out.append(problem(it.path, it.line_of("value"), f"{where}: {msg}", "value"))
    return out
