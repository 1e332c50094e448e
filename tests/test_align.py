"""Frames and alignment (factcheck.frames, factcheck.align) on sentences of our own."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.align import Aligner, disagree, time_interval
from factcheck.check import story_groups, witness_groups
from factcheck.extract import extract_document
from factcheck.frames import document_frames, frame_documents
from factcheck.models import Document, Frame
from factcheck.rules.alignment import consensus


def _doc(text: str, doc_id: str = "a", published: dt.date = dt.date(2025, 5, 14)) -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, published=published)


def _frames(text: str) -> dict[str, Frame]:
    d = _doc(text)
    claims = extract_document(d)
    return {c.text: f for c, f in zip(claims, document_frames(d, claims)) if f is not None}


def _aligner(*texts: str) -> Aligner:
    docs = [_doc(t, chr(ord("a") + i)) for i, t in enumerate(texts)]
    claims = {d.id: extract_document(d) for d in docs}
    return Aligner({d.id: d for d in docs}, frame_documents(docs, claims),
                   witness_groups(docs), story_groups(docs))


def _similarity(texts: Sequence[str], a: str, b: str) -> float | None:
    """The similarity of the mentions written ``a`` and ``b`` among the articles."""
    al = _aligner(*texts)
    ms = {m.claim.text: m for m in al.mentions}
    return al.similarity(ms[a], ms[b])


def _first_disagreeing(dimension: str, *texts: str) -> bool:
    """Do the first aligned pair of ``dimension`` among the articles disagree?"""
    pairs = [p for p in _aligner(*texts).alignments() if p.a.frame.dimension == dimension]
    return bool(pairs) and disagree(pairs[0].a, pairs[0].b)


@pytest.mark.parametrize(("text", "claim", "dimension", "head"), [
    # sport: whose age a number is
    ("Final\n\nThe 19-year-old striker Tomas Ruel scored twice.", "19-year-old", "age", "striker"),
    ("Court\n\nThe defendants, aged 18 to 22, were released on bail.", "18 to 22", "age", "defendant"),
    # company results: what a count counts
    ("Results\n\nThe bank will close 40 branches next year.", "40", "count", "branch"),
    # coordinated adjectives before the noun: the noun is what is counted
    ("Staff\n\nThe mill employs 2,000 full-time and part-time workers.", "2,000", "count", "worker"),
    ("Riot\n\nSome 300 soldiers and police officers were deployed.", "Some 300", "count", "soldier"),
    # an ordinal ranks the last word of a lower-case noun phrase after it; a victory is a win
    ("Touring cars\n\nThe result gave her a 23rd touring-car win.", "23rd", "ordinal", "win"),
    ("Skiing\n\nShe took a third straight world title in Are.", "third", "ordinal", "title"),
    ("Polls\n\nIt was the party's fourth consecutive election victory.", "fourth", "ordinal", "win"),
    # a participle before singular qualifiers: the plural noun after them is counted
    ("Border mission\n\nThe council approved up to 650 unarmed police monitors.", "up to 650", "count", "monitor"),
    # diplomacy: what an ordinal ranks
    ("Summit\n\nIt was the third summit between the two leaders.", "third", "ordinal", "summit"),
    # an occurrence, however the clause tells it
    ("Rates\n\nThe bank raised rates for the fourth straight time.", "fourth", "ordinal", "time"),
    # an ordinal ranks the noun past a name between ("a fourth Wimbledon crown"): crown, a title
    ("Final\n\nOdala won a fourth Kessing Open crown on Sunday.", "fourth", "ordinal", "title"),
    # a time word ranked: the minute of a goal, not the verb after it
    ("Final\n\nOdala scored in the 84th minute, curling the ball past the keeper.", "84th", "ordinal",
     "minute"),
    # a plural noun after the singular words that qualify it; two plural nouns counted together
    ("Aid\n\nA shipment of 40,000 polio vaccine doses reached the port.", "40,000", "count", "dose"),
    ("Bank\n\nThe bank will close 40 branches next year.", "40", "count", "branch"),
    ("Strike\n\nAbout 900 lessons and exams were cancelled.", "About 900", "count", "lesson+exam"),
    # one side of a vote, with or without its voters named
    ("Vote\n\nThe motion passed with 212 in favour.", "212", "count", "vote:for"),
    ("Vote\n\nIn the end 97 senators voted against the bill.", "97", "count", "vote:against"),
    ("Vote\n\nThe council approved the plan late on Tuesday, voting 7-4.", "7-4", "count", "vote:tally"),
    # "the nth time" something occurs ranks the verb of the clause after it
    ("Dam\n\nIt was the third time the gates have been opened since 1990.", "third", "ordinal", "open"),
    ("Rates\n\nIt is only the second time in the bank's history that it has had to raise rates.",
     "second", "ordinal", "rise"),
    # what a physical quantity measures: the noun its compound adjective qualifies, or the
    # subject of "is" before it (none for a pronoun)
    ("Bridge\n\nSix cars fell when the 96ft main span gave way.", "96ft", "meter", "span"),
    ("Bridge\n\nIts 96-metre (315ft) main span fell into the river.", "96-metre", "meter", "span"),
    ("Bridge\n\nIts main span is 96 metres long.", "96 metres", "meter", "span"),
    ("Ferry\n\nIt measured 61 metres from stem to stern.", "61 metres", "meter", None),
    # the people of a place and its population are its residents
    ("Floods\n\nOrsa, a port town of roughly 40,000 people, lost its bridges.", "roughly 40,000", "count",
     "resident"),
    ("Floods\n\nOrsa has an estimated population of at least 45,000.", "at least 45,000", "count",
     "resident"),
    # an adverb after the noun is no part of it
    ("Rugby\n\nPollard struck a 49-metre kick cleanly between the posts.", "49-metre", "meter", "kick"),
    # what a span of time is of: the subject of the verb of length before it
    ("Final\n\nThe final lasted 3 hours 12 minutes, a record.", "3 hours 12 minutes", "second", "final"),
    ("Final\n\nThe final began at 7pm and ended at 10pm, lasting three hours.", "three hours", "second",
     "final"),
    ("Final\n\nAfter a long rain delay, the match lasted five hours.", "five hours", "second", "match"),
    # a crowd of N counts the crowd, not the verb after it
    ("Final\n\nA crowd of 48,300 watched the final.", "48,300", "count", "crowd"),
])
def test_frame_dimension_and_head(text: str, claim: str, dimension: str, head: str | None) -> None:
    f = _frames(text)[claim]
    assert (f.dimension, f.head) == (dimension, head)


@pytest.mark.parametrize(("text", "claim", "head", "event"), [
    # disasters: a running total counts the noun after "number of", befallen by its participle
    ("Floods\n\nThe number of people killed in the floods rose to 63 on Friday.", "63", "people", "died"),
    ("Fire\n\nThe death toll from the warehouse fire climbed to 17, police said.", "17", "people", "died"),
    ("Storm\n\nThe number of homes evacuated along the coast reached 2,400.", "2,400", "home", "rescued"),
    # an idiom after the count: "lost their lives" is a death, not a lost election
    ("Mine\n\nNineteen miners have lost their lives in the pit since 2010.", "Nineteen", "people", "died"),
    ("Storm\n\nThe storm has claimed 12 lives across the region.", "12", "people", "died"),
])
def test_a_running_total_counts_those_its_event_befell(text: str, claim: str, head: str, event: str) -> None:
    f = _frames(text)[claim]
    assert (f.head, f.event, f.total) == (head, event, True)


def test_a_count_that_is_no_running_total() -> None:
    """Lost seats are a lost election, not lives; a count after "number of" that does
    not end the phrase ("rose by 40") is a change, not the total."""
    f = _frames("Vote\n\nThe party lost 14 seats in the election.")["14"]
    assert (f.total, f.event) == (False, "contested")
    f = _frames("Shelter\n\nThe number of people in the shelter rose by 40 on Monday.")["40"]
    assert f.total is False


@pytest.mark.parametrize(("text", "claim", "event"), [
    # a date takes the verb before it: "who vanished ... on 3 March have been found"
    ("Climbers found\n\nTwo climbers who vanished on Mount Arla on 3 March have been found alive.",
     "3 March", "disappeared"),
    # a date before its verb: "Rescuers on Monday located ..."
    ("Ferry\n\nRescuers on Monday located the missing ferry off the coast.", "Monday", "found"),
    # an opener takes the main clause's event, not a subordinate one
    ("Probe\n\nOn 12 May, two days after it was launched, the probe landed on the moon.",
     "12 May", "landed"),
    # a structure that failed or burst collapsed
    ("Dam\n\nThe earthen dam above Larch Creek failed before dawn on Sunday.", "Sunday", "collapsed"),
    ("Dam\n\nThe reservoir wall burst on 9 March after days of rain.", "9 March", "collapsed"),
    # a bill tabled or introduced, told by a bare verb after a modal
    ("Housing bill\n\nThe minister said she would table the housing bill on 3 June.", "3 June", "introduced"),
    ("Housing bill\n\nThe government plans to introduce the bill on Monday.", "Monday", "introduced"),
    # a boat that sank is one that capsized
    ("Ferry\n\nThe overloaded ferry sank in heavy seas on Sunday night.", "Sunday night", "crashed"),
    # a launch told with a particle: "lifted off", "left the pad"
    ("Probe\n\nThe probe lifted off from Kourou on Thursday.", "Thursday", "launched"),
    ("Probe\n\nThe lunar lander left the pad at Sriharikota on 14 July.", "14 July", "launched"),
    # a result declared or certified is announced
    ("Vote\n\nThe commission certified the referendum result on Thursday, 4 June.", "Thursday, 4 June",
     "announced"),
    ("Vote\n\nThe returning officer declared the result on 9 May.", "9 May", "announced"),
    # a line that ruptured or a plant that exploded: an explosion's date
    ("Refinery\n\nA gas line ruptured on Wednesday near the refinery gate.", "Wednesday", "exploded"),
    ("Plant\n\nA fertiliser store exploded before dawn on Thursday.", "Thursday", "exploded"),
    # a court's ruling, a verb or a noun
    ("Court\n\nThe appeals court ruled on Tuesday that the levy was lawful.", "Tuesday", "ruled"),
    ("Court\n\nLawyers studied Friday's ruling by the tribunal.", "Friday", "ruled"),
    ("Trial\n\nThe jury returned its verdict on 12 May after two days.", "12 May", "ruled"),
    # a win, a verb or a noun
    ("Open\n\nHana Ruiz won the Coastal Open on Sunday by two strokes.", "Sunday", "won"),
    ("Chess\n\nAfter Thursday's victory in the ninth game, Orlov leads.", "Thursday", "won"),
    # crossing into a country is entering it
    ("Border\n\nThe rebels crossed into Velmar on Friday, June 23, after a raid.", "Friday, June 23",
     "entered"),
    # an event noun's own date ("the derailment of Feb. 3") is its date, whatever verb is
    # nearer, and not the date of the verb before it
    ("Rail crash\n\nThe safety board released its report on Thursday into the derailment of Feb. 3.",
     "Feb. 3", "crashed"),
    ("Rail crash\n\nThe safety board released its report on Thursday into the derailment of Feb. 3.",
     "Thursday", "released"),
])
def test_event_of_a_date(text: str, claim: str, event: str) -> None:
    assert _frames(text)[claim].event == event


def test_a_winning_time_is_no_span_up_to_the_win() -> None:
    """"Won the 1,500 metres in 3:31.20" is how long the race took: no event's span, so it
    meets another outlet's "winning time of 3:31.02" whatever verb that one has."""
    assert _frames("Meet\n\nIda Berg won the 1,500 metres in 3:31.20 on Friday.")["3:31.20"].event is None
    assert _first_disagreeing("second", "Meet\n\nIda Berg won the 1,500 metres in 3:31.20 at the Delta meet.",
                              "Delta meet\n\nIda Berg's winning time in the 1,500 metres was 3:31.02.")


@pytest.mark.parametrize(("text", "claim", "event"), [
    # a verb and its particle name the event, the particle a few words on
    ("Mine\n\nThe last three miners were brought out on 14 October.", "14 October", "rescued"),
    ("Mine\n\nTeams pulled the injured driver out on Sunday.", "Sunday", "rescued"),
    ("Hikers\n\nThe hikers went into the gorge on 2 May.", "2 May", "entered"),
    ("Village\n\nThe village was cut off by the floods on Tuesday.", "Tuesday", "trapped"),
    # a derailment told without its word: the train's date is the crash's
    ("Rail\n\nThe night train came off the rails at 04:52 on Wednesday.", "04:52 on Wednesday", "crashed"),
    ("Rail\n\nThe freight train left the tracks on 3 May near Ely.", "3 May", "crashed"),
])
def test_event_of_a_phrasal_verb(text: str, claim: str, event: str) -> None:
    assert _frames(text)[claim].event == event


def test_the_actors_of_an_event_are_the_names_before_it_not_its_source() -> None:
    text = ("Rescue\n\nAccording to Governor Ana Pires, Marta Kowal was found on Friday. "
            "Rescuers found the fishermen on Monday.")
    frames = _frames(text)
    assert frames["Friday"].actors == ("kowal", "marta")
    assert frames["Monday"].actors == ()


@pytest.mark.parametrize(("text", "claim", "agent"), [
    # the common noun before the event word tells two events of one class apart
    ("Quake\n\nA strong aftershock struck at 09:10 on Sunday.", "09:10 on Sunday", "aftershock"),
    # a relative clause takes the noun it hangs on (as its synonym concept)
    ("Quake\n\nThe earthquake that struck at 04:05 on Sunday destroyed the bridge.",
     "04:05 on Sunday", "quake"),
    # an event noun is its own agent
    ("Storm\n\nThe eruption at 14:30 on 2 May sent ash over the city.", "14:30 on 2 May", "eruption"),
    # passive: what the event happened to
    ("Mine\n\nThe second group was brought out on 14 October.", "14 October", "group"),
    # ... also past the subject's apposition
    ("Bridge\n\nThe new toll bridge at Karsby, long delayed by court cases, was opened on Saturday.",
     "Saturday", "bridge"),
    # names are actors, not agents
    ("Rescue\n\nOn Friday, Marta Kowal was found in the forest.", "Friday", None),
    # a generic event is told by what it is of: its object, or the noun that underwent it
    ("Bank\n\nThe central bank published its forecasts on Thursday.", "Thursday", "forecast"),
    ("Inquiry\n\nThe final report, released on Tuesday, blamed the pilots.", "Tuesday", "report"),
    # ... and never by one of the actors that do such things
    ("Schools\n\nThe ministry announced on Monday that schools would reopen.", "Monday", None),
])
def test_agent_of_a_date(text: str, claim: str, agent: str | None) -> None:
    assert _frames(text)[claim].agent == agent


