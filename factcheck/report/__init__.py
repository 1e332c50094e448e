"""Reports: one registry of output formats, each a pure function of a check's result.

``FORMATS`` maps a format's name to its renderer; ``render`` is what ``factcheck check``
(every ``--format`` and ``--output-FORMAT``) and the library call. Deterministic, no
timestamps: Markdown for people, versioned JSON for machines, SARIF 2.1.0 for code
scanning, GitHub workflow commands and one concise line per finding for CI logs.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["FORMATS", "Options", "render"]


@dataclass(frozen=True)
class Options:
    """What a renderer may need besides the result."""

    link_base: str = ""  # prefix that makes Markdown links work from the report's folder
    hidden: Sequence[Any] = ()  # findings accepted by the baseline or suppressed (SARIF)
    notices: Sequence[Any] = ()  # baseline and suppression notices (SARIF, GitHub)


def _markdown(result: Any, o: Options) -> str:
    from factcheck.report.markdown import render_markdown

    return render_markdown(result, link_base=o.link_base)


def _json(result: Any, o: Options) -> str:
    from factcheck.report.json import render_json

    return render_json(result)


def _sarif(result: Any, o: Options) -> str:
    from factcheck import __version__
    from factcheck.output import strict_json
    from factcheck.report.sarif import rule_descriptor, to_sarif
    from factcheck.rules import registry

    rules = [rule_descriptor(r.code, r.name, r.severity, r.doc()) for r in registry()]
    log = to_sarif(result.findings, version=__version__, rules=rules, suppressed=list(o.hidden),
                   notices=list(o.notices))
    return strict_json(log, indent=2) + "\n"


def _github(result: Any, o: Options) -> str:
    from factcheck.report.github import annotations

    return annotations(result.findings, list(o.notices))


def _concise(result: Any, o: Options) -> str:
    from factcheck.report.github import log_lines

    return log_lines(result.findings)


FORMATS: dict[str, Callable[[Any, Options], str]] = {
    "markdown": _markdown, "json": _json, "sarif": _sarif, "github": _github,
    "concise": _concise,
}


def render(result: Any, fmt: str = "markdown", options: Options | None = None) -> str:
    """The report of ``result`` (a ``models.CheckResult``) in format ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return FORMATS[fmt](result, options or Options())
