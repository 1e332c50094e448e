#!/usr/bin/env python3
"""A longer fuzzing run of ``extract`` over the grammar of tests/fuzz_grammar.py.

    python benchmarks/fuzz.py                      # 20,000 texts, seed 13
    python benchmarks/fuzz.py --texts 200000 --seed 7
    python benchmarks/fuzz.py --skip-known         # leave out the families of crashes
                                                   # still open (tests/test_fuzz.py)

Each text is extracted with a publication date; counted as a failure: an exception, a
claim whose span is not its text, a non-finite value (NaN, infinity: not JSON), or a text
taking longer than --timeout seconds. Prints the totals, the failures grouped by kind and
place with the shortest example of each, and texts per second. Figures go in
docs/robustness.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import signal
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzz_grammar import random_text  # noqa: E402
from test_fuzz import KNOWN_FAMILIES, finite  # noqa: E402

from factcheck import extract  # noqa: E402

PUBLISHED = dt.date(2019, 6, 12)


class Timeout(Exception):
    pass


def _alarm(*_: object) -> None:
    raise Timeout


def failure(text: str) -> str | None:
    """What went wrong with ``text``, or None."""
    try:
        claims = extract(text, published=PUBLISHED)
    except Timeout:
        return "timeout"
    except Exception as exc:  # noqa: BLE001 - counting them is the point
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).parent.name}/{Path(frame.filename).name}:{frame.lineno}"
        return f"{type(exc).__name__} at {where}"
    for c in claims:
        if text[c.start:c.end] != c.text:
            return "span is not the claim's text"
        record = c.record()
        if not finite(record):
            return f"non-finite value in a {c.kind} claim"
        try:
            json.dumps(record, allow_nan=False)
        except ValueError:
            return "record is not JSON"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--timeout", type=int, default=10, help="seconds per text")
    parser.add_argument("--skip-known", action="store_true",
                        help="leave out texts of the known, still open crash families")
    args = parser.parse_args()
    r = random.Random(args.seed)
    signal.signal(signal.SIGALRM, _alarm)
    failures: dict[str, list[str]] = defaultdict(list)
    tried = skipped = chars = 0
    began = time.perf_counter()
    while tried < args.texts:
        text = random_text(r)
        if args.skip_known and KNOWN_FAMILIES.search(text):
            skipped += 1
            continue
        tried += 1
        chars += len(text)
        signal.alarm(args.timeout)
        try:
            what = failure(text)
        finally:
            signal.alarm(0)
        if what:
            failures[what].append(text)
    took = time.perf_counter() - began
    total = sum(len(v) for v in failures.values())
    print(f"texts tried: {tried:,} (seed {args.seed}; {chars:,} characters; "
          f"{skipped:,} of known open families skipped)")
    print(f"failing texts: {total:,}; {tried / took:,.0f} texts/s ({took:.0f} s)")
    for what, examples in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        shortest = min(examples, key=len)
        print(f"  {len(examples):6,}  {what}  e.g. {shortest[:80]!r}")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
