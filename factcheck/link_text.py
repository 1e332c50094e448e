"""Text keys: what a number measures, read from its own sentence (DESIGN §4, "then from
the text"), for claims the ledger's vocabulary does not key.

Without a ledger two articles can still be compared number by number when each number's
key is read the same way from its sentence. A text key is (subject, measure, scope), and
two claims are compared only when all three are equal:

* **measure** — what the number counts or is the value of: "a deficit of $1.7tn", the
  counted noun ("72 seats", "2,207 structures", with the verb that says what happened to
  them: "people killed" is not "people injured"), "X% of the vote", or the subject of the
  number's clause when its verb makes the number that subject's value ("Outlays fell 2%
  to $6.134 trillion", "Sales in the data center segment ... rose 154% to $26.3
  billion"; not "The chipmaker approved $50 billion", whose subject is an agent).
  Modifiers count ("data center segment sales" is not "sales"); determiners, pronouns,
  dates and period words do not; British and American spellings are folded.
* **subject** — whose it is: the names in the subject phrase, the number's clause and the
  sentence's openers ("The Liberal Democrats, whose vote share barely moved, won 78
  seats" -> ``liberal democrat``; "In Scotland, Labour won 37 seats" -> ``labor +
  scotland``); else the subject phrase's own words when the measure is something else
  ("The aftershock killed 12 people" -> ``aftershock``); else the names that made the
  previous sentence of the paragraph its subject ("Samsung's results were weaker.
  Revenue was $18bn."); else ``(story)``, the article's own subject. A clause without
  a subject takes that of the nearest clause before it (past relative clauses); a
  pronoun subject in an article whose headline names several entities has no referent.
* **scope** — when and over what: ``now`` when no date is said, else the dates of the
  number's clause, of the clause a relative clause hangs on and of the sentence's
  openers (not when something was said, nor an earlier value's date: "365 seats ... in
  2019" -> ``2019``); then period words (``quarter``, ``year``...) and the words of a
  place opener ("Across the north, ..."). A sentence that says none of these takes the
  dates and periods of the paragraph's previous sentence.

Numbers that are not a level of the measure get no key, with the reason: changes ("rose
154%", "up $320 billion", "211 more seats"), earlier values ("down from 43.6%",
"compared with $6.2bn"), restatements ("or 23%"), parts and totals ("411 of the 650
seats"), modifiers ("a 650-seat house"), forecasts and hypotheticals ("would have been
about $2 trillion", "expects revenue of $32.5bn"), anything dated after publication and
anything whose time is an unresolved date ("a year earlier").

Text links are ``medium`` confidence (a finding on them is at most a warning) and VC01
compares them only between articles of the same story (``check.story_groups``). Every
choice above errs towards no key: a missed comparison costs less than a false alarm.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from factcheck.data import load_yaml
from factcheck.errors import require
from factcheck.extract.text import TextIndex, gloss_after
from factcheck.extract.text import clauses as split_clauses
from factcheck.models import Claim, DateValue, Document, Key, Link
from factcheck.normalize.units import surfaces
from factcheck.wording import fmt_date_value

require("simplemma", "'simplemma>=2.0', to lemmatise the words around a number")  # (imported on first use)

__all__ = ["TextKeys", "STORY", "entities", "METHOD", "document_names"]

METHOD = "text"
STORY = "(story)"  # the subject of the article itself

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*[A-Za-z]|[A-Za-z]")
_T = load_yaml("patterns/en/sentence.yaml")  # the word classes, as data


def _words_of(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _T[name])


def _alternation(name: str) -> str:
    """A regex alternation of a word list; spaces in an entry match any white space."""
    words = sorted(_T[name], key=lambda w: (-len(str(w)), str(w)))
    return "|".join(r"\s+".join(re.escape(p) for p in str(w).split()) for w in words)


_STOP = _words_of("stop") | {str(w).lower() for w in load_yaml("patterns/en/context.yaml")["discourse_adverbs"]}
_ATTRIBUTIVE = frozenset({"month", "quarter", "half", "year"})  # periods that may date a noun
_AUX = _words_of("auxiliaries")
CHANGE = "a change, not a level"  # the role of "grew 12%", "a rise of 4,000"
JOINT = "a joint total of several"  # "Together, the two parties have 52 seats"
FORECAST = "a forecast or hypothetical"  # "will be fined $200", "is expected to cost $5bn"
PART = "a part or a total ('N of the M')"  # "three of the nine", "62 per cent of the 38,400 sq km zone"
_CHANGE = _words_of("change_verbs")  # a change rather than a level right before the number
_PRESENT = re.compile(r"\b(?:" + _alternation("present_words") + r")\b", re.I)  # "now employs"
# a sentence that opens by pointing back to an event ("That sinking killed ...", "The
# same storm ...")
_POINTS_BACK = re.compile(r"(?:That|This|The\s+same)\s+[a-z]+(?:ing|ion|ment|ure|al|s)?\s+[a-z]")
# a clause opened by a present participle ("killing 304 people"), not a preposition in -ing
_PARTICIPLE = re.compile(r"\s*(?!(?:during|according|following|regarding|concerning|including|excluding|"
                         r"notwithstanding|pending|nothing|something|anything|everything|morning|evening|"
                         r"spring|king|thing)\b)[a-z]{3,}ing\b")
_SINCE_LEAD = re.compile(r"\bsince\b[^,;:.!?]{0,40}$", re.I)  # a date that starts a period
_SINCE = re.compile(r"\bsince\b", re.I)
_SINCE_START = re.compile(r"since\b", re.I)  # a date claim that opens a period ("since 2006")
_WHEN_AFTER = re.compile(r",?\s+when\b")  # "since 2009, when ...": a clause of 2009 itself
_CHANGE_NOUNS = _words_of("change_nouns")  # "growth of 3%": a change
# a contest's result in the figure's clause before "by": "won by 2.8 seconds" is a margin
_MARGIN = re.compile(r"\b(?:" + _alternation("result_margin_words") + r")\b", re.I)
_RESULT = _words_of("result_words")  # "a net loss of $41.2m": a result, not a change
# a subordinate clause after a comma starts another predicate: a forecast word before it
# is not the number's ("crossings will be cut, the operator said, as it reported a €12.6m profit")
# ("It would be the largest deal since it bought Mobil for $81 billion": a subordinator
# before a subject pronoun starts one without a comma; "are set to profit on the sale of
# Caicedo, whom they bought for £4m": so does a relative pronoun after a comma)
_SUBORDINATE_CUT = re.compile(r",\s+(?:as|after|while|when|because|since|but|though|although|whereas|who|whom"
                              r"|which)\b"
                              r"|\b(?:after|while|when|because|since|before)\s+(?=(?:it|he|she|they|we|its|their)\s)",
                              re.I)
_CHANGE_AFTER = re.compile(r"^\s*(?:" + _alternation("change_after") + r")\b", re.I)
# a noun of a change a compound's words after the number ("an 8.99 per cent council tax
# rise", "a 3% pay increase"): the number is that change's size
_CHANGE_NOUN_AFTER = re.compile(r"^\s*(?:[a-z][a-z-]*\s+){1,2}(?:" + _alternation("change_nouns") + r")s?\b")
_LEVEL = _words_of("level_verbs") | _AUX | (_CHANGE - {"up", "down", "by"})
# verbs that make the subject the thing measured ("Outlays fell 2% to $6.134 trillion",
# "Turnout was 59.7%"), unlike those whose subject is an agent ("approved $50 billion")
_VERB = _words_of("value_verbs") | _LEVEL
_SUBORDINATE = _words_of("subordinators")
_ADVERBIAL = _words_of("adverbial_prepositions")
# a time phrase in apposition after the subject: "Its last eruption, in 1992, killed 11"
_TIME_APPOSED = re.compile(r"\s*(?:in|on|during|at)\s", re.I)
_RELATIVE = re.compile(r"^\s*(?:which|who|whom|whose|that|where|when)\b", re.I)
_RELATIVE_WORDS = frozenset("that which who whom whose where when".split())
_SAID = re.compile(r"\b(?:" + _alternation("said_verbs").replace("told", r"told\s+\w+")
                   + r")\s+(?:that\s+)?", re.I)
_BE = _words_of("be")
_DETERMINERS = _words_of("determiners")
_PRONOUN = _words_of("pronouns")
_BASELINE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:in|on|at|during)\s+)?"
    r"(?:(?:a|an|the)\s+)?"
    r"(?:record\s+|peak\s+|high\s+of\s+|low\s+of\s+)?$", re.I)
_BASELINE_AFTER = re.compile(
    r"^\s*(?:(?:on|from|in|over|than)\s+)?(?:a|one|the)\s+(?:year|month|quarter|week|day)s?"
    r"\s+(?:earlier|ago|before|previously)\b", re.I)
_EARLIER_OCCASION = re.compile(
    r"\b(?:at|in|during|for|since)\s+(?:the|its|their|his|her)\s+(?:last|previous|prior|preceding)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _alternation("earlier_occasions") + r")\b"
    r"(?!,?\s+(?:in|of|on)\s+(?:\d|[A-Z]))", re.I)  # dated ("in 2019"): its scope says when
# an earlier period a "when" clause dates: "revenue rose 15% from the previous quarter, when
# it reported sales of $26bn" (the sales are that quarter's)
_EARLIER_WHEN = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:last|previous|prior|preceding)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:year|quarter|month|week|day|" + _alternation("earlier_occasions") + r"),?\s+when\b[^,;:]*$", re.I)
_CHANGE_BASELINE = re.compile(
    r"(?:(year|quarter|month|week|day)[- ](?:on|over)[- ](?:year|quarter|month|week|day)"
    r"|(?:from|on|over|than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|an?\s+|its\s+)?"
    r"(?:previous\s+|preceding\s+|prior\s+|last\s+|same\s+\w+\s+(?:a\s+|last\s+)?)?"
    r"(year|quarter|month|week|day)s?\b)", re.I)


def change_baseline(text: str, end: int, stop: int) -> str | None:
    """What a change is measured against, when its clause says so after it: "rose 12%
    from a year earlier", "year-on-year", "compared with the same period last year" ->
    "year"; "from the previous quarter" -> "quarter"."""
    m = _CHANGE_BASELINE.search(text, end, max(end, min(stop, end + 60)))
    return (m.group(1) or m.group(2)).lower() if m else None


_TO_AFTER = re.compile(r"^[^.;:]{0,40}?\bto\b", re.I)  # "from 10 days to seven"
# before a distance that is the radius of a zone, not a part of a length ("within 2 km of
# the plant", "inside a 5-mile"): link_text and frames read it alike
WITHIN = re.compile(r"\b(?:within|inside)\s+(?:a\s+|an\s+|the\s+|some\s+|about\s+)?$", re.I)
_PART = re.compile(r"^\s+of\s+(?:the|its|their|his|her|all|a\s+total)\b", re.I)
_TOTAL = re.compile(r"\d[\d,.]*%?\s+(?:\w+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                    r"(?:[\w-]+['’]s\s+)?$", re.I)
# a forecast word, not a month written with its capital: "may" is a modal, "On 14 May" a date
_MONTH_NAMED = r"(?!(?-i:" + "|".join(sorted(
    m.capitalize() for m in load_yaml("patterns/en/dates.yaml")["ambiguous_months"])) + r")\b)"
_FORECAST = re.compile(r"\b" + _MONTH_NAMED + r"(?:" + _alternation("forecast_words") + r")\b", re.I)
_JOINT = re.compile(r"\b(?:" + _alternation("joint_words") + r")\b(?!\s+with\b)", re.I)  # not "together with"
# a deal's term after "will", "is set to": what one party agrees to pay, buy or take
_COMMITTED = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:" + _alternation("commitment_verbs") + r")\b", re.I)
_COMMITTING = re.compile(_alternation("commitment_modals"), re.I)  # "will", not "may"
# two names joined as one subject before the number: "the Greens and the Liberals have 52"
# (not the objects of a preposition: "trade between Solmere and Indrava was worth $48bn")
_CALENDAR = r"(?!(?i:" + "|".join(sorted(  # not a month's or a weekday's name (the data's tables)
    map(re.escape, [*load_yaml("patterns/en/context.yaml")["months"],
                    *load_yaml("patterns/en/dates.yaml")["weekdays"]]), key=len, reverse=True)) + r")\b)"
_NAMES_JOINED = re.compile(rf"(?<!between\s)(?<!among\s)(?<!\bof\s)(?<!from\s)(?<!with\s)\b{_CALENDAR}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+(?:the\s+|its\s+|their\s+)?"
                           rf"{_CALENDAR}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:[a-z]+\s+){{1,3}}$")
_NUMBER_WORDS = frozenset(map(str, load_yaml("patterns/en/numbers.yaml")["units"]))


def _predicate_opener(words: frozenset[str], not_before: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """One of ``words`` before a lower-case word that is no number word (nor one of
    ``not_before``): where a clause goes on to another predicate."""
    return re.compile(r"\s(?:" + "|".join(sorted(words)) + r")\s+(?!(?:"
                      + "|".join(sorted(_NUMBER_WORDS | not_before)) + r")\b)[a-z]")


# a clause going on, after a number, to a second predicate: a subordinator before a word
# that is neither a name, a determiner nor a number ("keeps 11,400 troops and asks the
# mission ...", "... while preparing a handover to Central African forces"; not "Rwanda
# and Zambia", "and the Greens", "and three rebounds")
_SECOND_PREDICATE = _predicate_opener(_SUBORDINATE, _words_of("determiners"))
# (a contrasted clause may open with a determiner: "while the doctors ...")
_CONTRAST_PREDICATE = _predicate_opener(_words_of("contrast_subordinators"))


def second_predicate(text: str, start: int, end: int, contrast: bool = False) -> int:
    """Where the clause of a number ending at ``start`` goes on to a second predicate
    before ``end`` (its names are not whose the number is), else ``end``. With
    ``contrast``, only a contrasted one ("while doctors plan to walk out next month":
    its dates are not the number's, as those after "after" or "and" may be)."""
    m = (_CONTRAST_PREDICATE if contrast else _SECOND_PREDICATE).search(text, start, end)
    return m.start() + 1 if m else end


_SUBJECT_PREDICATE = _predicate_opener(_words_of("subject_subordinators"))


def predicate_start(text: str, start: int, end: int) -> int | None:
    """Where the predicate of a number at ``end`` starts in its clause from ``start``:
    at the last subordinator that opens a second predicate before it, the clause's
    first word included ("The Reserve Bank raised the rate after annual inflation
    climbed to 3.4%", "..., after annual inflation climbed to 3.4%": the inflation is
    no bank's); None when there is none."""
    last = None
    for last in _SUBJECT_PREDICATE.finditer(text, max(0, start - 1), end):
        pass
    return last.start() + 1 if last else None


# a subject that counts its members: "the three fines total", "all four airports handled"
_SMALL_NUMBERS = "|".join(w for w, v in load_yaml("patterns/en/numbers.yaml")["units"].items() if 2 <= v <= 19)
_COUNTED_SUBJECT = re.compile(rf"\b(?:the|all|its|their|these|those)\s+(?:{_SMALL_NUMBERS}|\d{{1,2}})\s+"
                              r"[a-z][a-z'’-]*s\s+(?:[a-z]+\s+){0,2}$", re.I)
# a modal with a perfect infinitive in the number's clause: what did not happen
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n[’']t)?\s+have\s+[a-z]", re.I)
_REPORTING = re.compile(
    r"\b(?:" + _alternation("reporting_verbs") + r")\b(?:\s+\w+){0,2}\s+(?:on\s+|late\s+on\s+|"
    r"early\s+on\s+)?$", re.I)
_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("quarter", re.compile(r"\b(?:quarters?|quarterly|three[\s-]months?|3[\s-]months?)\b", re.I)),
    ("half-year", re.compile(r"\b(?:half[\s-]year(?:ly)?|six[\s-]months?|6[\s-]months?|first half|"
                             r"second half)\b", re.I)),
    ("year", re.compile(r"\b(?:years?|annual|annually|yearly|fiscal|financial\s+year|"
                        r"twelve[\s-]months?|12[\s-]months?)\b", re.I)),
    ("month", re.compile(r"\b(?:months?|monthly)\b", re.I)),
    ("week", re.compile(r"\b(?:weeks?|weekly)\b", re.I)),
    ("day", re.compile(r"\b(?:daily|a\s+day|per\s+day|each\s+day)\b", re.I)),
)
# a period word above, or "day(s)": every match of the two removals below holds one, so a
# text without any is left as it is by them and has no period (``_periods``, one scan)
_ANY_PERIOD = re.compile("|".join([*(f"(?:{pat.pattern})" for _, pat in _PERIODS),
                                   r"\bdays?\b"]), re.I)
_EARLIER_PERIOD = re.compile(r"\b(?:a|one|the)\s+(?:year|month|quarter|week|day)s?\s+"
                             r"(?:earlier|ago|before|previously)\b", re.I)  # "a year earlier"
# a date told relative to now ("published last month", "this year"): a time, not a period
_RELATIVE_PERIOD = re.compile(r"\b(?:last|this|next|(?:earlier|later)\s+this)\s+(?:year|month|week|quarter)\b", re.I)
_SPAN_OF_TIME = re.compile(  # "14 years of Conservative government": a duration of something else
    r"(?<!the )(?<!past )(?<!last )(?<!first )\b(?:\d[\d,.]*|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|"
    r"many)[\s-]+(?:years?|months?|weeks?|days?)\b(?!\s+(?:to|ended|ending)\b)", re.I)
_NUMERIC = frozenset(("count", "money", "percent", "quantity"))
_MONTHS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday""".split())
_ORG_SUFFIX = _words_of("organisation_suffixes")
_GENERIC_MODIFIERS = _words_of("generic_modifiers")


_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[a-z][a-z-]*\s+){0,2}")  # "Saturday's (hard-fought) "
_POSSESSIVE = re.compile(r"['’]s$")
_RE_ENDING = re.compile(r"[^aeiou]re$")
_ISE_ENDING = re.compile(r"is(e|ed|es|ing|ation|ations)$")


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """One spelling for British and American forms and for singular and plural.
    (Memoised: a pure function of one word, asked for every word of every name.)"""
    w = word.lower().strip("'’.-")
    w = _POSSESSIVE.sub("", w)
    if len(w) > 4 and _RE_ENDING.search(w):
        w = w[:-2] + "er"  # centre -> center, metre -> meter
    if len(w) >= 6 and w.endswith("our"):
        w = w[:-3] + "or"  # labour -> labor
    w = _ISE_ENDING.sub(r"iz\1", w) if len(w) > 6 else w
    if w.endswith("ence") and len(w) > 6:
        w = w[:-4] + "ense"  # defence -> defense
    if len(w) > 3 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """One form for a word: lower case, possessive and spelling folded, lemmatised
    ("metres" -> "meter", "located" -> "locate", "boys'" -> "boy")."""
    import simplemma

    w = re.sub(r"['’]s?$", "", word.lower())
    if not w:
        return w
    lem = _irregular().get(w) or simplemma.lemmatize(w, lang="en").lower()
    if lem.endswith("ll") and w.endswith(("lled", "lling")):
        # a British doubled l the lemmatiser leaves ("cancelled" -> "cancell"): the lemma
        # of the American form when that is the same verb ("canceled" -> "cancel"; not
        # "filled", whose "filed" is another verb)
        us = w[:-3] + "ed" if w.endswith("ed") else w[:-4] + "ing"
        if simplemma.lemmatize(us, lang="en").lower() == lem[:-1]:
            lem = lem[:-1]
    return _fold(lem) if len(lem) > 3 else lem


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """Past tenses the lemmatiser leaves as they are ("won", "rose"): data, irregular_lemmas."""
    return {str(k).lower(): str(v).lower() for k, v in
            load_yaml("patterns/en/frames.yaml")["irregular_lemmas"].items()}


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_verb(word: str) -> bool:
    w = word.lower()
    return w in _VERB or (len(w) > 4 and w.endswith("ed") and w not in _STOP)


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """A word as a name key: lower case, without a possessive or a final period
    (memoised: asked for every capitalised word of a document, most of them repeats)."""
    return _POSSESSIVE.sub("", word.lower()).rstrip(".")


_CAPITALISED_RUN = re.compile(  # (a name may wrap to the next line, never past a blank line)
    r"[A-Z][\w.&-]*(?:['’]s)?(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:of\s+|and\s+|&\s+)?[A-Z][\w.&-]*(?:['’]s)?)*")
_POSSESSIVE_PART = re.compile(r"[^'’]+?(?:['’]s\b|$)")  # "Rishi Sunak's", "Conservatives"
_JOINER_END = re.compile(r"\s+(?:of|and|&)$")


def _opens_sentence(text: str, start: int) -> bool:
    """Is ``text[start]`` the first word of the text or of a sentence: the last character
    before it that is not white space ends a sentence, a quote or a dash? (Looked up by
    walking back rather than by stripping ``text[:start]``, which copies the text.)"""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?\n\"“-"


def entities(text: str, names: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Capitalised names in ``text`` as (start, end, normalized name), possessives split
    ("Rishi Sunak's Conservatives" -> "rishi sunak", "conservatives"), organisation
    suffixes dropped ("Labour Party" -> "labor"). A single capitalised word that opens a
    sentence counts only if ``names`` (words the document writes as names) has it;
    months and weekdays never count."""
    out = []
    for m in _CAPITALISED_RUN.finditer(text):
        for offset, length, name, single in _run_names(m.group(0)):
            start = m.start() + offset
            if single is not None and _opens_sentence(text, start) and single not in names:
                continue
            out.append((start, start + length, name))
    return out


@lru_cache(maxsize=65536)
def _run_names(run: str) -> tuple[tuple[int, int, str, str | None], ...]:
    """The names of one capitalised run, as ``entities`` reads them, wherever it stands:
    (offset in the run, length, normalized name, and the key of its word when it is a
    single word, which counts only where the document shows it is a name). Memoised: a
    corpus repeats its runs ("The", "North Korea")."""
    out = []
    for part in _POSSESSIVE_PART.finditer(run):
        name = _POSSESSIVE.sub("", part.group(0)).strip()
        name = _JOINER_END.sub("", name)
        start = part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
        words = name.split()
        while words and (_key(words[0]) in _MONTHS or words[0].lower() in _STOP):
            start += len(words[0]) + 1
            words = words[1:]
        while len(words) > 1 and _key(words[-1]) in _ORG_SUFFIX:
            words = words[:-1]
        if words and _key(words[-1]) in _MONTHS:
            words = words[:-1]
        if not words:
            continue
        single = _key(words[0]) if len(words) == 1 else None
        out.append((start, len(" ".join(words)), " ".join(_fold(w) for w in words), single))
    return tuple(out)


@dataclass(frozen=True)
class _Frame:
    subject: str | None = None
    measure: str | None = None
    scope: str | None = None
    reason: str | None = None


_NAME_INSIDE = re.compile(r"(?<=[a-z,;:] )([A-Z][\w.&'’-]*)")  # capitalised inside a sentence
# "\b[A-Z]...", the capital matched before the look-behind that makes it a word's start:
# the engine skips in C to the capitals (a pattern that opens with "\b" is tried everywhere)
_NAME_OWNER = re.compile(r"[A-Z](?<!\w[A-Z])[\w.&-]*['’]s\b")  # with a possessive ("Nvidia's")
_NAME_CAPITALS = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z.&]+\b")  # in capitals ("SNP")


