"""Positions in a document's text: editor line/column and sentence boundaries.

Lines are counted as an editor shows them: "\n", "\r\n" and a lone "\r" each end a
line; columns are 1-based characters (a tab is one column, as in most editors' status
bars). A leading BOM is not part of ``Document.text`` (ingestion strips it).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NEWLINE = re.compile(r"\n")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# whitespace and an upper-case letter, digit or opening quote, or at a blank line. One
# character class first, so that the engine skips in C to the next candidate.
_SENTENCE_END = re.compile(
    r"""[.!?\n](?:(?<=[.!?])["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n|(?<=[^\s]\n)(?=\S))"""
)
_WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z.]+)\.?$")
# Abbreviations that end in a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt rep sen gov st jr sr vs etc inc ltd corp co
    jan feb mar apr jun jul aug sep sept oct nov dec no u.s u.n u.k e.g i.e approx est
    mt ft""".split()
)
ABBREVIATIONS = _ABBREVIATIONS  # for readers of the text around a claim (extract/about.py)


# clause delimiters; a comma between digits ("2,207") is a thousands separator
# (and before a second complement: "said that 100 were missing and that 200,000 had been
# left without a home": two clauses of the one reporting verb)
_DELIMS = re.compile(r"\s+--\s+|\s+-\s+|(?<!\d),|,(?!\d)|[;:()\[\]—–]|\s(?=(?:and|but)\s+that\s+(?!of\b))")
# a bracketed figure that restates the one before it in other units: "the 22-foot
# (6.7-meter) Titan", "nearly 1,000 feet (300 meters) underground". It glosses a word of the
# clause and ends no clause.
_GLOSS = re.compile(r"\((?:about|around|some|nearly|almost|roughly|approximately|approx\.|c\.|~)?\s*"
                    r"[$€£¥]?\d[\d.,]*(?:\s*(?:million|billion|mn|bn|m|k))?(?:[-\s]?[A-Za-z°%][A-Za-z./°²³]*)?"
                    r"(?:\s(?!(?:more|less|fewer|up|down|higher|lower|over|under|of|in|on|at|to|from)\))"
                    r"(?:[a-z]+|[A-Z]{2,3}))?\)")



def gloss_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a bracketed figure right after ``end`` that restates the one before it
    ("four million pounds (5.1 million US dollars)"), else None."""
    at = end + 1 if text[end:end + 1] == " " else end
    m = _GLOSS.match(text, at)
    return m.span() if m else None


MAX_SENTENCE = 600  # characters of context kept for a claim in a run-on sentence


class TextIndex:
    """Maps character offsets of one text to lines, columns and sentences."""

    def __init__(self, text: str) -> None:
        self.text = text
        # "\n" alone is a literal the engine finds by a fast substring search; a text with
        # "\r" needs the alternation
        breaks = _LINE_BREAK if "\r" in text else _NEWLINE
        self._line_starts = [0] + [m.end() for m in breaks.finditer(text)]
        self._sentences = sentence_spans(text)
        self._sentence_starts = [s for s, _ in self._sentences]
        self._folded: dict[int, str] = {}  # sentence start -> its text, whitespace folded

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def sentence_span(self, offset: int) -> tuple[int, int]:
        if not self._sentences:
            return 0, len(self.text)
        i = max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)
        return self._sentences[i]

    def sentence(self, offset: int) -> str:
        """The sentence holding ``offset``, whitespace folded. A run-on "sentence" longer
        than MAX_SENTENCE (tables, text without punctuation) is cut to a window around the
        offset, so each claim's context costs constant time."""
        start, end = self.sentence_span(offset)
        if end - start > MAX_SENTENCE:
            half = MAX_SENTENCE // 2
            start, end = max(start, offset - half), min(end, offset + half)
            return "… " + " ".join(self.text[start:end].split()) + " …"
        folded = self._folded.get(start)  # several claims share a sentence: fold it once
        if folded is None:
            folded = self._folded[start] = " ".join(self.text[start:end].split())
        return folded


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text`` (the one splitter of the project)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        cut, period = m.end(), m.start()
        if text[period] == ".":  # "Mr." or "U.S." does not end a sentence
            before = _word_before(text, period, start)
            if before in _ABBREVIATIONS:
                continue
            if before in ("a.m", "p.m") and (_zone_follows(text, cut) or _NUMBER_BRACKETED.match(text, cut)):
                continue  # "at 8:17 p.m. ET (0017 GMT)": the zone belongs to the time; "at
                # around 6 p.m. (1600 GMT) on August 4": the same moment restated
        _add(spans, text, start, cut)
        start = cut
    _add(spans, text, start, len(text))
    return spans


