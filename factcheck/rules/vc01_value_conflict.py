"""VC01 value.conflict — sources disagree about the same key."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from factcheck.link_text import METHOD as TEXT_METHOD
from factcheck.models import Finding, Interval, Link, Severity
from factcheck.normalize.intervals import conflict
from factcheck.rules.alignment import revises
from factcheck.rules.base import Rule, RuleContext, cap, claim_evidence, fmt_value, keyed_values, weakest

# counts depend on a window: CT01 checks them; keys read from the text are compared by
# alignment (AL01), which reads the same fact in other words
_SKIP_METHODS = {"counter-cue", TEXT_METHOD}


class ValueConflict(Rule):
    """Two independent sources give disjoint values for the same key.

    *Bad*: one article says resolution 2371 was adopted on 5 August 2017, another on
    5 September 2017; or "a cap of 2 million barrels a year" against "8.5 million
    barrels a year" for the same cap.

    *Why*: values are intervals (stated precision, qualifiers, date granularity, units
    converted to canonical ones), so rounding ("about 2m" vs "1.98m"), qualified claims
    ("more than 1bn" vs "1.3bn") and different units never conflict: only disjoint
    intervals do. Keys come from the ledger's vocabulary (pinned quotes, identifiers,
    aliases, cue words); facts worded differently in articles without a ledger key are
    aligned and compared by AL01. Near-identical wire copies are one witness and are not
    compared with each other; a later source that revises an estimate ("revised", "now
    estimates") or updates a running tally ("the death toll has risen to") is an update,
    not a contradiction. Severity follows the weakest link: keys found only by anaphora
    give at most info.

    *Fix*: find out which source is right (the ledger, an official document) and correct
    the other, or pin the reviewed value in claims/.
    """

    code = "VC01"
    name = "value.conflict"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        by_key: dict[str, list[tuple[Link, Interval]]] = defaultdict(list)
        for link, iv in keyed_values(ctx, _SKIP_METHODS):
            by_key[str(link.key)].append((link, iv))
        for key in sorted(by_key):
            involved = self._involved(ctx, by_key[key])
            if involved:
                involved.sort(key=lambda x: (x.claim.doc, x.claim.start))
                yield self._finding(ctx, key, involved)

    def _involved(self, ctx: RuleContext, links: list[tuple[Link, Interval]]) -> list[Link]:
        """The links of one key that some link of another witness disagrees with (disjoint
        intervals, not a revision). Each link looks for one such partner among the
        intervals that end before it starts or start after it ends, sorted so the first
        candidate is the likeliest: linear in the links of the key in practice, not all
        pairs."""
        ends = sorted(range(len(links)), key=lambda i: _end(links[i][1]))
        starts = sorted(range(len(links)), key=lambda i: _start(links[i][1]), reverse=True)
        out = []
        for a, ia in links:
            group = ctx.group(a.claim.doc)
            for order in (ends, starts):
                hit = False
                for j in order:
                    b, ib = links[j]
                    if not conflict(ia, ib):
                        break  # sorted: the rest overlap too
                    if ctx.group(b.claim.doc) != group and not self._revision(ctx, a, b):
                        hit = True
                        break
                if hit:
                    out.append(a)
                    break
        return out

    def _finding(self, ctx: RuleContext, key: str, involved: list[Link]) -> Finding:
        conf = weakest(*(x.confidence for x in involved))
        groups = {ctx.group(x.claim.doc) for x in involved}
        said: list[str] = []
        for x in involved:
            c = x.claim
            copy = next((y.claim.doc for y in involved if y is not x and y.claim.doc < c.doc
                         and ctx.group(y.claim.doc) == ctx.group(c.doc)), None)
            said.append(f"{c.doc} line {c.line}: {c.text!r} ({fmt_value(c.value)}"
                        + (f"; one witness with {copy}, near-identical text" if copy else "") + ")")
        first = involved[0].claim
        others = []
        for x in involved:
            if ctx.group(x.claim.doc) != ctx.group(first.doc) and not any(
                    fmt_value(x.claim.value) in o for o in others):
                others.append(f"{fmt_value(x.claim.value)} ({x.claim.doc} line {x.claim.line})")
        msg = (f"{len(groups)} independent sources disagree on {key}: {'; '.join(said)}."
               + (" (possible: the key is uncertain)" if conf == "low" else ""))
        return self.finding(
            cap(self.severity, conf), msg, key=key,
            claims=tuple(x.claim for x in involved),
            expected="; ".join(others) or None,
            evidence=tuple(claim_evidence(x.claim) for x in involved),
        )

    @staticmethod
    def _revision(ctx: RuleContext, a: Link, b: Link) -> bool:
        """A later source that revises or updates the figure ("revised", "so far")."""
        return revises(ctx, a.claim, b.claim)


def _start(iv: Interval) -> float:
    """An interval's low end as a number (dates as ordinals; open ends far away)."""
    return _num(iv.low, float("-inf"))


def _end(iv: Interval) -> float:
    return _num(iv.high, float("inf"))


def _num(x: object, missing: float) -> float:
    if x is None:
        return missing
    if hasattr(x, "toordinal"):
        return float(x.toordinal())  # type: ignore[union-attr]
    return float(x)  # type: ignore[arg-type]
