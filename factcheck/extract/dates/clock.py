"""Times of day: "at 5:40 a.m.", "around 07:16", "shortly after 23:00 local time",
"9:30 p.m. ET", "at noon New York time", "at 21.38 on the night of ...", "8.45pm last night".

A time is part of a date claim: ``DateValue.time`` ("HH:MM", 24-hour) with its
``utc_offset`` on that date and its IANA ``zone`` when known. Which date:

1. a day-long date right next to it is one claim with it ("at 2 a.m. on Friday", "Friday at
   2 a.m.", "8.45pm last night"); an hour before 6 a.m. after a night ("last night around
   2 a.m.", "Tuesday night at 1 a.m.") is the next day;
2. else the nearest day-long date of its sentence ("at 21.38 on the night of 2 July");
3. else the nearest one before it in its paragraph, else, in a sentence that looks ahead,
   the last day to come the article named before it (a timetable under its own heading),
   else the first one of the article's lead (the day the story reports), else the
   publication date — each with an assumption.

Which zone: an abbreviation ("ET", "GMT"; data/zones.yaml), a region ("Eastern"), a place
("New York time", "Bangkok time", "at 9:40 a.m. in Frankfurt"); "local time" or no zone at
all is the zone of the place the article is about, when its place names agree on one (most
mentions in one zone), with an assumption. Offsets follow daylight saving time for the date (zoneinfo with tzdata).

A clock time without a.m./p.m. is only read after a cue ("at", "around", "shortly after",
...) or with a zone; a dotted one ("21.38") also needs a day or a zone after it and no
market or race verb before it ("shares closed at 21.38" is a price). Times in page
furniture ("Updated 10:32 AM") and lines of nothing but dates and times stay out.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from factcheck.data import load_yaml
from factcheck.extract.base import Candidate, Context
from factcheck.extract.dates.hits import _future_cue
from factcheck.extract.needles import Needles, folded, needles
from factcheck.models import DateValue, Granularity, Interval, Qualifier

_OFFSET = re.compile(r"^[+-](?:0\d|1[0-4]):[0-5]\d$")


def _zone_or_offset(value: str) -> str:
    if not _OFFSET.match(value):
        ZoneInfo(value)  # raises for an unknown zone name
    return value


class Zones(BaseModel):
    """data/zones.yaml, validated: every zone is a known IANA name or a UTC offset."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    places: dict[str, str]
    demonyms: dict[str, str]
    abbreviations: dict[str, str]
    regions: dict[str, str]
    # zones of countries that span several (a city of one does not tell where in the
    # country a time was read): names, or prefixes ending in "/"
    country_spans_zones: tuple[str, ...] = ()
    # the names of those countries ("eastern Indonesia" is no place of one zone)
    countries_spanning_zones: tuple[str, ...] = ()
    # a country's zones, for what reads an article's country (``country_of``)
    countries: dict[str, tuple[str, ...]] = {}
    # the end of an outlet's web address -> its country, one of ``countries``
    outlet_domains: dict[str, str] = {}

    @field_validator("countries")
    @classmethod
    def _known_countries(cls, table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for zones_ in table.values():
            for name in zones_:
                if not name.endswith("/"):
                    ZoneInfo(name)  # raises for an unknown zone name
        return table

    @model_validator(mode="after")
    def _known_domains(self) -> "Zones":
        unknown = sorted(set(self.outlet_domains.values()) - set(self.countries))
        if unknown:
            raise ValueError(f"outlet_domains names countries not in countries: {unknown}")
        return self

    def in_country(self, country: str, zone: str) -> bool:
        """Is ``zone`` one of ``country``'s (``countries``)? An unknown country is an error."""
        return any(zone == z or z.endswith("/") and zone.startswith(z) for z in self.countries[country])

    @field_validator("country_spans_zones")
    @classmethod
    def _known_spans(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        for name in names:
            if not name.endswith("/"):
                ZoneInfo(name)  # raises for an unknown zone name
        return names

    def spans_zones(self, zone: str) -> bool:
        """Is ``zone`` one of several of its country (``country_spans_zones``)?"""
        return any(zone == z or z.endswith("/") and zone.startswith(z) for z in self.country_spans_zones)

    @field_validator("places", "demonyms", "abbreviations", "regions")
    @classmethod
    def _known(cls, table: dict[str, str]) -> dict[str, str]:
        for value in table.values():
            _zone_or_offset(value)
        return table


@lru_cache(maxsize=1)
def zones() -> Zones:
    """zones.yaml, its zones' full names ("Central Africa Time", also with "time") read as
    abbreviations are."""
    data = dict(load_yaml("zones.yaml"))
    full = {str(k): str(v) for k, v in (data.pop("names", None) or {}).items()}
    variants = {re.sub(r" Time$", " time", k): v for k, v in full.items()}
    data["abbreviations"] = {**variants, **full, **data["abbreviations"]}
    return Zones.model_validate(data)


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    """The first word of every place name and demonym: a word that is none of them starts
    no name, and document_zone moves past it without joining the words after it."""
    z = zones()
    return frozenset(name.split(" ")[0] for table in (z.places, z.demonyms) for name in table)


def _names(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Time:
    start: int  # with its qualifier words ("about 10:30 p.m.")
    end: int
    tail: int  # end of the zone words after it ("ET", "local time"), which stay out of the span
    hour: int
    minute: int
    qualifier: Qualifier
    zone: str | None  # IANA name or a fixed offset
    local: bool  # "local time", or no zone stated
    why: tuple[str, ...]
    next_day: bool = False  # "by midnight": 00:00 at the end of the day it is dated to
    # a local time restated in a fixed zone that names its own day ("00:40 local time (2240
    # GMT on Monday)"): where the restatement ends, and the days from its day to the local one
    restated: tuple[int, int] | None = None
    stamp: bool = False  # a live page's entry stamp ("16:40 — ..."): on the page's own day


_QUALIFIERS = {"about": Qualifier.approx, "around": Qualifier.approx, "approximately": Qualifier.approx,
               "roughly": Qualifier.approx, "some": Qualifier.approx, "circa": Qualifier.approx,
               "after": Qualifier.more_than, "past": Qualifier.more_than, "before": Qualifier.less_than}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], Needles | None, re.Pattern[str], re.Pattern[str]]:
    """(digit trigger, word trigger, its needles, clock, qualifier-before): cheap scans for
    the digit or the word a time turns on, the time with its zone matched from there, and
    its qualifier looked up before it."""
    z = zones()
    # Two scans, since a trigger is a digit or a word and never both: the digit scan starts
    # with \d, a class the engine skips ahead to in C (one class holding "n" and "m" too
    # stopped at most letters of a text), and the word scan runs only in a text holding
    # one of its three words, found by substring searches (extract/needles.py).
    digit = re.compile(r"\d(?=[:.][0-5]\d|\s?[ap]\.?\s?m(?![a-z])|\d{3}\s?[a-z]|\d{3}\s?[-–]\s?\d{4}\s?[a-z])", re.I)
    word = re.compile(r"noon|midday|midnight", re.I)
    qual = re.compile(r"(?<![A-Za-z])(?:about|around|approximately|roughly|circa|(?:shortly|just|soon|right|"
                      r"sometime|some\s+time)\s+(?:after|before)|just\s+past)\s+$", re.I)
    ampm = r"(?P<ap>[ap])(?:\.\s?m\.?|\s?m)(?![A-Za-z\d])"
    clock = (rf"(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?\s?{ampm}"
             r"|(?P<h2>[01]?\d|2[0-3])(?P<sep2>[:.])(?P<mi2>[0-5]\d)(?:(?<=:\d\d):[0-5]\d(?=\s*\(?(?:[A-Z]|local)))?"
             r"(?![\d%]|[.:,]\d|\s?(?:per\s*cent|percent))"
             rf"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=(?:(?:\s?[-–]\s?|\s+(?:to|and)\s+)(?:[01]\d|2[0-3])[0-5]\d)?"
             rf"{_zone_words(True)})"
             r"|(?P<word>noon|midday|midnight)")
    tail = (rf"(?P<tail>\s*\(?\s*(?:(?-i:(?P<abbr>{_names(list(z.abbreviations))}))(?![A-Za-z])"
            rf"|(?P<hrs>hrs|h)(?![A-Za-z])|local\s+time|(?-i:(?P<place>{_names([*z.places, *z.demonyms])}))\s+time"
            rf"|in\s+(?-i:(?P<inplace>{_names(list(z.places))}))(?![\w'’-])"
            rf"|(?-i:(?P<region>{_names(list(z.regions))}))(?:\s+(?:standard\s+|daylight\s+)?time)?(?![A-Za-z]))\)?)?")
    main = re.compile(rf"(?:(?<![\w.:/$£€~=&#@-])|(?<=\d{{4}}[-–]))(?:{clock}){tail}", re.I)
    return digit, word, needles(word), main, qual


def _zone_words(local: bool) -> str:
    """What may follow a four-digit time of day ("0400 GMT", "1905 hrs", with ``local``
    also "1905 local time")."""
    local_time = r"|local\s+time" if local else ""
    return rf"\s?(?:hrs|GMT|UTC{local_time}|(?-i:{_names(list(zones().abbreviations))}))(?![A-Za-z])"


@lru_cache(maxsize=1)
def _zone_abbreviation() -> re.Pattern[str]:
    return re.compile(_zone_words(False), re.I)


def zone_after(text: str, end: int) -> bool:
    """Does a zone abbreviation follow ``end`` ("1130 GMT", "0400 EST"): a four-digit
    number there is a time of day, not a year."""
    return _zone_abbreviation().match(text, end) is not None


_CAPITALIZED_RUN = re.compile(r"[A-Z](?<![\w'’][A-Z])[\w'’.]*(?:[ \t]+(?:[A-Z][\w'’.]*|de|es))*")


_BY = re.compile(r"(?<![A-Za-z])(?:by|until|till|before)\s+$", re.I)
# a cue before a clock time written without a.m./p.m.
_CUE = re.compile(r"(?<![A-Za-z])(?:at|around|about|by|until|till|from|after|before|since|approximately|between"
                  r"|and|to|or)\s+$", re.I)
# a day after a dotted time ("at 21.38 on the night of 2 July", "at 20.45 last night")
_DAY_AFTER = re.compile(r"\s+(?:on|that|this|last|yesterday|today|tonight|the\s+(?:night|morning|evening|"
                        r"afternoon)\s+of)(?![A-Za-z])", re.I)
# a figure, not a time: "shares closed at 21.38", "finished the race in 21.38"
_NOT_A_TIME = re.compile(r"(?<![A-Za-z])(?:closed|opened|fell|rose|traded|trading|ended|finished|stood|settled|"
                         r"dropped|climbed|jumped|gained|lost|priced|valued|worth|rate|price|prices|shares|index|"
                         r"yield|score|scored|clocked|ran|swam|record|odds|won|lost|beat)(?![A-Za-z])", re.I)
# page furniture: the time stamp of an edit, or a line of dates and times only
_FURNITURE = re.compile(r"(?<![A-Za-z])(?:updated|published|posted|modified|edited|first\s+published)"
                        r"(?![A-Za-z])", re.I)
# a dateline: a place in capitals and a comma at the start of the line ("BANGKOK, July 3 (Reuters)")
_DATELINE = re.compile(r"[A-Z][A-Z'’. -]{2,}(?:\s*\([A-Za-z ]+\))?,\s+(?:[A-Z][a-z]{2,}\.?\s+\d|\d{1,2}\s+[A-Z]|\()")
_DATELINE_END = re.compile(r"\s[-–—]+\s|\)\s*[-–—]+")
_LINE_WORDS = re.compile(r"[A-Za-z]{4,}")
_SENTENCE_STOP = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z])|\n""")


# a live page's entry stamp: a time opening its line, then a dash or a colon ("14:05 GMT: ...",
# "16:40 — ..."), a capital ("23:31 Santaren thanks ..."), or the time alone on its line
# (the entry's text on the lines below)
STAMP_AFTER = re.compile(r"(?-i:[ \t]*(?:[-–—:|]|GMT|BST|[A-Z]{2,4}T|\r?\n)|[ \t]+(?=[A-Z\"“‘']))")
# a live page's entry line: its stamp, then the dash or colon ("14:05 - ", "9:15am - ")
ENTRY_LINE = re.compile(r"[ \t]*(\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)" + STAMP_AFTER.pattern, re.I)


_ENTRY_LINES = re.compile(r"^" + ENTRY_LINE.pattern, re.I | re.M)


def live_page(text: str) -> bool:
    """Is ``text`` a live page: two lines or more that open on an entry stamp?"""
    found = _ENTRY_LINES.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def opens_entry(text: str, start: int, end: int) -> bool:
    """Does the time at text[start:end] open its line as a live page's entry stamp? It is
    the time of the entry, on the page's day, though no cue or zone goes with it."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and STAMP_AFTER.match(text, end) is not None


