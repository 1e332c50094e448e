#!/usr/bin/env python3
"""How much of `factcheck check` runs once, in the parent process: the bound on --jobs.

    python benchmarks/bench_serial.py --size 3000 --jobs 1,2 --runs 3
    python benchmarks/bench_serial.py --corpus DIR --jobs 1,2

Each run is `factcheck check DIR --claims claims/ --format json` in a fresh process whose
per-document step (``factcheck.parallel.prepare_all``) is timed from inside: the parent's
CPU seconds before it (imports, ledger, loading), in it (the parent's own share of the
documents, and receiving the workers' results) and after it (grouping, alignment, rules,
report), the workers' CPU seconds, and those of the processes forked after it. The
parent's CPU outside the per-document step is the serial part S; with P the per-document
CPU at one job, Amdahl's bound on the speed-up at N jobs is (S1 + P) / (S_N + P / N).
CPU seconds are steadier than wall seconds on a machine shared with other work, but they
grow under load too: compare runs of one session, and take the least of several runs.
The corpus is the one `bench_check.py` builds (same generator, same seeds).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(args: list[str]) -> None:
    """Run `factcheck check ARGS` here, timing the per-document step; print JSON."""
    t0, c0 = time.perf_counter(), time.process_time()
    import factcheck.parallel as parallel

    real = parallel.prepare_all
    span: dict[str, float] = {}

    def timed(*a, **k):  # type: ignore[no-untyped-def]
        span["c0"] = time.process_time()
        try:
            return real(*a, **k)
        finally:
            span["c1"] = time.process_time()
            span["workers"] = _children()

    parallel.prepare_all = timed
    from factcheck.cli import main

    with open(os.devnull, "w") as null:
        stdout, sys.stdout = sys.stdout, null
        try:
            main(["check", *args])
        finally:
            sys.stdout = stdout
    c2, wall = time.process_time(), time.perf_counter() - t0
    print(json.dumps({"before": span["c0"] - c0, "in": span["c1"] - span["c0"],
                      "after": c2 - span["c1"], "workers": span["workers"],
                      "forked": _children() - span["workers"], "wall": wall,
                      "load": os.getloadavg()[0]}))


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="a folder to check (default: build one)")
    parser.add_argument("--size", type=int, default=3000, help="documents to build (3000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    parser.add_argument("--runs", type=int, default=1, help="runs of each; the least is kept")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        _child(args.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="factcheck-serial-") as tmp:
        folder = Path(args.corpus) if args.corpus else Path(tmp) / "corpus"
        if not args.corpus:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            from bench_check import build_corpus

            folder.mkdir()
            build_corpus(args.size, folder)
        best: dict[str, dict[str, float]] = {}
        print(f"{'jobs':>4} {'before':>7} {'in':>7} {'after':>7} {'workers':>8} {'forked':>7} "
              f"{'serial':>7} {'wall':>7} {'load':>5}")
        for _ in range(args.runs):
            for j in [j for j in args.jobs.split(",") if j]:
                cmd = [sys.executable, __file__, "--child", str(folder), "--claims",
                       str(ROOT / "claims"), "--isolated", "--format", "json", "--fail-on",
                       "never", "--jobs", j]
                out = subprocess.run(cmd, capture_output=True, text=True, check=True)
                row = json.loads(out.stdout.strip().splitlines()[-1])
                row["serial"] = row["before"] + row["after"]
                print(f"{j:>4} {row['before']:7.2f} {row['in']:7.2f} {row['after']:7.2f} "
                      f"{row['workers']:8.2f} {row['forked']:7.2f} {row['serial']:7.2f} "
                      f"{row['wall']:7.2f} {row['load']:5.2f}", flush=True)
                if j not in best or row["serial"] < best[j]["serial"]:
                    best[j] = row
        if "1" in best:
            one = best["1"]
            for j, row in best.items():
                n = int(j)
                bound = (one["serial"] + one["in"]) / (row["serial"] + one["in"] / n)
                print(f"--jobs {j}: serial {row['serial']:.2f} CPU s, per-document "
                      f"{one['in']:.2f} CPU s at one job: Amdahl bound {bound:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
