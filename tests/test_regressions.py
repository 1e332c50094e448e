"""Regressions found in review, named after what broke."""
from __future__ import annotations

import shutil
from pathlib import Path

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_impossible_ledger_date_is_a_located_error_not_a_traceback(tmp_path, capsys):
    ledger = tmp_path / "claims"
    shutil.copytree(ROOT / "claims", ledger)
    path = ledger / "unsc-dprk-resolutions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("start: 2006-10-14", "start: 2017-02-30", 1), encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if "2017-02-30" in row)
    code = main(["check", str(ROOT / "seeds"), "--claims", str(ledger)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"unsc-dprk-resolutions.yaml:{line}:" in err and "Traceback" not in err


def test_report_links_are_relative_to_the_report_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    target = tmp_path / "deep" / "seeds.md"
    main(["check", "seeds", "--claims", "claims", "-o", str(target)])
    capsys.readouterr()
    text = target.read_text(encoding="utf-8")
    link = next(part for part in text.split("](") if "002_fb5e053d7b9b400a.txt#L39" in part.split(")")[0])
    relative = link.split(")")[0].split("#")[0]
    assert (target.parent / relative).resolve() == (ROOT / "seeds" / "002_fb5e053d7b9b400a.txt").resolve()


# --------------------------------------------------------------------------- numbers
# Defects of number extraction found on unseen news articles: one realistic sentence each.

import datetime as _dt  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from factcheck.extract import extract  # noqa: E402

_PUBLISHED = _dt.date(2023, 9, 21)


def _found(sentence: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in extract(sentence, _PUBLISHED)]


def _claim(sentence: str, surface: str) -> Any:
    hits = [c for c in extract(sentence, _PUBLISHED) if c.text == surface]
    assert len(hits) == 1, _found(sentence)
    c = hits[0]
    assert sentence[c.start:c.end] == c.text == surface
    return c


def _normalized(c: Any) -> dict[str, Any]:
    return c.value.normalized()


# 1. vote tallies: one count claim over the whole tally, valued at its first side
@pytest.mark.parametrize("sentence,surface,value", [
    ("The Security Council voted 15-0 to adopt the resolution on Monday.", "15-0", 15),
    ("The bill passed 12-3 with two abstentions.", "12-3", 12),
    ("The Supreme Court struck down the law in a 5-4 ruling.", "5-4", 5),
    ("The Senate voted 51-49 to confirm the nominee.", "51-49", 51),
    ("The monetary policy committee voted 7-2 for the half-point rise.", "7-2", 7),
    ("The amendment was rejected by 52 votes to 48.", "52 votes to 48", 52),
    ("The board voted 4 to 5 against the merger.", "4 to 5", 4),
])
def test_vote_tally_is_one_count_not_a_range_or_date(sentence: str, surface: str,
                                                     value: int) -> None:
    c = _claim(sentence, surface)
    assert c.kind == "count" and c.qualifier.value == "exact"
    assert _normalized(c) == {"value": value}
    assert c.interval.low == c.interval.high == value
    others = [x for x in extract(sentence, _PUBLISHED) if x.start < c.end and c.start < x.end]
    assert others == [c]  # no range, date or second number inside the tally


@pytest.mark.parametrize("sentence,surface,value", [
    ("The ruling was 6-3, with three justices dissenting.", "6-3", 6),
    ("Arsenal won 3-1 at home on Saturday.", "3-1", 3),
    ("The parliament adopted the budget, 165-0.", "165-0", 165),
    # a day after the tally is no counted noun of a range
    ("The Senate voted 53-44 Thursday night to confirm the judge.", "53-44", 53),
    # a sport's verbs; a first side larger than the second after a name or a score line's colon
    ("Marquette routed the Frost 5-3 in Kingston.", "5-3", 5),
    ("The levy bill cleared the Assembly 41-32 in March.", "41-32", 41),
    ("Game 4: Harbor Gulls 118-101.", "118-101", 118),
])
def test_more_tallies(sentence: str, surface: str, value: int) -> None:
    c = _claim(sentence, surface)
    assert c.kind == "count" and _normalized(c) == {"value": value}


@pytest.mark.parametrize("sentence", [
    "The shop is open 24-7 during the holidays.",  # no tally cue
    "Adults aged 18-24 were the most likely to vote.",  # a range
])
def test_dash_pairs_without_a_tally_cue(sentence: str) -> None:
    assert all(c.kind != "count" or "-" not in c.text for c in extract(sentence, _PUBLISHED))


def test_digits_hyphened_to_an_identifier_belong_to_it() -> None:
    assert [c.kind for c in extract("The Boeing 737-800 crashed on landing.", _PUBLISHED)] \
        == ["identifier"]


def test_passed_before_a_counted_noun_counts_it() -> None:
    c = _claim("Parliament passed 12 bills last session.", "12")
    assert c.qualifier.value == "exact" and c.kind == "count" and c.about == "bills"


def test_tally_abstentions_stay_a_count() -> None:
    c = _claim("The bill passed 12-3 with two abstentions.", "two")
    assert c.kind == "count" and c.about == "abstentions"


# 2. basis points and percentage points: quantities, never percent
@pytest.mark.parametrize("sentence,surface,magnitude,unit,points", [
    ("The Fed raised rates by 25 basis points on Wednesday.", "25 basis points", 25, "basis_point", 0.25),
    ("The bank cut its main rate by 50bp.", "50bp", 50, "basis_point", 0.5),
    ("Ten-year yields climbed 75 bps in a week.", "75 bps", 75, "basis_point", 0.75),
    ("Two members preferred a smaller 25 basis point move.", "25 basis point", 25, "basis_point", 0.25),
    ("Unemployment rose 2 percentage points to 7.5 percent.", "2 percentage points", 2,
     "percentage_point", 2.0),
    ("The gap narrowed by 1.5 percentage points.", "1.5 percentage points", 1.5,
     "percentage_point", 1.5),
])
def test_points_are_percentage_point_quantities(sentence: str, surface: str, magnitude: float,
                                                unit: str, points: float) -> None:
    c = _claim(sentence, surface)
    assert c.kind == "quantity"
    assert _normalized(c) == {"magnitude": magnitude, "unit": unit}
    assert c.interval.unit == "percentage_point"
    assert c.interval.low <= points <= c.interval.high


def test_percent_beside_percentage_points_stays_percent() -> None:
    c = _claim("Unemployment rose 2 percentage points to 7.5 percent.", "7.5 percent")
    assert c.kind == "percent" and _normalized(c) == {"value": 7.5}


# 3. currencies: ISO codes from a data table; a name several currencies share is resolved
# by the country the article names, and never guessed without one
@pytest.mark.parametrize("sentence,surface,amount,currency", [
    ("The contract is worth Rs 500 crore, officials in New Delhi said.", "Rs 500 crore", 5e9, "INR"),
    ("A monthly pass costs ₹1,200.", "₹1,200", 1200, "INR"),
    ("Pakistan secured a loan of 10 billion rupees from Beijing.", "10 billion rupees", 1e10, "PKR"),
    ("The court fined the blogger 3 million rubles.", "3 million rubles", 3e6, "RUB"),
    ("Sony's sales reached ¥500 billion.", "¥500 billion", 5e11, "JPY"),
    ("The stimulus is worth 2 trillion yen.", "2 trillion yen", 2e12, "JPY"),
    ("Beijing pledged 40 billion yuan.", "40 billion yuan", 4e10, "CNY"),
    ("Investment of 5 trillion renminbi is planned.", "5 trillion renminbi", 5e12, "CNY"),
    ("Seoul's budget of 600 trillion won was approved.", "600 trillion won", 6e14, "KRW"),
    ("Aramco's project cost 2 billion riyals.", "2 billion riyals", 2e9, "SAR"),
    ("Dubai set up a fund of 10 billion dirhams.", "10 billion dirhams", 1e10, "AED"),
    ("Lagos was fined 5 billion naira.", "5 billion naira", 5e9, "NGN"),
    ("Eskom paid 300 million rand.", "300 million rand", 3e8, "ZAR"),
    ("The central bank sold 20 billion lira of bonds.", "20 billion lira", 2e10, "TRY"),
    ("Buenos Aires will spend 2 million pesos on the repairs.", "2 million pesos", 2e6, "ARS"),
    ("Mexico City will spend 2 million pesos on the repairs.", "2 million pesos", 2e6, "MXN"),
    ("Manila will spend 2 million pesos on the repairs.", "2 million pesos", 2e6, "PHP"),
    ("The bank paid a fee of 4 million Swiss francs.", "4 million Swiss francs", 4e6, "CHF"),
    ("The fine was 528 million francs.", "528 million francs", 5.28e8, "CHF"),
    ("Sweden's budget is 50 billion kronor.", "50 billion kronor", 5e10, "SEK"),
    ("Oslo approved a grant of 3 billion Norwegian kroner.", "3 billion Norwegian kroner", 3e9, "NOK"),
    ("The Danish plant cost 3 billion kroner.", "3 billion kroner", 3e9, "DKK"),
    ("The plant cost C$2 billion.", "C$2 billion", 2e9, "CAD"),
    ("The contract is worth A$1.5 billion.", "A$1.5 billion", 1.5e9, "AUD"),
    ("It is a HK$3 billion deal.", "HK$3 billion", 3e9, "HKD"),
    ("It is a S$500 million project.", "S$500 million", 5e8, "SGD"),
    ("Nairobi county budgeted Sh2 billion for roads.", "Sh2 billion", 2e9, "KES"),
    ("The fund holds 4 billion Kenyan shillings.", "4 billion Kenyan shillings", 4e9, "KES"),
    ("Warsaw offered a grant of 10 million zlotys.", "10 million zlotys", 1e7, "PLN"),
    ("Baghdad allocated 40 billion dinars to the province.", "40 billion dinars", 4e10, "IQD"),
    ("The first prize is u.s $ 100,000,000.", "u.s $ 100,000,000", 1e8, "USD"),
    ("The bank charged a $5 fee.", "$5", 5, "USD"),  # the article, not "A$"
    ("A $5bn deal was signed on Monday.", "$5bn", 5e9, "USD"),
    ("It booked a $16.6m loss.", "$16.6m", 16.6e6, "USD"),
    ("Profit rose to US $ 2 billion.", "US $ 2 billion", 2e9, "USD"),
    ("The Canberra plant cost A$5bn.", "A$5bn", 5e9, "AUD"),
    ("The company's $5bn bid failed.", "$5bn", 5e9, "USD"),  # not "S $" (SGD)
    ("The Centre allocated Rs 1.5 lakh crore for roads, officials in New Delhi said.",
     "Rs 1.5 lakh crore", 1.5e12, "INR"),
    ("Egypt will borrow $3 billion and 150 billion pounds from local banks.",
     "150 billion pounds", 1.5e11, "EGP"),
    ("Uganda's budget rose to Shs 52 trillion.", "Shs 52 trillion", 5.2e13, "UGX"),
    ("Iran's currency fell to 600,000 rials per dollar.", "600,000 rials", 6e5, "IRR"),
])
def test_currency_iso_codes(sentence: str, surface: str, amount: float, currency: str) -> None:
    c = _claim(sentence, surface)
    assert c.kind == "money"
    assert _normalized(c)["amount"] == pytest.approx(amount)
    assert _normalized(c)["currency"] == currency
    assert c.unresolved is None


@pytest.mark.parametrize("sentence,surface", [
    ("The ministry set aside 40 million dinars for the project.", "40 million dinars"),
    ("Officials said the repairs would cost 2 million pesos.", "2 million pesos"),
    ("The new bridge will cost 3.1 billion crowns.", "3.1 billion crowns"),
])
def test_shared_currency_name_without_a_country_is_unresolved(sentence: str, surface: str) -> None:
    c = _claim(sentence, surface)
    assert c.kind == "money"
    assert _normalized(c)["currency"] == "XXX"  # ISO 4217: no currency named
    assert c.unresolved and "currency" in c.unresolved


def test_default_of_a_shared_name_is_an_assumption() -> None:
    c = _claim("The loan is 10 billion rupees.", "10 billion rupees")
    assert _normalized(c)["currency"] == "INR"
    assert any("INR" in a for a in c.assumptions)


# 4. spans are tight: no closing bracket, no "of" before the qualifier
@pytest.mark.parametrize("sentence,surface", [
    ("Output fell sharply (about 8.5 million barrels) last month.", "about 8.5 million barrels"),
    ("A total of about 300 people were evacuated.", "about 300"),
    ("The company reported restructuring costs of $5m) and more.", "$5m"),
    ("Exports (2 million tonnes) fell.", "2 million tonnes"),
    ("The pipeline is 1,200 km (750 miles) long.", "750 miles"),
    ("Losses of around $3bn were reported.", "around $3bn"),
])
def test_spans_are_tight(sentence: str, surface: str) -> None:
    _claim(sentence, surface)


# 5. count for a counted noun, quantity in a unit; a bare whole number that a toll or
# total names before it, or that is the subject of "were"/"have" or a part "of them", is a
# count too (the annotation convention of real reporting: "the 13 survivors", "among the
# 13"); so is a bare whole number with nothing named ("Kerr took three for 40"); a
# number whose phrase names a measure that counts nothing ("his height is under 170")
# is a dimensionless quantity
@pytest.mark.parametrize("sentence,surface,kind,normalized", [
    ("Officials counted 300 people at the rally.", "300", "count", {"value": 300}),
    ("The US sent 1,300 troops to the region.", "1,300", "count", {"value": 1300}),
    ("About 1.5 million people fled.", "About 1.5 million", "count", {"value": 1500000}),
    ("Between 2.5 and 3 million refugees crossed.", "Between 2.5 and 3 million", "count",
     {"value": 2500000}),
    ("Police said 300 were arrested.", "300", "count", {"value": 300}),
    ("The death toll rose to 2,430 on Friday.", "2,430", "count", {"value": 2430}),
    ("His height is under 170.", "under 170", "quantity", {"magnitude": 170.0, "unit": "dimensionless"}),
    # sport and elections: the runs, wickets and seats are not written after the number
    ("Kerr took three for 40 as the hosts collapsed.", "three", "count", {"value": 3}),
    ("Kerr took three for 40 as the hosts collapsed.", "40", "count", {"value": 40}),
    ("The Greens won nine seats, Labour held five and independents two.", "two", "count", {"value": 2}),
    ("The tower is 300 metres tall.", "300 metres", "quantity", {"magnitude": 300.0, "unit": "meter"}),
    ("The index has a ratio of 3.75.", "3.75", "quantity", {"magnitude": 3.75, "unit": "dimensionless"}),
])
def test_count_or_quantity(sentence: str, surface: str, kind: str,
                           normalized: dict[str, Any]) -> None:
    c = _claim(sentence, surface)
    assert c.kind == kind and _normalized(c) == normalized


def test_counted_noun_is_not_a_weekday_or_preposition() -> None:
    c = _claim("The death toll passed 2,400 on Sunday.", "passed 2,400")
    assert c.about == "death toll"  # the subject (tests/test_about.py), never "on Sunday"


# 6. qualifiers: in tests/test_numeric.py::test_qualifiers, with the rest of the qualifier table


@pytest.mark.parametrize("sentence,surface", [
    ("Prices doubled over the past 10 years.", "10"),
    ("In the past 24 hours, 300 people were rescued.", "300"),
])
def test_past_after_a_determiner_is_not_a_qualifier(sentence: str, surface: str) -> None:
    for c in extract(sentence, _PUBLISHED):
        assert c.qualifier.value != "more_than", c


# 7. ranges carry the unit, scale and currency of the stated end to the other
@pytest.mark.parametrize("sentence,surface,kind,low,high,unit", [
    ("Output rose from 11 million to 12 million barrels a day.",
     "from 11 million to 12 million barrels a day", "quantity", 11e6, 12e6, "oil_barrel / day"),
    ("The harvest is expected between 8 and 10 million tonnes.",
     "between 8 and 10 million tonnes", "quantity", 8e6, 10e6, "tonne"),
    ("Revenue rose from $2bn to $3bn.", "from $2bn to $3bn", "money", 2e9, 3e9, "USD"),
    ("Revenue rose from $2bn to 3bn.", "from $2bn to 3bn", "money", 2e9, 3e9, "USD"),
    ("It cost between £5m and £10m.", "between £5m and £10m", "money", 5e6, 10e6, "GBP"),
    ("Inflation rose from 2% to 3%.", "from 2% to 3%", "percent", 2, 3, None),
    ("Walls eight to 10 feet tall were built.", "eight to 10 feet", "quantity", 8, 10, "foot"),
    ("Highs of 10-15C are expected.", "10-15C", "quantity", 10, 15, "degree_Celsius"),
    ("The number range is 5k-20k.", "5k-20k", None, 5e3, 20e3, None),
])
def test_ranges_carry_units(sentence: str, surface: str, kind: str | None, low: float,
                            high: float, unit: str | None) -> None:
    c = _claim(sentence, surface)
    assert c.qualifier.value == "range"
    if kind is not None:
        assert c.kind == kind
    got = _normalized(c)
    assert (got.get("magnitude") or got.get("amount") or got.get("value")) == pytest.approx(low)
    if unit is not None:
        assert got.get("unit", got.get("currency")) == unit
    if kind in ("money", "percent") or unit == "dimensionless":
        assert (c.interval.low, c.interval.high) == (pytest.approx(low), pytest.approx(high))


def test_a_count_restated_as_its_share_keeps_its_kind() -> None:
    # "488, or 66%": the count and its share, not a list of shares
    got = [(c.text, c.kind) for c in extract("Of the 800 voters polled, 488, or 66%, backed it.", _PUBLISHED)]
    assert ("488", "count") in got and ("66%", "percent") in got


@pytest.mark.parametrize(("sentence", "change", "level"), [
    ("The monthly pass climbs by €3.50 to €54.50 in March.", "€3.50", "€54.50"),
    ("The club's budget grew by $12m to $140m.", "$12m", "$140m"),
])
def test_a_change_by_an_amount_to_a_level_is_no_range(sentence: str, change: str, level: str) -> None:
    # "by X to Y" tells how much a thing changed and where it ended: two figures
    got = [(c.text, c.qualifier.value) for c in extract(sentence, _PUBLISHED) if c.kind == "money"]
    assert got == [(change, "exact"), (level, "exact")]


# 8. temperatures: a spaced minus after a word is a sign; angles stay angles
@pytest.mark.parametrize("sentence,surface,magnitude,unit", [
    ("Temperatures fell to - 20 degrees overnight.", "- 20 degrees", -20, "degree"),
    ("It was minus 20 degrees Celsius in Moscow.", "minus 20 degrees Celsius", -20, "degree_Celsius"),
    ("Lows of -5C are forecast for Friday.", "-5C", -5, "degree_Celsius"),
    ("Forecasters expect - 12 degrees Celsius in the valleys.", "- 12 degrees Celsius", -12,
     "degree_Celsius"),
    ("Highs of 30C are expected.", "30C", 30, "degree_Celsius"),
    ("He drew a 45-degree angle.", "45-degree", 45, "degree"),
    ("The ship rotated 90° to port.", "90°", 90, "degree"),
])
def test_temperature_signs_and_angles(sentence: str, surface: str, magnitude: float,
                                      unit: str) -> None:
    c = _claim(sentence, surface)
    assert _normalized(c) == {"magnitude": magnitude, "unit": unit}


def test_spaced_dash_between_numbers_is_a_range() -> None:
    c = _claim("Temperatures will range 10 - 20 degrees.", "10 - 20 degrees")
    assert c.qualifier.value == "range" and _normalized(c)["magnitude"] == 10


def test_bullet_dash_is_not_a_minus() -> None:
    c = _claim("Forecast:\n- 20 degrees on the coast", "20 degrees")
    assert _normalized(c)["magnitude"] == 20


# 9. relative positions are not counters
@pytest.mark.parametrize("sentence,word", [
    ("He finished second to last in the race.", "second"),
    ("She was third from last after the first round.", "third"),
    ("The team came second-to-last in the league.", "second"),
    ("It was the next to last game of the season.", "next"),
    ("The party finished fourth from the bottom.", "fourth"),
])
def test_relative_positions_are_not_ordinals(sentence: str, word: str) -> None:
    assert all(t != word for t, _ in _found(sentence)), _found(sentence)


def test_plain_ordinal_stays() -> None:
    c = _claim("It was his second goal of the season.", "second")
    assert c.kind == "ordinal" and _normalized(c) == {"value": 2}


# data files: YAML 1.1 reads unquoted on/off/yes/no as booleans
def test_word_lists_hold_only_strings() -> None:
    from factcheck.extract.numeric_tables import tables

    t = tables()
    for words in (t.function_words, t.not_nouns, t.determiners, t.about_stops):
        assert all(isinstance(w, str) for w in words)
    assert "on" in t.not_nouns and "no" in t.determiners


@pytest.mark.parametrize("sentence,surface", [
    ("The 13F filing shows the fund's positions.", "13F"),
    ("Funds from operations were 14.7C/ per security.", "14.7C"),
])
def test_glued_c_or_f_without_temperature_context_is_no_temperature(sentence: str,
                                                                    surface: str) -> None:
    for c in extract(sentence, _PUBLISHED):
        assert "degree" not in _normalized(c).get("unit", ""), c


# found on the way: two-unit measures, partitive counts, "° Celsius", decimetres
@pytest.mark.parametrize("sentence,surface,kind,normalized", [
    ("The suspect is 5 feet 2 inches tall.", "5 feet 2 inches", "quantity",
     {"magnitude": 62.0, "unit": "inch"}),
    ("The baby weighed 7 pounds 6 ounces.", "7 pounds 6 ounces", "quantity",
     {"magnitude": 118.0, "unit": "ounce"}),
    ("He is 6ft 2in tall.", "6ft 2in", "quantity", {"magnitude": 74.0, "unit": "inch"}),
    ("Three of the victims were children.", "Three", "count", {"value": 3}),
    ("Two of its ships were seized.", "Two", "count", {"value": 2}),
    ("Water boils at 100° Celsius.", "100° Celsius", "quantity",
     {"magnitude": 100.0, "unit": "degree_Celsius"}),
    ("The wall is 10 dm thick.", "10 dm", "quantity", {"magnitude": 10.0, "unit": "decimeter"}),
])
def test_measures_and_partitives(sentence: str, surface: str, kind: str,
                                 normalized: dict[str, Any]) -> None:
    c = _claim(sentence, surface)
    assert c.kind == kind and _normalized(c) == normalized


@pytest.mark.parametrize("sentence,surface", [
    ("Ten of the 15 members voted in favour.", "Ten"),
    ("He is 6 feet tall.", "6 feet"),
])
def test_partitive_and_compound_leave_others_alone(sentence: str, surface: str) -> None:
    c = _claim(sentence, surface)
    assert c.kind != "count" or c.about != "15 members"


# Fresh-eyes sweep on unseen news (Congress, sports, climate).
# A tally after a capitalised name is still a tally, not the tail of a name ("Boeing 747").
@pytest.mark.parametrize("sentence,surface,value", [
    ("The measure, H.R. 2882, passed the Senate 68-32 after lawmakers rejected three amendments.",
     "68-32", 68),
    ("Manchester City beat Arsenal 3-1 at the Etihad Stadium on Sunday.", "3-1", 3),
    ("LeBron James scored 40 points as the Lakers beat the Denver Nuggets 121-114.",
     "121-114", 121),
    ("An amendment from Senator Rand Paul failed 35-63.", "35-63", 35),
    ("Kansas City won the AFC West for the third straight season, finishing 11-6.", "11-6", 11),
])
def test_tally_after_a_name_or_new_cue(sentence: str, surface: str, value: int) -> None:
    c = _claim(sentence, surface)
    assert c.kind == "count" and _normalized(c) == {"value": value}
    assert not [x for x in extract(sentence, _PUBLISHED)
                if (x.start, x.end) != (c.start, c.end) and x.start < c.end and c.start < x.end]


def test_name_number_without_tally_cue_stays_a_name() -> None:
    assert [c.kind for c in extract("The airline flies the Boeing 737-800 to Lisbon.",
                                    _PUBLISHED)] == ["identifier"]


@pytest.mark.parametrize("sentence,surface,magnitude", [
    ("The world has already warmed by about 1.2C since pre-industrial times.", "about 1.2C", 1.2),
])
def test_glued_celsius_after_a_warming_verb(sentence: str, surface: str,
                                            magnitude: float) -> None:
    c = _claim(sentence, surface)  # warmed *by*: a difference of temperature, not a reading
    assert _normalized(c) == {"magnitude": magnitude, "unit": "delta_degree_Celsius"}
