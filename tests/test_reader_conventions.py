"""How claims read to a reader who annotates news by hand: currencies written as a symbol
word ("Rs"), odds ("3-to-1"), "twice" as how often, "double the", ranks ("world No. 1"),
tallies and set scores one count per side in the output, percentage and basis points as
percents in the output, 24-hour local times, a day counted from the sentence before,
scheduled events told in the present tense, pairs written high to low, ranges of shares and
of money, a change's two levels, the duration in a counted date, a live page's entry stamps, dates a few weeks ahead, dates
put off, ages of a population, temperatures read by the text around them, fiscal years of
the country an article is about, "$" and "R" at home, and the day a time or a headline's
weekday falls on. Sentences of our own, across domains."""
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
    # an aside closed by a comma between the subject and its verb
    ("Headline\n\nThe committee, which includes two former judges, meets privately on Tuesday.",
     "Tuesday", "2026-03-03"),
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


@pytest.mark.parametrize("text, date_text, duration_text, days, qualifier", [
    ("Headline\n\nThe refinery was sold two years ago to a Dutch group.", "two years ago", "two years", 730.5, "exact"),
    ("Headline\n\nThe striker last scored more than two weeks ago.", "more than two weeks ago",
     "more than two weeks", 14.0, "more_than"),
    ("Headline\n\nThe quake struck on 3 March. Three days later the first aid convoy arrived.",
     "Three days later", "Three days", 3.0, "exact"),
    # a period ending with a month states its length
    ("Headline\n\nContainer volumes fell 4% in the 12 months to July.", "the 12 months to July", "12 months",
     365.25, "exact"),
    # no anchor to count from: the date stays unresolved, the duration it states does not
    ("Headline\n\nA decade earlier, the lab had sequenced its first genome.", "A decade earlier",
     "A decade", 3652.5, "exact"),
])
def test_a_counted_date_also_states_its_duration(text, date_text, duration_text, days, qualifier):
    got = [(t, k, n) for t, k, n in records(text, TUESDAY) if k in ("date", "duration")]
    dates = [t for t, k, _ in got if k == "date"]
    [(kind, n)] = [(k, n) for t, k, n in got if t == duration_text]
    assert date_text in dates and kind == "duration" and n["days"] == days
    [c] = [c for c in claims(text, TUESDAY) if c.text == date_text]
    assert c.kind == "date" and c.value.counted.qualifier.value == qualifier  # one claim for the rules


def test_each_duration_is_one_record():
    # hours ago are read as a duration already (no date); a plain duration has no date
    got = records("Headline\n\nPolls closed two hours ago. The count took four days.", TUESDAY)
    assert [t for t, k, _ in got if k in ("date", "duration")] == ["two hours", "four days"]


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


# ------------------------------------------------- temperatures, fiscal years, money at home


@pytest.mark.parametrize("text, surface, unit", [
    # a glued "C" with no cue beside it, in a text that names temperatures elsewhere
    ("Heat record\n\nThe heatwave peaked on Tuesday across the south and the islands, officials said.\n\n"
     "The station on the airfield registered 46.2C at 15:40.",
     "46.2C", "degree_Celsius"),
    # bare "degrees": the scale named nearest, in its own sentence first
    ("Heat\n\nThe gauge read 46.2 degrees Celsius, beating the 45.7 degrees of 2007. In Yuma it was 118 "
     "degrees Fahrenheit.", "45.7 degrees", "degree_Celsius"),
    ("Heat\n\nYuma hit 118 degrees Fahrenheit, 2 degrees above the old mark.", "2 degrees",
     "delta_degree_Fahrenheit"),
])
def test_temperatures_read_by_the_text_around(text, surface, unit):
    assert claim(text, surface).normalized["unit"] == unit


def test_a_glued_c_in_a_text_with_no_temperature_is_no_temperature():
    assert not [c for c in claims("Results\n\nThe fund paid 14.7C per security on Friday.")
                if c.kind == "quantity" and c.normalized.get("unit") == "degree_Celsius"]


FEB = dt.date(2026, 2, 10)


