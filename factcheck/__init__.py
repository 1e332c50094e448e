"""factcheck: extract numeric and factual claims from news and cross-check them.

>>> from factcheck import extract
>>> [c.normalized for c in extract("It was adopted on 5 August 2017.")]
[{'start': '2017-08-05', 'end': '2017-08-05'}]

The functions below are imported on first use, so that ``factcheck --version`` and the
command line's help do not load the extractors.
"""
from __future__ import annotations

import sys
import types
from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "coverage", "extract", "extract_document", "load_documents"]

_LAZY = {"coverage": "factcheck.extract", "extract": "factcheck.extract",
         "extract_document": "factcheck.extract", "load_documents": "factcheck.ingest"}


class _Package(types.ModuleType):
    """`factcheck.extract` is the function, although `factcheck.extract` is also the
    extraction subpackage: importing the subpackage binds it here, and the function wins."""

    @property
    def extract(self) -> Any:
        from factcheck.extract import extract

        return extract

    @extract.setter
    def extract(self, value: Any) -> None:
        pass  # the import system binding the subpackage: keep the function


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package
