#!/usr/bin/env python3
"""`factcheck check` on growing corpora: documents/s, peak memory, growth exponent.

    python benchmarks/bench_check.py                          # 1,000 / 3,000 / 10,000 documents
    python benchmarks/bench_check.py --sizes 30,300,3000 --extract   # `extract` next to `check`
    python benchmarks/bench_check.py --sizes 3000 --jobs 1,2  # the same corpus at 1 and 2 jobs
    python benchmarks/bench_check.py --sizes 3000 --engine dask

Each corpus is built from the seed articles and ../shared/dev-corpus/docs (when present):
copy k of every article is put in story cluster k // 3, and each cluster gets its own
published dates (15 days further on per cluster, so clusters are separate stories by
date), its own years in the text, its own names (every capitalised word that the article
never writes in lower case is renamed consistently within the cluster, so clusters are not
one story by names either) and its own figures (every number that is not a year is
changed by a few per cent, deterministically); half of each article's paragraphs are
replaced by another article's of the same source, and a cluster's own adjectives follow
its function words ("the Bakilo sanctions"), so that clusters do not share most of their
5-word phrases (they would be copies of each other). The first cluster keeps the original names,
so the ledger in claims/ still applies to it. Copies within a cluster are near-duplicates
(the wire-copy case), clusters are distinct stories.

Each size runs `factcheck check DIR --claims claims/` (and with --extract also
`factcheck extract DIR`) in a fresh child process; peak memory is that process's maximum
resident set size (of the largest single process), CPU seconds are those of the process
and its workers: on a machine shared with other work the CPU time is the steadier figure.
The growth exponent between two sizes is log(t2/t1) / log(n2/n1) of the wall time: 1.0 is
linear. Results are printed, not asserted:
figures live in docs/performance.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "dev-corpus" / "docs"]
CLUSTER = 3  # copies of each article per story cluster
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w,])")
_CAPITAL = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SYLLABLES = ("ba", "ko", "ri", "tu", "me", "sa", "lo", "vi", "na", "de", "zu", "pa", "mi",
              "ge", "ho", "ta", "ne", "wa", "li", "fo")
# after these words a cluster's own adjective is inserted ("the Bakilo sanctions"), so that
# clusters share few 5-word phrases: distinct stories, not copies of one text
_FUNCTION = re.compile(r"\b(the|and|of|to|in|that|for|on|with|was|is|as|by|at|from|its|their) "
                       r"(?=[a-z]{4,}\b)(?!(?:million|billion|thousand|hundred|percent|dozen|"
                       r"three|four|five|seven|eight|nine|twelve|twenty|thirty|forty|fifty|"
                       r"sixty|seventy|eighty|ninety)\b)")
_KEEP = {"January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
         "Thursday", "Friday", "Saturday", "Sunday", "Resolution", "Security", "Council"}


def base_articles() -> list[tuple[str, str, dt.date, int]]:
    """(name, text, published, folder number) of every source article with a date."""
    out = []
    for number, folder in enumerate(SOURCES):
        manifest = folder / "sources.yaml"
        if not manifest.exists():
            continue
        for entry in yaml.safe_load(manifest.read_text(encoding="utf-8"))["documents"]:
            published = entry.get("published")
            if not published:
                continue
            text = (folder / entry["file"]).read_text(encoding="utf-8")
            out.append((Path(entry["file"]).stem, text, dt.date.fromisoformat(str(published)),
                        number))
    return out


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b(repr(parts).encode(), digest_size=8).digest(), "big")


def _pseudonym(word: str, cluster: int) -> str:
    h = _digest(word, cluster)
    n = 2 + h % 2
    return "".join(_SYLLABLES[(h >> (5 * i + 1)) % len(_SYLLABLES)] for i in range(n)).capitalize()


def mix(text: str, other: str, cluster: int) -> str:
    """Half of the article's paragraphs (after the headline) replaced by another article's
    of the same story, a different half per cluster: copies of one article in different
    clusters are then not near-duplicates of each other."""
    mine, theirs = text.split("\n\n"), other.split("\n\n")
    out = mine[:1]
    for i, paragraph in enumerate(mine[1:], 1):
        swap = _digest(cluster, i) % 2 and len(theirs) > 1
        out.append(theirs[1 + (_digest(cluster, i, "p") % (len(theirs) - 1))] if swap else paragraph)
    return "\n\n".join(out)


def vary(text: str, cluster: int, copy: int) -> str:
    """The article as copy ``copy`` of story cluster ``cluster`` writes it."""
    years = (cluster * 15) // 365
    if cluster:
        lower = set(re.findall(r"\b[a-z]{3,}\b", text))
        text = _CAPITAL.sub(lambda m: m.group() if m.group() in _KEEP or m.group().lower() in lower
                            else _pseudonym(m.group(), cluster), text)
        text = _YEAR.sub(lambda m: str(int(m.group()) + years), text)
        text = _FUNCTION.sub(lambda m: f"{m.group(1)} {_pseudonym(str(m.start() % 7), cluster)} ",
                             text)

    def figure(m: re.Match[str]) -> str:
        raw = m.group()
        if _YEAR.fullmatch(raw) or copy == 0 and cluster == 0:
            return raw
        value = float(raw.replace(",", ""))
        change = 1 + ((_digest(raw, cluster, copy) % 9) - 4) / 100
        new = value * change
        if "." in raw:
            return f"{new:.{len(raw.split('.')[1])}f}"
        out = str(max(int(round(new)), 0))
        return f"{int(out):,}" if "," in raw else out

    return _NUMBER.sub(figure, text)


def build_corpus(n: int, folder: Path) -> int:
    """Write ``n`` documents and their sources.yaml into ``folder``; total characters."""
    base = base_articles()
    entries, chars = [], 0
    for i in range(n):
        name, text, published, source = base[i % len(base)]
        copy = i // len(base)
        cluster = copy // CLUSTER
        if cluster:
            kin = [b for b in base if b[3] == source and b[0] != name] or [base[i % len(base)]]
            text = mix(text, kin[_digest(name, cluster) % len(kin)][1], cluster)
        body = vary(text, cluster, copy % CLUSTER)
        file = f"{i:05d}_{name[:24]}.txt"
        (folder / file).write_text(body, encoding="utf-8")
        chars += len(body)
        day = published + dt.timedelta(days=cluster * 15 + copy % CLUSTER)
        entries.append({"file": file, "title": f"copy {copy} of {name}", "outlet": f"Outlet {copy}",
                        "published": day.isoformat()})
    (folder / "sources.yaml").write_text(yaml.safe_dump({"documents": entries}, sort_keys=False),
                                         encoding="utf-8")
    return chars


def run(cmd: list[str]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (the process and its workers), peak RSS (MB, the
    largest single process) and exit status of ``cmd`` in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if proc.stderr is not None:
        err = proc.stderr.read().decode()
        proc.stderr.close()
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            print(err, file=sys.stderr)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,3000,10000", help="documents per corpus")
    parser.add_argument("--jobs", default="1", help="comma-separated --jobs values (default 1)")
    parser.add_argument("--engine", default="local", choices=("local", "dask"))
    parser.add_argument("--extract", action="store_true", help="also time `factcheck extract`")
    parser.add_argument("--keep", metavar="DIR", help="build the corpora here and keep them")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [j for j in args.jobs.split(",") if j]
    exe = [sys.executable, "-m", "factcheck"]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    rows: dict[tuple[str, str], list[tuple[int, float, float]]] = {}
    print(f"{'command':8} {'jobs':>4} {'docs':>6} {'MB':>6} {'seconds':>8} {'CPU s':>8} "
          f"{'docs/s':>8} {'peak MB':>8} {'exponent':>8}")
    try:
        for n in sizes:
            folder = work / f"corpus-{n}"
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            chars = build_corpus(n, folder)
            commands = [("check", [*exe, "check", str(folder), "--claims", str(ROOT / "claims"),
                                   "--isolated", "--format", "json", "--fail-on", "never",
                                   *(["--engine", args.engine] if args.engine != "local" else [])])]
            if args.extract:
                commands.insert(0, ("extract", [*exe, "extract", str(folder)]))
            for name, cmd in commands:
                for j in jobs:
                    seconds, cpu, peak, code = run([*cmd, "--jobs", j])
                    series = rows.setdefault((name, j), [])
                    exponent = ""
                    if series:
                        n0, t0, _ = series[-1]
                        exponent = f"{math.log(seconds / t0) / math.log(n / n0):.2f}"
                    series.append((n, seconds, cpu))
                    flag = "" if code in (0, 1) else f"  (exit {code})"
                    print(f"{name:8} {j:>4} {n:>6} {chars / 1e6:>6.1f} {seconds:>8.1f} {cpu:>8.1f} "
                          f"{n / seconds:>8.1f} {peak:>8.0f} {exponent:>8}{flag}", flush=True)
        for (name, j), series in rows.items():
            if len(series) > 1:
                (n0, t0, c0), (n1, t1, c1) = series[0], series[-1]
                grow = math.log(n1 / n0)
                print(f"{name} --jobs {j}: exponent {math.log(t1 / t0) / grow:.2f} (wall), "
                      f"{math.log(c1 / c0) / grow:.2f} (CPU) from {n0:,} to {n1:,} documents")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
