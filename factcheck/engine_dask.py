"""``factcheck check --engine dask``: the check pipeline on a Dask cluster.

The documents are loaded on the client and partitioned into a ``dask.bag``:

1. map — each document is extracted and linked, and its shingle fingerprint and names are
   read (``factcheck.check.prepare_document``, the function every engine runs); a
   document that fails gives its located ``InputError``, as on one machine.
2. shuffles — near-duplicate candidates: shingle postings grouped by shingle (document
   frequency), each document's prefix of rarest shingles grouped by document, prefixes
   joined with postings by shingle (``factcheck.groups.copy_candidates``, distributed).
   Story candidates: documents grouped by name, pairs within FOLLOW_UP_DAYS in each group
   (and on the client, by the prefixes of their name words, which need every document's).
3. client — candidates verified exactly (``verified_copies``, ``same_story``), the
   groups formed, the rules run and the report assembled (``factcheck.check.assemble``).

The result is the one ``factcheck check`` gives on one machine, byte for byte. Dask is an
optional dependency (``pip install 'factcheck[dask]'``), imported only here.
"""
from __future__ import annotations

import datetime as dt
import operator
import zlib
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from typing import Any

from factcheck.errors import FactcheckError, InputError
from factcheck.groups import (
    FOLLOW_UP_DAYS,
    components,
    needed_overlap,
    rare_names,
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


def _prepare(document: Document, ledger: Any) -> tuple[str, dt.date | None, Any]:
    from factcheck.check import prepare_document
    from factcheck.parallel import failure

    try:
        return document.id, document.published, prepare_document(document, ledger)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the run
        return document.id, document.published, failure(document, "extraction or linking", exc)


# --------------------------------------------------------------------------- shuffles
# Each shuffle is done partition by partition: a map task splits its partition's records
# into one dict per bucket (key -> values), a reduce task per bucket merges the dicts it
# is sent. Buckets are chosen by a stable hash of the key, so a key meets all its values.

Buckets = list[dict[Any, list[Any]]]


def _bucket(key: Any, n: int) -> int:
    return key % n if isinstance(key, int) else zlib.crc32(str(key).encode()) % n


def _split(items: Iterable[tuple[Any, Any]], n: int) -> Buckets:
    out: Buckets = [{} for _ in range(n)]
    for key, value in items:
        out[_bucket(key, n)].setdefault(key, []).append(value)
    return out


def _merge(parts: Sequence[dict[Any, list[Any]]]) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = {}
    for part in parts:
        for key, values in part.items():
            out.setdefault(key, []).extend(values)
    return out


def _shingle_split(records: list[tuple[str, Any, Any]], n: int) -> Buckets:
    """A partition's shingle postings: shingle -> [(document, size)]."""
    return _split(((h, (doc, p.fingerprint.size)) for doc, _, p in records if p.fingerprint.size
                   for h in p.fingerprint.hashes), n)


def _rank_split(postings: dict[int, list[tuple[str, int]]], n: int) -> Buckets:
    """Postings of some shingles -> document -> [(document frequency, shingle, size)]."""
    return _split(((doc, (len(members), h, size)) for h, members in postings.items()
                   for doc, size in members), n)


def _prefix_split(ranked: dict[str, list[tuple[int, int, int]]], n: int) -> Buckets:
    """Some documents' ranked shingles -> their prefixes: shingle -> [(document, size)]."""
    def entries() -> Iterable[tuple[int, tuple[str, int]]]:
        for doc, shingles in ranked.items():
            size = shingles[0][2]
            k = needed_overlap(size)
            if k <= size:
                for _, h, _ in sorted(shingles)[:size - k + 1]:
                    yield h, (doc, size)
    return _split(entries(), n)


def _copy_pairs(postings: dict[int, list[tuple[str, int]]],
                prefixes: dict[int, list[tuple[str, int]]]) -> set[tuple[str, str]]:
    """Prefix entries joined with the postings of their shingle: candidate pairs."""
    return {(min(a, b), max(a, b)) for h, starts in prefixes.items() for a, sa in starts
            for b, sb in postings.get(h, ()) if a != b and sa <= sb}


def _name_split(records: list[tuple[str, Any, Any]], n: int) -> Buckets:
    """A partition's names: name -> [(published, document)]."""
    return _split(((name, (published, doc)) for doc, published, p in records
                   for name in p.names[0] | p.names[1]), n)


def _story_pairs(by_name: dict[str, list[tuple[dt.date | None, str]]]) -> set[tuple[str, str]]:
    """Per name, its documents within FOLLOW_UP_DAYS of each other, and every pair with an
    undated one."""
    out: set[tuple[str, str]] = set()
    for entries in by_name.values():
        dated = sorted((d, doc) for d, doc in entries if d is not None)
        undated = [doc for d, doc in entries if d is None]
        lo = 0
        for i, (day, doc) in enumerate(dated):
            while (day - dated[lo][0]).days > FOLLOW_UP_DAYS:
                lo += 1
            out.update((min(doc, o), max(doc, o)) for _, o in dated[lo:i])
        everyone = [doc for _, doc in dated] + undated
        out.update((min(u, o), max(u, o)) for u in undated for o in everyone if u != o)
    return out


def _union(sets: Sequence[set[tuple[str, str]]]) -> list[tuple[str, str]]:
    return sorted(set().union(*sets))


def _candidates(partitions: list[Any], n: int) -> tuple[Any, Any]:
    """Delayed candidate pairs (copies, stories) from the delayed record partitions."""
    from dask import delayed

    def shuffle(splits: list[Any]) -> list[Any]:
        return [delayed(_merge)([delayed(operator.getitem)(s, j) for s in splits])
                for j in range(n)]

    postings = shuffle([delayed(_shingle_split)(part, n) for part in partitions])
    ranked = shuffle([delayed(_rank_split)(p, n) for p in postings])
    prefixes = shuffle([delayed(_prefix_split)(r, n) for r in ranked])
    copies = delayed(_union)([delayed(_copy_pairs)(p, q) for p, q in zip(postings, prefixes)])
    names = shuffle([delayed(_name_split)(part, n) for part in partitions])
    stories = delayed(_union)([delayed(_story_pairs)(x) for x in names])
    return copies, stories


# --------------------------------------------------------------------------- the run


def check_on_dask(documents: Sequence[Document], ledger: Any, rules: Iterable[Any] | None,
                  scheduler: str | None = None, partitions: int | None = None,
                  registries: Any = None) -> tuple[Any, list[InputError]]:
    """The ``CheckResult`` of ``documents`` computed on Dask, and the documents' errors."""
    bag, _ = _dask()
    import dask

    from factcheck.check import assemble

    chosen = list(rules) if rules is not None else None
    documents = sorted(documents, key=lambda d: d.id)
    if not documents:
        return assemble((), {}, ledger, chosen, registries=registries), []
    with client(scheduler) as c:
        workers = max(len(c.scheduler_info().get("workers", {})), 1)
        parts = partitions or max(1, min(len(documents), 4 * workers))
        records = bag.from_sequence(documents, npartitions=parts) \
            .map(_prepare, dask.delayed(ledger, traverse=False)).persist()
        good = [delayed_ok(part) for part in records.to_delayed()]
        copies, stories = _candidates(good, parts)
        done, copy_pairs, story_pairs = dask.compute(records, copies, stories)
    failed = [value for _, _, value in done if isinstance(value, InputError)]
    prepared = {doc: value for doc, _, value in done if not isinstance(value, InputError)}
    kept = [d for d in documents if d.id in prepared]
    published = {d.id: d.published for d in kept}
    prints = {d: p.fingerprint for d, p in prepared.items()}
    witness = components(published, verified_copies(kept, copy_pairs, prints))
    names = {d: p.names for d, p in prepared.items()}
    story_pairs = sorted(set(story_pairs) | _word_pairs(names, published))
    rare = rare_names(names)
    stories = components(published, [(a, b) for a, b in story_pairs
                                      if same_story(published[a], published[b], names[a], names[b],
                                                    rare)])
    result = assemble(kept, prepared, ledger, chosen, witness=witness, stories=stories,
                      registries=registries)
    return result, failed


def _word_pairs(names: dict[str, Any], published: dict[str, dt.date | None]
                ) -> set[tuple[str, str]]:
    """Story candidates by the words of names (``groups.story_candidates``): each
    document's prefix of its rarest name words needs every document's words, so it is
    read here, from the names the workers sent, and paired as names are."""
    from factcheck.groups import _word_prefixes

    by_word: dict[str, list[tuple[dt.date | None, str]]] = {}
    for doc, words in sorted(_word_prefixes(names).items()):
        for w in words:
            by_word.setdefault(w, []).append((published[doc], doc))
    return _story_pairs(by_word)


def _ok(records: list[tuple[str, Any, Any]]) -> list[tuple[str, Any, Any]]:
    return [r for r in records if not isinstance(r[2], InputError)]


def delayed_ok(part: Any) -> Any:
    from dask import delayed

    return delayed(_ok)(part)
