"""The ``check``, ``lint``, ``rules`` and ``baseline`` subcommands (thin: parse, call, exit).

Options come from the command line first, then from the configuration file
(``.factcheck.yaml`` or ``[tool.factcheck]`` in pyproject.toml, see factcheck/config.py).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from factcheck.errors import ExitCode, FactcheckError, InputError, one_line

FORMATS = ("markdown", "json", "sarif", "github", "concise")  # report.FORMATS, without its import

CHECK_EPILOG = """\
examples:
  factcheck check seeds/ --claims claims/                  Markdown report on stdout
  factcheck check seeds/ --claims claims/ -o reports/seeds.md
  factcheck check corpus/ --claims claims/ --format github  annotations in GitHub Actions
  factcheck check corpus/ --format concise                 one line per finding (pre-commit)
  factcheck check corpus/ --format sarif -o factcheck.sarif --output-markdown report.md
  factcheck check corpus/ --baseline factcheck-baseline.yaml --fail-on warning
  factcheck check corpus/ --select ID,VC01 --ignore TA01
  factcheck check                                          PATHs and ledger from the config

Findings accepted in the baseline file (see `factcheck baseline --help`) or suppressed in
the configuration (`suppress:` entries, each with a rule and a reason) are hidden;
baseline entries and suppressions that match nothing are reported on stderr.
With $GITHUB_STEP_SUMMARY set, the Markdown report is appended to it (--no-summary: not).

exit status: 0 nothing at or above --fail-on (default: error), 1 findings at or above it,
2 usage error, unreadable input or invalid ledger (readable inputs are still checked).
The ledger is validated exactly as `factcheck lint` validates it (but for the pinned
quotes, which lint checks against the articles). No output may overwrite an input.
"""

LINT_EPILOG = """\
examples:
  factcheck lint claims/                       the whole ledger
  factcheck lint claims/facts.yaml             one file, read with the rest of its directory
  factcheck lint claims/ --articles seeds/     where the pinned claims' articles are
  factcheck lint --format github               annotations in GitHub Actions
  factcheck lint data/unscr-extra.csv          a registry file of your own

Checks: YAML syntax and duplicate keys; the schema (unknown keys, impossible dates such
as 2017-02-30, units pint cannot read); unique ids and known references; a source
citation on every fact and counter; unit dimensions; no two facts with the same subject,
attribute and scope and disjoint values; counters in date order, each member listed
once; every pinned quote in
its article (at its line, if given) and the extractor reading the recorded value there.
Registry files (`registries` in the config, or a CSV given as PATH): the header
number,adopted,title,topic, whole unique numbers, ISO dates that exist, and dates that
never decrease as numbers rise where the scheme is numbered in time order (UNSCR).
Every problem is printed as file:line: message [check].

exit status: 0 no problems, 1 problems found, 2 usage error or a PATH that does not exist.
"""

BASELINE_EPILOG = """\
examples:
  factcheck baseline accept seeds/ --claims claims/ --reason "reviewed 2024-05: wire error"
  factcheck baseline accept seeds/ --select ID01 --reason "..."   only ID01 findings
  factcheck baseline prune seeds/ --claims claims/                drop entries now stale

