"""AR04 arithmetic.parts — a total disagrees with the parts listed right after it."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from factcheck.models import Claim, CountValue, Finding, Interval, MoneyValue, QuantityValue, Qualifier, Severity
from factcheck.normalize.intervals import conflict
from factcheck.rules.ar01_margin import same_sentence, texts_and_claims
from factcheck.rules.ar06_conversion import restates
from factcheck.rules.base import (
    Rule, RuleContext, _canonical_map, claim_evidence, fmt_figure, sentence_words, whole_number,
)

# between two parts: what the part is of or where ("in Bagerhat", "at the depot", "in St.
# Louis"), then a comma or "and"
_WHERE = r"(?:\s+(?:in|at|from|on|of|for|across|to)\s+(?:(?!\band\b)(?:[^,;:.!?\d]|(?<=\b[A-Z][a-z])\.(?=\s+[A-Z]))){1,40}?)?"
# a part's own noun ("two lorries, three cars"), one to four words ("800 individual police
# officers", "148 that would have gone to Kingsmead General")
_KIND = r"(?:\s+(?!and\b|in\b|at\b|from\b|on\b|of\b|for\b|to\b)[a-z][\w-]*){0,4}"
_BETWEEN = re.compile(_KIND + _WHERE + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)", re.I)
_END = re.compile(_KIND + _WHERE + r"\s*(?:[.;)!?—–]|\s-\s|,\s|$)", re.I)
# one more part told by an article ("..., a minibus and a van"): one of its kind
_ONE_MORE = re.compile(_KIND + r"(?:\s*,\s*(?:and\s+)?|\s+(?P<and>and)\s+)(?P<part>(?:a|an|one)\s+[a-z][\w-]*)", re.I)


# a count of some of those the count before it counted: "five of whom", "two of them"
_SUBSET_WORDS = r"\s+of\s+(?:whom|which|them|those|these)\b"
_SUBSET_OF = re.compile(_SUBSET_WORDS, re.I)
# the rest of the total's sentence, its end, and no count before the next sentence's number
_NEXT_OPENS = re.compile(r"[^.!?]*[.!?]\s+")  # (a time or a date between is no number of the list)
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)
# a part's words up to a number of their own, a bound or an age: "were aged over ", "were
# younger than "
_INNER = re.compile(r"\s+(?:[a-z]+\s+){0,3}(?:over|under|above|below|aged|than)\s+")
# the same, the next sentence opening on the group it splits ("Of the victims, ", "Of them, ")
_NEXT_OPENS_ON = re.compile(r"[^.!?]*[.!?]\s+(?:Of|Among)\s+(?:them|those|these|the\s+[a-z]+)\s*,\s*")
# a part of a list: after a comma or "and", with what it is told by before it
_LISTED = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_OF_THE = re.compile(r"(?:(?:^|[.!?\n]\s*)Of|(?:[,:;]|\bthat)\s+of)\s+(?:the|its|their|those|these)\s+$")
# the rest of a total's sentence, then the next one opening on it ("... were affected. Of
# these, ...")
_OF_THESE = re.compile(r"[^.!?\d]*[.!?]\s+Of\s+(?:these|them|those|whom|which)\s*,\s*")
# the total's noun, then ", of which": the parts follow in clauses of their own
_OF_WHICH = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*,\s*of\s+(?:which|whom)\s*,?\s*", re.I)
# a sentence that opens on a group of a given size: "In the study of 1,248 patients, ...",
# "Among the crew of 23, ..."
_IN_GROUP = re.compile(r"(?:^|[.!?\n]\s*)(?:In|Among|Across)\s+(?:the|a|an|its|their|this)\s+"
                       r"(?:[a-z][\w-]*\s+){1,3}?of\s+(?:the\s+)?$")
# a part that opens its own clause: its noun (a word or two), then its verb
_SUBJECT = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:have|has|had|were|was|are|is|remain|remains|remained|died|"
                      r"survived|escaped|fled|left|stayed|got|took|chose|made|ran|went|came|[a-z]{3,}ed)\b")


# "Nine people were taken to hospital, six passengers and two flight attendants": parts in
# apposition after a comma, each a count and its own noun (one to three words)
_APPOSED = re.compile(r"[^.;:!?\d]*?,\s*$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|at|on|for|more|others?|people|were|was|are|is|had|have)\b)"
                         r"([a-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*){0,2})(?=\s*(?:,|\band\b|[.;)]|$))", re.I)
_CLAUSE_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|been)\b|\b[a-z]{3,}ed\b", re.I)
_APPOSED_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NOUN_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*,\s*", re.I)  # " people, "

# "Of the dead, 158 were in Dzhelar and 79 in Sorun": a sentence that opens on the group
# the sentence before counted, then its parts, each told by where it is
_OF_GROUP = re.compile(r"[^.!?\d]*[.!?]\s+Of\s+(?:the|those|these)\s+(?P<noun>[a-z]+)\s*,\s*$")
_WHERE_PART = re.compile(r"(?:\s+(?:were|was|are|is|had\s+been|have\s+been))?" + _WHERE
                         + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)", re.I)
# a later part of "of the 52 flights cancelled, 30 were at Heathrow, 14 at Gatwick" that leaves
# out its verb: where (or to whom) it is, up to the next part or the end
_ELLIPTIC = re.compile(r"\s+(?:in|at|from|on|for|across|to)\s+(?:(?!\band\b)(?:[^,;:.!?\d]|(?<=\b[A-Z][a-z])\.(?=\s+[A-Z]))){1,40}?"
                       r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while|whereas)\s+|\s*(?:[.;)!?]|$))", re.I)
_WHERE_END = re.compile(r"(?:\s+(?:were|was|are|is|had\s+been|have\s+been))?" + _WHERE
                        + r"\s*(?:[,.;)!?]|$)", re.I)  # (", the ministry said")

# a sentence opening on a whole named with its size: "Of last year's rise of ", "Of the
# budget of "
_OF_NAMED = re.compile(r"(?:^|[.!?\n]\s*)Of\s+(?:(?:that|the|this|its|their)\s+|(?:[A-Za-z]+\s+)?[A-Za-z]+['’]s\s+)"
                       r"(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+"
                       r"(?:about\s+|some\s+)?$")
# between two parts named before their total: a comma or "and" within a few words
_JOINT = re.compile(r"[^.:!?\d]{0,120}")
# the join before the last part named before its total: "and", or "plus"/"with a further"
# ("£41m up front with a further £7m in bonuses, taking the total to £50m")
_LAST_JOIN = r"\band\b|\bplus\b|\bwith\s+(?:a|an)\s+(?:further|additional)\b|\bwith\s+another\b"
_LAST_JOINED = re.compile(_LAST_JOIN)
_JOINED = re.compile(r"[,;]|" + _LAST_JOIN)  # between any two of them
# "killed 19 skiers, 12 of them in Austria and 9 in Switzerland": the first part in
# apposition, told as a part of the group and by where it is
_OF_THEM_PART = re.compile(_SUBSET_WORDS + _WHERE + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)", re.I)
# the words that name a part before its amount ("Hart £48.5m", "the Americas $1.2bn")
_LABEL = re.compile(r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})?(?=\S*$)")
# between two amounts of a list: the first's own words ("£48.5m for Hart"), a comma or "and",
# and the next one's name
# after an amount's list opens (a colon, a dash, "consisting of"), its parts may be named by
# any words with no figure or stop in them ("$82 million in severance payments and employee
# benefits and $31 million in facility exit and other costs")
_NAMED_JOINT = re.compile(r"[^\d.;:!?()\n]{0,60}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})?")
_NAMED_END = re.compile(r"[^\d.;:!?()\n]{0,60}?\s*(?:[.;)!?—–]|\s-\s|,\s|$)")
# between the last part and the total's lead words: the part's noun, no new clause
# "$8.3bn, split between retail (": a verb of splitting, then the first part's name and bracket
_SPLIT_LEAD = re.compile(r"[^.;:!?\d()]{0,40}?\b(?:split|divided|broken\s+down|spread|shared)\s+"
                         r"(?:among|between|across|into)\s+[^()\d.;!?]{1,60}\(\s*", re.I)
_BRACKET_CLOSE = re.compile(r"\s*\)")
_SPLIT_NEXT = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^()\d.;!?]{1,60}\(\s*")  # "), freight ("
# a count's own verb and where: "198 people died in Velmora", "40 were killed at the market"
_DIED_IN = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?P<verb>[a-z]+)"
                      r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_DIED_PART = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?[a-z]+" + _WHERE
                        + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)", re.I)
_TO_LEAD = re.compile(r"[^.;:!?\d]{0,60}")
_TO_LEAD_LONG = re.compile(r"[^.;:!?\d]{0,120}")
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|of|since|until|after|before)\b", re.I)

_COMPOUND_AFTER = re.compile(r"-[a-z]+(?:-[a-z]+)*\b")  # "nine-under-par", "a two-shot"
_KIND_JOIN = re.compile(r"\s+[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_ONE_KIND = re.compile(r"\s+[A-Za-z][\w'’-]*\s*,?\s+and\s+(?P<part>(?:a|an|one)\s+[A-Za-z][\w'’-]*)")
_LIST_END = re.compile(r"(?:\s+[A-Za-z][\w'’-]*)?\s*(?:[.;!?]|$)")
# the end of a sentence of parts, then a sentence that opens on their sum: "… and Serbia
# two. In total, 28 people have died"
_SUMMED_NEXT = re.compile(r"[^.;:!?\d]{0,40}[.!?]\s+(?:In\s+total|In\s+all|Altogether|All\s+told)\s*,?"
                          r"\s+(?:[a-z][\w'’-]*\s+){0,3}")


@lru_cache(maxsize=1)
def _opens() -> re.Pattern[str]:
    """The rest of a total's clause, then ':', a dash, a bracket or words that split it into
    parts ("made up of", sentence.yaml partition_words)."""
    from factcheck.data import load_yaml

    words = sorted(map(str, load_yaml("patterns/en/sentence.yaml")["partition_words"]), key=len, reverse=True)
    split = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"[^.;!?]*?(?::|\s[—–]|\s-|\s\(|\s(?:{split}))\s*$", re.I)


@lru_cache(maxsize=1)
def _includes() -> re.Pattern[str]:
    """The total's noun (a few words), then words that open a list of some of its parts:
    ", including", ", with" (sentence.yaml inclusion_words)."""
    return re.compile(_KIND + _WHERE + rf"\s*,?\s+(?:{sentence_words('inclusion_words')})\s+", re.I)


@lru_cache(maxsize=1)
def _finite() -> re.Pattern[str]:
    """An auxiliary (sentence.yaml ``auxiliaries``): a part with its own verb."""
    return re.compile(rf"\b(?:{sentence_words('auxiliaries')})\b", re.I)


@lru_cache(maxsize=1)
def _turnout() -> re.Pattern[str]:
    """A part's verb that makes the parts after it some of it: "910 returned papers"
    (sentence.yaml turnout_words), right after the number and a word or two."""
    return re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{sentence_words('turnout_words')})", re.I)


@lru_cache(maxsize=1)
def _contributed() -> re.Pattern[str]:
    """A verb that makes the number after it a share of a whole: "accounted for",
    "contributing" (sentence.yaml contribution_verbs)."""
    return re.compile(rf"\b(?:{sentence_words('contribution_verbs')})\s+(?:about\s+|some\s+)?$", re.I)


@lru_cache(maxsize=1)
def _total_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words right before a total that follows its parts: "together account for", "a total
    of"; words right after one: "in all", "altogether")."""
    from factcheck.data import load_yaml

    data = load_yaml("patterns/en/sentence.yaml")

    def alt(words: Iterable[object]) -> str:
        return "|".join(r"\s+".join(map(re.escape, str(w).split()))
                        for w in sorted(map(str, words), key=len, reverse=True))

    lead = re.compile(rf"(?:\b(?:{alt(data['joint_words'])})\s+(?:{alt(data['total_verbs'])})"
                      rf"|\b(?:{alt(data['total_leads'])})"
                      rf"|\b(?:{alt(data['total_raisers'])})\s+the\s+(?:{alt(data['total_nouns'])})"
                      rf"(?:\s+[a-z]+){{0,2}}?\s+to)\s+$", re.I)
    tail = re.compile(rf"(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:{alt(data['total_tails'])})\b", re.I)
    return lead, tail