@pytest.mark.parametrize(("text", "claim", "event"), [
    # a span of time takes the event it runs up to
    ("Cave divers\n\nThe two cavers were found alive after 11 days underground.", "11 days", "found"),
    ("Siege ends\n\nThe hostages were freed after 40 days in captivity.", "40 days", "rescued"),
    # a noun that is an event word only as a verb names no event
    ("Flood\n\nPumps run along the path to the spot where the family has sheltered for six days.",
     "six days", None),
])
def test_event_of_a_span_of_time(text: str, claim: str, event: str | None) -> None:
    assert _frames(text)[claim].event == event


@pytest.mark.parametrize(("text", "claim", "names"), [
    # an attribution clause names the source, not whose the value is
    ("Dam\n\nAccording to engineer Maria Lind, the reservoir holds 4 million cubic metres.",
     "4 million cubic metres", ()),
    ("Vote\n\nAccording to the commission, Labour won 34% of the vote.", "34%", ("labor",)),  # spelling folded
    # a clause without names takes the nearest earlier one that is not an attribution
    ("Vote\n\nIn Brenmark, turnout was 61%.", "61%", ("brenmark",)),
    # ... past appositions and relative clauses between a subject and its verb
    ("Trial\n\nKarl Vest, the port's former finance director, who pleaded guilty, was jailed "
     "for two years.", "two years", ("karl", "vest")),  # (a first word is a name before another name)
    # a subject that opens with "The", then a relative clause: the subject, no apposition
    ("Vote\n\nThe Liberal Party, which had governed Arvale since 2015, fell to 21 seats with 18.4 "
     "per cent.", "18.4 per cent", ("liberal",)),
    # the agent of a passive ("by the court") is not whose the value is
    ("Trial\n\nIn March, Karl Vest was fined €90,000 by the Ostby District Court.", "€90,000",
     ("karl", "vest")),
    # the names before a reporting verb in the value's own clause are its source
    ("Quake\n\nThe Harlow Seismic Institute said the tremor struck at a depth of 12 kilometres.",
     "12 kilometres", ()),
    ("Results\n\nAnalysts at Corvin Bank reported that Tessary's revenue rose to $3.1bn.", "$3.1bn",
     ("tessary",)),
    # a place a thing heads for is where, not whose
    ("Rail\n\nThe freight train was hauling 150 cars toward Conway Yard.", "150", ()),
    # a sentence's first clause is its subject, not an apposition to skip, whatever its verb
    ("Vote\n\nThe Greens kept their place as the main opposition with 61 seats – 32 regional "
     "and 29 national.", "32", ("green",)),
    # ... past a participle clause, a place and a bracketed acronym
    ("Vote\n\nThe Unity Front remained the largest party in the Regional and Municipal Polls (RMP), "
     "winning 88 seats in the Federal Chamber – 50 regional and 38 national.", "50", ("front", "unity")),
    # ... and past a reporting verb, its subject is the source, a date between them or not
    ("Flood\n\nA statement by the Water Board, dated Friday, 4 May 2023, says crews found the "
     "breach near Carrow Lock, 400 metres from the pumping station.", "400 metres", ()),
])
def test_whose_a_value_is_leaves_out_its_source(text: str, claim: str, names: tuple[str, ...]) -> None:
    assert _frames(text)[claim].names == names


@pytest.mark.parametrize(("text", "claim"), [
    ("Wreck\n\nThe wreck was found 800 metres further out than the reef.", "800 metres"),
    ("Trail\n\nThe hut stands 2 km further up the valley.", "2 km"),
])
def test_a_distance_past_a_point_is_measured_by_further(text: str, claim: str) -> None:
    assert "further" in _frames(text)[claim].measure


def test_an_identifier_is_one_word_of_its_sentence() -> None:
    # the same numbered thing near two values is evidence they state one fact
    frame = _frames("Crash\n\nFlight 302 came down 6 km from the runway.")["6 km"]
    assert frame.terms["flight:302"] > 0 and frame.predicate != "flight:302"
    # named in another clause, it still weighs as much as any word outside the claim's clause
    frame = _frames("Crash\n\nThe wreck of Flight 302, a regional jet that left at dawn, "
                    "and its debris field lie 6 km from the runway.")["6 km"]
    assert frame.terms["flight:302"] >= 0.35


def test_a_date_with_no_event_word_has_no_frame() -> None:
    assert "Tuesday" not in _frames("Markets\n\nShares were flat on Tuesday.")


@pytest.mark.parametrize(("text", "claim"), [
    # an event that did not take place: no date of it
    ("Launch\n\nA launch attempt on Tuesday was scrubbed because of high winds.", "Tuesday"),
    ("Vote\n\nThe vote planned for Monday was postponed until the spring.", "Monday"),
    # a wire dateline's date is the report's
    ("Ferry sinks\n\nPORT ELLEN, May 3 (Wire) - The ferry sank on Friday night.", "May 3"),
    # a time things stood by, not the day of the event a clause after it tells
    ("Derailment\n\nBy Saturday night, residents were still under orders to leave while crews "
     "fought a fire set off when a train derailed.", "Saturday night"),
])
def test_dates_that_are_no_events(text: str, claim: str) -> None:
    assert claim not in _frames(text)


def test_the_dates_of_a_span_are_not_its_events() -> None:
    """"after four days of talks from 3 to 6 May" dates the talks, not the signing."""
    f = _frames("Accord\n\nThe ministers signed the accord after four days of talks from 3 to 6 May.")
    assert "3 to 6 May" not in f


@pytest.mark.parametrize(("text", "claim"), [
    ("Profits\n\nProfit rose 12% to $3bn.", "12%"),  # a change
    ("Profits\n\nProfit was $3bn, up from $2.5bn a year earlier.", "$2.5bn"),  # an earlier value
    ("Hostages\n\nThe first three hostages were freed on Sunday.", "three"),  # a part
    ("Budget\n\nIf the bill passes, spending will reach $40bn.", "$40bn"),  # a condition/forecast
    # a planned or hypothetical event's date is not when it happened
    ("Vote\n\nThe final vote is expected to be held on Monday.", "Monday"),
    ("Storm\n\nHeavy rain due on Saturday could cut the valley off again.", "Saturday"),
    # what would have happened, and the joint total of several named
    ("Coalition\n\nThe Farmers and the Greens hold 48 seats between them.", "48"),
    ("Merger\n\nTogether, the two banks employ 31,000 people.", "31,000"),
    # a value a "when" clause dates to an earlier period
    ("Shop sales\n\nSales grew 8% on the previous year, when the chain sold $4.1bn of goods.", "$4.1bn"),
    # a loss of value, not a reported result
    ("Shares\n\nThe sell-off meant a loss of $2bn in market value for the group.", "$2bn"),
    # a change after a contest's word is still a change
    ("Bid\n\nShares of the winning bidder, who beat two rivals, rose by 12 points.", "12"),
    ("Record\n\nShe won in 8:03.92, lowering the old mark by 0.87 seconds.", "0.87 seconds"),
])
def test_claims_that_are_not_levels_have_a_role(text: str, claim: str) -> None:
    assert _frames(text)[claim].role is not None


@pytest.mark.parametrize(("text", "claim"), [
    # "from" before a span of time with no "to" after it is no earlier value
    ("Patients\n\nThe crew needs weeks to recover from the 14 days they spent adrift.", "14 days"),
    # a forecast before a colon belongs to another clause
    ("Vote\n\nThe count will take days: turnout was 61% in Brenmark.", "61%"),
    # "together with" adds, it joins no figures
    ("Rescue\n\nTogether with army divers, the volunteers pumped for 12 days.", "12 days"),
    # two months are no joint subject
    ("Trade\n\nIn March and April exports rose to $4bn.", "$4bn"),
    # names after "between" are what a figure is of, not a joint subject
    ("Trade\n\nTrade between Norland and Vesta was worth $12bn last year.", "$12bn"),
    # a distance from a landmark is a position, whatever verb of motion comes before
    ("Ferry\n\nThe ferry went down about 14 km off the coast in heavy seas.", "about 14 km"),
    # a company's reported result is a level, whatever change noun names it
    ("Brewer results\n\nThe brewer swung to a net loss of $41.2 million in the quarter.", "$41.2 million"),
    # a forecast in the main clause is not the figure's, in a subordinate clause after it
    ("Ferries\n\nFour crossings will be cut next winter, the operator said on Monday, as it reported a "
     "profit of €12.6 million.", "€12.6 million"),
    # "by" after a participle names who did it, not how much a thing changed
    ("Treaty\n\nThe ban was ratified by 87 states on Friday.", "87"),
    # a date right after a past verb is that verb's, not the forecast's before it
    ("Merger\n\nThe lender will be absorbed by a rival in a deal announced Tuesday.", "Tuesday"),
    # "by" after a contest's result gives the margin between two, a level
    ("Sprint\n\nAda Obi won the 10km race, holding off Lena Ruiz by 3.84 seconds.", "3.84 seconds"),
    ("Golf\n\nMarek Holm beat the defending champion by two strokes at Varde.", "two"),
    # a forecast word before "since" and a subject is not the figure's in the clause it opens
    ("Takeover\n\nIt would be the brewer's largest deal since it bought Arlo Malt for $8.2 billion.",
     "$8.2 billion"),
    # nor one before a comma and a relative pronoun
    ("Transfer\n\nBrighton are set to make a large profit on Ruiz, whom they bought for four million "
     "pounds.", "four million pounds"),
    # a thing's size in a compound adjective is no forecast, whatever the clause's verb
    ("Rescue\n\nVisitors will be able to sit inside the 420-kilogram capsule.", "420-kilogram"),
])
def test_levels_next_to_change_and_forecast_words_have_no_role(text: str, claim: str) -> None:
    assert _frames(text)[claim].role is None


def test_same_fact_in_other_words_aligns_and_the_reason_is_shown() -> None:
    al = _aligner(
        "Port strike in Lissa\n\nThe strike at the Lissa container port has cost exporters $300m, the chamber of commerce said.",
        "Lissa port\n\nExporters put the cost of the strike at the container port in Lissa at $450m.",
    )
    (pair,) = [p for p in al.alignments() if p.a.claim.text == "$300m"]
    assert pair.b.claim.text == "$450m" and disagree(pair.a, pair.b)
    assert "strike" in pair.terms and "lissa" in pair.names
    assert "score" in pair.explain() and "strike" in pair.explain()


def test_a_possessive_date_is_the_scope_of_its_figure() -> None:
    """"Friday's 42.2km race" is Friday's, though its clause also dates the morning after."""
    al = _aligner(
        "Marathon in Kosice\n\nThe 42.2 km race through Kosice drew 9,000 runners, organisers said.",
        "Kosice marathon\n\nOdala Mweru woke on Saturday as champion after Friday's 24.2 km race "
        "through Kosice, but she said she would not defend the title.",
    )
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("42.2 km", "24.2 km") in pairs


def test_a_figure_in_a_since_clause_is_dated_by_that_clause() -> None:
    """"since it bought Arlo for $81bn in 2011": the $81bn is of 2011 (but
    "the 28th flight since its debut in 2019" counts from 2019 on)."""
    f = _frames("Takeover\n\nIt would be the largest deal since it bought Arlo for "
                "$81bn in 2011, years before the craft boom.")["$81bn"]
    assert (f.scope_start, f.scope_end) == (dt.date(2011, 1, 1), dt.date(2011, 12, 31))


def test_a_bracketed_conversion_does_not_keep_a_figure_from_its_date() -> None:
    """"for four million pounds (5.1 million US dollars) in February 2021": the date is the
    fee's, the bracket only restates it (but "174 is close to the 179 that Blair won in 1997"
    keeps 1997 from the 174)."""
    f = _frames("Transfer\n\nBrighton bought Ruiz from Valle for four million pounds (5.1 million US "
                "dollars) in February 2021.")["four million pounds"]
    assert (f.scope_start, f.scope_end) == (dt.date(2021, 2, 1), dt.date(2021, 2, 28))


def test_an_estimate_told_by_its_source_aligns_with_one_told_by_its_place() -> None:
    """Two agencies' depths of one quake: the agency that said it is not whose the depth is."""
    assert _first_disagreeing(
        "meter",
        "Quake in Velgrad\n\nThe tremor struck Velgrad Province on Monday. Velgrad officials recorded "
        "it at a depth of 10 km.",
        "Velgrad quake\n\nThe Harlow Seismic Institute said the quake struck at a depth of 19 "
        "kilometres on Monday. The city of Velgrad lies on a fault line.")


@pytest.mark.parametrize(("one", "other", "pair"), [
    # sport: a named runner's time for one verb, whatever else the sentences say
    ("Kosice marathon\n\nThe Kenyan Grace Wanjiru won in 2:21:07, lowering the course record set in 2021.",
     "Kosice race\n\nOn a cold morning Grace Wanjiru won the women's race through the old town in 2:27:01.",
     ("2:21:07", "2:27:01")),
    # science: a named crew's time in orbit
    ("Capsule lands\n\nCommander Ilse Varga spent 186 days aboard the station, the agency said.",
     "Crew returns\n\nBack on Earth on Monday, Ilse Varga had spent 168 days in orbit.",
     ("186 days", "168 days")),
])
def test_a_named_partys_time_for_one_verb_aligns(one: str, other: str, pair: tuple[str, str]) -> None:
    al = _aligner(one, other)
    found = [(p.a.claim.text, p.b.claim.text) for p in al.alignments() if p.score >= al.high]
    assert pair in found, [(p.a.claim.text, p.b.claim.text, p.score) for p in al.alignments()]


