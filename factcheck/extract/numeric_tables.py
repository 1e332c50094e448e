"""Context tables of the numeric reader (``numeric.py``): qualifiers, currencies, periods,
units and context words from ``data/patterns/en/*.yaml``, compiled once; and the
counted-noun / ``about`` readers that use them ("six sets of sanctions", "five-nation")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.about import about_tables, is_plural
from factcheck.extract.numbers import load_table, parse_number, phrase_regex, word_regex
from factcheck.extract.needles import first_lookahead, starts
from factcheck.normalize.units import surfaces

__all__ = ["Shared", "Tables", "country_mentions", "defaulted_codes", "norm", "resolve_shared", "tables"]

_I = re.IGNORECASE


# --------------------------------------------------------------------------- tables


class Tables:
    def __init__(self) -> None:
        ctx = load_table("context")
        self.function_words = frozenset(ctx["function_words"])
        self.not_nouns = frozenset(ctx["not_nouns"])
        self.determiners = frozenset(ctx["determiners"])
        groups = [*ctx["person_plurals"], *(f"{w}s" for w in ctx["person_nouns"])]
        self.group_limit = re.compile(  # "voters under 30", "people aged over 65": an age limit
            rf"(?<![\w'’-])(?:{word_regex(groups)})[ \t]+(?:aged[ \t]+)?(?:under|over|above|below)[ \t]+$", _I)
        self.person_comma = re.compile(  # "the driver, " / "his wife, ": a bare age may follow
            rf"(?<![\w'’-])(?:{word_regex(ctx['determiners'])})(?:[ \t]+[a-z][\w'’-]*){{0,2}}?"
            rf"[ \t]+(?:{word_regex(ctx['person_nouns'])}),[ \t]$", _I)
        self.not_hyphen_nouns = frozenset(ctx.get("not_hyphen_nouns") or ())
        self.hyphen_count = re.compile(rf"-(?:{word_regex(ctx['hyphen_count_words'])})(?![\w-])", _I)
        self.ordinal_modifiers = re.compile(
            rf"(?:-[A-Za-z]+(?:est|most)\b|[ \t]+(?:most|least)[ \t]+[A-Za-z]+\b|[ \t]+(?:{word_regex(ctx.get('ordinal_modifiers') or ())})\b)+", _I)
        self.about_stops = frozenset(ctx["about_stops"])
        self.months = frozenset(ctx["months"])
        self.comparatives = frozenset(ctx["comparatives"])
        # any word: "adopted the budget, 165-0"; a rank before a name: "beat world No. 1 Ana Ruiz 6-4"
        fillers = r"(?:[ \t]+(?:No\.[ \t]+\d{1,3}(?=[ \t]+[A-Z])|[A-Za-z][\w'’-]*))"
        self.tally_before = re.compile(
            rf"(?<![\w-])(?:{word_regex(ctx.get('tally_before') or ())}){fillers}{{0,4}}[ \t]*,?[ \t]+$", _I)
        # a rank by number: "world No. 1", "seeded No. 3" (context.yaml rank_words)
        self.rank_no = re.compile(
            rf"(?<![\w-])(?:{word_regex(ctx.get('rank_words') or ())})(?:['’]s)?[ \t]+(No\.[ \t]?)$", _I)
        self.pair_idioms = frozenset(str(p) for p in ctx.get("pair_idioms") or ())
        self.tally_after = re.compile(
            rf"[ \t]*-?[ \t]*(?P<noun>{word_regex(ctx.get('tally_after') or ())})(?![\w-])", _I)
        sep = r"(?:[ \t]+|[ \t]*-[ \t]*)"
        rel = sorted((sep.join(re.escape(w) for w in str(p).split()) for p in
                      ctx.get("relative_position_after") or ()), key=len, reverse=True)
        self.relative_position = re.compile(rf"{sep}(?:{'|'.join(rel)})(?![\w-])", _I)
        self.partitive = re.compile(
            rf"\s+of\s+(?:{word_regex(ctx.get('partitive_determiners') or ())})(?=\s)", _I)
        # a change verb right before "from" makes "from X to Y" two levels, not a range
        # ("attendance rose from 85,000 to 92,000"); sentence.yaml change_verbs
        self.change_before = re.compile(
            rf"(?<![\w-])(?:{word_regex(load_table('sentence')['change_verbs'])})"
            rf"(?:[ \t]+[a-z]+ly)?[ \t]+$", _I)
        nums = load_table("numbers")
        self.half_period = re.compile(rf"(?<![\w-])(?:{word_regex([str(w) for w in nums['half_periods']])})[ \t]+$", _I)
        self.digit_bounds = {str(k).lower(): (float(v[0]), float(v[1])) for k, v in nums["digit_bounds"].items()}
        self.digit_bound = re.compile(  # "double-digit growth", "single digit inflation"
            rf"(?<![\w-])(?P<n>{word_regex(list(self.digit_bounds))})[- ]digits?(?=(?:[ \t]+[a-z-]+){{0,2}}?"
            rf"[ \t]+(?:{phrase_regex(set(nums['digit_rate_words']))})(?![\w-]))", _I)
        self.vague_plurals = {str(k).lower(): float(v) for k, v in nums["vague_plurals"].items()}
        scales = {str(k).lower(): float(v) for k, v in {**nums["hundred"], **nums["scales"]}.items()
                  if float(v) >= 100 and str(k).isalpha()}
        if not all(v >= 10 for v in self.vague_plurals.values()) or not scales:
            raise ValueError("numbers.yaml: vague_plurals must be units of 10 or more")
        self.vague_units = {**scales, **self.vague_plurals}
        plural = word_regex(list(self.vague_plurals))
        first = rf"(?P<first>{word_regex(list(self.vague_units))})"
        self.vague_re = re.compile(  # "hundreds of millions", "tens of thousands", "billion"
            rf"(?<![\w-]){first_lookahead(first, _I)}{first}"
            rf"(?P<more>(?:[ \t]+of[ \t]+(?:{plural}))*)(?![\w-])", _I)
        if any(w != w.lower() for w in self.vague_units):
            raise ValueError("numbers.yaml: vague units and plurals are lower-case words")
        # the same over the lower-cased text, case-sensitive, tried only where one of the
        # words it starts with occurs: a scan of the text costs tens of nanoseconds a
        # character, as it has no literal to skip ahead to (extract/needles.py)
        self.vague_low = re.compile(self.vague_re.pattern)
        self.vague_starts = starts(self.vague_low, most=len(self.vague_units))
        self.vague_q = re.compile(  # "several" of "several billion euros"
            rf"(?<![\w-])(?P<q>{phrase_regex(set(nums['vague_quantifiers']))})[ \t]+$", _I)
        self.count_after = re.compile(
            r"[ \t]+(?:" + "|".join(w if "\\" in w else r"\s+".join(map(re.escape, w.split()))
                                 for w in ctx["count_after"]) + r")(?![\w'’-])", _I)
        self.count_before = re.compile(
            r"(?<![\w'’-])(?:"
            + "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in ctx["count_before"])
            + r")\b(?:[^.;:!?]|\.(?=\d)){0,60}$", _I)  # (a change may come between: "rose 5.9% to")
        self.count_of = re.compile(rf"(?<![\w'’-])(?:{word_regex(ctx['count_nouns_of'])})[ \t]+of[ \t]+$", _I)
        self.count_verb = re.compile(
            rf"(?<![\w'’-])(?:{word_regex(ctx['count_verbs'])})[ \t]+$", _I)
        self.count_modifier_after = re.compile(
            rf"[ \t]+(?:{word_regex(ctx['count_modifiers_after'])})(?=[ \t]+[A-Za-z])", _I)
        self.count_determiner = re.compile(
            rf"(?<![\w'’-])(?:{word_regex(ctx['count_determiners'])})"
            rf"(?:[ \t]+(?:{word_regex(ctx['count_determiner_modifiers'])}))?[ \t]+$", _I)
        id_prefixes = ctx["identifier_prefixes"]
        cased = word_regex(ctx["identifier_prefixes_cased"])  # "No 9" (but not "no 9")
        self.id_prefix = re.compile(
            rf"(?:^|(?<=[\s(]))(?:(?i:{word_regex(id_prefixes)})|{cased})\s*$")
        self.number_verb = re.compile(
            rf"(?<![\w'’-])(?i:{word_regex(ctx['number_verb_before'])})\s+(?i:number)\s*$")

        q = load_table("qualifiers")
        self.q_before: dict[str, str] = {}
        for qual, phrases in q["before"].items():
            for ph in phrases:
                self.q_before[norm(ph)] = qual
        self.q_after: dict[str, str] = {}
        for qual, phrases in q["after"].items():
            for ph in phrases:
                self.q_after[norm(ph)] = qual
        guards = q.get("guards") or {}
        self.q_not_after = {norm(ph): frozenset(str(w) for w in g.get("not_after") or ())
                            for ph, g in guards.items()}
        self.q_no_noun = frozenset(norm(ph) for ph, g in guards.items() if g.get("no_noun"))
        self.multipliers = {str(k).lower(): float(v) for k, v in nums["multiple_words"].items()}
        self.multiplier_re = re.compile(  # (not "doubling down": an idiom)
            rf"(?<![\w-])(?:{word_regex(list(self.multipliers))})(?![\w-])(?![ \t]+down\b)", _I)
        self.q_before_re = re.compile(
            rf"(?:(?<![\w])(?P<q>{phrase_regex(self.q_before)}))\s*$", _I)
        self.q_after_re = re.compile(rf"\s*(?P<q>{phrase_regex(self.q_after)})(?![\w])", _I)

        cur = load_table("currencies")
        symbols: dict[str, str] = {}
        names: dict[str, str] = {}
        self.weak: dict[str, str] = {}
        self.codes = frozenset(str(c) for c in cur["currencies"])  # ISO codes: "USD", "CZK"
        for code, spec in cur["currencies"].items():
            for s in spec.get("symbols") or ():
                symbols.setdefault(s, code)
            for n in spec.get("names") or ():
                names[n.lower()] = code
            for n in spec.get("weak") or ():
                self.weak[n.lower()] = code
        # shared names and symbols map to "?<group>", resolved per document (resolve_shared)
        self.shared: dict[str, Shared] = {}
        for group, spec in (cur.get("shared") or {}).items():
            codes = tuple(spec["codes"])
            default = spec.get("default")
            if default is not None and default not in codes:
                raise ValueError(f"currencies.yaml: shared.{group}: default {default} not in codes")
            self.shared[group] = Shared(group, codes, default)
            for s in spec.get("symbols") or ():
                symbols.setdefault(s, f"?{group}")
            for n in spec.get("names") or ():
                names.setdefault(n.lower(), f"?{group}")
            for n in spec.get("weak") or ():
                self.weak.setdefault(n.lower(), f"?{group}")
        for code in cur.get("codes") or ():
            symbols.setdefault(code, code)
        self.symbols = symbols
        self.country_words: dict[str, str] = {}  # case-sensitive country word -> ISO code
        for code, cue_words in (cur.get("countries") or {}).items():
            for w in cue_words:
                self.country_words.setdefault(str(w), str(code))
        self.local_dollars = tuple(cur.get("local_dollars") or ())
        self.letter_symbols = {str(k): v for k, v in (cur.get("letter_symbols") or {}).items()}
        self.country_re = re.compile(
            rf"(?<![\w-])(?:{word_regex(set(self.country_words))})(?![\w-])")
        self.names = {**names, **self.weak}
        self.subunits = {k.lower(): (v[0], float(v[1])) for k, v in cur["subunits"].items()}
        self.glued_subunits = {str(k): (str(v[0]), float(v[1]), str(v[2]))
                               for k, v in (cur.get("glued_subunits") or {}).items()}
        self.glued_subunit = re.compile(
            rf"(?P<sub>{word_regex(list(self.glued_subunits)) or '(?!)'})(?![\w'’-])")
        self.subunit_hints = tuple({k[:4] for k in self.subunits} | {k[:4].upper() for k in self.subunits})
        # "US$", "C$", "HK $", "u.s $": a letter prefix of "$" names the dollar
        self.dollar_prefixes = {str(k).lower().replace(".", ""): str(v)
                                for k, v in (cur.get("dollar_prefixes") or {}).items()}
        # (a prefix that is also a word only glued to the "$": "a $5 fee", "A $5bn deal"
        # are US dollars; and never the "s" of a possessive, "the company's $5bn")
        # each local dollar's own prefixes written anywhere ("A$", "AU $"): the text marks it
        self.dollar_marks = {code: re.compile(
            rf"(?<![A-Za-z])(?:{'|'.join(re.escape(k) for k, v in cur['dollar_prefixes'].items() if v == code)})\s?\$")
            for code in (str(c["currency"]) for c in self.local_dollars)
            if code in (cur.get("dollar_prefixes") or {}).values()}
        keys = {p.replace(".", "") for p in self.dollar_prefixes}
        glued = {str(w).lower() for w in cur.get("dollar_prefix_words") or ()}
        spaced = word_regex({k for k in keys if k not in glued}).replace("us", r"u\.?s\.?")
        glued_only = word_regex(glued & keys) or "(?!)"
        dollar = rf"(?P<dp>(?<![A-Za-z.'’])(?i:(?:{spaced})\s?|(?:{glued_only})))?\$"
        sym = word_regex([s for s in symbols if "$" not in s])
        # the dollar's letters after the "$", as Australian and New Zealand outlets write
        # them: "$US10 billion", "$A14.8 billion" (case-sensitive, glued to the figure)
        after = "|".join(sorted((k for k in cur.get("dollar_prefixes") or {} if k.isupper()),
                                key=lambda k: -len(k)))
        suffixed = rf"\$(?P<ds>{after})" if after else "(?!)"
        self.cur_before = re.compile(
            rf"(?:(?<![A-Za-z])(?:{suffixed}|{dollar}|(?P<sym>{sym})))\s?$")
        self.cur_symbol_after = re.compile(
            rf"\s?(?P<sym>{sym}|\$|usd|eur|gbp|cny|rmb|jpy)(?![A-Za-z0-9])")
        self.cur_after = re.compile(
            rf"\s*-?\s*(?P<name>{phrase_regex(set(self.names) | set(self.subunits))})(?![\w])", _I)

        per = load_table("periods")
        self.periods = {norm(ph): period for period, phrases in per.items() for ph in phrases}
        self.period_re = re.compile(rf"\s*,?\s*(?P<p>{phrase_regex(self.periods)})(?![\w])", _I)

        su = surfaces()
        self.unit_names = su.names
        self.unit_symbols = {**su.attached, **su.glued, **su.symbols}
        attached = f"|(?<=\\d)(?P<att>{phrase_regex(set(su.attached))})" if su.attached else ""
        attached += f"|(?<=\\d)(?P<glu>{phrase_regex(set(su.glued))})" if su.glued else ""
        self.unit_re = re.compile(
            # a bracketed unit ("10 (km)") only with its closing bracket; a bracket that
            # closes a phrase ("(about 8.5 million barrels)") is not part of the unit
            r"(?P<sep>\s*-\s*|(?P<open>\s*[(\[{<]\s*)|\s?)"
            rf"(?:(?P<name>(?i:{phrase_regex(set(su.names))}))|(?P<sym>{phrase_regex(set(su.symbols))})"
            rf"{attached})"
            r"(?(open)\s*[)\]}>])(?![A-Za-z0-9²³])")
        time_units = ["second", "minute", "hour", "day", "week", "month", "year"]
        self.rate_re = re.compile(
            rf"\s*(?:/|\bper\b|\ban?\b|\beach\b|\bevery\b)\s*(?P<t>{'|'.join(time_units)}|hr|yr|h|s|ms|millisecond)s?(?![\w])",
            _I)
        self.compounds = su.compounds
        self.attached_cue = re.compile(
            rf"(?<![\w-])(?:{phrase_regex(set(su.attached_cues))})(?![\w-])", _I)
        self.temperature_text = re.compile(
            rf"(?<![\w-])(?:{phrase_regex(set(su.temperature_text))})(?![\w-])|[°º][CF]", _I)
        ut = load_table("units")
        before = [str(w) for w in ut["named_scales_before"]]
        self.scale_words = frozenset(w.lower() for w in before)
        self.scale_before = re.compile(
            rf"(?<![\w-])(?P<scale>{phrase_regex(set(before))})[ \t]*-?[ \t]*$", _I)
        self.scale_after = re.compile(
            rf"[ \t]*-?[ \t]*(?P<scale>{phrase_regex({str(w) for w in ut['named_scales_after']})})(?![\w-])", _I)
        # symbol -> its other readings, each a unit and the words that select it, tried in
        # turn: "kt" -> knot near "speed", kilotonne near "copper"
        self.symbol_readings = {
            str(sym): tuple((str(spec["unit"]), re.compile(
                rf"(?<![\w-])(?:{word_regex([str(w) for w in spec['cues']])})(?![\w-])", _I))
                for spec in specs)
            for sym, specs in (ut.get("symbol_readings") or {}).items()}
        self.metric_context = re.compile(
            rf"(?<![\w-])(?:{word_regex([str(w) for w in ut['metric_context']])})(?![\w-])", _I)
        cues = word_regex([c for c in su.age_cues])
        self.age_re = re.compile(rf"\s*-?\s*(?:{cues})(?![\w])", _I)


@dataclass(frozen=True, slots=True)
class Shared:
    """A currency name several currencies share ("pesos", "dinars", "Rs")."""

    group: str
    codes: tuple[str, ...]
    default: str | None


def defaulted_codes(c: "Claim") -> tuple[str, ...]:
    """The currencies an amount's name may denote when no country picked one and its
    code is the shared name's default ("450 billion francs": CHF, XOF, ..., GNF); else
    its own code alone."""
    code = getattr(c.value, "currency", None)
    if not code or not c.assumptions:
        return (code,) if code else ()
    t = tables()
    low = c.text.lower()
    for word, group in t.names.items():
        if group.startswith("?") and word in low and t.shared[group[1:]].default == code and \
                re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low):
            return t.shared[group[1:]].codes
    return (code,)


def resolve_shared(t: Tables, code: str, word: str, at: int,
                   countries: list[tuple[int, str]]) -> tuple[str, str | None, tuple[str, ...]]:
    """(ISO code, unresolved reason, assumptions) of currency ``code``; a shared one
    ("?peso") is decided by the country word nearest ``at`` among ``countries``
    ((offset, code) of every country word of the document), else by its default."""
    if not code.startswith("?"):
        return code, None, ()
    group = t.shared[code[1:]]
    best = min(((abs(pos - at), group.codes.index(c), c) for pos, c in countries
                if c in group.codes), default=None)
    if best is not None:
        return best[2], None, ()
    if group.default:
        return group.default, None, (f"'{word}' read as {group.default}: no country named",)
    return "XXX", f"currency '{word}' is used by several countries and none is named", ()


def country_mentions(t: Tables, text: str) -> list[tuple[int, str]]:
    """(offset, ISO code) of every country word of ``text`` (currencies.yaml countries)."""
    return [(m.start(), t.country_words[m.group()]) for m in t.country_re.finditer(text)]


def norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower())


@cache
def tables() -> Tables:
    return Tables()


# --------------------------------------------------------------------------- nouns

# the next word on the line (a line break before a capital starts another line's words:
# "Null ballots: 187,600\nValid votes: ...", a table of labels)
_WORD_AFTER = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-z]))([A-Za-z][A-Za-z'’-]*)")
_ONE_OF = re.compile(r"\b(?:one|each|any|none|either|neither)\s+of\s+(?:the|its|their|his|her|"
                     r"these|those|our)\s+$", _I)


def _plural_modifier(word: str, nxt: str) -> bool:
    """Is plural ``word`` a modifier of the plural ``nxt`` ("two sanctions resolutions",
    "arms sales")? A plural subject's verb has no -s ("45,000 people spent"), so a
    following plural is a noun — unless the verb agrees with "one of" before the number
    ("one of the six powers complains": ``_ONE_OF``)."""
    t = about_tables()
    low = nxt.lower()
    return is_plural(nxt, t) and low not in t.irregular_plurals and low not in t.verbs


def _noun_after(text: str, end: int, t: Tables, start: int = -1,
                ordinal: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase after a count ("sets of sanctions") and its end; ``start``:
    where the number starts, when known. After an ``ordinal`` the phrase is what it ranks:
    modifiers are skipped ("third straight quarter" -> "quarter", "fifth-strongest
    hurricane" -> "hurricane"), units are nouns ("2nd month") and a plural does not end it
    ("ninth sanctions resolution")."""
    if ordinal:
        skip = t.ordinal_modifiers.match(text, end)
        end = skip.end() if skip else end
    else:
        skip = t.count_modifier_after.match(text, end)  # "300 more nurses", "12 new cases"
        end = skip.end() if skip else end
    m = _WORD_AFTER.match(text, end)
    if not m or m.group(1).lower() in t.not_nouns or (
            m.group(1).lower() in t.unit_names and not ordinal):
        return None
    words = [m]
    pos = m.end()
    for _ in range(3):
        nxt = _WORD_AFTER.match(text, pos)
        if not nxt:
            break
        low = nxt.group(1).lower()
        if low == "of":
            after = _WORD_AFTER.match(text, nxt.end())
            if after and after.group(1).lower() not in t.not_nouns and after.group(1).lower() \
                    not in t.determiners:
                words.append(after)
                pos = after.end()
            break
        if low in t.not_nouns or low.endswith("ed") or low.endswith("ly"):
            break
        if not ordinal and is_plural(words[-1].group(1), about_tables()) and not (
                _plural_modifier(words[-1].group(1), nxt.group(1)) and not (
                    start >= 0 and _ONE_OF.search(text, max(0, start - 24), start))):
            break  # the noun ends at its plural: "45,000 people spent", "six powers complains"
        words.append(nxt)
        pos = nxt.end()
    return text[words[0].start(1):words[-1].end(1)], words[0].end(1)