The baseline file (default factcheck-baseline.yaml, or `baseline` in the configuration)
lists accepted findings by content fingerprint (rule, key, values, quotes; never line
numbers), each with a reason. `check --baseline FILE` only reads it; it grows only by
`accept` (a reason is required) and shrinks by `prune`. Neither writes when an input
could not be read, so a broken article never empties the baseline.
"""


def register_check_and_lint(sub: argparse._SubParsersAction) -> None:
    from factcheck.argtypes import _date, file_size
    from factcheck.inputs import MAX_FILE_BYTES

    raw = argparse.RawDescriptionHelpFormatter

    def common(p: argparse.ArgumentParser, with_output: bool = True) -> None:
        p.add_argument("paths", nargs="*", metavar="PATH",
                       help="article files or directories (default: `paths` in the config)")
        p.add_argument("--claims", metavar="DIR", help="ledger directory (claims/*.yaml)")
        p.add_argument("--select", action="append", metavar="CODES",
                       help="only these rules: codes, code prefixes or dotted-name prefixes, "
                            "comma-separated (e.g. ID,VC01,temporal.)")
        p.add_argument("--ignore", action="append", metavar="CODES",
                       help="skip these rules (the most specific of --select/--ignore wins)")
        p.add_argument("--published", type=_date, metavar="DATE",
                       help="publication date (YYYY-MM-DD, or a date and time: its day) for every input")
        p.add_argument("--strict", action="store_true", help="stop at the first input error")
        p.add_argument("--max-file-size", type=file_size, default=MAX_FILE_BYTES,
                       metavar="BYTES", help="refuse input files larger than this (default "
                                             "50M; suffixes k, M, G)")
        p.add_argument("--baseline", metavar="FILE", help="the baseline file of accepted findings")
        p.add_argument("--jobs", type=jobs_option, default="auto", metavar="N",
                       help="use N processes: documents extracted and linked in parallel, "
                            "then grouping, alignment and the rules shared out (default: "
                            "auto, every core for inputs over 200,000 characters); a "
                            "progress bar is shown on a terminal")
        p.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: this machine's processes (default); dask: a Dask cluster "
                            "(pip install 'factcheck[dask]')")
        p.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: the scheduler's address (tcp://host:8786); "
                            "default: a local cluster on this machine")
        _config_options(p)

    check = sub.add_parser(
        "check", help="cross-check articles against each other and the ledger",
        description="Cross-check the claims of articles against each other and a curated "
                    "ledger of reference facts; write a discrepancy report.",
        epilog=CHECK_EPILOG, formatter_class=raw)
    common(check)
    check.add_argument("--format", choices=FORMATS, default="markdown",
                       help="report format on stdout or -o (default: markdown)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report here (atomically)")
    for fmt in FORMATS:
        check.add_argument(f"--output-{fmt}", metavar="FILE",
                           help=f"also write the {fmt} report to FILE")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                       help="lowest severity that makes the exit status 1 (default: error)")
    check.add_argument("--no-summary", action="store_true",
                       help="do not append the report to $GITHUB_STEP_SUMMARY")
    check.set_defaults(run=run_check_command)

    lint = sub.add_parser(
        "lint", help="validate the curated ledger (claims/*.yaml)",
        description="Validate the curated ledger: schema, citations, consistency, and that "
                    "pinned quotes and values match their articles.",
        epilog=LINT_EPILOG, formatter_class=raw)
    lint.add_argument("paths", nargs="*", metavar="PATH",
                      help="ledger directories or files (default: `claims` in the config, "
                           "else claims/)")
    lint.add_argument("--articles", action="append", metavar="PATH",
                      help="articles the pinned claims cite (default: `paths` in the config)")
    lint.add_argument("--format", choices=("text", "github", "json"), default="text")
    lint.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _config_options(lint)
    lint.set_defaults(run=run_lint_command)

    rules = sub.add_parser("rules", help="list the rules with their codes and rationale",
                           description="The rule reference, generated from the rule docstrings.")
    rules.add_argument("--format", choices=("markdown", "json"), default="markdown")
    rules.set_defaults(run=run_rules_command)

    base = sub.add_parser("baseline", help="accept findings or prune the baseline file",
                          description="Manage the baseline of accepted findings.",
                          epilog=BASELINE_EPILOG, formatter_class=raw)
    bsub = base.add_subparsers(dest="action", metavar="ACTION", required=True)
    acc = bsub.add_parser("accept", help="add current findings, with a reason",
                          epilog=BASELINE_EPILOG, formatter_class=raw)
    common(acc)
    acc.add_argument("--reason", required=True, help="why these findings are accepted")
    acc.add_argument("--fingerprint", action="append", metavar="FP",
                     help="accept only the finding with this fingerprint (repeatable)")
    acc.set_defaults(run=run_baseline_command)
    pru = bsub.add_parser("prune", help="remove entries that match no finding any more",
                          epilog=BASELINE_EPILOG, formatter_class=raw)
    common(pru)
    pru.set_defaults(run=run_baseline_command)


def jobs_option(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be 'auto' or a whole number of at least 1, "
                                         f"not {value!r}")
    return jobs


def _config_options(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--config", metavar="FILE",
                   help="configuration file (default: nearest .factcheck.yaml or "
                        "pyproject.toml with [tool.factcheck])")
    g.add_argument("--isolated", action="store_true", help="ignore configuration files")


# ---------------------------------------------------------------------- shared steps


def _config(args: argparse.Namespace) -> Any:
    from factcheck.config import Config, find_config, load_config

    if getattr(args, "isolated", False):
        return Config()
    path = args.config or find_config()
    return load_config(path) if path else Config()


def _codes(values: Sequence[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(c.strip() for v in values for c in v.split(",") if c.strip())


def _rules(select: Sequence[str], ignore: Sequence[str]) -> list[Any]:
    from factcheck.config import rule_selected
    from factcheck.rules import registry

    rules = registry()
    for pattern in (*select, *ignore):
        if pattern != "ALL" and not any(
                rule_selected(r.code, r.name, [pattern], [], r.aliases) for r in rules):
            raise InputError(f"unknown rule {pattern!r}; `factcheck rules` lists them")
    return [r for r in rules if rule_selected(r.code, r.name, select, ignore, r.aliases)]


@dataclass(frozen=True)
class Analysis:
    result: Any  # factcheck.models.CheckResult
    errors: tuple[InputError, ...]
    rules: tuple[str, ...]
    config: Any


def _analyze(args: argparse.Namespace) -> Analysis:
    from factcheck.check import assemble
    from factcheck.ingest import load_documents
    from factcheck.ledger import load_ledger

    cfg = _config(args)
    paths = list(args.paths) or list(cfg.paths)
    if not paths:
        raise InputError("no PATH given and no `paths` in the configuration; "
                         "e.g. `factcheck check seeds/ --claims claims/`")
    _refuse_input_outputs(args, cfg, paths)
    select = _codes(args.select)
    ignore = _codes(args.ignore)
    rules = _rules(cfg.select if select is None else select,
                   cfg.ignore if ignore is None else ignore)
    ledger = load_ledger(args.claims or cfg.claims)
    registries = _registries(cfg)
    documents, errors = load_documents(paths, published=args.published, strict=args.strict,
                                       max_bytes=args.max_file_size)
    if getattr(args, "engine", "local") == "dask":
        from factcheck.engine_dask import check_on_dask

        result, failed = check_on_dask(documents, ledger, rules, args.scheduler,
                                       registries=registries)
    else:
        from factcheck.parallel import prepare_all, resolve_jobs

        if args.scheduler:
            raise FactcheckError("--scheduler needs --engine dask")
        jobs = resolve_jobs(args.jobs, documents)
        documents, prepared, failed = prepare_all(documents, ledger, jobs)
        result = assemble(documents, prepared, ledger, rules, registries=registries, jobs=jobs)
    errors = [*errors, *failed]
    result = replace(result, errors=tuple(errors))
    return Analysis(result, tuple(errors), tuple(r.code for r in rules), cfg)


def _refuse_input_outputs(args: argparse.Namespace, cfg: Any, paths: Sequence[str]) -> None:
    """No report may be written onto an article, a manifest, a ledger file, the
    configuration or (except by `baseline`) the baseline."""
    from factcheck.ingest import input_files
    from factcheck.output import refuse_inputs

    targets = [getattr(args, "output", None)] + [getattr(args, f"output_{f}", None)
                                                 for f in FORMATS]
    if args.command == "baseline":  # the baseline file it rewrites
        targets.append(_baseline_path(args, cfg) or "factcheck-baseline.yaml")
    keep = [*paths, *[p for p in (args.claims or getattr(cfg, "claims", None),) if p]]
    extra = [p for p in (getattr(cfg, "path", None),
                         None if args.command == "baseline" else _baseline_path(args, cfg)) if p]
    refuse_inputs(targets, [*input_files(keep), *extra, *registry_files(cfg)])


def registry_files(cfg: Any) -> list[str]:
    """The registry files the configuration names (inputs too)."""
    return [s.file for s in getattr(cfg, "registries", ()) if not s.builtin]


def _registries(cfg: Any) -> Any:
    """The built-in registries plus the configuration's, whose files must be valid."""
    from factcheck.baseline import MultiError
    from factcheck.registry import Registries

    registries = Registries(cfg.registries)
    problems = registries.validate()
    if problems:
        raise problems[0] if len(problems) == 1 else MultiError(problems)
    return registries


