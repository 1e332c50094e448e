#!/usr/bin/env python3
"""The syntax layer of frames: factcheck's own against spaCy's, on the same texts in one run.

    python benchmarks/bench_syntax.py                       # seeds + ../shared/dev-corpus/docs
    python benchmarks/bench_syntax.py --corpus DIR [--corpus DIR2] --rounds 3 --examples 20

factcheck's layer is what ``factcheck.frames`` does to a document before it weighs words:
sentences (``TextIndex.sentence_span`` walked over the text), the clauses of each sentence
(``extract.text.clauses``), each sentence's words (the ``_TOKEN`` regex of frames.py) and
their lemmas (``frames.lemma``: simplemma, spelling folded, cached as in use). spaCy's is
what can be installed from the package registry alone: ``spacy.blank("en")`` with the
rule-based ``sentencizer`` and the ``lemmatizer`` in lookup mode (tables from
``spacy-lookups-data``); its trained pipelines (parser, tagger, NER) are GitHub release
assets, not registry packages, so they are not measured. spaCy has no clause splitter
without a parser, so factcheck's throughput is also given without its clauses.

Measured (printed, not asserted; figures live in docs/alignment.md):

1. throughput in characters per second, best of --rounds rounds of --repeat passes over
   all texts;
2. agreement: of the content words (alphabetic, not a stop word of frames.yaml) that both
   tokenisers cut alike, the share given the same lemma (spaCy's lemma lower-cased and
   spelling-folded as frames.lemma folds simplemma's), with the most frequent
   disagreements; spaCy's lookup is case-sensitive as shipped ("Rescuers" stays), so the
   share is also given for its table looked up in lower case; and the share of sentence
   boundaries (a sentence's start, the text's first left out) that both splitters find;
3. import and load time, each in a fresh child process, best of --rounds;
4. installed size: simplemma's, and what spaCy and spacy-lookups-data add to factcheck's
   installed requirements (their requirements' closure less factcheck's);
5. end to end: ``check`` on the dev corpus (scored as ``score_findings.py`` scores it) and
   on the fixture stories of calibrate_alignment.py, with frames.lemma as it is and with
   frames.lemma replaced by spaCy's lookup table (lower case, same spelling fold).

spaCy is optional (pip install -r benchmarks/requirements.txt): without it, factcheck's
figures are printed and spaCy's are skipped with a message.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from factcheck.extract.text import TextIndex, clauses
from factcheck.frames import _TOKEN, lemma, tables
from factcheck.ingest import load_documents
from factcheck.link_text import _fold  # the spelling fold frames.lemma applies to a lemma

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "seeds", ROOT.parent / "shared" / "dev-corpus" / "docs"]
Span = tuple[int, int]
Layer = Callable[[str], tuple[list[Span], list[tuple[int, int, str]]]]

_LOAD = {
    "factcheck": "from factcheck.extract.text import TextIndex, clauses\n"
                 "from factcheck.frames import _TOKEN, lemma\n"
                 "TextIndex('Rescuers came. They left.'); lemma('rescuers')\n",
    "spacy": "import spacy\n"
             "nlp = spacy.blank('en'); nlp.add_pipe('sentencizer')\n"
             "nlp.add_pipe('lemmatizer', config={'mode': 'lookup'}); nlp.initialize()\n"
             "nlp('Rescuers came. They left.')\n",
}


def sentences(text: str) -> list[Span]:
    """factcheck's sentences of ``text``, through its public look-up: sentences are cut
    at whitespace, so the next one starts at the first non-space after one's end."""
    index, out, pos, n = TextIndex(text), [], 0, len(text)
    while pos < n:
        while pos < n and text[pos].isspace():
            pos += 1
        if pos >= n:
            break
        a, b = index.sentence_span(pos)
        if b <= pos:  # not a sentence's offset (cannot happen: gaps are whitespace)
            pos += 1
            continue
        out.append((a, b))
        pos = b
    return out


def factcheck_layer(with_clauses: bool = True) -> Layer:
    def run(text: str) -> tuple[list[Span], list[tuple[int, int, str]]]:
        sents, words = sentences(text), []
        for s in sents:
            if with_clauses:
                clauses(text, s)
            words += [(m.start(), m.end(), lemma(m.group(0))) for m in _TOKEN.finditer(text, *s)]
        return sents, words
    return run


