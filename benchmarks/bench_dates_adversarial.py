#!/usr/bin/env python3
"""The date scanner on degenerate repetitions, at 1x and 4x size: linear time gives a
ratio near 4. Moved here from a wall-clock assertion in tests/test_dates.py (timing is
a benchmark's job, not a unit test's); tests/test_dates.py checks what is found.

    python benchmarks/bench_dates_adversarial.py            # prints seconds and ratios
    python benchmarks/bench_dates_adversarial.py --scale 2  # larger inputs
"""
from __future__ import annotations

import argparse
import datetime as dt
import time

from factcheck.extract.base import Context
from factcheck.extract.dates import find_dates

PUB = dt.date(2017, 9, 6)

# (repeated unit, repetitions at 1x): each about 100-200 kB at 1x
FAMILIES = [
    ("September ", 20000), ("1/1/", 50000), ("1", 200000), ("the 21st ", 20000),
    ("week of ", 20000), ("the following day ", 10000), ("two days later ", 10000),
    ("the day before and ", 10000), ("fell 5% over 18 months ", 8000),
    ("GDP fell in the third quarter ", 6000), ("FY2016-17 fiscal 2017 ", 8000),
    ("by the end of the year ", 8000), ("between now and ", 10000),
    ("recent weeks the weekend ", 8000), ("that year ", 20000),
    ("on the second Sunday ", 10000), ("the second quarter ended July 28 ", 6000),
    ("Friday the twenty ", 10000), ("on the twenty-second ", 10000), ("3/7/2018 ", 20000),
    ("two days later, in 2016, ", 8000), ("ahead of the March 1 deadline ", 6000),
    ("in four business days ", 10000), ("On 5 August, 300 troops arrived.\n", 3000),
    ("at 5:40 a.m. on Tuesday ", 8000), ("last night around 2 a.m. ", 8000),
    ("at 21.38 on the night of 2 July ", 6000), ("10:30 p.m. local time in Bangkok ", 6000),
    ("The plant shut at 07:16. ", 8000),
]


def seconds(text: str) -> float:
    began = time.perf_counter()
    find_dates(text, Context(PUB))
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size multiplier (default 1)")
    args = parser.parse_args()
    print(f"{'family':40} {'1x s':>8} {'4x s':>8} {'ratio':>6}")
    worst = 0.0
    for unit, times in FAMILIES:
        n = int(times * args.scale)
        small, large = seconds(unit * n), seconds(unit * (4 * n))
        ratio = large / small if small > 0 else 0.0
        worst = max(worst, ratio)
        print(f"{unit.strip()[:40]!r:40} {small:8.3f} {large:8.3f} {ratio:6.1f}")
    print(f"worst ratio for 4x the input: {worst:.1f} (linear: about 4)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
