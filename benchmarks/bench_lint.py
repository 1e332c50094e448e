#!/usr/bin/env python3
"""`factcheck lint` time against ledger size: generated ledgers of about 1, 3 and 10 MB
(subjects with aliases, dated facts with citations, one counter over every subject).
Linear time gives seconds in proportion to megabytes.

    python benchmarks/bench_lint.py              # 1, 3 and 10 MB
    python benchmarks/bench_lint.py --mb 1 3     # chosen sizes

Figures are printed, not asserted: they live in docs/robustness.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from factcheck.lint import lint_paths

SOURCE = ("    source:\n      publisher: Example Wire\n      title: \"Results of the count\"\n"
          "      document: EX/{i}\n      url: https://example.invalid/{i}\n"
          "      quote: \"the count of {i} was certified\"\n    confidence: confirmed\n")


def ledger(megabytes: float) -> tuple[str, str, int]:
    """(vocabulary.yaml, facts.yaml, number of subjects) of about ``megabytes``."""
    per = 450  # bytes per subject (vocabulary entry + fact), measured
    n = max(10, int(megabytes * 1_000_000 / per))
    vocab = ["subjects:"]
    facts = ["facts:"]
    day = dt.date(1990, 1, 1)
    for i in range(n):
        vocab.append(f"  - id: event-{i}\n    kind: event\n    name: Event number {i}\n"
                     f"    aliases: [\"event {i}\", \"E{i}\"]")
        d = (day + dt.timedelta(days=i % 12000)).isoformat()
        facts.append(f"  - id: event-{i}.adopted\n    subject: event-{i}\n    attribute: adopted\n"
                     f"    value: {{kind: date, start: {d}, end: {d}}}\n" + SOURCE.format(i=i))
    return "\n".join(vocab) + "\n", "\n".join(facts) + "\n", n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 3, 10])
    args = parser.parse_args()
    print(f"{'MB':>6} {'subjects':>9} {'seconds':>8} {'s/MB':>6} {'problems':>8}")
    for mb in args.mb:
        vocab, facts, n = ledger(mb)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "vocabulary.yaml").write_text(vocab, encoding="utf-8")
            (Path(tmp) / "facts.yaml").write_text(facts, encoding="utf-8")
            size = (len(vocab) + len(facts)) / 1e6
            began = time.perf_counter()
            problems = lint_paths([tmp])
            took = time.perf_counter() - began
        print(f"{size:6.2f} {n:9d} {took:8.2f} {took / size:6.2f} {len(problems):8d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