_AT_BEFORE = re.compile(r"(?<![A-Za-z])(?:at|by|from|until|till|to|before|after|around|about)\s+$|\(\s*$", re.I)


def find_times(text: str, ctx: Context, taken: list[tuple[int, int]]) -> list[_Time]:
    """The times of day in ``text``, outside ``taken`` spans and page furniture."""
    digit, word, word_needles, main, qual = _patterns()
    spans = sorted([*taken, *ctx.reserved])
    out: list[_Time] = []
    last = -1
    live: bool | None = None  # (read once, at the first entry stamp)
    dotted: bool | None = None  # does the text write its times of day "10.35 am"?
    hits = list(digit.finditer(text))
    if word_needles is None or word_needles.in_text(text, folded(text)):
        hits = sorted([*hits, *word.finditer(text)], key=re.Match.start)  # never at one place
    for hit in hits:
        at = hit.start()
        if at > 0 and text[at - 1].isdigit() and hit.group()[0].isdigit():
            at -= 1  # the first digit of a two-digit hour
        if at < last:
            continue
        m = main.match(text, at)
        if m is None:
            continue
        q = qual.search(text, max(0, at - 32), at)
        s, e = (q.start() if q else at), m.end() - len(m.group("tail") or "")
        last = m.end()
        j = bisect.bisect_left(spans, (m.end(), m.end()))
        if any(e > s for _, e in spans[max(0, j - 4):j]):
            continue
        stamp = opens_entry(text, s, m.end())
        if stamp and live is None:
            live = live_page(text)
        stamp = stamp and bool(live)
        if not stamp and _furniture(text, s):  # (a live page's stamp may stand alone on its line)
            continue
        if m.group("h3") and m.group("h3")[0] in "12" and m.group("tail") and \
                m.group("tail").strip().lower().startswith("local") and not _AT_BEFORE.search(text, max(0, at - 8), at):
            continue  # "in 2019 local time was ...": a year; "at 1905 local time": a time
        if dotted is None and m.group("sep2") == ".":
            dotted = _DOTTED_STYLE.search(text) is not None  # (read once, at the first dotted time)
        parsed = _clock(m, text, q is not None, stamp, bool(dotted))
        if parsed is None:
            continue
        hour, minute = parsed
        words = q.group().lower().split() if q else []
        qualifier = _QUALIFIERS.get(words[-1], Qualifier.exact) if words else Qualifier.exact
        zone, local, why = _zone_of(m)
        ending = bool(m.group("word")) and m.group("word").lower() == "midnight" and _BY.search(
            text, max(0, at - 12), at) is not None
        if ending:
            why += ("'midnight' after 'by'/'until' read as the end of the day: 00:00 of the next",)
        out.append(_Time(s, e, m.end() if m.group("tail") else e, hour, minute, qualifier, zone, local, why,
                         ending, stamp=stamp))
    return out


