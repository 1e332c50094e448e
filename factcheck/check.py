"""Cross-checking: link every document's claims, run the rules, sort the findings.

``check(documents, claims_by_doc, ledger) -> list[Finding]`` is the pure core;
``analyze`` returns the same findings with everything a report shows (links, coverage,
witness groups); ``run_check`` is what ``factcheck check`` calls: load, extract, check,
render, and choose the exit code. Nothing here reads the wall clock.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from factcheck.align import Aligner
from factcheck.errors import ExitCode, InputError
from factcheck.frames import frame_documents
from factcheck.ledger import Ledger, LedgerError, load_ledger
from factcheck.link import MENTION, link_documents
from factcheck.models import Claim, Document, Finding, Link, Severity
from factcheck.registry import Registries, default_registries
from factcheck.rules import RuleContext, select
from factcheck.rules.base import Rule

__all__ = ["check", "analyze", "run_check", "exit_code", "CheckResult", "CheckRun",
           "DocCoverage", "witness_groups", "story_groups", "sort_findings", "FAIL_ON"]

FailOn = Literal["error", "warning", "info", "never"]
FAIL_ON: tuple[str, ...] = ("error", "warning", "info", "never")
COPY_THRESHOLD = 0.6  # shingle overlap above which two documents are one witness
STORY_DAYS = 14  # articles published further apart are not about the same event
STORY_JACCARD = 0.25  # share of names two articles of one story have in common, at least


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


@dataclass(frozen=True)
class CheckRun:
    result: CheckResult | None
    output: str
    exit_code: ExitCode
    errors: tuple[InputError, ...] = ()


# --------------------------------------------------------------------------- witnesses


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 0))}


def _union(ids: Sequence[str], same: Callable[[str, str], bool]) -> dict[str, str]:
    """Document id -> group id (the smallest id of its group) for the relation ``same``."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if same(a, b):
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}


def witness_groups(documents: Sequence[Document], threshold: float = COPY_THRESHOLD) -> dict[str, str]:
    """Document id -> group id; near-identical copies (wire stories) share a group.

    Overlap is the share of the smaller document's 5-word shingles found in the other.
    """
    sh = {d.id: _shingles(d.text) for d in documents}

    def copies(a: str, b: str) -> bool:
        small = min(len(sh[a]), len(sh[b]))
        return bool(small) and len(sh[a] & sh[b]) / small >= threshold

    return _union(sorted(sh), copies)


def story_groups(documents: Sequence[Document]) -> dict[str, str]:
    """Document id -> story id: articles about the same event, which text keys compare.

    Two articles are of one story when they were published at most STORY_DAYS apart (or
    a date is unknown) and either shares a headline name with the other ("Nvidia") or
    at least STORY_JACCARD of the names they write are common to both.
    """
    from factcheck.link_text import document_names

    docs = {d.id: d for d in documents}
    names = {d.id: document_names(d) for d in documents}

    def same(a: str, b: str) -> bool:
        pa, pb = docs[a].published, docs[b].published
        if pa is not None and pb is not None and abs((pa - pb).days) > STORY_DAYS:
            return False
        (na, ha), (nb, hb) = names[a], names[b]
        if (ha & nb) or (hb & na):
            return True
        union = na | nb
        return bool(union) and len(na & nb) / len(union) >= STORY_JACCARD

    return _union(sorted(docs), same)


# --------------------------------------------------------------------------- core


def _sort_key(f: Finding) -> tuple:  # type: ignore[type-arg]
    first = f.claims[0] if f.claims else None
    return (-f.severity.rank, first.doc if first else "", first.line if first else 0,
            first.column if first else 0, f.rule, f.message)


