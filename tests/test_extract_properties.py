"""Properties of the whole extraction pipeline (identifiers -> dates -> numbers)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract

NEWSY = st.sampled_from([
    "Resolution 2375", "resolutions 2270 and 2321", "on August 5", "last Sunday", "2m barrels a year",
    "US$1.3 billion", "$752m", "about 8.5 million", "sixth", "eight times", "90%", "ninety per cent",
    "between 100 and 160", "4-5 million", "less than four days", "earlier this week", "in 2006",
    "since 2006", "G20", "Hwasong-14", "No. 1", "one of the", "May", "may", "9:55am", "2012–13", "\r\n", "\t", " ",
    ",", ".", "the", "Security Council", "(2017)", "-", "won", "13,000 won", "\u2009", "\ufeff",
])
texts = st.one_of(st.text(max_size=300), st.lists(NEWSY, max_size=40).map(" ".join))
published = st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=300)
@given(texts, published)
def test_never_raises_spans_exact_sorted_deterministic(text, when):
    claims = extract(text, published=when)
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.line >= 1 and claim.column >= 1
    assert [(c.start, c.end) for c in claims] == sorted((c.start, c.end) for c in claims)
    assert all(a.end <= b.start for a, b in zip(claims, claims[1:])), "claims overlap"
    assert extract(text, published=when) == claims


@given(texts, published, published)
def test_what_resolves_without_an_anchor_does_not_depend_on_one(text, first, second):
    """A date resolved with no publication date is absolute: any anchor gives the same
    (an open end, as in "since 2006", may be closed by the anchor)."""
    anchored_1 = {(c.start, c.end): c.normalized for c in extract(text, published=first)}
    anchored_2 = {(c.start, c.end): c.normalized for c in extract(text, published=second)}
    for claim in extract(text):
        if claim.kind == "date" and claim.unresolved is None:
            span = (claim.start, claim.end)
            for anchored in (anchored_1, anchored_2):
                got = anchored.get(span, claim.normalized)
                assert got["start"] == claim.normalized["start"]
                assert claim.normalized["end"] in (None, got["end"])


def test_relative_dates_do_not_read_the_clock(monkeypatch):
    """The clock moved to another year (date, datetime and time all patched): the same
    claims, resolved from the publication date alone."""
    import datetime
    import time

    text = "The test took place on Sunday, and the vote was last month."
    before = extract(text, published=dt.date(2017, 9, 6))
    unanchored = extract(text)
    future = datetime.datetime(2031, 2, 14, 12, 0, 0)

    class FrozenDate(datetime.date):
        @classmethod
        def today(cls):
            return cls(2031, 2, 14)

    class FrozenDateTime(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return future if tz is None else future.replace(tzinfo=tz)

        @classmethod
        def today(cls):
            return future

        @classmethod
        def utcnow(cls):
            return future

    monkeypatch.setattr(datetime, "date", FrozenDate)
    monkeypatch.setattr(datetime, "datetime", FrozenDateTime)
    monkeypatch.setattr(time, "time", lambda: future.timestamp())
    assert datetime.date.today().year == 2031 and time.time() > 1.9e9
    after = extract(text, published=dt.date(2017, 9, 6))
    assert [(c.text, c.normalized) for c in after] == [(c.text, c.normalized) for c in before]
    assert [c.model_dump() for c in after] == [c.model_dump() for c in before]
    assert [c.model_dump() for c in extract(text)] == [c.model_dump() for c in unanchored]
    sunday = next(c for c in before if c.text.endswith("Sunday"))
    assert sunday.normalized["start"] == "2017-09-03"
    unresolved = [c for c in extract(text) if c.kind == "date"]
    assert unresolved and all(c.unresolved == "no publication date" and c.normalized["start"] is None
                              for c in unresolved)


def test_page_furniture_and_datelines_are_skipped():
    text = ("Headline\nPUBLISHED : Wednesday, 06 September, 2017, 9:55am\nAdvertisement\n"
            "Kim Jong-un at a rally. Photo: Reuters 2017\nIt fired 2 missiles.\n")
    assert [(c.text, c.kind, c.about) for c in extract(text)] == [("2", "count", "missiles")]


def test_run_on_text_keeps_claim_context_bounded():
    """Without sentence breaks every claim would copy the whole text (quadratic time)."""
    from factcheck.extract.text import MAX_SENTENCE

    text = "2million$5bn-percent" * 5000
    claims = extract(text)
    assert len(claims) > 1000
    assert max(len(c.sentence) for c in claims) <= MAX_SENTENCE + 4
    assert all(text[c.start:c.end] == c.text for c in claims)
