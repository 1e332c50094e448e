"""`about` of numeric claims: the phrase naming what a number measures.

``assign(text, cands, claim_spans, reserved)`` fills ``about`` of the money, percent and
quantity candidates that have none (a count's ``about`` is its counted noun, read in
``numeric.py``). The phrase is always an exact substring of the sentence, with no
determiner, possessor or punctuation at either end. Rules, tried in order; the first
that finds a phrase wins, and when none does ``about`` stays None — precision first: no
phrase is better than a wrong one.

1. **chain** — a number joined to an earlier one of the same measure by a link word
   (about.yaml ``chain_links``) takes its ``about``: "revenue of $4.2bn for the quarter,
   up 12%", "rose 122% from a year earlier to $30bn", "was 75.1%, down from 78.4%",
   "$17bn, compared with $6.2bn", "a deficit of $1.7tn, up $320bn, or 23%". Only time
   adjuncts, a unit's period and an of-phrase may stand between them
   (``chain_gap_words``).
2. **subject** — a verb that makes the number its subject's value or change
   (``subject_verbs``, each with the link words it takes: "Turnout was 59.7%",
   "Unemployment fell to 3.9 percent", "the tax cut will cost $1.5tn", "Exports of coal
   earned the country $1bn", "the death toll passed 2,400"): the subject's noun phrase,
   found backwards past auxiliaries and adverbs ("has risen", "more than doubled"),
   parentheticals (", which makes the chips,"), relative pronouns ("prices in the UK,
   which have fallen") and prepositional phrases ("the death toll from the quake in
   northern Marenia has risen" -> "death toll"). It must start a clause (sentence start,
   punctuation or a clause word), and its head must not be a name: a capitalised head
   is taken only when it is a word that names a measure (``measure_nouns``: "Revenue",
   "Turnout") or one the article also writes in lower case — "Apple earned $20bn"
   names no measure.
3. **before** — "<noun phrase> of N" ("revenue of $4.2bn", "a depth of 10 km") and a
   verb that sets its object to N (``object_verbs``: "cap imports at N", "limits
   supplies to N", "cut its output target by N"): the noun phrase before the link.
4. **of-phrase after** — "N of <noun phrase>" ("US$1.3bn of export income", "90% of
   trade with North Korea", "30 inches of rain").

Noun phrases are read without a tagger, from word lists (about.yaml, context.yaml) and
English morphology: a phrase ends at determiners, possessives ("North Korea's imports of
…" -> "imports of …"), prepositions, pronouns, auxiliaries, listed verbs ("the company
reported revenue" -> "revenue"), a word in -ed after a noun or name ("Nvidia posted
revenue"; but "other refined fuel products" keeps its adjective) and a word in -s
between a noun and the head ("the company expects revenue"). An of-complement may hold a
list ("imports of petrol, diesel and other refined fuel products").

What is never an ``about``: a time word at the end ("year earlier", "on Saturday"), a
single vague head ("total", "figure", "share"), a pronoun ("86% of them"), a verb, a
unit, a number or another claim. An action on the number's object names none: "the fire
has burned 150,000 acres" — the unit says what is measured — so ``about`` is None.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from factcheck.extract.base import Candidate
from factcheck.extract.number_words import load_table
from factcheck.extract.text import ABBREVIATIONS
from factcheck.models import CountValue, MoneyValue, OrdinalValue, QuantityValue, RatioValue

__all__ = ["AboutTables", "about_tables", "assign", "is_plural"]



@dataclass(frozen=True, slots=True)
class AboutTables:
    subject_verbs: dict[str, frozenset[str]]  # verb form -> link words ("" = none)
    io_verbs: frozenset[str]
    object_verbs: dict[str, frozenset[str]]  # link -> verbs
    between: frozenset[str]
    chain_links: dict[str, tuple[tuple[str, ...], ...]]  # last word -> links, longest first
    gap_words: frozenset[str]
    value_adjectives: frozenset[str]
    clause_words: frozenset[str]
    relative: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    verbs: frozenset[str]
    no_modifier: frozenset[str]  # words that end a noun phrase read backwards
    no_head: frozenset[str]  # words that are never the head of a phrase
    irregular_plurals: frozenset[str]
    not_plurals: frozenset[str]
    measure_nouns: frozenset[str]
    counted_nouns: frozenset[str]  # measure nouns that count things ("cases", "deaths")
    tally_nouns: frozenset[str]  # singular nouns of a running count ("the death toll rose to 41")
    not_heads: frozenset[str]  # a one-word about that names no measure
    time_words: frozenset[str]  # never the last word of an about
    strip_leading: frozenset[str]
    units: frozenset[str]
    triggers: frozenset[str]  # a word right before a number that some rule reads
    state_words: frozenset[str]
    third_person: frozenset[str]
    ly_adjectives: frozenset[str]


@cache
def about_tables() -> AboutTables:
    a = load_table("about")
    ctx = load_table("context")
    words = lambda key: frozenset(str(w).lower() for w in a.get(key) or ())  # noqa: E731
    subject: dict[str, set[str]] = {}
    for group in a["subject_verbs"]:
        for v in group["verbs"]:
            subject.setdefault(str(v), set()).update(str(x) for x in group["links"])
    links = sorted((tuple(re.findall(r"[a-z]+|,", str(p).lower())) for p in a["chain_links"]),
                   key=len, reverse=True)
    determiners = frozenset(ctx["determiners"])
    pronouns = words("pronouns")
    between = words("between_subject_and_verb") | {str(w).lower() for w in ctx["discourse_adverbs"]}
    clause = words("clause_words")
    preps = words("prepositions")
    verbs = words("verbs")
    months = frozenset(ctx["months"])
    time_words = words("time_words") | months
    from factcheck.normalize.units import surfaces

    units = frozenset(n.lower() for n in surfaces().names) | {"percent", "per", "cent", "pct"}
    no_modifier = (determiners | pronouns | between | clause | preps | verbs
                   | frozenset(ctx["about_stops"]) | frozenset(ctx["not_nouns"]) | months) - {
        "more", "most", "less", "other"} | {"of"}
    no_head = (determiners | pronouns | clause | preps | between | frozenset(ctx["not_nouns"])
               | words("state_words") | {"of", "said", "says", "say", "told"}) - {"more"}
    return AboutTables(
        subject_verbs={k: frozenset(v) for k, v in subject.items()},
        io_verbs=words("indirect_object_verbs"),
        object_verbs={str(k): frozenset(str(w) for w in v) for k, v in a["object_verbs"].items()},
        between=between,
        chain_links={w: tuple(x for x in links if x[-1] == w) for w in {x[-1] for x in links}},
        gap_words=words("chain_gap_words"),
        value_adjectives=words("value_adjectives"),
        clause_words=clause,
        relative=words("relative_pronouns"),
        prepositions=preps,
        determiners=determiners,
        verbs=verbs | frozenset(subject),
        no_modifier=no_modifier,
        no_head=no_head,
        irregular_plurals=words("irregular_plurals"),
        not_plurals=words("not_plurals"),
        measure_nouns=words("measure_nouns"),
        counted_nouns=words("counted_nouns"),
        tally_nouns=words("tally_nouns"),
        not_heads=words("not_heads"),
        time_words=time_words,
        strip_leading=words("strip_leading"),
        units=units,
        triggers=frozenset(subject) | frozenset(w for link in links for w in link) | words(
            "value_adjectives") | frozenset(a["object_verbs"]) | {"of", ","},
        state_words=words("state_words"),
        third_person=words("third_person_verbs"),
        ly_adjectives=words("ly_adjectives"),
    )


# --------------------------------------------------------------------------- tokens

# words (with possessive or hyphen), initialisms ("U.S."), numbers, single symbols
_TOKEN = re.compile(r"(?P<w>(?:[A-Za-z]\.){2,}|[A-Za-z][\w'’-]*)|(?P<n>\d+(?:[.,]\d+)*)|(?P<e>[.!?])"
                    r"|[^\w\s]")
_WINDOW = 160  # characters read back from a claim: room for a long subject phrase
_DOTTED_END = re.compile(r"[A-Za-z][A-Za-z.]*$")
_WORD_REST = re.compile(r"[\w'’-]*")
_OPEN_PUNCT = frozenset(",;:-–—(\"“‘[")


class Tok(NamedTuple):
    """A token of the text before a claim. ``kind``: w(ord), n(umber), p(unctuation),
    c(laim: a numeric candidate, ``ref`` its index), d(ate, identifier: reserved) or x
    (the edge of the window, mid-sentence)."""

    text: str
    start: int
    end: int
    kind: str
    ref: int
    low: str


def _tokens_before(text: str, end: int, spans: list[tuple[int, int, int]],
                   span_starts: list[int]) -> list[Tok]:
    """The tokens of the sentence before ``end`` (at most _WINDOW characters back).
    ``spans``: (start, end, ref) of the numeric candidates (ref = index) and reserved
    spans (ref = -1), sorted; each is one token. A line break or sentence end stops them;
    a sentence longer than the window starts with an x token, which no rule reads past
    (the window's edge is no sentence start)."""
    lo = max(0, end - _WINDOW)
    cut = lo > 0
    nl = text.rfind("\n", lo, end)
    if nl >= 0:
        lo, cut = nl + 1, False
    stop = text.rfind(". ", lo, end)  # where the sentence starts, unless after "Mr.", "U.S."
    if stop >= lo:
        word = _DOTTED_END.search(text, max(lo, stop - 8), stop)
        if not (word and word.group().lower() in ABBREVIATIONS):
            lo, cut = stop + 2, False
    out: list[Tok] = []
    if cut:
        sp = text.find(" ", lo, end)
        lo = sp + 1 if sp >= 0 else end
        out.append(Tok("", lo, lo, "x", -1, ""))
    n = len(spans)
    i = bisect.bisect_left(span_starts, lo)
    if i:
        i -= 1
    pos = lo
    finditer = _TOKEN.finditer
    while True:
        while i < n and spans[i][1] <= pos:
            i += 1
        if i < n and spans[i][0] < end:
            s0, e0, ref = spans[i]
            seg_end = s0 if s0 > pos else pos
        else:
            s0 = e0 = ref = -1
            seg_end = end
        for m in finditer(text, pos, seg_end):
            w = m.group()
            kind = m.lastgroup or "p"
            if kind == "e":  # . ! ?
                if w == "." and out and out[-1].kind == "w" and out[-1].low in ABBREVIATIONS:
                    kind = "p"
                else:
                    del out[:]  # a sentence ends here
                    continue
            a, b = m.span()
            out.append(Tok(w, a, b, kind, -1, w.lower() if kind == "w" else w))
        if s0 < 0:
            return out
        if e0 < end and (text[e0].isalnum() or text[e0] in "'’"):
            e0 = min(end, _WORD_REST.match(text, e0).end())  # "Tuesday's": the span's word
        if ref >= 0 and out and out[-1].kind == "c" and out[-1].ref == ref:
            pos = e0
        else:
            a = s0 if s0 > pos else pos
            out.append(Tok(text[a:e0], a, e0, "c" if ref >= 0 else "d", ref, ""))
            pos = e0 if e0 > pos else pos
        if pos >= end:
            return out
        i += 1


# --------------------------------------------------------------------------- words


def is_plural(word: str, t: AboutTables) -> bool:
    """Does ``word`` look like a plural noun ("powers", "people", "structures")?"""
    low = word.lower()
    if low in t.irregular_plurals:
        return True
    return (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))
            and low not in t.not_plurals and word[0].islower())


