"""Fingerprints, the baseline file of accepted findings, and suppressions.

A finding's fingerprint hashes what it is about, never where it is: the rule code, the
key, the expected value and, for every claim involved, its document id, kind,
normalized value and quote (whitespace-collapsed). Editing an article above a claim
does not change it; changing the claim's words or value does. SARIF
``partialFingerprints`` use the same string.

The baseline (``factcheck-baseline.yaml`` by convention) lists accepted findings, each
with a ``reason``. ``check --baseline FILE`` only reads it: accepted findings are
hidden, entries that no longer match anything are reported as stale. The file grows
only through ``factcheck baseline accept --reason ...`` and shrinks through
``factcheck baseline prune`` (phparkitect's content-keyed, shrink-only baseline).

Suppressions live in the configuration (``suppress:``); each names a rule (code or
dotted name) and a reason and may narrow itself to documents, a key or a quote.
Suppressions that match nothing are reported (sqlfluff's ``--warn-unused-ignores``).
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import yaml

from factcheck import inputs
from factcheck.errors import InputError
from factcheck.models import Finding

__all__ = [
    "FINGERPRINT_KEY", "BASELINE_VERSION", "Notice", "BaselineEntry", "Baseline",
    "Suppression", "fingerprint", "parse_baseline", "render_baseline", "apply_baseline",
    "accept", "prune", "apply_suppressions", "finding_location", "MultiError",
]

FINGERPRINT_KEY = "factcheck/v1"
BASELINE_VERSION = 1
_ENTRY_KEYS = {"fingerprint", "rule", "reason", "key", "docs", "quotes", "message"}


@dataclass(frozen=True, order=True)
class Notice:
    """Something the user should fix that is not a finding (stale entry, unused ignore)."""

    path: str
    line: int | None
    message: str
    level: str = "warning"  # "warning" or "notice"

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "")
        return f"{where}: {self.level}: {self.message}"


def _ws(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def fingerprint(finding: Finding) -> str:
    """The content fingerprint: 32 hex digits, independent of line numbers and paths."""
    claims = sorted(
        [c.doc, c.kind, json.dumps(c.normalized, sort_keys=True, default=str), _ws(c.text)]
        for c in finding.claims
    )
    payload = {
        "rule": finding.rule,
        "key": _ws(finding.key),
        "expected": _ws(finding.expected),
        "claims": claims,
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def finding_location(finding: Finding) -> tuple[str | None, int | None, int | None]:
    """(path, line, column) of a finding's first claim, else of its first located evidence."""
    for c in finding.claims:
        return c.path or c.doc, c.line, c.column
    for e in finding.evidence:
        if e.path:
            return e.path, e.line, None
    return None, None, None


# ---------------------------------------------------------------------- baseline


@dataclass(frozen=True)
class BaselineEntry:
    fingerprint: str
    rule: str
    reason: str
    key: str | None = None
    docs: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    message: str | None = None
    line: int | None = None  # where the entry is in the baseline file (for notices)

    @classmethod
    def of(cls, finding: Finding, reason: str) -> BaselineEntry:
        return cls(
            fingerprint=fingerprint(finding), rule=finding.rule, reason=reason,
            key=finding.key, docs=tuple(sorted({c.doc for c in finding.claims})),
            quotes=tuple(sorted({_ws(c.text) for c in finding.claims})),
            message=finding.message,
        )


@dataclass(frozen=True)
class Baseline:
    path: str = "factcheck-baseline.yaml"
    entries: tuple[BaselineEntry, ...] = ()

    def fingerprints(self) -> dict[str, BaselineEntry]:
        return {e.fingerprint: e for e in self.entries}


