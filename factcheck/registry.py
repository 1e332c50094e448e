"""Reference registries: every identifier of a numbering scheme with its date, title, topic.

A registry is a CSV file (``number,adopted,title,topic``) that backs one identifier
scheme: ``factcheck/data/identifiers.yaml`` (section ``registries``) names the built-in
ones (UN Security Council resolutions: ``data/registries/unsc.csv``), and a user adds
files of their own through the configuration (``registries:`` in ``.factcheck.yaml`` or
``[tool.factcheck]``). One interface serves them all::

    regs = default_registries()            # nothing is read yet
    row = regs.row("UNSCR", "2375")        # parsed on first use, once per process
    row.adopted, row.title, row.topic      # 2017-09-11, "on strengthening sanctions ..."

``parse_registry`` validates a file (ISO dates, whole unique numbers, dates that never
decrease as numbers rise where the scheme is monotone) and returns every problem with its
line; ``factcheck lint`` reports them as ``file:line: message [registry]``.

Subject words (``places_in``, ``subject_words``, ``row_subject``) compare what an article
says a resolution is about with the registry's title and topic; the place names live in
``data/registries/subjects.yaml``.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factcheck import inputs
from factcheck.data import load_yaml, read_text
from factcheck.errors import InputError
from factcheck.link_text import lemma

__all__ = ["Row", "Registry", "Registries", "RegistrySpec", "parse_registry",
           "default_registries", "builtin_specs", "COLUMNS", "places_in", "subject_words",
           "row_subject", "text_subject", "Subject", "shares_subject", "about_places"]

COLUMNS = ("number", "adopted", "title", "topic")
DATA_PREFIX = "factcheck/data/"  # how reports name a built-in registry file


class Row(NamedTuple):
    """One registry row, with the file and line it came from and the file's credit
    (a named tuple: thousands are built on first use, and that must stay cheap)."""

    scheme: str
    number: int
    adopted: dt.date
    title: str
    topic: str
    path: str
    line: int
    source: str

    @property
    def id(self) -> str:
        return str(self.number)

    @property
    def about(self) -> str:
        """The title, or the topic when there is no title."""
        return self.title or self.topic


@dataclass(frozen=True)
class RegistrySpec:
    """Which file backs a scheme (from identifiers.yaml or the configuration)."""

    scheme: str
    file: str  # a path under factcheck/data when ``builtin``, else a file path
    monotone: bool = False
    event: str | None = None
    source: str = ""
    missing: tuple[int, ...] = ()
    named: tuple[str, ...] = ()  # words that make a mention this scheme's for sure
    other: tuple[str, ...] = ()  # words in its sentence that make it another body's
    builtin: bool = False
    line: int | None = None  # where the configuration names it

    @property
    def display_path(self) -> str:
        return DATA_PREFIX + self.file if self.builtin else self.file


@dataclass(frozen=True)
class Registry:
    """The rows of one scheme, by number."""

    scheme: str
    rows: tuple[Row, ...]  # sorted by number, unique
    monotone: bool = False
    event: str | None = None
    _numbers: tuple[int, ...] = field(default=(), repr=False)
    _dates: tuple[dt.date, ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, scheme: str, rows: Iterable[Row], monotone: bool = False,
           event: str | None = None) -> Registry:
        by_number: dict[int, Row] = {}
        for r in rows:  # later rows win: a user's file over the built-in one
            by_number[r.number] = r
        ordered = tuple(by_number[n] for n in sorted(by_number))
        return cls(scheme, ordered, monotone, event, tuple(r.number for r in ordered),
                   tuple(r.adopted for r in ordered))

    def get(self, ident: str | int) -> Row | None:
        try:
            n = int(ident)
        except (TypeError, ValueError):
            return None
        i = bisect.bisect_left(self._numbers, n)
        return self.rows[i] if i < len(self.rows) and self._numbers[i] == n else None

    def neighbours(self, number: int) -> tuple[Row | None, Row | None]:
        """The nearest rows below and above ``number`` (itself excluded)."""
        i = bisect.bisect_left(self._numbers, number)
        j = bisect.bisect_right(self._numbers, number)
        return (self.rows[i - 1] if i > 0 else None,
                self.rows[j] if j < len(self.rows) else None)

    def adopted_within(self, start: dt.date, end: dt.date) -> list[Row]:
        """Rows dated inside [start, end] (by number)."""
        if self.monotone:
            i = bisect.bisect_left(self._dates, start)
            j = bisect.bisect_right(self._dates, end)
            return list(self.rows[i:j])
        return [r for r in self.rows if start <= r.adopted <= end]


# --------------------------------------------------------------------------- parsing


def parse_registry(text: str, spec: RegistrySpec) -> tuple[Registry, list[InputError]]:
    """Read one registry file; every problem with its line (never raises on content).

    Checks: the header is exactly ``number,adopted,title,topic``; each number is a whole
    number above 0 and appears once; each date is an ISO day (``YYYY-MM-DD``) that
    exists; where the scheme is monotone, dates never decrease as numbers rise."""
    path = spec.display_path
    label = spec.scheme or "number"  # a file linted without a scheme: "number 7 ..."
    problems: list[InputError] = []
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return Registry.of(spec.scheme, (), spec.monotone, spec.event), [
            InputError(f"empty registry file; expected the header {','.join(COLUMNS)}", path, 1)]
    if tuple(h.strip().lstrip("\ufeff") for h in header) != COLUMNS:
        problems.append(InputError(f"header must be {','.join(COLUMNS)}, not {','.join(header)}",
                                   path, 1))
        return Registry.of(spec.scheme, (), spec.monotone, spec.event), problems
    first_line: dict[int, int] = {}
    for fields in reader:
        line = reader.line_num
        if not fields or fields == [""]:
            continue
        if len(fields) != len(COLUMNS):
            problems.append(InputError(f"expected {len(COLUMNS)} fields ({','.join(COLUMNS)}), "
                                       f"found {len(fields)}", path, line))
            continue
        num, day, title, topic = (f.strip() for f in fields)
        if not (num.isdigit() and num.isascii() and num[0] != "0"):
            problems.append(InputError(f"number {num!r} is not a whole number above 0", path, line))
            continue
        n = int(num)
        try:
            if len(day) != 10 or day[4] != "-" or day[7] != "-":
                raise ValueError
            adopted = dt.date.fromisoformat(day)
        except ValueError:
            problems.append(InputError(f"{label} {n}: date {day!r} is not an ISO date "
                                       f"(YYYY-MM-DD) that exists", path, line))
            continue
        if n in first_line:
            problems.append(InputError(f"{label} {n} appears twice (first on line "
                                       f"{first_line[n]})", path, line))
            continue
        first_line[n] = line
        rows.append(Row(spec.scheme, n, adopted, title, topic, path, line, spec.source))
    if spec.monotone:
        ordered = sorted(rows, key=lambda r: r.number)
        latest: Row | None = None
        for r in ordered:
            if latest is not None and r.adopted < latest.adopted:
                problems.append(InputError(
                    f"{label} {r.number} is dated {r.adopted}, before {latest.number} "
                    f"({latest.adopted}): {spec.scheme} numbers grow with their dates",
                    path, r.line))
            if latest is None or r.adopted >= latest.adopted:
                latest = r
    problems.sort(key=lambda e: e.line or 0)
    return Registry.of(spec.scheme, rows, spec.monotone, spec.event), problems


@lru_cache(maxsize=1)
def builtin_specs() -> tuple[RegistrySpec, ...]:
    """The registries named in data/identifiers.yaml (validated on load)."""
    out = []
    allowed = {"scheme", "file", "monotone", "event", "source", "missing", "named", "other"}
    for entry in load_yaml("identifiers.yaml").get("registries") or ():
        unknown = set(entry) - allowed
        if unknown or not {"scheme", "file"} <= set(entry):
            raise ValueError(f"identifiers.yaml: registries entry {entry.get('scheme')!r}: "
                             f"needs scheme and file; unknown keys {sorted(unknown)}")
        out.append(RegistrySpec(scheme=str(entry["scheme"]).upper(), file=entry["file"],
                                monotone=bool(entry.get("monotone", False)),
                                event=entry.get("event"), source=entry.get("source", ""),
                                missing=tuple(entry.get("missing") or ()),
                                named=tuple(entry.get("named") or ()),
                                other=tuple(entry.get("other") or ()), builtin=True))
    return tuple(out)


@lru_cache(maxsize=None)
def _builtin(spec: RegistrySpec) -> Registry:
    reg, problems = parse_registry(read_text(spec.file), spec)
    if problems:
        raise ValueError(f"built-in registry {spec.file}: {problems[0]}")
    return reg


def load_registry_file(spec: RegistrySpec) -> tuple[Registry, list[InputError]]:
    """A user's registry file, read and validated."""
    try:
        text = inputs.read_text(Path(spec.file))  # a regular file, under the size cap
    except InputError as exc:
        return Registry.of(spec.scheme, ()), [
            InputError(f"cannot read registry file: {exc.message}", spec.file, spec.line)]
    return parse_registry(text, spec)


