"""Extraction over many documents: in order, optionally in parallel, with progress."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from factcheck.extract import extract_document
from factcheck.models import Claim, Document


def extract_all(documents: Sequence[Document], jobs: int = 1,
                progress: bool | None = None) -> list[list[Claim]]:
    """Claims of each document, in the documents' order (deterministic for any ``jobs``).

    A progress bar goes to standard error when it is a terminal (or ``progress=True``).
    """
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(len(documents), sum(len(d.text) for d in documents)) if show else None
    results: list[list[Claim]] = []
    if jobs <= 1 or len(documents) < 2:
        for document in documents:
            results.append(extract_document(document))
            if bar:
                bar.advance(len(document.text))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for document, claims in zip(documents, pool.map(extract_document, documents, chunksize=4)):
                results.append(claims)
                if bar:
                    bar.advance(len(document.text))
    if bar:
        bar.close()
    return results


class _Progress:
    def __init__(self, total_docs: int, total_chars: int) -> None:
        self.total_docs, self.total_chars = total_docs, max(total_chars, 1)
        self.docs = self.chars = 0

    def advance(self, chars: int) -> None:
        self.docs += 1
        self.chars += chars
        filled = int(30 * self.chars / self.total_chars)
        sys.stderr.write(f"\rextracting [{'#' * filled}{'.' * (30 - filled)}] "
                         f"{self.docs}/{self.total_docs} documents")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()
