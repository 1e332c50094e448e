"""Cross-checking: link every document's claims, run the rules, sort the findings.

``check(documents, claims_by_doc, ledger) -> list[Finding]`` is the pure core;
``analyze`` returns the same findings with everything a report shows (links, coverage,
witness groups); ``run_check`` is what ``factcheck check`` calls: load, extract, check,
render, and choose the exit code. Nothing here reads the wall clock.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from factcheck.align import Aligner
from factcheck.errors import ExitCode, InputError
from factcheck.frames import Frame, document_frames
from factcheck.groups import (
    COPY_THRESHOLD,
    STORY_DAYS,
    STORY_JACCARD,
    Fingerprint,
    Names,
    fingerprint,
    names,
    story_groups,
    witness_groups,
)
from factcheck.ledger import Ledger, LedgerError, load_ledger
from factcheck.extract.text import TextIndex
from factcheck.link import link_document
from factcheck.link_text import TextKeys
from factcheck.models import CheckResult, Claim, Document, DocCoverage, Finding, Link, Severity
from factcheck.registry import Registries, default_registries
from factcheck.rules import RuleContext, select
from factcheck.rules.base import Rule

__all__ = ["check", "analyze", "run_check", "exit_code", "CheckResult", "CheckRun",
           "DocCoverage", "witness_groups", "story_groups", "sort_findings", "FAIL_ON",
           "Prepared", "prepare_document", "COPY_THRESHOLD", "STORY_DAYS",
           "STORY_JACCARD"]

FailOn = Literal["error", "warning", "info", "never"]
FAIL_ON: tuple[str, ...] = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class CheckRun:
    result: CheckResult | None
    output: str
    exit_code: ExitCode
    errors: tuple[InputError, ...] = ()


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


@dataclass(frozen=True)
class Prepared:
    """What one document gives the cross-check, made where the document is extracted
    (this process, a worker process or a Dask worker): its claims, their links, their
    frames (alignment), its shingle fingerprint (near-duplicates) and its names (stories).
    Links and frames hold the very claim objects of ``claims``, so a sentence is kept
    once."""

    claims: list[Claim]
    links: list[Link]
    frames: list[tuple[Claim, Frame]]  # the claims that have a frame
    fingerprint: Fingerprint
    names: Names


def prepare_document(document: Document, ledger: Ledger,
                     claims: Sequence[Claim] | None = None) -> Prepared:
    """Extract (unless ``claims`` are given) and link one document, and read what the
    corpus-wide groupings need from it."""
    if claims is None:
        from factcheck.extract import extract_document

        claims = extract_document(document)
    claims = list(claims)
    keys = TextKeys(document, claims, TextIndex(document.text))  # one sentence reading
    links = link_document(document, claims, ledger, keys)
    frames = [(c, f) for c, f in zip(claims, document_frames(document, claims, keys=keys))
              if f is not None]
    return Prepared(claims, links, frames, fingerprint(document), names(document, keys))


def analyze(documents: Sequence[Document], claims_by_doc: Mapping[str, Sequence[Claim]],
            ledger: Ledger | None = None, rules: Sequence[type[Rule]] | None = None,
            prepared: Mapping[str, Prepared] | None = None,
            registries: Registries | None = None) -> CheckResult:
    """Link, run the rules and keep everything a report needs. ``registries``: the
    reference tables (default: the built-in ones, read only when a rule needs them).

    ``prepared`` holds documents already linked elsewhere (``factcheck.parallel``, the
    Dask engine); the others are linked here, so the result does not depend on where.
    """
    ledger = ledger or Ledger.empty()
    documents = tuple(sorted(documents, key=lambda d: d.id))
    ready = dict(prepared or {})
    for d in documents:
        if d.id not in ready:
            ready[d.id] = prepare_document(d, ledger, claims_by_doc.get(d.id, ()))
    return assemble(documents, ready, ledger, rules, registries=registries)


def assemble(documents: Sequence[Document], prepared: Mapping[str, Prepared], ledger: Ledger,
             rules: Sequence[type[Rule]] | None = None,
             witness: Mapping[str, str] | None = None,
             stories: Mapping[str, str] | None = None,
             registries: Registries | None = None, jobs: int = 1) -> CheckResult:
    """The corpus-wide step: group the documents, run the rules, sort the findings.
    ``witness`` and ``stories`` are the groups when they were computed elsewhere; ``jobs``
    processes (forked from this one) share the steps that split by story."""
    documents = tuple(sorted(documents, key=lambda d: d.id))
    claims = {d.id: prepared[d.id].claims for d in documents}
    links = {d.id: prepared[d.id].links for d in documents}
    if witness is None:
        witness = witness_groups(documents, prints=[prepared[d.id].fingerprint for d in documents],
                                 jobs=jobs)
    if stories is None:
        stories = story_groups(documents, {d.id: prepared[d.id].names for d in documents})
    aligner = Aligner({d.id: d for d in documents},
                      {d.id: prepared[d.id].frames for d in documents}, witness, stories,
                      jobs=jobs)
    ctx = RuleContext(documents={d.id: d for d in documents}, claims=claims, links=links,
                      ledger=ledger, witness=witness, stories=stories, aligner=aligner,
                      registries=registries or default_registries())
    chosen = list(rules) if rules is not None else select()
    found = run_rules(ctx, chosen, jobs)
    findings = [f for rule in chosen for f in found[rule.code]]
    return CheckResult(documents=documents, claims=claims, links=links,
                       findings=tuple(sort_findings(findings)), ledger=ledger,
                       witness=dict(witness), rules=tuple(r.code for r in chosen))


def run_rules(ctx: RuleContext, rules: Sequence[type[Rule]], jobs: int = 1
              ) -> dict[str, list[Finding]]:
    """Each rule's findings, by code. With ``jobs`` above 1 the rules that read alignments
    run in this process (after the alignments, which are shared out by story) and the
    others, one by one, at the same time in processes forked from it (``fork_map``: this
    process takes back the last of them when it is done with its own)."""
    from factcheck.parallel import fork_map

    aligned = [r for r in rules if r.aligned]
    if jobs > 1 and aligned and ctx.aligner is not None:
        ctx.aligner.alignments()
    shares = [share for share in (aligned, *([r] for r in rules if not r.aligned)) if share]

    def run(share: list[type[Rule]]) -> dict[str, list[Finding]]:
        return {rule.code: list(rule().check(ctx)) for rule in share}

    return {code: found for part in fork_map(run, shares, jobs) for code, found in part.items()}


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
    from factcheck.parallel import holding_corpus

    with holding_corpus():
        return _run_check(paths, claims_dir, fail_on, fmt, rules, exclude, link_base)


def _run_check(paths: Sequence[str | Path], claims_dir: str | Path | None, fail_on: str,
               fmt: str, rules: Sequence[str] | None, exclude: Sequence[str],
               link_base: str) -> CheckRun:
    from factcheck.ingest import load_documents
    from factcheck.parallel import prepare_all

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
    documents, prepared, failed = prepare_all(documents, ledger, jobs=1, progress=False)
    errors = [*errors, *failed]
    result = assemble(documents, prepared, ledger, chosen)
    result = CheckResult(**{**result.__dict__, "errors": tuple(errors)})
    output = render(result, fmt, link_base=link_base)
    code = ExitCode.USAGE if errors else exit_code(result.findings, fail_on)
    return CheckRun(result, output, code, tuple(errors))


def render(result: CheckResult, fmt: str = "markdown", link_base: str = "") -> str:
    """The report of ``result`` (``factcheck.report.FORMATS`` names the formats)."""
    from factcheck.report import Options
    from factcheck.report import render as render_report

    return render_report(result, fmt, Options(link_base=link_base))
