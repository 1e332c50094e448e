"""Numbers in real reporting (issue 10): lists sharing a period, identifiers and names,
named scales, vague amounts, the contract's kinds, ages, ambiguous tons, rates from
context. Sentences of our own, across domains."""
from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract
from factcheck.models import Claim


def claim(text: str, surface: str) -> Claim:
    hits = [c for c in extract(text) if c.text == surface]
    assert len(hits) == 1, [(c.text, c.kind, c.normalized) for c in extract(text)]
    return hits[0]


def shown(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in extract(text)]


# --------------------------------------------------------------- 1. coordinated lists


@pytest.mark.parametrize("text, surface, normalized", [
    ("The port handles 3m tonnes of coal and 1.2m tonnes of iron ore a year.", "3m tonnes",
     {"magnitude": 3e6, "unit": "tonne / year"}),
    ("The port handles 3m tonnes of coal and 1.2m tonnes of iron ore a year.", "1.2m tonnes",
     {"magnitude": 1.2e6, "unit": "tonne / year"}),
    ("The two clubs pay $40m and $15m annually, respectively.", "$40m",
     {"amount": 4e7, "currency": "USD", "per": "year"}),
    ("The wells pump 200, 350 and 500 barrels a day.", "200",
     {"magnitude": 200.0, "unit": "oil_barrel / day"}),
])
def test_a_period_stated_once_applies_to_every_amount(text, surface, normalized):
    assert claim(text, surface).normalized == normalized


def test_respectively_lists_give_one_claim_per_value():
    text = "The three parties won 41%, 33% and 12% of the vote, respectively."
    assert [(c.text, c.normalized["value"]) for c in extract(text) if c.kind == "percent"] == [
        ("41%", 41.0), ("33%", 33.0), ("12%", 12.0)]
    text = "The teams finished 2nd, 5th and 9th, respectively."
    assert [c.normalized["value"] for c in extract(text) if c.kind == "ordinal"] == [2, 5, 9]


@pytest.mark.parametrize("text, surface", [
    ("Revenue was $5bn and profit of $1bn a year was forecast.", "$5bn"),  # another noun
    ("It sold 5 tonnes last week and 3 tonnes a day since.", "5 tonnes"),  # not a list
    ("The mills produce 40 tonnes of flour a day.", "40 tonnes"),  # one amount: as stated
])
def test_a_period_is_not_shared_across_different_things(text, surface):
    c = claim(text, surface)
    assert "/" not in str(c.normalized.get("unit", "")) and c.normalized.get("per") is None


# --------------------------------------------------------------- 9. rates from context


@pytest.mark.parametrize("text, surface, unit", [
    ("The treaty cuts emissions to 2,000 tonnes a year from about 5,000 tonnes now.",
     "about 5,000 tonnes", "tonne / year"),
    ("Output rose to 900 barrels a day, compared with 650 barrels before the strike.",
     "650 barrels", "oil_barrel / day"),
    ("The dam releases 40 cubic metres a second, up from 25 cubic metres in spring.",
     "25 cubic metres", "meter ** 3 / second"),
])
def test_a_figure_contrasted_with_a_rate_is_a_rate(text, surface, unit):
    assert claim(text, surface).normalized["unit"] == unit


def test_a_rate_does_not_cross_a_clause():
    c = claim("Exports reached 300 tonnes a month. From 120 tonnes, imports grew.", "120 tonnes")
    assert c.normalized["unit"] == "tonne"


# --------------------------------------------------------------- 4 and 7. identifiers


@pytest.mark.parametrize("text, surface", [
    ("The Social Democrats won 88 seats and the Centre Party 41.", "41"),
    ("Norway took 16 gold medals, Germany 12 and Canada 9 in Milan.", "12"),
    ("The home side scored 4 tries and the visitors 2 in the first half.", "2"),
])
def test_a_gapped_figure_after_a_name_is_a_count(text, surface):
    assert claim(text, surface).kind == "count"


