"""``factcheck check --engine dask``: the check pipeline on a Dask cluster.

The documents are loaded on the client and partitioned into a ``dask.bag``:

1. map — each document is extracted and linked, and its shingle fingerprint and names are
   read (``factcheck.check.prepare_document``, the function every engine runs); a
   document that fails gives its located ``InputError``, as on one machine.
2. shuffles — near-duplicate candidates: shingle postings grouped by shingle (document
   frequency), each document's prefix of rarest shingles grouped by document, prefixes
   joined with postings by shingle (``factcheck.groups.copy_candidates``, distributed).
   Story candidates: documents grouped by name, pairs within STORY_DAYS in each group.
3. client — candidates verified exactly (``verified_copies``, ``same_story``), the
   groups formed, the rules run and the report assembled (``factcheck.check.assemble``).

The result is the one ``factcheck check`` gives on one machine, byte for byte. Dask is an
optional dependency (``pip install 'factcheck[dask]'``), imported only here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from typing import Any

from factcheck.errors import FactcheckError, InputError
from factcheck.groups import (
    STORY_DAYS,
    components,
    needed_overlap,
    same_story,
    verified_copies,
)
from factcheck.models import Document

MISSING = "--engine dask needs Dask and distributed: pip install 'factcheck[dask]'"


def _dask() -> Any:
    try:
        import dask.bag
        import distributed
    except ImportError:
        raise FactcheckError(MISSING) from None
    return dask.bag, distributed


@contextmanager
def client(scheduler: str | None = None) -> Any:
    """A client of the cluster at ``scheduler``, or of a local cluster of one worker
    process per core (threads would share one interpreter lock: extraction is Python)."""
    _, distributed = _dask()
    if scheduler:
        with distributed.Client(scheduler) as c:
            yield c
        return
    from factcheck.parallel import cpu_count

    with distributed.LocalCluster(n_workers=cpu_count(), threads_per_worker=1,
                                  processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


# --------------------------------------------------------------------------- map step


def _prepare(document: Document, ledger: Any) -> tuple[str, Any]:
    from factcheck.check import prepare_document
    from factcheck.parallel import failure

    try:
        return document.id, prepare_document(document, ledger)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the run
        return document.id, failure(document, "extraction or linking", exc)


# --------------------------------------------------------------------------- shuffles


def _postings(item: tuple[int, list[tuple[int, tuple[str, int]]]]) -> list[tuple[str, tuple[int, int, int]]]:
    """One shingle's postings -> (document, (document frequency, shingle, size))."""
    h, members = item
    return [(doc, (len(members), h, size)) for _, (doc, size) in members]


def _prefix(item: tuple[str, list[tuple[str, tuple[int, int, int]]]]
            ) -> list[tuple[int, tuple[str, str, int]]]:
    """One document's ranked shingles -> its prefix entries (shingle, ('p', doc, size))."""
    doc, ranked = item
    size = ranked[0][1][2]
    k = needed_overlap(size)
    if k > size:
        return []
    order = sorted((df, h) for _, (df, h, _) in ranked)
    return [(h, ("p", doc, size)) for _, h in order[:size - k + 1]]


def _copy_pairs(item: tuple[int, list[tuple[int, tuple[str, str, int]]]]) -> list[tuple[str, str]]:
    """One shingle's prefix entries and postings -> candidate pairs (smaller doc first)."""
    _, entries = item
    prefix = [(doc, size) for _, (role, doc, size) in entries if role == "p"]
    full = [(doc, size) for _, (role, doc, size) in entries if role == "s"]
    return [(min(a, b), max(a, b)) for a, sa in prefix for b, sb in full if a != b and sa <= sb]


def _story_pairs(item: tuple[str, list[tuple[str, tuple[dt.date | None, str]]]]
                 ) -> list[tuple[str, str]]:
    """One name's documents -> pairs within STORY_DAYS, and every pair with an undated one."""
    _, entries = item
    dated = sorted((d, doc) for _, (d, doc) in entries if d is not None)
    undated = [doc for _, (d, doc) in entries if d is None]
    out = []
    lo = 0
    for i, (day, doc) in enumerate(dated):
        while (day - dated[lo][0]).days > STORY_DAYS:
            lo += 1
        out.extend((min(doc, other), max(doc, other)) for _, other in dated[lo:i])
    everyone = [doc for _, doc in dated] + undated
    out.extend((min(u, o), max(u, o)) for u in undated for o in everyone if u != o)
    return out


def _first(x: tuple[Any, ...]) -> Any:
    return x[0]


def _candidates(bag: Any, prepared: Any, published: dict[str, dt.date | None],
                parts: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    prints = prepared.map(lambda r: r[1].fingerprint).filter(lambda p: p.size > 0)
    entries = prints.map(lambda p: [(h, (p.doc, p.size)) for h in p.hashes]).flatten()
    postings = entries.groupby(_first, npartitions=parts)
    ranked = postings.map(_postings).flatten().groupby(_first, npartitions=parts)
    prefixes = ranked.map(_prefix).flatten()
    full = entries.map(lambda e: (e[0], ("s", e[1][0], e[1][1])))
    copies = bag.concat([prefixes, full]).groupby(_first, npartitions=parts) \
        .map(_copy_pairs).flatten().distinct()
    named = prepared.map(lambda r: [(name, (published[r[0]], r[0]))
                                    for name in r[1].names[0] | r[1].names[1]]).flatten()
    stories = named.groupby(_first, npartitions=parts).map(_story_pairs).flatten().distinct()
    import dask

    copy_pairs, story_pairs = dask.compute(copies, stories)
    return sorted(copy_pairs), sorted(story_pairs)


# --------------------------------------------------------------------------- the run


def check_on_dask(documents: Sequence[Document], ledger: Any, rules: Iterable[Any] | None,
                  scheduler: str | None = None, partitions: int | None = None
                  ) -> tuple[Any, list[InputError]]:
    """The ``CheckResult`` of ``documents`` computed on Dask, and the documents' errors."""
    bag, _ = _dask()
    import dask

    from factcheck.check import assemble

    documents = sorted(documents, key=lambda d: d.id)
    if not documents:
        return assemble((), {}, ledger, list(rules) if rules is not None else None), []
    with client(scheduler):
        parts = partitions or max(1, min(len(documents), 4 * len(documents) // 100 + 1))
        docs = bag.from_sequence(documents, npartitions=parts)
        records = docs.map(_prepare, dask.delayed(ledger, traverse=False)).persist()
        done = records.compute()
        failed = [value for _, value in done if isinstance(value, InputError)]
        prepared = {doc: value for doc, value in done if not isinstance(value, InputError)}
        kept = [d for d in documents if d.id in prepared]
        published = {d.id: d.published for d in kept}
        ok = records.filter(lambda r: not isinstance(r[1], InputError))
        copy_pairs, story_pairs = _candidates(bag, ok, published, parts)
    prints = {d: p.fingerprint for d, p in prepared.items()}
    witness = components(published, verified_copies(kept, copy_pairs, prints))
    names = {d: p.names for d, p in prepared.items()}
    stories = components(published, [(a, b) for a, b in story_pairs
                                      if same_story(published[a], published[b], names[a], names[b])])
    result = assemble(kept, prepared, ledger, list(rules) if rules is not None else None,
                      witness=witness, stories=stories)
    return result, failed
