"""Articles nobody tuned the rules on (tests/fixtures/unseen/<topic>/): exact findings.

Each set is checked twice: without a ledger (articles against each other) and with the
repository's DPRK ledger (claims/), which must not produce findings on unrelated stories.
The only expected findings are real errors, both in iran/analysis.txt: it cites Resolution
1874 for the October 2006 DPRK sanctions (that was 1718; 1874 was adopted on 12 June 2009)
and dates Resolution 2231 to 21 July 2015 (the Council voted on Monday 20 July).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.check import run_check

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
CLAIMS = ROOT / "claims"

ID01_1874 = ("ID01", "error", "unscr-1874 · adopted", "analysis", 7)
# the analysis dates 2231 to 21 July; the wire's lede says the Council voted "on Monday"
# (20 July 2015) and names the resolution in the next sentence: a medium link, so a warning
VC01_2231 = ("VC01", "warning", "unscr-2231 · adopted", "analysis", 5)

# (set, with ledger?) -> exact findings as (rule, severity, key, doc, line)
EXPECTED: dict[tuple[str, bool], list[tuple[str, str, str, str, int]]] = {
    ("opec", False): [],  # "2 million bpd" vs "1.96 million barrels a day": rounding
    ("opec", True): [],   # the ledger's oil-cap cues ("barrels", "crude") need a subject
    ("iran", False): [VC01_2231],  # no ledger date for 1874; 1696 < 1874 < 1929 < 2231
    ("iran", True): [ID01_1874, VC01_2231],
    ("quake", False): [],  # a toll revised from 1,180 to 2,430 is an update
    ("quake", True): [],
    ("rates", False): [],
    ("rates", True): [],  # "its fourth increase" is not the DPRK's fourth nuclear test
    ("space", False): [],
    ("space", True): [],  # "third launch this year" of a rocket company: no DPRK counter
}


def _run(topic: str, ledger: bool):  # type: ignore[no-untyped-def]
    run = run_check([UNSEEN / topic], claims_dir=CLAIMS if ledger else None, fail_on="never")
    assert run.result is not None and not run.errors, run.errors
    return run.result


@pytest.mark.parametrize(("topic", "ledger"), sorted(EXPECTED))
def test_exact_findings(topic: str, ledger: bool) -> None:
    result = _run(topic, ledger)
    got = sorted((f.rule, f.severity.value, f.key or "", f.claims[0].doc, f.claims[0].line)
                 for f in result.findings)
    assert got == sorted(EXPECTED[(topic, ledger)]), [f.message for f in result.findings]


def test_every_set_is_extracted_and_dated() -> None:
    for topic in sorted({t for t, _ in EXPECTED}):
        result = _run(topic, True)
        for cov in result.coverage():
            assert cov.published is not None, cov.doc
            assert cov.extracted >= 20, (cov.doc, cov.extracted)


def test_wrong_identifier_suggests_the_ledger_one() -> None:
    result = _run("iran", True)
    (f,) = [f for f in result.findings if f.rule == "ID01"]
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
    "six" a vote count."""
    links = {ln.claim.text: ln for ln in _links("iran", True, "analysis")
             if ln.claim.line == 5 and ln.claim.kind == "count"}
    assert links["six"].key is None
    assert links["six"].reason == "votes_in_favour: cue word only in another clause"


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
    """opec/wire.txt and iran/wire.txt share a stem: both are checked, with the same findings
    as set by set."""
    run = run_check([UNSEEN], claims_dir=CLAIMS, fail_on="never")
    assert run.result is not None and not run.errors
    ids = [d.id for d in run.result.documents]
    assert len(ids) == len(set(ids)) == 8
    got = sorted((f.rule, f.key or "") for f in run.result.findings)
    assert got == [("ID01", "unscr-1874 · adopted"), ("VC01", "unscr-2231 · adopted")]
