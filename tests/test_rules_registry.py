"""Rule metadata: unique codes, docs generated from docstrings, id snapshot."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from factcheck.models import Severity
from factcheck.rules import registry, rules_doc, select

GOLDEN = Path(__file__).resolve().parent / "golden"
FAMILIES = ("AL", "AR", "VC", "ID", "TA", "CT", "LG", "LN")


def test_codes_and_names_unique_and_well_formed() -> None:
    rules = registry()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert re.fullmatch(r"[A-Z]{2}\d{2}", r.code) and r.code[:2] in FAMILIES
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", r.name)
        assert isinstance(r.severity, Severity)
        doc = r.doc()
        for part in ("*Bad*", "*Why*", "*Fix*"):
            assert part in doc, f"{r.code} docstring lacks {part}"


def test_rule_id_snapshot() -> None:
    """Renaming a code or name breaks users' configs: add an alias instead."""
    got = "".join(f"{r.code} {r.name}\n" for r in registry())
    assert got == (GOLDEN / "rule_ids.txt").read_text(encoding="utf-8")


def test_rules_doc_is_current() -> None:
    path = GOLDEN / "rules.md"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(rules_doc(), encoding="utf-8")
    assert path.read_text(encoding="utf-8") == rules_doc(), "regenerate tests/golden/rules.md"


def test_select_by_code_prefix_and_name() -> None:
    assert [r.code for r in select(["ID"])] == ["ID01", "ID02", "ID03", "ID04"]
    assert [r.code for r in select(["identifier.sequence"])] == ["ID02"]
    assert [r.code for r in select(["identifier."])] == ["ID01", "ID02", "ID03", "ID04"]
    assert "VC01" not in [r.code for r in select(None, exclude=["VC01"])]
    with pytest.raises(ValueError):
        select(["XX99"])
