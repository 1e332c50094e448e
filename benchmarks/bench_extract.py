#!/usr/bin/env python3
"""Extraction throughput: factcheck and peer libraries on the same corpus, in one run.

    python benchmarks/bench_extract.py                  # 5 MB corpus, factcheck + installed peers
    python benchmarks/bench_extract.py --mb 1 --peers none
    python benchmarks/bench_extract.py --adversarial    # linear time on hostile input

The corpus is the seed articles repeated until it holds --mb million characters, each
copy one document, extracted one call at a time in one process (what `factcheck extract`
does with --jobs 1). Peers (pip install -r benchmarks/requirements.txt) are timed in the
same run through the same kind of call and reported as a ratio to factcheck; a peer that
is not installed is skipped and said so. Peak memory is the maximum resident set size of
a fresh child process per system, so one system's imports don't count against another.
Results are printed, not asserted: figures live in docs/performance.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PUBLISHED = dt.date(2017, 9, 16)


def corpus(megabytes: float) -> list[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    target, docs, size = int(megabytes * 1_000_000), [], 0
    while size < target:
        for text in articles:
            docs.append(text)
            size += len(text)
    return docs


def adversarial(size: int) -> dict[str, str]:
    """Inputs that make careless regexes backtrack: long digit runs, repeated unit words."""
    return {
        "digit run": "1" * size,
        "digits with commas": ",".join(["123"] * (size // 4)),
        "repeated unit words": "barrels " * (size // 8),
        "no spaces": ("2million$5bn-percent" * (size // 20)),
        "month names": "September " * (size // 10),
        "number words": "twenty-one hundred thousand " * (size // 28),
    }


def system_call(name: str):
    if name == "factcheck":
        from factcheck import extract
        return lambda text: extract(text, published=PUBLISHED)
    if name == "dateparser":
        from dateparser.search import search_dates
        base = dt.datetime.combine(PUBLISHED, dt.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        return lambda text: search_dates(text, languages=["en"], settings=settings)
    if name == "datefinder":
        import datefinder
        base = dt.datetime.combine(PUBLISHED, dt.time())
        return lambda text: list(datefinder.find_dates(text, base_date=base))
    if name == "quantulum3":
        import warnings
        warnings.simplefilter("ignore")
        from quantulum3 import parser
        return parser.parse
    raise SystemExit(f"unknown system {name!r}")


def measure(name: str, megabytes: float, budget: float) -> dict:
    """Run in this process (called in a child): chars/s and peak RSS."""
    import resource

    call = system_call(name)
    docs = corpus(megabytes)
    call(docs[0])  # warm caches (pattern compilation, lazy imports)
    done = chars = 0
    start = time.perf_counter()
    for text in docs:
        call(text)
        done += 1
        chars += len(text)
        if time.perf_counter() - start > budget:
            break
    seconds = time.perf_counter() - start
    return {"system": name, "chars": chars, "seconds": round(seconds, 3),
            "chars_per_s": round(chars / seconds), "partial": done < len(docs),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def run_child(name: str, megabytes: float, budget: float) -> dict | None:
    proc = subprocess.run([sys.executable, __file__, "--child", name, "--mb", str(megabytes),
                           "--budget", str(budget)], capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"  {name}: skipped ({proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else 'failed'})")
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in million characters (default 5)")
    parser.add_argument("--peers", default="dateparser,datefinder,quantulum3",
                        help="comma-separated peers to time too, or 'none'")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds per system; past it the rate is measured on the part done")
    parser.add_argument("--adversarial", action="store_true", help="time hostile inputs of 0.25, 0.5 and 1 MB")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(measure(args.child, args.mb, args.budget)))
        return 0
    if args.adversarial:
        from factcheck import extract
        print("adversarial input: seconds for 0.25 / 0.5 / 1 MB (linear time doubles each step)")
        for label in adversarial(1):
            row = []
            for size in (250_000, 500_000, 1_000_000):
                text = adversarial(size)[label]
                start = time.perf_counter()
                extract(text, published=PUBLISHED)
                row.append(time.perf_counter() - start)
            print(f"  {label:22} " + "  ".join(f"{s:7.3f}" for s in row))
        return 0

    print(f"corpus: seed articles repeated to {args.mb:g} million characters; one process per system")
    results = [r for r in [run_child("factcheck", args.mb, args.budget)] if r]
    peers = [] if args.peers == "none" else [p for p in args.peers.split(",") if p]
    results += [r for r in (run_child(p, args.mb, args.budget) for p in peers) if r]
    base = results[0]["chars_per_s"] if results and results[0]["system"] == "factcheck" else None
    print(f"{'system':12} {'chars/s':>12} {'peak MB':>8} {'factcheck is':>14}")
    for r in results:
        ratio = f"{base / r['chars_per_s']:.1f}x faster" if base and r["system"] != "factcheck" else ""
        note = " (partial: budget reached)" if r["partial"] else ""
        print(f"{r['system']:12} {r['chars_per_s']:>12,} {r['peak_rss_mb']:>8} {ratio:>14}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
