"""TA01 temporal.elapsed — a stated duration between two dated events is impossible."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from factcheck.extract.dates.anaphora import NAMED_BESIDE as _NAMED_BESIDE
from factcheck.models import MENTION
from factcheck.models import Claim, DateValue, DurationValue, Finding, Interval, Severity
from factcheck.normalize.intervals import conflict, convert
from factcheck.rules.base import (Rule, RuleContext, claim_evidence, claim_interval, fmt_date, range_days,
                                  sentence_words)

_AFTER = re.compile(r"^\s*(?P<word>after|before|since)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:—–]|\s--\s")
_DATE_GAP = re.compile(r"[.;!?]|\b(?:and|but|while)\b")  # nothing but an apposition between
_RANGE_WORDS = re.compile(r"(?:between|from)\b", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
# a duration, then the range that bounds it, maybe after what the span was of ("17 days
# of talks between 11 May and 24 May")
_APPOSED_RANGE = re.compile(r"\s*[,(—–-]?\s*|\s+of\s+(?:[a-z][\w'’-]*\s+){1,3}")
# a compound span's noun right before its range: "an eight-day observing campaign from"
_COMPOUND_NOUN = re.compile(r"(?:\s+(?!and\b|or\b|but\b)[a-z][\w'’-]*){1,3}\s+")
_STARTS = re.compile(r"(?:since|from)\b", re.I)  # a date claim that starts a span ("since Tuesday")
_STARTS_BEFORE = re.compile(r"\b(?:since|from)\s+$", re.I)
_FROM_TO = re.compile(r",?\s+(?:to|until|till|through)\s+", re.I)
_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+$", re.I)  # "after nine days of burning"
# a date that starts what a later "after N days" counts ("which started on 1 August")
_STARTED = re.compile(r"\b(?:started|began|begun|broke\s+out|erupted|opened|began\s+on)\b[^.;!?]{0,25}$",
                      re.I)


# an anaphoric span whose date a date beside it names ("18 days later, on 9 April")
_LATER = re.compile(r"(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:later|after|afterwards)",
                    re.I)
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_ENDS_AFTER = re.compile(r"\s*,?\s*(?:ending|which\s+ended|bringing\s+an\s+end\s+to)\b", re.I)
_IN_AFTER = re.compile(r"\b(?:after|before)\b[^,;:()—–]*$", re.I)  # a moment inside an "after" clause
_AND_THEN = re.compile(r"\s*,?\s+and\s+(?:was\s+|were\s+|is\s+|has\s+been\s+)?(?:[a-z]+\s+){1,2}(?:on\s+|in\s+)?")


@lru_cache(maxsize=1)
def _span_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the words that start a span right before a moment: "began at ", "since igniting on
    ", "between "; the words that end one: "is due to end at ", "wrapped up ", "until ";
    the joints that end one only after a start word: "to" after "from", "and" after
    "between")."""
    tail = r"(?:\s+(?!and\b|but\b|or\b)[\w'’-]+){0,2}?\s+$"
    return (re.compile(rf"\b(?P<cue>since|from|between|{sentence_words('span_starts')}){tail}", re.I),
            re.compile(rf"\b(?:until|till|through|{sentence_words('span_ends')}){tail}", re.I),
            re.compile(rf"\b(?P<joint>to|and){tail}", re.I))


@lru_cache(maxsize=1)
def _span_verbs() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a start verb right before a date: "declared on ", an end verb right before one:
    "lifted on ", "and" and a verb of length between dates and their span: " and lasted ",
    a compound span's noun and a relative clause of length before its range: "-week
    survey, which ran ")."""
    from factcheck.data import load_yaml

    data = load_yaml("patterns/en/sentence.yaml")

    def before_date(words: Iterable[object]) -> re.Pattern[str]:
        alt = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in words)
        return re.compile(rf"\b(?:{alt})\s+(?:on\s+|in\s+)?(?:the\s+)?$", re.I)

    lengths = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in data["span_lengths"])
    relative = f"{lengths}|{sentence_words('span_relative_lengths')}"
    return before_date(data["span_starts"]), before_date(data["span_ends"]), \
        re.compile(rf"\s*,?\s*and\s+(?:{lengths})\s+(?:for\s+)?(?:a\s+|an\s+|about\s+|some\s+)?", re.I), \
        re.compile(rf"(?:\s+[a-z][\w'’-]*){{1,3}}\s*,?\s*(?:which|that)\s+(?:will\s+|would\s+)?(?:{relative})\s+",
                   re.I)  # ("a 45-day window that runs ", "a ten-day trial, which will run ")


