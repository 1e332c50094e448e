"""Conformance: the peer suite (Recognizers-Text English specs) as a regression floor.

Each category's end-to-end score (items found with the right value / expected items) must
stay at or above the best peer library's, as measured in the suite's baseline — except
where docs/peer-suite-out-of-scope.md documents why a case is read differently (ordinal:
the suite's number and ordinal categories want two readings of one span). The suite is
vendored in tests/data/peer-suite/ (MIT, see its NOTICE.md) and scored by
benchmarks/peer_suite.py, so these tests run in every clone.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT / "benchmarks" / "peer_suite.py"
SUITE = ROOT / "tests" / "data" / "peer-suite"

# Best peer's end-to-end score per category (shared/peer-suites/README.md baseline).
BEST_PEER = {
    "number": 0.757, "ordinal": 0.957, "percent": 1.000, "number_range": 0.072,
    "currency": 0.800, "dimension": 0.747, "temperature": 1.000, "age": 0.889,
    "datetime": 0.515, "date": 0.694, "daterange": 0.573, "duration": 0.829,
}
# Below the best peer on purpose (the cases and the reason are in
# docs/peer-suite-out-of-scope.md and docs/quality.md).
BELOW_BEST_PEER = {
    "ordinal",  # ordinal-0052/0053: "forty two and a third" is a fraction (number category)
}
# Today's scores (docs/quality.md), a hair below: a change that loses a case fails here.
HELD = {
    "number": 0.825, "ordinal": 0.912, "percent": 0.999, "number_range": 0.865,
    "currency": 0.867, "dimension": 0.933, "temperature": 0.999, "age": 0.943,
    "datetime": 0.604, "date": 0.704, "daterange": 0.644, "duration": 0.999,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SCORER), "--system", "factcheck", "--json",
                          "--suite", str(SUITE)],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return {name: c["end_to_end"] for name, c in json.loads(out)["categories"].items()}


@pytest.mark.parametrize("category", sorted(BEST_PEER))
def test_category_at_or_above_the_best_peer(scores, category):
    if category in BELOW_BEST_PEER:
        assert scores[category] < BEST_PEER[category], f"{category} reached the best peer: " \
            "drop it from BELOW_BEST_PEER and the documented exception"
    else:
        assert scores[category] >= BEST_PEER[category] - 1e-9, \
            f"{category}: {scores[category]:.3f} < best peer {BEST_PEER[category]:.3f}"


@pytest.mark.parametrize("category", sorted(HELD))
def test_category_holds_todays_score(scores, category):
    assert scores[category] >= HELD[category], f"{category}: {scores[category]:.3f} < {HELD[category]:.3f}"
