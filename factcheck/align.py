"""Alignment: which claims of different sentences state the same fact (DESIGN §4).

Claims are compared through their frames (``factcheck.frames``), never by key strings:

1. **Blocking.** A claim is a candidate for another only inside one story group
   (``check.story_groups``), with the same dimension, and when they share one of their
   measure words or strongest terms (values) or an event class (dates). Candidates come
   from an index of (story, dimension, word) -> claims, never from all pairs; a block
   larger than ``MAX_BLOCK`` says too little to compare on and is passed over, and claims
   of one witness group (near-identical copies) are never paired.
2. **Vetoes.** Claims whose names (whose the value is), periods, ordinals or time scopes
   differ, a role (a change, an earlier value, a part, a forecast, a condition), counts of
   different nouns or with different verbs, counts of a noun the story counts in parts, a
   group's age range against one person's age, and events that recur in the story are
   never aligned.
3. **Score.** The cosine of the two frames' term weights, each term weighted by its
   nearness to the number and by how rare it is among the documents (inverse document
   frequency), so that words every article of a story uses ("cave", "company") count
   less than the words that say what this number measures ("entrance", "turnout").
4. **Best match.** Between two documents a claim is aligned with at most one claim of the
   other, the one it scores highest with, and only when that one scores highest with it
   too (a mutual best match).

The thresholds (``LOW``, ``HIGH``, ``INTERNAL``) and the shares are calibrated in docs/quality.md.
Every ``Alignment`` keeps its score and the terms and names that made it, so a finding
built on it can say why the two sentences were read as one fact.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from factcheck.extract.text import TextIndex
from factcheck.frames import (CHANGE, FORECAST, SUBSET, TALLY, concept, frame_scope, name_acronyms, name_runs,
                              person_before, tables)
from factcheck.link_text import JOINT
from factcheck.models import Claim, CountValue, Document, Frame, Interval, QuantityValue
from factcheck.normalize.intervals import conflict

__all__ = ["Mention", "Alignment", "Aligner", "HIGH", "LOW", "MAX_BLOCK", "claim_number",
           "comparable_interval", "disagree", "precise", "range_ends", "scale_slip", "slipped", "slipped_unit",
           "time_interval", "timed", "transposed"]

HIGH = 0.35  # an alignment at or above this is confident: findings may be warnings or errors
LOW = 0.3  # at or above this (and below HIGH) it is "possible": findings are info at most
INTERNAL = 0.6  # two claims of one article must score this to be read as one fact
_HEAD_SHARE = 0.5  # of an age's score that a shared name it belongs to makes
_CLOCK_SHARE = 0.6  # of a score that one event's times of day on one day make
_LONGEST_EVENT = 366  # days: a date spanning more is a period, never one event's day
_ERA = 2 * 366  # days: dates further apart are two occurrences of their event
_GENERIC = 0.6  # the factor on the score of an event class that happens many times
_DATE_SHARE = 0.35  # of a score that one event class (not recurring in the story) makes
_PLACE_SHARE = 0.35  # of a score that one place two distances are measured from makes
_COUNT_SHARE = 0.35  # of a score that one event class befalling one counted noun makes
_OWNED_SHARE = 0.25  # of a score that one named owner's count of one noun makes
_HOLDING = frozenset({"win", "operate"})  # verb concepts of what an owner holds or won (frames.yaml concepts)
_HEADED = ("count", "ordinal", "age", "second", "date", "share")  # dimensions whose head is no measured thing
_ORDER = 3.0  # the largest ratio of two amounts read as one amount told two ways
_SPAN_SHARE = 0.35  # of a score that two spans of time up to one event class make
SCOPE_SHARE = 2 / 3  # of the shorter time scope two aligned claims' scopes must share
_ECHO_MINUTES = 5  # two times of one sentence this close in UTC are one moment on two clocks
_COMPANION_SHARE = 0.35  # of a score that one precise figure both sentences also give makes
_PRECISE_DIGITS = 3  # significant digits that make a figure precise ("$2.47 billion", "1,240")
def _distinctive(value: float) -> bool:
    """Is a count precise enough that two articles giving it count one group: four
    significant digits or more ("118,420", "3,817"; not "3,800" or "40")?"""
    digits = str(int(value)).rstrip("0") if value == int(value) else ""
    return len(digits) >= 4


CONVERTED_GAP = 0.0025  # of a quantity's size: two values this close are one converted twice
VARIANT_MIN = 7  # letters: the shortest name read as another's spelling (``spelling_variants``)
ALIAS_MIN = 5  # the smallest count whose nouns are read as one group's (``Aligner._aliases``)
NOW_DAYS = 92  # a value with no date of its own holds in the quarter before publication
_NAMED_KIND = re.compile(r"\s+(?:[a-z][\w-]*\s+)?[A-Z]")  # "two British divers", "1,000 of the Thai rescuers"
_TOP = 4  # a claim is blocked under its measure words and its this many strongest terms
MAX_BLOCK = 400  # a (story, dimension, word) block with more claims than this is skipped
_SECONDS = {"day": 86400.0}
_PARTICIPLE_AFTER = re.compile(r"\s+([a-z][\w-]*ed)\s+[a-z]")  # "650 unarmed monitors"
_SPOKEN = 0.1  # the relative width of a spoken fraction ("one in five", "a third")
_AGO = re.compile(r"\bago\b", re.I)


@lru_cache(maxsize=1)
def _tally() -> re.Pattern[str]:
    """After an ordinal, its noun phrase and the tally it ranks in (frames.yaml
    ``tally_scopes``): "13th victory of his Formula One career", "second of the season",
    "14th career title"."""
    scopes = "|".join(sorted(map(re.escape, tables().tally_scopes)))
    return re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:of\s+(?:his|her|their|its|the|this)\s+(?:[\w-]+\s+){0,2}?)?"
                      rf"(?P<scope>{scopes})s?\b", re.I)


@dataclass(frozen=True, eq=False)
class Mention:
    """A framed claim of one document."""

    doc: str
    claim: Claim
    frame: Frame
    interval: Interval | None
    n: int = 0  # its place among the aligner's mentions (document, then claim order)
    key: tuple[str, int, int] = field(init=False)  # (document, start, end)
    clock: tuple[float, float] | None = field(init=False)  # its time of day in minutes
    zoned: bool = field(init=False)  # the clock is in UTC (else in the unstated local time)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", (self.doc, self.claim.start, self.claim.end))
        got = clock_of(self.claim) if self.claim.value.kind == "date" else None
        object.__setattr__(self, "clock", got[0] if got else None)
        object.__setattr__(self, "zoned", bool(got and got[1]))


def timed(a: Mention, b: Mention) -> bool:
    """Can two mentions' times of day be compared: both state one, both in UTC or both
    in a local time they leave unstated (reporting gives an event's local time)?"""
    return a.clock is not None and b.clock is not None and a.zoned == b.zoned


@dataclass(frozen=True)
class Alignment:
    a: Mention
    b: Mention
    score: float
    terms: tuple[str, ...] = ()  # shared terms, strongest first
    names: tuple[str, ...] = ()  # shared names

    def explain(self) -> str:
        f = self.a.frame
        same = f.event and f.event == self.b.frame.event
        what = (f"the same event ({f.event})" if f.event and f.dimension == "date" else
                f"counts of those one event befell ({f.event})" if same and f.dimension == "count"
                else f"spans of time up to the same event ({f.event})" if same
                else "the same measure")
        words = ", ".join(self.terms[:6]) or ("the event alone" if self.a.frame.event
                                                else "no shared words")
        out = f"aligned as {what} with score {self.score:.2f} on {words}"
        if self.names:
            out += f"; names: {', '.join(self.names[:4])}"
        return out


_ROUND_FIGURE = re.compile(r"[1-9]\d{0,2}(?:,\d00)*,\d00|[1-9]\d*000")  # 1,200 · 45,000 · 3000


def claim_number(c: Claim) -> float:
    """The figure a claim states (a count, a share, an amount, a magnitude), else nan."""
    v = c.value
    n = getattr(v, "value", None) if c.kind in ("count", "percent") else \
        getattr(v, "amount", None) if c.kind == "money" else getattr(v, "magnitude", None)
    return float(n) if n is not None else float("nan")


def _digits(n: float) -> str:
    """The significant digits of a figure: 4.2 million and 0.42 are "42", 1,457 is "1457"."""
    return f"{abs(n):.10g}".split("e")[0].replace(".", "").strip("0")


def transposed(a: Claim, b: Claim) -> bool:
    """Are two figures of one kind one figure with two adjacent digits swapped ("4.2
    million" and "2.4 million", "1,457" and "1,547"; ``slipped``), the commonest slip of
    typing a figure?"""
    if a.kind != b.kind or a.kind not in ("money", "quantity", "count", "percent"):
        return False
    na, nb = claim_number(a), claim_number(b)
    if na != na or nb != nb or na == nb or not 0.1 < (na / nb if nb else 0.0) < 10.0:  # (nan: no figure)
        return False
    da, db = _digits(na), _digits(nb)
    return len(da) >= 2 and slipped(da, db, digits_min=99)


def comparable_interval(c: Claim) -> Interval | None:
    """The claim's interval in the units alignment compares: the rules' canonical units,
    with durations in seconds so that "nine days" and "216 hours" meet."""
    from factcheck.rules.base import claim_interval

    if c.value.kind in ("count", "ordinal") and c.interval is not None:
        iv = c.interval  # whole numbers: 12 and 13 are different counts
        if c.value.kind == "count" and c.qualifier.value == "exact" and _ROUND_FIGURE.fullmatch(c.text):
            # a round figure in the thousands is a rounded one: "the 1,200 damaged houses"
            # holds "more than 1,200" and 1,180
            v = int(c.value.value)  # type: ignore[union-attr]
            unit = 10 ** (len(str(v)) - len(str(v).rstrip("0")))
            return Interval(low=v - unit / 2, high=v + unit / 2, unit=iv.unit)
    elif c.value.kind == "percent" and c.interval is not None:
        from factcheck.normalize.intervals import convert

        stated = claim_interval(c) or c.interval  # with its stated precision: "12%" is 11.5-12.5
        return convert(stated, 0.01, 0.0, "share")  # 40% is the share 0.4
    elif c.value.kind == "ratio" and c.interval is not None and float(c.value.value) <= 1:  # type: ignore[union-attr]
        iv = c.interval.model_copy(update={"unit": "share"})
        if re.search(r"[A-Za-z]", c.text) and c.qualifier.value == "exact":
            # a spoken fraction is a rounded one: "one in five" for 19% or 21%
            lo, hi = float(iv.low), float(iv.high)  # type: ignore[arg-type]
            return Interval(low=lo * (1 - _SPOKEN), high=hi * (1 + _SPOKEN), unit="share")
        return iv
    else:
        iv = claim_interval(c)
    if iv is None:
        return None
    if c.value.kind == "date" and _AGO.search(c.text) and isinstance(iv.low, dt.date):
        # "a week ago" is loose: a day either way
        return Interval(low=iv.low - dt.timedelta(days=1), high=iv.high + dt.timedelta(days=1),  # type: ignore[operator]
                        unit=iv.unit)
    factor = _SECONDS.get(iv.unit or "")
    if factor is None:
        return iv
    from factcheck.normalize.intervals import convert

    return convert(iv, factor, 0.0, "second")


@dataclass
class Aligner:
    """Aligns the framed claims of a set of documents; built once per ``check``."""

    documents: Mapping[str, Document]
    frames: Mapping[str, Sequence[tuple[Claim, Frame]]]
    witness: Mapping[str, str] = field(default_factory=dict)
    stories: Mapping[str, str] | None = None
    high: float = field(default_factory=lambda: HIGH)  # read when built (calibration sets it)
    low: float = field(default_factory=lambda: LOW)
    jobs: int = 1  # processes that score the stories' pairs (``_by_story``)

    def __post_init__(self) -> None:
        self.mentions: list[Mention] = []
        for doc in sorted(self.frames):
            for c, f in self.frames[doc]:
                iv = comparable_interval(c)
                if iv is not None and c.value.kind == "ordinal" and f.dimension == "count":
                    iv = iv.model_copy(update={"unit": "count"})  # "the eighth and final round"
                self.mentions.append(Mention(doc, c, f, iv, len(self.mentions)))
        df: dict[str, int] = defaultdict(int)
        for doc in sorted(self.frames):
            for t in {t for _, f in self.frames[doc] for t in f.terms}:
                df[t] += 1
        n = max(len(self.frames), 1)
        self.idf = {t: math.log(1.0 + n / d) for t, d in df.items()}
        self._vectors: dict[int, tuple[dict[str, float], float]] = {}
        self._persons: dict[int, str | None] = {}
        self._runs: dict[str, dict[str, set[int]]] = {}  # story -> name word -> the runs holding it
        self._acronyms: dict[str, dict[str, tuple[str, ...]]] = {}  # story -> acronym -> its name's words
        self._spelled_frames: dict[int, Frame] = {}  # mention -> its frame with acronyms spelled out
        self._variants: dict[str, dict[str, str]] = {}  # story -> a name's spelling -> the story's one
        self._indexes: dict[str, TextIndex] = {}  # the sentences of documents whose persons are read
        self._done: dict[tuple[bool, float], list[Alignment]] = {}
        self.recurring = self._recurring()
        self.partitioned = self._partitioned()
        self._largest = self._largest_counts()
        self.aliases = self._aliases()
        self.echoes = self._echoes()

    def _scope(self, m: Mention) -> tuple[dt.date, dt.date] | None:
        """A claim's time scope: its own dates, else the month before its article's
        publication (a value with no date of its own is the state of things then)."""
        got = frame_scope(m.frame)
        if got is not None:
            return got
        doc = self.documents.get(m.doc)
        if doc is None or doc.published is None:
            return None
        return doc.published - dt.timedelta(days=NOW_DAYS), doc.published

    @staticmethod
    def _same_scope(a: Mention, b: Mention) -> bool:
        """Are both claims dated, by their own words, to one time?"""
        sa, sb = frame_scope(a.frame), frame_scope(b.frame)
        return sa is not None and sb is not None and _same_time(sa, sb)

    def _day_move_apart(self, a: Mention, b: Mention) -> bool:
        """Is ``a`` a change dated to one day and ``b`` an undated change in an article
        published two or more days later? An undated move ("the shares fell 4.3%") is the
        news of its article's day, not of a day told elsewhere."""
        da, db = frame_scope(a.frame), frame_scope(b.frame)
        if da is None or da[0] != da[1] or db is not None:
            return False
        if not (a.frame.role or "").startswith(CHANGE) or not (b.frame.role or "").startswith(CHANGE):
            return False
        doc = self.documents.get(b.doc)
        return doc is not None and doc.published is not None and (doc.published - da[0]).days >= 2

    def story_of(self, doc: str) -> str:
        """The story group a document belongs to ("" when there is one story)."""
        return self.stories.get(doc, doc) if self.stories is not None else ""

    def _partitioned(self) -> dict[str, set[tuple[str, tuple[str, ...], str]]]:
        """Counted nouns a story counts in parts: one document gives two different counts
        of them in different sentences ("four boys were freed on Sunday", "the 12 boys").
        A count of such a noun is not aligned: it may be any of the parts. Keys are (noun,
        names, ""), and (noun, names, event) when the two counts are of one event ("four
        boys were freed", "all 12 boys were freed"): then even those counts are parts."""
        out: dict[str, set[tuple[str, tuple[str, ...], str]]] = defaultdict(set)
        by_doc: dict[tuple[str, str, tuple[str, ...]], list[Mention]] = defaultdict(list)
        for m in self.mentions:
            if m.frame.dimension == "count" and m.frame.head and m.interval is not None:
                by_doc[(m.doc, m.frame.head, m.frame.names)].append(m)
        for (doc, head, names), ms in by_doc.items():
            for i, x in enumerate(ms):
                for y in ms[i + 1:]:
                    if conflict(x.interval, y.interval) and x.claim.sentence != y.claim.sentence \
                            and not _told_by_verbs(x.frame, y.frame) \
                            and not _near(x.interval, y.interval):  # type: ignore[arg-type]
                        out[self.story_of(doc)].add((head, names, ""))
                        if x.frame.event and x.frame.event == y.frame.event:
                            out[self.story_of(doc)].add((head, names, x.frame.event))
        return out

    def _largest_counts(self) -> set[int]:
        """Counts that are the largest their document gives of their noun (and names):
        a story that counts passengers in parts ("23 passengers were treated") still has
        one whole in each article ("147 passengers on board")."""
        best: dict[tuple[str, str, tuple[str, ...]], list[Mention]] = defaultdict(list)
        for m in self.mentions:
            iv = m.interval
            if m.frame.dimension == "count" and m.frame.head and iv is not None and iv.low is not None:
                best[(m.doc, m.frame.head, m.frame.names)].append(m)
        out: set[int] = set()
        for ms in best.values():
            top = max(m.interval.low for m in ms)  # type: ignore[union-attr]
            out.update(m.n for m in ms if m.interval.low == top)  # type: ignore[union-attr]
        return out

    def _echoes(self) -> set[int]:
        """Mentions that restate the moment before them in their sentence on another clock
        ("at 4.52pm local time on Sunday - 00.52 BST on Monday"): aligned through the first
        telling only, so another outlet's "Sunday" meets the local day."""
        out: set[int] = set()
        timed: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
        for m in self.mentions:
            if m.frame.dimension == "date" and m.clock is not None:
                timed[(m.doc, m.claim.sentence)].append(m)
        for ms in timed.values():
            for i, x in enumerate(ms):
                for y in ms[i + 1:]:
                    if x.zoned and y.zoned:
                        (xl, xh), (yl, yh) = x.clock, y.clock  # type: ignore[misc]
                        if abs((xl + xh) / 2 - (yl + yh) / 2) <= _ECHO_MINUTES:
                            out.add(y.n)
                    elif x.zoned != y.zoned and _restated(x, y) and \
                            x.claim.value.time[3:] == y.claim.value.time[3:]:  # type: ignore[union-attr]
                        out.add(y.n)  # a local time and the same minute on a zoned clock
        return out

    def _aliases(self) -> dict[str, set[frozenset[str]]]:
        """Counted nouns a story uses for one group: one document gives the same count of
        both ("Eight miners were trapped ...", "the eight men are in good condition"), so
        another outlet's "nine miners" may state the fact its "the eight men" states.
        Two articles of a story that give one distinctive count (four significant digits
        or more: "118,420") each with its own noun name one group with both.
        Counts below ALIAS_MIN are too common to tell ("three divers", "the first three
        boys"), and so is a part of a larger group; so is a noun the document counts with
        other values too ("six wickets ... 24 wickets in the series", "6-71 in the innings
        ... 21 runs in the innings": a figure-dense report, where values meet by chance)."""
        out: dict[str, set[frozenset[str]]] = defaultdict(set)
        heads: dict[tuple[str, float], set[str]] = defaultdict(set)
        values: dict[tuple[str, str], set[float]] = defaultdict(set)
        for m in self.mentions:
            iv = m.interval
            if m.frame.dimension == "count" and m.frame.head and m.frame.role != SUBSET \
                    and iv is not None \
                    and m.claim.qualifier.value == "exact" and iv.low == iv.high \
                    and iv.low is not None and iv.low >= ALIAS_MIN:  # type: ignore[operator]
                heads[(m.doc, float(iv.low))].add(m.frame.head)  # type: ignore[arg-type]
                values[(m.doc, m.frame.head)].add(float(iv.low))  # type: ignore[arg-type]
        for (doc, _), found in heads.items():
            ordered = sorted(h for h in found if len(values[(doc, h)]) == 1)
            for i, x in enumerate(ordered):
                for y in ordered[i + 1:]:
                    out[self.story_of(doc)].add(frozenset((x, y)))
        across: dict[tuple[str, float], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for m in self.mentions:  # the figure as written: "some 118,420 patients" gives 118,420
            written = m.claim.value.value if isinstance(m.claim.value, CountValue) else None
            if m.frame.dimension == "count" and m.frame.head and m.frame.role != SUBSET \
                    and written is not None and _distinctive(float(written)):
                across[(self.story_of(m.doc), float(written))][m.doc].add(m.frame.head)
        for (story, _), by_doc in across.items():
            found = set().union(*(hs for hs in by_doc.values() if len(hs) == 1))
            ordered = sorted(found)
            if len(ordered) == 2:  # "118,420 people" in one article, "118,420 patients" in another
                out[story].add(frozenset(ordered))
        return out

    @cached_property
    def _alias_of(self) -> dict[tuple[str, str], str]:
        """(story, counted noun) -> the one noun its aliases are read as (the first in
        alphabetical order of its alias group), for nouns that have aliases."""
        rep: dict[tuple[str, str], str] = {}

        def find(key: tuple[str, str]) -> str:
            while rep.get(key, key[1]) != key[1]:
                key = (key[0], rep[key])
            return key[1]

        for story in sorted(self.aliases):
            for pair in sorted(sorted(p) for p in self.aliases[story]):
                x, y = find((story, pair[0])), find((story, pair[1]))
                if x != y:
                    rep[(story, max(x, y))] = min(x, y)
                rep.setdefault((story, min(x, y)), min(x, y))
        return {key: find(key) for key in rep}

    @cached_property
    def _companions(self) -> dict[int, frozenset[tuple[str, float, float]]]:
        """Mention -> the precise figures (not dates) the other claims of its sentence
        give, as (dimension, low, high). Two sentences that both give "$2.47 billion a
        year earlier" tell one series, so their other figures ("fell to $2.16 billion",
        "annual sales of $2.61 billion, down from") are one fact told twice."""
        by_sentence: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
        for m in self.mentions:
            if m.interval is not None and m.frame.dimension != "date":
                by_sentence[(m.doc, m.claim.sentence)].append(m)
        out: dict[int, frozenset[tuple[str, float, float]]] = {}
        for ms in by_sentence.values():
            figures = [(m.n, (m.frame.dimension, m.interval.low, m.interval.high)) for m in ms
                       if precise(m.claim.text)]  # type: ignore[union-attr]
            for m in ms:
                got = frozenset(key for n, key in figures if n != m.n)
                if got:
                    out[m.n] = got
        return out

    @cached_property
    def _lone(self) -> frozenset[int]:
        """Mentions that are the only one of their dimension in their sentence."""
        by_sentence = Counter((m.doc, m.claim.sentence, m.frame.dimension) for m in self.mentions)
        return frozenset(m.n for m in self.mentions if by_sentence[(m.doc, m.claim.sentence, m.frame.dimension)] == 1)

    def _companioned(self, a: Mention, b: Mention) -> bool:
        """Do the sentences of two figures (not dates) also both give one precise figure?"""
        return a.frame.dimension != "date" and bool(
            self._companions.get(a.n, frozenset()) & self._companions.get(b.n, frozenset()))

    def _lone_companions(self, a: Mention, b: Mention) -> bool:
        """Are two figures companions (``_companioned``), each the only one of its
        dimension in its sentence? Then they are one fact, whatever other words the two
        sentences use ("raised by over 13 per cent to Rs 11.11 lakh crore", "the target
        was raised 11.1% to 11.11 trillion rupees")."""
        return self._companioned(a, b) and a.n in self._lone and b.n in self._lone

    def counted_noun(self, m: Mention) -> str | None:
        """A count's counted noun as its story's aliases read it."""
        head = m.frame.head
        return self._alias_of.get((self.story_of(m.doc), head), head) if head else head

    def _ranked(self, m: Mention) -> str | None:
        """What a count counts (``counted_noun``), or what an ordinal of "the Nth time"
        ranks: its verb ("won for the fourth consecutive time" ranks wins, as "its fifth
        consecutive victory" does)."""
        f = m.frame
        if f.dimension == "ordinal" and f.head == "time" and f.predicate:
            return f.predicate
        return self.counted_noun(m)

    @cached_property
    def _sole(self) -> frozenset[int]:
        """Counts (and ages) of a noun (as the story's aliases read it) that every article
        of the story counting it counts once (gives one age of): "a ceiling of 11,400
        troops", "up to 14,400 troops" where no article counts troops twice (not "two
        British divers" in a story that counts "ten foreign divers" and "three divers" in
        one article)."""
        by_noun: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for m in self.mentions:
            if m.n in self._grouped:
                continue  # "80 people hurt, six children among them": a part of another count
            if m.frame.dimension in ("count", "age") and m.frame.head:
                by_noun[(self.story_of(m.doc), m.frame.dimension, self.counted_noun(m) or "")][m.doc].append(m.n)
        return frozenset(ns[0] for docs in by_noun.values() if all(len(ns) == 1 for ns in docs.values())
                         for ns in docs.values())

    @cached_property
    def _grouped(self) -> frozenset[int]:
        """Counts told as a part of a larger group (``_in_a_group``)."""
        return frozenset(m.n for m in self.mentions if m.frame.dimension == "count"
                         and _in_a_group(self.documents[m.doc].text, m.claim))

    @cached_property
    def _group_of(self) -> dict[int, Mention]:
        """A count told as a part of a larger group (``_in_a_group``) -> the count of that
        group: the count before it in its sentence ("Eighty people hurt in the attack, six
        children among them")."""
        out: dict[int, Mention] = {}
        last: dict[tuple[str, str | None], Mention] = {}
        for m in sorted(self.mentions, key=lambda m: (m.doc, m.claim.start)):
            key = (m.doc, m.claim.sentence)
            if m.frame.dimension != "count":
                continue
            if key in last and m.n in self._grouped:
                out[m.n] = last[key]
            last[key] = m
        return out

    @cached_property
    def _series(self) -> frozenset[tuple[str, str]]:
        """(story, noun) for nouns an article of the story ranks with two ordinals ("won the
        first Test ... the second Test", "in the first innings and the second"): the
        ordinal names which of a series the sentence is about, so two articles' different
        ordinals of that noun may name two members, not one fact twice. Ordinals dated to a
        day do not count: "her fourth attempt ... a third attempt on May 2 was called off"
        tells one earlier try apart by its day, and the undated one is the story's. Nor do
        ordinals of a tally ("the 13th win of his career", "his second of the season"),
        which rank the story's item in two counts."""
        seen: dict[tuple[str, str], set[float]] = defaultdict(set)
        for m in self.mentions:
            if m.frame.dimension == "ordinal" and m.frame.head and m.interval is not None \
                    and not _one_day(m.frame) and self._tally_of(m) is None:
                seen[(m.doc, m.frame.head)].add(m.interval.low)
        return frozenset((self.story_of(doc), head) for (doc, head), values in seen.items()
                         if len(values) > 1)

    def _tally_of(self, m: Mention) -> str | None:
        """The tally an ordinal ranks its item in (frames.yaml ``tally_scopes``): "the 13th
        win of his career", "a 14th career title" (career), "his second of the season"."""
        return self._tallies.get(m.n)

    @cached_property
    def _tallies(self) -> dict[int, str]:
        """``_tally_of`` for every ordinal mention, read once (similarity asks per pair)."""
        out: dict[int, str] = {}
        for m in self.mentions:
            doc = self.documents.get(m.doc)
            got = _tally().match(doc.text, m.claim.end) if doc is not None and m.frame.dimension == "ordinal" \
                else None
            if got is not None:
                out[m.n] = got.group("scope").lower()
        return out

    def _described(self, m: Mention, other: Frame) -> bool:
        """Is a count's predicate the participle right before its noun ("650 unarmed
        monitors": unarm), a word the other frame also has? Then it describes the
        counted thing in both sentences, and the two clauses' verbs do not tell them apart."""
        doc = self.documents.get(m.doc)
        p = m.frame.predicate
        if doc is None or p is None or p not in other.terms:
            return False
        got = _PARTICIPLE_AFTER.match(doc.text, m.claim.end)
        return got is not None and concept(got.group(1)) == p

    def _named_kind(self, m: Mention) -> bool:
        """Is a count's noun narrowed by a name right after the number ("two British
        divers", "1,000 Thai rescuers"): a kind of the noun, not all of it?"""
        doc = self.documents.get(m.doc)
        return doc is not None and _NAMED_KIND.match(doc.text, m.claim.end) is not None

    def _recurring(self) -> dict[str, set[tuple[str, str | None]]]:
        """Event classes that happen more than once in a story: one document dates two
        mentions of the class to different days ("four boys were freed on Sunday and
        four more on Monday"). Dates of such events are not aligned by class alone.
        Keys are (event, agent): (event, None) when the mentions cannot be told apart,
        (event, agent) when the same agent's event recurs, and (event, "") when only
        different agents' events do ("the earthquake struck on Monday", "an aftershock
        struck on Tuesday"): then the agent tells the events apart."""
        out: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
        by_doc: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for m in self.mentions:
            if m.frame.event and m.interval is not None and m.frame.dimension == "date" \
                    and m.frame.role != FORECAST:  # (a planned one is no second occurrence)
                by_doc[(m.doc, m.frame.event)].append(m)
        for (doc, event), ms in by_doc.items():
            for i, x in enumerate(ms):
                for y in ms[i + 1:]:
                    if _restated(x, y) or _eras_apart(x, y):
                        continue  # one moment on two clocks; an occurrence of another era
                    ax, ay = x.frame.agent, y.frame.agent
                    apart = _told_apart(x.frame, y.frame)
                    if apart and timed(x, y) and disagree(x, y):
                        # two agents' events at two times ("the quake hit at 04:17", "an
                        # aftershock struck at 09:52"); one agent's are AL02's to weigh
                        out[self.story_of(doc)].add((event, ""))
                    if not conflict(x.interval, y.interval):  # type: ignore[arg-type]
                        continue
                    key = (event, "") if apart else (event, ax) if ax and ay else (event, None)
                    out[self.story_of(doc)].add(key)
        return out

    def _recurs(self, a: Mention, b: Mention) -> bool:
        """Is the event two dates share one that recurs in their story, so that the two
        may be different occurrences of it (see ``_recurring``)?"""
        event = a.frame.event
        rec = self.recurring.get(self.story_of(a.doc), ())
        if not event or event != b.frame.event or not rec:
            return False
        if (event, None) in rec:
            return True
        ga, gb = a.frame.agent, b.frame.agent
        if (ga and (event, ga) in rec) or (gb and (event, gb) in rec):
            return True  # the same agent's event recurs ("a boat sank on 2 May and on 9 May")
        if (event, "") in rec:
            return not (ga and ga == gb)  # told apart only by their agent
        return False

    # ------------------------------------------------------------------ scoring

    def _vector(self, m: Mention) -> tuple[dict[str, float], float]:
        """A mention's terms weighted by nearness and rarity, and their norm (once)."""
        got = self._vectors.get(m.n)
        if got is None:
            vec = {t: w * self.idf.get(t, 1.0) for t, w in m.frame.terms.items()}
            noun = self.counted_noun(m) if m.frame.dimension == "count" else None
            if noun and noun != m.frame.head and m.frame.head in vec:  # "men" read as "miners"
                vec[noun] = max(vec.pop(m.frame.head), vec.get(noun, 0.0))
            got = self._vectors[m.n] = (vec, math.sqrt(sum(v * v for v in vec.values())))
        return got

    def _spelled(self, m: Mention, f: Frame) -> Frame:
        """``f`` (``m``'s frame) with the acronyms among its names spelled out as another
        article of its story writes them ("EFL" where one article writes "the English
        Football League"): articles abbreviate a name that others spell."""
        if f is m.frame and m.n in self._spelled_frames:
            return self._spelled_frames[m.n]
        table = self._acronyms.get(self.story_of(m.doc))
        if table is None:
            texts = (self.documents[d].text for d in self._story_documents.get(self.story_of(m.doc), ()))
            table = self._acronyms[self.story_of(m.doc)] = name_acronyms("\n.\n".join(texts))  # (one
            # article's acronym, another's name: no name runs past a stop)
        spelled = f
        if table and any(w in table for w in (*f.names, *f.actors, *f.entities)):
            def spell(words: tuple[str, ...]) -> tuple[str, ...]:
                return tuple(sorted(set(words).union(*(table[w] for w in words if w in table))))

            spelled = f.model_copy(update={"names": spell(f.names), "actors": spell(f.actors),
                                           "entities": spell(f.entities)})
        one = self._variants.get(self.story_of(m.doc))
        if one is None:
            one = self._variants[self.story_of(m.doc)] = spelling_variants(
                w for d in self._story_documents.get(self.story_of(m.doc), ())
                for _, fr in self.frames.get(d, ()) for w in (*fr.names, *fr.entities))
        if one and any(w in one for w in (*spelled.names, *spelled.actors, *spelled.entities,
                                          *(spelled.landmark or "").split())):
            def fold(words: tuple[str, ...]) -> tuple[str, ...]:
                return tuple(sorted({one.get(w, w) for w in words}))

            landmark = " ".join(one.get(w, w) for w in spelled.landmark.split()) if spelled.landmark else None
            spelled = spelled.model_copy(update={"names": fold(spelled.names), "actors": fold(spelled.actors),
                                                 "entities": fold(spelled.entities), "landmark": landmark})
        if f is m.frame:
            self._spelled_frames[m.n] = spelled
        return spelled

    def _one_name(self, doc: str, a: set[str], b: set[str]) -> bool:
        """Does a document of ``doc``'s story write a name holding a word of each of ``a``
        and ``b`` ("Redhaven Albion": "Redhaven" and "Albion" are one team)?"""
        story = self.story_of(doc)
        runs = self._runs.get(story)
        if runs is None:  # word -> the runs holding it, so a question reads two posting sets
            runs = self._runs[story] = defaultdict(set)
            i = 0
            for d in self._story_documents.get(story, ()):
                for r in name_runs(self.documents[d].text):
                    for w in r:
                        runs[w].add(i)
                    i += 1
        in_a = set().union(*(runs.get(w, ()) for w in a)) if a else set()
        return bool(in_a) and any(not in_a.isdisjoint(runs.get(w, ())) for w in b)

    @cached_property
    def _story_documents(self) -> dict[str, list[str]]:
        """Story -> its documents (one pass over the corpus, not one per story asked)."""
        out: dict[str, list[str]] = defaultdict(list)
        for d in sorted(self.documents):
            out[self.story_of(d)].append(d)
        return out

    def _person(self, m: Mention) -> str | None:
        """The person a figure is of: the one named nearest before it in its sentence
        ("fined Dominik Aschauer, 52, €450,000"), if the frame counts that name as whose
        the figure is (not the source that said it)."""
        if m.n in self._persons:
            return self._persons[m.n]
        got = None
        doc = self.documents.get(m.doc)
        if doc is not None:
            index = self._indexes.get(m.doc)
            if index is None:
                index = self._indexes[m.doc] = TextIndex(doc.text)
            who = person_before(doc.text, index.sentence_span(m.claim.start)[0], m.claim.start)
            if who is not None and (who in m.frame.names or who in m.frame.actors or who in m.frame.entities):
                got = who
        self._persons[m.n] = got
        return got

    def _ahead_of_past(self, a: Mention, b: Mention) -> bool:
        """Does ``a``'s article date its event wholly after its own publication, and ``b``
        more than a month before that publication? A coming occurrence and a past one: no
        outlet's slip moves an event from one side of its own day to a month past the other."""
        doc = self.documents.get(a.doc)
        pub = doc.published if doc is not None else None
        x, y = a.interval, b.interval
        if pub is None or x is None or y is None or not isinstance(x.low, dt.date) \
                or not isinstance(y.high, dt.date):
            return False
        return x.low > pub and (pub - y.high).days > _AHEAD_GAP

    def similarity(self, a: Mention, b: Mention) -> float | None:
        """How alike two mentions' frames are (0 to 1), or None when they cannot state
        one fact (a veto)."""
        fa, fb = self._spelled(a, _as_change(a)), self._spelled(b, _as_change(b))
        if fa.dimension != fb.dimension or (fa.role or fb.role) and not _one_change(fa, fb):
            return None  # a level is not a change; two changes of one thing may be one fact
        if fa.event != fb.event and (fa.dimension == "date" or (fa.event and fb.event)):
            return None  # a death is not a rescue; "after nine days" may say what it ends

        if fa.dimension == "age":
            if (a.claim.qualifier.value == "range") != (b.claim.qualifier.value == "range"):
                return None  # a group's ages ("aged 11 to 16") are not one person's age
            if a.claim.qualifier.value != "range" and (fa.head is None or fa.head != fb.head) \
                    and not (fa.head in fb.names or fb.head in fa.names):
                return None  # "a 25-year-old coach" is not "Jane Ode, 39,"; "Ode, 39," is
                # "Jane Ode, a 41-year-old driver"
        if fa.dimension in ("count", "ordinal"):
            if fa.head is None or fb.head is None or self._ranked(a) != self._ranked(b) and not (
                    fa.dimension == "ordinal" and (fa.head in fb.measure and not fb.ranks
                                                   or fb.head in fa.measure and not fa.ranks)):
                return None  # "12 boys" and "12 rescuers", "first day" and "third chamber";
                # an ordinal ranks a phrase ("a third parliamentary election", "a fourth
                # election win"), but not a word another ordinal ranks ("the fourth day of
                # the second Test" ranks days, not Tests)
            ta, tb = (self._tally_of(a), self._tally_of(b)) if fa.dimension == "ordinal" else (None, None)
            if ta and tb and ta != tb:
                return None  # "the 13th title of her career" is not "her second of the season"
            if fa.dimension == "ordinal" and (self.story_of(a.doc), fa.head) in self._series and \
                    a.interval != b.interval and not self._same_scope(a, b):
                return None  # "the third Test" is another match than "the first Test" when
                # the story ranks Tests, unless both are dated to one time
            ranked = fa.dimension == "ordinal" and fa.head != "time" or fa.dimension == "count" and "ordinal" in (
                a.claim.value.kind, b.claim.value.kind)  # (the verb says what "the third time"
            # is of; "a third election win" says it itself, and so does "the ninth and final round")
            if fa.predicate and fb.predicate and fa.predicate != fb.predicate and not ranked and \
                    not fa.head.startswith("vote:") and not (fa.event and fa.event == fb.event) \
                    and not self._described(a, fb) and not self._described(b, fa):
                # (a vote's side says what is counted; "moved out" and "evacuated" are
                # one event's verbs)
                return None  # "12 boys ... trapped" is not "eight boys ... freed"
            ga, gb = self._group_of.get(a.n), self._group_of.get(b.n)
            if ga is not None and gb is not None and self.counted_noun(ga) != self.counted_noun(gb):
                return None  # "80 people hurt, six children among them" is not "84 bodies,
                # including those of five children": parts of two other groups
            parts = self.partitioned.get(self.story_of(a.doc), ())
            event = fa.event if fa.event == fb.event else None  # both count those it befell
            wholes = fa.event is None and fb.event is None and a.n in self._largest and b.n in self._largest
            if fa.figures and fb.figures and not set(fa.figures) & set(fb.figures):
                return None  # "waiting more than 12 months" is another group than "... 18 months"
            bounded = bool(set(fa.figures) & set(fb.figures))  # one group, told by one span
            if not wholes and not bounded and any((f.head, f.names, "") in parts and (
                    not event or (f.head, f.names, event) in parts) for f in (fa, fb)):
                return None  # a part ("four boys were freed"), unless both count all those
                # one event befell and no article counts that event in parts, or neither
                # has an event and both are their articles' largest counts of the noun
        if a.doc == b.doc and fa.dimension not in ("date", "count", "ordinal") and fa.predicate \
                and fb.predicate and fa.predicate != fb.predicate and not (fa.event and fa.event == fb.event):
            return None  # one article's "touched down at 148 kt" and "left the runway at 62
            # kt": its own two verbs tell two moments apart (other articles' verbs paraphrase)
        if fa.dimension != "count" and self._recurs(a, b):
            return None  # (a recurring event's counts are told apart by their own dates)
        # whose: a date's are the names it happened to (its actors), not its sources'
        whose_a, whose_b = (set(fa.actors), set(fb.actors)) if fa.dimension == "date" else \
            (set(fa.names), set(fb.names))
        if fa.head == "place" == fb.head and fa.dimension == "ordinal" and not (
                whose_a & whose_b or whose_a and whose_b and self._one_name(a.doc, whose_a, whose_b)):
            return None  # a place is someone's: "Verbeeck second" is not "Tsukahara third",
            # though both run in one sentence, nor an unnamed "Second, in my own city"
        if whose_a and whose_b and not whose_a & whose_b and not whose_a & set(fb.entities) \
                and not whose_b & set(fa.entities) and not self._one_name(a.doc, whose_a, whose_b):
            # whose: "Labour ... 34% of the vote" is not "Reform UK ... 14.3%", unless the
            # one's names are in the other's sentence ("Ada Obi, a medallist for Lisbon, ...")
            # or the story writes them as one name ("Redhaven Albion")
            return None
        pa, pb = self._person(a), self._person(b)
        if pa and pb and pa != pb:
            return None  # "fined Dominik Aschauer €450,000" is not "Leopold Sarrazin … a fine of €300,000"
        if fa.levied and fb.levied and not set(fa.levied.split()) & set(fb.levied.split()):
            return None  # "an 18% duty on dairy products" is not "a 35% tariff on cars"
        if fa.landmark and fb.landmark and _other_places(fa.landmark, fb.landmark):
            return None  # "12 km from the port" is not "12 km from the airport"
        if fa.ranks and fb.ranks and not set(fa.ranks) & set(fb.ranks):
            return None  # "the first section runs 12 km" is not "the second section"
        if fa.periods and fb.periods and not set(fa.periods) & set(fb.periods):
            return None  # "in its last financial year" is not "for the second quarter"
        if fa.dimension == "second" and fa.head and fb.head and fa.head != fb.head:
            return None  # "three days of rain" is not "three days of talks"
        span = fa.dimension == "second" and fa.event is not None and fa.event == fb.event
        if fa.dimension == "date" and _eras_apart(a, b):
            return None  # "an earthquake in 1999 killed 1,160" is not this week's
        if fa.dimension == "date" and (self._ahead_of_past(a, b) or self._ahead_of_past(b, a)):
            return None  # "regional council elections next May" are not "the elections last year"
        if fa.dimension == "date" and any(
                m.interval is not None and (m.interval.high - m.interval.low).days > _LONGEST_EVENT  # type: ignore[operator]
                for m in (a, b)):
            return None  # "since 1962", "in the 1990s": a period, not the day of an event
        sa, sb = self._scope(a), self._scope(b)
        undated = (frame_scope(fa) is None) != (frame_scope(fb) is None)
        fixed = fa.dimension == "meter" and fa.landmark is not None and _same_place(fa.landmark, fb.landmark) \
            and frame_scope(fa) is None and frame_scope(fb) is None  # (how far a place lies from
        # another does not change: "100 km east of Santiago" in February, "70 miles northwest of
        # Santiago" in May)
        if sa and sb and not span and not fixed and not (
                _same_time(sa, sb) or undated and (_touch(sa, sb) or self._companioned(a, b))):
            # dated to different times: "on Sunday" is not "on Monday" (but an undated
            # value, the latest one, may be the one a period just ended gave: "now covers
            # 214 km²" and "covered 2,140 km² in 2025", in March 2026; and one that
            # sentence gives with the same precise figure as the dated one is of its time:
            # "raised by 13% to Rs 11.11 lakh crore", "for fiscal 2025 ... raised 11.1% to
            # 11.11 trillion rupees")
            return None
        if _summed(fa.dimension) and not span and _part_of_period(frame_scope(fa), frame_scope(fb)):
            return None  # "21 operations scheduled for today" is a part of "about 90 scheduled
            # for this week": a sum over a day is not the sum over its week
        if self._day_move_apart(a, b) or self._day_move_apart(b, a):
            return None  # "shares fell 1.8% on Monday" is not Thursday's undated "fell 4.3%"
        (va, na), (vb, nb) = self._vector(a), self._vector(b)
        small, large = (va, vb) if len(va) <= len(vb) else (vb, va)
        dot = sum(w * large[t] for t, w in small.items() if t in large)
        s = dot / (na * nb) if na and nb else 0.0
        if dot and self._companioned(a, b) or self._lone_companions(a, b):
            # both sentences also give one precise figure ("... from $2.47 billion a year
            # earlier"): the rest of what they say of it is one fact
            return round(_COMPANION_SHARE + (1 - _COMPANION_SHARE) * s, 4)
        # a generic event told by what it is of: "results released", "published the results";
        # or by a figure both sentences give ("announced on Friday that 47 shops will close",
        # "announcing the closure of 47 stores on Thursday")
        of_one = fa.event in tables().generic_events and fa.dimension == "date" and (
            fa.agent is not None and fa.agent == fb.agent or bool(set(fa.figures) & set(fb.figures)))
        once = fa.event is not None and (fa.event not in tables().generic_events or of_one)
        if once and timed(a, b) and a.interval == b.interval and not _told_apart(fa, fb):
            # two times of day of one event class on one day (the class does not recur
            # in the story): the moment of one event, whoever is named around it
            return round(_CLOCK_SHARE + (1 - _CLOCK_SHARE) * s, 4)
        if fa.dimension not in _HEADED and fa.head and fb.head and (
                fa.head == fb.head or fa.head in fb.names or fb.head in fa.names):
            # one measured thing: "the 142ft central span", "its central span is 142 metres
            # long"; "a 74-metre vessel", "the vessel measured 47 metres"; "the 22-foot Titan",
            # "the 21-foot Titan submarine"
            return round(_PLACE_SHARE + (1 - _PLACE_SHARE) * s, 4)
        if fa.dimension.startswith("scale:") and not fa.ranks and not fb.ranks and any(
                t in tables().event for t in set(fa.terms) & set(fb.terms)):
            # one event rated on one named scale: "a magnitude 7.1 earthquake struck", "gave
            # the quake a magnitude of 7.0" (not "a second quake of magnitude 6")
            return round(_PLACE_SHARE + (1 - _PLACE_SHARE) * s, 4)
        if fa.landmark and _same_place(fa.landmark, fb.landmark):
            # two distances from one named place ("about 17 km northwest of Banton Island",
            # "17 miles off Banton Island")
            return round(_PLACE_SHARE + (1 - _PLACE_SHARE) * s, 4)
        if fa.dimension == "second" and (fa.landmark is None) != (fb.landmark is None):
            gap, other = (fa, fb) if fa.landmark else (fb, fa)
            rival = set(gap.landmark.split())  # type: ignore[union-attr]
            if rival & set(other.names) and not set(other.names) & (set(gap.names) - rival):
                # one rival's time gap: "1.24 seconds ahead of Sara Velt", "Sara Velt was
                # second, 2.14 seconds back" (a sentence naming none of the others)
                return round(_PLACE_SHARE + (1 - _PLACE_SHARE) * s, 4)
            if other.names and not rival & set(other.names):
                return None  # "1.24 seconds ahead of Velt" is no gap to Lund
        if fa.dimension == "count" and once and fa.event == fb.event and \
                ((fa.scope_start is None) == (fb.scope_start is None) or fa.total or fb.total):
            # the same noun (or its story's alias) and one event class that happens once in
            # the story: "eight miners were trapped", "nine miners had been cut off"; not a
            # count dated to its day against an undated one ("four boys freed on Sunday",
            # "all 12 boys freed"): the one may be a part of the other, unless one is a
            # running total ("the death toll rose to 247 on Monday")
            return round(_COUNT_SHARE + (1 - _COUNT_SHARE) * s, 4)
        if fa.dimension == "ordinal" and fa.head == fb.head and not fa.ranks and not fb.ranks and \
                not _one_day(fa) and not _one_day(fb) and (self.story_of(a.doc), fa.head) not in self._series:
            # one occurrence of one noun ranked in the story, not dated to its day:
            # "launched at the third attempt", "the second attempt, after a try this week was
            # called off" (a dated one, "a second attempt on 13 November", may be another)
            return round(_COUNT_SHARE + (1 - _COUNT_SHARE) * s, 4)
        if fa.dimension == "count" and fa.event is None and fb.event is None and \
                (fa.predicate == fb.predicate or (fa.predicate or fb.predicate) in _HOLDING
                 and (fa.predicate is None or fb.predicate is None)) and set(fa.names) & set(fb.names) and \
                (fa.scope_start is None) == (fb.scope_start is None):
            # one named owner's count of one noun, at one time, by one verb or none: "Aerolis
            # now operates 88 ships", "Aerolis has a fleet of 58 ships"; a verb of holding or
            # winning says what a bare list does ("the Greens' 9% brought them 71 seats",
            # "Seats: ... Greens 72")
            return round(_OWNED_SHARE + (1 - _OWNED_SHARE) * s, 4)
        if fa.dimension == "count" and fa.event is None and fb.event is None and \
                a.n in self._sole and b.n in self._sole and self.counted_noun(a) == self.counted_noun(b) and \
                not self._named_kind(a) and not self._named_kind(b) and \
                (fa.predicate is None or fb.predicate is None or fa.predicate == fb.predicate):
            # the one count of one noun in each of two articles of a story, at one time:
            # "a ceiling of 11,400 troops", "an authorised strength of up to 14,400 troops"
            return round(_OWNED_SHARE + (1 - _OWNED_SHARE) * s, 4)
        if fa.dimension not in ("count", "date", "second", "age", "ordinal", "percent", "share") \
                and (fa.predicate is None or fb.predicate is None or fa.predicate == fb.predicate
                     or fa.dimension == fb.dimension and scale_slip(a, b)) \
                and len((set(fa.names) | set(fa.entities)) & (set(fb.names) | set(fb.entities))) >= 2 \
                and same_order(a, b):
            # one amount of the same named parties, of one size: "Aurelia agreed to buy
            # Lagunare for 4.2 billion euros", "Aurelia's 2.4 billion euro deal for Lagunare"
            # (not its price a share, nor a value ten times larger)
            return round(_OWNED_SHARE + (1 - _OWNED_SHARE) * s, 4)
        if fa.dimension == "second" and fa.predicate is not None and fa.predicate == fb.predicate \
                and fa.event is None and fb.event is None and not fa.head and not fb.head \
                and len(set(fa.names) & set(fb.names)) >= 2 and same_order(a, b):
            # one named party's time for one verb: "Ode won in 2:11:05", "Jane Ode won the
            # race in 2:11:50"
            return round(_SPAN_SHARE + (1 - _SPAN_SHARE) * s, 4)
        if span and once or fa.dimension == "second" and fa.head and fa.head == fb.head:
            # two spans of time up to one event of the story ("found alive after nine
            # days", "ten days ... until rescuers found them")
            return round(_SPAN_SHARE + (1 - _SPAN_SHARE) * s, 4)
        same_agent = fa.agent is not None and fa.agent == fb.agent  # "the quake struck"
        if fa.dimension == "date" and once and (dot or same_agent) and (of_one or _same_actors(fa, fb)):
            # one event class that happens once in the story, to no one told apart: its
            # dates are one event's ("the boys went in on June 23", "they entered on ...")
            return round(_DATE_SHARE + (1 - _DATE_SHARE) * s, 4)
        if not dot:
            return None
        if fa.event in tables().generic_events:
            # a statement, a meeting, an opening: many in any story, told apart by what
            # they are about more than by who ("Volta announced the recall" is not "Volta
            # announced its new chief"), so only sentences alike throughout align
            s *= _GENERIC
        if fa.dimension == "age" and fa.head and (fa.head == fb.head and fa.head in fa.entities
                                                  or fa.head in fb.names or fb.head in fa.names
                                                  or fa.head == fb.head and a.n in self._sole
                                                  and b.n in self._sole):
            # "Jane Ode, 39," and "Ode, 39,": one person; and so is the one firefighter
            # each article gives an age of ("a 43-year-old firefighter was hurt")
            s = _HEAD_SHARE + (1 - _HEAD_SHARE) * s
        return round(s, 4)

    def score(self, a: Mention, b: Mention) -> Alignment | None:
        """The alignment of two mentions, or None when they cannot state one fact; with
        the terms (strongest first) and names that made it."""
        s = self.similarity(a, b)
        return None if s is None else self._explained(a, b, s)

    def _explained(self, a: Mention, b: Mention, s: float) -> Alignment:
        """The alignment of two mentions scoring ``s``, with its shared terms and names."""
        fa, fb = a.frame, b.frame
        shared = set(fa.terms) & set(fb.terms)
        ranked = sorted(shared, key=lambda t: (-fa.terms[t] * fb.terms[t] * self.idf.get(t, 1.0), t))
        names = tuple(sorted(set(fa.entities) & set(fb.entities)))
        return Alignment(a, b, s, tuple(ranked), names)

    # ------------------------------------------------------------------ blocking

    @cached_property
    def blocks(self) -> dict[tuple[str, ...], list[Mention]]:
        """(story, dimension, word) -> the mentions blocked under it."""
        return self._blocks(self.mentions)

    def _blocks(self, mentions: Iterable[Mention]) -> dict[tuple[str, ...], list[Mention]]:
        blocks: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
        for m in mentions:
            if m.interval is None or m.frame.role and not (m.frame.role.startswith(CHANGE)
                                                           or m.frame.role in (FORECAST, JOINT)) \
                    or m.n in self.echoes:
                continue
            story = self.story_of(m.doc)
            words = (m.frame.event,) if m.frame.event and m.frame.dimension == "date" else \
                tuple(dict.fromkeys([*((m.frame.event,) if m.frame.event else ()), *m.frame.measure,
                                     *sorted(m.frame.terms, key=lambda t: (-m.frame.terms[t], t))[:_TOP]]))
            if m.frame.dimension == "count" and m.frame.head:  # and under the noun its aliases share
                words = (*words, self.counted_noun(m))
            elif m.frame.dimension == "ordinal" and m.frame.head:  # and under what it ranks
                words = (*words, m.frame.head)
            if m.frame.predicate and m.frame.names:  # and under whose it is, by its verb
                words = (*words, *(f"{m.frame.predicate}:{n}" for n in m.frame.names))
            if m.frame.landmark:  # a distance under the place it is measured from
                words = (*words, "place:" + m.frame.landmark)
            if m.n in self._lone:  # and under each precise figure its sentence also gives
                words = (*words, *(f"with:{d}:{lo!r}:{hi!r}" for d, lo, hi in sorted(
                    self._companions.get(m.n, ()), key=str)))
            for w in dict.fromkeys(words):
                blocks[(story, m.frame.dimension, w or "")].append(m)
        return blocks

    def candidates(self, internal: bool = False) -> list[tuple[Mention, Mention]]:
        """Pairs sharing a block: of different witness groups, or (``internal``) of one
        document and different sentences."""
        return self._pairs[1 if internal else 0]

    @cached_property
    def _pairs(self) -> tuple[list[tuple[Mention, Mention]], list[tuple[Mention, Mention]]]:
        """(pairs across witness groups, pairs inside one document), from one pass over
        the blocks."""
        return self._block_pairs(sorted(self.blocks))

    def _block_pairs(self, keys: Iterable[tuple[str, ...]]
                     ) -> tuple[list[tuple[Mention, Mention]], list[tuple[Mention, Mention]]]:
        """The pairs of the blocks ``keys`` (in that order), each once."""
        seen: set[int] = set()
        width = len(self.mentions)
        across: list[tuple[Mention, Mention]] = []
        inside: list[tuple[Mention, Mention]] = []
        for key in keys:
            members = self.blocks[key]  # in mention order
            if len(members) > MAX_BLOCK:
                continue
            for i, a in enumerate(members):
                group = self.witness.get(a.doc, a.doc)
                for b in members[i + 1:]:
                    pair = a.n * width + b.n
                    if pair in seen:
                        continue
                    seen.add(pair)
                    if a.doc == b.doc:
                        if a.claim.sentence != b.claim.sentence:
                            inside.append((a, b))
                    elif group != self.witness.get(b.doc, b.doc):
                        across.append((a, b))
        return across, inside

    def alignments(self, internal: bool = False, floor: float | None = None) -> list[Alignment]:
        """Mutual best matches scoring at least ``floor`` (default ``self.low``), per pair
        of documents (computed once per arguments: the rules share them). With ``jobs``
        above 1 the first call also computes what the rules ask for (across documents at
        ``self.low``, inside one at ``INTERNAL``), in one pass over the stories."""
        floor = self.low if floor is None else floor
        key = (internal, floor)
        if key not in self._done:
            if self.jobs > 1 and not self._done:
                wanted = list(dict.fromkeys([key, (False, self.low), (True, INTERNAL)]))
                self._done.update(self._by_story(wanted))
            else:
                self._done[key] = self._sorted(self._best(self.candidates(internal), floor))
        return self._done[key]

    @staticmethod
    def _sorted(alignments: list[Alignment]) -> list[Alignment]:
        alignments.sort(key=lambda al: (al.a.key, al.b.key))
        return alignments

    def _best(self, pairs: Iterable[tuple[Mention, Mention]], floor: float) -> list[Alignment]:
        """The mutual best matches among ``pairs`` scoring at least ``floor``, in the
        pairs' order."""
        scored = [(a, b, s) for a, b in pairs
                  if (s := self.similarity(a, b)) is not None and s >= floor]
        best: dict[tuple[int, str], float] = {}
        for a, b, s in scored:
            for x, y in ((a, b), (b, a)):
                if s > best.get((x.n, y.doc), -1.0):
                    best[(x.n, y.doc)] = s
        return [self._explained(a, b, s) for a, b, s in scored
                if s >= best[(a.n, b.doc)] and s >= best[(b.n, a.doc)]]

    def _by_story(self, wanted: Sequence[tuple[bool, float]]
                  ) -> dict[tuple[bool, float], list[Alignment]]:
        """``_best`` of each (internal, floor) in ``wanted``, story by story on ``jobs``
        processes. A pair, and a claim's best match in another document, never leave one
        story, so each story is done on its own; joined in the order of the stories, the
        pairs are in the order of one pass over all blocks, as in ``alignments``."""
        from factcheck.parallel import balanced, fork_map

        keys: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in sorted(self.blocks):
            keys[key[0]].append(key)
        cost = {story: sum(min(len(self.blocks[k]), MAX_BLOCK) ** 2 for k in ks)
                for story, ks in keys.items()}
        Found = list[tuple[int, int, float, tuple[str, ...], tuple[str, ...]]]

        def share(stories: list[str]) -> dict[str, list[Found]]:
            out = {}
            for story in stories:
                pairs = self._block_pairs(keys[story])
                out[story] = [[(al.a.n, al.b.n, al.score, al.terms, al.names)
                               for al in self._best(pairs[1 if internal else 0], floor)]
                              for internal, floor in wanted]
            return out

        done: dict[str, list[Found]] = {}
        for part in fork_map(share, balanced(cost, self.jobs), self.jobs):
            done.update(part)
        m = self.mentions
        return {want: self._sorted([Alignment(m[a], m[b], s, terms, names) for story in sorted(done)
                                    for a, b, s, terms, names in done[story][i]])
                for i, want in enumerate(wanted)}


_GROUP_BEFORE = re.compile(r"\b(?:including|includes|included|among\s+them|of\s+whom|of\s+them)\s+"
                           r"(?:those\s+of\s+|some\s+|at\s+least\s+)?$", re.I)
_GROUP_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:among|of)\s+them\b", re.I)


def _in_a_group(text: str, c: Claim) -> bool:
    """Is a count told as a part of a larger group the sentence counts ("84 bodies,
    including those of five children", "80 people hurt, six children among them")?"""
    return _GROUP_BEFORE.search(text, max(0, c.start - 30), c.start) is not None \
        or _GROUP_AFTER.match(text, c.end) is not None


def precise(text: str) -> bool:
    """Does a figure as written have ``_PRECISE_DIGITS`` significant digits or more
    ("$2.47 billion", "14.3%", "1,240"; not "$3 billion", "2.5%", "40")?"""
    return len("".join(ch for ch in text if ch.isdigit()).strip("0")) >= _PRECISE_DIGITS


def _told_by_verbs(fa: Frame, fb: Frame) -> bool:
    """Are two counts of one noun told apart by what their verbs say was done to it ("214
    homes were destroyed", "a further 57 homes were damaged"), so that they are not parts
    of one count? Not for verbs of what happens to people in a story ("four boys were
    freed", "the 12 boys trapped"): those are counted in parts."""
    a, b = fa.predicate, fb.predicate
    t = tables()
    return bool(a and b and a != b and not any(v in t.event or v in t.tally for v in (a, b)))


# two counts of one noun in one article this close are one count told twice (a toll of
# 154 and, further down, "nearly 150": a stale figure), not two parts of a whole
_NEAR = 0.1


def _near(x: Interval, y: Interval) -> bool:
    """Are two positive values' intervals at most ``_NEAR`` of the larger apart?"""
    ends = (x.low, x.high, y.low, y.high)
    if not all(isinstance(v, float) and v > 0 for v in ends):
        return False
    gap = max(x.low, y.low) - min(x.high, y.high)  # type: ignore[type-var, operator]
    return gap <= _NEAR * max(x.high, y.high)  # type: ignore[type-var, operator]


def same_order(a: Mention, b: Mention) -> bool:
    """Are two values within a factor of ``_ORDER`` of each other (a slip of digits, not
    a price a share against a deal's value)?"""
    x, y = a.interval, b.interval
    if x is None or y is None or not all(isinstance(v, float) and v > 0 for v in (x.low, y.low)):
        return False
    return max(x.low, y.low) <= _ORDER * min(x.low, y.low) or scale_slip(a, b)  # type: ignore[operator, type-var]


_PREFIX = re.compile(r"([A-Z]{1,3}\s?)?(\d+)$")  # "NE 2417": a series prefix and a number


def slipped(a: str, b: str, digits_min: int = 4) -> bool:
    """Is ``b`` ``a`` with a typing slip: two adjacent digits swapped ("C5-127", "C5-172";
    "81/127", "81/172") or capitals of a code of three or more ("FRG", "FGR"), or one digit
    changed in a number of ``digits_min`` digits or more ("2375", "2325")? Shorter numbers
    differ by one digit far too often by right ("Article 14" and "Article 17" of one
    treaty), so the default is four. A series prefix one of them leaves out is not a
    difference ("NE 2417" and "2471")."""
    if a == b:
        return False
    if len(a) != len(b):
        pa, pb = _PREFIX.match(a), _PREFIX.match(b)
        if pa and pb and (not pa.group(1) or not pb.group(1)):
            na, nb = pa.group(2), pb.group(2)  # the numbers without the prefix
            return len(na) == len(nb) and slipped(na, nb, digits_min)  # (two bare numbers of two lengths: none)
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        i = diff[0]
        pair = a[i:i + 2]  # two digits, or two capitals of a code of three or more ("FRG", "FGR")
        return (pair.isdigit() or pair.isalpha() and pair.isupper() and len(a) >= 3) \
            and a[i] == b[i + 1] and a[i + 1] == b[i]
    digits = sum(ch.isdigit() for ch in a)
    return len(diff) == 1 and a[diff[0]].isdigit() and b[diff[0]].isdigit() and digits >= digits_min


def slipped_unit(a: Mention, b: Mention) -> bool:
    """Do two quantities give one figure in two units ("7,000 metres", "7,000 ft")?"""
    va, vb = a.claim.value, b.claim.value
    return isinstance(va, QuantityValue) and isinstance(vb, QuantityValue) and va.unit != vb.unit \
        and va.max is None and vb.max is None and float(va.magnitude) == float(vb.magnitude)  # type: ignore[arg-type]


def scale_slip(a: Mention, b: Mention) -> bool:
    """Are two amounts or counts the same digits a power of ten apart ("$6.8 million",
    "$6.8 billion"; "PLN 9,860 million", "9.86 million zlotys"; "184,500 trees", "1.845
    million trees")?"""
    va, vb = a.claim.value, b.claim.value
    field = {"money": "amount", "count": "value"}
    fa = getattr(va, field.get(va.kind, "magnitude"), None)
    fb = getattr(vb, field.get(vb.kind, "magnitude"), None)
    if not fa or not fb or fa <= 0 or fb <= 0:
        return False
    ratio = math.log10(max(fa, fb) / min(fa, fb))  # ("9.86 million zlotys", "PLN 9,860 million")
    return ratio >= 0.999 and abs(ratio - round(ratio)) < 1e-9


def _one_day(f: Frame) -> bool:
    """Is a frame's scope one day ("on 13 November"), not a week or none?"""
    return f.scope_start is not None and f.scope_start == f.scope_end


def spelling_variants(words: Iterable[str], shortest: int = VARIANT_MIN) -> dict[str, str]:
    """Names one story spells two ways ("Marrakesh", "Marrakech"; "Zelenskyy",
    "Zelensky"): words of ``shortest`` letters or more that differ in one letter (one
    changed, added or dropped) after their first two, each -> the first of its group in
    alphabetical order. Shorter names are too often two names ("Hamas", "Homs")."""
    found = sorted({w for w in words if len(w) >= shortest and w.isalpha()})
    by_start: dict[str, list[str]] = defaultdict(list)
    for w in found:
        by_start[w[:2]].append(w)
    parent: dict[str, str] = {}

    def root(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    for group in by_start.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if abs(len(a) - len(b)) <= 1 and _one_letter(a, b):
                    ra, rb = root(a), root(b)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return {w: root(w) for w in parent}


def _one_letter(a: str, b: str) -> bool:
    """Do two words differ in one letter: one changed, added or dropped?"""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _same_place(a: str, b: str | None) -> bool:
    """Are two landmarks written the same, a noun's "of" aside ("the entrance of the mine",
    "the mine entrance")?"""
    return b is not None and a.removesuffix(" of") == b.removesuffix(" of")


def _other_places(a: str, b: str) -> bool:
    """Are two landmarks two places: two names with no word in common ("off Banton
    Island", "from Port Averne"), or two common nouns' heads that differ ("the threshold",
    "the end")? A name and a common noun may be one place ("the capital", "Kurmak"), unless
    the noun is told by what follows it ("the site of the 2010 quake")."""
    if a.startswith("the ") != b.startswith("the "):
        return (a if a.startswith("the ") else b).endswith(" of")  # ("the site of the 2010 quake")
    if a.startswith("the "):  # ("the entrance of the mine" is "the mine entrance")
        return not _same_place(a, b)
    return not set(a.split()) & set(b.split())


def _one_change(fa: Frame, fb: Frame) -> bool:
    """May two figures that are not levels be one fact? Two changes ("grew 16.1%", "a
    rise of 11.6%"), against the same earlier time when both say which ("from a year
    earlier" is not "from the previous quarter"); two forecasts ("the budget projects a
    deficit of 34.2bn", "it forecasts a deficit of 34.2m"); two joint totals ("combined
    sales of €386m")."""
    a, b = fa.role or "", fb.role or ""
    if a == b and a in (FORECAST, JOINT):
        return True
    return a.startswith(CHANGE) and b.startswith(CHANGE) and (a == b or CHANGE in (a, b))


_AHEAD_GAP = 31  # days before an article's publication that a date it puts ahead cannot be


def _eras_apart(x: Mention, y: Mention) -> bool:
    """Are two dates more than ``_ERA`` apart, or is one a year told alone and the other a
    day of another year: two occurrences of an event class, never one misdated (a source's
    slip moves a date by hours, days or months, not years)?"""
    a, b = x.interval, y.interval
    if a is None or b is None or None in (a.low, a.high, b.low, b.high):
        return False
    if any(_whole_year(i) and not (i.low <= j.low and j.high <= i.high)  # type: ignore[operator]
           and j.high - j.low < i.high - i.low for i, j in ((a, b), (b, a))):  # type: ignore[operator]
        return True  # a year told alone against a day of another: "his wins at the 2023
        # Alpine Open" is another edition than "won the Kunming Open on Sunday" (2024)
    return (b.low - a.high).days > _ERA or (a.low - b.high).days > _ERA  # type: ignore[operator]


def _whole_year(i: Interval) -> bool:
    """Is an interval one calendar year, as a year told alone reads ("in 2023")?"""
    lo, hi = i.low, i.high
    return isinstance(lo, dt.date) and isinstance(hi, dt.date) and lo.year == hi.year \
        and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31)


def _restated(x: Mention, y: Mention) -> bool:
    """May two dates be one moment told on two clocks, a time in UTC and a local day at
    most a day apart ("at 1:20 a.m. on Monday (23:20 GMT on Sunday)"; "struck before dawn
    on Wednesday", "at 23:12 GMT on Tuesday")?"""
    if x.zoned == y.zoned or x.interval is None or y.interval is None:
        return False
    return abs((x.interval.low - y.interval.low).days) <= 1 and \
        abs((x.interval.high - y.interval.high).days) <= 1  # type: ignore[operator]


def _told_apart(fa: Frame, fb: Frame) -> bool:
    """Are two dates' events told apart by their agents ("the earthquake struck", "an
    aftershock struck")?"""
    return bool(fa.agent and fb.agent and fa.agent != fb.agent)


def _same_actors(fa: Frame, fb: Frame) -> bool:
    """Do two dates' events happen to no one told apart? Each one's actors (named before
    its event word) are named in the other's sentence too, or the other names no one and
    its agent is of their kind, or it names none ("Jane Ode was found early Friday" is
    not "the boys were found on Monday")."""
    def named(f: Frame, other: Frame) -> bool:
        # in the other's sentence by name, or, where the other names no one, as the kind
        # of thing its agent is ("Typhoon Mara smashed into ..." and "a powerful storm
        # slammed into ...": both agents a storm)
        return not f.actors or bool(set(f.actors) & set(other.entities)) or \
            not other.actors and other.agent is not None and (
                other.agent == f.agent or other.agent in {concept(a) for a in f.actors})

    return named(fa, fb) and named(fb, fa)


def _summed(dimension: str) -> bool:
    """Does a value of this dimension over a period sum its parts: a count or money (a
    currency code)?"""
    return dimension == "count" or len(dimension) == 3 and dimension.isupper()


def _part_of_period(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    """Is one stated time scope at most a third of the other, which lasts a week or more
    ("today" and "this week", "in March" and "in 2025")? A count or sum over the one is a
    part of that over the other, not the same fact."""
    if a is None or b is None:
        return False
    la, lb = (a[1] - a[0]).days + 1, (b[1] - b[0]).days + 1
    return max(la, lb) >= 7 and 3 * min(la, lb) <= max(la, lb)


def _touch(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Do two time scopes share a day?"""
    return max(a[0], b[0]) <= min(a[1], b[1])


def _same_time(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Do two time scopes mostly coincide? Their overlap must cover at least
    ``SCOPE_SHARE`` of the shorter one ("fiscal 2022" and "fiscal 2023" overlap only at
    their uncertain edges)."""
    overlap = (min(a[1], b[1]) - max(a[0], b[0])).days + 1
    shorter = min((a[1] - a[0]).days, (b[1] - b[0]).days) + 1
    return overlap > 0 and overlap >= SCOPE_SHARE * shorter


def time_interval(c: Claim) -> tuple[float, float] | None:
    """A date claim's time of day as an interval of UTC minutes (since 1 January 1970),
    from its stated precision: on the hour ("2 a.m.") +-20 minutes, on the half or
    quarter hour +-10, else +-3; "about" widens it by half; "just after" is the 30
    minutes after. None without a time or a UTC offset."""
    got = clock_of(c)
    return got[0] if got is not None and got[1] else None


def clock_of(c: Claim) -> tuple[tuple[float, float], bool] | None:
    """A date claim's time of day as in ``time_interval``, and whether it is in UTC: a
    time with no offset is read in its own unstated local time (minutes since 1 January
    1970 of that clock). None without a time of day, or in a zone not known."""
    from factcheck.extract.dates.clock import UNKNOWN_ZONE, offset_minutes

    v = c.value
    t, off = getattr(v, "time", None), getattr(v, "utc_offset", None)
    if not t or v.start is None or v.start != v.end or any(UNKNOWN_ZONE in a for a in c.assumptions):  # type: ignore[union-attr]
        return None  # (a time in "Osaka time" where Osaka's zone is not known: no clock)
    hh, mm = (int(x) for x in t.split(":"))
    shift = 0
    if off:
        shift = offset_minutes(off)
    day = (v.start - dt.date(1970, 1, 1)).days  # type: ignore[union-attr, operator]
    at = day * 1440 + hh * 60 + mm - shift
    half = 20.0 if mm == 0 else 10.0 if mm % 15 == 0 else 3.0
    q = c.qualifier.value
    if q == "approx":
        half *= 1.5
    if q in ("more_than", "at_least"):
        return (float(at), at + 30.0), bool(off)
    if q in ("less_than", "at_most"):
        return (at - 30.0, float(at)), bool(off)
    return (at - half, at + half), bool(off)


def disagree(a: Mention, b: Mention) -> bool:
    """Do two aligned claims' values contradict each other? Their intervals are disjoint
    (times of day of one event compared in UTC when both state one); for the ages of a
    group ("aged 11 to 16"), the range is the group's extent, so two ranges disagree when
    either end differs ("between 11 and 15"); two tallies disagree when either side does."""
    if a.interval is None or b.interval is None:
        return False
    if timed(a, b):
        ta, tb = a.clock, b.clock
        return ta[1] <= tb[0] or tb[1] <= ta[0]  # type: ignore[index]
    if a.frame.dimension == "age" and a.claim.qualifier.value == "range" == b.claim.qualifier.value:
        return range_ends(a) != range_ends(b)
    sides_a, sides_b = TALLY.fullmatch(a.claim.text), TALLY.fullmatch(b.claim.text)
    if sides_a and sides_b:  # two tallies: both sides ("53-44" is not "53 to 45")
        return sorted(map(int, sides_a.groups())) != sorted(map(int, sides_b.groups()))
    va, vb = a.claim.value, b.claim.value
    if _signs_differ(a, b):
        # one change written with its sign ("-12.6 per cent per decade"), the other told by
        # its words ("shrank by 12.6 per cent a decade"): compare their sizes
        return conflict(_magnitude(a.interval), _magnitude(b.interval))
    if slipped_unit(a, b) and _units_apart(va.unit, vb.unit):  # type: ignore[union-attr]
        return True  # one figure in two units ("up to 180 mph", "180 km/h"): a slipped unit,
        # whatever bound the one is told as
    if a.claim.qualifier.value == "at_most" == b.claim.qualifier.value and _caps_apart(a.interval, b.interval):
        return True  # two caps of one thing ("up to 560 monitors", "up to 650 monitors"):
        # each is told as its ceiling, so ceilings far apart disagree
    if va.kind == vb.kind == "quantity" and va.unit != vb.unit:  # type: ignore[union-attr]
        # two units: each figure is rounded to its own ("9 degrees Celsius", "48 degrees
        # Fahrenheit" is 8.9 degrees): compare what each rounding allows
        ra, rb = _rounded(a), _rounded(b)
        if ra is not None and rb is not None:
            return conflict(ra, rb)
    if va.kind == vb.kind == "quantity" and a.frame.dimension == b.frame.dimension != "" \
            and not a.frame.dimension.startswith("scale:") and _converted_apart(a.interval, b.interval):
        return False  # "a 985-foot freighter", "984 feet": one length (300 m) converted and
        # rounded twice, not two lengths
    ia, ib = _truncated(a), _truncated(b)
    if a.claim.qualifier.value == "exact" == b.claim.qualifier.value and _abutting(ia, ib):
        return True  # "magnitude 7.5", "magnitude 7.6": two stated figures whose roundings
        # only meet at their edge (7.55) are two values
    return conflict(ia, ib)


def _truncated(m: Mention) -> Interval:
    """A headline's exact whole amount may be cut down, not rounded ("sells for a record
    $44m" over "$44.6 million"): its interval reaches up to the next whole figure; any
    other claim's interval as it is."""
    iv = m.interval
    if m.claim.line != 1 or m.claim.qualifier.value != "exact" or m.claim.kind not in ("money", "quantity", "count") \
            or not any(ch.isdigit() for ch in m.claim.text) or iv is None or iv.low is None or iv.high is None or iv.high <= iv.low:
        return iv  # type: ignore[return-value]
    return iv.model_copy(update={"high": iv.high + (iv.high - iv.low) / 2})


def _abutting(x: Interval, y: Interval) -> bool:
    """Do two intervals of some width share only an end point?"""
    if x.low is None or x.high is None or y.low is None or y.high is None:
        return False
    if x.low == x.high or y.low == y.high:
        return False
    return x.high == y.low or y.high == x.low


def _converted_apart(x: Interval, y: Interval) -> bool:
    """Are two physical quantities' intervals at most ``CONVERTED_GAP`` of their size apart:
    no further than converting and rounding one figure moves it?"""
    try:
        gap = max(float(x.low), float(y.low)) - min(float(x.high), float(y.high))  # type: ignore[arg-type]
        size = max(abs(float(x.high)), abs(float(y.high)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return size > 0 and gap <= CONVERTED_GAP * size


def _caps_apart(x: Interval, y: Interval) -> bool:
    """Are two "up to" bounds' ceilings two figures, not one rounded twice: the more
    precise one, rounded as the other is ("up to 460" to the hundred), is not the other
    ("up to 500" may round 460; "up to 560" is no rounding of "up to 650")?"""
    hx, hy = x.high, y.high
    if not isinstance(hx, (int, float)) or not isinstance(hy, (int, float)) or min(hx, hy) <= 0 \
            or not float(hx).is_integer() or not float(hy).is_integer() or hx == hy:
        return False

    def step(v: float) -> int:  # the unit a whole number is rounded to (10 for 650)
        n, unit = int(v), 1
        while n % (unit * 10) == 0:
            unit *= 10
        return unit

    coarse, fine = (hx, hy) if step(hx) >= step(hy) else (hy, hx)
    unit = step(coarse)
    return round(fine / unit) * unit != coarse


def _as_change(m: Mention) -> Frame:
    """A mention's frame, with the role of a change for a negative percentage that has
    none ("the trend is -12.6 per cent a decade": no share is below zero)."""
    f, iv = m.frame, m.interval
    if f.role is None and f.dimension == "share" and iv is not None and isinstance(iv.high, float) \
            and iv.high < 0:
        return f.model_copy(update={"role": CHANGE})
    return f


def _signs_differ(a: Mention, b: Mention) -> bool:
    """Are two changes of opposite written signs, one of them negative? (A negative
    percentage is a change whatever its role: no share is below zero.)"""
    ra, rb = a.frame.role or "", b.frame.role or ""
    if not (ra.startswith(CHANGE) and rb.startswith(CHANGE) or a.frame.dimension == "share"):
        return False
    ia, ib = a.interval, b.interval
    neg = [iv is not None and isinstance(iv.high, float) and iv.high < 0 for iv in (ia, ib)]
    pos = [iv is not None and isinstance(iv.low, float) and iv.low > 0 for iv in (ia, ib)]
    return (neg[0] and pos[1]) or (neg[1] and pos[0])


def _magnitude(iv: Interval) -> Interval:
    """An interval of one sign as the interval of its sizes."""
    lo, hi = sorted((abs(float(iv.low)), abs(float(iv.high))))  # type: ignore[arg-type]
    return iv.model_copy(update={"low": lo, "high": hi})


def _units_apart(x: str, y: str) -> bool:
    """Are two units of one dimension more than 5 % apart (mph and km/h; not "metre" and
    "meter")?"""
    from factcheck.rules.base import _canonical_map

    fx, fy = _canonical_map(x), _canonical_map(y)
    if fx is None or fy is None or fx[1] or fy[1] or not fx[0] or not fy[0]:
        return False  # (offset scales, temperatures, are left to their rounding)
    return max(fx[0], fy[0]) / min(fx[0], fy[0]) > 1.05


_ROUNDING_SHARE = 0.02  # the most a whole figure's trailing zeros say it was rounded by


def _rounded(m: Mention) -> Interval | None:
    """An exact whole quantity as the interval of its rounding (half a unit of its last
    significant digit either way, at most ``_ROUNDING_SHARE`` of it, open: "30,500 feet"
    is 30,450 to 30,550 feet, "80 mph" 78.4 to 81.6 mph), in base units; its own interval
    otherwise."""
    from factcheck.rules.base import _canonical_map, _precision

    v = m.claim.value
    if m.claim.qualifier.value != "exact" or v.magnitude is None or \
            not float(v.magnitude).is_integer():  # type: ignore[union-attr]
        return m.interval
    linear = _canonical_map(v.unit)  # type: ignore[union-attr]
    if linear is None:
        return None
    from factcheck.normalize.intervals import convert

    x = float(v.magnitude)  # type: ignore[union-attr]
    half = max(0.5, min(_precision(x), _ROUNDING_SHARE * abs(x)))
    return convert(Interval(low=x - half, high=x + half, low_closed=False, high_closed=False), *linear)


def range_ends(m: Mention) -> tuple[float, float]:
    """The two ends of a range claim as stated ("aged 11 to 16" -> 11, 16)."""
    v = m.claim.value
    lo = getattr(v, "min", None)
    hi = getattr(v, "max", None)
    if lo is None or hi is None:
        lo, hi = m.interval.low, m.interval.high  # type: ignore[union-attr]
    return (round(float(lo), 6), round(float(hi), 6))  # type: ignore[arg-type]