def test_every_plural_of_a_synonym_set_reads_as_its_label_in_running_text() -> None:
    """A text's words are looked up by their lemma ("sales" -> sale): a plural a set
    names must still map to its set's label."""
    from factcheck.data import load_yaml
    from factcheck.frames import concept

    data = load_yaml("patterns/en/frames.yaml")
    wrong = [(w, concept(str(w))) for group in data["synonyms"] for w in group
             if str(w).endswith("s") and concept(str(w)) != str(group[0]).lower()]
    assert wrong == []


def test_names_with_letters_beyond_ascii_are_whole_words() -> None:
    f = _frames("Race\n\nTomás Echevarría of São Paulo won the 42 km stage on Friday.")["42 km"]
    assert {"echevarría", "são"} <= set(f.names) or {"echevarria", "sao"} <= set(f.names), f.names


def test_two_reports_of_one_forecast_align() -> None:
    """A budget's projected deficit, told by two outlets, is one fact: a slipped scale
    word in one of them is a disagreement."""
    al = _aligner(
        "Budget\n\nThe finance ministry projects a deficit of C$12.4 billion for next year.",
        "Canada budget\n\nThe budget projects a deficit of C$12.4 million next year, the ministry said.",
    )
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("C$12.4 billion", "C$12.4 million") in pairs


def test_amounts_in_one_unnamed_countrys_currency_word_align() -> None:
    """"pesos" with no country named is some country's peso, the same in two reports of
    one story: comparable with each other, never with dollars."""
    al = _aligner(
        "Norland budget\n\nNorland's finance minister Ana Ruiz projects a deficit of 12.4 billion pesos for next year.",
        "Ruiz budget in Norland\n\nThe budget Ana Ruiz presented in Norland projects a deficit of 12.4 million pesos next year.",
    )
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("12.4 billion pesos", "12.4 million pesos") in pairs


@pytest.mark.parametrize(("text", "figure", "person"), [
    ("Court\n\nJudge Ana Brandt of the Linz Regional Court fined Karl Huber, 52, €45,000.", "€45,000", "huber"),
    ("Court\n\nLeopold Ries, the former director of the Linz Port Authority, received a fine of €30,000.",
     "€30,000", "ry"),  # folded as frames fold name words
    ("Court\n\nThe Linz Regional Court imposed a fine of €30,000.", "€30,000", None),
    ("Swim\n\nTove Arnesen, born in 2004, touched in 52.1 seconds.", "52.1 seconds", "arnesen"),
    ("Swim\n\nTove Arnesen swam the race of her life, touching in 52.1 seconds.", "52.1 seconds",
     "arnesen"),  # a personal pronoun marks a person
    ("Swim\n\nNordvik Energy raised its bid, its shares gaining 5.1 per cent.", "5.1 per cent", None),
])
def test_the_person_a_figure_is_of_is_the_one_named_nearest_before_it(text: str, figure: str,
                                                                       person: str | None) -> None:
    from factcheck.frames import person_before

    at = text.index(figure)
    assert person_before(text, text.index("\n\n") + 2, at) == person


def test_figures_of_two_named_people_never_align() -> None:
    """Two defendants' fines in one article are two facts, not one told twice."""
    al = _aligner(
        "Harbour fraud\n\nJudge Ana Brandt of the Linz Regional Court also fined Karl Huber, 52, "
        "€45,000. Leopold Ries, 61, the former procurement director of the Linz Port Authority who "
        "took the money, received six years and a fine of €30,000.",
    )
    a, b = [m for m in al.mentions if m.claim.text.startswith("€")]
    assert al.similarity(a, b) is None


def test_an_undated_level_may_be_the_one_a_period_just_ended_gave() -> None:
    """"now covers 214 km²" in March is the ice cap's latest area, the one a report gives for
    the year that ended in December: one fact."""
    docs = [_doc("Vatna ice cap\n\nThe Vatna ice cap now covers 214 square kilometres, researchers say.",
                 "a", dt.date(2026, 3, 17)),
            _doc("Vatna report\n\nSurveys show the Vatna ice cap covered 2,140 km² in 2025, down from "
                 "2,485 km² in 2000, the report says.",
                 "b", dt.date(2026, 3, 16))]
    claims = {d.id: extract_document(d) for d in docs}
    al = Aligner({d.id: d for d in docs}, frame_documents(docs, claims), witness_groups(docs),
                 story_groups(docs))
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("214 square kilometres", "2,140 km²") in pairs


def test_different_parties_and_different_periods_never_align() -> None:
    al = _aligner(
        "Election in Norland\n\nThe Green Alliance won 31% of the vote in Norland on Sunday.",
        "Norland votes\n\nThe Farmers' Union won 12% of the vote in Norland on Sunday.",
        "Norland company\n\nNorland Steel's revenue for the quarter was $2bn.",
        "Norland Steel\n\nNorland Steel's annual revenue was $9bn.",
    )
    assert al.alignments() == []


def test_alignment_is_blocked_by_story() -> None:
    """Articles of different stories (years apart, no shared names) are never candidates."""
    docs = [_doc("Mayor elected\n\nTurnout in Ostrava was 41%.", "a", dt.date(2010, 1, 4)),
            _doc("Mayor elected\n\nTurnout in Ostrava was 52%.", "b", dt.date(2024, 1, 4))]
    claims = {d.id: extract_document(d) for d in docs}
    al = Aligner({d.id: d for d in docs}, frame_documents(docs, claims), witness_groups(docs),
                 story_groups(docs))
    assert al.candidates() == []


def test_times_of_day_are_compared_in_utc() -> None:
    (c,) = [c for c in extract_document(_doc("Quake\n\nThe quake struck at 14:30 GMT on Monday."))
            if c.kind == "date" and getattr(c.value, "time", None)]
    lo, hi = time_interval(c)  # type: ignore[misc]
    assert lo < hi and (hi - lo) <= 20


words = st.sampled_from(["port", "strike", "cost", "exporter", "lissa", "revenue", "vote", "seat"])
frames = st.builds(lambda ts: Frame(dimension="USD", measure=tuple(sorted(ts)),
                                    terms={t: 1.0 / (i + 1) for i, t in enumerate(sorted(ts))}),
                   st.sets(words, min_size=1, max_size=5))


@settings(max_examples=60, deadline=None)
@given(frames, frames)
def test_alignment_score_is_symmetric(fa: Frame, fb: Frame) -> None:
    from factcheck.align import Mention
    from factcheck.models import Claim, Interval, MoneyValue

    def mention(doc: str, f: Frame) -> Mention:
        c = Claim(doc=doc, text="$1bn", start=0, end=4, line=1, column=1,
                  value=MoneyValue(amount=1e9, currency="USD"))
        return Mention(doc, c, f, Interval(low=0.9e9, high=1.1e9, unit="USD"))

    al = Aligner({}, {"a": [], "b": []})
    x, y = mention("a", fa), mention("b", fb)
    sx, sy = al.score(x, y), al.score(y, x)
    assert (sx is None) == (sy is None)
    if sx is not None and sy is not None:
        assert sx.score == pytest.approx(sy.score) and 0.0 <= sx.score <= 1.0 + 1e-9


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 10)), min_size=1, max_size=8))
def test_consensus_is_the_largest_set_sharing_a_point(spans: list[tuple[int, int]]) -> None:
    from factcheck.align import Mention
    from factcheck.models import Claim, CountValue, Interval

    ms = [Mention(str(i), Claim(doc=str(i), text="1", start=0, end=1, line=1, column=1,
                                value=CountValue(value=1)), Frame(dimension="count"),
                  Interval(low=float(a), high=float(a + w), unit="count"))
          for i, (a, w) in enumerate(spans)]
    best, common = consensus(ms)
    assert best and common is not None
    assert all(m.interval.low <= common.low and common.high <= m.interval.high for m in best)  # type: ignore[operator]
    for p in range(0, 61):  # no point is covered by more intervals than the consensus
        assert sum(1 for a, w in spans if a <= p <= a + w) <= len(best)


@pytest.mark.parametrize(("a", "b", "far"), [
    (450.0, 6437.0, True),        # 450 m and four miles: two distances, not one
    (1.3e6, 1.3e9, False),        # a slipped scale word: "$1.3 million" for "$1.3 billion"
    (5000.0, 50000.0, False),     # a dropped zero: "€5,000" for "€50,000"
    (4000.0, 50000.0, True),      # a 4 and a 5: other digits, other things
    (1482600.0, 182600.0, False),  # a dropped digit: "182,600" for "1,482,600"
    (148260.0, 12600.0, True),    # other digits
    (72.0, 78.0, False),          # seats: near, a real disagreement
    (600.0, 1468800.0, True),     # ten minutes and 17 days
])
def test_values_far_apart_are_not_read_as_one_fact(a: float, b: float, far: bool) -> None:
    from factcheck.align import Mention
    from factcheck.models import Claim, Interval, QuantityValue
    from factcheck.rules.alignment import far_apart

    def m(v: float) -> Mention:
        c = Claim(doc="a", text=f"{v:,.0f}", start=0, end=1, line=1, column=1,
                  value=QuantityValue(magnitude=v, unit="meter"))
        return Mention("a", c, Frame(dimension="meter"), Interval(low=v, high=v, unit="meter"))

    assert far_apart(m(a), m(b)) is far


@pytest.mark.parametrize(("a", "b", "far"), [
    ((70.0, "meter"), (70.0, "mile"), False),   # one figure, its unit slipped (1,609 times)
    ((70.0, "meter"), (26.0, "mile"), True),    # other figures in other units
])
def test_one_figure_in_two_units_is_a_slip(a: tuple[float, str], b: tuple[float, str], far: bool) -> None:
    from factcheck.align import Mention
    from factcheck.models import Claim, Interval, QuantityValue
    from factcheck.normalize.units import canonical_unit
    from factcheck.rules.alignment import far_apart

    def m(v: float, unit: str) -> Mention:
        c = Claim(doc="a", text=f"{v:,.0f} {unit}", start=0, end=1, line=1, column=1,
                  value=QuantityValue(magnitude=v, unit=unit))
        si = v * canonical_unit(unit)[0]
        return Mention("a", c, Frame(dimension="meter"), Interval(low=si, high=si, unit="meter"))

    assert far_apart(m(*a), m(*b)) is far


def test_a_one_day_gap_names_both_readings_in_the_place_time() -> None:
    """A quake in Japan dated Tuesday by a Tokyo outlet and Monday by a New York one: the
    warning gives both days, the place's offset and the hours for which they differ."""
    from factcheck.check import analyze

    docs = [_doc("Quake in Japan\n\nA strong earthquake struck near Sendai, Japan, on Tuesday, "
                 "June 10, Japanese officials in Tokyo said.", "tokyo", dt.date(2025, 6, 10)),
            _doc("Japan quake\n\nA strong earthquake struck near Sendai, Japan, on Monday, "
                 "June 9, officials in Tokyo said.", "newyork", dt.date(2025, 6, 10))]
    res = analyze(docs, {d.id: extract_document(d) for d in docs})
    (f,) = [f for f in res.findings if f.rule == "AL01"]
    assert f.severity.value == "warning"
    assert "UTC+09:00" in f.message and "9 June 2025" in f.message and "10 June 2025" in f.message
    assert "New York time (UTC−04:00)" in f.message


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # polling: a spelled fraction and a percentage of the same share
    ("Nearly two-thirds of voters in Carvell backed the bypass plan in Monday's poll.",
     "Support for the bypass among Carvell voters stands at about 40%, a survey shows.", True),
    ("One in five adults in Carvell smoke, according to the health board.",
     "The share of Carvell adults who smoke is some 21%, the board's survey shows.", False),
    # a change written with its sign and one told by its words are compared by size
    ("Carvell's smoking rate has shrunk by 8.5% a decade since 1990, the board says.",
     "The trend in Carvell's smoking rate since 1990 is -8.5% a decade, the board's survey shows.", False),
])
def test_fractions_and_percentages_of_one_share_are_compared(first: str, second: str,
                                                             conflict: bool) -> None:
    al = _aligner("Carvell poll\n\n" + first, "Carvell survey\n\n" + second)
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "share"]
    assert len(pairs) == 1 and disagree(pairs[0].a, pairs[0].b) is conflict


@pytest.mark.parametrize(("other", "conflict"), [
    ("at 9:30 a.m. New York time on Monday, January 13", False),  # the same instant
    ("at 10:30 a.m. New York time on Monday, January 13", True),  # an hour later
])
def test_times_of_one_event_are_compared_in_utc(other: str, conflict: bool) -> None:
    """'14:30 GMT' and '9:30 a.m. in New York' in January are one time; 10:30 is not."""
    al = _aligner("Quake hits Marenia\n\nA strong earthquake struck the Marenian coast near "
                  "Port Vela at 14:30 GMT on Monday, January 13, the geological survey said.",
                  "Marenia earthquake\n\nThe earthquake struck near Port Vela on the Marenian "
                  f"coast {other}, seismologists said.")
    pairs = [p for p in al.alignments() if p.a.frame.event == "struck"]
    assert len(pairs) == 1 and disagree(pairs[0].a, pairs[0].b) is conflict


@pytest.mark.parametrize(("other", "conflict"), [
    ("Tuesday's ruling by the tribunal", True),  # 13 May: the day before
    ("the tribunal's ruling on Wednesday", False),
])
def test_a_ruling_dated_by_two_outlets_aligns(other: str, conflict: bool) -> None:
    """A court's ruling is an event: one outlet's weekday is compared with another's date."""
    al = _aligner("Levy struck down\n\nThe Marvell tribunal ruled on Wednesday, 14 May, that the "
                  "harbour levy was unlawful.",
                  f"Harbour levy\n\nShippers welcomed {other} on the Marvell harbour levy.")
    pairs = [p for p in al.alignments() if p.a.frame.event == "ruled"]
    assert len(pairs) == 1 and disagree(pairs[0].a, pairs[0].b) is conflict


