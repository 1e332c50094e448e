#!/usr/bin/env python3
"""CPU seconds of the per-document step of `factcheck check`, in this process.

    python benchmarks/bench_prepare.py DIR                 # e.g. a corpus of bench_check.py --keep
    PYTHONPATH=/other/tree python benchmarks/bench_prepare.py DIR   # another tree's code

The documents of DIR are loaded, the first is prepared once (imports, tables, compiled
patterns), then every document is extracted and, separately, prepared from its claims
(``check.prepare_document``: text keys, linking, frames, fingerprint, names), each phase
timed with ``time.process_time``. Run two trees alternately, several times each, and
compare the least of each: on a machine shared with other work CPU seconds still grow
with its load.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="a folder of articles")
    parser.add_argument("--claims", default=str(ROOT / "claims"), help="ledger directory")
    args = parser.parse_args(argv)

    import factcheck
    from factcheck.check import prepare_document
    from factcheck.extract import extract_document
    from factcheck.ingest import load_documents
    from factcheck.ledger import load_ledger

    documents, _ = load_documents([args.corpus])
    ledger = load_ledger(args.claims)
    if not documents:
        print("no documents", file=sys.stderr)
        return 2
    prepare_document(documents[0], ledger)  # warm: what every run pays once
    start = time.process_time()
    claims = [extract_document(d) for d in documents]
    extracted = time.process_time()
    for document, found in zip(documents, claims):
        prepare_document(document, ledger, found)
    prepared = time.process_time()
    tree = Path(factcheck.__file__).resolve().parent.parent
    print(f"{tree}  {len(documents)} documents  extraction {extracted - start:.2f} s  "
          f"rest of the step {prepared - extracted:.2f} s  total {prepared - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
