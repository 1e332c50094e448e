"""ID01 identifier.event_mismatch — the identifier cited for an event is not the event's."""
from __future__ import annotations

from collections.abc import Iterable

from factcheck.ledger import id_number
from factcheck.models import DateValue, Evidence, Finding, Severity, Subject
from factcheck.normalize.intervals import conflict
from factcheck.rules.base import Rule, RuleContext, cap, fmt_date_value, value_interval
from factcheck.rules.id02_identifier_sequence import (
    anchor_evidence,
    best_anchor,
    identifier_events,
    ledger_anchors,
    sequence_sentence,
)


def _about(sub: Subject) -> str:
    """The first clause of a subject's description (what it is about)."""
    if not sub.description:
        return ""
    return sub.description.split(";")[0].strip()


class IdentifierEventMismatch(Rule):
    """The identifier cited for a dated event was, per the ledger, a different event.

    *Bad*: "Security Council Resolution 2325, which passed unanimously earlier this
    week" in an article of 16 September 2017. The ledger dates resolution 2325 to
    15 December 2016 (a resolution on weapons of mass destruction and non-State actors).

    *Why*: the event date attached to the identifier in the same clause (relative or
    participial clause, "adopted on ...") is disjoint from the ledger's date for that
    identifier. When the scheme is numbered in time order the message also says why the
    number cannot be right (a lower number cannot postdate a higher one), and when the
    ledger has a subject of the same scheme dated inside the claimed interval it is
    suggested, preferring subjects on the topics the sentence names.

    *Fix*: cite the identifier the ledger gives for that date, or correct the date.
    """

    code = "ID01"
    name = "identifier.event_mismatch"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        ledger = ctx.ledger
        for link, iv, claimed in identifier_events(ctx):
            assert link.key is not None and link.subject_claim is not None
            c, ident = link.claim, link.subject_claim
            attribute = link.key.attribute
            facts = [f for f in ledger.facts_for(link.key.subject, attribute, any_scope=True)
                     if isinstance(f.value, DateValue)]
            iv_claim = value_interval(claimed)
            if not facts or iv_claim is None:
                continue
            if any(not conflict(iv_claim, value_interval(f.value)) for f in facts  # type: ignore[arg-type]
                   if value_interval(f.value) is not None):
                continue
            fact = facts[0]
            assert isinstance(fact.value, DateValue)
            sub = ledger.subjects.get(link.key.subject)
            severity = self.severity if fact.confidence == "confirmed" else Severity.warning
            severity = cap(severity, link.confidence)
            number = id_number(iv.id)
            scheme = ledger.scheme(iv.scheme)
            scheme_name = scheme.name if scheme and scheme.name else f"{iv.scheme} identifiers"

            name = sub.name if sub else f"{iv.scheme} {iv.id}"
            parts = [f"{ident.text} is cited as {attribute} {fmt_date_value(claimed)} "
                     f"({c.text!r}), but {name} was {attribute} on {fmt_date_value(fact.value)}"
                     + (f" and is about: {_about(sub)}" if sub and _about(sub) else "")]
            evidence: list[Evidence] = [Evidence(
                summary=f"ledger {fact.id}: {iv.scheme} {iv.id} {attribute} "
                        f"{fmt_date_value(fact.value)}",
                source=ledger.cite(fact), path=ledger.fact_files.get(fact.id),
                quote=fact.source.quote)]
            if scheme and scheme.monotone and number is not None:
                from factcheck.rules.id02_identifier_sequence import violated_by
                found = violated_by(number, claimed, [
                    a for a in ledger_anchors(ledger, iv.scheme, attribute) if a.ident != iv.id])
                if found:
                    a = best_anchor(ctx, c.doc, number, found)
                    parts.append(sequence_sentence(a, number, scheme_name, attribute,
                                                   iv.scheme, ctx, c.doc))
                    evidence.extend(anchor_evidence(ctx, c.doc, a, attribute))

            suggestion = None
            right = self._candidates(ctx, link.key.subject, iv.scheme, attribute, claimed,
                                     c.sentence or "")
            if right:
                names = [f"{s.identifier.scheme} {s.identifier.id} ({attribute} "  # type: ignore[union-attr]
                         f"{fmt_date_value(d)})" for s, d, _ in right]
                if len(right) == 1:
                    s, d, f = right[0]
                    suggestion = (f"{ident.text.replace(iv.id, s.identifier.id)} "  # type: ignore[union-attr]
                                  f"({attribute} {fmt_date_value(d)})")
                    parts.append(f"The ledger's {s.identifier.scheme} identifier "  # type: ignore[union-attr]
                                 f"{attribute} within {fmt_date_value(claimed)}"
                                 + (f" on this topic ({', '.join(sorted(s.topics))})" if s.topics else "")
                                 + f" is {s.identifier.id}: {s.name}, {attribute} "  # type: ignore[union-attr]
                                 f"{fmt_date_value(d)}")
                else:
                    suggestion = "one of " + "; ".join(names)
                for s, d, f in right:
                    evidence.append(Evidence(
                        summary=f"ledger {f.id}: {s.identifier.scheme} {s.identifier.id} "  # type: ignore[union-attr]
                                f"{attribute} {fmt_date_value(d)}" + (f" — {_about(s)}" if _about(s) else ""),
                        source=ledger.cite(f), path=ledger.fact_files.get(f.id),
                        quote=f.source.quote))
            message = ". ".join(p[0].upper() + p[1:] for p in parts) + "."
            yield self.finding(
                severity, message, key=str(link.key), claims=(ident, c),
                expected=f"{iv.scheme} {iv.id} {attribute} {fmt_date_value(fact.value)}",
                suggestion=suggestion,
                evidence=tuple(evidence),
            )

    @staticmethod
    def _candidates(ctx: RuleContext, cited: str, scheme: str, attribute: str,
                    claimed: DateValue, sentence: str):  # type: ignore[no-untyped-def]
        ledger = ctx.ledger
        out = []
        for s in ledger.scheme_subjects(scheme):
            if s.id == cited:
                continue
            for f in ledger.facts_for(s.id, attribute, any_scope=True):
                d = f.value
                if isinstance(d, DateValue) and d.start and d.end and claimed.start and \
                        claimed.end and claimed.start <= d.start and d.end <= claimed.end \
                        and f.confidence == "confirmed":
                    out.append((s, d, f))
                    break
        topics = ledger.topics_named_in(sentence)
        on_topic = [t for t in out if topics & set(t[0].topics)]
        return on_topic or out