@lru_cache(maxsize=1)
def _breakdown_opens() -> re.Pattern[str]:
    """The end of a total's sentence, then one saying what the whole group were ("According
    to police, the dead were "; sentence.yaml breakdown_groups; not "included": a part)."""
    from factcheck.data import load_yaml

    groups = "|".join(map(re.escape, sorted(map(str, load_yaml("patterns/en/sentence.yaml")["breakdown_groups"]))))
    return re.compile(r"[^.!?\d]{0,80}[.!?]\s+(?:According\s+to\s+[^,.\d]{1,60},\s*)?"
                      rf"[Tt]he\s+(?:[a-z]+\s+){{0,2}}?(?:{groups})\s+(?:were|are)\s+")


@lru_cache(maxsize=1)
def _not_shares() -> re.Pattern[str]:
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/sentence.yaml")["not_shares_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _body_size() -> frozenset[str]:
    from factcheck.data import load_yaml

    return frozenset(str(w) for w in load_yaml("patterns/en/sentence.yaml")["body_size_nouns"])


# a capacity written as a compound adjective: "the 95-seat assembly", "a 15-member board"
_CAPACITY = re.compile(r"-(?P<noun>[a-z]+)\s+[a-z]")
# a part told by where or when it is, with no noun of its own: "150 in January"
_PLACED = re.compile(r"\s+(?:in|at|from|on|for|across|during|by)\b", re.I)
_SHARE_GAP = re.compile(r"[^\d.;:!?]{0,120}")