def _report_errors(errors: Sequence[InputError]) -> None:
    for e in errors:
        print(f"factcheck: error: {e}", file=sys.stderr)


def _baseline_path(args: argparse.Namespace, cfg: Any) -> str | None:
    return args.baseline or cfg.baseline


def _read_baseline(path: str, missing_ok: bool = False) -> Any:
    from factcheck.baseline import Baseline, parse_baseline

    from pathlib import Path

    from factcheck.inputs import read_text

    if not os.path.lexists(path):
        if missing_ok:
            return Baseline(path=path)
        raise InputError("baseline file not found; create it with `factcheck baseline accept "
                         "PATH... --reason '...'`", path)
    return parse_baseline(read_text(Path(path)), path)


# ---------------------------------------------------------------------- check


def run_check_command(args: argparse.Namespace) -> ExitCode:
    from factcheck.parallel import holding_corpus

    with holding_corpus():
        return _run_check(args)


def _run_check(args: argparse.Namespace) -> ExitCode:
    from factcheck.baseline import apply_baseline, apply_suppressions
    from factcheck.check import exit_code
    from factcheck.ledger import LedgerError

    try:
        run = _analyze(args)
    except LedgerError as exc:
        _report_errors(exc.errors or (exc,))
        return ExitCode.USAGE
    cfg = run.config
    baseline_file = _baseline_path(args, cfg)
    # a baseline named in the configuration may not exist yet (nothing accepted so far)
    baseline = _read_baseline(baseline_file, missing_ok=not args.baseline) \
        if baseline_file else None
    _report_errors(run.errors)

    kept, suppressed, notices = apply_suppressions(run.result.findings, cfg.suppress)
    accepted: list[Any] = []
    if baseline is not None:
        kept, accepted, stale = apply_baseline(kept, baseline)
        notices += stale
    hidden = [(f, "suppressed", s.reason) for f, s in suppressed] + \
             [(f, "baseline", e.reason) for f, e in accepted]
    result = replace(run.result, findings=tuple(kept))

    outputs = [(args.format, args.output)] + [
        (fmt, getattr(args, f"output_{fmt}")) for fmt in FORMATS
        if getattr(args, f"output_{fmt}")]
    from factcheck import output

    for fmt, path in outputs:
        output.write(_render(fmt, result, hidden, notices, _link_base(path)), path)
    for n in notices:
        print(one_line(f"factcheck: {n}"), file=sys.stderr)
    counts = result.counts()
    print(f"factcheck: {counts['error']} error(s), {counts['warning']} warning(s), "
          f"{counts['info']} info; {len(accepted)} accepted by the baseline, "
          f"{len(suppressed)} suppressed", file=sys.stderr)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file and not args.no_summary:
        _append_summary(summary_file, result, len(hidden), notices)
    if run.errors:
        return ExitCode.USAGE
    return exit_code(kept, args.fail_on or cfg.fail_on or "error")


