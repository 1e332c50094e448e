"""How claims read to a reader who annotates news by hand: currencies written as a symbol
word ("Rs"), odds ("3-to-1"), "twice" as how often, "double the", ranks ("world No. 1"),
tallies and set scores one count per side in the output, percentage and basis points as
percents in the output, 24-hour local times, a day counted from the sentence before,
scheduled events told in the present tense, pairs written high to low, ranges of shares and
of money, a change's two levels, a live page's entry stamps, dates a few weeks ahead, dates
put off, and ages of a population. Sentences of our own, across domains."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract
from factcheck.models import Claim


def claims(text: str, published: dt.date | None = None) -> list[Claim]:
    return extract(text, published=published)


def claim(text: str, surface: str, published: dt.date | None = None) -> Claim:
    hits = [c for c in claims(text, published) if c.text == surface]
    assert len(hits) == 1, [(c.text, c.kind, c.normalized) for c in claims(text, published)]
    return hits[0]


# ------------------------------------------------------------------- numbers


@pytest.mark.parametrize("text, surface, amount", [
    ("The monthly instalment falls to Rs 43,391 from Rs 44,100.", "Rs 43,391", 43391.0),
    ("Tickets cost Rs. 500 each at the stadium gate.", "Rs. 500", 500.0),
    ("The lake fishery earns Sh 300 a day per boat.", "Sh 300 a day", 300.0),
])
def test_a_currency_symbol_written_as_a_word_is_money(text, surface, amount):
    c = claim(text, surface)
    assert c.kind == "money" and c.normalized["amount"] == amount


@pytest.mark.parametrize("text, surface, value", [
    ("Migrants outnumber residents in the district by roughly 3-to-1.", "roughly 3-to-1", 3.0),
    ("Shareholders backed the merger by a 2-to-1 margin.", "2-to-1", 2.0),
    ("Rainfall in March was nearly double the monthly average.", "nearly double", 2.0),
    ("The new plant will produce triple what the old one did.", "triple", 3.0),
    ("Applications ran at twice the usual rate.", "twice", 2.0),
])
def test_odds_and_multiples_are_ratios(text, surface, value):
    c = claim(text, surface)
    assert (c.kind, c.normalized["value"]) == ("ratio", value)


@pytest.mark.parametrize("text", [
    "The airstrip was shelled twice last week.",
    "The striker has scored twice since her return.",
])
def test_twice_after_a_verb_counts_how_often(text):
    c = claim(text, "twice")
    assert (c.kind, c.normalized["value"]) == ("count", 2)


def test_double_as_an_adjective_is_no_ratio():
    assert not [c for c in claims("Police are investigating a double murder in the port.")
                if c.kind == "ratio"]


@pytest.mark.parametrize("text, surface, unit", [
    ("Tests found 96 nanograms per day in the tablets.", "96 nanograms per day", "nanogram / day"),
    ("The probe measured a field of 38 nT near the Sun.", "38 nT", "nanotesla"),
    ("The flats average 900 sq ft each.", "900 sq ft", "foot ** 2"),
])
def test_units_of_science_and_housing(text, surface, unit):
    assert claim(text, surface).normalized["unit"] == unit


@pytest.mark.parametrize("text, surface, value", [
    ("She beat world No. 1 Ana Ruiz in the semi-final.", "No. 1", 1),
    ("Kovac, seeded No. 3, withdrew with a back injury.", "No. 3", 3),
])
def test_a_rank_by_number_is_an_ordinal(text, surface, value):
    c = claim(text, surface)
    assert (c.kind, c.normalized["value"]) == ("ordinal", value)


def test_set_scores_after_a_result_are_tallies_one_record_per_side():
    text = "Holm beat world No. 2 Petra Lind 4-6, 6-3, 7-6 (7-4), 6-2 in the final."
    tallies = [c for c in claims(text) if c.kind == "count"]
    assert [c.text for c in tallies] == ["4-6", "6-3", "7-6", "7-4", "6-2"]
    sides = [(r["text"], r["normalized"]["value"]) for c in tallies for r in c.records()]
    assert sides == [("4", 4), ("6", 6), ("6", 6), ("3", 3), ("7", 7), ("6", 6), ("7", 7),
                     ("4", 4), ("6", 6), ("2", 2)]
    first = tallies[0].records()[1]
    assert text[first["start"]:first["end"]] == "6" and first["start"] == tallies[0].start + 2


def test_a_vote_tally_keeps_one_claim_valued_at_its_first_side():
    c = claim("The Senate passed the bill 68-32 on Thursday.", "68-32")
    assert (c.normalized, c.value.against) == ({"value": 68}, 32)
    assert [r["normalized"]["value"] for r in c.records()] == [68, 32]
    words = claim("The committee voted five to four in favour.", "five to four")
    assert [r["text"] for r in words.records()] == ["five to four"]  # no digits to split at


def test_ages_and_counts_are_no_tallies():
    assert [r["text"] for c in claims("The club is open 24 hours to members aged 10-20.")
            for r in c.records()] == ["24 hours", "10-20"]


@pytest.mark.parametrize("text, surface, value", [
    ("The central bank cut its key rate by 25 basis points to 6%.", "25 basis points", 0.25),
    ("Turnout was 71.4%, up 3.2 percentage points on the last election.", "3.2 percentage points", 3.2),
])
def test_points_of_percentages_are_percents_in_the_record(text, surface, value):
    c = claim(text, surface)
    assert c.kind == "quantity"  # inside, a difference of percentages is kept apart from levels
    rec = c.record()
    assert (rec["kind"], rec["normalized"]) == ("percent", {"value": value, "unit": "percentage_point"})


# ------------------------------------------------------------------- times and dates

FRIDAY = dt.date(2026, 2, 27)


def test_a_24_hour_time_before_local_time_is_a_time_of_day():
    c = claim("The first cargo plane landed at 1405 local time.", "1405", FRIDAY)
    assert (c.kind, c.normalized["time"]) == ("date", "14:05")


def test_a_year_before_local_time_is_no_time():
    assert not [c for c in claims("In 2019 local time was moved an hour.", FRIDAY)
                if c.normalized.get("time")]


def test_a_time_is_not_joined_to_a_day_across_a_blank_line():
    text = "Live: leaders sign the deal, vote next Tuesday\n\n14:05 CET The leaders signed."
    texts = [c.text for c in claims(text, FRIDAY)]
    assert "next Tuesday" in texts and not any("\n" in t for t in texts)


def test_the_following_day_counts_from_the_day_of_the_sentence_before():
    text = ("The dam gave way on March 18, 2021, flooding two villages. Engineers reached "
            "the site the following day.")
    c = claim(text, "the following day", FRIDAY)
    assert c.normalized == {"start": "2021-03-19", "end": "2021-03-19"}
    assert "in the sentence before" in c.assumptions[0]


def test_the_following_day_needs_a_day_not_a_year_before_it():
    text = "The club was sold in 2020. The new owners arrived the following day."
    assert claim(text, "the following day", FRIDAY).normalized["start"] is None


@pytest.mark.parametrize("text, surface, day", [
    ("Headline\n\nThe new parliament convenes on Monday.", "Monday", "2026-03-02"),
    ("Headline\n\nThe court hears the appeal on Tuesday.", "Tuesday", "2026-03-03"),
    ("Headline\n\nThe mission's current mandate expires on Saturday.", "Saturday", "2026-02-28"),
    ("Headline\n\nThe group reports second-quarter results on 25 July.", "25 July", "2026-07-25"),
    ("Headline\n\nShe said talks could resume as early as Wednesday.", "Wednesday", "2026-03-04"),
])
def test_a_scheduled_event_in_the_present_tense_is_to_come(text, surface, day):
    assert claim(text, surface, FRIDAY).normalized["start"] == day


@pytest.mark.parametrize("text, surface, day", [
    ("Headline\n\nThe two votes on Monday were close.", "Monday", "2026-02-23"),
    ("Headline\n\nThe party's votes on Monday were counted.", "Monday", "2026-02-23"),
    ("Headline\n\nReports on Tuesday said the dam held.", "Tuesday", "2026-02-24"),
    ("Storm hits coast on Wednesday\n\nThe storm made landfall.", "Wednesday", "2026-02-25"),
    ("Headline\n\nThe union had demanded talks as early as Monday.", "Monday", "2026-02-23"),
])
def test_a_noun_or_a_headline_before_a_day_points_nowhere_new(text, surface, day):
    assert claim(text, surface, FRIDAY).normalized["start"] == day


# ------------------------------------------------- pairs, ranges and levels (records)


def records(text: str, published: dt.date | None = None) -> list[tuple[str, str, dict]]:
    return [(r["text"], r["kind"], r["normalized"]) for c in claims(text, published) for r in c.records()]


@pytest.mark.parametrize("text, sides", [
    ("Headline\n\nOkafor takes the tiebreak 7-4 and leads two sets to one.", [("7", 7), ("4", 4)]),
    ("Headline\n\nAgainst left-handers she is 31-22 this season.", [("31", 31), ("22", 22)]),
    ("Headline\n\nSecond half to the visitors, 3-1.", [("3", 3), ("1", 1)]),
])
def test_a_pair_written_high_to_low_is_a_tally(text, sides):
    got = [(t, n["value"]) for t, kind, n in records(text) if kind == "count" and t.isdigit()]
    assert got == sides


@pytest.mark.parametrize("text", [
    "The coach favours a 4-3-3 formation at home.",
    "The pharmacy is open 24-7 over the holidays.",
])
def test_chained_numbers_and_idioms_are_no_tallies(text):
    assert not [c for c in claims(text) if c.kind == "count" and "-" in c.text]


@pytest.mark.parametrize("text, surface, low, high", [
    ("Economists expect wages to rise 5-7% next year.", "5-7%", 5.0, 7.0),
    ("Yields on the bond moved 3%-4% in a week.", "3%-4%", 3.0, 4.0),
    ("Between 40 and 60 volunteers searched the dunes.", "Between 40 and 60", 40.0, 60.0),
])
def test_ranges_of_shares_and_numbers_are_quantity_ranges_in_the_record(text, surface, low, high):
    [(kind, n)] = [(k, n) for t, k, n in records(text) if t == surface]
    assert kind == "quantity" and (n["magnitude"], n["min"], n["max"]) == (None, low, high)


def test_a_range_of_money_is_one_record_per_end():
    got = [(t, n["amount"]) for t, kind, n in records("Repairs to the pier will cost between €4m and €6m.")
           if kind == "money"]
    assert got == [("€4m", 4e6), ("€6m", 6e6)]


@pytest.mark.parametrize("text, want", [
    ("Match attendance rose from 61,200 to 64,900 last season.",
     [("61,200", "count", 61200), ("64,900", "count", 64900)]),
    ("The carrier's fleet grew from 48 to 52 jets.", [("48", "count", 48), ("52", "count", 52)]),
])
def test_a_change_from_one_level_to_another_is_two_records(text, want):
    got = [(t, k, n.get("value")) for t, k, n in records(text) if k == "count"]
    assert got == want


# ------------------------------------------------------------- times and days

TUESDAY = dt.date(2025, 8, 12)


def test_a_live_pages_entry_stamps_are_times_on_its_day():
    text = ("Flood live: river peaks at Marlow\n\nAll times local.\n\n"
            "16:40 — The river gauge reads 4.2 metres.\n\n"
            "15:05\nSandbags are handed out at the depot.\n\n"
            "11:52 The mayor opens a rest centre.\n")
    stamps = [(c.text, c.normalized["start"], c.normalized["time"]) for c in claims(text, TUESDAY)
              if c.kind == "date"]
    assert stamps == [("16:40", "2025-08-12", "16:40"), ("15:05", "2025-08-12", "15:05"),
                      ("11:52", "2025-08-12", "11:52")]


def test_one_line_opening_on_a_time_is_no_live_page():
    assert not [c for c in claims("Headline\n\n10:30 The shop opened late.\n", TUESDAY) if c.kind == "date"]


@pytest.mark.parametrize("text, surface, start", [
    # a month and day without a year, weeks ahead: this year's, unless a past verb says otherwise
    ("Headline\n\nThe festival's opening concert is on 3 September.", "3 September", "2025-09-03"),
    ("Headline\n\nThe squad travels to the final qualifier in September.", "September", "2025-09-01"),
    ("Headline\n\nThe treaty was signed on 3 September.", "3 September", "2024-09-03"),
    ("Headline\n\nExports fell in September.", "September", "2024-09-01"),
    # a date put off or a state that lasts until a day: the coming day
    ("Headline\n\nThe inquest was adjourned until Monday.", "Monday", "2025-08-18"),
    ("Headline\n\nForecasters extended the heat warning through 9 p.m. Thursday.", "9 p.m. Thursday", "2025-08-14"),
    ("Headline\n\nThe ferry terminal is shut until Friday for repairs.", "Friday", "2025-08-15"),
    ("Headline\n\nThe ferry terminal was shut until Friday for repairs.", "Friday", "2025-08-08"),
    # "shut" and "hit" as past tenses; a headline's clause after a semicolon
    ("Headline\n\nCrews shut the bypass at noon Sunday and say it will reopen soon.", "noon Sunday", "2025-08-10"),
    ("Board lowers fees; changes to start Friday\n\nThe board met.", "Friday", "2025-08-15"),
    ("Headline\n\nThe market closes at 11pm on Friday, traders said.", "11pm on Friday", "2025-08-15"),
])
def test_the_direction_of_a_day_without_its_year(text, surface, start):
    assert claim(text, surface, TUESDAY).normalized["start"] == start


# ------------------------------------------------------- ages of a population


@pytest.mark.parametrize("text, surface, value", [
    ("The survey put the median age at 41.3, up 2.1 years since 2011.", "41.3", 41.3),
    ("The survey put the median age at 41.3, up 2.1 years since 2011.", "2.1 years", 2.1),
    ("The district's median age is 47.9, almost five years above the national figure.", "almost five years", 5.0),
    ("Nearly a quarter of islanders are 65 or older.", "65 or older", 65.0),
])
def test_ages_of_a_population_are_years_of_age(text, surface, value):
    c = claim(text, surface)
    assert (c.kind, c.normalized["magnitude"], c.normalized["unit"]) == ("quantity", value, "year")


def test_a_population_is_a_count_though_a_change_comes_between():
    c = claim("The town's population grew 4.2% over ten years to 18,730.", "18,730")
    assert (c.kind, c.normalized["value"]) == ("count", 18730)


@pytest.mark.parametrize("text", [
    "The senator is seeking a second term in November.",
    "Donors are pressing for a second, longer ceasefire.",
])
def test_a_second_before_what_it_ranks_is_an_ordinal(text):
    c = claim(text, "second")
    assert (c.kind, c.normalized["value"]) == ("ordinal", 2)
