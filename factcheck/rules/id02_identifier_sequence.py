"""ID02 identifier.sequence — identifier numbers must grow with their event dates."""
from __future__ import annotations


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
    IdentifierValue,
    Link,
    Severity,
)
from factcheck.rules.base import Rule, RuleContext, cap, fmt_date_value


@dataclass(frozen=True)
class Anchor:
    """A dated identifier: from the ledger (``fact``) or from an article (``link``)."""

    scheme: str
    ident: str
    number: int
    subject: str
    date: DateValue
    fact: Fact | None = None
    link: Link | None = None

    @property
    def label(self) -> str:
        return self.ident


def identifier_events(ctx: RuleContext) -> Iterable[tuple[Link, IdentifierValue, DateValue]]:
    """Links of a date to an identifier in a numbering scheme that is monotone in time."""
    for link in ctx.all_links():
        c, ident = link.claim, link.subject_claim
        if link.key is None or ident is None or not isinstance(c.value, DateValue):
            continue
        iv = ident.value
        if not isinstance(iv, IdentifierValue) or c.value.start is None or c.value.end is None:
            continue
        scheme = ctx.ledger.scheme(iv.scheme)
        if scheme is None or not scheme.monotone or (scheme.event and scheme.event != link.key.attribute):
            continue
        yield link, iv, c.value


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
    for link, iv, date in identifier_events(ctx):
        n = id_number(iv.id)
        if n is not None and iv.scheme.upper() == scheme.upper() and link.confidence == "high" \
                and link.key is not None and link.key.attribute == attribute:
            out.append(Anchor(scheme, iv.id, n, link.key.subject, date, link=link))
    return out


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
    elif a.link is not None:
        where = f" (per {a.link.claim.doc}, line {a.link.claim.line})"
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
    elif a.link is not None:
        c = a.link.claim
        out.append(Evidence(summary=f"{c.doc} dates {a.ident} {fmt_date_value(a.date)}",
                            doc=c.doc, path=c.path, line=c.line, quote=c.sentence or c.text))
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
    ledger. It stays silent when the ledger dates the cited identifier itself (ID01
    reports that, with this reasoning included).

    *Fix*: check the number of the identifier, or the date of the event.
    """

    code = "ID02"
    name = "identifier.sequence"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        reported: set[frozenset[tuple[str, int]]] = set()
        for link, iv, claimed in identifier_events(ctx):
            assert link.key is not None and link.subject_claim is not None
            if any(isinstance(f.value, DateValue)
                   for f in ctx.ledger.facts_for(link.key.subject, link.key.attribute, any_scope=True)):
                continue  # ID01's case
            number = id_number(iv.id)
            if number is None:
                continue
            anchors = [a for a in (ledger_anchors(ctx.ledger, iv.scheme, link.key.attribute)
                                   + text_anchors(ctx, iv.scheme, link.key.attribute))
                       if a.ident != iv.id]
            found = violated_by(number, claimed, anchors)
            if not found:
                continue
            c = link.claim
            a = best_anchor(ctx, c.doc, number, found)
            if a.link is not None:  # two articles against each other: report the pair once
                pair = frozenset({(c.doc, c.start), (a.link.claim.doc, a.link.claim.start)})
                if pair in reported:
                    continue
                reported.add(pair)
            from_ledger = a.fact is not None
            severity = cap(self.severity if from_ledger else Severity.warning, link.confidence)
            scheme = ctx.ledger.scheme(iv.scheme)
            scheme_name = scheme.name if scheme and scheme.name else f"{iv.scheme} identifiers"
            ident_text = link.subject_claim.text
            why = sequence_sentence(a, number, scheme_name, link.key.attribute, iv.scheme, ctx, c.doc)
            msg = (f"{ident_text} is said to have been {link.key.attribute} "
                   f"{fmt_date_value(claimed)} ({c.text!r}), but {why}."
                   + ("" if from_ledger else " One of the two sources is wrong."))
            yield self.finding(
                severity, msg, key=str(link.key),
                claims=(link.subject_claim, c) + ((a.link.claim,) if a.link else ()),
                expected=f"a number above {a.ident}" if a.number > number else f"a number below {a.ident}",
                evidence=tuple(anchor_evidence(ctx, c.doc, a, link.key.attribute)),
            )