# a place set off by commas inside a clause ("a landslip at Hallbeck, Cumbria, derailed")
_APPOSED_PLACE = re.compile(r",\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,)")


def _clause_end(text: str, start: int) -> int:
    """Where the clause that opens at ``start`` ends: its first comma, colon, semicolon or
    dash, past a place set off by commas."""
    at = start
    while True:
        cut = _CLAUSE_END.search(text, at)
        if cut is None:
            return len(text)
        place = _APPOSED_PLACE.match(text, cut.start())
        if place is None:
            return cut.start()
        at = place.end() + 1


def elapsed(a: DateValue, b: DateValue) -> Interval:
    """Days from event A to event B, each known to the day (or a coarser interval).

    Times of day are unknown, so 11 Sep -> 15 Sep is the open interval (3, 5): rounding
    to whole days never makes a duration wrong.
    """
    assert a.start and a.end and b.start and b.end
    return Interval(low=(b.start - a.end).days - 1, high=(b.end - a.start).days + 1,
                    low_closed=False, high_closed=False, unit="day")


def _days_of_sentence(claims: Sequence[Claim], d: Claim) -> list[Claim]:
    """The resolved one-day dates of ``d``'s sentence."""
    return [o for o in claims if o.sentence == d.sentence and isinstance(o.value, DateValue)
            and o.value.start and o.value.start == o.value.end and not o.unresolved]


def _wrong_gap(a: Claim, b: Claim, stated: Interval) -> Interval | None:
    """The days from ``a`` to the later ``b`` when they disagree with ``stated``, else None."""
    av, bv = a.value, b.value
    assert isinstance(av, DateValue) and isinstance(bv, DateValue)
    if av.start is None or bv.start is None or av.start > bv.start:
        return None
    gap = elapsed(av, bv)
    return gap if conflict(gap, stated) else None


def _days(c: Claim) -> Interval | None:
    iv = claim_interval(c)
    if iv is None:
        return None
    if iv.unit == "second":  # pint canonical
        return convert(iv, 1 / 86400, unit="day")
    return iv if iv.unit == "day" else None