@pytest.mark.parametrize("text, surface", [
    ("It was his 12th goal, 12 of Ajax's 40 this season.", "40"),
    ("Norway's 356 municipalities must report by June.", "356"),
    ("The Greens' 22 and the Farmers' 9 gave the bloc a majority.", "9"),
    ("The Rangers’ 31 shots on goal set a club record.", "31"),
])
def test_a_figure_after_a_possessive_name_is_no_identifier(text, surface):
    assert claim(text, surface).kind == "count"


@pytest.mark.parametrize("text, surface", [
    ("Flight 370 vanished and Flight 17 was shot down.", "Flight 17"),
    ("The crew of 3 boarded Soyuz 11 at dawn.", "Soyuz 11"),
])
def test_a_named_number_that_starts_a_clause_stays_a_name(text, surface):
    assert claim(text, surface).kind == "identifier"


@pytest.mark.parametrize("text, surface, currency", [
    ("Ticket sales brought in $18.2 million in 2023 and 21.5 million in 2024.", "21.5 million", "USD"),
    ("The insurer paid out 1.4 billion euros, against 0.9 billion a year earlier.", "0.9 billion", "EUR"),
    ("Hospitals got £3.1bn and universities 2.2bn.", "2.2bn", "GBP"),
    ("The drought cost farmers A$2.5 billion, up 1.1 billion on the previous season.", "1.1 billion", "AUD"),
])
def test_a_currency_written_once_holds_for_the_scaled_figures_after_it(text, surface, currency):
    c = claim(text, surface)
    assert (c.kind, c.normalized["currency"]) == ("money", currency)


@pytest.mark.parametrize("text, surface", [
    ("The $4 billion campaign bought 1.2 billion doses.", "1.2 billion"),
    ("The network, valued at $9 billion, reached 1.2 billion new viewers.", "1.2 billion"),
    ("The fund spent $4 billion; 2.5 million families were helped.", "2.5 million"),
    ("The $7 billion budget covers 3.5 million of them.", "3.5 million"),
])
def test_a_currency_does_not_pass_to_figures_that_count_things(text, surface):
    assert claim(text, surface).kind == "count"


@pytest.mark.parametrize("text, surface, per", [
    ("The blockade costs exporters about $45 million in lost sales a day.", "about $45 million", "day"),
    ("Fishermen lose €2 million in catches each week.", "€2 million", "week"),
    ("The upgrade will cost $3 million in the first year.", "$3 million", None),
    ("The bank paid £5 million in fines last year.", "£5 million", None),
])
def test_a_period_after_what_an_amount_is_in_makes_it_a_rate(text, surface, per):
    assert claim(text, surface).normalized["per"] == per


@pytest.mark.parametrize("text, surface, scheme, ident", [
    ("The council agreed S/PRST/2019/4 after a long debate.", "S/PRST/2019/4", "UN_PRST",
     "S/PRST/2019/4"),
    ("The panel's report, S/2018/171, was leaked.", "S/2018/171", "UN_doc", "S/2018/171"),
    ("Draft A/72/L.5 was tabled in the Assembly.", "A/72/L.5", "UN_doc", "A/72/L.5"),
    ("The Assembly adopted A/RES/72/250 by consensus.", "A/RES/72/250", "UNGA", "72/250"),
    ("The UN Security Council's 1267 Committee listed two men.", "1267 Committee",
     "UNSC_committee", "1267"),
    ("Diplomats at the UN praised the 1540 regime.", "1540 regime", "UNSC_committee", "1540"),
    ("Flight 93 never reached its target.", "Flight 93", "flight", "93"),
    ("Investigators said flight ET 302 crashed after take-off.", "flight ET 302", "flight",
     "ET 302"),
    ("The tanker, IMO 9169548, was seized off the coast.", "IMO 9169548", "IMO", "9169548"),
    ("The appeal, Case No. 19-1392, reached the court.", "Case No. 19-1392", "case", "19-1392"),
    ("Passengers were moved to Gate 14 of Terminal 3.", "Terminal 3", "numbered_place",
     "Terminal 3"),
    ("Spelunkers camped in Chamber 2 of the cave overnight.", "Chamber 2", "cave_chamber", "2"),
])
def test_document_symbols_and_numbered_bodies_are_identifiers(text, surface, scheme, ident):
    c = claim(text, surface)
    assert c.kind == "identifier" and c.normalized == {"scheme": scheme, "id": ident}
    assert [x for x in extract(text) if x.start < c.end and c.start < x.end] == [c]


