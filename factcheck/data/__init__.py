"""Data tables shipped with factcheck (patterns, units, identifier schemes)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """Load a YAML data file by path relative to factcheck/data (cached), through the one
    YAML loader of the project: a duplicate key is an error, not a silent overwrite."""
    from factcheck.inputs import load_yaml as parse

    return parse(read_text(name), f"factcheck/data/{name}").data


def read_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
