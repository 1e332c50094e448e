"""AR07 arithmetic.rate — a total over a span disagrees with the rate stated with it."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import Claim, DurationValue, Finding, Interval, MoneyValue, QuantityValue, Severity
from factcheck.normalize.intervals import conflict
from factcheck.rules.ar01_margin import same_sentence, texts_and_claims
from factcheck.rules.base import Rule, RuleContext, claim_evidence, value_interval

_PER = re.compile(r"\s*/\s*(day|week|month|year|hour)$")
_SECONDS = {"hour": 3600.0, "day": 86400.0, "week": 7 * 86400.0, "month": 365.25 / 12 * 86400.0,
            "year": 365.25 * 86400.0}
# between the total and the rate: ", or", "or", a bracket, ", an average of", ", averaging"
_LINK = re.compile(r"\s*(?:,\s*or\s+|\s+or\s+|\(\s*|,\s*(?:an\s+average\s+of|averaging|about)\s+)\s*$", re.I)
# the span, right before the duration: "over the four days", "for five years", "in two weeks"
_SPAN = re.compile(r"\b(?:over|for|in|during|across|within)\s+(?:the\s+(?:past\s+|last\s+|next\s+)?)?$", re.I)


def _rate(c: Claim) -> tuple[str, float] | None:
    """(the rate's base unit, seconds of its period) of a per-period figure ("130mm a day",
    "$200 million a year"), or None."""
    v = c.value
    if isinstance(v, MoneyValue) and v.per in _SECONDS:
        return v.currency, _SECONDS[v.per]
    if isinstance(v, QuantityValue):
        m = _PER.search(v.unit)
        if m is not None:
            return v.unit[:m.start()].strip(), _SECONDS[m.group(1)]
    return None


def _total(c: Claim) -> str | None:
    """The unit of a figure that is an amount, not a rate."""
    v = c.value
    if isinstance(v, MoneyValue) and v.per is None and v.amount is not None:
        return v.currency
    if isinstance(v, QuantityValue) and v.magnitude is not None and "/" not in v.unit \
            and v.unit not in ("dimensionless", "year"):
        return v.unit
    return None


class RateMismatch(Rule):
    """A total over a span disagrees with the rate stated with it.

    *Bad*: "412mm of rain over the four days, or roughly 130mm a day" (103 mm a day);
    "savings of $200 million a year for five years, or $1.5 billion" ($1 billion).

    *Why*: a total, the span it is over ("over the four days", "for five years") and a
    rate per day, week, month or year joined to it by "or", a bracket or "an average of"
    state one figure twice: the total is the rate times the span. The span is taken as
    the whole number of periods it names; the rate and the total keep their written
    precision and qualifiers ("roughly" widens), so only a product that no rounding
    explains is reported. Total and rate must be in one unit (or currency).

    *Fix*: recompute the rate from the total, or the total from the rate.
    """

    code = "AR07"
    name = "arithmetic.rate"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, claims in texts_and_claims(ctx):
            ordered = sorted(claims, key=lambda c: (c.start, c.end))
            for i, x in enumerate(ordered):
                for y in ordered[i + 1:i + 4]:
                    got = self._pair(doc, text, ordered, x, y)
                    if got is not None:
                        yield got

    def _pair(self, doc: str, text: str, ordered: list[Claim], x: Claim, y: Claim) -> Finding | None:
        """A total and a rate, in either order, with the one span between or around them."""
        if not same_sentence(text, x, y):
            return None
        for total, rate in ((x, y), (y, x)):
            unit, rate_unit = _total(total), _rate(rate)
            if unit is None or rate_unit is None or rate_unit[0] != unit:
                continue
            first, second = (x, y)
            if not _LINK.search(text, first.end, second.start) and not _LINK.fullmatch(
                    text[first.end:second.start]):
                # "<rate> for five years, or <total>": the span stands between them
                spans = [d for d in ordered if first.end <= d.start and d.end <= second.start
                         and isinstance(d.value, DurationValue)]
                if len(spans) != 1 or not _LINK.search(text, spans[0].end, second.start):
                    continue
            else:
                spans = []
            if not spans:  # "<total> over the four days, or <rate>": the span after the total
                spans = [d for d in ordered if isinstance(d.value, DurationValue)
                         and same_sentence(text, d, total) and abs(d.start - total.end) <= 30]
            spans = [d for d in spans if _SPAN.search(text, max(0, d.start - 30), d.start)]
            if len(spans) != 1:
                continue
            span = spans[0]
            seconds = float(span.value.days) * 86400.0  # type: ignore[union-attr]
            it = value_interval(total.value, total.qualifier)
            ir = value_interval(rate.value, rate.qualifier)
            if it is None or ir is None or it.low is None or it.high is None \
                    or ir.low is None or ir.high is None:
                continue
            # money rates compare per day; quantities per second (their base units)
            per = seconds / 86400.0 if isinstance(rate.value, MoneyValue) else seconds
            product = Interval(low=float(ir.low) * per, high=float(ir.high) * per, unit=it.unit)  # type: ignore[arg-type]
            if not conflict(it, product):
                return None
            periods = seconds / rate_unit[1]
            implied = float(total.value.amount if isinstance(total.value, MoneyValue)  # type: ignore[union-attr]
                            else total.value.magnitude) / periods  # type: ignore[union-attr]
            said = f"{_figure(implied)} {rate_unit[0]} a {_period_name(rate_unit[1])}"
            return self.finding(
                self.severity,
                f"{doc} line {total.line} gives {total.text!r} over {span.text!r} and the rate "
                f"{rate.text!r}, which do not agree: {total.text} over {span.text} is {said}.",
                key=f"rate · {doc} line {total.line}", claims=(total, rate, span),
                expected=said, evidence=(claim_evidence(total), claim_evidence(rate)),
            )
        return None


def _period_name(seconds: float) -> str:
    return next(k for k, v in _SECONDS.items() if v == seconds)


def _figure(x: float) -> str:
    """Three significant figures, large ones in words ("425 million", "103")."""
    for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(x) >= scale:
            return f"{x / scale:.3g}{word}"
    return f"{x:,.3g}" if abs(x) < 1000 else f"{x:,.0f}"
