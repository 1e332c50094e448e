#!/usr/bin/env python3
"""Extraction throughput: factcheck and peer libraries on the same corpus, in one run.

    python benchmarks/bench_extract.py                  # 5 MB corpus, factcheck + installed peers
    python benchmarks/bench_extract.py --mb 1 --peers none
    python benchmarks/bench_extract.py --adversarial    # linear time on hostile input
    python benchmarks/bench_extract.py --adversarial --sizes 0.1,1,3
    python benchmarks/bench_extract.py --corpus ../shared/dev-corpus/docs --mb 1

The corpus is the seed articles (or the .txt/.md articles of --corpus DIR, e.g. a folder
of heterogeneous news) repeated until it holds --mb million characters, each copy one
document, extracted one call at a time in one process (what `factcheck extract` does
with --jobs 1). Peers (pip install -r benchmarks/requirements.txt) are timed in the
same run through the same kind of call and reported as a ratio to factcheck; a peer that
is not installed is skipped and said so. Peak memory is the maximum resident set size of
a fresh child process per system, so one system's imports don't count against another.
Results are printed, not asserted: figures live in docs/performance.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PUBLISHED = dt.date(2017, 9, 16)


def corpus(megabytes: float, folder: Path = SEEDS) -> list[str]:
    if not folder.is_dir():
        raise SystemExit(f"not a folder: {folder}")
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    articles = [text for text in (p.read_text(encoding="utf-8") for p in paths) if text.strip()]
    if not articles:
        raise SystemExit(f"no .txt or .md articles in {folder}")
    target, docs, size = int(megabytes * 1_000_000), [], 0
    while size < target:
        for text in articles:
            docs.append(text)
            size += len(text)
    return docs


def adversarial(size: int) -> dict[str, str]:
    """Inputs that make careless regexes backtrack (long digit runs, repeated unit words)
    or careless look-ups grow quadratically (date-dense prose: every number checked
    against every date before it)."""
    def repeat(unit: str) -> str:
        return unit * (size // len(unit))
    return {
        "digit run": "1" * size,
        "digits with commas": ",".join(["123"] * (size // 4)),
        "repeated unit words": repeat("barrels "),
        "no spaces": repeat("2million$5bn-percent"),
        "month names": repeat("September "),
        "number words": repeat("twenty-one hundred thousand "),
        "date-dense prose": repeat("On 5 August, 300 troops arrived.\n"),
        "month then number": repeat("August 300 "),
        "unit runs": repeat("5 km 3 kg 2 tonnes 7% "),
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


def measure(name: str, megabytes: float, budget: float, folder: Path = SEEDS) -> dict:
    """Run in this process (called in a child): chars/s and peak RSS."""
    import resource

    call = system_call(name)
    docs = corpus(megabytes, folder)
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


def run_child(name: str, megabytes: float, budget: float, folder: Path = SEEDS) -> dict | None:
    proc = subprocess.run([sys.executable, __file__, "--child", name, "--mb", str(megabytes),
                           "--budget", str(budget), "--corpus", str(folder)],
                          capture_output=True, text=True)
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
    parser.add_argument("--adversarial", action="store_true",
                        help="time hostile inputs of --sizes MB each (ratio per 10x size)")
    parser.add_argument("--sizes", default="0.1,1", help="adversarial sizes in MB (default 0.1,1;"
                        " 0.1,1,3 for the full run)")
    parser.add_argument("--corpus", type=Path, default=SEEDS,
                        help="folder of .txt/.md articles to repeat (default: the seed articles)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(measure(args.child, args.mb, args.budget, args.corpus)))
        return 0
    if args.adversarial:
        from factcheck import extract
        sizes = [int(float(x) * 1_000_000) for x in args.sizes.split(",")]
        print("adversarial input: seconds per size (MB: " + args.sizes + "), then the ratio per"
              " 10x size, step by step and (last) over the whole range (linear time: about 10)")
        for label in adversarial(1):
            row = []
            for size in sizes:
                text = adversarial(size)[label]
                start = time.perf_counter()
                extract(text, published=PUBLISHED)
                row.append(time.perf_counter() - start)
            # time ratio scaled to a 10x step in size: t2/t1 ** (1 / log10(s2/s1))
            per10 = [(b / a) ** (1 / math.log10(s2 / s1)) if a > 0 else float("nan")
                     for a, b, s1, s2 in zip(row, row[1:], sizes, sizes[1:])]
            if len(row) > 2:  # over the whole range: steadier than step by step
                per10.append((row[-1] / row[0]) ** (1 / math.log10(sizes[-1] / sizes[0]))
                             if row[0] > 0 else float("nan"))
            print(f"  {label:22} " + "  ".join(f"{s:7.3f}" for s in row)
                  + "   per 10x: " + "  ".join(f"{r:5.1f}" for r in per10))
        return 0

    corpus(0, args.corpus)  # refuse an empty folder before starting any child
    which = "seed articles" if args.corpus == SEEDS else f"the articles of {args.corpus.name}/"
    print(f"corpus: {which} repeated to {args.mb:g} million characters; one process per system")
    results = [r for r in [run_child("factcheck", args.mb, args.budget, args.corpus)] if r]
    peers = [] if args.peers == "none" else [p for p in args.peers.split(",") if p]
    results += [r for r in (run_child(p, args.mb, args.budget, args.corpus) for p in peers) if r]
    base = results[0]["chars_per_s"] if results and results[0]["system"] == "factcheck" else None
    print(f"{'system':12} {'chars/s':>12} {'peak MB':>8} {'factcheck is':>14}")
    for r in results:
        ratio = f"{base / r['chars_per_s']:.1f}x faster" if base and r["system"] != "factcheck" else ""
        note = " (partial: budget reached)" if r["partial"] else ""
        print(f"{r['system']:12} {r['chars_per_s']:>12,} {r['peak_rss_mb']:>8} {ratio:>14}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
