"""Arbitrary Unicode file names and quotes through every report format: the structure
survives (table column counts, headings, one log line and one command per finding, valid
SARIF), no string becomes a workflow command, a link, emphasis or HTML."""
from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.baseline import Notice
from factcheck.check import CheckResult
from factcheck.errors import InputError
from factcheck.ledger import Ledger
from factcheck.models import Claim, CountValue, Document, Evidence, Finding, Link, Severity
from factcheck.report.escape import md_target
from factcheck.report.github import annotations, log_lines, summary
from factcheck.report.markdown import render_markdown
from factcheck.report.sarif import to_sarif

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0.json").read_text("utf-8"))
HOSTILE = [
    "x\n::error title=INJECTED::pwned\n.txt", "a|b|c", "[c](javascript:alert(1))",
    "](http://evil.example)", "*bold* _em_ **x**", "<script>alert(1)</script>", "`code` ``x",
    "&amp; &#x41;", "# heading", "- item", "1. item", "> quote", "$x^2$", "@someone",
    "~~gone~~", "![img](x.png)", "\\", "|", "\r\n::warning::x", "\u2028::error::y", "::",
    "%0A::error::z", "www.example.com", "<https://evil.example>",
]
texts = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60),
                  st.lists(st.sampled_from(HOSTILE + ["a", " ", "\n", "1", "."]), max_size=6)
                  .map("".join))
names = texts.filter(lambda s: s.strip() != "")
OUR_BOLD = {"1 finding(s)", "Key:", "Expected:", "Suggestion:", "Verdict:"}
MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def result_for(name: str, quote: str) -> CheckResult:
    doc = Document(id=name, path=name, text=quote or "x")
    claim = Claim(doc=name, path=name, text=quote or "x", start=0, end=max(1, len(quote)),
                  line=1, column=1, sentence=quote, value=CountValue(value=6))
    finding = Finding(rule="CT01", name="counter.mismatch", severity=Severity.error,
                      message=f"{quote} is not {quote}", key=quote or None, claims=(claim,),
                      expected=quote or None, suggestion=quote or None,
                      evidence=(Evidence(summary=quote or "s", source=quote or None, path=name,
                                         line=2, quote=quote or None),))
    return CheckResult(documents=(doc,), claims={name: [claim]},
                       links={name: [Link(claim=claim, method="none", reason=quote or None)]},
                       findings=(finding,), ledger=Ledger.empty(),
                       errors=(InputError(quote or "bad", name, 3),), rules=("CT01",))


def check_markdown(text: str, name: str) -> None:
    """Every row of a table has its header's cell count; no HTML, emphasis, image or
    strikethrough; every link is one of ours (to the document); bold only our labels."""
    tables: list[list[int]] = []
    for tok in MD.parse(text):
        assert not tok.type.startswith("html"), tok
        if tok.type == "table_open":
            tables.append([])
        elif tok.type == "tr_open":
            tables[-1].append(0)
        elif tok.type in ("th_open", "td_open"):
            tables[-1][-1] += 1
        for child in tok.children or ():
            assert child.type not in ("em_open", "s_open", "image", "html_inline"), child
            if child.type == "link_open":
                assert child.attrs["href"].split("#")[0] == md_target(name), child.attrs
    assert tables, text
    for rows in tables:
        assert len(set(rows)) == 1, (rows, text)
    html = MD.render(text)
    assert set(re.findall(r"<strong>(.*?)</strong>", html)) <= OUR_BOLD, html


def check_commands(text: str, commands: int) -> None:
    lines = text.split("\n")
    cmd = [ln for ln in lines if ln.lstrip().startswith("::")]
    assert len(cmd) == commands, text
    for line in cmd:
        assert re.fullmatch(r"::(error|warning|notice)( [a-zA-Z]+=[^,:\r\n]*(,[a-zA-Z]+=[^,:\r\n]*)*)?"
                            r"::[^\r\n]*", line), line
    for line in lines:  # the runner reads lines split at \n (and \r)
        assert "\r" not in line


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, quote=texts)
def test_every_format_keeps_its_structure(name: str, quote: str) -> None:
    result = result_for(name, quote)
    check_markdown(render_markdown(result), name)
    check_markdown(summary(result.findings), name)
    notice = Notice(path=name, line=1, message=quote or "stale", level="notice")
    check_commands(annotations(result.findings, [notice]), 2)
    check_commands(log_lines(result.findings), 0)
    assert log_lines(result.findings).count("\n") == 1
    log = to_sarif(result.findings, version="0", rules=[], notices=[notice])
    assert json.loads(json.dumps(log, ensure_ascii=False)) == log
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert not re.search(r"[\s\x00-\x1f\x7f#?\[\]]", uri), uri


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, quote=texts)
def test_sarif_is_valid_for_any_name_and_quote(name: str, quote: str) -> None:
    log = to_sarif(result_for(name, quote).findings, version="0", rules=[])
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)
