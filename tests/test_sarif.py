"""SARIF 2.1.0 output validates against the official OASIS schema and is deterministic."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.baseline import FINGERPRINT_KEY, Notice, fingerprint
from factcheck.models import Claim, DateValue, Evidence, Finding, IdentifierValue, Severity
from factcheck.report.sarif import MAX_RESULTS, rule_descriptor, to_sarif

# The OASIS schema is vendored in tests/data (licence and origin: tests/data/NOTICE.md).
# Set FACTCHECK_SARIF_SCHEMA to validate against another copy.
_SCHEMA_CANDIDATES = [Path(__file__).resolve().parent / "data" / "sarif-2.1.0.json"]


def _schema() -> dict:
    import os

    env = os.environ.get("FACTCHECK_SARIF_SCHEMA")
    for p in ([Path(env)] if env else []) + _SCHEMA_CANDIDATES:
        if p.is_file():
            return json.loads(p.read_text(encoding="utf-8"))
    pytest.fail("SARIF 2.1.0 schema missing from tests/data/")


def _claim(doc: str, text: str, line: int, value) -> Claim:
    return Claim(doc=doc, path=f"seeds/{doc}.txt", text=text, start=0, end=len(text),
                 line=line, column=7, sentence=f"... {text} ...", value=value)


def findings() -> list[Finding]:
    a = _claim("002", "Resolution 2325", 12, IdentifierValue(scheme="UNSCR", id="2325"))
    b = _claim("001", "4 July", 3, DateValue(start="2017-07-04", end="2017-07-04"))
    c = _claim("000", "5 July", 8, DateValue(start="2017-07-05", end="2017-07-05"))
    return [
        Finding(rule="ID01", name="identifier.event_mismatch", severity=Severity.error,
                message="Resolution 2325 was adopted on 15 December 2016, not this week.",
                key="unscr-2325 · adopted", claims=(a,), expected="UNSCR 2375",
                suggestion="Resolution 2375",
                evidence=(Evidence(summary="ledger unscr-2375.adopted", source="UN SC/12983",
                                   path="claims/unsc-dprk-resolutions.yaml", line=300),)),
        Finding(rule="VC01", name="value.conflict", severity=Severity.warning,
                message="launch date differs", key="launch · occurred", claims=(b, c)),
        Finding(rule="TA01", name="temporal.arithmetic", severity=Severity.info,
                message="possible", claims=()),
    ]


def sarif(**kw) -> dict:
    rules = [rule_descriptor("ID01", "identifier.event_mismatch", "error",
                             "The identifier cited for an event is not the event's.\n\n*Bad*: x")]
    return to_sarif(findings(), version="0.1.0", rules=rules, **kw)


def test_validates_against_official_schema():
    schema = _schema()
    log = sarif(notices=[Notice("factcheck-baseline.yaml", 4, "stale baseline entry")],
                suppressed=[(findings()[1].model_copy(update={"rule": "VC02"}), "baseline",
                             "reviewed")])
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_invalid_sarif_is_caught_by_the_schema():
    schema = _schema()
    log = sarif()
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not jsonschema.validators.validator_for(schema)(schema).is_valid(log)


def test_results_carry_locations_rules_and_content_fingerprints():
    log = sarif()
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["ID01", "TA01", "VC01"]
    first = next(r for r in run["results"] if r["ruleId"] == "ID01")
    assert rules[first["ruleIndex"]]["id"] == "ID01"
    assert first["level"] == "error"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 12, "startColumn": 7, "endColumn": 22,
                      "snippet": {"text": "Resolution 2325"}}
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "seeds/002.txt"
    assert first["partialFingerprints"] == {FINGERPRINT_KEY: fingerprint(findings()[0])}
    assert "Suggested: Resolution 2375" in first["message"]["text"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {"ID01": "error", "VC01": "warning", "TA01": "note"}
    vc = next(r for r in run["results"] if r["ruleId"] == "VC01")
    assert len(vc["relatedLocations"]) == 1


def test_fingerprint_survives_line_moves():
    moved = [f.model_copy(update={"claims": tuple(c.model_copy(update={"line": c.line + 10})
                                                 for c in f.claims)}) for f in findings()]
    fp = [r["partialFingerprints"] for r in sarif()["runs"][0]["results"]]
    fp2 = [r["partialFingerprints"] for r in
           to_sarif(moved, version="0.1.0")["runs"][0]["results"]]
    assert sorted(map(str, fp)) == sorted(map(str, fp2))


def test_suppressed_results_are_marked_and_output_is_deterministic():
    hidden = findings()[0].model_copy(update={"rule": "ID02"})
    log = sarif(suppressed=[(hidden, "baseline", "reviewed 2024")])
    sup = [r for r in log["runs"][0]["results"] if "suppressions" in r]
    assert sup[0]["suppressions"][0]["justification"] == "baseline: reviewed 2024"
    assert json.dumps(log, sort_keys=True) == json.dumps(
        sarif(suppressed=[(hidden, "baseline", "reviewed 2024")]), sort_keys=True)
    assert "time" not in json.dumps(log).lower()


def test_result_cap_adds_notification():
    log = to_sarif(findings(), version="0.1.0", max_results=2)
    run = log["runs"][0]
    assert len(run["results"]) == 2
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert "1 more result" in notes[-1]["message"]["text"]
    assert MAX_RESULTS == 25_000