def _clock(m: re.Match[str], text: str, qualified: bool, stamp: bool = False,
           dotted: bool = False) -> tuple[int, int] | None:
    """(hour, minute) of a match, or None when it is not a time in its context; ``stamp``:
    it is a live page's entry stamp; ``dotted``: the text writes times of day with a dot
    ("At 10.35 am on Monday"), so a dotted time after a cue is one ("... at 10.52, where")."""
    before = text[max(0, m.start() - 40):m.start()]
    has_zone = bool(m.group("abbr") or m.group("region") or m.group("place") or m.group("hrs")
                    or (m.group("tail") or "").strip())
    if m.group("ap"):
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        if not 1 <= hour <= 12:
            return None
        pm = m.group("ap").lower() == "p"
        return (hour % 12) + (12 if pm else 0), minute
    if m.group("word"):  # a cue before it, or a zone after it ("(midnight GMT)")
        if not (_CUE.search(before) or qualified or has_zone):
            return None
        return (12, 0) if m.group("word").lower() in ("noon", "midday") else (0, 0)
    if m.group("h3"):
        return int(m.group("h3")), int(m.group("mi3"))
    hour, minute = int(m.group("h2")), int(m.group("mi2"))
    cued = bool(_CUE.search(before) or qualified)
    if stamp:
        return hour, minute  # "16:40 — The agency says ...": a live page's entry stamp
    if m.group("sep2") == ":":
        return (hour, minute) if cued or has_zone else None
    # a dotted time: cue and a day or zone after it, and no figure verb before
    clause = before[max((x.end() for x in re.finditer(r"[.;!?]\s", before)), default=0):]
    if not (cued or has_zone) or not (has_zone or dotted or _DAY_AFTER.match(text, m.end())) \
            or _NOT_A_TIME.search(clause):
        return None
    return hour, minute


