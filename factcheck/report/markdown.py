"""Markdown report for humans; renders on GitHub, deterministic, no timestamps.

Order: summary counts, per-document coverage (claims extracted, linked, unresolved with
reasons), findings (sorted: severity, document, line, rule), then one section per key
with a table of sources (quote, ``path#Lline`` link, normalized value), the verdict and
its reason. ``link_base`` is prefixed to document paths in links (``"../"`` for a report
written to ``reports/``).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.models import Claim, Finding, Link
from factcheck.report.escape import md_code, md_target, md_text

if TYPE_CHECKING:
    from factcheck.models import CheckResult

__all__ = ["render_markdown"]

_BADGE = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}
_MAX_QUOTE = 160


_cell = md_text  # every string from an article, a file name or the ledger


def _quote(text: str | None, limit: int = _MAX_QUOTE) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _loc(path: str | None, line: int | None, link_base: str, label: str | None = None) -> str:
    if not path:
        return _cell(label or "")
    text = label or (f"{path}#L{line}" if line else path)
    return f"[{_cell(text)}]({md_target(link_base + path, line)})"


def _claim_row(c: Claim, link_base: str) -> str:
    norm = json.dumps(c.normalized, ensure_ascii=False, sort_keys=True)
    return (f"| {_loc(c.path, c.line, link_base, f'{c.path or c.doc}#L{c.line}')} "
            f"| {c.column} | “{_cell(c.text)}” | {_cell(_quote(c.sentence))} | {md_code(norm)} |")


def _finding(i: int, f: Finding, link_base: str) -> list[str]:
    first = f.claims[0] if f.claims else None
    where = f" — {_loc(first.path, first.line, link_base, f'{first.path or first.doc}#L{first.line}')}" \
        if first else ""
    out = [f"### {i}. {_BADGE[f.severity.value]} {_cell(f.rule)} {md_code(f.name, table=False)}{where}",
           "", _cell(f.message), ""]
    if f.key:
        out += [f"- **Key:** {md_code(f.key, table=False)}"]
    if f.expected:
        out += [f"- **Expected:** {_cell(f.expected)}"]
    if f.suggestion:
        out += [f"- **Suggestion:** {_cell(f.suggestion)}"]
    if f.claims:
        out += ["", "| Where | Col | Claim | Sentence | Normalized |", "| --- | --- | --- | --- | --- |"]
        out += [_claim_row(c, link_base) for c in f.claims]
    if f.evidence:
        out += ["", "Evidence:", ""]
        for e in f.evidence:
            line = f"- {_cell(e.summary)}"
            if e.path:
                line += f" ({_loc(e.path, e.line, link_base)})"
            if e.source:
                line += f" — source: {_cell(e.source)}"
            if e.quote:
                line += f" — “{_cell(_quote(e.quote, 240))}”"
            out.append(line)
    out.append("")
    return out


def _verdict(result: CheckResult, key: str, links: list[Link],
             hits: Sequence[Finding]) -> tuple[str, str]:
    """The key's verdict and why; ``hits`` are the findings on the key."""
    if hits:
        worst = max(hits, key=lambda f: f.severity.rank)
        return (f"{worst.severity.value}: {', '.join(sorted({f.rule for f in hits}))}",
                _quote(worst.message, 300))
    first = links[0].key
    assert first is not None
    facts = result.ledger.facts_for(first.subject, first.attribute, any_scope=True)
    groups = {result.witness.get(ln.claim.doc, ln.claim.doc) for ln in links}
    methods = {ln.method for ln in links}
    if methods <= {"description+ledger"}:
        return ("consistent", "the subject was identified by its ledger date, so the date "
                              "agrees by construction")
    counters = [k for k in result.ledger.counters
                if k.subject == first.subject and k.attribute == first.attribute]
    if counters:
        return ("consistent", f"agrees with ledger counter {counters[0].id} "
                              f"(counting rule: {counters[0].counting_rule})")
    if facts:
        return ("consistent", f"agrees with {len(facts)} ledger fact(s): "
                              + "; ".join(f.id for f in facts[:3]))
    if len(groups) > 1:
        return ("consistent", f"{len(groups)} independent sources agree (intervals overlap)")
    return ("unchecked", "one source and no ledger fact for this key")


def render_markdown(result: CheckResult, link_base: str = "") -> str:
    cov = result.coverage()
    counts = result.counts()
    total = sum(counts.values())
    out = ["# factcheck report", "",
           f"**{total} finding(s)**: {counts['error']} error, {counts['warning']} warning, "
           f"{counts['info']} info — {len(result.documents)} document(s), "
           f"{sum(c.extracted for c in cov)} claims extracted, {sum(c.linked for c in cov)} linked. "
           f"Rules run: {', '.join(result.rules) or 'none'}.", ""]
    if result.errors:
        out += ["## Input errors", ""]
        out += [f"- {md_code(e, table=False)}" for e in result.errors]
        out.append("")
    out += ["## Coverage", "", "| Document | Published | Extracted | Linked | Not linked (reasons) |",
            "| --- | --- | --- | --- | --- |"]
    for c in cov:
        reasons = "; ".join(f"{n}× {r}" for r, n in sorted(c.unresolved.items(), key=lambda t: (-t[1], t[0])))
        out.append(f"| {_loc(c.path, None, link_base, c.doc)} | {c.published or 'unknown'} | "
                   f"{c.extracted} | {c.linked} | {_cell(reasons) or '—'} |")
    out += ["", "## Findings", ""]
    if not result.findings:
        out += ["No findings.", ""]
    for i, f in enumerate(result.findings, 1):
        out += _finding(i, f, link_base)
    keyed = result.keyed()
    on_key: dict[str, list[Finding]] = {}
    for f in result.findings:
        on_key.setdefault(f.key, []).append(f)
    out += ["## Keys", ""]
    if not keyed:
        out += ["No claim was linked to a key.", ""]
    for key, links in keyed.items():
        verdict, reason = _verdict(result, key, links, on_key.get(key, ()))
        out += [f"### {md_code(key, table=False)}", "", f"**Verdict:** {verdict} — {_cell(reason)}", "",
                "| Source | Quote | Link | Normalized | Linked by |", "| --- | --- | --- | --- | --- |"]
        for ln in links:
            c = ln.claim
            norm = json.dumps(c.normalized, ensure_ascii=False, sort_keys=True)
            out.append(f"| {_cell(c.doc)} | “{_cell(c.text)}” — {_cell(_quote(c.sentence, 120))} | "
                       f"{_loc(c.path, c.line, link_base, f'{c.path or c.doc}#L{c.line}')} | "
                       f"{md_code(norm)} | {ln.method} ({ln.confidence}) |")
        facts = result.ledger.facts_for(links[0].key.subject, links[0].key.attribute,  # type: ignore[union-attr]
                                        any_scope=True)
        if facts:
            out += ["", "Ledger: " + "; ".join(
                f"{_cell(f.id)} = {md_code(json.dumps(f.value.normalized(), sort_keys=True), table=False)}"
                + (f" ({_cell(f.scope.label)})" if f.scope else "") for f in facts)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