class ElapsedTime(Rule):
    """"N days after X, Y happened" disagrees with the dates of X and Y.

    *Bad*: "Less than four days after the Security Council passed a resolution, the
    country fired a missile on Friday", when the resolution was passed 2 September and
    Friday is 15 September.

    *Why*: the elapsed time between two day-dated events is an interval ("11 Sep ->
    15 Sep" is between 3 and 5 days, as times of day are unknown), and the stated
    duration is one too ("less than four days" is [0, 4)); only disjoint intervals are
    wrong. Event B is the dated claim outside the "after ..." clause; event A is a date
    inside it, or else every event of the article whose attribute the clause cues (a
    resolution "passed") — and then the finding is raised only if every reading is
    wrong, at most as info; when no attribute is cued, the event class the clause names
    ("nine days after the eruption") is read where the article dates that class to one
    day only ("the volcano erupted on Monday 2 March"), a direct reading. More forms: "the
    nine weeks since <date>" with no later date in its sentence runs to the article's
    publication; "By 6 August, after nine days of burning" runs from the one start the article dates elsewhere ("which started
    on 1 August") or the sentence gives ("stuck since Monday, ... brought out on Thursday
    after a week"); "took off at 10.05 and landed at 12.20, three hours after it left" is
    measured between the two times of day; "31 straight days above 110 degrees, a run
    that started on June 24" runs from that start to publication; "declared on 22 May and
    lifted on 5 June, ran for nine days" is measured between the two dates its verbs
    start and end; "confirmed on 28 March and declared 18 days later, on 9 April" between
    the date before it and the date that names it; "talks that began in March 2023 and
    ran for more than four years" cannot end after the article's publication; "the
    12-day tournament, which opened on Friday 3 July and is due to end on Sunday 26 July"
    is measured between the moments its sentence says it began and ended, wherever they
    stand (between their times of day when both are on one clock; a span of days may
    count both ends), leaving out a moment inside an "after" clause.

    *Fix*: correct the duration or one of the dates.
    """

    code = "TA01"
    name = "temporal.elapsed"
    severity = Severity.warning

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc_id in sorted(ctx.claims):
            doc = ctx.documents.get(doc_id)
            if doc is None:
                continue
            claims = ctx.claims[doc_id]
            for d in claims:
                named = self._named_later(claims, d)
                if named is not None:
                    yield named
                if not isinstance(d.value, DurationValue):
                    continue
                m = _AFTER.match(doc.text[d.end:d.end + 12])
                if not m:
                    if _AFTER_BEFORE.search(doc.text, max(0, d.start - 8), d.start):
                        found = self._since_the_start(doc.text, claims, d) or \
                            self._from_start_to_end(doc.text, claims, d) or \
                            self._span_of_dates(doc.text, claims, d)
                    else:
                        found = self._span_of_dates(doc.text, claims, d) or self._span_of_times(doc.text, claims, d) \
                            or self._run_since(doc.text, claims, d, doc.published) \
                            or self._ran_past_publication(doc.text, claims, d, doc.published) \
                            or self._began_and_ended(doc.text, claims, d)
                    if found is not None:
                        yield found
                    continue
                stated = _days(d)
                if stated is None:
                    continue
                clause_start = d.end + m.end()
                clause_end = _clause_end(doc.text, clause_start)
                same = [o for o in claims if o.sentence == d.sentence and o is not d
                        and isinstance(o.value, DateValue) and o.value.start and o.value.end
                        and not o.unresolved]
                inside = [o for o in same if clause_start <= o.start < clause_end]
                # event B: the one date before the duration ("On Friday, October 20, five
                # days after ..."), else the one after the "after" clause
                outside = [o for o in same if o.end <= d.start] or \
                    [o for o in same if o.start >= clause_end]
                if not outside and m.group("word").lower() == "since" and inside and doc.published:
                    found = self._since_until_now(d, inside[0], stated, doc.published)
                    if found is not None:
                        yield found
                    continue
                if len(outside) != 1:
                    found = self._span_of_times(doc.text, claims, d)  # "took off at 10.05 and landed at
                    if found is not None:                   # 12.20, three hours after it left"
                        yield found
                    continue
                b = outside[0]
                readings: list[Claim] = inside[:1]
                direct = bool(readings)
                if not readings:
                    readings = self._events_cued(ctx, doc_id, doc.text[clause_start:clause_end], b)
                if not readings:
                    readings = self._event_dated(ctx, doc_id, doc.text[clause_start:clause_end], b)
                    direct = bool(readings)
                if not readings:
                    continue
                word = m.group("word").lower()
                wrong = []
                for a in readings:
                    av, bv = a.value, b.value
                    assert isinstance(av, DateValue) and isinstance(bv, DateValue)
                    gap = elapsed(av, bv) if word != "before" else elapsed(bv, av)
                    if word == "since" and gap.high is None:
                        continue
                    if conflict(gap, stated):
                        wrong.append((a, gap))
                if len(wrong) != len(readings):
                    continue
                a, gap = wrong[0]
                sev = self.severity if direct else Severity.info
                lo, hi = max(float(gap.low), 0), float(gap.high)  # type: ignore[arg-type]
                av, bv = a.value, b.value
                assert isinstance(av, DateValue) and isinstance(bv, DateValue)
                days = None  # both events known to the day: the duration the dates give
                if av.start == av.end and bv.start == bv.end and av.start and bv.start:
                    days = abs((bv.start - av.start).days)
                yield self.finding(
                    sev,
                    ("" if direct else "possible: ") +
                    f"{d.text!r} {word} the event of {a.text!r} (line {a.line}) does not fit the "
                    f"dates: {b.text!r} is between {lo:g} and {hi:g} days later (exclusive)"
                    + (f"; from {fmt_date(av.start)} to {fmt_date(bv.start)} is {days} "  # type: ignore[arg-type]
                       f"day{'s' if days != 1 else ''}." if days is not None else "."),
                    claims=(d, a, b), expected=f"between {lo:g} and {hi:g} days",
                    suggestion=f"{days} day{'s' if days != 1 else ''}" if days is not None and direct
                    else None,
                    evidence=(claim_evidence(a), claim_evidence(b)),
                )

    def _span_of_dates(self, text: str, claims: Sequence[Claim], d: Claim) -> Finding | None:
        """A duration right after the two dates that bound it ("between September 14, 2024
        and March 27, 2026, a period of 30 months"; "from March 6, 2023, to September 4,
        2024 - a 26-month enrolment period"), or right before the range ("ran for more than
        five years, from March 2019 until October 2022"; "the 10-week survey, which ran from
        12 October to 30 November"; "an eight-day observing campaign from Nov. 3 to Nov. 6")."""
        dated = [o for o in claims if o.sentence == d.sentence and isinstance(o.value, DateValue)
                 and o.value.start and o.value.end and not o.unresolved]
        before = [o for o in dated if o.end <= d.start]
        after = next((o for o in dated if o.start >= d.end), None)
        if after is not None and _RANGE_WORDS.match(after.text) and (
                _APPOSED_RANGE.fullmatch(text, d.end, after.start)
                or _span_verbs()[3].fullmatch(text, d.end, after.start)
                or "-" in d.text and _COMPOUND_NOUN.fullmatch(text, d.end, after.start)):
            before = [after]  # "ran for more than five years, from March 2019 until October
            # 2022"; "the 10-week survey, which ran from 12 October to 30 November"
        elif not before or d.start - before[-1].end > 40 or _DATE_GAP.search(text, before[-1].end, d.start) \
                and not _span_verbs()[2].fullmatch(text, before[-1].end, d.start):
            return None  # (but "ran from 12 to 15 April and lasted a full week")
        last = before[-1]
        lv = last.value
        assert isinstance(lv, DateValue)
        if lv.start != lv.end and (lv.end - lv.start).days >= 2 and _RANGE_WORDS.match(last.text):  # type: ignore[operator]
            first, a_day, b_day = last, lv.start, lv.end  # one claim: "between X and Y"
        elif len(before) >= 2 and lv.start == lv.end and (
                _FROM_TO.fullmatch(text, before[-2].end, last.start)
                and _FROM.search(text, max(0, before[-2].start - 6), before[-2].start)
                or self._started_and_ended(text, before[-2], last)):  # "from X to Y", "declared on X and lifted on Y"
            first = before[-2]
            fv = first.value
            assert isinstance(fv, DateValue)
            if fv.start != fv.end:
                return None
            a_day, b_day = fv.start, lv.start
        else:
            return None
        stated = _days(d)
        if stated is None or a_day is None or b_day is None or b_day <= a_day:
            return None
        # a range of months or years ("from March 2019 until October 2022") runs from any
        # day of its first period to any day of its last one
        fewest, days = range_days(lv) if first is last else ((b_day - a_day).days,) * 2
        slack = days - fewest
        gap = Interval(low=float(fewest - 1), high=float(days + 1),
                       low_closed=False, high_closed=False, unit="day")
        if not conflict(gap, stated):
            return None
        said = f"{days} days" + (f" (about {days / 30.44:.1f} months)" if days >= 60 else "") if not slack else \
            f"at most {days} days (about {days / 365.25:.1f} years)"
        return self.finding(
            self.severity,
            f"{d.text!r} does not fit the dates that bound it: from {fmt_date(a_day)} to "
            f"{fmt_date(b_day)} is {said}.",
            claims=(d, *dict.fromkeys((first, last))), expected=f"{days} days",
            suggestion=f"{days} days", evidence=(claim_evidence(first),),
        )

    def _began_and_ended(self, text: str, claims: Sequence[Claim], d: Claim) -> Finding | None:
        """A span whose sentence tells one moment it began and one it ended, wherever they
        stand ("the 12-day tournament, which opened on Friday 3 July and is due to end on
        Sunday 26 July"; "in the 30 days between 1 March, when the rules took effect, and 31
        March"; "went back inside at 08:00 UTC on Wednesday, ending a 36-hour repair window
        that began at 14:00 UTC on Monday"): measured between their times of day when both give one on one clock,
        else between their days (a span of days may count both ends)."""
        from factcheck.align import clock_of

        stated = _days(d)
        if stated is None:
            return None
        opens, closes, joints = _span_cues()
        moments = [o for o in claims if o.sentence == d.sentence and isinstance(o.value, DateValue)
                   and o.value.start and o.value.start == o.value.end and not o.unresolved]
        starts, ends = [], []
        for o in moments:
            before = text[max(0, o.start - 40):o.start]
            if _IN_AFTER.search(before):
                continue  # "two days after talks broke down at noon on Saturday": another event's
            if _ENDS_AFTER.match(text, o.end):
                ends.append((o, ""))  # "at 08:00 UTC on Wednesday, ending a 36-hour window"
            elif (m := opens.search(before)) is not None:
                starts.append((o, m.group("cue").lower()))
            elif closes.search(before) is not None:
                ends.append((o, ""))
            elif (m := joints.search(before)) is not None:
                ends.append((o, m.group("joint").lower()))
        if len(starts) != 1 or len(ends) != 1:
            return None
        (a, cue), (b, joint) = starts[0], ends[0]
        if joint and ((joint, cue) not in (("to", "from"), ("and", "between")) or b.start < a.start):
            return None  # "and" ends only what "between" began, "to" what "from" did
        av, bv = a.value, b.value
        assert isinstance(av, DateValue) and isinstance(bv, DateValue) and av.start and bv.start
        ka, kb = clock_of(a), clock_of(b)
        if ka is not None and kb is not None and ka[1] == kb[1]:
            (alo, ahi), (blo, bhi) = ka[0], kb[0]
            if bhi <= alo:
                return None
            gap = Interval(low=max(blo - ahi, 0.0) / 1440, high=(bhi - alo) / 1440, unit="day")
            hours = round((blo + bhi - alo - ahi) / 120, 1)
            said = f"{hours:g} hours"
        else:
            if bv.start <= av.start:
                return None
            gap = elapsed(av, bv)
            days = (bv.start - av.start).days
            said = f"{days} day{'s' if days != 1 else ''} ({days + 1} counting both)"
        if not conflict(gap, stated):
            return None
        return self.finding(
            self.severity,
            f"{d.text!r} does not fit the moments its sentence says it began and ended: from "
            f"{a.text!r} to {b.text!r} is {said}.",
            claims=(d, a, b), expected=said, suggestion=said.split(" (")[0],
            evidence=(claim_evidence(a), claim_evidence(b)),
        )

    @staticmethod
    def _started_and_ended(text: str, a: Claim, b: Claim) -> bool:
        """"declared on 22 May and lifted on 5 June": a start verb before the first date, an
        end verb before the second, "and" between them."""
        starts, ends, _, _ = _span_verbs()
        return bool(starts.search(text, max(0, a.start - 30), a.start)
                    and ends.search(text, a.end, b.start)
                    and _AND_THEN.fullmatch(text, a.end, b.start))

    def _span_of_times(self, text: str, claims: Sequence[Claim], d: Claim) -> Finding | None:
        """A span of hours or minutes after the two times of day before it in its sentence
        ("took off at 10.05am and touched down at 12.20pm, some three and a half hours after
        it left"): the minutes from the one to the other. Not the length of what began at the
        second ("a partial eclipse starts at 12:23 p.m., with totality beginning at 1:40 p.m.
        and lasting roughly four minutes")."""
        from factcheck.align import clock_of

        stated = _days(d)
        timed = [(o, clock_of(o)) for o in claims if o.sentence == d.sentence and o.end <= d.start
                 and isinstance(o.value, DateValue) and not o.unresolved]
        timed = [(o, k) for o, k in timed if k is not None]
        if stated is None or len(timed) != 2 or stated.high is None or float(stated.high) > 2:
            return None
        (a, (ka, za)), (b, (kb, zb)) = timed
        if _span_verbs()[2].fullmatch(text, b.end, d.start):
            return None  # "... beginning at 1:40 p.m. and lasting four minutes": its own length
        if za != zb or ka == kb:
            return None  # one time in UTC, one in an unstated local time; or one moment told
            # twice ("at 4:52 p.m. local time (2352 GMT) ... 18 minutes later")
        lo, hi = (kb[0] - ka[1]) / 1440, (kb[1] - ka[0]) / 1440  # days
        if hi <= 0:
            return None  # not in order: no span to check
        gap = Interval(low=max(lo, 0.0), high=hi, unit="day")
        if not conflict(gap, stated):
            return None
        minutes = round((kb[0] + kb[1] - ka[0] - ka[1]) / 2)
        said = f"{minutes // 60} h {minutes % 60:02d} min"
        return self.finding(
            self.severity,
            f"{d.text!r} does not fit the times before it: from {a.text!r} to {b.text!r} is "
            f"about {said}.",
            claims=(d, a, b), expected=f"about {said}", suggestion=said,
            evidence=(claim_evidence(a), claim_evidence(b)),
        )

    def _run_since(self, text: str, claims: Sequence[Claim], d: Claim, published: Any) -> Finding | None:
        """"the city has now gone 31 straight days above 110 degrees, a run that started on
        June 24": a running span whose start its sentence dates after it, up to publication
        (no other date in the sentence)."""
        if published is None:
            return None
        stated = _days(d)
        same = [o for o in claims if o.sentence == d.sentence and isinstance(o.value, DateValue)
                and o is not d]
        starts = [o for o in same if o.start > d.end and o.value.start and o.value.start == o.value.end  # type: ignore[union-attr]
                  and not o.unresolved and _STARTED.search(text, max(0, o.start - 40), o.start)]
        if stated is None or len(same) != 1 or len(starts) != 1:
            return None
        found = self._since_until_now(d, starts[0], stated, published)
        return found

    def _ran_past_publication(self, text: str, claims: Sequence[Claim], d: Claim, published: Any
                              ) -> Finding | None:
        """"talks that began in March 2023 and ran for more than four years", in an article
        of February 2026: a finished span from a start date ("began in", "started on") told
        right after it ("and lasted", "and ran for") cannot end after the article's
        publication."""
        stated = _days(d)
        if published is None or stated is None or stated.low is None:
            return None
        starts, _, lengths, _ = _span_verbs()
        before = [o for o in claims if o.sentence == d.sentence and o.end <= d.start
                  and isinstance(o.value, DateValue) and not o.unresolved]
        if not before:
            return None
        a = before[-1]
        av = a.value
        assert isinstance(av, DateValue)
        if av.start is None or not lengths.fullmatch(text, a.end, d.start) \
                or not starts.search(text, max(0, a.start - 40), a.start):
            return None
        gap = elapsed(av, DateValue(start=published, end=published))
        if gap.high is None or float(stated.low) < float(gap.high):  # type: ignore[arg-type]
            return None  # (it may have run that long by the publication)
        return self.finding(
            self.severity,
            f"{d.text!r} from {a.text!r} (line {a.line}) runs past the article's publication: "
            f"from {fmt_date(av.start)} to {fmt_date(published)} is at most {float(gap.high):g} days.",
            claims=(d, a), expected=f"at most {float(gap.high):g} days",
            evidence=(claim_evidence(a),),
        )

    def _named_later(self, claims: Sequence[Claim], d: Claim) -> Finding | None:
        """"confirmed on 28 March, and declared 18 days later, on 9 April": an anaphoric
        span the date beside it names ("N days later, on <date>"), against the days from the
        sentence's date before it to that date."""
        m = _LATER.fullmatch(d.text)
        if m is None or not isinstance(d.value, DateValue) or not any(_NAMED_BESIDE in a for a in d.assumptions):
            return None
        from factcheck.extract.numbers import parse_number

        n = parse_number(m.group("n"))
        before = [o for o in _days_of_sentence(claims, d) if o.end <= d.start]
        if n is None or not before or d.value.start is None or d.value.start != d.value.end:
            return None
        a = before[-1]
        unit = _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
        slack = 0.0 if unit == 1 else unit / 2  # "two weeks later" is rounded to the week
        stated = Interval(low=n * unit - slack, high=n * unit + slack, unit="day")
        gap = _wrong_gap(a, d, stated)
        if gap is None:
            return None
        av = a.value
        assert isinstance(av, DateValue) and av.start
        days = (d.value.start - av.start).days
        return self.finding(
            self.severity,
            f"{d.text!r} does not fit the dates it joins: from {a.text!r} to the date named beside it "
            f"({fmt_date(av.start)} to {fmt_date(d.value.start)}) is {days} day{'s' if days != 1 else ''}.",
            claims=(d, a), expected=f"{days} days", suggestion=f"{days} days",
            evidence=(claim_evidence(a),),
        )

    def _from_start_to_end(self, text: str, claims: Sequence[Claim], d: Claim) -> Finding | None:
        """"The men, trapped since Tuesday night, were brought up on Saturday morning after
        six days underground": the days from the sentence's one start ("since", "from") to
        its one other day; or from a start verb's date to an end verb's ("the strike began
        on 3 May and was called off on 9 May, after nine days")."""
        stated = _days(d)
        same = _days_of_sentence(claims, d)
        starts = [o for o in same if _STARTS.match(o.text) or _STARTS_BEFORE.search(
            text, max(0, o.start - 8), o.start)]
        ends = [o for o in same if o not in starts]
        if not starts and len(same) == 2 and self._started_and_ended(text, *same):
            starts, ends = same[:1], same[1:]  # "broke out on 3 May and was put out on 9 May"
        if stated is None or len(starts) != 1 or len(ends) != 1:
            return None
        a, b = starts[0], ends[0]
        gap = _wrong_gap(a, b, stated)
        if gap is None:
            return None
        av, bv = a.value, b.value
        assert isinstance(av, DateValue) and isinstance(bv, DateValue) and av.start and bv.start
        days = (bv.start - av.start).days
        return self.finding(
            self.severity,
            f"{d.text!r} does not fit the dates of its sentence: from {a.text!r} to {b.text!r} "
            f"({fmt_date(av.start)} to {fmt_date(bv.start)}) is {days} day{'s' if days != 1 else ''}.",
            claims=(d, a, b), expected=f"{days} days", suggestion=f"{days} days",
            evidence=(claim_evidence(a), claim_evidence(b)),
        )

    def _since_the_start(self, text: str, claims: Sequence[Claim], d: Claim) -> Finding | None:
        """"By 6 August, after nine days of burning, ..." where the article dates one start
        ("The fire, which started on 1 August"): the days from that start to the
        sentence's one date."""
        stated = _days(d)
        same = _days_of_sentence(claims, d)
        starts = {(o.value.start, o.value.end): o for o in claims  # type: ignore[union-attr]
                  if o.sentence != d.sentence and isinstance(o.value, DateValue) and o.value.start
                  and o.value.start == o.value.end  # a day ("monitoring began in 1988" starts
                  # no span of days)
                  and not o.unresolved and _STARTED.search(text, max(0, o.start - 40), o.start)}
        if stated is None or len(same) != 1 or len(starts) != 1:
            return None
        a, b = next(iter(starts.values())), same[0]
        gap = _wrong_gap(a, b, stated)
        if gap is None:
            return None
        av, bv = a.value, b.value
        assert isinstance(av, DateValue) and isinstance(bv, DateValue) and av.start and bv.start
        lo, hi = max(float(gap.low), 0), float(gap.high)  # type: ignore[arg-type]
        days = (bv.start - av.start).days if av.start == av.end else None
        return self.finding(
            self.severity,
            f"{d.text!r} up to {b.text!r} does not fit the start the article gives, {a.text!r} "
            f"(line {a.line}): between {lo:g} and {hi:g} days (exclusive)"
            + (f"; from {fmt_date(av.start)} to {fmt_date(bv.start)} is {days} days." if days is not None
               else "."),
            claims=(d, a, b), expected=f"between {lo:g} and {hi:g} days",
            suggestion=f"{days} days" if days is not None else None,
            evidence=(claim_evidence(a), claim_evidence(b)),
        )

    def _since_until_now(self, d: Claim, a: Claim, stated: Interval, published: Any
                         ) -> Finding | None:
        """"the nine weeks since the outbreak was declared on March 2" with no later date
        in the sentence: the span runs from that date to the article's publication."""
        av = a.value
        assert isinstance(av, DateValue)
        now = DateValue(start=published, end=published)
        gap = elapsed(av, now)
        if gap.high is None or not conflict(gap, stated):
            return None
        lo, hi = max(float(gap.low), 0), float(gap.high)  # type: ignore[arg-type]
        days = (published - av.start).days if av.start == av.end and av.start else None
        return self.finding(
            self.severity,
            f"{d.text!r} since {a.text!r} (line {a.line}) does not fit the dates: the article, "
            f"published {fmt_date(published)}, is between {lo:g} and {hi:g} days later "
            "(exclusive)" + (f"; {days} days." if days is not None else "."),
            claims=(d, a), expected=f"between {lo:g} and {hi:g} days",
            suggestion=f"{days} days" if days is not None else None,
            evidence=(claim_evidence(a),),
        )

    @staticmethod
    def _event_dated(ctx: RuleContext, doc_id: str, clause: str, b: Claim) -> list[Claim]:
        """The day the article gives the event its "after" clause names ("nine days after the
        eruption": "the volcano erupted on Monday 2 March"), when the clause names one event
        class that does not happen many times in a story and the article dates that class
        to one day only (its first dating, where it dates it twice)."""
        from factcheck.frames import document_frames, tables
        from factcheck.link_text import lemma

        t = tables()
        classes = [c for w in re.findall(r"[A-Za-z][\w-]*", clause)
                   if (c := t.event.get(lemma(w)) or t.event.get(w.lower())) is not None]
        if not classes or classes[0] in t.generic_events:
            return []
        doc = ctx.documents.get(doc_id)
        if doc is None:
            return []
        framed_by_doc = ctx.memo.setdefault("TA01 frames", {})  # document -> its framed claims, read once
        if not framed_by_doc and ctx.aligner is not None:
            for m in ctx.aligner.mentions:  # (one pass over the aligner's frames)
                framed_by_doc.setdefault(m.doc, []).append((m.claim, m.frame))
        if doc_id not in framed_by_doc and ctx.aligner is None:
            claims = list(ctx.claims.get(doc_id, ()))
            framed_by_doc[doc_id] = [(c, f) for c, f in zip(claims, document_frames(doc, claims)) if f is not None]
        framed = framed_by_doc.get(doc_id, [])
        dated = [c for c, f in framed if f.dimension == "date" and f.event == classes[0] and c is not b
                 and isinstance(c.value, DateValue) and c.value.start and c.value.start == c.value.end
                 and not c.unresolved]
        return dated[:1] if len({c.value.start for c in dated}) == 1 else []  # type: ignore[union-attr]

    @staticmethod
    def _events_cued(ctx: RuleContext, doc_id: str, clause: str, b: Claim) -> list[Claim]:
        """Dated events of the document whose attribute one of the clause's words cues."""
        from factcheck.link import _has
        cued = {a.id for a in ctx.ledger.attributes.values() if a.dimension == "date"
                and any(_has(clause, cue) for cue in a.cues)}
        out = []
        for ln in ctx.links.get(doc_id, ()):
            if ln.key is None or ln.key.attribute == MENTION or ln.key.attribute not in cued:
                continue
            if ln.claim is b or not isinstance(ln.claim.value, DateValue):
                continue
            if ln.claim.value.start is None or ln.claim.unresolved:
                continue
            out.append(ln.claim)
        return out
