"""ID02 identifier.sequence — identifier numbers must grow with their event dates."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.ledger import Ledger, id_number
from factcheck.link import MENTION, SUBJECT_METHODS
from factcheck.models import (
    Claim,
    DateValue,
    Evidence,
    Fact,
    Finding,
    Granularity,
    Severity,
)
from factcheck.registry import Row
from factcheck.rules.base import Rule, RuleContext, cap, fmt_date, fmt_date_value
from factcheck.rules.identifier_dates import IdEvent, identifier_events, registry_judges


@dataclass(frozen=True)
class Anchor:
    """A dated identifier: from the ledger (``fact``), an article (``event``) or a
    reference registry (``row``)."""

    scheme: str
    ident: str
    number: int
    subject: str
    date: DateValue
    fact: Fact | None = None
    event: IdEvent | None = None
    row: Row | None = None

    @property
    def label(self) -> str:
        return self.ident


def ledger_anchors(ledger: Ledger, scheme: str, attribute: str) -> list[Anchor]:
    out = []
    for sub in ledger.scheme_subjects(scheme):
        assert sub.identifier is not None
        n = id_number(sub.identifier.id)
        for fact in ledger.facts_for(sub.id, attribute, any_scope=True):
            if isinstance(fact.value, DateValue) and fact.value.start and n is not None \
                    and fact.confidence == "confirmed":
                out.append(Anchor(scheme, sub.identifier.id, n, sub.id, fact.value, fact=fact))
                break
    return out


def text_anchors(ctx: RuleContext, scheme: str, attribute: str) -> list[Anchor]:
    out = []
    for ev in identifier_events(ctx):
        n = id_number(ev.iv.id)
        if n is not None and ev.iv.scheme.upper() == scheme.upper() and ev.confidence == "high" \
                and ev.attribute == attribute:
            out.append(Anchor(scheme, ev.iv.id, n, ev.subject, ev.value, event=ev))
    return out


def registry_anchors(ctx: RuleContext, scheme: str, number: int) -> list[Anchor]:
    """The registry rows nearest below and above ``number``: the order of the scheme
    bounds the date of a number the registry does not have (a gap, or beyond its end)."""
    reg = ctx.registries.get(scheme)
    if reg is None or not reg.monotone:
        return []
    return [Anchor(scheme, r.id, r.number, f"{scheme.lower()}-{r.id}", _day(r.adopted), row=r)
            for r in reg.neighbours(number) if r is not None]


def _day(d: dt.date) -> DateValue:
    return DateValue(start=d, end=d, granularity=Granularity.day)


def registry_evidence(row: Row, attribute: str) -> Evidence:
    """A registry row as evidence: number, date and title, with the registry's credit."""
    return Evidence(summary=f"registry {row.scheme} {row.number}: {attribute} "
                            f"{fmt_date(row.adopted)}" + (f" — {row.about}" if row.about else ""),
                    source=row.source or None, path=row.path, line=row.line)


def violated_by(number: int, claimed: DateValue, anchors: Sequence[Anchor]) -> list[Anchor]:
    """Anchors the claimed date cannot be reconciled with: a higher number dated strictly
    before the claimed interval, or a lower number dated strictly after it."""
    assert claimed.start and claimed.end
    out = []
    for a in anchors:
        if a.date.start is None or a.date.end is None:
            continue
        if (a.number > number and a.date.end < claimed.start) or \
                (a.number < number and a.date.start > claimed.end):
            out.append(a)
    return out


def mentions(ctx: RuleContext, doc: str, subject: str) -> list[Claim]:
    """Claims of ``doc`` that name or describe ``subject`` (identifier or description)."""
    return [ln.claim for ln in ctx.links.get(doc, ())
            if ln.key is not None and ln.key.subject == subject
            and (ln.key.attribute == MENTION or ln.method in SUBJECT_METHODS)]


def best_anchor(ctx: RuleContext, doc: str, number: int, found: Sequence[Anchor]) -> Anchor:
    """Prefer an anchor the same article mentions, then the tightest (nearest in number)."""
    def rank(a: Anchor) -> tuple[int, int, str]:
        return (0 if mentions(ctx, doc, a.subject) else 1, abs(a.number - number), a.ident)
    return sorted(found, key=rank)[0]