# a time of day written with a dot and a.m./p.m. ("10.35 am", "8.45pm"): the text's style
_DOTTED_STYLE = re.compile(r"(?<![\d.])(?:[1-9]|1[0-2])\.[0-5]\d\s?[ap]\.?m\b", re.I)


def _in_dateline(text: str, at: int) -> bool:
    """Is ``at`` inside its line's dateline ("PARIS, May 3, 10:32 (AFP) -"): the report's
    own date and time, not the story's after it?"""
    lo = text.rfind("\n", max(0, at - 200), at) + 1 or max(0, at - 200)
    if at - lo >= 80 or not _DATELINE.match(text, lo):
        return False
    dash = _DATELINE_END.search(text, lo, lo + 120)
    return dash is None or at < dash.start()


def _furniture(text: str, at: int) -> bool:
    lo = text.rfind("\n", max(0, at - 200), at) + 1 or max(0, at - 200)
    hi = text.find("\n", at, at + 200)
    line = text[lo:hi if hi >= 0 else min(len(text), at + 200)]
    stamp = _FURNITURE.search(text, lo, at)
    if stamp and len(_LINE_WORDS.findall(text, lo, stamp.start())) <= 1 and at - stamp.end() <= 60:
        return True  # "Updated 10:32 AM", "Last updated: 3 July, 10:32", not "... it published at 1:20 a.m."
    if at - lo < 80 and _DATELINE.match(text, lo):
        return _in_dateline(text, at)
    from factcheck.extract.dates.vocabulary import vocabulary

    v = vocabulary()
    words = [w.lower() for w in _LINE_WORDS.findall(line)]
    return not [w for w in words if w not in v.months and w not in v.weekdays]


def _zone_of(m: re.Match[str]) -> tuple[str | None, bool, tuple[str, ...]]:
    z = zones()
    if m.group("abbr"):
        return z.abbreviations[re.sub(r"\s+", " ", m.group("abbr"))], False, ()
    if m.group("region"):
        return z.regions[m.group("region")], False, ()
    if m.group("place"):
        name = " ".join(m.group("place").split())
        return z.places.get(name) or z.demonyms.get(name), False, ()
    if m.group("inplace"):  # "at 10:25 a.m. in Geneva": the place's own clock
        return z.places.get(" ".join(m.group("inplace").split())), False, ()
    return None, True, ()


def document_zone(text: str) -> tuple[str, str] | None:
    """(IANA zone, its most named place) when the article's place names agree on one zone:
    at least two mentions, and at least 60 % of all mentions in that zone. Names are
    looked up in runs of capitalised words, longest first."""
    counts, names = _text_mentions(text)
    if not counts:
        return None
    zone = max(sorted(counts), key=lambda k: counts[k])
    if counts[zone] < 2 or counts[zone] < 0.6 * sum(counts.values()):
        return None
    by_name = names.get(zone)
    if not by_name:  # only adjectives ("Thai officials"): name the zone
        return zone, zone
    return zone, max(sorted(by_name), key=lambda k: by_name[k])


# a live page's note of the clock its times are on: "All times CET.", "(all times are EDT)"
_ALL_TIMES = re.compile(r"\b[Aa]ll\s+times\s+(?:are\s+|in\s+)?(?P<abbr>[A-Z]{2,5})\b")


def declared_zone(text: str) -> tuple[str, str] | None:
    """(IANA zone or UTC offset, abbreviation) an article declares its times are on ("All
    times CET."), when the abbreviation is known; None for GMT or UTC (its local times
    are then another clock)."""
    m = _ALL_TIMES.search(text)
    if m is None or m.group("abbr") in ("GMT", "UTC", "Z"):
        return None
    zone = zones().abbreviations.get(m.group("abbr"))
    return (zone, m.group("abbr")) if zone else None


