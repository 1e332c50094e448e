"""JSON Schemas of factcheck's public output, written to docs/ (a test keeps them current).

    python -m factcheck.schema claim  > docs/claim.schema.json    # extract records
    python -m factcheck.schema report > docs/report.schema.json   # check --format json
"""
from __future__ import annotations

import json
import sys
from typing import Any

from factcheck.models import SCHEMA_VERSION, ClaimRecord


def claim_record_schema() -> dict[str, Any]:
    schema = ClaimRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$comment"] = f"factcheck claim record, schema_version {SCHEMA_VERSION}"
    return schema


def report_schema() -> dict[str, Any]:
    from factcheck.report.json import REPORT_SCHEMA

    return REPORT_SCHEMA


SCHEMAS = {"claim": claim_record_schema, "report": report_schema}


def render(name: str) -> str:
    return json.dumps(SCHEMAS[name](), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover
    which = sys.argv[1] if len(sys.argv) > 1 else "claim"
    if which not in SCHEMAS:
        sys.exit(f"usage: python -m factcheck.schema {{{'|'.join(SCHEMAS)}}}")
    sys.stdout.write(render(which))
