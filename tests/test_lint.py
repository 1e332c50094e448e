"""`factcheck lint`: the shipped ledger passes; broken copies fail with file:line messages."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.lint import lint_paths

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"
SEEDS = "seeds"  # relative, as users pass it: the tests run from the repository root
PINNED = ROOT / "tests" / "fixtures" / "lint" / "pinned.yaml"
RESOLUTIONS = "unsc-dprk-resolutions.yaml"


@pytest.fixture(autouse=True)
def _in_repository(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """A copy of the shipped claims/ plus reviewed pinned claims on the seeds."""
    dest = tmp_path / "claims"
    shutil.copytree(CLAIMS, dest, ignore=shutil.ignore_patterns("*.json"))
    shutil.copy(PINNED, dest / "pinned.yaml")
    return dest


def edit(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replace ``old`` by ``new`` in ``path``; the 1-based line where ``new`` starts."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, count)
    path.write_text(text, encoding="utf-8")
    return text[:text.index(new)].count("\n") + 1


def lint(ledger: Path) -> list[str]:
    return [str(p) for p in lint_paths([ledger], [SEEDS])]


def test_shipped_ledger_passes(capsys):
    assert lint_paths([CLAIMS], [SEEDS]) == []
    assert main(["lint", str(CLAIMS)]) == 0  # articles from [tool.factcheck] paths
    assert main(["lint", str(CLAIMS), "--isolated", "--articles", SEEDS]) == 0


def test_shipped_ledger_with_pinned_claims_passes(ledger):
    assert lint(ledger) == []


def test_malformed_yaml(ledger):
    f = ledger / RESOLUTIONS
    line = edit(f, "    attribute: adopted\n", "    attribute: [adopted\n")
    out = lint(ledger)
    assert len(out) == 1
    assert re.match(rf"{re.escape(str(f))}:{line + 1}: malformed YAML: .* \[yaml\]$", out[0]) \
        or re.match(rf"{re.escape(str(f))}:{line}: malformed YAML", out[0]), out


def test_unknown_key_names_allowed_keys_and_suggests(ledger):
    f = ledger / RESOLUTIONS
    line = edit(f, "    confidence: confirmed\n", "    confidense: confirmed\n")
    out = lint(ledger)
    assert out == [f"{f}:{line}: unknown key 'confidense' in facts[0]; did you mean "
                   f"'confidence'? (allowed: attribute, confidence, id, note, scope, source, "
                   f"subject, value) [schema]"]


def test_unknown_section(ledger):
    f = ledger / "pinned.yaml"
    line = edit(f, "pinned:\n", "pinnned:\n")
    assert lint(ledger) == [f"{f}:{line}: unknown section 'pinnned'; did you mean 'pinned'? "
                            "(allowed: subjects, attributes, schemes, facts, counters, related, "
                            "pinned) [schema]"]


def test_impossible_date(ledger):
    f = ledger / RESOLUTIONS
    line = edit(f, "start: 2006-10-14, end: 2006-10-14", "start: 2017-02-30, end: 2006-10-14")
    out = lint(ledger)
    assert len(out) == 1 and out[0].startswith(f"{f}:{line}: facts[0].value.start: impossible "
                                               "or malformed date '2017-02-30'"), out


def test_unit_pint_cannot_read(ledger):
    f = ledger / RESOLUTIONS
    line = edit(f, 'unit: "oil_barrel"}', 'unit: "oil_barrelz"}')
    out = lint(ledger)
    assert len(out) == 1
    assert out[0].startswith(f"{f}:{line}: facts[") and "pint cannot read the unit " \
        "'oil_barrelz'" in out[0], out


def test_unit_of_the_wrong_dimension(ledger):
    f = ledger / RESOLUTIONS
    line = edit(f, 'unit: "oil_barrel"}', 'unit: "oil_barrel / year"}')
    out = lint(ledger)
    assert len(out) == 1 and out[0].startswith(f"{f}:{line}: ") and "[dimension]" in out[0]


def test_pinned_quote_not_in_article(ledger):
    f = ledger / "pinned.yaml"
    line = edit(f, "at two million barrels annually", "at three million barrels annually")
    assert lint(ledger) == [
        f"{f}:{line}: pinned[0] (002_fb5e053d7b9b400a): quote 'cap North Korea’s imports of "
        "petrol, diesel, heavy fuel oil and other refined fuel products at three million barrels "
        "annually' is not in seeds/002_fb5e053d7b9b400a.txt [quote]"]


def test_pinned_quote_at_another_line(ledger):
    f = ledger / "pinned.yaml"
    line = edit(f, "    line: 51\n", "    line: 50\n")
    out = lint(ledger)
    assert out == [f"{f}:{line}: pinned[1] (seeds/002_fb5e053d7b9b400a.txt): quote is at line 51 "
                   "of seeds/002_fb5e053d7b9b400a.txt, not at line 50 [quote]"]


def test_value_differs_from_what_the_extractor_reads(ledger):
    f = ledger / "pinned.yaml"
    line = edit(f, "magnitude: 2000000,", "magnitude: 2500000,")
    out = lint(ledger)
    assert out == [f"{f}:{line}: pinned[0] (002_fb5e053d7b9b400a): the extractor reads "
                   "2,000,000 oil_barrel / year from 'two million barrels annually' in this "
                   "quote, but the ledger records 2,500,000 oil_barrel / year [value]"]


def test_value_of_another_kind(ledger):
    f = ledger / "pinned.yaml"
    edit(f, "value: {kind: date, start: 2017-08-05, end: 2017-08-05}",
         "value: {kind: count, value: 5}")
    out = lint(ledger)
    assert len(out) == 1 and "the extractor reads no count in this quote (it reads date " \
        "'August 5')" in out[0]


def test_two_contradictory_facts(ledger):
    f = ledger / "contradiction.yaml"
    f.write_text("""facts:
  - id: unscr-2375.adopted.again
    subject: unscr-2375
    attribute: adopted
    value: {kind: date, start: 2017-09-12, end: 2017-09-12}
    source: {publisher: Example wire, title: "A report", url: "https://example.invalid/r"}