@pytest.mark.parametrize(("other", "conflict"), [
    ("Hana Ruiz's victory on Saturday", True),  # 10 May: the day before
    ("Hana Ruiz's victory on Sunday", False),
])
def test_a_win_dated_by_two_outlets_aligns_not_a_former_one(other: str, conflict: bool) -> None:
    """A win is an event: one outlet's weekday is compared with another's date, and the
    winner's wins of other years ("the 2023 Alpine Classic") neither stand in nor make the
    win recur."""
    al = _aligner("Ruiz wins Coastal Open\n\nHana Ruiz won the Coastal Open on Sunday, 11 May, "
                  "adding to her victories at the 2021 Delta Masters and the 2023 Alpine Classic.",
                  f"Coastal Open\n\nFans cheered {other} at the Coastal Open.")
    pairs = [p for p in al.alignments() if p.a.frame.event == "won"]
    assert len(pairs) == 1 and disagree(pairs[0].a, pairs[0].b) is conflict
    assert {p.a.claim.text for p in pairs} | {p.b.claim.text for p in pairs} >= {"Sunday, 11 May"}


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("nine days", "10 days", True),  # whole days are counted, not rounded to tens
    ("17 days", "18 days", True),
    ("13 days", "nearly two weeks", False),
    ("12 days", "more than 10 days", False),
    ("about 10 days", "11 days", False),
    ("two years", "40 months", True),
    ("two years", "27 months", False),
])
def test_spans_of_whole_days_weeks_and_years_are_counted(first: str, second: str,
                                                          conflict: bool) -> None:
    from factcheck.align import comparable_interval
    from factcheck.normalize.intervals import conflict as disjoint

    def interval(phrase: str):  # type: ignore[no-untyped-def]
        claims = extract_document(_doc(f"Strike\n\nThe dockers stayed out for {phrase}."))
        (c,) = [c for c in claims if c.text == phrase]
        return comparable_interval(c)

    assert disjoint(interval(first), interval(second)) is conflict


def test_the_consensus_of_age_ranges_is_by_their_ends() -> None:
    al = _aligner(*(f"Choir\n\nThe singers, aged {r}, sang for the Pope in Verona."
                    for r in ("10 to 14", "10 to 14", "10 to 15", "10 to 14")))
    ms = [m for m in al.mentions if m.frame.dimension == "age"]
    agreeing, _ = consensus(ms)
    assert sorted(m.claim.text for m in agreeing) == ["10 to 14"] * 3


@pytest.mark.parametrize(("text", "claim", "head"), [
    # a participle before the counted noun is not what is counted
    ("Avalanche\n\nRescuers reached the 14 stranded climbers on Friday.", "14", "climber"),
    ("Flood\n\nThe army evacuated 300 trapped residents by boat.", "300", "resident"),
    # a noun after a preposition or a comma is not what the number counts
    ("Derby\n\nThe crowd of 38,512 at Mill Lane fell silent.", "38,512", "crowd"),
    ("Concert\n\nA crowd of 12,400 in the park sang along.", "12,400", "crowd"),
])
def test_what_a_count_counts(text: str, claim: str, head: str) -> None:
    assert _frames(text)[claim].head == head


@pytest.mark.parametrize(("text", "claim", "event"), [
    # what was done to those a count counts, from the verb of its clause, phrasal ones too
    ("Avalanche\n\nEleven climbers had been cut off by the snow since Monday.", "Eleven", "trapped"),
    ("Ferry\n\nCoastguards said 23 passengers were rescued from the water.", "23", "rescued"),
    ("Ferry\n\nThe ferry carried 23 passengers.", "23", None),
])
def test_the_event_a_count_is_of(text: str, claim: str, event: str | None) -> None:
    assert _frames(text)[claim].event == event


def test_a_name_after_a_preposition_of_place_is_where_not_whose() -> None:
    frame = _frames("Quarry\n\nSix workers were trapped at the Kelloway quarry on Monday.")["Six"]
    assert frame.names == ()


def test_a_wire_dateline_names_no_one() -> None:
    frame = _frames("Quarry\n\nCARDIFF (Newswire) - Six workers were trapped in a quarry.")["Six"]
    assert "newswire" not in frame.names and "newswire" not in frame.terms


def test_one_article_counting_a_group_with_two_nouns_lets_outlets_use_either() -> None:
    # the first article counts the climbers and then "the 11 men"; the second says "the
    # 12 men": the story's climbers and men are one group
    al = _aligner("Avalanche\n\nEleven climbers were stranded on Mount Kell on Monday. "
                  "Helicopters later lifted the 11 men to safety.",
                  "Rescue on Mount Kell\n\nThe 12 men had been stranded on Mount Kell since Monday.")
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()
             if p.a.frame.dimension == "count" and p.a.doc != p.b.doc]
    assert ("Eleven", "12") in pairs
    assert al.aliases and all(pair == frozenset({"climber", "man"}) for s in al.aliases.values()
                              for pair in s)


def test_counts_of_one_event_told_in_parts_stay_apart() -> None:
    # an article counts those rescued in parts (four on Sunday, all 12 in the end): another
    # article's "four boys were rescued on Sunday" is a part, not a rival of "12"
    al = _aligner("Rescue\n\nFour hikers were rescued on Sunday. All 12 hikers were rescued by Tuesday.",
                  "Hikers freed\n\nAll 12 hikers were rescued from the canyon.")
    assert not [p for p in al.alignments() if p.a.frame.dimension == "count" and disagree(p.a, p.b)]


def test_the_age_of_one_named_person_in_other_words() -> None:
    al = _aligner("Crash\n\nThe driver, Rui Santos, 52, died at the scene.",
                  "Tributes\n\nRui Santos, a 55-year-old bus driver, was killed instantly.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "age"]
    assert len(pairs) == 1 and disagree(pairs[0].a, pairs[0].b)


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("More than 3,400 homes were flooded in the county.", "The 3,400 flooded homes in the county will be surveyed.", False),
    ("More than 3,400 homes were flooded in the county.", "Officials said 3,100 homes were flooded in the county.", True),
])
def test_a_round_figure_in_the_thousands_is_a_rounded_one(first: str, second: str, conflict: bool) -> None:
    al = _aligner("Floods in Orrin\n\n" + first, "Floods hit Orrin\n\n" + second)
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "count"]
    assert pairs and disagree(pairs[0].a, pairs[0].b) is conflict


def test_a_hyphenated_word_is_no_verb_form() -> None:
    # "pre-dawn" is not an inflected verb: the count's verb is the one that says what happened
    frame = _frames("Heist\n\nThieves steal five paintings in pre-dawn raid on gallery.")["five"]
    assert frame.predicate is None


def test_a_demonym_before_the_counted_noun_is_not_what_is_counted() -> None:
    assert _frames("Troops\n\nAbout 800 Canadian troops are based there.")["About 800"].head == "soldier"
    assert _frames("Troops\n\nAbout 800 Canadians live there.")["About 800"].head == "canada"


def test_a_moment_restated_on_another_clock_meets_other_outlets_through_its_first_telling() -> None:
    # the second article gives the local day and the same minute on a British clock; the
    # first article's "Sunday" is that local day, not a day earlier than "Monday"
    al = _aligner("Mesa Verde sets record\n\nThe desert town of Mesa Verde reached 50 degrees Celsius on "
                  "Sunday, the highest reading ever taken there, forecasters said.",
                  "Desert town records 50C\n\nMesa Verde reached 50C (122F) at 4.52pm local time on "
                  "Sunday – 00.52 BST on Monday – according to the national weather service.")
    dated = [p for p in al.alignments() if p.a.frame.dimension == "date"]
    assert dated and not any(disagree(p.a, p.b) for p in dated)


