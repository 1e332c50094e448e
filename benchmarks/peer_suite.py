#!/usr/bin/env python3
"""Score a claim extractor on the peer suite, side by side with peer libraries.

Run from the project root:

    python benchmarks/peer_suite.py                        # factcheck, every category
    python benchmarks/peer_suite.py --system recognizers   # a peer library
    python benchmarks/peer_suite.py --category currency --failures 10
    python benchmarks/peer_suite.py --adapter mypkg.bench:adapter --json

The suite (tests/data/peer-suite/*.jsonl, one file per category) is converted from the
English test specs of microsoft/Recognizers-Text; see its NOTICE.md.

Systems (--system): factcheck (default), recognizers, quantulum3, dateparser,
datefinder, text2num, number-parser. A peer must be importable in the running Python;
each peer is scored by default only on the categories it covers (--list-systems).
`--system oracle` feeds the suite's own answers back through the scorer: every figure
should be 1.000 (except daterange precision, 0.997: one input has conflicting answers in
two spec files, see the suite's NOTICE.md); anything else is a bug here or in the data.

ADAPTER CONTRACT. An adapter is a function (text, reference) -> list of dicts, where
reference is a datetime.date (the case's reference or publication date) or None. Each
dict is {"text", "start", "end", "kind", "normalized"} with input[start:end] == text and
kind/normalized as in factcheck's claim contract:
    quantity {"magnitude", "unit"}          money    {"amount", "currency", "per"}
    percent  {"value"}  (90 for 90%)        count / ordinal / ratio {"value"}
    date     {"start", "end"} ISO, inclusive  duration {"days"}
    number   {"value"}  (peers only: a bare number)
An optional "interval": [low, high] (None for an open end) is used for number ranges.
The factcheck adapter calls `factcheck.extract(text, published=reference)` and reads
.text .start .end .kind .normalized (.interval) from each claim, through
.model_dump(mode="json") when the claim is a pydantic model.

SCORING. Per category only predictions of that category's kinds are considered (see
CATEGORIES; for temperature and age, only quantities in temperature or time units): a
date predicted in a `number` case, or "5,000 miles" in an `age` case, is neither right
nor wrong.
  recall     expected items overlapped by at least one prediction / expected items
  precision  predictions overlapping at least one expected item / predictions
  e2e        end to end: expected items found with the right value / expected items
  value acc  among found items that have a reference value, the share whose
             best-overlapping prediction (largest overlap, ties to the correct one) has
             the right value:
    numbers, ordinals, percents  equal within 1e-6 relative
    money        amount in major units within 1e-6 and a compatible currency ("$" and
                 "Dollar" accept any dollar; "cents" count 0.01 of the major unit)
    quantities   magnitude after unit conversion within 1e-6 (built-in unit table, then
                 pint when importable); ambiguous units (ton, gallon) accept any reading
    temperature  compared in kelvin; "Degree" may be Celsius or Fahrenheit
    age          quantity of time or duration; months 28-31 days, years 365-366
    dates        inclusive [start, end] must equal one of the resolutions in the spec
                 (past or future reading of an ambiguous date). The spec's range ends
                 are exclusive for calendar periods but literal for "from 4 to 22", so
                 the predicted end may equal the spec's end or the day before. Open
                 ranges ("since 2006", "before 2018") check the one bound given.
    durations    days within the span implied by the timex (P1M = 28..31 days)
    number range interval bounds equal (open or closed ends are not distinguished)

PEER ADAPTERS (what each peer's output is mapped from):
    recognizers    every English model of recognizers-text-suite (number, ordinal,
                   percentage, currency, dimension, temperature, age, datetime); an
                   ambiguous date takes its past reading; relative ordinals ("last") and
                   bare units ("fahrenheit") are dropped; clock times are kind "time".
    quantulum3     parser.parse: currency -> money, percentage -> percent, dimensionless
                   -> number (a dozen = 12), time units -> duration, other -> quantity;
                   a range ("100-160 kg") gives its interval.
    dateparser     search.search_dates(languages=["en"], RELATIVE_BASE=reference,
                   PREFER_DATES_FROM="past"); DateDataParser's period (week, month,
                   year) widens the date to that period.
    datefinder     find_dates(base_date=reference): single days.
    text2num       alpha2digit, then each number of the rewritten text is mapped back
                   to the input through a token diff; "6th" is an ordinal.
    number-parser  parse, mapped back likewise; an ordinal word gives an ordinal.

OUTPUT. A table (columns: cases, expected items, predictions of the category's kinds,
expected items found, recall, precision, value accuracy and the number of found items
it is computed on, e2e, adapter crashes, adapter seconds), the failing cases with
--failures N, then one summary line per category (the last lines); or one JSON document
with --json. Exit status 0 when scoring ran, 2 on bad usage or when the system cannot be
imported.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import difflib
import enum
import importlib
import json
import math
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

SUITE_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "peer-suite"
REL_TOL = 1e-6

# --------------------------------------------------------------------------- categories

NUMERIC_KINDS = {"number", "count", "ratio", "quantity", "money", "percent"}


@dataclass(frozen=True)
class Category:
    kinds: frozenset
    check: str  # name of the value check, see VALUE_CHECKS
    about: str
    units: str = ""  # "temperature" or "time": quantities in other units are not scored


CATEGORIES = {
    "number": Category(frozenset(NUMERIC_KINDS), "number", "numbers in digits and words"),
    "ordinal": Category(frozenset({"ordinal"}), "number", "ordinals (sixth, 21st)"),
    "percent": Category(frozenset({"percent"}), "number", "percentages"),
    "number_range": Category(frozenset(NUMERIC_KINDS), "range", "ranges (between 20 and 30, more than 5)"),
    "currency": Category(frozenset({"money"}), "money", "money amounts"),
    "dimension": Category(frozenset({"quantity"}), "quantity", "quantities with units"),
    "temperature": Category(frozenset({"quantity"}), "temperature", "temperatures", units="temperature"),
    "age": Category(frozenset({"quantity", "duration"}), "age", "ages (five years old)", units="time"),
    "datetime": Category(frozenset({"date", "duration"}), "date", "dates, periods and durations in text"),
    "date": Category(frozenset({"date"}), "date", "single dates, incl. relative and holidays"),
    "daterange": Category(frozenset({"date"}), "date", "date periods (last month, this week)"),
    "duration": Category(frozenset({"duration"}), "date", "durations of a day or more"),
}

# --------------------------------------------------------------------------- small helpers


def close(a, b, rel=REL_TOL):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


def ranges_meet(a, b, rel=REL_TOL):
    """Do the closed ranges a=(lo, hi) and b=(lo, hi) overlap, within a relative tolerance?"""
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return lo <= hi or math.isclose(lo, hi, rel_tol=rel, abs_tol=1e-12)


def to_float(value):
    try:
        return float(str(value).replace(",", "").rstrip("%"))
    except (TypeError, ValueError):
        return None


def numeric_value(norm):
    for key in ("value", "magnitude", "amount"):
        if isinstance(norm, dict) and norm.get(key) is not None:
            return norm[key]
    return None


def iso_day(text):
    """'2016-11-07' or '2016-11-07 00:00:00' -> date; None when not a full date."""
    if isinstance(text, dt.date):
        return text if not isinstance(text, dt.datetime) else text.date()
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None


DAY = dt.timedelta(days=1)

# --------------------------------------------------------------------------- units

# Dimensions are exponent tuples over (metre, kilogram, second, bit, radian).
LENGTH, MASS, TIME, INFO, ANGLE = (1, 0, 0, 0, 0), (0, 1, 0, 0, 0), (0, 0, 1, 0, 0), (0, 0, 0, 1, 0), (0, 0, 0, 0, 1)
ENERGY, POWER, NONE = (2, 1, -2, 0, 0), (2, 1, -3, 0, 0), (0, 0, 0, 0, 0)
VOLUME, AREA = (3, 0, 0, 0, 0), (2, 0, 0, 0, 0)
DAYS = 86400.0
TNT_KT = 4.184e12


def _units():
    """name -> (dimension, [(low, high) factor to SI]); several ranges = ambiguous unit."""
    table = {}

    def add(names, dim, *factors):
        spans = [f if isinstance(f, tuple) else (f, f) for f in factors]
        for name in names.split("|"):
            table[name] = (dim, spans)

    add("metre|meter|m", LENGTH, 1.0)
    add("kilometre|kilometer|km", LENGTH, 1e3)
    add("centimetre|centimeter|cm", LENGTH, 1e-2)
    add("decimetre|decimeter|dm", LENGTH, 1e-1)
    add("millimetre|millimeter|mm", LENGTH, 1e-3)
    add("micrometre|micrometer|micron|um|µm", LENGTH, 1e-6)
    add("nanometre|nanometer|nm", LENGTH, 1e-9)
    add("picometre|picometer|pm", LENGTH, 1e-12)
    add("foot|feet|ft", LENGTH, 0.3048)
    add("inch|in", LENGTH, 0.0254)
    add("yard|yd", LENGTH, 0.9144)
    add("mile|mi|statute mile", LENGTH, 1609.344)
    add("nautical mile|nmi", LENGTH, 1852.0)
    add("light year|lightyear|ly", LENGTH, 9.4607304725808e15)
    add("kilogram|kilogramme|kg|kilo", MASS, 1.0)
    add("gram|gramme|g", MASS, 1e-3)
    add("milligram|mg", MASS, 1e-6)
    add("microgram|µg|ug|mcg", MASS, 1e-9)
    add("tonne|metric ton|metric tonne|t", MASS, 1e3)
    add("ton", MASS, 1e3, 907.18474, 1016.0469088)
    add("short ton", MASS, 907.18474)
    add("long ton", MASS, 1016.0469088)
    add("kilotonne|kilotonnes", MASS, 1e6)
    add("megatonne|megatonnes", MASS, 1e9)
    add("pound|lb|lbs|pound mass|avoirdupois pound", MASS, 0.45359237)
    add("ounce|oz", MASS, 0.028349523125)
    add("dram", MASS, 0.0017718451953125)
    add("stone|st", MASS, 6.35029318)
    add("carat|ct", MASS, 2e-4)
    add("litre|liter|l", VOLUME, 1e-3)
    add("millilitre|milliliter|ml", VOLUME, 1e-6)
    add("centilitre|centiliter|cl", VOLUME, 1e-5)
    add("decilitre|deciliter|dl", VOLUME, 1e-4)
    add("hectolitre|hectoliter|hl", VOLUME, 0.1)
    add("cc", VOLUME, 1e-6)
    add("gallon|gal", VOLUME, 0.003785411784, 0.00454609)
    add("us gallon", VOLUME, 0.003785411784)
    add("imperial gallon", VOLUME, 0.00454609)
    add("barrel|bbl|oil barrel|barrel of oil", VOLUME, 0.158987294928)
    add("quart|qt", VOLUME, 0.000946352946, 0.0011365225)
    add("pint|pt", VOLUME, 0.000473176473, 0.00056826125)
    add("cup", VOLUME, 0.0002365882365, 0.00025)
    add("tablespoon|tbsp", VOLUME, 1.478676478125e-5, 1.5e-5)
    add("teaspoon|tsp", VOLUME, 4.92892159375e-6, 5e-6)
    add("fluid ounce|fl oz|floz", VOLUME, 2.95735295625e-5, 2.84130625e-5)
    add("acre|ac", AREA, 4046.8564224)
    add("hectare|ha", AREA, 1e4)
    add("second|sec|s", TIME, 1.0)
    add("millisecond|ms", TIME, 1e-3)
    add("minute|min", TIME, 60.0)
    add("hour|hr|h", TIME, 3600.0)
    add("day|d", TIME, DAYS)
    add("week|wk", TIME, 7 * DAYS)
    add("fortnight", TIME, 14 * DAYS)
    add("month|mo", TIME, (28 * DAYS, 31 * DAYS))
    add("year|yr|annum|age", TIME, (365 * DAYS, 366 * DAYS))
    add("decade", TIME, (3652 * DAYS, 3653 * DAYS))
    add("century", TIME, (36524 * DAYS, 36525 * DAYS))
    add("knot|kn|kt knot", (1, 0, -1, 0, 0), 1852.0 / 3600)
    add("mph", (1, 0, -1, 0, 0), 0.44704)
    add("kph|kmh|km/h", (1, 0, -1, 0, 0), 1 / 3.6)
    add("bit|b", INFO, 1.0)
    add("byte", INFO, 8.0)
    add("kilobit|kbit|kb", INFO, 1e3)
    add("megabit|mbit", INFO, 1e6)
    add("gigabit|gbit", INFO, 1e9)
    add("kilobyte", INFO, 8e3, 8 * 2.0 ** 10)
    add("megabyte|mb", INFO, 8e6, 8 * 2.0 ** 20)
    add("gigabyte|gb", INFO, 8e9, 8 * 2.0 ** 30)
    add("terabyte|tb", INFO, 8e12, 8 * 2.0 ** 40)
    add("radian|rad", ANGLE, 1.0)
    add("degree|deg|°|degree angle|arcdegree", ANGLE, math.pi / 180)
    add("turn|revolution|rev", ANGLE, 2 * math.pi)
    add("joule|j", ENERGY, 1.0)
    add("kilojoule|kj", ENERGY, 1e3)
    add("megajoule|mj", ENERGY, 1e6)
    add("calorie|cal", ENERGY, 4.184)
    add("kilocalorie|kcal", ENERGY, 4184.0)
    add("kilowatt hour|kwh", ENERGY, 3.6e6)
    add("kiloton|kilotons of tnt|kiloton tnt|kiloton of tnt|kt|kiloton_tnt", ENERGY, TNT_KT)
    add("megaton|megatons of tnt|megaton tnt|megaton of tnt|megaton_tnt", ENERGY, 1e3 * TNT_KT)
    add("watt|w", POWER, 1.0)
    add("kilowatt|kw", POWER, 1e3)
    add("megawatt|mw", POWER, 1e6)
    add("gigawatt|gw", POWER, 1e9)
    add("percent|%|percentage", NONE, 0.01)
    add("dimensionless|count|unit|units|times|time multiplier", NONE, 1.0)
    return table


UNITS = _units()
POWERS = {"square": 2, "sq": 2, "cubic": 3, "cu": 3}
SUFFIX_POWER = re.compile(r"\s*(?:\*\*|\^)\s*(-?\d)$|([²³])$|\s+(squared|cubed)$")
PLURAL = [("feet", "foot"), ("inches", "inch"), ("ies", "y"), ("es", ""), ("s", "")]

_PINT = None


def _pint_registry():
    global _PINT
    if _PINT is None:
        try:
            import pint  # optional: only for units the table does not know
            _PINT = pint.UnitRegistry()
        except Exception:  # noqa: BLE001 - pint absent or broken: table only
            _PINT = False
    return _PINT


def _unit_atom(name):
    """One unit name, with an optional power, -> (dimension, factor spans) or None."""
    name = name.strip()
    power = 1
    m = SUFFIX_POWER.search(name)
    if m:
        power = int(m.group(1)) if m.group(1) else {"²": 2, "³": 3, "squared": 2, "cubed": 3}.get(
            m.group(2) or m.group(3), 1)
        name = name[:m.start()].strip()
    first, _, rest = name.partition(" ")
    if first in POWERS and rest:
        power, name = POWERS[first], rest
    candidates = [name]
    for suffix, repl in PLURAL:
        if name.endswith(suffix):
            candidates.append(name[: -len(suffix)] + repl)
    for cand in candidates:
        if cand in UNITS:
            dim, spans = UNITS[cand]
            return (tuple(d * power for d in dim),
                    [(lo ** power, hi ** power) for lo, hi in spans])
    return None


def _pint_unit(text):
    ureg = _pint_registry()
    if not ureg:
        return None
    try:
        q = ureg.Quantity(1.0, text).to_base_units()
    except Exception:  # noqa: BLE001 - unknown to pint as well
        return None
    keys = ["[length]", "[mass]", "[time]", "[information]", None]
    dims = q.dimensionality
    if any(k not in keys for k in dims):
        return None
    return tuple(int(dims.get(k, 0)) if k else 0 for k in keys), [(q.magnitude, q.magnitude)]


def parse_unit(text):
    """A unit string ('Kilometer per hour', 'barrel / year', 'km**2') -> (dim, spans) or None."""
    if not text:
        return None
    name = str(text).strip().lower().replace("_", " ").replace("-", " ")
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"\s+per\s+", "/", name)
    if name in UNITS:
        return UNITS[name]
    dim, spans = NONE, [(1.0, 1.0)]
    for i, part in enumerate(p for p in re.split(r"\s*/\s*", name)):
        atom = _unit_atom(part) if part else None
        if atom is None:
            return _pint_unit(str(text))
        sign = 1 if i == 0 else -1
        dim = tuple(a + sign * b for a, b in zip(dim, atom[0]))
        spans = [(lo * (alo if sign > 0 else 1 / ahi), hi * (ahi if sign > 0 else 1 / alo))
                 for lo, hi in spans for alo, ahi in atom[1]]
    return dim, spans


def same_quantity(mag_a, unit_a, mag_b, unit_b):
    """Equal magnitudes after converting both to SI; same unit text compares directly."""
    if mag_a is None or mag_b is None:
        return False
    if unit_a and unit_b and str(unit_a).strip().lower() == str(unit_b).strip().lower():
        return close(mag_a, mag_b)
    a, b = parse_unit(unit_a), parse_unit(unit_b)
    if a is None or b is None or a[0] != b[0]:
        return False
    return any(ranges_meet((float(mag_a) * lo, float(mag_a) * hi), (float(mag_b) * lo2, float(mag_b) * hi2))
               for lo, hi in a[1] for lo2, hi2 in b[1])


TEMPERATURE_SCALES = {
    "c": "C", "celsius": "C", "degree celsius": "C", "degrees celsius": "C", "degc": "C", "°c": "C",
    "deg c": "C", "centigrade": "C", "degree centigrade": "C",
    "f": "F", "fahrenheit": "F", "degree fahrenheit": "F", "degrees fahrenheit": "F", "degf": "F",
    "°f": "F", "deg f": "F",
    "k": "K", "kelvin": "K", "kelvins": "K", "degk": "K",
    "degree": "CF", "degrees": "CF", "deg": "CF", "°": "CF",
    "degree angle": "CF",  # quantulum3's reading of a bare "98 degrees"
}


TEMPERATURE_WORD = re.compile(r"celsius|fahrenheit|kelvin|centigrade|degree|\bdeg\b|°")


def kelvins(value, unit):
    scales = TEMPERATURE_SCALES.get(re.sub(r"[\s_]+", " ", str(unit or "").strip().lower()), "")
    out = []
    for scale in scales:
        v = float(value)
        out.append(v + 273.15 if scale == "C" else (v - 32) * 5 / 9 + 273.15 if scale == "F" else v)
    return out


# --------------------------------------------------------------------------- currencies

DOLLARS = {"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "BSD", "BBD", "BZD", "BMD",
           "BND", "KYD", "FJD", "GYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL"}
POUNDS = {"GBP", "EGP", "LBP", "SYP", "SSP", "FKP", "GIP", "SHP"}
FRANCS = {"CHF", "FRF", "BEF", "LUF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF", "MGA"}
RUPEES = {"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}
PESOS = {"MXN", "ARS", "CLP", "COP", "PHP", "UYU", "CUP", "DOP"}
CURRENCY_NAMES = {
    "$": DOLLARS, "dollar": DOLLARS, "us$": {"USD"}, "us dollar": {"USD"}, "u.s. dollar": {"USD"},
    "united states dollar": {"USD"}, "american dollar": {"USD"}, "canadian dollar": {"CAD"},
    "australian dollar": {"AUD"}, "new zealand dollar": {"NZD"}, "hong kong dollar": {"HKD"},
    "singapore dollar": {"SGD"}, "new taiwan dollar": {"TWD"}, "taiwan dollar": {"TWD"},
    "euro": {"EUR"}, "€": {"EUR"}, "pound": POUNDS, "£": POUNDS, "pound sterling": {"GBP"},
    "british pound": {"GBP"}, "sterling": {"GBP"}, "yen": {"JPY"}, "japanese yen": {"JPY"},
    "¥": {"JPY", "CNY"}, "yuan": {"CNY"}, "chinese yuan": {"CNY"}, "renminbi": {"CNY"},
    "rmb": {"CNY"}, "won": {"KRW", "KPW"}, "south korean won": {"KRW"},
    "north korean won": {"KPW"}, "franc": FRANCS, "swiss franc": {"CHF"}, "rupee": RUPEES,
    "indian rupee": {"INR"}, "sri lankan rupee": {"LKR"}, "pakistani rupee": {"PKR"},
    "peso": PESOS, "mexican peso": {"MXN"}, "lira": {"TRY", "ITL"}, "turkish lira": {"TRY"},
    "ruble": {"RUB"}, "rouble": {"RUB"}, "russian ruble": {"RUB"}, "markka": {"FIM"},
    "finnish markka": {"FIM"}, "peseta": {"ESP"}, "guilder": {"NLG"},
    "netherlands guilder": {"NLG"}, "bitcoin": {"BTC", "XBT"}, "costa rican colón": {"CRC"},
    "georgian lari": {"GEL"}, "lao kip": {"LAK"}, "real": {"BRL"}, "brazilian real": {"BRL"},
    "rand": {"ZAR"}, "south african rand": {"ZAR"}, "shekel": {"ILS"}, "rupiah": {"IDR"},
}
CURRENCY_SUBUNITS = {  # name -> (major currencies, factor to the major unit)
    "cent": (DOLLARS | {"EUR"}, 0.01), "penny": ({"GBP"}, 0.01), "pence": ({"GBP"}, 0.01),
    "sen": ({"JPY", "MYR", "IDR"}, 0.01), "satoshi": ({"BTC", "XBT"}, 1e-8),
    "kopek": ({"RUB"}, 0.01), "kopeck": ({"RUB"}, 0.01),
}


def money_norm(amount, currency):
    """(amount, currency text) -> (amount in major units, set of ISO codes or names)."""
    amount = to_float(amount)
    text = str(currency or "").strip()
    if re.fullmatch(r"[A-Z]{3}", text):
        return amount, {text}
    name = text.lower().replace("_", " ")
    for cand in (name, name[:-1] if name.endswith("s") else name, name.replace("cents", "cent")):
        if cand in CURRENCY_SUBUNITS:
            codes, factor = CURRENCY_SUBUNITS[cand]
            return (amount * factor if amount is not None else None), codes
        if cand in CURRENCY_NAMES:
            return amount, CURRENCY_NAMES[cand]
    return amount, {name}


# --------------------------------------------------------------------------- dates


def timex_days(timex):
    """'P3D' -> (3, 3); 'P1M' -> (28, 31); 'P1Y6M' -> (533, 552); None when not day-based."""
    m = re.fullmatch(r"P((?:\d+(?:\.\d+)?(?:BD|Y|M|W|D))+)", str(timex or ""))
    if not m:
        return None
    per = {"D": (1, 1), "W": (7, 7), "M": (28, 31), "Y": (365, 366), "BD": (1, 1.75)}
    lo = hi = 0.0
    for n, unit in re.findall(r"(\d+(?:\.\d+)?)(BD|Y|M|W|D)", m.group(1)):
        lo += float(n) * per[unit][0]
        hi += float(n) * per[unit][1]
    return lo, hi


def date_targets(item):
    """The acceptable resolutions of one expected date/period/duration item.

    Each target is ("interval", start, {end, end - 1 day}), ("from", start),
    ("until", end) or ("days", low, high)."""
    res = item.get("resolution") or {}
    targets = []

    def add_range(start, end):
        s, e = iso_day(start), iso_day(end)
        if s and e:
            targets.append(("interval", s, {e, e - DAY} if e > s else {e}))
        elif s:
            targets.append(("from", s))
        elif e:
            targets.append(("until", e))

    def add_duration(timex, seconds):
        span = timex_days(timex)
        if span is None and to_float(seconds) is not None:
            span = (to_float(seconds) / DAYS,) * 2
        if span:
            targets.append(("days",) + span)

    if "values" in res:  # model specs
        for v in res["values"]:
            kind = v.get("type")
            if kind == "duration":
                add_duration(v.get("timex"), v.get("value"))
            elif "start" in v or "end" in v:
                add_range(v.get("start"), v.get("end"))
            elif iso_day(v.get("value")):
                d = iso_day(v["value"])
                targets.append(("interval", d, {d}))
    else:  # parser specs: Past/Future resolutions
        for key in ("PastResolution", "FutureResolution"):
            r = res.get(key) or {}
            if "date" in r and iso_day(r["date"]):
                d = iso_day(r["date"])
                targets.append(("interval", d, {d}))
            elif "startDate" in r or "endDate" in r:
                add_range(r.get("startDate"), r.get("endDate"))
            elif "duration" in r:
                add_duration(res.get("Timex") or res.get("timex"), r["duration"])
    unique = []
    for t in targets:
        if t not in unique:
            unique.append(t)
    return unique


def date_matches(target, pred):
    kind, norm = pred.get("kind"), pred.get("normalized") or {}
    if target[0] == "days":
        days = to_float(norm.get("days")) if kind == "duration" else None
        return days is not None and ranges_meet((days, days), target[1:])
    if kind != "date":
        return False
    start, end = iso_day(norm.get("start")), iso_day(norm.get("end"))
    if target[0] == "interval":
        return start == target[1] and (end or start) in target[2]
    bound = target[1]
    if target[0] == "from":
        return start == bound or (end is not None and end + DAY == bound)
    return (end is not None and end in (bound, bound - DAY)) or start == bound


# --------------------------------------------------------------------------- value checks
# Each returns True / False, or None when the expected item carries no reference value.


def check_number(exp, pred):
    if exp.get("value") is None:
        return None
    return close(numeric_value(pred.get("normalized")), exp["value"])


def check_money(exp, pred):
    if exp.get("value") is None:
        return None
    norm = pred.get("normalized") or {}
    e_amount, e_codes = money_norm(exp["value"], exp.get("currency") or exp.get("unit"))
    p_amount, p_codes = money_norm(norm.get("amount"), norm.get("currency"))
    return bool(e_codes & p_codes) and close(p_amount, e_amount)


def check_quantity(exp, pred):
    if exp.get("value") is None:
        return None
    norm = pred.get("normalized") or {}
    return same_quantity(norm.get("magnitude"), norm.get("unit"), exp["value"], exp.get("unit"))


def check_temperature(exp, pred):
    if exp.get("value") is None:
        return None
    norm = pred.get("normalized") or {}
    if norm.get("magnitude") is None:
        return False
    got, want = kelvins(norm["magnitude"], norm.get("unit")), kelvins(exp["value"], exp.get("unit"))
    return any(close(a, b) for a in got for b in want)


def check_age(exp, pred):
    if exp.get("value") is None:
        return None
    norm = pred.get("normalized") or {}
    if pred.get("kind") == "duration":
        if to_float(norm.get("days")) is None:
            return False
        return same_quantity(norm["days"], "day", exp["value"], exp.get("unit"))
    return same_quantity(norm.get("magnitude"), norm.get("unit"), exp["value"], exp.get("unit"))


def check_date(exp, pred):
    targets = date_targets(exp)
    if not targets:
        return None
    return any(date_matches(t, pred) for t in targets)


def pred_interval(pred):
    raw = pred.get("interval")
    norm = pred.get("normalized") or {}
    if raw is None and ("low" in norm or "high" in norm):
        raw = [norm.get("low"), norm.get("high")]
    if isinstance(raw, dict):
        for lo_key, hi_key in (("low", "high"), ("lo", "hi"), ("min", "max"), ("start", "end")):
            if lo_key in raw or hi_key in raw:
                raw = [raw.get(lo_key), raw.get(hi_key)]
                break
    if not isinstance(raw, (list, tuple)) or len(raw) != 2:
        return None
    out = []
    for bound in raw:
        f = to_float(bound)
        out.append(None if f is None or math.isinf(f) else f)
    return out


def check_range(exp, pred):
    want = exp.get("range")
    if not want:
        return None
    got = pred_interval(pred)
    if got is None:
        return False
    return all((w is None and g is None) or (w is not None and g is not None and close(g, w))
               for w, g in zip(want, got))


VALUE_CHECKS = {"number": check_number, "money": check_money, "quantity": check_quantity,
                "temperature": check_temperature, "age": check_age, "date": check_date,
                "range": check_range}

# --------------------------------------------------------------------------- adapters


def _plain(obj):
    """Pydantic models, enums, dates and containers -> JSON-like Python values."""
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


def factcheck_adapter():
    """The project under test: factcheck.extract(text, published=date_or_None)."""
    from factcheck import extract

    def run(text, reference):
        out = []
        for claim in extract(text, published=reference):
            dumped = claim if isinstance(claim, dict) else _plain(claim) if hasattr(claim, "model_dump") else {}
            row = {}
            for key in ("text", "start", "end", "kind", "normalized", "interval"):
                value = None if isinstance(claim, dict) else getattr(claim, key, None)
                row[key] = _plain(value) if value is not None else _plain(dumped.get(key))
            row["normalized"] = row["normalized"] or {}
            out.append(row)
        return out

    return run


def _item(text, span, kind, **normalized):
    start, end = span
    return {"text": text[start:end], "start": start, "end": end, "kind": kind, "normalized": normalized}


def _as_datetime(reference):
    return dt.datetime.combine(reference, dt.time()) if reference else None


def recognizers_adapter():
    """Microsoft Recognizers-Text, Python package recognizers-text-suite (all its models)."""
    from recognizers_text import Culture
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_date_time import DateTimeRecognizer

    number = NumberRecognizer(Culture.English)
    unit = NumberWithUnitRecognizer(Culture.English)
    models = [("number", number.get_number_model()), ("ordinal", number.get_ordinal_model()),
              ("percent", number.get_percentage_model()), ("money", unit.get_currency_model()),
              ("quantity", unit.get_dimension_model()), ("quantity", unit.get_temperature_model()),
              ("quantity", unit.get_age_model())]
    datetime_model = DateTimeRecognizer(Culture.English).get_datetime_model()

    def run(text, reference):
        out = []
        for kind, model in models:
            for r in model.parse(text):
                start, end, res = r.start, r.end + 1, r.resolution or {}
                value = to_float(res.get("value"))
                if value is None:
                    continue  # a bare unit ('fahrenheit') is not a claim
                if kind == "ordinal":
                    if value < 1 or value != int(value):
                        continue  # relative ordinals ('last' -> 0) are not ordinal claims
                    out.append(_item(text, (start, end), kind, value=int(value)))
                elif kind == "money":
                    out.append(_item(text, (start, end), kind, amount=value, per=None,
                                     currency=res.get("isoCurrency") or res.get("unit")))
                elif kind == "quantity":
                    out.append(_item(text, (start, end), kind, magnitude=value, unit=res.get("unit")))
                else:
                    out.append(_item(text, (start, end), kind, value=value))
        for r in datetime_model.parse(text, _as_datetime(reference)):
            out.extend(_recognizers_dates(text, r, reference))
        return out

    return run


def _recognizers_dates(text, r, reference):
    span = (r.start, r.end + 1)
    values = (r.resolution or {}).get("values") or []
    kind = r.type_name.split(".")[-1]
    if kind == "duration":
        seconds = to_float(values[0].get("value")) if values else None
        return [_item(text, span, "duration", days=seconds / DAYS if seconds is not None else None)]
    if kind not in ("date", "daterange"):
        return [_item(text, span, "time")]  # clock times, sets: not scored
    # Ambiguous dates come as past and future readings: a news text means the past one.
    readings = []
    for v in values:
        if v.get("value") and iso_day(v["value"]):
            readings.append((iso_day(v["value"]), iso_day(v["value"])))
        elif v.get("start") or v.get("end"):
            last = iso_day(v.get("end"))
            readings.append((iso_day(v.get("start")), last - DAY if last else None))
    if not readings:
        return []
    past = [reading for reading in readings if reference and reading[0] and reading[0] <= reference]
    first, last = past[-1] if past else readings[0]
    return [_item(text, span, "date", start=first and first.isoformat(), end=last and last.isoformat())]


QUANTULUM_DAYS = {"second": 1 / DAYS, "minute": 60 / DAYS, "hour": 1 / 24, "day": 1, "week": 7,
                  "fortnight": 14, "month": 30.436875, "year": 365.2425, "decade": 3652.425,
                  "century": 36524.25}
QUANTULUM_COUNTS = {"dozen": 12, "gross": 144}


def quantulum3_adapter():
    """quantulum3: quantities, money, percentages, bare numbers, durations."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def run(text, reference):
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        for q in quantities:
            start, end = q.span
            name, entity = q.unit.name, q.unit.entity.name
            extra = {}
            if q.uncertainty is not None:
                extra["interval"] = [q.value - q.uncertainty, q.value + q.uncertainty]
            if entity == "currency":
                item = _item(text, (start, end), "money", amount=q.value, per=None,
                             currency=getattr(q.unit, "currency_code", None) or name)
            elif name in ("percentage", "percent"):
                item = _item(text, (start, end), "percent", value=q.value)
            elif entity == "dimensionless":
                item = _item(text, (start, end), "number", value=q.value * QUANTULUM_COUNTS.get(name, 1))
            elif entity == "time" and name in QUANTULUM_DAYS:
                item = _item(text, (start, end), "duration", days=q.value * QUANTULUM_DAYS[name])
            else:
                item = _item(text, (start, end), "quantity", magnitude=q.value, unit=name)
            item.update(extra)
            out.append(item)
        return out

    return run


