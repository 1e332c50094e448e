"""AL02 aligned.internal — one article gives two values for one fact."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.align import INTERNAL, Mention, disagree, same_order, timed
from factcheck.frames import entry_stamp
from factcheck.models import Finding, Severity
from factcheck.rules.alignment import value_label
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_value


_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•*–])[ \t]")  # "2. ", "b) ", "• "


def _listed(ctx: RuleContext, m: Mention) -> bool:
    """Is the claim on a line that is an item of an enumeration ("2. a fine of ...")?"""
    doc = ctx.documents.get(m.doc)
    if doc is None:
        return False
    start = doc.text.rfind("\n", 0, m.claim.start) + 1
    return _ITEM.match(doc.text, start) is not None


def _two_moments(ctx: RuleContext, a: Mention, b: Mention) -> bool:
    """Are two claims in two entries of a live page, stamped with different times
    ("09:10 - 14 people stranded", "11:45 - 3 people stranded")?"""
    doc = ctx.documents.get(a.doc)
    if doc is None:
        return False
    sa, sb = entry_stamp(doc.text, a.claim.start), entry_stamp(doc.text, b.claim.start)
    return sa is not None and sb is not None and sa != sb


class InternalInconsistency(Rule):
    """One article states the same fact twice, in different sentences, with values that cannot both be true.

    *Bad*: "The plant produces 40,000 tonnes a year" in the second paragraph and "the
    plant's annual output of 55,000 tonnes" further down.

    *Why*: two sentences of one article are aligned by the same frames as articles are
    (``factcheck.align``), but the bar is higher (``align.INTERNAL``): an article often
    gives several values of one kind (the parts of a route, the counts of each day), so
    only two sentences whose frames are nearly the same are read as one fact. An earlier
    value, a change, a part, a forecast or a condition is never aligned, and two values
    in one sentence are never compared (they are almost always different things). Days
    of events are left to AL01 (one article may well report several launches or
    rescues), and so are ordinals (an article's "first" and "second" rank a sequence);
    two times of day for one event on one day ("died at about 1 a.m." and, further down,
    "died at around 2 a.m.") are compared. Two items of one enumeration ("2. a fine ...,
    replaced by six months' imprisonment", "3. restitution ..., replaced by four years'")
    are two things, and so are two entries of a live page stamped with different times
    ("09:10 - ... 14 people stranded", "11:45 - ... 3 people stranded": two moments).
    Two counts more than ``align._ORDER`` times apart (and not the same digits a power of
    ten apart) are a whole and a part ("88 people were killed across five states", "eight
    people died at the factory"), not one count told twice.

    *Fix*: find which figure is right and correct the other, or say why they differ
    ("revised", "at first").
    """

    code = "AL02"
    name = "aligned.internal"
    severity = Severity.warning
    aligned = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        aligner = ctx.aligner
        if aligner is None:
            return
        for al in aligner.alignments(internal=True, floor=INTERNAL):
            a, b = al.a, al.b
            if (a.frame.dimension == "date" and not timed(a, b)) or a.frame.dimension == "ordinal" \
                    or not disagree(a, b):
                continue
            if _listed(ctx, a) and _listed(ctx, b) and a.claim.line != b.claim.line:
                continue  # two items of one enumeration ("2. a fine ... six months'", "3. ... four years'")
            if _two_moments(ctx, a, b):
                continue  # two entries of a live page: the state of things at two times
            if a.frame.dimension == "count" and not same_order(a, b):
                continue  # "88 people were killed across five states" and "eight people died
                # at the factory": one article's count of a part, not its toll told twice
            first, second = sorted((a, b), key=lambda m: m.claim.start)
            c, d = first.claim, second.claim
            msg = (f"{c.doc} gives two values for {value_label(first)}: line {c.line} says "
                   f"{c.text!r} ({fmt_value(c.value)}) and line {d.line} says {d.text!r} "
                   f"({fmt_value(d.value)}). The sentences were {al.explain()}.")
            yield self.finding(self.severity, msg, key=f"{first.frame.dimension} · {value_label(first)}",
                               claims=(c, d), expected=f"{fmt_value(c.value)} (line {c.line})",
                               evidence=(claim_evidence(c), claim_evidence(d)))
