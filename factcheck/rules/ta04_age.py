"""TA04 temporal.age — a person's age disagrees with the birth date its sentence gives."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.models import Claim, DateValue, Finding, QuantityValue, Severity
from factcheck.rules.ar01_margin import same_sentence, texts_and_claims
from factcheck.rules.base import Rule, RuleContext, claim_evidence, fmt_date


@lru_cache(maxsize=1)
def _born(key: str = "birth_words") -> re.Pattern[str]:
    """A birth word before a date ("born in ", "was born on "), a place between
    allowed ("born in Lyon on"); with ``origin_words``, a thing's ("opened in ")."""
    from factcheck.data import load_yaml

    words = load_yaml("patterns/en/sentence.yaml")[key]
    alt = "|".join(re.escape(str(w)) for w in words)
    # ("born in the city's Santa Clara district on 3 February 2004": a place between)
    return re.compile(rf"\b(?:{alt})(?:\s+(?:in|at)\s+[^,.;:()\d]{{1,60}}?)?\s+(?:(?:on|in)\s+)?(?:the\s+)?$", re.I)


_BORN_REACH = 90  # characters from a birth word to its date, a place between
# an age's noun, then what may stand before the origin word that qualifies it
_AGE_NOUN = re.compile(r"\s+[a-z][\w-]*\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|had\s+been|has\s+been)\s+)?")


def _thing_age(text: str, age: Claim, origin: int) -> bool:
    """Is an age the age of the thing the origin word at ``origin`` dates: "the 46-year-old
    bridge, which opened in 1971", "a 30-year-old ship built in 1994" (the word right
    after the age's noun, a relative pronoun and "was" allowed between); not "the
    38-year-old engineer who inspected the pier, which opened in 1992"."""
    m = _AGE_NOUN.match(text, age.end)
    return bool(re.search(r"-?years?-old$", age.text)) and m is not None and m.end() == origin


