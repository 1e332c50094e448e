"""Groups of documents: near-identical copies (one witness) and stories (one event).

Both relations are decided pair by pair, but never by looking at all pairs:

* ``witness_groups`` — two documents are copies when at least COPY_THRESHOLD of the
  smaller one's 5-word shingles are in the other. Candidates come from an index of each
  document's *prefix*: its rarest shingles (by document frequency), as many as it takes
  that any copy must share one of them (prefix filtering, as in All-Pairs/PPJoin), so no
  pair that qualifies is missed; each candidate is then verified on the exact shingles.
* ``story_groups`` — two articles are one story when published at most STORY_DAYS apart
  (or a date is unknown) and they share names or the words of their names (see
  ``same_story``). Candidates come from a sweep over the documents in date order with an
  index of the names (and of the name words' prefixes, as for witnesses) in the current
  14-day window, and from the same index for undated articles; each is verified with
  ``same_story``.

The results are connected components named by their smallest document id, the same as
the brute-force definitions (``witness_groups_pairwise``, ``story_groups_pairwise``),
which the tests compare them with on random corpora. The per-document parts
(``fingerprint``, ``names``) are pure functions of one document, so they run where the
document is extracted (``factcheck.parallel``, the Dask engine).
"""
from __future__ import annotations

import datetime as dt
from array import array
import hashlib
import math
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from factcheck.models import Document

if TYPE_CHECKING:
    from factcheck.link_text import TextKeys

COPY_THRESHOLD = 0.6  # shingle overlap above which two documents are one witness
STORY_DAYS = 14  # articles published further apart are not about the same event...
FOLLOW_UP_DAYS = 45  # ...unless they share a rare name that one headline names or STORY_JACCARD
# of their names (a follow-up: an investigation's preliminary report, a verdict, weeks on)
STORY_JACCARD = 0.25  # share of names two articles of one story have in common, at least
STORY_WORD_JACCARD = 0.3  # or share of the words of their names
STORY_RARE_DOCS = 5  # or a name of several words that at most this many documents write
STORY_RARE_SHARE = 0.01  # (or this share of them, in a large corpus)
SHINGLE = 5
_WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------- witnesses


def shingles(text: str, n: int = SHINGLE) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 0))}