def scheme_defaults(scheme: str) -> RegistrySpec | None:
    """The built-in spec of ``scheme``, whose monotone/event a user's file inherits."""
    return next((s for s in builtin_specs() if s.scheme == scheme.upper()), None)


class Registries:
    """Scheme -> registry, built-in files first, then the user's (whose rows win).

    Nothing is read until a scheme is asked for; each file is parsed once (the built-in
    ones once per process)."""

    def __init__(self, user: Sequence[RegistrySpec] = (), builtin: bool = True) -> None:
        self.specs = (builtin_specs() if builtin else ()) + tuple(user)
        self._loaded: dict[str, Registry | None] = {}

    def schemes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.scheme for s in self.specs))

    def get(self, scheme: str) -> Registry | None:
        key = scheme.upper()
        if key not in self._loaded:
            specs = [s for s in self.specs if s.scheme == key]
            if not specs:
                self._loaded[key] = None
            else:
                rows: list[Row] = []
                for s in specs:
                    if s.builtin:
                        reg = _builtin(s)
                    else:
                        reg, problems = load_registry_file(s)
                        if problems:
                            raise problems[0]
                    rows.extend(reg.rows)
                self._loaded[key] = Registry.of(key, rows, any(s.monotone for s in specs),
                                                next((s.event for s in specs if s.event), None))
        return self._loaded[key]

    def row(self, scheme: str, ident: str) -> Row | None:
        reg = self.get(scheme)
        return reg.get(ident) if reg is not None else None

    def applies(self, scheme: str, mention: str, sentence: str, after: str, document: str) -> bool:
        """Is a mention of ``scheme`` one the registry may judge? When the scheme names the
        body (``named``: "Security Council", "UNSC"), the mention must name it, or its
        article must name it and no other body (``other``: "General Assembly", a session in
        Roman numerals); and its sentence, or the words right after it, must never name
        another: "UN Resolution 2758" in an article on Taiwan is the General Assembly's 2758
        of 1971, not the Council's."""
        named, other = _mention_words(tuple(s for s in self.specs if s.scheme == scheme.upper()))
        if other is not None and (other.search(sentence) or other.match(after)):
            return False
        if named is None or named.search(mention):
            return True
        if other is not None and other.search(document):
            return False  # the article names both bodies: a bare mention could be either's
        return bool(named.search(document))

    def validate(self) -> list[InputError]:
        """Every problem of the user's files (the built-in ones are tested)."""
        return [p for s in self.specs if not s.builtin for p in load_registry_file(s)[1]]


