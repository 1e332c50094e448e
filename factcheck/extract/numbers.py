"""Number lexer: digits and English number words -> spans, values, stated precision.

``find_numbers(text)`` returns every number in the text (no interpretation of units,
currencies or qualifiers: that is ``numeric.py``'s job):

- digits: ``1,300`` ``8.5`` ``1 300`` (with normal, no-break or thin spaces)
  ``1.3e6`` ``3/4`` ``2 1/4`` ``½`` ``2nd``; suffix scales ``10k`` ``$752M`` ``1.2bn``;
  a glued lower-case ``m`` is left to the caller (metre or million, see ``Num.glued_m``);
- words: ``two million`` ``Ninety`` ``a dozen`` ``half a million`` ``three-quarters``
  ``a third`` ``one hundred and twenty-five`` ``twenty-first`` ``2 million``.

Stated precision (``Num.half``) is the half-width of the rounding interval the writer
implies: half a unit of the last stated digit times the scale word ("2m" -> 0.5e6,
"8.5 million" -> 0.05e6), half a unit of the last decimal for plain decimals ("8.5" ->
0.05), and 0 for integers written out in full ("1,300", "twenty") — digits that are
written are taken as stated.

Data comes from ``data/patterns/en/numbers.yaml`` (loaded once, validated). The lexer is
one precompiled regex run with ``finditer`` over the whole text: only digits and number
words are visited, and every pattern is linear (no nested quantifiers).
"""
from __future__ import annotations

import math
import re
from functools import cache

from factcheck.extract.number_forms import (
    _SCALE_ORDINALS,
    Num,
    _Atom,
    _bare_hundred,
    _combine,
    _compound_denominator,
    _detached_minus,
    _fraction_context,
    _mixed_tail,
    times,
)
from factcheck.extract.needles import lowered
from factcheck.extract.number_words import Words as _Words
from factcheck.extract.number_words import first_letter_trie as _first_letter_trie
from factcheck.extract.number_words import (
    load_table,
    phrase_regex,
    trie_regex,
    word_regex,
    words,
)

__all__ = ["Num", "find_numbers", "load_table", "parse_number", "phrase_regex", "trie_regex",
           "word_regex"]


# --------------------------------------------------------------------------- lexer

_SP = "[ \u00a0\u202f\u2009]"
_DIGITS = (
    # a decimal comma before a scale word ("R11,2-million", "A$3,9 billion"): no thousands
    # separator has fewer than three digits after it
    r"(?:\d{1,3},\d{1,2}(?=[-\u00a0 ]?(?:million|billion|trillion|mn|bn|m)\b)"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"  # 12,05,420: Indian grouping (lakh, crore)
    r"|\d{1,3}(?:,\d{3})+(?![\d])"  # 1,234,567
    rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?![\d,])"  # 1 234 567 (also thin / no-break spaces)
    r"|\d+)(?:\.\d+)?"
    r"|\.\d+"
)