def _partitive_noun(text: str, end: int, t: Tables) -> tuple[str, int] | None:
    """ "three of the victims", "two of its ships": the noun a partitive counts (not a
    number: "ten of the 15 members", "two of the three")."""
    m = t.partitive.match(text, end) or _OF_NUMBER.match(text, end)  # "seven of nine counts"
    if not m:
        return None
    pos = m.end()
    for skip in (_POSSESSIVE, _NUMBER_WORD):  # "37 of the country's 57 constituencies"
        k = skip.match(text, pos)
        if k and (skip is _POSSESSIVE or k.group(1)[0].isdigit() or parse_number(k.group(1))):
            pos = k.end()
    noun = _noun_after(text, pos, t)
    if noun is None or parse_number(noun[0].split()[0]) is not None:
        return None
    return noun


_OF_NUMBER = re.compile(r"\s+of(?=\s+(?:\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)?)\s)", re.I)
_POSSESSIVE = re.compile(r"\s+[A-Za-z][A-Za-z-]*['’]s?(?=\s)")
_NUMBER_WORD = re.compile(r"\s+(\d[\d,.]*|[A-Za-z]+(?:-[A-Za-z]+)?)(?=\s)")


_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})(?![\w-])")


def _hyphen_noun(text: str, end: int, t: Tables) -> tuple[str, int] | None:
    """A number joined by a hyphen to a singular noun counts it: "five-nation" (5
    nations), "12-member panel". Time units never get here: "three-day" is a quantity
    of days, read before this (and a duration of the dates extractor)."""
    m = _HYPHEN_NOUN.match(text, end)
    if not m:
        return None
    noun = m.group(1)
    if noun in t.not_nouns or noun in t.not_hyphen_nouns or noun in t.unit_names or (
            noun.endswith("s") and not noun.endswith("ss")):
        return None
    return noun, m.end(1)
