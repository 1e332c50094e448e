"""Per-rule cases (tests/cases/rules/<CODE>.yaml), each rule run alone on real text."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from factcheck.check import analyze
from factcheck.extract import extract_document
from factcheck.ledger import Ledger, load_ledger
from factcheck.models import Document
from factcheck.rules import registry, select

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases" / "rules"


@lru_cache(maxsize=None)
def _ledger(name: str | None) -> Ledger:
    return load_ledger(ROOT / name) if name else Ledger.empty()


def _cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append((data["rule"], case))
    return out


def run_case(code: str, case: dict):
    docs = [Document(id=d["id"], path=f"{d['id']}.txt", text=d["text"],
                     published=d.get("published") if isinstance(d.get("published"), dt.date) else None)
            for d in case["documents"]]
    claims = {d.id: extract_document(d) for d in docs}
    return analyze(docs, claims, _ledger(case.get("ledger")), select([code]))


@pytest.mark.parametrize(("code", "case"), _cases(), ids=lambda x: x if isinstance(x, str) else x["name"])
def test_rule_case(code: str, case: dict) -> None:
    result = run_case(code, case)
    got = [(f.rule, f.severity.value, f.claims[0].line if f.claims else None) for f in result.findings]
    want = [(e["rule"], e["severity"], e.get("line")) for e in case["expect"]]
    assert got == want, [f.message for f in result.findings]
    for f, e in zip(result.findings, case["expect"]):
        if "suggestion_contains" in e:
            assert e["suggestion_contains"] in (f.suggestion or "")
        if "message_contains" in e:
            assert e["message_contains"] in f.message


def test_every_rule_has_pass_and_fail_cases() -> None:
    cases = _cases()
    for rule in registry():
        mine = [c for code, c in cases if code == rule.code]
        assert any(c["expect"] for c in mine), f"{rule.code} has no failing case"
        assert any(not c["expect"] for c in mine), f"{rule.code} has no passing case"
