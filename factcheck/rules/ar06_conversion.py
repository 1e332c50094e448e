"""AR06 arithmetic.conversion — a measurement restated in other units disagrees with itself."""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable

from factcheck.extract.numeric_tables import defaulted_codes
from factcheck.models import Claim, Finding, Interval, MoneyValue, QuantityValue, Severity
from factcheck.normalize.intervals import conflict, convert, from_value
from factcheck.rules.ar01_margin import texts_and_claims
from factcheck.rules.base import (
    _PERIOD_DAYS, Rule, RuleContext, _canonical_map, _precision, claim_evidence, fmt_figure, value_interval,
)

# between a measurement and its restatement: a bracket, ", or", "or", a dash or a slash
_RESTATED = re.compile(r"\s*(?:\(|,\s*or\s+|\s+or\s+|[—–]|\s-\s|/)\s*")
# after a compound adjective ("the 35-kilometre mark"), its noun, then the restatement in
# apposition: "the 35-kilometre mark, roughly 21.7 miles into the race"
_NOUN_RESTATED = re.compile(r"\s+[a-z]+\s*(?:\(|,\s*(?:or\s+)?)\s*")
# after what the measurement is of, a restatement set off by a dash or a bracket that ends
# there: "9,000 metres above the crater — roughly 29,500 feet —" (not "9,000 metres above
# the summit (40,000 feet above sea level)": that one says its own reference)
def restates(text: str, a: Claim, b: Claim) -> bool:
    """Does ``b`` follow ``a`` as its restatement, right after it or after its noun: "4.2
    metres (13.8 feet)", "€212 million, or $248 million", "6 billion marks ($3.6 billion)"?"""
    return _RESTATED.fullmatch(text, a.end, b.start) is not None or \
        _NOUN_RESTATED.fullmatch(text, a.end, b.start) is not None


