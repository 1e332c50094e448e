"""AL03 aligned.slipped — sources of one story give one figure with a typing slip: two digits swapped, a power of ten off, or a day's month."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from factcheck.align import Aligner, Mention, precise, scale_slip
from factcheck.extract.dates.vocabulary import vocabulary
from factcheck.frames import concept, tables
from factcheck.link_text import lemma
from factcheck.models import Claim, DateValue, Finding, Severity
from factcheck.rules.ar01_margin import texts_and_claims
from factcheck.rules.alignment import value_label
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_value
from factcheck.rules.id04_identifier_variant import slipped

CONSENSUS = 2  # independent sources that must give the other form before this one is an error
_NOT_FIGURES = ("date", "ordinal")


def _digits(m: Mention) -> str | None:
    """The digits a figure is written with ("318,460" -> "318460"), when there are three or
    more of them, two or more significant ("1,400", not "400" or "1,000"): a swap of two
    of them may be a slip when one of the two figures is precise (``align.precise``)."""
    d = re.sub(r"\D", "", m.claim.text)
    return d if len(d) >= 3 and len(d.strip("0")) >= 2 else None


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SHARED_WORDS = 2  # content words two sentences share to date one thing, without a majority


class _Dated(NamedTuple):
    doc: str
    claim: Claim
    ahead: bool | None  # after its article's publication (None: no publication date)
    words: frozenset[str]


def _content(sentence: str) -> frozenset[str]:
    """The concepts of a sentence's lower-case content words: no names, no stop, time or
    reporting words ("The writ was moved on 4 February" -> writ, move)."""
    t, months = tables(), vocabulary().months
    out = set()
    for w in _WORD.findall(sentence):
        low = w.lower()
        if w[0].isupper() or low in months or len(low) < 3:
            continue
        lem = lemma(w)
        if lem and not {lem, low} & (t.stop | t.time | t.reporting):
            out.add(concept(w))
    return frozenset(out)


def _day_written(c: Claim) -> bool:
    """Is a date claim one day written with its month ("May 17", "17 April 2025")?"""
    v = c.value
    return isinstance(v, DateValue) and v.start is not None and v.start == v.end and not c.unresolved \
        and any(ch.isdigit() for ch in c.text) \
        and any(w.lower().rstrip(".") in vocabulary().months for w in _WORD.findall(c.text))


class SlippedFigure(Rule):
    """Sources of one story give one figure with a typing slip: two digits swapped, a power of ten off, or a day's month.

    *Bad*: the wire and the company say the recall covers 318,460 dishwashers and a local
    paper writes 381,460; two outlets count 184,500 trees planted and a third 1.845
    million.

    *Why*: two figures of one dimension (and unit) in two articles of one story whose
    digits differ only by two adjacent ones swapped (one of them with three significant
    digits or more: "1,040" and "1,400"), or are the same digits a power of ten apart
    ("1.845 million", "184,500", both precise), are one figure and a typing slip, when
    their sentences say the same of them: the alignment score (``factcheck.align``)
    reaches the possible threshold with no veto, or both count one noun (as the story's
    aliases read it). When one independent source gives one form and two or more give
    the other, the digits suffice whatever the words, unless the two are counts of two
    nouns ("1,450 homes", "1,540 people"). The swap is the evidence the words alone lack,
    so such pairs are reported even where no mutual best match was found; pairs AL01
    already aligned are left to it. Near-identical copies count once, and a
    document that gives both figures tells two things apart (nothing is reported).

    A day written with its month ("4 February", "May 17") slips the same way: two
    articles of one story give the same day of the same year in two months, both after
    or both before their own publication, in sentences that share two content words or
    more ("the writ was moved on 4 February", "the writ was moved on 4 January": writ,
    move), or one when one source gives one month and two or more the other. The
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
                a, b = forms[key][0], forms[other][0]
                if not (precise(a.claim.text) or precise(b.claim.text)):
                    continue
                swap = slipped(digits, other[2], digits_min=99)
                if not swap and not (precise(a.claim.text) and precise(b.claim.text) and scale_slip(a, b)):
                    continue
                found = self._pair(ctx, forms[key], forms[other], aligned, swap)
                if found is not None:
                    yield found
        yield from self._months(ctx, aligned)

    def _months(self, ctx: RuleContext, aligned: set[frozenset[tuple[str, int, int]]]) -> Iterable[Finding]:
        """Days written with their month that two articles of a story give for one thing in
        two months ("the writ was moved on 4 February", "on 4 January")."""
        aligner = ctx.aligner
        by_day: dict[tuple[str, int, int], dict[int, list[_Dated]]] = defaultdict(lambda: defaultdict(list))
        for doc, _, claims in texts_and_claims(ctx):
            document = ctx.documents[doc]
            for c in claims:
                if _day_written(c):
                    day = c.value.start  # type: ignore[union-attr]
                    ahead = None if document.published is None else day > document.published
                    by_day[(aligner.story_of(doc), day.year, day.day)][day.month].append(
                        _Dated(doc, c, ahead, _content(c.sentence)))
        for key in sorted(by_day):
            months = by_day[key]
            for m1 in sorted(months):
                for m2 in sorted(months):
                    if m1 < m2:
                        found = self._month_pair(ctx, months[m1], months[m2], aligned)
                        if found is not None:
                            yield found

    def _month_pair(self, ctx: RuleContext, ours: list[_Dated], theirs: list[_Dated],
                    aligned: set[frozenset[tuple[str, int, int]]]) -> Finding | None:
        both = {d.doc for d in ours} & {d.doc for d in theirs}  # an article that gives both
        pairs = [(a, b) for a in ours for b in theirs  # days tells two things apart
                 if a.doc not in both and b.doc not in both and ctx.group(a.doc) != ctx.group(b.doc)
                 and (None in (a.ahead, b.ahead) or a.ahead == b.ahead)  # both past, or both ahead
                 and a.words & b.words
                 and frozenset(((a.doc, a.claim.start, a.claim.end), (b.doc, b.claim.start, b.claim.end)))
                 not in aligned]
        lone = [(a, b) for a, b in pairs if len(a.words & b.words) >= _SHARED_WORDS]
        if not lone:
            groups = sorted(len({ctx.group(d.doc) for d in side}) for side in
                            ({a for a, _ in pairs}, {b for _, b in pairs}))
            lone = pairs if groups and groups[0] == 1 and groups[1] >= CONSENSUS else []
        if not lone:
            return None
        sides = [sorted({p[k] for p in lone}, key=lambda d: (d.doc, d.claim.start)) for k in (0, 1)]
        (n_flagged, flagged), (n_other, other) = sorted(
            ((len({ctx.group(d.doc) for d in side}), side) for side in sides),
            key=lambda t: (t[0], t[1][0].doc, t[1][0].claim.start))
        majority = n_other >= CONSENSUS and n_flagged == 1
        c = flagged[0].claim
        shared = sorted(set.intersection(*(set(a.words & b.words) for a, b in lone)) or flagged[0].words)
        listed = "; ".join(f"{d.doc} line {d.claim.line}: {d.claim.text!r}" for d in other)
        return self.finding(
            self.severity if majority else Severity.warning,
            f"{c.doc} line {c.line} gives {c.text!r} ({fmt_value(c.value)}) where {n_other} independent "
            f"source(s) of this story give the same day of another month ({listed}), in sentences that "
            f"share {', '.join(shared)}: one day with its month slipped.",
            key=f"date · slipped · {' '.join(shared[:3])}", claims=(c, *(d.claim for d in other)),
            expected=fmt_value(other[0].claim.value), suggestion=other[0].claim.text if majority else None,
            evidence=tuple(claim_evidence(d.claim) for d in (flagged[0], *other)),
        )

    def _pair(self, ctx: RuleContext, ours: list[Mention], theirs: list[Mention],
              aligned: set[frozenset[tuple[str, int, int]]], swap: bool) -> Finding | None:
        aligner = ctx.aligner
        if {m.doc for m in ours} & {m.doc for m in theirs}:
            return None  # one article gives both: two things it tells apart
        pairs = [(a, b) for a in ours for b in theirs if ctx.group(a.doc) != ctx.group(b.doc)]
        said = [(a, b) for a, b in pairs if self._one_fact(aligner, a, b)]
        if not said and self._lone(ctx, ours, theirs):
            # one source against several: the digits are the evidence, unless the counts
            # are of two nouns
            said = [(a, b) for a, b in pairs if not self._two_nouns(aligner, a, b)]
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
    def _lone(ctx: RuleContext, ours: list[Mention], theirs: list[Mention]) -> bool:
        """Does one independent source give one form, and ``CONSENSUS`` or more the other?"""
        n = sorted(len({ctx.group(m.doc) for m in side}) for side in (ours, theirs))
        return n[0] == 1 and n[1] >= CONSENSUS

    @staticmethod
    def _two_nouns(aligner: Aligner, a: Mention, b: Mention) -> bool:
        """Are two counts of two nouns ("1,040 homes", "1,400 people")?"""
        x, y = aligner.counted_noun(a), aligner.counted_noun(b)
        return a.frame.dimension == "count" and x != y

    @staticmethod
    def _one_fact(aligner: Aligner, a: Mention, b: Mention) -> bool:
        """Do two mentions' sentences say the same of them: a score at the possible
        threshold with no veto, or one counted noun?"""
        s = aligner.similarity(a, b)
        if s is not None and s >= aligner.low:
            return True
        return a.frame.dimension == "count" and a.frame.head is not None \
            and aligner.counted_noun(a) == aligner.counted_noun(b)
