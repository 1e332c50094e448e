"""The command line: version, help, extract formats, atomic output, parallel determinism."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factcheck import __version__
from factcheck.cli import main
from factcheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CONTRACT_KEYS = {"doc", "path", "kind", "text", "start", "end", "line", "column", "sentence",
                 "qualifier", "normalized", "interval", "about"}


def test_version_and_help_through_the_console_entry_point():
    out = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"factcheck {__version__}"
    helptext = subprocess.run([sys.executable, "-m", "factcheck", "--help"], capture_output=True, text=True).stdout
    for command in ("extract", "check", "lint"):
        assert command in helptext


def test_extract_help_teaches_with_examples(capsys):
    try:
        main(["extract", "--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "--published" in out and "exit status" in out


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "usage: factcheck" in capsys.readouterr().out


def test_extract_jsonl_records_follow_the_contract(capsys):
    assert main(["extract", str(SEEDS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert records, "no claims extracted from the seeds"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for record in records:
        assert CONTRACT_KEYS <= set(record)
        assert texts[record["doc"]][record["start"]:record["end"]] == record["text"]


def test_extract_json_and_yaml_carry_documents_and_coverage(tmp_path, capsys):
    target = tmp_path / "out" / "claims.json"
    assert main(["extract", str(SEEDS), "--format", "json", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"]
    assert [d["doc"] for d in data["documents"]] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for document in data["documents"]:
        assert document["coverage"]["extracted"] == sum(c["doc"] == document["doc"] for c in data["claims"])
    assert main(["extract", str(SEEDS), "--format", "yaml"]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["claims"] == data["claims"]
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_published_overrides_and_anchors_relative_dates(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe test took place on Sunday.\n", encoding="utf-8")
    assert main(["extract", str(article), "--published", "2017-09-06"]) == 0
    (record,) = [json.loads(x) for x in capsys.readouterr().out.splitlines() if '"date"' in x]
    assert record["normalized"] == {"start": "2017-09-03", "end": "2017-09-03"}


def test_bad_published_date_is_a_usage_error(capsys):
    try:
        main(["extract", str(SEEDS), "--published", "16/09/2017"])
    except SystemExit as exit_:
        assert exit_.code == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_parallel_extraction_gives_the_same_output(capsys):
    assert main(["extract", str(SEEDS)]) == 0
    serial = capsys.readouterr().out
    assert main(["extract", str(SEEDS), "--jobs", "2"]) == 0
    assert capsys.readouterr().out == serial


def test_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    from factcheck import output

    target = tmp_path / "claims.jsonl"
    target.write_text("previous\n", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(output.os, "replace", boom)
    with pytest.raises(InputError, match="claims.jsonl: cannot write: disk full"):
        output.write("new content\n", target)
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]


def test_paths_may_come_before_between_and_after_options(capsys):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(["extract", seeds[0], "--format", "jsonl", seeds[1]]) == 0
    docs = {json.loads(line)["doc"] for line in capsys.readouterr().out.splitlines()}
    assert docs == {Path(seeds[0]).stem, Path(seeds[1]).stem}


def test_unknown_options_are_still_usage_errors(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(SEEDS), "--bogus"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_a_missing_core_dependency_is_named_and_nothing_is_half_done() -> None:
    from factcheck.errors import FactcheckError, MissingDependency, require

    with pytest.raises(MissingDependency, match="no_such_module_xyz"):
        require("no_such_module_xyz", "a test")
    assert issubclass(MissingDependency, ImportError) and issubclass(MissingDependency, FactcheckError)


def test_a_run_without_pint_stops_with_a_message(tmp_path: Path) -> None:
    # an interpreter where pint cannot be found: the run fails at once, naming it, instead
    # of extracting the claims that need no units and dropping the others
    block = tmp_path / "block"
    block.mkdir()
    (block / "sitecustomize.py").write_text(
        "import sys\n"
        "class _Absent:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'pint' or name.startswith('pint.'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, _Absent())\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Flood\n\nThe river rose 4.2 metres on Monday.\n", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {"PYTHONPATH": f"{block}{':'}{root}", "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "factcheck", "extract", str(article)],
                         capture_output=True, text=True, env=env, cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    assert "needs pint" in run.stderr and "Traceback" not in run.stderr and not run.stdout
