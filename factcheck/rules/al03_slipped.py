"""AL03 aligned.slipped — sources of one story give one figure with a typing slip: two digits swapped, or a power of ten off."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.align import Aligner, Mention, precise, scale_slip
from factcheck.models import Finding, Severity
from factcheck.rules.alignment import value_label
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_value
from factcheck.rules.id04_identifier_variant import slipped

CONSENSUS = 2  # independent sources that must give the other form before this one is an error
_NOT_FIGURES = ("date", "ordinal")


def _digits(m: Mention) -> str | None:
    """The digits a figure is written with ("318,460" -> "318460"), when it has enough
    significant ones to be told from another figure by a slip (``align.precise``)."""
    return re.sub(r"\D", "", m.claim.text) if precise(m.claim.text) else None


class SlippedFigure(Rule):
    """Sources of one story give one figure with a typing slip: two digits swapped, or a power of ten off.

    *Bad*: the wire and the company say the recall covers 318,460 dishwashers and a local
    paper writes 381,460; two outlets count 184,500 trees planted and a third 1.845
    million.

    *Why*: two figures of one dimension (and unit) in two articles of one story whose
    digits differ only by two adjacent ones swapped, or are the same digits a power of ten
    apart ("1.845 million", "184,500"), with three significant digits or more, are one
    figure and a typing slip, when their sentences say the same of them: the
    alignment score (``factcheck.align``) reaches the possible threshold with no veto, or
    both count one noun (as the story's aliases read it). The swap is the evidence the
    words alone lack, so such pairs are reported even where no mutual best match was found;
    pairs AL01 already aligned are left to it. Near-identical copies count once, and a
    document that gives both figures tells two things apart (nothing is reported). The
    form fewer independent sources give is flagged: an error when at least two give the
    other form and only one this one, otherwise a warning naming both.

    *Fix*: check the figure against the source the outlets quote and correct the slip.
    """

    code = "AL03"
    name = "aligned.slipped"
    severity = Severity.error
    aligned = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        aligner = ctx.aligner
        if aligner is None:
            return
        forms: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
        for m in aligner.mentions:
            if m.interval is None or m.frame.dimension in _NOT_FIGURES or m.claim.kind == "identifier":
                continue
            d = _digits(m)
            if d is not None:
                forms[(aligner.story_of(m.doc), m.frame.dimension, d)].append(m)
        scaled: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
        for key in forms:
            scaled[(key[0], key[1], key[2].strip("0"))].append(key)
        aligned = {frozenset((al.a.key, al.b.key)) for al in aligner.alignments()}
        done: set[frozenset[tuple[str, str, str]]] = set()
        for key in sorted(forms):
            story, dimension, digits = key
            others = [(story, dimension, digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
                      for i in range(len(digits) - 1)]  # two adjacent digits swapped
            others += [k for k in scaled[(story, dimension, digits.strip("0"))] if k != key]
            # (the same digits with other zeros: a power of ten apart, or a dropped zero)
            for other in others:
                pair = frozenset((key, other))
                if other not in forms or pair in done:
                    continue
                done.add(pair)
                swap = slipped(digits, other[2], digits_min=99)
                if not swap and not scale_slip(forms[key][0], forms[other][0]):
                    continue
                found = self._pair(ctx, forms[key], forms[other], aligned, swap)
                if found is not None:
                    yield found

    def _pair(self, ctx: RuleContext, ours: list[Mention], theirs: list[Mention],
              aligned: set[frozenset[tuple[str, int, int]]], swap: bool) -> Finding | None:
        aligner = ctx.aligner
        if {m.doc for m in ours} & {m.doc for m in theirs}:
            return None  # one article gives both: two things it tells apart
        said = [(a, b) for a in ours for b in theirs
                if ctx.group(a.doc) != ctx.group(b.doc) and self._one_fact(aligner, a, b)]
        if not said or any(frozenset((a.key, b.key)) in aligned for a, b in said):
            return None  # (an aligned pair is AL01's to report)
        sides = [sorted({pair[k] for pair in said}, key=lambda m: m.key) for k in (0, 1)]
        # the form fewer independent sources give is the one flagged
        (n_flagged, flagged), (n_other, other) = sorted(
            ((len({ctx.group(m.doc) for m in side}), side) for side in sides), key=lambda t: (t[0], t[1][0].key))
        majority = n_other >= CONSENSUS and n_flagged == 1
        severity = self.severity if majority else Severity.warning
        x = flagged[0]
        c = x.claim
        listed = "; ".join(f"{m.doc} line {m.claim.line}: {m.claim.text!r}" for m in other)
        lead = (f"{c.doc} line {c.line} gives {c.text!r} ({fmt_value(c.value)}) for {value_label(x)}, "
                f"where {n_other} independent source(s) of this story give "
                f"{other[0].claim.text!r} ({listed}): "
                + ("the same digits with two adjacent ones swapped." if swap else
                   "the same digits a power of ten apart."))
        return self.finding(
            severity, lead, key=f"{x.frame.dimension} · slipped · {value_label(x)}",
            claims=(c, *(m.claim for m in other)), expected=fmt_value(other[0].claim.value),
            suggestion=other[0].claim.text if majority else None,
            evidence=tuple(claim_evidence(m.claim) for m in (x, *other)),
        )

    @staticmethod
    def _one_fact(aligner: Aligner, a: Mention, b: Mention) -> bool:
        """Do two mentions' sentences say the same of them: a score at the possible
        threshold with no veto, or one counted noun?"""
        s = aligner.similarity(a, b)
        if s is not None and s >= aligner.low:
            return True
        return a.frame.dimension == "count" and a.frame.head is not None \
            and aligner.counted_noun(a) == aligner.counted_noun(b)
