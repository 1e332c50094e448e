"""Per-document work over many documents: in order, on every core, with progress.

``extract_all`` extracts (``factcheck extract``); ``prepare_all`` extracts and links each
document and reads what near-duplicate and story grouping need from it (``factcheck
check``). Both give the same result for any number of jobs, and both isolate failures: an
exception while processing one document becomes an ``InputError`` naming that document's
file and the reason, and the other documents are still processed.

``fork_map`` shares a corpus-wide step (near-duplicate candidates, alignment by story, the
rules) with processes forked from this one, which see the corpus without it being sent;
``holding_corpus`` keeps the garbage collector from walking a held corpus again and again.
"""
from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
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


def _init_pool_worker(func: Callable[..., Any], args: tuple[Any, ...], step: str,
                      thresholds: tuple[int, int, int]) -> None:
    _init_worker(func, args, step)
    gc.set_threshold(*thresholds)  # a worker holds no corpus: the usual collector


def _guarded(document: Document) -> Any:
    func, args, step = _WORKER["call"]
    try:
        return func(document, *args)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the run
        return failure(document, step, exc)


def _guarded_chunk(documents: Sequence[Document]) -> list[Any]:
    return [_guarded(d) for d in documents]


@contextmanager
def holding_corpus() -> Iterator[None]:
    """Pause the garbage collector's full passes while a corpus is held in memory.

    A full pass walks every live object, and it runs each time the objects that survived
    the younger passes grow by a quarter: with every document's claims, links and frames
    alive that is most of the heap, again and again (about 4 CPU seconds at 3,000
    documents, half the work `check` does outside the per-document step). The young
    generations are still collected, so what one document's processing leaves behind
    is freed as before; only cycles that outlive two young passes wait for the end.
    """
    before = gc.get_threshold()
    gc.set_threshold(before[0], before[1], _NEVER)
    try:
        yield
    finally:
        gc.set_threshold(*before)


_NEVER = 1 << 30  # young passes before a full one: never, within one run


@contextmanager
def prompt_results() -> Iterator[None]:
    """Let the thread that receives the other processes' results run soon after they
    arrive while this process works on its own share.

    That thread reads a result from a pipe (64 KiB at a time) and needs the interpreter
    lock for each read; this process's own work holds the lock for the switch interval
    (5 ms) before it yields, so a 16-document result of about 250 KiB waited some 20 ms,
    during which the worker that sent it could not go on (1.8 of its 16 s at 3,000
    documents, measured). A shorter interval while results come in cuts that wait by half.
    """
    before = sys.getswitchinterval()
    sys.setswitchinterval(_PROMPT_SWITCH)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


_PROMPT_SWITCH = 0.0005  # seconds


def map_documents(func: Callable[..., T], documents: Sequence[Document], args: tuple[Any, ...] = (),
                  jobs: int | str = 1, progress: bool | None = None, step: str = "extraction"
                  ) -> Iterator[tuple[Document, T | InputError]]:
    """``func(document, *args)`` for each document, in order, on ``jobs`` processes;
    a document whose call raised gives its ``InputError`` instead.

    With ``jobs`` N above 1, N - 1 worker processes and this one share the documents in
    chunks: this process works on the next chunk whenever the workers have enough ahead
    of them, so its own share is never pickled and sent, and one process fewer warms its
    caches."""
    n = resolve_jobs(jobs, documents)
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(step, len(documents), sum(len(d.text) for d in documents)) if show else None
    _init_worker(func, args, step)
    try:
        if n <= 1 or len(documents) < 2:
            values: Iterator[Any] = (_guarded(d) for d in documents)
        else:
            values = _shared(documents, n, (func, args, step))
        for document, value in zip(documents, values):
            if bar:
                bar.advance(len(document.text))
            yield document, value
    finally:
        _WORKER.clear()
        if bar:
            bar.close()


def _shared(documents: Sequence[Document], n: int, call: tuple[Any, ...]) -> Iterator[Any]:
    """The values of ``documents`` in order, from n - 1 worker processes and this one.

    This process does the first chunk before it forks the workers, so they start with
    its warm caches (the extractors' lazy imports, compiled patterns, tables: about 0.6
    CPU s that each process would otherwise pay for its first document)."""
    size = max(1, min(16, len(documents) // (n * 8)))
    chunks = [documents[i:i + size] for i in range(0, len(documents), size)]
    ahead = 2 * (n - 1)  # chunks queued per worker process, at most
    running: dict[int, Future[list[Any]]] = {}
    here: dict[int, list[Any]] = {0: _guarded_chunk(chunks[0])}
    nxt = 1
    with prompt_results(), ProcessPoolExecutor(max_workers=n - 1, initializer=_init_pool_worker,
                                               initargs=(*call, gc.get_threshold())) as pool:
        for i in range(len(chunks)):
            while i not in here and not (i in running and running[i].done()):
                while nxt < len(chunks) and sum(not f.done() for f in running.values()) < ahead:
                    running[nxt] = pool.submit(_guarded_chunk, chunks[nxt])
                    nxt += 1
                if nxt < len(chunks):  # the workers are busy enough: take the next chunk
                    here[nxt] = _guarded_chunk(chunks[nxt])
                    nxt += 1
                elif i in running:
                    wait([running[i]])
            yield from here.pop(i) if i in here else running.pop(i).result()


_FORKED: list[Callable[[Any], Any]] = []


def _run_forked(share: Any) -> Any:
    return _FORKED[0](share)


def fork_map(func: Callable[[Any], T], shares: Sequence[Any], jobs: int) -> list[T]:
    """``[func(share) for share in shares]``, the first share in this process and the
    others in ``jobs`` - 1 processes forked from it, which take them in order; when this
    process is done with the first, it takes back the last shares that no forked process
    has started (so with more shares than processes, none waits long for another).

    For the corpus-wide steps after the per-document one: a forked process sees this
    process's memory as it is (the corpus, the indexes built so far) without any of it
    being sent, so only the shares and their results cross. Where processes cannot be
    forked, or with one job, everything runs here; the results are the same."""
    import multiprocessing

    if jobs <= 1 or len(shares) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [func(share) for share in shares]
    _FORKED[:] = [func]
    try:
        with prompt_results(), \
                ProcessPoolExecutor(max_workers=min(jobs, len(shares)) - 1,
                                    mp_context=multiprocessing.get_context("fork")) as pool:
            rest = [pool.submit(_run_forked, share) for share in shares[1:]]
            here = {0: func(shares[0])}
            for i in range(len(shares) - 1, 0, -1):
                if not rest[i - 1].cancel():  # started (or queued for a process): so are
                    break                       # the ones before it
                here[i] = func(shares[i])
            return [here[i] if i in here else rest[i - 1].result() for i in range(len(shares))]
    finally:
        _FORKED.clear()


def balanced(costs: Mapping[str, int], n: int) -> list[list[str]]:
    """The keys of ``costs`` in ``n`` shares of about equal total cost (largest first,
    each to the lightest share), each share in sorted order: deterministic."""
    shares: list[list[str]] = [[] for _ in range(max(n, 1))]
    load = [0] * len(shares)
    for key in sorted(costs, key=lambda k: (-costs[k], k)):
        i = load.index(min(load))
        shares[i].append(key)
        load[i] += costs[key]
    return [sorted(s) for s in shares if s]


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
