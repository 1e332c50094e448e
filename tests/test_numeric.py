"""Numeric candidates in news-like sentences: kinds, values, qualifiers, `about`."""
from __future__ import annotations

import datetime as dt
import signal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.base import Candidate, Context
from factcheck.extract.numeric import find_numeric


def run(text: str, reserved: tuple[tuple[int, int], ...] = ()) -> list[Candidate]:
    return find_numeric(text, Context(reserved=reserved))


def one(text: str, surface: str) -> Candidate:
    hits = [c for c in run(text) if text[c.start:c.end] == surface]
    assert len(hits) == 1, [(text[c.start:c.end], c.value) for c in run(text)]
    return hits[0]


CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("The resolution caps imports at two million barrels annually.",
     "two million barrels annually", "quantity", {"magnitude": 2e6, "unit": "oil_barrel / year"}),
    ("a maximum warhead weight of 500 kilograms", "500 kilograms", "quantity",
     {"magnitude": 500.0, "unit": "kilogram"}),
    ("The deal is worth US$1.3 billion.", "US$1.3 billion", "money",
     {"amount": 1.3e9, "currency": "USD", "per": None}),
    ("It spent $752m on fuel.", "$752m", "money", {"amount": 752e6, "currency": "USD", "per": None}),
    ("A meal costs 13,000 won in Seoul.", "13,000 won", "money",
     {"amount": 13000.0, "currency": "KRW", "per": None}),
    ("exports worth USD34.6 million", "USD34.6 million", "money",
     {"amount": 34.6e6, "currency": "USD", "per": None}),
    ("trade of 100 billion yuan", "100 billion yuan", "money",
     {"amount": 1e11, "currency": "CNY", "per": None}),
    ("a fine of 2 million euros", "2 million euros", "money",
     {"amount": 2e6, "currency": "EUR", "per": None}),
    ("it raised £8.10 million", "£8.10 million", "money",
     {"amount": 8.1e6, "currency": "GBP", "per": None}),
    ("workers earn $500 million a year", "$500 million a year", "money",
     {"amount": 5e8, "currency": "USD", "per": "year"}),
    ("About 90 percent of its trade", "About 90 percent", "percent", {"value": 90.0}),
    ("rose 90% in a year", "90%", "percent", {"value": 90.0}),
    ("ninety per cent of exports", "ninety per cent", "percent", {"value": 90.0}),
    ("the sixth nuclear test", "sixth", "ordinal", {"value": 6}),
    ("its 2nd launch", "2nd", "ordinal", {"value": 2}),
    ("the ninth resolution", "ninth", "ordinal", {"value": 9}),
    ("after six sets of sanctions", "six", "count", {"value": 6}),
    ("more than 2,017 people died", "more than 2,017", "count", {"value": 2017}),
    ("a bomb eight times more powerful", "eight times", "ratio", {"value": 8.0}),
    ("twice as many missiles", "twice", "ratio", {"value": 2.0}),
    ("half as many tests", "half", "ratio", {"value": 0.5}),
    ("a ratio of 3.75", "3.75", "quantity", {"magnitude": 3.75, "unit": "dimensionless"}),
    ("a 30-year-old man", "30-year-old", "quantity", {"magnitude": 30.0, "unit": "year"}),
    ("temperatures of 40 degrees Celsius", "40 degrees Celsius", "quantity",
     {"magnitude": 40.0, "unit": "degree_Celsius"}),
    ("a 100-kiloton blast", "100-kiloton", "quantity",
     {"magnitude": 100.0, "unit": "kiloton_tnt"}),
    # "kt" is kilotons of TNT, but knots among words of speed or wind
    ("The test device had an estimated yield of 12 kt, the monitoring agency said.", "12 kt", "quantity",
     {"magnitude": 12.0, "unit": "kiloton_tnt"}),
    ("The ferry was making 18 kt when it struck the pier, the inquiry heard.", "18 kt", "quantity",
     {"magnitude": 18.0, "unit": "knot"}),
    ("Gusts of 65kt were recorded at the lighthouse overnight.", "65kt", "quantity",
     {"magnitude": 65.0, "unit": "knot"}),
    # and thousands of tonnes of a commodity
    ("The miner's nickel output fell to 41kt in the year to June.", "41kt", "quantity",
     {"magnitude": 41.0, "unit": "kilotonne_mass"}),
    ("Wheat exports reached 850 kt in March, the ministry said.", "850 kt", "quantity",
     {"magnitude": 850.0, "unit": "kilotonne_mass"}),
    # a gigatonne is a mass (ice, carbon), written out or as Gt
    ("Antarctica lost 150 gigatonnes of ice last year.", "150 gigatonnes", "quantity",
     {"magnitude": 150.0, "unit": "gigatonne_mass"}),
    ("Emissions reached 37.4 Gt in 2024.", "37.4 Gt", "quantity",
     {"magnitude": 37.4, "unit": "gigatonne_mass"}),
    # a vote's tally counts votes with no noun written
    ("The Assembly adopted it by 141 in favour to 6 against, with 19 abstentions.", "141", "count",
     {"value": 141}),
    ("The Assembly adopted it by 141 in favour to 6 against, with 19 abstentions.", "6", "count",
     {"value": 6}),
    ("The council backed the plan with 23 voting for, 9 abstaining.", "9", "count", {"value": 9}),
    ("The rupee fell to 83 against the dollar.", "83", "quantity",
     {"magnitude": 83.0, "unit": "dimensionless"}),
    # points between two shares of one sentence are percentage points
    ("The mayor won 52% to 45%, a 7-point lead.", "7-point", "quantity",
     {"magnitude": 7.0, "unit": "percentage_point"}),
    ("The index fell 40 points, or 1.2%.", "40", "count", {"value": 40}),
    ("The Lakers won by 13 points.", "13", "count", {"value": 13}),
    # a bare whole number of a toll, a total or a part of a group counts
    ("The flood's death toll climbed to 64 on Friday.", "64", "count", {"value": 64}),
    ("The number of ships held in the strait rose to 23.", "23", "count", {"value": 23}),
    ("Doctors treated 310 people, 45 of them for burns.", "45", "count", {"value": 45}),
    ("Of the 27 member states, 19 have ratified the accord.", "19", "count", {"value": 19}),
    ("The final was played before a crowd of 48,300.", "48,300", "count", {"value": 48300}),
    ("The index fell to 81 on Monday.", "81", "quantity", {"magnitude": 81.0, "unit": "dimensionless"}),
    # casualties in a headline, occurrences and parts "of which" count
    ("Twelve dead as ferry capsizes off Lenn", "Twelve", "count", {"value": 12}),
    ("The striker has been booked 14 times this season.", "14", "count", {"value": 14}),
    ("It logged 52 complaints, nine of which went to court.", "nine", "count", {"value": 9}),
    ("The new engine is three times more efficient.", "three times", "ratio", {"value": 3.0}),
]


