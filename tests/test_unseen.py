"""Articles nobody tuned the rules on (tests/fixtures/unseen/<topic>/): exact findings.

Each set is checked twice: without a ledger (articles against each other) and with the
repository's DPRK ledger (claims/), which must not produce findings on unrelated stories.
Every expected finding is a real error planted in the set (see each set's sources.yaml):

* iran/analysis.txt cites Resolution 1874 for the October 2006 DPRK sanctions (that was
  1718; 1874 was adopted on 12 June 2009) and dates Resolution 2231 to 21 July 2015 (the
  Council voted on Monday 20 July);
* election/analysis.txt gives the Liberal Democrats 78 seats (the wire: 72);
* earnings/daily.txt gives Nvidia's data centre sales as $23.6bn (the wire: $26.3bn);
* wildfire/monday.txt dates the Lahaina fire to "Wednesday, 8 August" (a Tuesday);
* deficit/daily.txt gives outlays of $6.31tn (the wire: $6.134 trillion) and says the
  figures came out "five days after" a vote three days earlier.

Everything else in those sets agrees in other words and must not be flagged: wire
copies, rounding ("$5.5 billion" / "$5.52bn", "$4.439 trillion" / "$4.44tn"), qualified
values ("less than 24%" / "23.7%", "almost $17bn" / "$16.6 billion"), a revised toll
(80 on Saturday, 96 on Monday), other scopes (2019's seats, fiscal 2022's deficit, the
last financial year's revenue, the previous quarter's sales), changes ("rose 154%"),
earlier values ("down from 43.6%") and forecasts ("expects revenue of about $32.5bn").
"""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.check import run_check

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
CLAIMS = ROOT / "claims"

ID01_1874 = ("ID01", "error", ("Resolution 1874", "October 2006"), "analysis", 7)
# the analysis dates 2231 to 21 July; the wire's lede says the Council voted "on Monday"
# (20 July 2015) and names the resolution in the next sentence: a medium link, so a warning
VC01_2231 = ("VC01", "warning", ("21 July", "Monday"), "analysis", 5)
# the UNSCR registry dates 2231 to 20 July 2015: one day off, which a time zone could explain
ID01_2231 = ("ID01", "warning", ("Resolution 2231", "21 July"), "analysis", 5)
# the analysis's lede puts the vote on "Tuesday morning" too: against the wire's "Monday"
# (one day apart, so a time zone may explain it: a warning)
AL01_2231 = ("AL01", "warning", ("Tuesday morning", "Monday"), "analysis", 3)

# keys read from the articles' wording (no ledger): at most a warning
# facts stated in other words, aligned by their frames (no ledger): at most a warning with
# two sources; the claims each finding names, first the flagged one
AL01_LIBDEM = ("AL01", "warning", ("78", "72", "72"), "analysis", 9)
AL01_DATA_CENTER = ("AL01", "warning", ("$23.6bn", "$26.3 billion"), "daily", 7)
AL01_OUTLAYS = ("AL01", "warning", ("$6.31tn", "$6.134 trillion"), "daily", 7)
TA01_FIVE_DAYS = ("TA01", "warning", ("five days", "Tuesday, October 17", "Friday, October 20"),
                  "daily", 9)  # 17 -> 20 October is three days
TA02_WEDNESDAY = ("TA02", "error", ("Wednesday, 8 August",), "monday", 7)  # a Tuesday in 2023

