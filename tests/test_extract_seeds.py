"""Golden expectations on the seed articles: every checkable figure, read right."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from factcheck import extract_document, load_documents

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((Path(__file__).parent / "cases" / "extract" / "seeds.yaml").read_text(encoding="utf-8"))


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.fixture(scope="module")
def claims_by_doc():
    documents, errors = load_documents([ROOT / "seeds"])
    assert errors == []
    return {d.id: extract_document(d) for d in documents}


@pytest.mark.parametrize("doc, expected", [(doc, e) for doc, items in CASES["expected"].items() for e in items],
                         ids=lambda x: x if isinstance(x, str) else f"L{x['line']}-{x['text']}")
def test_seed_figure_is_extracted_with_its_value(claims_by_doc, doc, expected):
    found = [c for c in claims_by_doc[doc] if c.line == expected["line"] and c.text == expected["text"]]
    assert found, f"{doc}:{expected['line']}: {expected['text']!r} not extracted"
    (claim,) = found
    assert claim.kind == expected["kind"]
    assert claim.normalized == _plain(expected["normalized"])


@pytest.mark.parametrize("doc, text", [(doc, t) for doc, items in CASES["absent"].items() for t in items])
def test_seed_text_that_is_not_a_claim(claims_by_doc, doc, text):
    word = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
    assert [c.text for c in claims_by_doc[doc] if c.kind != "identifier" and word.search(c.text)] == []