def _years(born: dt.date, on: dt.date) -> int:
    """Whole years of a life from ``born`` to ``on`` (the birthday counts on the day)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _age(c: Claim) -> int | None:
    """The exact whole age a claim states ("22-year-old", "the mayor, 47,"), or None."""
    v = c.value
    if c.kind != "quantity" or not isinstance(v, QuantityValue) or v.unit != "year" \
            or v.max is not None or c.qualifier.value != "exact" or c.unresolved:
        return None
    m = float(v.magnitude)
    return int(m) if m.is_integer() and 0 <= m < 130 else None


def _day_range(c: Claim) -> tuple[dt.date, dt.date] | None:
    v = c.value
    if not isinstance(v, DateValue) or v.start is None or c.unresolved:
        return None
    return v.start, v.end or v.start


_LOOK_BACK = 600
# an age at an earlier time: "since she was a 15-year-old", "when he was 19", "as a 12-year-old"
_THEN = re.compile(r"\b(?:(?:since|when|until|till|after|before|as)\s+(?:he|she|they|i|we)\s+(?:was|were)"
                   r"|\bas|\bat\s+the\s+age\s+of)\s+(?:an?\s+|just\s+|only\s+|still\s+)*$", re.I)


def _person(text: str, at: int) -> str | None:
    """Whose a figure is: the person named nearest before it, within 600 characters (an
    age or a birth date is a person's: no mark of a person is needed)."""
    from factcheck.frames import person_before

    return person_before(text, max(0, at - _LOOK_BACK), at, strict=False)


class AgeMismatch(Rule):
    """A person's age disagrees with the birth date its sentence gives.

    *Bad*: "The 22-year-old, who was born in March 2001, signed on Monday" in an article of
    September 2025 (he was 24); "Okafor, born on 3 May 1960, died on Friday aged 58"
    (Friday 6 June 2025: 65).

    *Why*: an age and a date of birth in one sentence state the same span twice. The age
    is counted up to the one other date the sentence gives (the day it speaks of: "died on
    Friday aged 58"), else up to the article's publication; a birth month or year is any
    day of it, so "born in 2001" allows two ages. Only a sentence with one age and one
    birth date is read, and only an exact whole age. An age whose sentence gives no birth
    date is also compared with the birth date another sentence or article of the story
    gives for the same person (the surname of the full name nearest before each), up to
    the age's article's publication, as a warning; not an age of an earlier time ("since
    she was a 15-year-old", "when he was 19", "as a 12-year-old"). A thing's age ("the 46-year-old
    bridge, which opened in 1971") is read the same way against the date its sentence says
    it began (an origin word: opened, built, founded, ...).

    *Fix*: recount the age from the birth date, or check the date.
    """

    code = "TA04"
    name = "temporal.age"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        yield from self._in_sentence(ctx)
        yield from self._across(ctx)

    def _across(self, ctx: RuleContext) -> Iterable[Finding]:
        """An age in one sentence against the birth date another gives for the same person
        (in another article of the story or elsewhere in this one), up to the age's article's
        publication: at most a warning, since whose age it is is read from the name nearest
        before it ("Ilse Marquardt has led the union … The 55-year-old former teacher")."""
        born = _born()
        births: list[tuple[str, str, Claim]] = []  # (person, document, birth date)
        ages: list[tuple[str, str, Claim]] = []
        for doc, text, claims in texts_and_claims(ctx):
            dated = [c for c in claims if _day_range(c) is not None]
            born_here = [c for c in dated if born.search(text, max(0, c.start - _BORN_REACH), c.start)]
            born_ids = {id(c) for c in born_here}
            for c in claims:
                alone = not any(same_sentence(text, o, c) for o in born_here)
                if _age(c) is not None and alone and not _THEN.search(text, max(0, c.start - 40), c.start):
                    who = _person(text, c.start)
                    if who:
                        ages.append((who, doc, c))
                elif id(c) in born_ids and not any(_age(o) is not None and same_sentence(text, o, c) for o in claims):
                    who = _person(text, c.start)
                    if who:
                        births.append((who, doc, c))
        for who, doc, age in ages:
            published = ctx.documents[doc].published
            found = [(d, b) for w, d, b in births if w == who and (d == doc or ctx.same_story(d, doc))]
            if published is None or not found:
                continue
            stated = _age(age)
            spans = []
            for _, b in found:
                first, last = _day_range(b)  # type: ignore[misc]
                spans.append((_years(last, published), _years(first, published)))
            if any(lo <= stated <= hi for lo, hi in spans) or any(lo < 0 for lo, _ in spans):  # type: ignore[operator]
                continue
            (d, b), (lo, hi) = found[0], spans[0]
            span = str(lo) if lo == hi else f"{lo} or {hi}"
            yield self.finding(
                Severity.warning,
                f"{doc} line {age.line} gives {who.title()}'s age as {age.text!r}, but {d} line "
                f"{b.line} says the person was born {b.text!r}: {span} on publication, "
                f"{fmt_date(published)}.",
                key=f"age · {doc} line {age.line}", claims=(age, *(x for _, x in found)),
                expected=span, evidence=(claim_evidence(age), claim_evidence(b)),
            )

    def _in_sentence(self, ctx: RuleContext) -> Iterable[Finding]:
        born, began = _born(), _born("origin_words")
        for doc, text, claims in texts_and_claims(ctx):
            births = [c for c in claims if _day_range(c) is not None
                      and born.search(text, max(0, c.start - _BORN_REACH), c.start)]
            things: dict[int, int] = {}  # a thing's date -> where its origin word starts
            born_ids = {id(c) for c in births}
            for c in claims:
                m = began.search(text, max(0, c.start - 40), c.start) if _day_range(c) is not None \
                    and id(c) not in born_ids else None
                if m is not None:
                    things[id(c)] = m.start()
            births += [c for c in claims if id(c) in things]
            birth_ids = {id(c) for c in births}
            for b in births:
                same = [c for c in claims if c is b or same_sentence(text, b, c)]
                ages = [c for c in same if _age(c) is not None]
                others = [c for c in same if c is not b and _day_range(c) is not None]
                if len(ages) != 1 or len(others) > 1 or sum(1 for c in same if id(c) in birth_ids) > 1:
                    continue
                age = ages[0]
                stated = _age(age)
                assert stated is not None
                if id(b) in things and not _thing_age(text, age, things[id(b)]):
                    continue  # ("the 46-year-old engineer who opened the bridge in 1971")
                if others:
                    ref, on = others[0], _day_range(others[0])
                else:
                    published = ctx.documents[doc].published
                    ref, on = None, (published, published) if published is not None else None
                if on is None or on[0] is None:
                    continue
                first, last = _day_range(b)  # type: ignore[misc]
                lo, hi = _years(last, on[0]), _years(first, on[1])
                if lo <= stated <= hi or lo < 0:
                    continue
                when = f"on {ref.text!r} (line {ref.line})" if ref is not None else \
                    f"on publication, {fmt_date(on[0])}"
                span = str(lo) if lo == hi else f"{lo} or {hi}"
                since = f"but dated {b.text!r}, it was" if id(b) in things else f"but born {b.text!r}, the person was"
                yield self.finding(
                    self.severity,
                    f"{doc} line {age.line} gives the age as {age.text!r}, {since} {span} {when}.",
                    key=f"age · {doc} line {age.line}", claims=(age, b, *([ref] if ref else [])),
                    expected=span, evidence=(claim_evidence(age), claim_evidence(b)),
                )
