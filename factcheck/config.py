"""Configuration: ``.factcheck.yaml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

Keys (all optional; command-line options win over them)::

    paths:    [seeds/]                  # articles to check when no PATH is given
    claims:   claims/                   # the ledger directory
    select:   [VC, ID01]                # rule codes, code prefixes or dotted-name prefixes
    ignore:   [TA02]
    fail-on:  error                     # error | warning | info | never
    baseline: factcheck-baseline.yaml
    suppress:                           # each needs a rule and a reason
      - {rule: ID02, reason: "...", docs: ["002_*"], key: "...", quote: "..."}
    registries:                         # reference tables of your own (CSV, see
      - {scheme: UNSCR, file: extra.csv, source: "..."}   # data/registries/README.md)

The file is found like ruff finds its own: from the current directory upwards, the first
directory holding ``.factcheck.yaml`` (or ``.factcheck.yml``), or a ``pyproject.toml``
with a ``[tool.factcheck]`` table. Relative paths are relative to that directory.
"""
from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import inputs
from factcheck.baseline import MultiError, Suppression
from factcheck.errors import InputError
from factcheck.registry import RegistrySpec, scheme_defaults

__all__ = ["Config", "FAIL_ON", "find_config", "load_config", "parse_config", "rule_selected",
           "CONFIG_NAMES"]

FAIL_ON = ("error", "warning", "info", "never")
CONFIG_NAMES = (".factcheck.yaml", ".factcheck.yml")
_KEYS = ("paths", "claims", "select", "ignore", "fail-on", "baseline", "suppress", "registries")
_SUPPRESS_KEYS = ("rule", "reason", "docs", "key", "quote")
_REGISTRY_KEYS = ("scheme", "file", "source", "monotone")
_RULE_ID = re.compile(r"^(?:[A-Z]{2}\d{2}|[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)$")


@dataclass(frozen=True)
class Config:
    path: str | None = None  # where it was read from; None for defaults
    paths: tuple[str, ...] = ()
    claims: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    baseline: str | None = None
    suppress: tuple[Suppression, ...] = ()
    registries: tuple[RegistrySpec, ...] = ()


# ---------------------------------------------------------------------- rule selection


def _matches(pattern: str, code: str, name: str, aliases: Sequence[str] = ()) -> int:
    """How specifically ``pattern`` names the rule (0: not at all)."""
    if pattern in (code, name, *aliases):
        return 1000
    if code.startswith(pattern) and pattern.isupper():
        return len(pattern)
    if name == pattern or name.startswith(pattern.rstrip(".") + "."):
        return len(pattern)
    return 0


def rule_selected(code: str, name: str, select: Sequence[str], ignore: Sequence[str],
                  aliases: Sequence[str] = ()) -> bool:
    """Ruff's rule: the most specific matching pattern wins; on a tie, ``ignore`` wins.

    An empty ``select`` selects every rule. ``ALL`` selects every rule explicitly.
    """
    def score(p: str) -> int:
        return _matches(p, code, name, aliases) or (1 if p == "ALL" else 0)

    sel = max(map(score, select), default=1 if not select else 0)
    ign = max(map(score, ignore), default=0)
    return sel > 0 and sel > ign


# ---------------------------------------------------------------------- parsing


