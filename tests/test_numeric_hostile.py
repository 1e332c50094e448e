"""Hostile figures never crash extraction and never give a non-finite value (issue 13)."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from factcheck import extract
from factcheck.extract.base import SpanIndex
from factcheck.extract.numeric import TOO_LARGE
from factcheck.models import Interval, MoneyValue, QuantityValue, RatioValue


@pytest.mark.parametrize("text, surface, kind, unit", [
    ("The asteroid weighed 1e999 tonnes.", "1e999 tonnes", "quantity", "tonne"),
    ("A model put the mass at 10^999 tonnes.", "10^999 tonnes", "quantity", "tonne"),
    ("The lawsuit demanded $1e999 in damages.", "$1e999", "money", None),
    ("The bill came to $" + "9" * 400 + " in total.", "$" + "9" * 400, "money", None),
    ("A 1.7e308 km journey was modelled.", "1.7e308 km", "quantity", "kilometer"),
])
def test_an_overflowing_figure_is_unresolved_with_a_reason(text, surface, kind, unit):
    claims = extract(text)
    hit = [c for c in claims if c.text == surface]
    assert len(hit) == 1, [(c.text, c.normalized) for c in claims]
    c = hit[0]
    assert c.kind == kind and c.unresolved == TOO_LARGE and c.interval is None
    if unit is not None:
        assert c.normalized == {"magnitude": None, "unit": unit}
    else:
        assert c.normalized["amount"] is None
    json.dumps([c.record() for c in claims], allow_nan=False)  # strict JSON


@pytest.mark.parametrize("text", ["3-0k", "5-0tn", "n,7 passed 3", "0-0bn tonnes",
                                  "2^-99999999", "1e99999999 cats", "between 0 and 0k",
                                  "1e999, 2 and 3 barrels a day",  # a list with no value
                                  "$5 and 1e999 cents",  # subunits of no value
                                  "the " + "9" * 400 + "th attempt",  # an ordinal beyond floats
                                  "tens" + " of trillions" * 40,
                                  "1e308, 2e99 and 3 cubic kilometres",  # beyond floats in m³
                                  "It hauled 1.7e308 tons",  # short to long tons overflows
                                  "a vast 1.7e308 and 1e308 tons a year"])
def test_degenerate_figures_do_not_crash(text):
    for c in extract(text):
        assert text[c.start:c.end] == c.text
        json.dumps(c.record(), allow_nan=False)


def test_the_models_refuse_non_finite_values():
    for bad in (math.inf, -math.inf, math.nan):
        with pytest.raises(ValidationError):
            QuantityValue(magnitude=bad, unit="meter")
        with pytest.raises(ValidationError):
            MoneyValue(amount=bad, currency="USD")
        with pytest.raises(ValidationError):
            RatioValue(value=bad)
        with pytest.raises(ValidationError):
            Interval(low=0.0, high=bad, unit="meter")


digits = st.text("0123456789", min_size=1, max_size=600)
noise = st.sampled_from(["$", "€", "", "-", "about ", "between 1 and "])
tails = st.sampled_from(["", " tonnes", "%", " km an hour", "bn", "k", " times", "e999",
                         "^999", "e-999", " million people", "-0k", ".5 miles"])


@settings(max_examples=300, deadline=None)
@given(noise, digits, tails)
def test_any_figure_gives_finite_values_and_exact_spans(lead, number, tail):
    text = f"It was {lead}{number}{tail} last year."
    claims = extract(text)
    for c in claims:
        assert text[c.start:c.end] == c.text
        json.dumps(c.record(), allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=30),
       st.lists(st.tuples(st.integers(0, 70), st.integers(0, 8)), max_size=30))
def test_span_index_answers_like_a_scan(spans, queries):
    spans = [(s, s + w) for s, w in spans]
    index = SpanIndex(spans[: len(spans) // 2])
    for s, e in spans[len(spans) // 2:]:
        index.add(s, e)
    for s, w in queries:
        e = s + w
        assert index.overlaps(s, e) == any(a < e and s < b for a, b in spans), (s, e)


def test_only_an_extracted_claim_may_lack_its_number():
    from factcheck.models import Pinned
    key = {"subject": "bridge", "attribute": "length"}
    with pytest.raises(ValidationError, match="needs its number"):
        Pinned(document="a", quote="q", key=key, value={"kind": "quantity", "magnitude": None,
                                                        "unit": "meter"})
    with pytest.raises(ValidationError, match="needs its number"):
        Pinned(document="a", quote="q", key=key, value={"kind": "money", "amount": None,
                                                        "currency": "EUR"})