@pytest.mark.parametrize("text, surface", [
    ("The airline took delivery of a 787 Dreamliner on Friday.", "787 Dreamliner"),
    ("It ordered the 787-9 Dreamliner in 2019.", "787-9 Dreamliner"),
    ("The Airbus A320neo burns less fuel.", "Airbus A320neo"),
    ("An F-35 flew over the stadium.", "F-35"),
    ("A Falcon 9 rocket lifted off at dawn.", "Falcon 9"),
    ("Sales of the iPhone 15 slowed in China.", "iPhone 15"),
    ("Support for Windows 10 ends next year.", "Windows 10"),
    ("Regulators grounded the Boeing 737 MAX 8 worldwide.", "Boeing 737 MAX 8"),
])
def test_model_designations_are_whole_identifiers(text, surface):
    c = claim(text, surface)
    assert c.kind == "identifier" and c.normalized["scheme"] == "designation"
    assert all(x.kind not in ("count", "quantity", "date") for x in extract(text)
               if x.start < c.end and c.start < x.end)


@pytest.mark.parametrize("text", [
    "Finance ministers of the Group of 20 met in Osaka.",
    "The Six-Party Talks on the peninsula stalled.",
    "Formula 1 returns to the circuit next season.",
    "Shares of the Big Four accounting firms fell.",
    "Points to cover:\n1. Budget\n2. Staffing\n(3) Timeline",
    "Contents\n  10. Appendix and notes",
    "OP 12 and paragraphs 9-15 of the draft were amended.",
    "The goalkeeper swapped his No 1 jersey for a No 12 after the injury.",
    "The world No 4 was knocked out in the second round.",
])
def test_names_markers_and_paragraph_references_are_not_claims(text):
    assert [c for c in extract(text) if c.kind in ("count", "quantity", "date", "ordinal")
            and any(ch.isdigit() for ch in c.text)] == []


def test_a_lower_case_no_before_a_figure_is_the_negation():
    assert [c.text for c in extract("There were no 4 star hotels left.")] == ["4"]


# --------------------------------------------------------------- 5. named scales


@pytest.mark.parametrize("text, surface, value, scale", [
    ("A magnitude-7.1 quake shook the capital.", "magnitude-7.1", 7.1, "magnitude"),
    ("A 6.4-magnitude earthquake struck offshore.", "6.4-magnitude", 6.4, "magnitude"),
    ("The Category 4 hurricane made landfall.", "Category 4", 4.0, "Category"),
    ("Officials declared a level 3 alert.", "level 3", 3.0, "level"),
    ("The tremor measured 5.8 on the Richter scale.", "5.8 on the Richter scale", 5.8,
     "Richter scale"),
])
def test_numbers_on_named_scales_are_quantities_naming_the_scale(text, surface, value, scale):
    c = claim(text, surface)
    assert c.normalized == {"magnitude": value, "unit": "dimensionless"} and c.about == scale


# --------------------------------------------------------------- 6. vague amounts


@pytest.mark.parametrize("text, surface, kind, normalized", [
    ("Dozens of people were injured in the crush.", "Dozens", "count", {"value": 24}),
    ("Hundreds gathered outside parliament.", "Hundreds", "count", {"value": 200}),
    ("Tens of thousands marched through the city.", "Tens of thousands", "count",
     {"value": 20000}),
    ("The fraud cost investors hundreds of millions of dollars.",
     "hundreds of millions of dollars", "money", {"amount": 2e8, "currency": "USD", "per": None}),
    ("The bloc pledged several billion euros for the grid.", "several billion euros", "money",
     {"amount": 2e9, "currency": "EUR", "per": None}),
    ("Thousands of tonnes of grain rotted.", "Thousands of tonnes", "quantity",
     {"magnitude": 2000.0, "unit": "tonne"}),
])
def test_vague_amounts_are_lower_bounds(text, surface, kind, normalized):
    c = claim(text, surface)
    assert (c.kind, c.normalized, c.qualifier.value) == (kind, normalized, "at_least")
    assert c.interval is not None and c.interval.high is None


