"""Linking: attach each extracted claim to a key (subject, attribute, scope).

The ledger vocabulary comes first, the text second (DESIGN §4). Every ``Link`` records
its ``method`` and ``confidence``:

* ``pinned`` (high) — a reviewer pinned this quote to a key in ``claims/*.yaml``.
* ``identifier`` (high) — an identifier claim ("Resolution 2375"); its subject.
* ``identifier+cue`` (high) — a date in the same clause as an identifier, or in a
  relative or participial clause right after it ("Resolution 2325, which passed
  unanimously earlier this week"), with a cue word of the scheme's event attribute
  nearest to the date. The identifier is kept as ``subject_claim``.
* ``description+ledger`` (medium) — a date whose clause describes a subject by kind and
  topic ("the last resolution against North Korea, passed ... on August 5") and exactly
  one ledger subject of that kind has a date there. Consistent by construction: such
  links are anchors and context, never contradictions.
* ``identifier+next-sentence`` (medium) — a date with an event cue but no subject in its
  sentence, when the next sentence opens with an identifier followed by a relative clause
  restating the event ("The Council on Monday unanimously endorsed the deal. Resolution
  2231, which was adopted 15-0, ...").
* ``alias`` (medium) — a ledger name or alias in the clause.
* ``cue+identifier`` (medium) / ``cue+anaphora`` (low) — a number whose attribute comes
  from cue words and whose subject is an identifier in the same sentence, or the
  nearest one in the preceding sentences ("The new sanctions also cap ...").
* ``counter-cue`` (medium) — a count or ordinal whose cue words name a ledger counter.

Claims with no key keep ``reason`` (shown in the report's coverage table).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.text import TextIndex, clause_span, clauses

if TYPE_CHECKING:
    from factcheck.link_text import TextKeys
from factcheck.ledger import Ledger, id_number
from factcheck.models import (
    MENTION,
    Attribute,
    Claim,
    DateValue,
    Document,
    IdentifierValue,
    Key,
    Link,
    QuantityValue,
    Subject,
)

__all__ = ["link_documents", "link_document", "clause_span", "clauses", "Sentence", "MENTION"]

def _kind_words() -> dict[str, tuple[str, ...]]:
    """The kind words of data/patterns/en/kinds.yaml, checked against the subject kinds."""
    from typing import get_args

    from factcheck.data import load_yaml
    from factcheck.models import SubjectKind

    data = load_yaml("patterns/en/kinds.yaml")
    unknown = set(data) - set(get_args(SubjectKind))
    if unknown:
        raise ValueError(f"kinds.yaml: unknown subject kind(s) {sorted(unknown)}")
    return {str(k): tuple(str(w) for w in v) for k, v in data.items()}


# clause delimiters; a comma between digits ("2,207") is a thousands separator
_RELATIVE = re.compile(r"^\s*(?:which|that|who|when|as|after\s+it|having)\b", re.I)
_ANAPHORA = re.compile(r"\b(?:the|these|those|its|this)\s+(?:new\s+|latest\s+|same\s+)?"
                       r"(?:sanctions|resolution|measures?|text|package)\b", re.I)
# Words that name a kind of subject, for description links (data/patterns/en/kinds.yaml).
KIND_WORDS: dict[str, tuple[str, ...]] = _kind_words()
_NUMERIC_DIMS = {
    "money": lambda d: "currency" in d,
    "quantity": lambda d: d.startswith("[") and "currency" not in d,
    "count": lambda d: d in ("dimensionless", "count"),
    "ordinal": lambda d: d in ("dimensionless", "count"),
}


def _has(text: str, phrase: str) -> list[int]:
    """Start offsets of ``phrase`` in ``text`` as whole words, case-insensitive; a final
    plural "s" is optional either way ("nuclear tests" finds "nuclear test")."""
    low = text.lower()
    stem, pattern = _phrase_pattern(phrase)
    if stem not in low:
        return []  # most cues are not in the sentence: a substring test, not a regex scan
    return [m.start() for m in pattern.finditer(low)]


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> tuple[str, re.Pattern[str]]:
    """The phrase's stem (which every match holds) and the pattern of its forms."""
    stem = phrase.lower()
    if len(stem) > 4 and stem.endswith("s") and not stem.endswith("ss"):
        stem = stem[:-1]
    return stem, re.compile(r"(?<![\w-])" + re.escape(stem) + r"(?:s|es)?(?![\w-])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


class _DocLinker:
    def __init__(self, doc: Document, claims: Sequence[Claim], ledger: Ledger,
                 index: TextIndex | None = None) -> None:
        self.doc, self.claims, self.ledger = doc, list(claims), ledger
        self.text = doc.text
        self.index = index or TextIndex(doc.text)  # (the text keys' when they are shared)
        self.ids = [c for c in claims if isinstance(c.value, IdentifierValue)]
        self.date_attrs = [a for a in ledger.attributes.values() if a.dimension == "date"]
        self.doc_topics = ledger.topics_named_in(doc.text[:4000])

    # ------------------------------------------------------------------ helpers

    def previous_clause(self, a: int) -> tuple[int, int]:
        """The clause before the one starting at ``a`` (same sentence)."""
        s0, _ = self.sentence(a)
        pos = a - 1
        while pos > s0 and (self.text[pos] in ",;:()[]—–-" or self.text[pos].isspace()):
            pos -= 1
        return clause_span(self.text, self.sentence(a), max(pos, s0))

    def sentence(self, offset: int) -> tuple[int, int]:
        return self.index.sentence_span(offset)

    def clause(self, offset: int) -> tuple[int, int]:
        return clause_span(self.text, self.sentence(offset), offset)

    def subject_of_identifier(self, c: Claim) -> str:
        v = c.value
        assert isinstance(v, IdentifierValue)
        sub = self.ledger.subject_for_identifier(v.scheme, v.id)
        return sub.id if sub else f"{v.scheme.lower()}-{v.id}"

    def ids_in(self, a: int, b: int) -> list[Claim]:
        return [c for c in self.ids if a <= c.start < b]

    def nearest_cue(self, a: int, b: int, pos: int,
                    attrs: Iterable[Attribute]) -> tuple[Attribute, int] | None:
        """The date-attribute cue nearest to ``pos`` in text[a:b], with its distance."""
        best: tuple[int, str, Attribute] | None = None
        seg = self.text[a:b]
        for attr in attrs:
            for cue in attr.cues:
                for off in _has(seg, cue):
                    if any(i.start <= a + off < i.end for i in self.ids):
                        continue  # "Resolution" in "Resolution 2375" names, not cues
                    d = abs(a + off - pos)
                    if best is None or (d, attr.id) < (best[0], best[1]):
                        best = (d, attr.id, attr)
        return (best[2], best[0]) if best else None

    # ------------------------------------------------------------------ links

    def pinned(self, c: Claim) -> Link | None:
        for p in self.ledger.pinned:
            if p.document not in (self.doc.id, self.doc.path) and \
                    not (self.doc.path or "").endswith("/" + p.document):
                continue
            if p.value.kind != c.value.kind or p.line not in (None, c.line):
                continue
            at = self.text.find(p.quote)
            if at >= 0 and at <= c.start and c.end <= at + len(p.quote):
                key = Key(subject=p.key.subject, attribute=p.key.attribute, scope=p.key.scope)
                return Link(claim=c, key=key, method="pinned", confidence="high")
        return None

    def link(self, c: Claim) -> Link:
        got = self.pinned(c)
        if got:
            return got
        v = c.value
        if isinstance(v, IdentifierValue):
            known = self.ledger.subject_for_identifier(v.scheme, v.id) is not None
            return Link(claim=c, key=Key(subject=self.subject_of_identifier(c), attribute=MENTION),
                        method="identifier", confidence="high" if known else "medium")
        if c.unresolved:
            return Link(claim=c, method="none", reason=f"unresolved: {c.unresolved}")
        if isinstance(v, DateValue):
            return self.link_date(c)
        if v.kind in _NUMERIC_DIMS:
            return self.link_number(c)
        return Link(claim=c, method="none", reason=f"{v.kind} values are checked by rules, not keyed")

    def link_date(self, c: Claim) -> Link:
        a, b = self.clause(c.start)
        # 1. an identifier in the same clause, or right before a relative clause
        candidates = self.ids_in(a, b)
        relative = bool(_RELATIVE.match(self.text[a:c.start])) or self._starts_with_cue(a, c.start)
        if not candidates and relative:
            pa, _ = self.previous_clause(a)
            candidates = self.ids_in(pa, a)
        if candidates:
            ident = min(candidates, key=lambda x: abs(x.start - c.start))
            iv = ident.value
            assert isinstance(iv, IdentifierValue)
            scheme = self.ledger.scheme(iv.scheme)
            event = scheme.event if scheme and scheme.event else None
            attrs = [x for x in self.date_attrs if event is None or x.id == event]
            near = self.nearest_cue(min(a, ident.start), b, c.start, self.date_attrs)
            if near and near[0] in attrs:
                return Link(claim=c, key=Key(subject=self.subject_of_identifier(ident),
                                             attribute=near[0].id),
                            method="identifier+cue", confidence="high", subject_claim=ident)
            if near is None:
                return Link(claim=c, method="none",
                            reason="date next to an identifier without an event cue word")
        # 2. a description ("the last resolution against North Korea, passed ... on August 5")
        return self.link_description(c, a, b, relative)

    def _starts_with_cue(self, a: int, pos: int) -> bool:
        head = self.text[a:pos].strip().lower()
        first = re.split(r"\s+", head, maxsplit=1)[0] if head else ""
        return any(first == cue.lower() for attr in self.date_attrs for cue in attr.cues)

    def link_description(self, c: Claim, a: int, b: int, relative: bool) -> Link:
        v = c.value
        assert isinstance(v, DateValue)
        if v.start is None or v.end is None:
            return Link(claim=c, method="none", reason="date without an interval")
        near = self.nearest_cue(a, b, c.start, self.date_attrs)
        if near is None:
            return Link(claim=c, method="none", reason="no event cue word in the date's clause")
        attr = near[0]
        lo = a
        if relative:
            lo, _ = self.previous_clause(a)
        described = self.text[lo:b]
        # an alias names one subject outright, unless its date is not the claim's and one
        # other subject of its kind and topic has that date: the alias describes both ("a
        # missile over Japan" on 29 August and on 15 September), the date tells them apart
        for sub in self._aliased(described):
            sibling = self._sibling_on(sub, attr.id, v)
            if sibling is not None:
                return Link(claim=c, key=Key(subject=sibling.id, attribute=attr.id),
                            method="description+ledger", confidence="medium")
            return Link(claim=c, key=Key(subject=sub.id, attribute=attr.id), method="alias",
                        confidence="medium")
        kinds = {k for k, words in KIND_WORDS.items() if any(_has(described, w) for w in words)}
        if not kinds:
            follow = self._identifier_restating(c, attr)
            if follow is not None:
                return Link(claim=c, key=Key(subject=self.subject_of_identifier(follow),
                                             attribute=attr.id),
                            method="identifier+next-sentence", confidence="medium",
                            subject_claim=follow)
            return Link(claim=c, method="none", reason="event cue without a subject")
        s0, s1 = self.sentence(c.start)
        topics = self.ledger.topics_named_in(self.text[s0:s1]) or self.doc_topics
        found: list[tuple[Subject, str]] = []
        for sub in self.ledger.subjects.values():
            if sub.kind not in kinds or (topics and not topics & set(sub.topics)):
                continue
            if self._dated(sub, attr.id, v):
                found.append((sub, attr.id))
        if len(found) == 1:
            sub, attribute = found[0]
            return Link(claim=c, key=Key(subject=sub.id, attribute=attribute),
                        method="description+ledger", confidence="medium")
        if found:
            return Link(claim=c, method="none", reason="description matches several ledger subjects")
        return Link(claim=c, method="none", reason="no ledger subject matches the description")

    def _dated(self, sub: Subject, attribute: str, v: DateValue) -> bool | None:
        """Does a confirmed ledger date of ``sub`` overlap ``v``? None: it has none."""
        got = None
        for fact in self.ledger.facts_for(sub.id, attribute, any_scope=True):
            fv = fact.value
            if isinstance(fv, DateValue) and fv.start and fv.end and fact.confidence == "confirmed":
                if fv.start <= v.end and v.start <= fv.end:  # type: ignore[operator]
                    return True
                got = False
        return got

    def _sibling_on(self, sub: Subject, attribute: str, v: DateValue) -> Subject | None:
        """The one other subject of ``sub``'s kind and topics dated to ``v`` when ``sub``
        itself is dated elsewhere, else None."""
        if self._dated(sub, attribute, v) is not False:
            return None
        others = [o for o in self.ledger.subjects.values()
                  if o.id != sub.id and o.kind == sub.kind and set(o.topics) & set(sub.topics)
                  and self._dated(o, attribute, v)]
        return others[0] if len(others) == 1 else None

    def _identifier_restating(self, c: Claim, attr: Attribute) -> Claim | None:
        """The identifier that opens the next sentence when a relative clause right after
        it restates the same event ("The Council on Monday unanimously endorsed the deal.
        Resolution 2231, which was adopted 15-0, ..."): a lede and the sentence naming
        its subject. Only when this sentence names no identifier itself."""
        s0, s1 = self.sentence(c.start)
        if self.ids_in(s0, s1) or s1 >= len(self.text):
            return None
        pos = s1
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        if pos >= len(self.text):
            return None
        n0, n1 = self.sentence(pos)
        n0 = max(n0, pos)
        first = [i for i in self.ids_in(n0, n1) if i.start - n0 <= 40]
        if len(first) != 1 or self.ids_in(n0, n1) != first:
            return None
        ident = first[0]
        a, b = clause_span(self.text, (n0, n1), ident.start)
        if not (a <= ident.start < b) or b >= n1:
            return None
        ra, rb = clause_span(self.text, (n0, n1), b + 1)
        if not _RELATIVE.match(self.text[ra:rb]):
            return None
        seg = self.text[ra:rb]
        if not any(_has(seg, cue) for cue in attr.cues):
            return None
        iv = ident.value
        assert isinstance(iv, IdentifierValue)
        scheme = self.ledger.scheme(iv.scheme)
        if scheme is None or (scheme.event and scheme.event != attr.id):
            return None
        return ident

    def _aliased(self, text: str) -> list[Subject]:
        out: list[Subject] = []
        for name, ids in self.ledger.aliases().items():
            if len(ids) != 1 or len(name) < 6:
                continue
            sub = self.ledger.subjects[ids[0]]
            if sub.kind in ("country",) or sub.identifier is not None:
                continue
            if _has(text, name):
                out.append(sub)
        return out

    def link_number(self, c: Claim) -> Link:
        v = c.value
        fits = _NUMERIC_DIMS[v.kind]
        attrs = [x for x in self.ledger.attributes.values() if fits(x.dimension)]
        if isinstance(v, QuantityValue):
            per_time = "/" in v.unit
            attrs = [x for x in attrs if ("/" in x.dimension) == per_time]
        a, b = self.clause(c.start)
        s0, s1 = self.sentence(c.start)
        scored = []
        for attr in attrs:
            dist = self._cue_distance(attr, c, a, b, s0, s1)
            if dist is not None:
                scored.append((dist, attr.id, attr))
        if not scored:
            return self._text_attribute(c, s0, s1)
        scored.sort(key=lambda t: (t[0], t[1]))
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            return Link(claim=c, method="none",
                        reason=f"ambiguous attribute: {scored[0][1]} or {scored[1][1]}")
        attr = scored[0][2]
        if v.kind in ("count", "ordinal"):
            counters = [k for k in self.ledger.counters if k.attribute == attr.id]
            if len(counters) == 1 and self._names_counter_subject(counters[0].subject):
                return Link(claim=c, key=Key(subject=counters[0].subject, attribute=attr.id),
                            method="counter-cue", confidence="medium")
        subject = self._subject_near(c, s0, s1)
        if subject is None:
            return Link(claim=c, method="none", reason=f"{attr.id}: no subject in reach",
                        cue_attribute=attr.id)
        sid, method, conf, ident = subject
        if scored[0][0] >= 1000:
            # the attribute's only cues are in another clause ("All 15 members voted in
            # favour, and ... the text had been negotiated by the six powers"): the number
            # is not what the cue word measures
            return Link(claim=c, method="none",
                        reason=f"{attr.id}: cue word only in another clause")
        return Link(claim=c, key=Key(subject=sid, attribute=attr.id), method=method,
                    confidence=conf, subject_claim=ident)

    def _names_counter_subject(self, subject: str) -> bool:
        """A ledger counter applies to an article that names its subject or one of its
        topics: cue words alone ("fourth", "tests") are shared by every kind of story, and
        "its fourth increase this year" in a rate decision is not the fourth nuclear test."""
        sub = self.ledger.subjects.get(subject)
        if subject in self.doc_topics:
            return True
        if sub is not None and set(sub.topics) & self.doc_topics:
            return True
        return sub is not None and bool(self._aliased_any(sub))

    def _aliased_any(self, sub: Subject) -> bool:
        return any(len(n) >= 3 and _has(self.text, n) for n in (sub.name, *sub.aliases))

    def _text_attribute(self, c: Claim, s0: int, s1: int) -> Link:
        """No vocabulary cue: key by the value's dimension ("~[length] ** 3 / [time]") for
        an identifier in the same sentence. Text-only keys are uncertain (low)."""
        v = c.value
        here = self.ids_in(s0, s1)
        if not here:  # (whatever the dimension: no unit is read for nothing)
            return Link(claim=c, method="none", reason=f"no attribute cue for this {v.kind}")
        dim = None
        if isinstance(v, QuantityValue):
            try:
                from factcheck.normalize.units import registry
                dim = str(registry().Quantity(1, v.unit).dimensionality)
            except Exception:  # noqa: BLE001 - unknown unit
                dim = None
        elif v.kind == "money":
            dim = f"{v.currency}" + (f" / {v.per}" if getattr(v, "per", None) else "")  # type: ignore[union-attr]
        if dim is not None and dim in ("dimensionless", ""):
            # a bare number ("adopted 15-0", "all seven earlier resolutions") has no unit
            # that says what it measures: keying it by dimension would compare unrelated
            # numbers of one sentence with each other
            return Link(claim=c, method="none", reason=f"no attribute cue for this {v.kind}")
        if dim is None:
            return Link(claim=c, method="none", reason=f"no attribute cue for this {v.kind}")
        ident = min(here, key=lambda x: abs(x.start - c.start))
        return Link(claim=c, key=Key(subject=self.subject_of_identifier(ident), attribute=f"~{dim}"),
                    method="identifier+dimension", confidence="low", subject_claim=ident)

    def _cue_distance(self, attr: Attribute, c: Claim, a: int, b: int, s0: int, s1: int
                      ) -> float | None:
        """How far the attribute's nearest cue is from the claim: cues after the number
        (the counted noun) are nearer than cues before it, the clause nearer than the
        rest of the sentence; cues inside the claim's own text do not count."""
        best: float | None = None
        for cue in attr.cues:
            for off in _has(self.text[s0:s1], cue):
                start = s0 + off
                end = start + len(cue)
                if start < c.end and c.start < end:
                    continue
                d = float(start - c.end) if start >= c.end else 2.0 * (c.start - end) + 5
                if not (a <= start < b):
                    d += 1000
                best = d if best is None else min(best, d)
        return best

    def _subject_near(self, c: Claim, s0: int, s1: int
                      ) -> tuple[str, str, str, Claim | None] | None:
        here = self.ids_in(s0, s1)
        if here:
            ident = min(here, key=lambda x: abs(x.start - c.start))
            return self.subject_of_identifier(ident), "cue+identifier", "medium", ident
        if _ANAPHORA.search(self.text[s0:c.start]):
            before = [x for x in self.ids if s0 - 600 <= x.start < s0]
            if before:
                ident = before[-1]
                return self.subject_of_identifier(ident), "cue+anaphora", "low", ident
        return None


# Link methods that name which ledger subject an event is (not just its attribute):
# a sentence's other numbers and an article's mentions can rely on them.
SUBJECT_METHODS = ("description+ledger", "alias", "pinned")
TEXT_KINDS = ("count", "money", "percent", "quantity")  # kinds a text key may measure


def link_document(doc: Document, claims: Sequence[Claim], ledger: Ledger,
                  text_keys: TextKeys | None = None) -> list[Link]:
    """Links for one document's claims, in claim order.

    Numeric claims whose sentence has a description-linked date inherit that subject;
    numbers the ledger's vocabulary leaves unkeyed get a text key when their sentence
    says what they measure (``factcheck.link_text``; ``text_keys`` is that reading when
    the caller shares it with the document's frames).
    """
    from factcheck.link_text import TextKeys

    linker = _DocLinker(doc, claims, ledger, text_keys.index if text_keys else None)
    text_keys = text_keys or TextKeys(doc, claims, linker.index)
    links = [linker.link(c) for c in claims]
    # a number in the same sentence as a description-linked event date shares its subject
    by_sentence: dict[tuple[int, int], str] = {}
    for ln in links:
        if ln.key and ln.method in SUBJECT_METHODS:
            by_sentence.setdefault(linker.sentence(ln.claim.start), ln.key.subject)
    out = []
    for ln in links:
        c = ln.claim
        if ln.key is None and ln.cue_attribute is not None:
            sid = by_sentence.get(linker.sentence(c.start))
            if sid:
                ln = Link(claim=c, key=Key(subject=sid, attribute=ln.cue_attribute),
                          method="cue+described-subject", confidence="low")
        if ln.key is None and c.kind in TEXT_KINDS and not c.unresolved:
            got = text_keys.link(c)
            generic = ln.reason in (f"no attribute cue for this {c.kind}",
                                    f"{c.kind} values are checked by rules, not keyed")
            ln = got if got.key is not None or generic else ln
        out.append(ln)
    return out


def link_documents(documents: Sequence[Document], claims_by_doc: Mapping[str, Sequence[Claim]],
                   ledger: Ledger) -> dict[str, list[Link]]:
    """Links for every document, keyed by document id."""
    return {d.id: link_document(d, claims_by_doc.get(d.id, ()), ledger) for d in documents}


def identifier_number(link: Link) -> int | None:
    """The number of the identifier a link's subject came from."""
    c = link.subject_claim
    if c is None or not isinstance(c.value, IdentifierValue):
        return None
    return id_number(c.value.id)
