"""Claim frames: what a claim is about, read from its sentence (DESIGN §4).

A frame is printable data (``factcheck extract --frames``) so that a reviewer can see why
two claims were or were not aligned (``factcheck.align``):

* **dimension** — what kind of value it is, in comparable units: a pint base unit
  ("meter", "second" for durations), "age", a currency, "count", "ordinal", "share" (a
  percentage or a fraction of a whole: "about 40%" and "nearly two-thirds" meet),
  "ratio" (a multiple: "eight times"), "rate" ("per 100,000") or "date". Only claims of
  one dimension are ever compared.
* **measure** — the content words right next to the number in its clause, lemmatised,
  British and American spellings folded, synonyms mapped to one word
  (``data/patterns/en/frames.yaml``), with the claim's ``about`` when the extractor read
  one: "about 3.2 kilometers from the cave entrance" -> rock, cave, entrance.
* **terms** — every content word of the sentence with a weight that falls with its
  distance from the claim (and more steeply outside the claim's clause); names included.
* **entities**, **names** — the names of the sentence's opener and of the claim's clause;
  ``names`` is whose the value is (the clause's names, else the subject text keys read,
  else an earlier clause's), organisation suffixes left out, nationality adjectives read
  as their country ("Thai" -> thailand).
* **event** — for a date or a span of time, the event its clause reports ("died", "found", "launched"),
  from the event words of ``frames.yaml``: a verb before the date first, then after it,
  then a noun; for a date in an opener ("On 2 July, ..."), the event of the main clause
  after it, and for a date after its main clause, the one before it. The terms of a date
  are weighed around its event word: its subject counts most.
* **actors** — for a date, the names before its event word: who the event happened to
  ("Jane Ode, a diver, was found on Friday"), sources left out.
* **head**, **predicate** — what a count counts or an ordinal ranks ("12 boys"), whose an
  age is ("a 25-year-old coach", "Jane Ode, 39,"); the verb nearest the number.
* **scope**, **periods**, **ranks** — the dates of the claim's scope as one interval (a
  value "on Monday" is not Sunday's), its period words ("quarter"), the ordinals of its
  clause ("the second section runs 30 km").
* **role** — why the number is not a level of what it measures, if so: a change, an
  earlier value, a part ("the first three hostages"), a forecast or a condition (as
  ``link_text`` reads them). Such claims are never aligned.

Frames are a pure function of one document and its claims.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.data import load_yaml
from factcheck.extract.dates.clock import ENTRY_LINE, opens_entry
from factcheck.extract.dates.hits import past_verb_before
from factcheck.extract.numeric import results_list
from factcheck.extract.numeric_tables import tables as numeric_tables
from factcheck.extract.text import TextIndex
from factcheck.extract.text import clauses as split_clauses
from factcheck.link_text import (
    _ADVERBIAL, _AUX, _ORG_SUFFIX, ACRONYM_JOINERS, CHANGE, FORECAST, change_baseline, lemma, predicate_start,
    second_predicate,
)
from factcheck.models import Claim, CountValue, Document, DurationValue, Frame, MoneyValue, PercentValue
from factcheck.normalize.units import surfaces

if TYPE_CHECKING:
    from factcheck.link_text import TextKeys

__all__ = ["document_frames", "frame_documents", "FrameTables", "tables", "lemma", "concept", "claim_dimension",
           "entry_stamp"]

_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_'’]*)*(?:-[^\W\d_]+)*")  # letters of any script: "Echevarría", "Erdoğan"
NEAR = 1.0  # weight of a word right next to the claim
_CLAUSE_DECAY = 1.0  # per content word between the word and the claim, in its clause
_OUTSIDE = 0.35  # factor for words of the sentence's other clauses
_IDENT = _OUTSIDE  # an identifier of the sentence weighs at least this much, wherever it is
_MEASURE_WEIGHT = 0.6  # words at least this close are the claim's measure
_AGE = re.compile(r"\bold\b|\byears?[\s-]+of[\s-]+age\b", re.I)
_AGED = re.compile(r"\b(?:aged|ages?|age\s+of|ages\s+range|ages\s+ranging)\s+(?:\w+\s+)?$", re.I)
_OBJECT = 0.6  # words after an event word: its object, or what follows the event
_SUBJECT_DECAY = 0.3  # per word before an event word (its subject phrase)
_SUBJECT_OUTSIDE = 0.8  # for a subject phrase cut off by commas ("Jane Ode, a judge, died")
_RELATIVE_WEIGHT = 0.1  # words of a relative clause ("which makes the chips") say little
_AMOUNTS = frozenset({"money", "quantity", "count", "percent"})
_BEYOND = 0.35  # factor for words past another amount ("€5,000 on top of the €80,000 winner's
# cheque": the cheque is the other figure's)
_RELATIVE = re.compile(r"^\s*(?:which|who|whom|whose|that|where)\b", re.I)
_CONDITION = re.compile(r"(?:^|[,;:]\s*|\b)(?:if|unless|should\s+\w+\s+\w+)\s", re.I)
# a comma-set phrase of place, no clause of its own ("..., on the edge of the port, on Monday")
_PLACE_PHRASE = re.compile(r"\s*(?:on|in|at|near|off|outside|inside|along|across|around|beside|"
                           r"north|south|east|west|close\s+to|next\s+to)\s", re.I)
# a clause opened by a subordinator, after at most three words of time ("shortly after",
# "two days before", "just hours after"), not a main clause with one inside it ("Three
# people drowned when ...")
_SUBORDINATE = re.compile(r"^\s*(?:(?:shortly|soon|just|right|only|even|long|not|moments?|minutes?|"
                          r"hours?|days?|weeks?|months?|years?|a|an|the|few|several|some|\d+|"
                          r"one|two|three|four|five|six|seven|eight|nine|ten)\s+){0,3}?"
                          r"(?:after|before|when|while|as|since|until|which|who|that|"
                          r"whose|where|over|nearly|almost|about|some|just|having|"
                          r"following)\b", re.I)


@dataclass(frozen=True)
class FrameTables:
    stop: frozenset[str]
    time: frozenset[str]
    reporting: frozenset[str]
    attribution: frozenset[str]  # words of a clause that names a value's source
    verb_only: frozenset[str]  # event words that are events only in a verb's form
    cancel: re.Pattern[str]  # "was scrubbed", "called off": the clause's event did not happen
    generic_events: frozenset[str]  # event classes aligned by the class only with their agent
    date_only_events: frozenset[str]  # event classes no span of time runs up to (a win)
    actor_nouns: frozenset[str]  # nouns of those who act (a ministry, a company): no agent of a generic event
    settlement_of: re.Pattern[str]  # "a city of ": the people a count after it counts are its residents
    determiners: frozenset[str]  # "the", "its" (context.yaml)
    object_modifiers: frozenset[str]  # "final", "new": may stand between a verb and its object
    place_prepositions: frozenset[str]  # "at", "in": a name after one is where, not whose
    opener_prepositions: frozenset[str]  # "with", "despite": an opener's figure is the main subject's
    place_modifiers: frozenset[str]  # "north-east" of "in north-east Spain"
    ordinal_modifiers: frozenset[str]  # "straight", "consecutive": between an ordinal and its noun
    run_modifiers: frozenset[str]  # of those, the ones of an unbroken run ("fourth straight day")
    tally_scopes: frozenset[str]  # "career", "season": a tally an ordinal ranks an item in
    count_modifiers: frozenset[str]  # "new", "more": between a count and its noun
    landmark: re.Pattern[str]  # "17 km off Banton Island", "84 m beyond the runway end": what a distance is from
    gap: re.Pattern[str]  # "1.24 seconds ahead of Sara Velt": whom a time gap is measured to
    gap_before: re.Pattern[str]  # "beating Sara Velt by ": the rival before a margin
    synonym: dict[str, str]
    verb_synonym: dict[str, str]  # lemma -> label, for a clause's verb ("counted" -> tally)
    count_idioms: dict[str, tuple[frozenset[str], str, str]]  # head -> (verbs, head, event)
    total_before: frozenset[str]  # the word before a running total ("rose to 247")
    tolls: dict[str, tuple[str, str]]  # "death" (toll) -> (head, event)
    bare_place: re.Pattern[str]  # what follows an ordinal that stands alone as a place
    event: dict[str, str]  # lemma -> event class
    phrasal: dict[str, dict[str, str]]  # verb lemma -> particle -> event class ("bring out")
    update: tuple[str, ...]
    provisional: tuple[str, ...]
    tally: frozenset[str]
    growing: frozenset[str]  # "burn", "spread": measures that only grow while a story unfolds
    subset: re.Pattern[str]  # words before a count that make it a part of a larger group
    demonym: dict[str, str]  # "thai" -> "thailand"
    institution: frozenset[str]  # "court", "authority": a capitalised run with one is no person
    person_titles: frozenset[str]  # "judge", "director", and person nouns: a run near one is a person


@lru_cache(maxsize=1)
def tables() -> FrameTables:
    data = load_yaml("patterns/en/frames.yaml")
    ctx = load_yaml("patterns/en/context.yaml")
    sentence = load_yaml("patterns/en/sentence.yaml")
    synonym: dict[str, str] = {}
    for group in data["synonyms"]:
        words = [str(w).lower() for w in group]
        for w in words:
            if w in synonym and synonym[w] != words[0]:
                raise ValueError(f"frames.yaml: {w!r} is in two synonym sets")
            synonym[w] = words[0]
    for group in data["synonyms"]:  # and a plural as the text's word is looked up: by its
        for w in group:  # lemma ("sales" -> sale)
            if str(w).endswith("s"):
                synonym.setdefault(lemma(str(w).lower()), str(group[0]).lower())
    verb_synonym = {str(w).lower(): str(group[0]).lower()
                    for group in data["verb_synonyms"] for w in group}
    event: dict[str, str] = {}
    for name, words in data["events"].items():
        for w in words:
            event.setdefault(str(w).lower(), str(name))
    for name in data["generic_events"]:
        if name not in data["events"]:
            raise ValueError(f"frames.yaml: generic event {name!r} is no event class")
    for name in data["date_only_events"]:
        if name not in data["events"]:
            raise ValueError(f"frames.yaml: date-only event {name!r} is no event class")
    phrasal: dict[str, dict[str, str]] = {}
    for verb, particles in data["phrasal_events"].items():
        for particle, name in particles.items():
            if not isinstance(particle, str):
                raise ValueError(f"frames.yaml: phrasal event {verb}: quote the particle {particle!r}")
            if name not in data["events"]:
                raise ValueError(f"frames.yaml: phrasal event {verb} {particle}: no event class {name!r}")
            phrasal.setdefault(str(verb).lower(), {})[str(particle).lower()] = str(name)
    stop = {str(w).lower() for w in (*sentence["stop"], *sentence["auxiliaries"], *data["extra_stopwords"],
                                     *ctx["function_words"], *ctx["discourse_adverbs"])}
    return FrameTables(
        stop=frozenset(stop), time=frozenset(str(w).lower() for w in data["time_words"]),
        reporting=frozenset(str(w).lower() for w in data["reporting_words"]),
        attribution=frozenset(str(w).lower() for w in data["attribution_words"]),
        verb_only=frozenset(str(w).lower() for w in data["event_verbs_only"]),
        cancel=re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, str(w).split()))
                                             for w in data["cancel_words"]) + r")\b", re.I),
        generic_events=frozenset(str(w) for w in data["generic_events"]),
        date_only_events=frozenset(str(w) for w in data["date_only_events"]),
        actor_nouns=frozenset(synonym.get(lemma(str(w)), lemma(str(w))) for w in data["actor_nouns"]),
        settlement_of=re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, map(str, data["settlement_nouns"]))))
                                 + r")\s+of\s+$", re.I),
        determiners=frozenset(str(w).lower() for w in ctx["determiners"]),
        object_modifiers=frozenset(str(w).lower() for w in data["object_modifiers"]),
        place_prepositions=frozenset(str(w).lower() for w in data["place_prepositions"]),
        opener_prepositions=frozenset(str(w).lower() for w in data["opener_prepositions"]),
        place_modifiers=frozenset(str(w).lower() for w in data["place_modifiers"]),
        ordinal_modifiers=frozenset(str(w).lower() for w in ctx["ordinal_modifiers"]),
        run_modifiers=frozenset(str(w).lower() for w in ctx["run_modifiers"]),
        tally_scopes=frozenset(str(w).lower() for w in data["tally_scopes"]),
        count_modifiers=frozenset(str(w).lower() for w in ctx["count_modifiers_after"]),
        landmark=re.compile(
            r"(?:\s*\([^()]{1,30}\))?\s+(?:" + "|".join(
                r"\s+".join(map(re.escape, str(w).split())) for w in sorted(
                    data["landmark_prepositions"], key=lambda w: -len(str(w))))
            + r")\s+(?:the\s+)?(?:(?:(?!(?:on|in|at|by|after|before|since|until)\s)[a-z]+\s+){0,3}"
            r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
            r"|(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)(?=\s*(?:[,.;:)]|$|\s+(?:and|or|in|on|at|of|"
            r"to|with|within|where|when|after|before|while|as|but|so)\b)))"),
        gap=re.compile(
            r"\s+(?:" + "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in sorted(
                data["gap_prepositions"], key=lambda w: -len(str(w))))
            + r")\s+(?:(?:the\s+)?[A-Z][\w-]*['’]s\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"),
        gap_before=re.compile(
            r"\b(?:" + "|".join(map(re.escape, map(str, data["gap_verbs"]))) + r")\s+(?:[a-z][\w-]*\s+){0,2}"
            r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+by\s+$"),
        synonym=synonym, verb_synonym=verb_synonym, event=event, phrasal=phrasal,
        count_idioms={str(k): (frozenset(str(v) for v in spec["verbs"]), str(spec["head"]), str(spec["event"]))
                      for k, spec in data["count_idioms"].items()},
        total_before=frozenset(str(w).lower() for w in data["running_totals"]["before"]),
        tolls={str(k).lower(): (str(v["head"]), str(v["event"]))
               for k, v in data["running_totals"]["tolls"].items()},
        bare_place=re.compile(r"\s*(?:[,.;:)]|$|\s(?:" + "|".join(
            re.escape(str(w)) for w in data["place_ordinal_after"]) + r")\b)"),
        update=tuple(str(w).lower() for w in data["update_words"]),
        provisional=tuple(str(w).lower() for w in data["provisional_words"]),
        tally=frozenset(str(w).lower() for w in data["tally_words"]),
        growing=frozenset(str(w).lower() for w in data["growing_words"]),
        demonym={str(k).lower(): str(v).lower() for k, v in data["demonyms"].items()},
        institution=frozenset(str(w).lower() for w in data["institution_words"]),
        person_titles=frozenset(str(w).lower() for w in [*data["person_titles"], *ctx["person_nouns"]]),
        subset=re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in data["subset_words"])
                          + r")\s+$", re.I),
    )


def name_runs(text: str) -> list[frozenset[str]]:
    """The words of each name of two or three capitalised words a text writes ("Redhaven
    Albion", "Ana de Souza"), folded as frames fold name words; outlets name one team,
    party or person by any of its words ("Albion", "Redhaven")."""
    t = tables()
    out = []
    for m in _PERSON_RUN.finditer(text):
        words = [_POSSESSIVE_END.sub("", w) for w in m.group(0).split()]
        if len(words) > 3 or any(w.lower() in t.time for w in words):
            continue
        folded = frozenset(_place(lemma(w)) for w in words if w[:1].isupper())
        if len(folded) > 1:
            out.append(folded)
    return out


def _place(lem: str) -> str:
    """A nationality adjective as the country it names ("thai" -> "thailand")."""
    return tables().demonym.get(lem, lem)


def _name_word(k: _Tok) -> bool:
    """A word of a name that tells names apart: not a function word nor an organisation
    suffix ("the Green Party" and "the National Party" share only "Party")."""
    return k.lemma not in tables().stop and k.lemma not in _ORG_SUFFIX


@lru_cache(maxsize=4096)
def content_concepts(text: str) -> frozenset[str]:
    """The concepts of a text's lower-case content words, read as a frame reads each word
    (``_word_facts``): no names, no stop, time or reporting words ("The writ was moved on
    4 February" -> writ, move)."""
    out = set()
    for raw in _TOKEN.findall(text):
        _, _, con, content, _ = _word_facts(raw)
        if content and not raw[0].isupper():
            out.add(con)
    return frozenset(out)


def concept(word: str) -> str:
    """The concept a word of a frame stands for (``_concept`` of its lemma)."""
    return _concept(lemma(word))


def _concept(lem: str) -> str:
    """One word for a concept: a synonym set's first word, a nationality adjective's
    country ("Thai boys" and "boys in Thailand" share "thailand")."""
    t = tables()
    return t.synonym.get(lem) or t.demonym.get(lem, lem)


# a run of two or three capitalised words (a particle may stand inside: "Ana de Souza")
_PERSON_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:[ \t]+(?:de|van|von|da|di|del|le|la|bin|al))?"
                         r"(?:[ \t]+[A-Z][\w'’-]+){1,3}(?![ \t]+[A-Z])")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_POSSESSIVE_END = re.compile(r"['’]s?$")