def place_zone(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(IANA zone, a place) when the places ``text[start:end]`` names are all in one zone
    ("landfall near Puerto Salinas, Veracruz, at 4:30 a.m. local time": Mexico City's)."""
    counts, names = _zone_mentions(text, start, end)
    if len(counts) != 1 or not names:
        return None
    zone = next(iter(counts))
    return zone, min(names[zone])


# a wire dateline's place, and a region after it: "PERTH, July 28 (GSW) -", "WENDELL FALLS,
# Ohio, Sept 17 (Wire) -", "FRANKFORT, Ky. -"
_DATELINE_PLACE = re.compile(r"(?P<place>[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*)"
                             r"(?:,\s+(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=,|\s*\(|\s+[-–—]))?"
                             r"(?=,|\s*\(|\s+[-–—])")


def dateline_zone(text: str) -> tuple[str, str] | None:
    """(IANA zone, place) of a wire dateline, in the first lines of an article, when its
    place or the region after it is known and names one zone ("NEW YORK/TOKYO" names two)."""
    z = zones()
    for line in text.lstrip().split("\n", 4)[:4]:
        m = _DATELINE_PLACE.match(line)
        if m is None:
            continue
        named = [p.strip().title() for p in m.group("place").split("/")]
        if not any(p in z.places for p in named) and m.group("region"):
            named = [m.group("region")]
        found = {z.places.get(p) for p in named}
        if found != {None}:
            return (found.pop(), named[0]) if len(found) == 1 and None not in found else None
    return None


_POSSESSIVE = re.compile(r"['’]s$")


def outlet_country(url: str | None) -> str | None:
    """The country an outlet's web address names ("https://www.afr.com.au/..." ->
    Australia; zones.yaml ``outlet_domains``), else None."""
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    domains = zones().outlet_domains
    return next((domains[d] for d in sorted(domains, key=len, reverse=True) if host.endswith(d)), None)


def country_of(text: str, countries: Sequence[Mapping[str, Any]], share: float,
               home: str | None = None) -> Mapping[str, Any] | None:
    """The entry of ``countries`` (each with a ``country`` of zones.yaml ``countries`` and
    ``markers``: words or signs of it, such as its currency or its exchange) that the text
    is about: whose zone a wire's dateline names ("VANCOUVER, Sept 14 (Wire) -": where the
    copy is filed for); else the one whose places and markers are named at least twice and
    make at least ``share`` of all the text's place names and markers; else, with no
    dateline, the outlet's own (``home``, from its web address: ``outlet_country``) unless
    the text's places are of one other place at that share (a British paper on a
    Californian company). None otherwise."""
    z = zones()
    line = dateline_zone(text)
    if line is not None:
        filed = next((c for c in countries if z.in_country(c["country"], line[0])), None)
        if filed is not None:
            return filed
    own = None  # (wire copy an outlet reprints keeps its dateline: not the outlet's)
    if line is None and home is not None and not any(_DATELINE_PLACE.match(row) for row in text.lstrip().split("\n", 4)[:4]):
        own = next((c for c in countries if c["country"] == home), None)
    zone_counts = _text_mentions(text)[0]
    scores = [0] * len(countries)
    counted = sum(zone_counts.values())
    for zone, n in zone_counts.items():
        for i, c in enumerate(countries):
            if z.in_country(c["country"], zone):
                scores[i] += n
    marks = _country_markers(tuple(tuple(str(w) for w in c.get("markers") or ()) for c in countries))
    if marks is not None:
        pattern, index = marks
        for m in pattern.finditer(text):
            scores[index[m.group().lower().rstrip(".")]] += 1
            counted += 1
    if not countries or not counted and own is None:
        return None
    best = max(range(len(countries)), key=lambda i: scores[i])
    if scores[best] >= 2 and scores[best] >= share * counted:
        return countries[best]
    if own is not None and not any(n >= 2 and n >= share * counted and not z.in_country(own["country"], zone)
                                   for zone, n in zone_counts.items()):
        return own  # the outlet's country, unless the text is about another place
    return None


@lru_cache(maxsize=16)
def _text_mentions(text: str) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """``_zone_mentions`` of the whole text, read once per text for all that asks where it
    is (``document_zone``, ``country_of``); callers only read the tables."""
    return _zone_mentions(text, 0, len(text))


@lru_cache(maxsize=8)
def _country_markers(markers: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], dict[str, int]] | None:
    index = {w.lower().rstrip("."): i for i, words in enumerate(markers) for w in words}
    if not index:
        return None
    words = sorted(index, key=len, reverse=True)
    alts = [re.escape(w) + (r"(?![A-Za-z])" if w[-1:].isalpha() else "") for w in words]
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(alts)})", re.I), index


def _zone_mentions(text: str, start: int, end: int) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """How often ``text[start:end]`` names a place (or a demonym) of each zone, and which
    places, looked up in runs of capitalised words, longest first."""
    z = zones()
    counts: dict[str, int] = {}
    names: dict[str, dict[str, int]] = {}
    heads = _name_heads()
    for run in _CAPITALIZED_RUN.finditer(text, start, end):
        words = [_POSSESSIVE.sub("", w) for w in run.group().rstrip(".").split()]  # ("New Zealand's")
        i = 0
        while i < len(words):
            if words[i] not in heads and words[i].rstrip(".") not in heads:
                i += 1
                continue
            for n in range(min(4, len(words) - i), 0, -1):
                name = " ".join(words[i:i + n]).rstrip(".")
                zone = z.places.get(name) or z.demonyms.get(name)
                if zone is not None:
                    counts[zone] = counts.get(zone, 0) + 1
                    if name in z.places:
                        names.setdefault(zone, {})[name] = names.setdefault(zone, {}).get(name, 0) + 1
                    i += n
                    break
            else:
                i += 1
    return counts, names


# --------------------------------------------------------------------------- dating

_BEFORE_TIME = re.compile(r",?[ \t]*\n?[ \t]*(?<=\s)(?:(?:at|from|by|until)\s+)?", re.I)  # never across a blank line
# between a time and its day: "on", or a zone abbreviation too ambiguous to read ("9:38
# p.m. CST on Friday": Central or China Standard Time, the place's own clock either way)
_AFTER_TIME = re.compile(r"(?:[ \t]+(?-i:[A-Z]{2,4})(?![\w.]))?,?[ \t]*\n?[ \t]*(?<=\s)(?:on\s+)?", re.I)
_NIGHT = re.compile(r"night|tonight", re.I)
_LEAD = 700  # characters of the article's lead that name the day its story reports


def _day_of(c: Candidate) -> dt.date | None:
    v = c.value
    if isinstance(v, DateValue) and v.start is not None and v.start == v.end and c.unresolved is None:
        return v.start
    return None


