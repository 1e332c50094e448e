"""``factcheck lint``: validate the curated ledger against itself and the articles it cites.

Checks, every problem reported with the YAML file and line (``file:line: message [check]``),
all of them, never only the first:

- ``yaml``: the file parses (``factcheck.inputs.load_yaml``: the loader of every YAML
  file factcheck reads, with its size, depth and alias limits); no key appears twice in a
  mapping;
- ``schema``: sections and keys are known (unknown keys name the allowed ones), types are
  right, dates exist (``2017-02-30`` is an error), pint reads every unit;
- ``reference``: ids are unique, every subject/attribute/member a fact, counter or
  pinned claim names is defined, and no counter lists a member twice;
- ``citation``: every fact and counter cites a source with a publisher, a title and a
  document number or URL;
- ``dimension``: a quantity's unit has its attribute's dimension;
- ``contradiction``: no two facts with the same subject, attribute and scope have
  disjoint values;
- ``counter``: counter members are listed in date order;
- ``quote``: every pinned quote is in its article (at its line, when one is given);
- ``value``: the extractor reads the recorded value inside the pinned quote;
- ``registry``: a registry CSV (``lint_registries``) has the header
  ``number,adopted,title,topic``, whole unique numbers, ISO dates that exist, and dates
  that never decrease as numbers rise where its scheme is numbered in time order.

Given files, the whole directory of each is read for context (ids defined elsewhere) and
problems are reported for the named files only, so pre-commit may pass any subset.
"""
from __future__ import annotations

import difflib
import typing
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from factcheck import inputs
from factcheck.errors import InputError
from factcheck.ledger import BUILTIN_ATTRIBUTES
from factcheck.lint_values import (
    canonical_unit_problem,
    check_pinned,
    counter_order,
    dimension_problem,
    disjoint_values,
    fmt,
)
from factcheck.models import Document, Fact, LedgerCounter, LedgerFile, Pinned, QuantityValue

__all__ = ["Problem", "LedgerSource", "lint_paths", "read_ledger", "lint_ledger",
           "lint_registries"]


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    check: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} [{self.check}]"


_SECTIONS: dict[str, type[BaseModel]] = {
    name: typing.get_args(f.annotation)[0] for name, f in LedgerFile.model_fields.items()
}


@dataclass(frozen=True)
class Item:
    """One valid entry of a section, with where it is."""

    path: str
    section: str
    index: int
    line: int
    model: Any
    node: yaml.Node

    def where(self) -> str:
        ident = getattr(self.model, "id", None) or getattr(self.model, "document", None)
        return f"{self.section}[{self.index}]" + (f" ({ident})" if ident else "")

    def line_of(self, *keys: str) -> int:
        return inputs.locate(self.node, keys)[1] or self.line


@dataclass(frozen=True)
class LedgerSource:
    """A ledger file as read: its valid items and the problems found while reading."""

    path: str
    items: tuple[Item, ...]
    problems: tuple[Problem, ...]


# ---------------------------------------------------------------------- reading


def _models_at(model: type[BaseModel], loc: Sequence[Any]) -> list[type[BaseModel]]:
    """The model(s) whose fields apply at ``loc`` (to name the allowed keys)."""
    current: list[type[BaseModel]] = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        nxt: list[type[BaseModel]] = []
        for m in current:
            if part in m.model_fields:
                nxt.extend(_models_in(m.model_fields[part].annotation))
        if not nxt:  # a discriminator tag ("date") selects one union member
            nxt = [m for m in current if getattr(m.model_fields.get("kind"), "default", None)
                   == part]
        current = nxt or current
    return current


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


def _did_you_mean(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _schema_problem(path: str, section: str, index: int, node: yaml.Node,
                    model: type[BaseModel], err: dict[str, Any]) -> Problem:
    loc = tuple(err["loc"])
    where = f"{section}[{index}]" + "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc
        if not (isinstance(p, str) and p in _TAGS))
    _, line = inputs.locate(node, loc)
    kind, given = err["type"], err.get("input")
    if kind == "extra_forbidden":
        allowed = sorted({f for m in _models_at(model, loc[:-1]) for f in m.model_fields})
        msg = (f"unknown key {loc[-1]!r} in {where.rsplit('.', 1)[0]}"
               f"{_did_you_mean(str(loc[-1]), allowed)} (allowed: {', '.join(allowed)})")
    elif kind == "missing":
        msg = f"{where}: missing required key {loc[-1]!r}"
    elif kind.startswith("date") or kind.startswith("datetime"):
        reason = err["msg"].split(",", 1)[-1].strip()
        msg = f"{where}: impossible or malformed date {given!r} ({reason}); use YYYY-MM-DD"
    else:
        msg = f"{where}: {err['msg']}" + (f" (got {given!r})" if not isinstance(
            given, (dict, list)) else "")
    return Problem(path, line or 1, msg, "schema")


_TAGS = {"quantity", "money", "percent", "count", "ordinal", "ratio", "date", "duration",
         "identifier", "set"}