@cache
def _lexers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(digits, words): two scans, each cheap to reject a position (see trie_regex)."""
    w = words()
    vocab = set(w.units) | set(w.tens) | set(w.scales) | set(w.multipliers) | set(w.ordinals)
    vocab |= set(w.fractions) | set(w.negatives) | set(w.compound_plurals)
    vulgar = "".join(w.vulgar)
    attached = word_regex(set(w.suffixes_attached))
    spaced = word_regex(set(w.suffixes_spaced))
    digits = (
        rf"(?=[-\u2212.\d{vulgar}])(?:"
        # digit fractions: 3/4, 2 1/4 (not 9/11/2001, not part of a longer number)
        rf"(?P<frac>(?P<fneg>(?<![\w.,)\-–−/])[-−](?=\d))?(?<![\d/.,])"
        rf"(?:(?P<fwhole>\d{{1,3}}){_SP}{{1,2}})?(?P<fnum>\d{{1,3}})/(?P<fden>\d{{1,3}})(?![\d/]))"
        rf"|(?P<neg>(?<![\w.,)%\-–−])[-−](?=\d|\.\d))?(?P<num>{_DIGITS})"
        rf"(?P<exp>[eE][+-]?\d{{1,3}}(?![\w])|\^[+-]?\d{{1,3}}(?![\w.]))?"
        rf"(?:(?<![.,]\d)(?<![.,]\d\d)(?<![.,]\d\d\d)[ \u00a0]?(?P<vul>[{vulgar}]))?"  # "2½", "7 ½" (no "7.5 ½")
        r"(?:(?P<ord>st|nd|rd|th)(?![A-Za-z])"
        rf"|(?P<suf>{attached})(?![A-Za-z0-9])"
        rf"|{_SP}?(?P<suf2>{spaced})\b"
        # "2.33 k", "1,674.5 G": a one-letter scale after a space only when nothing
        # word-like follows ("10 K street", "the 100 M sprint" are not scaled)
        rf"|{_SP}{{1,2}}(?P<suf3>k|M|MM|G)(?![\w'’-]|\.\w)(?![ \t]*[\w(])"
        r"|(?P<gm>m)(?![A-Za-z0-9²³]))?"
        rf"|(?P<vulgar>[{vulgar}]))"
    )
    word = rf"(?<![A-Za-z])(?=[A-Za-z])(?P<word>{trie_regex({v.lower() for v in vocab})})\b"
    return re.compile(digits), re.compile(word, re.IGNORECASE)


@cache
def _lower_lexer() -> re.Pattern[str]:
    """The word scan over lower-cased text (same matches as ``_lexers()[1]``, faster)."""
    w = words()
    vocab = set(w.units) | set(w.tens) | set(w.scales) | set(w.multipliers) | set(w.ordinals)
    vocab |= set(w.fractions) | set(w.negatives) | set(w.compound_plurals)
    return re.compile(rf"(?P<word>{_first_letter_trie({v.lower() for v in vocab})})\b")


# Between two atoms of one spelled number: spaces, hyphens, "and", "and a", "a", "of a",
# and those hyphenated ("six-and-a-half", "two-and-a-half-hour").
_GAP = re.compile(r"(?:\s*-\s*|\s+and\s+(?:an?\s+)?|-and-(?:an?-)?|\s+(?:of\s+)?an?\s+|\s+)", re.IGNORECASE)
_A_BEFORE = re.compile(r"\b(an?)\s+$", re.IGNORECASE)
_AND = re.compile(r"\band\b", re.IGNORECASE)  # "3 hundred and 21": one number past its scale


_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009 ")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _power(base: float, exponent: str) -> float:
    """``base ** exponent`` where an overflow is infinity ("1e999", "10^999"): the caller
    turns a non-finite value into an unresolved claim, never into a number."""
    digits = exponent.lstrip("+-")
    if len(digits) > 6:  # beyond any float (and int() refuses thousands of digits)
        return 0.0 if exponent.startswith("-") and abs(base) > 1 else math.inf
    try:
        return base ** int(exponent)
    except (OverflowError, ZeroDivisionError):
        return math.inf


def _ordinal_suffix(n: int) -> str:
    """The suffix English writes after ``n`` as an ordinal: 1st, 2nd, 3rd, 11th, 21st."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _digit_num(m: re.Match[str], w: _Words) -> Num | None:
    raw, exp, vul, neg, ordn, suf1, suf2, gm = m.group(
        "num", "exp", "vul", "neg", "ord", "suf", "suf2", "gm")
    suf1 = suf1 or m.group("suf3")
    plain = raw
    core = raw.translate(_SEPARATORS) if len(raw) > 3 else raw
    if _DECIMAL_COMMA.fullmatch(raw):
        core = raw.replace(",", ".")  # "11,2" before "million": 11.2
    try:
        value = float(core)
    except ValueError:
        return None
    decimals = len(core.split(".", 1)[1]) if "." in core else 0
    granule = 10.0 ** -decimals if decimals else 0.0
    if exp:  # "1.3e6"; "1.1^23", "2.5^-1": a power
        value = _power(value, exp[1:]) if exp[0] == "^" else value * _power(10.0, exp[1:])
        granule = 0.0
    integer = decimals == 0
    if vul:
        value += w.vulgar[vul]
        integer = False
    if neg:
        value = -value
    start, end = m.start(), m.end()
    kind, scaled, glued_m = "cardinal", False, False
    scale = 1.0
    if ordn and integer and not neg and math.isfinite(value) and ordn.lower() != _ordinal_suffix(int(value)):
        ordn, end = None, m.end("num")  # "16st 4lb": 16 stone, no 16th (that is "16th")
    if ordn:
        if not integer or neg:
            return None
        kind = "ordinal"
    elif suf1 or suf2:
        suf = suf1 or suf2
        table = w.suffixes_attached if suf1 else w.suffixes_spaced
        scale = table.get(suf) or table.get(suf.lower()) or next(
            (v for k, v in table.items() if k.lower() == suf.lower()), 1.0)
        scaled = True
    elif gm:
        glued_m, end = True, m.start("gm")
    half = 0.5 * (granule or (1.0 if scaled else 0.0)) * scale
    return Num(start, end, times(value, scale), kind, half, False, integer and not scaled or
               (integer and scale >= 1), scaled, glued_m, plain)


