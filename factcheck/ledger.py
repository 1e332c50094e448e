"""The curated ledger: load and validate ``claims/*.yaml`` and index it for linking.

Every file validates against ``factcheck.models.LedgerFile`` (frozen, unknown keys
forbidden); ``claims/schema.json`` is generated from that model by ``ledger_schema``.
Across files the loader checks that ids are unique and that every reference (a fact's
subject and attribute, a counter's members, a pinned key) names a known id. All
problems are collected, each with its file and line, before ``LedgerError`` is raised.

The ledger is input, never mutated. ``Ledger.empty()`` is what ``check`` uses without
``--claims``: no subjects or facts, only the built-in attributes and schemes below.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from factcheck import inputs
from factcheck.errors import InputError
from factcheck.models import (
    Attribute,
    DateValue,
    Fact,
    LedgerCounter,
    LedgerFile,
    LedgerScheme,
    Pinned,
    Subject,
)

__all__ = [
    "Ledger", "LedgerError", "load_ledger", "validate_ledger", "ledger_schema",
    "write_schema", "SCHEMA_FILE", "BUILTIN_ATTRIBUTES", "BUILTIN_SCHEMES",
]

SCHEMA_FILE = "schema.json"

# Used when the ledger does not define them, so that linking and the sequence rule work
# between articles without --claims. A ledger entry with the same id replaces these.
BUILTIN_ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute(id="adopted", dimension="date",
              cues=("adopted", "passed", "approved", "voted", "unanimously"),
              description="date a resolution was adopted"),
    Attribute(id="occurred", dimension="date",
              cues=("test", "tested", "detonation", "detonated", "explosion", "launch",
                    "launched", "fired", "test-fired"),
              description="date an event took place"),
)
BUILTIN_SCHEMES: tuple[LedgerScheme, ...] = (
    LedgerScheme(id="UNSCR", name="UN Security Council resolutions", monotone=True,
                 event="adopted",
                 description="resolutions are numbered consecutively in order of adoption"),
)


class LedgerError(InputError):
    """The ledger is invalid; ``errors`` holds every problem found (with file and line)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None, errors: tuple[InputError, ...] = ()) -> None:
        super().__init__(message, path, line, column)
        self.errors = tuple(errors)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.message, self.path, self.line, self.column, self.errors))

    def __str__(self) -> str:
        if not self.errors:
            return super().__str__()
        return "\n".join(str(e) for e in self.errors)


def _norm(text: str) -> str:
    """Lower case, each run of white space one space, none at the ends: what a regex
    substitution of white space runs gave (str.split and the regex agree on what white
    space is), in a third of the time; linking norms 4,000 characters of every document."""
    return " ".join(text.lower().split())


