"""GitHub workflow-command annotations: escaping, caps with an overflow notice, full log."""
from __future__ import annotations

from factcheck.baseline import Notice
from factcheck.models import Claim, CountValue, Finding, Severity
from factcheck.report.github import annotations, escape_data, escape_property, summary


def finding(i: int, severity: Severity = Severity.error, path: str = "seeds/a.txt",
            message: str | None = None) -> Finding:
    c = Claim(doc="a", path=path, text="sixth", start=0, end=5, line=i + 1, column=3,
              sentence="the sixth test", value=CountValue(value=6))
    return Finding(rule="CT01", name="counter.monotone", severity=severity,
                   message=message or f"finding {i}", claims=(c,))


def test_format_of_one_annotation():
    out = annotations([finding(0, message="50% off: a, b\nnext")]).splitlines()
    assert out[0] == "seeds/a.txt:1:3: CT01 [error] 50% off: a, b next"  # one log line
    cmd = [ln for ln in out if ln.startswith("::")]
    assert cmd == ["::error file=seeds/a.txt,line=1,col=3,endColumn=8,"
                   "title=CT01 counter.monotone::50%25 off: a, b%0Anext"]


def test_escaping_matches_actions_toolkit():
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"


def test_caps_ten_errors_ten_warnings_and_overflow_notice():
    fs = [finding(i) for i in range(14)] + [finding(i, Severity.warning) for i in range(12)] \
        + [finding(i, Severity.info) for i in range(3)]
    out = annotations(fs).splitlines()
    cmds = [ln for ln in out if ln.startswith("::")]
    assert sum(c.startswith("::error ") for c in cmds) == 10
    assert sum(c.startswith("::warning ") for c in cmds) == 10
    assert sum(c.startswith("::notice ") for c in cmds) == 4  # 3 info + overflow
    assert "4 errors, 2 warnings not shown as annotations" in cmds[-1]
    # the full list stays in the log
    assert len([ln for ln in out if not ln.startswith("::")]) == 29


def test_no_overflow_notice_under_the_caps_and_duplicates_collapse():
    out = annotations([finding(1), finding(1), finding(2, Severity.warning)])
    assert "not shown" not in out
    assert out.count("::error ") == 1


def test_notices_become_warnings_with_file_and_line():
    out = annotations([], [Notice(".factcheck.yaml", 7, "unused suppression of ID01")])
    assert "::warning file=.factcheck.yaml,line=7,title=factcheck::unused suppression of ID01" \
        in out
    assert ".factcheck.yaml:7: warning: unused suppression" in out


def test_output_is_deterministic_regardless_of_input_order():
    fs = [finding(i, s) for i in range(5) for s in Severity]
    assert annotations(fs) == annotations(list(reversed(fs)))


def test_summary_fallback_table_and_markdown_passthrough():
    text = summary([finding(0, message="a | b")], accepted=2)
    assert "1 error(s)" in text and "2 accepted" in text and "a \\| b" in text
    assert summary([], markdown="# Report") == "# Report\n"
