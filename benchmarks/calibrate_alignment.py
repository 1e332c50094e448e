"""Calibrate the alignment thresholds: findings at several confident thresholds.

Runs ``check`` without a ledger on the development corpus (``../shared/dev-corpus``, when
present) and on the fixture stories (tests/fixtures/unseen and tests/fixtures/aligned:
their planted errors are listed in tests/test_unseen.py and tests/test_aligned_fixtures.py)
for each threshold, and prints one table row per
threshold: dev-corpus recall, flag precision and false alarms (scored as
``score_findings.py`` scores them), and on the fixtures the planted errors found and the
other alignment findings raised (each a false alarm: the fixtures agree elsewhere).

    python benchmarks/calibrate_alignment.py [--thresholds 0.3,0.4,0.5]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import factcheck.align as align
from factcheck.check import analyze
from factcheck.extract import extract_document
from factcheck.ingest import load_documents
from factcheck.report.json import render_json

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev-corpus"
FIXTURES = (ROOT / "tests" / "fixtures" / "unseen", ROOT / "tests" / "fixtures" / "aligned")
# (story, document) of each planted value error: the first claim of its finding
PLANTED = {("election", "analysis"), ("earnings", "daily"), ("deficit", "daily"),
           ("storm", "daily"), ("results", "blog")}


def _findings(path: Path) -> tuple[list, object]:  # type: ignore[type-arg]
    docs, _ = load_documents([path])
    claims = {d.id: extract_document(d) for d in docs}
    res = analyze(docs, claims)
    return [f for f in res.findings if f.rule == "AL01"], res


def dev_score() -> dict[str, str] | None:
    """The dev corpus's findings scored as ``score_findings.py`` scores them (its last
    line's fields: recall, explained_precision, false_alarms, flags ...), or None when
    the corpus is not there."""
    if not DEV.is_dir():
        return None
    _, res = _findings(DEV / "docs")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "f.json"
        out.write_text(render_json(res), encoding="utf-8")  # type: ignore[arg-type]
        got = subprocess.run([sys.executable, str(DEV.parent / "tools" / "score_findings.py"),
                              str(out), str(DEV / "gold_discrepancies.yaml")],
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return dict(p.split("=", 1) for p in got.split() if "=" in p)


def fixture_score() -> tuple[int, int]:
    """On the fixture stories: planted errors found, other AL01 warnings and errors."""
    found = other = 0
    for topic, folder in sorted((p.name, p) for base in FIXTURES for p in base.iterdir()
                                if p.is_dir()):
        fs, _ = _findings(folder)
        for f in fs:
            if f.severity.value == "info":
                continue
            if (topic, f.claims[0].doc) in PLANTED:
                found += 1
            else:
                other += 1
    return found, other


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", default="0.3,0.35,0.4,0.45,0.5,0.55,0.6")
    a = ap.parse_args()
    print("| threshold | dev recall | dev precision | dev false alarms | dev flags | "
          "fixtures: planted found (of 5) | fixtures: other AL01 warnings/errors |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for th in [float(x) for x in a.thresholds.split(",")]:
        align.HIGH = th
        fields = dev_score()
        dev = "n/a | n/a | n/a | n/a" if fields is None else (
            f"{fields['recall']} | {fields['explained_precision']} | "
            f"{fields['false_alarms']} | {fields['flags']}")
        found, other = fixture_score()
        print(f"| {th:.2f} | {dev} | {found} | {other} |")

if __name__ == "__main__":
    main()
