"""Fingerprints, the baseline file and suppressions (factcheck/baseline.py)."""
from __future__ import annotations

import pytest

from factcheck.baseline import (
    Baseline,
    Suppression,
    accept,
    apply_baseline,
    apply_suppressions,
    fingerprint,
    parse_baseline,
    prune,
    render_baseline,
)
from factcheck.errors import InputError
from factcheck.models import Claim, Evidence, Finding, IdentifierValue, Severity


def claim(text="2325", line=5, column=30, doc="002", value="2325", sentence=None) -> Claim:
    return Claim(doc=doc, path=f"seeds/{doc}.txt", text=text, start=100, end=100 + len(text),
                 line=line, column=column, sentence=sentence or f"Resolution {text} passed.",
                 value=IdentifierValue(scheme="UNSCR", id=value))


def finding(rule="ID01", line=5, value="2325", doc="002", key="unscr-2325 · adopted",
            message="Resolution 2325 was not adopted this week.") -> Finding:
    return Finding(rule=rule, name="identifier.event_mismatch", severity=Severity.error,
                   message=message, key=key,
                   claims=(claim(text=value, line=line, value=value, doc=doc),),
                   expected="UNSCR 2375", suggestion="Resolution 2375",
                   evidence=(Evidence(summary="ledger", source="UN SC/12983"),))


def test_fingerprint_ignores_lines_columns_paths_and_wording():
    a = finding(line=5)
    b = finding(line=42, message="reworded message")
    assert fingerprint(a) == fingerprint(b)
    assert len(fingerprint(a)) == 32


def test_fingerprint_changes_with_rule_key_value_quote_and_document():
    base = fingerprint(finding())
    assert fingerprint(finding(rule="ID02")) != base
    assert fingerprint(finding(key="unscr-2375 · adopted")) != base
    assert fingerprint(finding(value="2326")) != base
    assert fingerprint(finding(doc="003")) != base


def test_fingerprint_does_not_depend_on_claim_order():
    c1, c2 = claim(doc="a"), claim(doc="b", value="2371", text="2371")
    f1 = Finding(rule="VC01", name="value.conflict", severity=Severity.error, message="m",
                 claims=(c1, c2))
    f2 = f1.model_copy(update={"claims": (c2, c1)})
    assert fingerprint(f1) == fingerprint(f2)


def test_accept_requires_reason_and_roundtrips():
    with pytest.raises(InputError, match="reason"):
        accept(Baseline(), [finding()], "  ")
    b, added = accept(Baseline(path="b.yaml"), [finding(), finding(line=9)], "reviewed by desk")
    assert added == 1  # the same content fingerprint once
    text = render_baseline(b)
    assert "line" not in text.split("findings:")[1]  # never line numbers
    again = parse_baseline(text, "b.yaml")
    assert [e.fingerprint for e in again.entries] == [fingerprint(finding())]
    assert again.entries[0].reason == "reviewed by desk"
    assert render_baseline(again) == text  # deterministic


def test_baseline_hides_accepted_reports_stale_and_new():
    b, _ = accept(Baseline(path="b.yaml"), [finding(), finding(value="1111")], "ok")
    b = parse_baseline(render_baseline(b), "b.yaml")
    new, accepted, stale = apply_baseline([finding(line=99), finding(value="2000")], b)
    assert [f.claims[0].text for f in new] == ["2000"]
    assert len(accepted) == 1
    assert len(stale) == 1 and "stale" in stale[0].message and stale[0].line is not None
    assert "factcheck baseline prune" in stale[0].message


def test_prune_only_shrinks():
    b, _ = accept(Baseline(), [finding(), finding(value="1111")], "ok")
    pruned, removed = prune(b, [finding(), finding(value="9999")])
    assert removed == 1
    assert [e.fingerprint for e in pruned.entries] == [fingerprint(finding())]


@pytest.mark.parametrize("text, message", [
    ("version: 1\nfindings:\n  - fingerprint: abc\n    rule: ID01\n", "reason"),
    ("version: 1\nfindings:\n  - fingerprint: abc\n    rule: ID01\n    reason: x\n    line: 4\n",
     "unknown key 'line'"),
    ("version: 2\nfindings: []\n", "unsupported baseline version"),
    ("version: 1\nfindings: [\n", "malformed YAML"),
])
def test_bad_baseline_files_are_input_errors_with_lines(text, message):
    with pytest.raises(InputError, match=message) as err:
        parse_baseline(text, "b.yaml")
    assert str(err.value).startswith("b.yaml:")


def test_suppressions_need_rule_match_and_unused_are_reported():
    s_used = Suppression(rule="ID01", reason="known wire error", docs=("00*",), path="c.yaml",
                         line=3)
    s_name = Suppression(rule="identifier.event_mismatch", reason="x", key="nope", path="c.yaml",
                         line=5)
    s_quote = Suppression(rule="ID01", reason="x", quote="resolution 9999", path="c.yaml", line=7)
    kept, suppressed, unused = apply_suppressions([finding(), finding(rule="VC01")],
                                                  [s_used, s_name, s_quote])
    assert [f.rule for f in kept] == ["VC01"]
    assert suppressed[0][1] is s_used
    assert [(n.path, n.line) for n in unused] == [("c.yaml", 5), ("c.yaml", 7)]
    assert all("unused suppression" in n.message for n in unused)


def test_suppression_by_quote_and_dotted_name():
    s = Suppression(rule="identifier.event_mismatch", reason="x", quote="RESOLUTION 2325")
    kept, suppressed, unused = apply_suppressions([finding()], [s])
    assert not kept and not unused and suppressed
