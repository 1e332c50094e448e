"""What a date rule produces (``_Hit``) and the shared resolution helpers."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator


from factcheck.extract.base import Context
from factcheck.models import Granularity, Interval, Qualifier
from factcheck.normalize import timeref as tr

G = Granularity
from factcheck.extract.dates.vocabulary import _trie, vocabulary


@dataclass(frozen=True, slots=True)
class _Anaphor:
    """A date counted from another date of the same sentence ("the previous day", "two days
    later", "that year"). ``resolve`` maps the anchor's period to this date's period; without
    an anchor the hit keeps its own publication-relative reading, if it has one, else it is
    unresolved with ``reason``. ``resolve`` is also given the anchor's granularity."""

    resolve: Callable[[tr.Period, Granularity], tr.OpenPeriod | None]
    reason: str = "anaphoric: counted from an event named elsewhere in the text, not from publication"
    anchor_grain: bool = False  # the resolved date has the anchor's granularity ("the same period")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    dstart: dt.date | None = None
    dend: dt.date | None = None
    gran: Granularity = G.day
    unresolved: str | None = None
    assumptions: tuple[str, ...] = ()
    month: int | None = None  # for year propagation in ranges ("May to Oct 2020")
    day: int | None = None
    has_year: bool = True
    days: float | None = None  # a duration
    qualifier: Qualifier = Qualifier.exact
    interval: Interval | None = None
    anaphor: _Anaphor | None = None
    open_start: bool = False  # "more than a decade ago": no earliest date
    # numeric dates: "md" / "dm" when only one order is valid ("5/17/2018"), "?" when both
    # are, with the two numbers and the year (None without one) in ``pair``
    order: str | None = None
    pair: tuple[int, int, int | None] | None = None
    # a date counted from an anchor ("two years ago", "three days later"): the duration the
    # words state, as its own duration hit over those words
    counted: "_Hit | None" = None



# --------------------------------------------------------------------------- helpers

@lru_cache(maxsize=1)
def _future_cue() -> re.Pattern[str]:
    cues = vocabulary().future_cues
    words = [w for w in cues if w[:1].isalpha()]
    marks = [w for w in cues if not w[:1].isalpha()]
    return re.compile(rf"(?:(?<![A-Za-z])(?:{_trie(words)})|{_trie(marks)})(?![A-Za-z])", re.I)


# a sentence's end; a full stop only after a word of three letters or more ("at 3 p.m. on
# Sunday" and "Mr. Smith" go on)
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})\.|[!?\n])\s")


# A cue right after a past auxiliary is a future seen from the past ("the vote, which was
# scheduled for Oct. 15", "talks were due to resume"), and one after a preposition is a
# gerund ("after going to explore"): it says nothing about publication.
_PAST_AUX = re.compile(r"(?<![A-Za-z])(?:was|were|had|had\s+been|wasn['’]t|weren['’]t|"
                       r"after|before|while|without)\s+$", re.I)
_SINCE = re.compile(r"(?<![A-Za-z])since\s", re.I)  # right before a date, or opening its match
_CUE_REACH = 80  # characters back that a future cue reaches


def _future(text: str, start: int) -> bool:
    """Is there a future-tense cue earlier in the clause (at most ``_CUE_REACH`` characters
    back)? Not for a date after "since", which is past ("the fourth cut since June")."""
    if _SINCE.search(text, max(0, start - 8), start + 6):  # (a match may open with it: "since June")
        return False
    return _cues(text, start)[0]