def id_number(identifier: str) -> int | None:
    """The number an identifier's order follows ("2375" -> 2375), or None."""
    m = re.fullmatch(r"\D*(\d+)\D*", identifier)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class Ledger:
    """An index over the loaded files. Build with ``load_ledger`` or ``Ledger.build``."""

    files: tuple[tuple[str, LedgerFile], ...] = ()
    subjects: dict[str, Subject] = field(default_factory=dict)
    attributes: dict[str, Attribute] = field(default_factory=dict)
    schemes: dict[str, LedgerScheme] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()
    counters: tuple[LedgerCounter, ...] = ()
    pinned: tuple[Pinned, ...] = ()
    fact_files: dict[str, str] = field(default_factory=dict)  # fact id -> file path
    _by_identifier: dict[tuple[str, str], str] = field(default_factory=dict)
    _by_alias: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _facts_by_key: dict[tuple[str, str], tuple[Fact, ...]] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Ledger:
        return cls.build([])

    @classmethod
    def build(cls, files: Iterable[tuple[str, LedgerFile]]) -> Ledger:
        files = tuple(files)
        subjects: dict[str, Subject] = {}
        attributes = {a.id: a for a in BUILTIN_ATTRIBUTES}
        schemes = {s.id.upper(): s for s in BUILTIN_SCHEMES}
        facts: list[Fact] = []
        fact_files: dict[str, str] = {}
        counters: list[LedgerCounter] = []
        pinned: list[Pinned] = []
        for path, f in files:
            subjects.update((s.id, s) for s in f.subjects)
            attributes.update((a.id, a) for a in f.attributes)
            schemes.update((s.id.upper(), s) for s in f.schemes)
            facts.extend((*f.facts, *f.related))
            fact_files.update((x.id, path) for x in (*f.facts, *f.related))
            counters.extend(f.counters)
            pinned.extend(f.pinned)
        by_identifier = {(s.identifier.scheme.upper(), s.identifier.id): s.id
                         for s in subjects.values() if s.identifier}
        alias: dict[str, list[str]] = defaultdict(list)
        for s in subjects.values():
            for name in (s.name, *s.aliases):
                if s.id not in alias[_norm(name)]:
                    alias[_norm(name)].append(s.id)
        by_key: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for x in facts:
            by_key[(x.subject, x.attribute)].append(x)
        return cls(
            files=files, subjects=subjects, attributes=attributes, schemes=schemes,
            facts=tuple(facts), counters=tuple(counters),
            pinned=tuple(pinned), fact_files=fact_files, _by_identifier=by_identifier,
            _by_alias={k: tuple(v) for k, v in alias.items()},
            _facts_by_key={k: tuple(v) for k, v in by_key.items()},
        )

    # ------------------------------------------------------------------ lookups

    def subject_for_identifier(self, scheme: str, ident: str) -> Subject | None:
        sid = self._by_identifier.get((scheme.upper(), ident))
        return self.subjects.get(sid) if sid else None

    def subjects_named(self, text: str) -> tuple[Subject, ...]:
        return tuple(self.subjects[s] for s in self._by_alias.get(_norm(text), ()))

    def aliases(self) -> dict[str, tuple[str, ...]]:
        """Normalized name or alias -> subject ids."""
        return dict(self._by_alias)

    def facts_for(self, subject: str, attribute: str, scope: str | None = None,
                  any_scope: bool = False) -> tuple[Fact, ...]:
        out = self._facts_by_key.get((subject, attribute), ())
        if any_scope:
            return out
        return tuple(x for x in out if (x.scope.label if x.scope else None) == scope)

    def date_of(self, subject: str, attribute: str | None = None) -> tuple[DateValue, Fact] | None:
        """The subject's date for ``attribute`` (default: its first dated fact)."""
        for x in self.facts:
            if x.subject != subject or not isinstance(x.value, DateValue):
                continue
            if attribute is None or x.attribute == attribute:
                return x.value, x
        return None

    def scheme(self, scheme: str) -> LedgerScheme | None:
        return self.schemes.get(scheme.upper())

    def cite(self, fact: Fact) -> str:
        """A one-line citation for a fact: publisher, title, document, URL."""
        s = fact.source
        parts = [s.publisher, s.title]
        if s.document:
            parts.append(s.document)
        if s.url:
            parts.append(s.url)
        return ", ".join(parts)

    def scheme_subjects(self, scheme: str) -> tuple[Subject, ...]:
        """Ledger subjects numbered in ``scheme``, by number."""
        subs = [s for s in self.subjects.values()
                if s.identifier and s.identifier.scheme.upper() == scheme.upper()]
        return tuple(sorted(subs, key=lambda s: (id_number(s.identifier.id) or 0,  # type: ignore[union-attr]
                                                 s.id)))

    def topics_named_in(self, text: str) -> set[str]:
        """Topics of the countries/subjects whose name or alias occurs in ``text``."""
        low = " " + _norm(text) + " "
        by_first, others = self._country_names
        out: set[str] = set()
        for m in _WORD_RUN.finditer(low):
            p = m.start()
            for name, topics in by_first.get(m.group(), ()):
                if low.startswith(name, p) and not _WORD_CHAR.match(low, p + len(name)):
                    out.update(topics)
        for pattern, topics in others:
            if pattern.search(low):
                out.update(topics)
        return out

    @cached_property
    def _country_names(self) -> tuple[dict[str, list[tuple[str, frozenset[str]]]],
                                      list[tuple[re.Pattern[str], frozenset[str]]]]:
        """The names (3+ characters) of country subjects with what naming them adds to
        ``topics_named_in``, built once per ledger: those that start with a word
        character by their first word (a name can only match where a word of the text
        starts, and that word must be the name's first), the others as patterns."""
        by_first: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        others: list[tuple[re.Pattern[str], frozenset[str]]] = []
        for name, ids in self._by_alias.items():
            topics = frozenset(t for sid in ids if self.subjects[sid].kind == "country"
                               for t in (*self.subjects[sid].topics, sid))
            if len(name) < 3 or not topics:
                continue
            first = _WORD_RUN.match(name)
            if first:
                by_first[first.group()].append((name, topics))
            else:
                others.append((re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)"), topics))
        return dict(by_first), others


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


# ---------------------------------------------------------------------- loading


def _ledger_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def validate_ledger(root: str | Path) -> tuple[Ledger | None, list[InputError]]:
    """Load every ``*.yaml`` under ``root`` (or one file); never raises on bad content.

    The files are read and validated by ``factcheck lint`` itself (one loader, one set of
    checks), so ``check --claims`` refuses exactly what ``lint`` reports; only the pinned
    quotes and values, which need the articles, are left to ``lint``."""
    from factcheck.lint import lint_ledger, parse_ledger_text

    root = Path(root)
    if not root.exists():
        return None, [InputError("no such ledger directory or file", str(root))]
    sources = []
    errors: list[InputError] = []
    for path in _ledger_files(root):
        try:
            sources.append(parse_ledger_text(inputs.read_text(path), str(path)))
        except InputError as error:
            errors.append(error)
    errors += [InputError(f"{p.message} [{p.check}]", p.path, p.line)
               for p in lint_ledger(sources)]
    if errors:
        return None, errors
    files = [(s.path, LedgerFile(**{name: tuple(i.model for i in s.items if i.section == name)
                                    for name in LedgerFile.model_fields}))
             for s in sources]
    return Ledger.build(files), []


def load_ledger(root: str | Path | None) -> Ledger:
    """The ledger under ``root``; ``Ledger.empty()`` for None. Raises ``LedgerError``."""
    if root is None:
        return Ledger.empty()
    ledger, errors = validate_ledger(root)
    if ledger is None:
        first = errors[0] if errors else InputError("invalid ledger", str(root))
        raise LedgerError(f"{len(errors)} problem(s) in the ledger", first.path, first.line,
                          errors=tuple(errors))
    return ledger


# ---------------------------------------------------------------------- schema


def ledger_schema() -> dict[str, Any]:
    """The JSON Schema of one ledger file, generated from ``LedgerFile``."""
    schema = LedgerFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://factcheck.invalid/claims/schema.json"
    schema["title"] = "factcheck ledger file (claims/*.yaml)"
    return schema


def render_schema() -> str:
    return json.dumps(ledger_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(claims_dir: str | Path) -> Path:
    """(Re)generate ``claims/schema.json``."""
    out = Path(claims_dir) / SCHEMA_FILE
    out.write_text(render_schema(), encoding="utf-8")
    return out


def date_in(value: DateValue, day: dt.date) -> bool:
    return bool(value.start and value.end and value.start <= day <= value.end)