def _period_interval(day, period):
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period == "month":
        nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return day.replace(day=1), nxt - DAY
    if period == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    return day, day


def dateparser_adapter():
    """dateparser.search.search_dates, periods (month, year, week) from DateDataParser."""
    from dateparser.search import search_dates
    from dateparser.date import DateDataParser

    def run(text, reference):
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if reference:
            settings["RELATIVE_BASE"] = _as_datetime(reference)
        found = search_dates(text, languages=["en"], settings=settings) or []
        period_parser = DateDataParser(languages=["en"], settings=settings)
        out, cursor = [], 0
        for surface, when in found:
            start = text.find(surface, cursor)
            if start < 0:
                start = text.find(surface)
            if start < 0:
                continue
            cursor = start + len(surface)
            try:
                period = period_parser.get_date_data(surface).period or "day"
            except Exception:  # noqa: BLE001 - keep the point date
                period = "day"
            s, e = _period_interval(when.date(), period)
            out.append(_item(text, (start, start + len(surface)), "date", start=s.isoformat(), end=e.isoformat()))
        return out

    return run


def datefinder_adapter():
    """datefinder.find_dates (points in time; base_date fills the missing parts)."""
    import datefinder

    def run(text, reference):
        out, cursor = [], 0
        for when, source, (start, end) in datefinder.find_dates(
                text, source=True, index=True, base_date=_as_datetime(reference)):
            if text[start:end] != source:  # its index drifts after non-ASCII characters
                start = text.find(source, cursor)
                if start < 0:
                    continue
                end = start + len(source)
            cursor = end
            day = when.date().isoformat()
            out.append(_item(text, (start, end), "date", start=day, end=day))
        return out

    return run