_PHRASE_RESTATED = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*(?:\(|[—–]|\s-\s)\s*")
_RESTATEMENT_ENDS = re.compile(r"\s*(?:\)|[—–]|\s-\s|[,.;:]|$)")


# an amount per period, then the same per another period after a bare comma (the second's
# hedge is its own text: "$74,500 a year, roughly $6,200 a month") or "the equivalent of"
_AS_RATE = re.compile(r"\s*,\s*(?:(?:the\s+)?equivalent\s+(?:of|to)\s+|(?:which\s+is|that\s+is)\s+)?")
RESTATED_SLACK = 0.05  # a restatement may round its conversion this much further (70 km, "45 miles")


def _source_half(mag: float) -> float:
    """Half a unit of a converted figure's last written digit ("100" is 99.5 to 100.5)."""
    return 0.5 if float(mag).is_integer() else _precision(mag)


def _restated_half(mag: float) -> float:
    """A restatement's rounding: its written precision widened by RESTATED_SLACK."""
    return _precision(mag) + RESTATED_SLACK * abs(mag)


def _converted(v: QuantityValue) -> Interval | None:
    """The measurement a restatement converts, in base units, to the digits it is written
    with: "100 kilometres" is 99.5 to 100.5 km here, not 50 to 150 (a converter works from
    the figure as written; its "about" is the source's hedge, not the conversion's)."""
    linear = _canonical_map(v.unit)
    mag = v.magnitude
    if linear is None or mag is None:
        return None
    return convert(from_value(mag, _source_half(mag), "exact", linear[2]), *linear)


def _restatement(v: QuantityValue) -> Interval | None:
    """The restated measurement, in base units: its written precision (trailing zeros are
    rounding, "80 miles" is 75 to 85) widened by RESTATED_SLACK, hedged or not ("about
    80 miles" rounds a conversion; it does not widen it to any estimate)."""
    linear = _canonical_map(v.unit)
    mag = v.magnitude
    if linear is None or mag is None:
        return None
    return convert(from_value(mag, _restated_half(mag), "exact", linear[2]), *linear)


def _measure(c: Claim) -> QuantityValue | None:
    v = c.value
    if c.kind != "quantity" or not isinstance(v, QuantityValue) or v.magnitude is None \
            or c.unresolved or v.unit in ("dimensionless", "year") or c.qualifier.value == "range":
        return None
    return v


class ConversionMismatch(Rule):
    """A measurement restated in other units disagrees with itself.

    *Bad*: "The river crested at 4.2 metres, or roughly 19 feet" (4.2 m is 13.8 ft); "a
    120-metre (900-foot) tower" (394 ft); "at the 35-kilometre mark, some 28 miles in"
    (21.7 miles).

    *Why*: a quantity followed at once by the same quantity in another unit ("X (Y)", "X,
    or Y", "X — Y"; after a compound adjective's noun, "the X mark, Y in") states one
    measurement twice. The first is converted from its digits as written ("100
    kilometres" is 99.5 to 100.5 km: a converter works from the figure, whatever its
    hedge); the restatement keeps the precision it is written with (trailing zeros are
    rounding: "900 feet" is 850 to 950) and may round 5 % further ("70 km/h (45 mph)"),
    hedged or not, so only a conversion that no rounding explains is reported. Money restated in another currency ("€212 million ($248 million)") is
    compared at the exchange rate the article states ("converted at $1.17 per euro"),
    or, where it states none, at the rate on which two or more of its other restatements
    agree (within 5 %); as rates are quoted loosely, only a restatement more than 10 % off
    that rate (20 % off the agreed one) is reported: a slipped scale word, a wrong
    currency, a sum divided where it was multiplied. A later sentence that states its rate
    and restates an amount named by the same noun ("Converted at CZK 21.5/USD, expenditure
    amounts to roughly $126bn" after "expenditure CZK 2,410bn") is held to that rate
    within 1 % and the restatement's own rounding. With neither, a restatement whose rate
    lies far outside any of recent years (currencies.yaml usd_value_bounds, widened by half)
    is reported: "€11,000 - roughly $119,000" (a name several currencies share, read by
    default because no country is named, "450 billion francs", is held to the widest
    bounds of them all). An amount per period restated per another
    period in its currency, after a comma or as above ("$74,500 a year, roughly $6,200 a
    month"), is converted by the periods' lengths (a month is a twelfth of a year) and held
    to the same rounding as a unit's restatement.

    *Fix*: redo the conversion from the figure the source gives.
    """

    code = "AR06"
    name = "arithmetic.conversion"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, claims in texts_and_claims(ctx):
            ordered = sorted(claims, key=lambda c: (c.start, c.end))
            for before, a, b in zip([None, *ordered], ordered, ordered[1:]):
                va, vb = _measure(a), _measure(b)
                if before is not None and _measure(before) is not None and not text[before.end:a.start].strip():
                    continue  # the second part of a compound measure ("19 feet 11¼ inches (6.08 m)")
                if va is None or vb is None or va.unit == vb.unit \
                        or not (_RESTATED.fullmatch(text, a.end, b.start)
                                or "-" in a.text and _NOUN_RESTATED.fullmatch(text, a.end, b.start)
                                or _PHRASE_RESTATED.fullmatch(text, a.end, b.start)
                                and _RESTATEMENT_ENDS.match(text, b.end)):
                    continue
                ia, ib = _converted(va), _restatement(vb)
                if ia is None or ib is None or ia.unit != ib.unit or not conflict(ia, ib):
                    continue
                yield self.finding(
                    self.severity,
                    f"{doc} line {a.line} restates {a.text!r} as {b.text!r}, but the two do not "
                    f"convert: {a.text} is {_in(va, vb.unit, b.text)}.",
                    key=f"conversion · {doc} line {a.line}", claims=(a, b),
                    expected=_in(va, vb.unit, b.text), evidence=(claim_evidence(a), claim_evidence(b)),
                )
            yield from self._money(doc, text, ordered)
            yield from self._per_period(doc, text, ordered)

    def _per_period(self, doc: str, text: str, ordered: list[Claim]) -> Iterable[Finding]:
        """An amount per period restated per another period, in one currency: "$74,500 a
        year, roughly $6,200 a month"."""
        for a, b in zip(ordered, ordered[1:]):
            va, vb = a.value, b.value
            if not (isinstance(va, MoneyValue) and isinstance(vb, MoneyValue)) or va.amount is None \
                    or vb.amount is None or va.currency != vb.currency or va.per == vb.per \
                    or va.per not in _PERIOD_DAYS or vb.per not in _PERIOD_DAYS \
                    or a.unresolved or b.unresolved or a.qualifier.value not in ("exact", "approx") \
                    or b.qualifier.value not in ("exact", "approx") \
                    or not (_RESTATED.fullmatch(text, a.end, b.start) or _AS_RATE.fullmatch(text, a.end, b.start)):
                continue
            factor = _PERIOD_DAYS[vb.per] / _PERIOD_DAYS[va.per]
            mag, rb = float(va.amount), float(vb.amount)
            half, slack = _source_half(mag), _restated_half(rb)
            ia = Interval(low=(mag - half) * factor, high=(mag + half) * factor)
            if not conflict(ia, Interval(low=rb - slack, high=rb + slack)):
                continue
            expected = f"{va.currency} {fmt_figure(mag * factor)} a {vb.per}"
            yield self.finding(
                self.severity,
                f"{doc} line {a.line} restates {a.text!r} as {b.text!r}, but the two do not "
                f"agree: {a.text} is {expected}.",
                key=f"conversion · {doc} line {a.line}", claims=(a, b),
                expected=expected, evidence=(claim_evidence(a), claim_evidence(b)),
            )


    def _money(self, doc: str, text: str, ordered: list[Claim]) -> Iterable[Finding]:
        """Money restated in another currency against the article's exchange rate."""
        pairs = [(a, b) for a, b in zip(ordered, ordered[1:]) if _amount(a) and _amount(b)
                 and a.value.currency != b.value.currency  # type: ignore[union-attr]
                 and _RESTATED.fullmatch(text, a.end, b.start)]
        stated: dict[tuple[str, str], set[float]] = {}
        rate_claims: list[tuple[Claim, str]] = []
        for c in ordered:  # "$1.17 per euro": one euro is 1.17 dollars
            m = _PER_CURRENCY.match(text, c.end)
            code = (_currency_named(m.group("name")) if m.group("name") else _currency_code(m.group("code"))) \
                if m and _amount(c) else None
            if code is not None and code != c.value.currency:  # type: ignore[union-attr]
                stated.setdefault((code, c.value.currency), set()).add(c.value.amount)  # type: ignore[union-attr, arg-type]
                rate_claims.append((c, code))
        again = [p for p in _named_again(text, ordered, rate_claims) if p not in pairs]
        pairs += again
        if not pairs:
            return
        for a, b in pairs:
            va, vb = a.value, b.value
            assert isinstance(va, MoneyValue) and isinstance(vb, MoneyValue)
            rates = stated.get((va.currency, vb.currency)) or \
                {1 / r for r in stated.get((vb.currency, va.currency), ()) if r}
            tolerance, said = 0.10, "the rate the article gives"
            if (a, b) in again:  # converted at the rate its own sentence gives
                tolerance, said = 0.01, "the rate the restating sentence gives"
            if len(rates) != 1:  # none stated: the rate its other restatements agree on
                others = [_rate(x, y, va.currency, vb.currency) for x, y in pairs if (x, y) != (a, b)]
                others = [r for r in others if r is not None]
                if len(others) < 2 or max(others) > min(others) * 1.05:
                    found = _implausible(a, b)
                    if found is not None:
                        yield self._restated(
                            doc, a, b, f"a rate of {found[0]:.4g} {vb.currency} to the {va.currency}; no "
                            f"rate of recent years comes near it ({found[1]:.3g} to {found[2]:.3g}): a slip "
                            f"of a power of ten?",
                            f"{found[1]:.3g} to {found[2]:.3g} {vb.currency} to the {va.currency}")
                    continue
                rates, tolerance = {sorted(others)[len(others) // 2]}, 0.20
                said = "the rate its other restatements agree on"
            (rate,) = rates
            ia, ib = a.interval, b.interval
            if ia is None or ib is None or ia.low is None or ia.high is None:
                continue
            expected = Interval(low=float(ia.low) * rate * (1 - tolerance),
                                high=float(ia.high) * rate * (1 + tolerance), unit=vb.currency)
            if not conflict(expected, ib):
                continue
            x = (float(ia.low) + float(ia.high)) / 2 * rate
            yield self._restated(doc, a, b, f"but at {said} ({rate:.4g} {vb.currency} to the "
                                 f"{va.currency}) {a.text} is about {fmt_figure(x)} {vb.currency}.",
                                 f"{fmt_figure(x)} {vb.currency}")

    def _restated(self, doc: str, a: Claim, b: Claim, why: str, expected: str) -> Finding:
        return self.finding(
            self.severity, f"{doc} line {a.line} restates {a.text!r} as {b.text!r}, {why}",
            key=f"conversion · {doc} line {a.line}", claims=(a, b), expected=expected,
            evidence=(claim_evidence(a), claim_evidence(b)))


# right after an amount, the currency it is the price of: "$1.17 per euro", "to the pound",
# "CZK 21.5/USD"
_PER_CURRENCY = re.compile(r"\s+(?:per|a|an|to\s+the|to\s+one|for\s+(?:each|one|every|the))\s+"
                           r"(?P<name>[a-z]+(?:\s+[a-z]+)?)|\s*/\s*(?P<code>[A-Z]{3})\b", re.I)
# the noun an amount is of, right before it: "expenditure CZK 2,410bn", "expenditure amounts
# to roughly $126bn", "the deficit at about $13.5bn"
_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z]{4,})\s+(?:(?:amounts?|amounted|comes?|came|stands?|stood|works?|worked|"
                          r"out|is|was|were|at|to|of|roughly|about|some|around|nearly|almost|just|over|"
                          r"totall?ing|worth)\s+){0,4}$", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _noun_of(text: str, c: Claim) -> str | None:
    from factcheck.link_text import lemma

    m = _NOUN_BEFORE.search(text, max(0, c.start - 60), c.start)
    return lemma(m.group("noun")) if m else None


def _named_again(text: str, ordered: list[Claim], rates: list[tuple[Claim, str]]) -> list[tuple[Claim, Claim]]:
    """Amounts a later sentence restates at the rate it states ("Converted at CZK 21.5/USD,
    expenditure amounts to roughly $126bn"): each amount in the rate's other currency in
    that sentence, paired with the nearest earlier amount in the rate's currency of the
    same noun ("expenditure CZK 2,410bn")."""
    out: list[tuple[Claim, Claim]] = []
    for rate, code in rates:
        pair = {rate.value.currency, code}  # type: ignore[union-attr]
        for b in ordered:
            if b is rate or not _amount(b) or b.value.currency not in pair \
                    or _SENTENCE_END.search(text, min(b.start, rate.end), max(b.start, rate.end)):  # type: ignore[union-attr]
                continue
            noun = _noun_of(text, b)
            if noun is None:
                continue
            other = (pair - {b.value.currency}).pop()  # type: ignore[union-attr]
            for a in reversed([x for x in ordered if x.end <= b.start and _amount(x)
                               and x.value.currency == other  # type: ignore[union-attr]
                               and _SENTENCE_END.search(text, x.end, b.start)]):
                if _noun_of(text, a) == noun:
                    out.append((a, b))
                    break
    return out


def _amount(c: Claim) -> bool:
    """An amount of money in a known currency, not a rate per period."""
    v = c.value
    return isinstance(v, MoneyValue) and v.amount is not None and v.per is None \
        and v.currency != "XXX" and not c.unresolved and c.qualifier.value in ("exact", "approx")


def _currency_named(words: str) -> str | None:
    """The ISO code a currency's name gives ("euro", "pound", "us dollar"), or None."""
    from factcheck.extract.numeric_tables import tables

    t = tables()
    for name in (words.lower(), words.lower().split()[0]):
        code = t.names.get(name) or t.names.get(name + "s")
        if code and code.startswith("?"):
            code = t.shared[code[1:]].default
        if code:
            return code
    return None


def _currency_code(code: str) -> str | None:
    """An ISO code the currency tables know ("USD", "CZK"), or None."""
    from factcheck.extract.numeric_tables import tables

    return code.upper() if code.upper() in tables().codes else None


_SLACK = 1.5  # how far past the bounds of currencies.yaml usd_value_bounds a rate may lie


@lru_cache(maxsize=1)
def _usd_bounds() -> dict[str, tuple[float, float]]:
    from factcheck.data import load_yaml

    return {str(k): (float(v[0]), float(v[1]))
            for k, v in load_yaml("patterns/en/currencies.yaml")["usd_value_bounds"].items()}


def _bounds(codes: tuple[str, ...]) -> tuple[float, float] | None:
    """The least and the most a unit of any of ``codes`` was worth in US dollars in recent
    years, or None when one of them is not known."""
    known = [_usd_bounds().get(c) for c in codes]
    if not known or any(k is None for k in known):
        return None
    return min(k[0] for k in known if k), max(k[1] for k in known if k)


def _implausible(a: Claim, b: Claim) -> tuple[float, float, float] | None:
    """(the rate a restatement implies, the least and the most plausible) when the rate is
    outside the widened bounds of recent years' rates, else None (or unknown currencies)."""
    va, vb = a.value, b.value
    assert isinstance(va, MoneyValue) and isinstance(vb, MoneyValue)
    # a name several currencies share, read by default ("francs"), may be any of them
    ba, bb = _bounds(defaulted_codes(a)), _bounds(defaulted_codes(b))
    if ba is None or bb is None or not va.amount or not vb.amount:
        return None
    rate = vb.amount / va.amount
    lo, hi = ba[0] / bb[1] / _SLACK, ba[1] / bb[0] * _SLACK
    return (rate, lo, hi) if not lo <= rate <= hi else None


def _rate(a: Claim, b: Claim, x: str, y: str) -> float | None:
    """The rate (``y`` to one ``x``) a restatement of ``a`` as ``b`` implies, if it is in
    those two currencies."""
    va, vb = a.value, b.value
    assert isinstance(va, MoneyValue) and isinstance(vb, MoneyValue)
    if (va.currency, vb.currency) == (x, y) and va.amount:
        return vb.amount / va.amount  # type: ignore[operator]
    if (va.currency, vb.currency) == (y, x) and vb.amount:
        return va.amount / vb.amount  # type: ignore[operator]
    return None


_FIGURE = re.compile(r"^\D*?[\d][\d.,]*\s*-?\s*")


def _in(v: QuantityValue, unit: str, written: str) -> str:
    """``v`` in ``unit``, to three significant figures, named as the restatement names it
    ("13.8 feet")."""
    # both units were read when the claims' intervals were: neither map is None here
    fa, oa, _ = _canonical_map(v.unit)  # type: ignore[misc]
    fb, ob, _ = _canonical_map(unit)  # type: ignore[misc]
    x = (float(v.magnitude) * fa + oa - ob) / fb  # type: ignore[arg-type]
    word = _FIGURE.sub("", written).strip() or unit
    return f"{x:.3g} {word}"