def attach_times(cands: list[Candidate], text: str, ctx: Context) -> list[Candidate]:
    """Date candidates (sorted, not overlapping) with the text's times of day joined to them
    or added as claims. Each time looks only at its neighbours: linear in the text."""
    times = find_times(text, ctx, [(c.start, c.end) for c in cands])
    if not times:
        return cands
    times = _restated_offsets(times, text)
    ranges = _clock_ranges(times, text)
    for i, j in ranges:  # "from 9 a.m. to 5 p.m. ET": the first end is told in the zone of the second
        t, u = times[i], times[j]
        if t.local and t.tail == t.end and not u.local:
            times[i] = replace(t, zone=u.zone, local=False, why=t.why + (
                f"the zone of the range's other end, '{text[u.start:u.tail]}'",))
    place = document_zone(text) if any(t.local for t in times) else None
    out = list(cands)
    starts = [c.start for c in cands]
    days = [c for c in cands if _day_of(c) is not None]
    day_starts = [c.start for c in days]
    previous: tuple[_Time, Candidate] | None = None  # the last time dated, and its claim
    live = any(t.stamp for t in times)
    claim_of: dict[int, tuple[Candidate, bool]] = {}  # time -> its claim, and whether a day was written with it
    for ti, t in enumerate(times):
        if t.stamp and ctx.published is not None:  # a live page's entry: the page's own day
            day = ctx.published
            base = Candidate(t.start, t.end, DateValue(start=day, end=day), interval=Interval(low=day, high=day, unit="day"))
            out.append(_with_time(base, t.start, t.end, day, t, place, (_STAMP_DAY,)))
            previous = None
            continue
        if previous is not None and not _RESTATED_GAP.fullmatch(text, previous[0].tail, t.start):
            previous = None  # (only a time right after it, in brackets or after "or", restates it)
        k = bisect.bisect_left(starts, t.start)  # cands[k - 1] is before the time, cands[k] after it
        neighbours = [i for i in (k - 1, k) if 0 <= i < len(out)]
        if any(_beside_period(t, out[i], text) for i in neighbours):
            continue  # "this week 8am": a time on every day of a period
        joined = next((i for i in neighbours if _adjacent(t, out[i], text)), None)
        if joined is not None:
            c = out[joined]
            day = _day_of(c)
            if day is None:  # an unresolved day ("on Monday" with no publication date)
                out[joined] = _undated_time(c, min(c.start, t.start), max(c.end, t.end), t, place)
                continue
            why: tuple[str, ...] = ()
            if t.hour < 6 and _NIGHT.search(text, c.start, c.end):
                day += dt.timedelta(days=1)
                why = ("an hour after midnight of the night named read as the next day",)
            start, end = min(c.start, t.start), max(c.end, t.end)
            if t.local and t.tail == t.end:  # "3:30 p.m. on Sunday, Osaka time": the zone after the day
                t, why = _zone_after(t, text, end, why)
            assumptions = c.assumptions
            if previous is not None and c.start >= t.tail:
                day, assumptions = _restated_weekday(previous[1], t, c, day)
            out[joined] = _with_time(c, start, end, day, t, place, assumptions + why)
            previous = (t, out[joined])
            claim_of[ti] = (out[joined], True)
            continue
        day, why = _reference_day(t, days, day_starts, text, ctx, live)
        if day is not None and t.restated is not None and t.restated[1]:
            k = bisect.bisect_left(day_starts, t.tail)
            if k < len(days) and _day_of(days[k]) == day and days[k].start - t.restated[0] <= 12 \
                    and ")" not in text[t.tail:days[k].start]:  # the day written with the restatement,
                # inside its brackets ("(2240 GMT on Monday)", not "(1710 GMT) on Sunday")
                day += dt.timedelta(days=t.restated[1])  # the day is the restatement's own
                why += (f"the local day is {'the next' if t.restated[1] > 0 else 'the previous'} day "
                        f"of the restatement's",)
        if day is None:
            value = DateValue(time=f"{t.hour:02d}:{t.minute:02d}", granularity=Granularity.day)
            out.append(Candidate(t.start, t.end, value, t.qualifier, unresolved="no publication date"))
            continue
        if (t.hour, t.minute) == (0, 0) and t.qualifier is Qualifier.more_than and why \
                and why[0] != _ON_PUBLICATION:
            day += dt.timedelta(days=1)  # "shortly after midnight" of a day the article reports:
            why += ("just after the midnight that ends the day named, read as the next day",)  # its end
        base = Candidate(t.start, t.end, DateValue(start=day, end=day), interval=Interval(low=day, high=day, unit="day"))
        out.append(_with_time(base, t.start, t.end, day, t, place, why))
        previous = (t, out[-1])
        claim_of[ti] = (out[-1], False)
    for i, j in ranges:  # "between 9 a.m. and 5 p.m. on Tuesday": the first end is on the second's day
        if i in claim_of and j in claim_of and not claim_of[i][1] and claim_of[j][1]:
            first, day = claim_of[i][0], _day_of(claim_of[j][0])
            if day is not None and day != _day_of(first) and not times[i].next_day:
                t = times[i]
                base = Candidate(t.start, t.end, DateValue(start=day, end=day),
                                 interval=Interval(low=day, high=day, unit="day"))
                k = next(n for n, c in enumerate(out) if c is first)
                out[k] = _with_time(base, t.start, t.end, day, t, place, (
                    f"the day of the range's other end, '{text[times[j].start:claim_of[j][0].end]}'",))
    return sorted(out, key=lambda c: c.start)


# between the two ends of a range of times of day ("9 a.m. to 5 p.m.", "1000-1200 GMT")
_RANGE_JOIN = re.compile(r"\s*(?:[-–]|to|and|until|till)\s*", re.I)
_RANGE_OPEN = re.compile(r"(?<![A-Za-z])(?:between|from)\s+$", re.I)


def _clock_ranges(times: list[_Time], text: str) -> list[tuple[int, int]]:
    """Pairs of times written as one range: joined by a dash, or by "to"/"until" (and
    "and" after "between"), the first written without a zone of its own."""
    out = []
    for i in range(len(times) - 1):
        t, u = times[i], times[i + 1]
        m = _RANGE_JOIN.fullmatch(text, t.tail, u.start)
        if m is None or t.tail != t.end:
            continue
        joint = m.group().strip().lower()
        if joint == "and" and not _RANGE_OPEN.search(text, max(0, t.start - 12), t.start):
            continue  # "at 9 a.m. and again at 5 p.m.": two moments, maybe two days
        out.append((i, i + 1))
    return out