def _word_before(text: str, period: int, start: int = 0) -> str:
    """The word a period at ``period`` ends, lower case ("u.s" for "U.S.")."""
    word = _WORD_BEFORE_PERIOD.search(text, max(start, period - 11), period + 1)
    return word.group(1).lower().rstrip(".") if word else ""


def abbreviated(text: str, period: int) -> bool:
    """Is the stop at ``period`` the period of an abbreviation ("St.", "Gen.", "U.S."),
    which ends no sentence?"""
    return text[period] == "." and _word_before(text, period) in _ABBREVIATIONS


_NEXT_WORD = re.compile(r"\s*([A-Z]{2,5})\b")
_NUMBER_BRACKETED = re.compile(r"[ \t]*\([ \t]*\d")


@lru_cache(maxsize=1)
def _zone_abbreviations() -> frozenset[str]:
    """Upper-case zone abbreviations ("ET", "GMT"; ``clock.zones``), which follow a time."""
    from factcheck.extract.dates.clock import zones

    return frozenset(k for k in zones().abbreviations if k.isupper() and len(k) > 1)


def _zone_follows(text: str, at: int) -> bool:
    word = _NEXT_WORD.match(text, at)
    return bool(word) and word.group(1) in _zone_abbreviations()


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def clauses(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The clauses of a sentence: cut at commas, dashes, brackets, semicolons, each
    without its leading delimiter and space."""
    return list(_clauses(text, *sentence))


@lru_cache(maxsize=1024)
def _clauses(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    """``clauses``, memoised: linking, text keys and frames each cut the sentence of
    every claim, about six times a sentence (the text's hash is kept by the string, so
    a look-up costs no pass over it)."""
    part = text[s:e]
    glosses = [m.span() for m in _GLOSS.finditer(part)] if "(" in part else []
    cuts = [s] + [s + m.start() for m in _DELIMS.finditer(part)
                  if not any(a <= m.start() < b for a, b in glosses)] + [e]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and (text[a] in ",;:()[]—–-" or text[a].isspace()):
            a += 1
        if a < b:
            out.append((a, b))
    return tuple(out)


def clause_span(text: str, sentence: tuple[int, int], offset: int) -> tuple[int, int]:
    """The clause of ``offset``: the sentence cut at commas, dashes, brackets, semicolons."""
    for a, b in _clauses(text, *sentence):
        if offset < b:
            return a, b
    return sentence


# an age named, then the verb or preposition that gives its level in years: "the median age
# rose to 46.2 years", "life expectancy of 79 years", "the retirement age will rise to 67 years"
_AGE_NAME = r"\b(?:(?:average|median|mean|retirement|pension|voting|minimum)\s+age|life\s+expectancy)"
_AGE_LEVEL = re.compile(
    _AGE_NAME + r"(?:\s+(?:of|among|for|in|at)\s+[a-z]+(?:\s+[a-z]+){0,3}?)?"
    r"(?:\s*,\s*|:\s*|\s+(?:(?:will|would|could)\s+)?(?:was|is|be|of|at|stood\s+at|"
    r"(?:rose|rises|rise|fell|falls|fall|increased|dropped|climbed|reached|reach|"
    r"went\s+up|went\s+down)(?:\s+to)?)\s+)(?:a\s+(?:new\s+)?record\s+(?:high\s+of\s+|low\s+of\s+)?)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# an age named earlier in the sentence, then a change of it right before the years ("the
# median age at 42.6, up 1.7 years"), or a difference after them ("48.1, almost six years
# above the national figure")
_AGE_EARLIER = re.compile(_AGE_NAME + r"(?:[^.;!?\n]|\.(?=\d)){0,100}$", re.I)
_AGE_CHANGE_BEFORE = re.compile(r"\b(?:up|down|by|rising|falling|gaining|adding)\s+(?:(?:about|around|nearly|almost|"
                                r"just|over|more\s+than|less\s+than)\s+)?$", re.I)
_AGE_CHANGE_AFTER = re.compile(r"\s+(?:above|below|older|younger|higher|lower)\b", re.I)


def age_level_before(text: str, start: int, end: int | None = None) -> bool:
    """Does an age's name and the word giving its level end right before ``start``? The
    years after it are an age ("the median age rose to 46.2 years"), not a span of time.
    With ``end`` (the end of the years), also a change of an age named earlier in the
    sentence ("the median age at 42.6, up 1.7 years", "almost six years above the
    national figure"): a difference of ages, in years of age."""
    if _AGE_LEVEL.search(text, max(0, start - 70), start) is not None:
        return True
    return end is not None and (_AGE_CHANGE_BEFORE.search(text, max(0, start - 24), start) is not None
                                or _AGE_CHANGE_AFTER.match(text, end) is not None) \
        and _AGE_EARLIER.search(text, max(0, start - 120), start) is not None
