"""Models: JSON round-trips (hypothesis) and the generated JSON Schema."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import (
    Claim, CountValue, DateValue, Document, DurationValue, Evidence, Finding, IdentifierValue,
    Interval, MoneyValue, OrdinalValue, PercentValue, Qualifier, QuantityValue, RatioValue,
    Severity, Span,
)

finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))
short = st.text(max_size=30)

values = st.one_of(
    st.builds(QuantityValue, magnitude=finite, unit=st.sampled_from(["oil_barrel / year", "kilogram", "dimensionless"])),
    st.builds(MoneyValue, amount=finite, currency=st.sampled_from(["USD", "KRW", "EUR"]),
              per=st.sampled_from([None, "year", "month"])),
    st.builds(PercentValue, value=finite),
    st.builds(CountValue, value=st.integers()),
    st.builds(OrdinalValue, value=st.integers(min_value=1)),
    st.builds(RatioValue, value=finite),
    st.builds(DateValue, start=st.none() | dates, end=st.none() | dates),
    st.builds(DurationValue, days=finite),
    st.builds(IdentifierValue, scheme=st.just("UNSCR"), id=st.from_regex(r"\d{1,4}", fullmatch=True),
              year=st.none() | st.integers(1946, 2100)),
)
intervals = st.one_of(
    st.none(),
    st.builds(Interval, low=st.none() | finite, high=st.none() | finite, unit=st.none() | short),
    st.builds(Interval, low=dates, high=dates, unit=st.just("day")),
)
claims = st.builds(
    Claim, doc=short, path=st.none() | short, text=short, start=st.integers(0, 10**6),
    end=st.integers(0, 10**6), line=st.integers(1, 10**4), column=st.integers(1, 500),
    sentence=short, value=values, qualifier=st.sampled_from(list(Qualifier)), interval=intervals,
    about=st.none() | short, unresolved=st.none() | short, assumptions=st.lists(short, max_size=2).map(tuple),
)


@given(claims)
def test_claim_json_round_trip(claim):
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


@given(claims)
def test_claim_record_is_json_with_the_contract_keys(claim):
    record = json.loads(json.dumps(claim.record()))
    for key in ("doc", "path", "kind", "text", "start", "end", "line", "column", "sentence",
                "qualifier", "normalized", "interval", "about"):
        assert key in record
    assert record["kind"] == claim.value.kind


@given(st.builds(Finding, rule=st.just("ID01"), name=st.just("identifier.event_mismatch"),
                 severity=st.sampled_from(list(Severity)), message=short,
                 claims=st.lists(claims, max_size=2).map(tuple), expected=st.none() | short,
                 suggestion=st.none() | short,
                 evidence=st.lists(st.builds(Evidence, summary=short, line=st.none() | st.integers(1, 99)),
                                   max_size=2).map(tuple)))
def test_finding_json_round_trip(finding):
    assert Finding.model_validate_json(finding.model_dump_json()) == finding


@given(st.builds(Document, id=short, text=st.text(max_size=200), published=st.none() | dates,
                 furniture=st.lists(st.builds(Span, start=st.integers(0, 99), end=st.integers(0, 99)),
                                    max_size=3).map(tuple)))
def test_document_json_round_trip(document):
    assert Document.model_validate_json(document.model_dump_json()) == document


def test_normalized_values_follow_the_contract():
    assert QuantityValue(magnitude=2e6, unit="oil_barrel / year").normalized() == {"magnitude": 2e6, "unit": "oil_barrel / year"}
    assert MoneyValue(amount=1.3e9, currency="USD").normalized() == {"amount": 1.3e9, "currency": "USD", "per": None}
    assert DateValue(start=dt.date(2017, 9, 11), end=dt.date(2017, 9, 11)).normalized() == {"start": "2017-09-11", "end": "2017-09-11"}
    assert IdentifierValue(scheme="UNSCR", id="2375", year=2017).normalized() == {"scheme": "UNSCR", "id": "2375"}
    assert DurationValue(days=4).normalized() == {"days": 4.0}


@pytest.mark.parametrize("name", ["claim", "report"])
def test_published_json_schemas_are_current(name):
    from pathlib import Path

    from factcheck.schema import render

    path = Path(__file__).resolve().parent.parent / "docs" / f"{name}.schema.json"
    assert path.read_text(encoding="utf-8") == render(name), (
        f"docs/{name}.schema.json is stale: run `python -m factcheck.schema {name} > docs/{name}.schema.json`")


def test_extract_records_validate_against_the_published_schema():
    import jsonschema

    from factcheck import extract
    from factcheck.schema import claim_record_schema

    text = ("UN Security Council resolution 2375, adopted on 11 September 2017, caps imports at 2m barrels a year, "
            "about 90% less, worth US$1.3 billion; the sixth test came less than four days after the vote.")
    records = [c.record() for c in extract(text, published=dt.date(2017, 9, 16))]
    assert {r["kind"] for r in records} >= {"identifier", "date", "quantity", "money", "ordinal", "duration"}
    for record in records:
        jsonschema.validate(json.loads(json.dumps(record)), claim_record_schema())