# --------------------------------------------------------------- 10. one kind per number


@pytest.mark.parametrize("text, surface, kind, normalized", [
    ("The crossing took 29 minutes.", "29 minutes", "duration", {"days": 29 / 1440}),
    ("They boarded a 40-minute flight.", "40-minute", "duration", {"days": 40 / 1440}),
    ("Polls closed after 14 hours of voting.", "14 hours", "duration", {"days": 14 / 24}),
    # short time words, glued or spaced, as sports and travel pages write them
    ("She crossed the line 12sec clear of the field.", "12sec", "duration", {"days": 12 / 86400}),
    ("The shuttle bus takes 25 mins from the terminal.", "25 mins", "duration", {"days": 25 / 1440}),
    ("The ferry crossing now takes 3 hrs.", "3 hrs", "duration", {"days": 3 / 24}),
    ("The talks lasted 3 hours 20 mins in all.", "3 hours 20 mins", "duration", {"days": 200 / 1440}),
    ("She won the race in 2hr 21min 07sec.", "2hr 21min 07sec", "duration", {"days": 8467 / 86400}),
    ("About half of the members voted.", "About half", "ratio", {"value": 0.5}),
    ("A third of the budget goes to defence.", "A third", "ratio", {"value": 1 / 3}),
    ("One-quarter of homes lost power.", "One-quarter", "ratio", {"value": 0.25}),
    ("The new reactor is eight times more powerful.", "eight times", "ratio", {"value": 8.0}),
])
def test_durations_and_ratios_have_their_contract_kind(text, surface, kind, normalized):
    c = claim(text, surface)
    assert c.kind == kind
    assert c.normalized == {k: pytest.approx(v) for k, v in normalized.items()}


@pytest.mark.parametrize("text, surface, normalized", [
    ("A 25-year-old nurse was among the victims.", "25-year-old",
     {"magnitude": 25.0, "unit": "year"}),
    ("The suspect, 38 years-old, was arrested.", "38 years-old", {"magnitude": 38.0, "unit": "year"}),
    ("Jane Doe, 39, a teacher, spoke first.", "39", {"magnitude": 39.0, "unit": "year"}),
    ("The striker, Ali Demir (27), scored twice.", "27", {"magnitude": 27.0, "unit": "year"}),
    # one person named by a noun, the age between commas
    ("The driver, 41, was charged with dangerous driving.", "41", {"magnitude": 41.0, "unit": "year"}),
    ("His widow, 83, laid a wreath at the memorial.", "83", {"magnitude": 83.0, "unit": "year"}),
    ("Police said the gunman, a former soldier, and a hiker, 29, were found.", "29",
     {"magnitude": 29.0, "unit": "year"}),
    ("The pupils, aged 11 to 16, were evacuated.", "11 to 16",
     {"magnitude": 11.0, "unit": "year", "min": 11.0, "max": 16.0}),
    ("Recruits whose ages range between 18 and 24 trained here.", "between 18 and 24",
     {"magnitude": 18.0, "unit": "year", "min": 18.0, "max": 24.0}),
    # the level of a named age is an age, not a span of time
    ("The median age of teachers rose to 46.2 years.", "46.2 years", {"magnitude": 46.2, "unit": "year"}),
    ("Life expectancy at birth fell to 79 years.", "79 years", {"magnitude": 79.0, "unit": "year"}),
    # ranges of any quantity give both ends
    ("Engineers fitted pumps rated at 10-20 hours of running.", "10-20 hours",
     {"magnitude": 10.0, "unit": "hour", "min": 10.0, "max": 20.0}),
    ("The trail climbs 300-400 metres.", "300-400 metres",
     {"magnitude": 300.0, "unit": "meter", "min": 300.0, "max": 400.0}),
])
def test_ages_are_quantities_in_years_and_ranges_give_both_ends(text, surface, normalized):
    assert claim(text, surface).normalized == normalized


@pytest.mark.parametrize("text", [
    "Articles 3, 12, 14 apply.",  # a list of numbers
    "In June, 30, maybe 40, people came.",  # a month
    "The firm, 150, employs staff in Leeds.",  # no person noun
    "The victims, 12, were named on Friday.",  # a group: a count, not an age
])
def test_not_every_number_after_a_comma_is_an_age(text):
    assert all(c.normalized.get("unit") != "year" for c in extract(text))


