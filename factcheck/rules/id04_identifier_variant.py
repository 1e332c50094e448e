"""ID04 identifier.variant — sources of one story cite one identifier with two of its digits swapped."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from factcheck.align import slipped
from factcheck.data import load_yaml
from factcheck.models import Claim, Finding, IdentifierValue, Severity
from factcheck.rules.base import Rule, RuleContext, claim_evidence

CONSENSUS = 2  # independent sources that must cite the other form before this one is an error
_NEWS_DAYS = 31  # a registry date at most this long before an article is that article's news
_OLD_DAYS = 366  # one at least this long before it is history
# a code of capitals and digits names its thing whatever word introduces it ("case
# KB-2023-0035", "claim KB-2023-0035", "case DS593", "dispute DS593"): codes are compared
# across schemes
_CODE = re.compile(r"(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){3})[A-Z]{2}[A-Z0-9-]{3,}")


@lru_cache(maxsize=1)
def _single_subject() -> frozenset[str]:
    """identifiers.yaml single_subject_schemes."""
    return frozenset(map(str, load_yaml("identifiers.yaml").get("single_subject_schemes") or ()))


class IdentifierVariant(Rule):
    """Sources of one story cite one identifier with two of its digits swapped.

    *Bad*: the agency's release calls the launch "flight C5-127" and a magazine's report
    of the same launch "flight C5-172"; two wires give "resolution 81/172" and a third
    "resolution 81/127".

    *Why*: within one story (``check.story_groups``), two citations of one numbering
    scheme whose numbers differ by two adjacent digits swapped (or by one digit, in
    numbers of four digits or more; in shorter numbers of a scheme that names the one
    flight, bill or case a story is about, when the documents citing one of the two cite
    no other number of it: "Bill 212" in two outlets, "Bill 213" alone in a third) are one
    identifier with a typing slip, unless one
    document cites both (then they are two things it tells apart) or a reference registry
    knows both (two real resolutions, such as 2371 and 2375, both news in their
    articles). The form fewer independent
    sources give is flagged; it is an error when at least two independent sources give
    the other form and none besides it gives this one, otherwise a warning naming both.
    A registry that knows one form and not the other decides which is the slip. One
    that knows both decides by their dates when one form was adopted in the month before
    the articles citing it and the other a year or more before the articles citing it,
    none of which gives its year ("resolution 2475" in a report of this week's vote on
    2745): the older form is the slip. A registry that dates both forms after every
    article citing them speaks for neither (the articles meant a text it does not hold),
    and the sources decide.

    *Fix*: check the number against the issuing body's record and correct the slip.
    """

    code = "ID04"
    name = "identifier.variant"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        cited: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for doc in sorted(ctx.claims):
            story = ctx.stories.get(doc, doc) if ctx.stories is not None else ""
            for c in ctx.claims[doc]:
                if isinstance(c.value, IdentifierValue):
                    scheme = "code" if _CODE.fullmatch(c.value.id) else c.value.scheme
                    cited[(story, scheme)][c.value.id].append(c)
        for (_, scheme), by_id in sorted(cited.items()):
            ids = sorted(by_id)
            per_doc: dict[str, set[str]] = defaultdict(set)
            for ident, claims in by_id.items():
                for c in claims:
                    per_doc[c.doc].add(ident)
            single = scheme in _single_subject()
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    if not (slipped(a, b) or single and slipped(a, b, digits_min=1) and any(
                            all(per_doc[c.doc] == {x} for c in by_id[x]) for x in (a, b))):
                        continue
                    docs_a = {c.doc for c in by_id[a]}
                    docs_b = {c.doc for c in by_id[b]}
                    if docs_a & docs_b:
                        continue
                    dated = None
                    if self._both_known(ctx, scheme, a, b) and not (
                            self._before_row(ctx, scheme, a, by_id[a]) and self._before_row(ctx, scheme, b, by_id[b])):
                        dated = self._dated_slip(ctx, scheme, (a, by_id[a]), (b, by_id[b]))
                        if dated is None:
                            continue
                    yield self._finding(ctx, scheme, (a, by_id[a]), (b, by_id[b]), dated)

    @staticmethod
    def _known(ctx: RuleContext, scheme: str, ident: str) -> bool | None:
        """Does the scheme's reference registry know ``ident``? None without a registry."""
        if ctx.registries.get(scheme) is None:
            return None
        return ctx.registries.row(scheme, ident) is not None

    def _both_known(self, ctx: RuleContext, scheme: str, a: str, b: str) -> bool:
        return bool(self._known(ctx, scheme, a)) and bool(self._known(ctx, scheme, b))

    @staticmethod
    def _news(ctx: RuleContext, scheme: str, ident: str, claims: list[Claim]) -> tuple[bool, bool]:
        """(is the registry's date of ``ident`` news for every article citing it, is it
        history for every one, no citation giving its year)?"""
        row = ctx.registries.row(scheme, ident)
        ages = [(doc.published - row.adopted).days for c in claims
                if row is not None and (doc := ctx.documents.get(c.doc)) is not None
                and doc.published is not None]
        if not ages or len(ages) < len(claims):
            return False, False
        return all(0 <= d <= _NEWS_DAYS for d in ages), \
            all(d >= _OLD_DAYS for d in ages) and all(c.value.year is None for c in claims)  # type: ignore[union-attr]

    @staticmethod
    def _before_row(ctx: RuleContext, scheme: str, ident: str, claims: list[Claim]) -> bool:
        """Was every article citing ``ident`` published before the registry's date of it?
        Then the registry's row is another text that later took the number, and it says
        nothing of which form these articles meant."""
        row = ctx.registries.row(scheme, ident)
        days = [doc.published for c in claims if (doc := ctx.documents.get(c.doc)) is not None
                and doc.published is not None]
        return row is not None and len(days) == len(claims) and all(d < row.adopted for d in days)

    def _dated_slip(self, ctx: RuleContext, scheme: str, first: tuple[str, list[Claim]],
                    second: tuple[str, list[Claim]]) -> str | None:
        """Of two forms a registry both knows, the slip: the one whose registry date is
        years before the articles citing it (and none gives its year), when the other's
        is the news of the articles citing it ("resolution 2475" in a report of this
        week's vote, which other outlets call 2745, adopted that week; 2475 is a
        resolution of five years before)."""
        (a, ca), (b, cb) = first, second
        news_a, old_a = self._news(ctx, scheme, a, ca)
        news_b, old_b = self._news(ctx, scheme, b, cb)
        return b if news_a and old_b else a if news_b and old_a else None

    def _finding(self, ctx: RuleContext, scheme: str, first: tuple[str, list[Claim]],
                 second: tuple[str, list[Claim]], dated: str | None = None) -> Finding:
        groups = {ident: {ctx.group(c.doc) for c in claims} for ident, claims in (first, second)}
        known = {ident: self._known(ctx, scheme, ident) for ident, _ in (first, second)}
        if dated is not None:  # both known; the registry's dates decide
            known = {ident: ident != dated for ident in known}
        # the slip: the form a registry does not know, else the one fewer sources give
        flagged, other = sorted((first, second), key=lambda t: (
            known[t[0]] is not False, len(groups[t[0]]), t[0]))
        decided = known[flagged[0]] is False and known[other[0]] is True
        majority = len(groups[other[0]]) >= CONSENSUS and len(groups[flagged[0]]) == 1
        severity = Severity.error if decided or majority else Severity.warning
        c = flagged[1][0]
        said = "; ".join(f"{o.doc} line {o.line}: {o.text!r}" for o in other[1])
        if severity == Severity.error:
            rows = {i: ctx.registries.row(scheme, i) for i in (flagged[0], other[0])} if dated else {}
            why = (f"the registry dates {flagged[0]} to {rows[flagged[0]].adopted}, long before these "
                   f"articles, and {other[0]} to {rows[other[0]].adopted}" if dated else  # type: ignore[union-attr]
                   "the registry knows only the other" if decided else
                   f"{len(groups[other[0]])} independent sources give the other")
            lead = (f"{c.doc} line {c.line} cites {c.text!r}, where the other sources of this "
                    f"story cite {other[0]} ({said}): two characters swapped or one digit mistyped; "
                    f"{why}.")
        else:
            lead = (f"Two sources cite one {scheme} identifier in two forms: {c.doc} line "
                    f"{c.line} {c.text!r}, {said}. The numbers differ by a typing slip; no "
                    f"document cites both, so they are likely one identifier, and one of "
                    f"them is wrong.")
        return self.finding(
            severity, lead, key=f"{scheme.lower()} · {min(first[0], second[0])}",
            claims=(*flagged[1], *other[1]), expected=f"{scheme} {other[0]}",
            suggestion=f"{other[0]}, as {len(groups[other[0]])} independent source(s) cite it"
            if severity == Severity.error else None,
            evidence=tuple(claim_evidence(x) for x in (*flagged[1], *other[1])),
        )