def _restated_weekday(first: Candidate, t: _Time, c: Candidate, day: dt.date) -> tuple[dt.date, tuple[str, ...]]:
    """The day of a weekday written with a time that restates the one before it ("8:17 p.m.
    ET (0017 UTC Wednesday)"): the day that moment falls on there, not the most recent such
    weekday before publication. A weekday the moment does not fall on stays as read."""
    v = first.value
    weekday = any(a.startswith("weekday read as") for a in c.assumptions)
    if not weekday or not isinstance(v, DateValue) or v.start is None or v.time is None \
            or v.utc_offset is None or t.zone is None:
        return day, c.assumptions
    hour, minute = map(int, v.time.split(":"))
    moment = dt.datetime.combine(v.start, dt.time(hour, minute),
                                 tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes(v.utc_offset))))
    there = dt.timezone(dt.timedelta(minutes=offset_minutes(t.zone))) if _OFFSET.match(t.zone) else ZoneInfo(t.zone)
    local = moment.astimezone(there).date()
    if local == day or local.weekday() != day.weekday():
        return day, c.assumptions
    kept = tuple(a for a in c.assumptions if not a.startswith("weekday read as"))
    return local, kept + (f"weekday read as the day of the moment it restates, {v.start.isoformat()} "
                          f"{v.time} UTC{v.utc_offset}",)


# the assumption of a local time whose offset is read from its restatement in a fixed zone:
# its clock is not a second, independent one (rules.ta05 checks it against its place)
RESTATED_ZONE = "local zone read as UTC"
# between a local time and the same moment told in a fixed zone: "11:40 p.m. local time
# (1540 GMT)", "at 9 a.m. local time, or 0100 GMT"
_RESTATED_GAP = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*(?:or[ \t]+)?|[ \t]+or[ \t]+)")


def _restated_offsets(times: list[_Time], text: str) -> list[_Time]:
    """A local time followed by the same moment told in a fixed-offset zone takes the
    offset between them ("11:40 p.m. local time (1540 GMT)": +08:00), the one place the
    text itself states the local zone; a difference that is no whole quarter hour within
    -12:00..+14:00 is no restatement."""
    out = list(times)
    for i in range(len(out) - 1):
        t, u = out[i], out[i + 1]
        if not t.local or u.zone is None or not _OFFSET.match(u.zone) \
                or _RESTATED_GAP.fullmatch(text, t.tail, u.start) is None:
            continue
        minutes = (t.hour * 60 + t.minute) - (u.hour * 60 + u.minute) + offset_minutes(u.zone)
        minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60
        if minutes == -12 * 60 and t.hour * 60 + t.minute > u.hour * 60 + u.minute:
            minutes = 12 * 60
        if minutes % 15 or not -12 * 60 <= minutes <= 14 * 60:
            continue
        offset = _format_offset(dt.timedelta(minutes=minutes))
        shift = (u.hour * 60 + u.minute + minutes) // (24 * 60)  # 22:40 GMT at +02:00 is the next day
        out[i] = replace(t, zone=offset, local=False, restated=(u.tail, shift), why=t.why + (
            f"{RESTATED_ZONE}{offset} from the same moment restated as '{text[u.start:u.end]}'",))
    return out


def offset_minutes(offset: str) -> int:
    """Minutes east of UTC of an offset written "+05:30" or "-04:00"."""
    sign = -1 if offset[0] == "-" else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def _adjacent(t: _Time, c: Candidate, text: str) -> bool:
    """Is ``c`` a day-long date (resolved or not) written right before or after the time?"""
    v = c.value
    if not isinstance(v, DateValue) or v.time is not None or v.granularity is not Granularity.day \
            or v.start != v.end or (v.start is None and c.unresolved is None):
        return False
    if c.start >= t.tail and c.start - t.tail <= 12:
        return c.start == t.tail or _AFTER_TIME.fullmatch(text, t.tail, c.start) is not None
    return c.end <= t.start and t.start - c.end <= 12 and _BEFORE_TIME.fullmatch(text, c.end, t.start) is not None


def _beside_period(t: _Time, c: Candidate, text: str) -> bool:
    v = c.value
    return (isinstance(v, DateValue) and v.start is not None and v.start != v.end
            and (0 <= t.start - c.end <= 2 or 0 <= c.start - t.tail <= 2)
            and not text[min(c.end, t.tail):max(c.start, t.start)].strip(" "))


_UNREAD_ZONE = re.compile(r"\s+[A-Z]{2,4}(?![\w.])")
# a relative clause between a time and a later day: the day dates that clause's event ("was
# announced at noon, with the minutes of the meeting, which ended on Tuesday"), a clause
# coordinated after a comma ("lasted until 8:40 p.m., and ... said early on Tuesday") or a
# participle's ("peaked at 5:47 p.m., topping the record set on Aug. 8, 2025")
_RELATIVE_BETWEEN = re.compile(
    r",\s*(?:which|who|whose|where|and|but|while|(?:[a-z]+\s+){0,2}?[a-z]{2,}(?:ing|ed))\b", re.I)
_REACH = 400  # how far a time looks for its sentence's ends
_PARAGRAPH = 2000  # how far back it looks for its paragraph's start