@pytest.mark.parametrize("text, surface, value, about", [
    ("Once the four were out, the pumps restarted.", "four", 4, None),
    ("Among the 13, said a parent, were two girls.", "13", 13, None),
    ("One volunteer diver died during the operation.", "One", 1, "volunteer diver"),
    ("All survived but one firefighter was hurt.", "one", 1, "firefighter"),
])
def test_counts_without_their_noun_and_counts_of_one(text, surface, value, about):
    c = claim(text, surface)
    assert (c.kind, c.normalized["value"], c.about) == ("count", value, about)


def test_a_closing_quote_is_no_inch_mark():
    assert claim('The caller said "12" and hung up.', "12").normalized.get("unit") != "inch"
    assert claim('a 13" laptop', '13"').normalized == {"magnitude": 13.0, "unit": "inch"}


def test_a_headline_word_is_no_name_for_the_next_line():
    assert ("12", "count") in shown("Storm hits coast\n\n12 fishermen missing after boats capsize")


# --------------------------------------------------------------- 11. ambiguous tons


def test_bare_tons_cover_short_metric_and_long_tons():
    c = claim("The ship carried 3 tons of rice.", "3 tons")
    assert c.normalized == {"magnitude": 3.0, "unit": "ton"}
    assert c.interval is not None and c.interval.unit == "kilogram"
    assert c.interval.low == pytest.approx(3 * 907.18474)
    assert c.interval.high == pytest.approx(3 * 1016.0469088)
    assert any("short" in a and "long" in a for a in c.assumptions)


@pytest.mark.parametrize("text, surface", [
    ("It shipped 3 tonnes of wheat and 2 tons of maize.", "2 tons"),
    ("The barge carried 500 tons 40 km upriver.", "500 tons"),
])
def test_a_metric_paragraph_makes_tons_metric(text, surface):
    c = claim(text, surface)
    assert c.normalized["unit"] == "tonne" and c.assumptions
    assert c.interval is not None and c.interval.low == c.interval.high


def test_explicit_tons_are_not_ambiguous():
    assert claim("It shipped 3 metric tons.", "3 metric tons").assumptions == ()
    assert claim("It shipped 3 short tons.", "3 short tons").normalized["unit"] == "short_ton"


# --------------------------------------------------------------- properties

words = st.sampled_from(["dozens", "hundreds", "thousands", "tens", "millions", "of", "several",
                         "many", "billion", "magnitude", "Category", "-", "level", "tons",
                         "tonnes", "a year", "and", ",", "respectively", "aged", "Flight",
                         "S/PRST/2019/", "787", "Dreamliner", "Jane", "Doe", "(", ")", "\n1.",
                         "7.1", "4", "12", "38", "$40m", "annually", "from", "to", "\""])


@settings(max_examples=300, deadline=None)
@given(st.lists(words, max_size=14), st.sampled_from([" ", "", "  "]))
def test_phrase_soup_never_crashes_and_spans_are_exact(parts, sep):
    text = sep.join(parts)
    seen: list[Any] = []
    for c in extract(text):
        assert text[c.start:c.end] == c.text and c.text.strip() == c.text
        assert all(c.start >= e or c.end <= s for s, e in seen)
        seen.append((c.start, c.end))


@pytest.mark.parametrize("text, surface, kind, normalized", [
    ("The parties won 3, 4 and 5 seats.", "3", "count", {"value": 3}),
    ("Rates were cut by 2, 3 and 4% in turn.", "2", "percent", {"value": 2.0}),
    ("The wells pump 200, 350 and 500 barrels a day.", "350", "quantity",
     {"magnitude": 350.0, "unit": "oil_barrel / day"}),
])
def test_a_unit_stated_once_applies_to_the_bare_numbers_of_its_list(text, surface, kind,
                                                                     normalized):
    c = claim(text, surface)
    assert (c.kind, c.normalized) == (kind, normalized)