def _yaml_items(text: str, path: str) -> tuple[list[tuple[dict[str, Any], int]], int]:
    """The entries of a baseline file with their lines, and the file's version."""
    doc = inputs.load_yaml(text, path)
    node, data = doc.node, doc.data
    if data is None:
        return [], BASELINE_VERSION
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise InputError("a baseline is a mapping with 'version' and 'findings'", path, 1)
    unknown = sorted(set(map(str, data)) - {"version", "findings"})
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r} in baseline (allowed: version, findings)",
                         path, 1)
    version = data.get("version", BASELINE_VERSION)
    if version != BASELINE_VERSION:
        raise InputError(f"unsupported baseline version {version!r} (expected "
                         f"{BASELINE_VERSION})", path, 1)
    items = data.get("findings") or []
    seq = next((v for k, v in node.value if k.value == "findings"), None)
    if not isinstance(items, list):
        raise InputError("'findings' must be a list", path,
                         seq.start_mark.line + 1 if seq is not None else 1)
    lines = [n.start_mark.line + 1 for n in seq.value] if isinstance(seq, yaml.SequenceNode) \
        else [1] * len(items)
    return list(zip(items, lines)), int(version)


def parse_baseline(text: str, path: str) -> Baseline:
    """Parse a baseline file; every entry needs a fingerprint, a rule and a reason."""
    items, _ = _yaml_items(text, path)
    entries = []
    errors: list[InputError] = []
    for item, line in items:
        if not isinstance(item, dict):
            errors.append(InputError("a baseline entry is a mapping", path, line))
            continue
        unknown = sorted(set(map(str, item)) - _ENTRY_KEYS)
        if unknown:
            errors.append(InputError(
                f"unknown key {unknown[0]!r} in baseline entry (allowed: "
                f"{', '.join(sorted(_ENTRY_KEYS))})", path, line))
        missing = [k for k in ("fingerprint", "rule", "reason") if not _ws(str(item.get(k) or ""))]
        if missing:
            errors.append(InputError(
                f"baseline entry without {' and '.join(missing)}: every accepted finding "
                f"needs its fingerprint, rule and the reason it was accepted", path, line))
            continue
        entries.append(BaselineEntry(
            fingerprint=str(item["fingerprint"]), rule=str(item["rule"]),
            reason=str(item["reason"]), key=item.get("key"),
            docs=tuple(map(str, item.get("docs") or ())),
            quotes=tuple(map(str, item.get("quotes") or ())),
            message=item.get("message"), line=line))
    if errors:
        raise _combined(errors)
    return Baseline(path=path, entries=tuple(entries))


def _combined(errors: Sequence[InputError]) -> InputError:
    return errors[0] if len(errors) == 1 else MultiError(errors)


class MultiError(InputError):
    """Several input errors, printed one per line."""

    def __init__(self, errors: Sequence[InputError]) -> None:
        super().__init__(errors[0].message, errors[0].path, errors[0].line, errors[0].column)
        self.errors = tuple(errors)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.errors,))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


_HEADER = """\
# factcheck baseline: findings that were reviewed and accepted, each with its reason.
# Matched by content fingerprint (rule, key, values, quotes), never by line number.
# `factcheck check --baseline` only reads this file. Add entries with
# `factcheck baseline accept --reason "..."`; drop stale ones with `factcheck baseline prune`.
"""


def render_baseline(baseline: Baseline) -> str:
    """The file text: deterministic (entries sorted by rule, documents, fingerprint)."""
    entries = sorted(baseline.entries, key=lambda e: (e.rule, e.docs, e.key or "", e.fingerprint))
    items = []
    for e in entries:
        item: dict[str, Any] = {"fingerprint": e.fingerprint, "rule": e.rule, "reason": e.reason}
        if e.key:
            item["key"] = e.key
        if e.docs:
            item["docs"] = list(e.docs)
        if e.quotes:
            item["quotes"] = list(e.quotes)
        if e.message:
            item["message"] = e.message
        items.append(item)
    body = yaml.safe_dump({"version": BASELINE_VERSION, "findings": items},
                          allow_unicode=True, sort_keys=False, width=100)
    return _HEADER + body


