"""AL03 aligned.slipped — sources of one story give one figure with a typing slip: two digits swapped, a power of ten off, the other unit, or a day's month."""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from factcheck.align import Aligner, Mention, disagree, precise, scale_slip, slipped, slipped_unit
from factcheck.extract.dates.vocabulary import vocabulary
from factcheck.frames import content_concepts
from factcheck.link_text import FORECAST, PART
from factcheck.models import Claim, DateValue, Finding, MoneyValue, QuantityValue, Severity
from factcheck.rules.ar01_margin import texts_and_claims
from factcheck.rules.alignment import restated_from, value_label
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_value

CONSENSUS = 2  # independent sources that must give the other form before this one is an error
_NOT_FIGURES = ("date", "ordinal")


def _digits(m: Mention) -> str | None:
    """The digits a figure is written with ("318,460" -> "318460"), when there are three or
    more of them, two or more significant ("1,400", not "400" or "1,000"), or two that are
    no round multiple of five ("8.9p", "$54 million"): a swap of two of them may be a slip
    when one of the two figures is precise (``align.precise``), or when one source stands
    against two."""
    d = re.sub(r"\D", "", m.claim.text)
    return d if len(d) >= 3 and len(d.strip("0")) >= 2 or len(d.strip("0")) == 2 else None


def _order(m: Mention) -> int | None:
    """The power of ten of a figure's value in base units ("$5.4 million": 6)."""
    iv = m.interval
    if iv is None or not isinstance(iv.low, float) or not isinstance(iv.high, float) or iv.low + iv.high <= 0:
        return None
    return math.floor(math.log10((iv.low + iv.high) / 2))


# roles that leave a figure a level of its fact: none, a forecast of it, the whole or the
# part "of the" names ("62 per cent of the 38,400 sq km zone")
_LEVELS = frozenset({None, FORECAST, PART})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SHARED_WORDS = 2  # content words two sentences share to date one thing, without a majority


class _Dated(NamedTuple):
    doc: str
    claim: Claim
    ahead: bool | None  # after its article's publication (None: no publication date)
    words: frozenset[str]


def _day_written(c: Claim) -> bool:
    """Is a date claim one day written with its month ("May 17", "17 April 2025")?"""
    v = c.value
    return isinstance(v, DateValue) and v.start is not None and v.start == v.end and not c.unresolved \
        and any(ch.isdigit() for ch in c.text) \
        and any(w.lower().rstrip(".") in vocabulary().months for w in _WORD.findall(c.text))


def _distinctive(text: str) -> bool:
    """Is a figure's number unlikely to recur by chance: two significant digits or more,
    and not a round multiple of five ("3.2", "58", "780"; not "200", "25", "150")?"""
    sig = re.sub(r"\D", "", text).strip("0")
    return len(sig) >= 3 or len(sig) == 2 and int(sig) % 5 != 0


def _scopes_apart(aligner: Aligner, a: Mention, b: Mention) -> bool:
    """Do two figures' sentences date them to times that do not meet, a year or more
    apart at their nearest? A figure its sentence does not date is of its article's day."""
    spans = []
    for m in (a, b):
        doc = aligner.documents.get(m.doc)
        start, end = m.frame.scope_start, m.frame.scope_end
        if start is None or end is None:
            start = end = doc.published if doc is not None else None
        if start is None or end is None:
            return False
        spans.append((start, end))
    (sa, ea), (sb, eb) = spans
    return (max(sa, sb) - min(ea, eb)).days >= 365


def _unit(m: Mention) -> str:
    """A quantity's unit or an amount's currency (and period) as written."""
    v = m.claim.value
    if isinstance(v, MoneyValue):
        return f"{v.currency}/{v.per or ''}"
    return str(getattr(v, "unit", ""))


def _one_figure(x: Mention, y: Mention) -> bool:
    """Are two figures one number in two units of a dimension ("780 km", "780 miles") or
    in two currencies ("€58m", "£58m")?"""
    if isinstance(x.claim.value, MoneyValue):
        return isinstance(y.claim.value, MoneyValue) and x.claim.value.per == y.claim.value.per
    return slipped_unit(x, y) and x.frame.dimension == y.frame.dimension