@pytest.mark.parametrize("text, surface, normalized", [
    # an age told of a group: "18-year-olds"
    ("University places for 18-year-olds fell again.", "18-year-olds", {"magnitude": 18.0, "unit": "year"}),
    # pressure units of medicine and weather
    ("Blood pressure fell by 6.2 mmHg on the new drug.", "6.2 mmHg", {"magnitude": 6.2, "unit": "millimeter_Hg"}),
    ("The storm deepened to 948 hPa overnight.", "948 hPa", {"magnitude": 948.0, "unit": "hectopascal"}),
    # pence written after the amount, in a text that writes the pound sign
    ("Earnings were 31.5p a share; the group is worth £4bn.", "31.5p",
     {"amount": 0.315, "currency": "GBP", "per": None}),
    # a multiple told by a verb
    ("Exports to the region more than tripled last year.", "more than tripled", {"value": 3.0}),
])
def test_more_forms_of_numbers(text, surface, normalized):
    got = claim(text, surface).normalized
    assert got.keys() == normalized.keys()
    assert all(got[k] == pytest.approx(v) if isinstance(v, float) else got[k] == v for k, v in normalized.items())


def test_a_p_after_a_number_is_no_pence_without_the_pound_sign():
    assert all(c.kind != "money" for c in extract("The stream played at 720p all night."))


@pytest.mark.parametrize("text, surface, normalized", [
    # an age limit of a group, the value of an average age
    ("Free bus passes go to residents over 65 from April.", "over 65", {"magnitude": 65.0, "unit": "year"}),
    ("Half of smokers under 25 tried to quit.", "under 25", {"magnitude": 25.0, "unit": "year"}),
    ("The median age of the crew, 29, surprised observers.", "29", {"magnitude": 29.0, "unit": "year"}),
    # a difference of temperature is no reading
    ("The sea was 4°C warmer than usual for June.", "4°C", {"magnitude": 4.0, "unit": "delta_degree_Celsius"}),
    ("The first frost came on 3 May, when it fell to 2C.", "2C", {"magnitude": 2.0, "unit": "degree_Celsius"}),
])
def test_ages_of_groups_and_differences_of_temperature(text, surface, normalized):
    assert claim(text, surface).normalized == normalized


@pytest.mark.parametrize("text, surface", [
    ("Officials said the death toll had risen from 14 on Monday to 23 by the evening.", "23"),
    ("Officials put the tally at 230 by Sunday.", "230"),
])
def test_a_bare_number_of_a_running_tally_is_a_count(text, surface):
    assert claim(text, surface).kind == "count"


def test_an_age_limit_needs_a_group_of_people():
    assert all(c.normalized.get("unit") != "year" for c in extract("Orders under 30 units ship free."))


@pytest.mark.parametrize("text, surface, kind, normalized", [
    # a suffix that does not agree with its number is no ordinal: British weights in stone
    ("The challenger weighed in at 16st 4lb.", "16st 4lb", "quantity", {"magnitude": 228.0, "unit": "pound"}),
    ("The champion weighed 15 st before the fight.", "15 st", "quantity", {"magnitude": 15.0, "unit": "stone"}),
    ("She finished 21st, two places behind the 19th.", "21st", "ordinal", {"value": 21}),
    ("The 11th and 12th seeds both lost.", "11th", "ordinal", {"value": 11}),
])
def test_an_ordinal_suffix_agrees_with_its_number(text, surface, kind, normalized):
    c = claim(text, surface)
    assert c.kind == kind and c.normalized == normalized


def test_a_count_takes_no_noun_from_the_next_line():
    # a table of labels and values: each value's noun is its own line's, never the next label
    text = "Results\n\nNull ballots: 187,600\nValid votes: 9,412,300\n"
    assert claim(text, "187,600").about in (None, "Null ballots")
    # a line wrapped mid-sentence goes on in lower case
    assert claim("The blast killed 12\npeople in the market.", "12").about == "people"


