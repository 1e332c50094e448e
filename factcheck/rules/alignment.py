"""What the alignment rules (AL01, AL02, AL03) share: consensus over intervals, updates, wording."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from collections.abc import Sequence

from factcheck.align import Mention, claim_number, range_ends, scale_slip, slipped_unit, transposed
from factcheck.frames import entry_stamp, is_length, tables
from factcheck.models import Claim, Interval
from factcheck.rules.ar06_conversion import restates
from factcheck.rules.base import RuleContext, fmt_date

_FIGURES = ("money", "quantity", "count")


def restated_from(ctx: RuleContext, c: Claim) -> Claim | None:
    """The figure a restatement restates ("8 billion marks (about $4.8 billion)": the
    marks for the dollars; ``ar06_conversion.restates``), when the two are of different
    kinds or currencies: the reader checks the figure the outlet wrote, not its conversion."""
    doc = ctx.documents.get(c.doc)
    if doc is None or c.kind not in _FIGURES:
        return None
    before = [x for x in ctx.claims.get(c.doc, ()) if x.end <= c.start and c.start - x.end <= 20
              and x.kind in _FIGURES]
    if not before:
        return None
    src = max(before, key=lambda x: x.end)
    if not restates(doc.text, src, c):
        return None
    return src if src.kind != c.kind or getattr(src.value, "currency", None) != getattr(c.value, "currency", None) \
        else None


_GROWTH_SLACK = 1.5  # days: "trapped for 13 days" on the 6th and "18 days" on the 10th agree


def consensus(mentions: Sequence[Mention]) -> tuple[list[Mention], Interval | None]:
    """The largest set of ``mentions`` whose intervals share a point, and that common
    interval (truth discovery over intervals: the best set holds the point where one of
    its intervals starts, so only those points are tried). The ages of a group ("aged 11 to
    16") agree only when both ends do, so such ranges are grouped by their ends."""
    ivs = [(m, m.interval) for m in mentions if m.interval is not None]
    if ivs and all(m.frame.dimension == "age" and m.claim.qualifier.value == "range" for m, _ in ivs):
        groups: dict[tuple[float, float], list[Mention]] = {}
        for m, _ in ivs:
            groups.setdefault(range_ends(m), []).append(m)
        ends = max(sorted(groups), key=lambda e: len(groups[e]))
        return groups[ends], groups[ends][0].interval
    best: list[tuple[Mention, Interval]] = []
    tried: set[object] = set()
    for _, iv in ivs:
        if iv.low in tried:
            continue
        tried.add(iv.low)
        members = [(n, jv) for n, jv in ivs if _contains_low(jv, iv)]
        if len(members) > len(best):
            best = members
    if not best:
        return [], None
    highs = [jv.high for _, jv in best if jv.high is not None]
    lows = [jv.low for _, jv in best if jv.low is not None]
    common = Interval(low=max(lows) if lows else None, high=min(highs) if highs else None,  # type: ignore[type-var]
                      unit=best[0][1].unit)
    return [n for n, _ in best], common


def _contains_low(jv: Interval, iv: Interval) -> bool:
    """Does ``jv`` contain the low end of ``iv``?"""
    lo = iv.low
    if lo is None or jv.low is None:
        return True
    try:
        return jv.low <= lo and (jv.high is None or lo <= jv.high)  # type: ignore[operator]
    except TypeError:
        return False


def _published(ctx: RuleContext, doc: str) -> dt.date | None:
    d = ctx.documents.get(doc)
    return d.published if d is not None else None


def is_update(ctx: RuleContext, x: Mention, y: Mention) -> bool:
    """Is the later of two claims an update of the earlier rather than a contradiction?

    A revised or running figure ("the toll has risen to", "so far", "revised"), a count of
    casualties or incidents (which grow while a story unfolds), a larger later value of a
    measure that only grows (the area a fire has burned), a live page's running figure
    (its entry says it is provisional or updated), or a duration without a
    date of its own that grows with the calendar between the two publication dates
    ("trapped for nearly two weeks" on the 6th, "18 days" on the 10th; not the length of
    a thing: "a six-year deal", nor a span shorter than a day: "2.14 seconds back")."""
    px, py = _published(ctx, x.doc), _published(ctx, y.doc)
    if px is not None and py is not None and px != py:
        early, late = (x, y) if px < py else (y, x)
        if transposed(early.claim, late.claim) and claim_number(late.claim) < claim_number(early.claim) \
                and not _updated(late.claim.sentence or "", late.claim.text):
            return False  # "4.2 million" on the live page, "2.4 million" in every later
            # report: a later figure that shrinks into the earlier one's digits swapped
            # and says nothing of a revision is the same figure, one of them mistyped
    if x.frame.dimension != "date" and (_live_running(ctx, x.claim) or _live_running(ctx, y.claim)):
        return True  # "21:05 - Preliminary results are in: Veld 55.2%": a running figure
    if px is None or py is None or px == py:
        return False
    early, late = (x, y) if px < py else (y, x)
    t = tables()
    if x.frame.dimension != "date" and revises(ctx, x.claim, y.claim):
        return True  # (a figure is revised; the day of an event is not: "the recount began")
    if x.frame.dimension == "count" and any(
            w in t.tally for m in (x, y) for w in (*m.frame.measure, m.frame.predicate or "")):
        return not _shrank(early, late)  # a toll grows while a story unfolds; one that a
        # later report puts lower ("11,300 dead" on Thursday, 3,958 on Saturday) revises the
        # earlier figure down: that one was wrong, and is reported
    if x.frame.dimension != "date" and early.interval is not None and late.interval is not None \
            and early.interval.low is not None and late.interval.high is not None \
            and late.interval.high >= early.interval.low and any(  # type: ignore[operator]
                w in t.growing for m in (x, y) for w in (*m.frame.measure, m.frame.predicate or "")):
        return True  # "has burned 7,450 hectares", later "burned 31,250 acres": the fire grew
    if x.frame.dimension == "ordinal":
        grew = _run_days(ctx, late.claim), _run_days(ctx, early.claim)
        if grew[0] is not None and grew[0] == grew[1]:  # "a fourth straight day" on Monday,
            # "a fifth straight day" on Tuesday: a run that went on by the days between
            steps = late.claim.value.value - early.claim.value.value  # type: ignore[union-attr]
            return steps > 0 and abs(steps * grew[0] - abs((py - px).days)) <= _GROWTH_SLACK * grew[0]
    if x.frame.dimension == "second" and early.frame.scope_start is None \
            and late.frame.scope_start is None and not (is_length(x.claim) or is_length(y.claim)):
        gap = abs((py - px).days)
        ea, la = early.interval, late.interval
        if ea is not None and la is not None and isinstance(ea.low, float) and isinstance(la.low, float) \
                and la.low >= 86400.0:  # (a gap of seconds in a race does not grow with the calendar)
            grew = (la.low - (ea.high if ea.high is not None else ea.low)) / 86400.0
            most = ((la.high if la.high is not None else la.low) - ea.low) / 86400.0
            return most > 0 and grew - _GROWTH_SLACK <= gap <= most + _GROWTH_SLACK
    return False


def _shrank(early: Mention, late: Mention) -> bool:
    """Is the later claim's value wholly below the earlier one's?"""
    e, l = early.interval, late.interval
    return e is not None and l is not None and e.low is not None and l.high is not None \
        and l.high < e.low  # type: ignore[operator]


_RUN_UNITS = {"day": 1, "night": 1, "week": 7, "month": 30, "year": 365}


def _run_days(ctx: RuleContext, c: Claim) -> int | None:
    """The days one step of an ordinal's run lasts, when it is a place in an unbroken run of
    days, weeks, ... ("the fourth straight day", "a third consecutive week", "the fifth day
    in a row"); else None."""
    doc = ctx.documents.get(c.doc)
    if doc is None or c.kind != "ordinal":
        return None
    m = _RUN_AFTER.match(doc.text, c.end)
    if m is None or not (m.group("in_a_row") or set(m.group("mods").lower().replace("-", " ").split())
                         & tables().run_modifiers):
        return None
    return _RUN_UNITS[m.group("unit").lower()]


_RUN_AFTER = re.compile(r"(?P<mods>(?:[ -][A-Za-z]+){0,2}?)[ -](?P<unit>day|night|week|month|year)s?\b"
                        r"(?P<in_a_row>\s+in\s+a\s+row\b)?", re.I)


def _live_running(ctx: RuleContext, c: Claim) -> bool:
    """Is ``c`` in an entry of a live page whose line, up to the end of its clause, says the
    figure is provisional or updated ("20:10 - First preliminary results are in, with 41.6% of
    polling stations counted")? Such a figure is the state of things at the entry's time."""
    doc = ctx.documents.get(c.doc)
    if doc is None or entry_stamp(doc.text, c.start) is None:
        return False
    clause = _up_to_clause(c)
    at = clause.find(c.text)
    line = doc.text[doc.text.rfind("\n", 0, c.start) + 1:c.end] + (clause[at + len(c.text):] if at >= 0 else "")
    # (its line up to it, and its clause after it: "14 ships turned away so far today")
    return _says("provisional", line) or _says("update", line)


def revises(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """Does the later of two claims' sentences say it revises or updates a figure
    ("revised", "so far", "the toll has risen to", "now": ``frames.yaml`` update words),
    or the earlier one's paragraph, up to it, that it is provisional ("an exit poll", "with
    40% of ballots counted. The Greens have 11%", "preliminary": provisional words)?"""
    pa, pb = _published(ctx, a.doc), _published(ctx, b.doc)
    if pa is None or pb is None or pa == pb:
        return False
    early, late = (a, b) if pa < pb else (b, a)
    if _updated(late.sentence or "", late.text):
        return True
    doc = ctx.documents.get(early.doc)
    if doc is None:
        return _says("provisional", early.sentence or "")
    return _says("provisional", doc.text[doc.text.rfind("\n", 0, early.start) + 1:early.end])


def _up_to_clause(c: Claim) -> str:
    """A claim's sentence up to the end of the claim's clause: what says how the figure
    came about ("So far, 148 have died", "the toll has risen to 148"), not what a later
    clause adds ("revenue grew 16.1%, and customers now account for half")."""
    return _sentence_up_to_clause(c.sentence or "", c.text)


@lru_cache(maxsize=65536)
def _sentence_up_to_clause(sentence: str, text: str) -> str:
    """``_up_to_clause`` of a claim by its sentence and text: AL01 asks for each claim once
    per aligned pair (35,000 times for 2,800 claims at 3,000 documents)."""
    from factcheck.extract.text import clause_span

    at = sentence.find(text)
    if at < 0:
        return sentence
    return sentence[:clause_span(sentence, (0, len(sentence)), at)[1]]


_EARLIER_EVENT = re.compile(r"\b(?:after|before|when|since)\b", re.I)  # a clause of another moment


@lru_cache(maxsize=65536)
def _updated(sentence: str, text: str) -> bool:
    """Does a claim's sentence, up to the end of its clause, say it is an update ("So far,
    148 have died", "the toll has risen to 148")? Not when the update's word is in another
    clause and the claim's clause tells an earlier moment before it ("The death toll rose
    to 27 on Saturday, two days after the storm hit with winds of up to 158 km/h": the
    winds were not revised)."""
    from factcheck.extract.text import clause_span

    up = _sentence_up_to_clause(sentence, text)
    said = None
    for said in _word_pattern("update").finditer(up.lower()):
        pass  # (the last update word up to the claim's clause)
    if said is None:
        return False
    at = sentence.find(text)
    if at < 0:
        return True
    whole = (0, len(sentence))
    own = clause_span(sentence, whole, at)
    if not _EARLIER_EVENT.search(sentence, own[0], at):
        return True  # (a total's parts share its update: "now stands at 13,730: 11,650
        # troops and 2,080 police"; "shows 18,640 claims — 12,410 home, 3,590 contents")
    return clause_span(sentence, whole, said.start()) == own


@lru_cache(maxsize=8192)
def _says(words: str, sentence: str) -> bool:
    """Does a sentence use one of the frame tables' ``words`` ("update", "provisional")?"""
    return bool(_word_pattern(words).search(sentence.lower()))


@lru_cache(maxsize=4)
def _word_pattern(name: str) -> re.Pattern[str]:
    words = sorted(getattr(tables(), name), key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
                      + r")\b")


def value_label(m: Mention) -> str:
    """A short name for what a claim states, from its frame ("the found event of boy,
    football", "entrance, cave")."""
    f = m.frame
    top = [t for t, _ in sorted(f.terms.items(), key=lambda kv: (-kv[1], kv[0]))][:3]
    if f.event and f.dimension == "date":
        return f"the date of the '{f.event}' event ({', '.join(top)})"
    if f.event and f.dimension == "second":
        return f"the time up to the '{f.event}' event ({', '.join(top)})"
    words = list(dict.fromkeys([*(([f.head]) if f.head else []), *f.measure]))[:4] or top
    return "'" + " ".join(words) + "'"


FAR = 5.0  # values further apart than this factor are more likely two facts than one


def far_apart(x: Mention, y: Mention) -> bool:
    """Are two values so far apart that they more likely measure two things ("450
    metres" and "four miles", "10 minutes" and "17 days")? A slipped scale word or a
    dropped zero keeps its digits ("1.3 million" and "1.3 billion", "€50,000" and
    "€5,000": a power of ten apart), as does a dropped digit ("148,260" and "48,260") or a
    slipped unit ("7,000 metres" and "7,000 ft": one figure in two units), and is not far
    apart."""
    a, b = _mid(x), _mid(y)
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    ratio = max(a, b) / min(a, b)
    return not (ratio <= FAR or _dropped_digit(x.claim.text, y.claim.text) or slipped_unit(x, y)
                or scale_slip(x, y))


def _dropped_digit(a: str, b: str) -> bool:
    """Are two figures' digits one another's with one digit dropped ("148,260" and
    "48,260"): a slip, however far apart the values?"""
    da, db = (re.sub(r"\D", "", t) for t in (a, b))
    short, long = sorted((da, db), key=len)
    return len(short) >= 3 and len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1:] == short for i in range(len(long)))


