"""Which date an article gives as the event date of an identifier (for ID01, ID02, ID03).

Conservative on purpose: a date is the adoption date of *that* mention only when the
words between them say so, never because both sit in one sentence ("resolution 1718 has
been in force since 2006" dates nothing). Accepted forms, for schemes numbered in time
order whose event is an attribute (``adopted`` for UN Security Council resolutions):

* the year in brackets: "resolution 2375 (2017)";
* the identifier, then its event verb, then the date: "resolution 2371, adopted on
  August 5", "Resolution 2325, which passed unanimously earlier this week", "resolution
  2375, which the Council adopted on Monday", "resolution 2375 was adopted 15-0 on ...";
* the verb, the identifier, the date: "the Council adopted resolution 2397 on 22 December";
* the date, the Council, the verb, the identifier: "On 11 September the Security Council
  unanimously adopted resolution 2375", "Last week the UN Security Council passed ...";
  or the Council, the date, the verb: "The Security Council on Monday adopted ...";
  or a vote dated, its purpose and the identifier: "The Council voted Monday to tighten
  sanctions, adopting resolution 2375";
* a lede's date restated by the next sentence's identifier (``identifier+next-sentence``
  links, medium confidence).

A date that names a span around the event ("since 2006", "until 2018", "by March") is
never an event date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.extract.text import TextIndex
from factcheck.models import Claim, DateValue, Granularity, IdentifierValue, Key
from factcheck.rules.base import RuleContext, fmt_date_value

__all__ = ["IdEvent", "identifier_events", "scheme_event", "registry_row",
           "registry_judges"]

_VERB = r"(?:adopted|passed|approved|endorsed|voted\s+(?:for|through|on))"
_ADV = r"(?:[a-z]+ly|also|then|first|finally)"
_COUNCIL = (r"(?:the\s+)?(?:(?:\d+-member|full|UN|U\.N\.|United\s+Nations)\s+)*"
            r"(?:Security\s+)?Council")
_BY = (r"(?:by\s+(?:a\s+)?(?:\d+-\d+\s+vote|vote\s+of\s+\d+\s*(?:-|to)\s*\d+|unanimous\s+vote"
       r"|consensus)|by\s+" + _COUNCIL + r"|\d+-\d+(?:-\d+)?|\d+\s+to\s+\d+)")  # ("adopted 13-0-2")
_YEAR = r"(?:\(\s*(?:19|20)\d\d\s*\))?"
_PREP = r"(?:(?:on|in|at|during|back\s+in|early|late)\s+)?(?:the\s+)?"
# identifier ... verb ... date
_AFTER_IDENT = re.compile(
    rf"\s*{_YEAR}\s*,?\s*(?:(?:which|that)\s+(?:{_COUNCIL}\s+|it\s+)?)?"
    rf"(?:(?:was|were|is|had\s+been|has\s+been|been)\s+)?(?:{_ADV}\s+)*{_VERB}"
    rf"(?:\s*,?\s*(?:{_ADV}|{_BY}))*\s*,?\s*{_PREP}", re.I)
# verb identifier ... date
_VERB_BEFORE = re.compile(rf"{_VERB}\s+(?:the\s+)?(?:(?:UN|U\.N\.)\s+)?$", re.I)
_AFTER_VERB_IDENT = re.compile(rf"\s*{_YEAR}\s*,?\s*(?:(?:{_ADV}|{_BY})\s*,?\s*)*{_PREP}", re.I)
_OBJECT = r"\s+(?:(?:a|the|its)\s+)?(?:(?:new|UN|U\.N\.)\s+)?"  # "adopted a new ..."
# date ... Council verb identifier
_DATE_FIRST = re.compile(rf"\s*,?\s*(?:{_COUNCIL}|it)\s+(?:{_ADV}\s+)*{_VERB}{_OBJECT}", re.I)
# Council date verb identifier ("The Security Council on Monday unanimously adopted ...")
_COUNCIL_BEFORE = re.compile(rf"{_COUNCIL}\s+(?:on\s+|in\s+|at\s+)?$", re.I)
_DATE_THEN_VERB = re.compile(rf"\s*,?\s*(?:{_ADV}\s+)*{_VERB}{_OBJECT}", re.I)
# "The Council voted Monday to tighten sanctions, adopting resolution 2375": a vote
# dated, then its purpose, then the identifier it adopted
_VOTED_BEFORE = re.compile(r"\bvoted\s+(?:on\s+)?$", re.I)
_VOTE_ADOPTING = re.compile(r"\s+to\s+[^.;:!?\d]{1,120}?,\s+(?:" + _ADV + r"\s+)?(?:adopting|passing|approving)"
                            + _OBJECT, re.I)
# (which comes first, what must end the words before it (None: anything), the words between)
_FORMS: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str]], ...] = (
    ("ident", None, _AFTER_IDENT), ("ident", _VERB_BEFORE, _AFTER_VERB_IDENT),
    ("date", None, _DATE_FIRST), ("date", _COUNCIL_BEFORE, _DATE_THEN_VERB),
    ("date", _VOTED_BEFORE, _VOTE_ADOPTING))
_SPAN = r"(?:since|until|till|by|before|after|from|through|throughout|up\s+to|as\s+of|between)"
_SPAN_WORDS = re.compile(rf"\s*{_SPAN}\b", re.I)  # a date that names a span around the event
_SPAN_BEFORE = re.compile(rf"\b{_SPAN}\s*$", re.I)


@dataclass(frozen=True)
class IdEvent:
    """An identifier mention and the date the article gives for its event."""

    ident: Claim
    date: Claim  # the date claim; the identifier itself for "resolution N (YYYY)"
    iv: IdentifierValue
    value: DateValue
    attribute: str
    subject: str  # the ledger subject, or "<scheme>-<id>"
    confidence: str
    how: str  # "year" | "phrase" | "next-sentence"

    @property
    def key(self) -> Key:
        return Key(subject=self.subject, attribute=self.attribute)

    @property
    def claimed(self) -> str:
        """The claimed date as messages give it: "in 2019", "11–16 September 2017
        ('earlier this week')"."""
        if self.how == "year":
            return f"in {self.iv.year}"
        return f"{fmt_date_value(self.value)} ({self.date.text!r})"