def spacy_pipeline():  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def spacy_layer(nlp) -> Layer:  # type: ignore[no-untyped-def]
    def run(text: str) -> tuple[list[Span], list[tuple[int, int, str]]]:
        doc = nlp(text)
        sents = [_strip(text, s.start_char, s.end_char) for s in doc.sents]
        words = [(t.idx, t.idx + len(t), t.lemma_) for t in doc if not t.is_space]
        return [s for s in sents if s[1] > s[0]], words
    return run


def _strip(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def project_form(lem: str) -> str:
    """A lemma as frames.lemma gives it: lower case, spelling folded past three letters."""
    lem = lem.lower()
    return _fold(lem) if len(lem) > 3 else lem


def throughput(layer: Layer, texts: list[str], rounds: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            for text in texts:
                layer(text)
        best = min(best, time.perf_counter() - start)
    return repeat * sum(map(len, texts)) / best


def load_time(name: str, rounds: int) -> float:
    code = f"import time\nt = time.perf_counter()\n{_LOAD[name]}print(time.perf_counter() - t)\n"
    return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True).stdout) for _ in range(rounds))


def _requirements(root: str) -> set[str]:
    """``root`` and every distribution it requires, transitively (extras left out)."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo += [re.match(r"[\w.-]+", r).group(0).lower().replace("_", "-")  # type: ignore[union-attr]
                 for r in dist.requires or () if "extra ==" not in r]
    return seen


def installed_mb(names: set[str]) -> float:
    files = [f.locate() for n in names for f in metadata.distribution(n).files or ()]
    return sum(Path(f).stat().st_size for f in files if Path(f).is_file()) / 1e6


def agreement(texts: list[str], ours: Layer, theirs: Layer, table: Mapping[str, str],
              examples: int) -> None:
    stop = tables().stop
    words = same_cut = same = same_lower = 0
    differ: Counter[tuple[str, str, str]] = Counter()
    b_ours = b_theirs = b_both = 0
    only: dict[str, list[str]] = {"factcheck": [], "spacy": []}
    for text in texts:
        s1, w1 = ours(text)
        s2, w2 = theirs(text)
        cut = {(a, b): lem for a, b, lem in w2}
        for a, b, lem in w1:
            word = text[a:b]
            if not word.isalpha() or word.lower() in stop:
                continue
            words += 1
            if (a, b) not in cut:
                continue
            same_cut += 1
            same += lem == project_form(cut[a, b])
            low = project_form(table.get(word.lower(), word.lower()))
            same_lower += lem == low
            if lem != low:
                differ[word.lower(), lem, low] += 1
        starts1, starts2 = {a for a, _ in s1[1:]}, {a for a, _ in s2[1:]}
        b_ours, b_theirs = b_ours + len(starts1), b_theirs + len(starts2)
        b_both += len(starts1 & starts2)
        for name, mine, other in (("factcheck", starts1, starts2), ("spacy", starts2, starts1)):
            only[name] += [_context(text, a) for a in sorted(mine - other)]
    print(f"\ncontent words: {words}; cut alike by both tokenisers: {same_cut} "
          f"({same_cut / words:.1%})")
    print(f"same lemma, spaCy's lookup as shipped (case-sensitive): {same} ({same / same_cut:.1%})")
    print(f"same lemma, spaCy's table looked up in lower case:       {same_lower} "
          f"({same_lower / same_cut:.1%})")
    print(f"\n{min(examples, len(differ))} most frequent disagreements (lower-case look-up), "
          "word: factcheck / spaCy (times):")
    for (word, a, b), n in sorted(differ.items(), key=lambda x: (-x[1], x[0]))[:examples]:
        print(f"  {word}: {a} / {b} ({n})")
    union = b_ours + b_theirs - b_both
    print(f"\nsentence boundaries: factcheck {b_ours}, spaCy {b_theirs}, both {b_both} "
          f"({b_both / union:.1%} of {union})")
    for name, cuts in only.items():
        breaks = sum("\\n ‖" in c for c in cuts)
        print(f"  only {name} ({len(cuts)}, {breaks} at a line break), first {min(len(cuts), examples // 2)}:")
        for c in cuts[:examples // 2]:
            print(f"    {c}")


def _context(text: str, at: int, width: int = 30) -> str:
    return json.dumps(text[max(0, at - width):at] + " ‖ " + text[at:at + width], ensure_ascii=False)


def end_to_end(table: Mapping[str, str] | None) -> str:
    """Dev-corpus score and fixture count of ``check``, frames.lemma replaced by a look-up
    in ``table`` when given."""
    import factcheck.frames as frames
    from calibrate_alignment import dev_score, fixture_score

    original = frames.lemma
    if table is not None:
        @lru_cache(maxsize=65536)
        def looked_up(word: str) -> str:
            w = re.sub(r"['’]s?$", "", word.lower())
            return project_form(table.get(w, w)) if w else w
        frames.lemma = looked_up
    try:
        fields = dev_score()
        found, other = fixture_score()
    finally:
        frames.lemma = original
    dev = "dev corpus absent" if fields is None else (
        f"dev recall {fields['recall']}, precision {fields['explained_precision']}, "
        f"false alarms {fields['false_alarms']}, flags {fields['flags']}")
    return f"{dev}; fixtures: planted found {found} of 5, other AL01 {other}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", type=Path,
                        help="folder of articles (repeatable; default: seeds and the dev corpus)")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many (default 3)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="passes over the texts in one timed round (default 5)")
    parser.add_argument("--examples", type=int, default=20, help="disagreements shown (default 20)")
    parser.add_argument("--no-check", action="store_true", help="skip the end-to-end check runs")
    args = parser.parse_args(argv)

    folders = [p for p in (args.corpus or CORPORA) if p.is_dir()]
    for p in [p for p in args.corpus or CORPORA if p not in folders]:
        print(f"skipped (no such folder): {p}")
    docs, errors = load_documents(folders)
    if errors or not docs:
        raise SystemExit(f"cannot read the corpus: {errors or 'no documents'}")
    texts = [d.text for d in docs]
    print(f"corpus: {len(texts)} documents, {sum(map(len, texts)):,} characters "
          f"({', '.join(p.name if p.name != 'docs' else 'dev-corpus/docs' for p in folders)})")
    try:
        nlp = spacy_pipeline()
        import spacy
        version = spacy.__version__
    except (ImportError, ValueError) as exc:  # ValueError: spaCy without its lookup tables
        nlp, version = None, ""
        print(f"spaCy skipped: {exc} (pip install -r benchmarks/requirements.txt)")

    ours = factcheck_layer()
    layers = [("factcheck: sentences + clauses + tokens + lemmas", ours),
              ("factcheck: sentences + tokens + lemmas", factcheck_layer(False))]
    if nlp is not None:
        theirs = spacy_layer(nlp)
        layers.append((f"spaCy {version} blank('en'): sentencizer + tokens + lookup lemmas", theirs))
    print(f"\nthroughput, best of {args.rounds} rounds of {args.repeat} passes (characters/s):")
    for label, layer in layers:
        print(f"  {label:<66} {throughput(layer, texts, args.rounds, args.repeat):>12,.0f}")
    print(f"\nimport and load, fresh process, best of {args.rounds} (s):")
    loads = [("factcheck", "factcheck.frames + extract.text + first lemma")]
    if nlp is not None:
        loads.append(("spacy", "spacy + blank('en') + pipes + initialize + first doc"))
    for name, label in loads:
        print(f"  {label:<66} {load_time(name, args.rounds):12.3f}")
    print("\ninstalled size (MB):")
    print(f"  {'simplemma':<66} {installed_mb({'simplemma'}):12.1f}")
    if nlp is not None:
        added = (_requirements("spacy") | _requirements("spacy-lookups-data")) - _requirements("factcheck")
        print(f"  {f'spacy + spacy-lookups-data + {len(added) - 2} requirements factcheck lacks':<66} "
              f"{installed_mb(added):12.1f}")
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        agreement(texts, ours, theirs, table, args.examples)
    if not args.no_check:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        print("\nend to end (check without a ledger), frames.lemma:")
        print(f"  factcheck (simplemma):     {end_to_end(None)}")
        if nlp is not None:
            print(f"  spaCy lookup (lower case): {end_to_end(table)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