def _possessive(w: str) -> bool:
    return w.endswith(("'s", "’s", "s'", "s’")) and len(w) > 2


def _capital(w: str) -> bool:
    return w[0].isupper()


def _ed_verb(toks: list[Tok], i: int, t: AboutTables) -> bool:
    """Is the -ed word at ``i`` (not the head) a verb — after a noun or a name ("the
    company reported revenue", "Nvidia posted revenue") — rather than an adjective after
    a determiner, possessive, adverb or "of" ("other refined fuel products", "of enriched
    uranium", "seasonally adjusted rate")?"""
    w = toks[i].low
    if not (len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and toks[i].text[0].islower()):
        return False
    if i == 0:
        return False
    p = toks[i - 1]
    if p.kind != "w":
        return False
    pl = p.low
    return not (pl in t.determiners or _possessive(p.text) or pl in ("of", "other", "and", "or")
                or _adverb(pl, t) or pl in t.prepositions
                or pl in t.no_modifier and not _capital(p.text))


def _s_verb(toks: list[Tok], i: int, t: AboutTables) -> bool:
    """Is the -s word at ``i`` (not the head) a verb or a plural modifier after a noun or
    a name ("the company expects revenue", "Nvidia expects revenue")? Either way the
    phrase is what follows it."""
    if i == 0 or not is_plural(toks[i].text, t) or toks[i].low in t.irregular_plurals:
        return False
    p = toks[i - 1]
    if p.kind != "w":
        return False
    pl = p.low
    return _capital(p.text) and pl not in t.determiners or not (
        pl in t.no_modifier or _possessive(p.text) or _adverb(pl, t)) and pl not in ("other",)