# (set, with ledger?) -> exact findings as (rule, severity, key, doc, line)
EXPECTED: dict[tuple[str, bool], list[tuple[str, str, tuple[str, ...], str, int]]] = {
    ("opec", False): [],  # "2 million bpd" vs "1.96 million barrels a day": rounding
    ("opec", True): [],   # the ledger's oil-cap cues ("barrels", "crude") need a subject
    ("iran", False): [AL01_2231, ID01_1874, ID01_2231, VC01_2231],  # the registry dates 1874, 2231
    ("iran", True): [AL01_2231, ID01_1874, ID01_2231, VC01_2231],
    ("quake", False): [],  # a toll revised from 1,180 to 2,430 is an update
    ("quake", True): [],
    ("rates", False): [],
    ("rates", True): [],  # "its fourth increase" is not the DPRK's fourth nuclear test
    ("space", False): [],
    ("space", True): [],  # "third launch this year" of a rocket company: no DPRK counter
    # regional.txt is wire.txt with a new headline: one witness; 23.7% vs "less than 24%"
    # agree; 2019's 365 seats are another scope
    ("election", False): [AL01_LIBDEM],
    ("election", True): [AL01_LIBDEM],
    # net income "$16.6 billion" vs "almost $17bn" agree; $60.9bn is the last financial
    # year's revenue, $26bn the previous quarter's sales, $32.5bn a forecast
    ("earnings", False): [AL01_DATA_CENTER],
    ("earnings", True): [AL01_DATA_CENTER],
    # the toll rises from 80 (Saturday) to 96 (Monday); "$5.5 billion" vs "$5.52bn";
    # "more than 2,200" vs 2,207 structures; 1,000 then 1,300 unaccounted for
    ("wildfire", False): [TA02_WEDNESDAY],
    ("wildfire", True): [TA02_WEDNESDAY],
    # receipts "$4.439 trillion" vs "$4.44tn", fiscal 2022's deficit "$1.375 trillion" vs
    # "$1.38tn" agree; "about $2 trillion" is hypothetical, "$1.9tn" in 2024 a forecast
    ("deficit", False): [AL01_OUTLAYS, TA01_FIVE_DAYS],
    ("deficit", True): [AL01_OUTLAYS, TA01_FIVE_DAYS],
}


def _run(topic: str, ledger: bool):  # type: ignore[no-untyped-def]
    run = run_check([UNSEEN / topic], claims_dir=CLAIMS if ledger else None, fail_on="never")
    assert run.result is not None and not run.errors, run.errors
    return run.result


@pytest.mark.parametrize(("topic", "ledger"), sorted(EXPECTED))
def test_exact_findings(topic: str, ledger: bool) -> None:
    result = _run(topic, ledger)
    got = sorted((f.rule, f.severity.value, tuple(c.text for c in f.claims), f.claims[0].doc,
                   f.claims[0].line) for f in result.findings if f.severity.value != "info")
    assert got == sorted(EXPECTED[(topic, ledger)]), [f.message for f in result.findings]


def test_every_set_is_extracted_and_dated() -> None:
    for topic in sorted({t for t, _ in EXPECTED}):
        result = _run(topic, True)
        for cov in result.coverage():
            assert cov.published is not None, cov.doc
            # (19 in the iran wire: its vote tally "adopted 15-0" is one claim, not two)
            assert cov.extracted >= 19, (cov.doc, cov.extracted)


def test_wrong_identifier_suggests_the_ledger_one() -> None:
    result = _run("iran", True)
    (f,) = [f for f in result.findings if f.rule == "ID01" and f.severity.value == "error"]
    assert f.suggestion == "Resolution 1718 (adopted 14 October 2006)"
    assert "12 June 2009" in f.message


def _links(topic: str, ledger: bool, doc: str):  # type: ignore[no-untyped-def]
    return _run(topic, ledger).links[doc]


def test_counter_needs_its_subject_named_in_the_article() -> None:
    """Cue words of a ledger counter ("fourth") do not key a count in a story that never
    names the counter's subject: "by 50 basis points ..., its fourth increase"."""
    for ln in _links("rates", True, "decision"):
        assert ln.method != "counter-cue", ln
    # where the subject is named the counter still applies ("Pyongyang's first nuclear test")
    got = [ln for ln in _links("iran", True, "analysis") if ln.method == "counter-cue"]
    assert [(ln.claim.text, str(ln.key)) for ln in got] == [("first", "dprk · nuclear_test_count")]


def test_bare_numbers_are_not_keyed_by_dimension() -> None:
    """"adopted 15-0" next to an identifier: a dimensionless number says nothing about
    what it measures, so it gets no "~dimensionless" key."""
    for ln in _links("iran", False, "wire"):
        assert not (ln.key and ln.key.attribute.startswith("~dimensionless")), ln


