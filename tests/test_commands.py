"""`factcheck check` CI options end to end: formats, outputs, baseline, config, exit codes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
NEW_ARTICLE = ROOT / "tests" / "fixtures" / "lint" / "articles" / "003_new.txt"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository with the seeds as corpus/ and the shipped ledger as claims/."""
    shutil.copytree(ROOT / "seeds", tmp_path / "corpus")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


CHECK = ["check", "corpus", "--claims", "claims", "--isolated"]


def test_help_teaches_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for text in ("examples:", "--format", "sarif", "--baseline", "exit status", "--output-sarif"):
        assert text in out


def test_exit_codes_follow_fail_on(repo, capsys):
    assert main([*CHECK, "-o", "r.md"]) == 1  # the 2325 error
    assert main([*CHECK, "-o", "r.md", "--fail-on", "never"]) == 0
    assert main([*CHECK, "-o", "r.md", "--select", "CT"]) == 0  # only an info finding
    assert main([*CHECK, "-o", "r.md", "--select", "CT", "--fail-on", "info"]) == 1
    assert main([*CHECK, "-o", "r.md", "--select", "XX99"]) == 2
    assert main(["check", "missing/", "--isolated", "-o", "r.md"]) == 2
    err = capsys.readouterr().err
    assert "unknown rule 'XX99'" in err


def test_several_formats_in_one_run_and_determinism(repo):
    args = [*CHECK, "--format", "github", "-o", "a.txt", "--output-json", "r.json",
            "--output-sarif", "r.sarif", "--output-markdown", "r.md"]
    assert main(args) == 1
    first = {p: Path(p).read_bytes() for p in ("a.txt", "r.json", "r.sarif", "r.md")}
    assert main(args) == 1
    assert first == {p: Path(p).read_bytes() for p in first}
    assert "::error file=corpus/002_fb5e053d7b9b400a.txt,line=39" in first["a.txt"].decode()
    sarif = json.loads(first["r.sarif"])
    assert sarif["version"] == "2.1.0"
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"ID01"}
    assert json.loads(first["r.json"])["findings"]
    assert first["r.md"].startswith(b"# factcheck report")


def test_sarif_of_a_real_run_validates(repo):
    import jsonschema

    schema_path = ROOT.parent / "shared" / "schemas" / "sarif-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("SARIF schema not available")
    assert main([*CHECK, "--format", "sarif", "-o", "r.sarif"]) == 1
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(
        json.loads(Path("r.sarif").read_text(encoding="utf-8")))


