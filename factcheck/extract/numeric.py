"""Numeric claims: quantities, money, percentages, counts, ordinals, ratios.

``find_numeric(text, ctx)`` reads the numbers of ``numbers.find_numbers`` in context:

- left: currency symbols and codes ("US$", "€", "USD"), qualifiers ("more than",
  "about", "up to"; data/patterns/en/qualifiers.yaml), "between"/"from" of ranges;
- right: percent words, currency names ("yuan", "13,000 won"), units (units.yaml,
  pint names), per-period words ("annually" -> per year), "times" (ratios), age cues
  ("years old"), the counted noun ("six sets of sanctions" -> count 6).

Ranges ("between 100 and 160", "4-5 million", "from 20 to 30 percent") give one
candidate with qualifier ``range``; its value is the LOW end, its interval [a, b].
Fiscal years ("2012-13") are not ranges and give nothing.

Not claims: numbers glued to names (G20, Hwasong-14, F-35, COVID-19, 9/11, Boeing 747,
"No. 1"), phone numbers, clock times, IP-like dotted numbers, 4-digit years
1900-2100 standing alone, "one" as a pronoun, "a" alone, anything in ``ctx.reserved``.
A bare number with no unit or counted noun is a quantity with unit "dimensionless".

Interval units: money in its ISO currency, quantities in pint base units (see
normalize/units.py), percentages "percent", counts "count", ordinals "ordinal", ratios
and bare numbers "dimensionless".
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from factcheck.extract.base import Candidate, Context
from factcheck.extract.numbers import Num, find_numbers
from factcheck.extract.numeric_tables import Tables as _Tables
from factcheck.extract.numeric_tables import (
    _about_before,
    _hyphen_noun,
    _noun_after,
    _of_phrase_after,
)
from factcheck.extract.numeric_tables import norm as _norm
from factcheck.extract.numeric_tables import tables as _tables
from factcheck.models import (
    CountValue,
    Interval,
    MoneyValue,
    OrdinalValue,
    PercentValue,
    Qualifier,
    QuantityValue,
    RatioValue,
)
from factcheck.normalize import intervals
from factcheck.normalize.units import canonical_unit

__all__ = ["find_numeric"]

_I = re.IGNORECASE


# --------------------------------------------------------------------------- filters

_TIME_OF_DAY = re.compile(r"\s*(?::\d\d|(?:a\.?m\.?|p\.?m\.?)(?![A-Za-z])|\s?o'clock)", _I)
_CLOCK_BEFORE = re.compile(r"\d:$")
_PHONE = re.compile(r"(?<![\d])\+?\(?\d{1,4}\)?(?:[-. /]\(?\d{2,5}\)?){2,}(?![\d])")
_URL = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"]+")
_DOTTED = re.compile(r"(?<![\d.])\d{1,5}(?:\.\d{1,5}){2,}(?![\d])")
_WORD_BEFORE = re.compile(r"(?<![\w.'’&-])([A-Za-z][\w.'’&-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")
_YEAR = re.compile(r"(?:19|20)\d\d|2100")
# Three or more digit groups joined by separators: where phone numbers, dotted codes
# (IP addresses, version numbers) can be. Starts with a digit class, so ``re`` skips to
# digits quickly; _PHONE and _DOTTED are then tried only inside these regions.
_DIGIT_CLUSTER = re.compile(r"\d(?<!\d\d)\d*+\)?(?:[-. /]\(?\d++\)?){2,}+")
_PERCENT_AFTER = re.compile(
    r"\s?(?:%|per\s?cents?\b|percent(?:age)?s?\b(?:\s+points?\b)?|pct\b)", _I)
_PERCENT_NEAR = re.compile(r"\s?(?:%|per\s?cent)", _I)
_AS_AFTER = re.compile(r"\s+as\b", _I)
_TIMES_AFTER = re.compile(r"\s*(?:-\s*fold\b|times\b)", _I)
_AGE_BEFORE = re.compile(r"\bage\s+$", _I)
_RANGE_LEAD = re.compile(r"(between|from)\s+(?:[$€£¥]\s?)?$")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6,
           "bn": 1e9, "tn": 1e12}
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion|mn|bn|tn)\b", _I)
_MCODE_AFTER = re.compile(r"\s?M([A-Z]{3})(?![A-Za-z0-9])")
_MCODE_BEFORE = re.compile(r"(?<![A-Za-z0-9])M([A-Z]{3})\s?$")
_PERCENT_OF_BEFORE = re.compile(r"(?<![\w%])(?:per\s?cents?|percents?)\s+of\s+$", _I)
_END_AFTER = re.compile(r"\s*(?:$|[.,;:!?)\]\"”])")
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                            r"|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|million|billion|half"
                            r"|quarter|zero))[\s-]*$", _I)
_OF_AFTER = re.compile(r"\s+of\b", _I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:over|under|above|below)\s+$", _I)
_LETTER = re.compile(r"[^\W\d_]")
_TWICE = re.compile(r"\b(twice|thrice)\b", _I)


def _glued_head(text: str, start: int) -> str:
    """Letters glued before a number ("G" of G20, "Hwasong-" of Hwasong-14)."""
    j = start
    if j > 0 and text[j - 1] in "-–" and j > 1 and text[j - 2].isalpha():
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "."):
        k -= 1
    return text[k:start] if k < start and text[k].isalpha() else ""


def _identifier(text: str, n: Num, t: _Tables) -> bool:
    """Is this number part of a name, code, date, time or phone number?"""
    s, e = n.start, n.end
    if not n.words:
        head = _glued_head(text, s)
        if head and head.rstrip(".") not in t.symbols and not head.endswith("$"):
            return True
        if e < len(text) and text[e] in "/" and e + 1 < len(text) and text[e + 1].isdigit():
            return True  # 9/11, 5/17/2018
        if s > 0 and text[s - 1] == "/" and s > 1 and text[s - 2].isdigit():
            return True
        if _TIME_OF_DAY.match(text, e) or _CLOCK_BEFORE.search(text, max(0, s - 2), s):
            return True
        m = _PHONE.match(text, s - 1 if s and text[s - 1] == "+" else s)
        if m and m.end() - m.start() >= 10 and sum(c.isdigit() for c in m.group()) >= 9:
            return True
        if _DOTTED.match(text, s) or (s > 1 and text[s - 1] == "." and text[s - 2].isdigit()):
            return True
    if _may_end_phrase(text, s) and t.id_prefix.search(text, max(0, s - 12), s):
        return True
    w = _WORD_BEFORE.search(text, max(0, s - 40), s) if s and text[s - 1].isspace() else None
    if w and not n.words:
        word = w.group(1)
        low = word.lower()
        if low in t.months:
            return True  # "September 2017", "May 4th": the date extractor's
        if word[0].isupper() and low not in t.function_words and low not in t.q_before \
                and not word.isupper() and n.kind != "ordinal":
            # "Boeing 747", "Article 5", "Flight 370" (but "About 20", "In 2006")
            if not _unit_follows(text, n, t):
                return True
    if n.kind == "ordinal" and w and w.group(1).lower() in t.months:
        return True
    return False


def _may_end_phrase(text: str, start: int) -> bool:
    """Can a word or symbol phrase (qualifier, "No.") end right before ``start``? A cheap
    test that spares the backward regex searches between digits and punctuation."""
    j = start - 1
    while j >= 0 and j > start - 4 and text[j].isspace():
        j -= 1
    return j >= 0 and (text[j].isalpha() or text[j] in "~<>=≥≤.#")


def _table_runs(text: str, nums: list[Num], longest: int = 50) -> set[int]:
    """Indices of numbers in runs of more than ``longest`` numbers with no letter between
    them ("1, 1, 1, ...", "3 4 5 6 ..."): a data dump, not prose claims. Linear."""
    out: set[int] = set()
    run_start = 0
    for i in range(1, len(nums) + 1):
        if i < len(nums) and not _LETTER.search(text, nums[i - 1].end, nums[i].start):
            continue
        if i - run_start > longest:
            out.update(range(run_start, i))
        run_start = i
    return out


def _unit_follows(text: str, n: Num, t: _Tables) -> bool:
    return bool(t.unit_re.match(text, n.end) or t.cur_after.match(text, n.end)
                or _PERCENT_NEAR.match(text, n.end))


def _is_year(text: str, n: Num, t: _Tables) -> bool:
    return (not n.words and n.kind == "cardinal" and n.integer and not n.scaled
            and _YEAR.fullmatch(n.plain) is not None and not _unit_follows(text, n, t)
            and not t.cur_before.search(text, max(0, n.start - 6), n.start))


# --------------------------------------------------------------------------- about


# --------------------------------------------------------------------------- reading


class _Reader:
    def __init__(self, text: str, ctx: Context) -> None:
        self.text = text
        self.t = _tables()
        res = sorted(ctx.reserved)
        self.res_starts = [s for s, _ in res]
        self.res = res
        self.out: list[Candidate] = []

    def add_reserved(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.res_starts, start)
        self.res_starts.insert(i, start)
        self.res.insert(i, (start, end))

    def reserved(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.res_starts, end)
        for s, e in self.res[max(0, i - 8):i]:
            if s < end and start < e:
                return True
        return any(s < end and start < e for s, e in self.res[:i] if e > start) if i > 8 else False

    def run(self) -> list[Candidate]:
        text, t = self.text, self.t
        for cl in _DIGIT_CLUSTER.finditer(text):  # phone numbers, dotted codes: no claims
            lo, hi = max(0, cl.start() - 2), cl.end()
            for m in _PHONE.finditer(text, lo, hi):
                if sum(c.isdigit() for c in m.group()) >= 9 and re.search(r"[-./()]", m.group()):
                    self.add_reserved(m.start(), m.end())
            for m in _DOTTED.finditer(text, lo, hi):
                self.add_reserved(m.start(), m.end())
        if "ttp" in text or "ww" in text or "TTP" in text or "WW" in text:
            for m in _URL.finditer(text):
                if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                    self.add_reserved(m.start(), m.end())
        nums = [n for n in find_numbers(text) if not self.reserved(n.start, n.end)]
        table = _table_runs(text, nums)
        if table:
            nums = [n for k, n in enumerate(nums) if k not in table]
        i = 0
        while i < len(nums):
            n = nums[i]
            nxt = nums[i + 1] if i + 1 < len(nums) else None
            if _identifier(text, n, t):
                i += 1
                continue
            if nxt is not None and n.kind == nxt.kind == "cardinal":
                used = self.try_range(n, nxt)
                if used:
                    i += 2
                    continue
            if _is_year(text, n, t):
                i += 1
                continue
            self.single(n)
            i += 1
        if len(self.out) > 1 and any(w in text for w in self.t.subunit_hints):
            self.merge_subunits()
        return self.out

    _SUBUNIT_GAP = re.compile(r"[ \t]+(?:and[ \t]+)?", _I)
    _LAST_WORD = re.compile(r"([A-Za-z]+)$")

    def merge_subunits(self) -> None:
        """"3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
        out: list[Candidate] = []
        for c in self.out:
            prev = out[-1] if out else None
            if prev is not None and isinstance(prev.value, MoneyValue) and isinstance(
                    c.value, MoneyValue) and prev.value.per is None and c.value.per is None \
                    and c.qualifier == Qualifier.exact and 0 < c.value.amount < 1 \
                    and prev.value.amount == int(prev.value.amount) \
                    and self._SUBUNIT_GAP.fullmatch(self.text, prev.end, c.start):
                m = self._LAST_WORD.search(self.text, c.start, c.end)
                sub = self.t.subunits.get(m.group(1).lower()) if m else None
                if sub and (sub[0] == prev.value.currency or m and m.group(1).lower() in (
                        "cent", "cents")):
                    out[-1] = self.candidate(
                        prev.start, c.end, "money", prev.value.amount + c.value.amount, None,
                        0.0, prev.qualifier.value, None, prev.value.currency, None,
                        prev.about, prev.priority, False)
                    continue
            out.append(c)
        self.out = out

    # ----------------------------------------------------------------- ranges

    _RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|through|and|or)\s*", _I)
    _FISCAL = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*\d\d(?:\d\d)?")

    def try_range(self, a: Num, b: Num) -> bool:
        text, t = self.text, self.t
        gap = self._RANGE_GAP.fullmatch(text, a.end, b.start)
        if not gap:
            return False
        sep = gap.group().strip().lower()
        if self._FISCAL.fullmatch(text, a.start, b.end) and not a.words:
            return True  # "2012-13", "2012–2013": a fiscal or calendar year span; no claim
        before = text[max(0, a.start - 12):a.start].lower()
        lead = _RANGE_LEAD.search(before)
        if sep in ("and", "or") and not (lead and lead.group(1) == "between"):
            return False
        if sep in ("to",) and not lead and not (a.words == b.words):
            return False
        if _identifier(text, b, t) or b.kind != "cardinal":
            return False
        lo, hi = a.value, b.value
        if b.scaled and not a.scaled and a.integer and abs(lo) < 1000 and lo <= hi:
            lo *= b.value / _unscaled(b)  # "4-5 million"
        if lo > hi or lo == hi:
            return False
        start = a.start - (len(lead.group(0)) if lead else 0)
        self.emit(a, start, b.end, lo, hi, 0.0)
        return True

    # ----------------------------------------------------------------- singles

    def single(self, n: Num) -> None:
        text, t = self.text, self.t
        if n.kind == "ordinal":
            w = _WORD_BEFORE.search(text, max(0, n.start - 20), n.start)
            if w and w.group(1).lower() in ("the", "a") and text[n.end:n.end + 1] in ("", ".") \
                    and False:
                return
            qual, qstart = self.qualifier_before(n.start)
            about = _noun_after(text, n.end, t)
            self.out.append(Candidate(n.start, n.end, OrdinalValue(value=int(n.value)),
                                      interval=Interval(low=n.value, high=n.value, unit="ordinal"),
                                      about=about[0] if about else None))
            return
        self.emit(n, n.start, n.end, n.value, None, n.half)

    def qualifier_before(self, start: int) -> tuple[str, int]:
        if not _may_end_phrase(self.text, start):
            return "exact", start
        m = self.t.q_before_re.search(self.text, max(0, start - 48), start)
        if not m:
            return "exact", start
        return self.t.q_before[_norm(m.group("q"))], m.start("q")

    def emit(self, n: Num, start: int, end: int, value: float, high: float | None,
             half: float) -> None:
        """Build the candidate of a number (or a range value..high) spanning start..end."""
        text, t = self.text, self.t
        kind: str = "number"
        unit: str | None = None
        currency: str | None = None
        factor = 1.0
        per: str | None = None
        about: str | None = None
        priority = 0
        glued_m = n.glued_m and high is None

        # currency before: "$", "US$", "€", "USD"
        cm = t.cur_before.search(text, max(0, start - 8), start)
        mb = _MCODE_BEFORE.search(text, max(0, start - 6), start) if not cm and high is None \
            and not n.scaled else None
        if mb and mb.group(1) in t.symbols:  # "MAUD 60": millions of Australian dollars
            currency, kind, start = t.symbols[mb.group(1)], "money", mb.start()
            value, half = value * 1e6, 0.5e6 if n.integer else half * 1e6
        if cm:
            sym = cm.group("sym")
            if sym:
                currency = t.symbols[sym]
            else:
                dp = (cm.group("dp") or "").lower().replace(" ", "").replace(".", "")
                currency = {"c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD", "a": "AUD",
                            "au": "AUD", "nz": "NZD", "s": "SGD", "sg": "SGD", "nt": "TWD",
                            "r": "BRL", "mx": "MXN"}.get(dp, "USD")
            start = cm.start()
            kind = "money"
            if glued_m:
                value, half, glued_m = value * 1e6, 0.5e6 * (half * 2 or 1.0), False
                if n.half == 0 and not n.integer:
                    half = 0.5e6 * 10 ** -len(n.plain.split(".")[1])
                end = n.end + 1
        if glued_m:
            nxt = _WORD_AFTER.match(text, n.end + 1)
            word = nxt.group(1).lower() if nxt else ""
            if text[n.end] == "M" or word in t.names or word in t.unit_names or (
                    word.endswith("s") and word not in t.not_nouns and len(word) > 3) or \
                    word in ("people", "children", "men", "women", "residents", "users"):
                value *= 1e6
                decimals = len(n.plain.split(".")[1]) if "." in n.plain else 0
                half = 0.5e6 * 10.0 ** -decimals
                end = n.end + 1
                glued_m = False
        if kind == "number":
            pm = _PERCENT_AFTER.match(text, end)
            if pm and not glued_m:
                kind, end = "percent", pm.end()
        if kind == "number" and not glued_m:
            sm = t.cur_symbol_after.match(text, end)
            cn = t.cur_after.match(text, end)
            if cn:
                name = cn.group("name").lower()
                if name in t.subunits:
                    currency, factor = t.subunits[name]
                    kind, end = "money", cn.end()
                elif name not in t.weak or n.scaled or name == "won" or (
                        cn.group("name")[0] == "P" and False):
                    currency, kind, end = t.names[name], "money", cn.end()
            elif sm:  # "100元", "20 EUR", "10 $", "20 usd"
                code = sm.group("sym")
                currency = t.symbols.get(code) or t.symbols.get(code.upper()) or (
                    "CNY" if code.lower() == "rmb" else "USD")
                kind, end = "money", sm.end()
                sc = _SCALE_AFTER.match(text, end)
                if sc and high is None and not n.scaled:  # "75 USD million"
                    mult = _SCALES[sc.group(1).lower()]
                    value, half, end = value * mult, 0.5 * mult if n.integer else half * mult, sc.end()
            if kind == "number" and high is None and not n.scaled:
                mc = _MCODE_AFTER.match(text, end)  # banking shorthand: "30 MUSD", "120 MEUR"
                if mc and mc.group(1) in t.symbols:
                    currency, kind, end = t.symbols[mc.group(1)], "money", mc.end()
                    value, half = value * 1e6, 0.5e6 if n.integer else half * 1e6
        if kind == "number":
            um = t.unit_re.match(text, end)
            if glued_m and not um:
                um = t.unit_re.match(text, n.end)
            if um and (um.group("name") or um.group("sep") != "" or um.group("sym") or glued_m):
                if um.group("sym") and um.group("sep").strip() and um.group("sym") != '"':
                    um = um if um.group("sep").strip() in "([{<" else None
            if um and um.group("sep").strip() in "([{<" and um.group("sep").strip() and \
                    not um.group("close"):
                um = None
            if um:
                surface = um.group("name") or um.group("sym")
                unit = t.unit_names.get(surface.lower()) if um.group("name") else \
                    t.unit_symbols[surface]
                if unit:
                    kind, end = "quantity", um.end()
        if kind == "quantity" and unit is not None:
            rm = t.rate_re.match(text, end)
            if rm and "/" not in unit:
                tu = {"hr": "hour", "h": "hour", "yr": "year", "s": "second",
                      "ms": "millisecond"}.get(rm.group("t").lower(), rm.group("t").lower())
                unit, end = f"{unit} / {tu}", rm.end()
        pr = t.period_re.match(text, end)
        if pr and kind in ("money", "quantity"):
            period = t.periods[_norm(pr.group("p"))]
            if kind == "money":
                per, end = period, pr.end()
            elif "/" not in (unit or ""):
                unit, end = f"{unit} / {period}", pr.end()
        if kind == "number" and high is None:
            pb = _PERCENT_OF_BEFORE.search(text, max(0, start - 20), start)
            if pb and _END_AFTER.match(text, end) and not _NUMBER_BEFORE.search(
                    text, max(0, pb.start() - 24), pb.start()):
                kind, start = "percent", pb.start()  # "percent of 10" (no number before)
        if kind == "number" and n.words and n.value == 0.5 and high is None:
            rm = _AS_AFTER.match(text, end)
            if rm:
                kind = "ratio"
        if kind == "number":
            tm = _TIMES_AFTER.match(text, end)
            if tm:
                after = _WORD_AFTER.match(text, tm.end())
                if "fold" in tm.group() or (after and after.group(1).lower() in t.comparatives):
                    kind, end = "ratio", tm.end()

        # qualifier
        if high is not None:
            qual = "range"
        else:
            qual, qstart = self.qualifier_before(start)
            if qual != "exact":
                start = qstart
            else:
                qa = t.q_after_re.match(text, end)
                if qa and not (qa.group("q") in ("+", "plus") and kind == "number"):
                    qual, end = t.q_after[_norm(qa.group("q"))], qa.end()
        age = False
        if kind == "quantity" and unit in ("year", "month", "week", "day"):
            am = t.age_re.match(text, end)
            if am:
                end, age = am.end(), True
            else:
                priority = -1  # a duration: the date extractor's, when it has one
        if kind == "number":
            am = _AGE_BEFORE.search(text, max(0, start - 5), start)
            if am and high is None:
                kind, unit, start = "quantity", "year", am.start()

        # kind decision for bare numbers
        if kind == "number":
            noun = None if n.kind != "cardinal" else _noun_after(text, end, t)
            if noun is None and n.kind == "cardinal" and high is None and end == n.end:
                noun = _hyphen_noun(text, end, t)  # "the five-nation BRICS club"
            word_one = n.words and text[n.start:n.end].lower() in ("one", "a", "an") \
                and qual == "exact"
            if word_one:
                return  # "one of the", "one power was": a pronoun, not a count
            if n.words and text[n.start:n.end].lower() == "one" and _OF_AFTER.match(text, end) \
                    and _PREPOSITION_BEFORE.search(text, max(0, n.start - 8), n.start):
                return  # "fired a missile over one of Japan's islands": a pronoun
            if noun and n.integer and value == int(value) and high is None or (
                    noun and high is not None and n.integer):
                kind, about = "count", noun[0]
            else:
                kind, unit = "quantity", "dimensionless"

        value *= factor
        if high is not None:
            high *= factor
        half *= factor
        if about is None and kind != "count":
            about = _about_before(text, start, t) or _of_phrase_after(text, end, t)
        self.out.append(self.candidate(start, end, kind, value, high, half, qual, unit,
                                       currency, per, about, priority, age))

    def candidate(self, start: int, end: int, kind: str, value: float, high: float | None,
                  half: float, qual: str, unit: str | None, currency: str | None,
                  per: str | None, about: str | None, priority: int, age: bool) -> Candidate:
        qualifier = Qualifier("approx" if qual == "nearly" else qual)
        nonneg = True
        iv_unit: str
        factor, offset = 1.0, 0.0
        v: Any
        if kind == "money":
            v = MoneyValue(amount=value, currency=currency or "USD", per=per)  # type: ignore[arg-type]
            iv_unit = currency or "USD"
        elif kind == "percent":
            v, iv_unit, nonneg = PercentValue(value=value), "percent", False
        elif kind == "count":
            v, iv_unit = CountValue(value=int(value)), "count"
        elif kind == "ratio":
            v, iv_unit = RatioValue(value=value), "dimensionless"
        else:
            unit = unit or "dimensionless"
            if unit == "decade":
                value, half, unit = value * 10, half * 10, "year"
            v = QuantityValue(magnitude=value, unit=unit)
            factor, offset, iv_unit = canonical_unit(unit)
            nonneg = unit != "dimensionless" and offset == 0.0
        if high is not None:
            iv = intervals.between(value, high, iv_unit)
        else:
            iv = intervals.from_value(value, half, qual, iv_unit, nonnegative=nonneg)
        if factor != 1.0 or offset:
            iv = intervals.convert(iv, factor, offset, iv_unit)
        return Candidate(start, end, v, qualifier=qualifier, interval=iv, about=about,
                         priority=priority + (1 if age else 0))


