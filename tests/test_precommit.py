"""The pre-commit hooks run in a test repository holding a ledger, a corpus and a
.factcheck.yaml.

Offline (the default run): the hooks of `.pre-commit-hooks.yaml`, as they are, but as
`repo: local` hooks with `language: system`, i.e. with the factcheck installed in this
environment; and the README's local-hooks example as written. Online (`-m slow`, and only
when the package index is reachable): `pre-commit try-repo`, which builds the hooks'
virtualenv from a copy of this project with pip.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
NEW_ARTICLE = ROOT / "tests" / "fixtures" / "lint" / "articles" / "003_new.txt"

pytest.importorskip("pre_commit", reason="pre-commit is in the dev extra")

_GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                   cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, **_GIT_ENV})


def test_hook_definitions():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"factcheck-lint", "factcheck-check"}
    assert all(h["language"] == "python" for h in hooks.values())
    assert hooks["factcheck-check"]["pass_filenames"] is False
    assert hooks["factcheck-lint"]["entry"] == "factcheck lint"


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory) -> Path:
    """This project as a git repository (committed, as pre-commit clones it)."""
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, repo / name)
    if not (repo / "README.md").exists():
        (repo / "README.md").write_text("factcheck\n")
    shutil.copytree(ROOT / "factcheck", repo / "factcheck",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "hooks")
    return repo


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A repository that uses the hooks: claims/, corpus/ and .factcheck.yaml."""
    shutil.copytree(ROOT / "claims", tmp_path / "claims",
                    ignore=shutil.ignore_patterns("*.json"))
    shutil.copytree(ROOT / "seeds", tmp_path / "corpus")
    (tmp_path / ".factcheck.yaml").write_text(
        "paths: [corpus]\nclaims: claims\nbaseline: factcheck-baseline.yaml\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    from factcheck.cli import main

    assert main(["baseline", "accept", "--reason", "reviewed: known wire-copy errors"]) == 0
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    return tmp_path


def try_repo(project: Path, hook_repo: Path, home: Path, hook: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **_GIT_ENV, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), hook, "--all-files",
         "--verbose"], cwd=project, capture_output=True, text=True, env=env, timeout=900)


def run_local(project: Path, home: Path, hook: str) -> subprocess.CompletedProcess:
    """One hook of .pre-commit-hooks.yaml, unchanged but for `language: system`."""
    hooks = [{**h, "language": "system"} for h in
             yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))]
    config = project / ".pre-commit-config.yaml"
    config.write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}),
                      encoding="utf-8")
    git(project, "add", "-A")
    env = {**os.environ, **_GIT_ENV, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never",
           "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])}
    env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", hook, "--all-files",
                           "--verbose"], cwd=project, capture_output=True, text=True, env=env,
                          timeout=300)


def _pass_then_fail(project: Path, run) -> None:
    ok = run("factcheck-lint")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    ok = run("factcheck-check")
    assert ok.returncode == 0, ok.stdout + ok.stderr

    facts = project / "claims" / "unsc-dprk-resolutions.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("    confidence: confirmed\n", "    confidense: confirmed\n", 1),
                     encoding="utf-8")
    shutil.copy(NEW_ARTICLE, project / "corpus" / NEW_ARTICLE.name)
    git(project, "add", "-A")

    bad = run("factcheck-lint")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "claims/unsc-dprk-resolutions.yaml:" in bad.stdout
    assert "unknown key 'confidense'" in bad.stdout

    facts.write_text(text, encoding="utf-8")
    git(project, "add", "-A")
    bad = run("factcheck-check")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "corpus/003_new.txt:5:" in bad.stdout


def test_hooks_pass_then_fail_on_a_broken_ledger_and_a_new_contradiction(
        project, pre_commit_home):
    _pass_then_fail(project, lambda hook: run_local(project, pre_commit_home, hook))


@pytest.mark.slow
@pytest.mark.network
def test_hooks_installed_by_pre_commit_from_this_repository(project, hook_repo,
                                                            pre_commit_home):
    _pass_then_fail(project, lambda hook: try_repo(project, hook_repo, pre_commit_home, hook))


def test_readme_local_hooks_work_as_written(project, pre_commit_home):
    """README "In CI": the `repo: local` config, with factcheck installed where git runs."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (config,) = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S)
                 if b.startswith("# .pre-commit-config.yaml")]
    (project / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git(project, "add", "-A")
    env = {**os.environ, **_GIT_ENV, "PRE_COMMIT_HOME": str(pre_commit_home),
           "PRE_COMMIT_COLOR": "never",
           "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])}
    env.pop("GITHUB_STEP_SUMMARY", None)

    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"],
                              cwd=project, capture_output=True, text=True, env=env, timeout=300)

    ok = run()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "factcheck lint (ledger)" in ok.stdout and "factcheck check (whole corpus)" in ok.stdout
    shutil.copy(NEW_ARTICLE, project / "corpus" / NEW_ARTICLE.name)
    git(project, "add", "-A")
    bad = run()
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "corpus/003_new.txt:5:" in bad.stdout