TOKEN = re.compile(r"\w+|[^\w\s]")
DIGITS = re.compile(r"(?<![\w.])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(st|nd|rd|th)?")


def rewrite_spans(original, rewritten):
    """Yield (match, start, end) for every number matched in `rewritten`, where
    original[start:end] is the text it was rewritten from (found through a token diff)."""
    o_tok = [m.span() for m in TOKEN.finditer(original)]
    r_tok = [m.span() for m in TOKEN.finditer(rewritten)]
    matcher = difflib.SequenceMatcher(None, [original[a:b] for a, b in o_tok],
                                      [rewritten[a:b] for a, b in r_tok], autojunk=False)
    origin = [None] * len(r_tok)  # rewritten token -> (equal?, first, last original token)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for j in range(j1, j2):
            if tag == "equal":
                origin[j] = (True, i1 + j - j1, i1 + j - j1)
            elif i2 > i1:
                origin[j] = (False, i1, i2 - 1)
    starts = [a for a, _ in r_tok]
    for m in DIGITS.finditer(rewritten):
        a, b = m.span()
        first, last = bisect.bisect_right(starts, a) - 1, bisect.bisect_right(starts, b - 1) - 1
        if first < 0 or origin[first] is None or origin[last] is None:
            continue
        eq, i, _ = origin[first]
        start = o_tok[i][0] + (a - r_tok[first][0]) if eq else o_tok[i][0]
        eq, _, k = origin[last]
        end = o_tok[k][0] + (b - r_tok[last][0]) if eq else o_tok[k][1]
        if start < end:
            yield m, start, end


