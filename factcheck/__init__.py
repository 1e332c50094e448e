"""factcheck: extract numeric and factual claims from news and cross-check them.

>>> from factcheck import extract
>>> [c.normalized for c in extract("It was adopted on 5 August 2017.")]
[{'start': '2017-08-05', 'end': '2017-08-05'}]
"""
from __future__ import annotations

__version__ = "0.1.0"

# Bound after the subpackage import, so `factcheck.extract` is the function while the
# package stays importable as `factcheck.extract.*`.
from factcheck.extract import coverage, extract, extract_document  # noqa: E402
from factcheck.ingest import load_documents  # noqa: E402

__all__ = ["__version__", "coverage", "extract", "extract_document", "load_documents"]