def _joined_shingles(text: str, n: int = SHINGLE) -> set[str]:
    """``shingles`` as the strings that are hashed, each shingle's words joined by a space
    (a word holds no space, so there are as many: no tuples made on the way)."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(max(len(words) - n + 1, 0))}


def _hashes(joined: Iterable[str]) -> set[int]:
    """Stable 64-bit hashes of joined shingles (the same in every process, unlike
    ``hash``): blake2b, 8 bytes, little-endian."""
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes  # (a document has hundreds)
    return {from_bytes(blake2b(s.encode(), digest_size=8).digest(), "little") for s in joined}


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """A document's shingles as stable hashes (sorted, distinct, 8 bytes each: a set of
    Python ints would take six times the memory), with the exact number of shingles."""

    doc: str
    size: int  # distinct shingles (exact; hashes may collide, which only adds candidates)
    hashes: array  # array('Q')


def fingerprint(document: Document) -> Fingerprint:
    exact = _joined_shingles(document.text)
    return Fingerprint(document.id, len(exact), array("Q", sorted(_hashes(exact))))


def needed_overlap(size: int, threshold: float = COPY_THRESHOLD) -> int:
    """The fewest shared shingles with which a document of ``size`` shingles (the smaller
    of two) is a copy: the least k with k / size >= threshold, as the test computes it."""
    k = max(math.ceil(threshold * size), 0)
    while k > 0 and (k - 1) / size >= threshold:
        k -= 1
    while k <= size and k / size < threshold:
        k += 1
    return k


def copy_candidates(prints: Iterable[Fingerprint], threshold: float = COPY_THRESHOLD,
                    jobs: int = 1) -> set[tuple[str, str]]:
    """Pairs (a, b), a < b, that may be copies: every pair that is one is among them.

    With A the smaller document (by exact shingle count) and k the overlap it needs, the
    shared hashes number at least k - c (c: collisions inside A, |A| - |H(A)|), so they
    meet the first |H(A)| - (k - c) + 1 = |A| - k + 1 hashes of A in any fixed order.
    The order is rarest first, so prefixes hold few common phrases. ``jobs`` processes
    share the prefixes and the look-ups (``factcheck.parallel.fork_map``).
    """
    from factcheck.parallel import fork_map

    prints = [p for p in prints if p.size]
    df: Counter[int] = Counter()
    for p in prints:
        df.update(p.hashes)
    shares = _slices(len(prints), jobs)

    def prefixes(share: range) -> list[array]:
        out = []
        for p in prints[share.start:share.stop]:
            k = needed_overlap(p.size, threshold)
            rarest = sorted(p.hashes, key=lambda h: (df[h], h)) if k <= p.size else []
            out.append(array("Q", rarest[:p.size - k + 1]))
        return out

    index: dict[int, list[int]] = defaultdict(list)  # hash -> positions in prints
    heads = (h for part in fork_map(prefixes, shares, jobs) for h in part)
    for i, head in enumerate(heads):
        for h in head:
            index[h].append(i)
    df.clear()

    def probe(share: range) -> set[tuple[str, str]]:
        pairs: set[tuple[str, str]] = set()
        for j in share:
            b = prints[j]
            found: set[int] = set()
            for h in index.keys() & set(b.hashes):  # (the intersection is made in C)
                found.update(index[h])
            for i in found:
                a = prints[i]
                if a.doc != b.doc and a.size <= b.size:
                    pairs.add((a.doc, b.doc) if a.doc < b.doc else (b.doc, a.doc))
        return pairs

    return set().union(*fork_map(probe, shares, jobs))


def _slices(n: int, jobs: int) -> list[range]:
    """``range(n)`` in ``jobs`` consecutive slices of about equal length."""
    jobs = max(min(jobs, n), 1)
    return [range(n * i // jobs, n * (i + 1) // jobs) for i in range(jobs)]


def is_copy(a: Set[tuple[str, ...]], b: Set[tuple[str, ...]],
            threshold: float = COPY_THRESHOLD) -> bool:
    """Is the share of the smaller shingle set found in the other at least ``threshold``?"""
    small = min(len(a), len(b))
    return bool(small) and len(a & b) / small >= threshold


def components(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Document id -> the smallest id of its connected component under ``pairs``."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in sorted(parent)}


def verified_copies(documents: Sequence[Document], candidates: Iterable[tuple[str, str]],
                    prints: Mapping[str, Fingerprint] | None = None,
                    threshold: float = COPY_THRESHOLD, jobs: int = 1) -> list[tuple[str, str]]:
    """The candidate pairs that are copies, checked on the exact shingles.

    With fingerprints, a pair whose shared hashes cannot reach the overlap it needs is
    dropped without reading the texts again: the exact overlap is at most the shared
    hashes plus the collisions inside the smaller document (none, almost always).
    ``jobs`` processes verify consecutive runs of the sorted pairs (a document's pairs
    stay together, so its shingles are read about once).
    """
    from factcheck.parallel import fork_map

    text = {d.id: d.text for d in documents}
    ordered = sorted(candidates)

    def verify(share: range) -> list[tuple[str, str]]:
        @lru_cache(maxsize=1024)
        def exact(doc: str) -> frozenset[tuple[str, ...]]:
            return frozenset(shingles(text[doc]))

        out = []
        for a, b in ordered[share.start:share.stop]:
            if prints is not None:
                pa, pb = prints[a], prints[b]
                small = pa if (pa.size, pa.doc) <= (pb.size, pb.doc) else pb
                shared = len(set(pa.hashes).intersection(pb.hashes))
                slack = small.size - len(small.hashes)
                if not small.size or shared + slack < needed_overlap(small.size, threshold):
                    continue
            if is_copy(exact(a), exact(b), threshold):
                out.append((a, b))
        exact.cache_clear()
        return out

    return [pair for part in fork_map(verify, _slices(len(ordered), jobs), jobs) for pair in part]


def witness_groups(documents: Sequence[Document], threshold: float = COPY_THRESHOLD,
                   prints: Iterable[Fingerprint] | None = None, jobs: int = 1) -> dict[str, str]:
    """Document id -> group id; near-identical copies (wire stories) share a group.

    Overlap is the share of the smaller document's 5-word shingles found in the other.
    ``prints`` are the documents' fingerprints when they were made elsewhere; ``jobs``
    processes share the work (forked from this one, the same groups).
    """
    prints = [fingerprint(d) for d in documents] if prints is None else list(prints)
    pairs = verified_copies(documents, copy_candidates(prints, threshold, jobs),
                            {p.doc: p for p in prints}, threshold, jobs)
    return components((d.id for d in documents), pairs)


def _all_pairs(ids: Sequence[str], same: Callable[[str, str], bool]) -> dict[str, str]:
    ids = sorted(ids)
    return components(ids, ((a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if same(a, b)))


def witness_groups_pairwise(documents: Sequence[Document],
                            threshold: float = COPY_THRESHOLD) -> dict[str, str]:
    """The definition, over all pairs (quadratic: for tests)."""
    sh = {d.id: shingles(d.text) for d in documents}
    return _all_pairs(list(sh), lambda a, b: is_copy(sh[a], sh[b], threshold))


# --------------------------------------------------------------------------- stories


Names = tuple[frozenset[str], frozenset[str]]  # the names an article writes; its headline's


def names(document: Document, keys: TextKeys | None = None) -> Names:
    """``keys``: the document's text keys, when linking has read them already."""
    from factcheck.link_text import document_names

    written, headline = document_names(document, keys)
    return frozenset(written), frozenset(headline)