class TextKeys:
    """Reads text keys for the claims of one document."""

    def __init__(self, doc: Document, claims: Sequence[Claim], index: TextIndex) -> None:
        self.doc, self.index, self.text = doc, index, doc.text
        self.claims = sorted(claims, key=lambda c: c.start)
        self._starts = [c.start for c in self.claims]
        self._frames: dict[int, _Frame] = {}
        self._roles: dict[int, tuple[Claim, str | None]] = {}  # id -> (claim, role)
        self._own_subjects: dict[tuple[int, int], tuple[int, int] | None] = {}

    def _within(self, x: int, y: int) -> list[Claim]:
        """The claims that start in text[x:y]."""
        return self.claims[bisect.bisect_left(self._starts, x):bisect.bisect_left(self._starts, y)]

    def _dates_within(self, x: int, y: int) -> list[Claim]:
        return [o for o in self._within(x, y) if isinstance(o.value, DateValue)]

    @cached_property
    def names(self) -> frozenset[str]:
        """Words the document writes as names: capitalised inside a sentence, or with a
        possessive ("Nvidia's"), or in capitals ("SNP")."""
        text = self.text
        found = {_key(m.group(1)) for m in _NAME_INSIDE.finditer(text)}
        found |= {_key(m.group(0)) for m in _NAME_OWNER.finditer(text)}
        found |= {_key(m.group(0)) for m in _NAME_CAPITALS.finditer(text)}
        return frozenset(found)

    @cached_property
    def headline_entities(self) -> set[str]:
        title = self.doc.title or next((ln for ln in self.text.splitlines() if ln.strip()), "")
        return {name for _, _, name in entities(title, self.names)}

    def _is_name(self, word: str, first: bool) -> bool:
        """A capitalised word that is a name (not only capitalised as a sentence's first)."""
        return word[0].isupper() and (not first or _key(word) in self.names)

    # ------------------------------------------------------------------ entry point

    def link(self, c: Claim) -> Link:
        frame = self._frame(c)
        if frame.reason is not None or frame.measure is None or frame.subject is None:
            return Link(claim=c, method="none", reason=f"text key: {frame.reason or 'no measure'}")
        key = Key(subject=frame.subject, attribute=frame.measure, scope=frame.scope)
        return Link(claim=c, key=key, method=METHOD, confidence="medium")

    def role(self, c: Claim) -> str | None:
        """Why a number is not a level of what it measures (a change, an earlier value, a
        restatement, a part, a modifier, a forecast), or None when it is one. (Memoised:
        linking reads it, and frames ask again.)"""
        got = self._roles.get(id(c))
        if got is None or got[0] is not c:
            got = self._roles[id(c)] = (c, self._role(c))
        return got[1]

    def _role(self, c: Claim) -> str | None:
        s0, s1 = self.index.sentence_span(c.start)
        a, b = next(((x, y) for x, y in split_clauses(self.text, (s0, s1)) if x <= c.start < y),
                    (s0, s1))
        start = c.start + 3 if c.text.lower().startswith("of ") else c.start
        return self._not_a_level(c, self.text[a:start], self.text[c.end:b], self.text[s0:start])

    def scope_of(self, c: Claim) -> tuple[list[DateValue], list[str]]:
        """A number's time scope: the dates of its clause, of the clause a relative
        clause hangs on and of the sentence's openers (not when something was said, nor
        an earlier value's date), else those of the paragraph's previous sentence; and
        the period words of the same regions ("quarter", "year")."""
        s0, s1 = self.index.sentence_span(c.start)
        clauses = split_clauses(self.text, (s0, s1))
        a, b = next(((x, y) for x, y in clauses if x <= c.start < y), (s0, s1))
        b = second_predicate(self.text, c.end, b, contrast=True)
        regions = self._scope_regions(clauses, a, b, self._subject_span(clauses, a, b, c.start),
                                      hung=c.kind != "ordinal")  # (an ordinal is dated by its own clause)
        dates = self._dates(c, regions, (a, b), s0)
        periods = self._periods(" ".join(self.text[x:y] for x, y in regions
                                         if not (x <= c.start < y)) + " " +
                                self.text[a:c.start] + " " + self.text[c.end:b])
        if not dates and not periods and not _PRESENT.search(self.text, a, b) \
                and not _SINCE.search(self.text, a, b):
            dates, periods = self._previous_scope(c, s0)  # not for "Norvane now employs 34,800"
        return dates, periods

    def text_frame(self, c: Claim) -> tuple[str | None, str | None]:
        """(subject, measure) read from the number's sentence as text keys read them, or
        Nones when the sentence does not say them plainly (see the module docstring)."""
        f = self._frame(c)
        return (f.subject, f.measure) if f.reason is None else (None, None)

    def _frame(self, c: Claim) -> _Frame:
        """The claim's reading (memoised: linking and frames both ask)."""
        got = self._frames.get(id(c))
        if got is None:
            got = self._frames[id(c)] = self._read(c)
        return got

    def _read(self, c: Claim) -> _Frame:
        if c.kind not in _NUMERIC:
            return _Frame(reason=f"{c.kind} values are not keyed by text")
        text = self.text
        s0, s1 = self.index.sentence_span(c.start)
        clauses = split_clauses(self.text, (s0, s1))
        a, b = next(((x, y) for x, y in clauses if x <= c.start < y), (s0, s1))
        start = c.start + 3 if c.text.lower().startswith("of ") else c.start
        before, after = text[a:start], text[c.end:b]
        why = self.role(c)  # (the same reading of the same clause)
        if why:
            return _Frame(reason=why)
        span = self._subject_span(clauses, a, b, start)
        measure, of_subject = self._measure(c, before, after, span)
        if measure is None:
            return _Frame(reason="no noun says what the number measures")
        regions = self._scope_regions(clauses, a, b, span)
        if any(o.unresolved for x, y in regions for o in self._dates_within(x, y)):
            return _Frame(reason="its time is not resolved ('a year earlier')")
        openers = [r for r in regions if r != (a, b) and r != span and self._opener(*r)
                   and not _RELATIVE.match(self.text[r[0]:r[1]])]
        own = predicate_start(text, a, start)
        subject = self._subject(span, (a if own is None else own, second_predicate(text, c.end, b)),
                                of_subject, openers)
        if subject is None:
            return _Frame(reason="no subject: none in the clause, or a pronoun where the "
                                 "headline names several")
        dates = self._dates(c, regions, (a, b), s0)
        pub = self.doc.published
        if pub is not None and any(d.start > pub for d in dates if d.start):  # type: ignore[operator]
            return _Frame(reason="dated after publication (a plan or forecast)")
        periods = self._periods(" ".join(text[x:y] for x, y in regions))
        if not dates and not periods:  # the paragraph's time carries over: "For the full
            dates, periods = self._previous_scope(c, s0)  # year, ... Revenue was $60.9bn."
        where = [self._phrase(self._subject_np(text[x:y]), "count") for x, y in openers
                 if not self._dates_within(x, y)]
        scope = " · ".join([self._scope_label(dates)] + periods + [w for w in where if w])
        return _Frame(subject=subject, measure=measure, scope=scope)

    # ------------------------------------------------------------------ clauses

    def _dateline(self, x: int, y: int) -> bool:
        """A dateline's parts ("LONDON", "July 5") or a parenthesis ("(Wire)")."""
        words = _words(self.text[x:y])
        return not re.search(r"[a-z]", self.text[x:y]) or not words or \
            words[0].lower() in _MONTHS or self.text[max(0, x - 1):x] == "("

    @staticmethod
    def _verbal(word: str) -> bool:
        w = word.lower()
        return _is_verb(word) or w in _CHANGE - {"by"} or (
            len(w) > 4 and w.endswith("ing") and w not in _STOP)

    def _opener(self, x: int, y: int) -> bool:
        """An adverbial opener ("In its last financial year", "With all but one seat
        declared on Friday", "A year earlier", "Last month") or a relative clause: not
        where a subject is."""
        words = _words(self.text[x:y])
        if _RELATIVE.match(self.text[x:y]) or (bool(words) and words[0].lower() in _ADVERBIAL):
            return True
        return len(words) <= 6 and bool(self._dates_within(x, y))

    def _subject_span(self, clauses: list[tuple[int, int]], a: int, b: int, pos: int
                      ) -> tuple[int, int] | None:
        """The subject noun phrase of the number's clause: from the clause's start (or
        after a reporting verb: "Green said the cost ... had been estimated at") to its
        first verb. A number that opens its clause is its subject ("More than 2,200
        structures were damaged ... in Lahaina"): the rest of the clause names whose. A
        clause without a subject ("..., won 78 seats", "..., but only five seats",
        "..., handing the party a majority of 174 seats") takes that of the nearest
        clause before it that has one, passing over relative clauses (with the clauses
        that continue them), adverbial openers and datelines ("LONDON", "July 5",
        "(Wire)")."""
        got = self._own_subject(a, pos)
        if got is not None:
            return got
        if not [w for w in _words(self.text[a:pos]) if w.lower() not in _STOP]:
            return pos, b
        before = [x for x in clauses if x[1] <= a]
        relative = [i for i, (x, y) in enumerate(before) if _RELATIVE.match(self.text[x:y])]
        if relative:
            before = before[:relative[-1]]
        for cx, cy in reversed(before):
            if self._opener(cx, cy) or self._dateline(cx, cy):
                continue
            got = self._own_subject(cx, cy)
            if got is not None:
                return got
        return None

    def _own_subject(self, x: int, y: int) -> tuple[int, int] | None:
        """The subject noun phrase of the clause text[x:y], or None when it has none
        (memoised: the clauses of a sentence are asked for each of its numbers)."""
        key = (x, y)
        if key not in self._own_subjects:
            self._own_subjects[key] = self._read_own_subject(x, y)
        return self._own_subjects[key]

    def _read_own_subject(self, x: int, y: int) -> tuple[int, int] | None:
        said = list(_SAID.finditer(self.text, x, y))
        if said:
            x = said[-1].end()
        words = list(re.finditer(_WORD, self.text[x:y]))
        while words and words[0].group(0).lower() in _SUBORDINATE:
            words = words[1:]
        content = [m for m in words if m.group(0).lower() not in _STOP]
        first = words[0].group(0).lower() if words else ""
        if not content or self._verbal(first) or self._verbal(content[0].group(0)) \
                or (first in _STOP and first not in _DETERMINERS):
            return None  # "rose 154% to", "of the total", "which makes ..."
        start = x + words[0].start()
        for m in re.finditer(_WORD, self.text[start:y]):
            w = m.group(0)
            if m.start() > 0 and (self._verbal(w) or w.lower() in _RELATIVE_WORDS):
                return start, start + m.start()
        return start, y

    def _scope_regions(self, clauses: list[tuple[int, int]], a: int, b: int,
                       span: tuple[int, int] | None, hung: bool = True) -> list[tuple[int, int]]:
        """Where the number's time and period are said: its clause, the clause a relative
        clause hangs on, the sentence's openers ("In its last financial year, which ended
        in January, ...") and the subject phrase ("Receipts for the fiscal year ...");
        with ``hung``, also the clause a participle's clause hangs on ("since 2014, when
        the ferry sank, killing 304 people")."""
        out = [(a, b)]
        before = [x for x in clauses if x[1] <= a]
        if _RELATIVE.match(self.text[a:b]) and before:
            out.append(before[-1])
        elif hung and _PARTICIPLE.match(self.text, a, b) and before:
            # "since 2014, when the ferry went down, killing 304 people": a participle's
            # clause hangs on the one before, and a relative clause on the one before it
            out.append(before[-1])
            if _RELATIVE.match(self.text[before[-1][0]:before[-1][1]]) and len(before) >= 2:
                out.append(before[-2])
        if len(before) >= 2 and _TIME_APPOSED.match(self.text, *before[-1]) \
                and self._dates_within(*before[-1]) and len(_words(self.text[before[-1][0]:before[-1][1]])) <= 6:
            out.append(before[-1])  # "Its last major eruption, in 1992, killed 11 people"
        for i, (x, y) in enumerate(before):
            if self._opener(x, y) and all(self._opener(*p) or self._dateline(*p) for p in before[:i]):
                out.append((x, y))
        if span is not None and span not in out:
            out.append(span)
        return out

    # ------------------------------------------------------------------ role

    @staticmethod
    def _not_a_level(c: Claim, before: str, after: str, sentence_before: str) -> str | None:
        if _COUNTERFACTUAL.search(before):
            return FORECAST  # "revenue would have grown by 9.1%": no change that happened
        if _JOINT.search(sentence_before) or _NAMES_JOINED.search(before) or _COUNTED_SUBJECT.search(before):
            return JOINT  # "Together, the Greens and the Liberals have 52 seats", "the three fines total"
        words = _words(before)
        last = words[-1].lower() if words else ""
        of_change = last == "of" and len(words) > 1 and (  # "a rise of 11.6%", "growth of 3%"
            words[-2].lower() in _CHANGE or words[-2].lower() in _CHANGE_NOUNS) and not (
            c.kind == "money" and len(words) > 2 and words[-3].lower() in _RESULT)
        agent = last == "by" and c.kind == "count" and len(words) > 1 and \
            re.search(r"(?:ed|en)$", words[-2].lower()) is not None and words[-2].lower() not in _CHANGE
        # ("endorsed by 134 countries": who did it, not how much it changed)
        won = [m.end() for m in _MARGIN.finditer(before)] if last == "by" and \
            c.kind in ("duration", "count", "quantity") else []
        margin = bool(won) and not any(w.lower() in _CHANGE - {"by"} for w in _words(before[won[-1]:])[:-1])
        # ("beat Ruiz by 3.9 seconds": the gap between two, a level; not "the winner's
        # shares rose by 12 points")
        if (last in _CHANGE and not agent and not margin) or of_change or _CHANGE_AFTER.match(after) or \
                c.kind in ("percent", "money") and _CHANGE_NOUN_AFTER.match(after) or \
                re.search(r"\bpercentage\s+points?\b", c.text + after[:25], re.I):
            return CHANGE
        base = _BASELINE_BEFORE.search(before)
        if base and c.kind == "duration" and base.group(0).lower().startswith("from") \
                and not _TO_AFTER.match(after):
            base = None  # "recover from the ten days without food": no change from it
        if base or _BASELINE_AFTER.match(after) or (
                re.search(r"\b(?:a|one|the)\s+(?:year|month|quarter|week|day)$", c.text, re.I)
                and re.match(r"^\s*(?:earlier|ago|before|previously)\b", after, re.I)):
            # "$6.2bn a year earlier" (read as a rate of "a year" by the extractor)
            return "an earlier value it is compared with"
        if _EARLIER_OCCASION.search(after) or \
                _EARLIER_OCCASION.search(re.split(r"[:;]", sentence_before)[-1]) or \
                _EARLIER_WHEN.search(sentence_before):
            return "a value of an earlier occasion ('at the last election')"
        if words and words[0].lower() == "or" and \
                not [w for w in words if w.lower() not in _SUBORDINATE and w.lower() not in _STOP]:
            return "a restatement of the number before it ('or 23%')"
        if (_PART.match(after) and c.kind != "percent" and not WITHIN.search(before)) \
                or _TOTAL.search(before):
            return PART  # ("within 2 km of the plant" is a reach)
        extent = re.match(r"^-([A-Za-z]+)", after)
        if extent and not (c.kind == "quantity" and extent.group(1).lower() in surfaces().dimension_words):
            return "a modifier of another noun ('a 650-seat house')"  # (not "a 21-foot-long
            # vessel": the vessel's length)
        part = _SUBORDINATE_CUT.split(re.split(r"[:;]", sentence_before)[-1])[-1]
        cue = None
        for cue in _FORECAST.finditer(part):
            pass  # (the last forecast word before the number)
        if cue is not None and not (_COMMITTING.fullmatch(cue.group()) and _COMMITTED.match(part, cue.end())):
            # in the number's part of the sentence: "The vote will wait: turnout was 61%"; not
            # the terms of a deal ("Halvard will pay £55 million for 90% of the shares")
            return FORECAST
        return None

    # ------------------------------------------------------------------ measure

    def _measure(self, c: Claim, before: str, after: str, span: tuple[int, int] | None
                 ) -> tuple[str | None, bool]:
        """What the number measures: "a deficit of $1.695 trillion", the counted noun
        (with what happened to it), "X% of the vote", or the subject noun phrase when
        the verb makes the number its value ("Outlays fell 2% to $6.134 trillion"); and
        whether it is that subject phrase."""
        m = re.search(r"((?:[A-Za-z][\w'’-]*\s+){0,4})of\s+$", before)
        if m and m.group(1).strip():
            phrase = self._phrase(self._np_tail(m.group(1)), c.kind)
            if phrase:
                return phrase, False
        if c.kind == "count":
            noun = self._counted_noun(after)
            if noun:
                verb = self._predicate(before, after, noun[1])
                phrase = self._phrase(noun[0], c.kind)
                return (phrase + (f" ({verb})" if verb else "")) if phrase else None, False
        if c.kind == "percent":
            m = re.match(r"^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?((?:[a-z][\w-]*\s+){0,3}"
                         r"[a-z][\w-]*)", after)
            if m:
                return self._phrase(self._np_words(m.group(1)), c.kind) or None, False
        verbs = [w.lower() for w in _words(before) if self._verbal(w)]
        passive = len(verbs) > 1 and verbs[-2] in _BE and verbs[-1].endswith(("ed", "en", "put"))
        if span is None or not verbs or not (verbs[-1] in _LEVEL or passive):
            return None, False  # "approved an additional $50 billion": the subject is an agent
        return self._phrase(self._subject_np(self.text[span[0]:span[1]]), c.kind) or None, True

    @staticmethod
    def _counted_noun(after: str) -> tuple[list[str], int] | None:
        """The noun phrase right after a count ("72 seats", "80 outdoor warning sirens",
        "six sets of sanctions") and where it ends in ``after``."""
        out: list[str] = []
        end = 0
        for m in re.finditer(r"\S+", after):
            if after[end:m.start()].strip() or len(out) >= 4:
                break
            raw = m.group(0)
            word = raw.rstrip(".,;:!?)'\"”’")
            if not re.fullmatch(r"[a-z][a-z-]*", word) or word in _STOP or word in _AUX:
                break
            if out and _is_verb(word):
                break
            out.append(word)
            end = m.start() + len(word)
            if word != raw:
                break
        if len(out) == 1 and _is_verb(out[0]):
            return None
        m = re.match(r"\s+of\s+([a-z][\w-]*)\b", after[end:])
        if out and m and m.group(1) not in _STOP and not _is_verb(m.group(1)):
            out.append(m.group(1))  # "six sets of sanctions": sets of what
            end += m.end()
        return (out, end) if out else None

    @staticmethod
    def _predicate(before: str, after: str, noun_end: int) -> str | None:
        """The verb that says what happened to what a count counts, where it is not just
        the verb of the clause: after the noun ("people were still unaccounted for",
        "structures were damaged") or a participle right before the number ("killing at
        least 1,180 people", "destroying or damaging 2,207 structures")."""
        rest = after[noun_end:]
        m = re.match(r"^\s+(?:(?:were|was|had|have|has|are|is|been|being|still|already|"
                     r"reportedly|also|now)\s+)*([a-z]{3,})\b", rest)
        if m and m.group(1) not in _STOP and (_is_verb(m.group(1))
                                              or m.group(1).endswith(("ing", "ed"))):
            return lemma(m.group(1))
        words = [w for w in _words(before) if w.lower() not in ("or", "and")]
        if words:
            w = words[-1].lower()
            if w not in _STOP and w.endswith(("ing", "ed")) and len(w) > 4:
                return lemma(w)
        return None

    def _subject_np(self, region: str) -> list[str]:
        """The measure words of a subject noun phrase: common nouns and modifiers, with
        the noun phrase of a following preposition ("Sales in the data center segment");
        names and owners ("Labour's", "The company's") are the subject, not the measure."""
        out: list[str] = []
        for i, w in enumerate(_words(region)):
            lw = w.lower()
            if lw in _STOP or lw in _PRONOUN or lw in _SUBORDINATE or re.search(r"['’]s$", lw):
                continue
            if self._is_name(w, first=i == 0):
                continue
            out.append(w)
        return out

    def _np_tail(self, text: str) -> list[str]:
        """The noun phrase that ends ``text`` ("a vote share" in "on a vote share");
        an owner before it is its subject, not part of it ("Labour's majority")."""
        out: list[str] = []
        for w in reversed(_words(text)):
            lw = w.lower()
            if lw in _STOP or lw in _AUX or lw in _PRONOUN or self._verbal(w) \
                    or re.search(r"['’]s$", lw) or (w[0].isupper() and _key(w) in self.names):
                break
            out.insert(0, w)
        return out

    @staticmethod
    def _np_words(text: str) -> list[str]:
        return [w for w in _words(text) if w.lower() not in _STOP and not _is_verb(w)]

    @staticmethod
    def _phrase(words: list[str], kind: str) -> str:
        """Measure words folded to one spelling, without determiners, periods and words
        that add nothing ("total"; "share" for a percentage, which is one)."""
        kept = []
        for w in words:
            lw = w.lower()
            if lw in _STOP or lw in _PRONOUN or lw in _GENERIC_MODIFIERS or lw in _MONTHS:
                continue
            if kind == "percent" and lw in ("share", "shares", "proportion", "percentage"):
                continue
            if any(pat.fullmatch(lw) for _, pat in _PERIODS):
                continue
            kept.append(_fold(w))
        return " ".join(kept)

    # ------------------------------------------------------------------ subject

    def _subject(self, span: tuple[int, int] | None, clause: tuple[int, int],
                 of_subject: bool, openers: Sequence[tuple[int, int]] = ()) -> str | None:
        """Whose the measure is: the names of the subject phrase, of the number's clause
        and of the sentence's openers ("Keir Starmer's Labour Party" -> "keir starmer +
        labor"; "38% in the YouGov poll" -> "yougov"; "In Scotland, Labour won 37
        seats" -> "labor + scotland"); else the subject's own words when the measure is not
        the subject ("The first quake killed ..." -> "first quake"); else STORY, the
        article's own subject. None when there is no subject phrase, or it is a pronoun
        and the headline names more than one entity."""
        if span is None:
            return None
        headline = self.headline_entities
        x, y = clause
        said = list(_SAID.finditer(self.text, x, max(x, min(y, span[0]))))
        clause = (said[-1].end(), y) if said else clause  # not who said it
        found = {n for x, y in (span, clause, *openers)
                 for _, _, n in entities(self.text[x:y], self.names)}
        if found:
            return " + ".join(sorted(found))
        words = _words(self.text[span[0]:span[1]])
        if {w.lower() for w in words} & _PRONOUN and len(headline) > 1:
            return None
        if not of_subject and span[0] != clause[0] or not of_subject and \
                self.text[span[0]:span[1]].strip() and not self._number_at(span[0]):
            own = self._phrase(self._subject_np(self.text[span[0]:span[1]]), "count")
            if own:
                return own
        return self._previous_subject(span[0]) or STORY

    def _number_at(self, pos: int) -> bool:
        """Does a claim start at ``pos`` (a number that is its clause's subject)?"""
        return bool(self._within(pos, pos + 1))

    def _previous_scope(self, c: Claim, s0: int) -> tuple[list[DateValue], list[str]]:
        """The dates and period words of the paragraph's previous sentence (with the date a
        "since" clause gives its event, when the sentence opens by pointing back to an
        event: "... since the ferry sank in 2014. That sinking killed 304 people")."""
        if s0 == 0 or "\n" in self.text[max(0, s0 - 3):s0]:
            return [], []
        p0, p1 = self.index.sentence_span(s0 - 1)
        dates = self._dates(c, [(p0, p1)], (p0, p1), p0,
                            since=_POINTS_BACK.match(self.text, s0) is not None)
        return dates, self._periods(self.text[p0:p1])

    def _previous_subject(self, pos: int) -> str | None:
        """Names the previous sentence of the paragraph makes its subject, when they are
        not the headline's: "Samsung's results were weaker. Revenue was $50bn." is
        Samsung's revenue, not the story's."""
        s0, _ = self.index.sentence_span(pos)
        if s0 == 0 or "\n" in self.text[max(0, s0 - 3):s0]:
            return None  # the paragraph's first sentence
        p0, p1 = self.index.sentence_span(s0 - 1)
        parts = split_clauses(self.text, (p0, p1))
        first = next(((x, y) for x, y in parts if not self._opener(x, y)
                      and not self._dateline(x, y)), None)
        span = self._own_subject(*first) if first else None
        if span is None:
            return None
        names = {n for _, _, n in entities(self.text[span[0]:span[1]], self.names)}
        names -= self.headline_entities
        return " + ".join(sorted(names)) or None

    # ------------------------------------------------------------------ scope

    def _dates(self, c: Claim, regions: list[tuple[int, int]], own: tuple[int, int], s0: int,
               since: bool = False) -> list[DateValue]:
        """The dates of the scope regions, leaving out when something was said or
        published ("the Treasury said on Friday"), earlier values compared with ("from a
        year earlier") and dates that belong to a later number of the clause ("174 is
        close to the 179 that Blair won in 1997")."""
        own_date = self._possessive_date(c)
        if own_date is not None:
            return [own_date]  # "Saturday's 138.4km stage": that day, whatever else the clause dates
        out = []
        seen: set[int] = set()
        gloss = gloss_after(self.text, c.end)

        def in_gloss(n: Claim) -> bool:
            return gloss is not None and gloss[0] <= n.start and n.end <= gloss[1]

        for x, y in regions:
            for o in self._dates_within(x, y):
                if o is c or o.unresolved or id(o) in seen:
                    continue
                seen.add(id(o))
                if o.value.start is None or o.value.end is None:  # type: ignore[union-attr]
                    continue
                if o.start > c.end and any(n.kind in _NUMERIC and n is not c and not in_gloss(n)
                                           for n in self._within(c.end, o.start)):
                    continue  # (but a bracketed conversion of c is c: "for four million pounds
                    # (5.1 million US dollars) in February 2021")
                lead = self.text[max(s0, o.start - 60):o.start]
                if _REPORTING.search(lead) and not self._attributive(o):
                    continue  # when it was said, not when the number holds
                if own[0] <= o.start < own[1] and _BASELINE_BEFORE.search(lead):
                    continue  # "rose 15% from the previous quarter": the 15%'s baseline
                lead_since = None if since else _SINCE_LEAD.search(lead)
                if lead_since and not (o.start - len(lead) + lead_since.start() < c.start < o.start):
                    continue  # "the 28th flight since its debut in 2019": a running count's
                    # start (but "since it bought Mobil for $81 billion in 1998": the $81
                    # billion's own clause, from "since" to its date)
                published = self.doc.published
                if _SINCE_START.match(o.text) and c.start > o.end and _WHEN_AFTER.match(self.text, o.end):
                    out.append(o.value)  # type: ignore[arg-type]
                    continue  # "the largest since 2009, when a fire burned 23,000 ha": in 2009
                if _SINCE_START.match(o.text) and published is not None and published >= o.value.start:  # type: ignore[union-attr, operator]
                    # "up 40% since 2006": the period from 2006 to publication
                    out.append(o.value.model_copy(update={"end": published}))  # type: ignore[union-attr]
                    continue
                out.append(o.value)  # type: ignore[arg-type]
        return out

    def _possessive_date(self, c: Claim) -> DateValue | None:
        """The date a number's noun phrase opens with, as a possessive ("Saturday's 138.4km
        stage", "last year's 4.2% growth", "Tuesday's hard-fought 3-1 win")."""
        for o in self._dates_within(max(0, c.start - 40), c.start):
            if o is not c and not o.unresolved and o.value.start is not None \
                    and o.value.end is not None and _POSSESSIVE_GAP.fullmatch(self.text, o.end, c.start):  # type: ignore[union-attr]
                return o.value  # type: ignore[return-value]
        return None

    def _attributive(self, o: Claim) -> bool:
        """A period written before what it dates ("reported third-quarter net income",
        "posted 2023 profit of"): the number's scope, not when something was said, which
        is a day ("said Tuesday") or a period followed by what was said ("said last year
        it would")."""
        if o.value.granularity.value not in _ATTRIBUTIVE:  # type: ignore[union-attr]
            return False
        m = _WORD.match(self.text, o.end + 1) if self.text[o.end:o.end + 1] == " " else None
        return bool(m) and m.group(0).islower() and m.group(0) not in _STOP and m.group(0) not in _AUX

    @staticmethod
    def _scope_label(dates: list[DateValue]) -> str:
        """``now`` when the number's clause gives no date, else the dates ("2019",
        "5 July 2024"): a count "on Monday" is not Tuesday's, nor the running total."""
        if not dates:
            return "now"
        return ", ".join(sorted({fmt_date_value(d) for d in dates}))

    @staticmethod
    def _periods(text: str) -> list[str]:
        """Period words of the measure ("for the quarter", "annual", "in the three months
        to"), not earlier values ("a year earlier") nor durations of something else
        ("14 years of Conservative government")."""
        if not _ANY_PERIOD.search(text):
            return []  # (most regions say none: one scan instead of eight)
        text = _EARLIER_PERIOD.sub(" ", text)
        text = _RELATIVE_PERIOD.sub(" ", text)
        text = _SPAN_OF_TIME.sub(" ", text)
        found = []
        for name, pat in _PERIODS:
            if pat.search(text):
                found.append(name)
                text = pat.sub(" ", text)
        return found


def document_names(doc: Document, keys: TextKeys | None = None) -> tuple[set[str], set[str]]:
    """The names an article writes, and those of its headline (for story grouping).
    ``keys``: the document's text keys when the caller has them (what is read here
    depends on the text alone, so it is not read twice)."""
    keys = keys or TextKeys(doc, (), TextIndex(doc.text))
    written = {name for _, _, name in entities(doc.text, keys.names)}
    headline = set(keys.headline_entities)
    short = {h for h in headline if " " not in h and 2 <= len(h) <= 6}
    if short:  # a headline's acronym is the name it stands for, where the article spells it out
        headline |= {n for n in written if " " in n and _initials(n) in short}
    return written, headline


# the small words an acronym skips ("Party of the Left" -> PL): here and in frames.name_acronyms
ACRONYM_JOINERS = ("of", "for", "and", "the", "de", "du", "des", "la", "le", "von", "van", "&")


def _initials(name: str) -> str:
    """"national transportation safety board" -> "ntsb" (``ACRONYM_JOINERS`` left out)."""
    return "".join(w[0] for w in name.split() if w not in ACRONYM_JOINERS)
