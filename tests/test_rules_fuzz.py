"""Every rule on random short articles built from the phrases the rules read: never raises,
and findings name claims of the documents they came from."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.check import analyze
from factcheck.extract import extract_document
from factcheck.models import Document

_PHRASES = [
    "The council", "Lena Vos", "the remaining", "Of these,", "climbed from", "to", "compared with",
    "a lead of", "points", "per cent", "%", "since March 2019", "years at the helm", "took over in",
    "flight C5-127", "flight C5-172", "resolution 81/127", "case No. 24-CR-3871", "train NE 2417",
    "No. 2471", "in favour", "against", "abstentions", "for the fifth time", "straight", "on Tuesday",
    "at 1:20 a.m. on Monday", "(23:20 GMT on Sunday)", "an increase of", "a decline of", "the death toll",
    "rose to", "Saturday, May 31", "in 1999", "said on Sunday", "weeks since", "on March 2", ",", ".",
    "and", "0", "1", "7", "13", "38.4", "27.9", "1,070", "1,284", "386", "nine", "64", "331", "€2.4m",
]
_TEXT = st.lists(st.sampled_from(_PHRASES), min_size=3, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, min_size=1, max_size=3))
def test_rules_never_raise_on_random_articles(texts: list[str]) -> None:
    docs = [Document(id=f"d{i}", text="Story\n\n" + t, published=dt.date(2026, 5, 20 + i))
            for i, t in enumerate(texts)]
    claims = {d.id: extract_document(d) for d in docs}
    result = analyze(docs, claims)
    spans = {(c.doc, c.start, c.end) for cs in claims.values() for c in cs}
    for f in result.findings:
        assert all((c.doc, c.start, c.end) in spans for c in f.claims), f.message