@lru_cache(maxsize=65536)
def name_words(written: frozenset[str]) -> frozenset[str]:
    """The words of the names an article writes ("petty officer jane ode" -> petty,
    officer, jane, ode): outlets name one person or place in longer or shorter forms."""
    return frozenset(w for name in written for w in _WORD.findall(name) if len(w) > 1)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


def rare_names(named: Mapping[str, Names]) -> frozenset[str]:
    """Names of two words or more that few of the documents write (at most
    max(STORY_RARE_DOCS, STORY_RARE_SHARE of them)): a union's or a ministry's full name
    ("irish hospital doctors", "workplace relations commission"), not "prime minister" in
    an archive."""
    df = Counter(n for written, _ in named.values() for n in written if " " in n)
    most = max(STORY_RARE_DOCS, math.ceil(STORY_RARE_SHARE * len(named)))
    return frozenset(n for n, k in df.items() if 1 < k <= most)


def same_story(pa: dt.date | None, pb: dt.date | None, a: Names, b: Names,
               rare: Set[str] = frozenset()) -> bool:
    """Published at most STORY_DAYS apart (or a date unknown), and either shares a
    headline name with the other, or a rare name (``rare_names``), or at least
    STORY_JACCARD of their names are common, or at least STORY_WORD_JACCARD of their
    names' words. A follow-up published up to FOLLOW_UP_DAYS apart must share a rare
    name, and that name must be in one of the headlines or STORY_JACCARD of their names
    be common."""
    (na, ha), (nb, hb) = a, b
    days = abs((pa - pb).days) if pa is not None and pb is not None else 0
    if days > FOLLOW_UP_DAYS:
        return False
    if days > STORY_DAYS:
        shared = rare & na & nb
        return bool(shared) and (not shared.isdisjoint(ha | hb) or _jaccard(na, nb) >= STORY_JACCARD)
    if not (ha.isdisjoint(nb) and hb.isdisjoint(na) and rare.isdisjoint(na & nb)):
        return True
    return _jaccard(na, nb) >= STORY_JACCARD or \
        _jaccard(name_words(na), name_words(nb)) >= STORY_WORD_JACCARD


