"""SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).

One run, deterministic (no timestamps, sorted results). Each result carries the
finding's first claim as its location (``region`` with 1-based line and column counted
in Unicode code points), the other claims and located evidence as
``relatedLocations``, and ``partialFingerprints["factcheck/v1"]`` = the baseline
fingerprint, so alerts survive edits above them. Findings hidden by the baseline or by
a suppression are kept with a ``suppressions`` entry (kind ``external``) carrying the
reason, which code-scanning services show as dismissed. Notices (stale baseline
entries, unused suppressions) become ``toolExecutionNotifications``.

GitHub limits: at most 25,000 results per run (5,000 shown); beyond the cap the
remaining results are dropped with a notification saying how many.
"""
from __future__ import annotations

import inspect
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from factcheck.baseline import FINGERPRINT_KEY, Notice, fingerprint
from factcheck.models import Finding, Severity

__all__ = ["to_sarif", "SARIF_SCHEMA", "MAX_RESULTS", "LEVELS", "rule_descriptor"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
MAX_RESULTS = 25_000
LEVELS = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


def _uri(path: str) -> str:
    """A relative, forward-slash URI (what code scanning matches to repository files)."""
    p = PurePath(path).as_posix()
    return quote(p[2:] if p.startswith("./") else p, safe="/")


def _location(path: str | None, line: int | None, column: int | None = None,
              end_column: int | None = None, snippet: str | None = None,
              message: str | None = None, ident: int | None = None) -> dict[str, Any] | None:
    if not path:
        return None
    pure = PurePath(path)
    artifact = {"uri": pure.as_uri()} if pure.is_absolute() else \
        {"uri": _uri(path), "uriBaseId": "%SRCROOT%"}
    phys: dict[str, Any] = {"artifactLocation": artifact}
    if line:
        region: dict[str, Any] = {"startLine": line}
        if column:
            region["startColumn"] = column
            if end_column and end_column > column:
                region["endColumn"] = end_column
        if snippet:
            region["snippet"] = {"text": snippet}
        phys["region"] = region
    loc: dict[str, Any] = {"physicalLocation": phys}
    if ident is not None:
        loc["id"] = ident
    if message:
        loc["message"] = {"text": message}
    return loc


def rule_descriptor(code: str, name: str, severity: Severity | str,
                    doc: str | None = None) -> dict[str, Any]:
    """A ``reportingDescriptor``: id = code, name = dotted name, default level, help."""
    sev = Severity(severity)
    text = inspect.cleandoc(doc or "") or name
    short = text.splitlines()[0]
    out: dict[str, Any] = {
        "id": code,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": text},
        "defaultConfiguration": {"level": LEVELS[sev]},
        "help": {"text": text, "markdown": text},
        "properties": {"tags": ["factcheck", name.split(".")[0]]},
    }
    return out


def _result(f: Finding, rule_index: dict[str, int],
            suppression: tuple[str, str] | None) -> dict[str, Any]:
    first = f.claims[0] if f.claims else None
    message = f.message
    if f.suggestion:
        message += f" Suggested: {f.suggestion}"
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index[f.rule],
        "level": LEVELS[f.severity],
        "message": {"text": message},
    }
    locations = []
    related = []
    if first is not None:
        loc = _location(first.path or first.doc, first.line, first.column,
                        first.column + len(first.text) if "\n" not in first.text else None,
                        first.text)
        if loc:
            locations.append(loc)
    for c in f.claims[1:]:
        loc = _location(c.path or c.doc, c.line, c.column, None, c.text,
                        f"{c.doc}: {c.text!r}", len(related))
        if loc:
            related.append(loc)
    for e in f.evidence:
        loc = _location(e.path, e.line, None, None, None, e.summary, len(related))
        if loc and loc not in related:
            related.append(loc)
    if not locations:
        for e in f.evidence:
            loc = _location(e.path, e.line, message=e.summary)
            if loc:
                locations.append(loc)
                break
    if locations:
        result["locations"] = locations
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(f)}
    props: dict[str, Any] = {"name": f.name, "severity": f.severity.value}
    if f.key:
        props["key"] = f.key
    if f.expected:
        props["expected"] = f.expected
    if f.suggestion:
        props["suggestion"] = f.suggestion
    result["properties"] = props
    if suppression is not None:
        kind, reason = suppression
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f"{kind}: {reason}"}]
    return result


def _sort_key(f: Finding) -> tuple[Any, ...]:
    c = f.claims[0] if f.claims else None
    return (c.path or c.doc if c else "", c.line if c else 0, c.column if c else 0, f.rule,
            fingerprint(f))


def to_sarif(findings: Iterable[Finding], *, version: str,
             rules: Sequence[dict[str, Any]] = (),
             suppressed: Iterable[tuple[Finding, str, str]] = (),
             notices: Iterable[Notice] = (),
             max_results: int = MAX_RESULTS) -> dict[str, Any]:
    """The SARIF log as a dict (serialise with ``json.dumps(..., indent=2)``).

    ``rules`` are ``rule_descriptor`` dicts (all known rules, so viewers can show help
    for any); rules seen only in findings are added from the findings. ``suppressed``
    holds (finding, kind, reason) for findings hidden by the baseline or configuration.
    """
    entries: list[tuple[Finding, tuple[str, str] | None]] = [(f, None) for f in findings]
    entries += [(f, (kind, reason)) for f, kind, reason in suppressed]
    entries.sort(key=lambda e: (_sort_key(e[0]), e[1] is not None))
    descriptors = {r["id"]: r for r in rules}
    for f, _ in entries:
        if f.rule not in descriptors:
            descriptors[f.rule] = rule_descriptor(f.rule, f.name, f.severity)
    ordered = [descriptors[k] for k in sorted(descriptors)]
    index = {r["id"]: i for i, r in enumerate(ordered)}
    dropped = max(0, len(entries) - max_results)
    results = [_result(f, index, s) for f, s in entries[:max_results]]

    notes: list[dict[str, Any]] = []
    for n in sorted(notices):
        note: dict[str, Any] = {"level": "warning" if n.level == "warning" else "note",
                                "message": {"text": n.message}}
        loc = _location(n.path, n.line)
        if loc:
            note["locations"] = [loc]
        notes.append(note)
    if dropped:
        notes.append({"level": "warning", "message": {
            "text": f"{dropped} more result(s) not included: SARIF consumers reject runs with "
                    f"more than {max_results} results; see the JSON or Markdown report"}})
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "factcheck", "version": version,
                            "semanticVersion": version,
                            "rules": ordered}},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