def _unscaled(n: Num) -> float:
    """The number before its scale word ("5" of "5 million")."""
    text_value = n.value
    for scale in (1e12, 1e9, 1e6, 1e3):
        if n.scaled and abs(text_value) >= scale:
            return text_value / scale
    return text_value


# --------------------------------------------------------------------------- public

_PREFILTER = re.compile(r"\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
                        r"|eleven|twelve|[a-z]+teen|twenty|thirty|fou?rty|fifty|sixty|seventy"
                        r"|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half"
                        r"|quarter|zero|nought|naught|first|second|third|[a-z]+th|twice|thrice"
                        r"|lakh|crore)", _I)


def find_numeric(text: str, ctx: Context) -> list[Candidate]:
    """Quantity, money, percent, count, ordinal and ratio candidates of ``text``."""
    if not _PREFILTER.search(text):
        return []
    r = _Reader(text, ctx)
    out = r.run()
    for m in _TWICE.finditer(text) if "wice" in text or "hrice" in text or "WICE" in text or "HRICE" in text else ():
        if r.reserved(m.start(), m.end()):
            continue
        val = 2.0 if m.group(1).lower() == "twice" else 3.0
        out.append(Candidate(m.start(), m.end(), RatioValue(value=val),
                             interval=Interval(low=val, high=val, unit="dimensionless")))
    out.sort(key=lambda c: (c.start, c.end))
    return out
