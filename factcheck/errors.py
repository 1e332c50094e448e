"""Errors and exit codes. Every error keeps its fields and pickles (parallel extraction)."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # usage or input error


class FactcheckError(Exception):
    """Root of factcheck's errors."""


class InputError(FactcheckError):
    """Bad input: says what is wrong, where (path, line, column) and how to fix it."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __reduce__(self):  # keep fields across processes
        return (type(self), (self.message, self.path, self.line, self.column))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"