""", encoding="utf-8")
    out = lint(ledger)
    assert len(out) == 2  # at both facts, so linting either file shows it
    assert any(o.startswith(f"{ledger / RESOLUTIONS}:") and "2017-09-11 here and 2017-09-12 "
               "there" in o for o in out)
    out = [o for o in out if o.startswith(str(f))]
    assert re.fullmatch(
        rf"{re.escape(str(f))}:5: facts\[0\] \(unscr-2375.adopted.again\) contradicts "
        rf"unscr-2375.adopted \({re.escape(str(ledger / RESOLUTIONS))}:\d+\): unscr-2375 · "
        r"adopted is 2017-09-12 here and 2017-09-11 there; give them different scopes, or fix "
        r"one \[contradiction\]", out[0]), out


def test_same_key_in_different_scopes_is_not_a_contradiction(ledger):
    f = ledger / "scoped.yaml"
    f.write_text("""facts:
  - id: unscr-2375.adopted.ny
    subject: unscr-2375
    attribute: adopted
    value: {kind: date, start: 2017-09-12, end: 2017-09-12}
    scope: {label: "Beijing time"}
    source: {publisher: Example wire, title: "A report", document: "X/1"}
""", encoding="utf-8")
    assert lint(ledger) == []


def test_missing_citation_unknown_reference_duplicate_id_and_duplicate_key(ledger):
    f = ledger / "extra.yaml"
    f.write_text("""facts:
  - id: unscr-2375.adopted
    subject: unscr-2375x
    attribute: adopted
    attribute: adopted
    value: {kind: date, start: 2017-09-11, end: 2017-09-11}
    source: {publisher: Someone, title: "Something", document: null, url: null}
""", encoding="utf-8")
    out = lint(ledger)
    checks = sorted(re.search(r"\[(\w+)\]$", o).group(1) for o in out)
    assert checks == ["citation", "reference", "reference", "reference", "yaml"], out
    assert any(o.startswith(f"{f}:2: ") and "duplicate id 'unscr-2375.adopted'" in o for o in out)
    assert any(o.startswith(f"{f}:3: ") and "unknown subject 'unscr-2375x'; did you mean "
               "'unscr-2375'?" in o for o in out)
    assert any(o.startswith(f"{f}:5: duplicate key 'attribute' (first at line 4)") for o in out)
    assert any(o.startswith(f"{f}:7: ") and "incomplete source citation" in o for o in out)


def test_all_errors_are_reported_not_just_the_first(ledger):
    f = ledger / RESOLUTIONS
    edit(f, "    confidence: confirmed\n", "    confidense: confirmed\n")
    edit(f, 'unit: "oil_barrel"}', 'unit: "oil_barrelz"}')
    edit(f, "start: 2006-10-14, end: 2006-10-14", "start: 2017-02-30, end: 2006-10-14")
    edit(ledger / "pinned.yaml", "magnitude: 2000000,", "magnitude: 2500000,")
    out = lint(ledger)
    assert len(out) == 4, out
    assert all(re.match(r".+\.yaml:\d+: ", o) for o in out)


def test_a_named_file_is_read_with_its_directory_and_reported_alone(ledger):
    edit(ledger / RESOLUTIONS, "    confidence: confirmed\n", "    confidense: confirmed\n")
    assert lint_paths([ledger / "pinned.yaml"], [SEEDS]) == []  # references resolve
    assert len(lint_paths([ledger / RESOLUTIONS], [SEEDS])) == 1


def test_cli_prints_file_line_and_exits_1(ledger, capsys):
    f = ledger / RESOLUTIONS
    line = edit(f, "    confidence: confirmed\n", "    confidense: confirmed\n")
    assert main(["lint", str(ledger), "--articles", SEEDS, "--isolated"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{f}:{line}: unknown key 'confidense'")
    assert "1 problem(s) in 1 file(s)" in err
    assert main(["lint", str(ledger), "--articles", SEEDS, "--isolated",
                 "--format", "github"]) == 1
    out, _ = capsys.readouterr()
    assert f"::error file={f},line={line},title=schema lint.schema::unknown key" in out
    assert main(["lint", str(ledger / "nope"), "--isolated"]) == 2


def test_pinned_claims_without_articles_are_reported(ledger):
    edit(ledger / "pinned.yaml", "  - document: seeds/002_fb5e053d7b9b400a.txt\n",
         "  - document: 002_fb5e053d7b9b400a\n")
    out = [str(p) for p in lint_paths([ledger])]
    pinned = sum(text.count("  - document:") for text in
                 (f.read_text(encoding="utf-8") for f in ledger.glob("*.yaml")))
    assert len(out) == pinned and all("no articles were given" in o for o in out)


def test_counter_members_out_of_date_order(ledger):
    f = ledger / "dprk-tests-2017.yaml"
    line = edit(f, "members: [dprk-nuclear-test-1, dprk-nuclear-test-2,",
                "members: [dprk-nuclear-test-2, dprk-nuclear-test-1,")
    out = lint(ledger)
    assert len(out) == 1 and "[counter]" in out[0]
    assert out[0].startswith(f"{f}:{line}: counters[0] (dprk-nuclear-tests): member "
                             "dprk-nuclear-test-1")