def _cues(text: str, start: int) -> tuple[bool, bool]:
    """(a future cue, a cue right after a past auxiliary) earlier in the clause, at most
    ``_CUE_REACH`` characters back. The second is a future seen from a past moment ("said
    inflation was likely to peak in the middle of the year"): it says neither that the date is past
    nor that it is to come. A headline's "to" and a verb is a future cue of its own
    ("Pilots to strike for 72 hours from Monday")."""
    lo = max(0, start - _CUE_REACH)
    window = text[lo:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    own = clause_start(text, start)
    if own > lo + cut and _past_clause(text, start):
        cut = own - lo  # the date's own clause is in the past tense: an earlier clause's
        # cue is not its ("to ship earlier next year than it did this year, when it
        # introduced the series on February 1st")
    quotes = len(_QUOTE_MARK.findall(window, cut))
    seen = [bool(_PAST_AUX.search(window, max(cut, c.start() - 16), c.start()))
            for c in _future_cue().finditer(window, cut)
            if quotes == 0 or len(_QUOTE_MARK.findall(window, cut, c.start())) % 2 == quotes % 2]
    # (not a cue inside a quotation the date is outside of, or the other way round: '"That
    # is where the committee will start," he said on Tuesday evening')
    if not seen and "\n" not in text[:start]:
        cut = max((m.end() for m in _HEADLINE_CLAUSE.finditer(window, cut)), default=cut)
        to = _HEADLINE_TO.search(window, cut)
        if to and not any(w in _not_futures() or w.endswith("ed")
                          for w in re.findall(r"[a-z]+", window[cut:to.end(1)].lower())):
            return True, False
    return (not all(seen) if seen else False), any(seen)


# a headline's future: a subject, then "to" and a verb ("Pilots to strike", "Bank to cut
# 400 jobs"); not after a past or change verb ("Shares fall to lowest", "Man jailed for plot
# to kill"), nor "back to work"
_QUOTE_MARK = re.compile(r"[\"“”]")
_HEADLINE_CLAUSE = re.compile(r"[;:|]\s")  # a headline's clauses ("X lowers levels; re-entry to begin Friday")
_HEADLINE_TO = re.compile(r"\b([A-Za-z]+)\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{3,}\b")


@lru_cache(maxsize=1)
def _not_futures() -> frozenset[str]:
    """Words before a headline's "to" that make it no future: past and change verbs
    (dates.yaml past_verbs, sentence.yaml change_verbs) and dates.yaml
    headline_to_not_future ("back to work", "due to")."""
    from factcheck.data import load_yaml

    change = load_yaml("patterns/en/sentence.yaml")["change_verbs"]
    other = vocabulary().headline_to_not_future
    return _tense_patterns()[0] | frozenset(str(w).lower() for w in (*change, *other))


@lru_cache(maxsize=1)
def _tense_patterns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    v = vocabulary()
    present = re.compile(rf"(?<![A-Za-z])(?:{_trie(v.present_verbs)})(?![A-Za-z])", re.I)
    start = re.compile(rf"(?<![A-Za-z])(?:{_trie(v.start_cues)})\s+(?:the\s+)?$", re.I)
    return (frozenset(w.lower() for w in v.past_verbs), present, start,
            frozenset(w.lower() for w in v.not_past))


_WORD = re.compile(r"[A-Za-z]+")  # a character class first: the engine skips ahead in C


# before an -ed word: a passive or a future ("are capped", "will be delayed"), not a past;
# before a past form that is also a present ("shut", "hit"): an infinitive ("to shut")
_BE_BEFORE = re.compile(r"(?<![A-Za-z])(?:is|are|am|be|been|being|will|get|gets|to|can|could|may|might|must|"
                        r"should|would|shall|do|does|did)\s+(?:[a-z]+ly\s+)?$", re.I)
# a clause boundary; a full stop only after a word of three letters or more ("p.m. EST" and
# "Mr. Smith" go on)
_CLAUSE_CUT = re.compile(r"(?<=[a-z]{3})\.\s|[;!?:]\s|\n|,\s")
_START_AT = re.compile(r"(?:from|starting|beginning|effective|as\s+of|as\s+from)\s", re.I)
# a start cue right before the date, not a "from" of a range or a source
_START_BEFORE = re.compile(r"(?<![A-Za-z])(?<!week )(?:starting|beginning|effective|with\s+effect\s+from)\s+$", re.I)


# the word right after a date, past an adverb in -ly, in its line (a headline's date and
# the "Updated" line under it are no clause)
_NEXT_WORDS = re.compile(r"[ \t]+(?:[A-Za-z]+ly[ \t]+)?([A-Za-z]+)")


def _past_verb_after(text: str, end: int) -> bool:
    """Does a past-tense verb follow the date at once, an adverb at most between ("after
    the Council on Friday adopted", "officials on Monday formally approved")? The date's
    clause is then past, whatever future cue an earlier clause has."""
    m = _NEXT_WORDS.match(text, end)
    return m is not None and next(_past_verbs(text, m.start(1), m.end(1)), None) is not None


# the word right before a date, past "late"/"early" and "on" ("a deal announced Tuesday",
# "the report, released late on Monday")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


def past_verb_before(text: str, start: int) -> bool:
    """Is the word right before the date a past-tense verb ("in a deal announced Tuesday")?
    The date is that verb's, whatever future cue the clause holds before it ("will be
    absorbed ... in a deal announced Tuesday"); not a passive or a future ("will be
    announced Tuesday")."""
    lo = max(0, start - 40)
    m = _PREVIOUS_WORD.search(text, lo, start)
    return m is not None and next(_past_verbs(text, m.start(1), m.end(1)), None) is not None


def clause_start(text: str, start: int) -> int:
    """Where the clause before ``start`` begins, at most 60 characters back."""
    lo = max(0, start - 60)
    return max((m.end() for m in _CLAUSE_CUT.finditer(text, lo, start)), default=lo)


def _past_clause(text: str, start: int) -> bool:
    """Is there a past-tense verb in the clause before ``start`` (at most 60 characters)?"""
    return next(_past_verbs(text, clause_start(text, start), start), None) is not None


def _past_verbs(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    past, _, _, not_past = _tense_patterns()
    for m in _WORD.finditer(text, lo, hi):
        word = m.group().lower()
        if not (word in past or (len(word) > 3 and word.endswith("ed"))) or word in not_past:
            continue
        if (m.start() and text[m.start() - 1] in "'’-") or text[m.end():m.end() + 1] in ("'", "’", "-"):
            continue  # part of a longer word ("well-known", "o'clock")
        if _BE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        yield m


_BE_JUST_BEFORE = re.compile(r"(?<![A-Za-z])(?:is|are|am|be|been|['’]s|['’]re)\s+$", re.I)


def _finite_cue(text: str, cue: re.Match[str]) -> bool:
    """A participle cue ("expected", "scheduled", "planned") after a date points forward
    only with its auxiliary ("talks on Friday are expected to"): "officials on Tuesday
    expected rain" is a past tense."""
    word = cue.group().lower()
    if not (word.endswith("ed") or word in ("plans", "planning")):
        return True
    return _BE_JUST_BEFORE.search(text, max(0, cue.start() - 8), cue.start()) is not None


_STARTING = "a start date in a present-tense clause"
_START_CUE = "a start date ('beginning', 'effective' before it)"


_SCHEDULED = "a present-tense verb of a scheduled event before it"
# the words before a date, the last up to six of its clause
_WORDS_BEFORE = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:.!?()\d]")
_NO_SUBJECT = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "two",
                         "three", "four", "five", "several", "many", "some", "all", "both", "these",
                         "those", "this", "that", "of", "and", "or", "for", "to", "in", "on", "at",
                         "by", "with", "from", "new", "next", "last", "first", "final", "whose"})


