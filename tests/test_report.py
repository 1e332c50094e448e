"""Markdown and JSON reports: render on GitHub, follow the schema, goldens are current."""
from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt

from factcheck.check import exit_code, run_check
from factcheck.errors import ExitCode
from factcheck.report.json import REPORT_SCHEMA

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def at_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


def seeds_markdown() -> str:
    """The committed reports/seeds.md: `factcheck check seeds/ --claims claims/ -o reports/seeds.md`."""
    return run_check(["seeds"], "claims", link_base="../").output


def test_seeds_report_is_current(at_root: Path) -> None:
    path = ROOT / "reports" / "seeds.md"
    text = seeds_markdown()
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, "reports/seeds.md is stale; regenerate it"


def test_seeds_json_golden(at_root: Path) -> None:
    path = ROOT / "tests" / "golden" / "seeds.json"
    text = run_check(["seeds"], "claims", fmt="json").output
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text


def test_seeds_2325_error(at_root: Path) -> None:
    run = run_check(["seeds"], "claims", fmt="json")
    assert run.exit_code == ExitCode.FINDINGS
    data = json.loads(run.output)
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert len(errors) == 1
    f = errors[0]
    assert f["rule"] == "ID01"
    assert [c["line"] for c in f["claims"]] == [39, 39]
    assert "2325" in f["claims"][0]["text"]
    assert "15 December 2016" in f["message"] and "2371" in f["message"]
    assert "5 August 2017" in f["message"] and "non-State actors" in f["message"]
    assert "2375" in f["suggestion"] and "11 September 2017" in f["suggestion"]
    assert any(e["line"] == 51 for e in f["evidence"])  # "The last resolution ... on August 5"
    # everything else on the seeds is at most info (counting conventions differ)
    assert all(x["severity"] == "info" for x in data["findings"] if x is not f)


def test_json_follows_schema(at_root: Path) -> None:
    data = json.loads(run_check(["seeds"], "claims", fmt="json").output)
    jsonschema.validate(data, REPORT_SCHEMA)
    assert data["version"] == REPORT_SCHEMA["properties"]["version"]["const"]


def test_markdown_renders(at_root: Path) -> None:
    text = seeds_markdown()
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    headings = [t for t in tokens if t.type == "heading_open"]
    assert tokens[0].type == "heading_open" and tokens[1].content == "factcheck report"
    assert any(t.type == "table_open" for t in tokens)
    html = md.render(text)
    assert 'href="../seeds/002_fb5e053d7b9b400a.txt#L39"' in html
    # summary and coverage come before findings and keys
    titles = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert titles[:3] == ["Coverage", "Findings", "Keys"]
    assert len(headings) > 3
    # every table row has as many cells as its header
    for i, t in enumerate(tokens):
        if t.type == "tr_open":
            j, cells = i + 1, 0
            while tokens[j].type != "tr_close":
                cells += tokens[j].type in ("th_open", "td_open")
                j += 1
            assert cells in (5,)


def test_deterministic(at_root: Path, tmp_path: Path) -> None:
    """Two processes with different hash seeds (as CI runs diff them) write the same bytes
    in every format."""
    import subprocess
    import sys

    def run(seed: str) -> list[bytes]:
        out = tmp_path / seed
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("GITHUB_STEP_SUMMARY", None)
        subprocess.run([sys.executable, "-m", "factcheck", "check", "seeds", "--claims",
                        "claims", "--fail-on", "never", "--isolated", "-o", out / "r.md",
                        "--output-json", out / "r.json", "--output-sarif", out / "r.sarif"],
                       cwd=ROOT, env=env, capture_output=True, check=True)
        return [(out / name).read_bytes() for name in ("r.md", "r.json", "r.sarif")]

    first, second = run("1"), run("4242")
    assert all(first) and first == second


def test_exit_codes(at_root: Path, tmp_path: Path) -> None:
    run = run_check(["seeds"], "claims")
    assert exit_code(run.result.findings, "never") == ExitCode.OK  # type: ignore[union-attr]
    assert exit_code(run.result.findings, "info") == ExitCode.FINDINGS  # type: ignore[union-attr]
    assert run_check(["seeds"], "claims", fail_on="bogus").exit_code == ExitCode.USAGE
    assert run_check(["seeds"], "claims", rules=["XX99"]).exit_code == ExitCode.USAGE
    (tmp_path / "bad.yaml").write_text("facts: [{id: x}]\n", encoding="utf-8")
    assert run_check(["seeds"], tmp_path).exit_code == ExitCode.USAGE
    assert run_check(["seeds"], "claims", rules=["TA01"]).exit_code == ExitCode.OK


def test_one_format_registry_serves_the_command_line() -> None:
    """Every --format choice is a renderer of report.FORMATS, and nothing else is."""
    from factcheck.commands import FORMATS as CLI_FORMATS
    from factcheck.report import FORMATS

    assert tuple(FORMATS) == CLI_FORMATS
