"""AR03 arithmetic.remainder — "the remaining N" is not the total less the parts named before it."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import Claim, CountValue, Finding, Severity
from factcheck.rules.ar01_margin import same_sentence, texts_and_claims
from factcheck.rules.ar05_share import PART_OF
from factcheck.rules.base import Rule, RuleContext, claim_evidence

_REST = re.compile(r"\b(?:the\s+)?(?:remaining|other|rest\s+of\s+the|last)\s+$", re.I)
_OF_THESE = re.compile(r"(?:^|[.!?]\s+)Of\s+(?:these|them|those|whom)\b[^.!?]*$")
_OF_TOTAL = re.compile(r"\b[Oo]f\s+(?:the|its|their)\s+$")


def _exact_count(c: Claim) -> int | None:
    if isinstance(c.value, CountValue) and c.qualifier.value == "exact" and not c.unresolved:
        return c.value.value
    return None


_NOUN_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")
_VERB_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:the|all|its|their|another)\s+)?$")
_BACK = 600  # characters back from the remainder's sentence to a total in an earlier one


def _done_to_the_same(text: str, before: list[Claim], parts: list[Claim], rest: Claim) -> Claim | None:
    """The total a sentence's parts and remainder split when the sentence does not open
    on it: the nearest count of an earlier sentence, not far back, that counts the first
    part's noun after a verb the remainder's sentence uses too ("decided to close 47
    stores. ... 19 stores will shut by June, with the remaining 26 to close next year");
    not a count of what there is ("the chain has 300 stores")."""
    from factcheck.extract.text import TextIndex
    from factcheck.link_text import lemma

    noun = _NOUN_AFTER.match(text, parts[0].end)
    if noun is None:
        return None
    opening = TextIndex(text).sentence_span(parts[0].start)[0]
    verbs = {lemma(w) for w in re.findall(r"[A-Za-z]+", text[opening:rest.end + 40])}
    for c in reversed(before):
        if opening - c.end > _BACK:
            break
        if c.end > opening:
            continue
        after = _NOUN_AFTER.match(text, c.end)
        verb = _VERB_BEFORE.search(text, max(0, c.start - 30), c.start)
        if after and lemma(after.group(1)) == lemma(noun.group(1)) and verb \
                and lemma(verb.group(1)) in verbs:
            return c
    return None


class RemainderMismatch(Rule):
    """"The remaining N" is not the total less the parts named before it.

    *Bad*: "The train was carrying 386 people. Of these, nine were killed, 64 were injured
    and the remaining 331 escaped unhurt" — 386 − 9 − 64 is 313.

    *Why*: a total split into parts with "the remaining", "the other" or "the rest of the"
    for the last part states the last part twice. The total is the count the sentence
    opens with ("Of the 386 people on board, ...") or, after "Of these" / "Of them", the
    previous sentence's last count, or else the nearest count of an earlier sentence
    (600 characters back at most) of the first part's noun after a verb the remainder's
    sentence uses too ("the district will close 12 schools. ... Five schools will close
    this summer and the remaining eight next year"; not "the chain has 300 stores"), or a
    count a part is "of" ("won 14 of the 22 regions, with her rival taking the remaining
    nine"); the
    parts are the exact counts between it and the remainder. Only exact counts are added;
    a part given as "about" or "more than" leaves the sum open and nothing is reported.

    *Fix*: recompute the remainder, or check the total and the parts.
    """

    code = "AR03"
    name = "arithmetic.remainder"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, claims in texts_and_claims(ctx):
            for i, r in enumerate(claims):
                rest = _exact_count(r)
                if rest is None or not _REST.search(text, max(0, r.start - 24), r.start):
                    continue
                earlier = [c for c in claims[:i] if same_sentence(text, c, r)]
                total: Claim | None = None
                parts: list[Claim] = []
                of_total = next((b for a, b in zip(earlier, earlier[1:])
                                 if PART_OF.fullmatch(text, a.end, b.start)), None)
                if earlier and _OF_TOTAL.search(text, max(0, earlier[0].start - 12), earlier[0].start):
                    total, parts = earlier[0], earlier[1:]
                elif of_total is not None:  # "carried 14 of the 22 regions, with B winning the remaining nine"
                    total, parts = of_total, [c for c in earlier if c is not of_total]
                elif _OF_THESE.search(text, max(0, (earlier[0].start if earlier else r.start) - 200),
                                      earlier[0].start if earlier else r.start):
                    before = [c for c in claims[:i] if c not in earlier and _exact_count(c) is not None]
                    total, parts = (before[-1] if before else None), earlier
                elif earlier:  # "close 47 stores. ... 19 stores will shut by June, with the remaining 26 to close"
                    parts = [c for c in earlier if isinstance(c.value, CountValue)]
                    total = _done_to_the_same(text, claims[:i], parts, r) if parts else None
                if total is None or _exact_count(total) is None or not parts:
                    continue
                values = [_exact_count(p) for p in parts]
                if any(v is None for v in values):
                    continue
                expected = _exact_count(total) - sum(values)  # type: ignore[operator, arg-type]
                if expected == rest or expected < 0:
                    continue
                said = " − ".join([total.text, *(p.text for p in parts)])
                yield self.finding(
                    self.severity,
                    f"{doc} line {r.line} gives the remainder as {r.text!r}, but {said} is "
                    f"{expected}.",
                    key=f"remainder · {doc} line {r.line}", claims=(r, total, *parts),
                    expected=str(expected), suggestion=f"the remaining {expected}",
                    evidence=(claim_evidence(r),),
                )
