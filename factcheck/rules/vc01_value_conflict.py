"""VC01 value.conflict — sources disagree about the same key."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.link import MENTION
from factcheck.models import Finding, Link, Severity
from factcheck.rules.base import (
    Rule,
    RuleContext,
    cap,
    claim_evidence,
    claim_interval,
    disjoint,
    fmt_value,
    weakest,
)

_REVISION = re.compile(r"\b(?:revised|revises|raised|lowered|updated|now estimates?|"
                       r"new estimate|latest estimate|upgraded|downgraded|corrected)\b", re.I)
_SKIP_METHODS = {"counter-cue"}  # counts depend on a window: CT01 checks them


class ValueConflict(Rule):
    """Two independent sources give disjoint values for the same key.

    *Bad*: one article says resolution 2371 was adopted on 5 August 2017, another on
    5 September 2017; or "a cap of 2 million barrels a year" against "8.5 million
    barrels a year" for the same cap.

    *Why*: values are intervals (stated precision, qualifiers, date granularity, units
    converted to canonical ones), so rounding ("about 2m" vs "1.98m"), qualified claims
    ("more than 1bn" vs "1.3bn") and different units never conflict: only disjoint
    intervals do. Near-identical wire copies are one witness and are not compared with
    each other; a later source that revises an estimate ("revised", "now estimates") is
    an update, not a contradiction. Severity follows the weakest link: keys found only
    by anaphora give at most info.

    *Fix*: find out which source is right (the ledger, an official document) and correct
    the other, or pin the reviewed value in claims/.
    """

    code = "VC01"
    name = "value.conflict"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        by_key: dict[str, list[Link]] = defaultdict(list)
        for link in ctx.all_links():
            if link.key is None or link.key.attribute == MENTION or link.method in _SKIP_METHODS:
                continue
            if claim_interval(link.claim) is None:
                continue
            by_key[str(link.key)].append(link)
        for key in sorted(by_key):
            links = by_key[key]
            pairs = []
            for i, a in enumerate(links):
                for b in links[i + 1:]:
                    if ctx.group(a.claim.doc) == ctx.group(b.claim.doc):
                        continue
                    ia, ib = claim_interval(a.claim), claim_interval(b.claim)
                    if ia is None or ib is None or not disjoint(ia, ib):
                        continue
                    if self._revision(ctx, a, b):
                        continue
                    pairs.append((a, b))
            if not pairs:
                continue
            involved: list[Link] = []
            for a, b in pairs:
                for x in (a, b):
                    if x not in involved:
                        involved.append(x)
            involved.sort(key=lambda x: (x.claim.doc, x.claim.start))
            conf = weakest(*(x.confidence for x in involved))
            groups = {ctx.group(x.claim.doc) for x in involved}
            values = "; ".join(f"{x.claim.doc} line {x.claim.line}: {x.claim.text!r} "
                               f"({fmt_value(x.claim.value)})" for x in involved)
            msg = (f"{len(groups)} independent sources disagree on {key}: {values}."
                   + (" (possible: the key is uncertain)" if conf == "low" else ""))
            yield self.finding(
                cap(self.severity, conf), msg, key=key,
                claims=tuple(x.claim for x in involved),
                evidence=tuple(claim_evidence(x.claim) for x in involved),
            )

    @staticmethod
    def _revision(ctx: RuleContext, a: Link, b: Link) -> bool:
        da, db = ctx.documents.get(a.claim.doc), ctx.documents.get(b.claim.doc)
        if da is None or db is None or da.published is None or db.published is None \
                or da.published == db.published:
            return False
        later = a if da.published > db.published else b
        return bool(_REVISION.search(later.claim.sentence or ""))