def test_baseline_turns_reviewed_findings_green_and_a_new_contradiction_red(repo, capsys):
    assert main([*CHECK, "-o", "r.md"]) == 1
    assert main(["baseline", "accept", *CHECK[1:], "--reason", ""]) == 2  # a reason is required
    assert main(["baseline", "accept", *CHECK[1:], "--reason",
                 "reviewed: the wire copy's 2325 is a known error"]) == 0
    data = yaml.safe_load(Path("factcheck-baseline.yaml").read_text(encoding="utf-8"))
    assert {e["rule"] for e in data["findings"]} >= {"ID01"}
    assert all(e["reason"].startswith("reviewed") for e in data["findings"])
    capsys.readouterr()

    assert main([*CHECK, "-o", "r.md", "--baseline", "factcheck-baseline.yaml",
                 "--fail-on", "info"]) == 0
    assert "accepted by the baseline" in capsys.readouterr().err

    # edits above the accepted claims move their lines: still accepted (content fingerprint)
    p = repo / "corpus" / "002_fb5e053d7b9b400a.txt"
    p.write_text("\n\n\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([*CHECK, "-o", "r.md", "--baseline", "factcheck-baseline.yaml"]) == 0

    # a new article with a new contradiction is red, and only it is reported
    shutil.copy(NEW_ARTICLE, repo / "corpus" / NEW_ARTICLE.name)
    assert main([*CHECK, "--format", "github", "-o", "a.txt",
                 "--baseline", "factcheck-baseline.yaml"]) == 1
    text = Path("a.txt").read_text(encoding="utf-8")
    assert "corpus/003_new.txt:5:" in text
    assert "002_fb5e053d7b9b400a.txt:42:1: ID01" not in text

    # check never writes the baseline; accepting needs the explicit command
    before = Path("factcheck-baseline.yaml").read_bytes()
    main([*CHECK, "-o", "r.md", "--baseline", "factcheck-baseline.yaml"])
    assert Path("factcheck-baseline.yaml").read_bytes() == before


def test_stale_entries_are_reported_and_pruned(repo, capsys):
    assert main(["baseline", "accept", *CHECK[1:], "--reason", "reviewed"]) == 0
    count = len(yaml.safe_load(Path("factcheck-baseline.yaml").read_text())["findings"])
    fixed = repo / "corpus" / "002_fb5e053d7b9b400a.txt"  # the article is corrected
    text = fixed.read_text(encoding="utf-8")
    fixed.write_text(text.replace("Resolution 2325", "Resolution 2375"), encoding="utf-8")
    capsys.readouterr()
    assert main([*CHECK, "-o", "r.md", "--baseline", "factcheck-baseline.yaml"]) == 0
    err = capsys.readouterr().err
    assert "factcheck-baseline.yaml:" in err and "stale baseline entry" in err
    assert main(["baseline", "prune", *CHECK[1:]]) == 0
    after = yaml.safe_load(Path("factcheck-baseline.yaml").read_text())["findings"]
    assert len(after) == count - 1
    # prune never grows the file
    shutil.copy(NEW_ARTICLE, repo / "corpus" / NEW_ARTICLE.name)
    assert main(["baseline", "prune", *CHECK[1:]]) == 0
    assert len(yaml.safe_load(Path("factcheck-baseline.yaml").read_text())["findings"]) == \
        count - 1


def test_baseline_is_not_written_when_an_input_fails(repo):
    assert main(["baseline", "accept", "corpus", "missing.txt", *CHECK[2:], "--reason", "x"]) == 2
    assert not Path("factcheck-baseline.yaml").exists()


def test_missing_baseline_file_is_a_usage_error(repo, capsys):
    assert main([*CHECK, "-o", "r.md", "--baseline", "nope.yaml"]) == 2
    assert "factcheck baseline accept" in capsys.readouterr().err


def test_config_supplies_paths_ledger_and_suppressions(repo, capsys):
    Path(".factcheck.yaml").write_text("""\
paths: [corpus]
claims: claims
fail-on: info
suppress:
  - rule: ID01
    reason: known error in the AFP copy, reviewed
    docs: ["002_*"]
  - rule: CT01
    reason: counting convention differs
  - rule: VC01
    reason: never matches
""", encoding="utf-8")
    assert main(["check", "--format", "github", "-o", "a.txt"]) == 0
    err = capsys.readouterr().err
    assert ".factcheck.yaml:10: warning: unused suppression of VC01" in err
    assert "2 suppressed" in err
    assert "::warning file=.factcheck.yaml,line=10" in Path("a.txt").read_text()
    # the command line wins over the configuration
    assert main(["check", "--format", "github", "-o", "a.txt", "--select", "VC"]) == 0


def test_github_step_summary_is_appended(repo, monkeypatch):
    summary = repo / "summary.md"
    summary.write_text("previous step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main([*CHECK, "--format", "github", "-o", "a.txt"]) == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("previous step\n# factcheck report")
    assert main([*CHECK, "--format", "github", "-o", "a.txt", "--no-summary"]) == 1
    assert summary.read_text(encoding="utf-8") == text


def test_rules_command(capsys):
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert {"ID01", "VC01"} <= {r["code"] for r in rules}


def _blocks(markdown: str, lang: str) -> list[str]:
    import re

    return re.findall(rf"```{lang}\n(.*?)```", markdown, re.S)


def test_docs_ci_example_works_as_written(tmp_path, monkeypatch, capsys):
    """docs/ci.md: its .factcheck.yaml, baseline command and workflow steps, as written."""
    import shlex

    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    yaml_blocks = _blocks(doc, "yaml")
    config = next(b for b in yaml_blocks if b.startswith("# .factcheck.yaml"))
    workflow = yaml.safe_load(next(b for b in yaml_blocks if "runs-on:" in b))
    hooks = yaml.safe_load(next(b for b in yaml_blocks if b.startswith("# .pre-commit-config")))

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    (tmp_path / ".factcheck.yaml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))

    assert main(["check", "-o", "r.md"]) == 1  # before the baseline: the reviewed error
    (accept,) = [ln for b in _blocks(doc, "sh") for ln in b.splitlines()
                 if ln.startswith("factcheck baseline accept")]
    assert main(shlex.split(accept)[1:]) == 0
    steps = [s["run"] for s in workflow["jobs"]["factcheck"]["steps"]
             if s.get("run", "").startswith("factcheck")]
    assert len(steps) == 2
    for step in steps:
        assert main(shlex.split(step)[1:]) == 0, step
    assert json.loads(Path("factcheck.sarif").read_text())["version"] == "2.1.0"
    assert Path("factcheck.json").is_file()
    assert "# factcheck report" in Path("summary.md").read_text(encoding="utf-8")
    assert "unused suppression" not in capsys.readouterr().err  # the example's CT01 one is used
    assert [h["id"] for h in hooks["repos"][0]["hooks"]] == ["factcheck-lint", "factcheck-check"]
    ids = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert {h["id"] for h in hooks["repos"][0]["hooks"]} <= ids


def test_readme_ci_workflow_works_as_written(tmp_path, monkeypatch, capsys):
    """README "In CI": the workflow's factcheck steps on a copy of this repository fail on
    the seeds' real error, and pass once a reviewer has accepted it into the baseline."""
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(next(b for b in _blocks(readme, "yaml") if "runs-on:" in b))
    steps = [s["run"] for s in workflow["jobs"]["factcheck"]["steps"]
             if s.get("run", "").startswith("factcheck")]
    assert [shlex.split(s)[1] for s in steps] == ["lint", "check"]
    for name in ("seeds", "claims"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))

    lint, check = (shlex.split(s)[1:] for s in steps)
    assert main(lint) == 0
    assert main(check) == 1
    out = capsys.readouterr().out
    assert "::error file=seeds/002_fb5e053d7b9b400a.txt,line=39" in out
    assert json.loads(Path("factcheck.sarif").read_text())["runs"][0]["results"]
    assert main(["baseline", "accept", "--baseline", "baseline.yaml",
                 "--reason", "reviewed: errors in the published seeds"]) == 0
    assert main([*check, "--baseline", "baseline.yaml"]) == 0


def test_check_in_parallel_gives_the_same_report(capsys):
    seeds, claims = str(ROOT / "seeds"), str(ROOT / "claims")
    outputs = []
    for jobs in ("1", "2"):
        assert main(["check", seeds, "--claims", claims, "--format", "json", "--isolated",
                     "--fail-on", "never", "--no-summary", "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] and json.loads(outputs[0])["findings"]


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["check", str(ROOT / "seeds"), "--jobs", "0"])
    assert stop.value.code == 2
    assert "--jobs: must be 'auto' or a whole number of at least 1" in capsys.readouterr().err
