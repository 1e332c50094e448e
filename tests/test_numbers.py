"""The number lexer: digits, words, scales, stated precision."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.numbers import find_numbers, parse_number

CASES = [
    ("1,300", 1300.0, 0.0),
    ("8.5", 8.5, 0.05),
    ("1 300", 1300.0, 0.0),
    ("1\u202f300", 1300.0, 0.0),
    ("1\u00a0300", 1300.0, 0.0),
    ("2017", 2017.0, 0.0),
    ("two million", 2e6, 0.5e6),
    ("Ninety", 90.0, 0.0),
    ("a dozen", 12.0, 0.0),
    ("half a million", 5e5, 0.25e6),
    ("three-quarters", 0.75, 0.0),
    ("a third", 1 / 3, 0.0),
    ("one hundred and twenty-five", 125.0, 0.0),
    ("8.5 million", 8.5e6, 0.05e6),
    ("2M", 2e6, 0.5e6),
    ("10k", 1e4, 500.0),
    ("1.2bn", 1.2e9, 0.05e9),
    ("3 tn", 3e12, 0.5e12),
    ("twenty-one trillion and three hundred", 21000000000300.0, 0.0),
    ("one and a half", 1.5, 0.0),
    ("five and a half million", 5.5e6, 0.25e6),
    ("two thirds of a million", 2e6 / 3, None),
    ("3/4", 0.75, 0.0),
    ("2 1/4", 2.25, 0.0),
    ("½", 0.5, 0.0),
    ("-9.25", -9.25, 0.005),
    ("minus five", -5.0, 0.0),
    ("1.5 lakh crore", 1.5e12, 0.05e12),  # Indian: a lakh of crores
    ("three lakh crore", 3e12, 0.5e12),
    ("two thousand million", 2e9, 0.5e9),
    ("4 thousand 3 hundred and 21", 4321.0, 0.0),
]


@pytest.mark.parametrize("text,value,half", CASES)
def test_values_and_precision(text: str, value: float, half: float | None) -> None:
    found = find_numbers(text)
    assert len(found) == 1, found
    n = found[0]
    assert n.value == pytest.approx(value)
    assert text[n.start:n.end].strip() == text.strip()
    if half is not None:
        assert n.half == pytest.approx(half)


@pytest.mark.parametrize("text,value", [("sixth", 6), ("2nd", 2), ("second", 2), ("ninth", 9),
                                        ("twenty-first", 21), ("one hundred twenty fifth", 125)])
def test_ordinals(text: str, value: int) -> None:
    (n,) = find_numbers(text)
    assert n.kind == "ordinal" and n.value == value


def test_sentence_spans() -> None:
    text = "Exports fell to two million barrels, down 8.5 percent, the sixth drop."
    got = [(text[n.start:n.end], n.value) for n in find_numbers(text)]
    assert got == [("two million", 2e6), ("8.5", 8.5), ("sixth", 6)]


def test_a_alone_is_not_one() -> None:
    assert find_numbers("a man and an apple") == []
    assert find_numbers("a") == []


def test_thousands_separators_keep_zeros() -> None:
    (n,) = find_numbers("816 000 t")
    assert n.value == 816000


def test_scale_word_never_dropped() -> None:
    (n,) = find_numbers("USD34.6 million")
    assert n.value == pytest.approx(34.6e6)


# --------------------------------------------------------------------------- words

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _under_1000(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_UNITS[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n or not parts:
        parts.append(_UNITS[n])
    return " ".join(parts)


def to_words(n: int) -> str:
    """English words for 0 <= n < 10**12 (British "and")."""
    if n < 1000:
        return _under_1000(n)
    out = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            out.append(f"{_under_1000(n // scale)} {name}")
            n %= scale
    if n:
        out.append(("and " if n < 100 else "") + _under_1000(n))
    return " ".join(out)


@given(st.integers(min_value=0, max_value=10**12 - 1))
@settings(max_examples=300, deadline=None)
def test_words_round_trip(n: int) -> None:
    assert parse_number(to_words(n)) == n


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_never_crashes_and_spans_hold(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start:n.end] == text[n.start:n.end].strip() or n.end > n.start


@given(st.text(alphabet="0123456789,. -mkbnillionthousandtwoandhalf", max_size=200))
@settings(max_examples=300, deadline=None)
def test_never_crashes_on_number_soup(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)


# ------------------------------------------------ mixed numbers, compound denominators


def _only(text: str) -> tuple[str, float]:
    found = find_numbers(text)
    assert len(found) == 1, found
    return text[found[0].start:found[0].end], found[0].value


@pytest.mark.parametrize("text,surface,value", [
    # a whole number "and" a proper fraction
    ("The recipe calls for two and fifty-four hundredths cups.", "two and fifty-four hundredths", 2.54),
    ("The old rule said twenty and three and three fifths.", "twenty and three and three fifths", 23.6),
    ("The board measured three and one fourth inches.", "three and one fourth", 3.25),
    ("one hundred and three quarters", "one hundred and three quarters", 100.75),
    # after a large scale word the fraction is of that scale
    ("They have two million and one half in reserve.", "two million and one half", 2.5e6),
    ("The fund holds six million and two thirds.", "six million and two thirds", 6666666.666666667),
    ("They raised 3 million and a quarter last year.", "3 million and a quarter", 3.25e6),
    ("one billion and a half million", "one billion and a half million", 1.0005e9),
    ("one billion and three quarters million", "one billion and three quarters million", 1.00075e9),
    # an improper "fraction" after "hundred and" is part of the whole number
    ("one hundred and thirty-two fifths", "one hundred and thirty-two fifths", 26.4),
    # compound ordinals as denominators
    ("Each heir got one twenty-fifth of the estate.", "one twenty-fifth", 0.04),
    ("The tax is a twenty-first of the price.", "a twenty-first", 1 / 21),
    ("It rose by three twenty-firsts.", "three twenty-firsts", 3 / 21),
    # a bare "hundred" before a larger scale word
    ("Hundred thousand dollars were missing.", "Hundred thousand", 1e5),
    # negative fractions, spaced scale suffixes
    ("The slope was -4/5 at the top.", "-4/5", -0.8),
    ("- 1 4/5", "- 1 4/5", -1.8),
    ("Revenue: 2.33 k.", "2.33 k", 2330),
    ("- 10  k", "- 10  k", -10000),
    ("Reserves stood at 1,674.5 G", "1,674.5 G", 1.6745e12),
])
def test_mixed_fractions_and_scales(text: str, surface: str, value: float) -> None:
    got_surface, got = _only(text)
    assert got_surface == surface
    assert got == pytest.approx(value)


@pytest.mark.parametrize("text,surface,value", [
    ("It is a twenty-first century economy.", "twenty-first", 21),  # an ordinal
    ("Two firsts for the club this season.", "Two", 2),  # "firsts" alone is a noun
    ("Several hundred thousand people marched.", None, None),  # vague
    ("- 10 people were hurt", "10", 10),  # a bullet, not a minus
    ("He lives at 10 K Street.", "10", 10),  # a word follows the letter
    ("The 100 M sprint final", "100", 100),
    ("He finished four and twenty minutes later.", "four", 4),
])
def test_fraction_and_scale_rules_leave_news_alone(text: str, surface: str | None,
                                                  value: float | None) -> None:
    found = find_numbers(text)
    if surface is None:
        assert found == []
        return
    assert text[found[0].start:found[0].end] == surface
    assert found[0].value == value


def test_and_before_a_new_scaled_amount_starts_a_new_number() -> None:
    text = "The loan is worth $3 billion and 150 billion pounds."
    assert [(text[n.start:n.end], n.value) for n in find_numbers(text)] == [
        ("3 billion", 3e9), ("150 billion", 1.5e11)]