def _link_base(path: str | None) -> str:
    """Prefix that makes the report's links (relative to the working directory) work
    from the directory the report is written to."""
    if not path or path == "-":
        return ""
    base = os.path.relpath(".", os.path.dirname(os.path.abspath(path)))
    return "" if base == "." else base.replace(os.sep, "/") + "/"


def _render(fmt: str, result: Any, hidden: list[Any], notices: list[Any],
            link_base: str = "") -> str:
    from factcheck.report import Options, render

    return render(result, fmt, Options(link_base=link_base, hidden=hidden, notices=notices))


_SUMMARY_LIMIT = 1_000_000  # GitHub rejects step summaries over 1 MiB


def _append_summary(path: str, result: Any, accepted: int, notices: list[Any]) -> None:
    from factcheck.report import render
    from factcheck.report.github import summary

    text = summary(result.findings, render(result, "markdown"), accepted, notices)
    if len(text.encode("utf-8")) > _SUMMARY_LIMIT:
        text = summary(result.findings, None, accepted, notices)
    from factcheck.output import append

    append(text, path)


# ---------------------------------------------------------------------- baseline


def run_baseline_command(args: argparse.Namespace) -> ExitCode:
    from factcheck import output
    from factcheck.baseline import accept, apply_suppressions, fingerprint, prune, render_baseline
    from factcheck.ledger import LedgerError

    try:
        run = _analyze(args)
    except LedgerError as exc:
        _report_errors(exc.errors or (exc,))
        return ExitCode.USAGE
    path = _baseline_path(args, run.config) or "factcheck-baseline.yaml"
    baseline = _read_baseline(path, missing_ok=args.action == "accept")
    if run.errors:
        _report_errors(run.errors)
        print(one_line(f"factcheck: {path} not changed: fix the input errors first"),
              file=sys.stderr)
        return ExitCode.USAGE
    findings, _, _ = apply_suppressions(run.result.findings, run.config.suppress)
    if args.action == "accept":
        if args.fingerprint:
            wanted = set(args.fingerprint)
            findings = [f for f in findings if fingerprint(f) in wanted]
            missing = wanted - {fingerprint(f) for f in findings}
            if missing:
                raise InputError(f"no current finding has fingerprint {sorted(missing)[0]}")
        new, count = accept(baseline, findings, args.reason)
        verb = f"accepted {count} finding(s)"
    else:
        new, count = prune(baseline, findings, set(run.rules))
        verb = f"removed {count} stale entr{'y' if count == 1 else 'ies'}"
    if count:
        output.write(render_baseline(new), path)
    print(one_line(f"factcheck: {path}: {verb}; {len(new.entries)} entr"
                   f"{'y' if len(new.entries) == 1 else 'ies'}"), file=sys.stderr)
    return ExitCode.OK


