"""Per-document work over many documents: in order, on every core, with progress.

``extract_all`` extracts (``factcheck extract``); ``prepare_all`` extracts and links each
document and reads what near-duplicate and story grouping need from it (``factcheck
check``). Both give the same result for any number of jobs, and both isolate failures: an
exception while processing one document becomes an ``InputError`` naming that document's
file and the reason, and the other documents are still processed.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from factcheck.errors import InputError
from factcheck.models import Claim, Document

T = TypeVar("T")
AUTO = "auto"
# Below this many characters a process pool costs more than it saves (forking and sending
# the results back take about as long as extracting 200,000 characters): `--jobs auto`
# then runs in this process.
AUTO_MIN_CHARS = 200_000


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def resolve_jobs(jobs: int | str, documents: Sequence[Document]) -> int:
    """The number of processes for ``jobs`` (a number, or ``auto``: every core when the
    input is large enough to gain from them, else 1)."""
    if jobs == AUTO:
        if sum(len(d.text) for d in documents) < AUTO_MIN_CHARS:
            return 1
        return cpu_count()
    return max(int(jobs), 1)


def failure(document: Document, step: str, exc: BaseException) -> InputError:
    """The located error for a document whose processing raised ``exc``."""
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return InputError(f"{step} failed, document skipped ({reason})", document.path or document.id)


_WORKER: dict[str, Any] = {}


def _init_worker(func: Callable[..., Any], args: tuple[Any, ...], step: str) -> None:
    _WORKER["call"] = (func, args, step)


def _guarded(document: Document) -> Any:
    func, args, step = _WORKER["call"]
    try:
        return func(document, *args)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the run
        return failure(document, step, exc)


def map_documents(func: Callable[..., T], documents: Sequence[Document], args: tuple[Any, ...] = (),
                  jobs: int | str = 1, progress: bool | None = None, step: str = "extraction"
                  ) -> Iterator[tuple[Document, T | InputError]]:
    """``func(document, *args)`` for each document, in order, on ``jobs`` processes;
    a document whose call raised gives its ``InputError`` instead."""
    n = resolve_jobs(jobs, documents)
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(step, len(documents), sum(len(d.text) for d in documents)) if show else None
    _init_worker(func, args, step)
    try:
        if n <= 1 or len(documents) < 2:
            for document in documents:
                value = _guarded(document)
                if bar:
                    bar.advance(len(document.text))
                yield document, value
        else:
            chunk = max(1, min(16, len(documents) // (n * 8)))
            with ProcessPoolExecutor(max_workers=n, initializer=_init_worker,
                                     initargs=(func, args, step)) as pool:
                for document, value in zip(documents, pool.map(_guarded, documents,
                                                               chunksize=chunk)):
                    if bar:
                        bar.advance(len(document.text))
                    yield document, value
    finally:
        _WORKER.clear()
        if bar:
            bar.close()


def extract_all(documents: Sequence[Document], jobs: int | str = 1,
                progress: bool | None = None,
                errors: list[InputError] | None = None) -> list[list[Claim]]:
    """Claims of each document, in the documents' order (deterministic for any ``jobs``).

    A document whose extraction raised has no claims, and its ``InputError`` is appended
    to ``errors``. A progress bar goes to standard error when it is a terminal (or
    ``progress=True``).
    """
    from factcheck.extract import extract_document

    out: list[list[Claim]] = []
    for _, value in map_documents(extract_document, documents, (), jobs, progress):
        if isinstance(value, InputError):
            if errors is not None:
                errors.append(value)
            out.append([])
        else:
            out.append(value)
    return out


def prepare_all(documents: Sequence[Document], ledger: Any, jobs: int | str = 1,
                progress: bool | None = None
                ) -> tuple[list[Document], dict[str, Any], list[InputError]]:
    """Extract and link every document (``factcheck.check.prepare_document``) on ``jobs``
    processes: the documents that went through, their ``Prepared`` by id, and an
    ``InputError`` for each document that failed (left out of the check)."""
    from factcheck.check import prepare_document

    kept: list[Document] = []
    prepared: dict[str, Any] = {}
    errors: list[InputError] = []
    for document, value in map_documents(prepare_document, documents, (ledger,), jobs, progress,
                                         step="extraction or linking"):
        if isinstance(value, InputError):
            errors.append(value)
        else:
            kept.append(document)
            prepared[document.id] = value
    return kept, prepared, errors


class _Progress:
    def __init__(self, step: str, total_docs: int, total_chars: int) -> None:
        self.label = "extracting" if step == "extraction" else "checking"
        self.total_docs, self.total_chars = total_docs, max(total_chars, 1)
        self.docs = self.chars = 0

    def advance(self, chars: int) -> None:
        self.docs += 1
        self.chars += chars
        filled = int(30 * self.chars / self.total_chars)
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] "
                         f"{self.docs}/{self.total_docs} documents")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()