@pytest.mark.parametrize("text, surface, start, end", [
    # India keeps April to March and names a year by its end
    ("Results\n\nMUMBAI, Feb 10 (Wire) - Profit at the Pune carmaker rose 12% in Q3 FY26, and revenue for "
     "FY25 was Rs 4,000 crore.", "Q3 FY26", "2025-10-01", "2025-12-31"),
    ("Results\n\nMUMBAI, Feb 10 (Wire) - Revenue for FY25 was Rs 4,000 crore, the Mumbai firm said.",
     "FY25", "2024-04-01", "2025-03-31"),
    ("Budget\n\nNEW DELHI, Feb 10 (Wire) - The Delhi government raised spending in 2025-26 by Rs 900 crore.",
     "2025-26", "2025-04-01", "2026-03-31"),
    # Australia keeps July to June
    ("Miner\n\nPERTH, Feb 10 (Wire) - The Perth miner expects FY26 output to rise on the ASX-listed "
     "group's new pit.", "FY26", "2025-07-01", "2026-06-30"),
    # Japan names a year by its start
    ("Carmaker\n\nTOKYO, Feb 10 (Wire) - The Tokyo carmaker forecast fiscal 2025 sales of 9 million cars.",
     "fiscal 2025", "2025-04-01", "2026-03-31"),
    # a country with no one calendar: the union of the conventions, as before
    ("Retailer\n\nThe retailer forecast FY26 sales of $4 billion.", "FY26", "2025-02-01", "2027-03-31"),
])
def test_a_fiscal_year_follows_the_country_the_article_is_about(text, surface, start, end):
    n = claim(text, surface, FEB).normalized
    assert (n["start"], n["end"]) == (start, end)


def test_a_season_is_no_fiscal_year():
    n = claim("Football\n\nLONDON, Feb 10 (Wire) - The London club's 2024-25 season ended badly.", "2024-25",
              FEB).normalized
    assert (n["start"], n["end"]) == ("2024-01-01", "2025-12-31")


def test_a_fiscal_year_is_no_reference_code():
    got = [(c.text, c.kind) for c in claims("Results\n\nMUMBAI, Feb 10 (Wire) - Exports rose in FY2024-25 "
                                            "and FY2025.", FEB)]
    assert ("FY2024-25", "date") in got and ("FY2025", "date") in got


@pytest.mark.parametrize("text, surface, currency", [
    # "$" alone in an article filed from, or about, a dollar country is that dollar
    ("Bid\n\nSYDNEY, Sept 15 (Wire) - Sydney miner Karrawong rejected the $3.9 billion bid.", "$3.9 billion", "AUD"),
    ("Bid\n\nThe Perth miner, one of the largest in Australia, rejected the $6.40 a share offer from a "
     "rival in Western Australia.", "$6.40", "AUD"),
    # an outlet that writes "A$" means US dollars by "$"
    ("Bid\n\nSYDNEY, Sept 15 (Wire) - Karrawong rejected an A$3.9 billion ($2.5 billion) bid.", "$2.5 billion", "USD"),
    # an article about another country mentions a dollar country in passing
    ("Launch\n\nBENGALURU, Sept 15 (Wire) - India's launch firm lost an Australian satellite in the "
     "$15 billion launch market, officials in New Delhi said.", "$15 billion", "USD"),
    # a capital glued to a scaled figure, or at home: the rand
    ("Deal\n\nThe deal is worth R45-million, the company said.", "R45-million", "ZAR"),
    ("Tariffs\n\nJOHANNESBURG, Sept 15 (Wire) - Households in Johannesburg pay R28 a month more.", "R28 a month", "ZAR"),
])
def test_a_dollar_or_a_letter_is_the_currency_at_home(text, surface, currency):
    assert claim(text, surface, TUESDAY).normalized["currency"] == currency


def test_a_hyphenated_scale_is_one_amount_not_a_range():
    got = [(t, n["amount"]) for t, k, n in records("Prize\n\nShe won US$2.5-million in prize money.") if k == "money"]
    assert got == [("US$2.5-million", 2.5e6)]


