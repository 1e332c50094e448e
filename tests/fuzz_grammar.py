"""A small grammar of hostile news text for fuzzing the extractor and the CLI.

Texts are sequences of tokens — number words, digit runs (huge, signed, decimal, grouped,
exponents, glued scales), units, currencies, dates, qualifiers, filler words, punctuation
and odd Unicode (no-break and zero-width spaces, bidi controls, combining marks, other
scripts' digits, vulgar fractions, emoji) — joined by odd separators. The vocabulary comes
from factcheck's own data files (factcheck/data/patterns/en), so the grammar follows the
tables it attacks. Used by tests/test_fuzz.py (hypothesis, bounded) and benchmarks/fuzz.py
(a longer random run).
"""
from __future__ import annotations

import random
from functools import lru_cache

from hypothesis import strategies as st

from factcheck.data import load_yaml

FILLER = ["the", "a", "of", "to", "in", "on", "by", "from", "and", "or", "per", "n", "k",
          "people", "troops", "votes", "rose", "fell", "passed", "won", "beat", "cost",
          "was", "were", "at", "between", "up", "down", "a year", "last", "next", "ago",
          "earlier this week", "since", "until", "about", "more than", "less than",
          "nearly", "at least", "percent", "%", "per cent", "points", "basis points"]
PUNCT = list(".,;:-–—/%$()[]'\"…!?+×^*#@&~|\\") + ["...", "--", "-/-", "+/-", "±"]
ODD = ["\u00a0", "\u2009", "\u202f", "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029",
       "\u0085", "\u202e", "\u2066", "\u0301", "\u0308", "１２３", "٣٤", "४२", "²", "³",
       "½", "¾", "⅓", "🙂", "🇰🇷", "\t", "\r\n", "\r", "\x0c", "ǅ", "ﬁ", "İ", "ß", "Ⅻ",
       "\U0001d7d9", "€", "£", "¥", "₹", "₩", "元"]
SEPARATORS = [" ", " ", " ", "", "\n", ", ", "-", "\u00a0", ". "]
DIGIT_FORMS = [
    lambda r: str(r.randint(0, 10 ** r.randint(1, 12))),
    lambda r: f"{r.randint(0, 999)}.{r.randint(0, 999)}",
    lambda r: f"{r.randint(1, 999)},{r.randint(0, 999):03d},{r.randint(0, 999):03d}",
    lambda r: "9" * r.choice([20, 100, 309, 400]),
    lambda r: f"{r.randint(1, 9)}e{r.choice([3, 99, 308, 309, 999])}",
    lambda r: f"10^{r.choice([2, 99, 308, 999])}",
    lambda r: f"{r.randint(0, 99)}-{r.randint(0, 99)}",
    lambda r: f"{r.randint(0, 9)}-0{r.choice(['k', 'm', 'bn', 'tn', 'K'])}",
    lambda r: f"{r.randint(1, 999)}{r.choice(['k', 'm', 'bn', 'tn', 'mn', 'K', 'M', 'B'])}",
    lambda r: f"{r.choice(['-', '+', '−', '~'])}{r.randint(0, 999)}",
    lambda r: f"{r.randint(1, 31)}/{r.randint(1, 12)}/{r.randint(0, 3000)}",
    lambda r: f"{r.randint(0, 9999)}-{r.randint(0, 13):02d}-{r.randint(0, 32):02d}",
    lambda r: f"{r.randint(1, 9)}/{r.randint(0, 9)}",
    lambda r: f"0.{'0' * r.randint(1, 30)}1",
    lambda r: f"{r.randint(1, 99)}{r.choice(['st', 'nd', 'rd', 'th'])}",
    lambda r: f"'{r.randint(0, 99):02d}",
    lambda r: f"{r.randint(1800, 2100)}s",
]


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, list[str]]:
    """Token families from factcheck's own tables."""
    numbers = load_yaml("patterns/en/numbers.yaml")
    units = load_yaml("patterns/en/units.yaml")
    dates = load_yaml("patterns/en/dates.yaml")
    currencies = load_yaml("patterns/en/currencies.yaml")["currencies"]
    return {
        "number words": sorted({*numbers["units"], *numbers["tens"], *numbers["scales"],
                                *numbers["ordinals"], *numbers["fractions"],
                                *numbers["multipliers"], "hundred", "and"}),
        "units": sorted({*units["names"], *units["symbols"]}),
        "currencies": sorted({s for c in currencies.values() for s in
                              (*c.get("symbols", ()), *c.get("names", ()))} | set(currencies)),
        "dates": sorted({*dates["months"], *dates["weekdays"], *dates["seasons"],
                         *dates["fixed_holidays"], *dates["units"], "today", "yesterday",
                         "this week", "last month", "next year", "fiscal", "FY2017", "Q3",
                         "H1", "BST", "GMT", "a.m.", "pm"}),
        "qualifiers": sorted(dates["qualifiers"]),
        "filler": FILLER,
        "punctuation": PUNCT,
        "odd unicode": ODD,
    }


def random_text(r: random.Random, max_tokens: int = 30) -> str:
    """One text from the grammar, drawn with ``r`` (benchmarks/fuzz.py)."""
    vocab = vocabulary()
    families = list(vocab)
    out = []
    for _ in range(r.randint(1, max_tokens)):
        if r.random() < 0.3:
            out.append(r.choice(DIGIT_FORMS)(r))
        else:
            out.append(r.choice(vocab[r.choice(families)]))
        out.append(r.choice(SEPARATORS))
    return "".join(out)


def texts(max_tokens: int = 30) -> st.SearchStrategy[str]:
    """The same grammar as a hypothesis strategy (shrinks to a minimal failing text)."""
    vocab = vocabulary()
    token = st.one_of(
        st.builds(lambda i, seed: DIGIT_FORMS[i](random.Random(seed)),
                  st.integers(0, len(DIGIT_FORMS) - 1), st.integers(0, 2 ** 16)),
        *(st.sampled_from(words) for words in vocab.values()),
        st.text(max_size=3),
    )
    piece = st.tuples(token, st.sampled_from(SEPARATORS)).map("".join)
    return st.lists(piece, min_size=1, max_size=max_tokens).map("".join)
