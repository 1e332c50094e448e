"""AR05 arithmetic.share — a share disagrees with the part and the whole it is stated with."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.models import Claim, CountValue, Finding, Interval, PercentValue, RatioValue, Severity
from factcheck.normalize.intervals import conflict
from factcheck.rules.ar01_margin import half_unit, same_sentence, texts_and_claims
from factcheck.rules.ar02_change import level
from factcheck.rules.base import Rule, RuleContext, claim_evidence, sentence_words

# "243,512 of the ", "14 recalled lots are out of "
PART_OF = re.compile(r"\s+(?:(?:[A-Za-z-]+\s+){0,3}?(?:are|were|is|was)\s+out\s+|out\s+)?of\s+"
                     r"(?:the\s+|a\s+|an\s+|all\s+|its\s+|their\s+|his\s+|her\s+|our\s+|"
                     r"(?:the\s+)?[A-Za-z][\w'’-]*['’]s\s+)?$", re.I)
# between a part and its whole: "15 of Albion's 44", "8,740 of its 9,500", "14 of the
# country's 22" (AR03 reads a remainder's total with it too)
# "37 deaths have been recorded among 1,846 cases": the part, its noun and verb, "among" the whole
_AMONG = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,5}?among\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\s+(?:(?:the\s+)?[A-Za-z][\w'’-]*['’]s\s+|the\s+|a\s+|an\s+|its\s+|"
                       r"their\s+)?", re.I)  # "a fifth of the ", "77% of the UN's "
# between the whole and its share: its noun, then "or", a bracket, a comma or a dash
# (a year may stand in it: "40 produced since January 2023, roughly a quarter")
_THEN = re.compile(r"(?:[^.;!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,90}?(?:,\s*or|\bor|\(|,|—|–|\s-)\s*"
                   r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$", re.I)
# "3,400 new posts from September, 850 of them, or about 25%": the whole, its noun and a
# comma, then the part "of them" and its share
_WHOLE_THEN = re.compile(r"(?:[^.;!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,90}?,\s*$")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\s*(?:,\s*or\s+|,\s*|\(|\s+or\s+|[—–]\s*)"
                      r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$", re.I)
# "Of the 300 candidates, 90 …": the whole after "of the", its noun and a comma, then the part
# "812,000 households, of which 97,400 ...": the whole, its noun, then
# the part after "of which"
_OF_WHICH = re.compile(r"[^.;!?\d]{0,80}?,\s*of\s+(?:which|whom)\s+$", re.I)
_OF_WHOLE = re.compile(r"\bof\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+|all\s+)?$", re.I)
_WHOLE_NOUN = re.compile(r"[^.;!?\d]{0,80},\s*")  # "Of the 64 passengers on the deck when the ferry began to list, "
_OR_PART = re.compile(r"\s*(?:,\s*or\s+|\s+or\s+|\s*\(\s*)")  # a share, then its part: ", or 280,000"
_ODDS_SLACK = 0.1  # of the odds' own value: "one in three" may round 34 per cent
_RESTATED_ODDS = re.compile(r"[^.;:!?\d]{0,30}?(?:,\s*or\s+|\s+or\s+|\s*\(\s*|\s*[—–]\s*|\s+-\s+)")  # "1 in 5 voters, or "
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)


@lru_cache(maxsize=1)
def _rate_of() -> re.Pattern[str]:
    """After the part: its words, a separator and a share named as one ("- a social-housing
    rate of"; sentence.yaml share_names)."""
    return re.compile(r"[^.;!?\d]{0,90}?(?:,|—|–|\s-|\()\s*(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?"
                      rf"(?:{sentence_words('share_names')})\s+of\s+"
                      r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$", re.I)


_REACH = 80  # characters from the part to its share
_SLACK = 0.15  # percentage points beyond the stated precision, for rounding of the counts


_BOUNDS = ("less_than", "more_than", "at_least", "at_most")


def _share(c: Claim) -> float | None:
    """A percentage or a fraction below one, as a share (0-1)."""
    v = c.value
    if isinstance(v, PercentValue) and 0 < v.value <= 100:
        return float(v.value) / 100
    if isinstance(v, RatioValue) and 0 < v.value < 1:
        return float(v.value)
    return None


class ShareMismatch(Rule):
    """A share disagrees with the part and the whole it is stated with.

    *Bad*: "Civic Renewal received 243,512 of the 832,910 votes cast, or 31.2 percent"
    (it is 29.2 per cent); "just 1.9 inches of rain since October, less than a fifth of the
    seven inches normally expected" (27 per cent).

    *Why*: a part, its whole and the share between them in one sentence state the share
    twice: "A of (the) B ..., or P%" (or "A ... among B ..., a (fatality) rate of P"),
    "A ..., P of the B" (or "of the UN's B"), "B ..., A of them, or P%",
    "B ..., of which A ... - a (social-housing) rate of P",
    "Of the B ..., A ..., P%" and "Of the B ..., P, or A". The share keeps its written
    precision and its qualifier ("less than a fifth" is below 0.2; "about a third" is
    loose), plus 0.15 of a point for the rounding of the two figures; only a share
    outside that is reported. Part and whole must be in one unit. A threshold between
    them and the share is read past ("A of the B ... below 130, or P%"). A share "of the
    total" is of the last figure in the part's unit in the sentence before ("worth €6.8bn.
    ..., a €2.1bn contract, accounts for nearly half of the total"), and a share "of
    the (quarter's) NOUN" right after its part is of the count of that noun an earlier
    sentence gives, when every earlier count of it gives one value ("made 64,200
    shipments. ... 9,800 pallets, or 19.5% of the quarter's shipments"). A vote's sides
    ("N in favour, M against, K abstentions, P%") give the share of those for, of either
    those for and against or all three sides: the whole nearer the share is read. Odds
    restated as a share right after them ("a risk of 1 in 1,400, or roughly 0.7%": 0.07
    per cent) must agree within a tenth of the odds (they are rounded too: "one in three
    (34%)") and the share's written precision.

    *Fix*: recompute the share, or check the two figures.
    """

    code = "AR05"
    name = "arithmetic.share"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, every in texts_and_claims(ctx):
            # no date, rank or span of time is a part or a whole ("40 made since January
            # 2023, ...", "41 of 58 first serves (71%)", "315 of the 832 in remission after
            # a year — 38 percent —")
            claims = [c for c in every if c.kind not in ("date", "ordinal", "duration")
                      and not _BY_BEFORE.search(text, max(0, c.start - 4), c.start)]
            # (nor is a margin or a change: "won by 2,870 votes, taking more than two-fifths
            # of the 30,112 cast")
            for i, p in enumerate(claims):
                if _share(p) is None or p.interval is None:
                    continue
                got = self._part_and_whole(text, claims, i)
                if got is None and i >= 3 and claims[i - 1].qualifier.value in _BOUNDS:
                    # a threshold between the figures and their share is no part of them
                    # ("341 of the 832 patients brought it below 130, or 48%"): read past it
                    t = claims[i - 1]
                    got = self._part_and_whole(text[:t.start] + "x" * (t.end - t.start) + text[t.end:],
                                               claims[:i - 1] + claims[i:], i - 1)
                if got is None:
                    odds = self._odds(text, claims, i)  # "1 in 1,400, or roughly 0.7%"
                    if odds is not None:
                        yield odds
                    continue
                part, whole, a, b = got
                actual = a / b
                iv = p.interval if isinstance(p.value, RatioValue) else Interval(
                    low=None if p.interval.low is None else float(p.interval.low) / 100,
                    high=None if p.interval.high is None else float(p.interval.high) / 100,
                    low_closed=p.interval.low_closed, high_closed=p.interval.high_closed)
                slack = _SLACK / 100 + (half_unit(p) / 100 if isinstance(p.value, PercentValue) else 0.0)
                if not conflict(iv, Interval(low=actual - slack, high=actual + slack)):
                    continue
                yield self.finding(
                    self.severity,
                    f"{doc} line {p.line} gives the share as {p.text!r}, but {part.text} of "
                    f"{_whole_text(whole, b)} is {actual * 100:.1f} per cent.",
                    key=f"share · {doc} line {p.line}", claims=(p, *dict.fromkeys((part, *whole))),
                    expected=f"{actual * 100:.1f}%", suggestion=f"{actual * 100:.1f} per cent",
                    evidence=(claim_evidence(p),),
                )

    def _odds(self, text: str, claims: list[Claim], i: int) -> Finding | None:
        """A percentage that restates the odds right before it ("a chance of 1 in 1,400,
        or roughly 0.7%": 0.07 per cent; "one in five voters (20%)")."""
        p = claims[i]
        if i < 1 or not isinstance(p.value, PercentValue) or p.interval is None:
            return None
        r = claims[i - 1]
        if not isinstance(r.value, RatioValue) or not 0 < r.value.value < 1 \
                or not _RESTATED_ODDS.fullmatch(text, r.end, p.start):
            return None
        actual = float(r.value.value)
        iv = Interval(low=None if p.interval.low is None else float(p.interval.low) / 100,
                      high=None if p.interval.high is None else float(p.interval.high) / 100,
                      low_closed=p.interval.low_closed, high_closed=p.interval.high_closed)
        slack = actual * _ODDS_SLACK + half_unit(p) / 100  # (odds are rounded too: "one in three (34%)")
        if not conflict(iv, Interval(low=actual - slack, high=actual + slack)):
            return None
        said = f"{actual * 100:.2g}" if actual < 0.01 else f"{actual * 100:.1f}"
        return self.finding(
            self.severity,
            f"{r.doc} line {p.line} restates {r.text!r} as {p.text!r}, but {r.text!r} is {said} per cent.",
            key=f"share · {r.doc} line {p.line}", claims=(p, r), expected=f"{said}%",
            suggestion=f"{said} per cent", evidence=(claim_evidence(p),),
        )

    @staticmethod
    def _part_and_whole(text: str, claims: list[Claim], i: int
                        ) -> tuple[Claim, tuple[Claim, ...], float, float] | None:
        """The part and whole a share ``claims[i]`` is of: "A of the B ..., or P" (the two
        figures before it) or "A ..., P of the B" (one on each side)."""
        p = claims[i]
        if i >= 2:
            a, b = claims[i - 2], claims[i - 1]
            if same_sentence(text, a, p) and (PART_OF.fullmatch(text, a.end, b.start) or
                                               _AMONG.fullmatch(text, a.end, b.start)) \
                    and (_THEN.fullmatch(text, b.end, p.start) or _rate_of().fullmatch(text, b.end, p.start)):
                got = _pair(a, b)
                if got is not None:
                    return a, (b,), *got
            if _OF_WHOLE.search(text, max(0, a.start - 12), a.start) and same_sentence(text, a, p) \
                    and _WHOLE_NOUN.fullmatch(text, a.end, b.start) and _THEN.fullmatch(text, b.end, p.start):
                got = _pair(b, a)  # "Of the 300 candidates, 90 were women, nearly 40 per cent"
                if got is not None:
                    return b, (a,), *got
            if same_sentence(text, a, p) and _OF_WHICH.fullmatch(text, a.end, b.start) \
                    and (_THEN.fullmatch(text, b.end, p.start) or _rate_of().fullmatch(text, b.end, p.start)):
                got = _pair(b, a)  # "812,000 households, of which 97,400 rented from the
                if got is not None:  # council - a social-housing rate of 12 per cent"
                    return b, (a,), *got
            whole, part = a, b  # "3,400 new posts …, 850 of them, or about 25%"
            if same_sentence(text, whole, p) and _WHOLE_THEN.fullmatch(text, whole.end, part.start) \
                    and _OF_THEM.fullmatch(text, part.end, p.start):
                got = _pair(part, whole)
                if got is not None:
                    return part, (whole,), *got
        if 1 <= i < len(claims) - 1:  # "Of the 1.2 million households that lost power, about
            whole, part = claims[i - 1], claims[i + 1]  # 35 percent, or some 280,000 homes, ..."
            if _OF_WHOLE.search(text, max(0, whole.start - 12), whole.start) and same_sentence(text, whole, part) \
                    and _WHOLE_NOUN.fullmatch(text, whole.end, p.start) and _OR_PART.fullmatch(text, p.end, part.start):
                got = _pair(part, whole)
                if got is not None:
                    return part, (whole,), *got
        if i >= 3:
            got_vote = _vote_split3(text, claims[i - 3], claims[i - 2], claims[i - 1], p)
            if got_vote is not None:
                return got_vote
        if i >= 2:
            got_vote = _vote_split(text, claims[i - 2], claims[i - 1], p)
            if got_vote is not None:
                return got_vote
        got_total = _of_the_total(text, claims, i) or _of_the_counted(text, claims, i)
        if got_total is not None:
            return got_total
        if 1 <= i < len(claims) - 1:
            b = claims[i + 1]
            of = _OF_AFTER.match(text, p.end)
            lb = level(b)
            if of is None or of.end() != b.start or lb is None:
                return None
            # the part: the nearest figure before the share in the whole's unit ("1.9
            # inches (48mm) of rain since October, less than a fifth of the seven inches")
            for a in reversed(claims[:i]):
                if p.start - a.end > _REACH or not same_sentence(text, a, p):
                    break
                la = level(a)
                if la is not None and la[1] == lb[1]:
                    got = _pair(a, b)
                    return (a, (b,), *got) if got is not None else None
        return None


# between the second side of a vote and its share: no figure, no turnout
_VOTE_THEN = re.compile(r"(?:(?!turnout)[^.;!?\d]){0,50}")


def _vote_split(text: str, a: Claim, b: Claim, p: Claim) -> tuple[Claim, tuple[Claim, ...], float, float] | None:
    """"79,560 voted for and 11,680 against, a majority of 82 per cent": the two sides of a
    vote, then a share, which is one side's share of both (the part: the side nearer the
    share's value)."""
    from factcheck.frames import vote_side

    if not same_sentence(text, a, p) or not _VOTE_THEN.fullmatch(text, b.end, p.start):
        return None
    sides = {vote_side(text, a.end), vote_side(text, b.end)}
    la, lb = level(a), level(b)
    if sides != {"for", "against"} or la is None or lb is None or la[1] != lb[1] or la[1] == "percent":
        return None
    whole = la[0] + lb[0]
    share = _share(p)
    if whole <= 0 or share is None:
        return None
    part = a if abs(la[0] / whole - share) <= abs(lb[0] / whole - share) else b
    return part, (a, b), (la[0] if part is a else lb[0]), whole


def _vote_split3(text: str, a: Claim, b: Claim, c: Claim, p: Claim
                 ) -> tuple[Claim, tuple[Claim, ...], float, float] | None:
    """"122 in favour, 31 against and 17 abstentions, 88 percent of those voting": the
    share of the votes for is of those for and against, or of all three (writers count
    abstentions either way): the whole that comes nearer the share is read."""
    from factcheck.frames import vote_side

    if not same_sentence(text, a, p) or not _VOTE_THEN.fullmatch(text, c.end, p.start):
        return None
    sides = [vote_side(text, x.end) for x in (a, b, c)]
    levels = [level(x) for x in (a, b, c)]
    if sorted(map(str, sides)) != ["abstain", "against", "for"] or any(
            lv is None or lv[1] != "count" for lv in levels):
        return None
    by_side = {sd: (x, lv[0]) for sd, x, lv in zip(sides, (a, b, c), levels)}  # type: ignore[index]
    share = _share(p)
    (yes, n_for), (_, n_against), (_, n_abstain) = by_side["for"], by_side["against"], by_side["abstain"]
    wholes = [w for w in (n_for + n_against, n_for + n_against + n_abstain) if w > 0]
    if share is None or not wholes:
        return None
    whole = min(wholes, key=lambda w: abs(n_for / w - share))
    return yes, (a, b, c), n_for, whole


# a share "of the total" whose total the sentence before gives
_OF_TOTAL = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:total|whole|sum)\b", re.I)


def _of_the_total(text: str, claims: list[Claim], i: int) -> tuple[Claim, tuple[Claim, ...], float, float] | None:
    """"The 23 agreements are worth €6.8bn. The centrepiece, a €2.1bn contract, accounts
    for nearly half of the total": a share of "the total", the nearest figure before it in
    its sentence (the part) and the last figure of the sentence before in the part's unit
    (the whole)."""
    p = claims[i]
    if _OF_TOTAL.match(text, p.end) is None:
        return None
    part = next((c for c in reversed(claims[:i]) if same_sentence(text, c, p) and level(c) is not None), None)
    if part is None:
        return None
    from factcheck.extract.text import TextIndex

    index = TextIndex(text)
    opening = index.sentence_span(part.start)[0]  # where the part's sentence opens
    if opening == 0:
        return None
    previous = index.sentence_span(opening - 1)[0]  # and the one before it
    unit = level(part)[1]  # type: ignore[index]
    for whole in reversed([c for c in claims if previous <= c.start and c.end <= opening]):
        if level(whole) is not None and level(whole)[1] == unit:  # type: ignore[index]
            got = _pair(part, whole)
            return (part, (whole,), *got) if got is not None else None
    return None


# a share of a noun the article counted before: "..., or 21% of the quarter's deliveries"
_OF_NOUN = re.compile(r"\s+of\s+(?:the|its|their|all)\s+(?:[A-Za-z-]+['’]s\s+)?(?P<noun>[a-z]+)\b(?!\s+[a-z]+\s+of\b)")
# between a part and its share: its noun, then ", or", a bracket or a dash
_PART_THEN = re.compile(r"[^.;!?\d]{0,40}?(?:,\s*or|\(|—|–|\s-)\s*(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?")


def _of_the_counted(text: str, claims: list[Claim], i: int) -> tuple[Claim, tuple[Claim, ...], float, float] | None:
    """"Exports reached 21,600 vehicles, or 21.6% of the quarter's deliveries", where an
    earlier sentence counted "118,420 deliveries": a share of a noun the article counts
    once before, with the part right before the share. Every earlier count of that noun
    must give one value (an article that counts it twice does not say which is meant)."""
    from factcheck.frames import lemma

    p = claims[i]
    m = _OF_NOUN.match(text, p.end)
    if m is None or i == 0:
        return None
    part = claims[i - 1]
    if not isinstance(part.value, CountValue) or not same_sentence(text, part, p) \
            or not _PART_THEN.fullmatch(text, part.end, p.start):
        return None
    noun = lemma(m.group("noun"))
    counts = [c for c in claims[:i - 1] if isinstance(c.value, CountValue) and c.about and not same_sentence(text, c, p)
              and lemma(c.about.split()[-1]) == noun]
    if not counts or len({c.value.value for c in counts}) != 1:  # type: ignore[union-attr]
        return None
    got = _pair(part, counts[-1])
    return (part, (counts[-1],), *got) if got is not None else None


def _whole_text(whole: tuple[Claim, ...], value: float) -> str:
    """The whole as the text gives it, or as the sum of the two sides of a vote."""
    if len(whole) == 1:
        return whole[0].text
    return f"{value:,.0f} ({' + '.join(c.text for c in whole)})"


def _pair(a: Claim, b: Claim) -> tuple[float, float] | None:
    """Two exact figures in one unit, the first smaller: a part and its whole."""
    la, lb = level(a), level(b)
    if la is None or lb is None or la[1] != lb[1] or la[1] == "percent" \
            or a.qualifier.value not in ("exact", "approx") or b.qualifier.value not in ("exact", "approx"):
        return None
    if not 0 < la[0] <= lb[0]:
        return None
    return la[0], lb[0]
