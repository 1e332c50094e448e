"""What every rule is and receives; interval arithmetic shared by the rules.

A rule is a class with a ``code`` (family + number, e.g. ``ID01``), a dotted ``name``, a
default ``severity`` and a docstring whose first line is its rationale, followed by
*Bad*, *Why* and *Fix* paragraphs. ``check(ctx)`` yields ``Finding`` objects; rules never
raise on odd input and never read the wall clock.

Intervals (DESIGN §2): ``value_interval`` turns a claim (or a ledger value) into an
``Interval`` in canonical units; ``factcheck.normalize.intervals.conflict`` decides: two
values conflict only when their intervals are disjoint.
"""
from __future__ import annotations

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
from factcheck.normalize import intervals
from factcheck.wording import fmt_date, fmt_date_value  # noqa: F401 - the rules' wording
from factcheck.registry import Registries, default_registries

_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "quarter": 365.25 / 4,
                "year": 365.25}
# days a period's last day may lie after its first: "in March 2019" is any day of March
PERIOD_EDGE_DAYS = {"day": 0, "week": 6, "month": 30, "quarter": 91, "year": 365}


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at. Built once per ``check`` run."""

    documents: Mapping[str, Document]
    claims: Mapping[str, Sequence[Claim]]
    links: Mapping[str, Sequence[Link]]
    ledger: Ledger
    witness: Mapping[str, str] = field(default_factory=dict)  # doc id -> copy group id
    stories: Mapping[str, str] | None = None  # doc id -> story id; None: one story
    aligner: Any = None  # factcheck.align.Aligner over the documents' frames, if built
    registries: Registries = field(default_factory=default_registries)  # reference tables
    # what several rules derive from the same input, computed once per run
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def all_links(self) -> Iterable[Link]:
        for doc in sorted(self.links):
            yield from self.links[doc]

    def group(self, doc: str) -> str:
        return self.witness.get(doc, doc)

    def same_story(self, a: str, b: str) -> bool:
        """Are two documents about the same event (``check.story_groups``)?"""
        if self.stories is None:
            return True
        return self.stories.get(a, a) == self.stories.get(b, b)


class Rule:
    """Base class; subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    aliases: ClassVar[tuple[str, ...]] = ()
    aligned: ClassVar[bool] = False  # reads ``ctx.aligner``'s alignments

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
# One interval type and one conflict test serve extraction and the rules: the claim's
# ``Interval`` (factcheck.models) and ``factcheck.normalize.intervals``. What is added here
# is how a rule reads a claim or a ledger value as an interval in canonical units.

DATE_UNIT = "date"  # the unit of date intervals (their ends are ``datetime.date``)


def _canonical_map(unit: str) -> tuple[float, float, str] | None:
    """(factor, offset, base unit) of ``unit`` in the project registry; None if unreadable."""
    from factcheck.normalize.units import canonical_unit

    try:
        return canonical_unit(unit)
    except Exception:  # noqa: BLE001 - pint raises several kinds: an unknown unit is incomparable
        return None


def _precision(x: float) -> float:
    """Half a unit of the last significant digit: 2,000,000 -> 500,000; 8.5 -> 0.05.

    The stated precision of a bare magnitude (counts, percentages, ordinals, ledger-less
    values), where the claim's own interval is not in the unit the rules compare."""
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


def _in_base_units(iv: Interval) -> Interval | None:
    """A claim's interval in the registry's base units (unit-less ones keep unit "")."""
    if not iv.unit:
        return iv.model_copy(update={"unit": ""})
    linear = _canonical_map(iv.unit)
    if linear is None:
        return None
    return intervals.convert(iv, *linear)


# the extractor's interval units of the kinds compared without a unit registry
_KIND_UNITS = {"%": ("percent",), "CountValue": ("count",), "OrdinalValue": ("ordinal",)}


def value_interval(value: Any, qualifier: Qualifier = Qualifier.exact,
                   given: Interval | None = None, exact: bool = False) -> Interval | None:
    """The interval of a claim value (or a ledger value with ``exact=True``) in the unit the
    rules compare: dates as days (unit ``DATE_UNIT``), quantities in base units, money per
    currency (per day for "a year"/"a month" amounts), counts, ordinals and percentages by
    kind. ``given`` (the extractor's interval) is used when it is in that unit; otherwise
    the stated precision is read from the magnitude (``_precision``) and the qualifier
    applied by ``intervals.from_value``.

    Returns None when the value has no comparable interval (unresolved dates, sets).
    """
    if isinstance(value, DateValue):
        if value.start is None or value.end is None:
            return None
        return Interval(low=value.start, high=value.end, unit=DATE_UNIT)
    unit = _kind_unit(value)
    if unit is None:
        return None
    if given is not None and not exact:
        if isinstance(value, DurationValue) and given.unit == unit:
            return given  # the extractor's interval in days, from the stated unit
        got = _in_base_units(given)
        if got is not None and (got.unit == unit or isinstance(value, QuantityValue)):
            return got
        if qualifier is Qualifier.range and given.unit in _KIND_UNITS.get(unit, ()):
            return given.model_copy(update={"unit": unit})  # "between 40 and 50": both ends
    mag = _magnitude(value)
    iv = intervals.from_value(mag, 0.0 if exact else _precision(mag), qualifier.value, unit)
    if isinstance(value, QuantityValue):
        linear = _canonical_map(value.unit)
        return None if linear is None else intervals.convert(iv, *linear)
    if isinstance(value, MoneyValue) and value.per:
        return intervals.convert(iv, 1 / _PERIOD_DAYS[value.per])
    return iv