def test_cue_in_another_clause_does_not_key_a_number() -> None:
    """"All 15 members voted in favour, and ... the six powers": "voted" does not make
    "six" a vote count; the text reads it as a count of powers."""
    links = {ln.claim.text: ln for ln in _links("iran", True, "analysis")
             if ln.claim.line == 5 and ln.claim.kind == "count"}
    six = links["six"]
    assert six.key is not None and (six.key.attribute, six.method) == ("power", "text")


def test_lede_date_links_to_the_identifier_that_opens_the_next_sentence() -> None:
    """"The Council on Monday unanimously endorsed the deal. Resolution 2231, which was
    adopted 15-0, ...": the lede's date is the resolution's adoption (medium link)."""
    got = [(ln.claim.text, str(ln.key), ln.method, ln.confidence)
           for ln in _links("iran", False, "wire") if ln.claim.text == "Monday"]
    assert got == [("Monday", "unscr-2231 · adopted", "identifier+next-sentence", "medium")]
    # no relative clause restating the event after the identifier: no link
    got = [ln for ln in _links("iran", False, "analysis") if ln.claim.text == "14 July"]
    assert got[0].key is None


def test_all_sets_at_once_keep_same_named_files_apart() -> None:
    """opec/wire.txt, iran/wire.txt and others share a stem: all are checked, with the same
    findings as set by set."""
    run = run_check([UNSEEN], claims_dir=CLAIMS, fail_on="never")
    assert run.result is not None and not run.errors
    ids = [d.id for d in run.result.documents]
    assert len(ids) == len(set(ids)) == 17
    got = sorted((f.rule, tuple(c.text for c in f.claims)) for f in run.result.findings
                 if f.severity.value != "info")
    want = sorted({(rule, texts) for (_, ledger), found in EXPECTED.items() if ledger
                   for rule, _, texts, _, _ in found})
    assert got == want  # keys read from the text are compared within a story only


def _finding(topic: str, rule: str):  # type: ignore[no-untyped-def]
    (f,) = [f for f in _run(topic, False).findings if f.rule == rule]
    return f


def test_aligned_conflict_names_both_sources_and_why_they_were_aligned() -> None:
    """The analysis's 78 seats against the wire's 72, which regional.txt copies (one
    witness): a warning naming both values, the alignment's score, the shared words and
    names, and each sentence as evidence."""
    f = _finding("election", "AL01")
    assert [(c.doc, c.text) for c in f.claims] == [("analysis", "78"), ("regional", "72"),
                                                   ("wire", "72")]
    assert f.severity.value == "warning" and "Two sources disagree" in f.message
    assert "seat" in f.message and "names: democrat, liberal" in f.message
    assert f.expected == "72 (regional line 9); 72 (wire line 9)"
    assert [(e.doc, e.line) for e in f.evidence] == [("analysis", 9), ("regional", 9), ("wire", 9)]
    assert all(e.quote and "Liberal Democrats" in e.quote for e in f.evidence)


def test_wrong_weekday_and_wrong_elapsed_time_suggest_the_right_ones() -> None:
    f = _finding("wildfire", "TA02")
    assert "8 August 2023 was a Tuesday" in f.message
    assert f.suggestion == "Tuesday, 8 August 2023 (or Wednesday, 9 August 2023)"
    f = _finding("deficit", "TA01")
    assert f.suggestion == "3 days" and "from 17 October 2023 to 20 October 2023" in f.message


def test_text_keys_leave_changes_earlier_values_and_forecasts_unkeyed() -> None:
    reasons = {ln.claim.text: ln.reason for ln in _links("earnings", False, "wire")}
    assert reasons["122%"] == "text key: a change, not a level"
    assert reasons["$32.5 billion"] == "text key: a forecast or hypothetical"
    reasons = {ln.claim.text: ln.reason for ln in _links("election", False, "analysis")}
    assert reasons["43.6%"] == "text key: an earlier value it is compared with"
    assert reasons["650"] == "text key: a part or a total ('N of the M')"