@lru_cache(maxsize=1)
def _scheduled_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary().scheduled_verbs)


# a time of day between a verb and its day ("closes at 11pm on Friday", "through 11 p.m. Monday")
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*"
_CLOCK_BEFORE = re.compile(rf"(?<![\w.:]){_CLOCK}(?:[ap]\.?m\.?|GMT|BST|UTC)?\s+(?:on\s+)?$", re.I)


def _scheduled_before(text: str, start: int) -> bool:
    """Does a present-tense verb of a scheduled event, after a subject, stand right before
    the date, at most two words between (its object: "reports second-quarter results on 25
    July")? Only in an article's body: a headline tells past events in the present."""
    if "\n" not in text[:start]:
        return False
    clock = _CLOCK_BEFORE.search(text, max(0, start - 24), start)  # "closes at 11pm on Friday"
    if clock:
        start = clock.start()
    words = [w.group() for w in _WORDS_BEFORE.finditer(text, max(0, start - 90), start)][-10:]
    while words and words[-1].lower() in ("on", "late", "early"):
        words.pop()
    verbs = _scheduled_verbs()
    for k in (1, 2, 3):  # the verb, then at most two words of its object
        if len(words) <= k:
            return False
        verb, subject = words[-k], words[-k - 1]
        if subject == "," and len(words) > k + 1:
            subject = words[-k - 2]  # an aside closed before the verb ("their panel, which
            # includes Saudi Arabia and Russia, meets virtually on Monday")
        if verb in verbs:
            if subject.lower() == "and":  # "It opens on June 14 and closes on August 30": the
                # verb shares the subject of a scheduled verb before it
                return any(w in verbs and _subject(s) for s, w in zip(words[:-k - 2], words[1:-k - 1]))
            return _subject(subject)
        if not verb[0].isalpha():
            return False
    return False


