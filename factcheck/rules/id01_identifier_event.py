"""ID01 identifier.event_mismatch — the identifier cited for an event is not the event's."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.ledger import id_number
from factcheck.models import DateValue, Evidence, Finding, Severity, Subject
from factcheck.normalize.intervals import conflict, one_day_apart
from factcheck.registry import Row, row_subject, shares_subject, text_subject
from factcheck.rules.base import (
    Rule,
    RuleContext,
    cap,
    fmt_date,
    fmt_date_value,
    value_interval,
)
from factcheck.rules.id02_identifier_sequence import (
    anchor_evidence,
    best_anchor,
    ledger_anchors,
    registry_evidence,
    sequence_sentence,
    violated_by,
)
from factcheck.rules.identifier_dates import IdEvent, identifier_events, registry_row

MAX_SUGGESTED = 3  # more registry rows than this on the subject in the window: no guess


def _about(sub: Subject) -> str:
    """The first clause of a subject's description (what it is about)."""
    if not sub.description:
        return ""
    return sub.description.split(";")[0].strip()


def article_subject(ctx: RuleContext, ev: IdEvent):  # type: ignore[no-untyped-def]
    """What the article says the event is about: the mention's sentence (and the date's),
    else the article's title and lede when the sentence names no place."""
    text = " ".join(dict.fromkeys(s for s in (ev.ident.sentence, ev.date.sentence) if s))
    got = text_subject(text)
    if got.places:
        return got
    doc = ctx.documents.get(ev.ident.doc)
    if doc is None:
        return got
    return text_subject(f"{text} {doc.title or ''} {doc.text[:600]}")


def registry_matches(ctx: RuleContext, ev: IdEvent, rows: Sequence[Row]) -> list[Row]:
    """Rows of the window whose title or topic is on the article's subject: the same
    place when the article names one, else shared subject words; the best by shared
    words when more than MAX_SUGGESTED match. Empty when none matches clearly."""
    subject = article_subject(ctx, ev)
    if not subject:
        return []
    scored = []
    for r in rows:
        rs = row_subject(r.title, r.topic)
        if subject.places and not subject.places & rs.places:
            continue
        if not shares_subject(subject, rs):
            continue
        scored.append((len(subject.words & rs.words), r))
    if len(scored) <= MAX_SUGGESTED:
        return [r for _, r in scored]
    best = max(s for s, _ in scored)
    top = [r for s, r in scored if s == best]
    return top if best > 0 and len(top) <= MAX_SUGGESTED else []