@pytest.mark.parametrize("text, surface, day", [
    # a day that owns a noun does not date the time beside it
    ("Count\n\nBENGALURU, Dec 8 (Wire) - The alliance won late on Monday. It took 113 seats in "
     "Thursday's election, according to data published at 10.15 p.m.", "10.15 p.m.", "2025-12-08"),
    # a headline's weekday with an "Updated" line under it
    ("Gowda to take oath on Friday\n\nUpdated - December 09, 2025 07:55 am IST\n\nThe body.", "Friday",
     "2025-12-12"),
    ("Count\n\nThe swearing-in has been fixed for 11.30 a.m. on Friday.", "11.30 a.m. on Friday", "2025-12-12"),
    # a future word inside a quotation says nothing of a date outside it, and the other way round
    ("Launch\n\n\"The inquiry will start there,\" the chief executive told reporters on Monday evening.",
     "Monday evening", "2025-12-08"),
    ("Chess\n\nHe said he would \"rest for a day\" before Friday's final game.", "Friday", "2025-12-12"),
])
def test_which_day_a_time_or_weekday_falls_on(text, surface, day):
    assert claim(text, surface, dt.date(2025, 12, 9)).normalized["start"] == day


def test_a_schedule_in_the_present_tense_is_the_nearer_one():
    """"The window opens on June 14 and closes on August 30", written on 8 July: this year's
    window, the one under way (the verb after "and" shares the schedule's subject)."""
    got = {c.text: c.normalized["start"] for c in claims(
        "Transfers\n\nThe summer window opens on June 14 and closes at 11pm on August 30.", dt.date(2024, 7, 8))}
    assert got["June 14"] == "2024-06-14" and got["11pm on August 30"] == "2024-08-30"


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    # a two-letter symbol after a hyphen ends a compound adjective
    ("Launch\n\nThe 212-kg satellite was lost.", "212-kg", "quantity", 212.0, "kilogram"),
    ("Rail\n\nA 60-km line opens in May.", "60-km", "quantity", 60.0, "kilometer"),
    # a multiple written with a glued "x"
    ("Markets\n\nThe miner trades at 4.1x earnings.", "4.1x", "ratio", 4.1, None),
    # megatonnes of a commodity, not of TNT
    ("Mining\n\nThe pit holds a 410Mt iron ore resource.", "410Mt", "quantity", 410.0, "megatonne_mass"),
])
def test_compound_and_trade_units(text, surface, kind, value, unit):
    c = claim(text, surface)
    n = c.normalized
    assert c.kind == kind and n.get("magnitude", n.get("value")) == value and n.get("unit") == unit


@pytest.mark.parametrize("text", ["Film\n\nA 3-D film about the 4-H club.", "Shop\n\nA 3-in-1 shampoo."])
def test_one_letter_symbols_and_in_after_a_hyphen_are_no_units(text):
    assert not [c for c in claims(text) if c.kind == "quantity" and c.normalized["unit"] != "dimensionless"]


@pytest.mark.parametrize("text, figures", [
    # a figure begun in digits ends at its scale word
    ("Aid\n\nMore than 160 million 15kg bags were shipped.", [160e6, 15.0]),
    ("Ports\n\nAbout 3.9 million twenty-foot units were handled.", [3.9e6, 20.0]),
    # unless another scale follows ("1 crore 20 lakh")
    ("Award\n\nThe court awarded Rs 1 crore 20 lakh.", [1.2e7]),
])
def test_digits_after_a_scale_word_start_a_new_figure(text, figures):
    from factcheck.extract.numbers import find_numbers

    assert [n.value for n in find_numbers(text.split("\n\n", 1)[1])] == figures


@pytest.mark.parametrize("text, surface, amount", [
    ("Deal\n\nThe grant is worth R11,2-million.", "R11,2-million", 11.2e6),
    ("Bid\n\nThe bid values the miner at A$3,9 billion.", "A$3,9 billion", 3.9e9),
])
def test_a_decimal_comma_before_a_scale_word(text, surface, amount):
    assert claim(text, surface).normalized["amount"] == amount


def test_the_outlets_web_address_names_its_country():
    """An Australian paper's own copy ("afr.com.au", no dateline) writes "$" for Australian
    dollars and "FY26" for the year to June; the wire copy it reprints keeps its dateline,
    and its dateline's country."""
    from factcheck.extract import extract_document
    from factcheck.models import Document

    def read(text: str) -> dict[str, dict]:
        doc = Document(id="a", text=text, url="https://www.afr.com.au/companies/mining/x",
                       published=dt.date(2026, 9, 15))
        return {c.text: c.normalized for c in extract_document(doc)}

    own = read("Miner digs in\n\nKarrawong shares rose to $6.11 and the group expects FY26 output to rise.")
    assert own["$6.11"]["currency"] == "AUD" and own["FY26"]["start"] == "2025-07-01"
    wire = read("Miner digs in\n\nVANCOUVER, Sept 14 (Wire) - Karrawong shares rose to $6.11.")
    assert wire["$6.11"]["currency"] == "CAD"


