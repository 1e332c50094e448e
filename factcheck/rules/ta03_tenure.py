"""TA03 temporal.tenure — "N years at the helm" against the day the story says the tenure began."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.models import Claim, DateValue, DurationValue, Finding, Interval, Severity
from factcheck.normalize.intervals import conflict
from factcheck.rules.base import PERIOD_EDGE_DAYS, Rule, RuleContext, claim_evidence, fmt_date
from factcheck.rules.ta01_elapsed_time import _days

_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
# a superlative measured from a date: "its worst result since 1935" starts no tenure
_YARDSTICK = re.compile(r"\b(?:[a-z]{2,}est|worst|best|most|least|first|only)\b[^.;!?]{0,40}\bsince\s+[^.;!?]{0,25}$", re.I)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(words after a duration that make it a tenure, words before a date that start one,
    words after a duration that make it an institution's age, words right before a date
    that found it)."""
    from factcheck.data import load_yaml

    data = load_yaml("patterns/en/sentence.yaml")

    def alt(words: Iterable[object]) -> str:
        return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in words)

    tenure = re.compile(rf"^\s*(?:as\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:{alt(data['tenure_words'])})\b"
                        rf"|^\s*as\s+(?:{alt(data['tenure_roles'])})\b", re.I)
    began = re.compile(rf"\b(?:since|{alt(data['tenure_starts'])})\b[^.;!?]{{0,40}}$", re.I)
    age = re.compile(rf"[\s-]*(?:{alt(data['age_words'])})\b", re.I)
    founded = re.compile(rf"\b(?:{alt(data['founding_starts'])})\s+(?:in|on)\s+$", re.I)
    return tenure, began, age, founded


def _people(c: Claim, names: frozenset[str], skip: frozenset[str]) -> set[str]:
    """The names in a claim's sentence, as its document writes names (``frames._names``:
    capitalised inside a sentence somewhere in it), months and weekdays left out."""
    return {w.lower() for w in _CAPITALISED.findall(c.sentence or "")} & names - skip


class TenureMismatch(Rule):
    """"N years at the helm" disagrees with the day the story says the tenure began.

    *Bad*: "In her five years at the helm, Oberholzer has sold two divisions" in an article
    of October 2026, when another says she "took over as chief executive in March 2019"
    (seven and a half years).

    *Why*: a tenure stated as a duration ("five years at the helm", "three years in
    office", "a decade as coach") and its start stated as a date ("since March 2019",
    "took over in March 2019", "was appointed in 2019") in the same story give the same
    span twice, up to the article's publication. Only a start date whose sentence names
    the same person as the duration's is read, and only when every such start disagrees
    (a whole number of years is counted, so "five years" is 4.5 to 5.5). An institution's
    age ("the museum's 119-year history") is read the same way against the one founding
    date its article gives ("was founded in 1896").

    *Fix*: recount the years from the start date, or check the date.
    """

    code = "TA03"
    name = "temporal.tenure"
    severity = Severity.warning

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        from factcheck.extract.dates.vocabulary import vocabulary

        from factcheck.frames import _names

        v = vocabulary()
        skip = frozenset(w.lower() for w in (*v.months, *v.weekdays))
        names: dict[str, frozenset[str]] = {}  # read only for the documents a tenure needs

        def names_of(doc: str) -> frozenset[str]:
            if doc not in names:
                names[doc] = _names(ctx.documents[doc].text)
            return names[doc]

        yield from self._ages(ctx)
        tenure, began, _, _ = _cues()
        starts = [c for doc in sorted(ctx.claims) for c in ctx.claims[doc]
                  if isinstance(c.value, DateValue) and c.value.start is not None
                  and not c.unresolved and ctx.documents.get(doc) is not None
                  and began.search(ctx.documents[doc].text, max(0, c.start - 60), c.start + 6)
                  and not _YARDSTICK.search(ctx.documents[doc].text, max(0, c.start - 60), c.start + 6)]
        if not starts:
            return
        for doc in sorted(ctx.claims):
            document = ctx.documents.get(doc)
            if document is None or document.published is None:
                continue
            for d in ctx.claims[doc]:
                if not isinstance(d.value, DurationValue) or not tenure.search(
                        document.text[d.end:d.end + 40]):
                    continue
                stated = _days(d)
                people = _people(d, names_of(doc), skip)
                found = [s for s in starts if ctx.same_story(s.doc, doc)
                         and people & _people(s, names_of(s.doc), skip)]
                if stated is None or not found:
                    continue
                gaps = [self._gap(s, document.published) for s in found]
                if not all(conflict(g, stated) for g in gaps):
                    continue
                s = found[0]
                lo, hi = gaps[0].low / 365.25, gaps[0].high / 365.25  # type: ignore[operator]
                yield self.finding(
                    self.severity,
                    f"{doc} line {d.line} gives the tenure as {d.text!r}, but {s.doc} line "
                    f"{s.line} dates its start {s.text!r}: up to {fmt_date(document.published)} "
                    f"that is {lo:.1f} to {hi:.1f} years.",
                    key=f"tenure · {doc} line {d.line}", claims=(d, *found),
                    expected=f"{lo:.1f} to {hi:.1f} years",
                    evidence=tuple(claim_evidence(c) for c in (d, *found)),
                )

    def _ages(self, ctx: RuleContext) -> Iterable[Finding]:
        """"the museum's 119-year history" against the one founding date its article gives
        ("was founded in 1896"), up to publication."""
        _, _, age, founded = _cues()
        for doc in sorted(ctx.claims):
            document = ctx.documents.get(doc)
            if document is None or document.published is None:
                continue
            text = document.text
            claims = ctx.claims[doc]
            ages = [d for d in claims if isinstance(d.value, DurationValue)
                    and age.match(text, d.end, d.end + 20)]
            if not ages:
                continue
            starts = {(c.value.start, c.value.end): c for c in claims  # type: ignore[union-attr]
                      if isinstance(c.value, DateValue) and c.value.start is not None
                      and not c.unresolved and founded.search(text, max(0, c.start - 30), c.start)}
            if len(starts) != 1:
                continue  # no founding date, or several (of several things)
            s = next(iter(starts.values()))
            gap = self._gap(s, document.published)
            for d in ages:
                stated = _days(d)
                if stated is None or not conflict(gap, stated):
                    continue
                lo, hi = gap.low / 365.25, gap.high / 365.25  # type: ignore[operator]
                yield self.finding(
                    self.severity,
                    f"{doc} line {d.line} gives an age of {d.text!r}, but line {s.line} dates the "
                    f"founding {s.text!r}: up to {fmt_date(document.published)} that is "
                    f"{lo:.1f} to {hi:.1f} years.",
                    key=f"age · {doc} line {d.line}", claims=(d, s),
                    expected=f"{lo:.1f} to {hi:.1f} years",
                    evidence=(claim_evidence(d), claim_evidence(s)),
                )

    @staticmethod
    def _gap(c: Claim, published: dt.date) -> Interval:
        """Days from a start ("in March 2019", "since March 2019": any day of that month;
        a "since" range ends at its article's date, not at the tenure's start) to
        publication."""
        v = c.value
        assert isinstance(v, DateValue) and v.start is not None
        since = c.text.lower().startswith("since") or v.end is None or v.end >= published
        last = v.start + dt.timedelta(days=PERIOD_EDGE_DAYS.get(v.granularity.value, 0)) if since else v.end
        return Interval(low=float((published - last).days), high=float((published - v.start).days + 1),  # type: ignore[operator]
                        unit="day")