def _reference_day(t: _Time, days: list[Candidate], day_starts: list[int], text: str,
                   ctx: Context, live: bool = False) -> tuple[dt.date | None, tuple[str, ...]]:
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, t.start - _REACH), t.start)),
             default=max(0, t.start - _REACH))
    at = t.tail - 1 if text[t.tail - 1:t.tail] == "." else t.tail  # ("at 9:15 a.m. The ship": its stop)
    zone = _UNREAD_ZONE.match(text, t.tail)
    if zone:
        at = zone.end()  # ("9:38 p.m. CST on Friday": a zone, not a new sentence)
    stop = _SENTENCE_STOP.search(text, at, t.tail + _REACH)
    hi = stop.start() if stop else min(len(text), t.tail + _REACH)
    k = bisect.bisect_left(day_starts, t.start)
    near = [c for c in (days[k - 1] if k else None, days[k] if k < len(days) else None)
            if c is not None and lo <= c.start and c.end <= hi and not _POSSESSIVE_DAY.match(text, c.end)
            and not (c.start >= t.tail and _RELATIVE_BETWEEN.search(text, t.tail, c.start))]
    if near:
        c = min(near, key=lambda c: min(abs(c.start - t.end), abs(t.start - c.end)))
        return _day_of(c), (f"time of day dated by '{text[c.start:c.end]}' in the same sentence",)
    para = text.rfind("\n", max(0, t.start - _PARAGRAPH), t.start) + 1
    if k and days[k - 1].start >= para and days[k - 1].end <= t.start \
            and (not _after(days[k - 1], ctx) or _future_cue().search(text, lo, hi)) \
            and not _POSSESSIVE_DAY.match(text, days[k - 1].end):
        c = days[k - 1]  # (not a day still to come, "the heat will last until Friday. The
        # site was closed at noon", unless the time's sentence looks ahead too: "On Monday
        # the coffin leaves at 10.35. It will reach the Abbey at 10.52")
        return _day_of(c), (f"time of day dated by '{text[c.start:c.end]}' earlier in the paragraph",)
    if ctx.published is not None and _future_cue().search(text, lo, hi):
        ahead = [c for c in days[:k] if _after(c, ctx) and not _POSSESSIVE_DAY.match(text, c.end)]
        if ahead:  # a time that looks ahead, with no day of its own: the last day to come the
            # article named before it ("... will take place on Saturday, May 6." then, under
            # "the key timings", "The King is due to arrive at the Abbey at 10.53am")
            c = ahead[-1]
            return _day_of(c), (f"time of day in a sentence that looks ahead dated by "
                                f"'{text[c.start:c.end]}', the last day to come named before it",)
    lead = next((c for c in days[:2] if not _in_dateline(text, c.start)), None)  # (a dateline's
    # day is the report's: "PHOENIX, July 14 (Wire) - ... blackouts on Monday evening")
    if lead is not None and lead.start < _LEAD and lead.end <= t.start and not _after(lead, ctx) and not live:
        # (a live page's lead is no day its entries report)
        c = lead
        return _day_of(c), (f"time of day dated by '{text[c.start:c.end]}', the day the article's lead reports",)
    if ctx.published is None:
        return None, ()
    return ctx.published, (_ON_PUBLICATION,)


_ON_PUBLICATION = "time of day with no date nearby read as on the publication date"
# a day that owns a noun ("in Thursday's election, results published at 10.15 p.m."): the
# noun's day, not the time's
_POSSESSIVE_DAY = re.compile(r"['’]s?\b")
_STAMP_DAY = "a live page's entry stamp read as on the publication date"


def _after(c: Candidate, ctx: Context) -> bool:
    """Is a candidate's day after the publication date (a day still to come)?"""
    day = _day_of(c)
    return day is not None and ctx.published is not None and day > ctx.published


# a place's time after a time's day: "3:30 p.m. on Sunday, Osaka time"
_NAMED_TIME = re.compile(r"\s*,?\s*\(?(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]+time\b")
# the assumption a time of day told in an unknown place's time carries: its clock is not
# compared with other clocks (align.clock_of)
UNKNOWN_ZONE = "a zone not known"


def _zone_after(t: _Time, text: str, end: int, why: tuple[str, ...]) -> tuple[_Time, tuple[str, ...]]:
    """A time whose zone is named after its day: a known place's zone, or, for a place
    not known, no zone, and an assumption saying so (not the article's own zone)."""
    m = _NAMED_TIME.match(text, end)
    if m is None:
        return t, why
    z = zones()
    name = re.sub(r"\s+", " ", m.group("name"))
    zone = z.places.get(name) or z.demonyms.get(name)
    if zone is not None:
        return replace(t, zone=zone, local=False), why
    return replace(t, local=False), why + (f"time of day in '{name} time', {UNKNOWN_ZONE}",)


def _undated_time(c: Candidate, start: int, end: int, t: _Time, place: tuple[str, str] | None) -> Candidate:
    """A time joined to a day that could not be resolved: the time and its zone, no date."""
    zone = t.zone or (place[0] if t.local and place else None)
    why = (f"the zone of {place[1]}, the place the article is about",) if t.zone is None and zone and place else ()
    fixed = zone is not None and _OFFSET.match(zone) is not None
    value = DateValue(time=f"{t.hour:02d}:{t.minute:02d}", utc_offset=zone if fixed else None,
                      zone=None if fixed else zone)
    return Candidate(start, end, value, t.qualifier if t.qualifier is not Qualifier.exact else c.qualifier,
                     unresolved=c.unresolved, assumptions=c.assumptions + t.why + why)


def _with_time(c: Candidate, start: int, end: int, day: dt.date, t: _Time, place: tuple[str, str] | None,
               why: tuple[str, ...]) -> Candidate:
    if t.next_day:
        day += dt.timedelta(days=1)
    why += t.why
    zone = t.zone
    if zone is None and t.local and place is not None:
        zone = place[0]
        why += ((f"'local time' read as {zone}, the zone of {place[1]}, the place the article is about"
                 if t.tail > t.end else
                 f"no time zone stated: read as {zone}, the zone of {place[1]}, the place the article is about"),)
    offset = iana = None
    if zone is not None:
        if _OFFSET.match(zone):
            offset = zone
        else:
            iana = zone
            delta = dt.datetime.combine(day, dt.time(t.hour, t.minute), tzinfo=ZoneInfo(zone)).utcoffset()
            offset = _format_offset(delta) if delta is not None else None
    value = DateValue(start=day, end=day, granularity=Granularity.day, time=f"{t.hour:02d}:{t.minute:02d}",
                      utc_offset=offset, zone=iana)
    qualifier = t.qualifier if t.qualifier is not Qualifier.exact else c.qualifier
    return Candidate(start, end, value, qualifier, Interval(low=day, high=day, unit="day"),
                     c.about, None, tuple(dict.fromkeys(why)))


def _format_offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    h, mi = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{mi:02d}"