def scheme_event(ctx: RuleContext, scheme: str) -> str | None:
    """The event attribute of a scheme numbered in time order (ledger, then registry)."""
    s = ctx.ledger.scheme(scheme)
    if s is not None and s.monotone and s.event:
        return s.event
    reg = ctx.registries.get(scheme)
    if reg is not None and reg.monotone and reg.event:
        return reg.event
    return None


def registry_judges(ctx: RuleContext, c: Claim) -> bool:
    """May the registry judge this identifier mention (``Registries.applies``)? "UN
    Resolution 2758" in an article on Taiwan is not the Council's 2758."""
    iv = c.value
    if not isinstance(iv, IdentifierValue):
        return False
    doc = ctx.documents.get(c.doc)
    text = doc.text if doc is not None else ""
    return ctx.registries.applies(iv.scheme, c.text, c.sentence or "", text[c.end:c.end + 24],
                                  text)


def registry_row(ctx: RuleContext, c: Claim):  # type: ignore[no-untyped-def]
    """The registry row of an identifier mention the registry may judge, else None."""
    iv = c.value
    if not isinstance(iv, IdentifierValue) or not registry_judges(ctx, c):
        return None
    return ctx.registries.row(iv.scheme, iv.id)


def _adoption_phrase(text: str, ident: Claim, date: Claim, s0: int) -> bool:
    """Do the words between an identifier and a date make the date its event date?"""
    if _SPAN_WORDS.match(date.text) or _SPAN_BEFORE.search(text[max(s0, date.start - 12):date.start]):
        return False
    if ident.end <= date.start:
        kind, first, second = "ident", ident, date
    elif date.end <= ident.start:
        kind, first, second = "date", date, ident
    else:
        return False
    between = text[first.end:second.start]
    before = text[max(s0, first.start - 60):first.start]
    return any(k == kind and (lead is None or lead.search(before)) and rx.fullmatch(between)
               for k, lead, rx in _FORMS)


def identifier_events(ctx: RuleContext) -> list[IdEvent]:
    """Every identifier mention with the event date its article gives it, in document
    order (computed once per check run: ID01, ID02 and ID03 share it through the context)."""
    if "identifier_events" not in ctx.memo:
        ctx.memo["identifier_events"] = _events(ctx)
    return ctx.memo["identifier_events"]  # type: ignore[no-any-return]


def _events(ctx: RuleContext) -> list[IdEvent]:
    out: list[IdEvent] = []
    for doc in sorted(ctx.claims):
        claims = ctx.claims[doc]
        idents = [c for c in claims if isinstance(c.value, IdentifierValue)
                  and scheme_event(ctx, c.value.scheme)]
        if not idents:
            continue
        document = ctx.documents.get(doc)
        index = TextIndex(document.text) if document is not None else None
        dates = [c for c in claims if isinstance(c.value, DateValue)
                 and c.value.start is not None and c.value.end is not None and not c.unresolved]
        for ident in idents:
            iv = ident.value
            assert isinstance(iv, IdentifierValue)
            attribute = scheme_event(ctx, iv.scheme)
            assert attribute is not None
            sub = ctx.ledger.subject_for_identifier(iv.scheme, iv.id)
            subject = sub.id if sub else f"{iv.scheme.lower()}-{iv.id}"

            def event(date: Claim, value: DateValue, confidence: str, how: str) -> IdEvent:
                return IdEvent(ident, date, iv, value, attribute, subject, confidence, how)

            if iv.year:
                out.append(event(ident, DateValue(start=dt.date(iv.year, 1, 1),
                                                  end=dt.date(iv.year, 12, 31),
                                                  granularity=Granularity.year),
                                 "high", "year"))
            if index is None or document is None:
                continue
            s0, s1 = index.sentence_span(ident.start)
            near = [d for d in dates if s0 <= d.start < s1
                    and _adoption_phrase(document.text, ident, d, s0)]
            if near:
                d = min(near, key=lambda x: abs(x.start - ident.start))
                assert isinstance(d.value, DateValue)
                out.append(event(d, d.value, "high", "phrase"))
        out.extend(_restated(ctx, doc, {id(c) for c in idents}))
    return out


def _restated(ctx: RuleContext, doc: str, idents: set[int]) -> Iterable[IdEvent]:
    """Dates of a lede restated by the next sentence's identifier (the linker's
    ``identifier+next-sentence`` links)."""
    for link in ctx.links.get(doc, ()):
        ident, c = link.subject_claim, link.claim
        if link.method != "identifier+next-sentence" or ident is None or link.key is None \
                or id(ident) not in idents or not isinstance(c.value, DateValue) \
                or c.value.start is None or c.value.end is None:
            continue
        iv = ident.value
        assert isinstance(iv, IdentifierValue)
        yield IdEvent(ident, c, iv, c.value, link.key.attribute, link.key.subject,
                      link.confidence, "next-sentence")