def _acronym(w: str) -> bool:
    """ "US", "UK", "EU", "GDP": capitals, never a pronoun or function word."""
    return len(w) > 1 and w.isupper() and w.isalpha()


def _modifier(toks: list[Tok], i: int, t: AboutTables) -> bool:
    tok = toks[i]
    if tok.kind != "w" or _possessive(tok.text):
        return False
    if _acronym(tok.text):
        return True
    low = tok.low
    if low in t.no_modifier or _adverb(low, t):
        return False
    return not (_ed_verb(toks, i, t) or _s_verb(toks, i, t))


def _adverb(low: str, t: AboutTables) -> bool:
    """ "sharply", "seasonally"; not "daily", "supply" (about.yaml ly_adjectives)."""
    return len(low) > 4 and low.endswith("ly") and low not in t.ly_adjectives


def _head_ok(tok: Tok, t: AboutTables) -> bool:
    if tok.kind != "w" or _possessive(tok.text):
        return False
    if _acronym(tok.text):
        return True
    low = tok.low
    return not (low in t.no_head or low in t.units or _adverb(low, t)
                or len(low) > 4 and low.endswith("ed") and not low.endswith("eed"))


# --------------------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class Phrase:
    first: int  # token index of the phrase's first word
    last: int  # token index of its last word
    head: int  # token index of the head (the last word before an of-complement)
    outer: int  # token index where the phrase with its determiner/possessor starts


