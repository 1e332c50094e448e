"""Editor coordinates and sentences."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.text import TextIndex


def test_lines_and_columns_count_as_an_editor_does():
    text = "one\r\ntwo\rthree\n\tfour"
    index = TextIndex(text)
    assert index.line_col(0) == (1, 1)
    assert index.line_col(text.index("two")) == (2, 1)
    assert index.line_col(text.index("three")) == (3, 1)
    assert index.line_col(text.index("four")) == (4, 2)
    assert index.line_text(4) == "\tfour"


def test_sentences_respect_abbreviations_and_quotes():
    text = 'The U.S. said so. Mr. Kim met Gen. Lee on Sept. 3. "It is over." Then it ended.'
    index = TextIndex(text)
    assert index.sentence(text.index("said")) == "The U.S. said so."
    assert index.sentence(text.index("Kim")) == "Mr. Kim met Gen. Lee on Sept. 3."
    assert index.sentence(text.index("Then")) == "Then it ended."


def test_a_zone_after_a_m_or_p_m_does_not_start_a_sentence():
    text = "Voting ended at 8 p.m. ET (0000 GMT) in the east. Results came at 9 p.m. Counting went on."
    index = TextIndex(text)
    assert index.sentence(text.index("GMT")) == "Voting ended at 8 p.m. ET (0000 GMT) in the east."
    assert index.sentence(text.index("Counting")) == "Counting went on."


def test_paragraph_lines_are_sentences():
    text = "Six sets of sanctions\n\nThe US president said no."
    assert TextIndex(text).sentence(0) == "Six sets of sanctions"


@given(st.text())
def test_every_offset_has_a_line_and_column(text):
    index = TextIndex(text)
    for offset in range(0, len(text) + 1, max(1, len(text) // 7)):
        line, column = index.line_col(offset)
        assert line >= 1 and column >= 1
        assert isinstance(index.sentence(offset), str)
