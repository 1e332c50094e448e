"""AR01 arithmetic.margin — a lead or gap in points disagrees with the two shares it separates."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.extract.text import abbreviated
from factcheck.models import Claim, Finding, PercentValue, QuantityValue, Severity
from factcheck.rules.base import Rule, RuleContext, claim_evidence, sentence_words, whole_number

_STOP = re.compile(r"[.!?](?:\s|$)|\n\s*\n")  # a stop, or a blank line after a headline


def texts_and_claims(ctx: RuleContext) -> Iterable[tuple[str, str, list[Claim]]]:
    """(document id, text, claims) of each document with its text, in id order."""
    for doc in sorted(ctx.claims):
        document = ctx.documents.get(doc)
        if document is not None:
            yield doc, document.text, list(ctx.claims[doc])


def same_sentence(text: str, a: Claim, b: Claim) -> bool:
    """Do two claims of one text stand in one sentence (no sentence stop between them; the
    period of an abbreviation, "St." or "Gen.", is none)?"""
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    return lo.end <= hi.start and not any(
        not abbreviated(text, m.start()) for m in _STOP.finditer(text, lo.end, hi.start))


@lru_cache(maxsize=1)
def _margin_words() -> re.Pattern[str]:
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/sentence.yaml")["margin_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b", re.I)


def half_unit(c: Claim) -> float:
    """Half a unit of the last digit a figure is written with ("38.4" -> 0.05, "38" -> 0.5,
    "1,070" -> 0.5): whole numbers keep their units (a lead of "10 points" is 9.5 to 10.5),
    unlike ``base.precision``, which reads trailing zeros as rounding."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", c.text)
    decimals = len(m.group(1)) if m and m.group(1) else 0
    return 0.5 * 10.0 ** -decimals


# between two counts set against each other: "votes to Pavel Dorn's ",
# "seats against "
_AGAINST = re.compile(r"[^.;:!?\d]{0,60}?\b(?:to|against|versus|vs\.?)\s+[^.;:!?\d]{0,50}?$", re.I)
# between the second count and their difference: its noun, then "a majority of "
_TO_MARGIN = re.compile(r"[^.;:!?\d]{0,60}?$")


@lru_cache(maxsize=1)
def _count_margin_cue() -> re.Pattern[str]:
    """Words right before a count that make it a difference ("a majority of ")."""
    return re.compile(rf"\b(?:{sentence_words('count_margin_words')})\s+(?:of\s+)?(?:just\s+|only\s+)?$", re.I)


class MarginMismatch(Rule):
    """A lead, gap or change stated in points disagrees with the two shares it separates.

    *Bad*: "the final tally gave the party 38.4 percent to 27.9 percent, a lead of more
    than 13 points" — 38.4 − 27.9 is 10.5 points; "inflation slowed to 5.8 per cent from
    6.3 per cent, a decline of 0.7 percentage points" — 0.5.

    *Why*: a sentence that gives two shares and the lead between them states one figure
    twice: the difference of the shares, to the precision they are written with, must
    fall inside the stated lead ("more than 13 points" is above 13, "a 10-point lead" is
    9.5 to 10.5). Only a points figure next to a word of a lead, gap or change ("lead",
    "margin", "ahead", "gap", "decline", "rise") in a sentence with two shares before it
    is read. So is a count named as the difference of two exact counts set against each
    other right before it ("took 23,118 votes to Pavel Dorn's 19,874, a majority of 3,424":
    3,244; sentence.yaml count_margin_words).

    *Fix*: recompute the lead from the shares, or check the shares.
    """

    code = "AR01"
    name = "arithmetic.margin"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        yield from self._count_margins(ctx)
        for doc, text, claims in texts_and_claims(ctx):
            for c in claims:
                if not (isinstance(c.value, QuantityValue) and c.value.unit == "percentage_point"
                        and c.interval is not None):
                    continue
                near = text[max(0, c.start - 40):min(len(text), c.end + 25)]
                if not _margin_words().search(near):
                    continue
                shares = [o for o in claims if isinstance(o.value, PercentValue) and o.end <= c.start
                          and same_sentence(text, o, c)][-2:]
                if len(shares) != 2:
                    continue
                a, b = shares
                diff = abs(a.value.value - b.value.value)  # type: ignore[union-attr]
                slack = half_unit(a) + half_unit(b)
                lo, hi = max(0.0, diff - slack), diff + slack
                iv = c.interval
                exact = c.qualifier.value == "exact"
                half = half_unit(c) if exact and iv.low == iv.high else 0.0  # else it is stated
                m_lo = (iv.low - half) if iv.low is not None else float("-inf")  # type: ignore[operator]
                m_hi = (iv.high + half) if iv.high is not None else float("inf")  # type: ignore[operator]
                below = hi < m_lo or (hi == m_lo and not iv.low_closed)
                above = lo > m_hi or (lo == m_hi and not iv.high_closed)
                if not (below or above):
                    continue
                yield self._finding(doc, c, a, b, "lead", f"{diff:.4g} points", f"a lead of {diff:.4g} points")

    def _count_margins(self, ctx: RuleContext) -> Iterable[Finding]:
        """"took 23,118 votes to Pavel Dorn's 19,874, a majority of 3,424": two exact counts
        set against each other ("to", "against", "versus") and, right after, a count named
        as their difference (sentence.yaml count_margin_words)."""
        cue = _count_margin_cue()
        for doc, text, claims in texts_and_claims(ctx):
            counts = [c for c in claims if whole_number(c) is not None and c.interval is not None]
            for i in range(2, len(counts)):
                a, b, c = counts[i - 2], counts[i - 1], counts[i]
                if not (same_sentence(text, a, c) and cue.search(text, max(b.end, c.start - 30), c.start)
                        and _AGAINST.fullmatch(text, a.end, b.start) and _TO_MARGIN.fullmatch(text, b.end, c.start)):
                    continue
                if a.qualifier.value != "exact" or b.qualifier.value != "exact":
                    continue
                diff = abs(whole_number(a) - whole_number(b))  # type: ignore[operator]
                iv = c.interval
                if (iv.low is None or diff >= iv.low) and (iv.high is None or diff <= iv.high):
                    continue
                yield self._finding(doc, c, a, b, "margin", f"{diff:,}", f"{diff:,}")

    def _finding(self, doc: str, c: Claim, a: Claim, b: Claim, what: str, diff: str,
                 suggestion: str) -> Finding:
        return self.finding(
            self.severity,
            f"{doc} line {c.line} gives the {what} between {a.text!r} and {b.text!r} as "
            f"{c.text!r}, but the two differ by {diff}.",
            key=f"margin · {doc} line {c.line}", claims=(c, a, b),
            expected=diff, suggestion=suggestion, evidence=(claim_evidence(c),),
        )