def parse_ledger_text(text: str, path: str) -> LedgerSource:
    """Parse one ledger file item by item, so one bad entry does not hide the others."""
    try:
        doc = inputs.load_yaml(text, path, allow_duplicates=True)
    except InputError as exc:
        return LedgerSource(path, (), (Problem(path, exc.line or 1, exc.message, "yaml"),))
    node, data = doc.node, doc.data
    problems = [Problem(path, d.line, d.message(), "yaml") for d in doc.duplicates]
    if data is None:
        return LedgerSource(path, (), tuple(problems))
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        return LedgerSource(path, (), (*problems, Problem(
            path, 1, f"a ledger file is a mapping of sections ({', '.join(_SECTIONS)})",
            "schema")))
    items: list[Item] = []
    for key, value in node.value:
        name = key.value
        if name not in _SECTIONS:
            problems.append(Problem(path, key.start_mark.line + 1,
                                    f"unknown section {name!r}{_did_you_mean(name, _SECTIONS)} "
                                    f"(allowed: {', '.join(_SECTIONS)})", "schema"))
            continue
        raw = data.get(name)
        if raw is None:
            continue
        if not isinstance(raw, list) or not isinstance(value, yaml.SequenceNode):
            problems.append(Problem(path, key.start_mark.line + 1,
                                    f"{name}: expected a list of entries", "schema"))
            continue
        model = _SECTIONS[name]
        adapter = TypeAdapter(model)
        for i, (entry, sub) in enumerate(zip(raw, value.value)):
            try:
                parsed = adapter.validate_python(entry)
            except ValidationError as exc:
                problems.extend(_schema_problem(path, name, i, sub, model, e)
                                for e in exc.errors())
                continue
            items.append(Item(path, name, i, sub.start_mark.line + 1, parsed, sub))
    return LedgerSource(path, tuple(items), tuple(problems))


def read_ledger(paths: Sequence[str | Path]) -> tuple[list[LedgerSource], set[str], list[Problem]]:
    """Read the ledger files under ``paths``: (sources, files to report on, problems)."""
    files: dict[str, Path] = {}
    focus: set[str] = set()
    problems: list[Problem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(x for x in p.iterdir() if x.suffix in (".yaml", ".yml"))
            focus.update(str(x) for x in found)
        elif p.is_file():
            found = sorted(x for x in p.parent.iterdir() if x.suffix in (".yaml", ".yml"))
            focus.add(str(p))
        else:
            problems.append(Problem(str(p), 1, "no such ledger file or directory", "io"))
            continue
        files.update((str(x), x) for x in found)
    sources = []
    for name in sorted(files):
        try:
            text = inputs.read_text(files[name])
        except InputError as exc:
            problems.append(Problem(name, exc.line or 1, exc.message, "io"))
            continue
        sources.append(parse_ledger_text(text, name))
    return sources, focus, problems


# ---------------------------------------------------------------------- checks


def _references(items: list[Item]) -> list[Problem]:
    out: list[Problem] = []
    by_id: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for it in items:
        ident = getattr(it.model, "id", None)
        if ident is not None and it.section != "pinned":
            by_id[("facts" if it.section == "related" else it.section, ident)].append(it)
    for (_, ident), same in by_id.items():
        for it in same if len(same) > 1 else ():
            others = ", ".join(f"{o.path}:{o.line}" for o in same if o is not it)
            out.append(Problem(it.path, it.line_of("id"), f"{it.where()}: duplicate id "
                               f"{ident!r} (also at {others})", "reference"))
    subjects = {i.model.id for i in items if i.section == "subjects"}
    attributes = {i.model.id for i in items if i.section == "attributes"} | \
        {a.id for a in BUILTIN_ATTRIBUTES}

    def need(it: Item, kind: str, ident: str, known: set[str], *keys: str) -> None:
        if ident not in known:
            out.append(Problem(it.path, it.line_of(*keys), f"{it.where()}: unknown {kind} "
                               f"{ident!r}{_did_you_mean(ident, known)}; define it under "
                               f"{kind}s", "reference"))

    for it in items:
        m = it.model
        if isinstance(m, (Fact, LedgerCounter)):
            need(it, "subject", m.subject, subjects, "subject")
            need(it, "attribute", m.attribute, attributes, "attribute")
        if isinstance(m, LedgerCounter):
            for member in m.members:
                need(it, "subject", member, subjects, "members")
            listed = Counter(m.members)
            for member in sorted(x for x, n in listed.items() if n > 1):
                out.append(Problem(it.path, it.line_of("members"), f"{it.where()}: member "
                                   f"{member!r} is listed {listed[member]} times; a "
                                   "counter counts each event once", "reference"))
        if isinstance(m, Pinned):
            need(it, "subject", m.key.subject, subjects, "key", "subject")
            need(it, "attribute", m.key.attribute, attributes, "key", "attribute")
    return out


def _values(items: list[Item]) -> list[Problem]:
    """Units pint reads, unit dimensions, date order, and source citations."""
    out: list[Problem] = []
    dims = {i.model.id: i.model.dimension for i in items if i.section == "attributes"}
    for it in items:
        m = it.model
        value = getattr(m, "value", None)
        if value is not None:
            msg = canonical_unit_problem(value)
            if msg:
                out.append(Problem(it.path, it.line_of("value", "unit"), f"{it.where()}: {msg}",
                                   "schema"))
            start, end = getattr(value, "start", None), getattr(value, "end", None)
            if start and end and start > end:
                out.append(Problem(it.path, it.line_of("value"),
                                   f"{it.where()}: date interval starts ({start}) after it "
                                   f"ends ({end})", "schema"))
            attribute = getattr(m, "attribute", None) or getattr(getattr(m, "key", None),
                                                                 "attribute", None)
            if isinstance(value, QuantityValue) and not msg and attribute in dims:
                dim = dimension_problem(value.unit, dims[attribute])
                if dim:
                    out.append(Problem(it.path, it.line_of("value", "unit"),
                                       f"{it.where()}: {dim} (attribute {attribute!r})",
                                       "dimension"))
        if isinstance(m, (Fact, LedgerCounter)):
            src = m.source
            if src is None:
                out.append(Problem(it.path, it.line, f"{it.where()}: no source: cite where the "
                                   "list comes from (publisher, title, document or url)",
                                   "citation"))
            elif not (src.publisher.strip() and src.title.strip()) or not (src.document or
                                                                             src.url):
                out.append(Problem(it.path, it.line_of("source"), f"{it.where()}: incomplete "
                                   "source citation: give publisher, title and a document "
                                   "number or url", "citation"))
    return out


def _contradictions(items: list[Item]) -> list[Problem]:
    groups: dict[tuple[str, str, str | None], list[Item]] = defaultdict(list)
    for it in items:
        if isinstance(it.model, Fact):
            f = it.model
            groups[(f.subject, f.attribute, f.scope.label if f.scope else None)].append(it)
    out = []
    for (subject, attribute, scope), group in sorted(groups.items(), key=lambda g: str(g[0])):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not disjoint_values(a.model.value, b.model.value):
                    continue
                key = f"{subject} · {attribute}" + (f" · {scope}" if scope else "")
                for x, y in ((a, b), (b, a)):
                    out.append(Problem(
                        x.path, x.line_of("value"),
                        f"{x.where()} contradicts {y.model.id} ({y.path}:{y.line}): {key} is "
                        f"{fmt(x.model.value)} here and {fmt(y.model.value)} there; give them "
                        "different scopes, or fix one", "contradiction"))
    return out


def lint_ledger(sources: Sequence[LedgerSource], documents: Sequence[Document] = (),
                claims_of: Any = None) -> list[Problem]:
    """Every problem of a parsed ledger (pure; ``claims_of(doc)`` runs the extractor)."""
    items = [i for s in sources for i in s.items]
    problems = [p for s in sources for p in s.problems]
    problems += _references(items) + _values(items) + _contradictions(items) + \
        counter_order([i for i in items if isinstance(i.model, (Fact, LedgerCounter))], Problem)
    pinned = [i for i in items if isinstance(i.model, Pinned)]
    if pinned and claims_of is not None:  # quotes and values need the articles
        problems += check_pinned(pinned, documents, claims_of, Problem)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.check, p.message))


