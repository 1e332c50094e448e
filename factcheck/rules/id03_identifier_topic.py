"""ID03 identifier.topic_mismatch — an identifier cited for a subject its registry row is not about."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import Claim, Finding, IdentifierValue, Severity
from factcheck.registry import Subject, about_places, row_subject, shares_subject, subject_words
from factcheck.rules.base import Rule, RuleContext, fmt_date
from factcheck.rules.id02_identifier_sequence import registry_evidence
from factcheck.rules.identifier_dates import registry_row

_CUT = re.compile(r"\s+-\s+|[,;:()\[\]—–]")
# a clause after the identifier that says what it is or did
_DESCRIBES = re.compile(r"\s*(?:which|that|imposing|imposed|adopted|passed|approved|"
                        r"authori[sz]ing|authori[sz]ed|establishing|established|extending|"
                        r"extended|renewing|renewed|condemning|demanding|endorsing|"
                        r"calling|targeting|on|against|banning|setting)\b", re.I)


def mention_span(text: str, c: Claim) -> tuple[int, int]:
    """Where the words around an identifier mention that say what it is about are: its
    clause, and the clause after it when that one describes it ("Resolution 1929, which
    imposed sanctions on Iran")."""
    start = c.start - (c.column - 1) if c.column else 0
    line_end = text.find("\n", c.end)
    end = len(text) if line_end < 0 else line_end
    head = text[start:c.start]
    cuts = list(_CUT.finditer(head))
    a = start + cuts[-1].end() if cuts else start
    tail = text[c.end:end]
    first = _CUT.search(tail)
    b = c.end + (first.start() if first else len(tail))
    if first is not None and first.group(0).strip() in (",", "(", "—", "–", "-"):
        rest = tail[first.end():]
        nxt = _CUT.search(rest)
        clause = rest[:nxt.start()] if nxt else rest
        if _DESCRIBES.match(clause):
            b = c.end + first.end() + len(clause)
    sentence_end = re.search(r"[.!?](?:\s|$)", text[c.end:b])
    if sentence_end:
        b = c.end + sentence_end.start()
    return a, b


class IdentifierTopicMismatch(Rule):
    """An identifier is cited with a subject its reference registry row shares nothing with.

    *Bad*: "Resolution 2374, which renewed the peacekeeping mission in Haiti" —
    resolution 2374 (5 September 2017) is on sanctions in Mali.

    *Why*: the words that say what the mention is about ("sanctions on Iran", "the
    mission in Mali", "the Iran sanctions resolution") name a place, and the registry's
    title and topic for that number name another place and share no word with those
    words. Titles are short, so this stays conservative: only places the mention is
    *about* count (not "which Russia backed"), rows that name no place (thematic
    resolutions) are never compared, a wider agenda item covers its places (Syria is on
    "the Middle East"), and a mention ID01 already reports is left to ID01. At most a
    warning, with both texts shown.

    *Fix*: check the number against the subject, or the subject against the number.
    """

    code = "ID03"
    name = "identifier.topic_mismatch"
    severity = Severity.warning

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        from factcheck.rules.id01_identifier_event import IdentifierEventMismatch

        dated = {(c.doc, c.start) for f in IdentifierEventMismatch().check(ctx)
                 for c in f.claims[:1]}
        for doc in sorted(ctx.claims):
            document = ctx.documents.get(doc)
            if document is None:
                continue
            for c in ctx.claims[doc]:
                iv = c.value
                if not isinstance(iv, IdentifierValue) or (c.doc, c.start) in dated:
                    continue
                row = registry_row(ctx, c)
                if row is None:
                    continue
                a, b = mention_span(document.text, c)
                phrase = document.text[a:c.start] + " " + document.text[c.end:b]
                said = Subject(about_places(phrase), subject_words(phrase))
                known = row_subject(row.title, row.topic)
                if not said.places or not known.places or shares_subject(said, known):
                    continue
                shown = re.sub(r"\s+", " ", document.text[a:b]).strip()
                yield self.finding(
                    self.severity,
                    f"{c.text} is cited as {shown!r} (about {', '.join(sorted(said.places))}), "
                    f"but {iv.scheme} {iv.id}, adopted {fmt_date(row.adopted)}, is "
                    f"{row.about!r} (topic: {row.topic or 'none'}), which shares no place "
                    f"or subject word with it",
                    key=f"{iv.scheme.lower()}-{iv.id} · topic", claims=(c,),
                    expected=f"{iv.scheme} {iv.id}: {row.about} ({fmt_date(row.adopted)})",
                    evidence=(registry_evidence(row, _event(ctx, iv.scheme)),))


def _event(ctx: RuleContext, scheme: str) -> str:
    reg = ctx.registries.get(scheme)
    return (reg.event if reg is not None else None) or "dated"
