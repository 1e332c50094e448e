"""AR07 arithmetic.rate — a total over a span disagrees with the rate stated with it."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import (Claim, DateValue, DurationValue, Finding, Interval, MoneyValue, QuantityValue,
                              Severity)
from factcheck.normalize.intervals import conflict
from factcheck.rules.ar01_margin import same_sentence, texts_and_claims
from factcheck.rules.base import (_PERIOD_DAYS, Rule, RuleContext, _canonical_map, claim_evidence, fmt_figure,
                                  range_days, value_interval)
from factcheck.rules.ta01_elapsed_time import _RANGE_WORDS

_PER = re.compile(r"\s*/\s*(hour|day|week|month|quarter|year)$")
_SECONDS = {"hour": 3600.0, **{name: days * 86400.0 for name, days in _PERIOD_DAYS.items()}}
# between the total and the rate: ", or", "or", a bracket, ", an average of", ", averaging"
_LINK = re.compile(r"\s*(?:,\s*or\s+|\s+or\s+|\(\s*|,\s*(?:an\s+average\s+of|averaging|about)\s+)\s*$", re.I)
# a time per unit of something else, right after a duration: "2 minutes 52 seconds per kilometre"
_PACE = re.compile(r"\s+(?:per|a|an|each|every)\s+(?P<unit>[a-z]+)\b", re.I)
# the span, right before the duration: "over the four days", "for five years", "in two weeks"
_SPAN = re.compile(r"\b(?:over|for|in|during|across|within)\s+(?:the\s+(?:past\s+|last\s+|next\s+)?)?$", re.I)


# a price per unit, right after the amount: "$52m per launch", "$110m each", "$4 apiece"
_EACH = re.compile(r"\s+(?:(?:per|a|an|for\s+each)\s+(?P<noun>[a-z]+)\b|(?:each|apiece)\b)", re.I)
_BESIDE = 40  # characters between a total and the count it is for ("$186m, three-launch deal")
# a rate that says it is an average: "an average of 45.9 km/h", "averaging 130mm a day"
_AVERAGE = re.compile(r"(?:an\s+average\s+of|averaging|on\s+average)\b", re.I)


def _linked(text: str, end: int, second: Claim) -> bool:
    """Is ``second`` joined to what ends at ``end`` as its restatement: ", or", a bracket,
    "an average of" (in the gap, or opening the claim's own text after a comma or dash)?"""
    gap = text[end:second.start]
    return bool(_LINK.search(gap) or _LINK.fullmatch(gap) or (
        _AVERAGE.match(second.text) and re.fullmatch(r"\s*[,(—–-]\s*", gap)))


def _rate(c: Claim) -> tuple[str, str] | None:
    """(the rate's unit, its period) of a per-period figure ("130mm a day": millimeter,
    day; "$200 million a year": USD, year), or None."""
    v = c.value
    if isinstance(v, MoneyValue) and v.per in _SECONDS:
        return v.currency, v.per
    if isinstance(v, QuantityValue):
        m = _PER.search(v.unit)
        if m is not None:
            return v.unit[:m.start()].strip(), m.group(1)
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
    the whole number of periods it names, or runs between two dates ("between the 2000
    survey and September 2025": from any day of the first to any day of the second); the
    rate and the total keep their written precision and qualifiers ("roughly" widens), so
    only a product that no rounding explains is reported. Total and rate must be in one unit (or currency).
    A speed is such a rate ("187.4 km in 4 hours, 21 minutes and 36 seconds, an average of
    45.9 km/h": 42.98 km an hour).
    A pace is the same figure turned round: a time over a distance and a time per unit
    of it ("won in 2:04:37, averaging 2 minutes 52 seconds per kilometre over the 42.195
    kilometres": 2:57 a kilometre), all in one sentence. A price per unit is a total over a
    count: "bought 20 aircraft for $2.2bn, or $100m each" ($110m); "$52m per launch" against
    "the $186m, three-launch deal" told earlier ($62m), where a count of the same noun
    stands within a few words of a total in one currency.

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
            for rate in ordered:
                got = self._pace(doc, text, ordered, rate) or self._unit_price(doc, text, ordered, rate)
                if got is not None:
                    yield got

    def _unit_price(self, doc: str, text: str, ordered: list[Claim], price: Claim) -> Finding | None:
        """"bought 20 aircraft for $2.2bn, or $100m each"; "the $186m, three-launch deal" and,
        later, "$52m per launch": a price per unit against a total in its currency and the
        count of those units the total is stated with (in the price's sentence, or for
        "per <noun>" wherever the article counts that noun next to a total)."""
        from factcheck.link_text import lemma

        m = _EACH.match(text, price.end)
        if m is None or _total(price) is None or not isinstance(price.value, MoneyValue) \
                or price.interval is None or price.qualifier.value not in ("exact", "approx"):
            return None
        noun = lemma(m.group("noun")) if m.group("noun") else None
        for count in reversed([c for c in ordered if c.end <= price.start and c.kind == "count"
                               and c.qualifier.value == "exact" and not c.unresolved]):
            here = same_sentence(text, count, price)
            if not here and noun is None:
                break  # ("each" reads only its own sentence)
            if noun is not None and (count.about is None or lemma(count.about.split()[-1]) != noun):
                continue
            total = next((t for t in ordered if t is not price and _total(t) == _total(price)
                          and t.interval is not None and same_sentence(text, t, count)
                          and abs((t.start if t.start > count.end else count.start) -
                                  (count.end if t.start > count.end else t.end)) <= _BESIDE
                          and t.qualifier.value in ("exact", "approx") and t.end <= price.start), None)
            if total is None:
                if here:
                    continue
                return None
            n = float(count.value.value)  # type: ignore[union-attr]
            if n < 2:
                return None
            lo, hi = float(total.interval.low) / n, float(total.interval.high) / n  # type: ignore[arg-type]
            each = Interval(low=lo * 0.98, high=hi * 1.02, unit=price.interval.unit)
            if not conflict(each, price.interval):
                return None
            said = fmt_figure((lo + hi) / 2)
            return self.finding(
                self.severity,
                f"{doc} line {price.line} gives {price.text!r} {m.group(0).strip()}, but {total.text!r} "
                f"for {count.text} (line {count.line}) is {said} {price.value.currency} each.",
                key=f"rate · {doc} line {price.line}", claims=(price, total, count),
                expected=f"{said} {price.value.currency}", evidence=(claim_evidence(total), claim_evidence(count)))
        return None

    def _pace(self, doc: str, text: str, ordered: list[Claim], rate: Claim) -> Finding | None:
        """A time per unit ("2 minutes 52 seconds per kilometre") against the one other
        time of its sentence over the one distance (or other measure) in that unit's
        dimension the sentence gives as a span ("over the 42.195 kilometres")."""
        m = _PACE.match(text, rate.end)
        per = _canonical_map(m.group("unit").lower()) if m and isinstance(rate.value, DurationValue) else None
        if per is None or rate.interval is None:
            return None
        same = [c for c in ordered if c is not rate and same_sentence(text, c, rate)]
        times = [c for c in same if isinstance(c.value, DurationValue) and c.interval is not None]
        spans = [c for c in same if _total(c) is not None and _same_base(_total(c), per[2])  # type: ignore[arg-type]
                 and _SPAN.search(text, max(0, c.start - 30), c.start)]
        if len(times) != 1 or len(spans) != 1:
            return None
        total, span = times[0], spans[0]
        it, isp = total.interval, value_interval(span.value, span.qualifier)
        if it is None or isp is None or it.low is None or it.high is None or not isp.low \
                or isp.high is None or total.qualifier.value not in ("exact", "approx"):
            return None
        f = float(per[0])  # base units in one of the pace's unit
        implied = Interval(low=float(it.low) / float(isp.high) * f, high=float(it.high) / float(isp.low) * f,
                           unit=rate.interval.unit)
        if not conflict(rate.interval, implied):
            return None
        seconds = round((float(it.low) + float(it.high)) / 2 / ((float(isp.low) + float(isp.high)) / 2) * f * 86400)
        said = f"{seconds // 60}:{seconds % 60:02d} a {m.group('unit').lower()}"  # type: ignore[union-attr]
        return self.finding(
            self.severity,
            f"{doc} line {rate.line} gives {total.text!r} over {span.text!r} and the pace "
            f"{rate.text!r} per {m.group('unit')}, which do not agree: {total.text} over "  # type: ignore[union-attr]
            f"{span.text} is about {said}.",
            key=f"rate · {doc} line {rate.line}", claims=(rate, total, span),
            expected=said, evidence=(claim_evidence(total), claim_evidence(span)),
        )

    def _pair(self, doc: str, text: str, ordered: list[Claim], x: Claim, y: Claim) -> Finding | None:
        """A total and a rate, in either order, with the one span between or around them."""
        for total, rate in ((x, y), (y, x)):
            unit, rate_unit = _total(total), _rate(rate)
            if unit is None or rate_unit is None or not _same_base(rate_unit[0], unit) \
                    or not same_sentence(text, x, y):
                continue  # ("1.9 km" and "120 metres a year" are one length)
            first, second = (x, y)
            if not _linked(text, first.end, second):
                # "<rate> for five years, or <total>": the span stands between them
                spans = [d for d in ordered if first.end <= d.start and d.end <= second.start
                         and isinstance(d.value, DurationValue)]
                if len(spans) != 1 or not _linked(text, spans[0].end, second):
                    continue
            else:  # "<total> ... in <span>, an average of <rate>": a span between them
                spans = [d for d in ordered if first.end <= d.start and d.end <= second.start
                         and isinstance(d.value, DurationValue)
                         and _SPAN.search(text, max(0, d.start - 30), d.start)]
            if not spans:  # "<total> over the four days, or <rate>": the span after the total
                spans = [d for d in ordered if isinstance(d.value, DurationValue)
                         and same_sentence(text, d, total) and abs(d.start - total.end) <= 30]
            spans = [d for d in spans if _SPAN.search(text, max(0, d.start - 30), d.start)]
            if len(spans) == 1:
                span: tuple[Claim, ...] = (spans[0],)
                low = high = float(spans[0].value.days) * 86400.0  # type: ignore[union-attr]
            else:  # "1.9 km between the 2000 survey and September 2025, or about 120 m a year"
                got = _dated_span(text, ordered, total, rate)
                if got is None:
                    continue
                span, low, high = got
            it = value_interval(total.value, total.qualifier)
            ir = value_interval(rate.value, rate.qualifier)
            if it is None or ir is None or it.low is None or it.high is None \
                    or ir.low is None or ir.high is None or low <= 0:
                continue
            # money rates compare per day; quantities per second (their base units)
            scale = 1 / 86400.0 if isinstance(rate.value, MoneyValue) else 1.0
            product = Interval(low=float(ir.low) * low * scale, high=float(ir.high) * high * scale,  # type: ignore[arg-type]
                               unit=it.unit)
            if not conflict(it, product):
                return None
            periods = (low + high) / 2 / _SECONDS[rate_unit[1]]
            implied = (float(it.low) + float(it.high)) / 2 / periods / _factor(rate_unit[0], rate)  # type: ignore[arg-type]
            said = f"{fmt_figure(implied)} {rate_unit[0]} {'an' if rate_unit[1] == 'hour' else 'a'} {rate_unit[1]}"
            over = " to ".join(repr(c.text) for c in span)
            return self.finding(
                self.severity,
                f"{doc} line {total.line} gives {total.text!r} over {over} and the rate "
                f"{rate.text!r}, which do not agree: {total.text} over that span is about {said}.",
                key=f"rate · {doc} line {total.line}", claims=(total, rate, *span),
                expected=said, evidence=(claim_evidence(total), claim_evidence(rate)),
            )
        return None


# before the first of two dates that bound a span: "between the 2000 survey and", "from"
_BETWEEN = re.compile(r"\b(?:between|from|since)\s+(?:the\s+)?$", re.I)


def _dated_span(text: str, ordered: list[Claim], total: Claim, rate: Claim
                ) -> tuple[tuple[Claim, ...], float, float] | None:
    """The span two dates between a total and its rate bound ("between the 2000 survey and
    September 2025"), as (dates, fewest seconds, most seconds): from any moment of the
    first to any moment of the second."""
    lo, hi = sorted((total.end, rate.start)) if total.start < rate.start else (rate.end, total.start)
    dates = [d for d in ordered if lo <= d.start and d.end <= hi and isinstance(d.value, DateValue)
             and d.value.start is not None and d.value.end is not None and not d.unresolved]
    if len(dates) == 1 and _RANGE_WORDS.match(dates[0].text):  # "between 2005 and 2025": one claim
        fewest, days = range_days(dates[0].value)  # type: ignore[arg-type]
        return (dates[0],), max(fewest, 0) * 86400.0, (days + 1) * 86400.0
    if len(dates) != 2 or not _BETWEEN.search(text, max(0, dates[0].start - 20), dates[0].start):
        return None
    a, b = dates[0].value, dates[1].value
    fewest = (b.start - a.end).days * 86400.0  # type: ignore[operator, union-attr]
    most = ((b.end - a.start).days + 1) * 86400.0  # type: ignore[operator, union-attr]
    return (dates[0], dates[1]), max(fewest, 0.0), most


def _factor(unit: str, rate: Claim) -> float:
    """Base units in one of the rate's own unit (1000 for "kilometer"; 1 for money)."""
    mapped = None if isinstance(rate.value, MoneyValue) else _canonical_map(unit)
    return 1.0 if mapped is None else float(mapped[0])


def _same_base(a: str, b: str) -> bool:
    """Are two units (or currencies) of one dimension: "kilometer" and "meter"?"""
    if a == b:
        return True
    ma, mb = _canonical_map(a), _canonical_map(b)
    return ma is not None and mb is not None and ma[2] == mb[2]