def _atoms(text: str) -> list[_Atom]:
    w = words()
    out: list[_Atom] = []
    digit_re, word_re = _lexers()
    lower = lowered(text)
    if len(lower) == len(text):  # one char per char: offsets are the same
        word_iter = _lower_lexer().finditer(lower)
    else:
        word_iter = word_re.finditer(text)
    # both scans in text order; a stable sort keeps a digit match before a word match at the
    # same start (as a merge of the two would), and in C costs less than a merge in Python
    matches = sorted([*digit_re.finditer(text), *word_iter], key=re.Match.start)
    for m in matches:
        if m.re is digit_re and m.group("frac"):
            num, den = int(m.group("fnum")), int(m.group("fden"))
            if den not in w.denominators or num == 0 or num >= den:
                continue
            value = num / den + (int(m.group("fwhole")) if m.group("fwhole") else 0)
            if m.group("fneg"):
                value = -value  # "-4/5"
            n = Num(m.start(), m.end(), value, "cardinal", 0.0, False, False, False, False,
                    m.group(0))
            out.append(_Atom(m.start(), m.end(), "digits", value, num=n))
        elif m.re is digit_re and m.group("num") is not None:
            n = _digit_num(m, w)
            if n is not None:
                out.append(_Atom(n.start, n.end, "digits", n.value, num=n))
        elif m.re is digit_re and m.group("vulgar"):
            v = w.vulgar[m.group("vulgar")]
            n = Num(m.start(), m.end(), v, "cardinal", 0.0, False, False, False, False, "")
            out.append(_Atom(m.start(), m.end(), "digits", v, num=n))
        else:
            word = m.group("word").lower()
            if word in w.units:
                out.append(_Atom(m.start(), m.end(), "unit", w.units[word], word))
            elif word in w.tens:
                out.append(_Atom(m.start(), m.end(), "tens", w.tens[word], word))
            elif word in w.scales:
                out.append(_Atom(m.start(), m.end(), "scale", w.scales[word], word))
            elif word in w.multipliers:
                out.append(_Atom(m.start(), m.end(), "mult", w.multipliers[word], word))
            elif word in w.ordinals:
                out.append(_Atom(m.start(), m.end(), "ord", w.ordinals[word], word))
            elif word in w.fractions:
                kind = "half" if w.fractions[word] == 2 else "frac"
                out.append(_Atom(m.start(), m.end(), kind, w.fractions[word], word))
            elif word in w.negatives:
                out.append(_Atom(m.start(), m.end(), "neg", -1.0, word))
            elif word in w.compound_plurals:
                out.append(_Atom(m.start(), m.end(), "ordpl", w.compound_plurals[word], word))
    return out