_AGE_AFTER = re.compile(r",[ \t]+\d{1,3},|[ \t]*[,(][ \t]*(?:born|née|aged)\b")  # "Karl Huber, 52,", "Eva Lind, born in 1980,"
# a personal pronoun after a name, up to the figure: "Ana Ruiz ran the race of her life"
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.I)
_ROLE_AFTER = re.compile(r",[ \t]+(?:the|a|an|his|her|its|their)[ \t]+((?:[a-z-]+[ \t]+){0,3}[a-z]+)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def person_before(text: str, lo: int, at: int, strict: bool = True) -> str | None:
    """Whose a figure at ``at`` is: the surname of the person named nearest before it in
    ``text[lo:at]``, folded as frames fold words ("Ries" -> "ry"). A name is a run of two
    to four capitalised words, not after "the", with no word of an institution or a place
    ("Port Adley Criminal Court"), no month or weekday; with ``strict``, also marked as a
    person's: an age or a birth after it ("Karl Huber, 52,", "Eva Lind, born in 1980,"), a
    title or a person's noun before or in it ("Judge Ana Brandt", "finance director Eva
    Lind"), a role after it between commas ("Leopold Ries, the former director") or a
    personal pronoun between it and the figure ("Ana Ruiz ran the race of her life"), so
    that "Tessik Copper" is no person. None
    when no person is named there."""
    t = tables()
    best = None
    for m in _PERSON_RUN.finditer(text, lo, at):
        words = [_POSSESSIVE_END.sub("", w.lower()) for w in m.group(0).split()]
        if _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) \
                or any(w in t.institution or w in t.time for w in words):
            continue
        if strict and not (_marked_person(text, m.start(), m.end(), words, t)
                           or _PERSONAL.search(text, m.end(), at)):
            continue
        best = m.group(0).split()[-1]
    return lemma(best) if best is not None else None  # as frames fold name words ("Ries" -> "ry")


def _marked_person(text: str, start: int, end: int, words: list[str], t: FrameTables) -> bool:
    """Is a capitalised run marked as a person's name by an age after it, a title or a
    person's noun before it or in it, or a role after it between commas?"""
    if _AGE_AFTER.match(text, end) or words[0] in t.person_titles:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).lower() in t.person_titles:
        return True
    role = _ROLE_AFTER.match(text, end)
    return role is not None and any(w in t.person_titles for w in role.group(1).lower().split())


def _currency_word(text: str) -> str | None:
    """The currency word an amount is written in ("pesos" of "34.2 billion pesos"), folded
    to its singular."""
    words = re.findall(r"[A-Za-z]+", text.lower())
    return words[-1].rstrip("s") if words else None


def named_scale(c: Claim) -> str | None:
    """The named scale a unit-less figure is on ("magnitude" of "a magnitude-7.6 quake" or
    "a preliminary magnitude of 7.6"), from its words and its ``about``
    (units.yaml ``named_scales_before``), longest name first; None when it names none."""
    words = f" {(c.about or '').lower()} {c.text.lower().replace('-', ' ')} "
    return next((scale for scale in _scales() if f" {scale} " in words), None)


@lru_cache(maxsize=1)
def _scales() -> tuple[str, ...]:
    """The named scales (units.yaml ``named_scales_before``), longest first."""
    return tuple(sorted(numeric_tables().scale_words, key=lambda w: (-len(w), w)))


def claim_dimension(c: Claim, before: str = "") -> str | None:
    """The comparable dimension of a claim's value, None when it has none (a unit-less
    bare number, an identifier, an unresolved value). Ages ("a 25-year-old coach", "aged
    11 to 16": ``before`` is the text before the claim) are "age", not spans of time."""
    v = c.value
    kind = v.kind
    if kind == "money" and getattr(v, "currency", None) == "XXX" and v.amount is not None:  # type: ignore[union-attr]
        # "34.2 billion crowns" with no country named: comparable with amounts written in
        # the same currency word ("crowns", "pesos"), whatever country's it is
        word = _currency_word(c.text)
        return f"XXX:{word}" + (f"/{v.per}" if v.per else "") if word else None  # type: ignore[union-attr]
    if c.unresolved:
        return None
    if kind == "quantity":
        from factcheck.normalize.units import canonical_unit

        try:
            base = canonical_unit(v.unit)[2]  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001 - pint raises several kinds: not comparable
            return None
        if base in ("dimensionless", ""):
            scale = named_scale(c)  # "magnitude 7.5", "a Category 4 storm": one scale's values
            return f"scale:{scale}" if scale else None
        bare = not re.search(r"[A-Za-z]", c.text) and "year" in str(v.unit)  # type: ignore[union-attr]
        if base == "second" and (_AGE.search(c.text) or _AGED.search(before[-40:]) or bare):
            return "age"  # "a 25-year-old coach", "aged 11 to 16": not a span of time
        if str(v.unit).startswith("delta_"):  # type: ignore[union-attr]
            return f"{base} difference"  # "3°C hotter" is no temperature
        return str(base)
    if kind == "duration":
        return "second"
    if kind == "money":
        return f"{v.currency}" + (f"/{v.per}" if v.per else "")  # type: ignore[union-attr]
    if kind == "date":
        return "date" if v.start is not None and v.end is not None else None  # type: ignore[union-attr]
    if kind == "percent":
        return "share"
    if kind == "ratio":
        if re.search(r"\bper\b", c.text, re.I):
            return "rate"  # "12.4 cases per 100,000"
        return "share" if v.value <= 1 else "ratio"  # type: ignore[union-attr]
    if kind in ("count", "ordinal"):
        return kind
    return None


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str
    lemma: str
    concept: str
    name: bool
    content: bool
    clause: int
    ident: bool = False  # an identifier's claim ("Chamber 3"), one word of its sentence


# a wire story's dateline opening its first sentence: "JOHANNESBURG (CNW) -", "PARIS, May 3 (AFP) —"
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,[^()\n]{1,30})?\s*\([A-Za-z .&-]{1,30}\)\s*[-–—]+\s*")


@lru_cache(maxsize=65536)
def _word_facts(raw: str) -> tuple[str, str, str, bool, bool]:
    """What a token's reading takes from the word alone, wherever it stands: its lower
    case, lemma, concept, whether it is a content word, and whether it is capitalised
    and no time word (a name, unless it opens the sentence). Memoised: most tokens of a
    corpus are repeats, and a sentence's tokens are its largest cost."""
    t = tables()
    low = raw.lower().rstrip("'’")
    lem = lemma(raw)
    content = bool(lem) and lem not in t.stop and low not in t.stop and \
        low not in t.time and lem not in t.time and lem not in t.reporting and \
        len(lem) > 1
    return low, lem, _concept(lem), content, raw[0].isupper() and low not in t.time