def text2num_adapter():
    """text2num.alpha2digit, then every number of the rewritten text mapped back to the input."""
    from text_to_num import alpha2digit

    def run(text, reference):
        out = []
        for m, start, end in rewrite_spans(text, alpha2digit(text, "en")):
            value = to_float(m.group(0)[: len(m.group(0)) - len(m.group(1) or "")])
            kind = "ordinal" if m.group(1) else "number"
            out.append(_item(text, (start, end), kind, value=int(value) if kind == "ordinal" else value))
        return out

    return run


ORDINAL_WORD = re.compile(r"(?:first|second|third|[a-z]th)$")


def number_parser_adapter():
    """number_parser.parse, then every number of the rewritten text mapped back to the input."""
    import number_parser

    def run(text, reference):
        out = []
        for m, start, end in rewrite_spans(text, number_parser.parse(text)):
            value = to_float(m.group(0).rstrip("stndrdth"))
            source = text[start:end]
            ordinal = bool(m.group(1)) or bool(ORDINAL_WORD.search(source.lower()))
            out.append(_item(text, (start, end), "ordinal" if ordinal else "number",
                             value=int(value) if ordinal and value is not None else value))
        return out

    return run


ORACLE_KINDS = {"number": "number", "ordinal": "ordinal", "percent": "percent", "currency": "money",
                "dimension": "quantity", "temperature": "quantity", "age": "quantity",
                "number_range": "number"}


