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

import yaml
from pydantic import ValidationError

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
    return re.sub(r"\s+", " ", text.strip().lower())


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


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (pydantic error location)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == part), None)
            if nxt is None:
                # an unknown key: point at the key itself
                key = next((k for k, _ in node.value if k.value == part), None)
                return key.start_mark.line + 1 if key is not None else line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and part < len(node.value):
            node = node.value[part]
        else:
            continue
        line = node.start_mark.line + 1
    return line


class DateStringLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates stay strings for pydantic, so an
    impossible date (2017-02-30) becomes a located schema error instead of a crash."""


DateStringLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read(path: Path) -> tuple[LedgerFile | None, list[InputError]]:
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=DateStringLoader)
        data = yaml.load(text, Loader=DateStringLoader)  # noqa: S506 - a SafeLoader subclass
    except (OSError, UnicodeDecodeError) as exc:
        return None, [InputError(f"cannot read ledger file: {exc}", str(path))]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [InputError(f"invalid YAML: {exc}", str(path),
                                 mark.line + 1 if mark else None)]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [InputError("a ledger file must be a mapping of sections "
                                 "(subjects, attributes, facts, counters, pinned, ...)",
                                 str(path), 1)]
    try:
        return LedgerFile.model_validate(data), []
    except ValidationError as exc:
        errors = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            where = ".".join(str(p) for p in loc)
            errors.append(InputError(f"{where}: {err['msg']} (see claims/{SCHEMA_FILE})",
                                     str(path), _line_of(node, loc)))
        return None, errors


def _ledger_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def _cross_check(files: list[tuple[str, LedgerFile]]) -> list[InputError]:
    """Unique ids and resolvable references across all files."""
    errors: list[InputError] = []
    seen: dict[tuple[str, str], str] = {}
    subjects: set[str] = set()
    attributes = {a.id for a in BUILTIN_ATTRIBUTES}
    for path, f in files:
        for section, items in (("subjects", f.subjects), ("attributes", f.attributes),
                               ("facts", (*f.facts, *f.related)), ("counters", f.counters)):
            for item in items:
                if (section, item.id) in seen:
                    errors.append(InputError(
                        f"{section}: duplicate id {item.id!r} (first in {seen[(section, item.id)]})",
                        path))
                seen[(section, item.id)] = path
        subjects.update(s.id for s in f.subjects)
        attributes.update(a.id for a in f.attributes)

    def need(kind: str, ident: str, known: set[str], path: str, where: str) -> None:
        if ident not in known:
            errors.append(InputError(f"{where}: unknown {kind} {ident!r}; define it in "
                                     f"claims/vocabulary.yaml", path))

    for path, f in files:
        for x in (*f.facts, *f.related):
            need("subject", x.subject, subjects, path, f"facts[{x.id}]")
            need("attribute", x.attribute, attributes, path, f"facts[{x.id}]")
            if isinstance(x.value, DateValue) and x.value.start and x.value.end \
                    and x.value.start > x.value.end:
                errors.append(InputError(f"facts[{x.id}]: date start after end", path))
        for c in f.counters:
            need("subject", c.subject, subjects, path, f"counters[{c.id}]")
            need("attribute", c.attribute, attributes, path, f"counters[{c.id}]")
            for m in c.members:
                need("subject", m, subjects, path, f"counters[{c.id}].members")
        for p in f.pinned:
            need("subject", p.key.subject, subjects, path, f"pinned[{p.document}]")
            need("attribute", p.key.attribute, attributes, path, f"pinned[{p.document}]")
    return errors


def _counter_order(ledger: Ledger) -> list[InputError]:
    """Counter members must be in date order (they are the nth, (n+1)th, ... event)."""
    errors = []
    for c in ledger.counters:
        dates = []
        for m in c.members:
            got = ledger.date_of(m, c.member_attribute)
            if got and got[0].start:
                dates.append((got[0].start, m))
        for (d1, m1), (d2, m2) in zip(dates, dates[1:]):
            if d2 < d1:
                errors.append(InputError(f"counters[{c.id}]: member {m2} ({d2}) is listed after "
                                         f"{m1} ({d1}); members must be in date order"))
    return errors


def validate_ledger(root: str | Path) -> tuple[Ledger | None, list[InputError]]:
    """Load every ``*.yaml`` under ``root`` (or one file); never raises on bad content."""
    root = Path(root)
    if not root.exists():
        return None, [InputError("no such ledger directory or file", str(root))]
    files: list[tuple[str, LedgerFile]] = []
    errors: list[InputError] = []
    for path in _ledger_files(root):
        parsed, errs = _read(path)
        errors.extend(errs)
        if parsed is not None:
            files.append((str(path), parsed))
    errors.extend(_cross_check(files))
    if errors:
        return None, errors
    ledger = Ledger.build(files)
    errors.extend(_counter_order(ledger))
    return (None if errors else ledger), errors


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