def apply_baseline(findings: Iterable[Finding], baseline: Baseline) -> tuple[
        list[Finding], list[tuple[Finding, BaselineEntry]], list[Notice]]:
    """Split findings into (new, accepted) and report entries that matched nothing."""
    known = baseline.fingerprints()
    new: list[Finding] = []
    accepted: list[tuple[Finding, BaselineEntry]] = []
    used: set[str] = set()
    for f in findings:
        entry = known.get(fingerprint(f))
        if entry is None:
            new.append(f)
        else:
            accepted.append((f, entry))
            used.add(entry.fingerprint)
    stale = [
        Notice(baseline.path, e.line,
               f"stale baseline entry {e.fingerprint} ({e.rule}"
               + (f", {e.key}" if e.key else "") + "): it matches no finding any more; "
               "remove it with `factcheck baseline prune`")
        for e in baseline.entries if e.fingerprint not in used
    ]
    return new, accepted, stale


def accept(baseline: Baseline, findings: Iterable[Finding], reason: str) -> tuple[Baseline, int]:
    """The baseline with every finding not yet in it added under ``reason``; and how many."""
    if not _ws(reason):
        raise InputError("accepting findings needs a reason: --reason 'why this is accepted'")
    known = baseline.fingerprints()
    added: dict[str, BaselineEntry] = {}
    for f in findings:
        fp = fingerprint(f)
        if fp not in known and fp not in added:
            added[fp] = BaselineEntry.of(f, _ws(reason))
    return replace(baseline, entries=(*baseline.entries, *added.values())), len(added)


def prune(baseline: Baseline, findings: Iterable[Finding],
          rules: set[str] | None = None) -> tuple[Baseline, int]:
    """The baseline without stale entries (it only shrinks); and how many were removed.

    With ``rules`` (the rules that ran), entries of other rules are kept: a run with
    ``--select`` cannot tell whether they are stale.
    """
    live = {fingerprint(f) for f in findings}
    kept = tuple(e for e in baseline.entries
                 if e.fingerprint in live or (rules is not None and e.rule not in rules))
    return replace(baseline, entries=kept), len(baseline.entries) - len(kept)


# ---------------------------------------------------------------------- suppressions


@dataclass(frozen=True)
class Suppression:
    """``{rule, reason, docs?, key?, quote?}`` from the configuration's ``suppress`` list."""

    rule: str  # a rule code ("ID01") or dotted name ("identifier.event_mismatch")
    reason: str
    docs: tuple[str, ...] = ()  # globs over document ids and paths
    key: str | None = None
    quote: str | None = None
    path: str = "<config>"
    line: int | None = None

    def matches(self, finding: Finding) -> bool:
        if self.rule not in (finding.rule, finding.name):
            return False
        if self.docs and not any(
                fnmatch.fnmatchcase(name, pattern) for pattern in self.docs
                for c in finding.claims for name in (c.doc, c.path or "") if name):
            return False
        if self.key is not None and _ws(self.key) != _ws(finding.key):
            return False
        if self.quote is not None:
            want = _ws(self.quote).lower()
            if not any(want in _ws(text).lower() for c in finding.claims
                       for text in (c.text, c.sentence)):
                return False
        return True


def apply_suppressions(findings: Iterable[Finding], suppressions: Sequence[Suppression]) -> tuple[
        list[Finding], list[tuple[Finding, Suppression]], list[Notice]]:
    """Split findings into (kept, suppressed) and report suppressions that matched nothing."""
    kept: list[Finding] = []
    suppressed: list[tuple[Finding, Suppression]] = []
    used: set[int] = set()
    for f in findings:
        hit = next((i for i, s in enumerate(suppressions) if s.matches(f)), None)
        if hit is None:
            kept.append(f)
        else:
            suppressed.append((f, suppressions[hit]))
            used.add(hit)
    unused = [Notice(s.path, s.line, f"unused suppression of {s.rule} ({s.reason}): "
                                     "it matches no finding; remove it")
              for i, s in enumerate(suppressions) if i not in used]
    return kept, suppressed, unused
