"""Multi-article fixtures without a ledger: some disagree, some agree in other words."""
from __future__ import annotations

from pathlib import Path

from factcheck.check import run_check
from factcheck.errors import ExitCode

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "check"


def test_articles_that_disagree() -> None:
    run = run_check([FIXTURES / "disagree"])
    assert run.result is not None and not run.errors
    got = sorted((f.rule, f.severity.value, f.key or "") for f in run.result.findings)
    assert ("VC01", "error", "unscr-2375 · adopted") in got  # dates: Monday (11 Sep) vs 12 Sep
    # the registry dates 2375 to 11 September: 12 September is a day off (a time zone?)
    assert ("ID01", "warning", "unscr-2375 · adopted") in got
    assert ("ID01", "error", "unscr-2325 · adopted") in got  # 2325 was December 2016
    assert any(r == "VC01" and s == "info" and "~" in k for r, s, k in got)  # 2m/yr vs 8,000/day
    # the same caps aligned in other words: 2 million barrels a year is about 5,500 a day
    assert any(r == "AL01" and s == "warning" and "petroleum" in k for r, s, k in got)
    assert len(got) == 5
    assert run.exit_code == ExitCode.FINDINGS


def test_articles_that_agree_in_other_words() -> None:
    run = run_check([FIXTURES / "agree"], fail_on="info")
    assert run.result is not None and not run.errors
    assert run.result.findings == ()
    assert run.exit_code == ExitCode.OK
    linked = sum(c.linked for c in run.result.coverage())
    assert linked >= 6  # identifiers, three dates, the caps: checked, not skipped
