"""Shared pytest configuration.

`python -m pytest --update-golden` rewrites the golden files (reports/seeds.md,
tests/golden/*) from the current code instead of comparing against them; review the
diff before committing. The tests read the FACTCHECK_UPDATE_GOLDEN variable it sets.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import settings

# Deterministic, bounded property runs: CI must not flake on a slow machine.
settings.register_profile("default", deadline=None, derandomize=True)
settings.load_profile("default")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite golden files from the current output instead of comparing")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--update-golden"):
        os.environ["FACTCHECK_UPDATE_GOLDEN"] = "1"