def _subject(word: str) -> bool:
    """Can ``word`` end the subject before a verb ("the window opens"; not "the party's
    votes", "and", "two")?"""
    return word[0].isalpha() and word.lower() not in _NO_SUBJECT \
        and not word.endswith(("'s", "’s", "s'", "s’"))


def _forward(text: str, start: int, end: int) -> str | None:
    """The clause's tense when it points a bare date forward, else None: a future cue after
    the date before any past-tense verb, with no past-tense verb before it in its clause
    ("On Monday, the council will vote", "Talks on Monday are expected to..."), or a start
    date in a present-tense clause ("From April 1, imports are capped")."""
    stop = _SENTENCE_END.search(text, end, end + 100)
    hi = stop.start() if stop else min(len(text), end + 100)
    possessive = text.startswith(("'s", "’s"), end)  # "Sunday's vote is expected to...": the noun's tense
    cue = None if possessive else next((c for c in _future_cue().finditer(text, end, hi)
                                        if _finite_cue(text, c)), None)
    _, present, start_cue, _ = _tense_patterns()
    if _scheduled_before(text, start) and not _past_clause(text, start):
        return _SCHEDULED
    starting = _START_AT.match(text, start) or start_cue.search(text, max(0, start - 24), start)
    if starting and _START_BEFORE.search(text, max(0, start - 24), start):
        return _START_CUE  # "restrictions beginning Aug. 1", whatever the clause's tense
    if (cue is None and not starting) or _past_clause(text, start):
        return None  # the cheap tests first: most dates have neither cue
    past = next(_past_verbs(text, end, hi), None)
    limit = past.start() if past else hi
    if cue is not None and cue.start() < limit:
        return "a future-tense verb after it"
    if starting and present.search(text, end, limit) is not None:
        return _STARTING
    return None


@lru_cache(maxsize=1)
def _target_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{_trie(vocabulary().target_cues)})(?![A-Za-z])", re.I)


# "by December", "until September", "by the end of June": a target date (the month follows).
_TARGET_AT = re.compile(r"(?:by|until|till|til)\s", re.I)
_TARGET_BEFORE = re.compile(r"(?<![A-Za-z])(?:by|until|till|til)\s+(?:(?:the\s+)?(?:beginning|start|middle|end)"
                            r"\s+of\s+(?:the\s+)?|(?:early|mid|late)[-\s]+)?$", re.I)


def _target(text: str, start: int) -> bool:
    """Is the date at ``start`` (a match that may begin with its cue) after "by"/"until" with a
    goal, plan or lasting state earlier in the clause ("aims to cut inflation by December",
    "remains closed until September")? Past auxiliaries block a cue as in ``_future``."""
    if not (_TARGET_AT.match(text, start) or _TARGET_BEFORE.search(text, max(0, start - 32), start)):
        return False
    lo = max(0, start - 80)
    window = text[lo:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return any(not _PAST_AUX.search(window, max(cut, c.start() - 16), c.start())
               for c in _target_cue().finditer(window, cut))


@lru_cache(maxsize=1)
def _deferral_verb() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{_trie(vocabulary().deferral_verbs)})(?![A-Za-z])", re.I)


_DEFERRED_TO = re.compile(rf"(?<![A-Za-z])(?:until|till|through|to)\s+(?:{_CLOCK}[ap]\.?m\.?\s+)?"
                          r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)  # (a time may come first: "11 p.m. Monday")