def _np_back(toks: list[Tok], j: int, t: AboutTables, loose: bool = False) -> Phrase | None:
    """The noun phrase ending at token ``j``, read backwards: modifiers, of-complements
    (with lists: "imports of petrol, diesel and other refined fuel products"), then its
    determiner or possessor (``outer``). ``loose``: the object of a preposition, whose
    head may be a number or a date ("for fiscal 2022")."""
    if j < 0:
        return None
    head_tok = toks[j]
    if not (_head_ok(head_tok, t) or loose and head_tok.kind in "ncd"):
        return None
    first, head = j, j
    k = j - 1
    mark = None  # where the phrase starts if a list it began is not an of-complement
    seen_of = False
    while k >= 0:
        tok = toks[k]
        low = tok.low
        if tok.kind == "w" and _modifier(toks, k, t) or loose and tok.kind in "ncd":
            first = k
            k -= 1
            continue
        if not seen_of and (low in ("and", "or") or low == ",") and k > 0 and (
                toks[k - 1].kind == "w" and _modifier(toks, k - 1, t) or toks[k - 1].low == ","):
            if mark is None:
                mark = first
            if low == "," and toks[k - 1].low == ",":
                break
            k -= 1
            continue
        if low == "of" and k > 0 and toks[k - 1].kind == "w" and _head_ok(toks[k - 1], t):
            seen_of, mark = True, None
            head = first = k - 1
            k -= 2
            continue
        if (low in t.determiners or _possessive(tok.text)) and k > 0 and toks[k - 1].low == "of" \
                and k > 1 and _head_ok(toks[k - 2], t):
            seen_of, mark = True, None  # "share of the national vote", "of the country's"
            head = first = k - 2
            k -= 3
            continue
        break
    if mark is not None:
        first = mark
        while first <= j and (toks[first].kind != "w" or toks[first].low in ("and", "or")):
            first += 1
        if first > j:
            return None
    if head < first:
        head = j if not seen_of else head
    outer = _outer(toks, first, t)
    return Phrase(first, j, head, outer)


def _outer(toks: list[Tok], first: int, t: AboutTables) -> int:
    """Where a phrase starting at ``first`` starts with its determiner or possessor
    ("the", "its", "North Korea's", "the company's")."""
    k = first - 1
    if k >= 0 and _possessive(toks[k].text) and toks[k].kind == "w":
        k -= 1
        while k >= 0 and toks[k].kind == "w" and (_capital(toks[k].text) and toks[k].low not in
                                                  t.determiners or _modifier(toks, k, t)):
            k -= 1
        if k >= 0 and toks[k].low in t.determiners:
            k -= 1
        return k + 1
    if k >= 0 and toks[k].low in t.determiners:
        return k
    return first


def _left(toks: list[Tok], p: Phrase) -> Tok | None:
    return toks[p.outer - 1] if p.outer > 0 else None


def _starts_clause(left: Tok | None, t: AboutTables) -> bool:
    return left is None or left.kind == "p" and left.text in _OPEN_PUNCT or \
        left.kind == "w" and left.low in t.clause_words