class _Sentence:
    def __init__(self, text: str, span: tuple[int, int], names: frozenset[str],
                 claim_spans: list[tuple[int, int]],
                 idents: Sequence[tuple[int, int, str]] = (),
                 figures: Sequence[tuple[int, int]] = ()) -> None:
        t = tables()
        self.span = span
        self.text = text
        self.claim_spans = sorted(claim_spans)
        self.figures = sorted(figures)  # the amounts' spans: money, quantities, counts, percentages
        self.clauses = split_clauses(text, span) or [span]
        starts = self._starts = [a for a, _ in self.clauses]
        self.toks: list[_Tok] = []
        first = True
        inside = sorted(claim_spans)
        lows = [x for x, _ in inside]
        lead = _DATELINE.match(text, span[0], span[1])  # "JOHANNESBURG (CNW) -": no words of it
        if lead:
            inside = sorted([*inside, lead.span()])
            lows = [x for x, _ in inside]
        for m in _TOKEN.finditer(text, span[0], span[1]):
            a, b = m.span()
            i = bisect.bisect_right(lows, a) - 1
            # inside a claim starting at or before it (the last three: claims may nest)
            if i >= 0 and (a < inside[i][1] or i >= 1 and a < inside[i - 1][1]
                           or i >= 2 and a < inside[i - 2][1]):
                first = False
                continue
            raw = m.group(0)
            low, lem, concept, content, capital = _word_facts(raw)
            name = capital and (not first or low in names or _POSSESSIVE_END.sub("", low) in names)
            clause = max(bisect.bisect_right(starts, a) - 1, 0)
            self.toks.append(_Tok(a, b, raw, lem, concept, name, content, clause))
            first = False
        if len(self.toks) > 1 and self.toks[0].start == span[0] and not self.toks[0].name \
                and self.toks[1].name and self.toks[0].word[:1].isupper() and self.toks[0].content \
                and not text[self.toks[0].end:self.toks[1].start].strip():
            # a sentence that opens with a name of two words: "Signature Bank, known for its
            # crypto clients, fell 22%" ("Signature" is written capitalised nowhere else)
            self.toks[0].name = True
        # an identifier is one word of its sentence ("Chamber 3", "Resolution 2375", "Flight
        # 93"): the same numbered thing named near two values says they measure one fact
        for a, b, label in idents:
            clause = max(bisect.bisect_right(starts, a) - 1, 0)
            self.toks.append(_Tok(a, b, text[a:b], label, label, False, True, clause, True))
        if idents:
            self.toks.sort(key=lambda k: k.start)
        self.content = [k for k in self.toks if k.content]
        self.relative = {i for i, (a, b) in enumerate(self.clauses)
                         if _RELATIVE.match(text[a:b])}
        # clauses that name a source ("according to Jane Ode", "the governor said")
        self.attribution = {k.clause for k in self.toks
                            if k.lemma in t.attribution or k.word.lower() in t.attribution}
        self.predicates: dict[tuple[int, int], int | None] = {}  # claim span -> _predicate_at

    def clause_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)


def _ident_label(c: Claim) -> str:
    """An identifier as one frame word: its scheme and id ("unscr:2375", "cave_chamber:3")."""
    v = c.value
    return f"{getattr(v, 'scheme', '')}:{getattr(v, 'id', '')}".lower()


# an upper-case word of 2-6 letters: "\b[A-Z]{2,6}\b", with its first letter matched before
# the look-behind that makes it a word's start, so that the engine skips in C to the
# capitals (it tries a pattern that opens with "\b" at every character)
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\b")
_ACRONYM_JOIN = r"(?:(?:" + "|".join(map(re.escape, ACRONYM_JOINERS)) + r")\s+)*"


@lru_cache(maxsize=4096)
def _acronym_run(acr: str) -> re.Pattern[str]:
    """A capitalised run of whole words that begin with the letters of ``acr`` in turn
    ("National Labour Alliance" for "NLA"), the first letter matched before its word-start
    test (as in ``_ACRONYM``). Compiled once per acronym: the ``re`` module's own cache
    holds too few patterns for the acronyms of a corpus."""
    words = [rf"{ch}[a-z][\w'’-]*" for ch in acr]
    words[0] = rf"{acr[0]}(?<!\w{acr[0]})[a-z][\w'’-]*"
    return re.compile((r"\s+" + _ACRONYM_JOIN).join(words) + r"\b")


def name_acronyms(text: str) -> dict[str, tuple[str, ...]]:
    """The names a document abbreviates: an upper-case word ("NLA") whose letters begin
    the words of a capitalised run of the same text ("National Labour Alliance", "Party
    of the Left" -> "PL"), mapped to that run's name words, folded as names are."""
    out: dict[str, tuple[str, ...]] = {}
    for acr in sorted(set(_ACRONYM.findall(text))):
        m = _acronym_run(acr).search(text)
        if m:
            out[acr.lower()] = tuple(_place(lemma(w)) for w in re.findall(r"[A-Z][\w'’-]*", m.group(0)))
    return out


def _expand(names: set[str], acronyms: Mapping[str, tuple[str, ...]]) -> set[str]:
    """Names with the words of the names their acronyms abbreviate ("nla" -> "national",
    "labor", "alliance")."""
    return names.union(*(acronyms[n] for n in names if n in acronyms)) if acronyms else names


def _names(text: str) -> frozenset[str]:
    """Words the document writes as names: capitalised inside a sentence, and not the
    first word of a longer name ("Health" of "the Pan-Regional Health Organization" does
    not make a sentence's "Health workers" a name)."""
    found = {m.group(1).lower() for m in re.finditer(r"(?<=[a-z,;:] )([A-Z][\w'’-]*)(?![ \t]+[A-Z])", text)}
    return frozenset(found)


def _weights(sent: _Sentence, start: int, end: int, subject: bool = False) -> dict[str, float]:
    """Content words of the sentence, weighted by nearness to text[start:end]. With
    ``subject`` (an event word), the words before it are who the event happened to and
    weigh more, in earlier clauses too ("Jane Ode, a former judge, died on Friday")."""
    own = sent.clause_of(start)
    before = [k for k in sent.content if k.end <= start]
    after = [k for k in sent.content if k.start >= end]
    # a figure alone in its clause ("During the descent, at about 7,000 ft, the crew
    # received a warning") is of the clauses around it: no clause is more its own
    bare = not subject and not any(k.clause == own for k in sent.content)
    # the next amount's start: the words after it are its own (those before an amount
    # may still be its subject's: "Reform took four million votes but only five seats")
    nxt = min((s for s, e in sent.figures if s >= end and (s, e) != (start, end)), default=1 << 60)
    out: dict[str, float] = {}
    for side, seq in enumerate((reversed(before), after)):
        for d, k in enumerate(seq):
            lead = subject and side == 0
            w = NEAR / (1 + (_SUBJECT_DECAY if lead else _CLAUSE_DECAY) * d)
            if not subject and side == 1 and k.start >= nxt:
                w *= _BEYOND
            if subject and side == 1:
                w *= _OBJECT  # "divers located 12 boys" / "the boys were found"
            if k.clause != own and not (bare and k.clause not in sent.relative):
                w *= _RELATIVE_WEIGHT if k.clause in sent.relative else \
                    (_SUBJECT_OUTSIDE if lead else _OUTSIDE)
            if k.ident:
                w = max(w, _IDENT)  # a numbered thing named anywhere in the sentence
            key = k.concept
            if w > out.get(key, 0.0):
                out[key] = round(w, 4)
    if not subject:
        phrase = _phrase_after(sent, end, after)
        if phrase:  # "four days of torrential rain": the rain, more than how it fell
            near = out[phrase[0].concept]
            for k in phrase[:-1]:
                out[k.concept] = round(near * _MODIFIER, 4)
            out[phrase[-1].concept] = max(out.get(phrase[-1].concept, 0.0), near)
    return out


def _spent_on(sent: _Sentence, c: Claim) -> str | None:
    """What a span of time is of: the noun of the phrase after "of" ("four days of heavy
    rain", "after 12 days of talks"), or the subject of a verb of length right before it
    ("the final lasted 4 hours 11 minutes", "the final began at 7:33pm ..., lasting 3
    hours"), or None."""
    after = [k for k in sent.content if k.start >= c.end]
    if not after or sent.text[c.end:after[0].start].strip().lower() != "of":
        verb = _lasted().search(sent.text, max(sent.span[0], c.start - 30), c.start)
        if verb is None:
            return None
        subject = [k for k in sent.toks if k.end <= verb.start() and k.content and not k.name
                   and not k.ident and not _verb_form(k)]
        own = sent.clause_of(verb.start())
        mine = [k for k in subject if k.clause == own]  # the verb's own subject, else the
        first = mine[-1] if mine else subject[0] if subject else None  # sentence's first noun
        return first.concept if first is not None else None
    phrase = _phrase_after(sent, c.end, after)
    return phrase[-1].concept if phrase else after[0].concept


_MODIFIER = 0.5  # of a phrase's weight its words before the last one carry
@lru_cache(maxsize=1)
def _lasted() -> re.Pattern[str]:
    """A verb of length right before a span ("lasted", ", lasting", "took"): the words of
    sentence.yaml ``span_lengths``, which TA01 reads too."""
    words = load_yaml("patterns/en/sentence.yaml")["span_lengths"]
    alt = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in words)
    return re.compile(rf"\b(?:{alt})\s+(?:for\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|"
                      r"just\s+(?:over|under)\s+)?$", re.I)


def _phrase_after(sent: _Sentence, end: int, after: Sequence[_Tok]) -> list[_Tok]:
    """The words of the noun phrase right after a number (past "of"), up to the first
    word that is no content word or stands apart from the one before: its last word is
    what it names ("three days of heavy rain", "12 badly damaged homes")."""
    out: list[_Tok] = []
    at = end
    for k in after:
        gap = sent.text[at:k.start].strip().lower()
        if gap not in ("", "-", "of") or gap == "of" and out or k.name:
            break
        out.append(k)
        at = k.end
    return out if len(out) > 1 else []


def _verb_form(k: _Tok) -> bool:
    """A word in a verb's inflected form ("reached", "died", "found", "launching"): its
    lemma differs from it other than by a plural -s."""
    return not k.ident and _inflected(k.word, k.lemma)


@lru_cache(maxsize=65536)
def _inflected(word: str, lemma: str) -> bool:
    """``_verb_form`` of a word and its lemma (memoised: the frames ask it of every word
    of a clause, for each claim in it)."""
    w = word.lower().replace("-", "")  # ("pre-dawn" is "predawn", no inflection)
    if "-" in word and word[0].isupper() or w.endswith(("'s", "’s", "'", "’")):
        return False  # ("Oslo-based", "Saudi-led": a name's compound is an adjective;
        # "the party's": a possessive)
    lem = lemma.replace("-", "")  # ("by-election" is its own lemma)
    return w != lem and not _plural_of(w, lem)


# plural endings and their singulars, whole or ending a word ("firemen", "women")
_PLURAL_ENDINGS = (("ies", "y"), ("ves", "f"), ("ves", "fe"), ("men", "man"), ("children", "child"),
                   ("people", "person"), ("feet", "foot"), ("teeth", "tooth"), ("mice", "mouse"))


def _plural_of(w: str, lem: str) -> bool:
    """Is ``w`` a plural of the noun ``lem`` ("boats", "buses", "countries", "lives",
    "women"), no inflected verb?"""
    return w.endswith("s") and w[:-1] == lem or w.endswith("es") and w[:-2] == lem or any(
        w.endswith(pl) and lem == w[:-len(pl)] + sg for pl, sg in _PLURAL_ENDINGS)


_AUX_OR_TO = _AUX | {"to"}  # before a bare verb: "would table", "plans to open"


def _said_on(sent: _Sentence, c: Claim) -> bool:
    """Does a date follow a reporting verb, past "on" and time words ("said on Saturday",
    "reported late Tuesday"), or stand between a reporting verb (and its object) and what
    was said ("told a hearing on Wednesday that ...")? It dates the statement, not an event."""
    t = tables()
    before = [k for k in sent.toks if k.end <= c.start]
    for k in reversed(before):
        if k.word.lower() == "on" or k.lemma in t.time:
            continue
        if _verb_form(k) and k.lemma in t.reporting and k.lemma not in t.event \
                and c.start - k.end <= 24:  # ("announced on Monday" is an event: an announcement)
            return True
        break
    if _THAT_AFTER.match(sent.text, c.end):
        # "told a parliamentary hearing on Wednesday that ...": the verb, its object, the
        # date, then what was said; the words after "that" are not the date's event
        own = sent.clause_of(c.start)
        near = [k for k in before if k.clause == own][-6:]
        return any(_verb_form(k) and k.lemma in t.reporting and k.lemma not in t.event for k in near)
    return False