def _mid(m: Mention) -> float | None:
    iv = m.interval
    if iv is None or not isinstance(iv.low, (int, float)):
        return None
    hi = iv.high if isinstance(iv.high, (int, float)) else iv.low
    return (float(iv.low) + float(hi)) / 2


_WEST = "America/New_York"  # the zone a reading west of Asia and Europe is given in
_EAST = "Asia/Tokyo"  # and one east of the Americas


def time_zone_reading(ctx: RuleContext, x: Mention, others: Sequence[Mention]) -> str:
    """Both readings of an event dated one day apart: the day in the time of the place
    the articles are about (``clock.document_zone``) and the day in a zone far west (or
    east) of it, with the hours of the day for which the two differ."""
    from zoneinfo import ZoneInfo

    from factcheck.extract.dates.clock import document_zone

    days = sorted({m.interval.low for m in (x, *others) if m.interval is not None})  # type: ignore[type-var]
    early, late = days[0], days[-1]
    place = None
    for m in (x, *others):
        d = ctx.documents.get(m.doc)
        place = document_zone(d.text) if d is not None else None
        if place:
            break
    if not place or not isinstance(late, dt.date):
        return ("The dates are one day apart: sources writing from different time zones "
                "can date one event to two days, so both may be right.")
    zone, name = place
    noon = dt.datetime(late.year, late.month, late.day, 12)
    here = ZoneInfo(zone).utcoffset(noon) or dt.timedelta(0)
    other_zone = _WEST if here > dt.timedelta(0) else _EAST
    there = ZoneInfo(other_zone).utcoffset(noon) or dt.timedelta(0)
    hours = abs(int((here - there).total_seconds() // 3600))
    where = other_zone.split("/")[-1].replace("_", " ")
    if here > there:
        return (f"The dates are one day apart, and both may be right: an event before "
                f"{hours:02d}:00 {name} time (UTC{_offset(here)}) on {fmt_date(late)} was still "
                f"{fmt_date(early)} in {where} time (UTC{_offset(there)}).")
    return (f"The dates are one day apart, and both may be right: an event after "
            f"{24 - hours:02d}:00 {name} time (UTC{_offset(here)}) on {fmt_date(early)} was "
            f"already {fmt_date(late)} in {where} time (UTC{_offset(there)}).")


def _offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
