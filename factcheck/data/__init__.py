"""Data tables shipped with factcheck (patterns, units, identifier schemes)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """Load a YAML data file by path relative to factcheck/data (cached)."""
    return yaml.safe_load(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def read_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