# ---------------------------------------------------------------------- lint and rules


def run_lint_command(args: argparse.Namespace) -> ExitCode:
    from factcheck import output
    from factcheck.lint import lint_paths, lint_registries

    cfg = _config(args)
    csvs = [p for p in args.paths if p.endswith(".csv")]
    paths = [p for p in args.paths if not p.endswith(".csv")] or \
        ([] if csvs else [cfg.claims] if cfg.claims else ["claims"])
    articles = list(args.articles or ()) or list(cfg.paths)
    from factcheck.ingest import input_files

    output.refuse_inputs([args.output], [*input_files([*paths, *articles]), *csvs,
                                         *registry_files(cfg)])
    problems = lint_paths(paths, articles) if paths else []
    problems = sorted(problems + lint_registries(cfg.registries, csvs if args.paths else None),
                      key=lambda p: (p.path, p.line, p.check, p.message))
    output.write(_render_lint(problems, args.format), args.output)
    files = len({p.path for p in problems})
    if problems:
        print(f"factcheck lint: {len(problems)} problem(s) in {files} file(s)", file=sys.stderr)
    if any(p.check == "io" and "no such" in p.message for p in problems):
        return ExitCode.USAGE
    return ExitCode.FINDINGS if problems else ExitCode.OK


def _render_lint(problems: Sequence[Any], fmt: str) -> str:
    if fmt == "json":
        from factcheck.models import SCHEMA_VERSION
        from factcheck.output import strict_json

        data = {"schema_version": SCHEMA_VERSION,
                "problems": [{"path": p.path, "line": p.line, "check": p.check,
                              "message": p.message} for p in problems]}
        return strict_json(data, indent=2) + "\n"
    if fmt == "github":
        from factcheck.models import Evidence, Finding, Severity
        from factcheck.report.github import annotations

        return annotations([Finding(rule=p.check, name=f"lint.{p.check}", severity=Severity.error,
                                    message=p.message,
                                    evidence=(Evidence(summary=p.message, path=p.path,
                                                       line=p.line),))
                            for p in problems])
    return "".join(f"{one_line(p)}\n" for p in problems)


def run_rules_command(args: argparse.Namespace) -> ExitCode:
    from factcheck import output
    from factcheck.rules import registry, rules_doc

    if args.format == "json":
        import json

        data = [{"code": r.code, "name": r.name, "severity": r.severity.value,
                 "aliases": list(r.aliases), "rationale": r.rationale()} for r in registry()]
        output.write(json.dumps(data, indent=2) + "\n", None)
    else:
        output.write(rules_doc(), None)
    return ExitCode.OK
