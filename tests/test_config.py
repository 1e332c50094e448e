"""Configuration: .factcheck.yaml and [tool.factcheck], rule selection, suppressions."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.config import Config, find_config, load_config, rule_selected
from factcheck.errors import InputError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_config_all_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_config(write(tmp_path / ".factcheck.yaml", """\
paths: [corpus/]
claims: claims/
select: [ID, VC01]
ignore: TA01, CT
fail-on: warning
baseline: factcheck-baseline.yaml
suppress:
  - rule: ID02
    reason: the wire copy's numbering is reviewed
    docs: ["002_*"]
"""))
    assert cfg.paths == ("corpus",) and cfg.claims == "claims"
    assert cfg.select == ("ID", "VC01") and cfg.ignore == ("TA01", "CT")
    assert cfg.fail_on == "warning" and cfg.baseline == "factcheck-baseline.yaml"
    (s,) = cfg.suppress
    assert (s.rule, s.docs, s.path, s.line) == ("ID02", ("002_*",), ".factcheck.yaml", 8)


def test_pyproject_table_with_snake_or_kebab_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", """\
[project]
name = "x"

[tool.factcheck]
paths = ["seeds"]
fail_on = "info"

[[tool.factcheck.suppress]]
rule = "VC01"
reason = "revised estimate"
""")
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    cfg = load_config(tmp_path / "pyproject.toml")
    assert cfg.paths == ("seeds",) and cfg.fail_on == "info"
    assert cfg.suppress[0].rule == "VC01"


def test_paths_are_relative_to_the_config_and_found_upwards(tmp_path, monkeypatch):
    write(tmp_path / ".factcheck.yaml", "claims: claims/\npaths: [seeds]\n")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    found = find_config()
    assert found == tmp_path / ".factcheck.yaml"
    cfg = load_config(found)
    assert cfg.claims == os.path.join("..", "..", "claims")
    assert cfg.paths == (os.path.join("..", "..", "seeds"),)


def test_pyproject_without_table_is_not_a_config(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(tmp_path) != tmp_path / "pyproject.toml"


@pytest.mark.parametrize("text, line, message", [
    ("paths: [a]\nfial-on: error\n", 2, "unknown key 'fial-on'"),
    ("fail-on: sometimes\n", 1, "is not one of error, warning, info, never"),
    ("suppress:\n  - rule: ID01\n", 2, "suppressing ID01 needs a reason"),
    ("suppress:\n  - reason: because\n", 2, "must name one rule"),
    ("suppress:\n  - {rule: ID01, reason: x, file: y}\n", 2, "unknown key 'file'"),
    ("select: 5\n", 1, "expected a list of rule codes"),
    ("paths: [a\n", 2, "malformed YAML"),
])
def test_bad_yaml_config_says_where(tmp_path, monkeypatch, text, line, message):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.yaml", text)
    with pytest.raises(InputError, match=message) as err:
        load_config(tmp_path / ".factcheck.yaml")
    assert str(err.value).startswith(f".factcheck.yaml:{line}:")


def test_bad_pyproject_key_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[project]\nname='x'\n\n[tool.factcheck]\nclaim = 'c'\n")
    with pytest.raises(InputError, match="unknown key 'claim'") as err:
        load_config(tmp_path / "pyproject.toml")
    assert str(err.value).startswith("pyproject.toml:5:")


def test_several_problems_are_all_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.yaml", "a: 1\nb: 2\nfail-on: x\n")
    with pytest.raises(InputError) as err:
        load_config(tmp_path / ".factcheck.yaml")
    assert str(err.value).count("\n") == 2


@pytest.mark.parametrize("select, ignore, expected", [
    ((), (), True),
    (("ID",), (), True),
    (("VC",), (), False),
    (("identifier.",), (), True),
    (("identifier",), (), True),
    ((), ("ID01",), False),
    (("ID01",), ("ID",), True),      # the more specific wins
    (("ID",), ("ID01",), False),
    (("ALL",), ("identifier.event_mismatch",), False),
    (("OLD1",), (), True),           # an alias
])
def test_rule_selection_most_specific_wins(select, ignore, expected):
    assert rule_selected("ID01", "identifier.event_mismatch", select, ignore,
                         aliases=("OLD1",)) is expected


def test_defaults():
    assert Config().fail_on is None and Config().suppress == ()


def test_every_shipped_data_file_loads_with_no_duplicate_key() -> None:
    """The data tables go through the project's one YAML loader, which refuses a key given
    twice (a second `multipliers:` once silently replaced the first)."""
    from pathlib import Path

    from factcheck.data import load_yaml

    base = Path(__file__).resolve().parent.parent / "factcheck" / "data"
    names = sorted(str(p.relative_to(base)) for p in base.rglob("*.yaml"))
    assert names and all(load_yaml(n) is not None for n in names)


def test_a_duplicate_key_in_a_data_file_is_an_error() -> None:
    import pytest

    from factcheck.errors import InputError
    from factcheck.inputs import load_yaml

    with pytest.raises(InputError, match="duplicate key"):
        load_yaml("a: 1\nb: 2\na: 3\n", "table.yaml")