def _sentence_initial(toks: list[Tok], p: Phrase) -> bool:
    left = _left(toks, p)
    return left is None or left.kind == "p" and left.text in "-–—:\"“‘("


@dataclass(frozen=True, slots=True)
class Doc:
    """What the rules may read of the document besides the tokens."""

    text: str
    lower_words: Callable[[], frozenset[str]]


def _name_free(toks: list[Tok], p: Phrase, t: AboutTables, doc: Doc, initial_ok: bool) -> bool:
    """A phrase whose head is capitalised is a name ("Apple", "Hurricane Dora"), unless
    the head is a measure word or — at the start of a sentence, where every word is
    capitalised — a word the article also writes in lower case."""
    head = toks[p.head]
    if not _capital(head.text):
        return True
    low = head.low
    if low in t.measure_nouns:
        return True
    if p.head != p.first or not _sentence_initial(toks, p):
        return False
    return initial_ok or low in doc.lower_words()


def _phrase_text(toks: list[Tok], p: Phrase, t: AboutTables, text: str) -> str | None:
    first = p.first
    while first < p.last and toks[first].low in t.strip_leading:
        first += 1
    words = [x for x in toks[first:p.last + 1] if x.kind == "w"]
    if not words:
        return None
    if words[-1].low in t.time_words or toks[p.head].low in t.time_words:
        return None
    if len(words) == 1 and words[0].low in t.not_heads:
        return None
    if any(x.kind in "cd" for x in toks[first:p.last + 1]):
        return None
    return text[toks[first].start:toks[p.last].end]


# --------------------------------------------------------------------------- rules


def _skip_value_adjective(toks: list[Tok], k: int, t: AboutTables) -> int:
    """Index of the token before "a record", "a symbolic", "an additional" ending at k."""
    if k >= 0 and toks[k].low in t.value_adjectives:
        k -= 1
        if k >= 0 and toks[k].low in ("a", "an", "the"):
            k -= 1
    return k


def _chain(toks: list[Tok], k: int, t: AboutTables, abouts: list[str | None],
           kinds: list[str], me: str, margin: bool, text: str) -> str | None:
    """Rule 1: the ``about`` of an earlier number this one is joined to."""
    k = _skip_value_adjective(toks, k, t)
    matched = margin and k >= 0 and toks[k].low == ","
    if margin and matched:
        k -= 1
    if not matched and k >= 0:
        for link in t.chain_links.get(toks[k].low, ()):
            n = len(link)
            if k - n + 1 >= 0 and all(toks[k - n + 1 + i].low == link[i] for i in range(n)):
                k -= n
                matched = True
                break
    if not matched:
        return None
    if k >= 0 and toks[k].low == ",":
        k -= 1
    gap = 0
    while k >= 0 and toks[k].kind != "c":
        tok = toks[k]
        if gap >= 8 or tok.kind == "x" or tok.kind == "p" and tok.text != ",":
            return None
        if tok.kind == "w" and tok.low not in t.gap_words and not _of_gap(toks, k, t) \
                and not _counted_noun(toks, k, abouts, kinds, text):
            return None
        gap += 1
        k -= 1
    if k < 0:
        return None
    ref = toks[k].ref
    if ref < 0 or abouts[ref] is None or kinds[ref] in ("ordinal", "ratio") or \
            kinds[ref] == "count" and me == "money":
        return None
    return abouts[ref]


def _counted_noun(toks: list[Tok], k: int, abouts: list[str | None], kinds: list[str],
                  text: str) -> bool:
    """Is the word at ``k`` in the counted noun of a count right before it ("reduced to
    nine seats from 48")?"""
    i = k - 1
    while i >= 0 and k - i < 5 and toks[i].kind == "w":
        i -= 1
    if i < 0 or toks[i].kind != "c" or kinds[toks[i].ref] != "count":
        return False
    noun = abouts[toks[i].ref] or ""
    return noun.startswith(text[toks[i].end:toks[k].end].strip())


def _of_gap(toks: list[Tok], k: int, t: AboutTables) -> bool:
    """Is the word at ``k`` in an of-phrase right after a claim ("6.3% of gross domestic
    product from 5.5%")?"""
    i = k
    while i >= 0 and toks[i].kind == "w" and toks[i].low != "of" and k - i < 5:
        if toks[i].low in t.no_modifier:
            return False
        i -= 1
    return i > 0 and toks[i].low == "of" and toks[i - 1].kind == "c"


