"""TA02 temporal.weekday — a date written with its weekday names the wrong day."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from factcheck.models import DateValue, Finding, Severity
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_date

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_INFERRED = re.compile(r"without a year", re.I)
_RECENT = 60  # days: a date this near publication, written without its year, is of its year


def _weekday_named(text: str) -> int | None:
    """The weekday a date's own words name ("Wednesday, 8 August" -> 2), if exactly one."""
    from factcheck.extract.dates.vocabulary import vocabulary

    v = vocabulary()
    names = {**v.weekday_abbreviations, **v.weekdays}
    found = {names[w] for w in re.findall(r"[a-z]+", text.lower()) if w in names}
    return found.pop() if len(found) == 1 else None


class WeekdayMismatch(Rule):
    """A date written with its weekday ("Wednesday, 8 August") names a day that fell on another weekday.

    *Bad*: "The blaze tore through the seaside town on Wednesday, 8 August" in an article
    of August 2023: 8 August 2023 was a Tuesday.

    *Why*: the weekday and the day of the month are two statements of one date; when they
    disagree one of them is wrong, whatever the rest of the story says. Only a date that
    names both in one phrase is checked. When the year is not written and was inferred
    from the publication date, a date more than two months from publication is reported
    only if the weekday fits neither that year nor the one before or after it (the
    writer may mean another year); a nearer one is of the article's year.

    *Fix*: check the date against the event (another source, the article's other
    mentions) and correct the weekday or the day of the month.
    """

    code = "TA02"
    name = "temporal.weekday"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc_id in sorted(ctx.claims):
            for c in ctx.claims[doc_id]:
                v = c.value
                if not isinstance(v, DateValue) or c.unresolved or v.start is None \
                        or v.start != v.end or not re.search(r"\d", c.text):
                    continue
                named = _weekday_named(c.text)
                day = v.start
                if named is None or day.weekday() == named:
                    continue
                inferred = any(_INFERRED.search(a) for a in c.assumptions)
                doc = ctx.documents.get(doc_id)
                recent = doc is not None and doc.published is not None and \
                    abs((doc.published - day).days) <= _RECENT
                if inferred and not recent and any(_fits(day, day.year + k, named) for k in (-1, 1)):
                    continue
                said, real = _DAYS[named], _DAYS[day.weekday()]
                near = [day + dt.timedelta(days=k) for k in range(-3, 4)
                        if (day + dt.timedelta(days=k)).weekday() == named]
                other = near[0] if near else None
                year = "" if not inferred else (
                    f" (the year is not written; {day.year} is read from the publication date,"
                    + (" and the day is within weeks of it)" if recent else
                       " and the weekday fits neither the year before nor the one after)"))
                yield self.finding(
                    self.severity,
                    f"{c.text!r} names a {said}, but {fmt_date(day)} was a {real}{year}: "
                    "either the weekday or the date is wrong.",
                    claims=(c,), expected=f"{real}, {fmt_date(day)}",
                    suggestion=f"{real}, {fmt_date(day)}"
                    + (f" (or {said}, {fmt_date(other)})" if other else ""),
                    evidence=(claim_evidence(c, f"{c.doc} says {c.text!r}"),),
                )


def _fits(day: dt.date, year: int, weekday: int) -> bool:
    try:
        return day.replace(year=year).weekday() == weekday
    except ValueError:  # 29 February
        return False