def lint_paths(paths: Sequence[str | Path], articles: Sequence[str | Path] = ()) -> list[Problem]:
    """Read the ledger and the articles its pinned claims cite; every problem, sorted."""
    from factcheck.extract import extract_document
    from factcheck.ingest import load_documents

    with inputs.collector_paused():  # thousands of small models: see collector_paused
        sources, focus, problems = read_ledger(paths)
    wanted = {i.model.document for s in sources for i in s.items if isinstance(i.model, Pinned)}
    documents: list[Document] = []
    if wanted:
        roots = [str(a) for a in articles] or sorted(
            {d for d in wanted if Path(d).exists()})
        if roots:
            documents, errors = load_documents(roots)
            problems += [Problem(e.path or str(roots[0]), e.line or 1, e.message, "io")
                         for e in errors]
    cache: dict[str, Any] = {}

    def claims_of(doc: Document) -> Any:
        if doc.id not in cache:
            cache[doc.id] = extract_document(doc)
        return cache[doc.id]

    problems += lint_ledger(sources, documents, claims_of)
    return sorted({p for p in problems if p.path in focus or p.check == "io"},
                  key=lambda p: (p.path, p.line, p.check, p.message))


def lint_registries(specs: Sequence[Any], only: Sequence[str] | None = None) -> list[Problem]:
    """Problems of registry files (``factcheck/registry.py``): the configuration's
    (``specs``), or only the CSV files ``only`` names (with their configured scheme, if any)."""
    from factcheck.registry import RegistrySpec, load_registry_file

    chosen = list(specs)
    if only is not None:
        by_path = {str(Path(s.file).resolve()): s for s in specs}
        chosen = [by_path.get(str(Path(p).resolve()), RegistrySpec(scheme="", file=p))
                  for p in only]
    out = []
    for spec in chosen:
        for e in load_registry_file(spec)[1]:
            out.append(Problem(e.path or spec.file, e.line or 1, e.message, "registry"))
    return out