def test_an_outlet_writing_about_another_country_keeps_no_home_reading():
    """A British paper on a Californian company: "fiscal 2025" is the company's, which the
    text does not say, so the union of conventions stays."""
    from factcheck.extract import extract_document
    from factcheck.models import Document

    doc = Document(id="a", url="https://www.example.co.uk/business/x", published=dt.date(2025, 3, 4),
                   text="Chipmaker\n\nThe San Francisco chipmaker, which moved from Los Angeles to San "
                        "Francisco last year, expects fiscal 2025 sales to rise.")
    n = {c.text: c.normalized for c in extract_document(doc)}["fiscal 2025"]
    assert (n["start"], n["end"]) == ("2024-02-01", "2026-03-31")


def test_every_country_read_by_name_has_zones():
    """The tables that read an article's country name countries of zones.yaml `countries`."""
    from factcheck.extract.dates.clock import zones
    from factcheck.extract.dates.vocabulary import vocabulary
    from factcheck.extract.numeric_tables import tables

    named = {c["country"] for c in vocabulary().fiscal_years} | {c["country"] for c in tables().local_dollars} \
        | {c["country"] for c in tables().letter_symbols.values()}
    assert named <= set(zones().countries)


# ------------------------------------------------- this session's blind-set classes


@pytest.mark.parametrize("text, surface, currency, amount", [
    # the dollar's letters after the "$", as Australian and New Zealand outlets write them
    ("Insured losses reached $US4.2 billion ($A6.3 billion) after the cyclone.", "$US4.2 billion", "USD", 4.2e9),
    ("Insured losses reached $US4.2 billion ($A6.3 billion) after the cyclone.", "$A6.3 billion", "AUD", 6.3e9),
    ("The dairy co-operative paid $NZ850 million for the plant.", "$NZ850 million", "NZD", 8.5e8),
])
def test_dollar_letters_after_the_sign_name_the_dollar(text, surface, currency, amount):
    c = claim(text, surface)
    assert c.kind == "money" and c.normalized["currency"] == currency and c.normalized["amount"] == amount


def test_dollar_letters_after_the_sign_are_no_identifier():
    assert [c.kind for c in claims("The miner booked $US160 million in write-downs.")] == ["money"]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The central bank lifted its rate by a quarter of one percentage point.",
     "a quarter of one percentage point", 0.25, "percentage_point"),
    ("Markets expect a half-point cut in March.", "a half-point", 0.5, "percentage_point"),
    ("The Riksbank raised rates by a quarter point on Thursday.", "a quarter point", 0.25, "percentage_point"),
    ("The booster's engines give 7.5 million pounds of thrust.", "7.5 million pounds of thrust", 7.5e6,
     "pound_force"),
    ("Each engine delivers 2,279 kN at liftoff.", "2,279 kN", 2279.0, "kilonewton"),
    ("Lows of 3 degrees Celsius (37º Fahrenheit) are forecast.", "37º Fahrenheit", 37.0, "degree_Fahrenheit"),
    ("The ship reached the 120-km-long strait at dawn.", "120-km", 120.0, "kilometer"),
    ("The 200-foot-tall (61-m) tower was evacuated.", "61-m", 61.0, "meter"),
])
def test_fractions_of_a_point_forces_and_glossed_units(text, surface, value, unit):
    c = claim(text, surface)
    assert c.kind == "quantity" and c.normalized["magnitude"] == value and c.normalized["unit"] == unit


def test_pounds_after_a_scale_are_still_money_without_a_longer_unit():
    c = claim("The club paid 8.5 million pounds for the striker.", "8.5 million pounds")
    assert c.kind == "money" and c.normalized["currency"] == "GBP"