@pytest.mark.parametrize("text, surface, kind, normalized", [
    # a vulgar fraction after a space ends its whole number, as one without does
    ("Officials said fish died along approximately 7 ½ miles of the creek.", "approximately 7 ½ miles",
     "quantity", {"magnitude": 7.5, "unit": "mile"}),
    ("The marathon course crosses 2 ¼ km of parkland.", "2 ¼ km", "quantity",
     {"magnitude": 2.25, "unit": "kilometer"}),
    # a mixed number of a span of time, alone or counted from an event
    ("The recount took 1 1/2 months.", "1 1/2 months", "duration", {"days": 1.5 * 30.4375}),
    ("The strike ended 2 ¼ years into the dispute.", "2 ¼ years", "duration", {"days": 2.25 * 365.25}),
    # "and a half" after the unit, in a span told with "over"
    ("The risk of relapse fell by a third over a year and a half.", "over a year and a half", "duration",
     {"days": 1.5 * 365.25}),
    ("They spent two years and a half in exile.", "two years and a half", "duration", {"days": 2.5 * 365.25}),
    # a whole number hyphened to "-time" or "-strong" counts times or members
    ("The seven-time champion retired on Friday.", "seven", "count", {"value": 7}),
    ("The club sent a 40-strong squad to the tournament.", "40", "count", {"value": 40}),
])
def test_mixed_numbers_and_hyphened_counts(text, surface, kind, normalized):
    c = claim(text, surface)
    assert (c.kind, c.normalized) == (kind, normalized)


def test_a_mixed_number_of_months_counts_from_the_event_before_it():
    c = claim("The dam opened on 1 March 2024 and failed 1 1/2 months later.", "1 1/2 months later")
    # (about 45 days after 1 March; "two months later" would be from 16 April on)
    assert c.kind == "date" and c.normalized["start"] <= "2024-04-15" <= c.normalized["end"] < "2024-05-16"


def test_a_one_time_payment_counts_nothing():
    assert [k for _, k in shown("Staff get a one-time payment of $500.")] == ["money"]


def test_a_bare_dollar_in_an_article_about_canadians_is_the_canadian_dollar():
    text = ("Budget helps Canadians\n\nThe Liberal government released a $497-billion budget on Tuesday. "
            "It gives 11 million Canadians an extra few hundred dollars and draws clean-tech money to Canada.")
    assert claim(text, "$497-billion").normalized["currency"] == "CAD"


@pytest.mark.parametrize("text, surface, low, high", [
    ("The chain expects double-digit sales growth next year.", "double-digit", 10.0, 100.0),
    ("The regulator forecast single-digit inflation by the summer.", "single-digit", 1.0, 10.0),
    ("Shares posted triple-digit percentage gains in 2021.", "triple-digit", 100.0, 1000.0),
])
def test_a_percentage_bounded_by_its_digits(text, surface, low, high):
    c = claim(text, surface)
    assert (c.kind, c.normalized, c.qualifier.value) == ("percent", {"value": low}, "at_least")
    assert (c.interval.low, c.interval.high, c.interval.high_closed) == (low, high, False)


def test_a_digit_bound_of_no_rate_is_no_percentage():
    assert shown("The champions built a double-digit lead before the break.") == []


@pytest.mark.parametrize("text", [
    "The visitors hit the bar twice in the first half.",
    "The coach made a change at half-time.",
])
def test_a_half_of_a_match_is_no_ratio(text):
    assert [k for _, k in shown(text) if k == "ratio"] == []


@pytest.mark.parametrize("text, surface, value", [
    ("The airline forecast a near doubling of profit next year.", "doubling", 2.0),
    ("Analysts expect a tripling of exports by 2030.", "tripling", 3.0),
])
def test_a_doubling_is_a_multiple(text, surface, value):
    c = claim(text, surface)
    assert (c.kind, c.normalized) == ("ratio", {"value": value})


def test_doubling_down_is_no_multiple():
    assert shown("The board is doubling down on its plan.") == []


def test_ages_in_a_list_of_names_set_off_by_semicolons():
    text = "The dead were named as Ana Ruiz, 55; Tomas Vell, 40; and Karl Oster, 36."
    assert [(c.text, c.kind, c.normalized) for c in extract(text)] == [
        ("55", "quantity", {"magnitude": 55.0, "unit": "year"}),
        ("40", "quantity", {"magnitude": 40.0, "unit": "year"}),
        ("36", "quantity", {"magnitude": 36.0, "unit": "year"}),
    ]