def _kind_unit(value: Any) -> str | None:
    if isinstance(value, QuantityValue):
        linear = _canonical_map(value.unit)
        return linear[2] if linear else None
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


def claim_interval(c: Claim) -> Interval | None:
    return value_interval(c.value, c.qualifier, c.interval)


def keyed_values(ctx: RuleContext, skip_methods: Iterable[str] = ()
                 ) -> Iterable[tuple[Link, Interval]]:
    """Every linked value claim (identifier mentions left out) with its interval, in
    document order; links made by ``skip_methods`` and values without one are left out."""
    from factcheck.models import MENTION

    skip = set(skip_methods)
    for link in ctx.all_links():
        if link.key is None or link.key.attribute == MENTION or link.method in skip:
            continue
        iv = claim_interval(link.claim)
        if iv is not None:
            yield link, iv


# --------------------------------------------------------------------------- wording


def _amount(x: float) -> str:
    """A magnitude with thousands separators; with a scale word where digits would
    not do ("6.31 trillion", not "6.31e+12")."""
    text = f"{x:,.10g}"
    if "e" not in text:
        return text
    for scale, word in ((1e12, "trillion"), (1e9, "billion")):
        if abs(x) >= scale:
            return f"{x / scale:,.6g} {word}"
    return text


def fmt_figure(x: float) -> str:
    """A computed figure to four significant digits, large ones with a scale word ("205.5
    billion", "103", "75.36")."""
    for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(x) >= scale:
            return f"{x / scale:.4g}{word}"
    return f"{x:,.4g}" if abs(x) < 1e4 else f"{x:,.0f}"


def range_days(v: DateValue) -> tuple[int, int]:
    """(fewest, most) whole days a range of dates spans, from any day of its first period
    to any day of its last ("from March 2019 until October 2022", "between 2005 and
    2025")."""
    assert v.start is not None and v.end is not None
    days = (v.end - v.start).days
    return days - 2 * PERIOD_EDGE_DAYS.get(v.granularity.value, 0), days


def _fmt_days(days: float) -> str:
    """A span in the calendar unit it was written in when it is whole ("4 years", "18
    months"), in hours and minutes under a day ("3 h 12 min"), in seconds under a minute
    or when not whole minutes ("90.5 seconds"), else in days ("17 days")."""
    for size, unit in ((365.25, "year"), (30.4375, "month")):
        n = days / size
        if n >= 1 and abs(n - round(n)) < 1e-9:
            return f"{round(n)} {unit}{'s' if round(n) != 1 else ''}"
    minutes = days * 1440
    if 0 < days < 1 and abs(minutes - round(minutes)) < 1e-6:  # "3 h 12 min", "40 minutes"
        h, m = divmod(round(minutes), 60)
        return f"{h} h {m} min" if h and m else f"{h} hour{'s' if h != 1 else ''}" if h else \
            f"{m} minute{'s' if m != 1 else ''}"
    if 0 < minutes < 60:  # a gap of seconds ("1.24 seconds", "90.5 seconds")
        seconds = round(days * 86400, 3)
        return f"{seconds:g} second{'s' if seconds != 1 else ''}"
    return f"{days:g} days"


def fmt_value(v: Any, iso: bool = False) -> str:
    """A value as reports show it ("11 September 2017", "USD 1,300,000,000", "6").

    ``iso``: the ledger's own notation, for lint messages: dates as ISO days
    ("2017-09-11", "2017-09-01..2017-09-30"), sets in braces, bare numbers with their kind
    ("count 7")."""
    if isinstance(v, DateValue):
        if not iso:
            return fmt_date_value(v)
        if v.start is None or v.end is None:
            return "an unresolved date"
        return str(v.start) if v.start == v.end else f"{v.start}..{v.end}"
    if isinstance(v, QuantityValue):
        lo, hi = getattr(v, "min", None), getattr(v, "max", None)
        if lo is not None and hi is not None:  # a range: "11–16 year"
            return f"{_amount(lo)}–{_amount(hi)} {v.unit}"
        return f"{_amount(v.magnitude)} {v.unit}"
    if isinstance(v, MoneyValue):
        return f"{v.currency} {_amount(v.amount)}" + (f" per {v.per}" if v.per else "")
    if isinstance(v, PercentValue):
        return f"{v.value:g}%"
    if isinstance(v, RatioValue) and not iso:
        return f"{v.value:.3g}"  # "0.667" for two-thirds
    if isinstance(v, DurationValue):
        return _fmt_days(v.days)
    if hasattr(v, "members"):
        members = ", ".join(v.members)
        return "{" + members + "}" if iso else members
    if hasattr(v, "scheme"):
        return f"{v.scheme} {v.id}"
    if iso:
        return f"{v.kind} {v.value}"
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


@lru_cache(maxsize=None)
def sentence_words(key: str) -> str:
    """A regex alternation of the phrases of ``patterns/en/sentence.yaml`` ``key``
    (longest first, a space matching any whitespace, a word ending at a word boundary)."""
    from factcheck.data import load_yaml
    from factcheck.extract.number_words import phrase_regex

    return phrase_regex([str(w) for w in load_yaml("patterns/en/sentence.yaml")[key]])


def whole_number(c: Claim) -> int | None:
    """The whole number a count states, or a bare whole number ("a majority of 3,244"),
    whatever its qualifier; None for anything else."""
    v = c.value
    if isinstance(v, CountValue):
        return v.value
    if isinstance(v, QuantityValue) and v.unit == "dimensionless" and v.max is None \
            and v.magnitude is not None and float(v.magnitude).is_integer():
        return int(v.magnitude)
    return None
