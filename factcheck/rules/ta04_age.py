"""TA04 temporal.age — a person's age disagrees with the birth date its sentence gives."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.models import Claim, DateValue, Finding, QuantityValue, Severity
from factcheck.rules.ar01_margin import same_sentence, texts_and_claims
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_date


@lru_cache(maxsize=1)
def _born() -> re.Pattern[str]:
    """A birth word right before a date ("born in ", "was born on ")."""
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/sentence.yaml")["birth_words"]
    alt = "|".join(re.escape(str(w)) for w in words)
    return re.compile(rf"\b(?:{alt})\s+(?:(?:on|in)\s+)?(?:the\s+)?$", re.I)


def _years(born: dt.date, on: dt.date) -> int:
    """Whole years of a life from ``born`` to ``on`` (the birthday counts on the day)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _age(c: Claim) -> int | None:
    """The exact whole age a claim states ("22-year-old", "the mayor, 47,"), or None."""
    v = c.value
    if c.kind != "quantity" or not isinstance(v, QuantityValue) or v.unit != "year" \
            or v.max is not None or c.qualifier.value != "exact" or c.unresolved:
        return None
    m = float(v.magnitude)
    return int(m) if m.is_integer() and 0 <= m < 130 else None


def _day_range(c: Claim) -> tuple[dt.date, dt.date] | None:
    v = c.value
    if not isinstance(v, DateValue) or v.start is None or c.unresolved:
        return None
    return v.start, v.end or v.start


class AgeMismatch(Rule):
    """A person's age disagrees with the birth date its sentence gives.

    *Bad*: "The 22-year-old, who was born in March 2001, signed on Monday" in an article of
    September 2025 (he was 24); "Okafor, born on 3 May 1960, died on Friday aged 58"
    (Friday 6 June 2025: 65).

    *Why*: an age and a date of birth in one sentence state the same span twice. The age
    is counted up to the one other date the sentence gives (the day it speaks of: "died on
    Friday aged 58"), else up to the article's publication; a birth month or year is any
    day of it, so "born in 2001" allows two ages. Only a sentence with one age and one
    birth date is read, and only an exact whole age.

    *Fix*: recount the age from the birth date, or check the date.
    """

    code = "TA04"
    name = "temporal.age"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        born = _born()
        for doc, text, claims in texts_and_claims(ctx):
            births = [c for c in claims if _day_range(c) is not None
                      and born.search(text, max(0, c.start - 20), c.start)]
            for b in births:
                same = [c for c in claims if c is b or same_sentence(text, b, c)]
                ages = [c for c in same if _age(c) is not None]
                others = [c for c in same if c is not b and _day_range(c) is not None]
                if len(ages) != 1 or len(others) > 1 or sum(1 for c in same if c in births) > 1:
                    continue
                age = ages[0]
                stated = _age(age)
                assert stated is not None
                if others:
                    ref, on = others[0], _day_range(others[0])
                else:
                    published = ctx.documents[doc].published
                    ref, on = None, (published, published) if published is not None else None
                if on is None or on[0] is None:
                    continue
                first, last = _day_range(b)  # type: ignore[misc]
                lo, hi = _years(last, on[0]), _years(first, on[1])
                if lo <= stated <= hi or lo < 0:
                    continue
                when = f"on {ref.text!r} (line {ref.line})" if ref is not None else \
                    f"on publication, {fmt_date(on[0])}"
                span = str(lo) if lo == hi else f"{lo} or {hi}"
                yield self.finding(
                    self.severity,
                    f"{doc} line {age.line} gives the age as {age.text!r}, but born "
                    f"{b.text!r}, the person was {span} {when}.",
                    key=f"age · {doc} line {age.line}", claims=(age, b, *([ref] if ref else [])),
                    expected=span, evidence=(claim_evidence(age), claim_evidence(b)),
                )
