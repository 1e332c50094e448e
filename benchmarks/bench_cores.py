#!/usr/bin/env python3
"""What two cores of this machine give two independent processes: the ceiling on --jobs 2.

    python benchmarks/bench_cores.py --size 600 --runs 2

Each run times, in fresh processes, the same work alone and then two copies of it side by
side: the per-document step of `check` (``factcheck.check.prepare_document``) on ``--size``
documents of the corpus `bench_check.py` builds, and a plain Python loop that touches no
memory to speak of. Two copies that share nothing should each take as long as one alone;
on a virtual machine whose two cores share a physical core, a cache or a busy host they
take longer, and ``2 * alone / slower copy`` is then the most any split of the work over
two processes can gain, however little of it stays serial. Results are printed, not
asserted: figures live in docs/performance.md.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(kind: str, corpus: str, size: int) -> None:
    """Do the work once, here, and print its CPU seconds."""
    if kind == "loop":
        t = time.process_time()
        s = 0
        for i in range(30_000_000):
            s += i * i % 7
        print(json.dumps({"cpu": time.process_time() - t}))
        return
    from factcheck.check import prepare_document
    from factcheck.ingest import load_documents
    from factcheck.ledger import load_ledger

    docs, _ = load_documents([corpus])
    ledger = load_ledger(str(ROOT / "claims"))
    prepare_document(docs[0], ledger)  # warm the caches, as a worker does
    t = time.process_time()
    for d in docs[1:size + 1]:
        prepare_document(d, ledger)
    print(json.dumps({"cpu": time.process_time() - t}))


def _run(kind: str, corpus: str, size: int, copies: int) -> list[float]:
    cmd = [sys.executable, __file__, "--child", kind, "--corpus", corpus, "--size", str(size)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(copies)]
    return [json.loads(p.communicate()[0])["cpu"] for p in procs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=600, help="documents per copy (600)")
    ap.add_argument("--runs", type=int, default=2, help="runs of each; the least is kept")
    ap.add_argument("--corpus", help="a folder of articles (default: build one)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.corpus, args.size)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            sys.path.insert(0, str(Path(__file__).parent))
            from bench_check import build_corpus

            corpus = str(Path(tmp) / "corpus")
            Path(corpus).mkdir()
            build_corpus(args.size + 1, Path(corpus))
        print(f"{'work':<22} {'alone CPU s':>11} {'side by side CPU s':>20} {'ceiling at 2':>13}")
        for kind, label in (("prepare", f"per-document, {args.size} docs"), ("loop", "Python loop")):
            alone = min(_run(kind, corpus, args.size, 1)[0] for _ in range(args.runs))
            pair = min((_run(kind, corpus, args.size, 2) for _ in range(args.runs)), key=max)
            print(f"{label:<22} {alone:>11.2f} {pair[0]:>9.2f} {pair[1]:>9.2f} {2 * alone / max(pair):>12.2f}x")


if __name__ == "__main__":
    main()