def _restates(ctx: RuleContext, z: Mention, y: Mention) -> bool:
    """Does ``z`` give ``y``'s figure in another unit: agreeing with it in one dimension
    ("485 miles" for "780 km"), or converting it right after it ("€58m, about £50m")?"""
    if z.frame.dimension == y.frame.dimension:
        return not disagree(z, y)
    if restated_from(ctx, z.claim) == y.claim:
        return True
    doc = ctx.documents.get(z.doc)  # a hedged amount after a bare comma: "€58m, about £50m"
    return doc is not None and z.doc == y.doc and z.claim.qualifier.value != "exact" \
        and doc.text[y.claim.end:z.claim.start].strip() == ","


class SlippedFigure(Rule):
    """Sources of one story give one figure with a typing slip: two digits swapped, a power of ten off, the other unit, or a day's month.

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
    the other (or a figure of the story that agrees with it and not with the first, in
    another unit: "36,700 ft" with "11,200 metres" against "12,100 metres"), the digits
    suffice whatever the words, unless the frames tell the two apart: a change, an
    earlier value or a joint total against a level, two events, times a year or more
    apart (a figure its sentence does not date is of its article's day), or counts of
    two nouns ("1,450 homes", "1,540 people"). Figures of two significant digits that are no round multiple
    of five ("$7.4m", "$4.7m"; "$54 million", "$5.4 million") are read only so, one source
    against two or more. The swap is the evidence the words alone lack, so such pairs are
    reported even where no mutual best match was found; pairs AL01 already aligned at
    the confident threshold are left to it (below it, AL01 gives info at most).

    A figure one source writes with the unit (or currency) in which the story restates
    another figure of the same number is a slipped unit: "780 miles" where others write
    "780 km" and "485 miles", "£58m" where an outlet writes "€58m, about £50m". The
    number must have two significant digits or more (a round multiple of five, "150
    feet", only when two or more sources give it in the other unit), the restatement must
    disagree with the figure, and the sentences must share a word; an error when two or
    more independent sources give the number and its restatement. Near-identical copies
    count once, and a document that gives both figures tells two things apart (nothing is
    reported).

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
        by_dimension: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for m in aligner.mentions:
            if m.interval is None or m.frame.dimension in _NOT_FIGURES or m.claim.kind == "identifier":
                continue
            by_dimension[(aligner.story_of(m.doc), m.frame.dimension)].append(m)
            d, order = _digits(m), _order(m)
            if d is not None and order is not None:
                forms[(aligner.story_of(m.doc), m.frame.dimension, d, order)].append(m)
        scaled: dict[tuple[str, str, str], list[tuple[str, str, str, int]]] = defaultdict(list)
        for key in forms:
            scaled[(key[0], key[1], key[2].strip("0"))].append(key)
        # pairs AL01 reports: aligned at the confident threshold (below it, info at most)
        aligned = {frozenset((al.a.key, al.b.key)) for al in aligner.alignments()
                   if al.score >= aligner.high}
        done: set[frozenset[tuple[str, str, str, int]]] = set()
        for key in sorted(forms):
            story, dimension, digits, order = key
            others = [(story, dimension, digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:], order)
                      for i in range(len(digits) - 1)]  # two adjacent digits swapped
            others += [k for k in scaled[(story, dimension, digits.strip("0"))] if k[3] != order]
            # (the same digits with other zeros or scale words: a power of ten apart)
            for other in others:
                pair = frozenset((key, other))
                if other not in forms or pair in done:
                    continue
                done.add(pair)
                a, b = forms[key][0], forms[other][0]
                swap = slipped(digits, other[2], digits_min=99)
                if swap and len(digits.strip("0")) == 2 and not any(_distinctive(m.claim.text) for m in (a, b)):
                    continue  # ("25" and "52"? one of them must be no round figure)
                told = [precise(m.claim.text) for m in (a, b)]  # precise enough to tell a slip
                sure = any(told) if swap else all(told)
                if not (swap or scale_slip(a, b)) or \
                        not sure and not self._lone(ctx, forms[key], forms[other]):
                    continue  # (figures of two significant digits: only one source against two)
                found = self._pair(ctx, forms[key], forms[other], aligned, swap,
                                   by_dimension[(story, dimension)], strict=not sure)
                if found is not None:
                    yield found
        yield from self._units(ctx, aligned)
        yield from self._months(ctx, aligned)

    def _units(self, ctx: RuleContext,
               aligned: set[frozenset[tuple[str, int, int]]]) -> Iterable[Finding]:
        """A figure one article gives in the unit (or currency) the story gives another
        figure of it in: "780 miles" where others write "780 km" and "485 miles"."""
        aligner = ctx.aligner
        by_number: dict[tuple[str, float], list[Mention]] = defaultdict(list)
        in_unit: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for m in aligner.mentions:
            v = m.claim.value
            if m.interval is None or not isinstance(v, QuantityValue | MoneyValue) \
                    or getattr(v, "max", None) is not None:
                continue
            n = v.magnitude if isinstance(v, QuantityValue) else v.amount
            in_unit[(aligner.story_of(m.doc), _unit(m))].append(m)
            if n is not None and len(re.sub(r"\D", "", m.claim.text).strip("0")) >= 2:
                by_number[(aligner.story_of(m.doc), float(n))].append(m)
        for (story, _), ms in sorted(by_number.items()):
            units = sorted({_unit(m) for m in ms})
            for ux in units:
                xs = [m for m in ms if _unit(m) == ux]
                ys = [m for m in ms if _unit(m) != ux and any(_one_figure(x, m) for x in xs)]
                if not ys or len({ctx.group(m.doc) for m in xs}) != 1 \
                        or {m.doc for m in xs} & {m.doc for m in ys}:
                    continue  # (one source writes it in this unit; an article with both tells them apart)
                x = xs[0]
                witnesses = [z for z in in_unit[(story, ux)] if z.doc != x.doc and disagree(x, z)
                             and any(_restates(ctx, z, y) for y in ys)]
                if not witnesses or any(frozenset((x.key, w.key)) in aligned for w in (*ys, *witnesses)) \
                        or not any(set(x.frame.terms) & set(w.frame.terms) for w in (*ys, *witnesses)):
                    continue  # (no restatement in this unit; AL01's pair; sentences with no word in common)
                others = sorted({*ys, *witnesses}, key=lambda m: m.key)
                n_other = len({ctx.group(m.doc) for m in others})
                if not _distinctive(x.claim.text) and len({ctx.group(m.doc) for m in ys}) < CONSENSUS:
                    continue  # a round number ("150 feet") only against two sources or more
                c = x.claim
                listed = "; ".join(f"{m.doc} line {m.claim.line}: {m.claim.text!r}" for m in others)
                yield self.finding(
                    self.severity if n_other >= CONSENSUS else Severity.warning,
                    f"{c.doc} line {c.line} gives {c.text!r} ({fmt_value(c.value)}) for {value_label(x)}, "
                    f"where {n_other} independent source(s) of this story give the same number in "
                    f"another unit and restate it in this one ({listed}): the figure with the other "
                    f"unit's name.",
                    key=f"{x.frame.dimension} · slipped unit · {value_label(x)}",
                    claims=(c, *(m.claim for m in others)), expected=fmt_value(witnesses[0].claim.value),
                    suggestion=ys[0].claim.text if n_other >= CONSENSUS else None,
                    evidence=tuple(claim_evidence(m.claim) for m in (x, *others)),
                )

    def _months(self, ctx: RuleContext,
                aligned: set[frozenset[tuple[str, int, int]]]) -> Iterable[Finding]:
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
                        _Dated(doc, c, ahead, frozenset()))
        for key in sorted(by_day):
            if len(by_day[key]) < 2:
                continue
            months = {month: [d._replace(words=content_concepts(d.claim.sentence)) for d in dated]
                      for month, dated in by_day[key].items()}
            for m1 in sorted(months):
                for m2 in sorted(months):
                    if m1 < m2:
                        found = self._month_pair(ctx, months[m1], months[m2], aligned)
                        if found is not None:
                            yield found

    def _month_pair(self, ctx: RuleContext, ours: list[_Dated], theirs: list[_Dated],
                    aligned: set[frozenset[tuple[str, int, int]]]) -> Finding | None:
        # an article that gives both days tells two things apart
        both = {d.doc for d in ours} & {d.doc for d in theirs}
        pairs = [(a, b) for a in ours for b in theirs
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
              aligned: set[frozenset[tuple[str, int, int]]], swap: bool,
              story: list[Mention], strict: bool = False) -> Finding | None:
        aligner = ctx.aligner
        if {m.doc for m in ours} & {m.doc for m in theirs}:
            return None  # one article gives both: two things it tells apart
        pairs = [(a, b) for a in ours for b in theirs if ctx.group(a.doc) != ctx.group(b.doc)]
        said = [] if strict else [(a, b) for a, b in pairs if self._one_fact(aligner, a, b)]
        backing = ([], []) if strict else (self._backers(aligner, ours, theirs, story),
                                           self._backers(aligner, theirs, ours, story))
        if not said and self._lone(ctx, ours + backing[0], theirs + backing[1]):
            # one source against several: the digits are the evidence, unless the frames
            # tell the two apart (``_apart``)
            known = swap and not strict
            said = [(a, b) for a, b in pairs if not self._apart(aligner, a, b, known=known)]
        if not said or any(frozenset((a.key, b.key)) in aligned for a, b in said):
            return None  # (an aligned pair is AL01's to report)
        sides = [sorted({pair[k] for pair in said}, key=lambda m: m.key) for k in (0, 1)]
        # with the other figures of the story that agree with a form and not the other
        # ("36,700 ft" with "11,200 metres" against "12,100 metres")
        sides = [side + [m for m in backers if m not in side] for side, backers in zip(sides, backing)]
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
    def _backers(aligner: Aligner, side: list[Mention], other: list[Mention],
                 story: list[Mention]) -> list[Mention]:
        """The story's other figures of the dimension, in articles that give neither form,
        that agree with ``side``'s figure and not with ``other``'s, and that nothing tells
        apart from it ("36,700 ft" backs "11,200 metres" against "12,100 metres"; "more
        than 63,000" backs "a crowd of 63,118")."""
        docs = {m.doc for m in (*side, *other)}
        x, y = side[0], other[0]
        return [m for m in story if m.doc not in docs and not disagree(m, x) and disagree(m, y)
                and not SlippedFigure._apart(aligner, m, x, known=True)]

    @staticmethod
    def _lone(ctx: RuleContext, ours: list[Mention], theirs: list[Mention]) -> bool:
        """Does one independent source give one form, and ``CONSENSUS`` or more the other?"""
        n = sorted(len({ctx.group(m.doc) for m in side}) for side in (ours, theirs))
        return n[0] == 1 and n[1] >= CONSENSUS

    @staticmethod
    def _apart(aligner: Aligner, a: Mention, b: Mention, known: bool = False) -> bool:
        """Do two figures' frames tell them apart, whatever their other words: a change, an
        earlier value or a joint total against a level, a forecast or a part or whole "of
        the" ("62 per cent of the 38,400 sq km zone"), two events, times a year apart or
        more ("all 421 of its stores" five years ago, "412 stores" now), or
        counts of two nouns ("1,450
        homes", "1,540 people"; "148 engines" and a bare "about 1,480", unless only
        ``known`` nouns count, as for a swap of digits, the likelier slip). Two figures
        with no counted noun ("Samarakoon's 113", "out for 131") or one said of the future
        ("will receive $148.3 million") are not told apart."""
        fa, fb = a.frame, b.frame
        if fa.role != fb.role and not {fa.role, fb.role} <= _LEVELS:
            return True
        if fa.event and fb.event and fa.event != fb.event:
            return True
        if _scopes_apart(aligner, a, b):
            return True  # ("in 2019, ... some 280 tonnes", "2,800 tonnes" on 17 August 2024)
        x, y = aligner.counted_noun(a), aligner.counted_noun(b)
        return fa.dimension == "count" and x != y and not (known and None in (x, y))

    @staticmethod
    def _one_fact(aligner: Aligner, a: Mention, b: Mention) -> bool:
        """Do two mentions' sentences say the same of them: a score at the possible
        threshold with no veto, or one counted noun (and nothing that tells them apart)?"""
        s = aligner.similarity(a, b)
        if s is not None and s >= aligner.low:
            return True
        return a.frame.dimension == "count" and a.frame.head is not None \
            and aligner.counted_noun(a) == aligner.counted_noun(b) and not SlippedFigure._apart(aligner, a, b)