_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.I)


def _event(sent: _Sentence, c: Claim, text: str) -> tuple[str | None, int | None, _Tok | None]:
    """The event class of a date's clause and the clause it was read from: the event word
    nearest the date in its own clause; for a date in an opener ("On 2 July, ..."), the
    first main clause after it (not a subordinate "after they disappeared")."""
    t = tables()
    own = sent.clause_of(c.start)
    if _said_on(sent, c):
        return None, None, None  # "the accident board said on Saturday": when it was said
    lead = _DATELINE.match(text, sent.span[0], sent.span[1])
    if lead and c.end <= lead.end():
        return None, None, None  # "KESSEL POINT, Nov 7 (Meridian Wire) -": the report's date
    if _SPAN_OF.search(text, max(0, c.start - 60), c.start):
        return None, None, None  # "six days of rain between 9 and 13 September": a span's own dates
    if opens_entry(text, c.start, c.end):
        return None, None, None  # "14:05 GMT: The mayor says the quake destroyed the market",
        # "22:50 GMT - The warning has been lifted": when the entry was posted, not the event's time
    if _BY_BEFORE.search(text, max(0, c.start - 4), c.start) and not _POSSESSIVE_OF.match(text, c.end):
        return None, None, None  # "By Saturday night, residents were still under orders ...
        # when a train derailed": a time things stood by, no day of an event

    of = _OWN_DATE_OF.search(text, max(sent.span[0], c.start - 40), c.start)
    if of is not None:  # "the derailment of Feb. 3", "the crash on Monday": that noun's date
        k = next((k for k in sent.toks if k.start == of.start(1)), None)
        ev = t.event.get(k.lemma) or t.event.get(k.word.lower()) if k is not None else None
        if k is not None and ev is not None and not _verb_form(k) and k.lemma not in t.verb_only \
                and not k.name and k.word.lower() == k.lemma:  # (one event: not "36 quakes on Tuesday")
            return ev, k.clause, k

    def nearest(ci: int) -> tuple[str, _Tok] | None:
        best: tuple[bool, bool, int, str, int] | None = None
        toks: dict[int, _Tok] = {}
        for i, k in enumerate(sent.toks):
            if k.clause != ci:
                continue
            ev = _phrasal(sent, i) or t.event.get(k.lemma) or t.event.get(k.word.lower())
            if ev is None or (k.lemma in t.verb_only and not _verb_form(k)
                              and not _after_aux(sent, i, _AUX_OR_TO)):
                continue  # "the spot where they sheltered" is no finding (but "would table",
                # "plans to open" are verbs)
            if _noun_modifier(sent, i):
                continue  # "the strike deadline expired on Tuesday": the deadline's day
            if _verb_form(k) and 0 < i < len(sent.toks) - 1 and sent.toks[i - 1].word.lower() in \
                    tables().determiners and sent.toks[i + 1].content and not _verb_form(sent.toks[i + 1]):
                continue  # "pulled the injured driver out on Sunday": an adjective, no event
            if c.kind == "date" and k.end <= c.start and not _verb_form(k) and _of_a_noun(sent, i) \
                    and any(_verb_form(v) and v.content and not v.name for v in sent.toks
                            if v.clause == ci and k.end <= v.start and v.end <= c.start):
                continue  # "Suspects in the attack were brought before a court on Sunday": the
                # attack names who they are; the day is the verb's
            if k.name and not _verb_form(k):
                continue  # "losses from the Pine Ridge Fire on Wednesday": a name's word
            if not _verb_form(k) and any(x != c.start and _OWN_DATE.fullmatch(text, k.end, x)
                                         for x, _ in sent.claim_spans):
                continue  # "its report on Thursday into the derailment of Feb. 3": the
                # derailment's date is its own, not Thursday
            if k.word.lower() != k.lemma and not _verb_form(k) and any(
                    0 <= k.start - e <= _COUNTED_REACH for _, e in sent.claim_spans):
                continue  # "36 volcanic earthquakes on Tuesday": many events, no one's date
            if c.kind == "date" and k.start >= c.end and _REFERENCE_EVENT.search(
                    text, max(c.end, sent.clauses[k.clause][0]), k.start):  # (in the event word's clause)
                continue  # "back at work on Thursday after a strike": the strike is not Thursday's
                # (a span of time runs up to such an event: "ten days until divers found them")
            d = min(abs(k.start - c.end), abs(c.start - k.end))
            # a verb before the date first ("who disappeared ... on June 23 have been
            # located": disappeared), then one after it ("divers on Monday located"),
            # then a noun ("the death on Friday")
            rank = (not _verb_form(k), k.start >= c.end, d, ev, k.start)
            toks[k.start] = k
            if best is None or rank < best:
                best = rank
        return (best[3], toks[best[4]]) if best else None

    got = nearest(own)
    if got is not None and got[1].start >= c.end and not _verb_form(got[1]) \
            and not _POSSESSIVE_OF.match(text, c.end, got[1].start):  # ("Friday's ruling")
        prev = [k for k in sent.toks if k.clause == own and k.end <= c.start and k.content]
        if prev and _verb_form(prev[-1]) and _BARE_BEFORE_DATE.fullmatch(
                text, prev[-1].end, c.start):
            return None, None, None  # "the bodies were recovered on Wednesday from the site of
            # the bridge collapse": the recovery's day, not the collapse's
    if got is not None:
        a, b = sent.clauses[own]
        if t.cancel.search(text, a, b):
            return None, None, None  # "a launch attempt on Tuesday was scrubbed": none took place
        if got[1].end <= c.start and _SINCE.search(text, got[1].end, c.start):
            return None, None, None  # "the launch was the 11th since the first flight in July
            # 2024": a count's start, not the event's date
        return got[0], own, got[1]
    a, b = sent.clauses[own]
    if any(k.content and k.clause == own and not k.name and not k.ident for k in sent.toks):
        return None, None, None  # the clause says something else ("dated Monday")
    # an opener ("On 2 July, ...") dates the main clause after it; a date after the main
    # clause ("A quake struck near Sendai, on Tuesday, June 10") the one before it
    order = list(range(own + 1, len(sent.clauses))) if own == 0 else \
        list(range(own - 1, -1, -1)) + list(range(own + 1, len(sent.clauses)))
    for ci in order:
        x, y = sent.clauses[ci]
        if _SUBORDINATE.match(text[x:y]) or ci in sent.relative:
            continue
        if not any(k.content and k.clause == ci and not k.name and not k.ident for k in sent.toks):
            continue  # another part of the date ("Tuesday, June 10") or a bare name
        got = nearest(ci)
        if got is None and _PLACE_PHRASE.match(text, x, y):
            continue  # "killed two ... in La Pobla, on the edge of the port, on Tuesday night"
        return (got[0], ci, got[1]) if got else (None, None, None)
    return None, None, None


_POSSESSIVE_OF = re.compile(r"['’]s\s")
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)  # "By Saturday night, ..."
_OWN_DATE = re.compile(r"\s+(?:of|on)\s+")  # an event noun's own date: "the derailment of Feb. 3"
_OWN_DATE_OF = re.compile(r"\b([A-Za-z]+)" + _OWN_DATE.pattern + "$")  # (the noun, before the date)
_BARE_BEFORE_DATE = re.compile(r"\s*(?:(?:on|at|in|by|late|early)\s+)?", re.I)  # "recovered on Wednesday"
_COUNTED_REACH = 25  # characters between a count and the plural event noun it counts
# a span of time written as a compound adjective: the length of the noun after it
_LENGTH_OF = re.compile(r".*\w-(?:year|month|week|day|hour|minute|second|night)s?(?:-long)?$", re.I)

def is_length(c: Claim) -> bool:
    """Is a span of time the length of a thing ("a six-year deal", "a 40-minute flight"),
    not time elapsed up to an event? Such a span does not grow with the calendar."""
    return bool(_LENGTH_OF.match(c.text))


# a rate or a charge and what it is levied on: "18% duty on dairy products", "a $5 fee on
# each ticket" (its own noun, one or two words, then "on" and a common noun phrase)
_LEVIED_ON = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}?on\s+(?:the\s+|all\s+|each\s+|every\s+|imported\s+)?"
                        r"(?P<np>[a-z][\w-]*(?:\s+(?!and\b|or\b|from\b|to\b|in\b|by\b|will\b|would\b)[a-z][\w-]*)?)")

# a premium or discount and the price it is measured against: "a 9% premium to the average
# price over the 30 days before", "an almost 7% premium to its closing value on Tuesday"
_PREMIUM_TO = re.compile(r"\s+(?:premium|discount)\s+(?:to|over|on)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*['’]s?\s+)?"
                         r"(?P<np>[a-z][\w-]*(?:\s+(?!and\b|or\b|from\b|to\b|in\b|on\b|of\b|over\b|by\b)[a-z][\w-]*)?)")

# a span of time and what filled it, then its dates: "six days of rain between", "five
# days of talks, from"
_SINCE = re.compile(r"\bsince\b", re.I)


_ENTRY_REACH = 40  # lines read up from a claim for its entry's stamp


def entry_stamp(text: str, pos: int) -> str | None:
    """The stamp of the live page's entry holding ``pos`` (the nearest line above it, or
    its own, that opens on a time and a dash or colon), or None when it is in none."""
    line = text.rfind("\n", 0, pos) + 1
    for _ in range(_ENTRY_REACH):  # (bounded: a long text without stamps costs no more)
        m = ENTRY_LINE.match(text, line)
        if m:
            return m.group(1)
        if line == 0:
            return None
        line = text.rfind("\n", 0, line - 1) + 1
    return None


_OF_PREPOSITIONS = frozenset({"in", "of", "over", "from", "behind", "into", "for"})


def _of_a_noun(sent: "_Sentence", i: int) -> bool:
    """Is the noun ``sent.toks[i]`` in a phrase after another noun ("suspects in the
    terrorist attack", "the victims of the crash"): what that noun is, not an event of
    the clause?"""
    j = i - 1
    while j >= 0 and i - j <= 4 and sent.toks[j].clause == sent.toks[i].clause:
        low = sent.toks[j].word.lower()
        if low in _OF_PREPOSITIONS:
            prev = sent.toks[j - 1] if j > 0 else None
            return prev is not None and prev.clause == sent.toks[i].clause and prev.content \
                and not prev.name and not _verb_form(prev) and prev.word.lower() not in _OF_PREPOSITIONS
        if not (low in tables().determiners or sent.toks[j].name or sent.toks[j].content
                and not _verb_form(sent.toks[j])):
            return False
        j -= 1
    return False


def _noun_modifier(sent: "_Sentence", i: int) -> bool:
    """Is the word at ``i`` a noun modifying the noun right after it, after a determiner
    or a name ("the strike deadline expired", "the company's launch director retired")?
    It names a thing, not the event. A next word ending in -s may be a verb ("the launch
    slips"), so it does not count."""
    k = sent.toks[i]
    if i + 1 >= len(sent.toks) or i == 0 or _verb_form(k) or k.word.lower() != k.lemma:
        return False
    t = tables()
    p = sent.toks[i - 1]
    if not (p.word.lower() in t.determiners or p.name or p.word.endswith(("'s", "’s"))) \
            or sent.text[p.end:k.start].strip():
        return False  # "failed to reach orbit", "will launch satellites": a verb's own form
    n = sent.toks[i + 1]
    low = n.word.lower()
    return n.clause == k.clause and not sent.text[k.end:n.start].strip() and n.content \
        and not n.name and not n.ident and not _verb_form(n) and not low.endswith("s") \
        and low not in t.time and n.lemma not in t.event