def deferred(text: str, start: int) -> bool:
    """Is the date at ``start`` the new date of a verb that moves a date on ("extended a
    warning through 11 p.m. Monday", "was adjourned until Friday"): "until", "till",
    "through" or "to" right before it and such a verb earlier in its clause?"""
    cue = _DEFERRED_TO.search(text, max(0, start - 36), start)
    if cue is None:
        return False
    return _deferral_verb().search(text, clause_start(text, cue.start()), cue.start()) is not None


# A deadline names a date before it passes and is reported just after it: "before a
# November 17 deadline", "ahead of the March 1 deadline", "due on November 17".
_DEADLINE_BEFORE = re.compile(r"(?<![A-Za-z])(?:ahead\s+of|due(?:\s+(?:on|by|in|for))?|deadline\s+(?:of|on|for)|"
                              r"no\s+later\s+than|in\s+time\s+for)\s+(?:(?:the|a|an|its|their|this)\s+)?$", re.I)
_DEADLINE_AFTER = re.compile(r"(?:['’]s)?\s+(?:deadline|cut-?off|due\s+date|target\s+date)(?![A-Za-z])", re.I)


@lru_cache(maxsize=1)
def _scheduled_after() -> re.Pattern[str]:
    """A scheduled event's noun right after a month's name ("the Bank's August meeting";
    data: scheduled_nouns)."""
    return re.compile(rf"\s+(?:{_trie(vocabulary().scheduled_nouns)})(?![A-Za-z])", re.I)


def _deadline(text: str, start: int, end: int) -> bool:
    """Is the date at [start, end) a deadline?"""
    return (_DEADLINE_BEFORE.search(text, max(0, start - 30), start) is not None
            or _DEADLINE_AFTER.match(text, end) is not None)



# A sentence end inside a window: . ! ? before whitespace and a capital or quote, or a line
# break. Cheaper than the document's sentence index and only used to bound a look-around.
_CLAUSE_STOP = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z])|\n""")


def _sentence_window(text: str, start: int, end: int, reach: int = 240) -> str:
    """The text around [start, end) up to ``reach`` characters either side, cut at the
    nearest sentence ends."""
    lo = max(0, start - reach)
    before = text[lo:start]
    cut = max((m.end() for m in _CLAUSE_STOP.finditer(before)), default=0)
    after = text[end:end + reach]
    stop = _CLAUSE_STOP.search(after)
    return before[cut:] + text[start:end] + (after[:stop.start()] if stop else after)


def _g(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or None when it did not take part or the rule has no such
    group (one look-up, not a dict of all the rule's groups)."""
    return m.group(name) if name in m.re.groupindex else None


def _part(m: re.Match[str]) -> int | None:
    word = _g(m, "part")
    if not word:
        return None
    key = word.lower().split()
    for w in key:
        if w in vocabulary().parts:
            return vocabulary().parts[w]
    return None


def _year_edge(m: re.Match[str], year: int) -> tuple[dt.date, dt.date] | None:
    """The month a year's edge word names ("the end of 2023": December 2023; "the start of
    the year": January), or None for another part word ("late 2023" is a third)."""
    word = _g(m, "part") or ("end" if _g(m, "unit2") else "")  # ("year-end")
    edges = vocabulary().year_edge_months
    month = next((edges[w] for w in word.lower().split() if w in edges), None)
    if month is None:
        return None
    return dt.date(year, month, 1), tr.month_end(year, month)


def _period(start: int, end: int, period: tuple[dt.date, dt.date] | None, gran: Granularity,
            *, assumptions: tuple[str, ...] = (), unresolved: str | None = None,
            month: int | None = None, day: int | None = None, has_year: bool = True) -> _Hit:
    lo, hi = period if period else (None, None)
    return _Hit(start, end, lo, hi, gran, None if period else unresolved, assumptions,
                month, day, has_year)