@lru_cache(maxsize=1)
def _outcome_words() -> re.Pattern[str]:
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/sentence.yaml")["outcome_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b", re.I)


# a part's words, then an aside set off by dashes before the next part ("two in Kent - a
# farmer and his son - and one in Essex")
_ASIDE = re.compile(_KIND + _WHERE + r"\s+[-–—]\s+(?P<aside>(?:(?!\s[-–—]\s)[^.;:!?\n]){1,160}?)\s+[-–—]\s+(?:and\s+)?", re.I)


def _run(text: str, first: Claim, rest: Sequence[Claim], joint: re.Pattern[str]) -> list[Claim]:
    """``first`` and the claims after it, each joined to the one before by ``joint`` or by
    an aside between dashes (whose own numbers, "a 71-year-old man", are not parts)."""
    parts = [first]
    aside = _aside(text, first.end)
    for c in rest:
        if aside is not None and c.start < aside.end():
            if aside.start("aside") <= c.start:
                continue
            aside = None
        if not joint.fullmatch(text, parts[-1].end, c.start) and not (
                aside is not None and aside.end() == c.start):
            break
        parts.append(c)
        aside = _aside(text, c.end)
    return parts


def _amount_list(text: str, figures: Sequence[Claim], i: int, opened: Callable[[Claim, Claim], bool],
                 joint: re.Pattern[str], end: re.Pattern[str]) -> list[Claim]:
    """The parts of the amount ``figures[i]`` (not a count) listed after it: the first
    where ``opened(total, first)`` says the list opens, each next one after ``joint``, the
    last after "and" and followed by ``end``; exact and in the total's unit."""
    total = figures[i]
    if isinstance(total.value, CountValue) or i + 2 >= len(figures) or total.interval is None \
            or total.qualifier.value not in ("exact", "approx"):
        return []
    first = figures[i + 1]
    if not same_sentence(text, total, first) or not opened(total, first):
        return []
    unit = total.interval.unit
    parts, at = [first], first.end
    for c in figures[i + 2:]:
        if restates(text, parts[-1], c) and (c.interval is None or c.interval.unit != unit):
            at = _after_restated(text, c.end)  # "the UK $5.1bn (about £3.8bn), Canada $3.4bn"
            continue
        if not joint.fullmatch(text, at, c.start):
            break
        parts.append(c)
        at = c.end
    if len(parts) < 2 or not _LAST_JOINED.search(text, parts[-2].end, parts[-1].start) \
            or not end.match(text, at) or any(
                p.interval is None or p.interval.low is None or p.interval.high is None
                or p.qualifier.value != "exact" or p.interval.unit != unit for p in parts):
        return []
    return parts


def _in_unit(total: Claim, base: float) -> str:
    """A sum in base units, written in the total's own unit ("319,000 tonnes", not the
    kilograms the intervals are in); amounts stay in their currency."""
    v = total.value
    if isinstance(v, QuantityValue):
        linear = _canonical_map(v.unit)
        if linear is not None and linear[0]:
            return f"{fmt_figure((base - linear[1]) / linear[0])} {v.unit}"
    return fmt_figure(base)


_PARTS_HEDGE = 0.05  # how far "approximately $105 million" may be from the exact parts it lists


def _hedged(total: Claim) -> Interval:
    """A total's interval against the exact parts its sentence lists: a hedged amount
    ("approximately $105 million, consisting of $82 million ... and $31 million ...")
    rounds a sum the writer had before them, so it holds ``_PARTS_HEDGE`` either way, not
    the tenth a bare estimate holds."""
    iv = total.interval
    assert iv is not None
    if total.qualifier.value != "approx" or not isinstance(iv.low, float) or not isinstance(iv.high, float):
        return iv
    mid = (iv.low + iv.high) / 2
    return iv.model_copy(update={"low": mid - _PARTS_HEDGE * abs(mid), "high": mid + _PARTS_HEDGE * abs(mid)})


def _after_restated(text: str, at: int) -> int:
    """Past the bracket that closes a restatement ending at ``at`` ("(about £3.8bn)")."""
    return at + 1 if text[at:at + 1] == ")" else at


def _aside(text: str, at: int) -> re.Match[str] | None:
    """An aside between dashes after a part, on its line, that holds no number of its own
    ("a 71-year-old man" has none; a table's next row "Renewal – 15" does)."""
    m = _ASIDE.match(text, at)
    return None if m is None or _BARE_NUMBER.search(m.group("aside")) else m


_BARE_NUMBER = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])")


# "one" as a part of a list ("two in Kent, one in Essex and one in Surrey", "five gold and one
# bronze"): after a comma, "and", a colon or a dash, and not "one of", "one by one"
_ONE = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+|[:–—]\s*|\s-\s+)(?P<one>one)\b"
                  r"(?!\s+(?:of|by|another|at\s+a\s+time|or)\b|-)", re.I)


def _with_ones(text: str, numbers: list[Claim]) -> list[Claim]:
    """``numbers`` with each "one" in a list after one of them, on its line, as a count of
    one (the extractor does not read "one" alone as a claim), in text order."""
    out: list[Claim] = []
    for c, nxt in zip(numbers, [*numbers[1:], None]):
        out.append(c)
        stop = nxt.start if nxt is not None else len(text)
        eol = text.find("\n", c.end, stop)
        for m in _ONE.finditer(text, c.end, stop if eol < 0 else eol):
            a, b = m.span("one")
            out.append(_one_at(text, c, a, b))
    return out


def _closed(text: str, parts: list[Claim], end: re.Pattern[str]) -> bool:
    """Is a run a complete list: two or more exact whole numbers, the last after "and",
    then ``end``? A list set off by dashes or brackets closes itself: "a combined 25
    aces - 14 for the champion, nine for her opponent - ..." needs no "and"."""
    if len(parts) < 2 or any(_whole(p) is None for p in parts) or end.match(text, parts[-1].end) is None:
        return False
    return re.search(r"\band\s+$", text[parts[-2].end:parts[-1].start]) is not None \
        or _ENCLOSED.search(text, max(0, parts[0].start - 3), parts[0].start) is not None \
        and _ENCLOSED_END.match(text, parts[-1].end) is not None \
        and "\n" not in text[parts[0].start:parts[-1].end]  # (a table's rows are no list)


# a list set off from its total by a dash or a bracket, and closed by the same
_ENCLOSED = re.compile(r"(?:\s[-–—]|\(|[–—])\s*$")
_ENCLOSED_END = re.compile(_KIND + _WHERE + r"\s*(?:\s[-–—]\s|[–—)])", re.I)


def _one_more(text: str, last: Claim) -> list[Claim]:
    """The parts told by an article after the counted ones ("..., a minibus and a van"),
    each a count of one, the last after "and"; none unless the list ends so."""
    out: list[Claim] = []
    at = last.end
    while True:
        m = _ONE_MORE.match(text, at)
        if m is None or len(out) > 6:
            break
        a, b = m.span("part")
        out.append(_one_at(text, last, a, b))
        at = b
        if m.group("and"):
            return out
    return []


