"""Rules: one module per rule, registered here in code order.

``registry()`` lists the rule classes; ``select`` picks them by code, alias or dotted
name prefix (``"ID"``, ``"identifier."``, ``"VC01"``); ``rules_doc`` renders the
reference that ``factcheck rules`` prints (generated from the docstrings).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.rules.al01_aligned_conflict import AlignedConflict
from factcheck.rules.al02_internal import InternalInconsistency
from factcheck.rules.al03_slipped import SlippedFigure
from factcheck.rules.ar01_margin import MarginMismatch
from factcheck.rules.ar02_change import ChangeMismatch
from factcheck.rules.ar03_remainder import RemainderMismatch
from factcheck.rules.ar04_parts import PartsMismatch
from factcheck.rules.ar05_share import ShareMismatch
from factcheck.rules.ar06_conversion import ConversionMismatch
from factcheck.rules.ar07_rate import RateMismatch
from factcheck.rules.base import Rule, RuleContext
from factcheck.rules.ct01_counter import CounterMismatch
from factcheck.rules.ct02_listed import ListedCount
from factcheck.rules.ct03_named import NamedCount
from factcheck.rules.id01_identifier_event import IdentifierEventMismatch
from factcheck.rules.id02_identifier_sequence import IdentifierSequence
from factcheck.rules.id03_identifier_topic import IdentifierTopicMismatch
from factcheck.rules.id04_identifier_variant import IdentifierVariant
from factcheck.rules.lg01_ledger_contradiction import LedgerContradiction
from factcheck.rules.ta01_elapsed_time import ElapsedTime
from factcheck.rules.ta02_weekday import WeekdayMismatch
from factcheck.rules.ta03_tenure import TenureMismatch
from factcheck.rules.ta04_age import AgeMismatch
from factcheck.rules.ta05_restated_time import RestatedTime
from factcheck.rules.vc01_value_conflict import ValueConflict

__all__ = ["Rule", "RuleContext", "registry", "select", "rules_doc", "RULES"]

RULES: tuple[type[Rule], ...] = tuple(sorted(
    (AlignedConflict, InternalInconsistency, SlippedFigure, MarginMismatch, ChangeMismatch, RemainderMismatch,
     PartsMismatch, ShareMismatch, ConversionMismatch, RateMismatch,
     CounterMismatch, ListedCount, NamedCount, IdentifierEventMismatch,
     IdentifierSequence, IdentifierTopicMismatch, IdentifierVariant, LedgerContradiction,
     ElapsedTime, WeekdayMismatch, TenureMismatch, AgeMismatch, RestatedTime, ValueConflict),
    key=lambda r: r.code,
))


def registry() -> tuple[type[Rule], ...]:
    """Every rule class, in code order."""
    return RULES


def select(names: Sequence[str] | None = None, exclude: Sequence[str] = ()) -> list[type[Rule]]:
    """Rules chosen by code, alias or name prefix; all when ``names`` is empty.

    Raises ``ValueError`` for a name that matches no rule (a usage error).
    """
    def matches(rule: type[Rule], name: str) -> bool:
        n = name.strip()
        return (n.upper() in (rule.code, *rule.aliases) or rule.code.startswith(n.upper())
                or rule.name == n or rule.name.startswith(n.rstrip(".") + "."))

    for n in [*(names or ()), *exclude]:
        if not any(matches(r, n) for r in RULES):
            raise ValueError(f"unknown rule {n!r}; see `factcheck rules`")
    chosen = [r for r in RULES if not names or any(matches(r, n) for n in names)]
    return [r for r in chosen if not any(matches(r, n) for n in exclude)]


def rules_doc(rules: Iterable[type[Rule]] | None = None) -> str:
    """The Markdown rule reference, generated from the rule docstrings."""
    out = ["# factcheck rules", "",
           "Generated from the rule docstrings (`factcheck rules`); do not edit by hand.", "",
           "| Code | Name | Severity | Rationale |", "| --- | --- | --- | --- |"]
    rules = list(rules if rules is not None else RULES)
    for r in rules:
        out.append(f"| {r.code} | `{r.name}` | {r.severity.value} | {r.rationale()} |")
    for r in rules:
        body = r.doc().split("\n", 1)
        out += ["", f"## {r.code} `{r.name}` ({r.severity.value})", "", body[0]]
        if len(body) > 1:
            out += ["", body[1].strip()]
    return "\n".join(out) + "\n"
