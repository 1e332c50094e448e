"""GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=…::message``.

GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job) and
silently drops the rest (actions/toolkit #734). So this format

1. prints every finding as a plain ``path:line:col: CODE message`` log line first, so the
   log keeps the full list (workflow-command lines themselves are hidden from the log);
2. emits annotations for at most 10 errors, 10 warnings and 10 notices (``info``
   findings), deduplicated and sorted by location;
3. ends with one ``::notice`` saying how many annotations were not shown.

``summary`` is the Markdown appended to ``$GITHUB_STEP_SUMMARY`` (the caller does I/O).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.baseline import Notice, finding_location
from factcheck.models import Finding, Severity
from factcheck.report.escape import gh_data, gh_log, gh_property, md_code, md_text

__all__ = ["annotations", "log_line", "log_lines", "escape_data", "escape_property", "summary", "CAPS"]

# Per step, as GitHub displays them. The overflow notice is the tenth notice.
CAPS = {"error": 10, "warning": 10, "notice": 10}
_LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


escape_data, escape_property = gh_data, gh_property


def _command(level: str, message: str, file: str | None = None, line: int | None = None,
             col: int | None = None, end_col: int | None = None, title: str | None = None) -> str:
    props = []
    if file:
        props.append(f"file={escape_property(file)}")
        if line:
            props.append(f"line={line}")
            if col:
                props.append(f"col={col}")
                if end_col and end_col > col:
                    props.append(f"endColumn={end_col}")
    if title:
        props.append(f"title={escape_property(title)}")
    head = f"::{level}" + (" " + ",".join(props) if props else "")
    return f"{head}::{escape_data(message)}"


def _sort_key(f: Finding) -> tuple[Any, ...]:
    path, line, col = finding_location(f)
    return (-f.severity.rank, path or "", line or 0, col or 0, f.rule, f.message)


def _text(f: Finding) -> str:
    message = f.message
    if f.suggestion:
        message += f" Suggested: {f.suggestion}"
    return message


def log_line(f: Finding) -> str:
    """``path:line:col: CODE [severity] message`` (what ruff's concise format prints)."""
    path, line, col = finding_location(f)
    where = (path or "<no file>") + (f":{line}" if line else "") + (f":{col}" if col else "")
    return gh_log(f"{where}: {f.rule} [{f.severity.value}] {_text(f)}")


def log_lines(findings: Iterable[Finding]) -> str:
    """Every finding as one ``path:line:col: CODE [severity] message`` line, by location."""
    return "".join(log_line(f) + "\n" for f in sorted(findings, key=lambda f: _sort_key(f)[1:]))


def annotations(findings: Iterable[Finding], notices: Sequence[Notice] = (),
                caps: dict[str, int] | None = None) -> str:
    """The log lines and capped workflow commands, one per line, ending with a newline."""
    caps = dict(CAPS if caps is None else caps)
    ordered = sorted(findings, key=_sort_key)
    lines = [log_line(f) for f in sorted(ordered, key=lambda f: _sort_key(f)[1:])]
    lines += [gh_log(str(n)) for n in sorted(notices)]

    commands: list[tuple[str, str]] = []  # (level, command)
    seen: set[str] = set()
    for f in ordered:
        path, line, col = finding_location(f)
        first = f.claims[0] if f.claims else None
        end = col + len(first.text) if first is not None and col and "\n" not in first.text \
            else None
        cmd = _command(_LEVEL[f.severity], _text(f), path, line, col, end,
                       f"{f.rule} {f.name}")
        if cmd not in seen:
            seen.add(cmd)
            commands.append((_LEVEL[f.severity], cmd))
    for n in sorted(notices):
        level = "warning" if n.level == "warning" else "notice"
        cmd = _command(level, n.message, n.path, n.line, title="factcheck")
        if cmd not in seen:
            seen.add(cmd)
            commands.append((level, cmd))

    shown: dict[str, int] = {"error": 0, "warning": 0, "notice": 0}
    hidden: dict[str, int] = {"error": 0, "warning": 0, "notice": 0}
    room = dict(caps)
    total = {lvl: sum(1 for lv, _ in commands if lv == lvl) for lvl in shown}
    if any(total[lvl] > caps[lvl] for lvl in total):
        room["notice"] = max(0, caps["notice"] - 1)  # keep one notice for the overflow
    for level, cmd in commands:
        if shown[level] < room[level]:
            shown[level] += 1
            lines.append(cmd)
        else:
            hidden[level] += 1
    if any(hidden.values()):
        parts = [f"{n} {lvl}{'s' if n != 1 else ''}" for lvl, n in hidden.items() if n]
        lines.append(_command(
            "notice", f"{', '.join(parts)} not shown as annotations (GitHub shows at most "
            f"{caps['error']} errors and {caps['warning']} warnings per step); every finding "
            "is listed in the log above and in the job summary", title="factcheck: more findings"))
    return "\n".join(lines) + ("\n" if lines else "")


def summary(findings: Sequence[Finding], markdown: str | None = None,
            accepted: int = 0, notices: Sequence[Notice] = ()) -> str:
    """The job summary: the Markdown report when given, else a compact table."""
    if markdown:
        return markdown if markdown.endswith("\n") else markdown + "\n"
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    out = ["## factcheck", "",
           f"{counts[Severity.error]} error(s), {counts[Severity.warning]} warning(s), "
           f"{counts[Severity.info]} info; {accepted} accepted by the baseline or suppressed.",
           ""]
    if findings:
        out += ["| rule | severity | where | message |", "| --- | --- | --- | --- |"]
        for f in sorted(findings, key=lambda f: _sort_key(f)[1:]):
            path, line, _ = finding_location(f)
            where = md_code(f"{path}:{line}" if line else path) if path else ""
            out.append(f"| {md_text(f.rule)} | {f.severity.value} | {where} | {md_text(_text(f))} |")
        out.append("")
    if notices:
        out += ["### Notices", ""] + [
            f"- {md_code(f'{n.path}' + (f':{n.line}' if n.line else ''), table=False)}: "
            f"{md_text(n.message)}" for n in sorted(notices)] + [""]
    return "\n".join(out)
