"""CT03 counter.named — a count disagrees with the names or things listed right after it."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.data import load_yaml
from factcheck.models import CountValue, Finding, Severity
from factcheck.rules.ar01_margin import texts_and_claims
from factcheck.rules.base import Rule, RuleContext, claim_evidence, sentence_words
from factcheck.rules.ct02_listed import _words

# the counted noun and its clause (up to nine words, no figure, no stop: "ministers quit the
# cabinet in protest late on Tuesday"), then a bracket, a colon or a dash
_OPENER = re.compile(r"(?P<noun>(?:-[a-z]+)?(?:\s+[A-Za-z0-9](?:[\w'’-]|\.(?=[\w-]))*){1,9}?)"  # ("five-man
                     # crew", "U.S.-based scientists")
                     r"(?:\s*,\s*all\s+[^\d,.;:!?]{1,60}?(?=:))?"
                     r"\s*(?P<open>\(|:|\s[—–-]|,\s*(?:namely|viz\.?|that\s+is|from(?=\s+(?:the\s+)?[A-Z]))\b"
                     r"|,(?=\s*(?:the\s+)?[A-Z]))\s*")  # (or a bare comma before the names)
# one name: capitalised words, with "of"/"de" and the like inside ("the Bank of England")
_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w)|(?<=\b[A-Z])\.)*"  # "U.S.", not the stop after "Zealand."
_TITLE = rf"(?:(?:{sentence_words('name_titles')})\.?\s+)?"  # ("Reps. A and B")
_NAME = rf"(?:the\s+|{_TITLE}){_WORD}(?:\s+(?:(?:of|de|del|du|da|van|von)\s+)?{_WORD})*"
_ITEMS = re.compile(rf"(?P<items>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME})")
# a list after a colon ends its sentence, or its last name takes a relative clause
# ("… and the Dane Kasper Holm, who had crashed on Friday")
_CLOSE = {"(": re.compile(r"\s*\)"), ":": re.compile(r"\s*(?:[.;!?]|$|,\s+(?:who|whose|whom)\b)")}
_DASH_CLOSE = re.compile(r"\s*(?:[.;!?]|[—–]|\s-\s|$)")
_NAMELY_CLOSE = re.compile(r"\s*(?:[.;!?]|$|,\s)")  # "five provinces, namely A, B and C, bringing ..."
# a count before "of the": the count after it is the whole of a part ("three of the nine")
_WHOLE_OF_PART = re.compile(r"(?:\b\d[\d,]*|\b(?:" + "|".join(sorted(
    (str(w) for k in ("units", "tens") for w in load_yaml("patterns/en/numbers.yaml")[k]), key=len, reverse=True))
    + r"))\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+$", re.I)
_KIND_BEFORE = re.compile(r"(?:[a-z][\w'’-]*\s+){1,3}(?=[A-Z])")  # "external members " before the names
_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+", re.I)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|those)\s+[a-z]")  # "Four of the deceased were ..."
_COMPOUND = re.compile(r"\b[A-Z][\w.’']*-[a-z]+")  # "U.S.-based", "Saudi-led"
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


# "… who died were named by police as ", "… have been identified as ": the count's clause
# names its members
_NAMED_AS = re.compile(r"[^.;:!?\d]{0,80}?\b(?:were|are|have\s+been|had\s+been)\s+(?:named|identified)"
                       r"(?:\s+by\s+[a-z]+(?:\s+[a-z]+)?)?\s+as\s+")
_ENTRY = re.compile(rf"(?:and\s+)?{_NAME}(?=\s*[,;]|\s*$)")
_JOINED_SUBJECT = re.compile(r"(?:\band|,)\s+$")
_SENTENCE_END = re.compile(r"\.(?:\s|$)|[!?]")


def _entries(body: str) -> list[str] | None:
    """The names of a list cut at semicolons ("A, 81, of X; B, 46, of Y; and C, a
    student"): each entry opens with a name, the last after "and"; None otherwise."""
    entries = [e.strip() for e in body.split(";")]
    if len(entries) < 2 or not entries[-1].startswith("and "):
        return None
    names = []
    for e in entries:
        got = _ENTRY.match(e.split(",")[0].strip())
        if got is None:
            return None
        names.append(re.sub(r"^and\s+", "", got.group(0)))
    return names


def named_as(text: str, end: int) -> tuple[int, int, list[str]] | None:
    """The people a count's clause names "as" ("the six people who died were named as A,
    81, of X; B, 46, of Y; and C, 19, of Z"): entries cut at semicolons, each opening
    with a name, the last after "and"; or a plain list of names."""
    m = _NAMED_AS.match(text, end)
    if m is None:
        return None
    stop = _SENTENCE_END.search(text, m.end())
    body_end = stop.start() if stop else len(text)
    body = text[m.end():body_end]
    if ";" in body:
        names = _entries(body)
        return (m.end(), body_end, names) if names else None
    items = _ITEMS.fullmatch(body.strip())
    if items is None:
        return None
    return m.end(), body_end, [n for n in _SPLIT.split(items.group("items")) if n]


def named_list(text: str, end: int) -> tuple[int, int, list[str]] | None:
    """The names listed after a count ending at ``end`` ("seven markets (Germany, Austria
    and Italy)"): (start, end, names), or None when no complete list follows. A list opened
    as partial ("including ...") is none."""
    m = _OPENER.match(text, end)
    if m is None:
        return None
    at = m.end()
    if _words()[2].match(text, at):  # ct02's partial openers: "including", "such as"
        return None
    if m.group("open") == "," and re.search(r"[A-Z]", _COMPOUND.sub("", m.group("noun"))):
        return None  # a bare comma opens names after a common noun only ("three villages on
        # the slope, A, B and C"), not after a name ("two men from Leeds, Hull and York"); a
        # name's compound adjective is no name ("two U.S.-based scientists, A, B and C")
    if m.group("open").strip() == ":":  # entries cut at semicolons, each a name and its
        stop = _SENTENCE_END.search(text, at)  # description ("A, a cubesat; B, a sensor; and C")
        body_end = stop.start() if stop else len(text)
        if ";" in text[at:body_end]:
            names = _entries(text[at:body_end])
            return (at, body_end, names) if names else None
    items = _ITEMS.match(text, at)
    if items is None and m.group("open").strip()[:1] in "(—–-":
        # a bracket or a dash may name the kind before the names ("three members - external
        # members A and B -"); a partial opener in it still makes the list partial
        kind = _KIND_BEFORE.match(text, at)
        if kind and not _words()[2].search(kind.group(0)):
            items = _ITEMS.match(text, kind.end())
    opener = m.group("open").strip()
    close = _CLOSE.get(opener, _DASH_CLOSE if opener[:1] in "—–-" else _NAMELY_CLOSE)
    if items is None or close.match(text, items.end()) is None:
        # not names to the end: a list of things, a name among them ("Leeds, Hull and the
        # Derby assembly site")
        return _things(text, at, opener)
    names = [n for n in _SPLIT.split(items.group("items")) if n]
    return items.start(), items.end(), names


# one thing of a list of common nouns: a few words, no figure, no clause ("joint pain", "at
# St. Anne's Parish Hall", "the county fairgrounds")
_THING_WORD = r"(?!(?:and|or)\b)[\w'’]+(?:-[\w'’]+)*(?:(?<=\b[A-Z][a-z])\.(?=\s))?"  # ("St. Anne's")
_THING = rf"(?:(?:at|in|on|from)\s+)?(?:(?:the|a|an)\s+)?{_THING_WORD}(?:\s+{_THING_WORD}){{0,5}}"
_THINGS = re.compile(rf"(?P<items>{_THING}(?:\s*,\s*{_THING})+\s*(?P<serial>,)?\s+and\s+{_THING})")
_THING_CLOSE = {"(": _CLOSE["("], ":": re.compile(r"\s*(?:[.;!?]\s|[.;!?]?$)")}
_CLAUSE_WORDS = re.compile(r"\b(?:that|which|who|whom|whose|were|was|is|are|had|has|have|been|said|says|will|would|"
                           r"could|can|may|might|not|than|but|while|after|before|since|until|including)\b", re.I)


def _things(text: str, at: int, opener: str) -> tuple[int, int, list[str]] | None:
    """A list of common nouns after a colon, a dash or a bracket ("three shelters - at the
    high school, the community centre and the fairgrounds -"): two or more things of a few
    words, no figure, no clause word, joined by commas and a last "and" (with a serial comma,
    an item may hold "and" of its own: "roads, rail and bridges, and a fund" is not read
    then), closing the bracket, the dash or the sentence."""
    if opener[:1] not in "(:—–-":
        return None
    m = _THINGS.match(text, at)
    if m is None:
        return None
    close = _THING_CLOSE.get(opener, _DASH_CLOSE if opener[:1] in "—–-" else None)
    if close is None or close.match(text, m.end()) is None:
        return None
    body = m.group("items")
    if _CLAUSE_WORDS.search(body) or re.search(r"\d", body) or len(re.findall(r"\band\b", body)) > 1:
        return None  # a clause, a figure, or an "and" inside an item: not a plain list
    things = [t for t in _SPLIT.split(body) if t]
    return m.start(), m.end(), things


_LEADING_COUNT = re.compile(r"(?:the\s+)?(?P<n>[a-z]+(?:-[a-z]+)?|\d{1,3})\s+\w")  # (not "Four Seasons")


def _total(items: list[str]) -> int:
    """How many things a list names: one per item, or an item's own count when it opens
    with one ("seven vehicles: the coach, two lorries and four cars" names seven)."""
    from factcheck.extract.numbers import parse_number

    total = 0
    for item in items:
        m = _LEADING_COUNT.match(item)
        k = parse_number(m.group("n")) if m else None
        total += int(k) if k is not None and float(k).is_integer() and 1 <= k <= 999 else 1
    return total


class NamedCount(Rule):
    """A count disagrees with the names or things listed right after it.

    *Bad*: "The recall reaches seven EU markets (Germany, Austria, France, Italy, Belgium
    and the Netherlands)": six are named.

    *Why*: an exact count (or a compound of one: "a five-man crew") whose counted noun is
    followed by a bracket, a colon, a dash,
    ", namely" or a bare comma, and a complete list of names (capitalised, joined by
    commas and a last "and", closing the bracket, the sentence or, after "namely" or the
    comma, its clause; an apposition of what they share may stand before a colon: "only
    three districts, all on the eastern shore: A, B and C"; the clause may hold a date,
    "under red alert until 18 July: A, B and C"; the first name may open with a short title,
    "Reps. A and B"; after a colon, entries cut at semicolons, each a name and
    its description: "four payloads: A, a cubesat; B, a sensor; C; and D, a radio
    experiment") states the number twice, and so does a clause that names
    them "as" ("the six people who died were named by police as A, 81, of Brennock; B, 46;
    and C, 19"). A list opened as partial ("including", "such as") is never compared.
    After a colon, a dash or a bracket the list may be of common nouns ("opened three
    shelters - at the high school, the community centre, the church hall and the
    fairgrounds"): things of a few words each, with no figure and no clause word, and at
    most one "and", the last (a thing with an "and" of its own, "roads and rail", makes
    the list unreadable), and an item may count its own ("seven vehicles: the coach, two
    lorries and four cars" names seven); so may names whose last is a common noun ("Leeds, Hull, York
    and the Derby assembly site"). After ", from" the names are those it is from ("two
    abstentions, from A, B and C").

    *Fix*: recount the names, or correct the count.
    """

    code = "CT03"
    name = "counter.named"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, claims in texts_and_claims(ctx):
            for c in claims:
                if not isinstance(c.value, CountValue) or c.qualifier.value != "exact" \
                        or c.unresolved or not (c.about or _PARTITIVE.match(text, c.end)) \
                        or _WHOLE_OF_PART.search(text, max(0, c.start - 30), c.start):
                    continue  # ("three of the nine directors - A and B -": the list is the three's)
                got = named_list(text, c.end) or (
                    None if _JOINED_SUBJECT.search(text, max(0, c.start - 8), c.start)
                    else named_as(text, c.end))  # "the mayor and five councillors were named as"
                if got is None or any(o is not c and isinstance(o.value, CountValue)
                                      and c.end <= o.start < got[0]
                                      and not _OF_THE.fullmatch(text, c.end, o.start) for o in claims):
                    continue  # ("37 clinics in five countries: A, B ...": the list is the five's;
                    # but "three of the seven districts: A, B ..." is the three's)
                _, _, names = got
                n = _total(names)
                if n == c.value.value:
                    continue
                yield self.finding(
                    self.severity,
                    f"{doc} line {c.line} gives the count {c.text!r}, but the list after it "
                    f"names {n} ({', '.join(names)}).",
                    key=f"named · {doc} line {c.line}", claims=(c,),
                    expected=str(n), evidence=(claim_evidence(c),),
                )