def _verb_before(toks: list[Tok], k: int, t: AboutTables, inline_verb: str | None) -> int | None:
    """Rule 2, first half: the index of the subject verb before the number (past its link
    word and, for "earned the country $1bn", its indirect object); None if there is none."""
    if inline_verb is not None:  # "the death toll passed 2,400": the verb is the qualifier
        return k + 1 if "" in t.subject_verbs.get(inline_verb, ()) else None
    k0 = _skip_value_adjective(toks, k, t)
    for kk in dict.fromkeys((k, k0)):
        if kk < 0:
            continue
        tok = toks[kk]
        link = tok.low if tok.low in ("to", "by", "at", "from", "up", "down") else ""
        v = kk - 1 if link else kk
        if link and v > 0 and toks[v].low in t.state_words and toks[v - 1].low in t.subject_verbs:
            return v - 1  # "held steady at 5.9%", "was unchanged at"
        if v >= 0 and toks[v].kind == "w" and link in t.subject_verbs.get(toks[v].low, ()):
            return v
    # "earned the country $1 billion", "will cost taxpayers $5bn"
    i, n = k, 0
    while i >= 0 and toks[i].kind == "w" and n < 3 and toks[i].low not in t.io_verbs and (
            toks[i].low in ("the", "a", "an", "its", "their") or _modifier(toks, i, t)):
        i -= 1
        n += 1
    if 0 < n and i >= 0 and toks[i].low in t.io_verbs:
        return i
    return None


def _subject(toks: list[Tok], v: int, t: AboutTables, doc: Doc) -> str | None:
    """Rule 2, second half: the subject of the verb at index ``v``."""
    k = v - 1
    while k >= 0 and toks[k].kind == "w" and (toks[k].low in t.between or _adverb(toks[k].low, t)
                                              and toks[k].text[0].islower()):
        k -= 1
    relative = False
    if k >= 0 and toks[k].low == ",":
        k = _skip_parenthetical(toks, k, t)
        if k is None:
            return None
    if k >= 0 and toks[k].low in t.relative:
        relative = True
        k -= 1
        if k >= 0 and toks[k].low == ",":
            k -= 1
    p = _np_back(toks, k, t, loose=not relative)
    hops = 0
    while p is not None and hops < 4:
        left = _left(toks, p)
        if left is None or left.low not in t.prepositions or left.low in t.clause_words and \
                left.low != "with" and left.low not in ("since", "after", "before"):
            break
        if relative and _name_free(toks, p, t, doc, False):
            break  # "prices in the UK, which": the UK is a name, prices is meant
        hops += 1
        p = _np_back(toks, p.outer - 2, t, loose=True)
    if p is None or toks[p.head].kind != "w" or not _head_ok(toks[p.head], t):
        return None
    if not _starts_clause(_left(toks, p), t) and not relative:
        return None
    if relative and _left(toks, p) is not None and _left(toks, p).low in t.prepositions:
        return None
    if not _name_free(toks, p, t, doc, False):
        return None
    return _phrase_text(toks, p, t, doc.text)


def _skip_parenthetical(toks: list[Tok], k: int, t: AboutTables) -> int | None:
    """Past ", which makes the chips," / ", the international benchmark," ending at the
    comma ``k``: the index before its opening comma, or None."""
    i = k - 1
    while i >= 0 and k - i < 25 and toks[i].low != ",":
        if toks[i].kind == "p" and toks[i].text not in "-–'’":
            return None
        i -= 1
    if i < 0 or toks[i].low != "," or i + 1 >= k:
        return None
    opener = toks[i + 1].low
    if opener in t.relative or opener in ("who", "whose", "where", "including", "excluding") or \
            opener in t.determiners and opener not in ("no",):
        return i - 1
    return None


def _before(toks: list[Tok], k: int, t: AboutTables, doc: Doc, me: str,
            after_word: bool) -> str | None:
    """Rule 3: "<noun phrase> of N", or "<verb> <noun phrase> at/to/by N"."""
    k = _skip_value_adjective(toks, k, t)
    if k < 1 or toks[k].kind != "w":
        return None
    link = toks[k].low
    if link == "of":
        if after_word:
            return None  # "the termination of seven earlier resolutions": N counts a noun
        p = _np_back(toks, k - 1, t)
        if p is None or _left(toks, p) is not None and _left(toks, p).kind in "cn":
            return None
        if not _name_free(toks, p, t, doc, True):
            return None
        return _phrase_text(toks, p, t, doc.text)
    if link not in t.object_verbs:
        return None
    p = _np_back(toks, k - 1, t)
    hops = 0
    while p is not None and hops < 2:
        left = _left(toks, p)
        if left is not None and left.low in t.prepositions and left.low not in ("at", "to") and \
                not _name_free(toks, p, t, doc, False):
            hops += 1  # "caps refined petroleum imports by North Korea at ..."
            p = _np_back(toks, p.outer - 2, t)
            continue
        break
    if p is None:
        return None
    left = _left(toks, p)
    if left is None or left.kind != "w" or left.low not in t.object_verbs[link]:
        return None
    if not _name_free(toks, p, t, doc, False):
        return None
    return _phrase_text(toks, p, t, doc.text)