@lru_cache(maxsize=None)
def _mention_words(specs: tuple[RegistrySpec, ...]
                   ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    named = [p for s in specs for p in s.named]
    other = [p for s in specs for p in s.other]
    return (re.compile("|".join(f"(?:{p})" for p in named)) if named else None,
            re.compile("|".join(f"(?:{p})" for p in other)) if other else None)


@lru_cache(maxsize=1)
def default_registries() -> Registries:
    """The built-in registries (lazy: nothing is parsed until a scheme is asked for)."""
    return Registries()


# --------------------------------------------------------------------------- subjects


@dataclass(frozen=True)
class Subject:
    """What a text is about: places (with the wider ones that cover them) and words."""

    places: frozenset[str]
    words: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.places or self.words)


@lru_cache(maxsize=1)
def _subject_table() -> tuple[list[tuple[re.Pattern[str], str]], dict[str, tuple[str, ...]],
                              frozenset[str]]:
    data = load_yaml("registries/subjects.yaml")
    unknown = set(data) - {"places", "within", "generic", "about_before", "about_after"}
    if unknown:
        raise ValueError(f"registries/subjects.yaml: unknown keys {sorted(unknown)}")
    names: list[tuple[str, str]] = []
    for place, variants in data["places"].items():
        for v in (place, *variants):
            names.append((str(v), str(place)))
    names.sort(key=lambda t: -len(t[0]))
    patterns = []
    for v, place in names:
        flags = 0 if v.isupper() and len(v) <= 6 else re.I  # acronyms: as written ("CAR")
        body = re.escape(v).replace("'", "['’]")
        patterns.append((re.compile(r"(?<![\w-])" + body + r"(?![\w-])", flags), place))
    within = {str(k): tuple(map(str, v)) for k, v in (data.get("within") or {}).items()}
    return patterns, within, frozenset(str(w).lower() for w in data["generic"])


