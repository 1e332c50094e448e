"""AR02 arithmetic.change — a change (in per cent or as an amount) that the two levels beside it do not make."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.models import (Claim, CountValue, DurationValue, Finding, MoneyValue, PercentValue,
                              QuantityValue, Severity)
from factcheck.rules.ar01_margin import half_unit, same_sentence, texts_and_claims
from factcheck.rules.base import Rule, RuleContext, claim_evidence, sentence_words

_TOLERANCE = 0.5  # percentage points beyond the stated precision, for rounding of the levels
_ABOUT = 0.1  # "about 54%": a tenth of the stated change more (46% is no "about 54%")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a change word before a percentage, one after it, a comparison word between two
    levels: "rose 12%", "a 52 per cent jump", "31 ... compared with 22")."""
    from factcheck.data import load_yaml

    data = load_yaml("patterns/en/sentence.yaml")
    words = sorted({str(w) for w in (*data["change_verbs"], *data["change_nouns"])}, key=len,
                   reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    before = re.compile(rf"\b(?:{alt})\b(?:\s+of|\s+by)?\s+(?:an?\s+|some\s+|about\s+|nearly\s+)?$", re.I)
    nouns = "|".join(re.escape(str(w)) for w in sorted(data["change_nouns"], key=len, reverse=True))
    after = re.compile(rf"^[\s-]*(?:{nouns}|higher|lower|below|above)\b", re.I)  # "a 52 per cent jump"
    between = re.compile(r"^[^.;!?]{0,80}?\b(?:compared\s+(?:with|to)|against|versus|from|up\s+from|"
                         r"down\s+from)\b[^.;!?\d]{0,20}$", re.I)
    return before, after, between


_FROM = re.compile(r"\bfrom\s+$", re.I)
# after a change: the new level ("rose 39% to $69.40", "to a record $69.40", "rose 12% in the
# quarter, to $4.8bn") and then the old one ("..., up from Friday's close of $52.17")
_CHANGE_TO = re.compile(r"\s*(?:[a-z]+\s+(?=in\s|for\s|over\s|during\s))?"  # ("a 9.5% rise in output ..., to")
                        r"(?:(?:in|for|over|during)\s[^.;!?\d]{0,50}?,?\s+)?(?:[a-z]+\s+){0,2}?"
                        r"to\s+(?:an?\s+[a-z-]+\s+(?:(?:high|low)\s+of\s+)?)?$", re.I)
_THEN_FROM = re.compile(r"[^.;!?\d]{0,80}?\bfrom\b[^.;!?\d]{0,30}$", re.I)
_TO = re.compile(r"(?:[^.;!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}\bto\s+(?:just|only|a\s+mere|about|around|"
                 r"roughly|some|nearly|almost)?\s*$", re.I)  # ("from $3.6bn in 2022 to ", "... to just ")


@lru_cache(maxsize=1)
def _verb_then_from() -> re.Pattern[str]:
    """Between a change and the "from" of its levels after it: a verb that moves a level
    (sentence.yaml level_movers), then what it moves ("rise takes the adult
    monthly pass from ")."""
    return re.compile(rf"[^.;!?\d]{{0,80}}?\b(?:{sentence_words('level_movers')})[^.;!?\d]{{0,60}}\bfrom\s+", re.I)
# between a change and its earlier level: "… increase over", "… below the 1981-2010 mean of",
# "… premium to Friday's close of";
# no comma ("a gain of 32% on the day, valuing the company at" names no earlier level)
_OVER = re.compile(r"[\s-]*(?:\w+\s+){0,2}?(?:over|on|from|than|against|compared\s+with|below|above|"
                   r"(?<=premium\s)to|(?<=discount\s)to)\b"  # ("a 35% premium to the close of")
                   r"(?:[^.,;!?\d]|(?<!\d)(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?(?!\d)){0,40}$", re.I)


# between the levels and a change after them: a clause with its own subject, whose change
# is of something else ("..., and like-for-like sales fell 2.8%"; not "..., and a 4% rise")
_OWN_SUBJECT = re.compile(r",\s*(?:and|but|while|whereas)\s+(?!(?:an?|some|about|nearly)\s)[a-z]", re.I)


@lru_cache(maxsize=1)
def _falling() -> re.Pattern[str]:
    """A word of a change downwards (sentence.yaml ``fall_words``): the change's sign."""
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/sentence.yaml")["fall_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b", re.I)


def _shown(x: float) -> str:
    """A level as a reader writes it: 2,715,000,000 and 1,284, but 18.4."""
    return f"{x:,.0f}" if x >= 1000 and x == int(x) else f"{x:g}"


_FROM_OPENS = re.compile(r"from\s+", re.I)
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written_pair(c: Claim) -> tuple[float, float] | None:
    """A range claim's two ends in the order written ("from €72 to €64": 72
    then 64), from its interval, when both numerals are written in one scale."""
    iv = c.interval
    nums = _NUMERAL.findall(c.text)
    if iv is None or iv.low is None or iv.high is None or len(nums) != 2 or not c.text.lower().startswith("from"):
        return None
    a, b = (float(n.replace(",", "")) for n in nums)
    lo, hi = float(iv.low), float(iv.high)  # type: ignore[arg-type]
    return (hi, lo) if a > b else (lo, hi)


def level(c: Claim) -> tuple[float, str] | None:
    """A claim's value as a level another can be compared with, and its unit."""
    v = c.value
    if isinstance(v, PercentValue):
        return float(v.value), "percent"  # a relative change of shares: "a 31 per cent reduction"
    if isinstance(v, CountValue):
        return float(v.value), "count"
    if isinstance(v, MoneyValue) and v.amount is not None:
        return float(v.amount), v.currency
    if isinstance(v, QuantityValue) and v.magnitude is not None and v.min is None:
        return float(v.magnitude), "count" if v.unit == "dimensionless" else v.unit
    return None


def _level(c: Claim) -> tuple[float, str] | None:
    """A claim's value as a level (``level``), or a span of time's in seconds ("from 2:31
    to 1:48")."""
    if isinstance(c.value, DurationValue):
        return float(c.value.days) * 86400.0, "second"
    return level(c)


def _unit(c: Claim) -> str | None:
    """The unit of a level, or of a range of two ("from 1,070 to 1,284": count)."""
    got = _level(c)
    if got is not None:
        return got[1]
    v = c.value
    if isinstance(v, QuantityValue):
        return "count" if v.unit == "dimensionless" else v.unit
    return None


def _half(c: Claim) -> float:
    """Half a unit of the last digit a figure is written with, in its value's own unit
    ("$350m" -> 500,000; "53 seconds" -> 0.5; a stopwatch's "1:48" -> half a second)."""
    got = _level(c)
    m = _NUMERAL.search(c.text)
    if got is None or m is None or ":" in c.text:
        return 0.5
    shown = float(m.group().replace(",", ""))
    return half_unit(c) * (got[0] / shown if shown else 1.0)


def _levels(text: str, claims: list[Claim], p: Claim) -> tuple[Claim, float, Claim | None, float] | None:
    """The earlier and later levels a change of ``p``'s sentence compares:
    "climbed from 1,070 to 1,284" (one range claim), or "31 ..., compared with 22"."""
    before, _, between = _cues()
    near = [c for c in claims if c is not p and same_sentence(text, c, p)]
    for c in near:  # "from X to Y" after a change word: one claim over both levels
        v = c.value
        if isinstance(v, QuantityValue) and v.min is not None and v.max is not None \
                and c.text.lower().startswith("from") and re.search(
                    r"\b\w+\s+$", text[max(0, c.start - 30):c.start]) and before.search(
                    text[max(0, c.start - 40):c.start] + " "):
            return c, float(v.min), None, float(v.max)
        if isinstance(v, MoneyValue) and c.qualifier.value == "range" and c.text.lower().startswith("from") \
                and before.search(text[max(0, c.start - 40):c.start] + " "):
            pair = _written_pair(c)  # "the fare rose from $2.40 to $2.75"
            if pair is not None:
                return c, pair[0], None, pair[1]
        opening = _FROM_OPENS.match(c.text)
        if opening and p.end <= c.start and _verb_then_from().fullmatch(text, p.end, c.start + opening.end()):
            pair = _written_pair(c)  # "a 3% rise takes the pass from €64 to €72"
            if pair is not None:
                return c, pair[0], None, pair[1]
    for i, a in enumerate(near):
        for b in near[i + 1:]:
            la, lb = _level(a), _level(b)
            if la is None or lb is None or la[1] != lb[1]:
                continue
            if b.start < p.start and _FROM.search(text, max(0, a.start - 8), a.start) and \
                    _TO.match(_named_out(text, claims, a.end, b.start)):  # "fell from 18.4% in one arm to 14.2%"
                return a, la[0], b, lb[0]  # (or "from 114 votes for resolution 78/231 to 128")
            if b.start < p.start and between.search(text[a.end:b.start]):
                return b, lb[0], a, la[0]  # "31 ..., compared with 22": b is earlier
            ya, yb = _YEAR_AND.fullmatch(text, a.end, b.start), _YEAR_THEN.fullmatch(text, b.end, p.start)
            if ya and yb and int(ya.group("year")) < int(yb.group("year")):
                return a, la[0], b, lb[0]  # "84 claims in 2023 and 127 so far in 2024, a 51% increase"
            if a.end <= p.start and p.end <= b.start and _OVER.match(text, p.end, b.start):
                return b, lb[0], a, la[0]  # "$2,840 million, a 6.4 percent increase over $2.715 billion"
            if p.end <= a.start and _FROM.search(text, max(0, a.start - 8), a.start) and \
                    _TO.match(text, a.end, b.start) and _verb_then_from().fullmatch(text, p.end, a.start):
                return a, la[0], b, lb[0]  # "a 3% rise takes the pass from €64 to €72"
            if p.end <= a.start and _CHANGE_TO.fullmatch(text, p.end, a.start) and \
                    _THEN_FROM.fullmatch(text, a.end, b.start):
                return b, lb[0], a, la[0]  # "rose 39% to $69.40, up from Friday's close of $52.17"
    return None


def _named_out(text: str, claims: list[Claim], a: int, b: int) -> str:
    """``text[a:b]`` with the digits of identifiers and dates in it ("resolution 78/231",
    "on 11 March") written as letters: a name or a day between two levels is no number of
    their own."""
    gap = text[a:b]
    for c in claims:
        if c.kind in ("identifier", "date") and a <= c.start and c.end <= b:
            i, j = c.start - a, c.end - a
            gap = gap[:i] + re.sub(r"\d", "n", gap[i:j]) + gap[j:]
    return gap


# two levels of two years: "84 claims in 2023 and 127 so far in 2024, a 51% increase"
_YEAR_AND = re.compile(r"(?:\s+[a-z-]+){0,4}\s+in\s+(?P<year>(?:19|20)\d\d)\s*,?\s+and\s+", re.I)
_YEAR_THEN = re.compile(r"(?:\s+[a-z-]+){0,4}\s+in\s+(?P<year>(?:19|20)\d\d)\s*,\s*(?:an?\s+|some\s+|about\s+)?", re.I)

_AT_LEAST = ("more_than", "at_least")  # "an increase of more than 70%"
_AT_MOST = ("less_than", "at_most")  # "a rise of under 5%", "nearly 40%"


def _fits(change: float, signed: float, slack: float, qualifier: str) -> bool:
    """Does the change the levels give fit the stated one: within ``slack`` of it, or,
    for a bound ("more than 70%", "under 5%"), on its side of it in the same direction?"""
    if qualifier in _AT_LEAST:
        return change * signed > 0 and abs(change) >= abs(signed) - slack
    if qualifier in _AT_MOST:
        return abs(change) <= abs(signed) + slack and (change * signed >= 0 or abs(change) <= slack)
    return abs(change - signed) <= slack


class ChangeMismatch(Rule):
    """A change, in per cent or as an amount, disagrees with the two levels it is stated with.

    *Bad*: "weekly cases climbed from 1,070 to 1,284, an increase of 12 per cent" (it is
    20 per cent); "31 goals last season, compared with 22 the year before, a 52 per cent
    jump" (41 per cent).

    *Why*: a sentence that gives a figure before and after and the change between them in
    per cent states the change twice; (after − before) / before must round to the stated
    percentage (to its written precision, plus half a point for the levels' rounding;
    "about" allows a tenth of the stated change more: 46% is no "about 54%"; a bound must
    hold on its side: 55% is no "more than 70%", 20% no "under 15%"), and a rise must
    not be called a fall. Only levels of one sentence, in one unit, are
    read: "from X to Y" after a change word (with up to 60 characters, an identifier's
    name, a day or "just" between them: "from 96 votes for resolution 77/115 to just 121",
    "from 3,412 on 11 March to 6,870 on 13 March"),
    "X in 2023 and Y in 2024, a P% increase", "rose N% to Y ..., up from X", "Y ...,
    compared with X" (also "against", "a 3% rise takes the pass from X to Y",
    "versus", "up from"), "a 9.5% rise in output ..., to Y from X", or "Y ..., a 6.4 percent
    increase over X" ("Y ..., some 22 per cent below the 1981-2010 mean of X"; "an offer of Y
    ..., a 35% premium to the close of X", a discount downwards); a change between two
    shares ("fell from 18.4 per cent to 14.2 per cent, a 31 per cent reduction") is the
    relative one. A change in a clause of its own after the levels ("…, and sales fell 2.8
    per cent") is of something else. A change told as an amount right after its two levels,
    in their unit ("cut the lead from 2:31 to 1:48, a gain of 53 seconds": 43; "rose from
    $2.40 to $2.75, an increase of 45 cents": 35) must be their difference to the precision
    of the three figures; no other figure may stand between, and an amount larger than both
    levels is a change of something else ("a gain of $2bn in market value").

    *Fix*: recompute the change from the levels, or check the levels.
    """

    code = "AR02"
    name = "arithmetic.change"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        before, after, _ = _cues()
        for doc, text, claims in texts_and_claims(ctx):
            for p in claims:
                if not isinstance(p.value, PercentValue):
                    got_abs = self._absolute(doc, text, claims, p)
                    if got_abs is not None:
                        yield got_abs
                    continue
                if p.qualifier.value not in (
                        "exact", "approx", *_AT_LEAST, *_AT_MOST):
                    continue
                if not (before.search(text[max(0, p.start - 40):p.start]) or
                        after.search(text[p.end:p.end + 20]) or _verb_then_from().match(text, p.end)):
                    continue
                got = _levels(text, claims, p)
                if got is None:
                    continue
                old_c, old, new_c, new = got
                last = max(old_c.end, new_c.end if new_c is not None else old_c.end)
                if old <= 0 or last <= p.start and _OWN_SUBJECT.search(text, last, p.start):
                    continue  # ("profit of £118.6m compared with £152.3m, and sales fell 2.8%")
                first = min(old_c.start, new_c.start if new_c is not None else old_c.start)
                if last <= p.start and any(
                        isinstance(q.value, PercentValue) and q is not p and q.start < first
                        and same_sentence(text, q, p) and before.search(text[max(0, q.start - 40):q.start])
                        for q in claims):
                    continue  # the levels' own change comes first: "rose 7% to $4.8bn from
                    # $4.5bn, ..., where sales climbed 18% to $2.1bn"
                change = (new - old) / old * 100.0
                stated = p.value.value
                if abs(stated) < 100 and not 0.1 <= new / old <= 10:
                    continue  # levels of two measures: "at $253 a share, ... an almost 7%
                    # premium to its closing value of about $55.4 billion"
                lead = min(old_c.start, new_c.start if new_c is not None else old_c.start, p.start)
                words = text[max(0, lead - 30):p.end + 20].lower()
                falling = _falling().search(words) is not None
                signed = -abs(stated) if falling else abs(stated)
                slack = half_unit(p) + _TOLERANCE + (abs(stated) * _ABOUT if p.qualifier.value ==
                                                     "approx" else 0.0)
                if _fits(change, signed, slack, p.qualifier.value):
                    continue
                said = f"from {_shown(old)} to {_shown(new)}"
                levels = (old_c,) if new_c is None else (new_c, old_c)
                yield self.finding(
                    self.severity,
                    f"{doc} line {p.line} calls the change {said} {p.text!r}, but it is "
                    f"{change:+.1f} per cent.",
                    key=f"change · {doc} line {p.line}", claims=(p, *levels),
                    expected=f"{change:+.1f}%", suggestion=f"{abs(change):.0f} per cent",
                    evidence=(claim_evidence(p),),
                )

    def _absolute(self, doc: str, text: str, claims: list[Claim], p: Claim) -> Finding | None:
        """A change stated as an amount after its two levels, in their unit ("cut the lead
        from 2:31 to 1:48, a gain of 53 seconds": 43): the difference of the levels, to the
        precision of the three figures. A change larger than both levels is of something
        else ("from $10 to $12 a share, a gain of $2bn in market value")."""
        own = _level(p)
        if own is None or p.qualifier.value != "exact" or \
                not _cues()[0].search(text[max(0, p.start - 40):p.start]):
            return None
        got = _levels(text, claims, p)
        if got is None:
            return None
        old_c, old, new_c, new = got
        ends = (old_c,) if new_c is None else (old_c, new_c)  # (one range: "from 1,070 to 1,284")
        first, last = min(c.start for c in ends), max(c.end for c in ends)
        if _unit(old_c) != own[1] or last > p.start or own[0] > max(abs(old), abs(new)):
            return None
        if any(last <= o.start and o.end <= p.start and o.kind != "date" for o in claims) or \
                _OWN_SUBJECT.search(text, last, p.start):
            return None  # a figure or a clause of its own between: the change may be another's
            # ("a load factor of 86.4 per cent, up 1.5 points"; "..., and swung to a loss of $212m")
        if any(o is not p and o.end <= first and same_sentence(text, o, p) and
               _cues()[0].search(text[max(0, o.start - 40):o.start]) for o in claims):
            return None  # the levels' own change comes first ("fell 8% to $3.14bn from $3.53bn")
        change = abs(new - old)
        if abs(change - own[0]) <= _half(p) + _half(old_c) + _half(new_c or old_c):
            return None
        said = old_c.text if new_c is None else f"from {old_c.text} to {new_c.text}"
        shown = f"{change:g} seconds" if own[1] == "second" else _shown(change) if own[1] == "count" \
            else f"{_shown(change)} {own[1]}"
        return self.finding(
            self.severity,
            f"{doc} line {p.line} calls the change {said} {p.text!r}, but it is {shown}.",
            key=f"change · {doc} line {p.line}", claims=(p, old_c) if new_c is None else (p, new_c, old_c),
            expected=shown, suggestion=shown, evidence=(claim_evidence(p),),
        )