@pytest.mark.parametrize("text, surface, low, high", [
    ("The bank set its target range at 4.75 per cent -5 per cent.", "4.75 per cent -5 per cent", 4.75, 5.0),
    ("Yields moved in a band of 3.1% -3.4% all week.", "3.1% -3.4%", 3.1, 3.4),
])
def test_a_dash_set_off_before_a_range_end_is_no_minus(text, surface, low, high):
    c = claim(text, surface)
    assert c.qualifier.value == "range" and (c.interval.low, c.interval.high) == (low, high)


def test_a_minus_after_a_word_stays_a_minus():
    c = claim("Overnight lows fell to -5 per cent of the seasonal mean.", "-5 per cent")
    assert c.normalized["value"] == -5.0


@pytest.mark.parametrize("text, surface, kind, value", [
    ("Floods killed more than 2000 people across the delta.", "more than 2000", "count", 2000),
    ("In 2000 households the water supply failed.", "2000", "count", 2000),
    ("The measles tally rose to 1343 on Friday.", "1343", "count", 1343),
    ("The army sent the 2000 troops home.", "2000", "count", 2000),  # (a plural noun)
])
def test_a_year_shaped_number_before_what_it_counts_is_a_count(text, surface, kind, value):
    c = claim(text, surface, dt.date(2024, 3, 1))
    assert c.kind == kind and c.normalized["value"] == value


@pytest.mark.parametrize("text, surface, year", [
    ("The 1906 San Francisco Earthquake destroyed the city.", "1906", 1906),  # a named event
    ("She starred in the Euro 2022 final at Wembley.", "2022", 2022),
    # a name right before a year, with no noun after it: an event named with its year
    ("The torch will be handed on to the hosts of Brisbane 2032, officials said.", "2032", 2032),
    ("Spain lost the final of Euro 2016 in extra time.", "2016", 2016),
    ("Past champions:\n2015: Halden Rovers\n2019: Marsh Town\n", "2015", 2015),  # a list of years
    ("Sales rose 6% compared with 2022.", "2022", 2022),
    ("The launch was postponed to 2027.", "2027", 2027),
    ("Factory output fell to 2019 levels.", "2019", 2019),  # a level verb, then a year's noun
    # a determiner and a singular noun: the thing of that year, not a count of such things
    ("Odala won the 2023 race in a course record.", "2023", 2023),
    ("The council cut its 2024 budget by a tenth.", "2024", 2024),
])
def test_years_named_by_an_event_a_list_or_a_comparison(text, surface, year):
    c = claim(text, surface, dt.date(2024, 3, 1))
    assert c.kind == "date" and c.normalized["start"] == f"{year}-01-01"


def test_a_numbered_kind_before_a_year_shaped_number_names_no_year():
    got = extract("Headline\n\nThe envoy cited Resolution 2087 in his letter.", published=dt.date(2024, 3, 1))
    assert all(c.kind != "date" for c in got), got


def test_bracketed_tallies_of_places_are_no_ages():
    text = "Cases were recorded in Northfield (412), Eastvale (37), Lowmoor (9) and Harwick (1)."
    assert {c.text: c.kind for c in claims(text)} == {"412": "count", "37": "count", "9": "count", "1": "count"}


def test_bracketed_ages_of_people_stay_ages():
    c = claim("The mayor, Ana Ruiz (52), and her deputy Tom Hale (47) resigned.", "52")
    assert c.kind == "quantity" and c.normalized["unit"] == "year"


@pytest.mark.parametrize("text, surface, days", [
    ("The reservoir holds water for two more days.", "two more days", 2.0),
    ("Engineers need three further weeks to finish the bridge.", "three further weeks", 21.0),
])
def test_more_days_are_a_span(text, surface, days):
    c = claim(text, surface)
    assert c.kind == "duration" and c.normalized["days"] == days


@pytest.mark.parametrize("text, surface, start, end", [
    ("The club last won the league in 1994. It also won the cup that year.", "that year", "1994-01-01", "1994-12-31"),
    ("Exports slumped in April 2021. They recovered the following month.", "the following month",
     "2021-05-01", "2021-05-31"),
])
def test_that_year_after_a_year_in_the_sentence_before_is_that_year(text, surface, start, end):
    c = claim(text, surface, dt.date(2024, 3, 1))
    assert (c.normalized["start"], c.normalized["end"]) == (start, end)