def sort_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Severity first, then document, line, column, rule: deterministic."""
    seen: set[tuple] = set()  # type: ignore[type-arg]
    out = []
    for f in sorted(findings, key=_sort_key):
        sig = (f.rule, tuple((c.doc, c.start, c.end) for c in f.claims), f.key)
        if sig not in seen:
            seen.add(sig)
            out.append(f)
    return out


def analyze(documents: Sequence[Document], claims_by_doc: Mapping[str, Sequence[Claim]],
            ledger: Ledger | None = None, rules: Sequence[type[Rule]] | None = None,
            registries: Registries | None = None) -> CheckResult:
    """Link, run the rules and keep everything a report needs. ``registries``: the
    reference tables (default: the built-in ones, read only when a rule needs them)."""
    ledger = ledger or Ledger.empty()
    documents = tuple(sorted(documents, key=lambda d: d.id))
    claims = {d.id: list(claims_by_doc.get(d.id, ())) for d in documents}
    links = link_documents(documents, claims, ledger)
    witness = witness_groups(documents)
    stories = story_groups(documents)
    aligner = Aligner({d.id: d for d in documents}, frame_documents(documents, claims),
                      witness, stories)
    ctx = RuleContext(documents={d.id: d for d in documents}, claims=claims, links=links,
                      ledger=ledger, witness=witness, stories=stories, aligner=aligner,
                      registries=registries or default_registries())
    chosen = list(rules) if rules is not None else select()
    findings: list[Finding] = []
    for rule in chosen:
        findings.extend(rule().check(ctx))
    return CheckResult(documents=documents, claims=claims, links=links,
                       findings=tuple(sort_findings(findings)), ledger=ledger, witness=witness,
                       rules=tuple(r.code for r in chosen))


def check(documents: Sequence[Document], claims_by_doc: Mapping[str, Sequence[Claim]],
          ledger: Ledger | None = None, rules: Sequence[type[Rule]] | None = None
          ) -> list[Finding]:
    """Every finding across ``documents``, sorted deterministically."""
    return list(analyze(documents, claims_by_doc, ledger, rules).findings)


def exit_code(findings: Sequence[Finding], fail_on: str = "error") -> ExitCode:
    """1 when a finding is at or above ``fail_on`` (error|warning|info), 0 otherwise;
    ``never`` always gives 0."""
    if fail_on not in FAIL_ON:
        raise ValueError(f"--fail-on must be one of {', '.join(FAIL_ON)}")
    if fail_on == "never":
        return ExitCode.OK
    floor = Severity(fail_on).rank
    return ExitCode.FINDINGS if any(f.severity.rank >= floor for f in findings) else ExitCode.OK


def run_check(paths: Sequence[str | Path], claims_dir: str | Path | None = None,
              fail_on: str = "error", fmt: str = "markdown",
              rules: Sequence[str] | None = None, exclude: Sequence[str] = (),
              link_base: str = "") -> CheckRun:
    """Load documents and the ledger, extract, check, render; never raises on bad input.

    Exit code: 2 for usage or input errors (bad --fail-on/--format/rule name, unreadable
    or invalid files, invalid ledger), else ``exit_code(findings, fail_on)``.
    """
    from factcheck.extract import extract_document
    from factcheck.ingest import load_documents

    try:
        if fail_on not in FAIL_ON:
            raise ValueError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
        from factcheck.report import FORMATS

        if fmt not in FORMATS:
            raise ValueError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        chosen = select(rules, exclude)
    except ValueError as exc:
        err = InputError(str(exc))
        return CheckRun(None, "", ExitCode.USAGE, (err,))
    try:
        ledger = load_ledger(claims_dir)
    except LedgerError as exc:
        return CheckRun(None, "", ExitCode.USAGE, exc.errors or (exc,))
    documents, errors = load_documents(paths)
    claims = {d.id: extract_document(d) for d in documents}
    result = analyze(documents, claims, ledger, chosen)
    result = CheckResult(**{**result.__dict__, "errors": tuple(errors)})
    output = render(result, fmt, link_base=link_base)
    code = ExitCode.USAGE if errors else exit_code(result.findings, fail_on)
    return CheckRun(result, output, code, tuple(errors))


def render(result: CheckResult, fmt: str = "markdown", link_base: str = "") -> str:
    """The report of ``result`` (``factcheck.report.FORMATS`` names the formats)."""
    from factcheck.report import Options
    from factcheck.report import render as render_report

    return render_report(result, fmt, Options(link_base=link_base))