# between a date and an event word after it: a phrase that names another, earlier or later
# event ("on Thursday morning after a strike", "on Monday, three days before the vote")
_REFERENCE_EVENT = re.compile(r"\b(?:after|before|following|since|until|ahead\s+of)\b", re.I)
# after an ordinal, words that make it the last of all ("the eighth and final round")
_LAST_OF = re.compile(r"\s+and\s+(?:final|last)\b", re.I)
# a name set off by a comma before a distance, and what follows a distance from it
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s*$")
_AWAY = re.compile(
    r"\s+(?:away|to\s+the\s+(?:north|south|east|west)|(?:north|south)(?:-?(?:east|west))?|east|west)\b", re.I)
_SPAN_OF = re.compile(r"\b(?:days?|nights?|weeks?|months?|hours?|years?)\s+of\s+(?:[\w-]+\s*){1,3}?,?\s*"
                      r"(?:between|from)\s+$", re.I)
_PARTICLE_REACH = 4  # words between a phrasal verb and its particle ("brought the crew out")


def _phrasal(sent: _Sentence, i: int) -> str | None:
    """The event of a verb with its particle ("brought out", "went into"), if token ``i``
    is such a verb in a verb's form and its particle follows within reach in its clause."""
    k = sent.toks[i]
    particles = tables().phrasal.get(k.lemma) or tables().phrasal.get(k.word.lower())
    if not particles or (not _verb_form(k) and k.word.lower() != k.lemma):
        return None  # a noun's plural ("cuts", "heads") is no verb
    for n in sent.toks[i + 1:i + 1 + _PARTICLE_REACH]:
        if n.clause != k.clause:
            break
        got = particles.get(n.word.lower())
        if got:
            return got
    return None


def _planned(sent: _Sentence, ci: int, end: int, text: str) -> bool:
    """Is a date's event a forecast, a plan or a hypothesis: a modal or forecast word
    between the start of its event's clause and ``end`` (its event word or the date,
    whichever is later: "the vote is expected on Monday", "rain expected on Saturday
    could cut the road off")?"""
    from factcheck.link_text import _FORECAST

    return _FORECAST.search(text, sent.clauses[ci][0], end) is not None and not past_verb_before(text, end)
    # ("will be absorbed in a deal announced Tuesday": the past verb's date)


# "for the fifth time", "the fourth straight" (no noun: the modifier ends the phrase),
# "three in a row": an ordinal that ranks occurrences
_NTH_TIME = re.compile(r"(?:\s+(?:straight|consecutive|successive))?\s+times?\b|"
                       r"\s+(?:straight|consecutive|successive)(?=\s*(?:[,.;:!?)]|$))|"
                       r"\s+in\s+(?:succession|a\s+row)\b", re.I)


_COPULA_THE = re.compile(r"\b(?:is|was|are|were|be|becomes|became|marks|marked)\s+(?:the|its|his|her|their)\s+$",
                         re.I)  # before an ordinal that stands alone: "the renewal is the tenth"
TALLY = re.compile(r"(\d{1,4})\s*(?:-|–|to)\s*(\d{1,4})")  # a vote's two sides: "7-3", "9 to 4"
_VOTE_WORDS = re.compile(r"\b(?:vot\w*|ballot\w*|margin|majority)\b", re.I)
_VOTE_SIDE = re.compile(
    r"(?:(?:\s+[a-z]+){0,2}?\s+vot(?:ed|ing|es?))?\s+(?:(?P<for>in\s+favou?r)|(?P<against>against)\b|"
    r"(?P<abstain>abstain(?:ed|ing)?|abstentions?)\b)|(?:\s+[a-z]+){0,2}?\s+vot(?:ed|ing|e)\s+(?P<for2>for)\b"
    r"|(?:\s+[a-z]+){0,2}?\s+(?:(?P<for3>backed|supported)|(?P<against2>opposed|rejected))\s+(?:it|them|the)\b",
    re.I)


def vote_side(text: str, end: int) -> str | None:
    """The side of a vote a count right before ``end`` is ("141 in favour", "12 members
    voted against", "4,210 members backed the deal", "1,020 opposed it"): "for",
    "against", "abstain", or None."""
    side = _VOTE_SIDE.match(text, end)
    if side is None:
        return None
    if side.group("for") or side.group("for2") or side.group("for3"):
        return "for"
    return "against" if side.group("against") or side.group("against2") else "abstain"


# between a number and a word: a comma or a preposition, so the word is no noun it counts
_DETACHED = re.compile(r"[,;:()]|\b(?:at|in|on|from|to|for|by|with|as|after|before|since|into)\b", re.I)


def _head(sent: _Sentence, c: Claim) -> str | None:
    """What a count counts or an ordinal ranks: the first content word after it ("12
    boys", "2nd Class"), or the last word of its ``about``."""
    nth = _NTH_TIME.match(sent.text, c.end) if c.kind == "ordinal" else None
    if nth:  # "won the cup for the fifth time", "the sixth straight increase"; the verb of a
        # clause after "time" is what occurs ("the third time the gates have been used",
        # "the second time its operators had to use it": a third use)
        return _verb_after(sent, nth.end()) or "time"
    if c.kind == "count" and TALLY.fullmatch(c.text) and _VOTE_WORDS.search(
            sent.text, max(sent.span[0], c.start - 40), min(sent.span[1], c.end + 12)):
        return "vote:tally"  # "voting 9-4", "on an 8-5 vote", "by a margin of 9 to 4"
    if c.kind == "count":
        side = vote_side(sent.text, c.end)
        if side:  # "141 in favour", "146 countries voted in favour": one side of a vote
            return "vote:" + side
    if c.kind == "count":
        colon = results_list(sent.text, c.start, c.end)
        if colon is not None and colon >= sent.span[0]:
            lead = next((k for k in sent.toks if k.end <= colon and k.content and not k.name
                         and _plural(k)), None)
            if lead is not None:  # "Seats declared: Labour 412 (+210), Conservatives 121": seats
                return lead.concept
    after = [k for k in sent.toks if k.start >= c.end]
    if c.kind == "count" and after and _verb_next(sent, c.end, after[0]) and not _modifies(sent, after):
        # "Four miners died and 12 were hurt": a count with no noun counts the noun of
        # the count before it in its sentence
        for _, e in reversed([x for x in sent.claim_spans if x[1] <= c.start]):
            nxt = next((k for k in sent.toks if k.start >= e), None)
            if nxt is not None and nxt.content and not sent.text[e:nxt.start].strip() and \
                    not nxt.word.lower().endswith(("ed", "ing")):  # ("fishermen" is no verb)
                return nxt.concept
    if c.kind == "ordinal":  # "a third consecutive term", "the sixth straight increase"
        after = [k for k in after if k.word.lower() not in tables().ordinal_modifiers]
        if after and after[0].lemma in tables().time and not sent.text[c.end:after[0].start].strip(" -"):
            return after[0].lemma  # "in the 76th minute", "on the third day": a time word ranked
        if tables().bare_place.match(sent.text, c.end):
            return "place"  # "from sixth to fourth in the league", "finished second": a place
        names = 0
        while names < min(3, len(after) - 1) and after[names].name and after[names].content:
            names += 1
        if names and after[names].content and not after[names].name and after[names].word.islower():
            return after[names].concept  # "a fourth Port Halden crown": the crown, of Port Halden
        run = 0  # a noun phrase of lower-case words: its last word is ranked ("a 23rd touring
        while run < min(3, len(after)) and after[run].content and not after[run].name \
                and after[run].word.islower() and not _verb_form(after[run]) \
                and (not run or not sent.text[after[run - 1].end:after[run].start].strip(" -")):
            run += 1  # car win": the win)
        if run >= 2 and after[run - 1].word.lower() == after[run - 1].lemma:
            return after[run - 1].concept
        if _COPULA_THE.search(sent.text, max(sent.span[0], c.start - 24), c.start) and not (
                after and after[0].content and not sent.text[c.end:after[0].start].strip()):
            subject = [k for k in sent.toks if k.end <= c.start and k.content and not k.name
                       and not _verb_form(k)]
            if subject:  # "Thursday's renewal is the tenth since 2015": the ordinal ranks
                return subject[-1].concept  # its subject's noun
    elif after[1:] and after[0].word.lower() in tables().count_modifiers and \
            not sent.text[c.end:after[0].start].strip(" -"):
        after = after[1:]  # "12 new ships", "250 more engineers": the noun after
    for i, k in enumerate(after[:3]):
        if _DETACHED.search(sent.text, c.end, k.start):
            break  # "a crowd of 38,512 at Mill Lane", "12,400, the biggest crowd": no noun of its own
        if k.content and k.word.lower().endswith("ed") and _verb_form(k) and not (
                i + 1 < len(after) and after[i + 1].content):
            break  # "a crowd of 61,842 created a ...": a verb, not what is counted
        if k.content and (k.word.lower().endswith(("ing", "ed")) or k.word.lower() in tables().demonym) \
                and i + 1 < len(after) \
                and after[i + 1].content and not after[i + 1].name and not _verb_form(after[i + 1]) \
                and not sent.text[k.end:after[i + 1].start].strip():
            return _compound_head(sent, after, i + 1)  # "12 missing boys", "800 Canadian troops":
            # the noun ("650 unarmed police monitors": the monitors)
        if k.content and k.word.lower() == k.lemma and i + 3 < len(after) and \
                after[i + 1].word.lower() in ("and", "or") and after[i + 2].content and \
                after[i + 3].content and not after[i + 3].name and after[i + 3].word.lower() != after[i + 3].lemma \
                and re.fullmatch(r"[\w\s'’-]*", sent.text[k.end:after[i + 3].start]):
            return after[i + 3].concept  # "418 domestic and international flights": the flights
        if k.content:
            return _compound_head(sent, after, i)
    before = [k for k in sent.toks if k.end <= c.start][-2:]
    if len(before) == 2 and before[1].word.lower() == "of" and before[0].content \
            and not before[0].name:
        return before[0].concept  # "a crowd of 61,842", "a workforce of 9,000"
    if c.about:
        words = _TOKEN.findall(c.about)
        if words:
            return _concept(lemma(words[-1]))
    return None


def _modifies(sent: _Sentence, after: Sequence[_Tok]) -> bool:
    """Is the word after a number a participle before its noun ("650 unarmed police
    monitors"), not the number's verb ("12 were hurt", "32 died")?"""
    return len(after) > 1 and after[0].word.lower().endswith("ed") and after[1].content \
        and not after[1].name and not _verb_form(after[1]) \
        and not sent.text[after[0].end:after[1].start].strip()


def _compound_head(sent: _Sentence, after: list[_Tok], i: int) -> str:
    """The noun a count counts, from its first word ``after[i]``: a plural noun right
    after singular words that qualify it ("25,000 oral cholera vaccine doses": the doses),
    else that first word ("40 branches next year", "300 medical staff"); two plural nouns
    joined by "and" or "or" are counted together ("1,700 appointments and operations")."""
    head = i
    if after[i].word.lower() == after[i].lemma and not after[i].name:  # a singular qualifier
        for j in range(i + 1, min(i + 4, len(after))):
            n = after[j]
            if not n.content or n.name or sent.text[after[j - 1].end:n.start].strip():
                break
            if _plural(n):
                head = j
                break
    k = after[head]
    if _plural(k) and head + 2 < len(after):
        n = after[head + 2]
        then = after[head + 3].word.lower() if head + 3 < len(after) else ""
        if n.content and not n.name and _plural(n) and then not in tables().determiners \
                and re.fullmatch(r"\s+(?:and|or)\s+", sent.text[k.end:n.start]):
            # "1,700 appointments and operations": both, counted as one (not "2,800 troops
            # and asks the mission", a verb before its object)
            return f"{k.concept}+{n.concept}"
    return k.concept


def _plural(k: _Tok) -> bool:
    """A noun's plural ("doses"): a word that is not its lemma, nor a verb's inflection
    ("died", "landing")."""
    w = k.word.lower()
    return w != k.lemma and not _verb_form(k) and not w.endswith(("ed", "ing"))


