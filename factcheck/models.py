"""Every model of factcheck: documents, claims, frames, findings, the ledger, a check's
result.

All models are frozen and forbid unknown keys. Claim values form one discriminated
union on ``kind``; ``Claim.normalized`` is the value in the documented JSON contract
(see README, "Claim JSON").
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

if TYPE_CHECKING:
    from factcheck.errors import InputError
    from factcheck.ledger import Ledger

SCHEMA_VERSION = "1.0"


class Frozen(BaseModel):
    # no Infinity or NaN anywhere: output JSON stays strict, and an overflowing figure
    # ("1e999 tonnes") is an unresolved claim with no value, never an infinite one
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


# --------------------------------------------------------------------------- documents


class PublishedSource(str, Enum):
    """Where a document's publication date came from (DESIGN §3)."""

    argument = "argument"  # given by the caller (--published)
    manifest = "manifest"  # sources.yaml beside the articles
    front_matter = "front_matter"
    jsonl = "jsonl"  # the article's own record in a .jsonl file
    dateline = "dateline"  # a "PUBLISHED : ..." line in the text
    unknown = "unknown"


class Span(Frozen):
    """A half-open character range [start, end) into ``Document.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(Frozen):
    id: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: PublishedSource = PublishedSource.unknown
    note: str | None = None
    text: str
    furniture: tuple[Span, ...] = ()  # page furniture: captions, ads, "Learn more"...


# --------------------------------------------------------------------------- claim values


class Qualifier(str, Enum):
    exact = "exact"
    approx = "approx"
    at_least = "at_least"
    at_most = "at_most"
    more_than = "more_than"
    less_than = "less_than"
    range = "range"


class Granularity(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    season = "season"
    quarter = "quarter"
    half = "half"
    year = "year"
    decade = "decade"
    century = "century"


Period = Literal["day", "week", "month", "quarter", "year"]


class _Value(Frozen):
    def normalized(self) -> dict[str, Any]:
        """The value as the documented JSON contract gives it."""
        return self.model_dump(mode="json", exclude={"kind"})


class QuantityValue(_Value):
    kind: Literal["quantity"] = "quantity"
    magnitude: float | None  # None only in an unresolved claim (a figure beyond any float)
    unit: str  # a pint unit expression, e.g. "oil_barrel / year"
    # a range ("between 11 and 16 years", "300-400 metres"): both ends; magnitude is the low
    min: float | None = None
    max: float | None = None

    def normalized(self) -> dict[str, Any]:
        out: dict[str, Any] = {"magnitude": self.magnitude, "unit": self.unit}
        if self.max is not None:
            out["min"], out["max"] = self.min, self.max
        return out


class MoneyValue(_Value):
    kind: Literal["money"] = "money"
    amount: float | None  # None only in an unresolved claim (a figure beyond any float)
    currency: str  # ISO 4217
    per: Period | None = None


class PercentValue(_Value):
    kind: Literal["percent"] = "percent"
    value: float  # 90 for 90%


class CountValue(_Value):
    kind: Literal["count"] = "count"
    value: int
    # a tally's other side ("won 27-19", "passed 68-32": 19, 32); ``value`` is the first
    against: int | None = None

    def normalized(self) -> dict[str, Any]:
        return {"value": self.value}


class OrdinalValue(_Value):
    kind: Literal["ordinal"] = "ordinal"
    value: int


class RatioValue(_Value):
    kind: Literal["ratio"] = "ratio"
    value: float


class DateValue(_Value):
    """An inclusive date interval; both ends are None when unresolved."""

    kind: Literal["date"] = "date"
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity = Granularity.day
    # a time of day when one is stated ("at 5:40 a.m."): "HH:MM", 24-hour clock
    time: str | None = Field(default=None, pattern=r"^(?:[01]\d|2[0-3]):[0-5]\d$")
    # its offset from UTC on that date ("+07:00") and IANA zone ("Asia/Bangkok"), when known
    utc_offset: str | None = Field(default=None, pattern=r"^[+-](?:0\d|1[0-4]):[0-5]\d$")
    zone: str | None = None
    # a date counted from an anchor ("two years ago", "three days later"): the duration the
    # words state, which a reader also reads as a claim of its own
    counted: Counted | None = None

    def normalized(self) -> dict[str, Any]:
        out = self.model_dump(mode="json", exclude={"kind", "granularity", "time", "utc_offset", "zone",
                                                    "counted"})
        out.update({k: v for k in ("time", "utc_offset", "zone") if (v := getattr(self, k)) is not None})
        return out


class Counted(Frozen):
    """The duration in a relative date: "more than two weeks" in "more than two weeks ago"."""

    text: str  # the words, as they stand at the start of the date's text
    days: float
    qualifier: Qualifier = Qualifier.exact
    interval: Interval | None = None


class DurationValue(_Value):
    kind: Literal["duration"] = "duration"
    days: float

    def normalized(self) -> dict[str, Any]:
        return {"days": self.days}


class IdentifierValue(_Value):
    kind: Literal["identifier"] = "identifier"
    scheme: str  # e.g. "UNSCR"
    id: str
    year: int | None = None  # "resolution 2375 (2017)"

    def normalized(self) -> dict[str, Any]:
        return {"scheme": self.scheme, "id": self.id}


Value = Annotated[
    Union[
        QuantityValue,
        MoneyValue,
        PercentValue,
        CountValue,
        OrdinalValue,
        RatioValue,
        DateValue,
        DurationValue,
        IdentifierValue,
    ],
    Field(discriminator="kind"),
]

ClaimKind = Literal[
    "quantity", "money", "percent", "count", "ordinal", "ratio", "date", "duration", "identifier"
]


class Interval(Frozen):
    """A value's interval in canonical units (DESIGN §2); None is an open end.

    Numeric kinds use floats in the canonical unit named by ``unit``; dates use ISO
    days. ``low_closed``/``high_closed`` say whether each end belongs to the interval.
    """

    low: float | dt.date | None = None
    high: float | dt.date | None = None
    low_closed: bool = True
    high_closed: bool = True
    unit: str | None = None


# --------------------------------------------------------------------------- claims


class Provenance(Frozen):
    """Where a piece of text sits: exact character span plus editor coordinates."""

    doc: str
    path: str | None = None
    text: str  # exactly document.text[start:end]
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)  # 1-based, as an editor shows it
    column: int = Field(ge=1)  # 1-based, in characters
    sentence: str = ""


class Claim(Provenance):
    value: Value
    qualifier: Qualifier = Qualifier.exact
    interval: Interval | None = None
    about: str | None = None  # the phrase naming what is measured
    unresolved: str | None = None  # why the value could not be resolved, if so
    assumptions: tuple[str, ...] = ()  # e.g. "bare weekday read as the past one"

    @property
    def kind(self) -> str:
        return self.value.kind

    @property
    def normalized(self) -> dict[str, Any]:
        return self.value.normalized()

    def records(self) -> list[dict[str, Any]]:
        """The claim's records: one, or for a tally ("won 27-19") one per side, each over
        its own number, as a reader counts them (the README's "vote tallies"); for a range
        of money ("between $220m and $260m") or a change from one level to another ("rose
        from 85,000 to 92,000") one per end: money has no range form, and the levels are
        two figures."""
        out = self.record()
        v = self.value
        if isinstance(v, DateValue) and v.counted is not None:
            return [out, *self._counted(out, v.counted)]
        if self.interval is not None and self.interval.high != self.interval.low and (
                isinstance(v, MoneyValue) and v.amount is not None and self.qualifier is Qualifier.range
                or LEVELS in self.assumptions):
            return self._ends(out)
        if not isinstance(v, CountValue) or v.against is None:
            return [out]
        numbers = list(_DIGITS.finditer(self.text))  # (a tally in words, "five to four", stays one)
        if len(numbers) < 2:
            return [out]
        sides = []
        for m, value in ((numbers[0], v.value), (numbers[-1], v.against)):
            rec = dict(out, text=m.group(), start=self.start + m.start(), end=self.start + m.end(),
                       column=self.column + m.start(), normalized={"value": value},
                       interval=Interval(low=value, high=value, unit="count").model_dump(mode="json"))
            sides.append(rec)
        return sides

    def _counted(self, out: dict[str, Any], c: Counted) -> list[dict[str, Any]]:
        """The duration record of a relative date ("two years" of "two years ago"), over its
        own words: the elapsed time is a claim too, and a reader may write either."""
        at = self.text.find(c.text)
        if at < 0:
            return []
        rec = dict(out, kind="duration", text=c.text, start=self.start + at, end=self.start + at + len(c.text),
                   column=self.column + at, qualifier=c.qualifier.value, normalized={"days": c.days},
                   interval=c.interval.model_dump(mode="json") if c.interval else None)
        rec.pop("granularity", None)
        return [rec]

    def _ends(self, out: dict[str, Any]) -> list[dict[str, Any]]:
        """A range's two records (money, or a change's two levels), each over its own end
        (split at the "and", "to" or dash between the numbers), valued at that end."""
        first = _DIGITS.search(self.text)
        gap = _RANGE_JOIN.search(self.text, first.end()) if first else None
        v, iv = self.value, self.interval
        if gap is None or iv is None:
            return [out]
        kind, unit = self.kind, None
        if isinstance(v, QuantityValue):
            if v.min is None or v.max is None:
                return [out]
            lo, hi = v.min, v.max
            if v.unit in _POINT_UNITS:
                kind, lo, hi = "percent", lo * _POINT_UNITS[v.unit], hi * _POINT_UNITS[v.unit]
            elif v.unit == "dimensionless" and float(lo).is_integer() and float(hi).is_integer():
                kind = "count"  # "rose from 85,000 to 92,000": two numbers of things
            else:
                unit = v.unit
        else:
            lo, hi = iv.low, iv.high
        qualifier = Qualifier.exact.value if LEVELS in self.assumptions and \
            self.qualifier is Qualifier.range else out["qualifier"]  # (levels are no range's bounds)

        def value(x: Any) -> dict[str, Any]:
            if kind == "money":
                return dict(self.normalized, amount=x)
            if kind == "count":
                return {"value": int(x)}
            if kind == "percent":
                return {"value": x, "unit": "percentage_point"} if isinstance(v, QuantityValue) else {"value": x}
            return {"magnitude": x, "unit": unit}

        lead = _RANGE_OPENER.match(self.text)
        return [dict(out, kind=kind, text=self.text[a:b], start=self.start + a, end=self.start + b,
                     column=self.column + a, normalized=value(x), qualifier=qualifier,
                     interval=Interval(low=y, high=y, unit=iv.unit).model_dump(mode="json"))
                for a, b, x, y in ((lead.end() if lead else 0, gap.start(), lo, iv.low),
                                   (gap.end(), len(self.text), hi, iv.high))]

    def record(self) -> dict[str, Any]:
        """The flat JSON record of the documented output contract. A difference of
        percentages ("up 3.2 percentage points", "25 basis points") is a quantity here, kept
        apart from levels by its unit, and a ``percent`` in the record, valued in percentage
        points and saying so: what a reader calls it (README, "percentage points")."""
        kind, normalized = self.kind, self.normalized
        v = self.value
        if isinstance(v, QuantityValue) and v.unit in _POINT_UNITS and v.magnitude is not None:
            scale = _POINT_UNITS[v.unit]
            normalized = {"value": v.magnitude * scale, "unit": "percentage_point"}
            if v.max is not None and v.min is not None:
                normalized["min"], normalized["max"] = v.min * scale, v.max * scale
            kind = "percent"
        ranged = self.qualifier is Qualifier.range and self.interval is not None \
            and self.interval.low != self.interval.high
        if ranged and kind in ("percent", "count"):
            # a range of shares or of a number of things ("5-7%", "between 40 and 60"): the
            # quantity range form, as a reader writes a range (percent and count have none)
            lo, hi = (normalized["min"], normalized["max"]) if "min" in normalized else \
                (self.interval.low, self.interval.high)  # type: ignore[union-attr]
            normalized = {"magnitude": None, "min": lo, "max": hi,
                          "unit": "percent" if kind == "percent" else "dimensionless"}
            kind = "quantity"
        out: dict[str, Any] = {
            "doc": self.doc,
            "path": self.path,
            "kind": kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "sentence": self.sentence,
            "qualifier": self.qualifier.value,
            "normalized": normalized,
            "interval": self.interval.model_dump(mode="json") if self.interval else None,
            "about": self.about,
        }
        if isinstance(self.value, DateValue):
            out["granularity"] = self.value.granularity.value
        if isinstance(self.value, IdentifierValue) and self.value.year is not None:
            out["year"] = self.value.year
        if self.unresolved:
            out["unresolved"] = self.unresolved
        if self.assumptions:
            out["assumptions"] = list(self.assumptions)
        return out


class Frame(Frozen):
    """What a claim is about, read from its sentence (``factcheck.frames``): the data two
    claims are aligned on. Printed by ``factcheck extract --frames``."""

    dimension: str  # "meter", "second", "USD", "count", "ordinal", "percent", "date", ...
    measure: tuple[str, ...] = ()  # lemmas next to the number (and its ``about``)
    terms: dict[str, float] = Field(default_factory=dict)  # sentence lemma -> nearness
    entities: tuple[str, ...] = ()  # names of the claim's clause and the sentence's opener
    event: str | None = None  # a date's event class ("died", "found", "launched")
    predicate: str | None = None  # the verb of the claim's clause nearest to it
    head: str | None = None  # what a count counts or an ordinal ranks ("boy", "class")
    names: tuple[str, ...] = ()  # the names of the claim's own clause (whose it is)
    actors: tuple[str, ...] = ()  # a date's names before its event word (who it happened to)
    agent: str | None = None  # a date's common noun before its event word ("the aftershock struck")
    periods: tuple[str, ...] = ()  # period words of its scope ("quarter", "year")
    ranks: tuple[int, ...] = ()  # ordinals of its clause: "the second section runs 30 km"
    role: str | None = None  # why the number is not a level (a change, a forecast, ...)
    scope_start: dt.date | None = None  # the dates of the claim's clause
    scope_end: dt.date | None = None
    landmark: str | None = None  # what a distance is measured from ("17 km off Banton Island")
    levied: str | None = None  # what a rate or a charge is on ("18% duty on dairy products")
    total: bool = False  # a count of all those an event befell so far ("the death toll rose
    # to 247", "the fire has claimed five lives"): its date is as of when, not of a part
    figures: tuple[str, ...] = ()  # a generic event's date: the figures of its sentence
    # ("count 47", "GBP 3.42e+09"), which tell what was announced or signed; a count: the
    # durations of its clause, which tell its group ("waiting more than 18 months")


class Coverage(Frozen):
    """What extraction did with one document, so 'no findings' never means 'unchecked'."""

    doc: str
    extracted: int
    by_kind: dict[str, int]
    unresolved: dict[str, int]  # reason -> count


_POINT_UNITS = {"percentage_point": 1.0, "basis_point": 0.01}  # -> percentage points
_DIGITS = re.compile(r"\d+")
_RANGE_JOIN = re.compile(r"[ \t]+(?:and|to|or)[ \t]+|[ \t]*[-–—][ \t]*", re.I)  # between a range's ends
_RANGE_OPENER = re.compile(r"(?:between|from)[ \t]+", re.I)
# the assumption of a change's two levels read as one range ("rose from 85,000 to 92,000"):
# two records in the output (``Claim.records``)
LEVELS = "'from X to Y' after a change verb: the level before and the level after"


class ClaimRecord(BaseModel):
    """The flat JSON record of one claim, as `factcheck extract` writes it (schema only)."""

    model_config = ConfigDict(extra="forbid", title="factcheck claim record")

    doc: str
    path: str | None
    kind: ClaimKind
    text: str = Field(description="exactly the document text from start to end")
    start: int = Field(ge=0, description="character offset into the document text")
    end: int = Field(ge=0)
    line: int = Field(ge=1, description="1-based line, as an editor shows it")
    column: int = Field(ge=1, description="1-based column, in characters")
    sentence: str
    qualifier: Qualifier
    normalized: dict[str, Any] = Field(description="the value; its keys depend on kind (README)")
    interval: Interval | None
    about: str | None
    granularity: Granularity | None = None
    year: int | None = None
    unresolved: str | None = None
    assumptions: list[str] | None = None
    frame: dict[str, Any] | None = Field(
        default=None, description="with --frames: what alignment compares (factcheck.frames)")


# --------------------------------------------------------------------------- findings


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Evidence(Frozen):
    """What a ledger fact or another source says, and where."""

    summary: str
    source: str | None = None  # a citation: publisher, document id, URL
    doc: str | None = None  # another article, when the evidence is one
    path: str | None = None
    line: int | None = None
    quote: str | None = None


class Finding(Frozen):
    rule: str  # code, e.g. "ID01"
    name: str  # dotted name, e.g. "identifier.event_mismatch"
    severity: Severity
    message: str
    key: str | None = None
    claims: tuple[Claim, ...] = ()
    expected: str | None = None
    suggestion: str | None = None
    evidence: tuple[Evidence, ...] = ()


# --------------------------------------------------------------------------- ledger
# ---- ledger
# Owned by the cross-checking engine (factcheck/ledger.py, link.py, rules/, check.py).
# Every curated file in claims/*.yaml validates against ``LedgerFile``; claims/schema.json
# is generated from it (``factcheck.ledger.ledger_schema``) and kept in sync by a test.

SubjectKind = Literal["resolution", "nuclear_test", "missile_launch", "country", "event"]
Confidence = Literal["confirmed", "unverified"]
LinkConfidence = Literal["high", "medium", "low"]


class LinkMethod(StrEnum):
    """How a claim was linked to its key (``factcheck.link``); ``none`` when it was not."""

    pinned = "pinned"
    identifier = "identifier"
    identifier_cue = "identifier+cue"
    identifier_next_sentence = "identifier+next-sentence"
    identifier_dimension = "identifier+dimension"
    description_ledger = "description+ledger"
    alias = "alias"
    cue_identifier = "cue+identifier"
    cue_anaphora = "cue+anaphora"
    cue_described_subject = "cue+described-subject"
    counter_cue = "counter-cue"
    text = "text"
    none = "none"


class SetValue(_Value):
    """A ledger-only value: a set of named members (e.g. banned export categories)."""

    kind: Literal["set"] = "set"
    members: tuple[str, ...]


FactValue = Annotated[
    Union[
        QuantityValue, MoneyValue, PercentValue, CountValue, OrdinalValue, RatioValue,
        DateValue, DurationValue, IdentifierValue, SetValue,
    ],
    Field(discriminator="kind"),
]


class IdentifierRef(Frozen):
    """An identifier in a numbering scheme, e.g. ``{scheme: UNSCR, id: "2375"}``."""

    scheme: str
    id: str


class Subject(Frozen):
    """Something claims are about: a resolution, a test, a launch, a country, an event."""

    id: str
    kind: SubjectKind
    name: str
    aliases: tuple[str, ...] = ()
    identifier: IdentifierRef | None = None
    topics: tuple[str, ...] = ()
    description: str | None = None


class Attribute(Frozen):
    """What is measured about a subject, its unit dimension and the words that cue it."""

    id: str
    dimension: str  # "date", "[volume] / [time]", "currency", "count", ...
    cues: tuple[str, ...] = ()
    description: str | None = None


class LedgerScheme(Frozen):
    """A numbering scheme; ``monotone`` when numbers grow with the event date."""

    id: str
    name: str | None = None
    monotone: bool = False
    event: str | None = None  # the attribute the numbers follow, e.g. "adopted"
    description: str | None = None


class Scope(Frozen):
    """The period or condition a value holds for, e.g. ``annual from 2018``."""

    label: str
    start: dt.date | None = None
    end: dt.date | None = None


class SourceRef(Frozen):
    """Where a reference fact comes from: an official document where one exists."""

    publisher: str
    title: str
    document: str | None = None  # e.g. "SC/12983", "S/RES/2375 (2017)"
    url: str | None = None
    quote: str | None = None
    date: dt.date | None = None


class Fact(Frozen):
    """A reference fact: (subject, attribute, scope) has ``value``, says ``source``."""

    id: str
    subject: str
    attribute: str
    value: FactValue
    scope: Scope | None = None
    source: SourceRef
    confidence: Confidence = "confirmed"
    note: str | None = None

    _stated = field_validator("value")(classmethod(lambda cls, v: _stated_number(v)))


def _stated_number(value: Any) -> Any:
    """A ledger value states its number: only an extracted claim may lack one (unresolved)."""
    if getattr(value, "magnitude", 0) is None or getattr(value, "amount", 0) is None:
        raise ValueError("a reference value needs its number (magnitude or amount)")
    return value


class LedgerCounter(Frozen):
    """A dated list whose length only grows: the nth member is the nth event."""

    id: str
    subject: str
    attribute: str
    counting_rule: str
    members: tuple[str, ...]  # subject ids in date order
    member_attribute: str | None = None  # the members' date attribute; default: the first date fact
    source: SourceRef | None = None
    confidence: Confidence = "confirmed"
    note: str | None = None


class PinnedKey(Frozen):
    subject: str
    attribute: str
    scope: str | None = None  # a scope label


class Pinned(Frozen):
    """An article claim a reviewer has checked and linked to a key."""

    document: str  # document id (file stem) or path
    quote: str
    line: int | None = Field(default=None, ge=1)
    key: PinnedKey
    value: Value
    note: str | None = None

    _stated = field_validator("value")(classmethod(lambda cls, v: _stated_number(v)))


class LedgerFile(Frozen):
    """One file of claims/*.yaml; any file may hold any section."""

    subjects: tuple[Subject, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    schemes: tuple[LedgerScheme, ...] = ()
    facts: tuple[Fact, ...] = ()
    counters: tuple[LedgerCounter, ...] = ()
    # Facts about subjects related to the file's topic that no counter counts (e.g. a
    # non-sanctions resolution); indexed like ``facts``.
    related: tuple[Fact, ...] = ()
    pinned: tuple[Pinned, ...] = ()


class Key(Frozen):
    """What a claim is about: (subject, attribute, scope). Ids are ledger ids or text."""

    subject: str
    attribute: str
    scope: str | None = None

    def __str__(self) -> str:
        return f"{self.subject} · {self.attribute}" + (f" · {self.scope}" if self.scope else "")


class Link(Frozen):
    """A claim linked to a key, how the link was made and how sure it is."""

    claim: Claim
    key: Key | None = None
    method: LinkMethod
    # an attribute found by its cue words for a claim left unlinked because no subject was
    # in reach: a described subject of the same sentence may still take it
    cue_attribute: str | None = None
    confidence: LinkConfidence = "low"
    subject_claim: Claim | None = None  # the identifier the value was attached to
    reason: str | None = None  # why it is unlinked, when key is None


# --------------------------------------------------------------------------- check results

MENTION = "mention"  # the attribute of identifier claims: the subject is named, no value


@dataclass(frozen=True)
class DocCoverage:
    """What was checked in one document, so that 'no findings' never means 'unchecked'."""

    doc: str
    path: str | None
    published: str | None
    extracted: int
    linked: int
    unresolved: dict[str, int]  # reason -> count (extraction and linking)


@dataclass(frozen=True)
class CheckResult:
    """Everything a report shows of one ``check``: the documents, their claims and links,
    the findings, the ledger, witness groups, input errors and the rules that ran."""

    documents: tuple[Document, ...]
    claims: Mapping[str, Sequence[Claim]]
    links: Mapping[str, Sequence[Link]]
    findings: tuple[Finding, ...]
    ledger: Ledger
    witness: Mapping[str, str] = field(default_factory=dict)
    errors: tuple[InputError, ...] = ()
    rules: tuple[str, ...] = ()

    def coverage(self) -> list[DocCoverage]:
        out = []
        for d in self.documents:
            links = self.links.get(d.id, ())
            reasons = Counter(ln.reason or "unlinked" for ln in links if ln.key is None)
            out.append(DocCoverage(
                doc=d.id, path=d.path, published=d.published.isoformat() if d.published else None,
                extracted=len(self.claims.get(d.id, ())),
                linked=sum(1 for ln in links if ln.key is not None),
                unresolved=dict(sorted(reasons.items())),
            ))
        return out

    def keyed(self) -> dict[str, list[Link]]:
        """Linked value claims by key (identifier mentions left out), keys sorted."""
        out: dict[str, list[Link]] = {}
        for doc in sorted(self.links):
            for ln in self.links[doc]:
                if ln.key is not None and ln.key.attribute != MENTION:
                    out.setdefault(str(ln.key), []).append(ln)
        return dict(sorted(out.items()))

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity.value for f in self.findings)
        return {s: c.get(s, 0) for s in ("error", "warning", "info")}
