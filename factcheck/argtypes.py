"""Argument types shared by the command-line modules (cli.py, commands.py)."""
from __future__ import annotations

import argparse
import datetime as dt

__all__ = ["_date", "file_size"]


def _date(value: str) -> dt.date:
    from factcheck.inputs import iso_day

    try:
        return iso_day(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM+HH:MM): {value!r}") from None


def file_size(value: str) -> int:
    """'50M', '200k', '1G' or a number of bytes."""
    scale = {"k": 10**3, "m": 10**6, "g": 10**9}.get(value[-1:].lower(), 1)
    try:
        size = int(float(value[:-1] if scale > 1 else value) * scale)
    except (ValueError, OverflowError):
        size = 0
    if size < 1:
        raise argparse.ArgumentTypeError(f"not a size in bytes (e.g. 50M, 200k): {value!r}")
    return size