def _verb_after(sent: _Sentence, at: int) -> str | None:
    """The label of the verb that opens the clause right after ``at`` ("the structure has
    been used", "in its history that its operators had to use"), within twelve words and
    no punctuation."""
    prev = None
    for k in [k for k in sent.toks if k.start >= at][:12]:
        if re.search(r"[,.;:!?()]", sent.text[at:k.start]):
            return None
        if not k.name and (k.content and _verb_form(k) or prev == "to"):  # ("had to cut")
            return _verb_label(k.lemma)
        prev = k.word.lower()
    return None


# a measurement's subject and verb before it: "Its central span is 142 metres long", "the
# hull measures 74 metres"
_MEASURED_BY = re.compile(r"(?:is|was|are|were|measures|measured|measuring|stretches|stretched|spans|spanned)"
                          r"(?:\s+(?:about|some|around|roughly|nearly|almost|just|over|under|more|less|than))*\s*$",
                          re.I)


@lru_cache(maxsize=1)
def _in_dimension() -> re.Pattern[str]:
    """A length's extent after it: "in length", "tall" (units.yaml ``dimension_words``)."""
    words = "|".join(sorted(surfaces().dimension_words))
    return re.compile(rf"\s+(?:in\s+(?:length|height|width|depth|diameter)|{words})\b")


def _measured(sent: _Sentence, c: Claim, text: str) -> tuple[str | None, bool]:
    """What a physical quantity measures, when its sentence says it in a noun: the noun a
    compound adjective qualifies ("the 142ft central span", "a 74-metre vessel", "a
    142-metre (466ft) span"), or the subject of "is"/"measures" right before the figure
    ("its central span is 142 metres long"); None otherwise (a pronoun: "it measured").
    And whether it is the compound adjective's: a fixed attribute of the thing, whenever
    the sentence is dated."""
    after = [k for k in sent.toks if k.start >= c.end][:4]
    extent = False
    if after and text[c.end:after[0].start] == "-" and after[0].word.lower() in surfaces().dimension_words:
        after, extent = after[1:], True  # "the 21-foot-long vessel"
    if after and (extent or re.fullmatch(r"\s*(?:\([^()]{1,24}\)\s*)?", text[c.end:after[0].start])) \
            and (re.search(r"\d-?[a-z]+$", c.text) or "-" in c.text):
        words = [after[0]]
        for k in after[1:2]:  # an adjective and its noun at most ("central span")
            if not k.content or k.name or _verb_form(k) or text[words[-1].end:k.start].strip() \
                    or k.word.lower().endswith("ly"):
                break  # (an adverb is no noun: "a 49-metre kick cleanly between the posts")
            words.append(k)
        noun = words[-1]
        if noun.content and not noun.name and not _verb_form(noun):
            return noun.concept, True
        if len(words) == 1 and noun.name and _name_word(noun):
            return _place(noun.lemma), True  # a named thing: "the 22-foot (6.7-meter) Titan"
    if _in_dimension().match(text, c.end):  # "a vessel 984 feet in length", "a tower 90 m tall"
        before = [k for k in sent.toks if k.end <= c.start]
        if before and before[-1].content and not before[-1].name and not _verb_form(before[-1]) \
                and not text[before[-1].end:c.start].strip():
            return before[-1].concept, True
    verb = _MEASURED_BY.search(text, max(sent.span[0], c.start - 40), c.start)
    if verb:
        before = [k for k in sent.toks if k.end <= verb.start()]
        if before and before[-1].content and not before[-1].name \
                and not text[before[-1].end:verb.start()].strip():
            return before[-1].concept, False
    return None, False


def _whose_age(sent: _Sentence, c: Claim) -> str | None:
    """Whose age a number is: the noun after "N-year-old" ("a 25-year-old coach"), else
    the nearest word before it past the age words ("the boys, aged 11-16", "Jane Ode,
    39,", "whose ages range between 11 and 15" -> the group named before)."""
    if _AGE.search(c.text):
        appositive = _apposed_to(sent, c)
        if appositive is not None:
            return appositive
        after = [k for k in sent.toks if k.start >= c.end and k.content]
        return after[0].concept if after else None
    before = [k for k in sent.toks if k.end <= c.start and k.content and k.concept != "age"
              and k.lemma not in ("range", "between")]
    return before[-1].concept if before else None


def _apposed_to(sent: _Sentence, c: Claim) -> str | None:
    """Who an age in apposition is of: the first word of the clause before it, when the
    age opens its own clause after a determiner ("Brenner, the 34-year-old from
    Hamburg" -> brenner; "The firefighter injured on Thursday, a 34-year-old member of
    the crew" -> firefighter), not after a phrase of place or time ("In Hamburg, a
    34-year-old man"); or the name that ends that clause ("Some background on Jana
    Holt, the 49-year-old who ..." -> holt)."""
    own = sent.clause_of(c.start)
    a0 = sent.clauses[own][0]
    if own == 0 or sent.text[a0:c.start].strip().lower() not in tables().determiners:
        return None
    prev = [k for k in sent.toks if k.clause == own - 1]
    if not prev or prev[0].word.lower() in _ADVERBIAL:
        return None
    if prev[-1].name and prev[-1].content and not _where(sent, sent.toks.index(prev[-1])):
        return prev[-1].concept  # (not a place: "the firefighter injured near Banff, a 34-year-old")
    if not prev[0].content and not (
            len(prev) > 1 and prev[0].word.lower() in tables().determiners and prev[1].content):
        return None
    first = prev[0] if prev[0].content else prev[1]
    return first.concept


def _predicate(sent: _Sentence, c: Claim) -> str | None:
    """The verb of the claim's clause nearest to it, as a synonym label ("were freed" ->
    rescue, "located" -> find), or None."""
    i = _predicate_at(sent, c)
    return _verb_concept(sent.toks[i]) if i is not None else None


def _verb_concept(k: _Tok) -> str:
    """A verb's label: its verb sense's, else its word's (``_concept``)."""
    return _verb_label(k.lemma)


def _verb_label(lem: str) -> str:
    """A verb lemma's label: its verb sense (``verb_synonyms``), else its concept."""
    return tables().verb_synonym.get(lem) or _concept(lem)


def _predicate_at(sent: _Sentence, c: Claim) -> int | None:
    """The index of the verb of the claim's clause nearest to it: a word in a verb's form,
    or one right after an auxiliary ("had been cut off", "were hit"). (Memoised in the
    sentence: a count's predicate and its event both ask.)"""
    key = (c.start, c.end)
    if key not in sent.predicates:
        sent.predicates[key] = _find_predicate(sent, c)
    return sent.predicates[key]


def _find_predicate(sent: _Sentence, c: Claim) -> int | None:
    own = sent.clause_of(c.start)
    best: tuple[int, int] | None = None
    for i, k in enumerate(sent.toks):
        if k.clause != own or k.lemma in tables().reporting or k.ident or k.name:
            continue  # ("have confirmed that 214 homes were destroyed": destroyed)
        if k.start >= c.end and not sent.text[c.end:k.start].strip() and not k.word.endswith("ed"):
            continue  # the word right after a number is what it counts ("12 men had been ...")
        if k.start >= c.end and any(c.end <= a and b <= k.start and not sent.text[b:k.start].strip()
                                    for a, b in sent.figures):
            continue  # another amount's own participle ("the toll at 157 deaths and over 5,000
            # injured"; but "Five Saudis and 198 citizens of nine countries reached Jeddah":
            # one verb of both)
        # a present tense right before the number is its verb ("operates 61 vessels")
        takes = k.end <= c.start and not sent.text[k.end:c.start].strip() and _present_s(k)
        if not (_verb_form(k) or takes or _after_aux(sent, i, _AUX)):
            continue
        nxt = sent.toks[i + 1] if i + 1 < len(sent.toks) else None
        owns = k.lemma == "have" and nxt is not None and not _verb_form(nxt) and \
            nxt.word.lower() not in _AUX  # "has a fleet of 58 ships", not "has ordered 12"
        if k.lemma in tables().stop and _phrasal(sent, i) is None and not owns:
            continue  # a function word, unless a phrasal event's verb ("cut off") or "have"
        between = [j for j in range(i + 1, len(sent.toks)) if sent.toks[j].end <= c.start] \
            if k.end <= c.start else [j for j in range(i) if sent.toks[j].start >= c.end]
        if _other_conjunct(sent, between, _AUX):
            continue  # "carried 1.4 million boxes and now operates 61 ships": not carry
        d = min(abs(k.start - c.end), abs(c.start - k.end))
        if best is None or d < best[0]:
            best = (d, i)
        if best[1] != i and _reduced_relative(sent, c, best[1]) and _after_aux(sent, i, _AUX) \
                and _verb_form(k) and k.lemma in tables().event and k.start > sent.toks[best[1]].end:
            return i  # "Four paintings stolen from a museum have been found": found (an event's
            # verb; not "four boys rescued on Sunday had asked")
    return best[1] if best else None


def _reduced_relative(sent: _Sentence, c: Claim, i: int) -> bool:
    """Is token ``i`` a participle right after the noun a number counts, with no auxiliary
    ("four paintings stolen from the museum"): the noun's description, not its verb?"""
    k = sent.toks[i]
    gap = sent.text[c.end:k.start].split()
    return k.start >= c.end and 1 <= len(gap) <= 2 and k.word.lower().endswith(("ed", "en")) \
        and not _after_aux(sent, i, _AUX)


def _present_s(k: _Tok) -> bool:
    """A lower-case word in -s where a verb stands ("operates", "has"): a present tense,
    though its form alone cannot tell it from a plural noun."""
    return k.word.islower() and k.word.endswith("s") and not k.word.endswith(("'s", "’s"))


def _verb_next(sent: _Sentence, end: int, k: _Tok) -> bool:
    """Is ``k``, right after a number ending at ``end``, a verb ("12 were hurt", "32 died")?"""
    return not sent.text[end:k.start].strip() and (k.word.lower() in _AUX or _verb_form(k))


def _after_aux(sent: _Sentence, i: int, aux: frozenset[str]) -> bool:
    """Does token ``i`` follow an auxiliary, past adverbs ("were freed", "are still
    unaccounted for"), not past a determiner ("has a fleet")?"""
    for k in reversed(sent.toks[max(0, i - 3):i]):
        low = k.word.lower()
        if low in aux:
            return True
        if k.lemma not in tables().stop or low in tables().determiners:
            return False
    return False


def _other_conjunct(sent: _Sentence, between: Sequence[int], aux: frozenset[str]) -> bool:
    """Does a verb phrase joined by "and" start among the tokens ``between`` a verb and a
    number ("moved 1.4 million boxes and has a fleet of 16 ships")?"""
    toks = sent.toks
    for j in between:
        if toks[j].word.lower() != "and":
            continue
        for u in toks[j + 1:]:
            if any(ch.isdigit() for ch in sent.text[toks[j].end:u.start]):
                break  # "12 boys and 16 adults": a list of counts
            if u.word.lower() in aux:
                return True  # "... and has a fleet of 16 ships"
            if u.lemma in tables().stop:
                continue  # ("and now operates")
            if _verb_form(u) or _present_s(u):
                return True
            break
    return False


def _idiom(sent: _Sentence, c: Claim, head: str | None) -> tuple[str, str] | None:
    """A count whose idiom names what befell those it counts (``count_idioms``): the
    idiom's noun as the count's own after one of its verbs ("the fire claimed five
    lives"), or after the count, its verb before it ("five people lost their lives")."""
    idioms = tables().count_idioms
    own = sent.clause_of(c.start)
    idiom = idioms.get(head or "")
    if idiom is not None and any(k.lemma in idiom[0] for k in [
            k for k in sent.toks if k.end <= c.start and k.clause == own][-3:]):
        return idiom[1], idiom[2]
    after = [k for k in sent.toks if k.start >= c.end and k.clause == own][:6]
    for i, k in enumerate(after):
        for noun, (verbs, ihead, event) in idioms.items():
            if k.lemma in verbs and _verb_form(k) and any(n.lemma == noun for n in after[i + 1:i + 3]):
                return ihead, event
    return None


