"""Dates and durations: ``find_dates(text, ctx) -> list[Candidate]``.

Absolute dates ("Aug. 5, 2017", "2017-09-11", "mid-September", "the 1990s", fiscal
"2012-13") resolve on their own; relative ones ("Sunday", "last month", "two weeks ago")
against ``ctx.published`` with the rules of ``factcheck.normalize.timeref``. Without a
publication date they are emitted with ``unresolved="no publication date"``; a month or
day without a year then gets ``unresolved="no year"``.

Every date is a ``DateValue`` (inclusive start/end and granularity) with an interval of
days; every duration a ``DurationValue`` in days (month = 30.4375 days, year = 365.25)
with an interval from its stated precision and qualifier:

- exact "three years": ± half a unit, [2.5 y, 3.5 y]; "24 hours" = 1 day ± half an hour;
- about/around/roughly: the wider of ± half a unit and ± 10 %;
- nearly/almost/just under: [0.9 v, v]; more than/over: (v, ∞); less than/under: [0, v);
  at least: [v, ∞); up to/at most/within: [0, v];
- "over N units" after an amount or a change ("fell 5% over 18 months") means "during":
  exact; elsewhere "more than". "seven days a week" is a rate, not a duration.

Special readings (DESIGN §2): "since 2006" dates 2006, the start the text states (DESIGN §2
read it as the open range [2006-01-01, publication date]; the annotated gold of real
reporting dates the start, so the claim does too, and an assumption records that the
period runs to publication, which a value's time scope still uses); fiscal "2012-13" is one date claim 2012-01-01..2013-12-31
(not a number range, the fiscal-year start is unknown); a year range "2014-2018" is
2014-01-01..2018-12-31; "fiscal 2017" / "FY17" is any 12 months ending or beginning in
2017 (1 Feb 2016 .. 31 Mar 2018), unless the text states one year end ("the 52 weeks to 28
February", "the year to 31 March"): then it is the 12 months ending in that month of 2017,
and a results story's bare "fourth quarter" is a quarter of that fiscal calendar. In an
article filed from or about a country with one fiscal year (dates.yaml ``fiscal_years``:
India, the United Kingdom, Australia, Japan...), "FY25", "2025-26", "Q3 FY26" and bare
results quarters follow that country's year instead (absolute.fiscal_calendar). "N months/years ago" keeps the precision of its unit
("two years ago" is two years back, half a year either way; days and weeks stay exact) and
its qualifier ("more than a decade ago" has no earliest date). "now" in a range is the
publication date ("between January and now").

Anaphoric dates ("the previous day", "two days later", "the following year", "that week",
"the day before") count from the nearest resolved date earlier in the same sentence
(anaphora.py); without one they are unresolved ("anaphoric: ..."), never counted from
publication. Vague spans ("in recent weeks") are unresolved ("vague: ..."). A numbered
quarter without a year is a calendar quarter when the sentence speaks of the economy,
unresolved when it speaks of a company's results (fiscal quarters), and not read otherwise
("scored in the third quarter").

A date in apposition names an anaphoric one outright: "Seven years later, in 2016," and
"In 2016, seven years later," are 2016. A period with its end date ("the second quarter
ended July 28", "the quarter ending in January", "the fiscal year ended June 30", "the
three months to September") is that many months ending then, whatever calendar the
company keeps. A month and day without a year that is a deadline ("before a November 17
deadline", "ahead of the March 1 deadline", "due on ...") is the nearer of its past and
coming dates; a future cue after a past auxiliary ("was scheduled for") is not one. A
month after "by"/"until" with a goal, plan or lasting state before it ("aims to ... by
December", "remains closed until September"; data: target_cues) is the coming one. "N-year"
before an instrument ("the 10-year Treasury note", "a 30-year mortgage rate"; data:
instrument_nouns) names the instrument, not a duration.
"the second Sunday of October / of the month / of next month" is read, and a bare "on the
second Sunday" in the month named earlier in the sentence, else by tense around the
publication month ("for a second Sunday" counts occurrences). Business days skip weekends
("in four business days"; holidays are not known).

A bare four-digit number is a year only with a cue (in, since, by, of, early, mid...), a
month, or a following noun such as "election" ("a 2001 agreement"); a numeric date whose
day and month orders are both valid ("11/09/2017") is emitted unresolved ("ambiguous
day/month order") unless the document's other numeric dates settle the order ("5/17/2018"
elsewhere: month first).

Times of day ("at 5:40 a.m.", "21.38 on the night of 2 July", "9:30 p.m. ET", "noon New York
time") are date claims with ``time``, ``utc_offset`` and ``zone`` (clock.py,
data/zones.yaml): joined to the day written beside them, else dated by their sentence, their
paragraph, the article's lead or the publication date; "local time" or no zone is the zone of
the place the article is about. Day parts: "last night" is the evening before publication,
"overnight" the night into it, "Tuesday night" / "early Friday" / "July 23 afternoon" the day
named; "earlier in the day", "hours later" count from the sentence's date.

A bare weekday or month points forward when its clause does (data: future_cues, past_verbs,
present_verbs, start_cues): a future verb after it with no past verb before it ("On Monday,
parliament will vote"), a start date in a present-tense clause ("From April 1, imports are
capped": the nearer one); a month range that holds the publication date is the current one
unless its clause is past. Lists: "in 1998, 2004 and 2011" are three years, "on 3 and 5 May"
two days, "June and July 2019" share the year. A full date with a Thai Buddhist Era year
("2 July 2561") in a text naming Thailand is read 543 years back.

Matching is linear: a handful of precompiled patterns run with ``finditer`` over the
whole text, with no nested quantifiers.
"""
from __future__ import annotations

from factcheck.extract.dates.scanner import find_dates

__all__ = ["find_dates"]
