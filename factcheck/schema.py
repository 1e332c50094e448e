"""JSON Schemas of factcheck's public output, generated from the pydantic models.

    python -m factcheck.schema > docs/claim.schema.json
"""
from __future__ import annotations

import json
from typing import Any

from factcheck.models import SCHEMA_VERSION, ClaimRecord


def claim_record_schema() -> dict[str, Any]:
    schema = ClaimRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$comment"] = f"factcheck claim record, schema_version {SCHEMA_VERSION}"
    return schema


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(claim_record_schema(), indent=2, sort_keys=True))
