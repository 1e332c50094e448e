"""The ``factcheck`` command line: thin over the library, returns an ExitCode."""
from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence

from factcheck import __version__
from factcheck.argtypes import _date, file_size
from factcheck.errors import ExitCode, FactcheckError, InputError
from factcheck.inputs import MAX_FILE_BYTES

EXTRACT_EPILOG = """\
examples:
  factcheck extract seeds/                         one JSON claim per line
  factcheck extract article.txt --published 2017-09-16 --format yaml
  factcheck extract corpus/ --jobs 2 -o claims.jsonl

Each claim record has doc, path, kind, text, start, end (character offsets into the
document text), line, column (1-based), sentence, qualifier, normalized, interval and
about. --format json|yaml also lists each document with its coverage: how many claims
of each kind were extracted and how many were left unresolved, and why.

exit status: 0 all inputs read, 2 some input could not be read (the others are still
extracted) or bad usage.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Extract numeric and factual claims from news articles and cross-check "
                    "them against each other and a curated ledger of facts.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract", help="extract typed claims with character spans",
        description="Extract every number, quantity, amount, date, duration and identifier "
                    "from articles (.txt, .md, .jsonl, .html; directories are walked in sorted "
                    "order, with sources.yaml beside the articles for metadata).",
        epilog=EXTRACT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories")
    ex.add_argument("--format", choices=("jsonl", "json", "yaml"), default="jsonl",
                    help="output format (default: jsonl, one claim per line)")
    ex.add_argument("-o", "--output", metavar="FILE",
                    help="write here (atomically) instead of standard output")
    ex.add_argument("--published", type=_date, metavar="DATE",
                    help="publication date (YYYY-MM-DD, or a date and time: its day) for every input, overriding the manifest, "
                         "front matter and datelines; anchors relative dates such as 'last Sunday'")
    from factcheck.commands import jobs_option, register_check_and_lint

    ex.add_argument("--jobs", type=jobs_option, default="auto", metavar="N",
                    help="extract N documents in parallel (default: auto, every core for "
                         "inputs over 200,000 characters); a progress bar is shown on a "
                         "terminal")
    ex.add_argument("--strict", action="store_true", help="stop at the first input error")
    ex.add_argument("--frames", action="store_true",
                    help="add each claim's frame (what alignment compares: dimension, measure "
                         "words, weighted terms, names, event, scope, role) as \"frame\"")
    ex.add_argument("--max-file-size", type=file_size, default=MAX_FILE_BYTES, metavar="BYTES",
                    help="refuse input files larger than this (default 50M; suffixes k, M, G)")

    register_check_and_lint(sub)
    return parser


def _parse_intermixed(parser: argparse.ArgumentParser,
                      argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse so that paths may stand before, between and after options, as in ruff or
    Vale: ``check seeds/ --claims claims/ more/`` reads both seeds/ and more/."""
    args, extras = parser.parse_known_args(argv)
    if extras:
        stray = [e for e in extras if e.startswith("-")]
        if stray or not isinstance(getattr(args, "paths", None), list):
            parser.error(f"unrecognized arguments: {' '.join(stray or extras)}")
        args.paths.extend(extras)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = _parse_intermixed(parser, argv)
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    previous = _on_termination()
    try:
        return int(args.run(args)) if hasattr(args, "run") else int(run_extract(args))
    except InputError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return ExitCode.USAGE
    except FactcheckError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return ExitCode.USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return ExitCode.OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _on_termination() -> object:
    """SIGTERM unwinds like Ctrl-C (SystemExit), so a half-written output's temporary file
    is removed; returns the previous handler (None when not in the main thread)."""
    try:
        return signal.signal(signal.SIGTERM, _terminated)
    except ValueError:
        return None


def report_errors(errors: list[InputError]) -> None:
    for error in errors:
        print(f"factcheck: error: {error}", file=sys.stderr)


def run_extract(args: argparse.Namespace) -> ExitCode:
    from factcheck import output
    from factcheck.extract import coverage
    from factcheck.ingest import load_documents
    from factcheck.parallel import extract_all

    from factcheck.ingest import input_files

    output.refuse_inputs([args.output], input_files(args.paths))
    documents, errors = load_documents(args.paths, published=args.published, strict=args.strict,
                                       max_bytes=args.max_file_size)
    report_errors(errors)
    failed: list[InputError] = []
    claims_per_doc = extract_all(documents, jobs=args.jobs, errors=failed)
    report_errors(failed)
    errors = [*errors, *failed]
    per_claim = [c.records() for claims in claims_per_doc for c in claims]
    if args.frames:
        from factcheck.frames import document_frames

        frames = [f for d, claims in zip(documents, claims_per_doc)
                  for f in document_frames(d, claims)]
        for recs, frame in zip(per_claim, frames):
            for rec in recs:  # (a tally's two sides share its frame)
                rec["frame"] = frame.model_dump(mode="json") if frame is not None else None
    records = [rec for recs in per_claim for rec in recs]
    if args.format == "jsonl":
        text = output.jsonl(records)
    else:
        from factcheck.models import SCHEMA_VERSION

        data = {
            "schema_version": SCHEMA_VERSION,
            "documents": [
                {"doc": d.id, "path": d.path, "title": d.title, "outlet": d.outlet,
                 "published": d.published.isoformat() if d.published else None,
                 "published_source": d.published_source.value,
                 "coverage": coverage(d.id, claims).model_dump(exclude={"doc"})}
                for d, claims in zip(documents, claims_per_doc)
            ],
            "claims": records,
        }
        text = output.dumps(data, args.format)
    output.write(text, args.output)
    return ExitCode.USAGE if errors else ExitCode.OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
