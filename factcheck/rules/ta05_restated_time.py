"""TA05 temporal.restated_time — a local time restated in GMT gives its place the wrong offset."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from factcheck.extract.dates.clock import (
    RESTATED_ZONE, dateline_zone, declared_zone, document_zone, offset_minutes, place_zone, zones,
)
from factcheck.extract.text import TextIndex
from factcheck.models import Claim, DateValue, Finding, Severity
from factcheck.rules.ar01_margin import texts_and_claims
from factcheck.rules.base import Rule, RuleContext, claim_evidence

# between a local time and its restatement: "local time (", "Nairobi time, or ", " — "
_RESTATED = re.compile(r"\s*(?:(?:local|[A-Z][a-z]+)\s+time\s*)?(?:\(|,\s*or\s+|[—–]\s*|\s-\s)\s*")
# a time's own zone, then its restatement: "06:00 BST (", "9 p.m. ET, or "
_ZONED = re.compile(r"\s*(?P<abbr>[A-Z]{2,5})\s*(?:\(|,\s*or\s+|[—–]\s*|\s-\s)\s*")
# between two times on zoned clocks that tell one moment: the first's zone ("GMT", "New York
# time", "in Geneva", "(UTC-5)"), a closing bracket, then the restatement's opener ("8:17 p.m.
# ET Saturday (01:17 GMT), or ", "10:40 a.m. New York time (UTC-5), or ")
_CLOCK_NAME = r"(?:[A-Z]{2,5}\b|(?:[A-Z][a-z]+\s+){1,3}time|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
_TWO_CLOCKS = re.compile(rf"\s*{_CLOCK_NAME}?\s*"
                         r"(?:\((?:UTC|GMT)\s?[-+−–]\s?\d{1,2}(?::?\d\d)?\))?\s*"
                         r"(?:[A-Z][a-z]+day\s*)?\)?\s*(?:\(|,\s*or\s+|[—–]\s*|\s-\s)\s*")
# a local time restated after a bare comma ("8.05pm local time, 4.05am GMT")
_RESTATED_COMMA = re.compile(r"\s*(?:local|[A-Z][a-z]+)\s+time\s*,\s*")
# the same after a bare comma, the two on clocks of two offsets ("7:30 p.m. in Melbourne,
# 9:30 a.m. GMT"; not two times of one zone in a list)
_TWO_CLOCKS_COMMA = re.compile(rf"\s*{_CLOCK_NAME}\s*,\s*")
_LOCAL = re.compile(r"\blocal\s+time\b|\b[A-Z][a-z]+\s+time\b")
_UTC_AFTER = re.compile(r"\s*(?:GMT|UTC|Z)\b")
_DAY = dt.timedelta(days=1)


def _moment(c: Claim) -> dt.datetime | None:
    """A time of day on one day, naive ("16:20 on 8 November 2025"), or None."""
    v = c.value
    if not isinstance(v, DateValue) or c.unresolved or not v.time or v.start is None or v.start != v.end:
        return None
    hour, minute = (int(x) for x in v.time.split(":")[:2])
    return dt.datetime.combine(v.start, dt.time(hour, minute))


def restated_in_utc(text: str, a: Claim, b: Claim) -> bool:
    """Is ``b`` the time of day ``a`` restated in GMT or UTC right after it ("6:15 p.m. local
    time (2215 GMT)")?"""
    return _RESTATED.fullmatch(text, a.end, b.start) is not None and _in_utc(text, b)


class _Places(NamedTuple):
    """A document's zones for its local times: its places' (zone, place), the clock it
    declares and its dateline's, each as ``clock`` reads them."""
    article: tuple[str, str]
    declared: tuple[str, str] | None
    dateline: tuple[str, str] | None


def _local_zone(text: str, a: Claim, b: Claim, places: _Places, opening: int,
                previous: int | None = None) -> tuple[str, str, bool, str]:
    """(zone, place, sure, whose) of the local time ``a`` restated as ``b``, from the clock
    its page declares, its article's places, the places its sentence names before it (from
    ``opening``), those of the sentence before it (from ``previous``) or
    its dateline's place (not sure: a warning); zone "" when none."""
    zone, place = places.article
    declared = places.declared  # "All times CET."
    if declared is not None and (declared[0] == getattr(b.value, "utc_offset", None)
                                 or re.match(rf"\s*\(?{declared[1]}\b", text[b.end:b.end + 12])):
        declared = None  # "7pm local time (noon BST)" on a page of BST: the local time is
        # another place's
    if declared is not None:
        return declared[0], declared[1], True, "the clock it declares"
    if zone and zones().spans_zones(zone) and (
            (places.dateline or ("",))[0] != zone or _spanning().search(text, opening, a.start)):
        zone = ""  # Jakarta's dateline on a story from eastern Indonesia; a dateline of
        # Perth on a story there is its place
    if zone:
        return zone, place, True, "the article's places"
    # the places its sentence names before it ("landfall near Puerto Salinas, Veracruz, at
    # 4:30 a.m. local time")
    named = place_zone(text, opening, a.start)
    if named is not None:
        return named[0], named[1], True, "the places its sentence names"
    if previous is not None:
        named = place_zone(text, previous, opening)  # ("... pushed Portugal to a record. The
        # peak arrived at 3:50 p.m. local time (15:50 GMT)": the sentence before)
        if named is not None:
            return named[0], named[1], True, "the places the sentence before it names"
    if places.dateline is not None and not _spanning().search(text, opening, a.start):
        return places.dateline[0], places.dateline[1], False, "its dateline's place"  # a warning
    return "", "", False, ""


def _restated(text: str, a: Claim, b: Claim) -> bool:
    """Is ``b`` the time of day ``a`` restated right after it on a zoned clock, GMT, UTC or
    another ("6:15 p.m. local time (2215 GMT)", "8.05pm local time, 4.05am GMT", "4:10 p.m.
    local time, or 11:10 a.m. ET")?"""
    if not (_RESTATED.fullmatch(text, a.end, b.start)
            or _RESTATED_COMMA.fullmatch(text, a.end, b.start)):
        return False
    return _in_utc(text, b) or getattr(b.value, "utc_offset", None) is not None


def _in_utc(text: str, b: Claim) -> bool:
    """Is ``b`` a time told in GMT or UTC ("1230 GMT", "12:30 (UTC)")?"""
    return _UTC_AFTER.match(text, b.end) is not None or re.search(r"\b(?:GMT|UTC)\b", b.text) is not None


@lru_cache(maxsize=1)
def _spanning() -> re.Pattern[str]:
    """The names of countries that span several zones, as words."""
    names = sorted(zones().countries_spanning_zones, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")


def _hours(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


class RestatedTime(Rule):
    """A local time restated in GMT or UTC gives the article's place an offset it does not have.

    *Bad*: "The accord was signed at 4:20 p.m. local time (1420 GMT)" in an article whose
    places are in Kenya: Nairobi is on UTC+3, so 4:20 p.m. there was 1320 GMT.

    *Why*: a time of day followed, in brackets, after a dash or a comma, by the same
    moment in GMT or UTC, or on another zone's clock ("4:10 p.m. local time, or 11:10
    a.m. ET", that zone's offset taken for its day), states the local offset twice: once
    by the two clocks' difference and once by the place. The place is the clock the
    article declares ("All times CET."; not when the restatement is on that clock: "7pm
    local time (noon BST)" on a page of BST is another place's), else the zone the
    article's place names agree on
    (at least two mentions, 60 % of all: ``clock.document_zone``), its offset taken for that day
    (daylight saving time included, from the time zone database), unless its country
    spans several zones (``zones.yaml`` ``country_spans_zones``: a dateline from Jakarta
    says nothing of a time read in eastern Indonesia) and the dateline does not name it
    too ("PERTH, July 28" on a story with Perth in it), or the time's sentence names such a
    country. Without an article's place, the places the time's sentence names before it
    serve when they agree on one zone ("landfall near Puerto Salinas, Veracruz, at 4:30
    a.m. local time"), else those the sentence before it names ("... pushed Greece to a
    record. The peak came at 3:50 p.m. local time"), else the dateline's place (a warning: the reporter's place may not
    be the time's). A difference of whole
    days is left out (the GMT time may fall on another day). An error when the local time
    is called "local time" or a place's time, a warning otherwise (the article's places
    may not be where the time was read).

    A time in a named zone restated in GMT ("06:00 BST (0400 GMT)", also after a bare
    comma when the two clocks' offsets differ: "7:30 p.m. in Melbourne, 9:30 a.m. GMT") is judged by the
    zone's own offset, an error whatever the article's places; so are any two times on
    zoned clocks that restate one moment ("11:15 a.m. in Geneva (10:15 GMT)": a known
    place's clock; "10:40 a.m. New York time (UTC-5), or 16:40
    GMT"; "3:17 a.m. local time Sunday (01:17 GMT), or 8:17 p.m. ET Saturday": the GMT
    and ET clocks are an hour apart), each clock's offset taken for its day.

    *Fix*: recompute the GMT time from the place's offset, or check the local time.
    """

    code = "TA05"
    name = "temporal.restated_time"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, claims in texts_and_claims(ctx):
            times = [c for c in claims if _moment(c) is not None]
            if len(times) < 2:
                continue
            places: _Places | None = None  # the document's zones, read once when needed
            index: TextIndex | None = None
            for a, b in zip(times, times[1:]):
                zoned = _ZONED.fullmatch(text, a.end, b.start)
                if zoned and getattr(a.value, "utc_offset", None) and _in_utc(text, b) \
                        and zoned.group("abbr") not in ("GMT", "UTC"):
                    got = self._two_clocks(doc, a, b, zoned.group("abbr"), "+00:00")
                    if got is not None:
                        yield got
                    continue
                if getattr(a.value, "utc_offset", None) and getattr(b.value, "utc_offset", None) \
                        and not any(x.startswith(RESTATED_ZONE) for x in a.assumptions) \
                        and (_TWO_CLOCKS.fullmatch(text, a.end, b.start) or (
                            a.value.utc_offset != b.value.utc_offset  # type: ignore[union-attr]
                            and _TWO_CLOCKS_COMMA.fullmatch(text, a.end, b.start))):
                    got = self._two_clocks(doc, a, b)
                    if got is not None:
                        yield got
                    continue
                if not _restated(text, a, b):
                    continue
                index = index or TextIndex(text)
                places = places or _Places(document_zone(text) or ("", ""), declared_zone(text),
                                           dateline_zone(text))
                opening = index.sentence_span(a.start)[0]
                zone, place, sure, whose = _local_zone(
                    text, a, b, places, opening, index.sentence_span(opening - 1)[0] if opening else None)
                if not zone:
                    continue  # (a later pair may still be two zoned clocks)
                local, told = _moment(a), _moment(b)
                assert local is not None and told is not None
                in_utc = _in_utc(text, b)
                theirs = dt.timedelta(0) if in_utc else dt.timedelta(  # ("11:10 a.m. ET": UTC-4 that day)
                    minutes=offset_minutes(b.value.utc_offset))  # type: ignore[union-attr, arg-type]
                said = (local - (told - theirs)) % _DAY  # the difference of the two clocks, within a day
                offset = dt.timedelta(minutes=offset_minutes(zone)) if zone[:1] in "+-" \
                    else ZoneInfo(zone).utcoffset(local)
                if offset is None or said == offset % _DAY:
                    continue
                right = (local - offset + theirs).strftime("%H%M")
                clock = "GMT" if in_utc else f"({_hours(theirs)})"
                severity = self.severity if sure and _LOCAL.search(text, a.start, b.start) else Severity.warning
                said_offset = said if said <= dt.timedelta(hours=14) else said - _DAY
                yield self.finding(
                    severity,
                    f"{doc} line {a.line} restates {a.text!r} as {b.text!r}{' GMT/UTC' if in_utc else ''}, "
                    f"an offset of {_hours(said_offset)}, but {whose} ({place}) "
                    f"{'is' if whose.endswith(('place', 'declares')) else 'are'} on "
                    f"{_hours(offset)} on {local.day} {local:%B %Y}: {a.text!r} there was {right} {clock}.",
                    key=f"restated time · {doc} line {a.line}", claims=(a, b),
                    expected=f"{right} {clock}", suggestion=f"{right} {clock}",
                    evidence=(claim_evidence(a),),
                )

    def _two_clocks(self, doc: str, a: Claim, b: Claim, abbr: str | None = None,
                    b_offset: str | None = None) -> Finding | None:
        """Two times on zoned clocks that restate one moment at different instants: a time
        in a named zone restated in GMT ("06:00 BST (0400 GMT)"), or any two zoned clocks
        ("8:17 p.m. ET Saturday", "(01:17 GMT)"; "10:40 a.m. New York time (UTC-5), or
        16:40 GMT"). The clocks disagree by arithmetic alone; a difference of whole days
        is left out (a day may be misread)."""
        ta, tb = _moment(a), _moment(b)
        oa, ob = getattr(a.value, "utc_offset", None), b_offset or getattr(b.value, "utc_offset", None)
        if ta is None or tb is None or not oa or not ob:
            return None
        between = dt.timedelta(minutes=offset_minutes(oa) - offset_minutes(ob))  # a's clock ahead of b's
        said = (ta - tb) % _DAY
        if said == between % _DAY:
            return None
        right = (ta - between).strftime("%H%M")
        said_offset = said if said <= dt.timedelta(hours=14) else said - _DAY
        la = abbr or f"(UTC{oa})"
        lb = "GMT" if offset_minutes(ob) == 0 else f"(UTC{ob})"
        return self.finding(
            self.severity,
            f"{doc} line {a.line} restates {a.text!r} {la} as {b.text!r} {lb}, an offset of "
            f"{_hours(said_offset).removeprefix('UTC')} hours from {lb}, but {la} is "
            f"{_hours(between).removeprefix('UTC')} hours from it: {a.text!r} {la} was {right} {lb}.",
            key=f"restated time · {doc} line {a.line}", claims=(a, b),
            expected=f"{right} {lb}", suggestion=f"{right} {lb}", evidence=(claim_evidence(a),),
        )