@pytest.mark.parametrize("text, surface, kind, normalized", [
    # Indian digit grouping (lakh, crore)
    ("The handset is priced at Rs. 1,49,999 for the top model.", "Rs. 1,49,999", "money",
     {"amount": 149999.0, "currency": "INR", "per": None}),
    ("Advances rose to ₹24,69,700.5 crore at the end of March.", "₹24,69,700.5 crore", "money",
     {"amount": 24697005000000.0, "currency": "INR", "per": None}),
    ("The district has 3,12,450 registered voters.", "3,12,450", "count", {"value": 312450}),
    # a sentence-opening adverb is no name before a number
    ("Altogether 18,000 volunteers helped at the games.", "18,000", "count", {"value": 18000}),
    ("Initially 40 homes were reported lost.", "40", "count", {"value": 40}),
    # "number" as a verb
    ("Confirmed infections now number 41,310 across the region.", "41,310", "count", {"value": 41310}),
    ("The dead number 212, officials said.", "212", "count", {"value": 212}),
    # units of devices: frequencies, megapixels glued to the digits, battery capacity
    ("The tablet has a 120Hz display and a 3.2 GHz processor.", "120Hz", "quantity",
     {"magnitude": 120.0, "unit": "hertz"}),
    ("The tablet has a 120Hz display and a 3.2 GHz processor.", "3.2 GHz", "quantity",
     {"magnitude": 3.2, "unit": "gigahertz"}),
    ("Its rear camera gains a 48MP sensor and a 4,500mAh battery.", "48MP", "quantity",
     {"magnitude": 48.0, "unit": "megapixel"}),
    ("Its rear camera gains a 48MP sensor and a 4,500mAh battery.", "4,500mAh", "quantity",
     {"magnitude": 4500.0, "unit": "milliampere_hour"}),
    # a span before "later" is a gap, not a rate
    ("The striker equalised and a minute later the keeper saved a penalty.", "a minute", "duration",
     {"days": 0.000694444}),
    ("Power returned to the hospital an hour later.", "an hour", "duration", {"days": 0.041666667}),
])
def test_digit_groups_units_and_verbs_of_number(text, surface, kind, normalized):
    c = claim(text, surface)
    assert (c.kind, c.normalized) == (kind, normalized)


@pytest.mark.parametrize("text", [
    "The party won 12 MP seats in the north.",  # spaced "MP": a member of parliament
    "Cleaners there are paid $14 an hour.",  # a rate, no gap
    "It costs $5 a month.",
    "He wore number 10 for the club.",
])
def test_words_that_are_no_such_units(text):
    assert [c for c in extract(text) if c.kind in ("quantity", "duration")
            and c.normalized.get("unit") != "dimensionless"] == []


@pytest.mark.parametrize("text, figures", [
    # elections: a list of results after a colon, changes in brackets
    ("Seats declared: Unity 210 (+45), Civic Front 98 (-30), Greens 12 and others 7.",
     ["210", "98", "12", "7"]),
    # sport: a table in a sentence
    ("Final standings: Rovers 81, Athletic 77, Harbour City 70 and Wanderers 41.",
     ["81", "77", "70", "41"]),
    # a name and its figure followed by its change
    ("The vote left Labour 412 (+211) and the Greens 4 (+3) in the new chamber.", ["412", "4"]),
])
def test_figures_of_a_result_list_after_names_are_counts(text, figures):
    counts = [c.text for c in extract(text) if c.kind == "count"]
    assert [f for f in figures if f in counts] == figures


def test_names_with_numbers_outside_result_lists_stay_names():
    assert [c.kind for c in extract("The Boeing 747 and the Airbus 380 landed.")] == ["identifier", "identifier"]


@pytest.mark.parametrize("text, surface, kind, value", [
    # scale words typed against the digits
    ("A judge approved a $2.35billion settlement for the victims.", "$2.35billion", "money", 2.35e9),
    ("The region has 4.2million residents.", "4.2million", "count", 4200000),
])
def test_a_scale_word_glued_to_the_digits(text, surface, kind, value):
    c = claim(text, surface)
    assert c.kind == kind and (c.normalized.get("amount") or c.normalized.get("value")) == value
