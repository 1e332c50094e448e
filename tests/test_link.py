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