def _date_or_none(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


_NO_PUB = "no publication date"
_PAST = "read as the most recent one on or before publication (past-tense news)"
_FUT = "read as the next one on or after publication (future-tense context)"
_NEAR = "read as the nearer of the past and the coming one (a deadline)"


_SOON = ("read as the coming one, weeks ahead, not the one most of a year back (a writer "
         "gives that one its year), no past verb in its sentence")
_SOON_AHEAD, _SOON_BACK = 62, 240  # days


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")


def _past_after(text: str, end: int) -> bool:
    """Is there a past-tense verb after ``end`` in its clause, up to a coordinated clause or
    the sentence's end ("From April 1, imports were capped"; not "... on July 23, and rain
    flooded the cave")?"""
    stop = _SENTENCE_END.search(text, end, end + 100)
    hi = stop.start() if stop else min(len(text), end + 100)
    joint = _NEXT_CLAUSE.search(text, end, hi)
    return next(_past_verbs(text, end, joint.start() if joint else hi), None) is not None


def _soon(published: dt.date, mo: int, d: int | None) -> bool:
    """Does a month (and day) without a year come within ``_SOON_AHEAD`` days after
    ``published``, while its last occurrence lies ``_SOON_BACK`` days or more before it?
    ("the opening match on 17 August", written on 19 July: this August.)"""
    if d is None:
        ahead, back = tr.resolve_month(published, mo, True), tr.resolve_month(published, mo, False)
        return back[1] < published and (ahead[0] - published).days <= _SOON_AHEAD \
            and (published - back[1]).days >= _SOON_BACK
    ahead_day = tr.resolve_month_day(published, mo, d, True)
    back_day = tr.resolve_month_day(published, mo, d, False)
    return ahead_day is not None and back_day is not None and \
        (ahead_day - published).days <= _SOON_AHEAD and (published - back_day).days >= _SOON_BACK


def _undated(m: re.Match[str] | tuple[int, int], text: str, ctx: Context, mo: int, d: int | None,
             d2: int | None) -> _Hit:
    """A month (and day) without a year: past reading, or future in future context, or the
    nearer of both for a deadline. ``m``: the match or its span."""
    s, e = m if isinstance(m, tuple) else m.span()
    if ctx.published is None:
        return _Hit(s, e, gran=G.day if d else G.month, unresolved="no year", month=mo,
                    day=d, has_year=False)
    fut = _future(text, s)
    target = not fut and _target(text, s)
    forward = None if fut or target else _forward(text, s, e)
    # in force from then, or scheduled in the present tense ("the window opens on June 14
    # and closes on August 30", written in July): the nearer of the past and the coming one
    starting = forward in (_STARTING, _START_CUE) or forward == _SCHEDULED and d is not None
    fut = fut or target or (forward is not None and not starting)
    near = not fut and (starting or _deadline(text, s, e) or deferred(text, s)
                        or d is None and _scheduled_after().match(text, e) is not None)
    soon = not fut and not near and _soon(ctx.published, mo, d) and not _past_clause(text, s) \
        and not _past_after(text, e)
    fut = fut or soon
    reading = (_FUT.replace("context", f"context: {forward}") if fut and forward else _SOON if soon
               else _FUT if fut
               else f"read as the nearer of the past and the coming one ({forward})" if starting
               else _NEAR if near else _PAST)
    why = ("month/day without a year " + reading
           + (" ('by'/'until' after a goal, plan or lasting state)" if target else ""),)
    if d is None:
        period = tr.nearest_month(ctx.published, mo) if near else tr.resolve_month(ctx.published, mo, fut)
        return _period(s, e, period, G.month, assumptions=why, month=mo, has_year=False)
    if near:
        first = tr.nearest_month_day(ctx.published, mo, d)
    else:
        first = tr.resolve_month_day(ctx.published, mo, d, fut)
    if first is None:
        return _Hit(s, e, unresolved="invalid date", month=mo, day=d, has_year=False)
    last = _date_or_none(first.year, mo, d2) if d2 else first
    if last is None or last < first:
        return _Hit(s, e, unresolved="invalid date", month=mo, day=d, has_year=False)
    return _Hit(s, e, first, last, G.day, None, why, mo, d, False)


def _dated(m: re.Match[str], y: int, mo: int, d: int | None, d2: int | None) -> _Hit | None:
    s, e = m.span()
    if d is None:
        return _period(s, e, tr.month_period(y, mo), G.month, month=mo)
    first = _date_or_none(y, mo, d)
    last = _date_or_none(y, mo, d2) if d2 else first
    if first is None or last is None or last < first:
        return None
    return _Hit(s, e, first, last, G.day, month=mo, day=d)