def _one_at(text: str, near: Claim, a: int, b: int) -> Claim:
    """A count of one at ``text[a:b]`` ("one", "a van"), on the line of the claim ``near``."""
    return near.model_copy(update={
        "text": text[a:b], "start": a, "end": b, "column": near.column + (a - near.start),
        "value": CountValue(value=1), "qualifier": Qualifier.exact, "about": None,
        "interval": Interval(low=1, high=1, unit="count"), "unresolved": None, "assumptions": ()})


def _outcomes_told(text: str, parts: list[Claim]) -> list[re.Match[str] | None]:
    """Each part's outcome word (sentence.yaml outcome_words) in its own words, up to the
    next part ("24 were pulled out alive and 17 are missing": alive, missing), or None."""
    ends = [*(p.start for p in parts[1:]), parts[-1].end + 60]
    return [_outcome_words().search(text, p.end, min(e, p.end + 60)) for p, e in zip(parts, ends)]


def _told_outcomes(text: str, parts: list[Claim]) -> bool:
    """Does each part tell an outcome in its own words, each another?"""
    found = _outcomes_told(text, parts)
    return all(found) and len({m.group().lower() for m in found if m}) == len(parts)


@lru_cache(maxsize=1)
def _finish_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(finished, did not finish): sentence.yaml finish_words and unfinished_words."""
    return (re.compile(rf"\b(?:{sentence_words('finish_words')})\b", re.I),
            re.compile(rf"\b(?:{sentence_words('unfinished_words')})\b", re.I))


def _finished_or_not(text: str, parts: list[Claim]) -> bool:
    """Do two parts tell those who finished and those who did not, one each?"""
    if len(parts) != 2:
        return False
    done, undone = _finish_words()
    stop = re.compile(r"[.;!?]").search(text, parts[1].end, parts[1].end + 60)
    last = stop.start() if stop else min(len(text), parts[1].end + 60)  # (its own sentence)
    spans = [(parts[0].end, parts[1].start), (parts[1].end, last)]
    told = [(bool(done.search(text, a, b)), bool(undone.search(text, a, b))) for a, b in spans]
    return told in ([(True, False), (False, True)], [(False, True), (True, False)])


def _whole(c: Claim) -> int | None:
    """The exact whole number a part states, or None."""
    if c.qualifier.value != "exact" or c.unresolved:
        return None
    return whole_number(c)


class PartsMismatch(Rule):
    """A total disagrees with the parts listed right after it.

    *Bad*: "At least 23 people were killed: 11 in Bagerhat, seven in Khulna and three in
    Satkhira" — the parts add up to 21; "Six vehicles fell — two lorries, three cars, a
    minibus and a van" — seven.

    *Why*: a count followed by a colon, a dash, a bracket or words that split it ("made
    up of", "consisting of"; not "including") and a list of exact whole numbers, each
    told by where or what it is ("11 in Bagerhat", "three cars"; "a minibus" and "one in
    Khulna" count one), joined by commas and a last "and" (or, in a list set off by
    dashes or brackets, by commas alone: "a combined 25 aces - 14 for one, nine for the
    other -"), states the total twice; an aside between dashes inside the list ("two in
    Kent - a farmer and his 80-year-old mother - one in Essex") is no part. So does an
    amount or a measurement followed by a colon or a dash and a list of exact amounts in
    its unit, each named before or after it ("£117m: Hart £48.5m, Moreno £31m and Barros
    £9.5m"; a name may hold "and": "$82 million in severance and benefits and $31 million
    in exit costs"; a part's conversion in brackets is no part), summed with their
    rounding; a hedged amount ("approximately $105 million") holds a twentieth either way
    of the exact parts it lists. The total keeps its qualifier ("at least 23" is 23 or more;
    "about 20" holds 21), so only a sum outside it is reported. A list that carries on
    past its last "and" is not read.

    A second form opens with the total ("Of the 187 people aboard, 141 have been rescued,
    12 have died and 43 are missing"; "In the trial of 640 patients, 420 received the
    vaccine and 230 were given a placebo"; "… were affected. Of these, 98,000 were rebooked,
    ..."; "920 branches, of which 610 are in towns and 350 ..."): each part is the
    subject of its own clause (a later one may leave its verb out: "of the 52 flights
    cancelled, 30 were at Heathrow, 14 at Gatwick and 8 at Stansted"; the last may follow
    "while"), and
    as the list need not name every part, only parts that add up to more than the total
    are reported, unless three or more parts each tell an outcome of everyone counted
    (dead, rescued, missing: a complete list, whose sum must be the total), or two tell
    those who finished and those who did not ("Of the 412 runners who started, 287
    finished and 115 dropped out"). A third
    lists the parts in the next sentence, as numbers that name nothing ("17 people were
    injured. Nine were treated in Tarragona, six in Reus and three in Barcelona"; the
    sentence may open on the group: "Of the victims, eight were children, ...", and a
    part's own words may hold a number: "11 were aged over 75, four ..."); it too
    is reported only when the parts exceed the total; two such parts suffice when each
    tells another outcome ("27 were underground. Twenty-one reached safety and eight were
    trapped"). A
    fourth names the parts first and then their total, after words that make it theirs
    ("… and 4.1bn together account for 27.6bn", "for a total of") or followed by "in all"
    ("with 41 tourists and 3 staff on board, 47 people in all"; "€158m; … €54m; and a
    further €19m, bringing the mission to €241m in total"; "…, bringing the number rescued
    to 20"; the last part may follow "plus" or "with a further": "£41m up front with a
    further £7m in bonuses, taking the total to £50m", told at length: "plus €9m in
    variables linked to appearances and qualification, which would take the total to
    €65m"; votes "among the 170 lawmakers present" may fall short of them, as some
    present may not vote, but not exceed them);
    amounts in one currency or unit are summed with their rounding, and a total that
    opens a new clause ("…, and 40 in all since May") is not read. A fifth is a whole
    written as a compound adjective ("the 120-seat parliament") and, in its sentence, a
    list of three or more counts of that noun ("Labour won 52 seats, the Conservatives 41,
    the Liberals 22 and the Greens 9"): shares of it, reported when they add up to more
    than the whole; a list with words of change or comparison between its counts ("up
    from", "needed") is not read. A vote's tally in the sentence of a body's size ("the
    nine-member board split 7-3") must not count more votes than the body has members.
    Parts may also stand in apposition after the total's clause, each a count with its
    own noun ("Nine people were taken to hospital, six passengers and two flight
    attendants"). A sixth opens the sentence after a total on the group it counted and lists where its
    parts are ("The number of people killed rose to 247. Of the dead, 158 were in Dzhelar
    and 79 in Sorun"): places account for the whole group, so parts that add up to more
    are an error and to less a warning (a place may be missing from the list). So do
    places in apposition after the total, the first "of them" ("killed 19 skiers, 12 of
    them in Austria and 9 in Switzerland"). Parts told by where or when they are after
    "including" or ", with" ("destroyed 212 homes, including 130 in Karrow and 95 in
    Denby"; "41,000 vehicles in the quarter, with 15,000 in January, ...") are reported
    when they add up to more than the total. A list whose first part did what the next
    ones are some of ("910 returned papers and 802 voted for action": a funnel) is not
    read as parts, nor are clauses read as nouns in apposition. A sentence opening on a
    whole named with its size ("Of last year's rise of 412,000, ...") whose numbers each
    follow a verb that makes them its shares ("domestic routes accounted for 180,500, with
    long-haul contributing 251,000") is reported when they add up to more. An amount
    split between named parts, each in brackets ("revenue of $8.3bn, split between
    passenger services ($4.1bn), freight ($2.9bn) and property ($1.3bn)"), must add up.
    A count of those an event befell ("The number of people killed rose to 212") whose
    next sentence lists where that event's counts were ("120 people died in Arlen, 64 in
    Brisk and 41 in Corra") is reported when they add up to more. A list with one figure
    for each item a count names ("353 runs in the five matches (74, 38, 12, 131 and 88)")
    adds up to the count's figure before it in the sentence, not to the count. A compound
    before a total's noun modifies it, no part ("rounds of 68, 65, 72 and 67 for a
    nine-under-par total of 271"). The sentence after a total may say what the group were,
    each kind counted ("Five people were killed. According to police, the dead were three
    Croatians, two Germans and a Slovenian"): that names all of them, so a sum above the
    total is an error and one below a warning.

    *Fix*: recount the parts, or correct the total.
    """

    code = "AR04"
    name = "arithmetic.parts"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, claims in texts_and_claims(ctx):
            numbers = _with_ones(text, [c for c in claims if c.kind in ("count", "quantity")])
            for i, total in enumerate(numbers):
                if not isinstance(total.value, CountValue) or total.interval is None:
                    continue
                parts = self._parts(text, numbers, i)
                opened = not parts
                if opened:
                    parts = self._clauses(text, numbers, i) or self._next_sentence(text, numbers, i) \
                        or self._included(text, numbers, i) or self._contributions(text, numbers, i)
                if not parts:
                    kinds = self._breakdown(text, numbers, i)
                    if kinds:
                        s = sum(_whole(p) or 0 for p in kinds)
                        if conflict(total.interval, Interval(low=s, high=s, unit=total.interval.unit)):
                            yield self._finding(doc, total, kinds, str(s), under=total.interval.low is not None
                                                and s < float(total.interval.low))  # type: ignore[arg-type]
                        continue
                    places = self._places_of_group(text, numbers, i) or self._of_them(text, numbers, i) \
                        or self._apposed(text, numbers, i)
                    if not places:
                        toll = self._toll_by_place(text, numbers, i)
                        s = sum(_whole(p) or 0 for p in toll)
                        hi = total.interval.high
                        if toll and hi is not None and s > float(hi):  # type: ignore[arg-type]
                            yield self._finding(doc, total, toll, str(s))
                        continue
                    s = sum(_whole(p) or 0 for p in places)
                    if places and conflict(total.interval, Interval(low=s, high=s, unit=total.interval.unit)):
                        yield self._finding(doc, total, places, str(s), under=total.interval.low is not None
                                            and s < float(total.interval.low))  # type: ignore[arg-type]
                    continue
                values = [_whole(p) for p in parts]
                s = sum(v for v in values if v is not None)
                if not opened and len(parts) == total.value.value != s:
                    # one figure for each of the items counted ("353 runs in the five matches
                    # (74, 38, 12, 131 and 88)"): they add up to the figure before the count
                    before = [o for o in numbers[:i] if same_sentence(text, o, total)
                              and isinstance(o.value, CountValue) and o.interval is not None]
                    if not before:
                        continue
                    total = before[-1]
                    assert total.interval is not None
                if opened and not self._outcomes(text, total, parts):
                    hi = total.interval.high
                    if hi is None or s <= float(hi):  # type: ignore[arg-type]
                        continue
                elif opened and not conflict(total.interval, Interval(low=s, high=s, unit=total.interval.unit)):
                    continue
                elif not conflict(total.interval, Interval(low=s, high=s, unit=total.interval.unit)):
                    continue
                yield self._finding(doc, total, parts, str(s))
            for whole in numbers:
                tally = self._tally_of(text, numbers, whole)
                if tally is not None:
                    votes = sum(map(int, re.findall(r"\d+", tally.text)))
                    yield self.finding(
                        self.severity,
                        f"{doc} line {tally.line}: the tally {tally.text!r} counts {votes} votes, more "
                        f"than the {whole.text} members the same sentence gives the body.",
                        key=f"parts · {doc} line {whole.line}", claims=(whole, tally),
                        expected=f"at most {whole.text} votes", evidence=(claim_evidence(whole),))
                parts = self._shares(text, numbers, whole)
                s = sum(_whole(p) or 0 for p in parts)
                if parts and whole.interval is not None and whole.interval.high is not None \
                        and s > float(whole.interval.high):
                    yield self._finding(doc, whole, parts, str(s))
            figures = [c for c in claims if c.kind in ("count", "quantity", "money")]
            for i, total in enumerate(figures):
                parts = self._before(text, figures, i) or self._amounts_after(text, figures, i) \
                    or self._bracketed(text, figures, i)
                if not parts:
                    continue
                lows = [p.interval.low for p in parts]  # type: ignore[union-attr]
                highs = [p.interval.high for p in parts]  # type: ignore[union-attr]
                summed = Interval(low=sum(lows), high=sum(highs),  # type: ignore[arg-type]
                                  unit=total.interval.unit)  # type: ignore[union-attr]
                if _AMONG.search(text, max(0, total.start - 12), total.start) and (
                        total.interval.high is None or summed.low <= total.interval.high):  # type: ignore[union-attr, operator]
                    continue  # "... and 7 abstentions among the 170 present": some present may not vote
                if conflict(_hedged(total), summed):
                    yield self._finding(doc, total, parts, _in_unit(total, (summed.low + summed.high) / 2))  # type: ignore[operator]

    def _finding(self, doc: str, total: Claim, parts: list[Claim], s: str, under: bool = False) -> Finding:
                listed = " + ".join(p.text for p in parts)
                where = "before" if parts[0].start < total.start else "after"
                return self.finding(
                    Severity.warning if under else self.severity,
                    f"{doc} line {total.line} gives the total as {total.text!r}, but the parts "
                    f"listed {where} it add up to {s} ({listed})"
                    + (", less than the total: a part may be missing from the list." if under else "."),
                    key=f"parts · {doc} line {total.line}", claims=(total, *parts),
                    expected=s, evidence=(claim_evidence(total),),
                )

    @staticmethod
    def _before(text: str, figures: list[Claim], i: int) -> list[Claim]:
        """"… with 41 tourists and 3 staff on board, 47 people in all", "roads with €12.5bn,
        schools with 8bn and ports with 4.1bn together account for 27.6bn": exact parts in
        the total's unit, each after a comma or "and" (the last after "and"), then the
        total after words that make it theirs, or set off by a comma and followed by "in
        all"."""
        total = figures[i]
        if i < 2 or total.interval is None or total.qualifier.value not in ("exact", "approx"):
            return []
        lead, tail = _total_cues()
        k = i - 1
        while k > 1 and _COMPOUND_AFTER.match(text, figures[k].end):
            k -= 1  # a compound before the total's noun modifies it ("rounds of 68, 65, 72 and 67
            # for a nine-under-par total of 271"): no part
        last = figures[k]
        gap = text[last.end:total.start]
        if not same_sentence(text, last, total):
            if not _SUMMED_NEXT.fullmatch(gap):
                return []  # (the sentence after the parts may open on their sum: "In total, 28")
        elif lead.search(gap):
            led = gap[:lead.search(gap).start()]  # type: ignore[union-attr]
            if not _TO_LEAD_LONG.fullmatch(gap) or _NEW_CLAUSE.search(led[led.rfind(",") + 1:]):
                return []  # (the last part may be told at length: "plus €9m in variables linked
                # to appearances and qualification, which would take the total to €65m")
        elif not (_TO_LEAD.fullmatch(gap) and tail.match(text, total.end)) \
                or _NEW_CLAUSE.search(gap):
            return []  # "…, 47 people in all", "…, bringing the bill to €241m in total"
        if not same_sentence(text, last, total) and total.qualifier.value != "exact":
            return []
        unit = total.interval.unit
        parts = [last]
        for c in reversed(figures[:k]):
            between = text[c.end:parts[0].start]
            if not _JOINT.fullmatch(between) or not _JOINED.search(between) or _finite().search(between):
                break  # ("Ninety-eight families have been notified, and all 97 people ...":
                # each figure its own statement, no list of parts)
            parts.insert(0, c)
        if len(parts) < 2 or not _LAST_JOINED.search(text, parts[-2].end, parts[-1].start):
            return []
        if any(p.interval is None or p.interval.low is None or p.interval.high is None
               or p.qualifier.value != "exact" or p.unresolved and not isinstance(p.value, MoneyValue)
               or (p.interval.unit != unit and not (unit == "count" and _whole(p) is not None))
               for p in parts):
            return []
        return parts

    @staticmethod
    def _amounts_after(text: str, figures: list[Claim], i: int) -> list[Claim]:
        """"spending stands at £117m: Hart £48.5m, Moreno £31m and Barros £9.5m", "a
        $2.4bn budget - $1.5bn for roads and $0.9bn for rail": an amount or measurement
        (counts are read by ``_parts``), a colon or dash, then exact parts in its unit, each
        after a comma or "and" and a few words that name it, the last after "and", the
        list ending its sentence or clause."""
        def opened(total: Claim, first: Claim) -> bool:
            label = _LABEL.search(text, total.end, first.start)
            return label is not None and _opens().fullmatch(text, total.end, label.start()) is not None

        return _amount_list(text, figures, i, opened, _NAMED_JOINT, _NAMED_END)

    @staticmethod
    def _bracketed(text: str, figures: list[Claim], i: int) -> list[Claim]:
        """"revenue of $8.3bn, split between retail ($4.1bn), freight ($2.9bn) and property
        ($1.5bn)": an amount, a verb of splitting, then two or more parts each in brackets
        after its name, in the total's unit, the last after "and"."""
        return _amount_list(text, figures, i,
                            lambda total, first: _SPLIT_LEAD.fullmatch(text, total.end, first.start) is not None,
                            _SPLIT_NEXT, _BRACKET_CLOSE)

    @staticmethod
    def _tally_of(text: str, numbers: list[Claim], whole: Claim) -> Claim | None:
        """A vote's tally ("split 7-3") in the sentence of a body's size ("the nine-member
        board") whose sides add up to more members than the body has."""
        from factcheck.frames import TALLY
        from factcheck.link_text import lemma

        m = _CAPACITY.match(text, whole.end)
        if m is None or lemma(m.group("noun")) not in _body_size() or whole.interval is None \
                or whole.interval.high is None:
            return None
        for c in numbers:
            t = TALLY.fullmatch(c.text)
            if t and c is not whole and same_sentence(text, whole, c) \
                    and sum(map(int, t.groups())) > float(whole.interval.high):
                return c
        return None

    @staticmethod
    def _shares(text: str, numbers: list[Claim], whole: Claim) -> list[Claim]:
        """The counts of the noun of ``whole``, a capacity ("the 95-seat assembly"), listed
        in its sentence: the longest run of three or more exact whole numbers, the first of
        them followed by that noun (or, for a body's size, "seats" of "95-member"), with a comma, "and" or "while" and no number between
        any two, nor a word of change or comparison next to either ("52, up from 41")."""
        from factcheck.link_text import lemma

        m = _CAPACITY.match(text, whole.end)
        if m is None or not isinstance(whole.value, CountValue) or whole.qualifier.value != "exact":
            return []
        noun = lemma(m.group("noun"))

        def counts_it(c: Claim) -> bool:  # "38 seats" of "the 95-member assembly"
            after = re.match(r"\s+([a-z]+)", text[c.end:])
            counted = lemma(after.group(1)) if after else None
            return counted == noun or {counted, noun} <= _body_size()

        listed = [c for c in numbers if c is not whole and same_sentence(text, whole, c)]
        best: list[Claim] = []
        run: list[Claim] = []
        for c in listed:
            if run and _whole(c) is not None and _SHARE_GAP.fullmatch(text, run[-1].end, c.start) \
                    and re.search(r",|\b(?:and|while)\b", text[run[-1].end:c.start]) \
                    and not _not_shares().search(text, run[-1].end, min(c.start, run[-1].end + 20)) \
                    and not _not_shares().search(text, max(run[-1].end, c.start - 20), c.start):
                run.append(c)
            else:
                run = [c] if _whole(c) is not None and counts_it(c) else []
            if len(run) > len(best):
                best = list(run)
        return best if len(best) >= 3 else []

    @staticmethod
    def _outcomes(text: str, total: Claim, parts: list[Claim]) -> bool:
        """Do three or more parts each tell an outcome of everyone counted ("24 had been
        confirmed dead, 17 pulled out alive and 17 were still missing"), or two tell those
        who finished and those who did not ("94 made it to Lennik, meaning 92 abandoned")?
        Such a list is complete: its sum must be the total."""
        return len(parts) >= 3 and all(_outcomes_told(text, parts)) or _finished_or_not(text, parts)

    @staticmethod
    def _clauses(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"Of the 187 people aboard, 141 have been rescued, 12 have died and 43 are
        missing", "In the trial of 640 patients, 420 received the vaccine and 230 were
        given a placebo": the total opens the sentence after "Of the" or a group of that
        size, or ends the sentence before one that opens "Of these,", or is followed by
        ", of which"; each part opens a clause with its verb, the last after "and" (or
        "while"); a later part may leave its verb out and say only where it is ("of the 52
        flights cancelled, 30 were at Heathrow, 14 at Gatwick and 8 at Stansted")."""
        total = numbers[i]
        if _OF_THE.search(text, max(0, total.start - 12), total.start) \
                or _IN_GROUP.search(text, max(0, total.start - 50), total.start):
            parts = [c for c in numbers[i + 1:] if same_sentence(text, total, c)]
        elif i + 1 < len(numbers) and _OF_WHICH.fullmatch(text, total.end, numbers[i + 1].start):
            # "runs 920 branches, of which 610 are in towns and 350 in villages"
            parts = [c for c in numbers[i + 1:] if same_sentence(text, total, c)]
        elif i + 1 < len(numbers) and _OF_THESE.fullmatch(text, total.end, numbers[i + 1].start):
            # "A total of 142,000 customers were affected. Of these, 98,000 were rebooked ..."
            parts = [c for c in numbers[i + 1:] if c is numbers[i + 1] or same_sentence(text, numbers[i + 1], c)]
        else:
            return []
        if len(parts) < 2 or any(_whole(p) is None for p in parts) or not _SUBJECT.match(text, parts[0].end) \
                or not all(_SUBJECT.match(text, p.end) or _ELLIPTIC.match(text, p.end, q.start if q else len(text))
                           for p, q in zip(parts[1:], [*parts[2:], None])) \
                or not re.search(r"\b(?:and|while|whereas)\s+$", text[parts[-2].end:parts[-1].start]):
            return []  # (a later part may leave out the verb: "30 were at Heathrow, 14 at Gatwick")
        if any(_turnout().match(text, p.end, q.start) for p, q in zip(parts, parts[1:])):
            return []  # "910 returned papers and 802 voted for action": the later ones are
            # some of the first, a funnel
        return parts

    @staticmethod
    def _apposed(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"Nine people were taken to hospital, six passengers and two flight attendants":
        after the total's clause and a comma, two or more exact counts each with its own
        noun, joined by commas and a last "and", closing the clause. The nouns differ (a
        list of kinds, not "six passengers, two of them children")."""
        total = numbers[i]
        if i + 2 >= len(numbers) or total.qualifier.value != "exact" or not total.about:
            return []
        first = numbers[i + 1]
        if not same_sentence(text, total, first) or not _APPOSED.fullmatch(text, total.end, first.start) \
                or not _CLAUSE_VERB.search(text, total.end, first.start):
            return []  # ("Twelve ambulances, eight fire engines and five police cars": a list)
        parts, nouns = [first], []
        for c in numbers[i + 2:]:
            noun = _NOUN_AFTER.match(text, parts[-1].end)
            if noun is None or not _APPOSED_GAP.fullmatch(text, noun.end(), c.start):
                break
            nouns.append(noun.group(1).lower())
            parts.append(c)
        last = _NOUN_AFTER.match(text, parts[-1].end)
        if last is None or not re.match(r"\s*(?:[,.;)]|$)", text[last.end():]):
            return []
        nouns.append(last.group(1).lower())
        if any(_CLAUSE_VERB.match(n) for n in nouns):
            return []  # "910 returned papers and 802 voted for action": clauses, not nouns
        if len(parts) < 2 or len(set(nouns)) < len(nouns) or any(_whole(p) is None for p in parts) \
                or not re.search(r"\band\s+$", text[parts[-2].end:parts[-1].start]):
            return []
        return parts

    @staticmethod
    def _of_them(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"Avalanches killed 19 skiers, 12 of them in Austria and 9 in Switzerland": right
        after the total and its noun, a comma, then two or more exact counts, the first
        "of them" (or "of those", "of whom"), each told by where it is, the last after
        "and". Places account for the whole group."""
        total = numbers[i]
        if i + 2 >= len(numbers) or total.qualifier.value != "exact":
            return []
        first = numbers[i + 1]
        gap = text[total.end:first.start]
        if not same_sentence(text, total, first) or _NOUN_GAP.fullmatch(gap) is None:
            return []
        m = _OF_THEM_PART.match(text, first.end)
        if m is None:
            return []
        parts, at = [first], m.end()
        for c in numbers[i + 2:]:
            if c.start != at and not text[at:c.start].isspace():
                break
            parts.append(c)
            nxt = _WHERE_PART.match(text, c.end)
            if nxt is None:
                break
            at = nxt.end()
        if len(parts) < 2 or not _WHERE_END.match(text, parts[-1].end) \
                or not re.search(r"\band\s+$", text[parts[-2].end:parts[-1].start]) \
                or any(_whole(p) is None for p in parts):
            return []
        return parts

    @staticmethod
    def _places_of_group(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"The number of people killed rose to 247. Of the dead, 158 were in Dzhelar
        and 79 in Sorun": the sentence after the total's opens on the group it counted (an
        outcome word: "the dead", "the injured"), then lists two or more exact counts each
        told by where it is, the last after "and"; the total is its sentence's last
        number. Places between them account for the whole group."""
        total = numbers[i]
        if i + 2 >= len(numbers) or total.qualifier.value != "exact":
            return []
        first = numbers[i + 1]
        opener = _OF_GROUP.fullmatch(text, total.end, first.start)
        if opener is None or not _outcome_words().fullmatch(opener.group("noun")):
            return []
        parts = _run(text, first, numbers[i + 2:], _WHERE_PART)
        if not _closed(text, parts, _WHERE_END):
            return []
        return parts

    @staticmethod
    def _toll_by_place(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"The number of people killed rose to 356 on Tuesday. ¶ According to the
        authority, 198 people died in Velmora, 110 in Istrel and 57 in Korvan": the next
        sentence after a count of those an event befell (its clause's event word) lists
        where two or more counts of the same event were, the first with its verb ("died
        in"), the rest after a comma or "and", the last after "and". The places may not
        be all of them, so only parts that add up to more than the total are reported."""
        from factcheck.extract.text import clauses, sentence_spans
        from factcheck.frames import tables
        from factcheck.link_text import lemma

        total = numbers[i]
        if total.qualifier.value not in ("exact", "approx") or not isinstance(total.value, CountValue):
            return []
        k = next((k for k in range(i + 1, len(numbers)) if not same_sentence(text, total, numbers[k])), None)
        later = numbers[k:] if k is not None else []  # (the numbers past the total's sentence)
        died = _DIED_IN.match(text, later[0].end) if len(later) >= 2 else None
        if died is None or not _DIED_PART.fullmatch(text, later[0].end, later[1].start):
            return []
        first = later[0]
        spans = sentence_spans(text)
        j = next((k for k, (a, b) in enumerate(spans) if a <= total.start < b), None)
        if j is None or j + 1 >= len(spans) or not spans[j + 1][0] <= first.start < spans[j + 1][1]:
            return []  # (the very next sentence)
        own = next(((a, b) for a, b in clauses(text, spans[j]) if a <= total.start < b), spans[j])
        event = tables().event
        told = {event.get(lemma(w)) for w in re.findall(r"[a-z]+", text[own[0]:own[1]])} - {None}
        if event.get(lemma(died.group("verb"))) not in told:
            return []  # (the total's own clause tells the same event)
        parts = [first, *_run(text, later[1], later[2:], _WHERE_PART)]
        return parts if _closed(text, parts, _WHERE_END) else []

    @staticmethod
    def _next_sentence(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"17 people were injured. Nine were treated in Tarragona, six in Reus and three in
        Barcelona": the next sentence opens with a number that names nothing (it counts the
        total's noun), or with the group and then one ("Of the victims, 11 were aged over
        75, ..."), and lists more such numbers, each after a comma or "and", the last after
        "and"."""
        total = numbers[i]
        if i + 2 >= len(numbers) or not total.about:
            return []
        first = numbers[i + 1]
        gap = text[total.end:first.start]
        opened = _NEXT_OPENS_ON.fullmatch(gap)
        if not (_NEXT_OPENS.fullmatch(gap) or opened) or first.about:
            return []
        if opened and PartsMismatch._places_of_group(text, numbers, i):
            return []  # ("Of the dead, 158 were in Dzhelar and 79 in Sorun": where they were)
        parts, at = [first], first.end
        for c in numbers[i + 2:]:
            if not same_sentence(text, first, c):
                break
            if _INNER.fullmatch(text, at, c.start):
                at = c.end  # a number of a part's own words ("11 were aged over 75, four ...")
                continue
            joint = _LISTED.search(text, at, c.start)
            if c.about is not None or joint is None:
                break
            parts.append(c)
            at = c.end
        if any(_SUBSET_OF.match(text, p.end) for p in parts):
            return []  # "Seven were pulled out alive, five of whom were flown to hospital":
            # a part of a part
        if len(parts) < 2 or len(parts) == 2 and not _told_outcomes(text, parts) \
                or any(_whole(p) is None for p in parts) \
                or not re.search(r"\band\s+$", text[parts[-2].end:parts[-1].start]):
            return []  # (two parts only when each tells another outcome: "21 reached safety
            # and eight were left trapped")
        return parts

    @staticmethod
    def _breakdown(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"Five people were killed. According to police, the dead were three Croatians, two
        Germans and a Slovenian": the next sentence (after an attribution) says what the
        group were, a list of counts each with its own noun, commas and a last "and" (the
        last may be one: "a Slovenian"). It names all of them, so a sum above the total is
        an error and one below a warning."""
        total = numbers[i]
        if i + 1 >= len(numbers) or not total.about or not isinstance(total.value, CountValue):
            return []
        first = numbers[i + 1]
        if not _breakdown_opens().fullmatch(text, total.end, first.start) or not first.about:
            return []
        parts, at = [first], first.end
        for c in numbers[i + 2:]:
            if not same_sentence(text, first, c) or not _KIND_JOIN.fullmatch(text, at, c.start) or not c.about:
                break
            parts.append(c)
            at = c.end
        if len(parts) < 2:
            return []
        if not re.search(r"\band\s", text[parts[-2].end:parts[-1].start]):  # the list goes on:
            one = _ONE_KIND.match(text, at)  # "..., two Germans and a Slovenian"
            if one is None:
                return []
            parts.append(_one_at(text, parts[-1], one.start("part"), one.end("part")))
            at = one.end()
        if len(parts) < 3 or any(_whole(p) is None for p in parts) or not _LIST_END.match(text, at):
            return []
        return parts

    @staticmethod
    def _contributions(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"Of last year's rise of 412,000, domestic routes accounted for 180,500, with
        long-haul services contributing 251,000": a sentence opening on a whole named with its size,
        then two or more exact numbers, each right after a verb that makes it a share of
        that whole ("accounted for", "contributing", "came from")."""
        total = numbers[i]
        if i + 2 >= len(numbers) or not _OF_NAMED.search(text, max(0, total.start - 60), total.start) \
                or not re.match(r"\s*,", text[total.end:]):
            return []
        parts = []
        for c in numbers[i + 1:]:
            if not same_sentence(text, total, c):
                break
            if _contributed().search(text, max(total.end, c.start - 30), c.start) and _whole(c) is not None:
                parts.append(c)
        return parts if len(parts) >= 2 else []

    @staticmethod
    def _included(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """"The quake killed 31 people, including 14 in Tarsa, 11 in Milo and 9 in Pell",
        "sold 410 cars in the quarter, with 150 in January, 120 in February and 160 in
        March": after the total and its noun, words that open a list of some of its parts,
        then two or more exact whole numbers, each told by where or when it is (a noun of
        its own may count others, or one thing twice), a comma or "and" between each, the
        last after "and". No word of change or comparison may
        stand between them ("300 jobs, with 200 more to go and 150 next year")."""
        total = numbers[i]
        if i + 2 >= len(numbers) or not isinstance(total.value, CountValue):
            return []
        first = numbers[i + 1]
        opener = _includes().fullmatch(text, total.end, first.start)
        if not same_sentence(text, total, first) or opener is None:
            return []
        parts = _run(text, first, numbers[i + 2:], _BETWEEN)
        if not all(_PLACED.match(text, p.end) for p in parts):
            return []  # "carried 12 passengers, with 8 crew and 6 staff": "with" adds others,
            # and "including 12 foreigners and 8 women" may count one person twice; parts
            # told by where or when they are ("with 150 in January") split the total
        if not _closed(text, parts, _END) or any(
                _not_shares().search(text, p.end, q.start) for p, q in zip(parts, parts[1:])) \
                or _not_shares().match(text, _END.match(text, parts[-1].end).end()):  # type: ignore[union-attr]
            # (nor after the list: "..., with 200 in Ohio and 150 in Texas, up from 90")
            return []
        return parts

    @staticmethod
    def _parts(text: str, numbers: list[Claim], i: int) -> list[Claim]:
        """The exact whole numbers listed after ``numbers[i]`` and a colon or dash in its
        sentence: two or more, a comma or "and" between each, the last after "and"."""
        total = numbers[i]
        if i + 2 >= len(numbers):
            return []
        first = numbers[i + 1]
        if not same_sentence(text, total, first) or not _opens().fullmatch(text, total.end, first.start):
            return []
        parts = _run(text, first, numbers[i + 2:], _BETWEEN)
        more = _one_more(text, parts[-1])
        if more:  # "two lorries, three cars, a minibus and a van"
            if any(_whole(p) is None for p in parts) or not _END.match(text, more[-1].end):
                return []
            return parts + more
        return parts if _closed(text, parts, _END) else []