def _codes(value: Any, where: str, errors: list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in re.split(r"[,\s]+", value) if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(f"{where}: expected a list of rule codes or names")
        return ()
    return tuple(value)


def parse_config(data: Any, source: str, line_of: Callable[[tuple[Any, ...]], int | None],
                 base: Path | None = None) -> Config:
    """Validate one configuration mapping; every problem is reported with its line."""
    problems: list[InputError] = []

    def bad(message: str, *loc: Any) -> None:
        problems.append(InputError(message, source, line_of(loc)))

    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("the factcheck configuration must be a mapping of keys", source, 1)
    data = {str(k).replace("_", "-"): v for k, v in data.items()}
    for k in sorted(set(data) - set(_KEYS)):
        bad(f"unknown key {k!r} (allowed: {', '.join(_KEYS)})", k)

    def rel(p: str) -> str:
        if base is None or os.path.isabs(p):
            return p
        return os.path.relpath(base / p)

    out: dict[str, Any] = {}
    if "paths" in data:
        v = data["paths"]
        v = [v] if isinstance(v, str) else v
        if not isinstance(v, list) or not all(isinstance(p, str) for p in v):
            bad("paths: expected a list of article files or directories", "paths")
        else:
            out["paths"] = tuple(rel(p) for p in v)
    for key in ("claims", "baseline"):
        if key in data and data[key] is not None:
            if not isinstance(data[key], str):
                bad(f"{key}: expected a path", key)
            else:
                out[key] = rel(data[key])
    for key in ("select", "ignore"):
        if key in data:
            msgs: list[str] = []
            out[key] = _codes(data[key], key, msgs)
            for m in msgs:
                bad(m, key)
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON:
            bad(f"fail-on: {data['fail-on']!r} is not one of {', '.join(FAIL_ON)}", "fail-on")
        else:
            out["fail_on"] = data["fail-on"]
    sups = data.get("suppress") or []
    if not isinstance(sups, list):
        bad("suppress: expected a list of {rule, reason} entries", "suppress")
        sups = []
    suppress = []
    for i, item in enumerate(sups):
        if not isinstance(item, dict):
            bad("suppress: each entry is a mapping with a rule and a reason", "suppress", i)
            continue
        for k in sorted(set(map(str, item)) - set(_SUPPRESS_KEYS)):
            bad(f"suppress[{i}]: unknown key {k!r} (allowed: {', '.join(_SUPPRESS_KEYS)})",
                "suppress", i, k)
        rule, reason = item.get("rule"), item.get("reason")
        if not isinstance(rule, str) or not _RULE_ID.match(rule):
            bad(f"suppress[{i}]: a suppression must name one rule by code (e.g. ID01) or "
                f"dotted name (e.g. identifier.event_mismatch); got {rule!r}", "suppress", i)
            continue
        if not isinstance(reason, str) or not reason.strip():
            bad(f"suppress[{i}]: suppressing {rule} needs a reason: say why it is accepted",
                "suppress", i)
            continue
        docs = item.get("docs") or ()
        docs = (docs,) if isinstance(docs, str) else tuple(map(str, docs))
        suppress.append(Suppression(
            rule=rule, reason=reason.strip(), docs=docs,
            key=None if item.get("key") is None else str(item["key"]),
            quote=None if item.get("quote") is None else str(item["quote"]),
            path=source, line=line_of(("suppress", i))))
    out["suppress"] = tuple(suppress)
    regs = data.get("registries") or []
    if not isinstance(regs, list):
        bad("registries: expected a list of {scheme, file} entries", "registries")
        regs = []
    registries = []
    for i, item in enumerate(regs):
        if not isinstance(item, dict) or not isinstance(item.get("scheme"), str) \
                or not isinstance(item.get("file"), str):
            bad(f"registries[{i}]: each entry needs a scheme (e.g. UNSCR) and a file (CSV)",
                "registries", i)
            continue
        for k in sorted(set(map(str, item)) - set(_REGISTRY_KEYS)):
            bad(f"registries[{i}]: unknown key {k!r} (allowed: {', '.join(_REGISTRY_KEYS)})",
                "registries", i, k)
        known = scheme_defaults(item["scheme"])
        monotone = item.get("monotone", known.monotone if known else False)
        if not isinstance(monotone, bool):
            bad(f"registries[{i}]: monotone must be true or false", "registries", i, "monotone")
            continue
        registries.append(RegistrySpec(
            scheme=item["scheme"].upper(), file=rel(item["file"]), monotone=monotone,
            event=known.event if known else None, source=str(item.get("source") or ""),
            line=line_of(("registries", i))))
    out["registries"] = tuple(registries)
    if problems:
        raise problems[0] if len(problems) == 1 else MultiError(problems)
    return Config(path=source, **out)


# ---------------------------------------------------------------------- files


def _toml_line_of(text: str) -> Callable[[tuple[Any, ...]], int | None]:
    """Approximate lines in pyproject.toml: the key's line inside [tool.factcheck]."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines)
                  if re.match(r"\s*\[tool\.factcheck\]\s*(#.*)?$", ln)), 0)

    def line_of(loc: tuple[Any, ...]) -> int | None:
        if not loc:
            return start + 1
        key = str(loc[0])
        pattern = re.compile(r"\s*(\[\[?tool\.factcheck\.)?" + "[\"']?" +
                             "[-_]".join(map(re.escape, re.split("[-_]", key))) + r"\b")
        for i in range(start, len(lines)):
            if pattern.match(lines[i]):
                return i + 1
        return start + 1
    return line_of


def find_config(start: str | Path = ".") -> Path | None:
    """The nearest configuration file from ``start`` upwards, or None."""
    here = Path(start).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (directory / name).is_file():
                return directory / name
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\s*\[tool\.factcheck[\].]",
                                             inputs.read_text(pyproject), re.M):
            return pyproject
    return None


def load_config(path: str | Path) -> Config:
    """Read and validate a configuration file (YAML, or pyproject.toml's table)."""
    path = Path(path)
    source = os.path.relpath(path) if path.is_absolute() else str(path)
    text = inputs.read_text(path)
    base = path.resolve().parent
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise InputError(f"invalid TOML: {exc}", source,
                             int(m.group(1)) if m else None) from None
        table = data.get("tool", {}).get("factcheck", {})
        return parse_config(table, source, _toml_line_of(text), base)
    doc = inputs.load_yaml(text, source)
    return parse_config(doc.data, source,
                        lambda loc: doc.line_of(loc, lambda k: str(k).replace("_", "-")), base)
