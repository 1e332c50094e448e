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


def _index_reachable() -> bool:
    """The package index answers (FACTCHECK_NETWORK=1/0 forces the answer)."""
    forced = os.environ.get("FACTCHECK_NETWORK")
    if forced is not None:
        return forced == "1"
    import socket

    try:
        socket.create_connection(("pypi.org", 443), timeout=3).close()
    except OSError:
        return False
    return True


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    networked = [item for item in items if item.get_closest_marker("network")]
    if networked and not _index_reachable():
        skip = pytest.mark.skip(reason="needs the package index, which cannot be reached")
        for item in networked:
            item.add_marker(skip)