def _running_total(sent: _Sentence, c: Claim) -> tuple[str, str | None, str | None] | None:
    """What a running total counts, what befell them (``running_totals``) and the verb
    that says so: "the number of people killed ... rose to 247" -> (people, died, kill),
    "the death toll climbed to 274" -> (people, died, None), "the number of patients
    waiting more than a year reached 9,120" -> (patient, None, wait); None unless the count
    ends such a phrase in its own clause. The verb is the count's predicate: "rose to" and
    "reached" move the level, they are not what was done to those counted."""
    t = tables()
    own = sent.clause_of(c.start)
    before = [k for k in sent.toks if k.clause == own and k.end <= c.start]
    if not before or before[-1].word.lower() not in t.total_before:
        return None
    for i, k in enumerate(before):
        low = k.word.lower()
        if low == "toll" and i and before[i - 1].word.lower() in t.tolls:
            head, event = t.tolls[before[i - 1].word.lower()]
            return head, event, None
        if k.lemma != "number" or i + 1 >= len(before) or before[i + 1].word.lower() != "of":
            continue
        phrase = before[i + 2:i + 6]
        nouns = [j for j, n in enumerate(phrase) if n.content and not n.name
                 and not n.word.lower().endswith(("ed", "ing"))]
        if not nouns:
            return None
        j = nouns[0]
        verb = next((n for n in phrase[j + 1:j + 3] if n.word.lower().endswith(("ed", "en", "ing"))), None)
        event = (t.event.get(verb.lemma) or t.event.get(verb.word.lower())) if verb else None
        return phrase[j].concept, event, _verb_concept(verb) if verb else None
    return None


def _count_event(sent: _Sentence, c: Claim) -> str | None:
    """What was done to those a count counts: the event class of its clause's verb
    ("eight miners were trapped", "nine had been cut off": trapped), or None."""
    i = _predicate_at(sent, c)
    if i is None:
        return None
    k = sent.toks[i]
    return _phrasal(sent, i) or tables().event.get(k.lemma) or tables().event.get(k.word.lower())


def document_frames(doc: Document, claims: Sequence[Claim], index: TextIndex | None = None,
                    keys: TextKeys | None = None) -> list[Frame | None]:
    """A frame for each claim (None for claims with no comparable value); ``keys`` is the
    document's sentence reading when linking shares it."""
    from factcheck.link_text import TextKeys

    index = index or (keys.index if keys is not None else TextIndex(doc.text))
    keys = keys or TextKeys(doc, claims, index)
    text = doc.text
    doc_names = _names(text)
    acronyms = name_acronyms(text)
    spans = sorted((c.start, c.end) for c in claims)
    sentences: dict[tuple[int, int], _Sentence] = {}
    out: list[Frame | None] = []
    for c in claims:
        dim = claim_dimension(c, text[max(0, c.start - 40):c.start])
        if dim == "ordinal" and _LAST_OF.match(text, c.end):
            dim = "count"  # "the eighth and final round": there were eight rounds
        if c.text.endswith(('"', "'", "”", "’", "″", "′")):
            dim = None  # a prime mark (inches, feet) reads like a closing quote: ambiguous
        if dim is None:
            out.append(None)
            continue
        s = index.sentence_span(c.start)
        if s not in sentences:
            inside = [(a, b) for a, b in spans if s[0] <= a < s[1]]
            sentences[s] = _Sentence(text, s, doc_names, inside,
                                     [(o.start, o.end, _ident_label(o)) for o in claims
                                      if o.kind == "identifier" and s[0] <= o.start < s[1]],
                                     [(o.start, o.end) for o in claims if o.kind in _AMOUNTS
                                      and s[0] <= o.start < s[1]])
        out.append(_frame(c, dim, sentences[s], keys, claims, text, acronyms))
    return out


def _frame(c: Claim, dim: str, sent: _Sentence, keys: TextKeys, claims: Sequence[Claim],
           text: str, acronyms: Mapping[str, tuple[str, ...]]) -> Frame | None:
    """The frame of one claim of dimension ``dim`` in its sentence."""
    own = sent.clause_of(c.start)
    event, actors, agent = None, set(), None
    if dim == "date":
        event, ci, word = _event(sent, c, text)
        if event is None or word is None or ci is None:
            return None
        # who and what the event is about: the words around its event word
        terms = {k: v for k, v in _weights(sent, word.start, word.end, subject=True).items()
                 if tables().event.get(k) != event}
        clause_ids, subject, said = {own, ci}, None, None
        # who the event happened to: the names before its event word, sources left out
        # ("Jane Ode, a diver, was found" -> jane, ode; "rescuers found the boys" -> none)
        # and after the last reporting verb before it ("the Institute said the quake hit")
        told = max((k.end for k in sent.toks if k.end <= word.start and not k.name and (
            k.lemma in tables().reporting or k.word.lower() in tables().reporting)), default=0)
        actors = {_place(k.lemma) for i, k in enumerate(sent.toks) if k.name and _name_word(k)
                  and told <= k.start and k.end <= word.start and k.clause not in sent.attribution
                  and not _where(sent, i)}  # ("a fire in north-east Spain killed two")
        agent = _agent(sent, word, ci, text if event in tables().generic_events else None)
    else:
        terms = _weights(sent, c.start, c.end)
        clause_ids = {own}
        subject, said = keys.text_frame(c)
        if dim == "second" and not is_length(c):
            # the event a span of time runs up to: "found alive after nine days" (not the
            # length of a thing: "signed a six-year deal", "a 40-minute flight")
            event = _event(sent, c, text)[0]
            if event in tables().date_only_events:
                event = None  # "won the 400m in 3:58.20": the race's length, no span up to the win
        elif dim == "count":  # what was done to those it counts: "eight were trapped"
            event = _count_event(sent, c)
    for acr in [t for t in terms if t in acronyms]:  # "NLA" stands for its name's words
        for w in acronyms[acr]:
            terms[w] = max(terms.get(w, 0.0), terms[acr])
    for w in (said or "").split():  # what the clause's syntax says it measures: a noun
        lem = lemma(w.strip("()"))  # phrase and, in brackets, its verb ("votes (counted)")
        terms[_verb_label(lem) if w.startswith("(") else _concept(lem)] = NEAR
    entities = {_place(k.lemma) for k in sent.toks if k.name and _name_word(k)
                and (k.clause in clause_ids or k.clause == 0)}
    from factcheck.link_text import WITHIN

    if dim == "meter" and WITHIN.search(text, max(0, c.start - 16), c.start):
        terms["radius"] = NEAR  # "within 2 km of the plant" is a zone's radius, as "a two-mile radius"
    measure = {k for k, w in terms.items() if w >= _MEASURE_WEIGHT}
    if dim == "age":
        measure.add("age")  # what an age measures, whatever words stand next to it
    if c.about:
        measure |= {_concept(lemma(w)) for w in _TOKEN.findall(c.about)
                    if lemma(w) not in tables().stop}
    measured, fixed = _measured(sent, c, text) if c.kind == "quantity" and dim not in ("share", "date") \
        else (None, False)  # what a physical quantity measures; a compound adjective's is fixed
    head = _head(sent, c) if dim in ("count", "ordinal") else \
        _whose_age(sent, c) if dim == "age" else _spent_on(sent, c) if dim == "second" else measured
    if dim == "count" and head == _concept("people") and \
            tables().settlement_of.search(text, max(sent.span[0], c.start - 30), c.start):
        head = _concept("resident")  # "a city of roughly 100,000 people": its residents
    if dim == "count" and event is None and head in tables().tally:
        event = tables().event.get(head)  # "Katrina, with 1,392 deaths", "more than 900 injuries"
    if dim == "ordinal" and head == "place" and "place" not in terms:
        terms["place"] = NEAR  # a bare "sixth" is the place "sixth place" names
        measure.add("place")
    total, verb = False, None
    if dim == "count":
        idiom = _idiom(sent, c, head)
        if idiom is not None:
            head, event = idiom  # "claimed five lives", "five people lost their lives"
        running = _running_total(sent, c)
        if running is not None:  # "the number of people killed rose to 247": 247 people died
            head, event = running[0], running[1] or event
            verb = running[2]
        total = idiom is not None or running is not None
    a0, b0 = sent.clauses[own]
    ranks = sorted({o.value.value for o in claims if o is not c and o.kind == "ordinal"  # type: ignore[union-attr]
                    and a0 <= o.start < b0 and not o.unresolved})
    role, periods, scope = None, (), None
    if dim == "date" and _planned(sent, ci, max(word.start, c.start), text):  # type: ignore[union-attr, arg-type]
        role = FORECAST  # "rain expected on Saturday could cut them off"
    if dim != "date":
        role = _role(c, dim, keys, text, sent.span[0])
        if role == FORECAST and fixed:
            role = None  # "how it will feel inside the 926-pound capsule": the capsule's
            # weight is no forecast, whatever the clause's verb
        if role == CHANGE:
            unit = change_baseline(text, c.end, sent.clauses[own][1])
            role = f"{CHANGE} (against the previous {unit})" if unit else role
        scoped, found = keys.scope_of(c)
        periods = tuple(found)
        dated = [v for v in scoped if v.start is not None and v.end is not None]
        if dated and not (dim == "second" and is_length(c)) and not fixed:  # (the dates of a
            # "five-year contract that runs until June 2031" are the thing's, not the figure's,
            # and so are those of a sentence about "the 96ft main span")
            scope = (min(v.start for v in dated), max(v.end for v in dated))  # type: ignore[type-var]
    levied = None
    if dim == "share" or c.kind == "money":  # what a rate or a charge is on ("18% duty on dairy")
        on = _LEVIED_ON.match(text, c.end) or _PREMIUM_TO.match(text, c.end)
        if on:
            words = {_concept(lemma(w)) for w in on.group("np").split()}
            words = {w for w in words if w not in tables().stop and w not in tables().time}
            levied = " ".join(sorted(words)) or None
    landmark = None
    if dim == "meter":  # what the distance is measured from
        lm = tables().landmark.match(text, c.end)
        if lm and lm.group("noun"):  # a common noun: its head ("the runway end" -> "the end")
            landmark = "the " + _concept(lemma(lm.group("noun")))
            if text.startswith(" of ", lm.end("noun")):
                landmark += " of"  # "west of the site of the 2010 quake": a place told by what
                # happened there, not another name of the capital
        elif lm:
            words = [w for w in lm.group("name").split() if lemma(w) not in tables().stop]
            landmark = " ".join(_place(lemma(w)) for w in words) or None
        else:  # a place, then its distance set off by a comma: "from Lima, some 600 km away"
            lb = _PLACE_BEFORE.search(text, max(0, c.start - 40), c.start)
            if lb and _AWAY.match(text, c.end):
                words = [w for w in lb.group("name").split() if lemma(w) not in tables().stop]
                landmark = " ".join(_place(lemma(w)) for w in words) or None
        if landmark and role and role.startswith(CHANGE):
            role = None  # "went down about 14 km off the coast": where, not by how much
    elif dim == "second" and ((gm := tables().gap.match(text, c.end)) is not None or (
            gm := tables().gap_before.search(text, max(0, c.start - 80), c.start)) is not None):
        words = [w for w in gm.group("name").split() if lemma(w) not in tables().stop]
        landmark = " ".join(_place(lemma(w)) for w in words) or None  # the rival a gap is to
    figures: tuple[str, ...] = ()
    if dim == "date" and event in tables().generic_events:  # what was announced, signed
        s0, s1 = sent.span
        figures = tuple(sorted({f for o in claims if s0 <= o.start < s1 and (f := _figure(o)) is not None}))
    elif dim == "count":  # the spans that tell which group a count counts: "waiting more than 18 months"
        figures = tuple(sorted({f"days {o.value.days:g}" for o in claims  # type: ignore[union-attr]
                                if a0 <= o.start < b0 and isinstance(o.value, DurationValue)
                                and not o.unresolved}))
    whose = _whose(sent, own, subject, c.start, c.end) - ({head} if dim in ("count", "ordinal") else set())
    if dim == "age" and head and any(k.name and k.concept == head for k in sent.toks):
        whose |= {head}  # a person's age is that person's, whatever else the clause names
    return Frame(
        landmark=landmark, total=total, levied=levied, figures=figures,
        dimension=dim, measure=tuple(sorted(measure)), terms=dict(sorted(terms.items())),
        entities=tuple(sorted(_expand(entities, acronyms))), event=event, role=role,
        predicate=verb if verb is not None else _predicate(sent, c) if dim != "date" else None, head=head,
        names=tuple(sorted(_expand(whose, acronyms))),  # (a count's noun is no name: "three Tests")
        actors=tuple(sorted(_expand(actors, acronyms))),
        agent=agent,
        periods=periods,
        ranks=tuple(ranks), scope_start=scope[0] if scope else None,
        scope_end=scope[1] if scope else None,
    )


