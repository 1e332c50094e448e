"""LG01 ledger.contradiction — an article's value contradicts a reference fact."""
from __future__ import annotations

from collections.abc import Iterable

from factcheck.models import DateValue, Finding, Severity
from factcheck.normalize.intervals import conflict, one_day_apart
from factcheck.rules.base import (
    Rule,
    RuleContext,
    cap,
    claim_evidence,
    fact_evidence,
    fmt_value,
    keyed_values,
    value_interval,
)

_SKIP_METHODS = {"counter-cue", "description+ledger"}


class LedgerContradiction(Rule):
    """A linked claim's value is disjoint from every reference fact for its key.

    *Bad*: "Resolution 2375 caps refined petroleum at 2.5 million barrels a year" when the
    ledger (UN press release) says 2,000,000 barrels a year from 2018.

    *Why*: the ledger holds curated facts with sources. A claim is compared with every
    fact on its (subject, attribute), in any scope; it is reported only when it is
    disjoint from all of them (a period cap and an annual cap are both allowed), so a
    rounded or qualified figure never is. Event dates attached to identifiers are ID01's
    and counts are CT01's. Severity follows the link: a key found by cue words and an
    identifier in the sentence gives at most a warning; by anaphora, info. Unverified
    facts give at most info.

    *Fix*: correct the value, or the ledger if the ledger is wrong (with a source).
    """

    code = "LG01"
    name = "ledger.contradiction"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        ledger = ctx.ledger
        for link, ic in keyed_values(ctx, _SKIP_METHODS):
            key = link.key
            assert key is not None
            if link.subject_claim is not None and isinstance(link.claim.value, DateValue):
                continue  # identifier event dates: ID01
            facts = ledger.facts_for(key.subject, key.attribute, any_scope=True)
            if not facts:
                continue
            comparable = [(f, value_interval(f.value, exact=True)) for f in facts]
            comparable = [(f, iv) for f, iv in comparable if iv is not None and iv.unit == ic.unit]
            if not comparable or not all(conflict(ic, iv) for _, iv in comparable):
                continue
            confidence = link.confidence
            if link.method == "alias" and isinstance(link.claim.value, DateValue):
                # an event named by its own name ("the sixth nuclear test") dated against
                # the ledger's date for it: the event is identified, the date contradicts
                confidence = "high"
            sev = cap(self.severity, confidence)
            if all(f.confidence != "confirmed" for f, _ in comparable):
                sev = Severity.info
            values = "; ".join(fmt_value(f.value) + (f" ({f.scope.label})" if f.scope else "")
                               for f, _ in comparable)
            c = link.claim
            zone = ""
            if all(one_day_apart(ic, iv) for _, iv in comparable):
                # a date written where it was already the next day (or still the day before)
                sev = cap(sev, "medium")
                zone = (" The dates are one day apart: sources writing from different time "
                        "zones can date one event to two days, so check the source's zone.")
            possible = "possible: " if sev == Severity.info else ""
            yield self.finding(
                sev, f"{possible}{c.text!r} ({fmt_value(c.value)}) for {key} contradicts the "
                     f"ledger: {values}.{zone}",
                key=str(key), claims=(c,), expected=values,
                suggestion=fmt_value(comparable[0][0].value) if len(comparable) == 1 else None,
                evidence=(claim_evidence(c), *(fact_evidence(ledger, f) for f, _ in comparable)),
            )
