"""The `check`, `lint` and `rules` subcommands (registered on the CLI's parser)."""
from __future__ import annotations

import argparse

from factcheck.errors import ExitCode


def register_check_and_lint(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser(
        "check", help="cross-check articles against each other and the ledger",
        description="Cross-check the claims of articles against each other and a curated "
                    "ledger of reference facts; write a discrepancy report.")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--claims", metavar="DIR", help="ledger directory (claims/*.yaml)")
    check.set_defaults(run=_not_ready)

    lint = sub.add_parser("lint", help="validate curated claim files",
                          description="Validate the curated ledger: schema, provenance, consistency.")
    lint.add_argument("paths", nargs="+", metavar="PATH")
    lint.set_defaults(run=_not_ready)


def _not_ready(args: argparse.Namespace) -> ExitCode:
    print(f"factcheck {args.command}: not available in this version yet")
    return ExitCode.USAGE