def _figure(c: Claim) -> str | None:
    """A figure as a word that another article's restatement of it shares ("count 47",
    "GBP 3.42e+09", "percent 4.1"): counts from ten on, amounts of money, percentages;
    none for a range or an unresolved figure."""
    v = c.value
    if c.unresolved or c.qualifier.value == "range":
        return None
    if isinstance(v, CountValue):
        return f"count {v.value}" if v.value >= 10 else None
    if isinstance(v, MoneyValue) and v.amount is not None:
        return f"{v.currency} {v.amount:g}"
    if isinstance(v, PercentValue):
        return f"percent {v.value:g}"
    return None


def _agent(sent: _Sentence, word: _Tok, ci: int, generic: str | None = None) -> str | None:
    """What a date's event happened to or was done by, as a common noun: the nearest
    content word before its event word in the event's clause, or for a relative clause
    the noun it hangs on ("the aftershock struck", "the earthquake that struck", "the
    second group was brought up"); an event noun is its own ("the quake hit at 04:17");
    None when the clause starts at its event word.

    An event of a generic class (a release, an announcement; ``generic`` is then the
    text) is told by what it is
    of, never by who did it ("the ministry announced ... on Monday" and "... on Friday"
    may be two announcements): its object ("published its results") or the noun that
    underwent it ("results released on Sunday", "the figures were published"), and
    None when that noun is one of the actors that do such things (``actor_nouns``)."""
    if not _verb_form(word):
        return word.concept
    if generic is not None:
        at = word.end
        for k in sent.toks:
            if k.start < word.end:
                continue
            if generic[at:k.start].strip() or k.clause != word.clause:
                break  # a date, a comma: "results released Sunday evening showed"
            if k.content and not k.name and not k.ident and not _verb_form(k):
                return k.concept  # the object: "released the figures", "issued its report"
            if k.word.lower() not in tables().determiners | tables().object_modifiers:
                break  # "released on Sunday": no object
            at = k.end
    t = tables()
    before = [k for k in sent.toks if k.end <= word.start and not k.name and not k.ident and (
        k.content or k.lemma in t.reporting and not _verb_form(k) and k.lemma not in t.stop)]
    # ("the final report, released on Tuesday": a report is a noun here, not a source)
    # a clause that opens with the event's participle hangs on the noun before it, as a
    # relative clause does ("the report, released on Wednesday, ...")
    hangs = ci in sent.relative or (word.clause == ci and word.word.lower().endswith(("ed", "en"))
                                    and not any(k.clause == ci and k.start < word.start
                                                for k in sent.toks))
    for k in reversed(before):
        if k.clause == ci or (hangs and k.clause == ci - 1):
            if generic and k.concept in tables().actor_nouns:
                return None
            return k.concept
        break
    if hangs and not any(k.clause == ci and k.start < word.start and k.content for k in sent.toks):
        return _antecedent(sent, ci, generic is not None)
    if word.clause == ci and ci > 0 and all(k.word.lower() in _AUX for k in sent.toks
                                            if k.clause == ci and k.start < word.start):
        # a passive verb after the subject's apposition ("The spillway of the dam, about 20
        # km upstream, was opened on Sunday"): the sentence's subject underwent it
        return _antecedent(sent, 1, generic is not None)
    return None


def _antecedent(sent: _Sentence, ci: int, generic: bool) -> str | None:
    """The noun a relative clause hangs on past a bracketed name ("The recount of district
    No. 21 (Harlund North), which began on 7 October": recount): the nearest earlier clause
    with a common noun, its last common noun before any "of"."""
    for pc in range(ci - 1, -1, -1):
        toks = [k for k in sent.toks if k.clause == pc]
        nouns = [k for k in toks if k.content and not k.name and not k.ident]
        if not nouns:
            continue  # a name in brackets or between commas
        of = next((k.start for k in toks if k.word.lower() == "of"), None)
        head = [k for k in nouns if of is None or k.start < of] or nouns
        concept = head[-1].concept
        return None if generic and concept in tables().actor_nouns else concept
    return None


def _apposition(sent: _Sentence, ci: int) -> bool:
    """Is a clause a noun phrase set off by commas ("the authority's former manager"):
    not the sentence's first when a relative clause follows it (the subject the relative
    clause is of: "The Social Democrats, who had run the region, fell to 27 seats"), it
    opens with a determiner and holds no verb in an inflected form?"""
    toks = [k for k in sent.toks if k.clause == ci]
    if ci == 0:
        return False  # a sentence's first clause names no one before it: it is the subject
        # ("The Greens kept their place with 87 seats - 45 regional and 42 national")
    return bool(toks) and toks[0].word.lower() in tables().determiners and not any(
        k.word.lower() in _AUX or _verb_form(k) and k.content and not k.name and "'" not in k.word
        and "’" not in k.word and k.word.lower().endswith(("ed", "s")) for k in toks[1:])


def _bracketed(sent: _Sentence, ci: int) -> bool:
    """Is a clause the inside of brackets ("the Regional Elections (RE), winning ..."): an
    aside, not the subject of the clause after it?"""
    a, _ = sent.clauses[ci]
    return sent.text[max(0, a - 8):a].rstrip().endswith(("(", "["))


def _where(sent: _Sentence, i: int) -> bool:
    """Is the name ``sent.toks[i]`` where something happened rather than whose it is: in a
    phrase opened by a preposition of place ("trapped at the Rietspruit mine", "a rockfall
    at a South African gold mine", "34% in Leeds")?"""
    t = tables()
    toks = sent.toks[:i]
    for j in range(len(toks) - 1, -1, -1):
        k = toks[j]
        low = k.word.lower()
        if k.clause != sent.toks[i].clause:
            return False
        if low in t.place_prepositions:
            return True
        if low == "of" and j > 0 and toks[j - 1].word.lower() in t.place_modifiers:
            continue  # "in the south of Ukraine"
        if low == "and" and j > 0 and toks[j - 1].name:
            continue  # "in the National and Provincial Elections"
        if not (k.name or low in t.determiners or low in t.place_modifiers):
            return False
    return False


def _whose(sent: _Sentence, own: int, subject: str | None, start: int, end: int) -> set[str]:
    """Whose a value is: the names of its clause, else the names of the subject text keys
    read, else those of the nearest earlier clause ("Blair, though, had 43.2%") that does
    not name a source ("According to the mayor, ..."). The clause ends, for its names,
    where a second predicate starts after the value ("keeps 11,400 troops and asks the
    mission to prepare a handover to Central African forces"): its names are not whose
    the value is."""
    from factcheck.link_text import STORY, _fold

    by = min((k.end for k in sent.toks if k.clause == own and k.word.lower() == "by"),
             default=None)  # "fined €1.8 million by Selburg Regional Court": the agent's names
    cut = second_predicate(sent.text, end, sent.clauses[own][1])
    begin = predicate_start(sent.text, sent.clauses[own][0], start)
    t = tables()
    # the names before a reporting verb of the value's clause are its source ("The
    # Meteorological Agency said the quake struck at a depth of 16 km"), not whose it is
    told = max((k.end for k in sent.toks if k.clause == own and k.end <= start and not k.name
                and _verb_form(k) and k.lemma in t.reporting and k.lemma not in t.event), default=0)
    names = {_place(k.lemma) for i, k in enumerate(sent.toks) if k.name and _name_word(k)
             and k.clause == own and (by is None or k.start < by) and (begin or 0) <= k.start < cut
             and k.start >= told and not _where(sent, i)}
    if begin is not None and (names or any(
            _verb_form(k) for k in sent.toks if k.clause == own and begin <= k.start < start)):
        return names  # its own predicate: not the names of the clauses it hangs on (but
        # "dropped 22% after a 12% fall": a phrase with no verb is the clause's subject's)
    if not names and subject and subject != STORY:
        names = {_place(k.lemma) for part in subject.split(" + ") for w in part.split()
                 for i, k in enumerate(sent.toks) if k.word[:1].isupper() and _name_word(k)
                 and (k.lemma == lemma(w) or _fold(k.word) == w) and not _where(sent, i)
                 and k.clause not in sent.attribution}  # ("The Institute said ...: 19%")
    if not names:
        source = False  # past a reporting verb, back over the names that are its subject
        for ci in range(own - 1, -1, -1):
            toks = [k for k in sent.toks if k.clause == ci]
            if ci in sent.attribution:
                # "According to Jane Ode, the dam holds 4 million m3": not Ode's; "The
                # Institute (NSI) said ...: 19% of residents": nor the Institute's
                first = toks[0] if toks else None
                source = first is not None and (first.lemma in tables().attribution
                                                or first.word.lower() in tables().attribution)
                continue
            if source and all(k.name or not k.content for k in toks):
                continue  # (a date between the source and its verb: "A post by the Navy, dated 2 July, says")
            source = False
            if ci in sent.relative or _apposition(sent, ci) or _bracketed(sent, ci):
                continue  # "Jonas Pell, the firm's manager, who admitted it, was sentenced to";
                # "the 2024 National and Provincial Elections (NPE), winning 159 seats"
            fronted = bool(toks) and toks[0].word.lower() in t.place_prepositions  # "In Brenmark, turnout was"
            names = {_place(k.lemma) for i, k in enumerate(sent.toks) if k.name and k.clause == ci
                     and _name_word(k) and (fronted or not _where(sent, i))}
            if not names and toks and len(toks) <= 3 and not any(_verb_form(k) for k in toks):
                continue  # "The Conservatives' share, by contrast, fell by 20 points": an aside
            if not names and toks and _verb_form(toks[0]):
                continue  # "..., winning 159 seats in the Assembly", "Signature Bank, known for
                # its crypto clients, dropped 22%": a participle's clause shares its subject
            if names or any(k.content and k.clause == ci for k in sent.toks):
                break
    if not names and own == 0 and len(sent.clauses) > 1 and sent.toks and \
            sent.toks[0].word.lower() in tables().opener_prepositions and 1 not in sent.attribution:
        # "With seven per cent of the vote, the Green Party won four seats": an opener's
        # figure is the main clause's subject's
        for k in sent.toks:
            if k.clause < 1:
                continue
            if k.clause > 1 or _verb_form(k) or k.word.lower() in _AUX:
                break
            if k.name and _name_word(k):
                names.add(_place(k.lemma))
    return names


SUBSET = "a part of a larger group ('the first eight', 'the remaining four')"


def _role(c: Claim, dim: str, keys: TextKeys, text: str, sentence_start: int) -> str | None:
    """Why a number is not a level of what it measures (``TextKeys.role``), or a part of a
    larger group ("the first eight"), or a condition ("if ...")."""
    role = keys.role(c)
    if role is None and dim == "count" and tables().subset.search(text[max(0, c.start - 30):c.start]):
        role = SUBSET
    if role is None and _CONDITION.search(text[sentence_start:c.start]):
        role = "a condition ('if ...', 'unless ...')"
    return role


def frame_scope(f: Frame) -> tuple[dt.date, dt.date] | None:
    if f.scope_start is None or f.scope_end is None:
        return None
    return f.scope_start, f.scope_end


def frame_documents(documents: Sequence[Document], claims: Mapping[str, Sequence[Claim]]
                    ) -> dict[str, list[tuple[Claim, Frame]]]:
    """Every framed claim of every document (claims without a frame left out)."""
    out: dict[str, list[tuple[Claim, Frame]]] = {}
    for d in documents:
        cs = list(claims.get(d.id, ()))
        out[d.id] = [(c, f) for c, f in zip(cs, document_frames(d, cs)) if f is not None]
    return out
