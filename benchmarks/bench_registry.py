#!/usr/bin/env python3
"""Reference registries: load time, and the precision of the topic rule (ID03).

    python benchmarks/bench_registry.py                       # load time + precision
    python benchmarks/bench_registry.py --corpus seeds ../shared/dev-corpus/docs

Load time: each run is a fresh child process that imports factcheck.registry and then
times the first `default_registries().get("UNSCR")` (parse and index the shipped CSV),
and a second call (cached). The median of --runs runs is printed.

Precision of ID03 (identifier.topic_mismatch): on the labelled sentences of
tests/cases/registry/sentences.yaml (a flag is right when the case expects ID03), and on
every identifier mention the registry knows in the --corpus directories, whose flags are
printed for review. Results are printed, not asserted: figures live in docs/.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases" / "registry" / "sentences.yaml"

_CHILD = """
import json, time
t0 = time.perf_counter()
from factcheck.registry import default_registries
t1 = time.perf_counter()
reg = default_registries().get("UNSCR")
t2 = time.perf_counter()
default_registries().get("UNSCR").get("2375")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "again": t3 - t2, "rows": len(reg.rows)}))
"""


def load_times(runs: int) -> dict[str, float]:
    got = [json.loads(subprocess.run([sys.executable, "-c", _CHILD], check=True,
                                     capture_output=True, text=True).stdout)
           for _ in range(runs)]
    return {k: statistics.median(g[k] for g in got) for k in got[0]}


def _topic_findings(documents):  # type: ignore[no-untyped-def]
    from factcheck.check import analyze
    from factcheck.extract import extract_document
    from factcheck.rules import select

    claims = {d.id: extract_document(d) for d in documents}
    result = analyze(documents, claims, rules=select(["ID03"]))
    mentions = sum(1 for cs in claims.values() for c in cs if c.kind == "identifier"
                   and result.findings is not None
                   and _known(c))
    return result.findings, mentions


def _known(c) -> bool:  # type: ignore[no-untyped-def]
    from factcheck.registry import default_registries

    return default_registries().row(c.value.scheme, c.value.id) is not None


def sentences() -> tuple[int, int, int, int]:
    """(cases, mentions, true flags, false flags) on the labelled sentences."""
    from factcheck.models import Document

    data = yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]
    tp = fp = mentions = 0
    for case in data:
        doc = Document(id="s", path="s.txt", text=case["text"], published=case["published"])
        found, n = _topic_findings([doc])
        mentions += n
        wanted = any(e["rule"] == "ID03" for e in case["expect"])
        for _ in found:
            tp, fp = (tp + 1, fp) if wanted else (tp, fp + 1)
    return len(data), mentions, tp, fp


def corpus(paths: list[str]) -> None:
    from factcheck.ingest import load_documents

    for path in paths:
        documents, errors = load_documents([path])
        found, mentions = _topic_findings(documents)
        print(f"{path}: {len(documents)} documents, {mentions} identifier mention(s) the "
              f"registry knows, {len(found)} ID03 flag(s)")
        for f in found:
            print(f"  {f.claims[0].path}:{f.claims[0].line}: {f.message}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", nargs="*", default=[str(ROOT / "seeds")])
    args = ap.parse_args()
    t = load_times(args.runs)
    print(f"registry load (median of {args.runs} fresh processes): import "
          f"{t['import'] * 1000:.1f} ms, first lookup (parse {t['rows']:.0f} rows) "
          f"{t['first'] * 1000:.1f} ms, later lookups {t['again'] * 1e6:.0f} µs")
    n, mentions, tp, fp = sentences()
    flags = tp + fp
    print(f"ID03 on {n} labelled sentences ({mentions} mentions): {flags} flag(s), "
          f"{tp} right, {fp} wrong, precision {tp / flags if flags else float('nan'):.2f}")
    corpus(args.corpus)


if __name__ == "__main__":
    main()
