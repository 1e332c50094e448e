"""JSON report: a stable, versioned schema (``REPORT_SCHEMA``, bump ``VERSION`` on change).

Shape::

    {"version": "1.0",
     "findings": [{"rule", "name", "severity", "message", "key",
                   "claims": [{"doc", "path", "line", "column", "start", "end", "text",
                               "normalized", "kind"}],
                   "expected", "suggestion",
                   "evidence": [{"summary", "source", "doc", "path", "line", "quote"}]}],
     "summary": {"documents", "claims", "linked", "findings": {"error", "warning", "info"},
                 "rules": [codes]},
     "coverage": [{"doc", "path", "published", "extracted", "linked", "unresolved": {reason: n}}],
     "errors": [{"path", "line", "message"}]}

Findings are in the report's deterministic order (severity, document, line, rule).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.models import Claim, Finding

if TYPE_CHECKING:
    from factcheck.models import CheckResult

__all__ = ["VERSION", "REPORT_SCHEMA", "report_data", "render_json"]

VERSION = "1.0"

_NULLABLE_STR = {"type": ["string", "null"]}
_NULLABLE_INT = {"type": ["integer", "null"]}
REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "factcheck check report",
    "type": "object",
    "required": ["version", "findings", "summary", "coverage", "errors"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": VERSION},
        "findings": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["rule", "name", "severity", "message", "key", "claims", "expected",
                         "suggestion", "evidence"],
            "properties": {
                "rule": {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}$"},
                "name": {"type": "string"},
                "severity": {"enum": ["error", "warning", "info"]},
                "message": {"type": "string"},
                "key": _NULLABLE_STR,
                "claims": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False,
                    "required": ["doc", "path", "line", "column", "start", "end", "text",
                                 "normalized", "kind"],
                    "properties": {
                        "doc": {"type": "string"}, "path": _NULLABLE_STR,
                        "line": {"type": "integer", "minimum": 1},
                        "column": {"type": "integer", "minimum": 1},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "text": {"type": "string"}, "normalized": {"type": "object"},
                        "kind": {"type": "string"},
                    }}},
                "expected": _NULLABLE_STR,
                "suggestion": _NULLABLE_STR,
                "evidence": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False,
                    "required": ["summary", "source", "doc", "path", "line", "quote"],
                    "properties": {"summary": {"type": "string"}, "source": _NULLABLE_STR,
                                   "doc": _NULLABLE_STR, "path": _NULLABLE_STR,
                                   "line": _NULLABLE_INT, "quote": _NULLABLE_STR}}},
            }}},
        "summary": {"type": "object", "additionalProperties": False,
                    "required": ["documents", "claims", "linked", "findings", "rules"],
                    "properties": {
                        "documents": {"type": "integer"}, "claims": {"type": "integer"},
                        "linked": {"type": "integer"},
                        "findings": {"type": "object", "additionalProperties": False,
                                     "required": ["error", "warning", "info"],
                                     "properties": {s: {"type": "integer"}
                                                    for s in ("error", "warning", "info")}},
                        "rules": {"type": "array", "items": {"type": "string"}}}},
        "coverage": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["doc", "path", "published", "extracted", "linked", "unresolved"],
            "properties": {"doc": {"type": "string"}, "path": _NULLABLE_STR,
                           "published": _NULLABLE_STR, "extracted": {"type": "integer"},
                           "linked": {"type": "integer"},
                           "unresolved": {"type": "object",
                                          "additionalProperties": {"type": "integer"}}}}},
        "errors": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["path", "line", "message"],
            "properties": {"path": _NULLABLE_STR, "line": _NULLABLE_INT,
                           "message": {"type": "string"}}}},
    },
}


def _claim(c: Claim) -> dict[str, Any]:
    return {"doc": c.doc, "path": c.path, "line": c.line, "column": c.column, "start": c.start,
            "end": c.end, "text": c.text, "normalized": c.normalized, "kind": c.kind}


def finding_data(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule, "name": f.name, "severity": f.severity.value, "message": f.message,
        "key": f.key, "claims": [_claim(c) for c in f.claims], "expected": f.expected,
        "suggestion": f.suggestion,
        "evidence": [e.model_dump(mode="json") for e in f.evidence],
    }


def report_data(result: CheckResult) -> dict[str, Any]:
    cov = result.coverage()
    return {
        "version": VERSION,
        "findings": [finding_data(f) for f in result.findings],
        "summary": {
            "documents": len(result.documents),
            "claims": sum(c.extracted for c in cov),
            "linked": sum(c.linked for c in cov),
            "findings": result.counts(),
            "rules": list(result.rules),
        },
        "coverage": [{"doc": c.doc, "path": c.path, "published": c.published,
                      "extracted": c.extracted, "linked": c.linked, "unresolved": c.unresolved}
                     for c in cov],
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in result.errors],
    }


def render_json(result: CheckResult) -> str:
    from factcheck.output import strict_json

    return strict_json(report_data(result), indent=2) + "\n"
