"""Linking claims to keys: identifiers, relative clauses, descriptions, cues."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from factcheck.extract import extract_document
from factcheck.ledger import Ledger, load_ledger
from factcheck.link import clause_span, link_document
from factcheck.models import Document, Link

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def ledger() -> Ledger:
    return load_ledger(ROOT / "claims")


def links(text: str, published: dt.date = dt.date(2017, 9, 16), led: Ledger | None = None) -> list[Link]:
    doc = Document(id="t", path="t.txt", text=text, published=published)
    return link_document(doc, extract_document(doc), led or ledger())


def by_text(ls: list[Link], text: str) -> Link:
    return next(ln for ln in ls if ln.claim.text == text)


def test_relative_clause_attaches_date_to_identifier() -> None:
    ls = links("Security Council Resolution 2325, which passed unanimously earlier this week, "
               "targets US$1.3 billion of export income.")
    ln = by_text(ls, "earlier this week")
    assert ln.key is not None and (ln.key.subject, ln.key.attribute) == ("unscr-2325", "adopted")
    assert ln.method == "identifier+cue" and ln.confidence == "high"
    assert ln.subject_claim is not None and ln.subject_claim.text.endswith("2325")


def test_description_links_by_ledger_date() -> None:
    ls = links("The last resolution against North Korea, passed unanimously by the Security "
               "Council on August 5, prohibited coal exports.")
    ln = by_text(ls, "August 5")
    assert ln.key is not None and ln.key.subject == "unscr-2371"
    assert ln.method == "description+ledger" and ln.confidence == "medium"


def test_identifier_without_ledger_gets_text_key() -> None:
    ls = links("UN Security Council Resolution 2999, adopted on Monday, did things.", led=Ledger.empty())
    ln = by_text(ls, "Monday")
    assert ln.key is not None and ln.key.subject == "unscr-2999"


def test_date_without_event_cue_is_not_linked() -> None:
    ls = links("UN Security Council Resolution 2375 was discussed on Friday.")
    ln = by_text(ls, "Friday")
    assert ln.key is None and ln.reason


def test_ordinal_cue_nearest_noun() -> None:
    ls = links("Pyongyang sparked condemnation with its sixth nuclear test then fired a second "
               "missile over Japan in less than a month.")
    assert by_text(ls, "sixth").key.attribute == "nuclear_test_count"  # type: ignore[union-attr]
    assert by_text(ls, "second").key.attribute == "overflight_count"  # type: ignore[union-attr]


def test_clause_span_cuts_at_commas() -> None:
    text = "A, which b c, d."
    assert text[slice(*clause_span(text, (0, len(text)), 5))] == "which b c"


# --------------------------------------------------------------------------- text keys


def text_key(text: str, claim: str, published: dt.date = dt.date(2024, 7, 6)) -> str | None:
    ln = by_text(links(text, published, Ledger.empty()), claim)
    return str(ln.key) if ln.key is not None else ln.reason


def test_text_key_reads_whose_what_when() -> None:
    head = "Labour wins landslide as Conservatives are routed\n\n"
    assert text_key(head + "The centrist Liberal Democrats won 72 seats, their best result "
                    "in a century.", "72") == "liberal democrat · seat · now"
    # the subject of a clause that has none is the nearest one before, past relative clauses
    assert text_key(head + "The Liberal Democrats, whose vote share barely moved, won 78 "
                    "seats.", "78") == "liberal democrat · seat · now"
    assert text_key(head + "The Conservatives had won 365 seats at the previous election in "
                    "2019.", "365") == "conservative · seat · 2019"
    # an opener's place is part of whose: Scotland's seats are not the country's
    assert text_key(head + "In Scotland, Labour won 37 seats.", "37") == "labor + scotland · seat · now"


def test_text_key_measure_is_the_subject_when_the_verb_makes_the_number_its_value() -> None:
    head = "U.S. budget deficit widens\n\n"
    assert text_key(head + "Outlays fell 2% to $6.134 trillion.", "$6.134 trillion",
                    dt.date(2023, 10, 20)) == "(story) · outlay · now"
    assert text_key(head + "The chipmaker also approved an additional $50 billion for share "
                    "buybacks.", "$50 billion", dt.date(2023, 10, 20)) == \
        "text key: no noun says what the number measures"  # an agent, not the measure
    # British and American spellings fold; modifiers stay ("data center segment sales")
    assert text_key("Nvidia results\n\nSales in its data centre segment rose 154% to $23.6bn.",
                    "$23.6bn", dt.date(2024, 8, 30)) == "(story) · sale data center segment · now"


def test_text_key_counts_say_what_happened() -> None:
    head = "Quake in Marenia\n\n"
    killed = text_key(head + "The quake killed 1,180 people.", "1,180", dt.date(2024, 11, 13))
    missing = text_key(head + "About 1,000 people were still unaccounted for.", "About 1,000",
                       dt.date(2024, 11, 13))
    assert killed == "quake · people (kill) · now"
    assert missing == "(story) · people (unaccounted) · now"
    # the verb's lemma, the one the frames read (not a stem: "tallied" is "tally")
    tallied = text_key("Vote in Orlen\n\nClerks have tallied 2,400 ballots so far.", "2,400",
                       dt.date(2025, 3, 2))
    assert tallied.endswith("ballot (tally) · now")


def test_text_key_pronoun_needs_a_single_headline_name() -> None:
    two = "Labour wins landslide as Conservatives are routed\n\nIt won 411 seats."
    assert text_key(two, "411") == ("text key: no subject: none in the clause, or a pronoun "
                                    "where the headline names several")