def _groups(text: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    """Runs of atoms separated only by spaces, hyphens, "and", "a", "of a"."""
    groups: list[list[_Atom]] = []
    for i, atom in enumerate(atoms):
        if groups:
            prev = groups[-1][-1]
            if prev.kind == "scale" and groups[-1][0].kind == "digits" and atom.kind in ("digits", "unit", "tens") \
                    and not _AND.search(text, prev.end, atom.start) \
                    and not (i + 1 < len(atoms) and atoms[i + 1].kind == "scale"
                             and _GAP.fullmatch(text, atom.end, atoms[i + 1].start)):
                # a figure begun in digits ends at its scale word: "160 million 15kg bags",
                # "3.9 million twenty-foot units" are two numbers; "1 crore 20 lakh" and "3
                # hundred and 21" are one
                groups.append([atom])
                continue
            gap = _GAP.fullmatch(text, prev.end, atom.start) if atom.start > prev.end and not (
                prev.kind == "digits" and atom.kind == "digits") else None
            joinable = gap is not None and not (prev.kind == "digits" and atom.kind == "digits")
            if joinable and prev.kind == "digits" and prev.num and prev.num.kind == "ordinal":
                joinable = False
            if joinable and prev.kind == "neg" and atom.kind == "digits":
                pass  # "minus 5"
            elif joinable and (atom.kind == "digits" or prev.kind == "digits"):
                # digits join words only as "2 million", "3 hundred and 21", "two 3/4"?no
                joinable = atom.kind in ("scale", "mult") or (
                    atom.kind == "digits" and prev.kind == "scale")
            if joinable:
                groups[-1].append(atom)
                continue
        groups.append([atom])
    return groups


class _Builder:
    """Left-to-right reader of one group of atoms into one or more numbers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Num] = []
        self.reset()

    def reset(self) -> None:
        self.total = 0.0
        self.cur = 0.0
        self.have = False
        self.last = ""  # kind of the last atom used
        self.last_scale = math.inf
        self.start = -1
        self.end = -1
        self.sign = 1.0
        self.place = 1.0  # the scale of the last stated element
        self.granule = 1.0  # the unit of the last stated digit before the scale
        self.scaled = False
        self.integer = True
        self.a_prefix = False
        self.and_base: float | None = None  # value before the last "and"
        self.and_scale = 1.0  # "two million and three fifths": fifths of a million
        self.digits_start = False  # the number began with digits ("280 million")

    def flush(self, kind: str = "cardinal") -> None:
        if self.have:
            half = 0.5 * self.place * self.granule if self.scaled and self.place > 1 else 0.0
            if not self.scaled and not self.integer and self.granule < 1:
                half = 0.5 * self.granule if self.granule in (0.1, 0.01, 0.001) else 0.0
            value = self.sign * (self.total + self.cur)
            self.out.append(Num(self.start, self.end, value, kind, half, True,
                                self.integer and kind != "fraction", self.scaled, False, ""))
        self.reset()

    def add(self, atom: _Atom, value: float, kind: str) -> None:
        if self.last == "scale" and value:
            self.place, self.granule = 1.0, 1.0  # "two thousand and five": exact again
        if not self.have:
            self.start = atom.start if self.start < 0 else self.start
            self.have = True
        self.cur += value
        self.end = atom.end
        self.last = kind

    def a_start(self, atom: _Atom) -> bool:
        """Start a number with an implicit 1 from a preceding "a"/"an"."""
        m = _A_BEFORE.search(self.text, max(0, atom.start - 4), atom.start)
        if not m:
            return False
        self.start, self.end = m.start(1), m.end(1)
        self.cur, self.have, self.last, self.a_prefix = 1.0, True, "unit", True
        return True

    def apply_scale(self, atom: _Atom, compound: bool = False) -> bool:
        """Multiply by a scale word. ``compound``: it follows another scale word directly,
        and a larger one multiplies the whole ("1.5 lakh crore" = 1.5e12, Indian style;
        "two thousand million" = 2e9)."""
        if compound and atom.value > self.last_scale > 100 and self.last == "scale" \
                and self.cur == 0 and self.total > 0:
            self.total = times(self.total, atom.value)
            self.last_scale = atom.value
            self.place *= atom.value
            self.end = atom.end
            return True
        if atom.value == 100:
            if self.cur == 0 or (self.cur >= 100 and not (
                    self.digits_start and self.total == 0 and self.integer)):
                return False  # "322 hundred" = 32,200, but not "one hundred twenty hundred"
            self.cur *= 100
        else:
            if atom.value >= self.last_scale or (self.cur == 0 and self.total == 0):
                return False
            self.total += times(self.cur, atom.value)
            self.cur = 0.0
            self.last_scale = atom.value
            self.place = atom.value
            self.scaled = True
        self.end, self.last = atom.end, "scale"
        return True

    def mark_and(self) -> None:
        """An "and" before the fraction of a mixed number ("two and three fifths"); after
        a large scale word the fraction is of that scale ("two million and a half")."""
        self.and_base = self.total + self.cur
        if self.last == "scale" and self.cur == 0 and self.place >= 1000:
            self.and_scale = self.place

    def fraction(self, den: float, atom: _Atom) -> None:
        whole = self.total + self.cur
        base = self.and_base if self.and_base is not None else 0.0
        self.total, self.cur = 0.0, base + (whole - base) / den * self.and_scale
        self.integer, self.granule, self.place = False, 1.0 / den, 1.0
        self.end, self.last = atom.end, "frac"


def _read_group(text: str, group: list[_Atom]) -> list[Num]:
    b = _Builder(text)
    i, n = 0, len(group)
    while i < n:
        a = group[i]
        gap = text[group[i - 1].end:a.start].lower() if i else ""
        has_and = "and" in gap
        nxt = group[i + 1] if i + 1 < n else None
        i += 1
        if a.kind == "neg":
            b.flush()
            if nxt is not None and nxt.kind in ("unit", "tens", "digits"):
                b.start, b.sign = a.start, -1.0
            continue
        if a.kind == "digits":
            assert a.num is not None
            if b.have and b.last == "scale" and b.integer and a.num.integer and a.value < 1000 \
                    and not a.num.scaled and a.num.kind == "cardinal" and b.sign > 0 and not (
                    nxt is not None and nxt.kind == "scale" and nxt.value >= b.last_scale):
                # (but "$3 billion and 150 billion": a second amount, not 3,000,000,150)
                if has_and:
                    b.and_base = b.total + b.cur
                b.add(a, a.value, "digits")  # "4 thousand 3 hundred and 21"
                continue
            if b.have or b.sign > 0:
                b.flush()
            num = a.num
            if b.sign < 0 and num.value >= 0:  # "minus 5"
                num = Num(b.start, num.end, -num.value, num.kind, num.half, num.words,
                          num.integer, num.scaled, num.glued_m, num.plain)
                b.reset()
            if num.kind == "ordinal" or num.scaled or num.glued_m or not (
                    nxt is not None and nxt.kind in ("scale", "mult")):
                b.out.append(num)
                continue
            b.add(a, a.value, "digits")  # "2 million", "8.5 billion", "3 dozen"
            b.digits_start = True
            b.integer = num.integer
            b.granule = 2 * num.half if num.half else 1.0
            continue
        if a.kind == "tens" and not has_and and nxt is not None and (
                b.have and b.last in ("unit", "tens") and not b.total and b.cur < 100
                or not b.have) and _compound_denominator(text, a, nxt) and (
                b.have or b.a_start(a)):
            b.fraction(a.value + nxt.value, nxt)  # "one twenty-fifth", "three twenty-firsts"
            b.flush()
            i += 1
            continue
        if a.kind in ("unit", "tens"):
            ok = not b.have or b.last == "scale" or (
                b.last == "tens" and a.kind == "unit" and 0 < a.value < 10 and not has_and)
            if not ok and has_and and b.last == "tens" and a.kind == "unit" and nxt \
                    and 0 < a.value < 10 and " and " in text[a.end:nxt.start].lower() \
                    and _mixed_tail(text, group, i):
                ok, has_and = True, False  # "twenty and three and three fifths"
            if b.last == "scale" and b.cur % 100:
                ok = False  # "one hundred twenty three hundred"
            if b.last == "scale" and b.cur == 0 and b.total and a.value and not has_and \
                    and "-" in gap:
                ok = False
            if not ok and has_and and _mixed_tail(text, group, i - 1):
                b.mark_and()  # "twenty and three fifths", "two and fifty-four hundredths"
            elif not ok:
                b.flush()
            elif b.have and has_and and b.last == "scale" and _mixed_tail(text, group, i - 1):
                b.mark_and()  # "two million and three fifths", "one hundred and three quarters"
            b.add(a, a.value, a.kind)
            continue
        if a.kind == "scale":
            if not b.have and a.value == 100 and nxt is not None and nxt.kind == "scale" \
                    and nxt.value >= 1000 and not b.a_start(a) and _bare_hundred(text, a, nxt):
                b.start, b.end, b.cur, b.have, b.last = a.start, a.end, 1.0, True, "unit"
            if not b.have and not b.a_start(a):
                continue  # a bare "thousand": not a number ("thousands of" is vague)
            if not b.apply_scale(a, compound=not has_and):
                b.flush()
            continue
        if a.kind == "mult":  # dozen
            if not b.have and (a.word.endswith("s") or not b.a_start(a)):
                continue  # "dozens of": vague
            b.cur *= a.value
            b.end, b.last = a.end, "scale"
            continue
        if a.kind in ("half", "frac", "ord") and b.and_base is not None and not has_and \
                and b.last == "unit" and b.total + b.cur - b.and_base == 1 and (
                    a.kind != "ord" or 3 <= a.value < 100) and not a.word.endswith("s"):
            b.fraction(a.value, a)  # "three and one fourth", "two million and one half"
            b.flush()
            continue
        if a.kind == "ordpl":
            b.flush()
            continue
        if a.kind == "half":
            if a.word != "half":
                b.flush()
                continue
            if b.have and has_and and b.last == "scale" and b.place > 100 and b.cur == 0:
                if nxt is not None and nxt.kind == "scale" and 100 < nxt.value < b.place:
                    b.total += 0.5 * nxt.value  # "one billion and a half million"
                    b.end = nxt.end
                    i += 1
                    continue
                b.total += 0.5 * b.place  # "one million and a half"
                b.end = a.end
                continue
            if b.have and has_and:  # "one and a half", "five and a half million"
                b.cur += 0.5
                b.integer, b.granule, b.end, b.last = False, 0.5, a.end, "frac"
                continue
            b.flush()
            if not b.a_start(a):
                b.start, b.have = a.start, True
            b.cur, b.end, b.last, b.integer, b.granule = 0.5, a.end, "frac", False, 0.5
            if nxt is not None and nxt.kind in ("scale", "mult") and nxt.value > 100:
                b.total, b.cur = 0.5 * nxt.value, 0.0  # "half a million", "half million"
                b.place, b.scaled, b.end = nxt.value, True, nxt.end
                b.last_scale, b.last = nxt.value, "scale"
                i += 1
            elif nxt is not None and nxt.kind == "mult":  # "half a dozen"
                b.cur, b.end, b.integer, b.last = 0.5 * nxt.value, nxt.end, True, "scale"
                i += 1
            continue
        if a.kind in ("frac", "ord") and b.have and has_and and b.last == "scale" \
                and b.place >= 1000 and b.cur == 0 and re.search(r"\ban?\s*$", gap) \
                and not a.word.endswith("s") and 3 <= a.value < 100:
            if nxt is not None and nxt.kind == "scale" and 100 < nxt.value < b.place:
                b.total += nxt.value / a.value  # "one billion and a quarter million"
                b.end = nxt.end
                i += 1
                continue
            b.total += b.place / a.value  # "3 million and a quarter"
            b.end = a.end
            continue
        if a.kind == "frac" and b.have and has_and and re.search(r"\ban?\s*$", gap) \
                and not a.word.endswith("s"):
            b.cur += 1.0 / a.value  # "five and a quarter"
            b.integer, b.granule, b.end, b.last = False, 1.0 / a.value, a.end, "frac"
            continue
        if a.kind == "frac":  # "two thirds", "three-quarters", "a quarter", "twenty fifths"
            if not b.have and not b.a_start(a):
                if a.word == "quarter" and nxt is not None and nxt.kind == "scale":
                    b.add(a, 1.0, "unit")  # "quarter million"
                    b.start = a.start
                else:
                    continue
            if b.last not in ("unit", "tens", "digits") or b.sign < 0 and False:
                b.flush()
                continue
            if nxt is not None and nxt.kind == "scale" and b.and_base is not None \
                    and 100 < nxt.value < b.and_scale:
                b.and_scale = nxt.value  # "one billion and three quarters million"
                b.fraction(a.value, a)
                b.end = nxt.end
                i += 1
                b.flush()
                continue
            b.fraction(a.value, a)
            if nxt is not None and nxt.kind == "scale" and nxt.value > 100:
                b.total, b.cur = (b.total + b.cur) * nxt.value, 0.0  # "two thirds of a million"
                b.place, b.scaled, b.end = nxt.value, True, nxt.end
                b.granule, b.last_scale, b.last = b.granule, nxt.value, "scale"
                i += 1
            b.flush()
            continue
        if a.kind == "ord" and b.have and has_and and re.search(r"\ban?\s*$", gap) \
                and 3 <= a.value < 100:
            b.cur += 1.0 / a.value  # "forty two and a third", "one and a fourth"
            b.integer, b.granule, b.end, b.last = False, 1.0 / a.value, a.end, "frac"
            continue
        if a.kind == "ord":
            if not b.have and 3 <= a.value < 100 and _fraction_context(text, a) \
                    and b.a_start(a):
                b.fraction(a.value, a)  # "a third of the budget", "about a fifth."
                b.flush()
                continue
            if b.have and b.last == "unit" and b.cur < 10 and not b.total and 3 <= a.value < 100 and (
                    "-" in gap or _fraction_context(text, a)) and (b.a_prefix or b.cur >= 1):
                b.fraction(a.value, a)  # "a third of", "one-fifth", "two fifth."
                b.flush()
                continue
            if not b.have and a.value in _SCALE_ORDINALS and _fraction_context(text, a) \
                    and b.a_start(a):
                b.fraction(a.value, a)  # "a hundredth of", "a millionth."
                b.flush("fraction")
                continue
            if b.have and b.a_prefix and not (b.last == "scale" and a.value >= 1000):
                b.reset()  # "a third time": the "a" is not part of the ordinal
            if b.have and b.last == "scale" and a.value < 100 and b.digits_start:
                b.flush()
            if b.have and b.last == "scale" and a.value >= 1000 and b.total + b.cur < a.value:
                b.total, b.cur = (b.total + b.cur) * a.value, 0.0  # "a hundred trillionth"
                b.end, b.integer, b.scaled = a.end, True, False
                b.start = a.start if b.a_prefix and b.start < a.start and False else b.start
                b.flush("ordinal")
                continue
            if b.have and (b.last == "scale" and a.value < 100 or (
                    b.last == "tens" and a.value < 10) or (
                    b.last in ("unit", "tens") and a.value >= 100 and b.cur < 100)):
                if a.value >= 100:  # "two hundredth", "three trillionth"
                    b.total, b.cur = (b.total + b.cur) * a.value, 0.0
                else:
                    b.cur += a.value
                b.end, b.integer, b.scaled = a.end, True, False
                b.flush("ordinal")
                continue
            b.flush()
            b.add(a, a.value, "ord")
            b.flush("ordinal")
            continue
    b.flush()
    return b.out


def find_numbers(text: str) -> list[Num]:
    """Every number in ``text``, in order; ``text[n.start:n.end]`` is its surface."""
    atoms = _atoms(text)
    out: list[Num] = []
    for group in _groups(text, atoms):
        if len(group) == 1 and group[0].num is not None:
            out.append(group[0].num)  # a lone digit number: nothing to combine (fast path)
        else:
            out.extend(_read_group(text, group))
    if len(out) > 1 and ("oint" in text or "ver" in text or "OINT" in text or "VER" in text):
        out = _combine(text, out)
    if len(out) == 1 and out[0].start > 1 and out[0].value > 0 and not out[0].words \
            and out[0].kind == "cardinal":
        out = _detached_minus(text, out)
    return out


def parse_number(text: str) -> float | None:
    """The value of ``text`` when it is exactly one number (words or digits), else None."""
    found = find_numbers(text)
    if len(found) == 1 and found[0].start == len(text) - len(text.lstrip()) and \
            found[0].end == len(text.rstrip()):
        return found[0].value
    return None