_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|his|her|our|a|an)[ \t]+)?")
_WORD_AFTER = re.compile(r"([A-Za-z][A-Za-z'’-]*)([ \t]+|(?=[\s,.;:!?)\]\"”]|$))")
_PHRASE_STOPS = frozenset("""is are was were be been by from in on at for that which who whom
    whose and or but to as than while when if because according said says has have had will
    would could should may might must can do does did into since after before during over
    under""".split())


def _of_after(text: str, end: int, t: AboutTables) -> str | None:
    """Rule 4: "N of <noun phrase>": up to a stop word, a participle ("$333bn of costs
    booked in 2022") or past a plural head ("half of registered voters went")."""
    m = _OF_AFTER.match(text, end)
    if not m:
        return None
    pos, words = m.end(), []
    while len(words) < 6:
        w = _WORD_AFTER.match(text, pos)
        if not w:
            break
        low = w.group(1).lower()
        if low in _PHRASE_STOPS or low in t.time_words and low not in ("day", "days"):
            break
        if not words and (low in t.no_head or low in t.units):
            return None  # "86% of them"
        if words and (low in t.third_person or low in t.determiners or low in t.no_head
                      and low != "with"):
            break  # "70% of the country's electricity comes from coal", "value this year"
        if words and (low.endswith("ed") and len(low) > 4 and not low.endswith("eed")
                      or low.endswith("ing") and len(low) > 5):
            break
        if words and is_plural(words[-1].group(1), t) and low not in ("of", "with") and not (
                is_plural(w.group(1), t) and low not in t.irregular_plurals and low not in t.verbs):
            break  # "half of registered voters went"; but "of sanctions resolutions"
        words.append(w)
        pos = w.end()
        if not w.group(2):
            break
    while words and words[-1].group(1).lower() in ("of", "with", "and", "or"):
        words.pop()
    if not words:
        return None
    if len(words) == 1 and words[0].group(1).lower() in t.not_heads:
        return None
    return text[words[0].start(1):words[-1].end(1)]


_INLINE_VERB = re.compile(r"([A-Za-z]+)\s")


def _kind(c: Candidate) -> str:
    v = c.value
    if isinstance(v, CountValue):
        return "count"
    if isinstance(v, MoneyValue):
        return "money"
    if isinstance(v, OrdinalValue):
        return "ordinal"
    if isinstance(v, RatioValue):  # a fraction ("about half", "two-thirds") reads as a share
        return "dimensionless" if 0 < v.value < 1 else "ratio"
    if isinstance(v, QuantityValue):
        return "dimensionless" if v.unit == "dimensionless" else "quantity"
    return "percent"


_WORD_NEXT = re.compile(r"[ \t]+([a-z][a-z'’-]*)")


def assign(text: str, cands: list[Candidate], reserved: list[tuple[int, int]],
           margins: frozenset[int] = frozenset()) -> list[Candidate]:
    """``cands`` (numeric candidates of ``text``, in text order) with ``about`` filled where
    the rules find one. ``reserved``: spans taken by earlier extractors (dates,
    identifiers), sorted. ``margins``: indices of margins of error ("plus or minus 2%")."""
    t = about_tables()
    kinds = [_kind(c) for c in cands]
    tallies = {i for i, (c, k) in enumerate(zip(cands, kinds))
               if k == "count" and c.about is None and _tally_before(text, c.start)}
    if not tallies and all(c.about is not None and k != "count" or k in ("ordinal", "ratio") or
                           k == "count" and not _verb_noun(c.about or "", t)
                           for c, k in zip(cands, kinds)):
        return cands
    spans = sorted([(c.start, c.end, i) for i, c in enumerate(cands)] +
                   [(s, e, -1) for s, e in reserved])
    span_starts = [s for s, _, _ in spans]
    lower: list[frozenset[str]] = []

    def lower_words() -> frozenset[str]:
        if not lower:
            lower.append(frozenset(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text)))
        return lower[0]

    doc = Doc(text, lower_words)
    abouts: list[str | None] = [c.about for c in cands]
    out = list(cands)
    for i, c in enumerate(cands):
        if kinds[i] == "count" and c.about is not None and _verb_noun(c.about, t):
            abouts[i] = None  # "the S&P 500 fell", "9 million makes it": no counted noun
            out[i] = replace(c, about=None)
            continue
        if c.about is not None or kinds[i] in ("count", "ordinal", "ratio") and i not in tallies:
            continue  # (a noun-less count of a toll named before it is read as a quantity)
        if not _may_apply(text, c, t, i in margins):
            continue
        toks = _tokens_before(text, c.start, spans, span_starts)
        about = _about(text, c, i, toks, t, doc, abouts, kinds, i in margins)
        if about is not None:
            abouts[i] = about
            out[i] = replace(c, about=about)
    return out


