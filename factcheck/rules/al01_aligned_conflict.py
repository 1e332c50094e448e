"""AL01 aligned.conflict — sources that state one fact in their own words disagree."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from factcheck.align import Alignment, Mention, disagree, timed
from factcheck.models import Claim, Finding, Interval, LinkMethod, Severity
from factcheck.normalize.intervals import one_day_apart
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_value
from factcheck.rules.ta05_restated_time import restated_in_utc
from factcheck.rules.alignment import (
    restated_from,
    consensus,
    far_apart,
    is_update,
    time_zone_reading,
    transposed,
    value_label,
)

CONSENSUS = 3  # independent sources that must agree before an outlier is an error
def _clock_restated(ctx: RuleContext, c: Claim) -> Claim | None:
    """The GMT or UTC time right after a local time of day ("6:15 p.m. local time (2215
    GMT)"), from which the local time's offset was read: when the two clocks disagree with
    other sources, either may be the slip, so the report names both."""
    doc = ctx.documents.get(c.doc)
    if doc is None or not getattr(c.value, "time", None):
        return None
    after = [x for x in ctx.claims.get(c.doc, ()) if c.end <= x.start <= c.end + 30
             and getattr(x.value, "time", None)]
    if not after:
        return None
    b = min(after, key=lambda x: x.start)
    return b if restated_in_utc(doc.text, c, b) else None


def _names_both(x: Mention, y: Mention, paragraph: list[Mention]) -> bool:
    """Does x's own paragraph also give y's value, for a measure of the same dimension
    ("Only the 160 mg strength is involved. The 80 mg tablets remain on sale")? Then the
    article tells two things apart and x is the other one (a paragraph contradicting
    itself is AL02's to report). Not for dates: a paragraph telling one moment on two
    clocks names two days of one event."""
    return x.frame.dimension != "date" and y.claim.qualifier.value in _POINTS and any(
        m is not x and m.frame.dimension == x.frame.dimension and m.interval is not None
        and m.claim.qualifier.value in _POINTS and not disagree(m, y) for m in paragraph)


_POINTS = ("exact", "approx", "range")  # values told as a point (a bound, "up to 220 km/h",
# overlaps almost anything: it gives no other value


class AlignedConflict(Rule):
    """Articles that state one fact in different words give values that cannot both be true.

    *Bad*: three outlets put the team "about 4 km from the cave entrance", "4km from the
    cave mouth", "4 km inside"; a fourth writes "about 3.2 kilometers from the cave
    entrance". Or one wire says the quake struck on Monday and another on Tuesday.

    *Why*: claims are aligned by their frames (``factcheck.frames``, ``factcheck.align``):
    the words that say what a number measures, the names around it, the event a date
    belongs to and its time scope, scored by a weighted similarity and kept only as a
    mutual best match between two articles of one story. Aligned values conflict only
    when their intervals are disjoint (rounding, "about" and units never do). With three
    or more independent sources agreeing (near-identical wire copies count once) and
    none agreeing with the outlier, the outlier is an error and the consensus is the
    suggestion; a disagreement without such a majority is a warning naming both sides;
    an alignment scoring below the confident threshold gives info at most, and so do
    values more than five times apart that are not one figure with a slipped scale word
    ("$1.3 million" for "$1.3 billion"): two outlets rarely differ that much on one
    fact, and a wrong alignment is likelier. Dates one day
    apart are at most a warning: sources writing in different time zones date one event
    to two days. A later article's update (a revised figure, a running tally that grew,
    a duration that grows with the calendar, "the fifth straight day" a day after "the
    fourth", a live page's preliminary figure) is not a contradiction; a toll that a
    later report puts lower is (the earlier figure was wrong). A figure in brackets that
    converts the one before it ("8 billion marks (about $4.8 billion)") is reported with
    the figure it converts, which is what the outlet wrote; not at all when that figure
    is reported on its own. A local time whose zone was read from its GMT restatement
    ("6:15 p.m. local time (2215 GMT)") is reported with that restatement: either clock
    may be the slip.

    *Fix*: check which source is right (an official record, the ledger) and correct the
    other, or pin the reviewed value in claims/.
    """

    code = "AL01"
    name = "aligned.conflict"
    severity = Severity.error
    aligned = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        aligner = ctx.aligner
        if aligner is None:
            return
        neighbours: dict[tuple[str, int, int], list[tuple[Alignment, Mention]]] = defaultdict(list)
        keyed = {(link.claim.doc, link.claim.start, link.claim.end): str(link.key)
                 for link in ctx.all_links() if link.key is not None and link.confidence != "low"
                 and link.method not in (LinkMethod.text, LinkMethod.none)}
        for al in aligner.alignments():
            if keyed.get(al.a.key) is not None and keyed.get(al.a.key) == keyed.get(al.b.key):
                continue  # two claims surely of one ledger key: VC01 and LG01 compare them
            neighbours[al.a.key].append((al, al.b))
            neighbours[al.b.key].append((al, al.a))
        by_key = {m.key: m for m in aligner.mentions}
        paragraphs: dict[tuple[str, int], list[Mention]] = defaultdict(list)
        for m in aligner.mentions:
            paragraphs[m.doc, m.claim.line].append(m)
        sides = {k: self._sides(ctx, by_key[k], [(al, y) for al, y in near if not (
            _names_both(y, by_key[k], paragraphs[y.doc, y.claim.line])
            or _names_both(by_key[k], y, paragraphs[k[0], by_key[k].claim.line]))])
            for k, near in neighbours.items()}
        reporting = {k for k in sides if self._reports(ctx, sides[k])}
        disputed = reporting | {y.key for k in reporting for _, y in sides[k][0]}
        for key in sorted(sides):
            against, agree, common = sides[key]
            if key not in reporting:
                continue  # x agrees with the majority (or nothing disagrees)
            src = restated_from(ctx, by_key[key].claim)
            if src is not None and (src.doc, src.start, src.end) in disputed:
                continue  # a conversion of a figure reported on its own adds nothing
            # one against one: one finding for the pair, from the first of its claims
            if any(y.key < key and y.key in reporting
                   and any(z.key == key for _, z in sides[y.key][0]) for _, y in against):
                continue
            yield self._outlier(ctx, by_key[key], against, agree, common)

    @staticmethod
    def _reports(ctx: RuleContext, side: tuple[list[tuple[Alignment, Mention]], int, Interval | None]
                 ) -> bool:
        """Does a claim stand against more independent sources than agree with it?"""
        against, agree, _ = side
        return bool(against) and len({ctx.group(y.doc) for _, y in against}) > agree

    @staticmethod
    def _sides(ctx: RuleContext, x: Mention, near: list[tuple[Alignment, Mention]]
               ) -> tuple[list[tuple[Alignment, Mention]], int, Interval | None]:
        """The aligned claims of other witnesses that agree with each other against x (the
        largest such set), how many witnesses agree with x, and the interval common to
        those against it. A source that gives the event's time of day is read by that time:
        its bare day agreeing with x does not count when its time disagrees."""
        assert x.interval is not None
        own = ctx.group(x.doc)
        agree: dict[str, list[Mention]] = defaultdict(list)
        against: list[tuple[Alignment, Mention]] = []
        timed_groups: set[str] = set()  # groups whose claim states the time of day x states
        for al, y in near:
            if y.interval is not None and timed(x, y):
                timed_groups.add(ctx.group(y.doc))
        for al, y in near:
            g = ctx.group(y.doc)
            if y.interval is None or g == own:
                continue
            if not disagree(x, y):
                if timed(x, y) or x.clock is None or g not in timed_groups:
                    agree[g].append(y)  # a bare day does not outweigh the same source's time of day
            elif not is_update(ctx, x, y):
                against.append((al, y))
        if not against:
            return [], len(agree), None
        # (of sets as large, the one holding the best-aligned claim)
        agreeing, common = consensus([y for _, y in sorted(against, key=lambda t: -t[0].score)])
        # a source agrees with x only if it tells x from those against it: "at least 212"
        # agrees with 247 and with 274 alike
        told = sum(any(disagree(y, z) for y in ys for z in agreeing) for ys in agree.values())
        return [(al, y) for al, y in against if y in agreeing], told, common

    def _outlier(self, ctx: RuleContext, x: Mention, used: list[tuple[Alignment, Mention]],
                 agree: int, common: Interval | None) -> Finding:
        assert x.interval is not None
        sure = [(al, y) for al, y in used if al.score >= ctx.aligner.high]
        if sure:
            used = sure  # the sources surely of this fact speak; a possible one adds nothing
        groups = {ctx.group(y.doc) for _, y in used}
        best = max(used, key=lambda t: t[0].score)[0]
        confident = bool(sure)
        severity = Severity.error if len(groups) >= CONSENSUS and not agree else Severity.warning
        tz = x.frame.dimension == "date" and all(
            one_day_apart(x.interval, y.interval) for _, y in used if y.interval is not None)
        if tz and severity == Severity.error:
            severity = Severity.warning
        if not confident or any(far_apart(x, y) for _, y in used):
            severity = Severity.info
        return self._finding(ctx, x, used, best, severity, common, agree, tz)

    def _finding(self, ctx: RuleContext, x: Mention, used: list[tuple[Alignment, Mention]],
                 best: Alignment, severity: Severity, common: Interval | None, agreeing: int,
                 tz: bool) -> Finding:
        others = sorted({y for _, y in used}, key=lambda m: m.key)
        n = len({ctx.group(y.doc) for y in others})
        c = x.claim
        said = "; ".join(f"{y.doc} line {y.claim.line}: {y.claim.text!r} ({fmt_value(y.claim.value)})"
                         for y in others)
        what = value_label(x)
        if severity == Severity.error:
            lead = (f"{c.doc} line {c.line} gives {c.text!r} ({fmt_value(c.value)}) for {what}, "
                    f"but {n} independent sources agree on another value and none on this one: {said}.")
        elif n == 1 and not agreeing:
            lead = (f"Two sources disagree on {what}: {c.doc} line {c.line} says {c.text!r} "
                    f"({fmt_value(c.value)}), {said}.")
        else:
            lead = (f"{c.doc} line {c.line} gives {c.text!r} ({fmt_value(c.value)}) for {what}; "
                    f"{n} other source(s) disagree ({said})"
                    + (f" and {agreeing} agree" if agreeing else "") + ".")
        lead += f" The sentences were {best.explain()}."
        swapped = next((y.claim for y in others if transposed(c, y.claim)), None)
        if swapped is not None:
            lead += (f" {c.text!r} and {swapped.text!r} are the same digits with two adjacent ones "
                     f"swapped: one of them is likely mistyped.")
        if tz:
            lead += " " + time_zone_reading(ctx, x, others)
        if severity == Severity.info:
            lead += " (possible: the alignment is uncertain)"
        expected = "; ".join(f"{fmt_value(y.claim.value)} ({y.doc} line {y.claim.line})" for y in others)
        suggestion = None
        if severity == Severity.error and common is not None:
            suggestion = (f"{fmt_value(others[0].claim.value)}, as {n} independent sources give it "
                          f"({', '.join(sorted({y.doc for y in others}))})")
        key = f"{x.frame.dimension} · {what}"
        restated = [r for r in (restated_from(ctx, m.claim) for m in (x, *others)) if r is not None]
        if restated:
            lead += (" " + "; ".join(f"{r.doc} line {r.line} wrote {r.text!r} first" for r in restated)
                     + ": the figures compared restate those.")
        for m in (x, *others):
            clock = _clock_restated(ctx, m.claim)
            if clock is not None and clock not in (y.claim for y in others):
                restated.append(clock)
                lead += (f" {m.doc} line {m.claim.line} restates {m.claim.text!r} as {clock.text!r}, "
                         f"from which its zone was read: either clock may be the slip.")
        return self.finding(
            severity, lead, key=key, claims=(c, *(y.claim for y in others), *restated),
            expected=expected or None, suggestion=suggestion,
            evidence=tuple(claim_evidence(m.claim) for m in (x, *others)),
        )
