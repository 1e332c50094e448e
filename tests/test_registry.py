"""Reference registries (factcheck/registry.py): the shipped UN Security Council table, user
files through the configuration, lint, and the identifier rules that use them (ID01, ID02,
ID03) on sentences written for them (tests/cases/registry/sentences.yaml)."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck.check import analyze
from factcheck.config import parse_config
from factcheck.extract import extract_document
from factcheck.lint import lint_registries
from factcheck.models import Document
from factcheck.registry import (
    Registries,
    RegistrySpec,
    builtin_specs,
    default_registries,
    parse_registry,
    places_in,
)
from factcheck.rules import select

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "factcheck" / "data" / "registries" / "unsc.csv"
CASES = yaml.safe_load((ROOT / "tests" / "cases" / "registry" / "sentences.yaml")
                       .read_text(encoding="utf-8"))["cases"]


def _check(text: str, published: dt.date, registries: Registries | None = None):  # type: ignore[no-untyped-def]
    doc = Document(id="a", path="a.txt", text=text, published=published)
    return analyze([doc], {"a": extract_document(doc)}, rules=select(["ID"]),
                   registries=registries).findings


# --------------------------------------------------------------------------- the shipped table


def test_shipped_table_invariants() -> None:
    rows = list(csv.DictReader(io.StringIO(SHIPPED.read_text(encoding="utf-8"), newline="")))
    numbers = [int(r["number"]) for r in rows]
    dates = [dt.date.fromisoformat(r["adopted"]) for r in rows]
    assert len(numbers) == len(set(numbers)) == 2824
    assert numbers == sorted(numbers)
    assert all(a <= b for a, b in zip(dates, dates[1:])), "dates must not decrease"
    (spec,) = builtin_specs()
    assert set(range(1, max(numbers) + 1)) - set(numbers) == set(spec.missing) == {2762}
    reg, problems = parse_registry(SHIPPED.read_text(encoding="utf-8"), spec)
    assert problems == [] and len(reg.rows) == 2824


def test_registry_interface() -> None:
    reg = default_registries().get("unscr")
    assert reg is not None and reg.monotone and reg.event == "adopted"
    row = reg.get("2375")
    assert row is not None and row.adopted == dt.date(2017, 9, 11)
    assert "Democratic People's Republic of Korea" in row.title
    assert row.path == "factcheck/data/registries/unsc.csv" and row.line == 2376
    assert "United Nations" in row.source
    assert reg.get("2762") is None and reg.get("x") is None
    below, above = reg.neighbours(2762)
    assert (below.number, above.number) == (2761, 2763)  # type: ignore[union-attr]
    assert [r.number for r in reg.adopted_within(dt.date(2017, 9, 11), dt.date(2017, 9, 16))] \
        == [2375, 2376, 2377]


# --------------------------------------------------------------------------- validation

GOOD = "number,adopted,title,topic\n1,2030-01-05,on a,A\n2,2030-01-05,on b,B\n"


@pytest.mark.parametrize(("text", "line", "message"), [
    ("number,date,title,topic\n1,2030-01-01,a,b\n", 1, "header must be number,adopted,title,topic"),
    (GOOD + "3,2030-02-30,c,C\n", 4, "not an ISO date"),
    (GOOD + "3,5 March 2030,c,C\n", 4, "not an ISO date"),
    (GOOD + "2,2030-03-01,c,C\n", 4, "appears twice (first on line 3)"),
    (GOOD + "3,2029-12-31,c,C\n", 4, "before 2 (2030-01-05)"),
    (GOOD + "three,2030-03-01,c,C\n", 4, "not a whole number"),
    (GOOD + "3,2030-03-01,c\n", 4, "expected 4 fields"),
    ("", 1, "empty registry file"),
])
def test_registry_file_problems_are_located(text: str, line: int, message: str) -> None:
    _, problems = parse_registry(text, RegistrySpec(scheme="UNSCR", file="x.csv", monotone=True))
    assert [(p.path, p.line) for p in problems] == [("x.csv", line)], problems
    assert message in problems[0].message


def test_order_is_checked_only_where_the_scheme_grows_with_time() -> None:
    text = GOOD + "3,2029-12-31,c,C\n"
    _, problems = parse_registry(text, RegistrySpec(scheme="MINE", file="x.csv"))
    assert problems == []


@given(st.lists(st.tuples(st.integers(1, 5000), st.dates(dt.date(1946, 1, 1), dt.date(2100, 1, 1))),
                max_size=30))
def test_parse_keeps_every_valid_row_once(rows: list[tuple[int, dt.date]]) -> None:
    text = "number,adopted,title,topic\n" + "".join(f"{n},{d},\"t, {n}\",x\n" for n, d in rows)
    reg, problems = parse_registry(text, RegistrySpec(scheme="S", file="s.csv"))
    assert {r.number for r in reg.rows} == {n for n, _ in rows}
    assert len(problems) == len(rows) - len({n for n, _ in rows})  # only the repeats
    for r in reg.rows:
        assert r.title == f"t, {r.number}" and reg.get(r.id) is r


def test_user_registry_from_config_is_used_and_linted(tmp_path: Path) -> None:
    (tmp_path / "extra.csv").write_text(
        "number,adopted,title,topic\n9001,2031-02-01,on the mission in Mali,The situation in Mali\n",
        encoding="utf-8")
    cfg = parse_config({"registries": [{"scheme": "unscr", "file": str(tmp_path / "extra.csv"),
                                        "source": "our list"}]}, "c.yaml", lambda loc: 3)
    (spec,) = cfg.registries
    assert spec.scheme == "UNSCR" and spec.monotone and spec.event == "adopted"
    assert lint_registries(cfg.registries) == []
    regs = Registries(cfg.registries)
    assert regs.row("UNSCR", "9001").source == "our list"  # type: ignore[union-attr]
    assert regs.row("UNSCR", "2375") is not None  # the built-in rows stay
    (f,) = _check("UN Security Council resolution 9001, adopted on 3 May 2031, renewed the "
                  "mission in Mali.", dt.date(2031, 5, 5), regs)
    assert f.rule == "ID01" and "1 February 2031" in f.message
    assert f.evidence[0].source == "our list"
    (tmp_path / "extra.csv").write_text("number,adopted,title,topic\n9001,2031-13-01,a,b\n",
                                        encoding="utf-8")
    (p,) = lint_registries(cfg.registries)
    assert (p.line, p.check) == (2, "registry") and str(p).startswith(str(tmp_path / "extra.csv") + ":2: ")


@pytest.mark.parametrize(("entry", "message"), [
    ({"scheme": "UNSCR"}, "needs a scheme"),
    ({"scheme": "UNSCR", "file": "x.csv", "colour": 1}, "unknown key 'colour'"),
    ({"scheme": "UNSCR", "file": "x.csv", "monotone": "yes"}, "monotone must be true or false"),
])
def test_bad_registry_config_is_located(entry: dict, message: str) -> None:
    from factcheck.errors import InputError

    with pytest.raises(InputError, match=message):
        parse_config({"registries": [entry]}, "c.yaml", lambda loc: 7)


# --------------------------------------------------------------------------- subjects


@pytest.mark.parametrize(("text", "places"), [
    ("sanctions on North Korea", {"Democratic People's Republic of Korea"}),
    ("the peacekeeping mission in South Sudan", {"South Sudan", "Sudan and South Sudan"}),
    ("the Congolese army", {"Democratic Republic of the Congo"}),
    ("Ivory Coast", {"Côte d'Ivoire"}),
    ("a car bomb", set()),  # acronyms are matched as written ("CAR")
])
def test_places_in(text: str, places: set[str]) -> None:
    assert places_in(text) == places


# --------------------------------------------------------------------------- the rules


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_sentences(case: dict) -> None:
    findings = _check(case["text"], case["published"])
    got = [(f.rule, f.severity.value) for f in findings]
    assert got == [(e["rule"], e["severity"]) for e in case["expect"]], \
        [f.message for f in findings]
    for f, e in zip(findings, case["expect"]):
        if "suggest" in e:
            assert f.suggestion and e["suggest"] in f.suggestion, (f.message, f.suggestion)
        elif f.rule == "ID01":
            assert f.suggestion is None or "adopted" not in f.suggestion, f.suggestion


def test_finding_names_the_registry_row_and_its_source() -> None:
    (f,) = _check("UN Security Council resolution 1970, adopted on 17 March, authorised a "
                  "no-fly zone over Libya.", dt.date(2011, 3, 20))
    assert "was adopted on 26 February 2011" in f.message
    assert "arms embargo" in f.message  # the registry title
    assert f.suggestion == "UN Security Council resolution 1973 (adopted 17 March 2011)"
    first = f.evidence[0]
    assert first.summary.startswith("registry UNSCR 1970: adopted 26 February 2011 — on ")
    assert first.path == "factcheck/data/registries/unsc.csv" and first.line == 1971
    assert first.source and "CR-UNSC (CC0)" in first.source


def test_no_clear_match_names_the_window_and_guesses_nothing() -> None:
    (f,) = _check("UN Security Council resolution 2118 (2019) was praised by the diplomats.",
                  dt.date(2020, 7, 3))
    assert f.suggestion is None
    assert "identifier(s) were adopted within 2019 (2452–2503)" in f.message
    assert "none matches the article's subject clearly" in f.message


def test_one_day_off_is_a_time_zone_warning() -> None:
    (f,) = _check("UN Security Council resolution 2231, adopted on 21 July, endorsed the "
                  "nuclear deal with Iran.", dt.date(2015, 7, 25))
    assert (f.rule, f.severity.value) == ("ID01", "warning")
    assert "time zone" in f.message and f.suggestion == "20 July 2015"


def test_lint_and_check_commands_read_registry_files(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from factcheck.cli import main

    monkeypatch.chdir(tmp_path)
    Path("mine.csv").write_text("number,adopted,title,topic\n7,2031-01-02,a,b\n7,2031-01-03,c,d\n",
                                encoding="utf-8")
    assert main(["lint", "mine.csv", "--isolated"]) == 1
    assert capsys.readouterr().out == "mine.csv:3: number 7 appears twice (first on line 2) [registry]\n"
    Path(".factcheck.yaml").write_text("registries:\n  - {scheme: UNSCR, file: mine.csv}\n",
                                       encoding="utf-8")
    Path("a.txt").write_text("UN Security Council resolution 2375 was adopted.\n", encoding="utf-8")
    assert main(["check", "a.txt"]) == 2  # an invalid registry is an input error
    assert "mine.csv:3: UNSCR 7 appears twice" in capsys.readouterr().err
    Path("claims").mkdir()
    assert main(["lint"]) == 1  # the configuration's registries are linted with the ledger
    assert "mine.csv:3: UNSCR 7 appears twice (first on line 2) [registry]" in capsys.readouterr().out


def test_registry_is_read_only_when_a_mention_needs_it() -> None:
    regs = Registries()
    _check("The central bank raised rates by 0.25 points on 3 May.", dt.date(2024, 5, 5), regs)
    assert regs._loaded == {}  # nothing cited: nothing parsed
    _check("UN Security Council resolution 2375, adopted on 11 September, capped oil imports.",
           dt.date(2017, 9, 16), regs)
    assert regs._loaded["UNSCR"] is not None