def places_in(text: str) -> frozenset[str]:
    """Places a text names (longest names first), with the wider places covering them."""
    return _places(text)[0]


@lru_cache(maxsize=4096)
def _places(text: str) -> tuple[frozenset[str], str]:
    """The places a text names and the text with their names blanked out (memoised: a
    corpus cites the same resolutions in the same words again and again)."""
    patterns, within, _ = _subject_table()
    found: set[str] = set()
    masked = text
    for rx, place in patterns:
        if rx.search(masked):
            found.add(place)
            masked = rx.sub(lambda m: " " * len(m.group(0)), masked)
    for place in list(found):
        found.update(within.get(place, ()))
    # agenda items written as words ("the Middle East", "terrorist acts")
    low = masked.lower()
    for wider in {w for ws in within.values() for w in ws}:
        if wider.lower() in low:
            found.add(wider)
    return frozenset(found), masked


def subject_words(text: str) -> frozenset[str]:
    """Content words of a text, lemmatised (the lemmatiser alignment reads words with),
    without the generic Council words."""
    _, _, generic = _subject_table()
    words = re.findall(r"[A-Za-z][A-Za-z-]+", text)
    return frozenset(lemma(w) for w in words if len(w) > 2 and w.lower() not in generic)


def text_subject(text: str) -> Subject:
    """Places and content words of a text (words of place names count as places only)."""
    places, rest = _places(text)
    return Subject(places, subject_words(rest))


_LETTER = re.compile(r"^\s*(?:identical\s+)?letters?\s+dated\b", re.I)


@lru_cache(maxsize=4096)
def row_subject(title: str, topic: str) -> Subject:
    """What a registry row is about, from its title and topic. An agenda item that is a
    letter ("Letter dated ... from the Permanent Representative of X") names its sender,
    not its subject: only the title counts then."""
    if _LETTER.match(topic):
        topic = ""
    if _LETTER.match(title):
        title = ""
    return text_subject(f"{title} / {topic}")


def shares_subject(a: Subject, b: Subject) -> bool:
    """Do two subjects share a place or a content word?"""
    return bool(a.places & b.places or a.words & b.words)


@lru_cache(maxsize=1)
def _about_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("registries/subjects.yaml")
    return (frozenset(str(w).lower() for w in data["about_before"]),
            frozenset(str(w).lower() for w in data["about_after"]))


def about_places(text: str) -> frozenset[str]:
    """Places a text says something is *about*: after "on", "against", "in", "between" ...
    (at most three words before) or before "sanctions", "mission", "'s nuclear" ...
    A place that only acts ("which Russia backed") is left out."""
    patterns, within, _ = _subject_table()
    before, after = _about_words()
    found: set[str] = set()
    masked = text
    for rx, place in patterns:
        for m in rx.finditer(masked):
            lead = re.findall(r"[\w'’-]+", masked[max(0, m.start() - 40):m.start()].lower())[-3:]
            tail = re.match(r"(?:['’]s)?\s+([\w-]+)", masked[m.end():m.end() + 30])
            if set(lead) & before or (tail and tail.group(1).lower() in after):
                found.add(place)
        masked = rx.sub(lambda m: " " * len(m.group(0)), masked)
    for place in list(found):
        found.update(within.get(place, ()))
    return frozenset(found)
