"""CT01 counter.mismatch — an nth event or a count disagrees with the ledger's dated list."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable

from factcheck.models import (
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    Finding,
    LedgerCounter,
    OrdinalValue,
    Severity,
)
from factcheck.rules.base import Rule, RuleContext, cap, claim_evidence, claim_interval, fmt_date

_SINCE = re.compile(r"\bsince\b[^,;.]*$", re.I)
_IN = re.compile(r"\b(?:in|within|during|over)\s*$", re.I)


def window(ctx: RuleContext, c: Claim) -> tuple[dt.date | None, dt.date | None, str] | None:
    """The period a count or ordinal covers, from the claims of its sentence.

    "since 2006" -> [2006-01-01, published]; "last year" -> that year; "in less than a
    month" -> [published - 1 month, published]; else everything up to publication.
    None when the publication date is unknown.
    """
    doc = ctx.documents.get(c.doc)
    published = doc.published if doc else None
    if published is None:
        return None
    if isinstance(c.value, OrdinalValue):
        # "the nth" counts from the start; a window phrase nearby usually scopes the
        # sentence, not the ordinal ("its sixth test, then a second missile in a month")
        return None, published, f"up to {fmt_date(published)}"
    text = doc.text if doc else ""
    from factcheck.extract.text import TextIndex
    from factcheck.link import clause_span
    index = TextIndex(text)
    a, b = clause_span(text, index.sentence_span(c.start), c.start)
    others = [o for o in ctx.claims.get(c.doc, ()) if a <= o.start < b and o is not c]
    for o in sorted(others, key=lambda o: abs(o.start - c.start)):
        before = text[max(0, o.start - 60):o.start]
        if isinstance(o.value, DateValue) and o.value.start and o.value.end and not o.unresolved:
            if o.text.lower().startswith("since"):  # the claim dates the start: "since 2006"
                return o.value.start, published, o.text
            if _SINCE.search(before):
                return o.value.start, published, f"since {o.text}"
            if _IN.search(before) or o.value.end < published:
                return o.value.start, min(o.value.end, published), o.text
        if isinstance(o.value, DurationValue) and _IN.search(before):
            iv = claim_interval(o)
            if iv is not None and iv.high is not None:
                days = math.ceil(float(iv.high))  # type: ignore[arg-type]
                return published - dt.timedelta(days=days), published, f"in {o.text}"
    return None, published, f"up to {fmt_date(published)}"


def member_dates(ctx: RuleContext, counter: LedgerCounter) -> list[tuple[str, DateValue]]:
    out = []
    for m in counter.members:
        got = ctx.ledger.date_of(m, counter.member_attribute)
        if got and got[0].start and got[0].end:
            out.append((m, got[0]))
    return out


class CounterMismatch(Rule):
    """A count or an nth event disagrees with the ledger's dated list for that counter.

    *Bad*: "its seventh nuclear test" in September 2017 (six by then); "three sanctions
    resolutions last year" when the ledger lists two adopted in 2016.

    *Why*: counters in the ledger are dated member lists with a stated counting rule.
    The claim's period comes from its sentence ("since 2006", "last year", "in less than
    a month", else up to publication). An ordinal n is wrong only when fewer than n
    members fall in the period (the claim need not be about the latest); a count is
    wrong when it is outside [members surely in the period, members possibly in it].
    Outlets count differently (is a listing-only resolution a "set of sanctions"?), so a
    key found only by cue words is uncertain and the finding is at most info, quoting
    the counting rule; a reviewer-pinned key can raise it to an error.

    *Fix*: state what is counted, or correct the number.
    """

    code = "CT01"
    name = "counter.mismatch"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        """One finding per (document, counter, stated number, expected): a heading and
        the sentence repeating it are one claim."""
        merged: dict[tuple[str, str, int, str], Finding] = {}
        for f in self._each(ctx):
            c = f.claims[0]
            sig = (c.doc, f.key or "", c.value.value, f.expected or "")  # type: ignore[union-attr]
            if sig in merged:
                prev = merged[sig]
                merged[sig] = prev.model_copy(update={
                    "claims": prev.claims + f.claims,
                    "evidence": prev.evidence[:-1] + f.evidence[:1] + prev.evidence[-1:]})
            else:
                merged[sig] = f
        yield from merged.values()

    def _each(self, ctx: RuleContext) -> Iterable[Finding]:
        for link in ctx.all_links():
            c, key = link.claim, link.key
            if key is None or not isinstance(c.value, (CountValue, OrdinalValue)):
                continue
            counters = [k for k in ctx.ledger.counters
                        if k.attribute == key.attribute and k.subject == key.subject]
            if len(counters) != 1:
                continue
            counter = counters[0]
            w = window(ctx, c)
            if w is None:
                continue
            lo, hi, label = w
            dates = member_dates(ctx, counter)
            sure = [m for m, d in dates if (lo is None or d.start >= lo) and d.end <= hi]  # type: ignore[operator]
            maybe = [m for m, d in dates if (lo is None or d.end >= lo) and d.start <= hi]  # type: ignore[operator]
            n = c.value.value
            if isinstance(c.value, OrdinalValue):
                if n <= len(maybe):
                    continue
                expected = f"at most {len(maybe)}"
            else:
                iv = claim_interval(c)
                if iv is None or ((iv.low is None or iv.low <= len(maybe))  # type: ignore[operator]
                                  and (iv.high is None or len(sure) <= iv.high)):  # type: ignore[operator]
                    continue
                expected = str(len(sure)) if len(sure) == len(maybe) else f"{len(sure)}–{len(maybe)}"
            sev = cap(self.severity, "medium" if link.confidence == "high" else "low")
            if counter.confidence != "confirmed":
                sev = Severity.info
            possible = "possible: " if sev == Severity.info else ""
            names = ", ".join(maybe) if maybe else "none"
            yield self.finding(
                sev,
                f"{possible}{c.text!r} ({key.attribute} {n}, {label}) but the ledger counter "
                f"{counter.id} has {expected} in that period ({names}). Counting rule: "
                f"{counter.counting_rule}",
                key=str(key), claims=(c,), expected=expected,
                evidence=(claim_evidence(c),) + ((self._counter_evidence(ctx, counter),)),
            )

    @staticmethod
    def _counter_evidence(ctx: RuleContext, counter: LedgerCounter):  # type: ignore[no-untyped-def]
        from factcheck.models import Evidence
        src = counter.source
        return Evidence(
            summary=f"ledger counter {counter.id}: {', '.join(counter.members)}",
            source=(", ".join(x for x in (src.publisher, src.title, src.url) if x) if src else None),
            quote=src.quote if src else None,
        )