class IdentifierEventMismatch(Rule):
    """The identifier cited for a dated event was, per the ledger or a reference registry, a different event.

    *Bad*: "Security Council Resolution 2325, which passed unanimously earlier this
    week" in an article of 16 September 2017. Resolution 2325 was adopted on 15 December
    2016 (on non-proliferation of nuclear, chemical and biological weapons); the ledger
    and the registry of every Security Council resolution both say so.

    *Why*: the article gives the identifier's event date in words that tie the date to
    that mention ("resolution N, adopted on D", "on D the Council adopted resolution N",
    "resolution N (YYYY)"), and that date is disjoint from the reference date: the
    curated ledger's where it has one (it wins), else the registry's
    (``factcheck/data/registries``). When the scheme is numbered in time order the
    message also says why the number cannot be right. The suggestion is the identifier
    dated inside the claimed interval: the ledger's, preferring subjects on the topics
    the sentence names, else the registry's rows on the article's subject (same place or
    theme); when none matches clearly, the finding names the window and guesses nothing.

    *Fix*: cite the identifier adopted on that date, or correct the date.
    """

    code = "ID01"
    name = "identifier.event_mismatch"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        reported: set[tuple[str, int]] = set()
        agreed: set[tuple[str, int]] = set()  # mentions whose stated date fits the number
        # the words' own date before the year in brackets, one finding per mention
        events = sorted(identifier_events(ctx), key=lambda e: e.how == "year")
        for ev in events:
            mention = (ev.ident.doc, ev.ident.start)
            if mention in reported:
                continue
            got = self._ledger_finding(ctx, ev) or \
                self._registry_finding(ctx, ev, year_only=mention in agreed)
            if got is not None:
                reported.add(mention)
                yield got
            elif ev.how != "year":
                agreed.add(mention)

    # ------------------------------------------------------------------ ledger

    def _ledger_finding(self, ctx: RuleContext, ev: IdEvent) -> Finding | None:
        ledger = ctx.ledger
        iv, claimed, attribute, c, ident = ev.iv, ev.value, ev.attribute, ev.date, ev.ident
        facts = [f for f in ledger.facts_for(ev.subject, attribute, any_scope=True)
                 if isinstance(f.value, DateValue)]
        iv_claim = value_interval(claimed)
        if not facts or iv_claim is None:
            return None
        if any(not conflict(iv_claim, value_interval(f.value)) for f in facts  # type: ignore[arg-type]
               if value_interval(f.value) is not None):
            return None
        fact = facts[0]
        assert isinstance(fact.value, DateValue)
        sub = ledger.subjects.get(ev.subject)
        severity = self.severity if fact.confidence == "confirmed" else Severity.warning
        severity = cap(severity, ev.confidence)
        number = id_number(iv.id)
        scheme = ledger.scheme(iv.scheme)
        scheme_name = scheme.name if scheme and scheme.name else f"{iv.scheme} identifiers"

        name = sub.name if sub else f"{iv.scheme} {iv.id}"
        parts = [f"{ident.text} is cited as {attribute} {ev.claimed}, but {name} was "
                 f"{attribute} on {fmt_date_value(fact.value)}"
                 + (f" and is about: {_about(sub)}" if sub and _about(sub) else "")]
        evidence: list[Evidence] = [Evidence(
            summary=f"ledger {fact.id}: {iv.scheme} {iv.id} {attribute} "
                    f"{fmt_date_value(fact.value)}",
            source=ledger.cite(fact), path=ledger.fact_files.get(fact.id),
            quote=fact.source.quote)]
        row = registry_row(ctx, ev.ident)
        if row is not None:
            evidence.append(registry_evidence(row, attribute))
        if scheme and scheme.monotone and number is not None:
            found = violated_by(number, claimed, [
                a for a in ledger_anchors(ledger, iv.scheme, attribute) if a.ident != iv.id])
            if found:
                a = best_anchor(ctx, c.doc, number, found)
                parts.append(sequence_sentence(a, number, scheme_name, attribute,
                                               iv.scheme, ctx, c.doc))
                evidence.extend(anchor_evidence(ctx, c.doc, a, attribute))

        suggestion = None
        right = self._candidates(ctx, ev.subject, iv.scheme, attribute, claimed,
                                 c.sentence or "")
        if one_day_apart(iv_claim, value_interval(fact.value)):  # type: ignore[arg-type]
            # the registry's rule: a date written where it was already the next day (or
            # still the day before) reads the same event; a warning that says so
            severity = cap(Severity.warning, ev.confidence)
            suggestion = fmt_date_value(fact.value)
            parts.append("the dates are one day apart, which a time zone can explain "
                         "(the source may write the local date where it reports from)")
            right = []
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
        else:
            sentence, suggestion, rows = self._registry_suggestion(ctx, ev)
            parts.append(sentence)
            evidence.extend(registry_evidence(r, attribute) for r in rows)
        message = ". ".join(p[0].upper() + p[1:] for p in parts if p) + "."
        return self.finding(
            severity, message, key=str(ev.key), claims=self._claims(ev),
            expected=f"{iv.scheme} {iv.id} {attribute} {fmt_date_value(fact.value)}",
            suggestion=suggestion,
            evidence=tuple(evidence),
        )

    @staticmethod
    def _claims(ev: IdEvent) -> tuple:  # type: ignore[type-arg]
        return (ev.ident,) if ev.date is ev.ident else (ev.ident, ev.date)

    # ------------------------------------------------------------------ registry

    def _registry_finding(self, ctx: RuleContext, ev: IdEvent, year_only: bool = False
                          ) -> Finding | None:
        """The registry's row against the claimed date. ``year_only``: the article's own
        date for the mention fits the number, so the year in brackets is the slip."""
        iv, claimed, attribute = ev.iv, ev.value, ev.attribute
        row = registry_row(ctx, ev.ident)
        iv_claim = value_interval(claimed)
        if row is None or iv_claim is None:
            return None
        day = DateValue(start=row.adopted, end=row.adopted)
        if not conflict(iv_claim, value_interval(day)):  # type: ignore[arg-type]
            return None
        suggestion, rows = None, []
        parts = [f"{ev.ident.text} is cited as {attribute} {ev.claimed}, but {iv.scheme} "
                 f"{iv.id} was {attribute} on "
                 f"{fmt_date(row.adopted)}" + (f" ({row.about})" if row.about else "")]
        severity = cap(self.severity, ev.confidence)
        assert claimed.start is not None and claimed.end is not None
        if one_day_apart(iv_claim, value_interval(day)):  # type: ignore[arg-type]
            # one day apart: a date written where it was already the next day (or still the
            # day before) reads the same event; a warning that says so, never an error
            severity = cap(Severity.warning, ev.confidence)
            suggestion = fmt_date(row.adopted)
            parts.append("the dates are one day apart, which a time zone can explain "
                         "(the source may write the local date where it reports from)")
        elif year_only and ev.how == "year":
            suggestion = ev.ident.text.replace(f"({ev.iv.year})", f"({row.adopted.year})")
            parts.append(f"the article's own date for it agrees with {row.adopted.year}: "
                         f"the year in brackets is the slip")
        else:
            sentence, suggestion, rows = self._registry_suggestion(ctx, ev)
            parts.append(sentence)
        message = ". ".join(p[0].upper() + p[1:] for p in parts if p) + "."
        return self.finding(
            severity, message, key=str(ev.key), claims=self._claims(ev),
            expected=f"{iv.scheme} {iv.id} {attribute} {fmt_date(row.adopted)}",
            suggestion=suggestion,
            evidence=(registry_evidence(row, attribute),
                      *(registry_evidence(r, attribute) for r in rows)),
        )

    @staticmethod
    def _registry_suggestion(ctx: RuleContext, ev: IdEvent
                             ) -> tuple[str, str | None, list[Row]]:
        """(sentence, suggestion, suggested rows) for the claimed window, from the registry."""
        reg = ctx.registries.get(ev.iv.scheme)
        claimed, attribute = ev.value, ev.attribute
        if reg is None or claimed.start is None or claimed.end is None:
            return "", None, []
        window = [r for r in reg.adopted_within(claimed.start, claimed.end) if r.id != ev.iv.id]
        when = fmt_date_value(claimed)
        if not window:
            return f"the {ev.iv.scheme} registry has no identifier {attribute} within {when}", None, []
        right = registry_matches(ctx, ev, window)
        if not right:
            span = f"{window[0].id}–{window[-1].id}" if len(window) > 1 else window[0].id
            return (f"{len(window)} {ev.iv.scheme} identifier(s) were {attribute} within {when} "
                    f"({span}); none matches the article's subject clearly"), None, []
        names = [f"{r.id} ({attribute} {fmt_date(r.adopted)}: {r.about})" for r in right]
        if len(right) == 1:
            r = right[0]
            return (f"the {ev.iv.scheme} registry's identifier {attribute} within {when} on this "
                    f"subject is {names[0]}",
                    f"{ev.ident.text.replace(ev.iv.id, r.id)} ({attribute} {fmt_date(r.adopted)})",
                    right)
        return (f"the {ev.iv.scheme} registry's identifiers {attribute} within {when} on this "
                f"subject are {'; '.join(names)}",
                "one of " + "; ".join(f"{ev.iv.scheme} {r.id} ({attribute} {fmt_date(r.adopted)})"
                                      for r in right), right)

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

