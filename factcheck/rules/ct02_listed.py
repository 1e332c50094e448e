"""CT02 counter.listed — a count or an nth occurrence disagrees with the dates its sentence lists."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.models import (Claim, CountValue, DateValue, Finding, Granularity, OrdinalValue, RatioValue,
                              Severity)
from factcheck.rules.ar01_margin import texts_and_claims
from factcheck.rules.base import Rule, RuleContext, claim_evidence

_REACH = 60  # characters between a count and the first date of its list (the counted noun)
_REACH_AFTER = 100  # the same for an nth one whose list follows "after"/"following" (the
# noun, what it was against or where, then the occurrences: "his fourth title against a
# seeded player, following wins at ...")
# a listed date may follow what it dates, a name ("at Roland Garros in 2024 and the
# Australian Open in 2025", "Leeds last month")
_NAMED = r"(?:(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){1,4}(?:(?:in|at|on)\s+)?)?"  # (capitals, in any case of the rest)
_JOIN = re.compile(r"(?:\s*,\s*|\s*,?\s*(?:and|or|&)\s+)" + _NAMED, re.I)
_LAST = re.compile(r"\s*,?\s*(?:and|or|&)\s+" + _NAMED + "$", re.I)
# the list goes on past its last "and" with another date or name (not "..., and sparked")
_MORE = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:(?:in|on|at|the)\s+)?(?:[A-Z]|\d)")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from factcheck.data import load_yaml

    table = load_yaml("patterns/en/sentence.yaml")

    def alternation(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(table[key], key=len, reverse=True))

    # the counted noun (no stop), then ',' ':' '(' or a dash, then 'in'/'on'
    opener = re.compile(r"^[^.;!?]*?(?:[,:(\u2014\u2013]|\s-)\s*(?:(?:"
                        + alternation("list_openers") + r")\s+)?$", re.I)
    before = re.compile(r"^[^.;!?]*?(?:[,:(\u2014\u2013]|\s-|\s)\s*(?:" + alternation("list_before")
                        + r")\b[^.;!?]*$", re.I)
    partial = re.compile(r"\b(?:" + alternation("list_partial") + r")\b", re.I)
    multiple = re.compile(r"\b(?:" + alternation("occurrence_multiples") + r")$", re.I)
    return opener, before, partial, multiple


def _one_period(c: Claim) -> bool:
    """Is ``c`` one resolved year, month or day (not a range, not open-ended)?"""
    v = c.value
    if not isinstance(v, DateValue) or c.unresolved or v.start is None or v.end is None:
        return False
    if v.granularity is Granularity.day:
        return v.start == v.end
    if v.granularity is Granularity.month:
        return (v.start.day == 1 and (v.start.year, v.start.month) == (v.end.year, v.end.month)
                and (v.end + dt.timedelta(days=1)).month != v.end.month)
    if v.granularity is Granularity.year:
        return (v.start, v.end) == (dt.date(v.start.year, 1, 1), dt.date(v.start.year, 12, 31))
    return False


_THE_EARLIER = re.compile(r"\b(?:the|his|her|their|its)\s+$", re.I)


def _listed(text: str, claims: list[Claim], i: int) -> list[Claim]:
    """The coordinated dates that start at ``claims[i]``: 'a, b and c' (two or more, the
    last after 'and'/'or', nothing coordinated after it)."""
    items = [claims[i]]
    for c in claims[i + 1:]:
        if not _one_period(c) or not _JOIN.fullmatch(text, items[-1].end, c.start):
            break
        items.append(c)
    if len(items) < 2 or not _LAST.search(text, items[-2].end, items[-1].start):
        return []
    return [] if _MORE.match(text, items[-1].end) else items


def _list_start(text: str, claims: list[Claim], i: int, ordinal: bool) -> tuple[int, bool] | None:
    """Where the dates listing ``claims[i]`` begin, and whether they follow 'after'; a date
    scoping the count may come first ('four times since 1990: in ...', 'twice last year,
    on ...'). None when no list is introduced within reach."""
    opener, before, partial, _ = _words()
    for k in range(i + 1, min(i + 4, len(claims))):
        first, gap = claims[k], text[claims[i].end:claims[k].start]
        after = ordinal and len(gap) <= _REACH_AFTER and before.match(gap) is not None
        if len(gap) > (_REACH_AFTER if after else _REACH) or partial.search(gap):
            return None
        if _one_period(first) and (after or opener.match(gap)):
            return k, after
        if not isinstance(first.value, DateValue) and not (
                ordinal and isinstance(first.value, CountValue)
                and _THE_EARLIER.search(text, max(0, first.start - 8), first.start)):
            return None  # ("his fourth title, adding to the two he won in 2019 and 2021": the
            # earlier ones' count stands before their dates)
    return None


def _occurrences(c: Claim, multiple: re.Pattern[str]) -> int | None:
    """The number of occurrences a count or a multiple ('three times', 'twice') states."""
    if c.qualifier.value != "exact" or c.unresolved:
        return None
    if isinstance(c.value, CountValue):
        return c.value.value
    if isinstance(c.value, RatioValue) and multiple.search(c.text) and float(c.value.value).is_integer():
        return int(c.value.value)
    return None


class ListedCount(Rule):
    """A count or an nth occurrence disagrees with the dates its sentence lists.

    *Bad*: "The union has staged three national strikes, in 2009, 2014, 2018 and 2021" —
    four years are listed. Or "the club's fifth league title, after wins in 2011, 2014
    and 2019": three earlier wins make this the fourth.

    *Why*: a count followed by the dates that enumerate it (after a comma, colon,
    bracket or dash, with "in"/"on"/"during"; an nth one by "after", "following", "adding
    to", "to go with" or "on top of" too, the earlier ones' count may stand first: "adding
    to the two he won with Denver in 2019 and 2021") states the number twice; a listed date
    may follow the name it dates ("after wins at Hampden Park in 2019
    and the Millennium Stadium in 2023"). A count equals
    the number of dates; an nth occurrence whose list follows "after"/"following" is one
    more than the dates, and one listed without them equals or exceeds them by one.
    A list introduced as partial ("including", "such as") is never compared, nor one
    that carries on past its last "and".

    *Fix*: recount the list, or correct the count.
    """

    code = "CT02"
    name = "counter.listed"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        multiple = _words()[3]
        for doc, text, claims in texts_and_claims(ctx):
            for i, c in enumerate(claims):
                is_ordinal = isinstance(c.value, OrdinalValue) and not c.unresolved
                stated = c.value.value if is_ordinal else _occurrences(c, multiple)
                if stated is None or stated < 1 or i + 1 >= len(claims):
                    continue
                start = _list_start(text, claims, i, is_ordinal)
                if start is None:
                    continue
                k, after = start
                items = _listed(text, claims, k)
                if not items:
                    continue
                n = len(items)
                if is_ordinal:
                    fits = stated == n + 1 if after else stated in (n, n + 1)
                    expected = f"{n + 1}" if after else f"{n} or {n + 1}"
                else:
                    fits, expected = stated == n, f"{n}"
                if fits:
                    continue
                dates = ", ".join(d.text for d in items)
                what = "an nth occurrence" if is_ordinal else "a count"
                yield self.finding(
                    self.severity,
                    f"{doc} line {c.line} gives {what} {c.text!r}, but the sentence lists "
                    f"{n} date{'s' if n != 1 else ''} ({dates}): that makes {expected}.",
                    key=f"listed · {doc} line {c.line}", claims=(c, *items),
                    expected=expected, evidence=(claim_evidence(c),),
                )