def _word_prefixes(named: Mapping[str, Names]) -> dict[str, list[str]]:
    """Each document's rarest name words, as many as it takes that two documents whose
    name words meet STORY_WORD_JACCARD share one of them (prefix filtering)."""
    words = {d: name_words(n[0]) for d, n in named.items()}
    df = Counter(w for ws in words.values() for w in ws)
    out: dict[str, list[str]] = {}
    for d, ws in words.items():
        ranked = sorted(ws, key=lambda w: (df[w], w))
        out[d] = ranked[:len(ranked) - math.ceil(STORY_WORD_JACCARD * len(ranked)) + 1]
    return out


def story_candidates(documents: Sequence[Document], named: Mapping[str, Names]
                     ) -> set[tuple[str, str]]:
    """Pairs (a, b), a < b, that may be one story: they share a name and are within
    FOLLOW_UP_DAYS of each other or one is undated (the only pairs ``same_story`` accepts)."""
    prefixes = _word_prefixes(named)

    def every(doc: str) -> list[str]:  # names, and name words marked apart from them
        return [*sorted(named[doc][0] | named[doc][1]), *(" \x00" + w for w in prefixes[doc])]

    pairs: set[tuple[str, str]] = set()

    def add(doc: str, met: set[str]) -> None:  # each other document once, not once a name
        met.discard(doc)
        pairs.update((o, doc) if o < doc else (doc, o) for o in met)

    dated = sorted((d for d in documents if d.published is not None),
                   key=lambda d: (d.published, d.id))
    undated = [d.id for d in documents if d.published is None]
    window: dict[str, deque[tuple[dt.date, str]]] = defaultdict(deque)
    for d in dated:
        assert d.published is not None
        oldest = d.published - dt.timedelta(days=FOLLOW_UP_DAYS)
        met: set[str] = set()
        for name in every(d.id):
            postings = window[name]
            while postings and postings[0][0] < oldest:
                postings.popleft()
            met.update(map(itemgetter(1), postings))
            postings.append((d.published, d.id))
        add(d.id, met)
    if undated:
        index: dict[str, list[str]] = defaultdict(list)
        for d in documents:
            for name in every(d.id):
                index[name].append(d.id)
        for doc in undated:
            met = set()
            for name in every(doc):
                met.update(index[name])
            add(doc, met)
    return pairs


def story_groups(documents: Sequence[Document],
                 named: Mapping[str, Names] | None = None) -> dict[str, str]:
    """Document id -> story id: articles about the same event, which text keys compare.

    Two articles are of one story when they were published at most STORY_DAYS apart (or
    a date is unknown) and either shares a headline name with the other ("Nvidia") or
    at least STORY_JACCARD of the names they write are common to both. ``named`` are the
    documents' names when they were read elsewhere.
    """
    named = {d.id: names(d) for d in documents} if named is None else named
    published = {d.id: d.published for d in documents}
    rare = rare_names(named)
    pairs = [(a, b) for a, b in sorted(story_candidates(documents, named))
             if same_story(published[a], published[b], named[a], named[b], rare)]
    return components(published, pairs)


def story_groups_pairwise(documents: Sequence[Document],
                          named: Mapping[str, Names] | None = None) -> dict[str, str]:
    """The definition, over all pairs (quadratic: for tests)."""
    named = {d.id: names(d) for d in documents} if named is None else named
    published = {d.id: d.published for d in documents}
    rare = rare_names(named)
    return _all_pairs(list(published), lambda a, b: same_story(published[a], published[b],
                                                               named[a], named[b], rare))