def oracle_adapter(suite=SUITE_DIR):
    """The suite's own answers turned into claims: a self-check of this scorer."""
    answers = {}
    for path in sorted(Path(suite).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            key = (case["input"], case.get("reference_date"))
            for exp in case["expected"]:
                answers.setdefault(key, []).append(_oracle_claim(case, exp))

    def run(text, reference):
        return [dict(c) for c in answers.get((text, reference and reference.isoformat()), [])]

    return run


def _oracle_claim(case, exp):
    span, text, category = (exp["start"], exp["end"]), case["input"], case["category"]
    kind = ORACLE_KINDS.get(category)
    if kind == "money":
        return _item(text, span, kind, amount=exp["value"], currency=exp.get("currency") or exp.get("unit"))
    if kind == "quantity":
        return _item(text, span, kind, magnitude=exp["value"], unit=exp.get("unit"))
    if category == "number_range":
        return dict(_item(text, span, kind), interval=exp.get("range"))
    if kind:
        return _item(text, span, kind, value=exp["value"])
    target = (date_targets(exp) or [("none",)])[0]
    if target[0] == "days":
        return _item(text, span, "duration", days=target[1])
    if target[0] == "interval":
        return _item(text, span, "date", start=target[1].isoformat(), end=min(target[2]).isoformat())
    if target[0] == "from":
        return _item(text, span, "date", start=target[1].isoformat(), end=None)
    if target[0] == "until":
        return _item(text, span, "date", start=None, end=target[1].isoformat())
    return _item(text, span, "date")


@dataclass(frozen=True)
class System:
    factory: object
    covers: tuple
    package: str


ALL = tuple(CATEGORIES)
SYSTEMS = {
    "factcheck": System(factcheck_adapter, ALL, "the project itself"),
    "recognizers": System(recognizers_adapter, tuple(c for c in ALL if c != "number_range"),
                          "recognizers-text-suite"),
    "quantulum3": System(quantulum3_adapter, ("number", "percent", "number_range", "currency",
                                              "dimension", "temperature", "age", "duration"),
                         "quantulum3"),
    "dateparser": System(dateparser_adapter, ("datetime", "date", "daterange"), "dateparser"),
    "datefinder": System(datefinder_adapter, ("datetime", "date", "daterange"), "datefinder"),
    "text2num": System(text2num_adapter, ("number", "ordinal"), "text2num"),
    "number-parser": System(number_parser_adapter, ("number", "ordinal"), "number-parser"),
    "oracle": System(oracle_adapter, ALL, "none: the suite's own answers, a self-check"),
}

# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    cases: int = 0
    expected: int = 0
    predicted: int = 0
    found: int = 0
    precise: int = 0
    valued: int = 0
    correct: int = 0
    errors: int = 0
    seconds: float = 0.0
    failures: list = field(default_factory=list)

    def ratio(self, num, den):
        return num / den if den else None

    def metrics(self):
        return {"cases": self.cases, "expected": self.expected, "predicted": self.predicted,
                "found": self.found, "recall": self.ratio(self.found, self.expected),
                "precision": self.ratio(self.precise, self.predicted),
                "valued": self.valued, "correct": self.correct,
                "value_accuracy": self.ratio(self.correct, self.valued),
                "end_to_end": self.ratio(self.correct, self.expected),
                "errors": self.errors, "seconds": round(self.seconds, 3)}


def overlap(a, b):
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def scored(pred, category):
    """Is this prediction of the category's kinds (and, for temperature and age, units)?"""
    if pred.get("kind") not in category.kinds or not isinstance(pred.get("start"), int) \
            or not isinstance(pred.get("end"), int):
        return False
    if pred["kind"] != "quantity" or not category.units:
        return True
    unit = (pred.get("normalized") or {}).get("unit")
    if category.units == "temperature":  # any unit naming a scale or degrees
        return bool(TEMPERATURE_WORD.search(str(unit or "").lower())) or bool(kelvins(0, unit))
    parsed = parse_unit(unit)
    return parsed is not None and parsed[0] == TIME


def score_case(case, preds, category, score):
    """Add one case to the score; return its problems (missed, wrong value, spurious)."""
    check = VALUE_CHECKS[category.check]
    preds = [p for p in preds if scored(p, category)]
    expected = case["expected"]
    score.expected += len(expected)
    score.predicted += len(preds)
    score.precise += sum(1 for p in preds if any(overlap(p, e) > 0 for e in expected))
    problems = []
    for exp in expected:
        hits = [p for p in preds if overlap(p, exp) > 0]
        if not hits:
            problems.append(f"missed {exp['text']!r}")
            continue
        score.found += 1
        verdicts = [(overlap(p, exp), check(exp, p), p) for p in hits]
        verdicts.sort(key=lambda v: (v[0], v[1] is True), reverse=True)
        _, verdict, best = verdicts[0]
        if verdict is None:
            continue
        score.valued += 1
        if verdict:
            score.correct += 1
        else:
            problems.append(f"wrong value for {exp['text']!r}: got {best['text']!r} "
                            f"{best['kind']} {json.dumps(best.get('normalized'), default=str)}")
    for p in preds:
        if not any(overlap(p, e) > 0 for e in expected):
            problems.append(f"spurious {p['text']!r} {p['kind']} {json.dumps(p.get('normalized'), default=str)}")
    return problems


def load_cases(suite, category, limit, skip_platform):
    path = suite / f"{category}.jsonl"
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{n}: not JSON: {exc}")
            if skip_platform and skip_platform in row.get("not_supported", []):
                continue
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def run_category(adapter, suite, name, limit, skip_platform, keep_failures):
    category, score = CATEGORIES[name], Score()
    for case in load_cases(suite, name, limit, skip_platform):
        score.cases += 1
        reference = iso_day(case.get("reference_date"))
        began = time.perf_counter()
        crash = None
        try:
            preds = list(adapter(case["input"], reference) or [])
        except Exception as exc:  # noqa: BLE001 - a crash is scored as no output
            score.errors += 1
            preds, crash = [], f"adapter raised {type(exc).__name__}: {exc}"
        score.seconds += time.perf_counter() - began
        problems = score_case(case, preds, category, score)
        if crash:
            problems.insert(0, crash)
        if problems and len(score.failures) < keep_failures:
            score.failures.append({"id": case["id"], "input": case["input"],
                                   "reference_date": case.get("reference_date"), "problems": problems})
    return score


# --------------------------------------------------------------------------- reporting


def fmt(x):
    return "   -  " if x is None else f"{x:6.3f}"


def print_table(system, results):
    print(f"peer suite: {system}")
    print(f"{'category':13} {'cases':>5} {'expect':>6} {'pred':>5} {'found':>5} {'recall':>6} "
          f"{'prec':>6} {'value':>6} {'(n)':>5} {'e2e':>6} {'errors':>6} {'secs':>7}")
    for name, s in results.items():
        m = s.metrics()
        print(f"{name:13} {m['cases']:5} {m['expected']:6} {m['predicted']:5} {m['found']:5} "
              f"{fmt(m['recall'])} {fmt(m['precision'])} {fmt(m['value_accuracy'])} {m['valued']:5} "
              f"{fmt(m['end_to_end'])} {m['errors']:6} {m['seconds']:7.2f}")
    for name, s in results.items():
        for f in s.failures:
            print(f"\n[{name}] {f['id']}  {f['input']!r}" + (f"  (ref {f['reference_date']})"
                                                           if f.get("reference_date") else ""))
            for p in f["problems"]:
                print(f"    {p}")
    print()
    for name, s in results.items():
        m = s.metrics()
        print(f"{name}: recall {fmt(m['recall']).strip()} precision {fmt(m['precision']).strip()} "
              f"value_accuracy {fmt(m['value_accuracy']).strip()} "
              f"(system={system} cases={m['cases']} expected={m['expected']} valued={m['valued']})")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Score an extractor on the shared peer suite.",
                                 epilog="See the module docstring for the adapter contract and scoring rules.")
    ap.add_argument("--system", default="factcheck", choices=sorted(SYSTEMS),
                    help="system to score (default: factcheck)")
    ap.add_argument("--adapter", metavar="MODULE:FUNCTION",
                    help="score any adapter function (text, date|None) -> list of dicts instead")
    ap.add_argument("--category", action="append", choices=sorted(CATEGORIES), metavar="C",
                    help="category to score (repeatable; default: all the system covers): "
                         + ", ".join(CATEGORIES))
    ap.add_argument("--limit", type=int, default=0, metavar="N", help="first N cases of each category")
    ap.add_argument("--skip-unsupported", metavar="PLATFORM",
                    help="skip cases the spec flags NotSupported for PLATFORM (e.g. python)")
    ap.add_argument("--failures", type=int, default=0, metavar="N",
                    help="show up to N failing cases per category")
    ap.add_argument("--suite", type=Path, default=SUITE_DIR, help=f"suite folder (default: {SUITE_DIR})")
    ap.add_argument("--json", action="store_true", help="print one JSON document instead of the table")
    ap.add_argument("--list-systems", action="store_true",
                    help="list the systems, the categories they cover and what each category scores")
    args = ap.parse_args(argv)

    if args.list_systems:
        print("systems (pip package) and the categories they cover:")
        for name, s in SYSTEMS.items():
            print(f"  {name:14} ({s.package})\n  {'':14} {', '.join(s.covers)}")
        print("categories:")
        for name, c in CATEGORIES.items():
            units = f" (quantities in {c.units} units only)" if c.units else ""
            print(f"  {name:14} {c.about}; scored kinds: {', '.join(sorted(c.kinds))}{units}")
        return 0
    if not args.suite.is_dir():
        print(f"error: suite folder not found: {args.suite}", file=sys.stderr)
        return 2
    # Run from a project root: its package is importable even when not installed.
    sys.path.extend([str(Path.cwd()), str(Path.cwd() / "src")])
    if args.adapter:
        module, _, func = args.adapter.partition(":")
        system_name, covers = args.adapter, ALL
        try:
            adapter = getattr(importlib.import_module(module), func or "adapter")
        except (ImportError, AttributeError) as exc:
            print(f"error: cannot load adapter {args.adapter}: {exc}", file=sys.stderr)
            return 2
    else:
        system = SYSTEMS[args.system]
        system_name, covers = args.system, system.covers
        try:
            adapter = system.factory()
        except ImportError as exc:
            hint = ("install the project (pip install -e .) or run from its root"
                    if args.system == "factcheck" else f"pip install {system.package}")
            print(f"error: {args.system} is not importable here ({exc}); {hint}", file=sys.stderr)
            return 2
    categories = args.category or [c for c in covers if (args.suite / f"{c}.jsonl").exists()]
    results = {c: run_category(adapter, args.suite, c, args.limit, args.skip_unsupported, args.failures)
               for c in categories}
    if args.json:
        json.dump({"system": system_name, "suite": str(args.suite),
                   "skip_unsupported": args.skip_unsupported, "limit": args.limit or None,
                   "categories": {c: dict(s.metrics(), failures=s.failures) for c, s in results.items()}},
                  sys.stdout, indent=2, default=str)
        print()
    else:
        print_table(system_name, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
