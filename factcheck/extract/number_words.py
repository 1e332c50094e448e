"""Number vocabulary: the English number words of ``data/patterns/en/numbers.yaml``
(loaded once, validated) and the regex builders the lexers use (tries keep scans fast)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any


__all__ = [
    "first_letter_trie",
    "load_table",
    "phrase_regex",
    "trie_regex",
    "word_regex",
    "words",
]

# --------------------------------------------------------------------------- data


@cache
def load_table(name: str) -> dict[str, Any]:
    """Load ``data/patterns/en/<name>.yaml`` once, through the project's one YAML loader
    (a duplicate key is an error); it must be a mapping."""
    from factcheck.data import load_yaml

    data = load_yaml(f"patterns/en/{name}.yaml")
    if not isinstance(data, dict):
        raise ValueError(f"factcheck/data/patterns/en/{name}.yaml: expected a mapping at top level")
    _no_yaml_booleans(data, f"{name}.yaml")
    return data


def _no_yaml_booleans(node: Any, where: str) -> None:
    """Word lists must hold strings: YAML 1.1 reads unquoted on/off/yes/no as booleans,
    which silently drops the word from the list. Quote them ("on")."""
    if isinstance(node, dict):
        for key, value in node.items():
            _no_yaml_booleans(value, f"{where}: {key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool) or item is None:
                raise ValueError(f"{where}: list item {item!r} is not a word; quote it")
            _no_yaml_booleans(item, where)


@dataclass(frozen=True, slots=True)
class Words:
    units: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    multipliers: dict[str, float]
    suffixes_attached: dict[str, float]
    suffixes_spaced: dict[str, float]
    ordinals: dict[str, int]
    fractions: dict[str, int]  # word -> denominator, incl. plural ordinals
    compound_plurals: dict[str, int]  # "firsts": fractions only after a tens word
    vague_before: frozenset[str]
    negatives: frozenset[str]
    vulgar: dict[str, float]
    denominators: frozenset[int]


def _numbers_map(data: dict[str, Any], key: str) -> dict[str, float]:
    raw = data.get(key) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"numbers.yaml: {key!r} must map words to numbers")
    out: dict[str, float] = {}
    for k, v in raw.items():
        try:  # PyYAML reads "1.0e6" (no exponent sign) as a string
            out[str(k)] = float(v)
        except (TypeError, ValueError):
            raise ValueError(f"numbers.yaml: {key}.{k}: {v!r} is not a number") from None
    return out


@cache
def words() -> Words:
    data = load_table("numbers")
    ordinals = {k: int(v) for k, v in _numbers_map(data, "ordinals").items()}
    fractions = {k: int(v) for k, v in _numbers_map(data, "fractions").items()}
    for word, value in ordinals.items():
        if value >= 3:  # "thirds", "fifths", "hundredths": plural ordinals are fractions
            fractions[word + "s"] = value
    return Words(
        units=_numbers_map(data, "units"),
        tens=_numbers_map(data, "tens"),
        scales={**_numbers_map(data, "hundred"), **_numbers_map(data, "scales")},
        multipliers=_numbers_map(data, "multipliers"),
        suffixes_attached=_numbers_map(data, "suffixes_attached"),
        suffixes_spaced=_numbers_map(data, "suffixes_spaced"),
        ordinals=ordinals,
        fractions=fractions,
        compound_plurals={k: int(v) for k, v in _numbers_map(data, "compound_plurals").items()},
        vague_before=frozenset(data.get("vague_before") or ()),
        negatives=frozenset(data.get("negatives") or ()),
        vulgar=_numbers_map(data, "vulgar"),
        denominators=frozenset(int(d) for d in data.get("digit_denominators") or ()),
    )


def word_regex(alternatives: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation matching any of the strings, longest first (escaped)."""
    return "|".join(re.escape(a) for a in sorted(set(alternatives), key=lambda s: (-len(s), s)))


def trie_regex(alternatives: list[str] | set[str] | frozenset[str]) -> str:
    """A regex matching any of the strings, shaped as a trie (shared prefixes factored).

    Python's ``re`` tries alternatives one by one; a trie fails after a character or two
    at each text position, which keeps the lexer's scan fast on long texts."""
    trie: dict[str, Any] = {}
    for word in set(alternatives):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def phrase_regex(phrases: Any) -> str:
    """Like ``trie_regex`` for (multi-word) phrases: a space matches any run of
    whitespace, and a phrase ending in a letter or digit must end at a word boundary.
    Longest match first, as with an alternation sorted by length."""
    trie: dict[str, Any] = {}
    for phrase in set(phrases):
        node = trie
        for ch in re.sub(r"\s+", " ", phrase.strip()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any], last: str) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub, ch)
                    for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            branches.append(r"\b" if last.isalnum() or last == "_" else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie, "")



def first_letter_trie(alternatives: set[str]) -> str:
    """A trie regex over lower-case words, factored by first letter, matching only where no
    letter precedes the word. The check comes first: inside a word it fails at once, where
    a first step of letters would stop at nearly every letter of the text and try the
    alternation there (measured: a third slower on news)."""
    heads: dict[str, set[str]] = {}
    for word in alternatives:
        heads.setdefault(word[0], set()).add(word[1:])
    parts = []
    for ch, rests in sorted(heads.items()):
        rest = trie_regex({r for r in rests if r})
        if "" in rests and rest:
            rest = f"(?:{rest})?"
        parts.append(f"{re.escape(ch)}{rest}")
    return "(?<![a-z])(?:" + "|".join(parts) + ")"


