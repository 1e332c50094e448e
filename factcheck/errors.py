"""Errors and exit codes. Every error keeps its fields and pickles (parallel extraction)."""
from __future__ import annotations

import re
from enum import IntEnum

_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def one_line(text: object) -> str:
    """Whitespace runs (newlines included) as one space, other control characters as
    escapes (``\\x1b``): a file name or value can never start a new line of output, where
    CI runners look for commands."""
    flat = " ".join(str(text).split())
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), flat)


class ExitCode(IntEnum):
    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # usage or input error


class FactcheckError(Exception):
    """Root of factcheck's errors."""


class MissingDependency(FactcheckError, ImportError):
    """A core dependency is not installed: says which and how to install it. Raised when
    the module that needs it is imported, so a run fails at once rather than extracting
    part of what it should."""


def require(module: str, why: str) -> None:
    """Raise MissingDependency when core dependency ``module`` is not installed (without
    importing it: the modules that use it import it on first use, for start-up time)."""
    from importlib.util import find_spec

    try:
        found = find_spec(module) is not None
    except ImportError:  # a finder that refuses it (a broken or blocked install)
        found = False
    if not found:
        raise MissingDependency(f"factcheck needs {module} ({why}); install the project with: "
                                f"pip install -e .")


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
        return one_line(f"{where}: {self.message}")