_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _tally_before(text: str, start: int) -> bool:
    """Is a count with no noun the figure of a toll or total named before it ("the death
    toll passed 2,400", ``count_before``)?"""
    from factcheck.extract.numeric_tables import tables as numeric_tables

    return bool(numeric_tables().count_before.search(text, max(0, start - 80), start))


def _verb_noun(noun: str, t: AboutTables) -> bool:
    """Is a counted noun no noun: its first word a verb ("the S&P 500 fell", "9 million
    makes it", "150 survived") or its last a time word ("2,400 March")?"""
    first = noun.split(" ", 1)[0].lower()
    if noun.rsplit(" ", 1)[-1].lower() in t.time_words:
        return True  # "2,400 March": no counted noun
    if " " not in noun and len(first) > 4 and first.endswith("ed") and not first.endswith("eed"):
        return True  # "150 survived" (but "100 armed men")
    return first in t.third_person or (first in t.verbs or first in t.subject_verbs) and not \
        is_plural(first, t)


def _may_apply(text: str, c: Candidate, t: AboutTables, margin: bool) -> bool:
    """A cheap test: may a rule find a phrase? The word right before the number (or its
    first word, a verb as in "passed 2,400") must be a link word, verb or adjective a rule
    reads, an "of" must follow it, or an indirect-object verb stand three words back."""
    if margin or _OF_AFTER.match(text, c.end):
        return True
    m = _FIRST_WORD.match(text, c.start, c.end)
    if m and m.group().lower() in t.subject_verbs:
        return True
    lo = max(0, c.start - 48)
    words = re.findall(r"[A-Za-z]+|,", text[lo:c.start])[-4:]
    if not words:
        return False
    if words[-1].lower() in t.triggers:
        return True
    return any(w.lower() in t.io_verbs for w in words)


_COPULAS = frozenset("is are was were be been being".split())


def _adjective_after(text: str, end: int, t: AboutTables) -> bool:
    """Does a content word follow the number ("95% effective", "5% higher")? After a
    copula the number then grades that word, and is no value of the subject."""
    m = _WORD_NEXT.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    return not (w in t.prepositions or w in t.clause_words or w in t.time_words or w in t.between
                or w in ("of", "and", "or", "but", "according", "last", "this", "next"))


def _about(text: str, c: Candidate, i: int, toks: list[Tok], t: AboutTables, doc: Doc,
           abouts: list[str | None], kinds: list[str], margin: bool) -> str | None:
    k = len(toks) - 1
    me = kinds[i]
    got = _chain(toks, k, t, abouts, kinds, me, margin, text)
    if got is not None:
        return got
    m = _INLINE_VERB.match(text, c.start, c.end)
    inline = m.group(1).lower() if m and m.group(1).lower() in t.subject_verbs else None
    v = _verb_before(toks, k, t, inline)
    if v is not None and k - 1 <= v <= k and toks[v].low in _COPULAS and _adjective_after(
            text, c.end, t):
        v = None  # "the vaccine was 95% effective", "the rate was 5% higher": no value of it
    if v is not None:
        got = _subject(toks, v, t, doc)
        if got is not None:
            return got
    nxt = _WORD_NEXT.match(text, c.end)
    w = nxt.group(1) if nxt else ""
    after_word = me == "dimensionless" and nxt is not None and not (
        w in t.prepositions or w in t.between or w in t.clause_words or w in t.verbs
        or w in ("of", "and", "or"))
    got = _before(toks, k, t, doc, me, after_word)
    if got is not None:
        return got
    return _of_after(text, c.end, t)
