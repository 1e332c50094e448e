"""The curated ledger: models, loading, cross-file checks and the generated schema."""
from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml

from factcheck.errors import InputError
from factcheck.ledger import LedgerError, load_ledger, render_schema, validate_ledger
from factcheck.models import DateValue

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"


def test_shipped_ledger_loads() -> None:
    ledger, errors = validate_ledger(CLAIMS)
    assert errors == []
    assert ledger is not None
    date = ledger.date_of("unscr-2375", "adopted")
    assert date is not None and isinstance(date[0], DateValue)
    assert ledger.subject_for_identifier("unscr", "2325").id == "unscr-2325"  # type: ignore[union-attr]


def test_schema_json_is_current() -> None:
    """claims/schema.json is generated from the models; regenerate with
    ``python -c "from factcheck.ledger import write_schema; write_schema('claims')"``."""
    path = CLAIMS / "schema.json"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(render_schema(), encoding="utf-8")
    assert path.read_text(encoding="utf-8") == render_schema(), "claims/schema.json is stale"


def test_every_ledger_file_validates_against_the_schema() -> None:
    schema = json.loads((CLAIMS / "schema.json").read_text(encoding="utf-8"))
    for path in sorted(CLAIMS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


VOCAB = """\
subjects:
  - {id: r1, kind: resolution, name: Resolution 1, identifier: {scheme: UNSCR, id: "1"}}
attributes:
  - {id: adopted, dimension: date, cues: [adopted]}
"""


def test_unknown_key_is_an_error_with_line(tmp_path: Path) -> None:
    _write(tmp_path, "vocabulary.yaml", VOCAB + "  - {id: x, dimension: date, colour: red}\n")
    ledger, errors = validate_ledger(tmp_path)
    assert ledger is None
    assert errors and errors[0].line == 5
    assert "colour" in str(errors[0])


def test_references_must_resolve(tmp_path: Path) -> None:
    _write(tmp_path, "vocabulary.yaml", VOCAB)
    _write(tmp_path, "facts.yaml", """\
facts:
  - id: f1
    subject: r2
    attribute: adopted
    value: {kind: date, start: 2017-01-01, end: 2017-01-01}
    source: {publisher: UN, title: t}
""")
    with pytest.raises(LedgerError) as info:
        load_ledger(tmp_path)
    assert any("unknown subject 'r2'" in str(e) for e in info.value.errors)
    assert isinstance(info.value, InputError)


def test_all_problems_are_collected(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", "facts: [{id: x}]\n")
    _write(tmp_path, "b.yaml", "- not a mapping\n")
    _, errors = validate_ledger(tmp_path)
    assert {Path(e.path).name for e in errors if e.path} == {"a.yaml", "b.yaml"}


def test_duplicate_ids(tmp_path: Path) -> None:
    _write(tmp_path, "vocabulary.yaml", VOCAB)
    _write(tmp_path, "more.yaml", "subjects:\n  - {id: r1, kind: event, name: again}\n")
    _, errors = validate_ledger(tmp_path)
    assert any("duplicate id 'r1'" in str(e) for e in errors)


def test_no_ledger_is_empty_with_builtins() -> None:
    ledger = load_ledger(None)
    assert not ledger.subjects
    assert ledger.scheme("UNSCR") is not None and ledger.scheme("UNSCR").monotone  # type: ignore[union-attr]
    assert "adopted" in ledger.attributes
