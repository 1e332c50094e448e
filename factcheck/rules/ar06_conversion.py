"""AR06 arithmetic.conversion — a measurement restated in other units disagrees with itself."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import Claim, Finding, QuantityValue, Severity
from factcheck.normalize.intervals import conflict
from factcheck.rules.ar01_margin import texts_and_claims
from factcheck.rules.base import Rule, RuleContext, _canonical_map, claim_evidence, value_interval

# between a measurement and its restatement: a bracket, ", or", "or", a dash or a slash
_RESTATED = re.compile(r"\s*(?:\(|,\s*or\s+|\s+or\s+|[—–]|\s-\s|/)\s*")


def _measure(c: Claim) -> QuantityValue | None:
    v = c.value
    if c.kind != "quantity" or not isinstance(v, QuantityValue) or v.magnitude is None \
            or c.unresolved or v.unit in ("dimensionless", "year") or c.qualifier.value == "range":
        return None
    return v


class ConversionMismatch(Rule):
    """A measurement restated in other units disagrees with itself.

    *Bad*: "The river crested at 4.2 metres, or roughly 19 feet" (4.2 m is 13.8 ft); "a
    120-metre (900-foot) tower" (394 ft).

    *Why*: a quantity followed at once by the same quantity in another unit ("X (Y)", "X,
    or Y", "X — Y") states one measurement twice. Each side keeps the precision it is
    written with (trailing zeros are rounding: "900 feet" is 850 to 950) and its
    qualifier ("roughly", "about" widen it), so only a conversion that no rounding explains
    is reported. Money in two currencies is not compared (the rate is not stated).

    *Fix*: redo the conversion from the figure the source gives.
    """

    code = "AR06"
    name = "arithmetic.conversion"
    severity = Severity.error

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for doc, text, claims in texts_and_claims(ctx):
            ordered = sorted(claims, key=lambda c: (c.start, c.end))
            for a, b in zip(ordered, ordered[1:]):
                va, vb = _measure(a), _measure(b)
                if va is None or vb is None or va.unit == vb.unit \
                        or not _RESTATED.fullmatch(text, a.end, b.start):
                    continue
                ia = value_interval(va, a.qualifier)
                ib = value_interval(vb, b.qualifier)
                if ia is None or ib is None or ia.unit != ib.unit or not conflict(ia, ib):
                    continue
                yield self.finding(
                    self.severity,
                    f"{doc} line {a.line} restates {a.text!r} as {b.text!r}, but the two do not "
                    f"convert: {a.text} is {_in(va, vb.unit, b.text)}.",
                    key=f"conversion · {doc} line {a.line}", claims=(a, b),
                    expected=_in(va, vb.unit, b.text), evidence=(claim_evidence(a), claim_evidence(b)),
                )


_FIGURE = re.compile(r"^\D*?[\d][\d.,]*\s*-?\s*")


def _in(v: QuantityValue, unit: str, written: str) -> str:
    """``v`` in ``unit``, to three significant figures, named as the restatement names it
    ("13.8 feet")."""
    # both units were read when the claims' intervals were: neither map is None here
    fa, oa, _ = _canonical_map(v.unit)  # type: ignore[misc]
    fb, ob, _ = _canonical_map(unit)  # type: ignore[misc]
    x = (float(v.magnitude) * fa + oa - ob) / fb  # type: ignore[arg-type]
    word = _FIGURE.sub("", written).strip() or unit
    return f"{x:.3g} {word}"