@pytest.mark.parametrize("text,surface,kind,normalized", CASES)
def test_cases(text: str, surface: str, kind: str, normalized: dict[str, Any]) -> None:
    c = one(text, surface)
    assert c.value.kind == kind
    got = c.value.normalized()
    for key, want in normalized.items():
        assert got[key] == (pytest.approx(want) if isinstance(want, float) else want), got


@pytest.mark.parametrize("text,surface,about", [
    ("The resolution would cap North Korea's imports of petrol, diesel, heavy fuel oil and "
     "other refined fuel products at two million barrels annually.", "two million barrels annually",
     "imports of petrol, diesel, heavy fuel oil and other refined fuel products"),
    ("a maximum warhead weight of 500 kilograms", "500 kilograms", "maximum warhead weight"),
    ("after six sets of sanctions", "six", "sets of sanctions"),
])
def test_about(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


@pytest.mark.parametrize("text,surface,qual,low,high", [
    ("more than 5,000 troops", "more than 5,000", "more_than", 5000, None),
    ("nearly 100 people", "nearly 100", "approx", 90, 100),
    ("up to 700 contract workers", "up to 700", "at_most", 0, 700),
    ("at least 30 people", "at least 30", "at_least", 30, None),
    ("fewer than 1,000 pandas", "fewer than 1,000", "less_than", 0, 1000),
    ("between 100 and 160 people", "between 100 and 160", "range", 100, 160),
    ("4-5 million tonnes", "4-5 million tonnes", "range", 4e9, 5e9),
    ("from 20 to 30 percent", "from 20 to 30 percent", "range", 20, 30),
    ("about 2m barrels", "about 2m barrels", "approx", None, None),
    # qualifiers met in news (past, topped, north of, as many as ...)
    ("The death toll passed 2,400 on Sunday.", "passed 2,400", "more_than", 2400, None),
    ("The death toll rose past 2,400 on Sunday.", "past 2,400", "more_than", 2400, None),
    ("The toll topped 2,400 by Sunday.", "topped 2,400", "more_than", 2400, None),
    ("Casualties surpassed 2,400.", "surpassed 2,400", "more_than", 2400, None),
    ("Losses exceeding $3bn were reported.", "exceeding $3bn", "more_than", 3e9, None),
    ("Upwards of 5,000 people marched.", "Upwards of 5,000", "more_than", 5000, None),
    ("The deal is valued north of $1bn.", "north of $1bn", "more_than", 1e9, None),
    ("The rally drew well over 10,000 people.", "well over 10,000", "more_than", 10000, None),
    ("Turnout was just under 60 percent.", "just under 60 percent", "approx", 54, 60),
    ("Nearly 100 people died.", "Nearly 100", "approx", 90, 100),
    ("Registrations are approaching 80,000, the board said.", "approaching 80,000", "approx", 72000, 80000),
    ("The death toll is nearing 5,000.", "nearing 5,000", "approx", 4500, 5000),
    ("Close to 500 homes were destroyed.", "Close to 500", "approx", 450, 550),
    ("As many as 300 people were killed.", "As many as 300", "at_most", 0, 300),
    ("As much as $2 billion was lost.", "As much as $2 billion", "at_most", 0, 2e9),
    ("No fewer than 40 ships were seized.", "No fewer than 40", "at_least", 40, None),
    ("The figure is south of $500 million.", "south of $500 million", "less_than", 0, 5e8),
])
def test_qualifiers(text: str, surface: str, qual: str, low: float | None,
                    high: float | None) -> None:
    c = one(text, surface)
    assert c.qualifier.value == qual
    assert c.interval is not None
    if low is not None:
        assert c.interval.low == pytest.approx(low)
    if high is not None:
        assert c.interval.high == pytest.approx(high)
    elif qual in ("more_than", "at_least"):
        assert c.interval.high is None


def test_range_value_is_low_end() -> None:
    c = one("between 100 and 160 people", "between 100 and 160")
    assert c.value.normalized() == {"value": 100}


# --------------------------------------------------------------------------- not claims

@pytest.mark.parametrize("text", [
    "the G20 summit", "the G7 leaders", "a Hwasong-14 missile", "F-35 jets", "the COVID-19 crisis",
    "since 9/11", "a Boeing 747", "one of the largest", "the No. 1 priority",
    "call +1-222-2222-2222", "at 9:55am on Sunday", "in 2006", "since 2006",
    "a 2001 agreement", "in September 2017", "a man", "an apple", "one of the ships sank",
    "in 2012-13", "in 2012–13", "the 192.168.1.2 address",
])
def test_not_claims(text: str) -> None:
    assert [(text[c.start:c.end], c.value) for c in run(text)] == []


def test_count_not_year() -> None:
    c = one("2,017 people", "2,017")
    assert c.value.kind == "count"


def test_reserved_spans_are_skipped() -> None:
    text = "Resolution 2375 capped 500,000 barrels."
    assert all(c.start >= 16 for c in run(text, reserved=((0, 15),)))
    assert run(text, reserved=((0, len(text)),)) == []


def test_a_dozen_a_third_a_million() -> None:
    assert one("a dozen ships", "a dozen").value.normalized() == {"value": 12}
    assert one("a million people", "a million").value.normalized() == {"value": 1000000}


# --------------------------------------------------------------------------- properties

@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_never_crashes_spans_hold(text: str) -> None:
    for c in run(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == text[c.start:c.end]


_NEWSY = st.lists(st.sampled_from([
    "about", "more than", "$", "1,300", "8.5", "million", "two", "barrels", "a year", "percent",
    "%", "the", "sixth", "between", "and", "4-5", "tonnes", "won", "US$", "people", "-", "G20",
    "2017", "half", "a", "dozen", "of", "times", "twice", ".", ",", "km", "up to", "9:55am",
]), max_size=30).map(" ".join)


@given(_NEWSY)
@settings(max_examples=300, deadline=None)
def test_never_crashes_on_news_soup(text: str) -> None:
    for c in run(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.interval is not None


class _Alarm(Exception):
    pass


@pytest.mark.parametrize("blob", [
    "1" * 200_000,
    "1," * 100_000,
    "1 " * 100_000,
    "barrels " * 25_000,
    "2m" * 100_000,
    "one hundred and " * 12_000,
    "$1.5 million tonnes per year, " * 7_000,
    "9/" * 100_000,
    "-1-" * 70_000,
    "2million$5bn-percent" * 10_000,
    "twenty-one hundred thousand " * 7_000,
    "1 k " * 50_000,
    "- 1 4/5 " * 25_000,
    "two and three and " * 10_000,
    "one twenty twenty fifths " * 8_000,
    "3 dollars 50 cents " * 10_000,
    "five-nation " * 15_000,
])
@pytest.mark.slow  # ~25 s in all: a hang guard, run by .ci/run with -m slow
def test_adversarial_inputs_finish(blob: str) -> None:
    def _raise(*_: object) -> None:
        raise _Alarm

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(60)  # generous: a catastrophic backtrack would take hours
    try:
        run(blob)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("text, surface, value", [
    ("Growth was two point five percent last year.", "two point five percent", 2.5),
    ("The index stood at two hundred point zero three.", "two hundred point zero three", 200.03),
    ("Odds were put at one over three.", "one over three", 1 / 3),
    ("The rate was 1.1^23, the model said.", "1.1^23", 1.1 ** 23),
    ("The town counted 322 hundred voters.", "322 hundred", 32200),
    ("The dose is a hundredth of a gram.", "a hundredth of a gram", 0.01),
    ("Only percent of 10.", "percent of 10", 10),
    ("They lost 75 USD million in three years.", "75 USD million", 75e6),
    ("Five losses in excess of 30 MUSD were reported.", "30 MUSD", 30e6),
])
def test_spoken_and_shorthand_forms(text: str, surface: str, value: float) -> None:
    found = [c for c in run(text) if text[c.start:c.end].endswith(surface)]
    assert found, [text[c.start:c.end] for c in run(text)]
    v = found[0].value
    got = getattr(v, "amount", None) or getattr(v, "magnitude", None) or getattr(v, "value", None)
    assert abs(got - value) <= 1e-9 * max(1.0, abs(value))


@pytest.mark.parametrize("text,surface,qual", [
    ("Scores were 200 or greater than 190 in the trial.", "greater than 190", "more_than"),
    ("Bids of 5,000 or less than 6,000 were rejected.", "less than 6,000", "less_than"),
    ("Households earning 30,000 or more were excluded.", "30,000 or more", "at_least"),
])
def test_after_qualifier_before_another_number_starts_a_comparison(text: str, surface: str,
                                                                   qual: str) -> None:
    assert one(text, surface).qualifier.value == qual


@pytest.mark.parametrize("text,surface,low,high,low_closed,high_closed", [
    ("Between them they hold more than 10 and less than 20 seats.",
     "more than 10 and less than 20", 10, 20, False, False),
    ("Prices stayed above $1,000 but below $1,500 an ounce.", "above $1,000 but below $1,500",
     1000, 1500, False, False),
    ("There were at most 100 and at least 20 survivors.", "at most 100 and at least 20", 20, 100,
     True, True),
])
def test_two_bounds_make_one_range(text: str, surface: str, low: float, high: float,
                                   low_closed: bool, high_closed: bool) -> None:
    c = one(text, surface)
    assert c.qualifier.value == "range"
    iv = c.interval
    assert (iv.low, iv.high, iv.low_closed, iv.high_closed) == (low, high, low_closed, high_closed)


def test_crossed_bounds_stay_apart() -> None:
    got = [(c.qualifier.value, c.value.normalized())
           for c in run("More than 40 and less than 10 are two ranges")]
    # (a bare whole number counts something unnamed: a count)
    assert ("more_than", {"value": 40}) in got and ("less_than", {"value": 10}) in got


def test_over_alone_stays_a_qualifier() -> None:
    (c,) = run("The missile flew over 3 islands.")
    assert c.qualifier.value == "more_than"


_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(st.integers(1, 19), st.lists(st.integers(0, 9), min_size=1, max_size=4))
@settings(max_examples=100, deadline=None)
def test_point_decimals_round_trip(whole: int, digits: list[int]) -> None:
    from factcheck.extract.numbers import find_numbers
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]
    text = f"{words[whole]} point " + " ".join(_DIGIT_WORDS[d] for d in digits)
    (n,) = find_numbers(text)
    assert abs(n.value - float(f"{whole}." + "".join(map(str, digits)))) < 1e-9


@pytest.mark.parametrize("text,surface,kind,value,about", [
    ("Leaders met after a summit of the five-nation BRICS club of emerging economies.",
     "five", "count", 5, "nation"),
    ("The 12-member panel voted to lift the sanctions.", "12", "count", 12, "member"),
    ("The ship joined a three-vessel convoy.", "three", "count", 3, "vessel"),
])
def test_hyphenated_noun_is_counted(text: str, surface: str, kind: str, value: int,
                                    about: str) -> None:
    c = one(text, surface)
    assert c.value.kind == kind
    assert c.value.normalized()["value"] == value
    assert c.about == about


@pytest.mark.parametrize("text,surface,unit", [
    ("a 100-metre race", "100-metre", "meter"),
    ("a 40-tonne truck", "40-tonne", "tonne"),
])
def test_hyphenated_units_stay_quantities(text: str, surface: str, unit: str) -> None:
    c = one(text, surface)
    assert c.value.kind == "quantity"
    assert c.value.normalized()["unit"] == unit


@pytest.mark.parametrize("text,surface,days", [
    ("The three-day summit opened in Johannesburg.", "three-day", 3.0),
    ("He signed a 10-year contract.", "10-year", 3652.5),
    ("The ferry crossing took 29 minutes.", "29 minutes", 29 / 1440),
    ("a 40-minute flight to the island", "40-minute", 40 / 1440),
    ("Talks went on for 12 hours.", "12 hours", 0.5),
    ("The probe fired its engine for 90 seconds.", "90 seconds", 90 / 86400),
    ("The final ended in a six-and-a-half-hour marathon.", "six-and-a-half-hour", 6.5 / 24),
    ("Talks ran for two-and-a-half hours.", "two-and-a-half hours", 2.5 / 24),
])
def test_spans_of_time_are_durations_in_days(text: str, surface: str, days: float) -> None:
    """The contract's one kind for a span of time, whatever unit it is told in."""
    c = one(text, surface)
    assert c.value.kind == "duration"
    assert c.value.normalized() == {"days": pytest.approx(days)}
    assert c.interval is not None and c.interval.unit == "day"


@pytest.mark.parametrize("text", [
    "a two-way street",
    "the 30-something voter",
    "a 2-nil win",
])
def test_hyphen_words_that_count_nothing(text: str) -> None:
    assert all(c.value.kind != "count" for c in run(text))


@pytest.mark.parametrize("text, month, number", [
    ("In March 5,000 people marched through the capital.", "March", "5,000"),
    ("The revisions left payrolls in January and February 41,000 lower.", "February", "41,000"),
])
def test_a_number_in_groups_of_three_after_a_month_is_no_day(text: str, month: str, number: str) -> None:
    from factcheck import extract

    got = {c.text: c.value.kind for c in extract(text, published=dt.date(2024, 5, 3))}
    assert got.get(month) == "date" and got.get(number) == "count", got


@pytest.mark.parametrize("text,surface,amount,currency", [
    ("The ticket only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
    ("It cost thirteen dollars and forty-five cents in 1990.",
     "thirteen dollars and forty-five cents", 13.45, "USD"),
    ("He paid $5 and 25 cents each.", "$5 and 25 cents", 5.25, "USD"),
    # a minor unit named with its currency
    ("Bondholders could recover 35 US cents on the dollar.", "35 US cents", 0.35, "USD"),
    ("The new levy adds 4 euro cents to a litre of diesel.", "4 euro cents", 0.04, "EUR"),
])
def test_compound_money(text: str, surface: str, amount: float, currency: str) -> None:
    c = one(text, surface)
    assert c.value.kind == "money"
    got = c.value.normalized()
    assert got["amount"] == pytest.approx(amount)
    assert got["currency"] == currency


@pytest.mark.parametrize("sentence, text, about", [
    ("Resolution 2325 targets US$1.3 billion of export income by banning textiles.",
     "US$1.3 billion", "export income"),
    ("Ninety percent of trade with North Korea is from China.", "Ninety percent", "trade with North Korea"),
    ("The ship carried 500 tonnes of rice to Japan.", "500 tonnes", "rice"),
    ("It cut imports of refined fuel products to 2m barrels a year.", "2m barrels a year",
     "imports of refined fuel products"),
])
def test_about_names_what_an_amount_is_of(sentence, text, about):
    from factcheck import extract

    (claim,) = [c for c in extract(sentence) if c.text == text]
    assert claim.about == about


# "a year" after an amount is its period ("$5bn a year") unless it begins a time phrase:
# "compared with $6.2bn a year earlier", "$117.2bn a year ago" are amounts, not rates
@pytest.mark.parametrize("text,surface", [
    ("Net income reached almost $17bn, compared with $6.2bn a year earlier.", "$6.2bn"),
    ("Revenue was $130.5bn, up from $117.2bn a year ago.", "$117.2bn"),
    ("It cost $5bn a year later.", "$5bn"),
    ("Sales were 2m barrels a day ago.", "2m barrels"),
])
def test_amount_before_a_time_phrase_is_no_rate(text: str, surface: str) -> None:
    c = one(text, surface)
    got = c.value.normalized()
    assert got.get("per") is None and "/" not in str(got.get("unit", ""))


@pytest.mark.parametrize("text,surface,per", [
    ("It earns $5bn a year.", "$5bn a year", "year"),
    ("Profits were $2bn a year before tax.", "$2bn a year", "year"),
])
def test_amount_a_year_is_a_rate(text: str, surface: str, per: str) -> None:
    assert one(text, surface).value.normalized()["per"] == per


def test_rate_then_a_time_phrase_stays_a_rate() -> None:
    c = one("Output was 10m barrels a day earlier this year.", "10m barrels a day")
    assert c.value.normalized()["unit"] == "oil_barrel / day"


# a margin of error is a size, never a negative number: the claim spans the sign or
# phrase, its value is positive and an `assumptions` note says what it is
@pytest.mark.parametrize("text,surface,kind,value", [
    ("Nvidia forecast revenue of $32.5 billion, plus or minus 2%, on Wednesday.",
     "plus or minus 2%", "percent", 2.0),
    ("Revenue of $32.5 billion, ±2%, is expected.", "±2%", "percent", 2.0),
    ("The margin of error is +/- 3%.", "+/- 3%", "percent", 3.0),
    ("The poll has a margin of error of plus or minus 3 percentage points.",
     "plus or minus 3 percentage points", "quantity", 3.0),
    ("The survey's margin of error is ± 4.5 percentage points.", "± 4.5 percentage points",
     "quantity", 4.5),
])
def test_margin_of_error_is_positive(text: str, surface: str, kind: str, value: float) -> None:
    c = one(text, surface)
    assert c.value.kind == kind
    got = c.value.normalized()
    assert got.get("value", got.get("magnitude")) == value
    assert c.interval is not None and 0 < c.interval.low <= value <= c.interval.high
    assert c.assumptions and "margin of error" in c.assumptions[0]


def test_minus_without_plus_stays_negative() -> None:
    c = one("Temperatures fell to minus 5C overnight.", "minus 5C")
    assert c.value.normalized()["magnitude"] == -5.0 and not c.assumptions


# spoken ratios ("one in five adults", "two out of three voters") and "per N" rates
# ("12.4 cases per 100,000 residents"): one ratio claim, its value a quotient (per one)
RATIOS: list[tuple[str, str, float, str | None]] = [
    ("One in five adults in England now reports symptoms of anxiety, the survey found.",
     "One in five", 0.2, "adults"),
    ("About 3 in 10 children were not fully vaccinated by their second birthday.",
     "About 3 in 10", 0.3, "children"),
    ("Researchers estimate that one in every four hospital beds is occupied.",
     "one in every four", 0.25, "hospital beds"),
    ("The poll found two out of three voters oppose the tax rise.",
     "two out of three", 2 / 3, "voters"),
    ("Asked about the plan, nine out of 10 said they had not heard of it.",
     "nine out of 10", 0.9, None),
    ("Nearly 1 in 4 households struggled to pay energy bills last winter.",
     "Nearly 1 in 4", 0.25, "households"),
    ("The county recorded 12.4 cases per 100,000 residents last week.",
     "12.4 cases per 100,000", 12.4 / 100000, "cases"),
    ("Infant mortality fell to 0.8 deaths per 1,000 live births in 2022.",
     "0.8 deaths per 1,000", 0.8 / 1000, "deaths"),
    ("The rate of new infections held at 3 per 100,000 people, officials said.",
     "3 per 100,000", 3 / 100000, None),
]


@pytest.mark.parametrize("text,surface,value,about", RATIOS)
def test_spoken_ratios_and_rates(text, surface, value, about):
    got = run(text)
    c = one(text, surface)
    assert c.value.kind == "ratio"
    assert c.value.value == pytest.approx(value)
    if about is not None:
        assert c.about == about
    # the denominator is no claim of its own ("100,000 residents" is not a count)
    assert all(not (c.start < o.start < c.end) for o in got), \
        [(text[o.start:o.end], o.value) for o in got]
    assert len([o for o in got if o.start < c.end and c.start < o.end]) == 1


@pytest.mark.parametrize("text,surface", [
    ("The attack happened at one in the morning.", "one"),
    ("Sales rose to 2 in 2019 and fell after.", "2"),
    ("He was struck by one in the eye.", None),
    ("The team has won 5 in a row.", "5"),
])
def test_not_spoken_ratios(text, surface):
    assert not any(c.value.kind == "ratio" for c in run(text)), \
        [(text[c.start:c.end], c.value) for c in run(text)]


@pytest.mark.parametrize("text, surface, magnitude, unit", [
    ("The central bank cut its policy rate by half a percentage point.", "half a percentage point", 0.5,
     "percentage_point"),
    ("Turnout fell by a third of a percentage point from the last election.",
     "a third of a percentage point", 1 / 3, "percentage_point"),
    ("Floodwater in the square stood half a metre deep on Sunday.", "half a metre", 0.5, "meter"),
    ("The runners were three-quarters of a mile from the finish.", "three-quarters of a mile", 0.75, "mile"),
    ("About a quarter of a tonne of ivory was seized at the port.", "About a quarter of a tonne", 0.25, "tonne"),
])
def test_a_fraction_of_a_unit_is_a_quantity(text, surface, magnitude, unit) -> None:
    got = {text[c.start:c.end]: c.value for c in run(text)}
    assert surface in got, got
    assert got[surface].kind == "quantity" and got[surface].unit == unit
    assert abs(got[surface].magnitude - magnitude) < 1e-9


@pytest.mark.parametrize("text, surface", [
    ("Half a team walked out.", "Half"),
    ("A third of the vote went to the Greens.", "A third"),
])
def test_a_fraction_of_a_thing_stays_a_ratio(text, surface) -> None:
    got = {text[c.start:c.end]: c.value for c in run(text)}
    assert got[surface].kind == "ratio", got


@pytest.mark.parametrize("text, surface, value", [
    # casualties told by the verb before a bare number
    ("A tram derailed in the city centre, injuring 14.", "14", 14),
    ("The blast tore through the market, killing at least 31 and wounding more than 90.", "more than 90", 90),
    # a count and the total it is a part of
    ("The committee backed the plan by eleven of 15 members.", "eleven", 11),
    ("The firm said it would hire 250 more engineers this year.", "250", 250),
    # the noun is the count's subject or an earlier figure's
    ("The Greens won 31 seats, up from 22 in 2021.", "22", 22),
    # a collective noun of people before the number
    ("The final drew a television audience of 4.2 million.", "4.2 million", 4_200_000),
    # what a place of N holds, what a target or a threshold figure of N counts
    ("The village of 2,400, on the slope of the volcano, was cleared on Tuesday.", "2,400", 2400),
    ("Chasing a target of 318, the visitors were bowled out for 190.", "318", 318),
    ("The coalition is 14 seats short of the magic figure of 226.", "226", 226),
])
def test_bare_counts_with_their_noun_elsewhere(text: str, surface: str, value: int) -> None:
    got = {text[c.start:c.end]: c.value for c in run(text)}
    assert got[surface].kind == "count" and got[surface].value == value, got


def test_a_bare_figure_of_a_measure_stays_a_number() -> None:
    got = {text[c.start:c.end]: c.value for text in ["Prices rose to 412 last year."] for c in run(text)}
    assert got["412"].kind == "quantity"


@pytest.mark.parametrize("text, surface, kind", [
    ("Turnout was a third higher than at the last election.", "a third", "ratio"),
    ("Hospital admissions were nearly a fifth fewer than a week earlier.", "nearly a fifth", "ratio"),
    ("The senator is running for a third term.", "third", "ordinal"),
    # a fraction of a change, whatever follows it; an ordinal still ranks the noun after it
    ("Orders at the shipyard fell by a third in the last quarter.", "a third", "ratio"),
    ("Turnout in the northern district was down a fifth on Sunday.", "a fifth", "ratio"),
    ("The striker's value rose by a quarter since March.", "a quarter", "ratio"),
    ("She won by a third straight landslide.", "third", "ordinal"),
])
def test_a_fraction_before_a_comparative(text: str, surface: str, kind: str) -> None:
    got = {text[c.start:c.end]: c.value for c in run(text)}
    assert got[surface].kind == kind, got


def test_a_people_named_by_nationality_is_counted_not_paid() -> None:
    """The currency of "$397 million" holds for later scaled bare figures, but not for one
    that counts people named by nationality."""
    text = "The agency raised $397 million to help 4 million Afghans."
    got = {text[c.start:c.end]: c.value for c in run(text)}
    assert got["4 million"].kind == "count", got


def test_a_bare_dollar_figure_restated_in_a_countrys_dollar_takes_that_dollar() -> None:
    from factcheck import extract

    text = ("Agency seeks $2.4 billion for flood relief\n\n"
            "The agency launched a US$1.5 billion (A$2.4 billion) appeal on Monday. It follows a $300 million grant.")
    got = {c.text: c.value for c in extract(text, published=dt.date(2024, 3, 5))}
    assert got["$2.4 billion"].currency == "AUD", got
    assert got["$300 million"].currency == "USD", got  # (no country's dollar writes that figure)