def sequence_sentence(a: Anchor, number: int, scheme_name: str, verb: str, scheme: str = "",
                      ctx: RuleContext | None = None, doc: str = "") -> str:
    when = fmt_date_value(a.date)
    where = ""
    if ctx is not None and a.fact is not None:
        seen = mentions(ctx, doc, a.subject)
        if seen:
            where = f" (this article refers to it on line {seen[0].line})"
    elif a.event is not None:
        where = f" (per {a.event.date.doc}, line {a.event.date.line})"
    elif a.row is not None:
        where = f" (per the {a.scheme} registry)"
    noun = f"a {scheme} number".replace("a  number", "a number") if scheme else "a number"
    if a.number > number:
        return (f"{scheme_name} are numbered in time order: {a.ident} was {verb} on "
                f"{when}{where}, so {noun} below {a.ident} cannot have been {verb} after it")
    return (f"{scheme_name} are numbered in time order: {a.ident} was {verb} on "
            f"{when}{where}, so {noun} above {a.ident} cannot have been {verb} before it")


def anchor_evidence(ctx: RuleContext, doc: str, a: Anchor, verb: str) -> list[Evidence]:
    out = []
    if a.fact is not None:
        out.append(Evidence(summary=f"ledger {a.fact.id}: {a.ident} {verb} "
                                    f"{fmt_date_value(a.date)}",
                            source=ctx.ledger.cite(a.fact), path=ctx.ledger.fact_files.get(a.fact.id),
                            quote=a.fact.source.quote))
        for c in mentions(ctx, doc, a.subject)[:1]:
            out.append(Evidence(summary=f"the same article refers to {a.ident}", doc=c.doc,
                                path=c.path, line=c.line, quote=c.sentence or c.text))
    elif a.event is not None:
        c = a.event.date
        out.append(Evidence(summary=f"{c.doc} dates {a.ident} {fmt_date_value(a.date)}",
                            doc=c.doc, path=c.path, line=c.line, quote=c.sentence or c.text))
    elif a.row is not None:
        out.append(registry_evidence(a.row, verb))
    return out


class IdentifierSequence(Rule):
    """An identifier's claimed date contradicts the order of its numbering scheme.

    *Bad*: "Resolution 2325, which passed unanimously earlier this week" in September 2017
    while resolution 2371 is known to have been adopted on 5 August 2017 (from the ledger
    or from another source).

    *Why*: schemes marked ``monotone`` (UN Security Council resolutions are numbered in
    order of adoption) give a number an order in time: a number below one adopted on
    5 August 2017 cannot have been adopted after it. This catches a wrong number even
    when the ledger does not know the cited identifier, and between articles without any
    ledger. A reference registry (``factcheck/data/registries``) bounds a number it does
    not have by its nearest rows: 2762, missing from the UN table, lies between 2761 and
    2763; a number beyond the table's end comes after its last row. It stays silent when
    the ledger or the registry dates the cited identifier itself (ID01 reports that).

    *Fix*: check the number of the identifier, or the date of the event.
    """

    code = "ID02"
    name = "identifier.sequence"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        reported: set[frozenset[tuple[str, int]]] = set()
        for ev in identifier_events(ctx):
            iv, claimed, attribute = ev.iv, ev.value, ev.attribute
            if any(isinstance(f.value, DateValue)
                   for f in ctx.ledger.facts_for(ev.subject, attribute, any_scope=True)):
                continue  # ID01's case
            judged = registry_judges(ctx, ev.ident)
            if judged and ctx.registries.row(iv.scheme, iv.id) is not None:
                continue  # ID01's case: the registry dates this number
            number = id_number(iv.id)
            if number is None:
                continue
            anchors = [a for a in (ledger_anchors(ctx.ledger, iv.scheme, attribute)
                                   + text_anchors(ctx, iv.scheme, attribute)
                                   + (registry_anchors(ctx, iv.scheme, number) if judged else []))
                       if a.ident != iv.id]
            found = violated_by(number, claimed, anchors)
            if not found:
                continue
            c = ev.date
            a = best_anchor(ctx, c.doc, number, found)
            if a.event is not None:  # two articles against each other: report the pair once
                pair = frozenset({(c.doc, c.start), (a.event.date.doc, a.event.date.start)})
                if pair in reported:
                    continue
                reported.add(pair)
            from_reference = a.fact is not None or a.row is not None
            severity = cap(self.severity if from_reference else Severity.warning, ev.confidence)
            scheme = ctx.ledger.scheme(iv.scheme)
            scheme_name = scheme.name if scheme and scheme.name else f"{iv.scheme} identifiers"
            why = sequence_sentence(a, number, scheme_name, attribute, iv.scheme, ctx, c.doc)
            msg = (f"{ev.ident.text} is said to have been {attribute} "
                   f"{ev.claimed}, but {why}."
                   + ("" if from_reference else " One of the two sources is wrong."))
            claims = (ev.ident,) + ((c,) if c is not ev.ident else ())
            yield self.finding(
                severity, msg, key=str(ev.key),
                claims=claims + ((a.event.date,) if a.event else ()),
                expected=f"a number above {a.ident}" if a.number > number else f"a number below {a.ident}",
                evidence=tuple(anchor_evidence(ctx, c.doc, a, attribute)),
            )