def test_distances_from_one_named_place_align_and_from_two_never() -> None:
    # a unit slip: one outlet writes miles for the kilometres the others write
    al = _aligner("Ferry sinks\n\nThe ferry sank about 23 kilometres (14 miles) north of Kerra Island on "
                  "Tuesday, the coastguard said.",
                  "Ferry sinks off Kerra\n\nThe vessel capsized roughly 23 miles off Kerra Island as "
                  "passengers slept, officials said.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "meter"]
    assert any(disagree(p.a, p.b) for p in pairs)
    assert _frames("Port\n\nThe ship lies 12 km off Kerra Island.")["12 km"].landmark == "kerra island"
    al = _aligner("Ferry\n\nThe ferry sank 23 km north of Kerra Island.",
                  "Ferry\n\nThe ferry sank 31 km north of Lusa Point.")
    assert not [p for p in al.alignments() if p.a.frame.dimension == "meter"]


def test_the_subject_of_a_reporting_verb_is_a_source_not_whose() -> None:
    frame = _frames("Census\n\nThe Statistics Office (StatOff) said the count also confirmed the ageing "
                    "of the country: 19% of residents are now 65 or older.")["19%"]
    assert frame.names == ()


@pytest.mark.parametrize(("text", "claim", "predicate"), [
    # a present tense right before the number is its verb, not a plural noun
    ("Fleet\n\nThe airline carried 3.1 million passengers last year and now operates 88 jets.", "88", "operate"),
    # the other half of "X and has Y" is not this number's verb; "has" is, when not an
    # auxiliary, and owning is operating
    ("Fleet\n\nThe carrier flew 3.1 million passengers and has a fleet of 88 jets.", "88", "operate"),
    ("Fleet\n\nThe carrier has ordered 12 new jets.", "12", "order"),
    # a name's compound is an adjective, not a verb ("Lisbon-based")
    ("Fleet\n\nLisbon-based Aerolis sold 88 jets.", "88", "sell"),
    # a list of counts is no second verb phrase
    ("Crash\n\nRescuers freed 14 passengers and 3 crew members.", "3", "rescue"),
])
def test_a_count_takes_the_verb_of_its_own_verb_phrase(text: str, claim: str, predicate: str | None) -> None:
    assert _frames(text)[claim].predicate == predicate


def test_a_period_written_before_what_it_dates_is_the_scope_even_after_a_reporting_verb() -> None:
    # "reported first-half profit": the half year is the profit's, not when it was said
    frame = _frames("Results\n\nAerolis reported first-half net income of €310 million on Tuesday.")["€310 million"]
    assert (frame.scope_start, frame.scope_end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    # "said Tuesday" dates the saying
    frame = _frames("Results\n\nAerolis said Tuesday its profit was €310 million.")["€310 million"]
    assert frame.scope_start is None


def test_two_outlets_counting_one_fleet_in_other_words_align() -> None:
    # a transposed figure: 88 jets in one outlet, 58 aircraft... of one fleet in the other
    al = _aligner("Aerolis results\n\nLisbon-based Aerolis carried 3.1 million passengers in the "
                  "quarter and now operates 88 vessels on its island routes.",
                  "Ferry operator grows\n\nAerolis moved 3.1 million people during the three months "
                  "and has a fleet of 58 ships on its island routes.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "count" and p.a.claim.text in ("88", "58")]
    assert pairs and disagree(pairs[0].a, pairs[0].b)
    # ordering ships is not having them
    al = _aligner("Aerolis orders\n\nAerolis has ordered 12 new ships.",
                  "Aerolis fleet\n\nAerolis has a fleet of 58 ships on its island routes.")
    assert not [p for p in al.alignments() if p.a.frame.dimension == "count"]
    assert _frames("Orders\n\nAerolis has ordered 12 new ships.")["12"].head == "ship"


def test_the_noun_of_a_phrase_after_a_number_says_what_it_measures() -> None:
    # "four days of torrential rain" and "three days of heavy rain": the rain, not the adjective
    al = _aligner("Floods in Port Selin\n\nThe Ostra burst its banks in Port Selin on Sunday after four "
                  "days of torrential rain, officials said.",
                  "Ostra floods Port Selin\n\nHundreds were moved to shelters in Port Selin when the swollen "
                  "Ostra broke through defences following three days of heavy rain.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "second"]
    assert pairs and disagree(pairs[0].a, pairs[0].b)


@pytest.mark.parametrize(("text", "claim", "head"), [
    # a count with no noun after it counts the noun of the count before it
    ("Quake\n\nFour miners died and 12 were hurt.", "12", "miner"),
    ("Storm\n\nNine fishermen were rescued, while 3 are still unaccounted for.", "3", "fisherman"),
])
def test_a_count_with_no_noun_counts_the_noun_of_the_count_before_it(text: str, claim: str, head: str) -> None:
    assert _frames(text)[claim].head == head


def test_a_count_after_an_auxiliary_and_an_adverb_takes_its_event() -> None:
    frame = _frames("Storm\n\nNine fishermen were rescued, while 3 are still unaccounted for.")["3"]
    assert frame.event == "disappeared"


def test_counts_of_one_event_told_by_different_verbs_align() -> None:
    # "moved out" and "evacuated" are one event's verbs: the counts are one fact
    al = _aligner("Dam breach in Orvik Valley\n\nSome 2,600 people were moved out of the Orvik Valley "
                  "on Friday, the civil protection office said.",
                  "Orvik Valley dam leaks\n\nAuthorities evacuated 6,200 people from the Orvik Valley on "
                  "Friday as water seeped through the dam wall.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "count"]
    assert pairs and disagree(pairs[0].a, pairs[0].b)


def test_one_amount_of_the_same_named_parties_aligns_and_a_price_a_share_does_not() -> None:
    first = ("Norrland Mining bids for Tessik\n\nNorrland Mining said on Monday it had agreed to buy "
             "Tessik Copper for 3.6 billion dollars in cash.")
    al = _aligner(first, "Copper deal\n\nNorrland Mining's 6.3 billion dollar offer for Tessik Copper, "
                  "announced on Monday, is the largest in the sector this year.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "USD"]
    assert pairs and disagree(pairs[0].a, pairs[0].b)
    al = _aligner(first, "Copper deal\n\nNorrland Mining will pay 41 dollars a share for Tessik Copper, "
                  "it said on Monday.")
    assert not [p for p in al.alignments() if p.a.frame.dimension == "USD"]


def test_figures_in_two_units_are_compared_as_each_was_rounded() -> None:
    # 48 degrees Fahrenheit is 8.9 degrees Celsius: "9 degrees Celsius" rounds it
    al = _aligner("Lakeside race\n\nThe Lakeside half marathon started at 9 a.m. in a temperature of 9 "
                  "degrees Celsius, organisers said.",
                  "Lakeside race record\n\nThe temperature at the start of the Lakeside half marathon was "
                  "48 degrees Fahrenheit, organisers said.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "kelvin"]
    assert pairs and not disagree(pairs[0].a, pairs[0].b)


@pytest.mark.parametrize(("first", "second", "apart"), [
    ("9,300 metres", "30,500 feet", False),  # 9,296 m: each rounded to its hundreds
    ("130 km/h", "80 mph", False),  # 80.8 mph, rounded to tens
    ("1,400 feet", "427 metres", False),
    ("1,040 feet", "427 metres", True),  # 317 m
    ("50 degrees Celsius", "113 degrees Fahrenheit", True),  # 45 C: a round figure is no licence
])
def test_a_whole_figure_with_trailing_zeros_is_compared_as_rounded(first: str, second: str, apart: bool) -> None:
    al = _aligner(f"Kerra ash\n\nThe Mount Kerra ash plume measured {first} at its peak on Tuesday, the observatory said.",
                  f"Kerra plume\n\nThe Mount Kerra ash plume measured {second} at its peak on Tuesday, the observatory said.")
    pairs = al.alignments()
    assert pairs and disagree(pairs[0].a, pairs[0].b) is apart


def test_a_date_of_many_counted_events_is_no_single_events_date() -> None:
    frame = _frames("Volcano\n\nThe observatory recorded 36 volcanic earthquakes on Tuesday.").get("Tuesday")
    assert frame is None or frame.event is None
    assert _frames("Volcano\n\nA strong earthquake struck on Tuesday.")["Tuesday"].event == "struck"


def test_one_undated_occurrence_ranked_in_a_story_aligns_and_a_dated_one_stays_apart() -> None:
    texts = ["Kara Sel summits Mount Oreth\n\nKara Sel reached the top of Mount Oreth on Sunday. It was "
             "her fourth attempt on the peak, her team said. A third attempt on May 2 was called off "
             "in a storm.",
             "Mount Oreth climbed\n\nClimber Kara Sel stood on the summit of Mount Oreth on Sunday, "
             "succeeding at the fourth try after years of setbacks.",
             "Sel conquers Oreth\n\nFor Kara Sel, the climb up Mount Oreth was a second attempt, "
             "organisers of the expedition said."]
    al = _aligner(*texts)
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "ordinal"]
    got = {(p.a.doc, p.b.doc) for p in pairs if {p.a.claim.text, p.b.claim.text} == {"fourth", "second"}}
    assert ("b", "c") in got  # "succeeding at the fourth try", "was a second attempt"
    assert not any("third" in (p.a.claim.text, p.b.claim.text) for p in pairs)


def test_one_ranked_phrase_aligns_whatever_verb_or_modifier_tells_it() -> None:
    al = _aligner(
        "Rovers champions\n\nHarlow Rovers won a second successive regional league title on Saturday.",
        "Rovers celebrate\n\nThe fans cheered as Harlow Rovers sealed the club's third consecutive league title.",
    )
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("second", "third") in pairs or ("third", "second") in pairs, pairs


@pytest.mark.parametrize(("text", "claim", "predicate"), [
    # an irregular past tense is a verb; a possessive is none
    ("Poll\n\nThe Greens won 14 seats in the regional parliament.", "14", "win"),
    ("Poll\n\nThe party's 14 seats were lost.", "14", "lose"),
])
def test_irregular_past_tenses_are_verbs_and_possessives_are_not(text: str, claim: str, predicate: str) -> None:
    assert _frames(text)[claim].predicate == predicate


def test_what_would_have_happened_is_a_hypothetical_not_a_change() -> None:
    from factcheck.link_text import FORECAST

    assert _frames("Airline\n\nWithout the fuel hedge, costs would have climbed 14%.")["14%"].role == FORECAST


@pytest.mark.parametrize(("text", "claim", "event"), [
    # a comma-set phrase of place between the event and its date
    ("Flood\n\nThree people drowned when the river burst its banks in Lamar, near the old mill, "
     "on Sunday night.", "Sunday night", "died"),
    # a match told by its result, a blaze by its noun
    ("Cup\n\nCeltic Harbour beat Dunmore 2-1 in Saturday's final.", "Saturday", "contested"),
    ("Blaze\n\nA blaze tore through the warehouse district on Monday.", "Monday", "burned"),
])
def test_the_event_a_date_dates_past_phrases_of_place(text: str, claim: str, event: str) -> None:
    assert _frames(text)[claim].event == event


def test_a_name_after_a_preposition_of_place_and_a_direction_is_where() -> None:
    f = _frames("Fire\n\nA fire at a paint factory in north-west Ruvia killed four workers on Friday.")["Friday"]
    assert "ruvia" not in f.actors


def test_counted_and_tallied_are_one_verb_though_counts_are_charges() -> None:
    """A verb's sense, not its noun's: "ballots counted" are "ballots tallied"; "four
    counts" of an indictment stay charges."""
    al = _aligner(
        "Referendum in Talvik\n\nElection staff in Talvik tallied 48,213 ballots across nine districts.",
        "Talvik referendum\n\nTurnout reached 61 per cent in Talvik, with 48,231 votes counted.",
    )
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("48,213", "48,231") in pairs
    counts = _frames("Trial\n\nA jury in Orlen convicted Ada Obi on four counts of fraud.")["four"]
    assert counts.head == "charge"


def test_words_past_another_amount_are_that_amounts() -> None:
    """"a prize worth $4,000 on top of the $120,000 winner's purse": the purse is the other
    figure's; the prize is this one's, and a dropped zero is a disagreement, not two facts."""
    from factcheck.check import analyze

    texts = ("Riga chess\n\nAda Obi of Latvia collected a tiebreak prize of $40,000 in Riga on Sunday.",
             "Obi wins in Riga\n\nAda Obi took home a tiebreak prize worth $4,000 on top of the "
             "$120,000 winner's purse in Riga on Sunday.")
    al = _aligner(*texts)
    pairs = {(p.a.claim.text, p.b.claim.text) for p in al.alignments()}
    assert ("$40,000", "$4,000") in pairs and ("$40,000", "$120,000") not in pairs
    docs = [_doc(t, chr(ord("a") + i)) for i, t in enumerate(texts)]
    found = analyze(docs, {d.id: extract_document(d) for d in docs}).findings
    assert [f.severity.value for f in found if f.rule == "AL01"] == ["warning"]


def test_a_when_clause_after_since_a_year_is_of_that_year() -> None:
    """"the worst since 1998, when the river rose 9.2 metres" is 1998's level, not one of
    the span from 1998 to now."""
    al = _aligner(
        "Linz flood\n\nThe Danube at Linz rose to 6.4 metres on Tuesday, the city said.",
        "Flood in Linz\n\nIt is the worst flood at Linz since 1998, when the Danube rose to 9.2 metres.",
    )
    pairs = {(p.a.claim.text, p.b.claim.text) for p in al.alignments()}
    assert ("6.4 metres", "9.2 metres") not in pairs


def test_lives_claimed_are_people_who_died() -> None:
    """"the storm claimed 14 lives" counts the dead ("16 people died"); "saved 12 lives" are the rescued."""
    al = _aligner(
        "Storm in Varo\n\nThe storm that hit Varo on Monday claimed 14 lives and flattened 300 homes.",
        "Varo storm\n\nSixteen people died in Varo when the storm hit on Monday, officials said.",
    )
    pairs = {(p.a.claim.text, p.b.claim.text) for p in al.alignments()}
    assert ("14", "Sixteen") in pairs
    saved = _frames("Storm\n\nLifeguards in Varo saved 12 lives on Monday.")["12"]
    assert saved.head == "life" and saved.event == "rescued"


def test_a_bare_ordinal_is_a_place_and_a_name_written_whole_joins_its_short_forms() -> None:
    """"from ninth to sixth in the league" ranks a place, as "to fifth place" does; one
    outlet's "Vale" and another's "Rovers" are the "Vale Rovers" a third writes whole."""
    al = _aligner(
        "Rovers climb\n\nVale Rovers beat Ostby 2-0 at home on Saturday. The win lifted Rovers from "
        "ninth to sixth in the Premier League table.",
        "Vale climb\n\nThe win over Ostby on Saturday lifted Vale to fifth place in the Premier League table.",
        "Vale Rovers coach\n\n\"Seventh, in the Premier League table, after the win over Ostby on Saturday,\" "
        "the coach said.",
    )
    pairs = {(p.a.claim.text, p.b.claim.text) for p in al.alignments()}
    assert ("sixth", "fifth") in pairs and ("ninth", "fifth") not in pairs
    assert not {p for p in pairs if "Seventh" in p}  # whose place it is, unnamed: no fact to compare
    assert _frames("Table\n\nThe win lifted Vale to fifth place.")["fifth"].head == "place"


def test_doses_given_are_doses_administered_and_a_long_names_first_word_is_no_name() -> None:
    """"Health workers" opening a sentence is no name because "the Regional Health Office"
    is one; doses "given" and "administered" are one fact."""
    al = _aligner(
        "Measles in Tarvo\n\nThe Regional Health Office in Tarvo said on Sunday that cases rose. "
        "Health workers in Tarvo have given 12,400 doses since the campaign began.",
        "Tarvo vaccination\n\nNurses in Tarvo have administered 12,040 doses since the campaign began, "
        "the Regional Health Office said on Sunday.",
    )
    pairs = {(p.a.claim.text, p.b.claim.text) for p in al.alignments()}
    assert ("12,400", "12,040") in pairs


def test_a_conflict_is_judged_by_the_sources_surely_of_its_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    """One disagreeing source aligned only possibly (below ``align.HIGH``) does not make a
    finding that confident alignments carry into an uncertain one."""
    import factcheck.align as align
    from factcheck.check import analyze

    texts = [("Vaccine trial\n\nThe Fluvexa shot cut hospital admissions for flu by 61.4 per cent over "
              "the winter compared with placebo, results published this week showed.", dt.date(2025, 3, 2)),
             ("Flu shot results\n\nThe new Fluvexa flu shot reduced hospital admissions by 64.1% compared "
              "with placebo over the winter, the company said.", dt.date(2025, 3, 1)),
             ("Flu shot trial\n\nIn the trial the Fluvexa shot reduced flu hospital admissions by 64.1% "
              "compared with placebo.", dt.date(2025, 3, 1))]
    docs = [_doc(t, chr(ord("a") + i), p) for i, (t, p) in enumerate(texts)]
    scores = sorted(al.score for al in _aligner(*[t for t, _ in texts]).alignments() if "a" in (al.a.doc, al.b.doc))
    assert len(scores) == 2 and scores[0] < scores[1]
    monkeypatch.setattr(align, "HIGH", (scores[0] + scores[1]) / 2)  # the second source is only possible
    found = [f for f in analyze(docs, {d.id: extract_document(d) for d in docs}).findings if f.rule == "AL01"]
    assert [(f.severity.value, len(f.claims)) for f in found] == [("warning", 2)]


def test_a_figure_alone_in_its_clause_is_of_the_clauses_around_it() -> None:
    """"During the climb, at about 9,000 ft, the crew received a warning": the clause of
    the figure holds no word of its own, so the words around it say what it measures."""
    f = _frames("Flight\n\nDuring the climb, at about 9,000 ft, the crew received a fire warning.")["about 9,000 ft"]
    assert f.terms["rise"] == f.terms["crew"] == 1.0 and {"rise", "crew"} <= set(f.measure)
    # a figure with words of its own in its clause keeps them first
    f = _frames("Flight\n\nThe jet climbed to 9,000 ft, and the crew received a fire warning.")["9,000 ft"]
    assert f.terms["rise"] > f.terms["crew"]


def test_what_a_rate_is_levied_on_tells_two_rates_apart() -> None:
    """"an 18% duty on dairy products" and "a 35% tariff on cars" are two rates, though a
    duty is a tariff; "a 35% levy on vehicles" is the second's."""
    f = _frames("Trade\n\nNorland's 18% duty on imported dairy products will be phased out.")["18%"]
    assert f.levied == "dairy product"
    al = _aligner("Norland trade pact\n\nNorland's 18% duty on dairy products will be phased out under the pact.",
                  "Norland pact signed\n\nNorland's 35% tariff on cars will be phased out under the pact.",
                  "Norland deal\n\nUnder the pact Norland's 30% levy on vehicles will be phased out.")
    pairs = {frozenset((p.a.claim.text, p.b.claim.text)) for p in al.alignments()}
    assert frozenset(("18%", "35%")) not in pairs and frozenset(("18%", "30%")) not in pairs
    assert frozenset(("35%", "30%")) in pairs


def test_a_planned_occurrence_does_not_make_an_event_recur() -> None:
    """"The next launch is expected in January" plans a launch; it does not make the
    story's launch recur, so two outlets' days for the one launch still align."""
    al = _aligner("Vega flight\n\nThe launch from Kourou took place on Friday. The next launch is expected "
                  "in January.",
                  "Kourou launch\n\nThe launch from Kourou took place on Thursday, the agency said.")
    pairs = {frozenset((p.a.claim.text, p.b.claim.text)) for p in al.alignments()}
    assert frozenset(("Friday", "Thursday")) in pairs


@pytest.mark.parametrize(("text", "claim"), [
    ("Poll\n\nParticipation was therefore 64.1%, the board said.", "64.1%"),
    ("Harvest\n\nThe yield thus came to 7.2 tonnes a hectare.", "7.2 tonnes"),
    ("Budget\n\nSpending consequently rose to $4.1bn.", "$4.1bn"),
])
def test_a_discourse_adverb_is_no_predicate_or_term(text: str, claim: str) -> None:
    # "therefore" says how the sentence follows the last, not what the figure measures
    frame = _frames(text)[claim]
    assert frame.predicate not in ("therefore", "thus", "consequently")
    assert not {"therefore", "thus", "consequently"} & set(frame.terms)



def test_funds_allocated_and_released_from_one_fund_are_one_fact() -> None:
    # a grant "allocated" by one outlet is "released" by another
    assert _first_disagreeing(
        "USD",
        "Cyclone Ilse nears Sava coast\n\nAid agencies stocked food in Sava before landfall. On Wednesday, "
        "the United Nations released $5.3 million from its Global Disaster Response Fund to support early "
        "action in the provinces in the storm's path.",
        "Cyclone Ilse: flash update\n\nOn 14 May, the Emergency Relief Coordinator allocated US$3.5 million "
        "from the Global Disaster Response Fund (GDRF) for anticipatory action in Sava.",
    )


@pytest.mark.parametrize(("text", "claim", "forecast"), [
    ("Budget\n\nOn 2 May, the council approved $12 million for roads.", "$12 million", False),
    ("Harvest\n\nIn May the co-operative sold 4,000 tonnes of wheat.", "4,000 tonnes", False),
    ("Harvest\n\nThe co-operative may sell 4,000 tonnes of wheat.", "4,000 tonnes", True),
])
def test_a_month_named_may_is_no_modal(text: str, claim: str, forecast: bool) -> None:
    assert (_frames(text)[claim].role == "a forecast or hypothetical") is forecast


@pytest.mark.parametrize(("text", "claim", "forecast"), [
    # the terms of a deal are agreed, not forecast: the figure later reports give
    ("Takeover\n\nBrightwater will pay £42 million for 75% of the club.", "£42 million", False),
    ("Takeover\n\nBrightwater is set to take a 75% stake in the club.", "75%", False),
    # a modal of possibility, or a forecast verb, still forecasts
    ("Takeover\n\nBrightwater may pay £42 million for the club.", "£42 million", True),
    ("Results\n\nThe group will report revenue of £42 million, analysts expect.", "£42 million", True),
])
def test_a_deals_terms_are_no_forecast(text: str, claim: str, forecast: bool) -> None:
    assert (_frames(text)[claim].role == "a forecast or hypothetical") is forecast


@pytest.mark.parametrize(("text", "claim", "names"), [
    # diplomacy: names past a second predicate ("and asks ...") are not whose the count is
    ("Mission renewed\n\nResolution 99, adopted on Monday, keeps a ceiling of 8,200 troops and asks "
     "the mission to prepare a handover to Malian forces.", "8,200", ()),
    # economics: a figure of a clause opened by "after ..." is not the names' before it
    ("Rates\n\nThe Reserve Bank of Nordland raised its rate to 2.5%, after annual inflation climbed "
     "to 3.4%.", "3.4%", ()),
    ("Rates\n\nThe Reserve Bank of Nordland raised its rate after annual inflation climbed "
     "to 3.4%.", "3.4%", ()),
    # elections: "but only ..." goes on with the subject before it
    ("Vote\n\nThe Greens fell to 21 seats, while Reform took 14.3% of the vote, but only five seats.",
     "five", ("reform",)),
    # a list of names after the count is still the count's
    ("Mission renewed\n\nThe Kivu force of 4,000 troops from Rwanda and Zambia stays until June.",
     "4,000", ("kivu", "rwanda", "zambia")),
])
def test_names_past_a_second_predicate_are_not_whose_a_count_is(text: str, claim: str,
                                                                names: tuple[str, ...]) -> None:
    assert _frames(text)[claim].names == names


def test_a_date_of_a_contrasted_clause_after_a_figure_does_not_date_it() -> None:
    # labour: "while doctors plan to walk out next month" dates the doctors' walk-out
    assert _frames("Strike\n\nSome 1,200 nurses went on strike in Lyon while doctors plan to walk "
                   "out next month.")["Some 1,200"].scope_start is None
    # markets: what a fall followed is most often of its day
    assert _frames("Markets\n\nOrvel shares fell 3.2% after the company warned on "
                   "Monday.")["3.2%"].scope_start == dt.date(2025, 5, 12)


def test_the_one_count_of_a_noun_in_each_article_of_a_story_is_one_fact() -> None:
    # each article counts troops once: the ceiling "up to 8,200 troops" and "2,800 troops"
    al = _aligner(
        "Sahel mission renewed\n\nThe Security Council on Monday renewed the Sahel mission for a year. "
        "The text keeps an authorised strength of up to 8,200 troops, according to a copy seen by the agency.",
        "Council extends Sahel mission\n\nResolution 2801, adopted on Monday with two abstentions, keeps a "
        "ceiling of 2,800 troops and asks the mission to prepare a handover to Malian forces.",
    )
    assert ("up to 8,200", "2,800") in {(p.a.claim.text, p.b.claim.text) for p in al.alignments()}
    # not when one article counts the noun twice, nor a kind of it named ("two British divers")
    al = _aligner(
        "Cave rescue\n\nTwo British divers reached the group on Monday, officials said.",
        "Cave rescue ends\n\nTen foreign divers guided the boys out. Three divers worked as technicians, "
        "officials said on Tuesday.",
    )
    assert not [p for p in al.alignments() if p.a.frame.dimension == "count"]


@pytest.mark.parametrize(("word", "lemma_"), [
    ("cancelled", "cancel"), ("labelled", "label"), ("travelling", "travel"),
    ("filled", "fill"), ("killed", "kill"),  # (a verb's own double l stays)
])
def test_a_british_doubled_l_is_the_american_verb(word: str, lemma_: str) -> None:
    from factcheck.link_text import lemma

    assert lemma(word) == lemma_


@pytest.mark.parametrize(("text", "head"), [
    # sport, disasters: an age in apposition is of who the clause before names
    ("Chess\n\nBrenner, the 34-year-old from Hamburg, lost in 41 moves.", "brenner"),
    ("Fire\n\nThe firefighter injured on Thursday, a 34-year-old member of the crew, was recovering.",
     "firefighter"),
    # not after a phrase of place
    ("Crime\n\nIn Hamburg, a 34-year-old man was arrested.", "man"),
    # the name that ends the clause before it, not that clause's first word
    ("Profile\n\nA short profile of Dana Okoro, the 34-year-old who now leads the team.", "okoro"),
])
def test_an_age_in_apposition_is_of_the_noun_before_it(text: str, head: str) -> None:
    assert _frames(text)["34-year-old"].head == head


def test_an_age_apposed_to_a_name_is_that_persons_whoever_else_its_clause_names() -> None:
    # diplomacy: the clause after the age names a country, the other article a ministry
    assert _first_disagreeing(
        "age",
        "New envoy\n\nForeign minister Lena Sorvik, 57, said the talks would resume in Oslo.",
        "Envoy profile\n\nA word on Lena Sorvik, the 54-year-old who now speaks for Norway at the talks.",
    )


def test_the_one_age_of_a_noun_in_each_article_is_one_persons() -> None:
    # each article gives the age of one firefighter: one person, whatever the wording
    assert _first_disagreeing(
        "age",
        "Wildfire near Banff\n\nA 43-year-old firefighter was hurt on Thursday when a tree fell on him "
        "near Banff, officials said.",
        "Banff fire grows\n\nThe firefighter injured on Thursday near Banff, a 34-year-old member of a "
        "provincial crew, was recovering in hospital, officials said.",
    )


def test_an_announcement_is_told_by_the_figure_it_gives() -> None:
    # company results: one announcement of 1,150 job cuts, dated to two days
    assert _first_disagreeing(
        "date",
        "Carmaker cuts jobs\n\nThe carmaker announced on Tuesday that it will cut 1,150 jobs at its "
        "Zwickau plant by 2028.",
        "Union anger at cuts\n\nIts chief executive announced 1,150 job cuts at the Zwickau plant on "
        "Wednesday, blaming falling demand.",
    )


def test_announcements_of_different_figures_are_two() -> None:
    pairs = [p for p in _aligner(
        "Carmaker cuts jobs\n\nThe carmaker announced on Tuesday that it will cut 1,150 jobs at its "
        "Zwickau plant by 2028.",
        "Carmaker hires\n\nIts chief executive announced 400 new jobs on Wednesday at the Zwickau "
        "plant.",
    ).alignments() if p.a.frame.dimension == "date"]
    assert pairs == []


def test_a_date_after_since_is_no_date_of_the_event_before_it() -> None:
    # space: a date after "since" starts a count; it does not date the launch before it
    frame = _frames("Launch\n\nThe launch was the rocket's 14th since its maiden flight in June 2023.").get("June 2023")
    assert frame is None or frame.event is None
    # (a date after an event word of its own, inside the phrase, is that event's)
    assert _frames("Vote\n\nThe bill passed, the first since the election in May 2022.")["May 2022"].event == "elected"


@pytest.mark.parametrize(("text", "claim", "landmark"), [
    # disasters, sport: a distance after its place and a comma is measured from that place
    ("Aid\n\nTrucks carried tents from Belmar, some 480 km to the north-west.", "some 480 km", "belmar"),
    ("Race\n\nThe riders set off from Port Ellis, 12 miles away.", "12 miles", "port ellis"),
])
def test_a_distance_after_its_place_and_a_comma_is_measured_from_it(text: str, claim: str, landmark: str) -> None:
    assert _frames(text)[claim].landmark == landmark


@pytest.mark.parametrize(("text", "claim", "predicate"), [
    # crime, disasters: a participle right after the counted noun describes it; the event
    # verb after an auxiliary is what happened to them
    ("Art theft\n\nThree paintings stolen from the gallery have been found in a barn.", "Three", "find"),
    ("Flood\n\nTwo hikers trapped by the river were rescued on Sunday.", "Two", "rescue"),
    # (but not a verb that is no event: "rescued" says which boys)
    ("Cave\n\nSome of the four boys rescued on Sunday had asked for noodles.", "four", "rescue"),
])
def test_a_participle_after_a_counted_noun_is_no_predicate_before_an_event_verb(text: str, claim: str,
                                                                                predicate: str) -> None:
    assert _frames(text)[claim].predicate == predicate


def test_the_nth_and_final_one_counts_them_all() -> None:
    # diplomacy: "the ninth and final round" says there were nine rounds
    assert _first_disagreeing(
        "count",
        "Trade deal agreed\n\nNegotiators from Vella and Ostrand held eight rounds of talks before the trade deal "
        "was agreed in Geneva.",
        "Vella-Ostrand deal\n\nThe trade deal was agreed in Geneva in the ninth and final round of talks between "
        "Vella and Ostrand.",
    )


def test_an_acronym_is_the_name_another_article_of_the_story_spells_out() -> None:
    # sport governance: one article writes the body's name, the other its acronym
    assert _first_disagreeing(
        "date",
        "Takeover approved\n\nThe takeover of Halden Rovers went through after the Northern Rugby Union approved "
        "it on Tuesday.",
        "Halden Rovers sold\n\nThe NRU approved the takeover of Halden Rovers on Wednesday, ending the Marsh "
        "family's 40 years in charge.",
    )


def test_an_event_after_before_or_since_the_date_is_not_the_dates() -> None:
    # labour, elections: "on Thursday after a strike" does not date the strike
    frame = _frames("Strike over\n\nBus drivers were back at work on Thursday after a strike over pay.").get("Thursday")
    assert frame is None or frame.event != "struck"
    # (a span of time still runs up to the event after "until")
    assert _frames("Cave\n\nIt was ten days until divers found them.")["ten days"].event == "found"


def test_a_figure_dense_article_meeting_one_value_by_chance_makes_no_alias() -> None:
    # the box score gives five goals and five corners, but it also counts goals with
    # another value: the two nouns meeting at five are no one group's two names
    al = _aligner("Cup tie\n\nThe sides shared five goals and the hosts won five corners. "
                  "The visitors have now conceded 12 goals in the competition.",
                  "Cup report\n\nThe hosts forced nine corners in the second half.")
    assert not any(frozenset({"corner", "goal"}) in pairs for pairs in al.aliases.values())


def test_ordinals_naming_members_of_a_series_do_not_rival_each_other() -> None:
    # a story that ranks legs of a tie: "the first leg" and "the second leg" name two
    # matches, so another outlet's "second leg" is no rival of this one's "first leg"
    al = _aligner("Semi-final\n\nPorto Alegre drew the first leg 1-1 at home. The second leg "
                  "is in Lima, where the hosts have not lost this season.",
                  "Lima awaits\n\nThe winners of the second leg in Lima will reach the final.",
                  "Semi-final tie\n\nPorto Alegre were held in the first leg of the semi-final.")
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments() if p.a.frame.dimension == "ordinal"]
    assert pairs and all(x == y for x, y in pairs)


def test_ordinals_of_two_tallies_of_one_item_name_no_series() -> None:
    # "the 13th title of her career" and "her second of the season" rank one title in two
    # tallies: the story ranks no series of titles, so another outlet's "14th career title"
    # rivals the 13th
    al = _aligner("Open final\n\nMara Velic beat Ines Roth to win the 13th title of her career, "
                  "and her second title of the season.",
                  "Velic triumphs\n\nMara Velic beat Ines Roth for her 14th career title.")
    pairs = [p for p in al.alignments() if {p.a.claim.text, p.b.claim.text} == {"13th", "14th"}]
    assert len(pairs) == 1 and disagree(pairs[0].a, pairs[0].b)


def test_an_ordinal_after_a_copula_ranks_its_subject() -> None:
    assert _frames("Summit\n\nThursday's summit was the ninth since the treaty was signed.")["ninth"].head == "summit"
    assert _frames("Summit\n\nThis is the ninth summit since the treaty.")["ninth"].head == "summit"


def test_two_tallies_disagree_on_either_side() -> None:
    # a tally's claim is valued at its first side; "53-44" and "53-45" still differ
    al = _aligner("Senate vote\n\nThe Senate voted 53-44 on Thursday to confirm Judge Ada Varo.",
                  "Varo confirmed\n\nThe Senate confirmed Judge Ada Varo on Thursday, voting 53-45.",
                  "Varo confirmed\n\nSenators voted 53 to 44 on Thursday to confirm Judge Ada Varo.")
    got = {frozenset((p.a.claim.text, p.b.claim.text)): disagree(p.a, p.b) for p in al.alignments()}
    assert got.get(frozenset(("53-44", "53-45"))) is True
    assert got.get(frozenset(("53-44", "53 to 44")), False) is False


def test_the_nth_time_ranks_its_verb() -> None:
    # "won for the fourth straight time" ranks wins, as "a fifth straight victory" does
    al = _aligner("Derby\n\nRovers beat City on Saturday, their fifth straight victory in the derby.",
                  "Derby day\n\nRovers won the derby for the fourth straight time, beating City 2-0.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "ordinal"]
    assert len(pairs) == 1 and disagree(pairs[0].a, pairs[0].b)


def test_an_ordinal_ranks_no_word_another_ordinal_ranks() -> None:
    # "the fourth day of the second reading" ranks days; "its first reading" ranks readings
    al = _aligner("Bill debate\n\nMPs sat late on the fourth day of the second reading of the housing bill.",
                  "Housing bill\n\nMPs sat late as the housing bill passed its first reading.")
    by_text = {m.claim.text: m for m in al.mentions}
    assert al.similarity(by_text["fourth"], by_text["first"]) is None
    assert al.similarity(by_text["second"], by_text["first"]) is not None


@pytest.mark.parametrize(("text", "claim"), [
    # an event word naming a thing: the deadline's date, not the strike's
    ("Strike\n\nThe strike deadline expired on Tuesday.", "Tuesday"),
    ("Launch day\n\nThe company's launch director retired on Friday.", "Friday"),
    # a live page's entry stamp: when the entry was posted, over a statement or an event
    ("Live: quake\n\n14:05 GMT: The mayor says the earthquake destroyed the old market.\n\n"
     "14:20 GMT: Rescuers are searching.", "14:05"),
    ("Live: quake\n\n14:05 GMT: The earthquake destroyed the old market.\n\n"
     "14:20 GMT: Rescuers are searching.", "14:05"),
])
def test_a_noun_modifier_or_a_stamp_over_a_statement_dates_no_event(text: str, claim: str) -> None:
    frame = _frames(text).get(claim)
    assert frame is None or frame.event is None


@pytest.mark.parametrize(("text", "claim", "event"), [
    ("Launch day\n\nThe launch of the probe was on Friday.", "Friday", "launched"),
    ("Live: quake\n\n14:05 GMT: The earthquake destroyed the old market at 13:50 GMT.\n\n"
     "14:20 GMT: Rescuers are searching.", "13:50", "struck"),
])
def test_an_event_noun_or_a_time_inside_an_entry_keeps_its_date(text: str, claim: str, event: str) -> None:
    assert _frames(text)[claim].event == event


def test_a_storm_named_in_one_article_is_the_storm_another_calls_by_its_kind() -> None:
    # "Typhoon Mara smashed into ..." and "a powerful storm slammed into ...": one landfall,
    # its dates compared (a day apart across time zones)
    al = _aligner("Typhoon Mara hits Veloria\n\nTyphoon Mara smashed into the northern coast of Veloria "
                  "early on Wednesday, flattening homes.",
                  "Storm hits island nation\n\nA powerful storm slammed into the island nation of Veloria "
                  "late on Tuesday, cutting power to thousands.")
    pairs = {(p.a.claim.text, p.b.claim.text) for p in al.alignments() if p.a.frame.dimension == "date"}
    assert ("early on Wednesday", "late on Tuesday") in pairs


@pytest.mark.parametrize(("text", "claim", "year"), [
    ("Volcano\n\nIts last major eruption, in 1992, killed 11 people.", "11", 1992),
    ("Strike\n\nThe previous walkout, in 2019, cost the airline $40 million.", "$40 million", 2019),
    ("Company\n\nThe firm, founded in 1992, now employs 11,000 people.", "11,000", None),
])
def test_a_time_phrase_in_apposition_after_the_subject_dates_the_figure(text: str, claim: str,
                                                                         year: int | None) -> None:
    frame = _frames(text)[claim]
    assert (frame.scope_start.year if frame.scope_start else None) == year


def test_a_winning_margin_ahead_of_a_rival_is_the_one_clear_of_him() -> None:
    al = _aligner("Sprint\n\nOdhiambo won the Ralven 10km on Sunday, finishing 12 seconds ahead of Gebre.",
                  "Ralven 10km\n\nOdhiambo won the Ralven 10km on Sunday, finishing 21sec clear of Gebre.")
    pairs = [p for p in al.alignments() if p.a.frame.dimension == "second"]
    assert pairs and disagree(pairs[0].a, pairs[0].b)


def test_an_event_word_inside_a_name_dates_no_event() -> None:
    # "the Pine Ridge Fire" names the fire; the estimate on Wednesday is not the fire's day
    frame = _frames("Fire losses\n\nAnalysts on Wednesday put insured losses from the Pine Ridge Fire "
                    "at $400 million.").get("Wednesday")
    assert frame is None or frame.event is None


@pytest.mark.parametrize(("text", "claim", "event"), [
    ("Bridge\n\nThe central span gave way at 1:50 a.m. on Thursday.", "1:50 a.m. on Thursday", "collapsed"),
    ("Evacuation\n\nThe sheriff lifted the evacuation orders on Tuesday.", "Tuesday", "ended"),
])
def test_more_ways_to_say_an_event(text: str, claim: str, event: str) -> None:
    assert _frames(text)[claim].event == event


@pytest.mark.parametrize(("text", "claim", "predicate"), [
    # a hyphenated noun is no verb form ("by-election", "re-election")
    ("By-election\n\nShe took the seat after winning the by-election with a majority of 2,318 votes.", "2,318", "win"),
    # a running total's verb is what befell those it counts, not the verb that moves it
    ("Waits\n\nThe number of patients waiting more than a year reached 9,124 in May.", "9,124", "wait"),
])
def test_the_predicate_is_the_verb_that_says_what_was_counted(text: str, claim: str, predicate: str) -> None:
    assert _frames(text)[claim].predicate == predicate


@pytest.mark.parametrize(("one", "other", "pair"), [
    # company results: both give last year's sales; the outlier's sentence has no verb,
    # and the first article's other "fell ... to" figure is a unit's
    ("Harlow Foods results\n\nHarlow Foods said sales fell to $2.16 billion from $2.47 billion a year earlier. "
     "Harlow Foods said sales at its bakery unit fell 9% to $610 million.",
     "Harlow Foods slump\n\nHarlow Foods reported annual sales of $2.61 billion, down from $2.47 billion a year earlier.",
     ("$2.16 billion", "$2.61 billion")),
])
def test_sentences_sharing_a_precise_figure_align_their_other_figures(one: str, other: str,
                                                                      pair: tuple[str, str]) -> None:
    """Two sentences that both give one precise figure ("from $2.47 billion a year
    earlier") tell one series: their other figures are one fact told twice."""
    al = _aligner(one, other)
    found = [(p.a.claim.text, p.b.claim.text) for p in al.alignments() if p.score >= al.high]
    assert pair in found, [(p.a.claim.text, p.b.claim.text, p.score) for p in al.alignments()]


@pytest.mark.parametrize(("text", "claim", "periods"), [
    # a date told relative to now is when, not over what period
    ("Aid audit\n\nIn its report, published last month, the watchdog said $4.2 billion in aid was lost.",
     "$4.2 billion", ()),
    ("Harvest\n\nFarmers this year brought in 61 million tonnes of wheat.", "61 million tonnes", ()),
    # a period the figure is measured over
    ("Results\n\nThe insurer made an annual profit of $4.2 billion.", "$4.2 billion", ("year",)),
])
def test_the_period_a_figure_is_measured_over(text: str, claim: str, periods: tuple[str, ...]) -> None:
    assert _frames(text)[claim].periods == periods


def test_a_time_gap_is_to_its_rival() -> None:
    """"1.24 seconds ahead of Sara Velt" is a gap to Velt: not a gap another article gives
    to someone else, even with the same words around it."""
    al = _aligner(
        "Holm wins downhill\n\nLena Holm won the Kvitfjell downhill, finishing 1.24 seconds ahead of Sara Velt "
        "and 3.51 seconds ahead of Mia Lund.",
        "Lund fourth in Kvitfjell\n\nMia Lund was fourth in the Kvitfjell downhill, 2.14 seconds back.",
    )
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("1.24 seconds", "2.14 seconds") not in pairs and ("3.51 seconds", "2.14 seconds") in pairs, pairs
    assert _frames("Downhill\n\nHolm won, 0.4 seconds clear of Austria's Sara Velt.")["0.4 seconds"].landmark == "sara velt"


def test_a_participle_before_its_noun_does_not_tell_counts_apart() -> None:
    """"650 unarmed police monitors": "unarmed" describes the monitors in both sentences,
    so it is no verb that tells this count from another outlet's."""
    al = _aligner("Darnel mission\n\nThe Security Council authorized up to 650 unarmed police monitors for the Darnel border.",
                  "Darnel monitors approved\n\nThe council approved the deployment of up to 560 unarmed police monitors "
                  "to the Darnel border.")
    pairs = [(p.a.claim.text, p.b.claim.text) for p in al.alignments()]
    assert ("up to 650", "up to 560") in pairs, pairs


def test_a_later_figure_that_is_the_earlier_ones_digits_swapped_is_no_update() -> None:
    """A live page's running figure ("operators now put the number at 5.3 million") is an
    update of what others said before; but when the reports after it all give 3.5 million,
    the same digits in another order, and none says the figure was revised, the two are one
    figure, one of them mistyped: AL01 reports it and says so."""
    from factcheck.check import analyze

    texts = [("Grid live\n\n09:10 Storm Idris update: operators now put the number of homes that lost "
              "power at 5.3 million.\n\n08:40 Crews are out across the north.", dt.date(2025, 11, 3)),
             ("Storm Idris\n\nAbout 3.5 million homes lost power when Storm Idris hit the north.", dt.date(2025, 11, 4)),
             ("Idris aftermath\n\nStorm Idris cut power to 3.5 million homes, the grid operator said.",
              dt.date(2025, 11, 5))]
    docs = [_doc(t, chr(ord("a") + i), p) for i, (t, p) in enumerate(texts)]
    found = [f for f in analyze(docs, {d.id: extract_document(d) for d in docs}).findings if f.rule == "AL01"]
    assert [f.claims[0].text for f in found] == ["5.3 million"]
    assert "same digits with two adjacent ones swapped" in found[0].message


@pytest.mark.parametrize("a, b, swapped", [
    ("4.2 million", "2.4 million", True), ("1,457", "1,547", True), ("€412", "€421", True),
    ("12", "21", True), ("3.5 million", "35 million", False), ("1,457", "1,458", False),
    ("7", "7", False), ("11", "11.0", False),
])
def test_transposed_figures(a, b, swapped) -> None:
    from factcheck.extract import extract
    from factcheck.rules.alignment import transposed

    ca, cb = (next(c for c in extract(f"Head\n\nThe total was {x}.") if c.text == x) for x in (a, b))
    assert transposed(ca, cb) is swapped


@pytest.mark.parametrize(("text", "dated"), [
    # a reporting verb, its object, the date, then what was said: the date is the statement's
    ("Dam\n\nThe operator told a parliamentary hearing on Wednesday that the 2019 survey found no risk of "
     "failure.", False),
    ("Dam\n\nThe minister told reporters on Monday that the dam failed because of a blocked spillway.", False),
    # the event's own date stays the event's
    ("Dam\n\nThe dam failed on Monday, the minister told reporters.", True),
])
def test_a_statements_date_is_no_date_of_what_it_says(text: str, dated: bool) -> None:
    day = next(k for k in ("Wednesday", "Monday") if k in text)
    f = _frames(text).get(day)
    assert (f is not None and f.event is not None) is dated


@pytest.mark.parametrize(("text", "claim", "head"), [
    # a plural in -ies, -ves or -men counts a noun; it is no verb after the number
    ("Trial\n\nThe study enrolled 1,177 patients in 27 countries.", "27", "country"),
    ("Flood\n\nRescuers reached 40 families and 12 women on the roofs.", "12", "woman"),
    ("Crash\n\nThe crash killed 12 drivers and hurt 30 children.", "30", "child"),
])
def test_a_count_counts_its_plural_noun(text: str, claim: str, head: str) -> None:
    assert _frames(text)[claim].head == head


def test_a_blackout_is_an_event_its_date_is_of() -> None:
    """"the July 14 blackout", "the outage on 15 July": one event class, so the two dates
    align and disagree (a date a day off is at most a warning)."""
    from factcheck.check import analyze

    texts = [("Grid\n\nInvestigators said the July 14 blackout across the Balkan grid showed the need for more "
              "links.", dt.date(2025, 7, 25)),
             ("Grid failure\n\nThe blackout across the Balkan grid on 15 July cut power to 2.4 million people.",
              dt.date(2025, 7, 18)),
             ("Grid report\n\nThe outage on the Balkan grid on 15 July left 2.4 million people without power.",
              dt.date(2025, 7, 19))]
    assert _frames(texts[0][0])["July 14"].event == "outage"
    docs = [_doc(t, chr(ord("a") + i), p) for i, (t, p) in enumerate(texts)]
    found = [f for f in analyze(docs, {d.id: extract_document(d) for d in docs}).findings if f.rule == "AL01"]
    assert [f.claims[0].text for f in found] == ["July 14"]


@pytest.mark.parametrize(("text", "claim", "change"), [
    # the size of a change named after a compound: "a 3% pay rise" is no level
    ("Budget\n\nThe council approved an 8.99 per cent council tax rise.", "8.99 per cent", True),
    ("Pay\n\nNurses accepted a 4.5% pay increase on Friday.", "4.5%", True),
    ("Shops\n\nThe chain announced a £2 price cut for its meal deal.", "£2", True),
    # a level stays a level
    ("Budget\n\nThe council tax rate is 8.99 per cent of the total bill.", "8.99 per cent", False),
])
def test_a_change_named_after_a_compound(text: str, claim: str, change: bool) -> None:
    assert (_frames(text)[claim].role or "").startswith("a change") is change


def test_a_bracketed_conversion_ends_no_clause() -> None:
    from factcheck.extract.text import clauses

    t = "Divers said two large parts of the 30-foot (9.1-meter) Nautilus were found near the reef."
    assert [t[a:b] for a, b in clauses(t, (0, len(t)))] == [t]


def test_a_second_complement_of_one_verb_is_a_clause_of_its_own() -> None:
    from factcheck.extract.text import clauses

    t = "The mayor said that 40 homes were flooded and that 2,000 people had been moved to shelters."
    assert [t[a:b] for a, b in clauses(t, (0, len(t)))] == [
        "The mayor said that 40 homes were flooded", "and that 2,000 people had been moved to shelters."]
    f = _frames(f"Floods\n\n{t}")["2,000"]
    assert f.predicate != "flood" and f.event != "flooded", f


def test_a_counted_event_noun_is_its_event_not_the_next_amounts_verb() -> None:
    """"put the toll at 157 deaths and over 5,000 injured": "injured" is the second
    amount's verb; the deaths count those who died."""
    f = _frames("Blast\n\nThe ministry put the toll at 73 deaths and over 3,700 injured on Wednesday.")["73"]
    assert f.event == "died" and f.predicate is None, f
    # a verb after a count in another's noun phrase is the verb of both
    f = _frames("Airlift\n\nTwelve Omanis and 140 citizens of six other countries reached Muscat.")["140"]
    assert f.predicate is not None, f


@pytest.mark.parametrize("text, claim", [
    ("Deal\n\nThe fund took the retailer private in 2019.", "2019"),
    ("Deal\n\nThe brewer bought its rival in March 2021 for $4bn.", "March 2021"),
    ("Deal\n\nThe takeover of the airline on 3 May surprised the unions.", "3 May"),
])
def test_a_company_bought_is_an_event(text: str, claim: str) -> None:
    assert _frames(text)[claim].event == "acquired"


def test_a_restatement_bracketed_after_p_m_ends_no_sentence() -> None:
    from factcheck.extract.text import sentence_spans

    t = "The fire broke out at around 6 p.m. (1600 GMT) on Tuesday and spread. Crews came."
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "The fire broke out at around 6 p.m. (1600 GMT) on Tuesday and spread.", "Crews came."]


@pytest.mark.parametrize(("other", "conflict"), [
    ("Searchers found the tail of the 36-foot (11-meter) Kestrel on the seabed.", True),
    ("Searchers found the tail of the 34-foot (10.4-meter) Kestrel on the seabed.", False),
])
def test_a_named_things_length_aligns_with_its_length_told_by_a_noun(other: str, conflict: bool) -> None:
    """"the 36-foot Kestrel" measures the Kestrel, as "the 34-foot Kestrel submersible" does."""
    pairs = [p for p in _aligner("Sub missing\n\nThe 34-foot Kestrel submersible lost contact on Sunday.",
                                 f"Debris found\n\n{other}").alignments() if p.a.frame.dimension == "meter"
             and "foot" in p.a.claim.text + p.b.claim.text]
    assert pairs and disagree(pairs[0].a, pairs[0].b) is conflict


def test_a_length_told_after_the_noun_measures_it() -> None:
    assert _frames("Ship\n\nThe Corvina, a vessel 212 metres in length, ran aground.")["212 metres"].head == "ship"


def test_spellings_of_one_name_are_one_name() -> None:
    from factcheck.align import spelling_variants

    got = spelling_variants(["tripolitsa", "tripolitza", "slovakia", "slovenia", "hamas", "homs", "zelensky",
                             "zelenskyy"])
    assert got == {"tripolitza": "tripolitsa", "zelenskyy": "zelensky"}


@pytest.mark.parametrize(("spelling", "conflict"), [("Tripolitza", True), ("Tripolitsa", True)])
def test_distances_from_one_place_spelt_two_ways_align(spelling: str, conflict: bool) -> None:
    assert _first_disagreeing(
        "meter",
        "Arcadia quake\n\nThe Arcadia quake was centred 40 km south of Tripolitsa, the survey said.",
        f"Arcadia tremor\n\nThe tremor struck Arcadia 65 kilometres south of {spelling}, officials said.") is conflict


def test_a_date_after_its_own_verb_is_not_the_date_of_an_event_noun_after_it() -> None:
    frames = _frames("Bridge\n\nTwo bodies were recovered on Thursday from the site of the dam collapse.")
    assert "Thursday" not in frames


@pytest.mark.parametrize(("other", "conflict"), [("7.1", True), ("7.0", False)])
def test_values_on_one_named_scale_align(other: str, conflict: bool) -> None:
    """Magnitudes are unit-less but one measure: 7.0 and 7.1 are two readings."""
    assert _first_disagreeing(
        "scale:magnitude",
        "Quake\n\nThe survey gave the quake off Veldra a preliminary magnitude of 7.0 on Tuesday.",
        f"Veldra quake\n\nA magnitude {other} earthquake struck off Veldra on Tuesday, the agency said.") is conflict


def test_one_length_converted_and_rounded_twice_is_no_conflict() -> None:
    assert not _first_disagreeing(
        "meter",
        "Ferry\n\nThe Arcadia, a vessel 656 feet in length, lost power off the cape.",
        "Cape ferry\n\nThe 657-foot vessel Arcadia drifted for hours off the cape.")


@pytest.mark.parametrize(("text", "claim", "names"), [
    # company results: a participle's clause between a name and its verb shares the name
    ("Banks\n\nHarbor Trust, known for lending to farmers, dropped 18% after a 9% fall on Monday.",
     "18%", ("harbor", "trust")),
    # ... and a phrase with no verb after "after" is the same subject's
    ("Banks\n\nHarbor Trust, known for lending to farmers, dropped 18% after a 9% fall on Monday.",
     "9%", ("harbor", "trust")),
    # elections: a short aside between the subject and its verb is passed over
    ("Vote\n\nThe Greens' share, by contrast, fell by 12 points to 9%.", "12", ("green",)),
    # company results: a possessive opening a sentence is the name it writes elsewhere
    ("Results\n\nOrvale's stock climbed 40% last year. Analysts expect Orvale to grow.", "40%",
     ("orvale",)),
    # a generic word of an organisation's name tells no owner apart
    ("Banks\n\nShares of Bank of Lorne slipped 0.9% on Friday.", "0.9%", ("lorne",)),
])
def test_whose_a_value_is_past_participles_and_verbless_phrases(text: str, claim: str,
                                                                names: tuple[str, ...]) -> None:
    assert _frames(text)[claim].names == names


def test_a_result_list_counts_the_noun_before_its_colon() -> None:
    frames = _frames("Result\n\nSeats won, according to the commission: Unity 210 (+45), "
                     "Civic Front 98 (-30), Greens 12 and others 7.")
    assert {t: (f.head, f.names) for t, f in frames.items() if t in ("210", "98", "12")} == {
        "210": ("seat", ("unity",)), "98": ("seat", ("civic", "front")), "12": ("seat", ("green",))}


def test_a_party_s_seats_in_a_result_list_align_with_the_seats_a_vote_brought_it() -> None:
    # elections: one outlet lists the seats, another says what the vote share brought
    al = _aligner(
        "Election result\n\nSeats declared: Unity 210 (+45), Civic Front 98 (-30), Greens 12 (+3).",
        "Election in numbers\n\nA highlight was the Greens' 9% of the vote, which brought them 11 seats.",
    )
    pairs = {(p.a.claim.text, p.b.claim.text) for p in al.alignments(floor=0.3)}
    assert ("12", "11") in pairs and not {("210", "11"), ("98", "11")} & pairs


@pytest.mark.parametrize(("text", "claim", "year"), [
    # disasters: a participle's clause hangs on a "when" clause of an earlier date
    ("Crush\n\nIt is the worst disaster in the country since 2011, when a ferry capsized off the "
     "coast, killing 212 people, most of them pupils.", "212", 2011),
    # ... and a sentence that points back to the event a "since" clause dates
    ("Crush\n\nIt was the deadliest disaster since a stadium stand collapsed in 1996. That "
     "collapse killed 71 people.", "71", 1996),
])
def test_a_yardstick_disaster_is_dated_by_its_own_year(text: str, claim: str, year: int) -> None:
    f = _frames(text)[claim]
    assert (f.scope_start, f.scope_end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_a_yardstick_disaster_s_toll_is_no_rival_of_this_one_s() -> None:
    al = _aligner(
        "Crush in Alder Street\n\nThe authorities said 156 people were killed in the crush on Saturday.",
        "Alder Street crush\n\nIt was the worst disaster since 2011, when a ferry capsized, killing 212 people.",
    )
    assert not [p for p in al.alignments(floor=0.3) if {p.a.claim.text, p.b.claim.text} == {"156", "212"}]


def test_a_headline_may_cut_a_figure_down_rather_than_round_it() -> None:
    # auctions: "sells for a record $31m" over "$31.7 million" is one price, cut in the headline
    al = _aligner("Skeleton sells for a record $31m\n\nA dinosaur skeleton sold at auction in Geneva "
                  "for a record $31.7 million on Wednesday.")
    pairs = [p for p in al.alignments(internal=True, floor=0.0) if {p.a.claim.text, p.b.claim.text} == {"$31m", "$31.7 million"}]
    assert pairs and not disagree(pairs[0].a, pairs[0].b)
    # ... but not up: "$32m" over "$31.2 million" is another figure
    al = _aligner("Skeleton sells for a record $32m\n\nA dinosaur skeleton sold at auction in Geneva "
                  "for a record $31.2 million on Wednesday.")
    pairs = [p for p in al.alignments(internal=True, floor=0.0) if {p.a.claim.text, p.b.claim.text} == {"$32m", "$31.2 million"}]
    assert pairs and disagree(pairs[0].a, pairs[0].b)


@pytest.mark.parametrize(("text", "claim", "event"), [
    # justice: an event noun in a phrase after another noun names who they are, not the day's event
    ("Court\n\nSuspects in the bombing of the market were brought before a judge on Sunday.",
     "Sunday", None),
    ("Crash\n\nRelatives of the victims of the crash gathered at the airport on Monday.", "Monday", None),
    # ... but an event noun that is the clause's subject keeps its day
    ("Court\n\nThe bombing of the market happened on Friday.", "Friday", "attacked"),
])
def test_an_event_noun_after_another_noun_does_not_date(text: str, claim: str, event: str | None) -> None:
    assert _frames(text).get(claim) is None or _frames(text)[claim].event == event


def test_parts_of_two_different_groups_do_not_align() -> None:
    # disasters: children among the injured in hospital are not children among the dead
    texts = (
        "Concert hall attack\n\nEighty people hurt in the attack, six children among them, are still in hospital.",
        "Concert hall attack toll\n\nSo far 84 bodies have been identified, including those of five children.",
    )
    assert _similarity(texts, "six", "five") is None


@pytest.mark.parametrize(("text", "claim", "event"), [
    # disasters: a count of deaths or injuries counts those the event befell
    ("Storm\n\nIt ranks behind only the 1998 storm, with 1,392 deaths.", "1,392", "died"),
    ("Rail crash\n\nThe collision killed 275 people. More than 1,000 people were also injured.",
     "More than 1,000", "injured"),
    ("Quake\n\nHospitals treated more than 900 injuries overnight.", "more than 900", "injured"),
])
def test_the_event_a_count_of_a_tally_noun_counts(text: str, claim: str, event: str) -> None:
    assert _frames(text)[claim].event == event


def test_the_injured_are_not_the_dead() -> None:
    texts = (
        "Rail crash in Tarvel\n\nThe collision near Tarvel station killed at least 275 passengers.",
        "Tarvel crash\n\nMore than 1,000 people were also injured in the Tarvel collision.",
    )
    assert _similarity(texts, "at least 275", "More than 1,000") is None


def test_a_figure_in_an_opener_is_the_main_clause_subject_s() -> None:
    # elections: "With seven per cent of the vote, the Green Party ..." is the Greens' share
    frames = _frames("Vote\n\nWith seven per cent of the vote, the Green Party recorded its best result.")
    assert frames["seven per cent"].names == ("green",)


def test_how_far_a_place_lies_from_another_has_no_time() -> None:
    # wildfires: one outlet in February, another in May; the distance is the same fact
    one = _doc("Fires near Porto Verde\n\nFires broke out in the region of Porto Verde, 100 kilometres "
               "east of Lusara, on Friday.", "a", dt.date(2025, 2, 3))
    other = _doc("Firefighter held over Porto Verde fires\n\nThe fires broke out around Porto Verde, "
                 "70 miles northwest of Lusara, in February.", "b", dt.date(2025, 5, 25))
    docs = [one, other]
    claims = {d.id: extract_document(d) for d in docs}
    al = Aligner({d.id: d for d in docs}, frame_documents(docs, claims), witness_groups(docs), story_groups(docs))
    ms = {m.claim.text: m for m in al.mentions}
    assert al.similarity(ms["100 kilometres"], ms["70 miles"]) is not None


def test_a_place_told_by_what_happened_there_is_not_a_named_place() -> None:
    # earthquakes: "west of the site of the 1999 quake" is not "west of Port Selva"
    texts = (
        "Quake kills 300 in Verano\n\nThe epicentre lay roughly 60 miles west of the site of the "
        "catastrophic quake that destroyed the old town.",
        "Verano quake\n\nThe epicentre lay some 125 km west of Port Selva at a depth of 10 km.",
    )
    assert _similarity(texts, "roughly 60 miles", "some 125 km") is None


@pytest.mark.parametrize(("text", "claim", "landmark"), [
    # a day after a landmark is no name of it
    ("Mine\n\nRescuers reached the miners about 2 km from the mine entrance on Sunday.", "about 2 km",
     "the entrance"),
    # "the entrance of the mine" is the mine entrance (told by what follows it)
    ("Mine\n\nThe miners were found 2km from the entrance of the mine.", "2km", "the entrance of"),
])
def test_the_landmark_of_a_distance(text: str, claim: str, landmark: str) -> None:
    assert _frames(text)[claim].landmark == landmark


def test_premiums_over_two_baselines_do_not_align() -> None:
    # takeovers: a premium to a 30-day average is not a premium to the last close
    texts = (
        "Orvale to buy Tessary\n\nThe price of $41 per share is a 12% premium to Tessary's average "
        "price over the 30 days before the talks were reported.",
        "Orvale-Tessary deal\n\nAt $41 a share, the deal values Tessary at an almost 9% premium to its "
        "closing value on Tuesday.",
    )
    assert _similarity(texts, "12%", "almost 9%") is None
    assert _frames("Deal\n\nIt is a 12% premium to the average price over 30 days.")["12%"].levied == "average"
